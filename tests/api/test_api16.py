"""Review 24's R6 (a plan prescribing P005's Nordic dose builds it up whatever the goal), R7 (a
safe fix never brings in what the stage ranks down, nor a lift of another joint action) and R9
(one file's error is a document in every --format) (helper api16)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._data import builtin_data
from hamstring_rules._substitute import MIN_SIMILARITY
from hamstring_rules.cli import main

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


# -- R7: a safe fix never brings in what the stage ranks down, nor another joint action -------

_PHT2_QUADS = {
    "name": "PHT stage 2 + quads",
    "goal": "rehab",
    "stage": 2,
    "sessions": [
        {
            "name": "A",
            "day": "mon",
            "exercises": [
                {"exercise": "Long-lever bridge", "sets": 3, "reps": 12, "tempo": "3-0-3-0"},
                {"exercise": "Leg press", "sets": 3, "reps": 12, "tempo": "3-0-3-0"},
                {"exercise": "Lying leg curl", "sets": 3, "reps": 12, "tempo": "3-0-3-0"},
            ],
        },
        {
            "name": "B",
            "day": "thu",
            "exercises": [
                {"exercise": "Standing cable hip extension", "sets": 3, "reps": 12, "tempo": "3-0-3-0"},
                {"exercise": "Goblet squat", "sets": 3, "reps": 10, "tempo": "3-0-3-0"},
            ],
        },
    ],
}

_CATALOG = hr.Catalog.builtin()


def _brought_in(f: hr.Finding) -> hr.Exercise:
    assert f.fix is not None
    (edit,) = f.fix.edits
    assert edit.value is not None
    return _CATALOG.resolve(str(edit.value["exercise"]))


def _ranked_down(goal: str, stage: int) -> set[str]:
    """The exercises the stage's ranking penalises (a score rule below zero fired)."""
    return {
        r.exercise.id
        for r in hr.recommend(goal, stage=stage)
        if any(rule.effect.kind == "score" and rule.effect.score < 0 for rule in r.rules)
    }


def test_a_leg_press_at_rehab_stage_2_is_not_safely_a_rack_pull() -> None:
    """The stage-2 leg press and goblet squat (knee extension, HR010) were swapped 'safely' for a
    rack pull (dead-stop-rehab -5, high spinal load) and a bridge at similarity 0.35. No fix brings
    in the rack pull; a hip-extension swap is unsafe and says why; fix() leaves both."""
    report = hr.check(_PHT2_QUADS)
    hr010 = [f for f in report if f.code == "HR010"]
    assert [f.location.exercise for f in hr010] == ["Leg press", "Goblet squat"]
    for f in hr010:
        assert f.fix is not None and f.fix.applicability == "unsafe"
        assert _brought_in(f).id not in _ranked_down("rehab", 2)
        assert "changes what the program trains" in f.fix.reason
        assert "Rack pull" in f.fix.reason  # passed over, and said
    done = hr.fix(_PHT2_QUADS)
    assert [f.location.exercise for f in done.report if f.code == "HR010"] == ["Leg press", "Goblet squat"]
    assert "rack_pull" not in {
        _CATALOG.resolve(e.exercise).id for s in done.program.weeks[0].sessions for e in s.entries
    }


def _staged() -> list[tuple[str, int]]:
    return [(g.id, st) for g in hr.RuleSet.builtin().goals if g.staged for st in sorted(g.stages)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(goal_stage=st.sampled_from(_staged()), exercise=st.sampled_from(sorted(e.name for e in _CATALOG)))
def test_a_safe_substitute_keeps_the_joint_action_and_the_stage(
    goal_stage: tuple[str, int], exercise: str
) -> None:
    """Whatever exercise a staged goal's stage contraindicates: its fix never brings in one the
    stage ranks down, and a safe one keeps the joint action and substitute()'s similarity floor."""
    goal, stage = goal_stage
    program = {
        "name": "one",
        "goal": goal,
        "stage": stage,
        "sessions": [
            {"name": "A", "day": "mon", "exercises": [{"exercise": exercise, "sets": 3, "reps": 8}]}
        ],
    }
    original = _CATALOG.resolve(exercise)
    for f in hr.check(program):
        if f.code != "HR010" or f.fix is None or f.fix.fixer != "substitute":
            continue
        sub = _brought_in(f)
        assert sub.id not in _ranked_down(goal, stage), f.fix
        if f.fix.applicability == "safe":
            assert sub.primary_action is original.primary_action, f.fix
            found = {
                s.exercise.id: s.similarity
                for s in hr.substitute(exercise, goal=goal, stage=stage, limit=None)
            }
            assert found[sub.id] >= MIN_SIMILARITY, f.fix


# -- R9: one file's error is a document in the machine formats ---------------------------------

_BAD_SHEET = "Day,Exercise,Sets,Reps\nMon,Romanian deadlift,3,8\nMon,Sprint,6,lots\n"
_GOOD = (
    "name: ok\nsessions:\n  - name: A\n    day: mon\n    exercises:\n"
    "      - {exercise: Romanian deadlift, sets: 3, reps: 8}\n"
)
_LOG = "Date,Exercise,Weight,Reps\n2025-09-01,Romanian deadlift,100,8\n2025-09-03,Lying leg curl,40,10\n"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("name", "text", "more"),
    [
        ("bad.csv", _BAD_SHEET, ()),  # a program the reader refuses
        ("missing.yaml", None, ()),  # a file that is not there
        ("log.csv", _LOG, ("--as-of", "2025-01-01")),  # refused for the file: before its first day
    ],
)
def test_one_files_error_is_the_json_failure_document(
    tmp_path: Path, name: str, text: str | None, more: tuple[str, ...]
) -> None:
    """``check ONE_FILE --format json`` wrote nothing to stdout when the file could not be checked
    (exit 2), while several files each got a failure entry: one file's error is that entry alone,
    valid against the check schema, exit 2 kept and the error still on stderr."""
    path = tmp_path / name
    if text is not None:
        path.write_text(text, encoding="utf-8")
    code, out, err = _run(str(path), *more, "--format", "json")
    assert code == 2
    doc = json.loads(out)
    assert doc["source"] == str(path) and doc["error"]["code"].endswith("Error")
    assert "error:" in err
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(hr.json_schema("check")).validate(doc)
    good = tmp_path / "good.yaml"
    good.write_text(_GOOD, encoding="utf-8")
    _, several, _ = _run(str(good), str(path), *more, "--format", "json")
    assert json.loads(several)[1] == doc  # the same document the several-file array holds


@pytest.mark.parametrize(
    ("fmt", "writes"),
    [
        ("json", True),
        ("sarif", True),
        ("github", True),
        ("text", False),
        ("markdown", False),
        ("html", False),
    ],
)
def test_every_format_says_one_files_error_its_way(tmp_path: Path, fmt: str, writes: bool) -> None:
    """The machine formats write a document naming the file and its error (JSON's failure, SARIF's
    notification, GitHub's annotation); the human ones say it on stderr and write no empty
    report; every format exits 2."""
    path = tmp_path / "bad.csv"
    path.write_text(_BAD_SHEET, encoding="utf-8")
    code, out, err = _run(str(path), "--format", fmt)
    assert code == 2
    assert "lots" in err
    if writes:
        assert "bad.csv" in out and "lots" in out
    else:
        assert out == ""
