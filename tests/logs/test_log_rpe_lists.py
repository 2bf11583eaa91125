"""An RPE (or RIR) cell listing each set's effort in a row of several sets (``7,8,9``, ``7/8/9``,
``RPE 7 8 9``, ``RIR 3/2/1``) gives each set its effort: it was "not an RPE" and dropped."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr


def _row(header: str, row: str, keep_sets: bool = True) -> tuple[hr.WorkoutLog, hr.LoggedExercise]:
    log = hr.load_log(f"{header}\n{row}\n".encode(), name="log.csv", keep_sets=keep_sets)
    return log, log.workouts[0].exercises[0]


@pytest.mark.parametrize(
    ("header", "row", "efforts"),
    [
        ("Date,Exercise,Sets,Reps,Weight,RPE", '2025-11-03,RDL,3,8,100,"7,8,9"', (7.0, 8.0, 9.0)),
        ("Date,Exercise,Sets,Reps,Weight,RPE", "2025-11-03,RDL,3,8,100,7/8/9.5", (7.0, 8.0, 9.5)),
        ("Date,Exercise,Sets,Reps,Weight,RPE", "2025-11-03,RDL,3,8,100,RPE 7 8 9", (7.0, 8.0, 9.0)),
        ("Date,Exercise,Sets,Reps,Weight,RPE", "2025-11-03,RDL,2,8,100,@7/@8", (7.0, 8.0)),
        ("Date,Exercise,Reps,Weight,RPE", "2025-11-03,RDL,8/8/6,100,7/8/9", (7.0, 8.0, 9.0)),
        ("Date,Exercise,Sets,Reps,Weight,RIR", "2025-11-03,RDL,3,8,100,3/2/1", (7.0, 8.0, 9.0)),
    ],
)
def test_each_set_gets_its_effort_from_a_listed_cell(
    header: str, row: str, efforts: tuple[float, ...]
) -> None:
    """The row's sets carry the listed efforts in order, the top one is the exercise's, nothing said."""
    log, rdl = _row(header, row)
    assert rdl.hard_sets == len(efforts)
    assert rdl.rpe == efforts
    assert rdl.max_rpe == max(efforts)
    assert [i for i in log.issues if i.line == 2] == []


def test_a_listed_easy_set_is_no_hard_set() -> None:
    """RPE 5 for the first of three sets: that set is easy (below RPE 6), the other two hard."""
    _, rdl = _row("Date,Exercise,Sets,Reps,Weight,RPE", "2025-11-03,RDL,3,8,100,5/8/10")
    assert (rdl.hard_sets, rdl.easy_sets, rdl.max_rpe) == (2, 1, 10.0)


def test_a_list_of_more_or_fewer_efforts_than_sets_is_said_and_dropped() -> None:
    """Three efforts for a row of two sets: which set had which is unknown; the sets are kept."""
    log, rdl = _row("Date,Exercise,Sets,Reps,Weight,RPE", "2025-11-03,RDL,2,8,100,7/8/9")
    assert (rdl.hard_sets, rdl.max_rpe, rdl.rpe) == (2, None, ())
    assert any("lists 3 sets' efforts, the row has 2 sets" in i.message for i in log.issues if i.line == 2)


@pytest.mark.parametrize("cell", ["8/10", "8-9", "7,5"])
def test_one_effort_written_with_a_separator_stays_one(cell: str) -> None:
    """RPE 8 out of 10, a range and a decimal comma are one effort, as before, on every set."""
    _, rdl = _row("Date;Exercise;Sets;Reps;Weight;RPE", f"2025-11-03;RDL;2;8;100;{cell}")
    assert rdl.max_rpe == {"8/10": 8.0, "8-9": 9.0, "7,5": 7.5}[cell]
    assert len(rdl.rpe) == 2


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from([6.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0]), min_size=2, max_size=6),
    st.sampled_from(["/", ",", " ", " / ", ";"]),
)
def test_any_listed_efforts_read_back_in_order(efforts: list[float], separator: str) -> None:
    """However the list is separated, a row of N sets with N efforts reads them back in order
    (two joined by a comma or a slash may be one effort, ``6,5`` or ``8/10``: read so, as before)."""
    assume(len(efforts) > 2 or separator.strip() not in (",", "/"))
    cell = separator.join(f"{e:g}" for e in efforts)
    _, rdl = _row("Date,Exercise,Sets,Reps,Weight,RPE", f'2025-11-03,RDL,{len(efforts)},8,100,"{cell}"')
    assert rdl.rpe == tuple(efforts)
    assert rdl.max_rpe == max(efforts)
