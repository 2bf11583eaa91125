"""Workout logs, session 23: ``unit=`` (``--unit``) converts the weights of a file that records its
unit, and is the unit of one that records none - which is now said, so that a kg lifter who passes
``--unit lb`` to an old Strong export learns its kilograms were read as pounds (review27 R21)."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.logs import read_in_unit

STRONG_OLD = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,"
    "RPE\n"
    '2025-11-03 18:00:00,"Legs",1h,"Romanian Deadlift (Barbell)",1,100,8,0,0,"",,\n'
)
HEVY_KG = (
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
    "set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
    'Legs,"3 Nov 2025, 18:00","3 Nov 2025, 19:00",,Romanian Deadlift (Barbell),,,0,normal,100,8,,,\n'
)
SHEET = "Date,Exercise,Weight,Reps\n2025-11-03,RDL,100,8\n"


def _issues(text: str, **kw: object) -> list[str]:
    log = hr.load_log(io.StringIO(text), name="x.csv", **kw)  # type: ignore[arg-type]
    return [i.message for i in log.issues]


@pytest.mark.parametrize("unit", ["kg", "lb"])
@pytest.mark.parametrize("text", [STRONG_OLD, SHEET])
def test_a_unit_given_to_a_file_of_no_unit_is_said_to_be_read_not_converted(text: str, unit: str) -> None:
    """The notice names the unit read and says the weights were not converted."""
    said = [m for m in _issues(text, unit=unit) if "records no weight unit" in m]
    assert len(said) == 1
    assert f"read as {unit}" in said[0] and "not converted" in said[0]


def test_a_file_that_records_its_unit_says_nothing_of_the_unit_given() -> None:
    """A Hevy kg export read with unit='lb' is converted: no such notice."""
    assert not any("records no weight unit" in m for m in _issues(HEVY_KG, unit="lb"))


def test_a_file_whose_cells_name_their_unit_says_nothing_of_the_unit_given() -> None:
    """Weights written with their unit (``100 kg``) are converted: no such notice."""
    text = SHEET.replace(",100,", ",100 kg,")
    assert not any("records no weight unit" in m for m in _issues(text, unit="lb"))


def test_a_file_of_no_weights_says_nothing_of_the_unit_given() -> None:
    """Body-weight sets only: no weight was read in the unit, so nothing is said."""
    text = "Date,Exercise,Weight,Reps\n2025-11-03,Nordic curl,,5\n"
    assert not any("records no weight unit" in m for m in _issues(text, unit="lb"))


def test_the_cli_help_says_what_unit_does() -> None:
    """``check --help`` says a file that records no unit is read in it, not converted."""
    import contextlib

    from hamstring_rules.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "not converted" in " ".join(out.getvalue().split())


@settings(max_examples=10, deadline=None)
@given(text=st.sampled_from([STRONG_OLD, SHEET]), unit=st.sampled_from(["kg", "lb"]))
def test_a_log_loaded_first_says_the_same_once_its_unit_is_given(text: str, unit: str) -> None:
    """``read_in_unit(load_log(data), unit)`` (what ``check(log, unit=)`` does) says what
    ``load_log(data, unit=)`` says, in the same place."""
    loaded = read_in_unit(hr.load_log(text.encode(), name="x.csv"), unit)
    direct = hr.load_log(text.encode(), name="x.csv", unit=unit)
    assert [str(i) for i in loaded.issues] == [str(i) for i in direct.issues]
