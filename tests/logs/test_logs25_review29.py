"""logs25: review29's log defects - V7, a table with ``|`` between its cells (a markdown table)
is refused saying so, not telling the user a sheet needs the very columns it has."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import hamstring_rules as hr

_TABLES = {
    "pipe": "Day|Exercise|Sets|Reps\nMon|RDL|3|8-10\nThu|Seated leg curl|3|12\n",
    "markdown": "| Day | Exercise | Sets | Reps |\n|-----|----------|------|------|\n| Mon | RDL | 3 | 8 |\n",
    "no border": "Day | Exercise | Sets | Reps\n--- | --- | --- | ---\nMon | RDL | 3 | 8-10\n",
}


@pytest.mark.parametrize("kind", sorted(_TABLES))
def test_a_pipe_table_is_refused_saying_the_separator_not_the_columns(kind: str, tmp_path: Path) -> None:
    """review29 V7: the log sniffer split ``Day|Exercise|Sets|Reps`` at ``|`` and said a program
    sheet needs an exercise column and a Sets column - the columns the table has. The message
    says the ``|`` table is not read and how to save it (its columns, with commas)."""
    path = tmp_path / "table.txt"
    path.write_text(_TABLES[kind], encoding="utf-8")
    with pytest.raises(hr.LogFormatError) as raised:
        hr.load_log(io.StringIO(_TABLES[kind]), name="table.txt")
    said = str(raised.value)
    assert "needs an exercise column and a Sets column" not in said
    assert "a table with | between its cells" in said
    assert "(Day,Exercise,Sets,Reps)" in said
    # check() reads the same table as the program sheet it is (progs25: pipe tables are sheets)
    report = hr.check(path)
    assert report.kind == "program"
    assert next(s.hamstring_sets for s in report.weeks[0].sessions) > 0  # its RDL sets counted


def test_a_comma_sheet_without_sets_still_gets_the_sheet_hint() -> None:
    """The program-sheet hint stays for a sheet separated by commas that lacks its Sets column."""
    with pytest.raises(hr.LogFormatError) as raised:
        hr.load_log(io.StringIO("Day,Exercise,Notes\nMon,RDL,easy\n"), name="sheet.csv")
    assert "needs an exercise column and a Sets column" in str(raised.value)
