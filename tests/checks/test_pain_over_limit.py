"""Pain above the goal's limit is a finding for the goals without rehab stages (HR042): a check with
pain 8/10 said so only in its notes and passed (review28 N10). Said once a check: a program's first
week, a log's latest."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logwriters import WorkoutSpec, write

GOALS = ["tie_in_hypertrophy", "distal_hypertrophy", "strain_prevention", "posterior_chain"]


def _week() -> dict[str, Any]:
    return {"sessions": [{"name": "A", "day": "mon", "exercises": [
        {"exercise": "Romanian deadlift", "sets": 3, "reps": 8},
        {"exercise": "Seated leg curl", "sets": 3, "reps": 10}]}]}  # fmt: skip


def _pain_findings(report: hr.Report) -> list[hr.Finding]:
    return [f for f in report.findings if f.code == "HR042"]


@pytest.mark.parametrize("goal", GOALS)
def test_pain_above_the_limit_is_a_warning_once(goal: str) -> None:
    program = {"name": "x", "weeks": [_week(), _week(), _week()]}
    report = hr.check(program, goal=goal, pain=8)
    (finding,) = _pain_findings(report)
    assert finding.severity == "warning" and not report.ok
    assert "8/10" in finding.message and finding.location.week == 1


@pytest.mark.parametrize("goal", ["rehab", "strain_rehab"])
def test_the_rehab_goals_step_back_instead(goal: str) -> None:
    program = {"name": "x", **_week()}
    report = hr.check(program, goal=goal, stage=3, pain=8)
    assert not _pain_findings(report) and report.stepped_back


def test_a_log_says_it_on_its_latest_week() -> None:
    start = datetime(2025, 3, 3, 7, 0)
    workouts: list[WorkoutSpec] = [
        ("Lower", start + timedelta(weeks=k), [("Romanian Deadlift (Barbell)", "normal", 80.0, 8)] * 3)
        for k in range(3)
    ]
    log = hr.load_log(write("hevy_kg", workouts).encode(), name="hevy.csv")
    report = hr.check(log, pain_24h=7, as_of=date(2025, 4, 1))
    (finding,) = _pain_findings(report)
    assert finding.location.week_label == "2025-W12"


pains = st.one_of(st.none(), st.integers(0, 10), st.floats(0, 10, allow_nan=False).map(lambda p: round(p, 1)))


@settings(max_examples=30, deadline=None)
@given(pains, pains)
def test_the_flag_follows_the_worse_pain(pain: float | None, pain_24h: float | None) -> None:
    report = hr.check({"name": "x", **_week()}, pain=pain, pain_24h=pain_24h)
    worst = max((p for p in (pain, pain_24h) if p is not None), default=0)
    assert bool(_pain_findings(report)) == (worst > 5)


def test_the_strain_rehab_lengthening_message_is_true_of_an_extender_only_week() -> None:
    # the Extender is one of Askling's lengthening exercises: the message names what is missing
    days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    extender = {"exercise": "Askling extender", "sets": 3, "reps": 12}
    program = {"name": "x", "sessions": [{"name": d, "day": d, "exercises": [extender]} for d in days]}
    (finding,) = [f for f in hr.check(program, goal="strain_rehab", stage=1).findings if f.code == "HR001"]
    assert "Diver" in finding.message and "Glider" in finding.message
    assert "nothing loads" not in finding.message
