"""Workout logs, session 15: a weight list read as one only where it is each set's weight (a date
in the weight column is not), body-weight and assisted weights, two exports joined in one file
read each by its own header, and realistic app exports with the mess real files have."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logs.test_logs9 import _grouped  # workouts as an app writes them
from ..logwriters import WorkoutSpec, write

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


# -- 1: two exports joined in one file, each read by its own header -------------------------------

_STRONG = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,"
    "RPE\n"
)
_HEVY = (
    '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes",'
    '"set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"\n'
)


def _strong_rows(day: int, n: int, weight: str = "100.0") -> str:
    return "".join(
        f'2025-10-{day:02d} 18:00:00,"Legs",1h,"Romanian Deadlift (Barbell)",{i + 1},{weight},8,0,0,"",,\n'
        for i in range(n)
    )


def _hevy_rows(day: int, n: int, note: str = "") -> str:
    stamp = f'"{day} Nov 2025, 07:48"'
    return "".join(
        f'"Lower",{stamp},{stamp},"","Lying Leg Curl (Machine)",,"{note if i == 0 else ""}",{i},'
        '"normal",40,12,,,\n'
        for i in range(n)
    )


def _hard(log: hr.WorkoutLog, name: str) -> int:
    return sum(e.hard_sets for e in _exercises(log, name))


@pytest.mark.parametrize(("n_a", "n_b"), [(2, 3), (300, 3), (2, 600), (255, 257)])
def test_a_hevy_export_below_a_strong_one_is_read_in_its_own_columns(n_a: int, n_b: int) -> None:
    """``cat strong.csv hevy.csv`` was refused at the second header: each part is read by its own
    header (the Hevy rows in Hevy's columns, a chunk of rows at a time or not), every set counted
    once, and one notice at the second header's line names both parts."""
    text = _STRONG + _strong_rows(6, n_a) + _HEVY + _hevy_rows(3, n_b)
    log = _log(text)
    assert _hard(log, "Romanian Deadlift (Barbell)") == n_a and _hard(log, "Lying Leg Curl (Machine)") == n_b
    assert log.rows == n_a + n_b and log.format == "strong"
    (notice,) = _said(log, "exports joined")
    assert notice.line == n_a + 2
    assert "line 1: Strong" in notice.message and f"line {n_a + 2}: Hevy" in notice.message
    assert [i for i in log.issues if i.line > 1 and i is not notice] == []


def test_a_bad_row_of_the_second_export_is_named_by_its_line_in_the_file() -> None:
    """A row of the second part that is not read is said at its own line in the file, a note
    spanning lines above it counted."""
    second = _hevy_rows(3, 2, note="line one\nline two") + '"Lower","3 Nov 2025, 07:48","3 Nov 2025, 07:48",'
    second += '"","Lying Leg Curl (Machine)",,"",2,"normal",40,lots,,,\n'
    log = _log(_STRONG + _strong_rows(6, 2) + _HEVY + second)
    (bad,) = _said(log, "'lots'")
    assert bad.line == 1 + 2 + 1 + 3 + 1  # header, 2 rows, header, 2 rows over 3 lines, then it
    assert _hard(log, "Lying Leg Curl (Machine)") == 2


def test_a_header_in_pounds_below_one_in_kilograms_reads_its_rows_in_pounds_three_parts_too() -> None:
    """A hand-kept log whose unit changed halfway (its header again, ``Weight (lb)``), then back:
    each part's weights in its own unit."""
    text = (
        "Date,Exercise,Reps,Weight (kg)\n2025-11-03,RDL,8,100\n"
        "Date,Exercise,Reps,Weight (lb)\n2025-11-10,RDL,8,225\n"
        "Date,Exercise,Reps,Weight (kg)\n2025-11-17,RDL,8,105\n"
    )
    log = _log(text)
    tops = [w.exercises[0].top_kg for w in log.workouts]
    assert tops == [100.0, pytest.approx(225 * LB, abs=1e-3), 105.0]
    (notice,) = _said(log, "exports joined")
    assert notice.message.startswith("3 exports joined") and notice.line == 3


def test_a_hand_kept_parts_blank_cells_are_not_filled_from_the_part_above() -> None:
    """A hand-kept log writes a session's date once (the rows below blank, read as the date
    above); below another header (other columns), a blank cell where the first part had its date
    is not filled from the rows above it (the header's own ``Exercise``, which made a set of an
    exercise named 'Exercise'): each part is read as it was written, its blank exercise said."""
    text = "Date,Exercise,Reps\n2025-11-03,RDL,8\n,RDL,8\n"
    text += "Exercise,Reps,Date\nLeg Curl,12,2025-11-10\n,12,2025-11-10\n"
    log = _log(text)
    assert [(w.start.day, [(e.name, e.hard_sets) for e in w.exercises]) for w in log.workouts] == [
        (3, [("RDL", 2)]),
        (10, [("Leg Curl", 1)]),
    ]
    assert [i.line for i in log.issues if "exercise" in i.message.lower() and i.line > 4] == [6]
    (filled,) = _said(log, "blank date")
    assert filled.line == 3 and filled.message.startswith("1 row ")  # not the row below the header


def test_the_same_sessions_exported_twice_in_two_formats_are_counted_once_naming_both_headers() -> None:
    """A Strong export and a Hevy one of the same sessions (a day with the same exercises in
    both) would count each set twice: counted once, the first export's kept, and said naming both
    headers' lines and the day (it was refused: cells17 counts it once, as its brief asks)."""
    strong = '2025-11-03 18:00:00,"Legs",1h,"Lying Leg Curl (Machine)",1,40,12,0,0,"",,\n'
    log = _log(_STRONG + strong + _HEVY + _hevy_rows(3, 1))
    assert [(w.line, [(e.name, e.hard_sets) for e in w.exercises]) for w in log.workouts] == [
        (2, [("Lying Leg Curl (Machine)", 1)])
    ]
    (said,) = _said(log, "each counted once")
    assert (
        said.line == 3
        and "header is on line 3 repeats 1 session of the one whose header is on line 1" in (said.message)
    )
    assert "2025-11-03" in said.message


def test_another_export_in_another_separator_is_refused_naming_both_lines() -> None:
    """A Strong export written with semicolons below a comma-separated one: its rows cannot be
    split in the first part's separator; refused at its line, naming the first header's."""
    semi = (
        "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;"
        "Seconds;Notes;Workout Notes\n"
    )
    text = _STRONG + _strong_rows(6, 2) + semi + '2025-11-03 18:00:00;"Legs";"RDL";1;40;kg;12;;;;0;"";\n'
    with pytest.raises(hr.LogFormatError, match=r"another header on line 4.*header is on line 1") as caught:
        _log(text)
    assert caught.value.location == "x.csv:4"


def test_a_part_of_no_sets_is_said_and_the_others_read() -> None:
    """A Strong header with no rows under it, then a Hevy export: the empty part is said."""
    log = _log(_STRONG + _HEVY + _hevy_rows(3, 2))
    assert _hard(log, "Lying Leg Curl (Machine)") == 2
    assert _said(log, "line 1: no sets")


@pytest.mark.parametrize("kind", ["bytes", "path", "binary"])
def test_joined_exports_read_alike_from_any_source(kind: str, tmp_path: Path) -> None:
    """A file, its bytes and a binary stream of two exports give the same log."""
    text = _STRONG + _strong_rows(6, 3) + _HEVY + _hevy_rows(3, 2)
    expected = _log(text)
    data = text.encode()
    if kind == "bytes":
        log = hr.load_log(data, name="x.csv", keep_sets=True)
    elif kind == "path":
        (tmp_path / "x.csv").write_bytes(data)
        log = hr.load_log(tmp_path / "x.csv", keep_sets=True)
    else:
        log = hr.load_log(io.BytesIO(data), name="x.csv", keep_sets=True)
    assert log.workouts == expected.workouts
    assert [i.message for i in log.issues] == [i.message for i in expected.issues]


_SAME_SEPARATOR = [
    ("hevy_kg", "strong"),
    ("strong", "hevy_lb"),
    ("fitnotes", "hevy_kg"),
    ("strong_6", "strong_units_lb"),
]


@settings(max_examples=40, deadline=None)
@given(_grouped(), _grouped(), st.sampled_from(_SAME_SEPARATOR))
def test_two_exports_joined_read_as_each_alone(
    one: list[WorkoutSpec], two: list[WorkoutSpec], formats: tuple[str, str]
) -> None:
    """Property: two exports of other sessions (the second's a year later) in one file are read
    as each is alone: the same workouts, in time order, and every row counted."""
    later = [(title, start.replace(year=start.year + 1), sets) for title, start, sets in two]
    a, b = write(formats[0], one), write(formats[1], later)
    log = _log(a + b)
    alone = [_log(a), _log(b)]

    def sessions(workouts: Sequence[hr.Workout]) -> list[object]:  # the lines aside: the file's differ
        return [
            (w.start, w.title, [(e.name, e.hard_sets, e.warmup_sets, e.weights_kg) for e in w.exercises])
            for w in workouts
        ]

    assert sessions(log.workouts) == sessions(
        sorted((w for part in alone for w in part.workouts), key=lambda w: w.start)
    )
    assert log.rows == sum(part.rows for part in alone)


# -- 4: realistic exports with the mess real files have -------------------------------------------


@pytest.mark.parametrize("n", [1, 2, 100])
def test_rows_ending_with_a_separator_the_header_lacks_are_read(n: int) -> None:
    """A writer that ends every field with the separator, the header's last excepted: each Strong
    row had 13 fields to the header's 12 and was refused ("no sets found"); the rows are read."""
    row = '2025-11-03 18:00:00,"Legs",1h 5m,"Romanian Deadlift (Barbell)",{},100.0,8,0,0,"",,,\n'
    log = _log(_STRONG + "".join(row.format(i + 1) for i in range(n)), unit="kg")
    assert _hard(log, "Romanian Deadlift (Barbell)") == n
    assert [i for i in log.issues if i.line > 1] == []


def test_a_row_with_a_cell_more_among_rows_without_is_still_said() -> None:
    """Only a separator ending every row is the writer's: one row of a cell more among others is
    said as before (its cells may be shifted)."""
    rows = '2025-11-03 18:00:00,"Legs",1h 5m,"Romanian Deadlift (Barbell)",1,100.0,8,0,0,"",,\n'
    odd = '2025-11-03 18:00:00,"Legs",1h 5m,"Romanian Deadlift (Barbell)",2,100.0,8,0,0,"",,,\n'
    log = _log(_STRONG + rows + odd, unit="kg")
    assert _hard(log, "Romanian Deadlift (Barbell)") == 1
    assert [i.line for i in log.issues if "13 fields" in i.message] == [3]


_EXPORTS = Path(__file__).parent.parent / "data" / "exports15"
_LB = 0.45359237

#: Realistic exports (tests/data/exports15) and what each holds, worked out from its rows: per
#: workout day, each exercise's (hard sets, warm-ups, heaviest kg); the unit passed; the lines of
#: the notices about rows. The mess: a BOM, CRLF and CR line ends, UTF-16 and Windows-1252,
#: semicolons and decimal commas, notes with quotes, separators and line breaks, trailing separators,
#: localised headers and months, rows in lb beside kg, warm-up, drop and failure sets, a superset,
#: rest timers, blank (deleted) rows, an assisted set's negative weight, re-saved dates.
_RDL, _CURL, _LLC = "Romanian Deadlift (Barbell)", "Seated Leg Curl (Machine)", "Lying Leg Curl (Machine)"
_RKH = "Rumänisches Kreuzheben"
_Day = list[tuple[str, int, int, float | None]]
_REAL: dict[str, tuple[str | None, dict[str, _Day], list[int]]] = {
    "strong_lb.csv": (
        "lb",
        {
            "2025-11-03": [
                (_RDL, 3, 1, 225 * _LB),
                (_CURL, 3, 0, 90 * _LB),
                ("Nordic Hamstring Curl", 2, 0, None),
            ],
            "2025-11-06": [("Good Morning (Barbell)", 2, 0, 135 * _LB), ("Plank", 1, 0, None)],
        },
        [],
    ),
    "strong_semicolon.csv": (
        None,
        {
            "2025-11-03": [(_RDL, 2, 1, 102.5), (_LLC, 2, 0, 90 * _LB)],
            "2025-11-07": [("Hip Thrust (Barbell)", 1, 0, 140.0)],
        },
        [],
    ),
    "strong6_lb.csv": (
        None,
        {
            "2025-11-03": [("Good Morning (Barbell)", 2, 0, 135 * _LB)],
            "2025-11-05": [("Single Leg RDL (Dumbbell)", 1, 0, 40 * _LB)],
        },
        [],
    ),
    "hevy_lb.csv": (
        None,
        {
            "2025-11-03": [
                (_RDL, 2, 1, 225 * _LB),
                (_LLC, 2, 0, 80 * _LB),
                ("Back Extension (Hyperextension)", 2, 0, 25 * _LB),
                ("Nordic Hamstring Curl", 1, 0, None),
                ("Assisted Nordic Curl", 1, 0, None),
            ]
        },
        [11],
    ),  # -30 lb read as help (said); the superset (superset_id 0) alternates: no "resume" notice
    "fitnotes_lb.csv": (
        None,
        {
            "2025-11-03": [
                ("Romanian Deadlift", 2, 0, 225 * _LB),
                ("Lying Leg Curl", 1, 0, 90 * _LB),
                ("Plank", 1, 0, None),
            ],
            "2025-11-05": [("Romanian Deadlift", 1, 0, 230 * _LB)],
        },
        [],
    ),
    "generic_de.csv": (
        None,
        {
            "2025-11-03": [(_RKH, 3, 1, 102.5), ("Beinbeuger liegend", 3, 0, 40.0)],
            "2025-11-06": [(_RKH, 3, 0, 105.0)],
        },
        [],
    ),
    "strong_de_headers.csv": (None, {"2025-11-03": [(f"{_RKH} (Langhantel)", 2, 1, 100.0)]}, []),
    "strong_excel.csv": (
        "kg",
        {"2025-11-03": [(_RDL, 2, 0, 102.5)], "2025-11-13": [(_RDL, 1, 0, 105.0)]},
        [],
    ),
    "strong_trailing.csv": ("kg", {"2025-11-03": [(_RDL, 2, 0, 100.0)]}, []),
    "hevy_localised.csv": (
        None,
        {
            "2025-11-03": [(_RDL, 2, 0, 100.0)],
            "2025-12-10": [(_RDL, 1, 0, 100.0)],
            "2026-03-12": [(_RDL, 1, 0, 100.0)],
        },
        [],
    ),
    "fitnotes_comment.csv": (None, {"2025-11-03": [("Romanian Deadlift", 2, 0, 100.0)]}, []),
    "utf16.txt": (None, {"2025-11-03": [("RDL", 2, 0, 100.0)]}, []),
    "hevy_excel_de.csv": (
        None,
        {"2025-11-03": [(_RDL, 2, 1, 102.5)], "2025-11-13": [(_RDL, 1, 0, 105.0)]},
        [],
    ),
    "strong_cr.csv": ("kg", {"2025-11-03": [(_RDL, 2, 0, 100.0)]}, []),
    "cp1252.csv": (
        None,
        {"2025-11-03": [("45° Back Extension", 1, 0, 20.0), ("Glute–Ham Raise", 1, 0, None)]},
        [],
    ),
    "strong_us_excel.csv": (
        "lb",
        {"2025-11-03": [(_RDL, 1, 0, 225 * _LB)], "2025-11-13": [(_RDL, 1, 0, 230 * _LB)]},
        [],
    ),
}


@pytest.mark.parametrize("name", sorted(_REAL))
def test_a_realistic_export_is_read_as_its_rows_say(name: str) -> None:
    """Each realistic export gives its workouts' hard sets, warm-ups and heaviest sets as its rows
    say, and says only what its rows give cause to."""
    unit, days, notice_lines = _REAL[name]
    log = hr.load_log(_EXPORTS / name, unit=unit)
    read: dict[str, list[tuple[str, int, int, float | None]]] = {}
    for workout in log.workouts:
        for e in workout.exercises:
            top = None if e.top_kg is None else round(e.top_kg, 2)
            read.setdefault(workout.start.date().isoformat(), []).append(
                (e.name, e.hard_sets, e.warmup_sets, top)
            )
    expected = {
        day: [(n, hard, warm, None if kg is None else round(kg, 2)) for n, hard, warm, kg in rows]
        for day, rows in days.items()
    }
    assert read == expected
    assert [i.line for i in log.issues if i.line > 1] == notice_lines


def test_a_jefit_backup_of_tables_in_sections_reads_its_exercise_logs() -> None:
    """A JEFIT backup (``### WORKOUT SESSIONS ###``, then tables joined by ids) was refused; its
    exercise logs' section (a date, ``ename`` and ``logs`` of each set's weight x reps) is read
    (logs23, rv27 R10), and the sections not read are said."""
    log = hr.load_log(_EXPORTS / "jefit.csv", keep_sets=True)
    (workout,) = log.workouts
    assert [(e.name, e.reps, e.weights_kg) for e in workout.exercises] == [
        ("Romanian Deadlift", (8, 8, 8), (100.0, 100.0, 100.0)),
        ("Lying Leg Curl", (12, 12), (40.0, 40.0)),
    ]
    assert "'WORKOUT SESSIONS' (line 1" in log.issues[0].message
