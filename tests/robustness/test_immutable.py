"""Immutable means immutable: nothing a result or a built-in hands back can change a later call.

The property mutates every mutable container reachable from what the library returns (public
attributes of results, built-ins and what their accessors return) and checks that the same
calls afterwards give the same answers. Read-only mappings raise ``TypeError`` when edited.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..strategies import program_data

GOALS = ["tie_in_hypertrophy", "rehab", "distal_hypertrophy", "strain_prevention", "posterior_chain"]


def _mutate_everything(obj: Any, seen: set[int] | None = None, depth: int = 0) -> int:
    """Edit every mutable container reachable through public attributes; count the edits."""
    seen = set() if seen is None else seen
    if id(obj) in seen or depth > 12 or isinstance(obj, str | bytes | int | float | bool | type(None)):
        return 0
    seen.add(id(obj))
    edits = 0
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            if not field.name.startswith("_"):
                edits += _mutate_everything(getattr(obj, field.name), seen, depth + 1)
        return edits
    if isinstance(obj, Mapping):
        for value in list(obj.values()):
            edits += _mutate_everything(value, seen, depth + 1)
        # A Mapping has no clear/__setitem__: a read-only one must raise when they are tried.
        writable: Any = obj
        edits_to_try: tuple[Callable[[], object], ...] = (
            lambda: writable.clear(),
            lambda: writable.__setitem__("EDITED", 1),
        )
        for edit in edits_to_try:
            try:
                edit()
                edits += 1
            except (TypeError, AttributeError):
                pass
        return edits
    if isinstance(obj, tuple | list | frozenset | set):
        for value in list(obj):
            edits += _mutate_everything(value, seen, depth + 1)
        if isinstance(obj, list):
            obj.append("EDITED")
            obj.reverse()
            edits += 1
        elif isinstance(obj, set):
            obj.clear()
            edits += 1
    return edits


def _snapshot(program: dict[str, Any], goal: str) -> str:
    catalog = hr.Catalog.builtin()
    rules = hr.RuleSet.builtin()
    state = {
        "recommend": hr.recommend(goal).to_dict(),
        "rehab": hr.recommend("rehab", stage=1).to_dict(),
        "check": hr.check(program).to_dict(),
        "substitute": hr.substitute("RDL").to_dict(),
        "explain": [hr.explain("P001"), hr.explain("HR001"), hr.explain("RDL")],
        "goals": [(g.id, dict(g.stages), g.aliases) for g in rules.goals],
        "rules": [(r.id, dict(r.params), dict(r.effect.prescription), dict(r.doc)) for r in rules],
        "facts": [dict(f) for f in catalog.facts()],
        "by_id": {k: dict(v) for k, v in catalog.facts_by_id().items()},
    }
    return json.dumps(state, sort_keys=True, default=repr)


def _handed_back(program: dict[str, Any], goal: str) -> list[Any]:
    catalog = hr.Catalog.builtin()
    rules = hr.RuleSet.builtin()
    getters: list[Callable[[], Any]] = [
        lambda: hr.recommend(goal),
        lambda: hr.recommend("rehab", stage=1),
        lambda: hr.check(program),
        lambda: hr.substitute("RDL"),
        lambda: catalog,
        lambda: catalog.facts(),
        lambda: catalog.facts_by_id(),
        lambda: catalog.ids,
        lambda: rules,
        lambda: rules.goals,
        lambda: hr.load_program(program),
    ]
    return [get() for get in getters]


@given(program=program_data(), goal=st.sampled_from(GOALS))
@settings(max_examples=max(5, settings().max_examples // 10), deadline=None)
def test_mutating_what_the_library_hands_back_changes_nothing(program: dict[str, Any], goal: str) -> None:
    """Mutate every container a result or built-in exposes; later calls answer the same."""
    before = _snapshot(program, goal)
    edits = sum(_mutate_everything(obj) for obj in _handed_back(program, goal))
    assert _snapshot(program, goal) == before, f"{edits} edits changed a later call"


def test_read_only_mappings_say_so() -> None:
    """The fuzzer's three cases: a goal's stages, a rule's prescription, the catalog's facts."""
    import pytest

    rehab = hr.recommend("rehab")
    with pytest.raises(TypeError, match="read-only"):
        rehab.goal.stages[1] = "EDITED"  # type: ignore[index]
    with pytest.raises(TypeError, match="read-only"):
        hr.Catalog.builtin().facts_by_id().clear()  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="read-only"):
        hr.RuleSet.builtin().get("P001").effect.prescription.clear()  # type: ignore[attr-defined]
    copied = dict(rehab.goal.stages)
    copied[1] = "mine"  # a copy is the caller's to edit
    assert hr.recommend("rehab").goal.stages[1] != "mine"
