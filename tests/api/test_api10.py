"""explain's choice between an exercise and a rule, exclusions of a movement's variants, and
fix()'s account of the errors it leaves (review rv20: D18, D19, D21)."""

from __future__ import annotations

import io
import re
import shlex

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._recommend import resolve_sources

from ..strategies import program_data

HINT = re.compile(
    r"^  (rule|check|plan note|goal|exercise) (.+?)(?: \([^)]*\))?: hamstring-rules explain (.+)$"
)


def _page_of(text: str) -> str:
    """The page ``explain`` printed, without the lines naming the subject's other meanings."""
    return text.split("\n\n", 1)[1] if re.match(r"^'.*' also names:\n", text) else text


def test_explain_glute_bridge_is_the_exercise_and_names_the_rule() -> None:
    """``explain 'Glute bridge'`` showed rule PC005 (symbol glute-bridge) and told the user to
    run the same command; the exercise's name (or id) gives the exercise's page, whose first
    lines name the rule and its code, and the code gives the rule."""
    for subject in ("Glute bridge", "glute bridge", "glute_bridge", "  GLUTE BRIDGE "):
        out = hr.explain(subject)
        assert _page_of(out).startswith("Glute bridge (glute_bridge)\n"), subject
        assert "rule PC005 (glute-bridge): hamstring-rules explain PC005" in out.split("\n\n")[0]
        assert "hamstring-rules explain 'Glute bridge'" not in out
    assert hr.explain("PC005").startswith("PC005 (glute-bridge)\n")
    assert hr.explain("pc005").startswith("PC005 (glute-bridge)\n")


def test_cli_explain_glute_bridge_shows_the_exercise() -> None:
    """The command line takes the same reading: the exercise's page, its attributes included."""
    from hamstring_rules.cli import main

    out = io.StringIO()
    assert main(["explain", "Glute bridge"], stdout=out, stderr=io.StringIO()) == 0
    text = out.getvalue()
    assert "Glute bridge (glute_bridge)" in text and "By goal" in text
    assert "explain PC005" in text


def _subjects() -> list[str]:
    """Every spelling a user may give: each exercise's id, name and aliases, each rule's id,
    code and symbol (and the symbol with spaces), each goal's id and aliases."""
    catalog, rules = resolve_sources(None, None)
    found: list[str] = []
    for ex in catalog:
        found += [ex.id, ex.name, *ex.aliases]
    for rule in rules:
        found += [rule.id, rule.code, rule.symbol, rule.symbol.replace("-", " ")]
    for goal in rules.goals:
        found += [goal.id, *goal.aliases]
    return sorted(set(found))


def test_every_hint_explain_prints_leads_to_what_it_names() -> None:
    """Over every name, code, symbol and alias the shipped data holds: a line saying the subject
    also names something gives a spelling that explains that thing (never the same page, never
    the same command)."""
    catalog, _ = resolve_sources(None, None)
    for subject in _subjects():
        try:
            out = hr.explain(subject)
        except hr.HamstringRulesError:
            continue
        hints = [m for line in out.split("\n") if (m := HINT.match(line))]
        for hint in hints:
            kind, what, command = hint.groups()
            (spelling,) = shlex.split(command)
            assert spelling.strip().lower() != subject.strip().lower(), (subject, command)
            page = _page_of(hr.explain(spelling))
            if kind in ("rule", "check", "plan note"):
                assert page.startswith(f"{what} ("), (subject, command)
            elif kind == "goal":
                assert page.startswith(f"{what} - "), (subject, command)
            else:
                ex = next(e for e in catalog if e.name == what)
                assert page.startswith(f"{ex.name} ({ex.id})\n"), (subject, command)
            assert page != _page_of(out), (subject, command)


def test_an_exercise_named_by_its_name_or_alias_gets_its_page() -> None:
    """Each catalog exercise's id, name and each alias the catalog places on it by name gives
    that exercise's page; a check code, rule id or goal id gives its own page."""
    catalog, rules = resolve_sources(None, None)
    codes = {r.code.upper() for r in rules} | {r.id.upper() for r in rules}
    for ex in catalog:
        for spelling in (ex.id, ex.name, *ex.aliases):
            res = catalog.classify(spelling, suggest=False)
            if res.exercise != ex or res.how not in ("name", "alias") or spelling.upper() in codes:
                continue
            if any(spelling.replace("-", "_").replace(" ", "_").lower() == g.id for g in rules.goals):
                continue
            assert _page_of(hr.explain(spelling)).startswith(f"{ex.name} ({ex.id})\n"), spelling
    for rule in rules:
        assert _page_of(hr.explain(rule.id)).startswith(f"{rule.id} ("), rule.id


# -- D19: an exclusion names a movement -----------------------------------------------------


def _leg_curls() -> set[str]:
    """The catalog's leg curls by their own names: an exercise of the knee-flexion class whose
    catalog name says 'leg curl' (the Nordic and the glute-ham raise are other movements)."""
    catalog, _ = resolve_sources(None, None)
    return {
        ex.id
        for ex in catalog
        if ex.movement_class.value == "knee_flexion" and re.search(r"\bleg[- ]curl\b", ex.name, re.IGNORECASE)
    }


def test_excluding_leg_curl_leaves_out_every_leg_curl() -> None:
    """``exclude=["Leg curl"]`` removed only the lying curl the bare name resolves to; the seated,
    standing, band and flywheel curls stayed in the ranking and in the plan. The name says the
    movement: every leg curl goes, the Nordic (another movement) stays."""
    curls = _leg_curls()
    assert {"seated_leg_curl", "standing_leg_curl", "band_leg_curl", "lying_leg_curl"} <= curls
    result = hr.recommend(goal="tie-in", exclude=["Leg curl"], limit=None)
    assert not curls & {r.exercise.id for r in result}
    by_request = {e.exercise.id for e in result.excluded if e.kind == "request"}
    assert by_request == curls
    prevention = hr.recommend(goal="strain_prevention", exclude=["Leg curl"])
    assert "nordic_curl" in {r.exercise.id for r in prevention}
    for goal in ("distal", "tie-in", "posterior_chain"):
        week = hr.plan(goal, exclude=["Leg curl"], weeks=2)
        catalog, _ = resolve_sources(None, None)
        planned = {catalog.resolve(r["exercise"]).id for r in week.to_records()}
        assert not curls & planned, goal


def test_a_name_that_says_less_excludes_more() -> None:
    """What a narrower name leaves out, the wider name of its movement leaves out too: 'Leg
    curl' covers 'Seated leg curl' and 'Lying leg curl'; 'Deadlift' covers 'Sumo deadlift'; and
    a name in another language reads as its English one ('Beinbeuger' is 'leg curl')."""
    from hamstring_rules._recommend import resolve_exclude

    catalog, _ = resolve_sources(None, None)
    pairs = [
        ("Leg curl", "Seated leg curl"),
        ("Leg curl", "Lying leg curl"),
        ("Leg curl", "Standing leg curl"),
        ("Deadlift", "Sumo deadlift"),
        ("RDL", "Single-leg RDL"),
        ("Nordic curl", "Assisted Nordic curl"),
    ]
    for wide, narrow in pairs:
        assert resolve_exclude(catalog, [narrow]) <= resolve_exclude(catalog, [wide]), (wide, narrow)
    assert resolve_exclude(catalog, ["Beinbeuger"]) == resolve_exclude(catalog, ["Leg curl"])
    # a name that says a variant keeps the others: the front squat is no back squat
    assert "front_squat" not in resolve_exclude(catalog, ["Back squat"])
    assert "romanian_deadlift" not in resolve_exclude(catalog, ["Deadlift"])  # straight-knee work


def test_the_notes_say_what_each_exclusion_left_out() -> None:
    """recommend(), substitute() and plan() (PL015) each say, per excluded name, which exercises
    it left out; each exclusion's reason names the name that asked for it."""
    result = hr.recommend(goal="tie-in", exclude=["Leg curl", "Good morning"])
    (curl_note,) = [n for n in result.notes if n.startswith("exclude='Leg curl'")]
    assert f"leaves out {len(_leg_curls())} exercises" in curl_note and "Seated leg curl" in curl_note
    assert "exclude='Good morning' leaves out Good morning." in result.notes
    seated = next(e for e in result.excluded if e.exercise.id == "seated_leg_curl")
    assert seated.reason == "Excluded by request (exclude='Leg curl')."
    subs = hr.substitute("RDL", exclude=["Leg curl"])
    assert any(n.startswith("exclude='Leg curl' leaves out") for n in subs.notes)
    week = hr.plan("distal", exclude=["Leg curl"])
    (pl015,) = [n for n in week.notes if n.code == "PL015"]
    assert "Standing leg curl" in pl015.message


def test_exclude_is_the_same_in_recommend_plan_substitute_and_the_command_line() -> None:
    """Each way to exclude leaves out the same exercises: recommend()'s request exclusions,
    substitute()'s, and ``--exclude`` given once with two names or repeated (a repeated
    ``--exclude`` replaced the names before it)."""
    import json

    from hamstring_rules.cli import main

    names = ["Leg curl", "RDL"]
    api = {e.exercise.id for e in hr.recommend("tie-in", exclude=names).excluded if e.kind == "request"}
    swap = hr.substitute("Good morning", exclude=names)
    assert {e.exercise.id for e in swap.excluded if e.kind == "request"} == api
    for argv in (["--exclude", *names], ["--exclude", names[0], "--exclude", names[1]]):
        out = io.StringIO()
        assert main(["recommend", "--goal", "tie-in", *argv, "--format", "json"], stdout=out) == 0
        excluded = json.loads(out.getvalue())["excluded"]
        assert {e["id"] for e in excluded if e["kind"] == "request"} == api, argv


_SPELLINGS = sorted({s for ex in hr.Catalog.builtin() for s in (ex.name, *ex.aliases)})


@settings(max_examples=80, deadline=None)
@given(first=st.sampled_from(_SPELLINGS), second=st.sampled_from(_SPELLINGS))
def test_exclusions_add_up_and_each_leaves_out_what_it_names(first: str, second: str) -> None:
    """For any two catalog spellings: each leaves out the exercise it resolves to; two names
    together leave out what each leaves out alone, in either order (an exclusion is a set of
    movements, not a search that depends on its neighbours)."""
    from hamstring_rules._recommend import resolve_exclude

    catalog = hr.Catalog.builtin()
    one, two = resolve_exclude(catalog, [first]), resolve_exclude(catalog, [second])
    assert catalog.resolve(first).id in one
    assert resolve_exclude(catalog, [first, second]) == one | two == resolve_exclude(catalog, [second, first])


# -- D21: fix() says why each error it leaves is left ------------------------------------------

#: Rehab stage 1 with six exercises it excludes (review rv20 D21's rehab1_wrong.yaml): the other
#: swaps take both of the swing's similar substitutes into its session.
_REHAB1_WRONG: dict[str, object] = {
    "name": "Too much too soon",
    "goal": "rehab",
    "stage": 1,
    "sessions": [
        {
            "name": "Mon",
            "day": "mon",
            "exercises": [
                {"exercise": "Romanian deadlift", "sets": 3, "reps": 8, "tempo": "3-0-3-0"},
                {"exercise": "Nordic hamstring curl", "sets": 3, "reps": 5},
                {"exercise": "Seated leg curl", "sets": 3, "reps": 12, "tempo": "3-0-3-0"},
            ],
        },
        {
            "name": "Thu",
            "day": "thu",
            "exercises": [
                {"exercise": "Good morning", "sets": 3, "reps": 8, "tempo": "3-0-3-0"},
                {"exercise": "Static hamstring stretch", "sets": 3, "hold_s": 30},
                {"exercise": "Kettlebell swing", "sets": 3, "reps": 15},
            ],
        },
    ],
}


def _errors_unaccounted(result: hr.FixResult) -> list[hr.Finding]:
    """The errors ``result.report`` still has that ``why_skipped`` does not name (by code and
    place, counted)."""
    said = [(f.code, str(f.location)) for f, _ in result.why_skipped]
    left = []
    for f in result.report.findings:
        if f.severity == "error":
            if (f.code, str(f.location)) in said:
                said.remove((f.code, str(f.location)))
            else:
                left.append(f)
    return left


def test_a_contraindicated_exercise_whose_substitutes_the_session_holds_is_replaced() -> None:
    """The swing's two similar substitutes were in its session after the other swaps, and fix()
    left the HR010 error with ``skipped`` empty. The fixer looks below the similarity floor at
    the allowed exercises the session does not hold - an unsafe fix (it changes what is trained),
    applied with ``unsafe=True`` and, without it, listed in ``skipped`` with the reason."""
    done = hr.fix(_REHAB1_WRONG, unsafe=True)
    assert not [f for f in done.report.findings if f.severity == "error"], str(done)
    swing = next(fx for fx in done.fixes if fx.title.startswith("Replace Kettlebell swing"))
    assert swing.applicability == "unsafe" and "does not hold" in swing.reason
    safe = hr.fix(_REHAB1_WRONG)
    (left,) = [f for f in safe.report.findings if f.severity == "error"]
    assert left.code == "HR010" and left.location.exercise == "Kettlebell swing"
    assert len(safe.skipped) == len(safe.why_skipped) >= 1
    (why,) = [why for f, why in safe.why_skipped if f.location.exercise == "Kettlebell swing"]
    assert "unsafe" in why
    assert "not fixed: HR010" in str(safe)


def test_an_error_without_a_fixer_is_said_in_skipped() -> None:
    """A rule pack's error with no fixer was left with nothing said: it is in ``skipped`` (a fix
    of no edits naming it) with the reason, in the JSON too."""
    import attrs

    rules = hr.RuleSet.builtin()
    hr010 = rules.get("HR010")
    bare = attrs.evolve(hr010, effect=attrs.evolve(hr010.effect, fix={}))
    done = hr.fix(_REHAB1_WRONG, rules=rules.with_rules([bare]), unsafe=True)
    assert done.report.counts()["error"] >= 1 and not _errors_unaccounted(done)
    for fx, (finding, why) in zip(done.skipped, done.why_skipped, strict=True):
        if finding.code == "HR010":
            assert fx.edits == () and fx.title == "No fix for HR010 (rehab-contraindicated)"
            assert why.startswith("no fixer repairs HR010")
    assert {w["code"] for w in done.to_dict()["why_skipped"]} == {"HR010"}


@settings(max_examples=30, deadline=None)
@given(data=program_data(), unsafe=st.booleans())
def test_every_error_fix_leaves_is_said_with_why(data: dict[str, object], unsafe: bool) -> None:
    """For any program, each error left after fix() is in ``why_skipped`` with a reason, and
    ``skipped`` pairs with it one to one."""
    done = hr.fix(data, unsafe=unsafe)
    assert not _errors_unaccounted(done)
    assert len(done.skipped) == len(done.why_skipped)
    assert all(why.strip() for _, why in done.why_skipped)


def test_a_fixed_program_holds_the_goal_and_stage_it_was_fixed_for() -> None:
    """rv21 N9: a program holding no goal (a sheet's), fixed with goal= and stage=, was returned
    without them: saved and checked again it ran the default goal (HR001 [error] for a clean
    stage-1 rehab program). It holds them now, and checking it again gives fix()'s report."""
    data = {
        "name": "p",
        "sessions": [
            {"name": "A", "day": "mon", "exercises": [
                {"exercise": "Kettlebell swing", "sets": 3, "reps": 10},
                {"exercise": "Straight-knee bridge hold", "sets": 3, "reps": 1, "hold_s": 30}]},
            {"name": "B", "day": "thu", "exercises": [
                {"exercise": "Straight-knee bridge hold", "sets": 3, "reps": 1, "hold_s": 30}]},
        ],
    }  # fmt: skip
    result = hr.fix(data, goal="rehab", stage=1, unsafe=True)
    assert result.fixes
    assert (result.program.goal, result.program.stage) == ("rehab", 1)
    again = hr.check(hr.load_program(result.program.to_dict()))
    assert again.codes == result.report.codes
    unfixed = hr.fix(data, goal="rehab", stage=1)  # nothing applied: the program is as given
    assert unfixed.fixes or unfixed.program.goal is None


def test_an_exercise_an_exclusion_leaves_out_takes_its_variants_with_it() -> None:
    """rv21 N3: exclude=['Hip extension'] left out the 45-degree back extension (an alias of the
    movement) and ranked its weighted and single-leg forms, one as the finisher. Every exercise
    an exclusion leaves out takes its variants."""
    result = hr.recommend(goal="tie-in", exclude=["Hip extension"])
    ranked = {r.exercise.name for r in result}
    assert "45-degree back extension" not in ranked
    assert not {"Weighted 45-degree back extension", "Single-leg 45-degree back extension"} & ranked


@pytest.mark.parametrize("names", [["Nordic, Leg curl"], ["Leg curl,Nordic"]])
def test_a_comma_list_of_exercise_names_excludes_each(names: list[str]) -> None:
    """rv21 N10: --exclude "Nordic, Leg curl" left out the Nordics only (the one string read as
    one name) and the plan prescribed leg curls. A comma between whole exercise names lists
    them; a name whose comma is its own (``Deadlift, Romanian``) stays one."""
    ranked = {r.exercise.name for r in hr.recommend(goal="distal", exclude=names)}
    assert not any("leg curl" in n.casefold() or "nordic" in n.casefold() for n in ranked), ranked
    own = {r.exercise.name for r in hr.recommend(goal="tie-in", exclude=["Deadlift, Romanian"])}
    assert "Romanian deadlift" not in own and "Good morning" in own
