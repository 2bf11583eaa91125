"""Program sheets (sheets14, review rv23): a load after an ``@`` (R5), a note ruling failure out
(R15), a column per week's "not this week" marks and its errors (R1), weeks placed by the weeks
the sheet names (R11)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr


def _csv(tmp_path: Path, text: str, name: str = "program.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _entry(**entry: Any) -> hr.Entry:
    """The one entry of a one-session program written with ``entry``."""
    program = hr.load_program(
        {"name": "p", "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", **entry}]}]}
    )
    return program.weeks[0].sessions[0].entries[0]


# -- R5: a load after the reps with '@' ------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "sets", "reps", "load"),
    [
        ({"sets": 3, "reps": "5 @ 65%"}, 3, "5", "65%"),
        ({"sets": "3x8 @ 100kg"}, 3, "8", "100kg"),
        ({"sets": 3, "reps": "10 @ 60 kg"}, 3, "10", "60 kg"),
        ({"sets": "3x5 @ 75% 1RM"}, 3, "5", "75% 1RM"),
        ({"sets": 5, "reps": "5 @ 85%TM"}, 5, "5", "85%TM"),
        ({"sets": 3, "reps": "8-10 @ 70% of 1RM"}, 3, "8-10", "70% of 1RM"),
        ({"sets": 4, "reps": "6 @ 225 lbs"}, 4, "6", "225 lbs"),
        ({"sets": 3, "reps": "8 @ 82,5kg"}, 3, "8", "82,5kg"),
    ],
)
def test_a_load_after_the_reps_is_kept_in_the_notes_not_a_refusal(
    entry: dict[str, Any], sets: int, reps: str, load: str
) -> None:
    """'5 @ 65%' refused the program ('expected an integer...'), '3x8 @ 100kg' too (and 'reps:
    Field required'); the load is kept in the notes, as '8 (70%)' keeps it, and is no effort."""
    read = _entry(**entry)
    assert (read.sets, read.reps, read.rir, read.rpe) == (sets, reps, None, None)
    assert read.notes == load


@pytest.mark.parametrize(("reps", "rpe"), [("8 @ 7", 7.0), ("8 @ RPE 8", 8.0), ("8 @8.5", 8.5)])
def test_a_bare_number_after_the_at_is_still_the_rpe(reps: str, rpe: float) -> None:
    read = _entry(sets=3, reps=reps)
    assert (read.reps, read.rpe, read.notes) == ("8", rpe, None)


def test_a_load_and_then_an_effort_are_both_read() -> None:
    read = _entry(sets="3x5 @ 75% @ RPE 8")
    assert (read.sets, read.reps, read.rpe, read.notes) == (3, "5", 8.0, "75%")


def test_a_sheets_load_after_the_reps_is_read(tmp_path: Path) -> None:
    """The sheet form of 5/3/1 (rv23 at_load.csv), and a week's cell of a column-per-week sheet."""
    program = hr.load_program(
        _csv(tmp_path, "Day,Exercise,Sets,Reps\nThu,Deadlift,3,5 @ 75%\nThu,Romanian deadlift,3,8 @ 100kg\n")
    )
    entries = program.weeks[0].sessions[0].entries
    assert [(e.sets, e.reps, e.notes) for e in entries] == [(3, "5", "75%"), (3, "8", "100kg")]
    weekly = hr.load_program(
        _csv(tmp_path, "Day,Exercise,Week 1,Week 2\nMon,RDL,3x8 @ 70%,3x8 @ 75%\n", "w.csv")
    )
    assert [w.sessions[0].entries[0].notes for w in weekly.weeks] == ["70%", "75%"]


@settings(max_examples=60, deadline=None)
@given(
    reps=st.integers(1, 30),
    number=st.integers(1, 400),
    unit=st.sampled_from(["%", "kg", " kg", "lb", " lbs", "% 1RM", "%TM", "% of TM", "KG"]),
    space=st.sampled_from(["", " "]),
)
def test_any_load_after_an_at_is_read_as_a_load(reps: int, number: int, unit: str, space: str) -> None:
    """Property: reps, '@', a number with a unit - the reps as written, no effort, the load noted."""
    read = _entry(sets=3, reps=f"{reps}{space}@{space}{number}{unit}")
    assert (read.reps_low, read.reps_high, read.rir, read.rpe) == (reps, reps, None, None)
    assert read.notes == f"{number}{unit}".strip()


# -- R15: a note ruling failure out ------------------------------------------------------------------


@pytest.mark.parametrize(
    "reps",
    ["8 (not to failure)", "12 (stop 2 short of failure)", "3x8 (no failure)", "10 (nicht bis zum Versagen)",
     "8 (avoid failure)", "8 (sin llegar al fallo)", "8 (before failure)", "8 (no AMRAP)",
     "8 (don't go to failure)", "8 (Versagen vermeiden)", "8 (never to failure)", "8 (sans aller à l'échec)"],
)  # fmt: skip
def test_a_note_ruling_failure_out_is_no_set_to_failure(reps: str) -> None:
    """Each was RIR 0 (HR018 'taken to failure' on a physio's 'not to failure'), as the log reader
    never read them: the note is kept, the effort unread."""
    read = _entry(sets=reps) if reps.startswith("3x") else _entry(sets=3, reps=reps)
    assert read.rir is None and read.rpe is None
    assert read.notes is not None and read.notes in reps


@pytest.mark.parametrize(
    "reps",
    [
        "8 (to failure)",
        "8 (last set AMRAP)",
        "8 (failure)",
        "8 (last set to failure, no rest)",
        "8 (Versagen)",
    ],
)
def test_a_note_naming_failure_is_still_a_set_to_failure(reps: str) -> None:
    assert _entry(sets=3, reps=reps).rir == 0


def test_the_physios_notes_get_no_taken_to_failure_warning(tmp_path: Path) -> None:
    """rv23 notfail.yaml: four HR018 warnings on the physio's own notes against failure."""
    data = {
        "name": "PHT stage 3",
        "goal": "rehab",
        "stage": 3,
        "sessions": [
            {
                "name": "Gym A",
                "day": "mon",
                "exercises": [
                    {"exercise": "Romanian deadlift", "sets": 3, "reps": "8 (not to failure)"},
                    {
                        "exercise": "45-degree back extension",
                        "sets": 3,
                        "reps": "12 (stop 2 short of failure)",
                    },
                    {"exercise": "Lying leg curl", "sets": 3, "reps": "10 (nicht bis zum Versagen)"},
                ],
            }
        ],
    }
    path = tmp_path / "notfail.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    report = hr.check(hr.load_program(path), goal="rehab", stage=3)
    assert not [f for f in report.findings if f.code == "HR018"]
    # the control: the same notes naming failure without ruling it out are the warning
    path.write_text(yaml.safe_dump(data).replace("not to failure", "to failure"), encoding="utf-8")
    report = hr.check(hr.load_program(path), goal="rehab", stage=3)
    assert [f.code for f in report.findings if f.code == "HR018"] == ["HR018"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    negation=st.sampled_from(
        ["not", "no", "never", "avoid", "stop short of", "nicht bis zum", "sin", "sans", "senza"]
    ),
    failure=st.sampled_from(["failure", "to failure", "AMRAP", "Versagen", "fallo", "échec", "cedimento"]),
)
def test_a_negated_word_of_failure_is_never_failure(negation: str, failure: str) -> None:
    """Property: a word of failure in a note is a set to failure (RIR 0) unless a word of its
    clause rules it out."""
    assert _entry(sets=3, reps=f"8 ({failure})").rir == 0
    assert _entry(sets=3, reps=f"8 ({negation} {failure})").rir is None


# -- R1: a column per week's "not this week" marks -----------------------------------------------------


@pytest.mark.parametrize(
    "mark", ["-", "–", "—", "x", "X", "n/a", "N/A", "off", "rest", "0", "/", "Rest", "none"]
)
def test_a_not_this_week_mark_is_not_trained_that_week(tmp_path: Path, mark: str) -> None:
    """rv23 colweek_dash.csv: a '-' in a week's column refused the program with pydantic's 'Field
    required' and a path; it is a blank: not trained that week, said with its line and column."""
    text = f"Day,Exercise,Week 1,Week 2\nMon,Romanian Deadlift,3x8,{mark}\nThu,Good Morning,3x10,3x10\n"
    program = hr.load_program(_csv(tmp_path, text))
    assert [[e.exercise for s in w.sessions for e in s.entries] for w in program.weeks] == [
        ["Romanian Deadlift", "Good Morning"],
        ["Good Morning"],
    ]
    said = [n for n in program.notices if "not trained that week" in n and "line 2" in n]
    assert said and "'Week 2'" in said[0]


def test_text_in_a_week_cell_is_refused_naming_its_column(tmp_path: Path) -> None:
    text = "Day,Exercise,Week 1,Week 2\nMon,RDL,3x8,heavy\n"
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(_csv(tmp_path, text))
    message = str(info.value)
    assert "program.csv:2: column 'Week 2'" in message and "'heavy'" in message
    assert "weeks[" not in message and "Field required" not in message


def test_a_sets_only_week_cell_without_a_reps_column_names_its_column(tmp_path: Path) -> None:
    """'3' in a week's column was 'reps: Field required' at an internal path."""
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(_csv(tmp_path, "Day,Exercise,Week 1,Week 2\nMon,RDL,3x8,3\n"))
    message = str(info.value)
    assert ":2: column 'Week 2'" in message and "no reps" in message
    assert "weeks[" not in message and "Field required" not in message


def test_a_refused_sets_value_is_not_also_missing_its_reps(tmp_path: Path) -> None:
    """A sets value giving the reps that is refused said a second error, 'reps: Field required'."""
    path = tmp_path / "p.yaml"
    path.write_text(
        "name: p\nsessions:\n  - name: A\n    exercises:\n      - {exercise: RDL, sets: 3x8 @ heavy}\n"
    )
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(path)
    assert "more error" not in str(info.value) and "Field required" not in str(info.value)


# -- R11: weeks are the weeks the sheet names -------------------------------------------------------


def _exercises_by_week(program: hr.Program) -> list[list[str]]:
    return [[f"{s.day} {e.exercise} {e.sets}" for s in w.sessions for e in s.entries] for w in program.weeks]


def test_a_week_row_after_a_block_is_in_the_week_it_names(tmp_path: Path) -> None:
    """rv23 blocks3.csv: a '3' row after a '1-4' block was a 'week 5' of its own."""
    text = "Week,Day,Exercise,Sets,Reps\n1-4,Mon,RDL,3,8\n3,Thu,Good morning,3,10\n"
    program = hr.load_program(_csv(tmp_path, text))
    assert _exercises_by_week(program) == [
        ["0 RDL 3"],
        ["0 RDL 3"],
        ["0 RDL 3", "3 Good morning 3"],
        ["0 RDL 3"],
    ]
    assert any("week 3 named by '1-4' (line 2) and by '3' (line 3)" in n for n in program.notices)


def test_weeks_listed_out_of_order_are_placed_by_their_number(tmp_path: Path) -> None:
    """rv23 wk21.csv: week 2's rows listed first were the program's week 1."""
    text = "Week,Day,Exercise,Sets,Reps\n2,Mon,RDL,3,8\n1,Mon,Good morning,4,6\n2,Thu,Nordic curl,2,5\n"
    program = hr.load_program(_csv(tmp_path, text))
    assert _exercises_by_week(program) == [["0 Good morning 4"], ["0 RDL 3", "3 Nordic curl 2"]]


def test_a_missing_week_between_two_named_is_said(tmp_path: Path) -> None:
    """rv23 wk13.csv: weeks 1 and 3 were weeks 1 and 2, silently."""
    text = "Week,Day,Exercise,Sets,Reps\n1,Mon,RDL,3,8\n3,Mon,RDL,4,6\n"
    program = hr.load_program(_csv(tmp_path, text))
    assert _exercises_by_week(program) == [["0 RDL 3"], ["0 RDL 4"]]
    assert any("(1, 3): '3' is its week 2" in n for n in program.notices)


def test_an_error_in_a_row_placed_by_its_week_names_its_line(tmp_path: Path) -> None:
    text = "Week,Day,Exercise,Sets,Reps\n1-4,Mon,RDL,3,8\n3,Mon,Good morning,lots,10\n"
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(_csv(tmp_path, text))
    assert "program.csv:3: column 'Sets' (sets)" in str(info.value)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(weeks=st.lists(st.integers(1, 6), min_size=1, max_size=8))
def test_each_row_is_in_the_week_its_cell_names_whatever_the_order(tmp_path: Path, weeks: list[int]) -> None:
    """Property: rows with week cells in any order give the named weeks in order (missing ones
    closed up), each holding exactly the rows naming it, in the sheet's order."""
    rows = "".join(f"{week},Mon,RDL,{i + 1},8\n" for i, week in enumerate(weeks))
    program = hr.load_program(_csv(tmp_path, "Week,Day,Exercise,Sets,Reps\n" + rows))
    expected = [
        [f"0 RDL {i + 1}" for i, week in enumerate(weeks) if week == named] for named in sorted(set(weeks))
    ]
    assert _exercises_by_week(program) == expected
