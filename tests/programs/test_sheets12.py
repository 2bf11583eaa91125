"""Reps, sets, effort and tempo cells as coaches write them, read one way in a program and a log
(sheets12, review22 R3 and R7), and a coach's block laid out a column per week (R7)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr


def _entry(**fields: Any) -> hr.Entry:
    """The one entry of a one-entry program holding ``fields`` (a Deadlift, 3 sets, unless given)."""
    entry = {"exercise": "Deadlift", "sets": 3, **fields}
    program = hr.load_program({"name": "p", "sessions": [{"name": "A", "exercises": [entry]}]})
    return program.weeks[0].sessions[0].entries[0]


def _refused(**fields: Any) -> str:
    entry = {"exercise": "Deadlift", "sets": 3, **fields}
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program({"name": "p", "sessions": [{"name": "A", "exercises": [entry]}]})
    return str(info.value)


def _file(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _logged(tmp_path: Path, reps: str, sets: int = 3) -> hr.WorkoutLog:
    """A generic log of one Deadlift row of ``sets`` sets and ``reps`` (and an RDL row, so that a
    row not read still leaves a log)."""
    text = f'Date,Exercise,Sets,Reps,Weight\n2025-11-03,Deadlift,{sets},"{reps}",140\n2025-11-03,RDL,3,8,80\n'
    return hr.load_log(_file(tmp_path, text, "log.csv"))


def _deadlift(log: hr.WorkoutLog) -> Any:
    return next((e for w in log.workouts for e in w.exercises if e.name == "Deadlift"), None)


# -- R3: each set's reps, the last to failure ------------------------------------------------------


@pytest.mark.parametrize(
    ("reps", "low", "high"),
    [
        # Wendler's 5/3/1 weeks: the sets span 1-5 (3/3/3+ is 3), the last set as many as possible
        ("5/3/1+", 1, 5),
        ("5,3,1+", 1, 5),
        ("3/3/3+", 3, 3),
        ("5/5/5+ AMRAP", 5, 5),
        ("5 / 3 / 1 +", 1, 5),
    ],
)
def test_a_list_whose_last_set_has_a_plus_is_the_range_it_spans_to_failure(
    reps: str, low: int, high: int
) -> None:
    """'5/3/1+' reads as the range its sets span, the last set to failure (RIR 0, as '8+' reads)."""
    entry = _entry(reps=reps)
    assert (entry.reps_low, entry.reps_high, entry.rir) == (low, high, 0)


def test_the_plus_on_the_last_set_leaves_an_effort_given_alone() -> None:
    """An effort the entry gives is kept: the '+' sets RIR 0 only where no effort is said."""
    assert (_entry(reps="5/3/1+", rpe=9).rir, _entry(reps="5/3/1+", rpe=9).rpe) == (None, 9)


@pytest.mark.parametrize(
    ("reps", "low", "high"),
    [("12,10,8", 8, 12), ("12-10-8", 8, 12), ("12–10–8", 8, 12), ("12—10—8", 8, 12), ("8;8;6", 6, 8),
     ("8 8 6", 6, 8), ("10/8/6 per leg", 6, 10)],
)  # fmt: skip
def test_each_sets_reps_as_a_log_writes_them_read_in_a_program(reps: str, low: int, high: int) -> None:
    """A comma, semicolon, space or dash list of each set's reps is the range it spans; no set to
    failure is read into it."""
    entry = _entry(reps=reps)
    assert (entry.reps_low, entry.reps_high, entry.rir) == (low, high, None)


def test_two_numbers_and_a_dash_are_still_a_range() -> None:
    """'8-10' is 8 to 10 reps and '10-8' is refused for its order: only three numbers or more
    with dashes are each set's reps."""
    assert (_entry(reps="8-10").reps_low, _entry(reps="8-10").reps_high) == (8, 10)
    assert "low end first" in _refused(reps="10-8")


@pytest.mark.parametrize("reps", ["5/3/1+", "5,3,1+", "12,10,8", "12-10-8", "12—10—8", "3/3/3+"])
def test_the_log_reads_the_same_lists_a_set_for_each_number(tmp_path: Path, reps: str) -> None:
    """A log's row of Sets 3 and such a reps cell is 3 sets of the reps listed (the row was not
    read: '5/3/1+ is not a number')."""
    log = _logged(tmp_path, reps)
    deadlift = _deadlift(log)
    numbers = [int(n) for n in re.findall(r"[0-9]+", reps)]
    assert deadlift is not None and deadlift.hard_sets == 3
    assert (deadlift.reps_low, deadlift.reps_high) == (min(numbers), max(numbers))
    assert not any("not read" in str(issue) for issue in log.issues)


_SEPARATORS = st.sampled_from([",", ", ", "/", " / ", ";", " ", "-", "–", "—"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    reps=st.lists(st.integers(1, 100), min_size=3, max_size=6),
    separator=_SEPARATORS,
    plus=st.booleans(),
)
def test_a_program_and_a_log_read_a_list_alike(
    tmp_path: Path, reps: list[int], separator: str, plus: bool
) -> None:
    """Whatever its separator, a list of each set's reps (the last with a '+' or not) is read in
    a program as the range the log reads from the same cell, and the log has a set for each."""
    cell = separator.join(map(str, reps)) + ("+" if plus else "")
    entry = _entry(sets=len(reps), reps=cell)
    deadlift = _deadlift(_logged(tmp_path, cell, sets=len(reps)))
    assert deadlift is not None and deadlift.hard_sets == len(reps)
    assert (
        (entry.reps_low, entry.reps_high) == (deadlift.reps_low, deadlift.reps_high) == (min(reps), max(reps))
    )
    assert (entry.rir == 0) is plus


def test_sets_x_reps_may_list_each_sets_reps_too() -> None:
    """'3x5/3/1+' in the sets cell is 3 sets of 5, 3 and 1+; a list of another length is refused."""
    entry = _entry(sets="3x5/3/1+")
    assert (entry.sets, entry.reps_low, entry.reps_high, entry.rir) == (3, 1, 5, 0)
    assert "lists 3 sets' reps for 4 sets" in _refused(sets="4x12,10,8")


def test_an_em_dash_range_reads_in_a_program_and_a_log(tmp_path: Path) -> None:
    """'8—10' (a word processor's autocorrected '--') is 8 to 10, as '8–10' was."""
    assert (_entry(reps="8—10").reps_low, _entry(reps="8—10").reps_high) == (8, 10)
    deadlift = _deadlift(_logged(tmp_path, "8—10"))
    assert deadlift is not None and deadlift.reps_low == 8  # a log reads a range's low end


@pytest.mark.parametrize(
    ("reps", "rir", "rpe"),
    [("6-8 @ RPE 8", None, 8), ("6-8 @8", None, 8), ("5 @ 8.5", None, 8.5), ("8 @ RIR 2", 2, None),
     ("8-10 @ 2 RIR", 2, None), ("8+ @9", None, 9), ("3x8 @ RPE 7", None, 7)],
)  # fmt: skip
def test_an_effort_after_the_reps_is_the_entrys(reps: str, rir: int | None, rpe: float | None) -> None:
    """'6-8 @ RPE 8' is 6-8 reps at RPE 8 (the log reads '5 @8' so); a named RIR is a RIR."""
    entry = _entry(sets=reps) if "x" in reps else _entry(reps=reps)
    assert (entry.rir, entry.rpe) == (rir, rpe)


def test_an_effort_after_the_reps_and_in_its_field_is_refused() -> None:
    """Said twice, the effort is not guessed between: the message names the reps and what to do."""
    message = _refused(reps="6-8 @ RPE 8", rpe=9)
    assert "'6-8 @ RPE 8'" in message and "reps: 6-8" in message


def test_the_log_reads_an_rpe_named_after_the_at(tmp_path: Path) -> None:
    """A log's reps cell '6-8 @ RPE 8' is read as '6-8 @8' is (the row was not read)."""
    deadlift = _deadlift(_logged(tmp_path, "6-8 @ RPE 8"))
    assert deadlift is not None and deadlift.max_rpe == 8


@pytest.mark.parametrize(
    ("reps", "rir", "notes"),
    [("8-10 (last set AMRAP)", 0, "last set AMRAP"), ("8 (to failure)", 0, "to failure"),
     ("5 (paused)", None, "paused"), ("8-10 per leg (last set to failure)", 0, "last set to failure")],
)  # fmt: skip
def test_a_note_in_brackets_after_the_reps_is_kept_and_read_for_failure(
    reps: str, rir: int | None, notes: str
) -> None:
    """'8-10 (last set AMRAP)' is 8-10 reps, the note kept, its set to failure read (it was
    'AMRAP gives no rep count' though 8-10 is given)."""
    entry = _entry(reps=reps)
    assert (entry.reps_low, entry.rir) == (int(re.findall(r"[0-9]+", reps)[0]), rir)
    assert entry.notes is not None and entry.notes.startswith(notes)


# -- R7: sets, effort and tempo cells ---------------------------------------------------------------


@pytest.mark.parametrize("sets", ["3-4", "3 to 4", "3–4", "03-04"])
def test_a_range_of_sets_is_read_at_its_high_end_with_a_notice(tmp_path: Path, sets: str) -> None:
    """Sets '3-4' are 4, the most the entry prescribes (as an effort range is read at its hardest
    end), and the program says so where it was written."""
    path = _file(tmp_path, f"Day,Exercise,Sets,Reps\nMon,RDL,{sets},8\nThu,RDL,3,8\n", "sheet.csv")
    program = hr.load_program(path)
    assert [e.sets for s in program.weeks[0].sessions for e in s.entries] == [4, 3]
    assert [n for n in program.notices if "read as 4, the high end" in n] == [
        next(n for n in program.notices if n.startswith("line 2, column 'Sets': sets "))
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [("sets", "2+1"), ("sets", "4-3"), ("sets", "three sets"), ("sets", True), ("sets", [3]), ("sets", 0),
     ("sets", "21"), ("rpe", "10+"), ("rpe", "hard"), ("rpe", [8]), ("rir", "two"), ("rir", True),
     ("tempo", "3s down"), ("tempo", "slow")],
)  # fmt: skip
def test_cells_not_read_are_refused_in_the_librarys_words(field: str, value: Any) -> None:
    """A sets, effort or tempo value not read is refused saying what is read, never in pydantic's
    words ('Input should be a valid integer')."""
    fields: dict[str, Any] = {"reps": 8, field: value}
    message = _refused(**fields)
    assert "Input should be" not in message and f"exercises[0].{field}" in message


def test_a_tempo_of_one_phase_says_what_to_write() -> None:
    """'3s down' gives the eccentric only: the message says so and shows the four phases."""
    message = _refused(reps=8, tempo="3s down")
    assert "one phase" in message and "'3-0-1-0'" in message


@pytest.mark.parametrize(
    ("tempo", "phases", "explosive"),
    [("3-0-1", (3, 0, 1, 0), ()), ("2/0/X", (2, 0, 0, 0), (2,)), ("4:1:2", (4, 1, 2, 0), ())],
)
def test_a_three_number_tempo_has_no_pause_at_the_top(
    tempo: str, phases: tuple[int, ...], explosive: tuple[int, ...]
) -> None:
    """The three-number tempo is eccentric-pause-concentric: the four-number tempo's top pause is 0."""
    entry = _entry(reps=8, tempo=tempo)
    assert (entry.tempo, entry.explosive) == (phases, explosive)


def test_a_three_number_tempo_is_said_once_with_its_lines(tmp_path: Path) -> None:
    """One notice for a value, however many rows write it."""
    text = "sessions:\n- name: A\n  exercises:\n" + "".join(
        f"  - {{exercise: {name}, sets: 3, reps: 8, tempo: 3-0-1}}\n" for name in ("RDL", "Leg curl")
    )
    program = hr.load_program(_file(tmp_path, text, "p.yaml"))
    assert [n for n in program.notices if "tempo" in n] == [
        "lines 4, 5: tempo '3-0-1' read as 3-0-1-0 (eccentric-pause-concentric: no pause at the top)"
    ]


@pytest.mark.parametrize(
    ("field", "value", "rir", "rpe"),
    [("rpe", "RIR 2", 2, None), ("rpe", "2 rir", 2, None), ("rpe", "8/10", None, 8),
     ("rir", "RPE 8", None, 8), ("rir", "@ RPE 7.5", None, 7.5), ("rpe", "RPE 8/10", None, 8)],
)  # fmt: skip
def test_an_effort_column_naming_the_other_measure_is_read_as_it(
    field: str, value: str, rir: int | None, rpe: float | None
) -> None:
    """'RIR 2' in an RPE column is RIR 2 (the log reads it as RPE 8, the same effort); '8/10' is
    RPE 8 (it was pydantic's 'Input should be a valid number')."""
    entry = _entry(reps=8, **{field: value})
    assert (entry.rir, entry.rpe) == (rir, rpe)


def test_an_effort_of_the_other_measure_beside_that_measure_is_refused() -> None:
    """rpe 'RIR 2' and rir 1: which is meant is not guessed."""
    assert "is RIR, and rir is given too" in _refused(reps=8, rpe="RIR 2", rir=1)


def test_the_sheets_cells_of_review22_read(tmp_path: Path) -> None:
    """Review 22's one-row sheets: sets 3-4 and 3 to 4, tempo 3-0-1, effort RIR 2 and 8/10 read."""
    base = "Day,Exercise,Sets,Reps,Tempo,RPE\n"
    read = {}
    for row in ("Mon,RDL,3-4,8,3-1-1-0,8", "Mon,RDL,3 to 4,8,,8", "Mon,RDL,3,8,3-0-1,8",
                "Mon,RDL,3,8,,8/10", "Mon,RDL,3,8,,RIR 2"):  # fmt: skip
        entry = hr.load_program(_file(tmp_path, base + row + "\n", "sc.csv")).weeks[0].sessions[0].entries[0]
        read[row] = (entry.sets, entry.tempo, entry.rir, entry.rpe)
    assert list(read.values()) == [
        (4, (3, 1, 1, 0), None, 8),
        (4, None, None, 8),
        (3, (3, 0, 1, 0), None, 8),
        (3, None, None, 8),
        (3, None, 2, None),
    ]


# -- R7: a column per week ------------------------------------------------------------------------

_WIDE = (
    "Day\tExercise\tWeek 1\tWeek 2\tWeek 3\tWeek 4\n"
    "Mon\tRDL\t3x8\t3x8\t4x8\t2x8\n"
    "Mon\tLeg curl\t3x12\t3x12\t3x12\t2x12\n"
    "Thu\tGood morning\t3x10\t3x10\t4x10\t\n"
    "Thu\tBack extension\t3x15\t3x15\t3x20\t2x15\n"
)


def _weeks(program: hr.Program) -> list[list[tuple[str, str, int, str]]]:
    return [
        [(s.name, e.exercise, e.sets, e.reps) for s in week.sessions for e in s.entries]
        for week in program.weeks
    ]


@pytest.mark.parametrize("name", ["wide.tsv", "wide.csv", "wide.txt"])
def test_a_column_per_week_is_read_as_the_programs_weeks(tmp_path: Path, name: str) -> None:
    """Day | Exercise | Week 1 .. Week 4 of '3x8' cells is a 4-week program, each cell the sets
    x reps of its row's exercise that week, a blank cell not trained that week (it was refused
    as an unrecognised log header)."""
    program = hr.load_program(_file(tmp_path, _WIDE, name))
    weeks = _weeks(program)
    assert len(weeks) == 4
    assert weeks[0] == [("Mon", "RDL", 3, "8"), ("Mon", "Leg curl", 3, "12"),
                        ("Thu", "Good morning", 3, "10"), ("Thu", "Back extension", 3, "15")]  # fmt: skip
    assert weeks[2][0] == ("Mon", "RDL", 4, "8") and weeks[2][3] == ("Thu", "Back extension", 3, "20")
    assert [row[1] for row in weeks[3]] == ["RDL", "Leg curl", "Back extension"]  # no good morning in week 4
    assert any("a column per week" in n for n in program.notices)
    assert not any("not read" in n for n in program.notices)


def test_check_reads_a_column_per_week_sheet_as_a_program(tmp_path: Path) -> None:
    """check() takes such a sheet for a program (not a log), week by week: week 3's 4 RDL sets."""
    report = hr.check(_file(tmp_path, _WIDE, "block.csv"))
    assert report.kind == "program" and len(report.weeks) == 4
    sets = [week.hamstring_sets for week in report.weeks]
    assert sets[2] - sets[1] == 1 + 1  # week 3: one more RDL set and one more good morning set


def test_week_cells_of_sets_beside_a_reps_column(tmp_path: Path) -> None:
    """The week cell is the sets; the row's other columns (reps, RIR) hold for every week."""
    text = "Exercise,Reps,RIR,Wk 1,Wk 2 (deload)\nRDL,8-10,2,3,2\nNordic,5,,2,\n"
    program = hr.load_program(_file(tmp_path, text, "block.csv"))
    assert _weeks(program) == [
        [("Session 1", "RDL", 3, "8-10"), ("Session 1", "Nordic", 2, "5")],
        [("Session 1", "RDL", 2, "8-10")],
    ]
    assert program.weeks[1].sessions[0].entries[0].rir == 2


def test_a_week_cell_not_read_is_refused_at_its_row(tmp_path: Path) -> None:
    """A week's cell the sets field does not read is refused with the row's line and week."""
    text = "Exercise,Week 1,Week 2\nRDL,3x8,heavy\n"
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(_file(tmp_path, text, "block.csv"))
    assert ":2: column 'Week 2'" in str(info.value) and "'heavy'" in str(info.value)


@pytest.mark.parametrize(
    "header",
    ["Exercise,Week 1,Week 1", "Exercise,Notes,Comments", "Date,Exercise,Week 1"],
)
def test_sheets_that_are_no_column_per_week_layout_are_not_read_as_one(header: str) -> None:
    """Two columns of one week, no week column, or a log's date column: no per-week program."""
    from hamstring_rules._program_file import program_csv_columns

    assert program_csv_columns(header.split(",")) is None
