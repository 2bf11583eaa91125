"""A YAML or JSON program numbers, names and annotates its weeks and sessions as coaches write them
(review25 R11): ``- week: 1``, ``name: Deload`` and ``notes:`` on a week, ``notes:`` on a session
were "unknown key" and refused the program. They are read and kept (written back by ``to_dict``,
``to_yaml``, ``--fix``); a week's name shows in its label; keys that are typos stay refused."""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..strategies import program_data

RDL = {"exercise": "RDL", "sets": 3, "reps": 8}


def _week(**keys: Any) -> dict[str, Any]:
    return {**keys, "sessions": [{"day": "mon", "exercises": [RDL]}]}


@pytest.mark.parametrize("number", [1, "1", "Week 1", "week 1", "W1", "Wk 1", "WEEK 1", 1.0])
def test_numbered_weeks_are_read(number: object) -> None:
    """``week:`` as programs write it - a number or ``Week 1`` - is read when it is the week's place."""
    second = number if not isinstance(number, str) else number.replace("1", "2")
    second = 2 if isinstance(number, int | float) else second
    program = hr.load_program({"name": "p", "weeks": [_week(week=number), _week(week=second)]})
    assert [w.label for w in program.weeks] == ["week 1", "week 2"]


@pytest.mark.parametrize(("numbers", "bad"), [((1, 3), 1), ((2, 1), 0), ((1, 1), 1)])
def test_a_week_number_out_of_place_is_refused_by_name(numbers: tuple[int, int], bad: int) -> None:
    """A week numbered against its place is refused naming the week and both numbers, never
    silently renumbered (which week the user meant is not guessed)."""
    data = {"name": "p", "weeks": [_week(week=n) for n in numbers]}
    with pytest.raises(
        hr.ProgramError, match=rf"weeks\[{bad}\] says week: {numbers[bad]}, but it is week {bad + 1}"
    ):
        hr.load_program(data)


@pytest.mark.parametrize("number", ["Deload", "0", 0, -1, "1.5", True])
def test_a_week_number_that_is_none_is_refused(number: object) -> None:
    """A name in ``week:`` is pointed at ``name:``; zero, negatives, fractions and booleans are refused."""
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program({"name": "p", "weeks": [_week(week=number)]})
    assert "weeks[0].week" in str(info.value)
    if number == "Deload":
        assert "name:" in str(info.value)


def test_week_name_and_notes_are_kept_and_labelled() -> None:
    """A week's name shows in its label and in where findings point; notes of weeks and sessions
    are kept, and the program writes them back as it read them."""
    data = {
        "name": "p",
        "weeks": [
            _week(name="Base", notes="RPE 7 throughout"),
            {"name": "Deload", "sessions": [{"day": "mon", "notes": "warm up well", "exercises": [RDL]}]},
        ],
    }
    program = hr.load_program(data)
    assert [w.label for w in program.weeks] == ["week 1 (Base)", "week 2 (Deload)"]
    assert [w.name for w in program.weeks] == ["Base", "Deload"]
    assert program.weeks[0].notes == "RPE 7 throughout"
    assert program.weeks[1].sessions[0].notes == "warm up well"
    report = hr.check(program)
    assert {f.location.week_label for f in report.findings if f.location.week_label} >= {"week 2 (Deload)"}
    assert hr.load_program(program.to_dict()).weeks == program.weeks
    assert hr.load_program(program.to_yaml().encode(), name="p.yaml").weeks == program.weeks


def test_one_named_week_stays_named() -> None:
    """One week with a name or notes is written as a week, not as bare sessions that lose them."""
    program = hr.load_program({"name": "p", "weeks": [_week(name="Test week", notes="max out")]})
    written = program.to_dict()
    assert written["weeks"][0]["name"] == "Test week" and written["weeks"][0]["notes"] == "max out"
    assert hr.load_program(written) == program


@pytest.mark.parametrize(
    ("where", "key"),
    [("week", "nmae"), ("week", "sesions"), ("week", "note"), ("session", "note"), ("session", "week")],
)
def test_typos_of_the_new_keys_stay_refused(where: str, key: str) -> None:
    """Strictness is kept: a key that is no week or session key is still 'unknown key'."""
    week = _week()
    if where == "week":
        week[key] = "x"
    else:
        week["sessions"][0][key] = "x"
    with pytest.raises(hr.ProgramError, match="unknown key"):
        hr.load_program({"name": "p", "weeks": [week]})


def test_notes_of_a_program_built_in_python_are_checked() -> None:
    """A Week or Session built in Python with notes that are no text is a RequestError naming the field."""
    session = hr.Session("A", (hr.Entry("RDL", 3, 8, 8),), day=0, time=time(7, 0), notes=5)  # type: ignore[arg-type]
    with pytest.raises(hr.RequestError, match="notes"):
        hr.check(hr.Program("p", (hr.Week((session,)),)))
    week = hr.Week((hr.Session("A", (hr.Entry("RDL", 3, 8, 8),)),), name=["x"])  # type: ignore[arg-type]
    with pytest.raises(hr.RequestError, match=r"weeks\[0\]\.name"):
        hr.check(hr.Program("p", (week,)))


@settings(max_examples=40, deadline=None)
@given(
    program_data(), st.lists(st.tuples(st.text(min_size=1, max_size=20), st.text(max_size=40)), max_size=3)
)
def test_named_and_annotated_weeks_round_trip(data: dict[str, Any], extra: list[tuple[str, str]]) -> None:
    """Any program, its weeks numbered, named and annotated: load_program(p.to_dict()) == p."""
    sessions = data.pop("sessions", None)
    weeks = data.pop("weeks", None) or [{"sessions": sessions}]
    for i, week in enumerate(weeks):
        week["week"] = i + 1
        if i < len(extra) and extra[i][0].strip():
            week["name"], week["notes"] = extra[i]
    program = hr.load_program({**data, "weeks": weeks})
    assert hr.load_program(program.to_dict()) == program


@pytest.mark.parametrize("number", [1, 1.0, "1", "Week 1", "W1", "Wk 1", "WEEK 1", "Week 01", " week 1 "])
def test_the_published_schema_takes_what_the_loader_reads(number: object) -> None:
    """``week:`` as the loader reads it validates against ``json_schema('program')`` - an editor or CI
    checking a program against the published schema refused ``week: "Week 1"`` (review26 D3)."""
    jsonschema = pytest.importorskip("jsonschema")
    data = {"name": "p", "weeks": [_week(week=number)]}
    hr.load_program(data)
    jsonschema.Draft202012Validator(hr.json_schema("program")).validate(data)


@pytest.mark.parametrize("number", [0, -1, "Deload", "1.5", "Week 0", "12345"])
def test_the_published_schema_refuses_what_the_loader_refuses(number: object) -> None:
    """What the loader refuses in ``week:`` the schema refuses too."""
    jsonschema = pytest.importorskip("jsonschema")
    data = {"name": "p", "weeks": [_week(week=number)]}
    with pytest.raises(hr.ProgramError):
        hr.load_program(data)
    assert not jsonschema.Draft202012Validator(hr.json_schema("program")).is_valid(data)
