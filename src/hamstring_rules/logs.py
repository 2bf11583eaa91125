"""Workout logs: read the CSV exports of Strong, Hevy and FitNotes, and check what was trained.

:func:`load_log` detects the app from the header (Strong's three header variants, Hevy in kg or
lb, FitNotes; any other CSV log by the roles its columns name), streams the rows with the ``csv``
module (comma or semicolon, quoted or not), normalises weights to kg, leaves warm-up sets out of
the hard sets, skips rest-timer and note rows, keeps body-weight sets, and groups the sets into
dated workouts. A bad row is reported with its line number and the rest is kept; so are a unit
that is not kg or lb (the set kept without its weight), fractional reps (read as whole reps) and
RPE outside 0-10 (dropped).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cached_property, partial
from itertools import accumulate, chain, compress, groupby, islice, pairwise, repeat
from math import isclose
from operator import eq, itemgetter, mul, ne
from pathlib import Path
from typing import IO, Any, NamedTuple, Protocol, SupportsIndex, cast, overload

import attrs

from ._files import MAX_ROLE_CELL, excel_separator
from ._log_words import (
    DROP,
    FAILURE,
    LETTER_WORDS,
    NORMAL,
    UNKNOWN,
    WARMUP,
    letter,
    letters_read,
    reps_note,
    set_kind,
    warm_flag_kind,
    yes_no,
)
from ._program_words import _PER_SIDE_RE, WEEKDAY_WORDS, plain_letters
from ._reps_words import DASH, LAST_TO_FAILURE, listed_reps
from .emitters import OneLineRepr
from .errors import HamstringRulesError, InputLimitError, LogFormatError, counted, label, shown
from .program import (
    MAX_LOG_BYTES,
    MAX_LOG_WEEKS,
    MAX_YEAR,
    MIN_YEAR,
    Entry,
    Limits,
    Program,
    Session,
    Week,
    trusted,
)

__all__ = [
    "LOG_FORMATS",
    "ExerciseWeek",
    "LogIssue",
    "LoggedExercise",
    "Workout",
    "WorkoutLog",
    "e1rm",
    "load_log",
]

#: Bad rows kept as issues before the rest are only counted.
MAX_ISSUES = 200
LB_TO_KG = 0.45359237


@attrs.frozen
class _Format:
    name: str
    description: str
    required: tuple[str, ...]
    """Header columns that identify the format (all must be present)."""
    forbidden: tuple[str, ...] = ()
    date: str = ""
    date_formats: tuple[str, ...] = ()
    date_only: bool = False
    workout: tuple[str, ...] = ()
    exercise: str = ""
    reps: str = ""
    weight: str = ""
    unit: str | None = None
    """``kg``/``lb`` fixed by the header, or ``None`` when a column (or nothing) says."""
    unit_column: str | None = None
    set_type: str | None = None
    rpe: str | None = None
    seconds: str | None = None
    distance: str | None = None
    """A set's distance (a sprint, a sled push): a row with a distance is a set without reps."""
    title: str | None = None
    """The workout's name; ``None``: every workout is "Workout"."""
    sets: str | None = None
    """A column of how many sets a row stands for (a hand-kept log: ``3`` sets of 8)."""
    warm_flag: bool = False
    """``set_type`` is a yes/no warm-up flag (``isWarmup``), not a set type."""
    wide_reps: tuple[str, ...] = ()
    """Columns each holding one set's reps (``Set 1`` ... ``Set 5``): read as one reps cell
    listing the sets (``reps`` names it; see ``_Reader.join_sets``)."""
    per_set: tuple[tuple[str | None, str | None, str | None], ...] = ()
    """Columns per set (``Set 1 Reps``, ``Set 1 Weight``, ``Set 1 RPE``; ``None``: none for that
    set): each row is read as a row per set with reps, its weight and its effort."""
    sets_or_order: bool = False
    """``set_type`` is named as either a set's number or a row's sets (``Serie``, ``Set``): it is
    read as sets when every exercise of a workout has one row (see ``_Reader.sets_by_row``)."""
    rir: bool = False
    """``rpe`` holds reps in reserve: RPE is 10 - RIR (Zourdos 2016, JSCR 30:267)."""
    clock: str | None = None
    """A column of the time of day beside a date column without one (generic logs: ``Date,
    Time``), read with the date when its cells are times of day (see ``_Reader.clock_column``)."""
    side: str | None = None
    """A hand-kept log's side column (``Side``: ``L``/``R``) of a one-leg exercise logged a side a
    row: read into the exercise's name (``RDL (L)``), whose sides :func:`_paired_sides` pairs."""
    by_day: bool = False
    """Workouts of the same name minutes apart are one session (a log stamping each set's time:
    see :func:`_by_session`)."""
    columns: str = ""
    """A generic log's columns and what each is read as (an input notice on line 1)."""
    done: str | None = None
    """A yes/no column saying whether the set was done (``Completed``, a checkbox): a set marked
    not done is a planned set, skipped."""
    groups: tuple[tuple[int | None, ...], ...] = ()
    """A log of one row a workout whose exercises are numbered groups of columns (StrongLifts:
    ``Exercise 1``, ``Weight 1 (kg)``, ``Set 1.1`` ... ``Exercise 2`` ...: see :func:`_column_groups`):
    each group's columns, in the order of :attr:`group_header`'s own (``None``: the group has none);
    each row is read as a row a group, the row's other columns (:attr:`shared`) first."""
    shared: tuple[int, ...] = ()
    group_header: tuple[str, ...] = ()
    """The header a group's row is read in: the shared columns', then the groups' without their
    number (``Exercise``, ``Weight (kg)``, ``Set 1``)."""
    set_lists: bool = False
    """``wide_reps`` is one column whose cells list each set's weight x reps (JEFIT's ``logs``,
    ``100x8,100x8,105x6``: see :func:`_set_list_column`), read as a column per set is."""
    pain: str | None = None
    """A column of the pain felt during the set or session, 0-10 (a rehab log's ``Pain``,
    ``VAS``, ``NRS``): each workout's worst is :attr:`Workout.pain`."""


_HEVY_KG = _Format(
    "hevy_kg", "Hevy (kg account)",
    ("title", "start_time", "exercise_title", "set_type", "weight_kg", "reps"),
    date="start_time", date_formats=("%d %b %Y, %H:%M", "%d %B %Y, %H:%M", "%Y-%m-%d %H:%M:%S"),
    workout=("title", "start_time"), exercise="exercise_title", reps="reps", weight="weight_kg",
    unit="kg", set_type="set_type", rpe="rpe", seconds="duration_seconds", title="title",
    distance="distance_km|distance_miles|distance_meters",
)  # fmt: skip
# What Strong's three header variants share.
_STRONG: dict[str, Any] = {
    "date": "Date",
    "date_formats": ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"),
    "workout": ("Date", "Workout Name"),
    "exercise": "Exercise Name",
    "reps": "Reps",
    "set_type": "Set Order",
    "rpe": "RPE",
    "seconds": "Seconds",
    "distance": "Distance (meters)|Distance (m)|Distance (km)|Distance (miles)|Distance (feet)|Distance",
    "title": "Workout Name",
}

LOG_FORMATS: tuple[_Format, ...] = (
    _HEVY_KG,
    attrs.evolve(_HEVY_KG, name="hevy_lb", description="Hevy (lb account)", weight="weight_lbs", unit="lb",
                 required=("title", "start_time", "exercise_title", "set_type", "weight_lbs", "reps")),
    _Format("strong_6", "Strong 6 (unit in the header)",
            ("Workout #", "Date", "Workout Name", "Exercise Name", "Set Order", "Reps"),
            weight="Weight (kg)|Weight (lbs)", **_STRONG),
    _Format("strong_units", "Strong (semicolon, with Weight Unit column)",
            ("Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Weight Unit", "Reps"),
            forbidden=("Workout #",), weight="Weight", unit_column="Weight Unit", **_STRONG),
    _Format("strong", "Strong (older, comma, no unit column)",
            ("Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps"),
            forbidden=("Weight Unit", "Workout #"), weight="Weight", **_STRONG),
    _Format("fitnotes", "FitNotes",
            ("Date", "Exercise", "Category", "Reps"),
            date="Date", date_formats=("%Y-%m-%d",), date_only=True, workout=("Date",),
            exercise="Exercise", reps="Reps", weight="Weight (kgs)|Weight (lbs)", seconds="Time",
            distance="Distance"),
)  # fmt: skip


@attrs.frozen(repr=False)
class LogIssue(OneLineRepr):
    """A row that could not be read: its line number and why (the rest of the file is kept)."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class _WeakSlot(OneLineRepr):
    """The weak-reference slot of :class:`LoggedExercise`, in a base: a class adding it itself
    puts it after its own slots, and CPython then refuses to give an object of the same slots
    that class (``__class__`` assignment: "layout differs"), which :func:`_logged_exercise` does."""

    __slots__ = ("__weakref__",)


@attrs.frozen(repr=False)
class LoggedExercise(_WeakSlot):
    """One exercise in one workout: its hard sets and what was done, aggregated while reading.

    The per-set tuples are kept only when the log is read with ``load_log(..., keep_sets=True)``;
    the aggregates are always there. ``reps`` and ``weights_kg`` hold one item per hard set, in
    the order read (``None``: a set without a weight); ``rpe`` holds only the RPE values given,
    in order, so it is shorter than ``reps`` when some sets have none and cannot be matched to
    a set unless its length is ``hard_sets``; ``seconds`` likewise holds only the non-zero
    durations given. Weights are kilograms (normalised on reading, unrounded);
    ``WorkoutLog.unit`` is the unit to show them in.
    """

    name: str
    hard_sets: int
    warmup_sets: int
    reps: tuple[int, ...] = ()
    weights_kg: tuple[float | None, ...] = ()
    rpe: tuple[float, ...] = ()
    seconds: tuple[int, ...] = ()
    reps_low: int = 0
    """Fewest reps of a hard set with reps (0 when none has reps: holds, timed sets)."""
    reps_high: int = 0
    max_rpe: float | None = None
    max_seconds: int = 0
    top_kg: float | None = None
    """Heaviest hard set."""
    best_e1rm_kg: float | None = None
    """Best estimated one-repetition maximum of a hard set (see :func:`e1rm`), never below the
    heaviest set lifted (a 35 kg x 12 set beside a 25 kg x 10 drop set: 35, not 33.3)."""
    tonnage_kg: float = 0.0
    """Load lifted over the hard sets: the sum of weight x reps (body-weight sets count 0)."""
    failure_sets: int = 0
    """Hard sets the app marks as taken to failure (Hevy's ``failure`` set type, Strong's ``F``
    set order); they count as RIR 0 in a check (HR018)."""
    easy_sets: int = 0
    """Sets logged at an RPE below :data:`EASY_RPE` (more than 4 reps in reserve): done, and in
    the loads, but not hard sets (``hard_sets`` does not count them)."""
    line: int = 0
    """The file line of its first row (0: not read from a file): where a finding about it points."""
    zero_weight_sets: int = 0
    """Sets (not warm-ups) logged with a weight of 0 (``0``, ``0.0``, ``0 kg``): a value, not a
    blank. A plain lift's 0 is a set without external load, read as a body-weight set is (no top
    set, e1RM or tonnage); an assisted lift's 0 (``Assisted Nordic Curl``) is no assistance, the
    whole body lowered."""
    body_weight_sets: int = 0
    """Sets (not warm-ups) whose weight cell marks body weight (``BW``, ``BW+5``, ``bodyweight +
    10 kg``, ``BW-15``, ``assisted 15``, ``-15``, a list ``BW/BW+5``): their weights are load
    added to the body (``BW+5``: 5 kg added), not
    the whole load, and a rise of them is judged in kilograms (HR033-bodyweight)."""
    assistance_kg: float | None = None
    """The most assistance a set's body-weight mark gives (``BW-15``: 15 kg taken off the body,
    a band's or a machine's help), 0 for a mark of none (``BW``, ``BW+5``); ``None`` when no
    set is so marked. More help is less load: HR033 judges a drop of it (HR033-assisted)."""


class _Unfrozen(_WeakSlot):
    """:class:`LoggedExercise`'s slots, writable: the reader builds each exercise as one, then
    makes it a :class:`LoggedExercise` (:func:`_logged_exercise`). A frozen attrs class's
    ``__init__`` writes each field through ``object.__setattr__`` (about 950 instructions a
    field, cachegrind); a plain slot write is about 150: 19,300 -> 4,000 instructions an
    exercise, 29 M of the 481 M reading the 15k-row benchmark export took. The fields are
    :class:`LoggedExercise`'s, in its order (a test holds them equal)."""

    __slots__ = LoggedExercise.__slots__

    def __init__(
        self, name: str, hard_sets: int, warmup_sets: int, reps: tuple[int, ...],
        weights_kg: tuple[float | None, ...], rpe: tuple[float, ...], seconds: tuple[int, ...],
        reps_low: int, reps_high: int, max_rpe: float | None, max_seconds: int, top_kg: float | None,
        best_e1rm_kg: float | None, tonnage_kg: float, failure_sets: int, easy_sets: int, line: int,
        zero_weight_sets: int, body_weight_sets: int, assistance_kg: float | None,
    ) -> None:  # fmt: skip
        self.name, self.hard_sets, self.warmup_sets, self.reps = name, hard_sets, warmup_sets, reps
        self.weights_kg, self.rpe, self.seconds, self.reps_low = weights_kg, rpe, seconds, reps_low
        self.reps_high, self.max_rpe, self.max_seconds, self.top_kg = reps_high, max_rpe, max_seconds, top_kg
        self.best_e1rm_kg, self.tonnage_kg, self.failure_sets = best_e1rm_kg, tonnage_kg, failure_sets
        self.easy_sets, self.line, self.zero_weight_sets = easy_sets, line, zero_weight_sets
        self.body_weight_sets, self.assistance_kg = body_weight_sets, assistance_kg


def _logged_exercise(*fields: Any) -> LoggedExercise:
    """``LoggedExercise(*fields)``, built as :class:`_Unfrozen` and made a :class:`LoggedExercise`
    (the same slots: ``__class__`` may be assigned): equal to it, frozen, hashed and shown alike."""
    built = _Unfrozen(*fields)
    built.__class__ = LoggedExercise  # type: ignore[assignment]
    return cast(LoggedExercise, built)


#: A set logged below this RPE (more than 4 reps in reserve) is not a hard set: weekly volume
#: counts sets taken close to failure (Baz-Valle 2022, J Hum Kinet 81:199, count "hard sets" to or
#: near failure; the RIR-based RPE scale, Zourdos 2016, puts RPE 6 at 4 reps in reserve). The
#: cut-off is a heuristic; a set without an RPE counts as hard, as the apps count it.
EASY_RPE = 6.0


#: Epley's estimate is used up to this many reps; sets with more reps get no e1RM.
E1RM_MAX_REPS = 10


def e1rm(weight: float | None, reps: int) -> float | None:
    """Estimated one-repetition maximum of a set: Epley, ``weight x (1 + reps / 30)``.

    A single is its own 1RM. Prediction equations lose accuracy as reps rise; sets of more than
    :data:`E1RM_MAX_REPS` (10) reps, body-weight sets and sets without reps get ``None``
    (Reynolds 2006, JSCR 20:584: no more than 10 repetitions should be used to predict a 1RM).
    """
    from ._validate import integer, number

    weight, reps = number(weight, "weight", optional=True), integer(reps, "reps")
    if weight is None or weight <= 0 or reps < 1 or reps > E1RM_MAX_REPS:
        return None
    return weight if reps == 1 else weight * (1.0 + reps / 30.0)


@attrs.frozen(repr=False)
class Workout(OneLineRepr):
    """A dated workout: the rows sharing the app's workout key."""

    title: str
    start: datetime
    date_only: bool
    exercises: tuple[LoggedExercise, ...]
    line: int
    """The line of its first row."""
    pain: float | None = None
    """The worst pain 0-10 its rows logged in a pain column (a rehab log's ``Pain``, ``VAS``,
    ``NRS``); ``None``: the log has no pain column, or its rows left it blank."""
    pain_line: int | None = None
    """The line of the row that logged :attr:`pain` (its first, of rows alike)."""

    @cached_property
    def iso_week(self) -> str:
        """The ISO week of its start, ``2025-W03`` (derived once: a check reads it five times)."""
        year, week, _ = self.start.isocalendar()
        return f"{year}-W{week:02d}"


@attrs.frozen
class ExerciseWeek:
    """One exercise in one ISO week of a log: its hard sets, best estimated 1RM (Epley, sets of
    1-10 reps; see :func:`e1rm`), heaviest set and tonnage, in kilograms."""

    week: str
    exercise: str
    sets: int
    best_e1rm_kg: float | None
    top_kg: float | None
    tonnage_kg: float
    zero_weight_sets: int = 0
    """Sets logged with a weight of 0 that week (see :attr:`LoggedExercise.zero_weight_sets`):
    an assisted lift's week without assistance, told from a week without a weight logged."""
    body_weight_sets: int = 0
    """Sets marked body weight that week (``BW``, ``BW+5``; see
    :attr:`LoggedExercise.body_weight_sets`): its ``top_kg`` is load added to the body."""
    assistance_kg: float | None = None
    """The most assistance of a set marked ``BW-15`` that week (0 for ``BW``; ``None``: no set
    marked; see :attr:`LoggedExercise.assistance_kg`)."""

    def to_dict(self, unit: str = "kg") -> dict[str, Any]:
        """Plain data; weights in ``unit`` (``kg`` or ``lb``), rounded to 0.1: ``assistance`` is
        :attr:`assistance_kg` in ``unit`` (``None``: no set marked ``BW``), beside the sets logged
        at 0 and marked body weight, which tell what ``top_set`` is (load added to the body)."""
        from ._validate import unit_name

        factor = 1.0 if unit_name(unit) == "kg" else 1 / LB_TO_KG

        def shown(kg: float | None) -> float | None:
            return None if kg is None else round(kg * factor, 1)

        return {
            "week": self.week,
            "exercise": self.exercise,
            "sets": self.sets,
            "best_e1rm": shown(self.best_e1rm_kg),
            "top_set": shown(self.top_kg),
            "tonnage": shown(self.tonnage_kg),
            "unit": unit,
            "zero_weight_sets": self.zero_weight_sets,
            "body_weight_sets": self.body_weight_sets,
            "assistance": shown(self.assistance_kg),
        }


#: The RPE a log's easy sets are written with in :meth:`WorkoutLog.to_program` (the reader keeps
#: their count, not their efforts): below :data:`EASY_RPE`, what makes them easy.
_EASY_SHOWN = 5.0


def _made_entry(
    made: dict[tuple[Any, ...], Entry],
    name: str,
    sets: int,
    low: int,
    high: int,
    *,
    rpe: float | None = None,
    notes: str | None = None,
) -> Entry:
    """An entry of a log's program, built once for its values (entries are immutable)."""
    key = ("light", name, sets, low, high, rpe, notes)
    entry = made.get(key)
    if entry is None:
        entry = made[key] = trusted(
            Entry, exercise=name, sets=sets, reps_low=low, reps_high=high, rpe=rpe, notes=notes
        )
    return entry


def _hard_entry(made: dict[tuple[Any, ...], Entry], ex: LoggedExercise) -> Entry:
    """The entry of a logged exercise's hard sets, built once for its values."""
    hold = ex.max_seconds if ex.max_seconds and not ex.reps_high else None
    failure = bool(ex.failure_sets)
    rpe = ex.max_rpe
    key = (ex.name, ex.hard_sets, ex.reps_low, ex.reps_high, rpe, type(rpe), hold, failure)
    entry = made.get(key)
    if entry is None:
        entry = made[key] = trusted(  # the reader's values: exact built-ins already
            Entry,
            exercise=ex.name,
            sets=ex.hard_sets,
            reps_low=ex.reps_low or 1,
            reps_high=ex.reps_high or 1,
            rpe=ex.max_rpe,
            rir=0 if failure else None,  # a set the app marks as to failure (HR018)
            hold_s=hold,
        )
    return entry


@attrs.frozen(repr=False)
class WorkoutLog(OneLineRepr):
    """A parsed export: the workouts in time order, and what could not be read."""

    format: str
    unit: str
    workouts: tuple[Workout, ...]
    issues: tuple[LogIssue, ...]
    rows: int
    skipped_rows: int
    source: str | None = None
    keep_sets: bool = False
    """Whether each :class:`LoggedExercise` carries its per-set tuples."""
    unit_assumed: bool = False
    """The export does not record its weight unit and none was chosen: its weights were read as
    ``unit`` (kg). ``check(log, unit="lb")`` then reads them as pounds, as
    ``check(path, unit="lb")`` does: the unit the export was kept in, not only the one shown."""

    def __len__(self) -> int:
        return len(self.workouts)

    @overload
    def __getitem__(self, index: SupportsIndex) -> Workout: ...
    @overload
    def __getitem__(self, index: slice) -> WorkoutLog: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Workout | WorkoutLog:
        """One workout by position; a slice is a WorkoutLog of those workouts."""
        if isinstance(index, slice):
            return attrs.evolve(self, workouts=self.workouts[index])
        return self.workouts[index]

    @property
    def rows_not_read(self) -> int:
        """The rows whose sets were lost: each line of :attr:`issues` saying its row, set or
        workout was not read (a cell of no number, a date of no date, a row cut short...; a
        workout of an undecided date counts one). A log that lost rows is no clean pass: the
        check's summary says how many (``Report.rows_not_read``). Rows of a timer or a note
        (:attr:`skipped_rows`) and sets of 0 reps (planned, not done) are none."""
        return len({i.line for i in self.issues if i.line > 0 and _ROW_LOST.search(i.message)})

    def to_pandas(self, *, sets: bool = False) -> Any:
        """One row per exercise of a workout: start (datetime), ISO week, workout, exercise, hard
        and warm-up sets, rep range, top set, best e1RM, tonnage (kg) and top RPE. With
        ``sets=True`` (a log read with ``keep_sets=True``), one row per hard set instead: reps,
        weight (kg), RPE, seconds. Needs the ``pandas`` extra."""
        from ._frames import log_exercises, log_sets
        from ._validate import flag

        return log_sets(self) if flag(sets, "sets") else log_exercises(self)

    def _repr_html_(self) -> str:
        from .emitters import html

        return html.render(self)

    def to_program(self, *, hard_sets_only: bool = False) -> Program:
        """The log as a multi-week program: one week per ISO week, one session per workout, an
        entry per exercise's hard sets; its warm-up sets an entry before them (notes
        ``Warm-up``, 1 rep: the reps of warm-ups are not kept) and its easy sets one after them
        (RPE 5, below :data:`EASY_RPE`): a check of the program reads them as a check of the log
        does - done, no hard sets. ``hard_sets_only``: the hard sets alone (:func:`check` reads a
        log so, counting its easy and warm-up sets apart)."""
        weeks: dict[str, list[Session]] = {}
        # each session's and entry's first file line, by the session's place in its week
        first_lines: dict[str, list[tuple[int, list[int]]]] = {}
        # Entries are immutable: a log's workouts repeat the same ones (an RDL 3x8), built once
        made: dict[tuple[Any, ...], Entry] = {}
        for workout in self.workouts:
            entries = []
            entry_lines = []
            for ex in workout.exercises:
                light = not hard_sets_only
                if ex.warmup_sets and light:  # before the work
                    entries.append(_made_entry(made, ex.name, ex.warmup_sets, 1, 1, notes="Warm-up"))
                    entry_lines.append(ex.line)
                if ex.hard_sets:
                    entries.append(_hard_entry(made, ex))
                    entry_lines.append(ex.line)
                if ex.easy_sets and light:  # done lightly, after the work (or alone)
                    low, high = ex.reps_low or 1, ex.reps_high or 1
                    entries.append(_made_entry(made, ex.name, ex.easy_sets, low, high, rpe=_EASY_SHOWN))
                    entry_lines.append(ex.line)
            # a workout of warm-ups or easy sets only is a session of no hard sets: its week is
            # judged (no hinge this week), not left out of the log
            first_lines.setdefault(workout.iso_week, []).append((workout.line, entry_lines))
            weeks.setdefault(workout.iso_week, []).append(
                trusted(
                    Session,
                    name=workout.title,
                    entries=tuple(entries),
                    day=workout.start.weekday(),
                    start=workout.start,
                    date_only=workout.date_only,
                )
            )
        name = Path(self.source).name if self.source else "workout log"
        lines: dict[tuple[int, int, int], int] = {}  # Program.lines: where findings point in the file
        for w, iso_week in enumerate(sorted(first_lines), start=1):
            for s, (session_line, entry_lines) in enumerate(first_lines[iso_week], start=1):
                for e, line in enumerate((session_line, *entry_lines)):
                    if line > 0:
                        lines[(w, s, e)] = line
        return Program(
            name=f"{name} ({_FORMAT_NAMES[self.format]})",
            weeks=tuple(Week(tuple(sessions), label=label) for label, sessions in sorted(weeks.items())),
            source=self.source,
            lines=lines,
        )

    def progress(self) -> tuple[ExerciseWeek, ...]:
        """Per ISO week and exercise: hard sets, best estimated 1RM, heaviest set, tonnage
        (kilograms), ordered by week and exercise name."""
        acc: dict[tuple[str, str], list[Any]] = {}
        for workout in self.workouts:
            week = workout.iso_week
            for ex in workout.exercises:
                if ex.hard_sets == 0:
                    continue
                item = acc.setdefault((week, ex.name), [0, None, None, 0.0, 0, 0, None])
                item[0] += ex.hard_sets
                item[4] += ex.zero_weight_sets
                item[5] += ex.body_weight_sets
                item[6] = _larger(item[6], ex.assistance_kg)
                if ex.best_e1rm_kg is not None and (item[1] is None or ex.best_e1rm_kg > item[1]):
                    item[1] = ex.best_e1rm_kg
                if ex.top_kg is not None and (item[2] is None or ex.top_kg > item[2]):
                    item[2] = ex.top_kg
                item[3] += ex.tonnage_kg
        return tuple(  # a best e1RM is never below a load lifted (a week's 12-rep top set)
            ExerciseWeek(
                week,
                name,
                sets,
                e1 if e1 is None or top is None else max(e1, top),
                top,
                round(tonnage, 2),
                zero,
                body,
                helped,
            )
            for (week, name), (sets, e1, top, tonnage, zero, body, helped) in sorted(acc.items())
        )

    def summary(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "unit": self.unit,
            "workouts": len(self.workouts),
            "rows": self.rows,
            "skipped_rows": self.skipped_rows,
            "issues": [str(i) for i in self.issues],
        }


#: What :class:`_Reader` says of a row it reads no set from (see :attr:`WorkoutLog.rows_not_read`):
#: ``...: the row is not read``, ``the set is not read``, ``its workout is not read``; a name or
#: date it cannot use, reps out of range. The column notices on the header's line (``column 'X' is
#: not read``) and a line of one cell (a title or a note, skipped) are none. tests/logs/test_logs16.py
#: takes each path, so a new message that drops a row without these words fails there.
_ROW_LOST = re.compile(
    r"(?:the row|the set|its workout) is not read|^reps \S+ out of range$|^no exercise name$"
    r"|^an exercise name of [0-9]+ characters is over|^date .* (?:is not in a date format|is no date)"
)


def _clean(header: list[str]) -> list[str]:
    return [h.strip().strip('"').lstrip("\ufeff").strip() for h in header]


#: Rows a log may have above its header (a title, a client's name, blank lines), heuristic.
MAX_TITLE_ROWS = 5
#: Columns a log's header may have: a row of more is refused before its columns are read
#: (:class:`InputLimitError`). Heuristic: an export writes a dozen or two (Strong 12, Hevy 14; a
#: sheet with a column per set and measure, 10 sets of 4, 40); reading what each of 100,000
#: columns names took 6 seconds.
MAX_LOG_COLUMNS = 1_000


def _columns_capped(row: list[str], where: str, line: int) -> list[str]:
    """``row``, a candidate header, when it has at most :data:`MAX_LOG_COLUMNS` columns."""
    if len(row) > MAX_LOG_COLUMNS:
        raise _header_refused(
            f"the header has {len(row):,} columns, over the limit of {MAX_LOG_COLUMNS:,}",
            location=f"{where}:{line}",
            suggestion=f"a log has a column per thing a set records (at most {MAX_LOG_COLUMNS:,}); is "
            "this a workout log?",
            error=InputLimitError,
        )
    return row


def _format(header: list[str], where: str = "", line: int = 1) -> _Format | None:
    """The format a header row is of: a known app's, else a generic log's; ``None`` for none."""
    columns = set(header)
    for fmt in LOG_FORMATS:
        if all(c in columns for c in fmt.required) and not any(c in columns for c in fmt.forbidden):
            return fmt
    return _generic(header, where, line)


def _header_refused(
    message: str, *, location: str, suggestion: str, error: type[HamstringRulesError] = LogFormatError
) -> HamstringRulesError:
    """The error about a header read as a log's that cannot be read (each line quoted whole; a
    weight column in stone; 100,000 columns): marked, so that ``check -`` (:func:`log_header_in`)
    reads the input as the CSV it is and gives this error, as a path's reading does, not YAML's."""
    exc = error(message, location=location, suggestion=suggestion)
    exc.log_header = True  # type: ignore[attr-defined]
    return exc


def _detect(header: list[str], where: str, line: int = 1, delimiter: str = ",") -> _Format:
    found = _format(header, where, line)
    if found is not None:
        return found
    supported = "; ".join(f.description for f in LOG_FORMATS)
    seen = ", ".join(label(cell, 40) for cell in header[:20]) or "(none)"
    roles = columns_by_role(header, _ROLES, done=True, first_of_twice=True)
    missing = [role for role in ("date", "exercise", "reps") if role not in roles]
    lacks = f"no {' and no '.join(missing)} column" if missing else "no log columns"
    # an exercise column and no date: a program sheet, perhaps, whose sets column is not named
    program = (
        "a program sheet (no date column) needs an exercise column and a Sets column, or sets x reps "
        "in one cell (a Sets x Reps column: 3x8, 5x45s); "
        if "exercise" in roles and "date" not in roles
        else ""
    )
    if program and delimiter == "|":  # its columns may be a sheet's: the separator is what is not read
        program = (
            "a table with | between its cells (a markdown table, a table pasted from a page or a chat) is "
            "not read as a program sheet: save it as CSV, with commas between the cells "
            f"({','.join(cell for cell in header if cell)}) and no |---| line; "
        )
    raise LogFormatError(
        f"unrecognised CSV header: {lacks} (columns seen: {seen})",
        location=f"{where}:{line}",
        suggestion=f"{program}supported exports: {supported}; or any CSV log with a date, an exercise and a "
        "reps column, named in its first rows (weight, unit, sets, set type or warm-up, RPE or RIR, "
        "duration and workout name are read too; one row per set, or a reps cell listing the sets: "
        "3x8, 8,8,6)",
    )


#: A column role: the header names that are it, in order of preference, and a test for others.
Role = tuple[tuple[str, ...], Callable[[str], bool] | None]


#: Words in a column's name marking it as what was planned, not what was done (``Target Reps``,
#: Liftosaur's ``Required Reps``, ``Soll-Gewicht``): such a column is never read as its role.
_PLANNED = ("target", "required", "planned", "plan", "goal", "prescribed", "suggested", "expected",
            "previous", "last", "soll", "ziel", "objetivo", "objectif", "obiettivo", "meta")  # fmt: skip
#: Words marking a column as what was done (``Completed Reps``, ``Actual Weight``): preferred to
#: a plain column of the same role, which beside one is usually the plan (Liftosaur's ``RPE``).
_DONE = ("completed", "actual", "done", "performed", "achieved", "lifted", "used", "ist", "real",
         "realizado", "realizadas", "effectue", "effettuato", "feito", "feitas")  # fmt: skip


def _has(*words: str, but: tuple[str, ...] = ()) -> Callable[[str], bool]:
    """A role's test: the column's name holds one of ``words`` and none of ``but``."""
    return lambda h: any(w in h for w in words) and not any(b in h for b in but)


#: The columns of a log from another app or kept by hand, by role: the header names that are
#: the role (compared with case, accents, spaces, punctuation and a bracketed unit taken out:
#: ``Weight (kg)`` is ``weight``, ``Übung`` is ``ubung``), then a test for other names; English,
#: German, Spanish, French, Portuguese and Italian spellings. A role takes a column whose name
#: says it was done (:data:`_DONE`), else the column whose name is exactly one of its names,
#: else the first column passing the test; never a planned column (:data:`_PLANNED`). A column
#: serves one role; other columns are not read (the first notice lists them).
_EXERCISE_WORDS = ("exercise", "ubung", "ejercicio", "exercice", "exercicio", "esercizio")
#: A column named as "the name of" a thing (``Exercise Name`` the other way round: ``Nombre del
#: ejercicio``, ``Nom de l'exercice``, ``Name der Übung``, ``Nome do exercício``).
_NAME_WORDS = ("name", "nombre", "nom", "nome")
#: A date column's names that may be a record's time (when a row was written or synced: JEFIT's
#: ``TIMESTAMP`` is its backup's) rather than the workout's: a column named a date beside one is.
_STAMP_NAMES = frozenset(("timestamp",))
_WORKOUT_WORDS = ("workout", "training", "trainings", "entrenamiento", "entrainement", "treino",
                  "allenamento", "session", "sessione", "seance", "routine", "rutina")  # fmt: skip


#: An exercise column named by a shortened "exercise" and "name" (JEFIT's ``ename``, ``exname``,
#: ``ex_title``): the word's first letters, then a name word.
_EXERCISE_SHORT = re.compile(r"(?:e|ex|exe|exer|exerc|exerci|exercis)(?:name|nm|title)")


def _name_of(*words: str) -> Callable[[str], bool]:
    """A role's test: the column is the name of one of ``words`` (``Nombre del ejercicio``: a
    name word first, the thing last, any joining words between)."""
    return lambda h: h.startswith(_NAME_WORDS) and h.endswith(words)


_REPS_WORDS = ("reps", "repetition", "wiederholung", "wdh", "repeticion", "repeticoe", "ripetizion")
_WEIGHT_WORDS = ("weight", "gewicht", "peso", "poids", "carga", "carico", "belasting")
_UNIT_WORDS = ("unit", "einheit", "unidad", "unite", "unita")
#: A set type column's name in the sheet languages is a set word and a kind word, either way
#: round (``Satzreihenfolge``: Strong's ``Set Order`` in German; ``Satztyp``, ``Tipo de serie``).
_SET_WORDS = ("set", "satz", "serie", "series")
#: Words of a pain column about the next day (``Pain next day``, ``Pain 24h``, ``Morning pain``):
#: not the pain during exercise the ``pain`` role reads (Silbernagel 2007 monitors both apart).
_LATER_PAIN = ("24", "next", "morning", "after", "tomorrow", "morgen", "manana", "lendemain")
_KIND_NAMES = ("type", "typ", "tipo", "order", "orden", "ordre", "ordine", "ordem", "reihenfolge", "art",
               "kind", "label", "soort")  # fmt: skip
_ROLES: dict[str, Role] = {
    "date": (("date", "datetime", "starttime", "start", "started", "performed", "performedat",
              "completedat", "loggedat", "workoutdate", "workoutdatetime", "startdate", "datum", "fecha",
              "data",
              "fechayhora", "dataehora", "timestamp"),
             lambda h: (h.endswith(("date", "datetime", "datum", "fecha")) or h.startswith(("date", "datum")))
             and not h.startswith(("end", "finish")) and "update" not in h and "birth" not in h),
    "exercise": (("exercise", "exercisename", "exercisetitle", "movement", "lift", "liftname", "movementname",
                  "ubung", "ubungsname", "ejercicio", "exercice", "exercicio", "esercizio", "oefening"),
                 lambda h: (h.startswith(_EXERCISE_WORDS) or _name_of(*_EXERCISE_WORDS)(h)
                            or _EXERCISE_SHORT.fullmatch(h) is not None)
                 and not _has("note", "id", "notiz", "nota")(h)),
    "reps": (("reps", "rep", "repetitions", "repcount", "numreps", "nreps", "numberofreps", "repsperformed",
              "repscompleted", "repsdone", "wiederholungen", "wdh", "wiederh", "repeticiones", "repeticoes",
              "ripetizioni", "herhalingen",
              # a column of sets x reps (3x8), as a program sheet's sets column is named (_CSV_KEYS)
              "scheme", "setscheme", "repscheme", "setxrep", "setsxrep", "sxr", "setrep"),
             _has(*_REPS_WORDS, but=("reserve", "max", "rm"))),
    "weight": (("weight", "load", "kg", "kgs", "lb", "lbs", "mass", "resistance", "gewicht", "peso", "poids",
                "carga", "charge", "carico", "weightvalue"),
               lambda h: (h.startswith("load") or _has(*_WEIGHT_WORDS)(h))
               and not any(b in h for b in ("unit", "body", "korper", "corporal", "corps", "einheit"))),
    "unit": (("unit", "units", "weightunit", "weightunits", "loadunit", "einheit", "unidad", "unite",
              "unidade", "unita"),
             _has(*_UNIT_WORDS, but=("distance", "dist", "height", "body"))),
    "sets": (("sets", "setcount", "numsets", "nsets", "numberofsets", "setsdone", "satze", "series",
              "serien"), None),
    "set_type": (("settype", "type", "setkind", "kind", "setorder", "set", "setlabel", "satz", "serie",
                  "typ", "tipo", "satzreihenfolge", "satztyp", "satzart"),
                 lambda h: (h.startswith(_SET_WORDS) and h.endswith(_KIND_NAMES))
                 or (h.startswith(_KIND_NAMES) and h.endswith(_SET_WORDS))),
    "warm_flag": (("warmup", "iswarmup", "warmupset", "warm", "iswarmupset", "aufwarmen", "aufwarmsatz",
                   "calentamiento", "echauffement", "aquecimento", "riscaldamento"),
                  _has("warmup", but=("time", "duration"))),
    "rpe": (("rpe", "effort", "exertion", "perceivedexertion", "ratingofperceivedexertion", "esfuerzo",
             "esforco", "sforzo", "anstrengung"),
            lambda h: "rpe" in h or _has("effort", "exertion", but=("reserve", "rir"))(h)),
    "rir": (("rir", "repsinreserve"), lambda h: "rir" in h or "reserve" in h),
    "seconds": (("seconds", "secs", "duration", "durationseconds", "durationsec", "durationsecs", "durations",
                 "timeseconds", "timesec", "timesecs", "holdseconds", "hold", "sekunden", "segundos",
                 "secondes", "secondi"), None),
    "distance": (("distance", "dist", "distancem", "distancekm", "meters", "metres", "distanz", "distancia"),
                 _has("distance", "distanz", "distancia", but=("unit", "einheit", "unidad"))),
    "side": (("side", "leg", "seite", "bein", "lado", "pierna", "cote", "jambe", "lato", "gamba", "perna",
              "limb", "kant", "zijde"), None),
    "clock": (("time", "timeofday", "clock", "clocktime", "uhrzeit", "zeit", "hora", "heure", "ora", "orario",
               "tijd", "tid", "godzina"), None),
    "title": (("workoutname", "workouttitle", "title", "sessionname", "session", "routinename", "routine",
               "templatename", "template", "workout", "training", "trainingsname", "entrenamiento", "rutina",
               "seance", "treino", "allenamento", "sessione", "dayname", "workoutday", "trainingday", "day",
               "trainingstag", "tag", "dia", "jour", "giorno"), _name_of(*_WORKOUT_WORDS)),
    "pain": (("pain", "painscore", "painlevel", "painrating", "painduring", "painnrs", "painvas", "vas",
              "nrs", "nprs", "vasscore", "nrsscore", "schmerz", "schmerzen", "schmerzskala", "dolor",
              "douleur", "dor", "dolore", "pijn"),
             lambda h: h.startswith(("pain", "schmerz", "dolor", "douleur")) and not _has(*_LATER_PAIN)(h)),
    "done": (("completed", "done", "complete", "iscompleted", "isdone", "setcompleted", "setdone", "finished",
              "erledigt", "fertig", "geschafft", "completado", "hecho", "realizado", "fait", "termine",
              "effectue", "fatto", "completato", "eseguito", "feito", "concluido", "gedaan", "voltooid"),
             None),
}  # fmt: skip
#: The spellings of the two weight units a log may give - a unit column's cells, a weight
#: column's header (``Gewicht (Pfund)``), a weight cell's suffix (``100 kilos``) - in the
#: languages the reader knows; compared lower case, accents and a final period taken out.
_KG_WORDS = frozenset(("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes",
                       "kilogramm", "kilogramo", "kilogramos", "quilo", "quilos", "quilograma", "quilogramas",
                       "chilo", "chili", "chilogrammo", "chilogrammi"))  # fmt: skip
_LB_WORDS = frozenset(("lb", "lbs", "pound", "pounds", "pfund", "libra", "libras", "livre", "livres",
                       "libbra", "libbre", "#"))  # fmt: skip
#: Mass units that are neither: a weight column in one is refused, never read as kilograms.
_OTHER_MASS_WORDS = frozenset(("st", "stone", "stones", "g", "gr", "gram", "grams", "gramm", "gramos",
                               "gramas", "grammi", "oz", "ounce", "ounces", "unze", "unzen"))  # fmt: skip


def _unit_word(word: str) -> str | None:
    """``kg`` or ``lb`` for a spelling of one (``Kilograms``, ``lbs.``, ``Pfund``), else ``None``."""
    text = word.strip().strip('"').casefold().removesuffix(".")
    if text == "#":
        return "lb"
    return "kg" if text in _KG_WORDS else "lb" if text in _LB_WORDS else None


def _header_unit(cell: str) -> str | None:
    """The unit a weight column's name gives (``Weight (lbs)``, ``Gewicht (Pfund)``,
    ``weight_kg``): ``kg``, ``lb``, ``other`` (a mass unit that is neither: stone, grams), or
    ``None`` (none, or both)."""
    words = set(re.split(r"[^a-z0-9#]+", unicodedata.normalize("NFKD", cell.casefold())))
    units = {"kg" if w in _KG_WORDS else "lb" if w in _LB_WORDS else "other" for w in words
             if w in _KG_WORDS or w in _LB_WORDS or w in _OTHER_MASS_WORDS}  # fmt: skip
    return units.pop() if len(units) == 1 else None


#: A column holding one set's reps in a log with a column per set (``Set 1``, ``Satz 2``, ``Serie 3``).
_SET_N = re.compile(r"(?:set|satz|serie|series|sets|s)(?:no|nr)?([1-9][0-9]?)(?:reps?)?")
#: A column holding one thing of one set in a log with columns per set and per measure (``Set 1
#: Weight``, ``Set 1 Reps``, ``Reps 2``, ``Satz 3 Gewicht``): the set's number and what it holds.
_SET_MEASURE = re.compile(
    r"(?:(?:set|satz|serie|series|s)(?:no|nr)?(?P<n1>[1-9][0-9]?)(?P<m1>reps?|wdh|wiederholungen|repeticiones"
    r"|ripetizioni|weight|kg|kgs|lbs?|load|gewicht|peso|poids|rpe|rir)"
    r"|(?P<m2>reps?|wdh|weight|kg|kgs|lbs?|load|gewicht|peso|poids|rpe|rir)(?:set|satz|serie|s)?(?P<n2>[1-9][0-9]?))"
)
_MEASURE_ROLE = {"rep": "reps", "reps": "reps", "wdh": "reps", "wiederholungen": "reps",
                 "repeticiones": "reps", "ripetizioni": "reps", "rpe": "rpe", "rir": "rir"}  # fmt: skip


def _set_columns(header: list[str]) -> dict[int, dict[str, str]]:
    """A log's columns per set and measure (``Set 1 Weight``, ``Set 1 Reps``, ``Set 2 Weight``...):
    set number -> role (``reps``, ``weight``, ``rpe``, ``rir``) -> column; empty unless two or
    more sets have a reps column, or (with one reps column for the row) a weight column."""
    sets: dict[int, dict[str, str]] = {}
    for cell in header:
        found = _SET_MEASURE.fullmatch(_role_name(cell))
        if found is not None:
            n = int(found["n1"] or found["n2"])
            sets.setdefault(n, {}).setdefault(_MEASURE_ROLE.get(found["m1"] or found["m2"], "weight"), cell)
    with_reps = {n: roles for n, roles in sets.items() if "reps" in roles}
    if len(with_reps) >= 2:
        return dict(sorted(with_reps.items()))
    with_weight = {n: roles for n, roles in sets.items() if "weight" in roles}
    return dict(sorted(with_weight.items())) if len(with_weight) >= 2 and not with_reps else {}


#: Column names meaning a set's number in one sheet and a row's number of sets in another
#: (Italian and Spanish ``Serie``, ``Set``): the rows decide (``_Reader.sets_by_row``).
_SETS_OR_ORDER = frozenset(("set", "serie", "satz", "series", "setnumber", "setno"))
_GENERIC = _Format("generic", "generic CSV log", (), by_day=True)
#: How a generic log's columns notice starts (what each column was read as follows).
_GENERIC_READ = "read as a generic CSV log"
_FORMAT_NAMES = {f.name: f.description for f in (*LOG_FORMATS, _GENERIC)}


def _role_name(cell: str, keep: bool = False) -> str:
    """A header cell as a role reads it: lower case, accents and a bracketed unit taken out
    (kept with ``keep``), letters and digits only (``Übung`` is ``ubung``, ``Weight (kg)`` is
    ``weight``); a cell over :data:`MAX_ROLE_CELL` characters names no role (``""``): the
    bracket stripping costs the square of a cell's length."""
    if len(cell) > MAX_ROLE_CELL:
        return ""
    text = cell.casefold() if keep else re.sub(r"\(.*?\)|\[.*?\]", "", cell.casefold())
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


def columns_by_role(
    header: list[str], roles: Mapping[str, Role], *, done: bool = False, first_of_twice: bool = False
) -> dict[str, int]:
    """The column of each role a header names (see :data:`_ROLES`), compared with case,
    accents, spaces, punctuation and a bracketed unit taken out: the column whose name is the
    role's most preferred exact name, else the first passing its test. With ``done`` (a log:
    what was done, not planned), a column saying it was done (``Completed Reps``) comes first
    and a planned one (``Target Reps``) is never taken. A column serves one role, and a column
    named twice none (``first_of_twice``: its first column, the others none; the reader says so,
    see :func:`_twice`). Shared by generic logs and programs kept as spreadsheets."""
    counts = Counter(header)
    if first_of_twice:
        firsts = {cell: i for i, cell in reversed(list(enumerate(header)))}
        names = [_role_name(cell) if firsts[cell] == i else "" for i, cell in enumerate(header)]
    else:
        names = [_role_name(cell) if counts[cell] == 1 else "" for cell in header]
    # the words may be bracketed too: "Reps (target)" is a plan, "Weight (kg)" a weight
    planned = set()
    if done:
        whole = [_role_name(cell, keep=True) for cell in header]
        planned = {i for i, n in enumerate(whole) if n.startswith(_PLANNED) or n.endswith(_PLANNED)}
    found: dict[str, int] = {}
    columns_named: dict[str, list[int]] = {}  # each name's columns: an exact name is one lookup
    for i, n in enumerate(names):
        if n and i not in planned:
            columns_named.setdefault(n, []).append(i)
    for role, (exact, test) in roles.items():
        taken = planned.union(found.values())
        free = [(i, n) for i, n in enumerate(names) if n and i not in taken]
        at = None
        if done and test is not None:  # "Completed Reps" beside "Reps": the plain one is the plan
            at = next((i for i, n in free if test(n) and (n.startswith(_DONE) or n.endswith(_DONE))), None)
        if at is None:
            at = next((i for name in exact for i in columns_named.get(name, ()) if i not in taken), None)
        if at is None and test is not None:
            at = next((i for i, n in free if test(n)), None)
        if at is not None:
            found[role] = at
    return found


def _twice(header: list[str], columns: Mapping[str, int]) -> str:
    """What a log header's columns named twice are read as, for the notice: the first of a
    name a role reads (columns numbered from 1), the others not (``""``: none)."""
    said = []
    for at in sorted(columns.values()):
        others = [i for i, cell in enumerate(header) if cell == header[at] and i != at]
        if others:
            places = [at, *others]
            numbers = ", ".join(str(i + 1) for i in places[:-1]) + f" and {places[-1] + 1}"
            ignored = ", ".join(str(i + 1) for i in others)
            said.append(
                f"{shown(header[at], 30)} is named twice (columns {numbers}): column {at + 1} is read, "
                f"column {ignored} is not read (rename the other to read it)"
            )
    return "; ".join(said)


#: A column of a numbered group (``Exercise 2``, ``Weight 2 (kg)``, ``Set 2.3``, ``Reps #2``): a
#: name, the group's number, a set's number after a point (``2.3``), a bracketed unit.
_GROUP_CELL = re.compile(
    r"(?P<pre>\D*?[^\W\d_]\D*?)[\s#_-]*(?P<n>[1-9][0-9]?)(?:\s*[.\-_/]\s*(?P<k>[1-9][0-9]?))?"
    r"(?P<post>\s*(?:\([^)\d]*\)|\[[^\]\d]*\])?\s*)"
)


def _column_groups(header: list[str]) -> tuple[list[int], list[list[int | None]], list[str]] | None:
    """A header of numbered groups of columns, one an exercise (StrongLifts' ``Exercise 1, Weight 1
    (kg), Set 1.1 ... Set 1.5, Exercise 2 ...``): the other columns (shared by the row's exercises),
    each group's columns, and the names of a group's columns without the number (``Exercise``,
    ``Weight (kg)``, ``Set 1``), in order; ``None`` unless a group has an exercise column
    (:data:`_ROLES`) - and another column, when it is the only group - and no group's name is
    another column's."""
    named: dict[int, list[tuple[int, str]]] = {}
    for i, cell in enumerate(header):
        found = _GROUP_CELL.fullmatch(cell.strip()) if len(cell) <= MAX_ROLE_CELL else None
        if found is not None:
            k = f" {found['k']}" if found["k"] else ""
            named.setdefault(int(found["n"]), []).append(
                (i, f"{found['pre'].strip()}{k}{found['post'].rstrip()}")
            )
    exact, test = _ROLES["exercise"]
    groups = {
        n: cells
        for n, cells in named.items()
        if any(
            _role_name(name) in exact or (test is not None and test(_role_name(name))) for _, name in cells
        )
    }
    if not groups or (len(groups) == 1 and len(next(iter(groups.values()))) < 2):
        return None
    names: list[str] = []
    for cells in groups.values():
        names += [name for _, name in cells if name not in names]
    in_groups = {i for cells in groups.values() for i, _ in cells}
    shared = [i for i in range(len(header)) if i not in in_groups]
    if {_header_name(header[i]) for i in shared} & {_header_name(name) for name in names}:
        return None
    columns = [
        [next((i for i, own in cells if own == name), None) for name in names]
        for _, cells in sorted(groups.items())
    ]
    return shared, columns, names


def _grouped(header: list[str], where: str, line: int) -> _Format | None:
    """The format of a log of one row a workout with numbered exercise groups (:func:`_column_groups`):
    a generic log's of the header a group's row is read in, each row read as a row a group."""
    found = _column_groups(header)
    if found is None:
        return None
    shared, columns, names = found
    group_header = [*(header[i] for i in shared), *names]
    fmt = _generic(group_header, where, line)
    if fmt is None:
        return None
    firsts = [header[next(i for i in group if i is not None)] for group in columns]
    said = (
        f"read as a generic CSV log of one row a workout with {counted(len(columns), 'numbered group')} of "
        f"an exercise's columns ({shown(firsts[0], 30)} to {shown(firsts[-1], 30)}), each a row of its own: "
    )
    return attrs.evolve(
        fmt,
        columns=fmt.columns.replace(f"{_GENERIC_READ}: ", said, 1),
        groups=tuple(map(tuple, columns)),
        shared=tuple(shared),
        group_header=tuple(group_header),
    )


def _generic(
    header: list[str], where: str, line: int = 1, sample: Sequence[list[str]] = ()
) -> _Format | None:
    """A format for a log no known app wrote (another app's export, a spreadsheet kept by hand)
    from what its header names: ``None`` without a date, an exercise and a reps column - or, in
    the rows below a header of no reps column (``sample``), a column listing each set's weight x
    reps (:func:`_set_list_column`). A column named twice is read at its first place, said in
    the notice."""
    grouped = _grouped(header, where, line)  # Exercise 1, Weight 1, Set 1.1 ... Exercise 2 ...
    if grouped is not None:
        return grouped
    per_set = _set_columns(header)  # Set 1 Weight, Set 1 Reps, Set 2 Weight...: a row per set
    set_cells = {cell for roles in per_set.values() for cell in roles.values()}
    columns = columns_by_role(
        [h if h not in set_cells else "" for h in header], _ROLES, done=True, first_of_twice=True
    )
    if "date" in columns and _role_name(header[columns["date"]]) in _STAMP_NAMES:
        # a record's time (JEFIT's TIMESTAMP: the backup's) beside a date column: the date is the workout's
        is_date = cast(Callable[[str], bool], _ROLES["date"][1])
        other = next(
            (i for i, cell in enumerate(header) if i not in columns.values() and is_date(_role_name(cell))),
            None,
        )
        if other is not None:
            columns["date"] = other
    found = {role: header[at] for role, at in columns.items()}
    taken = {i for i, cell in enumerate(header) if cell in found.values()}  # a name's other places too
    if per_set:
        taken.update(i for i, cell in enumerate(header) if cell in set_cells)
        for role in ("reps", "weight", "rpe", "rir"):
            named = [roles[role] for roles in per_set.values() if role in roles]
            if named and role not in found:
                found[role] = f"{named[0]} ... {named[-1]}" if len(named) > 1 else named[0]
        if "sets" in found:  # each set has its own column: a row's count of sets is theirs
            taken.discard(header.index(found.pop("sets")))
        units = {_header_unit(roles["weight"]) for roles in per_set.values() if "weight" in roles} - {None}
        if len(units) > 1:
            raise _header_refused(
                "the columns per set name different weight units ("
                + ", ".join(shown(roles["weight"], 30) for roles in per_set.values() if "weight" in roles)
                + ")",
                location=f"{where}:{line}",
                suggestion="export the sets in one unit (kg or lb)",
            )
    if "pain" in found and _has(*_LATER_PAIN)(_role_name(found["pain"], keep=True)):
        taken.discard(header.index(found.pop("pain")))  # "Pain (24 h after)": the next day's, in brackets
    effort = _role_name(found.get("rpe", ""), keep=True)
    if "rir" not in found and "rpe" not in effort and ("rir" in effort or "reserve" in effort):
        found["rir"] = found.pop("rpe")  # "Effort (RIR)": the scale in brackets, which roles leave out
    at = next((i for i, cell in enumerate(header) if cell.strip() == "@" and i not in taken), None)
    if at is not None and "rpe" not in found and "rir" not in found:  # a coach's "Sets, Reps, @"
        found["rpe"] = header[at]
        taken.add(at)
    wide: list[str] = []
    if "reps" not in found:  # a column per set (Set 1, Set 2 ...): each holds a set's reps
        wide = [
            cell for i, cell in enumerate(header) if i not in taken and _SET_N.fullmatch(_role_name(cell))
        ]
        if len(wide) >= 2:
            found["reps"] = f"{wide[0]} ... {wide[-1]}"
            taken.update(header.index(cell) for cell in wide)
    set_list = None
    if "reps" not in found and sample:  # a column of each set's weight x reps: 100x8,100x8,105x6
        sets_at = header.index(found["sets"]) if "sets" in found else None
        free = [i for i in range(len(header)) if i not in taken or i == sets_at]
        set_list = _set_list_column(sample, free)
        if set_list is not None:
            if set_list == sets_at:
                found.pop("sets")
            found["reps"] = header[set_list]
            taken.add(set_list)
    if not {"date", "exercise", "reps"} <= found.keys():
        return None
    weight = found.get("weight")
    unit = None
    if weight is not None and "unit" not in found:
        unit = _header_unit(weight.split(" ... ")[0] if per_set else weight)
        if unit == "other":
            raise _header_refused(
                f"weight column {shown(weight, 40)}: the unit is not kg or lb",
                location=f"{where}:{line}",
                suggestion="export the log in kg or lb, or name the unit in the column (Weight (kg), "
                "Weight (lb))",
            )
    set_type = found.get("warm_flag") or found.get("set_type")  # an explicit warm-up flag wins
    sets_or_order = (
        set_type is not None and "sets" not in found and "warm_flag" not in found
        and _role_name(set_type) in _SETS_OR_ORDER
    )  # fmt: skip
    listed = wide or set_list is not None
    read = ", ".join(
        f"{shown(cell, 30)} as {role.replace('_', ' ')}" if role != "reps" or not listed
        else f"{shown(cell, 30)} as each set's weight x reps (100x8,100x8)" if not wide
        else f"{shown(wide[0], 30)} to {shown(wide[-1], 30)} as each set's reps"
        for role, cell in found.items()
    )  # fmt: skip
    unread = [cell for i, cell in enumerate(header) if i not in taken and cell]
    if unread:
        read += "; not read: " + ", ".join(shown(cell, 30) for cell in unread[:20])
        read += f" and {len(unread) - 20} more" if len(unread) > 20 else ""
    twice = _twice(header, columns)
    if twice:
        read += f"; {twice}"
    return attrs.evolve(
        _GENERIC,
        columns=f"{_GENERIC_READ}: {read}"
        + (
            f" (weights in {unit})"
            if unit
            else " (weights in the unit each row's unit column gives)"
            if "unit" in found
            else " (weights in the unit= given, else kg)"
            if weight or set_list is not None
            else ""
        ),
        date=found["date"],
        date_formats=("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"),
        workout=(found["title"], found["date"]) if "title" in found else (found["date"],),
        exercise=found["exercise"],
        reps=found["reps"] if set_list is None else f"{found['reps']} (sets)",  # joined: a column apart
        weight=weight or "",
        unit=unit,
        unit_column=found.get("unit"),
        set_type=set_type,
        warm_flag=set_type is not None and set_type == found.get("warm_flag"),
        sets_or_order=sets_or_order,
        wide_reps=tuple(wide) if len(wide) >= 2 else (header[set_list],) if set_list is not None else (),
        set_lists=set_list is not None,
        per_set=tuple(
            (roles.get("reps"), roles.get("weight"), roles.get("rpe") or roles.get("rir"))
            for roles in per_set.values()
        ),
        rpe=found.get("rpe") or found.get("rir"),
        rir="rpe" not in found and "rir" in found,
        seconds=found.get("seconds"),
        distance=found.get("distance"),
        clock=found.get("clock"),
        side=found.get("side"),
        title=found.get("title"),
        sets=found.get("sets"),
        done=found.get("done"),
        pain=found.get("pain"),
    )


#: The column an app marks a superset's exercises with (Hevy's ``superset_id``: blank, or an id
#: the exercises of one superset share; formats.md).
_SUPERSET_COLUMNS = "superset_id|Superset ID|Superset"
#: An app's column numbering each set of an exercise (Hevy, Strong; see ``_Reader.resume``).
_SET_NUMBER_COLUMNS = "set_index|Set Order|Set Index|Set Number|Set #"
#: Workouts logged twice a notice names (:meth:`_Reader.copy_notices`); the rest are counted.
MAX_COPIES_SAID = 3


def _column(header: list[str], spec: str | None) -> int | None:
    if not spec:
        return None
    for name in spec.split("|"):
        if name in header:
            return header.index(name)
    return None


#: A number with its thousands grouped by commas (``1,000``, ``12,500.5``): a comma followed by
#: exactly three digits, as English spreadsheets write them (a decimal comma has one or two).
_GROUPED = re.compile(r"[-+]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")


#: A number as a log's cell writes one: ASCII digits with an optional sign and one decimal point
#: or comma. Python's ``float()`` reads more - ``1e1``, ``1_0``, ``nan``, ``infinity``, other
#: scripts' digits - which no export writes: a cell so spelt is reported, not read as 10.
_PLAIN_NUMBER = re.compile(r"[-+]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")


#: A number with its digits grouped by thousands as each locale's spreadsheets write them
#: (CLDR's number symbols): 1-3 digits, then groups of three after a dot (German, Spanish,
#: Italian, Dutch, Portuguese ``1.000,5``), a space (French, Scandinavian ``1 000,5``, also the
#: no-break and narrow no-break spaces they are exported with), an apostrophe (Swiss ``1'000.5``)
#: or a comma (English, :data:`_GROUPED`); then the decimal mark, the other of dot and comma.
#: One dot and three digits alone (``1.000``) is a decimal point, as :data:`_PLAIN_NUMBER` reads
#: it (a weight cell's may be a thousand too: :func:`_weight`).
_LOCALE_GROUPED = re.compile(
    r"[-+]?[0-9]{1,3}([.,' \u00a0\u202f\u2009\u2019])[0-9]{3}(?:\1[0-9]{3})*(?:([.,])[0-9]+)?"
)


def _number(text: str) -> float | None:
    """A number cell (``8``, ``82.5``, ``82,5``, ``1,000``, ``1.000,5``, ``1 000,5``,
    ``1'000.5``); blank is ``None``; ``ValueError`` for any other spelling
    (:data:`_PLAIN_NUMBER`, :data:`_LOCALE_GROUPED`: ``1,000,5`` and ``1.00,5`` are none), and for
    digits past a float's range (310 nines are infinity, as ``1e309`` is: no cell's number). ``-0``
    is 0."""
    text = text.strip().strip('"')
    if not text:
        return None
    if _GROUPED.fullmatch(text):  # "1,000", "1,000.5": English digit grouping, not a decimal comma
        text = text.replace(",", "")
    elif _PLAIN_NUMBER.fullmatch(text) is None:
        grouped = _LOCALE_GROUPED.fullmatch(text)
        if grouped is None or grouped.group(1) == grouped.group(2):  # "1,000,5": which is the mark?
            raise ValueError(text)
        text = text.replace(grouped.group(1), "").replace(",", ".")  # the groups joined, a decimal point
    value = float(text.replace(",", ".")) + 0.0  # + 0.0: -0 is 0.0, not -0.0
    if value in _INFINITIES:
        raise ValueError(text)
    return value


_INFINITIES = (float("inf"), float("-inf"))


# One exercise of one workout while reading: [hard, warm, reps_low, reps_high, max_rpe, max_seconds,
# top_kg, best_e1rm_kg, tonnage_kg, per-set lists or None, failure sets, timed sets, easy sets, first
# line, sets weighing 0, sets marked body weight, most assistance (BW-15) or None, the set-number
# cell of its first row or None (see _Reader.resume), its rows' worst pain 0-10 and its line or
# None, the reader's count of changes of workout when it was made (see _Reader.resume)]. A list,
# not an object: the hot loop updates it in place for every row.
(
    _HARD,
    _WARM,
    _RLO,
    _RHI,
    _RPE,
    _SEC,
    _TOP,
    _E1RM,
    _TON,
    _SETS,
    _FAIL,
    _TIMED,
    _EASY,
    _FIRST,
    _ZERO,
    _BODY,
    _HELP,
    _SET0,
    _PAIN,
    _LEFT,
) = range(20)


def _new_agg(keep_sets: bool, line: int = 0, set0: str | None = None, left: int = 0) -> list[Any]:
    sets: tuple[list[Any], ...] | None = ([], [], [], []) if keep_sets else None
    return [0, 0, 0, 0, None, 0, None, None, 0.0, sets, 0, None, 0, line, 0, 0, None, set0, None, left]


_PAIN_CELL = re.compile(
    r"\s*([0-9]{1,2}(?:[.,][0-9]{1,2})?)\s*(?:/\s*10|(?:of|von|de|sur)\s*10)?\s*", re.IGNORECASE
)


def _parse_pain(text: str) -> float | None:
    """A pain cell: 0-10 (``3``, ``3.5``, ``3,5``, ``3/10``, ``3 of 10``); ``None`` when blank
    (or ``-``, ``n/a``: not recorded); ``_BAD`` for anything else or a value over 10."""
    cell = text.strip()
    if not cell or cell.casefold() in _NO_VALUE:
        return None
    found = _PAIN_CELL.fullmatch(cell)
    if found is None:
        return _BAD
    value = float(found.group(1).replace(",", "."))
    return value if value <= 10 else _BAD


def _worst_pain(aggs: Iterable[list[Any]]) -> tuple[float | None, int | None]:
    """A workout's worst pain and its line (the first of its exercises' worst), or ``None``s."""
    worst: tuple[float, int] | None = None
    for agg in aggs:
        pain = agg[_PAIN]
        if pain is not None and (
            worst is None or pain[0] > worst[0] or (pain[0] == worst[0] and pain[1] < worst[1])
        ):
            worst = pain
    return (None, None) if worst is None else worst


def _renamed_copies(workouts: list[_Workout]) -> tuple[list[_Workout], list[LogIssue]]:
    """Workouts that start at the same time of day (not a date alone: two sessions of a day may
    be alike) and hold the same exercises with the same sets, set for set, under other names
    (an export of the same workouts after one was renamed, joined to the first): the first in
    the file kept, the others left out and said - counted twice they would double its volume."""
    by_start: dict[datetime, list[_Workout]] = {}
    dropped: set[int] = set()
    said: list[tuple[_Workout, _Workout]] = []
    for workout in sorted(workouts, key=itemgetter(3)):
        exercises, start = workout[0], workout[1]
        if start is _PENDING or start.time() == time():
            continue
        kept = by_start.setdefault(start, [])
        twin = next((w for w in kept if _same_workout(w[0], exercises)), None)
        if twin is None:
            kept.append(workout)
            continue
        dropped.add(id(workout))
        said.append((twin, workout))
    if not said:
        return workouts, []
    listed = "; ".join(
        f"{shown(w[2], 40)} (line {w[3]}) is {shown(twin[2], 40)} (line {twin[3]}) on {w[1]:%Y-%m-%d %H:%M}"
        for twin, w in said[:MAX_COPIES_SAID]
    )
    more = f" and {len(said) - MAX_COPIES_SAID} more" if len(said) > MAX_COPIES_SAID else ""
    notice = LogIssue(
        said[0][1][3],
        f"{counted(len(said), 'workout')} at the start of another with its sets, set for set, under another "
        f"name - {listed}{more}: the same workout exported twice, renamed between? read once",
    )
    return [w for w in workouts if id(w) not in dropped], [notice]


def _set_number(cell: str) -> int | None:
    """A set-number cell's number (``0``, ``3``), else ``None`` (Strong's ``W``, blank)."""
    text = cell.strip()
    return int(text) if text.isdigit() and len(text) < 6 else None


def _same_workout(a: dict[str, list[Any]], b: dict[str, list[Any]]) -> bool:
    """Whether two workouts' exercises (by name) hold the same sets (:func:`_same_sets`)."""
    return a.keys() == b.keys() and all(_same_sets(a[name], agg) for name, agg in b.items())


def _same_sets(a: list[Any], b: list[Any]) -> bool:
    """Whether two aggregates of an exercise hold the same sets: every count, rep range, effort,
    load, time and (``keep_sets``) each set's values alike; where they begin aside. Tonnage is
    a sum whose float rounding depends on how its rows fell into chunks: alike to 1e-9."""
    return (
        a[:_TON] == b[:_TON]
        and a[_SETS:_FIRST] == b[_SETS:_FIRST]
        and a[_ZERO:_SET0] == b[_ZERO:_SET0]
        and isclose(a[_TON], b[_TON], rel_tol=1e-9, abs_tol=1e-9)
    )


def _merge_timed(into: list[Any], agg: list[Any]) -> None:
    """Add one aggregate's rows of seconds and no reps (not settled yet: see
    ``_Reader.settle_timed``) to another's."""
    timed = agg[_TIMED]
    if timed is None:
        return
    if into[_TIMED] is None:
        into[_TIMED] = timed
        return
    mine = into[_TIMED]
    for i in (0, 1, 5, 6):
        mine[i] += timed[i]
    for i in (2, 3, 4):
        mine[i] = mine[i] + timed[i]
    mine[7] = _larger(mine[7], timed[7])


#: Rows dated farther from a log's other workouts than the weeks a log may span, reported and
#: passed over (a typo in a year: ``06/10/2052`` in a 2025 log); one more is an error naming the
#: span, as is a log whose workouts run on past the limit week by week (its latest weeks are the
#: ones a lifter asks about). Heuristic.
MAX_FAR_ROWS = 10
#: Larger than any date's ordinal.
MAX_ORDINAL = date.max.toordinal() + 1


def check_span(first: date, last: date, max_weeks: int, location: str | None) -> None:
    """Raise InputLimitError when the ISO weeks from ``first`` to ``last`` are more than
    ``max_weeks``: a log's weekly time series holds every week of its span, trained or not, so
    the limit is on the span, not only the weeks with workouts (two workouts 8,000 years apart
    would otherwise be 420,000 weeks)."""
    first -= timedelta(days=first.weekday())
    last -= timedelta(days=last.weekday())
    span = (last - first).days // 7 + 1
    if span > max_weeks:
        (y1, w1, _), (y2, w2, _) = first.isocalendar(), last.isocalendar()
        raise InputLimitError(
            f"the log spans {span:,} ISO weeks ({y1}-W{w1:02d} to {y2}-W{w2:02d}), over the limit of "
            f"{max_weeks:,}",
            location=location,
            suggestion=f"split the export by date; a log may span at most {MAX_LOG_WEEKS:,} weeks",
        )


#: What a log's notice says of an export that does not record its weight unit.
_NO_UNIT = "does not record its weight unit"


def _unit_given(description: str, unit: str) -> str:
    """The notice of a log whose file records no weight unit, read in the unit the caller gave:
    ``unit=`` (``--unit``) is then the unit the weights are in, where a file that records its unit
    is converted to it (rv27 R21: a kg lifter's old Strong export read with ``--unit lb`` has its
    kilograms relabelled as pounds, not converted)."""
    return (
        f"this {description} records no weight unit: its weights are read as {unit}, the unit given "
        f"(unit='{unit}', --unit {unit}), not converted - for a file that records none, the unit given is "
        "the account's; a file that records its unit is converted to the unit given"
    )


def latest_pain(log: WorkoutLog) -> tuple[float | None, str | None]:
    """The worst pain a log's pain column gives in its latest week (the week of its last
    workout: the pain is now, as ``check(pain=...)``'s is), and a note saying where it was read
    (the file, the line, the day); ``(None, None)`` when that week logged none."""
    if not log.workouts:
        return None, None
    week = log.workouts[-1].iso_week
    logged = [w for w in log.workouts if w.iso_week == week and w.pain is not None]
    if not logged:
        return None, None
    worst = max(logged, key=lambda w: (cast(float, w.pain), -cast(int, w.pain_line)))
    pain = cast(float, worst.pain)
    where = f"{log.source}, line {worst.pain_line}" if log.source else f"line {worst.pain_line}"
    return pain, (
        f"pain {pain:g}/10 read from the log's pain column ({where}: {worst.start.date().isoformat()}, "
        f"the worst of its latest week {week}) is the check's pain (pass pain= to use another)"
    )


def read_in_unit(log: WorkoutLog, unit: str) -> WorkoutLog:
    """``log`` with the weights its export did not give a unit for (:attr:`WorkoutLog.unit_assumed`)
    read in ``unit``: what :func:`load_log` with ``unit=`` reads, so a log checked after loading
    is judged as its file is (``check(load_log(data), unit="lb")`` as ``check(path, unit="lb")``).
    Any other log is returned as it is: its weights are in the unit its file gave."""
    if not log.unit_assumed:
        return log
    issues = tuple(i for i in log.issues if _NO_UNIT not in i.message)  # the unit is given now: said
    gone = [i.line for i in log.issues if _NO_UNIT in i.message]
    columns = next((k for k, i in enumerate(issues) if i.message.startswith(_GENERIC_READ)), None)
    at = 0 if columns is None else columns + 1  # after a generic log's columns notice, as load_log says it
    line = gone[0] if gone else 1 if columns is None else issues[columns].line
    said = LogIssue(line, _unit_given(_FORMAT_NAMES.get(log.format, log.format), unit))
    issues = (*issues[:at], said, *issues[at:])
    if unit == log.unit:
        return attrs.evolve(log, issues=issues, unit_assumed=False)
    factor = LB_TO_KG if unit == "lb" else 1 / LB_TO_KG

    def scaled(value: float | None, digits: int) -> float | None:
        return None if value is None else round(value * factor, digits)

    workouts = tuple(
        attrs.evolve(
            w,
            exercises=tuple(
                attrs.evolve(
                    e,
                    weights_kg=tuple(None if k is None else k * factor for k in e.weights_kg),
                    top_kg=scaled(e.top_kg, 3),
                    best_e1rm_kg=scaled(e.best_e1rm_kg, 2),
                    tonnage_kg=round(e.tonnage_kg * factor, _TONNAGE_DIGITS),
                    assistance_kg=scaled(e.assistance_kg, 3),
                )
                for e in w.exercises
            ),
        )
        for w in log.workouts
    )
    return attrs.evolve(log, unit=unit, workouts=workouts, issues=issues, unit_assumed=False)


def _build(name: str, agg: list[Any], rounded: dict[float, float] | None = None) -> LoggedExercise:
    """An exercise's aggregate as a :class:`LoggedExercise`. ``rounded``: the caller's memo of
    estimated 1RMs to 0.01 kg (a log's few weights and reps give few of them)."""
    sets = agg[_SETS]
    reps, weights, rpe, seconds = ((), (), (), ()) if sets is None else map(tuple, sets)
    top, best, tonnage = agg[_TOP], agg[_E1RM], agg[_TON]
    if best is not None and top is not None and top > best:  # a 1RM is at least any load lifted
        best = top
    # round() of a float to some digits costs about 2,000 instructions (a decimal conversion and
    # back): a whole number is its own rounding, and a log's e1RMs repeat (6,240 rounds were 4% of
    # reading the 15k-row benchmark export)
    if top is not None and not (type(top) is float and top.is_integer()):
        top = round(top, 3)
    if type(tonnage) is not float or not tonnage.is_integer():
        tonnage = round(tonnage, _TONNAGE_DIGITS)
    if best is not None:
        known = rounded.get(best) if rounded is not None and type(best) is float and best > 0 else None
        if known is None:
            known = round(best, 2)
            if rounded is not None and type(best) is float and best > 0 and len(rounded) < _MAX_REMEMBERED:
                rounded[best] = known
        best = known
    return _logged_exercise(  # positional, in field order: one is built per exercise and workout
        name, agg[_HARD], agg[_WARM], reps, weights, rpe, seconds, agg[_RLO], agg[_RHI], agg[_RPE],
        agg[_SEC], top, best, tonnage, agg[_FAIL], agg[_EASY], agg[_FIRST], agg[_ZERO], agg[_BODY],
        None if agg[_HELP] is None else round(agg[_HELP], 3),
    )  # fmt: skip


#: A workout's tonnage is kept to a millionth of a kilogram: a week's tonnage sums them, so
#: rounding each to 0.01 kg (0.011 lb) added up to more than the 0.05 lb that shows in a pound
#: log's 0.1 lb (70 lb x 5 x 6 sets over two workouts showed 2099.9 lb, not 2100).
_TONNAGE_DIGITS = 6


_Workout = tuple[dict[str, list[Any]], datetime, str, int]


#: The longest pause between two sets of one session in a log that stamps each set with its own
#: time (a heuristic: a session's sets are minutes apart, two sessions of a day - morning and
#: evening - hours apart).
SESSION_GAP = timedelta(hours=3)


def _by_session(workouts: list[_Workout], newest_first: bool = False) -> tuple[list[_Workout], list[int]]:
    """Workouts of the same name less than :data:`SESSION_GAP` apart as one session, from its
    earliest start and line: a log that stamps each set with its own time would otherwise make a
    workout of every set. The clock decides, not the calendar: sets at 23:40 and 00:10 are one
    session, a morning's and an evening's are two. A date without a time is one session a day,
    whatever its rows' workout names (``Warm-up``, ``Main``, ``Accessories``: blocks of one
    session, in the file's order; nothing in the file sets them apart), named ``Main +
    Accessories``; the lines of the days so merged come second."""
    sessions: list[_Workout] = []
    merged_days: list[int] = []
    last: dict[str, tuple[int, datetime]] = {}  # a name (a day's) -> its session so far and latest start
    order = -1 if newest_first else 1  # a day's blocks in the order done
    for exercises, start, title, line in sorted(workouts, key=lambda w: (w[1], order * w[3])):
        key = "" if start.time() == time() else title  # a date only: the day's one session
        open_session = last.get(key)
        if open_session is None or start - open_session[1] >= SESSION_GAP:
            last[key] = (len(sessions), start)
            sessions.append(({name: list(agg) for name, agg in exercises.items()}, start, title, line))
            continue
        index = open_session[0]
        merged, first, named, first_line = sessions[index]
        for name, agg in exercises.items():
            if name in merged:
                _merge(merged[name], agg)
            else:
                merged[name] = list(agg)
        if title not in named.split(" + "):
            named = f"{named} + {title}"
            if first_line not in merged_days:
                merged_days.append(first_line)
        sessions[index] = (merged, first, named, min(line, first_line))
        last[key] = (index, start)
    return sessions, merged_days


def _merge(into: list[Any], agg: list[Any]) -> None:
    """Add one aggregate of an exercise's sets to another (see ``_new_agg``)."""
    for i in (_HARD, _WARM, _TON, _FAIL, _EASY, _ZERO, _BODY):
        into[i] += agg[i]
    if agg[_RLO] and (not into[_RLO] or agg[_RLO] < into[_RLO]):
        into[_RLO] = agg[_RLO]
    into[_RHI] = max(into[_RHI], agg[_RHI])
    into[_SEC] = max(into[_SEC], agg[_SEC])
    for i in (_RPE, _TOP, _E1RM, _HELP):
        into[i] = _larger(into[i], agg[i])
    if agg[_FIRST] and (not into[_FIRST] or agg[_FIRST] < into[_FIRST]):
        into[_FIRST] = agg[_FIRST]
    if into[_SETS] is not None:
        into[_SETS] = tuple([*a, *b] for a, b in zip(into[_SETS], agg[_SETS], strict=True))
    if agg[_PAIN] is not None and (into[_PAIN] is None or agg[_PAIN][0] > into[_PAIN][0]):
        into[_PAIN] = agg[_PAIN]


def _check_file(path: Path, max_bytes: int, knob: str = "max_bytes= to load_log") -> None:
    """Check a log file before reading it: it exists, is a file within ``max_bytes``, not empty
    and not binary data."""
    import stat

    try:
        info = path.stat()
    except FileNotFoundError:
        raise LogFormatError("file not found", location=str(path)) from None
    except OSError as exc:
        raise LogFormatError(f"cannot read file: {exc.strerror or exc}", location=str(path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise LogFormatError("is a directory, not a file", location=str(path))
    if not stat.S_ISREG(info.st_mode):  # a named pipe has no size and would wait for a writer
        raise LogFormatError(
            "not a regular file (a pipe, socket or device)",
            location=str(path),
            suggestion="pass the stream itself: load_log(sys.stdin), or - in the CLI",
        )
    size = info.st_size
    if size > max_bytes:
        raise InputLimitError(
            f"file is {size:,} bytes, over the limit of {max_bytes:,}",
            location=str(path),
            suggestion=f"pass {knob} for a larger trusted file",
        )
    if size == 0:
        raise LogFormatError("empty file: no header and no rows", location=str(path))
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_SIZE)
    _not_binary(head, str(path))


class _Readable(Protocol):
    """Any object with ``read(size)``: a socket's or a pipe's raw stream, a web framework's upload."""

    def read(self, size: int = ..., /) -> bytes | str | None: ...


def load_log(
    source: str | os.PathLike[str] | IO[str] | IO[bytes] | bytes | _Readable,
    *,
    max_bytes: int = MAX_LOG_BYTES,
    name: str | None = None,
    unit: str | None = None,
    keep_sets: bool = False,
    limits: Limits | None = None,
    date_order: str | None = None,
    timezone: str | None = None,
) -> WorkoutLog:
    """Read a Strong, Hevy or FitNotes CSV export, or any CSV log, aggregating while reading.

    A CSV no known app wrote is read when its header names a date, an exercise and a reps
    column (in any case or spelling; weight, unit, sets per row, set type or warm-up flag, RPE or
    RIR, duration and workout name too): its format is ``"generic"`` and its first issue (line 1)
    says what each column was read as. The sets of one workout name and day are one workout.

    Memory grows with the number of workouts, weeks and distinct exercise names, not with the
    number of rows: each exercise of a workout keeps its hard and warm-up set counts, rep range,
    heaviest set, best estimated 1RM and tonnage. ``keep_sets=True`` also keeps every hard set's
    reps, weight, RPE and seconds.

    Args:
        source: a file path; or an upload: its bytes, or a binary stream (an open ``"rb"``
            file, FastAPI's ``UploadFile.file``), read as a file is (a BOM's UTF-16/32, UTF-16/32
            without one told by its NUL bytes, UTF-8, else Windows-1252, said in the first
            issue); or an open text stream. ``name`` labels a stream or bytes in messages. A
            ``str`` is always a path: CSV text in a ``str`` (with a line break) is refused -
            pass it as bytes or ``io.StringIO``. A stream is read to its end a chunk at a time,
            its encoding decided by its first MiB.
        max_bytes: refuse larger input: a file before reading it, a stream once it has read more.
        name: what a stream or bytes is called in messages and in ``WorkoutLog.source`` (a
            file is named by its path).
        unit: ``"kg"`` or ``"lb"``: the unit of exports that do not say (Strong's older format
            uses the account's unit), and the unit weights are shown in; weights are kilograms
            inside whatever the file uses.
        keep_sets: keep per-set detail on each :class:`LoggedExercise`.
        date_order: ``"dmy"`` (day first, ``03/11/2025`` is 3 November) or ``"mdy"`` (month
            first): the order of numeric dates. Without it the file's first date with a part
            over 12 decides; a log whose dates all fall on the 1st-12th needs it.
        timezone: the zone the lifter trains in, an IANA name (``"America/Los_Angeles"``) or
            a UTC offset (``"+02:00"``): timestamps written with an offset or ``Z`` (Liftosaur,
            Fitbod) and Unix times are read in its local time. Without it they are read as
            written, and UTC ones get a notice: a 19:00 session in Los Angeles is 02:00 UTC the
            next day, in the next ISO week on a Sunday. Timestamps without an offset are always
            read as written (they are local already).
        limits: a :class:`~hamstring_rules.Limits`: its ``max_log_bytes``, ``max_log_weeks``
            (ISO weeks), ``max_log_names`` (distinct exercise names) and ``max_text`` (characters
            in a name) apply; the defaults are 512 MB, 1,040 weeks, 2,000 names, 200 characters.

    Raises:
        LogFormatError: CSV text passed as a ``str`` (a path), empty or binary input, a file
            in UTF-16/32 (its byte order mark or its NUL bytes say) whose text does not decode
            (the byte and line named), an unrecognised
            header (the message lists the supported formats and the columns seen), or no
            readable set at all. A file or upload that is not UTF-8 (and has no BOM) is no error:
            it is read as Windows-1252, and the log's first issue (line 1) says so.
        InputLimitError: the input is over ``max_bytes``, or has more weeks or names than the
            limits allow (raised while reading, at the line that goes over).
    """
    if unit is not None:
        from ._validate import UNIT_SPELLINGS

        if not isinstance(unit, str) or unit.strip().lower() not in UNIT_SPELLINGS:
            raise LogFormatError(
                f"unknown unit {shown(unit)}", location="unit", suggestion="use 'kg' or 'lb'"
            )
        unit = UNIT_SPELLINGS[unit.strip().lower()]
    from ._validate import MAX_PATH, attrs_object, byte_limit, file_path, flag, text

    max_bytes = byte_limit(max_bytes)
    text(name, "name", max_length=1000, optional=True)
    keep_sets = flag(keep_sets, "keep_sets")
    order = _Reading(date_order_name(date_order), time_zone(timezone))
    limits = None if limits is None else attrs_object(limits, Limits, "limits")
    caps = _Caps.of(limits, max_bytes)
    breaks = isinstance(source, str) and ("\n" in source or "\r" in source)
    if isinstance(source, str) and (breaks or len(source) > MAX_PATH):
        why = "with line breaks" if breaks else f"(a path has at most {MAX_PATH:,})"
        raise LogFormatError(  # a str is a path (the rule): the text is never read as the log
            f"source is a str of {len(source):,} characters {why}: CSV text, not a file path "
            f"({shown(source, 40)})",
            location="source",
            suggestion="a str is read as a file path: pass the text as bytes (text.encode()) or "
            "io.StringIO(text); a path whose name has a line break, as pathlib.Path(...)",
        )
    if isinstance(source, str | os.PathLike):
        path = file_path(source, error=LogFormatError, name="source")
        where = str(path)
        _check_file(path, caps.max_bytes, caps.bytes_knob)  # size, kind and encoding checked first
        whole = attrs.evolve(caps, count_bytes=False)
        return _decoded(partial(_open_path, path), where, str(path), unit, keep_sets, whole, order)
    where = name or "<stream>"
    if isinstance(source, bytes | bytearray | memoryview):
        data = _bytes_of(source, where, caps)  # held to the byte limit
        whole = attrs.evolve(caps, count_bytes=False)
        return _decoded(partial(_open_bytes, data), where, name, unit, keep_sets, whole, order)
    if _binary(source) or (hasattr(source, "read") and not isinstance(source, io.TextIOBase)):
        return _streamed(source, where, name, unit, keep_sets, caps, order)
    if not hasattr(source, "readline"):
        raise LogFormatError(
            f"expected a file path, a text or binary stream or bytes, got {type(source).__name__}",
            location="source",
            suggestion="pass pathlib.Path('export.csv'), the uploaded bytes, or an open file",
        )
    if getattr(source, "closed", False) is True:
        raise LogFormatError("the stream is closed", location=where)
    return _parse(cast(IO[str], source), where, name, unit, keep_sets, caps, order)


#: ``date_order`` spellings: day first or month first.
DATE_ORDERS = {"dmy": "dmy", "day-first": "dmy", "dayfirst": "dmy", "mdy": "mdy", "month-first": "mdy",
               "monthfirst": "mdy"}  # fmt: skip


def date_order_name(value: object, error: type[HamstringRulesError] = LogFormatError) -> str | None:
    """``date_order`` as the reader uses it (``dmy``/``mdy``); ``None`` stays ``None``."""
    if value is None:
        return None
    key = str.lower(str.strip(value)) if isinstance(value, str) and len(value) <= 20 else None
    if key not in DATE_ORDERS:
        raise error(
            f"unknown date order {shown(value)}",
            location="date_order",
            suggestion="'dmy' (day first: 03/11/2025 is 3 November) or 'mdy' (month first)",
        )
    return DATE_ORDERS[key]


#: A UTC offset as ``timezone`` takes it: ``+02:00``, ``-0700``, ``+5``, ``UTC+2``.
_OFFSET = re.compile(r"(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)


def time_zone(value: object, error: type[HamstringRulesError] = LogFormatError) -> tzinfo | None:
    """``timezone`` as the reader uses it: an IANA zone (``Europe/Berlin``, from the system's
    time zone database or the ``tzdata`` package), ``UTC``, or a fixed UTC offset (``+02:00``,
    ``-0700``, ``UTC+2``) of at most 14 hours; ``None`` stays ``None``."""
    if value is None:
        return None
    text = value.strip() if isinstance(value, str) and len(value) <= 60 else None
    if text is not None:
        if text.upper() in ("UTC", "Z", "GMT"):
            return UTC
        offset = _OFFSET.fullmatch(text)
        if offset is not None:
            sign, hours, minutes = offset.group(1), int(offset.group(2)), int(offset.group(3) or 0)
            if hours <= 14 and minutes < 60:
                delta = timedelta(hours=hours, minutes=minutes)
                return timezone(-delta if sign == "-" else delta)
        elif text and ".." not in text and not text.startswith("/"):
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                return ZoneInfo(text)
            except (ZoneInfoNotFoundError, ValueError, OSError):
                pass
    raise error(
        f"unknown time zone {shown(value)}",
        location="timezone",
        suggestion="an IANA name such as 'America/Los_Angeles' or 'Europe/Berlin', 'UTC', or a UTC offset "
        "such as '+02:00'; where the system has no zone database, pip install tzdata",
    )


class _NotUtf8Error(LogFormatError):
    """The file is not UTF-8: a path is read again as Windows-1252 (see :func:`_windows_1252`)."""


def _open_path(path: Path, encoding: str | None) -> IO[str]:
    """The file as text: in ``encoding``, else as its start says (see :func:`_codec_of`)."""
    if encoding is None:
        with path.open("rb") as fh:
            encoding = _codec_of(fh.read(_SNIFF_SIZE))
    errors = "replace" if encoding == "cp1252" else "strict"
    return path.open("r", encoding=encoding, errors=errors, newline="")


def _open_bytes(data: bytes, encoding: str | None) -> IO[str]:
    """Bytes as text: in ``encoding``, else as their start says (see :func:`_codec_of`)."""
    encoding = encoding or _codec_of(data[:_SNIFF_SIZE])
    errors = "replace" if encoding == "cp1252" else "strict"
    return io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors=errors, newline="")


def _codec_of(head: bytes) -> str:
    """The codec a log is read in first, from its start: UTF-16/32 (see :func:`_wide`), else
    UTF-8 (then Windows-1252 when it is not, see :func:`_decoded`)."""
    wide = _wide(head)
    return "utf-8-sig" if wide is None else wide.codec


class _Encoding(NamedTuple):
    """A log's UTF-16 or UTF-32, told by its byte order mark or, without one, by its NUL bytes."""

    codec: str
    """What decodes the bytes from the first (a mark's codec reads the mark: ``utf-16``)."""
    exact: str
    """The codec of the text after any mark, its byte order said: ``utf-16-le``."""
    name: str
    """As messages say it: ``UTF-16 LE``."""
    bom: int
    """The mark's length in bytes; 0: none, the encoding is the NUL bytes' pattern."""


#: How much of a log's start tells its encoding: a byte order mark, or the NUL bytes of ASCII
#: text in UTF-16/32 without one; binary data has a NUL in it that is neither.
_SNIFF_SIZE = 8192
#: Characters no text log holds: the C0 controls but tab, line feed and carriage return (NUL too).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: The share of ASCII in a start read as UTF-16/32 without a byte order mark for it to be text
#: (heuristic: a log's dates, numbers, separators and most names are ASCII; random bytes so read
#: are about 1 in 500 ASCII, a UTF-16 log read in the other byte order nearly none).
_WIDE_ASCII = 0.5
_NO_BOM = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


def _wide(head: bytes) -> _Encoding | None:
    """The UTF-16/32 a log's start (its first :data:`_SNIFF_SIZE` bytes) is in: its byte order
    mark's; without one, what Windows tools write, the one whose reading of the start is text -
    no control character but tab and line ends, and mostly ASCII (every other byte of ASCII
    text in UTF-16 is NUL, three of four in UTF-32). ``None``: UTF-8 (or Windows-1252), or
    binary data (a NUL that is no such pattern)."""
    from ._files import _bom

    bom, exact = _bom(head[:4])
    if bom:
        return (
            None
            if exact == "utf-8"
            else _Encoding(exact.rsplit("-", 1)[0], exact, _codec_name(exact), len(bom))
        )
    head = head[:_SNIFF_SIZE]
    if b"\x00" not in head:
        return None
    for exact in _NO_BOM:
        size = 2 if exact.startswith("utf-16") else 4
        text = codecs.getincrementaldecoder(exact)("replace").decode(head[: len(head) - len(head) % size])
        if (
            text
            and _CONTROLS.search(text) is None
            and len(text.encode("ascii", "ignore")) >= _WIDE_ASCII * len(text)
        ):
            return _Encoding(exact, exact, _codec_name(exact), 0)
    return None


def _not_wide_text(
    wide: _Encoding, where: str, exc: UnicodeDecodeError, at: int, lines: int
) -> LogFormatError:
    """The error for UTF-16/32 that stops being text: ``exc`` is the decoder's, ``at`` the offset
    in the input of the first byte it was given, ``lines`` the line ends before that byte."""
    byte = at + exc.start
    line = lines + _breaks(bytes(exc.object[: exc.start]).decode(wide.exact, "replace")) + 1
    if exc.end >= len(exc.object) and exc.reason in ("truncated data", "unexpected end of data"):
        why = f"the input ends inside a character ({_bytes_shown(exc)}): a cut file"
    else:
        why = f"{exc.reason} ({_bytes_shown(exc)})"
    how = "" if wide.bom else " (no byte order mark: read as it by its NUL bytes)"
    return LogFormatError(
        f"not valid {wide.name} text{how} at byte {byte:,} (line {line}): {why}",
        location=f"{where}:{line}",
        suggestion="export the file again whole; as UTF-8 if the app offers it",
    )


def _bad_text(raw: IO[bytes], where: str) -> LogFormatError | None:
    """The error for a file or upload in UTF-16/32 (its start says, see :func:`_wide`) whose
    bytes do not all decode: read again to find the byte and line where they stop (the text
    reader failing says neither: it decodes ahead of the lines). ``None``: they all decode."""
    raw.seek(0)
    wide = _wide(raw.read(_SNIFF_SIZE))
    if wide is None:
        return None
    raw.seek(wide.bom)
    decoder = codecs.getincrementaldecoder(wide.exact)("strict")
    at, lines, cr = wide.bom, 0, False
    while True:
        chunk = raw.read(_READ_SIZE)
        start = at - len(decoder.getstate()[0])
        try:
            text = decoder.decode(chunk, not chunk)
        except UnicodeDecodeError as exc:
            return _not_wide_text(wide, where, exc, start, lines)
        if not chunk:
            return None
        lines += _breaks(text) - (cr and text.startswith("\n"))  # a "\r\n" the read split
        cr = text.endswith("\r") or (cr and not text)
        at += len(chunk)


def _bytes_shown(exc: UnicodeDecodeError) -> str:
    """The bytes a decoder refused: ``byte 0xe9``, ``bytes 0x00 0xd8``."""
    bad = bytes(exc.object[exc.start : exc.end])[:8]
    return f"byte{'s' * (len(bad) > 1)} " + " ".join(f"0x{b:02x}" for b in bad)


def _codec_name(codec: object) -> str:
    """A codec as messages say it: ``utf-16-le`` is ``UTF-16 LE``, ``utf-8-sig`` ``UTF-8``; one
    Python does not know (a stream's own ``encoding``), or none, is UTF-8 (the default)."""
    try:
        name = codecs.lookup(codec).name.upper() if isinstance(codec, str) else "UTF-8"
    except LookupError:
        name = "UTF-8"
    name = name.removesuffix("-SIG")
    return name[:-3] + " " + name[-2:] if name.endswith(("-LE", "-BE")) else name


def _binary(source: object) -> bool:
    """Whether a stream gives bytes: a binary file, ``BytesIO``, a web framework's upload
    (FastAPI's ``UploadFile.file``, Django's ``UploadedFile``)."""
    if isinstance(source, io.RawIOBase | io.BufferedIOBase):
        return True
    if isinstance(source, io.TextIOBase) or not hasattr(source, "read"):
        return False
    mode = getattr(source, "mode", None)
    return isinstance(mode, str) and "b" in mode


def _bytes_of(source: bytes | bytearray | memoryview, where: str, caps: _Caps) -> bytes:
    """The bytes of an upload, within the byte limit, not empty and not binary data."""
    data = bytes(source[: caps.max_bytes + 1])
    if len(data) > caps.max_bytes:
        raise InputLimitError(
            f"input is over the limit of {caps.max_bytes:,} bytes",
            location=where,
            suggestion=f"pass {caps.bytes_knob} for a larger trusted file",
        )
    if not data:
        raise LogFormatError("empty file: no header and no rows", location=where)
    _not_binary(data, where)
    return data


#: The kinds of file passed where a CSV export goes that their first bytes name, with the way to
#: the CSV: a workbook (a ``.xlsx`` is a zip archive), an app's backup (FitNotes' is SQLite).
_NOT_CSV = (
    (b"PK\x03\x04", "a zip archive (an Excel .xlsx, Numbers or OpenDocument workbook is one)",
     "open it and save it as CSV (File > Save As > CSV UTF-8), or unzip the export's CSV"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Excel 97-2003 workbook (.xls)",
     "open it and save it as CSV (File > Save As > CSV UTF-8)"),
    (b"\x1f\x8b", "gzip-compressed", "decompress it first (gunzip export.csv.gz): the CSV is inside"),
    (b"SQLite format 3\x00", "a SQLite database (an app's backup: FitNotes' is one)",
     "export the workouts from the app as CSV (FitNotes: Settings > Spreadsheet Export)"),
    (b"%PDF-", "a PDF document", "export the workouts from the app as CSV, not as a report"),
)  # fmt: skip


def _not_binary(head: bytes | bytearray, where: str) -> None:
    """Refuse binary data: a kind of file its first bytes name (see :data:`_NOT_CSV`), or a NUL
    in the first :data:`_SNIFF_SIZE` bytes of a text that is not UTF-16/32 (see :func:`_wide`)."""
    for magic, what, instead in _NOT_CSV:
        if head.startswith(magic):
            raise LogFormatError(
                f"{what}: a binary file, not a CSV export", location=where, suggestion=instead
            )
    if b"\x00" in head[:_SNIFF_SIZE] and _wide(bytes(head[:_SNIFF_SIZE])) is None:
        raise LogFormatError(
            "looks like a binary file, not a CSV export",
            location=where,
            suggestion="pass the app's CSV export (a workbook saved as CSV)",
        )


def _head_text(head: bytes) -> str:
    """The start of a log as text, decoded as :func:`load_log` decodes the whole: its UTF-16/32
    (a byte order mark's, or one without, see :func:`_wide`), else UTF-8 (a character the cut
    splits is left out), else Windows-1252; never an error (a UTF-16/32 byte that is not is
    replaced)."""
    wide = _wide(head[:_SNIFF_SIZE])
    if wide is not None:
        return codecs.getincrementaldecoder(wide.codec)("replace").decode(head)
    try:
        return codecs.getincrementaldecoder("utf-8-sig")("strict").decode(head)  # not final: a cut
    except UnicodeDecodeError:
        return head.decode("cp1252", "replace")


#: What a stream is read in: a chunk of this many bytes (or characters) a ``read()``.
_READ_SIZE = 1 << 16
#: How much of a stream decides its encoding (a byte order mark, UTF-8, else Windows-1252): held
#: in memory once, then read as text like every later chunk. A file is decided whole (it is read
#: twice when it is not UTF-8); a stream can be read once only.
_HEAD_SIZE = 1 << 20


def _streamed(
    source: object,
    where: str,
    name: str | None,
    unit: str | None,
    keep_sets: bool,
    caps: _Caps,
    order: _Reading,
) -> WorkoutLog:
    """Read a binary stream (or any object with ``read()``) a chunk at a time: memory holds a
    chunk and the log, never the whole stream (see :class:`_StreamText`)."""
    from ._validate import mark_checked

    if getattr(source, "closed", False) is True:
        raise LogFormatError("the stream is closed", location=where)
    text = _StreamText(source, where, caps)
    counted_already = attrs.evolve(caps, count_bytes=False)  # the bytes are counted as they are read
    log = _parse(cast(IO[str], text), where, name, unit, keep_sets, counted_already, order)
    notices = text.notices()
    if not notices:
        return log
    issues = list(log.issues)
    for notice in notices:  # first among its line's issues, as a file's (see _windows_1252)
        at = next((i for i, issue in enumerate(issues) if issue.line >= notice.line), len(issues))
        issues.insert(at, notice)
    return mark_checked(attrs.evolve(log, issues=tuple(issues)))


#: The notice of a log read as Windows-1252.
_CP1252_NOTICE = (
    "not UTF-8: read as Windows-1252, the encoding of Excel's 'CSV (Comma delimited)' on Windows "
    "(export as UTF-8 if accented names look wrong)"
)


class _StreamText:
    """A stream's lines, read ``_READ_SIZE`` at a time (``read()`` may return less, as a socket
    or a pipe does: the stream is read until it returns nothing), held to the byte limit.

    Bytes are decoded as a file is, decided by the first ``_HEAD_SIZE`` bytes: UTF-16/32 (a byte
    order mark's, or one without, see :func:`_wide`), UTF-8, else Windows-1252 (a notice on line 1).
    A stream cannot be read again, so UTF-8 that turns out not to be after the head (a Windows-1252
    file whose first accent comes late) goes on as UTF-8, each byte that is not read as
    Windows-1252, with a notice at the line of the first. A stream of ``str`` is read as it is.
    Lines end at ``\\r\\n``, ``\\n`` or a lone ``\\r``, and keep their ends (``csv.reader`` joins a
    quoted field's lines)."""

    def __init__(self, source: object, where: str, caps: _Caps) -> None:
        read = getattr(source, "read", None)
        if not callable(read):
            raise LogFormatError(f"the stream has no read(): {type(source).__name__}", location=where)
        self._read: Callable[[int], object] = read
        self._where = where
        self._caps = caps
        self._total = 0
        self._no_size = False
        self._kind: type[str] | type[bytes] | None = None
        self._decoder: codecs.IncrementalDecoder | None = None
        self._codec: str | None = None
        self._wide: _Encoding | None = None
        self._fed = 0  # bytes given to the decoder
        self.lines_done = 0
        self.cp1252 = False
        self.fallback_line: int | None = None
        self._lines = chain.from_iterable(self._line_lists())

    def readline(self) -> str:
        return next(self._lines, "")

    def __iter__(self) -> Iterator[str]:
        return self._lines

    def seekable(self) -> bool:
        return False

    def notices(self) -> list[LogIssue]:
        """What the log's issues say about the encoding."""
        if self.cp1252:
            return [LogIssue(1, _CP1252_NOTICE)]
        if self.fallback_line is not None:
            return [
                LogIssue(
                    self.fallback_line,
                    "not UTF-8 from this line on (the stream's first MiB was, and a stream is read once): "
                    "bytes that are not UTF-8 are read as Windows-1252 (export as UTF-8 if accented names "
                    "look wrong)",
                )
            ]
        return []

    def _chunk(self) -> bytes | str:
        """The next piece of the stream (empty at its end), counted against the byte limit."""
        try:
            chunk = self._read(_READ_SIZE)
        except TypeError:  # a read() that takes no size (some upload wrappers): all it gives
            if self._kind is not None or self._no_size:
                raise
            self._no_size = True
            read = cast(Callable[[], object], self._read)
            self._read = lambda _size: read()
            return self._chunk()
        except OSError as exc:
            message = f"cannot read the stream: {exc.strerror or exc}"
            raise LogFormatError(message, location=self._where) from None
        if isinstance(chunk, bytearray | memoryview):
            chunk = bytes(chunk)
        if chunk is None:  # a non-blocking stream with nothing to read yet
            raise LogFormatError(
                "the stream gave None: it is non-blocking and has no data yet",
                location=self._where,
                suggestion="pass a blocking stream, or the bytes once they have all arrived",
            )
        if not isinstance(chunk, bytes | str):
            raise LogFormatError(f"the stream gave {type(chunk).__name__}, not bytes", location=self._where)
        if self._kind is None:
            self._kind = type(chunk)
        elif not isinstance(chunk, self._kind) and chunk:
            raise LogFormatError(
                f"the stream gave {type(chunk).__name__} after {self._kind.__name__}", location=self._where
            )
        self._total += len(chunk)
        if self._total > self._caps.max_bytes:
            raise InputLimitError(
                f"input is over the limit of {self._caps.max_bytes:,} bytes",
                location=self._where,
                suggestion=f"pass {self._caps.bytes_knob} for a larger trusted file",
            )
        return chunk

    def _head(self) -> tuple[bytearray | str, bool]:
        """The stream's first ``_HEAD_SIZE`` bytes, its encoding decided from them; and whether
        that is all of it."""
        chunks: list[str] = []
        head = bytearray()  # grown in place: the head is held once, not twice
        size, eof = 0, False
        while size < _HEAD_SIZE:
            chunk = self._chunk()
            if not chunk:
                eof = True
                break
            if isinstance(chunk, str):
                chunks.append(chunk)
            else:
                head += chunk
            size += len(chunk)
        if self._kind is str:
            return "".join(chunks), eof
        _not_binary(head, self._where)
        self._wide = _wide(bytes(head[:_SNIFF_SIZE]))
        self._codec = "utf-8-sig" if self._wide is None else self._wide.codec
        if self._codec == "utf-8-sig":
            trial = codecs.getincrementaldecoder("utf-8-sig")("strict")
            try:  # a piece at a time: the decoded text is not kept
                for at in range(0, len(head), _READ_SIZE):
                    trial.decode(head[at : at + _READ_SIZE], eof and at + _READ_SIZE >= len(head))
            except UnicodeDecodeError:
                self.cp1252 = True
                self._codec = "cp1252"
        self._decoder = codecs.getincrementaldecoder(self._codec)("replace" if self.cp1252 else "strict")
        return head, eof

    def _decode(self, chunk: bytes | bytearray | str, final: bool) -> str:
        if isinstance(chunk, str) or self._decoder is None:
            return cast(str, chunk)
        fed = self._fed
        self._fed += len(chunk)
        try:
            return self._decoder.decode(chunk, final)
        except UnicodeDecodeError as exc:
            if self._wide is not None:  # UTF-16/32 that is not: where, in the stream's bytes and lines
                at = fed - len(self._decoder.getstate()[0])  # the first byte the decoder was given
                raise _not_wide_text(self._wide, self._where, exc, at, self.lines_done) from None
            if self.fallback_line is not None:
                raise
            # the line: the lines read so far, and the line ends before the bad byte in what the
            # decoder was given (the chunk, after any bytes of a character the last one cut)
            self.fallback_line = self.lines_done + bytes(exc.object[: exc.start]).count(b"\n") + 1
            self._decoder.errors = _cp1252_errors()  # the decoder is as it was before the call
            return self._decoder.decode(chunk, final)

    def _texts(self) -> Iterator[tuple[str, bool]]:
        """The stream as text, a piece of at most ``_READ_SIZE`` at a time, and whether each is
        the last."""
        head, eof = self._head()
        for at in range(0, len(head), _READ_SIZE):
            last = eof and at + _READ_SIZE >= len(head)
            yield self._decode(head[at : at + _READ_SIZE], last), last
        if not head and eof:
            yield "", True
        while not eof:
            chunk = self._chunk()
            eof = not chunk
            yield self._decode(chunk, eof), eof

    def _line_lists(self) -> Iterator[list[str]]:
        """The lines of each piece (run in Python a piece, not a line: see ``_lines``)."""
        pending = ""
        for text, last in self._texts():
            lines = _split_lines(pending + text if pending else text)
            # the last line waits for the next piece unless it is whole (a "\r" may be half of "\r\n")
            pending = lines.pop() if lines and not last and lines[-1][-1] != "\n" else ""
            self.lines_done += len(lines)
            yield lines


def _split_lines(text: str) -> list[str]:
    """``text``'s lines with their ends, split at ``\r\n``, ``\n`` and a lone ``\r`` only:
    ``str.splitlines`` (7 times faster than the regular expression) unless the text holds one of
    the other characters it splits at (a form feed, U+2028...), seen in its count of lines."""
    lines = text.splitlines(True)
    ends = text.count("\n") + text.count("\r") - text.count("\r\n")
    if len(lines) == ends + (bool(text) and text[-1] not in "\r\n"):
        return lines
    return cast(list[str], _LINE.findall(text))


def _cp1252_errors() -> str:
    """The name of the codec error handler that reads each byte UTF-8 does not take as
    Windows-1252 (registered once, with :mod:`codecs`, on first use)."""
    name = "hamstring_rules.cp1252"
    try:
        codecs.lookup_error(name)
    except LookupError:
        codecs.register_error(name, _as_cp1252)
    return name


def _as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return bytes(exc.object[exc.start : exc.end]).decode("cp1252", "replace"), exc.end


def _decoded(
    opener: Callable[[str | None], IO[str]],
    where: str,
    source: str | None,
    unit: str | None,
    keep_sets: bool,
    caps: _Caps,
    order: _Reading,
) -> WorkoutLog:
    """Read a file or an upload as its BOM says, else UTF-8; UTF-8 that is not (no BOM) is read
    again as Windows-1252 (see :func:`_windows_1252`)."""
    with opener(None) as fh:
        try:
            return _parse(fh, where, source, unit, keep_sets, caps, order)
        except _NotUtf8Error as exc:
            if getattr(fh, "encoding", None) != "utf-8-sig":  # a UTF-16/32 file is broken: where
                raise (_bad_text(cast(IO[bytes], cast(io.TextIOWrapper, fh).buffer), where) or exc) from None
    return _windows_1252(opener, where, source, unit, keep_sets, caps, order)


def _windows_1252(
    opener: Callable[[str | None], IO[str]],
    where: str,
    source: str | None,
    unit: str | None,
    keep_sets: bool,
    caps: _Caps,
    order: _Reading,
) -> WorkoutLog:
    """A file that is not UTF-8, read as Windows-1252: what Excel on Windows saves as "CSV (Comma
    delimited)". Every byte reads as some character (the five cp1252 leaves undefined as U+FFFD),
    so accented names may be wrong, never the numbers; the log's first issue says so."""
    from ._validate import mark_checked

    with opener("cp1252") as fh:
        log = _parse(fh, where, source, unit, keep_sets, caps, order)
    return mark_checked(attrs.evolve(log, issues=(LogIssue(1, _CP1252_NOTICE), *log.issues)))


@attrs.frozen
class _Caps:
    max_bytes: int
    max_weeks: int
    max_names: int
    max_text: int
    count_bytes: bool = True
    """Count what a stream yields (a file's size is checked before it is opened)."""
    bytes_knob: str = "max_bytes= to load_log"
    """What raises the byte limit: the argument that set it (named in the error)."""

    @classmethod
    def of(cls, limits: Limits | None, max_bytes: int) -> _Caps:
        knob = "max_bytes= to load_log"
        if limits is None:
            limits = Limits()
        elif limits.max_log_bytes <= max_bytes:  # the caller's Limits set the binding limit
            knob = "limits=Limits(max_log_bytes=...)"
        return cls(
            min(max_bytes, limits.max_log_bytes),
            limits.max_log_weeks,
            limits.max_log_names,
            limits.max_text,
            bytes_knob=knob,
        )


#: The separators a log's header may use, the most frequent in it taken (a tie: the first).
_DELIMITERS = (",", ";", "\t", "|")


def _lines(fh: IO[str], where: str, caps: _Caps) -> tuple[str, Iterator[str]]:
    """The delimiter and the lines from the header on (a file is rewound: no per-line wrapper)."""
    blank = 0  # lines before the header holding nothing, or only separators (an edited export)
    while True:
        first = fh.readline()
        if not isinstance(first, str):  # an object whose readline gives bytes or None
            kind = type(first).__name__
            raise LogFormatError(f"expected a text stream, got lines of {kind}", location=where)
        if not first or first.strip(_BLANK):
            break
        blank += 1
        if caps.count_bytes and blank > caps.max_bytes:
            raise InputLimitError(
                f"input is over the limit of {caps.max_bytes:,} bytes",
                location=where,
                suggestion=f"pass {caps.bytes_knob} for a larger trusted input",
            )
    if not first:
        raise LogFormatError("empty file: no header and no rows", location=where)
    if "\x00" in first:  # a text stream's: a file load_log opens is told UTF-16/32 by its NULs
        encoding = getattr(fh, "encoding", None)
        read_as = (
            f"read as {_codec_name(encoding)}" if isinstance(encoding, str) else "decoded in another encoding"
        )
        raise LogFormatError(
            f"the header holds NUL characters ({first.count(chr(0)):,} in {len(first):,}): UTF-16 or "
            f"UTF-32 text {read_as}",
            location=f"{where}:{blank + 1}",
            suggestion="pass the file's path or its bytes (its encoding is then found), or open it "
            "with encoding='utf-16'",
        )
    header = first
    if _lone_cr(first):  # old Mac line ends in a stream that splits lines at "\n" only
        match = _LINE.match(first)
        header = match.group() if match is not None else first
    # Excel's "sep=;" first line names the separator (read again and skipped by _parse);
    # else the most frequent of comma, semicolon, tab and pipe (a tie is ",")
    delimiter = excel_separator(header.rstrip("\r\n")) or max(_DELIMITERS, key=header.count)
    if not caps.count_bytes and fh.seekable():  # a file load_log opened: universal newlines
        fh.seek(0)
        return delimiter, iter(fh)
    if isinstance(fh, _StreamText):  # split at lone "\r" already, and counted as it is read
        return delimiter, _chain(first, fh, blank)
    if caps.count_bytes:
        return delimiter, _universal(_counted(first, fh, caps.max_bytes, where, caps.bytes_knob, blank))
    return delimiter, _universal(_chain(first, fh, blank))


#: One line and its end: ``\r\n``, ``\n`` or a lone ``\r`` (csv.reader joins a quoted field's lines).
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _universal(lines: Iterator[str]) -> Iterator[str]:
    """The lines split at lone ``\r`` too: a stream opened without universal newlines (a
    ``StringIO``) yields a file with old Mac line ends as one line, which csv.reader refuses.
    A line without a lone ``\r`` passes as it is, so the common case costs one scan."""
    for line in lines:
        if _lone_cr(line):
            yield from _LINE.findall(line)
        else:
            yield line


def _lone_cr(line: str) -> bool:
    """Whether a line holds a ``\r`` that does not end it as ``\r\n``."""
    at = line.find("\r")
    return at >= 0 and (at != len(line) - 2 or line[-1] != "\n")


#: What a line before the header may hold and still be blank.
_BLANK = " \t\r\n,;\ufeff"


def _chain(first: str, fh: IO[str] | Iterator[str], blank: int = 0) -> Iterator[str]:
    """The skipped blank lines (so line numbers still count them), the first line, the rest: in C
    (``itertools.chain``), nothing run in Python a line."""
    return chain(repeat("\n", blank), (first,), fh)


def _counted(
    first: str, fh: IO[str], max_bytes: int, where: str, knob: str = "max_bytes= to load_log", blank: int = 0
) -> Iterator[str]:
    """The stream's lines, refusing it once it has yielded more than ``max_bytes`` characters."""
    total = 0
    for line in _chain(first, fh, blank):
        total += len(line)
        if total > max_bytes:
            raise InputLimitError(
                f"input is over the limit of {max_bytes:,} bytes",
                location=where,
                suggestion=f"pass {knob} for a larger trusted input",
            )
        yield line


class _OpenQuote:
    """Refuses a quote left open at the end of the input. ``csv.reader`` then reads the rest of
    the input as one cell, quietly (half a file read as one bad row): a row it gives after the
    lines ran out is that row, since a row read whole ends at its line's end, before the reader
    asks for another line. Costs a flag test a row."""

    def __init__(self, lines: Iterator[str], where: str) -> None:
        self.ended = False
        self.where = where
        self.lines = chain(lines, self._end())
        self.reader: Any = None

    def _end(self) -> Iterator[str]:
        self.ended = True
        yield from ()

    def watch(self, reader: Any) -> _OpenQuote:
        """The rows of ``reader`` (which reads :attr:`lines`), as it gives them."""
        self.reader = reader
        self._rows = self._checked()
        return self

    @property
    def line_num(self) -> int:
        return int(self.reader.line_num)

    def __iter__(self) -> Iterator[list[str]]:
        return self._rows

    def _checked(self) -> Iterator[list[str]]:
        for row in self.reader:
            if self.ended and row:
                self._refuse(row[-1])
            yield row

    def _refuse(self, cell: str) -> None:
        last = self.reader.line_num
        first = last - max(len(_LINE.findall(cell)), 1) + 1  # the open cell runs to the last line
        lines = f"line {last}" if first == last else f"lines {first}-{last}"
        raise LogFormatError(
            f"a quote opened on line {first} is never closed: the rest of the input ({lines}) would be "
            "one cell - a cut or truncated file, or a stray '\"' at the start of a cell",
            location=f"{self.where}:{first}",
            suggestion='export the file again whole; in a quoted cell a quote is written twice ("")',
        )


def _quoted_lines(row: list[str], where: str, last: int) -> None:
    """Refuse a header row that is none because a quote made lines of it one cell: a stray
    quote that a later row's quote closes (one never closed is :class:`_OpenQuote`'s). ``last``:
    the row's last line."""
    line = last - sum(map(_breaks, row))  # the row's first line
    for cell in row:
        spans = _breaks(cell)
        if spans:
            first = _split_lines(cell)[0]  # a log's header when the stray quote opened it
            inner = next(csv.reader([first], delimiter=max(_DELIMITERS, key=first.count)), [])
            refuse = _header_refused if _format(_clean(inner), where, line) is not None else LogFormatError
            raise refuse(
                f"a quote opened on line {line} closes on line {line + spans}: lines {line}-{line + spans} "
                f"are one header cell ({shown(cell, 40)}), and no header is recognised",
                location=f"{where}:{line}",
                suggestion="remove the stray '\"' at the start of the cell; in a quoted cell a quote is "
                'written twice ("")',
            )
        line += spans


def _quoted_whole(row: list[str], where: str, line: int) -> None:
    """Refuse a header that is one quoted cell holding a header (``"Date,Exercise,Reps"``): every
    line of such a file is quoted whole, each row one cell."""
    cells = [cell for cell in row if cell.strip()]
    if len(cells) != 1 or not any(d in cells[0] for d in _DELIMITERS):
        return
    inner = next(csv.reader([cells[0]], delimiter=max(_DELIMITERS, key=cells[0].count)), [])
    if _format(_clean(inner), where, line) is not None:
        raise _header_refused(
            f"each line is one quoted cell: the header {shown(cells[0], 60)} is one column, as is every row",
            location=f"{where}:{line}",
            suggestion="remove the quotes around each line (save the sheet as CSV again, its columns split)",
        )


def _breaks(text: str) -> int:
    """The line ends in ``text``: ``\r\n``, ``\n`` or a lone ``\r``."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


class _Reading(NamedTuple):
    """How a log's dates are read: numeric dates' day/month order (``None``: the file decides),
    and the time zone timestamps with an offset or in Unix time are read in (``None``: as
    written; see :func:`time_zone`)."""

    date_order: str | None = None
    zone: tzinfo | None = None


_AS_WRITTEN = _Reading()


class _Ahead:
    """A ``csv.reader``'s rows as the header search reads them, each with its line, and the rows
    it read ahead and gave back (a sample below a header: :func:`_sample`), read again first."""

    def __init__(self, rows: Iterator[list[str]], reader: Any) -> None:
        self.rows, self.reader = rows, reader
        self.held: list[tuple[list[str], int]] = []
        self.last = 0
        """The line of the last row read (its last line, a quoted cell's breaks in it)."""

    def next(self) -> tuple[list[str], int] | None:
        """The next row and its last line; ``None`` at the end."""
        if self.held:
            given = self.held.pop(0)
            self.last = given[1]
            return given
        row: list[str] | None = next(self.rows, None)
        if row is None:
            return None
        self.last = int(self.reader.line_num)
        return row, self.last

    def give_back(self, rows: list[tuple[list[str], int]]) -> None:
        self.held[:0] = rows


def _rows_after(found: _Found, rest: Any) -> Any:
    """The rows after a found header: those the search read ahead (:attr:`_Found.held`), then
    ``rest``'s (the file's ``csv.reader``, watched)."""
    if not found.held:
        return rest
    firsts = [at - sum(cell.count("\n") for cell in row) for row, at in found.held]
    return _Rows([row for row, _ in found.held], firsts, found.line, rest)


class _Found(NamedTuple):
    """A log's header as :func:`_find_header` finds it: its format, cells and line; the rows read
    ahead of the reader (each with its last line: :func:`_rows_after`); and in a file of several
    tables in sections (:data:`_SECTION_MARK`), the section read (its name and line) and those
    passed over before it (name, line, why not read); ``None`` for a file of one table."""

    fmt: _Format
    header: list[str]
    line: int
    held: list[tuple[list[str], int]]
    sections: tuple[tuple[str, int], list[tuple[str, int, str]]] | None = None


#: Rows below a header of a date and an exercise but no reps column that are looked at for a
#: column of sets (``100x8,100x8,105x6``: :func:`_set_list_column`); heuristic, as the rows a
#: reader looks at for a trailing separator (:data:`_SEPARATOR_ROWS`).
_SAMPLE_ROWS = 64


def _sample(look: _Ahead, header: list[str], where: str, line: int) -> _Format | None:
    """The format of a header naming a date and an exercise but no reps column, from the rows
    below it (up to :data:`_SAMPLE_ROWS`, to a section's end), given back: a column of each
    set's weight x reps (:func:`_set_list_column`). ``None`` for any other header, or none."""
    roles = columns_by_role(header, _ROLES, done=True, first_of_twice=True)
    if "reps" in roles or not {"date", "exercise"} <= roles.keys():
        return None
    sample: list[tuple[list[str], int]] = []
    while len(sample) < _SAMPLE_ROWS:
        got = look.next()
        if got is None:
            break
        sample.append(got)
        if _section_mark(got[0]) is not None:
            break
    look.give_back(sample)
    return _generic(header, where, line, sample=[row for row, _ in sample])


def _find_header(rows: Iterator[list[str]], reader: Any, delimiter: str, where: str) -> _Found:
    """A log's header, where :func:`load_log` looks for it (and ``check -`` too, see
    :func:`log_header_in`): after blank lines and Excel's ``sep=`` line, the first row or one of
    up to :data:`MAX_TITLE_ROWS` rows below it (a title above the header), or in a file of
    several tables in sections (``### EXERCISE LOGS ###``, a JEFIT backup) the first section's
    whose header is a log's. ``LogFormatError`` naming the first row's columns without one (a
    header of a date and an exercise, its own; a file of sections, each section's)."""
    look = _Ahead(rows, reader)
    got = look.next()
    while got is not None and not "".join(got[0]).strip(_BLANK):  # blank lines first
        got = look.next()
    if got is not None and excel_separator(delimiter.join(got[0])) is not None:
        got = look.next()  # Excel's "sep=;" line: the header follows
        while got is not None and not "".join(got[0]).strip(_BLANK):
            got = look.next()
        if got is None:
            raise LogFormatError(
                f"only Excel's 'sep={delimiter}' line: no header and no rows", location=where
            )
    if got is None:
        raise LogFormatError("empty file: no header and no rows", location=where)
    raw_header, first_line = got
    header = _clean(_columns_capped(raw_header, where, first_line))
    fmt = _format(header, where, first_line) or _sample(look, header, where, first_line)
    line = first_line
    refused = None if fmt is not None or not _log_named(header) else (header, first_line)
    tried = [(raw_header, first_line)]
    while fmt is None and len(tried) <= MAX_TITLE_ROWS:  # a title above the header
        got = look.next()
        if got is None:
            break
        row, line = got
        tried.append(got)
        header = _clean(_columns_capped(row, where, line))
        if not "".join(header).strip(_BLANK):
            continue
        fmt = _format(header, where, line) or _sample(look, header, where, line)
        if fmt is None and refused is None and _log_named(header):
            refused = (header, line)
    sections = None
    if fmt is None:
        for row, last in tried:  # a header a stray quote made lines of one cell
            _quoted_lines(row, where, last)
        _quoted_whole(raw_header, where, first_line)
        if any(_section_mark(row) for row, _ in tried):
            look.give_back(tried)
            return _sectioned(look, where)
        if refused is not None:  # a header of a date and an exercise: the columns it lacks are its own
            _detect(refused[0], where, refused[1], delimiter)
        fmt = _detect(
            _clean(raw_header), where, first_line, delimiter
        )  # raises, naming the first row's columns
    elif any(_section_mark(row) for row, _ in tried):  # the table's section marked above its header
        marks = _marks(tried)
        sections = (marks[-1], _tables_above(tried[: [at for _, at in tried].index(marks[-1][1])]))
    return _Found(fmt, header, line, look.held, sections)


def _log_named(header: list[str]) -> bool:
    """Whether a header names a log's date and exercise columns (it is a header, not a title)."""
    roles = columns_by_role(header, _ROLES, done=True, first_of_twice=True)
    return {"date", "exercise"} <= roles.keys()


#: A row marking a section of a file of several tables (``### WORKOUT SESSIONS ###``, ``### EXERCISE
#: LOGS ####...``, as a JEFIT backup writes its settings, sessions, exercise logs and set logs): its
#: name; a row of ``#`` alone (``#####``) closes a section.
_SECTION_MARK = re.compile(r"#{2,}\s*([^#\s][^#]{0,60}?)\s*#*")
_SECTION_END = re.compile(r"#{3,}")


def _section_mark(row: list[str]) -> str | None:
    """A section's name for a row marking one (:data:`_SECTION_MARK`), ``""`` for a row closing
    one (``#####``), ``None`` for any other row."""
    cells = [cell for cell in row if cell.strip()]
    if len(cells) != 1 or len(cells[0]) > MAX_TITLE_CELL:
        return None
    cell = cells[0].strip()
    found = _SECTION_MARK.fullmatch(cell)
    if found is not None:
        return found.group(1)
    return "" if _SECTION_END.fullmatch(cell) else None


def _marks(rows: Iterable[tuple[list[str], int]]) -> list[tuple[str, int]]:
    """The sections ``rows`` mark: each name and line."""
    return [(name, line) for row, line in rows if (name := _section_mark(row))]


def _tables_above(rows: list[tuple[list[str], int]]) -> list[tuple[str, int, str]]:
    """The sections ``rows`` (above a log's section) mark: each name, line, and what its header
    (the first row after its mark) lacks to be a log's; ``""``: a section of no table."""
    passed: list[tuple[str, int, str]] = []
    for row, line in rows:
        mark = _section_mark(row)
        if mark:
            passed.append((mark, line, ""))
        elif mark is None and passed and not passed[-1][2] and "".join(row).strip(_BLANK):
            passed[-1] = (*passed[-1][:2], _lacks(_clean(row)))
    return passed


def _sectioned(look: _Ahead, where: str) -> _Found:
    """The header of a file of several tables in sections (:data:`_SECTION_MARK`): the first row
    after a section's mark is its header; the first section whose header is a log's (its own
    columns, or a column of sets: :func:`_sample`) is read, the others passed over and said
    (see :class:`_SectionRows`). ``LogFormatError`` naming each section and what its header
    lacks when none is a log: a JEFIT backup's sets (``EXERCISE SET LOGS``) name no date and no
    exercise of their own (their exercise log's id)."""
    passed: list[tuple[str, int, str]] = []
    section: tuple[str, int] | None = None
    expecting = False
    while (got := look.next()) is not None:
        row, line = got
        mark = _section_mark(row)
        if mark is not None:
            if section is not None and expecting:
                passed.append((*section, ""))
            section, expecting = ((mark, line), True) if mark else (None, False)
            continue
        if not expecting or not "".join(row).strip(_BLANK):
            continue
        expecting = False
        header = _clean(_columns_capped(row, where, line))
        fmt = _format(header, where, line) or _sample(look, header, where, line)
        if fmt is not None:
            return _Found(fmt, header, line, look.held, (section or ("", line), passed))
        name, at = section if section is not None else ("", line)
        passed.append((name, at, _lacks(header)))
    said = "; ".join(f"{shown(name, 40)} (line {at}): {why}" for name, at, why in passed[:8] if why) or "none"
    raise LogFormatError(
        f"a file of several tables in sections (a JEFIT backup?), none of them a log of sets: {said}",
        location=f"{where}:{passed[0][1] if passed else 1}",
        suggestion="a section is read when its header names a date, an exercise and the reps (or a "
        "column of each set's weight x reps, 100x8,100x8); a section of sets that name their exercise "
        "log by its id is not: export the workout history (JEFIT's exercise logs) instead",
    )


def _lacks(header: list[str]) -> str:
    """What a header that is no log's lacks: ``no date and no reps column``."""
    roles = columns_by_role(header, _ROLES, done=True, first_of_twice=True)
    missing = [role for role in ("date", "exercise", "reps") if role not in roles]
    return f"no {' and no '.join(missing)} column" if missing else "no log columns"


class _SectionRows:
    """A log's rows in a file of several tables in sections (:data:`_SECTION_MARK`): the rows of
    the log's section, then of each later section whose header is a log's (its header given to
    the reader, which reads it as a header again or another export's); the rows of any other
    section, its mark and its header are given as blank rows (their lines kept, a quoted cell's
    breaks too), and said (:meth:`notice`). Rows pass through a generator (one step a row, only
    in such a file); :attr:`line_num` is the rows' own."""

    def __init__(
        self,
        rows: Any,
        where: str,
        header: list[str],
        first: tuple[str, int],
        before: list[tuple[str, int, str]],
    ) -> None:
        self.rest, self.where, self.header = rows, where, header
        self.read = [first]
        """The sections read: name, line."""
        self.before = before
        """The sections passed over before the log's: name, line, what its header lacks (``""``:
        none, a section of no table)."""
        self.passed: list[tuple[str, int, int]] = []
        """The sections not read after the log's: name, line, rows."""

        self.rows = self._rows()  # one generator: a reader reads ahead, then on (_trailing_separator)

    @property
    def line_num(self) -> int:
        return int(self.rest.line_num)

    def __iter__(self) -> Iterator[list[str]]:
        return self.rows

    def _rows(self) -> Iterator[list[str]]:
        reading, expecting = True, False
        name, at, count = "", 0, 0
        for row in self.rest:
            mark = _section_mark(row)
            if mark is not None:
                if not reading and name:
                    self.passed.append((name, at, count))
                reading, expecting, count = False, bool(mark), 0
                name, at = mark, self.line_num
                yield ["\n" * sum(cell.count("\n") for cell in row)]
                continue
            if expecting and "".join(row).strip(_BLANK):
                expecting = False
                cells = _clean(row)
                same = cells == self.header  # the log's table again: read on, its header no row
                if same or _format(cells, self.where, self.line_num) is not None:
                    self.read.append((name, at))
                    reading, name = True, ""
                    yield ["\n" * sum(cell.count("\n") for cell in row)] if same else row
                    continue
            if reading:
                yield row
                continue
            count += any(cell.strip() for cell in row)
            yield ["\n" * sum(cell.count("\n") for cell in row)]
        if not reading and name:
            self.passed.append((name, at, count))

    def notice(self) -> LogIssue:
        """What was read of the file's sections and what was not (sections of no table unsaid)."""
        before = [f"{shown(name, 40)} (line {at}: {why})" for name, at, why in self.before if why]
        after = [
            f"{shown(name, 40)} (line {at}, {counted(rows, 'row')})" for name, at, rows in self.passed if rows
        ]
        unread = before + after
        read = " and ".join(
            f"{shown(name, 40)} (line {at})" if name else f"line {at}" for name, at in self.read
        )
        more = f" and {len(unread) - 8} more" if len(unread) > 8 else ""
        return LogIssue(
            self.read[0][1],
            f"a file of several tables in sections (a JEFIT backup?): {read} read as the log"
            + (f"; not read, no log of sets: {'; '.join(unread[:8])}{more}" if unread else ""),
        )


def log_header_in(text: str) -> bool:
    """Whether ``text``, the start of an input, holds a log's header where :func:`load_log` finds
    one (the separator, blank lines, a ``sep=`` line, title rows: :func:`_find_header`): how the
    CLI's ``check -`` tells a log on standard input as a path's is told. A header read as a
    log's and refused (each line one quoted cell, a weight column in stone) is a log's too: the
    input is then read as the log, to the error a path gets."""
    stream = io.StringIO(text)
    try:
        delimiter, lines = _lines(stream, "-", _Caps.of(None, len(text) + 1))
        reader = csv.reader(lines, delimiter=delimiter)
        _find_header(iter(reader), reader, delimiter, "-")  # read ahead: the rows are not read
    except HamstringRulesError as exc:
        return getattr(exc, "log_header", False) is True
    except csv.Error:
        return False
    return True


def _parse(
    fh: IO[str],
    where: str,
    source: str | None,
    default_unit: str | None,
    keep_sets: bool,
    caps: _Caps,
    reading: _Reading = _AS_WRITTEN,
) -> WorkoutLog:
    reader = None
    try:
        delimiter, lines = _lines(fh, where, caps)
        quotes = _OpenQuote(lines, where)
        reader = csv.reader(quotes.lines, delimiter=delimiter)
        rows = iter(quotes.watch(reader))  # the header's rows too: a quote left open in one is said
        found = _find_header(rows, reader, delimiter, where)
        fmt, header, header_line = found.fmt, found.header, found.line
        after: Any = _rows_after(found, quotes)
        tables = None if found.sections is None else _SectionRows(after, where, header, *found.sections)
        source_rows: Any = _trailing_separator(fmt, header, tables or after, header_line, delimiter)
        sections: list[tuple[int, WorkoutLog | LogFormatError]] = []
        while True:  # each export joined in the file read in its own columns (_NextSection)
            log_reader = _Reader(
                fmt,
                header,
                where,
                default_unit,
                keep_sets,
                caps,
                reading.date_order,
                header_line,
                reading.zone,
                delimiter,
            )
            rows_read = _sided(source_rows, header, fmt) if fmt.side else source_rows
            try:
                sections.append((header_line, log_reader.read(rows_read, source)))
            except LogFormatError as exc:
                if not exc.message.startswith(_NO_SETS) or (log_reader.next_section is None and not sections):
                    raise
                sections.append((header_line, exc))  # a part of no sets: said, the others read
            section = log_reader.next_section
            if section is None:
                break
            del log_reader  # one reader's aggregates at a time
            fmt, header, header_line = section.fmt, section.header, section.line
            source_rows = _Rows(section.rows, section.lines, section.line, source_rows)
        log = _joined(sections, where, caps) if len(sections) > 1 else cast(WorkoutLog, sections[0][1])
        if tables is not None:  # a file of tables in sections: what was read of them, first
            from ._validate import mark_checked

            log = mark_checked(attrs.evolve(log, issues=(tables.notice(), *log.issues)))
        return _paired_sides(log)
    except UnicodeDecodeError as exc:  # a text stream's decoder reads ahead: the line is a lower bound
        after = f" after line {reader.line_num}" if reader is not None and reader.line_num else ""
        raise _NotUtf8Error(
            f"not valid {_codec_name(getattr(fh, 'encoding', None))} text{after}: {exc.reason} "
            f"({_bytes_shown(exc)})",
            location=where,
            suggestion="export the file again as UTF-8",
        ) from None
    except csv.Error as exc:
        line = reader.line_num if reader is not None else 1
        raise LogFormatError(f"malformed CSV: {exc}", location=f"{where}:{line}") from None
    except OSError as exc:  # the caller's stream failed while being read
        raise LogFormatError(f"cannot read the input: {exc.strerror or exc}", location=where) from None


#: The words naming a side in an exercise's name as lifters log one leg at a time (``Single Leg
#: RDL (Left)``, ``- L``, ``Left leg curl``, ``links``/``rechts``...), in the sheet languages;
#: one letter only in English's ``L``/``R`` (a French ``D`` or ``G`` is too often something else).
_LEFT_WORDS = ("left", "l", "lt", "links", "izquierda", "izquierdo", "izq", "gauche", "sinistra", "sinistro",
               "esquerda", "esquerdo", "linker", "linkes")  # fmt: skip
_RIGHT_WORDS = ("right", "r", "rt", "rechts", "derecha", "derecho", "der", "droite", "destra", "destro",
                "direita", "direito", "rechter", "rechtes")  # fmt: skip
_SIDE_WORDS = frozenset((*_LEFT_WORDS, *_RIGHT_WORDS))
_SIDE = "|".join(sorted(_SIDE_WORDS, key=len, reverse=True))
_LIMB = r"(?:\s+(?:leg|side|arm|bein|seite|pierna|lado|jambe|cote|côté|gamba|lato|perna))?"
#: A side after the name (``(Left)``, ``- L``, ``, right leg``, ``[R]``) or before it (``Left leg curl``:
#: a leg curl, the limb word kept).
_SIDE_AFTER = re.compile(
    rf"(?P<base>.*?\S)[\s,]*(?:[-–—/:|]\s*)?[(\[]?\s*\b(?P<side>{_SIDE}){_LIMB}\s*[)\]]?\s*", re.IGNORECASE
)
_SIDE_BEFORE = re.compile(rf"\s*(?P<side>{_SIDE})\b\s*[-:–]?\s+(?P<base>\S.*?)\s*", re.IGNORECASE)


class _Sided:
    """A log's rows with a side column's ``L``/``R`` (a side word) read into the exercise's name,
    ``RDL`` beside ``L`` as ``RDL (L)``: each side its own exercise, which :func:`_paired_sides`
    pairs into sets a leg. Rows pass through a ``map`` (one call a row, only in such a log);
    :attr:`line_num` is the rows' own."""

    def __init__(self, rows: Any, exercise: int, side: int) -> None:
        self.rest, self.exercise, self.side = rows, exercise, side
        self.rows = map(self._named, rows)

    def _named(self, row: list[str]) -> list[str]:
        if len(row) > max(self.exercise, self.side):
            side = row[self.side].strip()
            if row[self.exercise].strip() and side.lower().strip("()[].") in _SIDE_WORDS:
                row = [*row]
                row[self.exercise] = f"{row[self.exercise].strip()} ({side})"
        return row

    @property
    def line_num(self) -> int:
        return int(self.rest.line_num)

    def __iter__(self) -> Iterator[list[str]]:
        return self.rows


def _sided(rows: Any, header: list[str], fmt: _Format) -> _Sided:
    """:class:`_Sided` rows of a log whose format names a side column."""
    return _Sided(rows, header.index(fmt.exercise), header.index(cast(str, fmt.side)))


def _side_of(name: str) -> tuple[str, str] | None:
    """The exercise a name logs one side of, and the side (``left``/``right``); ``None`` for a
    name that names no side."""
    if len(name) > 200:
        return None
    for pattern in (_SIDE_AFTER, _SIDE_BEFORE):
        found = pattern.fullmatch(name)
        if found is not None and re.search(r"[^\W\d_]{2}", found["base"]):
            side = "left" if found["side"].lower() in _LEFT_WORDS else "right"
            return found["base"].strip(" -–—,:"), side
    return None


def _both_sides(left: LoggedExercise, right: LoggedExercise, name: str) -> LoggedExercise:
    """One exercise's sets a leg from its two sides' rows: a left and a right set are one set
    (the most sets either side did), the per-set tuples the side of more sets', the loads both
    sides moved (tonnage) and the best of each measure."""
    more = left if left.hard_sets >= right.hard_sets else right
    both = (left, right)

    def most(values: Iterable[float | None]) -> float | None:
        given = [v for v in values if v is not None]
        return max(given) if given else None

    with_reps = [e.reps_low for e in both if e.reps_low]
    return attrs.evolve(
        more,
        name=name,
        warmup_sets=max(left.warmup_sets, right.warmup_sets),
        reps_low=min(with_reps) if with_reps else 0,
        reps_high=max(left.reps_high, right.reps_high),
        max_rpe=most(e.max_rpe for e in both),
        max_seconds=max(left.max_seconds, right.max_seconds),
        top_kg=most(e.top_kg for e in both),
        best_e1rm_kg=most(e.best_e1rm_kg for e in both),
        tonnage_kg=left.tonnage_kg + right.tonnage_kg,
        failure_sets=max(left.failure_sets, right.failure_sets),
        easy_sets=max(left.easy_sets, right.easy_sets),
        line=min(left.line, right.line),
        zero_weight_sets=max(left.zero_weight_sets, right.zero_weight_sets),
        body_weight_sets=max(left.body_weight_sets, right.body_weight_sets),
        assistance_kg=most(e.assistance_kg for e in both),
    )


_UNREAD: Any = object()


def _paired_sides(log: WorkoutLog) -> WorkoutLog:
    """A log whose lifter logs each side of a one-leg exercise as its own exercise (``Single Leg
    RDL (Left)`` and ``(Right)``, ``Left leg curl`` and ``Right leg curl``) with each workout's
    two sides read as one exercise's sets a leg, as a program's ``3 x 10 per leg`` is 3 sets:
    counted apart, every set was counted twice (review25 R15). Only a name logged on both sides
    in a workout is paired; said once, naming the first pair."""
    from ._validate import mark_checked

    workouts, paired, first = [], 0, None
    # each distinct name read once: a log repeats its few names in every workout, and the side
    # patterns' search cost 60,000 instructions a name (a quarter of a 15k-row log's reading)
    side_of: dict[str, tuple[str, str] | None] = {}
    for workout in log.workouts:
        sides: dict[str, dict[str, int]] = {}
        for i, exercise in enumerate(workout.exercises):
            found = side_of.get(exercise.name, _UNREAD)
            if found is _UNREAD:
                found = side_of[exercise.name] = _side_of(exercise.name)
            if found is not None:
                key = re.sub(r"[\W_]+", "", found[0].casefold())
                sides.setdefault(key, {}).setdefault(found[1], i)
        pairs = {p["left"]: p["right"] for p in sides.values() if len(p) == 2}
        if not pairs:
            workouts.append(workout)
            continue
        merged: list[LoggedExercise] = []
        skip = {*pairs.values(), *pairs}
        for i, exercise in enumerate(workout.exercises):
            if i not in skip:
                merged.append(exercise)
                continue
            left_i = i if i in pairs else next(k for k, v in pairs.items() if v == i)
            if i != min(left_i, pairs[left_i]):
                continue  # the pair is placed where its first side is
            left, right = workout.exercises[left_i], workout.exercises[pairs[left_i]]
            name = cast(tuple[str, str], _side_of(workout.exercises[i].name))[0]
            merged.append(_both_sides(left, right, name))
            paired += 1
            if first is None:
                first = (min(left.line, right.line), left.name, right.name)
        workouts.append(attrs.evolve(workout, exercises=tuple(merged)))
    if first is None:
        return log
    line, left_name, right_name = first
    said = LogIssue(
        line,
        f"{shown(left_name, 40)} and {shown(right_name, 40)} are one exercise's sides: a left and a right "
        "set are read as one set a leg, as a program's '3 x 10 per leg' is 3 sets"
        + (f" ({counted(paired, 'exercise')} in all)" if paired > 1 else ""),
    )
    issues = sorted((*log.issues, said), key=lambda i: i.line)
    return mark_checked(attrs.evolve(log, workouts=tuple(workouts), issues=tuple(issues)))


#: Rows a reader looks at for a separator ending each row (:func:`_trailing_separator`).
_SEPARATOR_ROWS = 64


def _trailing_separator(fmt: _Format, header: list[str], rows: Any, line: int, delimiter: str) -> _Rows:
    """The rows of a log from its header's ``line`` on (``rows``: its ``csv.reader``), read
    ahead by up to :data:`_SEPARATOR_ROWS`: when each that holds anything has one cell more than
    the header, blank (a writer that ends every field with the separator, the header's last
    excepted), ``header`` gains a blank column for it; the rows were refused, each "13 fields, the
    header has 12". A file of one writer writes its rows alike (heuristic); the rule holds for the
    whole file, read as it streams: a later row with that separator or without it is read
    (``_Reader.row``: one field short of the widened header is whole), so rows a second writer
    appended lose none. Not when a row's
    number cell and the next could be one number with a decimal comma (``20,1``, unquoted in a
    comma-separated file: every later cell one column right, its last blank one the RPE's): that
    row is said as before (``_Reader.split_number``). A fraction of zeros (``0,0``: Strong's
    distance and seconds) is none: a writer of decimal commas leaves its zeros off."""
    ahead: list[list[str]] = []
    lines: list[int] = []
    for row in rows:
        ahead.append(row)
        lines.append(rows.line_num - sum(cell.count("\n") for cell in row))
        if len(ahead) >= _SEPARATOR_ROWS:
            break
    filled = [row for row in ahead if any(cell.strip() for cell in row)]
    if filled and all(len(row) == len(header) + 1 and not row[-1].strip() for row in filled):
        numbers = list(map(partial(_column, header), (fmt.weight, fmt.rpe, fmt.seconds, fmt.distance)))
        i_reps = _column(header, fmt.reps)
        split = delimiter == "," and any(
            _INTEGER.fullmatch(row[j].strip())
            and _FRACTION_DIGITS.fullmatch(row[j + 1].strip().rstrip("0") or "-")
            and _reps_after_split(row, j, i_reps)
            for row in filled
            for j in numbers
            if j is not None
        )
        if not split:
            header.append("")
    return _Rows(ahead, lines, line, rows)


def _reps_after_split(row: list[str], j: int, i_reps: int | None) -> bool:
    """Whether ``row`` read with ``row[j]`` and the next cell as one number with a decimal comma
    (every later cell one column left) still has its reps: a row ending in a separator the header
    does not end in (``100,8,,`` under ``Weight,Reps,RPE``) read so has blank reps (100.8 kg of no
    reps), so its ``100,8`` is a weight and reps, not a decimal comma; ``82,5,8,`` and ``100,8,9,``
    read either way and stay said."""
    if i_reps is None or i_reps < j:
        return True
    return i_reps + 1 < len(row) and _reads_as_reps(row[i_reps + 1])


def _exercise_key(name: str) -> str:
    """An exercise's identity across two apps' spellings: the catalog exercise its name reads as
    (``Romanian Deadlift (Barbell)``, ``RDL``: ``romanian_deadlift``), else its words in any order,
    case and plural aside (``Bench Press (Barbell)``, ``Barbell bench press``)."""
    from .catalog import Catalog

    try:
        found = Catalog.builtin().classify(name, suggest=False)
    except HamstringRulesError:
        found = None
    if found is not None and found.exercise is not None:
        return found.exercise.id
    words = {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in re.findall(r"[^\W_]+", name.casefold())}
    return " ".join(sorted(words))


def _repeated_sessions(
    logs: list[tuple[int, WorkoutLog]],
) -> dict[tuple[int, int], list[tuple[Workout, Workout]]]:
    """The sessions a later export joined in the file repeats of an earlier one's: the same day and
    the same exercises however each app spells them (:func:`_exercise_key`) - of several that day,
    the closest start (an export's clock may be UTC, another's local: the time is no test). By (the
    later export's header line, the earlier's): each pair of the session kept and its repeat. A
    session repeats one session at most."""
    by_day: dict[tuple[date, tuple[str, ...]], list[tuple[int, Workout]]] = {}
    out: dict[tuple[int, int], list[tuple[Workout, Workout]]] = {}
    names: dict[str, str] = {}
    used: set[tuple[int, int]] = set()  # (a kept session, the export repeating it): one repeat each
    for line, log in logs:
        for workout in log.workouts:
            for e in workout.exercises:
                if e.name not in names:
                    names[e.name] = _exercise_key(e.name)
            key = tuple(sorted({names[e.name] for e in workout.exercises}))
            earlier = by_day.setdefault((workout.start.date(), key), [])
            # the closest start of another export's that day (their clocks may be hours apart: an
            # export in UTC beside one in local time)
            others = [(at, kept) for at, kept in earlier if at != line and (id(kept), line) not in used]
            match = min(others, key=lambda o: abs((o[1].start - workout.start).total_seconds()), default=None)
            if match is None:
                earlier.append((line, workout))
                continue
            used.add((id(match[1]), line))
            out.setdefault((line, match[0]), []).append((match[1], workout))
    return out


def _sets_beside(kept: Workout, repeat: Workout) -> str:
    """``, 10 sets beside 9`` when a session and its repeat hold other numbers of sets, else ``""``."""
    a, b = (sum(e.hard_sets + e.warmup_sets for e in w.exercises) for w in (kept, repeat))
    return f", {a} sets beside {b}" if a != b else ""


def _joined(sections: list[tuple[int, WorkoutLog | LogFormatError]], where: str, caps: _Caps) -> WorkoutLog:
    """The logs of a file's sections (exports joined in one file, each read by its own header:
    :class:`_NextSection`) as one log: their workouts in time order, their issues in the file's
    order after a notice naming each part, the first part's format and unit. A part of no sets is
    said. A session a later part repeats (the same workouts exported twice, however each app spells
    them: :func:`_repeated_sessions`) is counted once, the first part's kept, and said naming both
    headers' lines and both sessions' lines: counted twice it would double the weekly volume."""
    logs = [(line, log) for line, log in sections if isinstance(log, WorkoutLog)]
    if not logs:
        raise cast(LogFormatError, sections[0][1])
    parts = "; ".join(
        f"line {line}: {_FORMAT_NAMES.get(log.format, log.format)}, {counted(len(log.workouts), 'workout')}"
        if isinstance(log, WorkoutLog)
        else f"line {line}: no sets"
        for line, log in sections
    )
    issues = [
        LogIssue(
            sections[1][0],
            f"{len(sections)} exports joined in one file, each read by its own header ({parts}): their "
            "workouts are read together",
        )
    ]
    repeats = _repeated_sessions(logs)
    for (line, first_line), pairs in repeats.items():
        said = "; ".join(
            f"{w.start.date().isoformat()}: {', '.join(shown(e.name, 30) for e in w.exercises[:3])}"
            f"{' ...' * (len(w.exercises) > 3)} (lines {kept.line} and {w.line}{_sets_beside(kept, w)})"
            for kept, w in pairs[:3]
        )
        more = f" and {len(pairs) - 3} more" if len(pairs) > 3 else ""
        issues.append(
            LogIssue(
                line,
                f"the export whose header is on line {line} repeats {counted(len(pairs), 'session')} of the "
                f"one whose header is on line {first_line} - the same day and the same exercises, "
                f"however spelled ({said}{more}): each counted once, the first export's sets kept (the same "
                "workouts exported twice would double the weekly volume)",
            )
        )
    dropped = {id(w) for pairs in repeats.values() for _, w in pairs}
    for line, part in sections:
        if isinstance(part, LogFormatError):
            issues.append(LogIssue(line, f"the export whose header is on line {line}: {part.message}"))
    ends: list[int | None] = [line for line, _ in sections[1:]]
    for (_, part), end in zip(sections, [*ends, None], strict=True):
        if isinstance(part, WorkoutLog):  # a part's notes of rows below the next header are the next's
            issues += (issue for issue in part.issues if end is None or issue.line < end)
    issues.sort(key=lambda i: i.line)
    workouts = sorted(
        (w for _, log in logs for w in log.workouts if id(w) not in dropped),
        key=lambda w: (w.start, w.title, w.line),
    )
    check_span(workouts[0].start.date(), workouts[-1].start.date(), caps.max_weeks, where)
    names = {e.name for w in workouts for e in w.exercises}
    if len(names) > caps.max_names:
        raise InputLimitError(
            f"the log has more than {caps.max_names:,} distinct exercise names",
            location=where,
            suggestion="split the export by date",
        )
    first = logs[0][1]
    from ._validate import mark_checked

    return mark_checked(
        WorkoutLog(
            first.format,
            first.unit,
            tuple(workouts),
            tuple(issues),
            sum(log.rows for _, log in logs),
            sum(log.skipped_rows for _, log in logs),
            first.source,
            keep_sets=first.keep_sets,
            unit_assumed=all(log.unit_assumed for _, log in logs),
        )
    )


#: A set type cell's kinds (see :func:`._log_words.set_kind`: Hevy's ``warmup``, Strong's ``W``,
#: a sheet's ``Aufwärmsatz``): a warm-up is no hard set.
_WARMUP = frozenset((WARMUP,))
#: Exercise names some exports give a rest timer's row (no reps): skipped, not a set.
_TIMER_NAMES = frozenset(("rest", "rest timer", "rest period", "timer"))
#: Set types marking a set taken to failure (Hevy ``failure``, Strong's set order ``F``,
#: ``Versagen``, ``AMRAP``).
_FAILURE = frozenset((FAILURE,))
#: The kinds that are a set: a number (Strong's set order) is a work set. Anything else with no
#: reps and no weight is not a set: Strong writes its rest timers and notes as rows with ``Set
#: Order`` ``Rest Timer`` or ``Note`` (reps 0, the timer's seconds), which are skipped. Each drop
#: of a drop set counts as a hard set, as the apps count it: a drop is taken close to failure,
#: what a hard set is (a heuristic; no study settles how a drop set's volume counts).
_SET_KINDS = frozenset((WARMUP, NORMAL, FAILURE, DROP))


def _cell(text: str) -> str:
    """A cell as the reader compares it with known words: trimmed, unquoted, lower case."""
    return text.strip().strip('"').lower()


def _larger(a: float | None, b: float | None) -> float | None:
    """The larger of two optional numbers (``None`` is smaller than any)."""
    return b if a is None else a if b is None else max(a, b)


def _names_no_set(kind: str) -> bool:
    """A type/order cell's kind that is no set (``Rest Timer``, ``Note``, a word not known)."""
    return bool(kind) and kind not in _SET_KINDS


def _timer_or_note(kind: str, reps: float | None, weight: float | None) -> bool:
    """A row that is not a set: no reps, no weight, and a type/order cell that names no set."""
    return not reps and not weight and _names_no_set(kind)


#: Rows read at a time; a chunk's ordinary set rows are aggregated column-wise. Small enough
#: that a chunk's rows stay in the CPU cache between its column passes: 256 rows read a
#: 150,000-row export about 25% faster than 2,048 (measured; the per-chunk work is tiny).
_CHUNK = 256
#: What an unreadable number becomes in a column (a NaN, told apart by identity).
_BAD = float("nan")
#: Epley's factor by reps (see :func:`e1rm`); more reps have none.
_EPLEY = {1: 1.0, **{r: 1.0 + r / 30.0 for r in range(2, E1RM_MAX_REPS + 1)}}


def _parse_number(text: str) -> float | None:
    try:
        return _number(text)
    except ValueError:
        return _BAD


#: A duration written as a clock: ``m:ss`` or ``h:mm:ss`` (FitNotes' Time column), with an
#: optional fraction of a second.
_CLOCK = re.compile(r"(?:(\d{1,5}):)?(\d{1,5}):(\d{1,2}(?:[.,]\d+)?)")
#: A duration written with units: ``90s``, ``1m 30s``, ``1h 5m``, ``2 min``, ``45 sec``.
_SPELLED = re.compile(
    r"(?:(\d{1,5}(?:[.,]\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d{1,5}(?:[.,]\d+)?)\s*m(?:in(?:utes?|s)?)?)?"
    r"\s*(?:(\d{1,5}(?:[.,]\d+)?)\s*s(?:ec(?:onds?|s)?)?)?"
)


#: What a sheet writes in a cell for "no value" (a dash, ``n/a``): in a column a set may leave
#: out (RPE, RIR, a duration) it is a blank cell; it was "not a number", and the set not read.
_NO_VALUE = frozenset(("-", "--", "\u2013", "\u2014", "n/a", "na", "none", "?"))


def _duration(text: str) -> float | None:
    """Seconds from a duration cell: a number of seconds (Strong, Hevy), a clock ``m:ss`` or
    ``h:mm:ss`` (FitNotes), or units (``1m 30s``); blank (or :data:`_NO_VALUE`) is ``None``.
    ``ValueError`` otherwise."""
    text = text.strip().strip('"')
    if not text or (text[0].isdigit() and text[-1].isdigit() and ":" not in text):
        return _number(text)
    if text.lower() in _NO_VALUE:
        return None
    if len(text) > 40:  # longer is no duration (and the patterns stay linear)
        return _number(text)
    clock = _CLOCK.fullmatch(text)
    if clock is not None:
        hours, minutes, seconds = clock.groups()
        if (hours is not None and int(minutes) >= 60) or float(seconds.replace(",", ".")) >= 60:
            raise ValueError(text)
        return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds.replace(",", "."))
    spelled = _SPELLED.fullmatch(text.lower())
    if spelled is not None and any(spelled.groups()):
        h, m, s = (float(g.replace(",", ".")) if g else 0.0 for g in spelled.groups())
        return h * 3600 + m * 60 + s
    return _number(text)


def _parse_duration(text: str) -> float | None:
    try:
        return _duration(text)
    except ValueError:
        return _BAD


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")  # fmt: skip
_MONTHS = {
    **{m[:3]: i for i, m in enumerate(_MONTH_NAMES, start=1)},
    **{m: i for i, m in enumerate(_MONTH_NAMES, start=1)},
}
_ISO_LENGTHS = {"%Y-%m-%d": 10, "%Y-%m-%d %H:%M": 16, "%Y-%m-%d %H:%M:%S": 19}


def _parse_date(stamp: str, patterns: tuple[str, ...]) -> datetime | None:
    """A timestamp (see :func:`_read_date`) in the supported years, else ``None``: dates near
    the calendar's ends would overflow week arithmetic (the last ISO week of year 9999)."""
    found = _read_date(stamp, patterns)
    return found if found is not None and MIN_YEAR <= found.year <= MAX_YEAR else None


def _read_date(stamp: str, patterns: tuple[str, ...]) -> datetime | None:
    """A timestamp in one of the format's patterns. ``strptime`` is slow (about 0.1 ms a call),
    so the two shapes of the supported exports are read directly first: ISO dates
    (Strong, FitNotes) and Hevy's ``3 Nov 2025, 07:48``; anything else goes to ``strptime``."""
    try:
        if any(_ISO_LENGTHS.get(p) == len(stamp) for p in patterns) and stamp[10:11] in ("", " "):
            return datetime.fromisoformat(stamp)
        if patterns[0].startswith("%d %b") and stamp.count(" ") == 3:
            day, month, year, clock = stamp.split(" ")
            hours, minutes = clock.split(":")
            month_no = _MONTHS.get(month.lower())
            if month_no is not None and year.endswith(",") and len(minutes) == 2:
                return datetime(int(year[:-1]), month_no, int(day), int(hours), int(minutes))
    except (ValueError, OverflowError):  # an hour of 30 digits overflows C int
        pass
    for pattern in patterns:
        try:
            return datetime.strptime(stamp, pattern)
        except ValueError:
            continue
    return _loose_date(stamp)


#: A date in words, day first (``3 Nov 2025``) or month first (``Nov 3, 2025``), then an optional
#: clock (``07:48``, ``7:48 AM``, ``at 18:00:00``).
#: Spreadsheets display them with hyphens and a two-digit year too (``5-Oct-26``, ``05-Oct-2026``).
_WORD_DATE = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:\s+|-|/)?(?P<m1>[a-z]{3,9})\.?|(?P<m2>[a-z]{3,9})\.?(?:\s+|-|/)(?P<d2>\d{1,2}))"
    r",?(?:\s+|-|/)(?P<y>\d{4}|\d{2})"
    r"(?:,?\s+(?:at\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)?)?"
)
#: An ISO date with a clock ``fromisoformat`` does not read: one-digit hours, a 12-hour clock
#: (``2026-10-05 6:00 PM``, as Excel and Sheets display a date and time).
_ISO_CLOCK = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[ t,]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)?)?"
)


#: A numeric date with day and month in either order (``19/10/2026``, ``10.19.26 6:05 PM``).
_NUMERIC = re.compile(
    r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})"
    r"(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?)?"
)
#: What the reader holds for a workout whose numeric date waits for the file's day/month order.
_PENDING = datetime.min


class _Numeric(NamedTuple):
    """A numeric date's two leading parts, its year and its clock."""

    first: int
    second: int
    year: int
    clock: tuple[int, int, int]
    dotted: bool = False

    def order(self) -> str | None:
        """``dmy`` or ``mdy`` when one part is over 12, or the date is dotted (``03.11.2025``:
        day first wherever dots are written, as DIN 5008); ``None`` when either order fits."""
        if self.first > 12 >= self.second or (self.dotted and self.second <= 12):
            return "dmy"
        if self.second > 12 >= self.first:
            return "mdy"
        return None

    def resolve(self, order: str) -> datetime | None:
        day, month = (self.first, self.second) if order == "dmy" else (self.second, self.first)
        try:
            return datetime(self.year, month, day, *self.clock)
        except ValueError:
            return None


def _numeric_parts(stamp: str) -> _Numeric | None:
    """A numeric date's parts; a two-digit year is 1969-2068 (as ``strptime``'s ``%y``)."""
    found = _NUMERIC.fullmatch(stamp.lower()) if len(stamp) <= 40 else None
    if found is None:
        return None
    first, sep, second, year, hour, minute, second_s, half = found.groups()
    years = int(year) + (0 if len(year) == 4 else 2000 if int(year) < 69 else 1900)
    hours = int(hour or 0)
    if half is not None:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if half == "p" else 0)
    if hours > 23 or int(minute or 0) > 59 or int(second_s or 0) > 59:
        return None
    clock = (hours, int(minute or 0), int(second_s or 0))
    return _Numeric(int(first), int(second), years, clock, sep == ".")


#: Unix time: 10 digits in seconds (2001-2286) or 13 in milliseconds, an optional fraction.
_EPOCH = re.compile(r"(\d{10}|\d{13})(?:\.\d{1,9})?")
#: The months' names in the languages logs are kept in (German, Spanish, French, Italian,
#: Portuguese, Dutch; English is :data:`_MONTH_NAMES`), without accents, January first.
_FOREIGN_MONTHS = (
    ("januar", "enero", "janvier", "gennaio", "janeiro", "januari"),
    ("februar", "febrero", "fevrier", "febbraio", "fevereiro", "februari"),
    ("marz", "marzo", "mars", "marco", "maart"),
    ("april", "abril", "avril", "aprile"),
    ("mai", "mayo", "maggio", "maio", "mei"),
    ("juni", "junio", "juin", "giugno", "junho"),
    ("juli", "julio", "juillet", "luglio", "julho"),
    ("august", "agosto", "aout", "augustus"),
    ("september", "septiembre", "septembre", "settembre", "setembro", "setiembre"),
    ("oktober", "octubre", "octobre", "ottobre", "outubro"),
    ("november", "noviembre", "novembre", "novembro"),
    ("dezember", "diciembre", "decembre", "dicembre", "dezembro", "december"),
)


def _month_words() -> dict[str, int]:
    """Every month name in :data:`_MONTH_NAMES` and :data:`_FOREIGN_MONTHS`, and each start of one
    from three letters that starts no other month's name (``okt``, ``dic``, ``juil``; ``jui`` is
    juin or juillet, so neither) -> the month's number."""
    starts: dict[str, set[int]] = {}
    for month, (english, foreign) in enumerate(zip(_MONTH_NAMES, _FOREIGN_MONTHS, strict=True), start=1):
        for name in (english, *foreign):
            for n in range(3, len(name) + 1):
                starts.setdefault(name[:n], set()).add(month)
    return {word: months.pop() for word, months in starts.items() if len(months) == 1}


_MONTH_WORDS = _month_words()
#: A date in words as other languages write it, once accents, a weekday and the Spanish and
#: Portuguese ``de`` are taken out: ``6. oktober 2025``, ``6 octubre 2025``, ``6 oct. 2025``.
_FOREIGN_DATE = re.compile(
    r"(?P<d>\d{1,2})\.?\s*(?P<m>[a-z]{3,10})\.?,?\s+(?P<y>\d{4})"
    r"(?:,?\s+(?:um\s+|a\s+las\s+|a\s+|alle\s+|as\s+)?(?P<h>\d{1,2})[:h](?P<mi>\d{2})(?::(?P<s>\d{2}))?)?"
)
#: A spreadsheet's date serial (days since 1899-12-30, Excel's and Sheets' 1900 system), when a
#: date cell lost its format: five digits, 1954-2119, a fraction of a day its time.
_SERIAL = re.compile(r"([2-7]\d{4})(\.\d{1,12})?")
_SERIAL_ZERO = datetime(1899, 12, 30)


def _foreign_date(text: str) -> datetime | None:
    """:func:`_loose_date` for a date in words in another language, or a date serial."""
    serial = _SERIAL.fullmatch(text)
    if serial is not None:
        days = int(serial.group(1)) + float(serial.group(2) or 0)
        return (_SERIAL_ZERO + timedelta(days=days)).replace(microsecond=0)
    words = plain_letters(text).replace(",", " ").split()
    while words and words[0].rstrip(".") in WEEKDAY_WORDS:  # "Montag,", "lun."
        words.pop(0)
    words = [w for w in words if w not in ("de", "del")]  # "6 de octubre de 2025"
    found = _FOREIGN_DATE.fullmatch(" ".join(words))
    if found is None:
        return None
    month = _MONTH_WORDS.get(found["m"])
    if month is None:
        return None
    g = {**found.groupdict(), "ap": None}
    return _datetime(int(found["y"]), month, int(found["d"]), g)


_UNIX_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _loose_date(stamp: str) -> datetime | None:
    """A timestamp in a shape the format's own patterns do not list, when it is unambiguous:
    ISO 8601 with ``T``, seconds, a ``Z`` or an offset (the wall-clock time as written),
    ``2025/11/03``, English dates in words, day or month first, with a 24- or 12-hour clock,
    and Unix time in seconds or milliseconds (read as UTC).
    Numeric dates with the day and month in either order (``03/11/2025``) are not guessed."""
    if len(stamp) > 60:
        return None
    epoch = _EPOCH.fullmatch(stamp.strip())
    if epoch is not None:  # Unix time, in seconds or milliseconds: UTC
        digits = epoch.group(1)
        seconds = int(digits) / (1000 if len(digits) == 13 else 1)
        return _UNIX_EPOCH + timedelta(seconds=seconds)
    try:  # with an offset or Z: aware (the reader reads it in the lifter's zone, or as written)
        return datetime.fromisoformat(stamp.replace("/", "-") if stamp[4:5] == "/" else stamp)
    except ValueError:
        pass
    text = stamp.strip().lower()
    iso = _ISO_CLOCK.fullmatch(text.replace("/", "-") if text[4:5] == "/" else text)
    if iso is not None:
        g = iso.groupdict()
        return _datetime(int(g["y"]), int(g["mo"]), int(g["d"]), g)
    words = _WORD_DATE.fullmatch(text)
    if words is None:
        return _foreign_date(text)
    g = words.groupdict()
    month_word = g["m1"] or g["m2"]
    month = _MONTHS.get(month_word[:3])
    if month is None or not _MONTH_NAMES[month - 1].startswith(month_word):  # "sept" too
        return _foreign_date(text)  # "6 ottobre 2025", "6 mars 2025"
    year = int(g["y"])
    if len(g["y"]) == 2:  # as strptime's %y: 69-99 are 1969-1999, 00-68 are 2000-2068
        year += 1900 if year >= 69 else 2000
    return _datetime(year, month, int(g["d1"] or g["d2"]), g)


def _datetime(year: int, month: int, day: int, clock: Mapping[str, str | None]) -> datetime | None:
    """A date and its clock (``h``, ``mi``, ``s``, ``ap``: 12-hour with am/pm), else ``None``."""
    hour, minute, second = int(clock["h"] or 0), int(clock["mi"] or 0), int(clock["s"] or 0)
    if clock["ap"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if clock["ap"][0] == "p" else 0)
    try:
        return datetime(year, month, day, hour, minute, second)
    except (ValueError, OverflowError):
        return None


#: Most reps a set with a load is read with (heuristic: the longest loaded sets lifters log - a
#: 20-rep squat, a 50-rep kettlebell swing or band set, sets to failure at 30% of 1RM - stay
#: well under it). More beside a weight is a typo (1000 for 10) or a weight in the reps column:
#: reported, and the set kept without its weight, as a weight over ``MAX_SET_KG`` is.
MAX_LOADED_REPS = 100


def _parse_reps(text: str) -> int | float:
    """Whole reps 1-:data:`MAX_LOADED_REPS`; anything else (blank, a fraction, text, more reps)
    is ``_BAD``: the row is read by ``_Reader.row``, which tells a timer from a timed set,
    reports a fraction and weighs more reps against the set's load."""
    value = _parse_number(text)
    return int(value) if value is not None and 1 <= value <= MAX_LOADED_REPS and value.is_integer() else _BAD


#: A reps cell standing for several sets: ``3x8`` (sets x reps), or each set's reps listed
#: (``8,8,6``, ``8/8/6``, ``8 8 6``, ``8+8+6``), as logs kept by hand write them.
_SETS_X_REPS = re.compile(r"(\d{1,3})\s*[x×*]\s*(\d{1,4})")
_REPS_LISTED = re.compile(r"\d{1,4}(?:\s*[,;/+ ]\s*\d{1,4})+")
_REP_ITEM = re.compile(r"\d+")
#: Most sets ``NxM`` in a reps cell may stand for (heuristic: more reads as a weight x reps,
#: ``100x8``, which is not guessed).
MAX_SETS_X_REPS = 20


#: The column a log with a column per set and no weight column reads its sets' weights from
#: (``100x8`` in ``Set 1``: ``_Reader.join_sets``).
_SET_WEIGHTS = "\x00set weights"
#: Most sets ``N x M`` in a one-set-a-row log's reps cell is read as without a word (heuristic: German
#: Volume Training's 10 x 10 is the most sets one line of a program commonly prescribes); a larger N,
#: with no weight in the row, is a weight x reps (``12x10``, ``20x8``: a 12 kg curl, a 20 kg set) and
#: said, as is a larger N read as sets beside a weight.
MAX_PLAUSIBLE_ROW_SETS = 10
#: A weight as a set's cell writes it: a number (a decimal point or comma) and its unit, if any.
_SET_WEIGHT = r"[0-9]{1,4}(?:[.,][0-9]{1,3})?"
_SET_UNIT = r"\s*(?:kgs?|kilos?|kilograms?|lbs?|pounds?|#)"
#: One set of a list of sets' weight x reps (JEFIT's ``logs`` column: ``100x8,100x8,105x6``, its
#: weights with a decimal point, ``18.5x8``): the weight, its unit if any, and the reps.
_LISTED_SET = rf"[0-9]{{1,4}}(?:\.[0-9]{{1,6}})?(?:{_SET_UNIT})?\s*[x×*]\s*[0-9]{{1,3}}"
_LISTED_ONE = re.compile(
    rf"\s*(?P<w>[0-9]{{1,4}}(?:\.[0-9]{{1,6}})?(?:{_SET_UNIT})?)\s*[x×*]\s*(?P<r>[0-9]{{1,3}})\s*",
    re.IGNORECASE,
)
_SET_LIST = re.compile(rf"\s*{_LISTED_SET}(?:\s*[,;/|]\s*{_LISTED_SET})*\s*", re.IGNORECASE)
_SET_LIST_SEPARATOR = re.compile(r"\s*[,;/|]\s*")
#: The number before a list's ``x`` that no count of sets is, only a weight: a fraction, a unit, or
#: over :data:`MAX_SETS_X_REPS` (``3x8`` may be 3 sets of 8, ``100x8`` is 100 kg x 8).
_WEIGHT_FIRST = re.compile(
    rf"\s*(?:[0-9]+\.[0-9]+|[0-9]+{_SET_UNIT}|0*[1-9][0-9]{{2,}}|0*[2-9][1-9]|0*[3-9]0)\s*[x×*]",
    re.IGNORECASE,
)


def _listed_sets(cell: str) -> tuple[str, str] | None:
    """A cell listing each set's weight x reps (``100x8,100x8,105x6``; JEFIT writes ``18.00003x8``
    and ``0x10``, a body-weight set) as a reps cell and a weight cell listing them (``8,8,6``,
    ``100/100/105``); an item of no weight is kept in the reps (``8``: a set of no weight; any
    other, reported as the reps cell it is). ``None`` for a blank cell."""
    if not cell.strip():
        return None
    items = [(item, _LISTED_ONE.fullmatch(item)) for item in _SET_LIST_SEPARATOR.split(cell.strip())]
    reps = ",".join(item if found is None else found["r"] for item, found in items)
    return reps, "/".join(found["w"] for _, found in items if found is not None)


def _set_list_column(sample: Sequence[list[str]], columns: Sequence[int]) -> int | None:
    """The first of ``columns`` whose cells in ``sample`` (rows below a header) all list sets'
    weight x reps (:data:`_SET_LIST`: ``100x8,100x8,105x6``; blank cells aside), one at least
    with a weight that is no count of sets (:data:`_WEIGHT_FIRST`); ``None`` for none."""
    for i in columns:
        cells = [row[i] for row in sample if len(row) > i and row[i].strip()]
        if (
            cells
            and all(len(cell) <= MAX_TITLE_CELL * 50 and _SET_LIST.fullmatch(cell) for cell in cells)
            and any(_WEIGHT_FIRST.match(item) for cell in cells for item in _SET_LIST_SEPARATOR.split(cell))
        ):
            return i
    return None


#: One set's weight and reps in one cell, as hand-kept logs write them: ``100x8``, ``100 kg x 8``,
#: ``102.5 × 8``; ``8 x 100kg`` (the unit marks the weight); ``8 @ 100`` (reps at a weight: the
#: weight has its unit or is over :data:`MAX_RPE`, else the ``@`` gives the RPE: ``8 @ 8``).
_WEIGHT_X_REPS = re.compile(
    rf"\s*(?P<w>{_SET_WEIGHT}(?:{_SET_UNIT})?)\s*[x×*]\s*(?P<r>[0-9]{{1,3}})(?:\s*reps?)?\s*", re.IGNORECASE
)
_REPS_X_WEIGHT = re.compile(
    rf"\s*(?P<r>[0-9]{{1,3}})\s*[x×*]\s*(?P<w>{_SET_WEIGHT}{_SET_UNIT})\s*", re.IGNORECASE
)
_REPS_AT_WEIGHT = re.compile(
    rf"\s*(?P<r>[0-9]{{1,3}})(?:\s*reps?)?\s*@\s*(?P<w>{_SET_WEIGHT}(?:{_SET_UNIT})?)\s*", re.IGNORECASE
)


#: A body-weight set's weight cell and its reps in one set's cell (``BW x 5``, ``BW+10 x 8``,
#: ``assisted 20 x 6``): the weight part is read as a weight column's body-weight mark is.
_BODY_X_REPS = re.compile(
    r"\s*(?P<w>[^x×*@]{1,30}?)\s*[x×*]\s*(?P<r>[0-9]{1,3})(?:\s*reps?)?\s*", re.IGNORECASE
)


def _weighed_set(text: str, *, one_set: bool) -> tuple[str, str] | None:
    """One set's weight (as written, for the weight reader: ``100kg``) and reps (``8``) a cell
    gives (:data:`_WEIGHT_X_REPS`, :data:`_REPS_X_WEIGHT`, :data:`_REPS_AT_WEIGHT`); ``None`` for
    any other cell. ``one_set``: the cell is one set (a log's column per set), so ``12x10`` and
    ``8 @ 100`` can only be a weight and its reps; else (a one-set-a-row log's reps cell, where
    ``3x8`` is 3 sets of 8 and ``5 @ 9`` the RPE) only a weight no count of sets or RPE can be
    is: one with its unit (``100kg x 8``, ``8 @ 100 kg``) or a fraction (``102.5x8``)."""
    if len(text) > 40:
        return None
    found = (
        _REPS_AT_WEIGHT.fullmatch(text) or _REPS_X_WEIGHT.fullmatch(text) or _WEIGHT_X_REPS.fullmatch(text)
    )
    if found is None and one_set:  # "BW x 5", "BW+10 x 5": a body-weight set's mark and its reps
        found = _BODY_X_REPS.fullmatch(text)
        return (found["w"].strip(), found["r"]) if found is not None and _body_item(found["w"]) else None
    if found is None:
        return None
    weight = found["w"].strip()
    number = weight.replace(",", ".")
    if number.replace(".", "", 1).isdigit():  # no unit
        if found.re is _REPS_AT_WEIGHT and (not one_set or float(number) <= MAX_RPE):
            return None  # "8 @ 8": the set's RPE (_REPS_AT)
        if not one_set and number.isdigit():
            return None  # "3x8": three sets of 8; "100x8": not guessed (_Reader.row)
    return weight, found["r"]


def _weighed_weight(
    weight_of: Callable[[str], float | None], weighed: tuple[str, str], cell: str
) -> float | None:
    """The weight of a reps cell giving one set's weight and reps (``100kg x 8``: :func:`_weighed_set`)
    in the file's unit; ``ValueError`` naming the cell for one the reader cannot read."""
    try:
        return weight_of(weighed[0])
    except ValueError:
        raise ValueError(f"reps {shown(cell.strip(), 40)}: {shown(weighed[0], 20)} is not a weight") from None


def _many_sets(cell: str, weighed: bool) -> tuple[bool, str] | None:
    """Whether a reps cell's ``N x M`` of more sets than a row holds (over
    :data:`MAX_PLAUSIBLE_ROW_SETS`: ``12x10``, ``20x8``) is read as N sets, and what to say: beside
    a weight (``weighed``) they are sets (said: a weight x reps?); in a row of no weight they may
    be a weight x reps - not guessed, the row is not read, as ``100x8`` is not. ``None`` for any
    other cell."""
    found = _SETS_X_REPS.fullmatch(cell.strip())
    if found is None or int(found.group(1)) <= MAX_PLAUSIBLE_ROW_SETS:
        return None
    n, m, shown_cell = int(found.group(1)), int(found.group(2)), shown(cell.strip(), 40)
    many = f"{n} sets are more than a row holds (about {MAX_PLAUSIBLE_ROW_SETS})"
    if weighed:
        return True, f"reps {shown_cell} read as {n} sets of {m}: {many}; a weight x reps?"
    return False, (
        f"reps {shown_cell}: {n} sets of {m}, or {n} kg/lb x {m} reps? {many}: not guessed, the row is not "
        "read (a weight x reps: the weight in a weight column, or with its unit, 20kg x 8)"
    )


def not_a_number(column: str, cell: str, reps: bool, weight_column: str | None) -> str:
    """What a one-set-a-row log says of a row it does not read for a cell that is no number
    (``column``: its column's label): a reps cell (``reps``) adds the forms reps are read in, and a
    weight x reps with no unit (``100x8``: 100 sets of 8 or 100 kg x 8? more sets than
    :data:`MAX_SETS_X_REPS`, not guessed) how to write it - the weight in the file's weight column
    (``weight_column``, named) or one added, or with its unit."""
    said = shown(cell.strip(), 40)
    if reps and len(cell) <= 40 and set_kind(cell) == FAILURE:  # "AMRAP", "to failure": no count
        return (
            f"{column} {said} gives no count: the row is not read (write the reps done, 12, or 12+ for a "
            "set taken to failure)"
        )
    found = _SETS_X_REPS.fullmatch(cell.strip()) if reps and len(cell) <= 40 else None
    if found is None or int(found.group(1)) <= MAX_SETS_X_REPS:
        forms = " (reps are read as 8, 8+, 8-10, 3x8 or 8,8,6)" if reps else ""
        return f"{column} {said} is not a number: the row is not read{forms}"
    n, m = int(found.group(1)), int(found.group(2))
    where = (
        f"the weight in the {shown(weight_column, 30)} column ({n}) and the reps here ({m})"
        if weight_column
        else f"the reps here ({m}) and the weight in a Weight column ({n})"
    )
    return (
        f"{column} {said}: {n} sets of {m}, or {n} kg/lb x {m} reps? Not guessed, the row is not read - "
        f"write {where}, or the weight with its unit ({n}kg x {m})"
    )


def _weighed_sets(cells: Sequence[str]) -> tuple[str, str] | None:
    """A row's cells of a column per set (``Set 1``, ``Set 2``...) when one gives a set's weight and
    reps (``100x8``, ``100kg x 8``, ``8 @ 100``: :func:`_weighed_set`, each cell one set): its sets'
    reps and their weights, each a list (``8,8,6``; ``100/100/100``) as a reps cell and a weight
    cell list them - a cell of reps alone gives no weight, so the weights are fewer than the sets
    and the row's sets are kept without one (the weight reader says so). ``None`` when no cell
    gives a weight (``5,5,5`` are the reps)."""
    read = [(cell, _weighed_set(cell, one_set=True)) for cell in cells if cell]
    if all(pair is None for _, pair in read):
        return None
    reps = ",".join(cell if pair is None else pair[1] for cell, pair in read)
    return reps, "/".join(pair[0] for _, pair in read if pair is not None)


def _first_of(reps: list[int], _cell: str) -> float:
    return float(reps[0])


def _nothing(_cell: str) -> None:
    return None


#: A reps cell as coaches' sheets write the reps done: ``15+``, ``5+ AMRAP`` (a set of as many
#: reps as possible, 5/3/1's last set: 15 reps taken to failure, as a program's ``5+`` is, see
#: :mod:`._reps_words`) or a range ``12-15`` (read as its low end, with a notice: the sheet gives
#: the plan, not the reps).
_REPS_PLUS = re.compile(rf"(\d{{1,4}}){LAST_TO_FAILURE}")
_REPS_RANGE = re.compile(rf"(\d{{1,4}})\s*{DASH}\s*(\d{{1,4}})")
#: The two halves of a number a decimal comma split in a comma-separated row (see
#: :meth:`_Reader.split_number`): a whole number (its thousands grouped by a space too, ``1 000,5``
#: as :data:`_LOCALE_GROUPED` reads it, and the hint's ``1 000.5`` too; not by a dot: ``1.000.5``
#: would be no number), then one or two digits.
_INTEGER = re.compile(r"[-+]?(?:[0-9]{1,7}|[0-9]{1,3}([ \u00a0\u202f'\u2019])[0-9]{3}(?:\1[0-9]{3})*)")
_FRACTION_DIGITS = re.compile(r"[0-9]{1,2}")


#: The unit after a reps count (``8 reps``, ``1 rep``), as a program's reps read it.
#: The word after a count in a reps cell: reps, or steps (a walking lunge's or a step-up's, each step
#: a rep), in the sheet languages (``8 reps``, ``20 steps``, ``20 Schritte``, ``12 pasos``), before a
#: side (``10 steps/leg``), a note or the cell's end.
_REPS_WORD = re.compile(
    r"(?<=[0-9+])\s*(?:reps?|wdh|steps?|schritte?|pasos?|passos?|passi|pas)\.?(?=[\s/(]|$)", re.IGNORECASE
)
#: A per-side mark written onto its count (``8e``, ``8ea``, ``8e/s``, ``8/s``): what ``8 each``
#: says with a space (``_PER_SIDE_RE``, the programs' grammar), as logs kept by hand abbreviate it.
_PER_SIDE_GLUED = re.compile(r"(?<=[0-9])(?:e|ea|e/s|/s)\.?\s*$", re.IGNORECASE)
#: A note after a reps count (``5 (ecc)``, ``8 (2 assisted)``): the count is read.
_REPS_NOTE = re.compile(r"\s*\([^()]{0,40}\)\s*$")
_EFFORT_NUMBER = r"([0-9]{1,2}(?:[.,][0-9]{1,2})?)"
_EFFORT_SCALE = r"(?:(rpe|rir)\s*[:=]?\s*)?"
_OUT_OF_TEN = r"(?:\s*/\s*10)?"
#: An effort cell as coaches' sheets and apps write it besides a number: after an ``@`` (``@8``,
#: ``@ 8.5``: a coach's "x5 @8"), its scale named before or after it (``RPE 8``, ``8 RPE``,
#: ``RIR 2``, ``@RPE 9``), out of 10 (``8/10``), or a range (``8-9``, ``RIR 2-3``, ``@8 to 9``),
#: as a program's cell.
_EFFORT_CELL = re.compile(
    rf"@?\s*{_EFFORT_SCALE}@?\s*{_EFFORT_NUMBER}(?:\s*(?:-|–|to)\s*{_EFFORT_NUMBER})?{_OUT_OF_TEN}"
    r"\s*(rpe|rir)?",
    re.IGNORECASE,
)
#: An effort cell that is a range: read as its hardest end, said in an issue.
_EFFORT_RANGE = re.compile(
    rf"@?\s*{_EFFORT_SCALE}@?\s*{_EFFORT_NUMBER}\s*(?:-|–|to)\s*{_EFFORT_NUMBER}{_OUT_OF_TEN}\s*(rpe|rir)?",
    re.IGNORECASE,
)


#: The most reps in reserve an ``@`` cell of a RIR column is read as (``@2``: RIR 2); above it,
#: ``@8`` is the RPE coaches write with ``@`` (a heuristic: sets are logged 0-4 reps short, and
#: sets below RPE 6 are not hard sets, Baz-Valle 2022).
_MAX_AT_RIR = 5


def _effort(rir: bool, text: str) -> float | None:
    """An RPE or RIR cell (``rir``: the column holds reps in reserve) on its column's scale: a
    number (blank, or :data:`_NO_VALUE`, is ``None``); a coach's ``@8``; one naming its scale,
    converted when it is the other (``RIR 2`` in an RPE column is 8: RPE is 10 - RIR, Zourdos
    2016, JSCR 30:267); a range as its hardest end (the lowest RIR, the highest RPE: what the
    safety checks must see). ``ValueError`` else."""
    try:
        return _number(text)
    except ValueError:
        if _cell(text) in _NO_VALUE:  # a dash, n/a: a set without its effort
            return None
        found = _EFFORT_CELL.fullmatch(text.strip()) if len(text) <= 40 else None
    if found is None:
        raise ValueError(text)
    before, low, high, after = found.groups()
    scales = {scale.lower() for scale in (before, after) if scale}
    if len(scales) > 1:  # "RPE 8 RIR": which?
        raise ValueError(text)
    ends = [float(end.replace(",", ".")) for end in (low, high) if end is not None]
    if not scales and rir and text.strip().startswith("@") and min(ends) > _MAX_AT_RIR:
        scales = {"rpe"}  # "@8" in a RIR column: a coach's RPE (no set is logged 8 reps short)
    if scales and (scales.pop() == "rir") != rir:  # the other scale's
        ends = [MAX_RPE - end for end in ends]
    return min(ends) if rir else max(ends)


#: An effort list's scale named once before it (``RPE 7/8/9``, ``RIR: 3,2,1``, ``@ 7 8 9``).
_EFFORTS_SCALE = re.compile(r"\s*(?:@\s*)?(?:(rpe|rir)\s*[:=]?\s*)?", re.IGNORECASE)
#: What separates a list's efforts: a comma, semicolon, slash or bar, or spaces.
_EFFORTS_SPLIT = re.compile(r"\s*[,;/|]\s*|\s+")


def _efforts(rir: bool, text: str) -> list[float | None] | None:
    """Each set's effort in a cell listing them (``7,8,9``, ``7/8/9.5``, ``RPE 7 8 9``, ``@7/@8``,
    ``RIR 3/2/1``), each read as its own cell is (:func:`_effort`, the list's scale word given to
    each); ``None`` for a cell that is no list of two or more. A cell one effort reads (``8/10``,
    ``7,5``, ``8-9``) is read so first, by the caller."""
    cell = text.strip()
    if len(cell) > 80:
        return None
    head = _EFFORTS_SCALE.match(cell)
    scale = f"{head.group(1)} " if head is not None and head.group(1) else ""
    items = _EFFORTS_SPLIT.split(cell[head.end() if head is not None else 0 :])
    if len(items) < 2 or len(items) > MAX_ROW_SETS or not all(items):
        return None
    try:
        return [_effort(rir, scale + item) for item in items]
    except ValueError:
        return None


def _not_measure(effort: bool, rir: bool) -> str:
    """What an effort (``effort``; ``rir``: on the RIR scale) or a duration cell of neither is
    not, with the forms read: an optional measure of a set that was done, so the set is kept
    without it (a weight of no weight is so kept; an RPE out of 0-10 is so dropped)."""
    if not effort:
        return "is not a time (45, 0:45, 45s, 1m 30s)"
    if rir:
        return "is not an RIR (2, RIR 2, a range 1-2, @8 as RPE)"
    return "is not an RPE (8, 8.5, @8, RPE 8, 8/10, a range 8-9, RIR 2)"


def _effort_value(rir: bool, text: str) -> float | None:
    """:func:`_effort` for a column (once per distinct cell, see :class:`_Cache`): ``_BAD`` for
    a cell it does not read, and for a range (:meth:`_Reader.row` then says what it read)."""
    value = _parse_number(text)
    if value is not _BAD or len(text) > 40 or _EFFORT_RANGE.fullmatch(text.strip()) is not None:
        return value
    try:
        return _effort(rir, text)
    except ValueError:
        return _BAD


#: A rest-pause set: reps, a pause of seconds, a few more reps (``12+3``, ``10+4+2``).
_REST_PAUSE = re.compile(r"\d{1,4}(?:\s*\+\s*\d{1,4}){1,5}")


def _rest_pause(text: str) -> list[int] | None:
    """The runs of a rest-pause set written ``12+3``: each run after the first at most half the
    first (a heuristic: the mini-sets after a 10-20 s pause are short; ``8+8+6`` lists like sets,
    three of them). ``None`` for any other cell. A rest-pause set is one set of
    all its reps: the pauses are part of the set, as its studies count it (Prestes 2019, JSCR 33
    Suppl 1:S113, one rest-pause set against three traditional sets of the same reps)."""
    if len(text) > 40 or _REST_PAUSE.fullmatch(text.strip()) is None:
        return None
    runs = [int(r) for r in _REP_ITEM.findall(text)]
    return runs if runs[0] >= 2 and all(1 <= r <= runs[0] // 2 for r in runs[1:]) else None


def _reps_kind(text: str) -> str:
    """The set kind a note in a reps cell gives (``8 (failure)``, ``8F``, ``AMRAP 8``, ``8+``:
    failure), else ``""``: a reps cell read by ``_Reader.row`` (a noted count is no plain number)."""
    if len(text) <= 40 and _REPS_PLUS.fullmatch(text.strip()) is not None:
        return FAILURE  # "5+": as many reps as possible, at least 5 (an AMRAP set)
    noted = reps_note(text)
    return "" if noted is None else noted[1]


def _reps_cell(text: str) -> float | None:
    """A reps cell: a number, ``15+`` (15), a range ``12-15`` (12), a rest-pause set ``12+3``
    (15), a count with a set kind's word (``8 (failure)``, ``8F``, ``AMRAP 8``: 8); ``ValueError``
    else."""
    try:
        return _number(text)
    except ValueError:
        cell = text.strip()
        plus = _REPS_PLUS.fullmatch(cell)
        if plus is not None:
            return float(plus.group(1))
        span = _REPS_RANGE.fullmatch(cell)
        if span is not None and int(span.group(1)) <= int(span.group(2)):
            return float(span.group(1))
        pause = _rest_pause(cell)
        if pause is not None:
            return float(sum(pause))
        noted = reps_note(cell)
        if noted is not None:
            return float(noted[0])
        # "8 each", "10 per leg", "5 (ecc)", "8 reps" (a program's reps word: one grammar), "8e",
        # "20 steps"
        bare = _REPS_NOTE.sub("", _PER_SIDE_GLUED.sub("", _PER_SIDE_RE.sub("", _REPS_WORD.sub("", cell))))
        if bare != cell and bare:
            return _reps_cell(bare)
        raise


def _listed_failures(text: str) -> int:
    """The sets a reps cell listing each set's reps marks as taken to failure: those with a
    ``+`` after them (``5/3/1+``: the last; ``5+/5+/5+``: all three), as a program's list reads
    them (:func:`._reps_words.listed_reps`); 0 for any other cell (``8+8+6``, ``12+3``)."""
    listed = listed_reps(text)
    return 0 if listed is None or not listed[1] else min(text.count("+"), len(listed[0]))


def _rep_sets(text: str) -> list[int] | None:
    """The reps of each set a reps cell lists (``3x8`` is three sets of 8; ``8,8,6`` three sets);
    ``None`` for any other cell (one number, blank, text, ``100x8``, reps outside 1-1000)."""
    text = text.strip()
    if len(text) > 200:
        return None
    pair = _SETS_X_REPS.fullmatch(text)
    if pair is not None:
        sets, reps = int(pair.group(1)), int(pair.group(2))
        return [reps] * sets if 1 <= sets <= MAX_SETS_X_REPS and 1 <= reps <= 1000 else None
    if _rest_pause(text) is not None:  # "12+3", "12+ 3": one set
        return None
    if listed_reps(text) is None and _REPS_LISTED.fullmatch(text) is None:  # "12-10-8", "5/3/1+" too
        return None
    reps_listed = [int(r) for r in _REP_ITEM.findall(text)]
    ok = len(reps_listed) <= MAX_ROW_SETS and all(1 <= r <= 1000 for r in reps_listed)
    return reps_listed if ok else None


#: A cell giving a row's sets and each set's reps in one (``3x8``, ``3 x 8-10``, ``3X5+``,
#: ``3x8 each``, ``4x6 (ecc)``, ``3x10/8/6``, ``3 x 8 @ RPE 8``, ``3x45s``): the sets, an ``x``
#: (``X``, ``×``, ``*``), then a reps cell as a reps column reads it - a program's ``sets: 3x8-10``
#: and a log's cell are one grammar. The number first is at most 2 digits (``100x8`` is a weight).
_SETS_TIMES = re.compile(
    r"\s*0*([0-9]{1,2})\s*(?:[xX×*]|sets?(?:\s*(?:of|[xX×*]))?(?=\s))\s*(\S.*?)\s*", re.DOTALL | re.IGNORECASE
)
#: A list of such groups, each one's sets of plain reps (``2x5, 1x5+``, Reddit PPL's and nSuns'
#: main lift; ``1x20, 2x10``: a top set and back-off sets): read as each set's reps (``5, 5, 5+``).
_SETS_GROUP = r"0*[0-9]{1,2}\s*[xX×*]\s*[0-9]{1,4}(?:\s*\+(?!\s*[0-9]))?"
#: (a ``+`` before another group joins them, ``3 x 10 + 1 x 15``: a drop set; after the last reps
#: it is a set to failure, ``1x5+``)
_SETS_GROUPS = re.compile(rf"\s*{_SETS_GROUP}(?:\s*[,;+]\s*{_SETS_GROUP})+\s*")
#: A sets cell with its unit (``3 sets``, ``3 Sätze``... in English: ``3 sets``, ``3 set``).
_SETS_WORD = re.compile(r"\s*0*([0-9]{1,3})\s*sets?\s*", re.IGNORECASE)
#: A distance in a reps cell (``20m``, ``6x20m``, ``40 yd``, ``60 metres``, ``1.5 km``): a sprinter's
#: or a drill's set is one run of it, as a program's reps read it (``_program_schema._DISTANCE``).
_RUN_DISTANCE = re.compile(
    r"\s*([0-9]{1,5}(?:[.,][0-9]{1,2})?)\s*(m|meters?|metres?|yds?|yards?|km|kilometers?|kilometres?)\.?\s*",
    re.IGNORECASE,
)
#: The least number a bare ``m`` in a reps cell is metres from (heuristic: sprint and drill runs are
#: 10 m and longer, a hold's time in minutes is shorter - ``2m`` is 2 minutes, as a time was read).
_MIN_BARE_METRES = 10


def _run_in_reps(cell: str) -> bool:
    """Whether a reps cell is the distance of one run (:data:`_RUN_DISTANCE`; a bare ``m`` from
    :data:`_MIN_BARE_METRES`), read as a set that covered it - as a distance column's is."""
    found = _RUN_DISTANCE.fullmatch(cell) if len(cell) <= 40 else None
    if found is None:
        return False
    return found[2].lower() != "m" or float(found[1].replace(",", ".")) >= _MIN_BARE_METRES


def _reads_as_reps(cell: str) -> bool:
    """Whether a log's reps column reads ``cell`` as the reps of a set or sets: a count, a list,
    a range, ``8+``, a noted count (``8 each``, ``6 (ecc)``), reps at an RPE (``8 @ 8``), one set's
    weight and reps with its unit (``8 @ 100kg``), a time (``45s``: a timed set) or a run's distance."""
    text = cell.strip()
    if not text or len(text) > 200:
        return False
    if _run_in_reps(text) or _rep_sets(text) is not None or _weighed_set(text, one_set=False) is not None:
        return True
    said = _REPS_AT.fullmatch(text)
    try:
        return _reps_cell(said["reps"] if said is not None else text) is not None
    except ValueError:
        pass
    try:
        return _duration(text) is not None
    except ValueError:
        return False


def _sets_times(cell: str) -> tuple[int, str] | None:
    """The sets and the reps cell of a cell writing both (:data:`_SETS_TIMES`: ``3x8-10`` is 3
    and ``8-10``), when the reps read (:func:`_reads_as_reps`); ``None`` for any other cell."""
    found = _SETS_TIMES.fullmatch(cell) if len(cell) <= 200 else None
    if found is None or not 1 <= int(found[1]) <= MAX_SETS_X_REPS:
        return None
    if _reads_as_reps(found[2]):
        return int(found[1]), found[2]
    held = _PER_SIDE_RE.sub("", found[2]).strip()  # "20s each side": a hold a side, as reps a side are
    return (int(found[1]), held) if held != found[2] and _reads_as_reps(held) else None


#: A load with its unit after the reps and a space or a comma (``3x8 70kg``, ``3 x 5, 100 lb``), as a
#: program's sets read it (the unit says it is a load, never reps): read as ``3x8 @ 70kg`` is.
_LOAD_AFTER = re.compile(
    rf"\s*(?P<reps>[^@]*?[0-9]\+?)\s*(?:,\s*|\s+)(?P<load>{_SET_WEIGHT}{_SET_UNIT})\s*", re.IGNORECASE
)
#: An effort in brackets after the reps (``8 (RPE 7)``, ``3x8 (RIR 2)``, ``5 (@8)``): the set's effort,
#: as a program's reps read it (its ``_note_effort``).
_NOTED_EFFORT = re.compile(
    r"\s*(?P<reps>[^()@]*?\d\+?)\s*\(\s*@?\s*(?P<effort>(?:(?:rpe|rir)\s*)?\d{1,2}(?:[.,]\d)?(?:\s*(?:rpe|rir))?)"
    r"\s*\)\s*",
    re.IGNORECASE,
)


def _held_list(cell: str) -> tuple[int, str, bool] | None:
    """A cell listing each set's hold (``45s,45s,30s``, ``0:45 / 0:45``: a unit or a clock each;
    plain numbers are reps) or run (``20m, 20m, 30m``: :func:`_run_in_reps`): its sets, the longest
    as written, and whether they differ; ``None`` for any other cell."""
    items = [item.strip() for item in re.split(r"[,;/|]", cell)] if len(cell) <= 200 else []
    plain = any(not item or (item[-1:].isdigit() and ":" not in item) for item in items)
    if len(items) < 2 or len(items) > MAX_ROW_SETS or plain:
        return None
    runs = [_run_in_reps(item) for item in items]
    if any(runs):
        if not all(runs):
            return None
        metres = [float(cast(re.Match[str], _RUN_DISTANCE.fullmatch(i))[1].replace(",", ".")) for i in items]
        return len(items), items[metres.index(max(metres))], len(set(metres)) > 1
    try:
        seconds = [_duration(item) for item in items]
    except ValueError:
        return None
    if any(s is None or not 0 < s <= MAX_SET_SECONDS for s in seconds):
        return None
    held = cast(list[float], seconds)
    return len(items), items[held.index(max(held))], len(set(held)) > 1


#: A load as a percentage of a max after a set's reps (``5 @ 80%``, ``@75% 1RM``, ``@ 70% of TM``) or
#: before them (``75% x 5``), as 5/3/1 and percentage programs print a day: a program keeps it in
#: its notes; a log reads the sets and reps without it (no weight: the max is not in the log).
_PERCENT_LOADS = re.compile(
    r"(?:\s*@\s*|\s+)[0-9]{1,3}(?:[.,][0-9]{1,2})?\s*%(?:\s*(?:of\s*)?(?:1\s*RM|e1RM|TM|training max|max))?",
    re.IGNORECASE,
)
_PERCENT_FIRST = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:[.,][0-9]{1,2})?\s*%\s*[x×*]\s*", re.IGNORECASE)


#: Two numbers and a slash (``3/8``) in a column whose name gives the sets, then the reps
#: (``Sets/Reps``, ``Sätze/Wdh``, ``Series x Reps``): the sets and the reps, as a program sheet
#: reads that column - elsewhere ``8/6`` is each set's reps.
_SETS_SLASH_REPS = re.compile(r"\s*0*([0-9]{1,2})\s*/\s*([0-9]{1,4})\s*")
_SETS_THEN_REPS = re.compile(
    r"(?:sets?|satze|serien?|series)(?:x|and|und|y|et|e)?(?:reps?|wdh|wiederholungen|repeticiones|repetitions)"
)


def _one_cell_sets(
    row: list[str], i_reps: int, i_sets: int | None, header: list[str], weighed: bool
) -> tuple[list[str], int | None, str] | None:
    """A row whose sets and reps share one cell, as hand-kept logs write them (a Google Sheet's or
    a notes app's ``Sets`` cell ``3x8`` with the reps cell blank; ``3x8-10``, ``3x5+``, ``3x8
    each`` in a reps cell): the row to read (the reps in the reps cell, a sets cell so moved
    blank), the sets it gives (``None``: the reps cell's own, ``3x8`` read as a reps cell reads
    it) and what to say (``""``: nothing) - a reps cell that disagrees is read and said, as a
    ``Sets`` number beside a list of another length is. ``None`` for any other row. ``header``:
    the file's columns (the sets column named in what is said); ``weighed``: the row has a weight
    (then ``3x8 @ 100kg`` is not read as sets of a weight and reps)."""
    reps = row[i_reps]
    sets = row[i_sets].strip() if i_sets is not None else ""
    if reps.isdigit() and (not sets or sets.isdigit()):  # "8" beside "3": the common row, at once
        return None
    column = label(header[i_sets], 40) if i_sets is not None else "sets"
    try:
        given = _number(sets) if sets else None
    except ValueError:
        given = -1.0
    if given == -1.0:  # a sets cell of no number
        worded = _SETS_WORD.fullmatch(sets)
        if worded is not None:  # "3 sets"
            new = [*row]
            new[cast(int, i_sets)] = worded[1]
            return new, None, ""
        found = _sets_times(sets)
        if found is not None and weighed and _weighed_set(found[1], one_set=False) is not None:
            return None  # "3x8 @ 100kg" beside a weight: which?
        new = [*row]
        new[cast(int, i_sets)] = ""
        if not reps.strip() or (found is not None and _cell(reps) in (_cell(found[1]), _cell(sets))):
            new[i_reps] = sets  # "3x8" beside "" or "8": read as the reps cell reads it
            if _rep_sets(sets) is not None:
                return new, None, ""
            return _one_cell_sets(new, i_reps, i_sets, header, weighed)  # "3x8-10", "2x5, 1x5+"
        if found is None:
            return None
        listed = _rep_sets(reps)
        if listed is not None and len(listed) == found[0]:  # "3x8" beside "8,8,6": the sets done
            return new, found[0], ""
        shown_sets, shown_reps = shown(sets, 40), shown(reps.strip(), 40)
        return (
            new,
            found[0],
            (
                f"{column} {shown_sets} and reps {shown_reps} disagree: read as {found[0]} sets of the reps "
                f"column's {shown_reps}"
            ),
        )
    pair = _SETS_SLASH_REPS.fullmatch(reps) if "/" in reps and len(reps) <= 20 else None
    if pair is not None and _SETS_THEN_REPS.fullmatch(_role_name(header[i_reps])):
        new = [*row]  # "3/8" under "Sets/Reps": 3 sets of 8, as a program sheet reads it (not 3 and 8)
        new[i_reps] = f"{pair[1]}x{pair[2]}"
        return new, None, ""
    if _rep_sets(reps) is not None or _SETS_X_REPS.fullmatch(reps.strip()) is not None:
        return None  # "3x8", "8,8,6", "12x10": the reps column's own reading
    loaded = _LOAD_AFTER.fullmatch(reps) if len(reps) <= 80 else None
    if loaded is not None:  # "3x8 70kg", "3 x 5, 100 lb": the load after the reps, as "3x8 @ 70kg"
        new = [*row]
        new[i_reps] = f"{loaded['reps']} @ {loaded['load']}"
        read = _one_cell_sets(new, i_reps, i_sets, header, weighed)
        one = not weighed and _weighed_set(new[i_reps], one_set=False) is not None  # "8 100kg": one set
        return (new, None, "") if read is None and one else read
    noted = _NOTED_EFFORT.fullmatch(reps) if "(" in reps and len(reps) <= 80 else None
    if noted is not None:  # "8 (RPE 7)", "3x8 (RIR 2)": the effort, as "8 @ RPE 7" gives it
        new = [*row]
        new[i_reps] = f"{noted['reps']} @ {noted['effort']}"
        return _one_cell_sets(new, i_reps, i_sets, header, weighed) or (new, None, "")
    timed = _held_list(reps)
    if timed is not None:  # "45s,45s,30s", "20m,20m": a column per set of holds or runs
        new = [*row]
        new[i_reps] = timed[1]
        said = f"reps {shown(reps.strip(), 40)}: {timed[0]} sets, read at the longest, {timed[1]}"
        return new, timed[0], said if timed[2] else ""
    plain = _PERCENT_LOADS.sub("", _PERCENT_FIRST.sub("", reps)) if "%" in reps and len(reps) <= 200 else reps
    if plain != reps and plain.strip():  # "5x5 @ 80%", "5@75%, 3@85%, 1+@95%": the sets, a % no weight
        new = [*row]
        new[i_reps] = plain
        read = _one_cell_sets(new, i_reps, i_sets, header, weighed)
        if read is None and not _reads_as_reps(plain):
            return None
        new, n_read, said = read or (new, None, "")
        percent = (
            f"reps {shown(reps.strip(), 40)}: a load in % of a max is no weight: its sets are read without it"
        )
        return new, n_read, f"{said}; {percent}" if said else percent
    if len(reps) <= 200 and _SETS_GROUPS.fullmatch(reps):  # "2x5, 1x5+": each set's reps
        each = [
            f"{int(r)}{plus}"
            for n, r, plus in re.findall(r"([0-9]+)\s*[xX×*]\s*([0-9]+)(\s*\+(?!\s*[0-9]))?", reps)
            for _ in range(int(n))
        ]
        if not 1 <= len(each) <= MAX_ROW_SETS:
            return None
        new = [*row]
        new[i_reps] = ", ".join(e.replace(" ", "") for e in each)
        return new, None, ""
    found = _sets_times(reps)
    if found is None or (weighed and _weighed_set(found[1], one_set=False) is not None):
        return None
    new = [*row]
    new[i_reps] = found[1]
    n, cell = found[0], shown(reps.strip(), 40)
    listed = _rep_sets(found[1])
    if listed is not None and len(listed) != n and (len(listed) != 2 or listed[0] != listed[1]):
        # "4x10/8/6": three sets' reps listed ("3x10/10" is 10 a side: the reps column's reading)
        return (
            new,
            len(listed),
            f"reps {cell}: {n} sets, but {len(listed)} sets' reps listed: read as {len(listed)}",
        )
    if given is not None and given != n:  # "Sets 4" beside "3x8-10"
        return new, n, f"{column} {given:g} but reps {cell} are {n} sets: read as {n}"
    return new, n, ""


#: Most sets one row of a sets column may stand for (heuristic: a hand-kept log's "3" or "5";
#: more is a typo for reps, or a weight in the wrong column).
MAX_ROW_SETS = 100
#: RPE is 0-10 (the RIR-based scale, Zourdos 2016, JSCR 30:267); a value outside is reported and
#: dropped, the set kept.
MAX_RPE = 10.0
#: A set's duration (seconds) above this, or below 0, is dropped with an input issue (heuristic:
#: a day; an export's 1e308 became a number pandas and JSON readers cannot hold).
MAX_SET_SECONDS = 86_400


#: A set's weight over this many kilograms (2,204.6 lb) is dropped with an input issue, the set
#: kept as a set without its weight. Heuristic: no human lifts it (the deadlift world record is
#: about 500 kg; a leg curl stack is a fraction of that), so it is a typo (4000 for 40) or a
#: broken export (1e308 made tonnage and e1RM infinite, and the JSON report invalid).
MAX_SET_KG = 1_000.0
#: The least weight a set's load may be. A negative weight that is a set's weight in size
#: (``-20``, ``-20 kg``) is an assisted set's help, as lifters write it (SparkyFitness #2519: "assisted
#: pull-ups are often exported as negative weights"; Flexify #137): read as ``BW-20`` is, and said
#: (:func:`_body_form`); one of no set (``-1e308``) is dropped as one over :data:`MAX_SET_KG` is.
MIN_SET_KG = 0.0


#: A weight cell with its unit (``100kg``, ``225 lbs``, ``45#``, ``1.000,5 kg``), as hand-kept
#: logs write them.
_WEIGHT_WITH_UNIT = re.compile(
    r"\s*([-+]?[0-9](?:[0-9.,' \u00a0\u202f\u2009\u2019]{0,18}[0-9])?)\s*([^\W\d_]{1,20}\.?|#)\s*"
)
#: A weight written with one dot and three digits after 1-3 (``1.000``, ``2.204``): a decimal
#: point, or the dot grouping a thousand of German, Spanish or Italian sheets (``1.000`` kg).
_DOT_THREE = re.compile(r"\s*[-+]?[1-9][0-9]{0,2}\.[0-9]{3}\s*")


class _AmbiguousWeightError(ValueError):
    """A weight cell read two ways (``1.000``: one kilogram, or a thousand), both weights a set
    may have: neither is guessed (:func:`_weight`); :attr:`said` tells the reader's notice why."""

    def __init__(self, text: str, value: float, unit: str) -> None:
        super().__init__(text)
        self.said = (
            f"is {value * 1000:,.0f} {unit} or {value:g} {unit} (a dot grouping thousands, or a decimal "
            "point?)"
        )


class _DateWeightError(ValueError):
    """A weight cell that is a date (``1.2.25``, ``03/11/2025``: a shifted row, or Excel's
    reading of what was typed), said as one (:attr:`said`)."""

    said = "is a date, not a weight (a row's cells shifted, or a sheet's date format?)"


def _dot_three(text: str, value: float, in_lb: bool) -> None:
    """Refuse a weight of one dot and three digits (:data:`_DOT_THREE`) whose thousands too are a
    weight (1,000 kg at most, as :data:`MAX_SET_KG` says): ``1.000`` kg, ``1.250`` lb. Read as a
    thousand, ``2.500`` kg (2,500 kg) or ``102.058`` kg is no weight: it is the decimal point."""
    if _DOT_THREE.fullmatch(text) is None:
        return
    kg = value * 1000 * (LB_TO_KG if in_lb else 1.0)
    if MIN_SET_KG <= kg <= MAX_SET_KG:
        raise _AmbiguousWeightError(text.strip(), value, "lb" if in_lb else "kg")


#: A weight cell that says the set is a body-weight set (no external load).
_BODY_WEIGHT = frozenset(("bw", "bwt", "bodyweight", "body weight", "body-weight", "body"))


#: A body-weight set with a load added or taken off (``BW+20``, ``bodyweight + 10 kg``, ``BW-15``:
#: an assisted set): the added load is the set's weight, an assisted one has none.
_BODY_WORDS = "|".join(map(re.escape, sorted(_BODY_WEIGHT, key=len, reverse=True)))  # the longest first
_BODY_WEIGHT_PLUS = re.compile(rf"(?:{_BODY_WORDS})\s*\(?\s*([+-])\s*(\d[^+\-()]{{0,20}}?)\s*\)?")
#: A load and its sign (``+``: added to the body, ``-``: help taken off it), in the forms lifters
#: write a body-weight set's (lower case): ``BW+10``, ``BW (+10)``, ``10 + BW``, ``assisted 20``,
#: ``20 assist``, ``-20 (assisted)``, ``weighted 10``, and a negative number (``-20``, ``-20 kg``:
#: the help of an assisted set, as SparkyFitness #2519 and Flexify #137 report lifters write it).
_ASSIST_WORDS = r"(?:assisted|assistance|assist|help)"
_AMOUNT = r"(\d[^+\-()]{0,20}?)"
_BODY_FORMS = (
    (None, _BODY_WEIGHT_PLUS),
    ("+", re.compile(rf"{_AMOUNT}\s*\+\s*(?:{_BODY_WORDS})")),
    ("+", re.compile(rf"(?:weighted|added)\s*[:=]?\s*\+?\s*{_AMOUNT}")),
    ("-", re.compile(rf"{_ASSIST_WORDS}\s*[:=]?\s*-?\s*{_AMOUNT}")),
    ("-", re.compile(rf"-?\s*{_AMOUNT}\s*\(?\s*{_ASSIST_WORDS}\s*\)?")),
    ("-", re.compile(rf"-\s*{_AMOUNT}")),
)
#: :data:`_BODY_FORMS`' negative number: said when read (:class:`_AssistedWeightError`).
_NEGATIVE = _BODY_FORMS[-1][1]


def _body_form(text: str) -> tuple[str, str] | None:
    """A weight cell's body-weight form with a load (:data:`_BODY_FORMS`): its sign (``+``
    added, ``-`` help) and its load as written; ``None`` for none. A negative number is one only
    when it is a weight a set may have (0-:data:`MAX_SET_KG` in either unit): ``-1e308`` is no
    help but a broken cell."""
    if len(text) > 40:
        return None
    cell = text.strip().lower()
    for sign, form in _BODY_FORMS:
        found = form.fullmatch(cell)
        if found is None:
            continue
        if sign is None:
            return found.group(1), found.group(2)
        if form is _NEGATIVE:
            try:
                value = _single_weight(False, found.group(1))
            except ValueError:
                return None
            if value is None or not MIN_SET_KG <= value <= MAX_SET_KG / LB_TO_KG:
                return None
        return sign, found.group(1)
    return None


def free_load(name: str) -> str | None:
    """The free load ``name``, an exercise's name as logged, says it is lifted with (``barbell``
    for ``Romanian Deadlift (Barbell)``, ``trap bar`` for ``Trap bar deadlift``), read by the
    name grammar; ``None`` for none, for a name saying it is assisted (``Assisted Dip (Machine)``),
    and for a name the grammar refuses (over its length limit)."""
    from .names import grammar, parse_name  # here: the name grammar imports the log words

    try:
        parsed = parse_name(name)
    except HamstringRulesError:
        return None
    if "assisted" in parsed.modifiers:
        return None
    loads = sorted(parsed.equipment & grammar().free_loads)
    return loads[0].replace("_", " ") if loads else None


class _AssistedWeightError(ValueError):
    """A negative weight read as an assisted set's help (``-20``: as ``BW-20``), said (:attr:`said`)."""

    def __init__(self, text: str, help_: str) -> None:
        super().__init__(text)
        self.said = f"is negative: read as {help_} of help, an assisted body-weight set's (as BW-{help_})"


def _weight(lb_file: bool, text: str) -> float | None:
    """A weight cell in the file's unit (``lb_file``: pounds): a number, a number with its own
    unit (converted), or a body-weight word (``None``: no load). ``ValueError`` otherwise;
    :class:`_AmbiguousWeightError` for one read two ways (:func:`_dot_three`); :class:`_SetWeightsError`
    for a cell listing each set's weight (``100/100/95``) or a pair of dumbbells (``2x24kg``),
    which the row's sets decide (``_Reader.row``; a column's reader takes it as unread)."""
    try:
        value = _single_weight(lb_file, text)
        if value is None and text.lstrip()[:1] == "-":  # "-20": help, not a typo, as read
            help_ = _NEGATIVE.fullmatch(text.strip().lower())
            if help_ is not None:
                raise _AssistedWeightError(text, help_.group(1).strip())
    except (_AmbiguousWeightError, _AssistedWeightError):
        raise
    except ValueError:
        listed = _set_weights(lb_file, text)
        if listed is not None:
            raise listed from None
        if _date_shaped(text):
            raise _DateWeightError(text) from None
        raise
    if value is not None and value > MAX_SET_KG / LB_TO_KG and (text.count(",") > 1 or _SPACED.search(text)):
        # "100,100,100", "100 100 100": three sets, no 100 million kg; "100,100" stays the number (too
        # heavy, said): one comma is as often a typo'd weight grouped by thousands (99,999)
        listed = _set_weights(lb_file, text)
        if listed is not None:
            raise listed
    return value


def _single_weight(lb_file: bool, text: str) -> float | None:
    """:func:`_weight` of one weight (no list, no pair)."""
    try:
        value = _number(text)
    except ValueError:
        if len(text) > 40:
            raise
    else:
        if value is not None:
            _dot_three(text.strip().strip('"'), value, lb_file)
            if value < 0 and _body_form(text) is not None:  # "-20": an assisted set's help
                return None
        return value
    if _cell(text) in _BODY_WEIGHT:
        return None
    added = _body_form(text)
    if added is not None:  # "BW+20": the load added to the body's weight; "BW-20": assisted
        return None if added[0] == "-" else _single_weight(lb_file, added[1])
    found = _WEIGHT_WITH_UNIT.fullmatch(text)
    if found is None:
        raise ValueError(text)
    unit = _unit_word(found.group(2))
    if unit is None:
        raise ValueError(text)
    value = cast(float, _number(found.group(1)))  # digits first and last: never blank
    in_lb = unit == "lb"
    _dot_three(found.group(1), value, in_lb)
    if in_lb != lb_file:
        value = value * LB_TO_KG if in_lb else value / LB_TO_KG
    return value


#: A pair of dumbbells (or kettlebells) in a weight cell: ``2x24kg``, ``2 x 26 kg``, ``2×24``.
_PAIR = re.compile(r"\s*2\s*[x×*]\s*(\d.{0,30})", re.IGNORECASE)
#: The separators of a weight cell listing each set's weight, tried in turn: a slash, a semicolon, a
#: bar, a comma and a space (its weights may have a decimal comma: ``102,5, 100``), a dash (between
#: three weights or more, as a reps list: ``100-110`` is no list), a bare comma (``100,100,95``),
#: spaces (between three or more, as ``8 8 6`` in a reps cell: ``100 100`` is a number's groups).
_WEIGHT_SEPARATORS = (
    re.compile(r"\s*/\s*"),
    re.compile(r"\s*;\s*"),
    re.compile(r"\s*\|\s*"),
    re.compile(r",\s+"),
    re.compile(rf"\s*{DASH}\s*"),
    re.compile(r","),
    re.compile(r"\s+"),
)
#: The separators a number's digit groups are written with too (``1,000,000``, ``1 000 000``).
_GROUP_SEPARATORS = _WEIGHT_SEPARATORS[-2:]
#: Digits, spaces, digits, spaces, digits: three groups or weights.
_SPACED = re.compile(r"\d\s+\d+\s+\d")
#: A weight written with a leading zero (``000``, ``05``): a group of a number's digits, in a list.
_LEADING_ZERO = re.compile(r"0\d")
#: The ``2x`` of a pair of dumbbells (``2x24``).
_PAIR_OF = re.compile(r"^2\s*[x×*]\s*", re.IGNORECASE)
#: A unit after a list's last weight only (``100/100/95 kg``): the unit of each.
_LIST_UNIT = re.compile(r"(.*?\d)\s*([^\W\d_]{1,20}\.?|#)\s*")


class _SetWeightsError(ValueError):
    """A weight cell standing for several weights, as a hand-kept log writes them: each set's
    weight listed (``100/100/95``, ``"100, 100, 95"``, ``100-100-95``: :attr:`weights`, in the
    file's unit), or one pair of dumbbells (``2x24kg``: :attr:`pair`, read as each hand's 24 kg,
    the load a dumbbell lift is logged and progressed by; its total would double the load beside a
    row of the same lift that writes ``24``, a jump e1RM and HR033 would see). The row's sets
    decide how it is read (:meth:`for_sets`)."""

    def __init__(
        self, text: str, weights: list[float | None], pair: str, body: bool = False, items: Sequence[str] = ()
    ) -> None:
        super().__init__(text)
        self.text = text.strip()
        self.items = tuple(items)
        """A list of body-weight sets' items as written (``BW+10``), each read as a cell is."""
        self.weights = weights
        """Each weight in the file's unit; ``None``: a body-weight set of no added load (``BW``)."""
        self.top = max((w for w in weights if w is not None), default=None)
        """The heaviest weight (``None``: no set of a list of body-weight sets has one)."""
        self.body = body
        """Whether each set is a body-weight set (``BW/BW+10/BW+20``, ``-20/-15``)."""
        self.pair = pair
        """A pair's weight of each hand as written (``24kg``), the first pair's in a list; ``""``
        for none."""

    def for_sets(self, count: int, column: str = "weight") -> tuple[list[float | None] | None, str]:
        """Each of ``count`` sets' weights in the file's unit, and what to say of them (``column``:
        the weight column's name); ``None`` when a list is none of the row's sets' weights: of
        another length than its sets, or of weights no row's sets differ by (:func:`_list_spread`:
        ``1/2/25``, a date in the weight column) - the sets are kept without weight."""
        cell, n = shown(self.text, 40), len(self.weights)
        if n == 1:  # one pair: each set's
            each = self.pair[:20]
            said = f"{column} {cell} is a pair of dumbbells: read as {each}, one dumbbell's weight"
            return [self.weights[0]] * count, said
        dated = " (a date?)" if _date_shaped(self.text) else ""
        if n != count:
            sets = counted(count, "set")
            said = (
                f"{column} {cell} lists {n} weights{dated}, the row is {sets}: the sets are kept without a "
                "weight"
            )
            return None, said
        spread = _list_spread(self.weights)
        if spread > (MAX_DATED_SPREAD if dated else MAX_LIST_SPREAD):
            weights = ", ".join(f"{w or 0:g}" for w in self.weights[:6]) + " ..." * (n > 6)
            said = (
                f"{column} {cell} beside {counted(count, 'set')} is no list of each set's weight{dated}: "
                f"its weights ({weights}) differ {spread:.3g}-fold, more than one row's sets do: the sets "
                "are kept without a weight"
            )
            return None, said
        if self.pair:  # "2x24/2x24/2x22"
            return list(self.weights), f"{column} {cell} is a pair of dumbbells a set: read as each hand's"
        return list(self.weights), ""


#: The most a weight list's heaviest weight may be of its lightest loaded one (a 0 is no load) for
#: it to be read as each set's weight (:meth:`_SetWeightsError.for_sets`). Heuristic: one row's
#: sets of one exercise span a pyramid or a ramp from a light warm-up (``20/60/100/140``: 7x);
#: ``1/2/25`` (25x) is no row's sets but a date in the weight column (Excel's, or a shifted row).
MAX_LIST_SPREAD = 10.0
#: :data:`MAX_LIST_SPREAD` for a list that is a valid date too (``3/11/25``, ``2025-01-02``;
#: :func:`_date_shaped`). Heuristic: sets listed that close to a date's shape are read only when
#: they are as close as a row's work sets are (``10/10/15``, ``12/12/12``; a drop set's 2x).
MAX_DATED_SPREAD = 2.0
#: A date written year first (``2025-01-02``, ``2025/1/2``).
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")


def _list_spread(weights: Sequence[float | None]) -> float:
    """How many times its lightest loaded weight a list's heaviest is (1 for a list of no load or
    one load; a 0 or a body-weight set's ``None`` is a set of no load, not a light one)."""
    loaded = [w for w in weights if w is not None and w > 0]
    return max(loaded) / min(loaded) if loaded else 1.0


def _date_shaped(text: str) -> bool:
    """Whether a cell is a valid calendar date, numeric (``1/2/25``, ``03.11.2025`` in either
    day/month order, ``2025-01-02``): a weight list of that shape may be a date."""
    cell = text.strip()
    parts = _numeric_parts(cell)
    if parts is not None:
        return parts.resolve("dmy") is not None or parts.resolve("mdy") is not None
    found = _YEAR_FIRST.fullmatch(cell)
    if found is None:
        return False
    try:
        date(int(found.group(1)), int(found.group(3)), int(found.group(4)))
    except ValueError:
        return False
    return True


#: Where a list's first item ends (``BW, BW+10``: ``BW``).
_FIRST_ITEM = re.compile(r"[/;|,]")


def _set_weights(lb_file: bool, text: str) -> _SetWeightsError | None:
    """A weight cell listing each set's weight (:data:`_WEIGHT_SEPARATORS`; a unit after the last
    one is each one's, ``100/100/95 kg``) or a pair of dumbbells (:data:`_PAIR`): its weights in
    the file's unit, each a number 0-:data:`MAX_SET_KG` (in either unit: the reader converts and
    checks), else ``None``. A list of body-weight sets (``BW/BW+10/BW+20``, ``-20/-15/-10``) gives
    each its added load (``None`` for none); one mixing them with loads (``10/BW/BW``) is none."""
    if len(text) > 200:
        return None
    cell = text.strip()
    if not cell or not (cell[0].isdigit() or cell[0] in "+-" or _body_item(_FIRST_ITEM.split(cell, 1)[0])):
        return None
    at_end = _LIST_UNIT.fullmatch(cell)
    body, unit = (at_end.group(1), at_end.group(2)) if at_end and _unit_word(at_end.group(2)) else (cell, "")
    for separator in _WEIGHT_SEPARATORS:
        items = separator.split(body)
        fewest = 3 if separator in (_WEIGHT_SEPARATORS[4], _WEIGHT_SEPARATORS[-1]) else 2
        if len(items) < fewest or len(items) > MAX_ROW_SETS:
            continue
        if unit:  # "100/100/95 kg", "2x24/2x22 kg": the unit of each weight that names none
            items = [
                f"{item} {unit}" if _PLAIN_NUMBER.fullmatch(_PAIR_OF.sub("", item)) else item
                for item in items
            ]
        if separator in _GROUP_SEPARATORS and (
            any(_LEADING_ZERO.match(item) for item in items)
            or (len(items[0]) < 2 and all(len(item) == 3 for item in items[1:]))
        ):
            continue  # "1,000,5", "1,250,500", "1 000 000": a number's groups, not weights ("5,5,5" are)
        marked = [_body_item(item) for item in items]
        if any(marked):  # "BW/BW+10/BW+20", "-20/-15": body-weight sets, each its load (or none)
            if not all(marked):  # "10/BW/BW": which set's load is the body's is not guessed
                continue
            try:
                weights = [_single_weight(lb_file, item) for item in items]  # BW's None, BW+10's 10
            except ValueError:
                continue
            if any(w is not None and not MIN_SET_KG <= w <= MAX_SET_KG / LB_TO_KG for w in weights):
                continue
            return _SetWeightsError(text, weights, "", body=True, items=items)
        read = [_pair_or_weight(lb_file, item) for item in items]
        if None not in read:
            found = cast(list[tuple[float, str]], read)
            return _SetWeightsError(text, [w for w, _ in found], next((p for _, p in found if p), ""))
    pair = _pair_or_weight(lb_file, cell)
    if pair is None or not pair[1]:
        return None
    return _SetWeightsError(text, [pair[0]], pair[1])


def _pair_or_weight(lb_file: bool, text: str) -> tuple[float, str] | None:
    """One weight of a list, a number (``_single_weight``) or a pair of dumbbells (each hand's,
    and its weight as written, ``24kg``; ``""`` for a number); ``None`` for no weight, a
    body-weight mark, or one out of 0-:data:`MAX_SET_KG` (both units: 2,204 lb is the most)."""
    found = _PAIR.fullmatch(text)
    each = found.group(1).strip() if found else ""
    try:
        value = _single_weight(lb_file, each or text)
    except ValueError:
        return None
    if value is None or not MIN_SET_KG <= value <= MAX_SET_KG / LB_TO_KG:
        return None
    return value, each


def _body_item(text: str) -> bool:
    """Whether one weight (a cell's, or a list's item) marks a body-weight set: ``BW``,
    ``bodyweight``, ``BW+5``, ``BW - 15``, ``10 + BW``, ``assisted 20``, ``-20`` (help)."""
    return _cell(text) in _BODY_WEIGHT or _body_form(text) is not None


def _body_mark(text: str) -> bool:
    """Whether a weight cell marks body weight (:func:`_body_item`), each of a list's sets too
    (``BW/BW+10/BW+20``)."""
    if len(text) > 200:
        return False
    if len(text) <= 40 and _body_item(text):
        return True
    listed = _set_weights(False, text) if any(c in text for c in "/;|,") else None
    return listed is not None and listed.body


def _assistance(lb_file: bool, text: str) -> float | None:
    """The assistance a weight cell's body-weight mark gives, in the file's unit: ``BW-15``,
    ``-15`` and ``assisted 15`` 15, ``BW`` and ``BW+5`` 0 (none), a list's most
    (``-20/-15/-10``: 20); ``None`` for a cell without the mark or an unreadable one."""
    if not _body_mark(text):
        return None
    if len(text) > 40 or not _body_item(text):  # a list of body-weight sets: its most help
        listed = cast(_SetWeightsError, _set_weights(lb_file, text))
        helps = [_assistance(lb_file, item) for item in listed.items]
        return max((h for h in helps if h is not None), default=None)
    taken = _body_form(text)
    if taken is None or taken[0] == "+":
        return 0.0
    try:
        value = _single_weight(lb_file, taken[1])
    except ValueError:
        return None
    return value if value is not None and MIN_SET_KG <= value <= MAX_SET_KG else None


def _cell_unit(text: str) -> str | None:
    """The unit a weight cell writes after its number (``225 lbs``: ``lb``), or after a list's
    last weight or a pair's (``225/225/215 lb``, ``2x50lb``), else ``None``."""
    found = _WEIGHT_WITH_UNIT.fullmatch(text) if len(text) <= 40 else None
    if found is None and len(text) <= 200 and text.lstrip()[:1].isdigit():
        found = _LIST_UNIT.fullmatch(text)
    return None if found is None else _unit_word(found.group(2))


def _bare_numbers(cells: list[str], units: Mapping[str, str | None]) -> int:
    """How many of a chunk's weight cells are a number naming no unit (``225`` beside ``225 lbs``)."""
    counts = Counter(cells)
    return sum(n for cell, n in counts.items() if not units[cell] and _PLAIN_NUMBER.fullmatch(cell.strip()))


def _bare_weights_said(line: int, bare: int, named: Counter[str | None], read_unit: str) -> list[LogIssue]:
    """The notice of weights naming no unit read in ``read_unit`` beside others naming another
    (``225`` beside ``225 lbs``, no unit= given): the lifter may have written the unit once."""
    other = sorted(unit for unit in ("kg", "lb") if unit != read_unit and named[unit])
    if not bare or not other:
        return []
    names = " and ".join(f"{unit} ({named[unit]:,})" for unit in ("kg", "lb") if named[unit])
    return [
        LogIssue(
            line,
            f"{counted(bare, 'weight')} naming no unit read as {read_unit}, beside weights naming {names}: "
            f"pass unit='{other[0]}' (--unit {other[0]}) if they are in {other[0]} too",
        )
    ]


def _parse_weight(lb_file: bool, text: str) -> float | None:
    """:func:`_weight` for a column: ``_BAD`` for an unreadable cell, a negative weight or one
    that may be over ``MAX_SET_KG`` in any unit (the row is then read by ``_Reader.row``, which
    converts it to kilograms and reports it when it is out of range)."""
    try:
        value = _weight(lb_file, text)
    except ValueError:
        return _BAD
    return _BAD if value is not None and not MIN_SET_KG <= value <= MAX_SET_KG else value


def _parse_rpe(text: str) -> float | None:
    """An RPE cell (see :func:`_effort`); outside 0-10 is ``_BAD``."""
    value = _effort_value(False, text)
    return _BAD if value is not None and not 0 <= value <= MAX_RPE else value


def _parse_rir(text: str) -> float | None:
    """A reps-in-reserve cell (see :func:`_effort`) as RPE (10 - RIR; Zourdos 2016); outside
    0-10 is ``_BAD``."""
    value = _effort_value(True, text)
    if value is None or value is _BAD:
        return value
    return _rir_as_rpe(value) if 0 <= value <= MAX_RPE else _BAD


#: The least RPE a set in reserve is read as: the RIR-based scale's floor, "little to no effort"
#: (Zourdos 2016, JSCR 30:267, RPE 1-2) - RIR 9.5 or 10 is an easy set, never RPE 0 (an app's "no
#: RPE", a hard set).
_RPE_FLOOR = 1.0


def _rir_as_rpe(rir: float) -> float:
    """Reps in reserve (0-10) on the RPE scale: 10 - RIR, at least :data:`_RPE_FLOOR`."""
    return max(_RPE_FLOOR, MAX_RPE - rir)


def _unit_factor(lb_file: bool, text: str) -> float:
    """A unit cell's factor to kilograms (a spelling of kg or lb: ``kilograms``, ``lbs.``,
    ``Pfund``): blank is the export's unit (``lb_file``: pounds), an unknown unit ``_BAD``."""
    if not _cell(text):
        return LB_TO_KG if lb_file else 1.0
    unit = _unit_word(text)
    return _BAD if unit is None else 1.0 if unit == "kg" else LB_TO_KG


def _unit_kind(text: str) -> str | None:
    """The unit a unit cell gives: ``kg``, ``lb``, or ``None`` (blank or unknown)."""
    return _unit_word(text) if _cell(text) else None


#: Distinct cell texts a reader remembers the reading of (a file of millions of distinct cells
#: reads the rest afresh): bounds memory, whatever the file.
_MAX_REMEMBERED = 4096


class _Cache(dict[str, Any]):
    """A column's distinct texts and what they mean, computed once each (up to 4,096 kept).
    ``bad``: some text read as ``_BAD`` (until then no column it made needs scanning for it)."""

    def __init__(self, compute: Callable[[str], Any]) -> None:
        super().__init__()
        self.compute = compute
        self.bad = False

    def __missing__(self, text: str) -> Any:
        value = self.compute(text)
        if value is _BAD:
            self.bad = True
        if len(self) < _MAX_REMEMBERED:
            self[text] = value
        return value


#: Distinct odd set type or done cells said one by one (heuristic: a sheet's own labels, A1, A2,
#: B1 ..., would fill the notices); the sets marked by more are counted in one notice.
MAX_ODD_VALUES = 10


class _SetMarks:
    """What a log's set type (or warm-up flag) and done columns say of each set, each distinct
    cell read once (:mod:`._log_words`): the reader's caches of kinds, the sets a done column marks
    not done (left out of the rows before they are read), and the cells of neither known kind
    nor yes/no, each said once with its lines (:meth:`notices`)."""

    def __init__(self, fmt: _Format, header: list[str], i_reps: int) -> None:
        kind_of = warm_flag_kind if fmt.warm_flag else set_kind
        self.kind_of = _Cache(kind_of)
        self.kinds = _Cache(lambda text: kind_of(text) in _WARMUP)
        self.failures = _Cache(lambda text: kind_of(text) in _FAILURE)
        self.warm_flag = fmt.warm_flag
        self.header = header
        self.i_reps = i_reps
        self.i_done = _column(header, fmt.done)
        self.done_of = _Cache(_done_mark)
        self.skipped = 0
        """Sets marked not done, left out."""
        self.first_skipped = 0
        self.odd: dict[tuple[bool, str], list[int]] = {}
        """Cells of no known kind (``True``: a done column's), and the lines of the sets they mark."""
        self.more = 0
        """Sets marked by odd cells past the first :data:`MAX_ODD_VALUES` values."""
        self.letter_of = _Cache(letter)
        self.letters: set[str] = set()
        """The one-letter marks of a set order column (``W``, ``C``), read together (see
        :func:`._log_words.letters_read`) once the column numbers its work sets."""
        self.numbered = False
        """Whether the set type column holds a set's number (1, 2, 3): a set order column."""
        self.i_exercise = header.index(fmt.exercise) if fmt.exercise in header else None
        self.key_columns = [self.i_exercise or 0, *(header.index(c) for c in fmt.workout if c in header)]
        """An exercise in a workout: its name's and its workout's columns."""
        self.lettered: dict[str, tuple[str, tuple[str, ...], int, str]] = {}
        """Letters read by :attr:`letters`: each cell's kind, its languages, its first line and
        where its sets stand when that decided the kind."""

    def read(
        self, rows: list[list[str]], lines: Sequence[int], i_type: int | None
    ) -> tuple[list[list[str]], Sequence[int]]:
        """A chunk's rows without its sets marked not done; the odd cells' lines noted."""
        if i_type is not None:
            self.odd_kinds(rows, lines, i_type)
        if self.i_done is None:
            return rows, lines
        return self.done_rows(rows, lines, self.i_done)

    @staticmethod
    def column(rows: list[list[str]], i: int) -> list[str]:
        """A chunk's column ``i`` (``""`` in a short row), C-level when no row is short."""
        if min(map(len, rows)) > i:
            return list(map(itemgetter(i), rows))
        return [row[i] if len(row) > i else "" for row in rows]

    def done_rows(
        self, rows: list[list[str]], lines: Sequence[int], i: int
    ) -> tuple[list[list[str]], Sequence[int]]:
        """The rows a done column does not mark not done (``FALSE``, ``no``, ``0``, an empty box:
        a planned set not done, skipped); a blank mark is a set done (the row logs it), and a
        mark neither yes nor no is read as done and said."""
        marks = self.column(rows, i)
        done = list(map(self.done_of.__getitem__, marks))
        if None in done:
            for k, (d, m) in enumerate(zip(done, marks, strict=True)):
                if d is None:
                    self.note((True, m.strip()), lines[k])
        if False not in done:
            return rows, lines
        kept = [d is not False for d in done]
        self.skipped += len(kept) - sum(kept)
        self.first_skipped = self.first_skipped or lines[kept.index(False)]
        return list(compress(rows, kept)), list(compress(lines, kept))

    def odd_kinds(self, rows: list[list[str]], lines: Sequence[int], i: int) -> None:
        """Note the lines of sets (rows with reps) whose set type cell is of no known kind: read
        as work sets, and said. Rows are looked at only in a chunk holding such a cell."""
        cells = self.column(rows, i)
        distinct = set(cells)
        odd = {cell for cell in distinct if self.kind_of[cell] == UNKNOWN}
        if not self.warm_flag:  # a set order column's letters, each distinct cell looked up once
            self.letters.update(filter(None, map(self.letter_of.__getitem__, distinct)))
            self.numbered = self.numbered or any(map(str.isdigit, map(str.strip, distinct)))
            if odd and self.numbered and self.letters:
                odd -= self.lettered_kinds(odd, rows, cells, lines)
        if odd:
            reps = self.column(rows, self.i_reps)
            again = _header_name(self.header[i]), _header_name(self.header[self.i_reps])
            for cell, count, line in zip(cells, reps, lines, strict=True):  # the header again: said as such
                if cell in odd and count.strip() and (_header_name(cell), _header_name(count)) != again:
                    self.note((False, cell.strip()), line)

    def lettered_kinds(
        self, odd: set[str], rows: list[list[str]], cells: list[str], lines: Sequence[int]
    ) -> set[str]:
        """The odd cells that are a set order column's letters in another language, read as
        their kind from now on (the reader's caches are set), each said once (:meth:`notices`):
        ``C`` beside ``F`` is Spanish (calentamiento, fallo). A letter of a warm-up in one
        language and of another kind in another (``C`` alone: Spanish calentamiento, Italian
        cedimento) is a warm-up when its sets come before the numbered sets of their exercise,
        as a warm-up is done, and the other kind when they all come after one; else unread."""
        read = letters_read(frozenset(self.letters))
        found = set()
        for cell in odd:
            options = read.get(self.letter_of[cell], {})
            why = ""
            if len(options) == 2 and WARMUP in options:
                before = self.before_numbers(cell, rows, cells)
                options = {k: v for k, v in options.items() if before is not None and (k == WARMUP) == before}
                why = f", its sets {'before' if before else 'after'} the numbered sets of their exercise"
            if len(options) != 1:
                continue
            ((kind, languages),) = options.items()
            self.kind_of[cell] = kind
            self.kinds[cell] = kind == WARMUP
            self.failures[cell] = kind == FAILURE
            first = next(line for c, line in zip(cells, lines, strict=True) if c == cell)
            self.lettered.setdefault(cell.strip(), (kind, languages, first, why))
            found.add(cell)
        return found

    def before_numbers(self, cell: str, rows: list[list[str]], cells: list[str]) -> bool | None:
        """Whether a chunk's sets marked ``cell`` all come before the numbered sets of their
        exercise in their workout (``True``), all after one (``False``), or either (``None``)."""
        if self.i_exercise is None:
            return None
        places = set()
        last_key: object = None
        numbered = False
        for row, mark in zip(rows, cells, strict=True):
            key = tuple(row[k] if len(row) > k else "" for k in self.key_columns)
            if key != last_key:
                last_key, numbered = key, False
            if mark == cell:
                places.add(not numbered)
            elif mark.strip().isdigit():
                numbered = True
        return places.pop() if len(places) == 1 else None

    def note(self, key: tuple[bool, str], line: int) -> None:
        """Note an odd cell's line: up to :data:`MAX_ODD_VALUES` values each said, more counted."""
        at = self.odd.get(key)
        if at is None:
            if len(self.odd) >= MAX_ODD_VALUES:
                self.more += 1
                return
            at = self.odd[key] = []
        at.append(line)

    def notices(self, i_type: int | None) -> list[LogIssue]:
        """What the reader said of these columns: the sets skipped as not done, each odd cell."""
        said = []
        done = label(self.header[self.i_done], 40) if self.i_done is not None else ""
        if self.skipped:
            said.append(
                LogIssue(
                    self.first_skipped,
                    f"{counted(self.skipped, 'set')} marked not done in {done}: skipped, not counted as sets",
                )
            )
        for value, (kind, languages, first, why) in self.lettered.items():
            column = label(self.header[i_type], 40) if i_type is not None else "set type"
            mark = cast(str, self.letter_of[value])
            words = " or ".join(
                f"{LETTER_WORDS.get((lang, mark), mark.upper())} ({lang})" for lang in languages
            )
            letters = ", ".join(sorted(m.upper() for m in self.letters))
            said.append(
                LogIssue(
                    first,
                    f"{column} {shown(value, 40)} is read as {_KIND_SAID[kind]} (first at line {first}): "
                    f"the initial of {words}, a language whose set letters are the column's ({letters})"
                    f"{why}; a heuristic: the app's letters are documented in English (W, D, F)",
                )
            )
        for (in_done, value), at in self.odd.items():
            rows = f"line{'s' * (len(at) > 1)} {_lines_said(at)}"
            if in_done:
                message = (
                    f"{done} {shown(value, 40)} is neither yes nor no ({rows}): read as done (write "
                    "yes/no, TRUE/FALSE or 1/0)"
                )
            else:
                column = label(self.header[i_type], 40) if i_type is not None else "set type"
                known = (
                    "yes/no, TRUE/FALSE, 1/0, x"
                    if self.warm_flag
                    else "warmup or W, normal, failure or F, drop set or D, a set number"
                )
                message = (
                    f"{column} {shown(value, 40)} is not understood ({rows}): read as work sets (known: "
                    f"{known}; in English, German, Spanish, French, Italian, Portuguese or Dutch)"
                )
            said.append(LogIssue(at[0], message))
        if self.more:
            first = min(at[0] for at in self.odd.values())
            more = counted(self.more, "more set")
            said.append(LogIssue(first, f"{more} marked by other values not understood: read as work sets"))
        return said


#: A set kind as a notice says it.
_KIND_SAID = {WARMUP: "warm-up sets", NORMAL: "work sets", FAILURE: "sets to failure", DROP: "drop sets"}


def _done_mark(text: str) -> bool | None:
    """A done column's cell: ``False`` for no, ``True`` for yes or blank (the row logs a set),
    ``None`` for neither (read as done, and said)."""
    return True if not text.strip() else yes_no(text)


def _header_name(cell: str) -> str:
    """A header cell as a repeat of it is compared: as a role reads it, its bracketed unit kept
    (``"reps "``, ``REPS`` and ``Reps`` after a byte order mark are ``reps``; ``Weight (lb)`` is not
    ``Weight (kg)``)."""
    return _role_name(cell, keep=True)


def _same_name(name: str, cell: str) -> bool:
    return _header_name(cell) == name


#: The longest cell a row of one cell may hold to be read as a title (heuristic: a title is a
#: line; a longer cell is a row of the log, read and reported as one).
MAX_TITLE_CELL = 200
#: Rows of words a reader tests as another log's header (:class:`_HeaderAgain`): each test costs
#: about 0.2 ms (measured), so a file of a million rows of words is not tested a million times.
#: Heuristic: a joined file has a header or two; the rows of words past these are read as rows.
MAX_HEADER_TRIES = 1_000
#: A cell starting with a figure (a date, reps, a weight): a row holding one is no header.
_FIGURE_FIRST = re.compile(r'(?:^|\x00)[\s"\ufeff]*[0-9]')


def _split_cell(cell: str) -> list[str] | None:
    """A row's one cell as the cells of a row in another separator (``Date;Exercise;Reps`` in a
    comma-separated file): split at the most frequent of :data:`_DELIMITERS` when that gives three
    cells or more, else ``None``."""
    delimiter = max(_DELIMITERS, key=cell.count)
    if cell.count(delimiter) < 2:
        return None
    return next(csv.reader([cell], delimiter=delimiter), None)


#: How the error of a log (or a part of one: :class:`_NextSection`) of no readable set begins.
_NO_SETS = "no sets found in"


class _NextSection(Exception):  # noqa: N818 - a signal, not an error: caught by _Reader.read
    """Another export's header in a log (two exports joined in one file: a Hevy export below a
    Strong one, ``Weight (lb)`` below ``Weight (kg)``): the rows below it are read in its own
    columns, by a reader of their own (:func:`_parse`), and the logs joined (:func:`_joined`).
    Raised by :class:`_HeaderAgain` at its row; :meth:`rest_of` holds the rows of the chunk read
    after it, as they were before the first reader read them."""

    def __init__(self, fmt: _Format, header: list[str], line: int, first_line: int, first: str) -> None:
        super().__init__(line)
        self.fmt, self.header, self.line = fmt, header, line
        self.first_line, self.first = first_line, first
        """The first export's header line and what it is."""
        self.rows: list[list[str]] = []
        self.lines: list[int] = []

    def rest_of(self, rows: list[list[str]], lines: Sequence[int]) -> _NextSection:
        """Keep a chunk's rows below this header (``rows`` as read, each row's first line)."""
        kept = [i for i, at in enumerate(lines) if at > self.line]
        self.rows, self.lines = [rows[i] for i in kept], [lines[i] for i in kept]
        return self


class _Rows:
    """Rows read ahead, then the rest of a file's (``rest``, a ``csv.reader`` or another of
    these): a log's next section (:class:`_NextSection`) after the rows of its chunk below its
    header, or a log's rows after those :func:`_trailing_separator` looked at. ``rows``: each
    with its first line; ``line``: the line before them. :attr:`line_num` is the last line read,
    as ``csv.reader``'s."""

    def __init__(self, rows: list[list[str]], lines: list[int], line: int, rest: Any) -> None:
        self.rest = rest
        self.last = line
        self.held = True
        """Whether the rows read ahead are not all given yet (:attr:`line_num` is theirs)."""
        # the rest's rows pass through chain(), not a method call a row (the reader's speed)
        self.rows: Iterator[list[str]] = chain(self._ahead(rows, lines), rest)

    def _ahead(self, rows: list[list[str]], lines: list[int]) -> Iterator[list[str]]:
        for row, line in zip(rows, lines, strict=True):
            self.last = line + sum(cell.count("\n") for cell in row)  # a quoted cell's lines
            yield row
        self.held = False

    @property
    def line_num(self) -> int:
        return self.last if self.held else int(self.rest.line_num)

    def __iter__(self) -> Iterator[list[str]]:
        return self.rows


class _HeaderAgain:
    """The rows of a log that are no sets but the start of another export: its header again
    (two exports joined, or one pasted with its header), a title above it, or another header.

    The header again is told whatever its cells' case, spacing, quotes, accents or a byte order
    mark (``date,exercise,reps`` under ``Date,Exercise,Reps``; cells past the header's blank):
    it is passed over and said. A row that is a log's header with other columns (a Hevy export
    below a Strong one; ``Weight (lb)`` below ``Weight (kg)``) ends this header's rows: the rows
    below it are read in its own columns (:class:`_NextSection`); one in another separator (a
    row of one cell here) is refused, naming both lines. A row of one cell of text (``Workout
    export 2025``) is held: above a header (within :data:`MAX_TITLE_ROWS` lines) it is that
    header's title, said with it; else it is said as a line of no set. A row's probe cell (its
    reps, each distinct cell once: :class:`_Cache`) is looked at first: a row of sets costs a
    dictionary lookup and a count."""

    def __init__(self, header: list[str], i_reps: int, own: int, fmt: _Format, where: str, line: int) -> None:
        self.cells = header[:own]
        self.names = [_header_name(cell) for cell in self.cells]
        """The header's own cells as compared (a reader's columns added after them are not)."""
        self.width = len(header)
        self.probe = i_reps if i_reps < own else 0
        # a function of the name, not a bound method: no reference cycle (see _Reader.units)
        self.probe_cells = _Cache(partial(_same_name, self.names[self.probe]))
        self.figures = _Cache(_FIGURE_FIRST.match)
        self.description, self.where, self.line = fmt.description, where, line
        self.padded = fmt.name == "generic"
        """Whether a row shorter than the header is read, its missing cells blank (a sheet's)."""
        self.lines: list[int] = []
        """The lines of the header again."""
        self.titles: list[tuple[int, str]] = []
        """Rows of one cell of text that a header below may yet make a title (line, cell)."""
        self.lone: list[tuple[int, str]] = []
        """The first rows of one cell of text that were no title (line, cell); :attr:`n_lone`
        counts them all."""
        self.n_lone = 0
        self.above: list[tuple[int, str]] = []
        """The titles found above a header again (line, cell)."""
        self.tries = 0

    def __call__(self, row: list[str], line: int) -> bool:
        """Whether the reader passes ``row`` over (the header again, or a row of one cell of
        text); ``LogFormatError`` for another log's header."""
        if len(row) > self.probe:
            cell = row[self.probe]
            if self.probe_cells[cell] and self.same(row):
                self.found(line)
                return True
            if self.figures[cell]:  # a figure where the header names its column: a row of sets
                return False
        filled = len(row) - row.count("")  # C-level: a row of sets has several cells
        if filled == 1:
            cell = next(cell.strip() for cell in row if cell)
            if len(cell) > MAX_TITLE_CELL:
                return False
            split = _split_cell(cell)
            if split is not None:  # a row in another separator: another export's header or rows
                self.other_header(split, line, in_place=False)
            elif cell and any(ch.isalpha() for ch in cell):
                self.hold(line, cell)
                return True
        elif filled >= 3:
            return self.other_header(row, line)
        return False

    def found(self, line: int) -> None:
        """The header again at ``line``, with the titles above it."""
        if not self.lines or self.lines[-1] != line:  # a row a reader made sets of, once
            self.lines.append(line)
            self.take_titles(line)

    def same(self, row: list[str]) -> bool:
        """Whether ``row`` is the header: its own cells the header's, the rest blank."""
        own = len(self.names)
        return [_header_name(cell) for cell in row[:own]] == self.names and not any(
            cell.strip() for cell in row[self.width :]
        )

    def hold(self, line: int, cell: str) -> None:
        """Hold a row of one cell of text; the held rows too far above it for a header below it
        to make them its title are no title."""
        for title in self.titles:
            if title[0] < line - MAX_TITLE_ROWS:
                self.n_lone += 1
                if len(self.lone) < MAX_ODD_VALUES:
                    self.lone.append(title)
        self.titles = [title for title in self.titles if title[0] >= line - MAX_TITLE_ROWS]
        self.titles.append((line, cell))

    def take_titles(self, line: int) -> None:
        """The held rows within :data:`MAX_TITLE_ROWS` lines above a header at ``line`` are its
        title."""
        above = [(at, cell) for at, cell in self.titles if line - MAX_TITLE_ROWS <= at < line]
        self.above += above
        self.titles = [title for title in self.titles if title not in above]

    def other_header(self, row: list[str], line: int, in_place: bool = True) -> bool:
        """When ``row`` is a log's header (a row of no figure first in any cell:
        :data:`_FIGURE_FIRST`): a hand-kept log's header again with its last columns left off
        (``in_place``: in the file's separator) is the header again (``True``): its rows are read
        in place, the cells it lacks blank; another header in the file's separator starts the
        next part (:class:`_NextSection`, raised); one in another separator is refused, naming
        its line and what it is."""
        if (
            self.tries >= MAX_HEADER_TRIES
            or len(row) > MAX_LOG_COLUMNS
            or _FIGURE_FIRST.search("\x00".join(row)) is not None
        ):
            return False
        self.tries += 1
        header = _clean(row)
        fmt = _format(header, self.where, line)
        if fmt is None:
            return False
        own = [_header_name(cell) for cell in header[: len(self.names)]]  # a reader's columns after
        while own and not own[-1]:
            own.pop()
        rest = header[self.width :]
        if in_place and self.padded and own == self.names[: len(own)] and not any(rest):
            self.found(line)
            return True
        self.take_titles(line)
        if in_place:  # another export in the file's separator: its rows are read in its own columns
            raise _NextSection(fmt, header, line, self.line, self.description)
        names = {_header_name(cell) for cell in header if cell}
        new = [cell for cell in header if cell and _header_name(cell) not in self.names]
        gone = [cell for cell, name in zip(self.cells, self.names, strict=True) if name not in names]
        differs = (
            "; ".join(
                f"{what} {', '.join(label(cell, 30) for cell in cells[:3])}{' ...' * (len(cells) > 3)}"
                for what, cells in (("new columns", new), ("columns gone", gone))
                if cells
            )
            or "its columns in another order"
        )
        raise LogFormatError(
            f"another header on line {line}, of a {fmt.description} ({differs}), in another separator "
            f"than the rows of the {self.description} whose header is on line {self.line}: two exports "
            "in one file? its rows cannot be read in the first header's separator",
            location=f"{self.where}:{line}",
            suggestion=f"split the file before line {line} and load each part, or export the log "
            "again as one file",
        )

    def notices(self) -> list[LogIssue]:
        """The header again, with the titles above it, and the rows of one cell of text that
        were no title."""
        notices = []
        if self.lines:
            lines = _lines_said(self.lines)
            titled = ""
            if self.above:
                titles = " and ".join(f"{shown(cell, 40)} on line {at}" for at, cell in self.above[:2])
                more = f" and {len(self.above) - 2} more" if len(self.above) > 2 else ""
                titled = f", a title above it ({titles}{more})"
            notices.append(
                LogIssue(
                    self.lines[0],
                    f"the header again on line{'s' * (len(self.lines) > 1)} {lines}{titled}: two exports "
                    "joined? the rows below it are read too "
                    + (
                        "(their workouts counted again if they repeat)"
                        if self.padded  # a hand-kept log: see _Repeats
                        else "(the sets of a workout they repeat set for set are read once)"
                    ),
                )
            )
        lone = [*self.lone, *self.titles][:MAX_ODD_VALUES]
        for at, cell in lone:
            notices.append(
                LogIssue(at, f"{shown(cell, 40)} alone on its line: no set (a title or a note?), not read")
            )
        n_more = self.n_lone + len(self.titles) - len(lone)
        if n_more > 0:
            said = f"and {counted(n_more, 'more line')} of one cell of text, not read"
            notices.append(LogIssue(lone[-1][0], said))
        return notices


#: Rows a block repeating earlier rows holds before it is said (:class:`_Repeats`). Heuristic:
#: one row of a workout read again after other workouts is as likely a set added later to the
#: day it was done (identical to the day's others) as a paste; two rows in order are a copy.
MIN_REPEATED_ROWS = 2


#: Rows of a workout a hand-kept log's repeat test keeps (:class:`_Repeats`): a workout of more
#: rows is not compared (heuristic: a session logs a few dozen sets; memory stays bounded by the
#: workouts, 16 bytes a row kept, as the reader's is).
MAX_COMPARED_ROWS = 200
_NOT_KEPT = (b"", array("q"))


class _Repeats:
    """A hand-kept log's rows pasted again below others (without the header, or with it): a
    workout's rows (its date, and name if any) that come back after other workouts' rows and
    are, in order, rows of its first run, cell for cell. A log in any date order keeps each
    workout's rows together, and the same workout on another date is another workout: neither
    is a repeat. Each workout's first run is kept as its rows' hashes and lines (up to
    :data:`MAX_COMPARED_ROWS`), compared as bytes (C-level); rows are hashed a chunk at a time,
    blank rows left out (they part no workout's rows)."""

    def __init__(self, key_columns: Sequence[int]) -> None:
        self.key_of = itemgetter(*key_columns) if key_columns else None
        self.widest = max(key_columns, default=0)
        self.first: dict[Any, tuple[bytes, array[int]]] = {}
        """Each workout's first run of rows: their hashes (bytes) and lines."""
        self.run_key: Any = None
        self.hashes: array[int] = array("q")
        """The current run's rows' hashes (up to :data:`MAX_COMPARED_ROWS`) ..."""
        self.lines: array[int] = array("q")
        """... and lines."""
        self.rows = 0
        """The current run's rows."""
        self.blocks: list[list[int]] = []
        """Runs of repeated rows: first line, last line, the first line and last line they
        repeat, rows; consecutive repeated workouts are one block."""
        self.joined = False
        """Whether the last workout closed was repeated (the next repeated one joins its block)."""

    def see(self, rows: list[list[str]], lines: Sequence[int]) -> None:
        """Note a chunk's rows (after blank dates are filled down)."""
        key_of = self.key_of
        if key_of is None or not rows:
            return
        try:
            keys = list(map(key_of, rows))
        except IndexError:  # a blank line or a short row: no workout
            keys = [key_of(row) if len(row) > self.widest else None for row in rows]
        hashes = array("q", map(hash, map(tuple, rows)))
        at = 0
        for key, group in groupby(keys):
            n = len(list(group))
            if key is not None and "".join(key).strip():  # else blank: no workout
                if key != self.run_key:
                    self.close()
                    self.run_key = key
                self.rows += n
                if len(self.hashes) < MAX_COMPARED_ROWS:
                    self.hashes.extend(hashes[at : at + n])
                    self.lines.extend(lines[at : at + n])
            at += n

    def close(self) -> None:
        """End the current workout's run: its first kept, or a later one compared with the first."""
        key, hashes, lines, rows = self.run_key, self.hashes, self.lines, self.rows
        if key is None:
            return
        self.run_key, self.hashes, self.lines, self.rows = None, array("q"), array("q"), 0
        first = self.first.get(key)
        if first is None:
            self.first[key] = (hashes.tobytes(), lines) if rows <= MAX_COMPARED_ROWS else _NOT_KEPT
            self.joined = False
            return
        earlier, these = first[0], hashes.tobytes()
        found = earlier.find(these) if these and rows <= MAX_COMPARED_ROWS else -1
        while found >= 0 and found % hashes.itemsize:  # a match across two hashes' bytes
            found = earlier.find(these, found + 1)
        if found < 0:
            self.joined = False
            return
        at = found // hashes.itemsize
        span = [lines[0], lines[-1], first[1][at], first[1][at + rows - 1]]
        if self.joined and self.blocks:
            block = self.blocks[-1]
            block[1], block[3], block[4] = span[1], max(block[3], span[3]), block[4] + rows
        else:
            self.blocks.append([*span, rows])
        self.joined = True

    def notices(self) -> list[LogIssue]:
        """The notice of the rows pasted again (blocks of :data:`MIN_REPEATED_ROWS` rows or more)."""
        self.close()
        blocks = [b for b in self.blocks if b[4] >= MIN_REPEATED_ROWS]
        if not blocks:
            return []
        first, last, was_first, was_last, rows = blocks[0]
        more = ""
        if len(blocks) > 1:
            others = sum(b[4] for b in blocks[1:])
            places = counted(len(blocks) - 1, "more place")
            more = f"; {counted(others, 'more row')} repeat others in {places}"
        return [
            LogIssue(
                first,
                f"lines {first}-{last} repeat the rows of lines {was_first}-{was_last} "
                f"({counted(rows, 'row')} of workouts read above, cell for cell{more}): rows pasted "
                "twice or two logs joined? the sets are read again, as more sets",
            )
        ]


def _lines_said(lines: list[int]) -> str:
    """Line numbers as a notice gives them: ``2``, ``2 and 4``, ``2, 4, 6 and 8``, ``2, 4, 6, 8
    and 9 more``."""
    if len(lines) == 1:
        return str(lines[0])
    if len(lines) <= 5:
        return ", ".join(map(str, lines[:-1])) + f" and {lines[-1]}"
    return ", ".join(map(str, lines[:4])) + f" and {len(lines) - 4} more"


class _Sets(NamedTuple):
    """A chunk's set columns, ready for aggregating runs of rows a slice at a time: each run
    then costs a few C-level ``min``/``max``/``sum`` calls (what :meth:`_Reader.add` computes
    set by set). Rows that are not ordinary sets (``_BAD`` values) are never sliced."""

    reps: list[Any]
    loads: list[float] | None
    """Kilograms of each loaded set; 0.0 for a set without a positive weight (body weight)."""
    tonnage: list[float]
    """Kilograms x reps of each set (0.0 without a load)."""
    e1rm: list[float]
    """Epley's estimate of each set (0.0 without a load or above ``E1RM_MAX_REPS`` reps)."""
    rpe: list[float] | None
    """RPE, -1.0 where none is given; ``None`` when the chunk gives none."""
    seconds: list[int] | None
    """Whole seconds, 0 where none are given; ``None`` when the chunk gives none."""
    per_set: list[Any] | None = None
    """``keep_sets``: the kilograms as read (``None`` kept), for the per-set tuples."""
    rpe_column: list[Any] | None = None
    """``keep_sets``: the RPE column as read."""
    failures: list[bool] | None = None
    """Whether each set is marked as taken to failure; ``None`` when none in the chunk is."""
    easy: bool = False
    """Whether some set of the chunk is logged below ``EASY_RPE`` (not a hard set)."""
    zero: list[bool] | None = None
    """Whether each set's weight is a logged 0; ``None`` when none in the chunk is."""
    body: list[bool] | None = None
    """Whether each set's weight cell marks body weight (``BW+5``); ``None`` when none does."""
    helps: list[float | None] | None = None
    """Each set's assistance in kilograms (``BW-15``; ``None``: no mark); ``None`` as ``body``."""

    @classmethod
    def of(
        cls,
        reps: list[Any],
        kg: list[Any] | None,
        rpes: list[Any] | None,
        secs: list[Any] | None,
        keep_sets: bool,
        bad: bool = True,
    ) -> _Sets:
        """``bad``: the columns may hold ``_BAD`` (a NaN: ``min`` cannot be trusted)."""
        seconds = None if secs is None else [0 if s is None or s != s else int(s) for s in secs]
        if keep_sets:
            per_set = [None] * len(reps) if kg is None else kg
            return cls(reps, None, [], [], None, seconds, per_set, rpes)
        if kg is None:
            loads, tonnage, e1rm = None, [], []
        else:
            clean = not bad and None not in kg and min(kg, default=1.0) > 0  # C-level checks first
            loads = kg if clean else [w if w is not None and w > 0 else 0.0 for w in kg]
            tonnage = list(map(mul, loads, reps))
            e1rm = list(map(mul, loads, map(_EPLEY.get, reps, repeat(0.0))))
        # C-level: a blank is -1.0 (no dict holds None but this one), any other value itself
        rpe = None if rpes is None else cast(list[float], list(map(_NONE_AS_NO_RPE.get, rpes, rpes)))
        easy = rpe is not None and any(1.0 <= p < EASY_RPE for p in set(rpe))  # a few distinct values
        return cls(reps, loads, tonnage, e1rm, rpe, seconds, easy=easy)


#: An RPE column's blank (``None``) as -1.0, any other value as it is: ``map(get, rpes, rpes)``.
_NONE_AS_NO_RPE: dict[float | None, float] = {None: -1.0}


def _is_not_none(value: object) -> bool:
    return value is not None


#: A time of day in its own cell: ``07:00``, ``19:30:00``, ``7:00 PM``, ``7 am``.
_TIME_OF_DAY = re.compile(
    r"([01]?\d|2[0-3])(?:\s*[:hH]\s*([0-5]\d))?(?::([0-5]\d))?\s*([ap]\.?m\.?)?", re.IGNORECASE
)


def _clock_minutes(cell: str) -> int | None:
    """A time-of-day cell (``07:00``, ``7:00 PM``, ``7 am``, ``7h30``) as minutes after midnight;
    ``None`` for any other cell (``1830``, ``soon``, a bare ``7``)."""
    text = cell.strip()
    match = _TIME_OF_DAY.fullmatch(text)
    if match is None and " " in text:  # a date and time in the time column: its time
        words = text.split()
        last = " ".join(words[-2:]) if words[-1][:1].isalpha() else words[-1]  # "7:30 PM", "07:30"
        match = _TIME_OF_DAY.fullmatch(last)
    if match is None or (match.group(2) is None and match.group(4) is None):
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), (match.group(4) or "").lower()
    if half and not 1 <= hour <= 12:
        return None
    if half.startswith("p") and hour != 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    return hour * 60 + minute


def _clock_24h(cell: str) -> str | None:
    """A time-of-day cell as ``HH:MM`` (``7:00 PM`` is ``19:00``); ``None`` for a cell that is none."""
    minutes = _clock_minutes(cell)
    return None if minutes is None else f"{minutes // 60:02d}:{minutes % 60:02d}"


#: Cells of a ``Time`` column that may be other than a time of day (a typo) for it to be read as one.
_CLOCK_MISSES = 0.1
#: A ``Time`` column's step back within a day (``19:00`` then ``07:00``) is a session above an
#: earlier one when it is at least the gap between sessions (:data:`SESSION_GAP`, 3 hours); a
#: smaller one (``7:30`` then ``6:30``) is a duration's up and down.
_SESSION_GAP_MINUTES = SESSION_GAP // timedelta(minutes=1)


#: A reps cell that gives the set's effort too, as coaches write it: ``5 @8``, ``3x5 @ 8.5``,
#: ``8,8,6 @9``, ``5@8``, ``8 @ RIR 2`` (a program's reps read it: one grammar).
_REPS_AT = re.compile(
    r"(?P<reps>.*?\d\+?)\s*@\s*(?P<effort>(?:(?:rpe|rir)\s*)?\d{1,2}(?:[.,]\d)?(?:\s*(?:rpe|rir))?)",
    re.IGNORECASE,
)


def _said_rpe(effort: str) -> float | None:
    """The RPE a reps cell's ``@`` gives (:data:`_REPS_AT`): ``8``, ``8.5``, ``RPE 8``, or a RIR
    (``RIR 2``: RPE 8), on the RPE scale whatever the file's effort column; ``None`` outside 1-10."""
    try:
        value = _effort(False, effort)
    except ValueError:
        return None
    return value if value is not None and 1 <= value <= MAX_RPE else None


def _set_numbers(cells: Sequence[str]) -> list[int] | None:
    """The whole numbers of a ``Sets`` column's cells, in order (``3.0`` is 3); a label with no
    digit (``W``, ``D``) or a blank is passed over. ``None`` when a cell is some other text with a
    digit (``3 sets``, ``2.5``): not a column of set numbers."""
    numbers = []
    for cell in cells:
        if not any(ch.isdigit() for ch in cell):
            continue
        whole = _INTEGRAL_CELL.fullmatch(cell)
        if whole is None:
            return None
        numbers.append(int(whole[1]))
    return numbers


#: A whole number, as a spreadsheet may write it (``3``, ``3.0``, ``3,0``).
_INTEGRAL_CELL = re.compile(r"(\d{1,4})(?:[.,]0+)?")


def _numbering(numbers: Sequence[int]) -> bool:
    """Whether one exercise's rows number its sets: 1, 2, 3; 3, 2, 1; or 1, 2, 3, 1 (a back-off
    set numbered afresh). 3 then 2 (three sets, then two) counts sets."""
    if len(numbers) < 2:
        return False
    if list(numbers) == list(range(numbers[0], 0, -1)):
        return True
    expected = 1
    for n in numbers:
        if n == expected:
            expected += 1
        elif n == 1:
            expected = 2
        else:
            return False
    return True


class _Marks:
    """A chunk's warm-up rows and odd rows (read by :meth:`_Reader.row`), for :meth:`_Reader.fold`."""

    __slots__ = ("flags", "odd", "warm_before")

    def __init__(self, flags: list[bool] | None, odd: set[int]) -> None:
        self.flags = flags
        """Whether each row is a warm-up; ``None`` when none is."""
        self.warm_before = None if flags is None else list(accumulate(flags, initial=0))
        """The warm-ups before each row (a group's count is a difference of two)."""
        self.odd = odd


_NO_MARKS = _Marks(None, set())


class _Reader:
    """Aggregates the rows of one export: per workout, per exercise name (see ``_new_agg``)."""

    def __init__(
        self,
        fmt: _Format,
        header: list[str],
        where: str,
        default_unit: str | None,
        keep_sets: bool,
        caps: _Caps,
        date_order: str | None = None,
        header_line: int = 1,
        zone: tzinfo | None = None,
        delimiter: str = ",",
    ) -> None:
        self.delimiter = delimiter
        """The file's field separator: a decimal comma splits a number only where it is ``,``."""
        self.groups = [list(group) for group in fmt.groups]
        self.group_width = len(header)
        self.grouped_rows = 0
        """Rows a row of numbered exercise groups made past its first (see :meth:`row_per_group`)."""
        if self.groups:  # a row a group: the shared columns, then the group's
            header = list(fmt.group_header)
        self.wide = [header.index(cell) for cell in fmt.wide_reps]
        self.wide_width = len(header)
        self.per_set = [
            tuple(None if cell is None else header.index(cell) for cell in columns) for columns in fmt.per_set
        ]
        if self.per_set:  # a row per set after the file's own columns: its reps, weight and effort
            header = [*header, fmt.reps, fmt.weight or "\x00weight", fmt.rpe or "\x00rpe"]
        self.wide_weight: int | None = None  # where a set cell's weight goes (100x8): the row's weight
        if self.wide:  # the sets' reps joined into one cell, after the file's own columns
            header = [*header, fmt.reps, *(() if fmt.weight else (_SET_WEIGHTS,))]
            fmt = fmt if fmt.weight else attrs.evolve(fmt, weight=_SET_WEIGHTS)
            self.wide_weight = header.index(fmt.weight) if fmt.weight in header else None
        self.fmt = fmt
        self.where = where
        self.header_line = header_line
        """The header's line: 1, or lower when a title is above it."""
        self.zone = zone
        self.utc_line = 0
        self.zoned = False
        """Whether a time with an offset was read in the caller's zone (else ``timezone=`` did nothing)."""
        """The first line whose time is in UTC (``Z``, ``+00:00``, Unix time) read as written."""
        self.keep_sets = keep_sets
        self.caps = caps
        idx: dict[str, int] = {}
        for i, name in enumerate(header):  # a column named twice: the first is read
            idx.setdefault(name, i)
        self.idx = idx
        self.i_workout = [idx[c] for c in fmt.workout]
        self.i_title = _column(header, fmt.title)
        i_weight = _column(header, fmt.weight)
        named_unit = None
        if i_weight is None and fmt.weight:  # spelt otherwise: 'Weight (kg)' for FitNotes' 'Weight (kgs)'
            other = next((h for h in header if h.lower().startswith("weight")), None)
            if other is not None:
                named_unit = _header_unit(other)
                if named_unit not in ("kg", "lb"):
                    raise LogFormatError(
                        f"weight column {shown(other, 40)}: the unit is not kg or lb",
                        location=f"{where}:{header_line}",
                        suggestion="export the log in kg or lb (the app's unit setting); expected "
                        + " or ".join(repr(c) for c in fmt.weight.split("|")),
                    )
                fmt = self.fmt = attrs.evolve(fmt, weight=other)
                i_weight = header.index(other)
        if fmt.unit:
            file_unit: str | None = fmt.unit
        elif named_unit is not None:
            file_unit = named_unit
        elif i_weight is not None and header[i_weight] != "Weight" and fmt.name != "generic":
            file_unit = "lb" if "lb" in header[i_weight] else "kg"
        else:
            file_unit = None
        self.read_unit = file_unit or default_unit or "kg"
        """The unit of weights without a unit column."""
        self.unit = default_unit or file_unit or "kg"
        """The unit to show weights in: the caller's choice, else the file's (a unit column's
        most frequent unit: see :meth:`shown_unit`)."""
        self.unit_cells: Counter[str | None] = Counter()
        """A unit column's cells by the unit they give (``None``: blank or unknown), as read."""
        self.bare_weights = 0  # weight cells of no unit beside cells naming one (see count_cell_units)
        self.unit_kinds = _Cache(_unit_kind)
        self.cell_units = _Cache(_cell_unit)
        self.blank_units: dict[str, list[int]] = {}
        """Weighted sets whose unit cell is blank in a file with a unit column: [count, first
        line] by the unit read (``kg``/``lb`` when other rows had named one; ``""``: none had yet,
        the export's unit), said by :meth:`blank_unit_notices`."""
        self.last_unit: str | None = None
        """The unit the latest row with a named unit gave (a blank cell below it is in it)."""
        self.unit_chosen = default_unit is not None or file_unit is not None
        self.unit_given = default_unit is not None and file_unit is None
        """The caller's unit read as the file's (it records none): said, unless a column or cells do."""
        self.header = header
        self.dates: dict[str, datetime] = {}
        self.not_dates: dict[str, str] = {}
        self.failed: str | None = None
        """Why :meth:`agg_for` last returned ``None``, when every row of its key fails alike."""
        """Date cells that are no date, with the reason reported (see :meth:`no_date`)."""
        self.not_sets: dict[tuple[str, ...], str] = {}
        """The cells of rows not read for a cell that is no number, with the reason (see :meth:`row`)."""
        # stripped workout key -> (exercises by name, start, title, first line)
        self.workouts: dict[tuple[str, ...], tuple[dict[str, list[Any]], datetime, str, int]] = {}
        self.date_order = date_order
        """A numeric date's day/month order: ``dmy``, ``mdy`` (the caller's, else the file's
        first date with a part over 12 decides: see :meth:`numeric_date`)."""
        self.pending: dict[tuple[str, ...], tuple[_Numeric, str, int]] = {}
        self.mondays = (MAX_ORDINAL, 0)
        self.far_rows: set[int] = set()
        """Rows not read for a date outside the weeks a log may span (see :meth:`span`)."""
        """The first and last Monday of the workouts so far (date ordinals)."""
        self.names: dict[str, str] = {}
        self.issues: list[LogIssue] = []
        self.bad = 0
        self.n_rows = self.skipped = 0
        self.width = len(header)
        self.i_reps = idx[fmt.reps]
        self.header_again = _HeaderAgain(header, self.i_reps, self.wide_width, fmt, where, header_line)
        self.next_section: _NextSection | None = None
        """Another export's header below this one's rows, with the rows read after it."""
        self.i_weight = _column(header, fmt.weight)
        self.i_unit = _column(header, fmt.unit_column)
        self.unit_of = itemgetter(self.i_unit if self.i_unit is not None else 0)
        self.i_type = _column(header, fmt.set_type)
        self.i_rpe = _column(header, fmt.rpe)
        self.i_sec = _column(header, fmt.seconds)
        self.i_dist = _column(header, fmt.distance)
        self.i_superset = _column(header, _SUPERSET_COLUMNS)
        """An app's superset column (Hevy's ``superset_id``): exercises sharing one alternate."""
        self.lb_file = self.read_unit == "lb"
        self.weights = _Cache(partial(_parse_weight, self.lb_file))
        self.body_marks = _Cache(_body_mark)
        self.free_loads = _Cache(free_load)
        """The free load an exercise's name says (``barbell``), read for a negative weight only."""
        self.assists = _Cache(partial(_assistance, self.lb_file))
        self.weight_of = partial(_weight, self.lb_file)
        """A weight cell in the file's unit, for :meth:`row` (``ValueError`` when unreadable)."""
        # What identifies a row's exercise-in-workout, raw: a C-level tuple.
        self.raw_key = itemgetter(idx[fmt.exercise], *self.i_workout)
        self.aggs: dict[Any, list[Any]] = {}
        self.raw_workouts: dict[Any, tuple[dict[str, list[Any]], datetime, str, int]] = {}
        """A workout by its raw cells (a raw key's workout part), once :meth:`agg_for` read them."""
        self.raw_names: dict[str, str] = {}
        """An exercise's name by its raw cell, once :meth:`agg_for` read it."""
        self.resumed: list[tuple[int, str, int]] = []
        """An app export's exercises whose sets resume after other rows of their workout: the
        first few (line, exercise, its first line); :attr:`n_resumed` counts them all."""
        self.n_resumed = 0
        self.resumed_keys: set[Any] = set()
        """The exercises (in their workouts) counted in :attr:`n_resumed`, each once."""
        self.app = fmt.name != "generic"
        """An app's export: each exercise's sets of a workout come together (a hand-kept sheet's
        rows may go round a circuit)."""
        self.last_key: Any = None
        self.last_agg: list[Any] = []
        self.i_set_number = _column(header, _SET_NUMBER_COLUMNS) if self.app else None
        """An app's column numbering each set of an exercise (Hevy's ``set_index``, Strong's
        ``Set Order``): a resumed run of an exercise is a copy only if it starts at its first run's
        first set (see :meth:`resume`)."""
        self.run: tuple[Any, list[Any], int, list[str]] | None = None
        """A resumed run of an exercise that may copy its first run (see :meth:`resume`): its
        key, the exercise's aggregate so far, its first line and row; while it is open,
        :attr:`aggs` gives the run's own aggregate for the key."""
        self.run_key: Any = None
        self.copies: dict[Any, list[Any]] = {}
        """Workouts whose exercises' sets came again in the file, set for set (read once): by the
        raw workout cells, [title, start, its first line, the first line of the copy], the first
        :data:`MAX_COPIES_SAID`; :attr:`n_copies` counts the runs, :attr:`n_copy_workouts`
        the workouts."""
        self.n_copies = 0
        self.n_copy_workouts = 0
        self.workout_cells: Any = None
        self.workout_changes = 0
        date_col = idx[fmt.date]
        self.date_at = 1 + self.i_workout.index(date_col) if date_col in self.i_workout else 1
        """Where a raw key (:attr:`raw_key`) holds its workout's start: a change of it is a change of
        workout (a cell compared, no tuple made on the fast path)."""
        """Changes from one workout's rows to another's so far: a resumed run whose set number is a
        letter copies its first run only if another workout was read since (see :meth:`resume`)."""
        self.last_row: list[str] | None = None
        """The last row of the chunk before (see :meth:`twins`)."""
        self.n_twins = 0
        self.twin_line = 0
        self.set_numbers = _Cache(_set_number)
        self.last_copy: Any = None
        self.copy_lines: list[int] = []
        """The first line of each copied run said (their lines' span in the notice)."""
        self.durations = _Cache(_parse_duration)
        self.reps = _Cache(_parse_reps)
        self.marks = marks = _SetMarks(fmt, header, self.i_reps)
        self.kind_of, self.kinds, self.failures = marks.kind_of, marks.kinds, marks.failures
        self.rpes = _Cache(_parse_rir if fmt.rir else _parse_rpe)
        self.i_sets = _column(header, fmt.sets)
        self.i_pain = _column(header, fmt.pain)
        self.pains = _Cache(_parse_pain)
        # a function of the file's unit, not a bound method: the reader must not be in a
        # reference cycle (its aggregates would wait for the cyclic GC, and feed it)
        self.units = _Cache(partial(_unit_factor, self.lb_file))
        # a log kept by hand: blank date and workout name cells take the row above's (fill_down)
        self.fill_columns = tuple(self.i_workout) if fmt.by_day else ()
        self.repeats = _Repeats(() if self.app else self.fill_columns)  # an app's: see switch()
        self.i_clock: int | None = None
        """A time-of-day column read with the date (:meth:`clock_column`)."""
        self.no_clock = 0
        """Rows whose time-of-day cell is none (read on their date alone)."""
        self.above: dict[int, str] = {}
        self.filled = 0
        self.first_filled = 0

    def local(self, start: datetime, line: int) -> datetime:
        """A timestamp with an offset as the log's wall-clock time: in the caller's zone, else
        as written (a UTC one noted: see :meth:`result`)."""
        if self.zone is not None:
            self.zoned = True
            return start.astimezone(self.zone).replace(tzinfo=None)
        if not self.utc_line and start.utcoffset() == timedelta(0):
            self.utc_line = line
        return start.replace(tzinfo=None)

    def issue(self, line: int, message: str) -> None:
        self.bad += 1
        if len(self.issues) < MAX_ISSUES:
            self.issues.append(LogIssue(line, message))

    def span(self, start: datetime, line: int) -> bool:
        """Widen the span of Mondays by a workout's start; over the week limit is an error. A start
        farther from the other workouts than the limit itself (no log could hold both) is
        reported and its rows are not read (``False``): one typo in a year (``06/10/2052``) no
        longer refuses a whole log; more than :data:`MAX_FAR_ROWS` such rows is the error."""
        monday = start.toordinal() - start.weekday()
        if self.mondays[0] <= monday <= self.mondays[1]:
            return True
        wider = (min(monday, self.mondays[0]), max(monday, self.mondays[1]))
        first, last = map(date.fromordinal, wider)
        beyond = max(self.mondays[0] - monday, monday - self.mondays[1]) // 7  # weeks past the span
        over = (last - first).days // 7 + 1 > self.caps.max_weeks
        if over and self.mondays[0] <= self.mondays[1] and beyond > self.caps.max_weeks:
            self.far_rows.add(line)  # a row may be looked at twice (a run, then row by row)
            if len(self.far_rows) <= MAX_FAR_ROWS:
                low, high = (date.fromordinal(m).isocalendar() for m in self.mondays)
                self.issue(
                    line,
                    f"date {start.date().isoformat()} is outside the {self.caps.max_weeks:,} weeks a log may "
                    f"span with its other workouts ({low[0]}-W{low[1]:02d} to {high[0]}-W{high[1]:02d}): "
                    "the row is not read (a typo in the year?)",
                )
                return False
        self.mondays = wider
        check_span(first, last, self.caps.max_weeks, f"{self.where}:{line}")
        return True

    def numeric_date(self, stamp: str, line: int, key: tuple[str, ...]) -> datetime | None:
        """A numeric date (``19/10/2026 18:05``: a spreadsheet re-saved the export) read in the
        file's day/month order, which the first date with a part over 12 decides; until one does,
        a date that could be either is ``_PENDING`` (settled by :meth:`settle_dates`). ``None``
        after reporting a stamp that is no date at all."""
        parts = _numeric_parts(stamp)
        if parts is None or not MIN_YEAR <= parts.year <= MAX_YEAR:
            known = (
                f"the {self.fmt.description} format"
                if self.fmt.name != "generic"
                else "a date format this reader knows (2025-11-03, 3 Nov 2025, Nov 3, 2025)"
            )
            self.no_date(stamp, line, f"date {shown(stamp)} is not in {known} (years {MIN_YEAR}-{MAX_YEAR})")
            return None
        if parts.resolve("dmy") is None and parts.resolve("mdy") is None:  # 13/13/2025: neither order
            self.no_date(stamp, line, f"date {shown(stamp)} is no date, day first or month first")
            return None
        if self.date_order is None:
            self.date_order = parts.order()
        if self.date_order is None:
            self.pending[key] = (parts, stamp, line)
            return _PENDING
        start = parts.resolve(self.date_order)
        if start is None:  # the file's order is settled: the stamp is no date for good
            order = "day/month" if self.date_order == "dmy" else "month/day"
            self.no_date(
                stamp, line, f"date {shown(stamp)} is no date in {order} order, the order of the file's dates"
            )
            return None
        return start

    def no_date(self, stamp: str, line: int, message: str) -> None:
        """Report a date cell that is no date, and remember why: the file's other rows with the
        same cell are reported without parsing it again (three formats tried on every row made a
        file of bad dates 25 times slower to read than a good one)."""
        if len(self.not_dates) < _MAX_REMEMBERED:
            self.not_dates[stamp] = message
        self.issue(line, message)

    def settle_dates(self) -> None:
        """Give the workouts whose numeric dates could be either order their start, now that the
        file's order is known; without one, each is reported and left out."""
        for key, (parts, stamp, line) in self.pending.items():
            exercises, _, title, first = self.workouts.pop(key)
            start = parts.resolve(self.date_order) if self.date_order is not None else None
            if start is None:
                self.issue(
                    line,
                    f"date {shown(stamp)} could be day/month or month/day and no date in the file "
                    "decides: its workout is not read (pass date_order='dmy' or 'mdy', --date-order in "
                    "the CLI, or export the log with ISO dates, 2025-11-03)",
                )
                continue
            if self.span(start, line):
                self.workouts[key] = (exercises, start, title, first)
        self.pending.clear()

    def agg_for(self, row: list[str], line: int, raw: Any = None) -> list[Any] | None:
        """The aggregate of this row's exercise in this row's workout (created on first sight);
        ``None`` after reporting the row when its name or date cannot be used. ``raw``: the row's
        raw key (see :attr:`raw_key`): a workout and a name read before under the same cells are
        not read again (their cells stripped, the date parsed, the limits checked)."""
        if raw is not None:
            entry = self.raw_workouts.get(raw[1:])
            known = self.raw_names.get(raw[0])
            if entry is not None and known is not None:
                exercises = entry[0]
                agg = exercises.get(known)
                if agg is None:
                    exercises[known] = agg = _new_agg(
                        self.keep_sets,
                        line,
                        None if self.i_set_number is None else row[self.i_set_number],
                        self.workout_changes,
                    )
                return agg
        fmt, caps = self.fmt, self.caps
        ex_name = row[self.idx[fmt.exercise]].strip()
        if not ex_name:
            self.failed = "no exercise name"
            self.issue(line, self.failed)
            return None
        if len(ex_name) > caps.max_text:  # before its workout is made: a workout of no exercise
            # was kept, and a log of such rows alone was 'no findings' instead of 'no sets found'
            self.failed = (
                f"an exercise name of {len(ex_name)} characters is over the limit of {caps.max_text}"
            )
            self.issue(line, self.failed)
            return None
        key = tuple([row[i].strip() for i in self.i_workout])
        entry = self.workouts.get(key)
        if entry is None:
            stamp = row[self.idx[fmt.date]].strip()
            if self.i_clock is not None and ":" not in stamp:
                clock = _clock_24h(row[self.i_clock])
                if clock is not None:
                    stamp = f"{stamp} {clock}"
                elif row[self.i_clock].strip():
                    self.no_clock += 1  # read on its date alone
            start = self.dates.get(stamp)
            if start is None:
                self.failed = self.not_dates.get(stamp)
                if self.failed is not None:
                    self.issue(line, self.failed)
                    return None
                start = _parse_date(stamp, fmt.date_formats)
                if start is not None and start.tzinfo is not None:
                    start = self.local(start, line)
                    if not MIN_YEAR <= start.year <= MAX_YEAR:  # moved over the calendar's end
                        start = None
                if start is None:
                    start = self.numeric_date(stamp, line, key)
                    if start is None:
                        self.failed = self.not_dates.get(stamp)
                        return None
                if start is not _PENDING:
                    self.dates[stamp] = start
            if start is not _PENDING and not self.span(start, line):
                self.failed = None  # each row far out in time counts (MAX_FAR_ROWS)
                return None
            title = "Workout" if self.i_title is None else row[self.i_title].strip() or "Workout"
            entry = ({}, start, title, line)
            self.workouts[key] = entry
        canonical = self.names.get(ex_name)
        if canonical is None:
            self.names[ex_name] = canonical = ex_name
            if len(self.names) > caps.max_names:
                raise InputLimitError(
                    f"the log has more than {caps.max_names:,} distinct exercise names",
                    location=f"{self.where}:{line}",
                    suggestion="split the export by date",
                )
        exercises = entry[0]
        agg = exercises.get(canonical)
        if agg is None:
            exercises[canonical] = agg = _new_agg(
                self.keep_sets,
                line,
                None if self.i_set_number is None else row[self.i_set_number],
                self.workout_changes,
            )
        if (
            raw is not None
            and len(self.raw_workouts) < _MAX_REMEMBERED
            and len(self.raw_names) < _MAX_REMEMBERED
        ):
            self.raw_workouts[raw[1:]] = entry
            self.raw_names[raw[0]] = canonical
        return agg

    def read(self, reader: Any, source: str | None) -> WorkoutLog:
        """Read the rows in chunks: runs of ordinary set rows are aggregated a column at a time
        (C-level ``map``/``max``/``sum``); any other row (blank, rest timer, timed set, bad
        number, wrong width) goes through :meth:`row`, which reads one row at a time."""
        line = reader.line_num
        while True:
            rows = list(islice(reader, _CHUNK))
            if not rows:
                break
            end = reader.line_num
            if end - line == len(rows):
                lines: Sequence[int] = range(line + 1, end + 1)
            else:  # quoted fields spanning lines (a note with line breaks): each row's first line
                spans = [sum(f.count("\n") for f in r) for r in rows]
                ends = accumulate((1 + n for n in spans), initial=line)
                lines = [end - n for end, n in zip(islice(ends, 1, None), spans, strict=True)]
            line = end
            raw = [row.copy() for row in rows] if self.wide or self.fill_columns else rows  # as read
            raw_lines = lines
            if self.groups:
                rows, lines = self.row_per_group(rows, lines)
            if self.wide:
                self.join_sets(rows)
            if self.per_set:
                rows, lines = self.row_per_set(rows, lines)
            if self.fmt.clock and self.n_rows == 0 and self.i_clock is None:
                self.clock_column(rows)
            if self.fill_columns:
                self.fill_down(rows, lines)
                self.repeats.see(rows, lines)
            if self.fmt.sets_or_order and self.n_rows == 0 and self.i_type is not None:
                self.sets_by_row(rows)
            elif self.n_rows == 0 and self.i_sets is not None and self.fmt.columns:
                self.order_by_row(rows, lines)
            rows, lines = self.marks.read(rows, lines, self.i_type)  # sets not done left out
            try:
                self.chunk(rows, lines)
            except _NextSection as section:  # another export's header: the rows below are its
                self.next_section = section.rest_of(raw, raw_lines)
                if self.fill_columns:  # its rows' blank cells were filled (counted) in this part's columns
                    date_at, widest = self.idx[self.fmt.date], max(self.fill_columns)
                    self.filled -= sum(
                        len(row) > widest and any(map(str.strip, row)) and not row[date_at].strip()
                        for row in section.rows
                    )
                break
            del rows, lines, raw  # one chunk in memory at a time
        if self.run is not None:
            self.close_run()
        self.settle_timed()
        if self.pending:
            self.settle_dates()
        self.issues += self.marks.notices(self.i_type)
        self.issues += (
            self.repeat_notices() + self.repeats.notices() + self.copy_notices() + self.twin_notices()
        )
        self.issues += self.blank_unit_notices()
        self.n_rows, self.skipped = self.n_rows + self.marks.skipped, self.skipped + self.marks.skipped
        self.n_rows -= self.grouped_rows  # the file's rows, not the groups' (a row of 3 exercises is 1)
        return self.result(source, self.n_rows, self.skipped)

    def join_sets(self, rows: list[list[str]]) -> None:
        """A log with a column per set (``Set 1`` ... ``Set 5``: StrongLifts-style sheets): each
        row's set cells joined into one reps cell listing its sets (``5,5,5``, blanks left out),
        placed after the file's own columns."""
        width, wide = self.wide_width, self.wide
        for row in rows:
            if not row:
                continue
            if len(row) < width:
                row.extend([""] * (width - len(row)))
            cells = [row[i].strip() for i in wide]
            # "100x8": each set's weight and reps (cells10); "100x8,100x8,105x6": a list of them
            weighed = _listed_sets(cells[0]) if self.fmt.set_lists else _weighed_sets(cells)
            row.insert(width, ",".join(c for c in cells if c) if weighed is None else weighed[0])
            if self.wide_weight == width + 1:
                row.insert(width + 1, "" if weighed is None else weighed[1])
            elif weighed is not None and self.wide_weight is not None and not row[self.wide_weight].strip():
                row[self.wide_weight] = weighed[1]

    def row_per_group(self, rows: list[list[str]], lines: Sequence[int]) -> tuple[list[list[str]], list[int]]:
        """A log of one row a workout with numbered exercise groups (``Exercise 1, Weight 1 (kg), Set 1.1
        ... Exercise 2 ...``): each row as a row a group holding anything (the row's shared cells, then
        the group's: :attr:`_Format.group_header`); a row of no group stays (blank, or to be reported)."""
        width, shared, groups = self.group_width, self.fmt.shared, self.groups
        out: list[list[str]] = []
        out_lines: list[int] = []
        for row, line in zip(rows, lines, strict=True):
            if len(row) < width:
                row = row + [""] * (width - len(row))
            own = [row[i] for i in shared]
            made = [
                [*own, *("" if i is None else row[i] for i in group)]
                for group in groups
                if any(row[i].strip() for i in group if i is not None)
            ]
            if not made:
                made = [[*own, *([""] * len(groups[0]))] if any(c.strip() for c in row) else []]
            self.grouped_rows += len(made) - 1
            out += made
            out_lines += [line] * len(made)
        return out, out_lines

    def row_per_set(self, rows: list[list[str]], lines: Sequence[int]) -> tuple[list[list[str]], list[int]]:
        """A log with columns per set and measure (``Set 1 Weight, Set 1 Reps, Set 2 Weight...``):
        each row as one row per set with reps (its reps, weight and effort after the file's own
        columns); a row of no set stays, to be reported."""
        width = self.wide_width
        out: list[list[str]] = []
        out_lines: list[int] = []
        for row, line in zip(rows, lines, strict=True):
            if len(row) < width:
                row = row + [""] * (width - len(row))
            own = row[:width]
            sets = [  # a set per column holding its reps, or its weight (the row's reps column for all)
                [*own, "" if r is None else row[r], "" if w is None else row[w], "" if e is None else row[e]]
                for r, w, e in cast(list[tuple[int | None, int | None, int | None]], self.per_set)
                if (r is not None and row[r].strip()) or (w is not None and row[w].strip())
            ]
            if not sets:  # no set: a blank row stays blank, any other is reported as having no reps
                sets = [[*own, "", "", ""]] if any(c.strip() for c in row) else [row]
            out += sets
            out_lines += [line] * len(sets)
        return out, out_lines

    def fill_down(self, rows: list[list[str]], lines: Sequence[int]) -> None:
        """A log kept by hand writes a session's date (and name) on its first row only, the
        rows below blank (merged cells): a blank date or workout name takes the one above, as
        a program sheet's blank cells do (``_program_file``). Rows with nothing in them stay."""
        columns, above = self.fill_columns, self.above
        date_at = self.idx[self.fmt.date]
        widest = max(columns)
        for row, line in zip(rows, lines, strict=True):
            if len(row) <= widest or not any(map(str.strip, row)):
                continue
            if not row[date_at].strip() and above.get(date_at):
                self.filled += 1
                self.first_filled = self.first_filled or line
            for c in columns:
                if row[c].strip():
                    above[c] = row[c]
                elif c in above:
                    row[c] = above[c]

    def clock_column(self, rows: list[list[str]]) -> None:
        """Decide from the first rows whether a generic log's ``Time`` column beside its date is the
        time of day (``07:00``, ``7:00 PM``), then read with the date: a morning's and an
        evening's session on one date are two sessions (HR017 spaces them). It is when every cell
        is a time of day, some is 05:00 or later, and a day's times run one way or step back only
        by a session's gap (an evening's rows above the morning's: read in time order, said by
        :meth:`clock_order`); cells all under 5:00 (``0:45``, ``1:30``), or going up and down by
        less (``7:30``, ``6:30``, ``7:45``), are more likely a set's duration (a heuristic) and
        the column is left unread, as is one holding anything else."""
        name = cast(str, self.fmt.clock)
        i, date_at = self.header.index(name), self.idx[self.fmt.date]
        by_date: dict[str, list[int]] = {}
        misses = total = 0
        for row in rows:
            if len(row) != self.width or not row[i].strip():
                continue
            total += 1
            minutes = _clock_minutes(row[i])
            if minutes is None:
                misses += 1
            else:
                by_date.setdefault(row[date_at].strip(), []).append(minutes)
        # times of day run one way through a day, file order (sets 18:02, 18:06; a morning, an
        # evening), or step back only from one session to an earlier one (an evening's rows
        # above the morning's: 19:00 then 07:00, read in time order); a set's duration or rest
        # (0:45, 0:12, 4:10; 7:30, 6:30, 7:45) goes up and down by less than a session's gap
        steps = {(b > a) - (b < a) for times in by_date.values() for a, b in pairwise(times)} - {0}
        sessions_back = all(
            a - b >= _SESSION_GAP_MINUTES for times in by_date.values() for a, b in pairwise(times) if b < a
        )
        read = (
            total > 0
            and misses <= max(1, _CLOCK_MISSES * total)
            and total - misses >= 2
            and (len(steps) <= 1 or sessions_back)
            and any(m >= 5 * 60 for times in by_date.values() for m in times)  # 0:45, 1:30: durations
        )
        column = shown(name, 30)
        if not read:
            columns = self.fmt.columns.replace(f", {column} as clock", "")
            columns += f"; {column} is not read: not times of day (07:00, 7 pm) in the order done"
            self.fmt = attrs.evolve(self.fmt, clock=None, columns=columns)
            return
        self.fmt = attrs.evolve(
            self.fmt, columns=self.fmt.columns.replace(f"{column} as clock", f"{column} as the time of day")
        )
        self.i_clock = i
        self.i_workout.append(i)
        self.raw_key = itemgetter(self.idx[self.fmt.exercise], *self.i_workout)
        if self.fmt.by_day:
            self.fill_columns = tuple(self.i_workout)

    def order_by_row(self, rows: list[list[str]], lines: Sequence[int] = ()) -> None:
        """Decide from the first rows whether a generic log's ``Sets`` column counts each row's
        sets or numbers them. It numbers them (one row per set) when every workout in which an
        exercise has several rows numbers its rows: each exercise's 1, 2, 3 (``Sets`` 1-4 on four
        rows of one RDL are 4 sets, not 1 + 2 + 3 + 4 = 10), 3, 2, 1 (newest first), 1, 2, 3, 1 (a
        back-off set numbered afresh), or 1 to N through the workout. A label that is no number
        (``W``) is passed over here; it is read as a set type when the column becomes one."""
        i, ex = cast(int, self.i_sets), self.idx[self.fmt.exercise]
        workouts: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        first_line: dict[tuple[tuple[str, ...], str], int] = {}
        for row, line in zip(rows, lines or range(len(rows)), strict=True):
            if len(row) != self.width or not row[ex].strip():
                continue
            key = tuple(row[k].strip() for k in self.i_workout if k != self.i_clock)  # each set's time apart
            workouts.setdefault(key, []).append((row[ex].strip().casefold(), row[i].strip()))
            first_line.setdefault((key, row[ex].strip().casefold()), line)
        verdicts = []
        for items in workouts.values():
            by_exercise: dict[str, list[str]] = {}
            for name, cell in items:
                by_exercise.setdefault(name, []).append(cell)
            through = _set_numbers([cell for _, cell in items])
            each = [_set_numbers(cells) for cells in by_exercise.values()]
            if through is None or any(numbers is None for numbers in each):
                return  # "3 sets", "2.5": counts or notes, never set numbers
            several = [n for n in each if n is not None and len(n) > 1]
            if not several:
                continue  # an exercise a row: nothing to tell numbers from counts by
            if through == list(range(1, len(through) + 1)):
                verdicts.append(True)  # 1 to N through the workout
                continue
            if not all(_numbering(n) for n in several):
                verdicts.append(False)  # 3 then 2: counts
                continue
            # each exercise of several rows numbers them: 1, 2, 3 is numbering, where 1, 2 may be a
            # count of 1 then of 2 - a lone row of 3 beside it says counts (heuristic)
            strong = any(len(n) >= 3 for n in several)
            lone_count = any(n is not None and len(n) == 1 and n[0] > 1 for n in each)
            verdicts.append(strong or not lone_count)
        if not verdicts or not all(verdicts):
            return
        name = shown(self.header[i], 30)
        columns = self.fmt.columns.replace(f"{name} as sets", f"{name} as set number (one row per set)")
        for key, items in workouts.items():  # a lone row numbered past 1: its earlier sets missing?
            by_exercise = {}
            for exercise, cell in items:
                by_exercise.setdefault(exercise, []).append(cell)
            for exercise, cells in by_exercise.items():
                numbers = _set_numbers(cells)
                if numbers is not None and len(numbers) == 1 and numbers[0] > 1 and lines:
                    self.issue(
                        first_line[(key, exercise)],
                        f"{name} {numbers[0]} on the only row of its exercise in the workout: read as one "
                        "set (the column numbers sets; are its earlier sets missing?)",
                    )
        if self.i_type is None:  # the column gives each set's number or type (W): read as a set type
            self.fmt = attrs.evolve(self.fmt, set_type=self.header[i], sets=None, columns=columns)
            self.i_sets, self.i_type = None, i
        else:  # a set type or warm-up column of its own: the numbers are passed over
            self.fmt = attrs.evolve(self.fmt, sets=None, columns=columns)
            self.i_sets = None

    def sets_by_row(self, rows: list[list[str]]) -> None:
        """Decide what a ``Serie``/``Set`` column is from the first rows: a row's number of sets
        when every exercise of a workout has one row and the column holds whole numbers 1 to
        :data:`MAX_ROW_SETS` (``Stacco rumeno;3;8``: 3 sets of 8), else each set's number or
        type (one row per set: 1, 2, 3, or W)."""
        i, ex = cast(int, self.i_type), self.idx[self.fmt.exercise]
        seen: set[tuple[object, ...]] = set()
        for row in rows:
            if len(row) != self.width or not row[ex].strip():
                continue
            cell = row[i].strip()
            # ASCII digits, 3 at most: "²" is a digit to isdigit() and int() refuses 4,301 digits
            if (
                not (cell.isascii() and cell.isdigit() and len(cell) <= 3)
                or not 1 <= int(cell) <= MAX_ROW_SETS
            ):
                return
            key = (*(row[k].strip() for k in self.i_workout if k != self.i_clock), row[ex].strip().casefold())
            if key in seen:
                return
            seen.add(key)
        if not seen:
            return
        name = shown(self.header[i], 30)
        columns = self.fmt.columns.replace(f"{name} as set type", f"{name} as sets (one row per exercise)")
        self.fmt = attrs.evolve(self.fmt, set_type=None, sets=self.header[i], columns=columns)
        self.i_sets, self.i_type = i, None

    def chunk(self, rows: list[list[str]], lines: Sequence[int]) -> None:
        self.read_sets(rows, lines)
        if self.i_pain is not None:
            self.pain(rows, lines)

    def pain(self, rows: list[list[str]], lines: Sequence[int]) -> None:
        """A chunk's pain cells (after its sets are read): each exercise's worst, with its line.
        A cell that is no pain score 0-10 is an error naming it: a pain dropped could hide
        a step-back (Silbernagel 2007)."""
        i, pains = self.i_pain, self.pains
        for row, line in zip(rows, lines, strict=True):
            if len(row) <= cast(int, i):
                continue
            value = pains[row[cast(int, i)]]
            if value is None:
                continue
            if value is _BAD:
                raise LogFormatError(
                    f"{label(self.header[cast(int, i)], 40)} {shown(row[cast(int, i)].strip(), 40)} is not a "
                    "pain score from 0 to 10",
                    location=f"{self.where}:{line}",
                    suggestion="write the pain as a number from 0 (none) to 10 (the worst imaginable), "
                    "e.g. 3 or 3/10, or leave the cell blank",
                )
            try:
                agg = self.aggs.get(self.raw_key(row))
            except IndexError:  # a short row: not read (said)
                continue
            if agg is not None and (agg[_PAIN] is None or value > agg[_PAIN][0]):
                agg[_PAIN] = (value, line)

    def read_sets(self, rows: list[list[str]], lines: Sequence[int]) -> None:
        """Read a chunk's sets (see :meth:`read`)."""
        i_weight = self.i_weight
        # Only a chunk of rows of the header's width is read a column at a time: a short row
        # (dropped trailing fields, a blank line) or a long one goes through row() with the rest;
        # so does a row of N sets.
        if set(map(len, rows)) != {self.width} or self.i_sets is not None:
            if self.i_set_number is not None:  # row by row: a set row repeated is left out first
                rows, lines = self.twins(rows, lines)
            if i_weight is not None and self.i_unit is None:
                self.count_cell_units([row[i_weight] if len(row) > i_weight else "" for row in rows])
            for row, line in zip(rows, lines, strict=True):
                self.row(row, line)
            return
        weight_cells = None if i_weight is None else list(map(itemgetter(i_weight), rows))
        distinct_weights = set() if weight_cells is None else set(weight_cells)
        if weight_cells is not None and self.i_unit is None:
            self.count_cell_units(weight_cells, distinct_weights)
        # Reps outside 1-1000 (or blank, or unreadable) read as _BAD here: the row is not an
        # ordinary set (rest timer, timed set, bad row) and goes to row().
        reps = list(map(self.reps.__getitem__, map(itemgetter(self.i_reps), rows)))
        cols = self.columns(rows, weight_cells)
        odd = [i for i, r in enumerate(reps) if r is _BAD] if self.reps.bad and _BAD in reps else []
        if self.durations.bad or self.rpes.bad or self.weights.bad:
            for col in cols:
                if col is not None and _BAD in col:
                    odd += [i for i, v in enumerate(col) if v is _BAD]
        if self.i_type is not None:
            types = list(map(itemgetter(self.i_type), rows))
            distinct_types = set(types)
            warm = (
                list(map(self.kinds.__getitem__, types))
                if any(map(self.kinds.__getitem__, distinct_types))
                else []
            )
            failures = (
                list(map(self.failures.__getitem__, types))
                if any(map(self.failures.__getitem__, distinct_types))
                else None
            )
        else:
            warm = []
            failures = None
        factors = None
        if self.i_unit is not None:
            cells = list(map(itemgetter(self.i_unit), rows))
            factors = list(map(self.units.__getitem__, cells))
            if self.units.bad and _BAD in factors:  # an unknown unit: row() reports it
                odd += [i for i, f in enumerate(factors) if f is _BAD]
            kinds = list(map(self.unit_kinds.__getitem__, cells))
            if None in kinds and cols[0] is not None:  # a blank unit cell beside a weight
                ahead = next((k for k in kinds if k is not None), None)  # before any row named one
                for i, kind in enumerate(kinds):
                    if kind is not None:
                        self.last_unit = kind
                    elif factors[i] is not _BAD and cols[0][i] not in (None, _BAD):
                        factors[i] = self.blank_unit(lines[i], ahead)
            self.last_unit = next((k for k in reversed(kinds) if k is not None), self.last_unit)
        if cols[2] is not None:  # a duration out of range: row() reports it and drops it
            odd += [i for i, s in enumerate(cols[2]) if s is not None and not 0 <= s <= MAX_SET_SECONDS]
        keys = list(map(self.raw_key, rows))
        kg = self.kilograms(cols[0], factors)
        bad = self.weights.bad or self.durations.bad or self.units.bad
        sets = _Sets.of(reps, kg, cols[1], cols[2], self.keep_sets, bad)
        if failures is not None:
            sets = sets._replace(failures=failures)
        if kg is not None and 0.0 in kg:  # a logged 0 (a blank is None): C-level test first
            sets = sets._replace(zero=[w == 0 for w in kg])
        if weight_cells is not None and any(map(self.body_marks.__getitem__, distinct_weights)):
            helps = self.kilograms(list(map(self.assists.__getitem__, weight_cells)), factors)
            sets = sets._replace(body=list(map(self.body_marks.__getitem__, weight_cells)), helps=helps)
        marks = _Marks(warm if True in warm else None, set(odd))
        self.fold(rows, lines, keys, sets, 0, len(rows), marks)
        self.last_row = rows[-1]

    def count_cell_units(self, cells: list[str], distinct: set[str] | None = None) -> None:
        """Count the units a chunk's weight cells write (``225 lbs``, ``100kg``) for
        :meth:`shown_unit`: a log whose cells say pounds is shown in pounds. A few distinct
        cells are looked at (``distinct``: the caller's set of them), and each row only when one
        of them names a unit."""
        if any(map(self.cell_units.__getitem__, set(cells) if distinct is None else distinct)):
            self.unit_cells.update(filter(None, map(self.cell_units.__getitem__, cells)))
            self.bare_weights += _bare_numbers(cells, self.cell_units)

    def switch(self, key: Any, agg: list[Any], line: int, row: list[str]) -> None:
        """Read the rows of ``key`` (an exercise in a workout) next: in an app's export, an
        exercise with work sets read already resumes after other rows of its workout (an export
        pasted twice, two exports joined, or the exercise logged twice in a workout), said by
        :meth:`repeat_notices` - unless ``row`` names its superset (the app says its exercises
        alternate). A test on each change of exercise, none on a row."""
        if self.app and agg[_HARD] + agg[_EASY] and key not in self.resumed_keys and not self.superset(row):
            self.n_resumed += 1  # exercises, each once (a superset's A B A B resumes each often)
            if len(self.resumed_keys) < _MAX_REMEMBERED:
                self.resumed_keys.add(key)
            if len(self.resumed) < 3:
                self.resumed.append((line, str(key[0]).strip(), agg[_FIRST]))
        self.last_key, self.last_agg = key, agg

    def twin_rows(self, rows: list[list[str]], i: int, j: int, k: int) -> list[int]:
        """The rows of a group of one exercise's rows (``i:j``, ``k`` warm-ups first) that repeat
        the row above them cell for cell, set number too (see :meth:`twins`). Tested a group at a
        time, not a row: a group numbered without a gap from its first set (or first work set:
        Strong's warm-ups are ``W``) to its last holds no number twice."""
        s, numbers = cast(int, self.i_set_number), self.set_numbers
        if i > 0 or self.last_row is None or rows[0] != self.last_row:
            if j - i < 2:
                return []
            first = i
            a = numbers[rows[i][s]]
            if a is None and k and i + k < j:
                first = i + k
                a = numbers[rows[first][s]]
            b = numbers[rows[j - 1][s]]
            if a is not None and b is not None and b - a == j - 1 - first:
                return []
        twins = []
        for x in range(i, j):
            above = rows[x - 1] if x > 0 else self.last_row
            if rows[x] == above and numbers[rows[x][s]] is not None:
                twins.append(x)
        return twins

    def said_twins(self, twins: list[int], lines: Sequence[int]) -> None:
        """Count set rows left out as the row above them again (for :meth:`twin_notices`)."""
        if not self.n_twins:
            self.twin_line = lines[twins[0]]
        self.n_twins += len(twins)
        self.n_rows += len(twins)

    def twins(self, rows: list[list[str]], lines: Sequence[int]) -> tuple[list[list[str]], Sequence[int]]:
        """An app's set row that repeats the row above it cell for cell, its set number too (Hevy's
        ``set_index`` 0, 1, 1, 2; Strong's ``Set Order`` 3 twice): the same set (a sync or a paste
        twice), left out and counted for :meth:`twin_notices`. The set number makes two real
        sets alike two rows; a letter (Strong's ``W``, two warm-ups alike) does not, and is kept.
        For a chunk read row by row (a column at a time, :meth:`fold` asks :meth:`twin_rows`);
        rows are compared only where a set number repeats the one above."""
        i = cast(int, self.i_set_number)
        try:
            cells = list(map(itemgetter(i), rows))
        except IndexError:  # a blank line or a short row
            cells = [row[i] if len(row) > i else "" for row in rows]
        twins = [
            x
            for x in compress(range(1, len(rows)), map(eq, cells[1:], cells[:-1]))
            if rows[x] == rows[x - 1] and cells[x].strip().isdigit()
        ]
        if rows[0] == self.last_row and cells[0].strip().isdigit():  # the row above ended the last chunk
            twins.insert(0, 0)
        self.last_row = rows[-1]
        if not twins:
            return rows, lines
        self.said_twins(twins, lines)
        drop = set(twins)
        kept = [x for x in range(len(rows)) if x not in drop]
        return [rows[x] for x in kept], [lines[x] for x in kept]

    def twin_notices(self) -> list[LogIssue]:
        """The notice of set rows that repeat the row above them (:meth:`twins`)."""
        if not self.n_twins:
            return []
        return [
            LogIssue(
                self.twin_line,
                f"{counted(self.n_twins, 'set row')} {'repeats' if self.n_twins == 1 else 'repeat'} the row "
                "above cell for cell, set number too "
                f"(first at line {self.twin_line}): a set synced or pasted twice? each is read once",
            )
        ]

    def set0(self, row: list[str]) -> str | None:
        """A row's set-number cell (kept as an exercise's first: see :meth:`resume`), or ``None``."""
        i = self.i_set_number
        return None if i is None or i >= len(row) else row[i]

    def resume(
        self, key: Any, agg: list[Any], line: int, row: list[str], work: tuple[int, list[str]] | bool
    ) -> list[Any]:
        """An app export's exercise whose sets resume after other rows of its workout (``agg``
        holds its sets so far; ``row``: the run's first, ``work``: its first work set's line and
        row, if the group has one). A run that starts as its first run did (the same set-number
        cell, or no such column) may be that run again (an export pasted twice, two exports
        joined) - when that cell is a number, or once another workout's rows were read since
        its first run (a letter, Strong's ``W``/``F``, or no such column, FitNotes, numbers no
        set: an exercise done twice in a workout starts so too): it is read into its own aggregate, and
        :meth:`close_run` drops it when its sets are the first run's, set for set. Any other run
        is more sets (:meth:`switch`). Called on a change of exercise, never on a row of a run."""
        cell = self.set0(row)
        if cell == agg[_SET0] and (
            (cell is not None and cell.strip().isdigit()) or self.workout_changes > agg[_LEFT]
        ):  # a letter (Strong's W, F), or no column (FitNotes), numbers no set: after another workout only
            run = _new_agg(self.keep_sets, line, agg[_SET0], agg[_LEFT])
            self.run, self.run_key = (key, agg, line, row), key
            self.aggs[key] = self.last_agg = run
            self.last_key = key
            return run
        if work:
            self.switch(key, agg, *cast(tuple[int, list[str]], work))
        return agg

    def close_run(self) -> None:
        """End a resumed run (:meth:`resume`): dropped, and said, when its sets are its
        exercise's sets before it, set for set; else added to them (more sets, said by
        :meth:`repeat_notices` as a resumed exercise)."""
        key, agg, line, row = cast(tuple[Any, list[Any], int, list[str]], self.run)
        run = self.aggs[key]
        self.aggs[key] = agg
        self.run = self.run_key = None
        if self.last_key == key:
            self.last_agg = agg
        if not _same_sets(agg, run):
            _merge(agg, run)
            _merge_timed(agg, run)
            self.switch(key, agg, line, row)
            return
        self.n_copies += 1
        if key[1:] == self.last_copy or key[1:] in self.copies:  # a workout's exercises come together
            return
        self.last_copy = key[1:]
        self.n_copy_workouts += 1
        self.copy_lines.append(line)
        if len(self.copies) < MAX_COPIES_SAID:
            entry = self.raw_workouts.get(key[1:])
            first = agg[_FIRST]
            if entry is not None:
                self.copies[key[1:]] = [entry[2], entry[1], entry[3], line]
            else:
                self.copies[key[1:]] = [" ".join(map(str.strip, key[1:])), None, first, line]

    def copy_notices(self) -> list[LogIssue]:
        """The notice of workouts whose sets came again further down, set for set (read once)."""
        if not self.n_copies:
            return []
        said = []
        for title, start, first, again in self.copies.values():
            when = "" if start is None or start is _PENDING else f" on {start:%Y-%m-%d %H:%M}"
            said.append(f"{shown(title, 40)}{when} (line {first}, again at line {again})")
        more = self.n_copy_workouts - len(said)
        listed = ", ".join(said) + (f" and {more} more" if more > 0 else "")
        return [
            LogIssue(
                self.copy_lines[0],
                f"{counted(self.n_copy_workouts, 'workout')} logged again further down, set for set - "
                f"{listed}: an export pasted twice or two exports joined? each set is read once "
                f"(the sets of {counted(self.n_copies, 'exercise')} not counted again)",
            )
        ]

    def superset(self, row: list[str]) -> bool:
        """Whether ``row``'s superset cell names one (Hevy: blank, or an id its exercises share)."""
        i = self.i_superset
        return i is not None and i < len(row) and bool(row[i].strip())

    def blank_unit(self, line: int, ahead: str | None) -> float:
        """The factor to kilograms of a weight whose unit cell is blank, in a file with a unit
        column: the unit of the latest row that named one (a unit written once, blank below it),
        else the first one its chunk names further on (``ahead``), else the export's unit -
        never kilograms by default beside rows in pounds. Counted for :meth:`blank_unit_notices`."""
        unit = self.last_unit or ahead or ""
        seen = self.blank_units.setdefault(unit, [0, line])
        seen[0] += 1
        if not unit:
            return float(self.units[""])
        return LB_TO_KG if unit == "lb" else 1.0

    def blank_unit_notices(self) -> list[LogIssue]:
        """Say the weights read with a blank unit cell: in the unit of a row that names one, or,
        before any row named one, in the export's unit when the rows after named another."""
        notices = []
        for unit, (count, line) in sorted(self.blank_units.items()):
            rows = f"{counted(count, 'row')} with a weight and a blank unit cell (first at line {line})"
            if unit:
                said = f"{rows} read in {unit}, the unit of the row above that names one (or the next)"
                notices.append(LogIssue(line, said))
                continue
            default = "lb" if self.units[""] != 1.0 else "kg"
            named = "lb" if self.unit_cells["lb"] > self.unit_cells["kg"] else "kg"
            if (self.unit_cells["kg"] or self.unit_cells["lb"]) and named != default:
                said = f"{rows} read in {default}, the export's unit, before any row named one"
                notices.append(LogIssue(line, f"{said}; the rows after are in {named}: check their weights"))
        return notices

    def repeat_notices(self) -> list[LogIssue]:
        """The notices of rows repeating the header or a set's number (:meth:`numbered`)."""
        notices = self.header_again.notices()  # the header again, a title above it
        if self.resumed:
            line, name, first = self.resumed[0]
            notices.append(
                LogIssue(
                    line,
                    f"the sets of {counted(self.n_resumed, 'exercise')} resume after other rows of their "
                    f"workout ({shown(name, 40)}, first at line {first}): an export pasted twice or two "
                    "joined, the exercise logged twice in a workout, or a superset or circuit logged set "
                    "by set? the sets are read as more sets",
                )
            )
        return notices

    def agg_of(self, row: list[str], line: int, key: Any) -> list[Any] | None:
        """The aggregate for a row's raw key: known, or made by :meth:`agg_for`; a resumed run's
        own when it may copy the exercise's first run (:meth:`resume`)."""
        if self.run_key is not None and key != self.run_key:
            self.close_run()
        if key[self.date_at] != self.workout_cells:  # another workout's rows (see resume)
            self.workout_cells = key[self.date_at]
            self.workout_changes += 1
        agg = self.aggs.get(key)
        if agg is None:
            agg = self.agg_for(row, line, key)
            if agg is not None:
                self.aggs[key] = agg
        elif (
            self.app
            and key != self.last_key
            and (agg[_HARD] + agg[_EASY] or agg[_TIMED])
            and self.run_key is None
        ):
            agg = self.resume(key, agg, line, row, False)
        return agg

    def warmup(self, row: list[str], line: int, key: Any) -> None:
        """Count a warm-up set (an ordinary row otherwise)."""
        self.n_rows += 1
        agg = self.agg_of(row, line, key)
        if agg is not None:
            agg[_WARM] += 1
            if self.i_unit is not None:
                self.unit_cells[self.unit_kinds[row[self.i_unit]]] += 1

    def columns(self, rows: list[list[str]], weight_cells: list[str] | None) -> list[list[Any] | None]:
        """The weight, RPE and seconds columns of a chunk as numbers (``None`` for a column
        that is absent or blank throughout: Hevy's RPE and duration, mostly)."""
        weights = None if weight_cells is None else list(map(self.weights.__getitem__, weight_cells))
        rest: list[list[Any] | None] = [None, None]
        for k, (i, cache) in enumerate(((self.i_rpe, self.rpes), (self.i_sec, self.durations))):
            if i is not None:
                cells = list(map(itemgetter(i), rows))
                # "" reads as None: a column of blanks (Hevy's RPE and duration, mostly) is told by
                # its few distinct cells, not read row by row
                if any(map(_is_not_none, map(cache.__getitem__, set(cells)))):
                    rest[k] = list(map(cache.__getitem__, cells))
        return [weights, *rest]

    def kilograms(self, weights: list[Any] | None, factors: list[float] | None) -> list[Any] | None:
        """A chunk's weight column in kilograms (``None`` stays: a set without a weight)."""
        if weights is None:
            return None
        if factors is not None:
            pairs = zip(weights, factors, strict=True)
            return [None if w is None else (w * f if f != 1.0 else w) for w, f in pairs]
        if self.lb_file:  # unrounded: lb in, lb out is exact to the 0.1 lb shown (see ExerciseWeek.to_dict)
            return [None if w is None else w * LB_TO_KG for w in weights]
        return weights

    def fold(
        self,
        rows: list[list[str]],
        lines: Sequence[int],
        keys: list[Any],
        sets: _Sets,
        start: int,
        end: int,
        marks: _Marks = _NO_MARKS,
    ) -> None:
        """Aggregate rows ``start:end`` of a chunk, a group of consecutive rows of one key (an
        exercise in a workout) at a time, each group's columns sliced (C-level ``min``/``max``/
        ``sum``). A group's warm-up rows at its start are counted in it; a group with a warm-up
        after a work set, or an odd row, is read as :meth:`by_row` reads it."""
        if start >= end:
            return
        bounds = [
            start,
            *compress(range(start + 1, end), map(ne, keys[start + 1 : end], keys[start : end - 1])),
            end,
        ]
        aggs, app, i_unit = self.aggs, self.app, self.i_unit
        reps, loads, tonnage, e1rms, rpes, seconds = sets[:6]
        failures, zero, body, per_set = sets.failures, sets.zero, sets.body, sets.per_set
        warm, odd = marks.warm_before, marks.odd
        set_col, numbers, date_at = self.i_set_number, self.set_numbers, self.date_at
        for i, j in pairwise(bounds):
            k = 0  # the group's warm-up rows, all at its start
            if warm is not None:
                k = warm[j] - warm[i]
                if k and warm[i + k] - warm[i] != k:  # a warm-up after a work set
                    self.by_row(rows, lines, keys, sets, i, j, marks)
                    continue
            if odd and not odd.isdisjoint(range(i, j)):
                self.by_row(rows, lines, keys, sets, i, j, marks)
                continue
            # a group numbered without a gap holds no set twice (Hevy's set_index 0, 1, 2); else
            # (a gap, Strong's W, a number twice, the group first in its chunk) twin_rows looks
            if set_col is not None and (
                i == 0
                or (numbered := numbers[rows[i][set_col]]) is None
                or (last := numbers[rows[j - 1][set_col]]) is None
                or last - numbered != j - 1 - i
            ):
                twins = self.twin_rows(rows, i, j, k)
                if twins:  # the same set twice: each run between them folded (see twins)
                    self.said_twins(twins, lines)
                    for a, b in pairwise([i - 1, *twins, j]):
                        self.fold(rows, lines, keys, sets, a + 1, b, marks)
                    continue
            key = keys[i]
            if key == self.last_key:
                agg = self.last_agg
            else:
                if self.run_key is not None and key != self.run_key:
                    self.close_run()
                if key[date_at] != self.workout_cells:  # another workout's rows (see resume)
                    self.workout_cells = key[date_at]
                    self.workout_changes += 1
                found = aggs.get(key)
                if found is None:
                    found = self.agg_for(rows[i], lines[i], key)
                    if found is None:
                        if k:  # a warm-up first: counted as read, the rest read row by row
                            self.n_rows += 1
                            self.by_row(rows, lines, keys, sets, i + 1, j, marks)
                        else:
                            self.unread(rows, lines, i, j)
                        continue
                    aggs[key] = found
                agg = found
                if app and (agg[_HARD] + agg[_EASY] or agg[_TIMED]):  # resumed: a copy? (see resume)
                    agg = self.resume(key, agg, lines[i], rows[i], k < j - i and (lines[i + k], rows[i + k]))
                elif k < j - i:  # a work set: the exercise is read next
                    self.last_key, self.last_agg = key, agg
            self.n_rows += j - i
            if i_unit is not None:  # the units of the sets aggregated (see shown_unit)
                self.unit_cells.update(map(self.unit_kinds.__getitem__, map(self.unit_of, rows[i:j])))
            if k:
                agg[_WARM] += k
                i += k
                if i == j:
                    continue
            if failures is not None:
                agg[_FAIL] += sum(failures[i:j])
            if zero is not None:
                agg[_ZERO] += sum(zero[i:j])
            if body is not None:
                agg[_BODY] += sum(body[i:j])
                for most in cast(list[Any], sets.helps)[i:j]:  # a chunk with a body-weight mark only
                    agg[_HELP] = _larger(agg[_HELP], most)
            if per_set is not None:  # keep_sets: the one-set-at-a-time aggregation
                p_g = sets.rpe_column[i:j] if sets.rpe_column is not None else None
                s_g = seconds[i:j] if seconds is not None else []
                self.add(agg, reps[i:j], per_set[i:j], p_g, s_g)
                continue
            # what add() does, from the chunk's precomputed columns (see _Sets)
            agg[_HARD] += j - i
            r_g = reps[i:j]
            low, high = min(r_g), max(r_g)
            if agg[_RLO] == 0 or low < agg[_RLO]:
                agg[_RLO] = low
            if high > agg[_RHI]:
                agg[_RHI] = high
            if rpes is not None:
                p_g = rpes[i:j]
                top_rpe = max(p_g)
                if top_rpe >= 0 and (agg[_RPE] is None or top_rpe > agg[_RPE]):
                    agg[_RPE] = top_rpe
                if sets.easy and min(p_g) < EASY_RPE:  # sets logged as easy are not hard sets
                    easy = sum(1 for p in p_g if 1.0 <= p < EASY_RPE)
                    agg[_HARD] -= easy
                    agg[_EASY] += easy
            if seconds is not None:
                most = max(seconds[i:j])
                if most > agg[_SEC]:
                    agg[_SEC] = most
            if loads is not None:
                top = max(loads[i:j])
                if top > 0:
                    if agg[_TOP] is None or top > agg[_TOP]:
                        agg[_TOP] = top
                    agg[_TON] += sum(tonnage[i:j])
                    best = max(e1rms[i:j])
                    if best > 0 and (agg[_E1RM] is None or best > agg[_E1RM]):
                        agg[_E1RM] = best

    def unread(self, rows: list[list[str]], lines: Sequence[int], i: int, j: int) -> None:
        """A group of work sets whose first row's name or date cannot be used (:meth:`agg_for`
        said why): each row is reported (the same reason), or read by :meth:`row` when its reason
        is the row's own (a date far out in time)."""
        if self.failed is not None:  # a bad name or date: each row for it
            self.n_rows += j - i
            for x in range(i + 1, j):
                self.issue(lines[x], self.failed)
        else:  # each row is reported as row() reads it
            self.bad -= 1
            if self.issues and self.issues[-1].line == lines[i]:
                self.issues.pop()
            for x in range(i, j):
                self.row(rows[x], lines[x])

    def by_row(
        self,
        rows: list[list[str]],
        lines: Sequence[int],
        keys: list[Any],
        sets: _Sets,
        i: int,
        j: int,
        marks: _Marks,
    ) -> None:
        """Rows ``i:j`` of a chunk split at each warm-up row (counted one by one, :meth:`warmup`)
        and each odd row (:meth:`row`); the runs between them folded."""
        start = i
        flags = marks.flags
        for x in [*(x for x in range(i, j) if x in marks.odd or (flags is not None and flags[x])), j]:
            self.fold(rows, lines, keys, sets, start, x)
            if x < j and x not in marks.odd:
                self.warmup(rows[x], lines[x], keys[x])
            elif x < j:
                self.row(rows[x], lines[x])
            start = x + 1

    def add(
        self,
        agg: list[Any],
        r_g: list[int],
        w_g: list[float | None],
        p_g: list[float | None] | None,
        s_int: list[int],
        positive: bool = True,
    ) -> None:
        """Add hard sets (reps, kilograms, RPE, seconds; one item per set) to an aggregate;
        ``positive``: every set has reps (the column-wise path)."""
        agg[_HARD] += len(r_g)
        with_reps = r_g if positive else [r for r in r_g if r > 0]
        if with_reps:
            low, high = min(with_reps), max(with_reps)
            if agg[_RLO] == 0 or low < agg[_RLO]:
                agg[_RLO] = low
            if high > agg[_RHI]:
                agg[_RHI] = high
        if p_g is not None and p_g.count(None) != len(p_g):
            present = set(p_g)  # a few distinct values: cheaper than a generator over the sets
            present.discard(None)
            top_rpe = max(cast(set[float], present))
            if agg[_RPE] is None or top_rpe > agg[_RPE]:
                agg[_RPE] = top_rpe
            if min(cast(set[float], present)) < EASY_RPE:  # sets logged as easy are not hard sets
                easy = sum(1 for p in p_g if p is not None and 1.0 <= p < EASY_RPE)
                agg[_HARD] -= easy
                agg[_EASY] += easy
        if s_int and max(s_int) > agg[_SEC]:
            agg[_SEC] = max(s_int)
        if None in w_g or min(cast(list[float], w_g)) <= 0:
            pairs = [(w, r) for w, r in zip(w_g, r_g, strict=True) if w is not None and w > 0]
            loaded_w, loaded_r = [p[0] for p in pairs], [p[1] for p in pairs]
        else:
            loaded_w, loaded_r = cast(list[float], w_g), r_g
        if loaded_w:
            top = max(loaded_w)
            if agg[_TOP] is None or top > agg[_TOP]:
                agg[_TOP] = top
            agg[_TON] += sum(map(mul, loaded_w, loaded_r))
            best = max(map(mul, loaded_w, map(_EPLEY.get, loaded_r, repeat(0.0))))
            if best > 0 and (agg[_E1RM] is None or best > agg[_E1RM]):
                agg[_E1RM] = best
        if self.keep_sets:
            sets = agg[_SETS]
            sets[0].extend(r_g)
            sets[1].extend(w_g)
            if p_g is not None:
                sets[2].extend(p for p in p_g if p is not None)
            sets[3].extend(s for s in s_int if s)

    def row(self, row: list[str], line: int) -> None:
        """Read one row that is not an ordinary set row (or any row of an irregular chunk)."""
        width = self.width
        issue = self.issue
        if self.header_again(row, line):  # the header again or a title: before the width is read
            self.n_rows += 1
            self.skipped += 1
            return
        if len(row) != width:
            if not row or all(not c.strip() for c in row):
                return
            # an app writes every field; a row past those _trailing_separator read without the separator
            # they end with (the header's blank last column) is whole
            dropped_separator = len(row) == width - 1 and not self.header[-1]
            if len(row) < width and self.fmt.name != "generic" and not dropped_separator:
                self.n_rows += 1
                issue(
                    line,
                    f"{len(row)} fields, the header has {width}: the row is cut short (was the file cut "
                    "off?): the row is not read",
                )
                return
            if len(row) < width:
                row = row + [""] * (width - len(row))  # a sheet's trailing empty fields are often dropped
            else:
                split = self.split_number(row) if self.delimiter == "," else None
                if split is not None or any(c.strip() for c in row[width:]):
                    self.n_rows += 1
                    issue(
                        line, f"{len(row)} fields, the header has {width}{split or ''}: the row is not read"
                    )
                    return
        self.n_rows += 1
        i_sec, i_weight, i_rpe, i_type = self.i_sec, self.i_weight, self.i_rpe, self.i_type
        # a row like one not read before (the same number cells) is not read for the same reason
        cells = tuple(row[i] for i in (self.i_reps, i_sec, i_weight, i_rpe, self.i_sets) if i is not None)
        known_bad = self.not_sets.get(cells)
        if known_bad is not None:
            issue(line, known_bad)
            return
        weighed_row = i_weight is not None and bool(row[i_weight].strip())
        one_cell = _one_cell_sets(row, self.i_reps, self.i_sets, self.header, weighed_row)  # "3x8" in Sets
        if one_cell is not None:
            row = one_cell[0]
            if one_cell[2]:
                issue(line, one_cell[2])
        values: list[float | None] = []
        unhelped = False  # a negative weight on a lift of a free load: no assisted set (free_load)
        each_rpe: list[float | None] | None = None  # "7/8/9": each set's RPE, in a row of sets
        listed: _SetWeightsError | None = None  # "100/100/95", "2x24kg": read once the row's sets are known
        weighed = None  # "100x8", "12x10", "8 @ 100" in a row with no weight: one set's weight and reps
        if i_weight is None or not row[i_weight].strip():
            weighed = _weighed_set(row[self.i_reps], one_set=False)
            if weighed is not None:
                row = [*row]
                row[self.i_reps] = weighed[1]
        said = _REPS_AT.fullmatch(row[self.i_reps].strip())  # "5 @8": the reps, then the set's RPE
        said_rpe = None
        if said is not None:
            row = [*row]
            row[self.i_reps] = said["reps"]
            said_cell = said.string
        rep_sets = _rep_sets(row[self.i_reps])  # "3x8", "8,8,6": the sets of one row
        run = rep_sets is None and _run_in_reps(row[self.i_reps])  # "20m", "40 yd": a run a set
        held = self.held_for(row[self.i_reps]) if rep_sets is None and i_sec is None and not run else None
        read_reps: Callable[[str], float | None] = _reps_cell
        if rep_sets is not None:
            read_reps = partial(_first_of, rep_sets)
        elif held is not None or run:
            read_reps = _nothing
        columns = (
            (self.i_reps, read_reps),
            (i_sec, _duration),
            (i_weight, self.weight_of),
            (i_rpe, partial(_effort, self.fmt.rir)),
            (self.i_sets, _number),
        )
        for i, read in columns:
            try:
                values.append(None if i is None else read(row[i]))
            except ValueError as exc:
                column, cell = label(self.header[cast(int, i)], 40), shown(row[cast(int, i)].strip(), 40)
                if isinstance(exc, _SetWeightsError):
                    listed = exc
                    values.append(exc.top)
                    continue
                if i == i_weight:  # as for a weight in an unknown unit: the set is kept without it
                    why = getattr(exc, "said", "is not a weight")  # a weight read two ways says both
                    tool = self.free_loads[row[self.idx[self.fmt.exercise]].strip()] if isinstance(
                        exc, _AssistedWeightError
                    ) else None  # fmt: skip
                    if tool is not None:  # "-100" on a barbell RDL: no help, a typo or a sign slipped in
                        unhelped = True
                        why = f"is negative, and a {tool} lift takes no help (a typo?)"
                    issue(line, f"{column} {cell} {why}: the set is kept without its weight")
                    values.append(None)
                    continue
                if i is not None and i == i_rpe and (each_rpe := _efforts(self.fmt.rir, row[i])) is not None:
                    values.append(None)  # each set's effort: read once the row's sets are known
                    continue
                if i == i_rpe or (i == i_sec and row[self.i_reps].strip()):  # kept, as an RPE out of 0-10
                    issue(
                        line,
                        f"{column} {cell} {_not_measure(i == i_rpe, self.fmt.rir)}: dropped, the set kept",
                    )
                    values.append(None)
                    continue
                weight_column = None if i_weight is None or i != self.i_reps else self.header[i_weight]
                message = not_a_number(column, row[cast(int, i)], i == self.i_reps, weight_column)
                if len(self.not_sets) < _MAX_REMEMBERED:
                    self.not_sets[cells] = message
                issue(line, message)
                return
        reps_value, seconds_value, weight, rpe, sets_value = values
        if one_cell is not None and one_cell[1] is not None:  # "3x8-10": 3 sets
            sets_value = float(one_cell[1])
        if weighed is not None:
            try:
                weight = _weighed_weight(self.weight_of, weighed, cells[0])
            except ValueError as exc:
                issue(line, f"{exc}: the set is kept without its weight")
        if said is not None and rpe is None:  # the reps cell's "@8" (a coach's "x5 @8"), on the RPE scale
            said_rpe = _said_rpe(said["effort"])  # (set below: an RIR column's scale is not its own)
            if said_rpe is None:
                cell = shown(said_cell, 40)
                effort = said["effort"] if said["effort"][:1].isalpha() else f"RPE @{said['effort']}"
                issue(line, f"{effort} in the reps cell {cell} is not 1-10: dropped, the set kept")
        if rep_sets is None and _REPS_RANGE.fullmatch(row[self.i_reps].strip()):
            cell = shown(row[self.i_reps].strip(), 40)
            issue(line, f"reps {cell} is a range, not the reps done: read as {reps_value:g}, its low end")
        if held is not None:  # "0:45" in a "Repetitions / Time" column: a timed set
            reps_value, seconds_value = None, held
        if i_rpe is not None and _EFFORT_RANGE.fullmatch(row[i_rpe].strip()):
            cell, measure = shown(row[i_rpe].strip(), 40), "RIR" if self.fmt.rir else "RPE"
            issue(line, f"{measure} {cell} is a range: read as {rpe:g}, its hardest end")
        count = 1  # the sets a row stands for: one, or a sets column's number (see _Format.sets)
        if sets_value is not None:
            if not sets_value.is_integer() or not 0 <= sets_value <= MAX_ROW_SETS:
                column = label(self.header[cast(int, self.i_sets)], 40)
                issue(
                    line,
                    f"{column} {sets_value:g} is not a number of sets 0-{MAX_ROW_SETS}: the row is not read",
                )
                return
            count = int(sets_value)
            if count == 0:
                self.skipped += 1
                return
        if rep_sets is not None:
            column = label(self.header[self.i_sets], 40) if self.i_sets is not None else "sets"
            cell = shown(row[self.i_reps].strip(), 40)
            if sets_value is not None and count != 2 and rep_sets[0] == rep_sets[-1] and len(rep_sets) == 2:
                # "10/10" beside Sets 3: each leg's reps (a single-leg RDL), not two sets
                issue(line, f"reps {cell} beside {column} {count}: read as {rep_sets[0]} reps a side")
                rep_sets = [rep_sets[0]] * count
            elif (
                many := _many_sets(row[self.i_reps], i_weight is not None and bool(row[i_weight].strip()))
            ) is not None:
                issue(line, many[1])  # "12x10": more sets than a row holds - a weight x reps? (cells16)
                if not many[0]:
                    return
            elif sets_value is not None and count != len(rep_sets):
                n = len(rep_sets)
                issue(line, f"{column} {count} but reps {cell} are {n} sets: read as {n}")
            count = len(rep_sets)
        column = label(self.header[cast(int, i_weight)], 40) if listed is not None else ""
        per_set = None if listed is None else listed.for_sets(count, column)
        if per_set is not None:
            if per_set[1]:
                issue(line, per_set[1])
            if per_set[0] is None:
                weight = None
        kind = self.kind_of[row[i_type]] if i_type is not None else ""
        noted = _reps_kind(row[self.i_reps]) if rep_sets is None and reps_value is not None else ""
        if noted and kind not in _WARMUP:  # "8 (failure)": as a set type of failure says
            kind = noted
        pause = _rest_pause(row[self.i_reps]) if rep_sets is None else None
        if pause is not None:
            issue(line, f"reps {shown(row[self.i_reps].strip(), 40)}: read as one rest-pause set of "
                  f"{sum(pause)} reps (write the runs' sets apart, 12,3, if they were sets)")  # fmt: skip
        ran = run or (self.i_dist is not None and self.distance_of(row[self.i_dist]) > 0)
        if not reps_value and not ran:
            if all(not c.strip() for c in row):
                self.n_rows -= 1  # a blank line of separators
                return
            # Rest-timer and note rows: no reps, and a type/order cell naming no set (Strong's
            # "Rest Timer", "Note"), a blank one beside a time, or a timer's name as the exercise.
            # A timed set (a plank, a hold) has a set type and seconds; a set with neither reps
            # nor a time is a set row that says too little to read, and is reported.
            not_a_set = (
                _timer_or_note(kind, reps_value, weight)
                or (not seconds_value and _names_no_set(kind))
                or (bool(seconds_value) and i_type is not None and not kind)
                or _cell(row[self.idx[self.fmt.exercise]]) in _TIMER_NAMES
            )
            if not_a_set:
                self.skipped += 1
                return
            if not seconds_value:
                # an app's 0 completed reps is a set planned and not done (Liftosaur): not a set
                issue(
                    line,
                    "0 reps: not counted as a set" if reps_value == 0 else "no reps: the set is not read",
                )
                return
        if reps_value is not None and (reps_value < 0 or reps_value > 1000):
            issue(line, f"reps {reps_value:g} out of range")
            return
        key = self.raw_key(row)
        agg = self.agg_of(row, line, key)
        if agg is None:
            return
        if self.i_unit is not None:
            named = self.unit_kinds[row[self.i_unit]]
            self.unit_cells[named] += 1
            if named is not None:
                self.last_unit = named
        if kind in _WARMUP:
            agg[_WARM] += count
            return
        if key != self.last_key:  # a warm-up is counted apart (warmup()), not a resumed set
            self.switch(key, agg, line, row)
            agg = self.last_agg
        if reps_value is not None and not reps_value.is_integer():
            issue(line, f"reps {reps_value:g} is not a whole number: read as {int(reps_value)}")
        rpe = self.effort(rpe, line)
        set_rpes = [rpe] * count
        if each_rpe is not None and i_rpe is not None:
            cell, measure = shown(row[i_rpe].strip(), 40), "RIR" if self.fmt.rir else "RPE"
            if len(each_rpe) == count:
                set_rpes = [self.effort(value, line) for value in each_rpe]
                rpe = max((value for value in set_rpes if value is not None), default=None)
            elif count == 1:  # one set: no list of its sets' efforts (4/5: a 5-point scale's 4?)
                column = label(self.header[i_rpe], 40)
                issue(line, f"{column} {cell} {_not_measure(True, self.fmt.rir)}: dropped, the set kept")
            else:
                issue(
                    line,
                    f"{measure} {cell} lists {len(each_rpe)} sets' efforts, the row has "
                    f"{counted(count, 'set')}: dropped, the sets kept",
                )
        if said_rpe is not None:
            rpe = said_rpe
            set_rpes = [rpe] * count
        if seconds_value is not None and not 0 <= seconds_value <= MAX_SET_SECONDS:
            issue(line, f"seconds {seconds_value:g} is outside 0-{MAX_SET_SECONDS}: dropped, the set kept")
            seconds_value = None
        factor = self.units[row[self.i_unit] if self.i_unit is not None else ""]  # "": the export's unit
        if (
            self.i_unit is not None
            and weight is not None
            and factor is not _BAD
            and self.unit_kinds[row[self.i_unit]] is None
        ):
            factor = self.blank_unit(line, None)
        if factor is _BAD:
            if weight:
                unit_text = shown(row[self.i_unit].strip(), 40) if self.i_unit is not None else ""
                issue(line, f"weight unit {unit_text} is not kg or lb: the set is kept without its weight")
            weight = None
        elif weight is not None:
            weight = self.impossible(weight, "kg" if factor == 1.0 else "lb", factor, line)
        most = max(rep_sets) if rep_sets is not None else reps_value or 0
        unknown_reps = bool(weight) and most > MAX_LOADED_REPS
        if unknown_reps:  # the reps are the value in doubt: neither they nor the weight beside them
            issue(
                line,
                f"{most:g} reps with {round(cast(float, weight), 1):g} kg is more than the {MAX_LOADED_REPS} "
                "reps of any loaded set (a typo, or a weight in the reps column?): the set is kept as a set "
                "of unknown reps, without its weight",
            )
        seconds = int(seconds_value or 0)
        zero = count if weight == 0 else 0  # a logged 0, not a blank (None)
        body = count if i_weight is not None and not unhelped and self.body_marks[row[i_weight]] else 0
        helped = self.assists[row[cast(int, i_weight)]] if body else None
        if helped is not None:
            helped = None if factor is _BAD else helped * factor
        if not reps_value and seconds and not ran:  # a hold, or a rest timer: settle_timed() decides
            timed = agg[_TIMED]
            if timed is None:
                timed = agg[_TIMED] = [0, 0, [], [], [], 0, 0, None]
            timed[0] += count
            timed[1] += count * (kind in _FAILURE)
            timed[5] += zero
            timed[6] += body
            timed[7] = _larger(timed[7], helped)
            weights, rpes, times = timed[2], timed[3], timed[4]
            if self.keep_sets or not times:
                weights.append(weight)
                rpes.append(rpe)
                times.append(seconds)
            else:  # without keep_sets only the largest of each matters (see settle_timed)
                weights[0] = _larger(weights[0], weight if weight is not None and weight > 0 else None)
                rpes[0] = _larger(rpes[0], rpe)
                times[0] = max(times[0], seconds)
            return
        if kind in _FAILURE:
            agg[_FAIL] += count
        elif rep_sets is not None:  # "5/3/1+": its last set as many reps as possible
            agg[_FAIL] += _listed_failures(row[self.i_reps])
        agg[_ZERO] += zero
        agg[_BODY] += body
        agg[_HELP] = _larger(agg[_HELP], helped)
        times = [seconds] * count if seconds else []
        reps = rep_sets or [int(reps_value or 0)] * count
        loads = [weight] * count  # a list's weights are its top's, in kilograms as it is (factor)
        if per_set is not None and per_set[0] is not None and weight is not None:
            loads = [None if w is None else w * cast(float, factor) for w in per_set[0]]
        if unknown_reps:  # a set of 0 reps: done, its reps unknown (as a hold's), and of no load
            doubted = [r > MAX_LOADED_REPS for r in reps]
            reps = [0 if bad else r for r, bad in zip(reps, doubted, strict=True)]
            loads = [None if bad else w for w, bad in zip(loads, doubted, strict=True)]
        self.add(agg, reps, loads, set_rpes, times, positive=False)

    def effort(self, rpe: float | None, line: int) -> float | None:
        """An effort as read (on its column's scale) on the RPE scale; ``None`` for one out of
        0-10, said."""
        if rpe is not None and self.fmt.rir:
            if not 0 <= rpe <= MAX_RPE:
                self.issue(line, f"RIR {rpe:g} is outside 0-{MAX_RPE:g}: dropped, the set kept")
            rpe = _rir_as_rpe(rpe) if 0 <= rpe <= MAX_RPE else None
        if rpe is not None and not 0 <= rpe <= MAX_RPE:
            if not self.fmt.rir:
                self.issue(line, f"RPE {rpe:g} is outside 0-{MAX_RPE:g}: dropped, the set kept")
            rpe = None
        return rpe

    def split_number(self, row: list[str]) -> str | None:
        """Why a comma-separated row wider than its header is not read, when a number column's
        cell and the next could be one number written with a decimal comma (``82,5``: 82.5 kg,
        unquoted, splits in two and moves every later cell one column right): the cells named,
        else ``None``. Its empty cells past the header are no trailing separators then: read as
        the header says, ``82,5,8,`` would be 82 kg x 5 reps at RPE 8. Only a weight, RPE,
        duration or distance column's cell starts a candidate, and a decimal comma's fraction
        has one or two digits (``8,102`` is reps and a weight)."""
        found = []
        for j in sorted({i for i in (self.i_weight, self.i_rpe, self.i_sec, self.i_dist) if i is not None}):
            whole, fraction = row[j].strip(), row[j + 1].strip() if j + 1 < len(row) else ""
            # the cells before it are in their columns: its reps and weight read as such
            before = (self.i_reps >= j or self.reps[row[self.i_reps]] is not _BAD) and (
                self.i_weight is None or self.i_weight >= j or self.weights[row[self.i_weight]] is not _BAD
            )
            if (
                before
                and _INTEGER.fullmatch(whole)
                and _FRACTION_DIGITS.fullmatch(fraction)
                and _reps_after_split(row, j, self.i_reps)
            ):
                found.append((whole, fraction))
        if not found:
            return None
        (whole, fraction), *others = found
        also = "".join(f" or {w},{f}" for w, f in others)
        return (
            f" (is {whole},{fraction}{also} one number with a decimal comma? write {whole}.{fraction}, "
            "or quote it, or separate the columns with ';')"
        )

    def impossible(self, written: float, unit: str, factor: float, line: int) -> float | None:
        """A set's kilograms (``written`` in ``unit``, ``factor`` to kilograms), or ``None``
        after reporting a weight no one lifts (negative, or over ``MAX_SET_KG``): the set is kept,
        as a set without its weight."""
        kg = written * factor
        if MIN_SET_KG <= kg <= MAX_SET_KG:
            return kg
        why = "is negative" if kg < MIN_SET_KG else f"is over {MAX_SET_KG:,.0f} kg, more than anyone lifts"
        # 1000.0001 as written (:g showed 1000, "over 1,000"); 1e+308 stays short
        shown_weight = f"{written:.4f}".rstrip("0").rstrip(".") if abs(written) < 1e6 else f"{written:g}"
        self.issue(line, f"weight {shown_weight} {unit} {why}: dropped, the set is kept without its weight")
        return None

    @staticmethod
    def distance_of(cell: str) -> float:
        """A distance cell's number (any unit: only whether a set covered a distance counts);
        0 for a blank or unreadable cell."""
        try:
            value = _number(cell)
        except ValueError:
            return 0.0
        return value if value is not None and value <= 1e6 else 0.0

    @staticmethod
    def held_for(cell: str) -> float | None:
        """A time in a reps column, for a log with no seconds column (GymBook's ``Repetitions /
        Time``): ``0:45`` or ``45s``, never a plain number (that is reps)."""
        try:
            _number(cell)
            return None
        except ValueError:
            pass
        try:
            return _duration(cell)
        except ValueError:
            return None

    def settle_timed(self) -> None:
        """Rows with seconds and no reps are holds (a plank, an isometric bridge) unless their
        exercise has sets with reps in the same workout: then they are its rest timers, which
        Strong can write on a row of the exercise with a set order, and are skipped (counted in
        ``skipped_rows``). Decided once every row is read: a timer row may come first."""
        for exercises, *_ in self.workouts.values():
            for agg in exercises.values():
                timed = agg[_TIMED]
                if timed is None:
                    continue
                agg[_TIMED] = None
                count, failed, weights, rpes, times, zero, body, helped = timed
                if agg[_RHI] > 0:
                    self.skipped += count
                    continue
                agg[_FAIL] += failed
                agg[_ZERO] += zero
                agg[_BODY] += body
                agg[_HELP] = _larger(agg[_HELP], helped)
                # what add() made of each timed set, from all of them (or from their largest
                # weight, RPE and time: what the aggregate keeps without keep_sets)
                self.add(agg, [0] * len(times), weights, rpes, times, positive=False)
                agg[_HARD] += count - len(times)

    def clock_order(self, workouts: list[_Workout]) -> list[LogIssue]:
        """The notice of the dates whose rows step back in time (an evening's session above the
        morning's), read by their ``Time`` column: each day's sessions in time order."""
        latest: dict[date, datetime] = {}
        back: list[tuple[int, date, datetime, datetime]] = []  # line, date, the time above, the time
        for _, start, _, line in sorted(workouts, key=itemgetter(3)):  # the file's order
            day = start.date()
            above = latest.get(day)
            if above is not None and start < above:
                if not back or back[-1][1] != day:
                    back.append((line, day, above, start))
            else:
                latest[day] = start
        if not back:
            return []
        line, day, above, start = back[0]
        dates = counted(len({b[1] for b in back}), "date")
        return [
            LogIssue(
                line,
                f"the rows of {dates} are not in time order ({day.isoformat()}: {above:%H:%M} above "
                f"{start:%H:%M}): each day's sessions are read in time order, by the "
                f"{shown(cast(str, self.fmt.clock), 30)} column",
            )
        ]

    def shown_unit(self) -> str:
        """The unit weights are shown in: the caller's, else the file's; for an export with a
        unit column (Strong's semicolon format) or weight cells naming their unit (``225 lbs``)
        and no choice, the unit most of its cells give (blank and unknown cells not counted; a
        tie is kilograms)."""
        if self.unit_chosen:
            return self.unit
        return "lb" if self.unit_cells["lb"] > self.unit_cells["kg"] else "kg"

    def result(self, source: str | None, n_rows: int, skipped: int) -> WorkoutLog:
        issues = sorted(self.issues, key=lambda i: i.line)  # settled dates report last
        if self.bad > len(issues):
            issues.append(LogIssue(0, f"{counted(self.bad - len(issues), 'more bad row')} not listed"))
        if not self.workouts:  # every row read is a skipped timer or note, or a bad row
            bad_rows = n_rows - skipped
            detail = f"; {bad_rows} bad row{'s' * (bad_rows != 1)}, first {issues[0]}" if issues else ""
            detail += f" ({self.fmt.columns})" if self.fmt.columns else ""
            raise LogFormatError(
                f"{_NO_SETS} {counted(n_rows, 'row')}{detail}",
                location=self.where,
                suggestion="is this the right export?",
            )
        workouts = list(self.workouts.values())
        starts = [start for _, start, _, _ in sorted(workouts, key=itemgetter(3))]  # in the file's order
        steps = [(a > b) - (a < b) for a, b in pairwise(starts)]  # 1: a step back in time
        falling, rising = steps.count(1), steps.count(-1)
        # an order of exercises to keep: a workout's, or a day's blocks read as one session
        ordered = any(len(ex) > 1 for ex, _, _, _ in workouts) or (
            self.fmt.by_day and len({start for _, start, _, _ in workouts}) < len(workouts)
        )
        newest_first = ordered and falling >= 2 and falling >= 4 * rising
        if newest_first:  # newest first (heuristic): each workout's too
            workouts = [(dict(reversed(ex.items())), start, t, line) for ex, start, t, line in workouts]
            issues.insert(
                0,
                LogIssue(
                    self.header_line,
                    "the rows run newest first: each workout's exercises are read in reverse, in the "
                    "order they were done",
                ),
            )
        if self.i_clock is not None and not newest_first:
            issues += self.clock_order(workouts)
        if len(set(starts)) < len(starts):  # workouts at one start: one under two names? (N13)
            workouts, said = _renamed_copies(workouts)
            issues += said
        date_only = self.fmt.date_only
        if self.fmt.by_day:  # a log from another app: one workout per name and session
            workouts, merged_days = _by_session(workouts, newest_first)
            if merged_days:
                issues.append(
                    LogIssue(
                        merged_days[0],
                        f"{counted(len(merged_days), 'day')} with several workout names and no time of day: "
                        "each day's rows are read as one session, in the file's order (a Time column or "
                        "times in the dates keep sessions apart)",
                    )
                )
            date_only = all(start.time() == time() for _, start, _, _ in workouts)
        rounded: dict[float, float] = {}
        built = sorted(
            (
                Workout(
                    title,
                    start,
                    date_only,
                    tuple(_build(n, a, rounded) for n, a in exercises.items()),
                    line,
                    *(_worst_pain(exercises.values()) if self.i_pain is not None else ()),
                )
                for exercises, start, title, line in workouts
            ),
            key=lambda w: (w.start, w.title, w.line),
        )
        from ._validate import mark_checked

        if self.utc_line:
            issues.insert(
                0,
                LogIssue(
                    self.utc_line,
                    "times are in UTC (Z, +00:00 or Unix time) and are read as written: pass timezone= "
                    "(--timezone in the CLI), e.g. 'America/New_York', to read them in local time (an "
                    "evening session in the Americas is the next day in UTC)",
                ),
            )
        if self.zone is not None and not self.zoned:
            issues.insert(
                0,
                LogIssue(
                    self.header_line,
                    "timezone= changes no time: no timestamp in the file gives an offset or Z, so each is "
                    "read as written (on the lifter's clock already)",
                ),
            )
        easy = sum(e.easy_sets for w in built for e in w.exercises)
        if easy:
            issues.insert(
                0,
                LogIssue(
                    self.header_line,
                    f"{counted(easy, 'set')} logged below RPE {EASY_RPE:g} (more than 4 reps in reserve): "
                    "not counted as hard sets",
                ),
            )
        if self.no_clock:
            column = shown(cast(str, self.fmt.clock), 30)
            issues.insert(
                0,
                LogIssue(
                    self.header_line,
                    f"{counted(self.no_clock, 'workout')}' {column} cells are not a time of day: read on "
                    "their date alone",
                ),
            )
        if self.filled:
            issues.insert(
                0,
                LogIssue(
                    self.first_filled,
                    f"{counted(self.filled, 'row')} with a blank date read as on the date above "
                    "(a session's date on its first row only)",
                ),
            )
        unit_assumed = (
            not self.unit_chosen
            and self.i_unit is None
            and not (self.unit_cells["kg"] or self.unit_cells["lb"])  # no cell names its unit either
            and any(e.top_kg is not None for w in built for e in w.exercises)
        )
        if not self.unit_chosen and self.i_unit is None:
            issues += _bare_weights_said(self.header_line, self.bare_weights, self.unit_cells, self.read_unit)
        if (
            self.unit_given
            and self.i_unit is None
            and not (self.unit_cells["kg"] or self.unit_cells["lb"])
            and any(e.top_kg is not None for w in built for e in w.exercises)
        ):
            issues.insert(0, LogIssue(self.header_line, _unit_given(self.fmt.description, self.unit)))
        if self.fmt.columns:  # what a generic log's columns were read as, first
            issues.insert(0, LogIssue(self.header_line, self.fmt.columns))
        elif unit_assumed:  # Strong's oldest export: nothing in the file says kg or lb
            issues.insert(
                0,
                LogIssue(
                    self.header_line,
                    f"this {self.fmt.description} export {_NO_UNIT}: weights are read "
                    "as kg (pass unit='lb', or --unit lb, for a pound account)",
                ),
            )
        log = WorkoutLog(
            self.fmt.name,
            self.shown_unit(),
            tuple(built),
            tuple(issues),
            n_rows,
            skipped,
            source,
            keep_sets=self.keep_sets,
            unit_assumed=unit_assumed,
        )
        return mark_checked(log)  # built from the rows it read: check() need not check it again
