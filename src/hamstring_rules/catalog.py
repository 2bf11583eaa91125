"""The exercise catalog and the name resolver.

:meth:`Catalog.builtin` is the shipped catalog (``data/exercises.toml``). A catalog is immutable:
:meth:`Catalog.with_exercises` returns a new one. :meth:`Catalog.resolve` turns the spellings
lifters and apps use - ``Romanian Deadlift (Barbell)``, ``RDL``, ``Stiff-legged Deadlifts``,
``45° back extension`` - into an :class:`~hamstring_rules.Exercise`.
"""

from __future__ import annotations

import functools
import itertools
import operator
import os
import re
import sys
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

import attrs

if TYPE_CHECKING:
    from pathlib import Path

    from ._engine import BoundEngine
    from .names import NameIndex, NameMap
    from .rules import Rule, RuleSet

from ._validate import FrozenDict, mark_all, mark_checked, plain_methods, type_name
from .errors import CatalogError, InputLimitError, RequestError, UnknownExerciseError, in_file, label, shown
from .exercises import (
    _SLOTS,
    ATTRIBUTES,
    Exercise,
    HipFlexion,
    JointAction,
    KneeBehaviour,
    Region,
    _builder_for,
    _from_slots,
    _slot_values,
)
from .names import MAX_NAME_LENGTH as MAX_NAME_LENGTH  # the longest name the resolver looks at
from .names import Resolution

__all__ = ["Catalog", "Resolution", "derive_region", "normalize_name"]

#: Largest catalog file read, in bytes (a guard against untrusted input).
MAX_CATALOG_BYTES = 20 * 1024 * 1024
#: Largest YAML or TOML catalog file read by default (1 MiB, about 2,500 exercises; their
#: parsers are 5-20 times slower a byte than JSON's: a realistic file of this size loads in about
#: 0.6 CPU-s on a 2-core machine).
MAX_TEXT_CATALOG_BYTES = 1024 * 1024
#: Most values in a YAML or TOML catalog file read by default (counted while YAML is built;
#: TOML's bounded by its commas and lines before it is parsed): 1 MiB of dense values (``[1,1,
#: ...]``) would otherwise take 2-4 CPU-s; 120,000 take about 1 s (a realistic 1 MiB file of
#: YAML has 105,000).
MAX_TEXT_CATALOG_VALUES = 120_000
_NAME_MEMO_SIZE = 4096
#: Most exercises one catalog file may hold: the public exercise databases hold 300-1,300
#: (free-exercise-db, wger, ExerciseDB, Hevy, Strong), so 5,000 leaves room to spare while the
#: worst such file (every entry distinct, 20 MiB) loads in 0.25-0.36 CPU-s and its first
#: ``explain`` ranks it in 0.9-1.0 s. (Checking that each name and alias finds its exercise
#: builds the name index at load: 0.12 -> 0.46 CPU-s to load on a busy 2-core machine, and the
#: first explain, which no longer builds it, 0.53 -> 0.27 s.) (It was 50,000: a distinct file
#: took 2.1-2.4 s to load and 5.5 s to explain; 10,000: 0.6 s and 1.3-1.9 s, too near the 2 s
#: budget.)
MAX_EXERCISES = 5_000
#: Most names :meth:`Catalog.map_names` places in one call: an app's whole exercise database
#: (the public lists hold 300-1,300 names) with room to spare; each never-seen name costs a
#: grammar parse (about 100 us), so the limit keeps a call within about a second.
MAX_MAPPED_NAMES = 10_000


def _close_matches(word: str, possibilities: list[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    import difflib  # only on the error path

    return difflib.get_close_matches(word, possibilities, n=n, cutoff=cutoff)


# -- name normalisation -------------------------------------------------------------------------


def normalize_name(text: str) -> str:
    """Fold a spelling to the resolver's key: lower case, no punctuation, singular words,
    abbreviations spelled out (the rewrites of ``data/names.toml``). A text over
    :data:`MAX_NAME_LENGTH` (200) characters, a name the resolver never reads, is an
    :class:`~hamstring_rules.InputLimitError`.

    >>> normalize_name("Stiff-legged Deadlifts")
    'stiff leg deadlift'
    >>> normalize_name("45° Back Extension")
    '45 degree back extension'
    """
    if not isinstance(text, str):
        from .errors import RequestError

        raise RequestError(f"normalize_name takes a string, got {type(text).__name__}", location="text")
    if len(text) > MAX_NAME_LENGTH:  # the resolver's limit: a 100,000-letter word took over 30 s
        raise InputLimitError(
            f"{shown(text, 40)}: a name of {len(text):,} characters is over the limit of {MAX_NAME_LENGTH}",
            location="text",
        )
    from .names import grammar

    return grammar().normalize(text)


def _bag(norm: str) -> str:
    return " ".join(sorted(set(norm.split())))


# -- exercise data -----------------------------------------------------------------------------

_FIELDS = {f.name: f for f in attrs.fields(Exercise)}
_FIELD_NAMES = frozenset(_FIELDS)
_CANONICAL = {name: sys.intern(name) for name in _FIELDS}
_LIST_TYPES = (list, tuple, frozenset, set)
_REQUIRED = frozenset(name for name, f in _FIELDS.items() if f.default is attrs.NOTHING and name != "region")
_SLUG = re.compile(r"^[a-z][a-z0-9_]{0,79}$")


def derive_region(
    primary_action: JointAction, knee: KneeBehaviour, hip_flexion: HipFlexion
) -> tuple[Region, str]:
    """Derive the hamstring region an exercise is biased to from its joint action.

    Straight-knee hip extension biases the proximal hamstring (article; Bourne 2017); knee
    flexion with the hip extended the distal (Schoenfeld 2015), with the hip flexed the whole
    muscle (Maeo 2021); bent-knee hip extension trains the whole muscle a little (counted half,
    Pelland 2024); knee extension and other actions do not train it (Kubo 2019).
    """
    from ._validate import instance

    instance(primary_action, JointAction, "primary_action")
    instance(knee, KneeBehaviour, "knee")
    instance(hip_flexion, HipFlexion, "hip_flexion")
    if primary_action is JointAction.HIP_EXTENSION:
        if knee in (KneeBehaviour.STRAIGHT, KneeBehaviour.SOFT_FIXED):
            return Region.PROXIMAL, "derived: straight-knee hip extension (article; Bourne 2017)"
        if knee is KneeBehaviour.BENT_FIXED:
            return Region.NONE, "derived: bent-knee bridge keeps the hamstrings short (Plotkin 2023)"
        return Region.WHOLE, "derived: bent-knee hip extension counts half (Pelland 2024)"
    if primary_action is JointAction.KNEE_FLEXION:
        if hip_flexion is HipFlexion.EXTENDED:
            return Region.DISTAL, "derived: knee flexion with the hip extended (Schoenfeld 2015)"
        return Region.WHOLE, "derived: knee flexion with the hip flexed (Maeo 2021)"
    return Region.NONE, "derived: the hamstrings do not drive this action (Kubo 2019)"


def exercise_from_mapping(data: Mapping[str, Any], where: str = "exercise") -> Exercise:
    """Build an :class:`Exercise` from plain data, naming the id and field of any error."""
    if not isinstance(data, Mapping):
        raise CatalogError(f"expected a table of fields, got {type(data).__name__}", location=where)
    ident = data.get("id")
    if not isinstance(ident, str) or not _SLUG.match(ident):
        raise CatalogError(
            f"id must be a lower-case slug (letters, digits, _), got {shown(ident)}",
            location=f"{where}.id",
        )
    plain = _plain_exercise(data)
    return mark_checked(plain) if plain is not None else _checked_exercise(data, f"exercise {ident!r}")


def _checked_exercise(data: Mapping[str, Any], where: str) -> Exercise:
    """The exercise of data whose id is valid, every field checked (naming the first problem)
    and built by the public constructor - the reference :func:`_plain_exercise` must agree with."""
    kwargs = _checked_fields(data, where)
    if "region" not in kwargs:
        kwargs["region"], reason = _region(kwargs)
        kwargs.setdefault("region_reason", reason)
    elif not kwargs.get("region_reason"):
        raise CatalogError(
            "a stated region needs a region_reason (a source, or why)",
            location=f"{where}.region_reason",
            suggestion="or omit region to derive it from the joint action",
        )
    return mark_checked(Exercise(**kwargs))


def _plain_exercise(data: object, seen: dict[tuple[Any, ...], Any] | None = None) -> Exercise | None:
    """The exercise of one catalog-file entry when it is plain valid data (what a file holds),
    built without naming where it came from; else None, and :func:`exercise_from_mapping`
    builds it or names the problem (the caller marks it checked). Only exact types pass here
    (a ``str`` subclass takes the full check), so what passes is what the full check would
    accept, converted the same way.

    The work per entry is a few C-level calls over its values, planned once per shape of entry
    (its field names in order: a file has a handful): one ``itemgetter`` fetches every value,
    the types of the str and bool ones are compared as one tuple, the enum values looked up in
    their tables by ``map``, and :func:`~hamstring_rules.exercises._builder_for` makes the
    exercise from the converted values. ``seen`` (one per file) keeps, per shape, the slot
    values of the first entries with each distinct set of attribute values (up to 512): an
    entry whose attributes equal one seen, its types checked, is a copy with its own id, name
    and text lists (aliases, cues, pitfalls, sources: the region and every default depend on
    none of them). A loop per field and the public constructor's converters made a
    50,000-exercise file take over 2 s to load."""
    if type(data) is not dict:
        return None
    shape = tuple(data)
    if seen is None:
        seen = {}
    found = seen.get(shape)
    if found is None:
        found = seen[shape] = (_plan(shape), {})
    plan: _Plan | Literal[False] = found[0]
    protos: dict[tuple[Any, ...], list[Any]] = found[1]
    if not plan:
        return None
    get, types, tables, ints, many, sets_at, texts_at, region_at, reason_at, build = plan
    values = get(data)
    typed = len(types)
    if tuple(map(type, values[:typed])) != types or not _SLUG.match(values[0]):
        return None
    if reason_at is not None and not values[reason_at]:
        return None  # a stated region needs a reason
    end = typed + len(tables)
    for value in values[end : end + ints]:
        if value is not None and (type(value) is not int or not 1 <= value <= 100_000):
            return None
    listed = values[end + ints :]
    if many and (
        {*map(type, listed)} != _JUST_LIST or not {*map(type, itertools.chain(*listed))} <= _JUST_STR
    ):
        return None
    try:  # the attribute values (the types above are part of what equal means here)
        key = (values[2 : end + ints], *[tuple(listed[i]) for i in sets_at])
        proto = protos.get(key)
    except TypeError:  # an unhashable enum value: not a member
        return None
    if proto is not None:
        slots = proto.copy()
        slots[_ID_SLOT], slots[_NAME_SLOT] = values[0], values[1]
        for i, at in texts_at:  # each entry's own text lists
            slots[at] = tuple(listed[i])
        return _from_slots(slots)
    try:
        out = list(values[:typed])
        out += map(_getitem, tables, values[typed:end])
    except KeyError:  # not a member
        return None
    out += values[end : end + ints]
    texts = len(texts_at)
    out += map(tuple, listed[:texts])  # the text lists come first
    for (name, table), items in zip(many[texts:], listed[texts:], strict=True):
        shared = _SHARED_SETS.get((name, *items))
        if shared is None:
            try:
                shared = frozenset([table[v] for v in items])  # type: ignore[index]  # (an enum list)
            except KeyError:
                return None
            if len(_SHARED_SETS) < 4096:  # bounded; equal sets shared (fewer objects to collect)
                _SHARED_SETS[(name, *items)] = shared
        out.append(shared)
    if region_at is not None:  # derived from the joint action
        joint = (out[region_at[0]], out[region_at[1]], out[region_at[2]])
        out += (_REGIONS.get(joint) or _region(dict(zip(_REGION_FROM, joint, strict=True))))[: region_at[3]]
    exercise = build(out)
    if len(protos) < 512:  # bounded per shape (a file's entries have a few hundred attribute sets)
        protos[key] = list(_slot_values(exercise))
    return exercise


_Plan = tuple[
    # every value: the str and bool ones (the id and name first), enums, ints, lists
    Callable[[dict[Any, Any]], tuple[Any, ...]],
    tuple[type, ...],  # the exact types of the str and bool fields
    tuple[dict[Any, Any], ...],  # the enum fields' tables
    int,  # how many int-or-None fields
    tuple[tuple[str, dict[Any, Any] | None], ...],  # each list field: its enum table, or None (text)
    tuple[int, ...],  # where the enum lists are among the lists
    tuple[tuple[int, int], ...],  # where each text list is among the lists, and its slot
    tuple[int, int, int, int] | None,  # where the region is derived from; how many values it adds
    int | None,  # where a stated region's reason is
    Callable[[list[Any]], Exercise],  # the builder of the converted values
]
#: Entry shape (field names in order) -> its plan, or False: the full check names the problem.
_PLANS: dict[tuple[Any, ...], _Plan | Literal[False]] = {}
_getitem = dict.__getitem__
_JUST_LIST = {list}
_JUST_STR = {str}
_REGION_FROM = ("primary_action", "knee", "hip_flexion")
_ID_SLOT, _NAME_SLOT = _SLOTS.index("id"), _SLOTS.index("name")


def _plan(shape: tuple[Any, ...]) -> _Plan | Literal[False]:
    """How :func:`_plain_exercise` reads an entry with these field names (False: unknown or
    missing fields, a stated region without a reason field, or names that are not plain
    strings - the full check names the problem)."""
    plan = _PLANS.get(shape)
    if plan is None:
        plan = _make_plan(shape)
        if len(_PLANS) < 256 and all(type(k) is str for k in shape):  # bounded: a file has a handful
            _PLANS[shape] = plan
    return plan


def _make_plan(shape: tuple[Any, ...]) -> _Plan | Literal[False]:
    if not all(type(k) is str for k in shape) or not _FIELD_NAMES.issuperset(shape):
        return False
    if not _REQUIRED.issubset(shape) or ("region" in shape and "region_reason" not in shape):
        return False
    fields = [_CANONICAL[k] for k in shape]
    typed = ["id", "name", *(k for k in fields if _CHECKS[k] in (str, bool) and k not in ("id", "name"))]
    enums = [k for k in fields if k in _ENUM_TABLES]
    ints = [k for k in fields if _CHECKS[k] is int]
    lists = [k for k in fields if _CHECKS[k] is _LIST and k not in _MANY_TABLES]  # text lists first
    lists += [k for k in fields if _CHECKS[k] is _LIST and k in _MANY_TABLES]
    names = (*typed, *enums, *ints, *lists)
    if len(names) != len(fields) or _CHECKS["id"] is not str or _CHECKS["name"] is not str:
        return False  # a field of a kind this path does not know
    get = operator.itemgetter(*names)
    region_at: tuple[int, int, int, int] | None = None
    reason_at: int | None = None
    given = names
    if "region" in shape:
        reason_at = names.index("region_reason")
    else:
        adds = 1 if "region_reason" in shape else 2
        first, second, third = (names.index(k) for k in _REGION_FROM)
        region_at = (first, second, third, adds)
        given = (*names, "region", "region_reason")[: len(names) + adds]
    return (
        get,
        tuple(cast("type", _CHECKS[k]) for k in typed),
        tuple(_ENUM_TABLES[k] for k in enums),
        len(ints),
        tuple((k, _MANY_TABLES.get(k)) for k in lists),
        tuple(i for i, k in enumerate(lists) if k in _MANY_TABLES),
        tuple((i, _SLOTS.index(k)) for i, k in enumerate(lists) if k not in _MANY_TABLES),
        region_at,
        reason_at,
        _builder_for(given),
    )


_REGIONS: dict[tuple[Any, ...], tuple[Region, str]] = {}


def _region(kwargs: dict[str, Any]) -> tuple[Region, str]:
    """:func:`derive_region` of converted fields (one lookup per distinct joint action)."""
    key = (kwargs["primary_action"], kwargs["knee"], kwargs["hip_flexion"])
    found = _REGIONS.get(key)
    if found is None:
        found = _REGIONS[key] = derive_region(*key)  # a few dozen keys: the enums' product
    return found


def _checked_fields(data: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Every field checked and converted, naming the first problem (in the data's order)."""
    if not all(isinstance(key, str) for key in data):
        raise CatalogError("field names must be strings", location=where)
    unknown = sorted(set(data) - _FIELD_NAMES)
    if unknown:
        close = _close_matches(unknown[0], list(_FIELDS), n=1)
        raise CatalogError(
            f"unknown field {shown(unknown[0])}",
            location=f"{where}.{label(unknown[0])}",
            suggestion=f"did you mean {close[0]!r}?" if close else None,
        )
    missing = sorted(_REQUIRED - set(data))
    if missing:
        raise CatalogError(f"missing required field {missing[0]!r}", location=f"{where}")
    kwargs = dict(data)
    for key, value in kwargs.items():
        check = _CHECKS[key]
        if check is _LIST:
            if isinstance(value, str) or not isinstance(value, _LIST_TYPES):
                raise CatalogError(f"expected a list, got {type(value).__name__}", location=f"{where}.{key}")
            if not all(isinstance(v, str) for v in value):
                raise CatalogError("expected a list of strings", location=f"{where}.{key}")
        elif check is str:
            if not isinstance(value, str):
                raise CatalogError("expected a string", location=f"{where}.{key}")
        elif check is bool:
            if not isinstance(value, bool):
                raise CatalogError(f"expected true or false, got {shown(value)}", location=f"{where}.{key}")
        elif (
            check is int
            and value is not None
            and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100_000)
        ):
            raise CatalogError(
                f"expected a positive integer up to 100,000, got {shown(value)}", location=f"{where}.{key}"
            )
    for key, value in kwargs.items():
        converter = _CONVERTERS.get(key)
        if converter is None:
            continue
        try:
            kwargs[key] = converter(value)  # converted once; Exercise's converter then looks it up
        except (ValueError, TypeError):
            allowed = _allowed_values(key)
            raise CatalogError(
                f"invalid value {shown(value)}",
                location=f"{where}.{key}",
                suggestion=f"expected one of: {', '.join(allowed)}" if allowed else None,
            ) from None
    return kwargs


_TEXT_LISTS = ("aliases", "cues", "pitfalls", "sources")
_LIST = list
# What each field's value must be before conversion (built once: a 50,000-exercise catalog
# checks ~1 million values): a list of strings, a string, a bool, an int (or None), or any.
_CHECKS: dict[str, object] = {}
for _name in _FIELDS:
    _declared = ATTRIBUTES.get(_name)
    if _name in _TEXT_LISTS or (_declared is not None and _declared.many):
        _CHECKS[_name] = _LIST
    elif _name == "region_reason" or (_declared is not None and _declared.python_type in (str, bool, int)):
        _CHECKS[_name] = _declared.python_type if _declared is not None else str
    else:
        _CHECKS[_name] = None
#: Each enum field's members by value (a plain string hits; anything else takes the full check).
_ENUM_TABLES: dict[str, dict[Any, Any]] = {
    name: {m.value: m for m in a.enum} for name, a in ATTRIBUTES.items() if a.enum is not None and not a.many
}
#: Equal enum sets read from a catalog file, shared: (field, *values) -> the frozenset.
_SHARED_SETS: dict[tuple[str, ...], frozenset[Any]] = {}
_MANY_TABLES: dict[str, dict[Any, Any]] = {
    name: {m.value: m for m in a.enum} for name, a in ATTRIBUTES.items() if a.enum is not None and a.many
}
#: The converting fields (the enum ones).
_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    name: f.converter  # type: ignore[misc]
    for name, f in _FIELDS.items()
    if f.converter is not None and name not in _TEXT_LISTS
}


def _allowed_values(field: str) -> list[str]:
    declared = ATTRIBUTES.get(field)
    kind = declared.enum if declared is not None else None
    return [m.value for m in kind] if kind else []


def exercise_to_mapping(exercise: Exercise) -> dict[str, Any]:
    """The inverse of :func:`exercise_from_mapping`: plain, sorted, JSON-ready data."""
    out: dict[str, Any] = {}
    for name in _FIELDS:
        value = getattr(exercise, name)
        if isinstance(value, frozenset):
            value = sorted(str(v) for v in value)
        elif isinstance(value, tuple):
            value = list(value)
        elif hasattr(value, "value"):
            value = value.value
        out[name] = value
    return out


# -- the catalog -------------------------------------------------------------------------------


def _sorted_exercises(items: Iterable[Exercise]) -> tuple[Exercise, ...]:
    from ._validate import attrs_objects

    return tuple(sorted(attrs_objects(items, Exercise, "exercises"), key=_id_of))  # each an Exercise now


_id_of = operator.attrgetter("id")


def _built(entries: list[Any], source: str) -> Iterator[Exercise]:
    """Each entry's exercise, in order."""
    seen: dict[tuple[Any, ...], Any] = {}
    for i, entry in enumerate(entries):
        plain = _plain_exercise(entry, seen)
        yield (
            mark_checked(plain)
            if plain is not None
            else exercise_from_mapping(entry, where=f"{source}: exercise[{i}]")
        )


def _plain_first(entries: list[Any]) -> list[Exercise | None]:
    """Each entry's exercise when it is plain valid data (:func:`_plain_exercise`), else None;
    an entry built is dropped from ``entries`` (so a 50,000-entry file's dicts and its
    exercises are not both held: peak memory, the collector's work). They are marked checked
    together, in C-level passes."""
    out: list[Exercise | None] = []
    seen: dict[tuple[Any, ...], Any] = {}
    for i, entry in enumerate(entries):
        exercise = _plain_exercise(entry, seen)
        if exercise is not None:
            entries[i] = None
        out.append(exercise)
    mark_all([e for e in out if e is not None])
    return out


_B = TypeVar("_B")
_BINDING_LOCK = threading.Lock()


def _bind(catalog: Catalog, rules: RuleSet) -> BoundEngine[Rule]:
    """The exercise rules bound to the catalog: exercises alike in every fact the rules read are
    grouped here, from their attributes, so only one of each kind gets a facts mapping (a
    50,000-exercise catalog of a few hundred kinds builds a few hundred, not 50,000)."""
    from .exercises import _fact_key, _read_facts

    engine = rules.engine("exercise")
    read = engine.subject_reading()
    ids = names = None
    if read is not None:
        ids, names = read.get("id", frozenset()), read.get("name", frozenset())
    if ids is None or names is None:  # unknown, or a rule tells every id or name apart
        return engine.bind(catalog.facts())
    first: dict[tuple[object, ...], int] = {}
    reps: list[Mapping[str, object]] = []
    classes: list[int] = []
    for ex in catalog.exercises:
        key = (_fact_key(ex), ex.id if ex.id in ids else None, ex.name if ex.name in names else None)
        found = first.get(key)
        if found is None:
            found = first[key] = len(reps)
            reps.append(_read_facts(ex, FrozenDict))
        classes.append(found)
    return engine.bind(reps, classes)


@plain_methods
@attrs.frozen(eq=False)
class Catalog:
    """An immutable collection of exercises with a name resolver.

    Exercises are kept sorted by id, so a catalog built from the same exercises in any order
    behaves identically. Use :meth:`builtin` for the shipped catalog.
    """

    exercises: tuple[Exercise, ...] = attrs.field(converter=_sorted_exercises)
    _overrides: tuple[Exercise, ...] = attrs.field(default=(), kw_only=True, repr=False)
    """Exercises whose spellings win over any other's (an app's own, via with_exercises: what
    they take from another is its id's spelling, or an alias it no longer lists)."""
    _trusted: bool = attrs.field(default=False, kw_only=True, repr=False, eq=False, hash=False)
    """Skip checking that every name and alias finds its exercise (the shipped catalog, checked
    by the test suite: ranking never needs the name index this check builds)."""
    _by_id: Mapping[str, Exercise] = attrs.field(init=False, repr=False)
    _hash: int | None = attrs.field(init=False, repr=False, default=None)
    """Made on first use (hashing 50,000 exercises is work a catalog that is never hashed skips)."""
    _memo: dict[str, Any] = attrs.field(init=False, repr=False, factory=dict)
    _bindings: weakref.WeakKeyDictionary[RuleSet, dict[object, Any]] = attrs.field(
        init=False, repr=False, factory=weakref.WeakKeyDictionary
    )
    """Per rule set, what :meth:`binding` made for it. Owned here, so it goes with the catalog;
    weak on the rule set (what is made holds rules, never the set)."""

    def __attrs_post_init__(self) -> None:
        exercises = self.exercises
        if all(map(isinstance, exercises, itertools.repeat(Exercise))):
            by_id: dict[str, Exercise] = dict(zip(map(_id_of, exercises), exercises, strict=True))
            if len(by_id) == len(exercises):  # (C-level passes: a file's catalog has 50,000)
                object.__setattr__(self, "_by_id", by_id)
                self._check_spellings()
                return
        by_id = {}
        for ex in exercises:
            if not isinstance(ex, Exercise):
                raise CatalogError(f"expected an Exercise, got {type(ex).__name__}")
            if ex.id in by_id:
                where = f"exercise {label(ex.id)}"
                raise CatalogError(f"duplicate exercise id {shown(ex.id)}", location=where)
            by_id[ex.id] = ex
        object.__setattr__(self, "_by_id", by_id)
        self._check_spellings()

    def _check_spellings(self) -> None:
        """Every exercise's name and each alias finds that exercise again by exact lookup; else
        a :class:`CatalogError` naming the spelling and the exercise, and the other exercise it
        finds (a spelling that names two exercises), or saying it reads as no words.

        The lookup kept the first exercise spelled so and dropped the other's spelling without a
        word (an alias ``RDL`` on two exercises; a name ``Leg curl`` that is another's alias).
        Built on the name index the first lookup needs anyway (about 0.3 s for 5,000 distinct
        exercises), which is then kept."""
        if self._trusted is True:  # anything but True is untrusted
            return
        index = self._indexes()
        exact, norms = index.exact, iter(index._norms)
        for group, aliases, _ in index._passes:  # the index's order: its spellings' norms in turn
            for ex in group:
                spellings = ex.aliases if aliases else (ex.id.replace("_", " "), ex.name)
                for i, (spelling, norm) in enumerate(zip(spellings, norms, strict=False)):
                    if not aliases and i == 0:
                        continue  # the id's spelling: get() finds it; another's name may take it
                    owner = exact.get(norm) if norm else None
                    if owner is None or owner[0] != ex.id:
                        raise self._lost_spelling(ex, spelling, "alias" if aliases else "name", owner)

    def _lost_spelling(
        self, ex: Exercise, spelling: str, kind: str, owner: tuple[str, str] | None
    ) -> CatalogError:
        """The error for a name or alias of ``ex`` that lookup cannot find it by: it reads as no
        words, or ``owner``'s exercise is spelled the same. Located at the added exercise's (an
        override's) spelling when one of the two is added, else at ``ex``'s."""

        def place(of: Exercise, what: str) -> str:
            return f"exercise {label(of.id)}.{'aliases' if what == 'alias' else what}"

        if owner is None:
            return CatalogError(
                f"the {kind} {shown(spelling)} of exercise {shown(ex.id)} reads as no words: no name "
                "lookup can find it",
                location=place(ex, kind),
                suggestion="spell it with letters or digits",
            )
        other = self._by_id[owner[0]]
        norm = normalize_name(spelling)
        written = next(
            (
                (what, text)
                for what, text in (("name", other.name), *(("alias", a) for a in other.aliases))
                if normalize_name(text) == norm
            ),
            ("id", other.id),
        )

        def said(what: str, of: Exercise, text: str) -> str:
            return f"the {what} of exercise {shown(of.id)}" + (f" ({shown(text)})" if what != "id" else "")

        added = {e.id for e in self._overrides}
        mine, theirs = (kind, ex, spelling), (written[0], other, written[1])
        # the spelling to change is the added exercise's, when one of the two was added
        first, second = (mine, theirs) if other.id in added and ex.id not in added else (theirs, mine)
        error = CatalogError(
            f"{said(*first)} and {said(*second)} read alike ({shown(norm)}): a name or alias names one "
            "exercise, and the name lookup finds only one of them",
            location=place(second[1], second[0]),
            suggestion="rename or drop one; to put your own exercise in the place of a catalog one, "
            "give it the same id",
        )
        error.reading = norm  # type: ignore[attr-defined]  # (with_aliases names its entry by it)
        return error

    def _indexes(self) -> NameIndex:
        """The resolver's spelling indexes, built on first use (ranking never needs them)."""
        found = self._memo.get("indexes")
        if found is None:
            from .names import NameIndex

            found = NameIndex(self.exercises, self._overrides)
            self._memo["indexes"] = found  # idempotent: racing threads store equal indexes
        return found

    @cached_property
    def _facts_by_id(self) -> Mapping[str, Mapping[str, object]]:
        return FrozenDict(zip(self.ids, self._facts, strict=True))

    def facts_by_id(self) -> Mapping[str, Mapping[str, object]]:
        """Each exercise's rule facts by id (built once per catalog)."""
        return self._facts_by_id

    def binding(self, rules: RuleSet, kind: Callable[[Catalog, RuleSet], _B]) -> _B:
        """``kind(self, rules)``, made on first use and kept while this catalog and ``rules``
        both live: the one owner of what is precomputed per (catalog, rules). ``kind`` must not
        keep ``rules`` or the catalog alive (hold their parts instead)."""
        from ._validate import instance
        from .rules import RuleSet

        instance(rules, RuleSet, "rules")
        if not callable(kind) or not hasattr(kind, "__hash__") or kind.__hash__ is None:
            instance(kind, type, "kind", what="a callable (catalog, rules) -> binding")
        with _BINDING_LOCK:
            made = self._bindings.get(rules)
            if made is None:
                made = self._bindings[rules] = {}
        found = made.get(kind)
        if found is None:
            found = kind(self, rules)
            found = made.setdefault(kind, found)  # racing threads: the first one made is kept
        return cast("_B", found)

    def bound(self, rules: RuleSet) -> BoundEngine[Rule]:
        """The exercise rules of ``rules`` bound to these exercises (kept while both live)."""
        return self.binding(rules, _bind)

    # -- construction ---------------------------------------------------------------------

    @classmethod
    def builtin(cls) -> Catalog:
        """The shipped catalog: every exercise the article and evidence.md name, and more."""
        return _builtin_catalog()

    @classmethod
    def from_data(cls, data: Mapping[str, Any], *, source: str = "catalog") -> Catalog:
        """Build a catalog from parsed TOML/JSON/YAML data: ``{"exercise": [ {...}, ... ]}``."""
        if not isinstance(data, Mapping):
            raise RequestError(
                f"data must be a mapping of a catalog ({{'exercise': [...]}}), got {type_name(data)}",
                location="data",
                suggestion="Catalog.from_file() reads a TOML, JSON or YAML catalog",
            )
        return cls(cls._entries(data, source))

    @staticmethod
    def _entries(data: object, source: str) -> Iterator[Exercise]:
        """The exercises of parsed catalog data, each checked."""
        entries = data.get("exercise", data.get("exercises")) if isinstance(data, Mapping) else None
        if not isinstance(entries, list):
            raise CatalogError("expected a list under 'exercise'", location=source)
        if len(entries) > MAX_EXERCISES:
            raise InputLimitError(
                f"{len(entries)} exercises is over the limit of {MAX_EXERCISES}", location=source
            )
        return _built(entries, source)

    @classmethod
    def from_file(cls, path: str | Path, *, max_bytes: int | None = None) -> Catalog:
        """Load a catalog file (``.toml``, ``.json``, ``.yaml``/``.yml``).

        A catalog holds at most :data:`MAX_EXERCISES` (5,000) exercises. By default a JSON file
        may have :data:`MAX_CATALOG_BYTES` (20 MiB); a YAML or TOML one, whose parsers are 5-20
        times slower a byte, :data:`MAX_TEXT_CATALOG_BYTES` (1 MiB, about 2,500 exercises) and
        :data:`MAX_TEXT_CATALOG_VALUES` (120,000) values - refused before the expensive parse
        (an :class:`InputLimitError` suggesting JSON).
        ``max_bytes`` (a trusted file) sets the byte limit of any format and lifts the value one."""
        from ._files import format_of, read_structured

        fmt = format_of(str(path)) if isinstance(path, str | os.PathLike) else None
        text_file = fmt in ("yaml", "toml")
        data = read_structured(
            path,
            error=CatalogError,
            max_bytes=(MAX_TEXT_CATALOG_BYTES if text_file else MAX_CATALOG_BYTES)
            if max_bytes is None
            else max_bytes,
            max_items=MAX_EXERCISES,
            defer_json_depth=True,
            max_values=MAX_TEXT_CATALOG_VALUES if text_file and max_bytes is None else None,
            what=f"{fmt.upper()} catalog file" if fmt and text_file else "file",
            suggestion=(
                f"the limit of YAML and TOML catalogs, {MAX_TEXT_CATALOG_VALUES:,} values in"
                f" {MAX_TEXT_CATALOG_BYTES:,} bytes: write a big catalog as JSON (up to"
                f" {MAX_CATALOG_BYTES:,} bytes), or pass max_bytes for a trusted file"
            )
            if text_file and max_bytes is None
            else None,
        )
        source = str(path)
        with in_file(source):  # an entry's error names its id and field: and the file
            return cls._from_parsed(data, source)

    @classmethod
    def _from_parsed(cls, data: Any, source: str) -> Catalog:
        from ._files import check_json_depth, format_of

        json_file = format_of(source) == "json"
        entries = data.get("exercise", data.get("exercises")) if isinstance(data, Mapping) else None
        if not isinstance(entries, list) or len(entries) > MAX_EXERCISES:
            if json_file and not isinstance(entries, list):  # (too many: refused by count first)
                check_json_depth(data, where=source)
            return cls(cls._entries(data, source))  # names the problem (in the file's words)
        # The parsed entries are this call's own. The plain ones are built (and dropped) first:
        # they are two levels deep and their building never recurses, so JSON's nesting check
        # then walks only the rest, before an entry that is not plain is read for its errors.
        built = _plain_first(entries)
        if json_file:
            check_json_depth(data, where=source)
        return cls(
            exercise or exercise_from_mapping(entries[i], where=f"{source}: exercise[{i}]")
            for i, exercise in enumerate(built)
        )

    def with_exercises(self, exercises: Iterable[Exercise] | Catalog) -> Catalog:
        """A new catalog with ``exercises`` added; one with an existing id replaces it. An added
        exercise's spellings (id, name, aliases) win over a kept exercise's alias, which that
        exercise then drops (its data says what the name lookup does); an added name or alias
        that reads as a kept exercise's name or id, or as another added exercise's name or alias,
        is a :class:`~hamstring_rules.CatalogError` naming both (the lookup would find only one)."""
        from ._validate import attrs_objects

        extra = (
            list(exercises)
            if isinstance(exercises, Catalog)
            else attrs_objects(exercises, Exercise, "exercises")
        )
        replaced = {ex.id for ex in extra}
        kept = {ex.id: ex for ex in self.exercises if ex.id not in replaced}
        # An added exercise's spellings win: a kept exercise's alias one of them takes is dropped
        # from it, so its data says what lookup does (and it loads back from to_records()); a
        # kept exercise's name one takes is an error, as is a spelling two added ones share.
        taken = _spellings_of(extra)
        if taken:
            for ident, ex in kept.items():
                aliases = tuple(a for a in ex.aliases if normalize_name(a) not in taken)
                if len(aliases) != len(ex.aliases):
                    kept[ident] = attrs.evolve(ex, aliases=aliases)
        overrides = (*(kept[ex.id] for ex in self._overrides if ex.id not in replaced), *extra)
        catalog = Catalog([*kept.values(), *extra], overrides=overrides)
        # ... and one that reads as a kept exercise's id is an error too: an id is no alias to
        # drop, and a catalog built of these exercises (from to_records()) refuses the pair
        ids = {normalize_name(ident.replace("_", " ")): ident for ident in kept}
        for ex in extra:
            for kind, spelling in (("name", ex.name), *(("alias", a) for a in ex.aliases)):
                owner = ids.get(normalize_name(spelling))
                if owner is not None:
                    raise catalog._lost_spelling(ex, spelling, kind, (owner, "id"))
        return catalog

    def with_aliases(self, names: Mapping[str, str] | NameMap | Iterable[Mapping[str, Any]]) -> Catalog:
        """A new catalog where each reviewed name resolves exactly.

        ``names`` is a mapping ``{app name: exercise id}``, a :class:`~hamstring_rules.NameMap`
        (from :meth:`map_names`), or its records (e.g. read back from the CSV or JSON of
        ``hamstring-rules map``; rows with no ``exercise_id`` are skipped). A name whose row is a
        derived exercise (its ``exercise_id`` is not a catalog id) is re-derived and added as an
        exercise of its own, so its laterality or position is kept. An error names the
        entry: ``names[i]`` of a list, ``names['Leg curl']`` of a mapping.
        """
        return self._with_aliases(names, lambda index: f"names[{index}]")

    def _with_aliases(
        self, names: Mapping[str, str] | NameMap | Iterable[Mapping[str, Any]], where: Callable[[int], str]
    ) -> Catalog:
        """:meth:`with_aliases`, an error about the i-th record located ``where(i)`` (the CLI's
        file:line)."""
        from ._validate import plain
        from .names import NameMap

        names = plain(names)  # subclasses of dict, list or str whose methods raise: the built-ins
        pairs: list[tuple[str, str, str]] = []  # (where, name, id)
        if isinstance(names, NameMap):
            pairs = [(where(i), r.name, r.exercise.id) for i, r in enumerate(names) if r.exercise is not None]
        elif isinstance(names, Mapping):
            pairs = [(f"names[{shown(name, 40)}]", name, ident) for name, ident in names.items()]
        elif isinstance(names, str | bytes) or not isinstance(names, Iterable):
            got = type(names).__name__
            raise CatalogError(f"expected a mapping of names to ids or a list of records, got {got}")
        else:
            try:
                rows = list(itertools.islice(names, MAX_EXERCISES + 1))
            except TypeError:  # iterable by type but not in fact (a 0-d NumPy array)
                raise CatalogError(f"expected a list of records, got {type(names).__name__}") from None
            for i, row in enumerate(rows):
                if not isinstance(row, Mapping):
                    raise CatalogError(
                        f"expected a record (mapping), got {type(row).__name__}", location=where(i)
                    )
                if row.get("exercise_id"):
                    pairs.append((where(i), row.get("name"), row.get("exercise_id")))  # type: ignore[arg-type]
        if len(pairs) > MAX_EXERCISES:
            raise InputLimitError(f"{len(pairs)} names is over the limit of {MAX_EXERCISES}")
        aliases: dict[str, list[str]] = {}
        derived: dict[str, Exercise] = {}  # by id: several names of one derived exercise are its aliases
        for at, name, ident in pairs:
            if not isinstance(name, str) or not isinstance(ident, str) or not name.strip():
                raise CatalogError(
                    f"expected a name and an exercise id, got {shown(name)}: {shown(ident)}", location=at
                )
            if len(name) > MAX_NAME_LENGTH:
                raise InputLimitError(
                    f"name of {len(name)} characters is over the limit of {MAX_NAME_LENGTH}", location=at
                )
            # the target as a sheet leaves it ("seated_leg_curl "), or the catalog exercise's own
            # name or alias ("Nordic hamstring curl"): the exercise it spells
            target = self._alias_target(ident)
            if target is not None:
                aliases.setdefault(target, []).append(name)
                continue
            res = self.classify(name)
            if res.exercise is None or res.exercise.id != ident:
                # (the exercise the target spells is suggested too, as the name asked about is not)
                candidates = self._indexes().suggest(normalize_name(ident).split(), self._by_id)
                raise UnknownExerciseError(ident, candidates=candidates, location=at)
            known = derived.get(ident)
            derived[ident] = (
                attrs.evolve(res.exercise, aliases=(name,))
                if known is None
                else attrs.evolve(known, aliases=(*known.aliases, name))
            )
        changed = [
            attrs.evolve(self._by_id[i], aliases=(*self._by_id[i].aliases, *extra))
            for i, extra in aliases.items()
        ]
        try:
            return self.with_exercises([*changed, *derived.values()])
        except CatalogError as exc:  # two exercises spelled alike: the entry that made it, too
            reading = getattr(exc, "reading", None)
            entry = next((w for w, name, _ in pairs if reading and normalize_name(name) == reading), None)
            if entry is None:
                raise
            raise CatalogError(exc.message, location=entry, suggestion=exc.suggestion) from None

    def _alias_target(self, ident: str) -> str | None:
        """The catalog id an alias entry's target names: the id itself (whitespace around it
        ignored), or an exercise whose id, name or alias it spells exactly, case and punctuation
        aside - never a guess (a slip in the target is an error with suggestions)."""
        if ident in self._by_id:
            return ident
        stripped = ident.strip()
        if stripped in self._by_id:
            return stripped
        res = self.classify(stripped, suggest=False)
        if res.exercise is None or res.how not in ("name", "alias"):
            return None
        ex = res.exercise
        plain = _plain_spelling(stripped)
        if any(plain == _plain_spelling(s) for s in (ex.id, ex.name, *ex.aliases)):
            return ex.id
        return None

    def map_names(self, names: Iterable[str]) -> NameMap:
        """Place every name of a list (an app's own exercise database) at once, for review.

        Each name gets its :class:`Resolution`: the exercise or derived profile, its class, how
        it was placed and what was assumed. Unknown names past the first
        ``MAX_SUGGESTED_UNKNOWN`` get no did-you-mean search (it bounds the work on huge lists);
        more than :data:`MAX_MAPPED_NAMES` (10,000) names is an :class:`InputLimitError`, and
        so is a name over :data:`MAX_NAME_LENGTH` characters (located ``names[i]``).
        """
        return self._map_names(names, lambda index: f"names[{index}]")

    def _map_names(self, names: Iterable[str], where: Callable[[int], str]) -> NameMap:
        """:meth:`map_names`, an error about the i-th name located ``where(i)`` (the CLI's file:line)."""
        from ._validate import instance, plain
        from .names import MAX_SUGGESTED_UNKNOWN, NameMap

        names = plain(names)  # a list or str subclass whose methods raise: read as the built-in
        if isinstance(names, str):
            raise CatalogError("map_names takes a list of names, got one string")
        if not isinstance(names, Iterable):
            instance(names, list, "names", what="an iterable of names")
        # count first: the limit refuses a huge list before any name is classified
        try:
            listed = list(itertools.islice(names, MAX_MAPPED_NAMES + 1))
        except TypeError:  # iterable by type but not in fact (a 0-d NumPy array)
            instance(names, list, "names", what="an iterable of names")
            raise
        if len(listed) > MAX_MAPPED_NAMES:
            raise InputLimitError(
                f"more than {MAX_MAPPED_NAMES:,} names", location="names", suggestion="map the list in parts"
            )
        out = []
        unknown = 0
        for count, name in enumerate(listed, start=1):
            instance(name, str, where(count - 1), what="a string (an exercise name)")
            try:
                res = self.classify(name, suggest=unknown < MAX_SUGGESTED_UNKNOWN)
            except InputLimitError as exc:  # it named the name alone, not which of the list it was
                raise InputLimitError(
                    f"{shown(name, 40)}: {exc.message}", location=where(count - 1), suggestion=exc.suggestion
                ) from None
            unknown += res.status == "unknown"
            out.append(res)
        return NameMap(tuple(out))

    # -- access ---------------------------------------------------------------------------

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises)

    def __len__(self) -> int:
        return len(self.exercises)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Exercise):
            return self._by_id.get(item.id) == item
        return isinstance(item, str) and self.classify(item).status == "exercise"

    def __repr__(self) -> str:
        return f"<Catalog of {len(self.exercises)} exercises>"

    def to_pandas(self) -> Any:
        """One row per exercise, indexed by id: the name and every attribute and derived fact as
        a typed column (needs the ``pandas`` extra)."""
        from ._frames import catalog

        return catalog(self)

    def to_records(self) -> list[dict[str, Any]]:
        """One plain, sorted, JSON-ready mapping per exercise (what ``exercises --format json`` prints)."""
        return [exercise_to_mapping(e) for e in self]

    def to_markdown(self) -> str:
        """The exercise table as GitHub-flavoured Markdown (what ``exercises --format markdown`` prints)."""
        from .emitters import markdown

        return markdown.render(self)

    def __str__(self) -> str:
        from .emitters import text

        return text.render(self)

    def _repr_html_(self) -> str:
        from .emitters import html

        return html.render(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Catalog) and (self.exercises, self._overrides) == (
            other.exercises,
            other._overrides,
        )

    def __hash__(self) -> int:
        found = self._hash
        if found is None:
            found = hash(self.exercises)
            object.__setattr__(self, "_hash", found)  # idempotent: racing threads store equal hashes
        return found

    def __getstate__(self) -> dict[str, Any]:
        return {"exercises": self.exercises, "overrides": self._overrides}

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "exercises", state["exercises"])
        object.__setattr__(self, "_overrides", state["overrides"])
        object.__setattr__(self, "_trusted", False)
        object.__setattr__(self, "_memo", {})
        object.__setattr__(self, "_bindings", weakref.WeakKeyDictionary())
        object.__setattr__(self, "_hash", None)
        self.__attrs_post_init__()

    def get(self, exercise_id: str) -> Exercise:
        """The exercise with this exact id; raises :class:`UnknownExerciseError`."""
        if type(exercise_id) is not str and isinstance(exercise_id, str):  # a subclass: the str it holds
            exercise_id = str.__str__(exercise_id)
        if not isinstance(exercise_id, str) or len(exercise_id) > MAX_NAME_LENGTH:
            raise UnknownExerciseError(shown(exercise_id))
        try:
            return self._by_id[exercise_id]
        except KeyError:
            pass
        # a name where an id goes ("Romanian deadlift"): say so, with the id it names
        named = self.classify(exercise_id, suggest=False).exercise
        if named is not None and self._by_id.get(named.id) is named:
            error = UnknownExerciseError(exercise_id, candidates=(named.id,), location="exercise_id")
            error.suggestion = (
                f"get() takes an id: {shown(exercise_id)} is id {shown(named.id)}; resolve() reads names"
            )
            raise error
        ids = {ex.name: ex.id for ex in self.exercises}  # an id's near misses, as ids
        near = [ids[n] for n in self._suggest(normalize_name(exercise_id)) if n in ids]
        raise UnknownExerciseError(exercise_id, candidates=near, location="exercise_id")

    @property
    def ids(self) -> tuple[str, ...]:
        """Every exercise id, sorted."""
        return tuple(self._by_id)

    @cached_property
    def _facts(self) -> tuple[Mapping[str, object], ...]:
        # Built on first use: ranking needs them, resolving names does not.
        from .exercises import _read_facts

        return tuple([_read_facts(ex, FrozenDict) for ex in self.exercises])

    def facts(self) -> tuple[Mapping[str, object], ...]:
        """Each exercise's rule facts, in catalog (id) order."""
        return self._facts

    # -- resolution -----------------------------------------------------------------------

    def resolve(self, name: str | Exercise) -> Exercise:
        """Turn any known spelling into an exercise.

        Handles case, punctuation, plurals, Strong/Hevy's ``Name (Equipment)`` convention and
        abbreviations (RDL, SLDL, SL-RDL, GM, GHR, BSS, KB). Raises
        :class:`~hamstring_rules.UnknownExerciseError` carrying "did you mean" candidates.
        """
        if isinstance(name, Exercise):
            return name
        if type(name) is not str and isinstance(name, str):  # a subclass: read as the str it holds
            name = str.__str__(name)
        res = self.classify(name)
        if res.exercise is None:
            raise UnknownExerciseError(name, candidates=res.suggestions)
        return res.exercise

    def classify(self, name: str, *, suggest: bool = True) -> Resolution:
        """Like :meth:`resolve`, but says when a name is out of scope (bench press, rows...)
        or unknown instead of raising, and how a name was placed.

        With ``suggest=False`` an unknown name gets no did-you-mean search (a caller with
        very many distinct unknown names uses it to bound its work). Results are memoised
        per catalog (bounded).
        """
        if type(name) is not str and isinstance(name, str):  # a subclass: read as the str it holds
            name = str.__str__(name)
        memo = self._memo.get("names")
        if memo is None:
            memo = self._memo.setdefault("names", {})
        found = memo.get(name) if isinstance(name, str) else None
        if found is not None:
            return found  # type: ignore[no-any-return]
        result = self._classify(name, suggest)
        if (suggest or result.status != "unknown") and len(memo) < _NAME_MEMO_SIZE:
            memo[name] = result  # bounded: a log full of odd names cannot grow it forever
        return result

    def _classify(self, name: str, suggest: bool = True) -> Resolution:
        if not isinstance(name, str):
            raise UnknownExerciseError(name)
        if len(name) > MAX_NAME_LENGTH:
            raise InputLimitError(
                f"exercise name of {len(name)} characters is over the limit of {MAX_NAME_LENGTH}",
                location=shown(name, 40),
            )
        return self._indexes().place(name, self._by_id, suggest)

    def _suggest(self, norm: str) -> tuple[str, ...]:
        return self._indexes().suggest(norm.split(), self._by_id, avoid=norm)

    def search(self, **attributes: object) -> tuple[Exercise, ...]:
        """Exercises whose attributes equal the given values, e.g. ``search(region="proximal")``."""
        from .errors import RequestError
        from .exercises import EXERCISE_FACTS

        for key, value in attributes.items():
            if key not in EXERCISE_FACTS:
                raise RequestError(
                    f"unknown attribute {shown(key)}",
                    location=key,
                    suggestion="known: " + ", ".join(EXERCISE_FACTS),
                )
            wanted = getattr(value, "value", value)
            if not isinstance(wanted, str | int | float | bool) and wanted is not None:
                raise RequestError(
                    f"search takes one value per attribute (a string, number or boolean), got "
                    f"{type(value).__name__}",
                    location=key,
                )
        out = []
        for ex, facts in zip(self.exercises, self._facts, strict=True):
            if all(_fact_matches(facts.get(k), v) for k, v in attributes.items()):
                out.append(ex)
        return tuple(out)


def _plain_spelling(text: str) -> str:
    """``text``'s letters and digits, case folded, as words (``Seated_Leg-Curl`` -> ``seated leg curl``)."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _spellings_of(exercises: Iterable[Exercise]) -> frozenset[str]:
    """The normalised spellings (id, name, aliases) of ``exercises``, as the name index reads them."""
    from .names import grammar

    g = grammar()
    memo: dict[str, tuple[str, ...]] = {}
    return frozenset(
        norm
        for ex in exercises
        for spelling in (ex.id.replace("_", " "), ex.name, *ex.aliases)
        if (norm := g.normalize(spelling, memo))
    )


def _fact_matches(fact: object, wanted: object) -> bool:
    wanted = getattr(wanted, "value", wanted)
    if isinstance(fact, frozenset):
        return wanted in fact
    return fact == wanted


@functools.cache
def _builtin_catalog() -> Catalog:
    from ._data import builtin_data

    data = builtin_data()["exercises.toml"]
    where = "hamstring_rules/data/exercises.toml"
    # The shipped spellings are checked by the test suite, not at every import.
    return Catalog(Catalog._entries(data, where), trusted=True)
