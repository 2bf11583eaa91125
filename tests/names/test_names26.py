"""Names after session names26 (review rv29 V3, V4, V9, V11).

V3: a hamstring stretch said with a word of motion - swung, kicked, walked, scooped or swept,
glided or flossed, or said "dynamic" - is a dynamic warm-up or nerve-glide drill with no static
end-range hold, out of scope saying so; it was the static hamstring stretch, and HR010 called a
physio's warm-up (leg swings, nerve glides) contraindicated at strain-rehab stage 1. What
evidence.md names provocative early is "loaded or static stretching at end range".
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

CATALOG = hr.Catalog.builtin()
STRETCH = "static_hamstring_stretch"
DRILL = "dynamic warm-up or nerve-glide drill"


def _read(name: str) -> hr.Resolution:
    return CATALOG.classify(name)


def _is_drill(name: str) -> bool:
    res = _read(name)
    return res.status == "out_of_scope" and res.exercise is None and DRILL in res.reason


def _program(goal: str, stage: int, names: list[str], *, static: str = "") -> dict[str, Any]:
    exercises: list[dict[str, Any]] = [{"exercise": n, "sets": 2, "reps": 10} for n in names]
    if static:
        exercises.append({"exercise": static, "sets": 2, "hold_s": 30})
    return {"goal": goal, "stage": stage, "sessions": [{"day": "Mon", "exercises": exercises}]}


# -- V3: the dynamic drills ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # the review's names
        "Leg swings",
        "Leg swings (front to back)",
        "Inchworms",
        "Toy soldiers",
        "Frankenstein walk",
        "Hamstring sweeps",
        "Hamstring scoops",
        "World's greatest stretch",
        "Hamstring flossing",
        "Hamstring nerve glide",
        "Sciatic nerve floss",
        "Dynamic hamstring stretch",
        "Walking hamstring scoops",
        # ... and names nobody listed
        "Side to side leg swings",
        "Lateral leg swing",
        "Straight-leg kicks",
        "Walking high kicks",
        "Walking toe touches",
        "Walking knee hugs",
        "Sciatic nerve glides (seated)",
        "Neural flossing (slump)",
        "Dynamic hamstring stretching",
        "Moving hamstring stretch",
        "Hamstring stretch - dynamic",
        "Elephant walks",
        "Inch worm",
    ],
)
def test_a_stretch_swung_kicked_walked_or_glided_is_a_dynamic_drill(name: str) -> None:
    """rv29 V3: each was the static hamstring stretch (no assumption said), so strain-rehab stage 1
    and tendinopathy stage 2 called it contraindicated (HR010): a dynamic drill holds no end range."""
    assert _is_drill(name), _read(name).describe()


_MOTION = ["Dynamic", "Walking", "Moving", "Travelling"]
_STRETCHES = [
    "hamstring stretch",
    "standing hamstring stretch",
    "toe touch",
    "straight leg stretch",
    "forward fold",
    "hamstring stretching",
    "seated hamstring stretch",
]


@settings(max_examples=40, deadline=None)
@given(motion=st.sampled_from(_MOTION), stretch=st.sampled_from(_STRETCHES), before=st.booleans())
def test_a_word_of_motion_never_leaves_a_stretch_static(motion: str, stretch: str, before: bool) -> None:
    """Property: any hamstring stretch that is the static stretch alone, said with a word of
    motion before or after it, is no longer the static stretch (it was "Static hamstring stretch
    (walking)"): the word of motion is what the name says of it. (Said in a bracket after a
    catalog alias, "Standing hamstring stretch (dynamic)", it is still the static stretch: see
    names26's report.)"""
    alone = _read(stretch).exercise
    assert alone is not None and alone.id == STRETCH, stretch
    name = f"{motion} {stretch}" if before else f"{stretch} - {motion.lower()}"
    res = _read(name)
    # (after a dash "walking" may be a walk of its own: asked, never the static stretch)
    assert _is_drill(name) or (not before and res.status == "unknown"), res.describe()


@pytest.mark.parametrize(
    "name",
    [
        "Hamstring stretch",
        "Standing hamstring stretch",
        "Slump stretch",
        "Passive straight leg raise stretch",
        "Toe touch",
        "Knee hugs",
        "Downward dog",
        "Static hamstring stretch",
    ],
)
def test_a_stretch_said_with_no_word_of_motion_stays_the_static_stretch(name: str) -> None:
    """The rule takes only a word of motion: a held stretch stays the static stretch (HR010's)."""
    res = _read(name)
    assert res.exercise is not None and (res.base or res.exercise).id == STRETCH, res.describe()


@pytest.mark.parametrize(
    ("name", "exercise"),
    [
        ("Kettlebell swing", "kettlebell_swing"),
        ("Glider hamstring curl", "slider_leg_curl"),
        ("Walking lunge", "walking_lunge"),
        ("Glute kickback", "glute_kickback"),
        ("Askling extender", "askling_extender"),
    ],
)
def test_a_word_of_motion_in_a_strength_movement_changes_nothing(name: str, exercise: str) -> None:
    """The rule is a stretch's: the swing, the glider's curl and the walking lunge keep their reading."""
    res = _read(name)
    assert res.exercise is not None and (res.base or res.exercise).id == exercise, res.describe()


def _hr010(report: hr.Report) -> set[str]:
    return {f.location.exercise or "" for f in report.findings if f.code == "HR010"}


def test_a_strain_rehab_warm_up_of_swings_and_glides_is_no_error() -> None:
    """The review's case: strain rehab stage 1, leg swings and a sciatic nerve floss before the
    Extender and the Glider gave HR010 errors; the static stretch beside them still does."""
    report = hr.check(
        _program(
            "strain_rehab",
            1,
            ["Leg swings", "Sciatic nerve floss", "Askling extender", "Askling glider"],
            static="Standing hamstring stretch",
        )
    )
    assert _hr010(report) == {"Standing hamstring stretch"}, report


def test_a_rehab_stage_2_warm_up_of_toy_soldiers_is_no_error() -> None:
    """The review's case: tendinopathy stage 2, toy soldiers before a bridge and a slider curl."""
    report = hr.check(_program("rehab", 2, ["Toy soldiers", "Glute bridge", "Slider leg curl"]))
    assert "Toy soldiers" not in _hr010(report), report
