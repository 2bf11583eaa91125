"""Review 28 N14: plan(days=6, minutes=20) cut a tie-in week to 4 hamstring sets (HR012) in two
sessions and left 4 of the 6 days free. What the minutes cut now goes on the free days (PL018),
each exercise keeping its rest, while the week is below its volume; or the plan says why not
(PL019) (helper api24)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

_HYPERTROPHY = ["tie_in_hypertrophy", "posterior_chain", "distal_hypertrophy"]


def _warnings(plan: hr.Plan) -> set[str]:
    return {f.code for f in hr.check(plan).findings if f.severity in ("error", "warning")}


def test_the_reviewers_week_uses_its_free_days() -> None:
    plan = hr.plan("tie_in_hypertrophy", days=6, minutes=20, equipment=["box", "stability_ball", "band"])
    codes = {n.code for n in plan.notes}
    assert "PL018" in codes
    assert 2 < len(plan.sessions) <= 6
    assert "HR012" not in _warnings(plan)
    assert not _warnings(plan)  # the added sessions keep the rest HR006 asks


def test_no_free_day_no_added_session() -> None:
    """days=2: the two sessions are all the days there are; PL010 still says HR012 (as before)."""
    plan = hr.plan("tie_in_hypertrophy", days=2, minutes=20, equipment=["box", "stability_ball", "band"])
    assert len(plan.sessions) == 2
    assert "PL018" not in {n.code for n in plan.notes}


@settings(max_examples=15, deadline=None)
@given(
    goal=st.sampled_from(_HYPERTROPHY),
    days=st.integers(min_value=3, max_value=7),
    minutes=st.integers(min_value=15, max_value=30),
    equipment=st.none() | st.lists(st.sampled_from([e.value for e in hr.Equipment]), max_size=5, unique=True),
)
def test_a_week_cut_below_its_volume_uses_free_days_or_says_why(
    goal: str, days: int, minutes: int, equipment: list[str] | None
) -> None:
    try:
        plan = hr.plan(goal, days=days, minutes=minutes, equipment=equipment)
    except hr.HamstringRulesError:
        return
    codes = {n.code for n in plan.notes}
    for week in plan.weeks:
        assert len(week.sessions) <= days
        assert len({s.day for s in week.sessions}) == len(week.sessions)  # one session a day
    if "HR012" in _warnings(plan) and len(plan.sessions) < days:
        assert codes & {"PL019", "PL001"}, [str(n) for n in plan.notes]
    if "PL018" in codes:
        assert "HR006" not in _warnings(plan)
