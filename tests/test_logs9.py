"""logs9: a logged 0 weight is a value, body-weight marks kept per set, out-of-order times of
day, and a refused log header on standard input read as a log."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hamstring_rules.cli import main


def _stdin_error(monkeypatch: pytest.MonkeyPatch, data: bytes) -> tuple[int, str]:
    """``check -`` of ``data`` in this process: its exit code and its error line."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    err = io.StringIO()
    code = main(["check", "-"], stdout=io.StringIO(), stderr=err)
    return code, err.getvalue().strip()


def _path_error(tmp_path: Path, data: bytes) -> tuple[int, str]:
    """``check`` of ``data`` saved as ``stdin.csv``: its exit code and its error line."""
    path = tmp_path / "stdin.csv"
    path.write_bytes(data)
    err = io.StringIO()
    code = main(["check", str(path)], stdout=io.StringIO(), stderr=err)
    return code, err.getvalue().strip().replace(str(path), "stdin.csv")


# -- 4: a refused log header on standard input is read as the log it is ----------------------


_QUOTED_WHOLE = [
    '"Date,Exercise,Reps"\n"2025-11-03,Romanian Deadlift,8"\n"2025-11-05,Nordic Curl,5"\n',
    '"Datum;Übung;Wiederholungen"\n"03.11.2025;RDL;8"\n',
    '\n\n"Workout,Date,Exercise,Reps,Weight"\n"A,2025-11-03,RDL,8,60"\n',
]
_REFUSED = [
    *_QUOTED_WHOLE,
    "Date,Exercise,Reps,Weight (st)\n2025-11-03,RDL,8,5\n",  # a weight column in stone
    '"Date,Exercise,Reps\n2025-11-03,RDL,8\n2025-11-04,RDL,8"\n2025-11-05,RDL,8\n',  # a stray quote
]


@pytest.mark.parametrize("text", _REFUSED)
def test_a_refused_log_header_on_stdin_gets_the_error_a_path_gets(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str
) -> None:
    """A log whose header is found and refused (each line one quoted cell; stone; a stray
    quote) gives on ``check -`` the error a path gives, not a YAML error."""
    data = text.encode("utf-8")
    by_stdin, by_path = _stdin_error(monkeypatch, data), _path_error(tmp_path, data)
    assert by_stdin == by_path
    assert by_stdin[0] == 2 and "YAML" not in by_stdin[1] and "a program must be" not in by_stdin[1]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Date", "Exercise", "Reps", "Weight", "RPE", "Notes"]), min_size=3, unique=True
    ),
    st.sampled_from([",", ";", "\t"]),
)
def test_any_log_quoted_whole_line_by_line_is_a_log_on_stdin(columns: list[str], sep: str) -> None:
    """Whatever the columns and separator, a log header quoted whole is a log's header on
    standard input exactly when its unquoted form is one."""
    from hamstring_rules.logs import log_header_in

    header = sep.join(columns)
    quoted = f'"{header}"\n' + f'"{sep.join("1" for _ in columns)}"\n'
    assert log_header_in(quoted) == log_header_in(header + "\n" + sep.join("1" for _ in columns) + "\n")


def test_a_yaml_program_on_stdin_stays_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """A YAML program with a quoted scalar over two lines is not taken for a log."""
    code, error = _stdin_error(monkeypatch, b'name: "a\nb"\nsessions: []\n')
    assert code == 2 and error.startswith("hamstring-rules: error: stdin.yaml")
