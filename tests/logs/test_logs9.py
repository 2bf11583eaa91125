"""logs9: a logged 0 weight is a value, body-weight marks kept per set, out-of-order times of
day, and a refused log header on standard input read as a log."""

from __future__ import annotations

import datetime as dt
import io
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.cli import main

from ..logwriters import FORMATS, WorkoutSpec, write


def _stdin_error(monkeypatch: pytest.MonkeyPatch, data: bytes) -> tuple[int, str]:
    """``check -`` of ``data`` in this process: its exit code and its error line."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    err = io.StringIO()
    code = main(["check", "-"], stdout=io.StringIO(), stderr=err)
    return code, err.getvalue().strip()


def _path_error(tmp_path: Path, data: bytes) -> tuple[int, str]:
    """``check`` of ``data`` saved as ``stdin.csv``: its exit code and its error line."""
    path = tmp_path / "stdin.csv"
    path.write_bytes(data)
    err = io.StringIO()
    code = main(["check", str(path)], stdout=io.StringIO(), stderr=err)
    return code, err.getvalue().strip().replace(str(path), "stdin.csv")


# -- 4: a refused log header on standard input is read as the log it is ----------------------


_QUOTED_WHOLE = [
    '"Date,Exercise,Reps"\n"2025-11-03,Romanian Deadlift,8"\n"2025-11-05,Nordic Curl,5"\n',
    '"Datum;Übung;Wiederholungen"\n"03.11.2025;RDL;8"\n',
    '\n\n"Workout,Date,Exercise,Reps,Weight"\n"A,2025-11-03,RDL,8,60"\n',
]
_REFUSED = [
    *_QUOTED_WHOLE,
    "Date,Exercise,Reps,Weight (st)\n2025-11-03,RDL,8,5\n",  # a weight column in stone
    '"Date,Exercise,Reps\n2025-11-03,RDL,8\n2025-11-04,RDL,8"\n2025-11-05,RDL,8\n',  # a stray quote
]


@pytest.mark.parametrize("text", _REFUSED)
def test_a_refused_log_header_on_stdin_gets_the_error_a_path_gets(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str
) -> None:
    """A log whose header is found and refused (each line one quoted cell; stone; a stray
    quote) gives on ``check -`` the error a path gives, not a YAML error."""
    data = text.encode("utf-8")
    by_stdin, by_path = _stdin_error(monkeypatch, data), _path_error(tmp_path, data)
    assert by_stdin == by_path
    assert by_stdin[0] == 2 and "YAML" not in by_stdin[1] and "a program must be" not in by_stdin[1]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Date", "Exercise", "Reps", "Weight", "RPE", "Notes"]), min_size=3, unique=True
    ),
    st.sampled_from([",", ";", "\t"]),
)
def test_any_log_quoted_whole_line_by_line_is_a_log_on_stdin(columns: list[str], sep: str) -> None:
    """Whatever the columns and separator, a log header quoted whole is a log's header on
    standard input exactly when its unquoted form is one."""
    from hamstring_rules.logs import log_header_in

    header = sep.join(columns)
    quoted = f'"{header}"\n' + f'"{sep.join("1" for _ in columns)}"\n'
    assert log_header_in(quoted) == log_header_in(header + "\n" + sep.join("1" for _ in columns) + "\n")


def test_a_yaml_program_on_stdin_stays_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """A YAML program with a quoted scalar over two lines is not taken for a log."""
    code, error = _stdin_error(monkeypatch, b'name: "a\nb"\nsessions: []\n')
    assert code == 2 and error.startswith("hamstring-rules: error: stdin.yaml")


# -- 3: a Time column of times of day whose rows are not in time order -----------------------


def _load(tmp_path: Path, text: str) -> hr.WorkoutLog:
    path = tmp_path / "log.csv"
    path.write_text(text, encoding="utf-8")
    return hr.load_log(path)


def _starts(log: hr.WorkoutLog) -> list[tuple[str, list[str]]]:
    return [(w.start.isoformat(" ", "minutes"), [e.name for e in w.exercises]) for w in log.workouts]


def test_an_evening_row_above_the_morning_is_read_by_its_time(tmp_path: Path) -> None:
    """An evening's rows above the morning's on one date are two sessions, read in time order
    and said; the column was left unread (one session at midnight)."""
    rows = [
        "2025-11-03,19:00,Nordic Curl",
        "2025-11-03,07:00,Romanian Deadlift",
        "2025-11-03,07:10,Seated Leg Curl",
        "2025-11-06,07:00,Romanian Deadlift",
        "2025-11-06,18:30,Nordic Curl",
    ]
    log = _load(tmp_path, "Date,Time,Exercise,Reps\n" + "".join(f"{r},8\n" for r in rows))
    assert _starts(log) == [
        ("2025-11-03 07:00", ["Romanian Deadlift", "Seated Leg Curl"]),
        ("2025-11-03 19:00", ["Nordic Curl"]),
        ("2025-11-06 07:00", ["Romanian Deadlift"]),
        ("2025-11-06 18:30", ["Nordic Curl"]),
    ]
    said = [str(i) for i in log.issues if "not in time order" in i.message]
    assert said == [
        "line 3: the rows of 1 date are not in time order (2025-11-03: 19:00 above 07:00): each day's "
        "sessions are read in time order, by the 'Time' column"
    ]


_SESSION_TIMES = ["06:00", "09:15", "12:30", "15:45", "19:00", "22:15"]  # 3 h or more apart


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_SESSION_TIMES), min_size=1, max_size=3, unique=True).flatmap(
            st.permutations
        ),
        min_size=1,
        max_size=4,
    )
)
def test_sessions_in_any_order_within_a_day_read_as_in_time_order(days: list[list[str]]) -> None:
    """Whatever order a day's sessions (3 hours or more apart) are listed in, the log reads as
    the same sessions listed in time order; a notice is there exactly when a day steps back."""
    import datetime as dt

    def text(order: list[list[str]]) -> str:
        lines = ["Date,Time,Exercise,Reps"]
        for d, times in enumerate(order):
            day = dt.date(2025, 11, 3) + dt.timedelta(days=2 * d)
            lines += [f"{day},{t},Romanian Deadlift,8\n{day},{t},Nordic Curl,5" for t in times]
        return "\n".join(lines) + "\n"

    def sessions(log: hr.WorkoutLog) -> list[tuple[str, list[str]]]:  # a session's exercises as a set
        return [(start, sorted(names)) for start, names in _starts(log)]

    as_listed = hr.load_log(io.StringIO(text(days)))
    in_order = hr.load_log(io.StringIO(text([sorted(times) for times in days])))
    assert sessions(as_listed) == sessions(in_order)
    assert len(in_order.workouts) == sum(map(len, days))
    stepped_back = any(times != sorted(times) for times in days)
    said = ("not in time order", "newest first")  # a file all newest first is said so, as before
    assert any(w in i.message for i in as_listed.issues for w in said) == stepped_back


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 4 * 60 + 59), min_size=2, max_size=8))
def test_small_times_that_go_up_and_down_stay_unread(minutes: list[int]) -> None:
    """A Time column of durations or rests (all under 5:00, in any order) is not read as the
    time of day: one session a date."""
    cells = [f"{m // 60}:{m % 60:02d}" for m in minutes]
    body = "".join(f"2025-11-03,{c},Plank,1\n" for c in cells)
    log = hr.load_log(io.StringIO("Date,Time,Exercise,Reps\n" + body))
    assert [w.start.isoformat(" ", "minutes") for w in log.workouts] == ["2025-11-03 00:00"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(5 * 60, 20 * 60), min_size=3, max_size=8))
def test_times_stepping_back_less_than_a_session_gap_stay_unread(minutes: list[int]) -> None:
    """Times up and down by less than 3 hours within a day (6:30, 7:30, 6:45: minutes of a
    set, not sessions) are not read as the time of day; rising ones, or ones stepping back by a
    session's gap, are."""
    cells = [f"{m // 60}:{m % 60:02d}" for m in minutes]
    body = "".join(f"2025-11-03,{c},Plank,1\n" for c in cells)
    log = hr.load_log(io.StringIO("Date,Time,Exercise,Reps\n" + body))
    backs = [a - b for a, b in pairwise(minutes) if b < a]
    rises = any(b > a for a, b in pairwise(minutes))
    read = not backs or not rises or min(backs) >= 180
    assert any("'Time' as the time of day" in i.message for i in log.issues) == read


# -- 1: a logged 0 weight is a value, a blank none --------------------------------------------


W36 = dt.date(2025, 9, 1)  # a Monday, ISO week 2025-W36


def _weekly(name: str, cells: list[str], reps: str = "5") -> hr.WorkoutLog:
    """A log of ``name``, one week a cell: two workouts a week of three sets at that weight cell."""
    lines = ["Date,Exercise,Reps,Weight (kg)"]
    for w, cell in enumerate(cells):
        for d in (0, 3):
            day = W36 + dt.timedelta(weeks=w, days=d)
            lines += [f'{day},{name},"{reps}","{cell}"'] * 3
    return hr.load_log(io.StringIO("\n".join(lines) + "\n"), name="log.csv")


def _hr033(log: hr.WorkoutLog, weeks: int) -> list[hr.Finding]:
    report = hr.check(log, goal="rehab", stage=3, as_of=W36 + dt.timedelta(weeks=weeks))
    return [f for f in report if f.code == "HR033"]


def _label(week: int) -> str:
    year, number, _ = (W36 + dt.timedelta(weeks=week)).isocalendar()
    return f"{year}-W{number:02d}"


@pytest.mark.parametrize("zero", ["0", "0.0", "0 kg", "0,0", "0kg", "0 lb"])
def test_all_assistance_taken_away_is_a_rehab_load_jump(zero: str) -> None:
    """An assisted Nordic at 30 kg of assistance, then a logged 0 (however written): the whole
    body to lower, a 30 kg drop of assistance (HR033); the 0 had read as no weight logged."""
    (jump,) = _hr033(_weekly("Assisted Nordic Curl", ["30", "30", zero]), 3)
    assert jump.location.week_label == _label(2)
    assert "Assisted Nordic Curl 30.0 kg -> 0.0 kg of assistance" in jump.message


def test_a_blank_assistance_week_says_nothing() -> None:
    """A blank weight is no assistance logged: 30, blank, 30 is no drop, as before."""
    assert _hr033(_weekly("Assisted Nordic Curl", ["30", "", "30"]), 3) == []


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["", "0", "0 kg", "5", "10", "20", "30"]), min_size=1, max_size=7))
def test_assistance_drops_count_a_logged_zero_and_skip_a_blank(cells: list[str]) -> None:
    """Any weekly assistance, a logged 0 among them: HR033 names exactly the weeks whose
    assistance is more than 5 kg below the least of the latest 2 weeks with some logged, a 0
    being some (none: the whole body) and a blank none."""
    expected: list[str] = []
    recent: list[float] = []
    for w, cell in enumerate(cells):
        if not cell:
            continue
        kg = float(cell.split()[0])
        if recent and min(recent) - kg > 5:
            expected.append(_label(w))
        recent = [*recent, kg][-2:]
    assert [
        f.location.week_label for f in _hr033(_weekly("Assisted Nordic Curl", cells), len(cells))
    ] == expected


#: A weight cell: its added load in kilograms (``None``: none), a logged 0, a body-weight mark,
#: the assistance it marks (``None``: no mark).
_CELLS: dict[str, tuple[float | None, bool, bool, float | None]] = {
    "": (None, False, False, None),
    "0": (None, True, False, None),
    "0.0": (None, True, False, None),
    "0 kg": (None, True, False, None),
    "BW": (None, False, True, 0.0),
    "bodyweight": (None, False, True, 0.0),
    "BW+5": (5.0, False, True, 0.0),
    "bw + 10 kg": (10.0, False, True, 0.0),
    "BW-15": (None, False, True, 15.0),  # assisted: no load, 15 kg of help
    "Body weight - 7.5 kg": (None, False, True, 7.5),
    "20": (20.0, False, False, None),
    "12.5 kg": (12.5, False, False, None),
}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(sorted(_CELLS)), min_size=1, max_size=12), st.booleans(), st.booleans())
def test_zero_and_body_weight_sets_are_counted_however_the_rows_are_read(
    cells: list[str], keep_sets: bool, listed: bool
) -> None:
    """Each set's logged 0 and body-weight mark is counted once, whether the rows are read a
    column at a time or one by one (a reps cell of ``1x8``), with or without ``keep_sets``; a
    plain lift's 0 is a set without external load (no top set from it)."""
    reps = "1x8" if listed else "8"
    body = "".join(f'2025-11-03,Romanian Deadlift,{reps},"{c}"\n' for c in cells)
    log = hr.load_log(io.StringIO("Date,Exercise,Reps,Weight\n" + body), keep_sets=keep_sets)
    (ex,) = log.workouts[0].exercises
    zeros = sum(_CELLS[c][1] for c in cells)
    marked = sum(_CELLS[c][2] for c in cells)
    assert (ex.hard_sets, ex.zero_weight_sets, ex.body_weight_sets) == (len(cells), zeros, marked)
    (week,) = log.progress()
    assert (week.zero_weight_sets, week.body_weight_sets) == (zeros, marked)
    loads = [kg for c in cells if (kg := _CELLS[c][0]) is not None]
    assert ex.top_kg == (max(loads) if loads else None)
    helps = [kg for c in cells if (kg := _CELLS[c][3]) is not None]
    assert ex.assistance_kg == week.assistance_kg == (max(helps) if helps else None)


# -- 2: BW+ is load added to the body, set by set ----------------------------------------------


def test_bw_plus_five_then_ten_is_no_jump() -> None:
    """BW+5 then BW+10 (no week at body weight alone) is 5 kg added, not 'jumped 2x'; BW+5 then
    BW+20 is a 15 kg rise of added load, judged as HR033-bodyweight judges it."""
    assert _hr033(_weekly("Romanian Deadlift", ["BW+5", "BW + 10 kg"]), 2) == []
    (jump,) = _hr033(_weekly("Romanian Deadlift", ["BW+5", "BW+20"]), 2)
    assert jump.message == (
        "Load added to body weight rose by 15.0 kg: "
        "Romanian Deadlift body weight + 5.0 kg -> body weight + 20.0 kg."
    )


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([0, 2.5, 5, 7.5, 10, 15, 20, 30]), min_size=1, max_size=7))
def test_added_loads_are_judged_in_kilograms(added: list[float]) -> None:
    """Any weekly BW+x on a lift the catalog loads (an RDL): HR033 names exactly the weeks whose
    added load rose more than 5 kg over the most of its latest 2 trained weeks - a week at body
    weight alone (BW+0) adds 0, so BW then BW+20 is a 20 kg rise (rv21 N1) - never as a ratio of
    the added load."""
    found = _hr033(_weekly("Romanian Deadlift", [f"BW+{a:g}" for a in added]), len(added))
    expected: list[str] = []
    recent: list[float] = []
    for w, kg in enumerate(added):
        if recent and kg - max(recent) > 5:
            expected.append(_label(w))
        recent = [*recent, kg][-2:]
    assert [f.location.week_label for f in found] == expected
    assert all(f.message.startswith("Load added to body weight") for f in found)


# -- review20 D1: a number cell past a float's range is reported, never a crash ------------------


_ROWS = {  # an export's header and one set row
    "strong": (
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
        "Workout Notes,RPE",
        "2025-11-03 18:00:00,Legs,1h,Romanian Deadlift,1,100,8,0,0,,,8",
    ),
    "hevy": (
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
        "set_type,weight_kg,reps,distance_km,duration_seconds,rpe",
        'Lower,"3 Nov 2025, 07:48","3 Nov 2025, 09:01",,Romanian Deadlift (Barbell),,,0,normal,100,8,0,0,8',
    ),
    "fitnotes": (
        "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time",
        "2025-11-03,Romanian Deadlift,Legs,100,8,0,km,0:00:00",
    ),
    "generic": (
        "Date,Exercise,Weight,Reps,Sets,RPE,Duration,Distance",
        "2025-11-03,Romanian Deadlift,100,8,3,8,60,100",
    ),
    "numbered": ("Date,Exercise,Serie,Reps,Weight", "2025-11-03,Romanian Deadlift,1,8,100"),
}

_HUGE = st.builds(
    lambda sign, digits, tail: sign + digits + tail,
    st.sampled_from(["", "-", "+"]),
    st.integers(300, 5000).map(lambda n: "9" * n),
    st.sampled_from(["", ".5", ",5", " kg", "s"]),
) | st.sampled_from(["²", "٣", "１２", "1e309", "-1e309", "0." + "9" * 400])


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_ROWS)), st.data())
def test_a_huge_number_in_any_cell_is_reported_not_a_crash(export: str, data: st.DataObject) -> None:
    """A cell of hundreds of digits (infinity as a float, past int()'s 4,300 digits) or digits of
    another script in any column of an export: the row is reported or read, never an
    OverflowError or ValueError (a Seconds cell of 400 nines crashed load_log and check)."""
    import csv

    header, row = _ROWS[export]
    cells = next(csv.reader([row]))
    column = data.draw(st.integers(0, len(cells) - 1))
    cells[column] = data.draw(_HUGE)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerows([next(csv.reader([header])), cells, next(csv.reader([row]))])
    try:
        log = hr.load_log(out.getvalue().encode("utf-8"))
    except hr.HamstringRulesError:
        return
    hr.check(log, as_of=dt.date(2025, 11, 30)).to_json()


# -- review20 D9: an export pasted twice, or two joined, is said -----------------------------------


_LIFTS = ["Romanian Deadlift (Barbell)", "Lying Leg Curl (Machine)", "Good Morning (Barbell)", "Nordic"]


@st.composite
def _grouped(draw: st.DrawFn) -> list[WorkoutSpec]:
    """Workouts as an app writes them: each exercise's sets together, work sets in each."""
    days = draw(st.lists(st.integers(0, 60), min_size=1, max_size=4, unique=True))
    out: list[WorkoutSpec] = []
    for i, offset in enumerate(sorted(days)):
        names = draw(st.lists(st.sampled_from(_LIFTS), min_size=1, max_size=3, unique=True))
        sets: list[tuple[str, str, float | None, int]] = [
            (name, kind, 60.0, 8)
            for name in names
            for kind in ["warmup"] * draw(st.integers(0, 1)) + ["normal"] * draw(st.integers(1, 4))
        ]
        out.append((f"Workout {i}", dt.datetime(2025, 1, 6, 7, 30) + dt.timedelta(days=offset), sets))
    return out


def _said(log: hr.WorkoutLog, words: str) -> list[str]:
    return [str(i) for i in log.issues if words in i.message]


@settings(max_examples=40, deadline=None)
@given(_grouped(), st.sampled_from(FORMATS))
def test_rows_pasted_twice_are_said_and_an_export_once_is_not(workouts: list[WorkoutSpec], fmt: str) -> None:
    """An app's export read once says nothing of repeats; its rows written twice under one
    header (an export pasted twice) say so at a row of the second copy and are read once
    (logs25: N13), unless it is one exercise's sets (more sets of it, as far as any reader can
    tell, but for one set row repeating the row above, set number too: one set)."""
    text = write(fmt, workouts)
    once = hr.load_log(io.StringIO(text), name="x.csv")
    assert _said(once, "resume after") == []
    header, _, rows = text.partition("\n")
    twice = hr.load_log(io.StringIO(header + "\n" + rows + rows), name="x.csv")
    keys = {(title, name) for title, _, sets in workouts for name, _, _, _ in sets}
    hard = [sum(e.hard_sets for w in log.workouts for e in w.exercises) for log in (once, twice)]
    kinds = {kind for _, _, sets in workouts for _, kind, _, _ in sets}
    if len(workouts) == 1 and (fmt == "fitnotes" or (fmt.startswith("strong") and "warmup" in kinds)):
        # an exercise starting with Strong's W, or FitNotes' (no set number), resumed in the one workout:
        # more sets
        assert hard[0] <= hard[1] <= 2 * hard[0]
        return
    said = _said(twice, "logged again further down")
    assert len(said) == (len(keys) > 1)  # one exercise's sets twice in a row are more sets of it
    assert _said(twice, "resume after") == []
    if said:  # at a row of the second copy
        assert int(said[0].split(":")[0].removeprefix("line ")) > 1 + rows.count("\n")
    one_set = rows.count("\n") == 1 and fmt != "fitnotes"  # its copy repeats the row above, set number too
    assert hard[1] == (1 if said or one_set else 2) * hard[0]


@settings(max_examples=25, deadline=None)
@given(_grouped(), _grouped(), st.sampled_from(FORMATS))
def test_a_second_header_is_said_not_read_as_a_bad_row(
    first: list[WorkoutSpec], second: list[WorkoutSpec], fmt: str
) -> None:
    """Two exports joined (``cat a.csv b.csv``): the second header is said as such, never as a
    row whose reps are 'not a number' or whose set order is 'not understood'."""
    a = write(fmt, first)
    log = hr.load_log(io.StringIO(a + write(fmt, second)), name="x.csv")
    line = 1 + a.count("\n")
    assert [i.message for i in log.issues if i.line == line] == [
        f"the header again on line {line}: two exports joined? the rows below it are read too (the "
        "sets of a workout they repeat set for set are read once)"  # logs25: N13
    ]


def test_a_hand_kept_circuit_is_no_repeat(tmp_path: Path) -> None:
    """A hand-kept sheet going round a circuit (RDL, curl, RDL, curl) is read without the
    notice: only an app's export keeps each exercise's sets together."""
    rows = ["Romanian Deadlift", "Leg Curl", "Romanian Deadlift", "Leg Curl"]
    log = _load(tmp_path, "Date,Exercise,Reps\n" + "".join(f"2025-11-03,{r},8\n" for r in rows))
    assert _said(log, "resume after") == []


# -- review20 D25: "name of the exercise" headers in the sheet languages -------------------------


@pytest.mark.parametrize(
    ("exercise", "workout"),
    [
        ("Nombre del ejercicio", "Nombre del entrenamiento"),
        ("Nom de l'exercice", "Nom de l'entraînement"),
        ("Nom exercice", "Nom séance"),
        ("Nome esercizio", "Nome allenamento"),
        ("Nome dell'esercizio", "Nome della sessione"),
        ("Nome do exercício", "Nome do treino"),
        ("Name der Übung", "Name des Trainings"),
        ("Name of the exercise", "Name of the workout"),
    ],
)
def test_the_name_of_the_exercise_is_the_exercise_column(exercise: str, workout: str) -> None:
    """A header naming "the name of the exercise" (and of the workout) in the sheet languages
    is read as the exercise (and workout name) column; the file was refused, 'no exercise
    column'."""
    text = (
        f"Fecha;{workout};{exercise};Repeticiones;Peso\n2025-11-03 18:00:00;Pierna;Peso muerto rumano;8;60\n"
    )
    log = hr.load_log(io.StringIO(text), name="x.csv")
    (workout_read,) = log.workouts
    assert workout_read.title == "Pierna"
    assert [(e.name, e.hard_sets, e.top_kg) for e in workout_read.exercises] == [
        ("Peso muerto rumano", 1, 60.0)
    ]


@pytest.mark.parametrize("notes", ["Notas del ejercicio", "Nom de l'exercice (notes)", "Exercise Notes"])
def test_notes_of_the_exercise_are_not_the_exercise(notes: str) -> None:
    """A notes column about the exercise is never read as its name, first or not."""
    text = f"Date,{notes},Exercise,Reps\n2025-11-03,felt good,RDL,8\n"
    log = hr.load_log(io.StringIO(text), name="x.csv")
    assert [e.name for w in log.workouts for e in w.exercises] == ["RDL"]


# -- review20 D15: a header of 100,000 columns is refused before its columns are read ------------


def test_a_header_of_too_many_columns_is_refused_quickly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A header of 100,000 columns (a known header and junk, or junk alone) is an
    InputLimitError naming the count and line, in well under the 6 CPU-seconds it took to
    classify them; ``check -`` gives the same error. Counted, not timed (a 2 CPU-s budget flaked on
    a loaded machine): no more cells are read as a column's name than the limit's columns."""
    from hamstring_rules import logs
    from hamstring_rules.logs import MAX_LOG_COLUMNS

    named: list[str] = []
    real = logs._role_name

    def counted(cell: str, *args: Any, **kwargs: Any) -> Any:
        named.append(cell)
        return real(cell, *args, **kwargs)

    monkeypatch.setattr(logs, "_role_name", counted)

    junk = ",".join(f"c{i}" for i in range(100_000))
    for header in (junk, "Date,Exercise,Reps," + junk):
        text = f"{header}\n{','.join('1' for _ in header.split(','))}\n"
        named.clear()
        with pytest.raises(hr.InputLimitError, match=f"header has {len(header.split(',')):,} columns") as err:
            hr.load_log(io.StringIO(text), name="wide.csv")
        assert len(named) <= 4 * MAX_LOG_COLUMNS, len(named)  # 4 a column read (measured: 2014 for 503)
        assert err.value.location == "wide.csv:1"
        assert _stdin_error(monkeypatch, text.encode()) == _path_error(tmp_path, text.encode())
    wide = "Date,Exercise,Reps," + ",".join(f"c{i}" for i in range(MAX_LOG_COLUMNS - 3))
    log = hr.load_log(io.StringIO(f"{wide}\n2025-11-03,RDL,8{',' * (MAX_LOG_COLUMNS - 3)}\n"), name="x.csv")
    assert [e.hard_sets for w in log.workouts for e in w.exercises] == [1]  # at the limit: read


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["", "BW", "BW-5", "BW-10", "BW - 20 kg", "BW-30"]), min_size=1, max_size=7))
def test_assistance_marked_bw_minus_is_judged_as_assistance(cells: list[str]) -> None:
    """A Nordic logged ``BW-30`` then ``BW-10`` (30 kg of a band's help, then 10) is assisted by
    its marks, whatever its name: HR033 names exactly the weeks whose assistance is more than 5 kg
    below the least of the latest 2 weeks with some logged (``BW``: none, the whole body; a blank
    week says nothing); both had read as no load at all."""
    expected: list[str] = []
    recent: list[float] = []
    helped = any(c.startswith("BW-") or c.startswith("BW - ") for c in cells)
    for w, cell in enumerate(cells):
        if not cell or not helped:
            continue
        kg = float(cell.replace("BW", "").replace("kg", "").replace(" ", "").lstrip("-") or 0)
        if recent and min(recent) - kg > 5:
            expected.append(_label(w))
        recent = [*recent, kg][-2:]
    found = _hr033(_weekly("Nordic Curl", cells), len(cells))
    assert [f.location.week_label for f in found] == expected
    assert all("of assistance" in f.message for f in found)


def test_bw_minus_in_a_pound_log_is_pounds_of_help() -> None:
    """``BW-66`` in a pound log is 66 lb of help (30 kg), said in pounds; a cell naming kg is kg."""
    lines = ["Date,Exercise,Reps,Weight (lbs)"]
    for w, cell in enumerate(["BW-66", "BW-66", "BW - 5 kg"]):
        day = W36 + dt.timedelta(weeks=w)
        lines += [f'{day},Nordic Curl,5,"{cell}"'] * 3
    log = hr.load_log(io.StringIO("\n".join(lines) + "\n"), name="log.csv")
    assert [e.assistance_kg for w in log.workouts for e in w.exercises] == [29.937, 29.937, 5.0]
    (jump,) = _hr033(log, 3)
    assert "Nordic Curl 66.0 lb -> 11.0 lb of assistance" in jump.message


@pytest.mark.parametrize(
    ("name", "cells"),
    [
        ("Nordic Curl", ["BW", "BW", "BW+20"]),
        ("Romanian Deadlift", ["BW", "BW+20"]),
        ("45 Degree Back Extension", ["0", "20"]),
    ],
)
def test_the_first_load_put_on_a_body_weight_lift_is_a_rise_from_nothing(name: str, cells: list[str]) -> None:
    """rv21 N1: body weight alone, then 20 kg added, is a 20 kg rise in a week (HR033-bodyweight);
    it was not compared at all (a week at body weight had no top set to rise from)."""
    (jump,) = _hr033(_weekly(name, cells), len(cells))
    assert jump.message.startswith("Load added to body weight rose by 20.0 kg"), jump.message


def test_a_superset_logged_set_by_set_counts_each_exercise_once() -> None:
    """rv21 N2: a Strong superset of three exercises logged in turn (RDL, curl, Nordic, RDL...)
    resumes each exercise twice; the notice counted every resumption ('6 exercises') and named
    only a pasted export. It counts the exercises and names the superset as a reading."""
    header = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    header += "Workout Notes,RPE"
    names = ["Romanian Deadlift (Barbell)", "Lying Leg Curl (Machine)", "Nordic Hamstring Curl"]
    rows = [
        f"2025-11-03 18:00:00,Legs,1h,{name},{n},{40 + 10 * k},8,0,0,,,"
        for n in (1, 2, 3)
        for k, name in enumerate(names)
    ]
    log = hr.load_log(io.StringIO("\n".join([header, *rows]) + "\n"), name="x.csv")
    (said,) = _said(log, "resume after")
    assert "the sets of 3 exercises resume" in said and "superset" in said, said


@pytest.mark.parametrize(("superset", "said"), [("0", False), ("", True)])
def test_a_superset_the_app_marks_is_no_resumed_exercise(superset: str, said: bool) -> None:
    """A Hevy superset (leg curl, back extension, leg curl, back extension, each row naming
    superset_id 0) was said to 'resume after other rows' - an export pasted twice? - though the
    export says its exercises alternate. Said only when the rows name no superset."""
    header = (
        '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes",'
        '"set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"'
    )
    when = '"3 Nov 2025, 18:00","3 Nov 2025, 19:00"'
    rows = [
        f'"Legs",{when},"","{name}","{superset}","",{i},"normal",40,10,"","",""'
        for i in range(2)
        for name in ("Lying Leg Curl (Machine)", "Back Extension (Hyperextension)")
    ]
    log = hr.load_log(io.StringIO("\n".join([header, *rows]) + "\n"), name="hevy.csv")
    assert [e.hard_sets for w in log.workouts for e in w.exercises] == [2, 2]
    assert bool(_said(log, "resume after")) is said
