"""The log reader's fast paths (issue #16) read what the row-by-row reading reads: warm-ups
counted inside an exercise's group of rows, wherever they stand, and exercises built without
attrs' per-field ``object.__setattr__``."""

from __future__ import annotations

import inspect
import io
import pickle
import weakref
from datetime import datetime, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules import logs

from ..logwriters import HEVY_KG


def test_the_unfrozen_builder_takes_logged_exercise_fields_in_their_order() -> None:
    """_Unfrozen's parameters and slots are LoggedExercise's fields, in field order."""
    fields = [f.name for f in attrs.fields(hr.LoggedExercise)]
    params = list(inspect.signature(logs._Unfrozen.__init__).parameters)[1:]
    assert params == fields
    assert logs._Unfrozen.__slots__ == hr.LoggedExercise.__slots__


def test_an_exercise_built_fast_is_a_logged_exercise_like_any_other() -> None:
    """Equal, hashed, shown, pickled, frozen and weakly referenced as one the constructor built."""
    fields = ("RDL", 3, 1, (8, 8, 6), (100.0, 100.0, None), (8.0,), (), 6, 8, 8.0, 0, 100.0,
              126.67, 2400.0, 1, 0, 7, 0, 0, None)  # fmt: skip
    fast, slow = logs._logged_exercise(*fields), hr.LoggedExercise(*fields)
    assert type(fast) is hr.LoggedExercise
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow
    assert weakref.ref(fast)() is fast
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fast.hard_sets = 4  # type: ignore[misc]


def _hevy(sets: list[tuple[str, str, int, int, str]]) -> bytes:
    """A Hevy (kg) export of one workout: (exercise, set type, kg, reps, rpe) a row."""
    out = io.StringIO()
    out.write(",".join(HEVY_KG) + "\n")
    stamp = '"3 Nov 2025, 07:48"'
    for i, (name, kind, kg, reps, rpe) in enumerate(sets):
        out.write(f"Lower,{stamp},{stamp},,{name},,,{i},{kind},{kg},{reps},,,{rpe}\n")
    return out.getvalue().encode()


_SET = st.tuples(
    st.sampled_from(["Romanian Deadlift (Barbell)", "Nordic Curl", "Seated Leg Curl (Machine)"]),
    st.sampled_from(["normal", "normal", "warmup", "failure"]),
    st.integers(20, 140),
    st.integers(1, 15),
    st.sampled_from(["", "", "8", "9.5"]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_SET, min_size=1, max_size=40))
def test_warm_ups_anywhere_in_an_exercise_s_rows_count_as_warm_ups(
    sets: list[tuple[str, str, int, int, str]],
) -> None:
    """Whatever the order of an exercise's warm-ups and work sets (first, between, last, or an
    exercise resumed later), each warm-up counts once as a warm-up and the work sets give the
    reps range, top load and RPE: as a row-by-row model of the export says."""
    log = hr.load_log(_hevy(sets), name="hevy.csv")
    by_name: dict[str, list[tuple[str, str, int, int, str]]] = {}
    for row in sets:
        by_name.setdefault(row[0], []).append(row)
    read = {e.name: e for e in log.workouts[0].exercises}
    assert set(read) == set(by_name)
    for name, rows in by_name.items():
        work = [r for r in rows if r[1] != "warmup"]
        exercise = read[name]
        assert exercise.warmup_sets == len(rows) - len(work)
        assert exercise.hard_sets == len(work)
        assert exercise.failure_sets == sum(r[1] == "failure" for r in work)
        assert exercise.reps_low == (min(r[3] for r in work) if work else 0)
        assert exercise.reps_high == (max(r[3] for r in work) if work else 0)
        assert exercise.top_kg == (float(max(r[2] for r in work)) if work else None)
        rpes = [float(r[4]) for r in work if r[4]]
        assert exercise.max_rpe == (max(rpes) if rpes else None)


def test_an_export_longer_than_a_chunk_reads_each_exercise_whole() -> None:
    """An exercise's rows across the reader's chunk boundary (256 rows) are one exercise."""
    start = datetime(2025, 11, 3, 7, 48)
    rows = [("Nordic Curl", "warmup" if i % 50 == 0 else "normal", 100, 5 + i % 3, "") for i in range(300)]
    log = hr.load_log(_hevy(rows), name="long.csv")
    (nordic,) = log.workouts[0].exercises
    assert (nordic.warmup_sets, nordic.hard_sets) == (6, 294)
    assert (nordic.reps_low, nordic.reps_high) == (5, 7)
    assert log.workouts[0].start == start
    assert log.rows == 300
    assert start + timedelta(0) == log.workouts[0].start
