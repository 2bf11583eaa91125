"""The rule engine: validates conditions against a fact vocabulary, compiles them to small
closures once, and evaluates them.

Design (what makes it fast and explainable):

* Conditions are compiled once per rule set into closures; comparisons on enumerations become
  membership tests in precomputed frozensets, so ``spinal_load lt high`` costs one set lookup.
* The top-level conjuncts of a rule are split by what they read: the request only (goal, stage,
  pain: evaluated once per call), the subject only (exercise attributes: evaluated once per
  catalog, when the engine is bound to it), or both (evaluated per subject per call).
* Every call returns, per subject, the rules that fired, in rule order (salience, then id):
  the trace the explanations are built from.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from .errors import RuleError
from .exercises import EXERCISE_FACTS, ORDERED
from .rules import AllOf, Compare, Condition, Not, Param, Rule, RuleSet

__all__ = ["BoundEngine", "Engine", "FactType", "fact_schema", "render_template"]

Facts = Mapping[str, Any]
Pred = Callable[[Facts, Facts], bool]
SubjectPred = Callable[[Facts], bool]


@attrs.frozen
class FactType:
    """What values a fact takes: ``enum`` (with an optional order), ``set`` of enum values,
    ``bool``, ``number`` or ``str``."""

    kind: str
    values: frozenset[str] = frozenset()
    order: Mapping[str, int] | None = None
    doc: str = ""


def _from_python_type(tp: object) -> FactType:
    if tp is bool:
        return FactType("bool")
    if tp in (int, float):
        return FactType("number")
    if tp is str:
        return FactType("str")
    args = getattr(tp, "__args__", None)
    if args:  # frozenset[SomeEnum]
        return FactType("set", frozenset(m.value for m in args[0]))
    members = frozenset(m.value for m in tp)  # type: ignore[attr-defined]
    return FactType("enum", members, ORDERED.get(tp))  # type: ignore[call-overload]


_NUMBER = FactType("number")
_BOOL = FactType("bool")

REQUEST_FACTS: Mapping[str, FactType] = {
    "goal": FactType("str", doc="the goal of the call"),
    "stage": FactType("number", doc="rehab stage 1-4 (absent for unstaged goals)"),
    "pain": FactType("number", doc="pain 0-10 reported by the user, if given"),
    "hypertrophy_goal": FactType("bool", doc="the goal is a hypertrophy goal"),
    "stage_assumed": FactType("bool", doc="no stage was given and the goal's default was used"),
}

_EXERCISE = {name: _from_python_type(tp) for name, tp in EXERCISE_FACTS.items()}

WEEK_FACTS: Mapping[str, FactType] = {
    "complete_week": FactType(
        "bool", doc="a program's week, or a log's ISO week the log covers from Monday to Sunday"
    ),
    "sessions": _NUMBER,
    "hinge_sets": FactType("number", doc="hard sets of straight-knee hip extension"),
    "knee_flexion_sets": _NUMBER,
    "knee_dominant_sets": _NUMBER,
    "bent_knee_hip_extension_sets": _NUMBER,
    "hamstring_sets": FactType("number", doc="weighted: direct 1, bent-knee hip extension 0.5"),
    "proximal_sets": _NUMBER,
    "distal_sets": _NUMBER,
    "whole_sets": _NUMBER,
    "out_of_scope_sets": _NUMBER,
    "lower_body_sets": _NUMBER,
    "unknown_exercises": _NUMBER,
    "heavy_hamstring_sessions": _NUMBER,
    "min_gap_hours": FactType("number", doc="shortest gap between heavy hamstring sessions"),
    "undated_heavy_sessions": FactType("number", doc="heavy hamstring sessions with no day or time"),
    "has_hinge": _BOOL,
    "has_heavy_hinge": _BOOL,
    "has_eccentric_knee_flexion": _BOOL,
    "has_unilateral": _BOOL,
    "min_hinge_reps": FactType("number", doc="lowest rep target of a compound hinge"),
    "max_hip_extension_isolation_reps": _NUMBER,
    "knee_flexion_to_hinge": FactType("number", doc="ratio; infinite when there is no hinge"),
    "knee_dominant_to_hinge": _NUMBER,
}
SESSION_FACTS: Mapping[str, FactType] = {
    "exercises": _NUMBER,
    "hamstring_sets": _NUMBER,
    "high_spinal_load_hinges": FactType("number", doc="hip-extension exercises with high spinal load"),
}
ENTRY_FACTS: Mapping[str, FactType] = {
    **_EXERCISE,
    "sets": _NUMBER,
    "reps_low": _NUMBER,
    "reps_high": _NUMBER,
    "eccentric_s": FactType("number", doc="eccentric seconds from the tempo; 0 when none is given"),
    "has_tempo": _BOOL,
    "rep_s": FactType("number", doc="seconds per repetition: the tempo's four phases added up"),
    "position": FactType("number", doc="1-based position in the session"),
    "after_knee_dominant_or_deadlift": _BOOL,
    "excluded_for_goal": FactType("bool", doc="the goal's ranking rules exclude this exercise"),
    "heavy": FactType("bool", doc="a heavy set: the low end of the rep target at most heavy_max_reps"),
}
NAME_FACTS: Mapping[str, FactType] = {
    "resolution": FactType("enum", frozenset({"exercise", "out_of_scope", "unknown"})),
    "name": FactType("str"),
}

_SCHEMAS: Mapping[str, Mapping[str, FactType]] = {
    "exercise": _EXERCISE,
    "request": {},
    "week": WEEK_FACTS,
    "session": SESSION_FACTS,
    "entry": ENTRY_FACTS,
    "name": NAME_FACTS,
}


def fact_schema(scope: str) -> Mapping[str, FactType]:
    """The facts a rule of ``scope`` may read besides the request facts."""
    return _SCHEMAS[scope]


# -- validation and compilation --------------------------------------------------------------


def _fail(rule: Rule, message: str, suggestion: str | None = None) -> RuleError:
    return RuleError(message, location=f"rule {rule.id}.when", suggestion=suggestion)


def _resolve_value(rule: Rule, value: object) -> object:
    if isinstance(value, Param):
        if value.name not in rule.params:
            raise _fail(rule, f"unknown parameter {value.name!r}", "declare it under 'params'")
        return rule.params[value.name]
    return value


def _compile_compare(rule: Rule, cmp: Compare, schema: Mapping[str, FactType]) -> tuple[Any, str]:
    """Return ``(predicate_of_one_mapping, side)`` where side is ``s`` or ``r``."""
    if cmp.fact in schema:
        ftype, side = schema[cmp.fact], "s"
    elif cmp.fact in REQUEST_FACTS:
        ftype, side = REQUEST_FACTS[cmp.fact], "r"
    else:
        import difflib

        known = [*schema, *REQUEST_FACTS]
        close = difflib.get_close_matches(cmp.fact, known, n=1)
        raise _fail(
            rule,
            f"unknown fact {cmp.fact!r} for a {rule.scope} rule",
            f"did you mean {close[0]!r}?" if close else None,
        )
    op, name = cmp.op, cmp.fact
    value = _resolve_value(rule, cmp.value)

    if ftype.kind == "enum":
        if op in ("eq", "ne"):
            wanted = {value}
        elif op in ("in", "not_in"):
            if not isinstance(value, tuple):
                raise _fail(rule, f"'{op}' takes a list of values for {name!r}")
            wanted = set(value)
        elif op in ("lt", "le", "gt", "ge"):
            if ftype.order is None:
                raise _fail(rule, f"{name!r} has no order; '{op}' does not apply", "use eq or in")
            if value not in ftype.order:
                raise _fail(
                    rule,
                    f"invalid value {value!r} for {name!r}",
                    f"expected one of: {', '.join(ftype.order)}",
                )
            rank = ftype.order[str(value)]
            test = {"lt": rank.__gt__, "le": rank.__ge__, "gt": rank.__lt__, "ge": rank.__le__}[op]
            wanted = {v for v, r in ftype.order.items() if test(r)}
            op = "in"
        else:
            raise _fail(rule, f"'{op}' does not apply to {name!r}", "use eq, ne, in, not_in or lt/gt")
        bad = sorted(str(v) for v in wanted if v not in ftype.values)
        if bad:
            raise _fail(
                rule,
                f"invalid value {bad[0]!r} for {name!r}",
                f"expected one of: {', '.join(sorted(ftype.values))}",
            )
        members = frozenset(wanted)
        if op in ("ne", "not_in"):
            return (lambda f: f[name] not in members), side
        if len(members) == 1:
            (only,) = members
            return (lambda f: f[name] == only), side
        return (lambda f: f[name] in members), side

    if ftype.kind == "set":
        if op != "contains":
            raise _fail(rule, f"{name!r} is a set; use 'contains'")
        if value not in ftype.values:
            raise _fail(
                rule,
                f"invalid value {value!r} for {name!r}",
                f"expected one of: {', '.join(sorted(ftype.values))}",
            )
        return (lambda f: value in f[name]), side

    if ftype.kind == "bool":
        if op not in ("eq", "ne") or not isinstance(value, bool):
            raise _fail(rule, f"{name!r} is true or false; use eq or ne with true/false")
        want = value if op == "eq" else not value
        return (lambda f: f[name] is want), side

    if ftype.kind == "str":
        if op in ("eq", "ne") and isinstance(value, str):
            return ((lambda f: f[name] == value) if op == "eq" else (lambda f: f[name] != value)), side
        if op in ("in", "not_in") and isinstance(value, tuple):
            strings = frozenset(value)
            if op == "in":
                return (lambda f: f[name] in strings), side
            return (lambda f: f[name] not in strings), side
        raise _fail(rule, f"{name!r} is text; use eq/ne with a string or in/not_in with a list")

    # numbers: a missing value (None) never satisfies a comparison
    if op in ("in", "not_in"):
        if not isinstance(value, tuple) or not all(_is_number(v) for v in value):
            raise _fail(rule, f"'{op}' on {name!r} takes a list of numbers")
        numbers = frozenset(value)
        if op == "in":
            return (lambda f: f[name] in numbers), side
        return (lambda f: f[name] is not None and f[name] not in numbers), side
    if op == "contains" or not _is_number(value):
        raise _fail(rule, f"{name!r} is a number; compare it with a number (got {value!r})")
    num = float(value)  # type: ignore[arg-type]

    # One closure per operator: a missing value (None) never satisfies a comparison.
    if op == "eq":
        return (lambda f: f[name] == num), side
    if op == "ne":
        return (lambda f: (v := f[name]) is not None and v != num), side
    if op == "lt":
        return (lambda f: (v := f[name]) is not None and v < num), side
    if op == "le":
        return (lambda f: (v := f[name]) is not None and v <= num), side
    if op == "gt":
        return (lambda f: (v := f[name]) is not None and v > num), side
    return (lambda f: (v := f[name]) is not None and v >= num), side


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _all1(fns: Sequence[Callable[[Facts], bool]]) -> Callable[[Facts], bool]:
    """One predicate that is true when all are (specialised: no generator for 2-3 parts)."""
    if len(fns) == 1:
        return fns[0]
    if len(fns) == 2:
        a, b = fns
        return lambda x: a(x) and b(x)
    if len(fns) == 3:
        a, b, c = fns
        return lambda x: a(x) and b(x) and c(x)
    return lambda x: all(f(x) for f in fns)


def _any1(fns: Sequence[Callable[[Facts], bool]]) -> Callable[[Facts], bool]:
    if len(fns) == 1:
        return fns[0]
    if len(fns) == 2:
        a, b = fns
        return lambda x: a(x) or b(x)
    return lambda x: any(f(x) for f in fns)


def _lift(fn: Any, side: str) -> Pred:
    """A predicate of one side as a predicate of (subject, request)."""
    if side == "s":
        return lambda s, r: fn(s)
    if side == "r":
        return lambda s, r: fn(r)
    if side == "c":
        return lambda s, r: fn
    return fn  # type: ignore[no-any-return]


def _compile(rule: Rule, cond: Condition, schema: Mapping[str, FactType]) -> tuple[Any, str]:
    """Compile a condition to ``(predicate, side)``.

    ``side`` says what the predicate reads: ``s`` the subject (called as ``p(subject)``), ``r``
    the request (``p(request)``), ``m`` both (``p(subject, request)``), ``c`` nothing (then the
    predicate is the constant ``True`` or ``False``). Keeping one-sided predicates one-argument
    avoids a layer of calls on the hot path.
    """
    if isinstance(cond, Compare):
        return _compile_compare(rule, cond, schema)
    if isinstance(cond, Not):
        inner, side = _compile(rule, cond.item, schema)
        if side == "c":
            return (not inner), "c"
        if side == "m":
            return (lambda s, r: not inner(s, r)), "m"
        return (lambda x: not inner(x)), side
    is_all = isinstance(cond, AllOf)
    parts = [_compile(rule, c, schema) for c in cond.items]
    constants = [p for p, side in parts if side == "c"]
    if (is_all and False in constants) or (not is_all and True in constants):
        return (not is_all), "c"
    parts = [(p, side) for p, side in parts if side != "c"]
    if not parts:
        return is_all, "c"
    sides = {side for _, side in parts}
    if len(sides) == 1 and sides != {"m"}:
        return (_all1 if is_all else _any1)([p for p, _ in parts]), sides.pop()
    preds = [_lift(p, side) for p, side in parts]
    if is_all:
        return (lambda s, r: all(p(s, r) for p in preds)), "m"
    return (lambda s, r: any(p(s, r) for p in preds)), "m"


@attrs.frozen
class CompiledRule:
    """A rule with its condition split into request-only, subject-only and mixed parts."""

    rule: Rule
    request: Callable[[Facts], bool] | None
    subject: SubjectPred | None
    mixed: Pred | None


def _never(_: Facts) -> bool:
    return False


def compile_rule(rule: Rule, schema: Mapping[str, FactType] | None = None) -> CompiledRule:
    """Validate and compile one rule against its scope's facts (or ``schema``)."""
    schema = _SCHEMAS[rule.scope] if schema is None else schema
    conjuncts = rule.when.items if isinstance(rule.when, AllOf) else (rule.when,)
    by_side: dict[str, list[Any]] = {"r": [], "s": [], "m": []}
    never = False
    for cond in conjuncts:
        pred, side = _compile(rule, cond, schema)
        if side == "c":
            never = never or not pred
            continue
        by_side[side].append(pred)
    if never:
        return CompiledRule(rule, _never, None, None)
    mixed = by_side["m"]
    mixed_pred: Pred | None
    if not mixed:
        mixed_pred = None
    elif len(mixed) == 1:
        mixed_pred = mixed[0]
    else:
        mixed_pred = lambda s, r: all(p(s, r) for p in mixed)  # noqa: E731
    request = _all1(by_side["r"]) if by_side["r"] else None
    subject = _all1(by_side["s"]) if by_side["s"] else None
    return CompiledRule(rule, request, subject, mixed_pred)


def validate_rule(rule: Rule) -> None:
    """Raise :class:`RuleError` if the rule reads unknown facts or compares wrongly."""
    compile_rule(rule)
    if rule.effect.kind == "finding" and rule.scope in ("exercise", "request"):
        raise RuleError("a finding rule needs scope week, session or entry", location=f"rule {rule.id}.scope")
    if rule.effect.kind == "note" and rule.scope != "request":
        raise RuleError("a note rule needs scope 'request'", location=f"rule {rule.id}.scope")
    if rule.effect.kind != "finding" and rule.scope in ("week", "session", "entry", "name"):
        raise RuleError("week, session and entry rules produce findings", location=f"rule {rule.id}.effect")


# -- evaluation -------------------------------------------------------------------------------


@attrs.frozen(eq=False)
class Engine:
    """Compiled rules of one scope, partitioned by goal.

    ``schema`` replaces the scope's fact vocabulary, so the engine can rank any subjects
    described by flat fact mappings (the benchmarks use it on a peer workload).
    """

    rules: tuple[Rule, ...]
    scope: str = "exercise"
    schema: Mapping[str, FactType] | None = None
    _compiled: tuple[CompiledRule, ...] = attrs.field(init=False)
    _by_goal: dict[str, tuple[CompiledRule, ...]] = attrs.field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        compiled = tuple(compile_rule(r, self.schema) for r in self.rules if r.scope == self.scope)
        object.__setattr__(self, "_compiled", compiled)

    def for_goal(self, goal: str) -> tuple[CompiledRule, ...]:
        """The compiled rules that apply to ``goal``, in evaluation order."""
        found = self._by_goal.get(goal)
        if found is None:
            found = tuple(c for c in self._compiled if c.rule.applies_to(goal))
            self._by_goal[goal] = found  # idempotent: racing threads store equal tuples
        return found

    def run(self, goal: str, subjects: Sequence[Facts], request: Facts) -> list[list[Rule]]:
        """For each subject, the rules that fire for it, in rule order."""
        fired: list[list[Rule]] = [[] for _ in subjects]
        for c in self.for_goal(goal):
            if c.request is not None and not c.request(request):
                continue
            subj, mixed, rule = c.subject, c.mixed, c.rule
            if mixed is None:
                if subj is None:
                    for found in fired:
                        found.append(rule)
                else:
                    for found, s in zip(fired, subjects, strict=True):
                        if subj(s):
                            found.append(rule)
            else:
                for found, s in zip(fired, subjects, strict=True):
                    if (subj is None or subj(s)) and mixed(s, request):
                        found.append(rule)
        return fired

    def bind(self, subjects: Sequence[Facts]) -> BoundEngine:
        """Precompute the subject-only parts of every rule for a fixed list of subjects."""
        return BoundEngine(self, tuple(subjects))


@attrs.frozen(eq=False)
class BoundEngine:
    """An engine bound to a fixed subject list (a catalog): per call, only request-dependent
    parts are evaluated."""

    engine: Engine
    subjects: tuple[Facts, ...]
    _plans: dict[
        str, tuple[tuple[Rule, Callable[[Facts], bool] | None, Pred | None, tuple[int, ...]], ...]
    ] = attrs.field(init=False, factory=dict)
    _results: dict[tuple[str, tuple[bool, ...]], tuple[tuple[Rule, ...], ...]] = attrs.field(
        init=False, factory=dict
    )
    _derived: dict[tuple[str, tuple[bool, ...], str], Any] = attrs.field(init=False, factory=dict)

    def _plan(
        self, goal: str
    ) -> tuple[tuple[Rule, Callable[[Facts], bool] | None, Pred | None, tuple[int, ...]], ...]:
        plan = self._plans.get(goal)
        if plan is None:
            compiled = self.engine.for_goal(goal)
            everyone = tuple(range(len(self.subjects)))
            checks = [(k, c.subject) for k, c in enumerate(compiled) if c.subject is not None]
            hits: list[list[int]] = [[] for _ in compiled]
            # Subject-major: each subject's facts are read once, while hot in the CPU cache
            # (rule-major passes over a 10,000-exercise catalog thrash it).
            for i, subject in enumerate(self.subjects):
                for k, pred in checks:
                    if pred(subject):
                        hits[k].append(i)
            items = []
            for k, c in enumerate(compiled):
                idx = everyone if c.subject is None else tuple(hits[k])
                if idx:
                    items.append((c.rule, c.request, c.mixed, idx))
            plan = tuple(items)
            self._plans[goal] = plan
        return plan

    def run(self, goal: str, request: Facts, *, memo: bool = True) -> Sequence[Sequence[Rule]]:
        """For each bound subject, the rules that fire for it, in rule order.

        With the subjects fixed, the answer depends only on which request-dependent conditions
        hold; when no rule mixes subject and request facts in one condition, answers are
        memoised per (goal, that pattern) - bounded, and returned as shared immutable tuples.
        """
        plan = self._plan(goal)
        if memo and not any(mixed is not None for _, _, mixed, _ in plan):
            active = tuple(req is None or bool(req(request)) for _, req, _, _ in plan)
            key = (goal, active)
            found = self._results.get(key)
            if found is None:
                lists: list[list[Rule]] = [[] for _ in self.subjects]
                for (rule, _, _, idx), on in zip(plan, active, strict=True):
                    if on:
                        for i in idx:
                            lists[i].append(rule)
                found = tuple(tuple(f) for f in lists)
                if len(self._results) < _RESULT_MEMO_SIZE:
                    self._results[key] = found
            return found
        subjects = self.subjects
        fired: list[list[Rule]] = [[] for _ in subjects]
        for rule, req, mixed, idx in plan:
            if req is not None and not req(request):
                continue
            if mixed is None:
                for i in idx:
                    fired[i].append(rule)
            else:
                for i in idx:
                    if mixed(subjects[i], request):
                        fired[i].append(rule)
        return fired

    def derived(
        self, goal: str, request: Facts, name: str, build: Callable[[Sequence[Sequence[Rule]]], Any]
    ) -> Any:
        """``build(fired)`` for this request, memoised like :meth:`run` (per goal, pattern of
        request-dependent conditions and ``name``): callers precompute per-subject results once."""
        plan = self._plan(goal)
        if any(mixed is not None for _, _, mixed, _ in plan):
            return build(self.run(goal, request, memo=False))
        key = (goal, tuple(req is None or bool(req(request)) for _, req, _, _ in plan), name)
        found = self._derived.get(key)
        if found is None:
            found = build(self.run(goal, request))
            if len(self._derived) < _RESULT_MEMO_SIZE:
                self._derived[key] = found
        return found


_RESULT_MEMO_SIZE = 64


@functools.lru_cache(maxsize=64)
def engine_for(rules: RuleSet, scope: str) -> Engine:
    """The compiled engine of one scope of a rule set (memoised: both are immutable)."""
    return Engine(rules.rules, scope)


@functools.lru_cache(maxsize=64)
def bound_engine(rules: RuleSet, catalog: Any) -> BoundEngine:
    """The exercise-scope engine bound to a catalog's exercises (memoised)."""
    return engine_for(rules, "exercise").bind(catalog.facts())


_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def render_template(template: str, values: Mapping[str, object]) -> str:
    """Fill ``{name}`` placeholders from ``values``; no attribute access, no format specs."""

    def sub(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if value is None:
            return match.group(0)
        if isinstance(value, float):
            return "infinite" if value == float("inf") else f"{value:g}"
        return str(value)

    return _PLACEHOLDER.sub(sub, template)
