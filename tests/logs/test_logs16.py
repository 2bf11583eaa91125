"""Workout logs, session 16: one grammar for a row's sets and reps - a hand-kept log's ``Sets``
cell ``3x8`` (the reps cell blank), a reps cell ``3x8-10``, ``3x5+``, ``3x8 each``, ``2x5, 1x5+``
read as a program's ``sets: 3x8-10`` is read (review25 R6), and a log that loses rows says how
many in its summary."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.emitters import render


def _log(text: str, **kw: object) -> hr.WorkoutLog:
    return hr.load_log(io.StringIO(text), name="x.csv", keep_sets=True, **kw)  # type: ignore[arg-type]


def _exercises(log: hr.WorkoutLog, name: str) -> list[hr.LoggedExercise]:
    return [e for w in log.workouts for e in w.exercises if e.name == name]


def _not_read(log: hr.WorkoutLog) -> list[hr.LogIssue]:
    return [i for i in log.issues if "not read" in i.message]


def _program_entry(sets: object, reps: object = None) -> hr.Entry:
    entry: dict[str, object] = {"exercise": "RDL", "sets": sets}
    if reps is not None:
        entry["reps"] = reps
    program = hr.load_program({"sessions": [{"day": "Mon", "exercises": [entry]}]})
    return program.weeks[0].sessions[0].entries[0]


# -- R6: the Sets cell "3x8" -------------------------------------------------------------------


def test_a_google_sheet_log_with_sets_x_reps_in_the_sets_column_is_read_whole() -> None:
    """review25's gsheet_log2.csv: ``3x8`` in ``Sets`` with ``Reps`` blank dropped three of four
    rows ("Sets '3x8' is not a number: the row is not read") and the check passed on the one left.
    Each row is its sets of its reps, as the program reader reads ``Sets: 3x8`` and as this log
    reads ``3x8`` under ``Reps``: RDL 3x8 at 100 kg, 3 sets of 12 curls at 40 kg, 2 Nordics of 5."""
    log = _log(
        "Date,Exercise,Sets,Reps,Weight\n2025-11-03,RDL,3x8,,100\n2025-11-03,Leg curl,3 x 12,,40\n"
        "2025-11-06,RDL,3,8,102.5\n2025-11-06,Nordic,2x5,,\n"
    )
    assert not _not_read(log)
    first, second = _exercises(log, "RDL")
    assert (first.hard_sets, first.reps, first.weights_kg) == (3, (8, 8, 8), (100.0, 100.0, 100.0))
    assert second.reps == (8, 8, 8) and second.top_kg == 102.5
    (curl,) = _exercises(log, "Leg curl")
    assert curl.reps == (12, 12, 12) and curl.top_kg == 40.0
    (nordic,) = _exercises(log, "Nordic")
    assert nordic.reps == (5, 5) and nordic.top_kg is None
    assert [w.start.day for w in log.workouts] == [3, 6]  # the 3 Nov workout is there


_X = st.sampled_from(["x", "X", " x ", "×", "*", " X "])


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 10), reps=st.integers(1, 30), x=_X, kg=st.sampled_from(["", "60", "102.5"]))
def test_one_set_scheme_is_read_alike_in_every_cell_it_can_be_written_in(
    n: int, reps: int, x: str, kg: str
) -> None:
    """``N x R`` under ``Reps`` (no Sets column), under ``Sets`` beside a blank or the same reps,
    and ``Sets`` N beside ``Reps`` R are one row's sets: each reads as N sets of R reps at the
    row's weight, with nothing said (one grammar, whatever column the lifter put it in)."""
    cell = f"{n}{x}{reps}"
    texts = [
        f"Date,Exercise,Reps,Weight\n2025-11-03,RDL,{cell},{kg}\n",
        f"Date,Exercise,Sets,Reps,Weight\n2025-11-03,RDL,{cell},,{kg}\n",
        f"Date,Exercise,Sets,Reps,Weight\n2025-11-03,RDL,{cell},{reps},{kg}\n",
        f"Date,Exercise,Sets,Reps,Weight\n2025-11-03,RDL,{n},{reps},{kg}\n",
    ]
    weight = float(kg) if kg else None
    for text in texts:
        log = _log(text)
        (rdl,) = _exercises(log, "RDL")
        assert (rdl.hard_sets, rdl.reps, rdl.weights_kg) == (n, (reps,) * n, (weight,) * n), text
        assert not [i for i in log.issues if i.line == 2], text


_REPS_FORMS = [  # (a reps cell, the reps each set is read as, sets to failure, the program's rir)
    ("{r}", "{r}", 0, None),
    ("{r}-{r2}", "{r}", 0, None),  # a range: its low end (said) - the program reads the range
    ("{r}+", "{r}", "all", 0),
    ("{r} each", "{r}", 0, None),
    ("{r} per leg", "{r}", 0, None),
    ("{r} (ecc)", "{r}", 0, None),
    ("{r} reps", "{r}", 0, None),
]


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 10),
    r=st.integers(1, 20),
    form=st.sampled_from(_REPS_FORMS),
    x=_X,
    column=st.sampled_from(["Reps", "Sets"]),
)
def test_a_log_reads_every_sets_x_reps_a_program_reads(
    n: int, r: int, form: tuple[str, str, object, int | None], x: str, column: str
) -> None:
    """``sets: 3x8-10``, ``3x5+``, ``3x8 each``, ``4x6 (ecc)``, ``3 x 8 reps`` are a program's
    sets and reps; the same cell in a log's reps or sets column dropped the row ("is not a
    number"). Each is read as the program reads it: N sets (the program's ``sets``), each of the
    reps the reps part gives (a range its low end, said; ``+`` each set to failure)."""
    reps_text, each, failures, rir = form
    cell = f"{n}{x}{reps_text.format(r=r, r2=r + 2)}"
    entry = _program_entry(cell)
    assert entry.sets == n and entry.rir == rir
    header, row = ("Reps", cell) if column == "Reps" else ("Sets,Reps", f"{cell},")
    log = _log(f"Date,Exercise,{header},Weight\n2025-11-03,RDL,{row},50\n")
    assert not _not_read(log), log.issues
    (rdl,) = _exercises(log, "RDL")
    assert rdl.hard_sets == entry.sets and rdl.reps == (int(each.format(r=r)),) * n
    assert rdl.reps_low == entry.reps_low
    assert rdl.failure_sets == (n if failures == "all" else 0)


@pytest.mark.parametrize(
    ("cell", "reps", "failures"),
    [("2x5, 1x5+", (5, 5, 5), 1), ("1x20, 2x10", (20, 10, 10), 0), ("1x5; 3x3", (5, 3, 3, 3), 0),
     ("3 sets of 8", (8, 8, 8), 0), ("3 sets x 8 reps", (8, 8, 8), 0), ("3X8", (8, 8, 8), 0),
     ("3x10/8/6", (10, 8, 6), 0), ("3x8F", (8, 8, 8), 3), ("3 x 10 + 1 x 15", (10, 10, 10, 15), 0),
     ("1x5+, 2x3", (5, 3, 3), 1)],
)  # fmt: skip
@pytest.mark.parametrize("column", ["Reps", "Sets"])
def test_set_schemes_lifters_write_are_read_in_the_reps_and_the_sets_column(
    cell: str, reps: tuple[int, ...], failures: int, column: str
) -> None:
    """A top set and back-off sets (``2x5, 1x5+``, Reddit PPL's and nSuns' main lift: 3 sets of 5,
    the last to failure, as ``5, 5, 5+`` already reads), ``3 sets of 8``, a capital ``X`` and a
    per-set list after ``3x`` are each set's reps, in either column."""
    header, row = ("Reps", f'"{cell}"') if column == "Reps" else ("Sets,Reps", f'"{cell}",')
    log = _log(f"Date,Exercise,{header},Weight\n2025-11-03,RDL,{row},80\n")
    assert not _not_read(log), log.issues
    (rdl,) = _exercises(log, "RDL")
    assert rdl.reps == reps and rdl.failure_sets == failures and rdl.top_kg == 80.0


def test_a_reps_cell_that_disagrees_with_the_sets_cell_is_read_and_said() -> None:
    """``Sets 3x8`` beside ``Reps 10`` (the plan in one cell, what was done in the other): 3 sets
    of the reps column's 10, said; ``Sets 4`` beside ``3x10-12`` is the reps cell's 3 sets, said
    as ``Sets 4`` beside a list of 3 is; ``4x6/6/5`` lists three sets' reps: three. ``3x8`` beside
    ``8,8,6`` agrees on the sets (8, 8 and 6 done): nothing said."""
    log = _log(
        "Date,Exercise,Sets,Reps,Weight\n2025-11-03,RDL,3x8,10,100\n2025-11-03,Leg curl,4,3x10-12,40\n"
        '2025-11-04,Nordic,,4x6/6/5,\n2025-11-05,Good morning,3 x 8,"8,8,6",60\n'
    )
    by_line: dict[int, list[str]] = {}
    for issue in log.issues:
        by_line.setdefault(issue.line, []).append(issue.message)
    assert by_line[2] == ["Sets '3x8' and reps '10' disagree: read as 3 sets of the reps column's '10'"]
    assert by_line[3] == [
        "Sets 4 but reps '3x10-12' are 3 sets: read as 3",
        "reps '10-12' is a range, not the reps done: read as 10, its low end",
    ]
    assert by_line[4] == ["reps '4x6/6/5': 4 sets, but 3 sets' reps listed: read as 3"]
    assert 5 not in by_line
    assert _exercises(log, "RDL")[0].reps == (10, 10, 10)
    assert _exercises(log, "Leg curl")[0].reps == (10, 10, 10)
    assert _exercises(log, "Nordic")[0].reps == (6, 6, 5)
    assert _exercises(log, "Good morning")[0].reps == (8, 8, 6)


@pytest.mark.parametrize("cell", ["100x8", "3x8 @ 100kg", "2-3x8", "3 x AMRAP", "3x8 kg"])
def test_what_no_grammar_reads_is_still_refused_with_the_cell_as_written(cell: str) -> None:
    """A weight x reps with no unit (``100x8``: more sets than any row), a load beside a weight
    column's own, a range of sets done, sets of no count and a word of no reps are not guessed:
    the row is not read and the message quotes the cell as written, in its own column."""
    log = _log(f'Date,Exercise,Sets,Reps,Weight\n2025-11-03,RDL,"{cell}",,100\n2025-11-03,Leg curl,3,8,40\n')
    (issue,) = [i for i in log.issues if i.line == 2]
    assert issue.message == f"Sets '{cell}' is not a number: the row is not read"


@pytest.mark.parametrize(
    ("sets", "reps", "n"),
    [("6", "20m", 6), ("8", "40 yd", 8), ("4", "60 metres", 4), ("", "6x20m", 6), ("", "4 x 30 m", 4),
     ("6x20m", "", 6), ("5", "1.5 km", 5)],
)  # fmt: skip
def test_a_distance_in_the_reps_cell_is_a_run_a_set_as_a_distance_column_gives(
    sets: str, reps: str, n: int
) -> None:
    """A sprinter's ``Reps`` cell ``20m`` was read as a 20-minute hold (six of them) and ``40 yd``
    dropped the row, while a program's reps read ``20 m`` as one run of 20 m a set. Each is now a
    set that covered its distance - what a log with a ``Distance`` column reads - and the
    program's ``sets: 6x20m`` and the log's agree on the sets."""
    log = _log(f"Date,Exercise,Sets,Reps,Weight\n2025-11-03,Flying sprint,{sets},{reps},\n")
    assert not log.issues[1:], log.issues
    (sprint,) = _exercises(log, "Flying sprint")
    column = _log(f"Date,Exercise,Sets,Reps,Distance\n2025-11-03,Flying sprint,{n},,20\n")
    (ran,) = _exercises(column, "Flying sprint")
    assert attrs.evolve(sprint, line=0) == attrs.evolve(ran, line=0)
    assert sprint.hard_sets == n and sprint.max_seconds == 0
    if "x" in sets + reps:
        assert _program_entry(sets or reps).sets == n


def test_a_short_time_in_minutes_is_still_a_hold() -> None:
    """``2m`` in a plank's reps cell is 2 minutes, as before: a bare ``m`` is metres from 10 (no
    sprint drill runs less, no hold lasts 10 minutes)."""
    log = _log("Date,Exercise,Sets,Reps\n2025-11-03,Plank,3,2m\n2025-11-03,Isometric bridge,3,1m 30s\n")
    (plank,) = _exercises(log, "Plank")
    (bridge,) = _exercises(log, "Isometric bridge")
    assert (plank.hard_sets, plank.max_seconds) == (3, 120) and bridge.max_seconds == 90


@pytest.mark.parametrize(
    ("column", "cell", "said"),
    [("RPE", "easy", "is not an RPE"), ("RPE", "8+", "is not an RPE"), ("RIR", "lots", "is not an RIR"),
     ("Seconds", "long", "is not a time"), ("RPE", "4/5", "is not an RPE")],
)  # fmt: skip
def test_an_effort_or_a_time_of_no_number_keeps_its_set(column: str, cell: str, said: str) -> None:
    """An RPE, RIR or time cell the reader cannot read dropped the whole row ("is not a number: the
    row is not read"), a hard set gone from the week - while a weight it cannot read, and an RPE
    out of 0-10, keep the set without it. Each is an optional measure of a set that was done: the
    set is kept without it, and said (a time without reps is the set: it is not read then)."""
    log = _log(f"Date,Exercise,Reps,Weight,{column}\n2025-11-03,RDL,8,100,{cell}\n2025-11-03,RDL,8,100,\n")
    (rdl,) = _exercises(log, "RDL")
    assert rdl.hard_sets == 2 and rdl.rpe == () and rdl.max_seconds == 0
    (issue,) = log.issues[1:]
    assert issue.line == 2 and said in issue.message and issue.message.endswith(": dropped, the set kept")
    assert log.rows_not_read == 0


@pytest.mark.parametrize("effort_column", ["", ",RIR", ",RPE"])
@pytest.mark.parametrize(
    ("cell", "rpe"),
    [("5 @8", 8.0), ("5 @ RIR 2", 8.0), ("5 @ rir 1", 9.0), ("3x5 @ RPE 7.5", 7.5), ("5 @ 2 RIR", 8.0)],
)
def test_a_reps_cell_s_effort_is_on_its_own_scale_whatever_the_effort_column(
    effort_column: str, cell: str, rpe: float
) -> None:
    """A coach's ``5 @8`` is RPE 8 and ``5 @ RIR 2`` is RIR 2 (RPE 8), as a program's reps read
    them. In a log with a (blank) RIR column ``5 @8`` was flipped to RPE 2 - a set logged easy,
    not a hard set - and ``@ RIR 2`` dropped the row."""
    blank = "," if effort_column else ""
    log = _log(f"Date,Exercise,Reps,Weight{effort_column}\n2025-11-03,RDL,{cell},100{blank}\n")
    (rdl,) = _exercises(log, "RDL")
    assert rdl.max_rpe == rpe and rdl.easy_sets == 0 and rdl.hard_sets == (3 if "3x" in cell else 1)
    assert not log.issues[1:], log.issues


@pytest.mark.parametrize("header", ["Scheme", "Set x Rep", "SxR", "Rep Scheme", "Set/Rep", "Sets x Reps"])
def test_a_column_named_for_sets_x_reps_is_read_as_a_program_sheet_reads_it(header: str) -> None:
    """A program sheet reads a ``Scheme`` column as its sets x reps; a log with the same column
    (``3x8``) was refused ("no reps column"), as was ``Set x Rep`` (a rep word, singular) - the
    log reads each as it reads ``Sets x Reps``: the row's sets of its reps."""
    log = _log(f"Date,Exercise,{header},Weight\n2025-11-03,RDL,3x8,100\n2025-11-03,Leg curl,4 x 10,40\n")
    assert f"'{header}' as reps" in log.issues[0].message
    assert [(e.name, e.reps) for w in log.workouts for e in w.exercises] == [
        ("RDL", (8, 8, 8)),
        ("Leg curl", (10, 10, 10, 10)),
    ]


def test_a_german_sheet_s_serien_column_is_its_sets() -> None:
    """``Serien`` (German's plural, a program sheet's sets column) is a log's sets column too."""
    log = _log("Datum,Übung,Serien,Wdh,Gewicht\n2025-11-03,RDL,3,8,100\n")
    assert "'Serien' as sets" in log.issues[0].message and _exercises(log, "RDL")[0].hard_sets == 3


@pytest.mark.parametrize(
    ("cells", "kg"), [("BW x 5,BW x 5,BW x 4", None), ("BW+10 x 5,BW+10 x 5,BW+10 x 4", 10.0)]
)
def test_a_body_weight_set_in_a_column_per_set_is_read_as_a_weight_column_s(
    cells: str, kg: float | None
) -> None:
    """A Google Sheet's column per set writes a Nordic's sets ``BW x 5``: the row was not read,
    while ``100x8`` beside it is a set, and ``BW`` in a weight column is a body-weight set. Each
    cell is a body-weight set of its reps (``BW+10``: 10 kg added), as a weight column's is."""
    log = _log(
        f"Date,Exercise,Set 1,Set 2,Set 3\n2025-11-03,RDL,100x8,100x8,100x6\n2025-11-03,Nordic,{cells}\n"
    )
    (nordic,) = _exercises(log, "Nordic")
    assert nordic.reps == (5, 5, 4) and nordic.body_weight_sets == 3 and nordic.top_kg == kg
    assert log.rows_not_read == 0 and not log.issues[1:], log.issues


@pytest.mark.parametrize(
    ("cell", "reps", "failures"),
    [("5x5 @ 80%", (5, 5, 5, 5, 5), 0), ("5@75%, 3@85%, 1+@95%", (5, 3, 1), 1), ("3x5 85%", (5, 5, 5), 0),
     ("75% x 5, 85% x 3, 95% x 1+", (5, 3, 1), 1), ("3x8 @ 70% 1RM", (8, 8, 8), 0)],
)  # fmt: skip
@pytest.mark.parametrize("column", ["Reps", "Sets"])
def test_a_percentage_load_is_no_weight_but_its_sets_are_read(
    cell: str, reps: tuple[int, ...], failures: int, column: str
) -> None:
    """5/3/1's day pasted in a log (``5@75%, 3@85%, 1+@95%``, Wendler's ``75% x 5``) and ``5x5 @
    80%`` are a program's sets with their loads (in its notes); a log dropped the row. The sets and
    reps are read - the last ``+`` to failure - and the percentage, no weight, said."""
    header, row = ("Reps", f'"{cell}"') if column == "Reps" else ("Sets,Reps", f'"{cell}",')
    log = _log(f"Date,Exercise,{header}\n2025-11-03,RDL,{row}\n")
    (rdl,) = _exercises(log, "RDL")
    assert rdl.reps == reps and rdl.failure_sets == failures and rdl.top_kg is None
    (said,) = log.issues[1:]
    assert said.line == 2 and "% of a max is no weight" in said.message and log.rows_not_read == 0


@pytest.mark.parametrize("rir", ["9.5", "10", "RIR 10"])
@pytest.mark.parametrize("rows", [1, 3])  # one row: read by row(); three alike: a column at a time
def test_a_set_logged_with_ten_reps_in_reserve_is_an_easy_set(rir: str, rows: int) -> None:
    """RIR 10 was RPE 0 - an app's "no RPE" - so a set logged 10 reps short counted as a hard set
    while RIR 9 (RPE 1) was an easy one. Reps in reserve are read on the RPE scale down to its
    floor, RPE 1: an easy set, not counted hard."""
    log = _log("Date,Exercise,Reps,Weight,RIR\n" + f"2025-11-03,RDL,8,60,{rir}\n" * rows)
    (rdl,) = _exercises(log, "RDL")
    assert (rdl.hard_sets, rdl.easy_sets) == (0, rows) and rdl.rpe == (1.0,) * rows


@pytest.mark.parametrize(
    ("cells", "seconds", "said"),
    [("45s,45s,45s", 45, False), ("0:45,0:45,0:30", 45, True), ("45 sec,30 sec,", 45, True)],
)
def test_holds_in_a_column_per_set_are_timed_sets(cells: str, seconds: int, said: bool) -> None:
    """A rehab patient's sheet with a column per set writes an isometric bridge's holds ``45s``
    each: the row was not read, while ``45s`` in a reps column is a timed set. Each is a hold, the
    longest read (said when they differ)."""
    log = _log(
        f"Date,Exercise,Set 1,Set 2,Set 3\n2025-11-03,Isometric bridge,{cells}\n2025-11-03,RDL,8,8,8\n"
    )
    (bridge,) = _exercises(log, "Isometric bridge")
    assert bridge.hard_sets == len([c for c in cells.split(",") if c]) and bridge.max_seconds == seconds
    assert bool([i for i in log.issues if "longest" in i.message]) == said and log.rows_not_read == 0


def test_runs_in_a_column_per_set_are_one_run_a_set() -> None:
    """A sprinter's ``20m, 20m, 30m`` across set columns are three runs (not 20-minute holds)."""
    log = _log("Date,Exercise,Set 1,Set 2,Set 3\n2025-11-03,Flying sprint,20m,20m,30m\n")
    (sprint,) = _exercises(log, "Flying sprint")
    assert sprint.hard_sets == 3 and sprint.max_seconds == 0 and log.rows_not_read == 0


@pytest.mark.parametrize(
    ("cell", "sets", "rpe"), [("8 (RPE 7)", 1, 7.0), ("3x8 (RIR 2)", 3, 8.0), ("5 (@8)", 1, 8.0)]
)
def test_an_effort_in_brackets_after_the_reps_is_the_set_s_effort(cell: str, sets: int, rpe: float) -> None:
    """A program reads ``8 (RPE 7)`` as 8 reps at RPE 7; a log read the count and dropped the
    effort (a note). It is the set's effort, as ``8 @ RPE 7`` is; other notes stay notes."""
    log = _log(f"Date,Exercise,Reps,Weight\n2025-11-03,RDL,{cell},100\n2025-11-03,Leg curl,8 (ecc),40\n")
    (rdl,) = _exercises(log, "RDL")
    assert (rdl.hard_sets, rdl.max_rpe) == (sets, rpe) and not log.issues[1:]
    assert _exercises(log, "Leg curl")[0].max_rpe is None


@pytest.mark.parametrize(
    ("cell", "sets", "kg"),
    [("3x8 70kg", 3, 70.0), ("3 x 5, 100 lb", 3, 45.359), ("8 100kg", 1, 100.0), ("4x6 @ 60 kg", 4, 60.0)],
)
def test_a_load_with_its_unit_after_the_reps_is_the_row_s_weight(cell: str, sets: int, kg: float) -> None:
    """A notes app's ``3x8 70kg`` (a program's sets read the load after a space: its unit says it
    is a load) dropped the row while ``3x8 @ 70kg`` was read: both are the sets at that weight. A
    row with a weight of its own is not guessed (which weight?): not read, as before."""
    log = _log(f'Date,Exercise,Reps,Weight\n2025-11-03,RDL,"{cell}",\n2025-11-03,Leg curl,"{cell}",40\n')
    (rdl,) = _exercises(log, "RDL")
    assert rdl.hard_sets == sets and rdl.top_kg == pytest.approx(kg, abs=0.001)
    assert not _exercises(log, "Leg curl") and log.rows_not_read == 1


def test_a_hold_a_side_is_read_as_reps_a_side_are() -> None:
    """``3 x 30s each side`` (a single-leg bridge hold) dropped the row while ``3 x 8 each side``
    was read: 3 holds of 30 s, the side read as reps a side are (one set a side)."""
    log = _log("Date,Exercise,Reps\n2025-11-03,Single leg bridge hold,3 x 30s each side\n")
    (hold,) = _exercises(log, "Single leg bridge hold")
    assert (hold.hard_sets, hold.max_seconds) == (3, 30) and log.rows_not_read == 0


@pytest.mark.parametrize("cell", ["AMRAP", "to failure", "bis zum Versagen"])
def test_a_set_to_failure_with_no_count_says_how_to_write_it(cell: str) -> None:
    """A program reads ``AMRAP`` as a set to failure of at least 1 rep; a log's reps are the reps
    done, so a count is wanted (1 rep would be a heavy set and a low e1RM, both wrong): the row
    is not read, counted, and the message says to write ``12`` or ``12+`` - not "is not a number"."""
    log = _log(f"Date,Exercise,Reps,Weight\n2025-11-03,RDL,{cell},80\n2025-11-03,RDL,8,80\n")
    (issue,) = log.issues[1:]
    assert issue.message == (
        f"Reps '{cell}' gives no count: the row is not read (write the reps done, 12, or 12+ for a set "
        "taken to failure)"
    )
    assert log.rows_not_read == 1


@pytest.mark.parametrize("header", ["Sets/Reps", "Sets x Reps", "Sätze/Wdh", "Set/Rep"])
def test_sets_slash_reps_under_a_sets_reps_header_is_sets_x_reps(header: str) -> None:
    """A program sheet reads ``3/8`` under ``Sets/Reps`` as 3 x 8; a log read it as two sets (3
    and 8 reps). Under a header giving the sets then the reps it is 3 sets of 8; a list of three
    (``8/8/6``) is each set's reps still, and under ``Reps`` ``3/8`` is two sets."""
    log = _log(f"Date,Exercise,{header},Weight\n2025-11-03,RDL,3/8,100\n2025-11-03,Leg curl,8/8/6,40\n")
    assert [(e.name, e.reps) for w in log.workouts for e in w.exercises] == [
        ("RDL", (8, 8, 8)),
        ("Leg curl", (8, 8, 6)),
    ]
    plain = _log("Date,Exercise,Reps\n2025-11-03,RDL,3/8\n")
    assert _exercises(plain, "RDL")[0].reps == (3, 8)


# -- R15: a lifter who logs each side of a one-leg exercise as its own row --------------------


@pytest.mark.parametrize(
    ("left", "right", "name"),
    [
        ("Single Leg RDL (Left)", "Single Leg RDL (Right)", "Single Leg RDL"),
        ("Single Leg RDL - L", "Single Leg RDL - R", "Single Leg RDL"),
        ("Left leg curl", "Right leg curl", "leg curl"),
        ("Bulgarian split squat [L]", "Bulgarian split squat [R]", "Bulgarian split squat"),
        ("SL RDL - left leg", "SL RDL - right leg", "SL RDL"),
        ("Beinbeuger links", "Beinbeuger rechts", "Beinbeuger"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("order", ["alternating", "left first"])
def test_each_side_logged_apart_is_one_set_a_leg(left: str, right: str, name: str, order: str) -> None:
    """review25 R15: ``Single Leg RDL (Left)`` and ``(Right)``, 3 rows each, were 6 weekly sets;
    a program's ``3 x 10 per leg`` is 3. A workout's two sides of one name are one exercise of
    3 sets a leg (the side with more sets), its tonnage both sides', said once."""
    rows = [(left, 20, 10), (right, 20, 10)] * 3
    if order == "left first":
        rows = sorted(rows, key=lambda r: r[0] != left)
    text = "Date,Exercise,Weight,Reps\n" + "".join(f'2025-11-03,"{n}",{w},{r}\n' for n, w, r in rows)
    log = _log(text)
    ((workout,),) = [log.workouts]
    (exercise,) = workout.exercises
    assert exercise.name == name and exercise.hard_sets == 3 and exercise.reps == (10, 10, 10)
    assert exercise.tonnage_kg == 2 * 3 * 20 * 10 and exercise.top_kg == 20.0 and exercise.line == 2
    (said,) = [i for i in log.issues if "sides" in i.message]
    assert said.line == 2 and left in said.message and right in said.message


def test_sides_pair_only_within_a_workout_and_both_sides() -> None:
    """One side alone (a rehab lifter training the injured leg), or the two sides on different
    days, is not paired: each is its own exercise, as written; other exercises keep their place."""
    text = (
        "Date,Exercise,Weight,Reps\n2025-11-03,Leg curl (Left),20,10\n2025-11-03,RDL,100,8\n"
        "2025-11-05,Nordic,,5\n2025-11-06,Leg curl (Right),20,10\n"
    )
    log = _log(text)
    assert [[e.name for e in w.exercises] for w in log.workouts] == [
        ["Leg curl (Left)", "RDL"],
        ["Nordic"],
        ["Leg curl (Right)"],
    ]
    assert not [i for i in log.issues if "sides" in i.message]


def test_a_check_counts_a_one_leg_exercise_logged_by_side_as_its_sets_a_leg() -> None:
    """review25's lr_log.csv: W45's hamstring sets were 10 (no finding); per leg they are 5, under
    HR012's 6 - the warning a program of the same sets per leg gets."""
    text = (
        "Date,Exercise,Weight,Reps\n"
        + "2025-11-03,Single Leg RDL (Left),20,10\n2025-11-03,Single Leg RDL (Right),20,10\n" * 3
        + "2025-11-06,Single Leg RDL - L,20,10\n2025-11-06,Single Leg RDL - R,20,10\n"
        "2025-11-06,Left leg curl,20,10\n2025-11-06,Right leg curl,20,10\n"
    )
    report = hr.check(text.encode(), name="lr_log.csv", as_of=date(2025, 11, 10))
    assert report.weeks[0].hamstring_sets == 5
    assert "HR012" in report.codes


@pytest.mark.parametrize(
    ("header", "left", "right"), [("Side", "L", "R"), ("Leg", "left", "right"), ("Seite", "links", "rechts")]
)
def test_a_side_column_pairs_a_one_leg_exercise_s_rows(header: str, left: str, right: str) -> None:
    """A sheet with a ``Side`` column (``L``/``R``) beside the exercise logs a side a row: read
    as each side's sets (the name and its side), paired into sets a leg as ``(Left)``/``(Right)``
    names are - 2 sets a leg, not 4 sets; rows with a blank side are as written."""
    text = (
        f"Date,Exercise,{header},Reps,Weight\n"
        + "".join(f"2025-11-03,Single leg RDL,{side},10,20\n" for side in (left, right, left, right))
        + "2025-11-03,RDL,,8,100\n"
    )
    log = _log(text)
    assert [(e.name, e.hard_sets) for w in log.workouts for e in w.exercises] == [
        ("Single leg RDL", 2),
        ("RDL", 1),
    ]
    assert f"'{header}' as side" in log.issues[0].message
    assert any("one exercise's sides" in i.message for i in log.issues)


# -- a log that loses rows says so in its summary --------------------------------------------

_GOOD = "Date,Exercise,Sets,Reps,Weight,RPE\n2025-11-03,RDL,3,8,100,8\n"


def _sets_read(log: hr.WorkoutLog) -> int:
    return sum(e.hard_sets + e.warmup_sets + e.easy_sets for w in log.workouts for e in w.exercises)


_LOST_ROWS = [
    "2025-11-03,RDL,abc,8,100,",
    "2025-11-03,RDL,3,abc,100,",
    "2025-11-03,,3,8,100,",
    "2025-13-45,RDL,3,8,100,",
    "notadate,RDL,3,8,100,",
    "2025-11-03,RDL,3,2000,100,",
    "2025-11-03,RDL,3,,100,",
    "2025-11-03,RDL,300,8,100,",
    "2025-11-03,RDL,2.5,8,100,",
    "2052-11-03,RDL,3,8,100,",
    "2025-11-03,RDL,3,100x8,,",
    "13/13/2025,RDL,3,8,100,",
    "2025-11-03,RDL,3,8,100,5,6,7",
    f"2025-11-03,{'R' * 2000},3,8,100,",
    "2025-11-03,RDL,3,AMRAP,100,",
]


@pytest.mark.parametrize("row", _LOST_ROWS)
def test_each_row_that_gives_no_set_is_counted_as_not_read(row: str) -> None:
    """Every way the reader drops a row (a cell of no number, a date of no date, no name, reps out
    of range, a row too long...) is counted in ``rows_not_read``, once: the log's sets are those
    of the good row alone."""
    good, log = _log(_GOOD), _log(_GOOD + row + "\n")
    assert _sets_read(log) == _sets_read(good) == 3
    assert log.rows_not_read == 1, log.issues


_KEPT_ROWS = [
    "2025-11-03,RDL,3,8,abc,",
    "2025-11-03,RDL,3,8-10,100,",
    "2025-11-03,RDL,3,8,-5,",
    "2025-11-03,RDL,3,8,5000,",
    "2025-11-03,RDL,3,8,100,12",
    "2025-11-03,RDL,3x8,,100,",
    "2025-11-03,RDL,3,8,100,RPE 8-9",
]


@pytest.mark.parametrize("row", _KEPT_ROWS)
def test_a_row_kept_with_a_notice_is_not_counted_as_not_read(row: str) -> None:
    """A row whose sets are kept (without a weight no one lifts, its range's low end, an RPE
    dropped) says so in the issues but loses no set: it is no row not read."""
    log = _log(_GOOD + row + "\n")
    assert _sets_read(log) == 6 and log.rows_not_read == 0, log.issues


_CELLS = {
    "date": ["2025-11-03", "2025-11-04", "", "bad", "2025-02-30", "11/12/2025"],
    "name": ["RDL", "Leg curl", "", "Rest Timer"],
    "sets": ["", "3", "x", "3x8", "2.5", "150", "3 sets", "3x8-10", "2x5, 1x5+"],
    "reps": [
        "",
        "8",
        "0",
        "8-10",
        "3x8",
        "abc",
        "45s",
        "5000",
        "8,8,6",
        "12x10",
        "3x8-10",
        "2x5, 1x5+",
        "5@75%",
        "20m",
        "45s,45s",
        "8 (RPE 7)",
        "3x8 70kg",
        "3 x 10 + 1 x 15",
        "AMRAP",
        "8 @ RIR 2",
    ],
    "weight": ["", "100", "abc", "-5", "BW"],
    "rpe": ["", "8", "5", "11", "x"],
}


@settings(max_examples=150, deadline=None)
@given(cells=st.fixed_dictionaries({k: st.sampled_from(v) for k, v in _CELLS.items()}))
def test_a_row_is_not_read_exactly_when_it_adds_no_set(cells: dict[str, str]) -> None:
    """Whatever a row holds, ``rows_not_read`` counts it exactly when it adds no set, hard, easy
    or warm-up, to the log - unless it is a timer or note row (skipped) or a set of 0 reps (a set
    planned and not done, said as such): the count is the reader's behaviour, not its words."""
    row = ",".join(cells[k] for k in ("date", "name", "sets", "reps", "weight", "rpe"))
    log = _log(_GOOD + row + "\n")
    added = _sets_read(log) - 3
    planned = any(i.message == "0 reps: not counted as a set" for i in log.issues)
    nothing = all(not c for c in cells.values())
    if log.skipped_rows or planned or nothing:
        assert log.rows_not_read == 0, (row, log.issues)
    else:
        assert (log.rows_not_read == 1) == (added == 0), (row, added, log.issues)


def test_a_check_of_a_log_that_lost_rows_says_how_many_in_every_summary() -> None:
    """review25 R6: a log of rows the reader dropped was checked on what was left and printed
    ``0 errors, 0 warnings, 0 info`` - a clean pass. The text summary line, the Markdown and
    HTML reports and JSON's ``summary.rows_not_read`` say how many rows were not read."""
    text = (
        "Date,Exercise,Sets,Reps,Weight\n2025-11-03,RDL,3,8,100\n2025-11-03,Leg curl,3,abc,40\n"
        "2025-11-06,RDL,3,8,100\n2025-11-06,Nordic,2,?!,\n"
    )
    report = hr.check(text.encode(), name="log.csv", as_of=date(2025, 11, 10))
    assert report.rows_not_read == 2
    assert report.to_dict()["summary"]["rows_not_read"] == 2
    said = "2 log rows not read (see Input): the checks saw the rest"
    assert f"0 warnings, 2 info; {said}" in render(report, "text")
    assert f"**{said}**" in render(report, "markdown")
    assert said in render(report, "html")
    clean = hr.check(_GOOD.encode(), name="log.csv", as_of=date(2025, 11, 10))
    assert clean.rows_not_read == 0 and "not read" not in render(clean, "text")


def test_the_cli_s_last_line_says_how_many_log_rows_were_not_read(tmp_path: Path) -> None:
    """``Checked 1 file: 0 errors, 0 warnings, 0 info (exit 0)`` of a log that lost rows read as
    a clean pass: the line says how many rows were not read (the exit code is the findings')."""
    from hamstring_rules.cli import main

    path = tmp_path / "log.csv"
    path.write_text("Date,Exercise,Sets,Reps,Weight\n2025-11-03,RDL,3,8,100\n2025-11-03,Leg curl,3,?!,40\n")
    out = io.StringIO()
    code = main(
        ["check", str(path), "--as-of", "2025-11-10", "--exit-zero"], stdout=out, stderr=io.StringIO()
    )
    last = out.getvalue().strip().splitlines()[-1]
    assert (
        code == 0 and last.startswith("Checked 1 file: ") and last.endswith("; 1 log row not read (exit 0)")
    )


_PIECES = st.sampled_from(
    ["3", "8", "12", "100", "x", " x ", "X", "×", "+", "@", "%", ",", ", ", "/", "-", " ", "s", "m", "kg",
     "lb", "RPE", "RIR", "(", ")", "each", "sets", "of", "BW", "AMRAP", ":", "."]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    reps=st.lists(_PIECES, max_size=8).map("".join),
    sets=st.lists(_PIECES, max_size=4).map("".join),
    weight=st.sampled_from(["", "60"]),
)
def test_any_sets_and_reps_cells_are_read_or_counted_not_read(reps: str, sets: str, weight: str) -> None:
    """Whatever a hand-kept log writes in its sets and reps cells, the row is read (sets added) or
    counted in ``rows_not_read`` (or skipped as a timer or note, or a set of 0 reps): never an
    exception, never a row lost without a word."""
    row = f'2025-11-03,RDL,"{sets}","{reps}",{weight},'
    log = _log(_GOOD + row + "\n")
    added = _sets_read(log) - 3
    planned = any(i.message == "0 reps: not counted as a set" for i in log.issues)
    if log.skipped_rows or planned or not (reps.strip() or sets.strip()) or sets.strip() in ("0", "00"):
        assert log.rows_not_read == 0 or added == 0, (row, log.issues)
    else:
        assert (log.rows_not_read == 1) == (added == 0), (row, added, log.issues)
