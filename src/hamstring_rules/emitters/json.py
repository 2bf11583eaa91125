"""The JSON contract (``--format json``): ``to_dict()`` serialised, deterministic.

One result gives one JSON document; several give an array of them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..rules import RuleSet

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

    return json.dumps(data(result), indent=json_indent(indent), ensure_ascii=False)


def emit(results: Sequence[object], *, rules: RuleSet | None = None, array: bool = False) -> str:
    """One result as a JSON document; several as an array (``array=True``: always an array -
    the CLI given several files, of which only one could be read, still writes one)."""
    items = [data(r) for r in results]
    return json.dumps(items[0] if len(items) == 1 and not array else items, indent=2, ensure_ascii=False)
