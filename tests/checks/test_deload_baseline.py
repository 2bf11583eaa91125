"""A planned deload is not the norm the next weeks are measured by (HR030): the return from it to
the level before is no spike (review28 N6: Nordic sets 6, 6, 8, deload 1, then 8 was "1.6x the
mean"). A program week's name says deload; a log's week does when every workout is called one."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logwriters import WorkoutSpec, write


def _week(name: str, nordic_sets: int) -> dict[str, Any]:
    def session(day: str) -> dict[str, Any]:
        return {"name": day, "day": day, "exercises": [
            {"exercise": "Romanian deadlift", "sets": 3, "reps": 8},
            {"exercise": "Nordic curl", "sets": nordic_sets, "reps": 6}]}  # fmt: skip

    return {"name": name, "sessions": [session("mon"), session("thu")]}


def _program(weeks: list[tuple[str, int]]) -> dict[str, Any]:
    return {"name": "block", "weeks": [_week(name, sets) for name, sets in weeks]}


def _spikes(report: hr.Report) -> dict[int, str]:
    return {f.location.week or 0: f.message for f in report.findings if f.code == "HR030"}


def test_the_return_from_a_named_deload_is_no_spike() -> None:
    weeks = [
        ("Accumulation 1", 3),
        ("Accumulation 2", 3),
        ("Accumulation 3", 4),
        ("Deload", 1),
        ("Block 2", 5),
    ]
    assert 5 not in _spikes(hr.check(_program(weeks), goal="strain_prevention"))
    # the same numbers in a week nobody called a deload: the drop is the norm, the return a jump
    plain = [*weeks[:3], ("Week 4", 1), weeks[4]]
    assert 5 in _spikes(hr.check(_program(plain), goal="strain_prevention"))


def test_a_real_jump_after_a_deload_is_still_one_and_says_the_deload_was_left_out() -> None:
    weeks = [("Week 1", 3), ("Week 2", 3), ("Week 3", 4), ("Week 4 - deload", 1), ("Week 5", 9)]
    spikes = _spikes(hr.check(_program(weeks), goal="strain_prevention"))
    assert 5 in spikes and "deload left out" in spikes[5], spikes


@settings(max_examples=25, deadline=None)
@given(
    st.integers(1, 6),
    st.integers(1, 6),
    st.integers(1, 6),
    st.integers(1, 6),
    st.integers(1, 6),
    st.integers(1, 12),
)
def test_what_the_deload_held_does_not_change_the_judgement_of_the_week_after(
    a: int, b: int, c: int, d1: int, d2: int, e: int
) -> None:
    def judged(d: int) -> bool:
        weeks = [("Week 1", a), ("Week 2", b), ("Week 3", c), ("Deload", d), ("Week 5", e)]
        return 5 in _spikes(hr.check(_program(weeks), goal="strain_prevention"))

    assert judged(d1) == judged(d2)


def _log(titles: list[str], nordic_sets: list[int]) -> hr.WorkoutLog:
    start = datetime(2025, 1, 6, 7, 30)
    workouts: list[WorkoutSpec] = []
    for k, (title, sets) in enumerate(zip(titles, nordic_sets, strict=True)):
        for day in (0, 3):
            nordic: list[tuple[str, str, float | None, int]] = [("Nordic Curl", "normal", None, 6)]
            sets_rows = nordic * sets + [("Romanian Deadlift (Barbell)", "normal", 80.0, 8)] * 3
            workouts.append((title, start + timedelta(weeks=k, days=day), sets_rows))
    return hr.load_log(write("hevy_kg", workouts).encode(), name="hevy.csv")


def test_a_log_week_whose_workouts_are_all_called_deload_is_a_deload() -> None:
    sets = [3, 3, 4, 1, 5]
    as_of = date(2025, 3, 1)
    named = _log(["Lower", "Lower", "Lower", "Deload - Lower", "Lower"], sets)
    assert 5 not in _spikes(hr.check(named, goal="strain_prevention", as_of=as_of))
    plain = _log(["Lower"] * 5, sets)
    assert 5 in _spikes(hr.check(plain, goal="strain_prevention", as_of=as_of))
