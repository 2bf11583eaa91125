"""A program week named a deload gets the weekly volume floor (HR012) as information, not a
warning: periodised programs lighten a week on purpose (review27 R24)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._week import deload_word_set, deload_words


def _program(names: list[str | None], sets: list[int]) -> dict[str, Any]:
    weeks = []
    for i, (name, n) in enumerate(zip(names, sets, strict=True)):
        week: dict[str, Any] = {
            "week": i + 1,
            "sessions": [
                {"name": "A", "day": "mon", "exercises": [
                    {"exercise": "Romanian deadlift", "sets": n, "reps": 8},
                    {"exercise": "Seated leg curl", "sets": n, "reps": 12},
                ]},
                {"name": "B", "day": "thu", "exercises": [
                    {"exercise": "Romanian deadlift", "sets": n, "reps": 8},
                ]},
            ],
        }  # fmt: skip
        if name is not None:
            week["name"] = name
        weeks.append(week)
    return {"name": "block", "goal": "tie_in_hypertrophy", "weeks": weeks}


def _hr012(report: hr.Report) -> list[tuple[int | None, str]]:
    return [(f.location.week, f.severity) for f in report if f.code == "HR012"]


def test_a_deload_week_is_information_and_another_light_week_a_warning() -> None:
    report = hr.check(_program([None, None, None, "Deload"], [4, 4, 4, 1]))
    assert _hr012(report) == [(4, "info")]
    (finding,) = [f for f in report if f.code == "HR012"]
    assert "deload week" in finding.message and finding.rule == "HR012-deload"
    assert _hr012(hr.check(_program([None, None, None, "Heavy"], [4, 4, 4, 1]))) == [(4, "warning")]
    # a deload week with enough sets: nothing to say
    assert _hr012(hr.check(_program([None, "Deload"], [4, 3]))) == []


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(sorted(deload_word_set())),
    st.sampled_from(["{}", "Week 4 - {}", "{} week", "({})", "Woche 4: {}"]),
    st.sampled_from([str.lower, str.upper, str.title]),
)
def test_any_deload_spelling_in_a_week_name_softens_the_floor(word: str, shape: str, case: Any) -> None:
    name = shape.format(case(word))
    assert deload_words(name)
    assert _hr012(hr.check(_program([None, name], [4, 1]))) == [(2, "info")]


def test_words_that_only_contain_deload_letters_are_no_deload() -> None:
    for name in ("Week 4", "Heavy singles", "Unloaded carries? no", "Reload", "Overload week", "Downloads"):
        assert not deload_words(name), name
    assert deload_words("Décharge") and deload_words("Semana de descarga") and deload_words("Recovery week")
    assert deload_words("Week 4 - Recovery") and deload_words("Taper") and deload_words("Active recovery")
