"""A note is free text: it takes a set to failure (RIR 0) only when it plainly says so (review26 D1).
Notes keeping a distance from failure, taking it back, asking, or limiting it to some weeks were read
as RIR 0 on every set and warned (HR018) in a rehab stage-3 plan that said to stay away from failure."""

from __future__ import annotations

import pytest

import hamstring_rules as hr


def _rir(notes: str) -> int | None:
    data = {
        "name": "p",
        "sessions": [{"day": "mon", "exercises": [{"exercise": "Seated leg curl", "sets": 3, "reps": "10-15",
                                                   "notes": notes}]}],
    }  # fmt: skip
    return hr.load_program(data).sessions[0].entries[0].rir


@pytest.mark.parametrize(
    "notes",
    [
        "stay away from failure",
        "far from failure",
        "close to failure but not to it",
        "near failure",
        "failure? no",
        "AMRAP on week 3 only",
        "failure only on the last week",
        "nahe am Versagen",
        "lejos del fallo",
    ],
)
def test_a_note_keeping_away_from_failure_is_no_set_to_failure(notes: str) -> None:
    """No RIR 0, so no HR018 at rehab stage 3."""
    assert _rir(notes) is None


@pytest.mark.parametrize(
    "notes",
    [
        "last set to failure",
        "AMRAP",
        "Bis zum Versagen",
        "last set to failure, no rest",
        "to failure, then rest 2 min",
        # a negation after the failure is about something else (review26 D10)
        "to failure (not the warm-ups)",
        "Take it to failure but not past form",
        "AMRAP (no more than 20)",
    ],
)
def test_a_note_taking_a_set_to_failure_still_is_one(notes: str) -> None:
    """What plainly says failure stays RIR 0 (a negation in another clause is that clause's)."""
    assert _rir(notes) == 0


def test_a_stage_3_plan_saying_away_from_failure_is_not_warned() -> None:
    """The reviewer's program: three notes keeping away from failure, no HR018."""
    notes = ("stay away from failure", "far from failure", "close to failure but not to it")
    data = {
        "name": "p",
        "goal": "rehab",
        "stage": 3,
        "sessions": [
            {
                "day": day,
                "exercises": [{"exercise": "Romanian deadlift", "sets": 3, "reps": 8, "notes": note}],
            }
            for day, note in zip(("mon", "wed", "fri"), notes, strict=True)
        ],
    }
    assert "HR018" not in [f.code for f in hr.check(data).findings]


@pytest.mark.parametrize(
    ("reps", "notes"),
    [("5+", "RPE 8"), (8, "RPE 8; last set to failure"), (8, "RIR 2, last set AMRAP"), ("AMRAP", "@8")],
)
def test_an_effort_in_the_notes_never_cancels_a_set_to_failure(reps: object, notes: str) -> None:
    """A set to failure (a '+', 'last set to failure') is the hardest set: an effort the notes give
    is the other sets', kept in the notes - it made the entry RPE 8 and HR018 went silent on a rehab
    stage-3 plan taking sets to failure (review26 D9; the checks saw RIR 0 at 63a5122)."""
    entry_data = {"exercise": "RDL", "sets": 3, "reps": reps, "notes": notes}
    data = {"name": "p", "goal": "rehab", "stage": 3, "sessions": [{"day": "mon", "exercises": [entry_data]}]}
    entry = hr.load_program(data).sessions[0].entries[0]
    assert (entry.rir, entry.rpe) == (0, None)
    assert entry.notes is not None and notes in entry.notes
    assert "HR018" in [f.code for f in hr.check(data).findings]


def test_an_effort_in_the_notes_alone_is_the_entrys() -> None:
    """Without a set to failure, the notes' effort is the entry's (a sheet's Notes column: 'RIR 2')."""
    data = {"name": "p", "sessions": [{"day": "mon", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8,
                                                                    "notes": "RIR 2"}]}]}  # fmt: skip
    entry = hr.load_program(data).sessions[0].entries[0]
    assert (entry.rir, entry.rpe) == (2, None)


@pytest.mark.parametrize(("sets", "reps"), [("3x1m", None), ("3x5m", None), (3, "1m")])
def test_a_bare_m_under_ten_is_no_run(sets: object, reps: object) -> None:
    """A bare 'm' is metres from 10 on, as the log reader reads it: a bridge hold '3x1m' (a minute)
    was 3 sets of 1 rep with no hold, a Nordic '3x5m' a run (review26 D11) - now refused, not guessed."""
    entry: dict[str, object] = {"exercise": "Glute bridge hold", "sets": sets}
    if reps is not None:
        entry["reps"] = reps
    with pytest.raises(hr.ProgramError):
        hr.load_program({"name": "p", "sessions": [{"day": "mon", "exercises": [entry]}]})


@pytest.mark.parametrize(
    ("sets", "reps", "notes"), [("4x30m", None, "30m"), (6, "5 metres", "5 metres"), (6, "10m", "10m")]
)
def test_runs_of_a_distance_are_still_runs(sets: object, reps: object, notes: str) -> None:
    """From 10 m on, or with the unit spelled out, a distance in the reps is one run a set."""
    entry: dict[str, object] = {"exercise": "Sprint", "sets": sets}
    if reps is not None:
        entry["reps"] = reps
    got = (
        hr.load_program({"name": "p", "sessions": [{"day": "mon", "exercises": [entry]}]})
        .sessions[0]
        .entries[0]
    )
    assert (got.reps_low, got.reps_high, got.notes) == (1, 1, notes)
