"""check(): for each code, a program that triggers it and a near-identical one that does not."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


def ex(name: str, sets: int = 3, reps: Any = "8-10", **extra: Any) -> dict[str, Any]:
    return {"exercise": name, "sets": sets, "reps": reps, **extra}


def prog(*sessions: dict[str, Any], goal: str | None = "tie_in_hypertrophy", **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"name": "test", "sessions": list(sessions), **extra}
    if goal:
        data["goal"] = goal
    return data


def sess(name: str, day: str, *entries: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "day": day, "exercises": list(entries)}


# A program written from the article's own advice: no warning or error for the tie-in goal.
GOOD = prog(
    sess(
        "Lower A",
        "mon",
        ex("Romanian Deadlift"),
        ex("Squat (Barbell)", 3, "6-8"),
        ex("45 degree back extension", 3, "15-20"),
        ex("Seated Leg Curl", 2, "10-12"),
    ),
    sess(
        "Lower B",
        "thu",
        ex("Good Morning", tempo="3-1-1-0"),
        ex("Hip Dominant Bulgarian Split Squat"),
        ex("Reverse Hyperextension", 3, "15-20"),
    ),
)


def codes(data: dict[str, Any], **kwargs: Any) -> set[str]:
    return set(hr.check(data, **kwargs).codes)


def bad_codes(data: dict[str, Any], **kwargs: Any) -> set[str]:
    return {f.code for f in hr.check(data, **kwargs) if f.severity in ("error", "warning")}


def test_articles_program_is_clean_for_tie_in() -> None:
    """Hinge first, heavy plus light pairing, twice a week 72 h apart: no warning or error."""
    report = hr.check(GOOD)
    assert report.ok
    assert [f for f in report if f.severity != "info"] == []


def test_example_file_is_clean() -> None:
    """The shipped example of the article's program has no findings at all."""
    assert hr.check(EXAMPLES / "article_program.yaml").findings == ()


def variant(changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    changes(data)
    return data


def _set(path: list[Any], value: Any) -> Any:
    def apply(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return apply


CASES = [
    # code, a change that triggers it, extra check() kwargs
    (
        "HR001",
        lambda d: d.update(
            sessions=[
                sess("Legs", "mon", ex("Squat (Barbell)"), ex("Lying Leg Curl")),
                sess("Legs 2", "thu", ex("Deadlift (Barbell)"), ex("Seated Leg Curl")),
            ]
        ),
        {},
    ),
    (
        "HR002",
        lambda d: d["sessions"][0]["exercises"].extend([ex("Lying Leg Curl", 6), ex("Nordic Curl", 6)]),
        {},
    ),
    (
        "HR003",
        _set(
            ["sessions", 0, "exercises"],
            [ex("Squat (Barbell)"), ex("Romanian Deadlift"), ex("45 degree back extension", 3, "15-20")],
        ),
        {},
    ),
    (
        "HR004",
        lambda d: [
            s["exercises"].__setitem__(
                slice(None), [e for e in s["exercises"] if "xtension" not in e["exercise"]]
            )
            for s in d["sessions"]
        ],
        {},
    ),
    ("HR005", lambda d: d["sessions"][1].update(exercises=[ex("Bench Press (Barbell)")]), {}),
    ("HR006", _set(["sessions", 1, "day"], "tue"), {}),
    # stage 3: at the stage assumed without one (1) the RDL is HR010's, which HR007 yields to
    ("HR007", lambda d: d.update(goal="rehab", stage=3), {}),
    (
        "HR008",
        lambda d: d["sessions"][0]["exercises"].extend(
            [ex("Leg Press", 10), ex("Lunge", 10), ex("Step Up", 8)]
        ),
        {},
    ),
    ("HR009", lambda d: d["sessions"][0]["exercises"].append(ex("Romanin Dedlfit")), {}),
    ("HR010", lambda d: d["sessions"][0]["exercises"].append(ex("Kettlebell Swing")), {"goal": "rehab"}),
    ("HR011", lambda d: d["sessions"][1]["exercises"].pop(1), {}),
    (
        "HR012",
        lambda d: d.update(sessions=[sess("A", "mon", ex("RDL", 2), ex("Back Extension", 2, "15-20"))]),
        {},
    ),
    ("HR013", lambda d: None, {"goal": "strain_prevention"}),
    ("HR014", lambda d: d["sessions"][0]["exercises"].insert(1, ex("Stiff-Legged Deadlifts")), {}),
    ("HR015", _set(["sessions", 1, "exercises", 0, "tempo"], "8-2-3-1"), {}),
]


@pytest.mark.parametrize(("code", "change", "kwargs"), CASES, ids=[c[0] for c in CASES])
def test_code_fires_on_trigger_and_not_on_neighbour(code: str, change: Any, kwargs: dict[str, Any]) -> None:
    """The triggering variant has the code; the near-identical clean program does not."""
    assert code not in codes(GOOD, **{k: v for k, v in kwargs.items() if k != "goal"})
    assert code in codes(variant(change), **kwargs)


def test_hr007_is_quiet_with_slow_tempos() -> None:
    """Rehab hinges with a 4 s eccentric do not trigger HR007 (at stage 3, where the stage allows
    them: at stage 1 they are HR010's, and HR007 yields to it)."""
    slow = prog(
        sess("A", "mon", ex("RDL", tempo="4-1-2-0"), ex("Back Extension", tempo="3-0-3-0")),
        goal="rehab",
        stage=3,
    )
    assert "HR007" not in codes(slow)
    fast = prog(
        sess("A", "mon", ex("RDL", tempo="2-0-1-0"), ex("Back Extension", tempo="3-0-3-0")),
        goal="rehab",
        stage=3,
    )
    (finding,) = [f for f in hr.check(fast) if f.code == "HR007"]
    assert finding.location.exercise == "RDL" and "tempo 2-0-1-0" in finding.message


def test_hr010_depends_on_stage() -> None:
    """An RDL is fine at stage 3 and contraindicated at stage 1 (hip flexion early)."""
    data = prog(sess("A", "mon", ex("RDL", tempo="4-1-2-0")), goal="rehab", stage=3)
    assert "HR010" not in codes(data)
    report = hr.check(data, stage=1)
    (finding,) = [f for f in report if f.code == "HR010"]
    assert finding.severity == "error" and "stage 1" in finding.message
    assert not report.ok


def test_hr003_is_info_for_other_goals() -> None:
    """Order matters more for strength than size: info outside the tie-in goal."""
    late = variant(_set(["sessions", 0, "exercises"], [ex("Squat (Barbell)"), ex("Romanian Deadlift")]))
    severities = {f.severity for f in hr.check(late, goal="posterior_chain") if f.code == "HR003"}
    assert severities == {"info"}
    assert {f.severity for f in hr.check(late) if f.code == "HR003"} == {"warning"}


def test_hr012_high_volume_is_info() -> None:
    """More than about 20 weekly hamstring sets is an info finding with the same code."""
    big = prog(
        sess("A", "mon", ex("RDL", 8), ex("Back Extension", 8, "15-20"), ex("Lying Leg Curl", 8)),
        sess("B", "thu", ex("RDL", 4)),
    )
    (finding,) = [f for f in hr.check(big) if f.code == "HR012"]
    assert finding.severity == "info" and finding.rule == "HR012-high"


def test_half_credit_for_deadlifts() -> None:
    """A conventional deadlift counts half a hamstring set; a squat counts nothing."""
    data = prog(sess("A", "mon", ex("Deadlift (Barbell)", 4), ex("Squat (Barbell)", 4), ex("RDL", 3)))
    week = hr.check(data).weeks[0]
    assert week.hamstring_sets == 5.0


def test_thresholds_are_configurable() -> None:
    """params= changes a rule's threshold: with 24 h, Monday and Tuesday are fine."""
    data = variant(_set(["sessions", 1, "day"], "tue"))
    assert "HR006" in codes(data)
    assert "HR006" not in codes(data, params={"HR006": {"min_rest_hours": 24}})
    with pytest.raises(hr.RuleError, match="no parameter"):
        hr.check(data, params={"HR006": {"min_rest": 48}})


def test_gap_wraps_around_the_week() -> None:
    """Saturday and Monday are 48 h apart across the weekend."""
    data = variant(lambda d: (d["sessions"][0].update(day="mon"), d["sessions"][1].update(day="sat")))
    report = hr.check(data)
    assert report.weeks[0].min_gap_hours == 48
    assert "HR006" in report.codes


def test_out_of_scope_work_is_counted_not_unknown() -> None:
    """Bench press and rows are counted as out-of-scope sets, not HR009."""
    data = variant(
        lambda d: d["sessions"][0]["exercises"].extend([ex("Bench Press (Barbell)"), ex("Seated Cable Row")])
    )
    report = hr.check(data)
    assert "HR009" not in report.codes
    assert report.weeks[0].sets_by_action["out_of_scope"] == 6
    assert "Bench Press (Barbell)" in report.out_of_scope


def test_unknown_name_reported_once_with_count_and_rest_checked() -> None:
    """The same unknown name twice gives one HR009 with its count; the rest is still checked."""
    data = variant(lambda d: [s["exercises"].append(ex("Zercher Thing")) for s in d["sessions"]])
    report = hr.check(data)
    unknown = [f for f in report if f.code == "HR009"]
    assert len(unknown) == 1 and "(2 times)" in unknown[0].message
    assert report.weeks[0].sets_by_action["straight_knee_hip_extension"] > 0


def test_select_and_ignore() -> None:
    """select keeps only matching codes; ignore drops them; prefixes work."""
    data = hr.load_program(EXAMPLES / "typical_leg_day.yaml")
    assert set(hr.check(data, select=["HR001"]).codes) == {"HR001"}
    assert "HR001" not in hr.check(data, ignore="HR001,HR002").codes
    assert set(hr.check(data, select="HR00").codes) <= {f"HR00{i}" for i in range(10)}
    with pytest.raises(hr.UnknownCodeError):
        hr.check(data, select=["E501"])


@pytest.mark.parametrize("arg", ["select", "ignore", "params"])
def test_unknown_codes_raise_the_same_error_everywhere(arg: str) -> None:
    """select, ignore and params reject an unknown code alike, with did-you-mean."""
    value: Any = {"HR999": {"min_sets": 1}} if arg == "params" else ["HR999"]
    with pytest.raises(hr.UnknownCodeError) as info:
        hr.check(EXAMPLES / "typical_leg_day.yaml", **{arg: value})
    assert "HR999" in str(info.value) and "did you mean" in str(info.value)
    assert "\n" not in str(info.value)


def test_select_ignore_and_params_take_check_symbols() -> None:
    """A check's symbol names it as its code does (the resolver explain uses)."""
    path = EXAMPLES / "typical_leg_day.yaml"
    assert set(hr.check(path, select=["missing-hip-hinge"]).codes) == {"HR001"}
    assert "HR001" not in hr.check(path, ignore="missing-hip-hinge").codes
    assert "HR001" in hr.check(path).codes
    by_code = hr.check(path, params={"HR012": {"min_sets": 2}}).codes
    assert by_code == hr.check(path, params={"hamstring-volume": {"min_sets": 2}}).codes
    assert hr.RuleSet.builtin().resolve("short-recovery")[0] == ("HR006",)


def test_multi_week_programs_are_checked_per_week() -> None:
    """weeks: each week gets its own findings and summary, with the week in the location."""
    data = {
        "name": "block",
        "goal": "tie_in_hypertrophy",
        "weeks": [{"sessions": GOOD["sessions"]}, {"sessions": [sess("Legs", "mon", ex("Squat (Barbell)"))]}],
    }
    report = hr.check(data)
    assert len(report.weeks) == 2
    (hr001,) = [f for f in report if f.code == "HR001"]
    assert hr001.location.week == 2


def test_findings_are_sorted_and_carry_everything() -> None:
    """Each finding has code, symbol, severity, message, location and suggestion."""
    report = hr.check(EXAMPLES / "typical_leg_day.yaml")
    assert list(report.findings) == sorted(report.findings, key=hr.Finding.sort_key)
    for f in report:
        assert (
            f.code and f.symbol and f.severity in ("error", "warning", "info") and f.message and f.suggestion
        )
    record = report.to_records()[0]
    assert {"code", "symbol", "severity", "message", "location", "suggestion"} <= set(record)
    json.dumps(report.to_dict())


def test_report_renders() -> None:
    """str, HTML and Markdown show the findings and the summary."""
    report = hr.check(EXAMPLES / "typical_leg_day.yaml")
    assert "HR001 [error]" in str(report)
    assert "<table>" in report._repr_html_() and "HR001" in report._repr_html_()
    assert "| HR001 | error |" in report._repr_markdown_()


def test_every_check_rule_has_docs() -> None:
    """Every check code has what/why/example/instead docs for explain."""
    rules = hr.RuleSet.builtin()
    for rule in rules:
        if rule.effect.kind == "finding" and not rule.effect.code:
            assert {"what", "why", "example", "instead"} <= set(rule.doc), rule.id


def test_program_stage_is_ignored_for_unstaged_goals() -> None:
    """A rehab program's stage does not break a check for another goal; an explicit one does."""
    data = prog(sess("A", "mon", ex("RDL", tempo="4-1-2-0")), goal="rehab", stage=2)
    assert hr.check(data).stage == 2
    assert hr.check(data, goal="tie-in").stage is None
    with pytest.raises(hr.RequestError, match="no stages"):
        hr.check(data, goal="tie-in", stage=2)


def test_hr016_notes_sessions_without_days() -> None:
    """Two heavy sessions without days: recovery cannot be checked, and the report says so."""
    undated = prog({"name": "A", "exercises": [ex("RDL")]}, {"name": "B", "exercises": [ex("Good Morning")]})
    assert "HR016" in codes(undated)
    assert "HR016" not in codes(GOOD)


def test_report_carries_the_goals_notes() -> None:
    """A rehab check without a stage says stage 1 was assumed, as recommend() does, in the
    title, the JSON and the notes."""
    report = hr.check(prog(sess("A", "mon", ex("RDL", tempo="4-1-2-0")), goal="rehab"))
    assert any("assumed stage 1" in n for n in report.notes)
    assert "Notes:" in str(report)
    assert "stage 1 (assumed)" in str(report).splitlines()[0]
    assert report.to_dict()["stage_assumed"] is True and report.stage == 1


# -- check() as orchestration: pure week functions, one definition of a log --------------------


def test_gaps_are_a_pure_function_that_returns_what_it_carries() -> None:
    """A log's week starts from the previous week's last heavy session, passed in and returned -
    never kept as state; a program's week wraps around to its own first session."""
    from hamstring_rules._week import gaps

    week1 = [(0.0, "Mon"), (72.0, "Thu")]
    week2 = [(170.0, "next Mon")]
    found, carried = gaps(week1, None, timeline=True)
    assert (found.shortest, found.between, carried) == (72.0, "Mon and Thu", (72.0, "Thu"))
    again = gaps(week2, carried, timeline=True)
    assert again == gaps(week2, carried, timeline=True)  # same inputs, same answer
    # Thursday 00:00 to Monday 02:00: a log's days are apart by whole calendar days
    assert (again[0].shortest, again[0].between) == (96.0, "Thu and next Mon")
    program, nothing = gaps(week1, None, timeline=False)
    assert nothing is None and program.all == (72.0, 96.0)
    assert program.between == "Mon and Thu"
    assert gaps([(None, "Mon")], (1.0, "x"), timeline=True)[0].shortest is None


def test_a_program_with_some_dated_sessions_is_a_program() -> None:
    """One definition of a log: every session has a start time."""
    from datetime import datetime

    from hamstring_rules._week import is_log

    entry = hr.Entry("Romanian deadlift", 3, 8, 10)
    dated = hr.Session("A", (entry,), start=datetime(2026, 1, 5, 18))
    undated = hr.Session("B", (entry,), day=3)
    mixed = hr.Program("mixed", (hr.Week((dated, undated)),))
    log = hr.Program("log", (hr.Week((dated,)),))
    assert not is_log(mixed) and is_log(log)
    assert hr.check(mixed).kind == "program"
    assert hr.check(log).kind == "log"


def test_week_facts_are_declared_with_their_computation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every declared week/session fact is computed for every week, with a value of its type."""
    from hamstring_rules._engine import Kind
    from hamstring_rules._facts import VOCABULARIES
    from hamstring_rules._week import SESSION, WEEK

    assert dict(VOCABULARIES["week"].subject) == WEEK.types()
    assert dict(VOCABULARIES["session"].subject) == SESSION.types()
    types = {Kind.NUMBER: (int, float, type(None)), Kind.BOOL: (bool,), Kind.STR: (str,)}
    from hamstring_rules import _check

    seen: list[dict[str, object]] = []
    original = _check._run

    def spy(rules: Any, scope: str, goal: str, subjects: Any, request: Any, *rest: Any) -> Any:
        if scope == "week":
            seen.extend(dict(s.facts) for s in subjects)
        return original(rules, scope, goal, subjects, request, *rest)

    monkeypatch.setattr(_check, "_run", spy)
    hr.check(EXAMPLES / "typical_leg_day.yaml")
    assert seen
    for name, ftype in WEEK.types().items():
        assert isinstance(seen[0][name], types[ftype.kind]), name


@pytest.mark.parametrize("name", ["hevy_export.csv", "typical_leg_day.yaml", "article_program.yaml"])
def test_one_meaning_of_ok(name: str) -> None:
    """Report.ok, JSON summary.ok and the CLI's exit code agree, by default and per --fail-on."""
    import io

    from hamstring_rules.cli import main

    path = EXAMPLES / name
    for fail_on in (None, "error", "warning", "info"):
        report = hr.check(path) if fail_on is None else hr.check(path, fail_on=fail_on)
        out = io.StringIO()
        args = ["check", str(path), "--format", "json"] + ([] if fail_on is None else ["--fail-on", fail_on])
        code = main(args, stdout=out, stderr=io.StringIO())
        summary = json.loads(out.getvalue())["summary"]
        assert summary["ok"] is report.ok and summary["fail_on"] == report.fail_on, (name, fail_on)
        assert code == (0 if report.ok else 1), (name, fail_on)
        worst = min((hr.findings.SEVERITY_ORDER[f.severity] for f in report), default=3)
        assert report.ok is (worst > hr.findings.SEVERITY_ORDER[fail_on or "warning"])


def test_ok_is_false_on_warnings_by_default() -> None:
    """The audit's case: the Hevy export has warnings and no error - not ok, as the CLI says."""
    report = hr.check(EXAMPLES / "hevy_export.csv")
    assert report.counts()["error"] == 0 and report.counts()["warning"] > 0
    assert report.ok is False and report.passes("error") is True
    assert hr.check(EXAMPLES / "hevy_export.csv", fail_on="error").ok is True
    with pytest.raises(hr.RequestError, match="fail_on"):
        hr.check(EXAMPLES / "hevy_export.csv", fail_on="fatal")


def test_the_sets_dose_check_names_every_entry_over_the_dose() -> None:
    """HR035 names every entry over the stage's prescribed sets, the largest excess first (it
    named only the first, so one round of fixes left the next one hidden)."""

    def entry(name: str, sets: int) -> dict[str, object]:
        return {"exercise": name, "sets": sets, "reps": 8, "tempo": "3-0-3-0"}

    sessions = [
        {"name": "A", "day": "mon", "exercises": [entry("RDL", 5)]},
        {"name": "B", "day": "wed", "exercises": [entry("stiff-leg deadlift", 6)]},
        {"name": "C", "day": "fri", "exercises": [entry("good morning", 3)]},
    ]
    report = hr.check({"name": "r", "goal": "rehab", "stage": 3, "sessions": sessions})
    (found,) = [f for f in report.findings if f.code == "HR035"]
    # 3-4 sets (heavy slow resistance: 4 after its first week): 4 is the bound
    named = "stiff-leg deadlift has 6 hard sets in B (wed), RDL 5 in A (mon); stage 3 prescribes 4"
    assert named in found.message
    assert "good morning" not in found.message


def test_a_stretch_only_week_is_told_its_stages_loading() -> None:
    """HR020 applies at every rehab stage, so its suggestion names every stage's loading, not
    only stage 1-2 work (a stage-4 patient was told to add holds)."""
    program = {
        "name": "r",
        "goal": "rehab",
        "stage": 4,
        "sessions": [{"name": "A", "exercises": [{"exercise": "hamstring stretch", "sets": 3, "reps": 1}]}],
    }
    (found,) = [f for f in hr.check(program).findings if f.code == "HR020"]
    assert "stages 3-4" in (found.suggestion or "")


def test_a_report_says_when_its_goal_was_not_chosen() -> None:
    """The goal decides which checks run (a rehab log checked without ``goal="rehab"`` gets no
    rehab checks): a report checked against the default goal says so, in every output."""
    rdl = {"exercise": "RDL", "sets": 3, "reps": 8}
    week = {"name": "p", "sessions": [{"name": "A", "day": "mon", "exercises": [rdl]}]}
    default = hr.check(week)
    chosen = hr.check(week, goal="tie_in_hypertrophy")
    own = hr.check({**week, "goal": "rehab"})
    assert (default.goal_assumed, chosen.goal_assumed, own.goal_assumed) == (True, False, False)
    assert default.to_dict()["goal_assumed"] is True and chosen.to_dict()["goal_assumed"] is False
    for text in (str(default), default.to_markdown(), default._repr_html_()):
        assert "the default: no goal given" in text
    for text in (str(chosen), chosen.to_markdown(), own._repr_html_()):
        assert "the default" not in text


def test_check_config_holds_a_plain_int_from_an_int_subclass() -> None:
    """CheckConfig kept an int subclass as given: its own ``__eq__``/``__hash__``/``__str__``
    then ran wherever the config was compared, hashed or shown. It holds the plain int."""

    class Loud(int):
        def __eq__(self, other: object) -> bool:
            raise RuntimeError("eq")

        __hash__ = int.__hash__

        def __repr__(self) -> str:
            return "LOUD"

    config = hr.CheckConfig(heavy_max_reps=Loud(8))
    assert type(config.heavy_max_reps) is int
    assert config == hr.CheckConfig(heavy_max_reps=8) and "LOUD" not in repr(config)


def test_every_short_tendon_gap_is_named_not_only_the_first() -> None:
    """Curls Monday, Tuesday, Wednesday and Friday: HR017 names Monday-Tuesday and Tuesday-Wednesday
    (both 24 h); it named only the first. Wednesday-Friday (48 h) is not short."""
    curl = ex("Lying leg curl", 3, "8-10", tempo="3-0-3-0", rir=2)
    days = (("A", "mon"), ("B", "tue"), ("C", "wed"), ("D", "fri"))
    report = hr.check(prog(*[sess(n, d, curl) for n, d in days], goal="rehab", stage=3))
    (finding,) = [f for f in report if f.code == "HR017"]
    assert "A (mon) and B (tue), 24 h apart; B (tue) and C (wed), 24 h apart" in finding.message
    assert (
        "C (wed) and D (fri)" not in finding.message and "; the target is at least 48 h." in finding.message
    )


@given(st.lists(st.integers(0, 167), min_size=1, max_size=7), st.booleans())
def test_the_short_gaps_named_are_those_under_48_h_and_the_shortest(hours: list[int], timeline: bool) -> None:
    """Property: every gap judged under 48 h, and every gap judged as short as the shortest, is
    named, each with its hours by the clock, in the week's order; no other gap is."""
    from hamstring_rules._week import gaps

    found, _ = gaps([(float(h), f"S{i}") for i, h in enumerate(hours)], None, timeline)
    if found.shortest is None:
        assert found.short == ""
        return
    assert len(found.judged) == len(found.all) and found.shortest == min(found.judged)
    expected = [g for g, h in zip(found.all, found.judged, strict=True) if h < 48 or h == found.shortest]
    named = re.findall(r", ([0-9.]+) h apart", found.short)
    assert [float(g) for g in named] == expected


def test_failure_by_rpe_is_named_as_rpe_and_gaps_read_without_doubled_brackets() -> None:
    """A program that wrote ``rpe: 10`` was told it went to failure '(RIR 0)'; HR017 read
    '(24 h) (target at least 48 h apart)'. The message names both measures, and the target is
    its own clause."""
    curl = ex("Lying leg curl", 3, "8-10", tempo="3-0-3-0", rpe=10)
    report = hr.check(prog(sess("A", "mon", curl), sess("B", "tue", curl), goal="rehab", stage=3))
    (failure,) = {f.message for f in report if f.code == "HR018"}
    assert "(RIR 0 or RPE 10)" in failure
    (gaps,) = [f.message for f in report if f.code == "HR017"]
    assert "A (mon) and B (tue), 24 h apart; the target is at least 48 h." in gaps and ") (" not in gaps


def test_hints_name_the_command_as_well_as_the_python_call() -> None:
    """HR010 said 'Replace it with an exercise recommend(goal='rehab', stage=3) ranks.' - a Python
    call in the CLI's output, where the README says hints are commands. It names both."""
    report = hr.check(prog(sess("A", "mon", ex("Kettlebell swing", 3, 10)), goal="rehab", stage=3))
    (hr010,) = {f.suggestion for f in report if f.code == "HR010"}
    assert (
        "hamstring-rules recommend --goal rehab --stage 3" in hr010
        and "recommend(goal='rehab', stage=3)" in hr010
    )
    notes = [n.suggestion for n in hr.plan("rehab", stage=2).notes if n.code == "PL005"]
    assert notes and all("--pain" in n and "recommend(" not in n for n in notes)


def test_a_rehab_week_of_numbered_days_says_the_tendon_spacing_is_unknown() -> None:
    """A rehab program with 'Day 1, Day 2, Day 3' got no word on spacing: HR017 needs weekdays and
    HR016 skipped rehab. HR016 says it of the sessions that load the tendon; weekdays 48 h apart
    say nothing, and a day too close is HR017's."""
    curl = ex("Lying leg curl", 3, 15, tempo="3-0-3-0", rir=2)
    numbered = hr.check(prog(*[sess(f"Day {i}", str(i), curl) for i in (1, 2, 3)], goal="rehab", stage=2))
    (hr016,) = [f for f in numbered if f.code == "HR016"]
    assert "3 sessions that load the tendon" in hr016.message and "HR017" in hr016.suggestion
    spaced = hr.check(prog(*[sess(d, d, curl) for d in ("mon", "wed", "fri")], goal="rehab", stage=2))
    assert "HR016" not in spaced.codes and "HR017" not in spaced.codes
    close = hr.check(prog(*[sess(d, d, curl) for d in ("mon", "tue", "fri")], goal="rehab", stage=2))
    assert "HR017" in close.codes and "HR016" not in close.codes


def test_a_programs_stage_under_a_goal_without_stages_is_said_not_dropped() -> None:
    """`stage: 3` in a tie-in program was ignored without a word (check(stage=3) for the goal
    is a RequestError); checking a rehab program for another goal says so too."""
    entry = {"exercise": "RDL", "sets": 3, "reps": 8}
    data = {
        "name": "x",
        "goal": "tie_in_hypertrophy",
        "stage": 3,
        "sessions": [{"name": "A", "exercises": [entry]}],
    }
    report = hr.check(data)
    assert "the program's stage 3 is not read: goal tie_in_hypertrophy has no stages" in report.input_issues
    rehab = hr.check({**data, "goal": "rehab"})
    assert rehab.stage == 3 and not [i for i in rehab.input_issues if "stage" in i]
    assert any(
        "stage 3 is not read" in i
        for i in hr.check({**data, "goal": "rehab"}, goal="posterior_chain").input_issues
    )
