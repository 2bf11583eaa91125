"""Regression tests for the seventh fuzzing pass: one test (or parametrised group) per root cause.

Every input gives a correct result or a :class:`~hamstring_rules.HamstringRulesError` naming the
value and where it was - one line, within the documented limits of time and memory.
"""

from __future__ import annotations

import io
import os
import stat
import threading
from pathlib import Path

import pytest

import hamstring_rules as hr
from hamstring_rules.cli import main


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# -- writing a file that is not a regular file ----------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_output_to_a_pipe_writes_into_it_and_leaves_it_a_pipe(tmp_path: Path) -> None:
    """``schema --output PIPE`` renamed a new regular file over the pipe (run as root on
    ``/dev/null``, it replaced the device with a file). A path that exists and is not a regular
    file is written to as it is: the reader gets the schema and the pipe stays a pipe."""
    fifo = tmp_path / "schema.json"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    for _ in range(200):  # until the reader has the pipe open (a writer without one is refused)
        code, _, err = _cli("schema", "--output", str(fifo))
        if code == 0 or "nobody is reading" not in err:
            break
        threading.Event().wait(0.01)
    reader.join(10)
    assert code == 0, err
    assert got and got[0].startswith(b"{") and b'"$defs"' in got[0]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_output_to_a_pipe_nobody_reads_is_an_error_not_a_hang(tmp_path: Path) -> None:
    """Writing to a pipe with no reader would wait forever: it is an error naming the file."""
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    code, _, err = _cli("schema", "-o", str(fifo))
    assert code == 2 and str(fifo) in err and "nobody is reading" in err
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.parametrize("where", ["/", ".", "dir"])
def test_output_to_a_directory_is_an_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """``schema --output /`` was an internal error ("PosixPath('/') has an empty name"): a
    directory is refused by name, and nothing is left beside it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dir").mkdir()
    code, out, err = _cli("schema", "--output", where)
    assert code == 2 and err == f"hamstring-rules: error: {where}: cannot write the file: it is a directory\n"
    assert out == "" and sorted(p.name for p in tmp_path.iterdir()) == ["dir"]


# -- map: which name of the list was too long ------------------------------------------------------


def test_map_names_a_name_over_the_limit_by_its_line(tmp_path: Path) -> None:
    """``map`` of a list with one name over the 200-character limit said only the name's start,
    not which line of which file it was on; blank and comment lines count as lines."""
    names = tmp_path / "names.txt"
    names.write_text("RDL\n\n# a comment\nNordic curl\n" + "x" * 300 + "\nLeg curl\n", encoding="utf-8")
    code, out, err = _cli("map", str(names))
    assert code == 2 and out == ""
    assert err.startswith(f"hamstring-rules: error: {names}:5: 'xxx") and "300 characters" in err


def test_map_names_api_locates_a_name_over_the_limit_by_its_index() -> None:
    """``Catalog.map_names`` locates a name over the limit as ``names[i]``."""
    with pytest.raises(hr.InputLimitError) as info:
        hr.Catalog.builtin().map_names(["RDL", "y" * 500])
    assert info.value.location == "names[1]" and "'yyy" in info.value.message
