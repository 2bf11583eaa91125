"""A web back end that validates a posted program and returns findings as JSON.

Standard library only (http.server); the same ``handle_check`` function drops into any
framework's view. Run it to start a server on a free local port, post one program to it,
print the answer and stop.
"""

from __future__ import annotations

import json
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

import hamstring_rules as hr

MAX_BODY = 256 * 1024  # refuse large uploads before parsing them


def handle_check(body: bytes, goal: str | None = None) -> tuple[int, dict[str, Any]]:
    """Validate a JSON program and check it: (HTTP status, JSON-ready payload)."""
    if len(body) > MAX_BODY:
        return 413, {"error": f"body over {MAX_BODY} bytes"}
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:  # bad JSON or UTF-8, a 5,000-digit number, deep nesting
        return 400, {"error": f"malformed JSON: {type(exc).__name__}"}
    if not isinstance(data, dict):  # only an object is a program: a string is never a file path
        return 400, {"error": f"expected a JSON object (a program), got {type(data).__name__}"}
    try:
        report = hr.check(data, goal=goal)
    except hr.HamstringRulesError as exc:  # bad input: the error carries where and what
        return 422, {"error": exc.message, "location": exc.location, "suggestion": exc.suggestion}
    return 200, report.to_dict()


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        if self.path.split("?")[0] != "/check":
            self._send(404, {"error": "POST a program to /check"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(min(length, MAX_BODY + 1))
        status, payload = handle_check(body)
        self._send(status, payload)

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:  # keep the demo's output clean
        pass


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/check"
    program = yaml.safe_load((Path(__file__).parent / "typical_leg_day.yaml").read_text())
    try:
        for body in (
            json.dumps(program).encode(),
            b'{"name": "x", "sessions": [{"name": "A", "exercises": []}]}',
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
