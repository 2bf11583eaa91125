"""Workout logs, session 23: a log of one row an exercise and day whose sets are listed as weight x
reps (JEFIT's ``logs``: ``100x8,100x8,105x6``) is read, its exercise named ``ename``; a file of
several tables in sections (a JEFIT backup: ``### EXERCISE LOGS ###``) reads its log's section
and says which it did not read (review27 R10)."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logwriters import DaySpec, write_jefit, write_long

JEFIT_FULL = """### SETTING ##########################################

row_id,USERID,TIMESTAMP,gender
1,1,"2026-01-01 00:00:00",M


######################################################

### EXERCISE LOGS ####################################

USERID,TIMESTAMP,belongSys,logs,_id,record,mydate,eid,ename,day_item_id,belongsession,logTime,interval_logs,auto_generated
1,"2026-01-01 00:00:00",1,"60x10,65x8,65x8",1,86.67,2026-01-01,21,"Barbell Bench Press",1,1000,1,,
1,"2026-01-01 00:00:00",1,"18.00003x8,0x10,45.25x6",2,26.67,2026-01-01,91,"Romanian Deadlift",2,1000,1,,
1,"2026-01-01 00:00:00",1,"100x5,100x5",3,116.67,2026-01-05,127,"Barbell Squat",3,2000,2,,


######################################################

### EXERCISE SET LOGS ################################

_id,userid,exercise_log_id,set_index,weight_lbs,reps
1,1,1,0,132.28,10
2,1,1,1,143.3,8
"""


def _log(text: str, **kw: object) -> hr.WorkoutLog:
    return hr.load_log(io.StringIO(text), name="x.csv", keep_sets=True, **kw)  # type: ignore[arg-type]


def _read(log: hr.WorkoutLog) -> list[tuple[str, str, tuple[int, ...], tuple[float | None, ...]]]:
    return [
        (w.start.date().isoformat(), e.name, e.reps, e.weights_kg) for w in log.workouts for e in w.exercises
    ]


def test_a_jefit_backup_reads_its_exercise_logs_by_their_own_date() -> None:
    """The exercise logs' section is read: each ``logs`` item a set of its weight and reps (a
    weight's decimals kept, ``0x10`` a set of no load), dated by ``mydate`` - not by the
    ``TIMESTAMP`` every row shares (the backup's) - and the set logs below are no sets."""
    log = _log(JEFIT_FULL)
    assert _read(log) == [
        ("2026-01-01", "Barbell Bench Press", (10, 8, 8), (60.0, 65.0, 65.0)),
        ("2026-01-01", "Romanian Deadlift", (8, 10, 6), (18.00003, 0.0, 45.25)),
        ("2026-01-05", "Barbell Squat", (5, 5), (100.0, 100.0)),
    ]
    assert log.rows == 3 and log.rows_not_read == 0


def test_a_jefit_backup_says_which_sections_it_read() -> None:
    """The first notice names the section read and each one not read, with what it lacks."""
    message = _log(JEFIT_FULL).issues[0].message
    assert "'EXERCISE LOGS' (line 9) read as the log" in message
    assert "'SETTING' (line 1: no exercise and no reps column)" in message
    assert "'EXERCISE SET LOGS' (line 19, 3 rows)" in message


def test_the_columns_notice_says_the_sets_are_weight_x_reps() -> None:
    """A log without sections: ``ename`` read as the exercise, ``logs`` as each set's weight x reps."""
    text = '_id,mydate,eid,ename,logs\n1,2025-11-03,30,RDL,"100x8,100x8,105x6"\n'
    log = _log(text)
    assert _read(log) == [("2025-11-03", "RDL", (8, 8, 6), (100.0, 100.0, 105.0))]
    assert "'ename' as exercise" in log.issues[0].message
    assert "'logs' as each set's weight x reps" in log.issues[0].message


@pytest.mark.parametrize("name", ["ename", "exname", "ex_name", "Ex. Name", "exer_title", "EXERCISE_NAME"])
def test_a_shortened_exercise_name_column_is_the_exercise(name: str) -> None:
    """``ename``, ``exname``, ``ex_title``...: a shortened "exercise" and a name word."""
    log = _log(f"Date,{name},Reps,Weight\n2025-11-03,RDL,8,100\n")
    assert _read(log) == [("2025-11-03", "RDL", (8,), (100.0,))]


@pytest.mark.parametrize("column", ["Sets", "Details", "Performed"])
def test_any_column_listing_each_sets_weight_x_reps_is_read(column: str) -> None:
    """Whatever the column's name, one whose cells all list weight x reps is read (said)."""
    text = f'Date,Exercise,{column}\n2025-11-03,RDL,"102.5x8, 102.5x8"\n2025-11-05,RDL,"110 x 5; 110 x 5"\n'
    log = _log(text)
    assert _read(log) == [
        ("2025-11-03", "RDL", (8, 8), (102.5, 102.5)),
        ("2025-11-05", "RDL", (5, 5), (110.0, 110.0)),
    ]
    assert f"'{column}' as each set's weight x reps" in log.issues[0].message


def test_a_column_of_sets_x_reps_counts_is_not_read_as_weights() -> None:
    """``3x8`` may be 3 sets of 8: a column whose first numbers are all counts is no weight x
    reps, and the header is refused naming the column it lacks."""
    with pytest.raises(hr.LogFormatError, match="no reps column"):
        _log('mydate,ename,logs\n2025-11-03,RDL,"3x8,2x5"\n')


def test_a_file_of_sections_none_a_log_names_what_each_lacks() -> None:
    """A backup of no exercise logs: refused, naming each section and what its header lacks."""
    text = (
        "### WORKOUT SESSIONS ###\n_id,starttime,endtime\n1,1762156800,1762160400\n"
        "### EXERCISE SET LOGS ###\n_id,exercise_log_id,weight,reps\n1,1,100,8\n"
    )
    with pytest.raises(hr.LogFormatError) as caught:
        _log(text)
    message = caught.value.message
    assert "'WORKOUT SESSIONS' (line 1): no exercise and no reps column" in message
    assert "'EXERCISE SET LOGS' (line 4): no date and no exercise column" in message


def test_a_later_log_section_of_the_same_table_is_read_too() -> None:
    """Two exercise log sections: both read, the section between them not."""
    head = "_id,mydate,ename,logs\n"
    text = (
        f'### EXERCISE LOGS ###\n{head}1,2025-11-03,RDL,"100x8"\n'
        "### NOTES ###\nid,text\n1,hello\n"
        f'### EXERCISE LOGS ###\n{head}2,2025-11-05,RDL,"105x8"\n'
    )
    log = _log(text)
    assert _read(log) == [("2025-11-03", "RDL", (8,), (100.0,)), ("2025-11-05", "RDL", (8,), (105.0,))]
    assert "'NOTES' (line 4, 2 rows)" in log.issues[0].message


_NAMES = st.sampled_from(["Romanian Deadlift", "Lying Leg Curl", "Good Morning", "Barbell Squat"])


@st.composite
def _sets(draw: st.DrawFn) -> list[tuple[float, int]]:
    """An exercise's sets: 21-300 kg (a weight, never a count of sets), within 10 kg of each other
    (a list of one row's weights that differ many-fold is refused as no list of weights)."""
    base = draw(st.integers(42, 600)) / 2
    steps = st.sampled_from([0.0, 2.5, 5.0, 10.0])
    n = draw(st.integers(1, 6))
    return [(base + draw(steps), draw(st.integers(1, 30))) for _ in range(n)]


@st.composite
def _days(draw: st.DrawFn) -> list[DaySpec]:
    n = draw(st.integers(1, 6))
    start = datetime(2025, 11, 3)
    offsets = sorted(draw(st.lists(st.integers(0, 60), min_size=n, max_size=n, unique=True)))
    return [
        (
            start + timedelta(days=d),
            [(name, draw(_sets())) for name in draw(st.lists(_NAMES, min_size=1, max_size=3, unique=True))],
        )
        for d in offsets
    ]


@settings(max_examples=25, deadline=None)
@given(days=_days(), sections=st.booleans())
def test_a_jefit_export_reads_as_the_same_log_in_long_form(days: list[DaySpec], sections: bool) -> None:
    """The same sets written as a JEFIT backup (a row an exercise, its sets listed) and as a log
    of one row a set read as the same sets: dates, exercises, reps and weights."""
    assert _read(_log(write_jefit(days, sections=sections))) == _read(_log(write_long(days)))
