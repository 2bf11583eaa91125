"""examples/web_handler.py as a server: bad Content-Length headers, a declared-oversized body,
?goal= and an uploaded export (review2 R4, R7)."""

from __future__ import annotations

import importlib.util
import json
import socket
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
PROGRAM = {
    "name": "p",
    "goal": "tie_in_hypertrophy",
    "sessions": [{"name": "A", "day": "mon", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
}


def _web() -> ModuleType:
    spec = importlib.util.spec_from_file_location("web_handler", EXAMPLES / "web_handler.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def web() -> ModuleType:
    return _web()


@pytest.fixture(scope="module")
def port(web: ModuleType) -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), web.Handler)
    server.daemon_threads = True  # a handler stuck reading must not hold the test run
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield int(server.server_address[1])
    server.shutdown()
    server.server_close()


#: A wall-clock hang guard: the server answers at once (a check: well under a second), while the
#: bugs this file guards against never answer. Slack for a loaded machine (parallel workers,
#: other jobs): a guard of 5 s could fail a correct server.
ANSWER_S = 30


def _head(target: bytes, length: int) -> bytes:
    return b"POST %s HTTP/1.1\r\nHost: x\r\nContent-Length: %d" % (target, length)


def _post(port: int, head: bytes, body: bytes) -> tuple[int | None, Any]:
    """Send a raw request; (status, JSON payload), or (None, why) when no answer came in
    ``ANSWER_S`` seconds."""
    with socket.create_connection(("127.0.0.1", port), timeout=ANSWER_S) as sock:
        sock.sendall(head + b"\r\n\r\n" + body)
        data = b""
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except TimeoutError:
            if not data:
                return None, f"no answer in {ANSWER_S} s"
    if not data:
        return None, "connection closed without an answer"
    status_line, _, rest = data.partition(b"\r\n")
    payload = rest.partition(b"\r\n\r\n")[2]
    return int(status_line.split()[1]), json.loads(payload) if payload else None


@pytest.mark.parametrize("length", [b"abc", b"-1", b"", b"1e3", "\u00b2".encode()])
def test_a_bad_content_length_is_answered_at_once(port: int, length: bytes) -> None:
    """It raised (connection dropped) or read to the end of the stream (no answer)."""
    body = json.dumps(PROGRAM).encode()
    status, payload = _post(port, b"POST /check HTTP/1.1\r\nHost: x\r\nContent-Length: " + length, body)
    assert status == 411, payload


def test_a_declared_oversized_body_is_refused_from_the_header(port: int, web: ModuleType) -> None:
    """It read MAX_BODY + 1 bytes first: a client that sent a short body got no answer."""
    head = _head(b"/check", web.MAX_BODY + 1)
    status, payload = _post(port, head, b"{}")
    assert status == 413, payload


def test_the_goal_in_the_query_is_used(port: int) -> None:
    """handle_check(body, goal) was never given the query's goal."""
    body = json.dumps(PROGRAM).encode()
    head = _head(b"/check?goal=rehab", len(body))
    status, payload = _post(port, head, body)
    assert status == 200, payload
    assert payload["goal"] == "rehab"


def _export(encoding: str, bom: bytes = b"") -> bytes:
    text = (
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
        "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
        + "".join(
            f'Lower A,"3 Nov 2025, 07:48","3 Nov 2025, 09:01",Hüfte,Romanian Deadlift (Barbell),,,'
            f"{i},normal,100,8,,,\n"
            for i in range(3)
        )
    )
    return bom + text.encode(encoding)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")],
    ids=["utf8", "bom", "excel"],
)
def test_an_uploaded_export_is_checked(port: int, encoding: str, bom: bytes) -> None:
    """There was no way to post an export (the example handled programs only)."""
    body = _export(encoding, bom)
    head = _head(b"/check-log?as_of=2025-11-30&goal=tie-in", len(body))
    status, payload = _post(port, head, body)
    assert status == 200, payload
    assert payload["goal"] == "tie_in_hypertrophy"
    week = payload["summary"]["weeks"][0]
    assert week["label"] == "2025-W45"
    assert week["sets_by_action"]["straight_knee_hip_extension"] == 3


def test_a_bad_as_of_is_a_400(port: int) -> None:
    body = _export("utf-8")
    head = _head(b"/check-log?as_of=30/11/2025", len(body))
    status, payload = _post(port, head, body)
    assert status == 400, payload


def test_an_upload_that_is_no_export_is_a_422(web: ModuleType) -> None:
    status, payload = web.handle_log(b"\x00\x01 not a csv")
    assert status == 422
    assert payload["error"]
