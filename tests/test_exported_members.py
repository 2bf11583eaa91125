"""The public API is exactly what ``__all__`` says (httpx's test_exported_members)."""

import hamstring_rules as hr


def test_all_lists_every_public_name() -> None:
    """Every public name in the package namespace is in ``__all__`` and vice versa."""
    public = {
        name
        for name, value in vars(hr).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("hamstring_rules")
    }
    assert set(hr.__all__) == public


def test_all_is_sorted() -> None:
    """``__all__`` is sorted, so additions are easy to review."""
    assert list(hr.__all__) == sorted(hr.__all__)


def test_every_public_name_has_a_docstring() -> None:
    """Each exported class and function documents itself."""
    missing = [n for n in hr.__all__ if callable(getattr(hr, n)) and not getattr(hr, n).__doc__]
    assert missing == []
