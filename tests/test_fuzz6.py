"""Regression tests for the sixth fuzzing pass: one test (or parametrised group) per root cause.

Every input gives a correct result or a :class:`~hamstring_rules.HamstringRulesError` naming the
value and where it was - one line, within the documented limits of time and memory.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import hamstring_rules as hr
from hamstring_rules.errors import shown


class _HostileStr(str):
    """A str subclass whose every method a library might call raises or lies."""

    def __hash__(self) -> int:
        raise RuntimeError("hash")

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("eq")

    def __len__(self) -> int:
        return 10**20

    def __getitem__(self, index: Any) -> str:
        raise RuntimeError("getitem")

    def __repr__(self) -> str:
        raise RuntimeError("repr")

    def strip(self, chars: str | None = None) -> str:
        raise RuntimeError("strip")

    def lower(self) -> str:
        raise RuntimeError("lower")


class _HostileInt(int):
    def __lt__(self, other: object) -> bool:
        raise RuntimeError("lt")

    def __gt__(self, other: object) -> bool:
        raise RuntimeError("gt")

    def __le__(self, other: object) -> bool:
        raise RuntimeError("le")

    def __ge__(self, other: object) -> bool:
        raise RuntimeError("ge")

    def __add__(self, other: object) -> int:
        raise RuntimeError("add")


_RESULT = hr.recommend("rehab")
_PROGRAM = {
    "name": "p",
    "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
}


# -- 3: Limits keeps plain ints -------------------------------------------------------------------


def test_limits_hold_plain_ints_whatever_int_subclass_was_given() -> None:
    """``Limits(max_bytes=subclass)`` kept the subclass, whose comparisons raised later (in a
    size check far from the call). Every limit is the plain int it holds, from the constructor
    and from ``attrs.evolve``."""
    limits = hr.Limits(max_bytes=_HostileInt(4096), max_weeks=_HostileInt(3))
    assert type(limits.max_bytes) is int and limits.max_bytes == 4096
    assert type(limits.max_weeks) is int and limits.max_weeks == 3
    evolved = attrs.evolve(limits, max_sessions=_HostileInt(2))
    assert type(evolved.max_sessions) is int and evolved.max_sessions == 2
    assert hr.check(_PROGRAM, limits=limits).codes == hr.check(_PROGRAM).codes


@pytest.mark.parametrize(("value", "named"), [(True, "True"), (2.5, "2.5"), ("12", "'12'"), (None, "None")])
def test_limits_refuse_a_non_int_naming_the_value(value: object, named: str) -> None:
    with pytest.raises(hr.RequestError) as info:
        hr.Limits(max_weeks=value)  # type: ignore[arg-type]
    message = str(info.value)
    assert "Limits.max_weeks" in message and named in message and "\n" not in message


# -- 4: results' methods read a str subclass as the str --------------------------------------------


def test_result_methods_read_a_str_subclass_as_the_str() -> None:
    """``RecommendationResult.explain(subclass)`` raised OverflowError (its ``__len__``) or the
    subclass's own exception: every result type's methods read their arguments as built-ins."""
    assert _RESULT.explain(_HostileStr("Nordic curl")) == _RESULT.explain("Nordic curl")
    assert _RESULT.rank_of(_HostileStr("Romanian deadlift")) == _RESULT.rank_of("Romanian deadlift")
    report = hr.check(_PROGRAM)
    assert report.passes(_HostileStr("error")) == report.passes("error")


def test_an_over_long_str_subclass_is_a_library_error_naming_it() -> None:
    with pytest.raises(hr.RequestError) as info:
        _RESULT.explain(_HostileStr("x" * 5000))
    assert "5,000 characters" in str(info.value)


def test_shown_reads_a_str_subclass_as_its_text() -> None:
    """``shown()`` - how every message quotes a value - sliced and measured the subclass."""
    assert shown(_HostileStr("abc")) == "'abc'"
    assert shown(_HostileStr("y" * 200)).startswith("'yyy")
