"""How a workout log's cells and header are read (review 18): warm-up and failure markers in
the sheet languages, done flags, failure notes in a reps cell, a German Strong-style export,
malformed numbers, implausible reps, a rest-pause set, a column named twice, and ``check -``
of an export with a title above its header."""

from __future__ import annotations

from pathlib import Path

import pytest

import hamstring_rules as hr


def _log(text: str, **kw: object) -> hr.WorkoutLog:
    return hr.load_log(text.encode("utf-8"), **kw)  # type: ignore[arg-type]


def _only(log: hr.WorkoutLog) -> hr.LoggedExercise:
    (workout,) = log.workouts
    (exercise,) = workout.exercises
    return exercise


def _issues(log: hr.WorkoutLog) -> str:
    return "\n".join(map(str, log.issues))


# -- item 28: a column named twice ------------------------------------------------------------


def test_a_log_column_named_twice_reads_the_first_and_says_so() -> None:
    """``Reps,Reps``: the first is read, and the notice names both columns; not 'no reps column'."""
    log = _log("Date,Exercise,Reps,Reps,Weight\n2025-11-03,RDL,8,12,100\n")
    assert _only(log).reps_high == 8
    said = log.issues[0].message
    assert "'Reps' is named twice (columns 3 and 4)" in said and "column 4 is not read" in said


def test_a_program_column_named_twice_is_refused_naming_its_columns(tmp_path: Path) -> None:
    """A program sheet ``Day,Exercise,Sets,Reps,Reps``: refused naming the column and its positions
    (it said 'reps: Field required')."""
    path = tmp_path / "p.csv"
    path.write_text("Day,Exercise,Sets,Reps,Reps\nMonday,RDL,3,8,12\n", encoding="utf-8")
    with pytest.raises(hr.ProgramError, match=r"'Reps' is named twice \(columns 4 and 5\)"):
        hr.load_program(path)
