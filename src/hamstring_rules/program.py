"""Training programs: the file format and the immutable objects inside (loading: ``_program_file``).

A program file (JSON or YAML) looks like::

    name: My lower days
    goal: tie_in_hypertrophy        # optional; check(goal=...) overrides it
    stage: 3                        # optional; rehab stage 1-4
    sessions:
      - name: Lower A
        day: mon                    # mon..sun or 1..7; the sessions repeat weekly
        exercises:
          - exercise: Romanian Deadlift
            sets: 3
            reps: 8-10                # an int, "8-10", or [8, 10]
            tempo: 3-1-1-0            # eccentric-pause-concentric-pause seconds; optional
            rir: 2                    # optional; or rpe: 8

Instead of ``sessions`` a program may give ``weeks: [{sessions: [...]}, ...]``. Validation is
pydantic's (imported only when a file or payload is parsed); errors name the file, the path
inside it (``sessions[1].exercises[0].sets``) and what was expected.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from ._validate import plain_fields
from .emitters import OneLineRepr

__all__ = [
    "DAYS",
    "Entry",
    "Limits",
    "Program",
    "Session",
    "Week",
]

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SCHEMA_VERSION = 1
#: Largest program file read, in bytes.
MAX_PROGRAM_BYTES = 1024 * 1024
#: Ceilings of the program schema (and the defaults of :class:`Limits`).
MAX_WEEKS = 104
MAX_SESSIONS = 21
MAX_EXERCISES = 60
MAX_TEXT = 200
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
    """An attrs converter: an ``int`` subclass (not a bool) as the plain ``int`` it holds, so a
    subclass whose comparisons or arithmetic raise or lie is not kept to misbehave later; any
    other value is left for the validator to refuse by name."""
    if isinstance(value, int) and not isinstance(value, bool) and type(value) is not int:
        return int.__int__(value)
    return value


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


#: Program objects read the built-in a str, int or float subclass holds (their big mapping of
#: lines and their own objects are not scanned).
_PLAIN_FIELDS = plain_fields(skip=r"\b(?:Entry|Session|Week|Mapping)\b")


@attrs.frozen(repr=False, field_transformer=_PLAIN_FIELDS)
class Entry(OneLineRepr):
    """One exercise in a session, as written (the name is resolved when checked)."""

    exercise: str
    sets: int
    reps_low: int
    reps_high: int
    tempo: tuple[int, int, int, int] | None = None
    rir: int | None = None
    rpe: float | None = None
    hold_s: int | None = None
    notes: str | None = None

    @property
    def reps(self) -> str:
        """``8-10`` or ``8``."""
        return str(self.reps_low) if self.reps_low == self.reps_high else f"{self.reps_low}-{self.reps_high}"

    @property
    def tempo_text(self) -> str | None:
        """``3-1-1-0`` or ``None``."""
        return "-".join(str(t) for t in self.tempo) if self.tempo else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"exercise": self.exercise, "sets": self.sets, "reps": self.reps}
        for key, value in (
            ("tempo", self.tempo_text),
            ("rir", self.rir),
            ("rpe", self.rpe),
            ("hold_s", self.hold_s),
            ("notes", self.notes),
        ):
            if value is not None:
                out[key] = value
        return out


@attrs.frozen(repr=False, field_transformer=_PLAIN_FIELDS)
class Session(OneLineRepr):
    """A training session: a name, an optional weekday (0 = Monday) and its entries in order."""

    name: str
    entries: tuple[Entry, ...]
    day: int | None = None
    start: datetime | None = None
    """When it started (workout logs); ``None`` in program files."""
    date_only: bool = False
    """``start`` has a date but no time of day (FitNotes)."""

    @property
    def day_name(self) -> str | None:
        return DAYS[self.day] if self.day is not None else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if self.day is not None:
            out["day"] = DAYS[self.day]
        out["exercises"] = [e.to_dict() for e in self.entries]
        return out


@attrs.frozen(repr=False, field_transformer=_PLAIN_FIELDS)
class Week(OneLineRepr):
    """One week of sessions; ``label`` names it (``week 2``, or an ISO week for logs)."""

    sessions: tuple[Session, ...]
    label: str | None = None


@attrs.frozen(repr=False, field_transformer=_PLAIN_FIELDS)
class Program(OneLineRepr):
    """A whole program: one repeating week, or several weeks."""

    name: str
    weeks: tuple[Week, ...]
    goal: str | None = None
    stage: int | None = None
    source: str | None = None
    """Where it came from (a file path), for error and finding locations."""
    lines: Mapping[tuple[int, int, int], int] = attrs.field(factory=dict, eq=False, repr=False)
    """Line numbers in the source file (YAML): ``(week, session, exercise)`` -> line, 1-based,
    with exercise 0 for the session itself. Empty when the source has none."""

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
        """The program file's data: ``load_program(p.to_dict()) == p`` (without ``source``)."""
        out: dict[str, Any] = {"name": self.name}
        if self.goal is not None:
            out["goal"] = self.goal
        if self.stage is not None:
            out["stage"] = self.stage
        if len(self.weeks) == 1:
            out["sessions"] = [s.to_dict() for s in self.weeks[0].sessions]
        else:
            out["weeks"] = [{"sessions": [s.to_dict() for s in w.sessions]} for w in self.weeks]
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        from ._validate import json_indent

        return json.dumps(self.to_dict(), indent=json_indent(indent), ensure_ascii=False)

    def to_yaml(self) -> str:
        """The program file as YAML, which :func:`~hamstring_rules.load_program` reads back to
        this program."""
        import yaml

        return str(yaml.dump(self.to_dict(), Dumper=_yaml_dumper(), sort_keys=False, allow_unicode=True))


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
