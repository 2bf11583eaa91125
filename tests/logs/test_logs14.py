"""Workout logs, session 14: a weight cell listing each set's weight (``100/100/95``,
``"100, 100, 95"``, ``100-100-95``) and a pair of dumbbells (``2x24kg``), read as the reps list
beside them is (review 23, R4); the weight cells fuzzed."""

from __future__ import annotations

import io
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

LB = 0.45359237


def _log(text: str, **kw: object) -> hr.WorkoutLog:
    return hr.load_log(io.StringIO(text), name="x.csv", keep_sets=True, **kw)  # type: ignore[arg-type]


def _said(log: hr.WorkoutLog, words: str) -> list[hr.LogIssue]:
    return [i for i in log.issues if words in i.message]


def _row_notices(log: hr.WorkoutLog) -> list[hr.LogIssue]:
    """The notices about rows (line 1's says how the header was read)."""
    return [i for i in log.issues if i.line > 1]


def _exercise(log: hr.WorkoutLog, name: str) -> hr.LoggedExercise:
    (found,) = [e for w in log.workouts for e in w.exercises if e.name == name]
    return found


def _row(reps: str, weight: str, sets: str = "3") -> str:
    return f'Date,Exercise,Sets,Reps,Weight\n2025-11-06,RDL,{sets},"{reps}","{weight}"\n'


# -- 1: each set's weight listed ---------------------------------------------------------------


@pytest.mark.parametrize(
    "cell",
    ["100/100/95", "100, 100, 95", "100-100-95", "100 / 100 / 95", "100;100;95", "100|100|95",
     "100,100,95", "100/100/95 kg", "100kg/100kg/95kg", "100 kg, 100 kg, 95 kg", "100–100–95",
     "100 100 95", "100  100  95 kg"],
)  # fmt: skip
def test_a_weight_list_gives_each_set_its_weight(cell: str) -> None:
    """``RDL,3,8-8-6,"100, 100, 95"``: the reps list was read set by set and the weight dropped
    (no load, no top set, tonnage or e1RM); each set now has its listed weight, with no notice."""
    log = _log(_row("8-8-6", cell))
    rdl = _exercise(log, "RDL")
    assert rdl.reps == (8, 8, 6)
    assert rdl.weights_kg == (100.0, 100.0, 95.0)
    assert rdl.top_kg == 100.0
    assert rdl.tonnage_kg == 100 * 8 + 100 * 8 + 95 * 6
    assert rdl.best_e1rm_kg == pytest.approx(100 * (1 + 8 / 30), abs=0.01)
    assert _row_notices(log) == []


def test_a_weight_list_beside_a_sets_count_gives_each_set_its_weight() -> None:
    """``Back extension,3,15,10/10/15``: three sets of 15, the last with 15 kg (the reps one
    number, the sets column's 3 the sets)."""
    rows = _exercise(_log(_row("15", "10/10/15")), "RDL")
    assert rows.reps == (15, 15, 15) and rows.weights_kg == (10.0, 10.0, 15.0)
    assert rows.tonnage_kg == 15 * (10 + 10 + 15)


def test_a_weight_list_in_pounds_is_each_set_in_pounds() -> None:
    """A unit after the last weight is each one's (``225/225/215 lb`` in a kg log: all three in
    pounds, not two in kilograms and the last in pounds), a pair's too."""
    rdl = _exercise(_log(_row("5,5,5", "225/225/215 lb")), "RDL")
    assert rdl.weights_kg == pytest.approx((225 * LB, 225 * LB, 215 * LB))
    pairs = _exercise(_log(_row("5,5,5", "2x50/2x50/2x45 lb")), "RDL")
    assert pairs.weights_kg == pytest.approx((50 * LB, 50 * LB, 45 * LB))
    lb_file = _exercise(_log(_row("5,5,5", "225/225/215"), unit="lb"), "RDL")
    assert lb_file.weights_kg == pytest.approx((225 * LB, 225 * LB, 215 * LB))


def test_a_log_writing_its_lists_in_pounds_is_shown_in_pounds() -> None:
    """A log whose weight cells name pounds after a list or a pair is shown in pounds, as one
    whose cells write ``225 lb`` is."""
    log = _log(_row("5,5,5", "225/225/215 lb") + '2025-11-08,DB RDL,3,10,"2x50lb"\n')
    assert log.unit == "lb"


def test_a_weight_list_with_decimal_commas_is_read() -> None:
    """``102,5/100/97,5`` (a decimal comma in each weight, a slash between them) and
    ``102,5, 100, 97,5`` (a comma and a space between them) are three weights."""
    for cell in ("102,5/100/97,5", "102,5, 100, 97,5", "102,5 - 100 - 97,5"):
        assert _exercise(_log(_row("5,5,5", cell)), "RDL").weights_kg == (102.5, 100.0, 97.5), cell


def test_a_weight_list_of_another_length_keeps_the_sets_without_weight_and_says_so() -> None:
    """Two weights beside three sets: which set had which is not guessed; the sets are kept
    without a weight and the notice names the cell and both counts."""
    log = _log(_row("8,8,6", "100/95"))
    rdl = _exercise(log, "RDL")
    assert rdl.reps == (8, 8, 6) and rdl.weights_kg == (None, None, None)
    (notice,) = _said(log, "'100/95'")
    assert notice.line == 2 and "2 weights" in notice.message and "3 sets" in notice.message


def test_a_single_set_row_with_a_weight_list_is_said() -> None:
    """A row of one set (no sets column, one reps count) beside three weights: said, not read."""
    log = _log("Date,Exercise,Reps,Weight\n2025-11-06,RDL,8,100/100/95\n")
    assert _exercise(log, "RDL").weights_kg == (None,)
    assert _said(log, "lists 3 weights")


@pytest.mark.parametrize(
    ("cell", "kg"),
    [("1,000", 1000.0), ("102,5", 102.5), ("1.000,5", None), ("100-110", None), ("1,250,500", None),
     ("1 000 000", None), ("100 100", None)],
)  # fmt: skip
def test_a_number_is_no_weight_list(cell: str, kg: float | None) -> None:
    """A number's own commas are no list: ``1,000`` is a thousand, ``102,5`` a decimal comma; a
    dash between two weights is a range, not two sets (as in a reps cell); ``1,250,500`` is one
    number's groups (over any weight: dropped), never 1, 250 and 500 kg."""
    log = _log(_row("3,3,3", cell))
    rdl = _exercise(log, "RDL")
    assert rdl.weights_kg == (kg, kg, kg)
    if kg is None:
        assert _row_notices(log)


def test_an_impossible_weight_in_a_list_is_said_and_dropped() -> None:
    """A list holding a weight no one lifts (5000 kg, a typo) keeps its sets without a weight,
    as one such weight does, and says it."""
    log = _log(_row("5,5,5", "100/5000/95"))
    assert _exercise(log, "RDL").weights_kg == (None, None, None)
    assert _said(log, "5000")


def test_three_weights_with_commas_read_as_a_number_too_big_to_lift_are_the_three_sets() -> None:
    """``"100,100,100"`` beside three sets: 100,100,100 kg (English grouping) is no weight anyone
    lifts, so the cell is the three sets' weights. ``"100,100"`` (one comma) stays the number,
    too heavy and said: a weight grouped by thousands (``99,999``) is as likely."""
    rdl = _exercise(_log(_row("8,8,8", "100,100,100")), "RDL")
    assert rdl.weights_kg == (100.0, 100.0, 100.0)
    log = _log(_row("8,8", "100,100", sets="2"))
    assert _exercise(log, "RDL").weights_kg == (None, None)
    assert _said(log, "over 1,000 kg")


# -- 2: a pair of dumbbells ----------------------------------------------------------------------


@pytest.mark.parametrize("cell", ["2x24kg", "2 x 24 kg", "2×24", "2X24", "2*24kg"])
def test_a_pair_of_dumbbells_is_read_as_each_hands_weight_and_said(cell: str) -> None:
    """``DB RDL,1,2x24kg,10``: the weight was dropped (the lift never in the progress table);
    it is read as one dumbbell's 24 kg, the number a row of the same lift writing ``24``
    gives, so e1RM and HR033 compare like with like, and the notice says so."""
    text = f'Date,Exercise,Reps,Weight\n2025-11-03,DB RDL,10,"{cell}"\n2025-11-10,DB RDL,10,24\n'
    log = _log(text)
    first, second = (e for w in log.workouts for e in w.exercises)
    assert first.weights_kg == (24.0,) and first.top_kg == second.top_kg == 24.0
    assert first.best_e1rm_kg == second.best_e1rm_kg
    (notice,) = _said(log, "pair of dumbbells")
    assert notice.line == 2 and "one dumbbell" in notice.message


def test_a_pair_beside_sets_is_each_sets_weight() -> None:
    """``2x24kg`` beside three sets: each set 24 kg; a list of pairs gives each set its pair's."""
    assert _exercise(_log(_row("10", "2x24kg")), "RDL").weights_kg == (24.0, 24.0, 24.0)
    log = _log(_row("10,10,8", "2x24/2x24/2x22"))
    assert _exercise(log, "RDL").weights_kg == (24.0, 24.0, 22.0)
    assert _said(log, "pair of dumbbells")


def test_a_pair_written_beside_one_dumbbells_weight_is_no_rehab_load_jump() -> None:
    """Rehab: a dumbbell RDL logged ``24``, ``24``, then ``2x26kg``: 24 -> 26 kg (8%, the next
    dumbbell), no HR033; read as the pair's 52 kg it would be a 2.2x jump. A real jump written
    as pairs (``2x24kg`` to ``2x36kg``) is still HR033."""
    from datetime import date

    def report(cells: list[str]) -> hr.Report:
        rows = ["Date,Exercise,Sets,Reps,Weight"]
        rows += [f"2025-10-{6 + 7 * i:02d},Dumbbell Romanian deadlift,3,10,{c}" for i, c in enumerate(cells)]
        log = hr.load_log(io.StringIO("\n".join(rows) + "\n"), name="log.csv")
        return hr.check(log, goal="rehab", stage=3, as_of=date(2025, 10, 27))

    assert "HR033" not in report(["24", "24", "2x26kg"]).codes
    assert "HR033" in report(["2x24kg", "2x24kg", "2x36kg"]).codes


@pytest.mark.parametrize("cell", ["3x24", "24kg x 2", "24x2", "2x", "2xBW"])
def test_no_other_multiple_is_a_pair(cell: str) -> None:
    """Only a 2 before the weight is a pair: ``3x24`` and ``24kg x 2`` (a weight x reps?) are
    said as before, the set kept without its weight."""
    log = _log(_row("10", cell, sets="1"))
    assert _exercise(log, "RDL").weights_kg == (None,)
    assert _said(log, "is not a weight")


def test_the_review_reproducers_read_their_weights() -> None:
    """rv23's ``sheetlog.csv`` and ``generic_mess.csv`` (copied here): the 6 Nov RDL and the
    dumbbell RDL carry their loads."""
    sheet = (
        "Date,Exercise,Sets,Reps,Weight\n"
        '2025-11-03,RDL,3,"8,8,7",100\n'
        '2025-11-03,Back extension,3,15,"10/10/15"\n'
        '2025-11-06,RDL,3,8-8-6,"100, 100, 95"\n'
    )
    log = _log(sheet)
    rdls = [e for w in log.workouts for e in w.exercises if e.name == "RDL"]
    assert [e.weights_kg for e in rdls] == [(100.0,) * 3, (100.0, 100.0, 95.0)]
    assert not _said(log, "not a weight")
    mess = (
        "Date,Exercise,Set,Weight,Reps,RPE,Notes\n"
        "03/11/2025,DB RDL,1,2x24kg,10,8,\n"
        "13/11/2025,DB RDL,1,2 x 26 kg,10,8,\n"
    )
    log = _log(mess)
    assert [e.top_kg for w in log.workouts for e in w.exercises] == [24.0, 26.0]


# -- 3: fuzzed weight cells ----------------------------------------------------------------------

_SEPARATORS = ["/", " / ", ";", ", ", "-", " - ", "|", " "]
# 30-300 kg in half kilograms: a row's sets within the 10-fold spread a list is read in (no date's
# shape either: test_logs15)
_WEIGHT = st.integers(60, 600).map(lambda n: n / 2)


def _written(kg: float) -> str:
    return f"{kg:g}"


@settings(max_examples=300, deadline=None)
@given(st.lists(_WEIGHT, min_size=2, max_size=8), st.sampled_from(_SEPARATORS), st.booleans())
def test_a_listed_weight_per_set_round_trips(weights: list[float], sep: str, unit: bool) -> None:
    """Any list of weights a row's sets may have beside a reps list of the same length is read as
    written, set by set (a dash only between three or more: two are a range)."""
    if sep.strip() in ("-", "") and len(weights) < 3:  # "100-110", "100 110": a range, a number
        weights = [*weights, weights[-1]]
    cell = sep.join(map(_written, weights)) + (" kg" if unit else "")
    reps = ",".join(["5"] * len(weights))
    log = _log(_row(reps, cell, sets=str(len(weights))))
    assert _exercise(log, "RDL").weights_kg == tuple(weights), cell
    assert _row_notices(log) == []


_CELL_CHARS = st.sampled_from([*"0123456789/,;.-– x×*|kgKGlbs#BW+", " kg", "2x", "lb"])


def _numbers_in(cell: str) -> set[float]:
    """Every number a cell writes, its commas and dots read as a decimal mark or as grouping."""
    found = set()
    joined = re.sub(r"(?<=\d)\s+(?=\d)", "", cell)  # "1 000": a thousand, its groups spaced
    for run in re.findall(r"[.,]?\d[\d.,]*", cell) + re.findall(r"[.,]?\d[\d.,]*", joined):  # ",5": 0.5
        for mark, group in ((".", ","), (",", ".")):
            text = "0" + run.rstrip(".,").replace(group, "").replace(mark, ".")
            if text.count(".") <= 1:
                found.add(float(text))
        found.update(float(part) for part in re.findall(r"\d+", run))
    return found


@settings(max_examples=400, deadline=None)
@given(st.lists(_CELL_CHARS, max_size=14).map("".join), st.integers(1, 5))
def test_a_fuzzed_weight_cell_is_read_or_said(cell: str, n: int) -> None:
    """Any weight cell beside ``n`` sets: a log whose sets each have a weight of 0-1,000 kg or
    none; a cell read as no weight at all (none of its sets weighted) while it holds a digit is
    said in a notice naming its line (never dropped silently); a weight read is one of the
    numbers the cell writes (in kg or lb), never a number it does not hold."""
    cell = cell.replace('"', "")
    reps = ",".join(["5"] * n)
    try:
        log = _log(_row(reps, cell, sets=str(n)))
    except hr.HamstringRulesError:
        return
    found = [e for w in log.workouts for e in w.exercises]
    weights = [kg for e in found for kg in e.weights_kg]
    written = _numbers_in(cell)
    for kg in weights:
        assert kg is None or (0 <= kg <= 1000 and math.isfinite(kg)), (cell, kg)
        held = kg is None or any(
            math.isclose(kg, n, abs_tol=1e-9) or math.isclose(kg, n * LB) for n in written
        )
        assert held, (cell, kg)
    body = cell.strip().upper().startswith("B")
    if weights and all(kg is None for kg in weights) and any(c.isdigit() for c in cell) and not body:
        assert any(i.line == 2 for i in log.issues), cell
