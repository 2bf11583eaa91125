"""Outputs say what was written: Markdown leaves a number as written (``0.99`` was ``0\\.99``,
escaped as if it began an ordered list, which needs a space after the dot); an entry's repr shows
its load."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.emitters._tables import md_text


@given(
    st.integers(0, 10**6), st.integers(0, 999), st.sampled_from([".", ")"]), st.sampled_from(["", "kg", "x"])
)
def test_a_number_stays_as_written_and_a_list_marker_is_escaped(
    whole: int, part: int, mark: str, tail: str
) -> None:
    number = f"{whole}{mark}{part}{tail}"
    assert md_text(number) == number
    assert md_text(f"{whole}{mark} item") == f"{whole}\\{mark} item"  # would start an ordered list


def test_substitute_similarities_read_as_numbers_in_markdown() -> None:
    text = hr.substitute("Nordic curl", goal="strain_prevention").to_markdown()
    assert "0\\." not in text and "| 0.9" in text


def test_an_entrys_repr_shows_its_load_as_written() -> None:
    program = hr.load_program(
        {"name": "x", "sessions": [{"name": "A", "exercises": [
            {"exercise": "RDL", "sets": 3, "reps": 8, "load": "70%"},
            {"exercise": "RDL", "sets": 3, "reps": 8},
        ]}]}
    )  # fmt: skip
    loaded, bare = program.weeks[0].sessions[0].entries
    assert repr(loaded) == "<Entry RDL 3 x 8 (70%)>" and repr(bare) == "<Entry RDL 3 x 8>"
