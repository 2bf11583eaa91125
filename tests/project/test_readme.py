"""The README's command-line examples print what the README shows.

Each ```text block of the README that starts with ``$ hamstring-rules ...`` (one command, no
shell redirection) is run from the repository root with its output piped, and must print the
block's remaining lines exactly. After a deliberate change of output, refresh the blocks with
``python tests/project/test_readme.py --update`` and review the diff.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"```text\n\$ (hamstring-rules [^\n]*)\n(.*?)```", re.DOTALL)


def _commands(text: str) -> list[re.Match[str]]:
    return [m for m in BLOCK.finditer(text) if not re.search(r"[|<>&;]", m.group(1))]


def _run(command: str) -> str:
    args = shlex.split(command)
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "FORCE_COLOR")}
    env["NO_COLOR"] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", *args[1:]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


CASES = [m.group(1) for m in _commands(README.read_text(encoding="utf-8"))]


def test_readme_has_command_examples() -> None:
    """The README shows at least the recommend, check, explain and plan commands."""
    verbs = {c.split()[1] for c in CASES}
    assert {"recommend", "check", "explain", "plan"} <= verbs


@pytest.mark.parametrize("command", CASES)
def test_readme_command_output(command: str) -> None:
    """The command prints exactly the lines the README shows under it."""
    match = next(m for m in _commands(README.read_text(encoding="utf-8")) if m.group(1) == command)
    assert _run(command).rstrip("\n") == match.group(2).rstrip("\n")


CHECKS = re.compile(r"(<!-- checks: generated[^\n]*-->\n)(.*?)(<!-- checks: end -->)", re.DOTALL)
_SEVERITIES = ("error", "warning", "info")


def check_table() -> str:
    """The README's table of checks, from the built-in rule data: one row per code (its variants'
    severities together, and the goals that change them), what it checks in the rule's own words."""
    import hamstring_rules as hr

    rows: dict[str, list[hr.Rule]] = {}
    for rule in hr.RuleSet.builtin():
        if rule.code and rule.code.startswith("HR") and rule.effect.severity is not None:
            rows.setdefault(rule.code, []).append(rule)
    lines = ["| code | symbol | what it checks | default severity |", "|---|---|---|---|"]
    for code in sorted(rows):
        rules = rows[code]
        found = {r.effect.severity for r in rules}
        by_goal: dict[str, set[str]] = {}
        for r in rules:
            for goal, severity in (r.effect.severity_by_goal or {}).items():
                by_goal.setdefault(severity, set()).add(goal)
        severity = " / ".join(s for s in _SEVERITIES if s in found)
        if by_goal:
            goals = (f"{s} for {', '.join(sorted(g))}" for s, g in sorted(by_goal.items()))
            severity += "; " + "; ".join(goals)
        what = next((str(r.doc["what"]) for r in rules if r.doc and r.doc.get("what")), "")
        lines.append(f"| {code} | {rules[0].symbol} | {what} | {severity} |")
    return "\n".join(lines) + "\n"


def test_the_readme_lists_every_check_as_the_rule_data_says() -> None:
    """The table of checks is the rule data's (codes, symbols, what, severities): it was stale."""
    match = CHECKS.search(README.read_text(encoding="utf-8"))
    assert match is not None, "the README lost its checks markers"
    assert match.group(2) == check_table(), "run: python tests/project/test_readme.py --update"


def _update() -> None:
    text = README.read_text(encoding="utf-8")
    for m in reversed(_commands(text)):
        body = _run(m.group(1)).rstrip("\n") + "\n"
        text = text[: m.start(2)] + body + text[m.end(2) :]
    text = CHECKS.sub(lambda m: m.group(1) + check_table() + m.group(3), text)
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__" and "--update" in sys.argv:
    _update()
