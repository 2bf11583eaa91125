"""Program file shapes coaches and apps write (review27 R3 leftovers): a top-level list of sessions,
one session's exercises at the top, sessions keyed by weekday, a Hevy routine, an empty file - read
as the sessions they are, or refused in the user's words."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

_RDL = {"exercise": "RDL", "sets": 3, "reps": 8}
_CURL = {"exercise": "Seated leg curl", "sets": 3, "reps": 12}


def _sessions(program: hr.Program) -> list[tuple[str, int | None, list[str]]]:
    return [(s.name, s.day, [e.exercise for e in s.entries]) for s in program.sessions]


def test_a_top_level_list_is_the_sessions() -> None:
    """A file that is a list of sessions reads as a program of them, said in a notice."""
    yaml = (
        b"- name: Lower A\n  day: Mon\n  exercises:\n    - {exercise: RDL, sets: 3, reps: 8}\n"
        b"- name: Lower B\n  day: Thu\n  exercises:\n    - {exercise: Seated leg curl, sets: 3, reps: 12}\n"
    )
    program = hr.load_program(yaml, name="p.yaml")
    assert _sessions(program) == [("Lower A", 0, ["RDL"]), ("Lower B", 3, ["Seated leg curl"])]
    assert any("list of 2 sessions" in n for n in program.notices)


def test_a_list_entrys_error_keeps_its_line() -> None:
    """An error in a top-level list's session names the file line it is on."""
    yaml = (
        b"- name: A\n  exercises:\n    - {exercise: RDL, sets: 3, reps: 8}\n    - {exercise: RDL, sets: 99}\n"
    )
    with pytest.raises(hr.ProgramError, match=r"p\.yaml:4"):
        hr.load_program(yaml, name="p.yaml")


def test_exercises_at_the_top_are_one_session() -> None:
    """`name:` and `exercises:` (no sessions) are one session of that name, its day with it."""
    program = hr.load_program({"name": "Flat", "day": "wed", "exercises": [_RDL, _CURL]})
    assert _sessions(program) == [("Flat", 2, ["RDL", "Seated leg curl"])]
    assert program.name == "Flat"


def test_sessions_keyed_by_weekday() -> None:
    """`sessions: {Monday: [...], Thursday: [...]}`: a session for each key, the key its day."""
    program = hr.load_program({"name": "K", "sessions": {"Monday": [_RDL], "Thursday": [_CURL]}})
    assert [(s.day, [e.exercise for e in s.entries]) for s in program.sessions] == [
        (0, ["RDL"]),
        (3, ["Seated leg curl"]),
    ]


def test_sessions_keyed_by_name_hold_their_day() -> None:
    """A key that is no day names the session; a mapping under it is the session."""
    program = hr.load_program(
        {"name": "K", "sessions": {"Lower A": {"day": "tue", "exercises": [_RDL]}, "Lower B": [_CURL]}}
    )
    assert _sessions(program) == [("Lower A", 1, ["RDL"]), ("Lower B", None, ["Seated leg curl"])]


def test_a_keyed_sessions_error_keeps_its_line() -> None:
    """An error under a weekday key names its file line."""
    yaml = (
        b"name: K\nsessions:\n  Monday:\n"
        b"    - {exercise: RDL, sets: 3, reps: 8}\n    - {exercise: RDL, sets: 99}\n"
    )
    with pytest.raises(hr.ProgramError, match=r"p\.yaml:5"):
        hr.load_program(yaml, name="p.yaml")


def test_a_hevy_routine_reads_as_a_session() -> None:
    """A Hevy routine: its working sets counted, its warm-up sets an entry marked warm-up."""
    routine = {
        "routine": {
            "title": "Lower A",
            "exercises": [
                {
                    "title": "Romanian Deadlift (Barbell)",
                    "sets": [
                        {"type": "warmup", "weight_kg": 60, "reps": 8},
                        {"type": "normal", "weight_kg": 100, "reps": 8},
                        {"type": "normal", "weight_kg": 100, "reps": 6},
                    ],
                }
            ],
        }
    }
    program = hr.load_program(json.dumps(routine).encode(), name="r.json")
    entries = program.sessions[0].entries
    assert program.sessions[0].name == "Lower A"
    assert [(e.sets, e.reps_low, e.reps_high, e.notes) for e in entries] == [
        (1, 8, 8, "warm-up"),
        (2, 6, 8, None),
    ]
    assert hr.check(program).weeks[0].hamstring_sets == pytest.approx(2.0)


@pytest.mark.parametrize("text", [b"", b"null\n", b"# nothing here\n"])
def test_an_empty_file_says_it_is_empty(text: bytes) -> None:
    """An empty file is said to be empty, never given a type's name."""
    with pytest.raises(hr.ProgramError, match="the file is empty") as info:
        hr.load_program(text, name="p.yaml")
    assert "NoneType" not in str(info.value)


@given(
    days=st.lists(
        st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
        min_size=1,
        max_size=4,
        unique=True,
    ),
    reps=st.integers(1, 20),
)
def test_keyed_sessions_read_as_the_listed_ones(days: list[str], reps: int) -> None:
    """Sessions keyed by weekday read the same as the list of sessions with those days."""
    entry = {"exercise": "RDL", "sets": 3, "reps": reps}
    keyed = hr.load_program({"name": "P", "sessions": {day: [entry] for day in days}})
    listed = hr.load_program(
        {"name": "P", "sessions": [{"name": day, "day": day, "exercises": [entry]} for day in days]}
    )
    assert keyed.weeks == listed.weeks
