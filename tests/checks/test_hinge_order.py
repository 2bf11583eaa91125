"""HR003, the article's exercise order: "place the RDL or Good Morning at the start of your leg
workout when you are fresh. Most lifters relegate these movements to the end". After a squat,
lunge, press or deadlift it is a warning for the tie-in (a tired core); after other leg work -
a leg extension, curl, Nordic, hip thrust, bridge - it is information (``HR003-leg-work``);
power work, holds, stretches and another straight-knee hinge before it leave it at the start."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

RDL = {"exercise": "Romanian deadlift", "sets": 3, "reps": 8}


def _session(before: list[str], goal: str = "tie_in_hypertrophy") -> hr.Program:
    entries = [{"exercise": name, "sets": 4, "reps": 12} for name in before]
    return hr.load_program(
        {
            "name": "p",
            "goal": goal,
            "sessions": [
                {"name": "Legs", "day": "Mon", "exercises": [*entries, RDL]},
                {"name": "Legs 2", "day": "Thu", "exercises": [RDL]},
            ],
        }
    )


def _late(before: list[str], goal: str = "tie_in_hypertrophy") -> list[hr.Finding]:
    return [f for f in hr.check(_session(before, goal)).findings if f.code == "HR003"]


@pytest.mark.parametrize(
    "first", ["Back squat", "Leg press", "Step-up", "Walking lunge", "Conventional deadlift"]
)
def test_a_hinge_after_a_squat_lunge_press_or_deadlift_is_a_warning_for_the_tie_in(first: str) -> None:
    (finding,) = _late([first])
    assert finding.rule == "HR003" and finding.severity == "warning"
    assert first in finding.message


@pytest.mark.parametrize(
    "first",
    ["Leg extension", "Sissy squat", "Lying leg curl", "Nordic hamstring curl", "Hip thrust", "Glute bridge"],
)
def test_a_hinge_after_other_leg_work_is_not_at_the_start(first: str) -> None:
    (finding,) = _late([first])
    assert finding.rule == "HR003-leg-work" and finding.severity == "info"
    assert first in finding.message and "not at the start" in finding.message


@pytest.mark.parametrize(
    "first",
    [
        "Box jump",  # power work goes first (NSCA order)
        "Power clean",
        "Kettlebell swing",
        "Static hamstring stretch",
        "Isometric leg-curl hold",  # an activation hold
        "45-degree back extension",  # the hinge family first
        "Good morning",
        "Calf raise",
    ],
)
def test_power_work_holds_stretches_and_hinges_first_leave_the_hinge_at_the_start(first: str) -> None:
    assert _late([first]) == []


def test_the_finding_names_the_squat_when_curls_came_first_and_the_fix_puts_the_hinge_first() -> None:
    program = _session(["Lying leg curl", "Back squat"])
    (finding,) = [f for f in hr.check(program).findings if f.code == "HR003"]
    assert finding.rule == "HR003" and "after Back squat" in finding.message
    fixed, applied = hr.fix(program)
    assert fixed.sessions[0].entries[0].exercise == "Romanian deadlift"
    assert "HR003" not in hr.check(fixed).codes and [f.fixer for f in applied] == ["move-before"]


def test_a_warm_up_curl_does_not_leave_the_hinge_late() -> None:
    assert _late(["Warm-up leg curl"]) == []


LEG_WORK = [
    "Back squat",
    "Leg press",
    "Leg extension",
    "Lying leg curl",
    "Nordic hamstring curl",
    "Hip thrust",
]
NOT_TIRING = ["Box jump", "Static hamstring stretch", "Isometric leg-curl hold", "Calf raise", "Good morning"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(LEG_WORK + NOT_TIRING), max_size=4),
    st.sampled_from(["tie_in_hypertrophy", "posterior_chain", "distal_hypertrophy"]),
)
def test_hr003_fires_exactly_when_leg_work_comes_before_the_hinge(before: list[str], goal: str) -> None:
    late = _late(before, goal)
    # the hinge's own session only (Thursday's RDL stands alone); Good morning, a heavy hinge
    # itself, may be flagged after the leg work before it too
    rdl = [f for f in late if f.location.exercise_index == len(before) + 1]
    assert bool(rdl) is any(name in LEG_WORK for name in before)
    # a hinge at the start of the session is never late, whatever follows it
    assert _late([], goal) == []
