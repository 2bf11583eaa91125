"""logs10: the body-weight counts in a log's progress output, rows pasted twice in a hand-kept log,
the header again in any spelling, and a set order's letters in the app's other languages."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from .logwriters import FORMATS, WorkoutSpec, write
from .test_logs9 import _grouped  # workouts as an app writes them


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
        f"the header again on line {line}: two exports joined? the rows below it are read too (their "
        "workouts counted again if they repeat)"
    ]


def test_a_row_naming_another_unit_is_not_the_header_again() -> None:
    """A second header naming pounds under one naming kilograms is no repeat of it: its weight
    column says another unit (the rows are not read as the header's)."""
    text = "Date,Exercise,Reps,Weight (kg)\n2025-11-03,RDL,8,100\nDate,Exercise,Reps,Weight (lb)\n"
    assert _said(_log(text), "the header again") == []
