"""The JSON contract (``--format json``): ``to_dict()`` serialised, deterministic.

One result gives one JSON document; several give an array of them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from json.encoder import encode_basestring as _encode_string  # the C one when built
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..rules import RuleSet

#: The version of the JSON outputs: check, recommend, substitute and plan (``findings`` and the
#: others import it from here; the program-file format has its own, ``_program_words.SCHEMA_VERSION``).
SCHEMA_VERSION = 1

ACCEPTS = (
    "_recommend.RecommendationResult",
    "findings.Report",
    "_substitute.SubstitutionResult",
    "catalog.Catalog",
)


def data(result: object) -> Any:
    """The JSON-ready data of one result: its ``to_dict()`` (a catalog's ``to_records()``)."""
    to_data = getattr(result, "to_dict", None) or getattr(result, "to_records", None)
    if to_data is None:
        raise TypeError(f"no JSON form for {type(result).__name__}")
    return to_data()


def render(result: object, *, indent: int | None = 2) -> str:
    """One result as JSON text."""
    from .._validate import json_indent

    return dumps(data(result), json_indent(indent))


def emit(
    results: Sequence[object],
    *,
    rules: RuleSet | None = None,
    array: bool = False,
    failures: Sequence[tuple[int, str, Exception]] = (),
) -> str:
    """One result as a JSON document; several as an array (``array=True``: always an array -
    the CLI given several files, of which only one could be read, still writes one). One file
    that could not be read alone is its :func:`failure` document.
    ``failures``: the files that could not be read, as ``(position, name, error)``: each is a
    :func:`failure` entry at its position in the array (every file given has its entry)."""
    items = [data(r) for r in results]
    for position, source, error in sorted(failures, key=lambda f: f[0]):
        items.insert(position, failure(source, error))
    return dumps(items[0] if len(items) == 1 and not array else items, 2)


def failure(source: str, error: Exception) -> dict[str, Any]:
    """The JSON entry of a file ``check`` could not read, in the array of several files' reports:
    ``{"schema_version": 1, "source": ..., "error": {"code", "message", "location", "suggestion"}}``
    (no ``findings``: a consumer tells it from a report by its ``error``)."""
    from ..errors import HamstringRulesError

    data = error.to_dict() if isinstance(error, HamstringRulesError) else {"code": type(error).__name__}
    return {"schema_version": SCHEMA_VERSION, "source": source, "error": data}


_INFINITY = float("inf")


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


def _key(key: object) -> str:
    if isinstance(key, str):
        return key
    if key is True or key is False or key is None:
        return {True: "true", False: "false", None: "null"}[key]
    if isinstance(key, float):
        return _float(key)
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def dumps(value: Any, indent: int | None) -> str:
    """``json.dumps(value, indent=indent, ensure_ascii=False)``, the same text: with an indent,
    the standard library encodes in Python, a generator per container (a 100,000-finding report
    took 3.6 s, five times its compact form); this writes the same text a list of parts at a
    time (about 3x faster). Compact output is the standard library's C encoder."""
    if indent is None:
        return json.dumps(value, ensure_ascii=False)
    parts: list[str] = []
    append = parts.append
    string = _encode_string
    breaks = ["\n"]
    prefixes: dict[tuple[str, int], str] = {}

    def newline(level: int) -> str:
        while len(breaks) <= level:
            breaks.append("\n" + " " * (indent * len(breaks)))
        return breaks[level]

    def write(item: Any, level: int) -> None:
        kind = type(item)
        if kind is str:
            append(string(item))
        elif item is None:
            append("null")
        elif item is True:
            append("true")
        elif item is False:
            append("false")
        elif kind is int:
            append(int.__repr__(item))
        elif kind is float:
            append(_float(item))
        elif isinstance(item, dict):
            if not item:
                append("{}")
                return
            inner, opening = newline(level + 1), "{"
            for key, member in item.items():
                # each key once per level (a report repeats its finding's keys 100,000 times)
                prefix = prefixes.get((key, level)) if type(key) is str else None
                if prefix is None:
                    prefix = inner + string(_key(key)) + ": "
                    if type(key) is str:
                        prefixes[key, level] = prefix
                if type(member) is str:  # the common value, written here (no call)
                    append(opening + prefix + string(member))
                else:
                    append(opening + prefix)
                    write(member, level + 1)
                opening = ","
            append(newline(level) + "}")
        elif isinstance(item, list | tuple):
            if not item:
                append("[]")
                return
            inner, opening = newline(level + 1), "["
            for member in item:
                append(opening + inner)
                opening = ","
                write(member, level + 1)
            append(newline(level) + "]")
        elif isinstance(item, str):
            append(string(item))
        elif isinstance(item, int):
            append(int.__repr__(item))
        elif isinstance(item, float):
            append(_float(item))
        else:
            raise TypeError(f"Object of type {type(item).__name__} is not JSON serializable")

    write(value, 0)
    return "".join(parts)
