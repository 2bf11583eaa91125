"""How a workout log's bytes reach the reader: streams that return short reads, memory bounded
by the log and not by the stream, names in messages, CSV text passed where a path goes, a quote
left open at the end, and standard input read as a file is (review17)."""

from __future__ import annotations

import io
import os
import threading
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

DATA = Path(__file__).parent.parent / "data"

#: A spreadsheet saved by a French Excel: its separator named on a first line, Windows-1252 text.
FRENCH = (
    "sep=;\r\nDate;Exercice;Séries;Répétitions;Charge (kg);Remarque\r\n"
    "06/10/2025;Soulevé de terre roumain;3;8;100,0;à revoir\r\n"
    "09/10/2025;Leg curl assis;3;12;40;à revoir\r\n"
    "13/10/2025;Soulevé de terre roumain;3;8;102,5;\r\n"
    "16/10/2025;Nordic curl;2;5;0;\r\n"
).encode("cp1252")


class Trickle(io.RawIOBase):
    """A legal raw stream that returns fewer bytes than asked, as a socket or a pipe does: the
    sizes given in turn (then the last one again)."""

    def __init__(self, data: bytes, sizes: list[int]) -> None:
        self.data, self.at, self.sizes, self.turn = data, 0, sizes, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        size = self.sizes[min(self.turn, len(self.sizes) - 1)]
        self.turn += 1
        n = min(len(buffer), size, len(self.data) - self.at)
        buffer[:n] = self.data[self.at : self.at + n]
        self.at += n
        return n


def _samples() -> dict[str, bytes]:
    hevy = (DATA / "hevy_kg.csv").read_bytes()
    return {
        "hevy": hevy,
        "strong": (DATA / "strong_v2.csv").read_bytes(),
        "hevy_lb_crlf_bom": b"\xef\xbb\xbf" + (DATA / "hevy_lb.csv").read_bytes().replace(b"\n", b"\r\n"),
        "french_cp1252": FRENCH,
        # Windows-1252 and a notice of its own on line 1 (no unit): the encoding's notice is first
        "strong_v1_cp1252": (DATA / "strong_v1.csv")
        .read_text(encoding="utf-8-sig")
        .replace("Deadlift", "Deadlift Übung")
        .encode("cp1252"),
        "utf16": b"\xff\xfe" + hevy.decode("utf-8").encode("utf-16-le"),
        "old_mac": hevy.replace(b"\n", b"\r"),
    }


SAMPLES = _samples()


@pytest.mark.parametrize("sample", sorted(SAMPLES))
@given(sizes=st.lists(st.integers(1, 5000), min_size=1, max_size=30))
def test_a_stream_of_short_reads_gives_the_log_its_bytes_give(sample: str, sizes: list[int]) -> None:
    """A raw stream may return less than it is asked for: it is read to its end, a character or
    a line end split between two reads is joined, and the log is the one the bytes give."""
    data = SAMPLES[sample]
    assert hr.load_log(Trickle(data, sizes), name="upload.csv") == hr.load_log(data, name="upload.csv")


def test_a_raw_pipe_written_a_piece_at_a_time_is_read_whole() -> None:
    """An unbuffered pipe (a subprocess's output, a socket) gives what has arrived: every
    workout is read, not the first read's."""
    data = (DATA / "hevy_kg.csv").read_bytes() * 1
    read_end, write_end = os.pipe()

    def writer() -> None:
        for i in range(0, len(data), 300):
            os.write(write_end, data[i : i + 300])
        os.close(write_end)

    thread = threading.Thread(target=writer)
    thread.start()
    with open(read_end, "rb", buffering=0) as stream:
        log = hr.load_log(stream)
    thread.join()
    assert log == hr.load_log(data)


class Generated(io.RawIOBase):
    """A Hevy export of ``rows`` sets, 400 a day, made as it is read (the test holds no copy of
    it): :attr:`size` counts the bytes given so far."""

    HEADER = (
        b'"title","start_time","end_time","description","exercise_title","superset_id",'
        b'"exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"\n'
    )
    MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    NAMES = ("Romanian Deadlift (Barbell)", "Lying Leg Curl (Machine)", "Squat (Barbell)", "Nordic")

    def __init__(self, rows: int) -> None:
        self.rows, self.row, self.pending, self.size = rows, 0, self.HEADER, 0

    def _line(self, i: int) -> bytes:
        day = i // 400  # a session of 400 sets a day: the log stays small, the stream grows
        stamp = f"{1 + day % 28} {self.MONTHS[day // 28 % 12]} {2000 + day // 336}, 18:00"
        name = self.NAMES[i % 4]
        return f'"Day","{stamp}","{stamp}","","{name}",,"",{i % 400},"normal",{60 + i % 7},8,,,8\n'.encode()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while len(self.pending) < len(buffer) and self.row < self.rows:
            self.pending += b"".join(self._line(i) for i in range(self.row, min(self.rows, self.row + 500)))
            self.row = min(self.rows, self.row + 500)
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        self.size += n
        return n


@pytest.mark.parametrize("kind", ["raw", "buffered", "text"])
def test_a_large_stream_is_read_in_memory_bounded_by_the_log_not_the_stream(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 3.9 MB upload (raw, buffered or text) peaks at a small part of its size: the stream is
    read a chunk at a time (issue #16: memory grows with weeks and names, not rows); the part
    that decides the encoding is made small here, so that the test can be."""
    from hamstring_rules import logs

    monkeypatch.setattr(logs, "_HEAD_SIZE", 1 << 16, raising=False)
    hr.load_log(Generated(1000))  # imports and caches first: they are not the stream's memory
    stream = Generated(40_000)
    source: object = stream
    if kind == "buffered":
        source = io.BufferedReader(stream)
    elif kind == "text":
        source = io.TextIOWrapper(io.BufferedReader(stream), encoding="utf-8", newline="")
    tracemalloc.start()
    try:
        log = hr.load_log(source)  # type: ignore[arg-type]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert log.rows == 40_000 and stream.size > 3_800_000
    assert peak < stream.size / 3, f"peak {peak:,} bytes for a stream of {stream.size:,}"


def test_a_stream_over_the_byte_limit_is_refused_as_it_is_read() -> None:
    """The limit holds for a stream read in pieces: over it is an InputLimitError naming the
    upload, after reading just past the limit."""
    data = (DATA / "hevy_kg.csv").read_bytes()
    stream = Trickle(data, [7])
    with pytest.raises(hr.InputLimitError, match="over the limit of 1,000 bytes") as info:
        hr.load_log(stream, max_bytes=1000, name="upload.csv")
    assert info.value.location == "upload.csv"
    assert stream.at <= 1000 + (1 << 16)


def test_a_stream_whose_first_accent_comes_late_reads_it_as_windows_1252() -> None:
    """A stream is read once: when its first part was UTF-8 and a later byte is not, that byte
    reads as Windows-1252 and the log says so at its line (a file is read again whole)."""
    header = b"Date,Exercise,Reps,Weight\n"
    filler = b"".join(b"2025-10-%02d,Romanian deadlift,8,100\n" % (1 + i % 28) for i in range(40_000))
    late = "2025-10-29,Soulevé de terre,8,100\n".encode("cp1252")
    data = header + filler + late
    assert len(header + filler) > 1 << 20  # past the part that decides the encoding
    log = hr.load_log(Trickle(data, [65536]))
    line = 1 + 40_000 + 1
    notice = [i for i in log.issues if "Windows-1252" in i.message]
    assert [i.line for i in notice] == [line]
    assert "Soulevé de terre" in {e.name for w in log.workouts for e in w.exercises}
    assert hr.load_log(data).issues[0].message.startswith("not UTF-8: read as Windows-1252")


def test_a_stream_of_text_with_read_only_is_read() -> None:
    """Any object with read() is a stream: one that gives str (no readline) is read as text."""

    class Reader:
        def __init__(self, text: str) -> None:
            self.text = text

        def read(self, size: int = -1) -> str:
            piece, self.text = self.text[:100], self.text[100:]
            return piece

    text = (DATA / "hevy_kg.csv").read_text(encoding="utf-8")
    assert hr.load_log(Reader(text)) == hr.load_log(text.encode())


@pytest.mark.parametrize("kind", ["bytes", "raw", "buffered", "text", "limits"])
def test_the_byte_limit_names_the_input_by_name(kind: str) -> None:
    """Over the byte limit, the error names the input as ``name=`` does, whatever its kind."""
    data = (DATA / "hevy_kg.csv").read_bytes()
    source: object = {
        "bytes": data,
        "raw": Trickle(data, [50]),
        "buffered": io.BytesIO(data),
        "text": io.StringIO(data.decode()),
        "limits": data,
    }[kind]
    options: dict[str, object] = (
        {"limits": hr.Limits(max_log_bytes=100)} if kind == "limits" else {"max_bytes": 100}
    )
    with pytest.raises(hr.InputLimitError, match="100 bytes") as info:
        hr.load_log(source, name="upload.csv", **options)  # type: ignore[arg-type]
    assert info.value.location == "upload.csv"


@pytest.mark.parametrize(
    "text",
    [
        "Date,Exercise,Reps,Weight\n2025-10-06,Romanian deadlift,8,100\n",
        "Date;Exercise;Reps\r2025-10-06;RDL;8\r",
        "Date,Exercise,Reps," + "x" * 5000,
    ],
)
def test_csv_text_passed_as_a_str_is_refused_saying_how_to_pass_it(text: str) -> None:
    """A str is a file path: CSV text in one (a line break, or longer than any path) is a clear
    error saying to pass bytes or io.StringIO, not "file not found" with the text as its name."""
    with pytest.raises(hr.LogFormatError, match="CSV text, not a file path") as info:
        hr.load_log(text)
    assert "io.StringIO" in str(info.value) and "not found" not in str(info.value)
    assert len(str(info.value)) < 400  # the text is quoted shortened, not whole
    if "\n" in text:  # passed as the message says, it reads
        assert hr.load_log(io.StringIO(text)) == hr.load_log(text.encode())


def test_a_path_with_a_line_break_in_its_name_reads_as_a_path_object(tmp_path: Path) -> None:
    """The way out the error names: a file whose name holds a line break reads as a Path."""
    file = tmp_path / "odd\nname.csv"
    file.write_bytes((DATA / "hevy_kg.csv").read_bytes())
    assert hr.load_log(file) == hr.load_log(file.read_bytes(), name=str(file))


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_standard_input_is_told_a_log_as_its_file_is(sample: str) -> None:
    """``check -`` decides whether its input is an export from its start, decoded as the file
    will be (a byte order mark, UTF-8, else Windows-1252): every sample a file reads as a log is
    a log on standard input too (a Windows-1252 header with accents was taken for YAML)."""
    from hamstring_rules.cli import _log_header

    assert hr.load_log(SAMPLES[sample]).workouts
    assert _log_header(SAMPLES[sample])


@given(cut=st.integers(0, 200))
def test_the_start_of_a_log_is_decoded_as_the_whole_even_cut_in_a_character(cut: int) -> None:
    """A head cut inside a UTF-8 character is still UTF-8 (the cut character left out), not
    Windows-1252; a Windows-1252 head reads as Windows-1252 (an accent in its last 3 bytes may be
    the start of a UTF-8 character the cut split, and is left out)."""
    from hamstring_rules.logs import _head_text

    text = "Date;Exercice;Séries;Répétitions;Charge\n06/10/2025;Soulevé de terre roumain;3;8;100\n" * 3
    data = text.encode("utf-8")[:cut]
    assert text.startswith(_head_text(data))
    windows = _head_text(text.encode("cp1252")[:cut])  # its last bytes may begin a UTF-8 character
    assert text[:cut].startswith(windows) and len(windows) >= cut - 3


def test_a_french_excel_sheet_on_standard_input_is_checked_as_its_file_is(tmp_path: Path) -> None:
    """``cat sheet.csv | hamstring-rules check -`` of a Windows-1252 sheet with a ``sep=;`` line
    gives the file's findings; it said "a program must be a mapping" (read as YAML)."""
    import json
    import subprocess
    import sys

    file = tmp_path / "sheet.csv"
    file.write_bytes(FRENCH)
    command = [sys.executable, "-m", "hamstring_rules", "check", "--as-of", "2025-11-02", "--format", "json"]
    piped = subprocess.run([*command, "-"], input=FRENCH, capture_output=True, check=False, timeout=120)
    named = subprocess.run([*command, str(file)], capture_output=True, check=False, timeout=120)
    assert piped.returncode == named.returncode == 1, piped.stderr
    codes = [[f["code"] for f in json.loads(p.stdout)["findings"]] for p in (piped, named)]
    assert codes[0] == codes[1] and codes[0]


HALF = (
    b"Date,Exercise,Reps,Weight\n2025-10-06,Romanian Deadlift,8,100\n"
    b'2025-10-09,"Leg Curl,10,40\n2025-10-13,RDL,8,10'
)


@pytest.mark.parametrize("kind", ["path", "bytes", "stream", "text"])
def test_a_quote_left_open_is_an_error_at_the_line_it_opened(kind: str, tmp_path: Path) -> None:
    """Half a file whose last quote never closes is refused at the quote's line, from a path,
    bytes or a stream; it read as 'line 4: no reps', the rest of the file one cell."""
    file = tmp_path / "half.csv"
    file.write_bytes(HALF)
    sources = {"path": file, "bytes": HALF, "stream": io.BytesIO(HALF), "text": io.StringIO(HALF.decode())}
    with pytest.raises(hr.LogFormatError, match="quote opened on line 3 is never closed") as info:
        hr.load_log(sources[kind], name="half.csv")  # type: ignore[arg-type]
    assert str(info.value.location).endswith(":3") and "lines 3-4" in str(info.value)


HEVY = (DATA / "hevy_kg.csv").read_bytes()


@given(cut=st.integers(HEVY.index(b"\n") + 1, len(HEVY)))
def test_an_export_cut_anywhere_reads_or_says_where_a_quote_was_cut(cut: int) -> None:
    """A Hevy export (every text cell quoted) cut at any byte after its header reads, or is an
    error; cut inside a quoted cell (a quote count that is odd on the cut line), it is the
    open-quote error at that line."""
    data = HEVY[:cut]
    last_line = data.count(b"\n") + (not data.endswith(b"\n"))
    if data.rsplit(b"\n", 1)[-1].count(b'"') % 2 == 1:
        with pytest.raises(hr.LogFormatError, match="never closed") as info:
            hr.load_log(data)
        assert info.value.location == f"<stream>:{last_line}"
    else:
        try:
            hr.load_log(data)
        except hr.LogFormatError as exc:  # a cut row may be bad; never the open-quote error
            assert "never closed" not in str(exc)  # noqa: PT017


def test_a_quoted_cell_spanning_lines_at_the_end_still_reads() -> None:
    """A note over two lines, its quote closed, in the last row reads as before."""
    data = HALF.replace(b'"Leg Curl', b"Leg Curl") + b',"a note\nover two lines"\n'
    data = data.replace(b"Weight\n", b"Weight,Notes\n")
    log = hr.load_log(data)
    assert log.rows == 3 and len(log.workouts) == 3


@given(st.text(alphabet="ab,\r\n\x0b\x0c\x1c\x85\u2028\u2029é", max_size=60))
def test_a_stream_splits_lines_at_line_ends_only(text: str) -> None:
    """A stream's text splits at \\r\\n, \\n and a lone \\r, never at the other characters
    ``str.splitlines`` takes (a form feed, U+2028 inside a cell), and loses nothing."""
    import re

    from hamstring_rules.logs import _split_lines

    lines = _split_lines(text)
    assert "".join(lines) == text
    assert lines == re.findall(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+", text)


def test_a_stream_whose_read_takes_no_size_is_read() -> None:
    """An upload wrapper whose read() takes no size is read through it, to its end."""

    class Whole:
        def __init__(self, data: bytes) -> None:
            self.data = data

        def read(self) -> bytes:
            data, self.data = self.data, b""
            return data

    data = (DATA / "hevy_kg.csv").read_bytes()
    assert hr.load_log(Whole(data)) == hr.load_log(data)  # type: ignore[arg-type]
