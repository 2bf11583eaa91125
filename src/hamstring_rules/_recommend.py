"""``recommend()``: rank the catalog's exercises for a goal, and say why.

Ordering is by score (high first), then the founding article's order of its upper-hamstring
exercises (RDL, good morning, back extension, hip-dominant split squat - evidence.md: keep it
as a tie-break, not a measured gap), then exercise id. Never dict or set order.
"""

from __future__ import annotations

import bisect
import functools
import math
import operator
import re
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property, partial
from typing import Any, SupportsIndex, TypeVar, overload

import attrs

from ._facts import request_facts
from .catalog import MAX_MAPPED_NAMES, MAX_NAME_LENGTH, Catalog, normalize_name
from .emitters import OneLineRepr, Rendered
from .errors import (
    HamstringRulesError,
    InputLimitError,
    RequestError,
    UnknownExerciseError,
    UnknownGoalError,
    one_line,
    shown,
)
from .exercises import Equipment, Exercise
from .names import parse_name
from .rules import Goal, Rule, RuleSet, contraindication, parse_tempo

_T = TypeVar("_T")

__all__ = [
    "Exclusion",
    "Exclusions",
    "Prescription",
    "Reason",
    "Recommendation",
    "RecommendationResult",
    "recommend",
]


@attrs.frozen(repr=False)
class Reason(OneLineRepr):
    """One fired rule, as a user sees it."""

    rule: str
    symbol: str
    effect: str
    rationale: str
    source: str

    @classmethod
    def of(cls, rule: Rule) -> Reason:
        return cls(rule.id, rule.symbol, rule.effect.describe(), rule.rationale, rule.source)

    def to_dict(self) -> dict[str, str]:
        return attrs.asdict(self)

    def __str__(self) -> str:
        return f"{self.rule} {self.symbol} ({self.effect}): {self.rationale} [{self.source}]"


@attrs.frozen(repr=False)
class Prescription(OneLineRepr):
    """How to do an exercise: sets, reps, tempo, placement, frequency and rest, and the load
    when a rule gives one.

    ``tempo`` is eccentric-pause-concentric-pause seconds; ``eccentric_s`` is its first number.
    ``rules`` names the rules that set the fields (their rationale and source are the why).
    ``load`` is a rule's text (``about 70% of 1RM``; ``None`` when no rule gives one): shown
    with the sets and reps wherever a prescription is.
    """

    sets: str
    reps: str
    tempo: str | None
    eccentric_s: int | None
    rir: str | None
    placement: str
    frequency_per_week: str
    rest_hours: int | None
    rules: tuple[str, ...] = ()
    load: str | None = None

    def __str__(self) -> str:
        parts = [f"{self.sets} x {self.reps}"]
        if self.tempo:
            parts.append(f"tempo {self.tempo}")
        if self.rir:
            parts.append(f"RIR {self.rir}")
        if self.load:
            parts.append(f"load {self.load}")
        parts.append(self.placement)
        freq = self.per_week()
        if self.rest_hours:
            freq += f", {self.rest_hours} h apart"
        parts.append(freq)
        return "; ".join(parts)

    def per_week(self) -> str:
        """The frequency as read: ``2x/week``; a number with words keeps them after the unit
        (``1-3x/week (build-up), then 1 (maintenance)``, not ``... (maintenance)x/week``)."""
        text = str(self.frequency_per_week)
        number = text.split(" ", 1)[0].rstrip(",;")
        if number and all(c.isdigit() or c in "-.–" for c in number):
            return f"{number}x/week{text[len(number) :]}"
        return text  # words only ("daily"): as written

    def short(self) -> str:
        """``3 x 8-10 @ 3-1-1-0``; with a load, ``3 x 8-10 (about 70% of 1RM) @ 3-1-1-0``."""
        text = f"{self.sets} x {self.reps}"
        if self.load:
            text += f" ({self.load})"
        return f"{text} @ {self.tempo}" if self.tempo else text

    def to_dict(self) -> dict[str, Any]:
        out = attrs.asdict(self)
        out["rules"] = list(self.rules)
        return out


def _filled(text: str, rule: Rule, values: Mapping[str, object]) -> str:
    """A cue's or a prescription's text with its ``{placeholders}`` (the goal's values,
    ``_facts.GOAL_VALUES``, and the rule's params) filled."""
    if "{" not in text:
        return text
    from ._engine import render_template

    return render_template(text, {**values, **rule.params})


def _prescription(rules: Sequence[Rule], values: Mapping[str, object] | None = None) -> Prescription:
    fields: dict[str, object] = {}
    setters: list[str] = []
    for rule in rules:  # already in salience order: the first to set a field wins
        contributed = False
        for key, value in rule.effect.prescription.items():
            if key not in fields:
                fields[key] = _filled(value, rule, values or {}) if isinstance(value, str) else value
                contributed = True
        if contributed:
            setters.append(rule.id)
    tempo = fields.get("tempo")
    parsed = parse_tempo(str(tempo)) if tempo is not None else None
    rest = fields.get("rest_hours")
    return Prescription(
        sets=str(fields.get("sets", "3")),
        reps=str(fields.get("reps", "8-12")),
        tempo=str(tempo) if parsed is not None else None,  # 'n/a' (a run's pace): no tempo
        eccentric_s=parsed[0] if parsed else None,
        rir=str(fields["rir"]) if "rir" in fields else None,
        placement=str(fields.get("placement", "any")),
        frequency_per_week=str(fields.get("frequency_per_week", "2")),
        rest_hours=int(rest) if isinstance(rest, int | str) and str(rest).isdigit() else None,
        rules=tuple(setters),
        load=str(fields["load"]) if "load" in fields else None,
    )


@attrs.frozen(repr=False)
class Recommendation(OneLineRepr):
    """One ranked exercise with its score, the rules that fired, a prescription and cues."""

    rank: int
    exercise: Exercise
    score: float
    rules: tuple[Rule, ...]
    prescription: Prescription
    cues: tuple[str, ...]
    role: str | None = None
    """The id of the goal's role this exercise fills (``heavy_hinge``, ``finisher``...), from the
    highest-salience ``role`` rule that fired; ``None`` when it fills none. The role's name and
    description are on ``result.goal.roles``."""

    @property
    def id(self) -> str:
        return self.exercise.id

    @property
    def name(self) -> str:
        return self.exercise.name

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """The rules that fired for this exercise (scores, prescriptions, cues), explained."""
        return tuple(Reason.of(r) for r in self.rules)

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-ready dict (the ``recommend --format json`` shape)."""
        return {
            "rank": self.rank,
            "id": self.exercise.id,
            "name": self.exercise.name,
            "score": _num(self.score),
            "reasons": [
                {
                    "rule": r.id,
                    "symbol": r.symbol,
                    "effect": r.effect.describe(),
                    "rationale": r.rationale,
                    "source": r.source,
                }
                for r in self.rules
            ],
            "prescription": self.prescription.to_dict(),
            "cues": list(self.cues),
            "role": self.role,
        }

    def why(self) -> str:
        """``straight-knee-hinge +40, long-length +10``: the score rules in short."""
        parts = [f"{r.symbol} {r.effect.describe()}" for r in self.rules if r.effect.kind == "score"]
        return ", ".join(parts) or "no scoring rule fired"


@attrs.frozen(repr=False)
class Exclusion(OneLineRepr):
    """An exercise left out, with the rule and reason (the first of several, by salience; a
    safety exclusion before one of scope), and ``kind``, why it is left out (one of
    :data:`EXCLUSION_KINDS`):

    * ``safety``: a rule excludes it as unsafe for the goal at this stage (a rule's ``exclude``:
      the squat into hip flexion at rehab stage 2) - what a program check reports (HR010);
    * ``scope``: not an exercise the goal's ranking covers (a rule's ``out_of_scope``: a calf
      raise, a hip-abduction machine, a quadriceps isolation in rehab's early stages) - not
      unsafe, simply not ranked or counted;
    * ``request``: the caller left it out (``exclude=``, ``equipment=``, ``limits=``).
    """

    exercise: Exercise
    rule: str
    reason: str
    source: str = ""
    rules: tuple[str, ...] = ()
    kind: str = attrs.field(
        default=attrs.Factory(lambda self: _request_or_safety(self.rule), takes_self=True),
        validator=attrs.validators.in_(("safety", "scope", "request")),
    )

    @property
    def id(self) -> str:
        return self.exercise.id

    @property
    def name(self) -> str:
        return self.exercise.name

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.exercise.id,
            "name": self.exercise.name,
            "rule": self.rule,
            "reason": self.reason,
            "source": self.source,
            "rules": list(self.rules),
            "kind": self.kind,
        }


#: Why an exercise is left out (:attr:`Exclusion.kind`): unsafe at this goal and stage, outside
#: the goal's ranking, or left out by the caller.
EXCLUSION_KINDS: tuple[str, ...] = ("safety", "scope", "request")
#: The ``rule`` of an exclusion the caller asked for (exclude=, equipment=, limits=).
_REQUESTS = frozenset({"request", "equipment", "limits"})


def _request_or_safety(rule: str) -> str:
    """An exclusion's kind when none is given: ``request`` for the caller's own (its ``rule``
    is ``request``, ``equipment`` or ``limits``), else ``safety``."""
    return "request" if rule in _REQUESTS else "safety"


class Exclusions(tuple[Exclusion, ...]):
    """The exercises left out, each with its rule and reason: a tuple with a table view
    (``to_pandas()``, HTML in a notebook) and a one-line repr. Slicing keeps the type."""

    __slots__ = ()

    @overload
    def __getitem__(self, index: SupportsIndex) -> Exclusion: ...
    @overload
    def __getitem__(self, index: slice) -> Exclusions: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Exclusion | Exclusions:
        if isinstance(index, slice):
            return Exclusions(super().__getitem__(index))
        return super().__getitem__(index)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(e.exercise.id for e in self)

    def to_pandas(self) -> Any:
        """One row per exclusion, indexed by exercise id (needs the ``pandas`` extra)."""
        from ._frames import exclusions

        return exclusions(self)

    def __repr__(self) -> str:
        from .emitters._repr import one_line

        return one_line(self)

    def _repr_html_(self) -> str:
        from .emitters import html

        return html.render(self)


def _as_exclusions(value: Iterable[Exclusion]) -> Exclusions:
    return value if type(value) is Exclusions else Exclusions(value)


def _names(exercise: Exercise, name: str) -> bool:
    """Whether ``name`` is one of the exercise's spellings (case, punctuation, plurals folded)."""
    if name in (exercise.id, exercise.name):
        return True
    key = normalize_name(name)
    return key in (
        normalize_name(s) for s in (exercise.id.replace("_", " "), exercise.name, *exercise.aliases)
    )


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


@attrs.frozen(repr=False)
class RecommendationResult(Rendered):
    """The ranked recommendations for a goal, the exclusions with reasons, and notes.

    Prints as a text table, renders as HTML in Jupyter and as Markdown; :meth:`to_records`
    gives one plain dict per recommendation.
    """

    goal: Goal
    stage: int | None
    pain: float | None
    recommendations: Sequence[Recommendation]
    """Best first; a sequence whose items are made when read (compares as a tuple)."""
    excluded: Exclusions = attrs.field(converter=_as_exclusions)
    """Shared, not copied, when already an :class:`Exclusions` (a repeat ranking of a large
    catalog reuses its pattern's exclusions: copying them was O(catalog) per call)."""
    notes: tuple[str, ...]
    stage_assumed: bool = False
    """No stage was given: the goal's default (the most conservative stage) was used."""
    stage_requested: int | None = None
    """The stage asked for (or assumed) before any pain step-back; ``stage`` is the one used."""
    stepped_back: bool = False
    """Pain above the goal's limit moved the stage back one: ``stage`` is ``stage_requested - 1``."""
    pain_24h: float | None = None
    """Pain the morning after the last session, 0-10, if given."""
    catalog: Catalog | None = attrs.field(default=None, kw_only=True, eq=False, repr=False)
    """The catalog ranked: :meth:`explain` reads names with its resolver (None: the built-in)."""
    ranking: Sequence[Recommendation] | None = attrs.field(default=None, kw_only=True, eq=False, repr=False)
    """The full ranking this result is the head or a slice of (``limit=``, ``result[:5]``):
    :meth:`explain` says where an exercise outside it ranks (None: ``recommendations``)."""

    def __len__(self) -> int:
        return len(self.recommendations)

    def __iter__(self) -> Iterator[Recommendation]:
        return iter(self.recommendations)

    @overload
    def __getitem__(self, index: SupportsIndex) -> Recommendation: ...
    @overload
    def __getitem__(self, index: slice) -> RecommendationResult: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Recommendation | RecommendationResult:
        """One recommendation by position; a slice is a RecommendationResult (same goal,
        exclusions and notes), so ``result[:3]`` still renders and exports as one."""
        if isinstance(index, slice):
            full = self.recommendations if self.ranking is None else self.ranking
            return attrs.evolve(self, recommendations=self.recommendations[index], ranking=full)
        return self.recommendations[operator.index(index)]

    @property
    def ids(self) -> tuple[str, ...]:
        """The recommended exercise ids, best first."""
        return tuple(r.exercise.id for r in self.recommendations)

    def by_role(self) -> dict[str, Recommendation]:
        """The top pick of each of the goal's roles that has one, in the goal's role order:
        ``{"heavy_hinge": <#1 Romanian deadlift>, "finisher": ..., ...}``. The article's
        advice is a pairing (a heavy hinge first, a light high-rep finisher later), so a plan
        takes one exercise per role rather than the top of a flat list."""
        out: dict[str, Recommendation] = {}
        for role in self.goal.role_ids:
            for rec in self.recommendations:
                if rec.role == role:
                    out[role] = rec
                    break
        return out

    def ties(self) -> tuple[tuple[Recommendation, ...], ...]:
        """Groups of two or more recommendations with equal scores, best first: their order
        is only the tie-break (the article's order, then id), not a measured difference."""
        groups: list[tuple[Recommendation, ...]] = []
        current: list[Recommendation] = []
        for rec in self.recommendations:
            if current and rec.score != current[0].score:
                if len(current) > 1:
                    groups.append(tuple(current))
                current = []
            current.append(rec)
        if len(current) > 1:
            groups.append(tuple(current))
        return tuple(groups)

    def rank_of(self, name: str) -> int | None:
        """The rank of an exercise by id, name or alias; ``None`` if not recommended."""
        from ._validate import text

        text(name, "name", max_length=MAX_NAME_LENGTH)
        for rec in self.recommendations:
            if _names(rec.exercise, name):
                return rec.rank
        return None

    def explain(self, name: str) -> str:
        """Every rule that fired for one exercise (recommended or excluded), with rationale."""
        from ._validate import text

        text(name, "name", max_length=MAX_NAME_LENGTH)
        found = self._explain(lambda ex: _names(ex, name))
        if found is not None:
            return found
        # the ranked catalog's resolver reads what the spellings do not: an app's spelling
        # ("Romanian Deadlift (Dumbbell)"), or a name the library does not rank
        res = (self.catalog or Catalog.builtin()).classify(name)
        if res.status == "out_of_scope":
            return f"{one_line(name)} - out of scope: {res.reason}; this library does not rank it"
        placed = {e.id for e in (res.exercise, res.base) if e is not None}
        found = self._explain(lambda ex: ex.id in placed)
        if found is not None:
            return f"{res.describe()}\n{found}"
        raise UnknownExerciseError(name, candidates=res.suggestions)

    def _explain(self, match: Callable[[Exercise], bool]) -> str | None:
        for rec in self.recommendations:
            if match(rec.exercise):
                return _explained(rec)
        for exc in self.excluded:
            if match(exc.exercise):
                return f"{one_line(exc.exercise.name)} - excluded by {exc.rule} ({exc.kind}): {exc.reason}"
        # ranked, but outside this slice or limit= (review 2 R15: it said "unknown exercise")
        for rec in self.ranking or ():
            if match(rec.exercise):
                name = one_line(rec.exercise.name)
                where = f"#{rec.rank} in the full ranking of {len(self.ranking or ())}"
                return f"{name} is not in this result ({self._span()}); {where}:\n{_explained(rec)}"
        return None

    def _span(self) -> str:
        """What part of the full ranking this result holds: "the first 5", "#3-#7"."""
        ranks = [rec.rank for rec in self.recommendations]
        if not ranks:
            return "it is empty"
        if ranks == list(range(1, len(ranks) + 1)):
            return f"the first {len(ranks)}"
        if ranks == list(range(ranks[0], ranks[0] + len(ranks))):
            return f"#{ranks[0]}-#{ranks[-1]}"
        return f"{len(ranks)} of the ranking"

    # -- export -------------------------------------------------------------------------

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per recommendation (rank, id, name, score, reasons, prescription, cues)."""
        return [r.to_dict() for r in self.recommendations]

    def to_dict(self) -> dict[str, Any]:
        """The whole result as JSON-ready data (the ``recommend --format json`` contract)."""
        return {
            "schema_version": _schema_version(),
            "goal": self.goal.id,
            "stage": self.stage,
            "stage_assumed": self.stage_assumed,
            "stage_requested": self.stage_requested,
            "stepped_back": self.stepped_back,
            "pain": _num(self.pain) if self.pain is not None else None,
            "pain_24h": _num(self.pain_24h) if self.pain_24h is not None else None,
            "recommendations": self.to_records(),
            "by_role": {role: rec.exercise.id for role, rec in self.by_role().items()},
            "ties": [[rec.exercise.id for rec in group] for group in self.ties()],
            "excluded": [e.to_dict() for e in self.excluded],
            "notes": list(self.notes),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """Deterministic JSON text."""
        from .emitters import json as json_emitter

        return json_emitter.render(self, indent=indent)

    def to_pandas(self) -> Any:
        """One row per recommendation, indexed by rank, with typed columns: score, sets/reps/RIR/
        frequency as ``_low``/``_high`` integers, the four tempo phases, rest hours, placement,
        primary action, knee, region, equipment and the score rules (needs the ``pandas`` extra).
        ``result.excluded.to_pandas()`` gives the exclusions."""
        from ._frames import recommendations

        return recommendations(self)

    # -- display (the emitters write it; see hamstring_rules.emitters) -----------------------


def resolve_sources(catalog: object, rules: object) -> tuple[Catalog, RuleSet]:
    """The catalog and rule set of a call: the built-in ones by default, checked for type."""
    catalog = Catalog.builtin() if catalog is None else catalog
    rules = RuleSet.builtin() if rules is None else rules
    if not isinstance(catalog, Catalog):
        raise RequestError(f"catalog must be a Catalog, got {type(catalog).__name__}", location="catalog")
    if not isinstance(rules, RuleSet):
        raise RequestError(f"rules must be a RuleSet, got {type(rules).__name__}", location="rules")
    return catalog, rules


def as_items(value: object, name: str, kinds: tuple[type, ...], *, most: int | None = None) -> list[Any]:
    """An argument that takes one item or an iterable of them (a list, tuple, set, generator,
    NumPy array...; a set in sorted order), each of ``kinds``; never a mapping or bytes, whose
    iteration is not a list of items. More than ``most`` items is an :class:`InputLimitError`
    (counted before any is read further: an endless generator is refused too)."""
    import itertools

    if isinstance(value, kinds):
        return [value]
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise RequestError(f"{name} must be a list, got {type(value).__name__}", location=name)
    if isinstance(value, set | frozenset):
        items = sorted(value, key=str)
    else:
        try:
            items = list(value if most is None else itertools.islice(value, most + 1))
        except TypeError:  # iterable by type but not in fact (a 0-d NumPy array)
            raise RequestError(f"{name} must be a list, got {type(value).__name__}", location=name) from None
    if most is not None and len(items) > most:
        raise InputLimitError(
            f"{name} holds more than {most:,} items", location=name, suggestion="pass fewer names"
        )
    for i, item in enumerate(items):
        if not isinstance(item, kinds):
            raise RequestError(f"expected a name, got {type(item).__name__}", location=f"{name}[{i}]")
    return items


def read_exclude(exclude: object) -> Any:
    """``exclude=`` read once, as a list (a name or an :class:`Exercise` alone, and ``None``, as
    given): a caller that reads it twice - its ranking, then its notes - read a generator's
    names the first time only (plan()'s notes said nothing left out). Wrong types and more than
    :data:`MAX_EXCLUDED` items raise as :func:`excluded_groups` says."""
    if exclude is None or isinstance(exclude, str | Exercise):
        return exclude
    return as_items(exclude, "exclude", (str, Exercise), most=MAX_EXCLUDED)


def resolve_exclude(catalog: Catalog, exclude: Iterable[str | Exercise] | str | Exercise | None) -> set[str]:
    """The ids of ``exclude=`` names and their variants (:func:`excluded_groups`); an unknown
    name raises with its position (``exclude[1]``)."""
    return {i for _, ids in excluded_groups(catalog, exclude) for i in ids}


#: The most ``exclude=`` items one call takes (as :meth:`Catalog.map_names` names): each name
#: costs a grammar parse and a scan of its movement's spellings, so the limit keeps a call within
#: seconds (a list of 100,000 names ran for many minutes).
MAX_EXCLUDED = MAX_MAPPED_NAMES


def excluded_groups(
    catalog: Catalog, exclude: Iterable[str | Exercise] | str | Exercise | None
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each ``exclude=`` item as given (an exercise's name for an :class:`Exercise`) with the
    ids it leaves out, in catalog order: the exercise the name resolves to, its variants
    (:func:`variants_of`) and the movement the name itself says (:func:`named_movement`:
    ``Leg curl`` is every leg curl, not only the lying one it resolves to). A name said again
    is said once. An unknown name raises with its position (``exclude[1]``); more than
    :data:`MAX_EXCLUDED` items is an :class:`InputLimitError`. ``None`` leaves out nothing (an
    optional argument not given, as Python callers pass it: it was "exclude must be a list")."""
    if exclude is None:
        return ()
    groups: list[tuple[str, tuple[str, ...]]] = []
    seen: set[object] = set()
    variants = _Variants(catalog)
    by_id = {ex.id: ex for ex in catalog}
    order = {ident: k for k, ident in enumerate(by_id)}
    for i, name in _listed(catalog, as_items(exclude, "exclude", (str, Exercise), most=MAX_EXCLUDED)):
        said = name.name if isinstance(name, Exercise) else str.__str__(name)
        key = said if isinstance(name, str) else (name.id, said)
        if key in seen:  # the same name again leaves out nothing more (1,000 copies: 1,000 notes)
            continue
        seen.add(key)
        try:
            base = catalog.resolve(name)
        except (UnknownExerciseError, InputLimitError) as exc:
            exc.location = f"exclude[{i}]"
            raise
        # a derived exercise ("Hip thrust (bodyweight)", "Seated leg curl (single leg)") names
        # itself, its modifiers said: a catalog exercise its words fit is a sibling, not it
        # (the single-leg hip thrust, bodyweight too, was left out: rv22 R16)
        movement = named_movement(catalog, said, base) if base in catalog else set()
        # each exercise left out takes its variants with it (Hip extension's 45-degree back
        # extension, its weighted and single-leg forms: rv21 N3)
        ids = set(movement).union(*(variants.of(ex) for ex in (base, *(by_id[m] for m in movement))))
        groups.append((said, tuple(sorted(ids, key=lambda x: (x not in order, order.get(x, 0), x)))))
    return tuple(groups)


def _listed(catalog: Catalog, items: Sequence[str | Exercise]) -> list[tuple[int, str | Exercise]]:
    """``exclude=`` items with their positions, a comma list split into its parts when every
    part, or two of them at least, is an exercise name by itself (``--exclude "Nordic, Leg
    curl"``: both; it was the Nordic alone, rv21 N10), or one of them when another holds no word
    the grammar knows - a part that names nothing is then an unknown name, not dropped (``Leg
    curl, Nordic, Zzz`` and ``Nordic, Zzz`` were the Nordic alone); empty parts are no names
    (``Nordic,,Leg curl``, a trailing comma). Never a name whose comma is its own (``Deadlift,
    Romanian``: 'Romanian' is a word of the name, no name by itself)."""
    out: list[tuple[int, str | Exercise]] = []
    for i, item in enumerate(items):
        parts = [p.strip() for p in item.split(",")] if isinstance(item, str) and "," in item else []
        parts = [p for p in parts if p]
        if len(parts) == 1:  # 'Nordic,': the name
            out.append((i, parts[0]))
            continue
        names = sum(catalog.classify(p, suggest=False).status == "exercise" for p in parts)
        if len(parts) > 1 and (names >= 2 or (names and any(_says_nothing(p) for p in parts))):
            out += [(i, p) for p in parts]
        else:
            out.append((i, item))
    return out


def _says_nothing(part: str) -> bool:
    """Whether a part of a comma list holds no word the name grammar knows (``Zzz``, not the
    ``Romanian`` of ``Deadlift, Romanian`` nor the ``Barbell`` of ``Squat, Barbell``): not a
    qualifier of the name beside it, so the comma lists names."""
    if len(part) > MAX_NAME_LENGTH:
        return False  # resolved as given, its length refused
    parsed = parse_name(part)
    return parsed.head is None and bool(parsed.words) and len(parsed.unknown) == len(parsed.words)


#: Names an exclusion note lists before "and N more" (a generic name in a large catalog can
#: leave out hundreds; presentation only).
_NOTE_NAMES = 12


def exclusion_notes(catalog: Catalog, groups: Sequence[tuple[str, Sequence[str]]]) -> tuple[str, ...]:
    """One note per ``exclude=`` item: the exercises it left out, by name (the variants that
    went with the name were not said: review rv20 D19)."""
    return tuple(
        f"exclude={shown(said)} leaves out {excluded_listing(catalog, ids)}." for said, ids in groups
    )


def excluded_listing(catalog: Catalog, ids: Sequence[str]) -> str:
    """The exercises of ``ids`` said in a note: ``Good morning``, or ``10 exercises, the
    movement and its variants: Band leg curl, ...`` (by name; at most :data:`_NOTE_NAMES`)."""
    by_id = {ex.id: ex for ex in catalog}
    names = sorted((_listed_name(by_id, i) for i in ids), key=str.casefold)
    more = f" and {len(names) - _NOTE_NAMES} more" if len(names) > _NOTE_NAMES else ""
    listed = ", ".join(names[:_NOTE_NAMES]) + more
    return listed if len(names) == 1 else f"{len(names)} exercises, the movement and its variants: {listed}"


def _listed_name(by_id: Mapping[str, Exercise], ident: str) -> str:
    """An exercise's name in a note; a derived exercise (``<base id>__<modifiers>``, not in the
    catalog) as its base's name and its modifiers (``Seated leg curl (single leg)``), never
    the internal id (rv22 R16)."""
    if ident in by_id:
        return one_line(by_id[ident].name)
    base, _, tags = ident.partition("__")
    if base in by_id and tags:
        return one_line(f"{by_id[base].name} ({tags.replace('_', ' ')})")
    return one_line(ident)


def named_movement(catalog: Catalog, name: str, base: Exercise) -> set[str]:
    """The catalog exercises a name says as a movement: those whose own catalog name the name
    grammar reads as the same base movement (head) as ``name``, with at least its positions and
    modifiers (an equipment word is met by the exercise's equipment too), and that do the
    movement of ``base`` (what the name resolved to): the same movement class (joint action and
    knee behaviour) and the same kind of work (compound or isolation).

    A name that says less names more: ``Leg curl`` (no position) is every leg curl - lying,
    seated, standing, band, flywheel - where the catalog places the bare name on the lying curl;
    ``Seated leg curl`` the seated ones; ``Beinbeuger`` reads as ``leg curl``; ``Squat`` is
    every squat - back, front, box, goblet, hack, the pistol (a single-leg squat). ``Back squat``
    leaves the front squat (``front`` is not ``back``), and the name's word alone is not the
    movement:

    * an exercise counts by its own name, not by another name it is also known by: the lateral
      lunge, also called the Cossack squat, is a lunge, not one of the squats;
    * the same class of another kind is another movement: the sissy squat (knee extension with
      the hips held straight, an isolation) is not one of the squats (hip and knee together, a
      compound), and ``Deadlift`` leaves the Romanian deadlift, whose class (straight-knee hip
      extension) is not the conventional deadlift's.

    Heuristic: what excluding "a movement" means to a lifter (review rv20 D19)."""
    if len(name) > MAX_NAME_LENGTH:
        return set()
    parsed = parse_name(name)
    if parsed.head is None or parsed.conflict is not None:
        return set()
    kinds = {e.value for e in Equipment}
    gear = {m for m in parsed.equipment if m in kinds}
    needed = parsed.modifiers - gear
    by_id = {ex.id: ex for ex in catalog}
    found: set[str] = set()
    movement = (base.movement_class.value, base.kind)
    for row in catalog._indexes().heads.get(parsed.head, ()):  # the catalog's parsed spellings
        ex = by_id.get(row.exercise_id)
        if ex is None or (row.kind, ex.kind) != movement or row.exercise_id in found:
            continue
        if not (parsed.positions <= row.positions and needed <= row.modifiers):
            continue
        if gear <= row.modifiers | {e.value for e in ex.equipment}:
            found.add(row.exercise_id)
    return found


def variants_of(catalog: Catalog, exercises: Sequence[Exercise]) -> set[str]:
    """The ids of ``exercises`` and of every catalog exercise that is a variant of one of them.

    An exercise is a variant of a base when it is

    * derived from it: a name the resolver placed on the base with its modifiers applied
      (``Nordic curl hold``, ``Paused RDL``: the id ``<base id>__<modifiers>`` that
      :meth:`Catalog.with_aliases` adds), whatever the modifiers changed; or
    * the base's movement under a longer name: it does what the base does (the same movement
      class: the same joint action and knee behaviour, or the same kind of work), and its
      catalog name holds one of the base's own names as whole words - its catalog name, or an
      alias the name grammar reads as the very same movement (same base movement, positions
      and modifiers). So ``Assisted Nordic curl`` holds the Nordic hamstring curl's ``Nordic
      curl`` and is a variant of it, the deficit and sumo deadlifts hold the conventional
      deadlift's ``Deadlift``; the ``Reverse Nordic`` (a quadriceps exercise) and the Romanian
      deadlift (straight-knee, not bent-knee hip extension) do other work and are not; a
      generic alias that names a wider family (the back squat's ``Squat``) is not the base's
      own name, so excluding the back squat leaves the front squat.

    Related by the exercises' facts and the resolver's reading of their names, never by a word
    shared: excluding the split squat does not exclude the split-squat jump or the hip-dominant
    Bulgarian split squat, which train otherwise (heuristic: what "a variant" is to a lifter).
    """
    found = _Variants(catalog)
    return {ex.id for ex in exercises}.union(*(found.of(ex) for ex in exercises))


class _Variants:
    """:func:`variants_of` over one catalog, its exercises' names read once and each base's
    variants found once (an exclusion of many names scanned the catalog for each)."""

    def __init__(self, catalog: Catalog) -> None:
        self.rows = [(ex.id, ex.movement_class, _name_words(ex.name)) for ex in catalog]
        self.found: dict[str, frozenset[str]] = {}

    def of(self, base: Exercise) -> frozenset[str]:
        """The id of ``base`` and of each catalog exercise that is a variant of it."""
        found = self.found.get(base.id)
        if found is None:
            derived, kind, names = f"{base.id}__", base.movement_class, _own_names(base)
            found = self.found[base.id] = frozenset(
                {base.id}
                | {
                    ident
                    for ident, cls, words in self.rows
                    if ident.startswith(derived) or (cls == kind and any(_holds(words, n) for n in names))
                }
            )
        return found


def _own_names(exercise: Exercise) -> tuple[tuple[str, ...], ...]:
    """The base's own names as words: its catalog name, and each alias the name grammar reads as
    the same movement (the same base movement, positions and modifiers - not a wider family)."""

    def family(name: str) -> tuple[object, ...]:
        parsed = parse_name(name)
        return (parsed.head, parsed.positions, parsed.modifiers)

    own = {_name_words(exercise.name)}
    if exercise.aliases:
        mine = family(exercise.name)
        if mine[0] is not None:
            own.update(_name_words(a) for a in exercise.aliases if family(a) == mine)
    return tuple(sorted(w for w in own if w))


def _name_words(name: str) -> tuple[str, ...]:
    """A catalog name as lower-case words (hyphens split: ``45-degree`` is ``45 degree``)."""
    return tuple(re.findall(r"[a-z0-9]+", name.casefold()))


def _holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` occurs in ``words`` as consecutive whole words."""
    n = len(part)
    return n > 0 and any(words[k : k + n] == part for k in range(len(words) - n + 1))


#: The most ``equipment=`` items one call takes: the vocabulary is a few dozen words, so a longer
#: list is a mistake, and an endless generator was read until memory ran out (heuristic bound).
MAX_EQUIPMENT = 1_000


#: The name reader's equipment ids (``data/names.toml`` [equipment.*]) that are not themselves an
#: :class:`Equipment` value, as the equipment they give: a GHD carries the glute-ham raise and the
#: back extension the names read on it; straps (``suspension``) are the stability ball's exercises,
#: as the name reader takes them (its ``like``); body weight, the floor, a vest or a plate add no
#: equipment a catalog exercise needs.
_NAME_EQUIPMENT: Mapping[str, tuple[str, ...]] = {
    "smith": ("smith_machine",),
    "slider": ("sliders",),
    "ghd": ("ghr", "back_extension_bench"),
    "accommodating": ("band",),
    "bodyweight": (),
    "floor": (),
    "weighted": (),
    "other": (),
}


def _equipment_key(text: str) -> str:
    return re.sub(r"[\s_-]+", " ", text.strip().casefold()).strip()


def _singular(word: str) -> str:
    for end, to in (("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("ies", "y"), ("s", "")):
        if word.endswith(end) and len(word) > len(end) + 1 and not word.endswith("ss"):
            return word[: -len(end)] + to
    return word


@functools.cache
def equipment_words() -> Mapping[str, tuple[str, ...]]:
    """Every word ``equipment=`` reads, as the :class:`Equipment` values it gives: the values
    themselves (any case and separators) and the name reader's spellings (``data/names.toml``
    [equipment.*]: ``DB``, ``GHD``, ``Swiss ball``, ``TRX``, ``power rack``...), one vocabulary."""
    from ._data import builtin_data

    allowed = {e.value for e in Equipment}
    out: dict[str, tuple[str, ...]] = {}
    for ident, entry in sorted(builtin_data()["names.toml"]["equipment"].items()):
        if ident in allowed:
            gives: tuple[str, ...] = (ident,)
        elif ident in _NAME_EQUIPMENT:
            gives = _NAME_EQUIPMENT[ident]
        elif entry.get("like") in allowed:
            gives = (str(entry["like"]),)
        else:
            gives = ()
        for spelling in entry.get("spellings", ()):
            out.setdefault(_equipment_key(str(spelling)), gives)
    out.update({_equipment_key(v): (v,) for v in allowed})  # the values' own names win
    out.update({"none": (), "body weight": ()})
    return out


@functools.cache
def _stand_ins() -> Mapping[str, tuple[str, ...]]:
    """The words of :func:`equipment_words` that give another apparatus as its stand-in
    (``data/names.toml`` ``like``: a suspension trainer's straps read as a stability ball, a
    wall as a bench), which no catalog exercise needs itself."""
    from ._data import builtin_data

    allowed = {e.value for e in Equipment}
    words = equipment_words()
    return {
        key: words[key]
        for ident, entry in builtin_data()["names.toml"]["equipment"].items()
        if ident not in allowed and ident not in _NAME_EQUIPMENT and entry.get("like") in allowed
        for key in map(_equipment_key, map(str, entry.get("spellings", ())))
        if key in words and words[key] == (entry["like"],)
    }


def _word_gives(words: Mapping[str, tuple[str, ...]], phrase: str) -> tuple[str, ...] | None:
    """What one vocabulary phrase gives, said in the singular or plural; ``None`` if unknown."""
    if phrase in words:
        return words[phrase]
    parts = phrase.split(" ")
    for form in (" ".join([*parts[:-1], _singular(parts[-1])]), " ".join(map(_singular, parts))):
        if form in words:
            return words[form]
    return None


@functools.cache
def _exercise_readings() -> tuple[tuple[str | None, frozenset[str], frozenset[str]], ...]:
    """Each catalog exercise's name as the grammar reads it: (head, positions, equipment needed)."""
    out = []
    for ex in Catalog.builtin():
        parsed = parse_name(ex.name)
        out.append((parsed.head, parsed.positions, frozenset(e.value for e in ex.equipment)))
    return tuple(out)


def _named_need(qualifier: str, *, positions: bool) -> frozenset[str] | str | None:
    """The equipment the exercise a qualifier names needs ('hip thrust' of 'hip thrust bench';
    with ``positions``, '45 degree' of '45 degree bench': what every catalog exercise read with
    that position needs); a reason (str) when the words name a movement the catalog leaves out
    ('pull up' of 'pull-up bar'); ``None`` when they name no exercise."""
    try:
        return frozenset(e.value for e in Catalog.builtin().resolve(qualifier).equipment)
    except HamstringRulesError:
        pass
    parsed = parse_name(qualifier)
    if parsed.head is None and not (positions and parsed.positions):
        if parsed.scope == "out" and parsed.named:
            movements = ", ".join(sorted({m.replace("_", " ") for m in parsed.named}))
            return f"{shown(qualifier)} reads as {movements}, a movement the catalog leaves out"
        return None
    # a movement or a class-changing position ('45 degree') said without a whole name: what
    # every exercise read with that head and those positions needs
    needs = [
        need
        for head, readings, need in _exercise_readings()
        if (parsed.head is None or head == parsed.head) and parsed.positions <= readings
    ]
    return frozenset.intersection(*needs) if needs else None


def _ending(words: Mapping[str, tuple[str, ...]], key: str) -> tuple[str, ...] | str:
    """The last word of vocabulary phrases that all give the same ('rack': power rack, squat
    rack), when the grammar reads nothing else in it ('hyper' is the back extension's: read
    first); ``""`` if none or they differ."""
    for form in dict.fromkeys((key, " ".join(map(_singular, key.split(" "))))):
        ending = {gives for word, gives in words.items() if word.endswith(" " + form)}
        if len(ending) == 1:
            return ending.pop()
    return ""


def _read_equipment(said: str) -> tuple[str, ...] | str:
    """The Equipment values an ``equipment=`` item gives; a reason it gives none (``""``: no
    word of it is known).

    An item is read as a noun phrase through the same grammar exercise names are read by: a
    vocabulary word (plural or not) is the noun, at the end or the start ('hip thrust bench',
    'bench 45'); the words beside it qualify it. Words that name an exercise ('hip thrust',
    'hyper', 'seated leg curl') or a class-changing position ('45 degree') make the noun that
    exercise's apparatus: of what the exercise needs, the noun's kind ('hip thrust bench' is the
    bench, not the barbell; '45 degree bench' the back-extension bench), else what it needs
    ('reverse hyper machine'), else the noun ('Nordic bench': the Nordic needs none). Words that
    name an exercise the catalog leaves out ('pull-up bar', 'dip station') are refused; unknown
    words beside a noun ('adjustable bench') are passed over, as exercise names' are."""
    words = equipment_words()
    key = _equipment_key(said)
    hit = _word_gives(words, key)
    if hit is not None:
        return hit
    if len(key) > MAX_NAME_LENGTH:  # longer than any exercise name the grammar reads
        return ""
    tokens = re.findall(r"[^\W_]+", key)
    noun: tuple[str, ...] | None = None
    noun_words: list[str] = []
    qualifier = tokens
    # the longest vocabulary phrase at the end, else at the start
    ends = [(tokens[-size:], tokens[:-size]) for size in range(len(tokens), 0, -1)]
    for part, rest in [*ends, *((tokens[:size], tokens[size:]) for size in range(len(tokens), 0, -1))]:
        if (gives := _word_gives(words, " ".join(part))) is not None:
            noun, noun_words, qualifier = gives, part, rest
            break
    if not qualifier:
        return noun if noun is not None else _ending(words, key)
    need = _named_need(" ".join(qualifier), positions=noun is not None)
    if isinstance(need, str):
        return need
    if noun is None:
        return _ending(words, key) if need is None else tuple(sorted(need))
    # the noun's kind: what it gives and the Equipment values its words name ('bench': the
    # bench and the back-extension bench)
    kind = set(noun) | {
        e.value for e in Equipment if {_singular(w) for w in noun_words} & set(e.value.split("_"))
    }
    if need is None:
        # An item is one apparatus, never split into kit: an apparatus said before the noun is
        # that apparatus when it is of the noun's kind or the noun is a generic machine ('GHD
        # bench', 'GHD station': the GHD; 'TRX straps': the TRX), else the noun is the item and
        # the apparatus words qualify it ('dumbbell bench': a bench; 'band anchor': an anchor).
        # 'GHD bench' gave a flat bench too. Unknown words are passed over.
        before = _read_equipment(" ".join(qualifier))  # as an item of its own ('platform')
        apparatus = set() if isinstance(before, str) else set(before)
        generic = set(noun) == {Equipment.MACHINE.value}
        return tuple(sorted(apparatus if apparatus and (apparatus & kind or generic) else noun))
    # an exercise's apparatus: of what it needs, the noun's kind, else what it needs; an exercise
    # that needs none leaves the noun ('Nordic bench': a bench; 'Nordic GHD': the GHD) unless
    # the noun is only another apparatus's stand-in ('Nordic strap' holds the ankles for the
    # Nordic, which needs none: it was a stability ball, a suspension strap's stand-in)
    stand_in = _word_gives(_stand_ins(), " ".join(noun_words)) is not None
    if not need & kind:
        # the apparatus said is not the one the qualifier's exercise needs alone: the whole item
        # read as one exercise's name may be that exercise done on it ('TRX strap leg curl' is the
        # suspension-trainer curl, not the lying machine curl 'leg curl' alone needs; names23)
        whole = _named_need(key, positions=noun is not None)
        if isinstance(whole, frozenset) and whole & kind:
            return tuple(sorted(whole & kind))
    return tuple(sorted(need & kind or need or (set() if stand_in else set(noun))))


def is_equipment_word(said: str) -> bool:
    """Whether ``said`` is one of the equipment words (:func:`equipment_words`, plural too:
    ``bench``, ``DB``, ``smith machine``), not a word that only qualifies one (``45``, ``hip``,
    ``Nordic``, ``adjustable``)."""
    return _word_gives(equipment_words(), _equipment_key(said)) is not None


def _two_readings(said: str) -> tuple[str, ...]:
    """The readings of a word that exercise names read two ways (``data/names.toml`` [ambiguous]:
    a bare ``strap`` is a cable's ankle strap or a suspension trainer's) when they give different
    equipment, else ``()``: ``equipment=["straps"]`` read only the suspension trainer's."""
    from .names import grammar

    key = _equipment_key(said)
    readings = grammar().ambiguous.get(key) or grammar().ambiguous.get(_singular(key), ())
    gives = {_read_equipment(r) for r in readings}
    return tuple(readings) if len(gives) > 1 else ()


def check_equipment(equipment: Iterable[str | Equipment] | None) -> frozenset[str] | None:
    """``equipment=`` as recommend(), plan(), substitute() and fix() take it, checked once: the
    equipment values the user has, read through the same equipment words exercise names use
    (any case, separators and plural: ``dumbbells``, ``DB``, ``GHD``, ``Swiss ball``, ``TRX``;
    ``bodyweight`` and ``none`` add nothing, see :func:`equipment_words`) and the grammar
    exercise names are read by (``45 degree bench``, ``hip thrust bench``, ``Nordic bench``: see
    ``_read_equipment``), each item one apparatus (``GHD bench`` is the GHD, not it and a flat
    bench; ``Nordic strap`` gives nothing the catalog needs), ``None`` for everything. An
    unknown item is a RequestError at its position (``equipment[1]``) naming the closest word
    and the accepted ones; more than
    :data:`MAX_EQUIPMENT` items an :class:`InputLimitError`."""
    if equipment is None:
        return None
    out: set[str] = set()
    for i, item in enumerate(as_items(equipment, "equipment", (str,), most=MAX_EQUIPMENT)):
        said = item.value if isinstance(item, Equipment) else str(item)
        either = _two_readings(said)
        if either:  # as exercise names read it: a bare "strap" is an ankle strap or a TRX's
            raise RequestError(
                f"equipment {shown(said)} could be {' or '.join(map(shown, either))}",
                location=f"equipment[{i}]",
                suggestion=f"say which: {', '.join(map(shown, either))}",
            )
        gives = _read_equipment(said)
        if isinstance(gives, str):
            import difflib

            values = sorted(e.value for e in Equipment)
            words = sorted(w for w in equipment_words() if w.replace(" ", "_") not in values)
            close = difflib.get_close_matches(_equipment_key(said), [*values, *words], n=1)
            raise RequestError(
                f"unknown equipment {shown(said)}" + (f": {gives}" if gives else ""),
                location=f"equipment[{i}]",
                suggestion=(f"did you mean {shown(close[0])}? " if close and not gives else "")
                + "known: "
                + ", ".join(values)
                + "; or the words exercise names use for them, plural too (dumbbells, DB, GHD, Swiss ball,"
                + " TRX, Smith, power rack: data/names.toml [equipment.*])",
            )
        out.update(gives)
    return frozenset(out)


def _check_stage(goal: Goal, stage: object) -> tuple[int | None, bool]:
    if stage is None:
        return goal.default_stage, goal.default_stage is not None
    if not goal.staged:
        raise RequestError(
            f"goal {shown(goal.id)} has no stages",
            location="stage",
            suggestion="stage applies to staged goals such as 'rehab'",
        )
    if isinstance(stage, bool) or not isinstance(stage, int) or stage not in goal.stages:
        from ._program_words import read_stage

        named = read_stage(stage) if isinstance(stage, str) else None  # "2": text, a number meant (rv29 V12)
        raise RequestError(
            f"invalid stage {shown(stage)}"
            + (": a stage is a number, not text" if named is not None else ""),
            location="stage",
            suggestion=(f"give stage={named}; " if named in goal.stages else "")
            + f"expected one of: {', '.join(str(s) for s in sorted(goal.stages))}",
        )
    return stage, False


@attrs.frozen
class StageDecision:
    """The stage a staged goal is ranked and checked at, and how it was reached."""

    stage: int | None
    assumed: bool = False
    requested: int | None = None
    stepped_back: bool = False


def decide_stage(goal: Goal, stage: object, pain: float | None, pain_24h: float | None) -> StageDecision:
    """Validate ``stage``; without one use the goal's default (marked assumed); with pain
    during exercise or the next morning above the goal's ``pain_step_back_above``, step back
    one stage (never below the first)."""
    value, assumed = _check_stage(goal, stage)
    if value is None:
        return StageDecision(None)
    limit = goal.pain_step_back_above
    over = limit is not None and any(p is not None and p > limit for p in (pain, pain_24h))
    lower = [s for s in sorted(goal.stages) if s < value]
    if over and lower:
        return StageDecision(lower[-1], assumed, value, True)
    return StageDecision(value, assumed, value, False)


def _check_pain(pain: object, name: str = "pain") -> float | None:
    if pain is None:
        return None
    if (
        isinstance(pain, bool)
        or not isinstance(pain, int | float)
        or not (0 <= pain <= 10)
        or math.isnan(pain)
    ):
        raise RequestError(
            f"invalid pain score {shown(pain)}", location=name, suggestion="expected a number from 0 to 10"
        )
    return float(pain)


@attrs.frozen
class _Decision:
    """What the rules decided for every exercise whose rules fired alike (one per distinct set
    of fired rules and request pattern, shared by all those exercises)."""

    excluded_by: tuple[Rule, ...]
    """The exclusion rules that fired (the first is the reason); empty for a ranked exercise."""
    score: float
    rules: tuple[Rule, ...]
    prescription: Prescription
    cues: tuple[str, ...]
    """The rules' cues (each exercise's own cues follow them)."""
    role: str | None = None
    excluded_as: tuple[str, str, str, tuple[str, ...], str] = ("", "", "", (), "safety")
    """What an :class:`Exclusion` of this decision says besides the exercise (made once per
    decision: a 50,000-exercise catalog has tens of thousands of exclusions per pattern)."""

    @classmethod
    def of(cls, fired: Sequence[Rule], values: Mapping[str, object] | None = None) -> _Decision:
        """The decision of the rules ``fired`` for an exercise; ``values``: the request facts
        its cues and prescription may say (``{pain_limit}``)."""
        rules = tuple(fired)
        given = values or {}
        exclusions = tuple(r for r in rules if r.effect.kind == "exclude")
        # rule order is fixed, so the float sum is the same every time; + 0.0 turns -0.0 into 0.0
        score = sum((r.effect.score for r in rules if r.effect.kind == "score"), 0.0) + 0.0
        prescription = _prescription([r for r in rules if r.effect.kind == "prescribe"], given)
        cues = tuple(_filled(r.effect.text, r, given) for r in rules if r.effect.kind == "cue")
        role = next((r.effect.text for r in rules if r.effect.kind == "role"), None)
        excluded_as: tuple[str, str, str, tuple[str, ...], str] = ("", "", "", (), "safety")
        if exclusions:
            # a safety exclusion is the record's reason whenever one fired (as HR010 reports it:
            # rules.contraindication), else the first by salience, one of scope
            safety = contraindication(exclusions)
            first = safety or exclusions[0]
            kind = "safety" if safety is not None else "scope"
            excluded_as = (first.id, first.effect.text, first.source, tuple(r.id for r in exclusions), kind)
        return cls(exclusions, score, rules, prescription, cues, role, excluded_as)

    def exclusion(self, exercise: Exercise) -> Exclusion:
        """The exclusion record of an exercise this decision excludes."""
        return Exclusion(exercise, *self.excluded_as)

    def recommendation(self, rank: int, exercise: Exercise) -> Recommendation:
        """The recommendation of an exercise this decision ranks ``rank``-th."""
        return Recommendation(
            rank, exercise, self.score, self.rules, self.prescription, self.cues + exercise.cues, self.role
        )


@attrs.frozen(eq=False)
class _Pattern:
    """The rules' answer for one request pattern: each exercise's decision, the ranked order of
    the exercises no rule excludes, and those a rule excludes (catalog order)."""

    decisions: tuple[_Decision, ...]
    order: array[int]
    excluded: array[int]
    exercises: tuple[Exercise, ...]

    @cached_property
    def exclusions(self) -> Exclusions:
        """The rule exclusions as records, made once per pattern (shared: they are immutable)."""
        return Exclusions(self.decisions[i].exclusion(self.exercises[i]) for i in self.excluded)


class Ranker:
    """The exercise rules of one rule set bound to one catalog, and the answers ranking reuses.

    Owned by the catalog (``Catalog.binding``): it lives as long as the catalog and the rule set
    both do, and holds neither. Its caches, and what they buy (``python -m benchmarks``):

    * the bound engine: exercise-only conditions evaluated once per catalog and goal;
    * per request pattern (which request-dependent conditions hold), each exercise's decision
      and the ranked order: a repeat ``recommend()`` on a 100,000-exercise catalog does no rule
      work and allocates no per-exercise objects (results are built on access). Bounded by
      size: at most :data:`MEMO_SLOTS` exercise slots (about 16 bytes each) in all.
    """

    def __init__(self, catalog: Catalog, rules: RuleSet) -> None:
        self.exercises = catalog.exercises
        self.engine = catalog.bound(rules)
        # exercise positions in tie-break order (the article's order, then id)
        self.tiebreak = sorted(range(len(self.exercises)), key=lambda i: self.exercises[i].tiebreak)
        self._patterns: dict[tuple[object, ...], _Pattern] = {}
        self._lock = threading.Lock()

    def _key(self, goal: str, request: Mapping[str, object]) -> tuple[object, ...]:
        plan = self.engine.plan(goal)
        if any(step.mixed is not None for step in plan):  # conditions reading both: the request itself
            return (goal, tuple(sorted(request.items())))
        active = 0
        for k, step in enumerate(plan):
            if step.request is None or step.request(request):
                active |= 1 << k
        return (goal, active)

    def pattern(self, goal: str, request: Mapping[str, object]) -> _Pattern:
        """The rules' answer for this goal and request (memoised per request pattern)."""
        key = self._key(goal, request)
        found = self._patterns.get(key)
        if found is None:
            found = self._build(goal, request)
            with self._lock:
                budget = MEMO_SLOTS // max(1, len(self.exercises))
                while self._patterns and len(self._patterns) >= budget:
                    del self._patterns[next(iter(self._patterns))]  # the oldest pattern goes
                if budget:
                    self._patterns[key] = found
        return found

    def _build(self, goal: str, request: Mapping[str, object]) -> _Pattern:
        signatures = self.engine.signatures(goal, request)
        by_signature: dict[int, _Decision] = {}
        for signature in set(signatures):
            by_signature[signature] = _Decision.of(self.engine.items(goal, signature), request)
        decisions = tuple([by_signature[sig] for sig in signatures])
        # Ranked: by score, high first, then tie-break order (the article's order, then id) -
        # visiting exercises in tie-break order and bucketing them by score keeps that order.
        buckets: dict[float, array[int]] = {}
        excluded = array("l")
        for i in self.tiebreak:
            decision = decisions[i]
            if not decision.excluded_by:
                bucket = buckets.get(decision.score)
                if bucket is None:
                    bucket = buckets[decision.score] = array("l")
                bucket.append(i)
        order = array("l")
        for score in sorted(buckets, reverse=True):
            order.extend(buckets[score])
        excluded.extend(i for i, d in enumerate(decisions) if d.excluded_by)
        return _Pattern(decisions, order, excluded, self.exercises)

    def first_exclusions(self, goal: str, request: Mapping[str, object]) -> dict[str, Rule]:
        """Exercise id -> the exclusion a program check reports for it (HR010): the first
        ``exclude`` rule that fires, ``out_of_scope`` ones aside
        (:func:`~hamstring_rules.rules.contraindication`)."""
        pattern = self.pattern(goal, request)
        out: dict[str, Rule] = {}
        for i in pattern.excluded:
            rule = contraindication(pattern.decisions[i].excluded_by)
            if rule is not None:
                out[self.exercises[i].id] = rule
        return out

    def ranked_down(
        self, goal: str, request: Mapping[str, object], before: Mapping[str, object]
    ) -> dict[str, Rule]:
        """Exercise id -> the first penalty (a rule of negative score) the rules give it for
        ``request`` and not for ``before``: what the stage a pain step-back applied ranks down
        that the stage asked for did not (an exercise it excludes is HR010's, not here)."""
        now, then = self.pattern(goal, request), self.pattern(goal, before)
        out: dict[str, Rule] = {}
        for i, decision in enumerate(now.decisions):
            if decision.excluded_by:
                continue
            rule = _new_penalty(decision.rules, partial(_rules_of, then.decisions[i]))
            if rule is not None:
                out[self.exercises[i].id] = rule
        return out


def _rules_of(decision: _Decision) -> tuple[Rule, ...]:
    return decision.rules


def _new_penalty(fired: Sequence[Rule], before: Callable[[], Sequence[Rule]]) -> Rule | None:
    """The first penalty (a rule of negative score) among ``fired`` that is not among the rules
    ``before()`` gives (read only when there is a penalty)."""
    earlier: set[str] | None = None
    for rule in fired:
        if rule.effect.kind == "score" and rule.effect.score < 0:
            if earlier is None:
                earlier = {r.id for r in before()}
            if rule.id not in earlier:
                return rule
    return None


def derived_ranked_down(
    rules: RuleSet,
    goal: str,
    request: Mapping[str, object],
    before: Mapping[str, object],
    exercise: Exercise,
    base: Exercise,
) -> Rule | None:
    """:meth:`Ranker.ranked_down` for an exercise derived from the catalog's ``base`` (a name's
    modifiers applied: ``Good morning hold``, ``Bodyweight good morning``), judged on its own
    facts under its base's id and name - as a check's exclusions of it are (``_derived_exclusion``):
    a hold is not ranked down by a rule about moving work, and a rule naming the base by id or
    name still reaches it. ``None`` when the stage excludes it (HR010's) or ranks it down no
    further than ``before`` did."""
    facts = {**exercise.facts(), "id": base.id, "name": base.name}
    engine = rules.engine("exercise")
    now = engine.run(goal, [facts], request)[0]
    if any(r.effect.kind == "exclude" for r in now):
        return None
    return _new_penalty(now, lambda: engine.run(goal, [facts], before)[0])


#: Most exercise slots the request-pattern memo of one :class:`Ranker` holds (about 16 bytes
#: each: 2,000,000 is about 32 MB; 20 patterns of a 100,000-exercise catalog).
MEMO_SLOTS = 2_000_000


def _explained(rec: Recommendation) -> str:
    lines = [f"#{rec.rank} {one_line(rec.exercise.name)} - score {rec.score:g}"]
    lines += [f"  {Reason.of(r)}" for r in rec.rules]
    lines.append(f"  prescription: {rec.prescription}")
    return "\n".join(lines)


class _Lazy(Sequence[_T]):
    """An immutable sequence whose items are made on access (results of a large catalog are
    not built unless read). Compares, hashes and pickles as the tuple of its items."""

    __slots__ = ("_make", "_n")

    def __init__(self, n: int, make: Callable[[int], _T]) -> None:
        self._n = n
        self._make = make

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, index: int) -> _T: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[_T, ...]: ...
    def __getitem__(self, index: int | slice) -> _T | tuple[_T, ...]:
        if isinstance(index, slice):
            return tuple(self._make(i) for i in range(*index.indices(self._n)))
        if index < 0:
            index += self._n
        if not 0 <= index < self._n:
            raise IndexError("index out of range")
        return self._make(index)

    def __iter__(self) -> Iterator[_T]:
        return (self._make(i) for i in range(self._n))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Lazy | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self) -> tuple[type[tuple[_T, ...]], tuple[tuple[_T, ...]]]:
        return tuple, (tuple(self),)


def recommend(
    goal: str | Goal,
    *,
    stage: int | None = None,
    pain: float | None = None,
    pain_24h: float | None = None,
    equipment: Iterable[str | Equipment] | None = None,
    exclude: Iterable[str | Exercise] | None = None,
    limit: int | None = None,
    catalog: Catalog | None = None,
    rules: RuleSet | None = None,
) -> RecommendationResult:
    """Rank exercises for a goal and explain every ranking by the rules that fired.

    Args:
        goal: a goal id or alias: ``tie_in_hypertrophy`` (``tie-in``), ``rehab``
            (``tendinopathy``), ``distal_hypertrophy``, ``strain_prevention``,
            ``posterior_chain``.
        stage: rehab stage 1-4 (Goom 2016); without it, rehab assumes stage 1, the most
            conservative, and says "assumed" in the title, JSON (``stage_assumed``) and notes.
        pain: pain during exercise, 0-10. Above the goal's limit (5/10 for rehab, the
            pain-monitoring model) the previous stage's rankings, exclusions and prescriptions
            apply, and the result says so (``stepped_back``, ``stage_requested``, a note).
        pain_24h: pain the morning after the last session, 0-10; the next-day response counts
            as much as pain during exercise (above the limit it steps back a stage too).
        equipment: what the user has (``["barbell", "bench"]``); exercises needing anything
            else are excluded with the reason. ``None`` means everything.
        exclude: exercises to leave out (injury, preference; ``None``: none), each by any name the resolver
            knows; a string of comma-separated names lists them when every part is a name
            (``"Nordic, Leg curl"``). Each name leaves out, and the notes say by name:

            * the exercise it resolves to (``Squat``: the back squat);
            * the movement it says: each exercise with a catalog spelling (its name or an
              alias) that reads as the same base movement with at least the name's position
              and modifier words, and that does the same movement - the same movement class
              and kind (compound or isolation) as the exercise resolved to. ``Leg curl`` is
              every leg curl; ``Squat`` every squat, the pistol (a single-leg squat) and the
              lateral lunge (its alias: Cossack squat) too, not the sissy squat (an isolation
              of the knee) nor the split squat (another base movement); ``Back squat`` not
              the front squat. See ``named_movement``;
            * the variants of each: one derived from it (``Nordic curl hold``), or the same
              movement under a longer name (the Nordic curl's assisted Nordic; the RDL's
              deficit and single-leg RDL). See ``variants_of``.
        limit: keep only the best ``limit`` recommendations.
        catalog: the exercises to rank; the built-in catalog by default.
        rules: the rule set; the built-in rules by default.

    Raises:
        UnknownGoalError: the goal does not exist (lists the goals, names the closest).
        UnknownExerciseError: a name in ``exclude`` is unknown (with "did you mean").
        RequestError: a bad stage, pain, equipment or limit.
    """
    catalog, rules = resolve_sources(catalog, rules)
    try:
        goal_obj = rules.goal(goal)
    except UnknownGoalError as exc:  # the argument it came from (plan() and substitute() too)
        exc.location = exc.location or "goal"
        raise
    pain_value = _check_pain(pain)
    pain_24h_value = _check_pain(pain_24h, "pain_24h")
    decision = decide_stage(goal_obj, stage, pain_value, pain_24h_value)
    have = check_equipment(equipment)
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise RequestError(
            f"invalid limit {shown(limit)}", location="limit", suggestion="expected a positive integer"
        )
    groups = excluded_groups(catalog, exclude)
    asked = {i: said for said, ids in reversed(groups) for i in ids}  # the first name that asked
    unwanted = set(asked)

    request = _request(goal_obj, decision, pain_value, pain_24h_value)
    pattern = catalog.binding(rules, Ranker).pattern(goal_obj.id, request)
    exercises, decisions = catalog.exercises, pattern.decisions
    order: Sequence[int] = pattern.order
    # Excluded, in catalog order: by request (exclude=), then equipment, then by a rule.
    if unwanted or have is not None:
        dropped: dict[int, Exclusion] = {}
        for i, ex in enumerate(exercises):
            if unwanted and ex.id in unwanted:
                reason = f"Excluded by request (exclude={shown(asked[ex.id])})."
                dropped[i] = Exclusion(ex, "request", reason, "your request")
            elif have is not None and not ex.equipment <= have:
                missing = ", ".join(sorted(e.value for e in ex.equipment - have))
                reason = f"Needs equipment you do not have: {missing}."
                dropped[i] = Exclusion(ex, "equipment", reason, "your request")
        order = [i for i in order if i not in dropped]
        excluded = Exclusions(
            dropped[i] if i in dropped else decisions[i].exclusion(exercises[i])
            for i in range(len(exercises))
            if i in dropped or decisions[i].excluded_by
        )
    else:
        excluded = pattern.exclusions
    restricted = (
        _restricted_notes(goal_obj, pattern, order, have, unwanted) if unwanted or have is not None else ()
    )

    def recommendation(rank: int) -> Recommendation:
        i = order[rank]
        return decisions[i].recommendation(rank + 1, exercises[i])

    ranking = _Lazy(len(order), recommendation)
    recommendations = ranking if limit is None else _Lazy(min(limit, len(order)), recommendation)
    notes = restricted + rules.notes(goal_obj.id, request) + exclusion_notes(catalog, groups)
    return RecommendationResult(
        goal=goal_obj,
        stage=decision.stage,
        pain=pain_value,
        recommendations=recommendations,
        excluded=excluded,
        notes=notes,
        stage_assumed=decision.assumed,
        stage_requested=decision.requested,
        stepped_back=decision.stepped_back,
        pain_24h=pain_24h_value,
        catalog=catalog,
        ranking=None if limit is None else ranking,
    )


def _restricted_notes(
    goal: Goal, pattern: Any, order: Sequence[int], have: frozenset[Any] | None, unwanted: Any
) -> tuple[str, ...]:
    """What the equipment or exclusions leave nothing for (review D15: an empty ranking said no
    reason): the whole ranking, else each of the goal's roles, naming the goal's best exercise
    for it and what it needs - as plan()'s PL001 says."""
    exercises = pattern.exercises

    def why(i: int) -> str:
        ex = exercises[i]
        if unwanted and ex.id in unwanted:
            return f"{ex.name} is excluded by request"
        missing = ", ".join(sorted(str(getattr(e, "value", e)) for e in ex.equipment - (have or frozenset())))
        return f"{ex.name} needs {missing}"

    given = (
        "your equipment and exclusions leave"
        if unwanted and have is not None
        else ("your exclusions leave" if unwanted else "your equipment leaves")
    )
    if not order and pattern.order:
        best = ", ".join(why(i) for i in pattern.order[:3])
        return (
            f"Nothing is ranked: {given} none of the {len(pattern.order)} exercises this goal "
            f"ranks (the best: {best}).",
        )
    kept = {pattern.decisions[i].role for i in order}
    notes = []
    for role in goal.roles:
        if role.id in kept:
            continue
        top = next((i for i in pattern.order if pattern.decisions[i].role == role.id), None)
        if top is not None:
            notes.append(f"No exercise can fill the role '{role.name}': {given} none for it ({why(top)}).")
    return tuple(notes)


def _request(
    goal: Goal, decision: StageDecision, pain: float | None, pain_24h: float | None
) -> dict[str, object]:
    return request_facts(
        goal,
        decision.stage,
        pain,
        decision.assumed,
        stage_requested=decision.requested,
        stepped_back=decision.stepped_back,
        pain_24h=pain_24h,
    )


def placement(
    exercise: Exercise, goal: Goal, stage: int | None, catalog: Catalog, rules: RuleSet
) -> tuple[Recommendation, int] | Exclusion:
    """Where a catalog exercise lands in ``recommend(goal, stage=stage, catalog=catalog,
    rules=rules)``: its recommendation and how many are ranked, or its exclusion - read off the
    ranking without making the other exercises' records (explain on a 50,000-exercise catalog
    needs one exercise's place in eight rankings)."""
    request = _request(goal, decide_stage(goal, stage, None, None), None, None)
    pattern = catalog.binding(rules, Ranker).pattern(goal.id, request)
    i = bisect.bisect_left(catalog.exercises, exercise.id, key=lambda e: e.id)  # sorted by id
    decision = pattern.decisions[i]
    if decision.excluded_by:
        return decision.exclusion(catalog.exercises[i])
    return decision.recommendation(pattern.order.index(i) + 1, catalog.exercises[i]), len(pattern.order)


def _schema_version() -> int:
    """The JSON outputs' version (``findings.SCHEMA_VERSION``, read when a result is exported:
    ``recommend()`` itself does not import the findings module)."""
    from .findings import SCHEMA_VERSION

    return SCHEMA_VERSION
