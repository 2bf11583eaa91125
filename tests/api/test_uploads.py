"""An upload's bytes are read as the file they came from (review25 R4): ``load_program(bytes)`` and
``check(bytes)`` take a program (JSON, YAML, a spreadsheet CSV) or a workout-app export from
memory, with the file reader's encodings, duplicate-key refusal, line numbers and limits - an app
never writes a temp file, nor parses JSON itself and loses a duplicate key."""

from __future__ import annotations

import contextlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..strategies import program_data

DATA = Path(__file__).parent.parent / "data"
RDL = b'{"exercise": "RDL", "sets": 3, "reps": 8}'
ONE_RDL = b'{"name": "p", "sessions": [{"name": "Mon", "exercises": [' + RDL + b"]}]}"
EXAMPLES = Path(__file__).parent.parent.parent / "examples"
PROGRAMS = sorted([*(DATA / "programs_coach").iterdir(), *EXAMPLES.glob("*.yaml")], key=lambda p: p.name)
EXPORTS = sorted(DATA.glob("*.csv"))


def _seen(report: hr.Report) -> list[tuple[str, str, str]]:
    """What a report found, without where its input came from (the source's name differs)."""
    return [(f.code, f.severity, f.message) for f in report.findings]


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.name)
def test_program_bytes_read_as_the_file(path: Path) -> None:
    """Every coach program and example, as bytes named like its file: the same program and findings
    (a coach's program kept as an app export is the log its file is)."""
    if hr.check(path).kind == "log":
        _same_log(path)
        return
    as_file = hr.load_program(path)
    as_bytes = hr.load_program(path.read_bytes(), name=path.name)
    assert as_bytes.weeks == as_file.weeks
    assert as_bytes.source == path.name
    assert as_bytes.lines == as_file.lines  # findings point at the upload's lines as at the file's
    assert _seen(hr.check(path.read_bytes(), name=path.name)) == _seen(hr.check(path))


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.name)
def test_export_bytes_checked_as_the_file(path: Path) -> None:
    """A workout-app export's bytes, named or not, are the log its file is."""
    _same_log(path)


def _same_log(path: Path) -> None:
    as_of = hr.check(path).as_of
    assert as_of is not None
    day = __import__("datetime").date.fromisoformat(as_of)
    expected = hr.check(path, as_of=day)
    for name in (path.name, None):
        report = hr.check(path.read_bytes(), name=name, as_of=day)
        assert report.kind == "log"
        assert _seen(report) == _seen(expected)
        assert report.source == (name or "upload")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (ONE_RDL.decode(), "json"),
        (
            "name: p\nsessions:\n  - name: A\n    exercises:\n      - {exercise: RDL, sets: 3, reps: 8}\n",
            "yaml",
        ),
        ("Day,Exercise,Sets,Reps\nMon,RDL,3,8\n", "csv"),
    ],
    ids=["json", "yaml", "csv"],
)
def test_unnamed_bytes_read_by_their_content(text: str, kind: str) -> None:
    """Without a name the content says the format, as for a file named without a suffix."""
    program = hr.load_program(text.encode())
    assert [e.exercise for e in program.weeks[0].sessions[0].entries] == ["RDL"]
    report = hr.check(text.encode())
    assert report.kind == "program" and report.source == "upload"
    assert any(f.code == "HR012" for f in report.findings), kind  # 3 sets a week: too few


def test_duplicate_key_in_posted_json_is_refused() -> None:
    """json.loads keeps the last of two equal keys; the bytes are refused, naming the key and line."""
    body = (
        ONE_RDL[:-1]
        + b',\n "sessions": [{"name": "Thu", "exercises": [{"exercise": "Leg curl", "sets": 3}]}]}'
    )
    assert len(json.loads(body)["sessions"]) == 1  # what parsing it first silently does
    for call in (lambda: hr.load_program(body, name="p.json"), lambda: hr.check(body, name="p.json")):
        with pytest.raises(hr.ProgramError, match="duplicate key 'sessions'") as info:
            call()
        assert info.value.location is not None and info.value.location.startswith("p.json")


def test_web_example_refuses_a_duplicate_key_and_reads_yaml() -> None:
    """The web example answers a duplicate key with a 422 (it was a 200 that dropped a session) and
    takes YAML and CSV programs (?format=)."""
    web = _example("web_handler")
    body = ONE_RDL[:-1] + b', "sessions": []}'
    status, payload = web.handle_check(body)
    assert status == 422 and "duplicate key" in payload["error"]
    status, payload = web.handle_check((EXAMPLES / "article_program.yaml").read_bytes(), fmt="yaml")
    assert status == 200 and payload["program"] == hr.load_program(EXAMPLES / "article_program.yaml").name
    status, payload = web.handle_check(b"Day,Exercise,Sets,Reps\nMon,RDL,3,8\n", fmt="csv")
    assert status == 200 and any(f["code"] == "HR012" for f in payload["findings"])
    status, payload = web.handle_check(b"{}", fmt="toml")
    assert status == 400


def test_upload_over_the_limit_is_refused_before_reading() -> None:
    """Bytes over Limits.max_bytes are an InputLimitError naming the upload and both sizes."""
    body = b"name: p\n" + b"#" * 5000 + b"\n"
    with pytest.raises(hr.InputLimitError, match="5,009 bytes, over the limit of 1,000") as info:
        hr.load_program(body, name="big.yaml", max_bytes=1000)
    assert info.value.location == "big.yaml"
    with pytest.raises(hr.InputLimitError, match="over the limit of 1,000"):
        hr.check(body, name="big.yaml", limits=hr.Limits(max_bytes=1000))


def test_name_is_for_bytes_and_mappings() -> None:
    """name= labels bytes and a mapping; with a path, a Program or a log it is refused, not ignored;
    a name that is no string is a RequestError naming it."""
    data = {
        "name": "p",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 0, "reps": 8}]}],
    }
    with pytest.raises(hr.ProgramError) as info:
        hr.check(data, name="client-42")
    assert info.value.location is not None and info.value.location.startswith("client-42")
    path = EXAMPLES / "article_program.yaml"
    for program in (path, hr.load_program(path)):
        with pytest.raises(hr.RequestError, match="name= labels") as refused:
            hr.check(program, name="x.yaml")
        assert refused.value.location == "name"
    with pytest.raises(hr.RequestError, match="name must be a string") as bad:
        hr.check(b"{}", name=3)  # type: ignore[arg-type]
    assert bad.value.location == "name"


@settings(max_examples=60, deadline=None)
@given(program_data())
def test_program_data_as_json_and_yaml_bytes_checks_as_the_data(data: dict[str, Any]) -> None:
    """Any valid program, posted as JSON or YAML bytes, reports what checking its data reports."""
    expected = _seen(hr.check(data))
    assert _seen(hr.check(json.dumps(data).encode(), name="p.json")) == expected
    assert _seen(hr.check(yaml.safe_dump(data).encode(), name="p.yaml")) == expected


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([None, "x.json", "x.yaml", "x.csv", "x.txt", "x"]))
def test_any_bytes_are_a_report_or_a_library_error(body: bytes, name: str | None) -> None:
    """Whatever an upload holds, check() answers a report or a HamstringRulesError - never another
    exception."""
    with contextlib.suppress(hr.HamstringRulesError):
        hr.check(body, name=name)


def _example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
