"""The rule grammar: parsing, validation errors with locations, and rule-set operations."""

from __future__ import annotations

from typing import Any

import pytest

import hamstring_rules as hr
from hamstring_rules.rules import compile_rule, parse_rule

RULES = hr.RuleSet.builtin()


def _rule(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "T1",
        "symbol": "test-rule",
        "goals": ["tie_in_hypertrophy"],
        "when": {"fact": "region", "op": "eq", "value": "proximal"},
        "effect": {"score": 3},
        "rationale": "because",
        "source": "heuristic",
    }
    base.update(changes)
    return base


def _pack(*rules: dict[str, Any]) -> hr.RuleSet:
    return RULES.with_rules(parse_rule(r, f"pack: rule[{i}]") for i, r in enumerate(rules))


@pytest.mark.parametrize(
    ("changes", "location", "fragment"),
    [
        (
            {"when": {"fact": "regoin", "op": "eq", "value": "proximal"}},
            "rule T1.when",
            "unknown fact 'regoin'",
        ),
        (
            {"when": {"fact": "region", "op": "like", "value": "proximal"}},
            "rule T1.when.op",
            "unknown operator",
        ),
        ({"when": {"fact": "region", "op": "eq", "value": "upper"}}, "rule T1.when", "invalid value 'upper'"),
        ({"when": {"fact": "laterality", "op": "lt", "value": "bilateral"}}, "rule T1.when", "no order"),
        (
            {"when": {"all": [{"fact": "region", "op": "eq", "value": "proximal"}, {"nope": 1}]}},
            "rule T1.when.all[1].nope",
            "unknown key",
        ),
        (
            {"when": {"fact": "stage", "op": "ge", "value": {"param": "x"}}},
            "rule T1.when",
            "unknown parameter",
        ),
        ({"effect": {"score": "lots"}}, "rule T1.effect.score", "must be a number"),
        ({"effect": {"score": 1, "exclude": "x"}}, "rule T1.effect", "exactly one"),
        ({"effect": {"prescribe": {"tempo": "slow"}}}, "rule T1.effect.prescribe.tempo", "tempo"),
        ({"goals": ["tie_in_hypertrophyy"]}, "rule T1.goals", "unknown goal"),
        ({"scope": "month"}, "rule T1.scope", "unknown scope"),
        ({"symbol": "Bad Symbol"}, "rule T1.symbol", "symbol"),
        ({"rationale": ""}, "rule T1.rationale", "required"),
        ({"colour": "red"}, "rule T1.colour", "unknown key"),
        ({"when": {"fact": "ballistic", "op": "eq", "value": "yes"}}, "rule T1.when", "true or false"),
        ({"when": {"fact": "equipment", "op": "eq", "value": "barbell"}}, "rule T1.when", "contains"),
    ],
)
def test_bad_rules_are_rejected_with_rule_and_path(
    changes: dict[str, Any], location: str, fragment: str
) -> None:
    """Each malformed rule raises RuleError naming the rule id and the path inside it."""
    with pytest.raises(hr.RuleError) as info:
        _pack(_rule(**changes))
    assert info.value.location == location
    assert fragment in str(info.value)


def test_operator_spellings_are_accepted() -> None:
    """``<=`` and ``le`` are the same operator."""
    a = _pack(_rule(when={"fact": "stage", "op": "<=", "value": 2})).get("T1")
    b = _pack(_rule(when={"fact": "stage", "op": "le", "value": 2})).get("T1")
    assert a.when == b.when


def test_ordered_enums_compare_by_order() -> None:
    """``spinal_load lt high`` is true for low and moderate only."""
    rule = _pack(_rule(when={"fact": "spinal_load", "op": "lt", "value": "high"})).get("T1")
    compiled = compile_rule(rule)
    assert compiled.subject is not None
    assert [compiled.subject({"spinal_load": v}) for v in ("low", "moderate", "high")] == [True, True, False]


def test_missing_number_never_satisfies_a_comparison() -> None:
    """A comparison with an absent request fact (pain=None) is false, not an error."""
    rule = _pack(_rule(when={"fact": "pain", "op": "lt", "value": 11})).get("T1")
    compiled = compile_rule(rule)
    assert compiled.request is not None
    assert compiled.request({"pain": None}) is False
    assert compiled.request({"pain": 3}) is True


def test_rule_set_order_does_not_matter() -> None:
    """The same rules in any order make an equal set with the same evaluation order."""
    shuffled = hr.RuleSet(list(reversed(RULES.rules)), RULES.goals)
    assert shuffled == RULES and shuffled.rules == RULES.rules


def test_without_and_reweighted_return_new_sets() -> None:
    """Disabling and re-weighting leave the built-in set untouched."""
    fewer = RULES.without("TI001")
    assert "TI001" not in fewer and "TI001" in RULES
    heavier = RULES.reweighted({"TI006": -50})
    assert heavier.get("TI006").effect.score == -50
    assert RULES.get("TI006").effect.score == -5
    with pytest.raises(hr.UnknownCodeError):
        RULES.without("NOPE")
    with pytest.raises(hr.RuleError):
        RULES.reweighted({"X001": 3})


def test_disabling_the_hinge_rule_changes_the_ranking() -> None:
    """Rules drive the ranking: without TI001, the seated curl climbs."""
    base = hr.recommend(goal="tie-in").rank_of("seated_leg_curl")
    changed = hr.recommend(goal="tie-in", rules=RULES.without("TI001")).rank_of("seated_leg_curl")
    assert changed is not None and base is not None and changed < base


def test_every_builtin_rule_has_rationale_and_source() -> None:
    """Every shipped rule explains itself and cites the article, evidence or 'heuristic'."""
    for rule in RULES:
        assert rule.rationale.strip() and rule.source.strip(), rule.id
        src = rule.source.lower()
        assert any(w in src for w in ("article", "heuristic", "20", "evidence", "silbernagel")), rule.id


def test_describe_is_readable() -> None:
    """describe() renders the condition and effect in one line."""
    text = RULES.get("TI001").describe()
    assert text.startswith("TI001 straight-knee-hinge: when straight_knee_hip_extension eq true")


def test_goal_aliases() -> None:
    """Goal aliases from the issue resolve."""
    for alias in ("tie-in", "upper_hamstring", "glute_ham_tie_in"):
        assert RULES.goal(alias).id == "tie_in_hypertrophy"
    for alias in ("tendinopathy", "high_hamstring_rehab"):
        assert RULES.goal(alias).id == "rehab"


def test_deep_conditions_are_refused() -> None:
    """Nesting beyond the limit is an InputLimitError, not a RecursionError."""
    cond: dict[str, Any] = {"fact": "region", "op": "eq", "value": "proximal"}
    for _ in range(50):
        cond = {"not": cond}
    with pytest.raises(hr.InputLimitError):
        _pack(_rule(when=cond))


def test_shipped_rules_validate_strictly() -> None:
    """The built-in rules, loaded without re-validation at import, pass full validation."""
    strict = hr.RuleSet(RULES.rules, RULES.goals)
    assert strict == RULES


def test_compiled_data_matches_the_toml_sources() -> None:
    """data/builtin.json is the TOML sources parsed (regenerate: python -m hamstring_rules._data)."""
    from hamstring_rules._data import COMPILED, compile_json, read_text

    assert read_text(COMPILED) == compile_json(), "run: python -m hamstring_rules._data"


def test_a_message_says_one_session_and_two_sessions() -> None:
    """Messages read '1 session(s) with ...': ``{name|one|many}`` renders the number with its
    noun, singular for exactly 1; rule packs may use it, and its name is checked like any
    placeholder."""
    from hamstring_rules._engine import placeholders, render_template

    template = "{n|session|sessions} with work; {d|training day|training days} a week; {t}"
    assert placeholders(template) == ("n", "d", "t")
    assert (
        render_template(template, {"n": 1, "d": 1.0, "t": "x"})
        == "1 session with work; 1 training day a week; x"
    )
    assert (
        render_template(template, {"n": 0, "d": 2.5, "t": 1})
        == "0 sessions with work; 2.5 training days a week; 1"
    )
    assert render_template("{n|set|sets}", {"n": True}) == "True sets"  # a bool is no count
    assert render_template("{n|set|sets}", {}) == "{n|set|sets}"  # an unknown value stays as written
    week = {
        "name": "one session",
        "sessions": [
            {
                "name": "A",
                "day": "mon",
                "exercises": [{"exercise": "Romanian Deadlift", "sets": 3, "reps": 8}],
            }
        ],
    }
    messages = [f.message for f in hr.check(week) if f.code == "HR005"]
    assert messages and all("(s)" not in m for m in messages) and any("1 session with" in m for m in messages)
    rule = {
        "id": "MY001",
        "symbol": "my-check",
        "scope": "week",
        "when": {"fact": "hinge_sets", "op": "ge", "value": 0},
        "effect": {
            "finding": {"severity": "info", "message": "{hinge_sets|set|sets} of hinge", "suggestion": ""}
        },
        "rationale": "r",
        "source": "heuristic",
    }
    hr.RuleSet.from_data({"rule": [rule]})  # a declared fact with its nouns: built
    rule["effect"] = {"finding": {"severity": "info", "message": "{nope|set|sets}", "suggestion": ""}}
    with pytest.raises(hr.RuleError, match=r"unknown placeholder \{nope\}"):
        hr.RuleSet.from_data({"rule": [rule]})


def test_no_built_in_message_leaves_a_brace_unfilled() -> None:
    """A template the placeholder pattern does not read ('{n|Nordic (eccentric) set|...}') would
    be printed with its braces. Every built-in finding, note and plan-note template fills every
    brace it has."""
    import re

    from hamstring_rules._data import builtin_data
    from hamstring_rules._engine import placeholders, render_template

    texts = [t for r in hr.RuleSet.builtin() for t in (r.effect.text, r.effect.suggestion) if t]
    texts += [
        t
        for n in builtin_data()["plans.toml"]["note"].values()
        for t in (n["message"], n.get("suggestion", ""))
    ]
    for text in texts:
        filled = render_template(text, dict.fromkeys(placeholders(text), 2))
        assert not re.search(r"\{[^}]*\}", filled), text
