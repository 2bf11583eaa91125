"""The public API is exactly what ``__all__`` says (httpx's test_exported_members)."""

import subprocess
import sys

import pytest

import hamstring_rules as hr


def test_every_name_in_all_resolves_to_a_library_object() -> None:
    """Every name in ``__all__`` loads, and is defined by the library."""
    for name in hr.__all__:
        value = getattr(hr, name)
        assert getattr(value, "__module__", "").startswith("hamstring_rules"), name


def test_public_classes_and_functions_are_all_exported() -> None:
    """Public classes and functions of the public modules are in ``__all__``."""
    import importlib

    for module_name in set(hr._EXPORTS.values()):
        module = importlib.import_module(f"hamstring_rules.{module_name}")
        for name in getattr(module, "__all__", ()):
            if name.isupper() or name.startswith("_"):  # constants stay in their module
                continue
            assert name in hr.__all__, f"{module_name}.{name}"


def test_all_is_sorted() -> None:
    """``__all__`` is sorted, so additions are easy to review."""
    assert list(hr.__all__) == sorted(hr.__all__)


def test_every_public_name_has_a_docstring() -> None:
    """Each exported class and function documents itself."""
    missing = [n for n in hr.__all__ if callable(getattr(hr, n)) and not getattr(hr, n).__doc__]
    assert missing == []


def test_unknown_attribute_is_an_attribute_error() -> None:
    """A name that is not exported raises AttributeError, as for any module."""
    with pytest.raises(AttributeError, match="nope"):
        hr.nope  # noqa: B018


def test_import_loads_no_parser_libraries() -> None:
    """``import hamstring_rules`` plus a recommend() does not import pydantic or yaml."""
    code = (
        "import sys, hamstring_rules as hr; hr.recommend('rehab'); "
        "print(sorted(m for m in ('pydantic', 'yaml', 'argparse', 'csv') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
