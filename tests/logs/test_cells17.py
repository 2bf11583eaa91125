"""Log cells the last session left misread (cells17): a bare weight x reps in a reps column, two
exports of the same workouts joined, a separator ending every row past the first 64."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr


def _log(text: str, **kwargs: object) -> hr.WorkoutLog:
    return hr.load_log(io.StringIO(text), keep_sets=True, **kwargs)  # type: ignore[arg-type]


# -- a bare weight x reps in a one-set-a-row reps column ----------------------------------------------


@pytest.mark.parametrize(("cell", "n", "m"), [("100x8", 100, 8), ("60 x 12", 60, 12), ("225×5", 225, 5)])
def test_a_bare_weight_x_reps_says_how_to_write_it(cell: str, n: int, m: int) -> None:
    """'100x8' is 100 sets of 8 or 100 kg x 8: still not guessed, but the issue says how to write
    it - the weight in the file's own weight column, named - where it said only 'is not a number'."""
    log = _log(f"Date,Exercise,Reps,Weight (kg)\n2025-11-03,RDL,{cell},\n2025-11-03,RDL,8,100\n")
    (issue,) = [i for i in log.issues if i.line == 2]
    assert f"{n} sets of {m}, or {n} kg/lb x {m} reps?" in issue.message
    assert f"the weight in the 'Weight (kg)' column ({n}) and the reps here ({m})" in issue.message
    assert f"({n}kg x {m})" in issue.message and "is not a number" not in issue.message
    assert [e.reps for w in log.workouts for e in w.exercises] == [(8,)]  # the row is not read


def test_with_no_weight_column_the_refusal_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "hand.csv"
    path.write_text("Date,Exercise,Reps\n2025-11-03,RDL,100x8\n", encoding="utf-8")
    with pytest.raises(hr.LogFormatError) as caught:
        hr.load_log(path)
    message = str(caught.value)
    assert "hand.csv" in message and "line 2" in message
    assert "the reps here (8) and the weight in a Weight column (100)" in message


@pytest.mark.parametrize("cell", ["eight", "3x", "x8"])
def test_other_cells_say_the_forms_as_before(cell: str) -> None:
    log = _log(f"Date,Exercise,Reps,Weight\n2025-11-03,RDL,{cell},\n2025-11-03,RDL,8,100\n")
    (issue,) = [i for i in log.issues if i.line == 2]
    assert "is not a number" in issue.message and "reps are read as 8, 8+" in issue.message


def test_sets_x_reps_within_the_sets_a_row_holds_are_still_read() -> None:
    log = _log("Date,Exercise,Reps,Weight\n2025-11-03,RDL,3x8,100\n")
    assert [e.reps for w in log.workouts for e in w.exercises] == [(8, 8, 8)]


# -- two exports of the same workouts joined, spelled differently --------------------------------------

_STRONG = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,"
    "RPE\n"
)
_HEVY = (
    '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes",'
    '"set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"\n'
)


def _strong(day: str, name: str, n: int, weight: int = 100) -> str:
    return "".join(f'{day} 18:00:00,"Legs",1h,"{name}",{i + 1},{weight},8,0,0,"",,\n' for i in range(n))


def _hevy(day: str, name: str, n: int, clock: str = "18:00") -> str:
    stamp = f'"{day}, {clock}"'
    return "".join(f'"Legs",{stamp},{stamp},"","{name}",,"",{i},"normal",100,8,,,\n' for i in range(n))


def _sessions(log: hr.WorkoutLog) -> list[tuple[str, list[tuple[str, int]]]]:
    return [(w.start.date().isoformat(), [(e.name, e.hard_sets) for e in w.exercises]) for w in log.workouts]


def test_a_strong_and_a_hevy_export_of_the_same_session_count_it_once() -> None:
    """Strong's 'Romanian Deadlift (Barbell)' and Hevy's 'RDL' of the same day: the session was
    counted twice (6 RDL sets for 3); the same day with the same exercises however spelled is one
    session, the first export's kept, said naming both headers and both lines."""
    text = (
        _STRONG
        + _strong("2025-11-03", "Romanian Deadlift (Barbell)", 3)
        + _strong("2025-11-03", "Lying Leg Curl (Machine)", 2)
        + _strong("2025-11-06", "Romanian Deadlift (Barbell)", 3)
        + _HEVY
        + _hevy("3 Nov 2025", "RDL", 3, clock="19:00")  # an hour apart: one export's clock in UTC
        + _hevy("3 Nov 2025", "Lying leg curl", 2, clock="19:00")
        + _hevy("10 Nov 2025", "RDL", 3)  # a session the first export has not
    )
    log = hr.load_log(io.StringIO(text))
    assert _sessions(log) == [
        ("2025-11-03", [("Romanian Deadlift (Barbell)", 3), ("Lying Leg Curl (Machine)", 2)]),
        ("2025-11-06", [("Romanian Deadlift (Barbell)", 3)]),
        ("2025-11-10", [("RDL", 3)]),
    ]
    (said,) = [i for i in log.issues if "each counted once" in i.message]
    assert said.line == 10
    assert "line 10 repeats 1 session of the one whose header is on line 1" in said.message
    assert "2025-11-03" in said.message and "lines 2 and 11" in said.message


def test_other_exercises_the_same_day_are_another_session() -> None:
    """The same day with another exercise (a Hevy session of curls beside Strong's RDLs): both kept."""
    text = (
        _STRONG
        + _strong("2025-11-03", "Romanian Deadlift (Barbell)", 3)
        + _HEVY
        + _hevy("3 Nov 2025", "Leg curl", 3)
    )
    log = hr.load_log(io.StringIO(text))
    assert len(log.workouts) == 2 and not [i for i in log.issues if "counted once" in i.message]


def test_a_repeat_holding_other_sets_says_both_counts() -> None:
    text = (
        _STRONG
        + _strong("2025-11-03", "Good Morning (Barbell)", 3)
        + _HEVY
        + _hevy("3 Nov 2025", "Good mornings", 2)  # a plural, another case
    )
    log = hr.load_log(io.StringIO(text))
    assert _sessions(log) == [("2025-11-03", [("Good Morning (Barbell)", 3)])]
    (said,) = [i for i in log.issues if "each counted once" in i.message]
    assert "3 sets beside 2" in said.message


def test_out_of_scope_lifts_are_matched_by_their_words() -> None:
    """Names the catalog does not judge (a bench press) are one exercise by their words in any order."""
    text = (
        _STRONG
        + _strong("2025-11-03", "Bench Press (Barbell)", 3)
        + _HEVY
        + _hevy("3 Nov 2025", "Barbell bench press", 3)
    )
    log = hr.load_log(io.StringIO(text))
    assert len(log.workouts) == 1


# -- a separator ending each row, past the rows the reader looks at first -----------------------------

_STRONG_SEMI = (
    "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;"
    "Seconds;Notes;Workout Notes\n"
)


def _semi_rows(ends: list[bool]) -> str:
    """Strong's semicolon rows, three sets a day, each ending with a separator where ``ends`` says."""
    out = []
    for i, trailing in enumerate(ends):
        day = i // 3
        out.append(
            f'2025-{1 + day // 28:02d}-{1 + day % 28:02d} 18:00:00;"Legs";"Seated Leg Curl (Machine)";'
            f'{i % 3 + 1};40;kg;12;;;;0;"";{";" if trailing else ""}\n'
        )
    return "".join(out)


def test_rows_past_the_first_64_without_the_separator_are_read() -> None:
    """A writer's rows ending with a separator for 90 rows, then 9 without (an export appended to by
    another version): the 9 were 'cut short (was the file cut off?)', each refused."""
    log = hr.load_log(io.StringIO(_STRONG_SEMI + _semi_rows([True] * 90 + [False] * 9)))
    assert sum(e.hard_sets for w in log.workouts for e in w.exercises) == 99
    assert not [i for i in log.issues if "fields" in i.message]


@settings(max_examples=25, deadline=None)
@given(first=st.booleans(), rest=st.lists(st.booleans(), min_size=1, max_size=80))
def test_a_separator_ending_rows_anywhere_in_the_file_loses_no_row(first: bool, rest: list[bool]) -> None:
    """Property: whatever the first 64 rows decide, each later row is read with or without the
    separator ending it."""
    ends = [first] * 64 + rest
    log = hr.load_log(io.StringIO(_STRONG_SEMI + _semi_rows(ends)))
    assert sum(e.hard_sets for w in log.workouts for e in w.exercises) == len(ends)
    assert not [i for i in log.issues if "fields" in i.message]


def test_a_row_cut_short_by_more_than_the_separator_is_still_said() -> None:
    text = (
        _STRONG_SEMI
        + _semi_rows([True] * 70)
        + '2025-06-01 18:00:00;"Legs";"Seated Leg Curl (Machine)";1;40\n'
    )
    log = hr.load_log(io.StringIO(text))
    assert [i.line for i in log.issues if "cut short" in i.message] == [72]
