"""An apparatus is refused by its own word ("Hip thrust (no bench)": the bridge), never by the
movement that shares it ("Hip thrust (not bench press)": the bench press negated, a note - the hip
thrust stays; a stored hypothesis example of tests/names/test_name_notes.py found it)."""

from __future__ import annotations

import pytest

import hamstring_rules as hr

CATALOG = hr.Catalog.builtin()


def _id(name: str) -> str | None:
    ex = CATALOG.classify(name).exercise
    return ex.id if ex is not None else None


@pytest.mark.parametrize("note", ["(not bench press)", "(no bench press)", "- not bench press"])
def test_negating_the_bench_press_keeps_the_hip_thrust(note: str) -> None:
    assert _id(f"Hip thrust {note}") == "hip_thrust"


@pytest.mark.parametrize("note", ["(no bench)", "- no bench", "w/o bench", "(without a bench)"])
def test_refusing_the_bench_is_the_bridge(note: str) -> None:
    assert _id(f"Hip thrust {note}") == "glute_bridge"
