"""Errors name the argument they are about (api13's leftovers): an endless generator of wrong
items is refused at its first item, from_data(None) names ``data``, an unknown params key names
``params``."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import hamstring_rules as hr

ENTRY = {"exercise": "RDL", "sets": 3, "reps": 8}
PROGRAM = {"name": "p", "sessions": [{"day": "Mon", "exercises": [ENTRY]}]}


@pytest.mark.parametrize(
    ("call", "where"),
    [
        (lambda: hr.RuleSet.builtin().with_rules(itertools.repeat("x")), "rules[0]"),  # type: ignore[arg-type]
        (lambda: hr.RuleSet.builtin().with_goals(itertools.repeat("x")), "goals[0]"),  # type: ignore[arg-type]
        (lambda: hr.Catalog.builtin().with_exercises(itertools.repeat("x")), "exercises[0]"),  # type: ignore[arg-type]
    ],
)
def test_an_endless_generator_of_wrong_items_is_refused_at_its_first(call: object, where: str) -> None:
    with pytest.raises(hr.RequestError) as info:
        call()  # type: ignore[operator]
    assert info.value.location == where


@pytest.mark.parametrize("build", [hr.RuleSet.from_data, hr.Catalog.from_data])
@pytest.mark.parametrize("value", [None, [], "rules.toml", 3])
def test_from_data_of_no_mapping_names_data(build: object, value: object) -> None:
    with pytest.raises(hr.RequestError) as info:
        build(value)  # type: ignore[operator]
    assert info.value.location == "data"
    assert "data must be a mapping" in str(info.value)


def test_a_catalog_file_holding_a_list_is_still_a_catalog_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(hr.CatalogError) as info:
        hr.Catalog.from_file(path)
    assert str(path) in str(info.value)


def test_an_unknown_params_key_names_params() -> None:
    with pytest.raises(hr.UnknownCodeError) as info:
        hr.check(PROGRAM, params={"a": {"x": 1}})
    assert info.value.location == "params.a"


def test_parse_name_refuses_a_name_over_the_catalogs_limit_as_classify_does() -> None:
    from hamstring_rules.catalog import MAX_NAME_LENGTH

    assert hr.parse_name("r" * MAX_NAME_LENGTH) is not None
    for call in (hr.parse_name, hr.Catalog.builtin().classify):
        with pytest.raises(hr.InputLimitError):
            call("x" * 100_000)  # took 7 s in parse_name
