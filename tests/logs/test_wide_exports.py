"""Workout logs, session 23: a wide export - one row a workout, its exercises numbered groups of
columns (StrongLifts: ``Exercise 1, Weight 1 (kg), Set 1.1 ... Set 1.5, Exercise 2 ...``) - reads
each group as an exercise of the row's workout, and any message counts the file's rows (review27
R25: it read every group's sets as ``Exercise 1``'s, and said "9 rows" of a file of 3)."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logwriters import DaySpec, write_long, write_wide

STRONGLIFTS = (
    "Date,Workout,Body Weight (kg),Exercise 1,Weight 1 (kg),Set 1.1,Set 1.2,Set 1.3,Set 1.4,Set 1.5,"
    "Exercise 2,Weight 2 (kg),Set 2.1,Set 2.2,Set 2.3,Set 2.4,Set 2.5,"
    "Exercise 3,Weight 3 (kg),Set 3.1,Set 3.2,Set 3.3,Set 3.4,Set 3.5\n"
    "2025-11-03,A,80,Squat,100,5,5,5,5,5,Bench Press,70,5,5,5,5,5,Barbell Row,60,5,5,5,5,5\n"
    "2025-11-05,B,80,Squat,102.5,5,5,5,5,5,Overhead Press,45,5,5,5,5,5,Deadlift,120,5,,,,\n"
    "2025-11-07,A,80,Squat,105,5,5,5,5,5,Bench Press,72.5,5,5,5,5,5,Barbell Row,62.5,5,5,5,5,5\n"
)


def _log(text: str, **kw: object) -> hr.WorkoutLog:
    return hr.load_log(io.StringIO(text), name="x.csv", keep_sets=True, **kw)  # type: ignore[arg-type]


def _read(log: hr.WorkoutLog) -> list[tuple[str, str, tuple[int, ...], tuple[float | None, ...]]]:
    return [
        (w.start.date().isoformat(), e.name, e.reps, e.weights_kg) for w in log.workouts for e in w.exercises
    ]


def test_each_numbered_group_is_an_exercise_of_the_rows_workout() -> None:
    """Three rows, three exercises each: Squat 100 kg 5x5, Bench 70 kg 5x5..., Deadlift 120 kg 1x5."""
    log = _log(STRONGLIFTS)
    assert [len(w.exercises) for w in log.workouts] == [3, 3, 3]
    read = _read(log)
    assert read[0] == ("2025-11-03", "Squat", (5,) * 5, (100.0,) * 5)
    assert read[1] == ("2025-11-03", "Bench Press", (5,) * 5, (70.0,) * 5)
    assert read[5] == ("2025-11-05", "Deadlift", (5,), (120.0,))
    assert log.rows == 3 and log.rows_not_read == 0


def test_the_notice_names_the_groups() -> None:
    """The columns notice says the file is a row a workout of numbered groups, and which."""
    message = _log(STRONGLIFTS).issues[0].message
    assert "one row a workout with 3 numbered groups" in message
    assert "'Exercise 1' to 'Exercise 3'" in message
    assert "'Body Weight (kg)'" in message.split("not read:")[1]  # the lifter's weight is no set's


def test_a_wide_export_of_no_sets_counts_its_own_rows() -> None:
    """Reps no set has: refused, counting the file's 3 rows, not 9 rows of groups."""
    text = STRONGLIFTS.replace(",5", ",x")
    with pytest.raises(hr.LogFormatError, match=r"no sets found in 3 rows"):
        _log(text)


def test_groups_in_pounds_are_converted() -> None:
    """``Weight 1 (lb)``: the groups' weights are pounds."""
    text = "Date,Exercise 1,Weight 1 (lb),Reps 1,Exercise 2,Weight 2 (lb),Reps 2\n"
    text += '2025-11-03,RDL,225,"8,8",Curl,90,12\n'
    read = _read(_log(text))
    assert [(name, reps) for _, name, reps, _ in read] == [("RDL", (8, 8)), ("Curl", (12,))]
    assert read[0][3] == pytest.approx((225 * 0.45359237,) * 2)


def test_a_group_left_blank_is_no_exercise() -> None:
    """A workout of two exercises in a file of three groups: the third group's blanks are nothing."""
    text = "Date,Exercise 1,Weight 1,Reps 1,Exercise 2,Weight 2,Reps 2,Exercise 3,Weight 3,Reps 3\n"
    text += "2025-11-03,RDL,100,8,Curl,40,12,,,\n"
    log = _log(text)
    assert [e.name for e in log.workouts[0].exercises] == ["RDL", "Curl"]
    assert log.issues[1:] == ()


@st.composite
def _sets(draw: st.DrawFn) -> list[tuple[float, int]]:
    """An exercise's sets at one weight (a wide export gives each exercise one), 1-5 of them."""
    weight = draw(st.integers(2, 600)) / 2
    return [(weight, draw(st.integers(1, 30))) for _ in range(draw(st.integers(1, 5)))]


_NAMES = st.sampled_from(["Romanian Deadlift", "Lying Leg Curl", "Good Morning", "Barbell Squat"])


@st.composite
def _days(draw: st.DrawFn) -> list[DaySpec]:
    offsets = sorted(draw(st.lists(st.integers(0, 60), min_size=1, max_size=6, unique=True)))
    return [
        (
            datetime(2025, 11, 3) + timedelta(days=d),
            [(name, draw(_sets())) for name in draw(st.lists(_NAMES, min_size=1, max_size=4, unique=True))],
        )
        for d in offsets
    ]


@settings(max_examples=25, deadline=None)
@given(days=_days())
def test_a_wide_export_reads_as_the_same_log_in_long_form(days: list[DaySpec]) -> None:
    """The same sets written one row a workout in numbered groups and one row a set read as the
    same sets: dates, exercises, reps and weights; and the wide log counts its own rows."""
    wide = _log(write_wide(days))
    assert _read(wide) == _read(_log(write_long(days)))
    assert wide.rows == len(days)
