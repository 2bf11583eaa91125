"""Review 28 N8: a substitute fix() swaps in takes its own prescription's sets (the stage's dose),
not the count of the entry it replaces; where the replaced count is kept (within the
prescription's range, or none given) the fix says so (helper api24)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._fixers import int_range

_CATALOG = hr.Catalog.builtin()


def _program(goal: str, stage: int, name: str, sets: int, **dose: Any) -> dict[str, Any]:
    return {
        "name": "swap",
        "goal": goal,
        "stage": stage,
        "sessions": [{"name": "Gym", "day": "mon", "exercises": [{"exercise": name, "sets": sets, **dose}]}],
    }


def _swaps(result: hr.FixResult) -> list[hr.Fix]:
    return [f for f in result.fixes if f.fixer == "substitute"]


def test_six_sprints_become_the_extenders_three_sets() -> None:
    """review28's p13: Sprint 40m 6 x 1 at strain rehab stage 1 was 'Askling extender 6 x 12':
    six runs are not six sets of the extender, whose dose is Askling 2013's 3 x 12."""
    result = hr.fix(_program("strain_rehab", 1, "Sprint 40m", 6, reps=1))
    (swap,) = _swaps(result)
    (entry,) = result.program.sessions[0].entries
    assert entry.exercise == "Askling extender"
    assert (entry.sets, entry.reps_low, entry.reps_high) == (3, 12, 12)
    assert "3 x 12" in swap.title
    assert "not the 6 of Sprint 40m" in swap.reason


def test_a_count_inside_the_prescription_is_kept_and_said() -> None:
    """review28's p06: RDL 4 x 6 at rehab stage 2 became a cable hip extension 4 x 10-15 with no
    word on the sets: 4 is within the stage's 3-4, so it is kept, and the fix says it was."""
    result = hr.fix(_program("rehab", 2, "Romanian deadlift", 4, reps=6, rpe=9))
    (swap,) = _swaps(result)
    entry = result.program.sessions[0].entries[0]
    assert entry.sets == 4
    assert "sets kept" in swap.title
    assert "4 sets kept from Romanian deadlift" in swap.reason


@settings(max_examples=12, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("strain_rehab", 1, "Sprint 40m", {"reps": 1}),
            ("strain_rehab", 1, "Nordic curl", {"reps": 6}),
            ("rehab", 2, "Romanian deadlift", {"reps": 8}),
            ("rehab", 1, "Leg press", {"reps": 10}),
            ("rehab", 2, "Standing toe touch hamstring stretch", {"hold_s": 60}),
        ]
    ),
    sets=st.integers(min_value=1, max_value=10),
)
def test_swapped_sets_are_the_prescriptions(case: tuple[str, int, str, dict[str, Any]], sets: int) -> None:
    """Whatever count the replaced entry had, the substitute's sets lie in its own prescription's
    range at the stage (recommend()'s), and the fix says 'kept' exactly when it kept the count."""
    goal, stage, name, dose = case
    result = hr.fix(_program(goal, stage, name, sets, **dose))
    ranked = {rec.exercise.name: rec for rec in hr.recommend(goal, stage=stage)}
    for swap in _swaps(result):
        (edit,) = swap.edits
        value = edit.value or {}
        rec = ranked[value["exercise"]]
        low, high = int_range(rec.prescription.sets) or (0, 99)
        assert low <= value["sets"] <= high, (swap.title, rec.prescription.sets)
        kept = value["sets"] == sets and low < high
        assert ("kept from" in swap.reason) == kept, swap.reason
