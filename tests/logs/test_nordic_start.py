"""Starting the Nordic HR013 asks for is not a volume spike (rv22 R11): HR030 judges the rise of a
week's hamstring sets besides a Nordic new that week, and HR030-nordic-start judges the Nordic's
first dose against the protocol's (Petersen 2011: 2 sets in week 1, 4 in week 2)."""

from __future__ import annotations

import io
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

START = date(2025, 8, 25)  # a Monday
WEEKS = 9


def _log(nordic_sets: int, extra_rdl_sets: int = 0, nordic_reps: int = 5) -> hr.WorkoutLog:
    """RDL 3 x 8 on Monday and Thursday for nine weeks; in the last week ``nordic_sets`` Nordic
    sets on each day and ``extra_rdl_sets`` more RDL sets on each day."""
    rows = ["Date,Exercise,Reps,Weight"]
    for week in range(WEEKS):
        for offset in (0, 3):
            day = (START + timedelta(weeks=week, days=offset)).isoformat()
            last = week == WEEKS - 1
            rows += [f"{day},Romanian deadlift,8,80"] * (3 + (extra_rdl_sets if last else 0))
            rows += [f"{day},Nordic hamstring curl,{nordic_reps},"] * (nordic_sets if last else 0)
    return hr.load_log(io.StringIO("\n".join(rows) + "\n"), name="log.csv")


AS_OF = START + timedelta(weeks=WEEKS)


def _spikes(log: hr.WorkoutLog) -> list[hr.Finding]:
    report = hr.check(log, goal="strain_prevention", as_of=AS_OF)
    year, week, _ = (START + timedelta(weeks=WEEKS - 1)).isocalendar()
    last = f"{year}-W{week:02d}"  # the ninth week's
    return [f for f in report.findings if f.code == "HR030" and f.location.week_label == last]


def test_starting_the_nordic_at_the_protocols_dose_is_no_spike() -> None:
    # 6 hamstring sets a week, then 6 + 4 Nordic sets: 1.67x, yet the rise is the Nordic HR013 asks for
    assert _spikes(_log(nordic_sets=2)) == []


def test_a_first_nordic_week_above_the_protocols_second_week_is_said() -> None:
    (finding,) = _spikes(_log(nordic_sets=3))
    assert finding.rule == "HR030-nordic-start" and finding.severity == "warning"
    assert "6 Nordic sets" in finding.message and "none in the 6 weeks before" in finding.message


def test_a_rise_of_the_rest_beside_a_new_nordic_is_still_a_spike() -> None:
    rules = {f.rule for f in _spikes(_log(nordic_sets=2, extra_rdl_sets=2))}
    assert "HR030" in rules  # 4 more RDL sets a week besides the Nordic's 4


def test_without_the_nordic_the_same_rise_of_the_rest_is_the_same_spike() -> None:
    assert {f.rule for f in _spikes(_log(nordic_sets=0, extra_rdl_sets=2))} == {"HR030"}


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2), st.integers(0, 4))
def test_the_volume_spike_fires_exactly_when_the_rise_besides_the_new_nordic_is_a_spike(
    nordic: int, extra: int
) -> None:
    # baseline 6 sets a week; this week 6 + 2*extra RDL sets and 2*nordic Nordic sets: the rise
    # besides the Nordic is 2*extra; HR030 needs 1.5x the mean and 4 sets more besides a new Nordic
    total, besides = 6 + 2 * extra + 2 * nordic, 2 * extra
    expected = total / 6 > 1.5 and besides >= 4
    fired = any(f.rule == "HR030" for f in _spikes(_log(nordic, extra)))
    assert fired is expected
