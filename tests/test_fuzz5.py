"""Regression tests for the fifth fuzzing pass: one test (or parametrised group) per root cause.

Every input gives a correct result or a :class:`~hamstring_rules.HamstringRulesError` naming the
value and where it was - one line, within the documented limits of time and memory.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest

import hamstring_rules as hr
from hamstring_rules import _engine


def _pack(tmp_path: Path, count: int, when: dict[str, Any], message: str = "m") -> hr.RuleSet:
    """The built-in rules and ``count`` entry rules of condition ``when``."""
    rules = [
        {
            "id": f"MY{i:04d}",
            "symbol": f"my-rule-{i}",
            "scope": "entry",
            "when": when,
            "effect": {"finding": {"code": f"MY{i:04d}", "severity": "info", "message": message}},
            "rationale": "r",
            "source": "s",
        }
        for i in range(count)
    ]
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps({"rule": rules}))
    return hr.RuleSet.from_file(pack, base=hr.RuleSet.builtin())


def _program(weeks: int, distinct: bool = False) -> dict[str, Any]:
    names = ["RDL", "Squat", "Nordic curl", "Lying leg curl", "Good morning", "Hip thrust"]
    out = []
    k = 0
    for _ in range(weeks):
        sessions = []
        for s in range(21):
            entries = []
            for e in range(60):
                k += 1
                reps = (k % 97) + 1 if distinct else 8
                entries.append({"exercise": names[e % 6], "sets": (e % 5) + 1, "reps": reps})
            sessions.append({"name": f"S{s}", "exercises": entries})
        out.append({"sessions": sessions})
    return {"name": "wide", "weeks": out}


def test_f1_subjects_alike_on_what_the_rules_read_are_evaluated_once() -> None:
    """Engine.run evaluated every rule on every subject: 1,800 rules on 29,000 entries were 52
    million evaluations (20 s) though a program's weeks repeat a few hundred distinct entries.
    Subjects equal on every fact the conditions read are evaluated once."""
    calls = [0]

    def counted(facts: Any) -> bool:
        calls[0] += 1
        return bool(facts["a"] > 5)

    compiled = _engine.Compiled(subject=counted, subject_facts={"a": None})
    engine = _engine.Engine(tuple((f"rule{i}", compiled) for i in range(20)), lambda item, group: True)
    subjects = [{"a": i % 10, "b": i} for i in range(1000)]
    fired = engine.run("g", subjects, {})
    assert calls[0] == 20 * 10
    assert [len(f) for f in fired] == [20 if s["a"] > 5 else 0 for s in subjects]


def test_f1_many_rules_on_a_long_repetitive_program_are_cheap(tmp_path: Path) -> None:
    """1,800 rules that never fire on 10,080 entries (8 weeks of 21 sessions of 60) were 18
    million evaluations; the entries are 60 distinct ones, each evaluated once."""
    ruleset = _pack(tmp_path, 1800, {"all": [{"fact": "sets", "op": "gt", "value": 1000}]})
    program = _program(8)
    start = time.process_time()
    report = hr.check(program, rules=ruleset)
    assert time.process_time() - start < 4.0
    assert not any(code.startswith("MY") for code in report.codes)


def test_f1_rule_evaluations_over_the_limit_are_refused_before_the_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rules times distinct subjects over MAX_EVALUATIONS is an InputLimitError naming both
    numbers and the limit, raised before any rule is evaluated (the limit is lowered here:
    the real one takes a 29,000-entry program)."""
    monkeypatch.setattr(_engine, "MAX_EVALUATIONS", 10_000)
    when = {"all": [{"fact": "reps_low", "op": "gt", "value": 1000}]}
    ruleset = _pack(tmp_path, 200, when)
    with pytest.raises(hr.InputLimitError) as info:
        hr.check(_program(1, distinct=True), rules=ruleset)
    message = str(info.value)
    assert "entry rules" in message and "10,000" in message and "\n" not in message
    numbers = r"([\d,]+) entry rules on ([\d,]+) distinct subjects: ([\d,]+) rule evaluations"
    found = re.search(numbers, message)
    assert found is not None, message
    rules, subjects, work = (int(n.replace(",", "")) for n in found.groups())
    assert rules >= 200 and 97 <= subjects <= 1260 and work == rules * subjects
    assert hr.check(_program(1), rules=ruleset).codes == hr.check(_program(1)).codes
