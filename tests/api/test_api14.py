"""The strain-prevention plan's Nordic build-up (review 23 R13) and equipment= read through the
name reader's equipment words (R12) (helper api14)."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._data import builtin_data
from hamstring_rules.cli import main


def _nordic_sessions(week: hr.Week) -> list[tuple[int, int, int]]:
    """(sets, reps_low, reps_high) of each session's Nordic."""
    cat = hr.Catalog.builtin()
    return [
        (e.sets, e.reps_low, e.reps_high)
        for s in week.sessions
        for e in s.entries
        if cat.resolve(e.exercise).id == "nordic_curl"
    ]


# -- R13: Petersen 2011's build-up ------------------------------------------------------------


def test_prevention_plan_starts_the_nordic_as_petersen_does() -> None:
    """Petersen 2011 (as HR030-nordic-start's suggestion cites it): one session of 2 x 5 in week
    1, two sessions of 2 x 6 in week 2; the old plan had three sessions of 2-3 x 5-12 from week 1."""
    p = hr.plan("strain_prevention", weeks=4)
    assert _nordic_sessions(p.weeks[0]) == [(2, 5, 5)]
    assert _nordic_sessions(p.weeks[1]) == [(2, 6, 6), (2, 6, 6)]
    # then three sessions a week of three sets (Petersen's 3 a week, building to 3 sets)
    assert [len(_nordic_sessions(w)) for w in p.weeks[2:]] == [3, 3]
    assert all(sets == 3 for w in p.weeks[2:] for sets, *_ in _nordic_sessions(w))


def test_prevention_plan_passes_its_own_check() -> None:
    """No HR030 (Nordic start or spike) nor HR013, and no PL006 (a check the plan could not meet)."""
    for weeks in (1, 4, 12):
        p = hr.plan("strain_prevention", weeks=weeks)
        report = hr.check(p)
        bad = [f for f in report.findings if f.severity in ("error", "warning")]
        assert bad == [], (weeks, [(f.code, f.message) for f in bad])
        assert not [n for n in p.notes if n.code == "PL006"]


def test_one_week_plan_is_the_first_week_and_says_how_it_goes_on() -> None:
    p = hr.plan("strain_prevention")
    assert _nordic_sessions(p.weeks[0]) == [(2, 5, 5)]
    (note,) = [n for n in p.notes if n.code == "PL016"]
    assert "Petersen 2011" in note.message
    assert "week 2: 2 sessions of 2 x 6" in note.message and "maintenance" in note.message


def test_long_plan_holds_then_maintains() -> None:
    """Petersen's 27 sessions in 10 weeks, then one session a week (rules.toml P005)."""
    p = hr.plan("strain_prevention", weeks=12)
    counts = [len(_nordic_sessions(w)) for w in p.weeks]
    assert sum(counts[:10]) == 1 + 2 + 3 * 8 == 27
    assert counts[10:] == [1, 1]
    # Petersen's 12-10-8: the sets span 8 to 12 reps
    assert _nordic_sessions(p.weeks[5])[0] == (3, 8, 12)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(weeks=st.integers(1, 12), days=st.integers(1, 7))
def test_nordic_never_starts_above_the_start_dose_and_builds(weeks: int, days: int) -> None:
    """Whatever the days and weeks: week 1's Nordic sets are within HR030-nordic-start's limit,
    and the Nordic's weekly sets never fall before the build-up's tenth week."""
    p = hr.plan("strain_prevention", weeks=weeks, days=days)
    limit = hr.RuleSet.builtin().get("HR030-nordic-start").params["max_start_sets"]
    totals = [sum(sets for sets, *_ in _nordic_sessions(w)) for w in p.weeks]
    assert 0 < totals[0] <= limit
    assert totals[:10] == sorted(totals[:10])


# -- R12: equipment words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "gives"),
    [
        (["dumbbells", "bench"], {"dumbbell", "bench"}),
        (["DB"], {"dumbbell"}),
        (["GHD"], {"ghr", "back_extension_bench"}),
        (["Swiss ball"], {"stability_ball"}),
        (["TRX"], {"suspension"}),  # an apparatus of its own (names20), though its curl is the ball's
        (["Smith"], {"smith_machine"}),
        (["barbell", "rack"], {"barbell", "bench"}),  # a rack is a bench's spelling (power rack)
        (["resistance bands"], {"band"}),
        (["kettlebells", "boxes"], {"kettlebell", "box"}),
        (["hyperextension bench"], {"back_extension_bench"}),  # the catalog's exercise's own
        (["Back-Extension Bench", "none", "body weight"], {"back_extension_bench"}),
    ],
)
def test_equipment_reads_the_name_words(said: list[str], gives: set[str]) -> None:
    from hamstring_rules._recommend import check_equipment

    assert check_equipment(said) == frozenset(gives)


def test_every_name_spelling_and_its_plural_is_read() -> None:
    """One vocabulary: every [equipment.*] spelling the name reader knows is an equipment= word
    (one it reads two ways, a bare "strap", is asked about as names ask: tests/test_names17)."""
    from hamstring_rules._recommend import check_equipment

    two_ways = builtin_data()["names.toml"]["ambiguous"]
    for entry in builtin_data()["names.toml"]["equipment"].values():
        for spelling in entry["spellings"]:
            if spelling in two_ways or spelling.removesuffix("s") in two_ways:
                continue
            check_equipment([spelling])
            if not spelling.endswith(("s", "x", "h", "y")):  # the plain plural
                check_equipment([spelling.upper() + "s"])


def test_unknown_equipment_names_value_place_and_words() -> None:
    with pytest.raises(hr.HamstringRulesError) as info:
        hr.recommend("tie_in_hypertrophy", equipment=["dumbbells", "spaceship"])
    text = str(info.value)
    assert "spaceship" in text and "equipment[1]" in text
    assert "dumbbell" in text and "Swiss ball" in text  # the values and the names' words


def test_plural_equipment_gives_the_same_plan_as_the_value() -> None:
    a = hr.plan("tie_in_hypertrophy", equipment=["dumbbells", "benches"])
    b = hr.plan("tie_in_hypertrophy", equipment=["dumbbell", "bench"])
    assert a.to_dict() == b.to_dict()


def test_cli_plan_takes_dumbbells() -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["plan", "--goal", "tie-in", "--equipment", "dumbbells", "bench"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
