"""``Report.plot()``: each session's sets by joint action and by hamstring region."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .findings import Report

ACTION_STYLE = (
    ("straight_knee_hip_extension", "straight-knee hip extension", "#1b6ca8"),
    ("bent_knee_hip_extension", "bent-knee hip extension", "#7fb3d5"),
    ("knee_flexion", "knee flexion", "#c0392b"),
    ("knee_dominant", "knee-dominant", "#f0b27a"),
    ("other", "other lower body", "#aab7b8"),
    ("out_of_scope", "out of scope", "#e5e8e8"),
    ("unknown", "unknown", "#6c3483"),
)
REGION_STYLE = (
    ("proximal", "proximal (tie-in)", "#1b6ca8"),
    ("whole", "whole", "#8e44ad"),
    ("distal", "distal", "#c0392b"),
)


def _labels(report: Report) -> list[str]:
    labels = []
    for week in report.weeks:
        for s in week.sessions:
            when = s.date or s.day or ""
            prefix = f"{week.label}\n" if len(report.weeks) > 1 else ""
            labels.append(f"{prefix}{s.name}\n{when}".strip())
    return labels


def _stack(ax: Any, labels: list[str], rows: list[dict[str, float]], style: Any, title: str) -> None:
    positions = list(range(len(labels)))
    bottom = [0.0] * len(labels)
    for key, label, colour in style:
        values = [r.get(key, 0.0) for r in rows]
        if any(values):
            ax.bar(positions, values, bottom=bottom, label=label, color=colour, edgecolor="white", width=0.7)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_xticks(positions)
    ax.set_xticklabels(labels, fontsize=8)
    ax.set_ylabel("hard sets")
    ax.set_title(title, fontsize=10)
    ax.set_ylim(0, max([*bottom, 1.0]) * 1.45)
    ax.legend(fontsize=7, frameon=False, loc="upper left", ncol=2)


def _pyplot(need_backend: bool) -> Any:
    try:
        import matplotlib

        if need_backend:
            matplotlib.use("Agg", force=False)
        import matplotlib.pyplot as plt
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            "matplotlib is needed for Report.plot(); install it with: pip install matplotlib "
            "(the 'plot' extra of hamstring-rules: https://github.com/hamstring-rules/hamstring-rules)",
            name="matplotlib",
        ) from None
    return plt


def plot_progress(report: Report, exercises: int = 4) -> Any:
    """A log over time: weekly hard sets by joint action (bars, one per ISO week) and the best
    estimated 1RM per week of the ``exercises`` most trained loaded exercises (lines)."""
    plt = _pyplot(True)
    labels = [w.label for w in report.weeks]
    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(max(8.0, 0.35 * len(labels) + 3), 7), constrained_layout=True
    )
    _stack(
        top,
        labels,
        [w.sets_by_action for w in report.weeks],
        ACTION_STYLE,
        "Weekly hard sets by joint action",
    )
    top.tick_params(axis="x", labelrotation=90)
    e1rm = report.e1rm()
    sets: dict[str, int] = {}
    for item in report.progress:
        if item.exercise in e1rm:
            sets[item.exercise] = sets.get(item.exercise, 0) + item.sets
    chosen = sorted(sets, key=lambda n: (-sets[n], n))[:exercises]
    position = {label: i for i, label in enumerate(labels)}
    for name in chosen:
        points = sorted((position[w], v) for w, v in e1rm[name].items() if w in position)
        bottom.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=name)
    bottom.set_xticks(list(range(len(labels))))
    bottom.set_xticklabels(labels, fontsize=8, rotation=90)
    bottom.set_ylabel(f"best e1RM ({report.unit or 'kg'}, Epley)")
    bottom.set_title("Estimated 1RM per week (sets of 1-10 reps)", fontsize=10)
    if chosen:
        bottom.legend(fontsize=7, frameon=False)
    fig.suptitle(f"{report.program} - goal {report.goal}", fontsize=11)
    return fig


def plot_report(report: Report, ax: Any = None) -> Any:
    """Draw the report's sessions; with ``ax``, only the joint-action panel on that axes.

    Returns the matplotlib Figure. Needs the ``plot`` extra (matplotlib), imported here only.
    """
    plt = _pyplot(ax is None)
    labels = _labels(report)
    sessions = [s for w in report.weeks for s in w.sessions]
    if ax is not None:
        _stack(ax, labels, [s.sets_by_action for s in sessions], ACTION_STYLE, "sets by joint action")
        return ax.figure
    width = max(8.0, 1.3 * len(labels) + 2)
    fig, (left, right) = plt.subplots(1, 2, figsize=(width, 4.2), constrained_layout=True)
    _stack(left, labels, [s.sets_by_action for s in sessions], ACTION_STYLE, "Sets by joint action")
    _stack(right, labels, [s.sets_by_region for s in sessions], REGION_STYLE, "Hamstring sets by region")
    fig.suptitle(f"{report.program} - goal {report.goal}", fontsize=11)
    return fig
