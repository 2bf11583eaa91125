"""How a workout log's report is shown: every format carries what the text output carries,
recurring findings are grouped, and the CLI reads logs from standard input and from several files.

The logs here are small real-shaped exports (``tests/data/hevy_*.csv``).
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any

import attrs
import pytest

import hamstring_rules as hr
from hamstring_rules.cli import main

from ..logwriters import STRONG_V1

DATA = Path(__file__).parent.parent / "data"
EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
IN_PROGRESS = DATA / "hevy_in_progress.csv"  # 2025-W45 to W47, W47 not over on 2025-11-19
RAMP = DATA / "hevy_ramp_kg.csv"  # 2025-W36 to W46, a volume spike in W40, a break W42-W44
REHAB = DATA / "hevy_rehab_lb.csv"  # 9 sessions of barbell RDLs in 3 weeks (lb)


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_markdown_carries_the_as_of_date_notes_and_input_issues() -> None:
    """Markdown shows what the text output shows: the as-of date, the stage notes and the input
    notices (a week still in progress), not only the two tables."""
    report = hr.check(IN_PROGRESS, as_of=date(2025, 11, 19))
    notice = "2025-W47 in progress as of 2025-11-19"
    assert any(notice in issue for issue in report.input_issues)
    markdown = report.to_markdown()
    assert "as of 2025-11-19" in markdown.splitlines()[0]
    assert notice in markdown
    assert "**Input**" in markdown and "**Notes**" in markdown
    for note in report.notes:
        assert note.split(":")[0] in markdown
    code, out, _ = cli("check", str(IN_PROGRESS), "--as-of", "2025-11-19", "--format", "markdown")
    assert code == 1 and notice in out and "as of 2025-11-19" in out


def test_markdown_escapes_what_it_adds() -> None:
    """An input issue or name read from a file is inert Markdown: no raw HTML, no table break."""
    report = hr.check(IN_PROGRESS, as_of=date(2025, 11, 19))
    hostile = attrs.evolve(
        report, input_issues=("line 3: <script>x</script> | *bold*",), read_as=("# [a](http://x)",)
    )
    markdown = hostile.to_markdown()
    assert re.search(r"(?<!\\)<script>", markdown) is None and "\\<script>" in markdown
    assert "\\| \\*bold\\*" in markdown
    assert "- \\# \\[a\\](http://x)" in markdown


# The parts of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json) that the run's new members must
# meet: a property bag is an object (its optional "tags" unique strings); an invocation needs
# executionSuccessful; a notification needs a message with text and a level of the enum.
_MESSAGE = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}
_SARIF_RUN_PARTS = {
    "type": "object",
    "required": ["tool", "results"],
    "properties": {
        "properties": {
            "type": "object",
            "properties": {"tags": {"type": "array", "uniqueItems": True, "items": {"type": "string"}}},
        },
        "invocations": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["executionSuccessful"],
                "properties": {
                    "executionSuccessful": {"type": "boolean"},
                    "toolExecutionNotifications": {
                        "type": "array",
                        "uniqueItems": True,
                        "items": {
                            "type": "object",
                            "required": ["message"],
                            "properties": {
                                "message": _MESSAGE,
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "locations": {"type": "array", "items": {"type": "object"}},
                            },
                        },
                    },
                },
            },
        },
    },
}


def test_sarif_run_carries_the_report_facts() -> None:
    """The run's property bag has each report's as-of date, goal, stage, unit, kind and input
    issues (not only inside a message); the input issues are also the invocation's notifications."""
    jsonschema = pytest.importorskip("jsonschema")
    code, out, _ = cli(
        "check", str(IN_PROGRESS), str(IN_PROGRESS), "--as-of", "2025-11-19", "--format", "sarif"
    )
    assert code == 1
    run = json.loads(out)["runs"][0]
    jsonschema.Draft7Validator(_SARIF_RUN_PARTS).validate(run)
    first, second = run["properties"]["reports"]
    assert first == second  # one entry per file given, in order
    assert first["as_of"] == "2025-11-19" and first["kind"] == "log" and first["unit"] == "kg"
    assert first["goal"] == "posterior_chain" and first["stage"] is None
    assert first["source"] == IN_PROGRESS.as_posix()
    assert any("2025-W47 in progress" in issue for issue in first["input_issues"])
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is True
    (notice,) = invocation["toolExecutionNotifications"]  # the same file twice: listed once
    assert notice["level"] == "note" and "2025-W47 in progress" in notice["message"]["text"]
    program = json.loads(
        cli("check", str(DATA.parent.parent / "examples" / "typical_leg_day.yaml"), "--format", "sarif")[1]
    )
    (facts,) = program["runs"][0]["properties"]["reports"]
    assert facts["kind"] == "program" and facts["as_of"] is None


HR010_WHERE = (
    "in 9 of 9 sessions over 3 weeks: 2025-W36 2025-W37 2025-W38; "
    "latest 2025-W38 > Rehab (2025-09-19 07:30) > #1 Romanian Deadlift (Barbell)"
)
#: What the text, Markdown and HTML outputs show: each ISO week with its Monday's date (the first
#: and last of a run of weeks).
HR010_SHOWN = (
    "in 9 of 9 sessions over 3 weeks: 2025-W36 (Sep 1) 2025-W37 2025-W38 (Sep 15); "
    "latest 2025-W38 (Sep 15) > Rehab (2025-09-19 07:30) > #1 Romanian Deadlift (Barbell)"
)


def test_a_finding_recurring_in_every_session_is_one_line_in_every_output() -> None:
    """Barbell RDLs in 9 rehab sessions: HR010 once per session in the findings (JSON lists all
    nine), one grouped line in text, Markdown, HTML and SARIF, as week-level codes are."""
    report = hr.check(REHAB, goal="rehab", as_of=date(2025, 9, 25))
    hr010 = [f for f in report if f.code == "HR010"]
    assert len(hr010) == 9 and len({f.location.date for f in hr010}) == 9
    (group,) = [g for g in report.groups() if g.code == "HR010"]
    assert group.level == "session" and group.where == HR010_WHERE
    assert group.sessions == tuple(str(f.location) for f in hr010) and not group.varies
    assert group.exercise == "Romanian Deadlift (Barbell)" and group.count == 9
    code, text, _ = cli("check", str(REHAB), "--goal", "rehab", "--as-of", "2025-09-25")
    assert code == 1 and text.count("HR010") == 1
    assert f"HR010 [error] {HR010_SHOWN}: Romanian Deadlift (Barbell) is contraindicated" in text
    assert "9 errors," in text  # the counts are still of findings
    assert report.to_markdown().count("HR010") == 1 and HR010_SHOWN in report.to_markdown()
    assert (
        report._repr_html_().count("is contraindicated") == 1 and escape(HR010_SHOWN) in report._repr_html_()
    )
    data = json.loads(report.to_json())
    assert len([f for f in data["findings"] if f["code"] == "HR010"]) == 9
    (json_group,) = [g for g in data["summary"]["groups"] if g["code"] == "HR010"]
    assert json_group["count"] == 9 and json_group["sessions"] == [str(f.location) for f in hr010]
    assert json_group["weeks"] == ["2025-W36", "2025-W37", "2025-W38"] and json_group["level"] == "session"
    sarif = json.loads(
        cli("check", str(REHAB), "--goal", "rehab", "--as-of", "2025-09-25", "--format", "sarif")[1]
    )
    (result,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "HR010"]
    assert result["message"]["text"].startswith(HR010_WHERE)
    assert len(result["properties"]["sessions"]) == 9


def test_the_json_groups_validate_against_the_check_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    # Stage 1: the RDLs are grouped by session (HR010); stage 3: the missing one-leg work by week
    # (HR011, which stays out of stages 1-2).
    levels = set()
    for stage in (1, 3):
        data = json.loads(hr.check(REHAB, goal="rehab", stage=stage, as_of=date(2025, 9, 25)).to_json())
        levels |= {g["level"] for g in data["summary"]["groups"]}
        jsonschema.Draft202012Validator(hr.json_schema("check")).validate(data)
    assert levels == {"week", "session"}


def test_a_program_keeps_one_line_per_session() -> None:
    """Programs are not grouped by session: an RDL in both sessions of a rehab program is two
    HR010 lines, as before."""
    program = {
        "name": "two days",
        "goal": "rehab",
        "sessions": [
            {
                "name": f"Day {d}",
                "day": d,
                "exercises": [{"exercise": "Romanian deadlift", "sets": 3, "reps": 8}],
            }
            for d in ("mon", "thu")
        ],
    }
    report = hr.check(program, stage=1)
    assert len([f for f in report if f.code == "HR010"]) == 2
    assert not [g for g in report.groups() if g.code == "HR010"]
    assert str(report).count("HR010") == 2


def _finding(code: str, week: str, message: str, **where: str) -> hr.Finding:
    location = hr.Location(week=int(week[-2:]), week_label=week, **where)  # type: ignore[arg-type]
    return hr.Finding(code, "x", "info", message, location, rule=code)


def test_a_week_level_code_on_two_exercises_a_week_groups_per_template() -> None:
    """In a log, a week-level code that fires for two exercises each week (a rule pack's stall
    per exercise) is two groups, one per message template, not eight lines; in a program it
    stays ungrouped."""
    base = hr.check(REHAB, goal="rehab", as_of=date(2025, 9, 25))
    weeks = ("2025-W36", "2025-W37", "2025-W38")
    findings = tuple(
        _finding("HR099", week, f"{name}: no new best in {n + 3} weeks.")
        for n, week in enumerate(weeks)
        for name in ("RDL", "Nordic")
    )
    log = attrs.evolve(base, findings=findings)
    groups = log.groups()
    assert [(g.template, g.weeks, g.messages[-1]) for g in groups] == [
        ("RDL: no new best in # weeks.", weeks, "RDL: no new best in 5 weeks."),  # first found first
        ("Nordic: no new best in # weeks.", weeks, "Nordic: no new best in 5 weeks."),
    ]
    assert all(g.covers(f) == (f.message.split(":")[0] in g.template) for g in groups for f in findings)
    assert str(log).count("HR099") == 2
    program = attrs.evolve(log, kind="program")
    assert program.groups() == () and str(program).count("HR099") == 6


def test_a_grouped_spike_shows_its_largest_week_too() -> None:
    """HR030 with thresholds low enough to fire in W39 (1x), W40 (24 sets, 4x the mean) and W46
    (0.56x of a baseline from before the break): the group shows the latest and the largest, in
    every output."""
    params = {"min_rise": -100, "max_ratio": 0.4, "min_increase": -100}
    report = hr.check(RAMP, as_of=date(2025, 11, 20), params={"HR030": params})
    (group,) = [g for g in report.groups() if g.code == "HR030"]
    assert group.weeks == ("2025-W39", "2025-W40", "2025-W46") and group.largest == 1
    big, latest = group.messages[1], group.messages[-1]
    assert "4x the mean" in big and "0.56x the mean" in latest and group.message == latest
    line = next(line for line in str(report).splitlines() if line.startswith("HR030"))
    assert f"latest 2025-W46 (Nov 10): {latest} Largest 2025-W40: {big}" in line
    assert f"Largest 2025-W40: {big}" in report.to_markdown()
    assert escape(f"Largest 2025-W40: {big}") in report._repr_html_()
    flags = [f for name, value in params.items() for f in ("--param", f"HR030.{name}={value}")]
    sarif = json.loads(cli("check", str(RAMP), "--as-of", "2025-11-20", *flags, "--format", "sarif")[1])
    (result,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "HR030"]
    assert f"Largest 2025-W40: {big}" in result["message"]["text"]
    (json_group,) = [g for g in json.loads(report.to_json())["summary"]["groups"] if g["code"] == "HR030"]
    assert json_group["largest"] == 1


def test_the_largest_is_the_earliest_of_equals_and_absent_when_it_is_the_latest() -> None:
    group = hr.FindingGroup(
        "HR030", "s", "info", "c 2x.", ("W1", "W2", "W3"), 3, messages=("a 3x.", "b 3x.", "c 2x.")
    )
    assert group.largest == 0 and group.full_message == "c 2x. Largest W1: a 3x."
    rising = attrs.evolve(group, messages=("a 2x.", "b 3x.", "c 3x."), message="c 3x.")
    assert rising.largest is None and rising.full_message == "c 3x."
    unsized = attrs.evolve(group, messages=("3 sets.", "9 sets.", "2 sets."), message="2 sets.")
    assert unsized.largest is None and unsized.full_message == "2 sets."


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_standard_input_with_an_export_header_is_read_as_a_log(monkeypatch: pytest.MonkeyPatch) -> None:
    """``cat export.csv | hamstring-rules check -`` reads a CSV log (the header says so), as
    ``--stdin-filename export.csv`` does; a semicolon-separated Strong export too."""
    _stdin(monkeypatch, IN_PROGRESS.read_bytes())
    code, out, err = cli("check", "-", "--as-of", "2025-11-19", "--format", "json")
    assert code == 1 and err == ""
    data = json.loads(out)
    expected = hr.check(IN_PROGRESS, as_of=date(2025, 11, 19))
    assert data["source"] == "stdin.csv" and data["summary"]["as_of"] == "2025-11-19"
    assert [f["code"] for f in data["findings"]] == [f.code for f in expected]
    strong = (DATA / "strong_v3.csv").read_bytes()
    assert strong.count(b";") > strong.count(b",")  # the semicolon variant
    _stdin(monkeypatch, b"\n" + strong)
    code, out, err = cli("check", "-", "--as-of", "2026-06-01", "--format", "json")
    assert err == "" and json.loads(out)["source"] == "stdin.csv"


def test_standard_input_that_is_no_program_suggests_naming_an_export(monkeypatch: pytest.MonkeyPatch) -> None:
    """Input that is neither a known export nor a YAML/JSON program: the error says how to name
    a CSV export; a program's own error still comes first."""
    _stdin(monkeypatch, b"Date,Lift,Kilos\n2025-11-03,RDL,100\n")
    code, out, err = cli("check", "-")
    assert code == 2 and out == ""
    assert err.startswith("hamstring-rules: error: stdin.yaml")
    assert "--stdin-filename export.csv" in err
    _stdin(monkeypatch, b"name: x\nsessions: 3\n")
    code, _, err = cli("check", "-", "--stdin-filename", "plan.yaml")
    assert code == 2 and "plan.yaml" in err and "--stdin-filename" not in err


def test_a_file_that_cannot_be_checked_does_not_lose_the_others() -> None:
    """as_of before one log's first workout: that file's error names it, the other file's report
    is still printed, and the exit code is 2 (an input error), whatever --exit-zero says."""
    for extra in ((), ("--exit-zero",)):
        code, out, err = cli("check", str(RAMP), str(IN_PROGRESS), "--as-of", "2025-10-01", *extra)
        assert code == 2
        assert out.startswith(
            "hevy_ramp_kg.csv (Hevy (kg account)): goal posterior_chain (the default: no goal given), "
            "as of 2025-10-01"
        )
        assert "Checked 1 of 2 files:" in out and "(exit 2: 1 file could not be checked)" in out
        (line,) = err.splitlines()
        assert line.startswith("hamstring-rules: error: ") and "hevy_in_progress.csv" in line
        assert "before" in line and "2025-11-03" in line
    code, out, err = cli(
        "check", str(RAMP), str(DATA / "missing.csv"), "--format", "json", "--as-of", "2025-10-01"
    )
    entries = json.loads(out)  # an array: 2 files given, each with its entry (a failed one, its error)
    assert code == 2 and [r["source"] for r in entries] == [str(RAMP), str(DATA / "missing.csv")]
    assert "findings" in entries[0] and entries[1]["error"]["code"] == "LogFormatError"
    assert err.count("missing.csv") == 1


def test_every_file_failing_prints_each_error_and_no_output() -> None:
    code, out, err = cli("check", str(DATA / "missing.csv"), str(IN_PROGRESS), "--as-of", "2025-10-01")
    assert code == 2 and out == ""
    first, second = err.splitlines()
    assert "missing.csv" in first and "hevy_in_progress.csv" in second
    code, out, err = cli("check", str(RAMP), str(IN_PROGRESS), "--goal", "no_such_goal")
    assert code == 2 and out == "" and len(err.splitlines()) == 1  # the same for every file: once
    assert "unknown goal 'no_such_goal'" in err


def _header_cells(table: str) -> list[str]:
    """Each column's header as its lines read, joined (the rule line ``----  ---`` gives the
    columns), with the spaces taken out."""
    lines = table.splitlines()
    rule = next(i for i, line in enumerate(lines) if line and set(line) <= {"-", " "})
    spans = [m.span() for m in re.finditer(r"-+", lines[rule])]
    return ["".join(line[a:b].strip() for line in lines[:rule]).replace(" ", "") for a, b in spans]


@pytest.mark.parametrize("width", [50, 60, 70, 80, 90])
def test_narrow_table_headers_break_between_words_or_after_a_slash(width: int) -> None:
    """COLUMNS=70: ``proximal/distal/whole`` wraps as ``proximal/`` ``distal/`` ``whole``, never
    ``proximal/dista`` ``l/whole``; each header still reads whole, column by column."""
    from hamstring_rules.emitters._tables import SUMMARY_HEADERS
    from hamstring_rules.emitters.text import Style, render

    report = hr.check(RAMP, as_of=date(2025, 11, 20))
    text = render(report, Style(width=width))
    table = text[text.index("\nweek ") + 1 :].split("\n\n")[0]
    assert "proximal/dista " not in table and "l/whole" not in table
    cells = _header_cells(table)
    wanted = {h.replace(" ", "") for h in SUMMARY_HEADERS}
    assert set(cells) <= wanted and "proximal/distal/whole" in cells
    head = table.split("\n--")[0]  # the header lines, above the rule
    assert not re.search(r"\b(proxima|dista|sessio|flexio|domina)\b", head)  # no word cut


def test_an_export_on_standard_input_may_be_larger_than_a_program(monkeypatch: pytest.MonkeyPatch) -> None:
    """A CSV export piped in is held to the log limit, not the 1 MiB of a program file (a few
    years of Hevy is several MB); a program on standard input keeps its limit."""
    header, *rows = IN_PROGRESS.read_bytes().splitlines(keepends=True)
    big = header + b"".join(rows) * 600
    assert len(big) > 1024 * 1024
    _stdin(monkeypatch, big)
    code, out, err = cli("check", "-", "--as-of", "2025-11-19", "--format", "json")
    assert err == "" and code == 1 and json.loads(out)["source"] == "stdin.csv"
    _stdin(monkeypatch, b"name: x\n" + b"#" * (1024 * 1024) + b"\n")
    code, out, err = cli("check", "-")
    assert code == 2 and "standard input is over the limit of 1,048,576 bytes" in err


def _containers(value: object, path: str = "") -> list[str]:
    """Where a value holds anything but JSON's own types (dict with str keys, list, str, int,
    float, bool, None)."""
    if isinstance(value, dict):
        bad = [f"{path} key {k!r}" for k in value if not isinstance(k, str)]
        return bad + [p for k, v in value.items() for p in _containers(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _containers(v, f"{path}[{i}]")]
    if value is None or type(value) in (str, int, float, bool):
        return []
    return [f"{path}: {type(value).__name__}"]


def test_every_results_to_dict_is_plain_json_data() -> None:
    """``to_dict()`` is the JSON contract as Python data: a back end validating it against the
    published schema (or comparing it) must not meet a tuple or another type ``json.dumps``
    would have hidden."""
    examples = Path(__file__).parent.parent.parent / "examples"
    results: list[Any] = [
        hr.check(examples / "typical_leg_day.yaml"),
        hr.check(examples / "hevy_export.csv", as_of=date(2025, 12, 1)),
        hr.recommend(goal="rehab", stage=2),
        hr.plan("tie_in_hypertrophy", weeks=2),
        hr.substitute("Romanian Deadlift", goal="tie_in_hypertrophy"),
    ]
    for result in results:
        assert _containers(result.to_dict()) == [], type(result).__name__


def test_counts_are_singular_for_one_and_plural_otherwise() -> None:
    """'1 error(s)', '1 session(s) a week', '1 rest-timer or note rows skipped': one is singular,
    any other number plural, in the text, HTML and CLI outputs."""
    from hamstring_rules.emitters._tables import counts_parts

    assert counts_parts({"error": 1, "warning": 0, "info": 1}) == ["1 error", "0 warnings", "1 info"]
    assert counts_parts({"error": 2, "warning": 1, "info": 0}) == ["2 errors", "1 warning", "0 info"]
    head = ",".join(STRONG_V1)
    rows = [
        '2025-11-03 18:00:00,"Legs",1h,"Romanian Deadlift (Barbell)",1,100,8,0,0,"",,',
        '2025-11-03 18:00:00,"Legs",1h,"Romanian Deadlift (Barbell)",Rest Timer,0,0,0,90,"",,',
    ]
    log = hr.load_log(io.StringIO("\n".join([head, *rows])), name="x.csv", unit="kg")
    report = hr.check(log, as_of=date(2025, 11, 10))
    assert "1 rest-timer or note row skipped" in report.input_issues
    assert "\n0 errors, 1 warning, 3 info\n" in str(report)
    assert "1 rest-timer or note row skipped" in report._repr_html_()
    plan = hr.plan("tie_in_hypertrophy", days=1)
    assert "1 session a week" in str(plan)


def _latest_week(where: str) -> str:
    """The latest ISO week a finding line or row names (a group lists its weeks in order)."""
    weeks: list[str] = re.findall(r"\d{4}-W\d\d", where)
    return weeks[-1]


@pytest.mark.parametrize(
    ("file", "goal"), [(REHAB, "rehab"), (RAMP, None), (IN_PROGRESS, None), (REHAB, "strain_prevention")]
)
def test_text_markdown_and_html_show_errors_first_and_the_latest_week_first(
    file: Path, goal: str | None
) -> None:
    """Errors, then warnings, then info; within a severity the latest week's first (an HR010 error
    group came between two warnings; the latest week's spike after old info groups). JSON keeps
    its stable order: by location."""
    report = hr.check(file, goal=goal, stage=2 if goal == "rehab" else None, as_of=date(2025, 12, 1))
    rank = {"error": 0, "warning": 1, "info": 2}
    head = re.compile(r"^(HR\d+) \[(error|warning|info)\] ((?:in \d+ of \d+ [^:]*: )?.*?): ", re.M)
    shown = [(rank[sev], _latest_week(where)) for _, sev, where in head.findall(str(report))]
    assert len(shown) == len(report.grouped()) > 1
    assert shown == sorted(shown, key=lambda s: (s[0], [-int(p) for p in re.findall(r"\d+", s[1])]))
    rows = [line.split(" | ") for line in report.to_markdown().splitlines() if line.startswith("| HR")]
    assert [(rank[r[1]], _latest_week(r[2])) for r in rows] == shown
    html_order = re.findall(r"<td[^>]*>(error|warning|info)</td>", report._repr_html_())
    assert [rank[s] for s in html_order] == [s[0] for s in shown]
    assert [f["location"]["week"] for f in report.to_records()] == sorted(
        f["location"]["week"] for f in report.to_records()
    )


def _stopped() -> hr.WorkoutLog:
    """A FitNotes log of two workouts a week, 2025-W36 to W40 (Sep 1 - Oct 2), then nothing."""
    head = "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time\n"
    days = [date(2025, 9, 1) + timedelta(weeks=w, days=d) for w in range(5) for d in (0, 3)]
    rows = "".join(f"{day},Romanian Deadlift,Legs,100,8,,,\n" * 3 for day in days)
    return hr.load_log(io.StringIO(head + rows), name="fitnotes_stopped.csv")


def test_a_log_that_stopped_shows_its_break_up_to_the_as_of_week() -> None:
    """Checked as of 2025-10-27 (a Monday, W44), three weeks after the last workout: the weekly
    series runs to W44 with zeros (it ended at W40, so the break HR031 reports was not there),
    W44 in progress; the text table puts the four untrained weeks on one row."""
    report = hr.check(_stopped(), as_of=date(2025, 10, 27))
    assert "HR031" in report.codes
    weeks = [(w.label, w.trained, w.in_progress, w.hamstring_sets) for w in report.weeks]
    assert weeks[4:] == [
        ("2025-W40", True, False, 6.0),
        ("2025-W41", False, False, 0.0),
        ("2025-W42", False, False, 0.0),
        ("2025-W43", False, False, 0.0),
        ("2025-W44", False, True, 0.0),
    ]
    text = str(report)
    assert "\n2025-W40 (Sep 29)  " in text and "\n2025-W41 to 2025-W44, so far  " in text
    assert report.to_markdown().count("| 2025-W41 to 2025-W44, so far |") == 1
    same_week = hr.check(_stopped(), as_of=date(2025, 10, 2))  # judged in its last week: no zeros
    assert same_week.weeks[-1].label == "2025-W40" and same_week.weeks[-1].in_progress


def test_json_weeks_carry_their_monday_and_text_shows_it_beside_the_iso_week() -> None:
    """2025-W45 is decoded for lifters: the text, Markdown and HTML show '2025-W45 (Nov 3)'; JSON
    keeps the label and adds the Monday as a field (and the schema says so); a program's weeks
    have none. Week 1 of 2026 starts on 2025-12-29: its year is said."""
    from hamstring_rules.emitters._tables import dated, week_label

    report = hr.check(_stopped(), as_of=date(2025, 10, 2))
    weeks = report.to_dict()["summary"]["weeks"]
    assert [(w["label"], w["monday"]) for w in weeks][:2] == [
        ("2025-W36", "2025-09-01"),
        ("2025-W37", "2025-09-08"),
    ]
    assert "2025-W36 (Sep 1)" in str(report) and "2025-W36 (Sep 1)" in report.to_markdown()
    assert "2025-W36 (Sep 1)" in report._repr_html_()
    assert week_label("2026-W01") == "2026-W01 (Dec 29, 2025)" and week_label("week 2") == "week 2"
    assert dated("in 3 of 3 weeks: 2025-W36 2025-W37 2025-W38") == (
        "in 3 of 3 weeks: 2025-W36 (Sep 1) 2025-W37 2025-W38 (Sep 15)"
    )
    program = hr.check(EXAMPLES / "typical_leg_day.yaml").to_dict()["summary"]["weeks"]
    assert "monday" not in program[0]
    jsonschema = pytest.importorskip("jsonschema")
    schema = hr.json_schema("check")
    jsonschema.Draft202012Validator(schema).validate(report.to_dict())
    assert "monday" in schema["$defs"]["week"]["properties"]


def _pound_log(weeks: int) -> hr.WorkoutLog:
    """A Strong lb export: RDLs (+5 lb a week, 3x6), leg curls (70 lb, 3x5) and Nordics (body
    weight, 3x6), twice a week from 2025-10-06."""
    head = ";".join(f'"{c}"' for c in ("Workout #", "Date", "Workout Name", "Duration (sec)", "Exercise Name",
                                       "Set Order", "Weight (lbs)", "Reps", "RPE", "Distance (meters)",
                                       "Seconds", "Notes", "Workout Notes"))  # fmt: skip
    rows = []
    for w in range(weeks):
        for d in (0, 3):
            day = date(2025, 10, 6) + timedelta(weeks=w, days=d)
            lifts = (("Romanian Deadlift (Barbell)", 185 + 5 * w, 6), ("Lying Leg Curl (Machine)", 70, 5),
                     ("Nordic Hamstring Curl", "", 6))  # fmt: skip
            for name, weight, reps in lifts:
                row = f'"1";"{day} 06:30:00";"Legs";"60";"{name}";"{{}}";"{weight}";"{reps}";"";"";"";"";""'
                rows += [row.format(n) for n in (1, 2, 3)]
    return hr.load_log(io.StringIO("\n".join([head, *rows])), name="strong_lb.csv")


def test_the_report_shows_the_main_lifts_progress_over_the_last_trained_weeks() -> None:
    """'How am I doing lately?': text, Markdown and HTML show, for the loaded lifts, the last 4
    trained weeks' sets, best e1RM (Epley, named once), top set and tonnage in the log's unit,
    read from report.progress; a body-weight hamstring lift (the Nordic) follows with its sets only
    (trends7: the table leads with the hamstring lifts). It showed no progress at all."""
    report = hr.check(_pound_log(6), as_of=date(2025, 11, 16))
    text = str(report)
    title = "Progress, last 4 trained weeks (lb; best e1RM: Epley, sets of 1-10 reps):"
    assert text.count(title) == 1
    nordic = [line.split() for line in text.split(title)[1].splitlines() if line.startswith("Nordic")]
    assert nordic and nordic[0][-4:] == ["6", "-", "-", "0"]
    rows = [line.split() for line in text.split(title)[1].splitlines()[3:11]]
    # both lifts have 6 sets a week and an e1RM: the heavier first. RDL 3x6 twice a week: 6 sets;
    # the 6th week (W46) 210 lb: e1RM 210 x (1 + 6/30) = 252, tonnage 210 x 6 x 6 = 7,560; W43 was
    # 195 lb: 234, 7,020
    assert rows[0][3:] == ["2025-W43", "(Oct", "20)", "6", "234", "195", "7,020"] and rows[0][0] == "Romanian"
    assert rows[3] == ["2025-W46", "(Nov", "10),", "so", "far", "6", "252", "210", "7,560"]  # in progress
    # the curl, 70 lb x 5 x 6 sets: e1RM 70 x (1 + 5/30) = 81.7, tonnage 2,100 lb to the pound
    # (kilograms rounded on reading made it 2,099.9)
    assert rows[4][:4] == ["Lying", "Leg", "Curl", "(Machine)"]
    assert rows[4][-4:] == ["6", "81.7", "70", "2,100"]
    markdown = report.to_markdown()
    assert "| Romanian Deadlift (Barbell) | 2025-W43 (Oct 20) | 6 | 234 | 195 | 7,020 |" in markdown
    html = report._repr_html_()
    assert title[:-1] in html and ">7,560</td>" in html
    program = hr.check(EXAMPLES / "typical_leg_day.yaml")
    assert "Progress," not in str(program)


def test_the_progress_table_shows_the_lifts_with_an_e1rm_then_the_most_sets_then_the_heaviest() -> None:
    """Four slots, the hamstring lifts first (trends7): a heavy RDL tied on sets with two lighter
    lifts was left out by name, and a high-rep back extension (no e1RM: Epley reads 1-10 reps) took
    a slot from a progressing good morning; the abduction machine (no hamstring credit) is last."""
    rows = ["Date,Exercise,Reps,Weight (kg)"]
    for week in range(2):
        day = date(2025, 11, 3) + timedelta(weeks=week)
        rows += [f"{day},Romanian Deadlift,8,{120 + week}"] * 3
        rows += [f"{day},Good Morning,8,{60 + 2 * week}"] * 3
        rows += [f"{day},Lying Leg Curl,10,40"] * 3
        rows += [f"{day},Back Extension,15,20"] * 4  # the most sets, but no e1RM
        rows += [f"{day},Abduction Machine,8,30"] * 3  # tied on sets, lightest
    report = hr.check(hr.load_log(io.StringIO("\n".join(rows)), name="x.csv"), as_of=date(2025, 11, 20))
    table = str(report).split("Progress, last 2")[1].split("\n\n")[0]
    named = [line.split("  ")[0] for line in table.splitlines()[3:] if not line.startswith(" ")]
    assert named == ["Romanian Deadlift", "Good Morning", "Lying Leg Curl", "Back Extension"]


def test_the_progress_table_fits_a_narrow_terminal() -> None:
    """Like the weekly table, the progress table fits the terminal: at 60 columns no line of
    it is wider (sets, then tonnage, go first)."""
    from hamstring_rules.emitters.text import Style, render

    text = render(hr.check(_pound_log(6), as_of=date(2025, 11, 16)), Style(width=60))
    part = text.split("Progress, last 4")[1].split("\n\n")[0]
    assert max(len(line) for line in part.splitlines()) <= 60 and "best e1RM" in part


def test_the_weeks_to_a_far_as_of_date_stop_at_the_log_week_limit() -> None:
    """as_of in 9998 for a 2025 log made 416,000 weeks of zeros (15 s): the series stops at the
    log week limit (1,040, or Limits(max_log_weeks=)), every week in it complete."""
    text = "Date,Exercise,Reps,Weight\n2025-11-03,Romanian Deadlift,8,100\n"
    one = hr.load_log(io.StringIO(text), name="x.csv")
    far = hr.check(one, as_of=date(9998, 1, 1))
    assert len(far.weeks) == 1040 and not any(w.in_progress for w in far.weeks)
    short = hr.check(one, as_of=date(2025, 12, 1), limits=hr.Limits(max_log_weeks=3))
    assert [w.label for w in short.weeks] == ["2025-W45", "2025-W46", "2025-W47"]


def test_a_programs_weeks_keep_their_order_within_a_severity() -> None:
    """Errors first, and the latest week first, is for a log (what matters now); a multi-week
    program listed week 2's warning before week 1's. Within a severity, its weeks keep their
    order, in the text too."""
    squat_first = [
        {"exercise": "Back squat", "sets": 3, "reps": 5},
        {"exercise": "Romanian deadlift", "sets": 3, "reps": 8},
    ]
    curl_heavy = [
        {"exercise": "Romanian deadlift", "sets": 3, "reps": 8},
        {"exercise": "Lying leg curl", "sets": 6, "reps": 10},
    ]
    weeks = [{"sessions": [{"name": "A", "day": "mon", "exercises": ex}]} for ex in (squat_first, curl_heavy)]
    report = hr.check({"name": "p", "goal": "tie_in_hypertrophy", "weeks": weeks})
    warnings = [f for f in report.by_importance() if isinstance(f, hr.Finding) and f.severity == "warning"]
    assert [f.location.week for f in warnings] == sorted(f.location.week or 0 for f in warnings)
    assert {f.location.week for f in warnings} == {1, 2}
    text = str(report)
    assert text.index("HR003") < text.index("HR002")  # week 1's, then week 2's
