"""Findings and the check report: data, never exceptions.

A :class:`Finding` is what a linter prints: a code (``HR001``), a symbol
(``missing-hip-hinge``), a severity, a message, a location and a suggestion. A :class:`Report`
holds the findings in a deterministic order and a per-week :class:`WeekSummary` of the work by
joint action and hamstring region.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, SupportsIndex, cast, overload

import attrs

from ._validate import FrozenDict, frozen, plain_methods
from .emitters import OneLineRepr, Rendered
from .emitters.json import SCHEMA_VERSION as JSON_SCHEMA_VERSION
from .errors import MAX_SHOWN, one_line

if TYPE_CHECKING:
    from .logs import ExerciseWeek

__all__ = [
    "DEFAULT_FAIL_ON",
    "SEVERITY_ORDER",
    "Edit",
    "Finding",
    "FindingGroup",
    "Fix",
    "Location",
    "Report",
    "SessionSummary",
    "WeekSummaries",
    "WeekSummary",
]

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
#: The lowest severity that fails a check unless told otherwise: ``Report.ok``, the CLI's exit
#: code (``--fail-on``) and JSON ``summary.ok`` all use it, so they always agree.
DEFAULT_FAIL_ON = "warning"


def _fail_on(value: object) -> str:
    if not isinstance(value, str) or value not in SEVERITY_ORDER:
        from .errors import RequestError, shown

        raise RequestError(
            f"invalid fail_on {shown(value)}", location="fail_on", suggestion="error, warning or info"
        )
    return value


#: The version of the JSON outputs: check, recommend, substitute and plan (defined once, by the
#: JSON emitter; the program-file format has its own, ``_program_words.SCHEMA_VERSION``).
SCHEMA_VERSION = JSON_SCHEMA_VERSION


@attrs.frozen(repr=False)
class Location(OneLineRepr):
    """Where a finding points: week, session, exercise, and for logs the date."""

    week: int | None = None
    week_label: str | None = None
    session: str | None = None
    session_index: int | None = None
    day: str | None = None
    exercise: str | None = None
    exercise_index: int | None = None
    date: str | None = None
    file: str | None = None
    line: int | None = None
    """The line in the program file (YAML programs), kept from parsing for SARIF and editors."""

    def __str__(self) -> str:
        parts = []  # every part from a file (labels, names) escaped and cut: it may drive a terminal
        if self.week_label or self.week:
            parts.append(one_line(self.week_label, MAX_SHOWN) if self.week_label else f"week {self.week}")
        if self.session:
            when = self.date or self.day
            session = one_line(self.session, MAX_SHOWN)
            parts.append(f"{session} ({one_line(when, MAX_SHOWN)})" if when else session)
        if self.exercise:  # the name as written: cut and escaped (it came from a file)
            name = one_line(self.exercise, MAX_SHOWN)
            parts.append(f"#{self.exercise_index} {name}" if self.exercise_index else name)
        return " > ".join(parts) or "every week"

    def to_dict(self) -> dict[str, Any]:
        # the fields read directly (attrs.asdict walks each value: a 100,000-finding report
        # spent a second in it)
        return {k: v for k in _LOCATION_FIELDS if (v := getattr(self, k)) is not None}

    def sort_key(self) -> tuple[int, int, int]:
        return (self.week or 0, self.session_index or 0, self.exercise_index or 0)


_LOCATION_FIELDS = tuple(f.name for f in attrs.fields(Location))


@attrs.frozen
class Edit:
    """One change to a program file's data, addressed by position (0-based), like a text edit.

    ``op`` is one of:

    * ``move``: move exercise ``index`` of session ``session`` to position ``to``;
    * ``insert``: insert ``value`` (an exercise entry as the program file writes it) at ``to``;
    * ``update``: set the keys of ``value`` on exercise ``index`` (or on the session itself when
      ``index`` is ``None``, e.g. ``{"day": "thu"}``); a ``None`` value removes the key.

    ``week`` is the index in ``weeks:`` (0 for a program that gives ``sessions:`` directly).
    """

    op: str
    week: int
    session: int
    index: int | None = None
    to: int | None = None
    value: Mapping[str, Any] | None = attrs.field(default=None, hash=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"op": self.op, "week": self.week, "session": self.session}
        if self.index is not None:
            out["index"] = self.index
        if self.to is not None:
            out["to"] = self.to
        if self.value is not None:
            out["value"] = dict(self.value)
        return out


@attrs.frozen
class Fix:
    """A mechanical repair of a finding, ruff's model: edits to the program and an applicability.

    ``safe`` fixes keep what the program trains and how much (reordering, a tempo); ``unsafe``
    ones change it (add or swap an exercise, move a day) and apply only with ``unsafe=True``
    (``--unsafe-fixes``). ``reason`` names the rule or role that chose the change.
    """

    title: str
    applicability: str
    edits: tuple[Edit, ...]
    fixer: str = ""
    reason: str = ""
    role: str = ""
    """The role an added exercise fills (``finisher``...), for fixes that add one."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "applicability": self.applicability,
            "fixer": self.fixer,
            "reason": self.reason,
            "role": self.role,
            "edits": [e.to_dict() for e in self.edits],
        }


@attrs.frozen(repr=False)
class Finding(OneLineRepr):
    """One coded finding about a program; ``fix`` is its mechanical repair, when it has one."""

    code: str
    symbol: str
    severity: str
    message: str
    location: Location
    suggestion: str = ""
    rule: str = ""
    source: str = ""
    fix: Fix | None = None
    scope: str = attrs.field(default="", eq=False, repr=False, kw_only=True)
    """The scope of the rule that made it (``week``, ``session``, ``entry``, ``name``; empty: not
    said). A week's finding that names an exercise points at that exercise's entry, and is
    still grouped with the week's findings (:meth:`Report.grouped`)."""

    def to_dict(self) -> dict[str, Any]:
        """The ``check --format json`` shape of one finding."""
        return {
            "code": self.code,
            "symbol": self.symbol,
            "severity": self.severity,
            "message": self.message,
            "location": self.location.to_dict(),
            "location_text": str(self.location),
            "suggestion": self.suggestion,
            "rule": self.rule,
            "source": self.source,
            "fix": self.fix.to_dict() if self.fix is not None else None,
        }

    def sort_key(self) -> tuple[Any, ...]:
        return (*self.location.sort_key(), SEVERITY_ORDER[self.severity], self.code, self.message)

    def __str__(self) -> str:
        text = f"{self.code} [{self.severity}] {self.location}: {self.message}"
        return f"{text} ({self.suggestion})" if self.suggestion else text


@attrs.frozen(repr=False)
class SessionSummary(OneLineRepr):
    """One session's work."""

    name: str
    day: str | None
    sets_by_action: dict[str, float] = attrs.field(converter=frozen)
    hamstring_sets: float
    heavy_hamstring: bool
    date: str | None = None
    sets_by_region: dict[str, float] = attrs.field(factory=FrozenDict, converter=frozen)


@attrs.frozen(repr=False)
class WeekSummary(OneLineRepr):
    """One week's work by joint action and hamstring region.

    ``sets_by_action`` keys: ``straight_knee_hip_extension``, ``bent_knee_hip_extension``,
    ``knee_flexion``, ``knee_dominant``, ``other``, ``out_of_scope``, ``unknown``.
    ``sets_by_region``: ``proximal``, ``distal``, ``whole`` (hard sets of exercises biased there).
    ``hamstring_sets`` weighs direct work 1, bent-knee hip extension 0.5, the rest 0.

    A workout log's weeks are a time series: an ISO week without a workout between the log's
    first week and the week of its as-of date is there too, all zeros and ``trained=False`` (it
    carries the number of the trained week before it: ``week`` counts the weeks checked), so a
    break shows as a break, and so does a log that stopped before the as-of date.
    """

    week: int
    label: str
    sets_by_action: dict[str, float] = attrs.field(converter=frozen)
    sets_by_region: dict[str, float] = attrs.field(converter=frozen)
    hamstring_sets: float
    heavy_hamstring_sessions: int
    min_gap_hours: float | None
    sessions: tuple[SessionSummary, ...]
    heavy_session_gaps: tuple[float, ...] = ()
    """Hours between consecutive heavy hamstring sessions (logs: real timestamps)."""
    trained: bool = True
    """False for a log's week without a workout (a gap between trained weeks; not checked)."""
    in_progress: bool = False
    """True for a log's last week judged before its Sunday: its totals are so far, not final."""
    stage: int | None = None
    """The goal's stage this week was judged at, in a plan by stage (a program giving its weeks
    stages of their own, :attr:`Week.stage`); ``None`` otherwise (:attr:`Report.stage` says it)."""

    @property
    def monday(self) -> date | None:
        """The Monday an ISO week label (``2025-W45``) starts on; ``None`` for a program's weeks."""
        from ._trends import iso_monday

        return iso_monday(self.label)

    def to_dict(self) -> dict[str, Any]:
        out = attrs.asdict(self, recurse=True)
        out["sessions"] = [attrs.asdict(s) for s in self.sessions]
        out["heavy_session_gaps"] = list(self.heavy_session_gaps)  # plain JSON data (asdict keeps tuples)
        monday = self.monday
        if monday is not None:  # a log's ISO week: the date it starts (most lifters do not decode W45)
            out["monday"] = monday.isoformat()
        return out


def _week_level(finding: Finding) -> bool:
    loc = finding.location
    if finding.scope:  # a week's finding may point at the exercise it names
        return bool(loc.week_label) and finding.scope == "week"
    return bool(loc.week_label) and loc.session is None and loc.exercise is None


class WeekSummaries(tuple[WeekSummary, ...]):
    """A report's weeks in order: a tuple with a table view (``to_pandas()``, HTML in a
    notebook) and a one-line repr. Slicing keeps the type."""

    __slots__ = ()

    @overload
    def __getitem__(self, index: SupportsIndex) -> WeekSummary: ...
    @overload
    def __getitem__(self, index: slice) -> WeekSummaries: ...
    def __getitem__(self, index: SupportsIndex | slice) -> WeekSummary | WeekSummaries:
        if isinstance(index, slice):
            return WeekSummaries(super().__getitem__(index))
        return super().__getitem__(index)

    def to_pandas(self) -> Any:
        """One row per week, indexed by week number (a log's weeks: by ISO week, a time series):
        hard sets by joint action (``hinge_sets`` is straight-knee hip extension) and by region,
        hamstring sets, sessions, heavy sessions and the shortest gap between them (needs the
        ``pandas`` extra)."""
        from ._frames import weeks

        return weeks(self)

    def __repr__(self) -> str:
        from .emitters._repr import one_line

        return one_line(self)

    def _repr_html_(self) -> str:
        from .emitters import html

        return html.render(self)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _template(message: str) -> str:
    """A message with its numbers (counts, ratios, weights, dates) as ``#``: what stays the same
    when one rule fires on the same thing in several weeks or sessions."""
    return _NUMBER.sub("#", message)


# A size a message states as a ratio: "3x the mean", "jumped 1.26x" (not "3x8", a prescription).
_RATIO = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)x\b")


def _ratio(message: str) -> float | None:
    """The largest ratio a message states, or None."""
    found = [float(m) for m in _RATIO.findall(message)]
    return max(found) if found else None


def _shown_weeks(weeks: Sequence[str]) -> str:
    return " ".join(weeks) if len(weeks) <= 6 else f"{weeks[0]} ... {weeks[-1]}"


@attrs.frozen
class FindingGroup:
    """One finding that recurs over a log's weeks or sessions, shown once.

    Week-level (``level="week"``): one code in several weeks (``HR011 in 51 of 52 weeks``), of a
    log or a multi-week program. Session-level (``level="session"``, logs only): one code on the
    same exercise (or the same session-level message) in several sessions, e.g. ``HR010 in 9 of 9
    sessions over 3 weeks``; :attr:`sessions` then lists where each was.
    """

    code: str
    symbol: str
    severity: str
    message: str
    """The message of its latest occurrence (the same in every one unless :attr:`varies`)."""
    weeks: tuple[str, ...]
    """The weeks it was found in, in order (each once)."""
    of: int
    """Weeks in the report (week-level); sessions in the report (session-level)."""
    suggestion: str = ""
    rule: str = ""
    source: str = ""
    messages: tuple[str, ...] = ()
    """Each occurrence's own message, in the order of :attr:`weeks` (week-level) or
    :attr:`sessions` (session-level): numbers differ from one to the next."""
    level: str = "week"
    """``week`` or ``session``."""
    sessions: tuple[str, ...] = ()
    """Session-level: where each occurrence was (``2025-W36 > Rehab (2025-09-01 07:30) > #1
    Romanian Deadlift``), in order; empty for week-level groups."""
    exercise: str = ""
    """Session-level: the exercise (as written) the findings are about, if any."""
    template: str = ""
    """The message with its numbers as ``#`` when the group is one of several of its code in the
    same weeks (a log's stall of two exercises): only findings of this template belong to it.
    Empty when every finding of the code does."""
    lines: tuple[int | None, ...] = ()
    """Each occurrence's line in the source file (a log's first row of the week, workout or
    exercise; a YAML program's line), in the order of :attr:`messages`; ``None`` where none."""

    @property
    def count(self) -> int:
        """Occurrences: weeks (week-level) or sessions (session-level)."""
        return len(self.sessions) if self.level == "session" else len(self.weeks)

    @property
    def varies(self) -> bool:
        """Whether the occurrences' messages differ (a spike of 12 sets, then of 24)."""
        return len(set(self.messages)) > 1

    @property
    def largest(self) -> int | None:
        """The index (in :attr:`messages`) of the largest occurrence when it is not the latest:
        for messages that state their size as a ratio (a spike ``4x the mean``, a load jump
        ``1.3x``), the one with the largest ratio - the earliest of equals, so the choice is
        deterministic. ``None`` when the latest is the largest or the messages state no ratio."""
        index, largest = None, 0.0
        for i, ratio in enumerate(_ratio(m) for m in self.messages):
            if ratio is not None and (index is None or ratio > largest):
                index, largest = i, ratio
        latest = _ratio(self.messages[-1]) if self.messages else None
        return None if index is None or (latest is not None and latest >= largest) else index

    @property
    def full_message(self) -> str:
        """What the outputs show as the message: the latest occurrence's, then the largest
        one's when that is another (``... 3x the mean (2). Largest 2025-W40: ... 4x the mean
        (6).``), so a spike's worst week is not only in the JSON. Latest first: it says where
        the log stands now; the largest says how far it went."""
        index = self.largest
        if index is None:
            return self.message
        at = self.sessions[index] if self.level == "session" else self.weeks[index]
        return f"{self.message} Largest {at}: {self.messages[index]}"

    @property
    def where(self) -> str:
        """``in 51 of 52 weeks: 2025-W02 ... 2025-W52`` (up to six weeks are listed), and
        ``; latest 2025-W52`` when the message shown is only that week's. Session-level: ``in 9
        of 9 sessions over 3 weeks: 2025-W36 2025-W37 2025-W38; latest <where it was>``."""
        shown = _shown_weeks(self.weeks)
        if self.level == "session":
            over = f"{len(self.weeks)} week" + ("s" if len(self.weeks) != 1 else "")
            latest = self.sessions[-1]
            return f"in {len(self.sessions)} of {self.of} sessions over {over}: {shown}; latest {latest}"
        latest = f"; latest {self.weeks[-1]}" if self.varies else ""
        return f"in {len(self.weeks)} of {self.of} weeks: {shown}{latest}"

    def __str__(self) -> str:
        text = f"{self.code} [{self.severity}] {self.where}: {self.full_message}"
        return f"{text} ({self.suggestion})" if self.suggestion else text

    def covers(self, finding: Finding) -> bool:
        """Whether ``finding`` is one of this group's occurrences (same rule and severity; for a
        session-level group the same exercise and message template too)."""
        if (finding.code, finding.rule, finding.severity) != (self.code, self.rule, self.severity):
            return False
        if self.level == "session":
            return (
                not _week_level(finding)
                and (finding.location.exercise or "") == self.exercise
                and _template(finding.message) == self.template
            )
        return _week_level(finding) and (not self.template or _template(finding.message) == self.template)

    def to_dict(self) -> dict[str, Any]:
        return {
            **attrs.asdict(self),
            "weeks": list(self.weeks),
            "messages": list(self.messages),
            "sessions": list(self.sessions),
            "lines": list(self.lines),
            "count": self.count,
            "largest": self.largest,
        }


def _week_groups(
    findings: Sequence[Finding], checked: int, min_weeks: int, log: bool
) -> list[tuple[list[Finding], FindingGroup]]:
    """Week-level groups (each with its findings). A rule that fires more than once in a
    week is not grouped - except in a log, where its findings are split by message template (a
    stall of the RDL and a stall of the Nordic each recur) and each template that is once a
    week is grouped."""
    by_rule: dict[tuple[str, str, str], list[Finding]] = {}
    for f in findings:
        if _week_level(f):
            by_rule.setdefault((f.code, f.rule, f.severity), []).append(f)
    out = []
    for found in by_rule.values():
        if _once_a_week(found):
            subsets = [("", found)]
        elif log:
            by_template: dict[str, list[Finding]] = {}
            for f in found:
                by_template.setdefault(_template(f.message), []).append(f)
            subsets = sorted(by_template.items())
        else:
            continue
        for template, subset in subsets:
            weeks = tuple(dict.fromkeys(f.location.week_label or "" for f in subset))
            if len(weeks) >= min_weeks and len(weeks) == len(subset):
                out.append((subset, _group_of(subset, weeks, checked, template=template)))
    return out


def _once_a_week(found: Sequence[Finding]) -> bool:
    return len({f.location.week_label for f in found}) == len(found)


def _session_groups(
    findings: Sequence[Finding], sessions: int, min_count: int
) -> list[tuple[list[Finding], FindingGroup]]:
    """A log's session-level groups: one rule on the same exercise with the same message template
    in ``min_count`` or more sessions, once in each (twice in a session: not grouped)."""
    by_key: dict[tuple[str, str, str, str, str], list[Finding]] = {}
    for f in findings:
        if not _week_level(f) and f.location.week_label and (f.location.session or f.location.exercise):
            key = (f.code, f.rule, f.severity, f.location.exercise or "", _template(f.message))
            by_key.setdefault(key, []).append(f)
    out = []
    for (_, _, _, exercise, template), found in by_key.items():
        places = [
            (f.location.week_label, f.location.session, f.location.date or f.location.day) for f in found
        ]
        if len(found) < min_count or len(set(places)) != len(found):
            continue
        group = _group_of(
            found,
            tuple(dict.fromkeys(f.location.week_label or "" for f in found)),
            max(sessions, len(found)),
            level="session",
            sessions=tuple(str(f.location) for f in found),
            exercise=exercise,
            template=template,
        )
        out.append((found, group))
    return out


def _group_of(found: Sequence[Finding], weeks: tuple[str, ...], checked: int, **more: Any) -> FindingGroup:
    """The group of ``found`` (in order), told by its latest occurrence."""
    latest = found[-1]
    return FindingGroup(
        latest.code,
        latest.symbol,
        latest.severity,
        latest.message,
        weeks,
        checked,
        latest.suggestion,
        latest.rule,
        latest.source,
        tuple(f.message for f in found),
        **more,
        lines=tuple(f.location.line for f in found),
    )


@plain_methods
@attrs.frozen(repr=False)
class Report(Rendered):
    """The result of :func:`hamstring_rules.check`: findings and a summary of the work.

    ``ok`` is true when there is no error. Prints as a linter would; renders as HTML and
    Markdown in notebooks; :meth:`to_records` gives one plain dict per finding.
    """

    program: str
    goal: str
    stage: int | None
    findings: tuple[Finding, ...]
    weeks: WeekSummaries = attrs.field(converter=WeekSummaries)
    stage_assumed: bool = False
    """No stage was given: the goal's default (the most conservative stage) was checked."""
    goal_assumed: bool = False
    """Neither the call nor the program named a goal: the default goal was checked (its checks
    are not another goal's: a rehab log checked without ``goal="rehab"`` gets no rehab checks)."""
    stage_requested: int | None = None
    """The stage given (or assumed) before any pain step-back; ``stage`` is the one checked."""
    stepped_back: bool = False
    """Pain above the goal's limit: the program was checked against the previous stage."""
    out_of_scope: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    read_as: tuple[str, ...] = ()
    """Names placed by reading them (base movement plus modifiers), one line each:
    ``Box Squats (paused) -> Box squat (pause)``."""
    source: str | None = None
    kind: str = "program"
    """``program`` or ``log`` (a workout-app export)."""
    input_issues: tuple[str, ...] = ()
    """Rows of a log that could not be read (line numbers) or were skipped."""
    rows_not_read: int = 0
    """Logs: rows whose sets were lost (:attr:`WorkoutLog.rows_not_read`): the checks saw the
    rest, so a log with some is no clean pass however few its findings - the summaries say so."""
    notes: tuple[str, ...] = ()
    """The goal's notes (a rehab stage that was assumed, pain monitoring...), as recommend() gives."""
    fail_on: str = attrs.field(default=DEFAULT_FAIL_ON, converter=_fail_on)
    """The lowest severity that makes :attr:`ok` false (``check(fail_on=...)``, ``--fail-on``)."""
    as_of: str | None = None
    """Logs: the date the weeks were judged as of (ISO ``YYYY-MM-DD``)."""
    progress: tuple[ExerciseWeek, ...] = ()
    """Logs: per lift and ISO week, hard sets, best estimated 1RM (Epley, sets of 1-10 reps),
    top set and tonnage, in kilograms (``item.to_dict(report.unit)``, :meth:`e1rm` and
    :meth:`progress_to_pandas` give the report's unit). A lift is a catalog exercise with its
    modifiers, whatever its spellings (``RDL``, ``Romanian Deadlift (Barbell)``), named by its
    first spelling in the log."""
    unit: str | None = None
    """Logs: ``kg`` or ``lb``, the unit weights are shown in."""
    hamstring_credit: tuple[tuple[str, float], ...] = ()
    """Logs: the lifts of :attr:`progress` that train the hamstrings, with their exercise's
    hamstring set credit (1 a hinge or curl, 0.5 a deadlift), the highest first: the progress
    tables lead with them (a hamstring library's table does not hide the leg curl behind the
    bench press)."""

    @property
    def ok(self) -> bool:
        """No finding at or above :attr:`fail_on` (default: warning) - exactly when the CLI's
        ``check`` exits 0, and what JSON ``summary.ok`` says. ``passes("error")`` asks only
        about errors."""
        return self.passes(self.fail_on)

    def passes(self, fail_on: str = DEFAULT_FAIL_ON) -> bool:
        """Whether no finding is at or above ``fail_on`` (``error``, ``warning`` or ``info``)."""
        limit = SEVERITY_ORDER[_fail_on(fail_on)]
        return not any(SEVERITY_ORDER[f.severity] <= limit for f in self.findings)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes found, sorted and unique."""
        return tuple(sorted({f.code for f in self.findings}))

    def counts(self) -> dict[str, int]:
        """Findings per severity."""
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per finding."""
        return [f.to_dict() for f in self.findings]

    def groups(self, min_weeks: int = 2) -> tuple[FindingGroup, ...]:
        """Findings that recur, one group each, in code order (the text, Markdown, HTML and
        SARIF outputs print these instead of one line per occurrence):

        * week-level findings of one rule in ``min_weeks`` or more weeks of a multi-week report,
          one group per rule and severity. A rule that fires twice in a week is not grouped
          (each finding stays visible) - in a log, its findings are grouped per message template
          instead (numbers aside: a stall of each exercise);
        * a log's session-level findings of one rule on the same exercise, with the same message
          template, in ``min_weeks`` or more sessions (``HR010 in 9 of 9 sessions over 3 weeks``).

        A program's findings are grouped by week only."""
        return tuple(group for _, group in self._groups(min_weeks))

    def _groups(self, min_weeks: int = 2) -> list[tuple[list[Finding], FindingGroup]]:
        """The groups in code order, each with its findings."""
        from ._validate import integer

        min_weeks = integer(min_weeks, "min_weeks", minimum=1, maximum=100_000)
        log = self.kind == "log"
        checked = sum(w.trained for w in self.weeks)  # a log's untrained weeks are not judged
        found = _week_groups(self.findings, checked, min_weeks, log) if checked >= 2 else []
        if log:
            sessions = sum(len(w.sessions) for w in self.weeks if w.trained)
            found += _session_groups(self.findings, sessions, min_weeks)
        order = {id(f): i for i, f in enumerate(self.findings)}
        found.sort(
            key=lambda g: (g[1].code, g[1].level != "week", g[1].rule, g[1].severity, order[id(g[0][0])])
        )
        return found

    def grouped(self) -> list[Finding | FindingGroup]:
        """The findings in order, each recurring one once, as its group, where its first
        occurrence was (what the SARIF output shows; the text, Markdown and HTML outputs show
        them :meth:`by_importance`)."""
        groups = self._groups()
        owner = {id(f): n for n, (members, _) in enumerate(groups) for f in members}
        out: list[Finding | FindingGroup] = []
        placed: set[int] = set()
        for f in self.findings:
            n = owner.get(id(f))
            if n is None:
                out.append(f)
            elif n not in placed:
                placed.add(n)
                out.append(groups[n][1])
        return out

    def by_importance(self) -> list[Finding | FindingGroup]:
        """:meth:`grouped`, errors first, then warnings, then info; within a severity the latest
        week's first (a group by its latest week; a finding of no week, about every week, counts
        as the latest), of those the one that began latest first (a spike new this week before a
        group recurring since the first week), then in :meth:`grouped`'s order. What the text,
        Markdown and HTML outputs show, so what matters now is at the top; JSON and SARIF keep
        the stable order. A program's weeks are a plan, not a history: within a severity they
        keep their order (week 1 before week 2)."""
        if self.kind != "log":
            return sorted(self.grouped(), key=lambda item: SEVERITY_ORDER[item.severity])
        position = {w.label: n for n, w in enumerate(self.weeks, 1)}

        def index(label: str | None, week: int | None) -> float:
            if label is not None and label in position:
                return position[label]
            return float(week) if week else math.inf

        def key(item: Finding | FindingGroup) -> tuple[int, float, float]:
            if isinstance(item, FindingGroup):
                weeks = item.weeks or ("",)
                first, last = index(weeks[0], None), index(weeks[-1], None)
            else:
                first = last = index(item.location.week_label, item.location.week)
            return SEVERITY_ORDER[item.severity], -last, -first

        return sorted(self.grouped(), key=key)  # stable: equals keep grouped()'s order

    def e1rm(self) -> dict[str, dict[str, float]]:
        """Logs: best estimated 1RM per exercise and ISO week, in the report's unit."""
        out: dict[str, dict[str, float]] = {}
        for item in self.progress:
            shown = item.to_dict(self.unit or "kg")["best_e1rm"]
            if shown is not None:
                out.setdefault(item.exercise, {})[item.week] = shown
        return out

    def progress_to_pandas(self) -> Any:
        """Logs: one row per lift and ISO week, indexed by ``(week, exercise)`` - the week's
        Monday, hard sets, best estimated 1RM, top set and tonnage in the report's unit (needs
        the ``pandas`` extra); no rows for a program."""
        from ._frames import progress

        return progress(self)

    def summary(self) -> dict[str, Any]:
        """The summary part of the JSON contract."""
        out = {
            "ok": self.ok,
            "fail_on": self.fail_on,
            "counts": self.counts(),
            "weeks": [w.to_dict() for w in self.weeks],
            "out_of_scope": list(self.out_of_scope),
            "unknown": list(self.unknown),
            "read_as": list(self.read_as),
            "input_issues": list(self.input_issues),
            "notes": list(self.notes),
            "groups": [g.to_dict() for g in self.groups()],
        }
        if self.kind == "log":
            out["rows_not_read"] = self.rows_not_read
            out["as_of"] = self.as_of
            out["unit"] = self.unit
            out["progress"] = [p.to_dict(self.unit or "kg") for p in self.progress]
        return out

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-ready data (the ``check --format json`` contract)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "program": self.program,
            "source": self.source,
            "goal": self.goal,
            "goal_assumed": self.goal_assumed,
            "stage": self.stage,
            "stage_assumed": self.stage_assumed,
            "stage_requested": self.stage_requested,
            "stepped_back": self.stepped_back,
            "findings": self.to_records(),
            "summary": self.summary(),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """Deterministic JSON text."""
        from .emitters import json as json_emitter

        return json_emitter.render(self, indent=indent)

    def to_pandas(self) -> Any:
        """One row per finding: code, symbol, severity (an ordered categorical, info < warning
        < error), message, suggestion, and where - week, date, day, session, exercise, line -
        as typed columns (needs the ``pandas`` extra). ``report.weeks.to_pandas()`` gives the
        weekly totals."""
        from ._frames import findings

        return findings(self)

    def plot(self, ax: Any = None, *, rules: Any = None) -> Any:
        """A matplotlib Figure of the work against the goal's weekly range (needs the ``plot``
        extra): one week as sets per session by joint action and the week's sets by region;
        several weeks (a log, a multi-week program) as weekly totals over time. ``ax=`` draws
        one panel on your axes. Never touches pyplot or the backend. ``rules``: the rule set
        whose volume thresholds give the range (the built-in one by default)."""
        from ._plot import plot_report

        return plot_report(self, ax=ax, rules=rules)

    def plot_progress(self, exercises: int = 4) -> Any:
        """Logs: weekly hard sets by joint action over the ISO weeks, and the best estimated 1RM
        per week of the most trained loaded exercises (needs the ``plot`` extra)."""
        from ._plot import plot_progress

        return plot_progress(self, exercises)

    # -- display (the emitters write it; see hamstring_rules.emitters) -----------------------


def _with_untrained_weeks(
    summaries: Sequence[WeekSummary], as_of: date | None = None, max_weeks: int | None = None
) -> list[WeekSummary]:
    """A log's weekly summaries as a time series: each ISO week without a workout between two
    trained weeks added, and after the last one each week up to ``as_of``'s (that one in
    progress), all zeros and ``trained=False``, with the number of the week before it: a log
    that stopped shows the break its gap check (HR031) reports. The weeks after the last one
    stop at ``max_weeks`` in all (a log's span limit: ``as_of`` in 9998 made 416,000 weeks).
    Summaries not labelled by ISO week (a program's) are returned as they are."""
    from ._trends import _label, iso_monday
    from .program import MAX_LOG_WEEKS

    mondays = [iso_monday(s.label) for s in summaries]
    if not summaries or None in mondays:
        return list(summaries)
    out: list[WeekSummary] = []

    def untrained(
        until: date, like: WeekSummary, in_progress_from: date | None = None, most: int | None = None
    ) -> None:
        """Add the weeks from the last one added to ``until`` (not included), ``most`` at most."""
        previous = out[-1]
        start = cast(date, iso_monday(previous.label))
        count = (until - start).days // 7 - 1
        for k in range(1, 1 + (count if most is None else min(count, most))):
            monday = start + timedelta(weeks=k)
            out.append(
                WeekSummary(
                    week=previous.week,
                    label=_label(monday),
                    sets_by_action=dict.fromkeys(like.sets_by_action, 0.0),
                    sets_by_region=dict.fromkeys(like.sets_by_region, 0.0),
                    hamstring_sets=0.0,
                    heavy_hamstring_sessions=0,
                    min_gap_hours=None,
                    sessions=(),
                    trained=False,
                    in_progress=in_progress_from is not None and monday >= in_progress_from,
                )
            )

    for summary, monday in zip(summaries, mondays, strict=True):
        if out:
            untrained(cast(date, monday), summary)
        out.append(summary)
    if as_of is not None:  # the weeks after the last workout, to the as-of date's (so far)
        as_of_monday = as_of - timedelta(days=as_of.weekday())
        room = max((MAX_LOG_WEEKS if max_weeks is None else max_weeks) - len(out), 0)
        untrained(as_of_monday + timedelta(weeks=1), out[-1], in_progress_from=as_of_monday, most=room)
    return out
