"""Session 17's API leftovers (helper api17): fix()'s alternates in a plan by stage, the rest a
plan prescribes by the exercise's load, the equipment reader's one apparatus an item names, the
CLI's --equipment phrase that stops at the exercise, the sprint's progression, and the numbers
substitute()'s reasons give."""

from __future__ import annotations

from typing import Any

import pytest

import hamstring_rules as hr

# -- fix(): a plan by stage's alternates come from each week's own stage --------------------------


def _week(stage: int, *sessions: list[tuple[str, int, int]]) -> dict[str, Any]:
    days = ("mon", "thu")
    return {
        "stage": stage,
        "sessions": [
            {"name": d, "day": d, "exercises": [{"exercise": n, "sets": s, "reps": r} for n, s, r in ex]}
            for d, ex in zip(days, sessions, strict=False)
        ],
    }


def _names(program: hr.Program) -> list[list[str]]:
    return [[e.exercise for s in w.sessions for e in s.entries] for w in program.weeks]


@pytest.mark.parametrize("exclude", [None, ["Flywheel leg curl"]])
def test_fix_takes_a_staged_weeks_alternates_from_its_own_stage(exclude: list[str] | None) -> None:
    """A rehab plan by stage whose stage-1 week and stage-3 week both hold lifts HR010 rules out:
    the fixes of both weeks' findings are tried together, and when the first ways would bring a
    finding the others were the first week's stage's (program_options took the report's stage):
    the stage-3 week's box jump became a stage-1 straight-knee bridge hold (similarity 0.17).
    Each week's alternates are its own stage's, so the stage-3 week is fixed as the same week
    is fixed alone as a stage-3 program."""
    stage_3 = [("Glute bridge", 2, 6), ("Box jump", 3, 6), ("Step-up", 2, 6), ("Pendulum squat", 3, 15)]
    staged = {
        "name": "staged",
        "goal": "rehab",
        "weeks": [_week(1, [("Sprint", 2, 10), ("Static hamstring stretch", 3, 10)]), _week(3, stage_3)],
    }
    alone = {"name": "alone", "goal": "rehab", "weeks": [_week(3, stage_3)]}
    fixed = hr.fix(staged, exclude=exclude, unsafe=True)
    by_itself = hr.fix(alone, exclude=exclude, unsafe=True)
    assert _names(fixed.program)[1] == _names(by_itself.program)[0]
    catalog = hr.Catalog.builtin()
    for name in _names(fixed.program)[1]:
        ex = catalog.classify(name).exercise
        assert ex is not None and not ex.isometric, name  # no stage-1 hold in the stage-3 week
