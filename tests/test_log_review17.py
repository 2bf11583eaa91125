"""Workout logs as a new user's files wrote them (review17, 2026-12-01): a log read first and
checked later is judged as its file is; rows a reader must not guess at are reported."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

LB = 0.45359237

STRONG_OLD = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"


def _strong_rows(weights: list[int]) -> str:
    rows = []
    for week, weight in enumerate(weights):
        day = date(2025, 10, 6 + 7 * week) if week < 3 else date(2025, 11, 3 + 7 * (week - 3))
        for order in (1, 2, 3):
            rows.append(f"{day} 18:00:00,Legs,1h,Romanian Deadlift (Barbell),{order},{weight},8,,,,,\n")
        rows.append(f"{day} 18:00:00,Legs,1h,Seated Leg Curl (Machine),1,{weight // 3},12,,,,,\n")
    return "".join(rows)


def _judged(report: hr.Report) -> dict[str, object]:
    """A report's findings, weeks and progress, without where its input came from."""
    data = json.loads(report.to_json())
    for finding in data["findings"]:
        finding["location"].pop("file", None)
        finding.pop("location_text", None)
    return {"findings": data["findings"], "summary": data["summary"]}


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(20, 200), min_size=1, max_size=5), st.sampled_from(["kg", "lb", None]))
def test_a_log_loaded_first_is_checked_as_its_file_is(weights: list[int], unit: str | None) -> None:
    """Property: an export that does not record its weight unit, checked with ``unit=``, gives
    the same report loaded first (an upload's bytes) as from its path. ``check(load_log(data),
    unit='lb')`` read the weights as kg and showed them in lb, 2.2 times too heavy, while the
    log's notice said to pass unit='lb'."""
    import tempfile

    text = STRONG_OLD + _strong_rows(weights)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "strong.csv"
        path.write_text(text, encoding="utf-8")
        by_path = hr.check(path, unit=unit, as_of=date(2026, 1, 5))
    loaded = hr.check(hr.load_log(text.encode()), unit=unit, as_of=date(2026, 1, 5))
    assert _judged(loaded) == _judged(by_path)
    top = max(weights) * (LB if unit == "lb" else 1.0)
    assert max(p.top_kg or 0 for p in loaded.progress) == pytest.approx(top, abs=1e-3)


def test_a_log_whose_file_gives_its_unit_is_only_shown_in_another() -> None:
    """A Hevy kg export checked with ``unit='lb'`` keeps its kilograms (shown in pounds): only
    a unit the export did not record is read in the unit asked for."""
    text = (
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
        "set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
        'Legs,"6 Oct 2025, 18:00","6 Oct 2025, 19:00",,Romanian Deadlift (Barbell),,,0,normal,100,8,,,\n'
    )
    log = hr.load_log(io.BytesIO(text.encode()))
    assert not log.unit_assumed
    report = hr.check(log, unit="lb", as_of=date(2025, 10, 20))
    assert report.progress[0].top_kg == pytest.approx(100.0) and report.unit == "lb"


def _sets_and_reps(log: hr.WorkoutLog) -> list[tuple[str, int, int, int]]:
    return [(e.name, e.hard_sets, e.reps_low, e.reps_high) for w in log.workouts for e in w.exercises]


@pytest.mark.parametrize("column", ["Sets", "Sätze", "Series", "Séries", "Number of sets"])
def test_a_sets_column_numbering_each_row_is_the_sets_number(column: str) -> None:
    """``Sets`` 1, 2, 3, 4 on four rows of one RDL are 4 sets: they were summed to 10, and a
    week's 7 hamstring sets read as 16, with no notice. The rows decide, and the notice says
    how the column was read."""
    text = (
        f"Date,Exercise,{column},Reps,Weight\n"
        + "".join(f"2025-10-06,Romanian Deadlift,{n},8,100\n" for n in (1, 2, 3, 4))
        + "".join(f"2025-10-09,Lying Leg Curl,{n},12,40\n" for n in (1, 2, 3))
    )
    log = hr.load_log(text.encode())
    assert _sets_and_reps(log) == [("Romanian Deadlift", 4, 8, 8), ("Lying Leg Curl", 3, 12, 12)]
    assert "as set number" in log.issues[0].message


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("2025-10-06,RDL,3,8,100\n2025-10-09,RDL,4,8,100\n", [("RDL", 3, 8, 8), ("RDL", 4, 8, 8)]),
        ("2025-10-06,RDL,3,8,100\n2025-10-06,RDL,2,6,110\n", [("RDL", 5, 6, 8)]),
        ("2025-10-06,RDL,1,8,100\n2025-10-06,RDL,1,8,100\n", [("RDL", 2, 8, 8)]),
    ],
    ids=["one-row-each", "two-rows-of-counts", "ones"],
)
def test_a_sets_column_counting_each_rows_sets_still_counts(rows: str, expected: list[object]) -> None:
    """Rows that number no exercise's sets 1, 2, 3 ... are each row's count of sets."""
    log = hr.load_log(("Date,Exercise,Sets,Reps,Weight\n" + rows).encode())
    assert _sets_and_reps(log) == expected
