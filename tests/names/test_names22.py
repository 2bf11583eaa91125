"""Lower-body words the grammar filed elsewhere (review27 R2, R5, R6, R19, R20, R23): each
pattern as a property over its word family, and the check-level consequence."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

CATALOG = hr.Catalog.builtin()

# Lifts that read alone, with the exercise each reads as.
HINGES = {
    "RDL": "romanian_deadlift",
    "Romanian deadlift": "romanian_deadlift",
    "Good morning": "good_morning",
    "Stiff leg deadlift": "stiff_leg_deadlift",
    "Cable pull through": "cable_pull_through",
    "45-degree back extension": "back_extension_45",
    "Hip thrust": "hip_thrust",
    "Glute bridge": "glute_bridge",
}
LIFTS = {**HINGES, "Seated leg curl": "seated_leg_curl", "Nordic curl": "nordic_curl", "Lying leg curl": "lying_leg_curl"}


def _id(name: str) -> str | None:
    found = CATALOG.classify(name)
    return found.exercise.id if found.status == "exercise" and found.exercise is not None else None


def _program(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"name": "p", "sessions": [{"name": "A", "day": "mon", "exercises": list(entries)}]}


def _codes(result: Any) -> set[str]:
    return {f.code for f in result.findings}


# --- R19: a number with a weight unit is a load, never the deg45/deg90 position -------------

UNITS = ["kg", "kgs", "lb", "lbs", "pound", "pounds", "#", "kilos"]


@given(
    lift=st.sampled_from(sorted(LIFTS)),
    number=st.sampled_from(["45", "90", "20", "135"]),
    unit=st.sampled_from(UNITS),
    space=st.sampled_from(["", " "]),
    before=st.booleans(),
)
def test_a_number_with_a_weight_unit_is_a_load(lift: str, number: str, unit: str, space: str, before: bool) -> None:
    """`45 kg RDL`, `RDL 90 lb`, `45 pounds good morning`: the lift itself, whatever the number."""
    load = f"{number}{space}{unit}"
    name = f"{load} {lift}" if before else f"{lift} {load}"
    assert _id(name) == LIFTS[lift], name


def test_pound_is_a_unit_word() -> None:
    """`45 pound plate hyperextension` is the plate-loaded back extension, not an unknown `pound`."""
    assert _id("45 pound plate hyperextension") == _id("Plate hyperextension")


def test_a_bare_45_is_still_the_position() -> None:
    """Without a unit, 45 and 90 keep naming the bench's angle."""
    assert _id("45 back extension") == "back_extension_45"
    assert _id("90 degree back extension") != "back_extension_45"


# --- R20: the knee's slight bend in a hinge is a form cue, never a squat -------------------

SOFT_KNEES = [
    "slight knee bend", "soft knees", "knees slightly bent", "slightly bent knees", "slight bend in the knees",
    "knees unlocked", "soft knee", "slight bend at the knee",
]  # fmt: skip


@given(
    lift=st.sampled_from(sorted(LIFTS)),
    cue=st.sampled_from(SOFT_KNEES),
    form=st.sampled_from(["{lift} ({cue})", "{lift} with {cue}", "{lift}, {cue}", "{lift} {cue}", "{lift} - {cue}"]),
)
def test_a_soft_knee_cue_keeps_the_lift(lift: str, cue: str, form: str) -> None:
    """`Good morning (slight knee bend)`, `RDL knees slightly bent`: the lift, never a back squat."""
    name = form.format(lift=lift, cue=cue)
    assert _id(name) == LIFTS[lift], name


def test_a_soft_kneed_good_morning_counts_as_the_hinge() -> None:
    """The tie-in week with `Good morning (slight knee bend)` has its hinge: no HR001, no HR008."""
    program = _program(
        {"exercise": "Good morning (slight knee bend)", "sets": 3, "reps": 8},
        {"exercise": "Leg press", "sets": 3, "reps": 10},
        {"exercise": "45-degree back extension (slight knee bend)", "sets": 3, "reps": 15},
    )
    codes = _codes(hr.check(program))
    assert "HR001" not in codes
    assert "HR008" not in codes
