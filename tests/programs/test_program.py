"""Program files: parsing, errors with file and path, round trips, and the JSON Schema."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import hamstring_rules as hr

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


def base() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((EXAMPLES / "article_program.yaml").read_text())
    return data


def test_json_and_yaml_parse_to_the_same_program(tmp_path: Path) -> None:
    """The same data as JSON and as YAML gives equal programs."""
    data = base()
    (tmp_path / "p.json").write_text(json.dumps(data))
    (tmp_path / "p.yaml").write_text(yaml.safe_dump(data))
    a = hr.load_program(tmp_path / "p.json")
    b = hr.load_program(tmp_path / "p.yaml")
    assert a.to_dict() == b.to_dict()
    assert a.sessions[0].entries[0].reps_low == 8 and a.sessions[0].entries[0].reps_high == 10
    assert a.sessions[0].entries[0].tempo == (3, 1, 1, 0)
    assert a.sessions[1].day == 3


def test_program_survives_dump_and_reparse(tmp_path: Path) -> None:
    """to_yaml / to_json then load gives the same program."""
    prog = hr.load_program(EXAMPLES / "article_program.yaml")
    (tmp_path / "again.yaml").write_text(prog.to_yaml())
    (tmp_path / "again.json").write_text(prog.to_json())
    assert hr.load_program(tmp_path / "again.yaml").to_dict() == prog.to_dict()
    assert hr.load_program(tmp_path / "again.json").to_dict() == prog.to_dict()


@pytest.mark.parametrize(
    ("reps", "expected"),
    [(8, (8, 8)), ("8-10", (8, 10)), ([8, 10], (8, 10)), ("8 to 10", (8, 10)), ("12", (12, 12))],
)
def test_rep_forms(reps: Any, expected: tuple[int, int]) -> None:
    """reps may be an int, '8-10' or [8, 10]."""
    data = base()
    data["sessions"][0]["exercises"][0]["reps"] = reps
    entry = hr.load_program(data).sessions[0].entries[0]
    assert (entry.reps_low, entry.reps_high) == expected


@pytest.mark.parametrize(
    ("path", "value", "where", "fragment"),
    [
        (
            ["sessions", 1, "exercises", 0, "sets"],
            0,
            "sessions[1].exercises[0].sets",
            "sets must be 1-20",  # the schema's words, not pydantic's (rv22 R7)
        ),
        (
            ["sessions", 1, "exercises", 0, "sets"],
            500,
            "sessions[1].exercises[0].sets",
            "sets must be 1-20",
        ),
        (["sessions", 0, "exercises", 1, "reps"], "10-8", "sessions[0].exercises[1].reps", "low end first"),
        (["sessions", 0, "exercises", 1, "reps"], "lots", "sessions[0].exercises[1].reps", "range"),
        (["sessions", 0, "exercises", 0, "tempo"], "99-0-0-0", "sessions[0].exercises[0].tempo", "0-20 s"),
        (["sessions", 0, "exercises", 0, "tempo"], "slow", "sessions[0].exercises[0].tempo", "3-1-1-0"),
        (["sessions", 0, "day"], "funday", "sessions[0].day", "weekday"),
        (["sessions", 0, "colour"], "red", "sessions[0].colour", "unknown key"),
        (["stage"], 9, "stage", "less than or equal to 4"),
    ],
)
def test_invalid_values_name_file_path_and_expectation(
    tmp_path: Path, path: list[Any], value: Any, where: str, fragment: str
) -> None:
    """Each invalid value raises ProgramError naming the file, the path and what was expected."""
    data = base()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    file = tmp_path / "bad.yaml"
    file.write_text(yaml.safe_dump(data))
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(file)
    assert re.fullmatch(rf"{re.escape(str(file))}:\d+: {re.escape(where)}", info.value.location or ""), (
        info.value.location
    )
    assert fragment in info.value.message
    assert isinstance(info.value, ValueError)


def test_sessions_and_weeks_are_exclusive() -> None:
    """A program gives sessions or weeks, not both."""
    data = base()
    data["weeks"] = [{"sessions": data["sessions"]}]
    with pytest.raises(hr.ProgramError, match="either 'sessions'"):
        hr.load_program(data)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("name: [unclosed", "malformed YAML"),
        ("- just\n- a list\n", "must be a mapping"),
        ("", "must be a mapping"),
    ],
)
def test_malformed_files(tmp_path: Path, text: str, fragment: str) -> None:
    """Malformed YAML or the wrong shape is a ProgramError with the file named."""
    file = tmp_path / "p.yaml"
    file.write_text(text)
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(file)
    assert fragment in str(info.value) and str(file) in str(info.value)


def test_malformed_json_has_line_and_column(tmp_path: Path) -> None:
    """JSON errors give the line and column."""
    file = tmp_path / "p.json"
    file.write_text('{"name": "x",\n "sessions": [}')
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(file)
    assert info.value.location == f"{file}:2:15"


def test_missing_file_and_wrong_type(tmp_path: Path) -> None:
    """A missing file and an unknown extension are clear errors."""
    with pytest.raises(hr.ProgramError, match="file not found"):
        hr.load_program(tmp_path / "nope.yaml")
    (tmp_path / "p.txt").write_text("x")
    with pytest.raises(hr.ProgramError, match="unknown program file type"):
        hr.load_program(tmp_path / "p.txt")


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    """A YAML tag that would build a Python object is refused, not executed."""
    file = tmp_path / "evil.yaml"
    file.write_text("name: !!python/object/apply:os.system ['echo hacked']\nsessions: []\n")
    with pytest.raises(hr.ProgramError, match="malformed YAML"):
        hr.load_program(file)


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    """Absurd nesting is an InputLimitError."""
    file = tmp_path / "deep.json"
    file.write_text('{"name": ' + "[" * 100 + "]" * 100 + "}")
    with pytest.raises(hr.InputLimitError):
        hr.load_program(file)


def test_json_schema_is_published() -> None:
    """The JSON Schema describes the program file and forbids unknown keys."""
    schema = hr.program_json_schema()
    assert schema["x-schema-version"] == 1
    assert schema["additionalProperties"] is False
    assert "sessions" in schema["properties"]
    json.dumps(schema)


def test_published_schema_file_is_current() -> None:
    """docs/program.schema.json is what `hamstring-rules schema` prints (regenerate it if not)."""
    published = Path(__file__).resolve().parent.parent.parent / "docs" / "program.schema.json"
    assert json.loads(published.read_text()) == hr.program_json_schema(), (
        "run: hamstring-rules schema > docs/program.schema.json"
    )


_INVALID = {
    "sets": '"lots"',  # the wrong value, as JSON writes it
    "reps": '"8-x"',
    "colour": '"red"',  # an unknown key
}


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
@pytest.mark.parametrize("key", sorted(_INVALID))
def test_an_invalid_program_file_names_the_line(tmp_path: Path, suffix: str, key: str) -> None:
    """A schema error in a JSON or YAML program says file:LINE: path, like a compiler, and each
    entry of ``errors`` carries its line, so an editor can jump to it."""
    entries = [
        {"exercise": "RDL", "sets": 3, "reps": 8},
        {"exercise": "Seated leg curl", "sets": 3, "reps": 12},
    ]
    bad = dict(entries[1])
    bad[key] = "MARKER"
    program = {"name": "Legs", "sessions": [{"name": "A", "day": "mon", "exercises": [entries[0], bad]}]}
    if suffix == ".json":
        text = json.dumps(program, indent=2).replace('"MARKER"', _INVALID[key])
    else:
        text = yaml.safe_dump(program, sort_keys=False).replace("MARKER", json.loads(_INVALID[key]))
    file = tmp_path / f"legs{suffix}"
    file.write_text(text)
    line = next(i for i, row in enumerate(text.splitlines(), start=1) if json.loads(_INVALID[key]) in row)
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(file)
    assert info.value.location == f"{file}:{line}: sessions[0].exercises[1].{key}"
    assert info.value.errors[0]["line"] == line  # type: ignore[attr-defined]


def test_a_one_line_json_program_still_gets_a_line() -> None:
    """Minified JSON has everything on line 1: the message says so rather than nothing."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "p.json"
        file.write_text(
            '{"name": "x", "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": -1}]}]}'
        )
        with pytest.raises(hr.ProgramError) as info:
            hr.load_program(file)
    assert info.value.location is not None and info.value.location.startswith(f"{file}:1: ")


def test_a_capitalised_key_and_a_program_goal_are_named_where_they_are(tmp_path: Path) -> None:
    """'Exercise:' is reported as a key in the wrong case (before the 'Field required' it
    causes), and an unknown goal in a program file names the file's goal key."""
    bad = tmp_path / "bad.yaml"
    session = "sessions:\n  - name: A\n    exercises:\n"
    bad.write_text(f"name: t\n{session}      - Exercise: RDL\n        Sets: 3\n")
    with pytest.raises(
        hr.ProgramError, match=r"Exercise: unknown key \(4 more errors\) \(keys are lower case: 'exercise'\)"
    ):
        hr.load_program(bad)
    goal = tmp_path / "goal.yaml"
    goal.write_text(f"name: t\ngoal: bulk\n{session}      - {{exercise: RDL, sets: 3, reps: 8}}\n")
    with pytest.raises(hr.UnknownGoalError) as caught:
        hr.check(goal)
    assert caught.value.location == f"{goal}: goal"
    with pytest.raises(hr.UnknownGoalError) as caught:
        hr.check(goal, goal="bulk2")
    assert caught.value.location == "goal"


_COACH_YAML = """\
name: coach notations
sessions:
  - name: A
    day: Monday
    exercises:
      - {exercise: RDL, sets: 3x8-10, rir: 1-2, tempo: 3010, rest: 3 min}
      - {exercise: Bulgarian split squat, sets: "3", reps: 8-10 per leg, rpe: 8-9, superset: A}
      - {exercise: 45 degree back extension, sets: 3 x 15, tempo: 31X0}
      - {exercise: Seated leg curl, sets: 2, reps: 12 each, tempo: 0310, rest: 90, notes: slow}
      - {exercise: Good morning, sets: 3×8, rir: "0-1", tempo: 3:1:1:0}
"""


def test_a_program_in_coach_notation_reads_as_written(tmp_path: Path) -> None:
    """What coaches write and the library's own prescriptions print: sets x reps in one value,
    reps per leg, RIR/RPE ranges (read as their hardest end), tempo as 4 characters with X, and
    YAML 1.1's octal (0310) and base-60 (3:1:1:0) plain scalars read as the text written; rest and
    superset are kept as notes."""
    file = tmp_path / "coach.yaml"
    file.write_text(_COACH_YAML, encoding="utf-8")
    entries = hr.load_program(file).weeks[0].sessions[0].entries
    got = [(e.sets, e.reps_low, e.reps_high, e.tempo, e.rir, e.rpe, e.notes) for e in entries]
    assert got == [
        (3, 8, 10, (3, 0, 1, 0), 1, None, "rest 3 min"),
        (3, 8, 10, None, None, 9.0, "superset A"),
        (3, 15, 15, (3, 1, 0, 0), None, None, None),
        (2, 12, 12, (0, 3, 1, 0), None, None, "rest 90 s; slow"),
        (3, 8, 8, (3, 1, 1, 0), 0, None, None),
    ]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"sets": "3x8", "reps": 8}, "gives the reps too"),
        ({"sets": "3x8-10 per leg", "reps": "8-10"}, "gives the reps too"),
        ({"sets": 3, "reps": 8, "rir": "1-11"}, "rir"),
        ({"sets": 3, "reps": 8, "rpe": "8-9", "rir": "1-2"}, "not both"),
        ({"sets": 3, "reps": "8 per"}, "per leg"),
    ],
)
def test_coach_notation_errors_name_what_to_write(entry: dict[str, Any], message: str) -> None:
    data = {"name": "p", "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", **entry}]}]}
    with pytest.raises(hr.ProgramError, match=message):
        hr.load_program(data)


def test_a_program_kept_as_a_spreadsheet_is_read_as_a_program(tmp_path: Path) -> None:
    """One row per exercise; consecutive rows of the same week, day and session are a session;
    coaches' notation is read as in YAML; check() of the .csv judges it as a program, not a log."""
    file = tmp_path / "block.csv"
    file.write_text(
        "Week,Day,Session,Exercise,Sets,Reps,Tempo,RIR,Rest,Notes\n"
        "1,Mon,Lower A,Romanian deadlift,3,8-10,3-1-1-0,1-2,3 min,\n"
        "1,Mon,Lower A,Seated leg curl,3x12,,,2,,\n"
        '1,Thu,Lower B,45 degree back extension,3,15-20,,,,"slow, controlled"\n'
        "2,Mon,Lower A,Romanian deadlift,4,8-10,3010,1,,\n",
        encoding="utf-8",
    )
    program = hr.load_program(file)
    assert [len(w.sessions) for w in program.weeks] == [2, 1]
    a, b = program.weeks[0].sessions
    assert (a.name, a.day, b.name, b.day) == ("Lower A", 0, "Lower B", 3)
    rdl, curl = a.entries
    assert (rdl.sets, rdl.reps_low, rdl.reps_high, rdl.tempo, rdl.rir, rdl.notes) == (
        3,
        8,
        10,
        (3, 1, 1, 0),
        1,
        "rest 3 min",
    )
    assert (curl.sets, curl.reps_low) == (3, 12) and b.entries[0].notes == "slow, controlled"
    report = hr.check(file)
    assert report.kind == "program" and {w.label for w in report.weeks} == {"week 1", "week 2"}


def test_a_spreadsheet_programs_error_names_its_line_and_a_day_column_is_no_date(tmp_path: Path) -> None:
    file = tmp_path / "plan.csv"
    file.write_text(
        "day,session,exercise,sets,reps\nMon,A,RDL,3,8-10\nThu,B,Nordic,3,heavy\n", encoding="utf-8"
    )  # (a bare AMRAP is read since sheets13: tests/programs/test_sheets13.py)
    with pytest.raises(hr.ProgramError, match="heavy") as info:
        hr.check(file)
    assert info.value.location is not None and info.value.location.startswith(f"{file}:3: ")


def test_any_mapping_is_a_program_and_units_read_in_any_spelling() -> None:
    """A read-only mapping (MappingProxyType) is a Mapping as the signature says; a unit is read
    in any case or spelling a unit cell may use (KG, lbs, pounds), anything else named."""
    import types
    from datetime import date

    body = {
        "name": "p",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
    }
    assert hr.check(types.MappingProxyType(body)).codes == hr.check(body).codes
    log = Path(__file__).resolve().parent.parent / "data" / "strong_v1.csv"
    for spelling, unit in (("KG", "kg"), ("lbs", "lb"), (" Pounds ", "lb")):
        assert hr.load_log(log, unit=spelling).unit == unit
        assert hr.check(log, unit=spelling, as_of=date(2026, 1, 1)).to_dict()["summary"]["unit"] == unit
    with pytest.raises(hr.RequestError, match="kg or lb, got 'stone'"):
        hr.check(log, unit="stone")


@pytest.mark.parametrize("sep_line", ["", "sep=;\r"])
def test_a_spreadsheet_program_with_old_mac_line_ends_is_read(tmp_path: Path, sep_line: str) -> None:
    """Excel's 'CSV (Macintosh)' ends lines with a lone CR: such a program was 'unrecognised CSV
    header' (the header was looked for up to the first LF). It reads as the same program with
    LF line ends, from a file and by its content alone."""
    sep = ";" if sep_line else ","
    rows = ["Week,Day,Exercise,Sets,Reps", "1,mon,Romanian Deadlift,3,8", "1,thu,Lying leg curl,3,10"]
    rows = [r.replace(",", sep) for r in rows]
    mac = tmp_path / "mac.csv"
    mac.write_bytes((sep_line + "\r".join(rows) + "\r").encode())
    unix = tmp_path / "unix.csv"
    unix.write_bytes((sep_line.replace("\r", "\n") + "\n".join(rows) + "\n").encode())
    read = hr.load_program(mac)
    assert read.weeks == hr.load_program(unix).weeks
    assert [e.exercise for s in read.weeks[0].sessions for e in s.entries] == [
        "Romanian Deadlift",
        "Lying leg curl",
    ]
    assert hr.check(mac).codes == hr.check(unix).codes
    untitled = tmp_path / "mac"
    untitled.write_bytes(mac.read_bytes())
    assert hr.load_program(untitled).weeks == read.weeks


def test_per_leg_reps_survive_every_way_a_program_is_written() -> None:
    """'8-10 per leg' was read as 8-10 and written back as 8-10 by to_yaml(), fix() and plan(),
    so a client read double the dose as total reps. An entry keeps that its reps are per side
    (``Entry.per_side``) and writes them back as ``per leg``; reps without it stay plain."""
    data = {
        "name": "unilateral",
        "sessions": [
            {
                "name": "A",
                "day": "mon",
                "exercises": [
                    {"exercise": "Single-leg Romanian deadlift", "sets": 3, "reps": "8-10 per leg"},
                    {"exercise": "Bulgarian split squat", "sets": "3x8 each"},
                    {"exercise": "Romanian deadlift", "sets": 3, "reps": "8-10"},
                ],
            }
        ],
    }
    program = hr.load_program(data)
    entries = program.weeks[0].sessions[0].entries
    assert [e.per_side for e in entries] == [True, True, False]
    assert [e.to_dict()["reps"] for e in entries] == ["8-10 per leg", "8 per leg", "8-10"]
    assert hr.load_program(yaml.safe_load(program.to_yaml())) == program
    assert hr.load_program(json.loads(program.to_json())) == program
    fixed = hr.fix(program, unsafe=True).program
    assert "8-10 per leg" in fixed.to_yaml()
    plan = hr.plan("tie_in_hypertrophy")
    unilateral = [e for s in plan.weeks[0].sessions for e in s.entries if e.per_side]
    assert unilateral and all(f"{e.reps} per leg" in plan.to_yaml() for e in unilateral)
    with pytest.raises(hr.RequestError, match="per_side"):
        hr.check(hr.Program("p", (hr.Week((hr.Session("A", (hr.Entry("RDL", 3, 8, 8, per_side="yes"),)),)),)))  # type: ignore[arg-type]


def test_per_leg_shows_in_every_view_and_with_the_unit_written() -> None:
    """Plan tables, records, frames and an entry's repr dropped 'per leg' that the YAML kept; and
    '8-10 reps per leg' (the unit, then the side) was refused while each alone was read."""
    plan = hr.plan("posterior_chain")
    (row,) = [r for r in plan.to_records() if "Bulgarian" in r["exercise"]]
    assert "8-12 per leg" in row["prescription"] and "8-12 per leg" in str(plan)
    entry = next(e for s in plan.weeks[0].sessions for e in s.entries if e.per_side)
    assert "per leg" in repr(entry)
    frame = plan.to_pandas()
    assert bool(frame.loc[frame["exercise"].str.contains("Bulgarian"), "per_side"].all())
    for reps, side in (
        ("8-10 reps per leg", True),
        ("8 reps each", True),
        ("8-10 reps", False),
        ("1 rep", False),
    ):
        program = hr.load_program(
            {
                "name": "x",
                "sessions": [
                    {"name": "A", "exercises": [{"exercise": "Single-leg RDL", "sets": 3, "reps": reps}]}
                ],
            }
        )
        assert program.weeks[0].sessions[0].entries[0].per_side is side, reps


def test_an_entry_attribute_written_as_a_key_says_where_it_goes() -> None:
    """``per_side: true`` in a file was 'unknown key (did you mean 'superset'?)': every Entry
    attribute the file format spells inside another key says which (and the table covers all
    of them, so a new attribute cannot be forgotten)."""
    import attrs

    from hamstring_rules._program_schema import _WRITTEN_AS, EntryModel

    python_only = {f.name for f in attrs.fields(hr.Entry)} - set(EntryModel.model_fields)
    assert python_only == set(_WRITTEN_AS)
    for key, value in (("per_side", True), ("reps_low", 8), ("explosive", [2])):
        with pytest.raises(hr.ProgramError) as info:
            hr.load_program(
                {
                    "name": "x",
                    "sessions": [
                        {"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8, key: value}]}
                    ],
                }
            )
        assert info.value.suggestion == f"a file writes {key} in another key: {_WRITTEN_AS[key]}"
