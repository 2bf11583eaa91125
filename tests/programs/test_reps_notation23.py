"""Reps and tempo notation coaches write (review27 R4 leftovers): counts joined by a plus, a count's
plural ('8s', '21s'), a range with its last set to failure ('8-12+'), spaced and noted tempos."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr


def _program(**entry: Any) -> dict[str, Any]:
    one = {"exercise": "Romanian deadlift", "sets": 3, "reps": 8, **entry}
    one = {k: v for k, v in one.items() if v is not None}
    return {"name": "p", "sessions": [{"name": "A", "day": "mon", "exercises": [one]}]}


def _entry(**entry: Any) -> tuple[hr.Entry, tuple[str, ...]]:
    program = hr.load_program(_program(**entry))
    return program.sessions[0].entries[0], program.notices


@pytest.mark.parametrize("reps", ["8 + 8", "8+8", "10 + 10", "6 +6"])
@pytest.mark.parametrize("sets", [1, 2, 3])
def test_counts_joined_by_a_plus_are_refused_naming_the_readings(reps: str, sets: int) -> None:
    """`8 + 8` may be each side's, each set's or a drop set: refused, never a silent set to failure."""
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(_program(sets=sets, reps=reps))
    message = str(info.value)
    assert "per side" in message and "rest-pause" in message


@pytest.mark.parametrize(("reps", "total"), [("12+3", 15), ("12 + 3", 15), ("10+4+2", 16), ("12+ 3", 15)])
def test_a_rest_pause_set_is_one_set_of_its_runs(reps: str, total: int) -> None:
    """`12+3` (later runs at most half the first) is one set of 15, as the log reader reads it; no
    effort guessed, and a notice says so."""
    entry, notices = _entry(reps=reps)
    assert (entry.sets, entry.reps_low, entry.reps_high, entry.rir) == (3, total, total, None)
    assert any("rest-pause" in n for n in notices)


@pytest.mark.parametrize(("reps", "count"), [("8s", 8), ("21s", 21), ("12s", 12), ("6 s", 6)])
def test_a_counts_plural_is_reps_not_a_hold(reps: str, count: int) -> None:
    """`3 sets of 8s` are eights: reps, not an 8 s isometric hold, and a notice says how it was read."""
    entry, notices = _entry(reps=reps)
    assert (entry.reps_low, entry.hold_s) == (count, None)
    assert any(f"{count} reps a set" in n for n in notices)


@pytest.mark.parametrize(("reps", "seconds"), [("30s", 30), ("45s", 45), ("10s", 10)])
def test_a_round_time_with_a_lone_s_is_a_hold(reps: str, seconds: int) -> None:
    """`30s` stays a hold (a round time: holds are prescribed so)."""
    entry, _ = _entry(reps=reps)
    assert (entry.hold_s, entry.reps_low) == (seconds, 1)


def test_sets_of_a_counts_plural_in_sets() -> None:
    """`sets: 3x8s` reads as 3 sets of 8 too."""
    program = hr.load_program(
        {"name": "p", "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": "3x8s"}]}]}
    )
    entry = program.sessions[0].entries[0]
    assert (entry.sets, entry.reps_low, entry.hold_s) == (3, 8, None)


@pytest.mark.parametrize(
    ("reps", "low", "high"), [("8-12+", 8, 12), ("6 to 8+", 6, 8), ("10-15+ AMRAP", 10, 15)]
)
def test_a_range_with_a_plus_is_the_range_its_last_set_to_failure(reps: str, low: int, high: int) -> None:
    """`8-12+` is `8+`'s range form: 8-12 reps, the last set as many as possible (RIR 0, said)."""
    entry, notices = _entry(reps=reps)
    assert (entry.reps_low, entry.reps_high, entry.rir) == (low, high, 0)
    assert any("as many reps as possible" in n for n in notices)


@pytest.mark.parametrize(
    ("tempo", "phases", "note"),
    [
        ("3 1 1 0", (3, 1, 1, 0), None),
        ("3 0 1", (3, 0, 1, 0), None),
        ("4-0-1-0 (slow)", (4, 0, 1, 0), "slow"),
        ("31X0 (pause at the bottom)", (3, 1, 0, 0), "pause at the bottom"),
    ],
)
def test_spaced_and_noted_tempos_read(tempo: str, phases: tuple[int, ...], note: str | None) -> None:
    """A tempo's phases spaced apart read as dashed ones; a note in brackets goes to the notes."""
    entry, _ = _entry(tempo=tempo)
    assert entry.tempo == phases
    assert entry.notes == note


@pytest.mark.parametrize("reps", ["5x5", "3 x 8", "6-8 x 3"])
def test_sets_by_reps_in_reps_says_where_it_goes(reps: str) -> None:
    """A reps refusal that sees an `x` says to write it in `sets:`."""
    with pytest.raises(hr.ProgramError, match="goes in sets"):
        hr.load_program(_program(reps=reps))


@given(
    phases=st.lists(st.integers(0, 9), min_size=4, max_size=4),
    sep=st.sampled_from([" ", "  ", "-", " - ", "/"]),
)
def test_a_tempo_reads_alike_whatever_separates_its_phases(phases: list[int], sep: str) -> None:
    """Spaces, dashes and slashes between a tempo's four phases read the same."""
    entry, _ = _entry(tempo=sep.join(map(str, phases)))
    assert entry.tempo == tuple(phases)


@given(first=st.integers(2, 60), rest=st.lists(st.integers(1, 30), min_size=1, max_size=3))
def test_a_plus_joined_count_is_never_a_silent_set_to_failure(first: int, rest: list[int]) -> None:
    """Whatever counts a `+` joins, the entry is refused or read as one set of their sum with no effort."""
    reps = " + ".join(map(str, [first, *rest]))
    try:
        entry, _ = _entry(reps=reps)
    except hr.ProgramError:
        return
    assert entry.rir is None and entry.reps_low == first + sum(rest)


_GROUP = st.tuples(st.integers(1, 4), st.integers(1, 12), st.integers(0, 4), st.booleans())


def _group_text(group: tuple[int, int, int, bool]) -> str:
    sets, low, extra, plus = group
    return f"{sets}x{low}" + (f"-{low + extra}" if extra else "") + ("+" if plus else "")


@given(groups=st.lists(_GROUP, min_size=2, max_size=4), join=st.sampled_from([" ", " + ", " +", "  "]))
def test_groups_joined_by_a_space_or_plus_read_as_joined_by_commas(
    groups: list[tuple[int, int, int, bool]], join: str
) -> None:
    """`1x5+ 2x8-10` (or `3x8 + 2x12`) reads as `1x5+, 2x8-10`: the same sets, reps, effort."""
    texts = [_group_text(g) for g in groups]
    spaced = hr.load_program(_program(sets=join.join(texts), reps=None)).sessions[0].entries[0]
    commas = hr.load_program(_program(sets=", ".join(texts), reps=None)).sessions[0].entries[0]
    key = ("sets", "reps_low", "reps_high", "rir", "rpe", "hold_s")
    assert [getattr(spaced, k) for k in key] == [getattr(commas, k) for k in key]


@pytest.mark.parametrize(
    ("sets", "total", "rir"), [("1x5+ 2x8-10", 3, 0), ("3x8 + 2x12", 5, None), ("1x5+ + 2x8-10", 3, 0)]
)
def test_a_spaced_group_list_keeps_its_set_to_failure(sets: str, total: int, rir: int | None) -> None:
    """A group's `+` before a space is its last set to failure (RIR 0, the groups in the notes); a
    spaced `+` between groups joins them."""
    entry = hr.load_program(_program(sets=sets, reps=None)).sessions[0].entries[0]
    assert (entry.sets, entry.rir) == (total, rir)
    assert entry.notes == sets
