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
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs

from .errors import ProgramError

__all__ = ["DAYS", "Entry", "Limits", "Program", "Session", "Week", "load_program", "program_json_schema"]

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SCHEMA_VERSION = 1
#: Largest program file read, in bytes.
MAX_PROGRAM_BYTES = 5 * 1024 * 1024
#: Ceilings of the program schema (and the defaults of :class:`Limits`).
MAX_WEEKS = 104
MAX_SESSIONS = 21
MAX_EXERCISES = 60
MAX_TEXT = 200


def _positive(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        from .errors import RequestError

        raise RequestError(f"{attribute.name} must be a positive integer, got {value!r}", location="limits")


@attrs.frozen
class Limits:
    """Size limits for untrusted program input, checked before validation does real work.

    The defaults are also the schema's ceilings: a limit can be made stricter, not looser.
    """

    max_bytes: int = attrs.field(default=MAX_PROGRAM_BYTES, validator=_positive)
    max_weeks: int = attrs.field(default=MAX_WEEKS, validator=_positive)
    max_sessions: int = attrs.field(default=MAX_SESSIONS, validator=_positive)
    """Sessions per week."""
    max_exercises: int = attrs.field(default=MAX_EXERCISES, validator=_positive)
    """Exercises per session."""
    max_text: int = attrs.field(default=MAX_TEXT, validator=_positive)
    """Characters in a name."""

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


@attrs.frozen
class Entry:
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


@attrs.frozen
class Session:
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


@attrs.frozen
class Week:
    """One week of sessions; ``label`` names it (``week 2``, or an ISO week for logs)."""

    sessions: tuple[Session, ...]
    label: str | None = None


@attrs.frozen
class Program:
    """A whole program: one repeating week, or several weeks."""

    name: str
    weeks: tuple[Week, ...]
    goal: str | None = None
    stage: int | None = None
    source: str | None = None
    """Where it came from (a file path), for error and finding locations."""

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
    source: str | Path | Mapping[str, Any] | Program,
    *,
    name: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Program:
    """Load and validate a program from a file path, parsed data, or a :class:`Program`.

    ``limits`` (a :class:`Limits`) caps file size, weeks, sessions, exercises and name length
    before validation runs (``max_bytes`` is a shortcut for its file size); the schema also caps
    sets (20), reps (100) and tempo phases (20 s).

    Raises :class:`~hamstring_rules.ProgramError` naming the file, the path inside it and
    what was expected; :class:`~hamstring_rules.InputLimitError` for oversized input.
    """
    limits = Limits() if limits is None else limits
    if max_bytes is not None:
        limits = attrs.evolve(limits, max_bytes=max_bytes)
    if isinstance(source, Program):
        return source
    if isinstance(source, Mapping):
        where = name or "program"
        limits.check(source, where)
        return _from_data(source, where=where)
    if isinstance(source, str | Path):
        from ._files import read_structured

        path = Path(source)
        fmt_ok = path.suffix.lower() in (".json", ".yaml", ".yml")
        if not fmt_ok:
            raise ProgramError(
                "unknown program file type",
                location=str(path),
                suggestion="use .json, .yaml or .yml (or a .csv workout-app export with load_log)",
            )
        data = read_structured(path, error=ProgramError, max_bytes=limits.max_bytes)
        limits.check(data, str(path))
        program = _from_data(data, where=str(path))
        return attrs.evolve(program, source=str(path))
    raise ProgramError(f"expected a file path, a mapping or a Program, got {type(source).__name__}")


def _from_data(data: Any, *, where: str) -> Program:
    from ._program_schema import validate_program

    return validate_program(data, where=where)


def program_json_schema() -> dict[str, Any]:
    """The JSON Schema of the program file (with ``schema_version``)."""
    from ._program_schema import json_schema

    return json_schema()
