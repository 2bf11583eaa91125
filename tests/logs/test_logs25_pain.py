"""logs25 N15 (review28): a rehab log's own pain column is read - each workout's worst pain 0-10
and its line (``Workout.pain``, ``pain_line``) - and check() takes the latest week's worst as its
pain when the caller gives none (the pain-monitoring model, Silbernagel 2007: evidence A1)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.errors import LogFormatError

REHAB = (
    "Date,Exercise,Sets,Reps,Weight,Pain\n"
    "2025-11-03,Romanian Deadlift,3,8,40,2\n"
    "2025-11-06,Romanian Deadlift,3,8,42.5,7\n"
    "2025-11-10,Romanian Deadlift,3,8,45,8\n"
)


#: The check date: the day after the log's last workout (tests never depend on the clock).
AS_OF = date(2025, 11, 11)


def _load(text: str) -> hr.WorkoutLog:
    return hr.load_log(io.StringIO(text), name="rehab.csv")


def test_the_rehab_log_pain_steps_back_and_says_where_it_was_read(tmp_path: Path) -> None:
    """review28's reproducer: pain 2, then 7, then 8 while the load rises. main read no pain
    (stepped_back False, 'not read: Pain'); the latest week's worst (8 > the limit 5) steps the
    stage back, and a note names the file and line it was read from."""
    path = tmp_path / "rehab_pain_col.csv"
    path.write_text(REHAB, encoding="utf-8")
    log = hr.load_log(path)
    assert [(w.pain, w.pain_line) for w in log.workouts] == [(2.0, 2), (7.0, 3), (8.0, 4)]
    assert "'Pain' as pain" in log.issues[0].message
    assert "not read" not in log.issues[0].message
    report = hr.check(path, as_of=AS_OF, goal="rehab", stage=3)
    assert report.stepped_back
    (said,) = [i for i in report.input_issues if "pain column" in i]
    assert f"pain 8/10 read from the log's pain column ({path}, line 4: 2025-11-10" in said


def test_a_pain_given_wins_over_the_log_and_a_goal_without_stages_warns() -> None:
    """``pain=`` given is the pain (the log's is not read for it); a goal without rehab stages
    gets HR042 (pain over the limit) from the log's pain."""
    log = _load(REHAB)
    report = hr.check(log, as_of=AS_OF, goal="rehab", stage=3, pain=2)
    assert not report.stepped_back
    assert not [i for i in report.input_issues if "pain column" in i]
    assert "HR042" in hr.check(log, as_of=AS_OF, goal="tie_in_hypertrophy").codes


def test_only_the_latest_week_counts() -> None:
    """Pain 8 two weeks before and 2 in the latest week: the pain now is 2 (no step-back)."""
    text = REHAB.replace("45,8", "45,2")
    assert not hr.check(_load(text), as_of=AS_OF, goal="rehab", stage=3).stepped_back
    blank = REHAB.replace("45,8", "45,")  # the latest week logged no pain: none is taken
    report = hr.check(_load(blank), as_of=AS_OF, goal="rehab", stage=3)
    assert not report.stepped_back
    assert not [i for i in report.input_issues if "pain column" in i]


@pytest.mark.parametrize(
    "column",
    [
        "Pain",
        "Pain (0-10)",
        "pain_score",
        "VAS",
        "NRS",
        "NPRS",
        "Schmerz",
        "Schmerzen (0-10)",
        "Dolor",
        "Douleur",
    ],
)
def test_a_pain_column_is_read_in_its_spellings(column: str) -> None:
    log = _load(REHAB.replace("Pain", column, 1))
    assert [w.pain for w in log.workouts] == [2.0, 7.0, 8.0]


@pytest.mark.parametrize("column", ["Pain next day", "Pain 24h", "Pain (24 h after)", "Morning pain"])
def test_a_next_day_pain_column_is_not_the_pain_during(column: str) -> None:
    log = _load(REHAB.replace("Pain", column, 1))
    assert [w.pain for w in log.workouts] == [None, None, None]
    assert "not read: " + repr(column) in log.issues[0].message


@pytest.mark.parametrize(
    ("cell", "value"),
    [("3", 3.0), ("3/10", 3.0), ("3 / 10", 3.0), ("3.5", 3.5), ('"3,5"', 3.5), ("0", 0.0), ("10", 10.0),
     ("7 of 10", 7.0), ("", None), ("-", None), ("n/a", None)],
)  # fmt: skip
def test_a_pain_cell_is_a_score_from_0_to_10_or_blank(cell: str, value: float | None) -> None:
    log = _load(f"Date,Exercise,Reps,Weight,Pain\n2025-11-03,Nordic curl,5,0,{cell}\n")
    assert log.workouts[0].pain == value


@pytest.mark.parametrize("cell", ["mild", "11", "-1", "3/5", "10.5", "high"])
def test_a_pain_cell_that_is_no_score_is_an_error_naming_it_and_its_line(cell: str) -> None:
    text = (
        f"Date,Exercise,Reps,Weight,Pain\n2025-11-03,Nordic curl,5,0,2\n2025-11-04,Nordic curl,5,0,{cell}\n"
    )
    with pytest.raises(LogFormatError) as raised:
        _load(text)
    assert raised.value.location == "rehab.csv:3"
    assert repr(cell) in raised.value.message and "pain score from 0 to 10" in raised.value.message


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.one_of(st.none(), st.integers(0, 10)), min_size=1, max_size=6),
        min_size=1,
        max_size=5,
    ),
    st.booleans(),
)
def test_each_workout_pain_is_its_rows_worst_at_its_first_line(
    days: list[list[int | None]], sets: bool
) -> None:
    """Any rows (a row per set, or a row of 2 sets: read row by row): a workout's pain is its
    rows' worst, at the first row logging it; ``None`` when its rows left the cell blank."""
    lines = ["Date,Exercise,Reps,Weight,Pain" + (",Sets" if sets else "")]
    expected = []
    for d, pains in enumerate(days):
        first = len(lines) + 1
        for k, pain in enumerate(pains):
            name = ("Nordic curl", "Romanian deadlift")[k % 2]
            cell = "" if pain is None else str(pain)
            lines.append(f"2025-11-{d + 1:02d},{name},8,40,{cell}" + (",2" if sets else ""))
        given_pains = [p for p in pains if p is not None]
        worst = max(given_pains, default=None)
        expected.append((worst, None if worst is None else first + pains.index(worst)))
    log = _load("\n".join(lines) + "\n")
    assert [(w.pain, w.pain_line) for w in log.workouts] == [
        (None if p is None else float(p), line) for p, line in expected
    ]


def test_an_old_logs_pain_is_not_todays_and_is_said_not_used() -> None:
    """Pain is now: the log's pain 8/10 of 2025-11-10 checked as of three weeks later is not the
    check's pain (no step-back), and a note says so; within a week it is."""
    late = hr.check(_load(REHAB), goal="rehab", stage=3, as_of=date(2025, 12, 1))
    assert not late.stepped_back
    (said,) = [i for i in late.input_issues if "pain column" in i]
    assert "8/10 on 2025-11-10" in said and "not used" in said
    assert hr.check(_load(REHAB), goal="rehab", stage=3, as_of=date(2025, 11, 17)).stepped_back
