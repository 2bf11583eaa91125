"""A set object's ``type`` (progs25, leftover 2): ``sets: [{reps: 10, type: warmup}, ...]`` as apps
write a routine. Warm-up sets are read and counted as no hard sets, as a log's are (the same word
table, ``_log_words``); failure and drop sets are hard sets, a failure set RIR 0; a type of no set
kind is an error naming the value and its set."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr


def _program(sets: object, *, before: int = 0) -> hr.Program:
    exercises = [{"exercise": "Seated leg curl", "sets": 3, "reps": 12} for _ in range(before)]
    data = {
        "name": "p",
        "sessions": [
            {"name": "A", "day": "mon", "exercises": [*exercises, {"exercise": "RDL", "sets": sets}]}
        ],
    }
    return hr.load_program(json.dumps(data).encode(), name="p.json")


def _hinge_sets(program: hr.Program) -> float:
    report = hr.check(program, goal="tie_in_hypertrophy")
    return float(report.weeks[0].sets_by_action["straight_knee_hip_extension"])


WARM_UP_TYPES = ["warmup", "warm-up", "warm up", "W", "w", "Warm-Up Set", "Aufwärmen", "calentamiento"]


@pytest.mark.parametrize("kind", WARM_UP_TYPES)
def test_warm_up_sets_are_read_and_are_no_hard_sets(kind: str) -> None:
    """2 warm-up sets and 3 working sets: 3 hard hinge sets, the warm-up sets an entry of their own."""
    warm = [{"reps": 10, "weight": 40, "type": kind}, {"reps": 6, "weight": 60, "type": kind}]
    work = [{"reps": 8, "weight": 80, "type": "normal"}] * 3
    program = _program([*warm, *work])
    warm_entry, work_entry = program.sessions[0].entries
    assert (warm_entry.sets, warm_entry.reps_low, warm_entry.reps_high) == (2, 6, 10)
    assert warm_entry.notes is not None and warm_entry.notes.startswith("warm-up")
    assert (work_entry.sets, work_entry.reps_low, work_entry.reps_high) == (3, 8, 8)
    assert _hinge_sets(program) == 3
    assert any("warm-up sets" in notice for notice in program.notices)


def test_an_entry_of_warm_up_sets_only_is_a_warm_up() -> None:
    program = _program([{"reps": 10, "type": "warmup"}, {"reps": 8, "type": "warmup"}])
    (entry,) = program.sessions[0].entries
    assert entry.sets == 2 and entry.notes is not None and entry.notes.startswith("warm-up")
    assert _hinge_sets(program) == 0


@pytest.mark.parametrize(
    "kind", ["failure", "drop", "dropset", "Drop Set", "normal", "working", "F", None, ""]
)
def test_failure_drop_and_working_sets_are_hard_sets(kind: str | None) -> None:
    program = _program([{"reps": 8, "type": kind}, {"reps": 8, "type": kind}])
    (entry,) = program.sessions[0].entries
    assert entry.sets == 2
    assert _hinge_sets(program) == 2


def test_a_failure_set_is_rir_0_unless_its_effort_is_given() -> None:
    """The failure checks (HR018) see it; a set's own RPE stays the effort."""
    assert _program([{"reps": 10, "rpe": 7}, {"reps": 8, "type": "failure"}]).sessions[0].entries[0].rir == 0
    given_rpe = _program([{"reps": 8, "rpe": 9, "type": "failure"}]).sessions[0].entries[0]
    assert (given_rpe.rpe, given_rpe.rir) == (9, None)


def test_each_sets_kind_is_kept_in_the_notes() -> None:
    entry = (
        _program([{"reps": 8, "weight": 80}, {"reps": 12, "weight": 60, "type": "dropset"}])
        .sessions[0]
        .entries[0]
    )
    assert entry.notes is not None and "drop set" in entry.notes


@pytest.mark.parametrize("kind", ["superslow", "cluster-ish", 3, ["warmup"], "note"])
def test_a_type_of_no_set_kind_is_an_error_naming_it_and_its_set(kind: object) -> None:
    with pytest.raises(hr.ProgramError) as caught:
        _program([{"reps": 8}, {"reps": 8, "type": kind}])
    message = str(caught.value)
    assert "sets[1].type" in message and repr(kind)[:20] in message


def test_the_error_names_the_files_line_after_a_split_entry() -> None:
    """An entry split into warm-up and working sets moves the entries after it: an error in a later
    entry still names its own line (7: the line its entry starts on), not the split entry's (5)."""
    text = (
        "name: p\n"
        "sessions:\n"
        "  - day: mon\n"
        "    exercises:\n"
        "      - exercise: RDL\n"
        "        sets: [{reps: 10, type: warmup}, {reps: 8}]\n"
        "      - exercise: Seated leg curl\n"
        "        sets: [{reps: 8}, {reps: 8, type: bogus}]\n"
    )
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(text.encode(), name="p.yaml")
    assert caught.value.location is not None and caught.value.location.startswith("p.yaml:7:")
    assert "sets[1].type" in str(caught.value) and "'bogus'" in str(caught.value)


def test_a_hevy_routines_warm_up_words_are_the_log_readers() -> None:
    """A Hevy routine's ``warm up`` (any spelling the log reader knows) is a warm-up entry too."""
    routine = {
        "routine": {
            "title": "Legs",
            "exercises": [
                {
                    "title": "Romanian Deadlift (Barbell)",
                    "sets": [{"type": "Warm Up", "reps": 10}, {"type": "normal", "reps": 8}],
                }
            ],
        }
    }
    program = hr.load_program(json.dumps(routine).encode(), name="r.json")
    warm, work = program.sessions[0].entries
    assert warm.notes is not None and warm.notes.startswith("warm-up")
    assert (work.sets, work.reps_low) == (1, 8)


@given(
    kinds=st.lists(st.sampled_from(["warmup", "normal", "failure", "dropset", None]), min_size=1, max_size=8),
    before=st.integers(0, 2),
)
def test_the_hard_sets_are_the_sets_that_are_no_warm_up(kinds: list[str | None], before: int) -> None:
    """Whatever the mix and order, the entries hold every set, and the hard sets are the non-warm-up ones."""
    program = _program([{"reps": 8, "type": kind} for kind in kinds], before=before)
    entries = program.sessions[0].entries[before:]
    assert sum(entry.sets for entry in entries) == len(kinds)
    assert _hinge_sets(program) == sum(kind != "warmup" for kind in kinds)
