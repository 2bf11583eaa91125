"""A program sheet's load column is each entry's load (Entry.load), as a program file's ``load:`` is."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr


@pytest.mark.parametrize(
    ("column", "cell", "load"),
    [
        ("Load", "100kg", "100kg"),
        ("Weight (kg)", "100", "100 kg"),
        ("%1RM", "85", "85% 1RM"),
        ("Load", "70%", "70%"),
        ("Load", "bodyweight", "bodyweight"),
        ("Load", "heavy", None),
    ],
)
def test_a_load_cell_is_the_entrys_load(column: str, cell: str, load: str | None) -> None:
    """A cell that reads as a load (its unit from the header when bare) is the entry's load; other
    text stays a note only."""
    text = f"Day,Exercise,Sets,Reps,{column}\nMon,RDL,3,8,{cell}\n"
    (entry,) = hr.load_program(text.encode(), name="p.csv").sessions[0].entries
    assert entry.load == load
    assert cell in (entry.notes or "")


@given(kg=st.integers(1, 400), unit=st.sampled_from(["kg", " kg", "lb", " lbs"]))
def test_a_sheets_load_reads_as_a_files(kg: int, unit: str) -> None:
    """The same load in a sheet's Load column and in a YAML file's `load:` is the same Entry.load."""
    sheet = hr.load_program(f"Exercise,Sets,Reps,Load\nRDL,3,8,{kg}{unit}\n".encode(), name="p.csv")
    data = {
        "name": "p",
        "sessions": [
            {"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8, "load": f"{kg}{unit}"}]}
        ],
    }
    assert sheet.sessions[0].entries[0].load == hr.load_program(data).sessions[0].entries[0].load
