"""Data is never a path: a payload can never make the library touch the file system.

``check()`` reads a file only for an ``os.PathLike``; the web and batch examples answer 400
for any body that is not a JSON object. Every path honours the caller's limits.
"""

from __future__ import annotations

import builtins
import importlib.util
import io
import json
import os
import pathlib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import hamstring_rules as hr

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"


def _example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _path_strings(secret: Path) -> list[str]:
    """Every kind of string a path could be, several pointing at a real secret file."""
    rel = os.path.relpath(secret)
    return [
        str(secret),
        rel,
        "./" + rel,
        secret.name,
        str(secret.with_suffix(".yaml")),
        str(secret.with_suffix(".csv")),
        str(secret.with_suffix(".json")),
        str(secret.parent),
        "~/" + secret.name,
        "~",
        "/etc/passwd",
        "../../../../../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "C:\\Windows\\win.ini",
        "\\\\server\\share\\x.yaml",
        "file://" + str(secret),
        str(secret) + "\x00.yaml",
        "/srv/\udc80secret.yaml",
        "/srv/\ud800.yaml",
        "/nonexistent/program.yaml",
        "program.yaml",
        "hevy_export.csv",
        "/" + "a" * 5000 + ".yaml",
        "/dev/zero",
        "/proc/self/environ",
        "",
    ]


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    file = tmp_path / "secret.txt"
    file.write_text("name,TOPSECRET\n")
    for suffix in (".yaml", ".csv", ".json"):
        file.with_suffix(suffix).write_text("name: TOPSECRET\nsessions: []\n")
    return file


@pytest.fixture
def no_file_access(monkeypatch: pytest.MonkeyPatch) -> None:
    """After warming the built-ins, any file system read fails the test."""
    hr.check(
        {
            "name": "warm",
            "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 1, "reps": 5}]}],
        }
    )

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"file system touched: {args[:1]!r}")

    for target, attr in (
        (builtins, "open"),
        (io, "open"),
        (os, "stat"),
        (os, "open"),
        (pathlib.Path, "open"),
        (pathlib.Path, "stat"),
        (pathlib.Path, "read_bytes"),
        (pathlib.Path, "read_text"),
    ):
        monkeypatch.setattr(target, attr, refuse)


def test_web_handler_never_reads_a_posted_path(secret: Path, no_file_access: None) -> None:
    """A JSON string body - whatever path it names - is a 400 and never touches a file."""
    web = _example("web_handler")
    for text in _path_strings(secret):
        body = json.dumps(text).encode()
        status, payload = web.handle_check(body)
        assert status == 400, (text, payload)
        assert "TOPSECRET" not in json.dumps(payload)
        # the same strings inside a program object: a 422 about the program, still no file
        status, payload = web.handle_check(json.dumps({"name": "p", "sessions": text}).encode())
        assert status == 422, (text, payload)
        assert "TOPSECRET" not in json.dumps(payload)


@pytest.mark.parametrize(
    "body",
    [b"9" * 5000, b"[" * 100_000, b'"\\u0000"', b'"\\udc80"', b"\xff\xfe", b"null", b"[]", b"1e999", b""],
    ids=["digits", "deep", "nul", "surrogate", "bad-utf8", "null", "list", "huge-float", "empty"],
)
def test_web_handler_answers_hostile_bodies_with_a_status(body: bytes) -> None:
    """Bodies that made the handler raise (digits, deep JSON, NUL, surrogates) get a 400."""
    status, payload = _example("web_handler").handle_check(body)
    assert status == 400
    json.dumps(payload)


def test_batch_example_rejects_non_mappings(secret: Path, no_file_access: None) -> None:
    """The batch example's check_one answers an error row for a string; never reads it."""
    batch = _example("batch_check")
    for text in _path_strings(secret)[:6]:
        row = batch.check_one(text)
        assert row["ok"] is False and "mapping" in row["error"]
    assert batch.check_one({"name": "p"})["ok"] is False


def test_check_refuses_a_str(secret: Path) -> None:
    """A plain str is never read as a path; the error says to pass a Path or the data."""
    for text in (str(secret.with_suffix(".yaml")), "name: x", str(secret.with_suffix(".csv"))):
        with pytest.raises(hr.RequestError, match="Path") as info:
            hr.check(text)  # type: ignore[arg-type]
        assert "TOPSECRET" not in str(info.value)
    # bytes are an upload's content (review25 R4), never a path: a path in them is read as text
    for raw in (b"/etc/passwd", str(secret).encode(), str(secret.with_suffix(".yaml")).encode()):
        with pytest.raises(hr.HamstringRulesError) as read:
            hr.check(raw)
        assert "TOPSECRET" not in str(read.value)
        assert str(read.value.location).startswith("upload")
    assert hr.check(EXAMPLES / "typical_leg_day.yaml").program == "Typical leg day"
    assert hr.load_program(str(EXAMPLES / "typical_leg_day.yaml")).name == "Typical leg day"


def test_every_path_honours_the_callers_limits(tmp_path: Path) -> None:
    """Programs, logs (through check), catalogs and rule packs all refuse a file over the limit."""
    with pytest.raises(hr.InputLimitError):
        hr.check(EXAMPLES / "typical_leg_day.yaml", limits=hr.Limits(max_bytes=50))
    with pytest.raises(hr.InputLimitError):
        hr.check(EXAMPLES / "hevy_export.csv", limits=hr.Limits(max_log_bytes=50))
    hr.check(EXAMPLES / "hevy_export.csv", limits=hr.Limits(max_log_bytes=10**6))
    catalog = tmp_path / "c.json"
    catalog.write_text('{"exercise": []}' + " " * 200)
    with pytest.raises(hr.InputLimitError):
        hr.Catalog.from_file(catalog, max_bytes=100)
    pack = tmp_path / "p.json"
    pack.write_text('{"rule": []}' + " " * 200)
    with pytest.raises(hr.InputLimitError):
        hr.RuleSet.from_file(pack, max_bytes=100)
    with pytest.raises(hr.InputLimitError):
        hr.load_log(EXAMPLES / "hevy_export.csv", max_bytes=100)
