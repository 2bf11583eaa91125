"""What a check counts as heavy or hard is what was done: HR014 in a log reads the load the log
wrote (a good morning at body weight - `BW`, or a logged 0 - is no heavy barbell lift; a loaded
one, or one with no weight written, still is); HR030 counts a program's Nordic and sprint sets as
it counts its hamstring sets, hard sets only (warm-up and easy entries are no spike)."""

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


# -- HR030 counts a program's Nordic sets as it counts its hamstring sets: hard sets only ----------


CURLS = {"exercise": "Lying leg curl", "sets": 3, "reps": 10}


def _four_weeks(extra: list[dict[str, object]]) -> hr.Program:
    """Four weeks of an RDL 3 x 8 and a Nordic 2 x 5 on Monday, curls on Thursday; ``extra``
    entries on the fourth Monday."""
    weeks = []
    for w in range(4):
        monday: list[dict[str, object]] = [
            {"exercise": "Romanian deadlift", "sets": 3, "reps": 8},
            {"exercise": "Nordic hamstring curl", "sets": 2, "reps": 5},
        ]
        weeks.append(
            {
                "sessions": [
                    {"name": "A", "day": "Mon", "exercises": monday + (extra if w == 3 else [])},
                    {"name": "B", "day": "Thu", "exercises": [CURLS]},
                ]
            }
        )
    return hr.load_program({"name": "p", "goal": "tie_in_hypertrophy", "weeks": weeks})


def _spikes(extra: list[dict[str, object]]) -> list[str]:
    return [f.message for f in hr.check(_four_weeks(extra)).findings if f.code == "HR030"]


def test_warm_up_and_easy_nordic_entries_are_no_spike_of_nordic_sets() -> None:
    assert _spikes([]) == []
    # four more sets on the fourth Monday: a spike when they are work sets ...
    hard = _spikes([{"exercise": "Nordic hamstring curl", "sets": 4, "reps": 3}])
    assert len(hard) == 1 and "6 Nordic sets" in hard[0]
    # ... none when they are warm-ups or planned easy (RPE 5): not hard sets, as the week's
    # hamstring volume does not count them either
    assert _spikes([{"exercise": "Warm-up Nordic curl", "sets": 4, "reps": 3}]) == []
    assert _spikes([{"exercise": "Nordic hamstring curl", "sets": 4, "reps": 3, "rpe": 5}]) == []
    assert _spikes([{"exercise": "Nordic hamstring curl", "sets": 4, "reps": 3, "notes": "warm-up"}]) == []


# -- an entry that holds (hold_s) is judged as the hold of its exercise ------------------------------


def _stage_1(entries: list[dict[str, object]]) -> hr.Report:
    sessions = [{"name": n, "day": d, "exercises": entries} for n, d in (("A", "Mon"), ("B", "Thu"))]
    return hr.check({"name": "p", "goal": "rehab", "stage": 1, "sessions": sessions})


def test_a_dynamic_name_held_for_seconds_is_the_hold_rehab_stage_1_asks_for() -> None:
    # a physio writes "Glute bridge 3 x 30 s": the hold, not the dynamic bridge stage 1 excludes
    held = _stage_1([{"exercise": "Glute bridge", "sets": 3, "reps": 1, "hold_s": 30}])
    assert "HR010" not in held.codes
    moving = _stage_1([{"exercise": "Glute bridge", "sets": 3, "reps": 12}])
    assert "HR010" in moving.codes  # the same name, moving: still contraindicated at stage 1


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        ["Glute bridge", "Lying leg curl", "Hip thrust", "Single-leg glute bridge", "Seated leg curl"]
    )
)
def test_a_held_entry_is_judged_as_the_hold_the_grammar_names(name: str) -> None:
    catalog = hr.Catalog.builtin()
    hold = catalog.classify(f"{name} hold").exercise
    assert hold is not None and hold.isometric
    held = _stage_1([{"exercise": name, "sets": 3, "reps": 1, "hold_s": 30}])
    written = _stage_1([{"exercise": f"{name} hold", "sets": 3, "reps": 1, "hold_s": 30}])
    assert held.codes == written.codes
