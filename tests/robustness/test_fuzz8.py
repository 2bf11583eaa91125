"""Regression tests for the eighth fuzzing pass: one test (or parametrised group) per root cause.

Every input gives a correct result or a :class:`~hamstring_rules.HamstringRulesError` naming the
value and where it was - one line, within the documented limits of time and memory.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.cli import main


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# -- a Program built in Python is written only as a file load_program reads back -----------------


def _program(**entry: object) -> hr.Program:
    fields: dict[str, object] = {"exercise": "Romanian deadlift", "sets": 3, "reps_low": 8, "reps_high": 10}
    fields.update(entry)
    session = hr.Session(name="A", entries=(hr.Entry(**fields),), day=0)  # type: ignore[arg-type]
    return hr.Program(name="p", weeks=(hr.Week(sessions=(session,)),))


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ({"sets": 21}, "sets"),
        ({"sets": 0}, "sets"),
        ({"reps_low": 0, "reps_high": 0}, "reps"),
        ({"reps_low": 101, "reps_high": 101}, "reps"),
        ({"tempo": (30, 0, 0, 0)}, "tempo"),
        ({"rpe": 0.5}, "rpe"),
        ({"hold_s": 601}, "hold_s"),
        ({"notes": "x" * 2001}, "notes"),
    ],
)
def test_to_yaml_refuses_a_value_no_program_file_holds(entry: dict[str, object], field: str) -> None:
    """A Program's fields are as wide as a workout log needs (25 sets, 0 reps); ``to_yaml()``
    wrote ``sets: 21`` or ``reps: 0`` as they were, a file ``load_program`` then refused. It is
    a RequestError naming the Program's field, as ``to_dict`` promises."""
    program = _program(**entry)
    if field in ("sets", "reps"):  # the counts check() judges are a file's too (review 20 D24)
        with pytest.raises(hr.RequestError):
            hr.check(program)
    else:
        assert hr.check(program).codes is not None  # checking it is fine: only writing it is not
    for write in (program.to_yaml, program.to_json, program.to_dict):
        with pytest.raises(hr.RequestError) as info:
            write()
        assert info.value.location == f"program.weeks[0].sessions[0].entries[0].{field}"
        assert "no program file can hold it" in str(info.value)


def test_a_program_name_or_session_name_no_file_holds_is_named() -> None:
    """A 201-character program name and an empty session name are located at their field."""
    long_name = hr.Program(name="n" * 201, weeks=_program().weeks)
    with pytest.raises(hr.RequestError) as info:
        long_name.to_yaml()
    assert info.value.location == "program.name"
    entries = _program().weeks[0].sessions[0].entries
    unnamed = hr.Program(name="p", weeks=(hr.Week(sessions=(hr.Session(name="", entries=entries),)),))
    with pytest.raises(hr.RequestError) as info:
        unnamed.to_yaml()
    assert info.value.location == "program.weeks[0].sessions[0].name"


_ENTRY_FIELDS = st.fixed_dictionaries(
    {
        "sets": st.integers(0, 30),
        "reps_low": st.integers(0, 120),
        "tempo": st.none() | st.tuples(*[st.integers(0, 25)] * 4),
        "rpe": st.none() | st.floats(0, 10, allow_nan=False).map(lambda x: round(x, 2)),
        "hold_s": st.none() | st.integers(0, 700),
    }
)


@settings(max_examples=150, deadline=None)
@given(fields=_ENTRY_FIELDS, span=st.integers(0, 20))
def test_what_to_yaml_writes_loads_back_to_the_program(
    tmp_path_factory: pytest.TempPathFactory, fields: dict[str, object], span: int
) -> None:
    """Any entry in the ranges a Program allows: ``to_yaml()`` raises RequestError, or the file
    it writes loads back to the same program data (never a file ``load_program`` refuses)."""
    low = fields["reps_low"]
    assert isinstance(low, int)
    program = _program(**fields, reps_high=low + span)
    try:
        text = program.to_yaml()
    except hr.RequestError as exc:
        location = exc.location
    else:
        location = None
    if location is not None:
        assert location.startswith("program.weeks[0].sessions[0].entries[0].")
        return
    path = tmp_path_factory.mktemp("rt") / "p.yaml"
    path.write_text(text, encoding="utf-8")
    assert hr.load_program(path).to_dict() == program.to_dict()


# -- work that grows with a program's size --------------------------------------------------------


def test_each_contraindicated_exercises_substitutes_are_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """HR010's fix asked substitute() again for every entry of a contraindicated exercise, in
    every check - and fix() checks again after each fix: a rehab program of 21 sessions of 60
    entries took 5 s to check, and fixing 280 entries called substitute() 3,488 times. Each
    exercise's substitutes are found once per catalog and rule set; every entry gets its fix."""
    import hamstring_rules._substitute as substitute_module

    calls: list[tuple[str, str]] = []  # (exercise, floor): below the floor is asked apart
    real = substitute_module.substitute

    def counted(exercise: object, **kwargs: object) -> object:
        calls.append((str(getattr(exercise, "id", exercise)), str(kwargs.get("min_similarity"))))
        return real(exercise, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(substitute_module, "substitute", counted)
    catalog = hr.Catalog(list(hr.Catalog.builtin()))  # its own: nothing found before this test
    hinges = ["Romanian deadlift", "Good morning", "Stiff-leg deadlift"]
    sessions = [
        {
            "name": f"S{i}",
            "day": day,
            "exercises": [{"exercise": h, "sets": 3, "reps": 8} for h in hinges * 4],
        }
        for i, day in enumerate(["mon", "wed", "fri"])
    ]
    program = {"name": "p", "goal": "rehab", "stage": 1, "sessions": sessions}
    report = hr.check(program, catalog=catalog)
    swaps = [f for f in report if f.code == "HR010"]
    assert len(swaps) == 36 and all(f.fix is not None and f.fix.fixer == "substitute" for f in swaps)
    assert sorted(calls) == sorted(set(calls)) and len(calls) == len(hinges)
    fixed = hr.fix(program, catalog=catalog)  # re-checks after each fix: none asks again
    # (a session holding every similar substitute asks once more, below the floor)
    assert fixed.fixes and sorted(calls) == sorted(set(calls)) and len(calls) <= 2 * len(hinges)


# -- rule packs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["false", "yes", 0, 1, [True]])
def test_a_goals_hypertrophy_takes_true_or_false(tmp_path: Path, value: object) -> None:
    """``hypertrophy = "false"`` in a pack's goal was read with ``bool()``: a quoted false (or
    any text, 1, a list) made a hypertrophy goal without a word. Only true or false loads."""
    import json

    goal = {
        "id": "my_goal",
        "name": "My goal",
        "description": "d",
        "source": "heuristic",
        "hypertrophy": value,
    }
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps({"schema_version": 1, "goal": [goal]}), encoding="utf-8")
    with pytest.raises(hr.RuleError) as info:
        hr.RuleSet.from_file(pack, base=hr.RuleSet.builtin())
    assert info.value.location is not None and info.value.location.endswith("goal my_goal.hypertrophy")
    for flag in (True, False):
        pack.write_text(
            json.dumps({"schema_version": 1, "goal": [{**goal, "hypertrophy": flag}]}), encoding="utf-8"
        )
        assert hr.RuleSet.from_file(pack, base=hr.RuleSet.builtin()).goal("my_goal").hypertrophy is flag


# -- the command line ---------------------------------------------------------------------------

_PROGRAM = str(Path(__file__).parent.parent.parent / "examples" / "typical_leg_day.yaml")


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (("check", _PROGRAM, "--catalog", ""), "--catalog"),
        (("check", _PROGRAM, "--rules", ""), "--rules"),
        (("check", _PROGRAM, "--aliases", ""), "--aliases"),
        (("recommend", "--goal", "rehab", "--catalog", ""), "--catalog"),
        (("schema", "--output", ""), "--output"),
        (("check", ""), "PROGRAM"),
        (("map", ""), "names"),
    ],
)
def test_an_empty_file_argument_is_a_usage_error(argv: tuple[str, ...], option: str) -> None:
    """``--catalog "$UNSET"`` checked without the catalog (exit 1, no word), ``schema -o ''``
    printed to stdout, and ``check ''`` said '.: is a directory': each is a usage error naming
    the argument, and nothing is checked or written."""
    code, out, err = _cli(*argv)
    assert code == 2 and not out
    assert option in err and "empty path" in err and len(err.strip().splitlines()) == 1
