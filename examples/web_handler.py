"""A web back end that validates a posted program, or an uploaded workout-app export, and
returns findings as JSON.

Standard library only (http.server); the same ``handle_check`` and ``handle_log`` functions drop
into any framework's view. Run it to start a server on a free local port, post a program and an
export to it, print the answers and stop.

    POST /check?goal=rehab           a JSON program (an object); ?goal= overrides its goal
    POST /check?format=yaml          a YAML program, or ?format=csv a spreadsheet one (a CSV sheet)
    POST /check-log?as_of=2025-11-30  the bytes of a CSV export (Strong, Hevy, FitNotes, any CSV log)
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

import hamstring_rules as hr

MAX_BODY = 256 * 1024  # refuse large programs before parsing them
MAX_LOG_BODY = 16 * 1024 * 1024  # a CSV export: a year of Hevy sets is about 2 MB
FORMATS = ("json", "yaml", "csv")  # what /check?format= takes: a program file's formats


def handle_check(body: bytes, goal: str | None = None, fmt: str = "json") -> tuple[int, dict[str, Any]]:
    """Validate a posted program - JSON (an object), YAML or a spreadsheet CSV - and check it:
    (HTTP status, JSON-ready payload)."""
    if len(body) > MAX_BODY:
        return 413, {"error": f"body over {MAX_BODY} bytes"}
    if fmt not in FORMATS:
        return 400, {"error": f"format must be one of {', '.join(FORMATS)}"}
    if fmt == "json":  # 400 for what is no JSON object at all; the library reads the object
        try:
            data = json.loads(body)
        except (ValueError, RecursionError) as exc:  # bad JSON or UTF-8, a 5,000-digit number, deep nesting
            return 400, {"error": f"malformed JSON: {type(exc).__name__}"}
        if not isinstance(data, dict):  # only an object is a program: a string is never a file path
            return 400, {"error": f"expected a JSON object (a program), got {type(data).__name__}"}
    try:  # the bytes, read as a file is: duplicate keys refused (json.loads keeps the last), lines kept
        report = hr.check(body, name=f"program.{fmt}", goal=goal, limits=hr.Limits(max_bytes=MAX_BODY))
    except hr.HamstringRulesError as exc:  # bad input: the error carries where and what
        return 422, {"error": exc.message, "location": exc.location, "suggestion": exc.suggestion}
    return 200, report.to_dict()


def handle_log(body: bytes, goal: str | None = None, as_of: date | None = None) -> tuple[int, dict[str, Any]]:
    """Check an uploaded CSV export (its bytes): (HTTP status, JSON-ready payload)."""
    if len(body) > MAX_LOG_BODY:
        return 413, {"error": f"body over {MAX_LOG_BODY} bytes"}
    try:  # the upload's bytes, never a path: load_log detects the encoding as for a file
        log = hr.load_log(body, name="upload.csv", max_bytes=MAX_LOG_BODY)
        report = hr.check(log, goal=goal, as_of=as_of)
    except hr.HamstringRulesError as exc:
        return 422, {"error": exc.message, "location": exc.location, "suggestion": exc.suggestion}
    return 200, report.to_dict()


def content_length(value: str | None) -> int | None:
    """The Content-Length header as a byte count, or None when it is missing or not one."""
    if value is None or not value.strip().isdigit() or not value.strip().isascii():
        return None
    return int(value.strip())


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        routes = {"/check": MAX_BODY, "/check-log": MAX_LOG_BODY}
        if url.path not in routes:
            self._send(404, {"error": "POST a program to /check or a CSV export to /check-log"})
            return
        length = content_length(self.headers.get("Content-Length"))
        if length is None:  # never read to the end of the stream on a missing or bad length
            self._send(411, {"error": "a Content-Length header (a byte count) is required"})
            return
        if length > routes[url.path]:  # refused from the header, before reading the body
            self._send(413, {"error": f"body over {routes[url.path]} bytes"})
            return
        body = self.rfile.read(length)
        goal = query.get("goal") or None
        if url.path == "/check":
            status, payload = handle_check(body, goal=goal, fmt=query.get("format") or "json")
        else:
            try:
                as_of = date.fromisoformat(query["as_of"]) if query.get("as_of") else None
            except ValueError:
                self._send(400, {"error": "as_of must be a date, YYYY-MM-DD"})
                return
            status, payload = handle_log(body, goal=goal, as_of=as_of)
        self._send(status, payload)

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if status in (411, 413):  # the body was not read: this connection cannot carry another request
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:  # keep the demo's output clean
        pass


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    here = Path(__file__).parent
    program = yaml.safe_load((here / "typical_leg_day.yaml").read_text())
    try:
        for url, body in (
            (f"{base}/check", json.dumps(program).encode()),
            (f"{base}/check", b'{"name": "x", "sessions": [{"name": "A", "exercises": []}]}'),
            (f"{base}/check?format=yaml", (here / "article_program.yaml").read_bytes()),
            (f"{base}/check-log?goal=tie-in&as_of=2025-11-30", (here / "hevy_export.csv").read_bytes()),
        ):
            request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    status, payload = response.status, json.loads(response.read())
            except urllib.error.HTTPError as exc:
                status, payload = exc.code, json.loads(exc.read())
            if status == 200:
                print(status, [f["code"] for f in payload["findings"]])
            else:
                print(status, payload)
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
