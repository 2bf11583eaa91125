"""The rule engine: a leaf. It compiles conditions against a fact vocabulary it is *given* and
evaluates them; it imports nothing from the domain (exercises, rules, checks).

Design (what makes it fast and explainable):

* Conditions (:class:`Compare`, :class:`AllOf`, :class:`AnyOf`, :class:`Not`) are compiled once
  into closures; comparisons on enumerations become membership tests in precomputed frozensets,
  so ``spinal_load lt high`` costs one set lookup.
* The top-level conjuncts of a condition are split by what they read (:class:`Reads`): the
  request only (evaluated once per call), the subject only (evaluated once per subject list,
  when the engine is *bound* to it), or both (evaluated per subject per call).
* Every call returns, per subject, the items (rules) that fired, in the order the engine was
  given them: the trace the explanations are built from.
"""

from __future__ import annotations

import enum
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Generic, NamedTuple, TypeVar, Union

import attrs

from .errors import InputLimitError, RuleError, one_line, shown

__all__ = [
    "AllOf",
    "AnyOf",
    "BoundEngine",
    "Compare",
    "Compiled",
    "Engine",
    "FactType",
    "Not",
    "Param",
    "Reads",
    "Vocabulary",
    "compile_condition",
    "placeholders",
    "render_template",
]

Facts = Mapping[str, object]
#: A predicate of one side (the subject's facts, or the request's).
OnePred = Callable[[Facts], bool]
#: A predicate of both: ``pred(subject, request)``.
TwoPred = Callable[[Facts, Facts], bool]
T = TypeVar("T")


# -- the condition grammar ------------------------------------------------------------------------


@attrs.frozen
class Param:
    """A reference to one of the rule's ``params``: a configurable threshold."""

    name: str


@attrs.frozen
class Compare:
    """``fact op value``: one comparison of a fact with a literal or a parameter."""

    fact: str
    op: str
    value: object

    def describe(self) -> str:
        """``spinal_load lt high``; a parameter shows as ``$name``."""
        value = f"${self.value.name}" if isinstance(self.value, Param) else _show(self.value)
        return f"{self.fact} {self.op} {value}"


@attrs.frozen
class AllOf:
    """True when every item is true (and when there are none)."""

    items: tuple[Condition, ...]

    def describe(self) -> str:
        """The items joined by ``and``; ``always`` when there are none."""
        return " and ".join(_paren(c) for c in self.items) if self.items else "always"


@attrs.frozen
class AnyOf:
    """True when at least one item is true."""

    items: tuple[Condition, ...]

    def describe(self) -> str:
        """The items joined by ``or``; ``never`` when there are none."""
        return " or ".join(_paren(c) for c in self.items) if self.items else "never"


@attrs.frozen
class Not:
    """True when the item is false."""

    item: Condition

    def describe(self) -> str:
        """``not (...)``."""
        return f"not {_paren(self.item)}"


Condition = Union[Compare, AllOf, AnyOf, Not]  # noqa: UP007 - a runtime alias
ALWAYS = AllOf(())


def _paren(cond: Condition) -> str:
    text = cond.describe()
    return f"({text})" if isinstance(cond, AllOf | AnyOf) and len(cond.items) > 1 else text


def _show(value: object) -> str:
    if isinstance(value, tuple | list | frozenset):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# -- the vocabulary the engine is given -----------------------------------------------------------


class Kind(enum.Enum):
    """What values a fact takes."""

    ENUM = "enum"
    SET = "set"
    BOOL = "bool"
    NUMBER = "number"
    STR = "str"


@attrs.frozen
class FactType:
    """One fact's type: ``enum`` (closed values, optionally ordered), ``set`` of enum values,
    ``bool``, ``number`` (``None`` when unknown) or ``str``; and what it means (``doc``)."""

    kind: Kind
    values: tuple[str, ...] = ()
    """The allowed values of an ``enum`` or ``set`` fact, in order."""
    ordered: bool = False
    """Whether ``lt``/``le``/``gt``/``ge`` compare an ``enum`` by the order of ``values``."""
    doc: str = ""

    def describe(self) -> str:
        """``number``, ``bool``, ``one of a, b`` (``a < b`` when ordered), ``set of a, b``."""
        if self.kind is Kind.ENUM:
            return (
                ("one of " + " < ".join(self.values)) if self.ordered else "one of " + ", ".join(self.values)
            )
        if self.kind is Kind.SET:
            return "set of " + ", ".join(self.values)
        return str(self.kind.value)


@attrs.frozen
class Vocabulary:
    """The facts conditions may read: about the subject, and about the request."""

    subject: Mapping[str, FactType]
    request: Mapping[str, FactType]

    def lookup(self, fact: str) -> tuple[FactType, Reads] | None:
        """The fact's type and which side it is read from; ``None`` when undeclared."""
        if fact in self.subject:
            return self.subject[fact], Reads.SUBJECT
        if fact in self.request:
            return self.request[fact], Reads.REQUEST
        return None


class Reads(enum.Enum):
    """What a compiled predicate reads."""

    SUBJECT = "subject"
    REQUEST = "request"
    BOTH = "both"


class _One(NamedTuple):
    """A predicate of one side, and the subject facts it reads (none for the request side)."""

    reads: Reads
    pred: OnePred
    facts: Reading


class _Both(NamedTuple):
    pred: TwoPred
    facts: Reading
    """The subject facts it reads."""
    reads: Reads = Reads.BOTH


#: The subject facts a predicate reads: per fact, the only values it tells apart (a text fact
#: compared with literals: any other value is answered alike), or ``None`` (every value counts).
Reading = Mapping[str, "frozenset[object] | None"]


def _merge(readings: Sequence[Reading]) -> dict[str, frozenset[object] | None]:
    out: dict[str, frozenset[object] | None] = {}
    for reading in readings:
        for fact, values in reading.items():
            if fact in out:
                known = out[fact]
                out[fact] = None if known is None or values is None else known | values
            else:
                out[fact] = values
    return out


_Part = Union[bool, _One, _Both]  # noqa: UP007 - a runtime alias; bool: a constant


@attrs.frozen
class Compiled:
    """A condition split into its request-only, subject-only and mixed conjuncts.

    ``None`` means "no such conjunct"; ``never`` that the condition is constantly false.
    """

    request: OnePred | None = None
    subject: OnePred | None = None
    mixed: TwoPred | None = None
    never: bool = False
    subject_facts: Reading | None = None
    """The subject facts ``subject`` and ``mixed`` read (with the values they tell apart);
    ``None`` when unknown (any may be read). Subjects alike on these get equal answers:
    binding evaluates them once."""


# -- compilation ----------------------------------------------------------------------------------


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class _Compiler:
    def __init__(self, vocabulary: Vocabulary, params: Mapping[str, float], where: str) -> None:
        self.vocabulary = vocabulary
        self.params = params
        self.where = where

    def fail(self, message: str, suggestion: str | None = None) -> RuleError:
        return RuleError(message, location=self.where, suggestion=suggestion)

    def value(self, value: object) -> object:
        if isinstance(value, Param):
            if value.name not in self.params:
                raise self.fail(f"unknown parameter {shown(value.name)}", "declare it under 'params'")
            return self.params[value.name]
        return value

    def compare(self, cmp: Compare) -> _One:
        found = self.vocabulary.lookup(cmp.fact)
        if found is None:
            import difflib  # only on the error path

            known = [*self.vocabulary.subject, *self.vocabulary.request]
            close = difflib.get_close_matches(cmp.fact, known, n=1) if len(cmp.fact) <= 100 else []
            hint = f"did you mean {shown(close[0])}?" if close else None
            raise self.fail(f"unknown fact {shown(cmp.fact)}", hint)
        ftype, reads = found
        value = self.value(cmp.value)
        pred = self._predicate(ftype, cmp.fact, cmp.op, value)
        if reads is not Reads.SUBJECT:
            return _One(reads, pred, {})
        if ftype.kind is Kind.STR:  # eq/ne/in/not_in literals (checked above): others answer alike
            return _One(reads, pred, {cmp.fact: frozenset(value if isinstance(value, tuple) else [value])})
        return _One(reads, pred, {cmp.fact: None})

    def _predicate(self, ftype: FactType, name: str, op: str, value: object) -> OnePred:
        if ftype.kind is Kind.ENUM:
            return self._enum(ftype, name, op, value)
        if ftype.kind is Kind.SET:
            if op != "contains":
                raise self.fail(f"{shown(name)} is a set; use 'contains'")
            self._allowed(ftype, name, {value})
            return lambda f: value in f[name]  # type: ignore[operator]
        if ftype.kind is Kind.BOOL:
            if op not in ("eq", "ne") or not isinstance(value, bool):
                raise self.fail(f"{shown(name)} is true or false; use eq or ne with true/false")
            want = value if op == "eq" else not value
            return lambda f: f[name] is want
        if ftype.kind is Kind.STR:
            if op in ("eq", "ne") and isinstance(value, str):
                return (lambda f: f[name] == value) if op == "eq" else (lambda f: f[name] != value)
            if op in ("in", "not_in") and isinstance(value, tuple):
                strings = frozenset(value)
                if op == "in":
                    return lambda f: f[name] in strings
                return lambda f: f[name] not in strings
            raise self.fail(f"{shown(name)} is text; use eq/ne with a string or in/not_in with a list")
        return self._number(name, op, value)

    def _allowed(self, ftype: FactType, name: str, wanted: set[object]) -> None:
        bad = sorted(str(v) for v in wanted if v not in ftype.values)
        if bad:
            raise self.fail(
                f"invalid value {shown(bad[0])} for {shown(name)}",
                f"expected one of: {', '.join(sorted(ftype.values))}",
            )

    def _enum(self, ftype: FactType, name: str, op: str, value: object) -> OnePred:
        if op in ("eq", "ne"):
            wanted = {value}
        elif op in ("in", "not_in"):
            if not isinstance(value, tuple):
                raise self.fail(f"'{op}' takes a list of values for {shown(name)}")
            wanted = set(value)
        elif op in ("lt", "le", "gt", "ge"):
            if not ftype.ordered:
                raise self.fail(f"{shown(name)} has no order; '{op}' does not apply", "use eq or in")
            if value not in ftype.values:
                raise self.fail(
                    f"invalid value {shown(value)} for {shown(name)}",
                    f"expected one of: {', '.join(ftype.values)}",
                )
            rank = ftype.values.index(str(value))
            test = {"lt": rank.__gt__, "le": rank.__ge__, "gt": rank.__lt__, "ge": rank.__le__}[op]
            wanted = {v for r, v in enumerate(ftype.values) if test(r)}
            op = "in"
        else:
            raise self.fail(f"'{op}' does not apply to {shown(name)}", "use eq, ne, in, not_in or lt/gt")
        self._allowed(ftype, name, wanted)
        members = frozenset(wanted)
        if op in ("ne", "not_in"):
            return lambda f: f[name] not in members
        if len(members) == 1:
            (only,) = members
            return lambda f: f[name] == only
        return lambda f: f[name] in members

    def _number(self, name: str, op: str, value: object) -> OnePred:
        # A missing value (None) never satisfies a comparison.
        if op in ("in", "not_in"):
            if not isinstance(value, tuple) or not all(_is_number(v) for v in value):
                raise self.fail(f"'{op}' on {shown(name)} takes a list of numbers")
            numbers = frozenset(value)
            if op == "in":
                return lambda f: f[name] in numbers
            return lambda f: f[name] is not None and f[name] not in numbers
        if op == "contains" or not isinstance(value, int | float) or isinstance(value, bool):
            raise self.fail(f"{shown(name)} is a number; compare it with a number (got {shown(value)})")
        num = float(value)
        # One closure per operator (the hot path: no operator dispatch per call).
        if op == "eq":
            return lambda f: f[name] == num
        if op == "ne":
            return lambda f: (v := f[name]) is not None and v != num
        if op == "lt":
            return lambda f: (v := f[name]) is not None and v < num  # type: ignore[operator]
        if op == "le":
            return lambda f: (v := f[name]) is not None and v <= num  # type: ignore[operator]
        if op == "gt":
            return lambda f: (v := f[name]) is not None and v > num  # type: ignore[operator]
        return lambda f: (v := f[name]) is not None and v >= num  # type: ignore[operator]

    def part(self, cond: Condition) -> _Part:
        """Compile one condition; one-sided predicates stay one-argument (no extra call layer)."""
        if isinstance(cond, Compare):
            return self.compare(cond)
        if isinstance(cond, Not):
            inner = self.part(cond.item)
            if isinstance(inner, bool):
                return not inner
            if isinstance(inner, _Both):
                both = inner.pred
                return _Both(lambda s, r: not both(s, r), inner.facts)
            one = inner.pred
            return _One(inner.reads, lambda x: not one(x), inner.facts)
        is_all = isinstance(cond, AllOf)
        parts = [self.part(c) for c in cond.items]
        constants = [p for p in parts if isinstance(p, bool)]
        if (is_all and False in constants) or (not is_all and True in constants):
            return not is_all
        live = [p for p in parts if not isinstance(p, bool)]
        if not live:
            return is_all
        sides = {p.reads for p in live}
        facts = _merge([p.facts for p in live])
        if len(sides) == 1 and sides != {Reads.BOTH}:
            preds = [p.pred for p in live if isinstance(p, _One)]
            return _One(sides.pop(), _all(preds) if is_all else _any(preds), facts)
        lifted = [_lift(p) for p in live]
        if is_all:
            return _Both(lambda s, r: all(p(s, r) for p in lifted), facts)
        return _Both(lambda s, r: any(p(s, r) for p in lifted), facts)


def _all(fns: Sequence[OnePred]) -> OnePred:
    """One predicate that is true when all are. Two parts get a closure of their own: binding
    a 10,000-exercise catalog evaluates them 100,000 times, and the generator costs 2x there."""
    if len(fns) == 1:
        return fns[0]
    if len(fns) == 2:
        a, b = fns
        return lambda x: a(x) and b(x)
    if len(fns) == 3:
        a, b, c = fns
        return lambda x: a(x) and b(x) and c(x)
    preds = tuple(fns)

    def every(x: Facts) -> bool:  # a loop: all() of a generator costs twice as much per call
        for f in preds:  # noqa: SIM110
            if not f(x):
                return False
        return True

    return every


def _any(fns: Sequence[OnePred]) -> OnePred:
    """One predicate that is true when any is."""
    if len(fns) == 1:
        return fns[0]
    if len(fns) == 2:
        a, b = fns
        return lambda x: a(x) or b(x)
    preds = tuple(fns)

    def some(x: Facts) -> bool:
        for f in preds:  # noqa: SIM110 - a loop: any() of a generator costs more per call
            if f(x):
                return True
        return False

    return some


def _lift(part: _One | _Both) -> TwoPred:
    """A predicate of one side as a predicate of (subject, request)."""
    if isinstance(part, _Both):
        return part.pred
    one = part.pred
    if part.reads is Reads.SUBJECT:
        return lambda s, r: one(s)
    return lambda s, r: one(r)


def compile_condition(
    when: Condition, vocabulary: Vocabulary, params: Mapping[str, float], where: str
) -> Compiled:
    """Validate ``when`` against ``vocabulary`` and compile it, split by what each conjunct reads.

    Raises :class:`~hamstring_rules.RuleError` (located at ``where``) for an unknown fact or
    parameter, or a comparison that does not fit the fact's type.
    """
    compiler = _Compiler(vocabulary, params, where)
    conjuncts = when.items if isinstance(when, AllOf) else (when,)
    by_side: dict[Reads, list[_One | _Both]] = {r: [] for r in Reads}
    for cond in conjuncts:
        part = compiler.part(cond)
        if isinstance(part, bool):
            if not part:
                return Compiled(never=True, subject_facts={})
            continue
        by_side[part.reads].append(part)
    request = [p.pred for p in by_side[Reads.REQUEST] if isinstance(p, _One)]
    subject = [p.pred for p in by_side[Reads.SUBJECT] if isinstance(p, _One)]
    mixed = [p.pred for p in by_side[Reads.BOTH] if isinstance(p, _Both)]
    mixed_pred: TwoPred | None = None
    if len(mixed) == 1:
        mixed_pred = mixed[0]
    elif mixed:
        mixed_pred = lambda s, r: all(p(s, r) for p in mixed)  # noqa: E731
    facts = _merge([p.facts for side in (Reads.SUBJECT, Reads.BOTH) for p in by_side[side]])
    return Compiled(
        request=_all(request) if request else None,
        subject=_all(subject) if subject else None,
        mixed=mixed_pred,
        subject_facts=facts,
    )


# -- evaluation -----------------------------------------------------------------------------------


@attrs.frozen(eq=False)
class Engine(Generic[T]):
    """Compiled conditions of items (rules), each applying to some groups (goals).

    ``items`` are ``(item, compiled condition)`` in evaluation order; ``applies(item, group)``
    says whether an item is in scope for a group.
    """

    items: tuple[tuple[T, Compiled], ...]
    applies: Callable[[T, str], bool]
    name: str = ""
    """What the items are, for messages (``entry rules``)."""

    def for_group(self, group: str) -> tuple[tuple[T, Compiled], ...]:
        """The items that apply to ``group``, in evaluation order."""
        return tuple((item, c) for item, c in self.items if not c.never and self.applies(item, group))

    def run(self, group: str, subjects: Sequence[Facts], request: Facts) -> list[list[T]]:
        """For each subject, the items whose condition holds, in order.

        Subjects equal on every fact the live conditions read (:func:`_distinct`) are evaluated
        once, through one representative: a long program repeats its weeks, so 1,800 rules on
        29,000 entries evaluate a few hundred distinct entries, not 52 million pairs. Subjects
        alike share one list of fired items (read it, do not change it). The work left - the
        live items times the distinct subjects, then the items fired - is bounded by
        :data:`MAX_EVALUATIONS`, checked before it is done: more is an
        :class:`~hamstring_rules.InputLimitError` naming both numbers.
        """
        live = [
            (item, c.subject, c.mixed, c.subject_facts)
            for item, c in self.for_group(group)
            if c.request is None or c.request(request)
        ]
        if not subjects:
            return []
        reading = None if any(r is None for *_, r in live) else _merge([r for *_, r in live if r is not None])
        reps, rep_of = _distinct(tuple(subjects), reading)
        work = len(live) * len(reps)
        if work > MAX_EVALUATIONS:
            raise self._over(f"{len(live):,} {self._what} on {len(reps):,} distinct subjects", work)
        fired: list[list[T]] = [[] for _ in reps]
        for item, subj, mixed, _ in live:
            if mixed is None:
                if subj is None:
                    for found in fired:
                        found.append(item)
                else:
                    for found, s in zip(fired, reps, strict=True):
                        if subj(s):
                            found.append(item)
            else:
                for found, s in zip(fired, reps, strict=True):
                    if (subj is None or subj(s)) and mixed(s, request):
                        found.append(item)
        if rep_of is None:
            return fired
        hits = sum(len(fired[r]) for r in rep_of)
        if hits > MAX_EVALUATIONS:
            raise self._over(f"{self._what} fired {hits:,} times on {len(rep_of):,} subjects", hits)
        return [fired[r] for r in rep_of]

    @property
    def _what(self) -> str:
        return f"{self.name} rules".lstrip() if self.name else "rules"

    def _over(self, what: str, work: int) -> InputLimitError:
        return InputLimitError(
            f"{what}: {work:,} rule evaluations, over the limit of {MAX_EVALUATIONS:,}",
            suggestion="use a smaller rule pack (or select fewer codes), or check fewer weeks at a time",
        )

    def bind(self, subjects: Sequence[Facts], classes: Sequence[int] | None = None) -> BoundEngine[T]:
        """Precompute the subject-only parts of every condition for a fixed list of subjects.

        ``classes``: the caller grouped the subjects already (:meth:`subject_reading` says on
        what): subject ``i`` is then ``subjects[classes[i]]``, and ``subjects`` one per class.
        """
        return BoundEngine(self, tuple(subjects), None if classes is None else list(classes))

    def subject_reading(self) -> dict[str, frozenset[object] | None] | None:
        """What the conditions read of a subject: per fact, the values they tell apart (None:
        every value); None when some condition's reading is unknown. Subjects alike on these
        facts fire the same items."""
        readings = []
        for _, c in self.items:
            if c.never:
                continue
            if c.subject_facts is None:
                return None
            readings.append(c.subject_facts)
        return _merge(readings)


class _Step(NamedTuple, Generic[T]):
    """One item of a bound plan: the subjects its subject-only conjunct holds for."""

    item: T
    request: OnePred | None
    mixed: TwoPred | None
    hits: tuple[int, ...]


@attrs.frozen(eq=False)
class BoundEngine(Generic[T]):
    """An engine bound to a fixed subject list (a catalog): per call, only request-dependent
    conjuncts are evaluated.

    The per-group plans are kept (one per goal: a handful); binding is what makes a repeat
    ranking of a 10,000-exercise catalog ~10x cheaper than evaluating every condition per call.
    Subjects equal on every fact the conditions read (:attr:`Compiled.subject_facts`) are
    evaluated once, through one representative: a 50,000-exercise catalog of a few hundred
    distinct fact sets costs a few hundred evaluations per rule. Each subject-only conjunct is
    evaluated once per binding, however many groups share its rule.
    """

    engine: Engine[T]
    subjects: tuple[Facts, ...]
    classes: list[int] | None = None
    """Given by a caller that grouped the subjects: subject ``i`` is ``subjects[classes[i]]``."""
    _plans: dict[str, tuple[_Step[T], ...]] = attrs.field(init=False, factory=dict, repr=False)
    _reps: tuple[Facts, ...] = attrs.field(init=False, repr=False)
    """One subject per distinct set of read facts (the subjects themselves when all differ)."""
    _rep_of: list[int] | None = attrs.field(init=False, repr=False)
    """Each subject's representative in ``_reps``; ``None`` when ``_reps`` is ``subjects``."""
    _hits: dict[int, tuple[int, ...]] = attrs.field(init=False, factory=dict, repr=False)
    """Per compiled condition (by id; the engine keeps them alive): the representatives its
    subject-only conjunct holds for."""

    def __attrs_post_init__(self) -> None:
        reps, rep_of = _distinct(self.subjects, self.engine.subject_reading())
        if self.classes is not None:
            rep_of = self.classes if rep_of is None else [rep_of[c] for c in self.classes]
        object.__setattr__(self, "_reps", reps)
        object.__setattr__(self, "_rep_of", rep_of)

    def plan(self, group: str) -> tuple[_Step[T], ...]:
        """Per item of ``group``: the representatives its subject-only conjunct holds for."""
        found = self._plans.get(group)
        if found is None:
            found = self._build(group)
            if len(self._plans) < _MAX_PLANS:
                self._plans[group] = found  # idempotent: racing threads store equal plans
        return found

    def _build(self, group: str) -> tuple[_Step[T], ...]:
        compiled = self.engine.for_group(group)
        reps, known = self._reps, self._hits
        missing = [c for _, c in compiled if c.subject is not None and id(c) not in known]
        if len(missing) * len(reps) > MAX_EVALUATIONS:  # before the work, as Engine.run
            raise self.engine._over(
                f"{len(missing):,} {self.engine._what} on {len(reps):,} distinct subjects",
                len(missing) * len(reps),
            )
        if missing:
            hits: list[list[int]] = [[] for _ in missing]
            checks = [(found, c.subject) for found, c in zip(hits, missing, strict=True)]
            # Subject-major: each subject's facts are read once, while hot in the CPU cache
            # (rule-major passes over a 10,000-exercise catalog thrash it).
            for i, subject in enumerate(reps):
                for found, pred in checks:
                    if pred(subject):  # type: ignore[misc]
                        found.append(i)
            for c, found in zip(missing, hits, strict=True):
                known.setdefault(id(c), tuple(found))  # idempotent: racing threads store equal hits
        everyone = tuple(range(len(reps)))
        steps = []
        for item, c in compiled:
            idx = everyone if c.subject is None else known[id(c)]
            if idx:
                steps.append(_Step(item, c.request, c.mixed, idx))
        return tuple(steps)

    def run(self, group: str, request: Facts) -> list[list[T]]:
        """For each bound subject, the items that fire for ``request``, in order."""
        reps = self._reps
        fired: list[list[T]] = [[] for _ in reps]
        for item, req, mixed, idx in self.plan(group):
            if req is not None and not req(request):
                continue
            if mixed is None:
                for i in idx:
                    fired[i].append(item)
            else:
                for i in idx:
                    if mixed(reps[i], request):
                        fired[i].append(item)
        rep_of = self._rep_of
        return fired if rep_of is None else [list(fired[r]) for r in rep_of]

    def signatures(self, group: str, request: Facts) -> list[int]:
        """For each bound subject, which plan steps fire for ``request``, as a bit set: bit ``k``
        is step ``k`` of :meth:`plan`. Subjects with equal signatures fired the same items.

        Plain ints, not one list per subject: at 100,000 subjects the per-subject lists of
        :meth:`run` are what wakes the garbage collector.
        """
        reps = self._reps
        bits = [0] * len(reps)
        for k, (_, req, mixed, idx) in enumerate(self.plan(group)):
            if req is not None and not req(request):
                continue
            bit = 1 << k
            if mixed is None:
                for i in idx:
                    bits[i] |= bit
            else:
                for i in idx:
                    if mixed(reps[i], request):
                        bits[i] |= bit
        rep_of = self._rep_of
        return bits if rep_of is None else [bits[r] for r in rep_of]

    def items(self, group: str, signature: int) -> list[T]:
        """The items a signature of :meth:`signatures` stands for, in order."""
        return [step.item for k, step in enumerate(self.plan(group)) if signature >> k & 1]


def _distinct(
    subjects: tuple[Facts, ...], read: Mapping[str, frozenset[object] | None] | None
) -> tuple[tuple[Facts, ...], list[int] | None]:
    """The first subject of each distinct set of the facts ``items`` read, and each subject's
    position among them; ``(subjects, None)`` when all differ, or when what a condition reads
    is unknown or a read value is unhashable (then every subject is evaluated)."""
    if read is None:
        return subjects, None
    names = sorted(f for f, values in read.items() if values is None)
    whole: Callable[[Facts], object] = operator.itemgetter(*names) if names else (lambda s: ())
    told = tuple(sorted((f, values) for f, values in read.items() if values is not None))
    key = whole
    if told:

        def key(s: Facts) -> object:
            return (whole(s), *[v if (v := s[f]) in values else _OTHER for f, values in told])

    first: dict[object, int] = {}
    reps: list[Facts] = []
    rep_of: list[int] = []
    try:
        for subject in subjects:
            k = key(subject)
            r = first.get(k)
            if r is None:
                r = first[k] = len(reps)
                reps.append(subject)
            rep_of.append(r)
    except (KeyError, TypeError):  # a missing fact fails where it is read; unhashable: no dedup
        return subjects, None
    if len(reps) == len(subjects):
        return subjects, None
    return tuple(reps), rep_of


_OTHER = object()  # any value a text fact's literals do not name


_MAX_PLANS = 64

#: Most rule evaluations one :meth:`Engine.run` does (rules times distinct subjects), and most
#: items it returns fired: about 2 CPU-s. The built-in checks on a program at the input limits
#: (30,000 entries, all distinct) need under 300,000; 1,800 rules that never fire, on 29,000
#: distinct entries, were 52 million (20 s).
MAX_EVALUATIONS = 5_000_000


# -- message templates ----------------------------------------------------------------------------

#: ``{name}``, or ``{name|session|sessions}``: the number and the word for it (``1 session``,
#: ``2 sessions``); the words are letters, spaces, hyphens and slashes only.
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)(?:\|([A-Za-z][A-Za-z /-]*)\|([A-Za-z][A-Za-z /-]*))?\}")


def placeholders(template: str) -> tuple[str, ...]:
    """The ``{name}`` placeholders a template uses, in order."""
    return tuple(m.group(1) for m in _PLACEHOLDER.finditer(template))


def render_template(template: str, values: Mapping[str, object]) -> str:
    """Fill ``{name}`` placeholders from ``values``; no attribute access, no format specs.
    ``{name|one|many}`` is the number and its noun, singular for exactly 1 (``{sessions|session|
    sessions}``: ``1 session``, ``0 sessions``, ``2.5 sessions``).

    Placeholders are validated when a rule set is built; a value that is ``None`` here (an
    unknown number) leaves its placeholder as written. Text values are escaped onto one line
    (a name with a line break cannot start a forged line in a report); callers cut the values
    users wrote to :data:`~hamstring_rules.errors.MAX_SHOWN` characters.
    """

    def sub(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if value is None:
            return match.group(0)
        if isinstance(value, float):
            text = "infinite" if value == float("inf") else f"{value:g}"
        else:
            text = str(value)
            text = text if text.isprintable() else one_line(text, len(text))
        if match.group(2) is None:
            return text
        one = isinstance(value, int | float) and not isinstance(value, bool) and value == 1
        return f"{text} {match.group(2) if one else match.group(3)}"

    return _PLACEHOLDER.sub(sub, template)
