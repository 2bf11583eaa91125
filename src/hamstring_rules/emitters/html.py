"""HTML for notebooks: Jupyter's ``_repr_html_`` (every cell escaped)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import counted
from . import _tables as t
from ._tables import ByType

if TYPE_CHECKING:
    from .._fix import FixResult
    from .._plan import Plan
    from .._recommend import Exclusion, Exclusions, RecommendationResult
    from .._substitute import SubstitutionResult
    from ..catalog import Catalog
    from ..findings import Finding, Report, WeekSummaries, WeekSummary
    from ..logs import WorkoutLog
    from ..rules import RuleSet

ACCEPTS = (
    "_recommend.RecommendationResult",
    "findings.Report",
    "_substitute.SubstitutionResult",
    "catalog.Catalog",
    "_plan.Plan",
    "_recommend.Exclusions",
    "findings.WeekSummaries",
    "logs.WorkoutLog",
    "_fix.FixResult",
)

#: Rows shown before the rest of a long ranking folds into a details element.
SHOWN_ROWS = 10
SEVERITY_COLOURS = {"error": "#b00020", "warning": "#a15c00", "info": "#35608a"}


@ByType
def render(result: object) -> str:
    """One result as an HTML fragment."""
    raise TypeError(f"no HTML form for {type(result).__name__}")


def _chip(text: str, title: str, colour: str = "#35608a") -> str:
    """A compact label whose details show on hover (``title``)."""
    return (
        f"<span title='{t.html_text(title, quote=True)}' "
        f"style='white-space:nowrap;color:{colour};border-bottom:1px dotted'>{t.html_text(text)}</span>"
    )


def _small(text: str) -> str:
    return f"<br><small style='color:#666'>{t.html_text(text)}</small>" if text else ""


def _folded(summary: str, body: str, *, open_: bool = False) -> str:
    state = " open" if open_ else ""
    return f"<details{state}><summary>{summary}</summary>{body}</details>"


def _exclusion_table(excluded: Sequence[Exclusion]) -> str:
    rows = [
        [
            t.html_text(e.exercise.name),
            _chip(e.rule, e.source or e.rule),
            t.html_text(e.kind),
            t.html_text(e.reason),
        ]
        for e in excluded
    ]
    return t.html_table(("exercise", "rule", "kind", "reason"), rows, raw_columns=(0, 1, 2, 3))


@render.register("_recommend.RecommendationResult")
def _recommendations(result: RecommendationResult) -> str:
    rows = []
    roles = {role.id: role.name for role in result.goal.roles}
    for r in result.recommendations:
        chips = [
            _chip(f"{x.symbol} {x.effect.describe()}", f"{x.id}: {x.rationale} [{x.source}]")
            for x in r.rules
            if x.effect.kind == "score"
        ]
        p = r.prescription
        detail = "; ".join(part for part in (f"RIR {p.rir}" if p.rir else "", p.placement) if part)
        rows.append(
            [
                str(r.rank),
                t.html_text(r.exercise.name),
                t.html_text(roles.get(r.role, "-") if r.role else "-"),
                t.number(r.score),
                t.html_text(p.short()) + _small(detail),
                ", ".join(chips) or "<small>no scoring rule fired</small>",
            ]
        )
    headers = ("#", "exercise", "role", "score", "prescription", "why (hover for the rationale)")
    out = [
        f"<p><b>Recommendations for {t.html_text(t.recommendation_title(result))}</b></p>",
        t.html_table(headers, rows[:SHOWN_ROWS], raw_columns=(1, 2, 4, 5)),
    ]
    if len(rows) > SHOWN_ROWS:
        rest = t.html_table(headers, rows[SHOWN_ROWS:], raw_columns=(1, 2, 4, 5))
        out.append(_folded(f"{len(rows) - SHOWN_ROWS} more (ranks {SHOWN_ROWS + 1}-{len(rows)})", rest))
    role_lines = t.role_lines(result)
    if role_lines:
        out.append("<p><b>Top pick per role (and honest ties)</b></p>" + t.html_list(role_lines))
    if result.excluded:
        out.append(
            _folded(f"<b>Not recommended</b> ({len(result.excluded)})", _exclusion_table(result.excluded))
        )
    if result.notes:
        out.append("<p><b>Notes</b></p>" + t.html_list(list(result.notes)))
    return "\n".join(out)


@render.register("_recommend.Exclusions")
def _exclusions(excluded: Exclusions) -> str:
    return f"<p><b>Not recommended</b> ({len(excluded)})</p>" + _exclusion_table(excluded)


def _weeks_table(weeks: Sequence[WeekSummary]) -> str:
    return t.html_table(t.SUMMARY_HEADERS, t.summary_rows_of(weeks))


@render.register("findings.Report")
def _report(report: Report) -> str:
    rows = [
        [
            _chip(f.code, f"{f.symbol}: {f.rule} [{f.source}]", SEVERITY_COLOURS[f.severity]),
            t.html_text(f.severity),
            t.html_text(t.where(f)),
            t.html_text(t.message(f)) + _small(f.suggestion),
        ]
        for f in report.by_importance()
    ]
    goal = t.html_text(report.goal)
    stage = t.report_stage(report)
    staged = f", {t.html_text(stage)}" if stage else ""
    as_of = f", as of {t.html_text(report.as_of)}" if report.as_of else ""
    name = t.html_text(report.program)
    default = " (the default: no goal given)" if report.goal_assumed else ""
    head = f"<p><b>{name}</b>: goal <code>{goal}</code>{default}{staged}{as_of}, ok = {report.ok}</p>"
    table = (
        t.html_table(("code", "severity", "where", "message"), rows, raw_columns=(0, 1, 2, 3))
        if rows
        else "<p>No findings.</p>"
    )
    weeks = _weeks_table(report.weeks)
    if len(report.weeks) > 4:
        weeks = _folded(f"<b>Weekly totals</b> ({len(report.weeks)} weeks)", weeks)
    lost = t.rows_lost(report)
    out = [head, table, *([f"<p><b>{t.html_text(lost)}</b></p>"] if lost else []), weeks]
    progress = t.progress_rows(report)
    if progress:
        out.append(f"<p><b>{t.html_text(t.progress_title(report))}</b></p>")
        out.append(t.html_table(t.PROGRESS_HEADERS, progress))
    if report.notes:
        out.append("<p><b>Notes</b></p>" + t.html_list(list(report.notes)))
    if report.input_issues:
        out.append("<p><b>Input</b></p>" + t.html_list(list(report.input_issues)))
    return "".join(out)


@render.register("findings.WeekSummaries")
def _weeks(weeks: WeekSummaries) -> str:
    return _weeks_table(weeks)


@render.register("logs.WorkoutLog")
def _log(log: WorkoutLog) -> str:
    rows = [
        [
            w.start.strftime("%Y-%m-%d") if w.date_only else w.start.strftime("%Y-%m-%d %H:%M"),
            w.iso_week,
            w.title,
            str(len(w.exercises)),
            str(sum(e.hard_sets for e in w.exercises)),
        ]
        for w in log.workouts
    ]
    head = (
        f"<p><b>Workout log</b> ({t.html_text(log.format)}, {t.html_text(log.unit)}): "
        f"{len(log.workouts)} workouts, {log.rows} rows, {log.skipped_rows} skipped</p>"
    )
    table = t.html_table(("start", "ISO week", "workout", "exercises", "hard sets"), rows)
    if len(rows) > 12:
        table = _folded(f"{len(rows)} workouts", table)
    issues = (
        _folded(f"{len(log.issues)} rows not read", t.html_list([str(i) for i in log.issues]))
        if log.issues
        else ""
    )
    return head + table + issues


@render.register("_substitute.SubstitutionResult")
def _substitutions(result: SubstitutionResult) -> str:
    out = f"<p><b>{t.html_text(t.substitution_title(result))}</b></p>" + t.html_table(
        t.SUBSTITUTION_HEADERS, t.substitution_rows(result)
    )
    if result.notes:
        out += "<p><b>Notes</b></p>" + t.html_list(list(result.notes))
    return out


@render.register("catalog.Catalog")
def _catalog(catalog: Catalog) -> str:
    return t.html_table(t.EXERCISE_HEADERS, t.exercise_rows(catalog))


@render.register("_plan.Plan")
def _plan(plan: Plan) -> str:
    out = [
        f"<p><b>{t.html_text(t.plan_title(plan))}</b></p>",
        t.html_table(t.PLAN_HEADERS, t.plan_rows(plan)),
    ]
    if plan.notes:
        out.append("<p><b>Notes</b></p>" + t.html_list([str(n) for n in plan.notes]))
    return "\n".join(out)


def _counts(report: Report) -> str:
    return ", ".join(t.counts_parts(report.counts()))


def _finding_cells(f: Finding | None) -> list[str]:
    """A finding's code (coloured by severity, its rule on hover) and where it was."""
    if f is None:
        return ["-", "-"]
    return [
        _chip(f.code, f"{f.symbol} ({f.severity}): {f.message}", SEVERITY_COLOURS[f.severity]),
        t.html_text(str(f.location)),
    ]


@render.register("_fix.FixResult")
def _fix_result(result: FixResult) -> str:
    name = t.html_text(result.program.name)
    head = (
        f"<p><b>{name}</b>: {counted(len(result.fixes), 'fix', 'fixes')} applied in "
        f"{counted(len(result.steps), 'step')}; "
        f"findings before: {_counts(result.before)}; after: {_counts(result.report)}; "
        f"ok = {result.report.ok}</p>"
    )
    fixed: Sequence[Finding | None] = (
        result.fixed if len(result.fixed) == len(result.fixes) else [None] * len(result.fixes)
    )
    brought = result.brought if len(result.brought) == len(result.steps) else [()] * len(result.steps)
    rows, n = [], 0
    for number, (step, new) in enumerate(zip(result.steps, brought, strict=True), start=1):
        for k, applied in enumerate(step):
            finding = fixed[n]
            n += 1
            rows.append(
                [
                    str(number) if k == 0 else f"{number} (follow-up)",
                    *_finding_cells(finding),
                    t.html_text(applied.title) + _small(applied.reason),
                    t.html_text(applied.applicability),
                    ", ".join(_finding_cells(f)[0] for f in new) if k == 0 and new else "",
                ]
            )
    out = [head]
    if rows:
        headers = ("step", "fixed", "where", "fix", "applicability", "brought (less severe)")
        out.append(t.html_table(headers, rows, raw_columns=(1, 2, 3, 5)))
    else:
        out.append("<p>No fix applied.</p>")
    if result.skipped:
        why = dict(enumerate(result.why_skipped))
        skipped = [
            [
                *_finding_cells(why[i][0] if i in why else None),
                t.html_text(s.title),
                t.html_text(why[i][1] if i in why else "-"),
            ]
            for i, s in enumerate(result.skipped)
        ]
        table = t.html_table(
            ("finding", "where", "fix", "why it was not applied"), skipped, raw_columns=(0, 1, 2, 3)
        )
        out.append(f"<p><b>Skipped</b> ({len(skipped)})</p>" + table)
    if result.remaining_unsafe:
        out.append(
            f"<p>{counted(result.remaining_unsafe, 'more fix', 'more fixes')} available with "
            "<code>unsafe=True</code> "
            "(<code>--unsafe-fixes</code>)</p>"
        )
    if result.report.findings:
        out.append(_folded(f"<b>Findings left</b> ({len(result.report.findings)})", _report(result.report)))
    return "".join(out)


def emit(results: Sequence[object], *, rules: RuleSet | None = None) -> str:
    """Several results, one after another."""
    return "\n".join(render(r) for r in results)
