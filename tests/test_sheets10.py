"""Program sheets (sheets10, review20): a weekday with a label in a day cell (D10), a set type or
warm-up column (D17), and rows below a note of several lines placed at their own line (D23)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._program_words import DAYS


def _csv(tmp_path: Path, text: str, name: str = "program.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _sessions(path: Path) -> list[tuple[str, str | None]]:
    return [(s.name, s.day_name) for s in hr.load_program(path).sessions]


# -- D23: a row's line is its first line ----------------------------------------------------------


def test_an_error_below_a_note_of_several_lines_names_its_own_line(tmp_path: Path) -> None:
    """The note spans lines 2-4; the bad sets cell is on line 6 (it was reported on line 4)."""
    text = (
        "Day,Exercise,Sets,Reps,Notes\n"
        'Mon,Romanian Deadlift,3,8,"keep\nknees\nsoft"\n'
        "Mon,Leg curl,3,12,\n"
        "Thu,Good Morning,three,8,\n"
    )
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(_csv(tmp_path, text))
    assert "program.csv:6: sessions[1].exercises[0].sets" in str(caught.value.location)


def test_a_finding_below_a_note_of_several_lines_points_at_its_row(tmp_path: Path) -> None:
    """An unknown exercise on line 5, below a note of two lines (CRLF line ends, Excel's sep=
    line above the header), is reported on line 5."""
    text = (
        "sep=,\r\nDay,Exercise,Sets,Reps,Notes\r\n"
        'Mon,Romanian Deadlift,3,8,"keep\r\nsoft"\r\n'
        "Thu,Romanin Dedlfit,3,8,\r\n"
    )
    report = hr.check(_csv(tmp_path, text))
    (unknown,) = [f for f in report.findings if f.code == "HR009"]
    assert unknown.location.line == 5


_NOTE = st.lists(st.text(st.sampled_from("abc "), max_size=6), min_size=1, max_size=4).map("\n".join)


@given(
    st.lists(st.tuples(st.sampled_from(["RDL", "Nordic curl", "Leg curl"]), _NOTE), min_size=1, max_size=6)
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_each_entry_is_placed_at_the_line_its_row_starts_on(
    tmp_path: Path, rows: list[tuple[str, str]]
) -> None:
    """Whatever notes of several lines the rows above hold, each entry's line is the file line
    its row starts on, counted from the text as written."""
    text, starts = "Day,Exercise,Sets,Reps,Notes\n", []
    for exercise, note in rows:
        starts.append(text.count("\n") + 1)
        text += f'Mon,{exercise},3,8,"{note}"\n'
    program = hr.load_program(_csv(tmp_path, text))
    assert [program.line_of(1, 1, i) for i in range(1, len(rows) + 1)] == starts
    assert DAYS[program.sessions[0].day or 0] == "mon"
