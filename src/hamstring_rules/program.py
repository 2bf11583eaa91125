"""Training programs: the file format, loading, and the immutable objects inside.

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

import json
import os
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from .emitters import OneLineRepr
from .errors import ProgramError, RequestError, shown

__all__ = [
    "DAYS",
    "Entry",
    "Limits",
    "Program",
    "Session",
    "Week",
    "json_schema",
    "load_program",
    "program_json_schema",
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
#: Most ISO weeks a workout log may span (50 years) and distinct exercise names in it.
MAX_LOG_WEEKS = 2_600
MAX_LOG_NAMES = 2_000
#: Distinct exercise names in one program.
MAX_NAMES = 2_000


def _at_most(ceiling: int) -> Any:
    """An attrs validator: a positive integer no larger than the schema's ``ceiling``."""

    def validate(_: object, attribute: attrs.Attribute[int], value: int) -> None:
        from ._validate import integer

        integer(value, f"Limits.{attribute.name}", minimum=1, maximum=ceiling)

    return validate


@attrs.frozen
class Limits:
    """Size limits for untrusted input, checked before validation does real work.

    The defaults are the ceilings: a limit can be made stricter, not looser.
    """

    max_bytes: int = attrs.field(default=MAX_PROGRAM_BYTES, validator=_at_most(MAX_PROGRAM_BYTES))
    """Bytes of a program file."""
    max_weeks: int = attrs.field(default=MAX_WEEKS, validator=_at_most(MAX_WEEKS))
    max_sessions: int = attrs.field(default=MAX_SESSIONS, validator=_at_most(MAX_SESSIONS))
    """Sessions per week."""
    max_exercises: int = attrs.field(default=MAX_EXERCISES, validator=_at_most(MAX_EXERCISES))
    """Exercises per session."""
    max_text: int = attrs.field(default=MAX_TEXT, validator=_at_most(MAX_TEXT))
    """Characters in a name."""
    max_log_bytes: int = attrs.field(default=MAX_LOG_BYTES, validator=_at_most(MAX_LOG_BYTES))
    """Bytes of a workout-app CSV export given to ``check()``."""
    max_log_weeks: int = attrs.field(default=MAX_LOG_WEEKS, validator=_at_most(MAX_LOG_WEEKS))
    """ISO weeks a workout log may span (``load_log``, ``check`` of a CSV export)."""
    max_log_names: int = attrs.field(default=MAX_LOG_NAMES, validator=_at_most(MAX_LOG_NAMES))
    """Distinct exercise names in a workout log."""
    max_names: int = attrs.field(default=MAX_NAMES, validator=_at_most(MAX_NAMES))
    """Distinct exercise names in a program (each unknown one costs a resolver search)."""

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


@attrs.frozen(repr=False)
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


@attrs.frozen(repr=False)
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


@attrs.frozen(repr=False)
class Week(OneLineRepr):
    """One week of sessions; ``label`` names it (``week 2``, or an ISO week for logs)."""

    sessions: tuple[Session, ...]
    label: str | None = None


@attrs.frozen(repr=False)
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
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_yaml(self) -> str:
        import yaml

        return str(yaml.safe_dump(self.to_dict(), sort_keys=False, allow_unicode=True))


def load_program(
    source: str | os.PathLike[str] | Mapping[str, Any] | Program,
    *,
    name: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Program:
    """Load and validate a program from a file, parsed data, or a :class:`Program`.

    This is the explicit file function: a ``str`` here is a file path (``.json``, ``.yaml``,
    ``.yml``). ``limits`` (a :class:`Limits`) caps file size, weeks, sessions, exercises and
    name length before validation runs (``max_bytes`` is a shortcut for its file size); the
    schema also caps sets (20), reps (100) and tempo phases (20 s). A :class:`Program` built
    by hand is checked field by field.

    Raises :class:`~hamstring_rules.ProgramError` naming the file, the path inside it and
    what was expected; :class:`~hamstring_rules.InputLimitError` for oversized input;
    :class:`~hamstring_rules.RequestError` for a bad argument.
    """
    from ._validate import byte_limit, instance, text

    limits = Limits() if limits is None else instance(limits, Limits, "limits")
    if max_bytes is not None:
        limits = attrs.evolve(limits, max_bytes=byte_limit(max_bytes))
    text(name, "name", max_length=MAX_TEXT, optional=True)
    if isinstance(source, Program):
        return checked_program(source)
    if isinstance(source, Mapping):
        from ._files import check_depth

        where = name or "program"
        check_depth(source, where=where)
        limits.check(source, where)
        return _from_data(source, where=where)
    if isinstance(source, str | os.PathLike):
        from ._files import read_structured
        from ._validate import file_path

        path = file_path(source, error=ProgramError, name="source")
        fmt_ok = path.suffix.lower() in (".json", ".yaml", ".yml")
        if not fmt_ok:
            raise ProgramError(
                "unknown program file type",
                location=str(path),
                suggestion="use .json, .yaml or .yml (or a .csv workout-app export with load_log)",
            )
        raw_lines: dict[tuple[str | int, ...], int] = {}
        longest = max(limits.max_weeks, limits.max_sessions, limits.max_exercises)
        data = read_structured(
            path, error=ProgramError, max_bytes=limits.max_bytes, max_items=longest, lines=raw_lines
        )
        limits.check(data, str(path))
        program = _from_data(data, where=str(path))
        return attrs.evolve(program, source=str(path), lines=_program_lines(raw_lines))
    raise RequestError(
        f"expected a file path, a mapping or a Program, got {type(source).__name__}", location="source"
    )


def checked_program(program: Program) -> Program:
    """A :class:`Program` built in Python, checked at the boundary: every field of the
    right type and in a usable range (a forged object is a RequestError, not a crash inside)."""
    from ._validate import attrs_object, is_checked, mark_checked

    if is_checked(program):
        return program
    attrs_object(program, Program, "program", mark=False)  # marked once the ranges pass too
    if program.stage is not None and not 1 <= program.stage <= 4:
        raise RequestError("stage must be 1-4", location="program.stage")
    for w, week in enumerate(program.weeks):
        for s, session in enumerate(week.sessions):
            at = f"program.weeks[{w}].sessions[{s}]"
            if session.day is not None and not 0 <= session.day <= 6:
                raise RequestError("day must be 0 (Monday) to 6", location=f"{at}.day")
            if session.start is not None and not MIN_YEAR <= session.start.year <= MAX_YEAR:
                raise RequestError(
                    f"start must be in the years {MIN_YEAR}-{MAX_YEAR}", location=f"{at}.start"
                )
            for e, entry in enumerate(session.entries):
                ok = (
                    entry.sets >= 0
                    and 0 <= entry.reps_low <= entry.reps_high
                    and (entry.tempo is None or min(entry.tempo) >= 0)
                    and (entry.rpe is None or 0 <= entry.rpe <= 10)
                    and (entry.rir is None or entry.rir >= 0)
                    and (entry.hold_s is None or entry.hold_s >= 0)
                )
                if not ok:
                    raise RequestError(
                        "sets, reps, tempo, rir, rpe or hold_s out of range", location=f"{at}.entries[{e}]"
                    )
    return mark_checked(program)


def _program_lines(raw: Mapping[tuple[str | int, ...], int]) -> dict[tuple[int, int, int], int]:
    """Parsed-file lines by data path -> lines by (week, session, exercise), 1-based."""
    out: dict[tuple[int, int, int], int] = {}
    for path, line in raw.items():
        if path[:1] == ("weeks",) and len(path) >= 4 and path[2] == "sessions":
            week, rest = path[1], path[3:]
        elif path[:1] == ("sessions",):
            week, rest = 0, path[1:]
        else:
            continue
        if not isinstance(week, int) or not rest or not isinstance(rest[0], int):
            continue
        if len(rest) == 1:
            out[(week + 1, rest[0] + 1, 0)] = line
        elif len(rest) == 3 and rest[1] == "exercises" and isinstance(rest[2], int):
            out[(week + 1, rest[0] + 1, rest[2] + 1)] = line
    return out


def _from_data(data: Any, *, where: str) -> Program:
    from ._program_schema import validate_program

    return validate_program(data, where=where)


def program_json_schema() -> dict[str, Any]:
    """The JSON Schema of the program file (with ``schema_version``)."""
    from ._program_schema import json_schema

    return json_schema()


#: The JSON contracts :func:`json_schema` knows: the program file and the two JSON outputs.
SCHEMA_KINDS = ("program", "check", "recommend")


def json_schema(kind: str = "program") -> dict[str, Any]:
    """A JSON Schema (Draft 2020-12) of one of the library's JSON contracts.

    ``"program"``: the program file :func:`load_program` and ``check`` accept (the same as
    :func:`program_json_schema`); ``"check"``: ``Report.to_dict()`` and ``check --format json``;
    ``"recommend"``: ``RecommendationResult.to_dict()`` and ``recommend --format json``. The
    output schemas require every documented field and allow new ones (fields are added, never
    removed). Raises :class:`~hamstring_rules.RequestError` for another ``kind``.
    """
    if kind == "program":
        return program_json_schema()
    if kind not in SCHEMA_KINDS:
        from .errors import RequestError

        raise RequestError(
            f"unknown schema {shown(kind)}", location="kind", suggestion="known: " + ", ".join(SCHEMA_KINDS)
        )
    import json

    from ._data import read_text

    schema: dict[str, Any] = json.loads(read_text(f"{kind}.schema.json"))
    return schema
