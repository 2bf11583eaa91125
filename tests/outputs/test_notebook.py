"""Notebook experience: HTML, records, pandas and plots, and clear errors without the extras."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

import hamstring_rules as hr

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


def test_to_pandas() -> None:
    """Recommendations and findings become DataFrames."""
    frame = hr.recommend(goal="rehab", stage=3).to_pandas()
    assert frame.index.name == "rank" and list(frame.columns[:2]) == ["id", "name"]
    assert frame.iloc[0]["id"] == "romanian_deadlift"
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
    """plot(ax=) draws on the caller's axes and returns their figure."""
    from matplotlib.figure import Figure

    fig = Figure()
    ax = fig.subplots()
    assert hr.check(EXAMPLES / "typical_leg_day.yaml").plot(ax=ax) is fig
    assert ax.patches
    weekly = Figure().subplots()
    hr.check(EXAMPLES / "hevy_export.csv").plot(ax=weekly)
    assert weekly.collections and "region" in weekly.get_title()  # the stacked weekly regions


def test_plot_leaves_the_backend_and_pyplot_alone() -> None:
    """No backend switch, no pyplot import; the figure still shows itself as a PNG."""
    code = (
        "import sys, matplotlib; matplotlib.use('svg'); from pathlib import Path;"
        "import hamstring_rules as hr;"
        f"fig = hr.check(Path({str(EXAMPLES / 'article_program.yaml')!r})).plot();"
        "assert matplotlib.get_backend() == 'svg', matplotlib.get_backend();"
        "assert 'matplotlib.pyplot' not in sys.modules;"
        "assert type(fig).__name__ == 'Figure' and fig._repr_png_()[:4] == b'\\x89PNG';"
        "print('ok')"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


def test_plot_shows_the_goal_range_and_one_colour_per_meaning() -> None:
    """The volume checks' range is drawn for hypertrophy goals, not for rehab; colours are unique."""
    from hamstring_rules._plot import ACTION_STYLE, REGION_STYLE

    colours = [c for _, _, c in (*ACTION_STYLE, *REGION_STYLE)]
    assert len(set(colours)) == len(colours)
    fig = hr.check(EXAMPLES / "article_program.yaml").plot()
    labels = fig.axes[1].get_legend_handles_labels()[1]
    low = min(
        r.params["min_sets"] for r in hr.RuleSet.builtin() if r.code == "HR012" and "min_sets" in r.params
    )
    assert f"HR012 range {low:g}-20 sets" in labels
    rehab = hr.check(EXAMPLES / "article_program.yaml", goal="rehab", stage=3).plot()
    assert not any(label.startswith("HR012") for label in rehab.axes[1].get_legend_handles_labels()[1])


def test_a_year_of_weeks_plots_as_weekly_totals() -> None:
    """52 weeks: two panels of weekly totals at a fixed size, with readable ticks."""
    week = {
        "sessions": [{"name": "A", "day": "mon", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}]
    }
    report = hr.check({"name": "a year", "weeks": [week] * 52})
    fig = report.plot()
    top, bottom = fig.axes
    assert tuple(fig.get_size_inches()) == (10, 6.5)
    hinge = top.get_lines()[0]
    assert len(hinge.get_xdata()) == 52 and list(hinge.get_ydata()) == [3.0] * 52
    assert len(bottom.get_xticks()) <= 14
    assert bottom.collections  # regions stacked


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


# -- notebook-grade objects: short reprs, slicing, tidy typed frames, compact HTML ------------


def _public_objects() -> list[object]:
    """One of every public result and item the tour meets."""
    result = hr.recommend(goal="tie_in_hypertrophy")
    report = hr.check(EXAMPLES / "typical_leg_day.yaml")
    log_report = hr.check(EXAMPLES / "hevy_export.csv")
    subs = hr.substitute("RDL", goal="tie-in")
    log = hr.load_log(EXAMPLES / "hevy_export.csv")
    program = hr.load_program(EXAMPLES / "article_program.yaml")
    catalog = hr.Catalog.builtin()
    objects: list[object] = [
        result,
        result[:3],
        result.excluded,
        report,
        log_report,
        subs,
        subs[:2],
        log,
        log[:2],
    ]
    objects += [catalog, program, *program.weeks, *program.sessions]
    objects += [e for s in program.sessions for e in s.entries]
    for rec in result:
        objects += [rec, rec.prescription, *rec.reasons]
    objects += list(result.excluded) + list(subs) + list(subs.excluded)
    for rep in (report, log_report):
        objects += [rep.weeks, *rep.weeks, *rep.findings, *(f.location for f in rep.findings)]
        objects += [s for w in rep.weeks for s in w.sessions]
    objects += [*log.workouts, *(e for w in log.workouts for e in w.exercises), *log.issues]
    objects += list(catalog)
    return objects


def test_every_public_object_has_a_short_one_line_repr() -> None:
    """No repr dumps nested data: one line, under 160 characters, naming the class."""
    from hamstring_rules.emitters._repr import MAX_REPR

    assert MAX_REPR <= 160
    seen = set()
    for obj in _public_objects():
        text = repr(obj)
        seen.add(type(obj).__name__)
        assert "\n" not in text and len(text) <= MAX_REPR, text
        assert text.startswith(f"<{type(obj).__name__}"), text
    assert {
        "Recommendation",
        "Finding",
        "Exclusion",
        "Substitution",
        "WorkoutLog",
        "Exercise",
        "Catalog",
    } <= seen


def test_repr_says_what_matters() -> None:
    """The item repr of the brief: rank, name, score and the short prescription."""
    rec = hr.recommend(goal="tie_in_hypertrophy")[0]
    assert repr(rec) == "<Recommendation #1 Romanian deadlift 65: 3 x 8-10 @ 3-1-1-0>"
    finding = next(f for f in hr.check(EXAMPLES / "typical_leg_day.yaml").findings if f.code == "HR009")
    assert repr(finding).startswith("<Finding HR009 warning unknown-exercise at Legs (mon)")


def test_long_names_are_clipped_in_reprs() -> None:
    """A 200-character name (the schema's maximum) does not make a long repr."""
    long = "Qwxzy plonk " + "x" * 180
    program = hr.load_program(
        {
            "name": long,
            "sessions": [
                {"name": long, "day": "mon", "exercises": [{"exercise": long, "sets": 3, "reps": 8}]}
            ],
        }
    )
    report = hr.check(program)
    named = [f for f in report.findings if f.location.session]
    assert named
    for obj in (program, program.sessions[0], program.sessions[0].entries[0], report, *named):
        assert len(repr(obj)) <= 160 and "..." in repr(obj), repr(obj)


def test_slicing_keeps_the_type() -> None:
    """result[:3] is still a result (renders, exports); an index is still an item."""
    result = hr.recommend(goal="rehab")
    top = result[:3]
    assert isinstance(top, hr.RecommendationResult) and len(top) == 3
    assert top.ids == result.ids[:3] and top.excluded == result.excluded
    assert isinstance(result[0], hr.Recommendation) and result[-1].rank == len(result)
    assert "Romanian deadlift" in str(top) and len(top.to_pandas()) == 3
    assert isinstance(result.excluded[:2], hr.Exclusions) and len(result.excluded[:2]) == 2
    assert isinstance(result.excluded[0], hr.Exclusion)
    subs = hr.substitute("RDL")
    assert isinstance(subs[:2], hr.SubstitutionResult) and len(subs[:2]) == 2
    report = hr.check(EXAMPLES / "hevy_export.csv")
    assert isinstance(report.weeks[:1], hr.WeekSummaries) and isinstance(report.weeks[0], hr.WeekSummary)
    log = hr.load_log(EXAMPLES / "hevy_export.csv")
    assert isinstance(log[:2], hr.WorkoutLog) and len(log[:2]) == 2 and isinstance(log[0], hr.Workout)


def test_recommendations_frame_is_tidy_and_typed() -> None:
    """Sets, reps, tempo phases as integers; score float; region, action as categoricals."""
    frame = hr.recommend(goal="tie_in_hypertrophy").to_pandas()
    assert frame.index.name == "rank" and list(frame.index[:2]) == [1, 2]
    for column in ("sets_low", "sets_high", "reps_low", "reps_high", "rest_hours", "tempo_eccentric"):
        assert str(frame[column].dtype) == "Int64", column
    assert str(frame["score"].dtype) == "float64"
    for column in ("region", "primary_action", "knee", "role"):
        assert str(frame[column].dtype) == "category", column
    assert list(frame["region"].cat.categories) == [r.value for r in hr.Region]
    rdl = frame.loc[1]  # the README's RDL: 3 x 8-10, tempo 3-1-1-0, 72 h apart
    assert (rdl["name"], rdl["sets_low"], rdl["reps_low"], rdl["reps_high"]) == (
        "Romanian deadlift",
        3,
        8,
        10,
    )
    phases = ("tempo_eccentric", "tempo_pause_bottom", "tempo_concentric", "tempo_pause_top")
    assert tuple(rdl[p] for p in phases) == (3, 1, 1, 0)
    assert rdl["region"] == "proximal" and rdl["rest_hours"] == 72
    assert frame.groupby("primary_action", observed=True)["score"].max().loc["hip_extension"] == 65


def test_number_ranges() -> None:
    """Prescription text splits into low and high; free text is missing, not a crash."""
    from hamstring_rules._frames import number_range

    assert number_range("8-10") == (8, 10)
    assert number_range("3") == (3, 3)
    assert number_range("3+") == (3, None)
    assert number_range("30-45 s hold") == (30, 45)
    assert number_range("n/a (eccentric to failure of control)") == (None, None)
    assert number_range(None) == (None, None)


def test_findings_frame_has_ordered_severity_and_where() -> None:
    """Severity is ordered (info < warning < error); week, date, session and line are columns."""
    frame = hr.check(EXAMPLES / "hevy_export.csv").to_pandas()
    assert frame["severity"].cat.ordered
    assert list(frame["severity"].cat.categories) == ["info", "warning", "error"]
    assert set(frame[frame["severity"] >= "warning"]["severity"]) <= {"warning", "error"}
    assert str(frame["week"].dtype) == "Int64" and str(frame["date"].dtype) == "datetime64[ns]"
    assert str(frame["session"].dtype) == "string"
    dated = frame.dropna(subset=["date"])
    assert len(dated) > 0 and (dated["date"].dt.year == 2025).all()
    yaml_frame = hr.check(EXAMPLES / "typical_leg_day.yaml").to_pandas()
    assert yaml_frame.set_index("code").loc["HR009", "line"] == 20


def test_weekly_exclusion_substitute_catalog_and_log_frames() -> None:
    """Every table the brief names has a typed frame that agrees with the objects."""
    report = hr.check(EXAMPLES / "hevy_export.csv")
    weeks = report.weeks.to_pandas()
    # a log's weeks are a time series: indexed by ISO week (issue 16)
    assert weeks.index.name == "week" and list(weeks.index) == [w.label for w in report.weeks]
    first = report.weeks[0]
    assert weeks.loc[first.label, "hinge_sets"] == first.sets_by_action["straight_knee_hip_extension"]
    assert weeks.loc[first.label, "proximal_sets"] == first.sets_by_region["proximal"]
    assert str(weeks["hamstring_sets"].dtype) == "float64"

    excluded = hr.recommend(goal="tie_in_hypertrophy").excluded.to_pandas()
    assert excluded.index.name == "id" and "back_squat" in excluded.index
    assert excluded.loc["back_squat", "primary_action"] == "knee_extension"

    subs = hr.substitute("RDL", limit=3).to_pandas()
    assert list(subs.index) == [1, 2, 3] and str(subs["similarity"].dtype) == "float64"
    assert str(subs["differences"].dtype) == "int64"

    catalog = hr.Catalog.builtin().to_pandas()
    assert catalog.index.is_unique and len(catalog) == len(hr.Catalog.builtin())
    assert catalog["spinal_load"].cat.ordered
    assert list(catalog["spinal_load"].cat.categories) == ["low", "moderate", "high"]
    assert str(catalog["ballistic"].dtype) == "boolean"
    assert (catalog.loc["romanian_deadlift", "equipment"]) == "barbell"

    log = hr.load_log(EXAMPLES / "hevy_export.csv")
    exercises = log.to_pandas()
    assert len(exercises) == sum(len(w.exercises) for w in log.workouts)
    assert exercises["hard_sets"].sum() == sum(e.hard_sets for w in log.workouts for e in w.exercises)
    assert str(exercises["start"].dtype) == "datetime64[ns]" and str(exercises["reps_low"].dtype) == "Int64"
    assert str(exercises["best_e1rm_kg"].dtype) == "float64"
    with pytest.raises(hr.RequestError, match="keep_sets=True"):
        log.to_pandas(sets=True)
    detailed = hr.load_log(EXAMPLES / "hevy_export.csv", keep_sets=True)
    sets = detailed.to_pandas(sets=True)
    assert len(sets) == exercises["hard_sets"].sum()
    assert str(sets["reps"].dtype) == "Int64" and str(sets["weight_kg"].dtype) == "float64"
    first_exercise = detailed.workouts[0].exercises[0]
    assert list(sets["reps"][: first_exercise.hard_sets]) == list(first_exercise.reps)


def test_html_reasons_are_compact() -> None:
    """Rule symbol and effect visible; the rationale on hover; long lists folded away."""
    html = hr.recommend(goal="tie_in_hypertrophy")._repr_html_()
    assert ">straight-knee-hinge +30</span>" in html
    assert "title='TI001: " in html
    assert "<details><summary><b>Not recommended</b>" in html
    ranked = len(hr.recommend(goal="tie_in_hypertrophy"))
    assert f"<details><summary>{ranked - 10} more (ranks 11-{ranked})</summary>" in html
    one = [{"exercise": "<b>RDL</b>", "sets": 3, "reps": 8}]
    report = hr.check({"name": "<script>x</script>", "sessions": [{"name": "A", "exercises": one}]})
    assert "<script>" not in report._repr_html_() and "<b>RDL" not in report._repr_html_()
    for obj in (
        hr.Catalog.builtin(),
        hr.load_log(EXAMPLES / "hevy_export.csv"),
        hr.check(EXAMPLES / "hevy_export.csv").weeks,
        hr.recommend(goal="rehab").excluded,
    ):
        assert "<table>" in obj._repr_html_()


# -- the example notebook ---------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_example_notebook_runs_with_short_outputs(monkeypatch: pytest.MonkeyPatch) -> None:
    """examples/notebook.ipynb runs top to bottom in a fresh kernel (the ``notebook`` extra),
    and every output stays short: no debug dumps, no error, a picture for each plot."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    notebook = nbformat.read(EXAMPLES / "notebook.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    )
    client.execute()
    pictures = 0
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            assert output["output_type"] != "error", output
            data = output.get("data", {})
            text = output.get("text", "") or data.get("text/plain", "")
            assert len(text) <= 1500, text[:200]
            assert len(data.get("text/html", "")) <= 60_000
            pictures += "image/png" in data
    assert pictures == 2  # report.plot() and log_report.plot() show as images


def test_a_week_in_progress_is_shaded_in_the_plots_and_flagged_in_the_frame() -> None:
    """A log judged before its last Sunday: the last week's totals are so far, shaded in both
    weekly charts (a line dropping to it read as a collapse) and ``in_progress`` in the frame."""
    data = Path(__file__).resolve().parent.parent / "data" / "hevy_kg.csv"
    log = hr.load_log(data)
    last = log.workouts[-1].start.date()
    during = hr.check(data, as_of=last)
    after = hr.check(data, as_of=last + timedelta(days=7))
    assert [w.in_progress for w in during.weeks][-1] is True
    # a week later: the last trained week is over; the as-of date's week, untrained, is in progress
    assert [(w.trained, w.in_progress) for w in after.weeks][-2:] == [(True, False), (False, True)]
    frame = during.weeks.to_pandas()
    assert bool(frame["in_progress"].iloc[-1]) and not frame["in_progress"].iloc[:-1].any()
    for report in (during, after):
        fig = report.plot()
        labels = [label for ax in fig.axes for label in ax.get_legend_handles_labels()[1]]
        assert "in progress (so far)" in labels
    past = hr.check(data, as_of=last + timedelta(days=7 - last.weekday()))  # the next Monday
    assert not [w for w in past.weeks if w.in_progress and w.trained]


def _shade(fig: object) -> tuple[float, float]:
    """The x extent (matplotlib date numbers) of the one 'in progress' shade of a figure."""
    spans = {
        (p.get_x(), p.get_x() + p.get_width())
        for ax in fig.axes  # type: ignore[attr-defined]
        for p in ax.patches
        if p.get_label() == "in progress (so far)"
    }
    (span,) = spans
    return span


def test_the_in_progress_shade_covers_the_week_in_progress_only() -> None:
    """The shade runs from the in-progress week's Monday (its point) to the next Monday; it was
    centred on the Monday point, so it began half a week early, over the week before."""
    from matplotlib.dates import date2num

    data = Path(__file__).resolve().parent.parent / "data" / "hevy_in_progress.csv"  # W47 not over on Nov 19
    report = hr.check(data, as_of=date(2025, 11, 19))
    assert report.weeks[-1].label == "2025-W47" and report.weeks[-1].in_progress
    monday = date(2025, 11, 17)
    expected = (date2num(monday), date2num(monday + timedelta(days=7)))  # type: ignore[no-untyped-call]
    assert _shade(report.plot()) == pytest.approx(expected)
    assert _shade(report.plot_progress()) == pytest.approx(expected)


def test_a_body_weight_log_says_why_its_e1rm_panel_is_empty() -> None:
    """Nordics only (no weight): the e1RM panel says 'no weighted sets with 1-10 reps' (it was
    an empty panel); a loaded log's panel has no such note."""
    head = "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time\n"
    days = [d for d in (3, 6, 10, 13) for _ in range(3)]
    rows = "".join(f"2025-11-{d:02d},Nordic Hamstring Curl,Legs,,6,,,\n" for d in days)
    log = hr.load_log(io.StringIO(head + rows), name="nordic_only.csv")
    fig = hr.check(log, as_of=date(2025, 11, 16)).plot_progress()
    texts = [t.get_text() for t in fig.axes[1].texts]
    assert texts == ["no weighted sets with 1-10 reps"]
    loaded = hr.check(EXAMPLES / "hevy_export.csv", as_of=date(2025, 12, 1)).plot_progress()
    assert len(loaded.axes[1].texts) == 0


def test_the_progress_plots_legend_covers_no_point() -> None:
    """The e1RM panel's legend sits above its lines: no plotted point is under it (it covered
    the highest e1RM of the example export)."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    report = hr.check(EXAMPLES / "hevy_export.csv", as_of=__import__("datetime").date(2025, 12, 1))
    fig = report.plot_progress()
    FigureCanvasAgg(fig).draw()  # type: ignore[no-untyped-call]  # laid out as a notebook PNG is
    bottom = fig.axes[1]
    box = bottom.get_legend().get_window_extent()
    points = np.concatenate([line.get_xydata() for line in bottom.get_lines()])
    shown = bottom.transData.transform(points)
    inside = [(x, y) for x, y in shown if box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1]
    assert len(points) > 0 and inside == []
