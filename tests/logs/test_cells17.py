"""Log cells the last session left misread (cells17): a bare weight x reps in a reps column, two
exports of the same workouts joined, a separator ending every row past the first 64."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import hamstring_rules as hr


def _log(text: str, **kwargs: object) -> hr.WorkoutLog:
    return hr.load_log(io.StringIO(text), keep_sets=True, **kwargs)  # type: ignore[arg-type]


# -- a bare weight x reps in a one-set-a-row reps column ----------------------------------------------


@pytest.mark.parametrize(("cell", "n", "m"), [("100x8", 100, 8), ("60 x 12", 60, 12), ("225×5", 225, 5)])
def test_a_bare_weight_x_reps_says_how_to_write_it(cell: str, n: int, m: int) -> None:
    """'100x8' is 100 sets of 8 or 100 kg x 8: still not guessed, but the issue says how to write
    it - the weight in the file's own weight column, named - where it said only 'is not a number'."""
    log = _log(f"Date,Exercise,Reps,Weight (kg)\n2025-11-03,RDL,{cell},\n2025-11-03,RDL,8,100\n")
    (issue,) = [i for i in log.issues if i.line == 2]
    assert f"{n} sets of {m}, or {n} kg/lb x {m} reps?" in issue.message
    assert f"the weight in the 'Weight (kg)' column ({n}) and the reps here ({m})" in issue.message
    assert f"({n}kg x {m})" in issue.message and "is not a number" not in issue.message
    assert [e.reps for w in log.workouts for e in w.exercises] == [(8,)]  # the row is not read


def test_with_no_weight_column_the_refusal_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "hand.csv"
    path.write_text("Date,Exercise,Reps\n2025-11-03,RDL,100x8\n", encoding="utf-8")
    with pytest.raises(hr.LogFormatError) as caught:
        hr.load_log(path)
    message = str(caught.value)
    assert "hand.csv" in message and "line 2" in message
    assert "the reps here (8) and the weight in a Weight column (100)" in message


@pytest.mark.parametrize("cell", ["eight", "3x", "x8"])
def test_other_cells_say_the_forms_as_before(cell: str) -> None:
    log = _log(f"Date,Exercise,Reps,Weight\n2025-11-03,RDL,{cell},\n2025-11-03,RDL,8,100\n")
    (issue,) = [i for i in log.issues if i.line == 2]
    assert "is not a number" in issue.message and "reps are read as 8, 8+" in issue.message


def test_sets_x_reps_within_the_sets_a_row_holds_are_still_read() -> None:
    log = _log("Date,Exercise,Reps,Weight\n2025-11-03,RDL,3x8,100\n")
    assert [e.reps for w in log.workouts for e in w.exercises] == [(8, 8, 8)]
