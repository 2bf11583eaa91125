"""Review 24's R6 (a plan prescribing P005's Nordic dose builds it up whatever the goal), R7 (a
safe fix never brings in what the stage ranks down, nor a lift of another joint action) and R9
(one file's error is a document in every --format) (helper api16)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._data import builtin_data

# -- R6: the build-up is keyed on the prescription, not the goal --------------------------------


def _built_up_sessions(p: hr.Plan, week: int) -> list[str]:
    """The prescriptions of week ``week``'s entries whose dose is P005's (the Nordic's build-up)."""
    return [c.prescription for c in p.choices if c.week == week and "P005" in _dose_rules(p, c)]


def _dose_rules(p: hr.Plan, c: hr.PlanChoice) -> tuple[str, ...]:
    stage = p.stage
    ranking = hr.recommend(p.goal or "", stage=stage)
    by_id = {r.exercise.id: r for r in ranking}
    rec = by_id.get(c.exercise_id)
    return rec.prescription.rules if rec is not None else ()


def test_strain_rehab_stage_3_starts_the_nordic_as_petersen_does() -> None:
    """The stage-3 strain-rehab plan's Nordic (P005, '1-3 (build-up), then 1') is one session of
    2 x 5 in week 1 and two of 2 x 6 in week 2, as the strain-prevention plan's: it was three
    sessions from week 1 (review 24 R6)."""
    p = hr.plan("strain_rehab", stage=3, weeks=4)
    nordic = [
        [c.prescription for c in p.choices if c.week == w and c.exercise_id == "nordic_curl"]
        for w in (1, 2, 3)
    ]
    assert nordic[0] == ["2 x 5 @ 4-0-0-0"]
    assert nordic[1] == ["2 x 6 @ 4-0-0-0"] * 2
    assert len(nordic[2]) == 3
    assert "PL016" in {n.code for n in p.notes}


def test_sessions_the_build_up_skips_keep_their_knee_flexion() -> None:
    """A session the build-up's week leaves the Nordic out of keeps its role's best exercise of
    another dose (a leg curl), so stage 3 still trains knee flexion every session."""
    p = hr.plan("strain_rehab", stage=3, weeks=2)
    for week in (1, 2):
        sessions = {c.session for c in p.choices if c.week == week}
        with_flexion = {c.session for c in p.choices if c.week == week and c.role == "knee_flexion"}
        assert with_flexion == sessions
    others = [
        c for c in p.choices if c.week == 1 and c.role == "knee_flexion" and c.exercise_id != "nordic_curl"
    ]
    assert others and all("P005" not in _dose_rules(p, c) for c in others)


def test_every_build_up_dose_has_its_protocol() -> None:
    """Each shipped prescription whose frequency says 'build-up' has a [[build_up]] in plans.toml
    keyed on its rule, and each [[build_up]] names such a rule: no dose is built up in one plan and
    started full in another."""
    rules = hr.RuleSet.builtin()
    says = {
        r.id
        for r in rules
        if r.effect.kind == "prescribe"
        and "build-up" in str(r.effect.prescription.get("frequency_per_week", ""))
    }
    keyed = {b["rule"] for b in builtin_data()["plans.toml"]["build_up"]}
    assert says == keyed


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    goal_stage=st.sampled_from(
        [("strain_prevention", None), ("strain_rehab", 3), ("strain_rehab", 2), ("rehab", 3), ("rehab", 4)]
    ),
    days=st.integers(min_value=1, max_value=6),
)
def test_no_plan_starts_a_build_up_dose_full(goal_stage: tuple[str, int | None], days: int) -> None:
    """Whatever the goal, stage and days: week 1 holds a P005 dose in at most one session, at 2 x 5."""
    goal, stage = goal_stage
    p = hr.plan(goal, stage=stage, weeks=1, days=days)
    assert _built_up_sessions(p, 1) in ([], ["2 x 5 @ 4-0-0-0"])
