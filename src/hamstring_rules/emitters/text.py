"""Plain text: what ``str(result)`` returns and the CLI prints by default (``--format text``).

``str()`` uses the plain :data:`PLAIN` style: fixed layout, no colour, Python hints. The CLI
passes a :class:`Style` for its terminal: tables fit the width (cells wrap, low-value columns
go), ANSI colour, hints as commands, and ``--limit`` also caps the exclusions listed.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from ..errors import counted, one_line
from . import _tables as t
from ._tables import ByType

if TYPE_CHECKING:
    from .._fix import FixResult
    from .._plan import Plan
    from .._recommend import RecommendationResult
    from .._substitute import SubstitutionResult
    from ..catalog import Catalog
    from ..findings import Finding, FindingGroup, Report
    from ..rules import RuleSet

ACCEPTS = (
    "_recommend.RecommendationResult",
    "findings.Report",
    "_substitute.SubstitutionResult",
    "catalog.Catalog",
    "_plan.Plan",
    "_fix.FixResult",
)


@attrs.frozen
class Style:
    """How text is laid out: :data:`PLAIN` for ``str()``; the CLI describes its terminal."""

    width: int | None = None
    """Fit tables and lines to this many columns (``None``: the fixed layout)."""
    color: bool = False
    """ANSI colours (severities, titles)."""
    cli: bool = False
    """Hints as ``hamstring-rules`` commands instead of Python calls."""
    listed: int | None = None
    """List at most this many exclusions, then "... and N more"."""


PLAIN = Style()

_BOLD, _DIM, _RED, _YELLOW, _CYAN = "1", "2", "31", "33", "36"
_SEVERITY_COLOR = {"error": _RED, "warning": _YELLOW, "info": _CYAN}


def paint(text: str, style: Style, *codes: str) -> str:
    """``text`` in ANSI colour when the style has colour (SGR codes such as ``"1"``, ``"31"``)."""
    if not style.color or not codes or not text:
        return text
    return f"\x1b[{';'.join(codes)}m{text}\x1b[0m"


def _fill(text: str, style: Style, first: str = "", rest: str = "    ") -> list[str]:
    """One item on one line, or wrapped to the style's width with a hanging indent. A line
    break or control character inside the item (a name from a file) is written escaped: an
    item is never more than its own line."""
    if not text.isprintable():
        text = one_line(text, len(text))
    if style.width is None:
        return [first + text]
    return textwrap.wrap(text, style.width, initial_indent=first, subsequent_indent=rest) or [first]


def _table(table: str, style: Style) -> str:
    """Dim the table's rule line."""
    return "\n".join(
        paint(line, style, _DIM) if line and set(line) <= {"-", " "} else line for line in table.splitlines()
    )


def _title(text: str, style: Style) -> list[str]:
    return [paint(line, style, _BOLD) for line in _fill(text, style, rest="  ")]


def _section(title: str, items: Sequence[str], style: Style) -> list[str]:
    lines = ["", paint(title, style, _BOLD)]
    for item in items:
        lines += _fill(item, style, "  - ")
    return lines


@ByType
def render(result: object, style: Style = PLAIN) -> str:
    """One result as text."""
    raise TypeError(f"no text form for {type(result).__name__}")


@render.register("_recommend.RecommendationResult")
def _recommendations(result: RecommendationResult, style: Style = PLAIN) -> str:
    lines = [*_title(f"Recommendations for {t.recommendation_title(result)}", style), ""]
    rows = t.recommendation_rows(result)
    fixed = {2: 16, 5: 28, 6: 52} if style.width is None else None
    # narrow terminals lose placement, role, then score (the why column is the point)
    table = t.text_table(t.RECOMMENDATION_HEADERS, rows, wrap=fixed, width=style.width, drop=(5, 2, 3))
    lines.append(_table(table, style))
    roles = t.role_lines(result)
    if roles:
        lines += ["", paint("Top pick per role (and honest ties):", style, _BOLD)]
        for line in roles:
            lines += _fill(line, style, "  ")
    if result.excluded:
        shown = result.excluded if style.listed is None else result.excluded[: style.listed]
        lines += _section(
            "Not recommended:", [f"{e.exercise.name} [{e.rule}, {e.kind}]: {e.reason}" for e in shown], style
        )
        if len(shown) < len(result.excluded):
            more = len(result.excluded) - len(shown)
            where = "--format json lists them all" if style.cli else "result.excluded has them all"
            lines.append(f"  ... and {more} more ({where})")
    if result.notes:
        lines += _section("Notes:", result.notes, style)
    if style.cli:
        top = result.recommendations[0].exercise.name if result.recommendations else "Romanian deadlift"
        hint = f"Explain one: hamstring-rules explain '{top}'; every field: --format json"
    else:
        hint = "Explain one: result.explain('Romanian deadlift'); export: result.to_records()"
    lines += ["", *_fill(hint, style, rest="  ")]
    return "\n".join(lines)


def finding_lines(finding: Finding | FindingGroup, style: Style = PLAIN) -> list[str]:
    """``HR001 [error] where: message (suggestion)``, wrapped and coloured by the style."""
    lines = _fill(t.finding_line(finding), style, rest="      ")
    head = f"{finding.code} [{finding.severity}]"
    if style.color and lines[0].startswith(head):
        tag = paint(f"[{finding.severity}]", style, _SEVERITY_COLOR[finding.severity])
        lines[0] = f"{paint(finding.code, style, _BOLD)} {tag}{lines[0][len(head) :]}"
    return lines


def counts_line(counts: dict[str, int], style: Style = PLAIN) -> str:
    """``1 error, 5 warnings, 0 info``, each number coloured by its severity when non-zero."""
    parts = t.counts_parts(counts)
    return ", ".join(
        paint(p, style, _SEVERITY_COLOR[sev], _BOLD) if counts[sev] else p
        for p, sev in zip(parts, ("error", "warning", "info"), strict=True)
    )


@render.register("findings.Report")
def _report(report: Report, style: Style = PLAIN) -> str:
    lines = [*_title(t.report_title(report), style), ""]
    if report.findings:
        for f in report.by_importance():
            lines += finding_lines(f, style)
    else:
        lines.append(paint("No findings.", style, "32"))
    lost = t.rows_lost(report)
    counts = counts_line(report.counts(), style) + (f"; {paint(lost, style, '33')}" if lost else "")
    lines += ["", counts, ""]
    # narrow terminals lose the gap list, out-of-scope sets, then the shortest gap
    lines.append(
        _table(
            t.text_table(t.SUMMARY_HEADERS, t.summary_rows(report), width=style.width, drop=(8, 9, 7)), style
        )
    )
    progress = t.progress_rows(report)
    if progress:  # narrow terminals lose the sets, then the tonnage
        table = t.text_table(t.PROGRESS_HEADERS, progress, width=style.width, drop=(2, 5))
        lines += ["", *_title(t.progress_title(report) + ":", style), _table(table, style)]
    if report.notes:
        lines += _section("Notes:", report.notes, style)
    if report.input_issues:
        lines += _section("Input:", report.input_issues, style)
    if report.read_as:
        lines += _section("Names read as:", report.read_as, style)
    if report.out_of_scope:  # upper-body and other work: in no check, so said (not only in JSON)
        lines += _section("Out of scope (not counted):", report.out_of_scope, style)
    return "\n".join(lines)


@render.register("_substitute.SubstitutionResult")
def _substitutions(result: SubstitutionResult, style: Style = PLAIN) -> str:
    head = t.substitution_title(result)
    fixed = {3: 70} if style.width is None else None
    table = t.text_table(t.SUBSTITUTION_HEADERS, t.substitution_rows(result), wrap=fixed, width=style.width)
    lines = ["\n".join(_title(head, style)) + f"\n\n{_table(table, style)}"]
    if result.notes:
        lines += _section("Notes:", result.notes, style)
    return "\n".join(lines)


@render.register("catalog.Catalog")
def _catalog(catalog: Catalog, style: Style = PLAIN) -> str:
    # narrow terminals lose laterality, hip flexion, then knee
    table = t.text_table(t.EXERCISE_HEADERS, t.exercise_rows(catalog), width=style.width, drop=(7, 4, 3))
    return _table(table, style)


@render.register("_plan.Plan")
def _plan(plan: Plan, style: Style = PLAIN) -> str:
    lines = [*_title(t.plan_title(plan), style), ""]
    fixed = {7: 56} if style.width is None else None
    # narrow terminals lose the role, then the week
    table = t.text_table(t.PLAN_HEADERS, t.plan_rows(plan), wrap=fixed, width=style.width, drop=(5, 0))
    lines.append(_table(table, style))
    if plan.notes:
        lines += _section("Notes:", [str(n) for n in plan.notes], style)
    if style.cli:
        hint = (
            "Check it: hamstring-rules plan ... | hamstring-rules check -; save it: --format yaml > plan.yaml"
        )
    else:
        hint = "Check it: hr.check(plan); save it: plan.to_yaml(); why: plan.to_records()"
    lines += ["", *_fill(hint, style, rest="  ")]
    return "\n".join(lines)


@render.register("_fix.FixResult")
def _fixes(result: FixResult, style: Style = PLAIN) -> str:
    lines = [f"{counted(len(result.fixes), 'fix', 'fixes')} applied to {result.program.name}"]
    lines += [f"  - [{f.applicability}] {f.title}" for f in result.fixes]
    lines.append(f"left: {', '.join(t.counts_parts(result.report.counts()))}")
    for finding, why in result.why_skipped:  # a fix dropped, an error left: why (as check --fix says)
        where = one_line(str(finding.location))
        lines.append(f"  - not fixed: {finding.code} at {where}: {one_line(why, 300)}")
    if result.remaining_unsafe:
        more = counted(result.remaining_unsafe, "more fix", "more fixes")
        lines.append(f"{more} available with unsafe=True (--unsafe-fixes)")
    return "\n".join(lines)


def emit(results: Sequence[object], *, rules: RuleSet | None = None, style: Style = PLAIN) -> str:
    """Several results, one after another with a blank line between."""
    return "\n\n".join(render(r, style) for r in results)
