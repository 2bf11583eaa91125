"""``--exclude`` takes exercise names as the shell splits them (review26 D7): the words are read as
the names they spell - 'good morning back extension' is two names, 'Single leg RDL' one - and, with
no EXERCISE given, the last name is the exercise. 'substitute --exclude RDL leg curl' said "unknown
exercise 'curl' (out of scope: upper-body...)"."""

from __future__ import annotations

import io
import json

import pytest

import hamstring_rules as hr
from hamstring_rules.cli import main


def _run(*argv: str) -> tuple[int, dict[str, object] | str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--format", "json"], stdout=out, stderr=err)
    return code, (json.loads(out.getvalue()) if code == 0 else err.getvalue())


def _ids(names: list[str]) -> set[str]:
    catalog = hr.Catalog.builtin()
    return {catalog.classify(n).exercise.id for n in names}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("words", "excluded", "exercise"),
    [
        (["RDL", "leg", "curl"], ["RDL"], "leg curl"),
        (["good", "morning", "back", "extension"], ["good morning"], "back extension"),
        (["good", "morning", "Romanian", "deadlift"], ["good morning"], "Romanian deadlift"),
        (["Single", "leg", "RDL", "Nordic", "curl"], ["Single leg RDL"], "Nordic curl"),
    ],
)
def test_substitute_reads_the_names_after_exclude(
    words: list[str], excluded: list[str], exercise: str
) -> None:
    """The last name the words spell is the exercise; the ones before it are excluded, whole."""
    code, doc = _run("substitute", "--exclude", *words)
    assert code == 0, doc
    assert isinstance(doc, dict)
    expected = hr.substitute(exercise, exclude=excluded)
    assert doc["original"] == expected.to_dict()["original"] == next(iter(_ids([exercise])))
    shown = [row["id"] for row in doc["substitutions"]]  # type: ignore[attr-defined]
    assert not set(shown) & _ids(excluded)
    assert shown == [row["id"] for row in expected.to_dict()["substitutions"]]


def test_names_of_several_words_after_exclude_with_the_exercise_first() -> None:
    """With EXERCISE given first, every word after --exclude is read as names: 'good morning' is one."""
    code, doc = _run("substitute", "RDL", "--exclude", "good", "morning")
    assert code == 0, doc
    assert isinstance(doc, dict)
    assert "good_morning" not in {row["id"] for row in doc["substitutions"]}  # type: ignore[attr-defined]


def test_words_that_name_nothing_are_still_refused_by_name() -> None:
    """Words no reading places stay one name each, and the library's error names one."""
    code, err = _run("substitute", "--exclude", "foo", "bar", "baz")
    assert code == 2 and "unknown exercise 'baz'" in str(err)
