"""Program files in UTF-16/32 without a byte order mark (review27 R16): read as the log reader
reads them, by their NUL bytes; an error about the encoding says it is one."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

_SHEET = "Week\tDay\tExercise\tSets\tReps\r\n1\tMon\tRomanian deadlift\t3\t8\r\n1\tThu\tNordic curl\t2\t5\r\n"
_YAML = (
    "name: Wide\nsessions:\n  - name: Lower\n    day: mon\n    exercises:\n"
    "      - {exercise: Romanian deadlift, sets: 3, reps: 8}\n"
)
_JSON = json.dumps(
    {
        "name": "Wide",
        "sessions": [{"name": "Lower", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
    }
)
_WIDE = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


@pytest.mark.parametrize("codec", _WIDE)
@pytest.mark.parametrize(("text", "name"), [(_SHEET, "p.csv"), (_YAML, "p.yaml"), (_JSON, "p.json")])
def test_a_program_without_a_byte_order_mark_reads_as_in_utf8(codec: str, text: str, name: str) -> None:
    """A sheet, YAML or JSON program saved as 'Unicode' with no BOM reads as its UTF-8 twin."""
    wide = hr.load_program(text.encode(codec), name=name)
    narrow = hr.load_program(text.encode(), name=name)
    assert wide.to_dict() == narrow.to_dict()


@pytest.mark.parametrize("codec", _WIDE)
def test_check_reads_a_bomless_sheet_as_a_program(codec: str) -> None:
    """check() tells the program sheet from a log in the same decoding as the reader's."""
    assert hr.check(_SHEET.encode(codec), name="p.csv").codes == hr.check(_SHEET.encode(), name="p.csv").codes


def test_a_cut_bomless_file_says_its_encoding() -> None:
    """Bytes that stop being UTF-16 are refused naming UTF-16, not called binary."""
    with pytest.raises(hr.ProgramError, match="UTF-16 LE") as info:
        hr.load_program(_YAML.encode("utf-16-le") + b"\x00\xd8", name="p.yaml")
    assert "binary" not in str(info.value)


def test_binary_bytes_say_what_text_would_be() -> None:
    """A NUL that is no UTF-16/32 pattern is binary, and the message says to save as UTF-8."""
    with pytest.raises(hr.ProgramError, match="binary") as info:
        hr.load_program(b"\x00\x01\x02\x03\xff\xfe\x00\x9c" * 8, name="p.yaml")
    assert "UTF-8" in str(info.value)


@given(
    names=st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzéüñçàÿß", min_size=1, max_size=12),
        min_size=1,
        max_size=3,
    ),
    codec=st.sampled_from(("utf-16-le", "utf-16-be")),
)
def test_bomless_utf16_sheets_read_as_utf8(names: list[str], codec: str) -> None:
    """Any sheet of mostly ASCII reads the same in BOM-less UTF-16 and in UTF-8."""
    text = "Exercise,Sets,Reps\n" + "".join(f"{name} curl,3,8\n" for name in names)
    assert (
        hr.load_program(text.encode(codec), name="p.csv").to_dict()
        == hr.load_program(text.encode(), name="p.csv").to_dict()
    )
