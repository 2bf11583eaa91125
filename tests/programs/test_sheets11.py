"""Program sheets and files after session 11 (sheets11, review 21): a morning's and an evening's
session of one day are hours apart (N8); a list of weekdays with a label is the session on each
(``Mon & Thu (Lower)``); a weekday is a whole name or a customary abbreviation, not any start
of one (``Die Beine`` is no Tuesday); the labelled day reads the same in every program format."""

from __future__ import annotations

import functools
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules import _program_words as words
from hamstring_rules._program_words import DAYS, PART_OF_DAY_HOURS, WEEKDAY_NAMES, plain_letters
from hamstring_rules._set_scheme import hold_in_reps


def _csv(tmp_path: Path, text: str, name: str = "program.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _sessions(path: Path | dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(s.name, s.day_name) for s in hr.load_program(path).sessions]


def _sheet(*rows: tuple[str, str]) -> str:
    return "Day,Exercise,Sets,Reps\n" + "".join(f'"{day}",{exercise},3,8\n' for day, exercise in rows)


# -- N8: a morning's and an evening's session of one day ----------------------------------------


@pytest.mark.parametrize(
    ("morning", "evening", "hours"),
    [
        # parts of the day: the documented heuristic hours (08:00, 18:00), whatever the language
        ("Mon AM", "Mon PM", PART_OF_DAY_HOURS["pm"] - PART_OF_DAY_HOURS["am"]),
        ("Monday morning", "Monday evening", PART_OF_DAY_HOURS["evening"] - PART_OF_DAY_HOURS["morning"]),
        ("Montag Morgen", "Montag Abend", PART_OF_DAY_HOURS["abend"] - PART_OF_DAY_HOURS["morgen"]),
        # clock times as written: 07:00 to 18:00 is 11 h, 06:30 to 19:30 is 13 h
        ("Mon 7am", "Mon 18:00", 11),
        ("Mon 6:30 a.m.", "Mon 7:30 pm", 13),
        ("Lundi 7h", "Lundi 18h30", 11.5),
    ],
)
def test_two_sessions_of_one_day_are_hours_apart(
    tmp_path: Path, morning: str, evening: str, hours: float
) -> None:
    """rv21 N8: 'Mon AM' and 'Mon PM' were '0 h apart' (HR006 and the weekly table's min gap), as
    if one session were counted twice; they are a morning and an evening: hours apart (a clock
    time as written, a part of the day at its heuristic hour). HR006 still fires: under 48 h."""
    text = _sheet((morning, "Romanian deadlift"), (evening, "Nordic curl"), ("Thu", "Romanian deadlift"))
    report = hr.check(_csv(tmp_path, text), goal="tie-in")
    (week,) = report.weeks
    assert week.min_gap_hours == hours
    (hr006,) = [f for f in report.findings if f.code == "HR006"]
    assert f"{hours:g} h apart" in hr006.message and " 0 h apart" not in hr006.message


def test_days_apart_stay_whole_days_whatever_the_times(tmp_path: Path) -> None:
    """Monday evening to Wednesday morning is judged 48 h, the article's Monday-Wednesday-Friday
    (whole days, or the clock plus 12 h when less: 38 + 12 is more than 48): a time of day never
    makes a week of sessions two days apart closer than the same sheet without times (nor the wrap
    to next Monday) - the same findings. The gaps shown are the clock's (review29 V14)."""
    rows = [("Mon PM", "Romanian deadlift"), ("Wed AM", "Nordic curl"), ("Fri PM", "Romanian deadlift")]
    timed = hr.check(_csv(tmp_path, _sheet(*rows), "timed.csv"), goal="tie-in")
    plain = hr.check(
        _csv(tmp_path, _sheet(*((d.split()[0], e) for d, e in rows)), "plain.csv"), goal="tie-in"
    )
    assert plain.weeks[0].heavy_session_gaps == (48, 48, 72)
    assert timed.weeks[0].heavy_session_gaps == (38, 58, 72)  # 18:00 to 08:00 two days on, ...
    assert sorted((f.code, f.severity) for f in timed.findings) == sorted(
        (f.code, f.severity) for f in plain.findings
    )


@pytest.mark.parametrize(
    ("cell", "when"),
    [
        ("Mon PM", time(18)),
        ("Mon 18:00", time(18)),
        ("Mon 7am", time(7)),
        ("Mon 12 pm", time(12)),
        ("Mon 12am", time(0)),
        ("Martes tarde", time(15)),
        ("Lower (Monday)", None),
        ("Monday Legs", None),
        ("Beine am Montag", None),  # German 'am' is 'on the': no morning
        ("Mon 25:00 Legs", None),
    ],
)
def test_a_day_cells_time_of_day(cell: str, when: time | None) -> None:
    """A clock time or a part of the day beside the weekday is the session's time; AM/PM only
    right after the weekday or a number (German 'am'); an hour out of range is none."""
    found = words.labelled_day(cell)
    assert found is not None and found[0].time == when


def test_a_bare_number_beside_a_weekday_is_no_time() -> None:
    """'Monday 2' stays unread (a week? a second session?): a number alone is no clock time."""
    assert words.labelled_day("Monday 2") is None
    assert words.time_of_day("2") is None


def test_a_sheets_time_survives_the_program_file(tmp_path: Path) -> None:
    """The time a sheet gives is the session's, written by to_yaml/to_dict as 'time' and read
    back the same: a saved sheet keeps its sessions hours apart."""
    program = hr.load_program(_csv(tmp_path, _sheet(("Mon AM", "RDL"), ("Mon 18:30", "Nordic curl"))))
    assert [s.time for s in program.sessions] == [time(8), time(18, 30)]
    assert [s["time"] for s in program.to_dict()["sessions"]] == ["08:00", "18:30"]
    saved = tmp_path / "saved.yaml"
    saved.write_text(program.to_yaml(), encoding="utf-8")
    again = hr.load_program(saved)
    assert [(s.name, s.day, s.time) for s in again.sessions] == [
        (s.name, s.day, s.time) for s in program.sessions
    ]


@pytest.mark.parametrize(
    ("value", "when"),
    [
        ("18:00", time(18)),
        ("7:30 pm", time(19, 30)),
        ("PM", time(18)),
        ("evening", time(18)),
        ("18h", time(18)),
    ],
)
def test_a_program_files_time(value: str, when: time) -> None:
    """A YAML or JSON session's 'time' is a clock time or a part of the day."""
    data = _file_session("mon", name="A", time=value)
    assert hr.load_program(data).sessions[0].time == when


@pytest.mark.parametrize("value", [1080, "25:00", "later", "7", True])
def test_a_time_that_is_none_is_refused_naming_the_field(value: object) -> None:
    """An unquoted YAML 18:00 (the number 1080), an hour past 23 or a word that is no time is a
    ProgramError naming sessions[0].time."""
    data = {
        "sessions": [
            {
                "name": "A",
                "day": "mon",
                "time": value,
                "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}],
            }
        ]
    }
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(data)
    assert "time" in str(caught.value)


def test_a_python_sessions_time_must_be_a_time() -> None:
    """Session(time='18:00') built in Python is refused at check time, naming the field."""
    program = hr.Program(
        "p",
        (hr.Week((hr.Session("A", (hr.Entry("RDL", 3, 8, 8),), day=0, time="18:00"),)),),  # type: ignore[arg-type]
    )
    with pytest.raises(hr.HamstringRulesError, match="time"):
        hr.check(program)


# -- a list of weekdays with a label --------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Mon & Thu (Lower)", [("Lower", "mon"), ("Lower", "thu")]),
        ("Lower: Mon/Thu", [("Lower", "mon"), ("Lower", "thu")]),
        ("Lower (Mon & Thu)", [("Lower", "mon"), ("Lower", "thu")]),
        ("Mon AM & Thu PM", [("AM", "mon"), ("PM", "thu")]),
        ("Montag und Donnerstag - Beine", [("Beine", "mon"), ("Beine", "thu")]),
        ("Mon & Thu", [("Mon", "mon"), ("Thu", "thu")]),
    ],
)
def test_a_list_of_weekdays_with_a_label_is_the_session_on_each(
    tmp_path: Path, cell: str, expected: list[tuple[str, str]]
) -> None:
    """'Mon & Thu (Lower)' was one session with no weekday (half the week's volume); it is the
    session Lower on Monday and on Thursday, as 'Mon & Thu' is the session on each."""
    path = _csv(tmp_path, _sheet((cell, "Romanian deadlift"), (cell, "Nordic curl")))
    assert _sessions(path) == expected
    program = hr.load_program(path)
    assert all(len(s.entries) == 2 for s in program.sessions)


def test_a_labelled_list_counts_the_weeks_sets_on_each_day(tmp_path: Path) -> None:
    """The week's hinge sets are those of both sessions: 'Mon & Thu (Lower)' with 3 RDL sets is
    6 hinge sets, as 'Mon & Thu' is."""
    reports = [
        hr.check(_csv(tmp_path, _sheet((cell, "Romanian deadlift")), f"{i}.csv"), goal="tie-in")
        for i, cell in enumerate(("Mon & Thu (Lower)", "Mon & Thu"))
    ]
    assert [r.weeks[0].sets_by_action["straight_knee_hip_extension"] for r in reports] == [6, 6]


def test_a_list_time_applies_to_each_day() -> None:
    """'Mon & Thu PM': both sessions are in the evening."""
    listed = words.listed_days("Mon & Thu PM")
    assert listed is not None and [(c.weekday, c.time) for c, _ in listed] == [(0, time(18)), (3, time(18))]


@pytest.mark.parametrize(
    "cell", ["Mon Legs Thu", "Week 2 Mon & Thu", "Mon, Legs", "Mon & Mon", "Push & Pull"]
)
def test_cells_that_are_no_list_of_weekdays(cell: str) -> None:
    """Two weekdays not joined with a word between, a week leading the list, one weekday and a
    label, one weekday twice, no weekday: no list."""
    assert words.listed_days(cell) is None


# -- a weekday is a whole name or its customary abbreviation ----------------------------------------


@pytest.mark.parametrize(
    "cell",
    [
        "Die Beine",  # German: "the legs" (Dienstag's abbreviation is Di)
        "Mit Band",  # "with a band" (Mittwoch: Mi)
        "Donner Beine",  # "thunder" (Donnerstag: Do)
        "Frei",  # "free" (Freitag: Fr)
        "Sonne",
        "Maand Leg",
        "Dins",
    ],
)
def test_a_start_of_a_weekday_name_that_is_no_abbreviation_is_no_weekday(tmp_path: Path, cell: str) -> None:
    """'Die Beine' was Tuesday's session 'Beine': a start of Dienstag is no weekday unless it is a
    customary abbreviation of one; the cell names the session."""
    assert _sessions(_csv(tmp_path, _sheet((cell, "RDL")))) == [(cell, None)]


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("Mar (Piernas)", "tue"),  # Spanish, French, Italian: martes, mardi, martedì
        ("Sam - Jambes", "sat"),  # French samedi
        ("Mié: Piernas", "wed"),
        ("Qui Pernas", "thu"),  # Portuguese quinta
        ("Gio gambe", "thu"),  # Italian giovedì
        ("Thurs Legs", "thu"),
        ("Weds Legs", "wed"),
        ("Tues. Pull", "tue"),
    ],
)
def test_a_customary_abbreviation_is_its_weekday(tmp_path: Path, cell: str, day: str) -> None:
    """The abbreviations the sheet languages write (CLDR's, and English's Tues/Thurs/Weds) are
    weekdays beside a label."""
    assert [d for _, d in _sessions(_csv(tmp_path, _sheet((cell, "RDL"))))] == [day]


def test_every_weekday_word_is_a_name_or_an_abbreviation_of_one_day() -> None:
    """Each word the reader takes for a weekday is a full name of that day in a sheet language
    or an abbreviation of one (its first letter, then some of its letters in order: Weds); no word
    is two days' (over the whole table)."""
    names = {plain_letters(n): day for day, ns in enumerate(WEEKDAY_NAMES) for n in ns}
    for word, day in words.WEEKDAY_WORDS.items():
        assert names.get(word, day) == day
        # an abbreviation: the first letter of one of its day's names, then some of its letters in order
        assert any(_abbreviates(word, name) for name, d in names.items() if d == day), word


def _abbreviates(word: str, name: str) -> bool:
    letters = iter(name[1:])
    return word[:1] == name[:1] and all(c in letters for c in word[1:])


@given(st.sampled_from(sorted({plain_letters(n) for ns in WEEKDAY_NAMES for n in ns})), st.integers(3, 20))
@settings(max_examples=200, deadline=None)
def test_a_cut_name_is_a_weekday_only_as_an_abbreviation(name: str, cut: int) -> None:
    """Property: a weekday's name cut short reads as a weekday exactly when the cut is the whole
    name or a word of the abbreviation table; 'Beine' after it never changes that."""
    word = name[:cut]
    cell = words.read_day(word)
    expected = word in words.WEEKDAY_WORDS
    assert (cell is not None and cell.weekday is not None) == expected
    labelled = words.labelled_day(f"{word.capitalize()} Beine")
    assert (labelled is not None) == expected


# -- the labelled day in every program format ------------------------------------------------------


def _file_session(day: object, **more: object) -> dict[str, Any]:
    return {"sessions": [{"day": day, **more, "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}]}


@pytest.mark.parametrize(
    ("day", "name", "weekday", "when"),
    [
        ("Monday (Lower)", "Lower", "mon", None),
        ("Mon PM", "PM", "mon", time(18)),
        ("Lower - Thursday", "Lower", "thu", None),
        ("Mon 7am", "7am", "mon", time(7)),
    ],
)
def test_a_program_files_labelled_day_reads_as_a_sheets(
    tmp_path: Path, day: str, name: str, weekday: str, when: time | None
) -> None:
    """'day: Monday (Lower)' in YAML or JSON was refused; it is read as a sheet's day cell: the
    weekday, the label the session's name unless it has one, the time of day if it says one."""
    sheet = hr.load_program(_csv(tmp_path, _sheet((day, "RDL"))))
    for data in (_file_session(day), _file_session(day, name="Legs")):
        (session,) = hr.load_program(data).sessions
        assert (session.day_name, session.time) == (weekday, when)
        assert session.name == data["sessions"][0].get("name", name)
    (in_sheet,) = sheet.sessions
    (in_file,) = hr.load_program(_file_session(day)).sessions
    assert (in_sheet.name, in_sheet.day, in_sheet.time) == (in_file.name, in_file.day, in_file.time)
    yaml_path = tmp_path / "p.yaml"
    yaml_path.write_text(
        f"sessions:\n  - day: '{day}'\n    exercises:\n      - {{exercise: RDL, sets: 3, reps: 8}}\n"
    )
    assert _sessions(yaml_path) == [(name, weekday)]


@pytest.mark.parametrize("day", ["Die Beine", "Monday 2"])
def test_a_program_files_day_that_is_no_one_weekday_is_refused(day: str) -> None:
    """A cell with no weekday is refused as before (a list of weekdays, 'Mon & Thu', is the
    session on each since progs25: tests/programs/test_session_days25.py)."""
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(_file_session(day, name="A"))
    assert "day" in str(caught.value)


def test_a_labelled_day_and_a_time_that_differ_are_refused() -> None:
    """'day: Mon PM' with 'time: 07:00' says two times: refused, naming the day."""
    with pytest.raises(hr.ProgramError, match="time"):
        hr.load_program(_file_session("Mon PM", time="07:00"))


@given(st.sampled_from(DAYS), st.sampled_from(["Lower", "Legs A", "Posterior chain"]))
@settings(max_examples=50, deadline=None)
def test_a_labelled_day_round_trips(day: str, label: str) -> None:
    """Property: a file's 'day: <weekday> (<label>)' loads, dumps and loads to the same program."""
    program = hr.load_program(_file_session(f"{day.capitalize()} ({label})"))
    assert hr.load_program(program.to_dict()) == program
    assert [(s.name, s.day_name) for s in program.sessions] == [(label, day)]


_PIECES = st.sampled_from(
    [
        "Mon", "monday", "Thurs", "MIÉ", "segunda-feira", "Sam", "Die", "Beine", "Lower", "Legs A",
        "PM", "am", "18:00", "7.30", "25:00", "2", "²", "Week 2", "W1", "Day 2", "&", " ", " - ",
        "(", ")", ": ", ", ", "!", "@", "\n", "Monster", "feira", "x", "_",
    ]
)  # fmt: skip


@given(st.lists(_PIECES, min_size=1, max_size=5).map("".join) | st.lists(_PIECES, max_size=4).map(" ".join))
@settings(max_examples=400, deadline=None)
def test_the_schema_and_the_library_agree_on_day_cells(day: str) -> None:
    """Property: a program file's day made of weekday words, labels, times, numbers, weeks and
    punctuation is accepted by the library exactly when the published schema's day accepts it."""
    data = _file_session(day, name="A")
    assert _accepted(data) == _program_validator().is_valid(data), day


def _accepted(data: dict[str, Any]) -> bool:
    """Whether the library loads the program data (any error but a ProgramError is a bug)."""
    try:
        hr.load_program(data)
    except hr.ProgramError:
        return False
    return True


@functools.cache
def _program_validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft202012Validator(hr.json_schema("program"))


# -- program sheets as coaches write them ------------------------------------------------------------


def _weeks(path: Path) -> list[list[tuple[str, str | None, list[tuple[str, int, int]]]]]:
    return [
        [(s.name, s.day_name, [(e.exercise, e.sets, e.reps_low) for e in s.entries]) for s in w.sessions]
        for w in hr.load_program(path).weeks
    ]


@pytest.mark.parametrize("banner", ["Week 2", "WEEK 2 - Deload", "W2", "Semana 2", "Woche 2: Aufbau"])
def test_a_week_banner_in_the_day_column_starts_that_week(tmp_path: Path, banner: str) -> None:
    """A heading row 'Week 2' in the day column (a Google-Sheets block per week) starts week 2: its
    rows were read into week 1 (two Mondays 0 h apart, or week 2's RDL appended to week 1's Day 1)."""
    text = (
        f"Day,Exercise,Sets,Reps\nWeek 1\nMon,RDL,3,8\n,Leg curl,3,10\nThu,RDL,3,8\n"
        f"{banner}\nMon,RDL,4,6\n,Leg curl,3,10\nThu,RDL,4,6\n"
    )
    assert _weeks(_csv(tmp_path, text)) == [
        [("Mon", "mon", [("RDL", 3, 8), ("Leg curl", 3, 10)]), ("Thu", "thu", [("RDL", 3, 8)])],
        [("Mon", "mon", [("RDL", 4, 6), ("Leg curl", 3, 10)]), ("Thu", "thu", [("RDL", 4, 6)])],
    ]


def test_a_day_of_the_program_does_not_run_on_past_a_week_banner(tmp_path: Path) -> None:
    """'Day 1' of week 1 (a merged cell) ends at the 'Week 2' banner: week 2's Day 1 is its own."""
    text = "Day,Exercise,Sets,Reps\nWeek 1\nDay 1,RDL,3,8\n,Curl,3,8\nWeek 2\nDay 1,RDL,3,6\n"
    assert _weeks(_csv(tmp_path, text)) == [
        [("Day 1", None, [("RDL", 3, 8), ("Curl", 3, 8)])],
        [("Day 1", None, [("RDL", 3, 6)])],
    ]


def test_rows_before_a_week_2_banner_are_week_1(tmp_path: Path) -> None:
    """Week 1's banner above the header (read as the sheet's title) leaves its rows unlabelled; the
    'Week 2' banner below them starts the second week, not the first one's rest."""
    text = "Week 1,,,\nDay,Exercise,Sets,Reps\nMon,RDL,3,8\nWeek 2,,,\nMon,RDL,3,6\n"
    assert [[e for *_, e in w] for w in _weeks(_csv(tmp_path, text))] == [
        [[("RDL", 3, 8)]],
        [[("RDL", 3, 6)]],
    ]


@pytest.mark.parametrize("cell", ["Week 1 Day 2", "Week 2 Mon", "Weekly", "Push"])
def test_cells_that_are_no_week_banner(cell: str) -> None:
    """A week with a day is a day; a word that starts like a week word, or no week, is none."""
    assert words.week_banner(cell) is None


@pytest.mark.parametrize(
    "total", ["Total,,16,", "TOTAL,,,", "Weekly total,,22,", "Summe,,16,", ",Total sets,16,"]
)
def test_a_totals_row_is_passed_over_with_a_notice(tmp_path: Path, total: str) -> None:
    """A sheet's row adding up the sets ('Total', 'Summe'...) with no exercise name was 'no exercise
    name', refusing the whole sheet; it is the sheet's arithmetic: passed over, and said."""
    text = f"Day,Exercise,Sets,Reps\nMon,RDL,3,8\nThu,Leg curl,3,10\n{total}\n"
    report = hr.check(_csv(tmp_path, text))
    assert [s.name for s in report.weeks[0].sessions] == ["Mon", "Thu"]
    assert any("total" in notice for notice in report.input_issues)
    assert any("total" in notice for notice in hr.load_program(_csv(tmp_path, text)).notices)


def test_a_row_without_an_exercise_that_is_no_total_is_still_refused(tmp_path: Path) -> None:
    """A row with sets and no exercise name, and no word of a total, is an error naming its line."""
    with pytest.raises(hr.ProgramError, match="no exercise name") as caught:
        hr.load_program(_csv(tmp_path, "Day,Exercise,Sets,Reps\nMon,RDL,3,8\nMon,,3,8\n"))
    assert str(caught.value.location).endswith(":3")


@pytest.mark.parametrize(
    ("reps", "low", "high"), [("5/3/1+", 1, 5), ("8/6/4/4/4/5/6/7/8+", 4, 8), ("5+/5+/5+", 5, 5)]
)
def test_each_sets_reps_with_a_set_to_failure(reps: str, low: int, high: int) -> None:
    """5/3/1's '5/3/1+' and nSuns' '8/6/4/.../8+' were refused; each set's reps are read as the
    range they span ('10/8/6' is), and the plus makes the entry's hardest set one to failure (RIR
    0), as '8+' does, unless the entry gives its effort."""
    data = _file_session("mon", name="A")
    data["sessions"][0]["exercises"][0]["reps"] = reps
    del data["sessions"][0]["exercises"][0]["sets"]  # the list's sets (beside sets, as many: progs20)
    (entry,) = hr.load_program(data).sessions[0].entries
    assert (entry.reps_low, entry.reps_high, entry.rir) == (low, high, 0)
    data["sessions"][0]["exercises"][0]["rpe"] = 8
    (entry,) = hr.load_program(data).sessions[0].entries
    assert (entry.rir, entry.rpe) == (None, 8)


def test_sets_by_each_sets_reps_with_a_plus() -> None:
    """'sets: 3x5/3/1+' is 3 sets of 5, 3 and 1+; '3x5/3/1/1+' lists 4 sets' reps for 3: refused."""
    data = _file_session("mon", name="A")
    del data["sessions"][0]["exercises"][0]["reps"]
    data["sessions"][0]["exercises"][0]["sets"] = "3x5/3/1+"
    (entry,) = hr.load_program(data).sessions[0].entries
    assert (entry.sets, entry.reps_low, entry.reps_high, entry.rir) == (3, 1, 5, 0)
    data["sessions"][0]["exercises"][0]["sets"] = "3x5/3/1/1+"
    with pytest.raises(hr.ProgramError, match="4 sets' reps for 3 sets"):
        hr.load_program(data)


@pytest.mark.parametrize("reps", ["5/3/1+", "5 / 3 / 1 +", "8+/6", "5/3/1+ per leg", "5/3/1++", "+5/3"])
def test_the_schema_and_the_library_agree_on_each_sets_reps(reps: str) -> None:
    """The published schema takes a per-set reps text exactly when the library does."""
    data = _file_session("mon", name="A")
    data["sessions"][0]["exercises"][0]["reps"] = reps
    assert _accepted(data) == _program_validator().is_valid(data), reps


def test_a_heading_whose_note_says_total_is_still_a_heading(tmp_path: Path) -> None:
    """Only a label cell names a total: a heading row 'Mon' with the note 'total body day' still
    heads the rows below it."""
    text = "Day,Exercise,Sets,Reps,Notes\nMon,,,,total body day\n,RDL,3,8,\n"
    assert _sessions(_csv(tmp_path, text)) == [("Mon", "mon")]


@pytest.mark.parametrize(
    ("reps", "hold", "per_side"),
    [("30s", 30, False), ("45 sec hold", 45, False), ("1 min", 60, False), ("30 s each side", 30, True)],
)
def test_a_time_in_the_reps_column_is_a_hold(tmp_path: Path, reps: str, hold: int, per_side: bool) -> None:
    """A physio's sheet writes an isometric's time where the reps go ('30s hold'): it refused the
    whole sheet; it is the hold, one a set, as a hold column with no reps is."""
    path = _csv(tmp_path, f"Day,Exercise,Sets,Reps\nMon,Isometric bridge,3,{reps}\nMon,RDL,3,8\n")
    bridge, rdl = hr.load_program(path).sessions[0].entries
    assert (bridge.sets, bridge.reps_low, bridge.hold_s, bridge.per_side) == (3, 1, hold, per_side)
    assert (rdl.reps_low, rdl.hold_s) == (8, None)


@pytest.mark.parametrize("reps", ["20-30s", "30", "8 reps"])
def test_reps_that_are_no_single_time_are_no_hold(reps: str) -> None:
    """A range of times (which is prescribed?), a bare number and reps are not read as a hold."""
    assert hold_in_reps(reps) is None


def test_a_program_files_time_in_reps_is_the_hold_a_sheet_reads() -> None:
    """In YAML or JSON 'reps: 30s' is a hold of 30 s a set, as a sheet's Reps cell '30s' is (it
    was refused there while the sheet read it: two readers, two answers); beside a hold_s it is
    refused, naming the key to drop (sets17, rv25 R1)."""
    data = _file_session("mon", name="A")
    data["sessions"][0]["exercises"][0]["reps"] = "30s"
    entry = hr.load_program(data).sessions[0].entries[0]
    assert (entry.reps_low, entry.reps_high, entry.hold_s) == (1, 1, 30)
    data["sessions"][0]["exercises"][0]["hold_s"] = 30
    with pytest.raises(hr.ProgramError, match="drop the reps key"):
        hr.load_program(data)
