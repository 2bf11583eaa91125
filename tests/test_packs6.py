"""The library's edges: integer-like arguments of any integer type, prescriptions a rule pack
writes, catalogs whose names and aliases must each find their exercise again, and pain messages
that follow the goal's limit."""

from __future__ import annotations

import json
import numbers
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import hamstring_rules as hr
from hamstring_rules.errors import RequestError

EXAMPLES = Path(__file__).parent.parent / "examples"


# -- integer-like arguments ----------------------------------------------------------------------


class Index:
    """An integer type that is not ``int``: only ``__index__``, registered as
    :class:`numbers.Integral` (as NumPy registers ``numpy.int64``)."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value

    def __repr__(self) -> str:
        return f"Index({self.value})"


numbers.Integral.register(Index)

_PROGRAM = {
    "name": "p",
    "sessions": [{"name": "A", "exercises": [{"exercise": "Romanian deadlift", "sets": 3, "reps": "8-10"}]}],
}


def _program_with(sets: Any) -> dict[str, Any]:
    entry = {"exercise": "Romanian deadlift", "sets": sets, "reps": "8-10"}
    return {"name": "p", "sessions": [{"name": "A", "exercises": [entry]}]}


#: Each public integer argument: a call taking the value and giving what to compare, and an int.
INTEGER_ARGUMENTS: dict[str, tuple[Callable[[Any], Any], int]] = {
    "recommend(limit)": (lambda n: hr.recommend("tie-in", limit=n).ids, 3),
    "recommend(stage)": (lambda n: hr.recommend("rehab", stage=n).ids, 2),
    "recommend(pain)": (lambda n: hr.recommend("rehab", stage=3, pain=n).stage, 7),
    "check(stage)": (lambda n: hr.check(_PROGRAM, goal="rehab", stage=n).to_dict(), 2),
    "check(pain_24h)": (lambda n: hr.check(_PROGRAM, goal="rehab", stage=3, pain_24h=n).to_dict(), 6),
    "check(program sets)": (lambda n: hr.check(_program_with(n)).to_dict(), 2),
    "plan(days)": (lambda n: hr.plan("tie-in", days=n).to_dict(), 2),
    "plan(weeks)": (lambda n: hr.plan("tie-in", weeks=n).to_dict(), 2),
    "plan(minutes)": (lambda n: hr.plan("tie-in", minutes=n).to_dict(), 40),
    "plan(stage)": (lambda n: hr.plan("rehab", stage=n).to_dict(), 3),
    "substitute(limit)": (lambda n: hr.substitute("Romanian deadlift", limit=n).ids, 2),
    "substitute(stage)": (lambda n: hr.substitute("Romanian deadlift", goal="rehab", stage=n).ids, 3),
    "fix(stage)": (lambda n: hr.fix(_PROGRAM, goal="rehab", stage=n).to_dict(), 2),
    "explain(width)": (lambda n: hr.explain("HR001", width=n), 60),
    "e1rm(reps)": (lambda n: hr.e1rm(100, n), 5),
    "Limits(max_weeks)": (lambda n: hr.Limits(max_weeks=n), 10),
    "CheckConfig(heavy_max_reps)": (lambda n: hr.CheckConfig(heavy_max_reps=n), 8),
    "Entry(sets)": (lambda n: hr.Entry(exercise="Romanian deadlift", sets=n, reps_low=8, reps_high=10), 3),
    "Program(stage)": (lambda n: hr.Program(name="p", weeks=[], stage=n).stage, 2),
    "to_json(indent)": (lambda n: hr.recommend("tie-in", limit=3).to_json(indent=n), 1),
    "Report.to_json(indent)": (lambda n: hr.check(_PROGRAM).to_json(indent=n), 3),
    "RuleSet.from_file(max_bytes)": (lambda n: hr.RuleSet.from_file(_pack_file(), max_bytes=n), 10_000),
    "load_program(max_bytes)": (
        lambda n: hr.load_program(EXAMPLES / "article_program.yaml", max_bytes=n),
        1_000_000,
    ),
    "load_log(max_bytes)": (lambda n: hr.load_log(EXAMPLES / "hevy_export.csv", max_bytes=n), 1_000_000),
}


def _pack_file() -> Path:
    """A small rule pack (one goal), written once to a temporary directory."""
    import tempfile

    path = Path(tempfile.gettempdir()) / "hamstring_rules_packs6_pack.json"
    if not path.exists():
        path.write_text(json.dumps({"goal": [{"id": "packs6_goal", "name": "A goal"}]}), encoding="utf-8")
    return path


@pytest.mark.parametrize(("call", "value"), INTEGER_ARGUMENTS.values(), ids=INTEGER_ARGUMENTS.keys())
def test_any_integer_type_is_read_as_the_int_it_holds(call: Callable[[Any], Any], value: int) -> None:
    """An integer argument given as another integer type (``__index__``, registered as
    numbers.Integral) gives the result the plain int gives."""
    assert call(Index(value)) == call(value)


@pytest.mark.parametrize(("call", "value"), INTEGER_ARGUMENTS.values(), ids=INTEGER_ARGUMENTS.keys())
def test_numpy_integers_are_read_as_ints(call: Callable[[Any], Any], value: int) -> None:
    """numpy.int64 and numpy.int32 are integers like any other."""
    np = pytest.importorskip("numpy")
    assert call(np.int64(value)) == call(np.int32(value)) == call(value)


@pytest.mark.parametrize(
    ("call", "bad"),
    [
        (lambda v: hr.recommend("tie-in", limit=v), True),
        (lambda v: hr.recommend("tie-in", limit=v), 2.0),
        (lambda v: hr.recommend("tie-in", limit=v), "2"),
        (lambda v: hr.recommend("rehab", stage=v), True),
        (lambda v: hr.recommend("rehab", stage=v), 2.0),
        (lambda v: hr.plan("tie-in", days=v), False),
        (lambda v: hr.plan("tie-in", days=v), 2.5),
        (lambda v: hr.plan("tie-in", weeks=v), "2"),
        (lambda v: hr.substitute("Romanian deadlift", limit=v), True),
        (lambda v: hr.e1rm(100, v), 5.0),
        (lambda v: hr.explain("HR001", width=v), True),
        (lambda v: hr.Limits(max_weeks=v), True),
    ],
)
def test_bools_floats_and_strings_are_still_refused(call: Callable[[Any], Any], bad: object) -> None:
    """Only integer types are integers: a bool, a float or a string is refused as before."""
    with pytest.raises(RequestError):
        call(bad)


class BrokenIndex(Index):
    """An integer type whose ``__index__`` raises."""

    def __index__(self) -> int:
        raise ArithmeticError("no")


def test_an_integer_type_that_cannot_give_its_int_is_refused_by_name() -> None:
    """An Integral whose __index__ raises is refused as not an integer, naming the argument."""
    broken: Any = BrokenIndex(2)
    with pytest.raises(RequestError, match="days must be an integer"):
        hr.plan("tie-in", days=broken)
    with pytest.raises(RequestError, match="reps must be an integer"):
        hr.e1rm(100, broken)


def test_other_real_number_types_are_numbers() -> None:
    """A pain score of another real number type (a Fraction, as numpy.float32) is that number."""
    from fractions import Fraction

    pain: Any = Fraction(13, 2)
    assert hr.recommend("rehab", stage=3, pain=pain).stage == hr.recommend("rehab", stage=3, pain=6.5).stage
    assert hr.e1rm(Fraction(100), 5) == hr.e1rm(100.0, 5)  # type: ignore[arg-type]
