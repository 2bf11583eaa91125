"""Headings under a sheet's header that name no day or week (progs25, leftover 1): a block banner
(``Phase 2 - Strength``, ``Block B: power``) starts a week of its own, named by it; a section word
(``Accessories``, ``Finisher``, ``Warm-up``, ``Cool-down``) is a note on the rows below it, up to the
next heading or session (a warm-up section's rows are warm-ups); any other heading that heads no row
is named in a notice. Nothing is dropped silently. The words are data (``data/program_words.toml``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._data import builtin_data, parse_sources
from hamstring_rules._program_words import heading_kind, heading_words, read_weeks


def _load(text: str) -> hr.Program:
    return hr.load_program(text.encode(), name="p.csv")


def _notices(program: hr.Program) -> str:
    return " | ".join(program.notices)


def test_a_block_banner_in_the_day_column_starts_a_named_week() -> None:
    program = _load(
        "Day,Exercise,Sets,Reps\n"
        "Phase 1 - Hypertrophy,,,\n"
        "Mon,Romanian deadlift,3,10\n"
        "Thu,Seated leg curl,3,12\n"
        "Phase 2 - Strength,,,\n"
        "Mon,Romanian deadlift,4,5\n"
        "Thu,Nordic curl,3,5\n"
    )
    assert [w.name for w in program.weeks] == ["Phase 1 - Hypertrophy", "Phase 2 - Strength"]
    assert [[s.day for s in w.sessions] for w in program.weeks] == [[0, 3], [0, 3]]
    assert program.weeks[1].sessions[0].entries[0].reps_low == 5
    assert "'Phase 2 - Strength' (line 5)" in _notices(program)


@pytest.mark.parametrize(
    "banner", ["Block B: power", "Phase 2 - Strength", "Mesocycle 2", "Bloque 2 - fuerza"]
)
def test_a_block_banner_alone_in_the_exercise_column_starts_a_named_week(banner: str) -> None:
    program = _load(f"Exercise,Sets,Reps\nRomanian deadlift,3,10\n{banner}\nRomanian deadlift,4,5\n")
    assert len(program.weeks) == 2
    assert program.weeks[1].name == banner
    assert program.weeks[1].sessions[0].entries[0].reps_low == 5


def test_one_week_under_a_block_banner_keeps_its_name() -> None:
    program = _load("Phase 1 - Hypertrophy\nDay,Exercise,Sets,Reps\nMon,Romanian deadlift,3,10\n")
    (week,) = program.weeks
    assert week.name == "Phase 1 - Hypertrophy"
    assert "passed over as the sheet's title" not in _notices(program)


@pytest.mark.parametrize("heading", ["Accessories", "Finisher", "Cool-down", "Accessory work", "B) Finisher"])
def test_a_section_heading_is_a_note_on_the_rows_below_it(heading: str) -> None:
    program = _load(
        "Day,Exercise,Sets,Reps,Notes\n"
        "Mon,Romanian deadlift,3,8,\n"
        f"{heading},,,,\n"
        "Mon,Seated leg curl,3,12,slow\n"
        "Mon,45-degree back extension,2,15,\n"
        "Thu,Nordic curl,3,5,\n"
    )
    monday, thursday = program.sessions
    rdl, curl, extension = monday.entries
    assert rdl.notes is None
    assert curl.notes == f"{heading}; slow"
    assert extension.notes == heading
    assert thursday.entries[0].notes is None  # a new session ends the section
    assert f"{heading!r} (line 3)" in _notices(program)


def test_a_section_ends_at_the_next_heading() -> None:
    program = _load("Exercise,Sets,Reps\nFinisher\n45-degree back extension,2,15\nDay 2\nNordic curl,3,5\n")
    assert [e.notes for s in program.sessions for e in s.entries] == ["Finisher", None]


@pytest.mark.parametrize("heading", ["Warm-up", "Warm up", "Aufwärmen", "Calentamiento"])
def test_a_warm_up_sections_rows_are_warm_ups(heading: str) -> None:
    """Under a warm-up heading the RDL's sets are warm-ups: not hard sets (HR012 counts the others)."""
    program = _load(
        f"Day,Exercise,Sets,Reps\n{heading},,,\nMon,Romanian deadlift,2,10\n"
        "Main,,,\nMon,Romanian deadlift,3,8\n"
    )
    warm, work = program.sessions[0].entries
    assert warm.notes == heading and work.notes == "Main"
    report = hr.check(program, goal="tie_in_hypertrophy")
    assert report.weeks[0].sets_by_action["straight_knee_hip_extension"] == 3


def test_a_heading_no_row_takes_is_named_in_a_notice() -> None:
    """'Lower A' heads no row (the rows below give their own day), a note alone is on no exercise."""
    program = _load(
        "Day,Exercise,Sets,Reps,Notes\n"
        "Lower A,,,,\n"
        "Mon,Romanian deadlift,3,8,\n"
        ",,,,bring chalk\n"
        "Mon,Seated leg curl,3,12,\n"
    )
    said = _notices(program)
    assert "line 2 'Lower A' (the row below gives its own day)" in said
    assert "line 4 'bring chalk'" in said


def test_a_heading_the_rows_take_is_no_notice() -> None:
    """'Lower A' over rows with no day of their own names their session, as before."""
    program = _load("Day,Exercise,Sets,Reps\nLower A,,,\n,Romanian deadlift,3,8\n")
    assert program.sessions[0].name == "Lower A"
    assert "passed over" not in _notices(program)


def test_a_word_alone_in_the_exercise_column_that_is_no_heading_is_still_an_error() -> None:
    """'Something odd' with blank sets may be an exercise whose sets were left out: an error, not a guess."""
    with pytest.raises(hr.ProgramError, match="sets"):
        _load("Exercise,Sets,Reps\nSomething odd\nRomanian deadlift,3,8\n")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Phase 2 - Strength", "block"),
        ("Block B: power", "block"),
        ("MESOCYCLE 3", "block"),
        ("Accessories", "section"),
        ("Cool down: walk", "section"),
        ("accessory work", "section"),
        ("Romanian deadlift", None),
        ("Lower A", None),
        ("Strength", None),
    ],
)
def test_heading_kind(text: str, kind: str | None) -> None:
    assert heading_kind(text) == kind


def test_the_heading_words_are_data_and_the_compiled_copy_agrees() -> None:
    """The block words (once a Python constant) and the section words live in data/program_words.toml."""
    assert parse_sources()["program_words.toml"] == builtin_data()["program_words.toml"]
    words = heading_words()
    assert {"block", "phase", "mesocycle"} <= words["block"]
    assert {"accessories", "finisher", "warmup", "cooldown"} <= words["section"]
    assert read_weeks("Fase 2: semanas 5-6") == (5, 6)


@given(
    word=st.sampled_from(sorted(heading_words()["block"])),
    n=st.integers(1, 9),
    label=st.sampled_from(["Strength", "power", "Hypertrophy", "intro"]),
    mark=st.sampled_from([" - ", ": ", " | "]),
)
def test_any_block_word_starts_a_named_week(word: str, n: int, label: str, mark: str) -> None:
    banner = f"{word.capitalize()} {n}{mark}{label}"
    program = _load(
        f"Day,Exercise,Sets,Reps\nMon,Romanian deadlift,3,10\n{banner},,,\nMon,Romanian deadlift,4,5\n"
    )
    assert [w.name for w in program.weeks] == [None, banner]
    assert sum(len(s.entries) for w in program.weeks for s in w.sessions) == 2


@pytest.mark.parametrize("heading", ["Phase 3", "Finisher", "Lower B"])
def test_a_last_heading_with_no_row_below_is_named(heading: str) -> None:
    program = _load(f"Day,Exercise,Sets,Reps\nMon,Romanian deadlift,3,8\n{heading},,,\n")
    assert f"line 3 {heading!r} (no row follows it)" in _notices(program)
    assert [len(s.entries) for s in program.sessions] == [1]
