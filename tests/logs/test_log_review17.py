"""Workout logs as a new user's files wrote them (review17, 2026-12-01): a log read first and
checked later is judged as its file is; rows a reader must not guess at are reported."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

LB = 0.45359237

STRONG_OLD = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
    "Notes,Workout Notes,RPE\n"
)


def _strong_rows(weights: list[int]) -> str:
    rows = []
    for week, weight in enumerate(weights):
        day = date(2025, 10, 6 + 7 * week) if week < 3 else date(2025, 11, 3 + 7 * (week - 3))
        for order in (1, 2, 3):
            rows.append(f"{day} 18:00:00,Legs,1h,Romanian Deadlift (Barbell),{order},{weight},8,,,,,\n")
        rows.append(f"{day} 18:00:00,Legs,1h,Seated Leg Curl (Machine),1,{weight // 3},12,,,,,\n")
    return "".join(rows)


def _judged(report: hr.Report) -> dict[str, object]:
    """A report's findings, weeks and progress, without where its input came from."""
    data = json.loads(report.to_json())
    for finding in data["findings"]:
        finding["location"].pop("file", None)
        finding.pop("location_text", None)
    return {"findings": data["findings"], "summary": data["summary"]}


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(20, 200), min_size=1, max_size=5), st.sampled_from(["kg", "lb", None]))
def test_a_log_loaded_first_is_checked_as_its_file_is(weights: list[int], unit: str | None) -> None:
    """Property: an export that does not record its weight unit, checked with ``unit=``, gives
    the same report loaded first (an upload's bytes) as from its path. ``check(load_log(data),
    unit='lb')`` read the weights as kg and showed them in lb, 2.2 times too heavy, while the
    log's notice said to pass unit='lb'."""
    import tempfile

    text = STRONG_OLD + _strong_rows(weights)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "strong.csv"
        path.write_text(text, encoding="utf-8")
        by_path = hr.check(path, unit=unit, as_of=date(2026, 1, 5))
    loaded = hr.check(hr.load_log(text.encode()), unit=unit, as_of=date(2026, 1, 5))
    assert _judged(loaded) == _judged(by_path)
    top = max(weights) * (LB if unit == "lb" else 1.0)
    assert max(p.top_kg or 0 for p in loaded.progress) == pytest.approx(top, abs=1e-3)


def test_a_log_whose_file_gives_its_unit_is_only_shown_in_another() -> None:
    """A Hevy kg export checked with ``unit='lb'`` keeps its kilograms (shown in pounds): only
    a unit the export did not record is read in the unit asked for."""
    text = (
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
        "set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
        'Legs,"6 Oct 2025, 18:00","6 Oct 2025, 19:00",,Romanian Deadlift (Barbell),,,0,normal,100,8,,,\n'
    )
    log = hr.load_log(io.BytesIO(text.encode()))
    assert not log.unit_assumed
    report = hr.check(log, unit="lb", as_of=date(2025, 10, 20))
    assert report.progress[0].top_kg == pytest.approx(100.0) and report.unit == "lb"


def _sets_and_reps(log: hr.WorkoutLog) -> list[tuple[str, int, int, int]]:
    return [(e.name, e.hard_sets, e.reps_low, e.reps_high) for w in log.workouts for e in w.exercises]


@pytest.mark.parametrize("column", ["Sets", "Sätze", "Series", "Séries", "Number of sets"])
def test_a_sets_column_numbering_each_row_is_the_sets_number(column: str) -> None:
    """``Sets`` 1, 2, 3, 4 on four rows of one RDL are 4 sets: they were summed to 10, and a
    week's 7 hamstring sets read as 16, with no notice. The rows decide, and the notice says
    how the column was read."""
    text = (
        f"Date,Exercise,{column},Reps,Weight\n"
        + "".join(f"2025-10-06,Romanian Deadlift,{n},8,100\n" for n in (1, 2, 3, 4))
        + "".join(f"2025-10-09,Lying Leg Curl,{n},12,40\n" for n in (1, 2, 3))
    )
    log = hr.load_log(text.encode())
    assert _sets_and_reps(log) == [("Romanian Deadlift", 4, 8, 8), ("Lying Leg Curl", 3, 12, 12)]
    assert "as set number" in log.issues[0].message


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("2025-10-06,RDL,3,8,100\n2025-10-09,RDL,4,8,100\n", [("RDL", 3, 8, 8), ("RDL", 4, 8, 8)]),
        ("2025-10-06,RDL,3,8,100\n2025-10-06,RDL,2,6,110\n", [("RDL", 5, 6, 8)]),
        ("2025-10-06,RDL,1,8,100\n2025-10-06,RDL,1,8,100\n", [("RDL", 2, 8, 8)]),
    ],
    ids=["one-row-each", "two-rows-of-counts", "ones"],
)
def test_a_sets_column_counting_each_rows_sets_still_counts(rows: str, expected: list[object]) -> None:
    """Rows that number no exercise's sets 1, 2, 3 ... are each row's count of sets."""
    log = hr.load_log(("Date,Exercise,Sets,Reps,Weight\n" + rows).encode())
    assert _sets_and_reps(log) == expected


# -- sessions of a log stamping each set's time ------------------------------------------------


def _sessions(log: hr.WorkoutLog) -> list[tuple[str, int]]:
    return [
        (w.start.isoformat(sep=" ", timespec="minutes"), sum(e.hard_sets for e in w.exercises))
        for w in log.workouts
    ]


def test_a_morning_and_an_evening_session_of_one_day_are_two() -> None:
    """Sets stamped 07:00-07:10 and 19:00-19:10 were one workout (one per name and day): rehab
    then missed HR017 (12 h apart) and read 6 hard sets in one session."""
    stamps = ["07:00", "07:05", "07:10", "19:00", "19:05", "19:10"]
    text = "Date,Exercise,Reps,Weight\n" + "".join(f"2025-10-06 {t},Romanian Deadlift,8,60\n" for t in stamps)
    assert _sessions(hr.load_log(text.encode())) == [("2025-10-06 07:00", 3), ("2025-10-06 19:00", 3)]


def test_a_session_across_midnight_is_one() -> None:
    """Sets at 23:40 to 00:10 were two sessions in two ISO weeks (a Sunday night), and HR006
    warned of two heavy sessions 24 h apart."""
    stamps = ["2025-10-05 23:40", "2025-10-05 23:52", "2025-10-06 00:04", "2025-10-06 00:10"]
    text = "Timestamp,Exercise,Weight (kg),Reps\n" + "".join(f"{t},Romanian Deadlift,100,8\n" for t in stamps)
    log = hr.load_log(text.encode())
    assert _sessions(log) == [("2025-10-05 23:40", 4)]
    assert log.workouts[0].iso_week == "2025-W40"


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(0, 13), min_size=1, max_size=6, unique=True),
    st.lists(st.integers(1, 6), min_size=6, max_size=6),
    st.randoms(use_true_random=False),
)
def test_sets_minutes_apart_are_one_session_in_any_row_order(
    half_days: list[int], counts: list[int], rng: object
) -> None:
    """Property: sessions 12 h or more apart, each of sets 4 minutes apart, read as one workout
    per session with all its sets, whatever the order of the rows."""
    import random
    from datetime import datetime, timedelta

    assert isinstance(rng, random.Random)
    rows = []
    expected = []
    for k, half_day in enumerate(sorted(half_days)):
        start = datetime(2025, 10, 6, 7) + timedelta(hours=12 * half_day)
        expected.append((start.isoformat(sep=" ", timespec="minutes"), counts[k]))
        for n in range(counts[k]):
            rows.append(f"{start + timedelta(minutes=4 * n):%Y-%m-%d %H:%M},Romanian Deadlift,8,60\n")
    rng.shuffle(rows)
    log = hr.load_log(("Date,Exercise,Reps,Weight\n" + "".join(rows)).encode())
    assert _sessions(log) == expected


# -- a file cut short ------------------------------------------------------------------------------

HEVY = (
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
    "set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
    '"Lower B","9 Oct 2025, 18:00","9 Oct 2025, 19:00","",Seated Leg Curl (Machine),0,"",0,normal,40,12,,,9\n'
    '"Lower B","9 Oct 2025, 18:00","9 Oct 2025, 19:00","",Seated Leg Curl (Machine),0,"",1,normal,90,12,,,9\n'
)


def test_an_apps_row_cut_short_is_reported_not_read() -> None:
    """A Hevy upload cut mid-row (``...,90,1``) read as a 1-rep set of 90 kg: a best e1RM of 90
    and nothing reported. An app writes every field: a shorter row is reported."""
    log = hr.load_log((HEVY + HEVY.splitlines()[-1][:-6]).encode())
    assert [(e.hard_sets, e.reps_low, e.top_kg) for w in log.workouts for e in w.exercises] == [(2, 12, 90.0)]
    assert any("cut short" in i.message and i.line == 4 for i in log.issues)


@given(st.integers(1, 60))
def test_a_file_cut_anywhere_in_its_last_row_never_reads_a_set_it_lacks(cut: int) -> None:
    """Property: an export cut anywhere in its last row reads its other sets, and the last set
    only whole (never 1 rep of a 12-rep set, never an e1RM it does not have)."""
    last = HEVY.splitlines()[-1].replace(",1,normal,90,", ",2,normal,95,") + "\n"

    def read(text: str) -> tuple[object, ...]:
        (exercise,) = hr.load_log(text.encode()).workouts[0].exercises
        return (
            exercise.hard_sets,
            exercise.reps_low,
            exercise.top_kg,
            exercise.best_e1rm_kg,
            exercise.tonnage_kg,
        )

    try:
        cut_log = read(HEVY + last[: len(last) - cut])
    except hr.LogFormatError:
        return
    assert cut_log in (read(HEVY), read(HEVY + last))


# -- cells as sheets write them -----------------------------------------------------------------


def _generic(rows: str, header: str = "Date,Exercise,Sets,Reps,Weight,RIR") -> hr.WorkoutLog:
    return hr.load_log((header + "\n" + rows).encode())


@pytest.mark.parametrize(
    "reps", ["8 each", "8 per leg", "8/side", "8 e/s", "8 pro Bein", "8 (ecc)", "8 (2 assisted)"]
)
def test_reps_counted_per_side_or_with_a_note_are_the_count(reps: str) -> None:
    """``8 each`` dropped the row, though a program reads per-side reps; ``5 (ecc)`` too."""
    log = _generic(f"2025-10-06,Bulgarian Split Squat,3,{reps},20,2\n")
    assert _sets_and_reps(log) == [("Bulgarian Split Squat", 3, 8, 8)]
    assert not [i for i in log.issues if i.line == 2]


def test_each_legs_reps_beside_a_sets_column_are_reps_a_side() -> None:
    """``Sets 3, Reps 10/10`` (a single-leg RDL, 10 a leg) was read as 2 sets."""
    log = _generic("2025-10-06,Single-leg RDL,3,10/10,20,2\n2025-10-06,RDL,2,8/8,100,2\n")
    assert _sets_and_reps(log) == [("Single-leg RDL", 3, 10, 10), ("RDL", 2, 8, 8)]
    assert [i.line for i in log.issues if "a side" in i.message] == [2]


@pytest.mark.parametrize(
    ("header", "cell", "rpe"),
    [
        ("RIR", "2-3", 8.0),
        ("RIR", "3 - 2", 8.0),
        ("RPE", "8-9", 9.0),
        ("RPE", "7,5-8,5", 8.5),
        ("RPE", "@8-9", 9.0),
    ],
)
def test_an_effort_range_is_read_as_its_hardest_end(header: str, cell: str, rpe: float) -> None:
    """RIR ``2-3`` threw away the row's 4 sets; a program reads a range as its hardest end (the
    lowest RIR, the highest RPE), and so does a log now, saying so."""
    log = _generic(
        f'2025-10-06,Hip Thrust,4,12,100,"{cell}"\n', header=f"Date,Exercise,Sets,Reps,Weight,{header}"
    )
    (exercise,) = log.workouts[0].exercises
    assert (exercise.hard_sets, exercise.max_rpe) == (4, rpe)
    assert any(i.line == 2 and "hardest end" in i.message for i in log.issues)


@pytest.mark.parametrize(
    ("cell", "kg"), [("1,000", 1000.0), ("1,000.0", 1000.0), ("102,5", 102.5), ("82,25", 82.25)]
)
def test_digits_grouped_by_commas_are_thousands(cell: str, kg: float) -> None:
    """``"1,000"`` in an English sheet was read as 1.0 kg: a comma followed by exactly three
    digits groups thousands; one or two digits after it are a decimal comma."""
    log = _generic(f'2025-10-06,Leg Press,3,12,"{cell}",2\n')
    assert log.workouts[0].exercises[0].top_kg == pytest.approx(kg)


@pytest.mark.parametrize(
    ("row", "named"),
    [
        ("2025-10-06,RDL,8,102,5,8", "102,5"),  # the weight's decimal comma, not the reps' 8 and 102
        ("2025-10-06,RDL,8,100,8,5", "8,5"),  # the RPE's
        ("Mon, 6 Oct 2025,RDL,8,100,8", None),  # an unquoted date's comma: no number split
    ],
)
def test_a_split_number_is_named_only_where_a_number_column_starts_it(row: str, named: str | None) -> None:
    """The hint named the first two neighbouring numbers (``8,102``: the reps and the weight),
    and an unquoted ``Mon, 6 Oct 2025`` got a decimal-comma hint too."""
    log = _generic(row + "\n2025-10-06,RDL,8,100,8\n", header="Date,Exercise,Reps,Weight,RPE")
    (issue,) = [i for i in log.issues if i.line == 2]
    assert "6 fields, the header has 5" in issue.message
    assert (
        (f"is {named}" in issue.message or f"or {named} one" in issue.message)
        if named
        else ("decimal comma" not in issue.message)
    )


@pytest.mark.parametrize(
    ("cells", "unit", "assumed", "top"),
    [
        (["225 lbs", "235 lbs", "100 kg"], "lb", False, 235.0),
        (["100kg", "102.5 kg", "225 lbs"], "kg", False, 102.5),
        (["100", "102.5", "105"], "kg", True, 105.0),
        (["45#", "BW", "50#"], "lb", False, 50.0),
    ],
)
def test_weights_naming_their_unit_are_shown_in_it(
    cells: list[str], unit: str, assumed: bool, top: float
) -> None:
    """Every cell said ``225 lbs`` and the report was in kg (a top set of 102.1): a log is shown
    in the unit most of its weight cells name, and one that names none is said to assume kg."""
    rows = "".join(f"2025-10-0{6 + k},RDL,3,8,{cell},2\n" for k, cell in enumerate(cells))
    log = _generic(rows)
    assert (log.unit, log.unit_assumed) == (unit, assumed)
    data = json.loads(hr.check(log, as_of=date(2025, 11, 3)).to_json())["summary"]
    assert data["unit"] == unit
    assert max(p["top_set"] for p in data["progress"] if p["top_set"] is not None) == pytest.approx(
        top, abs=0.05
    )


@pytest.mark.parametrize("typo", ["06/10/2052", "2052-10-06", "06/10/1925"])
def test_one_year_typo_is_a_row_not_read_not_a_refused_log(typo: str) -> None:
    """A single ``06/10/2052`` in a 2025 sheet refused the whole file ("spans 1,408 weeks ...
    split the export by date", wrong advice). A date farther from the other workouts than a log
    may span is reported, naming its line, and the rest is read."""
    rows = "".join(f"{d}/10/2025,RDL,3,8,100,2\n" for d in ("06", "13", "20"))
    rows += f"{typo},RDL,3,8,100,2\n" + "27/10/2025,RDL,3,8,100,2\n"
    log = _generic(rows)
    assert [w.start.date() for w in log.workouts] == [date(2025, 10, d) for d in (6, 13, 20, 27)]
    (issue,) = [i for i in log.issues if i.line == 5]
    assert "outside the 1,040 weeks" in issue.message and "not read" in issue.message


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["", "3", "5", "5.5", "6", "7", "8.5", "10"]), min_size=1, max_size=12))
def test_sets_logged_as_easy_are_done_but_not_hard(rpes: list[str]) -> None:
    """Three RDL sets at RPE 5 and two curls at RPE 4 counted as 5 hard sets of 6: a set logged
    below RPE 6 (more than 4 reps in reserve) is not a hard set (Baz-Valle 2022's hard sets); a
    set without an RPE is, as the apps count it. Property: hard + easy = the sets done, in the
    row-by-row and the column-wise readers alike."""
    rows = "".join(f"2025-10-06,Romanian Deadlift,8,100,{r}\n" for r in rpes)
    header = "Date,Exercise,Reps,Weight,RPE\n"
    easy = sum(1 for r in rpes if r and float(r) < 6)
    for text in (header + rows, header + rows.replace(",8,", ",1x8,")):  # 1x8: read row by row
        (exercise,) = hr.load_log(text.encode()).workouts[0].exercises
        assert (exercise.hard_sets, exercise.easy_sets) == (len(rpes) - easy, easy)


def test_a_log_written_newest_first_keeps_each_workouts_order() -> None:
    """An export listing its rows newest first flipped each workout's exercises (a squat before
    the RDL read as the RDL after the squat: a false HR003). Property of the fix: the same log
    newest first reads as oldest first, exercise by exercise, and says so."""
    header = (
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
        "set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
    )
    rows = []
    for day in (6, 9, 13, 16):
        when = f'"{day} Oct 2025, 18:00"'
        for k, lift in enumerate(
            ("Romanian Deadlift (Barbell)", "Squat (Barbell)", "Seated Leg Curl (Machine)")
        ):
            rows += [f'"Legs",{when},{when},"",{lift},,"",{n + 3 * k},normal,100,8,,,\n' for n in range(3)]
    oldest = hr.load_log((header + "".join(rows)).encode())
    newest = hr.load_log((header + "".join(reversed(rows))).encode())
    order = [[e.name for e in w.exercises] for w in oldest.workouts]
    assert order[0] == ["Romanian Deadlift (Barbell)", "Squat (Barbell)", "Seated Leg Curl (Machine)"]
    assert [[e.name for e in w.exercises] for w in newest.workouts] == order
    assert any("newest first" in i.message for i in newest.issues)
    assert not any("newest first" in i.message for i in oldest.issues)
    codes = hr.check(newest, as_of=date(2025, 10, 27)).codes
    assert "HR003" not in codes and codes == hr.check(oldest, as_of=date(2025, 10, 27)).codes


@pytest.mark.parametrize(
    ("stamp", "noted"), [("2025-10-06 18:00", True), ("2025-10-06", True), ("2025-10-06T18:00Z", False)]
)
def test_a_timezone_that_changes_no_time_says_so(stamp: str, noted: bool) -> None:
    """``--timezone`` on times without an offset was silently a no-op: the log says the zone
    changed nothing (its times are read as written), and says nothing when it did change one."""
    log = hr.load_log(f"Date,Exercise,Reps\n{stamp},RDL,8\n".encode(), timezone="America/New_York")
    assert any("timezone= changes no time" in i.message for i in log.issues) == noted


@pytest.mark.parametrize(
    ("cell", "start"),
    [
        ("6. Oktober 2025", "2025-10-06T00:00"),
        ("Montag, 6. Oktober 2025", "2025-10-06T00:00"),
        ("6. Okt. 2025 um 18:30", "2025-10-06T18:30"),
        ("6 de octubre de 2025", "2025-10-06T00:00"),
        ("lun. 6 oct. 2025", "2025-10-06T00:00"),
        ("jeudi 9 octobre 2025", "2025-10-09T00:00"),
        ("6 juil. 2025", "2025-07-06T00:00"),
        ("6 ottobre 2025", "2025-10-06T00:00"),
        ("6 de outubro de 2025 18:30", "2025-10-06T18:30"),
        ("6 maart 2025", "2025-03-06T00:00"),
        ("45936", "2025-10-06T00:00"),
        ("45936.75", "2025-10-06T18:00"),
    ],
)
def test_dates_in_words_of_other_languages_and_date_serials_are_read(cell: str, start: str) -> None:
    """A hand-kept sheet's '6. Oktober 2025', '6 de octubre de 2025' or 'lun. 6 oct. 2025' was no
    date (every row refused), and a date cell that lost its format (45936, Excel's and Sheets'
    serial) too."""
    log = hr.load_log(f"Date;Exercise;Reps\n{cell};RDL;8\n".encode())
    assert [w.start.isoformat(timespec="minutes") for w in log.workouts] == [start]


_LANGUAGE_MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"),
}  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.dates(date(1960, 1, 1), date(2100, 12, 31)), st.sampled_from(sorted(_LANGUAGE_MONTHS)))
def test_a_date_written_in_words_in_any_of_the_languages_reads_as_that_date(day: date, language: str) -> None:
    """Property: a date written '6 Oktober 2025' (day, month name, year) in German, Spanish,
    French, Italian or Portuguese reads as that date."""
    month = _LANGUAGE_MONTHS[language][day.month - 1]
    log = hr.load_log(f"Date;Exercise;Reps\n{day.day} {month} {day.year};RDL;8\n".encode())
    assert log.workouts[0].start.date() == day


@pytest.mark.parametrize(
    ("cell", "kg"),
    [("BW+20", 20.0), ("bw + 10 kg", 10.0), ("Bodyweight + 25 lbs", 25 * LB), ("BW-15", None), ("BW", None)],
)
def test_a_load_added_to_the_body_weight_is_the_sets_weight(cell: str, kg: float | None) -> None:
    """``BW+20`` (a weighted Nordic or back extension) was "not a weight": the added load is the
    set's weight, and ``BW-15`` (assisted) is a body-weight set with none."""
    log = hr.load_log(f"Date,Exercise,Reps,Weight\n2025-10-06,Nordic curl,5,{cell}\n".encode())
    (exercise,) = log.workouts[0].exercises
    assert exercise.top_kg == (pytest.approx(kg, abs=1e-3) if kg is not None else None)
    assert not [i for i in log.issues if i.line == 2]
