"""A block named with the weeks it spans (review28 N5: ``Block 1: weeks 1-4`` above or below a
sheet's header) heads its rows as ``Weeks 1-4`` does, the block's name its weeks' label."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._program_words import banner_cell, read_weeks, week_label


def test_block_banners_above_and_below_the_header_head_their_weeks() -> None:
    sheet = (
        b"Coach Ben\nBlock 1: weeks 1-2\nDay,Exercise,Sets,Reps\nMon,RDL,3,8\nThu,Seated leg curl,3,12\n"
        b"Block 2: weeks 3-4 (deload)\nMon,RDL,2,8\n"
    )
    program = hr.load_program(sheet, name="p.csv")
    assert [w.label for w in program.weeks] == [
        "week 1 (Block 1)",
        "week 2 (Block 1)",
        "week 3 (Block 2 - deload)",
        "week 4 (Block 2 - deload)",
    ]
    assert [len(s.entries) for s in program.weeks[3].sessions] == [1]
    assert "line 1 'Coach Ben'" in " ".join(program.notices)


@pytest.mark.parametrize(
    ("cell", "weeks", "label"),
    [
        ("Block 1: weeks 1-4", (1, 2, 3, 4), "Block 1"),
        ("Phase 2 - Weeks 5-8", (5, 6, 7, 8), "Phase 2"),
        ("Mesocycle 1 (weeks 1-3)", (1, 2, 3), "Mesocycle 1"),
        ("Block A: Week 1", (1,), "Block A"),
        ("Bloque 2: semanas 5-6", (5, 6), "Bloque 2"),
    ],
)
def test_a_block_and_its_weeks(cell: str, weeks: tuple[int, ...], label: str) -> None:
    assert read_weeks(cell) == weeks
    assert week_label(cell) == label
    assert banner_cell(cell)


@pytest.mark.parametrize(
    "cell", ["Block 1", "Phase 2 - Strength", "Block 1: Week 1 Day 2", "Blocky 1: weeks 1-2"]
)
def test_a_block_naming_no_weeks_is_no_week_banner(cell: str) -> None:
    assert read_weeks(cell) is None
    assert week_label(cell) is None


def test_a_blocks_weeks_written_backwards_are_refused() -> None:
    with pytest.raises(ValueError, match="high end first"):
        read_weeks("Block 3: weeks 9-8")


@given(
    st.sampled_from(["Block", "block", "PHASE", "Phase", "Mesocycle", "Cycle"]),
    st.integers(1, 20),
    st.sampled_from([": ", " - ", " ", " | "]),
    st.integers(1, 40),
    st.integers(0, 8),
)
def test_any_named_block_reads_its_weeks(word: str, n: int, mark: str, first: int, span: int) -> None:
    cell = (
        f"{word} {n}{mark}Weeks {first}-{first + span}"
        if mark != " "
        else f"{word} {n} (weeks {first}-{first + span})"
    )
    assert read_weeks(cell) == tuple(range(first, first + span + 1))
    assert week_label(cell) == f"{word} {n}"
