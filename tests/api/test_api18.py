"""Review 25's R12 (fix()'s count of the fixes unsafe=True would apply is the fixes that pass
applies, not the findings carrying an unsafe fix) and R13 (an exercise a fix adds whose dose is
built up - the Nordic, P005 - starts at the build-up's first step, the rest said) (helper api18)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._data import builtin_data
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


# -- R13: an added Nordic starts at the build-up's first step --------------------------------------

SP_NONORDIC: dict[str, Any] = {
    "name": "team gym",
    "goal": "strain_prevention",
    "sessions": [
        {"day": "Mon", "exercises": [_entry("Back squat", 3, reps=5), _entry("RDL", 3, reps=6)]},
        {"day": "Wed", "exercises": [_entry("Flying sprints", 4, reps=1)]},
        {
            "day": "Fri",
            "exercises": [_entry("Trap bar deadlift", 3, reps=5), _entry("Lying leg curl", 3, reps=10)],
        },
    ],
}


def _first_step(rule: str) -> dict[str, Any]:
    build = next(b for b in builtin_data()["plans.toml"]["build_up"] if b["rule"] == rule)
    step: dict[str, Any] = build["weeks"][0]
    return step


def test_the_added_nordic_is_the_build_ups_first_step() -> None:
    """HR013's unsafe fix adds the Nordic at the first step of P005's build-up (Petersen 2011
    Table 1: one session of 2 x 5) - what HR013's own suggestion and plan()'s week 1 say - with a
    note that the build-up is the user's to do; it added 2 x 5-12 (review25 R13)."""
    step = _first_step("P005")
    assert (step["sessions"], step["sets"], step["reps"]) == (1, 2, "5")  # Petersen 2011, Table 1
    result = hr.fix(SP_NONORDIC, unsafe=True)
    added = [e for s in result.program.sessions for e in s.entries if _id(e.exercise) == "nordic_curl"]
    assert len(added) == 1  # one session, as the first step
    nordic = added[0]
    assert (nordic.sets, nordic.reps_low, nordic.reps_high) == (2, 5, 5)
    assert nordic.notes is not None and "Petersen 2011" in nordic.notes and "yours to do" in nordic.notes
    fix = next(f for f in result.fixes if f.fixer == "add-exercise")
    assert "2x5 " in fix.title and "build-up" in fix.title and "PL016" in fix.reason
    # plan()'s week 1 holds the same dose: one mechanism
    week1 = [
        e
        for s in hr.plan("strain_prevention").weeks[0].sessions
        for e in s.entries
        if _id(e.exercise) == "nordic_curl"
    ]
    assert {(e.sets, e.reps_low, e.reps_high) for e in week1} == {
        (nordic.sets, nordic.reps_low, nordic.reps_high)
    }
    assert "HR013" not in hr.check(result.program).codes
    assert hr.fix(result.program, unsafe=True).fixes == ()  # nothing left to do


def test_the_fixed_file_keeps_the_build_up_note(tmp_path: Path) -> None:
    """check --fix --unsafe-fixes writes the Nordic's first step and its note into the file, and
    the file reads back clean."""
    path = tmp_path / "sp.yaml"
    path.write_text(yaml.safe_dump(SP_NONORDIC, sort_keys=False), encoding="utf-8")
    _run(["check", str(path), "--fix", "--unsafe-fixes"])
    program = hr.load_program(path)
    nordic = next(e for s in program.sessions for e in s.entries if "Nordic" in e.exercise)
    assert (nordic.sets, nordic.reps_low) == (2, 5) and nordic.notes and "PL016" in nordic.notes
    assert "HR013" not in hr.check(path).codes


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(program_data())
def test_no_fix_adds_a_built_up_dose_in_full(data: dict[str, Any]) -> None:
    """Whatever the program, an exercise a fix inserts whose dose a shipped build-up builds
    (its prescribing rule) is written at that build-up's first step's sets and reps."""
    data = {**data, "goal": "strain_prevention"}
    data.pop("stage", None)
    builds = {b["rule"]: b for b in builtin_data()["plans.toml"]["build_up"]}
    ranking = {r.exercise.id: r for r in hr.recommend("strain_prevention")}
    for f in hr.fix(data, unsafe=True).fixes:
        for edit in f.edits:
            if edit.op != "insert" or not isinstance(edit.value, dict):
                continue
            rec = ranking.get(_id(str(edit.value["exercise"])) or "")
            rules = [r for r in (rec.prescription.rules if rec else ()) if r in builds]
            if not rules:
                continue
            step = builds[rules[0]]["weeks"][0]
            reps = [int(n) for n in re.findall(r"\d+", str(step["reps"]))]
            assert edit.value["sets"] == step["sets"]
            assert str(edit.value["reps"]) == (
                str(min(reps)) if min(reps) == max(reps) else f"{min(reps)}-{max(reps)}"
            )


def test_the_build_up_start_is_keyed_on_the_prescription_not_the_goal() -> None:
    """Strain rehab stage 3 prescribes the Nordic by P005 too: the Nordic a fix adds there starts
    at the same first step, as its plan's week 1 does (test_api16's R6)."""
    data = {
        "name": "rehab 3",
        "goal": "strain_rehab",
        "stage": 3,
        "sessions": [
            {"day": "Mon", "exercises": [_entry("Glute ham raise", 3, reps=8), _entry("RDL", 3, reps=8)]},
            {"day": "Thu", "exercises": [_entry("Sprint", 4, reps=1)]},
        ],
    }
    rec = next(r for r in hr.recommend("strain_rehab", stage=3) if r.exercise.id == "nordic_curl")
    assert "P005" in rec.prescription.rules
    step = _first_step("P005")
    added = [
        e
        for s in hr.fix(data, unsafe=True).program.sessions
        for e in s.entries
        if _id(e.exercise) == "nordic_curl"
    ]
    assert [(e.sets, e.reps_low, e.reps_high) for e in added] == [(step["sets"], 5, 5)]
