"""``Report.plot()``: the work by joint action and hamstring region, against the goal's range.

One week (a repeating program): each session's hard sets by joint action, and the week's
hamstring sets by region beside the goal's weekly range. Several weeks (a multi-week program, a
workout log): weekly totals over time - hinge, knee-flexion and knee-dominant sets, and hamstring
sets by region with the weekly total and the goal's range - on a date axis when the weeks are
ISO weeks, readable for a year of data.

Only matplotlib's object-oriented API: a :class:`matplotlib.figure.Figure` is built and returned;
pyplot is never imported and the backend is never touched, so a notebook's inline backend and
the user's own figures are left alone. Each colour means one thing in every panel.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .findings import Report, WeekSummary
    from .rules import RuleSet

#: (sets_by_action key, label, colour): one colour per joint action.
ACTION_STYLE = (
    ("straight_knee_hip_extension", "hinge (straight-knee hip extension)", "#1b6ca8"),
    ("bent_knee_hip_extension", "bent-knee hip extension", "#85c1e9"),
    ("knee_flexion", "knee flexion", "#c0392b"),
    ("knee_dominant", "knee-dominant", "#f0b27a"),
    ("other", "other lower body", "#aab7b8"),
    ("out_of_scope", "out of scope", "#e5e8e8"),
    ("unknown", "unknown name", "#212f3d"),
)
#: (sets_by_region key, label, colour): a hue family of its own, shared with no action.
REGION_STYLE = (
    ("proximal", "proximal (tie-in)", "#1e8449"),
    ("whole", "whole muscle", "#82e0aa"),
    ("distal", "distal", "#b7950b"),
)
TOTAL_COLOUR = "#000000"
BAND_COLOUR = "#d5f5e3"
#: The weekly lines drawn over time (the rest of the actions are in the one-week bars).
WEEKLY_ACTIONS = ("straight_knee_hip_extension", "knee_flexion", "knee_dominant")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
#: What the e1RM panel says when no set could give an estimate (Epley needs a weight, 1-10 reps).
NO_E1RM = "no weighted sets with 1-10 reps"


def _matplotlib_figure() -> Any:
    """``matplotlib.figure.Figure``, or a ModuleNotFoundError naming what to install."""
    from ._frames import optional

    optional("matplotlib", "plot")
    from matplotlib.figure import Figure

    return Figure


def target_band(goal: str, rules: RuleSet | None = None) -> tuple[float | None, float | None]:
    """The goal's weekly hamstring-set range from its volume checks' thresholds (``min_sets``,
    ``max_sets`` of the week rules that read ``hamstring_sets``): ``(None, None)`` when the goal
    has none (rehab is dosed by stage, strain prevention by its Nordic dose)."""
    from .rules import RuleSet

    rules = RuleSet.builtin() if rules is None else rules
    low: float | None = None
    high: float | None = None
    for rule in rules:
        if rule.scope != "week" or not rule.applies_to(goal) or "hamstring_sets" not in str(rule.when):
            continue
        if "min_sets" in rule.params:
            low = float(rule.params["min_sets"])
        if "max_sets" in rule.params:
            high = float(rule.params["max_sets"])
    return low, high


def _week_start(label: str) -> date | None:
    match = _ISO_WEEK.match(label)
    if not match:
        return None
    return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)


def _draw_band(ax: Any, band: tuple[float | None, float | None]) -> None:
    low, high = band
    if low is None and high is None:
        return
    bottom = low if low is not None else 0.0
    top = high if high is not None else bottom
    # the range the volume check (HR012) leaves alone, named as such: its floor is a warning's
    text = f"HR012 range {bottom:g}-{top:g} sets" if high is not None else f"HR012: at least {bottom:g} sets"
    ax.axhspan(bottom, top, color=BAND_COLOUR, zorder=0, label=text)


def _mark_in_progress(ax: Any, report: Report, x: list[Any], dated: bool) -> None:
    """Shade a log's last week when it is still in progress: its totals are so far, and a line
    falling to it is no collapse in training. A dated week's point is its Monday, so the shade
    runs from that Monday to the next (it was centred on the point: half a week early)."""
    if not report.weeks or not report.weeks[-1].in_progress:
        return
    start, end = (x[-1], x[-1] + timedelta(days=7)) if dated else (x[-1] - 0.5, x[-1] + 0.5)
    ax.axvspan(start, end, color="#dddddd", alpha=0.6, zorder=0, label="in progress (so far)")


def _legend(ax: Any, **kwargs: Any) -> None:
    """The axes' legend, when something drawn has a label (a log of warm-up sets alone has no
    bar: matplotlib warned "No artists with labels found to put in legend")."""
    if ax.get_legend_handles_labels()[1]:
        ax.legend(fontsize=7, frameon=False, **kwargs)


def _session_bars(ax: Any, report: Report) -> None:
    """Each session's hard sets, stacked by joint action."""
    sessions = [s for w in report.weeks for s in w.sessions]
    labels = [f"{s.name}\n{s.date or s.day or ''}".strip() for s in sessions]
    positions = list(range(len(sessions)))
    bottom = [0.0] * len(sessions)
    for key, label, colour in ACTION_STYLE:
        values = [s.sets_by_action.get(key, 0.0) for s in sessions]
        if any(values):
            ax.bar(positions, values, bottom=bottom, label=label, color=colour, edgecolor="white", width=0.6)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_xticks(positions, labels, fontsize=8)
    pad = max(0.0, (2 - len(sessions)) / 2)  # one session is one narrow, centred bar
    ax.set_xlim(-0.6 - pad, len(sessions) - 0.4 + pad)
    ax.set_ylim(0, max([*bottom, 1.0]) * 1.45)
    ax.set_ylabel("hard sets")
    ax.set_title("Sets per session by joint action", fontsize=10)
    _legend(ax, loc="upper left", ncol=2)


def _week_regions_bar(ax: Any, week: WeekSummary, band: tuple[float | None, float | None]) -> None:
    """The week's hamstring sets by region, one stacked bar beside the goal's range."""
    _draw_band(ax, band)
    bottom = 0.0
    for key, label, colour in REGION_STYLE:
        value = week.sets_by_region.get(key, 0.0)
        if value:
            ax.bar([0], [value], bottom=[bottom], label=label, color=colour, edgecolor="white", width=0.5)
            bottom += value
    ax.axhline(week.hamstring_sets, color=TOTAL_COLOUR, linewidth=1.2, label="hamstring sets (credited)")
    top = max(bottom, week.hamstring_sets, band[1] or 0.0, band[0] or 0.0, 1.0)
    ax.set_xlim(-0.8, 0.8)
    ax.set_xticks([0], ["the week"], fontsize=8)
    ax.set_ylim(0, top * 1.6)
    ax.set_title("The week by region", fontsize=10)
    _legend(ax, loc="upper left")


def _x(report: Report) -> tuple[list[Any], bool]:
    starts = [_week_start(w.label) for w in report.weeks]
    if all(s is not None for s in starts):
        return list(starts), True
    return [w.week for w in report.weeks], False


def _date_axis(ax: Any, dated: bool) -> None:
    if dated:
        from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

        locator = AutoDateLocator(minticks=3, maxticks=12)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    else:
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=12))
        ax.set_xlabel("week")


def _weekly_actions(ax: Any, report: Report) -> None:
    """Weekly hinge, knee-flexion and knee-dominant sets over time."""
    x, dated = _x(report)
    marker = "o" if len(x) <= 26 else None
    for key, label, colour in ACTION_STYLE:
        if key in WEEKLY_ACTIONS:
            values = [w.sets_by_action.get(key, 0.0) for w in report.weeks]
            ax.plot(x, values, color=colour, label=label, marker=marker, markersize=3, linewidth=1.5)
    ax.set_ylabel("hard sets a week")
    highest = max((w.sets_by_action.get(k, 0.0) for w in report.weeks for k in WEEKLY_ACTIONS), default=0.0)
    ax.set_ylim(0, max(highest, 1.0) * 1.35)  # room for the legend above the lines
    ax.set_title("Weekly sets by joint action", fontsize=10)
    ax.grid(axis="y", color="#eeeeee")
    _mark_in_progress(ax, report, x, dated)
    _date_axis(ax, dated)
    _legend(ax, loc="upper left", ncol=3)


def _weekly_regions(ax: Any, report: Report, band: tuple[float | None, float | None]) -> None:
    """Weekly hamstring sets by region (stacked) with the credited total and the goal's range."""
    x, dated = _x(report)
    _draw_band(ax, band)
    series = [[w.sets_by_region.get(key, 0.0) for w in report.weeks] for key, _, _ in REGION_STYLE]
    ax.stackplot(
        x,
        *series,
        labels=[label for _, label, _ in REGION_STYLE],
        colors=[colour for _, _, colour in REGION_STYLE],
        alpha=0.9,
        zorder=1,
    )
    totals = [w.hamstring_sets for w in report.weeks]
    ax.plot(x, totals, color=TOTAL_COLOUR, linewidth=1.2, label="hamstring sets (credited)", zorder=2)
    ax.set_ylabel("hard sets a week")
    ax.set_ylim(
        0, max([*(sum(col) for col in zip(*series, strict=True)), *totals, band[1] or 0.0, 1.0]) * 1.35
    )
    ax.set_title("Weekly hamstring sets by region", fontsize=10)
    _mark_in_progress(ax, report, x, dated)
    _date_axis(ax, dated)
    _legend(ax, loc="upper left", ncol=3)


def _png(figure: Any) -> bytes:
    import io

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=80, bbox_inches="tight")
    return buffer.getvalue()


def plot_progress(report: Report, exercises: int = 4) -> Any:
    """A log over time: weekly hard sets by joint action (lines over the weeks) and the best
    estimated 1RM per week of the ``exercises`` most trained loaded exercises (lines)."""
    from ._validate import integer

    exercises = integer(exercises, "exercises", minimum=1, maximum=20)
    figure_class = _matplotlib_figure()
    fig = figure_class(figsize=(10, 6.5), layout="constrained")
    top, bottom = fig.subplots(2, 1, sharex=True)
    _weekly_actions(top, report)
    x, dated = _x(report)
    where = {w.label: x[i] for i, w in enumerate(report.weeks)}
    e1rm = report.e1rm()
    sets: dict[str, int] = {}
    for item in report.progress:
        if item.exercise in e1rm:
            sets[item.exercise] = sets.get(item.exercise, 0) + item.sets
    chosen = sorted(sets, key=lambda n: (-sets[n], n))[:exercises]
    for name in chosen:
        points = sorted((where[w], v) for w, v in e1rm[name].items() if w in where)
        marker = "o" if len(points) <= 26 else None
        bottom.plot([p[0] for p in points], [p[1] for p in points], marker=marker, markersize=3, label=name)
    bottom.set_ylabel(f"best e1RM ({report.unit or 'kg'}, Epley)")
    bottom.set_title("Estimated 1RM per week (sets of 1-10 reps)", fontsize=10)
    bottom.grid(axis="y", color="#eeeeee")
    _date_axis(bottom, dated)
    if chosen:  # room above the lines for the legend, in one row: it never covers a point
        low, high = bottom.get_ylim()
        bottom.set_ylim(low, high + (high - low) * 0.3)
        _legend(bottom, loc="upper left", ncol=len(chosen))
    else:  # a body-weight log (Nordics, bridges): say why the panel is empty
        bottom.text(0.5, 0.5, NO_E1RM, transform=bottom.transAxes, ha="center", va="center", color="#666666")
    fig.suptitle(f"{report.program} - goal {report.goal}", fontsize=11)
    fig._repr_png_ = functools.partial(_png, fig)
    return fig


def plot_report(report: Report, ax: Any = None, *, rules: RuleSet | None = None) -> Any:
    """Draw a report; with ``ax``, one panel on the caller's axes (sessions by joint action for
    one week, weekly hamstring sets by region over several). Returns the Figure."""
    from ._validate import instance
    from .rules import RuleSet

    figure_class = _matplotlib_figure()
    if rules is not None:
        instance(rules, RuleSet, "rules")
    if ax is not None:
        from matplotlib.axes import Axes

        instance(ax, Axes, "ax", what="matplotlib Axes")
    band = target_band(report.goal, rules)
    weekly = len(report.weeks) > 1
    if ax is not None:
        if weekly:
            _weekly_regions(ax, report, band)
        else:
            _session_bars(ax, report)
        return ax.figure
    if weekly:
        fig = figure_class(figsize=(10, 6.5), layout="constrained")
        top, bottom = fig.subplots(2, 1, sharex=True)
        _weekly_actions(top, report)
        _weekly_regions(bottom, report, band)
    else:
        sessions = sum(len(w.sessions) for w in report.weeks)
        fig = figure_class(figsize=(min(4.0 + 1.4 * max(sessions, 2), 14.0), 4.4), layout="constrained")
        left, right = fig.subplots(1, 2, width_ratios=[max(sessions, 2), 1.3])
        _session_bars(left, report)
        if report.weeks:
            _week_regions_bar(right, report.weeks[0], band)
    fig.suptitle(f"{report.program} - goal {report.goal}", fontsize=11)
    # Shown in a notebook without pyplot: IPython asks the object for _repr_png_ when no
    # inline backend has registered a figure formatter (and uses that formatter when one has).
    fig._repr_png_ = functools.partial(_png, fig)
    return fig
