"""Reading untrusted structured files: JSON, YAML (safe loading only) and TOML, with limits."""

from __future__ import annotations

import json
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

from .errors import HamstringRulesError, InputLimitError, one_line, shown

#: Deepest nesting accepted in a structured file (programs are about 5 levels deep).
MAX_DEPTH = 32
#: Most YAML aliases (shared nodes) in one file.
MAX_ALIASES = 10_000
#: Most values in one file's data once aliases are expanded (a 50,000-exercise catalog holds
#: about 2 million).
MAX_NODES = 10_000_000


def read_bytes(
    path: str | Path,
    *,
    error: type[HamstringRulesError],
    max_bytes: int,
    what: str = "file",
    suggestion: str = "raise the limit if this file is trusted",
) -> bytes:
    """Read a file, refusing one larger than ``max_bytes`` before reading it whole (and an
    unusable path - NUL, lone surrogates, too long - before any file system call); ``what``
    and ``suggestion`` word the refusal."""
    from ._validate import file_path

    p = file_path(path, error=error)
    try:
        info = p.stat()
        if stat.S_ISDIR(info.st_mode):
            raise error("is a directory, not a file", location=str(p))
        if not stat.S_ISREG(info.st_mode):  # opening a named pipe waits for a writer: forever
            raise error("not a regular file (a pipe, socket or device)", location=str(p))
        size = info.st_size
        if size > max_bytes:
            raise InputLimitError(
                f"{what} is {size:,} bytes, over the limit of {max_bytes:,}",
                location=str(p),
                suggestion=suggestion,
            )
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise error("file not found", location=str(p)) from None
    except IsADirectoryError:
        raise error("is a directory, not a file", location=str(p)) from None
    except OSError as exc:
        raise error(f"cannot read file: {exc.strerror or exc}", location=str(p)) from None
    if len(data) > max_bytes:
        raise InputLimitError(
            f"{what} is over the limit of {max_bytes:,} bytes", location=str(p), suggestion=suggestion
        )
    return data


#: Byte order marks of the encodings read besides UTF-8 (UTF-32's first: it starts like UTF-16's),
#: with the codec that reads what follows the mark.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xef\xbb\xbf", "utf-8"),
)
#: What Excel (and Notepad's "ANSI") on a Western Windows saves text in when not told UTF-8.
WINDOWS_1252 = "cp1252"


def bom_encoding(head: bytes) -> str | None:
    """``utf-16``/``utf-32`` when ``head`` starts with its byte order mark (Excel's 'Unicode
    text', Windows tools), else ``None`` (UTF-8, with or without its BOM)."""
    bom, codec = _bom(head)
    return codec.rsplit("-", 1)[0] if bom and not codec.startswith("utf-8") else None


def _bom(data: bytes) -> tuple[bytes, str]:
    """The byte order mark ``data`` starts with and the codec of the text after it
    (``b""`` and ``utf-8`` without one)."""
    return next(((bom, codec) for bom, codec in _BOMS if data.startswith(bom)), (b"", "utf-8"))


def text_encoding(
    data: bytes, *, where: str, error: type[HamstringRulesError], windows_1252: bool = False
) -> tuple[bytes, str]:
    """How ``data`` is encoded, as ``(byte order mark, codec)``: UTF-8 (with or without its
    BOM), UTF-16/32 with its BOM or without one (told by its NUL bytes, as logs are:
    :func:`_bomless_wide`); with ``windows_1252``, text that is neither is
    read as Windows-1252 (what Excel and Notepad save on Windows; every byte is a character,
    so accented names may be wrong, never a number). Binary data, and bytes that are not text
    in the encoding their BOM names, are ``error``s."""
    bom, codec = _bom(data)
    if bom and codec != "utf-8":
        try:
            data[len(bom) :].decode(codec)
        except UnicodeDecodeError as exc:
            name = codec.rsplit("-", 1)[0].upper()
            raise error(f"not valid {name} text (byte {exc.start + len(bom)})", location=where) from None
        return bom, codec
    if b"\x00" in data[:8192]:
        wide = _bomless_wide(data, where=where, error=error)
        if wide is not None:
            return b"", wide
        raise error(
            "looks like a binary file, not text: its NUL bytes are no UTF-16/32 text's and UTF-8 text "
            "has none",
            location=where,
            suggestion="save the file as UTF-8 text",
        )
    try:
        data[len(bom) :].decode("utf-8")
    except UnicodeDecodeError as exc:
        if windows_1252 and not bom:
            return b"", WINDOWS_1252
        raise error(
            f"not valid UTF-8 text (byte {exc.start + len(bom)})",
            location=where,
            suggestion="save the file as UTF-8",
        ) from None
    return bom, "utf-8"


#: The codecs of UTF-16/32 text without a byte order mark, as messages name them.
_BOMLESS = {
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32-le": "UTF-32 LE",
    "utf-32-be": "UTF-32 BE",
}
#: Characters no text file holds: the C0 controls but tab, line feed and carriage return.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: The least share of ASCII in a start read as BOM-less UTF-16/32 (heuristic, as the log reader's
#: ``logs._WIDE_ASCII``: numbers, separators and most names are ASCII; random bytes so read are
#: about 1 in 500 ASCII, UTF-16 read in the other byte order nearly none).
_ASCII_SHARE = 0.5


def bomless_codec(head: bytes) -> str | None:
    """The UTF-16/32 codec (``utf-16-le``...) whose reading of ``head`` (a file's first 8 KiB, no
    byte order mark) is text - no control character but tab and line ends, mostly ASCII - as
    Windows tools save 'Unicode' text; ``None`` when there is no NUL byte (UTF-8, Windows-1252) or
    no codec reads it so (binary data). The test ``logs._wide`` makes for a log: one rule for both
    (the log reader may call this one; it lives here, below both readers)."""
    import codecs

    head = head[:8192]
    if b"\x00" not in head:
        return None
    for codec in _BOMLESS:
        width = 2 if "16" in codec else 4
        text = codecs.getincrementaldecoder(codec)("replace").decode(head[: len(head) // width * width])
        ascii_part = len(text.encode("ascii", "ignore"))
        if text and _NOT_TEXT.search(text) is None and ascii_part >= _ASCII_SHARE * len(text):
            return codec
    return None


def _bomless_wide(data: bytes, *, where: str, error: type[HamstringRulesError]) -> str | None:
    """The codec of UTF-16/32 text saved without a byte order mark (:func:`bomless_codec`), or
    ``None``. Bytes that stop being text in it are an ``error`` naming it, the byte and the line."""
    codec = bomless_codec(data)
    if codec is None:
        return None
    try:
        data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(codec, "replace").count("\n") + 1
        raise error(
            f"not valid {_BOMLESS[codec]} text (no byte order mark: read as it by its NUL bytes) at byte "
            f"{exc.start:,} (line {line}): {exc.reason}",
            location=f"{where}:{line}",
            suggestion="save the file again whole, as UTF-8 if the program offers it",
        ) from None
    return codec


def decode_text(
    data: bytes, *, where: str, error: type[HamstringRulesError], windows_1252: bool = False
) -> str:
    """Decode UTF-8 (with or without a BOM), or UTF-16/32 (with its byte order mark or without)
    (``windows_1252``: else Windows-1252, see :func:`text_encoding`), refusing binary data with
    a clear error."""
    bom, codec = text_encoding(data, where=where, error=error, windows_1252=windows_1252)
    return data[len(bom) :].decode(codec, errors="replace")


def head_text(data: bytes) -> str:
    """The start of a file as text, to tell its format: decoded as a log's start is (its UTF-16/32,
    with a byte order mark or without, else UTF-8, else Windows-1252), never an error."""
    import codecs

    bom, codec = _bom(data)
    if bom and codec != "utf-8":
        return data[len(bom) :].decode(codec, errors="replace")
    wide = bomless_codec(data)
    if wide is not None:
        return codecs.getincrementaldecoder(wide)("replace").decode(data)
    try:
        return codecs.getincrementaldecoder("utf-8-sig")("strict").decode(data)  # not final: a cut
    except UnicodeDecodeError:
        return data.decode(WINDOWS_1252, "replace")


def write_atomically(path: Path, data: bytes, *, error: type[HamstringRulesError]) -> None:
    """Replace (or create) a file all at once: the bytes go to a new file beside it, which is
    then renamed over it, so a reader (or a crash, a full disk, an interrupt) sees the old file
    or the new one, never half of one, and no temporary file is left behind. Through a symbolic
    link, its target is written (the link stays); an existing file keeps its permissions, a new
    one gets the user's default (the umask). A failure is an ``error`` naming the file.

    A path that is not a file is never replaced: a directory (``/``, ``.``) is an error, and a
    device or a pipe (``/dev/null``, ``/dev/stdout``, a FIFO) is written to as it is (renaming a
    new file over ``/dev/null`` as root replaced the device with a regular file)."""
    import errno
    import os
    import secrets
    import shutil
    import stat

    target = Path(os.path.realpath(path))
    try:
        mode = os.stat(path).st_mode  # through links: /dev/stdout is a link to a pipe's fd
    except OSError:
        mode = None  # a new file (or one the rename below reports on)
    if (mode is not None and stat.S_ISDIR(mode)) or not target.name:
        raise error("cannot write the file: it is a directory", location=str(path))
    if mode is not None and not stat.S_ISREG(mode):
        # a device or a pipe: written as it is. Opened without blocking, so a pipe nobody reads
        # is an error (ENXIO) and not a hang; then written blocking, at the reader's pace.
        try:
            fd = os.open(path, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
            os.set_blocking(fd, True)
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
        except OSError as exc:
            reason = "a pipe nobody is reading" if exc.errno == errno.ENXIO else exc.strerror or exc
            raise error(f"cannot write the file: {reason}", location=str(path)) from None
        return
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, 0o666)  # the umask applies, as to any new file
    except OSError as exc:
        raise error(f"cannot write the file: {exc.strerror or exc}", location=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            shutil.copymode(target, tmp)
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise error(f"cannot write the file: {exc.strerror or exc}", location=str(path)) from None
        raise


def _yaml_loader() -> Any:
    """libyaml's safe loader when the platform has it (about 10x faster), else the pure one."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_TAG = "tag:yaml.org,2002:"
#: Longest YAML number literal (a 5,000-digit one would only cost time and errors).
_MAX_NUMBER_CHARS = 100


class _YamlProblemError(Exception):
    """A problem found while building YAML data; the caller re-raises it as its own error."""

    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


#: A carriage return that does not start a CRLF line end.
_LONE_CR = re.compile(r"\r(?!\n)")

#: How deep :func:`parse_structured` records YAML line numbers (a multi-week program's entries are 6 deep).
LINE_DEPTH = 6


def load_yaml(
    text: str,
    *,
    where: str,
    limit: int = MAX_DEPTH,
    max_items: int | None = None,
    max_nodes: int = MAX_NODES,
    lines: dict[tuple[str | int, ...], int] | None = None,
) -> Any:
    """YAML text to plain data, safe tags only, in one pass over the parser's events.

    Objects are built straight from libyaml's events (no node graph), so work is bounded while
    parsing: an alias is one reference (billion laughs costs its text, not its expansion) and
    is counted, nesting deeper than ``limit``, a sequence longer than ``max_items``, more than
    :data:`MAX_ALIASES` aliases, more than ``max_nodes`` values once aliases are expanded, a
    recursive alias and an over-long number stop the parse where they occur. Timestamps stay
    strings (no input here has a date field, so ``2025-13-45`` is not a crash); merge keys are
    supported; other explicit tags are refused. ``lines``: as :func:`parse_structured`.
    """
    import yaml

    loader = _yaml_loader()(text)
    try:
        return _build(loader, yaml, where, limit, max_items, max_nodes, lines)
    finally:
        loader.dispose()


_MERGE = object()  # the "<<" merge key


def _build(
    loader: Any,
    yaml: Any,
    where: str,
    limit: int,
    max_items: int | None,
    max_nodes: int,
    lines: dict[tuple[str | int, ...], int] | None,
) -> Any:
    anchors: dict[str, tuple[Any, int]] = {}  # anchor -> (object, values once expanded)
    open_ids: set[int] = set()
    # Open containers, innermost last: [object, expanded count at its start, anchor, key, has key,
    # path (for line numbers), keys a merge (<<) put in it or None]
    stack: list[list[Any]] = []
    expanded = aliases = documents = 0
    root: Any = None
    while loader.check_event():
        event = loader.get_event()
        if isinstance(event, yaml.ScalarEvent):
            value: Any = _scalar_value(loader, event, yaml)
            if value is _MERGE and not (stack and isinstance(stack[-1][0], dict) and not stack[-1][4]):
                value = event.value  # "<<" merges only as a mapping key; elsewhere it is text
            expanded += 1
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1)
        elif isinstance(event, yaml.AliasEvent):
            found = anchors.get(event.anchor)
            if found is None:
                raise _YamlProblemError(f"unknown alias {shown(event.anchor)}", event.start_mark)
            value, size = found
            if id(value) in open_ids:
                raise InputLimitError("a structure that contains itself (a recursive alias)", location=where)
            aliases += 1
            if aliases > MAX_ALIASES:
                raise InputLimitError(f"over {MAX_ALIASES:,} aliases", location=where)
            expanded += size
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            is_map = isinstance(event, yaml.MappingStartEvent)
            if event.tag not in (None, "!", _TAG + ("map" if is_map else "seq")):
                raise _YamlProblemError(f"unsupported tag {shown(event.tag)}", event.start_mark)
            if len(stack) >= limit:
                raise InputLimitError(f"nesting deeper than {limit} levels", location=where)
            expanded += 1
            container: Any = {} if is_map else []
            open_ids.add(id(container))
            path = _child_path(stack[-1]) if stack else ()
            if lines is not None and path is not None and stack:
                _note_line(lines, path, event)
            stack.append([container, expanded, event.anchor, None, False, path, None])
            continue
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            value, started, anchor = stack.pop()[:3]
            open_ids.discard(id(value))
            if anchor is not None:
                anchors[anchor] = (value, expanded - started + 1)
        else:  # stream and document events
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _YamlProblemError("expected a single document, found another", event.start_mark)
            continue
        if expanded > max_nodes:
            raise InputLimitError(f"over {max_nodes:,} values once aliases are expanded", location=where)
        if not stack:
            root = value
            continue
        frame = stack[-1]
        target = frame[0]
        if lines is not None and not isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            child = _child_path(frame)
            if child is not None:
                _note_line(lines, child, event)
        if isinstance(target, list):
            target.append(value)
            if max_items is not None and len(target) > max_items:
                raise InputLimitError(
                    f"a list of over {max_items:,} items", location=_at(where, event.start_mark)
                )
        elif not frame[4]:
            try:
                hash(value)
            except TypeError:
                raise _YamlProblemError("a mapping key must be a plain value", event.start_mark) from None
            frame[3], frame[4] = value, True
        else:
            key = frame[3]
            frame[3], frame[4] = None, False
            if key is _MERGE:
                if frame[6] is not None:
                    raise _YamlProblemError("duplicate merge key '<<'", event.start_mark)
                frame[6] = _merge(target, value, event.start_mark, frame[6])
            else:
                if key in target:  # a key written twice (YAML forbids it): only a merged one may be
                    if frame[6] is None or key not in frame[6]:
                        raise _YamlProblemError(f"duplicate key {shown(key)}", event.start_mark)
                    frame[6].discard(key)  # overridden once; a second time is a duplicate
                target[key] = value
    return root


def _child_path(frame: list[Any]) -> tuple[str | int, ...] | None:
    """The path of the next value in an open container (``None`` past :data:`LINE_DEPTH` or for
    a mapping key)."""
    path = frame[5]
    if path is None or len(path) >= LINE_DEPTH:
        return None
    if isinstance(frame[0], list):
        return (*path, len(frame[0]))
    key = frame[3]
    if not frame[4] or not isinstance(key, str | int) or isinstance(key, bool):
        return None
    return (*path, key)


def _note_line(lines: dict[tuple[str | int, ...], int], path: tuple[str | int, ...], event: Any) -> None:
    lines[path] = event.start_mark.line + 1


def _merge(target: dict[Any, Any], value: Any, mark: Any, merged: set[Any] | None) -> set[Any]:
    """Merge ``value``'s keys into ``target`` (keys already there win); return the keys merged
    so far, which the mapping's own keys may override once."""
    sources = value if isinstance(value, list) else [value]
    if not all(isinstance(m, dict) for m in sources):
        raise _YamlProblemError("a merge key (<<) takes a mapping or a list of mappings", mark)
    merged = set() if merged is None else merged
    for source in sources:
        for k, v in source.items():
            if k not in target:
                target[k] = v
                merged.add(k)
    return merged


class _DuplicateKeyError(ValueError):
    """A JSON object with a key written twice (the parser keeps the last one silently)."""

    def __init__(self, key: str) -> None:
        super().__init__(f"duplicate key {shown(key)}")
        self.problem = f"duplicate key {shown(key)} in an object"


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``json.loads``'s ``object_pairs_hook``: an object, refusing a key written twice (what a
    reader of the file sees and what was checked would differ)."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return obj


def _at(where: str, mark: Any) -> str:
    return f"{where}:{mark.line + 1}:{mark.column + 1}" if mark is not None else where


#: Plain scalars YAML 1.1 reads as numbers nobody writing a program means: a leading zero is
#: octal (``tempo: 0310`` was 200) and colons are base 60 (``tempo: 3:1:1:0`` was 10,860). They
#: stay the text they are (YAML 1.2 reads neither way), for the field's own parser.
_AS_WRITTEN = re.compile(r"[-+]?(?:0[0-9_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)")


def _scalar_value(loader: Any, event: Any, yaml: Any) -> Any:
    value = event.value
    tag = event.tag
    if tag is None or tag == "!":
        if not event.implicit[0]:
            return value  # quoted: a string
        tag = loader.resolve(yaml.ScalarNode, value, event.implicit)
    if not tag.startswith(_TAG):
        raise _YamlProblemError(f"unsupported tag {shown(tag)}", event.start_mark)
    kind = tag[len(_TAG) :]
    if kind in ("str", "timestamp"):
        return value
    if kind == "null":
        return None
    if kind == "bool":
        return loader.bool_values[value.lower()]
    if kind == "merge":
        return _MERGE
    if kind in ("int", "float") and _AS_WRITTEN.fullmatch(value):
        return value  # YAML 1.1's octal 0310 (200) and base-60 1:30 (90): the text the user wrote
    if kind in ("int", "float", "binary"):
        if kind != "binary" and len(value) > _MAX_NUMBER_CHARS:
            raise _YamlProblemError(f"a number of over {_MAX_NUMBER_CHARS} characters", event.start_mark)
        node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark)
        return getattr(loader, f"construct_yaml_{kind}")(node)
    raise _YamlProblemError(f"unsupported tag {shown(tag)}", event.start_mark)


def parse_structured(
    text: str,
    *,
    fmt: str,
    where: str,
    error: type[HamstringRulesError],
    max_items: int | None = None,
    lines: dict[tuple[str | int, ...], int] | None = None,
    defer_json_depth: bool = False,
    max_values: int | None = None,
    suggestion: str | None = None,
) -> Any:
    """Parse JSON, YAML or TOML text into plain Python data; never executes anything.

    ``max_values`` (YAML and TOML, whose parsers cost microseconds a value): more values is an
    :class:`InputLimitError` (with ``suggestion``) before the parse has done that much - YAML's
    counted while it is built, TOML's bounded before it is parsed by its commas and line ends
    (every TOML value is a key's on its own line or an item after a comma).

    ``defer_json_depth``: JSON's nesting is left for the caller to check with
    :func:`check_json_depth` before anything may recurse into the data (the catalog loader
    builds its plain entries first - they are two levels deep - and checks only the rest).

    With ``lines`` (YAML only), fill it with the 1-based line of every list item and mapping
    value down to :data:`LINE_DEPTH` levels, keyed by path (``("sessions", 0, "exercises", 1)``).

    Whatever a parser raises - malformed syntax, an invalid date such as ``2025-13-45``, an
    integer over Python's 4,300-digit limit, deep nesting - becomes ``error`` (or
    :class:`InputLimitError`) naming the file and, where the parser knows it, the line and column.
    """
    if fmt == "yaml" and lines is None and text.lstrip(" \t\r\n\ufeff").startswith("{") and is_json(text):
        # JSON is YAML, but PyYAML refuses some of it (an emoji's surrogate-pair escape, as
        # json.dumps writes it): JSON in a .yaml file is read as the JSON it is
        fmt, defer_json_depth = "json", False
    try:
        if fmt == "json":
            data = json.loads(text, object_pairs_hook=_unique_keys)
        elif fmt == "toml":
            if "\r" in text:  # lines ending in CR alone (an old Mac editor): TOML allows none
                text = _LONE_CR.sub("\n", text)  # so no valid file changes meaning
            if max_values is not None and text.count(",") + text.count("\n") >= max_values:
                raise InputLimitError(
                    f"over {max_values:,} values (commas and lines) in a TOML file",
                    location=where,
                    suggestion=suggestion,
                )
            data = tomllib.loads(text)
        elif fmt == "yaml":
            nodes = MAX_NODES if max_values is None else min(MAX_NODES, max_values)
            try:
                data = load_yaml(text, where=where, max_items=max_items, max_nodes=nodes, lines=lines)
            except InputLimitError as exc:
                if max_values is None or not exc.message.startswith(f"over {nodes:,} values"):
                    raise
                raise InputLimitError(
                    f"over {nodes:,} values in a YAML file", location=exc.location, suggestion=suggestion
                ) from None
        else:  # pragma: no cover - callers pass a known format
            raise error(f"unsupported format {fmt!r}", location=where)
    except HamstringRulesError:
        raise
    except json.JSONDecodeError as exc:
        raise error(f"malformed JSON: {exc.msg}", location=f"{where}:{exc.lineno}:{exc.colno}") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"malformed TOML: {exc}", location=where) from None
    except (RecursionError, MemoryError):
        raise InputLimitError("nesting is too deep to parse", location=where) from None
    except Exception as exc:  # any other parser or constructor failure is the file's fault
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        at = f"{where}:{mark.line + 1}:{mark.column + 1}" if mark is not None else where
        problem = getattr(exc, "problem", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
        tabbed = _tab_indented(text, mark.line) if fmt == "yaml" and mark is not None else None
        if tabbed is not None:  # PyYAML's "found character '\\t' that cannot start any token"
            raise error(
                f"malformed YAML: YAML indents with spaces, not tabs (line {tabbed + 1} is indented with "
                "a tab)",
                location=at,
            ) from None
        raise error(f"malformed {fmt.upper()}: {one_line(str(problem))}", location=at) from None
    if fmt == "json":
        if not defer_json_depth:
            check_json_depth(data, where=where)
    elif fmt == "toml":  # YAML was checked while it was built
        check_shape(data, where=where)
    return data


def _tab_indented(text: str, line: int) -> int | None:
    """The line (0-based) at or just above a YAML parser's error ``line`` whose indentation holds a
    tab, or ``None``: a tab-indented file fails with a message about a token, not the tab."""
    lines = text.splitlines()
    for n in (line, line - 1):
        if 0 <= n < len(lines) and "\t" in lines[n][: len(lines[n]) - len(lines[n].lstrip())]:
            return n
    return None


def is_json(text: str) -> bool:
    """Whether ``text`` is JSON (a file named YAML, or not named, whose text is JSON is read as
    JSON)."""
    try:
        json.loads(text, parse_constant=lambda c: None)
    except (ValueError, RecursionError):
        return False
    return True


def check_json_depth(data: Any, *, where: str) -> None:
    """Refuse parsed JSON nested deeper than :data:`MAX_DEPTH`."""
    if _json_depth(data) > MAX_DEPTH:
        raise InputLimitError(f"nesting deeper than {MAX_DEPTH} levels", location=where)


def _json_depth(data: Any, limit: int = MAX_DEPTH) -> int:
    """The nesting depth of parsed JSON (``[]`` and ``{}`` count one level each, as brackets
    would), counted level by level and stopped one past ``limit``: a type test per value, no
    recursion (JSON has no shared nodes; YAML's are walked by :func:`check_shape`)."""
    level = [data] if type(data) is dict or type(data) is list else []
    depth = 0
    while level and depth <= limit:
        depth += 1
        below: list[Any] = []
        for node in level:
            values = node.values() if type(node) is dict else node
            below.extend([v for v in values if type(v) is dict or type(v) is list])
        level = below
    return depth


def check_shape(
    data: Any,
    *,
    where: str,
    limit: int = MAX_DEPTH,
    max_aliases: int | None = None,
    max_nodes: int = MAX_NODES,
) -> None:
    """Refuse data nested deeper than ``limit``, with more than ``max_aliases`` shared nodes
    (YAML aliases), or more than ``max_nodes`` values once aliases are expanded.

    Iterative and walked once per container however often it is shared, so billion-laughs
    input costs microseconds and a cycle (``&a [*a]``) is an error, not a hang.
    """
    height: dict[int, int] = {}  # container id -> levels below it (inclusive)
    size: dict[int, int] = {}  # container id -> values once expanded
    on_path: set[int] = set()
    shared = 0
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        node, done = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list | tuple):
            children = node
        else:
            continue
        key = id(node)
        if done:
            on_path.discard(key)
            kids = [c for c in children if isinstance(c, dict | list | tuple)]
            height[key] = 1 + max((height[id(c)] for c in kids), default=0)
            size[key] = 1 + len(children) + sum(size[id(c)] for c in kids)
            if height[key] > limit:
                raise InputLimitError(f"nesting deeper than {limit} levels", location=where)
            if size[key] > max_nodes:
                raise InputLimitError(f"over {max_nodes:,} values once aliases are expanded", location=where)
            continue
        if key in on_path:
            raise InputLimitError("a structure that contains itself (a recursive alias)", location=where)
        if key in height:
            shared += 1
            if max_aliases is not None and shared > max_aliases:
                raise InputLimitError(f"over {max_aliases:,} aliases", location=where)
            continue
        if len(on_path) >= limit:
            raise InputLimitError(f"nesting deeper than {limit} levels", location=where)
        on_path.add(key)
        stack.append((node, True))
        stack.extend(
            (c, False) for c in children if isinstance(c, dict | list | tuple) and id(c) not in height
        )
        shared += sum(1 for c in children if isinstance(c, dict | list | tuple) and id(c) in height)
        if max_aliases is not None and shared > max_aliases:
            raise InputLimitError(f"over {max_aliases:,} aliases", location=where)


def check_depth(data: Any, *, where: str, limit: int = MAX_DEPTH) -> None:
    """Refuse data nested deeper than ``limit`` (Python data: shared objects are allowed)."""
    check_shape(data, where=where, limit=limit)


def format_of(path: str | Path) -> str | None:
    """``json``, ``yaml`` or ``toml`` by file extension, else ``None``."""
    suffix = Path(path).suffix.lower()
    return {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".toml": "toml"}.get(suffix)


def read_structured(
    path: object,
    *,
    error: type[HamstringRulesError],
    max_bytes: object,
    max_items: int | None = None,
    lines: dict[tuple[str | int, ...], int] | None = None,
    defer_json_depth: bool = False,
    max_values: int | None = None,
    what: str = "file",
    suggestion: str | None = None,
) -> Any:
    """Read and parse a JSON, YAML or TOML file chosen by its extension (``path`` and
    ``max_bytes`` are checked here, so every file reader refuses bad ones the same way;
    ``max_items`` caps any list's length while parsing; ``lines``, ``defer_json_depth`` and
    ``max_values``: as :func:`parse_structured`; ``what`` and ``suggestion`` word a refusal)."""
    from ._validate import byte_limit, file_path

    max_bytes = byte_limit(max_bytes)
    path = file_path(path, error=error)
    fmt = format_of(path)
    if fmt is None:
        raise error("unknown file type", location=str(path), suggestion="use .json, .yaml, .yml or .toml")
    raw = read_bytes(
        path,
        error=error,
        max_bytes=max_bytes,
        what=what,
        suggestion=suggestion or "raise the limit if this file is trusted",
    )
    return parse_structured(
        decode_text(raw, where=str(path), error=error),
        fmt=fmt,
        where=str(path),
        error=error,
        max_items=max_items,
        lines=lines,
        defer_json_depth=defer_json_depth,
        max_values=max_values,
        suggestion=suggestion,
    )


# -- CSV text shared by program and log readers --------------------------------------------

#: Longest header cell read for its role: no column's name is longer, and the role matcher's
#: bracket stripping costs the square of a cell's length (a 16,000-character cell took 8 s).
MAX_ROLE_CELL = 200


#: The first line Excel writes (and reads) to name a CSV's separator: ``sep=;``.
_SEP_LINE = re.compile(r"\ufeff?[ \t]*sep=([,;\t|])[ \t]*\r?")


def excel_separator(line: str) -> str | None:
    """The separator Excel's ``sep=;`` line names, or ``None`` when ``line`` is not one."""
    found = _SEP_LINE.fullmatch(line)
    return found[1] if found else None


_LINE_END = re.compile(r"\r\n|\r|\n")


def first_line(text: str) -> tuple[str, str]:
    """The first line of ``text`` and the text after its end: ``\n``, ``\r\n`` or a lone ``\r``
    (Excel's "CSV (Macintosh)" ends its lines with CR alone)."""
    parts = _LINE_END.split(text, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""
