"""Program sheets: defects found by review18 (an independent new-user review)."""

from __future__ import annotations

from pathlib import Path

import pytest

import hamstring_rules as hr


@pytest.mark.parametrize(
    "cell", ["Mon & Thu", "Mon/Thu", "Monday, Thursday", "Montag und Donnerstag", "lunes y jueves"]
)
def test_a_day_cell_naming_two_weekdays_is_a_session_on_each(tmp_path: Path, cell: str) -> None:
    path = tmp_path / "program.csv"
    rows = [f'"{cell}",RDL,3,8-10', f'"{cell}",Seated leg curl,3,10-15', "Sat,Back extension,3,15-20"]
    path.write_text("Day,Exercise,Sets,Reps\n" + "\n".join(rows) + "\n", encoding="utf-8")
    program = hr.load_program(path)
    assert [(s.day_name, [e.exercise for e in s.entries]) for s in program.sessions] == [
        ("mon", ["RDL", "Seated leg curl"]),
        ("thu", ["RDL", "Seated leg curl"]),
        ("sat", ["Back extension"]),
    ]
    report = hr.check(program, goal="tie-in")
    assert report.weeks[0].hamstring_sets == 15


def test_two_spellings_of_the_same_days_are_one_pair_of_sessions(tmp_path: Path) -> None:
    path = tmp_path / "program.csv"
    rows = ["Mon & Thu,RDL,3,8", "Mon/Thu,45 degree back extension,3,15"]
    path.write_text("Day,Exercise,Sets,Reps\n" + "\n".join(rows) + "\n", encoding="utf-8")
    program = hr.load_program(path)
    assert [len(s.entries) for s in program.sessions] == [2, 2]


def test_a_bad_cell_in_a_row_of_two_days_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "program.csv"
    path.write_text("Day,Exercise,Sets,Reps\nMon & Thu,RDL,3,8\nMon & Thu,Nordic,lots,5\n", encoding="utf-8")
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(path)
    location = caught.value.location
    assert location is not None and ".csv:3: column 'Sets' (sets)" in location


@pytest.mark.parametrize("cell", ["Day 1 & Day 2", "Push & Pull", "Mon", "Week 1 Mon"])
def test_other_day_cells_are_read_as_before(tmp_path: Path, cell: str) -> None:
    path = tmp_path / "program.csv"
    path.write_text(f"Day,Exercise,Sets,Reps\n{cell},RDL,3,8\n", encoding="utf-8")
    program = hr.load_program(path)
    assert len(program.sessions) == 1


@pytest.mark.parametrize(("goal", "limit"), [("rehab", "5/10"), ("strain_rehab", "3/10")])
def test_no_cue_gives_a_pain_limit_other_than_the_goals(goal: str, limit: str) -> None:
    import re

    for stage in (1, 2):
        result = hr.recommend(goal, stage=stage)
        for rec in result.recommendations:
            for text in (*rec.cues, *rec.exercise.pitfalls):
                for said in re.findall(r"\b\d+(?:\.\d+)?/10\b", text):
                    # a number said without its goal is the goal's own limit
                    assert said == limit or ("tendinopathy" in text and "strain" in text), (rec.name, text)


@pytest.mark.parametrize("thursday", ["Thu", "Thursday", "Donnerstag"])
def test_a_day_below_a_pair_of_days_joins_its_session(tmp_path: Path, thursday: str) -> None:
    path = tmp_path / "program.csv"
    rows = ["Mon & Thu,RDL,3,8", f"{thursday},Nordic,3,5", "Mon,Leg curl,3,12"]
    path.write_text("Day,Exercise,Sets,Reps\n" + "\n".join(rows) + "\n", encoding="utf-8")
    program = hr.load_program(path)
    assert [(s.day_name, [e.exercise for e in s.entries]) for s in program.sessions] == [
        ("mon", ["RDL", "Leg curl"]),
        ("thu", ["RDL", "Nordic"]),
    ]
    assert "HR006" not in {f.code for f in hr.check(program).findings}  # no "0 h apart" on Thursday


def test_a_named_session_on_a_day_of_the_pair_stays_its_own(tmp_path: Path) -> None:
    path = tmp_path / "program.csv"
    rows = ["Mon & Thu,,RDL,3,8", "Thu,Evening run,Sprint,6,1"]
    path.write_text("Day,Session,Exercise,Sets,Reps\n" + "\n".join(rows) + "\n", encoding="utf-8")
    program = hr.load_program(path)
    assert [s.name for s in program.sessions] == ["Mon", "Thu", "Evening run"]
