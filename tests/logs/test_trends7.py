"""Logs and programs over weeks, as a coach reads them (review17): the week in progress, the
weeks a baseline or a load is compared with, thresholds as configured, and the tables."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._recommend import resolve_sources

W36 = date(2025, 9, 1)  # a Monday, ISO week 2025-W36
RDL = "Romanian Deadlift"

# (day, exercise, reps, kg, sets)
Row = tuple[date, str, int, float | str, int]


def _log(rows: Iterable[Row]) -> hr.WorkoutLog:
    lines = ["Date,Exercise,Reps,Weight (kg)"]
    for day, name, reps, kg, sets in rows:
        lines += [f"{day},{name},{reps},{kg}"] * sets
    return hr.load_log(io.StringIO("\n".join(lines)), name="log.csv")


def _day(week: int, weekday: int = 0) -> date:
    """A day of the ``week``-th week from 2025-W36 (0 is W36), Monday first."""
    return W36 + timedelta(weeks=week, days=weekday)


def _codes_at(report: hr.Report, code: str) -> list[str]:
    return [f.location.week_label or str(f.location.week) for f in report if f.code == code]


# -- 1. HR013 counts only the weeks that are over --------------------------------------------------


def _nordic_then_none(weeks_with: int, weeks_without: int, last_day: int) -> hr.WorkoutLog:
    rows: list[Row] = []
    for week in range(weeks_with + weeks_without):
        for weekday in (0, 3):
            rows.append((_day(week, weekday), RDL, 8, 60, 3))
            rows.append(
                (_day(week, weekday), "Nordic Curl" if week < weeks_with else "Lying Leg Curl", 6, 0, 2)
            )
    rows.append((_day(weeks_with + weeks_without, last_day), RDL, 8, 60, 3))  # the week in progress
    return _log(rows)


def test_a_week_in_progress_without_a_nordic_yet_is_not_counted_as_a_week_without_one() -> None:
    """Two whole weeks without a Nordic, then Monday of the third: the Nordic may still come on
    Thursday, so no HR013 (it said 'for 3 weeks', exit 1); once that week is over without one, it is
    3 weeks."""
    log = _nordic_then_none(4, 2, 0)
    monday = _day(6)
    so_far = hr.check(log, goal="strain_prevention", as_of=monday)
    assert "HR013" not in so_far.codes
    over = hr.check(log, goal="strain_prevention", as_of=monday + timedelta(weeks=1))
    (finding,) = [f for f in over if f.code == "HR013"]
    assert finding.location.week_label == "2025-W42" and "3 weeks" in finding.message


def test_three_whole_weeks_without_a_nordic_warn_in_the_week_in_progress_too() -> None:
    """Three weeks over without a Nordic: the fourth, in progress, says so (3 weeks, not 4)."""
    report = hr.check(_nordic_then_none(4, 3, 1), goal="strain_prevention", as_of=_day(7, 1))
    (finding,) = [f for f in report if f.code == "HR013" and f.location.week_label == "2025-W43"]
    assert "for 3 weeks" in finding.message


# -- 2. a rehab load jump after a break --------------------------------------------------------------


def _rehab_break(after_kg: float, off_weeks: int = 2) -> hr.Report:
    rows: list[Row] = [(_day(w, d), RDL, 8, 40, 3) for w in range(4) for d in (0, 2, 4)]
    back = 4 + off_weeks
    rows += [(_day(back, d), RDL, 8, after_kg, 3) for d in (0, 2, 4)]
    return hr.check(_log(rows), goal="rehab", stage=3, as_of=_day(back + 1))


def test_a_heavier_load_after_a_break_is_a_load_jump_and_says_the_gap() -> None:
    """40 kg for 4 weeks, 2 weeks off, back at 60 kg: 1.5x, compared with the last weeks trained
    (HR033 looked back 2 calendar weeks and found nothing); the message names the weeks off."""
    report = _rehab_break(60)
    (jump,) = [f for f in report if f.code == "HR033"]
    assert jump.location.week_label == "2025-W42"
    assert "1.5x" in jump.message and "40.0 kg -> 60.0 kg" in jump.message
    assert "after 2 weeks without it" in jump.message and "in a week" not in jump.message


def test_the_same_load_after_a_break_is_no_load_jump() -> None:
    """Back at the load left (or 2.5 kg more, the smallest step) after 5 weeks off: no HR033."""
    assert "HR033" not in _rehab_break(40, 5).codes
    assert "HR033" not in _rehab_break(42.5, 5).codes


# -- 3. a program's planned spike ----------------------------------------------------------------


def _program(sets_by_week: Sequence[int]) -> dict[str, object]:
    return {
        "name": "p",
        "weeks": [
            {
                "sessions": [
                    {"name": "A", "day": day, "exercises": [{"exercise": RDL, "sets": n // 2, "reps": 8}]}
                    for day in ("mon", "thu")
                ]
            }
            for n in sets_by_week
        ],
    }


def test_a_multi_week_program_gets_the_spike_check() -> None:
    """Week 12 of a program at 24 sets after eleven weeks of 6: HR030, 4x, on week 12 (Duhig 2016:
    a jump in load precedes strains, planned or not); it got only HR012."""
    report = hr.check(_program([6] * 11 + [24]))
    (spike,) = [f for f in report if f.code == "HR030"]
    assert spike.location.week == 12
    assert "4x the mean (6) of the previous 3 weeks (week 9, week 10, week 11: 6, 6, 6)" in spike.message


def test_a_one_week_program_that_repeats_has_no_spike() -> None:
    """One week, repeated: nothing to compare it with."""
    assert "HR030" not in hr.check(_program([24])).codes


def test_a_dateless_week_day_sheet_gets_the_spike_check(tmp_path: object) -> None:
    """A CSV program sheet with Week and Day columns and no dates: its weeks in order."""
    from pathlib import Path

    rows = ["Week,Day,Exercise,Sets,Reps"]
    for week in range(1, 6):
        sets = 12 if week == 5 else 3
        rows += [f"{week},Mon,{RDL},{sets},8", f"{week},Thu,Lying Leg Curl,{sets},10"]
    file = Path(str(tmp_path)) / "sheet.csv"
    file.write_text("\n".join(rows) + "\n")
    report = hr.check(file)
    assert report.kind == "program"
    assert [f.location.week for f in report if f.code == "HR030"] == [5]


# -- 4. a spike in a week in progress, and the tables --------------------------------------------


def _steady_then(last: int, weeks: int = 4, last_days: Sequence[int] = (0, 2)) -> list[Row]:
    rows: list[Row] = [(_day(w, d), RDL, 8, 60, 3) for w in range(weeks) for d in (0, 3)]
    rows += [(_day(weeks, d), RDL, 8, 60, last // len(last_days)) for d in last_days]
    return rows


def test_a_spike_in_a_week_in_progress_says_so_far_and_the_tables_mark_the_week() -> None:
    """16 sets by Wednesday: 'so far this week (as of ...)', and the weekly tables (text,
    Markdown) mark that row; a week that is over says 'this week'."""
    log = _log(_steady_then(16))
    wednesday = _day(4, 2)
    report = hr.check(log, as_of=wednesday)
    (spike,) = [f for f in report if f.code == "HR030"]
    assert spike.message.startswith(
        f"16 hard hamstring sets so far this week (as of {wednesday.isoformat()})"
    )
    assert "\n2025-W40 (Sep 29), so far  " in str(report)
    assert "| 2025-W40 (Sep 29), so far |" in report.to_markdown()
    assert "\n2025-W39 (Sep 22)  " in str(report)  # a week that is over is not marked
    over = hr.check(log, as_of=_day(5))
    (spike,) = [f for f in over if f.code == "HR030"]
    assert spike.message.startswith("16 hard hamstring sets this week,") and "so far" not in spike.message


# -- 5. what a baseline averaged -----------------------------------------------------------------


def test_the_spike_message_names_the_weeks_it_averaged() -> None:
    """Training every other week (6 sets), then 16: the baseline is the latest 3 weeks with
    training, not 'the previous 3 weeks' (those were 6, 0, 6)."""
    rows: list[Row] = [(_day(w, d), RDL, 8, 60, 3) for w in range(0, 10, 2) for d in (0, 3)]
    rows += [(_day(10, d), RDL, 8, 60, 8) for d in (0, 3)]
    report = hr.check(_log(rows), as_of=_day(11))
    (spike,) = [f for f in report if f.code == "HR030"]
    assert "the mean (6) of the latest 3 weeks with training (2025-W40, 2025-W42, 2025-W44: 6, 6, 6)" in (
        spike.message
    )
    assert "previous 3 weeks" not in spike.message


def test_a_calendar_baseline_shows_its_untrained_week_as_zero() -> None:
    """One trained week in the six before: the previous 3 calendar weeks, the weeks off as 0."""
    rows: list[Row] = [(_day(0, 0), RDL, 8, 60, 3)]
    rows += [(_day(3, d), RDL, 8, 60, 6) for d in (0, 3)]
    report = hr.check(_log(rows), as_of=_day(4))
    (spike,) = [f for f in report if f.code == "HR030"]
    assert "12x the mean (1) of the previous 3 weeks (2025-W36, 2025-W37, 2025-W38: 3, 0, 0)" in spike.message


# -- 6. thresholds as configured -----------------------------------------------------------------


def test_a_changed_threshold_is_the_one_the_advice_states() -> None:
    """--param HR030.max_ratio=1.2: the suggestion says 1.2x, not the default 1.5x."""
    rows: list[Row] = [(_day(w, d), RDL, 8, 60, 3) for w in range(3) for d in (0, 3)]
    rows += [(_day(3, d), RDL, 8, 60, 5) for d in (0, 3)]
    report = hr.check(_log(rows), as_of=_day(4), params={"HR030": {"max_ratio": 1.2}})
    (spike,) = [f for f in report if f.code == "HR030"]
    assert "The 1.2x threshold" in spike.suggestion and "1.5" not in spike.suggestion


_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
#: Numbers in the texts of rules with params that equal a param's default but are not that
#: threshold (rule id, number): the reason each is another quantity.
_NOT_THE_THRESHOLD = {
    ("HR013", "3"): "the build-up dose 3 x 5-12 (Petersen 2011), not max_weeks",
    ("HR005", "2"): "a hard session's 2+ hard sets (a fact's definition), not min_sessions",
    ("HR031", "2"): "the 2-3 weeks of the build-up after a gap, not the gap's min_weeks",
    ("HR031-now", "2"): "the same build-up",
    ("HR036", "2"): "'stage 2', not max_reps_below",
    ("HR007", "3"): "heavy slow resistance's 3-0-3-0 tempo (Kongsgaard 2009), said beside the threshold",
}


def test_every_text_that_states_a_threshold_renders_the_rules_param() -> None:
    """Messages and suggestions of every built-in rule with params: a number equal to a param's
    default, outside a placeholder, is the threshold written out (a changed param would leave it
    stale) unless listed with its reason above."""
    _, rules = resolve_sources(None, None)
    stale = []
    for rule in rules:
        if rule.effect.kind != "finding" or not rule.params:
            continue
        defaults = {f"{v:g}" for v in rule.params.values() if isinstance(v, int | float)}
        words = {_WORDS[int(v)] for v in rule.params.values() if isinstance(v, int | float) and v in _WORDS}
        for text in (rule.effect.text, rule.effect.suggestion or ""):
            plain = re.sub(r"\{[^}]*\}", " ", text)
            numbers = set(re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", plain)) & defaults
            numbers |= {w for w in words if re.search(rf"\b{w}\b", plain, re.IGNORECASE)}
            stale += [(rule.id, n) for n in numbers if (rule.id, n) not in _NOT_THE_THRESHOLD]
    assert stale == []


# -- 7. a far as-of date ---------------------------------------------------------------------------


def test_a_weekly_series_cut_at_the_limit_is_said() -> None:
    """As of 30 weeks after a 4-week log with a 20-week limit: the series stops at its 20th week
    and the input notice says where and how many weeks to the as-of week are not listed."""
    rows: list[Row] = [(_day(w, d), RDL, 8, 60, 3) for w in range(4) for d in (0, 3)]
    as_of = _day(34, 2)
    report = hr.check(_log(rows), as_of=as_of, limits=hr.Limits(max_log_weeks=20))
    assert len(report.weeks) == 20 and report.weeks[-1].label == "2026-W03"
    (notice,) = [i for i in report.input_issues if "stops at" in i]
    # 2026-W04 to 2026-W18 (as_of's week): 15 weeks
    assert "stops at 2026-W03" in notice and "15 weeks" in notice and "2026-W04 to 2026-W18" in notice
    assert not [i for i in hr.check(_log(rows), as_of=_day(6)).input_issues if "stops at" in i]


# -- 8. a heavier top set is progress ----------------------------------------------------------------


def test_no_stall_in_the_week_the_top_load_rose() -> None:
    """Rehab RDL 50 kg 3x8 for five weeks (a stall by the fifth), then 55 kg 6x4: Epley's e1RM
    fell (63.3 -> 62.3) but the load rose, the progression rehab asks for - no HR032 that week."""
    rows: list[Row] = [(_day(w, d), RDL, 8, 50, 1) for w in range(5) for d in (0, 2, 4)]
    rows += [(_day(5, d), RDL, 4, 55, 2) for d in (0, 2, 4)]
    report = hr.check(_log(rows), goal="rehab", stage=3, as_of=_day(6))
    assert "2025-W40" in _codes_at(report, "HR032")  # 4 weeks flat at 50 kg
    assert "2025-W41" not in _codes_at(report, "HR032")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([60.0, 65.0, 70.0]), min_size=5, max_size=9))
def test_a_stall_never_fires_in_a_week_whose_top_load_is_a_new_best(loads: list[float]) -> None:
    """Any run of weekly RDL loads at 8 reps: HR032 is never reported in a week heavier than every
    week before (a rise back towards an earlier best is no progress: test_trends8)."""
    rows: list[Row] = [(_day(w, d), RDL, 8, kg, 2) for w, kg in enumerate(loads) for d in (0, 3)]
    report = hr.check(_log(rows), as_of=_day(len(loads)))
    stalled = set(_codes_at(report, "HR032"))
    for w in range(1, len(loads)):
        if loads[w] > max(loads[:w]):
            label = f"2025-W{36 + w}"
            assert label not in stalled


# -- 9. every session a weekly finding is about --------------------------------------------------


def test_the_stage_load_finding_names_every_session_with_short_sets() -> None:
    """Stage 2, lying leg curls of 4 reps on Monday and Thursday: HR036 names both sessions."""
    rows: list[Row] = [(_day(0, d), "Lying Leg Curl", 12, 20, 3) for d in (0, 3)]
    rows += [(_day(1, d), "Lying Leg Curl", 4, 40, 3) for d in (0, 3)]
    report = hr.check(_log(rows), goal="rehab", stage=2, as_of=_day(2))
    (finding,) = [f for f in report if f.code == "HR036"]
    assert _day(1, 0).isoformat() in finding.message and _day(1, 3).isoformat() in finding.message


# -- 10. the progress table leads with the hamstring lifts -------------------------------------------


def test_the_progress_table_leads_with_the_hamstring_lifts() -> None:
    """Squat and bench press (heavier, no hamstring credit) came first and hid the leg curl and
    the Nordic; now the hamstring lifts lead, a body-weight Nordic with its sets, then the others."""
    rows: list[Row] = []
    for w in range(3):
        for d in (0, 3):
            rows += [
                (_day(w, d), "Squat (Barbell)", 5, 120, 3),
                (_day(w, d), "Bench Press (Barbell)", 5, 80, 3),
            ]
            rows += [(_day(w, d), RDL, 8, 100, 3), (_day(w, d), "Seated Leg Curl (Machine)", 12, 40, 3)]
            rows += [(_day(w, d), "Nordic Hamstring Curl", 5, "", 2)]
    report = hr.check(_log(rows), as_of=_day(3))
    assert dict(report.hamstring_credit).keys() == {RDL, "Seated Leg Curl (Machine)", "Nordic Hamstring Curl"}
    table = str(report).split("Progress, last 3")[1].split("\n\n")[0]
    named = [line.split("  ")[0] for line in table.splitlines()[3:] if not line.startswith(" ")]
    assert set(named[:3]) == {RDL, "Seated Leg Curl (Machine)", "Nordic Hamstring Curl"}
    assert named[3] == "Squat (Barbell)"  # the heaviest of the others, in the last slot


# -- 11. assistance is not load --------------------------------------------------------------------


def test_an_assisted_exercises_weight_is_not_load() -> None:
    """An assisted Nordic from 10 to 25 kg of assistance is easier, not a 2.5x load jump; it has
    no e1RM, top set or tonnage. A name the grammar reads as assisted (Assisted Glute Ham Raise)
    alike; a supported single-leg RDL's dumbbell is load."""
    rows: list[Row] = []
    for w in range(4):
        for d in (0, 3):
            kg = 25 if w == 3 else 10
            rows += [
                (_day(w, d), "Assisted Nordic Curl", 5, kg, 3),
                (_day(w, d), "Assisted Glute Ham Raise", 6, kg, 2),
            ]
            rows += [(_day(w, d), "Supported Single Leg RDL", 10, 20, 2)]
    report = hr.check(_log(rows), goal="rehab", stage=3, as_of=_day(4))
    assert "HR033" not in report.codes
    helped = [p for p in report.progress if "Assisted" in p.exercise]
    assert helped and all(p.best_e1rm_kg is None and p.top_kg is None and p.tonnage_kg == 0 for p in helped)
    loaded = [p for p in report.progress if p.exercise == "Supported Single Leg RDL"]
    assert loaded and all(p.top_kg == 20 for p in loaded)


@settings(max_examples=20, deadline=None)
@given(st.lists(st.booleans(), min_size=1, max_size=7), st.integers(0, 6))
def test_hr013_in_a_week_in_progress_counts_only_the_weeks_that_are_over(
    nordic_weeks: list[bool], weekday: int
) -> None:
    """Any run of weeks with or without a Nordic, then a week in progress without one (as of any
    of its days): HR013 fires on it exactly when the weeks over without one, right before it, are
    3 or more (Ripley 2021: a session every 3 weeks)."""
    rows: list[Row] = []
    for week, nordic in enumerate(nordic_weeks):
        rows.append((_day(week), RDL, 8, 60, 3))
        rows.append((_day(week, 3), "Nordic Curl" if nordic else "Lying Leg Curl", 6, 0, 2))
    now = len(nordic_weeks)
    rows.append((_day(now), RDL, 8, 60, 3))
    report = hr.check(_log(rows), goal="strain_prevention", as_of=_day(now, weekday))
    run = len(nordic_weeks) - (
        max(i for i, n in enumerate(nordic_weeks) if n) + 1 if any(nordic_weeks) else 0
    )
    label = _day(now).isocalendar()
    fired = f"{label[0]}-W{label[1]:02d}" in _codes_at(report, "HR013")
    assert fired == (run >= 3)
