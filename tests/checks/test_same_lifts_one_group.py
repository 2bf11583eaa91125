"""The lifts a session finding lists (HR014's high-spinal-load lifts) read in one order whatever
order the session had them in: a log's recurring findings group by their message, and the same
three barbell lifts in six orders made six groups of one finding (the lead's read of a two-year
Hevy export: HR014 printed six times)."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logwriters import WorkoutSpec, write

LIFTS = ["Squat (Barbell)", "Romanian Deadlift (Barbell)", "Good Morning (Barbell)"]


def _log(orders: list[tuple[str, ...]]) -> hr.WorkoutLog:
    start = datetime(2025, 1, 6, 7, 30)
    workouts: list[WorkoutSpec] = [
        (
            f"Lower {k}",
            start + timedelta(weeks=k),
            [(name, "normal", 100.0, 5) for name in order for _ in range(3)],
        )
        for k, order in enumerate(orders)
    ]
    return hr.load_log(write("hevy_kg", workouts).encode(), name="hevy.csv")


def _hr014(report: hr.Report) -> list[hr.Finding]:
    return [f for f in report.findings if f.code == "HR014" and f.severity == "warning"]


def test_the_same_lifts_in_another_order_are_one_message_and_one_group() -> None:
    orders = list(itertools.permutations(LIFTS))
    report = hr.check(_log(orders), as_of=date(2025, 6, 1))
    found = _hr014(report)
    assert len(found) == len(orders)  # each session still has its finding
    assert len({f.message for f in found}) == 1
    groups = [g for g in report.groups() if g.code == "HR014" and g.severity == "warning"]
    assert len(groups) == 1 and len(groups[0].messages) == len(orders)


@settings(max_examples=15, deadline=None)
@given(st.permutations(LIFTS), st.permutations(LIFTS))
def test_the_message_does_not_depend_on_the_order(a: list[str], b: list[str]) -> None:
    def message(order: list[str]) -> str:
        program = {
            "name": "x",
            "sessions": [{"name": "A", "day": "mon", "exercises": [
                {"exercise": n, "sets": 3, "reps": 5} for n in order]}],
        }  # fmt: skip
        (finding,) = _hr014(hr.check(program))
        return finding.message

    assert message(a) == message(b)
    assert all(name in message(a) for name in LIFTS)
