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

import enum
from collections.abc import Mapping
from typing import Any

import attrs

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
    """A closed enumeration whose members are their string values."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        from .errors import CatalogError

        raise CatalogError(
            f"invalid {cls.__name__} {value!r}"[:200],
            suggestion="expected one of: " + ", ".join(m.value for m in cls),
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"


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


class HipFlexion(_Enum):
    """Hip-flexion band reached under load (evidence.md: a clinical programme's bands).

    ``extended`` about 0-60 degrees, ``mid`` 60-90, ``deep`` 90-110.
    """

    EXTENDED = "extended"
    MID = "mid"
    DEEP = "deep"


class HamstringLength(_Enum):
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


class Level(_Enum):
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


_LEVEL_ORDER = {"low": 0, "moderate": 1, "high": 2}
#: Ordered enumerations: rule conditions may compare these with lt/le/gt/ge.
ORDERED: Mapping[type[_Enum], Mapping[str, int]] = {
    Level: _LEVEL_ORDER,
    HipFlexion: {"extended": 0, "mid": 1, "deep": 2},
    HamstringLength: {"short": 0, "mid": 1, "long": 2},
}


def _items(value: Any, what: str) -> list[Any]:
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple | set | frozenset):
        from .errors import CatalogError

        raise CatalogError(f"{what} must be a list, got {type(value).__name__}")
    return list(value)


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    items = _items(value, "a text list")
    if not all(isinstance(v, str) for v in items):
        from .errors import CatalogError

        raise CatalogError("expected a list of strings")
    return tuple(items)


def _actions(value: Any) -> frozenset[JointAction]:
    return frozenset(JointAction(v) for v in _items(value, "secondary_actions"))


def _equipment(value: Any) -> frozenset[Equipment]:
    return frozenset(Equipment(v) for v in _items(value, "equipment"))


@attrs.frozen(kw_only=True, order=False, cache_hash=True)
class Exercise:
    """One exercise, described by what its joints do.

    Create your own with ``attrs.evolve(builtin_exercise, id=..., name=...)`` or with
    :meth:`hamstring_rules.Catalog.with_exercises`.
    """

    id: str
    """Stable slug, e.g. ``romanian_deadlift``."""
    name: str
    """Display name."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Other spellings the resolver accepts (app spellings, abbreviations)."""
    primary_action: JointAction = attrs.field(converter=JointAction)
    secondary_actions: frozenset[JointAction] = attrs.field(default=frozenset(), converter=_actions)
    knee: KneeBehaviour = attrs.field(converter=KneeBehaviour)
    hip_flexion: HipFlexion = attrs.field(converter=HipFlexion)
    hamstring_length: HamstringLength = attrs.field(converter=HamstringLength)
    region: Region = attrs.field(converter=Region)
    region_reason: str = ""
    """Why the region is what it is (a source, or how it was derived)."""
    load_position: LoadPosition = attrs.field(converter=LoadPosition)
    start_position: StartPosition = attrs.field(converter=StartPosition)
    laterality: Laterality = attrs.field(converter=Laterality)
    kind: ExerciseKind = attrs.field(converter=ExerciseKind)
    modality: Modality = attrs.field(default=Modality.STRENGTH, converter=Modality)
    """The kind of work; anything but ``strength`` is a class of its own."""
    ballistic: bool = False
    isometric: bool = False
    eccentric_only: bool = False
    """Only the lowering phase is loaded (the Nordic curl)."""
    tendon_compression: Level = attrs.field(default=Level.LOW, converter=Level)
    """Compression of the proximal hamstring tendon against the ischium in hip flexion."""
    spinal_load: Level = attrs.field(default=Level.LOW, converter=Level)
    systemic_fatigue: Level = attrs.field(default=Level.LOW, converter=Level)
    grip_demand: Level = attrs.field(default=Level.LOW, converter=Level)
    equipment: frozenset[Equipment] = attrs.field(default=frozenset(), converter=_equipment)
    article_rank: int | None = None
    """The founding article's order of upper-hamstring exercises (1 = the RDL, "the king").

    Used only as a tie-break: no training study ranks whole hinges (evidence.md)."""
    cues: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    pitfalls: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)

    # -- derived joint-action classes, used by rules and checks ----------------------------

    @property
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
    def straight_knee_hip_extension(self) -> bool:
        """Hip extension with the knees straight or soft and fixed: a hinge for the tie-in."""
        return (
            self.modality is Modality.STRENGTH
            and self.primary_action is JointAction.HIP_EXTENSION
            and self.knee in (KneeBehaviour.STRAIGHT, KneeBehaviour.SOFT_FIXED)
        )

    @property
    def knee_dominant(self) -> bool:
        """Squats, lunges, leg presses, leg extensions: the knee extends against the load."""
        return self.modality is Modality.STRENGTH and self.primary_action is JointAction.KNEE_EXTENSION

    @property
    def knee_flexion(self) -> bool:
        """Leg curls and their kin: the knee flexes (or resists extending) against the load."""
        return self.modality is Modality.STRENGTH and self.primary_action is JointAction.KNEE_FLEXION

    @property
    def bent_knee_hip_extension(self) -> bool:
        """Deadlifts, hip thrusts, hip-dominant split squats: hip extension with bent knees."""
        return (
            self.modality is Modality.STRENGTH
            and self.primary_action is JointAction.HIP_EXTENSION
            and not self.straight_knee_hip_extension
        )

    @property
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

    def facts(self) -> dict[str, object]:
        """The exercise as a flat mapping of rule facts (enum values as plain strings)."""
        return {
            "id": self.id,
            "name": self.name,
            "primary_action": self.primary_action.value,
            "secondary_actions": frozenset(a.value for a in self.secondary_actions),
            "knee": self.knee.value,
            "hip_flexion": self.hip_flexion.value,
            "hamstring_length": self.hamstring_length.value,
            "region": self.region.value,
            "load_position": self.load_position.value,
            "start_position": self.start_position.value,
            "laterality": self.laterality.value,
            "kind": self.kind.value,
            "modality": self.modality.value,
            "movement_class": self.movement_class.value,
            "ballistic": self.ballistic,
            "isometric": self.isometric,
            "eccentric_only": self.eccentric_only,
            "tendon_compression": self.tendon_compression.value,
            "spinal_load": self.spinal_load.value,
            "systemic_fatigue": self.systemic_fatigue.value,
            "grip_demand": self.grip_demand.value,
            "equipment": frozenset(e.value for e in self.equipment),
            "article_rank": self.article_rank,
            "straight_knee_hip_extension": self.straight_knee_hip_extension,
            "knee_dominant": self.knee_dominant,
            "knee_flexion": self.knee_flexion,
            "bent_knee_hip_extension": self.bent_knee_hip_extension,
            "hamstring_set_credit": self.hamstring_set_credit,
        }

    def _repr_markdown_(self) -> str:
        rows = [f"| {k} | {_show(v)} |" for k, v in self.facts().items() if k not in ("name",)]
        return f"**{self.name}**\n\n| attribute | value |\n|---|---|\n" + "\n".join(rows)


def _show(value: object) -> str:
    if isinstance(value, frozenset):
        return ", ".join(sorted(str(v) for v in value)) or "-"
    return "-" if value is None else str(value)


#: The type of each exercise fact, for validating rule conditions.
EXERCISE_FACTS: Mapping[str, object] = {
    "id": str,
    "name": str,
    "primary_action": JointAction,
    "secondary_actions": frozenset[JointAction],
    "knee": KneeBehaviour,
    "hip_flexion": HipFlexion,
    "hamstring_length": HamstringLength,
    "region": Region,
    "load_position": LoadPosition,
    "start_position": StartPosition,
    "laterality": Laterality,
    "kind": ExerciseKind,
    "modality": Modality,
    "movement_class": MovementClass,
    "ballistic": bool,
    "isometric": bool,
    "eccentric_only": bool,
    "tendon_compression": Level,
    "spinal_load": Level,
    "systemic_fatigue": Level,
    "grip_demand": Level,
    "equipment": frozenset[Equipment],
    "article_rank": int,
    "straight_knee_hip_extension": bool,
    "knee_dominant": bool,
    "knee_flexion": bool,
    "bent_knee_hip_extension": bool,
    "hamstring_set_credit": float,
}
