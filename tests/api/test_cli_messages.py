"""What the command line says besides its output reaches the user whole and in its own words:
why a fix was not applied ends with what to type, and a library message names the option
(helper api19)."""

from __future__ import annotations

import io
from pathlib import Path

import hamstring_rules as hr
from hamstring_rules.cli import main

LEG_DAY = Path(__file__).resolve().parents[2] / "examples" / "typical_leg_day.yaml"


def _run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_why_a_fix_was_not_applied_is_said_to_its_end() -> None:
    """check --diff's line for an error left unfixed ends with the reason fix() gives, whole - the
    flag to type included; it was cut at 80 characters, mid-word ('unsafe=Tru...')."""
    _, _, err = _run(["check", "--diff", str(LEG_DAY)])
    safe = hr.fix(LEG_DAY)
    reasons = [why for _, why in safe.why_skipped]
    assert reasons
    for why in reasons[:3]:
        assert why in err, why
    assert "--unsafe-fixes" in err and "\u2026" not in err


def test_a_stage_without_a_goal_says_the_option_too() -> None:
    """substitute --stage 2 without a goal says to give the goal: goal= in Python, --goal on
    the command line."""
    code, _, err = _run(["substitute", "RDL", "--stage", "2"])
    assert code == 2 and "--goal" in err and "goal=" in err


def test_goals_say_each_goals_pain_limit() -> None:
    """goals (text and JSON) says the pain above which each goal steps back a stage (or is too
    much), read from the goal: strain rehab's 3/10 was said nowhere but in explain."""
    import json

    _, text, _ = _run(["goals"])
    listed = {g["id"]: g for g in json.loads(_run(["goals", "--format", "json"])[1])}
    for goal in hr.RuleSet.builtin().goals:
        assert listed[goal.id]["pain_limit"] == goal.pain_limit
        block = text.split(f"{goal.id} - ", 1)[1].split("\n\n", 1)[0]
        assert f"pain above {goal.pain_limit:g}/10" in block, goal.id
        assert ("steps back a stage" in block) is goal.staged
