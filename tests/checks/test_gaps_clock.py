"""A log's rest between sessions by its timestamps (review29 V14).

Sessions on different days were apart by whole calendar days, so Monday 22:00 to Wednesday 06:00
(32 h) passed the 48 h minimum as "48 h" while Monday 06:00 to Tuesday 22:00 (40 h) warned as
"24 h". The rules now judge the calendar days or the clock's hours plus 12, whichever is less, and
every message and summary gives the clock's hours.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._week import CLOCK_SLACK_HOURS, DayOnly, _clock_apart, _days_apart

HEADER = (
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
    "set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
)


def _hevy(tmp_path: Path, starts: list[datetime]) -> Path:
    rows = []
    for start in starts:
        when = f"{start.day} {start:%b %Y, %H:%M}"
        lift = f'"Lift","{when}","{when}","","Romanian Deadlift (Barbell)",,""'
        rows += [f'{lift},{i},"normal",100,6,,,8\n' for i in range(3)]
    path = tmp_path / "log.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def _hr006(report: hr.Report) -> list[hr.Finding]:
    return [f for f in report.findings if f.code == "HR006"]


def test_32_hours_across_two_dates_is_short_and_said_as_32_h(tmp_path: Path) -> None:
    log = _hevy(tmp_path, [datetime(2025, 11, 3, 22), datetime(2025, 11, 5, 6)])
    report = hr.check(log, as_of=date(2026, 1, 1))
    (finding,) = _hr006(report)
    assert finding.severity == "warning" and "32 h apart" in finding.message
    assert "48 h apart" not in finding.message
    assert report.weeks[0].min_gap_hours == 32.0 and report.weeks[0].heavy_session_gaps == (32.0,)


def test_40_hours_on_consecutive_dates_is_short_and_said_as_40_h(tmp_path: Path) -> None:
    log = _hevy(tmp_path, [datetime(2025, 11, 3, 6), datetime(2025, 11, 4, 22)])
    (finding,) = _hr006(hr.check(log, as_of=date(2026, 1, 1)))
    assert finding.severity == "warning" and "40 h apart" in finding.message


def test_monday_evening_to_thursday_morning_is_the_articles_monday_thursday(tmp_path: Path) -> None:
    """61 h by the clock: 3 calendar days, within half a day of 72 h - no finding at all (the
    article's own example is Monday and Thursday)."""
    log = _hevy(tmp_path, [datetime(2025, 11, 3, 18), datetime(2025, 11, 6, 7)])
    report = hr.check(log, as_of=date(2026, 1, 1))
    assert _hr006(report) == []
    assert report.weeks[0].min_gap_hours == 61.0


def test_monday_night_to_thursday_dawn_is_below_the_articles_72_h_as_info(tmp_path: Path) -> None:
    log = _hevy(tmp_path, [datetime(2025, 11, 3, 22), datetime(2025, 11, 6, 6)])
    (finding,) = _hr006(hr.check(log, as_of=date(2026, 1, 1)))
    assert finding.severity == "info" and "56 h apart" in finding.message


_hours = st.floats(0, 24 * 400, allow_nan=False).map(lambda h: round(h, 2))


@given(_hours, _hours)
def test_the_judged_gap_is_the_days_or_the_clock_plus_slack_whichever_is_less(a: float, b: float) -> None:
    """Property: for two timed sessions, the judged gap never exceeds the calendar days, never
    exceeds the clock's hours plus the slack, equals the clock on one day, and is never below the
    clock's hours (the slack only ever forgives, up to the days)."""
    earlier, later = min(a, b), max(a, b)
    judged, clock = _days_apart(later, earlier), _clock_apart(later, earlier)
    days = (int(later // 24) - int(earlier // 24)) * 24.0
    assert clock == later - earlier
    if days == 0:
        assert judged == clock
    else:
        assert judged <= days and judged <= clock + CLOCK_SLACK_HOURS + 1e-9
        assert judged >= min(days, clock)
    # without a time (a program's plain weekday) only the days count, and the report says the days
    assert _days_apart(DayOnly(days + 24.0 * 3), DayOnly(24.0 * 3)) == days
    assert _clock_apart(DayOnly(days + 24.0 * 3), DayOnly(24.0 * 3)) == days


@given(st.integers(0, 23), st.integers(1, 6), st.integers(0, 23))
def test_a_later_second_session_never_shortens_the_judged_gap(h1: int, days: int, h2: int) -> None:
    """Property: moving the second session later never makes the judged gap shorter (monotone), so
    no pair of sessions further apart is judged closer."""
    start = datetime(2025, 11, 3, h1)
    first = start.toordinal() * 24.0 + h1
    second = start + timedelta(days=days)
    times = [second.toordinal() * 24.0 + h for h in range(h2, 24)]
    judged = [_days_apart(t, first) for t in times]
    assert judged == sorted(judged)
