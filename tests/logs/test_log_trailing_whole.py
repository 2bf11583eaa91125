"""Rows ending in a separator the header does not end in, with whole-number weights
(``...,100,8,,`` under ``Weight,Reps,RPE``), are read: ``100,8`` read as one number with a decimal
comma would leave the row's reps blank, so it is a weight and reps. They were not read, each
"6 fields, the header has 5 (is 100,8 one number with a decimal comma?)"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

_HEADER = "Date,Exercise,Weight,Reps,RPE\n"


def test_whole_number_weights_with_trailing_separators_are_read() -> None:
    """Each row is one set of its weight and reps; no row is lost."""
    log = hr.load_log((_HEADER + "2025-11-03,RDL,100,8,,\n2025-11-05,RDL,105,8,,\n").encode(), name="log.csv")
    sets = [(e.top_kg, e.reps_low, e.hard_sets) for w in log.workouts for e in w.exercises]
    assert sets == [(100.0, 8, 1), (105.0, 8, 1)]
    assert log.rows_not_read == 0


def test_a_row_a_decimal_comma_reads_as_well_is_still_said() -> None:
    """``82,5,8,`` is 82.5 kg x 8 or 82 kg x 5 at RPE 8: neither is guessed, the row is said."""
    log = hr.load_log((_HEADER + "2025-11-03,RDL,100,8,,\n2025-11-05,RDL,82,5,8,\n").encode(), name="log.csv")
    assert log.rows_not_read == 1
    assert any("82,5 one number with a decimal comma" in i.message for i in log.issues if i.line == 3)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 300), st.integers(1, 30)), min_size=1, max_size=20))
def test_any_whole_weights_and_reps_with_trailing_separators_read_back(sets: list[tuple[int, int]]) -> None:
    """Every row of a whole weight, its reps, a blank RPE and a trailing separator is read as written."""
    rows = "".join(f"2025-11-{3 + i % 20:02d},RDL {i},{kg},{reps},,\n" for i, (kg, reps) in enumerate(sets))
    log = hr.load_log((_HEADER + rows).encode(), name="log.csv")
    read = {e.name: (e.top_kg, e.reps_low) for w in log.workouts for e in w.exercises}
    assert read == {f"RDL {i}": (float(kg), reps) for i, (kg, reps) in enumerate(sets)}
    assert log.rows_not_read == 0
