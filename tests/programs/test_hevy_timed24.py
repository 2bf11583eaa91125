"""A Hevy routine with timed and distance sets (progs23's leftover): read as holds and distances,
each kind its own entry, not refused as an unknown ``routine`` key."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr


def _routine(*exercises: dict[str, object]) -> hr.Program:
    return hr.load_program(
        json.dumps({"routine": {"title": "Legs", "exercises": list(exercises)}}).encode(), name="r.json"
    )


def test_timed_and_distance_sets_are_read() -> None:
    program = _routine(
        {
            "title": "Romanian Deadlift (Barbell)",
            "sets": [{"type": "normal", "reps": 8, "weight_kg": 80}] * 3,
        },
        {
            "title": "Plank",
            "sets": [{"type": "normal", "duration_seconds": 45}, {"type": "normal", "duration_seconds": 60}],
        },
        {"title": "Sled push", "sets": [{"type": "normal", "distance_meters": 20}] * 2},
    )
    rdl, plank, sled = program.sessions[0].entries
    assert (rdl.sets, rdl.reps_low) == (3, 8)
    assert (plank.sets, plank.hold_s) == (2, 45)
    assert plank.notes is not None and "60 s" in plank.notes  # the longer hold is not lost
    assert sled.sets == 2 and sled.notes is not None and "20 m" in sled.notes
    assert any("Hevy routine" in notice for notice in program.notices)


def test_a_set_with_neither_reps_time_nor_distance_is_still_not_read_as_a_routine() -> None:
    try:
        _routine({"title": "Plank", "sets": [{"type": "normal"}]})
    except hr.ProgramError as exc:
        said = str(exc)
    else:
        said = ""
    assert "routine" in said


@given(st.lists(st.integers(5, 300), min_size=1, max_size=10))
def test_timed_sets_are_that_many_holds_of_the_shortest(times: list[int]) -> None:
    program = _routine({"title": "Plank", "sets": [{"type": "normal", "duration_seconds": t} for t in times]})
    entry = program.sessions[0].entries[0]
    assert (entry.sets, entry.hold_s) == (len(times), min(times))
