"""``WorkoutLog.to_program()`` keeps what was done: a workout's warm-up sets are an entry before its
hard sets (``Warm-up``) and its easy sets one after them (RPE 5), so checking the converted log
finds what checking the log finds (rv22 R18: a light rehab week of RDLs was HR001 "no hinge");
``hard_sets_only=True`` is the hard sets alone, as check() reads a log."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

import hamstring_rules as hr

DATA = Path(__file__).parent.parent / "data"
EXAMPLES = Path(__file__).parent.parent.parent / "examples"

LIGHT_REHAB = """Date,Exercise,Reps,Weight,RPE
2025-11-03 18:00,Romanian deadlift,10,40,5
2025-11-03 18:00,Romanian deadlift,10,40,5
2025-11-03 18:00,Romanian deadlift,10,40,5
2025-11-03 18:10,Static hamstring stretch,1,,
2025-11-06 18:00,45-degree back extension,10,,5
2025-11-06 18:00,45-degree back extension,10,,5
2025-11-06 18:00,45-degree back extension,10,,5
"""


def _codes(subject: hr.WorkoutLog | hr.Program, **kwargs: object) -> set[str]:
    return set(hr.check(subject, **kwargs).codes)  # type: ignore[arg-type]


def test_a_light_rehab_week_converted_is_no_week_without_a_hinge() -> None:
    log = hr.load_log(io.StringIO(LIGHT_REHAB), name="log.csv")
    program = log.to_program()
    entries = [(e.exercise, e.sets, e.rpe) for s in program.sessions for e in s.entries]
    assert ("Romanian deadlift", 3, 5.0) in entries
    kwargs = {"goal": "rehab", "stage": 3, "as_of": date(2025, 11, 10)}
    assert "HR001" not in _codes(program, **kwargs)
    assert _codes(program, **kwargs) == _codes(log, **kwargs)


def test_hard_sets_only_is_what_the_check_of_a_log_reads() -> None:
    log = hr.load_log(io.StringIO(LIGHT_REHAB), name="log.csv")
    hard = log.to_program(hard_sets_only=True)
    assert [e.exercise for s in hard.sessions for e in s.entries] == ["Static hamstring stretch"]


def test_warm_up_sets_are_an_entry_before_the_work() -> None:
    text = "Date,Exercise,Reps,Weight,Set Type\n" + "".join(
        f"2025-11-03 18:00,Romanian deadlift,{reps},{kg},{kind}\n"
        for reps, kg, kind in ((10, 20, "warmup"), (5, 60, "warmup"), (8, 100, ""), (8, 100, ""))
    )
    log = hr.load_log(io.StringIO(text), name="log.csv")
    (session,) = log.to_program().sessions
    assert [(e.sets, e.notes) for e in session.entries] == [(2, "Warm-up"), (2, None)]


LOG_ONLY = {"HR030", "HR031", "HR032", "HR033"}  # a log's trends read its weights, a program has none


@pytest.mark.parametrize(
    "file",
    [
        *sorted(p.name for p in DATA.glob("*.csv")),
        "examples/hevy_export.csv",
    ],
)
def test_checking_a_converted_log_finds_what_checking_the_log_finds(file: str) -> None:
    path = EXAMPLES.parent / file if file.startswith("examples/") else DATA / file
    log = hr.load_log(path)
    as_of = max(w.start.date() for w in log.workouts)
    for goal in ("tie_in_hypertrophy", "rehab"):
        kwargs: dict[str, object] = {"goal": goal, "as_of": as_of}
        if goal == "rehab":
            kwargs["stage"] = 3
        assert _codes(log.to_program(), **kwargs) - LOG_ONLY == _codes(log, **kwargs) - LOG_ONLY, goal
