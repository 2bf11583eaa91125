"""SARIF 2.1.0 (``check --format sarif``), so code-hosting tools show findings on program files.

Line numbers come from the findings themselves (``Location.line``, kept when a YAML program is
parsed); the program file is never read again here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .. import PROJECT_URL, __version__
from ..findings import FindingGroup, Report
from ..rules import RuleSet
from ._tables import message
from .json import dumps

ACCEPTS = (Report,)

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def sarif(
    reports: Sequence[Report],
    rules: RuleSet | None = None,
    version: str = "",
    failures: Sequence[tuple[str, Exception]] = (),
) -> dict[str, Any]:
    """A SARIF 2.1.0 log of the reports' findings, with every check rule listed; each of
    ``failures`` (a file that could not be read, and why) is an error notification of an
    unsuccessful invocation."""
    rules = RuleSet.builtin() if rules is None else rules
    descriptors: dict[str, dict[str, Any]] = {}
    for rule in rules:
        if rule.effect.kind != "finding":
            continue
        code = rule.code
        if code in descriptors:
            continue
        doc = rule.doc
        descriptors[code] = {
            "id": code,
            "name": rule.symbol,
            "shortDescription": {"text": doc.get("what", rule.rationale)},
            "fullDescription": {"text": doc.get("why", rule.rationale)},
            "help": {"text": f"{doc.get('why', rule.rationale)} Instead: {doc.get('instead', '')}".strip()},
            "defaultConfiguration": {"level": _LEVEL[rule.effect.severity]},
            "properties": {"source": rule.source},
        }
    ids = sorted(descriptors)
    results = []
    for report in reports:
        for finding in report.grouped():
            grouped = isinstance(finding, FindingGroup)
            where = finding.where if isinstance(finding, FindingGroup) else str(finding.location)
            location: dict[str, Any] = {"logicalLocations": [{"fullyQualifiedName": where, "kind": "member"}]}
            if report.source:
                artifact = {"uri": uri(report.source)}
                physical: dict[str, Any] = {"artifactLocation": artifact}
                # a group is told by its latest occurrence: its line; every occurrence's is related
                if isinstance(finding, FindingGroup):
                    line = finding.lines[-1] if finding.lines else None
                else:
                    line = finding.location.line
                if line is not None:
                    physical["region"] = {"startLine": line}
                location["physicalLocation"] = physical
            text = message(finding)
            result: dict[str, Any] = {
                "ruleId": finding.code,
                "ruleIndex": ids.index(finding.code) if finding.code in descriptors else -1,
                "level": _LEVEL[finding.severity],
                "message": {"text": f"{where + ': ' if grouped else ''}{text} {finding.suggestion}".strip()},
                "locations": [location],
            }
            if isinstance(finding, FindingGroup):
                result["properties"] = {"weeks": list(finding.weeks), "of": finding.of}
                places = finding.sessions if finding.level == "session" else finding.weeks
                related = (
                    []
                    if not report.source
                    else [
                        {
                            "id": i,
                            "physicalLocation": {"artifactLocation": artifact, "region": {"startLine": line}},
                            "message": {"text": place},
                        }
                        for i, (place, line) in enumerate(zip(places, finding.lines, strict=False))
                        if line is not None
                    ]
                )
                if related:
                    result["relatedLocations"] = related
                if finding.level == "session":  # one result per group, as for weeks
                    result["properties"]["sessions"] = list(finding.sessions)
            if result["ruleIndex"] < 0:
                del result["ruleIndex"]
            results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "hamstring-rules",
                        "version": version or "0",
                        "informationUri": PROJECT_URL,
                        "rules": [descriptors[i] for i in ids],
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not failures,
                        "toolExecutionNotifications": _unique(
                            [
                                *(_failure(name, error) for name, error in failures),
                                *(n for r in reports for n in _notifications(r)),
                            ]
                        ),
                    }
                ],
                "results": results,
                "properties": {"reports": [report_facts(r) for r in reports]},
            }
        ],
    }


def report_facts(report: Report) -> dict[str, Any]:
    """What a report says besides its findings, for the run's property bag (one entry per file
    checked, in order): the file, its kind (``program`` or ``log``), goal, stage, and for logs
    the as-of date and unit; the rows that could not be read and notices such as a week still in
    progress (``input_issues``); the goal's notes."""
    return {
        "source": Path(report.source).as_posix() if report.source else None,
        "program": report.program,
        "kind": report.kind,
        "goal": report.goal,
        "goal_assumed": report.goal_assumed,
        "stage": report.stage,
        "stage_assumed": report.stage_assumed,
        "as_of": report.as_of,
        "unit": report.unit,
        "ok": report.ok,
        "input_issues": list(report.input_issues),
        "notes": list(report.notes),
    }


#: What a path may keep as it is in a URI reference's path (RFC 3986: unreserved, sub-delims,
#: ':', '@' and '/'); anything else - a space, '#', '?', '%', a backslash, non-ASCII - is escaped.
_URI_SAFE = "/!$&'()*+,;=:@-._~"


def uri(path: str) -> str:
    """A file's path as SARIF's ``artifactLocation.uri`` takes it: a URI reference (SARIF 2.1.0
    3.10.2), percent-encoded (``leg day #2.yaml`` was written as it is: a tool read ``#2.yaml``
    as a fragment, a space or ``%`` as an invalid URI). A relative path stays relative (code
    hosts resolve it against the repository); a Windows drive path is a ``file:`` URI."""
    from urllib.parse import quote

    found = Path(path)
    if found.drive and found.is_absolute():  # C:/x would read as the scheme 'c'
        return found.as_uri()
    text = quote(found.as_posix(), safe=_URI_SAFE)
    if ":" in text.split("/", 1)[0]:  # a first segment with ':' would read as a scheme too
        text = "./" + text
    if text.startswith("//"):  # POSIX's "//x" would read as a host x: the second slash encoded
        text = "/%2F" + text[2:]
    return text


def _unique(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each item once, in order (SARIF wants unique notifications; a file given twice repeats them)."""
    return list({json.dumps(i, sort_keys=True): i for i in items}.values())


def _notifications(report: Report) -> list[dict[str, Any]]:
    """A report's input issues as the invocation's tool notifications (level ``note``: the file
    was read; these rows or weeks were read differently), pointing at the file."""
    out = []
    for issue in report.input_issues:
        notification: dict[str, Any] = {"level": "note", "message": {"text": issue}}
        if report.source:
            location = {"artifactLocation": {"uri": uri(report.source)}}
            notification["locations"] = [{"physicalLocation": location}]
        out.append(notification)
    return out


def _failure(name: str, error: Exception) -> dict[str, Any]:
    """A file that could not be checked, as an error notification pointing at it."""
    code = type(error).__name__
    return {
        "level": "error",
        "message": {"text": str(error)},
        "descriptor": {"id": code},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(name)}}}],
    }


def emit(
    results: Sequence[object],
    *,
    rules: RuleSet | None = None,
    failures: Sequence[tuple[int, str, Exception]] = (),
) -> str:
    """One SARIF log for all the reports (``failures``: the files that could not be read, as
    ``(position, name, error)``)."""
    reports = [r for r in results if isinstance(r, Report)]
    if len(reports) != len(results):
        raise TypeError("SARIF is written for check reports only")
    failed = [(name, error) for _, name, error in sorted(failures, key=lambda f: f[0])]
    return dumps(sarif(reports, rules, __version__, failed), 2)
