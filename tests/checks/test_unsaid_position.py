"""HR043 unsaid-position-excluded (review28 N7): a name that says no position is read in one
assumed ("Leg Curl (Machine)": the lying curl), and the report says so; at a rehab stage that
excludes the same movement in another position (the seated curl: hip flexion, Goom 2016) the
program passed on that guess. Now a warning asks to name the position."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr


def _program(name: str, goal: str, stage: int | None) -> dict[str, Any]:
    entry = {"exercise": name, "sets": 3, "reps": 15, "tempo": "3-0-3-0"}
    data: dict[str, Any] = {
        "name": "x",
        "goal": goal,
        "sessions": [{"name": "A", "day": "mon", "exercises": [entry]}],
    }
    if stage is not None:
        data["stage"] = stage
    return data


def _codes(name: str, goal: str = "rehab", stage: int | None = 2) -> list[str]:
    return [f.code for f in hr.check(_program(name, goal, stage)).findings if f.code in ("HR010", "HR043")]


@pytest.mark.parametrize("name", ["Leg Curl (Machine)", "Leg curl", "Hamstring curl", "leg curls"])
def test_a_generic_curl_at_rehab_stage_2_is_asked_to_name_its_position(name: str) -> None:
    report = hr.check(_program(name, "rehab", 2))
    (finding,) = [f for f in report.findings if f.code == "HR043"]
    assert finding.severity == "warning" and finding.message.startswith(f"{name} says no position")
    assert "assumed lying" in finding.message and "Seated leg curl" in finding.message
    assert "Goom 2016" in finding.message and "Lying leg curl" in (finding.suggestion or "")
    assert "HR010" not in report.codes  # the reading itself is allowed at stage 2


@pytest.mark.parametrize("name", ["Lying leg curl", "Prone leg curl (machine)", "Standing leg curl"])
def test_a_curl_whose_name_says_its_position_gets_nothing(name: str) -> None:
    assert _codes(name) == []


def test_the_excluded_reading_itself_is_hr010s_error_not_this_warning() -> None:
    assert _codes("Seated leg curl") == ["HR010"]


@pytest.mark.parametrize(
    ("goal", "stage"), [("rehab", 3), ("tie_in_hypertrophy", None), ("strain_prevention", None)]
)
def test_where_the_stage_excludes_no_position_nothing_is_said(goal: str, stage: int | None) -> None:
    assert _codes("Leg Curl (Machine)", goal, stage) == []


def test_the_finding_points_at_the_entry() -> None:
    report = hr.check(_program("Leg Curl (Machine)", "rehab", 2))
    (finding,) = [f for f in report.findings if f.code == "HR043"]
    assert finding.location.exercise == "Leg Curl (Machine)" and finding.location.session == "A"


_catalog = hr.Catalog.builtin()


@given(st.sampled_from(sorted(e.name for e in _catalog)), st.sampled_from([1, 2, 3, 4]))
def test_a_catalog_name_never_gets_hr043_unless_its_reading_assumed_a_position(name: str, stage: int) -> None:
    """Property: HR043 fires only on names whose reading records an assumed position, and never
    together with HR010 on the same entry (one reason, one finding)."""
    codes = _codes(name, "rehab", stage)
    assumed = any(a.startswith("assumed ") for a in _catalog.classify(name).assumed)
    if "HR043" in codes:
        assert assumed and "HR010" not in codes
