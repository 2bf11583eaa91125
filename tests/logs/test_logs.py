"""Workout-app CSV exports: Strong (three headers), Hevy (kg and lb), FitNotes."""

from __future__ import annotations

import io
import itertools
import os
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logwriters import FORMATS, STRONG_V1, STRONG_V2, STRONG_V3, WorkoutSpec, write

DATA = Path(__file__).resolve().parent.parent / "data"


def _bad_rows(log: hr.WorkoutLog) -> tuple[hr.LogIssue, ...]:
    """The log's issues without the notices that the export does not record its unit and that
    its times are in UTC."""
    notices = ("does not record its weight unit", "times are in UTC")
    return tuple(i for i in log.issues if not any(n in i.message for n in notices))


@pytest.mark.parametrize(
    ("file", "fmt", "unit"),
    [
        ("hevy_kg.csv", "hevy_kg", "kg"),
        ("hevy_lb.csv", "hevy_lb", "lb"),
        ("strong_v1.csv", "strong", "kg"),
        ("strong_v2.csv", "strong_units", "kg"),
        ("strong_v3.csv", "strong_6", "kg"),
        ("fitnotes.csv", "fitnotes", "kg"),
    ],
)
def test_formats_are_detected_from_the_header(file: str, fmt: str, unit: str) -> None:
    """Each real header variant is recognised."""
    log = hr.load_log(DATA / file)
    assert (log.format, log.unit) == (fmt, unit)
    assert log.workouts


def test_hevy_warmups_are_not_hard_sets_and_bodyweight_kept() -> None:
    """Hevy: warm-up sets are counted apart; failure and drop sets are hard; blank weight kept."""
    log = hr.load_log(DATA / "hevy_kg.csv", keep_sets=True)
    first = log.workouts[0]
    rdl = first.exercises[0]
    assert (rdl.hard_sets, rdl.warmup_sets) == (3, 1)
    back = next(e for e in first.exercises if e.name.startswith("Back Extension"))
    assert back.hard_sets == 3 and back.weights_kg == (None, None, None)
    assert first.start == datetime(2025, 11, 3, 7, 48)


def test_pounds_are_normalised_to_kg() -> None:
    """Hevy lb and Strong's per-row unit become kilograms."""
    rdl = hr.load_log(DATA / "hevy_lb.csv", keep_sets=True).workouts[0].exercises[0]
    assert rdl.weights_kg == pytest.approx((102.058, 102.058), abs=0.01)
    assert rdl.top_kg == pytest.approx(102.058, abs=0.01)
    curl = hr.load_log(DATA / "strong_v2.csv", keep_sets=True).workouts[0].exercises[0]
    assert curl.weights_kg[1] == pytest.approx(39.92, abs=0.01)


def test_strong_warmup_letter_rest_rows_and_bad_row() -> None:
    """Strong: 'W' is a warm-up, rest-timer rows are skipped, a bad row is reported by line."""
    log = hr.load_log(DATA / "strong_v1.csv")
    legs = log.workouts[0]
    assert [e.name for e in legs.exercises] == ["Romanian Deadlift (Barbell)", "Seated Leg Curl (Machine)"]
    assert legs.exercises[0].warmup_sets == 1
    assert log.skipped_rows == 1
    assert [i.line for i in _bad_rows(log)] == [8]


RDL = "Romanian Deadlift (Barbell)"
WHEN = "2025-11-03 18:00:00"
STRONG_ROWS = {  # how Strong writes a set, its rest timer and a note (Set Order "Rest Timer", "Note")
    "strong": (STRONG_V1, ",", 'WHEN,"Legs",1h,"RDL",{order},{weight},{reps},0,{seconds},"",,'),
    "strong_units": (STRONG_V2, ";", 'WHEN;"Legs";"RDL";{order};{weight};kg;{reps};;;;{seconds};"";'),
    "strong_6": (
        STRONG_V3,
        ";",
        '"1";"WHEN";"Legs";"3600";"RDL";"{order}";"{weight}";"{reps}";"";"";"{seconds}";"";""',
    ),
}


@pytest.mark.parametrize("fmt", sorted(STRONG_ROWS))
def test_strong_rest_timer_and_note_rows_are_skipped_not_sets(tmp_path: Path, fmt: str) -> None:
    """A rest timer (reps 0 or empty, Seconds 90) or a note is no set; nor is a row with Seconds
    and no reps of an exercise logged with reps in the workout (a timer with a set order); a
    timed set of an exercise without reps (a hold: set order 1, Seconds 60) still is."""
    columns, sep, row = STRONG_ROWS[fmt]
    header = sep.join(f'"{c}"' if fmt == "strong_6" else c for c in columns)
    row = row.replace("WHEN", WHEN).replace("RDL", RDL)
    rows = [
        row.format(order=1, weight="100.0", reps="8.0", seconds="0"),
        row.format(order="Rest Timer", weight="0", reps="0.0", seconds="90.0"),
        row.format(order="Rest Timer", weight="", reps="", seconds="90"),
        row.format(order="Note", weight="0", reps="0", seconds="0"),
        row.format(order=2, weight="100.0", reps="8.0", seconds="0"),
        row.format(order=3, weight="0", reps="0", seconds="60.0"),
        row.format(order=4, weight="", reps="", seconds="90"),
        row.replace(RDL, "Plank").format(order=1, weight="", reps="", seconds="60"),
        row.replace(RDL, "Plank").format(order=2, weight="0", reps="0", seconds="45"),
    ]
    file = tmp_path / "strong.csv"
    file.write_text("\n".join([header, *rows]) + "\n")
    log = hr.load_log(file)
    assert log.format == fmt
    rdl, plank = log.workouts[0].exercises
    assert rdl.hard_sets == 2 and rdl.max_seconds == 0  # two sets of 8; its timed rows are timers
    assert plank.hard_sets == 2 and plank.max_seconds == 60  # holds
    assert log.skipped_rows == 5 and _bad_rows(log) == ()
    assert "5 rest-timer or note rows skipped" in hr.check(file, as_of=date(2026, 1, 1)).input_issues


def test_a_rest_timer_named_as_an_exercise_is_skipped_and_a_bad_number_is_named() -> None:
    """A row whose exercise is "Rest Timer" (no reps) is a skipped timer, not an out-of-scope
    set; a number cell holding text is reported with its column and value."""
    head = ",".join(STRONG_V1)
    rows = [
        f'{WHEN},"Legs",1h,"{RDL}",1,100.0,8,0,0,"",,8',
        f'{WHEN},"Legs",1h,"Rest Timer",2,,,0,90,"",,',
        f'{WHEN},"Legs",1h,"Seated Leg Curl (Machine)",3,40,abc,0,0,"",,',
    ]
    log = hr.load_log(io.StringIO("\n".join([head, *rows])), name="x.csv")
    assert [e.name for w in log.workouts for e in w.exercises] == [RDL]
    assert log.skipped_rows == 1
    assert [str(i) for i in _bad_rows(log)] == [
        "line 4: Reps 'abc' is not a number: the row is not read (reps are read as 8, 8+, 8-10, 3x8 or 8,8,6)"
    ]


def _strong_units(tmp_path: Path, rows: list[str]) -> Path:
    file = tmp_path / "strong_units.csv"
    file.write_text("\n".join([";".join(STRONG_V2), *rows]) + "\n")
    return file


def _set(unit: str = "kg", reps: str = "8", rpe: str = "") -> str:
    return f'{WHEN};"Legs";"{RDL}";1;100;{unit};{reps};{rpe};;;0;"";'


@pytest.mark.parametrize("unit", ["stone", "st", "KG?"])
def test_an_unknown_weight_unit_is_reported_and_the_set_kept_unweighed(tmp_path: Path, unit: str) -> None:
    """Strong's Weight Unit column: kg, kgs, lb, lbs (any case) or blank (the unit of the row
    above that names one, said: rv22 R22); anything else is an input issue naming the value and
    line, never read as kg."""
    file = _strong_units(tmp_path, [_set(), _set(unit), _set("LBS"), _set("")])
    log = hr.load_log(file, keep_sets=True)
    (rdl,) = log.workouts[0].exercises
    assert rdl.hard_sets == 4
    assert rdl.weights_kg == pytest.approx((100.0, None, 45.359, 45.359), abs=0.001)
    (issue,) = [i for i in log.issues if "not kg or lb" in i.message]
    assert issue.line == 3 and repr(unit) in issue.message
    (blank,) = [i for i in log.issues if "blank unit cell" in i.message]
    assert blank.line == 5 and "read in lb" in blank.message
    in_lb = hr.load_log(file, unit="lb", keep_sets=True).workouts[0].exercises[0]
    assert in_lb.weights_kg[3] == pytest.approx(45.359, abs=0.001)  # blank: the export's unit


@pytest.mark.parametrize(("fmt", "column"), [("fitnotes", "Weight (stone)"), ("strong_6", "Weight (st)")])
def test_a_weight_column_in_an_unknown_unit_is_a_format_error_naming_it(
    tmp_path: Path, fmt: str, column: str
) -> None:
    text = write(fmt, [("Legs", datetime(2025, 11, 3, 18), [(RDL, "normal", 100.0, 8)])])
    header, _, rest = text.partition("\n")
    assert ("Weight (kgs)" if fmt == "fitnotes" else "Weight (kg)") in header
    header = header.replace("Weight (kgs)" if fmt == "fitnotes" else "Weight (kg)", column)
    file = tmp_path / "log.csv"
    file.write_text(header + "\n" + rest)
    with pytest.raises(hr.LogFormatError, match=re.escape(column)) as caught:
        hr.load_log(file)
    assert caught.value.location == f"{file}:1"


def test_fractional_reps_and_rpe_over_10_are_reported(tmp_path: Path) -> None:
    """Reps 8.5: the set is kept, read as 8 whole reps, and reported; RPE 11 (the scale is 0-10)
    is dropped and reported, the set kept."""
    file = _strong_units(tmp_path, [_set(), _set(reps="8.5"), _set(rpe="11"), _set(reps="8.0", rpe="9")])
    log = hr.load_log(file, keep_sets=True)
    (rdl,) = log.workouts[0].exercises
    assert rdl.hard_sets == 4 and rdl.reps == (8, 8, 8, 8) and rdl.rpe == (9.0,) and rdl.max_rpe == 9.0
    assert [str(i) for i in log.issues] == [
        "line 3: reps 8.5 is not a whole number: read as 8",
        "line 4: RPE 11 is outside 0-10: dropped, the set kept",
    ]
    report = hr.check(file, as_of=date(2026, 1, 1))
    assert "line 4: RPE 11 is outside 0-10: dropped, the set kept" in report.input_issues


def test_strong_decimal_comma_rpe() -> None:
    """A semicolon export's decimal comma parses (RPE 8,5)."""
    rdl = hr.load_log(DATA / "strong_v2.csv", keep_sets=True).workouts[0].exercises[1]
    assert rdl.rpe == (8.0, 8.5) and rdl.max_rpe == 8.5


def test_fitnotes_is_date_only() -> None:
    """FitNotes has dates without times; workouts are one per date."""
    log = hr.load_log(DATA / "fitnotes.csv")
    assert [w.start.date().isoformat() for w in log.workouts] == ["2025-11-03", "2025-11-05"]
    assert all(w.date_only for w in log.workouts)


def test_check_a_log_uses_real_dates() -> None:
    """The 72 h rule uses timestamps; findings point at ISO weeks and dated workouts."""
    report = hr.check(DATA / "hevy_kg.csv", goal="tie-in", as_of=date(2025, 11, 17))  # W46 over
    assert report.kind == "log"
    (hr006,) = [f for f in report if f.code == "HR006"]
    assert hr006.location.week_label == "2025-W46" and "24 h" in hr006.message
    # the as-of date's week, untrained, ends the series (it depended on today's date)
    weeks = [(w.label, w.trained) for w in report.weeks]
    assert weeks == [("2025-W45", True), ("2025-W46", True), ("2025-W47", False)]
    # Monday 07:48 to Thursday 18:10 by the clock (judged: three calendar days, no finding)
    assert report.weeks[0].min_gap_hours == 82.37
    assert not [f for f in report if f.code == "HR006" and f.location.week_label == "2025-W45"]
    (unknown,) = [f for f in report if f.code == "HR009"]
    assert unknown.location.date == "2025-11-06 18:10"
    assert "Bench Press (Barbell)" in report.out_of_scope


def _strong_rows(starts: list[datetime], exercise: str = "Romanian Deadlift (Barbell)") -> str:
    rows = [f"{t:%Y-%m-%d %H:%M:%S},Legs,1h,{exercise},{i},100,8,0,0,,,\n" for t in starts for i in (1, 2)]
    return ",".join(STRONG_V1) + "\n" + "".join(rows)


@given(
    monday=st.dates(date(2024, 1, 1), date(2030, 12, 31)).map(lambda d: d - timedelta(days=d.weekday())),
    minutes=st.lists(st.integers(-90, 90), min_size=3, max_size=3),
    days=st.sampled_from([(0, 2, 4), (0, 3)]),
)
def test_a_log_trained_on_the_articles_days_is_apart_by_whole_days_whatever_the_clock(
    monday: date, minutes: list[int], days: tuple[int, ...]
) -> None:
    """The article's Monday-Wednesday-Friday and Monday-Thursday, as a log records them (a few
    minutes earlier or later each day): judged 48 h and 72 h apart (whole days: the clock plus 12 h
    is more), so no HR006/HR017 warning, and on Monday-Thursday not even the article's 72 h note;
    the summary gives the clock's hours."""
    evening = datetime.min.time().replace(hour=18)
    starts = [
        datetime.combine(monday + timedelta(days=d), evening) + timedelta(minutes=m)
        for d, m in zip(days, minutes, strict=False)
    ]
    cases = (("tie-in", "Romanian Deadlift (Barbell)", None), ("rehab", "Glute Bridge", 2))
    for goal, exercise, stage in cases:
        log = hr.load_log(io.StringIO(_strong_rows(starts, exercise)))
        report = hr.check(log, goal=goal, stage=stage, as_of=monday + timedelta(days=7))
        if goal == "tie-in":  # heavy sessions; a glute bridge is a rehab's tendon-loading one
            clock = [(b - a).total_seconds() / 3600 for a, b in itertools.pairwise(starts)]
            assert report.weeks[0].min_gap_hours == round(min(clock), 2)
        spacing = [f for f in report.findings if f.code in ("HR006", "HR017")]
        assert not [f for f in spacing if f.severity != "info" or len(days) == 2]


def test_a_logs_gaps_do_not_depend_on_the_machines_time_zone(tmp_path: Path) -> None:
    """A log's times carry no zone: across the night clocks go back (2 Nov 2025 in New York)
    Saturday 18:00 to Monday 08:00 is 38 h on any machine (it was 39 h where the clocks changed)."""
    path = tmp_path / "strong.csv"
    path.write_text(_strong_rows([datetime(2025, 11, 1, 18, 0), datetime(2025, 11, 3, 8, 0)]))
    script = (
        "import datetime, pathlib, hamstring_rules as hr;"
        f"r = hr.check(pathlib.Path({str(path)!r}), as_of=datetime.date(2025, 11, 10));"
        "print([w.min_gap_hours for w in r.weeks])"
    )
    seen = set()
    for zone in ("UTC", "America/New_York", "Europe/London"):
        env = {**os.environ, "TZ": zone}
        run = [sys.executable, "-c", script]
        out = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
        seen.add(out.stdout.strip())
    assert seen == {"[None, 38.0, None]"}  # W45, W46, and W47 (the as-of week, untrained)


def test_gap_crosses_week_boundaries_in_logs(tmp_path: Path) -> None:
    """Sunday then Monday in the next ISO week is still a 24 h gap."""
    sun = datetime(2025, 11, 9, 9, 0)
    text = write(
        "hevy_kg",
        [
            ("A", sun, [("Romanian Deadlift (Barbell)", "normal", 100.0, 8)]),
            ("B", sun + timedelta(days=1), [("Romanian Deadlift (Barbell)", "normal", 100.0, 8)]),
        ],
    )
    (tmp_path / "x.csv").write_text(text)
    report = hr.check(tmp_path / "x.csv")
    assert report.weeks[1].min_gap_hours == 24 and "HR006" in report.codes


def test_cli_checks_a_log(tmp_path: Path) -> None:
    """hamstring-rules check export.csv works and exits 1 on warnings."""
    from hamstring_rules.cli import main

    out, err = io.StringIO(), io.StringIO()
    assert main(["check", str(DATA / "hevy_kg.csv")], stdout=out, stderr=err) == 1
    assert "2025-W46" in out.getvalue()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary", "binary"),
        (b"foo,bar,baz\n1,2,3\n", "unrecognised CSV header"),
        (b"Date,Exercise,Category,Weight (kgs),Reps\n", "no sets found"),
    ],
)
def test_bad_files_are_clear_errors(tmp_path: Path, content: bytes, fragment: str) -> None:
    """Empty, binary, unknown-header and header-only files raise LogFormatError (a file that is
    not UTF-8 is read as Windows-1252: see test_a_file_that_is_not_utf8_...)."""
    file = tmp_path / "x.csv"
    file.write_bytes(content)
    with pytest.raises(hr.LogFormatError) as info:
        hr.load_log(file)
    assert fragment in str(info.value) and str(file) in str(info.value)


def test_unknown_header_lists_formats_and_columns(tmp_path: Path) -> None:
    """The error names the supported formats and the columns it saw."""
    file = tmp_path / "x.csv"
    file.write_text("when,what,how much\n")
    with pytest.raises(hr.LogFormatError) as info:
        hr.load_log(file)
    assert "when, what, how much" in str(info.value) and "FitNotes" in str(info.value)


def test_size_limit(tmp_path: Path) -> None:
    """A file over max_bytes is refused before it is read."""
    file = tmp_path / "x.csv"
    file.write_text((DATA / "fitnotes.csv").read_text() * 10)
    with pytest.raises(hr.InputLimitError):
        hr.load_log(file, max_bytes=100)


def test_many_unknown_names_are_reported_once_each(tmp_path: Path) -> None:
    """A log full of unknown names is still checked; each name is reported once with its count."""
    start = datetime(2025, 11, 3, 8)
    workouts: list[WorkoutSpec] = [
        (
            f"W{i}",
            start + timedelta(days=2 * i),
            [
                ("Romanian Deadlift (Barbell)", "normal", 100.0, 8),
                ("Mystery Move", "normal", 10.0, 10),
                (f"Oddity {i % 3}", "normal", 10.0, 10),
            ],
        )
        for i in range(9)
    ]
    file = tmp_path / "x.csv"
    file.write_text(write("hevy_kg", workouts))
    report = hr.check(file)
    unknown = [f for f in report if f.code == "HR009"]
    assert len(unknown) == 4
    assert any("Mystery Move" in f.message and "(9 times)" in f.message for f in unknown)
    assert report.weeks[0].sets_by_action["straight_knee_hip_extension"] > 0


_sets = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "Romanian Deadlift (Barbell)",
                "Good Morning (Barbell)",
                "Nordic Curl",
                "Seated Leg Curl (Machine)",
                "Squat (Barbell)",
                "Bench Press (Barbell)",
                "Rückenstrecker ünïcode",
            ]
        ),
        st.sampled_from(["normal", "normal", "warmup", "failure"]),
        st.none() | st.floats(min_value=1, max_value=300).map(lambda x: round(x, 1)),
        st.integers(1, 30),
    ),
    min_size=1,
    max_size=8,
)


@st.composite
def workout_specs(draw: st.DrawFn) -> list[tuple[str, datetime, list[tuple[str, str, float | None, int]]]]:
    n = draw(st.integers(1, 5))
    day_offsets = sorted(draw(st.lists(st.integers(0, 60), min_size=n, max_size=n, unique=True)))
    base = datetime(2025, 1, 6, 7, 30)
    out = []
    for i, offset in enumerate(day_offsets):
        sets = draw(_sets)
        if all(kind == "warmup" for _, kind, _, _ in sets):
            sets[0] = (sets[0][0], "normal", sets[0][2], sets[0][3])
        out.append((f"Workout {i}", base + timedelta(days=offset, minutes=draw(st.integers(0, 600))), sets))
    return out


@given(workouts=workout_specs(), fmt=st.sampled_from(FORMATS))
def test_generated_log_round_trips_in_every_format(workouts: list, fmt: str) -> None:  # type: ignore[type-arg]
    """A log written in any app's format reads back as the same workouts and hard sets."""
    log = hr.load_log(io.StringIO(write(fmt, workouts)), name=f"gen.{fmt}.csv", keep_sets=True)
    assert log.format == fmt.removesuffix("_lb" if fmt == "strong_units_lb" else "")
    assert len(log.workouts) == len(workouts)
    for got, (title, start, sets) in zip(log.workouts, workouts, strict=True):
        if fmt == "fitnotes":
            assert got.start.date() == start.date()
        else:
            assert got.start == start.replace(second=0) and got.title == title
        expected: dict[str, int] = {}
        for name, kind, _, _ in sets:
            if kind != "warmup":
                expected[name] = expected.get(name, 0) + 1
        assert {e.name: e.hard_sets for e in got.exercises if e.hard_sets} == expected
        hard_weights = [w for e in got.exercises for w in e.weights_kg]
        want = [w for _, kind, w, _ in sets if kind != "warmup"]
        assert sorted(x or 0 for x in hard_weights) == pytest.approx(sorted(x or 0 for x in want), abs=0.01)


@given(workouts=workout_specs(), fmt=st.sampled_from(FORMATS))
def test_a_best_e1rm_is_never_below_a_load_lifted(workouts: list, fmt: str) -> None:  # type: ignore[type-arg]
    """A 1RM is at least any load lifted: an exercise's best estimate is the best Epley
    estimate of its sets of 1-10 reps, raised to its top set when that is heavier (a 35 kg x 12
    set beside a 25 kg x 10 drop set showed 33.3), and per week in the progress too."""
    log = hr.load_log(io.StringIO(write(fmt, workouts)), name="gen.csv", keep_sets=True)
    for ex in (e for w in log.workouts for e in w.exercises):
        estimates = [hr.e1rm(w, r) for w, r in zip(ex.weights_kg, ex.reps, strict=True)]
        best = max((e for e in estimates if e is not None), default=None)
        if best is None:
            assert ex.best_e1rm_kg is None
        else:
            assert ex.best_e1rm_kg == pytest.approx(max(best, ex.top_kg or 0.0), abs=0.01)
    for week in log.progress():
        if week.best_e1rm_kg is not None and week.top_kg is not None:
            assert week.best_e1rm_kg >= week.top_kg


# -- streaming: aggregates, limits ------------------------------------------------------------


def _row_by_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the reader take every row through the one-row path (the reference)."""
    from hamstring_rules.logs import _Reader

    def chunk(self: _Reader, rows: list[list[str]], lines: object) -> None:
        for row, line in zip(rows, lines, strict=True):  # type: ignore[call-overload]
            self.row(row, line)

    monkeypatch.setattr(_Reader, "chunk", chunk)


@given(workouts=workout_specs(), fmt=st.sampled_from(FORMATS), keep_sets=st.booleans())
def test_column_wise_reading_equals_row_by_row(workouts: list, fmt: str, keep_sets: bool) -> None:  # type: ignore[type-arg]
    """The chunked, column-wise reader gives exactly what reading one row at a time gives: the
    per-set path (``keep_sets``) and the aggregate-only one, which slices precomputed columns."""
    text = write(fmt, workouts)
    fast = hr.load_log(io.StringIO(text), name="x.csv", keep_sets=keep_sets)
    with pytest.MonkeyPatch.context() as mp:
        _row_by_row(mp)
        slow = hr.load_log(io.StringIO(text), name="x.csv", keep_sets=keep_sets)
    assert fast == slow


@given(workouts=workout_specs(), goal=st.sampled_from(["posterior_chain", "rehab"]))
def test_shared_entries_check_like_distinct_ones(workouts: list, goal: str) -> None:  # type: ignore[type-arg]
    """A log's repeated entries are one object (to_program builds each once) and share their
    facts and their engine evaluation: the report equals the one for distinct copies."""
    import attrs

    # the same workouts ten weeks on, their exercises in reverse order: the same entries elsewhere
    again = [(title, start + timedelta(days=70), sets[::-1]) for title, start, sets in workouts]
    log = hr.load_log(io.StringIO(write("hevy_kg", workouts + again)), name="x.csv")
    shared = log.to_program()
    entries = [e for w in shared.weeks for s in w.sessions for e in s.entries]
    copied = attrs.evolve(
        shared,
        weeks=tuple(
            attrs.evolve(w, sessions=tuple(
                attrs.evolve(s, entries=tuple(attrs.evolve(e) for e in s.entries)) for s in w.sessions
            ))
            for w in shared.weeks
        ),
    )  # fmt: skip
    assert all(a == b and a is not b for a, b in zip(
        entries, (e for w in copied.weeks for s in w.sessions for e in s.entries), strict=True
    ))  # fmt: skip
    as_of = date(2030, 1, 1)
    expected = hr.check(copied, goal=goal, as_of=as_of).to_json()
    assert hr.check(shared, goal=goal, as_of=as_of).to_json() == expected


def test_aggregates_without_per_set_detail() -> None:
    """By default a logged exercise keeps counts, rep range, top set, best e1RM and tonnage only."""
    rdl = hr.load_log(DATA / "hevy_kg.csv").workouts[0].exercises[0]
    assert rdl.reps == () and rdl.weights_kg == ()
    # 100 kg x 8, 8, 7 (a warm-up 60 x 8 left out): Epley 100 * (1 + 8/30)
    assert (rdl.hard_sets, rdl.reps_low, rdl.reps_high, rdl.top_kg) == (3, 7, 8, 100.0)
    assert rdl.best_e1rm_kg == pytest.approx(126.67, abs=0.01)
    assert rdl.tonnage_kg == 2300.0


def test_e1rm_formula_and_range() -> None:
    """Epley up to 10 reps; a single is its own 1RM; none above 10 reps or without a load."""
    assert hr.e1rm(100.0, 1) == 100.0
    assert hr.e1rm(100.0, 10) == pytest.approx(133.33, abs=0.01)
    assert hr.e1rm(100.0, 11) is None and hr.e1rm(None, 5) is None and hr.e1rm(0.0, 5) is None


def _weeks_of_workouts(weeks: int, names: int = 1) -> str:
    start = datetime(2020, 1, 6, 8)
    return write(
        "hevy_kg",
        [
            (f"W{i}", start + timedelta(weeks=i), [(f"Exercise {i % names}", "normal", 50.0, 8)])
            for i in range(weeks)
        ],
    )


def test_week_and_name_limits_are_clear_errors(tmp_path: Path) -> None:
    """Too many ISO weeks or distinct names stop the reading at the line that goes over."""
    over = r"spans 6 ISO weeks \(2020-W02 to 2020-W07\), over the limit of 5"
    with pytest.raises(hr.InputLimitError, match=over) as info:
        hr.load_log(io.StringIO(_weeks_of_workouts(8)), name="x.csv", limits=hr.Limits(max_log_weeks=5))
    assert "x.csv:7" in str(info.value)
    with pytest.raises(hr.InputLimitError, match="more than 3 distinct exercise names"):
        hr.load_log(io.StringIO(_weeks_of_workouts(8, names=8)), limits=hr.Limits(max_log_names=3))
    assert len(hr.load_log(io.StringIO(_weeks_of_workouts(8, names=8))).workouts) == 8


def test_stream_size_limit_is_honoured() -> None:
    """A text stream over max_bytes is refused once it has read that much."""
    text = _weeks_of_workouts(50)
    with pytest.raises(hr.InputLimitError, match="over the limit"):
        hr.load_log(io.StringIO(text), max_bytes=1000)
    with pytest.raises(hr.InputLimitError):
        hr.load_log(io.StringIO(text), limits=hr.Limits(max_log_bytes=1000))


def test_a_size_error_names_the_knob_that_set_the_limit(tmp_path: Path) -> None:
    """load_log(max_bytes=) says max_bytes=; a caller's Limits (load_log or check) says Limits."""
    file = tmp_path / "x.csv"
    file.write_text(_weeks_of_workouts(8))
    small = hr.Limits(max_log_bytes=100)
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: hr.load_log(file, max_bytes=100), "max_bytes= to load_log"),
        (lambda: hr.load_log(io.StringIO(file.read_text()), max_bytes=100), "max_bytes= to load_log"),
        (lambda: hr.load_log(file, limits=small), "Limits(max_log_bytes="),
        (lambda: hr.load_log(io.StringIO(file.read_text()), limits=small), "Limits(max_log_bytes="),
        (lambda: hr.check(file, limits=hr.Limits(max_log_bytes=100)), "Limits(max_log_bytes="),
    ]
    for call, knob in cases:
        with pytest.raises(hr.InputLimitError) as caught:
            call()
        assert knob in (caught.value.suggestion or "")
        assert ("max_bytes=" in (caught.value.suggestion or "")) == (knob == "max_bytes= to load_log")


def test_check_honours_the_callers_limits_for_logs(tmp_path: Path) -> None:
    """check(export.csv, limits=...) applies the caller's byte and week limits."""
    file = tmp_path / "x.csv"
    file.write_text(_weeks_of_workouts(8))
    with pytest.raises(hr.InputLimitError):
        hr.check(file, limits=hr.Limits(max_log_bytes=100))
    with pytest.raises(hr.InputLimitError, match="ISO weeks"):
        hr.check(file, limits=hr.Limits(max_log_weeks=4))


def test_the_week_limit_bounds_the_span_not_only_the_trained_weeks(tmp_path: Path) -> None:
    """Two workouts 8,000 years apart are 2 trained weeks but a time series of 420,000: the
    limit is on the span, checked while reading (at the row that goes over), so the far row is
    passed over, reported (a typo in a year), rather than minutes and gigabytes later; more
    such rows than MAX_FAR_ROWS are the limit's error."""
    from hamstring_rules.logs import MAX_FAR_ROWS

    lift: list[tuple[str, str, float | None, int]] = [("Romanian Deadlift (Barbell)", "normal", 100.0, 8)]
    far: list[WorkoutSpec] = [
        ("L", datetime(1901, 11, 3, 7, 48), lift),
        ("L", datetime(9997, 11, 3, 7, 48), lift),
    ]
    file = tmp_path / "span.csv"
    file.write_text(write("hevy_kg", far))
    log = hr.load_log(file)
    assert [w.start.year for w in log.workouts] == [1901]
    assert [(i.line, "9997-11-03 is outside the 1,040 weeks" in i.message) for i in log.issues] == [(3, True)]
    farther: list[WorkoutSpec] = far + [
        (f"L{k}", datetime(9997, 11, 3, 7, 48), lift) for k in range(1, MAX_FAR_ROWS + 1)
    ]
    file.write_text(write("hevy_kg", farther))
    for call in (lambda: hr.load_log(file), lambda: hr.check(file, as_of=date(9998, 1, 1))):
        span = r"spans 422,431 ISO weeks \(1901-W44 to 9997-W45\)"
        with pytest.raises(hr.InputLimitError, match=span) as info:
            call()
        assert info.value.location == f"{file}:{MAX_FAR_ROWS + 3}"
    # the same two workouts a year apart: 54 weeks, within the default, over a caller's limit
    near: list[WorkoutSpec] = [
        (t, start.replace(year=2024 + k), sets) for k, (t, start, sets) in enumerate(far)
    ]
    file.write_text(write("hevy_kg", near))
    # 54 weeks, 2024-W44 to 2025-W45, and the untrained weeks to 2025-W49, the as-of week
    assert len(hr.check(file, as_of=date(2025, 12, 1)).weeks) == 58
    with pytest.raises(hr.InputLimitError, match="spans 54 ISO weeks"):
        hr.check(file, as_of=date(2025, 12, 1), limits=hr.Limits(max_log_weeks=53))


def test_check_applies_the_log_limits_to_a_loaded_log_and_to_dated_sessions(tmp_path: Path) -> None:
    """A WorkoutLog given to check() (read without those limits) and a Program of dated sessions
    made in Python are held to the caller's log limits as a file is."""
    log = hr.load_log(io.StringIO(_weeks_of_workouts(8, names=8)), name="x.csv")
    as_of = date(2021, 1, 1)
    assert sum(w.trained for w in hr.check(log, as_of=as_of).weeks) == 8  # then zeros to 2020-W53
    with pytest.raises(hr.InputLimitError, match="spans 8 ISO weeks") as info:
        hr.check(log, as_of=as_of, limits=hr.Limits(max_log_weeks=7))
    assert info.value.location == "x.csv"
    with pytest.raises(hr.InputLimitError, match="8 distinct exercise names, over the limit of 7"):
        hr.check(log, as_of=as_of, limits=hr.Limits(max_log_names=7))
    entry = hr.Entry(exercise="Romanian deadlift", sets=3, reps_low=8, reps_high=8)
    sessions = [
        hr.Session(
            name=f"S{y}", entries=(entry,), start=datetime(y, 3, 2, 8), day=datetime(y, 3, 2).weekday()
        )
        for y in (1950, 2025)
    ]
    program = hr.Program(name="dated", weeks=tuple(hr.Week((s,)) for s in sessions))
    with pytest.raises(hr.InputLimitError, match="over the limit of 1,040"):
        hr.check(program, as_of=as_of.replace(year=2025))


def test_a_unit_column_in_pounds_shows_pounds() -> None:
    """Strong's semicolon export says the unit on every row: a log in lbs is shown in lb (its
    e1RMs and loads), as Hevy's, Strong 6's and FitNotes' pound exports are; the caller's unit
    wins; a mixed file is shown in the unit most of its sets give."""
    rdl = "Romanian Deadlift (Barbell)"
    workouts: list[WorkoutSpec] = [
        (f"W{k}", datetime(2025, 9, 1, 18) + timedelta(days=2 * k), [(rdl, "normal", 99.79, 8)] * 3)
        for k in range(120)  # 360 rows: more than one chunk
    ]
    text = write("strong_units_lb", workouts)
    log = hr.load_log(io.StringIO(text))
    assert log.unit == "lb"
    assert log.workouts[0].exercises[0].top_kg == pytest.approx(99.79, abs=0.01)
    report = hr.check(log, as_of=date(2026, 1, 1))
    assert report.unit == "lb"
    best = report.e1rm()
    assert next(iter(best[rdl].values())) == pytest.approx(99.79 * (1 + 8 / 30) / 0.45359237, abs=0.1)
    assert hr.load_log(io.StringIO(text), unit="kg").unit == "kg"
    assert hr.load_log(io.StringIO(write("strong_units", workouts))).unit == "kg"
    mixed = text.replace(";lbs;", ";kg;", 179)  # 179 of 360 sets in kg: pounds are most
    assert hr.load_log(io.StringIO(mixed)).unit == "lb"
    assert hr.load_log(io.StringIO(text.replace(";lbs;", ";kg;", 181))).unit == "kg"


@pytest.mark.parametrize("fmt", ["hevy_kg", "strong", "strong_6"])
def test_a_set_the_app_marks_as_failure_is_taken_to_failure(fmt: str) -> None:
    """Hevy's ``failure`` set type and Strong's ``F`` set order are sets to failure: RIR 0 in
    the check, so rehab before stage 4 gets HR018 as it does for RPE 10; the same set marked
    normal does not."""

    def codes(kind: str) -> list[str]:
        sets: list[tuple[str, str, float | None, int]] = [
            ("Romanian Deadlift (Barbell)", "normal", 40.0, 8),
            ("Romanian Deadlift (Barbell)", kind, 40.0, 8),
        ]
        log = hr.load_log(
            io.StringIO(write(fmt, [("Rehab", datetime(2025, 9, 1, 7, 30), sets)])), name="x.csv"
        )
        assert log.workouts[0].exercises[0].failure_sets == (kind == "failure")
        return [f.code for f in hr.check(log, goal="rehab", stage=3, as_of=date(2025, 9, 20)).findings]

    assert "HR018" in codes("failure")
    assert "HR018" not in codes("normal")


def test_long_names_are_row_issues() -> None:
    """A name over the text limit is reported as a bad row; the rest is kept."""
    text = write(
        "hevy_kg",
        [("A", datetime(2025, 1, 6, 8), [("R" * 300, "normal", 1.0, 5), ("Nordic Curl", "normal", None, 5)])],
    )
    log = hr.load_log(io.StringIO(text))
    assert [e.name for e in log.workouts[0].exercises] == ["Nordic Curl"]
    assert "300 characters" in str(log.issues[0])


def test_memory_does_not_grow_with_rows(tmp_path: Path) -> None:
    """Six times the rows over the same weeks: the reader's peak memory grows by under 200 kB
    (keeping every set, as keep_sets=True does, grows it by about 450 kB). Best of two reads
    per size, after a first one (caches and compiled patterns are not counted)."""
    import tracemalloc

    from benchmarks.__main__ import write_hevy_export

    peaks = []
    for rows in (5_000, 30_000):
        file = tmp_path / f"{rows}.csv"
        write_hevy_export(file, rows, weeks=10)
        hr.load_log(file)
        best = None
        for _ in range(2):
            tracemalloc.start()
            log = hr.load_log(file)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            best = peak if best is None else min(best, peak)
        peaks.append(best or 0)
        assert log.rows == rows and len(log.workouts) == 40
    assert peaks[1] - peaks[0] < 200_000, peaks


_PEAKS = """
import resource, sys
from datetime import date
from pathlib import Path
import hamstring_rules as hr
def peak():
    # VmHWM: this process's own peak (ru_maxrss keeps the forking parent's across exec on Linux)
    try:
        with open("/proc/self/status") as fh:
            return next(int(l.split()[1]) * 1024 for l in fh if l.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
small, large = map(Path, sys.argv[1:3])
before = peak()
hr.check(small, as_of=date(2030, 1, 1))
after_small = peak()
report = hr.check(large, as_of=date(2030, 1, 1))
assert sum(w.trained for w in report.weeks) == 26 and report.kind == "log", report
print(after_small - before, peak() - after_small)
"""


@pytest.mark.slow
def test_check_of_150k_rows_keeps_memory_bounded(tmp_path: Path) -> None:
    """End to end, ``check()`` of a 150,000-row Hevy export holds what its weeks and names need,
    not its rows: in a fresh process, after checking a 15,000-row export over the same 26
    weeks, checking the 150,000-row one raises the peak resident memory by under 5 MB (its rows
    are 18 MB of text; held as parsed lists they would take over 100 MB)."""
    import subprocess
    import sys

    from benchmarks.__main__ import write_hevy_export

    files = [tmp_path / "15k.csv", tmp_path / "150k.csv"]
    for file, rows in zip(files, (15_000, 150_000), strict=True):
        write_hevy_export(file, rows, weeks=26)
    out = subprocess.run(
        [sys.executable, "-c", _PEAKS, *map(str, files)], capture_output=True, text=True, check=True
    ).stdout
    first, growth = map(int, out.split())
    assert growth < 5_000_000, (first, growth)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rehab_log_is_not_warned_for_the_tempo_no_export_records(fmt: str, tmp_path: Path) -> None:
    """No app export has a tempo column: a rehab log gets one note saying HR007 is not checked,
    not an HR007 warning on every logged hinge; the same sessions as a program still get HR007."""
    start = datetime(2025, 9, 1, 7, 48)
    workouts: list[WorkoutSpec] = [
        ("Rehab", start + timedelta(days=d), [("Romanian Deadlift (Barbell)", "normal", 60.0, 8)] * 3)
        for d in (0, 2, 4, 7, 9, 11)
    ]
    file = tmp_path / f"rehab.{fmt}.csv"
    file.write_text(write(fmt, workouts))
    report = hr.check(file, goal="rehab", stage=3, as_of=datetime(2025, 10, 1).date())
    assert "HR007" not in {f.code for f in report.findings}
    assert any("no tempo" in note and "HR007" in note for note in report.notes)
    program = {
        "name": "Rehab",
        "goal": "rehab",
        "stage": 3,
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
    }
    as_program = hr.check(program)
    assert "HR007" in {f.code for f in as_program.findings}
    assert not any("no tempo" in note for note in as_program.notes)


# -- durations and line ends ---------------------------------------------------------------------

_FITNOTES_HEAD = "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time"


@pytest.mark.parametrize("cell", ["90", "0:01:30", "1:30", "00:01:30.0", "1m 30s", "90 sec", "1.5 min"])
def test_a_duration_reads_as_seconds_in_any_spelling(cell: str) -> None:
    """FitNotes writes its Time column as a clock (``0:01:30``); other exports write seconds or
    units. Each spelling is the same 90-second hold, on both reading paths."""
    rows = [
        f"2025-11-03,Plank,Core,,,,,{cell}",
        "2025-11-03,Romanian Deadlift (Barbell),Legs,100.0,8,,,0:00:00",
    ]
    text = "\n".join([_FITNOTES_HEAD, *rows]) + "\n"
    for log in (hr.load_log(io.StringIO(text)), hr.load_log(io.StringIO(text), keep_sets=True)):
        assert not log.issues
        by_name = {e.name: e for e in log.workouts[0].exercises}
        assert by_name["Plank"].max_seconds == 90 and by_name["Plank"].hard_sets == 1
        assert by_name["Romanian Deadlift (Barbell)"].hard_sets == 1


@pytest.mark.parametrize("cell", ["1:75", "1:60:00", "soon", "1h" + " " * 5000 + "x"])
def test_a_duration_that_is_not_one_names_its_column_and_value(cell: str) -> None:
    text = f"{_FITNOTES_HEAD}\n2025-11-03,Plank,Core,,,,,{cell}\n2025-11-03,Romanian Deadlift,Legs,100,8,,,\n"
    log = hr.load_log(io.StringIO(text))
    assert len(log.issues) == 1
    issue = log.issues[0]
    assert issue.line == 2 and "Time" in issue.message and cell.strip()[:5] in issue.message


@pytest.mark.parametrize("file", sorted(p.name for p in DATA.glob("*.csv")))
@pytest.mark.parametrize("ending", ["\r", "\r\n"])
def test_a_stream_with_old_mac_or_windows_line_ends_reads_as_the_file(file: str, ending: str) -> None:
    """A file with lone ``\\r`` line ends reads from a path (universal newlines); a StringIO
    does not split lines at ``\\r``, so the reader must: every sample export gives the same log
    from a stream with either line end as from its file."""
    text = (DATA / file).read_text(encoding="utf-8-sig")
    expected = hr.load_log(DATA / file)
    got = hr.load_log(io.StringIO(text.replace("\r\n", "\n").replace("\n", ending)), name=str(DATA / file))
    assert got == expected


_MINUTES = st.datetimes(datetime(1990, 1, 1), datetime(2090, 12, 31)).map(
    lambda t: t.replace(second=0, microsecond=0)
)
_STAMP_STYLES = {
    "hevy": lambda t: f"{t.day} {t:%b %Y, %H:%M}",
    "iso_t_z": lambda t: f"{t:%Y-%m-%dT%H:%M:%S}Z",
    "iso_offset": lambda t: f"{t:%Y-%m-%dT%H:%M:%S}+02:00",
    "slashes": lambda t: f"{t:%Y/%m/%d %H:%M}",
    "words_day_first": lambda t: f"{t.day} {t:%B %Y} {t:%H:%M}",
    "words_month_first_12h": lambda t: f"{t:%b} {t.day}, {t.year}, {(t.hour + 11) % 12 + 1}:{t:%M} {t:%p}",
    "words_abbreviated_dot": lambda t: f"{t.day} {t:%b}. {t.year}, {t:%H:%M}".lower(),
}


@given(
    when=_MINUTES,
    style=st.sampled_from(sorted(_STAMP_STYLES)),
    fmt=st.sampled_from(["hevy_kg", "strong"]),
)
def test_an_unambiguous_timestamp_reads_in_any_common_spelling(when: datetime, style: str, fmt: str) -> None:
    """Exports written by other app versions or locales spell the start time differently; every
    unambiguous spelling reads as the same wall-clock time, in every format."""
    stamp = _STAMP_STYLES[style](when)
    if fmt == "hevy_kg":
        head = '"title","start_time","end_time","exercise_title","set_type","weight_kg","reps"'
        row = f'"Legs","{stamp}","{stamp}","Romanian Deadlift (Barbell)","normal","100","8"'
    else:
        head = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps"
        row = f'"{stamp}",Legs,1h,Romanian Deadlift (Barbell),1,100,8'
    log = hr.load_log(io.StringIO(f"{head}\n{row}\n"))
    assert not _bad_rows(log) and log.workouts[0].start == when


@pytest.mark.parametrize(
    "stamp", ["03/11/2025 07:48", "3 Novx 2025, 07:48", "31 Feb 2025, 07:48", "Nov 3, 2025, 13:10 PM"]
)
def test_an_ambiguous_or_impossible_timestamp_is_reported_not_guessed(stamp: str) -> None:
    head = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps"
    rows = [
        f'"{stamp}",Legs,1h,Romanian Deadlift,1,100,8',
        "2025-11-04 07:00:00,Legs,1h,Romanian Deadlift,1,100,8",
    ]
    log = hr.load_log(io.StringIO("\n".join([head, *rows])))
    assert [i.line for i in _bad_rows(log)] == [2] and stamp[:8] in _bad_rows(log)[0].message


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_set_logged_by_distance_is_a_set_in_every_format(fmt: str) -> None:
    """Sprints logged by distance, with no reps and no time, are sets (not rest timers or notes):
    strain prevention then sees the week's sprinting."""
    start = datetime(2025, 11, 3, 18, 0)
    sprint: tuple[str, str, float | None, int] = ("Sprint", "distance", None, 0)
    workouts: list[WorkoutSpec] = [
        ("Legs", start, [("Romanian Deadlift (Barbell)", "normal", 100.0, 8)]),
        ("Run", start + timedelta(days=4), [sprint] * 3),
    ]
    log = hr.load_log(io.StringIO(write(fmt, workouts)))
    sprints = [e for w in log.workouts for e in w.exercises if e.name == "Sprint"]
    assert [(e.hard_sets, e.reps_high) for e in sprints] == [(3, 0)]
    report = hr.check(log, goal="strain_prevention", as_of=date(2025, 11, 10))
    assert not [f for f in report.findings if f.code == "HR022"]


# -- logs from other apps, or kept by hand -------------------------------------------------------


def _shape(log: hr.WorkoutLog) -> list[tuple[object, ...]]:
    """What a check reads of a log: each workout's day and exercises' set counts, top and RPE."""
    return [
        (
            w.start.date(),
            sorted(
                (e.name, e.hard_sets, e.warmup_sets, e.failure_sets, round(e.top_kg or 0, 1), e.max_rpe)
                for e in w.exercises
            ),
        )
        for w in log.workouts
    ]


@given(workouts=workout_specs(), fmt=st.sampled_from(FORMATS))
def test_an_export_with_its_header_respelt_reads_as_the_app_reads_it(workouts: list, fmt: str) -> None:  # type: ignore[type-arg]
    """An export whose header another app version, a spreadsheet or a person re-spelt (upper
    case, here) is no known format; the generic reader finds its columns by role and reads the
    same workouts, sets, warm-ups, failures, loads and RPE as the app's own reader."""
    text = write(fmt, workouts)
    header, _, rest = text.partition("\n")
    expected = hr.load_log(io.StringIO(text))
    got = hr.load_log(io.StringIO(header.upper() + "\n" + rest))
    assert got.format == "generic" and got.issues[0].line == 1 and "generic" in got.issues[0].message
    assert _shape(got) == _shape(expected)


def test_a_log_kept_by_hand_with_sets_and_rir_columns() -> None:
    """A row may stand for several sets (a Sets column); RIR is read as RPE 10 - RIR; pounds come
    from the weight column's header; the columns not read are named."""
    text = (
        "Date,Workout,Exercise,Sets,Reps,Weight (lbs),RIR,Comments\n"
        "2025-11-03,Lower,RDL,3,8,225,2,felt good\n"
        "2025-11-03,Lower,Seated leg curl,3,12,90,0,\n"
        "2025-11-06,Lower,Nordic curl,0,5,,1,skipped\n"
        "2025-11-06,Lower,Back extension,2.5,15,,,\n"
    )
    log = hr.load_log(io.StringIO(text), name="mine.csv")
    assert (log.format, log.unit) == ("generic", "lb")
    notice, bad = log.issues
    assert "'Sets' as sets" in notice.message and "not read: 'Comments'" in notice.message
    assert bad.line == 5 and "Sets" in bad.message and "2.5" in bad.message
    (only,) = log.workouts  # 2025-11-06 had 0 sets of Nordics (skipped) and an unreadable row
    assert log.skipped_rows == 1 and only.date_only
    rdl, curl = only.exercises
    assert (rdl.hard_sets, rdl.max_rpe) == (3, 8.0) and rdl.top_kg == pytest.approx(
        225 * 0.45359237, abs=0.01
    )
    assert (curl.hard_sets, curl.max_rpe) == (3, 10.0)
    # stage 3: at stages 1-2 the curl is HR010's, which HR018 yields to (one reason, one finding)
    report = hr.check(log, goal="rehab", stage=3, as_of=date(2025, 11, 10))
    assert any(f.code == "HR018" for f in report.findings)  # RIR 0 is to failure, before stage 4


def test_a_log_stamping_each_set_makes_one_workout_a_day() -> None:
    """Some apps stamp every set with its own time: the sets of one day are one workout, from
    its first set; a yes/no warm-up column and a duration in seconds are read."""
    rows = [
        ("2025-11-03 18:02:11 +0000", "Romanian Deadlift", 10, 40, 0, "true"),
        ("2025-11-03 18:04:40 +0000", "Romanian Deadlift", 8, 100, 0, "false"),
        ("2025-11-03 18:07:02 +0000", "Romanian Deadlift", 8, 102.5, 0, "false"),
        ("2025-11-03 18:15:12 +0000", "Lying Leg Curl", 12, 40, 0, "false"),
        ("2025-11-05 18:15:12 +0000", "Plank", 0, 0, 60, "false"),
    ]
    head = "Date,Exercise,Reps,Weight(kg),Duration(s),isWarmup,multiplier"
    text = "\n".join([head, *(",".join(map(str, r)) + ",1.0" for r in rows)])
    log = hr.load_log(io.StringIO(text))
    assert [w.start for w in log.workouts] == [
        datetime(2025, 11, 3, 18, 2, 11),
        datetime(2025, 11, 5, 18, 15, 12),
    ]
    rdl, curl = log.workouts[0].exercises
    assert (rdl.hard_sets, rdl.warmup_sets, rdl.top_kg, curl.hard_sets) == (2, 1, 102.5, 1)
    (plank,) = log.workouts[1].exercises
    assert (plank.hard_sets, plank.max_seconds) == (1, 60)
    assert "'multiplier'" in log.issues[0].message


@pytest.mark.parametrize(
    "header",
    ["Date,Weight,Reps", "Exercise,Reps,Weight", "Date,Exercise,Weight,Notes", "When,What,How many"],
)
def test_a_header_without_date_exercise_and_reps_is_refused_naming_what_is_needed(header: str) -> None:
    with pytest.raises(hr.LogFormatError, match="date, an exercise and a reps") as info:
        hr.load_log(io.StringIO(f"{header}\n2025-11-03,RDL,8\n"), name="x.csv")
    assert info.value.location == "x.csv:1"


_OTHER_APPS = {
    # (header, what each role must be read from: written from what the columns mean)
    "fitbod": (
        "Date,Exercise,Reps,Weight(kg),Duration(s),Distance(m),Incline,Resistance,isWarmup,Note,multiplier",
        {"date": "Date", "exercise": "Exercise", "reps": "Reps", "weight": "Weight(kg)",
         "seconds": "Duration(s)", "warm_flag": "isWarmup"},
    ),
    "liftosaur": (
        "Workout DateTime,Exercise,Is Warmup Set?,Required Reps,Completed Reps,RPE,Completed RPE,"
        "Weight Value,Weight Unit,Completed Weight Value,Completed Weight Unit,Timestamp,Notes",
        {"date": "Workout DateTime", "exercise": "Exercise", "reps": "Completed Reps",
         "rpe": "Completed RPE", "weight": "Completed Weight Value", "unit": "Completed Weight Unit",
         "warm_flag": "Is Warmup Set?"},
    ),
    "gymbook": (
        "Date;Time;Workout;Exercise;Region;Muscle groups (Primary);Set;Repetitions / Time;Distance;"
        "Weight;Notes",
        {"date": "Date", "exercise": "Exercise", "reps": "Repetitions / Time", "weight": "Weight",
         "title": "Workout"},
    ),
    "target and actual": (
        "Date,Exercise,Target Reps,Actual Reps,Target Weight,Actual Weight,Weight (goal)",
        {"date": "Date", "exercise": "Exercise", "reps": "Actual Reps", "weight": "Actual Weight"},
    ),
    "a plan beside what was done": (
        "Day,Date,Lift,Planned Reps,Reps Done,Planned Load,Load Used,Body Weight,Last Update",
        {"date": "Date", "exercise": "Lift", "reps": "Reps Done", "weight": "Load Used"},
    ),
    "german": (
        "Datum;Training;Übung;Satz;Gewicht (kg);Wiederholungen;Notizen",
        {"date": "Datum", "exercise": "Übung", "reps": "Wiederholungen", "weight": "Gewicht (kg)",
         "title": "Training"},
    ),
    "spanish": (
        "Fecha;Rutina;Ejercicio;Serie;Peso (kg);Repeticiones;RIR;Notas",
        {"date": "Fecha", "exercise": "Ejercicio", "reps": "Repeticiones", "weight": "Peso (kg)",
         "rir": "RIR", "title": "Rutina"},
    ),
    "french": (
        "Date;Séance;Exercice;Série;Poids (kg);Répétitions",
        {"date": "Date", "exercise": "Exercice", "reps": "Répétitions", "weight": "Poids (kg)",
         "title": "Séance"},
    ),
    "portuguese": (
        "Data;Treino;Exercício;Série;Peso (kg);Repetições",
        {"date": "Data", "exercise": "Exercício", "reps": "Repetições", "weight": "Peso (kg)",
         "title": "Treino"},
    ),
    "italian": (
        "Data;Allenamento;Esercizio;Serie;Peso (kg);Ripetizioni;RPE",
        {"date": "Data", "exercise": "Esercizio", "reps": "Ripetizioni", "weight": "Peso (kg)", "rpe": "RPE",
         "title": "Allenamento"},
    ),
}  # fmt: skip


@pytest.mark.parametrize("app", sorted(_OTHER_APPS))
def test_other_apps_and_languages_headers_are_read_by_what_their_columns_mean(app: str) -> None:
    """Other apps' exports and logs kept in other languages: each role is read from the column
    that holds what was done (never a target, a plan, the lifter's body weight or a set's unit
    column as its weight)."""
    from hamstring_rules.logs import _ROLES, columns_by_role

    header, expected = _OTHER_APPS[app]
    cells = header.split(";" if ";" in header else ",")
    found = columns_by_role(cells, _ROLES, done=True)
    got = {role: cells[at] for role, at in found.items() if role in expected or role in ("reps", "weight")}
    assert got == expected


_ROLE_WORDS = {"reps": "Reps", "weight": "Weight", "rpe": "RPE", "unit": "Unit"}


@given(
    role=st.sampled_from(sorted(_ROLE_WORDS)),
    qualifier=st.sampled_from(["Target", "Required", "Planned", "Goal", "Prescribed", "Previous"]),
    suffix=st.booleans(),
    at=st.integers(0, 6),
)
def test_a_planned_column_never_takes_a_role_and_a_done_one_always_does(
    role: str, qualifier: str, suffix: bool, at: int
) -> None:
    """Adding a planned column (``Target Reps``, ``Weight (goal)``) anywhere changes nothing
    read; adding a column saying it was done (``Completed Reps``) takes the role from the plain
    one, which beside it is the plan."""
    from hamstring_rules.logs import _ROLES, columns_by_role

    def read(cells: list[str]) -> dict[str, str]:
        return {r: cells[i] for r, i in columns_by_role(cells, _ROLES, done=True).items()}

    base = ["Date", "Exercise", "Reps", "Weight", "Unit", "RPE", "Notes"]
    word = _ROLE_WORDS[role]
    planned = f"{word} ({qualifier.lower()})" if suffix else f"{qualifier} {word}"
    with_plan = [*base[:at], planned, *base[at:]]
    assert read(with_plan) == read(base)
    done = f"{word} Completed" if suffix else f"Actual {word}"
    assert read([*base[:at], done, *base[at:]])[role] == done


def test_a_german_log_with_semicolons_dotted_dates_and_decimal_commas() -> None:
    """A log kept in German by hand, as Excel saves it: semicolons, day-first dotted dates,
    decimal commas; the German column names are read."""
    text = (
        "Datum;Übung;Satz;Gewicht (kg);Wiederholungen;Notizen\n"
        "03.11.2025 18:30;Romanian Deadlift;1;82,5;8;\n"
        "03.11.2025 18:30;Romanian Deadlift;2;85;6;schwer\n"
        "13.11.2025 18:30;Lying Leg Curl;1;40;12;\n"
    )
    log = hr.load_log(io.StringIO(text), name="de.csv")
    assert log.format == "generic" and "'Übung' as exercise" in log.issues[0].message
    first, second = log.workouts
    assert (first.start, second.start) == (datetime(2025, 11, 3, 18, 30), datetime(2025, 11, 13, 18, 30))
    (rdl,) = first.exercises
    assert (rdl.hard_sets, rdl.reps_low, rdl.reps_high, rdl.top_kg) == (2, 6, 8, 85.0)
    assert rdl.tonnage_kg == pytest.approx(82.5 * 8 + 85 * 6)


def _hand_log(rows: list[tuple[str, str, str, str]]) -> hr.WorkoutLog:
    body = "".join(f'{d},{e},"{w}","{r}"\n' for d, e, w, r in rows)
    return hr.load_log(io.StringIO("Date,Exercise,Weight (kg),Reps\n" + body), keep_sets=True)


def _sets_read(log: hr.WorkoutLog) -> list[tuple[object, ...]]:
    return [
        (w.start, e.name, e.hard_sets, sorted(e.reps), e.tonnage_kg, e.best_e1rm_kg)
        for w in log.workouts
        for e in w.exercises
    ]


@given(
    reps=st.lists(st.integers(1, 30), min_size=1, max_size=8),
    weight=st.sampled_from(["", "60", "102.5"]),
    form=st.sampled_from(["x", ",", "/", " ", ", "]),
)
def test_a_reps_cell_listing_sets_reads_as_one_row_a_set(reps: list[int], weight: str, form: str) -> None:
    """Logs kept by hand write a row's sets in its reps cell: ``3x8`` (sets x reps) or each
    set's reps (``8,8,6``); they read as the same sets written one row each. (``12+3`` is one
    rest-pause set: test_log_cells9.)"""
    if form == "x":
        reps = [reps[0]] * len(reps)
        cell = f"{len(reps)}x{reps[0]}"
    else:
        cell = form.join(map(str, reps))
    one_row = _hand_log([("2025-11-03", "RDL", weight, cell)])
    row_a_set = _hand_log([("2025-11-03", "RDL", weight, str(r)) for r in reps])
    assert _sets_read(one_row) == _sets_read(row_a_set)
    assert one_row.issues == row_a_set.issues


@pytest.mark.parametrize("cell", ["100x8", "3x0", "8, eight"])
def test_a_reps_cell_that_is_no_list_of_sets_is_reported_not_guessed(cell: str) -> None:
    """``100x8`` is a weight x reps (a hundred sets is no set count): not guessed; the row is
    reported by line. (A planned range, ``8-10``, is read as its low end with a notice: dropping
    the row lost the sets of a coach's sheet; see test_log_sheets.)"""
    text = f'Date,Exercise,Reps\n2025-11-03,RDL,8\n2025-11-03,Leg curl,"{cell}"\n'
    log = hr.load_log(io.StringIO(text))
    assert [e.name for w in log.workouts for e in w.exercises] == ["RDL"]
    assert any(i.line == 3 and "the row is not read" in i.message for i in log.issues)


def test_a_sets_column_disagreeing_with_the_reps_cells_sets_is_reported() -> None:
    text = 'Date,Exercise,Sets,Reps\n2025-11-03,RDL,2,"8,8,6"\n'
    log = hr.load_log(io.StringIO(text))
    (rdl,) = log.workouts[0].exercises
    assert (rdl.hard_sets, rdl.reps_low) == (3, 6)
    assert any(i.line == 2 and "Sets 2" in i.message and "3 sets" in i.message for i in log.issues)


_UNIX_SPAN = st.datetimes(datetime(2001, 9, 10), datetime(2286, 11, 20)).map(
    lambda t: t.replace(microsecond=0)
)


@given(when=_UNIX_SPAN)
def test_unix_time_in_seconds_or_milliseconds_reads_as_utc(when: datetime) -> None:
    """Some apps stamp sets in Unix time; the file gives no zone, so it reads as UTC."""
    seconds = int((when - datetime(1970, 1, 1)).total_seconds())
    for stamp in (str(seconds), str(seconds * 1000), f"{seconds}.250"):
        text = f"Timestamp,Exercise,Reps\n{stamp},RDL,8\n"
        (workout,) = hr.load_log(io.StringIO(text)).workouts
        assert workout.start.replace(microsecond=0) == when


def test_a_time_in_a_reps_column_is_a_timed_set_when_no_column_holds_seconds() -> None:
    """GymBook's ``Repetitions / Time`` column holds reps, or a time for a hold."""
    text = (
        "Date;Workout;Exercise;Set;Repetitions / Time;Weight\n"
        "2025-11-03;Legs;Romanian Deadlift;1;8;100\n"
        "2025-11-03;Legs;Isometric hamstring bridge;1;0:45;\n"
        "2025-11-03;Legs;Isometric hamstring bridge;2;1:00;\n"
    )
    (workout,) = hr.load_log(io.StringIO(text)).workouts
    rdl, hold = workout.exercises
    assert (rdl.hard_sets, rdl.reps_high, rdl.top_kg) == (1, 8, 100.0)
    assert (hold.hard_sets, hold.reps_high, hold.max_seconds) == (2, 0, 60)


# -- numeric dates: a spreadsheet re-saved the export ---------------------------------------------

_HEVY_HEAD = '"title","start_time","end_time","exercise_title","set_type","weight_kg","reps"'


def _numeric(when: datetime, order: str, sep: str, short_year: bool, twelve_hour: bool) -> str:
    first, second = (when.day, when.month) if order == "dmy" else (when.month, when.day)
    year = f"{when.year % 100:02d}" if short_year else str(when.year)
    clock = f"{(when.hour + 11) % 12 + 1}:{when:%M} {when:%p}" if twelve_hour else f"{when:%H:%M}"
    return f"{first}{sep}{second}{sep}{year} {clock}"


_DECADE = st.datetimes(datetime(2020, 1, 1), datetime(2035, 12, 31)).map(
    lambda t: t.replace(second=0, microsecond=0)
)


@given(
    starts=st.lists(_DECADE, min_size=1, max_size=6, unique=True),
    decisive=_DECADE.filter(lambda t: t.day > 12),
    order=st.sampled_from(["dmy", "mdy"]),
    sep=st.sampled_from(["/", ".", "-"]),
    short_year=st.booleans(),
    twelve_hour=st.booleans(),
    at=st.integers(0, 6),
)
def test_numeric_dates_read_in_the_order_one_of_the_files_dates_decides(
    starts: list[datetime],
    decisive: datetime,
    order: str,
    sep: str,
    short_year: bool,
    twelve_hour: bool,
    at: int,
) -> None:
    """Excel writes the export's dates in the locale's numeric form, one order per file: the
    first date with a part over 12 decides it, for the dates before it as well as after."""
    if order == "mdy" and sep == ".":  # dotted dates are day first (see the test below)
        sep = "/"
    starts = [t for t in starts if t != decisive]
    starts.insert(min(at, len(starts)), decisive)
    stamps = [_numeric(t, order, sep, short_year, twelve_hour) for t in starts]
    rows = [f'"W{i}","{stamp}","","Romanian Deadlift","normal","100","8"' for i, stamp in enumerate(stamps)]
    log = hr.load_log(io.StringIO("\n".join([_HEVY_HEAD, *rows])))
    assert not log.issues
    assert sorted(w.start for w in log.workouts) == sorted(starts)


@given(starts=st.lists(_DECADE.filter(lambda t: t.day <= 12), min_size=1, max_size=5, unique=True))
def test_dotted_dates_are_day_first_as_written_wherever_dots_are_used(starts: list[datetime]) -> None:
    """``03.11.2025`` is 3 November (DIN 5008; dots are written day first): no date over the
    12th is needed to decide, and no date is left unread."""
    stamps = [_numeric(t, "dmy", ".", False, False) for t in starts]
    rows = [f'"W{i}","{stamp}","","Romanian Deadlift","normal","100","8"' for i, stamp in enumerate(stamps)]
    log = hr.load_log(io.StringIO("\n".join([_HEVY_HEAD, *rows])))
    assert not log.issues
    assert sorted(w.start for w in log.workouts) == sorted(starts)


def test_numeric_dates_no_date_decides_are_reported_not_guessed() -> None:
    rows = [f'"W{d}","0{d}/10/2026 18:05","","Romanian Deadlift","normal","100","8"' for d in (3, 4)]
    with pytest.raises(hr.LogFormatError, match="could be day/month or month/day") as info:
        hr.load_log(io.StringIO("\n".join([_HEVY_HEAD, *rows])), name="x.csv")
    assert "line 2" in str(info.value) and "ISO" in str(info.value)
    iso = '"W9","2026-10-05 18:05:00","","Romanian Deadlift","normal","100","8"'
    log = hr.load_log(io.StringIO("\n".join([_HEVY_HEAD, *rows, iso])))  # the others are kept
    assert [w.title for w in log.workouts] == ["W9"] and [i.line for i in log.issues] == [2, 3]


@given(
    starts=st.lists(_DECADE.filter(lambda t: t.day <= 12), min_size=1, max_size=5, unique=True),
    order=st.sampled_from(["dmy", "mdy"]),
    spelt=st.booleans(),
)
def test_the_callers_date_order_reads_dates_no_date_in_the_file_decides(
    starts: list[datetime], order: str, spelt: bool
) -> None:
    """A log kept by hand whose dates all fall on the 1st-12th is read in the order the caller
    gives (``date_order``, ``--date-order``): never guessed, never refused."""
    stamps = [_numeric(t, order, "/", False, False) for t in starts]
    rows = [f'"W{i}","{stamp}","","Romanian Deadlift","normal","100","8"' for i, stamp in enumerate(stamps)]
    given_order = {"dmy": "day-first", "mdy": "Month-First"}[order] if spelt else order
    log = hr.load_log(io.StringIO("\n".join([_HEVY_HEAD, *rows])), date_order=given_order)
    assert not log.issues
    assert sorted(w.start for w in log.workouts) == sorted(starts)


def test_a_date_against_the_callers_order_is_reported_and_a_bad_order_refused() -> None:
    rows = [
        '"A","03/11/2026 18:05","","Romanian Deadlift","normal","100","8"',
        '"B","11/20/2026 18:05","","Romanian Deadlift","normal","100","8"',
    ]
    log = hr.load_log(io.StringIO("\n".join([_HEVY_HEAD, *rows])), date_order="dmy")
    assert [w.start.date() for w in log.workouts] == [date(2026, 11, 3)]
    assert [i.line for i in log.issues] == [3] and "day/month" in log.issues[0].message
    with pytest.raises(hr.LogFormatError, match="'ymd'") as info:
        hr.load_log(io.StringIO(_HEVY_HEAD), date_order="ymd")
    assert info.value.location == "date_order"
    with pytest.raises(hr.RequestError, match="unknown date order") as req:
        hr.check({"name": "x", "sessions": [{"name": "A", "exercises": []}]}, date_order=3)  # type: ignore[arg-type]
    assert req.value.location == "date_order"


def test_check_and_the_cli_pass_the_date_order_to_the_log(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("Date,Exercise,Sets,Reps,Weight (kg)\n11/3/2025,RDL,3,8,100\n11/6/2025,RDL,3,8,100\n")
    with pytest.raises(hr.LogFormatError, match="date_order='dmy' or 'mdy'"):
        hr.check(path, as_of=date(2025, 12, 20))
    report = hr.check(path, as_of=date(2025, 12, 20), date_order="mdy")
    assert [w.label for w in report.weeks if w.trained] == ["2025-W45"]
    from hamstring_rules.cli import main

    args = ["check", str(path), "--as-of", "2025-12-20", "--date-order", "dmy", "--format", "json"]
    assert main(args) in (0, 1)


def test_a_numeric_date_against_the_files_order_is_reported() -> None:
    rows = [
        '"A","19.10.2026 18:05","","Romanian Deadlift","normal","100","8"',
        '"B","10/20/2026 18:05","","Romanian Deadlift","normal","100","8"',
    ]
    log = hr.load_log(io.StringIO("\n".join([_HEVY_HEAD, *rows])))
    assert [w.title for w in log.workouts] == ["A"]
    (issue,) = log.issues
    assert issue.line == 3 and "day/month order" in issue.message


def test_a_hand_kept_log_keeps_its_sets_whatever_the_weight_cell_says() -> None:
    """A set number column is no set type (an explicit warm-up flag wins); weights written with
    their unit are converted, body weight is a set without a load, an unreadable weight keeps
    the set without its weight (reported); a weekday before the date is read."""
    text = (
        "Workout,Date,Exercise,Set,Weight (kg),Reps,RIR,Warmup\n"
        "Legs,Mon 2 Nov 2026,Romanian deadlift,1,60,8,,yes\n"
        "Legs,Mon 2 Nov 2026,Romanian deadlift,2,100kg,8,2,no\n"
        "Legs,Mon 2 Nov 2026,Romanian deadlift,3,225 lbs,8,1,no\n"
        "Legs,Mon 2 Nov 2026,Nordic curl,1,BW,5,0,no\n"
        "Legs,Mon 2 Nov 2026,Nordic curl,2,heavy,5,0,no\n"
    )
    log = hr.load_log(io.StringIO(text))
    (workout,) = log.workouts
    rdl, nordic = workout.exercises
    assert workout.start == datetime(2026, 11, 2)
    assert (rdl.hard_sets, rdl.warmup_sets) == (2, 1)
    assert rdl.top_kg == pytest.approx(225 * 0.45359237, abs=0.01)
    assert (nordic.hard_sets, nordic.top_kg) == (2, None)
    assert [(i.line, "'heavy' is not a weight: the set is kept" in i.message) for i in log.issues[1:]] == [
        (6, True)
    ]


def test_a_tab_separated_export_reads_as_the_comma_one() -> None:
    """Excel's "Unicode Text" and other TSV files: the tab is a delimiter like , and ;."""
    text = (DATA / "hevy_kg.csv").read_text(encoding="utf-8-sig")
    import csv

    rows = list(csv.reader(io.StringIO(text)))
    tsv = "\n".join("\t".join(row) for row in rows) + "\n"
    assert _shape(hr.load_log(io.StringIO(tsv))) == _shape(hr.load_log(DATA / "hevy_kg.csv"))


def test_a_file_that_is_not_utf8_is_read_as_windows_1252_and_said_so(tmp_path: Path) -> None:
    """Excel on Windows saves "CSV (Comma delimited)" as Windows-1252: the names are decoded
    from it, the numbers are unchanged, and the first issue says how the file was read."""
    text = (DATA / "hevy_kg.csv").read_text(encoding="utf-8-sig")
    file = tmp_path / "excel.csv"
    file.write_bytes(text.replace("Romanian Deadlift", "Romanian Deadlift° Übung").encode("cp1252"))
    log = hr.load_log(file)
    assert "Windows-1252" in log.issues[0].message
    assert any("° Übung" in e.name for w in log.workouts for e in w.exercises)
    assert [[e.hard_sets for e in w.exercises] for w in log.workouts] == [
        [e.hard_sets for e in w.exercises] for w in hr.load_log(DATA / "hevy_kg.csv").workouts
    ]
    with pytest.raises(hr.LogFormatError, match="not valid UTF-8"):  # a stream cannot be read again
        hr.load_log(io.TextIOWrapper(io.BytesIO(file.read_bytes()), encoding="utf-8"))


@given(
    workouts=workout_specs(),
    fmt=st.sampled_from(FORMATS),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]),
    wrap=st.sampled_from(["bytes", "bytearray", "BytesIO", "spooled"]),
)
def test_an_upload_reads_as_the_same_file_does(
    workouts: list[WorkoutSpec], fmt: str, encoding: str, wrap: str
) -> None:
    """A web back end hands over an upload as bytes or a binary stream (FastAPI's
    ``UploadFile.file`` is a SpooledTemporaryFile): it is read as the file is, whatever its
    encoding (a BOM's UTF-16/32, UTF-8, else Windows-1252, said in the first issue)."""
    import tempfile

    text = write(fmt, workouts).replace("Romanian Deadlift", "Romanian Deadlift Übung")
    data = text.encode(encoding)
    expected = hr.load_log(io.StringIO(text))
    with tempfile.SpooledTemporaryFile(max_size=1000) as spooled:
        upload: object = data
        if wrap == "bytearray":
            upload = bytearray(data)
        elif wrap == "BytesIO":
            upload = io.BytesIO(data)
        elif wrap == "spooled":
            spooled.write(data)
            spooled.seek(0)
            upload = spooled
        got = hr.load_log(upload, name="upload.csv")  # type: ignore[arg-type]
    not_utf8 = encoding == "cp1252" and not text.isascii()
    notices = got.issues[1:] if not_utf8 else got.issues
    assert _shape(got) == _shape(expected) and notices == expected.issues
    assert any("Windows-1252" in i.message for i in got.issues) == not_utf8


def test_an_upload_is_held_to_the_byte_limit_and_refused_when_empty_or_binary(tmp_path: Path) -> None:
    data = (DATA / "hevy_kg.csv").read_bytes()
    with pytest.raises(hr.InputLimitError, match="100") as info:
        hr.load_log(io.BytesIO(data), max_bytes=100, name="upload.csv")
    assert info.value.location == "upload.csv"
    with pytest.raises(hr.LogFormatError, match="empty"):
        hr.load_log(b"")
    with pytest.raises(hr.LogFormatError, match="binary"):
        hr.load_log(b"PK\x03\x04\x00\x00" + data)
    file = tmp_path / "export.csv"
    file.write_bytes(data)
    with file.open("rb") as fh:
        assert _shape(hr.load_log(fh)) == _shape(hr.load_log(file))
    closed = io.BytesIO(data)
    closed.close()
    with pytest.raises(hr.LogFormatError, match="closed"):
        hr.load_log(closed)


def test_an_export_that_does_not_record_its_unit_says_weights_are_read_as_kg() -> None:
    """Strong's oldest export has no unit anywhere: the log says the weights are read as kg and
    how to say pounds; with unit= given it says they are read in it, not converted (logs23, rv27 R21)."""
    text = (DATA / "strong_v1.csv").read_text(encoding="utf-8-sig")
    log = hr.load_log(io.StringIO(text))
    assert log.issues[0].line == 1 and "does not record its weight unit" in log.issues[0].message
    assert "unit='lb'" in log.issues[0].message
    pounds = hr.load_log(io.StringIO(text), unit="lb")
    assert not any("does not record its weight unit" in i.message for i in pounds.issues)
    assert pounds.unit == "lb"
    assert "read as lb, the unit given" in pounds.issues[0].message


# -- any CSV a person or another app writes: a log, a program, or a clear error ------------------

_HEADER_WORDS = [
    "Date", "date", "Start Time", "Workout Date", "Day", "Exercise", "exercise_name", "Lift", "Reps",
    "repetitions", "Sets", "Weight (kg)", "Weight(lbs)", "Load", "Unit", "Set", "Set Type", "isWarmup",
    "RPE", "RIR", "Duration (s)", "Seconds", "Workout", "Session", "Notes", "Tempo", "Week", "x",
]  # fmt: skip
_CELLS = [
    "", " ", "3", "8", "0", "-1", "12.5", "8,5", "100kg", "225 lbs", "BW", "abc", "1e308", "nan",
    "2025-11-03", "2025-11-03 18:00:00", "03/11/2025", "19/10/2026 18:05", "10/19/26 6:05 PM",
    "Mon 2 Nov 2026", "Nov 3, 2025, 7:48 AM", "3 Nov 2025, 07:48", "2025-11-03T07:48:00Z",
    "RDL", "Romanian Deadlift (Barbell)", "Nordic curl", "Plank", "yes", "no", "true", "W", "F",
    "warmup", "normal", "3x8-10", "8-10", "1:30", "0:01:30", "1m 30s", "kg", "lb", "stone", "Mon",
    '"', "\u00e9", "\x00", "A" * 300,
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    header=st.lists(st.sampled_from(_HEADER_WORDS), min_size=1, max_size=9),
    rows=st.lists(st.lists(st.sampled_from(_CELLS), min_size=0, max_size=10), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_any_csv_is_a_log_a_program_or_a_clear_error(
    tmp_path_factory: pytest.TempPathFactory, header: list[str], rows: list[list[str]], delimiter: str
) -> None:
    """Whatever header and cells a spreadsheet holds, reading and checking it as a log (and the
    same file as a program) gives a result or the library's own error, never another exception."""
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    file = tmp_path_factory.mktemp("any") / "any.csv"
    file.write_text(text, encoding="utf-8")
    for attempt in (
        lambda: hr.load_log(io.StringIO(text)),
        lambda: hr.check(file, as_of=date(2027, 1, 1)),
        lambda: hr.load_program(file),
    ):
        try:
            result = attempt()
        except hr.HamstringRulesError as exc:
            message = str(exc)
        else:
            message = result.to_json() if isinstance(result, hr.Report) else repr(result)
        assert message


def test_an_hour_too_long_for_a_clock_and_a_column_named_twice_are_read_as_input() -> None:
    """A start time whose hour has 30 digits is a bad row (it raised OverflowError); a header
    naming a column twice reads the first (a trailing empty 'Date' made every row undated)."""
    head = '"title","start_time","end_time","exercise_title","set_type","weight_kg","reps"'
    rows = [
        f'"L","3 Nov 2025, {"8" * 30}:48","","RDL","normal","100","8"',
        '"L","4 Nov 2025, 08:48","","RDL","normal","100","8"',
    ]
    log = hr.load_log(io.StringIO("\n".join([head, *rows])))
    assert [i.line for i in log.issues] == [2] and len(log.workouts) == 1
    fitnotes = "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Date\n"
    fitnotes += "2025-11-03,RDL,Legs,100,8,,,,\n"
    assert [w.start.date() for w in hr.load_log(io.StringIO(fitnotes)).workouts] == [date(2025, 11, 3)]


def test_a_tab_separated_log_file_is_checked_as_a_log(tmp_path: Path) -> None:
    """A ``.tsv`` export is a log as a ``.csv`` one is (it was 'unknown program file type')."""
    path = tmp_path / "export.tsv"
    path.write_text("Date\tExercise\tReps\tWeight\n2025-11-03\tRomanian Deadlift\t8\t100\n", encoding="utf-8")
    report = hr.check(path, as_of=date(2025, 11, 20))
    assert report.kind == "log" and [w.label for w in report.weeks if w.trained] == ["2025-W45"]


def test_a_header_cell_of_many_brackets_is_refused_at_once(tmp_path: Path) -> None:
    """The header matcher strips bracketed units from each cell with a pattern whose cost is the
    square of the cell's length: a log whose header held 65,536 "[" took 18 s to refuse (two
    minutes on a busy machine). A cell too long to name a column names none; the others are still read.
    (A hang guard, 20 x the normal cost: a budget near it flaked on a loaded machine.)"""
    from ..hang import hang_guard

    refused = tmp_path / "brackets.csv"
    refused.write_text("[" * 65_536 + "\nRDL,3,8\n", encoding="utf-8")
    with (
        hang_guard(0.25, "65,536 brackets"),
        pytest.raises(hr.LogFormatError, match="unrecognised CSV header"),
    ):
        hr.load_log(refused)
    read = tmp_path / "wide.csv"
    wide = "Date," + "(" * 65_536 + ",Exercise,Reps\n2026-11-02,x,Romanian Deadlift,8\n"
    read.write_text(wide, encoding="utf-8")
    with hang_guard(0.25, "a header cell of 65,536 parentheses"):
        log = hr.load_log(read)
    assert [e.name for w in log.workouts for e in w.exercises] == ["Romanian Deadlift"]


@pytest.mark.parametrize("separator", [";", ",", "\t", "|"])
@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_excel_sep_line_names_a_logs_separator(tmp_path: Path, separator: str, ending: str) -> None:
    """Excel writes (and reads) a first line ``sep=;`` naming a CSV's separator: a log saved so
    was 'unrecognised CSV header'. The line names the separator and the header follows it
    (blank lines between are allowed); rows keep their file line numbers. The same from a
    path, bytes and a text stream."""
    lines = [f"sep={separator}", "", "Date|Exercise|Reps|Weight (kg)"]
    lines += ["2026-11-02|RDL|8|100", "2026-11-02|RDL|x|100"]
    text = "\ufeff" + ending.join(line.replace("|", separator) for line in lines) + ending
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("utf-8"))
    for source in (path, text.encode("utf-8"), io.StringIO(text.lstrip("\ufeff"))):
        log = hr.load_log(source)
        (workout,) = log.workouts
        assert [(e.name, e.hard_sets, e.top_kg) for e in workout.exercises] == [("RDL", 1, 100)]
        bad = [issue for issue in log.issues if "'x'" in issue.message]
        assert [issue.line for issue in bad] == [5]


def test_a_named_pipe_is_refused_as_no_regular_file(tmp_path: Path) -> None:
    """A named pipe given as a log path was 'empty file' (its size is 0): it is no regular file,
    and the error says how to read a stream."""
    pipe = tmp_path / "export.csv"
    os.mkfifo(pipe)  # POSIX: the project's CI and users' servers
    with pytest.raises(hr.LogFormatError, match="not a regular file") as info:
        hr.load_log(pipe)
    assert str(pipe) in str(info.value) and "stream" in str(info.value)
    with pytest.raises(hr.HamstringRulesError, match="not a regular file"):
        hr.check(pipe)


HEVY_HEAD = ",".join(
    ["title", "start_time", "end_time", "description", "exercise_title", "superset_id", "exercise_notes",
     "set_index", "set_type", "weight_kg", "reps", "distance_km", "duration_seconds", "rpe"]
)  # fmt: skip


def _hevy(rows: list[tuple[str, str, str, str, str]], pad: int = 0) -> str:
    """A Hevy kg export: (exercise, set type, weight, reps, seconds) per row, all on 3 Nov 2025;
    ``pad`` ordinary RDL sets first (so the rows after them are read a chunk at a time too), each
    with its set number (a row repeating the row above, set number too, is one set: logs25)."""
    stamp = '"3 Nov 2025, 07:48"'
    body = [f"Lower,{stamp},{stamp},,Romanian Deadlift (Barbell),,,{k},normal,100,8,,," for k in range(pad)]
    body += [f"Lower,{stamp},{stamp},,{ex},,,0,{kind},{w},{r},,{s}," for ex, kind, w, r, s in rows]
    return "\n".join([HEVY_HEAD, *body]) + "\n"


@pytest.mark.parametrize("pad", [0, 300])
def test_a_negative_or_superhuman_weight_is_an_input_issue_and_the_set_is_kept(pad: int) -> None:
    """A weight of 4,000 kg is no lift: reported with its line and value and dropped, the set
    still counted; the heaviest set is the real one (it was 4,000 kg). A weight of -100 kg is an
    assisted set's help (test_logs15), said with its line and value; the set is kept, of no load."""
    rows = [("Lying Leg Curl (Machine)", "normal", w, "12", "") for w in ("40", "4000", "-100", "1000")]
    log = hr.load_log(io.StringIO(_hevy(rows, pad)), name="x.csv")
    curl = next(e for w in log.workouts for e in w.exercises if e.name.startswith("Lying"))
    assert curl.hard_sets == 4 and curl.top_kg == 1000
    assert [str(i) for i in log.issues] == [
        f"line {pad + 3}: weight 4000 kg is over 1,000 kg, more than anyone lifts: dropped, the set is kept "
        "without its weight",
        f"line {pad + 4}: weight_kg '-100' is negative: read as 100 of help, an assisted body-weight set's "
        "(as BW-100): the set is kept without its weight",
    ]


def test_the_weight_limit_is_in_kilograms_whatever_the_unit() -> None:
    """2,300 lb (1,043 kg) is over the limit and named in pounds; 2,200 lb (998 kg) is not."""
    row = '2025-11-03 18:00:00;"Legs";"Hip Thrust";{};{};lbs;5;;;;0;"";'
    rows = [row.format(1, 2200), row.format(2, 2300)]
    log = hr.load_log(io.StringIO("\n".join([";".join(STRONG_V2), *rows])), name="x.csv")
    (thrust,) = log.workouts[0].exercises
    assert thrust.hard_sets == 2 and thrust.top_kg == pytest.approx(2200 * 0.45359237, abs=0.001)
    assert [str(i) for i in log.issues] == [
        "line 3: weight 2300 lb is over 1,000 kg, more than anyone lifts: dropped, the set is kept "
        "without its weight"
    ]


@pytest.mark.parametrize("pad", [0, 300])
def test_a_set_row_without_reps_is_an_input_issue_not_a_skipped_timer(pad: int) -> None:
    """A 'normal' set with a weight and blank or 0 reps was counted among 'rest-timer or note rows
    skipped' with no line: it is reported by line; a timed set (seconds) is still read as one."""
    rows = [
        ("Romanian Deadlift (Barbell)", "normal", "100", "", ""),
        ("Romanian Deadlift (Barbell)", "normal", "100", "0", ""),
        ("Romanian Deadlift (Barbell)", "warmup", "60", "", ""),
        ("Plank", "normal", "", "", "60"),
    ]
    log = hr.load_log(io.StringIO(_hevy(rows, pad)), name="x.csv")
    assert log.skipped_rows == 0
    assert [str(i) for i in log.issues] == [
        f"line {pad + 2}: no reps: the set is not read",
        f"line {pad + 3}: 0 reps: not counted as a set",  # a set planned and not done
        f"line {pad + 4}: no reps: the set is not read",
    ]
    plank = next(e for e in log.workouts[0].exercises if e.name == "Plank")
    assert (plank.hard_sets, plank.max_seconds) == (1, 60)


def test_rest_timer_and_note_rows_are_still_skipped_without_an_issue() -> None:
    """Strong's rest-timer and note rows (a set order naming no set, a timer's name as the
    exercise) are counted as skipped, never reported as sets without reps."""
    head = ",".join(STRONG_V1)
    rows = [
        f'{WHEN},"Legs",1h,"{RDL}",1,100.0,8,0,0,"",,',
        f'{WHEN},"Legs",1h,"{RDL}",Rest Timer,0,0,0,90,"",,',
        f'{WHEN},"Legs",1h,"{RDL}",Note,,,0,0,"",,',
        f'{WHEN},"Legs",1h,"Rest Timer",2,,,0,0,"",,',
    ]
    log = hr.load_log(io.StringIO("\n".join([head, *rows])), name="x.csv", unit="kg")
    unsaid = [i for i in log.issues if "records no weight unit" not in i.message]  # unit= said (logs23)
    assert log.skipped_rows == 3 and unsaid == []


def test_no_sets_found_counts_the_rows_not_read_not_the_workouts() -> None:
    """Five rows on four ambiguous dates: 'no sets found in 5 rows; 5 bad rows' (it said 4, the
    workouts' count)."""
    text = "Date,Exercise,Weight (lbs),Reps\n" + "".join(
        f"{d}/11/2025,Romanian Deadlift,225,8\n" for d in ("03", "03", "06", "10", "12")
    )
    with pytest.raises(hr.LogFormatError, match=r"no sets found in 5 rows; 5 bad rows, first line 2: "):
        hr.load_log(io.StringIO(text), name="ambig.csv")


def test_load_log_documents_that_a_non_utf8_file_is_read_not_refused(tmp_path: Path) -> None:
    """The docstring's Raises said a non-UTF-8 file raises LogFormatError; it is read as
    Windows-1252 with a notice, and the docstring says that."""
    file = tmp_path / "cp1252.csv"
    file.write_bytes("Date,Exercise,Reps\n2025-11-03,Curl f\xe9moral,8\n".encode("cp1252"))
    log = hr.load_log(file)
    assert log.issues[0].line == 1 and "Windows-1252" in log.issues[0].message
    raises = (hr.load_log.__doc__ or "").split("Raises:")[1]
    assert "non-UTF-8" not in raises and "Windows-1252" in raises


def test_rpe_documents_that_it_holds_only_the_given_values() -> None:
    """``LoggedExercise.rpe`` holds the RPEs given, not one per set: its docstring says so."""
    rows = [("Romanian Deadlift (Barbell)", "normal", "100", "8", "")] * 2
    first, *rest = _hevy(rows).splitlines()[1:]
    text = "\n".join([HEVY_HEAD, first + "8", *rest])  # the first set has RPE 8, the second none
    (rdl,) = hr.load_log(io.StringIO(text), name="x.csv", keep_sets=True).workouts[0].exercises
    assert (rdl.hard_sets, rdl.rpe) == (2, (8.0,))
    doc = " ".join((hr.LoggedExercise.__doc__ or "").split())
    assert "``rpe`` holds only the RPE values given" in doc


@settings(max_examples=60, deadline=None)
@given(
    st.lists(  # workouts of one week: each a list of (weight in 0.5 lb steps, reps)
        st.lists(st.tuples(st.integers(1, 1200), st.integers(1, 30)), min_size=1, max_size=8),
        min_size=1,
        max_size=7,
    )
)
def test_pounds_in_pounds_out_tonnage_is_exact_to_the_shown_precision(
    workouts: list[list[tuple[int, int]]],
) -> None:
    """Any lb weights in: the week's tonnage shown in lb is the sum computed in lb, to the 0.1 lb
    shown (kilograms rounded on reading made 70 lb x 5 x 6 sets 2099.9 lb), and so is the top set."""
    head = ",".join([*STRONG_V3[:6], "Weight (lbs)", *STRONG_V3[7:]])
    rows = [
        f"{n},2025-11-0{n} 06:30:00,Legs,3600,Leg Curl,{i},{half / 2},{reps},,,,,"
        for n, sets in enumerate(workouts, 3)
        for i, (half, reps) in enumerate(sets, 1)
    ]
    log = hr.load_log(io.StringIO("\n".join([head, *rows])), name="x.csv")
    (week,) = (p.to_dict(log.unit) for p in log.progress())
    assert week["unit"] == "lb"
    in_lb = sum(half * reps for sets in workouts for half, reps in sets) / 2  # exact: a multiple of 0.5
    assert week["tonnage"] == in_lb
    assert week["top_set"] == max(half for sets in workouts for half, _ in sets) / 2


def test_a_log_of_only_excels_sep_line_says_so(tmp_path: Path) -> None:
    """A file holding only ``sep=;`` was 'empty file': it holds Excel's separator line and nothing
    else, and the error says that."""
    path = tmp_path / "export.csv"
    path.write_text("sep=;\r\n\r\n", encoding="utf-8")
    with pytest.raises(hr.LogFormatError, match=r"only Excel's 'sep=;' line: no header and no rows"):
        hr.load_log(path)
