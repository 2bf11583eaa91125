"""A dated file whose workouts all lie after as_of is often a coach's plan: the error says the
file was read as a log because of its dates, and how to check it as a plan (review27 R18)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import hamstring_rules as hr

PLAN = "Date,Exercise,Sets,Reps,RPE\n2027-01-04,Romanian deadlift,3,8-10,7\n2027-01-07,Good morning,3,8,7\n"


def test_a_plan_of_future_dates_is_told_how_to_be_checked(tmp_path: Path) -> None:
    file = tmp_path / "plan.csv"
    file.write_text(PLAN)
    with pytest.raises(hr.HamstringRulesError) as caught:
        hr.check(file, as_of=date(2026, 12, 2))
    error = caught.value
    text = str(error)
    assert "read as a workout log" in text and "2027-01-04" in text and "plan.csv" in text
    assert "as a program" in text and "Day column" in text
    # the way the message gives: its days instead of dates, read as a program and checked
    days = PLAN.replace("Date,", "Day,").replace("2027-01-04,", "Mon,").replace("2027-01-07,", "Thu,")
    file.write_text(days)
    assert hr.check(file).kind == "program"
    # and as_of on or after the first workout judges it as done
    file.write_text(PLAN)
    assert hr.check(file, as_of=date(2027, 1, 4)).kind == "log"
