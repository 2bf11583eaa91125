"""The distal goal's own lead movement is checked as the tie-in's is (HR040: a week of hinges only
passed with an info, review28 N2), and a Nordic dosed far above the prevention protocols is named
outside rehab too (HR041: 6 x 20 twice a week passed, review28 N3)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logwriters import WorkoutSpec, write


def _program(*sessions: list[tuple[str, int, int | str]]) -> dict[str, Any]:
    days = ["mon", "wed", "fri"]
    return {
        "name": "x",
        "sessions": [
            {
                "name": days[i],
                "day": days[i],
                "exercises": [{"exercise": n, "sets": s, "reps": r} for n, s, r in entries],
            }
            for i, entries in enumerate(sessions)
        ],
    }


def test_a_distal_week_without_knee_flexion_is_a_warning() -> None:
    hinges = _program([("Romanian deadlift", 3, 10)], [("Good morning", 3, 10)])
    report = hr.check(hinges, goal="distal_hypertrophy")
    (finding,) = [f for f in report.findings if f.code == "HR040"]
    assert finding.severity == "warning" and not report.ok
    assert "knee-flexion" in finding.message


@pytest.mark.parametrize(
    "curl", ["Seated leg curl", "Lying leg curl", "Nordic curl", "Stability ball leg curl"]
)
def test_any_knee_flexion_answers_it(curl: str) -> None:
    program = _program([("Romanian deadlift", 3, 10)], [(curl, 3, 8)])
    assert "HR040" not in hr.check(program, goal="distal_hypertrophy").codes


@pytest.mark.parametrize("goal", ["tie_in_hypertrophy", "posterior_chain", "strain_prevention"])
def test_other_goals_are_not_asked_for_knee_flexion_by_it(goal: str) -> None:
    hinges = _program([("Romanian deadlift", 3, 10)], [("Good morning", 3, 10)])
    assert "HR040" not in hr.check(hinges, goal=goal).codes


def test_the_fix_adds_the_goal_s_knee_flexion() -> None:
    hinges = _program([("Romanian deadlift", 3, 10)], [("Good morning", 3, 10)])
    fixed = hr.fix(hinges, goal="distal_hypertrophy", unsafe=True)
    assert "HR040" not in hr.check(fixed.program, goal="distal_hypertrophy").codes


def test_a_distal_log_week_in_progress_says_so_far() -> None:
    start = datetime(2025, 3, 3, 7, 0)  # a Monday
    workouts: list[WorkoutSpec] = [
        ("Lower", start, [("Romanian Deadlift (Barbell)", "normal", 80.0, 10)] * 3)
    ]
    log = hr.load_log(write("hevy_kg", workouts).encode(), name="hevy.csv")
    report = hr.check(log, goal="distal_hypertrophy", as_of=date(2025, 3, 5))
    (finding,) = [f for f in report.findings if f.code == "HR040"]
    assert finding.severity == "info" and "so far" in finding.message


NORDIC_GOALS = ["tie_in_hypertrophy", "distal_hypertrophy", "strain_prevention", "posterior_chain"]


@pytest.mark.parametrize("goal", NORDIC_GOALS)
def test_nordics_far_above_the_protocols_are_named(goal: str) -> None:
    program = _program([("Nordic curl", 6, 20), ("Sprint", 4, 1)], [("Nordic curl", 6, 20)])
    found = [f for f in hr.check(program, goal=goal).findings if f.code == "HR041"]
    assert len(found) == 2 and all(f.severity == "warning" for f in found)
    assert "120" in found[0].message


@pytest.mark.parametrize("dose", [(2, 5), (3, 6), (3, "8-10"), (3, 12), (2, "10-12")])
def test_the_protocols_doses_pass(dose: tuple[int, int | str]) -> None:
    sets, reps = dose
    program = _program([("Nordic curl", sets, reps)], [("Romanian deadlift", 3, 8)])
    assert "HR041" not in hr.check(program, goal="strain_prevention").codes


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 10), st.integers(1, 25))
def test_the_flag_follows_the_session_s_planned_reps(sets: int, reps: int) -> None:
    program = _program([("Nordic curl", sets, reps)], [("Romanian deadlift", 3, 8)])
    assert ("HR041" in hr.check(program, goal="strain_prevention").codes) == (sets * reps > 36)


def test_a_logged_overdose_is_named_too() -> None:
    start = datetime(2025, 3, 3, 7, 0)
    workouts: list[WorkoutSpec] = [
        ("Lower", start + timedelta(days=d), [("Nordic Curl", "normal", None, 15)] * 5) for d in (0, 3)
    ]
    log = hr.load_log(write("hevy_kg", workouts).encode(), name="hevy.csv")
    assert "HR041" in hr.check(log, goal="strain_prevention", as_of=date(2025, 3, 20)).codes
