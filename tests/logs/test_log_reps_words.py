"""A log's reps cell counting steps (``20 steps``: a walking lunge's) or per side in shorthand
(``8e``, ``8ea``, ``8e/s``, ``8/s``) is read as its reps, as ``8 each`` and ``8 reps`` are: the row
was not read ("is not a number")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr


def _one_set(reps_cell: str) -> tuple[hr.WorkoutLog, hr.LoggedExercise | None]:
    data = (
        "Date,Exercise,Reps,Weight\n"
        f'2025-11-03,Walking Lunge,"{reps_cell}",20\n'
        "2025-11-03,Romanian Deadlift,8,100\n"
    ).encode()
    log = hr.load_log(data, name="log.csv")
    found = [e for w in log.workouts for e in w.exercises if e.name == "Walking Lunge"]
    return log, found[0] if found else None


@pytest.mark.parametrize(
    ("cell", "reps"),
    [
        ("20 steps", 20),
        ("1 step", 1),
        ("20 steps each", 20),
        ("10 steps per leg", 10),
        ("20 Schritte", 20),
        ("12 pasos", 12),
        ("8e", 8),
        ("8E", 8),
        ("8ea", 8),
        ("8e/s", 8),
        ("8/s", 8),
        ("8e (ecc)", 8),
    ],
)
def test_a_reps_cell_of_steps_or_per_side_shorthand_is_read_as_its_reps(cell: str, reps: int) -> None:
    """The row is one set of those reps, and nothing is said of its line."""
    log, lunge = _one_set(cell)
    assert lunge is not None
    assert (lunge.hard_sets, lunge.reps_low, lunge.reps_high) == (1, reps, reps)
    assert [i for i in log.issues if i.line == 2] == []
    assert log.rows_not_read == 0


@pytest.mark.parametrize("cell", ["8 eggs", "8 elephants", "20 stairs?", "1e3", "8x"])
def test_other_words_after_a_count_still_say_the_row_is_not_read(cell: str) -> None:
    """Only the count's own words are read: any other cell is still reported, its row not read."""
    log, lunge = _one_set(cell)
    assert lunge is None
    assert any(i.line == 2 and "not a number" in i.message for i in log.issues)
    assert log.rows_not_read == 1


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 60),
    st.sampled_from(["steps", "step", "Steps", "STEPS", "schritte", "pasos", "passi", "pas", "reps"]),
    st.sampled_from([" ", "", "  "]),
    st.sampled_from(["", " each", " per side", "/leg", " e/s"]),
)
def test_any_count_of_steps_or_reps_with_a_side_word_reads_as_that_count(
    n: int, word: str, space: str, side: str
) -> None:
    """``N steps``, ``N reps each``, ``N pasos per side`` ... read N reps, whatever the spacing."""
    _, lunge = _one_set(f"{n}{space}{word}{side}")
    assert lunge is not None
    assert (lunge.reps_low, lunge.reps_high) == (n, n)
