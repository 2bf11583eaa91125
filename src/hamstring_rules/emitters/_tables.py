"""What the text, Markdown and HTML emitters share: table primitives and each result's rows.

A result's rows (which columns, in which order, how a number is written) are defined here once,
so every format shows the same table; each emitter only decides the markup around them.
Also the dispatch by class name (:class:`ByType`) that keeps emitters from importing results.
No third-party dependency.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from ..errors import counted, one_line

if TYPE_CHECKING:
    from .._plan import Plan
    from .._recommend import RecommendationResult
    from .._substitute import SubstitutionResult
    from ..catalog import Catalog
    from ..exercises import Exercise
    from ..findings import Finding, FindingGroup, Report, WeekSummary


_PACKAGE = __name__.split(".")[0]
_R = TypeVar("_R")
_F = TypeVar("_F", bound=Callable[..., Any])


def qualified_name(cls: type) -> str:
    """``findings.Report`` for the package's classes (relative to the package), else ``module.Name``."""
    module = cls.__module__
    if module.startswith(_PACKAGE + "."):
        module = module[len(_PACKAGE) + 1 :]
    return f"{module}.{cls.__qualname__}"


def accepts(accepted: Sequence[type | str], cls: type) -> bool:
    """Whether ``cls`` is (a subclass of) one of ``accepted``: classes or :func:`qualified_name` strings."""
    names = {qualified_name(c) for c in cls.__mro__}
    return any(a in names if isinstance(a, str) else issubclass(cls, a) for a in accepted)


class ByType(Generic[_R]):
    """A function chosen by its first argument's class, registered under the class's qualified name.

    What ``functools.singledispatch`` does, without importing the classes: an emitter registers
    ``@render.register("findings.Report")`` and never imports ``findings`` at run time.
    """

    def __init__(self, default: Callable[..., _R]) -> None:
        self._default = default
        self._by_name: dict[str, Callable[..., _R]] = {}
        self.__doc__ = default.__doc__

    def register(self, name: str) -> Callable[[_F], _F]:
        """Register the decorated function for the class named ``name`` (and its subclasses)."""

        def add(function: _F) -> _F:
            self._by_name[name] = function
            return function

        return add

    @property
    def names(self) -> tuple[str, ...]:
        """The registered class names."""
        return tuple(self._by_name)

    def __call__(self, obj: object, *args: Any, **kwargs: Any) -> _R:
        for cls in type(obj).__mro__:
            function = self._by_name.get(qualified_name(cls))
            if function is not None:
                return function(obj, *args, **kwargs)
        return self._default(obj, *args, **kwargs)


def text_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    wrap: dict[int, int] | None = None,
    width: int | None = None,
    drop: Sequence[int] = (),
) -> str:
    """A fixed-width table; columns listed in ``wrap`` are wrapped at the given width.

    With ``width`` (a terminal's columns) the table fits it instead: the widest columns wrap
    within their cells first, down to a readable minimum; if that is not enough, the columns in
    ``drop`` are left out, in that order (the least useful first).
    """
    if width is not None:
        keep, fitted = _layout(headers, rows, width, drop)
        wrap = dict(enumerate(fitted))
        headers = [headers[i] for i in keep]
        rows = [[row[i] for i in keep] for row in rows]
    wrap = wrap or {}
    cells: list[list[list[str]]] = [
        [header_lines(h, wrap[i]) if i in wrap else [h] for i, h in enumerate(headers)]
    ]
    for raw in [[c if c.isprintable() else one_line(c, len(c)) for c in r] for r in rows]:
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


# A header's pieces: words, each cut after a slash or hyphen (``proximal/`` ``distal/`` ``whole``).
_HEADER_PIECE = re.compile(r"[^\s/-]*[/-]+|[^\s/-]+")


def header_lines(text: str, width: int) -> list[str]:
    """A column header wrapped to ``width``: broken between words or after a slash or hyphen
    (``proximal/`` ``distal/whole``), never inside a word unless the word alone is wider."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        for k, piece in enumerate(_HEADER_PIECE.findall(word)):
            joined = line + (" " if line and k == 0 else "") + piece
            if len(joined) <= width:
                line = joined
                continue
            if line:
                lines.append(line)
            while len(piece) > width:  # a piece wider than the column: cut, as a last resort
                lines.append(piece[:width])
                piece = piece[width:]
            line = piece
    return [*lines, line] if line or not lines else lines


def _natural(headers: Sequence[str], rows: Sequence[Sequence[str]], column: int) -> int:
    return max(len(text) for text in [headers[column], *(row[column] for row in rows)])


def _minimum(headers: Sequence[str], rows: Sequence[Sequence[str]], column: int, comfortable: bool) -> int:
    """How narrow a column may get. Comfortable: no word broken and text cells at least 20
    wide; otherwise: its longest word within 8-14 (longer words break)."""
    words = [
        *_HEADER_PIECE.findall(headers[column]),
        *(w for row in rows for w in re.split(r"\s+|(?<=-)", row[column])),
    ]
    word = max(len(w) for w in words)
    cell = max((len(row[column]) for row in rows), default=0)
    least = max(word, min(20, cell)) if comfortable else max(8, min(word, 14))
    return min(_natural(headers, rows, column), least)


def _layout(
    headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, drop: Sequence[int]
) -> tuple[list[int], list[int]]:
    """The columns kept and their widths: comfortable cells with as few columns dropped as
    possible, else the narrowest cells with all of ``drop`` dropped."""
    everything = list(range(len(headers)))
    attempts = [[i for i in everything if i not in drop[:n]] for n in range(len(drop) + 1)]
    plans = [(keep, True) for keep in attempts] + [(attempts[-1], False)]
    for keep, comfortable in plans:
        minimum = [_minimum(headers, rows, i, comfortable) for i in keep]
        gaps = 2 * (len(keep) - 1)
        if comfortable and sum(minimum) + gaps > width:
            continue
        widths = [_natural(headers, rows, i) for i in keep]
        excess = sum(widths) + gaps - width
        while excess > 0 and any(w > m for w, m in zip(widths, minimum, strict=True)):
            # narrow the widest column that can still give a character
            i = max((j for j in range(len(keep)) if widths[j] > minimum[j]), key=lambda j: widths[j])
            widths[i] -= 1
            excess -= 1
        return keep, widths
    raise AssertionError("unreachable")  # pragma: no cover - the last plan always returns


# What can start Markdown markup inside a line (CommonMark and GitHub's tables, strikethrough;
# ``$`` is Jupyter's maths; ``&`` only where it starts an entity): each is backslash-escaped,
# which CommonMark allows for any ASCII punctuation. ``_`` inside a word cannot emphasise, so
# ``romanian_deadlift`` stays readable.
_MD_INLINE = re.compile(r"[\\`*\[\]<~|$]|&(?=#?\w+;)|(?<![^\W_])_|_(?![^\W_])")
# ...and what starts a block at the start of a line (a list item's text is one): a heading,
# quote, list marker or setext underline. An ordered list's marker is digits, ``.`` or ``)``
# and a space (or the end): ``0.99`` and ``3)x`` start none and stay as written.
_MD_BLOCK = re.compile(r"[#>+=-]|\d+(?=[.)](?:\s|$))")


def md_text(text: str) -> str:
    """Text from a file or a caller (a name, a message) as inert Markdown on one line: escaped
    onto one line, and every character that could start markup - emphasis, code, a link, an
    image, raw HTML such as ``<script>``, a table cell break, a heading or list - escaped, so a
    Markdown or notebook renderer shows the text as written and runs nothing."""
    text = _MD_INLINE.sub(r"\\\g<0>", one_line(text, len(text)).strip())
    block = _MD_BLOCK.match(text)
    if block is None:
        return text
    end = block.end()
    return text[:end] + "\\" + text[end:] if text[:1].isdigit() else "\\" + text


def md_code(text: str) -> str:
    """An id (a goal, a rule code) as a code span; one that is not a plain id as :func:`md_text`
    (a backtick would end the span, and escapes do not work inside one)."""
    return f"`{text}`" if re.fullmatch(r"[\w.-]{1,80}", text, re.ASCII) else md_text(text)


def _md_cell(text: str) -> str:
    """A table cell: each line as :func:`md_text` writes it, lines joined by ``<br>``."""
    return "<br>".join(md_text(part) for part in text.split("\n"))


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured Markdown table."""
    cells: dict[str, str] = {}  # a long report repeats its codes, severities and messages

    def cell(text: str) -> str:
        found = cells.get(text)
        if found is None:
            found = cells[text] = _md_cell(text)
        return found

    lines = ["| " + " | ".join(cell(h) for h in headers) + " |"]
    lines.append("|" + "|".join("---" for _ in headers) + "|")
    lines.extend("| " + " | ".join(cell(c) for c in row) + " |" for row in rows)
    return "\n".join(lines)


def html_text(text: str, quote: bool = True) -> str:
    """Text from a file or a caller as inert HTML on one line: escaped, and every character that
    is not printable (a control, a line separator, a bidirectional override that would make the
    rest of the line read backwards, a zero-width joiner) shown as an escape, as the text and
    Markdown outputs show it."""
    import html  # only when a notebook asks for HTML

    return html.escape(one_line(text, len(text)), quote)


_escape = html_text


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


def counts_parts(counts: dict[str, int]) -> list[str]:
    """``["1 error", "5 warnings", "0 info"]``: a report's counts by severity."""
    errors, warnings = counted(counts["error"], "error"), counted(counts["warning"], "warning")
    return [errors, warnings, f"{counts['info']} info"]


def rows_lost(report: Report) -> str:
    """``3 log rows not read (see Input): the checks saw the rest`` for a log that lost rows
    (:attr:`Report.rows_not_read`), else ``""``: no summary calls such a log a clean pass."""
    n = report.rows_not_read
    return f"{counted(n, 'log row')} not read (see Input): the checks saw the rest" if n else ""


def number(value: float) -> str:
    """``60`` for 60.0, ``2.5`` for 2.5."""
    return f"{value:g}"


# -- each result's rows ------------------------------------------------------------------------

RECOMMENDATION_HEADERS = (
    "#",
    "exercise",
    "role",
    "score",
    "prescription",
    "placement",
    "why (rules that fired)",
)


def stage_text(stage: int, assumed: bool, requested: int | None, stepped_back: bool) -> str:
    """``stage 1 (assumed)``, ``stage 2 (stepped back from 3: pain above the limit)``."""
    notes = []
    if stepped_back:
        notes.append(f"stepped back from {requested}: pain above the limit")
    if assumed:
        notes.append("assumed" if not stepped_back else f"stage {requested} assumed")
    return f"stage {stage}" + (f" ({'; '.join(notes)})" if notes else "")


def recommendation_title(result: RecommendationResult) -> str:
    """``Rehabilitation (rehab), stage 1 (assumed): ...``; says when pain stepped it back."""
    goal = result.goal
    title = f"{goal.name} ({goal.id})"
    if result.stage is not None:
        title += ", " + stage_text(
            result.stage, result.stage_assumed, result.stage_requested, result.stepped_back
        )
        if result.stage in goal.stages:
            title += f": {goal.stages[result.stage]}"
    return title


def role_lines(result: RecommendationResult) -> list[str]:
    """The top pick per role, then each honest tie (equal scores ordered only by the tie-break)."""
    names = {r.id: r.name for r in result.goal.roles}
    lines = [f"{names[role]}: {rec.exercise.name} (#{rec.rank})" for role, rec in result.by_role().items()]
    for group in result.ties():
        tied = ", ".join(f"#{r.rank} {r.exercise.name}" for r in group)
        lines.append(
            f"Tied at {number(group[0].score)}: {tied} - ordered by the tie-break "
            "(the article's order, then id), not by evidence."
        )
    return lines


def recommendation_rows(result: RecommendationResult) -> list[list[str]]:
    names = {role.id: role.name for role in result.goal.roles}
    return [
        [
            str(r.rank),
            r.exercise.name,
            names.get(r.role, "-") if r.role else "-",
            number(r.score),
            r.prescription.short(),
            r.prescription.placement,
            r.why(),
        ]
        for r in result.recommendations
    ]


FINDING_HEADERS = ("code", "severity", "where", "message", "suggestion")

SUMMARY_HEADERS = (
    "week",
    "hinge sets",
    "knee-flexion sets",
    "knee-dominant sets",
    "hamstring sets",
    "proximal/distal/whole",
    "heavy sessions",
    "min gap h",
    "gaps h",
    "out-of-scope sets",
)


def report_stage(report: Report) -> str:
    """``stage 1 (assumed)``; empty for unstaged goals."""
    if report.stage is None:
        return ""
    return stage_text(report.stage, report.stage_assumed, report.stage_requested, report.stepped_back)


def report_goal(report: Report) -> str:
    """``tie_in_hypertrophy``; the default goal says it was not chosen."""
    return report.goal + (" (the default: no goal given)" if report.goal_assumed else "")


def report_title(report: Report) -> str:
    stage = report_stage(report)
    as_of = f", as of {report.as_of}" if report.as_of else ""
    return f"{report.program}: goal {report_goal(report)}" + (f", {stage}" if stage else "") + as_of


def finding_rows(report: Report) -> list[list[str]]:
    """One row per finding; a code recurring over weeks is one row (``in 51 of 52 weeks: ...``)."""
    return [[f.code, f.severity, where(f), message(f), f.suggestion] for f in report.by_importance()]


def message(item: Finding | FindingGroup) -> str:
    """A finding's message, or a group's (the latest occurrence's, and the largest one's)."""
    full = getattr(item, "full_message", None)  # a FindingGroup's
    return full if isinstance(full, str) else item.message


def where(item: Finding | FindingGroup) -> str:
    """Where a finding points, or the weeks of a group; ISO weeks with their Monday's date."""
    group_where = getattr(item, "where", None)  # a FindingGroup's weeks
    if isinstance(group_where, str):
        return dated(group_where)
    return dated(str(cast("Finding", item).location))


def finding_line(item: Finding | FindingGroup) -> str:
    """``HR001 [error] 2025-W45 (Nov 3): message (suggestion)``: a finding or group on one line,
    as ``str()`` gives it but with the ISO weeks dated."""
    text = f"{item.code} [{item.severity}] {where(item)}: {message(item)}"
    return f"{text} ({item.suggestion})" if item.suggestion else text


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: An ISO week label, or a run of them separated by spaces (a group's weeks).
_ISO_WEEKS = re.compile(r"(?<![\w-])\d{4}-W\d\d(?: \d{4}-W\d\d)*(?![\w-])")


def week_label(label: str) -> str:
    """``2025-W45 (Nov 3)``: an ISO week with the date of its Monday (the year too when it is
    not the week's: ``2026-W01 (Dec 29, 2025)``); any other label as it is."""
    year, sep, week = label.partition("-W")
    try:
        monday = date.fromisocalendar(int(year), int(week), 1) if sep else None
    except ValueError:
        monday = None
    if monday is None:
        return label
    other_year = f", {monday.year}" if monday.year != int(year) else ""
    return f"{label} ({_MONTHS[monday.month - 1]} {monday.day}{other_year})"


def dated(text: str) -> str:
    """``text`` with its ISO weeks dated (:func:`week_label`); in a run of weeks (a group's
    ``2025-W41 2025-W42 2025-W43``) the first and the last."""

    def run(match: re.Match[str]) -> str:
        labels = match.group(0).split(" ")
        if len(labels) == 1:
            return week_label(labels[0])
        return " ".join([week_label(labels[0]), *labels[1:-1], week_label(labels[-1])])

    return _ISO_WEEKS.sub(run, text)


#: A run of at least this many untrained weeks is one row of the weekly table (heuristic: a
#: month of rows of zeros says no more than one; a log checked a year after it stopped had 55).
COLLAPSED_WEEKS = 4


def summary_rows(report: Report) -> list[list[str]]:
    return summary_rows_of(report.weeks)


def _collapsed(weeks: Sequence[WeekSummary]) -> list[tuple[str, WeekSummary]]:
    """Each week with its dated label; a run of :data:`COLLAPSED_WEEKS` or more untrained weeks
    as one row of zeros, labelled ``2025-W46 to 2026-W48``. A week in progress (a log's last,
    not over as of the check date) is marked ``so far``: its numbers are not a week's."""
    out: list[tuple[str, WeekSummary]] = []
    i = 0
    while i < len(weeks):
        j = i
        while j < len(weeks) and not weeks[j].trained:
            j += 1
        if j - i >= COLLAPSED_WEEKS:
            so_far = IN_PROGRESS_MARK if weeks[j - 1].in_progress else ""
            out.append((f"{weeks[i].label} to {weeks[j - 1].label}{so_far}", weeks[i]))
            i = j
            continue
        so_far = IN_PROGRESS_MARK if weeks[i].in_progress else ""
        out.append((week_label(weeks[i].label) + so_far, weeks[i]))
        i += 1
    return out


#: What marks a week in progress in the weekly tables (the JSON says ``in_progress``).
IN_PROGRESS_MARK = ", so far"


def summary_rows_of(weeks: Sequence[WeekSummary]) -> list[list[str]]:
    rows = []
    for label, w in _collapsed(weeks):
        a, r = w.sets_by_action, w.sets_by_region
        gap = "-" if w.min_gap_hours is None else number(w.min_gap_hours)
        rows.append(
            [
                label,
                number(a["straight_knee_hip_extension"]),
                number(a["knee_flexion"]),
                number(a["knee_dominant"]),
                number(w.hamstring_sets),
                f"{number(r['proximal'])}/{number(r['distal'])}/{number(r['whole'])}",
                str(w.heavy_hamstring_sessions),
                gap,
                " ".join(number(g) for g in w.heavy_session_gaps) or "-",
                number(a["out_of_scope"]),
            ]
        )
    return rows


#: The progress table: the last this many trained weeks (heuristic: a month answers "how am I
#: doing lately?"; the JSON's progress has every week) ...
PROGRESS_WEEKS = 4
#: ... of at most this many lifts: the hamstring lifts first (the highest hamstring set credit
#: first: a hinge or a curl before a deadlift; with or without a load - a body-weight Nordic's
#: sets are its progress), then the other lifts with a load; within each, those with an
#: estimated 1RM first (sets of 1-10 reps: what the table shows progress by), then the most
#: sets, then the heaviest (heuristic: the main lifts).
PROGRESS_LIFTS = 4
PROGRESS_HEADERS = ("lift", "week", "sets", "best e1RM", "top set", "tonnage")


def _weight(value: float | None) -> str:
    """``8,450``, ``81.7``; ``-`` for none."""
    return "-" if value is None else f"{value:,.1f}".removesuffix(".0")


def progress_title(report: Report) -> str:
    """``Progress, last 4 trained weeks (lb; best e1RM: Epley, sets of 1-10 reps)``."""
    weeks = min(len({p.week for p in report.progress}), PROGRESS_WEEKS)
    unit = report.unit or "kg"
    return f"Progress, last {counted(weeks, 'trained week')} ({unit}; best e1RM: Epley, sets of 1-10 reps)"


def progress_rows(report: Report) -> list[list[str]]:
    """A log's main lifts over its last trained weeks, read from ``report.progress``: per lift
    (see :data:`PROGRESS_LIFTS` for which) and week, its sets, best estimated 1RM, top set and
    tonnage in the report's unit; a lift is named on its first row. Empty for a program, or a
    log without a loaded set."""
    weeks = sorted({p.week for p in report.progress})[-PROGRESS_WEEKS:]
    recent = [p for p in report.progress if p.week in weeks]
    credit = dict(report.hamstring_credit)
    rank: dict[str, list[float]] = {}  # lift -> [hamstring credit, has an e1RM, sets, heaviest top set]
    for p in recent:
        if p.top_kg is not None or p.exercise in credit:
            known = rank.setdefault(p.exercise, [credit.get(p.exercise, 0.0), 0, 0, 0.0])
            known[1] = max(known[1], p.best_e1rm_kg is not None)
            known[2] += p.sets
            known[3] = max(known[3], p.top_kg or 0.0)
    lifts = sorted(rank, key=lambda name: ([-v for v in rank[name]], name))[:PROGRESS_LIFTS]
    unit = report.unit or "kg"
    so_far = {w.label for w in report.weeks if w.in_progress}
    rows = []
    for lift in lifts:
        for n, p in enumerate(sorted((p for p in recent if p.exercise == lift), key=lambda p: p.week)):
            shown = p.to_dict(unit)
            rows.append(
                [
                    "" if n else lift,
                    week_label(p.week) + (IN_PROGRESS_MARK if p.week in so_far else ""),
                    str(p.sets),
                    _weight(shown["best_e1rm"]),
                    _weight(shown["top_set"]),
                    _weight(shown["tonnage"]),
                ]
            )
    return rows


SUBSTITUTION_HEADERS = ("#", "exercise", "similarity", "what differs")


def substitution_title(result: SubstitutionResult) -> str:
    """``Substitutes for Romanian deadlift (goal rehab, stage 1, assumed)``: the goal and, for a
    staged goal, the stage whose rules chose them (said assumed when it was)."""
    title = f"Substitutes for {result.original.name}"
    if result.goal is None:
        return title
    stage = "" if result.stage is None else f", stage {result.stage}"
    assumed = (
        ", assumed" if result.stage_assumed else ", stepped back for pain" if result.stepped_back else ""
    )
    return f"{title} (goal {result.goal}{stage}{assumed})"


def substitution_rows(result: SubstitutionResult) -> list[list[str]]:
    return [
        [str(s.rank), s.exercise.name, f"{s.similarity:.2f}", "; ".join(s.differences) or "same profile"]
        for s in result.substitutions
    ]


PLAN_HEADERS = ("week", "day", "session", "#", "exercise", "role", "prescription", "why")


def plan_title(plan: Plan) -> str:
    """``Glute-ham tie-in hypertrophy plan: goal tie_in_hypertrophy; 2 sessions a week``."""
    per_week = len(plan.weeks[0].sessions) if plan.weeks else 0
    stage = f", stage {plan.stage}" if plan.stage is not None else ""
    span = f", {len(plan.weeks)} weeks" if len(plan.weeks) > 1 else ""
    return f"{plan.name}: goal {plan.goal}{stage}; {counted(per_week, 'session')} a week{span}"


def plan_rows(plan: Plan) -> list[list[str]]:
    return [
        [
            str(c.week),
            c.day,
            c.session,
            str(c.position),
            c.exercise,
            c.role_name or c.role,
            c.prescription,
            c.reason,
        ]
        for c in plan.choices
    ]


EXERCISE_HEADERS = ("id", "name", "action", "knee", "hip flexion", "length", "region", "laterality")


def exercise_rows(exercises: Catalog | Sequence[Exercise]) -> list[list[str]]:
    return [
        [
            e.id,
            e.name,
            str(e.primary_action),
            str(e.knee),
            str(e.hip_flexion),
            str(e.hamstring_length),
            str(e.region),
            str(e.laterality),
        ]
        for e in exercises
    ]


def show(value: object) -> str:
    """A fact value for display: sets joined and sorted, ``None`` as ``-``."""
    if isinstance(value, frozenset):
        return ", ".join(sorted(str(v) for v in value)) or "-"
    return "-" if value is None else str(value)
