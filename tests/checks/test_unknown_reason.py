"""HR009 says what the name grammar read and why it stopped, when it says more than "no base
movement": the user learns what to write (names20's report: "Unknown exercise 'Leg curl (no
machine)'" gave a did-you-mean but not the grammar's "which one?")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

CATALOG = hr.Catalog.builtin()


def _hr009(name: str) -> hr.Finding:
    program = {
        "name": "x",
        "sessions": [{"name": "A", "exercises": [{"exercise": name, "sets": 3, "reps": 8}]}],
    }
    (finding,) = [f for f in hr.check(program) if f.code == "HR009"]
    return finding


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            "Natural seated leg curl",
            "RDL (handle)",
            "Romanin dedlfit",
            "xyz abc",
            "Seated Nordic",
            "Zercher leg curl",
        ]
    )
)
def test_the_suggestion_carries_the_grammars_reason_when_it_says_something(name: str) -> None:
    res = CATALOG.classify(name)
    if res.status != "unknown":  # the grammar reads it (a later release): nothing to say
        return
    suggestion = _hr009(name).suggestion
    if res.reason and res.reason != "no base movement recognised":
        assert suggestion.startswith("read as: ") and res.reason[:40] in suggestion
    else:
        assert not suggestion.startswith("read as")
    assert ("did you mean" in suggestion) == bool(res.suggestions)


def test_a_name_asked_about_says_which_question() -> None:
    suggestion = _hr009("Natural seated leg curl").suggestion
    assert "which exercise?" in suggestion and "did you mean 'Seated leg curl'" in suggestion
