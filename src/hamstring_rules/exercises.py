"""Exercises modelled by joint action.

An :class:`Exercise` is an immutable value object. Its attributes are closed enumerations
taken from the founding article and the evidence behind it:

* hip extension with near-straight knees loads the upper (proximal) hamstring at long length
  (RDL, good morning, 45-degree back extension) - the article; Bourne 2017;
* knee flexion (leg curls) biases the lower (distal) half - the article; Schoenfeld 2015;
  with the hip flexed (seated curl) the whole muscle grows - Maeo 2021;
* squats and lunges are knee-dominant and barely train the hamstrings - Kubo 2019.

The enumerations are ``str`` enums so they compare equal to their plain values and serialise
as such.
"""

from __future__ import annotations

import collections
import enum
import itertools
import operator
import types
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, cast

import attrs

from ._engine import FactType, Kind
from .emitters import OneLineRepr

__all__ = [
    "Equipment",
    "Exercise",
    "ExerciseKind",
    "HamstringLength",
    "HipFlexion",
    "JointAction",
    "KneeBehaviour",
    "Laterality",
    "Level",
    "LoadPosition",
    "Modality",
    "MovementClass",
    "Region",
    "StartPosition",
]


class _Enum(enum.StrEnum):
    """A closed enumeration whose members are their string values.

    Subclass :class:`_Ordered` instead when rule conditions may compare it by member order
    (``spinal_load lt high``).
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        from .errors import CatalogError, shown

        raise CatalogError(
            f"invalid {cls.__name__} {shown(value)}",
            suggestion="expected one of: " + ", ".join(m.value for m in cls),
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"


class _Ordered(_Enum):
    """A closed enumeration whose members are declared low to high."""


class JointAction(_Enum):
    """The joint action that moves the load."""

    HIP_EXTENSION = "hip_extension"
    KNEE_FLEXION = "knee_flexion"
    KNEE_EXTENSION = "knee_extension"
    HIP_ABDUCTION = "hip_abduction"
    HIP_ADDUCTION = "hip_adduction"
    PLANTAR_FLEXION = "plantar_flexion"
    DORSIFLEXION = "dorsiflexion"


class KneeBehaviour(_Enum):
    """What the knee does while the hamstrings are loaded.

    ``straight``: locked or nearly so (stiff-leg deadlift, back extension).
    ``soft_fixed``: unlocked slightly and frozen there - the article's RDL cue.
    ``flexing``: the knee bends against the load (leg curls, Nordic).
    ``bent_fixed``: bent and held (hip thrust, bridge): the hamstrings are short.
    ``bending``: bends and travels forward under load (squat, lunge, conventional deadlift) - the
    article's "squat-hinge hybrid", where tension moves to the quads.
    """

    STRAIGHT = "straight"
    SOFT_FIXED = "soft_fixed"
    FLEXING = "flexing"
    BENT_FIXED = "bent_fixed"
    BENDING = "bending"


class HipFlexion(_Ordered):
    """Hip-flexion band reached under load (evidence.md: a clinical programme's bands).

    ``extended`` about 0-60 degrees, ``mid`` 60-90, ``deep`` 90-110.
    """

    EXTENDED = "extended"
    MID = "mid"
    DEEP = "deep"


class HamstringLength(_Ordered):
    """Hamstring length at the point of peak load: the article's "rubber band"."""

    SHORT = "short"
    MID = "mid"
    LONG = "long"


class Region(_Enum):
    """Which part of the hamstrings the exercise's work is biased to.

    ``proximal``: the upper hamstring, the glute-ham tie-in. ``distal``: the lower half near the
    knee. ``whole``: both. ``none``: the hamstrings are not meaningfully trained.
    """

    PROXIMAL = "proximal"
    DISTAL = "distal"
    WHOLE = "whole"
    NONE = "none"


class Level(_Ordered):
    """An ordered low/moderate/high rating."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class LoadPosition(_Enum):
    """Where the load sits: it sets the lever arm (the article's good-morning point)."""

    HANDS = "hands"
    UPPER_BACK = "upper_back"
    FRONT_RACK = "front_rack"
    HIPS = "hips"
    MACHINE = "machine"
    BODYWEIGHT = "bodyweight"
    BAND = "band"


class StartPosition(_Enum):
    """Where each rep starts: ``floor`` (dead stop, the stiff-leg deadlift) or ``standing``
    (top-down, the RDL), or the body position of a machine or floor exercise."""

    FLOOR = "floor"
    STANDING = "standing"
    LYING = "lying"
    SEATED = "seated"
    KNEELING = "kneeling"
    APPARATUS = "apparatus"


class Laterality(_Enum):
    """One leg at a time or both."""

    BILATERAL = "bilateral"
    UNILATERAL = "unilateral"


class ExerciseKind(_Enum):
    """``compound`` (heavy, several joints or large loads) or ``isolation`` (light, high reps)."""

    COMPOUND = "compound"
    ISOLATION = "isolation"


class Modality(_Enum):
    """The kind of work: resistance training, or one of the kinds that are not sets of a lift.

    ``strength``: loaded sets counted by joint action. ``running``: running and sprinting
    (the hamstrings' highest-strain task - evidence.md, sprinting). ``plyometric``: jumps,
    bounds and skips. ``stretching``: static stretching and mobility work. ``olympic_lift``:
    the snatch, the clean and the jerk and their pulls. The four kinds that are not
    ``strength`` are classes of their own: they are not counted as hamstring sets.
    """

    STRENGTH = "strength"
    RUNNING = "running"
    PLYOMETRIC = "plyometric"
    STRETCHING = "stretching"
    OLYMPIC_LIFT = "olympic_lift"


class MovementClass(_Enum):
    """The class an exercise is counted in: its joint-action class, or its kind of work.

    Derived from the primary joint action, the knee and the modality (see
    :attr:`Exercise.movement_class`); the name resolver promises never to place a name in a
    wrong class.
    """

    STRAIGHT_KNEE_HIP_EXTENSION = "straight_knee_hip_extension"
    BENT_KNEE_HIP_EXTENSION = "bent_knee_hip_extension"
    KNEE_FLEXION = "knee_flexion"
    KNEE_DOMINANT = "knee_dominant"
    HIP_ABDUCTION = "hip_abduction"
    HIP_ADDUCTION = "hip_adduction"
    PLANTAR_FLEXION = "plantar_flexion"
    DORSIFLEXION = "dorsiflexion"
    RUNNING = "running"
    PLYOMETRIC = "plyometric"
    STRETCHING = "stretching"
    OLYMPIC_LIFT = "olympic_lift"


class Equipment(_Enum):
    """What an exercise needs; an exercise needs all of its equipment."""

    BARBELL = "barbell"
    DUMBBELL = "dumbbell"
    KETTLEBELL = "kettlebell"
    TRAP_BAR = "trap_bar"
    CABLE = "cable"
    MACHINE = "machine"
    BENCH = "bench"
    BACK_EXTENSION_BENCH = "back_extension_bench"
    GHR = "ghr"
    REVERSE_HYPER = "reverse_hyper"
    BAND = "band"
    SLIDERS = "sliders"
    STABILITY_BALL = "stability_ball"
    BOX = "box"
    ANCHOR = "anchor"
    PLATFORM = "platform"
    LANDMINE = "landmine"
    SMITH_MACHINE = "smith_machine"
    FLYWHEEL = "flywheel"
    SLED = "sled"
    #: A suspension trainer (TRX, gymnastic rings, straps): an apparatus of its own, though its
    #: leg curl is placed on the stability ball's (the feet held up, lying on the back)
    SUSPENSION = "suspension"


def order_of(kind: type[_Ordered]) -> Mapping[str, int]:
    """Each value of an ordered enumeration with its rank (low to high)."""
    return {m.value: i for i, m in enumerate(kind)}


# -- declaring exercise facts ----------------------------------------------------------------------
#
# Every exercise attribute a rule may read is declared ONCE, on the Exercise class below, with
# ``attribute(...)``: its type (an enumeration, a set of one, bool, int or str), its doc, and
# optionally its weight in substitute()'s similarity. Everything else is derived from that
# declaration: ``Exercise.facts()``, the rule vocabulary (``_facts``), the catalog's field
# validation and "expected one of" messages, the substitute weights, ``explain --facts``.
#
# To add an attribute: add one ``attribute(...)`` line here (with a default while the data has
# no values), give exercises.toml its values, and use it in a rule. A computed fact is a
# property marked ``@derived(...)``.

FACT = "hamstring_rules.fact"
"""The attrs metadata key under which an exercise attribute's :class:`Attribute` is stored."""


@attrs.frozen
class Attribute:
    """The declaration of one exercise attribute (attrs field metadata)."""

    python_type: type
    """An enumeration, ``bool``, ``int`` or ``str``."""
    doc: str
    many: bool = False
    """A set of ``type`` values (``equipment``)."""
    similarity: int = 0
    """Points in substitute()'s similarity when two exercises share it (heuristic)."""
    shown: int = 0
    """Its place among the differences substitute() lists (1 first; 0: not listed)."""

    @property
    def enum(self) -> type[_Enum] | None:
        """The enumeration, for enum and set attributes."""
        tp = self.python_type
        return tp if isinstance(tp, type) and issubclass(tp, _Enum) else None

    def fact_type(self) -> FactType:
        """The rule-engine type of this attribute."""
        enum_ = self.enum
        if enum_ is not None:
            values = tuple(m.value for m in enum_)
            if self.many:
                return FactType(Kind.SET, values, doc=self.doc)
            return FactType(Kind.ENUM, values, ordered=issubclass(enum_, _Ordered), doc=self.doc)
        if self.python_type is bool:
            return FactType(Kind.BOOL, doc=self.doc)
        if self.python_type in (int, float):
            return FactType(Kind.NUMBER, doc=self.doc)
        return FactType(Kind.STR, doc=self.doc)


def attribute(
    kind: type,
    *,
    doc: str,
    default: Any = attrs.NOTHING,
    many: bool = False,
    similarity: int = 0,
    shown: int = 0,
) -> Any:
    """Declare an exercise attribute that rules read (see the comment above)."""
    declared = Attribute(kind, doc, many, similarity, shown)
    converter: Callable[[Any], Any] | None = None
    enum_ = declared.enum
    if enum_ is not None:
        converter = _set_of(enum_) if many else _one_of(enum_)
    elif kind in (str, int):
        converter = _plain_scalar
    return attrs.field(default=default, converter=converter, metadata={FACT: declared})


def _plain_scalar(value: Any) -> Any:
    """The built-in a ``str`` or ``int`` subclass holds (an exercise built or evolved in Python
    with one, whose ``__hash__`` or comparisons raise, failed in the catalog far from the call);
    anything else as it is, for the checks to refuse by name."""
    kind = type(value)
    if kind is str or kind is int or value is None:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return int.__int__(value)
    return value


def _members(kind: type[_Enum]) -> dict[Any, Any]:
    """Each member of ``kind`` by itself and by its value: one dict lookup converts a valid
    value (``EnumType.__call__`` costs ~30x that, and a 50,000-exercise catalog makes ~1.4
    million conversions)."""
    return {**{m: m for m in kind}, **{m.value: m for m in kind}}


def _one_of(kind: type[_Enum]) -> Callable[[Any], Any]:
    table = _members(kind)

    def convert(value: Any) -> Any:
        try:
            return table[value]
        except KeyError:  # not a member: the enum's own error (``_missing_``)
            return kind(value)
        except TypeError:  # unhashable (a list, a NumPy array): never a member, and the enum's
            return kind._missing_(value)  # own lookup would compare it with each (ambiguous)

    convert.__name__ = kind.__name__
    return convert


def _set_of(kind: type[_Enum]) -> Callable[[Any], frozenset[Any]]:
    one = _one_of(kind)

    members = frozenset(kind)

    def convert(value: Any) -> frozenset[Any]:
        if type(value) is frozenset and value <= members:
            return value  # already converted (the default, a catalog file's parsed sets): kept, shared
        return frozenset([one(v) for v in _items(value, kind.__name__)])

    return convert


_F = TypeVar("_F", bound=Callable[..., object])
#: Derived facts: name -> declaration (filled by :func:`derived`, in declaration order).
DERIVED: dict[str, Attribute] = {}


def derived(kind: type) -> Callable[[_F], _F]:
    """Mark a method (under ``@property``) as a derived fact rules may read; its docstring is
    the fact's doc."""

    def mark(fn: _F) -> _F:
        doc = " ".join((fn.__doc__ or "").split("\n\n")[0].split())
        DERIVED[fn.__name__] = Attribute(kind, doc)
        return fn

    return mark


def _items(value: Any, what: str) -> list[Any]:
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple | set | frozenset):
        from .errors import CatalogError

        raise CatalogError(f"{what} must be a list, got {type(value).__name__}")
    return list(value)


def _loadability(equipment: frozenset[Equipment]) -> Level:
    """The default loadability from the equipment (heuristic): a barbell takes the most load;
    dumbbells, kettlebells, machines, cables and plate-loaded benches a moderate load; body
    weight, bands, sliders and balls little. (Once per distinct set: a catalog file's 50,000
    exercises have a few hundred.)"""
    try:
        found = _LOADABILITY.get(equipment)
    except TypeError:  # (a forged object's unhashable value: computed, not kept)
        return _equipment_loadability(equipment)
    if found is None:
        found = _equipment_loadability(equipment)
        if len(_LOADABILITY) < 4096:  # bounded
            _LOADABILITY[equipment] = found
    return found


_LOADABILITY: dict[frozenset[Equipment], Level] = {}


def _equipment_loadability(equipment: frozenset[Equipment]) -> Level:
    names = {e.value for e in equipment}
    if names & {"barbell", "trap_bar", "landmine"}:
        return Level.HIGH
    moderate = {"dumbbell", "kettlebell", "machine", "cable", "back_extension_bench", "reverse_hyper"}
    moderate.add("flywheel")
    if names & moderate:
        return Level.MODERATE
    return Level.LOW


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    if type(value) is tuple and not value:  # (a NumPy array's == is element-wise)
        return value
    items = _items(value, "a text list")
    if not all(isinstance(v, str) for v in items):
        from .errors import CatalogError

        raise CatalogError("expected a list of strings")
    return tuple(map(str.__str__, items))  # a str subclass: the text it holds


@attrs.frozen(kw_only=True, order=False, cache_hash=True, repr=False)
class Exercise(OneLineRepr):
    """One exercise, described by what its joints do.

    Create your own with ``attrs.evolve(builtin_exercise, id=..., name=...)`` or with
    :meth:`hamstring_rules.Catalog.with_exercises`.
    """

    id: str = attribute(str, doc="stable slug, e.g. romanian_deadlift")
    name: str = attribute(str, doc="display name")
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Other spellings the resolver accepts (app spellings, abbreviations)."""
    primary_action: JointAction = attribute(
        JointAction, doc="the joint action that moves the load", similarity=38, shown=1
    )
    secondary_actions: frozenset[JointAction] = attribute(
        JointAction, many=True, default=frozenset(), doc="other joint actions under load"
    )
    knee: KneeBehaviour = attribute(
        KneeBehaviour, doc="what the knee does while the hamstrings are loaded", similarity=12, shown=2
    )
    hip_flexion: HipFlexion = attribute(
        HipFlexion, doc="hip-flexion band reached under load", similarity=4, shown=5
    )
    hamstring_length: HamstringLength = attribute(
        HamstringLength, doc="hamstring length at the point of peak load", similarity=8, shown=4
    )
    region: Region = attribute(
        Region, doc="the part of the hamstrings the work is biased to", similarity=14, shown=3
    )
    region_reason: str = attrs.field(default="", converter=_plain_scalar)
    """Why the region is what it is (a source, or how it was derived)."""
    load_position: LoadPosition = attribute(LoadPosition, doc="where the load sits (lever arm)", shown=8)
    start_position: StartPosition = attribute(
        StartPosition, doc="where each rep starts, or the body position", similarity=2, shown=9
    )
    laterality: Laterality = attribute(Laterality, doc="one leg at a time or both", similarity=2, shown=7)
    kind: ExerciseKind = attribute(ExerciseKind, doc="compound or isolation", similarity=5, shown=6)
    modality: Modality = attribute(
        Modality,
        default=Modality.STRENGTH,
        doc="the kind of work; anything but strength is a class of its own",
    )
    ballistic: bool = attribute(bool, default=False, doc="explosive (swings)", similarity=8, shown=15)
    isometric: bool = attribute(bool, default=False, doc="held, not moved", similarity=12, shown=14)
    eccentric_only: bool = attribute(
        bool,
        default=False,
        doc="only the lowering phase is loaded (the Nordic curl)",
        similarity=10,  # review 2026-11 B10: 2 -> 10, so bridge curls do not pass for a Nordic
        shown=16,
    )
    tendon_compression: Level = attribute(
        Level,
        default=Level.LOW,
        doc="compression of the proximal hamstring tendon against the ischium in hip flexion",
        shown=13,
    )
    spinal_load: Level = attribute(Level, default=Level.LOW, doc="load on the spine", shown=10)
    systemic_fatigue: Level = attribute(Level, default=Level.LOW, doc="whole-body fatigue", shown=11)
    grip_demand: Level = attribute(Level, default=Level.LOW, doc="how hard it is to hold", shown=12)
    equipment: frozenset[Equipment] = attribute(
        Equipment, many=True, default=frozenset(), doc="what it needs (all of it)"
    )
    peak_torque_length: HamstringLength = attribute(
        HamstringLength,
        default=attrs.Factory(lambda self: self.hamstring_length, takes_self=True),
        doc="where the external moment on the hamstrings peaks: short (hip near neutral), mid or long"
        " (review 2026-11 B1: biomechanical reasoning, heuristic); unset, the length at peak load",
    )
    loadability: Level = attribute(
        Level,
        default=attrs.Factory(lambda self: _loadability(self.equipment), takes_self=True),
        doc="how much load it takes and how easily it progresses: high (barbell), moderate (dumbbell,"
        " machine, plates), low (bodyweight, band, pulled back by a cable) - heuristic; unset, from"
        " the equipment",
    )
    article_rank: int | None = attribute(
        int,
        default=None,
        doc="the founding article's order of upper-hamstring exercises (1 = the RDL); a tie-break only",
    )
    """The founding article's order of upper-hamstring exercises (1 = the RDL, "the king").

    Used only as a tie-break: no training study ranks whole hinges (evidence.md)."""
    cues: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    pitfalls: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)

    # -- derived joint-action classes, used by rules and checks ----------------------------

    @property
    @derived(MovementClass)
    def movement_class(self) -> MovementClass:
        """The class the exercise is counted in (joint-action class, or kind of work)."""
        if self.modality is not Modality.STRENGTH:
            return MovementClass(self.modality.value)
        if self.straight_knee_hip_extension:
            return MovementClass.STRAIGHT_KNEE_HIP_EXTENSION
        if self.bent_knee_hip_extension:
            return MovementClass.BENT_KNEE_HIP_EXTENSION
        if self.knee_dominant:
            return MovementClass.KNEE_DOMINANT
        return MovementClass(self.primary_action.value)

    @property
    @derived(bool)
    def straight_knee_hip_extension(self) -> bool:
        """Hip extension with the knees straight or soft and fixed: a hinge for the tie-in."""
        return (
            self.modality is Modality.STRENGTH
            and self.primary_action is JointAction.HIP_EXTENSION
            and self.knee in (KneeBehaviour.STRAIGHT, KneeBehaviour.SOFT_FIXED)
        )

    @property
    @derived(bool)
    def knee_dominant(self) -> bool:
        """Squats, lunges, leg presses, leg extensions: the knee extends against the load."""
        return self.modality is Modality.STRENGTH and self.primary_action is JointAction.KNEE_EXTENSION

    @property
    @derived(bool)
    def knee_flexion(self) -> bool:
        """Leg curls and their kin: the knee flexes (or resists extending) against the load."""
        return self.modality is Modality.STRENGTH and self.primary_action is JointAction.KNEE_FLEXION

    @property
    @derived(bool)
    def bent_knee_hip_extension(self) -> bool:
        """Deadlifts, hip thrusts, hip-dominant split squats: hip extension with bent knees."""
        return (
            self.modality is Modality.STRENGTH
            and self.primary_action is JointAction.HIP_EXTENSION
            and not self.straight_knee_hip_extension
        )

    @property
    @derived(float)
    def hamstring_set_credit(self) -> float:
        """How much one hard set counts toward weekly hamstring volume.

        1 for direct work (straight-knee hip extension, knee flexion); 0.5 for bent-knee hip
        extension that still trains the hamstrings (Pelland 2024: indirect sets count about
        half); 0 where the region is ``none`` (Kubo 2019 squats; Plotkin 2023 hip thrusts), and
        0 for running, jumps, stretches and Olympic lifts, which are not counted as sets
        (heuristic: they are classes of their own).
        """
        if self.region is Region.NONE or self.modality is not Modality.STRENGTH:
            return 0.0
        if self.straight_knee_hip_extension or self.knee_flexion:
            return 1.0
        return 0.5

    @property
    def tiebreak(self) -> tuple[int, str]:
        """The tie-break of every ranking: the founding article's order of upper-hamstring
        exercises first (unranked ones after), then the id (evidence.md: keep the article's
        order as a tie-break, not as a measured gap)."""
        return (self.article_rank if self.article_rank is not None else _UNRANKED, self.id)

    def facts(self) -> dict[str, object]:
        """The exercise as a flat mapping of rule facts (enum values as plain strings): every
        declared attribute, then every derived fact."""
        return _read_facts(self)

    def to_markdown(self) -> str:
        """The exercise's facts as a Markdown table."""
        from .emitters import markdown

        return markdown.render(self)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()


#: The declared attributes, by name (attrs metadata of :class:`Exercise`).
ATTRIBUTES: Mapping[str, Attribute] = {
    f.name: f.metadata[FACT] for f in attrs.fields(Exercise) if FACT in f.metadata
}


_UNRANKED = 1_000_000


def _builder_for(given: tuple[str, ...]) -> Callable[[list[Any]], Exercise]:
    """The one other way to make an :class:`Exercise`: from the values of the fields ``given``
    (in that order), already checked and converted - what the catalog loader makes of a file's
    plain values - without attrs' converters.

    The public constructor runs every field's converter, a function call each, on values the
    loader has just validated and converted: for a 50,000-exercise file that was a third of the
    load. The builder sets the same slots to the same values: given values as they are, absent
    fields their converted default, factory defaults (``peak_torque_length``, ``loadability``)
    computed from the object and converted as attrs does, and an empty cached hash. It takes
    the values as a list and appends the defaults to it. ``tests/names/test_catalog.py`` checks it
    equals the public constructor on random exercises (a hypothesis property).
    """
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(Exercise)
    at = {name: i for i, name in enumerate(given)}
    if len(at) != len(given) or not set(given) <= {f.name for f in fields}:
        raise ValueError(f"not distinct Exercise fields: {given}")
    if any(f.validator is not None for f in fields) or hasattr(Exercise, "__attrs_post_init__"):
        return lambda values: Exercise(**dict(zip(given, values, strict=True)))  # what this skips is needed
    plain = [f for f in fields if not isinstance(f.default, _Factory)]
    names = [f.name for f in plain]
    tail: list[Any] = []
    positions: list[int] = []
    for f in plain:
        if f.name in at:
            positions.append(at[f.name])
        elif f.default is attrs.NOTHING:
            raise ValueError(f"missing required Exercise field {f.name!r}")
        else:
            positions.append(len(given) + len(tail))
            tail.append(f.converter(f.default) if callable(f.converter) else f.default)
    names += _HASH_SLOT  # cache_hash=True: it starts empty
    positions += [len(given) + len(tail) + i for i in range(len(_HASH_SLOT))]
    tail += [None] * len(_HASH_SLOT)
    factories = tuple(
        (f.name, cast(Any, f.default).factory, cast(Any, f.default).takes_self, f.converter, at.get(f.name))
        for f in fields
        if isinstance(f.default, _Factory)
    )
    slots, fill, where = _slots_of(names), tuple(tail), tuple(positions)

    def build(values: list[Any]) -> Exercise:
        values += fill
        obj = object.__new__(Exercise)
        _consume(map(_store, slots, itertools.repeat(obj), map(values.__getitem__, where)))
        for name, factory, takes_self, convert, index in factories:
            if index is None:
                value = factory(obj) if takes_self else factory()
                if callable(convert):
                    value = convert(value)
            else:
                value = values[index]
            _put(obj, name, value)
        return obj

    return build


_Factory: type = type(attrs.Factory(list))
_HASH_SLOT = ["_attrs_cached_hash"] if "_attrs_cached_hash" in getattr(Exercise, "__slots__", ()) else []
_put = object.__setattr__  # a frozen class's own refuses; attrs' __init__ uses this one too
#: Sets one slot: ``_store(descriptor, obj, value)`` (a frozen class's ``__setattr__`` refuses;
#: the slot's own descriptor is what attrs' ``__init__`` reaches too, ~15% faster called so).
_store: Callable[[Any, object, object], None] = types.MemberDescriptorType.__set__
_consume: Callable[[Iterable[object]], object] = collections.deque[object](maxlen=0).extend


def _slots_of(names: Iterable[str]) -> tuple[Any, ...]:
    """The slot descriptors of these :class:`Exercise` fields (a slotted attrs class: each
    field is one)."""
    found = tuple(Exercise.__dict__.get(name) for name in names)
    if not all(type(d) is types.MemberDescriptorType for d in found):  # pragma: no cover - attrs slots=True
        raise TypeError("Exercise is expected to be a slotted class")
    return found


#: Every slot an :class:`Exercise` sets: its fields, then the cached hash.
_SLOTS: tuple[str, ...] = (*(f.name for f in attrs.fields(Exercise)), *_HASH_SLOT)
_SLOT_DESCRIPTORS = _slots_of(_SLOTS)
#: An exercise's slot values, in :data:`_SLOTS` order.
_slot_values: Callable[[Exercise], tuple[Any, ...]] = operator.attrgetter(*_SLOTS)


def _from_slots(values: Iterable[Any]) -> Exercise:
    """An :class:`Exercise` whose slots are ``values`` (in :data:`_SLOTS` order): those of an
    exercise made by the constructor or :func:`_builder_for` with another id and name, which
    no other field depends on (the region and the factory defaults do not read them)."""
    obj = object.__new__(Exercise)
    _consume(map(_store, _SLOT_DESCRIPTORS, itertools.repeat(obj), values))
    return obj


def _fact_reader() -> tuple[Callable[..., dict[str, object]], Callable[[Exercise], tuple[object, ...]]]:
    """One function reading every fact: a single ``attrgetter`` call fetches every declared
    value (an enum's as its plain ``_value_``); the rest - the sets of enum values converted,
    and the derived facts - is made once per distinct set of declared values other than the
    id and name, and shared (a 50,000-exercise catalog has a few hundred: one dict per
    exercise is then all reading its facts costs)."""
    declared = {**ATTRIBUTES, **DERIVED}
    names = tuple(declared)
    own = ("id", "name")
    assert tuple(ATTRIBUTES)[:2] == own  # the values every exercise has of its own come first
    get = operator.attrgetter(
        *(f"{n}._value_" if a.enum is not None and not a.many else n for n, a in ATTRIBUTES.items())
    )
    get_derived = operator.attrgetter(*DERIVED)
    sets = tuple(i - 2 for i, a in enumerate(ATTRIBUTES.values()) if a.enum is not None and a.many)
    shared: dict[tuple[object, ...], dict[str, object]] = {}
    put = dict.__setitem__  # a FrozenDict's own refuses: set before it is handed out

    def read(exercise: Exercise, kind: Callable[[Any], dict[str, object]] = dict) -> dict[str, object]:
        values = get(exercise)
        key = values[2:]
        template = shared.get(key)
        if template is None:
            converted = list(key)
            for i in sets:
                converted[i] = frozenset([m._value_ for m in converted[i]])
            template = dict(zip(names, (None, None, *converted, *get_derived(exercise)), strict=True))
            if len(shared) < _SHARED_FACTS:  # bounded: then each exercise makes its own
                shared[key] = template
        facts = kind(template)  # a copy of the shared facts (id and name first), then its own
        put(facts, "id", values[0])
        put(facts, "name", values[1])
        return facts

    def key(exercise: Exercise) -> tuple[object, ...]:
        """What decides every fact but the id and name (exercises equal on it share them)."""
        return get(exercise)[2:]

    return read, key


#: Most distinct fact sets (besides id and name) whose converted values are shared.
_SHARED_FACTS = 4096
_read_facts, _fact_key = _fact_reader()
#: Every exercise fact rules may read, with its type and doc: declared attributes, then derived.
EXERCISE_FACTS: Mapping[str, FactType] = {
    **{name: a.fact_type() for name, a in ATTRIBUTES.items()},
    **{name: a.fact_type() for name, a in DERIVED.items()},
}
