"""logs10: the body-weight counts in a log's progress output, rows pasted twice in a hand-kept log,
the header again in any spelling, and a set order's letters in the app's other languages."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.logs import MIN_REPEATED_ROWS

from ..logs.test_logs9 import _grouped  # workouts as an app writes them
from ..logwriters import FORMATS, STRONG_V1, WorkoutSpec, write


def _log(text: str, **kw: object) -> hr.WorkoutLog:
    return hr.load_log(io.StringIO(text), name="x.csv", **kw)  # type: ignore[arg-type]


def _said(log: hr.WorkoutLog, words: str) -> list[str]:
    return [str(i) for i in log.issues if words in i.message]


def _generic(workouts: list[WorkoutSpec]) -> str:
    """The workouts as a hand-kept log: a row per set, its date, exercise, reps, weight and type."""
    rows = ["Date,Exercise,Reps,Weight,Type"]
    for _, start, sets in workouts:
        rows += [
            f"{start.date()},{name},{reps},{weight:g},{kind}" for name, kind, weight, reps in sets if weight
        ]
    return "\n".join(rows) + "\n"


# -- 4: the body-weight counts the reader keeps reach to_dict, the JSON and the frames --------------

# One week: a Nordic curl with a band's help (BW-15, BW-10) and once at body weight, a back
# extension logged at 0 twice and with 10 kg once.
_BW_LOG = (
    "Date,Exercise,Reps,Weight\n"
    "2025-11-03,Nordic curl,5,BW-15\n"
    "2025-11-03,Nordic curl,5,BW-10\n"
    "2025-11-03,Nordic curl,4,BW\n"
    "2025-11-03,Back extension,12,0\n"
    "2025-11-03,Back extension,12,0\n"
    "2025-11-03,Back extension,10,10\n"
)


def _weeks(log: hr.WorkoutLog) -> dict[str, hr.ExerciseWeek]:
    return {item.exercise: item for item in log.progress()}


def test_a_progress_week_says_its_body_weight_zero_and_assisted_sets() -> None:
    """to_dict gives the sets marked body weight, the sets logged at 0 and the most assistance
    (the BW-15 set's 15 kg, the largest of 15, 10 and 0), beside the keys it had."""
    weeks = _weeks(_log(_BW_LOG, unit="kg"))
    nordic, back = weeks["Nordic curl"].to_dict(), weeks["Back extension"].to_dict()
    assert {k: nordic[k] for k in ("sets", "zero_weight_sets", "body_weight_sets", "assistance")} == {
        "sets": 3, "zero_weight_sets": 0, "body_weight_sets": 3, "assistance": 15.0,
    }  # fmt: skip
    assert {k: back[k] for k in ("sets", "zero_weight_sets", "body_weight_sets", "assistance")} == {
        "sets": 3, "zero_weight_sets": 2, "body_weight_sets": 0, "assistance": None,
    }  # fmt: skip
    assert {"week", "exercise", "sets", "best_e1rm", "top_set", "tonnage", "unit"} <= nordic.keys()


def test_the_assistance_is_shown_in_the_unit_asked() -> None:
    """In pounds the 15 kg of assistance is 15 / 0.45359237 = 33.07 lb, shown as 33.1, as the
    top set is converted; the counts are counts in any unit."""
    week = _weeks(_log(_BW_LOG, unit="kg"))["Nordic curl"].to_dict("lb")
    assert (week["assistance"], week["body_weight_sets"], week["unit"]) == (33.1, 3, "lb")


def test_the_check_json_progress_holds_the_counts() -> None:
    """The check's JSON progress rows hold the three counts (the JSON contract is additive)."""
    report = hr.check(_log(_BW_LOG, unit="kg"))
    rows = {row["exercise"]: row for row in json.loads(report.to_json())["summary"]["progress"]}
    assert rows["Nordic curl"]["assistance"] == 15.0
    assert rows["Back extension"]["zero_weight_sets"] == 2


def test_the_progress_and_log_frames_hold_the_counts() -> None:
    """progress_to_pandas and WorkoutLog.to_pandas have the columns too."""
    pytest.importorskip("pandas")
    log = _log(_BW_LOG, unit="kg")
    frame = hr.check(log).progress_to_pandas()
    assert frame["body_weight_sets"].tolist() == [0, 3]  # Back extension, Nordic curl: name order
    assert frame["assistance"].isna().tolist() == [True, False]
    exercises = log.to_pandas()
    assert exercises["zero_weight_sets"].tolist() == [0, 2]  # Nordic curl read first
    assert exercises["assistance_kg"].tolist()[0] == 15.0


# -- 2: the header again in any spelling is the header again, not a bad row ----------------------


def _spaced(cell: str) -> str:
    return f"  {cell} "


def _as_is(cell: str) -> str:
    return cell


_RESPELL: dict[str, Callable[[str], str]] = {
    "upper": str.upper, "lower": str.lower, "title": str.title, "spaced": _spaced, "as is": _as_is,
}  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(
    _grouped(),
    st.sampled_from([*FORMATS, "generic"]),
    st.lists(st.sampled_from(sorted(_RESPELL)), min_size=1, max_size=20),
    st.booleans(),
    st.booleans(),
)
def test_the_header_again_in_any_spelling_is_said_as_such(
    workouts: list[WorkoutSpec], fmt: str, spellings: list[str], quote_all: bool, bom: bool
) -> None:
    """Two exports joined, the second header written in another case, with spaces, quoted or
    not, or behind a byte order mark: the row is the header again, never a row whose reps are
    'not a number' or whose set type is 'not understood'."""
    text = _generic(workouts) if fmt == "generic" else write(fmt, workouts)
    head, _, rows = text.partition("\n")
    delimiter = ";" if head.count(";") > head.count(",") else ","
    cells = next(csv.reader([head], delimiter=delimiter))
    again = [_RESPELL[spellings[i % len(spellings)]](cell) for i, cell in enumerate(cells)]
    again[0] = "\ufeff" + again[0] if bom else again[0]
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL).writerow(
        again
    )
    line = 1 + text.count("\n")
    log = _log(text + buf.getvalue().replace("\r\n", "\n") + rows)
    assert [i.message for i in log.issues if i.line == line] == [
        f"the header again on line {line}: two exports joined? the rows below it are read too "
        + (
            "(their workouts counted again if they repeat)"
            if fmt == "generic"
            else "(the sets of a workout they repeat set for set are read once)"  # logs25: N13
        )
    ]


def test_a_row_naming_another_unit_is_not_the_header_again() -> None:
    """A second header naming pounds under one naming kilograms is no repeat of it: its weight
    column says another unit, so its rows read in kilograms would be misread; they are read in
    pounds, by their own header (logs15), which the notice names (see test_logs13)."""
    text = (
        "Date,Exercise,Reps,Weight (kg)\n2025-11-03,RDL,8,100\nDate,Exercise,Reps,Weight (lb)\n"
        "2025-11-10,RDL,8,225\n"
    )
    log = _log(text)
    assert [w.exercises[0].top_kg for w in log.workouts] == [100.0, pytest.approx(225 * 0.45359237, abs=1e-3)]
    assert [i.line for i in log.issues if "exports joined" in i.message] == [3]


# -- 1: a hand-kept log's rows pasted again are said -------------------------------------------------


def _hard(log: hr.WorkoutLog) -> int:
    return sum(e.hard_sets for w in log.workouts for e in w.exercises)


@settings(max_examples=40, deadline=None)
@given(_grouped(), st.randoms(use_true_random=False), st.booleans(), st.booleans())
def test_a_hand_kept_log_pasted_twice_is_said_and_in_any_date_order_is_not(
    workouts: list[WorkoutSpec], random: Any, newest_first: bool, with_header: bool
) -> None:
    """A hand-kept log (a row per set, each workout's rows together) in any date order says
    nothing of repeats; its rows pasted again below it (with the header or without) are said,
    from the first row of the copy, when it holds two workouts or more or the header parts the
    copies (one workout's rows twice in a row are more sets of it, as far as any reader can
    tell); the sets are read as written."""
    random.shuffle(workouts)
    if newest_first:
        workouts.sort(key=lambda w: w[1], reverse=True)
    text = _generic(workouts)
    once = _log(text)
    assert _said(once, "repeat the rows") == []
    head, _, rows = text.partition("\n")
    twice = _log(text + (head + "\n" if with_header else "") + rows)
    said = _said(twice, "repeat the rows")
    # one workout's rows twice in a row are more sets of it; the header between them parts them
    assert len(said) == ((len(workouts) > 1 or with_header) and rows.count("\n") >= MIN_REPEATED_ROWS)
    if said:
        first = 2 + rows.count("\n") + with_header  # the copy's first row
        last = first + rows.count("\n") - 1
        assert said[0].startswith(
            f"line {first}: lines {first}-{last} repeat the rows of lines 2-{first - 1 - with_header} "
        )
    assert _hard(twice) == 2 * _hard(once)


def test_the_same_workout_on_other_dates_is_no_repeat() -> None:
    """The same rows on each of three dates, the dates in any order: three workouts, no repeat."""
    rows = "{d},Romanian deadlift,8,100\n{d},Romanian deadlift,8,100\n{d},Leg curl,12,40\n"
    dates = ["2025-11-10", "2025-11-03", "2025-11-17"]
    log = _log("Date,Exercise,Reps,Weight\n" + "".join(rows.format(d=d) for d in dates))
    assert _said(log, "repeat the rows") == [] and len(log.workouts) == 3


def test_a_set_added_later_to_an_earlier_day_is_no_repeat() -> None:
    """One row added at the end to an earlier day, the same as that day's others (a set logged
    later): not said (a block of one row; MIN_REPEATED_ROWS), and read as the day's fourth set."""
    text = (
        "Date,Exercise,Reps,Weight\n"
        + "2025-11-03,Romanian deadlift,8,100\n" * 3
        + "2025-11-05,Leg curl,12,40\n"
        + "2025-11-03,Romanian deadlift,8,100\n"
    )
    log = _log(text)
    assert _said(log, "repeat the rows") == []
    assert log.workouts[0].exercises[0].hard_sets == 4


def test_a_part_of_a_log_pasted_again_is_said_with_its_lines() -> None:
    """Rows 3-5 of a log (the end of one day, the next day) pasted below it: said from line 8,
    naming the lines they repeat; a day whose rows come back different (a set more) is not."""
    text = (
        "Date,Exercise,Reps,Weight\n"  # 1
        "2025-11-03,Romanian deadlift,8,100\n"  # 2
        "2025-11-03,Romanian deadlift,8,105\n"  # 3
        "2025-11-03,Leg curl,12,40\n"  # 4
        "2025-11-05,Nordic curl,5,\n"  # 5
        "2025-11-07,Romanian deadlift,6,110\n"  # 6
        "2025-11-07,Romanian deadlift,6,110\n"  # 7
        "2025-11-03,Romanian deadlift,8,105\n"  # 8: lines 3-5 again
        "2025-11-03,Leg curl,12,40\n"  # 9
        "2025-11-05,Nordic curl,5,\n"  # 10
    )
    assert _said(_log(text), "repeat the rows") == [
        "line 8: lines 8-10 repeat the rows of lines 3-5 (3 rows of workouts read above, cell for cell): "
        "rows pasted twice or two logs joined? the sets are read again, as more sets"
    ]
    back = (  # a day's rows back after another day's, one of them other than before: a day resumed
        "Date,Exercise,Reps,Weight\n2025-11-03,Romanian deadlift,8,100\n2025-11-03,Leg curl,12,40\n"
        "2025-11-05,Nordic curl,5,\n2025-11-03,Romanian deadlift,8,100\n2025-11-03,Leg curl,12,45\n"
    )
    assert _said(_log(back), "repeat the rows") == []


# -- 3: a set order column's letters in the app's other languages -----------------------------------

_STRONG = ",".join(STRONG_V1) + "\n"  # Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps...


def _strong(*sets: tuple[str, str, float]) -> hr.WorkoutLog:
    """A Strong export of one workout: (exercise, set order cell, weight) a row, 8 reps each."""
    rows = "".join(f"2025-11-03 18:00:00,Piernas,1h,{ex},{mark},{kg:g},8,0,0,,,\n" for ex, mark, kg in sets)
    return _log(_STRONG + rows)


def _kinds(log: hr.WorkoutLog) -> list[tuple[int, int, int]]:
    """Each exercise's hard sets, warm-up sets and sets to failure."""
    return [(e.hard_sets, e.warmup_sets, e.failure_sets) for e in log.workouts[0].exercises]


_RDL, _CURL = "Peso muerto rumano (Barra)", "Curl femoral (Máquina)"


def test_spanish_letters_are_read_together() -> None:
    """C and F in one set order column are Spanish (calentamiento, fallo; in Italian C is
    cedimento, failure, and F is no letter): the C set is a warm-up, the F set to failure, said."""
    log = _strong((_RDL, "C", 60), (_RDL, "1", 100), (_RDL, "2", 100), (_RDL, "F", 100))
    assert _kinds(log) == [(3, 1, 1)]
    said = _said(log, "'C' is read as warm-up sets")
    assert len(said) == 1 and "calentamiento (Spanish)" in said[0]


def test_a_letter_of_two_kinds_is_read_by_where_its_sets_stand() -> None:
    """C alone is a Spanish warm-up or an Italian failure: before each exercise's numbered sets it
    is a warm-up (as warm-ups are done); after a numbered set, a set to failure; on both sides,
    unread (a work set, said as not understood)."""
    before = _strong((_RDL, "C", 60), (_RDL, "C", 80), (_RDL, "1", 100), (_CURL, "C", 20), (_CURL, "1", 40))
    assert _kinds(before) == [(1, 2, 0), (1, 1, 0)]
    after = _strong((_RDL, "1", 100), (_RDL, "2", 100), (_RDL, "C", 100))
    assert _kinds(after) == [(3, 0, 1)]
    both = _strong((_RDL, "C", 60), (_RDL, "1", 100), (_RDL, "C", 100))
    assert _kinds(both) == [(3, 0, 0)]
    assert _said(both, "'C' is not understood (lines 2 and 4)")


def test_italian_and_german_letters() -> None:
    """R beside C is Italian (riscaldamento, cedimento); A a warm-up in German and Portuguese."""
    assert _kinds(_strong((_RDL, "R", 60), (_RDL, "1", 100), (_RDL, "C", 100))) == [(2, 1, 1)]
    assert _kinds(_strong((_RDL, "A", 60), (_RDL, "1", 100))) == [(1, 1, 0)]


@pytest.mark.parametrize(
    ("marks", "why"),
    [
        (("É", "1", "2"), "French É is both échauffement and échec"),
        (("W", "C", "1"), "no language has both W and C"),
        (("C", "A", "1"), "no language has both C and A"),
    ],
)
def test_letters_no_language_reads_stay_reported(marks: tuple[str, ...], why: str) -> None:
    """A letter no single reading explains stays a work set, said as not understood."""
    log = _strong(*((_RDL, m, 60.0 + 10 * k) for k, m in enumerate(marks)))
    odd = [m for m in marks if not m.isdigit() and m != "W"]
    assert _kinds(log) == [(len(marks) - ("W" in marks), "W" in marks, 0)], why
    for mark in odd:
        assert _said(log, f"'{mark}' is not understood"), why


def test_letters_without_set_numbers_are_not_read() -> None:
    """A hand-kept sheet's Type column of letters alone (A, A: a superset's label) is no set
    order column: its letters are not read as a language's set kinds."""
    text = "Date,Exercise,Type,Reps,Weight\n2025-11-03,RDL,A,8,100\n2025-11-03,Leg curl,A,12,40\n"
    log = _log(text)
    assert [e.warmup_sets for e in log.workouts[0].exercises] == [0, 0]


# -- 5: exports as users edit them -------------------------------------------------------------------


def test_weights_naming_no_unit_beside_pounds_are_said() -> None:
    """A sheet writing the unit on some weights only (225 lbs, then 225): the bare ones are read in
    kilograms, as no unit= was given, and said with the unit to pass; with unit='lb' they are
    pounds and nothing is said."""
    text = "Date,Exercise,Reps,Weight\n2025-11-03,RDL,8,225 lbs\n2025-11-03,RDL,8,225\n2025-11-05,RDL,8,230\n"
    log = _log(text)
    assert _said(log, "naming no unit") == [
        "line 1: 2 weights naming no unit read as kg, beside weights naming lb (1): pass unit='lb' "
        "(--unit lb) if they are in lb too"
    ]
    in_lb = _log(text, unit="lb")
    assert _said(in_lb, "naming no unit") == []
    assert in_lb.workouts[1].exercises[0].top_kg == pytest.approx(
        230 * 0.45359237, abs=1e-3
    )  # kept to the gram


def test_weights_naming_their_unit_alike_say_nothing() -> None:
    """Bare weights beside weights naming kilograms, the unit they are read in: nothing to say."""
    text = "Date,Exercise,Reps,Weight\n2025-11-03,RDL,8,100 kg\n2025-11-03,RDL,8,100\n"
    assert _said(_log(text), "naming no unit") == []
