"""Program sheets (sheets15, review rv23): a plan by stage - a ``Stage`` column, a ``stage:`` per
week - judged week by week at its own stage (R14); a sets and a reps column per week (R8); a
load without ``@`` and an effort in brackets in a week's cell; overlapping week ranges; a program
file's missing field or empty name in the library's words (R3); coaches' sheets as written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr


def _file(tmp_path: Path, text: str, name: str = "program.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _errors(report: hr.Report, code: str = "HR010") -> list[hr.Finding]:
    return [f for f in report.findings if f.code == code]


# -- R14: a plan by stage --------------------------------------------------------------------------

_STAGED_SHEET = """Stage,Week,Day,Exercise,Sets,Reps,Hold,Tempo
1,1,Mon,Straight-knee bridge hold,5,,45s,
1,1,Wed,Isometric leg curl hold,5,,30s,
1,2,Mon,Straight-knee bridge hold,5,,45s,
2,3,Mon,Long-lever bridge,3,15,,3-0-3-0
2,3,Thu,Lying leg curl,3,15,,3-0-3-0
3,4,Mon,Romanian deadlift,3,8,,3-0-3-0
"""


def _staged_yaml(*weeks: tuple[int | None, str]) -> dict[str, Any]:
    """A rehab program of one Monday session a week: each week's stage (or none) and exercise."""
    out: list[dict[str, Any]] = []
    for stage, exercise in weeks:
        entry = {"exercise": exercise, "sets": 3, "reps": 12, "tempo": "3-0-3-0"}
        if "hold" in exercise.lower():
            entry = {"exercise": exercise, "sets": 5, "hold_s": 45}
        week: dict[str, Any] = {"sessions": [{"name": "A", "day": "mon", "exercises": [entry]}]}
        if stage is not None:
            week["stage"] = stage
        out.append(week)
    return {"name": "staged", "goal": "rehab", "weeks": out}


def test_a_stage_column_judges_each_week_at_its_own_stage(tmp_path: Path) -> None:
    """pht_sheet.csv: the Stage column was 'not read', every week judged at stage 1, and the
    physio's stage-2 and stage-3 rows were three HR010 'contraindicated' errors."""
    program = hr.load_program(_file(tmp_path, _STAGED_SHEET))
    assert [w.stage for w in program.weeks] == [1, 1, 2, 3]
    report = hr.check(_file(tmp_path, _STAGED_SHEET), goal="rehab")
    assert _errors(report) == []
    assert not any("not read" in issue and "Stage" in issue for issue in report.input_issues)
    assert any("stage 2: week 3" in issue and "stage 3: week 4" in issue for issue in report.input_issues)
    assert not report.stage_assumed and report.stage == 1  # every week staged: the first's


def test_a_week_is_still_judged_at_its_stage_an_early_rdl_is_an_error(tmp_path: Path) -> None:
    """The stages are applied, not dropped: an RDL in a stage-1 week stays an HR010 error there,
    and the same RDL in the stage-3 week passes."""
    report = hr.check(_staged_yaml((1, "Romanian deadlift"), (3, "Romanian deadlift")))
    errors = _errors(report)
    assert [f.location.week for f in errors] == [1]
    assert "stage 1" in errors[0].message


def test_a_yaml_week_stage_is_read_and_written_back() -> None:
    """pht_staged.yaml: 'stage:' in a week was 'unknown key'; it is read, and to_dict writes it."""
    data = _staged_yaml((1, "Straight-knee bridge hold"), (2, "Lying leg curl"))
    program = hr.load_program(data)
    assert [w.stage for w in program.weeks] == [1, 2]
    assert hr.load_program(program.to_dict()) == program
    assert [w.get("stage") for w in program.to_dict()["weeks"]] == [1, 2]


def test_a_week_without_a_stage_takes_the_program_stage() -> None:
    """A week with no stage of its own is judged at the program's: here stage 3, so its RDL
    passes, while the stage-1 week's RDL is an error."""
    data = {**_staged_yaml((None, "Romanian deadlift"), (1, "Romanian deadlift")), "stage": 3}
    report = hr.check(data)
    assert [f.location.week for f in _errors(report)] == [2]
    assert report.stage == 3


def test_a_stage_argument_overrides_the_weeks_stages_and_says_so() -> None:
    """check(stage=N) is every week's stage, as it overrides the program's: said in the issues."""
    report = hr.check(_staged_yaml((1, "Straight-knee bridge hold"), (3, "Romanian deadlift")), stage=1)
    assert [f.location.week for f in _errors(report)] == [2]
    assert any("not read" in issue and "stage 1, as asked" in issue for issue in report.input_issues)


def test_a_goal_without_stages_says_the_weeks_stages_are_not_read() -> None:
    data = {**_staged_yaml((1, "Straight-knee bridge hold"), (3, "Romanian deadlift")), "goal": "tie-in"}
    report = hr.check(data)
    assert any("stages (1, 3) are not read" in issue for issue in report.input_issues)


def test_pain_steps_back_each_weeks_own_stage() -> None:
    """Pain above rehab's 5/10 steps each week back one stage from its own: the stage-3 week's
    RDL is then judged at stage 2, where it is excluded."""
    report = hr.check(_staged_yaml((2, "Straight-knee bridge hold"), (3, "Romanian deadlift")), pain=7)
    assert [f.location.week for f in _errors(report)] == [2]
    assert "stage 2" in _errors(report)[0].message


def test_a_week_stage_the_goal_does_not_have_is_refused_naming_the_week() -> None:
    """strain_rehab has stages 1-3: a week at stage 4 is refused naming that week's stage."""
    data = {**_staged_yaml((1, "Lying leg curl"), (4, "Lying leg curl")), "goal": "strain_rehab"}
    with pytest.raises(hr.RequestError, match="invalid stage 4") as caught:
        hr.check(data)
    assert "weeks[1].stage" in str(caught.value.location)


@pytest.mark.parametrize(
    ("header", "cells"),
    [
        ("Phase", ("Phase 1 - isometrics", "", "Phase 2 (loading)", "", "Phase III")),
        ("Stage", ("1", "", "2", "", "3")),
        ("Stufe", ("Stufe 1", "", "Stufe 2", "", "Stufe 3")),
    ],
)
def test_a_stage_column_without_weeks_makes_each_stage_a_week(header: str, cells: tuple[str, ...]) -> None:
    """No Week column: each stage's rows are a week of it (a blank stage cell: the stage above, a
    merged cell), in the languages of the other column names, a label or a roman numeral after."""
    rows = [
        ("Mon", "Straight-knee bridge hold", "5", "", "45s"),
        ("Thu", "Isometric leg curl hold", "5", "", "30s"),
        ("Mon", "Lying leg curl", "3", "15", ""),
        ("Thu", "Long-lever bridge", "3", "15", ""),
        ("Mon", "Romanian deadlift", "3", "8", ""),
    ]
    text = f"{header},Day,Exercise,Sets,Reps,Hold\n" + "".join(
        f"{cell},{','.join(row)}\n" for cell, row in zip(cells, rows, strict=True)
    )
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = _file(Path(folder), text)
        program = hr.load_program(path)
        assert [w.stage for w in program.weeks] == [1, 2, 3]
        assert [len(w.sessions) for w in program.weeks] == [2, 2, 1]
        assert _errors(hr.check(path, goal="rehab")) == []


_HEAD = "Stage,Week,Day,Exercise,Sets,Reps\n"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (f"{_HEAD}1,1,Mon,Lying leg curl,3,15\n2,1,Thu,Lying leg curl,3,15\n", ":3:"),
        (f"{_HEAD}1,1-2,Mon,Lying leg curl,3,15\n2,2,Thu,Lying leg curl,3,15\n", ":3:"),
        ("Stage,Day,Exercise,Sets,Reps\nearly,Mon,Lying leg curl,3,15\n", "'early'"),
        ("Stage,Day,Exercise,Sets,Reps\nStage 5,Mon,Lying leg curl,3,15\n", "'Stage 5'"),
    ],
)
def test_a_week_at_two_stages_or_a_bad_stage_cell_is_refused_by_line(
    tmp_path: Path, text: str, said: str
) -> None:
    """A week is done at one stage: two stages in one week (a week cell, or a range overlapping
    the next), or a cell that is no stage 1-4, is refused naming the line or the cell."""
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(_file(tmp_path, text))
    assert said in str(caught.value)


def test_a_built_week_stage_is_checked_at_the_boundary() -> None:
    week = hr.Week((hr.Session("A", (hr.Entry("RDL", 3, 8, 8),)),), stage=7)
    with pytest.raises(hr.RequestError, match="stage 1-4"):
        hr.check(hr.Program("p", (week,), goal="rehab"))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from([None, 1, 2, 3, 4]), min_size=1, max_size=5))
def test_each_week_is_judged_as_the_same_week_alone_at_its_stage(stages: list[int | None]) -> None:
    """A staged plan's week gives the HR010 errors the same week gets checked alone at its stage
    (the program's stage 2 for a week without one): per-week staging is per-week checking."""
    exercises = ["Romanian deadlift", "Lying leg curl", "Straight-knee bridge hold", "Nordic hamstring curl"]
    weeks = [(s, exercises[i % len(exercises)]) for i, s in enumerate(stages)]
    together = hr.check({**_staged_yaml(*weeks), "stage": 2})
    for i, (stage, exercise) in enumerate(weeks, start=1):
        alone = hr.check({**_staged_yaml((None, exercise)), "stage": stage or 2})
        in_week = [f.rule for f in _errors(together) if (f.location.week or 1) == i]
        assert [f.rule for f in _errors(alone)] == in_week


def test_a_week_at_its_own_stage_is_fixed_from_that_stages_ranking() -> None:
    """attach_fixes took every fix from the check's stage: a stage-2 week's RDL (HR010) in a plan
    starting at stage 1 was swapped for a stage-1 isometric hold. Its fix is now the one the same
    week gets checked alone at stage 2."""
    plan = _staged_yaml((1, "Straight-knee bridge hold"), (2, "Romanian deadlift"))
    together = [f for f in _errors(hr.check(plan)) if f.location.week == 2]
    alone = _errors(hr.check({**_staged_yaml((None, "Romanian deadlift")), "stage": 2}))
    assert together[0].fix is not None and alone[0].fix is not None
    assert together[0].fix.title == alone[0].fix.title
    assert "isometric" not in together[0].fix.title.lower()


# -- a load without '@', an effort in brackets -------------------------------------------------


def _entry(**entry: Any) -> hr.Entry:
    """The one entry of a one-session program written with ``entry``."""
    program = hr.load_program(
        {"name": "p", "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", **entry}]}]}
    )
    return program.weeks[0].sessions[0].entries[0]


@pytest.mark.parametrize(
    ("entry", "sets", "reps", "load"),
    [
        ({"sets": "3x8 70kg"}, 3, "8", "70kg"),
        ({"sets": "3 x 5 100 lb"}, 3, "5", "100 lb"),
        ({"sets": "5x5 80%"}, 5, "5", "80%"),
        ({"sets": 3, "reps": "8-10 per leg 20kg"}, 3, "8-10", "20kg"),
        ({"sets": 3, "reps": "10 reps 20 kg"}, 3, "10", "20 kg"),
        ({"sets": "3x5 75% 1RM"}, 3, "5", "75% 1RM"),
    ],
)
def test_a_load_after_the_reps_without_an_at_is_kept_in_the_notes(
    entry: dict[str, Any], sets: int, reps: str, load: str
) -> None:
    """'3x8 70kg' refused the program (only '3x8 @ 70kg' was read): a number with a weight unit
    or a percentage after the reps is the load, whatever joins them; kept in the notes."""
    read = _entry(**entry)
    assert (read.sets, read.reps, read.rir, read.rpe, read.notes) == (sets, reps, None, None, load)


@pytest.mark.parametrize("reps", ["870kg", "8 (7)"])
def test_a_number_without_a_unit_is_no_load(reps: str) -> None:
    """Only a unit after a space makes a load: '8 (7)' keeps its note, '870kg' is no '8' and a
    '70kg' (no space parts them): refused."""
    if reps == "8 (7)":
        read = _entry(sets=3, reps=reps)
        assert (read.reps, read.rpe, read.notes) == ("8", None, "7")
        return
    with pytest.raises(hr.ProgramError):
        _entry(sets=3, reps=reps)


@pytest.mark.parametrize(
    ("entry", "rir", "rpe", "notes"),
    [
        ({"sets": 3, "reps": "8 (RPE 7)"}, None, 7.0, None),
        ({"sets": "3x8 (RIR 2)"}, 2, None, None),
        ({"sets": 3, "reps": "8 (@7)"}, None, 7.0, None),
        ({"sets": 3, "reps": "8 (2 RIR)"}, 2, None, None),
        ({"sets": 3, "reps": "8 (RIR 2, slow eccentric)"}, 2, None, "slow eccentric"),
        ({"sets": 3, "reps": "8 (RPE 7-8)"}, None, 8.0, None),
        ({"sets": "3x8 70kg (RPE 8)"}, None, 8.0, "70kg"),
        ({"sets": 3, "reps": "8 (RPE 10)"}, None, 10.0, None),
    ],
)
def test_an_effort_in_brackets_is_read_as_the_effort(
    entry: dict[str, Any], rir: int | None, rpe: float | None, notes: str | None
) -> None:
    """'8 (RPE 7)' was kept only as a note (rpe None) while '8 @ RPE 7' was read: the effort in
    brackets is the entry's, the rest of the note kept (a range at its hardest end, as always)."""
    read = _entry(**entry)
    assert (read.sets, read.reps_low, read.rir, read.rpe, read.notes) == (3, 8, rir, rpe, notes)


def test_an_effort_in_brackets_beside_an_effort_key_is_refused() -> None:
    with pytest.raises(hr.ProgramError, match="give the effort too"):
        _entry(sets=3, reps="8 (RPE 7)", rir=2)


def test_a_week_cell_reads_its_load_and_effort(tmp_path: Path) -> None:
    """A column-per-week sheet's cells as coaches write them: the load without '@', the effort in
    brackets; an RPE 10 in brackets is a set to failure (HR018 at rehab stage 3), as '@ RPE 10' is."""
    text = (
        "Day,Exercise,Week 1,Week 2\n"
        "Mon,Romanian Deadlift,3x8 70kg,5x5 80%\n"
        "Thu,Lying leg curl,3x10 (RPE 7),3x10 (RPE 10)\n"
    )
    program = hr.load_program(_file(tmp_path, text))
    rdl = [w.sessions[0].entries[0] for w in program.weeks]
    curl = [w.sessions[1].entries[0] for w in program.weeks]
    assert [(e.sets, e.reps, e.notes) for e in rdl] == [(3, "8", "70kg"), (5, "5", "80%")]
    assert [e.rpe for e in curl] == [7.0, 10.0]
    report = hr.check(_file(tmp_path, text), goal="rehab", stage=3)
    assert [f.location.week for f in report.findings if f.code == "HR018"] == [2]


@settings(max_examples=60, deadline=None)
@given(
    sets=st.integers(1, 20),
    reps=st.integers(1, 100),
    load=st.integers(1, 999),
    unit=st.sampled_from(["kg", " kg", "lb", " lbs", "%", "% 1RM"]),
    rpe=st.one_of(st.none(), st.integers(6, 10)),
)
def test_a_load_and_an_effort_written_any_way_read_alike(
    sets: int, reps: int, load: int, unit: str, rpe: int | None
) -> None:
    """'SxR LOAD (RPE n)', 'SxR @ LOAD @ RPE n' and 'SxR @ LOAD (RPE n)' are one entry."""
    tail = (f" (RPE {rpe})", f" @ RPE {rpe}") if rpe is not None else ("", "")
    forms = [f"{sets}x{reps} {load}{unit}{tail[0]}", f"{sets}x{reps} @ {load}{unit}{tail[1]}"]
    read = [_entry(sets=form) for form in forms]
    assert all((e.sets, e.reps_low, e.rpe) == (sets, reps, rpe) for e in read)
    assert {e.notes for e in read} == {f"{load}{unit}"}


# -- R8: a sets and a reps column per week ---------------------------------------------------------


@pytest.mark.parametrize(
    "names",
    [
        ("Week 1 Sets", "Week 1 Reps", "Week 2 Sets", "Week 2 Reps"),
        ("W1 Sets", "W1 Reps", "W2 Sets", "W2 Reps"),
        ("Wk1 sets", "Wk1 reps", "Wk2 sets", "Wk2 reps"),
        ("Sets W1", "Reps W1", "Sets W2", "Reps W2"),
        ("Week 1 - Sets", "Week 1 - Reps", "Week 2 - Sets", "Week 2 - Reps"),
        ("Semana 1 Series", "Semana 1 Repeticiones", "Semana 2 Series", "Semana 2 Repeticiones"),
    ],
)
def test_a_sets_and_a_reps_column_per_week_are_read_as_that_week(
    tmp_path: Path, names: tuple[str, ...]
) -> None:
    """wkcols.csv: 'Week 1 Sets | Week 1 Reps | ...' was refused as an unrecognised workout-app
    export; each week's columns give that week's sets and reps, the week's blank cells skip it."""
    text = f"Day,Exercise,{','.join(names)}\nMon,Romanian Deadlift,3,8,4,6\nThu,Lying leg curl,3,12,,\n"
    path = _file(tmp_path, text)
    program = hr.load_program(path)
    read = [[(e.exercise, e.sets, e.reps) for s in w.sessions for e in s.entries] for w in program.weeks]
    assert read == [
        [("Romanian Deadlift", 3, "8"), ("Lying leg curl", 3, "12")],
        [("Romanian Deadlift", 4, "6")],
    ]
    assert hr.check(path).kind == "program"


def test_a_weeks_effort_column_is_read_and_its_other_columns_said(tmp_path: Path) -> None:
    """A week's RPE column is that week's RPE; a week's load column is that week's load, kept in the
    notes and said (it was not read: cells17)."""
    text = (
        "Day,Exercise,Wk1 sets,Wk1 reps,Wk1 RPE,Wk1 Load,Wk2 sets,Wk2 reps,Wk2 RPE,Wk2 Load\n"
        "Mon,Romanian Deadlift,3,8,7,80kg,4,8,8,85kg\n"
    )
    program = hr.load_program(_file(tmp_path, text))
    assert [w.sessions[0].entries[0].rpe for w in program.weeks] == [7.0, 8.0]
    assert [w.sessions[0].entries[0].notes for w in program.weeks] == ["Wk1 Load: 80kg", "Wk2 Load: 85kg"]
    said = "load, kept in its notes: 'Wk1 Load' (line 2), 'Wk2 Load' (line 2)"
    assert any(said in n for n in program.notices)


def test_a_bad_cell_in_a_weeks_reps_column_names_that_column(tmp_path: Path) -> None:
    text = "Day,Exercise,Sets W1,Reps W1,Sets W2,Reps W2\nMon,Romanian Deadlift,3,8,4,eight\n"
    with pytest.raises(hr.ProgramError, match="column 'Reps W2'") as caught:
        hr.load_program(_file(tmp_path, text))
    assert ":2:" in str(caught.value) and "'eight'" in str(caught.value)


def test_blocks_of_weeks_with_their_own_columns_repeat(tmp_path: Path) -> None:
    text = (
        "Exercise,Weeks 1-2 - Sets,Weeks 1-2 - Reps,Week 3 - Sets,Week 3 - Reps\nRomanian Deadlift,3,8,2,8\n"
    )
    program = hr.load_program(_file(tmp_path, text))
    assert [w.sessions[0].entries[0].sets for w in program.weeks] == [3, 3, 2]


# -- overlapping week ranges -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Week,Day,Exercise,Sets,Reps\n1-4,Mon,Romanian Deadlift,3,8\n3-6,Mon,Good morning,3,10\n",
            "weeks 3-4 named by '1-4' (line 2) and by '3-6' (line 3)",
        ),
        (
            "Week,Day,Exercise,Sets,Reps\n1-4,Mon,Romanian Deadlift,3,8\n4,Mon,Romanian Deadlift,2,8\n",
            "week 4 named by '1-4' (line 2) and by '4' (line 3)",
        ),
        (
            "Day,Exercise,Weeks 1-4,Week 4 (deload)\nMon,Romanian Deadlift,3x8,2x8\n",
            "week 4 named by 'Weeks 1-4' (line 1) and by 'Week 4 (deload)' (line 1)",
        ),
    ],
)
def test_overlapping_week_ranges_are_flagged_naming_both(tmp_path: Path, text: str, said: str) -> None:
    """'1-4' then '3-6' merged weeks 3-4 inside a longer notice; the columns 'Weeks 1-4 | Week 4
    (deload)' were refused as no program. Both are read, the overlap flagged in its own notice
    naming both cells."""
    program = hr.load_program(_file(tmp_path, text))
    flagged = [n for n in program.notices if n.startswith("week ranges overlap")]
    assert len(flagged) == 1 and said in flagged[0]


def test_two_columns_of_the_same_week_are_still_not_guessed_between(tmp_path: Path) -> None:
    with pytest.raises(hr.ProgramError):
        hr.load_program(_file(tmp_path, "Exercise,Week 1,Week 1\nRDL,3x8,3x6\n"))


# -- R3: a program file's missing field or empty name in the library's words ----------------------


_MISSING_YAML = """name: Missing bits
sessions:
  - day: mon
    exercises:
      - {exercise: RDL, reps: 8}
      - {name: Lying leg curl, sets: 3, reps: 12}
      - {exercise: Good morning, sets: 3, reps: 8, weight: 60}
  - name: ""
    day: thu
    exercises: [{exercise: RDL, sets: 3, reps: 8}]
"""


def _all_errors(tmp_path: Path, text: str, name: str = "missing.yaml") -> list[dict[str, Any]]:
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(_file(tmp_path, text, name))
    errors: list[dict[str, Any]] = caught.value.errors  # type: ignore[attr-defined]
    assert all("Field required" not in e["message"] and "String should" not in e["message"] for e in errors)
    return errors


def test_a_missing_key_is_said_in_the_librarys_words_with_a_hint(tmp_path: Path) -> None:
    """missing.yaml: 'sets: Field required', 'name: String should have at least 1 character':
    pydantic's words. Each is 'missing' or 'empty' at its file line and path, with what to write."""
    by_path = {e["path"]: e for e in _all_errors(tmp_path, _MISSING_YAML)}
    sets = by_path["sessions[0].exercises[0].sets"]
    assert sets["line"] == 5 and sets["message"].startswith("missing") and "sets: 3" in sets["message"]
    assert "missing.yaml:5" in sets["location"]
    empty = by_path["sessions[1].name"]
    assert empty["line"] == 8 and empty["message"].startswith("empty") and "day: mon" in empty["message"]


def test_an_exercise_under_another_tools_key_is_named(tmp_path: Path) -> None:
    """'{name: Lying leg curl, ...}' gave 'exercise: Field required' beside 'name: unknown key';
    now one error, naming the key and what to write."""
    errors = _all_errors(tmp_path, _MISSING_YAML)
    at = [e for e in errors if e["path"].startswith("sessions[0].exercises[1]")]
    assert [e["path"] for e in at] == ["sessions[0].exercises[1].exercise"]
    assert "'name' key names it: write exercise: 'Lying leg curl'" in at[0]["message"]


def test_a_load_key_says_a_program_reads_no_load(tmp_path: Path) -> None:
    errors = _all_errors(tmp_path, _MISSING_YAML)
    weight = next(e for e in errors if e["path"] == "sessions[0].exercises[2].weight")
    assert "reads no load" in weight["message"] and "@ 60kg" in weight["message"]


def test_a_coach_json_gets_the_same_words(tmp_path: Path) -> None:
    """coach.json: 'rest_seconds' is read as the rest key it starts with (did you mean 'rest'?)."""
    text = (
        '{"name": "Block", "sessions": [{"name": "Day 1", "day": "Monday", "exercises": ['
        '{"name": "Romanian Deadlift", "sets": 4, "reps": "6-8", "rest_seconds": 120}]}]}'
    )
    errors = _all_errors(tmp_path, text, "coach.json")
    rest = next(e for e in errors if e["path"].endswith("rest_seconds"))
    assert "did you mean 'rest'?" in rest["message"]
    assert any("names it: write exercise: 'Romanian Deadlift'" in e["message"] for e in errors)


@pytest.mark.parametrize(
    ("entry", "key"),
    [
        ({"exercise": "RDL", "reps": 8}, "sets"),
        ({"exercise": "RDL", "sets": 3}, "reps"),
        ({"sets": 3, "reps": 8}, "exercise"),
        ({"exercise": "", "sets": 3, "reps": 8}, "exercise"),
    ],
)
def test_each_missing_or_empty_entry_key_names_itself(entry: dict[str, Any], key: str) -> None:
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program({"name": "p", "sessions": [{"name": "A", "exercises": [entry]}]})
    message = str(caught.value)
    assert f"exercises[0].{key}" in message
    assert ("missing" in message or "empty" in message) and "Field required" not in message


# -- coaches' sheets as written ---------------------------------------------------------------------


@pytest.mark.parametrize("week", ["Wk", "Weeks", "Wks", "Week No", "Training week", "Semanas"])
def test_a_week_column_under_its_short_or_plural_name_splits_the_weeks(tmp_path: Path, week: str) -> None:
    """A hypertrophy block's 'Wk' column was 'not read': its three weeks were one week of 12
    entries, three times the volume. Every week word the week cells are read with names the column."""
    text = f"{week}\tDay\tExercise\tSets\tReps\n1\tMon\tRDL\t3\t8\n2\tMon\tRDL\t4\t8\n3\tMon\tRDL\t4\t6\n"
    program = hr.load_program(_file(tmp_path, text, "block.tsv"))
    assert [w.sessions[0].entries[0].sets for w in program.weeks] == [3, 4, 4]
    assert not any("not read" in n for n in program.notices)


@pytest.mark.parametrize(
    ("reps", "note"), [("20 m", "20 m"), ("30m", "30m"), ("40 yd", "40 yd"), ("60 meters", "60 meters")]
)
def test_a_distance_in_the_reps_is_one_run_a_set(reps: str, note: str) -> None:
    """A sprinter's sheet: 'A-skip 3 x 20 m' refused the whole program; a distance is one run of
    it a set (as a hold is one hold a set), kept in the notes and said."""
    program = hr.load_program(
        {
            "name": "p",
            "sessions": [{"name": "A", "exercises": [{"exercise": "Bounding", "sets": 3, "reps": reps}]}],
        }
    )
    entry = program.weeks[0].sessions[0].entries[0]
    assert (entry.sets, entry.reps, entry.notes, entry.rir) == (3, "1", note, None)
    assert any("distance" in n for n in program.notices)
    assert _entry(sets=f"3x{reps}").notes == note


@pytest.mark.parametrize("reps", ["5 mi", "5 furlongs"])
def test_other_units_in_the_reps_are_no_distance(reps: str) -> None:
    with pytest.raises(hr.ProgramError):
        _entry(sets=3, reps=reps)


@pytest.mark.parametrize(("reps", "seconds"), [("8 min", 480), ("20 s", 20)])
def test_a_time_in_the_reps_is_a_hold_not_a_distance(reps: str, seconds: int) -> None:
    """A time where the reps go is a hold of it a set (as a sheet's Reps cell is: sets17), never a
    distance run."""
    entry = _entry(sets=3, reps=reps)
    assert (entry.hold_s, entry.reps, entry.notes) == (seconds, "1", None)


def test_a_blank_reps_cell_of_a_week_is_named_not_a_missing_column(tmp_path: Path) -> None:
    """A week's Reps column left blank said 'the sheet has no Reps column' beside 'Week 2 Reps'."""
    text = "Day,Exercise,Week 1 Sets,Week 1 Reps,Week 2 Sets,Week 2 Reps\nMon,RDL,3,8,3,\n"
    with pytest.raises(hr.ProgramError, match="column 'Week 2 Reps'\\) is blank") as caught:
        hr.load_program(_file(tmp_path, text))
    assert "no Reps column" not in str(caught.value)


@pytest.mark.parametrize("key", ["phase", "Phase", "rehab_phase", "Stufe"])
def test_a_weeks_stage_under_another_word_names_stage(key: str) -> None:
    data = {
        "name": "p",
        "weeks": [
            {key: 2, "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}]}
        ],
    }
    with pytest.raises(hr.ProgramError, match="stage: 2"):
        hr.load_program(data)


def test_a_hold_column_in_another_language_is_read(tmp_path: Path) -> None:
    """A German physio sheet's 'Halten' column was not read: its holds were 'reps: missing'."""
    text = "Phase;Woche;Tag;Übung;Sätze;Wdh;Halten\nPhase 1;1;Montag;Straight-knee bridge hold;5;;45 s\n"
    program = hr.load_program(_file(tmp_path, text))
    entry = program.weeks[0].sessions[0].entries[0]
    assert (entry.sets, entry.hold_s, program.stage) == (5, 45, 1)


def test_a_blank_reps_cell_names_its_column(tmp_path: Path) -> None:
    """A blank cell of the Reps column was refused at the data path (sessions[0].exercises[0].reps)."""
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(_file(tmp_path, "Exercise,Sets,Reps\nRDL,3,\n"))
    assert "program.csv:2: column 'Reps' (reps): missing" in str(caught.value)


@pytest.mark.parametrize(
    ("weeks", "program_stage", "pain", "judged"),
    [
        (((1, "Straight-knee bridge hold"), (3, "Romanian deadlift")), None, None, [1, 3]),
        (((None, "Romanian deadlift"), (1, "Straight-knee bridge hold")), 3, None, [3, 1]),
        (((2, "Straight-knee bridge hold"), (3, "Romanian deadlift")), None, 7, [1, 2]),  # stepped back
    ],
)
def test_each_weeks_summary_says_the_stage_it_was_judged_at(
    weeks: tuple[tuple[int | None, str], ...],
    program_stage: int | None,
    pain: float | None,
    judged: list[int],
) -> None:
    """A plan by stage reported one stage (the first week's) and said the weeks' own only in an
    input issue: each week's summary, in Python and JSON, now gives the stage it was judged at."""
    data = _staged_yaml(*weeks)
    if program_stage is not None:
        data["stage"] = program_stage
    report = hr.check(data, pain=pain)
    assert [w.stage for w in report.weeks] == judged
    assert [w["stage"] for w in report.to_dict()["summary"]["weeks"]] == judged


def test_a_week_summary_has_no_stage_of_its_own_outside_a_plan_by_stage() -> None:
    """A program without week stages is judged at one stage, the report's: no week repeats it."""
    report = hr.check({**_staged_yaml((None, "Straight-knee bridge hold")), "stage": 1})
    assert report.stage == 1
    assert [w.stage for w in report.weeks] == [None]


def test_fix_with_exclusions_fixes_each_week_from_its_own_stage() -> None:
    """fix(exclude=...) re-checked with one ranking, the report's stage (the first week's): a
    stage-2 week's RDL (HR010) was swapped for a stage-1 isometric hold, while fix() without
    exclusions swapped it for a stage-2 exercise. Each week is fixed from its own stage's ranking."""

    def week(stage: int, exercise: dict[str, Any]) -> dict[str, Any]:
        hold = {"exercise": "Straight-knee bridge hold", "sets": 5, "hold_s": 45}
        sessions = [{"name": "A", "day": "mon", "exercises": [exercise]}]
        return {"stage": stage, "sessions": [*sessions, {"name": "B", "day": "thu", "exercises": [hold]}]}

    rdl = {"exercise": "Romanian deadlift", "sets": 3, "reps": 12, "tempo": "3-0-3-0"}
    hold = {"exercise": "Straight-knee bridge hold", "sets": 5, "hold_s": 45}
    data = {"name": "staged", "goal": "rehab", "weeks": [week(1, hold), week(2, rdl)]}
    catalog = hr.Catalog.builtin()
    for exclude in (None, ["Standing cable hip extension"]):
        result = hr.fix(data, exclude=exclude)
        (entry,) = result.program.weeks[1].sessions[0].entries
        swapped = catalog.classify(entry.exercise).exercise
        assert swapped is not None and swapped.id != "romanian_deadlift"
        assert not swapped.isometric, (exclude, entry.exercise)  # stage 2's isotonic, not stage 1's hold
        assert not any(f.code == "HR010" for f in result.report.findings)
