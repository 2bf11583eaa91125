"""JSON output is a contract: its shape is pinned by snapshot files (add fields, never remove).

A snapshot records the *shape* - keys and value types, recursively - not the values, so a
better ranking does not break it but a renamed or removed field does. To accept a deliberate
addition, run ``UPDATE_SNAPSHOTS=1 pytest tests/outputs/test_contracts.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import hamstring_rules as hr
from hamstring_rules.emitters.sarif import sarif

SNAPSHOTS = Path(__file__).parent.parent / "snapshots"
EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


def shape(value: Any) -> Any:
    """Keys and JSON types, recursively; a list is the union of its items' shapes."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        merged: dict[str, Any] = {}
        kinds: set[str] = set()
        for item in value:
            s = shape(item)
            if isinstance(s, dict):
                for k, v in s.items():
                    merged.setdefault(k, v)
            else:
                kinds.add(s if isinstance(s, str) else "list")
        return [merged] if merged else sorted(kinds)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "string"


def missing(old: Any, new: Any, path: str = "$") -> list[str]:
    """Fields the snapshot has that the new output lacks, and values whose type changed
    (additions are allowed; ``null`` either side is an optional value, not a change)."""
    out: list[str] = []
    if isinstance(old, str):
        if not isinstance(new, str):
            return [f"{path} is no longer a {old}"]
        if old != new and "null" not in (old, new):
            return [f"{path} changed from {old} to {new}"]
        return []
    if isinstance(old, list) and old and all(isinstance(k, str) for k in old):
        if not isinstance(new, list):
            return [f"{path} is no longer a list"]
        if new and all(isinstance(k, str) for k in new):
            changed = sorted(set(old) - set(new) - {"null"})
            if changed and not (set(new) - {"null"}) >= (set(old) - {"null"}):
                return [f"{path}[] changed from {old} to {new}"]
        return []
    if isinstance(old, dict):
        if not isinstance(new, dict):
            return [f"{path} is no longer an object"]
        for key, value in old.items():
            if key not in new:
                out.append(f"{path}.{key} was removed")
            else:
                out += missing(value, new[key], f"{path}.{key}")
    elif isinstance(old, list) and old and isinstance(old[0], dict):
        if not (isinstance(new, list) and new and isinstance(new[0], dict)):
            return [f"{path}[] is no longer a list of objects"]
        out += missing(old[0], new[0], f"{path}[]")
    return out


CASES = {
    "recommend_rehab": lambda: hr.recommend(goal="rehab", pain=6).to_dict(),
    "check_typical_leg_day": lambda: hr.check(EXAMPLES / "typical_leg_day.yaml").to_dict(),
    "check_hevy_log": lambda: hr.check(EXAMPLES / "hevy_export.csv").to_dict(),
    "substitute_rdl": lambda: hr.substitute("RDL", goal="tie-in").to_dict(),
    "sarif": lambda: sarif([hr.check(EXAMPLES / "typical_leg_day.yaml")]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_json_shape_is_stable(name: str) -> None:
    """The output keeps every field its snapshot records."""
    current = shape(json.loads(json.dumps(CASES[name]())))
    file = SNAPSHOTS / f"{name}.json"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        file.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n")
    assert file.exists(), f"no snapshot {file.name}: run UPDATE_SNAPSHOTS=1 pytest {__file__} to record it"
    pinned = json.loads(file.read_text())
    assert missing(pinned, current) == []


def test_shape_check_catches_a_changed_value_type() -> None:
    """A number that becomes text, or text that becomes a number, fails; an optional value
    (null in one output, a number in another) does not."""
    old = shape({"score": 3.5, "code": "HR001", "stage": None, "tags": ["a"]})
    assert missing(old, shape({"score": "3.5", "code": "HR001", "stage": None, "tags": ["a"]})) == [
        "$.score changed from number to string"
    ]
    assert missing(old, shape({"score": 3.5, "code": 1, "stage": 2, "tags": ["a"]})) == [
        "$.code changed from string to number"
    ]
    assert missing(old, shape({"score": 3.5, "code": "x", "stage": 2, "tags": [1]})) == [
        "$.tags[] changed from ['string'] to ['number']"
    ]
    assert missing(old, shape({"score": 1, "code": "x", "stage": 2, "tags": []})) == []


def test_a_missing_snapshot_fails_instead_of_being_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without UPDATE_SNAPSHOTS, an absent snapshot is a failure, and nothing is written."""
    monkeypatch.setitem(globals(), "SNAPSHOTS", tmp_path)
    monkeypatch.delenv("UPDATE_SNAPSHOTS", raising=False)
    with pytest.raises(AssertionError, match="no snapshot"):
        test_json_shape_is_stable("recommend_rehab")
    assert list(tmp_path.iterdir()) == []


def test_shape_check_catches_a_removed_field() -> None:
    """The comparison itself fails when a field disappears (so the snapshots can fail)."""
    old = shape({"findings": [{"code": "HR001", "message": "x"}], "goal": "g"})
    new = shape({"findings": [{"code": "HR001"}], "goal": "g"})
    assert missing(old, new) == ["$.findings[].message was removed"]
