"""Programs as users write them: days as spreadsheets number them, integral floats, programs
built in Python from sloppy values, explosive tempos and YAML a person would write."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._program_words import read_day

from ..strategies import program_data


def _csv(tmp_path: Path, text: str, name: str = "sheet.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _one(**entry: object) -> dict[str, Any]:
    return {
        "name": "p",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8, **entry}]}],
    }


# -- days --------------------------------------------------------------------------------------

_DAY_NUMBERS = """Day,Exercise,Sets,Reps
1,Romanian Deadlift,3,8
1,Back Squat,3,5
2,Nordic Curl,3,5
3,Good Morning,3,8
"""


def test_a_spreadsheet_day_number_is_the_sessions_place_not_a_weekday(tmp_path: Path) -> None:
    """Day 1, 2, 3 of a spreadsheet are the program's days: no weekday (they were Monday to
    Wednesday), each session named by its day."""
    program = hr.load_program(_csv(tmp_path, _DAY_NUMBERS))
    assert [(s.name, s.day) for s in program.sessions] == [("Day 1", None), ("Day 2", None), ("Day 3", None)]


def test_day_numbers_claim_no_rest_between_sessions(tmp_path: Path) -> None:
    """Heavy hinges on Day 1 and Day 2 are not '24 h apart' (HR006 read them as Monday and
    Tuesday): the rest is unknown, and HR016 says it cannot be checked."""
    report = hr.check(_csv(tmp_path, _DAY_NUMBERS))
    assert "HR006" not in report.codes
    assert "HR016" in report.codes


@pytest.mark.parametrize(
    ("cell", "weekday", "label", "week"),
    [
        ("Day 1", None, "Day 1", None),
        ("day a", None, "Day A", None),
        ("D3", None, "Day 3", None),
        ("Tag 2", None, "Day 2", None),
        ("Week 1 Day 2", None, "Day 2", 1),
        ("W2D1", None, "Day 1", 2),
        ("wk 3 - day 4", None, "Day 4", 3),
        ("Week 2 Mon", 0, None, 2),
        ("Thursday", 3, None, None),
        ("Tues.", 1, None, None),
        ("Mittwoch", 2, None, None),
        ("MIÉRCOLES", 2, None, None),
        ("miercoles", 2, None, None),
        ("jeudi", 3, None, None),
        ("sábado", 5, None, None),
        ("segunda-feira", 0, None, None),
        ("Sonntag", 6, None, None),
        ("zondag", 6, None, None),
        ("venerdì", 4, None, None),
    ],
)
def test_day_cells(cell: str, weekday: int | None, label: str | None, week: int | None) -> None:
    """A weekday name in any of the log reader's languages and any case is a weekday; a number
    or 'Day N' is the session's place; a week may lead it."""
    found = read_day(cell)
    assert found is not None
    assert (found.weekday, found.label, found.week) == (weekday, label, week)


@pytest.mark.parametrize("cell", ["Do", "Mi", "son", "funday", "Day 0", "Week 1", 0, True, "Day 1000"])
def test_day_cells_that_say_no_day(cell: object) -> None:
    """Two letters differ by language (Do: Thursday in German, Sunday in Spanish), 'son' starts
    Sonntag and Sonnabend, and day 0 or a bool is no day."""
    assert read_day(cell) is None


def test_spreadsheet_weeks_and_days_in_one_cell(tmp_path: Path) -> None:
    """'Week 1 Day 2' places the row in week 1; rows before any week belong to the first."""
    text = "Day,Exercise,Sets,Reps\nDay 1,RDL,3,8\nWeek 1 Day 2,Nordic Curl,3,5\nWeek 2 Day 1,RDL,3,6\n"
    program = hr.load_program(_csv(tmp_path, text))
    assert [[s.name for s in w.sessions] for w in program.weeks] == [["Day 1", "Day 2"], ["Day 1"]]
    assert program.weeks[1].sessions[0].entries[0].reps_low == 6


def test_merged_cells_and_heading_rows(tmp_path: Path) -> None:
    """A blank week or day cell takes the cell above (a merged cell exported); a row with only a
    day heads the rows below it; a load column (75%) is not read."""
    text = (
        "Week,Day,Exercise,Sets,Reps,Load\n"
        "1,Mon,Romanian Deadlift,3,8,75%\n"
        ",,Back Squat,3,5,80%\n"
        ",Thu,,,,\n"
        ",,Nordic Curl,3,5,BW\n"
        "2,Mon,Romanian Deadlift,3,8,77.5%\n"
        ",,Back Squat,3,5,82.5%\n"
    )
    program = hr.load_program(_csv(tmp_path, text))
    assert [[(s.day_name, len(s.entries)) for s in w.sessions] for w in program.weeks] == [
        [("mon", 2), ("thu", 1)],
        [("mon", 2)],
    ]


def test_a_weekday_column_counts_monday_as_1(tmp_path: Path) -> None:
    """A column headed Weekday holds weekdays: 1 is Monday, 3 Wednesday (ISO 8601), and the
    Day column beside it names the sessions."""
    text = "Day,Weekday,Exercise,Sets,Reps\nDay 1,1,RDL,3,8\nDay 2,3,Nordic Curl,3,5\n"
    program = hr.load_program(_csv(tmp_path, text))
    assert [(s.name, s.day_name) for s in program.sessions] == [("Day 1", "mon"), ("Day 2", "wed")]
    program = hr.load_program(_csv(tmp_path, "Weekday,Exercise,Sets,Reps\n1,RDL,3,8\n4,Nordic Curl,3,5\n"))
    assert [(s.name, s.day_name) for s in program.sessions] == [("Mon", "mon"), ("Thu", "thu")]


def test_a_day_column_of_names_names_the_sessions(tmp_path: Path) -> None:
    """'Push', 'Legs' in a Day column are the sessions' names (they were refused as weekdays)."""
    text = "Day,Exercise,Sets,Reps\nPush,Bench Press,3,8\nLegs,RDL,3,8\n"
    program = hr.load_program(_csv(tmp_path, text))
    assert [(s.name, s.day) for s in program.sessions] == [("Push", None), ("Legs", None)]


def test_program_file_day_number_names_the_session() -> None:
    """In YAML or JSON too, day: 3 is the session's day of the program (it was Wednesday); a
    session without a name is named by its day."""
    data = {"sessions": [{"day": 3, "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}]}
    session = hr.load_program(data).sessions[0]
    assert (session.name, session.day) == ("Day 3", None)
    data["sessions"][0]["day"] = "Donnerstag"
    assert hr.load_program(data).sessions[0].day_name == "thu"


def test_program_file_day_with_a_week_is_refused_by_field() -> None:
    """A week in a program file's day is refused, naming the field and where weeks go."""
    data = {
        "sessions": [
            {"name": "A", "day": "Week 2 Day 1", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}
        ]
    }
    with pytest.raises(hr.ProgramError, match=r"sessions\[0\]\.day: .*'weeks'"):
        hr.load_program(data)


# -- integral floats ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "read"),
    [
        ("sets", 3.0, lambda e: e.sets == 3),
        ("reps", 8.0, lambda e: (e.reps_low, e.reps_high) == (8, 8)),
        ("reps", [8.0, 10.0], lambda e: (e.reps_low, e.reps_high) == (8, 10)),
        ("rir", 2.0, lambda e: e.rir == 2),
        ("hold_s", 30.0, lambda e: e.hold_s == 30),
        ("rest", 90.0, lambda e: e.notes == "rest 90 s"),
    ],
)
def test_integral_floats_read_as_integers(key: str, value: object, read: Any) -> None:
    """3.0 (what JSON tools and spreadsheets write) is 3, as JSON Schema's integer says."""
    entry = hr.load_program(json.loads(json.dumps(_one(**{key: value})))).sessions[0].entries[0]
    assert read(entry)
    assert isinstance(entry.sets, int) and type(entry.reps_low) is int


@pytest.mark.parametrize("key", ["sets", "reps", "rir", "hold_s", "rest"])
def test_a_fraction_is_refused_naming_the_field_and_entry(key: str) -> None:
    """3.5 sets (reps, RIR, hold, rest seconds) is refused, naming the entry and the field."""
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(_one(**{key: 3.5}))
    assert f"sessions[0].exercises[0].{key}" in str(info.value)
    assert "whole number" in str(info.value)


def test_integral_float_stage_and_day() -> None:
    """stage: 2.0 is stage 2 and day: 2.0 Day 2; 2.5 is refused naming the field."""
    data = _one()
    data["stage"], data["sessions"][0]["day"] = 2.0, 2.0
    program = hr.load_program(data)
    assert program.stage == 2 and program.sessions[0].name == "A" and program.sessions[0].day is None
    data["stage"] = 2.5
    with pytest.raises(hr.ProgramError, match=r"stage: expected a whole number"):
        hr.load_program(data)


def test_spreadsheet_cells_written_as_decimals(tmp_path: Path) -> None:
    """A float column exported ('3.0', '1.0') reads as whole numbers; '3.5' sets is refused with
    the CSV line and the field."""
    text = "Week,Day,Exercise,Sets,Reps,RIR\n1.0,Mon,RDL,3.0,8.0,2.0\n2.0,Mon,RDL,3.5,8.0,2.0\n"
    with pytest.raises(
        hr.ProgramError,
        match=r"sheet\.csv:3: column 'Sets' \(sets\)",
    ):
        hr.load_program(_csv(tmp_path, text))
    program = hr.load_program(_csv(tmp_path, text.replace("3.5", "4.0")))
    assert [(w.sessions[0].entries[0].sets, w.sessions[0].entries[0].rir) for w in program.weeks] == [
        (3, 2),
        (4, 2),
    ]


# -- programs built in Python ------------------------------------------------------------------

E, S, W, P = hr.Entry, hr.Session, hr.Week, hr.Program


def _program(entry: Any = None, **session: Any) -> hr.Program:
    entry = E("Romanian Deadlift", 3, 8, 10) if entry is None else entry
    return P("p", (W((S("A", (entry,), **session),)),))


def test_lists_where_tuples_are_declared_are_tuples() -> None:
    """Lists (or a generator) of weeks, sessions, entries and tempo phases become tuples: the
    program loads, checks, hashes and equals the one built with tuples."""
    entry = E("Romanian Deadlift", 3, 8, 10, [3, 1, 1, 0])
    built = P("p", [W([S("A", [entry], day=0)])])
    made = P("p", (W((S("A", (E("Romanian Deadlift", 3, 8, 10, (3, 1, 1, 0)),), day=0),)),))
    assert built == made and hash(built) == hash(made)
    assert hr.load_program(built) == made
    assert hr.check(built).codes == hr.check(made).codes
    assert S("A", (e for e in (entry,))).entries == (entry,)


def test_sloppy_numbers_built_in_python() -> None:
    """3.0 sets (a pandas column with a blank is float) and a weekday's name are read as the
    int and the weekday number."""
    program = _program(E("RDL", 3.0, 8.0, 10.0, rir=2.0), day="Thursday")  # type: ignore[arg-type]
    entry = program.sessions[0].entries[0]
    assert (entry.sets, entry.reps_low, entry.reps_high, entry.rir) == (3, 8, 10, 2)
    assert all(type(v) is int for v in (entry.sets, entry.reps_low, entry.reps_high, entry.rir))
    assert program.sessions[0].day == 3


def test_numpy_numbers_built_in_python() -> None:
    """NumPy's int64 and float32 (a DataFrame's cells) are plain int and float."""
    np = pytest.importorskip("numpy")
    entry = E("RDL", np.int64(3), np.int32(8), np.int64(10), rpe=np.float32(8.5), hold_s=np.float64(30.0))
    assert (type(entry.sets), type(entry.rpe), entry.rpe, entry.hold_s) == (int, float, 8.5, 30)
    assert hr.load_program(_program(entry)).to_yaml()


@pytest.mark.parametrize(
    ("make", "where", "fragment"),
    [
        (lambda: _program(E("RDL", True, 8, 8)), "entries[0].sets", "True"),
        (lambda: _program(E("RDL", 3.5, 8, 8)), "entries[0].sets", "3.5"),  # type: ignore[arg-type]
        (lambda: _program(E("RDL", "3", 8, 8)), "entries[0].sets", "'3'"),  # type: ignore[arg-type]
        (lambda: _program(E("RDL", 10**30, 8, 8)), "entries[0].sets", "whole number"),
        (lambda: _program(E("RDL", 3, -1, 8)), "entries[0].reps_low", "-1"),
        (lambda: _program(E("RDL", 3, 10, 8)), "entries[0].reps_high", "at least reps_low"),
        (lambda: _program(E("", 3, 8, 8)), "entries[0].exercise", "''"),
        (lambda: _program(E("RDL", 3, 8, 8, (3, 1, 1))), "entries[0].tempo", "(3, 1, 1)"),
        (lambda: _program(E("RDL", 3, 8, 8, rir=10**9)), "entries[0].rir", "0-10"),
        (lambda: _program(E("RDL", 3, 8, 8, rpe=float("nan"))), "entries[0].rpe", "nan"),
        (lambda: _program(E("RDL", 3, 8, 8, (3, 1, 1, 0), explosive=(2,))), "entries[0].explosive", "X"),
        (lambda: _program(day=9), "sessions[0].day", "9"),
        (lambda: _program(day="Day 2"), "sessions[0].day", "'Day 2'"),
        (lambda: P("p", (W((S("A", ({"exercise": "RDL"},)),)),)), "sessions[0].entries[0]", "Entry"),  # type: ignore[arg-type]
        (lambda: P("p", (W((S("A", E("RDL", 3, 8, 8)),)),)), "sessions[0].entries", "tuple"),  # type: ignore[arg-type]
        (lambda: P("p", ({"sessions": []},)), "program.weeks[0]", "Week"),  # type: ignore[arg-type]
        (lambda: P("p", (), stage=True), "program.stage", "True"),
    ],
)
def test_hostile_programs_built_in_python_name_the_field(make: Any, where: str, fragment: str) -> None:
    """Each unusable field is a RequestError naming its place (it was 'Program.weeks = (<Week:
    1 session>,)' for any of them), from check(), load_program() and to_yaml() alike."""
    program = make()
    for call in (hr.check, hr.load_program, lambda p: p.to_yaml()):
        with pytest.raises(hr.RequestError) as info:
            call(program)
        assert where in (info.value.location or ""), (info.value.location, str(info.value))
        assert fragment in str(info.value)


@pytest.mark.parametrize(
    "make",
    [
        lambda: P("p", ()),
        lambda: P("p", (W(()),)),
        lambda: P("p", (W((S("A", ()),)),)),
        lambda: P("p", [W([])]),
    ],
)
def test_empty_programs_built_in_python(make: Any) -> None:
    """No weeks, an empty week or an empty session: repr, to_yaml, load and check all work."""
    program = make()
    assert repr(program).startswith("<Program")
    assert program.to_yaml()
    assert hr.load_program(program) == program
    assert isinstance(hr.check(program).codes, tuple)


# -- tempo X and the YAML a person writes -------------------------------------------------------


def test_explosive_tempo_is_kept_as_x() -> None:
    """3-1-X-0 is an explosive concentric, not 3-1-0-0 (no concentric: an eccentric-only
    exercise); it is shown and written back as X."""
    explosive = hr.load_program(_one(tempo="3-1-X-0")).sessions[0].entries[0]
    absent = hr.load_program(_one(tempo="3-1-0-0")).sessions[0].entries[0]
    assert explosive != absent
    assert explosive.tempo_text == "3-1-X-0" and absent.tempo_text == "3-1-0-0"
    assert hr.load_program(_one(tempo="31x0")).sessions[0].entries[0] == explosive
    assert "tempo: 3-1-X-0" in hr.load_program(_one(tempo="3-1-x-0")).to_yaml()


def test_explosive_tempo_in_a_finding() -> None:
    """A finding quoting the tempo says X-0-X-0, not 0-0-0-0."""
    data = _one(tempo="X-0-X-0")
    data["goal"], data["stage"] = "rehab", 3  # at stage 2 the RDL is HR010's, which HR007 yields to
    messages = [f.message for f in hr.check(data) if "tempo" in f.message]
    assert messages and all("X-0-X-0" in m for m in messages), messages


def test_to_yaml_writes_reps_as_a_person_would() -> None:
    """reps: 8 and reps: 8-10, unquoted (it wrote '8'); rpe: 8, not 8.0."""
    text = hr.load_program(
        {"sessions": [{"name": "A", "exercises": [
            {"exercise": "RDL", "sets": 3, "reps": 8, "rpe": 8},
            {"exercise": "Nordic Curl", "sets": 3, "reps": "4-6"},
        ]}]}
    ).to_yaml()  # fmt: skip
    assert "reps: 8\n" in text and "reps: 4-6\n" in text and "rpe: 8\n" in text
    assert "'" not in text and '"' not in text


_TEMPOS = st.tuples(
    *(st.sampled_from(["0", "1", "3", "X"] if i in (0, 2) else ["0", "1", "2"]) for i in range(4))
)


@given(data=program_data(), tempos=st.lists(_TEMPOS, min_size=1, max_size=3), floats=st.booleans())
def test_to_yaml_and_to_json_round_trip(
    data: dict[str, Any],
    tempos: list[tuple[str, ...]],
    floats: bool,
) -> None:
    """to_yaml (and to_json) then load gives an equal program, explosive tempos and integral
    floats included."""
    for i, session in enumerate(data["sessions"]):
        entry = session["exercises"][0]
        entry["tempo"] = "-".join(tempos[i % len(tempos)])
        if floats:
            entry["sets"] = float(entry["sets"])
    program = hr.load_program(data)
    assert hr.load_program(yaml.safe_load(program.to_yaml())) == program
    assert hr.load_program(json.loads(program.to_json())) == program


@pytest.mark.parametrize(
    ("make", "shown"),
    [
        (lambda: S("A", (), day=9), "<Session 'A': 0 exercises>"),
        (lambda: S("A", 5), "session.entries"),  # type: ignore[arg-type]
        (lambda: S("A", (), start="2025-01-06"), "session.start"),  # type: ignore[arg-type]
        (lambda: E("RDL", 3, 8, 8, tempo=5), "@ 5"),  # type: ignore[arg-type]
        (lambda: W(5), "week.sessions"),  # type: ignore[arg-type]
        (lambda: P(None, 5), "program.name"),  # type: ignore[arg-type]
    ],
)
def test_repr_of_an_object_built_wrong_names_the_field(make: Any, shown: str) -> None:
    """repr() never raises (Session(day=9) raised IndexError, Session('A', 5) TypeError): it
    names the field it cannot show; to_dict() raises the library's error naming it."""
    obj = make()
    assert shown in repr(obj)
    with pytest.raises(hr.RequestError):
        obj.to_dict() if hasattr(obj, "to_dict") else hr.load_program(P("p", (obj,)))


# -- what coaches' sheets hold ------------------------------------------------------------------


def _entry(**entry: object) -> hr.Entry:
    return hr.load_program(_one(**entry)).sessions[0].entries[0]


def test_amrap_reps_with_a_count_are_a_set_to_failure() -> None:
    """'8+' (as many reps as possible, at least 8) is 8 reps at RIR 0, unless the effort is
    given; '3x5+' too; 'AMRAP or 8' is refused, saying to write '8+' (a bare 'AMRAP' is a set to
    failure of at least 1 rep, 'AMRAP 8' 8 reps: tests/programs/test_sheets13.py)."""
    assert (_entry(reps="8+").reps, _entry(reps="8+").rir) == ("8", 0)
    assert (_entry(reps="5+ AMRAP").reps, _entry(reps="5+ AMRAP").rir) == ("5", 0)
    assert (_entry(reps="8+", rpe=9).rir, _entry(reps="8+", rpe=9).rpe) == (None, 9.0)
    data = _one()
    data["sessions"][0]["exercises"][0] = {"exercise": "RDL", "sets": "3x5+"}
    entry = hr.load_program(data).sessions[0].entries[0]
    assert (entry.sets, entry.reps, entry.rir) == (3, "5", 0)
    with pytest.raises(hr.ProgramError, match=r"exercises\[0\]\.reps: AMRAP is read alone.*'8\+'"):
        _entry(reps="AMRAP or 8")


def test_each_sets_reps_read_as_their_range() -> None:
    """'10/8/6' (a pyramid) spans 6-10 reps; '8/8/8 per leg' is 8."""
    assert _entry(reps="10/8/6").reps == "6-10"
    assert _entry(reps="8/8/8 per leg").reps == "8"


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [("rpe", "@8", 8.0), ("rpe", "RPE 8.5", 8.5), ("rpe", "@ 9", 9.0), ("rpe", "8 rpe", 8.0),
     ("rir", "RIR 2", 2), ("rir", "2 RIR", 2), ("rir", "rir 1-2", 1)],
)  # fmt: skip
def test_effort_written_with_its_name(key: str, text: str, value: float) -> None:
    """A spreadsheet's '@8' and 'RPE 8', 'RIR 2' and '2 RIR' read as the number."""
    assert getattr(_entry(**{key: text}), key) == value


@pytest.mark.parametrize(
    ("key", "text", "other", "value"), [("rpe", "RIR 2", "rir", 2), ("rir", "RPE 8", "rpe", 8)]
)
def test_effort_named_as_the_other_measure_is_read_as_that_measure(
    key: str, text: str, other: str, value: float
) -> None:
    """RIR 2 in an RPE column is not RPE 2: it is RIR 2, in the entry's rir (rv22 R7: it was
    refused in pydantic's words; the log reader reads such a cell as the same effort, RPE 8)."""
    entry = _entry(**{key: text})
    assert (getattr(entry, key), getattr(entry, other)) == (None, value)


def test_an_at_effort_in_a_rir_column_is_refused() -> None:
    """'@2' in a RIR column names no measure ('@' is a coach's RPE): refused, naming the field."""
    with pytest.raises(hr.ProgramError, match=r"exercises\[0\]\.rir"):
        _entry(rir="@2")


def test_a_german_sheet(tmp_path: Path) -> None:
    """A sheet headed in German (Woche, Tag, Übung, Sätze, Wdh, Pause) with Excel's 'sep=;' and
    decimal commas: two sessions, Montag and Donnerstag (it was 'needs an exercise and a sets
    column')."""
    text = (
        "sep=;\nWoche;Tag;Übung;Sätze;Wdh;RPE;Pause\n"
        "1;Montag;Rumänisches Kreuzheben;3;8-10;7,5;2 min\n1;Montag;Nordic Curl;3;5;8;2 min\n"
        "1;Donnerstag;Good Morning;3;8;7;2 min\n"
    )
    program = hr.load_program(_csv(tmp_path, text))
    assert [(s.day_name, len(s.entries)) for s in program.sessions] == [("mon", 2), ("thu", 1)]
    first = program.sessions[0].entries[0]
    assert (first.sets, first.reps, first.rpe, first.notes) == (3, "8-10", 7.5, "rest 2 min")


def test_a_session_column_of_days(tmp_path: Path) -> None:
    """A Workout column of 'W1D1', 'W1D2', 'W2D1' places the rows in weeks and days, as a day
    column would; one of weekday names gives the weekdays."""
    text = "Workout,Exercise,Sets,Reps\nW1D1,RDL,3,8\nW1D2,Nordic Curl,3,5\nW2D1,RDL,3,8\n"
    program = hr.load_program(_csv(tmp_path, text))
    assert [[s.name for s in w.sessions] for w in program.weeks] == [["Day 1", "Day 2"], ["Day 1"]]
    text = "Workout,Exercise,Sets,Reps\nMonday,RDL,3,8\nThursday,Nordic Curl,3,5\n"
    program = hr.load_program(_csv(tmp_path, text))
    assert [(s.name, s.day_name) for s in program.sessions] == [("Monday", "mon"), ("Thursday", "thu")]


def test_cells_with_their_unit_and_a_hold_without_reps(tmp_path: Path) -> None:
    """'3 sets', '8 reps' and a hold of '30s' read as their numbers; a hold with no reps is one
    hold a set (the plank was 'reps: Field required')."""
    text = (
        "Day,Exercise,Sets,Reps,Hold\nMon,Romanian Deadlift,3 sets,8-10 reps,\nMon,Copenhagen Plank,3,,30s\n"
    )
    first, plank = hr.load_program(_csv(tmp_path, text)).sessions[0].entries
    assert (first.sets, first.reps) == (3, "8-10")
    assert (plank.sets, plank.reps, plank.hold_s) == (3, "1", 30)
    data = _one(hold_s=20)
    del data["sessions"][0]["exercises"][0]["reps"]
    entry = hr.load_program(data).sessions[0].entries[0]
    assert (entry.reps, entry.hold_s) == ("1", 20)


_SLOPPY = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 30) | st.sampled_from([10**30, -(10**30), 2**53 + 1]),
    st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([3.0, 8.0, 2.5]),
    st.text(max_size=6) | st.sampled_from(["mon", "Day 2", "3-1-X-0", "", "RDL"]),
    st.binary(max_size=3),
    st.lists(st.integers(-1, 5), max_size=5).map(tuple) | st.lists(st.integers(-1, 5), max_size=5),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)


@given(
    entry=st.lists(_SLOPPY, min_size=10, max_size=10),
    session=st.lists(_SLOPPY, min_size=2, max_size=2),
    program=st.lists(_SLOPPY, min_size=2, max_size=2),
)
def test_programs_built_from_any_values_check_or_name_the_field(
    entry: list[Any], session: list[Any], program: list[Any]
) -> None:
    """A Program built in Python from any values: repr() never raises, and check(), to_dict()
    and load_program() give a result or a RequestError naming a place in the program."""
    keys = (
        "exercise",
        "sets",
        "reps_low",
        "reps_high",
        "tempo",
        "rir",
        "rpe",
        "hold_s",
        "notes",
        "explosive",
    )
    built = P(
        "p" if program[0] is None else program[0],
        (
            W(
                (
                    S(
                        "A" if session[0] is None else session[0],
                        (E(**dict(zip(keys, entry, strict=True))),),
                        day=session[1],
                    ),
                )
            ),
        ),
        stage=program[1],
    )
    assert repr(built).startswith("<Program")
    for call in (hr.check, hr.load_program, lambda p: p.to_dict()):
        location = "program"
        try:
            call(built)
        except hr.RequestError as exc:
            location = exc.location or ""
        assert location.startswith("program"), location


@pytest.mark.parametrize(
    ("w1d1", "w1d2", "w2d1"), [("Week 1 Day 1", "Week 1 Day 2", "Week 2 Day 1"), ("W1D1", "W1D2", "W2D1")]
)
def test_a_week_column_heading_that_names_the_day_too(
    tmp_path: Path, w1d1: str, w1d2: str, w2d1: str
) -> None:
    """A heading row 'Week 1 Day 2' in the Week column was read as week 2 and the day dropped:
    a 2-day week became two 1-session weeks (HR005 and a false HR011 followed)."""
    text = (
        "Week,Day,Exercise,Sets,Reps\n"
        f"{w1d1},,,,\n,,RDL,3,8\n,,Squat,3,5\n"
        f"{w1d2},,,,\n,,Good morning,3,10\n,,Bulgarian split squat,3,8\n"
        f"{w2d1},,,,\n,,RDL,3,8\n"
    )
    program = hr.load_program(_csv(tmp_path, text))
    assert [[(s.name, [e.exercise for e in s.entries]) for s in w.sessions] for w in program.weeks] == [
        [("Day 1", ["RDL", "Squat"]), ("Day 2", ["Good morning", "Bulgarian split squat"])],
        [("Day 1", ["RDL"])],
    ]
    assert "HR011" not in {f.code for f in hr.check(program) if f.location.week == 1}


def test_a_title_above_a_program_sheets_header_is_passed_over(tmp_path: Path) -> None:
    """A coach's sheet titled with the client's name was refused as a log ('no date column ...
    supported exports: Hevy ...'), never mentioning programs; errors keep the file's lines."""
    text = "Hamstring block - Coach Mike,,,\n,,,\nExercise,Sets,Reps,RPE\nRDL,3,8,8\nLeg curl,3,10-12,\n"
    path = _csv(tmp_path, text)
    program = hr.load_program(path)
    assert [(e.exercise, e.sets, e.reps_low) for e in program.sessions[0].entries] == [
        ("RDL", 3, 8),
        ("Leg curl", 3, 10),
    ]
    assert hr.check(path).kind == "program"
    bad = _csv(tmp_path, text.replace("Leg curl,3,10-12", "Leg curl,x,10-12"), "bad.csv")
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(bad)
    assert "bad.csv:5: column 'Sets' (sets)" in str(info.value.location)


def test_a_title_without_separators_above_a_semicolon_sheet(tmp_path: Path) -> None:
    text = "Plan Oktober\nÜbung;Sätze;Wdh\nRumänisches Kreuzheben;3;8\n"
    program = hr.load_program(_csv(tmp_path, text))
    assert [(e.exercise, e.sets) for e in program.sessions[0].entries] == [("Rumänisches Kreuzheben", 3)]


@pytest.mark.parametrize(
    "reps",
    [
        "10 pro Bein",
        "10 je Seite",
        "10 por pierna",
        "10 c/u",
        "10 par jambe",
        "10 ea",
        "10 p/leg",
        "10 per gamba",
    ],
)
def test_per_leg_reps_in_the_languages_sheets_are_read_in(tmp_path: Path, reps: str) -> None:
    """'10 pro Bein' was refused in a sheet whose German headers were read."""
    program = hr.load_program(_csv(tmp_path, f"Übung;Sätze;Wdh\nBulgarian split squat;3;{reps}\n"))
    (entry,) = program.sessions[0].entries
    assert (entry.reps_low, entry.per_side) == (10, True)


def test_sets_listing_each_sets_reps(tmp_path: Path) -> None:
    """'3x10/8/6' in a sets cell was refused although '10/8/6' as reps and '3x8' as sets are read."""
    program = hr.load_program(_csv(tmp_path, "Exercise,Sets\nRDL,3x10/8/6\n"))
    (entry,) = program.sessions[0].entries
    assert (entry.sets, entry.reps_low, entry.reps_high) == (3, 6, 10)
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(_csv(tmp_path, "Exercise,Sets\nRDL,4x10/8/6\n", "four.csv"))
    assert "lists 3 sets' reps for 4 sets" in str(info.value) and "four.csv:2" in str(info.value)


def test_a_json_programs_findings_point_at_their_lines(tmp_path: Path) -> None:
    """YAML and CSV programs' findings carried their line; a JSON program's had none (SARIF
    regions and GitHub annotations without a line), though its parse errors had one."""
    text = json.dumps(
        {"name": "x", "sessions": [{"name": "A", "day": "mon", "exercises": [
            {"exercise": "Back squat", "sets": 3, "reps": 5},
            {"exercise": "Romanian deadlift", "sets": 3, "reps": 8},
        ]}]},
        indent=2,
    )  # fmt: skip
    path = tmp_path / "p.json"
    path.write_text(text, encoding="utf-8")
    report = hr.check(path)
    (late,) = [f for f in report if f.code == "HR003"]
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "Romanian deadlift" in row)
    assert late.location.line == line - 1  # the entry's opening brace, the line before its name
    from hamstring_rules.emitters.sarif import sarif as to_sarif

    sarif = to_sarif([report])
    regions = [r["locations"][0]["physicalLocation"].get("region") for r in sarif["runs"][0]["results"]]
    assert {"startLine": line - 1} in [{"startLine": r["startLine"]} for r in regions if r]
