"""Regression tests for the fourth fuzzing pass: one test (or parametrised group) per root cause.

Every input gives a correct result or a :class:`~hamstring_rules.HamstringRulesError` naming the
value and where it was - one line, within the documented limits of time and memory.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

import hamstring_rules as hr


def _documented(call: Any, *, budget_s: float = 2.0) -> hr.HamstringRulesError:
    """``call`` raises a one-line HamstringRulesError within ``budget_s`` CPU-seconds."""
    start = time.process_time()
    with pytest.raises(hr.HamstringRulesError) as info:
        call()
    assert time.process_time() - start < budget_s
    assert "\n" not in str(info.value)
    return info.value


STAGES = {"1": "a", "2": "b"}


@pytest.mark.parametrize("value", [[1], {"a": 1}, True, 1.0, "9", 5, -1])
def test_h2_a_goals_default_stage_is_a_stage_number(tmp_path: Path, value: Any) -> None:
    """``default_stage`` was compared with the stages by dict membership: a list raised
    TypeError (unhashable), and ``true`` or ``1.0`` equal stage 1, so they were accepted and
    shown as "stage True" / "stage 1.0" and written to the JSON as ``"stage": true``."""
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps({"goal": [{"id": "g1", "stages": STAGES, "default_stage": value}]}))
    error = _documented(lambda: hr.RuleSet.from_file(pack, base=hr.RuleSet.builtin()))
    assert isinstance(error, hr.RuleError)
    assert "goal g1.default_stage" in str(error) and "one of: 1, 2" in str(error)


def test_h2_a_default_stage_given_as_digits_is_the_stage(tmp_path: Path) -> None:
    """A stage number written as the stage keys are (an int or ASCII digits) is that stage."""
    for value in (2, "2"):
        pack = tmp_path / "pack.json"
        pack.write_text(json.dumps({"goal": [{"id": "g1", "stages": STAGES, "default_stage": value}]}))
        rules = hr.RuleSet.from_file(pack, base=hr.RuleSet.builtin())
        result = hr.recommend(goal="g1", rules=rules)
        assert result.stage == 2 and type(result.stage) is int
        assert json.loads(result.to_json())["stage"] == 2
