"""Plain text: what ``str(result)`` returns and the CLI prints by default (``--format text``)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .._plan import Plan
from .._recommend import RecommendationResult
from .._substitute import SubstitutionResult
from ..catalog import Catalog
from ..findings import Report
from ..rules import RuleSet
from . import _tables as t

ACCEPTS = (RecommendationResult, Report, SubstitutionResult, Catalog, Plan)


@functools.singledispatch
def render(result: object) -> str:
    """One result as text."""
    raise TypeError(f"no text form for {type(result).__name__}")


@render.register
def _recommendations(result: RecommendationResult) -> str:
    lines = [f"Recommendations for {t.recommendation_title(result)}", ""]
    lines.append(
        t.text_table(t.RECOMMENDATION_HEADERS, t.recommendation_rows(result), wrap={2: 16, 5: 28, 6: 52})
    )
    roles = t.role_lines(result)
    if roles:
        lines += ["", "Top pick per role (and honest ties):"] + [f"  {line}" for line in roles]
    if result.excluded:
        lines += ["", "Not recommended:"]
        lines += [f"  - {e.exercise.name} [{e.rule}]: {e.reason}" for e in result.excluded]
    if result.notes:
        lines += ["", "Notes:"]
        lines += [f"  - {n}" for n in result.notes]
    lines += ["", "Explain one: result.explain('Romanian deadlift'); export: result.to_records()"]
    return "\n".join(lines)


@render.register
def _report(report: Report) -> str:
    lines = [t.report_title(report), ""]
    if report.findings:
        lines += [str(f) for f in report.findings]
    else:
        lines.append("No findings.")
    c = report.counts()
    lines += ["", f"{c['error']} error(s), {c['warning']} warning(s), {c['info']} info", ""]
    lines.append(t.text_table(t.SUMMARY_HEADERS, t.summary_rows(report)))
    if report.notes:
        lines += ["", "Notes:"] + [f"  - {n}" for n in report.notes]
    if report.input_issues:
        lines += ["", "Input:"] + [f"  - {i}" for i in report.input_issues]
    return "\n".join(lines)


@render.register
def _substitutions(result: SubstitutionResult) -> str:
    head = t.substitution_title(result) + (f" (goal {result.goal})" if result.goal else "")
    table = t.text_table(t.SUBSTITUTION_HEADERS, t.substitution_rows(result), wrap={3: 70})
    return f"{head}\n\n{table}"


@render.register
def _catalog(catalog: Catalog) -> str:
    return t.text_table(t.EXERCISE_HEADERS, t.exercise_rows(catalog))


@render.register
def _plan(plan: Plan) -> str:
    lines = [t.plan_title(plan), ""]
    lines.append(t.text_table(t.PLAN_HEADERS, t.plan_rows(plan), wrap={7: 56}))
    if plan.notes:
        lines += ["", "Notes:"] + [f"  - {n}" for n in plan.notes]
    lines += ["", "Check it: hr.check(plan); save it: plan.to_yaml(); why: plan.to_records()"]
    return "\n".join(lines)


def emit(results: Sequence[object], *, rules: RuleSet | None = None) -> str:
    """Several results, one after another with a blank line between."""
    return "\n\n".join(render(r) for r in results)
