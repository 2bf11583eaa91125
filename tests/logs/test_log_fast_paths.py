"""The log check's fast paths build what the slow, validating paths build (issue #16's speed)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.program import Entry, Program, Session, Week, trusted

_counts = st.integers(min_value=1, max_value=1000)
_entries: st.SearchStrategy[dict[str, Any]] = st.builds(
    dict,
    exercise=st.text(min_size=1, max_size=20),
    sets=_counts,
    reps_low=_counts,
    reps_high=_counts,
    rpe=st.none() | st.floats(min_value=1, max_value=10, allow_nan=False),
    rir=st.none() | st.integers(min_value=0, max_value=5),
    hold_s=st.none() | st.integers(min_value=1, max_value=600),
)


@given(_entries)
def test_a_trusted_entry_equals_the_converted_one(values: dict[str, Any]) -> None:
    made = trusted(Entry, **values)
    assert made == Entry(**values)
    assert attrs.asdict(made) == attrs.asdict(Entry(**values))


@given(_entries, st.integers(min_value=0, max_value=6), st.booleans())
def test_a_trusted_session_and_week_equal_the_converted_ones(
    values: dict[str, Any], day: int, only: bool
) -> None:
    entries = (Entry(**values),)
    start = datetime(2025, 3, 3 + day, 7, 30)
    session = trusted(Session, name="A", entries=entries, day=day, start=start, date_only=only)
    assert session == Session(name="A", entries=entries, day=day, start=start, date_only=only)
    assert trusted(Week, sessions=(session,), label="2025-W10") == Week((session,), label="2025-W10")


def test_trusted_refuses_a_missing_or_unknown_field() -> None:
    with pytest.raises(TypeError, match="sets is required"):
        trusted(Entry, exercise="RDL", reps_low=8, reps_high=8)
    with pytest.raises(TypeError, match="no field weight"):
        trusted(Entry, exercise="RDL", sets=3, reps_low=8, reps_high=8, weight=100)


def test_a_log_program_equals_one_built_through_the_converters(tmp_path: Any) -> None:
    path = tmp_path / "log.csv"
    rows = ["Date,Exercise,Reps,Weight,RPE"]
    for day, (name, reps, rpe) in enumerate(
        [
            ("Romanian Deadlift", 8, "8"),
            ("Lying Leg Curl", 12, ""),
            ("Nordic Curl", 5, "9.5"),
            ("Plank", 1, ""),
        ]
    ):
        for s in range(3):
            rows.append(f"2025-03-{3 + day:02d},{name},{reps + s},{60 + 5 * s},{rpe}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    log = hr.load_log(path)
    program = log.to_program()
    rebuilt = Program(
        name=program.name,
        weeks=tuple(
            Week(
                tuple(
                    Session(
                        s.name,
                        tuple(Entry(**attrs.asdict(e)) for e in s.entries),
                        s.day,
                        s.start,
                        s.date_only,
                    )
                    for s in w.sessions
                ),
                label=w.label,
            )
            for w in program.weeks
        ),
        source=program.source,
    )
    assert program == rebuilt
    assert [e.reps for w in program.weeks for s in w.sessions for e in s.entries] == [
        "8-10",
        "12-14",
        "5-7",
        "1-3",
    ]
    assert [type(e.sets) for w in program.weeks for s in w.sessions for e in s.entries] == [int] * 4
