"""Messages a new user meets in a program file (review28 N12): a name split by a comma in a YAML
flow mapping, a misspelt weekday, tab indentation, an empty ``sessions:`` - each says what to do."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

_RDL = "    exercises:\n      - {exercise: RDL, sets: 3, reps: 8}\n"


def _refusal(text: str) -> str:
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(text.encode(), name="p.yaml")
    return str(caught.value)


def test_a_comma_inside_a_flow_mapping_hints_to_quote_the_name() -> None:
    said = _refusal(
        "name: p\nsessions:\n  - name: A\n    exercises:\n"
        "      - {exercise: Bulgarian split squat (hip dominant, forward lean), sets: 2, reps: 8}\n"
    )
    assert "forward lean)" in said and "quote the name" in said
    assert ":5:" in said  # the line of the entry


def test_a_key_of_several_words_and_no_value_hints_to_quote_the_name() -> None:
    """``{exercise: Curl, slow eccentric, sets: 3}``: YAML reads ``slow eccentric`` as a key of null."""
    said = _refusal(
        "name: p\nsessions:\n  - name: A\n    exercises:\n"
        "      - {exercise: Seated leg curl, slow eccentric, sets: 3, reps: 10}\n"
    )
    assert "slow eccentric" in said and "quote the name" in said


def test_a_misspelt_unknown_key_still_gets_its_did_you_mean() -> None:
    said = _refusal(
        "name: p\nsessions:\n  - name: A\n    exercises:\n      - {exercise: RDL, sest: 3, reps: 8}\n"
    )
    assert "did you mean 'sets'" in said


@pytest.mark.parametrize(
    ("written", "meant"),
    [("Mnoday", "Monday"), ("Wednsday", "Wednesday"), ("thrusday", "Thursday"), ("Saturdy", "Saturday")],
)
def test_a_misspelt_weekday_gets_a_did_you_mean(written: str, meant: str) -> None:
    said = _refusal(f"name: p\nsessions:\n  - name: A\n    day: {written}\n" + _RDL)
    assert f"did you mean {meant!r}" in said
    assert ":4:" in said


def test_a_day_like_no_weekday_gets_no_did_you_mean() -> None:
    said = _refusal("name: p\nsessions:\n  - name: A\n    day: Lower body\n" + _RDL)
    assert "did you mean" not in said


@given(
    st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]), st.data()
)
def test_two_letters_swapped_in_a_weekday_name_it(day: str, data: st.DataObject) -> None:
    """Any weekday with two neighbouring letters after the first swapped is named back (or read, when
    the reader takes it as written)."""
    i = data.draw(st.integers(1, len(day) - 2))
    written = day[:i] + day[i + 1] + day[i] + day[i + 2 :]
    try:
        hr.load_program(
            (f"name: p\nsessions:\n  - name: A\n    day: {written}\n" + _RDL).encode(),
            name="p.yaml",
        )
    except hr.ProgramError as exc:
        said = str(exc)
    else:
        return
    assert f"did you mean {day!r}" in said


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("name: p\nsessions:\n\t- name: A\n\t  exercises:\n\t    - {exercise: RDL, sets: 3, reps: 8}\n", 3),
        ("name: p\nsessions:\n  - name: A\n    exercises:\n\t  - {exercise: RDL, sets: 3, reps: 8}\n", 5),
    ],
)
def test_tab_indented_yaml_says_so(text: str, line: int) -> None:
    said = _refusal(text)
    assert "YAML indents with spaces, not tabs" in said
    assert f"line {line}" in said


def test_a_tab_inside_a_value_is_no_indentation_error() -> None:
    program = hr.load_program(
        b"name: p\nsessions:\n  - name: A\n    exercises:\n"
        b'      - {exercise: RDL, sets: 3, reps: 8, notes: "a\\tb"}\n',
        name="p.yaml",
    )
    assert program.sessions[0].entries[0].sets == 3


@pytest.mark.parametrize(("key", "said"), [("sessions", "sessions is empty"), ("weeks", "weeks is empty")])
def test_an_empty_sessions_key_says_it_is_empty(key: str, said: str) -> None:
    assert said in _refusal(f"name: x\n{key}:\n")


def test_neither_sessions_nor_weeks_still_says_give_one() -> None:
    assert "give either 'sessions'" in _refusal("name: x\ngoal: tie_in_hypertrophy\n")
