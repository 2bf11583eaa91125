"""explain's choice between an exercise and a rule, exclusions of a movement's variants, and
fix()'s account of the errors it leaves (review rv20: D18, D19, D21)."""

from __future__ import annotations

import io
import re
import shlex

import hamstring_rules as hr
from hamstring_rules._recommend import resolve_sources

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
