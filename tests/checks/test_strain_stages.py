"""Acute strain rehab stages against what each exercise asks of a healing muscle (rv23 R7: the
glute-ham raise passed stage 1 with a 'light' dose while the Nordic waited for stage 3)."""

from __future__ import annotations

import pytest

import hamstring_rules as hr


def _excluded(stage: int) -> set[str]:
    result = hr.recommend(goal="strain_rehab", stage=stage, limit=None)
    return {r.exercise.id for r in result.excluded}


@pytest.mark.parametrize("stage", [1, 2])
def test_the_glute_ham_raise_waits_with_the_nordic(stage: int) -> None:
    excluded = _excluded(stage)
    assert {"glute_ham_raise", "nordic_curl"} <= excluded


def test_stage_3_allows_both() -> None:
    excluded = _excluded(3)
    assert not {"glute_ham_raise", "nordic_curl"} & excluded


def test_a_check_of_stage_1_names_the_ghr_too_early() -> None:
    entry = {"exercise": "Glute ham raise", "sets": 3, "reps": 6}
    data = {
        "name": "curls",
        "goal": "strain_rehab",
        "stage": 1,
        "sessions": [{"name": "A", "day": "mon", "exercises": [entry]}],
    }
    (finding,) = [f for f in hr.check(data).findings if f.code == "HR010"]
    assert "stage 3" in finding.message
