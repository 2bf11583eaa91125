"""How a workout log's report is shown: every format carries what the text output carries,
recurring findings are grouped, and the CLI reads logs from standard input and from several files.

The logs here are small real-shaped exports (``tests/data/hevy_*.csv``).
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import attrs

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
