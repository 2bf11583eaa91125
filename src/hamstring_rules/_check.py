"""``check()``: lint a training program (or a workout log) like a linter lints code.

The checks are rules in the same engine as the rankings (``data/checks.toml``): this module
only computes the facts they read - per week, per session, per exercise entry and per name -
runs the engine and turns fired rules into :class:`~hamstring_rules.Finding` objects.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import PurePath
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, cast

import attrs

from ._engine import Facts, placeholders, render_template
from ._facts import request_facts
from ._program_file import load_program
from ._program_words import MAX_TEXT
from ._recommend import Ranker, _check_pain, _Decision, decide_stage, derived_ranked_down, resolve_sources
from ._trends import Trends, hamstring_credit, lifts
from ._validate import file_path, instance, integer, mark_checked, plain_fields, text, unit_name
from ._week import (
    NO_TALLY,
    SESSION,
    WEEK,
    Dose,
    Point,
    Rested,
    SessionTotals,
    Tally,
    TraitCache,
    Traits,
    WeekTotals,
    deload_words,
    dose_rest,
    easy_effort,
    gaps,
    heavy,
    is_log,
    log_span,
    session_hours,
    stage_dose,
    traits,
    warm_up_note,
    warm_up_words,
    week_entered_late,
    week_in_progress,
)
from .catalog import Catalog, Resolution
from .errors import (
    MAX_SHOWN,
    InputLimitError,
    ProgramError,
    RequestError,
    UnknownGoalError,
    counted,
    label,
    one_line,
    shown,
)
from .exercises import Exercise, JointAction, Level, LoadPosition, Modality
from .findings import (
    DEFAULT_FAIL_ON,
    Finding,
    Location,
    Report,
    SessionSummary,
    WeekSummary,
    _fail_on,
    _with_untrained_weeks,
)
from .names import ASSUMED_POSITION, MAX_SUGGESTED_UNKNOWN, _own_head, _own_positions, parse_name
from .program import DAYS, MAX_YEAR, MIN_YEAR, Entry, Limits, Program, Session, trusted
from .rules import Goal, Rule, RuleSet, contraindication

if TYPE_CHECKING:
    from .logs import ExerciseWeek, WorkoutLog

__all__ = ["CheckConfig", "check"]

#: Why an entry's sets are no hard sets (:meth:`_Context.light`).
WARM_UP, EASY = "warm-up", "easy"

#: The goal assumed when neither check(goal=) nor the program names one.
DEFAULT_GOAL = "posterior_chain"


@attrs.frozen(field_transformer=plain_fields())
class CheckConfig:
    """Definitions the week's facts are computed with (thresholds that fire findings are rule
    ``params`` instead).

    Attributes:
        heavy_max_reps: a set is heavy when the low end of its rep target is at most this. The
            article's heavy hinge is 3x8-10 ("about 10 reps or fewer").
    """

    heavy_max_reps: int = attrs.field(
        default=10, validator=lambda _, a, v: integer(v, a.name, minimum=1, maximum=100)
    )


class Subject:
    """What one rule scope is evaluated on: the facts, and where they come from.

    ``where`` is a :class:`Location` or its fields in order: a location is built only when a
    finding (or a name's first use) points there, since most subjects fire nothing (a
    two-year log has thousands of entries)."""

    __slots__ = ("_where", "facts", "named")

    def __init__(
        self,
        facts: Mapping[str, object],
        where: Location | tuple[Any, ...],
        named: Mapping[str, tuple[Any, ...]] | None = None,
    ) -> None:
        self.facts = facts
        self._where = where
        self.named = named
        """A week's text facts that name an exercise (``dose_sets_text``, ``main_hinge``...) ->
        that exercise's entry, as location fields: a finding quoting one points there."""

    @property
    def location(self) -> Location:
        where = self._where
        if isinstance(where, tuple):
            where = self._where = Location(*where)
        return where

    def named_in(self, names: Iterable[str]) -> Subject:
        """This subject, or - when one of ``names`` (a message's placeholders, in order) is a
        fact naming an exercise - one at that exercise's entry: a finding about a week that
        names an exercise points at the exercise (a log's row, a program's session and entry)."""
        named = self.named
        if named:
            for name in names:
                where = named.get(name)
                if where is not None:
                    return Subject(self.facts, where)
        return self

    def located(self, lines: Mapping[tuple[int, int, int], int], log: bool) -> Location:
        """:attr:`location` with its source line (:attr:`Program.lines`: a YAML program's, a
        log's rows; ``log``: a week's finding points at the week's first workout)."""
        where = self._where
        if isinstance(where, Location):
            week, session, exercise = where.week, where.session_index, where.exercise_index
        else:
            week, session, exercise = where[0], where[3], where[6]
        if log and session is None and week is not None:
            session = 1
        line = None if session is None else lines.get((week or 1, session, exercise or 0))
        if line is None:
            return self.location
        if isinstance(where, Location):
            return attrs.evolve(where, line=line)
        return Location(*(*where, line))  # its fields in order, the line last


class _Fired(NamedTuple):
    rule: Rule
    subject: Subject


def week_label_given(label: str) -> bool:
    """Whether a week label is worth showing in a location (not the single repeating week)."""
    return label != "every week"


#: A log's pain column gives the check's pain when its last workout is at most this many days
#: before ``as_of`` (a heuristic: the pain-monitoring model reads pain during exercise and the next
#: morning, Silbernagel 2007; a week's training rhythm leaves up to a week between sessions).
PAIN_FRESH_DAYS = 7


def _when(session: Session) -> str:
    """A session's date (``2025-03-04``), time (``2025-03-04 07:30``) or weekday; ``?``."""
    start = session.start
    if start is None:
        return session.day_name or "?"
    if start.year < 1000:  # strftime's %Y does not pad (never for a log: MIN_YEAR is 1900)
        return start.strftime("%Y-%m-%d" if session.date_only else "%Y-%m-%d %H:%M")
    # the fields formatted directly: strftime costs 10 us a session in a long log
    day = f"{start.year}-{start.month:02d}-{start.day:02d}"
    return day if session.date_only else f"{day} {start.hour:02d}:{start.minute:02d}"


#: Reasons of an unknown name that tell the user nothing the finding does not (no word placed).
_SAYS_NOTHING = frozenset({"no base movement recognised"})
#: Longest grammar reason quoted in HR009's suggestion (a name's own words are cut by shown()).
MAX_REASON = 300


class _Names:
    """Every name a program uses: what it resolves to, how often it appears, and its earliest
    place (by week, time, session name, position - not list order)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.resolved: dict[str, Resolution] = {}
        self.counts: dict[str, int] = {}
        self.first: dict[str, tuple[tuple[Any, ...], Location | tuple[Any, ...]]] = {}
        self.unknown = 0

    def record(self, name: str, place: tuple[Any, ...], location: Location | tuple[Any, ...]) -> Resolution:
        """Count one use of ``name`` at ``place`` and return what it resolves to; ``location``
        is a :class:`Location` or its fields (see :class:`Subject`)."""
        self.counts[name] = self.counts.get(name, 0) + 1
        known = self.first.get(name)
        if known is None or place < known[0]:
            self.first[name] = (place, location)
        res = self.resolved.get(name)
        if res is None:
            # past a cap of distinct unknown names, the rest get no did-you-mean search
            suggest = self.unknown < MAX_SUGGESTED_UNKNOWN
            res = self.resolved[name] = self.catalog.classify(name, suggest=suggest)
            self.unknown += res.status == "unknown"
        return res

    def subjects(self) -> list[Subject]:
        """One name-scope subject per name, in name order."""
        out = []
        for name, res in sorted(self.resolved.items()):
            if res.suggestions:
                hint = "did you mean " + " or ".join(shown(s) for s in res.suggestions) + "?"
            else:
                hint = "add it to your catalog: Catalog.with_exercises(...), or --catalog FILE in the CLI"
            if res.status == "unknown" and res.reason and res.reason not in _SAYS_NOTHING:
                # what the grammar read and why it stopped ("... without a machine is the band,
                # slider or ball curl: which one?"): the user learns what to write
                hint = f"read as: {one_line(res.reason, MAX_REASON)}; {hint}"
            facts = {"name": name, "resolution": res.status, "count": self.counts[name], "did_you_mean": hint}
            out.append(Subject(facts, self.first[name][1]))
        return out

    def read_as(self) -> tuple[str, ...]:
        """How each name placed by the grammar was read (``Box Squat -> Box squat``), and each
        catalog spelling read with an assumption (``Leg Curl (Machine) -> Lying leg curl (assumed
        lying: the name says no position)``), sorted."""
        return tuple(
            sorted(
                r.describe()
                for r in self.resolved.values()
                if r.how in ("parsed", "derived") or any(a.startswith("assumed ") for a in r.assumed)
            )
        )

    def with_status(self, status: str) -> tuple[str, ...]:
        """The names that resolved to ``status``, sorted."""
        return tuple(sorted(n for n, r in self.resolved.items() if r.status == status))


_NO_REST: Mapping[str, Rested] = MappingProxyType({})


class Carry(NamedTuple):
    """What one week of a log hands to the next: the last heavy, heavy-hinge and tendon-loading
    sessions (for the gaps across the week boundary) and the Nordic-free run so far."""

    heavy: Point | None = None
    hinge: Point | None = None
    tendon: Point | None = None
    nordic_free: float = 0.0
    rested: Mapping[str, Rested] = _NO_REST
    """The last session of each exercise its stage prescribes rest after (HR037)."""


class _Week(NamedTuple):
    """One week checked: the subjects of each scope, and its summary."""

    week: Subject
    sessions: tuple[Subject, ...]
    entries: tuple[Subject, ...]
    summary: WeekSummary
    in_progress: bool
    """A log's last week, not over as of the check date."""
    entered_late: bool
    """A log's first week, which the log enters after Wednesday."""
    earlier: bool = False
    """Judged at the stage asked for: a log's week before the one pain stepped back (see
    :attr:`_Context.earlier`)."""
    own_stage: int | None = None
    """Judged at its own stage, as the program writes it (:attr:`Program.Week.stage`: a plan by
    stage), not the check's: see :attr:`_Context.own_stages`."""


class _Judging:
    """A stage a week is judged at: the goal's exclusions and (after a pain step-back) penalties
    there, the prescribed doses, and the facts derived under them (per name, per entry)."""

    def __init__(
        self,
        stage: int | None,
        exclusions: Mapping[str, Rule],
        derived_exclusion: Callable[[Exercise, Exercise], Rule | None] | None = None,
        ranked_down: Mapping[str, Rule] | None = None,
        derived_ranked_down: Callable[[Exercise, Exercise], Rule | None] | None = None,
        doses: _Doses | None = None,
    ) -> None:
        self.stage = stage
        self.exclusions = exclusions
        self.derived_exclusion = derived_exclusion
        self.ranked_down: Mapping[str, Rule] = ranked_down or {}
        self.derived_ranked_down = derived_ranked_down
        self.doses = doses
        self.known: dict[str, _Known] = {}
        self.facts_of: dict[tuple[int, int, str | None, str | None], dict[str, object]] = {}


class _Doses:
    """A staged goal's prescribed dose of each catalog exercise at the checked stage, read from
    the ranking's prescriptions (``data/rules.toml`` RP001-RP006) once per exercise id."""

    def __init__(self, ranker: Ranker, goal: str, request: Facts, rules: RuleSet) -> None:
        self.pattern = ranker.pattern(goal, request)
        self.index: dict[str, int] | None = None
        self.found: dict[str, Dose | None] = {}
        self.goal, self.request, self.rules = goal, request, rules

    def derived(self, ex: Exercise, base: Exercise) -> Dose | None:
        """The dose of an exercise a name derived from the catalog's ``base``, on its own facts
        under its base's id and name (as ``_derived_exclusion`` judges its exclusions)."""
        facts = {**ex.facts(), "id": base.id, "name": base.name}
        fired = self.rules.engine("exercise").run(self.goal, [facts], self.request)[0]
        decision = _Decision.of(fired, self.request)
        return None if decision.excluded_by else _dose_of(decision, ex)

    def get(self, exercise_id: str) -> Dose | None:
        """The dose of an exercise the stage prescribes; ``None`` for one it excludes (HR010
        reports those) or one the catalog does not hold."""
        if exercise_id in self.found:
            return self.found[exercise_id]
        if self.index is None:
            self.index = {ex.id: i for i, ex in enumerate(self.pattern.exercises)}
        i = self.index.get(exercise_id)
        dose = None
        if i is not None and not self.pattern.decisions[i].excluded_by:
            dose = _dose_of(self.pattern.decisions[i], self.pattern.exercises[i])
        self.found[exercise_id] = dose
        return dose


def _dose_of(decision: _Decision, ex: Exercise) -> Dose | None:
    """The dose a ranking decision prescribes ``ex`` (``None`` without sets and a frequency), with
    the rules that set the compared fields (the first to set a field wins, by salience)."""
    from ._fixers import int_range

    p = decision.prescription
    sets, freq = int_range(p.sets), int_range(p.frequency_per_week)
    reps = int_range(p.reps) if ex.modality is Modality.STRENGTH else None
    prescribing = [r for r in decision.rules if r.effect.kind == "prescribe"]
    setters = dict.fromkeys(
        next(r.id for r in prescribing if key in r.effect.prescription)
        for key in ("sets", "reps", "frequency_per_week")
        if any(key in r.effect.prescription for r in prescribing)
    )
    if sets is None or freq is None:
        return None
    low = reps[0] if reps else None
    return Dose(sets[1], low, p.reps, freq[1], p.rest_hours, ", ".join(setters))


_NONE: frozenset[str] = frozenset()


class _Known(NamedTuple):
    """What a check reads of one resolved name, derived on its first use (:meth:`of`)."""

    traits: Traits
    high_spinal_hinge: bool
    """A hip extension with high spinal load (HR014's hinges)."""
    high_spinal: bool
    dose: Dose | None
    """The stage's dose of a tendon-loading exercise (rehab goals; ``None`` otherwise)."""
    template: dict[str, object]
    """The entry facts every entry of the name shares (:meth:`_Context.entry_template`)."""
    unloaded_form: str | None = None
    """The name of the heavy lift this name's exercise is the body-weight form of (``Hip hinge
    drill``, ``Bodyweight RDL``): light work, not hard sets (see :func:`unloaded_form`)."""

    @classmethod
    def of(
        cls, context: _Context, name: str, ex: Exercise, base: Exercise | None, assumed: Sequence[str] = ()
    ) -> _Known:
        t = traits(ex, context.traits)
        dose = None
        # the stage's dose of what loads the tendon, and of runs: an easy run is no tendon load
        # to space (HR017, HR034), yet the stage prescribes its sets (RP004: HR035)
        if context.doses is not None and (t.tendon or ex.modality is Modality.RUNNING):
            dose = context.doses.get(ex.id) if base is None or base is ex else context.doses.derived(ex, base)
        # a lift whose load is the body ("Bodyweight good morning", derived) carries no bar: no
        # heavy spinal lift, whatever the barbell exercise it came from says (HR014)
        spinal = ex.spinal_load is Level.HIGH and ex.load_position is not LoadPosition.BODYWEIGHT
        return cls(
            t,
            ex.primary_action is JointAction.HIP_EXTENSION and spinal,
            spinal,
            dose,
            context.entry_template(name, ex, base, assumed),
            unloaded_form(ex, base),
        )


def unloaded_form(ex: Exercise, base: Exercise | None) -> str | None:
    """The name of ``base`` when ``ex``, an exercise a name derived from it, is the body-weight
    form of a lift made for heavy external load (the catalog's loadability high: barbell hinges,
    squats, the hip thrust): ``Hip hinge drill``, ``Dowel hip hinge`` and ``Bodyweight RDL`` move
    the body's own upper half, a fraction of the 8-12RM load these lifts are trained with, so their
    sets are far from failure and are not hard sets (Baz-Valle 2022 counts sets near failure) -
    unless an effort given says otherwise (see :meth:`_Context.light`). A heuristic: no study
    doses the unloaded hinge. A lift whose own form is loaded moderately (the single-leg RDL, the
    Bulgarian split squat) keeps its body-weight form as training."""
    if (
        base is None
        or base is ex
        or ex.load_position is not LoadPosition.BODYWEIGHT
        or base.load_position is LoadPosition.BODYWEIGHT
        or base.loadability is not Level.HIGH
        or ex.modality is not Modality.STRENGTH
        or ex.isometric
    ):
        return None
    return base.name


class _Context:
    """What every week of one check() call shares (read-only, except the names record)."""

    def __init__(
        self,
        program: Program,
        stage: int | None,
        catalog: Catalog,
        exclusions: Mapping[str, Rule],
        config: CheckConfig,
        as_of: date,
        progress: Sequence[ExerciseWeek] = (),
        unit: str = "kg",
        doses: _Doses | None = None,
        derived_exclusion: Callable[[Exercise, Exercise], Rule | None] | None = None,
        ranked_down: Mapping[str, Rule] | None = None,
        derived_ranked_down: Callable[[Exercise, Exercise], Rule | None] | None = None,
        assistance: Mapping[tuple[str, str], float] | None = None,
        log_easy: Mapping[str, Sequence[Sequence[tuple[str, int, int]]]] | None = None,
        log_unloaded: Mapping[tuple[str, int], frozenset[str]] | None = None,
    ) -> None:
        self.program = program
        self.log_unloaded = log_unloaded or {}
        """A log's names whose hard sets in a workout were all at body weight (``BW`` or a logged
        0), by (ISO week, workout's place in the week from 1): no bar on the back (HR014)."""
        self.log_easy = log_easy or {}
        self.from_log = log_easy is not None
        """Whether the program is a :class:`WorkoutLog`'s: its entries hold only hard sets (the
        reader counted the easy ones apart); dated sessions built in Python hold what they say."""
        """A log's easy and warm-up sets by ISO week, by workout: (exercise name, easy sets, warm-up
        sets) (:meth:`logged_easy`)."""
        self.easy_entries: dict[tuple[str, int], tuple[Exercise, Entry] | None] = {}
        """A log's easy sets of a name as an entry of its exercise (``None``: not a resolved
        exercise; ``sets`` 0: warm-ups only), for :meth:`logged_easy`."""
        self.holds: dict[str, Resolution | None] = {}
        """The hold each name's exercise has, by name (:meth:`held`)."""
        self.warm_names: dict[str, bool] = {}
        """Whether a name calls its entry a warm-up, by name (:meth:`light`)."""
        self.unloaded_forms: dict[str, str] = {}
        """Names whose sets were counted as light for being a heavy lift's body-weight form
        (:func:`unloaded_form`), with that lift's name: the report says so."""
        self.light_of: dict[int, str] = {}
        """:meth:`light` by entry, ``""`` for work sets (the program holds every entry while this lives)."""
        self.judging = _Judging(stage, exclusions, derived_exclusion, ranked_down, derived_ranked_down, doses)
        """The stage the weeks are judged at (after any pain step-back)."""
        self.earlier: _Judging | None = None
        """A log's weeks before :attr:`current_week`, when pain stepped the stage back: judged at
        the stage asked for (the pain is now; what was done before was done at that stage)."""
        self.current_week: str | None = None
        self.own_stages: dict[int, tuple[int, _Judging]] = {}
        """A program's weeks judged at a stage of their own (a plan by stage, ``Week.stage``), by
        week number from 1: the stage written and its judging (set by :func:`check`)."""
        self._use(self.judging)
        self.traits: TraitCache = {}
        self.as_of = as_of
        self.config = config
        self.facts_by_id = catalog.facts_by_id()
        self.catalog = catalog
        self._by_head: dict[str | None, list[Exercise]] | None = None
        self.names = _Names(catalog)
        self.timeline = is_log(program)
        self.span = log_span(program)
        self.nordic_weeks = [self.has_nordic(w.sessions, w.label) for w in program.weeks]
        # a log's weeks, or a program's several weeks (a one-week program repeats: no trend)
        classify = partial(catalog.classify, suggest=False)
        self.trends = (
            Trends(classify, progress, unit, assistance=assistance)
            if self.timeline
            else Trends(classify, dated=False)
            if len(program.weeks) > 1
            else None
        )

    def excluded_reading(self, ex: Exercise, assumed: Sequence[str]) -> tuple[str, str, str] | None:
        """When a name said no position and was read as ``ex`` in one assumed (``assumed``, the
        resolution's: "Leg Curl (Machine)" is the lying curl), the goal's exclusion of the same
        movement in another position: (the position assumed, that exercise's name, why it is
        excluded) - the seated curl at rehab stage 2 (review28 N7). The catalog exercises of the
        same movement (their own names' head) and joint action, in a position ``ex``'s name does not
        say; the plainest first (fewest positions, shortest name). ``None`` when none is excluded."""
        said = [m.group(1) for text in assumed if (m := ASSUMED_POSITION.fullmatch(text))]
        if not said or not self.exclusions:
            return None
        head = _own_head(ex.name)
        own = _own_positions(ex.name)
        options = []
        for other in self.by_head().get(head, ()):
            theirs = _own_positions(other.name)
            if (
                other.id == ex.id
                or other.primary_action is not ex.primary_action
                or not theirs
                or theirs <= own
            ):
                continue
            rule = self.exclusions.get(other.id)
            if rule is not None:
                options.append((len(theirs), len(other.name), other.id, other.name, rule.effect.text))
        if not options:
            return None
        _, _, _, other_name, reason = min(options)
        return ", ".join(said), other_name, reason

    def by_head(self) -> dict[str | None, list[Exercise]]:
        """The catalog's exercises by the movement their own name says (built on first use)."""
        if self._by_head is None:
            self._by_head = {}
            for other in self.catalog:
                self._by_head.setdefault(_own_head(other.name), []).append(other)
        return self._by_head

    def entry_template(
        self, name: str, ex: Exercise, base: Exercise | None = None, assumed: Sequence[str] = ()
    ) -> dict[str, object]:
        """What every entry of ``name`` (resolved to ``ex``) shares: the exercise's facts and the
        entry facts as for an entry without a tempo, in the order :meth:`entry_facts` gives
        them. Kept per name: a log repeats its names for years.

        An exercise derived from a name (``base`` is the catalog exercise it came from) has its
        own facts and is excluded by its own facts: a glute bridge hold is the isometric work
        rehab stage 1 asks for, although the glute bridge is excluded there (rules that name
        the base by id still apply: see :func:`_derived_exclusion`)."""
        if base is None or base is ex or self.derived_exclusion is None:
            excluded = self.exclusions.get((base or ex).id)
        else:
            excluded = self.derived_exclusion(ex, base)
        if base is None or base is ex or self.derived_ranked_down is None:
            down = self.ranked_down.get((base or ex).id)
        else:
            down = self.derived_ranked_down(ex, base)
        known = self.facts_by_id.get(ex.id)
        template = dict(known if known is not None else ex.facts())
        other = self.excluded_reading(ex, assumed) if assumed else None
        template.update(
            sets=0.0,
            reps_low=0,
            reps_high=0,
            eccentric_s=0,
            has_tempo=False,
            tempo_moves=False,
            rep_s=0,
            total_reps=0.0,
            position=0,
            after_knee_dominant_or_deadlift=False,
            after_other_leg_work=False,
            excluded_for_goal=excluded is not None,
            assumed_reading_excluded=other is not None,
            ranked_down_by_step_back=down is not None,
            heavy=False,
            easy=False,
            to_failure=False,
            # values for message templates only
            exercise=name,
            exercise_name=ex.name,
            tempo_text="no tempo given",
            exclusion_reason=excluded.effect.text if excluded else "",
            assumed_position=other[0] if other else "",
            excluded_reading=other[1] if other else "",
            excluded_reading_reason=other[2] if other else "",
            ranked_down_reason=down.rationale if down else "",
            preceded_by="",
            leg_work_before="",
            stage=self.stage if self.stage is not None else "",
        )
        return template

    @staticmethod
    def entry_facts(
        template: Mapping[str, object],
        entry: Entry,
        position: int,
        is_heavy: bool,
        preceded_by: str | None,
        easy: bool = False,
        tired_by: str | None = None,
    ) -> dict[str, object]:
        """The facts an entry rule reads (``_facts.ENTRY_FACTS``: the exercise's attributes plus
        how it is programmed) and its template values (``TEMPLATE_VALUES["entry"]``): the
        entry's name's :meth:`entry_template` with this entry's values."""
        facts = {
            **template,
            "easy": easy,
            "sets": float(entry.sets),
            "reps_low": entry.reps_low,
            "reps_high": entry.reps_high,
            "total_reps": float(entry.sets * entry.reps_high),
            "position": position,
            "after_knee_dominant_or_deadlift": preceded_by is not None,
            "after_other_leg_work": tired_by is not None,
            "heavy": is_heavy,
            "to_failure": entry.rir == 0 or (entry.rpe is not None and entry.rpe >= 10),
            "near_failure": (entry.rir is not None and entry.rir <= 2)
            or (entry.rpe is not None and entry.rpe >= 8),
            "preceded_by": preceded_by or "",
            "leg_work_before": tired_by or "",
        }
        tempo = entry.tempo
        if tempo is not None:
            facts["has_tempo"] = True
            if tempo:
                facts.update(eccentric_s=tempo[0], rep_s=sum(tempo), tempo_text=f"tempo {entry.tempo_text}")
                # a phase of movement: seconds, or X (done fast: 0 s in the tempo, its index in explosive)
                explosive = entry.explosive or ()
                facts["tempo_moves"] = bool(tempo[0] or tempo[2] or 0 in explosive or 2 in explosive)
        return facts

    def _use(self, judging: _Judging) -> None:
        """Judge the next week at ``judging``'s stage (its exclusions, penalties, doses, caches)."""
        self.stage = judging.stage
        self.exclusions = judging.exclusions
        self.derived_exclusion = judging.derived_exclusion
        self.ranked_down = judging.ranked_down
        """Exercise id -> a penalty the stage a pain step-back applied gives it (HR024)."""
        self.derived_ranked_down = judging.derived_ranked_down
        """The same for an exercise derived from a name, on its own facts (None: no step-back)."""
        self.doses = judging.doses
        self.known = judging.known
        """What each name resolved to, as the weeks read it (:class:`_Known`)."""
        self.facts_of = judging.facts_of
        """Entry facts by entry (the program holds every entry while this lives), position and
        the lift before it: what :meth:`entry_facts` reads besides the name's template."""

    def light(self, entry: Entry, exercise: Exercise | None = None) -> str | None:
        """Why an entry's sets are no hard sets: ``"warm-up"``, one its name or its note's first
        words call a warm-up (``Warm-up RDL``, ``RDL (warm-up)``; a note ``Warm-up: light``, not
        ``after the warm-up``): preparation, not training; ``"easy"``, one planned too easy (an
        RPE below the log reader's ``EASY_RPE``, or more reps in reserve - a program's: a log's
        entries hold only its hard sets, their easy ones read off already): training done
        lightly (rehab loads so). ``None``: work sets. ``exercise``: what the name places; a
        name that is its own name or alias (a custom catalog's ``Calentamiento de isquios``) is
        that exercise, not a warm-up of one."""
        name = entry.exercise
        warm = self.warm_names.get(name)
        if warm is None:
            own = exercise is not None and name.casefold() in {
                n.casefold() for n in (exercise.name, *exercise.aliases)
            }
            warm = self.warm_names[name] = not own and warm_up_words(name)
        # a note calling the entry a warm-up, unless its effort says working sets (RIR 2)
        if warm or (
            warm_up_note(entry.notes) and ((entry.rpe is None and entry.rir is None) or _easy(entry))
        ):
            return WARM_UP
        if not self.from_log and (entry.rpe is not None or entry.rir is not None) and _easy(entry):
            return EASY
        return None

    def logged_easy(
        self, label: str | None, s_index: int
    ) -> tuple[list[tuple[Exercise | str, Entry, bool]], int]:
        """A log workout's easy sets of resolved exercises (``label``: its ISO week, ``s_index``:
        its place in the week, from 1), as tally items, and its warm-up sets of resolved
        exercises: its entries hold only its hard sets, yet the work was done (light), or the
        lifter warmed up (a week of only warm-ups trained, too little)."""
        workouts = self.log_easy.get(label or "", ())
        if s_index > len(workouts):
            return [], 0
        items: list[tuple[Exercise | str, Entry, bool]] = []
        warm = 0
        for name, sets, warm_sets in workouts[s_index - 1]:
            key = (name, sets)
            if key in self.easy_entries:
                made = self.easy_entries[key]
            else:
                ex = self.names.catalog.classify(name, suggest=False).exercise
                made = None
                if ex is not None:  # the reader's counts: exact built-ins already
                    made = (ex, trusted(Entry, exercise=name, sets=max(sets, 1), reps_low=1, reps_high=1))
                self.easy_entries[key] = made
            if made is not None:
                warm += warm_sets
                if sets:
                    items.append((made[0], made[1], False))
        return items, warm

    def held(self, name: str) -> Resolution | None:
        """The hold of a dynamic strength exercise an entry names, for an entry that holds
        (``hold_s``): ``Glute bridge`` 3 x 30 s is the glute bridge hold rehab stage 1 asks for,
        not the dynamic bridge it excludes (the name grammar's ``NAME hold``); ``None`` when the
        grammar places no isometric exercise there."""
        if name not in self.holds:
            res = self.names.catalog.classify(f"{name} hold", suggest=False)
            self.holds[name] = res if res.exercise is not None and res.exercise.isometric else None
        return self.holds[name]

    def has_nordic(self, sessions: Sequence[Session], label: str | None = None) -> bool:
        """Whether a week holds an eccentric-only knee flexion (the Nordic): among its entries, or
        (a log's week ``label``) its sets logged easy - done, and what a week has counts what was
        done (RPE 5 Nordics are Nordics, HR013); warm-up sets are preparation and do not count."""
        names = [entry.exercise for session in sessions for entry in session.entries]
        names += [name for workout in self.log_easy.get(label or "", ()) for name, easy, _ in workout if easy]
        for name in names:
            ex = self.names.catalog.classify(name).exercise
            if ex is not None and ex.knee_flexion and ex.eccentric_only:
                return True
        return False

    def nordic_free(self, w_index: int, carried: float, in_progress: bool = False) -> float:
        """Weeks in a row without a Nordic up to week ``w_index``: a log counts from its start
        (``carried``: the count before this week), its week in progress only once it holds a
        Nordic (Monday of the third week is 2 weeks without one: the Nordic may come on
        Thursday); a program's weeks repeat, so it wraps around."""
        if self.timeline:
            if self.nordic_weeks[w_index - 1]:
                return 0.0
            return carried if in_progress else carried + 1
        if not any(self.nordic_weeks):
            return math.inf
        run = 0.0
        n = len(self.nordic_weeks)
        while not self.nordic_weeks[(w_index - 1 - int(run)) % n]:
            run += 1
        return run

    def deload_week(self, w_index: int, label: str) -> bool:
        """Whether week ``w_index`` is a planned deload: a program's by its name or label, a log's
        (its ISO weeks have neither) when every workout of the week is called one (``Deload -
        Lower``, an app's routine named so)."""
        week = self.program.weeks[w_index - 1]
        if self.timeline:
            return bool(week.sessions) and all(deload_words(s.name) for s in week.sessions)
        return deload_words(week.name, label)

    def week(
        self, w_index: int, label: str, sessions: Sequence[Session], previous: Carry
    ) -> tuple[_Week, Carry]:
        """One week's subjects and summary, and what to carry into the next week (the last
        heavy, hinge and tendon-loading sessions, the Nordic-free run)."""
        # a week is the current one by its sessions' dates (a Program of dated sessions built in
        # Python labels its weeks as it likes)
        earlier = self.earlier is not None and not any(
            s.start is not None and _iso_week(s.start.date()) == self.current_week for s in sessions
        )
        own_stage, own = self.own_stages.get(w_index, (None, None))
        self._use(own or (self.earlier if earlier and self.earlier is not None else self.judging))
        multi = len(self.program.weeks) > 1 or week_label_given(label)
        week_no, week_label = (w_index, label) if multi else (None, None)
        file = self.program.source
        # Locations as their fields (Location's order): Subject builds one only when needed
        week_loc = (week_no, week_label, None, None, None, None, None, None, file)
        entries: list[Subject] = []
        session_subjects: list[Subject] = []
        summaries: list[SessionSummary] = []
        tallies: list[Tally] = []
        heavy_sessions: list[tuple[float | None, str]] = []
        hinge_sessions: list[tuple[float | None, str]] = []
        tendon_sessions: list[tuple[float | None, str]] = []
        dosed: list[tuple[str, Entry, Dose, float, tuple[Any, ...]]] = []
        rested: list[Rested] = []
        easy_tallies: list[Tally] = []
        """Each session's easy sets: not hard sets, but work done (presence facts)."""
        warm_up_sets = 0  # and the week's warm-up sets: preparation, neither
        # each entry's name and place, for the exercise a week fact names (first in the week)
        placed: list[tuple[str, tuple[Any, ...]]] = []
        light_ids: set[int] = set()  # entries of warm-up or easy sets: no hard sets (HR030's counts)
        record = self.names.record
        for s_index, session in enumerate(sessions, start=1):
            when = _when(session)
            hours = session_hours(session)
            at = math.inf if hours is None else hours
            name, day = session.name, session.day_name
            date_text = when if session.start is not None else None
            s_loc = (week_no, week_label, name, s_index, day, None, None, date_text, file)
            items: list[tuple[Exercise | str, Entry, bool]] = []
            # warm-up and easy sets: a log's (its entries hold hard sets), a program's easy entries
            easy_items, warm = self.logged_easy(label, s_index) if self.log_easy else ([], 0)
            warm_up_sets += warm
            high_spinal: list[str] = []
            spinal_lifts: list[str] = []
            spinal_ids: set[str] = set()
            # what the log did at body weight in this workout: no heavy spinal lift (HR014)
            unloaded = self.log_unloaded.get((label, s_index), _NONE) if self.log_unloaded else _NONE
            preceded_by: str | None = None  # the first squat, lunge, press or deadlift before
            tired_by: str | None = None  # the first leg work of any kind before (HR003)
            for e_index, entry in enumerate(session.entries, start=1):
                exercise = entry.exercise
                e_loc = (week_no, week_label, name, s_index, day, exercise, e_index, date_text, file)
                placed.append((exercise, e_loc))
                res = record(exercise, (w_index, at, name, e_index), e_loc)
                ex = res.exercise
                if ex is None:
                    items.append((res.status, entry, False))
                    continue
                as_known = exercise
                if entry.hold_s is not None and not ex.isometric and ex.modality is Modality.STRENGTH:
                    held = self.held(exercise)  # a hold of the exercise (hold_s: 30), whatever its name
                    if held is not None:
                        res, ex, as_known = held, cast(Exercise, held.exercise), f"{exercise}\x00hold"
                known = self.known.get(as_known)
                if known is None:
                    known = self.known[as_known] = _Known.of(self, exercise, ex, res.base, res.assumed)
                light = self.light_of.get(id(entry))  # a log repeats its entries: once each
                if light is None:
                    light = self.light(entry, ex) or ""
                    if not light and known.unloaded_form is not None and not _said_hard(entry):
                        light = EASY  # a body-weight drill of a heavy lift: light work
                        self.unloaded_forms.setdefault(exercise, known.unloaded_form)
                    self.light_of[id(entry)] = light
                easy = bool(light)
                if easy:
                    light_ids.add(id(entry))
                # a warm-up or easy entry is no heavy set (HR003), whatever its reps
                is_heavy = not easy and heavy(entry, ex, self.config.heavy_max_reps)
                # no hard sets: left out of the week's volume, as a log leaves them (HR012 says so)
                if light == EASY:
                    easy_items.append((ex, entry, False))
                elif light == WARM_UP:
                    warm_up_sets += entry.sets
                else:
                    items.append((ex, entry, is_heavy))
                    # a lift counts once a session: 5/3/1's top sets and its BBB sets are one
                    # deadlift; a warm-up, or a lift logged at body weight, is no heavy barbell lift
                    # (HR014)
                    if known.high_spinal and exercise not in unloaded and ex.id not in spinal_ids:
                        spinal_lifts.append(exercise)
                        if known.high_spinal_hinge:
                            high_spinal.append(exercise)
                        spinal_ids.add(ex.id)
                    if known.dose is not None:  # the stage's dose is of hard sets (HR035, HR036)
                        dosed.append((f"{name} ({when})", entry, known.dose, at, e_loc))
                        if known.dose.rest_hours and hours is not None:  # its rest (HR037)
                            rested.append(
                                Rested(ex.id, exercise, hours, f"{name} ({when})", known.dose.rest_hours,
                                       known.dose.rules, e_loc)
                            )  # fmt: skip
                # the same entry at the same place shares its facts (read-only): a log repeats them
                same = (id(entry), e_index, preceded_by, tired_by)
                facts = self.facts_of.get(same)
                if facts is None:
                    facts = self.entry_facts(
                        known.template, entry, e_index, is_heavy, preceded_by, easy, tired_by
                    )
                    self.facts_of[same] = facts
                entries.append(Subject(facts, e_loc))
                # what tires the hinge that follows is work: a warm-up squat is not (HR003)
                if preceded_by is None and known.traits.squat_or_deadlift and not easy:
                    preceded_by = exercise
                if tired_by is None and known.traits.tires_hinge and not easy:
                    tired_by = exercise
            tally = Tally.of(items, self.traits)
            tallies.append(tally)
            totals = SessionTotals(tally, len(session.entries), tuple(high_spinal), tuple(spinal_lifts))
            session_subjects.append(Subject(SESSION.facts(totals), s_loc))
            summaries.append(  # the summary's converter copies the tally's dicts
                SessionSummary(
                    name, day, tally.actions, tally.hamstring, tally.heavy_work, date_text, tally.regions
                )
            )
            if tally.heavy_work:
                heavy_sessions.append((hours, f"{session.name} ({when})"))
            if tally.heavy_hinge_or_nordic:
                hinge_sessions.append((hours, f"{session.name} ({when})"))
            easy_tally = Tally.of(easy_items, self.traits) if easy_items else NO_TALLY
            easy_tallies.append(easy_tally)
            # light loading is loading: the tendon's spacing and the stage's frequency count it
            if tally.tendon_loading or easy_tally.tendon_loading:
                tendon_sessions.append((hours, f"{session.name} ({when})"))

        week_gaps, carried = gaps(heavy_sessions, previous.heavy, self.timeline)
        hinge_gaps, carried_hinge = gaps(hinge_sessions, previous.hinge, self.timeline)
        tendon_gaps, carried_tendon = gaps(tendon_sessions, previous.tendon, self.timeline)
        in_progress = week_in_progress(sessions, self.span, self.as_of)
        nordic_free = self.nordic_free(w_index, previous.nordic_free, in_progress)
        week_tally = Tally.combine(tallies)
        entered_late = week_entered_late(sessions, self.span)
        complete = not in_progress and not entered_late
        last = w_index == len(self.program.weeks)
        deload = self.deload_week(w_index, label)
        trends = (
            self.trends.week(
                label,
                sessions,
                week_tally.hamstring,
                self.as_of if last and self.timeline else None,
                index=w_index,
                in_progress=in_progress,
                light=light_ids,
                deload=deload,
            )
            if self.trends
            else {}
        )
        named: dict[str, tuple[Any, ...]] = {}
        if self.trends is not None and self.trends.named:  # the lift a trend fact names: its first entry
            key = self.trends.key
            for fact, lift in self.trends.named.items():
                wanted = key(lift)
                where = next((loc for n, loc in placed if key(n) == wanted), None)
                if where is not None:
                    named[fact] = where
        dose: Mapping[str, object] = {}
        carried_rest = previous.rested
        if self.doses is not None:
            dose, dose_places = stage_dose(dosed, len(tendon_sessions), self.stage)
            named.update(dose_places)
            rest_facts, rest_places, carried_rest = dose_rest(
                rested, previous.rested, self.timeline, self.stage
            )
            if rest_facts:
                dose = {**dose, **rest_facts}
                named.update(cast(dict[str, tuple[Any, ...]], rest_places))
        totals_w = WeekTotals(
            week_tally,
            len(sessions),
            tuple(heavy_sessions),
            week_gaps,
            complete,
            in_progress=in_progress,
            session_tallies=tuple(tallies),
            hinge_sessions=tuple(hinge_sessions),
            hinge_gaps=hinge_gaps,
            tendon_gaps=tendon_gaps,
            tendon_sessions=tuple(tendon_sessions),
            nordic_free_weeks=nordic_free,
            trends=trends,
            as_of=self.as_of.isoformat(),
            # most weeks have no easy sets: no tallies to combine (a two-year log has 100 weeks)
            easy=Tally.combine(easy_tallies) if any(t is not NO_TALLY for t in easy_tallies) else NO_TALLY,
            session_easy=tuple(easy_tallies) if any(t is not NO_TALLY for t in easy_tallies) else (),
            warm_up_sets=warm_up_sets,
            dose=dose,
            deload=deload,
            current=last if self.timeline else w_index == 1,
        )
        summary = WeekSummary(
            week=w_index,
            label=label,
            sets_by_action=dict(week_tally.actions),
            sets_by_region=dict(week_tally.regions),
            hamstring_sets=week_tally.hamstring,
            heavy_hamstring_sessions=len(heavy_sessions),
            min_gap_hours=min(week_gaps.all) if week_gaps.all else None,  # by the clock
            sessions=tuple(summaries),
            heavy_session_gaps=week_gaps.all,
            in_progress=in_progress,
            stage=self.stage if self.own_stages else None,  # a plan by stage: each week's own
        )
        week_subject = Subject(WEEK.facts(totals_w), week_loc, named or None)
        carry = Carry(carried, carried_hinge, carried_tendon, nordic_free, carried_rest)
        checked = _Week(
            week_subject,
            tuple(session_subjects),
            tuple(entries),
            summary,
            in_progress,
            entered_late,
            earlier,
            own_stage,
        )
        return checked, carry


def _derived_exclusion(
    rules: RuleSet, goal: str, request: Facts, ex: Exercise, base: Exercise
) -> Rule | None:
    """The ranking rule of ``goal`` that contraindicates ``ex`` (``rules.contraindication``), an
    exercise a name derived from the catalog's ``base`` (``Glute bridge hold``: the glute bridge,
    isometric), judged on its own facts under its base's id and name: a hold is not excluded by
    "stage 1 is isometric holds only", and a rule excluding the base by name or id excludes its
    variants too."""
    facts = {**ex.facts(), "id": base.id, "name": base.name}
    fired = rules.engine("exercise").run(goal, [facts], request)[0]
    return contraindication(fired)


#: Most findings one check() builds (a report at the input limits with the built-in rules holds
#: under 80,000): a rule pack whose rules fire on every entry made millions (1,800 rules on a
#: program of 21 sessions of 60 entries: 2.3 million, 118 CPU-s and 660 MB).
MAX_FINDINGS = 100_000


def _run(
    rules: RuleSet,
    scope: str,
    goal: str,
    subjects: Sequence[Subject],
    request: Facts,
    budget: list[int] | None = None,
    wanted: Callable[[Rule], bool] | None = None,
    where: str = "program",
) -> list[_Fired]:
    """The rules of ``scope`` that fire for each subject, with the subject. ``budget``: the
    findings still allowed (``wanted`` ones count: those select/ignore keep), counted before
    any is built; more is an InputLimitError."""
    if not subjects:
        return []
    # subjects sharing one facts mapping (a log's repeated entries) are evaluated once
    index: dict[int, int] = {}
    distinct: list[Mapping[str, object]] = []
    of: list[int] = []
    for s in subjects:
        i = index.get(id(s.facts))
        if i is None:
            i = index[id(s.facts)] = len(distinct)
            distinct.append(s.facts)
        of.append(i)
    fired = rules.engine(scope).run(goal, distinct, request)
    if budget is not None:
        counts = [sum(1 for rule in found if wanted is None or wanted(rule)) for found in fired]
        budget[0] -= sum(counts[i] for i in of)
        if budget[0] < 0:
            raise InputLimitError(
                f"over {MAX_FINDINGS:,} findings: the {scope} rules fired "
                f"{sum(counts[i] for i in of):,} times on {len(subjects):,} {scope} subjects",
                location=where,
                suggestion="does a rule pack's rule fire on everything? select fewer codes, or split it",
            )
    return [_Fired(rule, subject) for subject, i in zip(subjects, of, strict=True) for rule in fired[i]]


#: Template values users wrote (names as written): cut to MAX_SHOWN characters in messages.
_WRITTEN = ("exercise", "name", "preceded_by")


class _Messages:
    """Fills message templates (:func:`render_template`) for one check() call: each template
    with the same values once (a long log's findings repeat a few messages)."""

    def __init__(self, request: Mapping[str, object]) -> None:
        self.request = request
        self.placeholders: dict[str, tuple[str, ...]] = {}
        self.rendered: dict[tuple[object, ...], str] = {}

    def names(self, template: str) -> tuple[str, ...]:
        """A template's placeholders, in order (parsed once per template)."""
        names = self.placeholders.get(template)
        if names is None:
            names = self.placeholders[template] = placeholders(template)
        return names

    def render(self, template: str, facts: Mapping[str, object], params: Mapping[str, object]) -> str:
        """``template`` filled from the rule's ``params``, else the subject's ``facts``, else the
        call's request facts (``{pain_limit}``); the names users wrote (``_WRITTEN``) cut to
        ``MAX_SHOWN`` characters."""
        names = self.names(template)
        values: dict[str, object] = {}
        for name in names:
            value = params[name] if name in params else facts.get(name, self.request.get(name))
            if name in _WRITTEN and isinstance(value, str) and len(value) > MAX_SHOWN:
                value = one_line(value, MAX_SHOWN)
            values[name] = value
        try:  # the types too: 1, 1.0 and True are equal keys but render differently
            key = (template, *values.values(), *map(type, values.values()))
            found = self.rendered.get(key)
        except TypeError:  # an unhashable value
            return render_template(template, values)
        if found is None:
            found = self.rendered[key] = render_template(template, values)
        return found


def _finding(
    fired: _Fired, goal: str, messages: _Messages, lines: Mapping[tuple[int, int, int], int], log: bool
) -> Finding:
    """The finding a fired rule makes, its location with its source line (see ``Subject.located``)."""
    rule = fired.rule
    effect = rule.effect
    subject = fired.subject
    if subject.named:  # a week finding quoting a fact that names an exercise points at it
        subject = subject.named_in(messages.names(effect.text))
    facts, params = subject.facts, rule.params
    severity = effect.severity_by_goal.get(goal, effect.severity)
    message = messages.render(effect.text, facts, params)
    count = facts.get("count")
    if isinstance(count, int) and count > 1 and rule.scope == "name":
        message += f" ({count} times)"
    return Finding(
        code=rule.code,
        symbol=rule.symbol,
        severity=severity,
        message=message,
        location=subject.located(lines, log) if lines else subject.location,
        suggestion=messages.render(effect.suggestion, facts, params),
        rule=rule.id,
        source=rule.source,
        scope=rule.scope,
    )


class _Picked(NamedTuple):
    """What ``select=`` or ``ignore=`` names: check codes or code prefixes (``HR006``, ``HR0``),
    and rule ids of a check's own rules (``HR006-article``: the ``rule`` a finding carries)."""

    codes: tuple[str, ...]
    rules: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.codes or self.rules)

    def matches(self, code: str, rule: str) -> bool:
        """Whether a finding of check ``code`` reported by rule ``rule`` is named."""
        return rule in self.rules or any(code.startswith(p) for p in self.codes)


def _codes(value: Iterable[str] | str | None, name: str, rules: RuleSet) -> _Picked | None:
    """Codes or code prefixes (``HR0``) to keep or drop; a symbol (``short-recovery``) names
    its checks, and a rule id its rule (a check's own rule, ``HR006-article``, names that rule's
    findings alone), through :meth:`RuleSet.resolve`, which raises UnknownCodeError."""
    if value is None:
        return None
    given = value
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split() if v]
    if not isinstance(value, list | tuple | set | frozenset) or not all(isinstance(v, str) for v in value):
        raise RequestError(f"{name} takes codes as a string or a list of strings", location=name)
    known = {r.code for r in rules if r.effect.kind == "finding"}
    found: set[str] = set()
    rule_ids: set[str] = set()
    for item in value:
        prefix = item.strip().upper()
        if prefix and any(c.startswith(prefix) for c in known):
            found.add(prefix)
            continue
        check_codes, named = rules.resolve(item)
        if not check_codes:
            reporting = [r for r in named if r.effect.kind == "finding"]
            if not reporting:
                raise RequestError(
                    f"{shown(item)} is a ranking rule, not a check with findings",
                    location=name,
                    suggestion="codes look like HR001 or HR0; `explain` lists what a code means",
                )
            rule_ids.update(r.id for r in reporting)  # one rule of a check: its findings alone
            continue
        found.update(check_codes)
    if name == "select" and not found and not rule_ids:
        # `--select "$CODES"` with an unset variable: every check off
        raise RequestError(
            f"select names no code ({shown(given)}): nothing would be checked",
            location=name,
            suggestion="leave select out to run every check; codes look like HR001 or HR0",
        )
    return _Picked(tuple(sorted(found)), frozenset(rule_ids))


def _said_hard(entry: Entry) -> bool:
    """Whether an entry gives an effort, and it is not too easy for hard sets (:func:`_easy`)."""
    return (entry.rpe is not None or entry.rir is not None) and not _easy(entry)


def _easy(entry: Entry) -> bool:
    """A program entry planned too easy for hard sets, by the log reader's rule (its EASY_RPE:
    imported here, so a program without an RPE or RIR never loads the log reader)."""
    from .logs import EASY_RPE

    return easy_effort(entry, EASY_RPE)


def check(
    program: os.PathLike[str] | bytes | bytearray | memoryview | Mapping[str, Any] | Program | WorkoutLog,
    *,
    name: str | None = None,
    goal: str | None = None,
    stage: int | None = None,
    pain: float | None = None,
    pain_24h: float | None = None,
    catalog: Catalog | None = None,
    rules: RuleSet | None = None,
    params: Mapping[str, Mapping[str, float]] | None = None,
    config: CheckConfig | None = None,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    limits: Limits | None = None,
    fail_on: str = DEFAULT_FAIL_ON,
    as_of: date | str | None = None,
    unit: str | None = None,
    date_order: str | None = None,
    timezone: str | None = None,
) -> Report:
    """Check a program for hinge coverage, posterior-chain balance, order, frequency, rest and
    rehab safety; return a :class:`~hamstring_rules.Report` of coded findings.

    Args:
        program: a :class:`Program`, parsed program data (a mapping), or a file as a
            :class:`pathlib.Path` (``.yaml``/``.yml``/``.json``, or a ``.csv`` workout-app export:
            Strong, Hevy, FitNotes). A plain ``str`` is refused, never read as a path: data
            from a request can never reach the file system (``load_program("x.yaml")`` is the
            explicit file function). ``bytes`` are an upload's content, read as the file
            ``name`` would be: a program (JSON, YAML, a spreadsheet CSV) or a workout-app
            export, told apart as a file's are.
        name: what an upload's bytes are called in messages and findings; its suffix says the
            format (``plan.yaml``, ``export.csv``; without one the content does).
        goal: overrides the program's goal; without either, ``posterior_chain``.
        stage: rehab stage 1-4; overrides the program's ``stage``. Without either, rehab
            assumes stage 1 (the most conservative) and the report says "assumed".
        pain / pain_24h: pain 0-10 during exercise / the next morning; above the goal's limit
            (5/10 for rehab) the program is checked against the previous stage.
        catalog: the exercises names are placed on (default: the built-in catalog); extend it
            with :meth:`Catalog.with_exercises` or :meth:`Catalog.with_aliases`.
        rules: the rules, checks and goals (default: the built-in rule set); add a pack with
            :meth:`RuleSet.with_rules` or read one with :meth:`RuleSet.from_file`.
        params: rule thresholds, e.g. ``{"HR012": {"min_sets": 8}, "HR006": {"min_rest_hours": 48}}``.
        config: how facts are computed (what counts as heavy).
        select / ignore: codes, code prefixes or symbols to keep or drop (``"HR0"``,
            ``["HR011", "short-recovery"]``); an unknown one raises UnknownCodeError.
        limits: size limits for untrusted input (:class:`~hamstring_rules.Limits`), for
            program files and data and for CSV exports (``max_log_bytes``, ``max_log_weeks``,
            ``max_log_names``).
        as_of: the date a workout log is judged as of (a date, or a text ``YYYY-MM-DD``; default:
            today). A log week is over when
            a later workout exists or its Sunday is before ``as_of``; a week still in progress
            is judged on what it holds so far (a missing hinge "so far" is a warning, and
            frequency and weekly minimums wait), and the report says so. Workouts after
            ``as_of`` (a log's, or a Program's dated sessions) are not counted (the input issues
            say how many); ``as_of`` before the first workout, or outside the years 1900-9998,
            is a RequestError. A log's first week entered after Wednesday is not judged on
            frequency, minimums or ratios.
        unit: ``"kg"`` or ``"lb"``: the unit of CSV exports that do not say, and of the weights
            shown (estimated 1RMs, loads); weights are kilograms inside.
        date_order: ``"dmy"`` or ``"mdy"``: the order of a CSV log's numeric dates
            (``03/11/2025``), for a log whose dates do not decide it (see :func:`load_log`).
        timezone: the zone a CSV log's timestamps with an offset or ``Z`` are read in
            (``"America/Los_Angeles"``, ``"+02:00"``; see :func:`load_log`).
        fail_on: the lowest severity that makes ``report.ok`` false: ``warning`` (the
            default, as the CLI's ``--fail-on``), ``error`` or ``info``.

    Raises:
        ProgramError / LogFormatError: the input cannot be read (file and place named).
        UnknownGoalError, RequestError, RuleError: bad arguments.
    """
    catalog, rules = resolve_sources(catalog, rules)
    fail_on = _fail_on(fail_on)
    if params is not None:  # with_params checks it (a NumPy array's truth value raises)
        rules = rules.with_params(params)
    config = CheckConfig() if config is None else instance(config, CheckConfig, "config")
    kind = "program"
    issues: tuple[str, ...] = ()
    limits = Limits() if limits is None else instance(limits, Limits, "limits")
    unit = None if unit is None else unit_name(unit)
    text(name, "name", max_length=MAX_TEXT, optional=True)
    from .logs import date_order_name, time_zone

    order = date_order_name(date_order, RequestError)
    time_zone(timezone, RequestError)  # a bad one is an error whatever the input
    if isinstance(program, str):
        raise RequestError(
            "check() does not read a str as a file path (data is never a path)",
            location="program",
            suggestion="pass pathlib.Path('program.yaml') for a file, or the parsed mapping or a Program",
        )
    if name is not None and not isinstance(program, bytes | bytearray | memoryview | Mapping):
        raise RequestError(
            "name= labels an upload's bytes or a mapping; a file is named by its path, a Program and a "
            "WorkoutLog by their own",
            location="name",
        )
    as_of_day = _as_of(as_of)
    from ._program_file import program_csv_header, program_head, read_program_bytes, upload_bytes
    from .logs import WorkoutLog, latest_pain, load_log, read_in_unit

    log: WorkoutLog | None = _checked_log(program) if isinstance(program, WorkoutLog) else None
    if log is not None and unit is not None:  # the unit its export did not give, as for a file
        log = read_in_unit(log, unit)
    if isinstance(program, os.PathLike):
        program = file_path(program, error=ProgramError, name="program")
        if program.suffix.lower() in (".csv", ".tsv", ".txt") and not program_csv_header(program):
            log = load_log(program, limits=limits, unit=unit, date_order=order, timezone=timezone)
    elif isinstance(program, bytes | bytearray | memoryview):
        upload, raw = PurePath(name or "upload"), bytes(program)
        if program_head(raw, upload):
            program = read_program_bytes(*upload_bytes(raw, name, limits), limits)[0]
        else:  # an export, bounded by the log limits as a file is
            log = load_log(
                raw, name=str(upload), limits=limits, unit=unit, date_order=order, timezone=timezone
            )
    if log is not None:
        if isinstance(program, WorkoutLog):  # a file read above was bounded as it was read
            _log_limits(
                [w.start for w in log.workouts],
                {e.name for w in log.workouts for e in w.exercises},
                limits,
                log.source,
            )
        log, after = _log_as_of(log, as_of_day)
        issues = tuple(str(i) for i in log.issues)
        if after:
            issues += (_not_counted(after, as_of_day),)
        if log.skipped_rows:
            issues += (f"{counted(log.skipped_rows, 'rest-timer or note row')} skipped",)
        # built by the library: no boundary check; its easy and warm-up sets are counted apart
        program = mark_checked(log.to_program(hard_sets_only=True))
        kind = "log"
    elif not isinstance(program, Mapping | Program | os.PathLike):
        raise RequestError(
            f"program must be a Program, a mapping or a pathlib.Path, got {type(program).__name__}",
            location="program",
        )
    prog = load_program(program, limits=limits, name=name if isinstance(program, Mapping) else None)
    issues += prog.notices  # what a program sheet's reader passed over
    if is_log(prog):
        kind = "log"
        if log is None:  # dated sessions built in Python: judged as of the date, as a log is
            starts = [cast(datetime, s.start) for w in prog.weeks for s in w.sessions]
            _log_limits(starts, (), limits, prog.source)
            prog, after = _program_as_of(prog, as_of_day)
            if after:
                issues += (_not_counted(after, as_of_day),)
    try:
        goal_obj = rules.goal(goal if goal is not None else (prog.goal or DEFAULT_GOAL))
    except UnknownGoalError as exc:  # say where the goal was: the argument, or the program's key
        if exc.location is None:
            exc.location = f"{prog.source}: goal" if goal is None and prog.source else "goal"
        raise
    week_stages, issues = _week_stages(prog, goal_obj, stage, issues)
    if stage is None and goal_obj.staged:
        stage = prog.stage  # a program's own stage applies when its goal is checked
        if stage is None and week_stages and len(week_stages) == len(prog.weeks):
            stage = week_stages[1]  # every week staged: the first week's is the report's
    elif prog.stage is not None and not goal_obj.staged:  # said, not silently dropped
        issues += (f"the program's stage {prog.stage} is not read: goal {goal_obj.id} has no stages",)
    if log is not None and pain is None:  # a rehab log's own pain column (logs25): its latest week's worst
        logged_pain, pain_read = latest_pain(log)
        if logged_pain is not None and log.workouts:
            last = log.workouts[-1].start.date()
            if (as_of_day - last).days <= PAIN_FRESH_DAYS:
                pain = logged_pain
            else:  # pain is now: an old log's last pain is not today's (said, not used)
                pain_read = (
                    f"the log's pain column last gave {logged_pain:g}/10 on {last.isoformat()}, over "
                    f"{PAIN_FRESH_DAYS} days before {as_of_day.isoformat()}: not used as the check's pain "
                    "(pass pain= for today's)"
                )
        issues += (pain_read,) if pain_read else ()
    pain_value = _check_pain(pain)
    pain_24h_value = _check_pain(pain_24h, "pain_24h")
    decision = decide_stage(goal_obj, stage, pain_value, pain_24h_value)
    stage_value = decision.stage
    selected = _codes(select, "select", rules)
    ignored = _codes(ignore, "ignore", rules)
    request = request_facts(
        goal_obj,
        stage_value,
        pain_value,
        decision.assumed,
        stage_requested=decision.requested,
        stepped_back=decision.stepped_back,
        pain_24h=pain_24h_value,
        workout_log=kind == "log",
    )

    ranker = catalog.binding(rules, Ranker)
    exclusions = ranker.first_exclusions(goal_obj.id, request)
    ranked_down = None
    derived_down = None
    asked: Facts | None = None
    if decision.stepped_back:  # what the stage stepped back to penalises and the one asked for did not
        asked = request_facts(
            goal_obj,
            decision.requested,
            pain_value,
            decision.assumed,
            pain_24h=pain_24h_value,
            workout_log=kind == "log",
        )
        ranked_down = ranker.ranked_down(goal_obj.id, request, asked)
        derived_down = partial(derived_ranked_down, rules, goal_obj.id, request, asked)
    doses = _Doses(ranker, goal_obj.id, request, rules) if goal_obj.staged else None
    display_unit = unit or (log.unit if log is not None else "kg")
    # per lift: the spellings of one catalog exercise together ("RDL", "Romanian Deadlift")
    # (an assisted exercise's weights are assistance: read by the name grammar's modifiers)
    classify = partial(catalog.classify, suggest=False)
    progress, assistance = lifts(log.progress(), classify, _modifiers) if log is not None else ((), {})
    context = _Context(
        prog, stage_value, catalog, exclusions, config, as_of_day, progress, display_unit, doses,
        partial(_derived_exclusion, rules, goal_obj.id, request), ranked_down, derived_down, assistance,
        _easy_sets(log) if log is not None else None,
        _unloaded(log) if log is not None else None,
    )  # fmt: skip
    goal_pain = (goal_obj, pain_value, pain_24h_value, kind == "log")
    own_requests = _own_stages(context, week_stages, decision.requested, goal_pain, ranker, rules)
    if kind == "log" and asked is not None:
        # pain is reported now: it steps back what is done from this week on, not the weeks of
        # the log before it, done at the stage asked for when it was the right one
        context.current_week = _iso_week(as_of_day)
        context.earlier = _Judging(
            decision.requested,
            ranker.first_exclusions(goal_obj.id, asked),
            partial(_derived_exclusion, rules, goal_obj.id, asked),
            doses=_Doses(ranker, goal_obj.id, asked, rules) if goal_obj.staged else None,
        )
        issues += (
            f"pain above {goal_obj.pain_limit:g}/10 steps back what is done from the week of as_of "
            f"({context.current_week}) on, at stage {stage_value}; the log's earlier weeks are judged at "
            f"stage {decision.requested}, the stage they were done at",
        )
    summaries: list[WeekSummary] = []
    partial_weeks: list[str] = []
    late_week: tuple[str, date] | None = None
    carried = Carry()
    # Every week's subjects first, then one engine run per scope (not one per week and scope);
    # twice when a log's earlier weeks are judged at the stage asked for (by its request)
    scopes = ("week", "session", "entry")
    by_scope: dict[tuple[str, bool, int | None], list[Subject]] = {
        (scope, False, None): [] for scope in scopes
    }
    for w_index, week in enumerate(prog.weeks, start=1):
        label = week.label or (f"week {w_index}" if len(prog.weeks) > 1 else "every week")
        checked, carried = context.week(w_index, label, week.sessions, carried)
        for scope, made in zip(scopes, ((checked.week,), checked.sessions, checked.entries), strict=True):
            by_scope.setdefault((scope, checked.earlier, checked.own_stage), []).extend(made)
        summaries.append(checked.summary)
        if checked.in_progress:
            partial_weeks.append(label)
        if checked.entered_late:
            late_week = (label, cast(datetime, week.sessions[0].start).date())
    if kind == "log":
        # a time series to the as-of week: a break shows as a break
        summaries = _with_untrained_weeks(summaries, as_of_day, limits.max_log_weeks)
        issues += _series_cut(summaries, as_of_day, limits.max_log_weeks)

    def wanted(rule: Rule) -> bool:
        code, rule_id = rule.code, rule.id
        return (selected is None or selected.matches(code, rule_id)) and not (
            ignored and ignored.matches(code, rule_id)
        )

    budget, where = [MAX_FINDINGS], prog.source or prog.name
    messages = _Messages(request)
    earlier_messages = _Messages(asked) if asked is not None else messages
    rendered: list[tuple[_Fired, _Messages]] = []
    for (scope, earlier, own_stage), subjects in by_scope.items():
        if own_stage is not None:  # weeks judged at their own stage (Week.stage)
            req, said = own_requests[own_stage]
            own_fired = _run(rules, scope, goal_obj.id, subjects, req, budget, wanted, where)
            rendered += [(f, said) for f in own_fired]
            continue
        req = asked if earlier and asked is not None else request
        fired = _run(rules, scope, goal_obj.id, subjects, req, budget, wanted, where)
        rendered += [(f, earlier_messages if earlier else messages) for f in fired]
    for f in _run(rules, "name", goal_obj.id, context.names.subjects(), request, budget, wanted, where):
        rendered.append((f, messages))
    # with the source lines kept from parsing: a YAML program's, a log's rows (SARIF and editors)
    findings = [_finding(f, goal_obj.id, m, prog.lines, kind == "log") for f, m in rendered]
    if selected is not None:
        findings = [f for f in findings if selected.matches(f.code, f.rule)]
    if ignored:
        findings = [f for f in findings if not ignored.matches(f.code, f.rule)]
    findings.sort(key=Finding.sort_key)
    if kind == "program":  # findings with a mechanical repair carry it (data/checks.toml: fix)
        from ._fixers import attach_fixes

        own = {w: judged.stage for w, (_, judged) in context.own_stages.items()}
        findings = attach_fixes(
            findings,
            prog,
            goal=goal_obj.id,
            stage=stage_value,
            pain=pain_value,
            catalog=catalog,
            rules=rules,
            week_stages=own,
        )
    if partial_weeks:
        # the week of as_of: over once its Sunday is (as_of the Monday after it, it is whole)
        sunday = as_of_day + timedelta(days=6 - as_of_day.weekday())
        issues += (
            f"{', '.join(partial_weeks)} in progress as of {as_of_day.isoformat()}: judged on what it "
            "holds so far (a missing hinge, spikes, high volume); frequency and weekly minimums wait "
            f"for the end of its Sunday, {sunday.isoformat()} (judged whole as of "
            f"{(sunday + timedelta(days=1)).isoformat()}: as_of=, --as-of)",
        )
    if late_week is not None:
        label, first = late_week
        issues += (
            f"{label} enters the log on {DAYS[first.weekday()]} {first.isoformat()}: judged from its first "
            "workout (a missing hinge, spikes, high volume); frequency, weekly minimums and ratios are "
            "not judged on the days left",
        )
    if context.unloaded_forms:
        named = sorted(context.unloaded_forms.items())
        shown_forms = ", ".join(f"{shown(name)} (of the {lift.lower()})" for name, lift in named[:5])
        more = f" and {len(named) - 5} more" if len(named) > 5 else ""
        from .logs import EASY_RPE  # the easy-set boundary _said_hard reads (_easy)

        issues += (
            f"{shown_forms}{more}: the body-weight form of a heavy lift, counted as light work, not hard "
            f"sets (a heuristic); give an RPE of {EASY_RPE:g} or more, or RIR {10 - EASY_RPE:g} or less, "
            "to count its sets",
        )
    out_of_scope = context.names.with_status("out_of_scope")
    unknown = context.names.with_status("unknown")
    return Report(
        program=prog.name,
        goal=goal_obj.id,
        stage=stage_value,
        stage_assumed=decision.assumed,
        goal_assumed=goal is None and not prog.goal,
        stage_requested=decision.requested,
        stepped_back=decision.stepped_back,
        findings=tuple(findings),
        weeks=tuple(summaries),
        out_of_scope=out_of_scope,
        unknown=unknown,
        read_as=context.names.read_as(),
        source=prog.source,
        kind=kind,
        input_issues=issues,
        rows_not_read=log.rows_not_read if log is not None else 0,
        notes=rules.notes(goal_obj.id, request),
        fail_on=fail_on,
        as_of=as_of_day.isoformat() if kind == "log" else None,
        progress=tuple(progress),
        unit=display_unit if kind == "log" else None,
        hamstring_credit=hamstring_credit(progress, classify),
    )


def _week_stages(
    prog: Program, goal: Goal, stage: int | None, issues: tuple[str, ...]
) -> tuple[dict[int, int], tuple[str, ...]]:
    """The stage each of a program's weeks is written at (``Week.stage``: a plan by stage), by
    week number from 1, when they apply: a staged goal checked without a ``stage`` argument (one
    given overrides every week's, and a goal without stages reads none: both said in ``issues``)."""
    written = {i: w.stage for i, w in enumerate(prog.weeks, start=1) if w.stage is not None}
    if not written:
        return {}, issues
    listed = ", ".join(sorted({str(s) for s in written.values()}))
    if not goal.staged:
        return {}, (*issues, f"the weeks' stages ({listed}) are not read: goal {goal.id} has no stages")
    if stage is not None:
        said = (
            f"the weeks' own stages ({listed}) are not read: every week is checked at stage {stage}, as asked"
        )
        return {}, (*issues, said)
    by_stage: dict[int, list[str]] = {}
    for i, at in sorted(written.items()):
        by_stage.setdefault(at, []).append(prog.weeks[i - 1].label or f"week {i}")
    unstaged = len(prog.weeks) - len(written)
    said = "; ".join(f"stage {at}: {', '.join(weeks)}" for at, weeks in sorted(by_stage.items()))
    rest = f"; the {counted(unstaged, 'other week')} at the program's stage" if unstaged else ""
    return written, (*issues, f"weeks checked at the stage the program gives each ({said}){rest}")


def _own_stages(
    context: _Context,
    week_stages: Mapping[int, int],
    stage: int | None,
    asked: tuple[Goal, float | None, float | None, bool],
    ranker: Ranker,
    rules: RuleSet,
) -> dict[int, tuple[Facts, _Messages]]:
    """Judge each week written at a stage other than the one the check asked for (``stage``) at its own: its
    request, exclusions and doses (after a pain step-back, as the check's stage is), set on
    ``context.own_stages``; the request and messages of each such stage, by the stage written."""
    goal, pain, pain_24h, workout_log = asked
    out: dict[int, tuple[Facts, _Messages]] = {}
    judged: dict[int, _Judging] = {}
    for week, written in sorted(week_stages.items()):
        if written not in judged:
            try:
                decision = decide_stage(goal, written, pain, pain_24h)
            except RequestError as exc:  # a stage the goal does not have: the week's, named
                exc.location = f"{context.program.source or context.program.name}: weeks[{week - 1}].stage"
                raise
            if written == stage:  # the check's own stage
                judged[written] = context.judging
                continue
            request = request_facts(
                goal, decision.stage, pain, False, stage_requested=decision.requested,
                stepped_back=decision.stepped_back, pain_24h=pain_24h, workout_log=workout_log,
            )  # fmt: skip
            down = derived = None
            if decision.stepped_back:
                before = request_facts(goal, decision.requested, pain, False, pain_24h=pain_24h)
                down = ranker.ranked_down(goal.id, request, before)
                derived = partial(derived_ranked_down, rules, goal.id, request, before)
            judged[written] = _Judging(
                decision.stage,
                ranker.first_exclusions(goal.id, request),
                partial(_derived_exclusion, rules, goal.id, request),
                down,
                derived,
                _Doses(ranker, goal.id, request, rules),
            )
            out[written] = (request, _Messages(request))
        if judged[written] is not context.judging:
            context.own_stages[week] = (written, judged[written])
    return out


def _easy_sets(log: WorkoutLog) -> dict[str, list[list[tuple[str, int, int]]]]:
    """A log's easy and warm-up sets by ISO week and by workout in the week (the sessions of
    ``WorkoutLog.to_program``): (exercise name, easy sets, warm-up sets), in the log's order."""
    found: dict[str, list[list[tuple[str, int, int]]]] = {}
    for workout in log.workouts:
        sets = [
            (ex.name, ex.easy_sets, ex.warmup_sets)
            for ex in workout.exercises
            if ex.easy_sets or ex.warmup_sets
        ]
        found.setdefault(workout.iso_week, []).append(sets)
    return found


def _unloaded(log: WorkoutLog) -> dict[tuple[str, int], frozenset[str]]:
    """The names a log's workouts did at body weight only, by (ISO week, the workout's place in
    the week from 1): every hard set marked ``BW`` (``BW-20``: assisted) or a logged 0, none with
    a load. A blank weight is no such mark: the load is unknown, and the name's exercise says
    what it is (a back squat with no weight written is still a back squat)."""
    found: dict[tuple[str, int], frozenset[str]] = {}
    places: dict[str, int] = {}
    for workout in log.workouts:
        place = places[workout.iso_week] = places.get(workout.iso_week, 0) + 1
        names = frozenset(
            ex.name
            for ex in workout.exercises
            if ex.hard_sets and ex.top_kg is None and (ex.zero_weight_sets or ex.body_weight_sets)
        )
        if names:
            found[workout.iso_week, place] = names
    return found


def _iso_week(day: date) -> str:
    """A day's ISO week label, as a log's weeks are labelled (``2025-W45``)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _modifiers(name: str) -> frozenset[str]:
    """A name's modifiers as the name grammar reads them (``assisted``, ``single_leg``...)."""
    return parse_name(name).modifiers


def _as_of(value: object) -> date:
    """``check(as_of=)``: a date (a datetime counts by its date; a text ``YYYY-MM-DD``) in the
    years a log's dates may have (``MIN_YEAR``-``MAX_YEAR``); ``None`` is today."""
    if value is None:
        return date.today()
    if isinstance(value, str):  # a notebook's as_of="2025-11-30", the CLI's --as-of
        text = value.strip()
        try:
            if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
                raise ValueError(text)
            value = date.fromisoformat(text)
        except ValueError:
            raise RequestError(
                f"as_of {text[:40]!r} is not a date written YYYY-MM-DD",
                location="as_of",
                suggestion="pass '2025-11-30', or datetime.date(2025, 11, 30)",
            ) from None
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        raise RequestError(
            f"as_of must be a datetime.date or a 'YYYY-MM-DD' text, got {type(value).__name__}",
            location="as_of",
            suggestion="pass datetime.date(2025, 11, 30), or date.fromisoformat('2025-11-30')",
        )
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise RequestError(
            f"as_of {value.isoformat()} is outside the years {MIN_YEAR}-{MAX_YEAR}",
            location="as_of",
            suggestion="pass the date the log is judged as of (default: today)",
        )
    return value


def _log_limits(
    starts: Sequence[datetime], names: Collection[str], limits: Limits, where: str | None
) -> None:
    """A log's limits, whatever it was built from (a ``WorkoutLog`` or dated sessions made in
    Python, not only a file the reader bounds as it reads): the span of its weeks (its weekly
    time series holds every week of it) and its distinct exercise names."""
    from .logs import check_span

    if starts:
        check_span(min(starts).date(), max(starts).date(), limits.max_log_weeks, where)
    if len(names) > limits.max_log_names:
        raise InputLimitError(
            f"the log has {len(names):,} distinct exercise names, over the limit of {limits.max_log_names:,}",
            location=where,
            suggestion="split the export by date",
        )


def _series_cut(summaries: Sequence[WeekSummary], as_of: date, max_weeks: int) -> tuple[str, ...]:
    """An input notice when a log's weekly series stops before the as-of week (the weeks after
    the last workout stop at ``max_weeks`` in all): said, not silently short - the gap checks
    (HR031) still count every week to ``as_of``."""
    from ._trends import _label, iso_monday

    last = iso_monday(summaries[-1].label) if summaries else None
    now = as_of - timedelta(days=as_of.weekday())
    if last is None or last >= now:
        return ()
    missing = (now - last).days // 7
    first = _label(last + timedelta(weeks=1))
    span = first if missing == 1 else f"{first} to {_label(now)}"
    return (
        f"the weekly series stops at {summaries[-1].label}, at the limit of {max_weeks:,} weeks "
        f"(Limits.max_log_weeks): the {counted(missing, 'week')} after it to as_of {as_of.isoformat()} "
        f"({span}) are not listed, though the gap checks count them",
    )


def _not_counted(after: int, as_of: date) -> str:
    plural = "s" if after != 1 else ""
    return f"{after} workout{plural} after as_of {as_of.isoformat()} not counted"


def _before_first(as_of: date, first: date, source: str | None, *, log: bool = True) -> RequestError:
    """``as_of`` before the first workout: there is nothing to judge yet. The log is named
    (``source``): a CLI call or a batch checks several. A file of dates that all lie ahead is
    often a coach's plan (``Date, Exercise, Sets, Reps`` for next month): the message says the
    file was read as a log because of its dates, and how to check it as a plan."""
    what = "workout" if log else "session"
    whose = "the log's" if source is None else f"{label(source, 120)}'s"
    message = f"as_of {as_of.isoformat()} is before {whose} first {what} on {first.isoformat()}"
    if log and source is not None:
        message += (
            ": the file was read as a workout log (it dates its rows), and every workout in it lies ahead"
        )
    return RequestError(
        message,
        location="as_of",
        suggestion=f"to judge it as done, pass as_of (--as-of) {first.isoformat()} or later (default: today)"
        + ("; a plan of sessions to come is checked as a program: give its days (a Day column, or "
           "Week and Day) instead of dates" if log else ""),
    )  # fmt: skip


def _checked_log(log: WorkoutLog) -> WorkoutLog:
    """A WorkoutLog built or changed in Python (``attrs.evolve``, a slice), checked at the
    boundary as a Program is: its fields of their declared types, its format and unit known,
    each start a naive datetime in the supported years, its counts and amounts finite and not
    negative (a weight may be: an assisted set). A forged log raised TypeError, KeyError or
    ValueError deep inside check()."""
    from ._validate import attrs_object, is_checked
    from .logs import _FORMAT_NAMES, WorkoutLog

    if is_checked(log):
        return log
    attrs_object(log, WorkoutLog, "program", mark=False)
    formats = list(_FORMAT_NAMES)
    if log.format not in formats:
        raise RequestError(
            f"unknown log format {shown(log.format)}",
            location="program.format",
            suggestion=", ".join(formats),
        )
    if log.unit not in ("kg", "lb"):
        raise RequestError(f"unknown unit {shown(log.unit)}", location="program.unit", suggestion="kg or lb")
    for i, workout in enumerate(log.workouts):
        at = f"program.workouts[{i}]"
        start = workout.start
        if start.tzinfo is not None or not MIN_YEAR <= start.year <= MAX_YEAR:
            raise RequestError(
                f"start {shown(start)} is not a naive datetime in the years {MIN_YEAR}-{MAX_YEAR}",
                location=f"{at}.start",
            )
        for j, ex in enumerate(workout.exercises):
            amounts: list[float] = [
                ex.hard_sets,
                ex.warmup_sets,
                ex.reps_low,
                ex.reps_high,
                ex.max_seconds,
                ex.failure_sets,
            ]
            amounts += [ex.tonnage_kg, *ex.reps, *ex.rpe, *ex.seconds]
            amounts += [x for x in (ex.max_rpe, ex.top_kg, ex.best_e1rm_kg) if x is not None]
            weights = [w for w in ex.weights_kg if w is not None]
            if not all(math.isfinite(x) and x >= 0 for x in amounts) or not all(map(math.isfinite, weights)):
                raise RequestError(
                    "sets, reps, RPE, seconds, weights or tonnage negative or not finite",
                    location=f"{at}.exercises[{j}]",
                )
    return mark_checked(log)


def _log_as_of(log: WorkoutLog, as_of: date) -> tuple[WorkoutLog, int]:
    """The log as it stood on ``as_of`` (the workouts done by the end of that day) and how many
    later workouts were left out. ``as_of`` before the first workout is a RequestError."""
    kept = [w for w in log.workouts if w.start.date() <= as_of]
    if not kept and log.workouts:
        raise _before_first(as_of, log.workouts[0].start.date(), log.source)
    after = len(log.workouts) - len(kept)
    return (attrs.evolve(log, workouts=tuple(kept)) if after else log), after


def _program_as_of(prog: Program, as_of: date) -> tuple[Program, int]:
    """A program of dated sessions (every session has a ``start``) as it stood on ``as_of``: the
    same rule as :func:`_log_as_of`; weeks left without a session are dropped."""
    starts = [cast(datetime, s.start).date() for w in prog.weeks for s in w.sessions]
    after = sum(day > as_of for day in starts)
    if not after:
        return prog, 0
    if after == len(starts):
        raise _before_first(as_of, min(starts), prog.source, log=False)
    weeks = []
    for week in prog.weeks:
        kept = tuple(s for s in week.sessions if cast(datetime, s.start).date() <= as_of)
        if kept:
            weeks.append(attrs.evolve(week, sessions=kept))
    return mark_checked(attrs.evolve(prog, weeks=tuple(weeks))), after
