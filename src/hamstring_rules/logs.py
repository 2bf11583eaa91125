"""Workout logs: read the CSV exports of Strong, Hevy and FitNotes, and check what was trained.

:func:`load_log` detects the app from the header (Strong's three header variants, Hevy in kg or
lb, FitNotes), streams the rows with the ``csv`` module (comma or semicolon, quoted or not),
normalises weights to kg, leaves warm-up sets out of the hard sets, skips rest-timer and note
rows, keeps body-weight sets, and groups the sets into dated workouts. A bad row is reported
with its line number and the rest is kept.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import attrs

from .errors import InputLimitError, LogFormatError
from .program import MAX_LOG_BYTES, Entry, Program, Session, Week

__all__ = ["LOG_FORMATS", "LogIssue", "LoggedExercise", "Workout", "WorkoutLog", "load_log"]

#: Largest export read (bytes); larger files are refused before reading.
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


_HEVY_KG = _Format(
    "hevy_kg", "Hevy (kg account)",
    ("title", "start_time", "exercise_title", "set_type", "weight_kg", "reps"),
    date="start_time", date_formats=("%d %b %Y, %H:%M", "%d %B %Y, %H:%M", "%Y-%m-%d %H:%M:%S"),
    workout=("title", "start_time"), exercise="exercise_title", reps="reps", weight="weight_kg",
    unit="kg", set_type="set_type", rpe="rpe", seconds="duration_seconds",
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
}

LOG_FORMATS: tuple[_Format, ...] = (
    _HEVY_KG,
    attrs.evolve(_HEVY_KG, name="hevy_lb", description="Hevy (lb account)", weight="weight_lbs", unit="lb",
                 required=("title", "start_time", "exercise_title", "set_type", "weight_lbs", "reps")),
    _Format("strong_6", "Strong 6 (semicolon, quoted, unit in the header)",
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
            exercise="Exercise", reps="Reps", weight="Weight (kgs)|Weight (lbs)", seconds="Time"),
)  # fmt: skip


@attrs.frozen
class LogIssue:
    """A row that could not be read: its line number and why (the rest of the file is kept)."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@attrs.frozen
class LoggedExercise:
    """One exercise in one workout: its hard sets and what was done."""

    name: str
    hard_sets: int
    warmup_sets: int
    reps: tuple[int, ...]
    weights_kg: tuple[float | None, ...]
    rpe: tuple[float, ...] = ()
    seconds: tuple[int, ...] = ()


@attrs.frozen
class Workout:
    """A dated workout: the rows sharing the app's workout key."""

    title: str
    start: datetime
    date_only: bool
    exercises: tuple[LoggedExercise, ...]
    line: int
    """The line of its first row."""

    @property
    def iso_week(self) -> str:
        year, week, _ = self.start.isocalendar()
        return f"{year}-W{week:02d}"


@attrs.frozen
class WorkoutLog:
    """A parsed export: the workouts in time order, and what could not be read."""

    format: str
    unit: str
    workouts: tuple[Workout, ...]
    issues: tuple[LogIssue, ...]
    rows: int
    skipped_rows: int
    source: str | None = None

    def __len__(self) -> int:
        return len(self.workouts)

    def to_program(self) -> Program:
        """The log as a multi-week program: one week per ISO week, one session per workout."""
        weeks: dict[str, list[Session]] = {}
        for workout in self.workouts:
            entries = []
            for ex in workout.exercises:
                if ex.hard_sets == 0:
                    continue
                reps = [r for r in ex.reps if r > 0] or [1]
                entries.append(
                    Entry(
                        exercise=ex.name,
                        sets=ex.hard_sets,
                        reps_low=min(reps),
                        reps_high=max(reps),
                        rpe=max(ex.rpe) if ex.rpe else None,
                        hold_s=max(ex.seconds) if ex.seconds and not any(ex.reps) else None,
                    )
                )
            if entries:
                weeks.setdefault(workout.iso_week, []).append(
                    Session(
                        name=workout.title,
                        entries=tuple(entries),
                        day=workout.start.weekday(),
                        start=workout.start,
                        date_only=workout.date_only,
                    )
                )
        name = Path(self.source).name if self.source else "workout log"
        return Program(
            name=f"{name} ({_FORMAT_NAMES[self.format]})",
            weeks=tuple(Week(tuple(sessions), label=label) for label, sessions in sorted(weeks.items())),
            source=self.source,
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


_FORMAT_NAMES = {f.name: f.description for f in LOG_FORMATS}


def _clean(header: list[str]) -> list[str]:
    return [h.strip().strip('"').lstrip("\ufeff").strip() for h in header]


def _detect(header: list[str], where: str) -> _Format:
    columns = set(header)
    for fmt in LOG_FORMATS:
        if all(c in columns for c in fmt.required) and not any(c in columns for c in fmt.forbidden):
            return fmt
    supported = "; ".join(f.description for f in LOG_FORMATS)
    seen = ", ".join(header[:20]) or "(none)"
    raise LogFormatError(
        f"unrecognised CSV header (columns seen: {seen})",
        location=f"{where}:1",
        suggestion=f"supported exports: {supported}",
    )


def _column(header: list[str], spec: str | None) -> int | None:
    if not spec:
        return None
    for name in spec.split("|"):
        if name in header:
            return header.index(name)
    return None


def _number(text: str) -> float | None:
    text = text.strip().strip('"')
    if not text:
        return None
    value = float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(text)
    if value != value or value in (float("inf"), float("-inf")):  # NaN or infinite
        raise ValueError(text)
    return value


class _Builder:
    def __init__(self) -> None:
        self.order: list[str] = []
        self.data: dict[str, dict[str, list[Any]]] = {}

    def add(
        self, name: str, *, warmup: bool, reps: int, weight: float | None, rpe: float | None, seconds: int
    ) -> None:
        ex = self.data.get(name)
        if ex is None:
            ex = {"hard": [], "warm": [], "reps": [], "weights": [], "rpe": [], "seconds": []}
            self.data[name] = ex
            self.order.append(name)
        if warmup:
            ex["warm"].append(1)
            return
        ex["hard"].append(1)
        ex["reps"].append(reps)
        ex["weights"].append(weight)
        if rpe is not None:
            ex["rpe"].append(rpe)
        if seconds:
            ex["seconds"].append(seconds)

    def build(self) -> tuple[LoggedExercise, ...]:
        return tuple(
            LoggedExercise(
                name,
                len(d["hard"]),
                len(d["warm"]),
                tuple(d["reps"]),
                tuple(d["weights"]),
                tuple(d["rpe"]),
                tuple(d["seconds"]),
            )
            for name in self.order
            for d in [self.data[name]]
        )


def _open_text(path: Path, max_bytes: int) -> IO[str]:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise LogFormatError("file not found", location=str(path)) from None
    except OSError as exc:
        raise LogFormatError(f"cannot read file: {exc.strerror or exc}", location=str(path)) from None
    if path.is_dir():
        raise LogFormatError("is a directory, not a file", location=str(path))
    if size > max_bytes:
        raise InputLimitError(
            f"file is {size:,} bytes, over the limit of {max_bytes:,}",
            location=str(path),
            suggestion="pass max_bytes= to load_log for a larger trusted file",
        )
    if size == 0:
        raise LogFormatError("empty file: no header and no rows", location=str(path))
    with path.open("rb") as fh:
        head = fh.read(8192)
    if b"\x00" in head:
        raise LogFormatError("looks like a binary file, not a CSV export", location=str(path))
    return path.open("r", encoding="utf-8-sig", newline="")


def load_log(
    source: str | os.PathLike[str] | IO[str],
    *,
    max_bytes: int = MAX_LOG_BYTES,
    name: str | None = None,
    unit: str | None = None,
) -> WorkoutLog:
    """Read a Strong, Hevy or FitNotes CSV export.

    Args:
        source: a file path, or an open text stream (then ``name`` labels it in messages).
        max_bytes: refuse larger files before reading them.
        unit: ``"kg"`` or ``"lb"`` for exports that do not say (Strong's older format uses the
            account's unit); ignored where the header or a column gives the unit.

    Raises:
        LogFormatError: empty, binary or non-UTF-8 file, an unrecognised header (the message
            lists the supported formats and the columns seen), or no readable set at all.
        InputLimitError: the file is over ``max_bytes``.
    """
    if unit is not None and unit not in ("kg", "lb"):
        raise LogFormatError(f"unknown unit {unit!r}", location="unit", suggestion="use 'kg' or 'lb'")
    from ._validate import byte_limit, file_path, text

    max_bytes = byte_limit(max_bytes)
    text(name, "name", max_length=1000, optional=True)
    if isinstance(source, str | os.PathLike):
        path = file_path(source, error=LogFormatError, name="source")
        where = str(path)
        with _open_text(path, max_bytes) as fh:
            return _parse(fh, where, source=str(path), default_unit=unit)
    if not hasattr(source, "readline") or isinstance(source, io.RawIOBase | io.BufferedIOBase):
        raise LogFormatError(
            f"expected a file path or a text stream, got {type(source).__name__}",
            suggestion="open the file in text mode, or wrap bytes in io.TextIOWrapper",
        )
    where = name or "<stream>"
    return _parse(source, where, source=name, default_unit=unit)


def _rows(fh: IO[str], where: str) -> Iterator[tuple[int, list[str]]]:
    first = fh.readline()
    if not first.strip():
        raise LogFormatError("empty file: no header and no rows", location=where)
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(_chain(first, fh), delimiter=delimiter)
    try:
        for row in reader:
            yield reader.line_num, row
    except UnicodeDecodeError as exc:
        raise LogFormatError(
            f"not valid UTF-8 text after line {reader.line_num} (byte {exc.start})",
            location=where,
            suggestion="export the file again as UTF-8",
        ) from None
    except csv.Error as exc:
        raise LogFormatError(f"malformed CSV: {exc}", location=f"{where}:{reader.line_num}") from None


def _chain(first: str, fh: IO[str]) -> Iterator[str]:
    yield first
    yield from fh


def _parse(fh: IO[str], where: str, source: str | None, default_unit: str | None = None) -> WorkoutLog:
    try:
        rows = _rows(fh, where)
        try:
            _, raw_header = next(rows)
        except StopIteration:
            raise LogFormatError("empty file: no header and no rows", location=where) from None
        header = _clean(raw_header)
        fmt = _detect(header, where)
        return _parse_rows(fmt, header, rows, where, source, default_unit)
    except UnicodeDecodeError as exc:
        raise LogFormatError(
            f"not valid UTF-8 text (byte {exc.start})",
            location=where,
            suggestion="export the file again as UTF-8",
        ) from None


def _parse_rows(
    fmt: _Format,
    header: list[str],
    rows: Iterator[tuple[int, list[str]]],
    where: str,
    source: str | None,
    default_unit: str | None,
) -> WorkoutLog:
    idx = {name: i for i, name in enumerate(header)}
    i_date = idx[fmt.date]
    i_ex = idx[fmt.exercise]
    i_reps = idx[fmt.reps]
    i_weight = _column(header, fmt.weight)
    i_unit = _column(header, fmt.unit_column)
    i_type = _column(header, fmt.set_type)
    i_rpe = _column(header, fmt.rpe)
    i_sec = _column(header, fmt.seconds)
    i_workout = [idx[c] for c in fmt.workout]
    if fmt.unit:
        unit = fmt.unit
    elif i_weight is not None and header[i_weight] != "Weight":
        unit = "lb" if "lb" in header[i_weight] else "kg"
    else:
        unit = default_unit or "kg"
    width = len(header)
    dates: dict[str, datetime] = {}
    workouts: dict[tuple[str, ...], tuple[_Builder, datetime, str, int]] = {}
    issues: list[LogIssue] = []
    n_rows = skipped = bad = 0

    def issue(line: int, message: str) -> None:
        nonlocal bad
        bad += 1
        if len(issues) < MAX_ISSUES:
            issues.append(LogIssue(line, message))

    for line, row in rows:
        if not row or all(not c.strip() for c in row):
            continue
        n_rows += 1
        if len(row) < width:
            row = row + [""] * (width - len(row))  # trailing empty fields are often dropped
        elif len(row) > width and any(c.strip() for c in row[width:]):
            issue(line, f"{len(row)} fields, the header has {width}")
            continue
        name = row[i_ex].strip()
        if not name:
            issue(line, "no exercise name")
            continue
        try:
            reps_value = _number(row[i_reps])
            seconds_value = _number(row[i_sec]) if i_sec is not None else None
            weight = _number(row[i_weight]) if i_weight is not None else None
            rpe = _number(row[i_rpe]) if i_rpe is not None else None
        except ValueError:
            issue(line, "a number column holds text")
            continue
        kind = row[i_type].strip().strip('"').lower() if i_type is not None else ""
        if not reps_value and (not seconds_value or (i_type is not None and not kind)):
            # Rest-timer and note rows: no reps, and either no time or no set of their own (a
            # blank set order/type). A timed set (a plank, a hold) has a set type and seconds.
            skipped += 1
            continue
        if reps_value is not None and (reps_value < 0 or reps_value > 1000):
            issue(line, f"reps {reps_value:g} out of range")
            continue
        stamp = row[i_date].strip()
        start = dates.get(stamp)
        if start is None:
            for pattern in fmt.date_formats:
                try:
                    start = datetime.strptime(stamp, pattern)
                    break
                except ValueError:
                    continue
            if start is None:
                issue(line, f"date {stamp!r} is not in the {fmt.description} format")
                continue
            dates[stamp] = start
        row_unit = unit
        if i_unit is not None:
            row_unit = "lb" if row[i_unit].strip().lower() in ("lb", "lbs") else "kg"
        if weight is not None and row_unit == "lb":
            weight = round(weight * LB_TO_KG, 3)
        warmup = kind in ("warmup", "warm_up", "warm-up", "w")
        key = tuple(row[i].strip() for i in i_workout)
        entry = workouts.get(key)
        if entry is None:
            title = row[idx["title"] if "title" in idx else idx.get("Workout Name", i_date)].strip()
            if fmt.name == "fitnotes":
                title = "Workout"
            entry = (_Builder(), start, title or "Workout", line)
            workouts[key] = entry
        entry[0].add(
            name,
            warmup=warmup,
            reps=int(reps_value or 0),
            weight=weight,
            rpe=rpe,
            seconds=int(seconds_value or 0),
        )
    if bad > len(issues):
        issues.append(LogIssue(0, f"{bad - len(issues)} more bad rows not listed"))
    if not workouts:
        detail = f"; {len(issues)} bad rows, first {issues[0]}" if issues else ""
        raise LogFormatError(
            f"no sets found in {n_rows} rows{detail}", location=where, suggestion="is this the right export?"
        )
    built = sorted(
        (
            Workout(title, start, fmt.date_only, builder.build(), line)
            for builder, start, title, line in workouts.values()
        ),
        key=lambda w: (w.start, w.title, w.line),
    )
    return WorkoutLog(fmt.name, unit, tuple(built), tuple(issues), n_rows, skipped, source)
