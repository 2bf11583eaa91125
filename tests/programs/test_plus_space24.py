"""``8+ 8`` (a plus attached to a count, then a space: progs23's leftover): as ambiguous as ``8 + 8``
- a set to failure then 8, each side's 8, or one set - so refused naming the readings, never read
silently as each set's reps with the first to failure (RIR 0)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr


def _entry(reps: str, sets: int = 2) -> hr.Entry:
    data = {
        "name": "p",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": sets, "reps": reps}]}],
    }
    return hr.load_program(data).sessions[0].entries[0]


def test_a_plus_then_a_space_is_refused_naming_the_readings() -> None:
    with pytest.raises(hr.ProgramError) as caught:
        _entry("8+ 8")
    said = str(caught.value)
    assert "'8+, 8'" in said and "'8 per side'" in said and "'8, 8'" in said


@pytest.mark.parametrize(
    ("reps", "listed"), [("8+ 8 8", "'8+, 8, 8'"), ("8 8+ 8", "'8, 8+, 8'"), ("10 8+ 6+", "'10, 8+, 6+'")]
)
def test_counts_apart_by_spaces_with_a_plus_before_a_later_one_are_refused(reps: str, listed: str) -> None:
    with pytest.raises(hr.ProgramError) as caught:
        _entry(reps, sets=3)
    assert listed in str(caught.value)


@pytest.mark.parametrize("reps", ["5 5 5+", "10 8 6"])
def test_counts_apart_by_spaces_are_each_sets_reps(reps: str) -> None:
    entry = _entry(reps, sets=3)
    assert (entry.sets, entry.rir) == (3, 0 if "+" in reps else None)


@pytest.mark.parametrize("reps", ["8+, 8", "5/3/1+", "5, 5, 5+"])
def test_each_sets_reps_listed_with_a_comma_or_slash_keep_their_set_to_failure(reps: str) -> None:
    assert _entry(reps, sets=len(reps.replace("/", ",").split(","))).rir == 0


def test_a_rest_pause_set_written_with_a_plus_and_a_space_is_still_one_set() -> None:
    entry = _entry("12+ 3", sets=1)
    assert (entry.sets, entry.reps_low, entry.rir) == (1, 15, None)


@given(st.integers(1, 30), st.integers(1, 30), st.sampled_from(["+ ", "+  ", " + ", "+"]))
def test_two_counts_joined_by_a_plus_are_never_a_silent_set_to_failure(
    first: int, second: int, join: str
) -> None:
    """``a+ b``: one rest-pause set of their sum when ``b`` is at most half ``a``, else refused."""
    reps = f"{first}{join}{second}"
    if 2 * second > first:
        with pytest.raises(hr.ProgramError, match="joins counts of reps"):
            _entry(reps, sets=2)
        return
    entry = _entry(reps, sets=1)
    assert (entry.reps_low, entry.rir) == (first + second, None)
