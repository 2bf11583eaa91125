"""How a workout log's bytes and cells are read (new-user review, I/O half): a quote left open
in the header, UTF-16/32 that is broken or has no byte order mark, effort cells written as
coaches write them (``@8``, ``RIR 2``), and the names an effort column goes by."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

DATA = Path(__file__).parent / "data"
HEVY = (DATA / "hevy_kg.csv").read_bytes()

#: A log no app wrote, without a quote anywhere: a quote put in it is the only one.
PLAIN = (
    "Date,Exercise Name,Weight,Reps\n"
    "2025-01-06,Nordic curl,0,5\n"
    "2025-01-06,Romanian deadlift,60,8\n"
    "2025-01-08,Nordic curl,0,6\n"
)


class Upload:
    """A web framework's upload wrapper: ``read(size)`` and a binary ``mode``, no ``io`` base."""

    mode = "rb"

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)


def _sources(data: bytes, tmp_path: Path, name: str = "log.csv") -> dict[str, object]:
    """The ways one export reaches ``load_log``: a path, bytes, a binary stream, an upload."""
    file = tmp_path / name
    file.write_bytes(data)
    return {"path": file, "bytes": data, "stream": io.BytesIO(data), "upload": Upload(data)}


def _load(source: object, **options: object) -> hr.WorkoutLog:
    name = None if isinstance(source, Path) else "log.csv"
    return hr.load_log(source, name=name, **options)  # type: ignore[arg-type]


def _where(source: object, line: int) -> str:
    return f"{source if isinstance(source, Path) else 'log.csv'}:{line}"


# 1. A quote left open in the header ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('"' + PLAIN, 1),  # the header's first cell
        (PLAIN.replace("Weight", '"Weight', 1), 1),  # a later cell
        ("Training log of Ann\n" + '"' + PLAIN, 2),  # below a title row
        ("sep=,\n" + '"' + PLAIN, 2),  # below Excel's separator line
        ("\n\n" + '"' + PLAIN, 3),  # below blank lines
    ],
)
@pytest.mark.parametrize("kind", ["path", "bytes", "stream", "upload", "text"])
def test_a_quote_left_open_in_the_header_is_the_open_quote_error(
    text: str, line: int, kind: str, tmp_path: Path
) -> None:
    """A header whose quote never closes makes the whole file one cell: it is refused as a row's
    open quote is, at the header's line; it said 'unrecognised CSV header' naming that cell."""
    sources = {**_sources(text.encode(), tmp_path), "text": io.StringIO(text)}
    source = sources[kind]
    with pytest.raises(hr.LogFormatError, match=f"a quote opened on line {line} is never closed") as info:
        _load(source)
    assert info.value.location == _where(source, line)
    assert "unrecognised" not in str(info.value)


@given(cell=st.integers(0, 3), at=st.sampled_from(["start", "end"]))
def test_a_quote_anywhere_in_a_header_cell_is_said_at_its_line(cell: int, at: str) -> None:
    """A stray quote at the start or the end of any header cell of an unquoted log opens a
    quote that never closes: the error is the open-quote error at line 1, whatever the cell."""
    header, rest = PLAIN.split("\n", 1)
    cells = header.split(",")
    cells[cell] = '"' + cells[cell] if at == "start" else cells[cell] + '"'
    data = (",".join(cells) + "\n" + rest).encode()
    if at == "end":  # a quote inside an unquoted cell is a character of it (csv's rule): no error
        assert len(hr.load_log(data).workouts) == 2
        return
    with pytest.raises(hr.LogFormatError, match="quote opened on line 1 is never closed") as info:
        hr.load_log(data)
    assert info.value.location == "<stream>:1"


def test_a_header_quote_closed_lines_later_is_named_with_its_lines() -> None:
    """A header quote that a later row's quote closes makes the header's lines one cell: the
    error says where the quote opened and closed, not only 'unrecognised CSV header'."""
    data = ('"' + PLAIN.replace("Nordic curl,0,5", '"Nordic curl",0,5')).encode()
    with pytest.raises(hr.LogFormatError, match="quote opened on line 1") as info:
        hr.load_log(data)
    assert info.value.location == "<stream>:1"
    assert "line 2" in str(info.value)
