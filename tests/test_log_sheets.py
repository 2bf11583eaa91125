"""Logs from apps the reader does not know by name and logs kept by hand (spreadsheets, coach
sheets): the generic reader's units, dates, reps and header errors, as a new user's exports
write them (a review of unseen exports, 2026-12)."""

from __future__ import annotations

from pathlib import Path

import pytest

import hamstring_rules as hr

LB = 0.45359237


def _log(tmp_path: Path, text: str, name: str = "log.csv", **kwargs: object) -> hr.WorkoutLog:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return hr.load_log(path, **kwargs)  # type: ignore[arg-type]


def _tops(log: hr.WorkoutLog) -> list[float | None]:
    return [e.top_kg for w in log.workouts for e in w.exercises]


# -- units ---------------------------------------------------------------------------------------

KG_SPELLINGS = ["kg", "KG", "Kg.", "kgs", "kilo", "kilos", "kilogram", "Kilograms", "Kilogramm", "kilogramos"]
LB_SPELLINGS = ["lb", "lbs", "lbs.", "LBS", "pound", "Pounds", "Pfund", "libras", "livres", "#"]


@pytest.mark.parametrize("unit", KG_SPELLINGS + LB_SPELLINGS)
def test_a_unit_column_spelt_out_keeps_the_weight(tmp_path: Path, unit: str) -> None:
    """Garmin's FIT export writes 'kilogram', apps in other languages 'Pfund' or 'libras': each
    lost its weight as 'not kg or lb'."""
    log = _log(tmp_path, f"Date,Exercise,Reps,Weight,Unit\n2026-10-05,Romanian Deadlift,8,100,{unit}\n")
    expected = 100.0 if unit in KG_SPELLINGS else 100 * LB
    assert _tops(log) == [pytest.approx(expected, abs=1e-3)]
    assert not [i for i in log.issues if "not kg or lb" in i.message]


@pytest.mark.parametrize("unit", ["st", "stone", "g", "oz", "bananas"])
def test_a_unit_cell_in_another_unit_is_reported_and_the_weight_dropped(tmp_path: Path, unit: str) -> None:
    log = _log(tmp_path, f"Date,Exercise,Reps,Weight,Unit\n2026-10-05,Romanian Deadlift,8,100,{unit}\n")
    assert _tops(log) == [None]
    assert any("line 2" in str(i) and "not kg or lb" in i.message for i in log.issues)


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Gewicht (Pfund)", "lb"),
        ("Peso (libras)", "lb"),
        ("Poids (livres)", "lb"),
        ("Weight (pounds)", "lb"),
        ("weight_lb", "lb"),
        ("Weight (#)", "lb"),
        ("Load (kgs)", "kg"),
        ("Weight (kilograms)", "kg"),
        ("Carga (kg)", "kg"),
    ],
)
def test_a_weight_column_named_in_a_unit_is_read_in_it(tmp_path: Path, header: str, unit: str) -> None:
    """'Gewicht (Pfund)' 225 was shown as 225 kg (an e1RM of 285 kg)."""
    log = _log(tmp_path, f"Date,Exercise,Reps,{header}\n2026-10-05,Romanian Deadlift,8,225\n")
    assert log.unit == unit
    assert _tops(log) == [pytest.approx(225 * (LB if unit == "lb" else 1.0), abs=1e-3)]


@pytest.mark.parametrize("header", ["Weight (stone)", "Weight (st)", "Gewicht (g)", "Weight (oz)"])
def test_a_weight_column_in_another_unit_is_refused_naming_it(tmp_path: Path, header: str) -> None:
    """Never read as kilograms: a stone is 6.35 kg."""
    with pytest.raises(hr.LogFormatError) as info:
        _log(tmp_path, f"Date,Exercise,Reps,{header}\n2026-10-05,Romanian Deadlift,8,15\n")
    assert info.value.location is not None and info.value.location.endswith("log.csv:1")
    assert repr(header) in info.value.message and "not kg or lb" in info.value.message


@pytest.mark.parametrize(("cell", "kg"), [("100 kilos", 100.0), ("225 Pfund", 225 * LB), ("100kg.", 100.0)])
def test_a_weight_cell_with_its_unit_spelt_out(tmp_path: Path, cell: str, kg: float) -> None:
    log = _log(tmp_path, f"Date,Exercise,Reps,Weight\n2026-10-05,Romanian Deadlift,8,{cell}\n")
    assert _tops(log) == [pytest.approx(kg, abs=1e-3)]


def test_a_weight_cell_in_an_unknown_unit_is_reported(tmp_path: Path) -> None:
    log = _log(tmp_path, "Date,Exercise,Reps,Weight\n2026-10-05,Romanian Deadlift,8,15 stone\n")
    assert _tops(log) == [None]
    assert any("'15 stone'" in i.message and "not a weight" in i.message for i in log.issues)
