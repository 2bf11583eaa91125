"""Training programs: the file format and the immutable objects inside (loading: ``_program_file``).

A program file (JSON or YAML) looks like::

    name: My lower days
    goal: tie_in_hypertrophy        # optional; check(goal=...) overrides it
    stage: 3                        # optional; rehab stage 1-4
    sessions:
      - name: Lower A
        day: mon                    # a weekday; or 2, 'Day 2': the session's day of the program
        exercises:
          - exercise: Romanian Deadlift
            sets: 3
            reps: 8-10                # an int, "8-10", [8, 10]; each set's "10/8/6" or [10, 8, 6]
            load: 100 kg              # optional; 70% (of the 1RM), bodyweight: kept, read by no check
            tempo: 3-1-1-0            # eccentric-pause-concentric-pause seconds; optional
            rir: 2                    # optional; or rpe: 8

``sets`` may give the reps too (``3x8-10``, ``5 x 30-45 s hold``, groups ``1x5+, 2x8-10``); a list
of each set's reps beside ``sets`` lists as many as it says (else an error naming both).

Instead of ``sessions`` a program may give ``weeks: [{sessions: [...]}, ...]``. Validation is
pydantic's (imported only when a file or payload is parsed); errors name the file, the path
inside it (``sessions[1].exercises[0].sets``) and what was expected.
"""

from __future__ import annotations

import functools
import json
import math
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from datetime import time as clock_time
from typing import Any, SupportsFloat, SupportsIndex, TypeVar, cast

import attrs

from ._program_words import DAYS, MAX_EXERCISES, MAX_SESSIONS, MAX_TEXT, MAX_WEEKS, read_day
from ._validate import plain_fields
from .emitters import OneLineRepr
from .errors import RequestError, shown

__all__ = [
    "DAYS",
    "Entry",
    "Limits",
    "Program",
    "Session",
    "Week",
]

#: Largest program file read, in bytes.
MAX_PROGRAM_BYTES = 1024 * 1024
#: Supported years of logged dates (whole ISO weeks and timestamps stay inside datetime's range).
MIN_YEAR = 1900
MAX_YEAR = 9998
#: Largest workout-app export read (``hamstring_rules.logs`` uses the same ceiling).
MAX_LOG_BYTES = 512 * 1024 * 1024
#: Most ISO weeks a workout log may hold (20 years of training: each week is checked, about
#: 0.8 ms a week, so the limit keeps a check within a second) and distinct exercise names in it.
MAX_LOG_WEEKS = 1_040
MAX_LOG_NAMES = 2_000
#: Distinct exercise names in one program.
MAX_NAMES = 2_000
#: Entries (exercises) in a whole program: the count limits multiply (104 weeks x 21 sessions x
#: 60 exercises is 131,040 entries, 6-7 CPU-s to check), and a 1 MiB program file holds about
#: 20,000-30,000 (about 1-1.5 s).
MAX_ENTRIES = 30_000


def _plain_int(value: object) -> object:
    """An attrs converter: an ``int`` subclass or another integer type (``numpy.int64``; not a
    bool) as the plain ``int`` it holds, so a subclass whose comparisons or arithmetic raise or
    lie is not kept to misbehave later; any other value is left for the validator to refuse by
    name."""
    from ._validate import whole

    if type(value) is int:
        return value
    converted = whole(value)
    return value if converted is None else converted


def _at_most(ceiling: int) -> Any:
    """An attrs validator: a positive integer no larger than the schema's ``ceiling``."""

    def validate(_: object, attribute: attrs.Attribute[int], value: int) -> None:
        from ._validate import integer

        integer(value, f"Limits.{attribute.name}", minimum=1, maximum=ceiling)

    return validate


def _limit(ceiling: int) -> Any:
    """A :class:`Limits` field: a plain ``int`` from 1 to ``ceiling``, the default."""
    return attrs.field(default=ceiling, converter=_plain_int, validator=_at_most(ceiling))


@attrs.frozen
class Limits:
    """Size limits for untrusted input, checked before validation does real work.

    The defaults are the ceilings: a limit can be made stricter, not looser.
    """

    max_bytes: int = _limit(MAX_PROGRAM_BYTES)
    """Bytes of a program file."""
    max_weeks: int = _limit(MAX_WEEKS)
    max_sessions: int = _limit(MAX_SESSIONS)
    """Sessions per week."""
    max_exercises: int = _limit(MAX_EXERCISES)
    """Exercises per session."""
    max_text: int = _limit(MAX_TEXT)
    """Characters in a name."""
    max_log_bytes: int = _limit(MAX_LOG_BYTES)
    """Bytes of a workout-app CSV export given to ``check()``."""
    max_log_weeks: int = _limit(MAX_LOG_WEEKS)
    """ISO weeks a workout log may span (``load_log``, ``check`` of a CSV export)."""
    max_log_names: int = _limit(MAX_LOG_NAMES)
    """Distinct exercise names in a workout log."""
    max_names: int = _limit(MAX_NAMES)
    """Distinct exercise names in a program (each unknown one costs a resolver search)."""
    max_entries: int = _limit(MAX_ENTRIES)
    """Entries in a whole program, all weeks and sessions (a workout log is bounded by its bytes)."""

    def check(self, data: Any, where: str) -> None:
        """Raise :class:`~hamstring_rules.InputLimitError` where ``data`` is over a limit."""
        from .errors import InputLimitError

        if not isinstance(data, Mapping):
            return
        weeks = data.get("weeks")
        groups: list[tuple[str, Any]] = []
        if isinstance(weeks, list):
            if len(weeks) > self.max_weeks:
                raise InputLimitError(
                    f"{len(weeks)} weeks is over the limit of {self.max_weeks}", location=f"{where}: weeks"
                )
            groups += [
                (f"weeks[{i}].sessions", w.get("sessions"))
                for i, w in enumerate(weeks)
                if isinstance(w, Mapping)
            ]
        groups.append(("sessions", data.get("sessions")))
        names: set[str] = set()
        total = 0
        for path, sessions in groups:
            if not isinstance(sessions, list):
                continue
            if len(sessions) > self.max_sessions:
                raise InputLimitError(
                    f"{len(sessions)} sessions is over the limit of {self.max_sessions}",
                    location=f"{where}: {path}",
                )
            for i, session in enumerate(sessions):
                exercises = session.get("exercises") if isinstance(session, Mapping) else None
                if isinstance(exercises, list) and len(exercises) > self.max_exercises:
                    raise InputLimitError(
                        f"{len(exercises)} exercises is over the limit of {self.max_exercises}",
                        location=f"{where}: {path}[{i}].exercises",
                    )
                total += len(exercises) if isinstance(exercises, list) else 0
                if total > self.max_entries:
                    raise InputLimitError(
                        f"over {self.max_entries:,} exercise entries in the program",
                        location=f"{where}: {path}[{i}].exercises",
                        suggestion="split the program: each of its weeks, sessions and exercises counts",
                    )
                for j, entry in enumerate(exercises if isinstance(exercises, list) else []):
                    name = entry.get("exercise") if isinstance(entry, Mapping) else None
                    if isinstance(name, str) and len(name) > self.max_text:
                        raise InputLimitError(
                            f"a name of {len(name)} characters is over the limit of {self.max_text}",
                            location=f"{where}: {path}[{i}].exercises[{j}].exercise",
                        )
                    if isinstance(name, str) and name not in names:
                        names.add(name)
                        if len(names) > self.max_names:
                            raise InputLimitError(
                                f"over {self.max_names:,} distinct exercise names",
                                location=f"{where}: {path}[{i}].exercises[{j}].exercise",
                            )

    def check_program(self, program: Program, where: str = "program") -> None:
        """Raise :class:`~hamstring_rules.InputLimitError` where a :class:`Program` built in
        Python is over a limit, as :meth:`check` does for data: weeks (a dated program, a log,
        may span ``max_log_weeks``), sessions, exercises, entries in all, name length and
        distinct names."""
        from .errors import InputLimitError

        # read defensively: this runs before the program's fields are validated (a forged one is
        # the validation's to report)
        def items(obj: object, field: str) -> tuple[Any, ...]:
            value = getattr(obj, field, ())
            return value if isinstance(value, tuple) else ()

        weeks = items(program, "weeks")
        sessions = [s for w in weeks for s in items(w, "sessions")]
        dated = bool(sessions) and all(isinstance(getattr(s, "start", None), datetime) for s in sessions)
        max_weeks = self.max_log_weeks if dated else self.max_weeks
        if len(weeks) > max_weeks:
            raise InputLimitError(
                f"{len(weeks)} weeks is over the limit of {max_weeks}", location=f"{where}.weeks"
            )
        names: set[str] = set()
        total = 0
        for w, week in enumerate(weeks):
            at = f"{where}.weeks[{w}].sessions"
            if len(items(week, "sessions")) > self.max_sessions:
                raise InputLimitError(
                    f"{len(items(week, 'sessions'))} sessions is over the limit of {self.max_sessions}",
                    location=at,
                )
            for s, session in enumerate(items(week, "sessions")):
                entries = items(session, "entries")
                if len(entries) > self.max_exercises:
                    raise InputLimitError(
                        f"{len(entries)} exercises is over the limit of {self.max_exercises}",
                        location=f"{at}[{s}].entries",
                    )
                total += len(entries)
                if total > self.max_entries and not dated:
                    raise InputLimitError(
                        f"over {self.max_entries:,} exercise entries in the program",
                        location=f"{at}[{s}].entries",
                        suggestion="split the program: each of its weeks, sessions and exercises counts",
                    )
                for e, entry in enumerate(entries):
                    name = getattr(entry, "exercise", None)
                    if not isinstance(name, str) or name in names:
                        continue
                    if len(name) > self.max_text:
                        raise InputLimitError(
                            f"a name of {len(name)} characters is over the limit of {self.max_text}",
                            location=f"{at}[{s}].entries[{e}].exercise",
                        )
                    names.add(name)
                    if len(names) > (self.max_log_names if dated else self.max_names):
                        raise InputLimitError(
                            f"over {len(names) - 1:,} distinct exercise names",
                            location=f"{at}[{s}].entries[{e}].exercise",
                        )


def _whole_number(value: object) -> object:
    """An attrs converter for a count built in Python: an integer of another library (NumPy's
    ``int64``, anything with ``__index__``) or an integral float (``3.0``: a pandas column with a
    blank in it holds floats) as the ``int`` it is; any other value (a bool, ``3.5``, text) is
    left for :func:`~hamstring_rules.load_program`'s check to refuse by field."""
    if isinstance(value, bool | int | str | bytes) or value is None:
        return value
    if isinstance(value, float) or (hasattr(value, "__float__") and not hasattr(value, "__index__")):
        try:
            number = float(value)
        except (TypeError, ValueError, OverflowError):
            return value
        return int(number) if math.isfinite(number) and number.is_integer() else value
    if hasattr(value, "__index__"):
        try:
            return operator.index(value)
        except TypeError:
            return value
    return value


def _real_number(value: object) -> object:
    """An attrs converter for an RPE built in Python: a number of another library (NumPy's
    ``float32``) as a ``float``; other values are left for the check."""
    if value is None or isinstance(value, bool | int | float | str | bytes):
        return value
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return value


def _weekday(value: object) -> object:
    """An attrs converter for a session's weekday built in Python: a weekday's name (``"mon"``,
    ``"Thursday"``; see :func:`read_day`) as its number, 0 = Monday; numbers as
    :func:`_whole_number` reads them (0-6 here: the object holds a weekday, not the file's day)."""
    if isinstance(value, str):
        cell = read_day(value)
        return cell.weekday if cell is not None and cell.weekday is not None and cell.week is None else value
    return _whole_number(value)


def _items(value: object) -> object:
    """An attrs converter for a tuple field built in Python: a list, a generator or another
    sequence (not text or a mapping) as a tuple, so the frozen object stays hashable and
    unchangeable; other values are left for the check to refuse by field."""
    if isinstance(value, tuple | str | bytes | Mapping | set | frozenset) or value is None:
        return value
    if isinstance(value, list | Iterator | Sequence):
        return tuple(value)
    return value


def _counts(value: object) -> object:
    """:func:`_items`, each item through :func:`_whole_number` (a tempo's phases)."""
    items = _items(value)
    return tuple(map(_whole_number, items)) if isinstance(items, tuple) else items


# The converters as the fields declare them: what a typed caller may pass (attrs' mypy plugin
# reads the parameter's type), where the converters above take anything at run time.
def _count(value: SupportsIndex) -> int:
    return _whole_number(value)  # type: ignore[return-value]


def _optional_count(value: SupportsIndex | None) -> int | None:
    return _whole_number(value)  # type: ignore[return-value]


def _optional_real(value: SupportsFloat | None) -> float | None:
    return _real_number(value)  # type: ignore[return-value]


def _optional_weekday(value: SupportsIndex | str | None) -> int | None:
    return _weekday(value)  # type: ignore[return-value]


def _tempo(value: Iterable[SupportsIndex] | None) -> tuple[int, int, int, int] | None:
    return _counts(value)  # type: ignore[return-value]


def _phases(value: Iterable[SupportsIndex]) -> tuple[int, ...]:
    return _counts(value)  # type: ignore[return-value]


def _entries(value: Iterable[Entry]) -> tuple[Entry, ...]:
    return _items(value)  # type: ignore[return-value]


def _sessions(value: Iterable[Session]) -> tuple[Session, ...]:
    return _items(value)  # type: ignore[return-value]


def _weeks(value: Iterable[Week]) -> tuple[Week, ...]:
    return _items(value)  # type: ignore[return-value]


class _ProgramRepr(OneLineRepr):
    """The one-line repr, or, for an object built in Python with a field it cannot summarise
    (``Session("A", 5)``), one naming that field: a repr never raises (a debugger, a traceback
    and pytest's report call it on exactly such objects)."""

    __slots__ = ()

    def __repr__(self) -> str:
        try:
            return super().__repr__()
        except Exception:  # the field is named below instead
            found = problem_of(self, type(self).__name__.lower())
            where, what = found if found is not None else ("", "a field it cannot show")
            return f"<{type(self).__name__} invalid: {where}: {what}>"


#: Program objects read the built-in a str, int or float subclass holds (their big mapping of
#: lines and their own objects are not scanned).
_PLAIN_FIELDS = plain_fields(skip=r"\b(?:Entry|Session|Week|Mapping)\b")


@attrs.frozen(repr=False, field_transformer=_PLAIN_FIELDS)
class Entry(_ProgramRepr):
    """One exercise in a session, as written (the name is resolved when checked)."""

    exercise: str
    sets: int = attrs.field(converter=_count)
    reps_low: int = attrs.field(converter=_count)
    reps_high: int = attrs.field(converter=_count)
    tempo: tuple[int, int, int, int] | None = attrs.field(default=None, converter=_tempo)
    rir: int | None = attrs.field(default=None, converter=_optional_count)
    rpe: float | None = attrs.field(default=None, converter=_optional_real)
    hold_s: int | None = attrs.field(default=None, converter=_optional_count)
    notes: str | None = None
    explosive: tuple[int, ...] = attrs.field(default=(), converter=_phases)
    """The tempo's phases written ``X`` (0: the eccentric, 2: the concentric), done as fast as
    possible (``3-1-X-0``). Such a phase holds 0 in :attr:`tempo`, the seconds the tempo
    prescribes, and is written back and shown as ``X``: a written ``0`` is no such phase at all
    (``4-0-0-0``, the eccentric-only Nordic), an ``X`` an intended fast one."""
    per_side: bool = attrs.field(default=False, kw_only=True)
    """The reps are counted per side (``8-10 per leg``: a single-leg exercise's dose, each leg),
    as written and as the library prescribes unilateral work; written back as ``per leg``."""
    load: str | None = attrs.field(default=None, kw_only=True)
    """The load as a program file's ``load:`` gives it (``100 kg``, ``70%`` - of the 1RM -,
    ``bodyweight``), written back as it was; no check reads it."""

    @property
    def reps(self) -> str:
        """``8-10`` or ``8``."""
        return str(self.reps_low) if self.reps_low == self.reps_high else f"{self.reps_low}-{self.reps_high}"

    @property
    def tempo_text(self) -> str | None:
        """``3-1-1-0``, ``3-1-X-0`` (see :attr:`explosive`) or ``None``."""
        if not self.tempo:
            return None
        if not isinstance(self.tempo, tuple) or not isinstance(self.explosive, tuple):
            return str(self.tempo)  # built in Python: load_program names the field
        return "-".join("X" if i in self.explosive else str(t) for i, t in enumerate(self.tempo))

    def to_dict(self) -> dict[str, Any]:
        """The entry as a program file writes it: reps as a number (``8``) or a range
        (``"8-10"``), an RPE without a needless ``.0``, the tempo with its ``X``."""
        fields_checked(self)
        reps: int | str = self.reps_low if self.reps_low == self.reps_high else self.reps
        if self.per_side:
            reps = f"{reps} per leg"
        rpe = int(self.rpe) if isinstance(self.rpe, float) and self.rpe.is_integer() else self.rpe
        out: dict[str, Any] = {"exercise": self.exercise, "sets": self.sets, "reps": reps}
        for key, value in (
            ("load", self.load),
            ("tempo", self.tempo_text),
            ("rir", self.rir),
            ("rpe", rpe),
            ("hold_s", self.hold_s),
            ("notes", self.notes),
        ):
            if value is not None:
                out[key] = value
        return out


@attrs.frozen(repr=False, field_transformer=_PLAIN_FIELDS)
class Session(_ProgramRepr):
    """A training session: a name, an optional weekday (0 = Monday) and its entries in order."""

    name: str
    entries: tuple[Entry, ...] = attrs.field(converter=_entries)
    day: int | None = attrs.field(default=None, converter=_optional_weekday)
    """The weekday, 0 = Monday (a name such as ``"mon"`` is read as its number)."""
    start: datetime | None = None
    """When it started (workout logs); ``None`` in program files."""
    date_only: bool = False
    """``start`` has a date but no time of day (FitNotes)."""
    time: clock_time | None = None
    """A program's session's time of day, when its file says one (``time: "18:00"``, a sheet's
    ``Mon 18:00`` or ``Mon PM``: a part of the day is a heuristic hour, see
    :data:`~hamstring_rules._program_words.PART_OF_DAY_HOURS`): with ``day``, it puts two
    sessions of one day hours apart. ``None`` when not said (a log's sessions have ``start``)."""
    notes: str | None = attrs.field(default=None, kw_only=True)
    """The session's notes as its file gives them (``notes: warm up well``): kept and written
    back (:meth:`to_dict`); no check reads them."""

    @property
    def day_name(self) -> str | None:
        """``mon``..``sun``, or ``None`` (no weekday, or one out of range: load_program refuses it)."""
        return DAYS[self.day] if isinstance(self.day, int) and 0 <= self.day < len(DAYS) else None

    def to_dict(self) -> dict[str, Any]:
        """The session as a program file writes it (see :meth:`Program.to_dict`)."""
        fields_checked(self)
        out: dict[str, Any] = {"name": self.name}
        if self.day_name is not None:
            out["day"] = self.day_name
        if isinstance(self.time, clock_time):
            out["time"] = f"{self.time.hour:02d}:{self.time.minute:02d}"
        if self.notes is not None:
            out["notes"] = self.notes
        out["exercises"] = [e.to_dict() for e in self.entries]
        return out


@attrs.frozen(repr=False, field_transformer=_PLAIN_FIELDS)
class Week(_ProgramRepr):
    """One week of sessions; ``label`` names it (``week 2``, or an ISO week for logs)."""

    sessions: tuple[Session, ...] = attrs.field(converter=_sessions)
    label: str | None = None
    stage: int | None = attrs.field(default=None, converter=_optional_count, kw_only=True)
    """The rehab stage 1-4 this week is done at (a physio's plan by stage: a sheet's ``Stage``
    column, a program file's ``stage:`` per week); ``None``: the program's stage. A staged goal
    judges the week at it (``check(stage=...)`` overrides every week's)."""
    name: str | None = attrs.field(default=None, kw_only=True)
    """The week's own name in its file (``name: Deload``), shown with its number in the label
    (``week 4 (Deload)``)."""
    notes: str | None = attrs.field(default=None, kw_only=True)
    """The week's notes as its file gives them: kept and written back; no check reads them."""


_T = TypeVar("_T")


@functools.cache
def _field_defaults(cls: Any) -> tuple[tuple[str, Any], ...]:
    return tuple((f.name, f.default) for f in attrs.fields(cls))


def trusted(cls: type[_T], **values: Any) -> _T:
    """An :class:`Entry`, :class:`Session` or :class:`Week` from values the library made itself
    (exact built-ins, tuples, a weekday number), set without the converters a caller's values go
    through: a workout log builds one entry per exercise of each workout (:meth:`WorkoutLog.to_program`).
    A field left out takes its default; a required one left out is a ``TypeError``."""
    obj = object.__new__(cls)
    for name, default in _field_defaults(cast(Any, cls)):
        value = values.pop(name, default)
        if value is attrs.NOTHING or isinstance(value, attrs.Factory):  # type: ignore[arg-type]
            raise TypeError(f"{cls.__name__}: {name} is required")
        object.__setattr__(obj, name, value)
    if values:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(values))}")
    return obj


@attrs.frozen(repr=False, field_transformer=_PLAIN_FIELDS)
class Program(_ProgramRepr):
    """A whole program: one repeating week, or several weeks."""

    name: str
    weeks: tuple[Week, ...] = attrs.field(converter=_weeks)
    goal: str | None = None
    stage: int | None = attrs.field(default=None, converter=_optional_count)
    source: str | None = None
    """Where it came from (a file path), for error and finding locations."""
    lines: Mapping[tuple[int, int, int], int] = attrs.field(factory=dict, eq=False, repr=False)
    """Line numbers in the source file (YAML): ``(week, session, exercise)`` -> line, 1-based,
    with exercise 0 for the session itself. Empty when the source has none."""
    notices: tuple[str, ...] = attrs.field(default=(), eq=False, repr=False)
    """What reading the file passed over, said (a program sheet's columns not read, set types
    not understood); :func:`~hamstring_rules.check` lists them with the input's issues."""

    def line_of(self, week: int | None, session: int | None, exercise: int | None) -> int | None:
        """The source line of a place, or ``None`` (see :attr:`lines`)."""
        from ._validate import integer

        week, session, exercise = (
            integer(v, n, minimum=0, optional=True)
            for v, n in ((week, "week"), (session, "session"), (exercise, "exercise"))
        )
        if session is None:
            return None
        return self.lines.get((week or 1, session, exercise or 0))

    @property
    def sessions(self) -> tuple[Session, ...]:
        """The sessions of the first week (the whole program when it repeats weekly)."""
        return self.weeks[0].sessions if self.weeks else ()

    def to_dict(self) -> dict[str, Any]:
        """The program file's data: ``load_program(p.to_dict()) == p`` (without ``source``).

        Raises :class:`~hamstring_rules.RequestError` naming the field of a program built in
        Python that no program file could hold (``program.weeks[0].sessions[0].day``; 21 sets
        or 0 reps, which a workout log may have, are the file's limits)."""
        fields_checked(self)
        out: dict[str, Any] = {"name": self.name}
        if self.goal is not None:
            out["goal"] = self.goal
        if self.stage is not None:
            out["stage"] = self.stage
        first = self.weeks[0] if len(self.weeks) == 1 else None
        if first is not None and first.stage is None and first.name is None and first.notes is None:
            out["sessions"] = [s.to_dict() for s in first.sessions]
        else:
            out["weeks"] = [
                {
                    **({"name": w.name} if w.name is not None else {}),
                    **({"stage": w.stage} if w.stage is not None else {}),
                    **({"notes": w.notes} if w.notes is not None else {}),
                    "sessions": [s.to_dict() for s in w.sessions],
                }
                for w in self.weeks
            ]
        _check_loadable(out, "sessions" in out)
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        from ._validate import json_indent

        return json.dumps(self.to_dict(), indent=json_indent(indent), ensure_ascii=False)

    def to_yaml(self) -> str:
        """The program file as YAML, which :func:`~hamstring_rules.load_program` reads back to
        this program."""
        import yaml

        return str(yaml.dump(self.to_dict(), Dumper=_yaml_dumper(), sort_keys=False, allow_unicode=True))


def _check_loadable(data: dict[str, Any], one_week: bool) -> None:
    """Raise :class:`~hamstring_rules.RequestError` when a program file could not hold ``data``
    (what :meth:`Program.to_dict` built): a Program's fields are as wide as a workout log needs,
    a program file's are not, and ``to_dict``, ``to_json`` and ``to_yaml`` promise a file that
    :func:`~hamstring_rules.load_program` reads back. Located as the Program's own field."""
    from ._program_schema import file_problem

    problem = file_problem(data)
    if problem is None:
        return
    loc, message = problem
    at = "program"
    for i, part in enumerate(loc):
        if isinstance(part, int):
            at += f"[{part}]"
        elif part == "sessions" and i == 0 and one_week:  # one week is written as sessions
            at += ".weeks[0].sessions"
        else:
            at += "." + {"exercises": "entries"}.get(str(part), str(part))
    raise RequestError(f"no program file can hold it: {message}", location=at)


@functools.cache
def _yaml_dumper() -> Any:
    """PyYAML's safe dumper, but a string holding a NEL (U+0085) is double-quoted, where it is
    escaped: PyYAML writes it raw in a plain or single-quoted string, and a YAML reader takes a
    raw NEL for a line break (a name ``'c\x85'`` came back as ``'c '``)."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper: Any, value: str) -> Any:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"' if "\x85" in value else None)

    Dumper.add_representer(str, text)
    return Dumper


# -- the fields of a program built in Python (checked at the boundary and before writing) ---------


def fields_checked(obj: object) -> None:
    """Raise :class:`~hamstring_rules.RequestError` naming the first field of a program (a week,
    session or entry) built in Python that the library cannot use: what ``to_dict()`` writes
    must load."""
    from ._validate import is_checked

    if not is_checked(obj):
        problem = problem_of(obj, type(obj).__name__.lower())
        if problem is not None:
            raise RequestError(problem[1], location=problem[0])


def problem_of(obj: object, at: str) -> tuple[str, str] | None:
    """The first unusable field of a :class:`Program`, :class:`Week`, :class:`Session` or
    :class:`Entry` built in Python, and those inside it: ``(place, what was expected)``."""
    from .program import Entry, Session, Week

    if isinstance(obj, Entry):
        return _entry_problem(obj, at)
    if isinstance(obj, Session):
        return _session_problem(obj, at) or _items_problem(obj.entries, f"{at}.entries", Entry)
    if isinstance(obj, Week):
        if not (obj.stage is None or _whole(obj.stage, 1, 4)):
            return f"{at}.stage", f"expected a stage 1-4 or None, got {shown(obj.stage)}"
        for name in ("label", "name", "notes"):
            if not isinstance(getattr(obj, name), str | None):
                return f"{at}.{name}", f"expected text or None, got {shown(getattr(obj, name))}"
        return _items_problem(obj.sessions, f"{at}.sessions", Session)
    if isinstance(obj, Program):
        fields: list[tuple[str, object, bool, str]] = [
            ("name", obj.name, isinstance(obj.name, str), "text"),
            ("goal", obj.goal, obj.goal is None or isinstance(obj.goal, str), "a goal id or None"),
            ("stage", obj.stage, obj.stage is None or _whole(obj.stage, 1, 4), "a stage 1-4"),
        ]
        for name, value, ok, expected in fields:
            if not ok:
                return f"{at}.{name}", f"expected {expected}, got {shown(value)}"
        return _items_problem(obj.weeks, f"{at}.weeks", Week)
    return at, f"expected a Program, Week, Session or Entry, got {shown(obj)}"


def _items_problem(items: object, at: str, kind: type) -> tuple[str, str] | None:
    """The first problem of a tuple field's items (each checked by :func:`problem_of`)."""
    if not isinstance(items, tuple):
        return at, f"expected a tuple of {kind.__name__} objects, got {shown(items)}"
    for i, item in enumerate(items):
        if not isinstance(item, kind):
            return f"{at}[{i}]", f"expected a {kind.__name__} object, got {shown(item)}"
        if (found := problem_of(item, f"{at}[{i}]")) is not None:
            return found
    return None


def _text(value: object) -> bool:
    """Text a program file's name could hold: 1 to ``MAX_TEXT`` characters."""
    return isinstance(value, str) and 1 <= len(value) <= MAX_TEXT


def _whole(value: object, low: int, high: int) -> bool:
    """A whole number (an ``int``, not a bool) in ``low``-``high``."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _session_problem(session: Any, at: str) -> tuple[str, str] | None:
    fields: list[tuple[str, object, bool, str]] = [
        ("name", session.name, isinstance(session.name, str), "text"),
        (
            "day",
            session.day,
            session.day is None or _whole(session.day, 0, 6),
            "a weekday 0 (Monday) to 6, or None",
        ),
    ]
    if session.time is not None and (
        not isinstance(session.time, clock_time) or isinstance(session.time, datetime)
    ):
        return f"{at}.time", f"expected a datetime.time or None, got {shown(session.time)}"
    if not isinstance(session.notes, str | None):
        return f"{at}.notes", f"expected text or None, got {shown(session.notes)}"
    if session.start is not None and not isinstance(session.start, datetime):
        return f"{at}.start", f"expected a datetime or None, got {shown(session.start)}"
    if session.start is not None and not MIN_YEAR <= session.start.year <= MAX_YEAR:
        return (
            f"{at}.start",
            f"expected a start in the years {MIN_YEAR}-{MAX_YEAR}, got {shown(session.start)}",
        )
    for name, value, ok, expected in fields:
        if not ok:
            return f"{at}.{name}", f"expected {expected}, got {shown(value)}"
    return None


def _entry_problem(entry: Any, at: str) -> tuple[str, str] | None:
    """The first field of an entry out of its type or range (ranges as wide as a workout log
    needs: 0 sets or reps may be logged; a program file is stricter)."""
    from ._validate import MAX_INT

    reps_low, reps_high = entry.reps_low, entry.reps_high
    tempo, explosive = entry.tempo, entry.explosive
    fields: list[tuple[str, object, bool, str]] = [
        ("exercise", entry.exercise, _text(entry.exercise), f"an exercise's name of 1-{MAX_TEXT} characters"),
        ("sets", entry.sets, _whole(entry.sets, 0, MAX_INT), "a whole number of sets from 0"),
        ("reps_low", reps_low, _whole(reps_low, 0, MAX_INT), "a whole number of reps from 0"),
        (
            "reps_high",
            reps_high,
            _whole(reps_high, 0, MAX_INT) and (not _whole(reps_low, 0, MAX_INT) or reps_high >= reps_low),
            f"a whole number of reps, at least reps_low ({shown(reps_low)})",
        ),
        (
            "tempo",
            tempo,
            tempo is None
            or (isinstance(tempo, tuple) and len(tempo) == 4 and all(_whole(t, 0, MAX_INT) for t in tempo)),
            "four whole seconds (eccentric, pause, concentric, pause) or None",
        ),
        ("rir", entry.rir, entry.rir is None or _whole(entry.rir, 0, 10), "reps in reserve 0-10 or None"),
        (
            "rpe",
            entry.rpe,
            entry.rpe is None
            or (
                isinstance(entry.rpe, int | float)
                and not isinstance(entry.rpe, bool)
                and 0 <= entry.rpe <= 10
            ),
            "an RPE 0-10 or None",
        ),
        (
            "hold_s",
            entry.hold_s,
            entry.hold_s is None or _whole(entry.hold_s, 0, MAX_INT),
            "whole seconds or None",
        ),
        ("notes", entry.notes, entry.notes is None or isinstance(entry.notes, str), "text or None"),
        (
            "explosive",
            explosive,
            isinstance(explosive, tuple)
            and all(_whole(i, 0, 3) and i in (0, 2) for i in explosive)
            and len(set(explosive)) == len(explosive)
            and (
                not explosive
                or (isinstance(tempo, tuple) and len(tempo) == 4 and all(tempo[i] == 0 for i in explosive))
            ),
            "the tempo's phases written X, 0 (eccentric) or 2 (concentric), each 0 s in the tempo",
        ),
        ("per_side", entry.per_side, isinstance(entry.per_side, bool), "True or False"),
        ("load", entry.load, entry.load is None or isinstance(entry.load, str), "text or None"),
    ]
    for name, value, ok, expected in fields:
        if not ok:
            return f"{at}.{name}", f"expected {expected}, got {shown(value)}"
    return None
