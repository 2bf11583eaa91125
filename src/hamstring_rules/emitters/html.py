"""HTML for notebooks: Jupyter's ``_repr_html_`` (every cell escaped)."""

from __future__ import annotations

import functools
import html
from collections.abc import Sequence

from .._plan import Plan
from .._recommend import RecommendationResult
from .._substitute import SubstitutionResult
from ..catalog import Catalog
from ..findings import Report
from ..rules import RuleSet
from . import _tables as t

ACCEPTS = (RecommendationResult, Report, SubstitutionResult, Catalog, Plan)

SEVERITY_COLOURS = {"error": "#b00020", "warning": "#a15c00", "info": "#35608a"}


@functools.singledispatch
def render(result: object) -> str:
    """One result as an HTML fragment."""
    raise TypeError(f"no HTML form for {type(result).__name__}")


@render.register
def _recommendations(result: RecommendationResult) -> str:
    rows = []
    roles = {role.id: role.name for role in result.goal.roles}
    for r in result.recommendations:
        reasons = t.html_list(
            [
                f"{x.id} {x.symbol} {x.effect.describe()}: {x.rationale} [{x.source}]"
                for x in r.rules
                if x.effect.kind == "score"
            ]
        )
        rows.append(
            [
                str(r.rank),
                html.escape(r.exercise.name),
                html.escape(roles.get(r.role, "-") if r.role else "-"),
                t.number(r.score),
                html.escape(str(r.prescription)),
                reasons,
            ]
        )
    out = [
        f"<p><b>Recommendations for {html.escape(t.recommendation_title(result))}</b></p>",
        t.html_table(
            ("#", "exercise", "role", "score", "prescription", "why"), rows, raw_columns=(1, 2, 4, 5)
        ),
    ]
    role_lines = t.role_lines(result)
    if role_lines:
        out.append("<p><b>Top pick per role (and honest ties)</b></p>" + t.html_list(role_lines))
    if result.excluded:
        out.append("<p><b>Not recommended</b></p>")
        out.append(t.html_list([f"{e.exercise.name} [{e.rule}]: {e.reason}" for e in result.excluded]))
    if result.notes:
        out.append("<p><b>Notes</b></p>" + t.html_list(list(result.notes)))
    return "\n".join(out)


@render.register
def _report(report: Report) -> str:
    rows = [
        [
            f"<span style='color:{SEVERITY_COLOURS[f.severity]}'>{html.escape(f.code)}</span>",
            html.escape(f.severity),
            html.escape(str(f.location)),
            html.escape(f.message),
            html.escape(f.suggestion),
        ]
        for f in report.findings
    ]
    goal = html.escape(report.goal)
    stage = t.report_stage(report)
    staged = f", {html.escape(stage)}" if stage else ""
    head = f"<p><b>{html.escape(report.program)}</b>: goal <code>{goal}</code>{staged}, ok = {report.ok}</p>"
    table = (
        t.html_table(t.FINDING_HEADERS, rows, raw_columns=(0, 1, 2, 3, 4)) if rows else "<p>No findings.</p>"
    )
    return head + table + t.html_table(t.SUMMARY_HEADERS, t.summary_rows(report))


@render.register
def _substitutions(result: SubstitutionResult) -> str:
    return f"<p><b>{html.escape(t.substitution_title(result))}</b></p>" + t.html_table(
        t.SUBSTITUTION_HEADERS, t.substitution_rows(result)
    )


@render.register
def _catalog(catalog: Catalog) -> str:
    return t.html_table(t.EXERCISE_HEADERS, t.exercise_rows(catalog))


@render.register
def _plan(plan: Plan) -> str:
    out = [
        f"<p><b>{html.escape(t.plan_title(plan))}</b></p>",
        t.html_table(t.PLAN_HEADERS, t.plan_rows(plan)),
    ]
    if plan.notes:
        out.append("<p><b>Notes</b></p>" + t.html_list([str(n) for n in plan.notes]))
    return "\n".join(out)


def emit(results: Sequence[object], *, rules: RuleSet | None = None) -> str:
    """Several results, one after another."""
    return "\n".join(render(r) for r in results)
