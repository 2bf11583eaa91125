"""Set schemes (sets17, review rv25 [sheets] R1-R3): one grammar of a dose written in one value,
read alike by a program file's ``sets``, a sheet's Sets cell and a sheet's week column - holds as
sets x time (``5x45s``, the library's own ``5 x 30-45 s hold``), groups of sets (``2x5, 1x5+``),
``3 sets of 8``, a range of sets before the ``x`` (``2-3x8``), ``3/8`` under ``Sets/Reps``; and a
program sheet without a Sets column (reps listing each set's, a ``Prescription`` column)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._plan import _short

from .test_sheets11 import _accepted, _program_validator


def _file(tmp_path: Path, text: str, name: str = "program.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _data(**entry: Any) -> dict[str, Any]:
    return {"name": "p", "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", **entry}]}]}


def _entry(**entry: Any) -> hr.Entry:
    """The one entry of a one-session program file written with ``entry``."""
    return hr.load_program(_data(**entry)).weeks[0].sessions[0].entries[0]


def _dose(entry: hr.Entry) -> tuple[Any, ...]:
    return (entry.sets, entry.reps_low, entry.reps_high, entry.per_side, entry.hold_s, entry.rir)


def _entries(path: Path) -> list[hr.Entry]:
    return [e for w in hr.load_program(path).weeks for s in w.sessions for e in s.entries]


# -- R1: a hold as sets x time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sets", "dose"),
    [
        ("5x45s", (5, 1, 1, False, 45, None)),
        ("5 x 45 sec", (5, 1, 1, False, 45, None)),
        ("5 x 30-45 s hold", (5, 1, 1, False, 30, None)),  # the library's own recommend output
        ('4x30"', (4, 1, 1, False, 30, None)),
        ("3 x 1 min", (3, 1, 1, False, 60, None)),
        ("3x30s each side", (3, 1, 1, True, 30, None)),
        ("5 sets of 45 seconds", (5, 1, 1, False, 45, None)),
        ("2-3 x 45s", (3, 1, 1, False, 45, None)),
    ],
)
def test_a_hold_written_as_sets_x_time_is_that_many_holds(sets: str, dose: tuple[Any, ...]) -> None:
    """'5x45s' refused the whole program ('expected a whole number of sets'): it is 5 holds of 45
    s, one a set (a range of times at its low end, as the library writes a prescribed hold into a
    program: prescribed_entry's hold_s; a range of sets at its high end, as '3-4' is)."""
    assert _dose(_entry(sets=sets)) == dose


def test_a_range_of_hold_times_is_read_at_its_low_end_and_said() -> None:
    """'5 x 30-45 s hold' is one reading of several: the notice says which."""
    program = hr.load_program(_data(sets="5 x 30-45 s hold"))
    assert [n for n in program.notices if "30 s, the low end" in n]
    assert not hr.load_program(_data(sets="5x45s")).notices


@pytest.mark.parametrize("extra", [{"reps": 1}, {"hold_s": 45}, {"reps": "45s"}])
def test_a_hold_in_sets_and_again_in_another_key_is_refused(extra: dict[str, Any]) -> None:
    """Sets giving the hold and a reps or hold_s key too says the dose twice: refused, naming it."""
    with pytest.raises(hr.ProgramError, match=r"gives the hold too: drop the (reps|hold_s) key"):
        _entry(sets="5x45s", **extra)


@pytest.mark.parametrize("sets", ["5 x 45-30 s", "5x700s", "21x45s", "0x45s"])
def test_a_hold_that_is_no_dose_is_refused(sets: str) -> None:
    """A range of times with the low end last, a hold over 600 s, 21 sets: refused, not guessed."""
    with pytest.raises(hr.ProgramError):
        _entry(sets=sets)


def test_holds_in_a_sheets_sets_cell_reps_cell_and_week_columns(tmp_path: Path) -> None:
    """A physio's sheets: the Sets cell '5x45s', the Reps cell '30-45 s hold' (a range: its low end,
    said, naming the column) and 'x 45s' (the reps cell going on from the sets'), and a column per
    week of '5x30s' each read the holds; each refused the whole sheet."""
    cells = _file(tmp_path, "Exercise,Sets\nStraight-knee bridge hold,5x45s\n", "cells.csv")
    assert [_dose(e) for e in _entries(cells)] == [(5, 1, 1, False, 45, None)]
    reps = _file(
        tmp_path,
        "Exercise,Sets,Reps\nStraight-knee bridge hold,5,30-45 s hold\nIsometric leg curl hold,5,x 45s\n",
        "reps.csv",
    )
    assert [(e.sets, e.hold_s) for e in _entries(reps)] == [(5, 30), (5, 45)]
    said = [n for n in hr.load_program(reps).notices if "low end" in n]
    assert said and "column 'Reps'" in said[0] and "line 2" in said[0]
    weekly = _file(
        tmp_path,
        "Day,Exercise,Week 1,Week 2\nMon,Isometric bridge hold,5x30s,5x45s\n"
        "Mon,Isometric leg curl hold,4x30s,\n",
        "weeks.csv",
    )
    program = hr.load_program(weekly)
    assert [[(e.sets, e.hold_s) for s in w.sessions for e in s.entries] for w in program.weeks] == [
        [(5, 30), (4, 30)],
        [(5, 45)],
    ]


def test_the_hold_a_sheet_and_a_program_file_read_is_the_same(tmp_path: Path) -> None:
    """'reps: 45s' in YAML was refused ('write hold_s: 45') while a sheet's Reps cell '45s' was
    the hold: two readers, two answers; both are now 5 holds of 45 s."""
    sheet = _file(tmp_path, "Exercise,Sets,Reps\nRDL,5,45s\n")
    assert (
        [_dose(e) for e in _entries(sheet)]
        == [_dose(_entry(sets=5, reps="45s"))]
        == [(5, 1, 1, False, 45, None)]
    )


# -- R2: groups of sets, the words 'sets of', a range of sets before the x, 3/8 ------------------------


@pytest.mark.parametrize(
    ("sets", "dose", "reps"),
    [
        ("2x5, 1x5+", (3, 5, 5, False, None, 0), "5, 5, 5+"),  # Reddit PPL's main lift: the last set AMRAP
        ("1x5, 3x3", (4, 3, 5, False, None, None), "5, 3, 3, 3"),
        ("1x20, 2x10", (3, 10, 20, False, None, None), "20, 10, 10"),
        ("2x5 + 1x5+", (3, 5, 5, False, None, 0), "5, 5, 5+"),
        ("1x5+; 2x3", (3, 3, 5, False, None, 0), "5+, 3, 3"),
        ("1x6-8, 2x10-12", (3, 6, 12, False, None, None), "6-12"),
        ("2x8, 1x12 per leg", (3, 8, 12, True, None, None), "8, 8, 12 per leg"),
    ],
)
def test_groups_of_sets_add_up_each_with_its_reps(sets: str, dose: tuple[Any, ...], reps: str) -> None:
    """A top set and back-off sets ('2x5, 1x5+', '1x20, 2x10') refused the program: they are the
    sum of their sets, each set's reps as '5, 5, 5+' reads them (a '+' on its group's last set:
    to failure, RIR 0), a range among them the range the sets span, as each set's '10/8/6' is."""
    entry = _entry(sets=sets)
    assert _dose(entry) == dose
    assert entry.reps == _entry(sets=dose[0], reps=reps).reps


@pytest.mark.parametrize(
    ("sets", "same_as"),
    [("3 sets of 8", "3x8"), ("3 sets x 8 reps", "3x8"), ("3 Sets of 8-10 per leg", "3x8-10 per leg"),
     ("4 Sätze à 6", "4x6"), ("3 series de 10", "3x10"), ("2-3x8", "3x8"), ("2 to 3 x 8-10", "3x8-10")],
)  # fmt: skip
def test_sets_written_in_words_or_as_a_range_before_the_x(sets: str, same_as: str) -> None:
    """'3 sets of 8' and '2-3x8' refused the program though '3x8' and sets '3-4' are read: they
    are '3x8' (a range of sets at its high end, said, as '3-4' is)."""
    assert _dose(_entry(sets=sets)) == _dose(_entry(sets=same_as))


@pytest.mark.parametrize("sets", ["2-3x8", "2-3x8 @ 3-1-1-0", "2-3 x 45s"])
def test_a_range_of_sets_before_the_x_is_said(sets: str) -> None:
    program = hr.load_program(_data(sets=sets))
    assert [n for n in program.notices if f"sets '{sets}' read as 3, the high end" in n]


@pytest.mark.parametrize(
    ("sets", "match"),
    [("10x5, 11x5", "add up to 21 sets, more than 20"), ("1x10-8, 2x5", "low end last")],
)
def test_groups_that_are_no_dose_are_refused_by_name(sets: str, match: str) -> None:
    with pytest.raises(hr.ProgramError, match=match):
        _entry(sets=sets)


def test_groups_of_sets_and_a_reps_key_too_are_refused() -> None:
    with pytest.raises(hr.ProgramError, match="gives each set's reps too: drop the reps key"):
        _entry(sets="2x5, 1x5+", reps=5)


@pytest.mark.parametrize("sets", ["3x8,8,6", "3x10/8/6", "3x5/3/1+", "2+1", "3x", "3 sets"])
def test_what_sets_x_reps_read_before_is_read_as_before(sets: str) -> None:
    """Each set's reps after the x stay one group ('3x8,8,6': 3 sets of 8, 8, 6); '2+1' and '3x' stay
    refused: the groups need an x each."""
    if sets in ("2+1", "3x", "3 sets"):
        with pytest.raises(hr.ProgramError):
            _entry(sets=sets)
    else:
        assert _entry(sets=sets).sets == 3


def test_sets_over_reps_under_a_sets_reps_header(tmp_path: Path) -> None:
    """'3/8' under a 'Sets/Reps' header (or 'Sets x Reps') is 3x8; under 'Sets' it is still refused."""
    both = _file(tmp_path, "Day,Exercise,Sets/Reps\nMon,Romanian deadlift,3/8\nMon,Lying leg curl,3/12-15\n")
    assert [(e.sets, e.reps_low, e.reps_high) for e in _entries(both)] == [(3, 8, 8), (3, 12, 15)]
    times = _file(tmp_path, "Day,Exercise,Sets x Reps\nMon,RDL,4/6\n", "x.csv")
    assert [(e.sets, e.reps_low) for e in _entries(times)] == [(4, 6)]
    sets = _file(tmp_path, "Day,Exercise,Sets\nMon,RDL,3/8\n", "sets.csv")
    with pytest.raises(hr.ProgramError, match="3/8"):
        hr.load_program(sets)


def test_the_reddit_ppl_program_is_read(tmp_path: Path) -> None:
    """rv25's ppl.json: the squat's '2x5, 1x5+' refused the whole program."""
    path = _file(
        tmp_path,
        '{"name": "PPL", "sessions": [{"name": "Legs A", "day": "Wednesday", "exercises": ['
        '{"exercise": "Squat", "sets": "2x5, 1x5+"}, {"exercise": "Romanian Deadlift", "sets": 3, '
        '"reps": "8-12"}]}]}',
        "ppl.json",
    )
    squat, rdl = _entries(path)
    assert (squat.sets, squat.reps_low, squat.rir, rdl.sets) == (3, 5, 0, 3)


# -- R3: a program sheet without a Sets column ----------------------------------------------------------


def test_a_sheet_whose_reps_list_each_set_needs_no_sets_column(tmp_path: Path) -> None:
    """'Day, Exercise, Reps' with each set's reps was refused as an unrecognised log ('no date
    column'): a list of each set's reps with no sets given is that many sets."""
    path = _file(
        tmp_path,
        'Day,Exercise,Reps\nMon,Deadlift,"5@75%, 3@85%, 1+@95%"\nMon,RDL,"10, 10, 8"\n'
        "Thu,Good morning,8/8/8\n",
    )
    assert [(e.sets, e.reps_low, e.reps_high, e.rir) for e in _entries(path)] == [
        (3, 1, 5, 0),
        (3, 8, 10, None),
        (3, 8, 8, None),
    ]
    blank = _file(tmp_path, 'Day,Exercise,Sets,Reps\nMon,Deadlift,,"5@75%, 3@85%, 1+@95%"\n', "blank.csv")
    assert [e.sets for e in _entries(blank)] == [3]


@pytest.mark.parametrize("reps", ["10, 10, 8", "5/3/1+", "5@75%, 3@85%, 1+@95%", "10/8/6 per leg @ RPE 8"])
def test_a_program_files_reps_listing_each_set_give_the_sets(reps: str) -> None:
    """YAML 'reps: 5@75%, 3@85%, 1+@95%' without sets was 'sets: missing' though it lists three."""
    assert _entry(reps=reps).sets == 3


@pytest.mark.parametrize("header", ["Prescription", "Volume", "Scheme", "Sets and reps", "Dosage"])
def test_a_column_naming_a_scheme_is_read_as_sets_x_reps(tmp_path: Path, header: str) -> None:
    """'Exercise, Prescription' (5x45s) and 'Day, Exercise, Volume' (3x8) were refused as logs."""
    path = _file(tmp_path, f"Day,Exercise,{header}\nMon,Romanian deadlift,3x8\nMon,Bridge hold,5 x 45 sec\n")
    assert [(e.sets, e.reps_low, e.hold_s) for e in _entries(path)] == [(3, 8, None), (5, 1, 45)]


def test_a_sheet_without_sets_says_what_a_program_sheet_needs(tmp_path: Path) -> None:
    """A reps cell of one count and no Sets column: refused as a program sheet, naming the line and
    what to add - not as a log lacking a date column."""
    path = _file(tmp_path, "Day,Exercise,Reps\nMon,RDL,8\n")
    with pytest.raises(hr.ProgramError, match="no Sets column") as caught:
        hr.load_program(path)
    assert caught.value.location == f"{path}:2" and "3x8" in (caught.value.suggestion or "")
    with pytest.raises(hr.ProgramError, match="no Sets column"):  # check() too: no log's message
        hr.check(path)


def test_a_log_refused_for_its_header_says_what_a_program_sheet_needs(tmp_path: Path) -> None:
    """An exercise column and no date: the log reader's refusal names the program sheet's columns."""
    path = _file(tmp_path, "Exercise,Notes\nRDL,slow\n", "log.csv")
    with pytest.raises(hr.HamstringRulesError, match="unrecognised CSV header") as caught:
        hr.load_log(path)
    assert "a program sheet" in (caught.value.suggestion or "")


# -- one grammar: properties -----------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    sets=st.integers(1, 20),
    low=st.integers(1, 600),
    spread=st.integers(0, 60),
    per_side=st.booleans(),
)
def test_a_hold_the_library_writes_reads_back_to_its_dose(
    sets: int, low: int, spread: int, per_side: bool
) -> None:
    """A hold as the plan table writes it (``_short``: '5 x 45 s hold') and as recommend prints a
    prescription's ('5 x 30-45 s hold') reads back to the same sets and hold (a range: its low end,
    the hold_s prescribed_entry writes into a program)."""
    high = min(600, low + spread)
    entry = hr.Entry("Straight-knee bridge hold", sets, 1, 1, hold_s=low)
    side = " each side" if per_side else ""
    for text in (_short(entry), f"{sets} x {low}-{high} s hold"):
        read = _entry(sets=text + side)
        assert (read.sets, read.hold_s, read.per_side, read.reps_low) == (sets, low, per_side, 1), text


_TEMPI = st.none() | st.tuples(st.integers(0, 20), st.integers(0, 20), st.integers(0, 20), st.integers(0, 20))


@settings(max_examples=60, deadline=None)
@given(
    sets=st.integers(1, 20),
    low=st.integers(1, 100),
    spread=st.integers(0, 20),
    per_side=st.booleans(),
    tempo=_TEMPI,
)
def test_sets_x_reps_the_library_writes_read_back(
    sets: int, low: int, spread: int, per_side: bool, tempo: tuple[int, int, int, int] | None
) -> None:
    """The plan table's dose ('3 x 8-10', '3 x 8 per leg', '3 x 8-10 @ 3-1-1-0') read as a sets value
    is that dose and that tempo."""
    high = min(100, low + spread)
    entry = hr.Entry("Romanian deadlift", sets, low, high, per_side=per_side, tempo=tempo)
    read = _entry(sets=_short(entry))
    assert _dose(read) == (sets, low, high, per_side, None, None)
    assert read.tempo == tempo


def test_a_tempo_after_the_sets_and_a_tempo_key_too_are_refused() -> None:
    with pytest.raises(hr.ProgramError, match="gives the tempo too: drop the tempo key"):
        _entry(sets="3 x 8-10 @ 3-1-1-0", tempo="2-0-2-0")


_GROUPS = st.lists(st.tuples(st.integers(1, 5), st.integers(1, 30), st.booleans()), min_size=2, max_size=4)
_JOINS = st.sampled_from([", ", "; ", " + ", " / ", " then ", ",", " "])


@settings(max_examples=80, deadline=None)
@given(groups=_GROUPS, join=_JOINS, times=st.sampled_from(["x", " x ", "×", " sets of "]))
def test_groups_of_sets_are_their_sum_and_each_sets_reps(
    groups: list[tuple[int, int, bool]], join: str, times: str
) -> None:
    """Any list of groups 'N x R[+]' is the sets they add up to, each set's reps in turn, the set
    after a '+' to failure: the entry equals the one giving those sets and that reps list."""
    text = join.join(f"{n}{times}{r}{'+' if plus else ''}" for n, r, plus in groups)
    each = [x for n, r, plus in groups for x in [*[str(r)] * (n - 1), f"{r}{'+' if plus else ''}"]]
    read = _entry(sets=text)
    assert _dose(read) == _dose(_entry(sets=len(each), reps=", ".join(each))), text


@pytest.mark.parametrize(
    "entry",
    [
        {"sets": "5x45s"}, {"sets": "5 x 30-45 s hold"}, {"sets": "5x45s", "reps": 1},
        {"sets": "5x45s", "hold_s": 4},
        {"sets": "5x45s", "hold_s": None}, {"sets": "2x5, 1x5+"}, {"sets": "2x5, 1x5+", "reps": 5},
        {"sets": "1x6-8, 2x10-12"}, {"sets": "3 sets of 8"}, {"sets": "2-3x8"}, {"reps": "10, 10, 8"},
        {"reps": "5@75%, 3@85%, 1+@95%"}, {"reps": 8}, {"reps": "8-10"}, {"sets": 3, "reps": "45s"},
        {"sets": 3, "reps": "45s", "hold_s": 45}, {"sets": 3, "reps": "30-45 s hold"}, {"hold_s": 30},
        {"sets": "1x5+, 2x8-10"}, {"sets": "2+1"}, {"sets": "3 sets"}, {"sets": "3 x 8-10 @ 3-1-1-0"},
        {"sets": "3 x 8-10 @ 3-1-1-0", "tempo": "3-1-1-0"}, {"sets": "2x5, 1x5+ @ 2-0-X-0"},
        {"sets": "3 x 8 @ 3-1-1-0 @ 2-0-2-0"},
    ],
)  # fmt: skip
def test_the_published_schema_takes_a_scheme_exactly_when_the_library_does(entry: dict[str, Any]) -> None:
    """Each new form is in the JSON Schema, and so is each refusal (a reps key beside sets giving
    them, a hold twice, no sets and no list of each set's reps)."""
    data = _data(**entry)
    assert _accepted(data) == _program_validator().is_valid(data), entry


_HOLD_CELLS = st.builds(lambda n, t: f"{n}x{t}s", st.integers(1, 20), st.integers(1, 600))
_RANGED_HOLDS = st.builds(
    lambda n, a, b: f"{n} x {a}-{a + b} s hold", st.integers(1, 20), st.integers(1, 300), st.integers(0, 300)
)
_GROUP_CELLS = st.builds(
    lambda groups, join: join.join(f"{n}x{r}{'+' if plus else ''}" for n, r, plus in groups),
    _GROUPS,
    _JOINS.filter(lambda j: j.strip() != ""),
)
_WORDED = st.builds(lambda n, r: f"{n} sets of {r}", st.integers(1, 20), st.integers(1, 100))
_SET_RANGES = st.builds(
    lambda a, b, r: f"{a}-{a + b}x{r}", st.integers(1, 10), st.integers(0, 10), st.integers(1, 100)
)


@settings(max_examples=40, deadline=None)
@given(cell=st.one_of(_HOLD_CELLS, _RANGED_HOLDS, _GROUP_CELLS, _WORDED, _SET_RANGES))
def test_a_sheet_cell_and_a_program_files_sets_read_alike(cell: str) -> None:
    """The same scheme in a program file's sets, a sheet's Sets cell and a sheet's week column is
    the same dose (one grammar: the program schema reads all three)."""
    from_file = _dose(_entry(sets=cell))
    with tempfile.TemporaryDirectory() as tmp:
        quoted = '"' + cell.replace('"', '""') + '"'
        sets = _file(Path(tmp), f"Exercise,Sets\nRDL,{quoted}\n", "sets.csv")
        weekly = _file(Path(tmp), f"Exercise,Week 1\nRDL,{quoted}\n", "week.csv")
        assert [_dose(e) for e in _entries(sets)] == [from_file], cell
        assert [_dose(e) for e in _entries(weekly)] == [from_file], cell
