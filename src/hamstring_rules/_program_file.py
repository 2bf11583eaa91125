"""Loading a program: from a file, parsed data or a :class:`~hamstring_rules.Program`, within limits.

:mod:`hamstring_rules.program` holds the immutable objects and the limits; this module reads and
validates, handing parsed data to the pydantic schema in ``_program_schema`` (imported only when
a file or payload is parsed, so pydantic stays off the import path of ``recommend()``). The split
keeps the modules in one direction: ``_program_file`` -> ``_program_schema`` -> ``program``.
"""

from __future__ import annotations

import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import time
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._files import excel_separator, first_line
from ._program_words import (
    DAYS,
    MAX_TEXT,
    MAX_WEEKS,
    banner_cell,
    heading_kind,
    kind_of,
    listed_days,
    plain_letters,
    read_stage,
    read_weeks,
    summary_cell,
    week_label,
)
from ._set_scheme import hold_in_reps
from .errors import InputLimitError, ProgramError, RequestError, counted, shown
from .program import Entry, Limits, Program, Session, Week, problem_of

if TYPE_CHECKING:
    from ._program_schema import EntryModel

__all__ = ["SCHEMA_KINDS", "json_schema", "load_program", "program_json_schema"]


def load_program(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview | Mapping[str, Any] | Program,
    *,
    name: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Program:
    """Load and validate a program from a file, an upload's bytes, data, or a :class:`Program`.

    This is the explicit file function: a ``str`` here is a file path (``.json``, ``.yaml``,
    ``.yml``, ``.csv``). ``bytes`` are an upload's content, read as the file ``name`` would be
    (``name="plan.csv"``: its suffix says the format; without a name or a suffix the content
    does), with the same encodings, duplicate-key refusal and line numbers as a file - not
    ``json.loads``, which keeps the last of two equal keys without a word. ``limits`` (a
    :class:`Limits`) caps file size, weeks, sessions, exercises and name length before
    validation runs (``max_bytes`` is a shortcut for its file size); the schema also caps sets
    (20), reps (100) and tempo phases (20 s). A :class:`Program` built by hand is checked
    field by field. ``name``: what bytes or a mapping are called in messages.

    Raises :class:`~hamstring_rules.ProgramError` naming the file, the path inside it and
    what was expected; :class:`~hamstring_rules.InputLimitError` for oversized input;
    :class:`~hamstring_rules.RequestError` for a bad argument.
    """
    from ._validate import byte_limit, instance, text

    limits = Limits() if limits is None else instance(limits, Limits, "limits")
    if max_bytes is not None:
        limits = attrs.evolve(limits, max_bytes=byte_limit(max_bytes))
    text(name, "name", max_length=MAX_TEXT, optional=True)
    if isinstance(source, Program):
        return checked_program(source, limits, name or "program")
    if isinstance(source, Mapping):
        from ._files import check_depth

        where = name or "program"
        check_depth(source, where=where)
        limits.check(source, where)
        return validate_program(source, where=where)
    if isinstance(source, str | os.PathLike):
        return read_program_file(source, limits)[0]
    if isinstance(source, bytes | bytearray | memoryview):
        return read_program_bytes(*upload_bytes(source, name, limits), limits)[0]
    raise RequestError(
        f"expected a file path, an upload's bytes, a mapping or a Program, got {kind_of(source)}",
        location="source",
    )


@attrs.frozen
class ProgramText:
    """A program file as it was read: its bytes, their byte order mark and codec (UTF-8, UTF-16/32
    or Windows-1252), the decoded text and its format (``json``, ``yaml`` or ``csv``), so that a
    rewrite (``check --fix``) writes what it read the way it read it."""

    raw: bytes = attrs.field(repr=False)
    bom: bytes
    codec: str
    text: str = attrs.field(repr=False)
    format: str


def read_program_file(source: str | os.PathLike[str], limits: Limits) -> tuple[Program, ProgramText]:
    """A program file read and validated (:func:`load_program`), with how it was read."""
    from ._files import read_bytes
    from ._validate import file_path

    path = file_path(source, error=ProgramError, name="source")
    raw = read_bytes(path, error=ProgramError, max_bytes=limits.max_bytes)
    return read_program_bytes(raw, path, limits)


def upload_bytes(
    source: bytes | bytearray | memoryview, name: str | None, limits: Limits
) -> tuple[bytes, PurePath]:
    """An upload's bytes (checked against ``limits.max_bytes``) and the name it is read under:
    ``name`` (its suffix says the format, as a file's does; without one the content does) or
    ``upload``."""
    raw = bytes(source)
    where = PurePath(name or "upload")
    if len(raw) > limits.max_bytes:
        raise InputLimitError(
            f"the upload is {len(raw):,} bytes, over the limit of {limits.max_bytes:,}",
            location=str(where),
            suggestion="raise Limits.max_bytes if the upload is trusted",
        )
    return raw, where


def read_program_bytes(raw: bytes, path: PurePath, limits: Limits) -> tuple[Program, ProgramText]:
    """A program's bytes read and validated as a file named ``path`` is (its suffix says the
    format; a name without one, by the content): a file's or an upload's."""
    from ._files import is_json, parse_structured, text_encoding

    # a spreadsheet or Notepad may have saved it in Windows-1252 ("ANSI")
    bom, codec = text_encoding(raw, where=str(path), error=ProgramError, windows_1252=True)
    content = raw[len(bom) :].decode(codec, errors="replace")
    fmt = _FORMATS.get(path.suffix.lower()) or sniff_format(content)
    if fmt is None:
        export = _export_header(content)
        raise ProgramError(
            "a workout-app export, not a program" if export else "unknown program file type",
            location=str(path),
            suggestion="name it .csv: check() reads an export as a workout log"
            if export
            else "a program is .json, .yaml, .yml or .csv (a spreadsheet: one row per exercise); "
            "an app export is .csv too (check() reads both)",
        )
    raw_lines: dict[tuple[str | int, ...], int] = {}
    raw_columns: dict[tuple[str | int, ...], str] = {}  # a sheet's column of each value, for notices
    notices: list[str] = []  # what a program sheet's reader passed over
    longest = max(limits.max_weeks, limits.max_sessions, limits.max_exercises)
    if fmt == "yaml" and content.lstrip(" \t\r\n\ufeff").startswith("{") and is_json(content):
        # JSON is YAML, but PyYAML misreads some of it (an emoji's surrogate-pair escape):
        # JSON in a .yaml file is read as the JSON it is
        fmt = "json"
    if fmt == "csv":
        piped = pipe_table(content)  # a markdown table, cells between pipes: its rows as CSV's
        if piped is not None:
            notices.append("a table of cells between pipes (markdown) read as a program sheet")
        data: Any = _program_csv(piped or content, path, raw_lines, notices, limits, raw_columns)
    else:
        data = parse_structured(
            content, fmt=fmt, where=str(path), error=ProgramError, max_items=longest, lines=raw_lines
        )
    limits.check(data, str(path))

    def lines() -> Mapping[tuple[str | int, ...], int]:
        return raw_lines or (_json_lines(content, str(path)) if fmt == "json" else {})

    program = validate_program(data, where=str(path), lines=lines, columns=raw_columns)
    read = ProgramText(raw=raw, bom=bom, codec=codec, text=content, format=fmt)
    # JSON's lines are found only now (a YAML or CSV file's while parsing): findings point at them
    found = raw_lines or (lines() if fmt == "json" else {})
    program = attrs.evolve(
        program, source=str(path), lines=_program_lines(found), notices=(*notices, *program.notices)
    )
    return program, read


def checked_program(program: Program, limits: Limits | None = None, where: str = "program") -> Program:
    """A :class:`Program` built in Python, checked at the boundary: every field of the
    right type and in a usable range (a forged object is a RequestError naming the field,
    ``program.weeks[0].sessions[1].entries[2].sets``, not a crash inside), and its counts
    within ``limits`` (a Program of 200 weeks of 100 sessions took 394 CPU-s)."""
    from ._validate import attrs_object, is_checked, mark_checked

    if is_checked(program):
        return program
    # the counts first: validating every field of a program over them is the work they bound
    (Limits() if limits is None else limits).check_program(program, where)
    problem = problem_of(program, where)
    if problem is not None:
        raise RequestError(problem[1], location=problem[0])
    attrs_object(program, Program, "program", mark=False)  # what the walk does not model
    _planned_counts(program, where)
    return mark_checked(program)


def _planned_counts(program: Program, where: str) -> None:
    """A plan built in Python (no session has a start: not a log) is held to a program file's
    counts - sets 1-``MAX_SETS``, reps 1-``MAX_REPS`` - as its data would be: an entry of 0 reps
    counted 3 hamstring sets and one of 10^9 sets was 'above about 20' (review 20, D24). A log
    (dated sessions) may hold more sets of an exercise in a workout; its entries come from the
    reader, whose counts are what was done."""
    from ._program_schema import MAX_REPS, MAX_SETS

    if any(s.start is not None for w in program.weeks for s in w.sessions):
        return
    for w, week in enumerate(program.weeks):
        for s, session in enumerate(week.sessions):
            for e, entry in enumerate(session.entries):
                at = f"{where}.weeks[{w}].sessions[{s}].entries[{e}]"
                if not 1 <= entry.sets <= MAX_SETS:
                    raise RequestError(
                        f"sets {entry.sets:,} is outside 1-{MAX_SETS}, the sets a program holds",
                        location=f"{at}.sets",
                        suggestion="a program file's limits hold for a Program built in Python too",
                    )
                if not 1 <= entry.reps_low <= MAX_REPS or not 1 <= entry.reps_high <= MAX_REPS:
                    raise RequestError(
                        f"reps {entry.reps} is outside 1-{MAX_REPS}, the reps a program holds",
                        location=f"{at}.reps_low",
                        suggestion="a program file's limits hold for a Program built in Python too",
                    )


def _program_lines(raw: Mapping[tuple[str | int, ...], int]) -> dict[tuple[int, int, int], int]:
    """Parsed-file lines by data path -> lines by (week, session, exercise), 1-based."""
    out: dict[tuple[int, int, int], int] = {}
    for path, line in raw.items():
        if path[:1] == ("weeks",) and len(path) >= 4 and path[2] == "sessions":
            week, rest = path[1], path[3:]
        elif path[:1] == ("sessions",):
            week, rest = 0, path[1:]
        else:
            continue
        if not isinstance(week, int) or not rest or not isinstance(rest[0], int):
            continue
        if len(rest) == 1:
            out[(week + 1, rest[0] + 1, 0)] = line
        elif len(rest) == 3 and rest[1] == "exercises" and isinstance(rest[2], int):
            out[(week + 1, rest[0] + 1, rest[2] + 1)] = line
    return out


def validate_program(
    data: Any,
    *,
    where: str,
    lines: Callable[[], Mapping[tuple[str | int, ...], int]] | None = None,
    columns: Mapping[tuple[str | int, ...], str] | None = None,
) -> Program:
    """Validate parsed data into a :class:`Program`; raise :class:`ProgramError` with the path.

    ``lines``: called only when the data is invalid, it gives the file line of each data path
    (:func:`~hamstring_rules._files.parse_structured`), so the error reads ``file:LINE: path``;
    ``columns``: a spreadsheet's column of each data path, named in the notices."""
    from ._program_schema import WeekModel, readings, validated_model

    data, moved, shaped = reshaped(data)  # a list of sessions, sessions keyed by day, a Hevy routine
    if shaped and lines is not None:
        given = lines

        def lines() -> Mapping[tuple[str | int, ...], int]:
            out: dict[tuple[str | int, ...], int] = {}
            for path, line in given().items():
                new = moved(path)
                if new is not None:
                    out.setdefault(new, line)
            return out

    try:
        model = validated_model(data, where=where, lines=lines, columns=columns)
    except ProgramError as exc:
        if not shaped:
            raise
        how = "; ".join(shaped)  # how the file was read, which its error's path follows
        raise ProgramError(
            exc.message,
            location=exc.location,
            suggestion=f"{exc.suggestion}; the file was read so: {how}"
            if exc.suggestion
            else f"read so: {how}",
        ) from None
    said = [*shaped, *readings(data, lines, columns)]  # "3-4" sets: read as 4
    week_models = model.weeks if model.weeks is not None else [WeekModel(sessions=model.sessions or [])]
    weeks_out = []
    for i, week in enumerate(week_models, start=1):
        weeks_out.append(
            Week(
                tuple(
                    Session(
                        name=s.name,
                        day=s.day,
                        time=s.time,
                        notes=s.notes,
                        entries=tuple(
                            Entry(
                                e.exercise,
                                e.sets,
                                e.reps[0],
                                e.reps[1],
                                e.tempo[0] if e.tempo else None,
                                e.rir,
                                e.rpe,
                                e.hold_s,
                                _notes(e),
                                e.tempo[1] if e.tempo else (),
                                per_side=e.reps[2],
                                load=e.load,
                            )
                            for e in s.exercises
                        ),
                    )
                    for s in week.sessions
                ),
                label=(f"week {i} ({week.name})" if week.name else f"week {i}")
                if len(week_models) > 1
                else week.name,
                stage=week.stage,
                name=week.name,
                notes=week.notes,
            )
        )
    program = Program(name=model.name, weeks=tuple(weeks_out), goal=model.goal, stage=model.stage)
    said.extend(_schemes_in_names(program, model.weeks is not None, lines))
    return attrs.evolve(program, notices=tuple(said)) if said else program


def _schemes_in_names(
    program: Program, weekly: bool, lines: Callable[[], Mapping[tuple[str | int, ...], int]] | None
) -> list[str]:
    """A notice for each exercise whose name writes a sets x reps its entry's differ from (``RDL
    5x5`` with ``sets: 3, reps: 8``, review29 V13): the entry's are read, the name's not - said,
    not dropped silently; with the entry's line (``lines``) or its data path."""
    from ._program_schema import SCHEME_IN_NAME

    out: list[str] = []
    by_path: Mapping[tuple[str | int, ...], int] | None = None  # the lines, found once when needed
    for w, week in enumerate(program.weeks):
        for s, session in enumerate(week.sessions):
            for e, entry in enumerate(session.entries):
                found = SCHEME_IN_NAME.search(entry.exercise)
                if found is None:
                    continue
                named = (int(found[1]), int(found[2]), int(found[3] or found[2]))
                if named == (entry.sets, entry.reps_low, entry.reps_high):
                    continue
                path: tuple[str | int, ...] = (
                    ("weeks", w, "sessions", s, "exercises", e) if weekly else ("sessions", s, "exercises", e)
                )
                if by_path is None:
                    by_path = lines() if lines is not None else {}
                line = by_path.get(path)
                where = (
                    f"line {line}"
                    if line is not None
                    else "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
                )
                out.append(
                    f"{where}: exercise {shown(entry.exercise, 60)} writes {found[0]} in its name, and its "
                    f"sets and reps differ ({entry.sets} x {entry.reps}): those are read, the name's are not"
                )
    return out


def _notes(entry: EntryModel) -> str | None:
    """The entry's notes, with its rest and superset, which no check reads, kept in front - after
    a note that starts by calling the entry a warm-up (``Warm-up: light``; a sheet's warm-up row),
    which the checks read at the note's start (its sets are no hard sets)."""
    from ._week import warm_up_note

    parts = (
        [f"rest {entry.rest}" if isinstance(entry.rest, str) else f"rest {entry.rest} s"]
        if entry.rest is not None
        else []
    )
    if entry.superset is not None:
        parts.append(f"superset {entry.superset}")
    if entry.notes:
        parts.insert(0 if warm_up_note(entry.notes) else len(parts), entry.notes)
    return "; ".join(parts) if parts else entry.notes


def _json_lines(text: str, where: str) -> dict[tuple[str | int, ...], int]:
    """The lines of an invalid JSON program's values, for its error message only: JSON read as
    the YAML it is (the YAML reader records lines; the JSON one does not). JSON that YAML reads
    otherwise gives no lines, never an error."""
    from ._files import load_yaml

    lines: dict[tuple[str | int, ...], int] = {}
    try:
        load_yaml(text, where=where, lines=lines)
    except Exception:  # only a message's line numbers depend on it
        return {}
    return lines


#: A program file's format by its extension; other files are sniffed (:func:`sniff_format`).
_FORMATS = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".csv": "csv"}
#: The start of a file or upload read to tell a program from a workout log (a header is short).
HEAD_BYTES = 65536

#: A YAML document's first line: a directive, a document start, or a mapping key (plain or
#: quoted, no CSV separator in it) and its colon - what a CSV header line never is.
_YAML_START = re.compile(
    r"""(?:%YAML|---)(?:\s|$)|(?:"[^"\n]*"|'[^'\n]*'|[^\s,;\t#"'{\[\-?:][^,;\t]*?)\s*:(?:\s|$)"""
)


def sniff_format(text: str) -> str | None:
    """The format of a program whose file name does not say (``.txt``, no extension, standard
    input): ``json`` when it is a JSON object, ``yaml`` when it starts with ``{`` otherwise (a
    flow mapping) or its first line is a YAML mapping key or document start, ``csv`` when it is
    a spreadsheet program's header; else ``None``. Blank lines and ``#`` comments before it are
    passed over."""
    from ._files import is_json

    at = 0
    for line in text.splitlines(keepends=True):
        first = line.strip().lstrip("\ufeff").strip()
        if not first or first.startswith("#"):
            at += len(line)
            continue
        if first.startswith("{"):  # a JSON object, or a YAML flow mapping ({name: p})
            return "json" if is_json(text) else "yaml"
        if _YAML_START.match(first):
            return "yaml"
        return "csv" if _csv_header(text[at:]) else None
    return None


#: The separators a program sheet's cells may have, most likely first (a tie is the first's): a pipe
#: is a table pasted from a chat or written in markdown (:func:`pipe_table`).
_SEPARATORS = (",", ";", "\t", "|")


def separated_csv(text: str) -> tuple[str, str, int]:
    """A CSV's separator, its text from the header on, and the lines before the header: after
    Excel's ``sep=;`` line, the separator it names (1 line); else the one of ``,``, ``;``, tab
    and ``|`` the first line has most of (0 lines)."""
    first, rest = first_line(text)
    named = excel_separator(first)
    if named is not None:
        return named, rest, 1
    return max(_SEPARATORS, key=first.count), text, 0


#: A markdown table's rule line under its header (``|---|:--:|``), blanked.
_RULE_LINE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")


def pipe_table(text: str) -> str | None:
    """A table whose cells a pipe separates (markdown's ``| Day | Exercise |``, a sheet pasted as
    ``Day|Exercise|Sets``: review29 V7) as rows a CSV reader reads with ``|``: each line without the
    pipe leading and ending it, the rule line under the header blank (every line keeps its
    number). ``None`` when no line of the first few (a title may lead) is a program's header split
    at its pipes (a CSV, whose notes or title may hold a pipe, is none)."""
    from .logs import _clean

    lines = text.splitlines(keepends=True)
    # a program's header split at its pipes, below the title rows a sheet may have
    header = (
        _program_columns(_clean(line.strip().strip("|").split("|")))
        for line in lines[: MAX_TITLE_ROWS + 2]
        if "|" in line and len(line) <= 65536
    )
    if not any(header):
        return None
    out = []
    for line in lines:
        body = line.rstrip("\r\n")
        end = line[len(body) :]
        cells = body.strip()
        if _RULE_LINE.fullmatch(cells):
            out.append(end)
            continue
        cells = cells[1:] if cells.startswith("|") else cells
        cells = cells[:-1] if cells.endswith("|") else cells
        out.append(cells + end)
    return "".join(out)


#: Rows a program sheet may have above its header (a title, a client's name, blank rows), as
#: for a log (``logs.MAX_TITLE_ROWS``, heuristic).
MAX_TITLE_ROWS = 5


def _program_header(text: str) -> tuple[str, str, int]:
    """:func:`separated_csv`, passing over up to :data:`MAX_TITLE_ROWS` rows above a program's
    header (a coach's sheet titled with the client's name): its separator, the text from the
    header on and the lines before it. Without a program header in those rows, the first
    line is the header (and the reader's error names it)."""
    import csv

    from .logs import _clean

    delimiter, rest, skipped = separated_csv(text)
    named = skipped > 0
    body = rest
    for above in range(MAX_TITLE_ROWS + 1):
        line, after = first_line(body[:65536])  # a header is short; csv refuses a cell over 131,072
        sep = delimiter if named else max(_SEPARATORS, key=line.count)
        try:
            cells = _clean(next(csv.reader([line], delimiter=sep), []))
        except csv.Error:  # a NUL, say: no header of a program
            cells = []
        if cells and _program_columns(cells):
            return sep, body, skipped + above
        if not after:
            break
        body = first_line(body)[1]
    return delimiter, rest, skipped


#: What a plain ASCII cell loses to become a role name (``logs._role_name``): a bracketed part, then
#: anything not a letter or a digit.
_ASCII_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]")
_ASCII_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def _names_an_exercise(cells: list[str]) -> bool:
    """Whether a cell of a header line names the exercise column (``_CSV_KEYS["exercise"]``), which
    every program header has (:func:`program_csv_columns` reads none without it): the sniffer's
    first test of each line it tries, so a log's header and its data rows cost what a header
    costs (a plain ASCII cell is named here as ``logs._role_name`` names it, without its Unicode
    normalisation)."""
    from ._files import MAX_ROLE_CELL
    from .logs import _role_name

    for cell in cells:
        if len(cell) > MAX_ROLE_CELL:
            continue
        if cell.isascii():
            name = _ASCII_NOT_ALNUM.sub("", _ASCII_BRACKETS.sub("", cell.lower()))
        else:
            name = _role_name(cell)
        if name in _EXERCISE_NAMES:
            return True
    return False


def _program_columns(cells: list[str]) -> bool:
    """Whether header cells are a spreadsheet program's (a column named twice, read as neither,
    still makes it a program's: the program reader names the column, where a log's would list
    the log formats)."""
    if not _names_an_exercise(cells):  # no exercise column: no program's header, decided early
        return False
    if program_csv_columns(cells) is not None:
        return True
    first_at = {c: i for i, c in reversed(list(enumerate(cells)))}
    firsts = [c if first_at[c] == i else "" for i, c in enumerate(cells)]
    return len(first_at) < len(cells) and program_csv_columns(firsts) is not None


def _export_header(text: str) -> bool:
    """Whether ``text`` starts with the header of an export ``load_log`` reads (a file whose
    name does not say so is not read as one, but the error can say what it is)."""
    import csv

    from .errors import LogFormatError
    from .logs import _clean, _detect

    delimiter, rest, _ = separated_csv(text)
    line = first_line(rest[:65536])[0]
    try:
        _detect(_clean(next(csv.reader([line], delimiter=delimiter), [])), "-")
    except (LogFormatError, csv.Error):
        return False
    return True


def _csv_header(text: str) -> bool:
    """Whether ``text`` starts with a spreadsheet program's header (after a ``sep=`` line), in
    whichever of its separators."""
    import csv

    from .logs import _clean

    delimiter, rest, _ = _program_header(pipe_table(text) or text)
    line = first_line(rest[:65536])[0]  # a header is short; csv refuses a cell over 131,072
    try:
        header = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:  # a NUL, say: no header of a program
        return False
    return _program_columns(_clean(header))


def program_json_schema() -> dict[str, Any]:
    """The JSON Schema of the program file (with ``schema_version``)."""
    from ._program_schema import json_schema

    return json_schema()


#: The JSON contracts :func:`json_schema` knows: the program file and the two JSON outputs.
SCHEMA_KINDS = ("program", "check", "recommend")


def json_schema(kind: str = "program") -> dict[str, Any]:
    """A JSON Schema (Draft 2020-12) of one of the library's JSON contracts.

    ``"program"``: the program file :func:`load_program` and ``check`` accept (the same as
    :func:`program_json_schema`); ``"check"``: ``Report.to_dict()`` and ``check --format json``;
    ``"recommend"``: ``RecommendationResult.to_dict()`` and ``recommend --format json``. The
    output schemas require every documented field and allow new ones (fields are added, never
    removed). Raises :class:`~hamstring_rules.RequestError` for another ``kind``.
    """
    if not isinstance(kind, str) or kind not in SCHEMA_KINDS:
        from .errors import RequestError

        raise RequestError(
            f"unknown schema {shown(kind)}", location="kind", suggestion="known: " + ", ".join(SCHEMA_KINDS)
        )
    if kind == "program":
        return program_json_schema()
    import json

    from ._data import read_text

    schema: dict[str, Any] = json.loads(read_text(f"{kind}.schema.json"))
    return schema


#: A program kept as a spreadsheet: the key each column gives an exercise (or its session), by
#: the column's header with case, spaces, punctuation and a bracketed unit taken out.
# English, then the log reader's other languages (German, Spanish, French, Portuguese, Italian,
# Dutch: its _ROLES); a "Tag" column is German's day (a label column is "Group").
# fmt: off
_CSV_KEYS: dict[str, tuple[str, ...]] = {
    "exercise": ("exercise", "exercisename", "movement", "lift", "exercises", "ubung", "ubungen",
                 "ejercicio", "exercice", "exercicio", "esercizio", "oefening"),
    "sets": ("sets", "setcount", "numsets", "nsets", "numberofsets", "setsxreps", "setsreps", "scheme",
             "satze", "serien", "series", "serie", "setsandreps", "prescription", "prescribed", "volume",
             "dosage", "dose"),
    "reps": ("reps", "rep", "repetitions", "reprange", "targetreps", "repsperset", "wiederholungen",
             "wdh", "repeticiones", "repeticoes", "ripetizioni", "herhalingen"),
    "tempo": ("tempo",),
    "rir": ("rir", "repsinreserve"),
    "rpe": ("rpe",),
    "hold_s": ("hold", "holds", "holdseconds", "holdsecs", "holdtime", "halten", "haltezeit", "halte",
               "mantener", "sostener", "maintien", "tenue", "tenuta", "mantenimento", "manter", "sustentacao",
               "vasthouden"),
    "notes": ("notes", "note", "comments", "comment", "cues", "notizen", "bemerkung", "bemerkungen",
              "notas", "remarques", "opmerkingen"),
    "load": ("load", "weight", "weights", "kg", "kgs", "lb", "lbs", "1rm", "of1rm", "pct1rm", "percent1rm",
             "percent", "percentage", "pct", "intensity", "tm", "oftm", "targetweight", "targetload",
             "loadkg", "weightkg", "gewicht", "peso", "carga", "poids", "charge", "carico"),
    "rest": ("rest", "restperiod", "resttime", "restbetweensets", "pause", "satzpause", "descanso",
             "repos", "riposo", "recupero", "rust"),
    "superset": ("superset", "group", "supersetgroup"),
    "session": ("session", "sessionname", "workout", "workoutname", "title", "routine", "dayname", "name",
                "einheit", "sesion", "seance", "sessao", "sessione"),
    "day": ("day", "dayno", "daynumber", "trainingday", "workoutday", "sessionday", "tag", "trainingstag",
            "dia", "jour", "giorno", "dag"),
    "weekday": ("weekday", "dayofweek", "wochentag", "diadelasemana", "jourdelasemaine"),
    "week": ("week", "weeknumber", "weekno", "woche", "semana", "semaine", "settimana", "weeks", "wk", "wks",
             "wkno", "wknumber", "wochen", "semanas", "semaines", "settimane", "weken", "trainingweek"),
    "stage": ("stage", "rehabstage", "phase", "rehabphase", "stufe", "phase", "fase", "etapa", "etape",
              "stadium", "stadio"),
}
# fmt: on
#: A column giving sets and reps in one cell (``Sets x Reps``, ``Series x Repeticiones``, ``Sätze x
#: Wdh``, ``Séries/Reps``): a sets word, a joiner (``x``, a slash or space, which the header's reading
#: takes out, ``and`` in the languages), a reps word - every pairing of the languages' words (review29
#: V8: only English pairs were listed), read as a Sets column whose cells say ``3x8``.
_SETS_WORDS = ("sets", "set", "satze", "serien", "series", "serie", "reeksen", "sets")
_REPS_WORDS = (
    "reps",
    "rep",
    "repetitions",
    "wiederholungen",
    "wdh",
    "repeticiones",
    "repeticoes",
    "reps",
    "ripetizioni",
    "rip",
    "herhalingen",
)
_SETS_REPS_JOINS = ("", "x", "and", "und", "y", "et", "e", "en", "por", "per", "mal")
SETS_AND_REPS = frozenset(f"{s}{j}{r}" for s in _SETS_WORDS for j in _SETS_REPS_JOINS for r in _REPS_WORDS)
_CSV_KEYS["sets"] = (*_CSV_KEYS["sets"], *sorted(SETS_AND_REPS - set(_CSV_KEYS["sets"])))
_EXERCISE_NAMES = frozenset(_CSV_KEYS["exercise"])
#: The keys whose blank cell an entry may miss (its error names the column, not the data path).
_COUNT_KEYS = ("sets", "reps")
#: The columns that place a row in a week and a session; a blank one takes the cell above it
#: (a merged cell, exported, is blank below its first row).
_SESSION_KEYS = ("week", "session", "day", "weekday")
#: A set type column (``Type``, ``Set Type``, ``Satztyp``) and a warm-up flag column (``Warm-up``,
#: ``Is Warmup``), named as the log reader names them (``logs._ROLES``), read with its words
#: (``_log_words``): a row they call a warm-up is a warm-up entry, no hard sets.
_SET_KIND_KEYS = ("warm_flag", "set_type")


def set_columns(header: list[str], taken: Iterable[int] = ()) -> list[int]:
    """A sheet's columns holding one set each (``Set 1``, ``Set 2``..., ``S1``, ``Satz 3``: the log
    reader's names for them), when two or more; else none."""
    from .logs import _SET_N, _role_name

    skip = set(taken)
    found = [i for i, cell in enumerate(header) if i not in skip and _SET_N.fullmatch(_role_name(cell))]
    return found if len(found) >= 2 else []


#: A set's cell of bare reps (``5``, ``5+``): a row of them is each set's reps, as ``5, 5, 5+`` reads.
_BARE_SET_REPS = re.compile(r"\s*[0-9]{1,3}\s*\+?\s*")


#: A set's cell of a load, then its reps (``100 x 8``, ``100kg x 8``, ``82.5 x 5``): a load no count
#: of sets may be - a decimal, a unit, or more than a program's 20 sets (heuristic: ``10 x 8`` is
#: read as sets x reps, as a Sets cell reads it).
_LOAD_BY_REPS = re.compile(
    r"\s*(?P<load>[0-9]{1,4}(?:[.,][0-9]{1,2})?)\s*(?P<unit>kgs?|lbs?|%)?\s*[xX×*]\s*(?P<reps>\S.*?)\s*",
    re.IGNORECASE,
)


def _set_cell(column: str, cell: str, where: str) -> str:
    """One set's cell of a column per set, as a group of sets the sets key reads (one grammar for a
    reps cell and a set's cell: :func:`~._program_schema.read_group`): ``8-10`` is ``1x8-10``,
    ``60s`` a hold, ``8 (RPE 7)`` a set with its effort, ``3x10`` three sets as written, ``100 x 8``
    a set of 8 with its load kept in the notes (:data:`_LOAD_BY_REPS`). A cell read as no set is
    refused naming its column."""
    from ._program_schema import read_group

    load = _LOAD_BY_REPS.fullmatch(cell)
    if load is not None and (load["unit"] or not load["load"].isdigit() or int(load["load"]) > 20):
        group = f"1x{load['reps']} (load {' '.join(cell.split())})"
    else:
        group = cell if read_group(cell) is None else f"1x{cell}"
    problem = read_group(group)
    if problem and group == f"1x{cell}":  # said as a reps cell's problem: the cell is one set's reps
        problem = read_group(cell, reps=True) or problem
        raise ProgramError(f"column {column}: {shown(cell)} is not read as a set: {problem}", location=where)
    return group


def _by_set(
    header: list[str],
    body: list[tuple[int, list[str]]],
    columns: dict[str, int],
    notices: list[str],
    where: str = "program",
) -> tuple[list[str], list[tuple[int, list[str]]], dict[str, int]]:
    """A sheet with a column per set (``Day | Exercise | Set 1 | Set 2 ... Set 9``, as nSuns' and
    percentage programs' sheets print a day: ``75% x5``, ``85% x3``, ``95% x1+``) as one with a sets
    and a reps column: a row's filled set cells, in order, are its sets - bare reps (``5``, ``5+``) its
    sets' number and each set's reps, else the list of each set's reps and load the sets key reads
    (``75% x5, 85% x3, 95% x1+``; one cell of sets x reps, ``3x10``, as written). Unchanged without
    such columns (:func:`set_columns`)."""
    from ._program_schema import loaded_list

    per_set = set_columns(header, columns.values())
    if not per_set:
        return header, body, columns
    named = f"{header[per_set[0]]} ... {header[per_set[-1]]}"
    rows = []
    for line, row in body:
        cells = [row[i].strip() for i in per_set if i < len(row) and row[i].strip()]
        if cells and all(_BARE_SET_REPS.fullmatch(c) for c in cells):
            sets, reps = str(len(cells)), ", ".join(c.replace(" ", "") for c in cells)
        elif len(cells) > 1 and loaded_list(", ".join(cells)):  # "75% x5, 85% x3, 95% x1+"
            sets, reps = ", ".join(cells), ""
        else:  # each cell one set, read as a reps cell is ("8-10", "AMRAP", "60s", "8 (RPE 7)")
            held = [(header[i], row[i].strip()) for i in per_set if i < len(row) and row[i].strip()]
            at = f"{where}:{line}"
            sets = ", ".join(
                _set_cell(f"{shown(column, 30)} (of {shown(named, 60)})", cell, at) for column, cell in held
            )
            reps = ""
        rows.append((line, [*(c if i not in per_set else "" for i, c in enumerate(row)), sets, reps]))
    width = len(header)
    notices.append(
        f"program sheet read a column per set: {shown(header[per_set[0]], 30)} to "
        f"{shown(header[per_set[-1]], 30)} as each row's sets in order (a cell of reps, or of reps and "
        "a load: 75% x5; a cell read as a Reps cell is - 8-10, AMRAP, 8 each, 8 (RPE 7), 60s), "
        "a blank cell no set"
    )
    header = [*(c if i not in per_set else "" for i, c in enumerate(header)), named, named]
    return header, rows, {**columns, "sets": width, "reps": width + 1}


def program_csv_columns(header: list[str]) -> dict[str, int] | None:
    """The program key of each column a program CSV's header names; ``None`` when the header
    is no program's: no exercise and sets columns, or a date (then it is a log)."""
    from .logs import _ROLES, columns_by_role

    if columns_by_role(header, {"date": _ROLES["date"]}):  # a log's date column: a log
        return None
    roles = {key: (spellings, None) for key, spellings in _CSV_KEYS.items()}
    # after the program's own columns: "Serie" is sets there, a set type in a log
    found = columns_by_role(header, {**roles, **{key: _ROLES[key] for key in _SET_KIND_KEYS}})
    # the sets, or no sets column but reps that may list each set's (a coach's "10, 10, 8"; the
    # reader names the column a sheet needs when they do not)
    if "exercise" in found and ({"sets", "reps", "hold_s"} & found.keys()):
        return found
    # a coach's block, a column per week (Exercise | Week 1 | Week 2 ... holding 3x8): see _by_week;
    # a column per set (Exercise | Set 1 | Set 2 ... holding 75% x5): see _by_set
    if "exercise" in found and "reps" not in found and set_columns(header, found.values()):
        return found
    return found if "exercise" in found and "week" not in found and week_columns(header) else None


#: The keys a week's own column may give (``Week 1 Sets | Week 1 Reps``): an entry's values.
_WEEK_FIELDS = ("sets", "reps", "tempo", "rir", "rpe", "hold_s", "notes", "rest", "load")
#: A header cell of weeks and a word, either way round (``Week 1 Sets``, ``W1 - Reps``, ``Wk1 reps``,
#: ``Sets W1``, ``Reps (Week 2)``): the weeks' part holds a digit, the word's none.
_WEEK_AND_WORD = (
    re.compile(r"(?P<weeks>.*?[0-9])(?:\s*[-\u2013\u2014:(|/,]\s*|\s+)(?P<word>[^\W\d_][^0-9]*?)\s*\)?"),
    re.compile(
        r"(?P<word>[^\W\d_][^0-9]*?)(?:\s*[-\u2013\u2014:(|/,]\s*|\s+)(?P<weeks>[^\W\d_]+\s*\.?\s*[0-9].*?)\)?"
    ),
)


def _week_field(cell: str) -> tuple[tuple[int, ...], str] | None:
    """The weeks and the entry key of a week's own column (``Week 1 Sets``: week 1's sets, see
    :data:`_WEEK_AND_WORD`; the word one of a program sheet's column names of :data:`_WEEK_FIELDS`),
    or ``None``."""
    from .logs import _role_name

    text = plain_letters(cell.strip())
    for pattern in _WEEK_AND_WORD:
        found = pattern.fullmatch(text) if len(text) <= MAX_TEXT else None
        if found is None:
            continue
        word = _role_name(found["word"])
        key = next((k for k in _WEEK_FIELDS if word in _CSV_KEYS[k]), None)
        try:
            weeks = read_weeks(found["weeks"], worded=True)
        except ValueError:
            return None
        if key is not None and weeks is not None:
            return weeks, key
    return None


def week_columns(header: list[str]) -> dict[int, tuple[tuple[int, ...], str]]:
    """The columns of a sheet laid out a column per week (``Day | Exercise | Week 1 | Week 2``, or a
    block of weeks a column: ``Weeks 1-4 | Weeks 5-8``, see
    :func:`~hamstring_rules._program_words.read_weeks`) or a column per week and value (``Week 1
    Sets | Week 1 Reps | Week 2 Sets ...``: :func:`_week_field`): each one's weeks and the key its
    cells give (a week's one column: ``sets``, which may hold sets x reps), by column; empty unless
    no two such columns name a week's key in common (two ``Week 1`` columns are not guessed
    between) and every week is within the weeks a program holds. Beside a week's own value columns,
    a column naming its weeks and another word (``Week 1 - Load``) is none (its notice says so)."""
    found: dict[int, tuple[tuple[int, ...], str]] = {}
    plain: dict[int, tuple[int, ...]] = {}
    for i, cell in enumerate(header):
        field = _week_field(cell)
        if field is not None:
            found[i] = field
            continue
        try:
            weeks = read_weeks(plain_letters(cell), worded=True)
        except ValueError:  # "Weeks 8-5": no week column
            return {}
        if weeks is not None:
            plain[i] = weeks
    if not found or not any(key == "sets" for _, key in found.values()):
        found = {i: (weeks, "sets") for i, weeks in plain.items()}
    # two columns of the same weeks are not guessed between; overlapping ones ("Weeks 1-4 | Week 4
    # (deload)") are read as rows naming those weeks are (each week holds both, said)
    if len(set(found.values())) != len(found) or any(
        w > MAX_WEEKS for weeks, _ in found.values() for w in weeks
    ):
        return {}
    return found


def week_text(weeks: tuple[int, ...]) -> str:
    """Weeks as a week cell writes them: ``3``, ``1-4``, ``1-3, 5`` (runs of weeks as ranges)."""
    runs: list[list[int]] = []
    for week in weeks:
        if runs and week == runs[-1][-1] + 1:
            runs[-1].append(week)
        else:
            runs.append([week])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


#: A week cell that gives no sets: a count of none (``0``, ``0 sets``, ``0x8``) ...
_NO_SETS = re.compile(
    r"\s*0+\s*(?:[xX\u00d7*]\s*[0-9]{1,3}(?:\s*[-\u2013]\s*[0-9]{1,3})?)?\s*[^\W\d_]*\.?\s*"
)
#: ... or a mark of "not this week": no letter or digit at all (``-``, ``\u2014``, ``/``, ``\u2717``) or a
#: word of none, off or rest (lower case, letters only: ``n/a`` is ``na``), in English and the
#: languages of the column names (a heuristic list: other text is still refused at its cell).
_NOT_THIS_WEEK = frozenset((
    "x", "na", "none", "no", "off", "rest", "restweek", "skip", "skipped", "omit", "omitted", "nil",
    "frei", "pause", "ruhe", "aus", "kein", "keine", "entfallt",
    "descanso", "libre", "nada", "ninguno", "repos", "aucun", "riposo", "nessuno", "folga", "nenhum",
    "rust", "geen",
))  # fmt: skip


def _no_sets(cell: str) -> bool:
    """Whether a week's cell says the row is not trained that week (:data:`_NO_SETS`,
    :data:`_NOT_THIS_WEEK`)."""
    if len(cell) > 30:
        return False
    if any(ch.isdigit() for ch in cell):
        return _NO_SETS.fullmatch(cell) is not None
    if not any(ch.isalnum() for ch in cell):
        return True
    from ._log_words import plain_word

    return "".join(ch for ch in plain_word(cell) if ch.isalpha()) in _NOT_THIS_WEEK


def _by_week(
    header: list[str],
    body: list[tuple[int, list[str]]],
    weekly: Mapping[int, tuple[tuple[int, ...], str]],
    exercise: int,
    rested: dict[str, list[tuple[int, str]]] | None = None,
) -> tuple[list[tuple[int, list[str]]], tuple[str, ...]]:
    """A sheet laid out a column per week as the rows of a sheet with a week column and a column
    of each key the weeks' columns give (appended after ``header``'s cells, in the order of the
    keys returned: ``sets``, or ``sets``, ``reps``... for ``Week 1 Sets | Week 1 Reps``): each
    week's rows in turn, a row's cell of that week its sets (``3``, or sets x reps ``3x8``); a row
    whose cells are blank that week is not trained then (a heading row, with no exercise, heads
    each week's rows). A column of several weeks (``Weeks 1-4``) is a week cell naming them: its
    rows are repeated for each. A sets cell that gives none (``-``, ``x``, ``n/a``, ``off``,
    ``rest``, ``0``: :func:`_no_sets`) is as blank: its line and text go to ``rested`` under the
    column's header, for the notice."""
    width = len(header)
    keys = tuple(k for k in _WEEK_FIELDS if any(key == k for _, key in weekly.values()))
    by_weeks: dict[tuple[int, ...], dict[str, int]] = {}
    for column, (weeks, key) in weekly.items():
        by_weeks.setdefault(weeks, {})[key] = column
    out = []
    for weeks, held in sorted(by_weeks.items()):
        for line, row in body:
            cells = {k: row[c].strip() if c < len(row) else "" for k, c in held.items()}
            named = exercise < len(row) and row[exercise].strip()
            sets = cells.get("sets", "")
            if sets and named and _no_sets(sets):
                if rested is not None:
                    rested.setdefault(header[held["sets"]], []).append((line, sets))
                continue  # "-", "x", "0": not trained that week
            if not any(cells.values()) and named:
                continue  # not trained that week
            rest = [c if i not in weekly else "" for i, c in enumerate(row[:width])]
            rest += [""] * (width - len(rest))
            own = [cells.get(k, "") for k in keys]
            # cells past the header: refused
            out.append((line, [*rest, week_text(weeks), *own, *row[width:]]))
    return out, keys


def program_csv_header(path: Path) -> bool:
    """Whether a file is a program rather than a workout log: a ``.csv`` whose first line is a
    program's header (see :func:`program_csv_columns`); a file whose name does not say its
    format (``.txt``), a program by its content (see :func:`sniff_format`)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a named pipe would wait for a writer: forever
            return False  # the reader refuses it by name
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except (OSError, ValueError):
        return False
    return program_head(head, path)


def program_head(head: bytes, path: PurePath) -> bool:
    """Whether the start of a file or upload named ``path`` is a program's rather than a workout
    log's: a ``.json``/``.yaml``/``.yml`` name always; a ``.csv`` one by its header (see
    :func:`program_csv_header`); a name that does not say its format, by its content. Only the
    first :data:`HEAD_BYTES` of ``head`` are read."""
    from ._files import head_text

    if _FORMATS.get(path.suffix.lower()) in ("json", "yaml"):
        return True
    text = head_text(head[:HEAD_BYTES])  # as the log reader decodes it (UTF-16 without a mark too)
    if path.suffix.lower() == ".csv":
        return _csv_header(text)
    return sniff_format(text) is not None


def _refuse_twice(header: list[str], where: str) -> None:
    """Refuse a program header naming a column it reads twice (``Sets,Reps,Reps``): which one
    holds the program is not guessed (reading neither was 'reps: Field required')."""
    from collections import Counter

    from .logs import _role_name

    counts = Counter(header)
    spellings = {spelling for names in _CSV_KEYS.values() for spelling in names}
    twice = next((h for h, n in counts.items() if n > 1 and h and _role_name(h) in spellings), None)
    if twice is not None:
        places = [str(i + 1) for i, h in enumerate(header) if h == twice]
        raise ProgramError(
            f"column {shown(twice)} is named twice (columns {', '.join(places[:-1])} and {places[-1]}): "
            "which one to read is not guessed",
            location=where,
            suggestion="rename or delete one of them",
        )


#: A load column's unit, from its header: a percentage (``%1RM``, ``% of TM``, ``Intensity (%)``) or a
#: weight's unit (``Weight (kg)``, ``Load lbs``), given a bare number in it (``85``).
_HEADER_UNIT = re.compile(r"(%|\bkgs?\b|\blbs?\b|kilos?|pounds?)", re.IGNORECASE)
_OF_MAX_HEADER = re.compile(r"\b(e?1\s*rm|tm|training\s*max)\b", re.IGNORECASE)


def load_value(cell: str, column: str) -> str:
    """A program sheet's load cell as a load: a bare number with the unit its column's header
    gives (``85`` under ``%1RM`` is ``85% 1RM``, ``100`` under ``Weight (kg)`` ``100 kg``), else
    the cell as written (white space collapsed)."""
    text = " ".join(cell.split())
    unit = _HEADER_UNIT.search(column)
    if re.fullmatch(r"[0-9]{1,4}(?:[.,][0-9]{1,2})?", text) and unit is not None:
        of_max = _OF_MAX_HEADER.search(column)
        if unit.group(1) == "%":
            return f"{text}%" + (f" {of_max.group(1).replace(' ', '').upper()}" if of_max else "")
        return f"{text} {unit.group(1).lower()}"
    return text


def load_note(cell: str, column: str) -> str:
    """A program sheet's load cell as its entry's notes keep it: :func:`load_value` when the
    header gave its unit, else named by its column (``Load: BW+10``)."""
    text = " ".join(cell.split())
    value = load_value(cell, column)
    if value != text:
        return value
    return f"{' '.join(column.split())}: {text}" if column.strip() else text


def _lines_text(lines: list[int]) -> str:
    """Lines as a notice names them: the first five, then how many more."""
    return ", ".join(map(str, lines[:5])) + (f" and {len(lines) - 5} more" if len(lines) > 5 else "")


def _program_csv(
    text: str,
    path: PurePath,
    raw_lines: dict[tuple[str | int, ...], int],
    notices: list[str],
    limits: Limits | None = None,
    raw_columns: dict[tuple[str | int, ...], str] | None = None,
) -> dict[str, Any]:
    """A program kept as a spreadsheet, as the program file's data: one row per exercise,
    grouped into sessions by consecutive week, session, day and weekday cells, a blank one
    taking the cell above (a merged cell); a row with only those cells (or a note) heads the
    rows below it (``raw_lines``: the CSV line of each data path, for errors; ``raw_columns``: the
    header of its column, for notices). Cells are passed
    as text to the program schema, which reads coaches' notation (``3x8-10``, ``8-10 per leg``,
    ``RIR 1-2``, a decimal comma). How a day cell is read: :func:`_csv_session`; a set type or
    warm-up column: :func:`_set_kind_note`. ``notices``: gets what was passed over (the columns
    not read, set types not understood). A week cell or heading naming several weeks (``1-4``,
    ``Weeks 5-8``) is its block repeated for each, within ``limits``: :func:`_repeated_weeks`."""
    import csv
    import io

    from ._program_schema import is_load, named_effort, sets_in_reps
    from ._week import warm_up_note
    from .logs import MAX_LOG_COLUMNS, _clean

    whole_text = text
    delimiter, text, skipped = _program_header(text)  # after Excel's "sep=;" line and a title, if any
    text_above = whole_text[: len(whole_text) - len(text)]
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = _clean(next(rows, []))
        body = list(_first_lines(rows, skipped))  # the file is within max_bytes
    except csv.Error as exc:
        raise ProgramError(f"malformed CSV: {exc}", location=f"{path}:{rows.line_num + skipped}") from None
    if len(header) > MAX_LOG_COLUMNS:  # each column's role is read: refused before (review29 V5)
        raise InputLimitError(
            f"the header has {len(header):,} columns, over the limit of {MAX_LOG_COLUMNS:,}",
            location=f"{path}:{1 + skipped}",
            suggestion=f"a program sheet has a column per thing its rows give (at most {MAX_LOG_COLUMNS:,})",
        )
    columns = program_csv_columns(header)
    if columns is not None:
        _refuse_twice(header, f"{path}:{1 + skipped}")
    if columns is None:
        counts = Counter(header)  # (list.count per column was quadratic: review29 V5)
        twice = sorted({h for h in header if h and counts[h] > 1})
        seen = ", ".join(shown(h, 40) for h in header[:12]) or "none"
        raise ProgramError(
            "a program CSV needs an exercise and a sets column, and no date column (a log); "
            + (
                f"a column named twice is read as neither: {', '.join(map(shown, twice))}"
                if twice
                else f"columns seen: {seen}"
            ),
            location=f"{path}:{1 + skipped}",
        )
    if "sets" not in columns and "reps" not in columns:  # Set 1 | Set 2 ... (nSuns): each holds a set
        header, body, columns = _by_set(header, body, columns, notices, str(path))
    weekly = week_columns(header) if "sets" not in columns else {}
    # a week's cell as the sheet writes it and its line, by the week cell read (a heading's, a column's)
    week_said: dict[str, tuple[str, int]] = {
        week_text(at): (header[i], 1 + skipped) for i, (at, key) in weekly.items() if key == "sets"
    }
    # each week's columns by the key they give (a week's sets and reps columns), for notices
    week_named: dict[str, dict[str, str]] = {}
    for i, weeks_key in weekly.items():
        week_named.setdefault(week_text(weeks_key[0]), {})[weeks_key[1]] = header[i]
    if weekly:  # a column per week: read as the rows of a week and a sets column
        rested: dict[str, list[tuple[int, str]]] = {}
        body, week_keys = _by_week(header, body, weekly, columns["exercise"], rested)
        marks = [(column, at, cell) for column, cells in rested.items() for at, cell in cells]
        if marks:
            listed_marks = ", ".join(
                f"{shown(cell, 20)} (line {at}, column {shown(column, 30)})"
                for column, at, cell in marks[:_NAMED]
            )
            more = f" and {len(marks) - _NAMED} more" if len(marks) > _NAMED else ""
            notices.append(f"week cells giving no sets read as not trained that week: {listed_marks}{more}")
        listed = ", ".join(shown(header[i], 30) for i in list(weekly)[:12]) + (
            "..." if len(weekly) > 12 else ""
        )
        if week_keys == ("sets",):
            notices.append(
                f"program sheet read a column per week: {listed} as its weeks in their order, each cell "
                "the sets (3) or sets x reps (3x8) of its row's exercise that week; a blank cell, not "
                "trained that week"
            )
        else:
            notices.append(
                f"program sheet read columns per week: {listed} as its weeks in their order, each "
                f"week's {', '.join(week_keys[:-1])} and {week_keys[-1]} of its row's exercise that week; "
                "blank cells, not trained that week"
            )
        columns = {
            **columns,
            "week": len(header),
            **{k: len(header) + 1 + n for n, k in enumerate(week_keys)},
        }
        header = [*(cell if i not in weekly else "" for i, cell in enumerate(header)), "Week", *week_keys]
    unread = [cell for i, cell in enumerate(header) if cell and i not in columns.values()]
    if "load" not in columns:  # a column named '%' alone (no letters: no role name)
        percent = next((i for i, cell in enumerate(header) if cell.strip() == "%"), None)
        if percent is not None:
            columns = {**columns, "load": percent}
            unread = [cell for cell in unread if cell.strip() != "%"]
    loads_read: dict[str, list[int]] = {}  # a load column -> the lines whose load it gave
    if unread:
        shown_cells = ", ".join(shown(cell, 30) for cell in unread[:20])
        more = f" and {len(unread) - 20} more" if len(unread) > 20 else ""
        notices.append(f"program sheet columns not read: {shown_cells}{more}")
    not_kinds: dict[str, dict[str, int]] = {}  # a set type column -> the cells it did not read: first line
    weeks: list[dict[str, Any]] = []
    last: tuple[str, ...] | None = None
    last_week: str | None = None
    above = dict.fromkeys(_SESSION_KEYS, "")
    lines: dict[tuple[str | int, ...], int] = {}
    columns_at: dict[tuple[str | int, ...], str] = {}  # the header of each value's column
    split_days: dict[str, int] = {}  # a weekday -> the session a day cell naming several made for it
    totals: list[int] = []  # the lines of summary rows passed over
    # each week's cell as written, its line and the weeks it names (several: "1-4", the block repeated)
    week_cells: list[tuple[str, int, tuple[int, ...] | None]] = []
    stage_at: tuple[int, str, int] | None = None  # the stage of the rows above: it, its cell, its line
    said_header = [cell.casefold() for cell in header]
    while said_header and not said_header[-1]:
        said_header.pop()
    banner_above = _banner_above(text_above, delimiter)  # "Day 1 - Lower" above the first header
    titles = _title_rows(text_above, delimiter)
    if banner_above is not None:  # on its own line (the last row above the header), not the header's
        body = [(titles[-1][0] if titles else 1 + skipped, [banner_above]), *body]
        titles = titles[:-1]
    if titles and columns is not None:  # nothing above the header is lost unsaid
        notices.append(
            "rows above the header passed over as the sheet's title: "
            + ", ".join(f"line {n} {shown(cell, 40)}" for n, cell in titles[:3])
            + (f" and {len(titles) - 3} more" if len(titles) > 3 else "")
            + " (a week or day banner there, 'Weeks 1-3', 'Day 1 - Lower', heads the rows below)"
        )
    section: tuple[str, int] | None = None  # the section heading the rows below are in ("Accessories")
    section_used = False  # whether a row took it (a new session after that ends it)
    block: tuple[str, int] | None = None  # a block banner naming no weeks ("Phase 2 - Strength"), pending
    block_named = False  # a week named by such a banner (one week of them: the program keeps its weeks)
    sections_said: list[tuple[str, int]] = []
    blocks_said: list[tuple[str, int]] = []
    heads: dict[str, tuple[int, str]] = {}  # a session column's heading no row has taken yet
    passed: list[tuple[int, str, str]] = []  # heading rows passed over: line, text, why
    for line, row in body:
        if _header_again(row, said_header):  # a block's header repeated (a sheet in day blocks)
            continue
        alone = _alone_cell(row)
        kind = heading_kind(alone) if alone is not None else None
        if kind is not None and alone is not None and banner_cell(alone):  # "Phase 2 - Weeks 5-8": weeks
            kind = None
        if alone is not None and kind == "block":  # "Phase 2 - Strength": the next rows start a week
            block, section = (alone, line), None
            blocks_said.append((alone, line))
            continue
        if alone is not None and kind == "section":  # "Accessories", "Warm-up": a note on the rows below
            section, section_used = (alone, line), False
            sections_said.append((alone, line))
            continue
        heading = _banner_row(row, columns)
        cells = (
            {"day": heading}  # "Day 2 - Upper" alone in the exercise column: it heads the rows below
            if heading is not None
            else {
                key: _integral(row[i].strip())
                for key, i in columns.items()
                if i < len(row) and row[i].strip()
            }
        )
        load_cell = cells.pop("load", None)
        effort = named_effort(load_cell) if load_cell is not None else None
        if effort is not None and load_cell is not None and "rpe" not in cells and "rir" not in cells:
            cells[effort], load_cell = load_cell, None  # "RPE 7" in a Load column: the row's effort
        if load_cell is not None:  # "100kg", "85" in a %1RM column: the row's load, in its notes
            load_column = (
                week_named.get(cells.get("week", above["week"]), {}).get("load") or header[columns["load"]]
            )
            loads_read.setdefault(load_column, []).append(line)
            cells["notes"] = "; ".join(filter(None, (cells.get("notes"), load_note(load_cell, load_column))))
            load = load_value(load_cell, load_column)
            if is_load(load):  # "100 kg", "85" under "%1RM": the entry's load (Entry.load) too
                cells["load"] = load
        stage_cell = cells.pop("stage", None)
        if stage_cell is not None:  # a plan by stage: the week's stage (a blank cell: the one above)
            stage_at = (_stage_of(stage_cell, header[columns["stage"]], f"{path}:{line}"), stage_cell, line)
        if _summary_row(cells):  # "Total sets,16" in the exercise column: the sheet's sum
            totals.append(line)
            continue
        if not cells.get("exercise"):
            if any(summary_cell(v) for k, v in cells.items() if k != "notes"):  # "Total,,16": the sheet's sum
                totals.append(line)
                continue
            if cells and cells.keys() <= {*_SESSION_KEYS, "notes"}:
                section = None  # any other heading ends a section
                # a heading row ("Week 2", "Day 1" above its exercises) or a note between them
                banner = [
                    _weeks_named(cells[k], f"{path}:{line}", worded=True) if k in cells else None
                    for k in ("session", "day")
                    if not cells.get("week")
                ]
                said = next((cells[k] for k, b in zip(("session", "day"), banner, strict=False) if b), None)
                if said is not None:  # "Week 2", "Weeks 5-8" in the day column: those weeks start
                    above = dict.fromkeys(_SESSION_KEYS, "")
                    above["week"] = said
                    week_said.setdefault(said, (said, line))
                    passed.extend(
                        (head_at, text, "a week banner follows") for head_at, text in heads.values()
                    )
                    heads = {}
                    continue
                if cells.keys() == {"notes"}:  # a note alone, no heading: said, not lost
                    passed.append((line, cells["notes"], "a note alone on its row, on no exercise"))
                    continue
                for k in cells.keys() & set(_SESSION_KEYS):
                    if k in heads and heads[k][1] != cells[k]:  # two headings: the first heads nothing
                        passed.append((*heads[k], "another heading follows it"))
                    heads[k] = (line, cells[k])
                above.update({k: v for k, v in cells.items() if k in _SESSION_KEYS})
                continue
            if any(c.strip() for c in row):
                raise ProgramError("no exercise name", location=f"{path}:{line}")
            continue
        extra = [c for c in row[len(header) :] if c.strip()]
        if extra:  # "RDL,3,8,8,5": a decimal comma, or a cell moved along; either way a misread
            raise ProgramError(
                f"{len(header) + len(extra)} cells where the header names {len(header)} "
                f"(the cell after the last column: {shown(extra[0])})",
                location=f"{path}:{line}",
                suggestion="quote a cell holding the separator ('\"8,5\"'), or save with ';' separators",
            )
        for k, (head_at, text) in heads.items():  # a heading the row's own cell replaces headed nothing
            if cells.get(k) and cells[k] != text:
                passed.append((head_at, text, f"the row below gives its own {k}"))
        heads = {}
        above.update({k: cells[k] for k in _SESSION_KEYS if cells.get(k)})
        kinds = {key: cells.pop(key) for key in _SET_KIND_KEYS if key in cells}
        warm_up = _set_kind_note(kinds, header, columns, line, not_kinds)
        if warm_up is not None:  # a warm-up row: said first in its notes, where the checks read it
            note = cells.get("notes", "")
            if not warm_up_note(note):
                cells["notes"] = "; ".join(filter(None, (warm_up, note)))
        days = listed_days(above["day"])  # "Mon & Thu": the session on each of its days
        listed = "+".join(f"{DAYS[cell.weekday or 0]} {label}" for cell, label in days or ())
        group = tuple(above[k] if k != "day" or days is None else listed for k in _SESSION_KEYS)
        if group != last and section_used:  # a new session: the section above has ended
            section = None
        if group != last or block is not None:
            week, session = _csv_session({**above, "day": "" if days else above["day"]}, f"{path}:{line}")
            # rows before a week's are its (a week column's first cells left blank), unless it is
            # week 2 or later: then they were the week before (week 1's banner above the header)
            named = _weeks_named(week, f"{path}:{line}", worded=False) if week else None
            later = last_week == "" and week != "" and (named or (1,))[0] > 1 and bool(weeks[-1]["sessions"])
            staged = weeks[-1].get("stage") if weeks else None
            next_stage = stage_at is not None and staged is not None and stage_at[0] != staged
            if next_stage and week == last_week and week:  # one week cell, two stages
                assert stage_at is not None
                raise ProgramError(
                    f"week {shown(week)} is at stage {staged} and, from this row, stage {stage_at[0]} "
                    f"({shown(stage_at[1])}): a week is done at one stage",
                    location=f"{path}:{line}",
                    suggestion="give the stage's rows their own week",
                )
            new_week = not weeks or (week != last_week and (last_week != "" or later)) or next_stage
            if new_week or (block is not None and any(s["exercises"] for s in weeks[-1]["sessions"])):
                weeks.append({"sessions": []})
                label = week_label(week) if week else None
                if label is not None:  # "Week 3 (deload)": the week's own name
                    weeks[-1]["name"] = label[:MAX_TEXT]
                week_cells.append((*week_said.get(week, (week, line)), named))
                split_days = {}
            elif week != last_week:  # a week column's first cells left blank: its week's rows
                week_cells[-1] = (*week_said.get(week, (week, week_cells[-1][1])), named)
            targets = []
            for cell, label in days or ((None, None),):
                one = dict(session)
                weekday = None if cell is None or cell.weekday is None else DAYS[cell.weekday]
                if weekday is not None:
                    one["day"] = weekday
                    one.setdefault("name", label or weekday.capitalize())
                    if cell is not None and cell.time is not None:
                        one["time"] = _clock_text(cell.time)
                # "Thu" below "Mon & Thu" (no session name of its own): the Thursday session it made
                shared = None if above["session"] else split_days.get(one.get("day", ""))
                if shared is not None:
                    targets.append(shared)
                    continue
                one.setdefault("name", f"Session {len(weeks[-1]['sessions']) + 1}")
                if weekday is not None:
                    split_days[weekday] = len(weeks[-1]["sessions"])
                targets.append(len(weeks[-1]["sessions"]))
                weeks[-1]["sessions"].append({**one, "exercises": []})
            if block is not None:  # "Phase 2 - Strength" above the week's rows: its name
                weeks[-1].setdefault("name", block[0][:MAX_TEXT])
                block, block_named = None, True
            last, last_week = group, week
        if stage_at is not None:
            weeks[-1].setdefault("stage", stage_at[0])
        entry: dict[str, Any] = {k: _unitless(k, v) for k, v in cells.items() if k not in _SESSION_KEYS}
        if section is not None:  # "Accessories" above: the row's note first (a warm-up section: a warm-up)
            if not warm_up_note(entry.get("notes")):
                entry["notes"] = "; ".join(filter(None, (section[0], entry.get("notes"))))
            section_used = True
        if "reps" in entry and "sets" in entry:  # "3 | x 8": the reps cell goes on from the sets'
            entry["reps"] = _AFTER_TIMES.sub("", entry["reps"], count=1)
        if "sets" in entry and columns.get("sets", len(header)) < len(header):
            entry["sets"] = _sets_over_reps(header[columns["sets"]], entry["sets"])
        if "sets" not in entry and "sets" not in columns and not sets_in_reps(entry.get("reps")):
            raise ProgramError(
                "the sheet has no Sets column"
                + (f" and {shown(entry['reps'])} lists no set's reps" if "reps" in entry else "")
                + ": a program sheet gives each row its sets",
                location=f"{path}:{line}",
                suggestion="add a Sets column (3), or write sets x reps in one cell ('3x8', '5x45s'), "
                "or each set's reps ('10, 10, 8')",
            )
        held = hold_in_reps(entry["reps"]) if "reps" in entry and "hold_s" not in entry else None
        if held is not None:  # "30s hold" in the reps column: an isometric, one hold a set
            entry["hold_s"] = str(held[0])
            del entry["reps"]
            if held[1]:  # "30s each side"
                entry["reps"] = "1 per side"
        # each value's column, named in a notice: a column per week's sets are that week's column
        sets_column = week_said.get(above["week"], ("",))[0] if weekly else None
        own_columns = week_named.get(above["week"], {}) if weekly else {}
        column_of = {
            key: columns.get("reps" if held is not None and key == "hold_s" else key) for key in entry
        }
        names = {key: header[i] for key, i in column_of.items() if i is not None and i < len(header)}
        names.update((key, own) for key, own in own_columns.items() if key in names)
        if sets_column and "sets" in names:
            names["sets"] = sets_column
            sets_only = "reps" not in entry and "hold_s" not in entry and _count(entry["sets"]) is not None
            reps_column = own_columns.get("reps") or (header[columns["reps"]] if "reps" in columns else None)
            if sets_only:  # "3" in a week's column, and no Reps column (or a blank cell) to give the reps
                raise ProgramError(
                    f"column {shown(sets_column, 30)}: {shown(entry['sets'])} gives the sets but no reps, "
                    + (
                        f"and its reps cell (column {shown(reps_column, 30)}) is blank"
                        if reps_column
                        else "and the sheet has no Reps column"
                    ),
                    location=f"{path}:{line}",
                    suggestion=f"write sets x reps ('{_count(entry['sets'])}x8')"
                    + (", or the reps in their cell" if reps_column else ", or add a Reps column"),
                )
        if "hold_s" in entry and _count(entry["hold_s"]) is not None:
            entry["hold_s"] = _count(entry["hold_s"])
        week_no = len(weeks) - 1
        for session_no in targets:  # each of the row's sessions (one unless its day names several)
            exercises = weeks[-1]["sessions"][session_no]["exercises"]
            at: tuple[str | int, ...] = (
                "weeks",
                week_no,
                "sessions",
                session_no,
                "exercises",
                len(exercises),
            )
            lines.setdefault(at[:-2], line)
            lines[at] = line
            for key in entry:
                lines[(*at, key)] = line
                if key in names:  # (a warm-up column's note: none of its own)
                    columns_at[(*at, key)] = names[key]
            for key in _COUNT_KEYS:  # a blank cell of a column the entry needs: named if it is missing
                blank = key not in entry and columns.get(key, len(header)) < len(header)
                if blank and header[columns[key]]:
                    lines[(*at, key)] = line
                    columns_at[(*at, key)] = own_columns.get(key) or header[columns[key]]
            exercises.append(dict(entry))
    for column, cells_at in not_kinds.items():
        said = ", ".join(f"{shown(cell, 30)} (line {at})" for cell, at in list(cells_at.items())[:5])
        more = f" and {len(cells_at) - 5} more" if len(cells_at) > 5 else ""
        notices.append(
            f"column {shown(column, 30)}: {said}{more} not read as a set type or a warm-up mark (warm-up, "
            "working, yes, no...): those rows are hard sets"
        )
    if loads_read:
        load_columns = ", ".join(
            f"{shown(column, 30)} ({'lines' if len(at) > 1 else 'line'} {_lines_text(at)})"
            for column, at in loads_read.items()
        )
        notices.append(
            f"program sheet read each row's load, kept in its notes: {load_columns}; a cell that is a load "
            "(100 kg, 70%, bodyweight) is the entry's load too; no program check reads "
            "a load - a program is judged by its reps, effort, tempo and volume (a heavy set is one of "
            "few reps, HR005), a percentage's effort is not guessed from it (give RPE or RIR); a log's "
            "weights are read for progress"
        )
    if totals:
        lines_text = ", ".join(map(str, totals[:5])) + (
            f" and {len(totals) - 5} more" if len(totals) > 5 else ""
        )
        notices.append(
            f"rows naming a total passed over (line {lines_text}): the sheet's sums, not exercises"
        )
    if blocks_said:
        notices.append(
            "block banners naming no weeks start a week of their own, named by them (give 'Weeks 5-8' "
            "to span more): " + _some(f"{shown(text, 40)} (line {at})" for text, at in blocks_said)
        )
    if sections_said:
        notices.append(
            "section headings read as a note on the rows below them, up to the next heading or session "
            "(a warm-up section's rows are warm-ups, no hard sets): "
            + _some(f"{shown(text, 40)} (line {at})" for text, at in sections_said)
        )
    passed.extend((head_at, text, "no row follows it") for head_at, text in heads.values())
    for pending in (block, None if section_used else section):  # a last heading with no row below
        if pending is not None:
            passed.append((pending[1], pending[0], "no row follows it"))
    if passed:
        notices.append(
            "heading rows passed over, naming no day, week, block or section the rows below take: "
            + _some(f"line {at} {shown(text, 40)} ({why})" for at, text, why in passed)
        )
    weeks, (lines, columns_at) = _repeated_weeks(
        weeks, week_cells, (lines, columns_at), limits or Limits(), notices, str(path)
    )
    # one week: the program's "sessions" (its paths lose the "weeks", 0 in front), unless a block
    # banner names it ("Phase 2 - Strength" above one week's rows: the week keeps its name)
    single = len(weeks) == 1 and not (block_named and "name" in weeks[0])
    raw_lines.update({k[2:] if single else k: v for k, v in lines.items()})
    if raw_columns is not None:
        raw_columns.update({k[2:] if single else k: v for k, v in columns_at.items()})
    if not weeks:
        raise ProgramError("no exercise rows", location=str(path))
    data: dict[str, Any] = {"name": path.stem}
    if single:
        data["sessions"] = weeks[0]["sessions"]
        if "stage" in weeks[0]:  # one week, one stage: the program's
            data["stage"] = weeks[0]["stage"]
    else:
        data["weeks"] = weeks
    return data


def _some(items: Iterable[str], sep: str = ", ") -> str:
    """The first few of ``items`` (:data:`_NAMED`) for a notice, joined by ``sep``, and how many more."""
    listed = list(items)
    more = f" and {len(listed) - _NAMED} more" if len(listed) > _NAMED else ""
    return sep.join(listed[:_NAMED]) + more


def _stage_of(cell: str, column: str, where: str) -> int:
    """The stage a sheet's stage cell names (``2``, ``Stage 2``, ``Phase II``: :func:`read_stage`),
    1-4; any other cell is refused naming its column."""
    stage = read_stage(cell)
    if stage is None or not 1 <= stage <= 4:
        raise ProgramError(
            f"column {shown(column, 30)}: {shown(cell)} is no rehab stage 1-4",
            location=where,
            suggestion="write the stage's number (2, 'Stage 2', 'Phase II'), or leave the cell blank "
            "for the stage above",
        )
    return stage


def _weeks_named(cell: str, where: str, *, worded: bool) -> tuple[int, ...] | None:
    """The weeks a week cell or a heading names (:func:`~hamstring_rules._program_words.read_weeks`):
    weeks written the wrong way (``Weeks 8-5``) are refused naming the cell."""
    try:
        return read_weeks(cell, worded=worded)
    except ValueError as exc:
        raise ProgramError(f"the week cell {shown(cell)}: {exc}", location=where) from None


#: The most weeks' cells a notice names before "and N more".
_NAMED = 5


_V = TypeVar("_V")
#: The lines and the columns of a sheet's values, by data path.
_ByPath = tuple[dict[tuple[str | int, ...], int], dict[tuple[str | int, ...], str]]
#: Each block's week cell as written, its line and the weeks it names.
_WeekCells = list[tuple[str, int, tuple[int, ...] | None]]


def _repeated_weeks(
    weeks: list[dict[str, Any]],
    cells: _WeekCells,
    by_path: _ByPath,
    limits: Limits,
    notices: list[str],
    where: str = "program",
) -> tuple[list[dict[str, Any]], _ByPath]:
    """A sheet's weeks with each block whose week cell names several weeks (``cells``: each week's
    cell, its line and its weeks; ``1-4``, ``Weeks 5-8``) given once for each of them, the same
    sessions in each (``by_path``, the lines and columns by data path, follow: each copy's rows are
    the block's); said in
    a notice. When that would make more weeks or exercise entries than ``limits`` holds (a sheet
    of a few rows would not grow to 104 weeks of 1,260 entries), each block is read once, as one
    week, and the notice says so."""
    if cells and all(named is not None for *_, named in cells):
        by_name = _named_weeks(weeks, cells, by_path, limits, notices, where)
        if by_name is not None:
            return by_name
    counts = [len(named) if named is not None and len(named) > 1 else 1 for *_, named in cells]
    first = [sum(counts[:i]) for i in range(len(counts))]  # each block's first week, from 0
    # each block of several weeks, and the program's weeks it is (its blocks in the sheet's order)
    spans = [
        (cell, line, named, tuple(range(first[i] + 1, first[i] + counts[i] + 1)))
        for i, (cell, line, named) in enumerate(cells)
        if named is not None and len(named) > 1
    ]
    if not spans:
        return weeks, by_path
    said = ", ".join(
        f"{shown(cell, 30)} (line {line}) as weeks {week_text(named)}"
        for cell, line, named, _ in spans[:_NAMED]
    ) + (f" and {len(spans) - _NAMED} more" if len(spans) > _NAMED else "")
    entries = sum(
        n * len(session["exercises"])
        for week, n in zip(weeks, counts, strict=True)
        for session in week["sessions"]
    )
    over = (
        f"{sum(counts):,} weeks, more than the {limits.max_weeks:,}"
        if sum(counts) > limits.max_weeks
        else f"{entries:,} exercise entries, more than the {limits.max_entries:,}"
        if entries > limits.max_entries
        else None
    )
    if over is not None:
        notices.append(
            f"week cells naming several weeks, {said}, make {over} a program holds: each block read "
            "once, as one week"
        )
        return weeks, by_path
    import copy

    out = [copy.deepcopy(week) for week, n in zip(weeks, counts, strict=True) for _ in range(n)]

    def moved(values: dict[tuple[str | int, ...], _V]) -> dict[tuple[str | int, ...], _V]:
        """Values by ``("weeks", block, ...)`` path as they are in each copy of the block."""
        out: dict[tuple[str | int, ...], _V] = {}
        for path, value in values.items():
            block = path[1]
            assert isinstance(block, int)  # the reader's own paths: ("weeks", n, ...)
            for copy_no in range(counts[block]):
                out[(path[0], first[block] + copy_no, *path[2:])] = value
        return out

    placed = [
        (cell, at)
        for i, (cell, _, named) in enumerate(cells)
        if named is not None and named != (at := tuple(range(first[i] + 1, first[i] + counts[i] + 1)))
    ]
    if placed:  # "Weeks 9-12" after "Weeks 1-4": no empty weeks between, the sheet's blocks in order
        said += "; a program has no empty weeks, its weeks are the blocks in order: " + ", ".join(
            f"{shown(cell, 30)} is its week{'s' if len(at) > 1 else ''} {week_text(at)}"
            for cell, at in placed[:_NAMED]
        )
    notices.append(f"week cells naming several weeks read as each of them, the same sessions in each: {said}")
    return out, (moved(by_path[0]), moved(by_path[1]))


def _named_weeks(
    weeks: list[dict[str, Any]],
    cells: _WeekCells,
    by_path: _ByPath,
    limits: Limits,
    notices: list[str],
    where: str = "program",
) -> (
    tuple[list[dict[str, Any]], tuple[dict[tuple[str | int, ...], int], dict[tuple[str | int, ...], str]]]
    | None
):
    """A sheet's weeks placed by the weeks each block's week cell names (``cells``, as
    :func:`_repeated_weeks` takes them), not by the order the blocks come in: a ``3`` row after a
    ``1-4`` block is in week 3 (with the block's sessions, a session of the same name and day
    holding both blocks' rows), week 2's rows listed before week 1's are week 2. The weeks are the
    numbers named, in order; a program has no empty weeks, so a number missing between two named
    (``1`` and ``3``) moves the later ones up, said. ``None`` when the weeks would be more than
    ``limits`` holds (:func:`_repeated_weeks` then reads each block once)."""
    import copy

    named_by_block = [named or () for *_, named in cells]
    numbers = sorted({n for named in named_by_block for n in named})
    entries = sum(
        len(named) * len(session["exercises"])
        for week, named in zip(weeks, named_by_block, strict=True)
        for session in week["sessions"]
    )
    if len(numbers) > limits.max_weeks or entries > limits.max_entries:
        return None
    position = {n: i for i, n in enumerate(numbers)}  # a named week -> the program's week, from 0
    out: list[dict[str, Any]] = [{"sessions": []} for _ in numbers]
    seen: list[dict[tuple[Any, ...], int]] = [{} for _ in numbers]  # a session's name, day, time -> its index
    # (block, session) -> each of its places: (program week, session there, its first exercise's index)
    places: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
    shared: dict[int, list[int]] = {}  # a program week holding the rows of several blocks -> them
    for block, (week, named) in enumerate(zip(weeks, named_by_block, strict=True)):
        for n in named:
            w = position[n]
            if block not in shared.setdefault(w, []):
                shared[w].append(block)
            if "name" in week:  # "Week 3 (deload)": the week's own name
                out[w].setdefault("name", week["name"])
            if "stage" in week:  # a plan by stage: a week named by two blocks is at one stage
                stage = week["stage"]
                other = next((b for b in shared[w] if weeks[b].get("stage", stage) != stage), None)
                if other is not None:
                    raise ProgramError(
                        f"week {n} is at stage {weeks[other]['stage']} ({shown(cells[other][0], 30)}, line "
                        f"{cells[other][1]}) and at stage {week['stage']} ({shown(cells[block][0], 30)})",
                        location=f"{where}:{cells[block][1]}",
                        suggestion="a week is done at one stage: give each stage its own weeks",
                    )
                out[w]["stage"] = week["stage"]
            for s, session in enumerate(week["sessions"]):
                key = (session.get("name"), session.get("day"), session.get("time"))
                held = seen[w].get(key)
                if held is None:
                    held = seen[w][key] = len(out[w]["sessions"])
                    out[w]["sessions"].append({**copy.deepcopy(session), "exercises": []})
                exercises = out[w]["sessions"][held]["exercises"]
                places.setdefault((block, s), []).append((w, held, len(exercises)))
                exercises.extend(copy.deepcopy(session["exercises"]))

    def moved(values: dict[tuple[str | int, ...], _V]) -> dict[tuple[str | int, ...], _V]:
        """Values by ``("weeks", block, "sessions", s, ...)`` path as they are in each place."""
        moved_out: dict[tuple[str | int, ...], _V] = {}
        for path, value in values.items():
            block, s = path[1], path[3] if len(path) > 3 else None
            assert isinstance(block, int)  # the reader's own paths: ("weeks", n, "sessions", s, ...)
            if not isinstance(s, int):
                continue
            for w, held, offset in places.get((block, s), ()):
                if len(path) > 5 and isinstance(path[5], int):  # an exercise's: after the rows before
                    moved_out[("weeks", w, "sessions", held, path[4], path[5] + offset, *path[6:])] = value
                else:
                    moved_out.setdefault(("weeks", w, "sessions", held, *path[4:]), value)
        return moved_out

    said = []
    spans = [(cell, line, named) for cell, line, named in cells if named is not None and len(named) > 1]
    if spans:
        said.append(
            "week cells naming several weeks read as each of them, the same sessions in each: "
            + ", ".join(
                f"{shown(cell, 30)} (line {line}) as weeks {week_text(named)}"
                for cell, line, named in spans[:_NAMED]
            )
            + (f" and {len(spans) - _NAMED} more" if len(spans) > _NAMED else "")
        )
    placed = [
        (cell, at)
        for cell, _, named in cells
        if named and named != (at := tuple(position[n] + 1 for n in named))
    ]
    if placed:  # "1" and "3": no week 2 - a program has no empty weeks
        said.append(
            "a program has no empty weeks: its weeks are the sheet's named weeks in order ("
            + ", ".join(map(str, numbers[:12]))
            + ("..." if len(numbers) > 12 else "")
            + "): "
            + ", ".join(
                f"{shown(cell, 30)} is its week{'s' if len(at) > 1 else ''} {week_text(at)}"
                for cell, at in list(dict.fromkeys(placed))[:_NAMED]
            )
        )
    overlaps = [
        (w, blocks)
        for w, blocks in sorted(shared.items())
        if len(blocks) > 1 and any(len(named_by_block[b]) > 1 for b in blocks)
    ]
    if said:
        notices.append("; ".join(said))
    if overlaps:  # "4" (a deload) after "1-4", "3-6" after "1-4": those weeks hold both, flagged
        by_cells: dict[tuple[int, ...], list[int]] = {}  # the blocks naming weeks -> those weeks
        for w, blocks in overlaps:
            by_cells.setdefault(tuple(blocks), []).append(numbers[w])
        notices.append(
            "week ranges overlap, and each week they share holds the rows of every one: "
            + "; ".join(
                f"week{'s' if len(shared_weeks) > 1 else ''} {week_text(tuple(shared_weeks))} named by "
                + " and by ".join(f"{shown(cells[b][0], 30)} (line {cells[b][1]})" for b in blocks)
                for blocks, shared_weeks in list(by_cells.items())[:_NAMED]
            )
            + " - if one was meant to replace the other there (a deload), give each week its own rows"
        )
    return out, (moved(by_path[0]), moved(by_path[1]))


def _header_again(row: list[str], header: list[str]) -> bool:
    """Whether a data row is the header again (``header``: its cells in lower case, the blank ones
    at its end left off): a sheet laid out in blocks, a day's banner, the header and its rows,
    repeats the header above each block - a boundary, never an exercise."""
    if len(row) < len(header) or any(cell.strip() for cell in row[len(header) :]):
        return False
    return all(
        cell.strip().strip('"').lstrip("\ufeff").strip().casefold() == said
        for cell, said in zip(row, header, strict=False)
    )


def _alone_cell(row: list[str]) -> str | None:
    """The text of a row's one filled cell (a heading: ``Accessories``, ``Phase 2 - Strength``), or
    ``None`` for a row of none or several."""
    filled = [cell.strip() for cell in row if cell.strip()]
    return filled[0] if len(filled) == 1 else None


def _banner_row(row: list[str], columns: Mapping[str, int]) -> str | None:
    """The day or week a row names alone, outside the sheet's week, day and session columns
    (``Day 2 - Upper``, ``Week 1 Day 2``, ``Monday``, ``Week 3 (deload)``:
    :func:`~hamstring_rules._program_words.banner_cell`), which heads the rows below it as a day
    column's heading does; ``None`` for any other row. A name alone (``Lower A``) is none: without
    a day's grammar it may be an exercise whose sets were left blank."""
    filled = [i for i, cell in enumerate(row) if cell.strip()]
    if len(filled) != 1 or filled[0] in {columns.get(k) for k in _SESSION_KEYS}:
        return None
    cell = row[filled[0]].strip()
    return cell if banner_cell(cell) else None


def _banner_above(text: str, delimiter: str) -> str | None:
    """The day a sheet's rows above its header end with, alone in its row (a title, then ``Day 1 -
    Lower`` above the first block's header), or a block (``Phase 1 - Hypertrophy``): it heads the
    first block, as the banners above the later blocks head theirs (:func:`_banner_row`); ``None``
    when the last of those rows is none."""
    import csv
    import io

    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if row]
    except csv.Error:
        return None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows or len(rows[-1]) > 1000:
        return None
    filled = [cell.strip() for cell in rows[-1] if cell.strip()]
    if len(filled) != 1 or excel_separator(rows[-1][0]) is not None:
        return None
    return filled[0] if banner_cell(filled[0]) or heading_kind(filled[0]) == "block" else None


def _title_rows(text: str, delimiter: str) -> list[tuple[int, str]]:
    """The rows above a sheet's header (``text``): each non-blank row's line and its cells joined,
    not Excel's ``sep=`` line - a title, and maybe a banner ending them (:func:`_banner_above`)."""
    import csv

    out: list[tuple[int, str]] = []
    for n, line in enumerate(text.splitlines(), start=1):
        try:
            cells = [cell.strip() for cell in next(csv.reader([line], delimiter=delimiter), [])]
        except csv.Error:
            cells = [line.strip()]
        filled = [cell for cell in cells if cell]
        if filled and not (n == 1 and excel_separator(line) is not None):
            out.append((n, " ".join(filled)))
    return out


def _first_lines(rows: Any, skipped: int) -> Iterator[tuple[int, list[str]]]:
    """Each row of a ``csv.reader`` with the file line it starts on: the line after the last
    one the reader had read before it (``line_num``), so a quoted note of several lines above a
    row leaves its line where it is (as the log reader's rows are placed); ``skipped``: the lines
    above the text the reader reads (Excel's ``sep=`` line, a title)."""
    before = rows.line_num
    for row in rows:
        yield before + 1 + skipped, row
        before = rows.line_num


def _set_kind_note(
    kinds: Mapping[str, str],
    header: list[str],
    columns: Mapping[str, int],
    line: int,
    not_kinds: dict[str, dict[str, int]],
) -> str | None:
    """What a row's set type or warm-up flag cells (``kinds``, by key of :data:`_SET_KIND_KEYS`)
    say, read with the log reader's words (``_log_words``): the note that marks the row a
    warm-up (its cell when it is a warm-up word the checks read, ``Warm-up``, ``Aufwärmen``; else
    ``warm-up``: ``W``, a flag's ``yes``), or ``None`` for a working, failure or drop set. A cell
    of neither (``Compound``: the column meant something else) is kept in ``not_kinds`` under its
    column's name with its first line, for the notice; its row is read as hard sets. A number in
    a warm-up column is no flag here (a log's row is one set, its ``1`` a yes; a program's row
    holds all its sets, and ``Warm-up sets: 2`` counts sets the row's Sets leave out)."""
    from ._log_words import UNKNOWN, WARMUP, plain_word, set_kind, warm_flag_kind
    from ._week import warm_up_words

    warm = None
    for key, cell in kinds.items():
        if key == "warm_flag" and plain_word(cell).isdigit():
            kind = UNKNOWN
        else:
            kind = (warm_flag_kind if key == "warm_flag" else set_kind)(cell)
        if kind == WARMUP:
            warm = cell if warm_up_words(cell, leading=True) else "warm-up"
        elif kind == UNKNOWN:
            not_kinds.setdefault(header[columns[key]], {}).setdefault(cell, line)
    return warm


#: A whole number a spreadsheet wrote as a decimal (``3.0``: a column of floats exported).
_INTEGRAL = re.compile(r"([0-9]+)[.,]0+")


def _integral(cell: str) -> str:
    """A spreadsheet cell, a whole number written ``3.0`` (or ``3,0``) as ``3``."""
    found = _INTEGRAL.fullmatch(cell)
    return found[1] if found else cell


#: The unit a spreadsheet cell may repeat after its number (``3 sets``, ``8-10 reps``, ``30s``),
#: by column, in the languages of the column names.
_CELL_UNITS = {
    "sets": ("sets", "set", "satze", "sätze", "satz", "series", "serie"),
    "reps": ("reps", "rep", "repetitions", "wdh", "wiederholungen", "repeticiones", "repeticoes"),
    "hold_s": ("s", "sec", "secs", "second", "seconds", "sek", "sekunden", "segundos", "secondes"),
}
_UNIT_RE = {
    key: re.compile(rf"(.*?[0-9+])\s*(?:{'|'.join(words)})\.?", re.IGNORECASE)
    for key, words in _CELL_UNITS.items()
}


def _count(text: str) -> int | None:
    """A cell's whole number when it is one written in ASCII digits (``3``); ``None`` for any
    other text. ``str.isdigit`` is true of ``²`` and of 5,000 digits, which ``int`` refuses: a
    sheet's cell crashed the reader."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else None


def _unitless(key: str, cell: str) -> str:
    """A spreadsheet cell without the column's unit after its number (``3 sets`` is ``3``)."""
    found = _UNIT_RE[key].fullmatch(cell) if key in _UNIT_RE else None
    return found[1] if found else cell


#: A reps cell that goes on from its sets cell (``3 | x 8``, ``5 | x 45s``): the ``x`` it starts with.
_AFTER_TIMES = re.compile(r"^\s*[xX\u00d7*]\s*(?=[0-9])")
#: ``3/8`` in a column whose header names sets and reps (``Sets/Reps``): 3 sets of 8.
_OVER = re.compile(r"\s*([0-9]{1,2})\s*/\s*([^/]+?)\s*")


def _sets_over_reps(column: str, cell: str) -> str:
    """A sets cell as sets x reps when its column's header names both (``Sets/Reps``, ``Sets x
    Reps``) and the cell writes them ``3/8``: ``3x8`` (in a Sets column ``3/8`` is no count)."""
    from .logs import _role_name

    found = _OVER.fullmatch(cell) if _role_name(column) in SETS_AND_REPS else None
    return f"{found[1]}x{found[2]}" if found else cell


def _summary_row(cells: Mapping[str, str]) -> bool:
    """A row whose exercise cell names a total (``Total sets``) with a count and no reps: the
    sheet's sum, not an exercise (``Total Gym leg curl, 3, 10`` has its reps: an exercise)."""
    exercise = cells.get("exercise", "")
    sets = cells.get("sets", "")
    return (
        bool(exercise)
        and summary_cell(exercise)
        and not cells.get("reps")
        and not cells.get("hold_s")
        and (not sets or _count(sets) is not None)
    )


def _clock_text(when: time) -> str:
    """A time of day as a program file writes it (``18:00``)."""
    return f"{when.hour:02d}:{when.minute:02d}"


def _csv_session(cells: Mapping[str, str], where: str) -> tuple[str, dict[str, Any]]:
    """The week a spreadsheet row's session is in (its week cell, or the week its day cell
    names: ``Week 2 Day 1``) and the session's data: its name (the session cell, else the day
    cell's day of the program, ``Day 1``, else the day cell as written) and its weekday.

    A day cell is read by :func:`~hamstring_rules._program_words.read_day`: a weekday name is a
    weekday; a number or ``Day N`` is the session's day of the program, never a weekday, so its
    rest days are unknown; one weekday and a label (``Monday (Lower)``, ``Mon PM``: see
    :func:`~hamstring_rules._program_words.labelled_day`) is that weekday, the label the session's
    name when no session column names it; other text, with no session column, is the session's
    name (``Push``).
    A weekday column's 1-7 are Monday to Sunday (ISO 8601), as its header says. A session cell
    that reads as a day (``W1D2``, ``Monday``), or a week cell that names a day too (``Week 1
    Day 2``), with no day cell, is read as one."""
    from ._program_words import labelled_day, read_day

    week, name, day, weekday = (cells.get(k, "") for k in _SESSION_KEYS)
    try:
        weeks = read_weeks(week, worded=False) if week else None
    except ValueError:  # "8-5": the caller refuses it
        weeks = None
    # a week cell of a day ("Week 1 Day 2"), not of weeks ("Week 1-4", which read_day reads as a day)
    in_week = read_day(week) if week and not week.isdigit() and not day and weeks is None else None
    if in_week is not None and in_week.week is not None:
        day, week = week, ""  # "Week 1 Day 2" in the week column: its week and its day
    if name and not day and read_day(name) is not None:
        day = name  # a session column of days ("W1D2", "Monday") says what a day column would
        name = "" if read_day(name).week is not None else name  # type: ignore[union-attr]
    elif name and not day and labelled_day(name) is not None:
        day = name  # "Monday (Lower)" in a session column: its weekday, the name as written
    session: dict[str, Any] = {"name": name} if name else {}
    read = read_day(day) if day else None
    labelled = labelled_day(day) if day and read is None else None
    if labelled is not None:  # "Monday (Lower)", "Mon PM": the weekday, the rest the session's name
        read = labelled[0]
        session.setdefault("name", labelled[1] or day)
        if read.time is not None:  # "Mon PM", "Mon 18:00": the time of day
            session["time"] = _clock_text(read.time)
    if day and read is None:
        if name:
            session["day"] = day  # the schema refuses it, naming the cell
        else:
            session["name"] = day  # "Push", "Lower A": the day column names the sessions
    if read is not None:
        if read.week is not None:
            if week and weeks != (read.week,):
                raise ProgramError(
                    f"the day {shown(day)} says week {read.week}, the week column {shown(week)}",
                    location=where,
                )
            week = str(read.week)
        session.setdefault("name", read.label or day)
        if read.weekday is not None:
            session["day"] = DAYS[read.weekday]
    if weekday:
        iso = _count(weekday)
        iso = iso if iso is not None and 1 <= iso <= 7 else None
        other = read_day(weekday)
        number = iso - 1 if iso is not None else (other.weekday if other is not None else None)
        if number is None or (other is not None and other.week is not None):
            session["day"] = weekday  # the schema refuses it, naming the cell
        elif read is not None and read.weekday is not None and read.weekday != number:
            raise ProgramError(
                f"the day {shown(day)} and the weekday {shown(weekday)} differ", location=where
            )
        else:
            session["day"] = DAYS[number]
            session.setdefault("name", DAYS[number].capitalize())  # "Mon", not the column's "1"
    return week, session


#: A data path's new place in a reshaped program, or ``None`` when it has none.
_Moved = Callable[[tuple[str | int, ...]], tuple[str | int, ...] | None]


def _same(path: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
    return path


def _then(first: _Moved, second: _Moved) -> _Moved:
    def both(path: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
        moved = first(path)
        return None if moved is None else second(moved)

    return both


def reshaped(data: Any) -> tuple[Any, _Moved, list[str]]:
    """A program file written in a shape coaches and apps use, as the shape the schema reads, each
    change said in a notice, with where each data path went (for the error lines):

    - a top-level list of sessions: the program's ``sessions``;
    - ``exercises:`` beside ``name:`` and no sessions: one session (its ``day``/``time`` with it);
    - ``sessions:`` (a week's too) keyed by day or name (``Monday: [...]``, ``Lower A: {day: mon,
      exercises: [...]}``): a session for each key, its day (or name) the key;
    - a Hevy routine (``{"routine": {"title", "exercises": [{"title", "sets": [...]}]}}``, or
      ``routines``): a session for each, an entry for each exercise's working sets and one for its
      warm-up sets.

    Anything else is returned as it is, for the schema to read or refuse."""
    notices: list[str] = []
    moved: _Moved = _same
    hevy = _hevy_routines(data)
    if hevy is not None:
        data, said = hevy
        notices.append(said)
        moved = _then(moved, lambda _path: None)
    if isinstance(data, list) and data and all(isinstance(s, dict) for s in data):
        data = {"sessions": data}
        notices.append(
            f"a list of {len(data['sessions'])} sessions at the top of the file read as the program's "
            "sessions (name: and sessions: name it and hold them)"
        )
        moved = _then(moved, lambda path: ("sessions", *path))
    if not isinstance(data, dict):
        return data, moved, notices
    if "exercises" in data and "sessions" not in data and "weeks" not in data:
        session_keys = ("day", "time", "exercises")
        session = {k: data[k] for k in session_keys if k in data}
        session["name"] = data.get("name", "Session 1")
        data = {
            **{k: v for k, v in data.items() if k not in session_keys},
            "sessions": [session],
        }
        notices.append(
            "exercises: beside the program's name and no sessions read as one session of that name, "
            "repeated weekly"
        )
        moved = _then(
            moved,
            lambda path: ("sessions", 0, *path) if path and path[0] in session_keys else path,
        )
    data, keyed = _keyed_sessions(data, notices)
    moved = _then(moved, keyed)
    data, repeated = _sessions_on_days(data, notices)
    moved = _then(moved, repeated)
    data, warm = _warm_up_sets(data, notices)
    return data, _then(moved, warm), notices


def _days_of(session: dict[str, Any]) -> tuple[str, list[dict[str, Any]]] | None:
    """A session done on several days - ``day: Mon/Thu``, ``day: "Mon & Thu (Lower)"``, ``days:
    [mon, thu]``, ``day: [mon, thu]`` (``_program_schema.listed_weekdays``, as the published schema
    reads them), or ``day: 2x/week`` (``times_a_week``: its days unsaid) - as the session on each:
    the day as written and what each copy's ``day`` and ``name`` become (a list's items, at most 7
    and none null, are left for the schema to read, or refuse, as a day). ``None`` for a session on
    one day, or none."""
    from ._program_schema import listed_weekdays, times_a_week

    if "days" in session and "day" in session:
        return None  # both: the schema names 'days' as unknown, and 'day' is read
    key = "days" if "days" in session else "day"
    value = session.get(key)
    name = session.get("name")
    if isinstance(value, list) and 0 < len(value) <= len(DAYS) and all(one is not None for one in value):
        return shown(value, 60), [{"day": one} for one in value]
    if not isinstance(value, str):
        return None
    listed = listed_weekdays(value)
    if listed is not None:
        label, weekdays = listed
        copies: list[dict[str, Any]] = []
        for weekday in weekdays:
            one: dict[str, Any] = {"day": DAYS[weekday]}
            if name is None:
                one["name"] = label or DAYS[weekday].capitalize()
            copies.append(one)
        return shown(value, 60), copies
    times = times_a_week(value)
    if times is None:
        return None if key == "day" else (shown(value, 60), [{"day": value}])
    named = name if isinstance(name, str) and name.strip() else "Session"
    return shown(value, 60), [{"day": None, "name": f"{named} ({k} of {times})"} for k in range(1, times + 1)]


def _sessions_on_days(data: dict[str, Any], notices: list[str]) -> tuple[dict[str, Any], _Moved]:
    """Each session done on several days (:func:`_days_of`) as the same session on each day, in its
    place: the honest reading for the checks that count a week's sessions and the rest between
    them (a ``2x/week`` session's days are unsaid: two sessions whose rest the checks do not guess)."""
    copies_of: dict[tuple[tuple[str | int, ...], int], int] = {}  # (sessions path, session) -> its copies
    said: list[str] = []
    unsaid = False  # a session done some times a week, on days unsaid
    for at, sessions in _session_lists(data):
        if not isinstance(sessions, list):
            continue
        new_sessions: list[Any] = []
        for s, session in enumerate(sessions):
            read = _days_of(session) if isinstance(session, dict) else None
            if read is None:
                new_sessions.append(session)
                continue
            written, copies = read
            copies_of[(at, s)] = len(copies)
            base = {k: v for k, v in session.items() if k not in ("day", "days")}
            for one in copies:
                new_sessions.append({**base, **{k: v for k, v in one.items() if k != "day" or v is not None}})
            days = ", ".join(str(one.get("day") or one.get("name")) for one in copies[:7])
            said.append(f"{written} as {days}")
            unsaid = unsaid or all("day" not in one or one["day"] is None for one in copies)
        data = _put(data, at, new_sessions)
    if copies_of:
        notices.append(
            "a session done on several days read as the same session on each, in its place: "
            + _some(said, "; ")
            + (
                " (a number of times a week names no weekday: the rest between them is unknown)"
                if unsaid
                else ""
            )
        )
    return data, _copies_moved(copies_of) if copies_of else _same


def _copies_moved(copies_of: Mapping[tuple[tuple[str | int, ...], int], int]) -> _Moved:
    """Where a data path went when sessions were copied for each of their days (``copies_of``:
    each copied session's place, by its sessions path and index, and how many copies)."""

    def moved(path: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
        for at in {at for at, _ in copies_of}:
            n = len(at)
            if path[:n] != at or len(path) <= n or not isinstance(path[n], int):
                continue
            s, rest = path[n], path[n + 1 :]
            assert isinstance(s, int)
            new = s + sum(count - 1 for (a, s2), count in copies_of.items() if a == at and s2 < s)
            if (
                (at, s) in copies_of
                and len(rest) >= 2
                and rest[0] in ("day", "days")
                and isinstance(rest[1], int)
            ):
                return (*at, new + rest[1], "day", *rest[2:])  # a list's day: its own copy's
            return (*at, new, *rest)
        return path

    return moved


def _warm_up_split(entry: Any) -> tuple[list[int], list[int]] | None:
    """An entry's set objects (``sets: [{reps: 10, type: warmup}, {reps: 8}]``) as the places of
    its warm-up sets and of the others, when it has both (a set's ``type`` read as a log's set type
    is: ``_log_words.set_kind``); ``None`` for any other entry, or a type read as no kind (the
    schema names it: ``_program_schema.set_object_kind``)."""
    from ._log_words import UNKNOWN, WARMUP, set_kind

    sets = entry.get("sets") if isinstance(entry, dict) else None
    if not isinstance(sets, list) or not all(isinstance(one, dict) for one in sets):
        return None
    kinds = [
        set_kind(one["type"]) if isinstance(one.get("type"), str) and one["type"].strip() else ""
        for one in sets
        if isinstance(one.get("type"), str | None)
    ]
    if len(kinds) != len(sets) or UNKNOWN in kinds:
        return None
    warm = [n for n, kind in enumerate(kinds) if kind == WARMUP]
    work = [n for n, kind in enumerate(kinds) if kind != WARMUP]
    return (warm, work) if warm and work else None


def _warm_up_sets(data: dict[str, Any], notices: list[str]) -> tuple[dict[str, Any], _Moved]:
    """Each entry whose set objects are warm-up sets and working sets (an app's routine: ``type:
    warmup`` beside ``type: normal``) as two entries: the warm-up sets first, which the schema reads
    as a warm-up (no hard sets), then the others - as a Hevy routine's are read."""
    # (sessions path, session, entry) -> its sets' places: warm-up sets, then the others
    split: dict[tuple[tuple[str | int, ...], int, int], tuple[list[int], list[int]]] = {}
    for at, sessions in _session_lists(data):
        if not isinstance(sessions, list):
            continue
        new_sessions: list[Any] = []
        for s, session in enumerate(sessions):
            entries = session.get("exercises") if isinstance(session, dict) else None
            if not isinstance(entries, list):
                new_sessions.append(session)
                continue
            new_entries: list[Any] = []
            for e, entry in enumerate(entries):
                parts = _warm_up_split(entry)
                if parts is None:
                    new_entries.append(entry)
                    continue
                split[(at, s, e)] = parts
                for places in parts:
                    new_entries.append({**entry, "sets": [entry["sets"][n] for n in places]})
            new_sessions.append(
                {**session, "exercises": new_entries} if len(new_entries) > len(entries) else session
            )
        data = _put(data, at, new_sessions)
    if split:
        notices.append(
            f"set objects of warm-up sets and working sets ({counted(len(split), 'entry', 'entries')}) read "
            "as two entries each: the warm-up sets (no hard sets), then the working sets"
        )
    return data, _split_moved(split) if split else _same


def _split_moved(
    split: Mapping[tuple[tuple[str | int, ...], int, int], tuple[list[int], list[int]]],
) -> _Moved:
    """Where a data path went when entries were split into their warm-up sets and their working
    sets (``split``: each split entry's place and its sets' places in each part)."""

    def moved(path: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
        for at in {at for at, _, _ in split}:
            n = len(at)
            if path[:n] != at or len(path) < n + 3 or path[n + 1] != "exercises":
                continue
            s, index, rest = path[n], path[n + 2], path[n + 3 :]
            if not isinstance(index, int):
                return path
            new = index + sum(1 for (a, s2, e) in split if a == at and s2 == s and e < index)
            parts = split.get((at, s, index)) if isinstance(s, int) else None
            if parts is None:
                return (*path[: n + 2], new, *rest)
            warm, work = parts
            one = rest[1] if len(rest) >= 2 and rest[0] == "sets" and isinstance(rest[1], int) else None
            if one is not None and one in warm:
                return (*path[: n + 2], new, "sets", warm.index(one), *rest[2:])
            if one is not None and one in work:
                return (*path[: n + 2], new + 1, "sets", work.index(one), *rest[2:])
            # the entry itself: its warm-up sets' (its line theirs); its keys: its working sets'
            return (*path[: n + 2], new + 1 if rest else new, *rest)
        return path

    return moved


def _session_lists(data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], Any]]:
    """Each sessions value of a program's data (its own, each week's) with its data path."""
    found: list[tuple[tuple[str | int, ...], Any]] = []
    if "sessions" in data:
        found.append((("sessions",), data["sessions"]))
    weeks = data.get("weeks")
    if isinstance(weeks, list):
        for w, week in enumerate(weeks):
            if isinstance(week, dict) and "sessions" in week:
                found.append((("weeks", w, "sessions"), week["sessions"]))
    return found


def _put(data: dict[str, Any], at: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    """``data`` with the sessions at ``at`` (``("sessions",)`` or ``("weeks", w, "sessions")``)
    replaced, the rest shared."""
    if len(at) == 1:
        return {**data, "sessions": value}
    weeks = list(data["weeks"])
    w = at[1]
    assert isinstance(w, int)
    weeks[w] = {**weeks[w], "sessions": value}
    return {**data, "weeks": weeks}


def _keyed_sessions(data: dict[str, Any], notices: list[str]) -> tuple[dict[str, Any], _Moved]:
    """Sessions given as a mapping keyed by day or name (``Monday: [...]``): a list, each key the
    session's day when it reads as one (else its name); a key's value is the session's exercises
    (a list) or the session (a mapping)."""
    from ._program_words import labelled_day, read_day

    places: dict[tuple[str | int, ...], dict[Any, int]] = {}
    keys_said: list[str] = []
    for at, sessions in _session_lists(data):
        if not isinstance(sessions, dict) or not sessions:
            continue
        listed: list[Any] = []
        for key, value in sessions.items():
            is_day = isinstance(key, int | str) and (
                read_day(key) is not None
                or (isinstance(key, str) and (labelled_day(key) is not None or listed_days(key) is not None))
            )
            head = {"day": key} if is_day else {"name": str(key)}
            if isinstance(value, list):
                listed.append({**head, "exercises": value})
            elif isinstance(value, dict):
                listed.append({**head, **value})
            else:
                listed.append({**head, "exercises": value})
        places[at] = {key: i for i, key in enumerate(sessions)}
        keys_said.extend(shown(str(k), 20) for k in list(sessions)[:3])
        data = _put(data, at, listed)
    if not places:
        return data, _same
    notices.append(
        f"sessions keyed by day or name ({', '.join(keys_said[:4])}...) read as a session for each key, "
        "the key its day (or its name)"
    )

    def moved(path: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
        for at, index in places.items():
            n = len(at)
            if path[:n] == at and len(path) > n and path[n] in index:
                rest = path[n + 1 :]
                if rest and isinstance(rest[0], int):  # a key's list: its exercises
                    return (*at, index[path[n]], "exercises", *rest)
                return (*at, index[path[n]], *rest)
        return path

    return data, moved


def _hevy_measure(one: Any) -> tuple[str, int] | None:
    """What a Hevy routine's set counts: its reps (``reps``), else a timed set's seconds
    (``duration_seconds``: a hold) or a distance set's metres (``distance_meters``), each a whole
    number from 1; ``None`` for a set with none of them."""
    if not isinstance(one, dict):
        return None
    for key, kind in (("reps", "reps"), ("duration_seconds", "hold_s"), ("distance_meters", "distance")):
        value = one.get(key)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return kind, value
    return None


def _hevy_routines(data: Any) -> tuple[dict[str, Any], str] | None:
    """A Hevy routine (its API's and share export's ``{"routine": {...}}``, or ``{"routines":
    [...]}``) as program data: a session for each routine, named by its title; an entry for each
    exercise's working sets (their count, the reps they span) and one for its warm-up sets, noted
    as a warm-up (no hard sets); timed sets are holds (their shortest time) and distance sets a
    distance a set (:func:`_hevy_measure`), each kind its own entry. ``None`` for any other data, or
    a routine not so simple (a set with no reps, time or distance)."""
    from ._log_words import WARMUP, set_kind

    if not isinstance(data, dict) or not ({"routine", "routines"} & data.keys()) or "sessions" in data:
        return None
    routines = data.get("routines", [data.get("routine")])
    if not isinstance(routines, list) or not routines:
        return None
    sessions: list[dict[str, Any]] = []
    for n, routine in enumerate(routines, start=1):
        if not isinstance(routine, dict) or not isinstance(routine.get("exercises"), list):
            return None
        entries: list[dict[str, Any]] = []
        for exercise in routine["exercises"]:
            if not isinstance(exercise, dict) or not isinstance(exercise.get("sets"), list):
                return None
            by_kind: dict[tuple[bool, str], list[int]] = {}
            for one in exercise["sets"]:
                measure = _hevy_measure(one)
                if measure is None:
                    return None
                warm = set_kind(str(one.get("type") or "")) == WARMUP  # a log's set type words
                by_kind.setdefault((warm, measure[0]), []).append(measure[1])
            for (warm, kind), listed in sorted(by_kind.items(), key=lambda k: (not k[0][0], k[0][1])):
                entry: dict[str, Any] = {"exercise": exercise.get("title"), "sets": len(listed)}
                if kind == "reps":  # the reps they span
                    entry["reps"] = [min(listed), max(listed)]
                elif kind == "hold_s":  # timed sets: holds, the shortest as a range of holds is read
                    entry["hold_s"] = min(listed)
                else:  # distance sets: a distance a set, kept in the notes as reps of one
                    entry["reps"] = f"{min(listed)} m"
                notes = exercise.get("notes")
                unit = {"hold_s": " s", "distance": " m"}.get(kind)
                each = (  # times or distances that differ: each set's kept (the entry reads the shortest)
                    "each set: " + ", ".join(f"{n}{unit}" for n in listed)
                    if unit is not None and len(set(listed)) > 1
                    else None
                )
                said = "; ".join(
                    filter(
                        None, ("warm-up" if warm else None, each, notes if isinstance(notes, str) else None)
                    )
                )
                if said:
                    entry["notes"] = said
                entries.append(entry)
        sessions.append({"name": routine.get("title") or f"Routine {n}", "exercises": entries})
    return (
        {"name": sessions[0]["name"] if len(sessions) == 1 else "Hevy routines", "sessions": sessions},
        f"a Hevy routine read: {len(sessions)} session{'s' if len(sessions) > 1 else ''}, an entry for each "
        "exercise's working sets (their count and the reps, time or distance they span) and one for its "
        "warm-up sets; the "
        "weights are not read (a program is judged by its reps and sets)",
    )
