"""HR037: each rehab exercise against the rest its stage's prescription gives it (the Askling
glider every third day, 72 h; the Diver and heavy slow resistance every other day, 48 h), in
programs and in logs, across a program's repeating week and a log's week boundary."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logwriters import STRONG_V1

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _program(days: list[int], exercise: str = "Askling glider", goal: str = "strain_rehab") -> dict[str, Any]:
    return {
        "name": "spacing",
        "goal": goal,
        "stage": 1,
        "sessions": [
            {"name": f"S{i}", "day": DAYS[d], "exercises": [{"exercise": exercise, "sets": 3, "reps": 4}]}
            for i, d in enumerate(days, start=1)
        ],
    }


def _rest(report: hr.Report) -> list[hr.Finding]:
    return [f for f in report.findings if f.code == "HR037"]


def _cyclic_gaps(days: list[int]) -> list[int]:
    """The hours between a repeating week's sessions, by whole days (the week wraps)."""
    ordered = sorted(set(days))
    return [((b - a) % 7 or 7) * 24 for a, b in zip(ordered, ordered[1:] + ordered[:1], strict=True)]


def test_a_glider_on_monday_wednesday_and_friday_is_back_too_soon_twice() -> None:
    (finding,) = _rest(hr.check(_program([0, 2, 4])))
    assert finding.severity == "warning"
    # both short pairs are named, with the gap and what the stage prescribes; Friday to Monday is 72 h
    assert "S1 (mon) and S2 (wed), 48 h apart" in finding.message
    assert "S2 (wed) and S3 (fri), 48 h apart" in finding.message
    assert "72 h" in finding.message and "P009" in finding.message
    assert "S3 (fri) and next week" not in finding.message
    assert finding.location.exercise == "Askling glider"


@given(days=st.lists(st.integers(0, 6), min_size=1, max_size=5, unique=True))
@settings(max_examples=40, deadline=None)
def test_a_program_is_flagged_exactly_when_a_gap_of_its_repeating_week_is_under_72_h(days: list[int]) -> None:
    flagged = bool(_rest(hr.check(_program(days))))
    assert flagged == (len(days) > 1 and min(_cyclic_gaps(days)) < 72)


def test_monday_and_thursday_keep_the_gliders_rest_and_sunday_to_monday_across_the_week_does_not() -> None:
    assert not _rest(hr.check(_program([0, 3])))
    (finding,) = _rest(hr.check(_program([0, 3, 6])))  # Sunday, then next Monday: 24 h
    assert "S3 (sun) and next week's S1 (mon), 24 h apart" in finding.message


def test_the_diver_is_held_to_its_own_48_h_not_the_gliders_72() -> None:
    assert not _rest(hr.check(_program([0, 2, 4], exercise="Askling diver")))
    assert _rest(hr.check(_program([0, 1, 4], exercise="Askling diver")))


def test_an_exercise_without_a_prescribed_rest_and_goals_without_stages_are_not_judged() -> None:
    # holds need no rest between doses (the Extender is done twice daily)
    assert not _rest(hr.check(_program([0, 1, 2, 3, 4], exercise="Askling extender")))
    assert not _rest(hr.check(_program([0, 1, 2], goal="posterior_chain")))


def test_a_rule_parameter_moves_the_threshold() -> None:
    # a tolerance of 24 h: Monday-Wednesday (24 h short of 72) is within it
    assert not _rest(hr.check(_program([0, 2]), params={"HR037": {"max_hours_short": 24}}))
    assert _rest(hr.check(_program([0, 1]), params={"HR037": {"max_hours_short": 24}}))


@pytest.mark.parametrize(("goal", "stages"), [("strain_rehab", (1, 2, 3)), ("rehab", (1, 2, 3, 4))])
def test_the_libraries_own_plans_keep_every_exercises_rest(goal: str, stages: tuple[int, ...]) -> None:
    for stage in stages:
        plan = hr.plan(goal=goal, stage=stage)
        report = hr.check(plan, goal=goal, stage=stage)
        assert not _rest(report), (stage, [f.message for f in _rest(report)])


def _log(tmp_path: Path, days: list[date], exercise: str = "Askling Glider") -> Path:
    rows = [
        f"{datetime.combine(d, datetime.min.time()) + timedelta(hours=18):%Y-%m-%d %H:%M:%S},"
        f"Rehab,30m,{exercise},{i},0,4,0,0,,,\n"
        for d in days
        for i in (1, 2, 3)
    ]
    path = tmp_path / "log.csv"
    path.write_text(",".join(STRONG_V1) + "\n" + "".join(rows), encoding="utf-8")
    return path


def test_a_log_follows_an_exercise_across_the_week_boundary(tmp_path: Path) -> None:
    # Saturday, then Monday: 48 h, across ISO weeks; then Thursday and Sunday (72 h each)
    days = [date(2025, 3, 8), date(2025, 3, 10), date(2025, 3, 13), date(2025, 3, 16)]
    report = hr.check(_log(tmp_path, days), goal="strain_rehab", stage=1, as_of=date(2025, 3, 20))
    (finding,) = _rest(report)
    assert "48 h apart" in finding.message and "2025-03-08" in finding.message
    assert finding.location.date is not None and finding.location.date.startswith("2025-03-10")


def test_a_log_kept_every_third_day_is_not_flagged(tmp_path: Path) -> None:
    days = [date(2025, 3, 3) + timedelta(days=3 * k) for k in range(8)]
    report = hr.check(_log(tmp_path, days), goal="strain_rehab", stage=1, as_of=date(2025, 4, 1))
    assert not _rest(report)


def test_a_programs_wrap_points_at_this_weeks_session_not_its_first() -> None:
    """Week 1's Sunday, then (the week repeating, or week 2) Monday: the finding is at the Sunday,
    the session of the pair in week 1 - week 1's own Monday is 4 days from every other glider (rv23 R2)."""
    glider = [{"exercise": "Askling glider", "sets": 3, "reps": 4}]
    week = [{"name": n, "day": d, "exercises": glider} for n, d in (("A", "mon"), ("B", "thu"), ("C", "sun"))]
    data = {
        "name": "two weeks",
        "goal": "strain_rehab",
        "stage": 1,
        "weeks": [{"sessions": week}, {"sessions": week[:2]}],
    }
    (finding,) = _rest(hr.check(data))
    assert "C (sun) and next week's A (mon), 24 h apart" in finding.message
    assert (finding.location.week, finding.location.session, finding.location.day) == (1, "C", "sun")
