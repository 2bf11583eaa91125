"""Workout logs, session 23: a set whose reps are the implausible value is kept as a set of
unknown reps, never as 500 reps; a negative weight on a lift of a free load (a barbell, a
dumbbell) is reported, never read as an assisted body-weight set's help (review27 R22)."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

STRONG = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE"
)


def _strong(rows: list[tuple[str, str, str]]) -> hr.WorkoutLog:
    """A Strong export (kg) of ``(exercise, weight, reps)`` sets on one day."""
    body = [
        f'2025-11-03 18:00:00,"Legs",1h,"{ex}",{n},{w},{r},0,0,"",,' for n, (ex, w, r) in enumerate(rows, 1)
    ]
    return hr.load_log(
        io.StringIO("\n".join([STRONG, *body]) + "\n"), name="x.csv", keep_sets=True, unit="kg"
    )


def _only(log: hr.WorkoutLog) -> hr.LoggedExercise:
    (workout,) = log.workouts
    (exercise,) = workout.exercises
    return exercise


def test_a_loaded_set_of_500_reps_is_a_set_of_unknown_reps() -> None:
    """100 kg x 500: the set is counted, its reps are unknown (0, as a hold's) and its weight is
    dropped - the reps range is the other sets', never 500 - and the notice says so."""
    rdl = _only(
        _strong([("Romanian Deadlift (Barbell)", "100", "8"), ("Romanian Deadlift (Barbell)", "100", "500")])
    )
    assert rdl.hard_sets == 2
    assert rdl.reps == (8, 0) and rdl.weights_kg == (100.0, None)
    assert (rdl.reps_low, rdl.reps_high) == (8, 8)
    assert rdl.tonnage_kg == 800.0


def test_the_notice_says_the_reps_are_unknown() -> None:
    """The notice names the reps and the weight, and says the set is kept with its reps unknown."""
    log = _strong([("Romanian Deadlift (Barbell)", "100", "500")])
    (issue,) = [i for i in log.issues if i.line == 2]
    assert "500 reps with 100 kg" in issue.message
    assert "unknown reps" in issue.message and "without its weight" in issue.message
    assert log.rows_not_read == 0  # the set is kept


def test_a_reps_list_keeps_its_plausible_sets() -> None:
    """``8,8,500`` at 100 kg: two sets of 8 at 100 kg and one of unknown reps, no weight."""
    rdl = _only(_strong([("Romanian Deadlift (Barbell)", "100", '"8,8,500"')]))
    assert rdl.hard_sets == 3
    assert rdl.reps == (8, 8, 0) and rdl.weights_kg == (100.0, 100.0, None)
    assert rdl.reps_high == 8


def test_a_program_of_the_log_never_holds_the_implausible_reps() -> None:
    """The log's program reads the set as done, with the other sets' reps."""
    log = _strong(
        [("Romanian Deadlift (Barbell)", "100", "8"), ("Romanian Deadlift (Barbell)", "100", "500")]
    )
    (entry,) = log.to_program().weeks[0].sessions[0].entries
    assert entry.sets == 2 and (entry.reps_low, entry.reps_high) == (8, 8)


@settings(max_examples=30, deadline=None)
@given(reps=st.integers(101, 1000), weight=st.integers(1, 300))
def test_no_loaded_set_keeps_more_than_100_reps(reps: int, weight: int) -> None:
    """Whatever the loaded set's implausible reps, no set read keeps them, and the set is kept."""
    rdl = _only(_strong([("Good Morning (Barbell)", str(weight), str(reps))]))
    assert rdl.hard_sets == 1 and rdl.reps == (0,) and rdl.weights_kg == (None,)
    assert rdl.reps_high <= 100


@pytest.mark.parametrize(
    ("name", "tool"),
    [
        ("Romanian Deadlift (Barbell)", "barbell"),
        ("Dumbbell Romanian Deadlift", "dumbbell"),
        ("Trap bar deadlift", "trap bar"),
        ("SSB Good Morning", "barbell"),
        ("Hip Thrust (Smith Machine)", "smith"),
    ],
)
def test_a_negative_weight_on_a_free_load_lift_is_no_help(name: str, tool: str) -> None:
    """-100 on a barbell RDL is reported (a barbell lift takes no help), the set kept without its
    weight, and no assistance is read: not a body-weight set, no assisted set."""
    log = _strong([(name, "-100", "8")])
    ex = _only(log)
    assert ex.hard_sets == 1 and ex.weights_kg == (None,)
    assert ex.body_weight_sets == 0 and ex.assistance_kg is None
    (issue,) = [i for i in log.issues if i.line == 2]
    assert f"a {tool} lift takes no help" in issue.message
    assert "assisted body-weight" not in issue.message


@pytest.mark.parametrize(
    "name", ["Nordic Hamstring Curl", "Assisted Pull Up (Machine)", "Pull Up (Band)", "Chin Up (Assisted)"]
)
def test_a_negative_weight_on_a_body_weight_lift_is_still_help(name: str) -> None:
    """-20 on a body-weight or machine-assisted exercise is still an assisted set's help."""
    ex = _only(_strong([(name, "-20", "8")]))
    assert ex.body_weight_sets == 1 and ex.assistance_kg == 20.0
