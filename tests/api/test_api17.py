"""Session 17's API leftovers (helper api17): fix()'s alternates in a plan by stage, the rest a
plan prescribes by the exercise's load, the equipment reader's one apparatus an item names, the
CLI's --equipment phrase that stops at the exercise, the sprint's progression, and the numbers
substitute()'s reasons give."""

from __future__ import annotations

import io
import itertools
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

# -- fix(): a plan by stage's alternates come from each week's own stage --------------------------


def _week(stage: int, *sessions: list[tuple[str, int, int]]) -> dict[str, Any]:
    days = ("mon", "thu")
    return {
        "stage": stage,
        "sessions": [
            {"name": d, "day": d, "exercises": [{"exercise": n, "sets": s, "reps": r} for n, s, r in ex]}
            for d, ex in zip(days, sessions, strict=False)
        ],
    }


def _names(program: hr.Program) -> list[list[str]]:
    return [[e.exercise for s in w.sessions for e in s.entries] for w in program.weeks]


@pytest.mark.parametrize("exclude", [None, ["Flywheel leg curl"]])
def test_fix_takes_a_staged_weeks_alternates_from_its_own_stage(exclude: list[str] | None) -> None:
    """A rehab plan by stage whose stage-1 week and stage-3 week both hold lifts HR010 rules out:
    the fixes of both weeks' findings are tried together, and when the first ways would bring a
    finding the others were the first week's stage's (program_options took the report's stage):
    the stage-3 week's box jump became a stage-1 straight-knee bridge hold (similarity 0.17).
    Each week's alternates are its own stage's, so the stage-3 week is fixed as the same week
    is fixed alone as a stage-3 program."""
    stage_3 = [("Glute bridge", 2, 6), ("Box jump", 3, 6), ("Step-up", 2, 6), ("Pendulum squat", 3, 15)]
    staged = {
        "name": "staged",
        "goal": "rehab",
        "weeks": [_week(1, [("Sprint", 2, 10), ("Static hamstring stretch", 3, 10)]), _week(3, stage_3)],
    }
    alone = {"name": "alone", "goal": "rehab", "weeks": [_week(3, stage_3)]}
    fixed = hr.fix(staged, exclude=exclude, unsafe=True)
    by_itself = hr.fix(alone, exclude=exclude, unsafe=True)
    assert _names(fixed.program)[1] == _names(by_itself.program)[0]
    catalog = hr.Catalog.builtin()
    for name in _names(fixed.program)[1]:
        ex = catalog.classify(name).exercise
        assert ex is not None and not ex.isometric, name  # no stage-1 hold in the stage-3 week


# -- plan(minutes=): the rest between sets follows the exercise's load ----------------------------


def test_a_20_minute_strain_rehab_session_holds_the_l_protocols_drills() -> None:
    """Each set was followed by a heavy lift's 150 s of rest when the reps were 10 or fewer, so the
    body-weight Askling diver (2 x 6 at 3-0-1-0) took 348 s and a 20-minute session (10 of them
    warm-up) held it alone. A body-weight drill rests as light work: the diver, the glider
    (2 x 4) and the extender (2 x 12 at 2-0-2-0) are 2 x (24 + 60) + 2 x (16 + 60) + 2 x (48 + 60)
    = 536 s, 8.9 minutes - all three fit."""
    p = hr.plan("strain_rehab", minutes=20)
    assert p.weeks
    for week in p.weeks:
        for session in week.sessions:
            held = {hr.Catalog.builtin().classify(e.exercise).exercise for e in session.entries}
            ids = {ex.id for ex in held if ex is not None}
            assert {"askling_diver", "askling_extender"} <= ids, (session.name, ids)
            assert len(session.entries) >= 2


@pytest.mark.parametrize(
    ("name", "reps", "hold_s", "kind"),
    [
        ("Romanian deadlift", 8, None, "heavy"),  # a barbell lift of 10 reps or fewer
        ("Romanian deadlift", 15, None, "light"),
        ("Lying leg curl", 8, None, "heavy"),  # a machine's load
        ("Nordic hamstring curl", 5, None, "heavy"),  # body weight, but a near-maximal eccentric
        ("Sprint", 1, None, "heavy"),  # a maximal effort
        ("Askling diver", 6, None, "body_weight"),
        ("Glute bridge", 8, None, "body_weight"),
        ("Straight-knee bridge hold", 1, 30, "body_weight"),
        ("Isometric leg-curl hold", 1, 30, "light"),  # a machine's load, held
    ],
)
def test_the_rest_between_sets_follows_the_exercises_load(
    name: str, reps: int, hold_s: int | None, kind: str
) -> None:
    """The rest a session's minutes count after each set is a heavy lift's for a loaded lift of
    10 reps or fewer, a near-maximal eccentric or a maximal effort, and light work's for a
    body-weight drill or hold whatever its reps (ACSM 2009's 1-2 min for lighter work)."""
    from hamstring_rules._plan import REST_S, _rest_s
    from hamstring_rules.program import Entry

    ex = hr.Catalog.builtin().classify(name).exercise
    entry = Entry(name, sets=3, reps_low=reps, reps_high=reps, hold_s=hold_s)
    assert _rest_s(entry, ex) == REST_S[kind]
    assert REST_S["heavy"] > REST_S["light"] > REST_S["body_weight"]


# -- equipment=: an item is one apparatus ----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "same_as"),
    [
        ("GHD bench", "GHD"),  # the glute-ham developer, not it and a flat bench
        ("GHD station", "GHD"),
        ("roman chair bench", "roman chair"),
        ("TRX straps", "TRX"),
        ("cable station", "cable"),  # a generic machine noun: the apparatus said before it
        ("dumbbell bench", "bench"),  # a bench for dumbbell work: the bench, no dumbbells said
        ("band anchor", "anchor"),
        ("Nordic GHD", "GHD"),  # the GHD used for Nordics
    ],
)
def test_an_equipment_item_is_one_apparatus(said: str, same_as: str) -> None:
    """An equipment= item naming an apparatus of a noun's kind is that one apparatus: 'GHD
    bench' gave the GHD and a flat bench, so a user with only a GHD was given bench work."""
    from hamstring_rules._recommend import check_equipment

    assert check_equipment([said]) == check_equipment([same_as])


@pytest.mark.parametrize("said", ["nordic strap", "Nordic straps", "nordic wall"])
def test_the_nordics_own_apparatus_gives_no_other_kit(said: str) -> None:
    """A Nordic strap holds the ankles for the Nordic, which needs nothing: it gave a stability
    ball (the strap's stand-in for a suspension trainer, which reads a 'TRX leg curl' as the
    ball's), and a ball exercise was planned for a user who has none."""
    from hamstring_rules._recommend import check_equipment

    assert check_equipment([said]) == frozenset()
    p = hr.plan("strain_prevention", equipment=[said])
    catalog = hr.Catalog.builtin()
    for choice in p.choices:
        assert not catalog.get(choice.exercise_id).equipment, choice.exercise_id


def _vocabulary() -> list[str]:
    from hamstring_rules._recommend import equipment_words

    return sorted(equipment_words())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=st.sampled_from(_vocabulary()), second=st.sampled_from(_vocabulary()))
def test_two_equipment_words_in_one_item_are_never_both_kits(first: str, second: str) -> None:
    """An item of two equipment words ('GHD bench', 'dumbbell bench') is one apparatus: what it
    gives is within what one of the words gives alone, or it is refused - never the union of
    two unrelated kits."""
    from hamstring_rules._recommend import check_equipment, equipment_words

    try:
        gives = check_equipment([f"{first} {second}"])
    except hr.RequestError:
        return
    words = equipment_words()
    assert gives is not None
    assert gives <= set(words[first]) or gives <= set(words[second]), (first, second, gives)


# -- the CLI: --equipment stops at the exercise -------------------------------------------------------


def _run(argv: list[str]) -> tuple[int, str, str]:
    from hamstring_rules.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("typed", "same_as"),
    [
        ("substitute --equipment dumbbell RDL", "substitute RDL --equipment dumbbell"),
        ("substitute --equipment dumbbell bench RDL", "substitute RDL --equipment dumbbell bench"),
        ("substitute --equipment 45 degree bench RDL", "substitute RDL --equipment 45_degree_bench"),
        ("substitute --equipment dumbbell Romanian deadlift", "substitute RDL --equipment dumbbell"),
        ("substitute --equipment dumbbell Nordic", "substitute Nordic --equipment dumbbell"),
        ("substitute --exclude Nordic RDL", "substitute RDL --exclude Nordic"),
        (
            "substitute --equipment dumbbell RDL --exclude Nordic",
            "substitute RDL --exclude Nordic --equipment dumbbell",
        ),
        ("substitute --goal rehab --stage 3 Romanian deadlift", "substitute RDL --goal rehab --stage 3"),
    ],
)
def test_the_cli_reads_the_exercise_after_an_option_of_many(typed: str, same_as: str) -> None:
    """`substitute --equipment dumbbell RDL`, typed as the shell splits it: argparse gave
    --equipment every word up to the next option, RDL too, and the command failed with 'the
    following arguments are required: EXERCISE'. The words that make no equipment item (or an
    item that is an exercise's name, not an equipment word) are the exercise, as if typed first;
    an exercise's name may go unquoted."""
    got, want = _run(typed.split()), _run([w.replace("_", " ") for w in same_as.split()])
    assert want[0] == 0, want
    assert got == want


@pytest.mark.parametrize("typed", ["substitute --equipment dumbbell bench", "substitute --exclude Nordic"])
def test_the_cli_still_asks_for_the_exercise_when_no_word_is_one(typed: str) -> None:
    """With every word an equipment item (or one --exclude name), no exercise was given: a usage
    error that says which option took the words, exit 2, nothing on stdout."""
    code, out, err = _run(typed.split())
    assert code == 2 and out == ""
    assert "EXERCISE" in err and "took" in err


# -- plan(weeks=): the sprint's runs build over the weeks -------------------------------------------


def _runs_by_week(p: hr.Plan) -> dict[int, set[int]]:
    """The number of sprints each week's sessions hold (a run is a set)."""
    out: dict[int, set[int]] = {}
    for week, w in enumerate(p.weeks, start=1):
        for s in w.sessions:
            for e in s.entries:
                ex = hr.Catalog.builtin().classify(e.exercise).exercise
                if ex is not None and ex.id == "sprint":
                    out.setdefault(week, set()).add(e.sets)
    return out


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(weeks=st.integers(min_value=2, max_value=14))
def test_a_strain_prevention_plans_sprints_build_as_prescribed(weeks: int) -> None:
    """P010 prescribes 4-6 near-maximal sprints 'in small, progressive doses' (Duhig 2016): a
    12-week strain-prevention plan held 4 x 1 every week (the volume progression counts hamstring
    sets, and a run is none). The runs start at the range's low end, never fall, rise one a week
    at most, and reach its high end by the last week when the weeks allow."""
    (sprint,) = [r for r in hr.recommend("strain_prevention") if r.exercise.id == "sprint"]
    low, high = (int(n) for n in sprint.prescription.sets.split("-"))
    by_week = _runs_by_week(hr.plan("strain_prevention", weeks=weeks))
    assert sorted(by_week) == list(range(1, weeks + 1))  # every week sprints
    runs = []
    for week in sorted(by_week):
        (n,) = by_week[week]  # the week's sprint sessions alike
        runs.append(n)
    assert runs[0] == low
    assert all(0 <= b - a <= 1 for a, b in itertools.pairwise(runs)), runs
    assert runs[-1] == min(high, low + weeks - 1), runs


# -- fix reasons: substitute()'s numbers ----------------------------------------------------------

_STAGED = [("rehab", 1), ("rehab", 2), ("rehab", 3), ("strain_rehab", 1), ("strain_rehab", 2)]
_NAMES = sorted(e.name for e in hr.Catalog.builtin())


def _session(goal: str, stage: int, names: list[str]) -> dict[str, Any]:
    exercises = [{"exercise": n, "sets": 3, "reps": 8} for n in names]
    return {
        "name": "x",
        "goal": goal,
        "stage": stage,
        "weeks": [{"sessions": [{"name": "A", "day": "mon", "exercises": exercises}]}],
    }


def _numbers_match_substitute(report: hr.Report, goal: str, stage: int) -> int:
    """Assert each HR010 swap's reason numbers its substitute as substitute() ranks it; how many
    reasons named a number."""
    import re

    named = 0
    for f in report.findings:
        if f.code != "HR010" or f.fix is None or not f.fix.reason.startswith("substitute("):
            continue
        m = re.match(r"Replace (.+) with (.+) \(similarity", f.fix.title)
        assert m, f.fix.title
        floor = 0.0 if f.fix.reason.startswith("substitute(min_similarity=0)") else None
        listed = hr.substitute(m[1], goal=goal, stage=stage, limit=None, min_similarity=floor)
        ranks = {s.exercise.name: s.rank for s in listed}
        said = re.match(r"substitute\([^)]*\): (?:its )?#(\d+)", f.fix.reason)
        assert (int(said[1]) if said else 1) == ranks[m[2]], f.fix.reason
        for number, name in re.findall(r"#(\d+) ([^:;()]+):", f.fix.reason):
            assert ranks[name.strip()] == int(number), f.fix.reason
        named += said is not None
    return named


def test_a_swaps_number_is_the_one_substitute_shows() -> None:
    """A rehab stage-1 swap of the static stretch beside the Askling extender (its #1 substitute,
    in the session) said 'the most similar allowed exercise' for substitute()'s #2, and a
    swap past an exercise the session holds counted from a list without it: the reason gives
    substitute()'s own number, and why each before it was passed over."""
    goal, stage = "strain_rehab", 1
    report = hr.check(_session(goal, stage, ["Static hamstring stretch", "Askling extender"]))
    (swap,) = [f for f in report.findings if f.code == "HR010"]
    assert swap.fix is not None
    assert "#2" in swap.fix.reason and "Askling extender: in the session" in swap.fix.reason
    assert _numbers_match_substitute(report, goal, stage) == 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    staged=st.sampled_from(_STAGED),
    names=st.lists(st.sampled_from(_NAMES), min_size=2, max_size=5),
)
def test_every_swaps_number_is_substitutes(staged: tuple[str, int], names: list[str]) -> None:
    """Whatever a session holds, an HR010 swap's '#N' (and each exercise it says it passed over)
    is the number substitute() gives that exercise for the goal and stage."""
    goal, stage = staged
    # the first one's most similar substitute beside it: the swap passes over it
    first = hr.substitute(names[0], goal=goal, stage=stage, limit=1)
    held = [s.exercise.name for s in first]
    _numbers_match_substitute(hr.check(_session(goal, stage, [*names, *held])), goal, stage)


@pytest.mark.parametrize(
    ("typed", "items"),
    [
        ("nordic strap", ["nordic strap"]),  # 'nordic' was an item alone and 'strap' a second (refused)
        ("smith machine", ["smith machine"]),  # was a Smith machine and a selectorized machine
        ("cable machine", ["cable machine"]),
        ("body weight", ["body weight"]),
        ("dumbbell bench", ["dumbbell", "bench"]),
        ("45 degree bench dumbbells", ["45 degree bench", "dumbbells"]),
        ("hip thrust bench", ["hip thrust bench"]),
        ("flat bench power rack", ["flat bench", "power rack"]),
    ],
)
def test_the_clis_equipment_words_are_read_as_phrases(typed: str, items: list[str]) -> None:
    """--equipment's unquoted words join as the equipment reader reads a phrase: a word that
    qualifies an apparatus joins the words up to its noun, and two words of one equipment phrase
    are one item; the plan is the one given the items themselves."""
    from hamstring_rules._recommend import check_equipment

    code, out, err = _run(["plan", "--goal", "distal", "--format", "json", "--equipment", *typed.split()])
    assert code == 0, err
    want = hr.plan("distal", equipment=items)
    assert json.loads(out) == json.loads(want.to_json())
    assert check_equipment(items) is not None


def test_explain_reads_an_unquoted_name() -> None:
    """`explain Romanian deadlift`, as the shell splits it, said 'unrecognized arguments:
    deadlift'; the words are one name, as substitute's."""
    assert _run(["explain", "Romanian", "deadlift"]) == _run(["explain", "Romanian deadlift"])
    code, out, _ = _run(["explain", "Romanian", "deadlift"])
    assert code == 0 and out.startswith("Romanian deadlift (romanian_deadlift)")


def test_the_minutes_note_states_the_rest_the_plan_counts() -> None:
    """explain PL009 says how a session's minutes are estimated, with the rest values the plan
    counts (the estimate was unsaid, and a user could not tell why a session held one drill)."""
    from hamstring_rules._plan import REST_S, WARM_UP_MIN

    doc = " ".join(hr.explain("PL009").split())
    assert f"{WARM_UP_MIN}-minute warm-up" in doc
    for seconds in REST_S.values():
        assert f"{seconds} s" in doc


def test_an_added_alternatives_reason_says_it_is_not_the_best_ranked() -> None:
    """Two sessions of a squat and a deadlift lack the straight-knee hinge: the RDL (the goal's
    #1) would be a third high-spinal-load lift, so fix() adds its alternative - whose reason
    said 'the goal's best-ranked (#4)'. It says its own rank, as recommend() numbers it, and
    the best-ranked exercise it comes after."""
    lifts = [
        {"exercise": "Back squat", "sets": 3, "reps": 5},
        {"exercise": "Conventional deadlift", "sets": 3, "reps": 5},
    ]
    data = {
        "name": "x",
        "goal": "tie_in_hypertrophy",
        "weeks": [
            {"sessions": [{"name": n, "day": d, "exercises": lifts} for n, d in (("A", "mon"), ("B", "thu"))]}
        ],
    }
    ranks = {r.exercise.name: r.rank for r in hr.recommend("tie_in_hypertrophy")}
    added = [fx for step in hr.fix(data, unsafe=True).steps for fx in step if fx.title.startswith("Add ")]
    assert added
    for fx in added:
        name = next(n for n in ranks if fx.title.startswith(f"Add {n} "))
        assert f"#{ranks[name]}" in fx.reason, fx.reason
        if "best-ranked (#" not in fx.reason:  # an alternative names the best it comes after
            assert "after its best-ranked #1 Romanian deadlift" in fx.reason, fx.reason
    assert any("best-ranked (#" not in fx.reason for fx in added)
