"""Week and session facts as pure functions: tallies of hard sets, the gaps between heavy
sessions, whether a log covers a week - and the week and session facts rules read, each
declared once, next to its computation.

To add a week fact: one ``WEEK.add(name, type, doc, computation)`` line at the end of this
module (from :class:`WeekTotals`; add a field there if the fact needs new totals); the rule
vocabulary, validation and ``explain --facts`` follow from it. The same for session facts with
``SESSION.add``. ``template=True`` declares a value only message templates may use.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

import attrs

from ._engine import FactType, Kind
from ._trends import EMPTY_FACTS, TREND_FACTS
from .exercises import (
    Exercise,
    ExerciseKind,
    HamstringLength,
    JointAction,
    KneeBehaviour,
    Laterality,
    LoadPosition,
    Modality,
    Region,
    StartPosition,
)

if TYPE_CHECKING:  # only read, never built here: recommend() need not import program
    from .program import Entry, Program, Session

__all__ = [
    "NO_TALLY",
    "SESSION",
    "WEEK",
    "Dose",
    "Gaps",
    "SessionTotals",
    "Tally",
    "TraitCache",
    "Traits",
    "WeekTotals",
    "easy_effort",
    "gaps",
    "heavy",
    "is_log",
    "loads_tendon",
    "log_span",
    "squat_lunge_press_or_deadlift",
    "stage_dose",
    "traits",
    "warm_up_words",
    "week_entered_late",
    "week_in_progress",
]

#: The joint-action classes a tally counts sets by (``WeekSummary.sets_by_action`` keys).
ACTIONS = (
    "straight_knee_hip_extension",
    "bent_knee_hip_extension",
    "knee_flexion",
    "knee_dominant",
    "other",
    "out_of_scope",
    "unknown",
)
REGIONS = ("proximal", "distal", "whole")


# -- one definition each ------------------------------------------------------------------------


def is_log(program: Program) -> bool:
    """A workout log: every session has a real start time (a program's sessions have days)."""
    sessions = [s for w in program.weeks for s in w.sessions]
    return bool(sessions) and all(s.start is not None for s in sessions)


def easy_effort(entry: Entry, easy_rpe: float) -> bool:
    """A program entry planned too easy for its sets to be hard sets: an RPE from 1 to below
    ``easy_rpe`` (the log reader's ``logs.EASY_RPE``, 6), or more reps in reserve than that
    leaves (RIR = 10 - RPE: more than 4). The rule a log's sets are counted by (Baz-Valle 2022):
    18 sets planned at RPE 5 are no more hard sets than the same sets logged."""
    rpe = entry.rpe
    if rpe is not None and 1.0 <= rpe < easy_rpe:
        return True
    return entry.rir is not None and entry.rir > 10 - easy_rpe


#: A word of a name or a note: letters only (digits and punctuation split words: ``Warm-up1``).
_WORD = re.compile(r"[^\W\d_]+")
#: Shortest warm-up word read in a name or a note (``warmup``, ``rampup``, ``aufwarmen``): the
#: set-type column's short marks (``W``, ``WU``, ``warm``) are other words in a name (``W1`` a week).
_MIN_WARM_WORD = 6


def warm_up_words(text: str | None, *, leading: bool = False) -> bool:
    """Whether ``text`` (an entry's name or notes) says the entry is a warm-up: a word, or two
    words run together (``warm up``), that a log's set-type column reads as a warm-up
    (``_log_words``: ``warm-up``, ``Warmup``, ``ramp-up``, ``Aufwärmen``, ``calentamiento``...).
    ``leading``: only the first word counts - a note's ``after the warm-up`` is no warm-up
    entry, its ``Warm-up: light`` is."""
    if not text:
        return False
    from ._log_words import WARMUP, set_kind

    words = _WORD.findall(text.casefold())
    if leading:
        words = words[:2]
    for i, word in enumerate(words):
        pair = word + words[i + 1] if i + 1 < len(words) else ""
        for candidate in (word, pair) if not leading or i == 0 else ():
            if len(candidate) >= _MIN_WARM_WORD and set_kind(candidate) == WARMUP:
                return True
    return False


# The words that name a planned deload week live in data/words.toml [deload] (a heuristic list,
# its rationale there): a periodised program lightens one week in four to six on purpose.
@functools.cache
def deload_word_set() -> frozenset[str]:
    """The words that name a planned deload week (``data/words.toml`` ``[deload]``: folded, letters
    only, two or three words run together), read once; a list that is not one is a CatalogError."""
    from ._data import builtin_data

    listed = builtin_data()["words.toml"]["deload"]["words"]
    if not isinstance(listed, list) or not all(isinstance(w, str) and w.isalnum() for w in listed):
        from .errors import CatalogError

        raise CatalogError("words.toml: [deload] words must be a list of folded words (letters and digits)")
    return frozenset(listed)


def __getattr__(name: str) -> object:
    if name == "DELOAD_WORDS":  # the word set by its old name (a module constant until the data held it)
        return deload_word_set()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def deload_words(*texts: str | None) -> bool:
    """Whether a week's name or label calls it a deload (:func:`deload_word_set`: ``Deload``,
    ``Week 4 - deload``, ``Entlastungswoche``, ``Recovery week``); a word, two or three run together."""
    return any(_says_deload(text) for text in texts if text)


@functools.lru_cache(maxsize=4096)
def _says_deload(text: str) -> bool:
    """:func:`deload_words` of one text (a log's workout titles repeat: read once each)."""
    known = deload_word_set()
    words = [_fold(w) for w in _WORD.findall(text.casefold())]
    return any("".join(words[i : i + n]) in known for i in range(len(words)) for n in (1, 2, 3))


def _fold(word: str) -> str:
    """``décharge`` -> ``decharge``: accents off, as users type them or not."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


#: Where a note's first part ends: a colon, semicolon, comma, full stop, bracket or spaced dash.
_NOTE_HEAD = re.compile(r"[:;,.(\[]|\s[-\u2013\u2014]\s")


def warm_up_note(notes: str | None) -> bool:
    """Whether a note calls its entry a warm-up: its first part (up to a colon, comma, semicolon,
    full stop, bracket or spaced dash) is a warm-up word, or two run together, with at most
    ``set(s)``, ``only`` or ``light`` beside it (``Warm-up``, ``Warm-up: light``, ``Warm-up
    sets``, ``Aufwärmen - 50%``, a sheet's warm-up row). A cue asking for a warm-up before the
    sets (``Warm up well first``, ``warm-up sets before these``) is no warm-up entry, nor is one
    whose later words name the work that follows (``Warm-up: 2 light sets, then 3 working sets``,
    ``Warm-up: empty bar x10, then work up``): the entry's sets and reps are its work sets."""
    if not notes:
        return False
    from ._log_words import BESIDE_WARM_UP, WORK_AFTER_WARM_UP

    parts = _NOTE_HEAD.split(notes, maxsplit=1)
    words = [w for w in _WORD.findall(parts[0].casefold()) if w not in BESIDE_WARM_UP]
    one, two = len(words) == 1, len(words) == 2
    warm = warm_up_words(words[0]) if one else two and warm_up_words("".join(words))
    if warm and len(parts) > 1:
        return WORK_AFTER_WARM_UP.isdisjoint(_WORD.findall(parts[1].casefold()))
    return warm


def heavy(entry: Entry, exercise: Exercise, heavy_max_reps: int) -> bool:
    """A heavy set: the low end of the rep target at most ``heavy_max_reps`` (not a hold)."""
    return entry.reps_low <= heavy_max_reps and not exercise.isometric


def loads_tendon(ex: Exercise) -> bool:
    """Non-isometric hip extension or knee flexion, near-maximal runs and bounds: what loads the
    proximal hamstring tendon (rehab spacing HR017, stage dose HR034-HR036); holds are exempt,
    and so is an easy or tempo run (not peaking at long hamstring length): tendinopathy rehab
    paces it by symptoms, not by the 48 h and 3 sessions of heavy slow resistance (RH038)."""
    if ex.modality is Modality.RUNNING and ex.hamstring_length is not HamstringLength.LONG:
        return False
    return (
        ex.modality in (Modality.STRENGTH, Modality.RUNNING, Modality.PLYOMETRIC)
        and not ex.isometric
        and ex.primary_action in (JointAction.HIP_EXTENSION, JointAction.KNEE_FLEXION)
    )


@attrs.frozen
class Traits:
    """What the tallies read of an exercise, derived once per exercise (:func:`traits`)."""

    action: str
    credit: float
    region: str | None
    unilateral: bool
    nordic: bool
    """Eccentric-only knee flexion."""
    stretching: bool
    running: bool
    """A run or a sprint - the whole stride (the catalog's ``kind``: compound) - not a drill that
    rehearses part of it (an A-skip, a B-skip: isolation) (heuristic: the kind tells them apart)."""
    sprinting: bool
    """Near-maximal running (a run peaking at long hamstring length: sprints, strides), not a
    drill or a jog: the high-speed running strain prevention manages (Duhig 2016)."""
    tendon: bool
    spaced: bool
    """Work the recovery check spaces when heavy: a Nordic or a non-ballistic strength hinge."""
    long_hinge: bool
    hinge: bool
    heavy_hinge_shape: bool
    """A non-ballistic compound hinge (heavy when its sets are)."""
    isolation_shape: bool
    """A non-isometric isolation hinge."""
    squat_or_deadlift: bool
    tires_hinge: bool
    """Leg work that tires a heavy hinge done after it (:func:`tires_hinge`, HR003)."""


#: Traits by exercise identity, owned by one check() call (it holds the exercises it keys).
TraitCache = dict[int, tuple[Exercise, Traits]]


def traits(ex: Exercise, cache: TraitCache | None = None) -> Traits:
    """An exercise's :class:`Traits`; with a ``cache``, computed once per exercise."""
    found = cache.get(id(ex)) if cache is not None else None
    if found is not None and found[0] is ex:
        return found[1]
    strength = ex.modality is Modality.STRENGTH
    hinge = ex.straight_knee_hip_extension
    nordic = ex.knee_flexion and ex.eccentric_only
    made = Traits(
        action=action_of(ex),
        credit=ex.hamstring_set_credit,
        region=None if ex.region is Region.NONE else ex.region.value,
        unilateral=ex.laterality is Laterality.UNILATERAL,
        nordic=nordic,
        stretching=ex.modality is Modality.STRETCHING,
        running=ex.modality is Modality.RUNNING and ex.kind is not ExerciseKind.ISOLATION,
        sprinting=ex.modality is Modality.RUNNING and ex.hamstring_length is HamstringLength.LONG,
        tendon=loads_tendon(ex),
        # heavy hinge days to space (HR006): loaded, not ballistic; a body-weight drill (the
        # Askling diver, 3 x 6) is no heavy hinge however few its reps
        spaced=nordic
        or (strength and hinge and not ex.ballistic and ex.load_position is not LoadPosition.BODYWEIGHT),
        long_hinge=strength
        and hinge
        and ex.hamstring_length is HamstringLength.LONG
        and not ex.ballistic
        and not ex.isometric,
        hinge=hinge,
        heavy_hinge_shape=hinge and ex.kind is ExerciseKind.COMPOUND and not ex.ballistic,
        isolation_shape=hinge and ex.kind is ExerciseKind.ISOLATION and not ex.isometric,
        squat_or_deadlift=squat_lunge_press_or_deadlift(ex),
        tires_hinge=tires_hinge(ex),
    )
    if cache is not None:
        cache[id(ex)] = (ex, made)
    return made


def action_of(ex: Exercise) -> str:
    """The joint-action class an exercise's sets are counted in."""
    if ex.straight_knee_hip_extension:
        return "straight_knee_hip_extension"
    if ex.knee_flexion:
        return "knee_flexion"
    if ex.knee_dominant:
        return "knee_dominant"
    if ex.bent_knee_hip_extension:
        return "bent_knee_hip_extension"
    return "other"


def squat_lunge_press_or_deadlift(ex: Exercise) -> bool:
    """A compound knee-dominant exercise, or a deadlift from the floor with bending knees. Not a
    ballistic or Olympic lift: power work goes first in a session (NSCA exercise order), so a
    power clean before the RDL is the right order, not HR003's fatigued hinge."""
    if ex.ballistic:
        return False
    if ex.knee_dominant and ex.kind is ExerciseKind.COMPOUND:
        return True
    return (
        ex.primary_action is JointAction.HIP_EXTENSION
        and ex.knee is KneeBehaviour.BENDING
        and ex.start_position is StartPosition.FLOOR
    )


_LEG_ACTIONS = (JointAction.KNEE_EXTENSION, JointAction.KNEE_FLEXION, JointAction.HIP_EXTENSION)


def tires_hinge(ex: Exercise) -> bool:
    """Leg work before a heavy hinge that leaves it "relegated to the end" (the article: place the
    RDL or good morning at the start of the leg workout, when you are fresh): a strength exercise
    that extends or flexes the knee or extends the hip - squats, lunges, presses, leg extensions,
    curls, Nordics, deadlifts, hip thrusts and bridges. Not another straight-knee hinge (the
    session starts with the hinge family), not a hold (an activation drill, rehab's isometric
    warm-up), not ballistic or Olympic work (power goes first: NSCA exercise order), not running,
    jumps or stretches (heuristic: the article names no such case)."""
    return (
        ex.modality is Modality.STRENGTH
        and not ex.ballistic
        and not ex.isometric
        and not ex.straight_knee_hip_extension
        and ex.primary_action in _LEG_ACTIONS
    )


class DayOnly(float):
    """The hours of a program's session with a weekday and no time of day: its day's start, for
    order only. No time is invented for it: its gap to another session of that day is the same
    day, 0 h (:func:`_days_apart`), never the other's clock hours (``Mon`` beside ``Mon PM`` was
    18 h apart, as if ``Mon`` were midnight)."""

    __slots__ = ()


def session_hours(session: Session) -> float | None:
    """When a session is, in hours: its start (its calendar day's ordinal x 24 plus the clock
    time as written: no time zone, so the same log gives the same gaps on any machine and across
    a change to summer time), else its weekday x 24 plus its time of day if the program says one
    (``Mon PM``; without one a :class:`DayOnly`); ``None`` when unknown."""
    start = session.start
    if start is not None:
        return start.toordinal() * 24.0 + start.hour + start.minute / 60 + start.second / 3600
    if session.day is not None:
        clock = session.time
        if clock is None:
            return DayOnly(session.day * 24.0)
        return session.day * 24.0 + (clock.hour + clock.minute / 60)
    return None


def log_span(program: Program) -> tuple[object, object] | None:
    """The first and last day of a log; ``None`` for a program."""
    if not is_log(program):
        return None
    days = [s.start.date() for w in program.weeks for s in w.sessions if s.start is not None]
    return min(days), max(days)


#: A log's first ISO week is judged whole when the log enters it by this weekday (0 = Monday):
#: from Wednesday on, at least 5 of its 7 days are in the log. Later, its frequency, weekly minimums
#: and ratios are not judged (a heuristic: the days before the first workout are not in the log).
LATEST_WHOLE_FIRST_DAY = 2


def week_in_progress(
    sessions: Sequence[Session], span: tuple[object, object] | None, as_of: date | None = None
) -> bool:
    """Whether a log's ISO week is still going on: no later workout, and its Sunday is not before
    ``as_of``. Never for a program."""
    if span is None or not sessions or sessions[0].start is None:
        return False
    sunday = sessions[0].start.date() + timedelta(days=6 - sessions[0].start.weekday())
    _, last = span
    return not (last > sunday or (as_of is not None and sunday < as_of))  # type: ignore[operator]


def week_entered_late(sessions: Sequence[Session], span: tuple[object, object] | None) -> bool:
    """Whether this is a log's first ISO week and the log enters it after
    :data:`LATEST_WHOLE_FIRST_DAY` (what came before the first workout is not in the log)."""
    if span is None or not sessions or sessions[0].start is None:
        return False
    first, _ = span
    day = sessions[0].start.date()
    return bool(day == first and day.weekday() > LATEST_WHOLE_FIRST_DAY)


#: An empty read-only mapping (a default no caller can change).
_NOTHING: Mapping[str, object] = MappingProxyType({})


# -- tallies ------------------------------------------------------------------------------------


def _min(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else max(a, b)


class Tally(NamedTuple):
    """Hard sets of a session or a week by joint-action class and region, and what kinds of work
    it holds. Build one with :meth:`of`; combine with :meth:`combine`.

    The internal totals (this, :class:`Gaps`, :class:`SessionTotals`, :class:`WeekTotals`) are
    named tuples: a two-year log builds thousands, and a frozen attrs class costs several
    times more to build."""

    actions: Mapping[str, float]
    regions: Mapping[str, float]
    hamstring: float = 0.0
    lower_body: float = 0.0
    heavy_work: bool = False
    has_unilateral: bool = False
    has_hinge: bool = False
    has_heavy_hinge: bool = False
    has_eccentric_knee_flexion: bool = False
    min_hinge_reps: float | None = None
    max_hip_extension_isolation_reps: float | None = None
    has_long_hinge: bool = False
    """A long-length, non-ballistic straight-knee hinge (what HR001 asks for)."""
    heavy_hinge_or_nordic: bool = False
    """A heavy straight-knee hinge or a Nordic: the work the recovery check (HR006) spaces."""
    tendon_loading: bool = False
    """Non-isometric hip extension or knee flexion, runs and bounds: what loads the proximal
    hamstring tendon (rehab spacing, HR017); holds are exempt."""
    stretch_sets: float = 0.0
    running: bool = False
    sprinting: bool = False

    @classmethod
    def of(
        cls, items: Iterable[tuple[Exercise | str, Entry, bool]], cache: TraitCache | None = None
    ) -> Tally:
        """The tally of ``(exercise, entry, heavy)`` items; an unresolved name comes as its
        status (``out_of_scope`` or ``unknown``) instead of an exercise. ``cache``: the caller's
        :func:`traits` cache (a check of many weeks derives each exercise's traits once)."""
        actions = dict.fromkeys(ACTIONS, 0.0)
        regions = dict.fromkeys(REGIONS, 0.0)
        hamstring = lower_body = 0.0
        heavy_work = unilateral = hinge = heavy_hinge = nordic = False
        min_reps: float | None = None
        max_iso: float | None = None
        long_hinge = hinge_or_nordic = tendon = running = sprinting = False
        stretch = 0.0
        for ex, entry, is_heavy in items:
            sets = float(entry.sets)
            if isinstance(ex, str):
                actions["out_of_scope" if ex == "out_of_scope" else "unknown"] += sets
                continue
            t = traits(ex, cache)
            actions[t.action] += sets
            lower_body += sets
            hamstring += sets * t.credit
            if t.region is not None:
                regions[t.region] += sets
            heavy_work |= t.credit > 0 and is_heavy
            unilateral |= t.unilateral
            nordic |= t.nordic
            if t.stretching:
                stretch += sets
            running |= t.running
            sprinting |= t.sprinting
            tendon |= t.tendon
            hinge_or_nordic |= is_heavy and t.spaced
            long_hinge |= t.long_hinge
            if t.hinge:
                hinge = True
                if t.heavy_hinge_shape and is_heavy:
                    heavy_hinge = True
                    min_reps = _min(min_reps, entry.reps_low)
                if t.isolation_shape:
                    max_iso = _max(max_iso, entry.reps_high)
        return cls(
            actions, regions, hamstring, lower_body, heavy_work, unilateral, hinge, heavy_hinge, nordic,
            min_reps, max_iso, long_hinge, hinge_or_nordic, tendon, stretch, running, sprinting,
        )  # fmt: skip

    @classmethod
    def combine(cls, tallies: Iterable[Tally]) -> Tally:
        """One tally of several (a week of sessions)."""
        tallies = list(tallies)
        actions = dict.fromkeys(ACTIONS, 0.0)
        regions = dict.fromkeys(REGIONS, 0.0)
        min_reps: float | None = None
        max_iso: float | None = None
        for t in tallies:
            for key, value in t.actions.items():
                actions[key] += value
            for key, value in t.regions.items():
                regions[key] += value
            min_reps = _min(min_reps, t.min_hinge_reps)
            max_iso = _max(max_iso, t.max_hip_extension_isolation_reps)
        return cls(
            actions,
            regions,
            hamstring=sum(t.hamstring for t in tallies),
            lower_body=sum(t.lower_body for t in tallies),
            heavy_work=any(t.heavy_work for t in tallies),
            has_unilateral=any(t.has_unilateral for t in tallies),
            has_hinge=any(t.has_hinge for t in tallies),
            has_heavy_hinge=any(t.has_heavy_hinge for t in tallies),
            has_eccentric_knee_flexion=any(t.has_eccentric_knee_flexion for t in tallies),
            min_hinge_reps=min_reps,
            max_hip_extension_isolation_reps=max_iso,
            has_long_hinge=any(t.has_long_hinge for t in tallies),
            heavy_hinge_or_nordic=any(t.heavy_hinge_or_nordic for t in tallies),
            tendon_loading=any(t.tendon_loading for t in tallies),
            stretch_sets=sum(t.stretch_sets for t in tallies),
            running=any(t.running for t in tallies),
            sprinting=any(t.sprinting for t in tallies),
        )


#: A tally of nothing (a session without warm-up or easy sets).
NO_TALLY = Tally(dict.fromkeys(ACTIONS, 0.0), dict.fromkeys(REGIONS, 0.0))


# -- gaps between heavy sessions ----------------------------------------------------------------


class Gaps(NamedTuple):
    """The gaps between a week's heavy sessions: the shortest, the pair it is between, all."""

    shortest: float | None = None
    """The shortest gap as the rules judge it (:func:`_days_apart`)."""
    between: str = ""
    all: tuple[float, ...] = ()
    """Every gap by the clock where the sessions have times (:func:`_clock_apart`), in order."""
    short: str = ""
    """Every gap under :data:`SHORT_GAP_HOURS`, and every gap as short as the shortest, in the
    week's order, by the clock: ``'A and B, 24 h apart; B and C, 32 h apart'``."""
    judged: tuple[float, ...] = ()
    """Every gap as the rules judge it (:func:`_days_apart`), in :attr:`all`'s order."""
    shown: float | None = None
    """The shortest gap's (:attr:`shortest`, :attr:`between`) hours by the clock: what a message
    shows of it (review29 V14)."""


_NO_GAPS = Gaps()
#: A gap shorter than this is named on its own in a gap message (HR006, HR017): the 48 h the
#: article leaves between heavy hinge days and heavy slow resistance leaves between tendon
#: loads (Kongsgaard 2009); the rules' own threshold may be higher, so the shortest is always named.
SHORT_GAP_HOURS = 48.0
Point = tuple[float, str]


#: Slack for the time of day when two sessions on different days both have a clock time: the gap
#: the rules judge is the whole calendar days between them, or the clock's hours plus this, whichever
#: is less. Monday 18:00 to Thursday 07:00 (61 h) is the article's Monday-Thursday, 72 h; Monday
#: 22:00 to Wednesday 06:00 (32 h) is not two days' rest (review29 V14). A heuristic: the article
#: counts days ("e.g. Monday and Thursday"), and a session's time of day varies by about half a day.
CLOCK_SLACK_HOURS = 12.0


def _days_apart(later: float, earlier: float) -> float:
    """Hours between two sessions as the rules judge them (see :func:`session_hours`): on
    different days, whole calendar days, or the clock's hours plus :data:`CLOCK_SLACK_HOURS` when
    both have a time and that is less; on the same day the clock's hours (0 when either has no
    time: :class:`DayOnly`)."""
    days = math.floor(later / 24) - math.floor(earlier / 24)
    timed = not isinstance(later, DayOnly) and not isinstance(earlier, DayOnly)
    if days:
        return min(days * 24.0, later - earlier + CLOCK_SLACK_HOURS) if timed else days * 24.0
    return later - earlier if timed else 0.0


def _clock_apart(later: float, earlier: float) -> float:
    """Hours between two sessions as a report shows them: by the clock when both have a time,
    else whole calendar days (0 on the same day)."""
    if isinstance(later, DayOnly) or isinstance(earlier, DayOnly):
        return (math.floor(later / 24) - math.floor(earlier / 24)) * 24.0
    return later - earlier


def gaps(
    heavy_sessions: Sequence[tuple[float | None, str]], previous: Point | None, timeline: bool
) -> tuple[Gaps, Point | None]:
    """The gaps between heavy sessions ``(hours, name)``, and the point to carry to next week.

    A program's week repeats, so its last session is followed by its first a week later (nothing
    is carried); a log's sessions are real timestamps, and a week's first session follows
    ``previous``, the last heavy session of the week before. The rules judge sessions on
    different days apart by whole calendar days, or less when their clock times say so (Monday
    18:05 to Wednesday 18:00 is 48 h, the article's Monday-Wednesday-Friday; Monday 22:00 to
    Wednesday 06:00 is 44 h: :func:`_days_apart`), on the same day by the clock (a program's
    ``Mon AM`` and ``Mon PM``); the texts and :attr:`Gaps.all` give the clock's hours.
    """
    if not heavy_sessions or any(h is None for h, _ in heavy_sessions):
        return _NO_GAPS, previous
    points = sorted((h, n) for h, n in heavy_sessions if h is not None)
    # (judged, by the clock, between): the rules read the first, a report shows the second
    pairs: list[tuple[float, float, str]] = []

    def pair(later: float, earlier: float, between: str) -> None:
        pairs.append((round(_days_apart(later, earlier), 2), round(_clock_apart(later, earlier), 2), between))

    if timeline and previous is not None:
        pair(points[0][0], previous[0], f"{previous[1]} and {points[0][1]}")
    for (h1, n1), (h2, n2) in itertools.pairwise(points):
        pair(h2, h1, f"{n1} and {n2}")
    carried = points[-1] if timeline else None
    if not timeline:
        (first_h, first_n), (last_h, last_n) = points[0], points[-1]
        pair(first_h + 168.0, last_h, f"{last_n} and next week's {first_n}" if len(points) > 1 else first_n)
    if not pairs:
        return _NO_GAPS, carried
    gap, shown, names = min(pairs, key=lambda p: (p[0], p[2]))
    short = "; ".join(
        f"{between}, {clock:g} h apart" for h, clock, between in pairs if h < SHORT_GAP_HOURS or h == gap
    )
    clocks = tuple(clock for _, clock, _ in pairs)
    return Gaps(gap, names, clocks, short, tuple(h for h, _, _ in pairs), shown), carried


# -- a rehab stage's dose (HR034-HR036) ---------------------------------------------------------


@attrs.frozen
class Dose:
    """What the goal's stage prescribes for one tendon-loading exercise, read from its
    prescription (``data/rules.toml``: RP002-RP006): the most sets a session, the fewest reps a
    set (``None`` for runs and contacts), the most sessions a week, and the rules that say so."""

    sets: int
    reps_low: int | None
    reps: str
    frequency: int
    rest_hours: int | None
    rules: str


#: A week's dose facts when nothing is compared (programs and logs alike, goals without stages).
DOSE_DEFAULTS: Mapping[str, object] = {
    "tendon_sessions": 0,
    "dose_sessions": None,
    "sessions_over_dose": 0,
    "sets_over_dose": 0,
    "reps_under_dose": 0,
    "dose_sessions_text": "",
    "dose_sets_text": "",
    "dose_reps_text": "",
    "rest_under_dose": 0.0,
    "dose_rest_text": "",
}


#: Over-dosed entries a dose message names before "and N more".
_DOSE_NAMED = 3
#: Where an entry is, as the caller gives it (``stage_dose`` hands it back for the entry a fact names).
P = TypeVar("P")


def stage_dose(
    items: Iterable[tuple[str, Entry, Dose, float, P]], tendon_sessions: int, stage: int | None
) -> tuple[dict[str, object], dict[str, P]]:
    """A week's tendon loading against its stage's dose: ``items`` are ``(session label, entry,
    dose, session hours, place)`` for each tendon-loading entry the stage prescribes (not one it
    excludes, HR010); the hours (:func:`session_hours`, ``inf`` when unknown) put the sessions a
    message names in the order they happened. With the facts, the place of the entry each text
    fact names first (``dose_sets_text``: the largest excess; ``dose_reps_text``: the largest
    shortfall, its first session): where a finding quoting it points.

    Three comparisons, the largest excess of each: sessions that load the tendon against the
    highest prescribed frequency; an exercise's sets in one session against its prescribed
    sets (every entry over it named, the largest first); the fewest reps of its sets against
    the low end of its prescribed reps (fewer reps means heavier than the stage's dose, e.g.
    5-rep sets where stage 2 asks for about 15RM)."""
    facts = dict(DOSE_DEFAULTS)
    facts["tendon_sessions"] = tendon_sessions
    places: dict[str, P] = {}
    top: Dose | None = None
    over: list[tuple[int, float, str, str, int, int, str, P]] = []
    # (shortfall, name, reps, prescribed reps, rules) -> the sessions with such sets, in order
    short_of: dict[tuple[int, str, int, str, str], list[str]] = {}
    first_short: dict[tuple[int, str, int, str, str], P] = {}  # each key's first entry's place
    at = f"stage {stage}" if stage is not None else "the stage"
    # in time order (then a canonical one), so sessions are named in the order they happened and
    # ties name the same session however the week's sessions are listed
    ordered = sorted(items, key=lambda t: (t[3], t[0], t[1].exercise, t[1].sets, t[1].reps_low, t[2].rules))
    for where, entry, dose, hours, place in ordered:
        if top is None or dose.frequency > top.frequency:
            top = dose
        extra = entry.sets - dose.sets
        if extra > 0:
            over.append((-extra, hours, where, entry.exercise, entry.sets, dose.sets, dose.rules, place))
        if dose.reps_low is not None and entry.reps_low < dose.reps_low:
            key = (dose.reps_low - entry.reps_low, entry.exercise, entry.reps_low, dose.reps, dose.rules)
            first_short.setdefault(key, place)
            sessions = short_of.setdefault(key, [])
            if where not in sessions:
                sessions.append(where)
    if top is not None:
        apart = f", {top.rest_hours} h apart" if top.rest_hours else ""
        facts.update(
            dose_sessions=top.frequency,
            sessions_over_dose=max(0, tendon_sessions - top.frequency),
            dose_sessions_text=f"{at} prescribes at most {top.frequency} a week{apart} ({top.rules})",
        )
    if over:  # every over-dosed entry is named (the largest excess first), not only the worst
        over.sort(key=lambda o: o[:7])  # (not by place: an opaque value)
        shown = [
            f"{name} {'has ' if k == 0 else ''}{sets}{' hard sets' if k == 0 else ''} in {where}"
            for k, (_, _, where, name, sets, _, _, _) in enumerate(over[:_DOSE_NAMED])
        ]
        if len(over) > _DOSE_NAMED:
            shown.append(f"and {len(over) - _DOSE_NAMED} more")
        prescriptions = sorted({(o[5], o[6]) for o in over})
        said = "; ".join(f"{at} prescribes {d_sets} ({rules})" for d_sets, rules in prescriptions)
        facts.update(sets_over_dose=-over[0][0], dose_sets_text=f"{', '.join(shown)}; {said}")
        places["dose_sets_text"] = over[0][7]
    if short_of:  # every short exercise and every session it was short in, the largest shortfall first
        ranked = sorted(short_of.items(), key=lambda kv: (-kv[0][0], kv[0][1:]))
        named = [f"{name} has sets of {reps} reps in {_and(days)}" for (_, name, reps, _, _), days in ranked]
        if len(named) > _DOSE_NAMED:
            named[_DOSE_NAMED:] = [f"and {len(named) - _DOSE_NAMED} more"]
        prescribed = sorted({(dose_reps, rules) for (_, _, _, dose_reps, rules) in short_of})
        said = "; ".join(f"{at} prescribes {dose_reps} ({rules})" for dose_reps, rules in prescribed)
        facts.update(reps_under_dose=ranked[0][0][0], dose_reps_text=f"{', '.join(named)}; {said}")
        places["dose_reps_text"] = first_short[ranked[0][0]]
    return facts, places


class Rested(NamedTuple):
    """One session of an exercise whose stage prescribes rest between its sessions, for
    :func:`dose_rest`: the exercise (its key and name), when (:func:`session_hours`), the
    session's label, the prescription's rest and the rules that set it, and the entry's place."""

    key: str
    name: str
    hours: float
    where: str
    rest_hours: int
    rules: str
    place: object


def dose_rest(
    items: Sequence[Rested], previous: Mapping[str, Rested], timeline: bool, stage: int | None
) -> tuple[dict[str, object], dict[str, object], dict[str, Rested]]:
    """Each exercise's sessions against the rest its stage prescribes between them (the
    glider every third day, 72 h: Askling 2013's L-protocol; heavy slow resistance 48 h): the
    largest shortfall's facts (``rest_under_dose`` hours, ``dose_rest_text``), the place of the
    entry the text names first, and the last session of each exercise to carry into a log's next
    week (``previous``: the week before's). A program's week repeats: its last session of an
    exercise is followed by its first a week later. Sessions on different days are apart by
    whole calendar days, on the same day by the clock (as :func:`gaps`); two entries of an
    exercise in one session are one session."""
    facts: dict[str, object] = {}
    places: dict[str, object] = {}
    carried = dict(previous)
    by_key: dict[str, list[Rested]] = {}
    for item in sorted(items, key=lambda r: (r.hours, r.where, r.key)):
        sessions = by_key.setdefault(item.key, [])
        if not sessions or (sessions[-1].hours, sessions[-1].where) != (item.hours, item.where):
            sessions.append(item)
    short: list[tuple[float, str, float, Rested, Rested]] = []
    for key in sorted(by_key):
        sessions = by_key[key]
        pairs: list[tuple[Rested, Rested, float]] = []  # (earlier, later, the later's hours)
        before = previous.get(key) if timeline else None
        if before is not None:
            pairs.append((before, sessions[0], sessions[0].hours))
        pairs += [(a, b, b.hours) for a, b in itertools.pairwise(sessions)]
        if not timeline and len(sessions) > 1:
            first, last = sessions[0], sessions[-1]
            pairs.append((last, first, first.hours + 168.0))
        for a, b, later in pairs:
            rest = max(a.rest_hours, b.rest_hours)
            apart = _days_apart(later, a.hours)
            if apart < rest:  # the message gives the clock's hours (review29 V14)
                short.append((rest - apart, key, _clock_apart(later, a.hours), a, b))
        if timeline:
            carried[key] = sessions[-1]
    if short:
        short.sort(key=lambda s: (-s[0], s[1], s[3].hours))
        at = f"stage {stage}" if stage is not None else "the stage"
        named = []
        for _, _, apart, a, b in short[:_DOSE_NAMED]:
            back = f"next week's {b.where}" if b.hours < a.hours else b.where
            named.append(
                f"{a.name} in {a.where} and {back}, {round(apart, 2):g} h apart "
                f"({at} prescribes {max(a.rest_hours, b.rest_hours)} h: {b.rules})"
            )
        if len(short) > _DOSE_NAMED:
            named.append(f"and {len(short) - _DOSE_NAMED} more")
        facts.update(rest_under_dose=round(short[0][0], 2), dose_rest_text="; ".join(named))
        _, _, _, a, b = short[0]
        # the session that came back too soon; for a program's wrap (its last session, then its
        # first a week later) the last: the one of this week (in a program of several weeks, the
        # first session that follows is the next week's, not this week's own)
        places["dose_rest_text"] = a.place if b.hours < a.hours else b.place
    return facts, places, carried


def _and(items: Sequence[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


# -- the facts rules read, declared with their computation --------------------------------------

S = TypeVar("S")


@attrs.frozen
class FactTable(Generic[S]):
    """Facts of one scope: name -> (type, how to compute it from ``S``); in declaration order."""

    computed: dict[str, tuple[FactType, Callable[[S], object]]] = attrs.field(factory=dict)
    template: dict[str, tuple[FactType, Callable[[S], object]]] = attrs.field(factory=dict)

    def add(
        self, name: str, kind: Kind, doc: str, compute: Callable[[S], object], *, template: bool = False
    ) -> None:
        """Declare one fact: its name, type, doc and computation; ``template``: a value only
        message templates may use (conditions cannot read it)."""
        (self.template if template else self.computed)[name] = (FactType(kind, doc=doc), compute)

    def types(self) -> dict[str, FactType]:
        """The facts conditions may read."""
        return {name: ftype for name, (ftype, _) in self.computed.items()}

    def template_types(self) -> dict[str, FactType]:
        """The values only message templates may use."""
        return {name: ftype for name, (ftype, _) in self.template.items()}

    def facts(self, subject: S) -> dict[str, object]:
        """Every fact and template value of ``subject``."""
        tables = (self.computed, self.template)
        return {name: fn(subject) for table in tables for name, (_, fn) in table.items()}


class WeekTotals(NamedTuple):
    """What the week facts are computed from."""

    tally: Tally
    sessions: int
    heavy_sessions: tuple[tuple[float | None, str], ...]
    gaps: Gaps
    complete: bool
    in_progress: bool = False
    """A log's week not over yet as of the check date (the "so far" rules read it)."""
    session_tallies: tuple[Tally, ...] = ()
    hinge_sessions: tuple[tuple[float | None, str], ...] = ()
    """Sessions with a heavy straight-knee hinge or a Nordic (HR006)."""
    hinge_gaps: Gaps = _NO_GAPS
    tendon_gaps: Gaps = _NO_GAPS
    """Gaps between sessions that load the tendon (holds exempt; HR017)."""
    tendon_sessions: tuple[tuple[float | None, str], ...] = ()
    """Sessions that load the tendon, with their hours (``None``: no day or date)."""
    nordic_free_weeks: float = 0.0
    """Weeks in a row without a Nordic, this one included (a program's weeks repeat)."""
    trends: Mapping[str, object] = _NOTHING
    """A log week against the weeks before it (``_trends.Trends.week``)."""
    dose: Mapping[str, object] = _NOTHING
    """The week's tendon loading against its rehab stage's dose (:func:`stage_dose`)."""
    as_of: str = ""
    easy: Tally = NO_TALLY
    """The week's easy sets of resolved exercises (below RPE 6): done, lightly, but no hard
    sets (not in :attr:`tally`, the volume); what a week has (a hinge, tendon loading) counts them."""
    session_easy: tuple[Tally, ...] = ()
    """Each session's easy sets, as :attr:`session_tallies` has its hard sets."""
    warm_up_sets: float = 0.0
    """The week's warm-up sets of resolved exercises: preparation, neither volume nor work had."""
    deload: bool = False
    """A program week its name or label calls a deload (:func:`deload_words`); a log's week whose
    workouts all are."""
    current: bool = False
    """The week a call's reports (pain, pain_24h) speak of: a log's latest week, a program's first
    (a program is one plan: said once, not every week)."""


class SessionTotals(NamedTuple):
    """What the session facts are computed from."""

    tally: Tally
    exercises: int
    high_spinal_load_hinges: tuple[str, ...]
    high_spinal_load_lifts: tuple[str, ...] = ()
    """Every exercise with high spinal load, squats included (HR014)."""


def _easy_sets_text(w: WeekTotals) -> str:
    """`` (4 warm-up and 6 easy sets not counted as hard sets)``, or nothing."""
    parts = [f"{n:g} {what}" for n, what in ((w.warm_up_sets, "warm-up"), (w.easy.lower_body, "easy")) if n]
    if not parts:
        return ""
    plural = "set" if len(parts) == 1 and (w.warm_up_sets + w.easy.lower_body) == 1 else "sets"
    return f" ({' and '.join(parts)} {plural} not counted as hard sets)"


def _sessions_with(w: WeekTotals, trait: str) -> int:
    """Sessions whose hard, warm-up or easy sets have ``trait`` (a :class:`Tally` flag)."""
    if not w.session_easy:  # no easy sets this week (most weeks)
        return sum(1 for t in w.session_tallies if getattr(t, trait))
    pairs = zip(w.session_tallies, w.session_easy, strict=True)
    return sum(1 for t, e in pairs if getattr(t, trait) or getattr(e, trait))


def _per_hinge(w: WeekTotals, action: str) -> float:
    hinge = w.tally.actions["straight_knee_hip_extension"]
    n = w.tally.actions[action]
    if hinge > 0:
        return n / hinge
    return math.inf if n > 0 else 0.0


_N, _B, _T = Kind.NUMBER, Kind.BOOL, Kind.STR
# fmt: off
#: The week facts: name, type, doc, computation (one line each; add a week fact here).
WEEK: FactTable[WeekTotals] = FactTable()
WEEK.add("complete_week", _B, "a program's week, or a log's ISO week that is whole: over (a later "
         "workout, or its Sunday before the as-of date) and, for the log's first week, entered by "
         "Wednesday", lambda w: w.complete)
WEEK.add("in_progress", _B, "a log's last ISO week not over yet as of the check date",
         lambda w: w.in_progress)
WEEK.add("deload_week", _B, "a program week its name or label calls a planned deload ('Deload', 'Week 4 - "
         "recovery week', 'Entlastungswoche'; a heuristic word list)", lambda w: w.deload)
WEEK.add("sessions", _N, "sessions in the week", lambda w: w.sessions)
WEEK.add("hinge_sets", _N, "hard sets of straight-knee hip extension",
         lambda w: w.tally.actions["straight_knee_hip_extension"])
WEEK.add("knee_flexion_sets", _N, "hard sets of knee flexion (curls)",
         lambda w: w.tally.actions["knee_flexion"])
WEEK.add("knee_dominant_sets", _N, "hard sets of knee-dominant work (squats, lunges, presses)",
         lambda w: w.tally.actions["knee_dominant"])
WEEK.add("bent_knee_hip_extension_sets", _N, "hard sets of bent-knee hip extension",
         lambda w: w.tally.actions["bent_knee_hip_extension"])
WEEK.add("hamstring_sets", _N, "weighted hamstring sets: direct 1, bent-knee hip extension 0.5",
         lambda w: w.tally.hamstring)
WEEK.add("proximal_sets", _N, "hard sets biased to the upper hamstring",
         lambda w: w.tally.regions["proximal"])
WEEK.add("distal_sets", _N, "hard sets biased to the lower hamstring", lambda w: w.tally.regions["distal"])
WEEK.add("whole_sets", _N, "hard sets training the whole hamstring", lambda w: w.tally.regions["whole"])
WEEK.add("out_of_scope_sets", _N, "sets of exercises outside the lower body",
         lambda w: w.tally.actions["out_of_scope"])
WEEK.add("lower_body_sets", _N, "hard sets of every resolved exercise", lambda w: w.tally.lower_body)
WEEK.add("easy_lower_body_sets", _N, "easy sets (below RPE 6, more than 4 RIR: logs.EASY_RPE) of resolved "
         "exercises: done lightly, not hard sets (not in lower_body_sets)", lambda w: w.easy.lower_body)
WEEK.add("easy_hamstring_sets", _N, "those easy sets weighted as hamstring_sets are: direct 1, bent-knee "
         "hip extension 0.5", lambda w: w.easy.hamstring)
WEEK.add("warm_up_sets", _N, "warm-up sets of resolved exercises (a log's warm-up rows; a program's entries "
         "called a warm-up): preparation, in neither the volume nor what the week has",
         lambda w: w.warm_up_sets)
WEEK.add("easy_sets_text", _T, "'' or ' (4 warm-up and 6 easy sets not counted as hard sets)'",
         _easy_sets_text, template=True)
WEEK.add("unknown_exercises", _N, "sets of exercises the catalog does not know",
         lambda w: w.tally.actions["unknown"])
WEEK.add("heavy_hamstring_sessions", _N, "sessions with a heavy set that trains the hamstrings",
         lambda w: len(w.heavy_sessions))
WEEK.add("min_gap_hours", _N, "shortest gap between heavy hamstring sessions", lambda w: w.gaps.shortest)
WEEK.add("undated_heavy_sessions", _N, "heavy hamstring sessions with no day or time",
         lambda w: sum(1 for hours, _ in w.heavy_sessions if hours is None))
WEEK.add("has_hinge", _B, "any straight-knee hip extension (warm-up and easy sets too)",
         lambda w: w.tally.has_hinge or w.easy.has_hinge)
WEEK.add("has_heavy_hinge", _B, "a heavy, non-ballistic compound straight-knee hip extension",
         lambda w: w.tally.has_heavy_hinge)
WEEK.add("has_eccentric_knee_flexion", _B, "an eccentric-only knee flexion (the Nordic curl; warm-up and "
         "easy sets too)", lambda w: w.tally.has_eccentric_knee_flexion or w.easy.has_eccentric_knee_flexion)
WEEK.add("has_unilateral", _B, "any one-leg exercise (warm-up and easy sets too)",
         lambda w: w.tally.has_unilateral or w.easy.has_unilateral)
WEEK.add("min_hinge_reps", _N, "lowest rep target of a heavy compound hinge",
         lambda w: w.tally.min_hinge_reps)
WEEK.add("max_hip_extension_isolation_reps", _N, "highest rep target of a hip-extension isolation",
         lambda w: w.tally.max_hip_extension_isolation_reps)
WEEK.add("knee_flexion_to_hinge", _N, "knee-flexion sets per hinge set; infinite when there is no hinge",
         lambda w: _per_hinge(w, "knee_flexion"))
WEEK.add("knee_dominant_to_hinge", _N, "knee-dominant sets per hinge set; infinite when there is no hinge",
         lambda w: _per_hinge(w, "knee_dominant"))
WEEK.add("min_gap_sessions", _T, "the two sessions the shortest gap is between", lambda w: w.gaps.between,
         template=True)
WEEK.add("has_long_hinge", _B, "a long-length, non-ballistic straight-knee hinge (RDL, good morning...; "
         "warm-up and easy sets too: the hinge is there, HR012 judges how much)",
         lambda w: w.tally.has_long_hinge or w.easy.has_long_hinge)
WEEK.add("hard_hamstring_sessions", _N, "sessions with at least 2 hard hamstring sets, at any reps",
         lambda w: sum(1 for t in w.session_tallies if t.hamstring >= 2))
WEEK.add("heavy_hinge_sessions", _N, "sessions with a heavy straight-knee hinge or a Nordic",
         lambda w: len(w.hinge_sessions))
WEEK.add("min_hinge_gap_hours", _N, "shortest gap between sessions with a heavy hinge or a Nordic, as "
         "judged: whole calendar days, or the clock's hours plus 12 when less",
         lambda w: w.hinge_gaps.shortest)
WEEK.add("hinge_gap_clock_hours", _N, "the shortest hinge/Nordic gap by the clock (whole days without times)",
         lambda w: w.hinge_gaps.shown, template=True)
WEEK.add("undated_hinge_sessions", _N, "sessions with a heavy hinge or a Nordic and no day or time",
         lambda w: sum(1 for hours, _ in w.hinge_sessions if hours is None))
WEEK.add("tendon_loading_sessions", _N, "sessions that load the tendon (holds exempt; light loading too)",
         lambda w: len(w.tendon_sessions))
WEEK.add("undated_tendon_sessions", _N, "sessions that load the tendon and have no day or time",
         lambda w: sum(1 for hours, _ in w.tendon_sessions if hours is None))
WEEK.add("min_tendon_gap_hours", _N, "shortest gap between sessions that load the tendon (holds exempt)",
         lambda w: w.tendon_gaps.shortest)
WEEK.add("stretch_sets", _N, "sets of static stretching", lambda w: w.tally.stretch_sets)
WEEK.add("has_tendon_loading", _B, "any non-isometric hip extension, knee flexion, run or bound (warm-up and "
         "easy sets too: light loading is loading)",
         lambda w: w.tally.tendon_loading or w.easy.tendon_loading)
WEEK.add("running_sessions", _N, "sessions with a run or sprint (not only a drill: A-skips, B-skips)",
         lambda w: _sessions_with(w, "running"))
WEEK.add("sprint_sessions", _N, "sessions with near-maximal running (sprints, strides; not drills or jogs)",
         lambda w: _sessions_with(w, "sprinting"))
WEEK.add("nordic_free_weeks", _N, "weeks in a row without a Nordic, this one included (programs repeat)",
         lambda w: w.nordic_free_weeks)
WEEK.add("hinge_gap_sessions", _T, "the two sessions the shortest hinge/Nordic gap is between",
         lambda w: w.hinge_gaps.between, template=True)
WEEK.add("tendon_gap_sessions", _T, "the two sessions the shortest tendon-loading gap is between",
         lambda w: w.tendon_gaps.between, template=True)
WEEK.add("hinge_short_gaps", _T, "each hinge/Nordic gap under 48 h or as short as the shortest, with "
         "its hours: 'A and B (24 h); B and C (24 h)'", lambda w: w.hinge_gaps.short, template=True)
WEEK.add("tendon_short_gaps", _T, "each tendon-loading gap under 48 h or as short as the shortest, "
         "with its hours: 'A and B (24 h); B and C (24 h)'", lambda w: w.tendon_gaps.short, template=True)
WEEK.add("nordic_free_text", _T, "'3 weeks', or 'any week of the program'",
         lambda w: "any week of the program" if math.isinf(w.nordic_free_weeks)
         else f"{w.nordic_free_weeks:g} weeks",
         template=True)
WEEK.add("current_week", _B, "the week the call's reports (pain, pain_24h) speak of: a log's latest week, a "
         "program's first (said once, not every week)", lambda w: w.current)
WEEK.add("as_of", _T, "the date a log is judged as of (check(as_of=))", lambda w: w.as_of, template=True)
# A log week against the weeks before it (_trends.py computes them; programs get the defaults).
def _trend(name: str) -> Callable[[WeekTotals], object]:
    return lambda w: w.trends.get(name, EMPTY_FACTS[name])


for _name, _kind, _doc, _template in TREND_FACTS:
    WEEK.add(_name, _kind, _doc, _trend(_name), template=_template)

# The week's tendon loading against its rehab stage's dose (stage_dose; HR034-HR036).
def _dose(name: str) -> Callable[[WeekTotals], object]:
    return lambda w: w.dose.get(name, DOSE_DEFAULTS[name])


for _name, _kind, _doc, _template in (
    ("tendon_sessions", _N, "sessions that load the tendon (non-isometric hip extension or knee flexion, "
     "runs, bounds)", False),
    ("dose_sessions", _N, "rehab: the most tendon-loading sessions a week the stage prescribes", False),
    ("sessions_over_dose", _N, "rehab: tendon-loading sessions over the stage's prescribed frequency", False),
    ("sets_over_dose", _N, "rehab: most hard sets of an exercise in a session over the stage's prescribed "
     "sets", False),
    ("reps_under_dose", _N, "rehab: most reps a set fell below the low end of the stage's prescribed reps "
     "(heavier than the stage's dose)", False),
    ("rest_under_dose", _N, "rehab: most hours an exercise came back sooner than the rest its stage "
     "prescribes between its sessions", False),
    ("dose_rest_text", _T, "each exercise back too soon: its sessions, their gap and the stage's prescribed "
     "rest", True),
    ("dose_sessions_text", _T, "'stage 2 prescribes at most 3 a week, 48 h apart (RP002)'", True),
    ("dose_sets_text", _T, "the exercise, its sets and the session, and the stage's prescribed sets", True),
    ("dose_reps_text", _T, "the exercise, its fewest reps and the session, and the stage's prescribed reps",
     True),
):
    WEEK.add(_name, _kind, _doc, _dose(_name), template=_template)

def _names_in_order(names: Sequence[str]) -> str:
    """Exercise names comma-separated in a fixed order (case-blind, then as written): a set of lifts
    reads the same in every session, whichever came first."""
    return ", ".join(sorted(names, key=lambda n: (n.casefold(), n)))


#: The session facts (add a session fact here).
SESSION: FactTable[SessionTotals] = FactTable()
SESSION.add("exercises", _N, "exercises in the session", lambda s: s.exercises)
SESSION.add("hamstring_sets", _N, "weighted hamstring sets in the session", lambda s: s.tally.hamstring)
SESSION.add("high_spinal_load_hinges", _N, "hip-extension exercises with high spinal load",
            lambda s: len(s.high_spinal_load_hinges))
SESSION.add("names", _T, "the high-spinal-load hip-extension exercises, comma-separated, in name order (the "
            "same lifts in another order are the same finding: a log's sessions group by it)",
            lambda s: _names_in_order(s.high_spinal_load_hinges), template=True)
SESSION.add("high_spinal_load_lifts", _N, "exercises with high spinal load, squats included",
            lambda s: len(s.high_spinal_load_lifts))
SESSION.add("spinal_names", _T, "the high-spinal-load exercises, comma-separated, in name order",
            lambda s: _names_in_order(s.high_spinal_load_lifts), template=True)
# fmt: on
