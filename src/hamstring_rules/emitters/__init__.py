"""Output formats, one module per format (ruff's emitter split): results are data, these write them.

A result (:class:`~hamstring_rules.RecommendationResult`, :class:`~hamstring_rules.Report`,
:class:`~hamstring_rules.SubstitutionResult`, :class:`~hamstring_rules.Catalog`) holds data and
gives ``to_dict()``; it never formats itself. ``str(result)``, ``result.to_markdown()``,
``result.to_json()``, the notebook hooks (``_repr_markdown_``, ``_repr_html_``) and the CLI's
``--format`` all call the modules here:

- ``text``: plain-text tables (``str()``; the CLI default)
- ``markdown``: GitHub-flavoured Markdown (``to_markdown()``, ``--format markdown``)
- ``html``: notebook HTML (``_repr_html_``)
- ``json``: the JSON contract (``to_dict()`` serialised; ``--format json``)
- ``sarif``: SARIF 2.1.0 for check reports (``check --format sarif``)
- ``github``: GitHub Actions annotations for check reports (``check --format github``)
- ``_tables``: what the text-like formats share - table primitives and each result's rows

**Adding a format is a one-file addition.** Create ``emitters/NAME.py`` defining::

    ACCEPTS = ("findings.Report",)  # the result types it writes (qualified names or classes)

    def emit(results: Sequence[object], *, rules: RuleSet | None = None) -> str:
        '''Write every result (the CLI passes all the files of one run) as one text.'''

The module name is the format name: :func:`formats` finds it without a registry, and the CLI
offers ``--format NAME`` on every command whose result type is in ``ACCEPTS``. Nothing else
changes. ``rules`` is the rule set the results came from (SARIF lists its check rules).

**Emitters sit below the results.** Result modules import emitters (inside their methods);
emitters import result classes only under ``TYPE_CHECKING``. So ``ACCEPTS`` and the per-type
functions name classes by their qualified name (``"findings.Report"``, relative to the
package), and :class:`._tables.ByType` picks the function by walking the argument's class MRO.

**Adding a result type** (a new ``Plan``, say): give it ``to_dict()`` for ``json``, add its rows
to ``_tables`` and one ``@render.register("_plan.Plan")`` function in each of ``text``,
``markdown`` and ``html``, and let its ``__str__``/``_repr_*_``/``to_markdown`` call :func:`render`.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._tables import accepts

if TYPE_CHECKING:
    from ..rules import RuleSet

__all__ = ["OneLineRepr", "Rendered", "emit", "emitter", "formats", "render"]


class OneLineRepr:
    """Mixin: ``repr(obj)`` is the object's one-line summary (``emitters/_repr.py``).

    attrs classes using it pass ``repr=False`` so attrs does not write its own.
    """

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Every result's public methods read their arguments as the built-in types they hold
        (``result.explain(a_str_subclass)``): a subclass whose ``__len__``, ``__hash__`` or
        ``__eq__`` raises or lies cannot run inside the library."""
        super().__init_subclass__(**kwargs)
        from .._validate import plain_subclass_methods

        plain_subclass_methods(cls)

    def __repr__(self) -> str:
        from ._repr import one_line

        return one_line(self)


class Rendered(OneLineRepr):
    """Mixin for a tabular result: ``str()`` is the text emitter's table, :meth:`to_markdown`
    and ``_repr_markdown_`` the Markdown emitter's, ``_repr_html_`` the HTML emitter's (the
    results keep their data; this is the one place that wires them to the emitters)."""

    __slots__ = ()

    def to_markdown(self) -> str:
        """This result as GitHub-flavoured Markdown (what ``--format markdown`` prints)."""
        from . import markdown

        return markdown.render(self)

    def __str__(self) -> str:
        from . import text

        return text.render(self)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def _repr_html_(self) -> str:
        from . import html

        return html.render(self)


def formats(result_type: type | None = None) -> tuple[str, ...]:
    """The format names, sorted; with ``result_type``, only those that write it."""
    import pkgutil

    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    if result_type is None:
        return tuple(names)
    return tuple(n for n in names if accepts(emitter(n).ACCEPTS, result_type))


def emitter(name: str) -> ModuleType:
    """The module of one format (``text``, ``markdown``, ``html``, ``json``, ``sarif``...)."""
    from ..errors import RequestError, shown

    if not isinstance(name, str) or name.startswith("_") or name not in formats():
        known = ", ".join(formats())
        raise RequestError(f"unknown output format {shown(name)}", suggestion=f"known: {known}")
    return importlib.import_module(f"{__name__}.{name}")


def emit(results: Sequence[object], format: str, *, rules: RuleSet | None = None) -> str:
    """Write results in one format (what the CLI prints for ``--format``)."""
    module = emitter(format)
    for result in results:
        if not accepts(module.ACCEPTS, type(result)):
            from ..errors import RequestError, shown

            raise RequestError(f"format {shown(format)} does not write {type(result).__name__}")
    text: str = module.emit(results, rules=rules)
    return text


def render(result: object, format: str) -> str:
    """One result in one of the document formats (``text``, ``markdown``, ``html``)."""
    text: str = emitter(format).render(result)
    return text
