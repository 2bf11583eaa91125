"""Write workouts in each app's real export format (for round-trip properties)."""

from __future__ import annotations

import csv
import io
from datetime import datetime

# A workout: (title, start, [(exercise, set_kind, weight_kg or None, reps)]); set_kind "normal"/"warmup".
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
                w.writerow(
                    [title, stamp, stamp, "", ex, "", "", i, kind, _w(weight, factor), reps, "", "", ""]
                )
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
                        reps,
                        0,
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
                        reps,
                        "",
                        "",
                        "",
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
                        reps,
                        "",
                        "",
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
                    w.writerow([start.strftime("%Y-%m-%d"), ex, "Legs", _w(weight), reps, "", "", ""])
    else:  # pragma: no cover
        raise ValueError(fmt)
    return buf.getvalue()
