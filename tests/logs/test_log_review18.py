"""Log reading defects found by review18 (an independent new-user review), each a silent misread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr


def _log(tmp_path: Path, text: str, name: str = "log.csv") -> hr.WorkoutLog:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return hr.load_log(path)


def _sets(log: hr.WorkoutLog) -> list[tuple[str, int, int]]:
    return [(e.name, e.hard_sets, e.warmup_sets) for w in log.workouts for e in w.exercises]


# -- 1: a Sets column numbering the rows is not summed --------------------------------------


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        # set numbers beside a warm-up flag or a set type column of their own
        ("Sets,Reps,Weight,Warm-up", ["1,8,60,yes", "2,8,100,", "3,8,100,", "4,8,100,"], [("RDL", 3, 1)]),
        ("Sets,Reps,Weight,Set Type", ["1,8,60,warmup", "2,8,100,normal", "3,8,100,normal"], [("RDL", 2, 1)]),
        # a label that is no number: a warm-up
        ("Sets,Reps,Weight", ["W,8,60", "1,8,100", "2,8,100", "3,8,100"], [("RDL", 3, 1)]),
        # newest first, and a back-off set numbered afresh
        ("Sets,Reps,Weight", ["3,8,100", "2,8,100", "1,8,100"], [("RDL", 3, 0)]),
        ("Sets,Reps,Weight", ["1,8,100", "2,8,100", "3,6,100", "1,10,80"], [("RDL", 4, 0)]),
    ],
)
def test_set_numbers_are_one_set_a_row(
    tmp_path: Path, header: str, rows: list[str], expected: list[tuple[str, int, int]]
) -> None:
    text = f"Date,Exercise,{header}\n" + "".join(f"2025-11-03,RDL,{r}\n" for r in rows)
    log = _log(tmp_path, text)
    assert _sets(log) == expected
    assert "as set number (one row per set)" in str(log.issues[0])


def test_set_numbers_through_the_workout(tmp_path: Path) -> None:
    rows = ["RDL,1", "RDL,2", "RDL,3", "Seated Leg Curl,4", "Seated Leg Curl,5"]
    text = "Date,Exercise,Sets,Reps\n" + "".join(f"2025-11-03,{r},8\n" for r in rows)
    assert _sets(_log(tmp_path, text)) == [("RDL", 3, 0), ("Seated Leg Curl", 2, 0)]


@pytest.mark.parametrize(
    "rows",
    [
        ["Romanian Deadlift,1", "Seated Leg Curl,2", "Back Extension,3"],  # one row an exercise
        ["Romanian Deadlift,3", "Romanian Deadlift,2"],  # 3 sets, then 2 more
        ["Romanian Deadlift,2", "Romanian Deadlift,3"],
    ],
)
def test_set_counts_stay_counts(tmp_path: Path, rows: list[str]) -> None:
    text = "Date,Exercise,Sets,Reps\n" + "".join(f"2025-11-03,{r},8\n" for r in rows)
    log = _log(tmp_path, text)
    cells = [int(r.split(",")[1]) for r in rows]
    assert sum(e.hard_sets for w in log.workouts for e in w.exercises) == sum(cells)
    assert "as sets" in str(log.issues[0])


def test_summed_set_numbers_no_longer_fake_a_spike(tmp_path: Path) -> None:
    # four weeks of the same 4 numbered sets: no week is a spike over the others
    rows = []
    for week in range(4):
        day = date(2025, 10, 6 + 7 * week).isoformat()
        rows += [f"{day},Romanian Deadlift,{n},8,100,{'yes' if n == 1 else ''}" for n in range(1, 6)]
    text = "Date,Exercise,Sets,Reps,Weight,Warm-up\n" + "\n".join(rows) + "\n"
    path = tmp_path / "log.csv"
    path.write_text(text, encoding="utf-8")
    report = hr.check(path, as_of=date(2025, 11, 30))
    assert [w.hamstring_sets for w in report.weeks if w.trained] == [4.0] * 4


@given(
    st.lists(st.integers(min_value=2, max_value=6), min_size=1, max_size=4),
    st.sampled_from(["up", "down", "through"]),
)
def test_any_numbering_of_the_rows_is_one_set_a_row(
    tmp_path_factory: pytest.TempPathFactory, sizes: list[int], how: str
) -> None:
    names = ["Romanian Deadlift", "Seated Leg Curl", "Back Extension", "Nordic Curl"]
    rows, n = [], 0
    for name, k in zip(names, sizes, strict=False):
        numbers = (
            list(range(1, k + 1))
            if how == "up"
            else list(range(k, 0, -1))
            if how == "down"
            else list(range(n + 1, n + k + 1))
        )
        n += k
        rows += [f"2025-11-03,{name},{m},8" for m in numbers]
    path = tmp_path_factory.mktemp("log") / "log.csv"
    path.write_text("Date,Exercise,Sets,Reps\n" + "\n".join(rows) + "\n", encoding="utf-8")
    log = hr.load_log(path)
    assert [e.hard_sets for w in log.workouts for e in w.exercises] == sizes[: len(names)]


# -- 5: a Time column beside a date without one ---------------------------------------------


@pytest.mark.parametrize("header", ["Time", "Uhrzeit", "Hora", "Heure", "time of day"])
@pytest.mark.parametrize(
    ("morning", "evening"), [("07:00", "19:00"), ("7:00 AM", "7:00 PM"), ("7 am", "7 pm")]
)
def test_a_time_column_splits_a_morning_and_an_evening(
    tmp_path: Path, header: str, morning: str, evening: str
) -> None:
    text = f"Date,{header},Exercise,Reps\n" + "".join(
        f"{day},{clock},Romanian Deadlift,12\n"
        for day in ("2025-11-03", "2025-11-06")
        for clock in (morning, evening)
    )
    log = _log(tmp_path, text)
    assert [w.start.isoformat(" ", "minutes") for w in log.workouts] == [
        "2025-11-03 07:00",
        "2025-11-03 19:00",
        "2025-11-06 07:00",
        "2025-11-06 19:00",
    ]
    assert "as the time of day" in str(log.issues[0])


def test_rehab_sessions_twelve_hours_apart_are_caught(tmp_path: Path) -> None:
    text = "Date,Time,Exercise,Sets,Reps,Weight (kg),RIR\n" + "".join(
        f"{day},{clock},Romanian Deadlift,3,12,40,3\n"
        for day in ("2025-11-03", "2025-11-06")
        for clock in ("07:00", "19:00")
    )
    path = tmp_path / "log.csv"
    path.write_text(text, encoding="utf-8")
    codes = {f.code for f in hr.check(path, goal="rehab", stage=3, as_of=date(2025, 11, 9)).findings}
    assert "HR017" in codes


def test_sets_minutes_apart_stay_one_session(tmp_path: Path) -> None:
    rows = ["07:00,Romanian Deadlift", "07:20,Seated Leg Curl", "18:30,Nordic Curl"]
    log = _log(tmp_path, "Date,Time,Exercise,Reps\n" + "".join(f"2025-11-03,{r},8\n" for r in rows))
    assert [[e.name for e in w.exercises] for w in log.workouts] == [
        ["Romanian Deadlift", "Seated Leg Curl"],
        ["Nordic Curl"],
    ]


@pytest.mark.parametrize("cells", [("0:45", "1:30"), ("45", "60"), ("morning", "evening")])
def test_a_time_column_of_durations_or_words_is_not_a_clock(tmp_path: Path, cells: tuple[str, str]) -> None:
    text = "Date,Time,Exercise,Reps\n" + "".join(f"2025-11-03,{c},Plank,1\n" for c in cells)
    log = _log(tmp_path, text)
    assert [w.start.isoformat(" ", "minutes") for w in log.workouts] == ["2025-11-03 00:00"]
    assert "'Time' is not read" in str(log.issues[0])


def test_a_blank_time_takes_the_row_above(tmp_path: Path) -> None:
    text = "Date,Time,Exercise,Reps\n2025-11-03,18:00,RDL,8\n,,RDL,8\n2025-11-04,7:00,RDL,8\n"
    log = _log(tmp_path, text)
    assert [(w.start.isoformat(" ", "minutes"), w.exercises[0].hard_sets) for w in log.workouts] == [
        ("2025-11-03 18:00", 2),
        ("2025-11-04 07:00", 1),
    ]


def test_a_time_per_set_keeps_the_set_numbers_one_set_a_row(tmp_path: Path) -> None:
    rows = [
        "18:02,Romanian Deadlift,1",
        "18:06,Romanian Deadlift,2",
        "18:10,Romanian Deadlift,3",
        "18:20,Nordic Curl,1",
    ]
    log = _log(tmp_path, "Date,Time,Exercise,Set,Reps\n" + "".join(f"2025-10-06,{r},8\n" for r in rows))
    assert [(w.start.isoformat(" ", "minutes"), _sets(log)) for w in log.workouts] == [
        ("2025-10-06 18:02", [("Romanian Deadlift", 3, 0), ("Nordic Curl", 1, 0)])
    ]


# -- 6: a log of easy sets or warm-ups only is judged, not an empty report -----------------


@pytest.mark.parametrize(
    ("extra", "cells"),
    [("RPE", ["5", "5", "5", "4"]), ("Set Type", ["warmup", "warmup", "warmup", "warmup"])],
)
def test_weeks_of_no_hard_set_are_judged(tmp_path: Path, extra: str, cells: list[str]) -> None:
    days = ["2025-11-03", "2025-11-03", "2025-11-06", "2025-11-10"]
    names = ["RDL", "Seated leg curl", "Good morning", "RDL"]
    text = f"Date,Exercise,Sets,Reps,Weight (kg),{extra}\n" + "".join(
        f"{d},{n},3,8,100,{c}\n" for d, n, c in zip(days, names, cells, strict=True)
    )
    path = tmp_path / "log.csv"
    path.write_text(text, encoding="utf-8")
    report = hr.check(path, goal="tie-in", as_of=date(2025, 11, 30))
    trained = [w for w in report.weeks if w.trained]
    assert [w.label for w in trained][:2] == ["2025-W45", "2025-W46"]
    assert all(w.hamstring_sets == 0 for w in report.weeks)
    # judged: too little work (HR012); a week of warm-ups has no hinge (HR001), while easy RDLs
    # are a hinge done lightly (checks10: what a week has counts easy sets, its volume does not)
    weeks = {"2025-W45", "2025-W46"}
    assert {f.location.week_label for f in report.findings if f.code == "HR012"} >= weeks
    hinge_missing = {f.location.week_label for f in report.findings if f.code == "HR001"}
    assert hinge_missing == (weeks if extra == "Set Type" else set())
    assert not report.ok


# -- 7: a day's workout names without times are blocks of one session ------------------------


def test_a_days_blocks_are_one_session_in_the_files_order(tmp_path: Path) -> None:
    rows = [
        "2025-11-03,Warm-up,Bike",
        "2025-11-03,Main,Romanian Deadlift",
        "2025-11-03,Accessories,Nordic Curl",
        "2025-11-03,Accessories,Seated Leg Curl",
        "2025-11-06,Main,Good Morning",
    ]
    log = _log(tmp_path, "Date,Workout,Exercise,Sets,Reps\n" + "".join(f"{r},3,8\n" for r in rows))
    assert [(w.title, [e.name for e in w.exercises]) for w in log.workouts] == [
        ("Warm-up + Main + Accessories", ["Bike", "Romanian Deadlift", "Nordic Curl", "Seated Leg Curl"]),
        ("Main", ["Good Morning"]),
    ]
    assert any("1 day with several workout names" in str(i) and i.line == 2 for i in log.issues)
    report = hr.check(log, as_of=date(2025, 11, 9))
    assert "HR006" not in {f.code for f in report.findings}  # no "0 h apart" between blocks


@pytest.mark.parametrize("newest_first", [False, True])
def test_the_order_across_a_days_blocks_is_checked(tmp_path: Path, newest_first: bool) -> None:
    rows = []
    for day in ("2025-11-03", "2025-11-06", "2025-11-10"):
        rows += [f"{day},Strength,Back Squat,4,6,120", f"{day},Accessory,Romanian Deadlift,3,8,100"]
    if newest_first:
        rows.reverse()
    path = tmp_path / "log.csv"
    path.write_text(
        "Date,Workout,Exercise,Sets,Reps,Weight (kg)\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    report = hr.check(path, goal="tie-in", as_of=date(2025, 11, 16))
    assert sum(1 for f in report.findings if f.code == "HR003") == 3


def test_blocks_with_times_stay_apart(tmp_path: Path) -> None:
    rows = ["2025-11-03 07:00,Run,Sprint", "2025-11-03 18:00,Lift,Romanian Deadlift"]
    log = _log(tmp_path, "Date,Workout,Exercise,Sets,Reps\n" + "".join(f"{r},3,8\n" for r in rows))
    assert [w.title for w in log.workouts] == ["Run", "Lift"]


# -- 4: columns per set and measure ---------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "Set 1 Weight,Set 1 Reps,Set 2 Weight,Set 2 Reps,Set 3 Weight,Set 3 Reps",
        "Weight 1,Reps 1,Weight 2,Reps 2,Weight 3,Reps 3",
        "Satz 1 Gewicht,Satz 1 Wdh,Satz 2 Gewicht,Satz 2 Wdh,Satz 3 Gewicht,Satz 3 Wdh",
        "S1 kg,S1 reps,S2 kg,S2 reps,S3 kg,S3 reps",
    ],
)
def test_columns_per_set_and_measure_are_a_row_per_set(tmp_path: Path, header: str) -> None:
    rows = ["2025-11-03,Romanian Deadlift,100,8,105,8,110,6", "2025-11-03,Seated Leg Curl,40,12,40,12,,"]
    text = f"Date,Exercise,{header}\n" + "\n".join(rows) + "\n"
    log = _log(tmp_path, text)
    by_name = {e.name: e for w in log.workouts for e in w.exercises}
    assert by_name["Romanian Deadlift"].hard_sets == 3 and by_name["Seated Leg Curl"].hard_sets == 2
    assert by_name["Romanian Deadlift"].top_kg == 110 and by_name["Romanian Deadlift"].reps_low == 6
    assert by_name["Romanian Deadlift"].tonnage_kg == 100 * 8 + 105 * 8 + 110 * 6
    assert "not read" not in str(log.issues[0])


def test_a_per_set_effort_column_is_read(tmp_path: Path) -> None:
    header = "Set 1 Reps,Set 1 RPE,Set 2 Reps,Set 2 RPE"
    log = _log(tmp_path, f"Date,Exercise,Weight,{header}\n2025-11-03,Romanian Deadlift,100,8,7,8,9\n")
    (ex,) = log.workouts[0].exercises
    assert (ex.hard_sets, ex.max_rpe, ex.top_kg) == (2, 9.0, 100.0)


# -- the set's effort written in its reps cell (logio8's leftover) -------------------------------


@pytest.mark.parametrize(
    ("cell", "sets", "low", "high", "rpe"),
    [
        ("5 @8", 1, 5, 5, 8.0),
        ("3x5 @ 8.5", 3, 5, 5, 8.5),
        ('"8,8,6 @9"', 3, 6, 8, 9.0),
        ("5@8 RPE", 1, 5, 5, 8.0),
    ],
)
def test_an_effort_in_the_reps_cell_is_the_sets_rpe(
    tmp_path: Path, cell: str, sets: int, low: int, high: int, rpe: float
) -> None:
    log = _log(tmp_path, f"Date,Exercise,Reps\n2025-01-06,Nordic curl,{cell}\n")
    (ex,) = log.workouts[0].exercises
    assert (ex.hard_sets, ex.reps_low, ex.reps_high, ex.max_rpe) == (sets, low, high, rpe)
    assert len(log.issues) == 1  # the columns notice only


def test_an_effort_column_wins_over_the_reps_cells(tmp_path: Path) -> None:
    log = _log(tmp_path, "Date,Exercise,Reps,RPE\n2025-01-06,Nordic curl,5 @8,9\n")
    assert log.workouts[0].exercises[0].max_rpe == 9.0


def test_an_effort_out_of_range_in_the_reps_cell_is_said(tmp_path: Path) -> None:
    log = _log(tmp_path, "Date,Exercise,Reps\n2025-01-06,Nordic curl,5 @ 11\n")
    (ex,) = log.workouts[0].exercises
    assert (ex.hard_sets, ex.max_rpe) == (1, None)
    assert "RPE @11 in the reps cell '5 @ 11' is not 1-10" in str(log.issues[-1])


# -- review19: counts a numbering rule must not take for set numbers ------------------------


@pytest.mark.parametrize(
    ("rows", "sets"),
    [
        # counts written as a spreadsheet's floats: 3.0 is 3 sets
        (["2025-11-03,RDL,3.0", "2025-11-03,RDL,2.0", "2025-11-03,Leg Curl,3.0", "2025-11-06,RDL,4.0"], 12),
        # a top set, then 2 back-offs, beside a lone row of 4 sets
        (
            [
                "2025-11-03,RDL,3",
                "2025-11-03,Leg Curl,2",
                "2025-11-05,RDL,1",
                "2025-11-05,RDL,2",
                "2025-11-05,Leg Curl,4",
            ],
            12,
        ),
    ],
)
def test_counts_are_not_set_numbers(tmp_path: Path, rows: list[str], sets: int) -> None:
    log = _log(tmp_path, "Date,Exercise,Sets,Reps\n" + "".join(f"{r},8\n" for r in rows))
    assert sum(e.hard_sets for w in log.workouts for e in w.exercises) == sets
    assert "'Sets' as sets" in str(log.issues[0])


def test_counts_in_words_are_counts_not_set_numbers(tmp_path: Path) -> None:
    """``3 sets`` is a count of sets, never a set's number (logs16: read as 3, as ``3x8`` in the
    Sets column is; it was refused)."""
    rows = ["RDL,3 sets", "RDL,2 sets", "Leg Curl,3 sets"]
    log = _log(tmp_path, "Date,Exercise,Sets,Reps\n" + "".join(f"2025-11-03,{r},8\n" for r in rows))
    assert {e.name: e.hard_sets for w in log.workouts for e in w.exercises} == {"RDL": 5, "Leg Curl": 3}


# -- review19: a Time column of durations, rests or mixed orders is not the time of day -------


@pytest.mark.parametrize(
    "cells",
    [("0:45", "0:50", "0:12", "4:10"), ("3:00", "1:30", "5:00", "2:00"), ("7:30", "6:30", "7:45", "6:45")],
)
def test_times_that_go_up_and_down_in_a_day_are_not_clock_times(
    tmp_path: Path, cells: tuple[str, ...]
) -> None:
    names = ["Romanian Deadlift", "Leg Curl", "Nordic Curl", "Back Extension"]
    rows = [f"2025-11-03,{c},{n},8" for c, n in zip(cells, names, strict=True)]
    log = _log(tmp_path, "Date,Time,Exercise,Reps\n" + "\n".join(rows) + "\n")
    assert [[e.name for e in w.exercises] for w in log.workouts] == [
        names
    ]  # one session, in the file's order
    assert "'Time' is not read" in str(log.issues[0])


@pytest.mark.parametrize(
    ("morning", "evening"), [("7h30", "18h30"), ("2025-11-03 07:30", "2025-11-03 18:30")]
)
def test_french_and_full_stamps_in_a_time_column(tmp_path: Path, morning: str, evening: str) -> None:
    rows = [f"2025-11-03,{morning},Romanian Deadlift,8", f"2025-11-03,{evening},Nordic Curl,5"]
    log = _log(tmp_path, "Date,Heure,Exercise,Reps\n" + "\n".join(rows) + "\n")
    assert [w.start.isoformat(" ", "minutes") for w in log.workouts] == [
        "2025-11-03 07:30",
        "2025-11-03 18:30",
    ]


def test_an_odd_time_cell_is_read_on_its_date_and_said(tmp_path: Path) -> None:
    cells = ["07:00", "07:05", "07:10", "07:20", "07:25", "07:30", "07:40", "07:45", "07:50", "soon"]
    rows = [f"2025-11-03,{c},Romanian Deadlift,8" for c in cells] + ["2025-11-03,18:00,Nordic Curl,5"]
    log = _log(tmp_path, "Date,Time,Exercise,Reps\n" + "\n".join(rows) + "\n")
    assert sum(e.hard_sets for w in log.workouts for e in w.exercises) == 11
    assert any("cells are not a time of day: read on their date alone" in str(i) for i in log.issues)


def test_a_row_with_a_note_of_several_lines_is_at_its_first_line(tmp_path: Path) -> None:
    text = (
        "Date,Exercise,Weight (kg),Reps,RPE,Notes\n"
        "2025-11-03,Leg Curl,40,12,7,ok\n"
        '2025-11-03,Romanian Deadlift,100,8,11,"line one\nline two\nline three"\n'
        "2025-11-03,Nordic Curl,0,5,12,ok\n"
    )
    log = _log(tmp_path, text)
    lines = {e.name: e.line for w in log.workouts for e in w.exercises}
    assert lines == {"Leg Curl": 2, "Romanian Deadlift": 3, "Nordic Curl": 6}
    assert [i.line for i in log.issues if "outside 0-10" in i.message] == [3, 6]


def test_a_weight_column_per_set_beside_one_reps_column(tmp_path: Path) -> None:
    text = (
        "Date,Exercise,Sets,Reps,Set 1 Weight,Set 2 Weight,Set 3 Weight\n"
        "2025-11-03,Romanian Deadlift,3,8,100,105,110\n"
        "2025-11-03,Leg Curl,2,12,40,45,\n"
    )
    log = _log(tmp_path, text)
    by_name = {e.name: e for w in log.workouts for e in w.exercises}
    assert (by_name["Romanian Deadlift"].hard_sets, by_name["Romanian Deadlift"].top_kg) == (3, 110.0)
    assert by_name["Romanian Deadlift"].tonnage_kg == (100 + 105 + 110) * 8
    assert (by_name["Leg Curl"].hard_sets, by_name["Leg Curl"].top_kg) == (2, 45.0)


def test_columns_per_set_in_two_units_are_refused(tmp_path: Path) -> None:
    with pytest.raises(hr.LogFormatError, match="different weight units"):
        _log(tmp_path, "Date,Exercise,Set 1 kg,Set 1 Reps,Set 2 lbs,Set 2 Reps\n2025-11-03,RDL,100,8,225,6\n")


def test_a_set_with_a_weight_and_no_reps_is_reported(tmp_path: Path) -> None:
    header = "Set 1 Weight,Set 1 Reps,Set 2 Weight,Set 2 Reps"
    log = _log(tmp_path, f"Date,Exercise,{header}\n2025-11-03,Romanian Deadlift,100,8,110,\n")
    assert log.workouts[0].exercises[0].hard_sets == 1
    assert any(i.line == 2 and "no reps" in i.message for i in log.issues)


@pytest.mark.parametrize("column", ["RIR", "RPE", "Effort"])
def test_a_coachs_at_is_rpe_in_any_effort_column(tmp_path: Path, column: str) -> None:
    """``@8`` in a RIR column is RPE 8 (no set is logged 8 reps short); ``@2`` there is RIR 2."""
    log = _log(
        tmp_path,
        f"Date,Exercise,Reps,{column}\n2025-01-06,Nordic curl,5,@8\n2025-01-06,Nordic curl,5,@ 8.5\n",
    )
    (ex,) = log.workouts[0].exercises
    assert (ex.hard_sets, ex.max_rpe, ex.easy_sets) == (2, 8.5, 0)


def test_a_small_at_in_a_rir_column_is_reps_in_reserve(tmp_path: Path) -> None:
    log = _log(tmp_path, "Date,Exercise,Reps,RIR\n2025-01-06,Nordic curl,5,@2\n")
    assert log.workouts[0].exercises[0].max_rpe == 8.0


def test_a_lone_row_numbered_past_one_is_said(tmp_path: Path) -> None:
    rows = ["Romanian Deadlift,1", "Romanian Deadlift,2", "Romanian Deadlift,3", "Seated Leg Curl,3"]
    log = _log(tmp_path, "Date,Exercise,Sets,Reps\n" + "".join(f"2025-11-03,{r},8\n" for r in rows))
    assert _sets(log) == [("Romanian Deadlift", 3, 0), ("Seated Leg Curl", 1, 0)]
    (said,) = [i for i in log.issues if "only row of its exercise" in i.message]
    assert said.line == 5 and "'Sets' 3" in said.message
