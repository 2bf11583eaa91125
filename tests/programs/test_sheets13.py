"""Program sheets after session 13 (sheets13): a week cell or heading naming several weeks (``1-4``,
``Weeks 5-8``) is its block given for each of them; a bare ``AMRAP`` reps cell is a set to failure
of unknown reps, said with its cell, not a refused sheet; a session with a day and no time is not
put at midnight (``Mon`` beside ``Mon PM`` was 18 h apart); random cells give a program or the
library's error."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr


def _csv(tmp_path: Path, text: str, name: str = "program.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _weeks(program: hr.Program) -> list[list[tuple[str, str | None, list[tuple[str, int, str]]]]]:
    return [
        [(s.name, s.day_name, [(e.exercise, e.sets, e.reps) for e in s.entries]) for s in w.sessions]
        for w in program.weeks
    ]


_BLOCK_A = [("Mon", "mon", [("RDL", 3, "8")]), ("Thu", "thu", [("Nordic curl", 3, "6")])]
_BLOCK_B = [("Mon", "mon", [("RDL", 4, "6")])]


# -- a block of several weeks --------------------------------------------------------------------


@pytest.mark.parametrize(("first", "second"), [("1-4", "5-8"), ("1 to 4", "5 - 8"), ("Weeks 1-4", "Wk 5–8")])
def test_a_week_column_range_is_its_block_for_each_week(tmp_path: Path, first: str, second: str) -> None:
    """A week cell '1-4' gives its sessions in each of weeks 1 to 4 (it was one week, '1-4', and
    '5-8' the second: an 8-week block read as 2 weeks)."""
    text = (
        f"Week,Day,Exercise,Sets,Reps\n{first},Mon,RDL,3,8\n{first},Thu,Nordic curl,3,6\n"
        f"{second},Mon,RDL,4,6\n"
    )
    program = hr.load_program(_csv(tmp_path, text))
    assert _weeks(program) == [_BLOCK_A] * 4 + [_BLOCK_B] * 4
    notice = next(n for n in program.notices if "several weeks" in n)
    assert "(line 2) as weeks 1-4" in notice and "(line 4) as weeks 5-8" in notice


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Weeks 1-4", "Weeks 5-8"),
        ("Week 1-4", "Week 5-8"),  # a heading's range (an exercise's day cell 'Week 1-4': week 1's day 4)
        ("W1-W4", "W5-W8"),
        ("WEEKS 1-4: Base", "WEEKS 5-8 - Strength"),
        ("Wochen 1 bis 4", "Wochen 5 bis 8"),
        ("Semanas 1 a 4", "Semanas 5 a 8"),
    ],
)
def test_a_heading_naming_several_weeks_starts_a_block_for_each(
    tmp_path: Path, first: str, second: str
) -> None:
    """A heading row 'Weeks 5-8' in the day column starts a block repeated for weeks 5 to 8 (it
    was passed over: every row was one week, the two Mondays 0 h apart)."""
    text = f'Day,Exercise,Sets,Reps\n"{first}",,,\nMon,RDL,3,8\nThu,Nordic curl,3,6\n"{second}",,,\n'
    text += "Mon,RDL,4,6\n"
    program = hr.load_program(_csv(tmp_path, text))
    assert _weeks(program) == [_BLOCK_A] * 4 + [_BLOCK_B] * 4
    assert any("(line 2) as weeks 1-4" in n and "(line 5) as weeks 5-8" in n for n in program.notices)


def test_a_column_of_several_weeks_is_each_of_them(tmp_path: Path) -> None:
    """A sheet laid out a column per week reads 'Weeks 1-3' as weeks 1 to 3 (such a header made the
    sheet no program: 'needs an exercise and a sets column')."""
    text = "Day,Exercise,Weeks 1-3,Week 4 - Deload\nMon,RDL,3x8,2x8\nMon,Leg curl,3x12,\n"
    program = hr.load_program(_csv(tmp_path, text))
    full = [("Mon", "mon", [("RDL", 3, "8"), ("Leg curl", 3, "12")])]
    assert _weeks(program) == [full] * 3 + [[("Mon", "mon", [("RDL", 2, "8")])]]


def test_a_range_past_the_weeks_limit_is_read_once_with_a_notice(tmp_path: Path) -> None:
    """Weeks a program cannot hold (limits.max_weeks) are not made: each block is one week, and
    the notice names the cells and the limit."""
    text = "Week,Day,Exercise,Sets,Reps\n1-4,Mon,RDL,3,8\n5-8,Mon,RDL,4,6\n"
    program = hr.load_program(_csv(tmp_path, text), limits=hr.Limits(max_weeks=6))
    assert _weeks(program) == [[("Mon", "mon", [("RDL", 3, "8")])], [("Mon", "mon", [("RDL", 4, "6")])]]
    notice = next(n for n in program.notices if "several weeks" in n)
    assert "8 weeks, more than the 6" in notice and "read once" in notice


def test_a_range_past_the_entries_limit_is_read_once(tmp_path: Path) -> None:
    """A few rows repeated over many weeks stay within the entries a program holds (the sheet
    is not refused as over the limit by rows it never wrote)."""
    rows = "".join(f"1-100,Mon,Exercise {i},3,8\n" for i in range(20))
    program = hr.load_program(
        _csv(tmp_path, "Week,Day,Exercise,Sets,Reps\n" + rows), limits=hr.Limits(max_entries=500)
    )
    assert len(program.weeks) == 1
    assert any("2,000 exercise entries, more than the 500" in n for n in program.notices)


@pytest.mark.parametrize("cell", ["8-5", "Weeks 8-5", "0-3", "1-2, 2"])
def test_weeks_written_the_wrong_way_are_refused_naming_the_cell(tmp_path: Path, cell: str) -> None:
    """A range with its high end first, week 0 or a week named twice is refused at its line."""
    path = _csv(tmp_path, f'Week,Day,Exercise,Sets,Reps\n"{cell}",Mon,RDL,3,8\n')
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(path)
    assert f"{path}:2" in str(info.value) and repr(cell) in str(info.value)


def test_an_error_in_a_repeated_block_points_at_its_row(tmp_path: Path) -> None:
    """A cell the schema refuses in a block of weeks is named at the sheet's row."""
    path = _csv(tmp_path, "Week,Day,Exercise,Sets,Reps\n1-3,Mon,RDL,3,8\n1-3,Thu,RDL,3,heavy\n")
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(path)
    assert f"{path}:3:" in str(info.value)


@pytest.mark.parametrize(
    ("cell", "weeks"),
    [
        ("Week 2", (2,)), ("W4", (4,)), ("Week 3 - Deload", (3,)), ("Week 3 - 70%", (3,)),
        ("Week 4 - 5 sets", (4,)), ("Weeks 1-3, 5", (1, 2, 3, 5)), ("Week 1 to Week 3", (1, 2, 3)),
        ("Week 1 Day 2", None), ("Week 2 Mon", None), ("Week 8-5", None), ("Weekly", None), ("1-4", None),
    ],
)  # fmt: skip
def test_read_weeks(cell: str, weeks: tuple[int, ...] | None) -> None:
    """One week, a range or a list of them; a week with a day is a day ('Week 8-5': week 8's day 5;
    a range's high end is never first); a heading needs its week word."""
    from hamstring_rules._program_words import read_weeks

    assert read_weeks(cell) == weeks


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spans=st.lists(st.tuples(st.integers(1, 6), st.integers(0, 3)), min_size=1, max_size=4))
def test_blocks_of_weeks_make_as_many_weeks_as_they_name(
    tmp_path: Path, spans: list[tuple[int, int]]
) -> None:
    """Blocks naming n1, n2... weeks make n1 + n2 + ... weeks, each block's sessions in each of its."""
    rows, expected, start = [], [], 1
    for size, extra in spans:
        cell = f"{start}-{start + extra}" if extra else str(start)
        rows.append(f"{cell},Mon,RDL,{size},8\n")
        expected += [[("Mon", "mon", [("RDL", size, "8")])]] * (extra + 1)
        start += extra + 1
    program = hr.load_program(_csv(tmp_path, "Week,Day,Exercise,Sets,Reps\n" + "".join(rows)))
    assert _weeks(program) == expected


def test_one_block_of_several_weeks_is_checked_for_each(tmp_path: Path) -> None:
    """check() sees each of the weeks: its report has 4 weeks of the same sets."""
    text = "Week,Day,Exercise,Sets,Reps\n1-4,Mon,RDL,3,8\n1-4,Thu,Nordic curl,3,6\n"
    report = hr.check(_csv(tmp_path, text))
    assert [w.hamstring_sets for w in report.weeks] == [6, 6, 6, 6]


# -- reps with no count: AMRAP -------------------------------------------------------------------


def _amrap_sheet(tmp_path: Path, reps: str, *, extra: str = "") -> hr.Program:
    text = f"Day,Exercise,Sets,Reps{extra and ',Notes'}\nMon,RDL,3,8{extra and ','}\n"
    text += f'Mon,Back extension,3,"{reps}"{extra and f",{extra}"}\nThu,Nordic curl,3,5{extra and ","}\n'
    return hr.load_program(_csv(tmp_path, text))


@pytest.mark.parametrize(
    "reps",
    ["AMRAP", "amrap", " AMRAP ", "Max", "max reps", "MAX.", "to failure", "As many as possible",
     "bis zum Versagen", "al fallo", "até a falha", "AMRAP reps"],
)  # fmt: skip
def test_a_reps_cell_with_no_count_is_a_set_to_failure_not_a_refused_sheet(tmp_path: Path, reps: str) -> None:
    """A bare 'AMRAP' refused the whole sheet ('AMRAP gives no rep count'); it is sets to failure
    (RIR 0) of at least 1 rep, its count unknown, kept in the notes, the other rows read as they were."""
    program = _amrap_sheet(tmp_path, reps)
    entries = [e for s in program.weeks[0].sessions for e in s.entries]
    assert [(e.exercise, e.sets, e.reps, e.rir) for e in entries] == [
        ("RDL", 3, "8", None), ("Back extension", 3, "1", 0), ("Nordic curl", 3, "5", None)
    ]  # fmt: skip
    assert entries[1].notes == reps.strip()


def test_the_notice_names_the_cell_by_line_and_column(tmp_path: Path) -> None:
    """The reading is said where it was written: the line and the column, as the cell says it."""
    program = _amrap_sheet(tmp_path, "AMRAP")
    notice = next(n for n in program.notices if "AMRAP" in n)
    assert notice.startswith("line 3, column 'Reps': reps 'AMRAP' give no count")
    assert "at least 1 rep" in notice and "'12+'" in notice


def test_check_counts_an_amrap_entry_as_hard_sets_and_shows_the_notice(tmp_path: Path) -> None:
    """The AMRAP entry's sets are hard hamstring sets in check(), and check says the reading."""
    path = _csv(tmp_path, "Day,Exercise,Sets,Reps\nMon,Back extension,3,AMRAP\nThu,Nordic curl,3,5\n")
    with_count = _csv(
        tmp_path, "Day,Exercise,Sets,Reps\nMon,Back extension,3,1\nThu,Nordic curl,3,5\n", "b.csv"
    )
    report = hr.check(path)
    assert report.weeks[0].hamstring_sets == hr.check(with_count).weeks[0].hamstring_sets == 6


@pytest.mark.parametrize(
    ("reps", "rir", "rpe", "per_side"),
    [
        ("AMRAP @ RPE 9", None, 9.0, False),
        ("AMRAP per leg", 0, None, True),
        ("max (aim for 15)", 0, None, False),
    ],
)
def test_amrap_with_an_effort_a_side_or_a_note(
    tmp_path: Path, reps: str, rir: int | None, rpe: float | None, per_side: bool
) -> None:
    """An effort given with it is the entry's (no RIR 0 then); a side and a note are read as with
    a count."""
    entry = _amrap_sheet(tmp_path, reps).weeks[0].sessions[0].entries[1]
    assert (entry.reps, entry.rir, entry.rpe, entry.per_side) == ("1", rir, rpe, per_side)


def test_a_warm_up_note_stays_first_beside_amrap(tmp_path: Path) -> None:
    """The notes keep a warm-up note at their start, where the checks read it (AMRAP after it)."""
    entry = _amrap_sheet(tmp_path, "AMRAP", extra="Warm-up").weeks[0].sessions[0].entries[1]
    assert entry.notes == "Warm-up; AMRAP"


def test_sets_by_amrap_in_a_column_per_week_names_that_weeks_column(tmp_path: Path) -> None:
    """'3xAMRAP' in a week's column is 3 sets to failure; the notice names that week's column."""
    text = "Day,Exercise,Week 1,Week 2\nMon,Back extension,3x12,3xAMRAP\nMon,RDL,3x8,3x8\n"
    program = hr.load_program(_csv(tmp_path, text))
    entry = program.weeks[1].sessions[0].entries[0]
    assert (entry.sets, entry.reps, entry.rir) == (3, "1", 0)
    assert any(n.startswith("line 2, column 'Week 2': sets '3xAMRAP'") for n in program.notices)


def test_amrap_in_a_yaml_program_is_read_with_its_line(tmp_path: Path) -> None:
    """The same reading in every program format: a YAML file's reps: AMRAP, said with its line."""
    text = "sessions:\n- name: A\n  exercises:\n  - {exercise: RDL, sets: 3, reps: 8}\n"
    text += "  - {exercise: Back extension, sets: 2, reps: AMRAP}\n"
    program = hr.load_program(_csv(tmp_path, text, "p.yaml"))
    assert program.weeks[0].sessions[0].entries[1].reps == "1"
    assert any(n.startswith("line 5: reps 'AMRAP'") for n in program.notices)


def test_amrap_round_trips_through_a_saved_program(tmp_path: Path) -> None:
    """A program read with AMRAP, saved and read again, is the same program."""
    program = _amrap_sheet(tmp_path, "AMRAP")
    again = hr.load_program(program.to_dict())
    assert again.weeks == program.weeks


@pytest.mark.parametrize("reps", ["AMRAP or 8", "AMRAPs", "maximal", "failure!", "max 12", "8 AMRAP 10"])
def test_other_text_naming_failure_is_still_refused_at_its_cell(tmp_path: Path, reps: str) -> None:
    """Only a cell that is the words alone, or beside one count, reads so ('max 12' is at most 12?
    not guessed)."""
    path = _csv(tmp_path, f"Day,Exercise,Sets,Reps\nMon,RDL,3,8\nMon,Back extension,3,{reps}\n")
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(path)
    assert f"{path}:3:" in str(info.value) and "reps" in str(info.value)


@settings(max_examples=60, deadline=None)
@given(word=st.sampled_from(["amrap", "max", "to failure", "versagen", "al fallo"]), data=st.data())
def test_the_words_read_in_any_case(word: str, data: st.DataObject) -> None:
    """Any mix of upper and lower case reads the same."""
    cased = "".join(c.upper() if data.draw(st.booleans()) else c for c in word)
    entry = {"exercise": "RDL", "sets": 3, "reps": cased}
    program = hr.load_program({"name": "p", "sessions": [{"name": "A", "exercises": [entry]}]})
    assert (program.sessions[0].entries[0].reps, program.sessions[0].entries[0].rir) == ("1", 0)


# -- a day without a time of day -------------------------------------------------------------------


def _gap_sheet(first: str, second: str) -> str:
    return (
        "Day,Exercise,Sets,Reps\n"
        f'"{first}",Romanian deadlift,3,8\n"{second}",Nordic curl,3,6\nThu,Romanian deadlift,3,8\n'
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [("Mon", "Mon PM"), ("Mon AM", "Mon"), ("Mon", "Mon 18:00"), ("Monday", "Monday evening")],
)
def test_a_session_without_a_time_is_no_midnight(tmp_path: Path, first: str, second: str) -> None:
    """'Mon' beside 'Mon PM' were 18 h apart (a session without a time counted as 00:00); they are
    on the same day, their hours unknown: 0 h, as two sessions of one day without times are (HR006
    still fires)."""
    report = hr.check(_csv(tmp_path, _gap_sheet(first, second)), goal="tie-in")
    (week,) = report.weeks
    assert week.min_gap_hours == 0
    (hr006,) = [f for f in report.findings if f.code == "HR006"]
    assert ", 0 h apart" in hr006.message and "18 h" not in hr006.message


def test_a_day_without_a_time_keeps_whole_days_to_other_days(tmp_path: Path) -> None:
    """Mon PM to Tue (no time) is 24 h, as Mon to Tue: whole days, whichever session has a time."""
    timed = hr.check(_csv(tmp_path, _gap_sheet("Mon PM", "Tue"), "a.csv"), goal="tie-in")
    plain = hr.check(_csv(tmp_path, _gap_sheet("Mon", "Tue"), "b.csv"), goal="tie-in")
    assert timed.weeks[0].heavy_session_gaps == plain.weeks[0].heavy_session_gaps
    assert timed.weeks[0].min_gap_hours == 24
    assert [f.code for f in timed.findings] == [f.code for f in plain.findings]


_CLOCKS = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))


@settings(max_examples=40, deadline=None)
@given(clock=_CLOCKS, day=st.sampled_from(["mon", "tue", "sat", "sun"]), untimed_first=st.booleans())
def test_a_timed_and_an_untimed_session_of_one_day_are_the_same_day(
    clock: str, day: str, untimed_first: bool
) -> None:
    """Whatever the one session's time, and in either order in the file, the two are 0 h apart."""
    timed = {
        "name": "B",
        "day": day,
        "time": clock,
        "exercises": [{"exercise": "Nordic curl", "sets": 3, "reps": 6}],
    }
    untimed = {
        "name": "A",
        "day": day,
        "exercises": [{"exercise": "Romanian deadlift", "sets": 3, "reps": 8}],
    }
    sessions = [untimed, timed] if untimed_first else [timed, untimed]
    report = hr.check({"name": "p", "sessions": sessions}, goal="tie-in")
    assert report.weeks[0].min_gap_hours == 0


def test_two_timed_sessions_of_one_day_stay_hours_apart() -> None:
    """The clock still counts when both sessions have a time (07:00 to 18:00: 11 h)."""
    ex = [{"exercise": "Romanian deadlift", "sets": 3, "reps": 8}]
    sessions = [
        {"name": "A", "day": "mon", "time": "07:00", "exercises": ex},
        {"name": "B", "day": "mon", "time": "18:00", "exercises": ex},
    ]
    assert hr.check({"name": "p", "sessions": sessions}, goal="tie-in").weeks[0].min_gap_hours == 11


# -- random cells --------------------------------------------------------------------------------

_HEADERS = [
    "Week", "Day", "Session", "Exercise", "Sets", "Reps", "Tempo", "RIR", "RPE", "Notes", "Rest", "Hold",
    "Weekday", "Type", "Warm-up", "Week 1", "Week 2", "Weeks 1-4", "Week 3 - Deload", "W1-W4",
]  # fmt: skip
_CELLS = [
    "", "1", "2", "1-4", "5-8", "Weeks 5-8", "Week 2", "W1-W4", "8-5", "0", "1-999", "Week 1-2", "Mon",
    "Mon PM", "Mon & Thu", "Day 1", "Week 1 Day 2", "Monday (Lower)", "RDL", "Nordic curl", "Total", "3",
    "3-4", "21", "3x8", "3xAMRAP", "3 x max", "8", "8-10", "AMRAP", "max", "to failure", "8+", "5/3/1+",
    "10/8/6", "30s", "AMRAP 8", "AMRAP @ RPE 9", "3-0-1", "31X0", "RIR 2", "@8", "Warm-up", "W", "x" * 250,
    '"', "Weeks 1-3, 5", "Wochen 1 bis 4",
]  # fmt: skip


@st.composite
def _sheets(draw: st.DrawFn) -> list[list[str]]:
    header = draw(st.lists(st.sampled_from(_HEADERS), min_size=2, max_size=7))
    if draw(st.booleans()):
        header = ["Exercise", "Sets", *header]
    cell = st.sampled_from(_CELLS) | st.text(max_size=8)
    rows = draw(st.lists(st.lists(cell, max_size=len(header) + 1), min_size=1, max_size=8))
    return [header, *rows]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sheet=_sheets())
def test_random_cells_give_a_program_or_the_librarys_error(tmp_path: Path, sheet: list[list[str]]) -> None:
    """A sheet of random cells (week ranges, AMRAP, days with and without times, text) is read, or
    refused with a HamstringRulesError; never another exception (fuzzed: 1,800 sheets, none)."""
    import contextlib
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(sheet)
    path = _csv(tmp_path, out.getvalue())
    for read in (hr.load_program, hr.check):
        with contextlib.suppress(hr.HamstringRulesError):  # any other exception fails the test
            read(path)


@pytest.mark.parametrize(
    ("reps", "count"),
    [("AMRAP 8", 8), ("8 AMRAP", 8), ("8 to failure", 8), ("Versagen 10", 10), ("12 al fallo", 12)],
)
def test_a_count_beside_a_word_of_failure_is_that_count_to_failure(
    tmp_path: Path, reps: str, count: int
) -> None:
    """'AMRAP 8' refused the sheet (the log reader reads it as 8 reps to failure); it is '8+': 8 reps,
    RIR 0, no notice (nothing is guessed)."""
    program = _amrap_sheet(tmp_path, reps)
    entry = program.weeks[0].sessions[0].entries[1]
    assert (entry.reps, entry.rir) == (str(count), 0)
    assert not any("no count" in n for n in program.notices)


@pytest.mark.parametrize(
    ("second", "said"),
    [("9-12", "'9-12' is its weeks 5-8"), ("7", "'7' is its week 5"), ("9", "'9' is its week 5")],
)
def test_a_block_out_of_place_is_said_where_it_goes(tmp_path: Path, second: str, said: str) -> None:
    """'1-4' then '9-12' is 8 weeks (a program has no empty weeks); the notice said 'as weeks 9-12'
    of what the report calls weeks 5-8: it now says where each block out of place goes."""
    text = f"Week,Day,Exercise,Sets,Reps\n1-4,Mon,RDL,3,8\n{second},Mon,RDL,4,6\n"
    program = hr.load_program(_csv(tmp_path, text))
    notice = next(n for n in program.notices if "several weeks" in n)
    assert said in notice and "'1-4' is" not in notice
