"""Reading untrusted structured files: JSON, YAML (safe loading only) and TOML, with limits."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from .errors import HamstringRulesError, InputLimitError

#: Deepest nesting accepted in a structured file (programs are about 5 levels deep).
MAX_DEPTH = 32


def read_bytes(path: str | Path, *, error: type[HamstringRulesError], max_bytes: int) -> bytes:
    """Read a file, refusing one larger than ``max_bytes`` before reading it whole."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputLimitError(
                f"file is {size:,} bytes, over the limit of {max_bytes:,}",
                location=str(p),
                suggestion="raise the limit if this file is trusted",
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
        raise InputLimitError(f"file is over the limit of {max_bytes:,} bytes", location=str(p))
    return data


def decode_text(data: bytes, *, where: str, error: type[HamstringRulesError]) -> str:
    """Decode UTF-8 (with or without a BOM), refusing binary data with a clear error."""
    if b"\x00" in data[:8192]:
        raise error("looks like a binary file, not text", location=where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(
            f"not valid UTF-8 text (byte {exc.start})",
            location=where,
            suggestion="save the file as UTF-8",
        ) from None


def parse_structured(
    text: str,
    *,
    fmt: str,
    where: str,
    error: type[HamstringRulesError],
    lines: dict[tuple[str | int, ...], int] | None = None,
) -> Any:
    """Parse JSON, YAML or TOML text into plain Python data; never executes anything.

    With ``lines`` (YAML only), fill it with the 1-based line of every list item and mapping
    value down to :data:`LINE_DEPTH` levels, keyed by path (``("sessions", 0, "exercises", 1)``).
    """
    try:
        if fmt == "json":
            data = json.loads(text)
        elif fmt == "toml":
            data = tomllib.loads(text)
        elif fmt == "yaml":
            data = _load_yaml(text, lines)
        else:  # pragma: no cover - callers pass a known format
            raise error(f"unsupported format {fmt!r}", location=where)
    except json.JSONDecodeError as exc:
        raise error(f"malformed JSON: {exc.msg}", location=f"{where}:{exc.lineno}:{exc.colno}") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"malformed TOML: {exc}", location=where) from None
    except RecursionError:
        raise InputLimitError("nesting is too deep to parse", location=where) from None
    except Exception as exc:
        mark = getattr(exc, "problem_mark", None)
        if mark is not None or type(exc).__module__.startswith("yaml"):
            at = f"{where}:{mark.line + 1}:{mark.column + 1}" if mark is not None else where
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise error(f"malformed YAML: {problem}", location=at) from None
        raise
    check_depth(data, where=where)
    return data


#: How deep :func:`parse_structured` records YAML line numbers (a multi-week program's entries are 6 deep).
LINE_DEPTH = 6


def _load_yaml(text: str, lines: dict[tuple[str | int, ...], int] | None) -> Any:
    """``yaml.safe_load``, composing the node tree once so line numbers can be kept."""
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    if lines is not None and node is not None:
        stack: list[tuple[Any, tuple[str | int, ...]]] = [(node, ())]
        while stack:
            current, path = stack.pop()
            if len(path) >= LINE_DEPTH:
                continue
            if isinstance(current, yaml.SequenceNode):
                children = [(i, child) for i, child in enumerate(current.value)]
            elif isinstance(current, yaml.MappingNode):
                children = [(k.value, v) for k, v in current.value if isinstance(k, yaml.ScalarNode)]
            else:
                continue
            for key, child in children:
                lines[(*path, key)] = child.start_mark.line + 1
                stack.append((child, (*path, key)))
    return data


def check_depth(data: Any, *, where: str, limit: int = MAX_DEPTH) -> None:
    """Refuse data nested deeper than ``limit`` (iteratively: no recursion to exhaust)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            raise InputLimitError(f"nesting deeper than {limit} levels", location=where)
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)


def format_of(path: str | Path) -> str | None:
    """``json``, ``yaml`` or ``toml`` by file extension, else ``None``."""
    suffix = Path(path).suffix.lower()
    return {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".toml": "toml"}.get(suffix)


def read_structured(
    path: object,
    *,
    error: type[HamstringRulesError],
    max_bytes: object,
    lines: dict[tuple[str | int, ...], int] | None = None,
) -> Any:
    """Read and parse a JSON, YAML or TOML file chosen by its extension (``path`` and
    ``max_bytes`` are checked here, so every file reader refuses bad ones the same way;
    ``lines``: as :func:`parse_structured`)."""
    from ._validate import byte_limit, file_path

    max_bytes = byte_limit(max_bytes)
    path = file_path(path, error=error)
    fmt = format_of(path)
    if fmt is None:
        raise error("unknown file type", location=str(path), suggestion="use .json, .yaml, .yml or .toml")
    text = decode_text(read_bytes(path, error=error, max_bytes=max_bytes), where=str(path), error=error)
    return parse_structured(text, fmt=fmt, where=str(path), error=error, lines=lines)
