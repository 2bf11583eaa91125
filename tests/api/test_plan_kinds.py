"""Review 28 N9: a rehab stage-4 plan (energy storage and return to sport, Goom 2016) held only
kettlebell swings in its energy-storage slot - no jump, no run. A layout slot's ``modalities``
are kinds of work the role's sessions cover one each in turn; a kind the week cannot hold is
said (PL017) (helper api24)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.errors import RuleError
from hamstring_rules.rules import parse_plan_layout

_CATALOG = hr.Catalog.builtin()
_RETURN_TO_SPORT = {hr.Modality.RUNNING, hr.Modality.PLYOMETRIC}


def _kinds(plan: hr.Plan) -> set[hr.Modality]:
    found = set()
    for week in plan.weeks:
        for session in week.sessions:
            for entry in session.entries:
                ex = _CATALOG.classify(entry.exercise).exercise
                assert ex is not None, entry.exercise
                found.add(ex.modality)
    return found


@pytest.mark.parametrize("days", [2, 3])
def test_stage_4_plans_a_jump_and_a_run(days: int) -> None:
    """The role's first sessions take a plyometric and a run; the plan still passes its own
    check (no warning or error)."""
    plan = hr.plan("rehab", stage=4, days=days)
    assert _kinds(plan) >= _RETURN_TO_SPORT
    assert not [f for f in hr.check(plan).findings if f.severity in ("error", "warning")]
    assert "PL017" not in {n.code for n in plan.notes}


def test_one_day_holds_one_kind_and_says_which_is_missing() -> None:
    plan = hr.plan("rehab", stage=4, days=1)
    assert _kinds(plan) & _RETURN_TO_SPORT
    (note,) = [n for n in plan.notes if n.code == "PL017"]
    missing = _RETURN_TO_SPORT - _kinds(plan)
    assert [m.value for m in missing] == [note.message.split("holds no ")[1].split(" work")[0]]
    assert "1 session a week" in note.message


_ALL_ENERGY = ["Sprint", "Running", "A-skip", "Bounding", "Box jump", "Jump squat"]


@settings(max_examples=15, deadline=None)
@given(
    equipment=st.none() | st.lists(st.sampled_from([e.value for e in hr.Equipment]), max_size=6, unique=True),
    exclude=st.lists(st.sampled_from(_ALL_ENERGY), max_size=len(_ALL_ENERGY), unique=True),
    days=st.integers(min_value=1, max_value=7),
)
def test_a_return_to_sport_kind_is_planned_or_said(
    equipment: list[str] | None, exclude: list[str], days: int
) -> None:
    """Whatever the request: each of the slot's kinds is in the week, or PL017 names it."""
    try:
        plan = hr.plan("rehab", stage=4, days=days, equipment=equipment, exclude=exclude)
    except hr.HamstringRulesError:
        return  # nothing can be planned at all: said by the error
    said = " ".join(n.message for n in plan.notes if n.code == "PL017")
    for kind in _RETURN_TO_SPORT - _kinds(plan):
        assert kind.value in said, (kind, [str(n) for n in plan.notes])


def test_a_slots_kinds_are_checked() -> None:
    layout = {"slots": [{"role": "energy_storage", "modalities": ["running", "swimming"]}]}
    with pytest.raises(RuleError, match="swimming") as err:
        parse_plan_layout(layout, "pack.toml: goal.plan")
    assert "slots[0].modalities[1]" in str(err.value)
    parsed = parse_plan_layout({"slots": [{"role": "x", "modalities": ["plyometric"]}]}, "pack.toml")
    assert parsed.slots[0].modalities == ("plyometric",)
