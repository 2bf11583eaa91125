"""The peer rule-engine workload (40 exercises x 15 rules, two goals) three ways.

* ``plain``: a hand-written plain-Python ranking, as a careful developer would write it;
* ``ours``: the same 15 rules as a hamstring_rules rule pack, run by the library's engine;
* ``zen``: zen-engine's decision table (Rust core), a bench-only extra.

All three must produce the ranking in ``peer_workload.json``; the benchmark asserts it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from hamstring_rules._engine import Engine, FactType, Kind, Vocabulary, compile_condition
from hamstring_rules._facts import REQUEST_FACTS
from hamstring_rules.rules import Rule, parse_rule

WORKLOAD = json.loads((Path(__file__).with_name("peer_workload.json")).read_text())
CATALOG: list[dict[str, Any]] = WORKLOAD["catalog"]
GOALS: list[str] = WORKLOAD["goals"]
Ranking = list[tuple[str, float, list[str]]]


def expected(goal: str) -> Ranking:
    return [(e["name"], float(e["score"]), list(e["fired"])) for e in WORKLOAD["expected"][goal]]


# -- plain Python ------------------------------------------------------------------------------


def plain_rank(catalog: Sequence[Mapping[str, Any]], goal: str) -> Ranking:
    """The 15 rules written by hand."""
    out = []
    hyper = goal == "hypertrophy"
    rehab = goal == "rehab"
    for ex in catalog:
        action = ex["primary_action"]
        knee = ex["knee_angle_deg"]
        if ex["ballistic"] or (rehab and ex["compression_in_hip_flexion"]):
            continue  # R03, R12: excluded
        fired = []
        score = 0
        if action == "hip_extension" and knee <= 30:
            fired.append("R01")
            score += 3
        if ex["stretch_at_long_length"]:
            fired.append("R02")
            score += 2
        if rehab and ex["spinal_load"] == 3:
            fired.append("R04")
            score -= 2
        if action == "knee_flexion" and knee <= 30:
            fired.append("R05")
            score += 2
        if action == "knee_extension":
            fired.append("R06")
            score -= 3
        if action == "hip_abduction":
            fired.append("R07")
            score -= 2
        if hyper and ex["systemic_fatigue"] == 3:
            fired.append("R08")
            score -= 1
        if hyper and action == "hip_extension" and ex["stretch_at_long_length"]:
            fired.append("R09")
            score += 2
        if rehab and ex["unilateral"]:
            fired.append("R10")
            score += 1
        if ex["load_position"] == "hands" and ex["grip_demand"] == 3:
            fired.append("R11")
            score -= 1
        if ex["load_position"] == "machine":
            fired.append("R13")
            score += 1
        if knee > 90:
            fired.append("R14")
            score -= 1
        if rehab and ex["load_position"] == "bodyweight" and ex["systemic_fatigue"] <= 2:
            fired.append("R15")
            score += 1
        out.append((-score, ex["name"], fired))
    out.sort(key=lambda t: (t[0], t[1]))
    return [(name, float(-neg), fired) for neg, name, fired in out]


def make_plain_precomputed() -> Callable[[str], Ranking]:
    """The 15 rules by hand, given the same precomputation as the bound engine (the fair
    baseline): each rule's exercise-only part is decided once per exercise; a call checks only
    the goal parts and adds up what fired."""
    # (rule, effect, the goal it needs or None, its exercise-only part)
    rules: list[tuple[str, float | str, str | None, Callable[[Mapping[str, Any]], bool]]] = [
        ("R01", 3, None, lambda e: e["primary_action"] == "hip_extension" and e["knee_angle_deg"] <= 30),
        ("R02", 2, None, lambda e: bool(e["stretch_at_long_length"])),
        ("R03", "exclude", None, lambda e: bool(e["ballistic"])),
        ("R04", -2, "rehab", lambda e: e["spinal_load"] == 3),
        ("R05", 2, None, lambda e: e["primary_action"] == "knee_flexion" and e["knee_angle_deg"] <= 30),
        ("R06", -3, None, lambda e: e["primary_action"] == "knee_extension"),
        ("R07", -2, None, lambda e: e["primary_action"] == "hip_abduction"),
        ("R08", -1, "hypertrophy", lambda e: e["systemic_fatigue"] == 3),
        (
            "R09",
            2,
            "hypertrophy",
            lambda e: e["primary_action"] == "hip_extension" and e["stretch_at_long_length"],
        ),
        ("R10", 1, "rehab", lambda e: bool(e["unilateral"])),
        ("R11", -1, None, lambda e: e["load_position"] == "hands" and e["grip_demand"] == 3),
        ("R12", "exclude", "rehab", lambda e: bool(e["compression_in_hip_flexion"])),
        ("R13", 1, None, lambda e: e["load_position"] == "machine"),
        ("R14", -1, None, lambda e: e["knee_angle_deg"] > 90),
        ("R15", 1, "rehab", lambda e: e["load_position"] == "bodyweight" and e["systemic_fatigue"] <= 2),
    ]
    hits = [(r, e, g, [i for i, ex in enumerate(CATALOG) if holds(ex)]) for r, e, g, holds in rules]
    names = [ex["name"] for ex in CATALOG]
    n = len(names)

    def rank(goal: str) -> Ranking:
        fired: list[list[str]] = [[] for _ in range(n)]
        scores = [0.0] * n
        excluded = [False] * n
        for rid, effect, needs, idx in hits:
            if needs is not None and needs != goal:
                continue
            if isinstance(effect, str):
                for i in idx:
                    excluded[i] = True
            else:
                for i in idx:
                    fired[i].append(rid)
                    scores[i] += effect
        out = [(-scores[i], names[i], fired[i]) for i in range(n) if not excluded[i]]
        out.sort(key=lambda t: (t[0], t[1]))
        return [(name, -neg, ids) for neg, name, ids in out]

    return rank


# -- the library's engine ----------------------------------------------------------------------

_NUMBER, _BOOL = FactType(Kind.NUMBER), FactType(Kind.BOOL)
SCHEMA: Mapping[str, FactType] = {
    "name": FactType(Kind.STR),
    "primary_action": FactType(
        Kind.ENUM, ("hip_extension", "knee_flexion", "knee_extension", "hip_abduction")
    ),
    "knee_angle_deg": _NUMBER,
    "stretch_at_long_length": _BOOL,
    "load_position": FactType(Kind.ENUM, ("bodyweight", "back", "machine", "hands")),
    "unilateral": _BOOL,
    "ballistic": _BOOL,
    "systemic_fatigue": _NUMBER,
    "grip_demand": _NUMBER,
    "spinal_load": _NUMBER,
    "compression_in_hip_flexion": _BOOL,
}
#: The engine is given its vocabulary: the peer workload's facts, and the library's request facts.
VOCABULARY = Vocabulary(SCHEMA, REQUEST_FACTS)
_OPS = {"==": "eq", "<=": "le", ">": "gt", "<": "lt", ">=": "ge", "!=": "ne"}


def rule_pack() -> list[Any]:
    """The workload's rules in the library's declarative format, parsed and validated."""
    rules = []
    for raw in WORKLOAD["rules"]:
        effect = raw["effect"]
        data = {
            "id": raw["id"],
            "symbol": raw["id"].lower(),
            "when": {
                "all": [
                    {"fact": c["field"], "op": _OPS[c["op"]], "value": c["value"]} for c in raw["when_all"]
                ]
            },
            "effect": {"exclude": f"{raw['id']} excludes"} if effect == "exclude" else {"score": effect},
            "rationale": "peer workload",
            "source": "benchmarks/peer_workload.json",
        }
        rules.append(parse_rule(data, f"peer rule {raw['id']}"))
    return rules


def make_ours(bound: bool = True) -> Callable[[str], Ranking]:
    """A ranking function over the library's engine (bound: exercise-only conditions precomputed)."""
    pack = sorted(rule_pack(), key=lambda r: (-r.salience, r.id))
    engine = Engine(
        tuple((r, compile_condition(r.when, VOCABULARY, r.params, r.id)) for r in pack), Rule.applies_to
    )
    subjects = tuple(CATALOG)
    names = [s["name"] for s in subjects]
    runner = engine.bind(subjects)
    effects = {r.id: (r.effect.kind == "exclude", r.effect.score) for r in pack}

    def rank(goal: str) -> Ranking:
        request = {"goal": goal}
        # every call decides which rules fire (no reuse of an earlier answer)
        fired_all = runner.run(goal, request) if bound else engine.run(goal, subjects, request)
        out = []
        for name, fired in zip(names, fired_all, strict=True):
            score = 0.0
            ids = []
            for rule in fired:
                excluded, points = effects[rule.id]
                if excluded:
                    break
                score += points
                ids.append(rule.id)
            else:
                out.append((-score, name, ids))
        out.sort(key=lambda t: (t[0], t[1]))
        return [(name, -neg, ids) for neg, name, ids in out]

    return rank


# -- zen-engine ----------------------------------------------------------------------------------


def make_zen() -> Callable[[str], Ranking] | None:
    """zen-engine's decision table with a 'collect' hit policy; None when not installed."""
    try:
        import zen
    except ModuleNotFoundError:
        return None
    fields = ["goal", *SCHEMA]
    inputs = [{"id": f"c{i}", "name": f, "field": f} for i, f in enumerate(fields)]
    col = {f: f"c{i}" for i, f in enumerate(fields)}
    ops = {"==": "", "<=": "<= ", ">": "> ", "<": "< ", ">=": ">= "}
    rows = []
    for raw in WORKLOAD["rules"]:
        row = {"_id": raw["id"], **{c["id"]: "" for c in inputs}, "o1": json.dumps(raw["id"])}
        for cond in raw["when_all"]:
            value = json.dumps(cond["value"])
            row[col[cond["field"]]] = f"{ops[cond['op']]}{value}"
        rows.append(row)
    content = {
        "nodes": [
            {"id": "in", "type": "inputNode", "name": "Request", "position": {"x": 0, "y": 0}},
            {
                "id": "t",
                "type": "decisionTableNode",
                "name": "rules",
                "position": {"x": 100, "y": 0},
                # loop mode: one evaluate() per ranking call, the table applied to every exercise
                "content": {
                    "hitPolicy": "collect",
                    "executionMode": "loop",
                    "inputField": "catalog",
                    "outputPath": "results",
                    "passThrough": False,
                    "rules": rows,
                    "inputs": inputs,
                    "outputs": [{"id": "o1", "name": "rule", "field": "rule"}],
                },
            },
            {"id": "out", "type": "outputNode", "name": "Response", "position": {"x": 200, "y": 0}},
        ],
        "edges": [
            {"id": "e1", "sourceId": "in", "targetId": "t", "type": "edge"},
            {"id": "e2", "sourceId": "t", "targetId": "out", "type": "edge"},
        ],
    }
    decision = zen.ZenEngine().create_decision(json.dumps(content))
    effects = {r["id"]: r["effect"] for r in WORKLOAD["rules"]}
    order = {r["id"]: i for i, r in enumerate(WORKLOAD["rules"])}
    # The goal is a column of the table, so each goal gets its input prepared once (as our
    # engine is bound to its catalog once).
    inputs_by_goal = {g: {"catalog": [{**ex, "goal": g} for ex in CATALOG]} for g in GOALS}

    def rank(goal: str) -> Ranking:
        results = decision.evaluate(inputs_by_goal[goal])["result"]["results"]
        out = []
        for ex, hits in zip(CATALOG, results, strict=True):
            fired = sorted((h["rule"] for h in hits), key=order.__getitem__)
            if any(effects[r] == "exclude" for r in fired):
                continue
            score = sum(effects[r] for r in fired)
            out.append((-score, ex["name"], fired))
        out.sort(key=lambda t: (t[0], t[1]))
        return [(name, float(-neg), fired) for neg, name, fired in out]

    return rank
