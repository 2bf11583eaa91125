"""The benchmark harness runs and its three rankers agree (timings are not asserted here)."""

from __future__ import annotations

import pytest
from benchmarks import peer

import hamstring_rules as hr


@pytest.mark.parametrize("goal", peer.GOALS)
def test_plain_and_engine_rankings_match_the_workload(goal: str) -> None:
    """Hand-written Python, the library's engine (bound and unbound) give the expected ranking."""
    assert peer.plain_rank(peer.CATALOG, goal) == peer.expected(goal)
    assert peer.make_plain_precomputed()(goal) == peer.expected(goal)
    assert peer.make_ours(bound=True)(goal) == peer.expected(goal)
    assert peer.make_ours(bound=False)(goal) == peer.expected(goal)


def test_rule_pack_is_the_library_format() -> None:
    """The peer rules parse as an ordinary rule pack with rationale and source."""
    rules = peer.rule_pack()
    assert len(rules) == 15 and all(r.source for r in rules)


def test_names_section_measures_distinct_unseen_names() -> None:
    """The names benchmark's inputs are distinct and not catalog spellings; the section reports."""
    from benchmarks.__main__ import section_names, unseen_names

    names = unseen_names(300)
    assert len(set(names)) == 300
    catalog = hr.Catalog.builtin()
    assert not [n for n in names if catalog.classify(n).how in ("name", "alias")]
    result = section_names(quick=True)
    assert result["names"] == 2000 and result["names_per_s"] > 0
    assert result["names_placed"] + result["names_out_of_scope"] + result["names_unknown"] == 2000
