"""Reps cells as coaches write them, read one way in a program and a log (sheets12, review22 R3)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import hamstring_rules as hr


def _file(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _logged(tmp_path: Path, reps: str, sets: int = 3) -> hr.WorkoutLog:
    """A generic log of one Deadlift row of ``sets`` sets and ``reps`` (and an RDL row, so that a
    row not read still leaves a log)."""
    text = f'Date,Exercise,Sets,Reps,Weight\n2025-11-03,Deadlift,{sets},"{reps}",140\n2025-11-03,RDL,3,8,80\n'
    return hr.load_log(_file(tmp_path, text, "log.csv"))


def _deadlift(log: hr.WorkoutLog) -> Any:
    return next((e for w in log.workouts for e in w.exercises if e.name == "Deadlift"), None)


# -- R3: each set's reps, the last to failure ------------------------------------------------------


@pytest.mark.parametrize("reps", ["5/3/1+", "5,3,1+", "12,10,8", "12-10-8", "12—10—8", "3/3/3+"])
def test_the_log_reads_the_same_lists_a_set_for_each_number(tmp_path: Path, reps: str) -> None:
    """A log's row of Sets 3 and such a reps cell is 3 sets of the reps listed (the row was not
    read: '5/3/1+ is not a number')."""
    log = _logged(tmp_path, reps)
    deadlift = _deadlift(log)
    numbers = [int(n) for n in re.findall(r"[0-9]+", reps)]
    assert deadlift is not None and deadlift.hard_sets == 3
    assert (deadlift.reps_low, deadlift.reps_high) == (min(numbers), max(numbers))
    assert not any("not read" in str(issue) for issue in log.issues)


def test_the_log_reads_an_rpe_named_after_the_at(tmp_path: Path) -> None:
    """A log's reps cell '6-8 @ RPE 8' is read as '6-8 @8' is (the row was not read)."""
    deadlift = _deadlift(_logged(tmp_path, "6-8 @ RPE 8"))
    assert deadlift is not None and deadlift.max_rpe == 8
