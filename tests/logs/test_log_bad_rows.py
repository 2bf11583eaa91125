"""Rows that are not read are reported one by one, and cost no more than good rows: a file of
bad dates or bad numbers (an upload within the size limit) must not take minutes to refuse."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import hamstring_rules as hr
from hamstring_rules import logs


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    calls = [0]
    real = getattr(logs, name)

    def counted(*args: Any) -> Any:
        calls[0] += 1
        return real(*args)

    monkeypatch.setattr(logs, name, counted)
    return calls


def _write(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "log.csv"
    path.write_text("Date,Exercise,Reps,Weight\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("stamp", ["x", "31/31/2025", "2025-13-45", "soon"])
def test_a_date_that_is_no_date_is_parsed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stamp: str
) -> None:
    good = [f"2025-03-0{d},Romanian Deadlift,8,80" for d in (3, 4)]
    bad = [f"{stamp},Romanian Deadlift,8,80"] * 300 + [f"{stamp},Lying Leg Curl,10,40"] * 300
    calls = _counting(monkeypatch, "_parse_date")
    log = hr.load_log(_write(tmp_path, good + bad))
    assert calls[0] <= 4  # the two good dates and the bad one, not once a row
    assert [w.start.day for w in log.workouts] == [3, 4]
    assert log.rows == 602
    reported = [i for i in log.issues if i.message.startswith(f"date '{stamp}'")]
    assert len(reported) == logs.MAX_ISSUES
    assert reported[0].line == 4 and reported[1].line == 5  # each row, in order, from the first
    assert any("more bad row" in i.message for i in log.issues)


def test_rows_with_the_same_bad_number_are_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = ["2025-03-03,Romanian Deadlift,8,80"] + ["2025-03-03,Romanian Deadlift,lots,80"] * 500
    calls = _counting(monkeypatch, "_rep_sets")
    log = hr.load_log(_write(tmp_path, rows))
    assert calls[0] <= 2
    assert log.workouts[0].exercises[0].hard_sets == 1
    first = next(i for i in log.issues if "lots" in i.message)
    assert first.line == 3 and "is not a number: the row is not read" in first.message


def test_the_same_bad_name_row_by_row_keeps_its_lines(tmp_path: Path) -> None:
    long_name = "x" * 5000
    rows = ["2025-03-03,Romanian Deadlift,8,80"] + [f"2025-03-03,{long_name},8,80"] * 5
    log = hr.load_log(_write(tmp_path, rows))
    lines = [i.line for i in log.issues if "characters is over the limit" in i.message]
    assert lines == [3, 4, 5, 6, 7]


def test_far_dates_still_count_row_by_row(tmp_path: Path) -> None:
    # each row far out in time counts towards MAX_FAR_ROWS, even in one run of rows
    rows = ["2025-03-03,Romanian Deadlift,8,80"] + ["2091-03-03,Romanian Deadlift,8,80"] * (
        logs.MAX_FAR_ROWS + 1
    )
    with pytest.raises(hr.InputLimitError):
        hr.load_log(_write(tmp_path, rows))
    rows = rows[: logs.MAX_FAR_ROWS + 1]
    log = hr.load_log(_write(tmp_path, rows))
    assert len([i for i in log.issues if "2091" in i.message]) == logs.MAX_FAR_ROWS
