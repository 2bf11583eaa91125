"""Plain-text, Markdown and HTML tables for results (no third-party dependency)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence


def text_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, wrap: dict[int, int] | None = None
) -> str:
    """A fixed-width table; columns listed in ``wrap`` are wrapped at the given width."""
    wrap = wrap or {}
    cells: list[list[list[str]]] = []
    for raw in [list(headers), *[list(r) for r in rows]]:
        cells.append([(textwrap.wrap(c, wrap[i]) or [""]) if i in wrap else [c] for i, c in enumerate(raw)])
    widths = [max(len(line) for cell_row in cells for line in cell_row[i]) for i in range(len(headers))]
    out = []
    for n, cell_row in enumerate(cells):
        height = max(len(c) for c in cell_row)
        for k in range(height):
            parts = [(c[k] if k < len(c) else "").ljust(widths[i]) for i, c in enumerate(cell_row)]
            out.append("  ".join(parts).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured Markdown table."""
    lines = ["| " + " | ".join(_md_cell(h) for h in headers) + " |"]
    lines.append("|" + "|".join("---" for _ in headers) + "|")
    lines.extend("| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows)
    return "\n".join(lines)


def _escape(text: str) -> str:
    import html  # only when a notebook asks for HTML

    return html.escape(text)


def html_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, raw_columns: Sequence[int] = ()
) -> str:
    """An HTML table; cells are escaped except in ``raw_columns`` (already-escaped HTML)."""
    head = "".join(f"<th style='text-align:left'>{_escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        tds = "".join(
            f"<td style='text-align:left;vertical-align:top'>{c if i in raw_columns else _escape(c)}</td>"
            for i, c in enumerate(row)
        )
        body.append(f"<tr>{tds}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def html_list(items: Sequence[str]) -> str:
    """An escaped ``<ul>``."""
    if not items:
        return ""
    return "<ul>" + "".join(f"<li>{_escape(i)}</li>" for i in items) + "</ul>"


def number(value: float) -> str:
    """``60`` for 60.0, ``2.5`` for 2.5."""
    return f"{value:g}"
