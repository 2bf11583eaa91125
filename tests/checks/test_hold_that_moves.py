"""An entry whose name says hold and whose tempo says movement (HR039): the name places an
isometric exercise, whose exemptions (rehab stage 1 allows it, tendon spacing skips it) would
apply to a lift that moves; the check asks which it is (review27 leftovers: ``Leg curl (hold)``
3 x 10 at 3-0-1-0 was silently the isometric)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

HOLDS = ["Leg curl (hold)", "Isometric leg curl", "Glute bridge hold", "Single-leg glute bridge hold"]
MOVING = ["Lying leg curl", "Glute bridge", "Romanian deadlift"]


def _codes(name: str, reps: int | str, tempo: str | None, goal: str = "posterior_chain") -> tuple[str, ...]:
    entry: dict[str, Any] = {"exercise": name, "sets": 3, "reps": reps}
    if tempo is not None:
        entry["tempo"] = tempo
    program = {"name": "x", "sessions": [{"name": "A", "day": "mon", "exercises": [entry]}]}
    return hr.check(program, goal=goal).codes


@pytest.mark.parametrize("name", HOLDS)
def test_a_hold_with_a_moving_tempo_is_asked_about(name: str) -> None:
    assert hr.Catalog.builtin().classify(name).exercise.isometric  # type: ignore[union-attr]
    assert "HR039" in _codes(name, 10, "3-0-1-0")
    assert "HR039" in _codes(name, 10, "0-0-X-0")  # an explosive concentric moves too
    assert "HR039" in _codes(name, 10, "2-0-2-0", goal="rehab")
    assert "HR039" not in _codes(name, "45s", None)  # a hold dosed by its time
    assert "HR039" not in _codes(name, "30s", "0-10-0-0")  # a tempo of pauses only
    assert "HR039" not in _codes(name, 10, None)  # no tempo: nothing contradicts the name


@pytest.mark.parametrize("name", MOVING)
def test_a_moving_lift_with_a_tempo_is_not_asked_about(name: str) -> None:
    assert "HR039" not in _codes(name, 10, "3-0-1-0")


def test_the_finding_names_the_entry_the_exercise_and_the_tempo() -> None:
    program = {
        "name": "x",
        "sessions": [{"name": "A", "day": "mon", "exercises": [
            {"exercise": "Isometric leg curl", "sets": 3, "reps": 10, "tempo": "2-0-2-0"}]}],
    }  # fmt: skip
    (finding,) = [f for f in hr.check(program).findings if f.code == "HR039"]
    assert "Isometric leg curl" in finding.message and "2-0-2-0" in finding.message
    assert finding.severity == "warning"
    assert finding.location.exercise == "Isometric leg curl"


phase = st.integers(0, 6)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(HOLDS), phase, phase, phase, phase, st.booleans())
def test_the_flag_follows_the_tempo(name: str, e: int, p1: int, c: int, p2: int, fast: bool) -> None:
    concentric = "X" if fast else str(c)
    tempo = f"{e}-{p1}-{concentric}-{p2}"
    moves = e > 0 or fast or c > 0
    assert ("HR039" in _codes(name, 8, tempo)) == moves
