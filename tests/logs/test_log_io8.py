"""How a workout log's bytes and cells are read (new-user review, I/O half): a quote left open
in the header, UTF-16/32 that is broken or has no byte order mark, effort cells written as
coaches write them (``@8``, ``RIR 2``), and the names an effort column goes by."""

from __future__ import annotations

import codecs
import io
import random
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

DATA = Path(__file__).parent.parent / "data"
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


def _name(source: object) -> str:
    """What ``_load`` names a source: a path by itself, anything else ``log.csv``."""
    return str(source) if isinstance(source, Path) else "log.csv"


def _where(source: object, line: int) -> str:
    return f"{_name(source)}:{line}"


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


# 2. UTF-16/32 with a byte order mark that does not decode ------------------------------------

WIDE = [
    ("utf-16-le", "UTF-16 LE"),
    ("utf-16-be", "UTF-16 BE"),
    ("utf-32-le", "UTF-32 LE"),
    ("utf-32-be", "UTF-32 BE"),
]
BOMS = {
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}
#: A code unit no UTF can hold there: a lone high surrogate (UTF-16), a surrogate code point (UTF-32).
LONE = {
    "utf-16-le": b"\x00\xd8",
    "utf-16-be": b"\xd8\x00",
    "utf-32-le": b"\x00\xd8\x00\x00",
    "utf-32-be": b"\x00\x00\xd8\x00",
}


def _broken(codec: str, damage: str, with_bom: bool = True) -> tuple[bytes, int, int]:
    """A Hevy export in ``codec``, damaged: its bytes, the byte the damage is at, its line."""
    text = HEVY.decode("utf-8")
    bom = BOMS[codec] if with_bom else b""
    if damage == "odd":  # one byte more: the file ends inside a character
        data = bom + text.encode(codec) + b"x"
        return data, len(data) - 1, text.count("\n") + 1  # after the last line end: a line of its own
    # a lone surrogate at the start of line 7
    at_char = sum(len(line) for line in text.splitlines(True)[:6])
    before = bom + text[:at_char].encode(codec)
    return before + LONE[codec] + text[at_char:].encode(codec), len(before), 7


@pytest.mark.parametrize(("codec", "name"), WIDE)
@pytest.mark.parametrize("damage", ["odd", "lone"])
@pytest.mark.parametrize("kind", ["path", "bytes", "stream", "upload"])
def test_broken_utf16_or_utf32_names_its_encoding_and_where(
    codec: str, name: str, damage: str, kind: str, tmp_path: Path
) -> None:
    """A UTF-16/32 file (its byte order mark says so) that does not decode names the encoding it
    was read in and the byte and line where it stops; it said 'not valid UTF-8 text', and a
    byte counted from the decoder's last buffer."""
    data, at, line = _broken(codec, damage)
    source = _sources(data, tmp_path)[kind]
    with pytest.raises(hr.LogFormatError, match=f"not valid {name} text at byte {at:,}") as info:
        _load(source)
    assert "UTF-8" not in info.value.message
    assert info.value.location == _where(source, line)


def test_a_broken_file_far_past_the_first_buffer_says_its_own_byte_and_line(tmp_path: Path) -> None:
    """The byte and the line are the file's, not a buffer's: a surrogate 20,000 lines down."""
    text = HEVY.decode("utf-8")
    header, row = text.splitlines(True)[:2]
    body = header + row * 20_000
    data = BOMS["utf-16-le"] + body.encode("utf-16-le") + LONE["utf-16-le"] + row.encode("utf-16-le")
    at = 2 + 2 * len(body)
    for source in _sources(data, tmp_path).values():
        with pytest.raises(hr.LogFormatError, match=f"at byte {at:,}") as info:
            _load(source)
        assert info.value.location == _where(source, 20_002)


def test_a_text_stream_that_fails_to_decode_names_its_own_encoding() -> None:
    """A text stream the caller opened in UTF-16 that does not decode names UTF-16, not UTF-8."""
    data, _at, _line = _broken("utf-16-le", "lone")
    with pytest.raises(hr.LogFormatError, match="not valid UTF-16") as info:
        hr.load_log(io.TextIOWrapper(io.BytesIO(data), encoding="utf-16"))
    assert "UTF-8" not in info.value.message


def test_a_utf8_stream_that_fails_names_the_byte_it_read_not_its_offset_in_a_buffer() -> None:
    """A text stream opened as UTF-8 that is not says which byte it met, not an offset in the
    decoder's last buffer (``byte 0`` for a bad byte 10 KiB in)."""
    data = (
        HEVY
        + HEVY.split(b"\n", 1)[1] * 100
        + b'"Lower A","3 Nov 2025, 07:48","","","Caf\xe9",,"",1,"normal",1,8,,,\n'
    )
    with pytest.raises(hr.LogFormatError, match="not valid UTF-8") as info:
        hr.load_log(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert "0xe9" in info.value.message.lower() and "byte 0)" not in info.value.message


# 3. UTF-16/32 without a byte order mark -------------------------------------------------------


@pytest.mark.parametrize("codec", [c for c, _ in WIDE])
@pytest.mark.parametrize("kind", ["path", "bytes", "stream", "upload"])
@pytest.mark.parametrize("sample", ["hevy_kg.csv", "strong_v2.csv", "fitnotes.csv"])
def test_utf16_or_utf32_without_a_byte_order_mark_is_read_as_its_utf8(
    codec: str, kind: str, sample: str, tmp_path: Path
) -> None:
    """What some Windows tools write, UTF-16 (every other byte NUL) or UTF-32 with no byte order
    mark, reads as the same text in UTF-8 does, from a path, bytes, a stream or an upload; it was
    'looks like a binary file'."""
    utf8 = (DATA / sample).read_bytes()
    data = utf8.decode("utf-8-sig").encode(codec)
    source = _sources(data, tmp_path)[kind]
    assert _load(source) == hr.load_log(utf8, name=_name(source))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_with_accents_and_a_late_break(codec: str) -> None:
    """Accented names and a first line longer than the sniffed start still read."""
    text = PLAIN.replace("Nordic curl", "Nordic curl à la Übung").replace("Weight", "Weight" + " " * 9000)
    assert hr.load_log(text.encode(codec)) == hr.load_log(text.encode("utf-8"))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_a_broken_utf16_without_a_byte_order_mark_says_how_it_was_read(codec: str) -> None:
    """UTF-16 found without a byte order mark and then broken says which it was read as."""
    data, at, line = _broken(codec, "lone", with_bom=False)
    name = dict(WIDE)[codec]
    with pytest.raises(hr.LogFormatError, match=f"not valid {name} text .*at byte {at:,}") as info:
        hr.load_log(data)
    assert info.value.location == f"<stream>:{line}"


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    pixels = zlib.compress(b"\x00\xff\x00\x00" * 4)
    ihdr = struct.pack(">IIBBBBB", 1, 4, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _zip(text: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("export.csv", text)  # stored: the CSV's text is in the archive as it is
    return out.getvalue()


#: Binary data, and what its refusal calls it (an archive is named: see test_a_known_kind_...).
BINARY: dict[str, tuple[Callable[[], bytes], str]] = {
    "png": (_png, "looks like a binary file"),
    "zip of a log": (lambda: _zip(PLAIN), "zip archive"),
    "zip of a UTF-16 log": (lambda: _zip(PLAIN.encode("utf-16-le").decode("latin-1")), "zip archive"),
    "utf-8 with a NUL": (lambda: PLAIN.replace("Nordic", "Nor\x00dic").encode(), "looks like a binary file"),
    "NULs": (lambda: b"\x00" * 64, "looks like a binary file"),
}


@pytest.mark.parametrize("sample", sorted(BINARY))
@pytest.mark.parametrize("kind", ["path", "bytes", "stream", "upload"])
def test_binary_data_is_still_refused_as_binary(sample: str, kind: str, tmp_path: Path) -> None:
    """An image, an archive, UTF-8 text with a NUL: not text in any UTF, refused as binary."""
    data, said = BINARY[sample]
    with pytest.raises(hr.LogFormatError) as info:
        _load(_sources(data(), tmp_path)[kind])
    assert said in info.value.message and info.value.message.endswith("not a CSV export")


@given(seed=st.integers(0, 2**32), size=st.integers(16, 20_000))
def test_random_bytes_are_refused_as_binary(seed: int, size: int) -> None:
    """Random bytes with a NUL are never taken for UTF-16/32 text."""
    data = random.Random(seed).randbytes(size)
    data = data[: size // 2] + b"\x00" + data[size // 2 :]
    with pytest.raises(hr.LogFormatError) as info:
        hr.load_log(data)
    assert info.value.message.endswith("not a CSV export")  # binary, or a kind its first bytes name


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_checked_from_the_command_line(
    codec: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``check file.csv`` and ``check -`` read the export as its UTF-8 file is read."""
    import json

    from hamstring_rules import cli

    utf8 = tmp_path / "utf8.csv"
    utf8.write_bytes(HEVY)
    wide = tmp_path / "wide.csv"
    wide.write_bytes(HEVY.decode("utf-8").encode(codec))
    reports = []
    for file, stdin in ((utf8, None), (wide, None), (None, wide)):
        out, err = io.StringIO(), io.StringIO()
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.read_bytes())))
        argv = ["check", str(file) if file else "-", "--as-of", "2025-11-30", "--format", "json"]
        code = cli.main(argv, stdout=out, stderr=err)
        assert code in (0, 1), err.getvalue()
        report = json.loads(out.getvalue())
        reports.append((code, [f["code"] for f in report["findings"]], report["summary"]))
    assert reports[0] == reports[1] == reports[2]


def test_the_start_of_a_utf16_log_without_a_byte_order_mark_is_decoded_as_the_whole() -> None:
    """The start ``check -`` tells a log by is decoded as the log will be."""
    from hamstring_rules.logs import _head_text

    text = HEVY.decode("utf-8")
    for codec in ("utf-16-le", "utf-16-be", "utf-32-be"):
        assert text.startswith(_head_text(text.encode(codec)[:1001]))
        assert len(_head_text(text.encode(codec)[:1001])) >= 1001 // 4 - 1


# 4. Effort cells written as coaches write them ------------------------------------------------

EFFORT_LOG = "Date,Exercise,Reps,{column}\n2025-01-06,Nordic curl,5,{a}\n2025-01-06,Nordic curl,5,{b}\n"


def _rpe(column: str, a: str, b: str = "") -> tuple[tuple[float, ...], list[str]]:
    log = hr.load_log(EFFORT_LOG.format(column=column, a=a, b=b).encode(), keep_sets=True)
    return log.workouts[0].exercises[0].rpe, [i.message for i in log.issues if i.line > 1]


@pytest.mark.parametrize(
    ("cell", "rpe"),
    [("@8", 8.0), ("@ 8.5", 8.5), ("@9", 9.0), ('"@7,5"', 7.5), ("RPE 8", 8.0), ("8 RPE", 8.0), ("rpe8", 8.0),
     ("@RPE 9", 9.0), ("RIR 2", 8.0), ("2 RIR", 8.0), ("@ 10", 10.0)],
)  # fmt: skip
def test_an_rpe_cell_written_with_at_or_its_scale_is_read(cell: str, rpe: float) -> None:
    """An RPE column's ``@8`` (a coach's "x5 @8") and a cell naming its scale read as that RPE,
    with no issue; ``@8`` said "RPE '@8' is not a number: the row is not read"."""
    assert _rpe("RPE", cell, "@6") == ((rpe, 6.0), [])


@pytest.mark.parametrize(
    ("cell", "rpe", "said"), [("@8-9", 9.0, "9"), ("RIR 2-3", 8.0, "8"), ("@ 8 to 9", 9.0, "9")]
)
def test_an_effort_range_reads_as_its_hardest_end_in_the_column_scale(
    cell: str, rpe: float, said: str
) -> None:
    """A range reads as its hardest end, on the scale its cell names: ``RIR 2-3`` in an RPE
    column is RPE 8 (it was RPE 3, below RPE 6, and the set was not counted as a hard set)."""
    rpes, issues = _rpe("RPE", cell)
    assert rpes == (rpe,)
    assert issues == [f"RPE '{cell}' is a range: read as {said}, its hardest end"]


@given(
    value=st.sampled_from([x / 2 for x in range(21)]),
    form=st.sampled_from(["@{}", "@ {}", "RPE {}", "{} RPE", "RIR {}"]),
)
def test_an_effort_cell_reads_as_its_number_on_its_scale(value: float, form: str) -> None:
    """Any RPE 0-10 in steps of a half, written in any of the forms, reads as the plain number
    does (``RIR x`` as RPE 10 - x): the same log, issues and all."""
    cell = form.format(f"{value:g}")
    plain = f"{10 - value if form.startswith('RIR') else value:g}"
    log = hr.load_log(EFFORT_LOG.format(column="RPE", a=cell, b="").encode(), keep_sets=True)
    assert log == hr.load_log(EFFORT_LOG.format(column="RPE", a=plain, b="").encode(), keep_sets=True)
    assert log.workouts


@pytest.mark.parametrize(
    "column", ["Effort", "RPE", "Exertion", "Perceived exertion", "Esfuerzo", "Effort (RPE)"]
)
def test_an_effort_column_is_read_as_rpe(column: str) -> None:
    """A column named Effort (or Exertion, or the scale's words in another language) is the RPE
    column; ``Effort`` was 'not read'."""
    assert _rpe(column, "@8", "7") == ((8.0, 7.0), [])


@pytest.mark.parametrize("column", ["RIR", "Effort (RIR)", "Reps in reserve"])
def test_an_effort_column_naming_reps_in_reserve_is_read_as_rir(column: str) -> None:
    """``Effort (RIR)`` holds reps in reserve: its ``@2`` is RPE 8, its ``RPE 9`` RPE 9."""
    assert _rpe(column, "@2", "RPE 9") == ((8.0, 9.0), [])


def test_an_at_cell_is_read_by_the_column_parser_once_per_distinct_text() -> None:
    """``@8`` is read by the cached column parser, not row by row: the parsers read it."""
    from hamstring_rules.logs import _parse_rir, _parse_rpe

    assert _parse_rpe("@8") == 8.0 and _parse_rpe("@ 8.5") == 8.5 and _parse_rpe("RIR 1") == 9.0
    assert _parse_rir("@2") == 8.0 and _parse_rir("RPE 9") == 9.0


# 5. Found on the way ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "rpe"), [("8/10", 8.0), ("@ 9/10", 9.0), ("RPE 7.5/10", 7.5), ("8-9/10", 9.0)]
)
def test_an_rpe_cell_out_of_ten_is_read(cell: str, rpe: float) -> None:
    """``8/10`` is RPE 8 on its 10-point scale; it was 'not a number: the row is not read'."""
    rpes, _issues = _rpe("RPE", cell)
    assert rpes == (rpe,)


def test_an_effort_out_of_another_scale_is_not_read_as_out_of_ten() -> None:
    """``4/5`` is no RPE (a 5-point scale): reported, not read as RPE 4 (logs16: the set is kept
    without it, as an RPE out of 0-10 is; the row was not read)."""
    _rpes, issues = _rpe("RPE", "4/5", "8")
    assert issues == [
        "RPE '4/5' is not an RPE (8, 8.5, @8, RPE 8, 8/10, a range 8-9, RIR 2): dropped, the set kept"
    ]


@pytest.mark.parametrize("column", ["@", " @ "])
def test_a_column_headed_at_is_the_rpe_column(column: str) -> None:
    """Coaches head the effort column ``@`` (``Sets, Reps, @``): it is the RPE column."""
    assert _rpe(column, "8", "@9") == ((8.0, 9.0), [])


def _xlsx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


def _gzip() -> bytes:
    import gzip

    return gzip.compress(PLAIN.encode(), mtime=0)


def _sqlite(tmp: Path) -> bytes:
    import sqlite3

    file = tmp / "backup.fitnotes"
    with sqlite3.connect(file) as db:
        db.execute("create table training_log (_id integer primary key, exercise_id integer)")
    db.close()
    return file.read_bytes()


@pytest.mark.parametrize(
    ("sample", "said"),
    [
        ("xlsx", "zip archive"),
        ("xls", "Excel 97-2003 workbook"),
        ("gzip", "gzip"),
        ("sqlite", "SQLite database"),
        ("pdf", "PDF document"),
    ],
)
@pytest.mark.parametrize("kind", ["path", "bytes", "stream"])
def test_a_known_kind_of_file_that_is_no_csv_is_named(
    sample: str, said: str, kind: str, tmp_path: Path
) -> None:
    """A workbook, an archive, an app's database backup (FitNotes' is SQLite) or a PDF passed
    where the CSV export goes is named, with how to get the CSV; it was 'looks like a binary
    file' (a PDF: 'unrecognised CSV header ... columns seen: %PDF-1.4')."""
    makers: dict[str, Callable[[], bytes]] = {
        "xlsx": _xlsx,
        "xls": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
        "gzip": _gzip,
        "sqlite": lambda: _sqlite(tmp_path),
        "pdf": lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    }
    source = _sources(makers[sample](), tmp_path)[kind]
    with pytest.raises(hr.LogFormatError) as info:
        _load(source)
    assert said in info.value.message and info.value.message.endswith("not a CSV export")
    assert "CSV" in str(info.value.suggestion) and info.value.location == _name(source)


def test_a_header_quote_closed_lines_later_below_a_title_is_named() -> None:
    """Below a title row, a header whose quote a later row closes is said at its own lines, not
    as the title's 'unrecognised CSV header (columns seen: My log)'."""
    data = ("My log\n" + '"' + PLAIN.replace("Nordic curl,0,5", '"Nordic curl",0,5')).encode()
    with pytest.raises(hr.LogFormatError, match="quote opened on line 2 closes on line 3") as info:
        hr.load_log(data)
    assert info.value.location == "<stream>:2"


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1", "cp1252"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_opened_as_another_encoding_says_so(encoding: str, codec: str) -> None:
    """A UTF-16/32 file the caller opened as text in another encoding reads as a NUL every other
    character: it is refused at the header saying so and how to pass it; it was "no sets found"
    with the header's cells shown NUL by NUL."""
    data = PLAIN.encode(codec)
    with pytest.raises(hr.LogFormatError, match="NUL") as info:
        hr.load_log(io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors="replace"), name="log.csv")
    assert info.value.location == "log.csv:1" and "utf-16" in str(info.value.suggestion)
    assert "no sets" not in info.value.message


@given(
    text=st.text(
        alphabet=st.sampled_from([*"abcXYZ019,;.:-/ \t\r\n\"'", *"éüñß日本ёΩ"]), min_size=1, max_size=300
    ),
    codec=st.sampled_from(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]),
)
def test_mostly_ascii_text_without_a_byte_order_mark_is_told_by_its_nul_bytes(text: str, codec: str) -> None:
    """Text whose characters are mostly ASCII, in UTF-16/32 without a byte order mark, is told
    to be in that encoding and byte order from its start alone (see ``_wide``)."""
    from hypothesis import assume

    from hamstring_rules.logs import _wide

    assume(sum(ch.isascii() for ch in text) > len(text) / 2)
    wide = _wide(text.encode(codec))
    assert wide is not None and wide.exact == codec and wide.bom == 0


@pytest.mark.parametrize("cell", ["-", "--", "–", "—", "n/a", "N/A", "na", "none", "?"])
@pytest.mark.parametrize("column", ["RPE", "RIR", "Seconds"])
def test_a_dash_or_n_a_in_an_effort_or_time_column_is_a_blank_cell(cell: str, column: str) -> None:
    """A sheet's "no value" (``-``, ``n/a``) in an RPE, RIR or duration column is a set without
    one, as a blank cell is; the whole set was dropped ("RPE '-' is not a number: the row is
    not read"), a hard set missing from the week."""
    text = "Date,Exercise,Reps,{}\n2025-01-06,Nordic curl,5,{}\n2025-01-06,Nordic curl,5,{}\n"
    log = hr.load_log(text.format(column, cell, "").encode(), keep_sets=True)
    blank = hr.load_log(text.format(column, "", "").encode(), keep_sets=True)
    assert log == blank and log.workouts[0].exercises[0].hard_sets == 2


@pytest.mark.parametrize("kind", ["path", "bytes", "stream"])
def test_a_pipe_separated_log_is_read_as_its_comma_separated_one(kind: str, tmp_path: Path) -> None:
    """A log separated by ``|`` (some tools' export, a table pasted from a page) reads as the
    same log separated by commas; it was 'unrecognised CSV header (columns seen: Date|...)'."""
    data = PLAIN.replace(",", "|").encode()
    source = _sources(data, tmp_path)[kind]
    assert _load(source) == hr.load_log(PLAIN.encode(), name=_name(source))


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_a_log_whose_every_line_is_one_quoted_cell_says_so(separator: str) -> None:
    """A file whose lines are each quoted whole (``"Date,Exercise,Reps"``: a sheet's one-column
    text import saved again) names that, not 'unrecognised CSV header (columns seen:
    Date,Exercise,...)' as if the header named no date."""
    text = "".join(f'"{line}"\n' for line in PLAIN.replace(",", separator).splitlines())
    with pytest.raises(hr.LogFormatError, match="each line is one quoted cell") as info:
        hr.load_log(text.encode())
    assert info.value.location == "<stream>:1" and "quotes" in str(info.value.suggestion)
