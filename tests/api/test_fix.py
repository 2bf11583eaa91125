"""fix(): findings carry mechanical repairs (ruff's model) and fix() applies them."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._fix import introduced
from hamstring_rules._fixers import apply_to_program
from hamstring_rules.cli import main
from hamstring_rules.findings import SEVERITY_ORDER

from ..strategies import program_data

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


def _program(*sessions: tuple[str, str, list[dict[str, Any]]], **extra: Any) -> dict[str, Any]:
    return {
        "name": "test",
        **extra,
        "sessions": [{"name": n, "day": d, "exercises": e} for n, d, e in sessions],
    }


def _names(program: hr.Program, session: int = 0) -> list[str]:
    return [e.exercise for e in program.sessions[session].entries]


SQUAT = {"exercise": "Squat (Barbell)", "sets": 3, "reps": "6-8"}
RDL = {"exercise": "Romanian deadlift", "sets": 3, "reps": "8-10"}


def test_a_hinge_after_the_squat_is_moved_before_it_as_a_safe_fix() -> None:
    """HR003 carries a safe fix that moves the hinge to just before the first leg work before it:
    here the leg curl (curls tire the hamstrings themselves: the article's hinge comes first)."""
    data = _program(
        ("A", "mon", [{"exercise": "Leg curl", "sets": 3, "reps": 12}, SQUAT, RDL]),
        ("B", "thu", [RDL]),
        goal="tie_in_hypertrophy",
    )
    finding = next(f for f in hr.check(data) if f.code == "HR003")
    assert finding.fix is not None and finding.fix.applicability == "safe"
    fixed, applied = hr.fix(data)
    assert _names(fixed)[:3] == ["Romanian deadlift", "Leg curl", "Squat (Barbell)"]
    assert [f.fixer for f in applied] == ["move-before"]
    assert "HR003" not in hr.check(fixed).codes


def test_unsafe_fixes_apply_only_when_asked() -> None:
    """Adding exercises is unsafe: fix() leaves it alone unless unsafe=True."""
    path = EXAMPLES / "typical_leg_day.yaml"
    safe = hr.fix(path)
    assert safe.fixes == () and safe.remaining_unsafe >= 1
    result = hr.fix(path, unsafe=True)
    assert result.report.passes("error") and "HR009" not in result.report.codes
    assert _names(result.program)[0] == "Romanian deadlift"  # renamed, then moved first


def test_a_rename_that_reveals_a_misplaced_hinge_takes_the_move_with_it() -> None:
    """A fix whose result has a new finding as severe is kept only with that finding's fix."""
    result = hr.fix(EXAMPLES / "typical_leg_day.yaml", unsafe=True)
    first = result.steps[0]
    assert [f.fixer for f in first] == ["rename", "move-before"]


def test_rehab_fixes_set_the_tempo_and_swap_the_contraindicated() -> None:
    """HR007 gets a slow eccentric, HR010 the most similar exercise the stage allows."""
    data = _program(
        (
            "A",
            "mon",
            [
                {"exercise": "Romanian deadlift", "sets": 3, "reps": 8},
                {"exercise": "Kettlebell swing", "sets": 3, "reps": 15},
            ],
        ),
        goal="rehab",
        stage=3,
    )
    report = hr.check(data)
    assert {"HR007", "HR010"} <= set(report.codes)
    fixed = hr.fix(data)
    after = hr.check(fixed.program)
    assert not {"HR007", "HR010"} & set(after.codes)
    rdl = fixed.program.sessions[0].entries[0]
    assert rdl.tempo is not None and rdl.tempo[0] >= 3
    swapped = fixed.program.sessions[0].entries[1]
    assert swapped.exercise != "Kettlebell swing" and swapped.sets == 3


def test_short_recovery_moves_a_day() -> None:
    """HR006: one heavy session moves to a free day at least 48 h (HR006's threshold) from the other."""
    data = _program(("A", "mon", [RDL]), ("B", "tue", [RDL]), goal="tie_in_hypertrophy")
    result = hr.fix(data, unsafe=True)
    days = sorted(s.day for s in result.program.sessions if s.day is not None)
    gap = min(days[1] - days[0], days[0] + 7 - days[1])
    assert gap >= 2 and not [f for f in result.report if f.code == "HR006" and f.severity == "warning"]


def test_the_finisher_goes_later_in_the_workout_than_the_heavy_hinge() -> None:
    """HR004: the goal's best high-rep hip-extension isolation is inserted in the heavy hinge's
    session after its lower-body work ("followed later in the workout"): after the squat."""
    data = _program(("A", "mon", [RDL, SQUAT]), ("B", "thu", [RDL]), goal="tie_in_hypertrophy")
    assert "HR004" in hr.check(data).codes
    result = hr.fix(data, unsafe=True)
    entries = result.program.sessions[0].entries
    assert _names(result.program)[:2] == ["Romanian deadlift", "Squat (Barbell)"]
    assert entries[2].reps_high >= 15
    assert "HR004" not in result.report.codes


def test_curl_heavy_weeks_move_sets_to_the_hinge() -> None:
    """HR002: sets move from leg curls to the hinge until they no longer outnumber it."""
    curls = [
        {"exercise": "Lying leg curl", "sets": 4, "reps": 12},
        {"exercise": "Seated leg curl", "sets": 4, "reps": 12},
    ]
    data = _program(("A", "mon", [RDL, *curls]), ("B", "thu", [RDL]), goal="posterior_chain")
    assert "HR002" in hr.check(data).codes
    result = hr.fix(data, unsafe=True)
    week = result.report.weeks[0].sets_by_action
    assert week["knee_flexion"] <= week["straight_knee_hip_extension"]
    assert "HR002" not in result.report.codes
    assert any(f.fixer == "shift-sets" for f in result.fixes)


def test_a_stage_1_week_of_leg_curl_holds_is_not_a_missing_hinge() -> None:
    """Rehab stage 1 is holds near hip neutral: leg-curl holds alone raise neither HR001 nor HR002."""
    hold = {"exercise": "Isometric leg-curl hold", "sets": 5, "reps": 1, "hold_s": 30}
    report = hr.check(_program(("A", "mon", [hold]), goal="rehab", stage=1))
    assert not {"HR001", "HR002"} & set(report.codes)
    assert "HR001" in hr.check(_program(("A", "mon", [hold]), goal="rehab", stage=3)).codes


def test_fixes_are_in_the_json_contract() -> None:
    """A finding's JSON carries its fix (title, applicability, edits) or null."""
    data = hr.check(EXAMPLES / "typical_leg_day.yaml").to_dict()
    fixes = {f["code"]: f["fix"] for f in data["findings"]}
    assert fixes["HR002"] is None
    assert fixes["HR001"]["applicability"] == "unsafe"
    assert fixes["HR001"]["edits"][0]["op"] == "insert"


def test_logs_carry_no_fixes() -> None:
    """A workout log is history: no finding of a log has a fix."""
    assert all(f.fix is None for f in hr.check(EXAMPLES / "hevy_export.csv"))


def test_an_unknown_fixer_in_a_rule_pack_is_rejected() -> None:
    """A rule pack naming a fixer that does not exist fails with the path inside the rule."""
    rule = {
        "id": "MY001",
        "symbol": "mine",
        "scope": "week",
        "effect": {"finding": {"severity": "info", "message": "x", "fix": {"fixer": "teleport"}}},
        "rationale": "r",
        "source": "heuristic",
    }
    with pytest.raises(hr.RuleError, match="teleport"):
        hr.RuleSet.from_data({"rule": [rule]})


ARTICLE = yaml.safe_load((EXAMPLES / "article_program.yaml").read_text())
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


@st.composite
def mutated_programs(draw: st.DrawFn) -> dict[str, Any]:
    """The article's program with a few edits people make: reorder, drop, retype, re-day, re-goal."""
    data: dict[str, Any] = copy.deepcopy(ARTICLE)
    sessions = data["sessions"]
    for _ in range(draw(st.integers(1, 4))):
        session = draw(st.sampled_from(sessions))
        entries = session["exercises"]
        kind = draw(st.sampled_from(["swap", "drop", "typo", "day", "tempo", "reps", "squat"]))
        i = draw(st.integers(0, len(entries) - 1))
        if kind == "swap":
            j = draw(st.integers(0, len(entries) - 1))
            entries[i], entries[j] = entries[j], entries[i]
        elif kind == "drop" and len(entries) > 1:
            entries.pop(i)
        elif kind == "typo":
            name = entries[i]["exercise"]
            k = draw(st.integers(0, len(name) - 2))
            entries[i]["exercise"] = name[:k] + name[k + 1] + name[k] + name[k + 2 :]
        elif kind == "day":
            session["day"] = draw(st.sampled_from(DAYS))
        elif kind == "tempo":
            entries[i].pop("tempo", None)
        elif kind == "reps":
            entries[i]["reps"] = draw(st.sampled_from([5, "6-8", "12-15", "20-25"]))
        elif kind == "squat":
            entries.insert(0, dict(SQUAT))
    goals = ["tie_in_hypertrophy", "posterior_chain", "distal_hypertrophy", "rehab"]
    data["goal"] = draw(st.sampled_from(goals))
    if data["goal"] == "rehab":
        data["stage"] = draw(st.integers(1, 4))
    return data


#: PHUL's lower-power day (a squat and a deadlift, no hinge): the hinge the fix added made a
#: third high-spinal-load lift there (HR014, a warning the program did not have).
PHUL = yaml.safe_load((Path(__file__).parent.parent / "data" / "programs_coach" / "phul.yaml").read_text())


@settings(max_examples=40, deadline=None)
@example(PHUL)
@example(_program(("A", "mon", [SQUAT, {"exercise": "Deadlift", "sets": 3, "reps": 5}])))
@given(program_data() | mutated_programs())
def test_fixes_never_introduce_a_finding_as_severe(data: dict[str, Any]) -> None:
    """Replaying each step: no finding appears that was not there at the fixed one's severity or
    above, nor any warning or error; a code the program did not have comes only as a note (info),
    listed in the step's ``brought``."""
    before = hr.check(data)
    result = hr.fix(data, unsafe=True)
    program, report = hr.load_program(data), before
    done = 0
    for step, brought in zip(result.steps, result.brought, strict=True):
        fixed = result.fixed[
            done
        ]  # the finding the step's first fix repaired (its fix may be an alternative)
        assert fixed.fix == step[0] and fixed in [attrs.evolve(f, fix=fixed.fix) for f in report.findings]
        done += len(step)
        for fx in step:
            program = apply_to_program(program, fx.edits)
        after = hr.check(program)
        assert introduced(report, after, fixed.severity, frozenset({"HR009"})) == []
        assert introduced(report, after, "warning", frozenset({"HR009"})) == []
        assert [f.code for f in introduced(report, after, "info", frozenset({"HR009"}))] == [
            f.code for f in brought
        ]
        report = after
    assert report.findings == result.report.findings
    worst = min((SEVERITY_ORDER[f.severity] for f in before.findings), default=3)
    assert min((SEVERITY_ORDER[f.severity] for f in result.report.findings), default=3) >= worst
    had = {f.code for f in before.findings}
    new = {f.code: f.severity for f in result.report.findings if f.code not in had}
    assert set(new.values()) <= {"info"}, new
    assert set(new) <= {f.code for step in result.brought for f in step}


def test_check_fix_rewrites_the_file_keeping_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """check --fix --unsafe-fixes rewrites the YAML in place, comments kept, no temp file left."""
    path = tmp_path / "legs.yaml"
    shutil.copy(EXAMPLES / "typical_leg_day.yaml", path)
    code = main(["check", "--fix", "--unsafe-fixes", str(path)])
    text = path.read_text()
    assert text.startswith('# The "predictable pattern"')
    assert "Romanin" not in text and code == 0  # HR005 (one leg day a week) is info now
    assert sorted(p.name for p in tmp_path.iterdir()) == ["legs.yaml"]
    assert "fixed 5 findings" in capsys.readouterr().err
    assert hr.check(path).passes("error")  # HR005 (one leg day a week) is left


def test_check_diff_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """check --diff prints a unified diff, leaves the file as it was and exits 1."""
    path = tmp_path / "legs.yaml"
    shutil.copy(EXAMPLES / "typical_leg_day.yaml", path)
    before = path.read_text()
    code = main(["check", "--diff", "--unsafe-fixes", str(path)])
    out = capsys.readouterr().out
    assert code == 1 and path.read_text() == before
    assert out.startswith("---") and "-      - exercise: Romanin Dedlfit" in out


def test_check_fix_on_json_keeps_key_order(tmp_path: Path) -> None:
    """A JSON program is rewritten as JSON with its keys in their order."""
    data = _program(("A", "mon", [SQUAT, RDL]), ("B", "thu", [RDL]), goal="tie_in_hypertrophy")
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data))
    main(["check", "--fix", "--exit-zero", str(path)])
    fixed = json.loads(path.read_text())
    assert list(fixed) == list(data)
    assert [e["exercise"] for e in fixed["sessions"][0]["exercises"]] == [
        "Romanian deadlift",
        "Squat (Barbell)",
    ]


def test_a_log_cannot_be_fixed(capsys: pytest.CaptureFixture[str]) -> None:
    """check --fix on a CSV export is a usage error (exit 2, one line)."""
    assert main(["check", "--fix", str(EXAMPLES / "hevy_export.csv")]) == 2
    assert "only program files can be fixed" in capsys.readouterr().err
