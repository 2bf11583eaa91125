"""The shipped data: TOML sources in ``data/``, compiled to one JSON file for fast loading.

The TOML files are what people read and edit (comments, sources). ``data/builtin.json`` holds
the same data parsed, because the standard library's JSON parser is about 40 times faster than
its TOML parser and the first ``recommend()`` should cost less than importing pydantic. A test
asserts the two agree; after editing a TOML file run::

    python -m hamstring_rules._data
"""

from __future__ import annotations

import functools
import json
import pkgutil
from typing import Any

SOURCES = (
    "exercises.toml",
    "names.toml",
    "goals.toml",
    "rules.toml",
    "checks.toml",
    "plans.toml",
    "words.toml",
    "program_words.toml",
)
COMPILED = "builtin.json"


def read_text(name: str) -> str:
    """A data file's text, through the package loader (works from wheels and zips)."""
    raw = pkgutil.get_data("hamstring_rules", f"data/{name}")
    if raw is None:  # pragma: no cover - only with exotic loaders
        raise FileNotFoundError(name)
    return raw.decode("utf-8")


def parse_sources() -> dict[str, Any]:
    """Parse every TOML source (slow; used by the tests and to regenerate the JSON)."""
    import tomllib

    return {name: tomllib.loads(read_text(name)) for name in SOURCES}


@functools.cache
def builtin_data() -> dict[str, Any]:
    """The compiled data: ``{"exercises.toml": {...}, "rules.toml": {...}, ...}`` (the TOML
    sources parsed when there is no compiled copy)."""
    try:
        text = read_text(COMPILED)
    except FileNotFoundError:
        return parse_sources()
    data: dict[str, Any] = json.loads(text)
    return data


def compile_json() -> str:
    """The text ``data/builtin.json`` should hold."""
    return json.dumps(parse_sources(), ensure_ascii=False, sort_keys=True, indent=1) + "\n"


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    from pathlib import Path

    target = Path(__file__).with_name("data") / COMPILED
    target.write_text(compile_json(), encoding="utf-8")
    print(f"wrote {target}")
