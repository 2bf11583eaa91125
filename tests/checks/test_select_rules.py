"""``select=`` and ``ignore=`` name what the output names: a check code (``HR006``), a prefix
(``HR0``), a symbol, or the rule id a finding carries (``HR006-article``: one rule of a check, its
findings alone), in any case; a ranking rule is still refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

PROGRAM = {
    "name": "p",
    "goal": "tie_in_hypertrophy",
    "sessions": [
        {
            "name": "A",
            "day": "Mon",
            "exercises": [
                {"exercise": "Romanian deadlift", "sets": 3, "reps": 5},
                {"exercise": "Back squat", "sets": 3, "reps": 5},
                {"exercise": "Good morning", "sets": 3, "reps": 5},
            ],
        },
        {
            "name": "B",
            "day": "Wed",
            "exercises": [
                {"exercise": "Romanian deadlift", "sets": 3, "reps": 5},
                {"exercise": "Lying leg curl", "sets": 3, "reps": 10},
            ],
        },
    ],
}


def _pairs(**kwargs: object) -> list[tuple[str, str]]:
    return sorted((f.code, f.rule) for f in hr.check(PROGRAM, **kwargs).findings)  # type: ignore[arg-type]


ALL = _pairs()
SUB_RULES = sorted({rule for code, rule in ALL if rule != code})


def test_the_program_has_findings_of_a_checks_own_rule() -> None:
    # the premise of the tests below: HR006's 72 h rule of the article reports with its own id
    assert "HR006-article" in SUB_RULES


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(sorted({rule for _, rule in ALL})), st.sampled_from([str.upper, str.lower, str]))
def test_a_rule_id_selects_and_ignores_that_rules_findings_alone(rule: str, case: object) -> None:
    spelled = case(rule)  # type: ignore[operator]
    assert _pairs(ignore=[spelled]) == [p for p in ALL if p[1] != rule]
    kept = _pairs(select=[spelled])
    assert kept and all(r == rule for _, r in kept)
    assert kept == [p for p in ALL if p[1] == rule]


def test_a_check_code_still_names_every_rule_of_the_check() -> None:
    assert _pairs(ignore=["HR006"]) == [p for p in ALL if p[0] != "HR006"]
    assert _pairs(select=["HR0"]) == ALL


def test_a_ranking_rule_is_still_refused() -> None:
    with pytest.raises(hr.RequestError, match="ranking rule"):
        hr.check(PROGRAM, ignore=["TI001"])


def test_the_cli_takes_the_rule_id_a_finding_shows(tmp_path: Path) -> None:
    import yaml

    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(PROGRAM), encoding="utf-8")
    run = [sys.executable, "-m", "hamstring_rules", "check", str(path), "--ignore", "HR006-article"]
    out = subprocess.run(run, capture_output=True, text=True, check=False)
    assert "ranking rule" not in out.stderr
    assert "HR006" not in out.stdout and "HR014" in out.stdout
