"""Workout logs, session 15: a weight list read as one only where it is each set's weight (a date
in the weight column is not), body-weight and assisted weights, two exports joined in one file
read each by its own header, and realistic app exports with the mess real files have."""

from __future__ import annotations

import io
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

LB = 0.45359237


def _log(text: str, **kw: object) -> hr.WorkoutLog:
    return hr.load_log(io.StringIO(text), name="x.csv", keep_sets=True, **kw)  # type: ignore[arg-type]


def _said(log: hr.WorkoutLog, words: str) -> list[hr.LogIssue]:
    return [i for i in log.issues if words in i.message]


def _exercises(log: hr.WorkoutLog, name: str) -> list[hr.LoggedExercise]:
    return [e for w in log.workouts for e in w.exercises if e.name == name]


def _sets_row(weight: str, sets: int = 3, reps: str = "8") -> str:
    return f'Date,Exercise,Sets,Reps,Load\n2025-11-06,RDL,{sets},{reps},"{weight}"\n'


# -- 2: a weight list only where it is one ------------------------------------------------------


@pytest.mark.parametrize("cell", ["1/2/25", "3/11/25", "2/3/2025", "1.2.25", "11/12/24", "2025-01-02"])
def test_a_date_in_the_weight_column_is_no_weight_list(cell: str) -> None:
    """``1/2/25`` beside 3 sets was read as sets of 1, 2 and 25 kg (a top set of 25 kg, a wrong
    e1RM): a date's numbers are no row's sets' weights. The sets are kept without a weight and
    the notice names the line, the column and the cell, and asks whether it is a date."""
    log = _log(_sets_row(cell))
    (rdl,) = _exercises(log, "RDL")
    assert rdl.hard_sets == 3 and rdl.weights_kg == (None, None, None) and rdl.top_kg is None
    (notice,) = _said(log, f"'{cell}'")
    assert notice.line == 2 and notice.message.startswith(f"Load '{cell}'") and "date" in notice.message


@pytest.mark.parametrize(
    ("cell", "kg"),
    [("10/10/15", (10.0, 10.0, 15.0)), ("12/12/12", (12.0, 12.0, 12.0)), ("100/100/95", (100.0, 100.0, 95.0)),
     ("20/60/100", (20.0, 60.0, 100.0)), ("0/20/40", (0.0, 20.0, 40.0))],
)  # fmt: skip
def test_a_list_of_plausible_set_weights_is_still_read(cell: str, kg: tuple[float, ...]) -> None:
    """A list as close as a row's sets are (``10/10/15``, a date's shape too; a ramp from a light
    set, ``20/60/100``; a set of no load first) is each set's weight, with no notice."""
    log = _log(_sets_row(cell))
    (rdl,) = _exercises(log, "RDL")
    assert rdl.weights_kg == kg
    assert [i for i in log.issues if i.line > 1] == []


def test_a_list_of_weights_too_far_apart_is_said() -> None:
    """``5/100/100`` (no date): a row's sets do not differ 20-fold; kept without weight, said."""
    log = _log(_sets_row("5/100/100"))
    (rdl,) = _exercises(log, "RDL")
    assert rdl.weights_kg == (None, None, None)
    (notice,) = _said(log, "20-fold")
    assert notice.line == 2 and "a date?" not in notice.message


def test_a_date_shaped_list_of_another_length_asks_whether_it_is_a_date() -> None:
    """``1/2/25`` in a row of one set (no sets column): said as a list of another length, with
    the question whether it is a date."""
    log = _log("Date,Exercise,Reps,Weight\n2025-11-06,RDL,8,1/2/25\n")
    (notice,) = _said(log, "lists 3 weights (a date?)")
    assert notice.line == 2


def _a_date(parts: list[int], sep: str) -> bool:
    """Whether ``a/b/y`` is a calendar date, day or month first (a 2-digit year 20yy/19yy)."""
    if sep != "/" or len(parts) != 3 or len(str(parts[2])) not in (2, 4):
        return False
    year = parts[2] + (0 if parts[2] >= 1000 else 2000 if parts[2] < 69 else 1900)
    for day, month in ((parts[0], parts[1]), (parts[1], parts[0])):
        try:
            date(year, month, day)
        except ValueError:
            continue
        return True
    return False


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.integers(1, 400), min_size=2, max_size=6),
    st.sampled_from(["/", ", ", ";", " | "]),
)
def test_a_listed_weight_is_read_only_within_its_spread(weights: list[int], sep: str) -> None:
    """Property: a list of as many weights as sets is each set's weight exactly when its heaviest
    is at most 10 times its lightest (2 times for a list that is a date too); else no set has a
    weight and one notice names the line."""
    cell = sep.join(map(str, weights))
    log = _log(_sets_row(cell, sets=len(weights)))
    (rdl,) = _exercises(log, "RDL")
    spread = max(weights) / min(weights)
    limit = 2.0 if _a_date(weights, sep) else 10.0
    if spread <= limit:
        assert rdl.weights_kg == tuple(map(float, weights))
    else:
        assert rdl.weights_kg == (None,) * len(weights)
        assert [i.line for i in log.issues if i.line > 1] == [2]


# -- 3: body-weight and assisted weights ---------------------------------------------------------


def _bw_row(weight: str, sets: int = 3) -> str:
    return f'Date,Exercise,Sets,Reps,Weight\n2025-11-06,Nordic Curl,{sets},5,"{weight}"\n'


@pytest.mark.parametrize(
    ("cell", "kg", "helped"),
    [("BW/BW+10/BW+20", (None, 10.0, 20.0), 0.0), ("BW, BW+10, BW+20", (None, 10.0, 20.0), 0.0),
     ("BW+10 / BW+15 / BW+20 kg", (10.0, 15.0, 20.0), 0.0), ("BW/BW/BW", (None, None, None), 0.0),
     ("-20/-15/-10", (None, None, None), 20.0), ("BW-20/BW-15/BW-10", (None, None, None), 20.0)],
)  # fmt: skip
def test_a_list_of_body_weight_sets_gives_each_set_its_load(
    cell: str, kg: tuple[float | None, ...], helped: float
) -> None:
    """``BW/BW+10/BW+20`` beside 3 sets was "not a weight" (no set a body-weight set, no load):
    each set is a body-weight set with its added load (none for ``BW``), the most help the list
    gives is the exercise's assistance, and nothing is said."""
    log = _log(_bw_row(cell))
    (nordic,) = _exercises(log, "Nordic Curl")
    assert nordic.weights_kg == kg and nordic.body_weight_sets == 3 and nordic.assistance_kg == helped
    assert [i for i in log.issues if i.line > 1] == []


@pytest.mark.parametrize(
    ("cell", "kg", "helped"),
    [("10 + BW", 10.0, 0.0), ("BW (+10)", 10.0, 0.0), ("weighted 10", 10.0, 0.0), ("assisted 20", None, 20.0),
     ("20 assist", None, 20.0), ("-20 (assisted)", None, 20.0), ("Assistance: 20 kg", None, 20.0)],
)  # fmt: skip
def test_body_weight_forms_lifters_write_are_read(cell: str, kg: float | None, helped: float) -> None:
    """The forms of a body-weight set's load besides ``BW+10`` (its load after, in brackets, or
    said with a word; the help of an assisted set said with a word) are read, silently."""
    log = _log(_bw_row(cell, sets=1))
    (nordic,) = _exercises(log, "Nordic Curl")
    assert nordic.weights_kg == (kg,) and nordic.body_weight_sets == 1 and nordic.assistance_kg == helped
    assert [i for i in log.issues if i.line > 1] == []


@pytest.mark.parametrize(
    ("cell", "helped"), [("-20", 20.0), ("-20 kg", 20.0), ("-20lb", 20 * LB), ("-12,5", 12.5)]
)
def test_a_negative_weight_is_an_assisted_sets_help_and_said(cell: str, helped: float) -> None:
    """``-20`` was dropped as a typo: it is how lifters write an assisted set's help (an assisted
    pull-up machine's, a band's). It is read as ``BW-20`` is (a body-weight set, 20 of help, no
    load) and said, naming the line, the column and the cell."""
    log = _log(_bw_row(cell, sets=1))
    (nordic,) = _exercises(log, "Nordic Curl")
    assert nordic.weights_kg == (None,) and nordic.top_kg is None
    assert nordic.body_weight_sets == 1 and nordic.assistance_kg == pytest.approx(helped, abs=1e-3)
    (notice,) = [i for i in log.issues if i.line > 1]
    assert notice.line == 2 and notice.message.startswith(f"Weight '{cell}' is negative: read as")


def test_a_negative_weight_in_an_app_export_is_read_as_help_on_both_paths() -> None:
    """A Hevy export's ``-25`` on an assisted exercise, among hundreds of ordinary rows (read a
    column at a time) and alone: the same help, 25 kg, either way."""
    head = (
        '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes",'
        '"set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"\n'
    )
    stamp = '"3 Nov 2025, 07:48"'
    pad = "".join(
        f"Lower,{stamp},{stamp},,Romanian Deadlift (Barbell),,,0,normal,100,8,,,\n" for _ in range(300)
    )
    help_row = f"Lower,{stamp},{stamp},,Assisted Nordic Curl,,,0,normal,-25,5,,,\n"
    for text in (head + help_row, head + pad + help_row):
        log = _log(text)
        (nordic,) = _exercises(log, "Assisted Nordic Curl")
        assert nordic.assistance_kg == 25.0 and nordic.body_weight_sets == 1 and nordic.top_kg is None


@pytest.mark.parametrize("cell", ["10/BW/BW", "BW x 10", "BW+"])
def test_a_body_weight_form_that_is_not_read_is_said(cell: str) -> None:
    """A list mixing loads and body weight (which set's load is the body's?) or a mark with no
    load after its sign is not guessed: the set is kept without its weight, and said."""
    log = _log(_bw_row(cell))
    (nordic,) = _exercises(log, "Nordic Curl")
    assert nordic.weights_kg == (None, None, None)
    (notice,) = [i for i in log.issues if i.line > 1]
    assert notice.line == 2 and f"'{cell}' is not a weight" in notice.message
