"""Where fixes put things and what they carry: the finisher later in the workout than the heavy
hinge, a reorder that does not push a heavier deadlift behind a lighter hinge, a substitute
with its own prescription, and no session stacked with one movement pattern."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._fixers import MAX_SAME_PATTERN, movement_pattern
from hamstring_rules._recommend import resolve_sources

CATALOG = resolve_sources(None, None)[0]


def _program(*sessions: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    days = ["mon", "thu", "sat", "tue"]
    return {
        "name": "test",
        **extra,
        "sessions": [{"name": f"S{k + 1}", "day": days[k], "exercises": e} for k, e in enumerate(sessions)],
    }


def _e(name: str, sets: int, reps: int | str, **more: Any) -> dict[str, Any]:
    return {"exercise": name, "sets": sets, "reps": reps, **more}


def _strength(name: str) -> bool:
    ex = CATALOG.classify(name).exercise
    return ex is not None and ex.modality is hr.Modality.STRENGTH


# -- HR004: the finisher later in the workout ------------------------------------------------------

LEG_DAY_TAILS = st.lists(
    st.sampled_from(
        [
            _e("Back squat", 5, 5),
            _e("Leg press", 4, 10),
            _e("Walking lunge", 3, "10 per leg"),
            _e("Leg extension", 3, 12),
            _e("Lying leg curl", 3, 12),
            _e("Standing calf raise", 4, 10),
            _e("Bench press", 3, 8),
            _e("Lat pulldown", 3, 10),
        ]
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=30, deadline=None)
@given(before=LEG_DAY_TAILS, after=LEG_DAY_TAILS)
def test_the_hr004_finisher_follows_every_lower_body_lift_of_the_hinges_session(
    before: list[dict[str, Any]], after: list[dict[str, Any]]
) -> None:
    """Whatever a leg day holds around its heavy RDL, HR004's fix puts the light high-rep
    hip-extension finisher in that session after its last lower-body strength lift ("followed
    later in the workout"), as plan() does - never straight after the hinge ahead of the squats."""
    session = [*before, _e("Romanian deadlift", 3, "8-10"), *after]
    data = _program(session, goal="tie_in_hypertrophy")
    finding = next((f for f in hr.check(data) if f.code == "HR004"), None)
    assert finding is not None and finding.fix is not None
    result = hr.fix(data, unsafe=True, select="HR004")
    if not result.fixes:  # dropped (it would bring a finding it must not): nothing to place
        return
    (insert,) = [e for f in result.fixes for e in f.edits if e.op == "insert"]
    entries = result.program.sessions[insert.session].entries
    assert insert.to is not None
    finisher = insert.to
    assert entries[finisher].reps_low >= 15
    assert not [e.exercise for e in entries[finisher + 1 :] if _strength(e.exercise)]


def test_the_review_leg_day_gets_its_back_extension_after_the_squats_and_presses() -> None:
    """The review's p24 (Squat 5x5, leg press, RDL): with every fix the RDL moves first and the
    45-degree back extension goes after the leg press - not between the RDL and the squat."""
    data = _program(
        [_e("Squat", 5, 5), _e("Leg Press", 4, 10), _e("Romanian Deadlift", 3, "6-8")],
        [_e("Lying Leg Curl", 4, 12)],
        goal="tie_in_hypertrophy",
    )
    entries = hr.fix(data, unsafe=True).program.sessions[0].entries
    names = [e.exercise for e in entries]
    assert names[:3] == ["Romanian Deadlift", "Squat", "Leg Press"]
    assert entries[3].reps_low >= 15


# -- HR003: the reorder moves the hinge up, not the heavier deadlift down ----------------------------


@pytest.mark.parametrize(
    ("lift", "hinge"),
    [
        (_e("Deadlift", 3, 5), _e("Good Morning", 3, 8)),
        (_e("Deadlift", 3, 5), _e("Romanian Deadlift", 3, 8)),
        (_e("Trap bar deadlift", 4, 4), _e("Single-leg RDL", 3, "6 per leg")),
        (_e("Sumo deadlift", 3, 3), _e("Stiff-leg deadlift", 3, 6)),
    ],
)
def test_hr003_does_not_push_a_heavier_deadlift_behind_the_hinge(
    lift: dict[str, Any], hinge: dict[str, Any]
) -> None:
    """A heavy hinge after a heavier deadlift (fewer reps) is not moved ahead of it: that would
    make the session's heaviest lift the one done on a tired core (the review's p24 and p11)."""
    data = _program([lift, hinge, _e("Lying leg curl", 3, 12)], goal="tie_in_hypertrophy")
    result = hr.fix(data)
    assert [e.exercise for e in result.program.sessions[0].entries][:2] == [
        lift["exercise"],
        hinge["exercise"],
    ]


@pytest.mark.parametrize(
    "first",
    [_e("Back squat", 5, 5), _e("Leg press", 4, 10), _e("Deadlift", 3, 10), _e("Goblet squat", 3, 12)],
)
def test_hr003_still_moves_the_hinge_ahead_of_a_squat_or_a_lighter_deadlift(first: dict[str, Any]) -> None:
    """The article's order stands: the RDL goes before the squats and presses (and before a
    deadlift done for more reps than it), while fresh."""
    data = _program([first, _e("Romanian deadlift", 3, 8)], goal="tie_in_hypertrophy")
    assert "HR003" in hr.check(data).codes
    result = hr.fix(data)
    assert [e.exercise for e in result.program.sessions[0].entries] == [
        "Romanian deadlift",
        first["exercise"],
    ]


def test_hr003_moves_the_hinge_before_the_squat_but_after_a_heavier_hinge_first() -> None:
    """RDL 3x5, squat, good morning 3x8: the good morning moves before the squat - not to the
    top, ahead of the heavier RDL."""
    data = _program(
        [_e("Romanian deadlift", 3, 5), _e("Back squat", 3, 8), _e("Good morning", 3, 8)],
        goal="tie_in_hypertrophy",
    )
    result = hr.fix(data)
    names = [e.exercise for e in result.program.sessions[0].entries]
    assert names == ["Romanian deadlift", "Good morning", "Back squat"]


# -- HR010: a substitute takes the stage's prescription ----------------------------------------------


def test_a_stage1_substitute_hold_drops_the_failure_marks_and_the_reps() -> None:
    """The review's p10 at rehab stage 1: an RDL to failure (RIR 0) and a seated curl at RPE 10
    become isometric holds without RIR 0 / RPE 10 and without a reps key beside the hold."""
    data = _program(
        [
            _e("Romanian deadlift", 3, 10, rir=0),
            _e("Seated leg curl", 3, 12, rpe=10),
        ],
        goal="rehab",
        stage=1,
    )
    result = hr.fix(data)
    edits = [e for f in result.fixes if f.fixer == "substitute" for e in f.edits]
    assert len(edits) == 2
    for edit in edits:
        value = edit.value or {}
        assert value.get("hold_s") and value.get("reps") is None and "reps" in value  # removed
        assert value.get("rpe") is None and value.get("rir") in (None, 1, 2, 3, 4, 5)
    for entry in result.program.sessions[0].entries:
        assert entry.hold_s is not None and entry.rir != 0 and entry.rpe != 10
    assert not [f for f in result.report if f.code in ("HR010", "HR018")]


# -- no session stacked with one movement pattern ------------------------------------------------------


def _patterns(program: hr.Program) -> list[Counter[tuple[object, ...]]]:
    out = []
    for session in program.sessions:
        found = (CATALOG.classify(e.exercise).exercise for e in session.entries)
        out.append(Counter(movement_pattern(ex) for ex in found if ex is not None))
    return out


def test_an_added_exercise_avoids_a_third_of_a_pattern_in_a_session() -> None:
    """HR011 (no unilateral work) at tendinopathy stage 3: the goal's best unilateral exercise is
    the B-stance RDL; the session holding an RDL and a good morning does not get it as a third
    hinge of their pattern - another pattern or another session does (the review's p34)."""
    slow = {"tempo": "3-0-3-0"}
    data = _program(
        [
            _e("Romanian deadlift", 3, 8, **slow),
            _e("Good morning", 3, 8, **slow),
            _e("Seated leg curl", 3, 12, **slow),
        ],
        [_e("Seated leg curl", 3, 12, **slow)],
        goal="rehab",
        stage=3,
    )
    assert "HR011" in hr.check(data).codes
    result = hr.fix(data, unsafe=True, select="HR011")
    assert result.fixes, result.why_skipped
    for before, after in zip(_patterns(hr.load_program(data)), _patterns(result.program), strict=True):
        for pattern, n in after.items():
            assert n <= max(before[pattern], MAX_SAME_PATTERN)


def test_a_substitute_avoids_a_third_of_a_pattern_in_a_session() -> None:
    """HR010 at tendinopathy stage 3: a kettlebell swing beside an RDL and a good morning is
    not swapped for a third RDL-like hinge when another similar exercise is allowed."""
    data = _program(
        [
            _e("Romanian deadlift", 3, 8, tempo="3-0-3-0"),
            _e("Good morning", 3, 8, tempo="3-0-3-0"),
            _e("Kettlebell swing", 3, 15),
        ],
        [_e("Seated leg curl", 3, 12, tempo="3-0-3-0")],
        goal="rehab",
        stage=3,
    )
    assert "HR010" in hr.check(data).codes
    result = hr.fix(data, select="HR010")
    assert result.fixes
    swapped = result.program.sessions[0].entries[2].exercise
    assert swapped != "Kettlebell swing"
    assert _patterns(result.program)[0].most_common(1)[0][1] <= MAX_SAME_PATTERN
