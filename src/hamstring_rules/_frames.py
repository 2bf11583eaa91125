"""``to_pandas()``: tidy, typed DataFrames of every result (one row per observation).

Numbers are numbers (``Int64``, nullable, where a value may be missing; ``float64``), ranges are
split into ``_low``/``_high`` columns, a tempo into its four phases, enumerations are
categoricals in their declared order (ordered where the values are: severity, low/moderate/high,
hip flexion, length), sets of values (equipment) are sorted comma-separated strings, and dates
are ``datetime64``. pandas is imported here only (the ``pandas`` extra).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._fix import FixResult
    from ._plan import Plan
    from ._recommend import Exclusion, RecommendationResult
    from ._substitute import SubstitutionResult
    from .catalog import Catalog
    from .exercises import Exercise
    from .findings import Report, WeekSummary
    from .logs import WorkoutLog

#: Severity from least to most severe, so ``frame[frame.severity >= "warning"]`` works.
SEVERITY_LEVELS = ("info", "warning", "error")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE = re.compile(r"^\s*(\d+)\s*(?:(-)\s*(\d+)?|(\+))?")


def pandas() -> Any:
    """The pandas module, or a ModuleNotFoundError naming what to install."""
    return optional("pandas", "pandas")


def optional(module: str, extra: str) -> Any:
    """An optional dependency, or a ModuleNotFoundError naming the extra that installs it."""
    import importlib

    from . import PROJECT_URL

    try:
        return importlib.import_module(module)
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            f"{module} is needed for this; install it with: pip install {module} "
            f"(the '{extra}' extra of hamstring-rules: {PROJECT_URL})",
            name=module,
        ) from None


def number_range(text: str | None) -> tuple[int | None, int | None]:
    """``"8-10"`` -> (8, 10); ``"3"`` -> (3, 3); ``"3+"`` -> (3, None); free text -> (None, None)."""
    match = _RANGE.match(text or "")
    if not match:
        return None, None
    low = int(match.group(1))
    if match.group(4) or (match.group(2) and match.group(3) is None):
        return low, None
    return low, int(match.group(3)) if match.group(3) else low


def _categorical(
    pd: Any, values: Iterable[object], categories: Sequence[str], *, ordered: bool = False
) -> Any:
    return pd.Categorical(
        [None if v is None else str(v) for v in values], categories=list(categories), ordered=ordered
    )


def _exercise_columns(pd: Any, exercises: Sequence[Exercise]) -> dict[str, Any]:
    """Every declared exercise attribute and derived fact as a typed column."""
    from .exercises import ATTRIBUTES, DERIVED, _Ordered

    columns: dict[str, Any] = {}
    for name, declared in (*ATTRIBUTES.items(), *DERIVED.items()):
        if name in ("id", "name"):  # the index and the name column
            continue
        raw = [getattr(e, name) for e in exercises]
        enum_ = declared.enum
        if enum_ is not None and declared.many:
            columns[name] = pd.array([", ".join(sorted(str(v) for v in r)) for r in raw], dtype="string")
        elif enum_ is not None:
            columns[name] = _categorical(
                pd, raw, [m.value for m in enum_], ordered=issubclass(enum_, _Ordered)
            )
        elif declared.python_type is bool:
            columns[name] = pd.array(raw, dtype="boolean")
        elif declared.python_type is int:
            columns[name] = pd.array(raw, dtype="Int64")
        elif declared.python_type is float:
            columns[name] = pd.array(raw, dtype="float64")
        else:
            columns[name] = pd.array([None if v is None else str(v) for v in raw], dtype="string")
    return columns


_EXERCISE_SUMMARY = ("primary_action", "knee", "region", "equipment")


def recommendations(result: RecommendationResult) -> Any:
    """One row per recommendation, indexed by rank."""
    pd = pandas()
    recs = result.recommendations
    rows: dict[str, list[Any]] = {k: [] for k in (
        "id", "name", "score", "sets_low", "sets_high", "reps_low", "reps_high", "reps_unit",
        "tempo_eccentric", "tempo_pause_bottom", "tempo_concentric", "tempo_pause_top",
        "rir_low", "rir_high", "frequency_low", "frequency_high", "rest_hours", "placement", "load", "why",
    )}  # fmt: skip
    for rec in recs:
        p = rec.prescription
        rows["id"].append(rec.exercise.id)
        rows["name"].append(rec.exercise.name)
        rows["score"].append(float(rec.score))
        for key, text in (
            ("sets", p.sets),
            ("reps", p.reps),
            ("rir", p.rir),
            ("frequency", p.frequency_per_week),
        ):
            low, high = number_range(text)
            rows[f"{key}_low"].append(low)
            rows[f"{key}_high"].append(high)
        rows["reps_unit"].append("second" if re.search(r"\d\s*s\b", p.reps) else "rep")
        phases = _tempo(p.tempo)
        for key, value in zip(
            ("tempo_eccentric", "tempo_pause_bottom", "tempo_concentric", "tempo_pause_top"),
            phases,
            strict=True,
        ):
            rows[key].append(value)
        rows["rest_hours"].append(p.rest_hours)
        rows["placement"].append(p.placement)
        rows["load"].append(p.load)
        rows["why"].append(rec.why())
    ints = [k for k in rows if k.endswith(("_low", "_high")) or k.startswith("tempo_") or k == "rest_hours"]
    data: dict[str, Any] = {
        k: pd.array(v, dtype="Int64") if k in ints else v for k, v in rows.items() if k not in ("why",)
    }
    data["reps_unit"] = _categorical(pd, rows["reps_unit"], ("rep", "second"))
    for key in ("id", "name", "placement", "load"):
        data[key] = pd.array(rows[key], dtype="string")
    data["score"] = pd.array(rows["score"], dtype="float64")
    exercise = _exercise_columns(pd, [r.exercise for r in recs])
    for key in _EXERCISE_SUMMARY:
        data[key] = exercise[key]
    data["role"] = _categorical(pd, [r.role for r in recs], result.goal.role_ids)
    data["why"] = pd.array(rows["why"], dtype="string")
    return pd.DataFrame(data, index=pd.Index([r.rank for r in recs], name="rank", dtype="int64"))


def _tempo(text: str | None) -> tuple[int | None, int | None, int | None, int | None]:
    if not text:
        return None, None, None, None
    from .rules import parse_tempo

    parsed = parse_tempo(text)
    return parsed if parsed is not None else (None, None, None, None)


def exclusions(excluded: Sequence[Exclusion]) -> Any:
    """One row per excluded exercise, indexed by id."""
    pd = pandas()
    data: dict[str, Any] = {
        "name": pd.array([e.exercise.name for e in excluded], dtype="string"),
        "rule": pd.array([e.rule for e in excluded], dtype="string"),
        "kind": pd.Categorical([e.kind for e in excluded], categories=["safety", "scope", "request"]),
        "reason": pd.array([e.reason for e in excluded], dtype="string"),
        "source": pd.array([e.source for e in excluded], dtype="string"),
    }
    exercise = _exercise_columns(pd, [e.exercise for e in excluded])
    for key in _EXERCISE_SUMMARY:
        data[key] = exercise[key]
    return pd.DataFrame(data, index=pd.Index([e.exercise.id for e in excluded], name="id", dtype="string"))


def findings(report: Report) -> Any:
    """One row per finding: code, ordered severity, message, and where (week, date, session...)."""
    pd = pandas()
    fs = report.findings
    locs = [f.location for f in fs]

    def strings(values: Iterable[str | None]) -> Any:
        return pd.array(list(values), dtype="string")

    def ints(values: Iterable[int | None]) -> Any:
        return pd.array(list(values), dtype="Int64")

    data = {
        "code": strings(f.code for f in fs),
        "symbol": strings(f.symbol for f in fs),
        "severity": _categorical(pd, (f.severity for f in fs), SEVERITY_LEVELS, ordered=True),
        "message": strings(f.message for f in fs),
        "suggestion": strings(f.suggestion for f in fs),
        "week": ints(loc.week for loc in locs),
        "week_label": strings(loc.week_label for loc in locs),
        "date": pd.to_datetime(pd.Series([loc.date for loc in locs], dtype="object"), errors="coerce"),
        "day": _categorical(pd, (loc.day for loc in locs), DAYS, ordered=True),
        "session": strings(loc.session for loc in locs),
        "session_index": ints(loc.session_index for loc in locs),
        "exercise": strings(loc.exercise for loc in locs),
        "exercise_index": ints(loc.exercise_index for loc in locs),
        "line": ints(loc.line for loc in locs),
        "location": strings(str(loc) for loc in locs),
        "rule": strings(f.rule for f in fs),
        "source": strings(f.source for f in fs),
    }
    frame = pd.DataFrame(data)
    frame["date"] = frame["date"].astype("datetime64[ns]")
    return frame


def fixes(result: FixResult) -> Any:
    """One row per fix applied, in order (``FixResult.to_records()``' columns, typed)."""
    pd = pandas()
    records = result.to_records()

    def column(key: str, dtype: str) -> Any:
        return pd.array([r[key] for r in records], dtype=dtype)

    data: dict[str, Any] = {
        "step": column("step", "int64"),
        "follow_up": column("follow_up", "bool"),
        "code": column("code", "string"),
        "symbol": column("symbol", "string"),
        "severity": _categorical(pd, (r["severity"] for r in records), SEVERITY_LEVELS, ordered=True),
        "week": column("week", "Int64"),
        "session": column("session", "string"),
        "exercise": column("exercise", "string"),
        "location": column("location", "string"),
        "title": column("title", "string"),
        "applicability": _categorical(pd, (r["applicability"] for r in records), ("safe", "unsafe")),
        "fixer": column("fixer", "string"),
        "reason": column("reason", "string"),
        "role": column("role", "string"),
        "edits": column("edits", "int64"),
        "brought": column("brought", "string"),
    }
    return pd.DataFrame(data)


#: The weekly totals' columns: (column, joint action or region key).
ACTION_COLUMNS = (
    ("hinge_sets", "straight_knee_hip_extension"),
    ("bent_knee_hip_extension_sets", "bent_knee_hip_extension"),
    ("knee_flexion_sets", "knee_flexion"),
    ("knee_dominant_sets", "knee_dominant"),
    ("other_sets", "other"),
    ("out_of_scope_sets", "out_of_scope"),
    ("unknown_sets", "unknown"),
)
REGION_COLUMNS = (("proximal_sets", "proximal"), ("distal_sets", "distal"), ("whole_sets", "whole"))


def weeks(summaries: Sequence[WeekSummary]) -> Any:
    """One row per week, indexed by week number (a log's weeks: by ISO week, ``2025-W46``): sets
    by joint action and region, gaps. A log's weeks without a workout between its first and last
    are rows of zeros with ``trained`` False."""
    pd = pandas()
    data: dict[str, Any] = {"label": pd.array([w.label for w in summaries], dtype="string")}
    for column, key in ACTION_COLUMNS:
        data[column] = pd.array([float(w.sets_by_action.get(key, 0.0)) for w in summaries], dtype="float64")
    for column, key in REGION_COLUMNS:
        data[column] = pd.array([float(w.sets_by_region.get(key, 0.0)) for w in summaries], dtype="float64")
    data["hamstring_sets"] = pd.array([float(w.hamstring_sets) for w in summaries], dtype="float64")
    data["sessions"] = pd.array([len(w.sessions) for w in summaries], dtype="int64")
    data["trained"] = pd.array([w.trained for w in summaries], dtype="bool")
    data["in_progress"] = pd.array([w.in_progress for w in summaries], dtype="bool")
    data["stage"] = pd.array([w.stage for w in summaries], dtype="Int64")
    data["heavy_hamstring_sessions"] = pd.array(
        [w.heavy_hamstring_sessions for w in summaries], dtype="int64"
    )
    data["min_gap_hours"] = pd.array(
        [float("nan") if w.min_gap_hours is None else float(w.min_gap_hours) for w in summaries],
        dtype="float64",
    )
    from ._trends import iso_monday

    labels = [w.label for w in summaries]
    if labels and all(iso_monday(label) is not None for label in labels):  # a log: a time series
        return pd.DataFrame(data, index=pd.Index(labels, name="week", dtype="string"))
    return pd.DataFrame(data, index=pd.Index([w.week for w in summaries], name="week", dtype="int64"))


def substitutions(result: SubstitutionResult) -> Any:
    """One row per substitute, indexed by rank."""
    pd = pandas()
    subs = result.substitutions
    data: dict[str, Any] = {
        "id": pd.array([s.exercise.id for s in subs], dtype="string"),
        "name": pd.array([s.exercise.name for s in subs], dtype="string"),
        "similarity": pd.array([float(s.similarity) for s in subs], dtype="float64"),
        "goal_score": pd.array(
            [float("nan") if s.goal_score is None else float(s.goal_score) for s in subs], dtype="float64"
        ),
        "differences": pd.array([len(s.differences) for s in subs], dtype="int64"),
        "what_differs": pd.array(["; ".join(s.differences) for s in subs], dtype="string"),
    }
    exercise = _exercise_columns(pd, [s.exercise for s in subs])
    for key in _EXERCISE_SUMMARY:
        data[key] = exercise[key]
    return pd.DataFrame(data, index=pd.Index([s.rank for s in subs], name="rank", dtype="int64"))


def plan(result: Plan) -> Any:
    """One row per planned exercise, in the plan's order: week, session, day, position, the
    exercise, its role (id and name), its rank for the goal, the dose as written in the program
    file (sets, reps, hold, the four tempo phases, RIR, RPE), the rules and the reason."""
    pd = pandas()
    choices = result.choices
    entries = []
    for c in choices:
        session = next(s for s in result.weeks[c.week - 1].sessions if s.name == c.session)
        entries.append(session.entries[c.position - 1])
    tempos = [e.tempo or (None, None, None, None) for e in entries]
    roles = list(dict.fromkeys(c.role for c in choices))  # in the plan's order: the opening role first
    data: dict[str, Any] = {
        "week": pd.array([c.week for c in choices], dtype="int64"),
        "session": pd.array([c.session for c in choices], dtype="string"),
        "day": _categorical(pd, [c.day or None for c in choices], DAYS, ordered=True),
        "position": pd.array([c.position for c in choices], dtype="int64"),
        "exercise": pd.array([c.exercise for c in choices], dtype="string"),
        "exercise_id": pd.array([c.exercise_id for c in choices], dtype="string"),
        "role": _categorical(pd, [c.role for c in choices], roles),
        "role_name": pd.array([c.role_name or None for c in choices], dtype="string"),
        "rank": pd.array([c.rank for c in choices], dtype="Int64"),
        "sets": pd.array([e.sets for e in entries], dtype="Int64"),
        "reps_low": pd.array([e.reps_low for e in entries], dtype="Int64"),
        "reps_high": pd.array([e.reps_high for e in entries], dtype="Int64"),
        "per_side": pd.array([e.per_side for e in entries], dtype="bool"),
        "hold_s": pd.array([e.hold_s for e in entries], dtype="Int64"),
    }
    for k, key in enumerate(("tempo_eccentric", "tempo_pause_bottom", "tempo_concentric", "tempo_pause_top")):
        data[key] = pd.array([t[k] for t in tempos], dtype="Int64")
    data["rir"] = pd.array([e.rir for e in entries], dtype="Int64")
    data["rpe"] = pd.array(
        [float("nan") if e.rpe is None else float(e.rpe) for e in entries], dtype="float64"
    )
    data["prescription"] = pd.array([c.prescription for c in choices], dtype="string")
    data["rules"] = pd.array([", ".join(c.rules) for c in choices], dtype="string")
    data["reason"] = pd.array([c.reason or None for c in choices], dtype="string")
    return pd.DataFrame(data)


def catalog(exercises: Catalog) -> Any:
    """One row per exercise, indexed by id: name and every attribute and derived fact."""
    pd = pandas()
    items = list(exercises)
    data: dict[str, Any] = {"name": pd.array([e.name for e in items], dtype="string")}
    data.update(_exercise_columns(pd, items))
    return pd.DataFrame(data, index=pd.Index([e.id for e in items], name="id", dtype="string"))


def _when(pd: Any, starts: list[Any]) -> Any:
    return pd.to_datetime(pd.Series(starts, dtype="object")).astype("datetime64[ns]")


def _floats(pd: Any, values: Iterable[float | None]) -> Any:
    return pd.array([float("nan") if v is None else float(v) for v in values], dtype="float64")


def progress(report: Report) -> Any:
    """One row per lift and ISO week of a log's report, indexed by ``(week, exercise)``: the
    week's Monday, hard sets, best estimated 1RM, top set and tonnage in the report's unit."""
    pd = pandas()
    from ._trends import iso_monday

    unit = report.unit or "kg"
    rows = [item.to_dict(unit) for item in report.progress]
    index = pd.MultiIndex.from_arrays(
        [
            pd.array([r["week"] for r in rows], dtype="string"),
            pd.array([r["exercise"] for r in rows], dtype="string"),
        ],
        names=["week", "exercise"],
    )
    return pd.DataFrame(
        {
            "monday": pd.array(
                [pd.Timestamp(m) if (m := iso_monday(r["week"])) is not None else pd.NaT for r in rows],
                dtype="datetime64[ns]",
            ),
            "sets": pd.array([r["sets"] for r in rows], dtype="int64"),
            "best_e1rm": _floats(pd, (r["best_e1rm"] for r in rows)),
            "top_set": _floats(pd, (r["top_set"] for r in rows)),
            "tonnage": _floats(pd, (r["tonnage"] for r in rows)),
            "unit": pd.Categorical([unit] * len(rows), categories=["kg", "lb"]),
            "zero_weight_sets": pd.array([r["zero_weight_sets"] for r in rows], dtype="int64"),
            "body_weight_sets": pd.array([r["body_weight_sets"] for r in rows], dtype="int64"),
            "assistance": _floats(pd, (r["assistance"] for r in rows)),
        },
        index=index,
    )


def log_exercises(log: WorkoutLog) -> Any:
    """One row per exercise of a workout, with the aggregates kept while reading."""
    pd = pandas()
    pairs = [(w, e) for w in log.workouts for e in w.exercises]
    return pd.DataFrame(
        {
            "start": _when(pd, [w.start for w, _ in pairs]),
            "iso_week": pd.array([w.iso_week for w, _ in pairs], dtype="string"),
            "workout": pd.array([w.title for w, _ in pairs], dtype="string"),
            "exercise": pd.array([e.name for _, e in pairs], dtype="string"),
            "hard_sets": pd.array([e.hard_sets for _, e in pairs], dtype="int64"),
            "warmup_sets": pd.array([e.warmup_sets for _, e in pairs], dtype="int64"),
            "reps_low": pd.array([e.reps_low or None for _, e in pairs], dtype="Int64"),
            "reps_high": pd.array([e.reps_high or None for _, e in pairs], dtype="Int64"),
            "top_kg": _floats(pd, (e.top_kg for _, e in pairs)),
            "best_e1rm_kg": _floats(pd, (e.best_e1rm_kg for _, e in pairs)),
            "tonnage_kg": _floats(pd, (e.tonnage_kg for _, e in pairs)),
            "max_rpe": _floats(pd, (e.max_rpe for _, e in pairs)),
            "zero_weight_sets": pd.array([e.zero_weight_sets for _, e in pairs], dtype="int64"),
            "body_weight_sets": pd.array([e.body_weight_sets for _, e in pairs], dtype="int64"),
            "assistance_kg": _floats(pd, (e.assistance_kg for _, e in pairs)),
        }
    )


def log_sets(log: WorkoutLog) -> Any:
    """One row per hard set (a log read with ``keep_sets=True``): reps, weight (kg), RPE, seconds."""
    if not log.keep_sets:
        from .errors import RequestError

        raise RequestError(
            "this log kept no per-set detail",
            location="sets",
            suggestion="read it with load_log(..., keep_sets=True)",
        )
    pd = pandas()
    rows: dict[str, list[Any]] = {k: [] for k in (
        "start", "iso_week", "workout", "exercise", "set", "reps", "weight_kg", "rpe", "seconds",
    )}  # fmt: skip
    for workout in log.workouts:
        for ex in workout.exercises:
            # RPE and seconds are kept per set only when every hard set has one
            rpe = ex.rpe if len(ex.rpe) == ex.hard_sets else (None,) * ex.hard_sets
            seconds = ex.seconds if len(ex.seconds) == ex.hard_sets else (None,) * ex.hard_sets
            for n in range(ex.hard_sets):
                rows["start"].append(workout.start)
                rows["iso_week"].append(workout.iso_week)
                rows["workout"].append(workout.title)
                rows["exercise"].append(ex.name)
                rows["set"].append(n + 1)
                rows["reps"].append(ex.reps[n] if n < len(ex.reps) else None)
                rows["weight_kg"].append(ex.weights_kg[n] if n < len(ex.weights_kg) else None)
                rows["rpe"].append(rpe[n])
                rows["seconds"].append(seconds[n])
    return pd.DataFrame(
        {
            "start": _when(pd, rows["start"]),
            "iso_week": pd.array(rows["iso_week"], dtype="string"),
            "workout": pd.array(rows["workout"], dtype="string"),
            "exercise": pd.array(rows["exercise"], dtype="string"),
            "set": pd.array(rows["set"], dtype="int64"),
            "reps": pd.array(rows["reps"], dtype="Int64"),
            "weight_kg": _floats(pd, rows["weight_kg"]),
            "rpe": _floats(pd, rows["rpe"]),
            "seconds": pd.array(rows["seconds"], dtype="Int64"),
        }
    )
