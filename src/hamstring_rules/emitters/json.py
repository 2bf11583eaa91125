"""The JSON contract (``--format json``): ``to_dict()`` serialised, deterministic.

One result gives one JSON document; several give an array of them.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Any

from .._recommend import RecommendationResult
from .._substitute import SubstitutionResult
from ..catalog import Catalog, exercise_to_mapping
from ..findings import Report
from ..rules import RuleSet

ACCEPTS = (RecommendationResult, Report, SubstitutionResult, Catalog)


@functools.singledispatch
def data(result: object) -> Any:
    """The JSON-ready data of one result: its ``to_dict()``."""
    to_dict = getattr(result, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"no JSON form for {type(result).__name__}")
    return to_dict()


@data.register
def _catalog(catalog: Catalog) -> Any:
    return [exercise_to_mapping(e) for e in catalog]


def render(result: object, *, indent: int | None = 2) -> str:
    """One result as JSON text."""
    return json.dumps(data(result), indent=indent, ensure_ascii=False)


def emit(results: Sequence[object], *, rules: RuleSet | None = None) -> str:
    """One result as a JSON document; several as an array."""
    items = [data(r) for r in results]
    return json.dumps(items[0] if len(items) == 1 else items, indent=2, ensure_ascii=False)
