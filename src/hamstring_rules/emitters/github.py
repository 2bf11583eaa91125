"""GitHub Actions workflow commands (``check --format github``): one annotation per finding.

``::error file=program.yaml,line=12,title=HR009 unknown-exercise::message (suggestion)`` shows on
the pull request's diff next to that line (findings of a whole week point at the file). Values
are escaped as the runner expects (``%``, CR, LF; in properties also ``:`` and ``,``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._tables import accepts

if TYPE_CHECKING:
    from ..findings import Finding
    from ..rules import RuleSet

ACCEPTS = ("findings.Report",)

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, source: str | None) -> str:
    """One ``::level file=...,line=...,title=...::message`` line."""
    props = []
    if source:
        props.append(f"file={_property(source)}")
        if finding.location.line is not None:
            props.append(f"line={finding.location.line}")
    props.append(f"title={_property(f'{finding.code} {finding.symbol}'.strip())}")
    where = str(finding.location)
    message = f"{where}: {finding.message}" + (f" ({finding.suggestion})" if finding.suggestion else "")
    return f"::{_LEVEL[finding.severity]} {','.join(props)}::{_data(message)}"


def emit(
    results: Sequence[object],
    *,
    rules: RuleSet | None = None,
    failures: Sequence[tuple[int, str, Exception]] = (),
) -> str:
    """Every finding of every report, one annotation a line; first an error annotation for each
    of ``failures`` (a file that could not be read: ``(position, name, error)``)."""
    lines = [
        f"::error file={_property(name)},title={_property(type(error).__name__)}::{_data(str(error))}"
        for _, name, error in sorted(failures, key=lambda f: f[0])
    ]
    lines += [annotation(f, r.source) for r in results if accepts(ACCEPTS, type(r)) for f in r.findings]  # type: ignore[attr-defined]
    return "\n".join(lines)
