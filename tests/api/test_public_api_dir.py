"""``dir(hamstring_rules)`` - what a notebook's tab completion offers - is the public API, not
the package's own imports."""

from __future__ import annotations

import hamstring_rules as hr


def test_dir_offers_the_public_api_and_not_the_package_s_own_imports() -> None:
    names = dir(hr)
    assert set(hr.__all__) <= set(names)
    for own in ("importlib", "TYPE_CHECKING", "Any", "annotations", "ModuleType"):
        assert own not in names, own
    assert names == sorted(names)


def test_every_name_dir_offers_is_an_attribute() -> None:
    for name in dir(hr):
        assert getattr(hr, name) is not None, name
