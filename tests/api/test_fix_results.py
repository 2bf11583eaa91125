"""What fix() says it did: the finding each fix repaired, why a fix was skipped, the notebook
HTML and the typed frame of a FixResult."""

from __future__ import annotations

import json
import pickle
from html import escape
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import hamstring_rules as hr
from hamstring_rules import emitters
from hamstring_rules.findings import SEVERITY_ORDER

from ..api.test_fix import mutated_programs
from ..strategies import program_data

#: Severity rank, larger is less severe (SEVERITY_ORDER: error 0, warning 1, info 2).
SEVERITY = SEVERITY_ORDER

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
LEG_DAY = EXAMPLES / "typical_leg_day.yaml"


def _session(*entries: dict[str, Any], **program: Any) -> dict[str, Any]:
    return {"name": "P", **program, "sessions": [{"name": "A", "day": "mon", "exercises": list(entries)}]}


SWING = {"exercise": "Kettlebell swing", "sets": 3, "reps": 15}


def test_an_exercise_written_twice_is_fixed_twice() -> None:
    """Two kettlebell swings in a rehab stage-3 session are two HR010 errors; fix() swapped
    neither ('still found' - the other swing's finding has the same identity) and left both
    errors. Findings are counted: each swap removes one, so both are swapped."""
    data = _session(
        {"exercise": "Romanian deadlift", "sets": 3, "reps": 8, "tempo": "3-0-1-0"},
        SWING,
        {**SWING, "sets": 2},
        goal="rehab",
        stage=3,
    )
    assert [f.code for f in hr.check(data).findings].count("HR010") == 2
    result = hr.fix(data)
    assert "HR010" not in result.report.codes and result.skipped == ()
    names = [e.exercise for e in result.program.sessions[0].entries]
    assert "Kettlebell swing" not in names and len(names) == 3
    assert [f.code for f in result.fixed] == ["HR010", "HR010"]


def test_fixed_pairs_each_fix_with_the_finding_it_repaired() -> None:
    """The leg day's first step is the rename (HR009) and the hinge move it needed (HR003):
    ``fixed`` names each fix's finding, in the order of ``fixes``."""
    result = hr.fix(LEG_DAY, unsafe=True)
    assert len(result.fixed) == len(result.fixes)
    assert [f.code for f in result.fixed[:2]] == ["HR009", "HR003"]
    assert all(f.fix == applied for f, applied in zip(result.fixed, result.fixes, strict=True))
    assert result == pickle.loads(pickle.dumps(result))


def _pack(tmp_path: Path) -> hr.RuleSet:
    """A rule whose finding on every entry carries a fix that cannot clear it (adding a hinge
    leaves the entry it is about)."""
    rule = {
        "id": "MY001",
        "symbol": "my-rule",
        "scope": "entry",
        "when": {"fact": "sets", "op": "ge", "value": 5},
        "effect": {
            "finding": {
                "code": "MY001",
                "severity": "warning",
                "message": "five sets or more",
                "fix": {"fixer": "add-exercise", "role": "heavy_hinge", "applicability": "safe"},
            }
        },
        "rationale": "r",
        "source": "s",
    }
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps({"rule": [rule]}))
    return hr.RuleSet.from_file(pack, base=hr.RuleSet.builtin())


def test_a_skipped_fix_says_why(tmp_path: Path) -> None:
    """A dropped fix was only listed: ``why_skipped`` gives its finding and the reason, in the
    order of ``skipped``, and the JSON carries them."""
    rules = _pack(tmp_path)
    data = _session({"exercise": "Romanian deadlift", "sets": 6, "reps": 8}, goal="posterior_chain")
    result = hr.fix(data, rules=rules)
    assert len(result.skipped) == len(result.why_skipped) >= 1
    finding, why = result.why_skipped[0]
    assert finding.code == "MY001" and finding.fix == result.skipped[0]
    assert why == "MY001 is still found after the fix"
    assert result.to_dict()["why_skipped"][0] == {
        "code": "MY001",
        "location": str(finding.location),
        "reason": why,
    }


def test_fix_result_html_shows_steps_skips_and_counts(tmp_path: Path) -> None:
    """The notebook HTML is the HTML emitter's: the counts before and after, each fix by step
    (a follow-up marked), the skipped fixes with their reasons, and what is left."""
    result = hr.fix(LEG_DAY, unsafe=True)
    page = result._repr_html_()
    assert page == emitters.render(result, "html")
    for report, label in ((result.before, "before"), (result.report, "after")):
        c = report.counts()
        errors = f"{c['error']} error" + ("s" if c["error"] != 1 else "")
        warnings = f"{c['warning']} warning" + ("s" if c["warning"] != 1 else "")
        assert f"{label}: {errors}, {warnings}, {c['info']} info" in page
    for applied in result.fixes:
        assert escape(applied.title) in page
    assert "1 (follow-up)" in page and "HR009" in page and "Skipped" not in page
    skipping = hr.fix(
        _session({"exercise": "Romanian deadlift", "sets": 6, "reps": 8}, goal="posterior_chain"),
        rules=_pack(tmp_path),
    )
    page = skipping._repr_html_()
    assert f"<b>Skipped</b> ({len(skipping.skipped)})" in page and "is still found after the fix" in page


def test_fix_result_html_escapes_what_the_file_says() -> None:
    """A program's name and exercise names are text, never markup."""
    data = _session(
        {"exercise": "<script>alert(1)</script>", "sets": 3, "reps": 8},
        {"exercise": "Squat (Barbell)", "sets": 3, "reps": 8},
        {"exercise": "Romanian deadlift", "sets": 3, "reps": 8},
        goal="tie_in_hypertrophy",
    )
    data["name"] = "<b>mine</b>"
    page = hr.fix(data, unsafe=True)._repr_html_()
    assert "<script>" not in page and "<b>mine</b>" not in page and "&lt;b&gt;mine&lt;/b&gt;" in page


def test_fix_result_to_pandas_has_a_typed_row_per_fix() -> None:
    """One row per applied fix, in order, with the documented dtypes; severity orders."""
    result = hr.fix(LEG_DAY, unsafe=True)
    frame = result.to_pandas()
    assert len(frame) == len(result.fixes)
    assert list(frame["title"]) == [f.title for f in result.fixes]
    assert list(frame["step"][:2]) == [1, 1] and list(frame["follow_up"][:2]) == [False, True]
    assert list(frame["code"]) == [f.code for f in result.fixed]
    dtypes = {k: str(v) for k, v in frame.dtypes.items()}
    assert dtypes == {
        "step": "int64",
        "follow_up": "bool",
        "code": "string",
        "symbol": "string",
        "severity": "category",
        "week": "Int64",
        "session": "string",
        "exercise": "string",
        "location": "string",
        "title": "string",
        "applicability": "category",
        "fixer": "string",
        "reason": "string",
        "role": "string",
        "edits": "int64",
        "brought": "string",
    }
    assert frame["severity"].cat.ordered and list(frame["severity"].cat.categories) == [
        "info",
        "warning",
        "error",
    ]
    assert (frame[frame.severity >= "warning"]["code"] != "HR004").all()
    assert frame["edits"].sum() == sum(len(f.edits) for f in result.fixes)


def test_to_pandas_of_nothing_fixed_is_an_empty_frame_of_the_same_columns() -> None:
    """A clean program's frame has no rows and the same typed columns."""
    clean = hr.fix(EXAMPLES / "article_program.yaml")
    full = hr.fix(LEG_DAY, unsafe=True).to_pandas()
    empty = clean.to_pandas()
    assert len(empty) == len(clean.fixes) == 0
    assert dict(empty.dtypes) == dict(full.dtypes)


def test_a_result_built_without_findings_still_renders() -> None:
    """A FixResult built by hand (no ``fixed``) renders and frames with the finding unknown."""
    result = hr.fix(LEG_DAY, unsafe=True)
    bare = hr.FixResult(result.program, result.steps, result.report, result.before, result.skipped)
    assert bare.fixed == () and "<table>" in bare._repr_html_()
    frame = bare.to_pandas()
    assert len(frame) == len(result.fixes) and frame["code"].isna().all()


@pytest.mark.parametrize("unsafe", [False, True])
def test_every_example_program_fixes_to_no_finding_as_severe_as_before(unsafe: bool) -> None:
    """The example programs: fixing never leaves a worse finding than the program had, every
    fix has its finding, and a second fix() of the result finds nothing more to do."""
    from hamstring_rules.findings import SEVERITY_ORDER

    for path in sorted(EXAMPLES.glob("*.yaml")):
        result = hr.fix(path, unsafe=unsafe)
        worst_before = min((SEVERITY_ORDER[f.severity] for f in result.before.findings), default=3)
        worst_after = min((SEVERITY_ORDER[f.severity] for f in result.report.findings), default=3)
        assert worst_after >= worst_before, path
        assert len(result.fixed) == len(result.fixes), path
        again = hr.fix(result.program, unsafe=unsafe)
        assert again.fixes == (), (path, [f.title for f in again.fixes])


def test_a_step_says_which_less_severe_findings_it_brought() -> None:
    """PHUL's lower-power day has a squat and a deadlift and no straight-knee hinge (HR001, an
    error). The RDL the fix added there made three spine-loading lifts in the session (HR014, a
    warning) and was kept; now a fix brings no warning: the RDL goes to the lower-hypertrophy day
    (a front squat beside it is two). The step says what it did bring - the note that the week
    lacks a heavy-and-light pair (HR004), which only a hinge makes possible - in ``brought``, the
    frame and the HTML."""
    result = hr.fix(Path(__file__).parent.parent / "data" / "programs_coach" / "phul.yaml", unsafe=True)
    assert len(result.brought) == len(result.steps)
    first = result.fixed[0]
    assert first.code == "HR001" and first.severity == "error"
    assert result.steps[0][0].title == "Add Romanian deadlift 3x8-10 to Lower hypertrophy"
    assert {(f.code, f.severity) for f in result.brought[0]} == {("HR004", "info")}
    assert all(f.severity == "info" for step in result.brought for f in step)
    assert "HR004 (info)" in result.to_pandas()["brought"][0]
    assert "brought (less severe)" in result._repr_html_()
    assert "HR014" not in {f.code for f in result.report.findings}


def _spinal(name: str) -> dict[str, Any]:
    return {"exercise": name, "sets": 3, "reps": 5}


@pytest.mark.parametrize(
    ("sessions", "where"),
    [
        # another lower-body session takes the best hinge
        (
            [
                [_spinal("Back squat"), _spinal("Deadlift")],
                [{"exercise": "Leg press", "sets": 3, "reps": 10}],
            ],
            "B",
        ),
        # one lower-body session (the other is upper body): a hinge that loads the spine less
        ([[_spinal("Back squat"), _spinal("Deadlift")], [_spinal("Bench press")]], "A"),
        # every session already has a squat and a deadlift
        (
            [
                [_spinal("Back squat"), _spinal("Deadlift")],
                [_spinal("Front squat"), _spinal("Sumo deadlift")],
            ],
            None,
        ),
    ],
)
def test_an_added_hinge_brings_no_spinal_load_warning(
    sessions: list[list[dict[str, Any]]], where: str
) -> None:
    """The hinge fix(unsafe=True) adds for HR001 is never a third high-spinal-load lift in a
    session (HR014's warning): another lower-body session takes the goal's best hinge, else the
    best that loads the spine less; the error is fixed either way."""
    data = {
        "name": "P",
        "goal": "tie_in_hypertrophy",
        "sessions": [
            {"name": name, "day": day, "exercises": entries}
            for name, day, entries in zip("AB", ("mon", "thu"), sessions, strict=True)
        ],
    }
    assert "HR014" not in hr.check(data).codes
    result = hr.fix(data, unsafe=True)
    step = next(i for i, f in enumerate(result.fixed) if f.code == "HR001")
    added = result.steps[step][0]
    assert added.fixer == "add-exercise"
    assert "HR001" not in result.report.codes and "HR014" not in result.report.codes
    assert all(f.severity == "info" for f in result.brought[step])
    name = str(added.edits[0].value["exercise"]) if added.edits[0].value else ""
    exercise = hr.Catalog.builtin().get(hr.Catalog.builtin().classify(name).exercise.id)  # type: ignore[union-attr]
    session = result.program.sessions[added.edits[0].session]
    if where is not None:
        assert session.name == where
    high = [
        e
        for e in session.entries
        if (x := hr.Catalog.builtin().classify(e.exercise).exercise) and x.spinal_load is hr.Level.HIGH
    ]
    assert len(high) < 3, (added.title, exercise.spinal_load)


def test_a_long_program_takes_the_other_session_in_every_week_at_once() -> None:
    """Weeks alike that each need the hinge somewhere other than the first lower-body session
    are fixed in one step of the same fix a week (not one step a week after a failed batch)."""
    week = {
        "sessions": [
            {"name": "A", "day": "mon", "exercises": [_spinal("Back squat"), _spinal("Deadlift")]},
            {"name": "B", "day": "thu", "exercises": [{"exercise": "Leg press", "sets": 3, "reps": 10}]},
        ]
    }
    data = {"name": "P", "goal": "tie_in_hypertrophy", "weeks": [week] * 6}
    result = hr.fix(data, unsafe=True)
    hinge = [(i, f) for i, f in enumerate(result.fixed) if f.code == "HR001"]
    assert len(hinge) == 6
    titles = {result.fixes[i].title for i, _ in hinge}
    assert titles == {"Add Romanian deadlift 3x8-10 to B"}
    assert "HR014" not in result.report.codes and "HR001" not in result.report.codes


def test_brought_findings_are_new_in_every_example() -> None:
    """Replaying the steps: what each step brought is exactly what its re-check found that the
    report before it did not have."""
    from hamstring_rules._fix import introduced
    from hamstring_rules._fixers import apply_to_program

    for path in sorted((Path(__file__).parent.parent / "data" / "programs_coach").glob("*.yaml")):
        result = hr.fix(path, unsafe=True)
        program, report = hr.load_program(path), result.before
        for step, brought in zip(result.steps, result.brought, strict=True):
            for applied in step:
                program = apply_to_program(program, applied.edits)
            after = hr.check(program)
            assert [f.code for f in introduced(report, after, "info", frozenset({"HR009"}))] == [
                f.code for f in brought
            ], path
            report = after


def test_a_year_long_program_is_fixed_in_one_run(tmp_path: Path) -> None:
    """52 weeks of Starting Strength (each week missing a hinge, a finisher and a unilateral
    lift): fix() stopped after 64 fixes, leaving 40 weeks for a second and third run. The same
    rule's fix in every week is one round of MAX_ROUNDS, so one run fixes every week, and a
    second finds nothing to do; the file keeps its 52 weeks as aliases of one."""
    import yaml

    from hamstring_rules._fix import MAX_ROUNDS, fix_file

    source = yaml.safe_load(
        (Path(__file__).parent.parent / "data" / "programs_coach" / "starting_strength.yaml").read_text()
    )
    weeks = source.pop("weeks", None) or [{"sessions": source.pop("sessions")}]
    path = tmp_path / "year.yaml"
    path.write_text(yaml.safe_dump({**source, "weeks": (weeks * 52)[:52]}, sort_keys=False))  # aliases
    result = hr.fix(path, unsafe=True)
    assert len(result.fixes) > MAX_ROUNDS
    per_week = {w: sum(f.location.week == w for f in result.fixed) for w in range(1, 53)}
    assert len(set(per_week.values())) == 1 and per_week[1] >= 2  # every week the same fixes
    assert hr.fix(result.program, unsafe=True).fixes == ()
    fix_file(path, unsafe=True)
    assert hr.fix(path, unsafe=True).fixes == ()
    assert path.read_text().count("*id") >= 50  # still one week's text, aliased


def test_a_fix_dropped_early_is_tried_again_once_the_program_changed() -> None:
    """A misspelt pistol squat in a session with no hinge: renaming it first would make the
    squats outnumber the (absent) hinge (HR008, as severe as the rename's HR009), so the rename
    was dropped for the whole run - and a second run applied it. It is tried again after the
    hinge is added, and applied in the same run; a second run has nothing left to do."""
    data = _session(
        {"exercise": "Supine Hamstring Hold", "sets": 14, "reps": 12},
        {"exercise": "Single Leg Curl (Machine)", "sets": 5, "reps": "12-15"},
        {"exercise": "Band Leg Curl", "sets": 4, "reps": "10-15"},
        {"exercise": "Pistl squat", "sets": 9, "reps": 8},
    )
    result = hr.fix(data, unsafe=True)
    titles = [f.title for f in result.fixes]
    assert "Rename 'Pistl squat' to 'Pistol squat'" in titles
    assert titles.index("Rename 'Pistl squat' to 'Pistol squat'") > titles.index(
        "Add Romanian deadlift 3x8-10 to A"
    )
    assert result.skipped == () and result.why_skipped == ()
    assert hr.fix(result.program, unsafe=True).fixes == ()


@settings(max_examples=40, deadline=None)
@given(program_data() | mutated_programs())
def test_a_fixed_program_has_nothing_left_to_fix(data: dict[str, Any]) -> None:
    """fix() reaches a fixed point: fixing its result again applies nothing."""
    for unsafe in (False, True):
        result = hr.fix(data, unsafe=unsafe)
        assert hr.fix(result.program, unsafe=unsafe).fixes == ()


def test_a_fix_dropped_early_is_tried_again_before_fix_stops() -> None:
    """A rename dropped in the first rounds (it brought HR008: no hinge yet) was tried twice,
    then never again after the hinge was added; fixing the fixed program then applied it, so
    fix() was not idempotent. Every dropped fix is tried against the final program."""
    leg_press = {"exercise": "45 Degree Leg Press", "sets": 1, "reps": 1}
    program = {
        "name": "g",
        "sessions": [
            {"name": "A", "day": "mon", "exercises": [leg_press, {**leg_press, "sets": 3}]},
            {"name": "B", "day": "mon", "exercises": [leg_press, {"exercise": "1", "sets": 1, "reps": 1}]},
            {"name": "AA", "day": "mon", "exercises": [{"exercise": "B", "sets": 1, "reps": 1}]},
        ],
    }
    once = hr.fix(program, unsafe=True)
    assert "Rename '1' to 'Pistol squat'" in [f.title for f in once.fixes]
    assert hr.fix(once.program, unsafe=True).fixes == ()
