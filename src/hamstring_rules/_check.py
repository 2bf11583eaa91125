"""``check()``: lint a training program (or a workout log) like a linter lints code.

The checks are rules in the same engine as the rankings (``data/checks.toml``): this module
only computes the facts they read - per week, per session, per exercise entry and per name -
runs the engine and turns fired rules into :class:`~hamstring_rules.Finding` objects.
"""

from __future__ import annotations

import itertools
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
from typing import Any

import attrs

from ._engine import render_template
from ._facts import request_facts
from ._recommend import _check_pain, _check_stage, resolve_sources
from ._validate import file_path, instance
from .catalog import Catalog, Resolution
from .errors import ProgramError, RequestError
from .exercises import Exercise, JointAction, KneeBehaviour, Laterality, Region, StartPosition
from .findings import Finding, Location, Report, SessionSummary, WeekSummary
from .program import Entry, Limits, Program, Session, load_program
from .rules import Rule, RuleSet

__all__ = ["CheckConfig", "check"]

#: The goal assumed when neither check(goal=) nor the program names one.
DEFAULT_GOAL = "posterior_chain"
_ACTIONS = (
    "straight_knee_hip_extension",
    "bent_knee_hip_extension",
    "knee_flexion",
    "knee_dominant",
    "other",
    "out_of_scope",
    "unknown",
)


@attrs.frozen
class CheckConfig:
    """Definitions the week's facts are computed with (thresholds that fire findings are rule
    ``params`` instead).

    Attributes:
        heavy_max_reps: a set is heavy when the low end of its rep target is at most this. The
            article's heavy hinge is 3x8-10 ("about 10 reps or fewer").
    """

    heavy_max_reps: int = attrs.field(
        default=10,
        validator=attrs.validators.and_(
            attrs.validators.instance_of(int), attrs.validators.ge(1), attrs.validators.le(100)
        ),
    )


def _action_of(ex: Any) -> str:
    if ex.straight_knee_hip_extension:
        return "straight_knee_hip_extension"
    if ex.knee_flexion:
        return "knee_flexion"
    if ex.knee_dominant:
        return "knee_dominant"
    if ex.bent_knee_hip_extension:
        return "bent_knee_hip_extension"
    return "other"


def _is_squat_lunge_press_or_deadlift(ex: Any) -> bool:
    if ex.knee_dominant and ex.kind.value == "compound":
        return True
    return bool(
        ex.primary_action is JointAction.HIP_EXTENSION
        and ex.knee is KneeBehaviour.BENDING
        and ex.start_position is StartPosition.FLOOR
    )


@attrs.frozen
class _Fired:
    rule: Rule
    values: Mapping[str, object]
    location: Location


def week_label_given(label: str) -> bool:
    """Whether a week label is worth showing in a location (not the single repeating week)."""
    return label != "every week"


def _session_hours(session: Session) -> float | None:
    if session.start is not None:
        return session.start.timestamp() / 3600.0
    if session.day is not None:
        return session.day * 24.0
    return None


def _when(session: Session) -> str:
    if session.start is not None:
        return (
            session.start.strftime("%Y-%m-%d")
            if session.date_only
            else session.start.strftime("%Y-%m-%d %H:%M")
        )
    return session.day_name or "?"


def _first_exclusions(catalog: Catalog, fired: Sequence[Sequence[Rule]]) -> dict[str, Rule]:
    """Exercise id -> the first exclusion rule that fired for it."""
    out: dict[str, Rule] = {}
    for ex, rules in zip(catalog.exercises, fired, strict=True):
        first = next((r for r in rules if r.effect.kind == "exclude"), None)
        if first is not None:
            out[ex.id] = first
    return out


class _WeekTally:
    """Running totals of hard sets for a session or a week, and what kinds of work it holds."""

    def __init__(self) -> None:
        self.actions = dict.fromkeys(_ACTIONS, 0.0)
        self.regions = {"proximal": 0.0, "distal": 0.0, "whole": 0.0}
        self.hamstring = 0.0
        self.lower_body = 0.0
        self.heavy_work = False
        self.has_unilateral = self.has_hinge = self.has_heavy_hinge = self.has_nordic = False
        self.min_hinge_reps: float | None = None
        self.max_iso_reps: float | None = None

    def add_unresolved(self, status: str, sets: float) -> None:
        self.actions["out_of_scope" if status == "out_of_scope" else "unknown"] += sets

    def add(self, ex: Exercise, entry: Entry, heavy: bool) -> None:
        sets = float(entry.sets)
        self.actions[_action_of(ex)] += sets
        self.lower_body += sets
        self.hamstring += sets * ex.hamstring_set_credit
        if ex.region is not Region.NONE:
            self.regions[ex.region.value] += sets
        if ex.hamstring_set_credit > 0 and heavy:
            self.heavy_work = True
        if ex.laterality is Laterality.UNILATERAL:
            self.has_unilateral = True
        if ex.knee_flexion and ex.eccentric_only:
            self.has_nordic = True
        if ex.straight_knee_hip_extension:
            self.has_hinge = True
            if ex.kind.value == "compound" and heavy and not ex.ballistic:
                self.has_heavy_hinge = True
                self.min_hinge_reps = _min(self.min_hinge_reps, entry.reps_low)
            if ex.kind.value == "isolation" and not ex.isometric:
                self.max_iso_reps = _max(self.max_iso_reps, entry.reps_high)

    def merge(self, other: _WeekTally) -> None:
        for key, value in other.actions.items():
            self.actions[key] += value
        for key, value in other.regions.items():
            self.regions[key] += value
        self.hamstring += other.hamstring
        self.lower_body += other.lower_body
        self.heavy_work |= other.heavy_work
        self.has_unilateral |= other.has_unilateral
        self.has_hinge |= other.has_hinge
        self.has_heavy_hinge |= other.has_heavy_hinge
        self.has_nordic |= other.has_nordic
        self.min_hinge_reps = _min(self.min_hinge_reps, other.min_hinge_reps)
        self.max_iso_reps = _max(self.max_iso_reps, other.max_iso_reps)

    def facts(self) -> dict[str, object]:
        """The week facts that come from the totals (see ``_facts.WEEK_FACTS``)."""
        hinge = self.actions["straight_knee_hip_extension"]

        def ratio(n: float) -> float:
            if hinge > 0:
                return n / hinge
            return math.inf if n > 0 else 0.0

        return {
            "hinge_sets": hinge,
            "knee_flexion_sets": self.actions["knee_flexion"],
            "knee_dominant_sets": self.actions["knee_dominant"],
            "bent_knee_hip_extension_sets": self.actions["bent_knee_hip_extension"],
            "hamstring_sets": self.hamstring,
            "proximal_sets": self.regions["proximal"],
            "distal_sets": self.regions["distal"],
            "whole_sets": self.regions["whole"],
            "out_of_scope_sets": self.actions["out_of_scope"],
            "lower_body_sets": self.lower_body,
            "unknown_exercises": self.actions["unknown"],
            "has_hinge": self.has_hinge,
            "has_heavy_hinge": self.has_heavy_hinge,
            "has_eccentric_knee_flexion": self.has_nordic,
            "has_unilateral": self.has_unilateral,
            "min_hinge_reps": self.min_hinge_reps,
            "max_hip_extension_isolation_reps": self.max_iso_reps,
            "knee_flexion_to_hinge": ratio(self.actions["knee_flexion"]),
            "knee_dominant_to_hinge": ratio(self.actions["knee_dominant"]),
        }


def _min(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else max(a, b)


class _Checker:
    def __init__(
        self,
        program: Program,
        goal_id: str,
        stage: int | None,
        catalog: Catalog,
        rules: RuleSet,
        config: CheckConfig,
        request: Mapping[str, object],
    ) -> None:
        self.program = program
        self.goal = goal_id
        self.stage = stage
        self.catalog = catalog
        self.rules = rules
        self.config = config
        self.request = request
        self.names: dict[str, Resolution] = {}
        self.name_counts: dict[str, int] = {}
        # The earliest place a name appears, by week, time and session name - not list order.
        self.name_first: dict[str, tuple[tuple[Any, ...], Location]] = {}
        # What the goal's ranking rules exclude (HR010): memoised per request pattern, like recommend().
        self.exclusions: Mapping[str, Rule] = _first_exclusions(
            catalog, catalog.bound(rules).run(goal_id, request)
        )
        self.facts_by_id = catalog.facts_by_id()
        self.timeline = bool(program.weeks) and all(
            s.start is not None for w in program.weeks for s in w.sessions
        )
        self.previous_heavy: tuple[float, str] | None = None
        self.partial_weeks: list[str] = []
        starts = [s.start for w in program.weeks for s in w.sessions if s.start is not None]
        self.log_span = (min(starts).date(), max(starts).date()) if self.timeline and starts else None

    def complete(self, sessions: Sequence[Session]) -> bool:
        """Whether a week is whole: always for programs; for logs, the log covers Monday-Sunday."""
        if self.log_span is None or not sessions or sessions[0].start is None:
            return True
        monday = sessions[0].start.date() - timedelta(days=sessions[0].start.weekday())
        first, last = self.log_span
        return first <= monday and last >= monday + timedelta(days=6)

    def classify(self, name: str) -> Resolution:
        res = self.names.get(name)
        if res is None:
            res = self.catalog.classify(name)
            self.names[name] = res
        return res

    def run(self) -> tuple[list[_Fired], list[WeekSummary]]:
        fired: list[_Fired] = []
        summaries = []
        for w_index, week in enumerate(self.program.weeks, start=1):
            label = week.label or (f"week {w_index}" if len(self.program.weeks) > 1 else "every week")
            fired_week, summary = self.check_week(w_index, label, week.sessions)
            fired.extend(fired_week)
            summaries.append(summary)
        fired.extend(self.check_names())
        return fired, summaries

    def _note_name(
        self, name: str, w_index: int, session: Session, hours: float | None, e_index: int, loc: Location
    ) -> None:
        """Count a name and keep its earliest place (by week, time, session name - not list order)."""
        self.name_counts[name] = self.name_counts.get(name, 0) + 1
        key = (w_index, math.inf if hours is None else hours, session.name, e_index)
        known = self.name_first.get(name)
        if known is None or key < known[0]:
            self.name_first[name] = (key, loc)

    def _entry_facts(
        self, ex: Exercise, entry: Entry, position: int, heavy: bool, preceded_by: str | None
    ) -> dict[str, object]:
        """The facts an entry rule reads: the exercise's attributes plus how it is programmed."""
        excluded = self.exclusions.get(ex.id)
        facts = dict(self.facts_by_id[ex.id])
        facts.update(
            sets=float(entry.sets),
            reps_low=entry.reps_low,
            reps_high=entry.reps_high,
            eccentric_s=entry.tempo[0] if entry.tempo else 0,
            has_tempo=entry.tempo is not None,
            rep_s=sum(entry.tempo) if entry.tempo else 0,
            position=position,
            after_knee_dominant_or_deadlift=preceded_by is not None,
            excluded_for_goal=excluded is not None,
            heavy=heavy,
            # values for message templates only
            exercise=entry.exercise,
            exercise_name=ex.name,
            tempo_text=f"tempo {entry.tempo_text}" if entry.tempo else "no tempo given",
            exclusion_reason=excluded.effect.text if excluded else "",
            preceded_by=preceded_by or "",
            stage=self.stage if self.stage is not None else "",
        )
        return facts

    def check_week(
        self, w_index: int, label: str, sessions: Sequence[Session]
    ) -> tuple[list[_Fired], WeekSummary]:
        multi = len(self.program.weeks) > 1 or week_label_given(label)
        week_loc = Location(
            week=w_index if multi else None, week_label=label if multi else None, file=self.program.source
        )
        tally = _WeekTally()
        entry_subjects: list[dict[str, object]] = []
        entry_locs: list[Location] = []
        session_subjects: list[dict[str, object]] = []
        session_locs: list[Location] = []
        session_summaries: list[SessionSummary] = []
        heavy_sessions: list[tuple[float | None, str]] = []

        for s_index, session in enumerate(sessions, start=1):
            when = _when(session)
            hours = _session_hours(session)
            dated = session.start is not None
            s_loc = attrs.evolve(
                week_loc,
                session=session.name,
                session_index=s_index,
                day=session.day_name,
                date=when if dated else None,
            )
            s_tally = _WeekTally()
            high_spinal: list[str] = []
            preceded_by: str | None = None
            for e_index, entry in enumerate(session.entries, start=1):
                e_loc = attrs.evolve(s_loc, exercise=entry.exercise, exercise_index=e_index)
                self._note_name(entry.exercise, w_index, session, hours, e_index, e_loc)
                res = self.classify(entry.exercise)
                if res.exercise is None:
                    s_tally.add_unresolved(res.status, float(entry.sets))
                    continue
                ex = res.exercise
                heavy = entry.reps_low <= self.config.heavy_max_reps and not ex.isometric
                s_tally.add(ex, entry, heavy)
                if ex.primary_action is JointAction.HIP_EXTENSION and ex.spinal_load.value == "high":
                    high_spinal.append(entry.exercise)
                entry_subjects.append(self._entry_facts(ex, entry, e_index, heavy, preceded_by))
                entry_locs.append(e_loc)
                if preceded_by is None and _is_squat_lunge_press_or_deadlift(ex):
                    preceded_by = entry.exercise
            tally.merge(s_tally)
            session_subjects.append(
                {
                    "exercises": len(session.entries),
                    "hamstring_sets": s_tally.hamstring,
                    "high_spinal_load_hinges": len(high_spinal),
                    "names": ", ".join(high_spinal),
                }
            )
            session_locs.append(s_loc)
            session_summaries.append(
                SessionSummary(
                    session.name,
                    session.day_name,
                    s_tally.actions,
                    s_tally.hamstring,
                    s_tally.heavy_work,
                    date=when if dated else None,
                    sets_by_region=s_tally.regions,
                )
            )
            if s_tally.heavy_work:
                heavy_sessions.append((hours, f"{session.name} ({when})"))

        gap, gap_names, gaps = self._min_gap(heavy_sessions)
        complete = self.complete(sessions)
        if not complete:
            self.partial_weeks.append(label)
        week_facts = tally.facts()
        week_facts.update(
            complete_week=complete,
            sessions=len(sessions),
            heavy_hamstring_sessions=len(heavy_sessions),
            min_gap_hours=gap,
            min_gap_sessions=gap_names,
            undated_heavy_sessions=sum(1 for hours, _ in heavy_sessions if hours is None),
        )
        out: list[_Fired] = []
        out += self._run("week", [week_facts], [week_loc])
        out += self._run("session", session_subjects, session_locs)
        out += self._run("entry", entry_subjects, entry_locs)
        summary = WeekSummary(
            week=w_index,
            label=label,
            sets_by_action=tally.actions,
            sets_by_region=tally.regions,
            hamstring_sets=tally.hamstring,
            heavy_hamstring_sessions=len(heavy_sessions),
            min_gap_hours=gap,
            sessions=tuple(session_summaries),
            heavy_session_gaps=gaps,
        )
        return out, summary

    def _min_gap(self, heavy: list[tuple[float | None, str]]) -> tuple[float | None, str, tuple[float, ...]]:
        """The shortest gap between heavy sessions, the pair it is between, and every gap in order.

        A program's week repeats, so its last session is followed by its first a week later;
        a log's sessions are real timestamps, and a week's first session follows the previous
        week's last.
        """
        if not heavy or any(h is None for h, _ in heavy):
            return None, "", ()
        points = sorted((h, n) for h, n in heavy if h is not None)
        pairs: list[tuple[float, str]] = []
        if self.timeline and self.previous_heavy is not None:
            prev_h, prev_n = self.previous_heavy
            pairs.append((points[0][0] - prev_h, f"{prev_n} and {points[0][1]}"))
        for (h1, n1), (h2, n2) in itertools.pairwise(points):
            pairs.append((h2 - h1, f"{n1} and {n2}"))
        if self.timeline:
            self.previous_heavy = points[-1]
        else:
            (first_h, first_n), (last_h, last_n) = points[0], points[-1]
            wrap = first_h + 168.0 - last_h
            pairs.append((wrap, f"{last_n} and next week's {first_n}" if len(points) > 1 else first_n))
        if not pairs:
            return None, "", ()
        gap, names = min(pairs, key=lambda p: (p[0], p[1]))
        return round(gap, 2), names, tuple(round(p[0], 2) for p in pairs)

    def _run(self, scope: str, subjects: list[dict[str, object]], locations: list[Location]) -> list[_Fired]:
        if not subjects:
            return []
        fired = self.rules.engine(scope).run(self.goal, subjects, self.request)
        return [
            _Fired(rule, subject, loc)
            for subject, loc, rules in zip(subjects, locations, fired, strict=True)
            for rule in rules
        ]

    def check_names(self) -> list[_Fired]:
        subjects = []
        locations = []
        for name, res in sorted(self.names.items()):
            count = self.name_counts[name]
            if res.suggestions:
                hint = "did you mean " + " or ".join(repr(s) for s in res.suggestions) + "?"
            else:
                hint = "add it to your catalog with Catalog.with_exercises(...)"
            subjects.append({"name": name, "resolution": res.status, "count": count, "did_you_mean": hint})
            locations.append(self.name_first[name][1])
        return self._run("name", subjects, locations)


def _finding(fired: _Fired, goal: str, params_extra: Mapping[str, object]) -> Finding:
    rule = fired.rule
    effect = rule.effect
    values: dict[str, object] = {**fired.values, **rule.params, **params_extra}
    severity = effect.severity_by_goal.get(goal, effect.severity)
    message = render_template(effect.text, values)
    count = fired.values.get("count")
    if isinstance(count, int) and count > 1 and rule.scope == "name":
        message += f" ({count} times)"
    return Finding(
        code=rule.code,
        symbol=rule.symbol,
        severity=severity,
        message=message,
        location=fired.location,
        suggestion=render_template(effect.suggestion, values),
        rule=rule.id,
        source=rule.source,
    )


def _with_line(finding: Finding, program: Program) -> Finding:
    loc = finding.location
    line = program.line_of(loc.week, loc.session_index, loc.exercise_index)
    return finding if line is None else attrs.evolve(finding, location=attrs.evolve(loc, line=line))


def _codes(value: Iterable[str] | str | None, name: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split() if v]
    if not isinstance(value, list | tuple | set | frozenset) or not all(isinstance(v, str) for v in value):
        raise RequestError(f"{name} takes codes as a string or a list of strings", location=name)
    codes = tuple(sorted(v.strip().upper() for v in value))
    for code in codes:
        if not code.startswith("HR") or len(code) > 16:
            raise RequestError(
                f"invalid check code {code!r}", location=name, suggestion="codes look like HR001 or HR0"
            )
    return codes


def _matches(code: str, prefixes: Sequence[str]) -> bool:
    return any(code.startswith(p) for p in prefixes)


def check(
    program: os.PathLike[str] | Mapping[str, Any] | Program,
    *,
    goal: str | None = None,
    stage: int | None = None,
    pain: float | None = None,
    catalog: Catalog | None = None,
    rules: RuleSet | None = None,
    params: Mapping[str, Mapping[str, float]] | None = None,
    config: CheckConfig | None = None,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    limits: Limits | None = None,
) -> Report:
    """Check a program for hinge coverage, posterior-chain balance, order, frequency, rest and
    rehab safety; return a :class:`~hamstring_rules.Report` of coded findings.

    Args:
        program: a :class:`Program`, parsed program data (a mapping), or a file as a
            :class:`pathlib.Path` (``.yaml``/``.yml``/``.json``, or a ``.csv`` workout-app export:
            Strong, Hevy, FitNotes). A plain ``str`` is refused, never read as a path: data
            from a request can never reach the file system (``load_program("x.yaml")`` is the
            explicit file function).
        goal: overrides the program's goal; without either, ``posterior_chain``.
        stage: rehab stage 1-4; overrides the program's ``stage``.
        params: rule thresholds, e.g. ``{"HR012": {"min_sets": 8}, "HR006": {"min_rest_hours": 48}}``.
        config: how facts are computed (what counts as heavy).
        select / ignore: codes or code prefixes to keep or drop (``"HR0"``, ``["HR011"]``).
        limits: size limits for untrusted input (:class:`~hamstring_rules.Limits`), for
            program files and data and for CSV exports (``max_log_bytes``).

    Raises:
        ProgramError / LogFormatError: the input cannot be read (file and place named).
        UnknownGoalError, RequestError, RuleError: bad arguments.
    """
    catalog, rules = resolve_sources(catalog, rules)
    if params:
        rules = rules.with_params(params)
    config = CheckConfig() if config is None else instance(config, CheckConfig, "config")
    kind = "program"
    issues: tuple[str, ...] = ()
    limits = Limits() if limits is None else instance(limits, Limits, "limits")
    if isinstance(program, str):
        raise RequestError(
            "check() does not read a str as a file path (data is never a path)",
            location="program",
            suggestion="pass pathlib.Path('program.yaml') for a file, or the parsed mapping or a Program",
        )
    if isinstance(program, os.PathLike):
        program = file_path(program, error=ProgramError, name="program")
        if program.suffix.lower() in (".csv", ".txt"):
            from .logs import load_log

            log = load_log(program, max_bytes=limits.max_log_bytes)
            issues = tuple(str(i) for i in log.issues)
            if log.skipped_rows:
                issues += (f"{log.skipped_rows} rest-timer or note rows skipped",)
            program = log.to_program()
            kind = "log"
    elif not isinstance(program, Mapping | Program):
        raise RequestError(
            f"program must be a Program, a mapping or a pathlib.Path, got {type(program).__name__}",
            location="program",
        )
    prog = load_program(program, limits=limits)
    if any(s.start is not None for w in prog.weeks for s in w.sessions):
        kind = "log"
    goal_obj = rules.goal(goal if goal is not None else (prog.goal or DEFAULT_GOAL))
    if stage is None and goal_obj.staged:
        stage = prog.stage  # a program's own stage applies when its goal is checked
    stage_value, assumed = _check_stage(goal_obj, stage)
    pain_value = _check_pain(pain)
    selected = _codes(select, "select")
    ignored = _codes(ignore, "ignore")
    request = request_facts(goal_obj, stage_value, pain_value, assumed)

    checker = _Checker(prog, goal_obj.id, stage_value, catalog, rules, config, request)
    fired, summaries = checker.run()
    findings = [_finding(f, goal_obj.id, {}) for f in fired]
    if selected is not None:
        findings = [f for f in findings if _matches(f.code, selected)]
    if ignored:
        findings = [f for f in findings if not _matches(f.code, ignored)]
    findings.sort(key=Finding.sort_key)
    if kind == "program":  # findings with a mechanical repair carry it (data/checks.toml: fix)
        from ._fix import attach_fixes

        findings = attach_fixes(
            findings, prog, goal=goal_obj.id, stage=stage_value, pain=pain_value, catalog=catalog, rules=rules
        )
    if prog.lines:  # the YAML lines kept from parsing (SARIF and editors point at them)
        findings = [_with_line(f, prog) for f in findings]
    if checker.partial_weeks:
        issues += (
            "partial weeks, checked for recovery gaps and exercise entries only: "
            f"{', '.join(checker.partial_weeks)} (the log does not cover them Monday to Sunday)",
        )
    out_of_scope = tuple(sorted(n for n, r in checker.names.items() if r.status == "out_of_scope"))
    unknown = tuple(sorted(n for n, r in checker.names.items() if r.status == "unknown"))
    return Report(
        program=prog.name,
        goal=goal_obj.id,
        stage=stage_value,
        findings=tuple(findings),
        weeks=tuple(summaries),
        out_of_scope=out_of_scope,
        unknown=unknown,
        source=prog.source,
        kind=kind,
        input_issues=issues,
        notes=rules.notes(goal_obj.id, request),
    )
