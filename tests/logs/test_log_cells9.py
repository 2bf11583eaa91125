"""How a workout log's cells and header are read (review 18): warm-up and failure markers in
the sheet languages, done flags, failure notes in a reps cell, a German Strong-style export,
malformed numbers, implausible reps, a rest-pause set, a column named twice, and ``check -``
of an export with a title above its header."""

from __future__ import annotations

import math
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._log_words import FAILURE, NORMAL, UNKNOWN, WARMUP, set_kind, warm_flag_kind, yes_no


def _log(text: str, **kw: object) -> hr.WorkoutLog:
    return hr.load_log(text.encode("utf-8"), **kw)  # type: ignore[arg-type]


def _only(log: hr.WorkoutLog) -> hr.LoggedExercise:
    (workout,) = log.workouts
    (exercise,) = workout.exercises
    return exercise


def _issues(log: hr.WorkoutLog) -> str:
    return "\n".join(map(str, log.issues))


# -- item 2: warm-up markers -----------------------------------------------------------------

#: A warm-up row and a work row of one exercise, the warm-up marked in ``column`` as ``value``.
_TWO_ROWS = (
    "Date,Exercise,{column},Reps,Weight (kg)\n2025-11-03,Romanian Deadlift,{value},10,40\n"
    "2025-11-03,Romanian Deadlift,{work},8,100\n"
)


@pytest.mark.parametrize(
    "value",
    ["warm up", "WU", "Warm Up Set", "Aufwärmen", "Aufwärmsatz", "calentamiento", "échauffement",
     "riscaldamento", "aquecimento",
     # not named by the review: other spellings of the same words
     "WARM-UP", "warm_up", "Warmup 1", "W2", "AUFWÄRMSATZ", "Serie de calentamiento", "Échauffement ",
     "opwarming"],
)  # fmt: skip
def test_a_set_type_naming_a_warm_up_in_any_spelling_is_a_warm_up(value: str) -> None:
    """A Set Type cell naming a warm-up - case, accents, spaces, hyphens, a set number after it,
    the sheet languages - is a warm-up set, not a hard set."""
    e = _only(_log(_TWO_ROWS.format(column="Set Type", value=value, work="normal")))
    assert (e.hard_sets, e.warmup_sets) == (1, 1)


@pytest.mark.parametrize(
    ("column", "yes", "no"),
    [("Warm-up", "ja", "nein"), ("Aufwärmen", "ja", ""), ("Calentamiento", "sí", "no"),
     ("Échauffement", "oui", "non"), ("Riscaldamento", "sì", "no"), ("Aquecimento", "sim", "não"),
     ("Warm-up", "WAHR", "FALSCH"), ("Warm-up", "VERDADERO", "FALSO"), ("Warmup", "✓", ""),
     ("Warm-up", "x", ""), ("Warm-up", "Yes", "No"), ("Is Warmup", "VRAI", "FAUX")],
)  # fmt: skip
def test_a_warm_up_flag_reads_yes_and_no_in_the_sheet_languages(column: str, yes: str, no: str) -> None:
    """A warm-up flag's yes (``ja``, ``sí``, a check mark, a spreadsheet's localized TRUE) marks a
    warm-up; its no or a blank cell a work set."""
    log = _log(_TWO_ROWS.format(column=column, value=yes, work=no))
    e = _only(log)
    assert (e.hard_sets, e.warmup_sets) == (1, 1), _issues(log)
    assert "not understood" not in _issues(log)


def test_an_unknown_set_type_is_reported_once_with_its_rows() -> None:
    """A set type the reader does not know is read as a work set and said once, naming the
    value and its lines - not counted silently."""
    rows = "".join(
        f"2025-11-0{d},RDL,{t},8,100\n" for d, t in [(3, "Zwischensatz"), (3, "normal"), (6, "Zwischensatz")]
    )
    log = _log("Date,Exercise,Set Type,Reps,Weight (kg)\n" + rows)
    notes = [i for i in log.issues if "Zwischensatz" in i.message]
    assert len(notes) == 1, _issues(log)
    assert notes[0].line == 2 and "lines 2 and 4" in notes[0].message
    assert "work set" in notes[0].message
    assert sum(e.hard_sets for w in log.workouts for e in w.exercises) == 3


def test_an_unknown_warm_up_flag_value_is_reported() -> None:
    """A warm-up flag's cell that is neither yes nor no is said, not read as no silently."""
    log = _log(_TWO_ROWS.format(column="Warm-up", value="vielleicht", work="nein"))
    assert any("vielleicht" in i.message for i in log.issues), _issues(log)


@given(st.sampled_from(["Warm-up", "warm up", "Aufwärmsatz", "calentamiento", "W"]), st.data())
def test_a_warm_up_word_reads_the_same_whatever_its_case_and_separators(
    word: str, data: st.DataObject
) -> None:
    """Case, accents kept or not, and spaces/hyphens/underscores between letters do not change
    what a set type cell names."""
    cased = "".join(data.draw(st.sampled_from([c.lower(), c.upper()])) for c in word)
    spaced = data.draw(st.sampled_from(["", " ", "-", "_"])).join(cased.split(" "))
    assert set_kind(spaced) == WARMUP
    assert warm_flag_kind(spaced) == WARMUP


def test_the_word_tables_tell_kinds_apart() -> None:
    """Numbers are set orders (work sets), failure words are failure, yes/no are not set kinds."""
    assert set_kind("3") == NORMAL and set_kind("Versagen") == FAILURE and set_kind("zzz") == UNKNOWN
    assert (yes_no("WAHR"), yes_no("falso"), yes_no(""), yes_no("maybe")) == (True, False, None, None)


# -- item 3: done flags ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "marks", "hard"),
    [("Completed", ["yes", "yes", "no", "no"], 2), ("Done", ["TRUE", "FALSE", "FALSE"], 1),
     ("Done", ["1", "0", "1"], 2), ("Completed", ["✓", "✗", "✓", "✓"], 3), ("Erledigt", ["ja", "nein"], 1)],
)  # fmt: skip
def test_a_set_marked_not_done_is_not_counted(column: str, marks: list[str], hard: int) -> None:
    """A Completed/Done column's no (FALSE, 0, an empty box) is a planned set not done: it is
    not counted, and the notice says how many were skipped."""
    rows = "".join(f"2025-11-03,RDL,{n},8,100,{m}\n" for n, m in enumerate(marks, 1))
    log = _log(f"Date,Exercise,Set,Reps,Weight (kg),{column}\n" + rows)
    assert _only(log).hard_sets == hard
    skipped = len(marks) - hard
    assert any(f"{skipped} set" in i.message and "not done" in i.message for i in log.issues), _issues(log)
    assert log.skipped_rows >= skipped


def test_the_review_done_flag_files_count_only_done_sets() -> None:
    """The review's files: 4 sets of which 2 done, 3 of which 1 done."""
    completed = "Date,Exercise,Set,Reps,Weight (kg),Completed\n" + "".join(
        f"2025-11-03,RDL,{n},8,100,{m}\n" for n, m in enumerate(["yes", "yes", "no", "no"], 1)
    )
    assert _only(_log(completed)).hard_sets == 2


# -- item 14: failure in a reps cell ----------------------------------------------------------


@pytest.mark.parametrize("cell", ["8 (failure)", "8 (to failure)", "8F", "8 to failure", "AMRAP 8", "8 AMRAP",
                                  "8 (Versagen)", "8 al fallo"])  # fmt: skip
def test_a_reps_note_saying_failure_marks_the_set_taken_to_failure(cell: str) -> None:
    """A reps cell with a failure note is a set to failure (as a Set Type of failure), its
    count read; AMRAP (as many reps as possible) is read as to failure too, as a range of RPE is
    read at its hardest end: what the rehab checks must see."""
    e = _only(_log(f"Date,Exercise,Reps,Weight (kg)\n2025-11-03,RDL,{cell},60\n2025-11-03,RDL,8,60\n"))
    assert (e.hard_sets, e.failure_sets, e.reps_low, e.reps_high) == (2, 1, 8, 8)


def test_a_reps_failure_note_gives_hr018_as_a_failure_set_type_does() -> None:
    """The review's rehab log with ``8 (failure)`` reps gives HR018 as ``Set Type`` failure does."""
    noted = (
        "Date,Exercise,Sets,Reps,Weight (kg)\n2025-11-03,Romanian Deadlift,3,8 (failure),60\n"
        "2025-11-06,Romanian Deadlift,3,8 (to failure),60\n"
    )
    typed = "Date,Exercise,Set Type,Reps,Weight (kg)\n" + "".join(
        f"2025-11-0{d},Romanian Deadlift,failure,8,60\n" for d in (3, 3, 3, 6, 6, 6)
    )
    when = date(2025, 11, 9)
    codes = {f.code for f in hr.check(_log(noted), goal="rehab", stage=3, as_of=when).findings}
    control = {f.code for f in hr.check(_log(typed), goal="rehab", stage=3, as_of=when).findings}
    assert "HR018" in control
    assert "HR018" in codes


def test_a_reps_cell_with_a_unit_is_not_a_noted_count() -> None:
    """``8 kg`` in a reps column is no count with a note: it is reported as before."""
    log = _log("Date,Exercise,Reps,Weight (kg)\n2025-11-03,RDL,8 kg,60\n2025-11-03,RDL,8,60\n")
    assert _only(log).hard_sets == 1
    assert any("'8 kg'" in i.message for i in log.issues)


# -- item 23: a German Strong-style export ----------------------------------------------------

_STRONG_DE = (
    "Datum;Workout-Name;Dauer;Übungsname;Satzreihenfolge;Gewicht;Wiederh.;Distanz;Sekunden;Notizen;"
    "Workout-Notizen;RPE\n"
    "2025-11-03 17:30:00;Beine A;1h 5m;Rumänisches Kreuzheben;W;60;8;0;0;;;\n"
    "2025-11-03 17:30:00;Beine A;1h 5m;Rumänisches Kreuzheben;1;100;8;0;0;;;8\n"
    "2025-11-03 17:30:00;Beine A;1h 5m;Rumänisches Kreuzheben;2;100;8;0;0;;;8,5\n"
    "2025-11-03 17:30:00;Beine A;1h 5m;Rumänisches Kreuzheben;F;100;6;0;0;;;10\n"
    "2025-11-03 17:30:00;Beine A;1h 5m;Beinbeuger liegend;1;42,5;12;0;0;;;\n"
    "2025-11-03 17:30:00;Beine A;1h 5m;Beinbeuger liegend;D;30;10;0;0;;;\n"
)


def test_a_german_strong_export_reads_its_set_order() -> None:
    """``Satzreihenfolge`` is Strong's ``Set Order``: W a warm-up, F failure, D a drop (a hard set)."""
    log = _log(_STRONG_DE)
    rdl, curl = log.workouts[0].exercises
    assert (rdl.hard_sets, rdl.warmup_sets, rdl.failure_sets) == (3, 1, 1)
    assert curl.hard_sets == 2
    assert "'Satzreihenfolge' as set type" in log.issues[0].message


@pytest.mark.parametrize("column", ["Satztyp", "Satz-Typ", "Tipo de serie", "Type de série", "Tipo di serie",
                                    "Set Type (W/N/F)"])  # fmt: skip
def test_a_set_type_column_is_recognised_in_the_sheet_languages(column: str) -> None:
    """A set type column named in German, Spanish, French or Italian is read as one."""
    e = _only(_log(_TWO_ROWS.format(column=column, value="W", work="N")))
    assert (e.hard_sets, e.warmup_sets) == (1, 1)


# -- item 25: malformed numbers ---------------------------------------------------------------


@pytest.mark.parametrize("cell", ["1e1", "1_0", "1E1", "0x10", "١٠"])
def test_a_reps_cell_in_a_python_literal_spelling_is_not_a_number(cell: str) -> None:
    """A number cell is digits with an optional decimal point or comma: ``1e1`` and ``1_0``
    (which Python's float() reads as 10) are reported, not read as 10."""
    log = _log(f"Date,Exercise,Reps,Weight (kg)\n2025-11-03,RDL,{cell},100\n2025-11-03,RDL,8,100\n")
    assert _only(log).hard_sets == 1
    assert any(repr(cell) in i.message and "not a number" in i.message for i in log.issues), _issues(log)


def test_exponent_rpe_seconds_and_weight_are_reported() -> None:
    """``1e0`` RPE, ``1e3`` seconds and ``1e2`` kg are each reported, none read as a number."""
    log = _log(
        "Date,Exercise,Reps,Weight (kg),RPE,Duration (s)\n2025-11-03,RDL,8,100,1e0,\n"
        "2025-11-03,Plank,,,,1e3\n2025-11-03,RDL,8,1e2,8,\n2025-11-03,RDL,8,100,8,\n"
    )
    said = _issues(log)
    assert "'1e0'" in said and "'1e3'" in said and "'1e2'" in said
    assert all(e.name != "Plank" for w in log.workouts for e in w.exercises)
    (rdl,) = log.workouts[0].exercises
    assert rdl.max_rpe == 8.0


def test_a_negative_zero_weight_is_zero() -> None:
    """``-0`` kg is 0 kg, not -0.0."""
    log = hr.load_log(b"Date,Exercise,Reps,Weight (kg)\n2025-11-03,RDL,8,-0\n", keep_sets=True)
    (weight,) = _only(log).weights_kg
    assert weight == 0.0 and math.copysign(1.0, weight) == 1.0


def test_a_loaded_set_of_implausible_reps_is_reported_and_its_weight_dropped() -> None:
    """1,000 reps at 100 kg is a typo (1000 for 10): reported, and the set kept without its
    weight so that its 100 t do not become the week's tonnage. Unloaded high reps are kept."""
    log = _log("Date,Exercise,Reps,Weight (kg)\n2025-11-03,RDL,1000,100\n2025-11-03,RDL,8,100\n"
               "2025-11-03,Calf raise,150,\n")  # fmt: skip
    rdl, calf = log.workouts[0].exercises
    assert rdl.tonnage_kg == 800 and rdl.hard_sets == 2
    assert calf.hard_sets == 1 and calf.reps_high == 150
    assert any("1000 reps" in i.message and "100 kg" in i.message for i in log.issues), _issues(log)


def test_a_rest_pause_set_is_one_set_of_its_reps() -> None:
    """``12+3`` (12 reps, a short pause, 3 more: rest-pause) is one set of 15 reps, said; a
    list of like sets ``8+8+6`` stays three sets."""
    log = _log("Date,Exercise,Reps,Weight (kg)\n2025-11-03,RDL,12+3,100\n2025-11-03,Curl,8+8+6,40\n")
    rdl, curl = log.workouts[0].exercises
    assert (rdl.hard_sets, rdl.reps_low) == (1, 15)
    assert rdl.tonnage_kg == 1500
    assert curl.hard_sets == 3
    assert any("12+3" in i.message and "rest-pause" in i.message for i in log.issues), _issues(log)


@given(st.integers(0, 999), st.sampled_from(["e", "E", "_", "x"]), st.integers(0, 99))
def test_no_python_literal_spelling_is_read_as_reps(a: int, mark: str, b: int) -> None:
    """Whatever the digits, a reps cell with an exponent, an underscore or a hex prefix is not
    read as a count."""
    cell = f"{a}{mark}{b}" if mark != "x" else f"0x{b}"
    log = _log(f"Date,Exercise,Reps,Weight (kg)\n2025-11-03,RDL,{cell},100\n2025-11-03,RDL,8,100\n")
    assert _only(log).hard_sets == 1


# -- item 28: a column named twice ------------------------------------------------------------


def test_a_log_column_named_twice_reads_the_first_and_says_so() -> None:
    """``Reps,Reps``: the first is read, and the notice names both columns; not 'no reps column'."""
    log = _log("Date,Exercise,Reps,Reps,Weight\n2025-11-03,RDL,8,12,100\n")
    assert _only(log).reps_high == 8
    said = log.issues[0].message
    assert "'Reps' is named twice (columns 3 and 4)" in said and "column 4 is not read" in said


def test_a_program_column_named_twice_is_refused_naming_its_columns(tmp_path: Path) -> None:
    """A program sheet ``Day,Exercise,Sets,Reps,Reps``: refused naming the column and its positions
    (it said 'reps: Field required')."""
    path = tmp_path / "p.csv"
    path.write_text("Day,Exercise,Sets,Reps,Reps\nMonday,RDL,3,8,12\n", encoding="utf-8")
    with pytest.raises(hr.ProgramError, match=r"'Reps' is named twice \(columns 4 and 5\)"):
        hr.load_program(path)


# -- item 27: check - of an export with a title above its header ------------------------------


def test_check_stdin_reads_an_export_with_a_title_row_as_its_path_does(tmp_path: Path) -> None:
    """``cat log.csv | check -`` finds the header below a title row, as ``check log.csv`` does."""
    text = (
        "Trainingslog Max Mustermann;;;;\nDatum;Übung;Satz;Gewicht (kg);Wdh.;RPE;Notiz\n"
        "03.11.2025;Rumänisches Kreuzheben;1;82,5;8;8\n03.11.2025;Rumänisches Kreuzheben;2;82,5;8;8,5\n"
        "06.11.2025;Beinbeuger sitzend;1;45;12;8\n"
    )
    path = tmp_path / "log.csv"
    path.write_text(text, encoding="utf-8")
    runs = [
        subprocess.run([sys.executable, "-m", "hamstring_rules", "check", *args, "--as-of", "2025-11-30"],
                       input=stdin, capture_output=True, text=True, timeout=120, check=False)
        for args, stdin in (([str(path)], None), (["-"], text))
    ]  # fmt: skip
    assert [r.returncode for r in runs] == [runs[0].returncode] * 2, runs[1].stderr
    assert runs[0].returncode in (0, 1) and "mapping" not in runs[1].stderr


_MARKS = ["yes", "no", "TRUE", "FALSE", "ja", "nein", "✓", "✗", "1", "0", ""]


@given(st.lists(st.sampled_from(_MARKS), min_size=1, max_size=600))
def test_the_sets_counted_are_the_sets_not_marked_not_done(marks: list[str]) -> None:
    """Over any number of rows (chunks of 256 too), the hard sets are the rows whose done mark
    is not a no, and every other row is a skipped row."""
    rows = "".join(f"2025-11-03,RDL,{m},8,100\n" for m in marks)
    no = {"no", "FALSE", "nein", "✗", "0"}
    done = sum(m not in no for m in marks)
    try:
        log = _log("Date,Exercise,Done,Reps,Weight (kg)\n" + rows)
    except hr.LogFormatError:
        assert done == 0  # no set at all: 'no sets found'
        return
    assert _only(log).hard_sets == done
    assert log.skipped_rows == len(marks) - done


def test_many_odd_set_types_are_said_in_a_few_notices() -> None:
    """A sheet's own set labels (A1, B2 ...) are said value by value up to a limit, the rest counted."""
    rows = "".join(f"2025-11-03,RDL,Q{n},8,100\n" for n in range(40))
    log = _log("Date,Exercise,Set Type,Reps,Weight (kg)\n" + rows)
    assert _only(log).hard_sets == 40
    said = [i.message for i in log.issues if "not understood" in i.message]
    assert 2 <= len(said) <= 12 and any("30 more sets" in m for m in said), said
