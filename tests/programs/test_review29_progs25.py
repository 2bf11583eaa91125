"""review29's defects in program files (progs25): V1 (``Week 11``..``Week 18`` banners read as week 1's
day 1, their rows joining the week above), and the others fixed here."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._program_words import read_day, read_weeks


def _banners(weeks: list[str]) -> bytes:
    rows = ["Day,Exercise,Sets,Reps"]
    for banner in weeks:
        rows += [f"{banner},,,", "Mon,Romanian deadlift,3,8", "Thu,Seated leg curl,3,12"]
    return ("\n".join(rows) + "\n").encode()


@pytest.mark.parametrize("word", ["Week ", "W", "Wk ", "Week", "Woche "])
def test_a_sixteen_week_sheet_of_banners_has_sixteen_weeks(word: str) -> None:
    """review29 d05: 16 banners, each week 2 entries; weeks 10-16 merged into one (42 sets, HR030)."""
    program = hr.load_program(_banners([f"{word}{n}" for n in range(1, 17)]), name="p.csv")
    assert [sum(len(s.entries) for s in w.sessions) for w in program.weeks] == [2] * 16
    assert "HR030" not in hr.check(program, goal="tie_in_hypertrophy").codes


def test_banners_of_two_digit_weeks_only_are_those_weeks() -> None:
    """review29 d07: 'Week 11' and 'Week 12' alone were one unlabelled week."""
    program = hr.load_program(_banners(["Week 11", "Week 12"]), name="p.csv")
    assert [sum(len(s.entries) for s in w.sessions) for w in program.weeks] == [2, 2]


@given(st.integers(1, 999), st.sampled_from(["Week ", "Week", "W", "Wk. ", "Semana "]))
def test_a_week_word_and_a_number_is_that_week(n: int, word: str) -> None:
    """Whatever its digits, a week word and one number names that week, not a week and a day."""
    assert read_day(f"{word}{n}") is None
    assert read_weeks(f"{word}{n}") == (n,)


@pytest.mark.parametrize(
    ("cell", "week", "day"),
    [
        ("W11D2", 11, "Day 2"),
        ("Week 11 Day 2", 11, "Day 2"),
        ("W1D1", 1, "Day 1"),
        ("Week 2 - 3", 2, "Day 3"),
    ],
)
def test_a_week_and_a_day_are_still_read(cell: str, week: int, day: str) -> None:
    found = read_day(cell)
    assert found is not None and (found.week, found.label) == (week, day)


def test_a_program_sheet_of_more_columns_than_the_limit_is_refused_naming_the_count() -> None:
    """review29 V5: load_program read every column's role of a 200,000-column header (minutes); check()
    refused it at once. The program reader refuses it as the log reader does."""
    header = ",".join(f"c{n}" for n in range(1_001))
    with pytest.raises(hr.InputLimitError, match="1,001 columns, over the limit of 1,000") as caught:
        hr.load_program(f"{header}\n{header}\n".encode(), name="p.csv")
    assert caught.value.location == "p.csv:1"


def test_a_header_naming_columns_twice_is_still_said() -> None:
    """The columns named twice, found by counting once (the per-column count was quadratic)."""
    header = ",".join(["Exercise", "Exercise", *(f"c{n}" for n in range(900))])
    with pytest.raises(hr.ProgramError, match="a column named twice is read as neither: 'Exercise'"):
        hr.load_program(f"{header}\nRDL\n".encode(), name="p.csv")


_REHAB = {
    "goal": "rehab",
    "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
}


@pytest.mark.parametrize(
    ("stage", "read"),
    [("2", 2), ("Stage 2", 2), ("Phase II", 2), ("S3", 3), ("Étape 3", 3), ("iv", 4), (2.0, 2)],
)
def test_a_stage_written_as_text_is_read(stage: object, read: int) -> None:
    """review29 V12: 'stage: "2"' (a web form's JSON) was refused with pydantic's 'valid integer'."""
    program = hr.load_program({**_REHAB, "stage": stage})
    assert program.stage == read
    weekly = hr.load_program({"goal": "rehab", "weeks": [{"stage": stage, "sessions": _REHAB["sessions"]}]})
    assert weekly.weeks[0].stage == read


@pytest.mark.parametrize("stage", ["stage 5", "0", "Stage 2 - loading", "two", "2.0"])
def test_text_naming_no_stage_is_refused_saying_what_reads(stage: str) -> None:
    with pytest.raises(hr.ProgramError, match="a number, or text naming one"):
        hr.load_program({**_REHAB, "stage": stage})


def test_the_schema_takes_the_stage_text_the_library_takes() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(hr.json_schema("program"))
    for stage in ("2", "Stage 2", "Phase II", 3, None, "stage 5", "Stage 2 - loading", "0", True):
        data = {**_REHAB, "stage": stage}
        try:
            hr.load_program(data)
            accepted = True
        except hr.ProgramError:
            accepted = False
        assert accepted == validator.is_valid(data), stage


def test_a_text_stage_in_the_api_says_to_give_the_number() -> None:
    """check(stage='2') said "invalid stage '2'" and listed 2 as valid."""
    with pytest.raises(hr.RequestError) as caught:
        hr.recommend(goal="rehab", stage="2")  # type: ignore[arg-type]
    assert "a stage is a number, not text" in str(caught.value) and "stage=2" in str(caught.value)


@pytest.mark.parametrize(
    "column",
    [
        "Series x Reps",
        "Series x Repeticiones",
        "Sätze x Wdh",
        "Séries x Reps",
        "Serie x Ripetizioni",
        "Series/Reps",
    ],
)
def test_a_sets_x_reps_column_reads_in_the_readers_languages(column: str) -> None:
    """review29 V8: 'Series x Reps' (Spanish) was refused, the message asking for a Sets x Reps column."""
    sheet = (
        f"Día,Ejercicio,{column},Notas\nLunes,Peso muerto rumano,3x8-10,\nJueves,Curl femoral sentado,3/12,\n"
    )
    program = hr.load_program(sheet.encode(), name="p.csv")
    assert [(e.sets, e.reps_low, e.reps_high) for s in program.sessions for e in s.entries] == [
        (3, 8, 10),
        (3, 12, 12),
    ]
    report = hr.check(sheet.encode(), name="p.csv", goal="tie_in_hypertrophy")
    assert report.weeks[0].sets_by_action["straight_knee_hip_extension"] == 3


_MARKDOWN = (
    "| Day | Exercise | Sets | Reps |\n"
    "|-----|:---------|-----:|:----:|\n"
    "| Mon | Romanian deadlift | 3 | 8-10 |\n"
    "| Thu | Seated leg curl | 3 | 12 |\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _MARKDOWN,
        _MARKDOWN.replace("|-----|:---------|-----:|:----:|\n", ""),  # no rule line
        "Day|Exercise|Sets|Reps\nMon|Romanian deadlift|3|8-10\nThu|Seated leg curl|3|12\n",  # a pasted sheet
        "Coach Ben\n\n" + _MARKDOWN,  # a title above it
    ],
)
@pytest.mark.parametrize("suffix", [".md", ".txt", ".csv"])
def test_a_table_of_cells_between_pipes_reads_as_a_program_sheet(
    text: str, suffix: str, tmp_path: Path
) -> None:
    """review29 V7: a markdown or pipe table (programs pasted from chat tools) was refused, the log
    reader's message asking for the very columns it has."""
    path = tmp_path / f"p{suffix}"
    path.write_text(text, encoding="utf-8")
    program = hr.load_program(path)
    assert [(s.day, [(e.exercise, e.sets, e.reps_low) for e in s.entries]) for s in program.sessions] == [
        (0, [("Romanian deadlift", 3, 8)]),
        (3, [("Seated leg curl", 3, 12)]),
    ]
    assert any("between pipes" in notice for notice in program.notices)
    assert (
        hr.check(path, goal="tie_in_hypertrophy").weeks[0].sets_by_action["straight_knee_hip_extension"] == 3
    )


def test_an_error_in_a_pipe_table_names_its_line() -> None:
    text = _MARKDOWN.replace("| 3 | 12 |", "| lots | 12 |")
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(text.encode(), name="p.md")
    assert caught.value.location is not None and caught.value.location.startswith("p.md:4")


def test_a_csv_with_a_pipe_in_a_note_stays_a_csv() -> None:
    program = hr.load_program(b"Exercise,Sets,Reps,Notes\nRDL,3,8,a | b\n", name="p.csv")
    assert program.sessions[0].entries[0].notes == "a | b"


def test_a_csv_titled_with_a_pipe_stays_a_csv() -> None:
    program = hr.load_program(b"Coach Ben | Block 1\nExercise,Sets,Reps\nRDL,3,8\n", name="p.csv")
    assert [(e.exercise, e.sets) for e in program.sessions[0].entries] == [("RDL", 3)]


def test_a_scheme_in_the_name_that_the_entry_contradicts_is_said() -> None:
    """review29 V13: 'RDL 5x5' with sets 3, reps 8 was read as 3 x 8 without a word."""
    text = b"name: p\nsessions:\n  - name: A\n    exercises:\n      - {exercise: RDL 5x5, sets: 3, reps: 8}\n"
    program = hr.load_program(text, name="p.yaml")
    (said,) = [n for n in program.notices if "in its name" in n]
    assert said.startswith("line 5: exercise 'RDL 5x5' writes 5x5") and "(3 x 8)" in said
    assert (program.sessions[0].entries[0].sets, program.sessions[0].entries[0].reps_low) == (3, 8)


@pytest.mark.parametrize(
    "entry",
    [
        {"exercise": "RDL 3x8", "sets": 3, "reps": 8},
        {"exercise": "RDL 3x8", "sets": "3x8"},
        {"exercise": "Nordic (3 x 6-8)", "sets": 3, "reps": "6-8"},
        {"exercise": "90/90 hip switch", "sets": 2, "reps": 10},
    ],
)
def test_a_name_agreeing_with_its_entry_or_writing_no_scheme_is_no_notice(entry: dict[str, object]) -> None:
    program = hr.load_program({"sessions": [{"name": "A", "exercises": [entry]}]})
    assert not any("in its name" in n for n in program.notices)
