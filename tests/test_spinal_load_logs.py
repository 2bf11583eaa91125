"""HR014 in a log reads the load the log wrote: a good morning done at body weight (``BW``, or a
logged 0) is no heavy barbell lift, as the name ``Bodyweight good morning`` is not; a loaded one,
or one with no weight written (the load unknown: the name decides), still is."""

from __future__ import annotations

import io
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

AS_OF = date(2025, 11, 10)
HEADER = "Date,Exercise,Reps,Weight"
DAY = "2025-11-03 18:00"


def _hr014(good_morning_weights: list[str], goal: str = "posterior_chain") -> list[hr.Finding]:
    """HR014 findings of one workout: an RDL and a back squat at 100 kg, and a good morning with
    one set per weight cell given."""
    rows = [f"{DAY},Romanian deadlift,8,100", f"{DAY},Romanian deadlift,8,100"]
    rows += [f"{DAY},Good morning,8,{cell}" for cell in good_morning_weights]
    rows += [f"{DAY},Back squat,5,100"]
    log = hr.load_log(io.StringIO("\n".join([HEADER, *rows]) + "\n"), name="log.csv")
    return [f for f in hr.check(log, goal=goal, as_of=AS_OF).findings if f.code == "HR014"]


def test_a_good_morning_at_body_weight_is_no_heavy_spinal_lift() -> None:
    for cells in (["BW", "BW"], ["0", "0"], ["BW", "0"], ["bodyweight", "BW"]):
        assert _hr014(cells) == [], cells


def test_a_loaded_good_morning_is_still_one() -> None:
    found = _hr014(["40", "40"])
    assert len(found) == 1
    assert "Good morning" in found[0].message
    assert "3 high-spinal-load lifts" in found[0].message


def test_a_good_morning_with_no_weight_written_is_read_by_its_name() -> None:
    # a blank cell says nothing of the load: the exercise the name places decides (a barbell lift)
    assert len(_hr014(["", ""])) == 1


def test_added_load_on_the_body_is_a_load() -> None:
    # BW+20: twenty kilograms held, a load the log wrote; not the body alone
    assert len(_hr014(["BW+20", "BW+20"])) == 1


def test_one_loaded_set_makes_the_lift_loaded_in_that_workout() -> None:
    assert len(_hr014(["0", "60"])) == 1


def test_the_same_lift_loaded_under_another_spelling_still_counts_once() -> None:
    # "GM" at body weight, then "Good morning" loaded: one good morning, loaded (counted once)
    rows = [f"{DAY},Romanian deadlift,8,100", f"{DAY},GM,8,BW", f"{DAY},Good morning,8,60"]
    rows.append(f"{DAY},Back squat,5,100")
    log = hr.load_log(io.StringIO("\n".join([HEADER, *rows]) + "\n"), name="log.csv")
    found = [f for f in hr.check(log, as_of=AS_OF).findings if f.code == "HR014"]
    assert len(found) == 1
    assert found[0].message.count("Good morning") == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["BW", "0", "", "40", "BW+10", "BW-10"]), min_size=1, max_size=4))
def test_hr014_fires_exactly_when_the_good_morning_carries_a_load_or_an_unknown_one(cells: list[str]) -> None:
    # the rule, stated from the cells: any set with a load (a number above 0, or BW+x) makes it a
    # loaded lift; so does a workout whose cells are all blank (no mark: the name decides);
    # body-weight marks and zeros alone (BW, 0, BW-10 assisted) carry no bar
    loaded = any(c in ("40", "BW+10") for c in cells) or all(c == "" for c in cells)
    assert bool(_hr014(cells)) is loaded
