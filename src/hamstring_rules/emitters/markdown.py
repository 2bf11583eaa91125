"""GitHub-flavoured Markdown: ``result.to_markdown()``, Jupyter's ``_repr_markdown_`` and
``--format markdown``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import _tables as t
from ._tables import ByType

if TYPE_CHECKING:
    from .._plan import Plan
    from .._recommend import RecommendationResult
    from .._substitute import SubstitutionResult
    from ..catalog import Catalog
    from ..exercises import Exercise
    from ..findings import Report
    from ..rules import RuleSet

ACCEPTS = (
    "_recommend.RecommendationResult",
    "findings.Report",
    "_substitute.SubstitutionResult",
    "catalog.Catalog",
    "exercises.Exercise",
    "_plan.Plan",
)


@ByType
def render(result: object) -> str:
    """One result as Markdown."""
    raise TypeError(f"no Markdown form for {type(result).__name__}")


@render.register("_recommend.RecommendationResult")
def _recommendations(result: RecommendationResult) -> str:
    parts = [
        f"**Recommendations for {t.md_text(t.recommendation_title(result))}**",
        "",
        t.markdown_table(t.RECOMMENDATION_HEADERS, t.recommendation_rows(result)),
    ]
    roles = t.role_lines(result)
    if roles:
        parts += ["", "**Top pick per role (and honest ties)**", ""] + [
            f"- {t.md_text(line)}" for line in roles
        ]
    if result.excluded:
        parts += ["", "**Not recommended**", ""]
        parts += [
            f"- {t.md_text(e.exercise.name)} ({t.md_code(e.rule)}, {e.kind}): {t.md_text(e.reason)}"
            for e in result.excluded
        ]
    if result.notes:
        parts += ["", "**Notes**", ""] + [f"- {t.md_text(n)}" for n in result.notes]
    return "\n".join(parts)


def _section(title: str, items: Sequence[str]) -> list[str]:
    """A bold title and one escaped list item per line (text from files and callers is inert)."""
    return ["", f"**{title}**", ""] + [f"- {t.md_text(item)}" for item in items] if items else []


@render.register("findings.Report")
def _report(report: Report) -> str:
    """What the text output shows - title with the as-of date, findings, weekly totals, notes,
    input issues (a log's unread rows, a week still in progress) and names read - as Markdown."""
    stage = t.report_stage(report)
    name = t.md_text(report.program)
    staged = ", " + t.md_text(stage) if stage else ""
    as_of = f", as of {t.md_text(report.as_of)}" if report.as_of else ""
    default = " (the default: no goal given)" if report.goal_assumed else ""
    parts = [
        f"**{name}**: goal {t.md_code(report.goal)}{default}{staged}{as_of}, ok = {report.ok}",
        "",
    ]
    if report.findings:
        parts.append(t.markdown_table(t.FINDING_HEADERS, t.finding_rows(report)))
    else:
        parts.append("No findings.")
    if report.rows_not_read:
        parts += ["", f"**{t.md_text(t.rows_lost(report))}**"]
    parts += ["", t.markdown_table(t.SUMMARY_HEADERS, t.summary_rows(report))]
    progress = t.progress_rows(report)
    if progress:
        title = f"**{t.md_text(t.progress_title(report))}**"
        parts += ["", title, "", t.markdown_table(t.PROGRESS_HEADERS, progress)]
    parts += _section("Notes", report.notes)
    parts += _section("Input", report.input_issues)
    parts += _section("Names read as", report.read_as)
    parts += _section("Out of scope (not counted)", report.out_of_scope)
    return "\n".join(parts)


@render.register("_substitute.SubstitutionResult")
def _substitutions(result: SubstitutionResult) -> str:
    parts = [
        f"**{t.md_text(t.substitution_title(result))}**",
        "",
        t.markdown_table(t.SUBSTITUTION_HEADERS, t.substitution_rows(result)),
    ]
    if result.notes:
        parts += ["", "**Notes**", ""] + [f"- {t.md_text(n)}" for n in result.notes]
    return "\n".join(parts)


@render.register("catalog.Catalog")
def _catalog(catalog: Catalog) -> str:
    return t.markdown_table(t.EXERCISE_HEADERS, t.exercise_rows(catalog))


@render.register("exercises.Exercise")
def _exercise(exercise: Exercise) -> str:
    rows = [[k, t.show(v)] for k, v in exercise.facts().items() if k not in ("name",)]
    return f"**{t.md_text(exercise.name)}**\n\n" + t.markdown_table(("attribute", "value"), rows)


@render.register("_plan.Plan")
def _plan(plan: Plan) -> str:
    parts = [f"**{t.md_text(t.plan_title(plan))}**", "", t.markdown_table(t.PLAN_HEADERS, t.plan_rows(plan))]
    if plan.notes:
        parts += ["", "**Notes**", ""] + [f"- {t.md_text(str(n))}" for n in plan.notes]
    return "\n".join(parts)


def emit(results: Sequence[object], *, rules: RuleSet | None = None) -> str:
    """Several results, one after another with a blank line between."""
    return "\n\n".join(render(r) for r in results)
