"""Write workouts in each app's real export format (for round-trip properties)."""

from __future__ import annotations

import csv
import io
from datetime import datetime

# A workout: (title, start, [(exercise, set_kind, weight_kg or None, reps)]); set_kind "normal"/"warmup"/
# "failure", or "distance": a set of 60 m and no reps (a sprint), written in each app's distance column.
WorkoutSpec = tuple[str, datetime, list[tuple[str, str, float | None, int]]]

HEVY_KG = [
    "title",
    "start_time",
    "end_time",
    "description",
    "exercise_title",
    "superset_id",
    "exercise_notes",
    "set_index",
    "set_type",
    "weight_kg",
    "reps",
    "distance_km",
    "duration_seconds",
    "rpe",
]
STRONG_V1 = [
    "Date",
    "Workout Name",
    "Duration",
    "Exercise Name",
    "Set Order",
    "Weight",
    "Reps",
    "Distance",
    "Seconds",
    "Notes",
    "Workout Notes",
    "RPE",
]
STRONG_V2 = [
    "Date",
    "Workout Name",
    "Exercise Name",
    "Set Order",
    "Weight",
    "Weight Unit",
    "Reps",
    "RPE",
    "Distance",
    "Distance Unit",
    "Seconds",
    "Notes",
    "Workout Notes",
]
STRONG_V3 = [
    "Workout #",
    "Date",
    "Workout Name",
    "Duration (sec)",
    "Exercise Name",
    "Set Order",
    "Weight (kg)",
    "Reps",
    "RPE",
    "Distance (meters)",
    "Seconds",
    "Notes",
    "Workout Notes",
]
FITNOTES = ["Date", "Exercise", "Category", "Weight (kgs)", "Reps", "Distance", "Distance Unit", "Time"]
FORMATS = ["hevy_kg", "hevy_lb", "strong", "strong_units", "strong_units_lb", "strong_6", "fitnotes"]


#: Strong's set order for a set type (a number for an ordinary set).
_SET_ORDER = {"warmup": "W", "failure": "F"}


def _w(weight: float | None, factor: float = 1.0) -> str:
    return "" if weight is None else f"{weight / factor:.4f}"


def _reps(kind: str, reps: int) -> object:
    return "" if kind == "distance" else reps


def _metres(kind: str, scale: float = 1.0) -> str:
    return f"{60 * scale:g}" if kind == "distance" else ""


def write(fmt: str, workouts: list[WorkoutSpec]) -> str:
    buf = io.StringIO()
    if fmt in ("hevy_kg", "hevy_lb"):
        header = list(HEVY_KG)
        factor = 1.0
        if fmt == "hevy_lb":
            header[9], header[11], factor = "weight_lbs", "distance_miles", 0.45359237
        w = csv.writer(buf, quoting=csv.QUOTE_ALL if fmt == "hevy_kg" else csv.QUOTE_MINIMAL)
        w.writerow(header)
        for title, start, sets in workouts:
            stamp = start.strftime("%d %b %Y, %H:%M").lstrip("0")
            for i, (ex, kind, weight, reps) in enumerate(sets):
                distance = _metres(kind, 0.001 if fmt == "hevy_kg" else 0.000621371)
                set_type = "normal" if kind == "distance" else kind
                w.writerow(
                    [title, stamp, stamp, "", ex, "", "", i, set_type, _w(weight, factor), _reps(kind, reps),
                     distance, "", ""]
                )  # fmt: skip
    elif fmt == "strong":
        w = csv.writer(buf)
        w.writerow(STRONG_V1)
        for title, start, sets in workouts:
            for i, (ex, kind, weight, reps) in enumerate(sets, 1):
                w.writerow(
                    [
                        start.strftime("%Y-%m-%d %H:%M:%S"),
                        title,
                        "1h",
                        ex,
                        _SET_ORDER.get(kind, i),
                        _w(weight),
                        _reps(kind, reps),
                        _metres(kind) or 0,
                        0,
                        "",
                        "",
                        "",
                    ]
                )
            w.writerow(
                [
                    start.strftime("%Y-%m-%d %H:%M:%S"),
                    title,
                    "1h",
                    "Rest Timer",
                    "",
                    "",
                    "",
                    0,
                    90,
                    "",
                    "",
                    "",
                ]
            )
    elif fmt in ("strong_units", "strong_units_lb"):  # a unit cell on every row: kg, or lbs
        w = csv.writer(buf, delimiter=";")
        w.writerow(STRONG_V2)
        factor, unit = (0.45359237, "lbs") if fmt == "strong_units_lb" else (1.0, "kg")
        for title, start, sets in workouts:
            for i, (ex, kind, weight, reps) in enumerate(sets, 1):
                w.writerow(
                    [
                        start.strftime("%Y-%m-%d %H:%M:%S"),
                        title,
                        ex,
                        _SET_ORDER.get(kind, i),
                        _w(weight, factor),
                        unit,
                        _reps(kind, reps),
                        "",
                        _metres(kind),
                        "m" if kind == "distance" else "",
                        0,
                        "",
                        "",
                    ]
                )
    elif fmt == "strong_6":
        w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL)
        w.writerow(STRONG_V3)
        for n, (title, start, sets) in enumerate(workouts, 1):
            for i, (ex, kind, weight, reps) in enumerate(sets, 1):
                w.writerow(
                    [
                        n,
                        start.strftime("%Y-%m-%d %H:%M:%S"),
                        title,
                        3600,
                        ex,
                        _SET_ORDER.get(kind, i),
                        _w(weight),
                        _reps(kind, reps),
                        "",
                        _metres(kind),
                        "",
                        "",
                        "",
                    ]
                )
    elif fmt == "fitnotes":
        w = csv.writer(buf)
        w.writerow(FITNOTES)
        for _, start, sets in workouts:
            for ex, kind, weight, reps in sets:
                if kind != "warmup":  # FitNotes has no set types
                    distance, unit = _metres(kind), "m" if kind == "distance" else ""
                    day = start.strftime("%Y-%m-%d")
                    w.writerow([day, ex, "Legs", _w(weight), _reps(kind, reps), distance, unit, ""])
    else:  # pragma: no cover
        raise ValueError(fmt)
    return buf.getvalue()


# A day's exercises, each with its sets' (weight kg, reps): what a JEFIT or StrongLifts export holds.
DaySpec = tuple[datetime, list[tuple[str, list[tuple[float, int]]]]]


def _kg(weight: float) -> str:
    return f"{weight:g}"


def write_long(days: list[DaySpec]) -> str:
    """The days as a generic log of one row a set (``Date,Exercise,Weight (kg),Reps``)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Date", "Exercise", "Weight (kg)", "Reps"])
    for start, exercises in days:
        for ex, sets in exercises:
            for weight, reps in sets:
                w.writerow([start.strftime("%Y-%m-%d"), ex, _kg(weight), reps])
    return buf.getvalue()


def write_jefit(days: list[DaySpec], *, sections: bool = True) -> str:
    """The days as a JEFIT backup: sections (``### SETTING ###``, ``### EXERCISE LOGS ###``, ``###
    EXERCISE SET LOGS ###``) and an exercise logs table of one row an exercise and day whose ``logs``
    list each set's weight x reps (``100x8,100x8``); ``sections=False``: that table alone."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if sections:
        buf.write(
            "### SETTING ##########################\n\n"
            "row_id,USERID,TIMESTAMP,mass\n1,1,2026-01-01 00:00:00, kg\n"
        )
        buf.write(
            "\n\n######################################\n\n### EXERCISE LOGS ######################\n\n"
        )
    w.writerow(["USERID", "TIMESTAMP", "belongSys", "logs", "_id", "record", "mydate", "eid", "ename"])
    n = 0
    for start, exercises in days:
        for ex, sets in exercises:
            n += 1
            logs = ",".join(f"{_kg(weight)}x{reps}" for weight, reps in sets)
            w.writerow([1, "2026-01-01 00:00:00", 1, logs, n, 0, start.strftime("%Y-%m-%d"), n, ex])
    if sections:  # a table of sets joined by ids, as wide as the log's: never read as its rows
        buf.write(
            "\n\n######################################\n\n### EXERCISE SET LOGS ##################\n\n"
        )
        w.writerow(["_id", "userid", "exercise_log_id", "set_index", "weight", "reps", "x", "y", "z"])
        for i in range(1, n + 1):
            w.writerow([i, 1, i, 0, "2026-01-01", 8, 1, 2, 3])
    return buf.getvalue()


def write_wide(days: list[DaySpec], unit: str = "kg") -> str:
    """The days as a StrongLifts-style export: one row a workout, numbered groups of columns
    (``Exercise N``, ``Weight N (kg)``, ``Set N.1`` ... ``Set N.5`` or more); each exercise's sets at its
    first set's weight, as StrongLifts logs them (write each exercise's sets at one weight)."""
    width = max((len(exercises) for _, exercises in days), default=1)
    sets_of = max(
        5, *(len(sets) for _, exercises in days for _, sets in exercises)
    )  # StrongLifts: 5 at least
    header = ["Date", "Workout", f"Body Weight ({unit})"]
    for n in range(1, width + 1):
        header += [f"Exercise {n}", f"Weight {n} ({unit})", *(f"Set {n}.{k}" for k in range(1, sets_of + 1))]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    for start, exercises in days:
        row = [start.strftime("%Y-%m-%d"), "A", "80"]
        for n in range(width):
            if n < len(exercises):
                ex, sets = exercises[n]
                reps = [str(r) for _, r in sets]
                row += [ex, _kg(sets[0][0]), *reps, *([""] * (sets_of - len(reps)))]
            else:
                row += [""] * (2 + sets_of)
        w.writerow(row)
    return buf.getvalue()
