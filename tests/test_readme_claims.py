"""Claims in the README's prose that a new user acts on, checked against what the library does
(review2 R10: each was stale or wrong)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import hamstring_rules as hr

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _codes(text: str) -> set[int]:
    """The check numbers a text names, ranges ('HR001–HR022') taken as the codes that exist in them."""
    return {int(n) for n in re.findall(r"HR(\d{3})", text)}


def test_the_file_table_names_every_check_in_checks_toml() -> None:
    """The README's file table said 'program checks HR001–HR022'; checks.toml also holds HR030+."""
    row = next(
        line for line in README.splitlines() if line.startswith("| `src/hamstring_rules/data/checks.toml`")
    )
    ranges = [(int(a), int(b)) for a, b in re.findall(r"HR(\d{3})\s*[–-]\s*HR(\d{3})", row)]
    assert ranges, row
    shipped = {int(r.id[2:5]) for r in hr.RuleSet.builtin() if re.fullmatch(r"HR\d{3}", r.id)}
    covered = {code for code in shipped if any(a <= code <= b for a, b in ranges)}
    assert covered == shipped, f"not in the table's ranges: {sorted(shipped - covered)}"
    assert all(a in shipped and b in shipped for a, b in ranges)


def test_the_e1rm_example_is_what_the_example_export_gives() -> None:
    """The tour's report.e1rm() comment put 126.7 (100 kg x 8, a W45 set) in 2025-W46."""
    line = next(line for line in README.splitlines() if "report.e1rm()" in line and "#" in line)
    shown = line.split("#", 1)[1].strip().replace(", ...", "")
    claimed = ast.literal_eval(shown)
    report = hr.check(ROOT / "examples" / "hevy_export.csv", as_of=date(2025, 11, 30))
    actual = report.e1rm()
    for exercise, weeks in claimed.items():
        for week, value in weeks.items():
            assert actual[exercise][week] == value, (exercise, week, actual[exercise])


def test_the_hr033_summary_says_what_the_check_compares_with() -> None:
    """'a top set 20%+ heavier than the week before': the check looks back over 2 weeks."""
    rule = next(r for r in hr.RuleSet.builtin() if r.id == "HR033")
    assert rule.doc is not None
    what = str(rule.doc["what"])
    weeks = re.search(r"previous (\d+) weeks", what)
    assert weeks is not None, what  # the rule's own doc names its look-back
    ratio = round((float(rule.params["max_ratio"]) - 1) * 100)
    narrative = README.split("**Over time**", 1)[1].split("- **Rehab dose**", 1)[0]
    hr033 = " ".join(narrative.split("HR033", 1)[1].split())
    assert f"{ratio}%" in hr033
    assert f"{weeks.group(1)} weeks before" in hr033, hr033


def test_the_readme_says_which_goal_a_goalless_program_gets() -> None:
    """Nothing said which goal a program or log without one is checked against."""
    program = {
        "name": "p",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
    }
    goal = hr.check(program).goal
    assert f"checked as `{goal}`" in " ".join(README.split())


def _help(command: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", command, "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def test_the_common_options_are_where_the_readme_says() -> None:
    """'Every command takes --catalog ... --color': map has no --color, schema none of them."""
    synopsis = README.split("## Command line", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    commands = sorted(set(re.findall(r"^hamstring-rules (\w+)", synopsis, re.M)))
    prose = " ".join(README.split("## Command line", 1)[1].split("```", 2)[2].split("Exit", 1)[0].split())
    sources = re.search(r"Every command but ((?:`\w+`(?:,| and| or)? ?)+) takes `--catalog FILE`", prose)
    color = re.search(r"`--color auto\|always\|never` \(all but ((?:`\w+`(?:,| and| or)? ?)+)\)", prose)
    assert sources is not None and color is not None, prose[:400]
    without_sources = set(re.findall(r"`(\w+)`", sources.group(1)))
    without_color = set(re.findall(r"`(\w+)`", color.group(1)))
    for command in commands:
        text = _help(command)
        assert ("--catalog" in text) == (command not in without_sources), command
        assert ("--aliases" in text) == (command not in without_sources), command
        assert ("--color" in text) == (command not in without_color), command
