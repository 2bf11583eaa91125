"""One-line reprs for every result and item (what a REPL or a notebook shows for ``obj``).

Each is short - under :data:`MAX_REPR` characters, names clipped - and says what the object is
and what matters about it: ``<Recommendation #1 Romanian deadlift 60: 3 x 8-10 @ 3-1-1-0>``.
The full data is in ``to_dict()``, the full text in ``str()`` or ``explain()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._tables import ByType, number

if TYPE_CHECKING:
    from .._recommend import Exclusion, Exclusions, Prescription, Reason, Recommendation, RecommendationResult
    from .._substitute import Substitution, SubstitutionResult
    from ..exercises import Exercise
    from ..findings import Finding, Location, Report, SessionSummary, WeekSummaries, WeekSummary
    from ..logs import LoggedExercise, LogIssue, Workout, WorkoutLog
    from ..program import Entry, Program, Session, Week

#: The longest repr (a test holds every public object to it).
MAX_REPR = 160
_NAME = 40
_TEXT = 60


def clip(text: str, width: int = _NAME) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


def _count(n: int, noun: str) -> str:
    """``1 session``, ``2 sessions``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _ids(ids: list[str], shown: int = 3) -> str:
    more = ", ..." if len(ids) > shown else ""
    return "[" + ", ".join(clip(i, 24) for i in ids[:shown]) + more + "]"


@ByType
def one_line(obj: object) -> str:
    """The one-line repr of a library object."""
    return clip(object.__repr__(obj), MAX_REPR)


@one_line.register("_recommend.Recommendation")
def _recommendation(rec: Recommendation) -> str:
    score = number(rec.score)
    return f"<Recommendation #{rec.rank} {clip(rec.exercise.name)} {score}: {rec.prescription.short()}>"


@one_line.register("_recommend.Reason")
def _reason(reason: Reason) -> str:
    return f"<Reason {reason.rule} {reason.symbol} {reason.effect}>"


@one_line.register("_recommend.Prescription")
def _prescription(p: Prescription) -> str:
    parts = [p.short()]
    if p.rir:
        parts.append(f"RIR {clip(p.rir, 12)}")
    parts.append(clip(p.per_week(), 40))
    return f"<Prescription {'; '.join(parts)}>"


@one_line.register("_recommend.Exclusion")
def _exclusion(exc: Exclusion) -> str:
    return f"<Exclusion {clip(exc.exercise.name)} by {exc.rule} ({exc.kind}): {clip(exc.reason, _TEXT)}>"


@one_line.register("_recommend.Exclusions")
def _exclusions(excluded: Exclusions) -> str:
    return f"<Exclusions ({len(excluded)}) {_ids([e.exercise.id for e in excluded], 4)}>"


@one_line.register("_recommend.RecommendationResult")
def _recommendations(result: RecommendationResult) -> str:
    top = ", ".join(r.exercise.id for r in result.recommendations[:3])
    return clip(
        f"<RecommendationResult goal={result.goal.id!r} stage={result.stage} "
        f"{len(result.recommendations)} ranked [{top}...] {len(result.excluded)} excluded"
        + (" (why: .notes)" if not result.recommendations and result.notes else "")
        + ">",
        MAX_REPR,
    )


@one_line.register("findings.Location")
def _location(loc: Location) -> str:
    line = f", line {loc.line}" if loc.line is not None else ""
    return f"<Location {clip(str(loc), _TEXT + 20)}{line}>"


@one_line.register("findings.Finding")
def _finding(f: Finding) -> str:
    return f"<Finding {f.code} {f.severity} {f.symbol} at {clip(str(f.location), _TEXT)}>"


@one_line.register("findings.Report")
def _report(report: Report) -> str:
    c = report.counts()
    return (
        f"<Report {clip(report.program)!r} goal={report.goal!r} ok={report.ok} "
        f"errors={c['error']} warnings={c['warning']} info={c['info']}>"
    )


@one_line.register("findings.WeekSummary")
def _week(week: WeekSummary) -> str:
    a = week.sets_by_action
    return (
        f"<WeekSummary {clip(week.label, 20)}: {number(week.hamstring_sets)} hamstring sets "
        f"(hinge {number(a.get('straight_knee_hip_extension', 0))}, knee flexion "
        f"{number(a.get('knee_flexion', 0))}), {_count(len(week.sessions), 'session')}>"
    )


@one_line.register("findings.WeekSummaries")
def _weeks(weeks: WeekSummaries) -> str:
    labels = [w.label for w in weeks]
    span = f"{labels[0]}..{labels[-1]}" if len(labels) > 1 else (labels[0] if labels else "none")
    return f"<WeekSummaries ({len(weeks)}) {clip(span, 50)}>"


@one_line.register("findings.SessionSummary")
def _session_summary(s: SessionSummary) -> str:
    when = s.date or s.day
    where = f"{clip(s.name)} ({when})" if when else clip(s.name)
    return f"<SessionSummary {where}: {number(s.hamstring_sets)} hamstring sets>"


@one_line.register("_substitute.Substitution")
def _substitution(s: Substitution) -> str:
    return (
        f"<Substitution #{s.rank} {clip(s.exercise.name)} similarity {s.similarity:.2f} "
        f"({_count(len(s.differences), 'difference')})>"
    )


@one_line.register("_substitute.SubstitutionResult")
def _substitutions(result: SubstitutionResult) -> str:
    goal = f" goal={result.goal!r}" if result.goal else ""
    if result.stage is not None:
        goal += f" stage={result.stage}" + (" (assumed)" if result.stage_assumed else "")
    return (
        f"<SubstitutionResult for {result.original.id}{goal} "
        f"{_count(len(result.substitutions), 'substitute')} "
        f"{_ids(list(result.ids))} {len(result.excluded)} excluded>"
    )


@one_line.register("exercises.Exercise")
def _exercise(ex: Exercise) -> str:
    return (
        f"<Exercise {clip(ex.id, 30)} {clip(ex.name)!r}: {ex.primary_action.value}, "
        f"knee {ex.knee.value}, region {ex.region.value}>"
    )


@one_line.register("logs.WorkoutLog")
def _log(log: WorkoutLog) -> str:
    span = ""
    if log.workouts:
        first, last = log.workouts[0].start.date(), log.workouts[-1].start.date()
        span = f" {first}..{last}" if first != last else f" {first}"
    issues = f", {_count(len(log.issues), 'issue')}" if log.issues else ""
    return f"<WorkoutLog {log.format} ({log.unit}): {_count(len(log.workouts), 'workout')}{span}{issues}>"


@one_line.register("logs.Workout")
def _workout(w: Workout) -> str:
    when = w.start.date() if w.date_only else w.start.strftime("%Y-%m-%d %H:%M")
    sets = sum(e.hard_sets for e in w.exercises)
    counts = f"{_count(len(w.exercises), 'exercise')}, {_count(sets, 'hard set')}"
    return f"<Workout {clip(w.title)!r} {when}: {counts}>"


@one_line.register("logs.LoggedExercise")
def _logged(e: LoggedExercise) -> str:
    low, high = e.reps_low, e.reps_high
    shown = "" if not high else f" x {low}" if low == high else f" x {low}-{high}"
    top = f", top {number(e.top_kg)} kg" if e.top_kg else ""
    return f"<LoggedExercise {clip(e.name)!r}: {_count(e.hard_sets, 'hard set')}{shown}{top}>"


@one_line.register("logs.LogIssue")
def _issue(issue: LogIssue) -> str:
    return f"<LogIssue line {issue.line}: {clip(issue.message, _TEXT)}>"


@one_line.register("program.Entry")
def _entry(e: Entry) -> str:
    tempo = f" @ {e.tempo_text}" if e.tempo else ""
    side = " per leg" if e.per_side is True else ""
    load = f" ({clip(e.load, 30)})" if e.load else ""  # load: 100 kg, 70%: kept as written
    # a hold's dose is its seconds: "5 x 30 s hold", "3 x 2 x 45 s hold" (review29 V15)
    if e.hold_s is not None:
        reps = f"{e.reps} x " if str(e.reps) != "1" else ""
        return f"<Entry {clip(e.exercise)} {e.sets} x {reps}{e.hold_s:g} s hold{side}{tempo}{load}>"
    return f"<Entry {clip(e.exercise)} {e.sets} x {e.reps}{side}{tempo}{load}>"


@one_line.register("program.Session")
def _session(s: Session) -> str:
    when = s.start.strftime("%Y-%m-%d") if s.start else s.day_name
    where = f"{clip(s.name)!r} {when}" if when else repr(clip(s.name))
    return f"<Session {where}: {_count(len(s.entries), 'exercise')}>"


@one_line.register("program.Week")
def _program_week(w: Week) -> str:
    label = f" {clip(w.label, 20)}" if w.label else ""
    return f"<Week{label}: {_count(len(w.sessions), 'session')}>"


@one_line.register("program.Program")
def _program(p: Program) -> str:
    sessions = sum(len(w.sessions) for w in p.weeks)
    goal = f" goal={clip(p.goal, 30)!r}" if p.goal else ""
    return f"<Program {clip(p.name)!r}{goal}: {_count(len(p.weeks), 'week')}, {_count(sessions, 'session')}>"
