"""Program cells the last session left misread (cells17): each set's RPE in a list (RTS, Juggernaut),
a tempo written in the notes, a load column, GZCLP's '5x3+'."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from .test_cells16 import PROGRAM_SCHEMA, _csv, _data, _entry


def _squeezed(text: str) -> str:
    return re.sub(r"[\s;/,]+", ",", text)


# -- each set's effort: '5@8, 5@8.5, 5@9' --------------------------------------------------------------


@pytest.mark.parametrize(
    ("reps", "sets", "span", "rpe", "rir"),
    [
        # RTS: a top single, then back-off sets at a higher RPE; the hardest set's RPE is the entry's
        ("5@8, 5@8.5, 5@9", 3, "5", 9.0, None),
        ("1@8, 4x5@8.5", 5, "1-5", 8.5, None),
        ("3@9.5/3@9.5/3@10", 3, "3", 10.0, None),
        ("5 @ RPE 7, 5 @ RPE 8", 2, "5", 8.0, None),
        ("8 @ 7 RPE; 8 @ 8 RPE", 2, "8", 8.0, None),
        ("5@8,5 ; 5@9", 2, "5", 9.0, None),  # a decimal comma
        # RIR named per set: the hardest is the fewest in reserve
        ("5@RIR 3, 5@RIR 2, 5@RIR 1", 3, "5", None, 1),
        # a load and then its effort
        ("5@100kg @8, 5@105kg @9", 2, "5", 9.0, None),
    ],
)
def test_each_sets_effort_is_read(
    reps: str, sets: int, span: str, rpe: float | None, rir: int | None
) -> None:
    """Each was refused ('expected an integer, a range...', the value cut at its first decimal):
    a bare number after '@' of 5-10 with one decimal is that set's RPE; the entry's effort is the
    hardest set's (as a range is read as its hardest end), the list kept as written in the notes."""
    read = _entry(sets=sets, reps=reps)
    assert (read.sets, read.reps, read.rpe, read.rir) == (sets, span, rpe, rir)
    assert read.notes is not None and _squeezed(read.notes) == _squeezed(reps)  # each item as written
    assert PROGRAM_SCHEMA.is_valid(_data(sets=sets, reps=reps))


def test_531s_percentages_stay_loads_beside_rpe_lists() -> None:
    """A number with '%' or a weight's unit is a load (5/3/1's '5@65%'), no RPE: the '+' still the
    set to failure."""
    read = _entry(sets=3, reps="5@65%, 5@75%, 5+@85%")
    assert (read.rpe, read.rir) == (None, 0)


@pytest.mark.parametrize(
    ("reps", "item"),
    [
        ("5@3, 5@4", "'5@3'"),
        ("5@100, 5@100", "'5@100'"),
        ("8@7.25, 8@8", "'8@7.25'"),
        ("5@8, 5@11", "'5@11'"),
    ],
)
def test_a_bare_number_off_the_rpe_scale_is_not_guessed(reps: str, item: str) -> None:
    """3 or 100 after '@' is neither an RPE a coach writes for a set nor a load with its unit: the
    list is refused naming the item and both forms (it said 'expected an integer' and '5@3, 5')."""
    with pytest.raises(hr.ProgramError) as caught:
        _entry(sets=2, reps=reps)
    message = str(caught.value)
    assert item in message and "5@65%" in message and "RPE" in message
    assert not PROGRAM_SCHEMA.is_valid(_data(sets=2, reps=reps))


def test_each_sets_effort_and_an_effort_key_is_said_twice() -> None:
    with pytest.raises(hr.ProgramError, match="drop the rir or rpe key"):
        _entry(sets=2, reps="5@8, 5@9", rpe=8)
    with pytest.raises(hr.ProgramError, match="some sets RPE and some RIR"):
        _entry(sets=2, reps="5@8, 5@RIR 1")


_RPES = st.lists(st.sampled_from([5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10]), min_size=2, max_size=8)


@settings(max_examples=60, deadline=None)
@given(rpes=_RPES, reps=st.integers(1, 12), sep=st.sampled_from([", ", "/", "; ", "\n"]))
def test_any_list_of_set_rpes_is_read_at_its_hardest(rpes: list[float], reps: int, sep: str) -> None:
    """Property: the sets are the items, the RPE the highest, and the schema agrees."""
    text = sep.join(f"{reps}@{r:g}" for r in rpes)
    read = _entry(sets=len(rpes), reps=text)
    assert (read.sets, read.reps_low, read.rpe) == (len(rpes), reps, max(rpes))
    assert PROGRAM_SCHEMA.is_valid(_data(sets=len(rpes), reps=text))


def test_an_rts_sheet_is_read(tmp_path: Path) -> None:
    """A sheet in RTS's style (a column of each set's reps@RPE): it was refused at line 2."""
    program = hr.load_program(
        _csv(
            tmp_path,
            "Day,Exercise,Sets,Reps,Notes\n"
            'Mon,Competition deadlift,4,"1@8, 3x4@8.5",\n'
            'Mon,Romanian deadlift,3,"8@7, 8@7.5, 8@8",tempo 3-0-1-0\n',
        )
    )
    entries = program.sessions[0].entries
    assert [(e.sets, e.reps, e.rpe, e.tempo) for e in entries] == [
        (4, "1-4", 8.5, None),
        (3, "8", 8.0, (3, 0, 1, 0)),
    ]


# -- a tempo in the notes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("notes", "tempo"),
    [
        ("tempo 3-1-1", (3, 1, 1, 0)),
        ("Tempo: 31X0", (3, 1, 0, 0)),
        ("3010", (3, 0, 1, 0)),
        ("3-1-1-0", (3, 1, 1, 0)),
        ("keep 2 in reserve; tempo 4/0/1/0", (4, 0, 1, 0)),
        ("3-0-1 tempo, brace hard", (3, 0, 1, 0)),
        ("slow eccentric 3s", (3, 0, 1, 0)),
        ("4-second negatives", (4, 0, 1, 0)),
        ("lower for 3 seconds, 1 s up", (3, 0, 1, 0)),
        ("3 s down, 2 s up", (3, 0, 2, 0)),
        ("exzentrisch 4 Sek.", (4, 0, 1, 0)),
    ],
)
def test_a_tempo_in_the_notes_is_the_entrys(notes: str, tempo: tuple[int, ...]) -> None:
    """HR007 said 'no tempo given' beside a note giving one: the note's tempo is read (only the
    eccentric said: no pauses and 1 s up, the tempo field's own hint for one phase)."""
    read = _entry(sets=3, reps=8, notes=notes)
    assert read.tempo == tempo and read.notes == notes


@pytest.mark.parametrize(
    "notes",
    [
        "5-3-1",
        "pause 2s at the bottom",
        "rest 90 s",
        "tempo 9-9-9-99",
        "slow and controlled",
        "GZCLP T1",
        "3x8 @ 70%",
    ],
)
def test_a_note_with_no_tempo_gives_none(notes: str) -> None:
    """A list of reps, a pause, a rest, a tempo out of range, a word of speed with no seconds."""
    assert _entry(sets=3, reps=8, notes=notes).tempo is None


def test_a_tempo_given_is_not_replaced_by_the_notes() -> None:
    assert _entry(sets=3, reps=8, tempo="2-0-2-0", notes="tempo 3-1-1").tempo == (2, 0, 2, 0)


def test_a_sheets_notes_tempo_silences_hr007_and_is_said(tmp_path: Path) -> None:
    """A physio's rehab sheet with the tempo in its Notes column: three HR007 warnings ('no tempo
    given') were false; the one row giving none keeps its warning. The reading is said by line."""
    path = _csv(
        tmp_path,
        "Day,Exercise,Sets,Reps,Notes\n"
        "Mon,Romanian deadlift,3,8,tempo 3-1-1\n"
        "Mon,Romanian deadlift,3,8,slow eccentric 3s\n"
        "Thu,Romanian deadlift,3,8,keep it smooth\n",
    )
    program = hr.load_program(path)
    assert any("line 2" in n and "read as tempo 3-1-1 (3-1-1-0)" in n for n in program.notices)
    assert any("line 3" in n and "1 s up and no pauses assumed" in n for n in program.notices)
    report = hr.check(path, goal="rehab", stage=3)
    assert [f.location.line for f in report.findings if f.code == "HR007"] == [4]  # the Thursday row


def test_the_notes_tempo_round_trips() -> None:
    program = hr.load_program(_data(sets=3, reps=8, notes="slow eccentric 3s"))
    again = hr.load_program(program.to_dict())
    assert again.sessions[0].entries[0].tempo == (3, 0, 1, 0)
    assert again.to_dict() == program.to_dict()


# -- a load column -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "cell", "note"),
    [
        ("Load", "100kg", "Load: 100kg"),
        ("Weight (kg)", "100", "100 kg"),
        ("Weight", "BW+10", "Weight: BW+10"),
        ("%1RM", "85", "85% 1RM"),
        ("% of TM", "65", "65% TM"),
        ("%", "70", "70%"),
        ("Intensity (%)", "72.5", "72.5%"),
        ("Gewicht", "60 kg", "Gewicht: 60 kg"),
        ("lbs", "225", "225 lbs"),
    ],
)
def test_a_load_column_is_each_rows_load_in_its_notes(
    tmp_path: Path, column: str, cell: str, note: str
) -> None:
    """It was 'program sheet columns not read': the load is kept in the row's notes (its unit from
    the column's header when the cell is a bare number), shown and written back, and the notice
    says why no check reads it."""
    path = _csv(
        tmp_path, f"Day,Exercise,Sets,Reps,{column},Notes\nMon,RDL,3,8,{cell},brace\nMon,Leg curl,3,12,,\n"
    )
    program = hr.load_program(path)
    assert [e.notes for e in program.sessions[0].entries] == [f"brace; {note}", None]
    (said,) = [n for n in program.notices if "load" in n]
    assert f"'{column}' (line 2)" in said and "no program check reads a load" in said
    assert not any("not read" in n for n in program.notices)


# -- GZCLP's '5x3+': the last set as many as possible --------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "sets", "reps"),
    [
        ({"sets": "5x3+"}, 5, "3"),  # GZCLP's T1
        ({"sets": "3x15+"}, 3, "15"),  # its T3
        ({"sets": 5, "reps": "3+"}, 5, "3"),  # a sheet's Sets and Reps columns
        ({"sets": "3", "reps": "10+ per leg"}, 3, "10"),
    ],
)
def test_sets_of_n_plus_make_the_last_set_amrap(entry: dict[str, Any], sets: int, reps: str) -> None:
    """'5x3+' read as five sets to failure and said nothing: the '+' is the last set's (GZCLP's
    template: 'the last set is AMRAP'). RIR 0 stays the entry's - its hardest set's, which HR018
    must see - and the readings say the other sets stop at the reps. Said, not written into the
    notes: an entry's reading may not hang on its sets (a fix of 1 set to 2 read back otherwise)."""
    program = hr.load_program(_data(**entry))
    read = program.sessions[0].entries[0]
    assert (read.sets, read.reps, read.rir) == (sets, reps, 0)
    (said,) = program.notices
    assert "the last set as many reps as possible" in said and f"the others {reps}" in said
    again = hr.load_program(program.to_dict()).sessions[0].entries[0]
    assert again == read  # written back, read alike


@pytest.mark.parametrize(
    "entry",
    [
        {"sets": 1, "reps": "3+"},  # one set: it is the last
        {"sets": 3, "reps": "5+/5+/5+"},  # every set to failure, written so
        {"sets": 3, "reps": "8+ @ RPE 9"},  # an effort given: no AMRAP
        {"sets": 3, "reps": "8-10"},
    ],
)
def test_what_is_no_last_set_amrap_says_none(entry: dict[str, Any]) -> None:
    program = hr.load_program(_data(**entry))
    assert not any("as many reps as possible" in n for n in program.notices)


def test_a_gzclp_sheet_is_read(tmp_path: Path) -> None:
    """GZCLP's day A1 as its spreadsheet prints it: T1 5x3+, T2 3x10, T3 3x15+."""
    path = _csv(
        tmp_path,
        "Day,Tier,Exercise,Sets,Reps,Weight (kg)\n"
        "A1,T1,Squat,5,3+,100\nA1,T2,Bench press,3,10,60\nA1,T3,Lying leg curl,3,15+,30\n",
    )
    program = hr.load_program(path)
    read = [(e.exercise, e.sets, e.reps, e.rir, e.notes) for e in program.sessions[0].entries]
    assert read == [
        ("Squat", 5, "3", 0, "100 kg"),
        ("Bench press", 3, "10", None, "60 kg"),
        ("Lying leg curl", 3, "15", 0, "30 kg"),
    ]
    assert sum("as many reps as possible" in n for n in program.notices) == 2


# -- found in realistic sheets: a column per set (nSuns), an effort in the load column -----------------


def test_an_nsuns_sheet_of_a_column_per_set_is_read(tmp_path: Path) -> None:
    """nSuns' day as its spreadsheet prints it, each set's load and reps in a column of its own:
    refused as 'unrecognised CSV header: no date and no reps column' (a log's error). Each row's
    filled set cells are its sets, read as a list of each set's reps and load."""
    path = _csv(
        tmp_path,
        "Day,Exercise,Set 1,Set 2,Set 3,Set 4,Set 5,Set 6,Set 7,Set 8,Set 9\n"
        "Tue,Squat,75% x5,85% x3,95% x1+,90% x3,85% x3,80% x3,75% x5,70% x5,65% x5+\n"
        "Tue,Sumo Deadlift,50% x5,60% x5,70% x3,70% x5,70% x7,70% x4,70% x6,70% x8,\n"
        "Tue,RDL,3x10,,,,,,,,\n"
        "Tue,Lying leg curl,12,10,8+,,,,,,\n",
    )
    program = hr.load_program(path)
    read = [(e.exercise, e.sets, e.reps, e.rir) for e in program.sessions[0].entries]
    assert read == [
        ("Squat", 9, "1-5", 0),
        ("Sumo Deadlift", 8, "3-8", None),
        ("RDL", 3, "10", None),
        ("Lying leg curl", 3, "8-12", 0),
    ]
    assert (
        program.sessions[0].entries[0].notes
        == "75% x5, 85% x3, 95% x1+, 90% x3, 85% x3, 80% x3, 75% x5, 70% x5, 65% x5+"
    )
    assert any("a column per set: 'Set 1' to 'Set 9'" in n for n in program.notices)


def test_a_bad_set_cell_is_refused_naming_the_set_columns_and_line(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Day,Exercise,Set 1,Set 2\nTue,Squat,75% x5,heavy\n")
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(path)
    assert "program.csv:2" in str(caught.value) and "Set 1 ... Set 2" in str(caught.value)


@pytest.mark.parametrize(
    ("cell", "rpe", "rir"), [("RPE 7", 7.0, None), ("@8", 8.0, None), ("RIR 2", None, 2)]
)
def test_an_effort_in_the_load_column_is_the_rows_effort(
    tmp_path: Path, cell: str, rpe: float | None, rir: int | None
) -> None:
    """A coach's Load column holds 'RPE 7' where no load is set: it was kept as a note only, and
    the entry had no effort (HR018 and the easy-set rules could not read it)."""
    path = _csv(tmp_path, f"Day,Exercise,Sets,Reps,Load\nMon,RDL,3,8,{cell}\nMon,Leg curl,3,12,40 kg\n")
    entries = hr.load_program(path).sessions[0].entries
    assert [(e.rpe, e.rir, e.notes) for e in entries] == [(rpe, rir, None), (None, None, "Load: 40 kg")]


def test_an_effort_in_the_load_column_beside_an_effort_column_stays_a_note(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Day,Exercise,Sets,Reps,Load,RIR\nMon,RDL,3,8,RPE 7,2\n")
    (entry,) = hr.load_program(path).sessions[0].entries
    assert (entry.rir, entry.rpe, entry.notes) == (2, None, "Load: RPE 7")


@pytest.mark.parametrize(
    ("notes", "rir"),
    [
        ("last set to failure", 0),
        ("AMRAP", 0),
        ("Bis zum Versagen", 0),
        ("not to failure", None),
        ("stop 2 short of failure", None),
        ("slow and controlled", None),
    ],
)
def test_a_notes_column_naming_failure_is_a_set_to_failure(
    tmp_path: Path, notes: str, rir: int | None
) -> None:
    """PHUL's 'Seated leg curl 3-4 x 10-15, last set to failure' in the Notes column: no effort was
    read (HR018 silent at rehab stage 3), where '10-15 (last set to failure)' in the reps was RIR 0."""
    path = _csv(tmp_path, f"Day,Exercise,Sets,Reps,Notes\nMon,Seated leg curl,3,10-15,{notes}\n")
    (entry,) = hr.load_program(path).sessions[0].entries
    assert (entry.rir, entry.notes) == (rir, notes)
    codes = [f.code for f in hr.check(path, goal="rehab", stage=3).findings]
    assert ("HR018" in codes) == (rir == 0)


def test_a_notes_failure_beside_an_effort_keeps_the_effort() -> None:
    read = _entry(sets=3, reps="10-15", rpe=8, notes="last set to failure")
    assert (read.rir, read.rpe) == (None, 8.0)


# -- each set's effort in the rpe or rir column --------------------------------------------------------


@pytest.mark.parametrize(
    ("effort", "rpe", "rir", "note"),
    [
        ({"rpe": "8, 8.5, 9"}, 9.0, None, "RPE 8, 8.5, 9"),
        ({"rpe": "7/7.5/8"}, 8.0, None, "RPE 7/7.5/8"),
        ({"rpe": "8; 8,5; 9"}, 9.0, None, "RPE 8; 8,5; 9"),  # decimal commas
        ({"rir": "3, 2, 1"}, None, 1, "RIR 3, 2, 1"),
    ],
)
def test_each_sets_effort_in_the_effort_field_is_read_at_its_hardest(
    effort: dict[str, str], rpe: float | None, rir: int | None, note: str
) -> None:
    """An RTS sheet's RPE column listing each set's ('8, 8.5, 9'): refused ('expected RPE 1-10');
    read as the hardest set's, as a range is, the list kept in the notes."""
    read = _entry(sets=3, reps=5, **effort)
    assert (read.rpe, read.rir, read.notes) == (rpe, rir, note)
    assert PROGRAM_SCHEMA.is_valid(_data(sets=3, reps=5, **effort))


@pytest.mark.parametrize(("rpe", "read"), [("8/10", 8.0), ("8,5", 8.5), ("7-8", 8.0)])
def test_an_effort_of_one_number_is_no_list(rpe: str, read: float) -> None:
    """'8/10' is RPE 8 of 10, '8,5' one number with a decimal comma, '7-8' a range."""
    entry = _entry(sets=3, reps=5, rpe=rpe)
    assert (entry.rpe, entry.notes) == (read, None)


def test_an_effort_list_of_other_sets_than_given_is_refused() -> None:
    with pytest.raises(hr.ProgramError, match="lists 2 sets' RPE, sets says 3"):
        _entry(sets=3, reps=5, rpe="8, 9")


def test_an_rts_sheets_rpe_column_is_read(tmp_path: Path) -> None:
    path = _csv(tmp_path, 'Day,Exercise,Sets,Reps,RPE\n1,Squat,3,5,"8, 8.5, 9"\n1,RDL,3,8,7\n')
    entries = hr.load_program(path).sessions[0].entries
    assert [(e.rpe, e.notes) for e in entries] == [(9.0, "RPE 8, 8.5, 9"), (7.0, None)]


_PHASE = st.integers(0, 9)


@settings(max_examples=60, deadline=None)
@given(
    phases=st.tuples(st.integers(1, 9), _PHASE, st.integers(1, 9), _PHASE),
    sep=st.sampled_from(["-", "/", ""]),
    lead=st.sampled_from(["tempo ", "Tempo: ", "TEMPO=", "keep it smooth; tempo "]),
    tail=st.sampled_from(["", ", brace", "; 2 min rest"]),
)
def test_any_tempo_after_the_word_in_a_note_is_read(
    phases: tuple[int, int, int, int], sep: str, lead: str, tail: str
) -> None:
    """Property: a four-phase tempo written after the word tempo, dashed, slashed or run together,
    is the entry's tempo; the note is kept as written."""
    notes = f"{lead}{sep.join(map(str, phases))}{tail}"
    read = _entry(sets=3, reps=8, notes=notes)
    assert read.tempo == phases and read.notes == notes


# -- found in realistic sheets: runs of a distance, a count's word, a leading x, an effort in the notes -


@pytest.mark.parametrize(
    ("sets", "reps", "read", "per_side"),
    [
        (3, "4x30m", (3, "4"), False),  # a sprinter's 3 sets of 4 runs of 30 m
        (2, "3 x 20 m", (2, "3"), False),
        ("3x4x30m", None, (3, "4"), False),
        (3, "5 contacts", (3, "5"), False),  # a jumper's ground contacts
        (3, "6 bounds", (3, "6"), False),
        (3, "x10 ea", (3, "10"), True),  # '3 sets x10 each'
        (3, "x8", (3, "8"), False),
    ],
)
def test_a_sprinters_and_a_jumpers_counts_are_reps(
    sets: int | str, reps: str | None, read: tuple[int, str], per_side: bool
) -> None:
    """Each was refused ('expected an integer, a range...'), the sprinter's whole sheet with it:
    runs of a distance are that many reps a set (the distance kept in the notes, as '30m' is one
    run a set), a contact, a bound or a jump is one rep, a count after an 'x' is the count."""
    entry = {"sets": sets} if reps is None else {"sets": sets, "reps": reps}
    got = _entry(**entry)
    assert ((got.sets, got.reps), got.per_side) == (read, per_side)
    written = str(reps or sets)
    if written.endswith("m"):  # the distance, as written, in the notes
        assert got.notes is not None and written.partition("x")[2].strip() in got.notes
    assert PROGRAM_SCHEMA.is_valid(_data(**entry))


def test_runs_of_a_distance_are_said(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Day,Exercise,Sets,Reps\nTue,Flying sprints,3,4x30m\n")
    (said,) = hr.load_program(path).notices
    assert "line 2, column 'Reps': reps '4x30m' give runs of a distance: read as 4 reps a set" in said


@pytest.mark.parametrize(
    ("notes", "rir", "rpe"),
    [("RIR 2", 2, None), ("RPE 8, slow", None, 8.0), ("@8", None, 8.0), ("2 RIR; tempo 3-1-1", 2, None)],
)
def test_an_effort_in_the_notes_is_the_entrys(notes: str, rir: int | None, rpe: float | None) -> None:
    """A sheet's Notes column 'RIR 2' was kept as a note only: the entry had no effort (the easy-set
    and failure checks could not read it), where '8 (RIR 2)' after the reps was read."""
    got = _entry(sets=3, reps=8, notes=notes)
    assert (got.rir, got.rpe, got.notes) == (rir, rpe, notes)


@pytest.mark.parametrize("notes", ["RIR 2, RPE 8", "keep 2 in reserve", "8", "warm-up @ RPE 5 then RPE 8"])
def test_a_note_of_no_one_effort_gives_none(notes: str) -> None:
    got = _entry(sets=3, reps=8, notes=notes)
    assert (got.rir, got.rpe) == (None, None)


def test_an_effort_given_is_kept_beside_one_in_the_notes() -> None:
    """An effort field wins over one in the notes; a set to failure ('8+') wins over the notes' effort,
    which is the other sets' (review26 D9: 'RPE 8' beside '8+' made HR018 silent)."""
    to_failure = _entry(sets=3, reps="8+", notes="RPE 8")
    assert (_entry(sets=3, reps=8, rpe=7, notes="RIR 2").rpe, to_failure.rir, to_failure.rpe) == (
        7.0,
        0,
        None,
    )


@pytest.mark.parametrize(
    "notes",
    ["tempo 3-1-1 in week 3 only", "tempo 3-1-1?", "RIR 2 on weeks 1-2", "RPE 8?", "slow eccentric 3s wk 4"],
)
def test_a_note_asking_or_of_some_weeks_gives_no_tempo_or_effort(notes: str) -> None:
    """A program's entry is every week's: a note limiting its tempo or effort to some weeks, or
    asking, is kept as written and read as neither (as review26 D1 read such a failure note)."""
    got = _entry(sets=3, reps=8, notes=notes)
    assert (got.tempo, got.rir, got.rpe, got.notes) == (None, None, None, notes)
