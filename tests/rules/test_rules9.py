"""Rules judged by facts, after review 18 (rules9): a stretch is contraindicated early in tendon
rehab for what it stretches and where it puts the hip, not for being a stretch; a week of the
stage's holds is tendon loading; a body-weight lift's added load is not its whole load; a
program's easy sets are not hard sets, as a log's are not; a rule's params have ranges."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

CATALOG = hr.Catalog.builtin()
STRETCH = CATALOG.get("static_hamstring_stretch")


def _stretch(ident: str, hip: str, length: str, knee: str = "straight") -> hr.Exercise:
    """A stretch for a custom catalog, made from the static hamstring stretch by its facts (its
    tendon compression rated low: what compresses is left to the hip and hamstring facts)."""
    return attrs.evolve(
        STRETCH,
        id=ident,
        name=f"Zz {ident.replace('_', ' ')}",
        aliases=(),
        hip_flexion=hr.HipFlexion(hip),
        hamstring_length=hr.HamstringLength(length),
        knee=hr.KneeBehaviour(knee),
        tendon_compression=hr.Level.LOW,
    )


#: A hip-flexor stretch (half-kneeling, couch): the hip in extension, the hamstrings short.
HIP_FLEXOR = _stretch("hip_flexor_stretch", "extended", "short", "bent_fixed")
#: A quad stretch (standing, heel to glute): the hip near neutral, the knee bent.
QUAD = _stretch("quad_stretch", "extended", "short", "bent_fixed")


def _rehab(stage: int, *entries: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": "rehab",
        "goal": "rehab",
        "stage": stage,
        "sessions": [{"name": "A", "day": "mon", "exercises": list(entries)}],
    }


HOLD = {"exercise": "Standing isometric hip extension", "sets": 5, "hold_s": 45}


def _held(name: str, sets: int = 2) -> dict[str, Any]:
    return {"exercise": name, "sets": sets, "hold_s": 30}


# -- item 8: stretches judged by what they stretch and where the hip is -----------------------------


@pytest.mark.parametrize("stage", [1, 2])
def test_a_hip_flexor_or_quad_stretch_is_not_contraindicated_in_early_rehab(stage: int) -> None:
    """A hip-flexor stretch puts the hip in extension and a quad stretch keeps it near neutral:
    neither flexes the hip with the hamstrings long, which is what compresses the proximal tendon
    (Goom 2016). At rehab stages 1-2 neither is HR010 (or HR019, the hamstring-stretch warning);
    the static hamstring stretch still is, with the compression reason."""
    catalog = CATALOG.with_exercises([HIP_FLEXOR, QUAD])
    program = _rehab(stage, HOLD, _held(HIP_FLEXOR.name), _held(QUAD.name), _held("Static hamstring stretch"))
    report = hr.check(program, catalog=catalog)
    flagged = {f.location.exercise for f in report if f.code in ("HR010", "HR019")}
    assert flagged == {"Static hamstring stretch"}, [str(f) for f in report]
    (hr010,) = [f for f in report if f.code == "HR010"]
    assert "hip flexion" in hr010.message and "compresses the tendon" in hr010.message


@settings(max_examples=30, deadline=None)
@given(
    hip=st.sampled_from(["extended", "mid", "deep"]),
    length=st.sampled_from(["short", "mid", "long"]),
    knee=st.sampled_from(["straight", "soft_fixed", "bent_fixed"]),
    stage=st.sampled_from([1, 2]),
)
def test_an_early_rehab_stretch_is_flagged_only_when_it_lengthens_the_hamstring_in_hip_flexion(
    hip: str, length: str, knee: str, stage: int
) -> None:
    """Any stretch, by its facts alone: HR010 (or HR019) at rehab stages 1-2 exactly when it
    puts the hip in flexion - the hamstrings long (a hamstring stretch) or not (a hip-flexion
    stretch of the glutes): the position whose compression the message gives as the reason
    (Goom 2016); a stretch with the hip extended or near neutral is not flagged, whatever its
    name or how long it leaves the hamstrings."""
    ex = _stretch("some_stretch", hip, length, knee)
    report = hr.check(_rehab(stage, HOLD, _held(ex.name)), catalog=CATALOG.with_exercises([ex]))
    flagged = [f for f in report if f.code in ("HR010", "HR019") and f.location.exercise == ex.name]
    compresses = hip != "extended"
    assert bool(flagged) is compresses, (hip, length, knee, [str(f) for f in flagged])
    for finding in flagged:
        assert "hip flexion" in finding.message


def test_a_non_hamstring_stretch_is_out_of_the_ranking_not_excluded() -> None:
    """recommend() for rehab stage 1 leaves a hip-flexor stretch out as not hamstring work
    (out of scope), not as a contraindication; the static hamstring stretch stays a safety
    exclusion."""
    result = hr.recommend("rehab", stage=1, catalog=CATALOG.with_exercises([HIP_FLEXOR]), limit=None)
    kinds = {e.exercise.id: e.kind for e in result.excluded}
    assert kinds[HIP_FLEXOR.id] == "scope", kinds[HIP_FLEXOR.id]
    assert kinds["static_hamstring_stretch"] == "safety"


# -- item 13: HR020 and the stage's own loading ------------------------------------------------------


@pytest.mark.parametrize("stage", [1, 2])
def test_a_week_with_the_stages_holds_is_not_stretching_without_loading(stage: int) -> None:
    """Stage 1 prescribes isometric holds (Goom 2016), stage 2 keeps them: a week with 5 holds
    and a stretch loads the tendon, so HR020 ('no tendon loading ... add holds') is not said.
    The same stretch alone is."""
    with_holds = hr.check(_rehab(stage, HOLD, _held("Static hamstring stretch")))
    assert "HR020" not in with_holds.codes, [str(f) for f in with_holds]
    alone = hr.check(_rehab(stage, _held("Static hamstring stretch")))
    assert "HR020" in alone.codes


def test_a_log_of_holds_and_a_stretch_is_not_stretching_without_loading() -> None:
    """The same for a log: a stage-1 week of logged holds (45 s) and a hamstring stretch."""
    rows = ["Date,Exercise,Reps,Duration (s),Weight (kg)"]
    for day in ("2025-11-03", "2025-11-05"):
        rows += [f"{day} 08:00,Standing isometric hip extension,,45,"] * 5
        rows += [f"{day} 08:00,Hamstring Stretch,,30,"] * 2
    log = hr.load_log(io.StringIO("\n".join(rows)), name="holds.csv")
    report = hr.check(log, goal="rehab", stage=1, as_of=date(2025, 11, 30))
    assert "HR020" not in report.codes, [str(f) for f in report]


# -- item 15: a body-weight lift's added load ----------------------------------------------------------


def _bw_log(name: str, cells: Iterable[str]) -> hr.WorkoutLog:
    lines = ["Date,Exercise,Sets,Reps,Weight (kg)"]
    day = date(2025, 11, 3)
    for i, cell in enumerate(cells):
        lines.append(f"{day + timedelta(weeks=i)},{name},3,10,{cell}")
    return hr.load_log(io.StringIO("\n".join(lines)), name="bw.csv")


def _jumps(log: hr.WorkoutLog) -> list[hr.Finding]:
    weeks = len(log.workouts)
    report = hr.check(log, goal="rehab", stage=3, as_of=date(2025, 11, 3) + timedelta(weeks=weeks + 1))
    return [f for f in report if f.code == "HR033"]


def test_a_few_kilograms_added_to_body_weight_is_no_2x_jump() -> None:
    """Single-leg RDL at BW, BW, BW+5, BW+10: the lifter moves body weight plus 5, then plus 10
    kg - a few percent more - not '2x'. The added load is judged in kilograms, and 5 kg a week
    is within the step."""
    assert _jumps(_bw_log("Single Leg RDL", ["BW", "BW", "BW+5", "BW+10"])) == []


def test_a_big_rise_in_load_added_to_body_weight_is_a_jump_said_in_kilograms() -> None:
    """BW+5 then BW+20: 15 kg more on the body's weight in one week is a jump; the message says
    the load is added to body weight and gives the rise in kilograms, not a ratio of the added
    load."""
    (jump,) = _jumps(_bw_log("Single Leg RDL", ["BW", "BW+5", "BW+20"]))
    assert "body weight" in jump.message and "15.0 kg" in jump.message
    assert "4x" not in jump.message and "jumped 4" not in jump.message


@pytest.mark.parametrize(("before", "after", "fires"), [(5, 10, False), (10, 20, True)])
def test_a_body_weight_exercise_s_logged_weight_is_added_load(
    before: float, after: float, fires: bool
) -> None:
    """A 45-degree back extension is a body-weight exercise (the trunk is the load): a plate of
    5 kg, then 10, is no '2x' jump; 10 then 20 kg (10 kg more on the body in a week) is one."""
    jumps = _jumps(_bw_log("45-degree back extension", [str(before), str(before), str(after)]))
    assert bool(jumps) is fires, [str(f) for f in jumps]
    for jump in jumps:
        assert "body weight" in jump.message and "2x" not in jump.message


def test_a_loaded_lift_s_jump_is_still_a_ratio() -> None:
    """An RDL 40 -> 60 kg: the bar is the load; HR033 still says 1.5x."""
    (jump,) = _jumps(_bw_log("Romanian deadlift", ["40", "40", "60"]))
    assert "1.5x" in jump.message


# -- item 16: programs and logs agree on what a hard set is -------------------------------------------


def _program_sets(effort: dict[str, float]) -> tuple[float, bool]:
    program = {
        "name": "p",
        "goal": "tie_in_hypertrophy",
        "sessions": [
            {
                "name": "A",
                "day": "mon",
                "exercises": [{"exercise": "Romanian deadlift", "sets": 6, "reps": 8, **effort}],
            }
        ],
    }
    report = hr.check(program)
    return report.weeks[0].hamstring_sets, "HR001" in report.codes


def _log_sets(rpe: float) -> tuple[float, bool]:
    lines = ["Date,Exercise,Reps,Weight (kg),RPE"] + [f"2025-11-03,Romanian deadlift,8,60,{rpe:g}"] * 6
    log = hr.load_log(io.StringIO("\n".join(lines)), name="rpe.csv")
    report = hr.check(log, goal="tie_in_hypertrophy", as_of=date(2025, 11, 30))
    return sum(w.hamstring_sets for w in report.weeks), "HR001" in report.codes


def test_a_programs_sets_at_rpe_5_are_not_hard_sets() -> None:
    """18 sets at RPE 5 (more than 4 reps in reserve) are no hard sets in a log (Baz-Valle 2022):
    nor in a program. Beside a hard squat (lower-body work, no hamstring sets) the week gets
    HR012; with them counted it had 18 hamstring sets and none."""
    program = {
        "name": "easy",
        "goal": "tie_in_hypertrophy",
        "sessions": [
            {"name": "A", "day": "mon", "exercises": [
                {"exercise": "Back squat", "sets": 3, "reps": 5, "rpe": 8},
                {"exercise": "Romanian deadlift", "sets": 6, "reps": 8, "rpe": 5},
                {"exercise": "Seated leg curl", "sets": 6, "reps": 12, "rir": 5},
            ]},
            {"name": "B", "day": "thu", "exercises": [
                {"exercise": "Good morning", "sets": 6, "reps": 8, "rpe": 5},
            ]},
        ],
    }  # fmt: skip
    report = hr.check(program)
    assert report.weeks[0].hamstring_sets == 0
    assert "HR012" in report.codes


@settings(max_examples=25, deadline=None)
@given(rpe=st.sampled_from([1.0, 3.0, 5.0, 5.5, 6.0, 7.0, 8.5, 10.0]))
def test_a_program_and_its_log_count_the_same_hard_sets_at_any_rpe(rpe: float) -> None:
    """The same 6 RDL sets at one RPE count the same hard sets planned or logged, and the week
    has a hinge (HR001) in both or in neither; RIR 10 - RPE in a program counts as that RPE
    does."""
    logged = _log_sets(rpe)
    assert _program_sets({"rpe": rpe}) == logged
    if float(rpe).is_integer():  # RIR is whole reps: 10 - RPE for the whole RPEs
        assert _program_sets({"rir": int(10 - rpe)}) == logged


# -- item 26: params have ranges ------------------------------------------------------------------------


PROGRAM = {
    "name": "p",
    "sessions": [
        {"name": "A", "day": "mon", "exercises": [{"exercise": "Romanian deadlift", "sets": 3, "reps": 8}]}
    ],
}


@pytest.mark.parametrize(
    ("rule", "param", "value"),
    [
        ("HR012", "min_sets", -5),
        ("HR006", "min_rest_hours", -100),
        ("HR030", "max_ratio", -1),
        ("HR012", "min_sets", 1e9),
    ],
)
def test_an_out_of_range_param_is_refused_naming_rule_param_value_and_range(
    rule: str, param: str, value: float
) -> None:
    """A negative threshold (or a billion weekly sets) switched a check off or made it absurd;
    it is refused with the rule, the param, the value and the range."""
    with pytest.raises(hr.RuleError) as err:
        hr.check(PROGRAM, params={rule: {param: value}})
    text = str(err.value)
    assert rule in text and param in text and f"{value:g}" in text and "range" in text, text


def test_every_builtin_param_has_a_range_holding_its_default() -> None:
    """Each shipped rule declares a range for each of its params, and the default is in it; only
    a difference (HR030's rise over the mean or last week) may be negative."""
    for rule in hr.RuleSet.builtin():
        for name, value in rule.params.items():
            low, high = rule.param_ranges[name]
            assert low <= value <= high, (rule.id, name, value, (low, high))
            # thresholds count sets, hours, kg, weeks or are ratios; a difference of sets may be < 0
            assert low >= 0 or name.endswith(("_increase", "_rise")), (rule.id, name)


def test_the_cli_refuses_an_out_of_range_param(tmp_path: Any) -> None:
    """--param HR012.min_sets=-5: exit 2, the rule, param, value and range said."""
    file = tmp_path / "p.yaml"
    file.write_text(
        "name: p\nsessions:\n  - name: A\n    exercises:\n      - {exercise: RDL, sets: 3, reps: 8}\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", "check", str(file), "--param", "HR012.min_sets=-5"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert (
        "HR012" in done.stderr
        and "min_sets" in done.stderr
        and "-5" in done.stderr
        and "range" in done.stderr
    )


def _pack_rule(**extra: Any) -> dict[str, Any]:
    return {
        "id": "ZZ001",
        "symbol": "zz-few-sets",
        "scope": "week",
        "when": {"fact": "hamstring_sets", "op": "lt", "value": {"param": "min_sets"}},
        "effect": {"finding": {"severity": "info", "message": "few"}},
        "rationale": "r",
        "source": "heuristic",
        **extra,
    }


def test_a_rule_pack_param_outside_its_range_is_refused() -> None:
    """A pack rule's param is held to the same ranges: negative without a declared range is
    refused; a declared range allows what it declares and refuses a default outside it."""
    with pytest.raises(hr.RuleError, match="min_sets"):
        hr.RuleSet.from_data({"rule": [_pack_rule(params={"min_sets": -5})]})
    allowed = hr.RuleSet.from_data(
        {"rule": [_pack_rule(params={"min_sets": -5}, param_ranges={"min_sets": [-10, 10]})]}
    )
    assert allowed.get("ZZ001").param_ranges["min_sets"] == (-10.0, 10.0)
    with pytest.raises(hr.RuleError, match="range"):
        hr.RuleSet.from_data(
            {"rule": [_pack_rule(params={"min_sets": 50}, param_ranges={"min_sets": [0, 10]})]}
        )
    with pytest.raises(hr.RuleError, match="range"):
        allowed.with_params({"ZZ001": {"min_sets": 11}})
