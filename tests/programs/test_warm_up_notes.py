"""A note that starts with a warm-up word calls its entry a warm-up - unless its later words name
the work that follows (``Warm-up: 2 light sets, then 3 working sets``): then the entry's sets and
reps are its work sets and the warm-up comes before them (rv22 R10; most coach programs give no
effort, so the effort test of rv21 N5 does not decide it)."""

from __future__ import annotations

import pytest

import hamstring_rules as hr


def _program(note: str) -> hr.Program:
    def day(name: str, weekday: str) -> dict[str, object]:
        return {
            "name": name,
            "day": weekday,
            "exercises": [
                {"exercise": "Romanian deadlift", "sets": 3, "reps": 8, "notes": note},
                {"exercise": "Lying leg curl", "sets": 3, "reps": 12},
            ],
        }

    return hr.load_program(
        {"name": "p", "goal": "tie_in_hypertrophy", "sessions": [day("A", "Mon"), day("B", "Thu")]}
    )


def _hinge_sets(note: str) -> float:
    report = hr.check(_program(note))
    return report.weeks[0].sets_by_action.get("straight_knee_hip_extension", 0.0)


@pytest.mark.parametrize(
    "note",
    [
        "Warm-up: 2 light sets, then 3 working sets",
        "Warm-up: empty bar x10, then work up",
        "Warm-up first; work sets after",
        "Aufwärmen: 2 Sätze, dann Arbeitssätze",
        "Calentamiento: luego 3 series efectivas",
        "Échauffement, puis 3 séries de travail",
    ],
)
def test_a_warm_up_followed_by_work_keeps_the_entrys_sets_as_work(note: str) -> None:
    assert _hinge_sets(note) == 6
    assert "HR001" not in hr.check(_program(note)).codes


@pytest.mark.parametrize(
    "note", ["Warm-up", "Warm-up: light", "Warm-up sets", "Warm-up, 50% of top set", "Aufwärmen - 50%"]
)
def test_a_note_that_calls_the_entry_a_warm_up_still_does(note: str) -> None:
    assert _hinge_sets(note) == 0
    assert "HR001" in hr.check(_program(note)).codes
