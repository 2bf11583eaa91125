"""Notebook experience: HTML, records, pandas and plots, and clear errors without the extras."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import hamstring_rules as hr

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_to_pandas() -> None:
    """Recommendations and findings become DataFrames."""
    frame = hr.recommend(goal="rehab", stage=3).to_pandas()
    assert list(frame.columns[:3]) == ["rank", "id", "name"] and frame.iloc[0]["id"] == "romanian_deadlift"
    findings = hr.check(EXAMPLES / "typical_leg_day.yaml").to_pandas()
    assert "HR001" in set(findings["code"])


def test_plot_draws_sessions() -> None:
    """report.plot() returns a figure with one bar group per session, stacked by joint action."""
    fig = hr.check(EXAMPLES / "article_program.yaml").plot()
    left, right = fig.axes
    assert [t.get_text() for t in left.get_xticklabels()] == ["Lower A\nmon", "Lower B\nthu"]
    heights = sum(p.get_height() for p in left.patches)
    assert heights == pytest.approx(23)  # every set of the week, out-of-scope included
    assert "region" in right.get_title()


def test_plot_on_given_axes() -> None:
    """plot(ax=) draws on the caller's axes."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    assert hr.check(EXAMPLES / "typical_leg_day.yaml").plot(ax=ax) is fig
    assert ax.patches


@pytest.mark.parametrize(
    ("module", "call"),
    [
        ("pandas", lambda: hr.recommend(goal="rehab").to_pandas()),
        ("matplotlib", lambda: hr.check(EXAMPLES / "article_program.yaml").plot()),
    ],
)
def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch, module: str, call: object) -> None:
    """Without the extra installed, the error names the extra to install."""
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ModuleNotFoundError) as info:
        call()  # type: ignore[operator]
    assert info.value.name == module
    assert f"pip install {module} " in str(info.value) and "extra" in str(info.value)
