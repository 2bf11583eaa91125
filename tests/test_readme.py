"""The README's command-line examples print what the README shows.

Each ```text block of the README that starts with ``$ hamstring-rules ...`` (one command, no
shell redirection) is run from the repository root with its output piped, and must print the
block's remaining lines exactly. After a deliberate change of output, refresh the blocks with
``python tests/test_readme.py --update`` and review the diff.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
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


def _update() -> None:
    text = README.read_text(encoding="utf-8")
    for m in reversed(_commands(text)):
        body = _run(m.group(1)).rstrip("\n") + "\n"
        text = text[: m.start(2)] + body + text[m.end(2) :]
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__" and "--update" in sys.argv:
    _update()
