"""Cells review24 found refused or misread (cells16): 5/3/1's list of each set's reps and load
(R11), a hand-kept log's set columns holding weight x reps (R4)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

jsonschema = pytest.importorskip("jsonschema")
PROGRAM_SCHEMA = jsonschema.Draft202012Validator(hr.json_schema("program"))


def _csv(tmp_path: Path, text: str, name: str = "program.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _data(**entry: Any) -> dict[str, Any]:
    return {"name": "p", "sessions": [{"name": "A", "exercises": [{"exercise": "Deadlift", **entry}]}]}


def _entry(**entry: Any) -> hr.Entry:
    """The one entry of a one-session program written with ``entry``."""
    return hr.load_program(_data(**entry)).weeks[0].sessions[0].entries[0]


# -- R11: a list of each set's reps and load ---------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "sets", "reps", "rir"),
    [
        # 5/3/1's three weeks and its deload, as its template sheets print a day
        ({"sets": 3, "reps": "5@65%, 5@75%, 5+@85%"}, 3, "5", 0),
        ({"sets": 3, "reps": "3@70%, 3@80%, 3+@90%"}, 3, "3", 0),
        ({"sets": 3, "reps": "5@75%, 3@85%, 1+@95%"}, 3, "1-5", 0),
        ({"sets": 3, "reps": "5@40%, 5@50%, 5@60%"}, 3, "5", None),
        # a percentage program's ramp; spaces, 'reps', a weight, a decimal comma
        ({"sets": 3, "reps": "8 @ 60%, 6 @ 70%, 4 @ 80%"}, 3, "4-8", None),
        ({"sets": "2", "reps": "5 reps @ 100 kg; 5 reps @ 102,5 kg"}, 2, "5", None),
        # the load first, as Wendler's book prints it
        ({"sets": 3, "reps": "65% x 5, 75% x 5, 85% x 5+"}, 3, "5", 0),
        # in the sets key (a column-per-week cell): the sets from the list, Boring But Big's 5x10 too
        ({"sets": "5@65%, 5@75%, 5+@85%, 5x10@50%"}, 8, "5-10", 0),
        ({"sets": "5@65% / 5@75% / 5+@85% TM"}, 3, "5", 0),
    ],
)
def test_a_list_of_each_sets_reps_and_load_is_read(
    entry: dict[str, Any], sets: int, reps: str, rir: Any
) -> None:
    """Each was 'expected an integer, a range ...' and the whole program refused: each set's reps
    are read as '5, 5, 5+' is (the '+' a set to failure: RIR 0), the list as written in the notes."""
    read = _entry(**entry)
    assert (read.sets, read.reps, read.rir) == (sets, reps, rir)
    written = entry.get("reps", entry["sets"])
    assert read.notes is not None
    assert all(item in " ".join(written.split()) for item in read.notes.split(", "))  # each as written
    assert PROGRAM_SCHEMA.is_valid(_data(**entry))  # the published schema takes it too


def test_the_lists_sets_must_be_the_sets_given() -> None:
    """Four sets beside a list of three sets' loads: which set is missing is not guessed."""
    with pytest.raises(hr.ProgramError) as caught:
        _entry(sets=4, reps="5@65%, 5@75%, 5+@85%")
    assert "3 sets" in str(caught.value) and "sets: 3" in str(caught.value)


def test_a_sets_list_gives_the_reps_and_no_reps_key_then() -> None:
    with pytest.raises(hr.ProgramError, match="drop the reps key"):
        _entry(sets="5@65%, 5@75%, 5+@85%", reps=5)
    assert not PROGRAM_SCHEMA.is_valid(_data(sets="5@65%, 5@75%, 5+@85%", reps=5))


@pytest.mark.parametrize(
    "reps", ["5, 5, 5+", "5@65%", "5@65%, ", "5@65%, 5@", "5@65%, 0@75%", "5@65%, 5@0.5"]
)
def test_what_is_no_such_list_is_read_as_before(reps: str) -> None:
    """A list with no load is each set's reps (no note); one item is reps and a load; a broken
    list is refused, by the library and the schema alike."""
    try:
        read = _entry(sets=3, reps=reps)
    except hr.ProgramError:
        assert not PROGRAM_SCHEMA.is_valid(_data(sets=3, reps=reps))
        assert reps not in ("5, 5, 5+", "5@65%")
        return
    assert reps in ("5, 5, 5+", "5@65%")
    assert read.notes == ("65%" if "@" in reps else None)


def test_531_sheets_are_read(tmp_path: Path) -> None:
    """review24's w531_cw.csv and w531_rows2.csv: each exit 2, the program not checked."""
    weekly = hr.load_program(
        _csv(
            tmp_path,
            "Day,Exercise,Week 1,Week 2,Week 3,Week 4\n"
            'Tue,Deadlift,"5@65%, 5@75%, 5+@85%","3@70%, 3@80%, 3+@90%","5@75%, 3@85%, 1+@95%",'
            '"5@40%, 5@50%, 5@60%"\n'
            "Tue,RDL,3x10,3x10,3x10,2x10\n",
        )
    )
    deadlifts = [w.sessions[0].entries[0] for w in weekly.weeks]
    assert [(e.sets, e.reps, e.rir) for e in deadlifts] == [
        (3, "5", 0),
        (3, "3", 0),
        (3, "1-5", 0),
        (3, "5", None),
    ]
    assert deadlifts[2].notes == "5@75%, 3@85%, 1+@95%"
    rows = hr.load_program(
        _csv(tmp_path, 'Week,Day,Exercise,Sets,Reps\n1,Tue,Deadlift,3,"5@65%, 5@75%, 5+@85%"\n', "rows.csv")
    )
    assert [(e.sets, e.reps, e.rir) for e in rows.weeks[0].sessions[0].entries] == [(3, "5", 0)]
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(
            _csv(tmp_path, 'Day,Exercise,Sets,Reps\nTue,Deadlift,4,"5@65%, 5@75%, 5+@85%"\n', "bad.csv")
        )
    assert "bad.csv:2" in str(caught.value.location) and "sets: 3" in str(caught.value)


_ITEMS = st.lists(
    st.tuples(
        st.integers(1, 20), st.booleans(), st.integers(30, 100), st.sampled_from(["%", "kg", " lb", "% TM"])
    ),
    min_size=2,
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(items=_ITEMS, at=st.sampled_from(["@", " @ "]), sep=st.sampled_from([", ", ",", "; ", " / ", "\n"]))
def test_any_list_of_reps_and_loads_is_its_sets(
    items: list[tuple[int, bool, int, str]], at: str, sep: str
) -> None:
    """Property: the sets are the items, the reps span theirs, a '+' anywhere is a set to failure,
    and the schema agrees."""
    reps = sep.join(f"{r}{'+' if plus else ''}{at}{load}{unit}" for r, plus, load, unit in items)
    read = _entry(sets=len(items), reps=reps)
    assert read.sets == len(items)
    assert (read.reps_low, read.reps_high) == (min(r for r, *_ in items), max(r for r, *_ in items))
    assert (read.rir == 0) == any(plus for _, plus, *_ in items)
    assert PROGRAM_SCHEMA.is_valid(_data(sets=len(items), reps=reps))


# -- R4: a log's set columns holding weight x reps; N x M in a reps column ---------------------------


def _log(text: str, **kwargs: Any) -> hr.WorkoutLog:
    return hr.load_log(io.StringIO(text), keep_sets=True, **kwargs)


def _sets(log: hr.WorkoutLog) -> list[tuple[str, tuple[int, ...], tuple[float | None, ...]]]:
    return [(e.name, e.reps, e.weights_kg) for w in log.workouts for e in w.exercises]


@pytest.mark.parametrize(
    "cells",
    [
        ("100x8", "100x8", "100x6"),
        ("100 x 8", "100×8", "100*6"),
        ("100kg x 8", "100 kg x 8", "100kgx6"),
        ("8 @ 100", "8@100", "6 @ 100 kg"),
        ("8 x 100kg", "8 x 100 kg", "6 x 100kg"),
    ],
)
def test_a_set_columns_weight_x_reps_is_that_sets_weight_and_reps(cells: tuple[str, ...]) -> None:
    """review24's setcols.csv: the file was refused ('is not a number', no sets found); a cell of a
    column per set is one set, so '100x8' is its weight and reps."""
    row = ",".join(f'"{c}"' for c in cells)
    log = _log(f"Date,Exercise,Set 1,Set 2,Set 3\n2025-11-03,RDL,{row}\n")
    assert _sets(log) == [("RDL", (8, 8, 6), (100.0, 100.0, 100.0))]


def test_a_set_column_weight_list_goes_with_its_reps_and_bare_reps_stay_reps() -> None:
    """setcols2.csv: the leg curl row ('12x10': 12 kg) was not read and the check ran without it;
    a row of bare reps beside it keeps reading as each set's reps, no weight."""
    log = _log(
        "Date,Exercise,Set 1,Set 2,Set 3\n2025-11-03,RDL,8,8,6\n2025-11-03,Leg curl,12x10,12x10,12x8\n"
        "2025-11-06,RDL,102.5x8,105x8,\n"
    )
    assert _sets(log) == [
        ("RDL", (8, 8, 6), (None, None, None)),
        ("Leg curl", (10, 10, 8), (12.0, 12.0, 12.0)),
        ("RDL", (8, 8), (102.5, 105.0)),
    ]


def test_a_set_columns_weights_in_pounds_are_converted() -> None:
    log = _log('Date,Exercise,Set 1,Set 2\n2025-11-03,RDL,"225 lb x 5","225lbs x 5"\n')
    ((_, reps, kg),) = _sets(log)
    assert reps == (5, 5) and kg == pytest.approx((225 * 0.45359237,) * 2)


@given(
    # (weights of one row within MAX_LIST_SPREAD of each other: a row's sets, not a date)
    sets=st.lists(st.tuples(st.integers(20, 200), st.integers(1, 30)), min_size=2, max_size=6),
    form=st.sampled_from(["{w}x{r}", "{w} x {r}", "{w}kg x {r}", "{r} @ {w}kg"]),
)
@settings(max_examples=40, deadline=None)
def test_any_row_of_set_columns_is_its_sets(sets: list[tuple[int, int]], form: str) -> None:
    """Property: a row of weight x reps cells is as the same sets a row each (weight, reps columns)."""
    header = ",".join(f"Set {i + 1}" for i in range(len(sets)))
    cells = ",".join(form.format(w=w, r=r) for w, r in sets)
    wide = _log(f"Date,Exercise,{header}\n2025-11-03,RDL,{cells}\n")
    rows = "".join(f"2025-11-03,RDL,{w},{r}\n" for w, r in sets)
    one_a_row = _log(f"Date,Exercise,Weight,Reps\n{rows}")
    assert _sets(wide) == _sets(one_a_row)


@pytest.mark.parametrize(("cell", "kg"), [("100kg x 8", 100.0), ("102.5x8", 102.5), ("8 @ 100 kg", 100.0)])
def test_a_reps_cell_of_a_weight_with_its_unit_or_a_fraction_is_one_set(cell: str, kg: float) -> None:
    """In a one-set-a-row log's reps column, a weight no count of sets can be (a unit, a fraction)
    and its reps are one set's: each was refused ('is not a number')."""
    log = _log(f'Date,Exercise,Reps\n2025-11-03,RDL,"{cell}"\n')
    assert _sets(log) == [("RDL", (8,), (kg,))]


def test_more_sets_than_a_row_holds_are_said_not_taken_as_sets() -> None:
    """wxr_reps.csv: '20x8' and '12x10' were read as 20 and 12 sets (32 weekly sets, HR012 'above
    about 20') while '100x8' was refused. With no weight in the row they may be a weight x reps: not
    guessed, the row reported, as '100x8' is; beside a weight they are sets, said. 3x8 and 10x10
    (German Volume Training) are sets as before."""
    text = (
        "Date,Exercise,Reps,Weight\n2025-11-03,RDL,20x8,\n2025-11-03,Leg curl,12x10,40\n"
        "2025-11-03,RDL,3x8,100\n2025-11-03,Back extension,10x10,\n"
    )
    log = _log(text)
    assert [(e.name, e.hard_sets) for w in log.workouts for e in w.exercises] == [
        ("Leg curl", 12),
        ("RDL", 3),
        ("Back extension", 10),
    ]
    said = {i.line: i.message for i in log.issues}
    assert "not guessed" in said[2] and "'20x8'" in said[2]
    assert "read as 12 sets of 10" in said[3] and "weight x reps?" in said[3]
    assert 4 not in said and 5 not in said
