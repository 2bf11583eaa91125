"""Program sheets (sheets10, review20): a weekday with a label in a day cell (D10), a set type or
warm-up column (D17), and rows below a note of several lines placed at their own line (D23)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules import _program_words as words
from hamstring_rules._program_words import DAYS, WEEKDAY_NAMES, WEEKDAY_WORDS, plain_letters


def _csv(tmp_path: Path, text: str, name: str = "program.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _sessions(path: Path) -> list[tuple[str, str | None]]:
    return [(s.name, s.day_name) for s in hr.load_program(path).sessions]


# -- D10: a weekday and a label in one day cell -------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "day", "name"),
    [
        ("Monday (Lower)", "mon", "Lower"),
        ("Mon PM", "mon", "PM"),
        ("Monday - Lower", "mon", "Lower"),
        ("Lower (Monday)", "mon", "Lower"),
        ("Monday: Legs", "mon", "Legs"),
        ("Tues. Pull", "tue", "Pull"),
        ("Donnerstag (Beine)", "thu", "Beine"),
        ("Miércoles: Piernas", "wed", "Piernas"),
        ("Pernas (segunda-feira)", "mon", "Pernas"),
        ("Day 1 - Friday", "fri", "Day 1"),
    ],
)
def test_a_day_cell_of_one_weekday_and_a_label_is_that_weekday(
    tmp_path: Path, cell: str, day: str, name: str
) -> None:
    """The weekday word is the session's weekday, the rest of the cell its name."""
    path = _csv(tmp_path, f'Day,Exercise,Sets,Reps\n"{cell}",RDL,3,8\n')
    assert _sessions(path) == [(name, day)]


def test_labelled_weekdays_let_the_spacing_check_run(tmp_path: Path) -> None:
    """Monday (Lower) and Tuesday (Lower), each with a heavy hinge or a Nordic, are 24 h apart:
    HR006 says so (48 h is its floor), and HR016 no longer says the sessions have no weekday -
    the same findings as the sheet that gives the weekday and the name in two columns."""
    rows = [
        ("Lower", "Monday", "Romanian Deadlift"),
        ("Lower", "Tuesday", "Nordic curl"),
        ("Upper", "Thursday", "Bench"),
    ]
    labelled = "Day,Exercise,Sets,Reps\n" + "".join(f"{d} ({n}),{e},3,8\n" for n, d, e in rows)
    plain = "Day,Session,Exercise,Sets,Reps\n" + "".join(f"{d},{n},{e},3,8\n" for n, d, e in rows)
    codes = [
        sorted(f.code for f in hr.check(_csv(tmp_path, text, name), goal="tie-in").findings)
        for text, name in ((labelled, "labelled.csv"), (plain, "plain.csv"))
    ]
    assert "HR006" in codes[0] and "HR016" not in codes[0]
    assert codes[0] == codes[1]


@pytest.mark.parametrize(
    "cell", ["Monster legs", "Sunrise flow", "Thunder", "Wedding prep", "Mon Legs Thu", "Lower Mon A"]
)
def test_a_word_that_only_starts_like_a_weekday_is_no_weekday(tmp_path: Path, cell: str) -> None:
    """Monster is not Monday: a weekday is a whole word, the day's name or its start (the README's
    first-three-letters rule); two weekdays not joined, or one in the middle, name the session."""
    assert _sessions(_csv(tmp_path, f"Day,Exercise,Sets,Reps\n{cell},RDL,3,8\n")) == [(cell, None)]


def test_a_whole_weekday_word_beside_any_label_is_that_weekday() -> None:
    """Sunday Funday: 'Sunday' is a whole weekday word, so the session is Sunday's, named Funday."""
    found = words.labelled_day("Sunday Funday")
    assert found is not None and (found[0].weekday, found[1]) == (6, "Funday")


def test_a_week_may_lead_a_labelled_day(tmp_path: Path) -> None:
    """Week 2 Mon Legs is week 2's Monday session Legs, as Week 2 Mon is week 2's Monday."""
    path = _csv(tmp_path, "Day,Exercise,Sets,Reps\nWeek 1 Mon Legs,RDL,3,8\nWeek 2 Mon Legs,RDL,3,6\n")
    program = hr.load_program(path)
    assert [[(s.name, s.day_name) for s in w.sessions] for w in program.weeks] == [[("Legs", "mon")]] * 2


def test_a_session_column_of_labelled_days_gives_the_weekday_and_keeps_the_name(tmp_path: Path) -> None:
    """With no day column, a session cell 'Monday (Lower)' says the weekday and stays the name."""
    path = _csv(tmp_path, "Session,Exercise,Sets,Reps\nMonday (Lower),RDL,3,8\nThursday (Lower),RDL,3,8\n")
    assert _sessions(path) == [("Monday (Lower)", "mon"), ("Thursday (Lower)", "thu")]


def test_a_session_column_names_a_labelled_days_session(tmp_path: Path) -> None:
    """A session column's name wins over the day cell's label; the weekday is the day cell's."""
    path = _csv(tmp_path, "Day,Session,Exercise,Sets,Reps\nMon PM,Lower A,RDL,3,8\n")
    assert _sessions(path) == [("Lower A", "mon")]


_FULL_NAMES = [(day, name) for day, names in enumerate(WEEKDAY_NAMES) for name in names]
_LABEL = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=1, max_size=12).filter(
    lambda w: plain_letters(w) not in WEEKDAY_WORDS
)


@given(
    st.sampled_from(_FULL_NAMES),
    _LABEL,
    st.sampled_from(["{d} ({l})", "{l} ({d})", "{d} - {l}", "{d}: {l}", "{d} {l}"]),
)
@settings(max_examples=200, deadline=None)
def test_a_weekday_name_with_any_other_word_is_that_weekday(
    day_name: tuple[int, str], label: str, form: str
) -> None:
    """Any weekday name of the sheet languages beside a word that is no weekday word, in any of
    the forms a sheet writes them, is that weekday and that word."""
    day, name = day_name
    found = words.labelled_day(form.format(d=name.capitalize(), l=label))
    assert found is not None and (found[0].weekday, found[1]) == (day, label)


# -- D17: a set type or warm-up column -----------------------------------------------------------


def _week(path: Path) -> tuple[dict[str, float], float]:
    week = hr.check(path, goal="tie-in").weeks[0]
    return dict(week.sets_by_action), week.hamstring_sets


_WORKING = ["Mon,Romanian Deadlift,{w},3,8", "Mon,Back Squat,{w},3,5", "Thu,Good Morning,{w},3,8"]
_WARM_UPS = ["Mon,Romanian Deadlift,{u},2,10", "Mon,Back Squat,{u},2,5", "Thu,Good Morning,{u},2,10"]


@pytest.mark.parametrize(
    ("column", "warm", "working"),
    [
        ("Type", "Warm-up", "Working"),
        ("Set Type", "W", "Normal"),
        ("Satztyp", "Aufwärmen", "Arbeitssatz"),
        ("Tipo de serie", "Calentamiento", "Normal"),
        ("Warm-up", "yes", "no"),
        ("Is Warmup", "TRUE", "FALSE"),
    ],
)
def test_warm_up_rows_of_a_sheet_are_no_hard_sets(
    tmp_path: Path, column: str, warm: str, working: str
) -> None:
    """A sheet's warm-up rows (no RPE given, so only the column says so) leave the week's hard
    sets as the same sheet without them: the log reader's set type words, in its languages."""
    header = f"Day,Exercise,{column},Sets,Reps\n"
    rows = [r.format(w=working) for r in _WORKING]
    both = rows[:1] + [r.format(u=warm) for r in _WARM_UPS] + rows[1:]
    with_warm_ups = _week(_csv(tmp_path, header + "\n".join(both) + "\n", "warm.csv"))
    without = _week(_csv(tmp_path, header + "\n".join(rows) + "\n", "working.csv"))
    assert with_warm_ups == without
    assert without[0]["knee_dominant"] == 3  # the working squat sets, as written


def test_a_warm_up_row_is_a_warm_up_entry_with_its_note(tmp_path: Path) -> None:
    """The warm-up is said first in the entry's notes (where the checks read it), its own note
    after; a working row keeps its notes as written."""
    text = (
        "Day,Exercise,Type,Sets,Reps,Notes,Rest\n"
        "Mon,RDL,Warm-up,2,10,light bar,60 s\n"
        "Mon,RDL,Working,3,8,slow,2 min\n"
    )
    entries = hr.load_program(_csv(tmp_path, text)).sessions[0].entries
    assert [e.notes for e in entries] == ["Warm-up; light bar; rest 60 s", "rest 2 min; slow"]


def test_a_program_files_warm_up_note_leads_its_notes(tmp_path: Path) -> None:
    """In a YAML program too, a note that calls the entry a warm-up stays first, before its
    rest: it was 'rest 90 s; Warm-up: light', whose warm-up the checks did not read."""
    text = (
        "name: p\nsessions:\n- name: A\n  day: mon\n  exercises:\n"
        "  - {exercise: Back squat, sets: 2, reps: 5, rest: 90, notes: 'Warm-up: light'}\n"
        "  - {exercise: Back squat, sets: 3, reps: 5}\n"
    )
    program = hr.load_program(_csv(tmp_path, text, "p.yaml"))
    assert program.sessions[0].entries[0].notes == "Warm-up: light; rest 90 s"
    assert hr.check(program).weeks[0].sets_by_action["knee_dominant"] == 3


def test_columns_not_read_are_named_in_a_notice(tmp_path: Path) -> None:
    """A column the sheet reader does not read is said, in load_program's Program.notices and in
    the check's input issues (it was passed over silently)."""
    path = _csv(tmp_path, "Day,Exercise,Sets,Reps,Coach,Video\nMon,RDL,3,8,Ann,https://x\n")
    notice = "program sheet columns not read: 'Coach', 'Video'"  # (a Load column is read: cells17)
    assert hr.load_program(path).notices == (notice,)
    assert notice in hr.check(path).input_issues


def test_a_type_column_of_other_words_is_said_and_its_rows_are_hard_sets(tmp_path: Path) -> None:
    """A Type column meaning something else (Compound, Isolation) marks no warm-up: its rows are
    hard sets, and a notice names the column, the cells and their lines."""
    text = (
        "Day,Exercise,Type,Sets,Reps\n"
        "Mon,RDL,Compound,3,8\n"
        "Mon,Seated leg curl,Isolation,3,12\n"
        "Thu,RDL,Compound,3,8\n"
    )
    path = _csv(tmp_path, text)
    (notice,) = hr.load_program(path).notices
    assert "'Type'" in notice and "'Compound' (line 2)" in notice and "'Isolation' (line 3)" in notice
    assert hr.check(path).weeks[0].hamstring_sets == 9


def test_a_warm_up_column_of_numbers_counts_no_row_out(tmp_path: Path) -> None:
    """A Warm-up sets column of numbers counts warm-up sets beside the row's working sets, which
    stay hard sets (in a log a 1 there is a set's yes: a program's row is all its sets); the
    column's numbers are named as not read."""
    text = "Day,Exercise,Warm-up sets,Sets,Reps\nMon,RDL,1,3,8\nThu,RDL,2,3,8\n"
    path = _csv(tmp_path, text)
    assert hr.check(path).weeks[0].hamstring_sets == 6
    (notice,) = hr.load_program(path).notices
    assert "'Warm-up sets': '1' (line 2), '2' (line 3) not read" in notice


def test_a_sheet_reading_every_column_has_no_notice(tmp_path: Path) -> None:
    """A sheet whose columns are all read, its set types all understood, says nothing."""
    path = _csv(
        tmp_path, "Day,Exercise,Type,Sets,Reps,Notes\nMon,RDL,Warm-up,2,8,\nMon,RDL,Working,3,8,slow\n"
    )
    assert hr.load_program(path).notices == ()


# -- D23: a row's line is its first line ----------------------------------------------------------


def test_an_error_below_a_note_of_several_lines_names_its_own_line(tmp_path: Path) -> None:
    """The note spans lines 2-4; the bad sets cell is on line 6 (it was reported on line 4)."""
    text = (
        "Day,Exercise,Sets,Reps,Notes\n"
        'Mon,Romanian Deadlift,3,8,"keep\nknees\nsoft"\n'
        "Mon,Leg curl,3,12,\n"
        "Thu,Good Morning,three,8,\n"
    )
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(_csv(tmp_path, text))
    assert "program.csv:6: column 'Sets' (sets)" in str(caught.value.location)


def test_a_finding_below_a_note_of_several_lines_points_at_its_row(tmp_path: Path) -> None:
    """An unknown exercise on line 5, below a note of two lines (CRLF line ends, Excel's sep=
    line above the header), is reported on line 5."""
    text = (
        "sep=,\r\nDay,Exercise,Sets,Reps,Notes\r\n"
        'Mon,Romanian Deadlift,3,8,"keep\r\nsoft"\r\n'
        "Thu,Romanin Dedlfit,3,8,\r\n"
    )
    report = hr.check(_csv(tmp_path, text))
    (unknown,) = [f for f in report.findings if f.code == "HR009"]
    assert unknown.location.line == 5


_NOTE = st.lists(st.text(st.sampled_from("abc "), max_size=6), min_size=1, max_size=4).map("\n".join)


@given(
    st.lists(st.tuples(st.sampled_from(["RDL", "Nordic curl", "Leg curl"]), _NOTE), min_size=1, max_size=6)
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_each_entry_is_placed_at_the_line_its_row_starts_on(
    tmp_path: Path, rows: list[tuple[str, str]]
) -> None:
    """Whatever notes of several lines the rows above hold, each entry's line is the file line
    its row starts on, counted from the text as written."""
    text, starts = "Day,Exercise,Sets,Reps,Notes\n", []
    for exercise, note in rows:
        starts.append(text.count("\n") + 1)
        text += f'Mon,{exercise},3,8,"{note}"\n'
    program = hr.load_program(_csv(tmp_path, text))
    assert [program.line_of(1, 1, i) for i in range(1, len(rows) + 1)] == starts
    assert DAYS[program.sessions[0].day or 0] == "mon"


_NUMBER_LIKE = st.one_of(
    st.sampled_from(["²", "٣", "9" * 5000, "１２", "3.0", "-1", "0", "07", " 2 "]),
    st.text(alphabet=st.characters(categories=["Nd", "No"]), min_size=1, max_size=8),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cell=_NUMBER_LIKE, column=st.sampled_from(["Week", "Weekday", "Hold (s)"]))
def test_a_number_like_cell_is_read_or_refused_never_a_crash(tmp_path: Path, cell: str, column: str) -> None:
    """Property: a sheet's Week, Weekday or hold cell of digits int() refuses (``²``, 5,000
    digits, other scripts' digits) is read as the number it is or refused with a ProgramError
    naming the cell; ``str.isdigit`` let ``²`` through to ``int`` and the check crashed."""
    day = "W1D2" if column == "Week" else "A"
    path = _csv(tmp_path, f"{column},Day,Exercise,Sets,Reps\n{cell},{day},RDL,3,8\n")
    where = None
    try:
        hr.check(path)
    except hr.HamstringRulesError as exc:
        where = exc.location or ""
    assert where is None or ":2" in where, where


@pytest.mark.parametrize(
    ("cell", "days"),
    [
        ("Monday Wednesday", ("mon", "wed")),
        ("Mon Thu", ("mon", "thu")),
        ("Mon PM", None),
        ("Sunday Funday", None),
    ],
)
def test_weekdays_side_by_side_are_the_session_on_each(cell: str, days: tuple[str, ...] | None) -> None:
    """rv21 N11: a day cell of weekdays with only a space between (``Monday Wednesday``) was one
    session with no weekday (half the week's volume, HR006 skipped, no notice); it is the
    session on each, as ``Mon & Wed`` is. A weekday beside a label stays one (``Mon PM``)."""
    assert words.weekdays_of(cell) == days
