"""SARIF 2.1.0 output, so code-hosting tools show findings on program files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .findings import Finding, Report
from .rules import RuleSet

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _yaml_lines(path: str) -> Any:
    """The composed YAML node tree of a file (for line numbers), or ``None``."""
    try:
        import yaml

        text = Path(path).read_text(encoding="utf-8-sig")
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except Exception:  # a file that cannot be re-read just has no line numbers
        return None


def _child(node: Any, key: str | int) -> Any:
    import yaml

    if isinstance(key, int) and isinstance(node, yaml.SequenceNode):
        return node.value[key] if 0 <= key < len(node.value) else None
    if isinstance(key, str) and isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if getattr(k, "value", None) == key:
                return v
    return None


def _line(tree: Any, finding: Finding) -> int | None:
    loc = finding.location
    if tree is None or loc.session_index is None:
        return None
    node = tree
    if _child(node, "weeks") is not None and loc.week:
        node = _child(_child(node, "weeks"), loc.week - 1)
    node = _child(_child(node, "sessions"), loc.session_index - 1)
    if node is not None and loc.exercise_index:
        node = _child(_child(node, "exercises"), loc.exercise_index - 1)
    return None if node is None else int(node.start_mark.line) + 1


def sarif(reports: Sequence[Report], rules: RuleSet | None = None, version: str = "") -> dict[str, Any]:
    """A SARIF 2.1.0 log of the reports' findings, with every check rule listed."""
    rules = RuleSet.builtin() if rules is None else rules
    descriptors: dict[str, dict[str, Any]] = {}
    for rule in rules:
        if rule.effect.kind != "finding":
            continue
        code = rule.effect.code or rule.id
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
        tree = (
            _yaml_lines(report.source)
            if report.source and report.source.endswith((".yaml", ".yml"))
            else None
        )
        for finding in report.findings:
            location: dict[str, Any] = {
                "logicalLocations": [{"fullyQualifiedName": str(finding.location), "kind": "member"}]
            }
            if report.source:
                physical: dict[str, Any] = {"artifactLocation": {"uri": Path(report.source).as_posix()}}
                line = _line(tree, finding)
                if line is not None:
                    physical["region"] = {"startLine": line}
                location["physicalLocation"] = physical
            result: dict[str, Any] = {
                "ruleId": finding.code,
                "ruleIndex": ids.index(finding.code) if finding.code in descriptors else -1,
                "level": _LEVEL[finding.severity],
                "message": {"text": f"{finding.message} {finding.suggestion}".strip()},
                "locations": [location],
            }
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
                        "informationUri": "https://pypi.org/project/hamstring-rules/",
                        "rules": [descriptors[i] for i in ids],
                    }
                },
                "results": results,
            }
        ],
    }
