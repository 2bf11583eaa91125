"""Acute strain rehab stage 1 judges a loaded hinge or curl by its dose, not its implement: a
dumbbell RDL for 5 reps at RPE 9 is heavy (HR038), a light one is not (review27 R26)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr


def _codes(name: str, reps: int, rpe: float | None, stage: int = 1) -> tuple[str, ...]:
    entry: dict[str, Any] = {"exercise": name, "sets": 3, "reps": reps, "tempo": "3-0-1-0"}
    if rpe is not None:
        entry["rpe"] = rpe
    program = {"name": "x", "sessions": [{"name": "A", "day": "mon", "exercises": [entry]}]}
    return hr.check(program, goal="strain_rehab", stage=stage).codes


LOADED = ["Dumbbell RDL", "Single-leg RDL", "Weighted 45-degree back extension", "Kettlebell RDL"]


@pytest.mark.parametrize("name", LOADED)
def test_a_loaded_hinge_planned_heavy_at_stage_1_is_flagged_whatever_the_implement(name: str) -> None:
    assert "HR038" in _codes(name, 5, 9)
    assert "HR038" in _codes(name, 12, 8.5)  # near failure, at any reps
    assert "HR038" in _codes(name, 5, None)  # 5 reps: a heavy target
    assert "HR038" not in _codes(name, 12, 6)  # light: the stage's work
    assert "HR038" not in _codes(name, 5, 9, stage=2)  # stage 2 loads on purpose


def test_one_reason_one_finding() -> None:
    # a barbell hinge is ruled out by its implement (HR010), a failure set is HR018's
    assert "HR038" not in _codes("Romanian deadlift", 5, 9) and "HR010" in _codes("Romanian deadlift", 5, 9)
    assert _codes("Dumbbell RDL", 8, 10).count("HR038") == 0 and "HR018" in _codes("Dumbbell RDL", 8, 10)
    # the L-protocol's body-weight lengthening is the stage's work, however hard
    assert "HR038" not in _codes("Diver", 8, 9)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(LOADED), st.integers(1, 20), st.sampled_from([None, 5.0, 6.0, 7.0, 7.5, 8.0, 9.0, 9.5])
)
def test_the_flag_follows_the_dose(name: str, reps: int, rpe: float | None) -> None:
    easy = rpe is not None and rpe < 6  # planned easy (logs.EASY_RPE): no hard sets, whatever the reps
    heavy = not easy and (reps <= 6 or (rpe is not None and rpe >= 8))
    assert ("HR038" in _codes(name, reps, rpe)) == heavy
