"""Workout logs, session 13: a second header with other columns, a title above a repeated
header, grouped weights (``1.000,5``), an AMRAP ``5+`` in a reps cell, and a fuzzed reader."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logs.test_logs9 import _grouped  # workouts as an app writes them
from ..logwriters import FITNOTES, FORMATS, HEVY_KG, STRONG_V1, STRONG_V2, WorkoutSpec, write

DATA = Path(__file__).parent.parent / "data"


def _log(text: str, **kw: object) -> hr.WorkoutLog:
    return hr.load_log(io.StringIO(text), name="x.csv", **kw)  # type: ignore[arg-type]


def _said(log: hr.WorkoutLog, words: str) -> list[hr.LogIssue]:
    return [i for i in log.issues if words in i.message]


def _sets(log: hr.WorkoutLog) -> int:
    return sum(e.hard_sets + e.warmup_sets for w in log.workouts for e in w.exercises)


def _header_cells(text: str) -> list[str]:
    head = text.partition("\n")[0]
    delimiter = ";" if head.count(";") > head.count(",") else ","
    return [cell.strip().strip('"').lower() for cell in next(csv.reader([head], delimiter=delimiter))]


# -- 1: a second header with other columns ------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"), [("strong_v1.csv", "hevy_kg.csv"), ("hevy_kg.csv", "strong_v1.csv")]
)
def test_two_apps_exports_joined_are_read_each_by_its_own_header(first: str, second: str) -> None:
    """``cat strong.csv hevy.csv``: the Hevy rows were read in Strong's columns (each 'N fields,
    the header has 12'), then the file was refused at the second header; each part is now read
    by its own header (logs15), the notice naming the second header's line and both parts."""
    a, b = (DATA / first).read_text(), (DATA / second).read_text()
    line = a.count("\n") + 1
    log = _log(a + b)
    assert _sets(log) == _sets(_log(a)) + _sets(_log(b))
    (joined,) = _said(log, "exports joined in one file")
    assert joined.line == line and "Hevy" in joined.message and "Strong" in joined.message


def _separator(text: str) -> str:
    head = text.partition("\n")[0]
    return ";" if head.count(";") > head.count(",") else ","


@settings(max_examples=30, deadline=None)
@given(_grouped(), _grouped(), st.sampled_from(FORMATS), st.sampled_from(FORMATS))
def test_a_second_export_below_another_is_read_as_the_header_again_or_by_its_own_header(
    one: list[WorkoutSpec], two: list[WorkoutSpec], fmt_a: str, fmt_b: str
) -> None:
    """Any two exports joined: the second header is the header again when it names the same
    columns (its rows read too); else its rows are read in its own columns (logs15), or the file
    is refused at its line when they cannot be (another separator) - never its rows read in the
    first header's columns; a session both hold is counted once (cells17)."""
    a, b = write(fmt_a, one), write(fmt_b, two)
    line = a.count("\n") + 1
    if _header_cells(a) == _header_cells(b):
        log = _log(a + b)
        assert [i.line for i in _said(log, "the header again")] == [line]
        if _said(log, "logged again further down"):  # the same workout's sets in both (logs25: N13)
            assert max(_sets(_log(a)), _sets(_log(b))) <= _sets(log) < _sets(_log(a)) + _sets(_log(b))
        else:
            assert _sets(log) == _sets(_log(a)) + _sets(_log(b))
        return
    refused: hr.LogFormatError | None = None
    try:
        log = _log(a + b)
    except hr.LogFormatError as exc:
        refused = exc
    if refused is not None:
        assert refused.location == f"x.csv:{line}"
        assert _separator(a) != _separator(b)
        return
    assert _separator(a) == _separator(b)
    if _said(log, "each counted once"):  # the same sessions in both (cells17): the first's kept
        assert _sets(_log(a)) <= _sets(log) < _sets(_log(a)) + _sets(_log(b))
    else:
        assert _sets(log) == _sets(_log(a)) + _sets(_log(b))
    assert [i.line for i in _said(log, "exports joined")] == [line]


def test_a_hand_kept_log_with_a_column_more_below_is_read_in_its_columns() -> None:
    """A sheet whose second half has a column more (an RPE column added): its rows were read
    as rows of too many fields, then refused; they are read in their own columns, RPE too."""
    text = "Date,Exercise,Reps\n2025-11-03,RDL,8\nDate,Exercise,Reps,RPE\n2025-11-10,RDL,8,8\n"
    log = _log(text)
    assert [(w.start.day, w.exercises[0].max_rpe) for w in log.workouts] == [(3, None), (10, 8.0)]
    assert [i.line for i in _said(log, "exports joined")] == [3]


def test_a_row_of_words_that_is_no_header_is_reported_as_a_row() -> None:
    """A row of words naming no log columns is no header: it is a bad row, as before."""
    log = _log("Date,Exercise,Reps\n2025-11-03,RDL,8\nfoo,bar,baz\n2025-11-04,RDL,8\n")
    assert len(log.workouts) == 2
    assert [i.line for i in log.issues if "'baz'" in i.message] == [3]


# -- 2: a title above the header again ----------------------------------------------------------


_TITLE = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"), exclude_characters=',;\t|"'),
    min_size=1,
    max_size=40,
).filter(lambda t: any(ch.isalpha() for ch in t) and t.strip() == t)


@settings(max_examples=30, deadline=None)
@given(_grouped(), _grouped(), st.sampled_from(FORMATS), _TITLE, st.integers(0, 2))
def test_a_title_above_the_header_again_is_its_title(
    one: list[WorkoutSpec], two: list[WorkoutSpec], fmt: str, title: str, blanks: int
) -> None:
    """``Workout export 2025`` on its own line above the header again (blank lines between or
    not): it was a row 'cut short' or of 'no reps'; it is the header's title, said with it, and
    every set of both exports is read (a workout's sets both hold set for set, once)."""
    a, b = write(fmt, one), write(fmt, two)
    title_line = a.count("\n") + 1
    text = a + title + "\n" + "\n" * blanks + b
    log = _log(text)
    header_line = title_line + 1 + blanks
    notices = _said(log, "the header again")
    assert [i.line for i in notices] == [header_line]
    assert f"on line {title_line}" in notices[0].message
    assert [i for i in log.issues if i.line == title_line] == []
    if _said(log, "logged again further down"):  # the same workout's sets in both (logs25: N13)
        assert max(_sets(_log(a)), _sets(_log(b))) <= _sets(log) < _sets(_log(a)) + _sets(_log(b))
    else:
        assert _sets(log) == _sets(_log(a)) + _sets(_log(b))


def test_a_line_of_text_alone_is_said_as_no_set() -> None:
    """A title with no header below it (a note between workouts) is said as a line of no set."""
    text = (DATA / "strong_v1.csv").read_text()
    head, _, rows = text.partition("\n")
    log = _log(f"{head}\nWeek 1\n{rows}")
    assert [i.line for i in _said(log, "'Week 1' alone on its line")] == [2]
    assert _sets(log) == _sets(_log(text))


def test_many_lines_of_text_alone_are_said_in_a_bounded_list() -> None:
    """Lines of text alone are each said up to a bound, the rest counted in one notice."""
    rows = "".join(f"2025-11-{day:02d},RDL,8\nnote {day}\n" for day in range(1, 16))
    log = _log("Date,Exercise,Reps\n" + rows)
    assert len(_said(log, "alone on its line")) == 10
    assert [i.message for i in _said(log, "more line")] == ["and 5 more lines of one cell of text, not read"]
    assert len(log.workouts) == 15


# -- 4: a + after the reps is a set of as many reps as possible -----------------------------------


def _failures(log: hr.WorkoutLog) -> list[tuple[str, int, int, tuple[int, ...]]]:
    return [(e.name, e.hard_sets, e.failure_sets, e.reps) for w in log.workouts for e in w.exercises]


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 100), st.sampled_from(["+", " +", "+ AMRAP", "+amrap", " + AMRAP"]), st.booleans())
def test_reps_with_a_plus_are_a_set_to_failure(reps: int, plus: str, quoted: bool) -> None:
    """5/3/1's last set ``5+`` (at least 5, as many as possible) was read as a plain set of 5;
    it is a set of 5 reps taken to failure, as a program's ``5+`` is, beside plain sets that are
    not."""
    cell = f"{reps}{plus}"
    cell = f'"{cell}"' if quoted else cell
    text = f"Date,Exercise,Reps,Weight (kg)\n2025-11-03,Deadlift,5,100\n2025-11-03,Deadlift,{cell},120\n"
    log = _log(text, keep_sets=True)
    assert _failures(log) == [("Deadlift", 2, 1, (5, reps))]


def test_a_plus_in_an_apps_export_is_a_set_to_failure_and_a_warm_up_stays_one() -> None:
    """In Strong's export too; a warm-up marked ``W`` with ``8+`` stays a warm-up, and a
    rest-pause ``12+3`` is one set of 15 reps, no failure said."""
    head = (DATA / "strong_v1.csv").read_text().partition("\n")[0]
    extra = (
        '2025-11-20 18:00:00,"Legs",1h,"Deadlift (Barbell)",W,60.0,8+,0,0,"",,\n'
        '2025-11-20 18:00:00,"Legs",1h,"Deadlift (Barbell)",1,140.0,5+,0,0,"",,\n'
        '2025-11-20 18:00:00,"Legs",1h,"Leg Curl (Machine)",1,40.0,12+3,0,0,"",,\n'
    )
    log = _log(head + "\n" + extra)
    got = {e.name: (e.hard_sets, e.warmup_sets, e.failure_sets) for w in log.workouts for e in w.exercises}
    assert got == {"Deadlift (Barbell)": (1, 1, 1), "Leg Curl (Machine)": (1, 0, 0)}


# -- 3: weights with their thousands grouped, in each locale's way -------------------------------

#: (group separator, decimal mark) of a locale's spreadsheets: German/Spanish/Italian, French
#: (a no-break space, a space, a narrow no-break space), Swiss, English.
_LOCALES = [(".", ","), ("\u00a0", ","), (" ", ","), ("\u202f", ","), ("'", "."), (",", "."), (" ", ".")]


def _written(value: float, decimals: int, group: str, mark: str) -> str:
    """``value`` as a locale writes it: English grouping first, then its symbols swapped in."""
    english = f"{value:,.{decimals}f}"
    return english.replace(",", "\x00").replace(".", mark).replace("\x00", group)


def _weights(log: hr.WorkoutLog) -> list[float | None]:
    return [kg for w in log.workouts for e in w.exercises for kg in e.weights_kg]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1_000, 99_999),
    st.integers(0, 2),
    st.sampled_from(_LOCALES),
    st.sampled_from([("kg", 1.0), ("lb", 0.45359237)]),
    st.sampled_from([",", ";"]),
)
def test_a_weight_grouped_by_thousands_is_read_in_any_locale(
    tenths: int, decimals: int, locale: tuple[str, str], unit: tuple[str, float], delimiter: str
) -> None:
    """``1.000,5`` (German), ``1 000,5`` (French), ``1'000.5`` (Swiss) and ``1,000.5`` (English)
    were 'not a weight' (all but the English): each is the same weight, 1,000.5, whatever the
    file's separator; over 1,000 kg it is said as too heavy, never read as 1.0005."""
    value = tenths / 10
    cell = _written(value, decimals, *locale)
    name, factor = unit
    text = (
        f"Date{delimiter}Exercise{delimiter}Reps{delimiter}Weight ({name})\n"
        f'2025-11-03{delimiter}Leg Press{delimiter}8{delimiter}"{cell}"\n'
    )
    log = _log(text, keep_sets=True)
    kg = round(value, decimals) * factor
    if locale[0] == "." and decimals == 0 and cell.count(".") == 1:  # "1.000": a dot, 3 digits
        if kg <= 1000:  # a thousand or a decimal point, both a weight: said, not guessed
            assert _weights(log) == [None]
            assert [i.line for i in log.issues if " or " in i.message] == [2]
        else:  # its thousands are no weight: the dot is a decimal point
            assert _weights(log) == [pytest.approx(float(cell) * factor)]
    elif kg <= 1000:
        assert _weights(log) == [pytest.approx(kg)]
    else:
        assert _weights(log) == [None]
        assert [i.line for i in log.issues if "over 1,000 kg" in i.message] == [2]


@pytest.mark.parametrize(
    ("cell", "unit"), [("1.000", "kg"), ("1.250", "lb"), ("2.204", "lb"), ("1.000 kg", "lb")]
)
def test_a_weight_read_two_ways_is_said_not_guessed(cell: str, unit: str) -> None:
    """``1.000`` is one kilogram with a decimal point or a thousand with a German dot, and both
    are weights a set may have: it was read as 1 kg, silently; the set is kept without its
    weight and the notice says both readings."""
    log = _log(f"Date;Exercise;Reps;Weight ({unit})\n2025-11-03;Leg Press;8;{cell}\n", keep_sets=True)
    assert _weights(log) == [None]
    (issue,) = [i for i in log.issues if i.line == 2]
    assert "1,000" in issue.message.replace("1,250", "1,000").replace("2,204", "1,000")
    assert repr(cell) in issue.message


@pytest.mark.parametrize(
    ("cell", "kg"),
    [("2.500", 2.5), ("102.058", 102.058), ("1,000", 1000.0), ("82,5", 82.5), ("1.000.5", None)],
)
def test_a_dot_whose_thousands_are_no_weight_is_a_decimal_point(cell: str, kg: float | None) -> None:
    """``2.500`` kg read as thousands is 2,500 kg, no weight: the dot is a decimal point (an app's
    kilograms converted from pounds, ``102.058``, stay read); ``1,000`` stays a thousand (English
    grouping); two dots are no number."""
    log = _log(f'Date,Exercise,Reps,Weight (kg)\n2025-11-03,Leg Press,8,"{cell}"\n', keep_sets=True)
    assert _weights(log) == [kg if kg is None else pytest.approx(kg)]


def test_a_sheets_header_again_without_its_last_columns_is_the_header_again() -> None:
    """A hand-kept sheet pasted below with its last columns left off (fewer sets that week):
    its rows stand in the header's columns, so they are read, the header said as the header
    again; a column in another place or another unit is refused (see above)."""
    text = (
        "Date,Exercise,Set 1 Weight,Set 1 Reps,Set 2 Weight,Set 2 Reps\n2025-11-03,RDL,100,5,100,5\n"
        "Date,Exercise,Set 1 Weight,Set 1 Reps\n2025-11-10,RDL,100,6\n"
    )
    log = _log(text, keep_sets=True)
    assert [(w.start.day, e.reps) for w in log.workouts for e in w.exercises] == [(3, (5, 5)), (10, (6,))]
    assert [i.line for i in _said(log, "the header again")] == [3]


@pytest.mark.parametrize(
    ("cell", "reps", "failures"),
    [
        ("5/3/1+", (5, 3, 1), 1),
        ("5+/5+/5+", (5, 5, 5), 3),
        ("5/3/1+ AMRAP", (5, 3, 1), 1),
        ("8+8+6", (8, 8, 6), 0),
    ],
)
def test_a_list_of_sets_with_a_plus_marks_those_sets_to_failure(
    cell: str, reps: tuple[int, ...], failures: int
) -> None:
    """Wendler's week written in one cell, ``5/3/1+``: three sets, the last as many reps as
    possible - a set to failure, as a program reads it; ``8+8+6`` lists three sets with ``+``
    between them, none to failure."""
    log = _log(f"Date,Exercise,Reps\n2025-11-03,Squat,{cell}\n", keep_sets=True)
    assert _failures(log) == [("Squat", len(reps), failures, reps)]


# -- 5: the reader fuzzed: a log or the library's own error ------------------------------------

_HEADERS = [
    HEVY_KG,
    STRONG_V1,
    STRONG_V2,
    FITNOTES,
    ["Date", "Exercise", "Reps", "Weight (kg)"],
    ["Date", "Exercise", "Sets", "Reps", "Weight", "RPE", "Time"],
    ["Datum", "Übung", "Satz", "Wiederholungen", "Gewicht", "Einheit", "RIR"],
    ["date", "exercise", "set 1", "set 2", "set 3"],
    ["Date", "Exercise", "Set 1 Weight", "Set 1 Reps", "Set 2 Weight", "Set 2 Reps"],
]
#: Cells a log's rows hold, the awkward ones first: this session's forms, numbers past a float,
#: dates of each app, set kinds, separators and quotes inside a cell, a byte order mark.
_CELLS = [
    "", "5+", "5+ AMRAP", "5/3/1+", "12+3", "8,8,6", "3x8", "12-15", "1.000,5", "1 000,5", "1\u00a0000,5",
    "1'000.5", "1,000,5", "1.00,5", "1.000", "2.500", "1e309", "9" * 400, "nan", "-0", "BW-15",
    "1.000,5 kg", "225 lbs", "W", "F", "Rest Timer", "2025-11-03 18:00:00", "3 Nov 2025, 07:48", "03/11/2025",
    "1700000000", "0:45", "7:00 PM", "RDL", "@8", "RIR 2", "✓", "\ufeff", "a\nb", '"', ";", ",",
    "Workout export 2025", "Date;Exercise;Reps", "8", "100", "82,5",
]  # fmt: skip
_CELL = st.one_of(
    st.sampled_from(_CELLS),
    st.sampled_from(sorted({c for h in _HEADERS for c in h})),
    st.text(max_size=10),
    st.from_regex(r"[0-9 .,'+\-]{1,10}", fullmatch=True),
)


@st.composite
def _csv_files(draw: st.DrawFn) -> str:
    """A log as hands and apps garble one: a known header or words, rows of any width, one-cell
    rows, headers again or of other logs, blank lines; any separator and quoting; cut anywhere."""
    header = draw(st.one_of(st.sampled_from(_HEADERS), st.lists(_CELL, min_size=1, max_size=8)))
    rows: list[list[str]] = [list(header)]
    for _ in range(draw(st.integers(0, 10))):
        kind = draw(st.integers(0, 9))
        if kind == 0:
            rows.append([draw(_CELL)])
        elif kind == 1:
            rows.append(list(draw(st.sampled_from(_HEADERS))))
        elif kind == 2:
            rows.append([])
        else:
            rows.append(draw(st.lists(_CELL, min_size=max(0, len(header) - 2), max_size=len(header) + 2)))
    buf = io.StringIO()
    delimiter, quote_all = draw(st.sampled_from([",", ";", "\t", "|"])), draw(st.booleans())
    writer = csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    text = buf.getvalue().replace("\r\n", draw(st.sampled_from(["\n", "\r\n", "\r"])))
    return text[: draw(st.integers(0, len(text)))] if draw(st.integers(0, 4)) == 0 else text


@settings(max_examples=80, deadline=None)
@given(
    _csv_files(),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "text"]),
    st.lists(st.tuples(st.integers(0, 4096), st.binary(max_size=4), st.integers(0, 3)), max_size=3),
    st.sampled_from([None, "kg", "lb"]),
    st.booleans(),
    st.sampled_from([None, "dmy", "mdy"]),
)
def test_a_fuzzed_log_is_read_or_refused_with_the_librarys_error(
    text: str,
    encoding: str,
    edits: list[tuple[int, bytes, int]],
    unit: str | None,
    keep_sets: bool,
    date_order: str | None,
) -> None:
    """Any file - garbled rows, headers again or of other logs, titles, locale numbers, any
    encoding, bytes overwritten - is a log whose API works, or a HamstringRulesError: never
    another exception (a crash)."""
    source: io.StringIO | bytes
    if encoding == "text":
        source = io.StringIO(text)
    else:
        data = bytearray(text.encode(encoding, errors="replace"))
        for at, blob, cut in edits:
            at %= len(data) + 1
            data[at : at + cut] = blob
        source = bytes(data)
    try:
        log = hr.load_log(source, unit=unit, keep_sets=keep_sets, date_order=date_order, name="x.csv")
    except hr.HamstringRulesError:
        return
    log.summary()
    log.progress()
    hr.check(log)


def test_a_grouped_weight_a_decimal_comma_split_is_named() -> None:
    """``1 000,5`` unquoted in a comma-separated file splits in two fields: the row was 'not
    read' with no hint; the hint names it as one number with a decimal comma."""
    log = _log("Date,Exercise,Reps,Weight (lb)\n2025-11-03,Leg Press,8,1 000,5\n2025-11-04,Leg Press,8,900\n")
    (issue,) = [i for i in log.issues if i.line == 2]
    assert "is 1 000,5 one number with a decimal comma" in issue.message
