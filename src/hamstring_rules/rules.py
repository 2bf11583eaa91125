"""Rules as data: the declarative grammar, its parser and the :class:`RuleSet`.

A rule is an id, a short symbol, the goals it applies to, a condition, one effect, a salience,
a rationale in plain words and a source. Conditions are nested ``all`` / ``any`` / ``not`` of
fact comparisons, parsed and validated here - never evaluated as code::

    [[rule]]
    id = "TI001"
    symbol = "straight-knee-hinge"
    goals = ["tie_in_hypertrophy"]
    when = { all = [
      { fact = "primary_action", op = "eq", value = "hip_extension" },
      { fact = "knee", op = "in", value = ["straight", "soft_fixed"] },
    ] }
    effect = { score = 40 }
    rationale = "Hip extension with near-straight knees loads the upper hamstring at long length."
    source = "article: introduction; Bourne 2017"

Operators: ``eq ne in not_in lt le gt ge contains``; ordered enumerations (low/moderate/high,
extended/mid/deep, short/mid/long) compare by their order. A value may be ``{ param = "name" }``,
read from the rule's ``params`` table, so thresholds can be configured per call.

Effects (exactly one): ``score`` (a number added to the exercise's score), ``exclude`` (a reason
the exercise is unsafe or wrong for the goal at this stage: a program check reports it, HR010),
``out_of_scope`` (a reason the exercise is not a hamstring exercise for this ranking - a calf
raise, a leg extension: left out of the ranking, never reported as a contraindication),
``prescribe`` (a table of prescription fields), ``cue`` (a coaching cue), ``note`` (a note on the
whole result), ``finding`` (a program-check finding: severity, message, suggestion), ``role``
(the role an exercise fills for the goal - heavy hinge, finisher... - one of the roles every goal
of the rule declares; the highest-salience role rule that fires wins).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

if TYPE_CHECKING:
    from pathlib import Path

from ._engine import (
    ALWAYS,
    AllOf,
    AnyOf,
    Compare,
    Compiled,
    Condition,
    Engine,
    Not,
    Param,
    compile_condition,
    placeholders,
)
from ._facts import GOAL_VALUES, VOCABULARIES, template_names
from ._validate import FrozenDict, frozen, plain_fields, plain_methods, type_name
from .errors import InputLimitError, RequestError, RuleError, UnknownCodeError, label, shown
from .exercises import Modality

__all__ = [
    "AllOf",
    "AnyOf",
    "Compare",
    "Effect",
    "Goal",
    "Not",
    "PlanLayout",
    "PlanSlot",
    "Role",
    "Rule",
    "RuleSet",
]

#: Pain (0-10) above which loading is unacceptable for a goal without stages: the pain-monitoring
#: model's 5/10 (Silbernagel 2007; Goom 2016). Staged goals set their own (``pain_step_back_above``).
PAIN_LIMIT = 5.0

Scope = Literal["exercise", "request", "week", "session", "entry", "name"]
SCOPES: tuple[Scope, ...] = ("exercise", "request", "week", "session", "entry", "name")
OPS = ("eq", "ne", "in", "not_in", "lt", "le", "gt", "ge", "contains")
_OP_ALIASES = {"==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}
PRESCRIPTION_FIELDS = (
    "sets",
    "reps",
    "tempo",
    "rir",
    "placement",
    "frequency_per_week",
    "rest_hours",
    "load",
)
SEVERITIES = ("error", "warning", "info")
#: The fixers a finding's ``fix`` may name (implemented in ``_fix.FIXERS``, which checks it
#: implements exactly these; the grammar does not import its consumers).
FIXER_NAMES = ("add-exercise", "move-before", "move-day", "rename", "set-tempo", "shift-sets", "substitute")
#: Most rules one rule set may hold (a guard against untrusted packs).
MAX_RULES = 2000
MAX_CONDITION_DEPTH = 12
MAX_TEXT = 2000
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,63}$")
_SYMBOL = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
_ROLE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


def _close_matches(word: str, possibilities: list[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    import difflib  # only on the error path

    return difflib.get_close_matches(word, possibilities, n=n, cutoff=cutoff)


# -- effects and rules ---------------------------------------------------------------------------


#: Rules, goals and their parts read the built-in a str, int or float subclass holds (one built
#: or evolved in Python kept it, and its raising __hash__ reached RuleSet.with_rules/with_goals).
_PLAIN_FIELDS = plain_fields()


@attrs.frozen(field_transformer=_PLAIN_FIELDS)
class Effect:
    """What a rule does when it fires; ``kind`` says which of the other fields is used."""

    kind: Literal["score", "exclude", "prescribe", "cue", "note", "finding", "role"]
    score: float = 0.0
    text: str = ""
    """The exclusion reason, cue or note; the finding's message template; the role id."""
    prescription: Mapping[str, object] = attrs.field(factory=FrozenDict, hash=False, converter=frozen)
    severity: str = ""
    severity_by_goal: Mapping[str, str] = attrs.field(factory=FrozenDict, hash=False, converter=frozen)
    suggestion: str = ""
    code: str = ""
    """The finding's code when several rules share one (``HR012`` low and high)."""
    out_of_scope: bool = False
    """An exclusion that says the exercise is outside the ranking's scope (not a hamstring
    exercise for this goal), not that it is unsafe: written ``out_of_scope = "reason"``."""
    fix: Mapping[str, str] = attrs.field(factory=FrozenDict, hash=False, converter=frozen)
    """A finding's mechanical repair: ``fixer`` (a name in ``_fix.FIXERS``), ``applicability``
    (``safe`` or ``unsafe``) and the fixer's own options (``role``, ``place``)."""

    def describe(self) -> str:
        """Short text: ``+40``, ``exclude``, ``prescribe sets, reps``..."""
        if self.kind == "score":
            return f"{self.score:+g}"
        if self.kind == "prescribe":
            return "prescribe " + ", ".join(self.prescription)
        if self.kind == "finding":
            return self.severity
        if self.kind == "role":
            return f"role {self.text}"
        if self.out_of_scope:
            return "out of scope"
        return self.kind


#: The range of a rule's param when the rule declares none (``param_ranges``): a threshold
#: counts sets, sessions, reps, hours, seconds, weeks or kilograms, or is a ratio of two such
#: counts, so it is never negative - a negative one switched its check off (HR012 below -5 sets
#: never fires) or on for good. The top is the bound every number in a rule has (1e15).
DEFAULT_PARAM_RANGE: tuple[float, float] = (0.0, 1e15)


@attrs.frozen(cache_hash=True, field_transformer=_PLAIN_FIELDS)
class Rule:
    """One rule: data with a rationale and a source, never code."""

    id: str
    symbol: str
    effect: Effect
    when: Condition = ALWAYS
    scope: Scope = "exercise"
    goals: tuple[str, ...] = ("*",)
    salience: int = 0
    rationale: str = ""
    source: str = ""
    params: Mapping[str, float] = attrs.field(factory=FrozenDict, hash=False, converter=frozen)
    doc: Mapping[str, str] = attrs.field(factory=FrozenDict, hash=False, converter=frozen)
    """Longer docs (what, why, example, instead) shown by ``explain``."""
    param_ranges: Mapping[str, tuple[float, float]] = attrs.field(
        factory=FrozenDict, hash=False, converter=frozen
    )
    """Each param's valid ``(low, high)``, both included; a param without one has
    :data:`DEFAULT_PARAM_RANGE` (see :meth:`param_range`)."""

    def param_range(self, name: str) -> tuple[float, float]:
        """The values param ``name`` may take: its declared range, else :data:`DEFAULT_PARAM_RANGE`."""
        return self.param_ranges.get(name, DEFAULT_PARAM_RANGE)

    def applies_to(self, goal: str) -> bool:
        """Whether the rule is in scope for ``goal``."""
        return "*" in self.goals or goal in self.goals

    @property
    def code(self) -> str:
        """The finding code a finding rule reports: its effect's ``code``, else its id."""
        return self.effect.code or self.id

    def describe(self) -> str:
        """One line: ``TI001 straight-knee-hinge: when ... then +40``."""
        return f"{self.id} {self.symbol}: when {self.when.describe()} then {self.effect.describe()}"


# -- what a rule may do where (domain policy, next to the grammar) -----------------------------

#: The effects a rule of each scope may have.
EFFECTS_BY_SCOPE: Mapping[str, frozenset[str]] = {
    "exercise": frozenset({"score", "exclude", "prescribe", "cue", "role"}),
    "request": frozenset({"score", "exclude", "prescribe", "cue", "note"}),
    "week": frozenset({"finding"}),
    "session": frozenset({"finding"}),
    "entry": frozenset({"finding"}),
    "name": frozenset({"finding"}),
}


def contraindication(fired: Iterable[Rule]) -> Rule | None:
    """The exclusion a program check reports (HR010) among the rules that fired for one
    exercise, in salience order: the first ``exclude``. An ``out_of_scope`` exclusion (a calf
    raise, hip abduction, a leg extension for strain rehab: not a hamstring exercise for the
    ranking) is never reported - the exercise is simply not counted - but it hides no ``exclude``
    that fired beside it: a rule that names a safety reason is always reported."""
    return next((r for r in fired if r.effect.kind == "exclude" and not r.effect.out_of_scope), None)


def _range_pair(bounds: object, name: object, where: str) -> None:
    """A param's declared range: ``[low, high]``, two numbers, low first."""
    if not isinstance(bounds, tuple | list) or len(bounds) != 2:
        raise RuleError(f"the range of param {shown(name)} takes [low, high]", location=where)
    for bound in bounds:
        _require_number(bound, f"the range of param {shown(name)} takes two numbers", where)
    _require(bounds[0] <= bounds[1], f"the range of param {shown(name)} is [low, high], low first", where)


def check_param_ranges(rule: Rule) -> None:
    """Each of the rule's params within its range (:meth:`Rule.param_range`), and each declared
    range a ``low <= high`` pair of numbers for one of its params. Raises
    :class:`~hamstring_rules.RuleError` naming the rule, the param, the value and the range."""
    for name, bounds in rule.param_ranges.items():
        where = f"rule {rule.id}.param_ranges.{label(name)}"
        if name not in rule.params:
            raise RuleError(
                f"a range for {shown(name)}, which is not a param of rule {rule.id}",
                location=where,
                suggestion=f"its params: {', '.join(rule.params) or 'none'}",
            )
        _range_pair(bounds, name, where)
    for name, value in rule.params.items():
        low, high = rule.param_range(name)
        if not low <= value <= high:
            raise RuleError(
                f"param {name} = {value:g} is outside its range, {low:g} to {high:g}",
                location=f"rule {rule.id}.params.{label(name)}",
                suggestion=(
                    f"give {name} a value from {low:g} to {high:g}"
                    if name in rule.param_ranges
                    else f"a param without a declared range is a threshold from {low:g} up"
                    " (sets, hours, kg, weeks, a ratio); a rule pack may declare another in param_ranges"
                ),
            )


def compile_rule(rule: Rule) -> Compiled:
    """Validate one rule against its scope's vocabulary and policy, and compile its condition.

    Raises :class:`~hamstring_rules.RuleError` naming the rule for an unknown fact, parameter or
    ``{placeholder}``, a comparison that does not fit the fact's type, or an effect the scope
    does not allow.
    """
    check_param_ranges(rule)
    kind = rule.effect.kind
    if kind not in EFFECTS_BY_SCOPE[rule.scope]:
        if kind == "finding":
            message, where = "a finding rule needs scope week, session, entry or name", "scope"
        elif kind == "note":
            message, where = "a note rule needs scope 'request'", "scope"
        elif kind == "role":
            message, where = "a role rule needs scope 'exercise'", "scope"
        else:
            message, where = "week, session, entry and name rules produce findings", "effect"
        raise RuleError(message, location=f"rule {rule.id}.{where}")
    if kind == "prescribe":  # a rule built in Python did not pass parse_effect
        check_prescription(rule.effect.prescription, f"rule {rule.id}.effect.prescribe")
    compiled = compile_condition(rule.when, VOCABULARIES[rule.scope], rule.params, f"rule {rule.id}.when")
    texts: tuple[tuple[str, str, str | None], ...] = ()  # (field, where, text)
    if kind == "finding":
        at = f"rule {rule.id}.effect.finding"
        texts = (
            ("message", f"{at}.message", rule.effect.text),
            ("suggestion", f"{at}.suggestion", rule.effect.suggestion),
        )
    elif kind in ("note", "cue"):
        texts = ((kind, f"rule {rule.id}.effect.{kind}", rule.effect.text),)
    elif kind == "prescribe":
        at = f"rule {rule.id}.effect.prescribe"
        texts = tuple(
            (key, f"{at}.{key}", v) for key, v in rule.effect.prescription.items() if isinstance(v, str)
        )
    # a cue or a prescription is shared by every request of a ranking pattern: the goal's values only
    goal_only = kind in ("cue", "prescribe")
    for field, where, text in texts:
        for name in placeholders(text or ""):
            known = (GOAL_VALUES if goal_only else template_names(rule.scope)) | frozenset(rule.params)
            if name not in known:
                raise _unknown(
                    f"unknown placeholder {{{name}}} in the {field}",
                    name,
                    sorted(known),
                    where,
                    f"a {kind} may use {', '.join(sorted(GOAL_VALUES))} and the rule's params"
                    if goal_only
                    else f"see: hamstring-rules explain --facts {rule.scope}",
                )
    return compiled


@attrs.frozen(field_transformer=_PLAIN_FIELDS)
class Role:
    """A slot a goal's week is built from (the article's advice is a pairing: a heavy hinge
    first, a light high-rep finisher later...). Rules with a ``role`` effect say which
    exercises fill it; :meth:`RecommendationResult.by_role` gives the top pick of each."""

    id: str
    name: str
    description: str = ""
    source: str = ""


@attrs.frozen(field_transformer=_PLAIN_FIELDS)
class PlanSlot:
    """One place in a planned week: the role that goes there, in session order.

    ``every = 2`` puts the role in every other session (``offset`` picks which); ``stages``
    limits it to those stages of a staged goal (empty: every stage); ``modalities`` are kinds
    of work (:class:`~hamstring_rules.Modality` values) the role's sessions of the week cover,
    one each in turn, before its best-ranked exercise fills the rest (rehab stage 4's energy
    storage: plyometrics and running, Goom 2016)."""

    role: str
    every: int = 1
    offset: int = 0
    stages: tuple[int, ...] = ()
    modalities: tuple[str, ...] = ()

    def in_session(self, index: int, count: int) -> bool:
        """Whether the slot's role goes in session ``index`` of ``count`` (all when too few)."""
        if count <= self.offset:
            return True
        return index % self.every == self.offset % self.every


@attrs.frozen(field_transformer=_PLAIN_FIELDS)
class PlanLayout:
    """How :func:`~hamstring_rules.plan` lays out a week for a goal: its slots in session order,
    the weekly hamstring hard sets to keep within, and what ``weeks=N`` progresses (``volume``
    adds sets; ``load`` walks each prescription's range). A goal declares it as ``[goal.plan]``
    in a rule pack; the shipped goals' layouts are ``data/plans.toml``."""

    slots: tuple[PlanSlot, ...]
    weekly_sets: tuple[int, int] | None = None
    progression: Literal["volume", "load"] = "volume"
    source: str = "heuristic"


@attrs.frozen(field_transformer=_PLAIN_FIELDS)
class Goal:
    """A training goal: the id rules are scoped by, with aliases and notes.

    ``roles`` are the goal's slots in presentation order. ``pain_step_back_above`` (staged goals):
    a pain score above it steps back one stage (the pain-monitoring model)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    hypertrophy: bool = False
    staged: bool = False
    default_stage: int | None = None
    stages: Mapping[int, str] = attrs.field(factory=FrozenDict, hash=False, converter=frozen)
    source: str = ""
    roles: tuple[Role, ...] = ()
    pain_step_back_above: float | None = None
    plan: PlanLayout | None = None
    """The week layout :func:`~hamstring_rules.plan` uses (None: the shipped one for this id,
    else one slot per role in every session)."""

    @property
    def role_ids(self) -> tuple[str, ...]:
        """The ids of the goal's roles, in presentation order."""
        return tuple(r.id for r in self.roles)

    @property
    def pain_limit(self) -> float:
        """Pain (0-10, during exercise or the next morning) above which loading is too much:
        :attr:`pain_step_back_above` for a staged goal, else :data:`PAIN_LIMIT` (5/10)."""
        return self.pain_step_back_above if self.pain_step_back_above is not None else PAIN_LIMIT

    def pain_over_limit(self, *pains: float | None) -> float | None:
        """The worst of the pains given (during exercise, the next morning) when it is above
        :attr:`pain_limit`, else ``None``."""
        worst = max((p for p in pains if p is not None), default=None)
        return worst if worst is not None and worst > self.pain_limit else None


# -- parsing ------------------------------------------------------------------------------------


_Item = TypeVar("_Item", Rule, Goal)


def _once_each(items: Sequence[_Item], kind: str, *, ordered: bool = True) -> Sequence[_Item]:
    """``items`` when no two share an id; else a :class:`RuleError` naming the id (and the two
    positions, when ``items`` are in the caller's order). An existing rule or goal is replaced by
    one with its id, but two added at once cannot both be it (the first was dropped without a
    word: a pack's copied rule left unrenamed)."""
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.id in seen:
            where = f": {kind}s [{seen[item.id]}] and [{i}]" if ordered else ""
            raise RuleError(
                f"duplicate {kind} id {shown(item.id)}{where}",
                location=f"{kind} {label(item.id)}",
                suggestion="give each its own id",
            )
        seen[item.id] = i
    return items


def _require(cond: bool, message: str, where: str, suggestion: str | None = None) -> None:
    if not cond:
        raise RuleError(message, location=where, suggestion=suggestion)


def _require_number(value: object, message: str, where: str) -> None:
    """A finite number within 1e15 either way (checked before any conversion: ``10**400``,
    ``1e309``, NaN and infinity are errors, not OverflowErrors later)."""
    _require(isinstance(value, int | float) and not isinstance(value, bool), message, where)
    from ._validate import number

    number(value, "the value", error=RuleError, location=where, minimum=-1e15, maximum=1e15)


def _unknown(message: str, word: str, known: Iterable[str], where: str, otherwise: str) -> RuleError:
    """An "unknown ..." error suggesting the closest known word (else ``otherwise``)."""
    close = _close_matches(word, list(known), n=1) if len(word) <= 100 else []
    suggestion = f"did you mean {close[0]!r}?" if close else otherwise
    return RuleError(message, location=where, suggestion=suggestion)


def _check_keys(data: Mapping[str, Any], allowed: Sequence[str], where: str) -> None:
    for key in data:
        if key not in allowed:
            expected = f"expected one of: {', '.join(allowed)}"
            where_key = f"{where}.{label(key)}"
            raise _unknown(f"unknown key {shown(key)}", label(key), allowed, where_key, expected)


def parse_condition(data: Any, where: str, depth: int = 0) -> Condition:
    """Parse nested ``all``/``any``/``not``/comparison tables into a :data:`Condition`."""
    if depth > MAX_CONDITION_DEPTH:
        raise InputLimitError(f"condition nested deeper than {MAX_CONDITION_DEPTH}", location=where)
    _require(isinstance(data, Mapping), f"a condition must be a table, got {type(data).__name__}", where)
    if "all" in data or "any" in data:
        key = "all" if "all" in data else "any"
        _check_keys(data, [key], where)
        items = data[key]
        _require(isinstance(items, list), f"'{key}' takes a list of conditions", f"{where}.{key}")
        parsed = tuple(
            parse_condition(item, f"{where}.{key}[{i}]", depth + 1) for i, item in enumerate(items)
        )
        return AllOf(parsed) if key == "all" else AnyOf(parsed)
    if "not" in data:
        _check_keys(data, ["not"], where)
        return Not(parse_condition(data["not"], f"{where}.not", depth + 1))
    _check_keys(data, ["fact", "op", "value"], where)
    fact = data.get("fact")
    _require(
        isinstance(fact, str) and bool(fact),
        "a comparison needs a 'fact' name",
        where,
        "or use 'all', 'any' or 'not'",
    )
    op = data.get("op", "eq")
    op = _OP_ALIASES.get(op, op) if isinstance(op, str) else op
    _require(op in OPS, f"unknown operator {shown(op)}", f"{where}.op", f"expected one of: {', '.join(OPS)}")
    _require("value" in data, "a comparison needs a 'value'", where)
    value = data["value"]
    if isinstance(value, Mapping):
        _check_keys(value, ["param"], f"{where}.value")
        _require(isinstance(value.get("param"), str), "'param' takes a name", f"{where}.value")
        value = Param(value["param"])
    elif isinstance(value, list):
        _require(
            all(isinstance(v, str | int | float | bool) for v in value),
            "list values must be strings, numbers or booleans",
            f"{where}.value",
        )
        for item in value:
            if not isinstance(item, str | bool):
                _require_number(item, "a number", f"{where}.value")
        value = tuple(value)
    else:
        _require(
            isinstance(value, str | int | float | bool), f"unsupported value {shown(value)}", f"{where}.value"
        )
        if not isinstance(value, str | bool):
            _require_number(value, "a number", f"{where}.value")
    return Compare(fact, op, value)


def _text(data: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = data.get(key, "")
    _require(isinstance(value, str), f"'{key}' must be a string", f"{where}.{key}")
    _require(len(value) <= MAX_TEXT, f"'{key}' is over {MAX_TEXT} characters", f"{where}.{key}")
    if required:
        _require(bool(value.strip()), f"'{key}' is required", f"{where}.{key}")
    return str(value)


def parse_effect(data: Any, where: str) -> Effect:
    """Parse an effect table: exactly one of score/exclude/out_of_scope/prescribe/cue/note/finding/role
    (``out_of_scope`` is an exclusion marked as one of scope, not safety)."""
    _require(isinstance(data, Mapping), "an effect must be a table", where)
    kinds = ["score", "exclude", "out_of_scope", "prescribe", "cue", "note", "finding", "role"]
    _check_keys(data, kinds, where)
    _require(len(data) == 1, "an effect has exactly one of: " + ", ".join(kinds), where)
    kind, value = next(iter(data.items()))
    at = f"{where}.{kind}"
    if kind == "score":
        _require(
            isinstance(value, int | float) and not isinstance(value, bool),
            f"'score' must be a number, got {shown(value)}",
            at,
        )
        _require_number(value, "'score' must be a number", at)
        _require(abs(value) <= 1e6, "'score' is out of range (at most 1e6 either way)", at)
        return Effect("score", score=float(value))
    if kind in ("exclude", "out_of_scope", "cue", "note"):
        _require(isinstance(value, str) and bool(value.strip()), f"'{kind}' takes a non-empty string", at)
        _require(len(value) <= MAX_TEXT, f"'{kind}' is over {MAX_TEXT} characters", at)
        if kind == "out_of_scope":
            return Effect("exclude", text=value, out_of_scope=True)
        return Effect(kind, text=value)
    if kind == "role":
        _require(
            isinstance(value, str) and bool(_ROLE.match(value)),
            f"'role' takes a role id (lower-case slug), got {shown(value)}",
            at,
        )
        return Effect("role", text=value)
    if kind == "prescribe":
        check_prescription(value, at)
        return Effect("prescribe", prescription=dict(value))
    # finding
    _require(isinstance(value, Mapping), "'finding' takes a table", at)
    _check_keys(value, ["code", "severity", "severity_by_goal", "message", "suggestion", "fix"], at)
    severity = value.get("severity")
    _require(
        severity in SEVERITIES,
        f"severity must be one of {SEVERITIES}, got {shown(severity)}",
        f"{at}.severity",
    )
    by_goal = value.get("severity_by_goal", {})
    _require(
        isinstance(by_goal, Mapping) and all(v in SEVERITIES for v in by_goal.values()),
        f"severity_by_goal maps goals to one of {SEVERITIES}",
        f"{at}.severity_by_goal",
    )
    return Effect(
        "finding",
        text=_text(value, "message", at, required=True),
        severity=str(severity),
        severity_by_goal=dict(by_goal),
        suggestion=_text(value, "suggestion", at),
        code=_text(value, "code", at),
        fix=_parse_fix(value["fix"], f"{at}.fix") if "fix" in value else {},
    )


# -- prescriptions ------------------------------------------------------------------------------

#: Most sets and reps a prescription may give: a program entry's bounds (``_program_schema``
#: ``MAX_SETS``, ``MAX_REPS``; a test keeps them equal), so a prescribed dose can be written into
#: a program. A hold's seconds go to the entry's ``hold_s``, 1-600.
MAX_PRESCRIBED_SETS = 20
MAX_PRESCRIBED_REPS = 100
MAX_HOLD_SECONDS = 600
#: Most sessions a week a prescription may ask for: three a day (heuristic; the built-in
#: prescriptions go up to 14, the Askling Extender twice a day).
MAX_SESSIONS_PER_WEEK = 21
#: Longest rest between sessions a prescription may ask for: two weeks, in hours (heuristic; the
#: built-in prescriptions ask for 12-72).
MAX_REST_HOURS = 336

#: A count or a range at the start of a prescription's text (``3``, ``8-10``, ``8-12 per leg``,
#: ``30-45 s hold``, ``3+ (light)``): ASCII digits and ``-``, as the planner and fixers read it
#: (``_fixers.int_range``). What follows may be words, not another number or range.
_LEADING_COUNT = re.compile(r"^([0-9]{1,6})(?:\s*-\s*([0-9]{1,6}))?(?![0-9]|\s*[-\u2013.,][0-9 ])(.*)$", re.S)
#: Seconds after a count: the reps of a hold (``30-45 s hold``).
_SECONDS = re.compile(r"^\s*(?:s|sec|secs|second|seconds)\b", re.IGNORECASE)


def prescribes_seconds(reps: object) -> bool:
    """Whether a prescription's reps are a hold's seconds (``30-45 s hold``), not a count of
    reps: :func:`check_prescription` bounds them by :data:`MAX_HOLD_SECONDS`, not reps'."""
    found = _LEADING_COUNT.match(str(reps).strip())
    return found is not None and _SECONDS.match(found.group(3)) is not None


@attrs.frozen
class _Field:
    """What one prescription field accepts: a count (``int`` or text led by a count or range)
    within ``low..high``; ``words``: text without a leading number is allowed too (``n/a``, ``as
    symptoms allow``); ``text``: any non-empty text, no number."""

    accepts: str
    low: int = 0
    high: int = 0
    words: bool = False
    text: bool = False
    digits_only: bool = False


PRESCRIPTION_GRAMMAR: Mapping[str, _Field] = {
    "sets": _Field(
        f"a whole number of sets 1-{MAX_PRESCRIBED_SETS}, or a range such as '3-5' (low end first)",
        1,
        MAX_PRESCRIBED_SETS,
    ),
    "reps": _Field(
        f"a whole number of reps 1-{MAX_PRESCRIBED_REPS}, or a range such as '8-12' (low end first), "
        f"words may follow ('8-12 per leg'); a hold's seconds 1-{MAX_HOLD_SECONDS} ('30-45 s hold')",
        1,
        MAX_PRESCRIBED_REPS,
    ),
    "tempo": _Field(
        "eccentric-pause-concentric-pause seconds such as '3-1-1-0' (X: explosive), or 'n/a' with words "
        "(a run's pace: no lifting tempo)",
        text=True,
    ),
    "rir": _Field(
        "reps in reserve 0-10 or a range such as '1-3' (words may follow: '3+ (light)'), or words ('n/a')",
        0,
        10,
        words=True,
    ),
    "placement": _Field("text: where in the session ('first in the leg session')", text=True),
    "frequency_per_week": _Field(
        f"sessions a week 1-{MAX_SESSIONS_PER_WEEK} or a range such as '2-3' (words may follow), or "
        "words ('as symptoms allow')",
        1,
        MAX_SESSIONS_PER_WEEK,
        words=True,
    ),
    "rest_hours": _Field(
        f"whole hours between sessions, 0-{MAX_REST_HOURS} (a number, no unit)",
        0,
        MAX_REST_HOURS,
        digits_only=True,
    ),
    "load": _Field("text: the load ('about 70% of 1RM')", text=True),
}
assert tuple(PRESCRIPTION_GRAMMAR) == PRESCRIPTION_FIELDS


def check_prescription(value: object, where: str) -> None:
    """Check a ``prescribe`` table: known fields only, each value what its field accepts
    (:data:`PRESCRIPTION_GRAMMAR`): counts and ranges within bounds, low end first, a tempo the
    tempo grammar reads. Raises :class:`~hamstring_rules.RuleError` naming the field (``where``
    is the rule's path: ``rule X1.effect.prescribe``), the value given and what is accepted.

    Called when a rule pack is parsed and again when a rule built in Python enters a rule set, so
    ``sets = "lots"`` (read as 3 sets) or ``reps = "12-8"`` never reaches a ranking or a plan."""
    _require(isinstance(value, Mapping) and bool(value), "'prescribe' takes a table of fields", where)
    assert isinstance(value, Mapping)
    _check_keys(value, PRESCRIPTION_FIELDS, where)
    for key, item in value.items():
        _check_prescribed(str(key), item, f"{where}.{key}")


def _check_prescribed(key: str, item: object, at: str) -> None:
    grammar = PRESCRIPTION_GRAMMAR[key]

    def refuse(why: str = "") -> None:
        raise RuleError(
            f"{key} {shown(item)} {why or 'is not what the field takes'}",
            location=at,
            suggestion=grammar.accepts,
        )

    if isinstance(item, bool) or not isinstance(item, str | int):
        refuse(f"is a {type(item).__name__}, not text or a whole number")
    if isinstance(item, str):
        if len(item) > MAX_TEXT:
            raise RuleError(f"{key} is over {MAX_TEXT} characters", location=at, suggestion=grammar.accepts)
        if not item.strip():
            refuse("is empty")
    if grammar.text:
        if not isinstance(item, str):
            refuse("is a number, not text")
        if key == "tempo" and parse_tempo(str(item)) is None and not _no_tempo(str(item)):
            refuse("is not eccentric-pause-concentric-pause seconds")
        return
    if isinstance(item, int):
        low, high, rest = item, item, ""
    else:
        assert isinstance(item, str)
        text = item.strip()
        if grammar.digits_only and not (text.isascii() and text.isdecimal()):
            refuse("is not a whole number")
        found = _LEADING_COUNT.match(text)
        if found is None:
            if grammar.words and text[:1].isalpha():
                return
            refuse("does not start with a number or a range")
        assert found is not None
        low = int(found.group(1))
        high = int(found.group(2)) if found.group(2) is not None else low
        rest = found.group(3)
    top = MAX_HOLD_SECONDS if key == "reps" and _SECONDS.match(rest) else grammar.high
    if not grammar.low <= low <= top or not grammar.low <= high <= top:
        refuse(f"is out of range ({grammar.low}-{top})")
    if low > high:
        refuse("has its high end first")


def _no_tempo(text: str) -> bool:
    """A prescription's tempo that says there is none: ``n/a``, words may follow (``n/a (a run
    is run at a pace)``): a run has no lifting tempo, and the default's 2-0-1-0 (P001) or an
    explosive X for a stage-2 jog were wrong (rv22 R4)."""
    return re.match(r"n/a(\s|\(|$)", text.strip(), re.IGNORECASE) is not None


def _parse_fix(data: Any, where: str) -> dict[str, str]:
    """A finding's ``fix`` table: a known fixer, an applicability and string options."""
    _require(isinstance(data, Mapping), "'fix' takes a table with a 'fixer'", where)
    _check_keys(data, ["fixer", "applicability", "role", "place", "from"], where)
    _require(all(isinstance(v, str) for v in data.values()), "'fix' values are strings", where)
    _require(
        data.get("fixer") in FIXER_NAMES,
        f"unknown fixer {shown(data.get('fixer'))}",
        f"{where}.fixer",
        "expected one of: " + ", ".join(FIXER_NAMES),
    )
    _require(
        data.get("applicability", "unsafe") in ("safe", "unsafe"),
        "'applicability' is 'safe' or 'unsafe'",
        f"{where}.applicability",
    )
    return {"applicability": "unsafe", **data}


_RULE_KEYS = (
    "id",
    "symbol",
    "scope",
    "goals",
    "when",
    "effect",
    "salience",
    "rationale",
    "source",
    "params",
    "param_ranges",
    "doc",
)


def parse_rule(data: Any, where: str) -> Rule:
    """Parse one ``[[rule]]`` table; errors name the rule id and the path inside it."""
    _require(isinstance(data, Mapping), "a rule must be a table", where)
    ident = data.get("id")
    _require(
        isinstance(ident, str) and bool(_ID.match(ident)),
        f"rule id must be letters, digits, '_', '.', '-' (got {shown(ident)})",
        f"{where}.id",
    )
    where = f"rule {ident}"
    _check_keys(data, _RULE_KEYS, where)
    symbol = data.get("symbol", "")
    _require(
        isinstance(symbol, str) and bool(_SYMBOL.match(symbol)),
        f"symbol must be lower-case words joined by '-' (got {shown(symbol)})",
        f"{where}.symbol",
    )
    scope = data.get("scope", "exercise")
    _require(
        scope in SCOPES,
        f"unknown scope {shown(scope)}",
        f"{where}.scope",
        f"expected one of: {', '.join(SCOPES)}",
    )
    goals = data.get("goals", ["*"])
    _require(
        isinstance(goals, list) and bool(goals) and all(isinstance(g, str) for g in goals),
        "'goals' takes a non-empty list of goal ids (or [\"*\"])",
        f"{where}.goals",
    )
    salience = data.get("salience", 0)
    _require(
        isinstance(salience, int) and not isinstance(salience, bool) and abs(salience) <= 1_000_000,
        "'salience' must be an integer within 1,000,000 either way",
        f"{where}.salience",
    )
    params = data.get("params", {})
    _require(isinstance(params, Mapping), "'params' takes a table of numbers", f"{where}.params")
    for key, value in params.items():
        _require_number(value, f"param {shown(key)} must be a number", f"{where}.params.{label(key)}")
    ranges = data.get("param_ranges", {})
    _require(
        isinstance(ranges, Mapping),
        "'param_ranges' takes a table of [low, high] pairs",
        f"{where}.param_ranges",
    )
    for key, bounds in ranges.items():
        _range_pair(bounds, key, f"{where}.param_ranges.{label(key)}")
    doc = data.get("doc", {})
    _require(
        isinstance(doc, Mapping) and all(isinstance(v, str) for v in doc.values()),
        "'doc' takes a table of strings",
        f"{where}.doc",
    )
    _require("effect" in data, "a rule needs an 'effect'", where)
    when = parse_condition(data["when"], f"{where}.when") if "when" in data else ALWAYS
    from ._validate import mark_checked

    return mark_checked(
        Rule(
            id=ident,
            symbol=symbol,
            scope=scope,
            goals=tuple(goals),
            when=when,
            effect=parse_effect(data["effect"], f"{where}.effect"),
            salience=salience,
            rationale=_text(data, "rationale", where, required=True),
            source=_text(data, "source", where, required=True),
            params={k: float(v) for k, v in params.items()},
            doc=dict(doc),
            param_ranges={k: (float(v[0]), float(v[1])) for k, v in ranges.items()},
        )
    )


def _stage_number(key: object) -> int | None:
    """A stage key as a number 0-99: an int or ASCII digits (not '²' or 5,000 digits)."""
    if isinstance(key, str) and key.isascii() and key.isdecimal() and len(key) <= 2:
        return int(key)
    if isinstance(key, int) and not isinstance(key, bool) and 0 <= key <= 99:
        return key
    return None


def parse_goal(data: Any, where: str) -> Goal:
    """Parse one ``[[goal]]`` table."""
    _require(isinstance(data, Mapping), "a goal must be a table", where)
    ident = data.get("id")
    _require(
        isinstance(ident, str) and bool(re.match(r"^[a-z][a-z0-9_]{0,63}$", ident)),
        f"goal id must be a lower-case slug (got {shown(ident)})",
        f"{where}.id",
    )
    where = f"goal {ident}"
    _check_keys(
        data,
        [
            "id",
            "name",
            "aliases",
            "description",
            "hypertrophy",
            "staged",
            "default_stage",
            "stages",
            "source",
            "roles",
            "pain_step_back_above",
            "plan",
        ],
        where,
    )
    aliases = data.get("aliases", [])
    _require(
        isinstance(aliases, list) and all(isinstance(a, str) for a in aliases),
        "'aliases' takes a list of strings",
        f"{where}.aliases",
    )
    stages = data.get("stages", {})
    _require(isinstance(stages, Mapping), "'stages' takes a table", f"{where}.stages")
    parsed_stages: dict[int, str] = {}
    for key, text in stages.items():
        number = _stage_number(key)
        _require(
            number is not None and isinstance(text, str) and len(text) <= MAX_TEXT,
            "stages map numbers 0-99 to text",
            f"{where}.stages.{label(key)}",
        )
        assert number is not None
        parsed_stages[number] = text
    raw_default = data.get("default_stage")
    # a stage number as the stage keys are read (not a list, which is unhashable, nor True or 1.0,
    # which equal stage 1 and were shown as "stage True" and written to JSON as true)
    default_stage = None if raw_default is None else _stage_number(raw_default)
    _require(
        raw_default is None or default_stage in parsed_stages,
        f"default_stage must be one of the stages, got {shown(raw_default)}",
        f"{where}.default_stage",
        ("one of: " + ", ".join(map(str, sorted(parsed_stages)))) if parsed_stages else "declare 'stages'",
    )
    roles = data.get("roles", [])
    _require(isinstance(roles, list), "'roles' takes a list of role tables", f"{where}.roles")
    parsed_roles: list[Role] = []
    for i, role in enumerate(roles):
        at = f"{where}.roles[{i}]"
        _require(isinstance(role, Mapping), "a role is a table (id, name, description, source)", at)
        _check_keys(role, ["id", "name", "description", "source"], at)
        rid = role.get("id")
        _require(isinstance(rid, str) and bool(_ROLE.match(rid)), "role id must be a lower-case slug", at)
        _require(rid not in {r.id for r in parsed_roles}, f"duplicate role {rid!r}", at)
        parsed_roles.append(
            Role(
                id=str(rid),
                name=_text(role, "name", at) or str(rid),
                description=_text(role, "description", at),
                source=_text(role, "source", at),
            )
        )
    hypertrophy = data.get("hypertrophy")
    _require(  # bool("false") is True: a quoted false made a hypertrophy goal
        hypertrophy is None or isinstance(hypertrophy, bool),
        f"'hypertrophy' takes true or false, got {shown(hypertrophy)}",
        f"{where}.hypertrophy",
    )
    step_back = data.get("pain_step_back_above")
    _require(
        step_back is None
        or (isinstance(step_back, int | float) and not isinstance(step_back, bool) and 0 <= step_back <= 10),
        "'pain_step_back_above' takes a pain score from 0 to 10",
        f"{where}.pain_step_back_above",
    )
    layout = data.get("plan")
    roles_ids = [r.id for r in parsed_roles]
    plan = None if layout is None else parse_plan_layout(layout, f"{where}.plan", roles_ids, parsed_stages)
    from ._validate import mark_checked

    return mark_checked(
        Goal(
            id=ident,
            name=_text(data, "name", where) or ident,
            aliases=tuple(aliases),
            description=_text(data, "description", where),
            hypertrophy=bool(hypertrophy),
            staged=bool(parsed_stages),
            default_stage=default_stage,
            stages=parsed_stages,
            source=_text(data, "source", where),
            roles=tuple(parsed_roles),
            pain_step_back_above=None if step_back is None else float(step_back),
            plan=plan,
        )
    )


#: At most this many slots in a week layout (a session of 20 hamstring exercises is not a plan).
MAX_PLAN_SLOTS = 20


def _small_int(value: object, low: int, high: int, message: str, where: str) -> int:
    _require(isinstance(value, int) and not isinstance(value, bool) and low <= value <= high, message, where)
    assert isinstance(value, int)
    return value


def parse_plan_layout(
    data: Any, where: str, roles: Sequence[str] | None = None, stages: Iterable[int] | None = None
) -> PlanLayout:
    """Parse one week layout (a ``[goal.plan]`` table, or a ``[[plan]]`` of ``data/plans.toml``
    without its ``goal`` key). ``roles``: the goal's role ids, which every slot must name;
    ``stages``: the goal's stages, which a slot's ``stages`` must be among."""
    known_stages = None if stages is None else sorted(stages)
    _require(
        isinstance(data, Mapping),
        "a plan layout must be a table (slots, weekly_sets, progression, source)",
        where,
    )
    _check_keys(data, ["slots", "weekly_sets", "progression", "source"], where)
    slots = data.get("slots")
    _require(
        isinstance(slots, list) and 1 <= len(slots) <= MAX_PLAN_SLOTS,
        f"'slots' takes a list of 1 to {MAX_PLAN_SLOTS} slot tables",
        f"{where}.slots",
    )
    parsed: list[PlanSlot] = []
    for i, slot in enumerate(slots):
        at = f"{where}.slots[{i}]"
        _require(isinstance(slot, Mapping), "a slot is a table (role, every, offset, stages, modalities)", at)
        _check_keys(slot, ["role", "every", "offset", "stages", "modalities"], at)
        role = slot.get("role")
        _require(
            isinstance(role, str) and bool(_ROLE.match(role)), "a slot's role must be a role id", f"{at}.role"
        )
        if roles is not None:
            _require(
                role in roles,
                f"role {shown(role)} is not one of the goal's roles",
                f"{at}.role",
                suggestion=", ".join(roles) or "declare the goal's [[goal.roles]] first",
            )
        every = _small_int(
            slot.get("every", 1), 1, 7, "'every' takes a whole number from 1 to 7", f"{at}.every"
        )
        offset = _small_int(
            slot.get("offset", 0), 0, 6, "'offset' takes a whole number from 0 to 6", f"{at}.offset"
        )
        stages = slot.get("stages", [])
        _require(
            isinstance(stages, list) and len(stages) <= 100,
            "'stages' takes a list of stage numbers",
            f"{at}.stages",
        )
        numbers = tuple(
            _small_int(n, 0, 99, "a stage is a whole number from 0 to 99", f"{at}.stages[{j}]")
            for j, n in enumerate(stages)
        )
        if known_stages is not None:
            listed = ", ".join(map(str, known_stages)) or "the goal has no stages: leave 'stages' out"
            for j, n in enumerate(numbers):
                _require(
                    n in known_stages,
                    f"stage {n} is not one of the goal's stages",
                    f"{at}.stages[{j}]",
                    suggestion=listed,
                )
        kinds = slot.get("modalities", [])
        known = [m.value for m in Modality]
        _require(
            isinstance(kinds, list) and len(kinds) <= len(known),
            f"'modalities' takes a list of kinds of work ({', '.join(known)})",
            f"{at}.modalities",
        )
        for j, kind in enumerate(kinds):
            _require(
                kind in known,
                f"{shown(kind)} is not a kind of work",
                f"{at}.modalities[{j}]",
                suggestion=", ".join(known),
            )
        parsed.append(PlanSlot(str(role), every, offset, numbers, tuple(dict.fromkeys(kinds))))
    sets = data.get("weekly_sets")
    weekly: tuple[int, int] | None = None
    if sets is not None:
        _require(
            isinstance(sets, list) and len(sets) == 2,
            "'weekly_sets' takes [low, high]",
            f"{where}.weekly_sets",
        )
        low = _small_int(
            sets[0], 0, 200, "weekly sets are whole numbers from 0 to 200", f"{where}.weekly_sets[0]"
        )
        high = _small_int(
            sets[1], low, 200, "'weekly_sets' takes [low, high] with low <= high", f"{where}.weekly_sets[1]"
        )
        weekly = (low, high)
    progression = data.get("progression", "volume")
    _require(
        progression in ("volume", "load"),
        f"unknown progression {shown(progression)}",
        f"{where}.progression",
        suggestion="volume or load",
    )
    return PlanLayout(tuple(parsed), weekly, progression, _text(data, "source", where) or "heuristic")


# -- rule sets ----------------------------------------------------------------------------------


def _sort_rules(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    from ._validate import attrs_objects

    return tuple(sorted(attrs_objects(rules, Rule, "rules"), key=lambda r: (-r.salience, r.id)))


def _sort_goals(goals: Iterable[Goal]) -> tuple[Goal, ...]:
    from ._validate import attrs_objects

    return tuple(sorted(attrs_objects(goals, Goal, "goals"), key=lambda g: g.id))


@plain_methods
@attrs.frozen(eq=False)
class RuleSet:
    """An immutable, validated set of rules and goals.

    Rules are kept sorted by salience (high first), then id, so the order they were given in
    never matters. :meth:`builtin` is the shipped set; :meth:`with_rules`, :meth:`without` and
    :meth:`reweighted` return new sets.
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_sort_rules)
    goals: tuple[Goal, ...] = attrs.field(converter=_sort_goals)
    _trusted: bool = attrs.field(default=False, kw_only=True, repr=False, eq=False, hash=False)
    """Skip compiling every condition at construction (the shipped, test-validated rules)."""
    _by_id: Mapping[str, Rule] = attrs.field(init=False, repr=False)
    _hash: int = attrs.field(init=False, repr=False)
    _compiled: dict[str, Compiled] = attrs.field(init=False, repr=False, factory=dict, eq=False, hash=False)
    """Each rule's compiled condition by id: filled by validation, or on first use when trusted."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.rules, self.goals)))
        if len(self.rules) > MAX_RULES:
            raise InputLimitError(f"{len(self.rules)} rules is over the limit of {MAX_RULES}")
        by_id: dict[str, Rule] = {}
        for rule in self.rules:
            if rule.id in by_id:
                raise RuleError(f"duplicate rule id {shown(rule.id)}", location=f"rule {label(rule.id)}")
            by_id[rule.id] = rule
        goal_ids = {g.id for g in self.goals}
        if len(goal_ids) != len(self.goals):
            _once_each(self.goals, "goal", ordered=False)  # names the goal (sorted: no positions)
        _one_goal_each_spelling(self.goals)
        for rule in self.rules:
            for goal in rule.goals:
                if goal != "*" and goal not in goal_ids:
                    raise _unknown(
                        f"unknown goal {shown(goal)}",
                        goal,
                        sorted(goal_ids),
                        f"rule {rule.id}.goals",
                        f"known: {', '.join(sorted(goal_ids))}",
                    )
            if rule.effect.kind == "role":
                self._check_role(rule)
            if self._trusted is not True:  # anything but True is untrusted
                self._compiled[rule.id] = compile_rule(rule)
        object.__setattr__(self, "_by_id", by_id)

    def _check_role(self, rule: Rule) -> None:
        """A role rule names a role every goal it applies to declares."""
        for goal in self.goals:
            if rule.applies_to(goal.id) and rule.effect.text not in goal.role_ids:
                raise RuleError(
                    f"role {shown(rule.effect.text)} is not declared by goal {shown(goal.id)}",
                    location=f"rule {rule.id}.effect.role",
                    suggestion=f"declared: {', '.join(goal.role_ids) or 'none'}",
                )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RuleSet) and (self.rules, self.goals) == (other.rules, other.goals)

    def __hash__(self) -> int:
        return self._hash

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __repr__(self) -> str:
        return f"<RuleSet of {len(self.rules)} rules, {len(self.goals)} goals>"

    def __getstate__(self) -> dict[str, Any]:
        return {"rules": self.rules, "goals": self.goals}

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "rules", state["rules"])
        object.__setattr__(self, "goals", state["goals"])
        object.__setattr__(self, "_by_id", {r.id: r for r in self.rules})
        object.__setattr__(self, "_hash", hash((self.rules, self.goals)))
        object.__setattr__(self, "_compiled", {})

    @classmethod
    def builtin(cls) -> RuleSet:
        """The shipped rules (ranking and program checks) and goals."""
        return _builtin_rules()

    @classmethod
    def from_data(cls, data: Mapping[str, Any], *, source: str = "rules") -> RuleSet:
        """Build from parsed data: ``{"rule": [...], "goal": [...]}``."""
        if not isinstance(data, Mapping):
            raise RequestError(
                f"data must be a mapping of a rule pack ({{'rule': [...], 'goal': [...]}}), "
                f"got {type_name(data)}",
                location="data",
                suggestion="RuleSet.from_file() reads a TOML, JSON or YAML pack",
            )
        _check_keys(data, ["rule", "goal", "schema_version"], source)
        rules = data.get("rule", [])
        goals = data.get("goal", [])
        _require(isinstance(rules, list), "'rule' takes a list of rules", f"{source}.rule")
        _require(isinstance(goals, list), "'goal' takes a list of goals", f"{source}.goal")
        if len(rules) > MAX_RULES:
            raise InputLimitError(f"{len(rules)} rules is over the limit of {MAX_RULES}", location=source)
        return cls(
            [parse_rule(r, f"{source}: rule[{i}]") for i, r in enumerate(rules)],
            [parse_goal(g, f"{source}: goal[{i}]") for i, g in enumerate(goals)],
        )

    @classmethod
    def from_file(
        cls, path: str | Path, *, base: RuleSet | None = None, max_bytes: int = 5 * 1024 * 1024
    ) -> RuleSet:
        """Load a rule pack file (TOML, JSON or YAML). With ``base``, the pack's rules and
        goals are added to it (a rule or goal with an existing id replaces it)."""
        from ._files import read_structured

        if base is not None and not isinstance(base, RuleSet):
            from .errors import RequestError

            raise RequestError(f"base must be a RuleSet, got {type(base).__name__}", location="base")
        data = read_structured(path, error=RuleError, max_bytes=max_bytes, max_items=MAX_RULES)
        from .errors import in_file

        with in_file(str(path)):  # a rule's error names its id and key: and the file
            return cls._from_parsed(data, str(path), base)

    @classmethod
    def _from_parsed(cls, data: Any, path: str, base: RuleSet | None) -> RuleSet:
        _require(isinstance(data, Mapping), "a rule pack must be a table", str(path))
        if base is None:
            return cls.from_data(data, source=str(path))
        _check_keys(data, ["rule", "goal", "schema_version"], str(path))
        _require(isinstance(data.get("rule", []), list), "'rule' takes a list of rules", f"{path}.rule")
        _require(isinstance(data.get("goal", []), list), "'goal' takes a list of goals", f"{path}.goal")
        if len(data.get("rule", [])) > MAX_RULES:
            raise InputLimitError(f"over {MAX_RULES} rules", location=str(path))
        pack_goals = [parse_goal(g, f"{path}: goal[{i}]") for i, g in enumerate(data.get("goal", []))]
        with_goals = base.with_goals(pack_goals)
        pack = [parse_rule(r, f"{path}: rule[{i}]") for i, r in enumerate(data.get("rule", []))]
        return with_goals.with_rules(pack)

    # -- access and derivation -----------------------------------------------------------

    def get(self, rule_id: str) -> Rule:
        """The rule with this id; raises :class:`~hamstring_rules.UnknownCodeError`."""
        from .errors import UnknownCodeError

        if not isinstance(rule_id, str):
            raise UnknownCodeError(rule_id)
        try:
            return self._by_id[rule_id]
        except KeyError:
            close = _close_matches(rule_id, list(self._by_id), n=3) if len(rule_id) <= 100 else []
            raise UnknownCodeError(rule_id, candidates=close) from None

    def __contains__(self, rule_id: object) -> bool:
        return isinstance(rule_id, str) and rule_id in self._by_id

    def resolve(self, subject: object) -> tuple[tuple[str, ...], tuple[Rule, ...]]:
        """What a check code (``HR006``), rule id (``HR006-article``, ``TI001``) or symbol
        (``short-recovery``, as ruff takes rule names) names: ``(check codes, rules)``.

        The one resolver behind ``explain``, ``check(select=, ignore=, params=)``: a code names
        its check and every rule reporting it; a rule id that rule alone (no check codes); a
        symbol its rules and the checks they report. Raises
        :class:`~hamstring_rules.UnknownCodeError` with "did you mean" candidates.
        """
        from .errors import UnknownCodeError

        if not isinstance(subject, str):
            raise UnknownCodeError(subject)
        text = subject.strip()
        findings = [r for r in self.rules if r.effect.kind == "finding"]
        code = text.upper()
        if any(r.code == code for r in findings):
            return (code,), tuple(r for r in findings if r.code == code)
        for candidate in (text, code):
            if candidate in self._by_id:
                return (), (self._by_id[candidate],)
        folded = [r for r in self.rules if r.id.casefold() == text.casefold()]  # hr006-article
        if len(folded) == 1:
            return (), (folded[0],)
        symbol = text.lower().replace("_", "-").replace(" ", "-")
        named = tuple(r for r in self.rules if r.symbol == symbol)
        if named:
            return tuple(sorted({r.code for r in named if r.effect.kind == "finding"})), named
        pool = sorted({r.code for r in findings} | set(self._by_id) | {r.symbol for r in self.rules})
        close = _close_matches(text, pool, n=3) if len(text) <= 100 else []
        raise UnknownCodeError(text, candidates=close)

    @cached_property
    def _goal_spellings(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for g in self.goals:  # ids first, so an id always beats another goal's alias
            found.setdefault(_goal_key(g.id), g.id)
        for g in self.goals:
            for alias in g.aliases:
                found.setdefault(_goal_key(alias), g.id)
        return found

    def _goals_sharing(self, key: str) -> list[str]:
        """The goals whose id holds every word of ``key`` (a goal spelling as :func:`_goal_key`
        gives it), sorted: two or more make the word ambiguous."""
        words = set(key.split("_")) - {""}
        if not words:
            return []
        return sorted(g.id for g in self.goals if words <= set(g.id.split("_")))

    @cached_property
    def _goals_by_id(self) -> dict[str, Goal]:
        return {g.id: g for g in self.goals}

    @cached_property
    def _engines(self) -> Mapping[str, Engine[Rule]]:
        """The compiled engine of each scope (compiled once per rule set: this is the rule
        set's only cache besides the goal lookups)."""
        engines: dict[str, Engine[Rule]] = {}
        for scope in SCOPES:
            items = []
            for rule in self.rules:
                if rule.scope == scope:
                    compiled = self._compiled.get(rule.id)
                    items.append((rule, compile_rule(rule) if compiled is None else compiled))
            engines[scope] = Engine(tuple(items), Rule.applies_to, scope)
        return engines

    def engine(self, scope: str) -> Engine[Rule]:
        """The compiled rules of one scope, ready to run."""
        from ._validate import choice

        return self._engines[choice(scope, "scope", SCOPES)]

    def notes(self, goal: str, request: Mapping[str, object]) -> tuple[str, ...]:
        """The notes the goal's request rules add for this request (``request``: every request
        fact, as :func:`~hamstring_rules._facts.request_facts` builds them), each with its
        ``{placeholders}`` filled from the rule's params and the request (``{pain_limit}``)."""
        from ._facts import REQUEST_FACTS
        from ._validate import instance
        from .errors import RequestError

        goal_id = self.goal(goal).id
        instance(request, Mapping, "request", what="a mapping of request facts")
        missing = [fact for fact in REQUEST_FACTS if fact not in request]
        if missing:
            raise RequestError(f"request lacks the fact {shown(missing[0])}", location="request")
        from ._engine import render_template

        return tuple(
            render_template(r.effect.text, {**request, **r.params})
            for r in self.engine("request").run(goal_id, [{}], request)[0]
        )

    def goal(self, name: str | Goal) -> Goal:
        """The goal with this id or alias (case, ``-`` and spaces ignored).

        Raises :class:`~hamstring_rules.UnknownGoalError` listing the goals and the closest one.
        """
        from .errors import UnknownGoalError

        if isinstance(name, Goal):
            from ._validate import attrs_object

            return attrs_object(name, Goal, "goal")
        if not isinstance(name, str):
            raise UnknownGoalError(name, known=[g.id for g in self.goals])
        key = _goal_key(name)
        spellings = self._goal_spellings
        if key in spellings:  # an id, or an alias a goal declares (the way to claim a word)
            return self._goals_by_id[spellings[key]]
        shared = self._goals_sharing(key)
        if len(shared) > 1:
            # A word of several goals' ids ("strain": strain_prevention and strain_rehab) that no
            # goal claims as an alias names none of them: an injured lifter typing --goal strain
            # was given the sprint-and-Nordic prevention plan. Refused with each meaning.
            err = UnknownGoalError(name, candidates=shared, known=[g.id for g in self.goals])
            err.message = f"ambiguous goal {shown(name)}: it is a word of the goals {' and '.join(shared)}"
            err.suggestion = "give the goal you mean: " + " or ".join(shown(g) for g in shared)
            raise err
        close = _close_matches(key, list(spellings), n=3, cutoff=0.5) if len(key) <= 100 else []
        candidates = list(dict.fromkeys(spellings[c] for c in close))
        raise UnknownGoalError(name, candidates=candidates[:1], known=[g.id for g in self.goals])

    def with_rules(self, rules: Iterable[Rule]) -> RuleSet:
        """A new set with ``rules`` added; a rule with an existing id replaces it."""
        from ._validate import attrs_objects

        new = {r.id: r for r in self.rules}
        new.update((r.id, r) for r in _once_each(attrs_objects(rules, Rule, "rules"), "rule"))
        return RuleSet(new.values(), self.goals)

    def with_goals(self, goals: Iterable[Goal]) -> RuleSet:
        """A new set with ``goals`` added; a goal with an existing id replaces it."""
        from ._validate import attrs_objects

        new = {g.id: g for g in self.goals}
        added = _once_each(attrs_objects(goals, Goal, "goals"), "goal")
        replaced = {g.id for g in added}
        # the set's own goals first: an added goal that takes one of their spellings is named
        _one_goal_each_spelling([g for g in self.goals if g.id not in replaced], added)
        new.update((g.id, g) for g in added)
        return RuleSet(self.rules, new.values())

    def without(self, *rule_ids: str) -> RuleSet:
        """A new set without these rules (each id must exist)."""
        for rule_id in rule_ids:
            self.get(rule_id)
        drop = set(rule_ids)
        return RuleSet([r for r in self.rules if r.id not in drop], self.goals)

    def reweighted(self, weights: Mapping[str, float]) -> RuleSet:
        """A new set with the score of each named score rule replaced."""
        _require(isinstance(weights, Mapping), "weights must map rule ids to numbers", "weights")
        changed = []
        for rule_id, score in weights.items():
            rule = self.get(rule_id)
            _require(
                isinstance(score, int | float) and not isinstance(score, bool) and abs(score) <= 1e6,
                f"weight {shown(score)} must be a number within 1e6 either way",
                f"weights.{rule_id}",
            )
            if rule.effect.kind != "score":
                raise RuleError(f"rule {rule_id} has no score to re-weight", location=f"rule {rule_id}")
            changed.append(attrs.evolve(rule, effect=attrs.evolve(rule.effect, score=float(score))))
        return self.with_rules(changed)

    def _param_rule(self, subject: object) -> Rule:
        """The rule ``params`` changes for a rule id, check code or symbol (a code or symbol
        naming several rules means the check's own rule, the one whose id is its code)."""
        if isinstance(subject, str) and subject in self._by_id:
            return self._by_id[subject]
        _, named = self.resolve(subject)
        return next((r for r in named if r.id == r.code), named[0])

    def with_params(self, params: Mapping[str, Mapping[str, float]]) -> RuleSet:
        """A new set with rule parameters (thresholds) changed: ``{"HR012": {"min_sets": 8}}``."""
        _require(isinstance(params, Mapping), "params must map rule ids to {name: number}", "params")
        changed = []
        for rule_id, values in params.items():
            try:
                rule = self._param_rule(rule_id)
            except UnknownCodeError as exc:  # said where: params' key, not a code out of nowhere
                if exc.location is None:
                    exc.location = f"params.{label(rule_id)}"
                raise
            _require(isinstance(values, Mapping), "expected a table of {name: number}", f"params.{rule_id}")
            _require(
                all(isinstance(k, str) for k in values), "parameter names are strings", f"params.{rule_id}"
            )
            for key, value in values.items():
                _require_number(
                    value,
                    f"parameter {shown(key)} must be a number, got {shown(value)}",
                    f"params.{rule_id}.{label(key)}",
                )
            for key in values:
                if key not in rule.params:
                    raise RuleError(
                        f"rule {rule_id} has no parameter {shown(key)}",
                        location=f"rule {rule_id}.params",
                        suggestion=f"its parameters: {', '.join(rule.params) or 'none'}",
                    )
            changed.append(attrs.evolve(rule, params={**rule.params, **values}))
        return self.with_rules(changed)


@functools.cache
def _builtin_rules() -> RuleSet:
    from ._data import builtin_data

    rules: list[Rule] = []
    goals: list[Goal] = []
    compiled = builtin_data()
    for name in ("goals.toml", "rules.toml", "checks.toml"):
        data = compiled[name]
        where = f"hamstring_rules/data/{name}"
        goals.extend(parse_goal(g, f"{where}: goal[{i}]") for i, g in enumerate(data.get("goal", [])))
        rules.extend(parse_rule(r, f"{where}: rule[{i}]") for i, r in enumerate(data.get("rule", [])))
    # The shipped rules are validated by the test suite, not at every import.
    return RuleSet(rules, goals, trusted=True)


def _goal_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")


def _one_goal_each_spelling(kept: Sequence[Goal], added: Sequence[Goal] = ()) -> None:
    """Each spelling of a goal - its id or an alias, compared as :meth:`RuleSet.goal` compares
    them (case, ``-`` and spaces ignored) - names one goal only; else a :class:`RuleError`
    naming the spelling and both goals, located at the later goal's (an ``added`` one's: a
    pack's). The lookup kept the first goal's and dropped the other's without a word: a pack
    goal's alias ``proximal`` took ``--goal proximal`` from the tie-in goal, or lost it to it."""
    owners: dict[str, tuple[str, str, str]] = {}  # spelling -> (goal id, "id" or "alias", as written)
    for goal in [*kept, *added]:
        spellings = [(goal.id, "id", f"goal {label(goal.id)}.id")]
        spellings += [(a, "alias", f"goal {label(goal.id)}.aliases[{i}]") for i, a in enumerate(goal.aliases)]
        for text, kind, where in spellings:
            key = _goal_key(text)
            owner = owners.setdefault(key, (goal.id, kind, text))
            if owner[0] == goal.id:
                continue
            other, other_kind, other_text = owner
            spelled = "" if other_text == text else f" (as {shown(other_text)})"
            this = (
                f"alias {shown(text)} of goal {shown(goal.id)}"
                if kind == "alias"
                else f"goal id {shown(text)}"
            )
            that = (
                f"the id of goal {shown(other)}"
                if other_kind == "id"
                else f"an alias of goal {shown(other)}{spelled}"
            )
            move = (
                f"; to move the alias, replace goal {shown(other)} with a [[goal]] of id {shown(other)} "
                "that does not list it"
                if other_kind == "alias"
                else ""
            )
            raise RuleError(
                f"{this} is already {that}: a goal's id or alias names one goal",
                location=where,
                suggestion=(
                    f"drop or rename it in goal {shown(goal.id)}"
                    if kind == "alias"
                    else "give the goal another id"
                )
                + move,
            )


# ASCII digits only (``\d`` would take any script's digits): the one tempo grammar, used by rule
# prescriptions, program files (``_program_schema``) and plans.
_TEMPO = re.compile(
    r"^\s*([0-9]{1,2}|[xX])\s*[-/:]\s*([0-9]{1,2})\s*[-/:]\s*([0-9]{1,2}|[xX])\s*[-/:]\s*([0-9]{1,2})\s*$"
)


def parse_tempo(text: str) -> tuple[int, int, int, int] | None:
    """Parse ``eccentric-pause-concentric-pause`` seconds (``3-1-1-0``; ``X`` = explosive = 0)."""
    match = _TEMPO.match(text)
    if not match:
        return None
    parts = [0 if p.lower() == "x" else int(p) for p in match.groups()]
    return parts[0], parts[1], parts[2], parts[3]
