"""Regression tests for the sixth fuzzing pass: one test (or parametrised group) per root cause.

Every input gives a correct result or a :class:`~hamstring_rules.HamstringRulesError` naming the
value and where it was - one line, within the documented limits of time and memory.
"""

from __future__ import annotations

import io
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest

import hamstring_rules as hr
from hamstring_rules.cli import main
from hamstring_rules.errors import shown


class _HostileStr(str):
    """A str subclass whose every method a library might call raises or lies."""

    def __hash__(self) -> int:
        raise RuntimeError("hash")

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("eq")

    def __len__(self) -> int:
        return 10**20

    def __getitem__(self, index: Any) -> str:
        raise RuntimeError("getitem")

    def __repr__(self) -> str:
        raise RuntimeError("repr")

    def strip(self, chars: str | None = None) -> str:
        raise RuntimeError("strip")

    def lower(self) -> str:
        raise RuntimeError("lower")


class _RaisingComparisons:
    """A number subclass's comparisons, all raising."""

    def __lt__(self, other: object) -> bool:
        raise RuntimeError("lt")

    def __gt__(self, other: object) -> bool:
        raise RuntimeError("gt")

    def __le__(self, other: object) -> bool:
        raise RuntimeError("le")

    def __ge__(self, other: object) -> bool:
        raise RuntimeError("ge")


class _HostileInt(_RaisingComparisons, int):
    def __add__(self, other: object) -> int:
        raise RuntimeError("add")


_RESULT = hr.recommend("rehab")
_PROGRAM = {
    "name": "p",
    "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
}


# -- 3: Limits keeps plain ints -------------------------------------------------------------------


def test_limits_hold_plain_ints_whatever_int_subclass_was_given() -> None:
    """``Limits(max_bytes=subclass)`` kept the subclass, whose comparisons raised later (in a
    size check far from the call). Every limit is the plain int it holds, from the constructor
    and from ``attrs.evolve``."""
    limits = hr.Limits(max_bytes=_HostileInt(4096), max_weeks=_HostileInt(3))
    assert type(limits.max_bytes) is int and limits.max_bytes == 4096
    assert type(limits.max_weeks) is int and limits.max_weeks == 3
    evolved = attrs.evolve(limits, max_sessions=_HostileInt(2))
    assert type(evolved.max_sessions) is int and evolved.max_sessions == 2
    assert hr.check(_PROGRAM, limits=limits).codes == hr.check(_PROGRAM).codes


@pytest.mark.parametrize(("value", "named"), [(True, "True"), (2.5, "2.5"), ("12", "'12'"), (None, "None")])
def test_limits_refuse_a_non_int_naming_the_value(value: object, named: str) -> None:
    with pytest.raises(hr.RequestError) as info:
        hr.Limits(max_weeks=value)  # type: ignore[arg-type]
    message = str(info.value)
    assert "Limits.max_weeks" in message and named in message and "\n" not in message


# -- 4: results' methods read a str subclass as the str --------------------------------------------


def test_result_methods_read_a_str_subclass_as_the_str() -> None:
    """``RecommendationResult.explain(subclass)`` raised OverflowError (its ``__len__``) or the
    subclass's own exception: every result type's methods read their arguments as built-ins."""
    assert _RESULT.explain(_HostileStr("Nordic curl")) == _RESULT.explain("Nordic curl")
    assert _RESULT.rank_of(_HostileStr("Romanian deadlift")) == _RESULT.rank_of("Romanian deadlift")
    report = hr.check(_PROGRAM)
    assert report.passes(_HostileStr("error")) == report.passes("error")


def test_an_over_long_str_subclass_is_a_library_error_naming_it() -> None:
    with pytest.raises(hr.RequestError) as info:
        _RESULT.explain(_HostileStr("x" * 5000))
    assert "5,000 characters" in str(info.value)


def test_shown_reads_a_str_subclass_as_its_text() -> None:
    """``shown()`` - how every message quotes a value - sliced and measured the subclass."""
    assert shown(_HostileStr("abc")) == "'abc'"
    assert shown(_HostileStr("y" * 200)).startswith("'yyy")


# -- 1: a spreadsheet program saved by Excel: Windows-1252, decimal commas -------------------------

_SPREADSHEET = (
    "Session;Exercise;Sets;Reps;RPE;Notes\n"
    "A;Nordic curl;3;6;8,5;échauffement\n"
    "A;Romanian deadlift;3;8;7,5-8;\n"
)


def _entries(program: hr.Program) -> list[Any]:
    return [e for w in program.weeks for s in w.sessions for e in s.entries]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-8-sig", "utf-16"])
def test_a_spreadsheet_program_saved_by_excel_is_read(tmp_path: Path, encoding: str) -> None:
    """A program CSV in Windows-1252 (Excel's 'CSV' on Windows) was 'not valid UTF-8', and a
    decimal comma in an RPE cell ('8,5', with ';' separators) was 'Input should be a valid
    number'. The text is read as Windows-1252 when it is not UTF-8; a comma followed by one or
    two digits in an RPE or RIR is a decimal mark."""
    path = tmp_path / "program.csv"
    path.write_bytes(_SPREADSHEET.encode(encoding))
    first, second = _entries(hr.load_program(path))
    assert (first.rpe, first.notes, second.rpe) == (8.5, "échauffement", 8.0)
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", str(path)], stdout=out, stderr=err) in (0, 1), err.getvalue()


@pytest.mark.parametrize(
    ("rpe", "read"), [("8,5", 8.5), ("7,5-8,5", 8.5), ("9,25", 9.25), (" 10,0 ", 10.0), ("6,5 to 7", 7.0)]
)
def test_a_decimal_comma_in_an_effort_is_a_decimal_point(rpe: str, read: float) -> None:
    data = {
        "name": "p",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8, "rpe": rpe}]}],
    }
    assert _entries(hr.load_program(data))[0].rpe == read


@pytest.mark.parametrize("rpe", ["8,500", "1,000", "8,5,5", ",5", "8,"])
def test_a_comma_that_is_not_a_decimal_mark_is_refused_by_name(rpe: str) -> None:
    data = {
        "name": "p",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8, "rpe": rpe}]}],
    }
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(data)
    assert repr(rpe) in str(info.value) and "rpe" in str(info.value)


# -- 6: a program whose file name does not say its format ------------------------------------------

_YAML = (
    "# my program\nname: sniffed\nsessions:\n  - name: A\n    exercises:\n"
    "      - {exercise: RDL, sets: 3, reps: 8}\n"
)
_JSON = (
    '\n{"name": "sniffed", "sessions": [{"name": "A", '
    '"exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}]}'
)
_CSV = "exercise,sets,reps\nRDL,3,8\n"


@pytest.mark.parametrize("name", ["program.txt", "program", "program.prog", "PROGRAM.TXT"])
@pytest.mark.parametrize(
    "content", [_YAML, _JSON, _CSV, "\ufeff" + _YAML], ids=["yaml", "json", "csv", "bom-yaml"]
)
def test_a_program_is_read_by_its_content_when_its_name_does_not_say(
    tmp_path: Path, name: str, content: str
) -> None:
    """A YAML program saved as .txt was read as a CSV log ('unrecognised CSV header'), and one
    with no extension was 'unknown program file type'. The content says: a ``{`` is JSON, a
    first line that is a YAML key is YAML, a program's header is a spreadsheet."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    program = hr.load_program(path)
    assert [(e.exercise, e.sets, e.reps_low) for e in _entries(program)] == [("RDL", 3, 8)]
    assert hr.check(path).codes == hr.check(program).codes
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", str(path), "--format", "json"], stdout=out, stderr=err) in (0, 1), err.getvalue()
    assert json.loads(out.getvalue())["source"] == str(path)


def test_a_program_on_standard_input_named_txt_is_read_by_its_content(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(_YAML.encode())))
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "-", "--stdin-filename", "mine.txt", "--format", "json"], stdout=out, stderr=err)
    assert code in (0, 1), err.getvalue()
    assert json.loads(out.getvalue())["program"] == "sniffed"


def test_a_log_saved_as_txt_is_still_a_log_and_unknown_content_is_refused(tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    log.write_text("Date,Exercise,Reps,Weight\n2026-11-02,RDL,8,60\n", encoding="utf-8")
    assert hr.check(log, as_of=date(2026, 11, 30)).kind == "log"
    other = tmp_path / "notes"
    other.write_text("just some text\nand more\n", encoding="utf-8")
    with pytest.raises(hr.ProgramError, match="unknown program file type"):
        hr.load_program(other)


# -- 5: machine-readable output lists every file given ---------------------------------------------


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    assert "internal error" not in err.getvalue(), err.getvalue()
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def two_files(tmp_path: Path) -> tuple[str, str, str]:
    good = tmp_path / "good.yaml"
    good.write_text(_YAML, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: p\nsessions:\n  - name: A\n    exercises:\n      - {exercise: RDL, sets: 0}\n")
    return str(good), str(bad), str(tmp_path / "missing.yaml")


def test_check_json_of_several_files_has_an_entry_for_a_file_that_failed(
    two_files: tuple[str, str, str],
) -> None:
    """``check A.yaml B.yaml --format json`` had no entry for a file that could not be read (only
    stderr said so): the array holds one entry per file given, in order, a failed one with its
    error's code, message and location. The exit code stays 2; stderr still names each."""
    good, bad, missing = two_files
    code, out, err = _run(["check", missing, good, bad, "--format", "json"])
    entries = json.loads(out)
    assert code == 2 and [e["source"] for e in entries] == [missing, good, bad]
    assert entries[0]["error"]["code"] == "ProgramError" and "not found" in entries[0]["error"]["message"]
    assert "findings" in entries[1] and "error" not in entries[1]
    assert entries[2]["error"]["location"].startswith(bad) and "sets" in entries[2]["error"]["location"]
    assert missing in err and bad in err
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(hr.json_schema("check")).validate(entries)


def test_check_json_of_several_files_that_all_failed_is_still_an_array(
    two_files: tuple[str, str, str],
) -> None:
    _, bad, missing = two_files
    code, out, _ = _run(["check", bad, missing, "--format", "json"])
    assert code == 2 and [e["error"]["code"] for e in json.loads(out)] == ["ProgramError", "ProgramError"]


def test_check_sarif_and_github_name_a_file_that_failed(two_files: tuple[str, str, str]) -> None:
    good, _, missing = two_files
    code, out, _ = _run(["check", good, missing, "--format", "sarif"])
    invocation = json.loads(out)["runs"][0]["invocations"][0]
    assert code == 2 and invocation["executionSuccessful"] is False
    (failed,) = [n for n in invocation["toolExecutionNotifications"] if n["level"] == "error"]
    assert failed["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == Path(missing).as_posix()
    code, out, _ = _run(["check", missing, good, missing, "--format", "sarif"])  # unique notifications
    notifications = json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert code == 2 and len([n for n in notifications if n["level"] == "error"]) == 1
    code, out, _ = _run(["check", missing, "--format", "github"])
    assert code == 2 and out.startswith("::error file=") and "not found" in out.splitlines()[0]


def test_an_aliases_csv_saved_by_excel_in_windows_1252_is_read(tmp_path: Path) -> None:
    """The reviewed mapping saved back by Excel on Windows (Windows-1252, ';') was 'not valid
    UTF-8': it is read as the program CSV is."""
    aliases = tmp_path / "aliases.csv"
    aliases.write_bytes("name;exercise_id\nSoulevé de terre roumain;romanian_deadlift\n".encode("cp1252"))
    program = tmp_path / "p.json"
    entry = {"exercise": "Soulevé de terre roumain", "sets": 3, "reps": 8}
    program.write_text(json.dumps({"name": "p", "sessions": [{"name": "A", "exercises": [entry]}]}))
    code, out, err = _run(["check", str(program), "--aliases", str(aliases), "--format", "json"])
    assert err == "" and code in (0, 1)
    assert "HR001" not in {f["code"] for f in json.loads(out)["findings"]}  # the hinge was read


# -- never a half-written file ---------------------------------------------------------------------


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_schema_output_is_written_all_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    """``schema --output FILE`` truncated the file and wrote into it: a full disk or an
    interrupt left half a schema. The file is replaced whole or not at all, no temporary
    file is left, and a failure is one error line naming the file."""
    import os

    target = tmp_path / "program.schema.json"
    target.write_text("old\n", encoding="utf-8")
    assert _run(["schema", "--output", str(target)])[0] == 0
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written == hr.json_schema("program")

    def fail(fd: int) -> None:
        raise failure

    monkeypatch.setattr(os, "fsync", fail)
    if isinstance(failure, KeyboardInterrupt):
        assert _run(["schema", "check", "--output", str(target)])[0] == 130
    else:
        code, _, err = _run(["schema", "check", "--output", str(target)])
        assert code == 2 and str(target) in err and "No space left" in err
    assert json.loads(target.read_text(encoding="utf-8")) == written
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_json_on_standard_input_is_read_as_json(monkeypatch: pytest.MonkeyPatch, encoding: str) -> None:
    """``check -`` read every input that was not a CSV as YAML: JSON as ``json.dumps`` writes
    it (an emoji as a surrogate pair ``\\ud83d\\ude00``, ``\\/``) was 'malformed YAML: found
    invalid Unicode character escape code'. A JSON object on stdin is read as JSON."""
    data = {
        "name": "a/b \U0001f600",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
    }
    text = json.dumps(data).replace("/", "\\/")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode(encoding))))
    code, out, err = _run(["check", "-", "--format", "json"])
    assert code in (0, 1), err
    report = json.loads(out)
    assert (report["program"], report["source"]) == ("a/b \U0001f600", "stdin.json")


@pytest.mark.parametrize("name", ["program.yaml", "program.yml", "program.txt", "program"])
def test_json_with_escapes_yaml_does_not_read_is_read_whatever_the_name(tmp_path: Path, name: str) -> None:
    """JSON is YAML, and a .yaml file holding what ``json.dumps`` wrote was refused ('found
    invalid Unicode character escape code': PyYAML reads no surrogate pair). Text that is JSON
    is read as JSON."""
    data = {
        "name": "a/b \U0001f600",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
    }
    path = tmp_path / name
    path.write_text(json.dumps(data).replace("/", "\\/"), encoding="utf-8")
    assert hr.load_program(path).name == "a/b \U0001f600"
    flow = tmp_path / f"flow-{name}"  # a YAML flow mapping (not JSON) is still YAML
    flow.write_text("{name: p, sessions: [{name: A, exercises: [{exercise: RDL, sets: 3, reps: 8}]}]}")
    assert hr.load_program(flow).name == "p"


@pytest.mark.parametrize("row", ["RDL,3,8,8,5", "RDL,3,8,7,5-8", "RDL,3,8,,x"])
def test_a_spreadsheet_row_longer_than_its_header_is_refused(tmp_path: Path, row: str) -> None:
    """``RDL,3,8,8,5`` under ``exercise,sets,reps,rpe`` (a decimal comma in a comma-separated
    file) read RPE 8 and dropped the 5: a row with a cell past the header's last column is an
    error naming the line and the cell, never a silent misread (empty trailing cells are fine)."""
    path = tmp_path / "program.csv"
    path.write_text(f"exercise,sets,reps,rpe\n{row}\nSquat,3,8,,,\n", encoding="utf-8")
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(path)
    assert f"{path}:2" in str(info.value) and repr(row.split(",")[4]) in str(info.value)


def test_a_spreadsheet_header_naming_a_column_twice_is_refused_naming_it(tmp_path: Path) -> None:
    """'a program CSV needs an exercise and a sets column' for a header that has an exercise
    column - twice, so it is read as neither: the error names the column named twice."""
    path = tmp_path / "program.csv"
    path.write_text("Exercise,Exercise,Sets,Reps\nRDL,RDL,3,8\n", encoding="utf-8")
    with pytest.raises(hr.ProgramError, match=r"named twice.*'Exercise'"):
        hr.load_program(path)
    # check() read it as a workout log ('unrecognised CSV header', listing the log formats)
    with pytest.raises(hr.ProgramError, match=r"named twice.*'Exercise'"):
        hr.check(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("name", ["program.csv", "program.txt"])
def test_check_of_a_named_pipe_is_an_error_not_a_hang(tmp_path: Path, name: str) -> None:
    """``check x.csv`` of a named pipe opened it to look at its header - and waited for a
    writer forever. A file that is not a regular one is refused without being opened."""
    import subprocess

    fifo = tmp_path / name
    os.mkfifo(fifo)
    proc = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", "check", str(fifo)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 2 and name in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.yaml", "[" * 400_000 + "]" * 400_000),
        ("brackets.txt", "[" * 65_536 + "\nRDL,3,8\n"),
        ("long.txt", "x" * 200_000),
        ("nul.txt", "exercise,sets\x00,reps\nRDL,3,8\n"),
    ],
)
def test_telling_a_files_format_is_quick_and_never_a_bare_error(tmp_path: Path, name: str, text: str) -> None:
    """Telling a program's format by its content read its first line as a CSV header: a line of
    200,000 characters was a bare csv.Error ('field larger than field limit'), and one of 65,536
    '[' took minutes (the header matcher's cost is the square of a cell's length). A cell too
    long to name a column is not matched; the error comes at once (a hang guard of 20 x the
    normal cost: a 5 CPU-s budget flaked on a loaded machine)."""
    from ..hang import hang_guard

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with hang_guard(0.25, name), pytest.raises(hr.ProgramError) as info:
        hr.load_program(path)
    assert name in str(info.value) and "\n" not in str(info.value)


def test_a_long_first_line_on_standard_input_is_told_quickly(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first line of 65,536 '(' on standard input is told at once (took minutes; a hang guard)."""
    from ..hang import hang_guard

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"(" * 65_536 + b"\nRDL,3,8\n")))
    with hang_guard(0.25, "check - of a long first line"):
        code, _, err = _run(["check", "-"])
    assert code == 2 and "stdin" in err


_FIXABLE = (
    "name: p\nsessions:\n  - name: A\n    exercises:\n      - {exercise: Nordic curl, sets: 3, reps: 6}\n"
)


@pytest.mark.parametrize("mode", ["--fix", "--diff"])
def test_fix_of_several_files_goes_on_past_one_that_cannot_be_fixed(tmp_path: Path, mode: str) -> None:
    """``check --fix a.yaml missing.yaml b.yaml`` rewrote a.yaml, stopped at missing.yaml and
    said only that error: a.yaml was changed without a word, b.yaml not at all. Each file is
    fixed (and said to be) on its own; the one that cannot be is an error line; exit 2."""
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    for path in (first, second):
        path.write_text(_FIXABLE, encoding="utf-8")
    missing = tmp_path / "missing.yaml"
    code, out, err = _run(
        ["check", mode, "--unsafe-fixes", "--goal", "rehab", str(first), str(missing), str(second)]
    )
    assert code == 2
    assert "missing.yaml" in err and "not found" in err
    verb = "fixed" if mode == "--fix" else "would fix"
    assert f"{first}: {verb}" in err and f"{second}: {verb}" in err
    changed = [p.read_text(encoding="utf-8") != _FIXABLE for p in (first, second)]
    assert changed == ([True, True] if mode == "--fix" else [False, False])
    if mode == "--diff":
        assert out.count("+++ ") == 2


@pytest.mark.parametrize("name", ["program.csv", "program.txt", "-"])
def test_excels_sep_line_names_a_spreadsheet_programs_separator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Excel writes (and reads) a first line ``sep=;`` naming the separator: such a program CSV
    was a log with an 'unrecognised CSV header'. The line names the separator and the header
    is the next; errors still name the file's own line numbers."""
    text = "sep=;\r\nSession;Exercise;Sets;Reps;RPE\r\nA;Nordic curl;3;6;8,5\r\nA;RDL;3;8;x\r\n"
    if name == "-":
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
        where = "stdin.csv"
    else:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8", newline="")
        where = name = str(path)
    code, _, err = _run(["check", name])
    assert code == 2 and f"{where}:4: column 'RPE' (rpe)" in err and "export?" not in err
    ok = text.replace(";x", ";8")
    if name == "-":
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ok.encode())))
    else:
        Path(name).write_text(ok, encoding="utf-8", newline="")
    code, out, err = _run(["check", name, "--format", "json"])
    assert code in (0, 1), err
    assert json.loads(out)["source"] == where
    if name != "-":
        assert [e.rpe for e in _entries(hr.load_program(Path(name)))] == [8.5, 8.0]


@pytest.mark.parametrize("name", ["c\x85", "a\x85b", "\x85", "Nordic\x85curl \u2028 \u2029 \ufeff"])
def test_a_programs_yaml_reads_back_as_the_program(tmp_path: Path, name: str) -> None:
    """``Program.to_yaml()`` wrote a NEL (U+0085) raw in a quoted string, and reading the file
    back took it for a line break: the name 'c\\x85' came back 'c '. Such a string is written
    double-quoted, where it is escaped."""
    program = hr.load_program(
        {"name": name, "sessions": [{"name": name, "exercises": [{"exercise": name, "sets": 3, "reps": 8}]}]}
    )
    path = tmp_path / "program.yaml"
    path.write_text(program.to_yaml(), encoding="utf-8")
    assert hr.load_program(path).to_dict() == program.to_dict()


class _HostileFloat(_RaisingComparisons, float):
    pass


@pytest.mark.parametrize(
    "change",
    [
        {"sets": _HostileInt(3)},
        {"reps_low": _HostileInt(8), "reps_high": _HostileInt(8)},
        {"rpe": _HostileFloat(8.0)},
        {"tempo": (_HostileInt(3), 1, 1, 0)},
        {"exercise": _HostileStr("RDL")},
    ],
    ids=["sets", "reps", "rpe", "tempo", "exercise"],
)
def test_a_hand_built_program_holds_built_in_values(change: dict[str, Any]) -> None:
    """An ``Entry`` (or ``Session``, ``Program``) built or evolved in Python kept an ``int``,
    ``float`` or ``str`` subclass, whose comparisons raised inside ``check()``, ``fix()`` and
    the boundary check (RuntimeError), and ``to_yaml()`` could not write it (RepresenterError).
    Their scalar fields hold the built-in value."""
    program = hr.load_program(
        {
            **_PROGRAM,
            "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8, "rpe": 8}]}],
        }
    )
    entry = attrs.evolve(program.weeks[0].sessions[0].entries[0], **change)
    assert all(
        type(v) in (int, float, str, bool, type(None))
        for v in attrs.astuple(entry, recurse=False)
        if not isinstance(v, tuple)
    )
    session = attrs.evolve(program.weeks[0].sessions[0], entries=(entry,), day=_HostileInt(2))
    forged = attrs.evolve(
        program, weeks=(attrs.evolve(program.weeks[0], sessions=(session,)),), stage=_HostileInt(2)
    )
    assert type(forged.stage) is int and type(forged.weeks[0].sessions[0].day) is int
    assert hr.check(forged).codes == hr.check(hr.load_program(forged.to_dict())).codes
    assert hr.load_program(forged).to_yaml() == forged.to_yaml()
    hr.fix(forged)


@pytest.mark.parametrize(
    "change",
    [
        {"id": _HostileStr("my_rdl")},
        {"name": _HostileStr("My RDL")},
        {"aliases": (_HostileStr("myrdl"),)},
        {"article_rank": _HostileInt(3)},
        {"region_reason": _HostileStr("because")},
    ],
    ids=["id", "name", "aliases", "article_rank", "region_reason"],
)
def test_a_hand_built_exercise_holds_built_in_values(change: dict[str, Any]) -> None:
    """``attrs.evolve(exercise, id=a_str_subclass)`` kept the subclass: its ``__hash__`` raised
    inside ``Catalog.with_exercises`` or a later ``recommend()``/``check()``."""
    base = {"id": "my_rdl", "name": "My RDL", "aliases": ()}  # not the RDL's: each names one exercise
    exercise = attrs.evolve(hr.Catalog.builtin().get("romanian_deadlift"), **{**base, **change})
    assert type(exercise.id) is str and type(exercise.name) is str
    catalog = hr.Catalog.builtin().with_exercises([exercise])
    program = {
        "name": "p",
        "sessions": [{"name": "A", "exercises": [{"exercise": "My RDL", "sets": 3, "reps": 8}]}],
    }
    assert "HR009" not in hr.check(program, catalog=catalog).codes  # the name is known
    assert "my_rdl" in hr.recommend("tie_in_hypertrophy", catalog=catalog).to_json()


class _HostileHashStr(str):
    def __hash__(self) -> int:
        raise RuntimeError("hash")

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("eq")


_RULES = hr.RuleSet.builtin()


@pytest.mark.parametrize(
    "make",
    [
        lambda: _RULES.with_goals(
            [attrs.evolve(_RULES.goal("rehab"), id="g2", aliases=(), default_stage=_HostileInt(2))]
        ),
        lambda: _RULES.with_goals([attrs.evolve(_RULES.goal("rehab"), id=_HostileHashStr("g2"), aliases=())]),
        lambda: _RULES.with_rules([attrs.evolve(_RULES.get("TI001"), id=_HostileHashStr("XX001"))]),
        lambda: _RULES.with_rules(
            [
                attrs.evolve(
                    _RULES.get("TI001"),
                    id="XX001",
                    effect=attrs.evolve(_RULES.get("TI001").effect, score=_HostileFloat(3)),
                )
            ]
        ),
    ],
    ids=["goal.default_stage", "goal.id", "rule.id", "effect.score"],
)
def test_hand_built_rules_and_goals_hold_built_in_values(make: Any) -> None:
    """A ``Goal`` or ``Rule`` evolved in Python kept a ``str``/``int``/``float`` subclass: its
    raising ``__hash__`` or comparisons came out of ``with_goals``/``with_rules`` or a later
    ``recommend()``. Their scalar fields hold the built-in value."""
    rules = make()
    goal = "g2" if "g2" in {g.id for g in rules.goals} else "rehab"
    assert hr.recommend(goal, rules=rules, stage=2).to_json()
    assert hr.check(_PROGRAM, rules=rules, goal=goal, stage=2).goal == goal


@pytest.mark.parametrize("name", ["x\x00.yaml", "..", "a" * 300 + ".yaml", "dir/", "/"])
def test_any_stdin_filename_only_names_the_input(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """``--stdin-filename`` was the name of the temporary copy of stdin: a NUL in it was an
    internal ValueError, '..' was 'cannot write output: Is a directory', 300 characters 'File
    name too long'. Only its extension picks the reader; the name only names the input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(_YAML.encode())))
    code, out, err = _run(["check", "-", "--stdin-filename", name, "--format", "json"])
    assert code in (0, 1), err
    assert json.loads(out)["program"] == "sniffed"


def test_catalogs_and_rule_packs_written_by_json_dumps_as_yaml_are_read(tmp_path: Path) -> None:
    """JSON is YAML, and a catalog or rule pack written with ``json.dumps`` to a .yaml file
    was refused when a name held an emoji ('found invalid Unicode character escape code':
    PyYAML reads no surrogate-pair escape). A .yaml file whose text is JSON is read as JSON,
    its nesting still bounded."""
    exercise = {
        "id": "my_rdl", "name": "My RDL \U0001f600", "primary_action": "hip_extension", "knee": "straight",
        "hip_flexion": "deep", "hamstring_length": "long", "region": "proximal", "region_reason": "x",
        "load_position": "hands", "start_position": "standing", "laterality": "bilateral", "kind": "compound",
    }  # fmt: skip
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(json.dumps({"exercise": [exercise]}), encoding="utf-8")
    assert hr.Catalog.from_file(catalog).get("my_rdl").name == "My RDL \U0001f600"
    rule = {
        "id": "MY001", "symbol": "my-rule", "scope": "entry", "rationale": "r", "source": "s",
        "when": {"all": [{"fact": "sets", "op": "gt", "value": 2}]},
        "effect": {"finding": {"code": "MY001", "severity": "info", "message": "sets \U0001f600"}},
    }  # fmt: skip
    pack = tmp_path / "pack.yaml"
    pack.write_text(json.dumps({"rule": [rule]}), encoding="utf-8")
    assert hr.RuleSet.from_file(pack).get("MY001").effect.text == "sets \U0001f600"
    deep = tmp_path / "deep.yaml"
    deep.write_text('{"a":' * 100 + "1" + "}" * 100, encoding="utf-8")
    with pytest.raises(hr.InputLimitError, match="nesting"):
        hr.Catalog.from_file(deep)


def test_an_export_whose_name_does_not_say_so_is_named_as_one(tmp_path: Path) -> None:
    """A workout-app export saved without an extension was 'unknown program file type', as if
    it were anything at all: the error says it is an export and how check() reads one."""
    path = tmp_path / "export"
    path.write_text("Date,Exercise,Reps,Weight\n2026-11-02,RDL,8,60\n", encoding="utf-8")
    with pytest.raises(hr.ProgramError) as info:
        hr.check(path)
    assert "export" in info.value.message and ".csv" in str(info.value.suggestion)
