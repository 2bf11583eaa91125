"""The command line run in this process, for tests whose subject is what a command prints and
returns rather than the process (helper suite24): a new interpreter a call cost 1-3 CPU-s (the
import, the cold caches) and the suite made hundreds. ``__main__`` is ``raise SystemExit(main())``;
tests/outputs/test_cli.py checks that the process exits with main()'s code and prints its output."""

from __future__ import annotations

import io
import subprocess

from hamstring_rules.cli import main


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``hamstring-rules ARGS`` by main() in this process: the exit code, stdout and stderr the
    process gives."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return subprocess.CompletedProcess(["hamstring-rules", *args], code, out.getvalue(), err.getvalue())
