"""A spreadsheet program laid out in day blocks (review27 R9): a title, then per day a banner row,
the header again, the day's rows and a blank row - read as the same program with a Day column."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

_HEADER = "Exercise,Sets x Reps,Load,Rest,Notes"

_GSHEET = """Hypertrophy Program - Phase 1,,,,
,,,,
Day 1 - Lower,,,,
Exercise,Sets x Reps,Load,Rest,Notes
Romanian Deadlift,3 x 8-10,RPE 7,2-3 min,
Leg Press,3 x 10-12,RPE 8,2 min,
,,,,
Day 2 - Upper,,,,
Exercise,Sets x Reps,Load,Rest,Notes
Bench Press,4 x 6-8,RPE 8,3 min,
,,,,
Day 3 - Lower,,,,
Exercise,Sets x Reps,Load,Rest,Notes
Back Squat,4 x 6,,3 min,
Good Morning,3 x 10,RPE 7,2 min,
"""


def _shape(program: hr.Program) -> list[Any]:
    return [
        (
            week.name,
            [
                (s.name, s.day, [(e.exercise, e.sets, e.reps_low, e.reps_high, e.rpe) for e in s.entries])
                for s in week.sessions
            ],
        )
        for week in program.weeks
    ]


def _read(text: str) -> hr.Program:
    return hr.load_program(text.encode(), name="p.csv")


def test_a_sheet_in_day_blocks_reads_as_its_days() -> None:
    """Each banner heads its block as a session; the repeated header is no exercise."""
    program = _read(_GSHEET)
    sessions = program.sessions
    assert [s.name for s in sessions] == ["Day 1 - Lower", "Day 2 - Upper", "Day 3 - Lower"]
    assert [[e.exercise for e in s.entries] for s in sessions] == [
        ["Romanian Deadlift", "Leg Press"],
        ["Bench Press"],
        ["Back Squat", "Good Morning"],
    ]


def test_day_blocks_without_repeated_headers_read_alike() -> None:
    """Banners alone (no header repeated) head their rows too."""
    lines = _GSHEET.splitlines()
    first = lines.index(_HEADER)
    kept = [line for i, line in enumerate(lines) if line != _HEADER or i == first]
    assert _shape(_read("\n".join(kept) + "\n")) == _shape(_read(_GSHEET))


@pytest.mark.parametrize(
    ("banner", "name", "day"),
    [
        ("Day 2 - Upper", "Day 2 - Upper", None),
        ("DAY 3: LEGS", "DAY 3: LEGS", None),
        ("Monday", "Monday", "mon"),
        ("Thursday (Lower)", "Lower", "thu"),
        ("Week 1 Day 2", "Day 2", None),
    ],
)
def test_a_banner_names_its_session(banner: str, name: str, day: str | None) -> None:
    """A day banner alone in a row is the session of the rows below it, read by the day grammar."""
    text = f"Exercise,Sets,Reps\nRDL,3,8\n{banner},,\nNordic curl,2,5\n"
    program = _read(text)
    last = program.weeks[-1].sessions[-1]
    assert (last.name, last.day, [e.exercise for e in last.entries]) == (
        name,
        None if day is None else ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(day),
        ["Nordic curl"],
    )


def test_a_week_banner_keeps_its_label() -> None:
    """`Week 3 (deload)` starts week 3 and names it, so the week reads as the deload it is."""
    text = (
        "Day,Exercise,Sets,Reps,RPE\nWeek 1,,,,\nMon,Romanian Deadlift,3,8,7\nThu,Good Morning,3,10,7\n"
        "Week 2,,,,\nMon,Romanian Deadlift,4,8,8\nThu,Good Morning,4,10,8\n"
        "Week 3 (deload),,,,\nMon,Romanian Deadlift,2,8,6\nThu,Good Morning,2,10,6\n"
    )
    program = _read(text)
    assert [w.name for w in program.weeks] == [None, None, "deload"]
    assert "deload" in (program.weeks[2].label or "")


def test_a_name_alone_in_a_row_is_no_banner() -> None:
    """A row naming an exercise and no sets is still refused: only a day's grammar heads rows."""
    with pytest.raises(hr.ProgramError, match=r"p\.csv:3"):
        _read("Exercise,Sets,Reps\nRDL,3,8\nLower A,,\nNordic curl,2,5\n")


_EXERCISES = ("Romanian deadlift", "Nordic curl", "Back squat", "Seated leg curl", "Good morning")
_BANNERS = st.sampled_from(
    ("Day {n}", "Day {n} - Lower", "DAY {n}: LEGS", "Day {n} (Upper)", "Tag {n}", "Week 1 Day {n}")
)


@st.composite
def _days(draw: st.DrawFn) -> list[tuple[str, list[tuple[str, int, int]]]]:
    n = draw(st.integers(1, 4))
    form = draw(_BANNERS)
    rows = st.tuples(st.sampled_from(_EXERCISES), st.integers(1, 6), st.integers(1, 20))
    return [(form.format(n=i + 1), draw(st.lists(rows, min_size=1, max_size=4))) for i in range(n)]


@given(days=_days(), repeat=st.booleans(), blank=st.booleans(), title=st.booleans())
def test_day_blocks_read_as_a_day_column(
    days: list[tuple[str, list[tuple[str, int, int]]]], repeat: bool, blank: bool, title: bool
) -> None:
    """A sheet in day blocks (banner, header again or not, rows, blank row) reads the same as the
    same program with a Day column."""
    blocks = ["Coach's program,,"] if title else []
    for i, (banner, rows) in enumerate(days):
        blocks.append(f"{banner},,")
        if i == 0 or repeat:
            blocks.append("Exercise,Sets,Reps")
        blocks.extend(f"{name},{sets},{reps}" for name, sets, reps in rows)
        if blank:
            blocks.append(",,")
    with_column = ["Day,Exercise,Sets,Reps"]
    for banner, rows in days:
        with_column.extend(
            f"{banner if j == 0 else ''},{name},{sets},{reps}" for j, (name, sets, reps) in enumerate(rows)
        )
    assert _shape(_read("\n".join(blocks) + "\n")) == _shape(_read("\n".join(with_column) + "\n"))
