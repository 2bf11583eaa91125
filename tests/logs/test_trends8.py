"""Logs over weeks, after a new user's review (domain8): a drop in assistance is a load jump, a
load pattern that repeats without a new best is a stall, and a weekly finding names its sessions
in the order they happened."""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

W36 = date(2025, 9, 1)  # a Monday, ISO week 2025-W36
RDL = "Romanian Deadlift"

# (day, exercise, reps, kg, sets)
Row = tuple[date, str, int, float | str, int]


def _log(rows: Iterable[Row], header: str = "Date,Exercise,Reps,Weight (kg)") -> hr.WorkoutLog:
    lines = [header]
    for day, name, reps, kg, sets in rows:
        lines += [f"{day},{name},{reps},{kg}"] * sets
    return hr.load_log(io.StringIO("\n".join(lines)), name="log.csv")


def _day(week: int, weekday: int = 0) -> date:
    """A day of the ``week``-th week from 2025-W36 (0 is W36), Monday first."""
    return W36 + timedelta(weeks=week, days=weekday)


def _label(week: int) -> str:
    year, number, _ = _day(week).isocalendar()
    return f"{year}-W{number:02d}"


def _weeks_of(report: hr.Report, code: str) -> list[str]:
    return [f.location.week_label or "" for f in report if f.code == code]


# -- 2. a repeating load pattern is a stall ---------------------------------------------------------


def _hinge_weeks(loads: list[float], reps: int = 8) -> hr.WorkoutLog:
    return _log((_day(w, d), RDL, reps, kg, 2) for w, kg in enumerate(loads) for d in (0, 3))


def test_a_repeating_load_pattern_is_a_stall() -> None:
    """RDL 60/50/55 kg x 8, week after week: its first week's 60 kg (e1RM 76) is never beaten,
    yet the top set rose from one week to the next every two weeks in three, so HR032 never came.
    From the 4th week after that best the stall is said, with the best load."""
    loads = [60.0, 50.0, 55.0] * 4
    report = hr.check(_hinge_weeks(loads), goal="posterior_chain", as_of=_day(len(loads)))
    stalled = [f for f in report if f.code == "HR032"]
    # the best is week 0; a week equal to it (60 kg again, weeks 3, 6, 9) is not above it
    assert [f.location.week_label for f in stalled] == [_label(w) for w in range(4, len(loads))]
    assert "no new best estimated 1RM (best 76.0 kg) or top set (best 60.0 kg)" in stalled[0].message
    assert "in the last 4 weeks it was trained" in stalled[0].message


def test_the_stall_window_is_the_rules_param() -> None:
    """The weeks a stall needs are HR032's ``weeks`` param: 60/50/55 over six weeks is a stall at
    --param HR032.weeks=2 from the second week after the best, and none at weeks=6."""
    loads = [60.0, 50.0, 55.0] * 2
    log = _hinge_weeks(loads)
    two = hr.check(log, goal="posterior_chain", as_of=_day(6), params={"HR032": {"weeks": 2}})
    assert _weeks_of(two, "HR032") == [_label(w) for w in range(2, 6)]
    six = hr.check(log, goal="posterior_chain", as_of=_day(6), params={"HR032": {"weeks": 6}})
    assert _weeks_of(six, "HR032") == []


def test_a_new_heaviest_top_set_for_fewer_reps_is_progress() -> None:
    """A top set above every earlier week's is progress though Epley's estimate fell (50 kg x 8
    for five weeks, then 55 kg x 4: 63.3 -> 62.3): no stall that week."""
    rows: list[Row] = [(_day(w, d), RDL, 8, 50, 1) for w in range(5) for d in (0, 2, 4)]
    rows += [(_day(5, d), RDL, 4, 55, 2) for d in (0, 2, 4)]
    report = hr.check(_log(rows), goal="rehab", stage=3, as_of=_day(6))
    assert _label(4) in _weeks_of(report, "HR032")
    assert _label(5) not in _weeks_of(report, "HR032")


def _expected_stalls(loads: list[float], weeks: int) -> list[str]:
    """The weeks HR032 should name: the weeks trained ``weeks`` or more weeks after the latest
    week whose load (all sets x 8 reps: e1RM and top set rise together) beat every earlier one."""
    out, best, since = [], loads[0], 0
    for w in range(1, len(loads)):
        if loads[w] > best:
            best, since = loads[w], 0
        else:
            since += 1
        if since >= weeks:
            out.append(_label(w))
    return out


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([50.0, 55.0, 60.0, 65.0]), min_size=2, max_size=10))
def test_a_stall_is_the_weeks_since_the_last_new_best(loads: list[float]) -> None:
    """Any run of weekly RDL loads at 8 reps, without breaks: HR032 names exactly the weeks 4 or
    more trained weeks after the latest week that beat every earlier week's load - whatever the
    loads did from one week to the next in between."""
    report = hr.check(_hinge_weeks(loads), goal="posterior_chain", as_of=_day(len(loads)))
    assert _weeks_of(report, "HR032") == _expected_stalls(loads, 4)


# -- 1. less assistance is more load ----------------------------------------------------------------


def _assisted(assistance: list[float], name: str = "Assisted Nordic Curl") -> hr.WorkoutLog:
    return _log((_day(w, d), name, 5, kg, 3) for w, kg in enumerate(assistance) for d in (0, 3))


def test_a_big_drop_in_assistance_is_a_rehab_load_jump() -> None:
    """An assisted Nordic at 30 kg of band assistance for three weeks, then 10 kg: 20 kg more of
    the body to lower in one week, a load jump as a heavier top set is (HR033); it went unsaid
    because assistance is (rightly) not load."""
    report = hr.check(_assisted([30, 30, 30, 10]), goal="rehab", stage=3, as_of=_day(4))
    (jump,) = [f for f in report if f.code == "HR033"]
    assert jump.location.week_label == _label(3)
    assert jump.message == (
        "Assistance dropped by 20.0 kg, as much load added: "
        "Assisted Nordic Curl 30.0 kg -> 10.0 kg of assistance."
    )


def test_assistance_taken_away_a_little_at_a_time_is_no_jump() -> None:
    """30, 27.5, 25, 22.5, 20 kg of assistance (2.5 kg a week) and more assistance (30 -> 10 -> 30)
    are no jump; the same drop in a name the grammar reads as assisted (Assisted Glute Ham
    Raise) is one, and a drop at most the threshold (5 kg) is none."""
    gradual = hr.check(_assisted([30, 27.5, 25, 22.5, 20]), goal="rehab", stage=3, as_of=_day(5))
    assert "HR033" not in gradual.codes
    more = hr.check(_assisted([10, 10, 30]), goal="rehab", stage=3, as_of=_day(3))
    assert "HR033" not in more.codes
    ghr = hr.check(_assisted([25, 25, 5], "Assisted Glute Ham Raise"), goal="rehab", stage=3, as_of=_day(3))
    assert [f.location.week_label for f in ghr if f.code == "HR033"] == [_label(2)]
    step = hr.check(_assisted([25, 25, 20]), goal="rehab", stage=3, as_of=_day(3))
    assert "HR033" not in step.codes


def test_an_assistance_drop_is_measured_against_the_latest_trained_weeks() -> None:
    """The drop is against the least assistance of the latest 2 weeks trained with some: 30, 30,
    then 10 after two weeks off is a jump, said with the weeks without it; 30, 20 (a jump), 20,
    16 is compared with 20 (4 kg, none)."""
    rows = [(_day(w, d), "Assisted Nordic Curl", 5, 30, 3) for w in (0, 1) for d in (0, 3)]
    rows += [(_day(4, d), "Assisted Nordic Curl", 5, 10, 3) for d in (0, 3)]
    report = hr.check(_log(rows), goal="rehab", stage=3, as_of=_day(5))
    (jump,) = [f for f in report if f.code == "HR033"]
    assert f"after 2 weeks without it (last {_label(1)})" in jump.message
    steps = hr.check(_assisted([30, 20, 20, 16]), goal="rehab", stage=3, as_of=_day(4))
    assert [f.location.week_label for f in steps if f.code == "HR033"] == [_label(1)]


def test_the_assistance_threshold_is_a_param_and_said_in_the_logs_unit() -> None:
    """--param HR033-assisted.max_drop_kg=10: a 10 kg drop is none, 12 kg one; a pound log says
    its pounds (66 -> 22 lb is 44 lb, 20 kg)."""
    rules = {"HR033-assisted": {"max_drop_kg": 10}}
    at_ten = hr.check(_assisted([30, 30, 20]), goal="rehab", stage=3, as_of=_day(3), params=rules)
    assert "HR033" not in at_ten.codes
    over = hr.check(_assisted([30, 30, 18]), goal="rehab", stage=3, as_of=_day(3), params=rules)
    assert "HR033" in over.codes
    weekly = enumerate((66, 66, 22))
    rows: list[Row] = [(_day(w, d), "Assisted Nordic Curl", 5, lb, 3) for w, lb in weekly for d in (0, 3)]
    pounds = hr.check(_log(rows, "Date,Exercise,Reps,Weight (lbs)"), goal="rehab", stage=3, as_of=_day(3))
    (jump,) = [f for f in pounds if f.code == "HR033"]
    assert "dropped by 44.0 lb" in jump.message and "66.0 lb -> 22.0 lb of assistance" in jump.message


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([0.0, 5.0, 10.0, 20.0, 30.0]), min_size=1, max_size=8))
def test_more_assistance_is_never_a_jump_and_a_drop_is_one_past_the_threshold(help_kg: list[float]) -> None:
    """Any weekly assistance (0: a body-weight week, no assistance logged): HR033 names exactly
    the weeks whose assistance is more than 5 kg below the least of the latest 2 weeks with some;
    the loads of an assisted exercise are never compared as loads."""
    rows: list[Row] = [
        (_day(w, d), "Assisted Nordic Curl", 5, kg or "", 3) for w, kg in enumerate(help_kg) for d in (0, 3)
    ]
    report = hr.check(_log(rows), goal="rehab", stage=3, as_of=_day(len(help_kg)))
    expected: list[str] = []
    recent: list[float] = []
    for w, kg in enumerate(help_kg):
        if not kg:
            continue
        if recent and min(recent) - kg > 5:
            expected.append(_label(w))
        recent = [*recent, kg][-2:]
    assert _weeks_of(report, "HR033") == expected


# -- 3. a weekly finding names its sessions in the order they happened ------------------------------


def _named_log(days: list[tuple[int, str]], reps: int = 4) -> hr.WorkoutLog:
    """Week 0: lying leg curls 3 x 12 on each (weekday, workout name); week 1: 3 x ``reps``."""
    lines = ["Date,Workout Name,Exercise,Reps,Weight (kg)"]
    for week, r in ((0, 12), (1, reps)):
        for weekday, name in days:
            lines += [f"{_day(week, weekday)},{name},Lying Leg Curl,{r},20"] * 3
    return hr.load_log(io.StringIO("\n".join(lines)), name="log.csv")


def test_the_stage_load_finding_names_sessions_in_the_order_they_happened() -> None:
    """Stage 2, leg curls of 4 reps in 'Pull' on Monday and 'Legs' on Thursday: HR036 named
    'Legs (Thursday) and Pull (Monday)', the labels' alphabetical order."""
    report = hr.check(_named_log([(0, "Pull"), (3, "Legs")]), goal="rehab", stage=2, as_of=_day(2))
    (finding,) = [f for f in report if f.code == "HR036"]
    assert f"in Pull ({_day(1, 0)}) and Legs ({_day(1, 3)});" in finding.message


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(["Pull", "Legs", "Arms", "Zone", "Full Body"]), min_size=2, max_size=4))
def test_every_session_a_dose_finding_names_comes_in_date_order(names: list[str]) -> None:
    """Any workout names on Monday, Tuesday...: HR036 names the week's sessions by date."""
    report = hr.check(_named_log(list(enumerate(names))), goal="rehab", stage=2, as_of=_day(2))
    (finding,) = [f for f in report if f.code == "HR036"]
    said = [finding.message.index(f"({_day(1, d)})") for d in range(len(names))]
    assert said == sorted(said)


def test_a_programs_dose_finding_names_its_days_in_week_order() -> None:
    """A stage-2 program listing 'Legs' on Friday before 'Pull' on Monday, a hip thrust 6 x 5 in
    both: HR035 and HR036 name Pull (Monday) first, the week's order, not the file's or the
    names' alphabetical order."""
    entry = {"exercise": "Hip thrust", "sets": 6, "reps": 5}
    data = {
        "name": "rehab",
        "sessions": [
            {"name": "Legs", "day": "Friday", "exercises": [entry]},
            {"name": "Pull", "day": "Monday", "exercises": [entry]},
        ],
    }
    report = hr.check(data, goal="rehab", stage=2)
    sets = next(f for f in report if f.code == "HR035").message
    load = next(f for f in report if f.code == "HR036").message
    assert sets.index("Pull (mon)") < sets.index("Legs (fri)")
    assert "in Pull (mon) and Legs (fri);" in load


def test_the_spellings_of_one_assisted_lift_are_compared_as_one() -> None:
    """'Assisted Nordic Curl' at 30 kg for two weeks, then 'Band Assisted Nordic Curl' (the same
    catalog exercise) at 10 kg: one lift, whose assistance dropped 20 kg, named by its first
    spelling."""
    rows: list[Row] = [(_day(w, d), "Assisted Nordic Curl", 5, 30, 3) for w in (0, 1) for d in (0, 3)]
    rows += [(_day(2, d), "Band Assisted Nordic Curl", 5, 10, 3) for d in (0, 3)]
    report = hr.check(_log(rows), goal="rehab", stage=3, as_of=_day(3))
    (jump,) = [f for f in report if f.code == "HR033"]
    assert "Assisted Nordic Curl 30.0 kg -> 10.0 kg of assistance" in jump.message
