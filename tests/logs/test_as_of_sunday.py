"""A week judged on its own Sunday is still in progress (the lifter may train that evening); the
report says until when, and from which as-of date the week is judged whole (review27 R8)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logwriters import write

MONDAY = datetime(2025, 11, 3, 8, 0)  # ISO week 2025-W45
RDL = "Romanian Deadlift (Barbell)"
CURL = "Seated Leg Curl (Machine)"


def _log(tmp_path: Path) -> Path:
    workouts: list[tuple[str, datetime, list[tuple[str, str, float | None, int]]]] = []
    for week in range(2):
        for day in (0, 3):
            when = MONDAY + timedelta(weeks=week, days=day)
            sets: list[tuple[str, str, float | None, int]] = [(RDL, "normal", 100.0, 8)] * 3
            workouts.append((f"W{week}{day}", when, sets + [(CURL, "normal", 40.0, 12)] * 2))
    file = tmp_path / "log.csv"
    file.write_text(write("hevy_kg", workouts))
    return file


def _in_progress(report: hr.Report) -> list[str]:
    return [i for i in report.input_issues if "in progress as of" in i]


def test_a_week_checked_on_its_sunday_says_when_it_is_judged_whole(tmp_path: Path) -> None:
    file = _log(tmp_path)
    sunday = date(2025, 11, 16)  # the Sunday of the log's last week, 2025-W46
    (said,) = _in_progress(hr.check(file, as_of=sunday))
    assert "2025-W46 in progress as of 2025-11-16" in said
    assert "end of its Sunday, 2025-11-16" in said and "judged whole as of 2025-11-17" in said
    assert not _in_progress(hr.check(file, as_of=sunday + timedelta(days=1)))


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=3))
def test_the_named_sunday_and_monday_follow_the_as_of_day(offset: int) -> None:
    """Any day of the last week from its last workout on: the message names that week's Sunday
    and the Monday after it, and checking as of that Monday leaves no week in progress."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        file = _log(Path(tmp))
        as_of = date(2025, 11, 13) + timedelta(days=offset)  # Thursday .. Sunday of W46
        said = _in_progress(hr.check(file, as_of=as_of))
        sunday = as_of + timedelta(days=6 - as_of.weekday())
        assert len(said) == 1 and f"end of its Sunday, {sunday.isoformat()}" in said[0]
        monday = sunday + timedelta(days=1)
        assert f"judged whole as of {monday.isoformat()}" in said[0]
        assert not _in_progress(hr.check(file, as_of=monday))
