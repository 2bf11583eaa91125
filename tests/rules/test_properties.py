"""Hypothesis properties: the engine's invariants hold for any catalog and request."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._facts import request_facts

from ..strategies import catalogs, exercises, goal_ids

BUILTIN = hr.Catalog.builtin()
RULES = hr.RuleSet.builtin()


def _ranking(result: hr.RecommendationResult) -> list[tuple[str, float]]:
    return [(r.exercise.id, r.score) for r in result]


def _stage_for(goal: str, stage: int | None) -> int | None:
    return stage if goal == "rehab" else None


@given(goal=goal_ids, stage=st.none() | st.integers(1, 4), pain=st.none() | st.integers(0, 10))
def test_same_call_same_result(goal: str, stage: int | None, pain: int | None) -> None:
    """Recommend is a pure function of its arguments."""
    a = hr.recommend(goal=goal, stage=_stage_for(goal, stage), pain=pain)
    b = hr.recommend(goal=goal, stage=_stage_for(goal, stage), pain=pain)
    assert a.to_dict() == b.to_dict()


@given(goal=goal_ids, extra=catalogs(max_size=8), seed=st.randoms(use_true_random=False))
def test_catalog_order_does_not_matter(goal: str, extra: hr.Catalog, seed: object) -> None:
    """The same exercises given in any order rank identically."""
    items = [*BUILTIN, *extra]
    shuffled = list(items)
    seed.shuffle(shuffled)  # type: ignore[attr-defined]
    a = hr.recommend(goal=goal, catalog=hr.Catalog(items))
    b = hr.recommend(goal=goal, catalog=hr.Catalog(shuffled))
    assert a.to_dict() == b.to_dict()


@given(goal=goal_ids, new=exercises())
def test_adding_an_exercise_keeps_the_others_relative_order(goal: str, new: hr.Exercise) -> None:
    """Adding an exercise never reorders the others (scores are per exercise)."""
    before = [r.exercise.id for r in hr.recommend(goal=goal)]
    after = [
        r.exercise.id
        for r in hr.recommend(goal=goal, catalog=BUILTIN.with_exercises([new]))
        if r.exercise.id != new.id
    ]
    assert after == before


@given(goal=goal_ids, catalog=catalogs(), stage=st.integers(1, 4))
def test_excluded_exercises_never_ranked(goal: str, catalog: hr.Catalog, stage: int) -> None:
    """An exercise an exclusion rule fires on never appears in the ranking."""
    result = hr.recommend(goal=goal, catalog=catalog, stage=_stage_for(goal, stage))
    ranked = set(result.ids)
    assert ranked.isdisjoint(e.exercise.id for e in result.excluded)
    assert len(ranked) + len(result.excluded) == len(catalog)
    for rec in result:
        assert not any(r.effect.kind == "exclude" for r in rec.rules)


@given(catalog=catalogs(), stage=st.sampled_from([1, 2]))
def test_early_rehab_never_returns_ballistic_or_high_compression(catalog: hr.Catalog, stage: int) -> None:
    """For any catalog, rehab stages 1-2 return no ballistic and no high-compression exercise."""
    for rec in hr.recommend(goal="rehab", stage=stage, catalog=catalog):
        assert not rec.exercise.ballistic
        assert rec.exercise.tendon_compression is not hr.Level.HIGH
        assert rec.exercise.hip_flexion is hr.HipFlexion.EXTENDED
        if stage == 1:
            assert rec.exercise.isometric


@given(goal=goal_ids, catalog=catalogs())
def test_ranking_is_sorted_by_score(goal: str, catalog: hr.Catalog) -> None:
    """Ranks are 1..n and scores never increase down the list."""
    result = hr.recommend(goal=goal, catalog=catalog)
    assert [r.rank for r in result] == list(range(1, len(result) + 1))
    scores = [r.score for r in result]
    assert scores == sorted(scores, reverse=True)


@given(
    goal=goal_ids,
    catalog=catalogs(),
    stage=st.none() | st.integers(1, 4),
    pain=st.none() | st.integers(0, 10),
)
def test_bound_engine_equals_plain_evaluation(
    goal: str, catalog: hr.Catalog, stage: int | None, pain: int | None
) -> None:
    """Precomputed exercise-only conditions give exactly the per-call evaluation, first time and
    again (the kept plan)."""
    goal_obj = RULES.goal(goal)
    request = request_facts(goal_obj, stage, pain, False)
    engine = RULES.engine("exercise")
    plain = engine.run(goal, catalog.facts(), request)
    bound = catalog.bound(RULES)
    first = [list(f) for f in bound.run(goal, request)]
    again = [list(f) for f in bound.run(goal, request)]
    assert plain == first == again


@given(goal=goal_ids, catalog=catalogs())
def test_score_is_the_sum_of_fired_score_rules(goal: str, catalog: hr.Catalog) -> None:
    """The explanation is the whole story: score = sum of the fired rules' scores."""
    for rec in hr.recommend(goal=goal, catalog=catalog):
        assert rec.score == sum(r.effect.score for r in rec.rules if r.effect.kind == "score")


# -- program checking -----------------------------------------------------------------------------

from ..strategies import program_data  # noqa: E402


def _order_free(report: hr.Report) -> list[tuple[object, ...]]:
    return sorted(
        (f.code, f.severity, f.message, f.location.session, f.location.exercise, f.location.exercise_index)
        for f in report
    )


@given(data=program_data())
def test_check_never_raises_on_a_valid_program_and_is_deterministic(data: dict[str, object]) -> None:
    """Any schema-valid program checks without error, the same way twice."""
    a = hr.check(data)
    b = hr.check(data)
    assert a.to_dict() == b.to_dict()


@given(data=program_data(), seed=st.randoms(use_true_random=False))
def test_reordering_sessions_changes_only_order_dependent_output(
    data: dict[str, object], seed: object
) -> None:
    """Shuffling the session list keeps the same findings, apart from their positions."""
    shuffled = dict(data)
    sessions = list(data["sessions"])  # type: ignore[call-overload]
    seed.shuffle(sessions)  # type: ignore[attr-defined]
    shuffled["sessions"] = sessions
    assert _order_free(hr.check(data)) == _order_free(hr.check(shuffled))


@given(data=program_data())
def test_program_round_trips(data: dict[str, object]) -> None:
    """A program dumped to data and loaded again is the same program."""
    prog = hr.load_program(data)
    assert hr.load_program(prog.to_dict()) == prog


# Ids the built-in rules name (text facts compared with literals), and fresh ones.
_RULE_IDS = sorted(
    {"askling_extender", "askling_diver", "askling_glider", "seated_leg_curl", "back_extension_45"}
)


@st.composite
def _repetitive_catalogs(draw: st.DrawFn) -> list[hr.Exercise]:
    """A few distinct exercises, each repeated under other ids (some of them ids the rules name):
    what the bound engine's one-evaluation-per-distinct-facts shortcut has to get right."""
    import attrs

    base = draw(st.lists(exercises(), min_size=1, max_size=4, unique_by=lambda e: e.id))
    ids = draw(
        st.lists(
            st.sampled_from(_RULE_IDS) | st.from_regex(r"\Acopy_[a-z0-9]{1,6}\Z"), max_size=12, unique=True
        )
    )
    copies = [attrs.evolve(draw(st.sampled_from(base)), id=i, name=i.replace("_", " ")) for i in ids]
    taken = {e.id for e in copies}
    kept = [e for e in base if e.id not in taken]
    # one exercise per name as the lookup reads it ('copy abs' is 'copy ab'): a catalog refuses two
    read = {hr.normalize_name(e.name) for e in kept}
    for copy in copies:
        if hr.normalize_name(copy.name) not in read:
            read.add(hr.normalize_name(copy.name))
            kept.append(copy)
    return kept


@given(
    items=_repetitive_catalogs(),
    goal=goal_ids,
    stage=st.none() | st.integers(1, 4),
    pain=st.none() | st.floats(0, 10),
)
def test_bound_engine_answers_as_evaluating_every_exercise(
    items: list[hr.Exercise], goal: str, stage: int | None, pain: float | None
) -> None:
    """The bound engine (each distinct set of read facts evaluated once, each rule's
    exercise-only part once across goals) fires exactly the rules that evaluating every
    condition on every exercise fires, in the same order."""
    catalog = hr.Catalog(items)
    goal_obj = RULES.goal(goal)
    request = request_facts(goal_obj, _stage_for(goal, stage), pain, stage is None)
    engine = RULES.engine("exercise")
    bound = engine.bind(catalog.facts())
    for other in ("rehab", "distal_hypertrophy"):  # plans of other goals built first share their hits
        bound.plan(other)
    expected = engine.run(goal, catalog.facts(), request)
    assert bound.run(goal, request) == expected
    assert [bound.items(goal, s) for s in bound.signatures(goal, request)] == expected
    grouped = catalog.bound(RULES)  # the catalog groups exercises alike from their attributes
    assert grouped.run(goal, request) == expected
    assert [grouped.items(goal, s) for s in grouped.signatures(goal, request)] == expected


@given(extra=catalogs(max_size=6), goal=goal_ids, stage=st.integers(1, 4), pick=st.integers(0, 10_000))
def test_placement_is_where_recommend_puts_the_exercise(
    extra: hr.Catalog, goal: str, stage: int, pick: int
) -> None:
    """explain's shortcut (one exercise's place, read off the ranking) agrees with the full
    recommend(): the same recommendation and count, or the same exclusion."""
    from hamstring_rules._recommend import placement

    catalog = BUILTIN.with_exercises(extra)
    goal_obj, stage_used = RULES.goal(goal), _stage_for(goal, stage)
    exercise = catalog.exercises[pick % len(catalog)]
    result = hr.recommend(goal, stage=stage_used, catalog=catalog, rules=RULES)
    placed = placement(exercise, goal_obj, stage_used, catalog, RULES)
    if isinstance(placed, tuple):
        rec, ranked = placed
        assert ranked == len(result) and rec == result[rec.rank - 1]
        assert rec.exercise.id == exercise.id
    else:
        assert placed == next(e for e in result.excluded if e.exercise.id == exercise.id)


def _plain_facts(ex: hr.Exercise) -> dict[str, object]:
    """Every fact read one by one (the straightforward reader)."""
    from hamstring_rules.exercises import ATTRIBUTES, DERIVED

    def plain(value: object) -> object:
        if isinstance(value, frozenset):
            return frozenset(getattr(v, "value", v) for v in value)
        return getattr(value, "value", value)

    return {name: plain(getattr(ex, name)) for name in (*ATTRIBUTES, *DERIVED)}


@given(ex=exercises(), other=exercises(prefix="other_"))
def test_shared_facts_are_each_exercises_own(ex: hr.Exercise, other: hr.Exercise) -> None:
    """The fact reader shares what exercises alike but for id and name have in common (read
    once): each still gets exactly its own facts, in declaration order."""
    import attrs

    twin = attrs.evolve(ex, id=other.id, name=other.name)
    for item in (ex, twin, other):
        facts = item.facts()
        assert facts == _plain_facts(item) and list(facts) == list(_plain_facts(item))
