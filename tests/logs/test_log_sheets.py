"""Logs from apps the reader does not know by name and logs kept by hand (spreadsheets, coach
sheets): the generic reader's units, dates, reps and header errors, as a new user's exports
write them (a review of unseen exports, 2026-12)."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

LB = 0.45359237


def _log(tmp_path: Path, text: str, name: str = "log.csv", **kwargs: object) -> hr.WorkoutLog:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return hr.load_log(path, **kwargs)  # type: ignore[arg-type]


def _tops(log: hr.WorkoutLog) -> list[float | None]:
    return [e.top_kg for w in log.workouts for e in w.exercises]


def _sets_and_reps(log: hr.WorkoutLog) -> list[tuple[str, int, int, int]]:
    """Each exercise of each workout: its name, hard sets and rep range."""
    return [(e.name, e.hard_sets, e.reps_low, e.reps_high) for w in log.workouts for e in w.exercises]


# -- units ---------------------------------------------------------------------------------------

KG_SPELLINGS = ["kg", "KG", "Kg.", "kgs", "kilo", "kilos", "kilogram", "Kilograms", "Kilogramm", "kilogramos"]
LB_SPELLINGS = ["lb", "lbs", "lbs.", "LBS", "pound", "Pounds", "Pfund", "libras", "livres", "#"]


@pytest.mark.parametrize("unit", KG_SPELLINGS + LB_SPELLINGS)
def test_a_unit_column_spelt_out_keeps_the_weight(tmp_path: Path, unit: str) -> None:
    """Garmin's FIT export writes 'kilogram', apps in other languages 'Pfund' or 'libras': each
    lost its weight as 'not kg or lb'."""
    log = _log(tmp_path, f"Date,Exercise,Reps,Weight,Unit\n2026-10-05,Romanian Deadlift,8,100,{unit}\n")
    expected = 100.0 if unit in KG_SPELLINGS else 100 * LB
    assert _tops(log) == [pytest.approx(expected, abs=1e-3)]
    assert not [i for i in log.issues if "not kg or lb" in i.message]


@pytest.mark.parametrize("unit", ["st", "stone", "g", "oz", "bananas"])
def test_a_unit_cell_in_another_unit_is_reported_and_the_weight_dropped(tmp_path: Path, unit: str) -> None:
    log = _log(tmp_path, f"Date,Exercise,Reps,Weight,Unit\n2026-10-05,Romanian Deadlift,8,100,{unit}\n")
    assert _tops(log) == [None]
    assert any("line 2" in str(i) and "not kg or lb" in i.message for i in log.issues)


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Gewicht (Pfund)", "lb"),
        ("Peso (libras)", "lb"),
        ("Poids (livres)", "lb"),
        ("Weight (pounds)", "lb"),
        ("weight_lb", "lb"),
        ("Weight (#)", "lb"),
        ("Load (kgs)", "kg"),
        ("Weight (kilograms)", "kg"),
        ("Carga (kg)", "kg"),
    ],
)
def test_a_weight_column_named_in_a_unit_is_read_in_it(tmp_path: Path, header: str, unit: str) -> None:
    """'Gewicht (Pfund)' 225 was shown as 225 kg (an e1RM of 285 kg)."""
    log = _log(tmp_path, f"Date,Exercise,Reps,{header}\n2026-10-05,Romanian Deadlift,8,225\n")
    assert log.unit == unit
    assert _tops(log) == [pytest.approx(225 * (LB if unit == "lb" else 1.0), abs=1e-3)]


@pytest.mark.parametrize(
    ("header", "kg"),
    [
        ("Weight (kg)", 100.0),
        ("Weight (Kilograms)", 100.0),
        ("Weight (lb)", 100 * LB),
        ("Weight (pounds)", 100 * LB),
    ],
)
@pytest.mark.parametrize(
    "layout",
    [
        "Date,Exercise,Category,{w},Reps,Distance,Distance Unit,Time\n"
        "2026-09-07,Romanian Deadlift,Legs,100,8,,,\n",
        "Workout #,Date,Workout Name,Duration,Exercise Name,Set Order,{w},Reps,Distance,Seconds,Notes,"
        "Workout Notes,RPE\n1,2026-09-07 10:00:00,A,1h,Romanian Deadlift,1,100,8,,,,,\n",
    ],
    ids=["fitnotes", "strong6"],
)
def test_a_known_apps_weight_column_spelt_otherwise_is_read_in_its_unit(
    tmp_path: Path, header: str, kg: float, layout: str
) -> None:
    """FitNotes writes ``Weight (kgs)``: a FitNotes-shaped file with ``Weight (kg)`` was refused
    as "the unit is not kg or lb". A known app's weight column is found by the unit its name
    gives, in any spelling the unit vocabulary reads."""
    log = _log(tmp_path, layout.format(w=header))
    assert _tops(log) == [pytest.approx(kg, abs=1e-3)]
    assert log.unit == ("kg" if kg == 100.0 else "lb")


@pytest.mark.parametrize("header", ["Weight (stone)", "Weight (st)", "Gewicht (g)", "Weight (oz)"])
def test_a_weight_column_in_another_unit_is_refused_naming_it(tmp_path: Path, header: str) -> None:
    """Never read as kilograms: a stone is 6.35 kg."""
    with pytest.raises(hr.LogFormatError) as info:
        _log(tmp_path, f"Date,Exercise,Reps,{header}\n2026-10-05,Romanian Deadlift,8,15\n")
    assert info.value.location is not None and info.value.location.endswith("log.csv:1")
    assert repr(header) in info.value.message and "not kg or lb" in info.value.message


@pytest.mark.parametrize(("cell", "kg"), [("100 kilos", 100.0), ("225 Pfund", 225 * LB), ("100kg.", 100.0)])
def test_a_weight_cell_with_its_unit_spelt_out(tmp_path: Path, cell: str, kg: float) -> None:
    log = _log(tmp_path, f"Date,Exercise,Reps,Weight\n2026-10-05,Romanian Deadlift,8,{cell}\n")
    assert _tops(log) == [pytest.approx(kg, abs=1e-3)]


def test_a_weight_cell_in_an_unknown_unit_is_reported(tmp_path: Path) -> None:
    log = _log(tmp_path, "Date,Exercise,Reps,Weight\n2026-10-05,Romanian Deadlift,8,15 stone\n")
    assert _tops(log) == [None]
    assert any("'15 stone'" in i.message and "not a weight" in i.message for i in log.issues)


# -- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "start"),
    [
        ("5-Oct-26", "2026-10-05 00:00"),
        ("05-Oct-2026", "2026-10-05 00:00"),
        ("5 Oct 26", "2026-10-05 00:00"),
        ("Oct-5-2026", "2026-10-05 00:00"),
        ("2026-10-05 6:00 PM", "2026-10-05 18:00"),
        ("2026-10-5 7:05", "2026-10-05 07:05"),
        ("2026/10/05 12:30 am", "2026-10-05 00:30"),
        ("31-Dec-99", "1999-12-31 00:00"),
    ],
)
def test_dates_as_spreadsheets_display_them(tmp_path: Path, cell: str, start: str) -> None:
    """Excel and Sheets show dates as 5-Oct-26 or 2026-10-05 6:00 PM: a file of them was 'no
    sets found'. A two-digit year reads as strptime's %y does (69-99: the 1900s)."""
    log = _log(tmp_path, f'Date,Exercise,Reps\n"{cell}",Romanian Deadlift,8\n')
    assert log.workouts[0].start.strftime("%Y-%m-%d %H:%M") == start


@pytest.mark.parametrize(
    "cell", ["5-Oct-2026 13:00 PM", "2026-10-05 0:00 AM", "32-Oct-26", "2026-13-05 6:00 PM"]
)
def test_an_impossible_spreadsheet_date_is_reported_with_its_line(tmp_path: Path, cell: str) -> None:
    text = f'Date,Exercise,Reps\n2026-10-01,Romanian Deadlift,8\n"{cell}",Romanian Deadlift,8\n'
    log = _log(tmp_path, text)
    assert len(log.workouts) == 1
    assert any(i.line == 3 and repr(cell) in i.message for i in log.issues)


def test_a_sessions_date_on_its_first_row_only_is_carried_down(tmp_path: Path) -> None:
    """A coach's sheet writes the date once per session (merged cells): 6 of 9 rows were
    dropped as "date '' is not in a date format", and HR011 fired for the lost single-leg RDL."""
    text = (
        "Date,Exercise,Sets,Reps,Weight (kg)\n"
        "2026-10-05,Romanian Deadlift,3,8,100\n"
        ",Single-leg RDL,2,10,20\n"
        ",Seated Leg Curl,3,12,45\n"
        "\n"
        "2026-10-08,Good Morning,3,10,50\n"
        ",45 degree back extension,3,15,10\n"
    )
    log = _log(tmp_path, text)
    by_day = {w.start.day: sorted(e.name for e in w.exercises) for w in log.workouts}
    assert by_day == {
        5: ["Romanian Deadlift", "Seated Leg Curl", "Single-leg RDL"],
        8: ["45 degree back extension", "Good Morning"],
    }
    assert not [i for i in log.issues if "date ''" in i.message]
    (notice,) = [i for i in log.issues if "blank date" in i.message]
    assert notice.line == 3 and "3 rows" in notice.message
    report = hr.check(log, as_of=date(2026, 10, 19))
    assert "HR011" not in report.codes  # the single-leg RDL counts


def test_a_blank_date_with_no_date_above_is_still_reported(tmp_path: Path) -> None:
    log = _log(tmp_path, "Date,Exercise,Reps\n,Romanian Deadlift,8\n2026-10-05,Romanian Deadlift,8\n")
    assert len(log.workouts) == 1
    assert any(i.line == 2 and "date ''" in i.message for i in log.issues)


def test_a_known_apps_export_never_carries_dates_down(tmp_path: Path) -> None:
    """Hevy, Strong and FitNotes write every row's date: a blank one is a broken row."""
    header = ",".join(
        f'"{c}"'
        for c in ("Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps",
                  "Distance", "Seconds", "Notes", "Workout Notes", "RPE")
    )  # fmt: skip
    rows = [
        '"2026-10-05 18:00:00","A","1h","Romanian Deadlift (Barbell)","1","100","8","0","0","","",""',
        '"","A","1h","Romanian Deadlift (Barbell)","2","100","8","0","0","","",""',
    ]
    log = _log(tmp_path, "\n".join([header, *rows]) + "\n", unit="kg")
    assert log.format == "strong" and log.workouts[0].exercises[0].hard_sets == 1
    assert any(i.line == 3 for i in log.issues)


# -- a 'Serie' / 'Set' column: a row's sets, or each set's number ----------------------------------


@pytest.mark.parametrize("column", ["Serie", "Set", "Satz"])
def test_a_serie_column_with_one_row_per_exercise_is_the_rows_sets(tmp_path: Path, column: str) -> None:
    """An Italian sheet's 'Serie' 3 is 3 sets: it was read as a set type, 3 sets as 1."""
    text = (
        f"Data;Esercizio;{column};Ripetizioni;Carico (kg)\n"
        "05/10/2026;Stacco rumeno;3;8;100\n"
        "05/10/2026;Leg curl;4;12;40\n"
        "13/10/2026;Stacco rumeno;3;8;102,5\n"
    )
    log = _log(tmp_path, text)
    assert [(e.name, e.hard_sets, e.top_kg) for w in log.workouts for e in w.exercises] == [
        ("Stacco rumeno", 3, 100.0),
        ("Leg curl", 4, 40.0),
        ("Stacco rumeno", 3, 102.5),
    ]
    assert (
        f"'{column}' as sets" in log.issues[0].message and "'Carico (kg)' as weight" in log.issues[0].message
    )


@pytest.mark.parametrize("column", ["Serie", "Set"])
def test_a_serie_column_numbering_each_sets_row_is_the_sets_number(tmp_path: Path, column: str) -> None:
    """One row per set (1, 2, 3): the column numbers the sets; reading it as sets counted 1 + 2 + 3."""
    rows = "".join(f"2026-10-05,Romanian Deadlift,{n},8,100\n" for n in (1, 2, 3))
    log = _log(tmp_path, f"Date,Exercise,{column},Reps,Weight (kg)\n{rows}")
    assert [e.hard_sets for w in log.workouts for e in w.exercises] == [3]
    assert f"'{column}' as set type" in log.issues[0].message


def test_a_serie_column_with_a_warm_up_mark_is_a_set_type(tmp_path: Path) -> None:
    text = "Date,Exercise,Set,Reps,Weight (kg)\n2026-10-05,Romanian Deadlift,W,8,60\n"
    text += "2026-10-06,Leg curl,1,10,40\n"
    log = _log(tmp_path, text)
    assert [(e.name, e.hard_sets, e.warmup_sets) for w in log.workouts for e in w.exercises] == [
        ("Romanian Deadlift", 0, 1),
        ("Leg curl", 1, 0),
    ]


# -- reps as coaches write them ----------------------------------------------------------------------


def test_reps_written_as_at_least_or_a_range_are_read(tmp_path: Path) -> None:
    """'15+' and '12-15' lost the whole row ("is not a number"); a range is the plan, not the
    reps done, so it reads as its low end and says so."""
    text = (
        "Date,Exercise,Sets,Reps,Weight (kg)\n"
        "2026-10-08,Seated Leg Curl,3,12-15,45\n"
        "2026-10-08,Back Extension,2,15+,10\n"
        "2026-10-08,Nordic Curl,3,AMRAP,\n"
    )
    log = _log(tmp_path, text)
    got = _sets_and_reps(log)
    assert got == [("Seated Leg Curl", 3, 12, 12), ("Back Extension", 2, 15, 15)]
    messages = {i.line: i.message for i in log.issues}
    assert "'12-15' is a range" in messages[2] and "read as 12" in messages[2]
    assert 3 not in messages
    assert "'AMRAP' gives no count" in messages[4] and "12+ for a set taken to failure" in messages[4]


def test_a_backwards_range_is_not_read_as_reps(tmp_path: Path) -> None:
    log = _log(
        tmp_path, "Date,Exercise,Reps\n2026-10-08,Seated Leg Curl,15-12\n2026-10-09,Seated Leg Curl,8\n"
    )
    assert [e.reps_low for w in log.workouts for e in w.exercises] == [8]
    assert any(i.line == 2 and "not a number" in i.message for i in log.issues)


# -- the header: a title above it, and what a header that is no log lacks ----------------------------


def test_a_title_above_the_header_is_passed_over(tmp_path: Path) -> None:
    """A coach's sheet starts with the client's name and a blank row: the file was refused as
    'unrecognised CSV header'; the notice names the header's own line."""
    text = (
        "Alex - Hamstring block (Coach: Sam),,,,,\n"
        ",,,,,\n"
        "Date,Exercise,Sets,Reps,Load (kg),RPE\n"
        "2026-10-05,RDL,3,8,100,8\n"
        "2026-10-05,Leg curl,3,abc,40,\n"
    )
    log = _log(tmp_path, text)
    assert [(e.name, e.hard_sets, e.top_kg) for w in log.workouts for e in w.exercises] == [("RDL", 3, 100.0)]
    assert log.issues[0].line == 3 and "read as a generic CSV log" in log.issues[0].message
    assert any(i.line == 5 and "'abc'" in i.message for i in log.issues)  # rows keep their own lines


def test_a_header_further_down_than_a_title_is_not_searched_for(tmp_path: Path) -> None:
    """At most MAX_TITLE_ROWS rows above the header (a heuristic): a file of notes is no log."""
    notes = "".join(f"note {i},,\n" for i in range(6))
    with pytest.raises(hr.LogFormatError) as info:
        _log(tmp_path, notes + "Date,Exercise,Reps\n2026-10-05,RDL,8\n")
    assert info.value.location is not None and info.value.location.endswith(":1")


@pytest.mark.parametrize(
    ("header", "lacks"),
    [
        ("mydate,ename,logs", "no reps column"),  # ename: the exercise's name (JEFIT's: logs23)
        ("Date,Workout,Exercise,Weight (lb),Set 1", "no reps column"),
        ("Set,Exercise Name,Time,Reps,Weight", "no date column"),
        ("a,b,c", "no date and no exercise and no reps column"),
    ],
)
def test_a_header_that_is_no_log_says_which_column_it_lacks(tmp_path: Path, header: str, lacks: str) -> None:
    with pytest.raises(hr.LogFormatError) as info:
        _log(tmp_path, f"{header}\n1,2,3\n")
    assert lacks in info.value.message and "columns seen" in info.value.message


def test_a_log_with_a_column_per_set_reads_each_sets_reps(tmp_path: Path) -> None:
    """StrongLifts-style sheets: Set 1 ... Set 5 hold each set's reps (blank: no such set)."""
    text = (
        "Date,Workout,Exercise,Weight (lb),Set 1,Set 2,Set 3,Set 4,Set 5,Notes\n"
        "2026-09-07,Workout A,Squat,225,5,5,5,5,5,\n"
        "2026-09-07,Workout A,Romanian Deadlift,185,8,8,6,,,accessory\n"
        "2026-09-09,Workout B,Deadlift,275,5\n"
        "2026-09-09,Workout B,Good Morning,95,abc,10,,,,\n"
    )
    log = _log(tmp_path, text)
    got = _sets_and_reps(log)
    assert got == [("Squat", 5, 5, 5), ("Romanian Deadlift", 3, 6, 8), ("Deadlift", 1, 5, 5)]
    assert log.unit == "lb"
    assert "'Set 1' to 'Set 5' as each set's reps" in log.issues[0].message
    assert any(i.line == 5 and "'abc,10'" in i.message for i in log.issues)


# -- other apps' columns ------------------------------------------------------------------------------


@pytest.mark.parametrize("column", ["Day Name", "Day", "Workout Day", "Tag"])
def test_a_day_name_column_names_the_workout(tmp_path: Path, column: str) -> None:
    """Liftosaur's 'Day Name' and Boostcamp's 'Day' name the session: it showed as 'Workout'."""
    log = _log(tmp_path, f"Date,{column},Exercise,Reps\n2026-10-12,Lower A,Romanian Deadlift,8\n")
    assert log.workouts[0].title == "Lower A"


def test_a_set_of_0_completed_reps_is_not_a_set_and_says_so(tmp_path: Path) -> None:
    """Liftosaur writes a planned set not done as 0 completed reps: not 'no reps'."""
    text = (
        "Workout DateTime,Exercise,Is Warmup Set?,Required Reps,Completed Reps,Completed Weight Value\n"
        "2026-09-14T18:00:00.000Z,Romanian Deadlift,0,8,8,100\n"
        "2026-09-14T18:00:00.000Z,Romanian Deadlift,0,8,0,100\n"
    )
    log = _log(tmp_path, text)
    assert [e.hard_sets for w in log.workouts for e in w.exercises] == [1]
    assert any(i.line == 3 and i.message == "0 reps: not counted as a set" for i in log.issues)


# -- time zones ---------------------------------------------------------------------------------------

UTC_EVENING = (
    "Workout DateTime,Exercise,Completed Reps,Completed Weight Value\n"
    "2026-10-12T01:30:00.000Z,Romanian Deadlift,8,100\n"  # Sunday 18:30 in Los Angeles (PDT)
    "2026-10-13T01:30:00Z,Romanian Deadlift,8,100\n"
)


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "-07:00", "UTC-7", "-0700"])
def test_utc_timestamps_are_read_in_the_lifters_zone(tmp_path: Path, zone: str) -> None:
    """Liftosaur writes UTC: a Sunday-evening session in Los Angeles was Monday, in the next ISO
    week. timezone= reads it on the lifter's clock."""
    log = _log(tmp_path, UTC_EVENING, timezone=zone)
    assert [w.start.strftime("%a %Y-%m-%d %H:%M") for w in log.workouts] == [
        "Sun 2026-10-11 18:30",
        "Mon 2026-10-12 18:30",
    ]
    assert not [i for i in log.issues if "UTC" in i.message]
    report = hr.check(tmp_path / "log.csv", timezone=zone, as_of=date(2026, 10, 20))
    assert [w.label for w in report.weeks] == ["2026-W41", "2026-W42", "2026-W43"]


def test_utc_timestamps_without_a_zone_are_read_as_written_and_say_so(tmp_path: Path) -> None:
    log = _log(tmp_path, UTC_EVENING)
    assert [w.start.strftime("%Y-%m-%d %H:%M") for w in log.workouts] == [
        "2026-10-12 01:30",
        "2026-10-13 01:30",
    ]
    (notice,) = [i for i in log.issues if "UTC" in i.message]
    assert notice.line == 2 and "timezone=" in notice.message


def test_an_offset_other_than_utc_is_the_lifters_own_clock(tmp_path: Path) -> None:
    """'+02:00' is already local: read as written, no notice; a zone converts it."""
    text = "Date,Exercise,Reps\n2026-10-05T18:00:00+02:00,Romanian Deadlift,8\n"
    log = _log(tmp_path, text)
    assert log.workouts[0].start.hour == 18 and not [i for i in log.issues if "UTC" in i.message]
    assert _log(tmp_path, text, timezone="UTC").workouts[0].start.hour == 16


def test_unix_times_are_utc(tmp_path: Path) -> None:
    text = "Date,Exercise,Reps\n1791223200,Romanian Deadlift,8\n"  # 2026-10-05 18:00 UTC
    assert _log(tmp_path, text, timezone="Europe/Berlin").workouts[0].start.hour == 20
    assert any("UTC" in i.message for i in _log(tmp_path, text).issues)


def test_naive_timestamps_are_never_moved(tmp_path: Path) -> None:
    text = "Date,Exercise,Reps\n2026-10-05 18:00,Romanian Deadlift,8\n"
    assert _log(tmp_path, text, timezone="Asia/Tokyo").workouts[0].start.hour == 18


@pytest.mark.parametrize("zone", ["Mars/Olympus", "+15:00", "", "../../etc/passwd", "x" * 100, 5])
def test_an_unknown_zone_is_an_error_naming_it(tmp_path: Path, zone: object) -> None:
    with pytest.raises(hr.LogFormatError) as info:
        _log(tmp_path, UTC_EVENING, timezone=zone)
    assert info.value.location == "timezone" and "unknown time zone" in info.value.message
    with pytest.raises(hr.RequestError):
        hr.check(tmp_path / "log.csv", timezone=zone)  # type: ignore[arg-type]


def test_the_cli_reads_a_log_in_a_zone(tmp_path: Path) -> None:
    from hamstring_rules.cli import main

    (tmp_path / "log.csv").write_text(UTC_EVENING, encoding="utf-8")
    args = ["check", str(tmp_path / "log.csv"), "--as-of", "2026-10-20", "--format", "json"]
    import contextlib
    import io
    import json

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main([*args, "--timezone", "America/Los_Angeles"])
    weeks = [w["label"] for w in json.loads(out.getvalue())["summary"]["weeks"]]
    assert weeks[0] == "2026-W41"


# -- properties: a sheet's layouts read as the same log --------------------------------------------------

_NAMES = ("Romanian Deadlift", "Leg curl", "Good Morning", "Bulgarian split squat")
_sessions = st.lists(
    st.tuples(
        st.integers(0, 40),  # day offset
        st.lists(
            st.tuples(st.sampled_from(_NAMES), st.lists(st.integers(1, 20), min_size=1, max_size=5)),
            min_size=1,
            max_size=4,
            unique_by=lambda e: e[0],
        ),
    ),
    min_size=1,
    max_size=5,
    unique_by=lambda s: s[0],
)


def _day(offset: int) -> str:
    return (date(2026, 1, 5) + timedelta(days=offset)).isoformat()


def _read(text: str) -> list[tuple[object, ...]]:
    log = hr.load_log(io.StringIO(text), name="x.csv")
    return [
        (w.start, e.name, e.hard_sets, e.reps_low, e.reps_high) for w in log.workouts for e in w.exercises
    ]


@given(_sessions)
def test_a_date_on_each_sessions_first_row_only_reads_as_every_row_dated(sessions: list) -> None:  # type: ignore[type-arg]
    """Blank (merged) date cells below a session's first row read as the same log as a date on
    every row."""
    every, first_only = ["Date,Exercise,Reps"], ["Date,Exercise,Reps"]
    for offset, exercises in sessions:
        rows = [(name, r) for name, reps in exercises for r in reps]
        for k, (name, r) in enumerate(rows):
            every.append(f"{_day(offset)},{name},{r}")
            first_only.append(f"{_day(offset) if k == 0 else ''},{name},{r}")
    assert _read("\n".join(first_only)) == _read("\n".join(every))


@given(_sessions)
def test_a_column_per_set_reads_as_a_row_per_set(sessions: list) -> None:  # type: ignore[type-arg]
    """'Set 1' ... 'Set 5' columns of each set's reps read as the same log as a row per set."""
    long, wide = ["Date,Exercise,Reps"], ["Date,Exercise,Set 1,Set 2,Set 3,Set 4,Set 5"]
    for offset, exercises in sessions:
        for name, reps in exercises:
            long += [f"{_day(offset)},{name},{r}" for r in reps]
            wide.append(f"{_day(offset)},{name}," + ",".join([*map(str, reps), *[""] * (5 - len(reps))]))
    assert _read("\n".join(wide)) == _read("\n".join(long))


def test_a_numeric_date_in_neither_order_is_no_date(tmp_path: Path) -> None:
    """13/13/2025 was reported as 'could be day/month or month/day': it is a date in neither."""
    log = _log(tmp_path, "Date,Exercise,Reps\n13/13/2025,RDL,8\n05/14/2025,RDL,8\n")
    assert any(
        i.line == 2 and i.message == "date '13/13/2025' is no date, day first or month first"
        for i in log.issues
    )
    assert len(log.workouts) == 1


def test_a_weight_just_over_the_limit_is_shown_as_written(tmp_path: Path) -> None:
    """1000.0001 kg was reported as 'weight 1000 kg is over 1,000 kg'."""
    log = _log(tmp_path, "Date,Exercise,Reps,Weight (kg)\n2026-01-05,RDL,8,1000.0001\n")
    assert any(i.message.startswith("weight 1000.0001 kg is over 1,000 kg") for i in log.issues)


# -- a row wider than its header -------------------------------------------------------------------


def test_a_decimal_comma_in_a_comma_separated_log_is_reported_not_read_shifted(tmp_path: Path) -> None:
    """``82,5,8,`` under ``Weight,Reps,RPE`` is 82.5 kg x 8 with no RPE, unquoted: read as the
    header says it was 82 kg x 5 reps at RPE 8, silently (its extra cell is empty, as a trailing
    separator's is). The row is reported, naming the cells, and the others are read."""
    log = _log(
        tmp_path,
        "Date,Exercise,Weight,Reps,RPE\n"
        "2026-09-07,Romanian Deadlift,80,8,8\n"
        "2026-09-07,Romanian Deadlift,82,5,8,\n"
        "2026-09-10,Romanian Deadlift,85,8,\n",
    )
    assert _sets_and_reps(log) == [("Romanian Deadlift", 1, 8, 8), ("Romanian Deadlift", 1, 8, 8)]
    assert _tops(log) == [80.0, 85.0]
    (issue,) = [i for i in log.issues if i.line == 3]
    assert "6 fields, the header has 5" in issue.message and "82,5" in issue.message
    assert "not read" in issue.message


def test_empty_cells_past_the_header_are_read_when_no_number_could_be_split(tmp_path: Path) -> None:
    """A spreadsheet's empty cells past the header's last column are read as the header says
    when no two neighbouring cells could be one number; a semicolon-separated file has no
    decimal comma to split a number, and a header with the same trailing separator has none."""
    rows = "2026-09-07;Romanian Deadlift;80;8;8;;\n2026-09-10;Romanian Deadlift;85;8;;\n"
    log = _log(tmp_path, "Date;Exercise;Weight;Reps;RPE\n" + rows, name="semicolon.csv")
    assert _tops(log) == [80.0, 85.0]
    log = _log(
        tmp_path, "Date,Exercise,Weight,Reps,RPE,\n2026-09-07,Romanian Deadlift,80,8,8,\n", name="t.csv"
    )
    assert _tops(log) == [80.0] and not [i for i in log.issues if "fields" in i.message]
    log = _log(tmp_path, "Date,Exercise,Weight,Reps\n2026-09-07,Romanian Deadlift,BW,8,,\n", name="bw.csv")
    assert _sets_and_reps(log) == [("Romanian Deadlift", 1, 8, 8)]


@given(
    st.integers(20, 300),
    st.integers(1, 9),
    st.integers(1, 20),
    st.sampled_from(["", "7", "8.5"]),
)
def test_a_weight_with_a_decimal_comma_is_never_read_as_other_numbers(
    whole: int, tenth: int, reps: int, rpe: str
) -> None:
    """Property: a weight written ``W,F`` unquoted in a comma-separated log is never read as a
    set of other numbers: the row is reported, or (quoted) read as W.F kg x reps."""
    header = "Date,Exercise,Weight,Reps,RPE\n"
    plain = f'2026-09-07,Romanian Deadlift,"{whole},{tenth}",{reps},{rpe}\n'
    split = f"2026-09-07,Romanian Deadlift,{whole},{tenth},{reps},{rpe}\n"
    quoted = hr.load_log(io.StringIO(header + plain))
    assert _tops(quoted) == [pytest.approx(whole + tenth / 10)]
    assert _sets_and_reps(quoted) == [("Romanian Deadlift", 1, reps, reps)]
    with pytest.raises(hr.LogFormatError, match=f"line 2: 6 fields, the header has 5.*{whole},{tenth}"):
        hr.load_log(io.StringIO(header + split))
