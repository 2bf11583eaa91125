"""A heavy lift's body-weight form (``Hip hinge drill``, ``Dowel hip hinge``, ``Bodyweight RDL``)
is light work, not hard sets, unless its effort says otherwise (review 22, R13: the drill's sets
counted as hard hinge sets)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.exercises import Level, LoadPosition

CATALOG = hr.Catalog.builtin()


def _program(*entries: dict[str, Any], goal: str = "tie_in_hypertrophy") -> dict[str, Any]:
    return {
        "name": "p",
        "goal": goal,
        "sessions": [
            {"name": "A", "day": "mon", "exercises": [dict(e) for e in entries]},
            {"name": "B", "day": "thu", "exercises": [dict(e) for e in entries]},
        ],
    }


def _hinge_sets(report: hr.Report) -> float:
    return report.weeks[0].sets_by_action["straight_knee_hip_extension"]


DRILLS = ["Hip hinge drill", "Dowel hip hinge", "Bodyweight RDL", "Bodyweight good morning"]


@pytest.mark.parametrize("name", DRILLS)
def test_a_heavy_lifts_body_weight_form_is_no_hard_hinge_set_and_the_report_says_why(name: str) -> None:
    curl = {"exercise": "Lying leg curl", "sets": 3, "reps": 10}
    assert _hinge_sets(hr.check(_program({"exercise": "Good morning", "sets": 4, "reps": 10}, curl))) == 8
    report = hr.check(_program({"exercise": name, "sets": 4, "reps": 10}, curl))
    assert _hinge_sets(report) == 0
    assert "HR002" in {f.code for f in report.findings}  # 6 curl sets, no hinge work that counts
    (said,) = [i for i in report.input_issues if "body-weight form" in i]
    assert name in said


@pytest.mark.parametrize("effort", [{"rpe": 8}, {"rir": 2}, {"rpe": 6}])
def test_an_effort_that_says_hard_counts_its_sets(effort: dict[str, Any]) -> None:
    report = hr.check(_program({"exercise": "Bodyweight RDL", "sets": 4, "reps": 20, **effort}))
    assert _hinge_sets(report) == 8
    assert not [i for i in report.input_issues if "body-weight form" in i]


def test_the_loaded_lift_and_a_moderately_loaded_lifts_body_weight_form_stay_hard_sets() -> None:
    for name in ("Romanian deadlift", "Single-leg RDL bodyweight", "45-degree back extension", "Nordic curl"):
        report = hr.check(_program({"exercise": name, "sets": 3, "reps": 8}))
        counted = sum(report.weeks[0].sets_by_action.values())
        assert counted == 6, (name, report.weeks[0].sets_by_action)


_DERIVED_BODYWEIGHT = sorted(
    {
        f"Bodyweight {ex.name}"
        for ex in CATALOG
        if ex.modality.value == "strength"
        and not ex.isometric
        and ex.load_position is not LoadPosition.BODYWEIGHT
    }
)


@given(name=st.sampled_from(_DERIVED_BODYWEIGHT))
@settings(max_examples=60, deadline=None)
def test_a_body_weight_form_is_light_exactly_when_its_base_is_made_for_heavy_load(name: str) -> None:
    res = CATALOG.classify(name, suggest=False)
    if res.exercise is None or res.base is None or res.exercise is res.base:
        return  # the grammar places it on another exercise (a catalog entry of its own)
    if res.exercise.load_position is not LoadPosition.BODYWEIGHT:
        return
    report = hr.check(_program({"exercise": name, "sets": 3, "reps": 12}, goal="posterior_chain"))
    counted = sum(report.weeks[0].sets_by_action.values())
    light = res.base.loadability is Level.HIGH
    assert (counted == 0) == light, (name, res.base.id, res.base.loadability)


def test_a_logs_body_weight_drill_is_light_too(tmp_path: Any) -> None:
    from ..logwriters import STRONG_V1

    rows = [
        f"2025-03-{day:02d} 18:00:00,Legs,1h,{name},{i},0,10,0,0,,,\n"
        for day in (3, 6)
        for name in ("Hip Hinge Drill", "Lying Leg Curl (Machine)")
        for i in (1, 2, 3)
    ]
    path = tmp_path / "log.csv"
    path.write_text(",".join(STRONG_V1) + "\n" + "".join(rows), encoding="utf-8")
    from datetime import date

    report = hr.check(path, as_of=date(2025, 3, 20))
    assert _hinge_sets(report) == 0
    assert report.weeks[0].sets_by_action["knee_flexion"] == 6


@given(name=st.sampled_from(_DERIVED_BODYWEIGHT))
@settings(max_examples=60, deadline=None)
def test_a_body_weight_form_carries_none_of_its_loads_attributes(name: str) -> None:
    """What the load made of the lift is gone: no high loadability, spinal load or fatigue, no
    bar or weight in its equipment (rv23 R6: a dowel hip hinge kept the barbell good morning's)."""
    res = CATALOG.classify(name, suggest=False)
    ex = res.exercise
    if ex is None or res.base is None or ex is res.base or ex.load_position is not LoadPosition.BODYWEIGHT:
        return
    assert (ex.loadability, ex.spinal_load, ex.systemic_fatigue) == (Level.LOW, Level.LOW, Level.LOW), name
    assert not {e.value for e in ex.equipment} & {"barbell", "trap_bar", "dumbbell", "kettlebell", "landmine"}


@pytest.mark.parametrize("name", DRILLS)
def test_strain_rehab_stage_1_does_not_exclude_a_body_weight_hinge_as_a_heavy_barbell_lift(name: str) -> None:
    entry = {"exercise": name, "sets": 2, "reps": 10}
    data: dict[str, Any] = {
        "name": "day 5",
        "goal": "strain_rehab",
        "stage": 1,
        "sessions": [{"name": "Rehab", "day": "mon", "exercises": [entry]}],
    }
    assert "HR010" not in {f.code for f in hr.check(data).findings}
    entry["exercise"] = "Romanian deadlift"  # the loaded lift still waits
    assert "HR010" in {f.code for f in hr.check(data).findings}


@pytest.mark.parametrize("effort", [{"rpe": 5}, {"rir": 5}, {}])
def test_an_easy_effort_or_none_leaves_the_body_weight_form_light(effort: dict[str, Any]) -> None:
    report = hr.check(_program({"exercise": "Bodyweight RDL", "sets": 4, "reps": 20, **effort}))
    assert _hinge_sets(report) == 0
