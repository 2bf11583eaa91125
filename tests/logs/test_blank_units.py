"""A blank weight-unit cell beside a weight, in a file whose unit column names units, is read in
the unit of the row above that names one (a unit written once, blank below), else the next one
its rows name, and said with its line - never kilograms by default beside rows in pounds (rv22
R22: 135 lb became 297.6 lb and HR033 a 2.2x rehab load jump). A unit column blank throughout
says nothing: the export's unit, as without the column."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

LB = 0.45359237
HEADER = "Date,Exercise,Reps,Weight,Unit"


def _log(units: list[str]) -> hr.WorkoutLog:
    rows = [f"2025-11-03,Romanian deadlift,8,100,{unit}" for unit in units]
    return hr.load_log(io.StringIO("\n".join([HEADER, *rows]) + "\n"), name="log.csv", keep_sets=True)


def _weights(log: hr.WorkoutLog) -> list[float | None]:
    return [w for workout in log.workouts for ex in workout.exercises for w in ex.weights_kg]


def _expected(units: list[str]) -> list[float]:
    """Each row's kilograms: its unit; a blank, the nearest named unit above, else below, else kg."""
    out = []
    for i, unit in enumerate(units):
        if not unit:
            above = [u for u in units[:i] if u]
            below = [u for u in units[i + 1 :] if u]
            unit = above[-1] if above else below[0] if below else "kg"
        out.append(100 * LB if unit == "lbs" else 100.0)
    return out


def test_a_blank_unit_below_pounds_is_pounds_and_said() -> None:
    log = _log(["lbs", "lbs", ""])
    assert _weights(log) == [100 * LB] * 3
    (said,) = [i for i in log.issues if "blank unit cell" in i.message]
    assert said.line == 4 and "read in lb" in said.message


def test_a_blank_unit_before_any_named_one_takes_the_next() -> None:
    assert _weights(_log(["", "lbs"])) == [100 * LB] * 2


def test_a_unit_column_blank_throughout_is_the_exports_unit_without_a_word() -> None:
    log = _log(["", "", ""])
    assert _weights(log) == [100.0] * 3
    assert not [i for i in log.issues if "blank unit cell" in i.message]


def test_a_rehab_log_with_one_blank_unit_has_no_load_jump() -> None:
    rows = ["Date,Exercise,Reps,Weight,Unit"]
    for day, unit in (("2025-10-06", "lbs"), ("2025-10-13", "lbs"), ("2025-10-20", "")):
        rows += [f"{day},Romanian deadlift,8,135,{unit}"] * 3
    log = hr.load_log(io.StringIO("\n".join(rows) + "\n"), name="log.csv")
    from datetime import date

    report = hr.check(log, goal="rehab", stage=3, as_of=date(2025, 10, 27))
    assert "HR033" not in report.codes


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["kg", "lbs", ""]), min_size=1, max_size=12))
def test_every_blank_unit_takes_its_neighbours(units: list[str]) -> None:
    log = _log(units)
    assert _weights(log) == _expected(units)
    blanks = units.count("")
    said = [i for i in log.issues if "blank unit cell" in i.message]
    # said whenever a blank stands beside named units (never when the column is blank throughout)
    assert bool(said) is (0 < blanks < len(units))
