"""Logs over time: weeks judged as of a date, spikes, gaps, stalls, rehab load jumps, progress."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logwriters import write

MONDAY = datetime(2025, 11, 3, 8, 0)  # ISO week 2025-W45
RDL = "Romanian Deadlift (Barbell)"
CURL = "Seated Leg Curl (Machine)"
NORDIC = "Nordic Curl"


def _log(tmp_path: Path, workouts: list, name: str = "log.csv") -> Path:  # type: ignore[type-arg]
    file = tmp_path / name
    file.write_text(write("hevy_kg", workouts))
    return file


def _weeks_with(codes: str, report: hr.Report) -> list[str]:
    return sorted({f.location.week_label or "" for f in report if f.code == codes})


def _three_weeks_last_without_hinge(tmp_path: Path) -> Path:
    workouts = []
    for week in range(3):
        for day in (0, 3):
            when = MONDAY + timedelta(weeks=week, days=day)
            sets = [(CURL, "normal", 40.0, 12)] * 3
            if week < 2:
                sets = [(RDL, "normal", 100.0, 8)] * 3 + sets
            workouts.append((f"W{week}{day}", when, sets))
    return _log(tmp_path, workouts)


def test_last_week_without_a_hinge_is_judged_once_it_is_over(tmp_path: Path) -> None:
    """Curls and no hinge in the last week: HR001 (error) for that week as of any later date."""
    file = _three_weeks_last_without_hinge(tmp_path)
    for as_of in (date(2025, 11, 24), date(2025, 12, 1), date(2026, 6, 1)):
        report = hr.check(file, as_of=as_of)
        (hr001,) = [f for f in report if f.code == "HR001"]
        assert hr001.location.week_label == "2025-W47" and hr001.severity == "error"
        assert report.as_of == as_of.isoformat()
        assert not any("in progress" in i for i in report.input_issues)


def test_last_week_in_progress_is_judged_so_far(tmp_path: Path) -> None:
    """As of a day inside the last week: HR001 'so far', one severity lower, and the report says
    the week is in progress."""
    file = _three_weeks_last_without_hinge(tmp_path)
    report = hr.check(file, as_of=date(2025, 11, 21))  # Friday of 2025-W47
    (hr001,) = [f for f in report if f.code == "HR001"]
    assert hr001.location.week_label == "2025-W47"
    assert hr001.severity == "warning" and "so far" in hr001.message and "2025-11-21" in hr001.message
    assert any("2025-W47 in progress as of 2025-11-21" in i for i in report.input_issues)
    assert report.counts()["error"] == 0  # no error yet: the week is not over
    # frequency and weekly minimums wait for Sunday
    assert "2025-W47" not in _weeks_with("HR005", report)


def test_first_week_is_judged_from_its_first_workout(tmp_path: Path) -> None:
    """A log that starts on a Thursday has that week judged (it is over: later workouts exist)."""
    thu = MONDAY + timedelta(days=3)
    file = _log(
        tmp_path,
        [
            ("A", thu, [(CURL, "normal", 40.0, 12)]),
            ("B", thu + timedelta(days=7), [(RDL, "normal", 100.0, 8)]),
        ],
    )
    report = hr.check(file, as_of=date(2025, 12, 31))
    assert _weeks_with("HR001", report) == ["2025-W45"]


def test_a_datetime_counts_by_its_date_and_bad_as_of_is_refused(tmp_path: Path) -> None:
    file = _three_weeks_last_without_hinge(tmp_path)
    assert hr.check(file, as_of=datetime(2025, 11, 21, 23, 0)).as_of == "2025-11-21"
    with pytest.raises(hr.RequestError, match="as_of") as caught:
        hr.check(file, as_of=20251121)  # type: ignore[arg-type]
    assert caught.value.location == "as_of" and "int" in str(caught.value)


def test_as_of_as_iso_text_is_that_date_and_other_text_is_refused_naming_it(tmp_path: Path) -> None:
    """A notebook's ``as_of="2025-11-21"`` is the date (the CLI's --as-of reads the same text);
    any other text is refused with the value named, never guessed (21/11 or 11/21?)."""
    file = _three_weeks_last_without_hinge(tmp_path)
    by_text = hr.check(file, as_of=" 2025-11-21 ")
    assert by_text.as_of == "2025-11-21"
    assert by_text.to_json() == hr.check(file, as_of=date(2025, 11, 21)).to_json()
    for bad in ("21/11/2025", "2025-11-31", "2025-W47", "today", "2025-11-21T10:00", ""):
        with pytest.raises(hr.RequestError, match="as_of") as caught:
            hr.check(file, as_of=bad)
        assert caught.value.location == "as_of" and repr(bad) in str(caught.value)


@pytest.mark.parametrize("as_of", [date(1, 1, 1), date(1899, 12, 31), date(9999, 12, 31)])
def test_as_of_outside_the_log_years_is_refused(tmp_path: Path, as_of: date) -> None:
    file = _three_weeks_last_without_hinge(tmp_path)
    with pytest.raises(hr.RequestError, match="as_of") as caught:
        hr.check(file, as_of=as_of)
    assert caught.value.location == "as_of" and "1900-9998" in str(caught.value)


def test_as_of_before_the_first_workout_is_refused_naming_its_date(tmp_path: Path) -> None:
    file = _three_weeks_last_without_hinge(tmp_path)  # first workout Monday 2025-11-03
    with pytest.raises(hr.RequestError, match="2025-11-03") as caught:
        hr.check(file, as_of=date(2025, 11, 2))
    assert caught.value.location == "as_of"
    assert f"before {file}'s first workout" in str(caught.value)  # which log, when several are checked
    assert hr.check(file, as_of=date(2025, 11, 3)).as_of == "2025-11-03"  # the first day counts


def test_workouts_after_as_of_are_not_counted_and_the_report_says_so(tmp_path: Path) -> None:
    """Judged as of a date = only what was done by then: a later workout neither adds sets nor
    closes the week."""
    file = _three_weeks_last_without_hinge(tmp_path)  # W45, W46 with RDL; W47 curls only
    report = hr.check(file, as_of=date(2025, 11, 13))  # Thursday of W46: 4 workouts done
    assert [w.label for w in report.weeks] == ["2025-W45", "2025-W46"]
    assert "2 workouts after as_of 2025-11-13 not counted" in report.input_issues
    assert "HR001" not in report.codes  # W47 (no hinge) is after as_of
    assert any("2025-W46 in progress as of 2025-11-13" in i for i in report.input_issues)
    everything = hr.check(file, as_of=date(2026, 1, 1))
    assert not any("not counted" in i for i in everything.input_issues)
    log = hr.load_log(file)
    assert hr.check(log, as_of=date(2025, 11, 6)).weeks[0].sessions[-1].day == "thu"  # Thursday counted


def test_cli_refuses_an_as_of_outside_the_log(tmp_path: Path) -> None:
    from hamstring_rules.cli import main

    file = _three_weeks_last_without_hinge(tmp_path)
    for text in ("0001-01-01", "2025-11-02"):
        out, err = io.StringIO(), io.StringIO()
        assert main(["check", str(file), "--as-of", text], stdout=out, stderr=err) == 2
        assert "as_of" in err.getvalue() and "No findings" not in out.getvalue()


def _ramp(sets_per_week: list[int], exercise: str = CURL) -> list:  # type: ignore[type-arg]
    """Two sessions a week, the week's hard sets split between them, plus an RDL."""
    workouts = []
    for week, n in enumerate(sets_per_week):
        for half, day in ((n // 2, 0), (n - n // 2, 3)):
            sets = [(RDL, "normal", 100.0 + week, 8)] + [(exercise, "normal", 40.0, 10)] * half
            workouts.append((f"W{week}{day}", MONDAY + timedelta(weeks=week, days=day), sets))
    return workouts


def test_a_ramp_from_6_to_24_sets_is_flagged_with_its_weeks(tmp_path: Path) -> None:
    """6, 6, 6, 12, 24 hamstring sets: HR030 on the weeks above 1.5x the previous 3 weeks' mean."""
    file = _log(tmp_path, _ramp([4, 4, 4, 10, 22]))  # + 2 RDL sets a week: 6, 6, 6, 12, 24
    report = hr.check(file, as_of=date(2026, 1, 1))
    assert [w.hamstring_sets for w in report.weeks] == [6, 6, 6, 12, 24, 0, 0, 0, 0]  # to as_of's 2026-W01
    spikes = [f for f in report if f.code == "HR030"]
    assert [f.location.week_label for f in spikes] == ["2025-W48", "2025-W49"]
    assert "12 hard hamstring sets" in spikes[0].message and "2x the mean" in spikes[0].message
    # 24 against the mean of 6, 6, 12 = 8: 3x
    assert "3x the mean" in spikes[1].message and "(8)" in spikes[1].message


def test_a_gradual_rise_is_not_a_spike(tmp_path: Path) -> None:
    file = _log(tmp_path, _ramp([6, 7, 8, 9, 10, 11, 12]))
    assert "HR030" not in hr.check(file, as_of=date(2026, 1, 1)).codes


def test_nordic_spike_is_a_warning_for_strain_prevention(tmp_path: Path) -> None:
    file = _log(tmp_path, _ramp([2, 2, 2, 8], exercise=NORDIC))
    report = hr.check(file, goal="strain_prevention", as_of=date(2026, 1, 1))
    nordic = [f for f in report if f.code == "HR030" and "Nordic" in f.message]
    assert [(f.location.week_label, f.severity) for f in nordic] == [("2025-W48", "warning")]


def test_threshold_is_a_param(tmp_path: Path) -> None:
    file = _log(tmp_path, _ramp([4, 4, 4, 10]))
    assert "HR030" in hr.check(file, as_of=date(2026, 1, 1)).codes
    assert "HR030" not in hr.check(file, as_of=date(2026, 1, 1), params={"HR030": {"max_ratio": 2.5}}).codes


def test_back_after_a_break_is_flagged(tmp_path: Path) -> None:
    """Four regular weeks, two weeks with nothing, then training again: HR031 on the week back."""
    workouts = _ramp([6, 6, 6, 6])
    back = MONDAY + timedelta(weeks=6)
    workouts.append(("Back", back, [(RDL, "normal", 100.0, 8)] * 3))
    report = hr.check(_log(tmp_path, workouts), as_of=date(2026, 1, 1))
    (gap,) = [f for f in report if f.code == "HR031"]
    assert gap.location.week_label == "2025-W51"
    assert "2 weeks" in gap.message and "2025-W49 to 2025-W50" in gap.message


def _weekly(exercise: str, loads: list[float], reps: int = 8) -> list:  # type: ignore[type-arg]
    return [
        (f"W{i}", MONDAY + timedelta(weeks=i), [(exercise, "normal", load, reps)] * 3)
        for i, load in enumerate(loads)
    ]


def test_a_stalled_rdl_is_flagged(tmp_path: Path) -> None:
    """RDL up for three weeks, then six weeks at the same load: HR032 once four weeks pass."""
    file = _log(tmp_path, _weekly(RDL, [90, 95, 100, 100, 100, 100, 100, 100, 100]))
    report = hr.check(file, goal="tie_in_hypertrophy", as_of=date(2026, 2, 1))
    stalled = [f for f in report if f.code == "HR032"]
    assert [f.location.week_label for f in stalled] == ["2025-W51", "2025-W52", "2026-W01"]
    assert RDL in stalled[0].message and "126.7 kg" in stalled[0].message  # Epley: 100 x (1 + 8/30)


def test_progressing_rdl_and_window_param(tmp_path: Path) -> None:
    rising = _log(tmp_path, _weekly(RDL, [90, 92.5, 95, 97.5, 100, 102.5]), "up.csv")
    assert "HR032" not in hr.check(rising, goal="tie_in_hypertrophy", as_of=date(2026, 2, 1)).codes
    flat = _log(tmp_path, _weekly(RDL, [100] * 4), "flat.csv")
    report = hr.check(flat, goal="tie_in_hypertrophy", as_of=date(2026, 2, 1), params={"HR032": {"weeks": 2}})
    assert _weeks_with("HR032", report) == ["2025-W47", "2025-W48"]


GOOD_MORNING = "Good Morning (Barbell)"


def _two_hinges(rdl: list[float], good_morning: list[float]) -> list:  # type: ignore[type-arg]
    """An RDL and a good morning, 3 hard sets of 8 each every week: a tie in sets."""
    return [
        (
            f"W{i}",
            MONDAY + timedelta(weeks=i),
            [(RDL, "normal", r, 8)] * 3 + [(GOOD_MORNING, "normal", g, 8)] * 3,
        )
        for i, (r, g) in enumerate(zip(rdl, good_morning, strict=True))
    ]


def test_a_tie_in_sets_goes_to_the_heavier_hinge(tmp_path: Path) -> None:
    """RDL and good morning at 3 sets a week: the main hinge is the heavier (the RDL), whatever
    the names' order; a flat good morning beside a rising RDL is no stall."""
    rising = [90.0 + 2.5 * i for i in range(8)]
    flat_gm = _log(tmp_path, _two_hinges(rising, [60.0] * 8), "gm.csv")
    assert "HR032" not in hr.check(flat_gm, goal="tie_in_hypertrophy", as_of=date(2026, 2, 1)).codes
    flat_rdl = _log(tmp_path, _two_hinges([100.0] * 8, [40.0 + 2.5 * i for i in range(8)]), "rdl.csv")
    stalled = [
        f for f in hr.check(flat_rdl, goal="tie_in_hypertrophy", as_of=date(2026, 2, 1)) if f.code == "HR032"
    ]
    assert stalled and all(RDL in f.message and GOOD_MORNING not in f.message for f in stalled)


def test_rehab_load_jump(tmp_path: Path) -> None:
    """Rehab: a hamstring exercise's top set 20 kg one week, 30 kg the next: HR033."""
    file = _log(tmp_path, _weekly(CURL, [20, 21, 30], reps=12))
    report = hr.check(file, goal="rehab", stage=3, as_of=date(2026, 1, 1))
    (jump,) = [f for f in report if f.code == "HR033"]
    assert jump.location.week_label == "2025-W47" and "21.0 kg -> 30.0 kg" in jump.message
    assert "HR033" not in hr.check(file, goal="tie_in_hypertrophy", as_of=date(2026, 1, 1)).codes


def test_weights_shown_in_the_users_unit(tmp_path: Path) -> None:
    """A pound log shows pounds; unit= chooses; inside everything is kilograms."""
    file = tmp_path / "lb.csv"
    file.write_text(write("hevy_lb", _weekly(RDL, [100, 100, 100, 100, 100, 100])))
    report = hr.check(file, goal="tie_in_hypertrophy", as_of=date(2026, 1, 1))
    assert report.unit == "lb"
    assert "279.3 lb" in next(f for f in report if f.code == "HR032").message  # 126.67 kg / 0.4536
    assert report.e1rm()[RDL]["2025-W45"] == pytest.approx(279.3, abs=0.3)
    in_kg = hr.check(file, goal="tie_in_hypertrophy", as_of=date(2026, 1, 1), unit="kg")
    assert in_kg.e1rm()[RDL]["2025-W45"] == pytest.approx(126.7, abs=0.1)


def test_progress_in_python_and_json(tmp_path: Path) -> None:
    file = _log(tmp_path, _weekly(RDL, [100, 105]))
    report = hr.check(file, as_of=date(2026, 1, 1))
    assert report.e1rm() == {RDL: {"2025-W45": 126.7, "2025-W46": 133.0}}
    data = json.loads(report.to_json())
    assert data["summary"]["as_of"] == "2026-01-01" and data["summary"]["unit"] == "kg"
    first = data["summary"]["progress"][0]
    assert first == {
        "week": "2025-W45", "exercise": RDL, "sets": 3, "best_e1rm": 126.7, "top_set": 100.0,
        "tonnage": 2400.0, "unit": "kg", "zero_weight_sets": 0, "body_weight_sets": 0, "assistance": None,
    }  # fmt: skip


def test_programs_have_no_as_of_and_only_the_spike_of_the_trend_findings() -> None:
    """A program has no as-of date or progress; its several weeks get the spike check (trends7:
    a planned jump, 2, 2, 2 then 12 sets, is as sudden as a logged one), no gap or stall."""
    program = {"name": "p", "weeks": [{"sessions": [{"name": "A", "day": "mon", "exercises": [
        {"exercise": "Romanian Deadlift", "sets": n, "reps": 8}]}]} for n in (2, 2, 2, 12)]}  # fmt: skip
    report = hr.check(program)
    assert report.as_of is None and report.progress == ()
    assert [f.location.week for f in report if f.code == "HR030"] == [4]
    assert not {"HR031", "HR032", "HR033"} & set(report.codes)


def test_check_takes_a_workout_log(tmp_path: Path) -> None:
    log = hr.load_log(_three_weeks_last_without_hinge(tmp_path))
    report = hr.check(log, as_of=date(2026, 1, 1))
    assert report.kind == "log" and _weeks_with("HR001", report) == ["2025-W47"]


_weekly_sets = st.lists(st.integers(0, 14), min_size=4, max_size=9)


def _trend_findings(workouts: list, last_week: str | None) -> set[tuple[str, str | None]]:  # type: ignore[type-arg]
    log = hr.load_log(io.StringIO(write("hevy_kg", workouts)), name="x.csv")
    report = hr.check(log, goal="tie_in_hypertrophy", as_of=date(2027, 1, 1))
    return {
        (f.code, f.location.week_label)
        for f in report
        if f.code in ("HR030", "HR031", "HR032")
        and f.rule != "HR031-now"
        and f.location.week_label != last_week
    }


@settings(max_examples=25, deadline=None)
@given(sets=_weekly_sets, extra=st.integers(1, 30), later=st.integers(1, 4))
def test_a_weeks_trend_findings_do_not_depend_on_later_weeks(sets: list[int], extra: int, later: int) -> None:
    """Spikes, gaps and stalls of a week read only the weeks before it: adding a later week
    changes no earlier week's HR030, HR031 or HR032 (except HR031-now, which is about the log's
    last week as of the check date)."""
    workouts = _ramp(sets)
    when = MONDAY + timedelta(weeks=len(sets) - 1 + later)
    longer = [*workouts, ("Later", when, [(CURL, "normal", 40.0, 10)] * extra)]
    year, week, _ = when.isocalendar()
    assert _trend_findings(workouts, None) == _trend_findings(longer, f"{year}-W{week:02d}")


def test_recurring_findings_are_grouped_in_every_output(tmp_path: Path) -> None:
    """Ten weeks of curls and no hinge: one HR001 line 'in 10 of 10 weeks' in text, Markdown,
    HTML and SARIF; JSON lists the findings and the group with its weeks."""
    workouts = [(f"W{i}", MONDAY + timedelta(weeks=i), [(CURL, "normal", 40.0, 12)] * 3) for i in range(10)]
    report = hr.check(_log(tmp_path, workouts), as_of=date(2026, 6, 1))
    assert len([f for f in report if f.code == "HR001"]) == 10
    (group,) = [g for g in report.groups() if g.code == "HR001"]
    assert group.weeks[0] == "2025-W45" and group.weeks[-1] == "2026-W02" and group.of == 10
    text = str(report)
    assert text.count("HR001") == 1
    assert "HR001 [error] in 10 of 10 weeks: 2025-W45 (Nov 3) ... 2026-W02 (Jan 5)" in text
    assert "as of 2026-06-01" in text
    markdown = report.to_markdown()
    assert markdown.count("HR001") == 1 and "in 10 of 10 weeks" in markdown
    html = report._repr_html_()
    assert html.count("missing-hip-hinge") == 1 and "in 10 of 10 weeks" in html
    data = json.loads(report.to_json())
    assert len([f for f in data["findings"] if f["code"] == "HR001"]) == 10
    (json_group,) = [g for g in data["summary"]["groups"] if g["code"] == "HR001"]
    assert json_group["count"] == 10 and len(json_group["weeks"]) == 10
    from hamstring_rules.emitters import emit

    sarif = json.loads(emit([report], "sarif"))
    (result,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "HR001"]
    assert result["properties"]["weeks"] == list(group.weeks)
    assert result["message"]["text"].startswith("in 10 of 10 weeks")


def test_a_code_in_one_week_only_is_not_grouped(tmp_path: Path) -> None:
    report = hr.check(_three_weeks_last_without_hinge(tmp_path), as_of=date(2026, 1, 1))
    assert not [g for g in report.groups() if g.code == "HR001"]
    assert "HR001 [error] 2025-W47" in str(report)


def test_weekly_time_series_in_pandas(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    report = hr.check(_log(tmp_path, _ramp([4, 4, 4, 10])), as_of=date(2026, 1, 1))
    frame = report.weeks.to_pandas()
    assert isinstance(frame, pd.DataFrame) and frame.index.name == "week"
    assert list(frame.index) == ["2025-W45", "2025-W46", "2025-W47", "2025-W48", *THEN_TO_2026_W01[1:]]
    assert list(frame["hamstring_sets"]) == [6, 6, 6, 12, 0, 0, 0, 0, 0]
    assert list(frame["knee_flexion_sets"]) == [4, 4, 4, 10, 0, 0, 0, 0, 0]


def test_cli_as_of_and_unit(tmp_path: Path) -> None:
    from hamstring_rules.cli import main

    file = _three_weeks_last_without_hinge(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    main(["check", str(file), "--as-of", "2025-11-21", "--format", "json"], stdout=out, stderr=err)
    data = json.loads(out.getvalue())
    assert data["summary"]["as_of"] == "2025-11-21"
    assert any(f["code"] == "HR001" and f["severity"] == "warning" for f in data["findings"])
    out = io.StringIO()
    main(
        ["check", str(file), "--as-of", "2026-01-01", "--unit", "lb", "--format", "json"],
        stdout=out,
        stderr=err,
    )
    assert json.loads(out.getvalue())["summary"]["unit"] == "lb"
    assert main(["check", str(file), "--as-of", "yesterday"], stdout=io.StringIO(), stderr=err) == 2


def test_progress_plot_shows_e1rm_per_week(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")

    report = hr.check(_log(tmp_path, _weekly(RDL, [100, 105, 110])), as_of=date(2026, 1, 1))
    fig = report.plot_progress()
    _, lines = fig.axes[:2]
    (line,) = lines.get_lines()
    assert list(line.get_ydata()) == [126.7, 133.0, 139.3] and line.get_label() == RDL
    # one point per ISO week 2025-W45..W47, at its Monday on a date axis
    assert list(line.get_xdata()) == [date(2025, 11, 3), date(2025, 11, 10), date(2025, 11, 17)]


def test_a_log_that_stops_is_flagged_as_of_the_check_date(tmp_path: Path) -> None:
    """Four regular weeks, then nothing: as of three whole weeks later, HR031 on the last week."""
    file = _log(tmp_path, _ramp([6, 6, 6, 6]))
    report = hr.check(file, as_of=date(2025, 12, 24))  # Wednesday of 2025-W52
    (idle,) = [f for f in report if f.code == "HR031"]
    assert idle.location.week_label == "2025-W48"
    assert "3 weeks (2025-W49 to 2025-W51) as of 2025-12-24" in idle.message
    assert "HR031" not in hr.check(file, as_of=date(2025, 12, 3)).codes  # W49: nothing missed yet


# -- rehab: each week's tendon loading against its stage's dose (HR034-HR036) -------------------------

BRIDGE = "Glute Bridge"
LYING = "Lying Leg Curl (Machine)"
HOLD = "Straight-knee bridge hold"


def _rehab_weeks(days_per_week: list[tuple[int, ...]], sets: int = 3, reps: int = 12) -> list:  # type: ignore[type-arg]
    """Bridges and lying leg curls on the given weekdays of consecutive weeks."""
    workouts = []
    for week, days in enumerate(days_per_week):
        for day in days:
            work = [(BRIDGE, "normal", 40.0, reps)] * sets + [(LYING, "normal", 20.0, 12)] * 3
            workouts.append((f"Rehab {week}{day}", MONDAY + timedelta(weeks=week, days=day), work))
    return workouts


MWF = (0, 2, 4)


DOSE = ("HR034", "HR035", "HR036")


def _dose_findings(report: hr.Report) -> list[hr.Finding]:
    return [f for f in report if f.code in DOSE]


def test_rehab_sessions_over_the_stages_frequency(tmp_path: Path) -> None:
    """Stage 2 loads the tendon 3 times a week (heavy slow resistance): Mon-Wed-Fri passes, five
    days in a row is HR034 for that week, with the stage's frequency named; other goals never."""
    file = _log(tmp_path, _rehab_weeks([MWF, MWF, (0, 1, 2, 3, 4), MWF]))
    report = hr.check(file, goal="rehab", stage=2, as_of=date(2026, 1, 1))
    (over,) = _dose_findings(report)
    assert over.location.week_label == "2025-W47" and over.severity == "warning"
    assert over.message.startswith("5 tendon-loading sessions this week; stage 2 prescribes at most 3 a week")
    assert "48 h apart" in over.message and "RP002" in over.message
    assert not set(DOSE) & set(hr.check(file, goal="posterior_chain", as_of=date(2026, 1, 1)).codes)
    params = {"HR034": {"max_extra_sessions": 2}}
    relaxed = hr.check(file, goal="rehab", stage=2, as_of=date(2026, 1, 1), params=params)
    assert not _dose_findings(relaxed)


def test_rehab_sets_and_load_over_the_stages_dose(tmp_path: Path) -> None:
    """6 sets of 3-rep bridges in stage 2 (3-4 x 10-15 prescribed): more sets (HR035) and heavier
    (HR036) than the stage's dose, in the week it happens; in stage 3 (6-10 reps) only more
    than 2 reps under the range counts."""
    heavy = ("Heavy", MONDAY + timedelta(weeks=2), [(BRIDGE, "normal", 90.0, 3)] * 6)
    file = _log(tmp_path, [*_rehab_weeks([MWF, MWF]), heavy])
    report = hr.check(file, goal="rehab", stage=2, as_of=date(2026, 1, 1))
    found = {f.code: f for f in _dose_findings(report)}
    assert set(found) == {"HR035", "HR036"}
    assert {f.location.week_label for f in found.values()} == {"2025-W47"}
    sets = found["HR035"].message
    # 3-4 sets (heavy slow resistance: 4 after its first week): 4 is the bound
    assert f"{BRIDGE} has 6 hard sets in Heavy (2025-11-17 08:00); stage 2 prescribes 4" in sets
    load = found["HR036"].message
    assert f"{BRIDGE} has sets of 3 reps" in load and "stage 2 prescribes 10-15" in load
    stage_3 = hr.check(file, goal="rehab", stage=3, as_of=date(2026, 1, 1))
    assert "HR036" in stage_3.codes  # 6-10: 3 under
    five = _log(tmp_path, _rehab_weeks([MWF], reps=4), name="four.csv")
    assert not _dose_findings(hr.check(five, goal="rehab", stage=3, as_of=date(2026, 1, 1)))  # 2 under


def test_rehab_dose_recurring_weeks_are_grouped(tmp_path: Path) -> None:
    """A stage-2 log trained on 4 days a week, 5 bridge sets a session (the dose is 3-4): one
    HR034 group and one HR035 group, each naming every week, each with its own message."""
    file = _log(tmp_path, _rehab_weeks([(0, 1, 3, 4)] * 4, sets=5))
    report = hr.check(file, goal="rehab", stage=2, as_of=date(2026, 1, 1))
    weeks = ["2025-W45", "2025-W46", "2025-W47", "2025-W48"]
    for code in ("HR034", "HR035"):
        assert [f.location.week_label for f in report if f.code == code] == weeks
        (group,) = [g for g in report.groups() if g.code == code]
        assert group.of == 4 and group.weeks == tuple(weeks)
    text = str(report)
    assert "HR034 [warning] in 4 of 4 weeks" in text and "4 tendon-loading sessions" in text
    assert "HR035 [warning] in 4 of 4 weeks" in text and "has 5 hard sets" in text


def test_stage_1_holds_daily_are_the_dose_and_isotonic_work_is_excluded(tmp_path: Path) -> None:
    """Stage 1 is isometric holds, daily if wanted: no HR034 and no HR017. Slow RDLs logged in
    stage 1 are work the stage excludes (HR010 on each), not a dose to compare."""
    holds = [(f"H{d}", MONDAY + timedelta(days=d), [(HOLD, "normal", None, 1)] * 5) for d in range(7)]
    report = hr.check(_log(tmp_path, holds), goal="rehab", stage=1, as_of=date(2026, 1, 1))
    assert not {*DOSE, "HR017"} & set(report.codes)
    rdl = [(f"R{d}", MONDAY + timedelta(days=d), [(RDL, "normal", 60.0, 8)] * 3) for d in (0, 2, 4)]
    stage_1 = hr.check(_log(tmp_path, rdl, name="rdl.csv"), goal="rehab", stage=1, as_of=date(2026, 1, 1))
    assert "HR010" in stage_1.codes and not set(DOSE) & set(stage_1.codes)


def test_rehab_program_weeks_are_dosed_too() -> None:
    """A stage-3 program with a 5 x 3 RDL in four sessions: every dose comparison fires; the
    prescribed program (3 x 6-10, three days) passes."""

    def program(sets: int, reps: int, days: tuple[str, ...]) -> dict:  # type: ignore[type-arg]
        entry = {"exercise": "Romanian Deadlift", "sets": sets, "reps": reps, "tempo": "3-0-3-0"}
        sessions = [{"name": d, "day": d, "exercises": [entry]} for d in days]
        return {"name": "p", "goal": "rehab", "stage": 3, "sessions": sessions}

    heavy = hr.check(program(5, 3, ("mon", "tue", "thu", "fri")))
    assert sorted(f.code for f in _dose_findings(heavy)) == list(DOSE)
    assert not _dose_findings(hr.check(program(3, 8, ("mon", "wed", "fri"))))


def test_grouping_never_hides_a_finding_or_shows_another_weeks_numbers(tmp_path: Path) -> None:
    """A Nordic ramp spikes both the hamstring-set rule and the Nordic rule (both HR030) in the
    same weeks: each rule is its own group, every output shows both, and a group whose numbers
    change week to week shows the latest week's message and says so."""
    file = _log(tmp_path, _ramp([2, 2, 2, 8, 20], exercise=NORDIC))
    report = hr.check(file, goal="strain_prevention", as_of=date(2026, 1, 1))
    spikes = [f for f in report if f.code == "HR030"]
    rules = {f.rule for f in spikes}
    assert len(rules) == 2  # the hamstring-set spike and the Nordic spike
    groups = [g for g in report.groups() if g.code == "HR030"]
    assert {g.rule for g in groups} == rules
    for group in groups:
        own = [f for f in spikes if f.rule == group.rule]
        assert group.messages == tuple(f.message for f in own)
        assert group.message == own[-1].message
        assert group.varies and f"latest {own[-1].location.week_label}" in group.where
    text = str(report)
    for group in groups:
        assert group.message in text
    from hamstring_rules.emitters import emit

    sarif = json.loads(emit([report], "sarif"))
    hr030 = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "HR030"]
    assert len(hr030) == len(groups) == 2
    assert all(any(g.message in r["message"]["text"] for r in hr030) for g in groups)


def _with_a_break(tmp_path: Path) -> Path:
    """Four trained weeks (2025-W45-W48), four without a workout (W49-W52), two more."""
    workouts = _ramp([6, 6, 6, 6])
    back = MONDAY + timedelta(weeks=8)
    sets = [(RDL, "normal", 100.0, 8), (CURL, "normal", 40.0, 10)]
    workouts += [(f"B{w}{d}", back + timedelta(weeks=w, days=d), sets) for w in range(2) for d in (0, 3)]
    return _log(tmp_path, workouts)


GAP = ["2025-W49", "2025-W50", "2025-W51", "2025-W52"]
TRAINED = ["2025-W45", "2025-W46", "2025-W47", "2025-W48"]
#: The weeks after 2025-W48 up to 2026-W01, the week of the as-of date 2026-01-01: zeros.
THEN_TO_2026_W01 = ["2025-W48", "2025-W49", "2025-W50", "2025-W51", "2025-W52", "2026-W01"]
#: After a log's last workout in 2026-W02, the weeks to 2026-W05, the week of 2026-02-01.
AFTER = ["2026-W03", "2026-W04", "2026-W05"]


def test_weeks_without_a_workout_are_in_the_time_series(tmp_path: Path) -> None:
    """A four-week break is four weeks of zeros (trained=False) in the summaries, JSON and text,
    not a continuous line from W48 to 2026-W01; grouped findings count the trained weeks only."""
    report = hr.check(_with_a_break(tmp_path), as_of=date(2026, 2, 1))
    labels = [w.label for w in report.weeks]
    assert labels == [*TRAINED, *GAP, "2026-W01", "2026-W02", *AFTER]
    empty = [w for w in report.weeks if not w.trained]
    assert [w.label for w in empty] == [*GAP, *AFTER]
    assert all(w.hamstring_sets == 0 and w.sessions == () for w in empty)
    assert not any(v for w in empty for v in [*w.sets_by_action.values(), *w.sets_by_region.values()])
    assert [w.week for w in report.weeks] == [1, 2, 3, 4, 4, 4, 4, 4, 5, 6, 6, 6, 6]
    assert "HR031" in report.codes  # the break is flagged, and now the series shows it
    assert not any(f.location.week_label in GAP for f in report)  # untrained weeks are not judged
    data = report.to_dict()
    trained = [w["trained"] for w in data["summary"]["weeks"]]
    assert trained == [True] * 4 + [False] * 4 + [True] * 2 + [False] * 3
    assert data["summary"]["groups"] and all(g["of"] == 6 for g in data["summary"]["groups"])
    text = str(report)  # a run of 4 untrained weeks or more is one row of the weekly table
    assert "\n2025-W49 to 2025-W52  " in text and "\n2026-W03 (Jan 12)  " in text


def test_weeks_without_a_workout_in_pandas_and_the_plot(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    report = hr.check(_with_a_break(tmp_path), as_of=date(2026, 2, 1))
    frame = report.weeks.to_pandas()
    assert list(frame.index) == [*TRAINED, *GAP, "2026-W01", "2026-W02", *AFTER]
    assert list(frame["trained"]) == [True] * 4 + [False] * 4 + [True] * 2 + [False] * 3
    assert list(frame.loc[GAP, "hamstring_sets"]) == [0.0] * 4
    fig = report.plot()
    lines = [line for ax in fig.axes for line in ax.get_lines()]
    (total,) = [line for line in lines if line.get_label() == "hamstring sets (credited)"]
    assert list(total.get_ydata())[4:8] == [0.0] * 4 and len(total.get_xdata()) == 13


def _entering_on(tmp_path: Path, weekday: int) -> Path:
    """A log whose first workout (curls and an RDL, one session) falls on ``weekday`` of
    2025-W45, followed by two whole weeks of two sessions."""
    first = MONDAY + timedelta(days=weekday)
    sets = [(RDL, "normal", 100.0, 8)] * 3 + [(CURL, "normal", 40.0, 12)] * 3
    workouts = [("A", first, sets)]
    for week in (1, 2):
        for day in (0, 3):
            workouts.append((f"W{week}{day}", MONDAY + timedelta(weeks=week, days=day), sets))
    return _log(tmp_path, workouts, name=f"enter_{weekday}.csv")


@pytest.mark.parametrize("weekday", [3, 4, 5, 6])
def test_a_first_week_entered_late_is_not_judged_on_frequency(tmp_path: Path, weekday: int) -> None:
    """A log that starts on a Thursday or later holds one session of its first week: not evidence
    of low frequency; the report says what was not judged, naming the day."""
    report = hr.check(_entering_on(tmp_path, weekday), as_of=date(2026, 1, 1))
    assert "2025-W45" not in _weeks_with("HR005", report)
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[weekday]
    (issue,) = [i for i in report.input_issues if "enters the log" in i]
    assert issue.startswith(f"2025-W45 enters the log on {day} 2025-11-0{3 + weekday}")
    assert "frequency" in issue


@pytest.mark.parametrize("weekday", [0, 1, 2])
def test_a_first_week_entered_by_wednesday_is_judged_whole(tmp_path: Path, weekday: int) -> None:
    report = hr.check(_entering_on(tmp_path, weekday), as_of=date(2026, 1, 1))
    assert _weeks_with("HR005", report) == ["2025-W45"]  # one session: low frequency
    assert not any("enters the log" in i for i in report.input_issues)


def test_a_first_week_entered_late_still_has_its_missing_hinge_judged(tmp_path: Path) -> None:
    """The first week is judged from its first workout on: curls and no hinge from Saturday to
    Sunday is a missing hinge (an error, the week is over), not a 'so far'."""
    sat = MONDAY + timedelta(days=5)
    file = _log(
        tmp_path,
        [
            ("A", sat, [(CURL, "normal", 40.0, 12)] * 3),
            ("B", sat + timedelta(days=3), [(RDL, "normal", 100.0, 8)]),
        ],
    )
    report = hr.check(file, as_of=date(2026, 1, 1))
    (hr001,) = [f for f in report if f.code == "HR001"]
    assert hr001.location.week_label == "2025-W45" and hr001.severity == "error"
    assert "so far" not in hr001.message


def test_high_volume_is_known_before_the_week_is_over(tmp_path: Path) -> None:
    """Sets already done cannot shrink: 24 hamstring sets by Tuesday are above the maximum even
    while the week is in progress (HR012, info)."""
    sets = [(RDL, "normal", 100.0, 8)] * 12 + [(CURL, "normal", 40.0, 12)] * 12
    file = _log(tmp_path, [("A", MONDAY, sets)])
    report = hr.check(file, as_of=date(2025, 11, 4))
    assert any("in progress" in i for i in report.input_issues)
    assert [f.message for f in report if f.code == "HR012"] == ["24 weekly hamstring sets, above about 20."]


def test_dated_sessions_built_in_python_are_judged_as_of_the_date_like_a_log() -> None:
    """A Program of dated sessions (a log built in Python) follows the same as-of rule as an
    export: later sessions are not counted (and the report says how many), and an as_of before
    the first session is refused naming its date."""

    def session(name: str, when: datetime, exercise: str) -> hr.Session:
        return hr.Session(name=name, entries=(hr.Entry(exercise, 3, 8, 8),), start=when)

    weeks = (
        hr.Week((session("A", MONDAY, RDL), session("B", MONDAY + timedelta(days=3), CURL)), "2025-W45"),
        hr.Week((session("C", MONDAY + timedelta(weeks=1), CURL),), "2025-W46"),
    )
    program = hr.Program(name="dated", weeks=weeks)
    report = hr.check(program, as_of=date(2025, 11, 4))
    assert report.kind == "log"
    assert [w.label for w in report.weeks if w.trained] == ["2025-W45"]
    assert [s.name for s in report.weeks[0].sessions] == ["A"]
    assert "2 workouts after as_of 2025-11-04 not counted" in report.input_issues
    assert "HR001" not in report.codes  # W46 (curls only) is after as_of
    assert "HR001" in hr.check(program, as_of=date(2026, 1, 1)).codes
    with pytest.raises(hr.RequestError, match="2025-11-03") as caught:
        hr.check(program, as_of=date(2025, 11, 2))
    assert caught.value.location == "as_of"


_LAST_WEEK_CHOICES = [
    RDL,
    CURL,
    NORDIC,
    "Kettlebell Swing",
    "Deadlift (Barbell)",
    "Squat (Barbell)",
    "Isometric Leg Curl",
    "Isometric Hip Extension",
    "Good Morning (Barbell)",
    "Cable Kickback",
]


@settings(max_examples=25)
@given(
    last=st.lists(st.sampled_from(_LAST_WEEK_CHOICES), min_size=1, max_size=3, unique=True),
    goal_stage=st.sampled_from(
        [("tie_in_hypertrophy", None), ("strain_prevention", None)] + [("rehab", s) for s in (1, 2, 3, 4)]
    ),
)
def test_a_missing_hinge_so_far_is_the_missing_hinge_of_the_week_over(
    tmp_path_factory: pytest.TempPathFactory, last: list[str], goal_stage: tuple[str, int | None]
) -> None:
    """HR001 'so far' in a week in progress fires exactly when HR001 fires on the same week once
    it is over: the same hinge counts (a swing or a deadlift never does), and rehab before stage 3
    (which excludes the RDL) is told to add one in neither."""
    goal, stage = goal_stage
    workouts = [(f"W{w}", MONDAY + timedelta(weeks=w), [(RDL, "normal", 100.0, 8)] * 3) for w in range(2)]
    workouts.append(("Last", MONDAY + timedelta(weeks=2), [(name, "normal", 40.0, 8) for name in last]))
    file = _log(tmp_path_factory.mktemp("so_far"), workouts)
    during = hr.check(file, goal=goal, stage=stage, as_of=date(2025, 11, 18))  # Tuesday of W47
    after = hr.check(file, goal=goal, stage=stage, as_of=date(2025, 11, 24))
    assert _weeks_with("HR001", during).count("2025-W47") == _weeks_with("HR001", after).count("2025-W47")
    assert all(
        "so far" in f.message for f in during if f.code == "HR001" and f.location.week_label == "2025-W47"
    )


def test_a_heavy_rdl_stall_is_not_hidden_by_a_light_high_rep_hinge(tmp_path: Path) -> None:
    """A heavy RDL (105 kg x 5) and a light good morning (60 kg x 10, more tonnage) at 3 sets
    each: the main hinge was the one with more tonnage, the good morning, so the RDL's stall
    went unsaid. A tie in sets goes to the heavier lift; a flat good morning is named beside it."""
    workouts = [
        (
            f"W{i}",
            MONDAY + timedelta(weeks=i),
            [(RDL, "normal", min(100.0 + 2.5 * i, 105.0), 5)] * 3 + [(GOOD_MORNING, "normal", 60.0, 10)] * 3,
        )
        for i in range(9)
    ]
    report = hr.check(_log(tmp_path, workouts), goal="tie_in_hypertrophy", as_of=date(2026, 2, 1))
    stalled = [f for f in report if f.code == "HR032"]
    # the RDL's best (105 x 5) is in week 3 (2025-W47): 4 weeks without beating it in 2025-W51
    assert [f.location.week_label for f in stalled] == ["2025-W51", "2025-W52", "2026-W01"]
    assert all(f.message.startswith(RDL) for f in stalled)
    assert "also flat: Good Morning (Barbell) 8 weeks (best 80.0 kg)" in stalled[-1].message


def test_progress_after_a_long_break_is_no_stall(tmp_path: Path) -> None:
    """An old block rising to 145 x 5, half a year off, then the RDL up 5 kg every week from
    80 x 5: HR032 compared every week with the old best ('no new best in the last 7 weeks').
    After 2+ weeks without a lift its history starts again."""
    old = [120.0 + 5 * i for i in range(6)]
    back = [80.0 + 5 * i for i in range(10)]
    workouts = _weekly(RDL, old, reps=5) + [
        (f"B{i}", MONDAY + timedelta(weeks=30 + i), [(RDL, "normal", load, 5)] * 3)
        for i, load in enumerate(back)
    ]
    report = hr.check(_log(tmp_path, workouts), goal="tie_in_hypertrophy", as_of=date(2026, 12, 1))
    assert "HR032" not in report.codes
    assert "HR031" in report.codes  # the break itself is said, once, by HR031


def test_a_best_older_than_half_a_year_is_not_the_bar(tmp_path: Path) -> None:
    """Forty weeks of the RDL without a break, its best in the first week: the stall counts at
    most the weeks of the 26-week window (it said 'the last 39 weeks')."""
    report = hr.check(
        _log(tmp_path, _weekly(RDL, [110.0] + [100.0] * 39)),
        goal="tie_in_hypertrophy",
        as_of=date(2027, 1, 1),
    )
    counts = [int(f.message.split("the last ")[1].split()[0]) for f in report if f.code == "HR032"]
    assert counts and max(counts) == 25 and counts[-1] == 25


def test_the_spellings_of_one_lift_are_one_lift(tmp_path: Path) -> None:
    """'RDL' on Monday and 'Romanian Deadlift (Barbell)' on Thursday (3 sets each, stalled) beside
    a good morning of 4 sets that progresses: each spelling had 3 sets, so the good morning was
    the main hinge and the stall went unsaid; e1RM had two series. One catalog exercise (and its
    modifiers) is one lift, named by its first spelling; a paused RDL stays its own lift."""
    workouts = []
    for i in range(8):
        load = min(100.0 + 5 * i, 110.0)
        monday = MONDAY + timedelta(weeks=i)
        workouts.append(
            (f"M{i}", monday, [("RDL", "normal", load, 5)] * 3 + [(GOOD_MORNING, "normal", 50.0 + i, 8)] * 4)
        )
        workouts.append((f"T{i}", monday + timedelta(days=3), [(RDL, "normal", load - 5, 5)] * 3))
        workouts.append((f"P{i}", monday + timedelta(days=5), [("Paused RDL", "normal", 60.0, 5)] * 2))
    report = hr.check(_log(tmp_path, workouts), goal="tie_in_hypertrophy", as_of=date(2026, 2, 1))
    stalled = [f for f in report if f.code == "HR032"]
    assert stalled and all(f.message.startswith("RDL:") for f in stalled)
    assert stalled[0].location.week_label == "2025-W51"  # best in 2025-W47 (110 x 5), 4 weeks on
    series = report.e1rm()
    assert set(series) == {"RDL", GOOD_MORNING, "Paused RDL"}
    paused = [p.sets for p in report.progress if p.exercise == "Paused RDL"]
    assert paused == [2] * 8  # its own lift, every week
    rdl_week = next(p for p in report.progress if p.exercise == "RDL")
    assert rdl_week.sets == 6 and rdl_week.top_kg == 100.0 and rdl_week.tonnage_kg == 100.0 * 15 + 95.0 * 15


def test_a_stall_waits_for_the_weeks_sunday(tmp_path: Path) -> None:
    """A week in progress holding only its light day is not a stall week: HR032 waits for
    Sunday, as frequency and the weekly minimums do."""
    workouts = []
    for i in range(6):
        monday = MONDAY + timedelta(weeks=i)
        workouts.append((f"L{i}", monday, [(RDL, "normal", 80.0, 10)] * 3))
        if i < 5:
            workouts.append(
                (f"H{i}", monday + timedelta(days=3), [(RDL, "normal", 100.0 + 2.5 * min(i, 1), 5)] * 3)
            )
    file = _log(tmp_path, workouts)
    tuesday = (MONDAY + timedelta(weeks=5, days=1)).date()
    assert "HR032" not in hr.check(file, goal="tie_in_hypertrophy", as_of=tuesday).codes
    after = hr.check(file, goal="tie_in_hypertrophy", as_of=tuesday + timedelta(days=6))
    assert _weeks_with("HR032", after) == ["2025-W50"]


def _sessions(curls: dict[int, tuple[int, int]]) -> list:  # type: ignore[type-arg]
    """Week index -> the curl sets of its two sessions (Monday, Thursday), each after an RDL set."""
    return [
        (
            f"W{i}{d}",
            MONDAY + timedelta(weeks=i, days=d),
            [(RDL, "normal", 100.0, 8)] + [(CURL, "normal", 40.0, 10)] * n,
        )
        for i, pair in curls.items()
        for d, n in zip((0, 3), pair, strict=True)
    ]


def test_one_missed_week_is_no_baseline_for_a_spike(tmp_path: Path) -> None:
    """12, 12, 12 sets, a week off, then 13: HR030 said 1.62x the mean (12, 12, 0). A single week
    without training is passed over: the mean is 12. Two weeks off after regular training and
    a return above the old level: HR031 alone, not HR030 too."""
    workouts = _sessions({0: (5, 5), 1: (5, 5), 2: (5, 5), 4: (5, 6), 5: (5, 5)})
    report = hr.check(_log(tmp_path, workouts, "one.csv"), goal="strain_prevention", as_of=date(2026, 2, 1))
    assert [w.hamstring_sets for w in report.weeks][:6] == [12, 12, 12, 0, 13, 12]
    assert "HR030" not in report.codes
    back = _sessions({0: (5, 5), 1: (5, 5), 2: (5, 5), 3: (5, 5), 6: (9, 9), 7: (5, 5)})
    report = hr.check(_log(tmp_path, back, "two.csv"), goal="strain_prevention", as_of=date(2026, 2, 1))
    assert [w.hamstring_sets for w in report.weeks][6] == 20
    assert _weeks_with("HR031", report) == ["2025-W51"] and "HR030" not in report.codes
    # a real spike is still one: 12, 12, 12, then 24
    spike = _log(tmp_path, _ramp([10, 10, 10, 22]), "spike.csv")
    assert _weeks_with("HR030", hr.check(spike, goal="strain_prevention", as_of=date(2026, 2, 1))) == [
        "2025-W48"
    ]


_SPELLINGS = (
    "RDL",
    "Romanian Deadlift (Barbell)",
    "romanian deadlift",
    "Paused RDL",
    "Foo Lift",
    "foo  LIFT",
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(("2025-W01", "2025-W02", "2025-W10")),
            st.sampled_from(_SPELLINGS),
            st.integers(1, 9),
            st.one_of(st.none(), st.floats(20, 300)),
            st.floats(0, 5000),
            st.one_of(st.none(), st.floats(20, 300)),
        ),
        max_size=25,
    )
)
def test_lifts_keep_every_set_and_best_of_their_spellings(rows: list) -> None:  # type: ignore[type-arg]
    """Progress per lift merges spellings without losing or inventing anything: per week the
    sets and tonnage sum to the spellings', the best e1RM is the best of theirs (never below the
    lift's top set: a spelling lifted for 12 reps has none of its own), one row per week and
    lift, and merging again changes nothing."""
    from hamstring_rules._trends import by_lift
    from hamstring_rules.logs import ExerciseWeek

    items = {}
    for week, name, sets, e1, tonnage, top in rows:  # one item per (week, spelling), as progress() gives
        top = e1 if e1 is not None and (top is None or top > e1) else top  # progress(): e1 >= top
        items[(week, name)] = ExerciseWeek(week, name, sets, e1, top, round(tonnage, 2))
    progress = tuple(items[k] for k in sorted(items))
    classify = hr.Catalog.builtin().classify
    merged = by_lift(progress, classify)
    assert by_lift(merged, classify) == merged
    assert len({(m.week, m.exercise) for m in merged}) == len(merged)
    for week in {p.week for p in progress}:
        before = [p for p in progress if p.week == week]
        after = [m for m in merged if m.week == week]
        assert sum(p.sets for p in before) == sum(m.sets for m in after)
        assert sum(p.tonnage_kg for p in before) == pytest.approx(sum(m.tonnage_kg for m in after), abs=0.02)
        for m in after:
            same = [p for p in before if _lift_key(p.exercise, classify) == _lift_key(m.exercise, classify)]
            bests = [p.best_e1rm_kg for p in same if p.best_e1rm_kg is not None]
            tops = [p.top_kg for p in same if p.top_kg is not None]
            if not bests:
                assert m.best_e1rm_kg is None
            else:
                assert m.best_e1rm_kg == max(*bests, *tops)
            assert m.top_kg == max(tops, default=None)
    # the three spellings of the barbell RDL are one lift, the paused RDL and the unknown name apart
    lifts = {m.exercise for m in merged}
    assert len(lifts & {"RDL", "Romanian Deadlift (Barbell)", "romanian deadlift"}) <= 1
    assert len(lifts & {"Foo Lift", "foo  LIFT"}) <= 1


def _lift_key(name: str, classify: Callable[[str], hr.Resolution]) -> tuple[str, ...]:
    """What makes two spellings one lift (as by_lift's documentation says): the catalog
    exercise and modifiers, else the name without case and spacing."""
    res = classify(name)
    if res.exercise is not None:
        return (res.exercise.id, *res.modifiers)
    return ("", " ".join(name.casefold().split()))


def test_progress_is_a_typed_frame_in_the_reports_unit(tmp_path: Path) -> None:
    """``report.progress_to_pandas()``: one row per lift and week, indexed by (week, exercise),
    in the report's unit - the same numbers as ``e1rm()`` and the JSON (there was no frame)."""
    pytest.importorskip("pandas")
    file = _log(tmp_path, _weekly(RDL, [100.0, 102.5, 105.0]))
    for unit in ("kg", "lb"):
        report = hr.check(file, as_of=date(2026, 1, 1), unit=unit)
        frame = report.progress_to_pandas()
        assert list(frame.index.names) == ["week", "exercise"] and len(frame) == len(report.progress)
        assert str(frame["monday"].dtype) == "datetime64[ns]" and str(frame["sets"].dtype) == "int64"
        series = report.e1rm()[RDL]
        assert {week: frame.loc[(week, RDL), "best_e1rm"] for week in series} == series
        assert set(frame["unit"]) == {unit}
        json_rows = json.loads(report.to_json())["summary"]["progress"]
        assert [r["tonnage"] for r in json_rows] == list(frame["tonnage"])
    assert frame.loc[("2025-W45", RDL), "monday"].date() == date(2025, 11, 3)
    assert (
        hr.check(
            {"name": "p", "sessions": [{"name": "A", "exercises": [{"exercise": RDL, "sets": 3, "reps": 8}]}]}
        )
        .progress_to_pandas()
        .empty
    )


def test_every_other_week_training_is_no_spike() -> None:
    """12 sets every other week, then 13: HR030 said 1.62x (and 3x early on) - the off weeks
    counted as zeros. The baseline is the latest trained weeks among the 6 before; a real jump
    on the same rhythm (12, then 24) is still one."""

    def log(loads: dict[int, int]) -> hr.WorkoutLog:
        workouts: list = [  # type: ignore[type-arg]
            (f"W{i}", MONDAY + timedelta(weeks=i), [(RDL, "normal", 100.0, 8)] * n) for i, n in loads.items()
        ]
        return hr.load_log(io.StringIO(write("hevy_kg", workouts)), name="x.csv")

    steady = hr.check(log({0: 12, 2: 12, 4: 12, 6: 13, 8: 12}), as_of=date(2026, 2, 1))
    assert "HR030" not in steady.codes
    jump = hr.check(log({0: 12, 2: 12, 4: 12, 6: 24}), as_of=date(2026, 2, 1))
    assert _weeks_with("HR030", jump) == ["2025-W51"]


def test_a_stalled_heavy_rdl_is_not_hidden_by_a_lighter_hinge_with_more_sets(tmp_path: Path) -> None:
    """RDL 3 x 8 at 100 kg for eight weeks (flat) beside a good morning 4 x 8 rising from 40 kg:
    the RDL is the week's heavy hinge (estimated 1RM 126.7 kg against the good morning's 50.7 to
    73.3 kg) and has not progressed for 7 weeks, so HR032 names it, whatever the good morning's
    set count."""
    workouts = [
        (
            f"W{i}",
            MONDAY + timedelta(weeks=i),
            [(RDL, "normal", 100.0, 8)] * 3 + [(GOOD_MORNING, "normal", 40.0 + 2.5 * i, 8)] * 4,
        )
        for i in range(8)
    ]
    report = hr.check(_log(tmp_path, workouts), goal="tie_in_hypertrophy", as_of=date(2026, 2, 1))
    stalled = [f for f in report if f.code == "HR032"]
    assert stalled and all(RDL in f.message and "126.7 kg" in f.message for f in stalled)
    assert [f.location.week_label for f in stalled][-1] == "2025-W52"  # the log's last week
