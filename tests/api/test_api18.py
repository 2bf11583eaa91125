"""Review 25's R12 (fix()'s count of the fixes unsafe=True would apply is the fixes that pass
applies, not the findings carrying an unsafe fix) (helper api18)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.cli import main

from ..strategies import program_data

_CATALOG = hr.Catalog.builtin()


def _id(name: str) -> str | None:
    found = _CATALOG.classify(name, suggest=False).exercise
    return found.id if found is not None else None


# -- R12: "N more fixes available with unsafe=True" is what unsafe=True applies ------------------


def _entry(name: str, sets: int, **dose: Any) -> dict[str, Any]:
    return {"exercise": name, "sets": sets, **dose}


# rehab stage 1 (isometric holds only): two holds, then four lifts the stage rules out - each
# swap needs an allowed exercise the session does not hold yet, and the stage has few holds
PHT1_ONE: dict[str, Any] = {
    "name": "one session",
    "goal": "rehab",
    "stage": 1,
    "sessions": [
        {
            "day": "Mon",
            "exercises": [
                _entry("Straight-knee bridge hold", 5, hold_s=45),
                _entry("Isometric leg-curl hold", 5, hold_s=45),
                _entry("Romanian deadlift", 3, reps=8),
                _entry("Leg press", 3, reps=10),
                _entry("Kettlebell swing", 3, reps=15),
                _entry("Walking lunge", 3, reps=10),
            ],
        }
    ],
}


def _unsafe_findings(result: hr.FixResult) -> int:
    """The old count: the findings left that carry an unsafe fix."""
    return sum(1 for f in result.report.findings if f.fix is not None and f.fix.applicability == "unsafe")


def test_the_count_of_unsafe_fixes_is_what_unsafe_true_then_applies() -> None:
    """The safe pass's remaining_unsafe (and its "N more fixes" line) is the number of fixes
    fix(result.program, unsafe=True) applies: three findings carry an unsafe swap, but the stage's
    holds are each used once after the first swap, so one applies - it promised 3 (review25 R12)."""
    safe = hr.fix(PHT1_ONE)
    assert _unsafe_findings(safe) == 3  # three HR010 lifts left, each with an unsafe swap
    then = hr.fix(safe.program, unsafe=True)
    assert 0 < len(then.fixes) < 3  # the swaps compete for the same few holds
    assert safe.remaining_unsafe == len(then.fixes)
    more = "more fix" if len(then.fixes) == 1 else "more fixes"
    assert f"{len(then.fixes)} {more} available with unsafe=True" in str(safe)
    assert safe.to_dict()["remaining_unsafe"] == len(then.fixes)


def test_an_unsafe_result_promises_nothing_more() -> None:
    """After unsafe=True there is nothing more unsafe=True would apply: remaining_unsafe is 0, and
    fixing the result again applies no fix."""
    done = hr.fix(PHT1_ONE, unsafe=True)
    assert done.remaining_unsafe == 0
    assert "available with unsafe=True" not in str(done)
    assert hr.fix(done.program, unsafe=True).fixes == ()


def test_an_error_whose_unsafe_fix_would_not_apply_says_so() -> None:
    """The safe pass's why_skipped does not tell a user to run unsafe=True for an error that pass
    leaves: it says the unsafe fix would not apply either, and why; the one that would apply keeps
    'apply it with unsafe=True'."""
    safe = hr.fix(PHT1_ONE)
    then = hr.fix(safe.program, unsafe=True)
    left_then = {f.location.exercise for f in then.report.findings if f.code == "HR010"}
    assert left_then  # the kettlebell swing and the lunge find no hold left
    for finding, why in safe.why_skipped:
        if finding.location.exercise in left_then:
            assert "would not apply it either" in why, why
        else:
            assert "apply it with unsafe=True" in why, why


def test_the_cli_hint_counts_what_unsafe_fixes_would_apply(tmp_path: Path) -> None:
    """check --fix says "; N more with --unsafe-fixes" with the count --unsafe-fixes then applies."""
    path = tmp_path / "pht1.yaml"
    path.write_text(yaml.safe_dump(PHT1_ONE, sort_keys=False), encoding="utf-8")
    err = _run(["check", str(path), "--fix"])
    hint = re.search(r"; (\d+) more with --unsafe-fixes", err)
    assert hint is not None, err
    err2 = _run(["check", str(path), "--fix", "--unsafe-fixes"])
    applied = re.search(r"fixed (\d+) finding", err2)
    assert applied is not None, err2
    assert int(hint.group(1)) == int(applied.group(1))


def _run(args: list[str]) -> str:
    import io

    out, err = io.StringIO(), io.StringIO()
    main(args, stdout=out, stderr=err)
    return err.getvalue()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(program_data(), st.sampled_from(["strain_prevention", "rehab", "tie_in_hypertrophy"]))
def test_remaining_unsafe_is_the_next_unsafe_pass(data: dict[str, Any], goal: str) -> None:
    """For any program, remaining_unsafe of the safe pass equals the fixes fix(result.program,
    unsafe=True) applies, and of an unsafe pass is 0."""
    data = {**data, "goal": goal}
    if goal != "rehab":
        data.pop("stage", None)
    safe = hr.fix(data)
    assert safe.remaining_unsafe == len(hr.fix(safe.program, unsafe=True).fixes)
    assert hr.fix(data, unsafe=True).remaining_unsafe == 0
