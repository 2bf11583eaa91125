"""Every example script runs, so the examples cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parent.parent.parent / "examples").glob("*.py"))


def test_there_are_examples() -> None:
    """The examples folder holds the scripts the README points to."""
    names = {p.name for p in EXAMPLES}
    assert {"recommend_goals.py", "check_program.py", "compare_programs.py", "check_log.py"} <= names


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(script: Path) -> None:
    """The script exits 0 and prints something."""
    proc = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=script.parent,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()


def test_batch_check_runs_on_dask() -> None:
    """With the dask extra, batch_check.py --dask checks the programs on a local distributed
    cluster and gets the same answers as one core (the script asserts it)."""
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    script = next(p for p in EXAMPLES if p.name == "batch_check.py")
    proc = subprocess.run(
        [sys.executable, str(script), "--dask", "100"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=script.parent,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Dask: 100 programs on a local cluster" in proc.stdout
