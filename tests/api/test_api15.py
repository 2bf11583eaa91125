"""equipment= read as exercise names are, the plan's dose and its why, and the coach's walk through
recommend/plan/fix/explain and the CLI (helper api15)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._recommend import check_equipment

# -- 1: equipment= through the name grammar -------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "gives"),
    [
        # a class-changing position before the noun: the bench of the 45-degree back extension
        ("45 degree bench", {"back_extension_bench"}),
        ("45° bench", {"back_extension_bench"}),
        ("bench (45°)", {"back_extension_bench"}),
        # an exercise that needs no apparatus: the noun is what the user has
        ("nordic bench", {"bench"}),
        ("Nordic hamstring benches", {"bench"}),
        # an exercise's apparatus named by the exercise: of what it needs, the noun's kind
        ("hyper bench", {"back_extension_bench"}),
        ("hip thrust bench", {"bench"}),  # was barbell and bench: no barbell was said
        ("reverse hyper machine", {"reverse_hyper"}),
        ("step-up box", {"box"}),
        # unknown words beside a noun are passed over, as exercise names' are
        ("adjustable bench", {"bench"}),
        ("slider discs", {"sliders"}),
    ],
)
def test_equipment_reads_as_a_noun_phrase(said: str, gives: set[str]) -> None:
    """An equipment= item is a noun phrase read by the exercise-name grammar: '45 degree bench',
    'nordic bench' and 'hyper bench' were refused or read as more than was said."""
    assert check_equipment([said]) == frozenset(gives)


@pytest.mark.parametrize("said", ["pull-up bar", "dip station", "bench press bench", "chin up bars"])
def test_equipment_of_a_movement_the_catalog_leaves_out_is_refused(said: str) -> None:
    """A noun qualified by an out-of-scope movement (a pull-up bar is no barbell) is a
    RequestError at its position that says why."""
    with pytest.raises(hr.RequestError) as info:
        check_equipment(["bench", said])
    assert info.value.location == "equipment[1]"
    assert "leaves out" in str(info.value)


def _catalog_apparatus() -> list[tuple[str, str]]:
    return sorted((ex.name, need.value) for ex in hr.Catalog.builtin() for need in ex.equipment)


@settings(max_examples=60, deadline=None)
@given(pair=st.sampled_from(_catalog_apparatus()), plural=st.booleans())
def test_an_exercise_named_with_its_equipment_gives_that_equipment(
    pair: tuple[str, str], plural: bool
) -> None:
    """For every catalog exercise and every piece of equipment it needs, '<exercise> <equipment>'
    ('Hip thrust bench', 'Box squat box', 'Deficit deadlift platform') gives exactly that piece:
    the exercise names which one, the noun which kind - never the rest of the exercise's kit."""
    name, need = pair
    said = f"{name} {need.replace('_', ' ')}" + ("s" if plural else "")
    assert check_equipment([said]) == frozenset({need})


def test_an_overlong_equipment_item_is_unknown_at_its_place() -> None:
    """An item longer than any exercise name is a RequestError at equipment[i], not the name
    reader's limit on an exercise name."""
    with pytest.raises(hr.RequestError) as info:
        check_equipment(["x" * 5000])
    assert info.value.location == "equipment[0]"


def test_plan_takes_a_45_degree_bench() -> None:
    """plan(equipment=['45 degree bench']) is accepted and may hold the 45-degree back extension."""
    p = hr.plan("strain_prevention", weeks=2, equipment=["45 degree bench"])
    cat = hr.Catalog.builtin()
    held = {cat.resolve(e.exercise).id for w in p.weeks for s in w.sessions for e in s.entries}
    for ex in map(cat.resolve, held):
        assert {e.value for e in ex.equipment} <= {"back_extension_bench"}


# -- 2: a plan row's why names the dose it prescribes and what set it ------------------------------

_DOSE_SAID = re.compile(r"; dose (?P<dose>.+) by (?P<by>[A-Z]+\d+(?:, [A-Z]+\d+)*)$")


def _goal_stages() -> list[tuple[str, int | None]]:
    return [
        (g.id, stage)
        for g in hr.RuleSet.builtin().goals
        for stage in (sorted(g.stages) if g.staged else [None])
    ]


@settings(max_examples=25, deadline=None)
@given(
    goal_stage=st.sampled_from(_goal_stages()),
    weeks=st.sampled_from([1, 2, 4, 12]),
    minutes=st.sampled_from([None, 20, 30, 45]),
    pain_24h=st.sampled_from([None, 4.0]),
)
def test_a_plan_rows_why_states_only_the_dose_it_prescribes(
    goal_stage: tuple[str, int | None], weeks: int, minutes: int | None, pain_24h: float | None
) -> None:
    """Every goal, stage, length, session time and morning-after pain: a row's why that states a
    dose states the row's own (the strain-prevention Nordic showed P005's 2-3 x 5-12 beside its
    built-up 2 x 5; minutes= cut to 2 sets showed the 3 sets prescribed), and the program's
    entry notes say what the why says."""
    goal, stage = goal_stage
    p = hr.plan(goal, stage=stage, weeks=weeks, minutes=minutes, pain_24h=pain_24h)
    notes = {
        (w, s.name, k): e.notes
        for w, week in enumerate(p.weeks, start=1)
        for s in week.sessions
        for k, e in enumerate(s.entries, start=1)
    }
    for c in p.choices:
        said = _DOSE_SAID.search(c.reason)
        if said is not None:
            assert said["dose"] == c.prescription, c
        elif "; dose by " in c.reason:
            # what set it is named by a rule or note code
            assert re.search(r"\b(?:[A-Z]{1,2}\d{3}|PL\d{3})\b", c.reason.split("; dose by ")[1]), c
        if "; dose" in c.reason:
            assert (notes[(c.week, c.session, c.position)] or "").endswith(c.reason), c


def test_the_built_up_nordic_names_the_build_up_not_p005() -> None:
    """The strain-prevention Nordic of each week is dosed by Petersen 2011's programme (PL016
    says how it goes on), never said to be P005's 2-3 x 5-12."""
    p = hr.plan("strain_prevention", weeks=12)
    nordic = [c for c in p.choices if c.exercise_id == "nordic_curl"]
    assert nordic
    for c in nordic:
        assert "P005" not in c.reason and "5-12" not in c.reason, c.reason
        assert re.search(f"Petersen 2011's Nordic programme, week {c.week}\\b", c.reason), c.reason
        assert "PL016" in c.reason
    assert {"PL016"} <= {n.code for n in p.notes}


# -- 3: Petersen 2011's programme, as its Table 1 gives it -----------------------------------------

#: Petersen 2011, Table 1 (Mjolsnes 2004's programme): (sessions, sets, reps low, reps high) a week;
#: weeks 5-10 and after are 3 sets of 12, 10 and 8 reps (the entry spans 8-12)
_PETERSEN = {1: (1, 2, 5, 5), 2: (2, 2, 6, 6), 3: (3, 3, 6, 8), 4: (3, 3, 8, 10)}
_PETERSEN.update(dict.fromkeys(range(5, 11), (3, 3, 8, 12)))
_PETERSEN.update({11: (1, 3, 8, 12), 12: (1, 3, 8, 12)})


def test_the_nordic_build_up_is_petersens_table_and_cited_as_such() -> None:
    """Every week of a 12-week prevention plan doses the Nordic as Petersen 2011's Table 1 does,
    and the build-up's source gives weeks 3 and 4 as the table's, not as a heuristic of ours."""
    from hamstring_rules._data import builtin_data

    p = hr.plan("strain_prevention", weeks=12)
    for w, week in enumerate(p.weeks, start=1):
        doses = [
            (e.sets, e.reps_low, e.reps_high)
            for s in week.sessions
            for e in s.entries
            if hr.Catalog.builtin().resolve(e.exercise).id == "nordic_curl"
        ]
        sessions, sets, low, high = _PETERSEN[w]
        assert doses == [(sets, low, high)] * sessions, w
    (build,) = builtin_data()["plans.toml"]["build_up"]
    assert "heuristic" not in build["source"]
    for said in ("week 3: three sessions of 3 x 6-8", "week 4: three sessions of 3 x 8-10", "Table 1"):
        assert said in build["source"]
    week5 = next(c for c in p.choices if c.week == 5 and c.exercise_id == "nordic_curl")
    assert "sets of 12, 10 and 8 reps" in week5.reason


# -- 5: the coach's walk ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "items"),
    [
        (["45", "degree", "bench"], ["45 degree bench"]),  # the shell split an unquoted phrase
        (["hip", "thrust", "bench", "barbell"], ["hip thrust bench", "barbell"]),
        (["dumbbell", "bench"], ["dumbbell", "bench"]),  # two items stay two
        (["adjustable", "bench", "kb"], ["adjustable bench", "kb"]),
        (["hip thrust bench, dumbbells"], ["hip thrust bench", "dumbbells"]),  # a comma list
        (["pull", "up", "bar"], ["pull up bar"]),  # refused as one phrase, saying why
    ],
)
def test_cli_equipment_words_join_into_the_phrases_they_spell(words: list[str], items: list[str]) -> None:
    """``--equipment 45 degree bench`` (unquoted) was three items, '45' refused: a word that is no
    item alone joins the words after it up to one that is."""
    from hamstring_rules.cli import _equipment_items

    assert _equipment_items(words) == items


def test_cli_plan_takes_an_unquoted_equipment_phrase(capsys: pytest.CaptureFixture[str]) -> None:
    """``plan --equipment 45 degree bench dumbbells`` plans with the back-extension bench and
    dumbbells; the same words quoted as one phrase each give the same plan."""
    from hamstring_rules.cli import main

    assert main(["plan", "--goal", "tie-in", "--equipment", "45", "degree", "bench", "dumbbells"]) == 0
    unquoted = capsys.readouterr().out
    assert main(["plan", "--goal", "tie-in", "--equipment", "45 degree bench", "dumbbells"]) == 0
    assert capsys.readouterr().out == unquoted
    assert main(["plan", "--goal", "tie-in", "--equipment", "pull", "up", "bar"]) == 2
    assert "'pull up bar'" in capsys.readouterr().err


@pytest.mark.parametrize("word", ["hyper", "hypers", "45 hyper"])
def test_a_word_of_an_exercise_reads_as_its_exercise_before_a_spellings_ending(word: str) -> None:
    """'hyper' is the grammar's back extension (its 45-degree bench), not the end of the reverse
    hyper's spelling: the exercise the words name is read before a vocabulary phrase's last word
    ('rack' of 'power rack' still gives the rack)."""
    assert check_equipment([word]) == frozenset({"back_extension_bench"})
    assert check_equipment(["rack"]) == check_equipment(["power rack"])


@pytest.mark.parametrize("name", ["Bench press", "Barbell row", "Plank"])
def test_substitute_of_an_out_of_scope_name_says_it_is_out_of_scope(name: str) -> None:
    """substitute('Bench press') said only 'unknown exercise': the name is known, a movement the
    catalog leaves out, and the error says so."""
    with pytest.raises(hr.UnknownExerciseError) as info:
        hr.substitute(name)
    assert info.value.location == "exercise"
    assert "out of scope" in str(info.value)


def test_plan_says_what_an_unfilled_role_needs() -> None:
    """PL001 for a role the equipment leaves empty names the goal's best exercise for it and what
    it needs, as recommend()'s note does ('your equipment or exclusions leave no exercise for it'
    said neither)."""
    p = hr.plan("tie_in_hypertrophy", equipment=["dumbbells", "bench"])
    (note,) = [n for n in p.notes if n.code == "PL001"]
    ranked = hr.recommend("tie_in_hypertrophy", equipment=["dumbbells", "bench"])
    assert note.message in ranked.notes
    assert "needs back_extension_bench" in note.message


@pytest.mark.parametrize("days", [1, 2])
def test_a_build_up_held_in_fewer_sessions_than_it_asks_says_so(days: int) -> None:
    """With days=2 a prevention plan holds two of Petersen's three Nordic sessions from week 3:
    the rows said the protocol's week as if whole, and PL016 said nothing. Each such row says how
    many of its sessions the week holds, and PL016 names the weeks."""
    p = hr.plan("strain_prevention", weeks=4, days=days)
    asked = {1: 1, 2: 2, 3: 3, 4: 3}  # Petersen 2011, Table 1
    short = []
    for w in range(1, 5):
        rows = [c for c in p.choices if c.week == w and c.exercise_id == "nordic_curl"]
        assert len(rows) == min(days, asked[w])
        if len(rows) < asked[w]:
            short.append(str(w))
            assert all(f"{len(rows)} of its {asked[w]} sessions a week" in c.reason for c in rows)
        else:
            assert all("sessions a week" not in c.reason for c in rows)
    (note,) = [n for n in p.notes if n.code == "PL016"]
    assert ("fewer sessions" in note.message) == bool(short)
    assert all(w in note.message.split("fewer sessions")[-1] for w in short)


def test_an_empty_substitute_list_says_why() -> None:
    """substitute('RDL', min_similarity=0.999) was an empty table with no note: it names the
    closest exercise and its similarity; with everything excluded it says nothing is left."""
    r = hr.substitute("RDL", min_similarity=0.999)
    assert len(r) == 0
    best = hr.substitute("RDL", min_similarity=0.0)[0]
    assert any(f"the closest is {best.exercise.name} ({best.similarity:.3f})" in n for n in r.notes), r.notes
    assert "0.999" in r.notes[0]
    others = [e.name for e in hr.Catalog.builtin() if e.id != "romanian_deadlift"]
    empty = hr.substitute("RDL", exclude=others)
    assert len(empty) == 0 and any("No exercise is left to compare" in n for n in empty.notes)
