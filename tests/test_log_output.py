"""How a workout log's report is shown: every format carries what the text output carries,
recurring findings are grouped, and the CLI reads logs from standard input and from several files.

The logs here are small real-shaped exports (``tests/data/hevy_*.csv``).
"""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import attrs
import pytest

import hamstring_rules as hr
from hamstring_rules.cli import main

DATA = Path(__file__).parent / "data"
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
