"""``plan()``: build a week (or several) that passes its own checks, and say why for every choice.

The plan is assembled from data, never from a code path per goal:

* the goal's **roles** (goals.toml) and the exercise that fills each one - the goal's
  best-ranked exercise whose role rule fired (rules.toml), after the user's equipment and
  exclusions; equal scores rotate across sessions (the article's order only breaks ties);
* the **prescription** of that exercise for the goal and stage: sets, reps, tempo, effort,
  weekly frequency and rest hours;
* the **layout** (data/plans.toml): which role goes in which session, the weekly hamstring
  volume the plan keeps within, and what ``weeks=N`` progresses.

A role nothing can fill, a frequency the days cannot give, a role left out to fit the minutes:
each is a :class:`PlanNote` (a code, a severity, a message), never a silent gap.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from ._build_up import build_step as _build_step
from ._build_up import build_up_of as _build_up_of
from ._build_up import builds as _builds
from ._build_up import step_reps as _step_reps
from ._build_up import steps_text as _steps_text
from ._fixers import fills, int_range
from ._program_file import load_program
from ._program_words import counted_per_side, explosive_phases
from .catalog import Catalog
from .emitters import Rendered
from .exercises import Equipment, Exercise, Level, LoadPosition, Modality
from .findings import SCHEMA_VERSION
from .program import Entry, Program, Session, Week
from .rules import Goal, PlanLayout, PlanSlot, RuleSet, parse_plan_layout, parse_tempo

__all__ = ["Plan", "PlanChoice", "PlanNote", "plan"]

#: Sets one entry may be given when the plan adjusts volume (heuristic bounds).
MIN_SETS, MAX_SETS = 2, 5
#: Sets added per week by the "volume" progression, from the prescribed volume (heuristic).
SETS_PER_WEEK = 2
#: Minutes a session starts with before its sets (warm-up; heuristic).
WARM_UP_MIN = 10
#: Rest between sets in seconds, by the load the exercise takes (:func:`_rest_s`): the ACSM
#: position stand (Ratamess 2009: at least 2-3 min between sets of heavier loads, 1-2 min for
#: lighter and assistance work); which exercises are heavy is a heuristic, and the values the
#: low ends of those ranges (a heuristic: they only estimate a session's minutes).
REST_S = {"heavy": 150, "light": 90, "body_weight": 60}
#: Next-morning pain (0-10) above which a staged goal's weeks hold their starting dose: in the
#: pain-monitoring model 0-3 is safe, 4-5 acceptable without progressing (Silbernagel,
#: secondary summaries; rules.toml RH031 says the same to recommend()).
HOLD_PAIN_24H_ABOVE = 3


# -- the layout data ----------------------------------------------------------------------------


@functools.cache
def _layouts() -> dict[str, PlanLayout]:
    """The shipped goals' week layouts (``data/plans.toml``), parsed like a rule pack's."""
    from ._data import builtin_data

    out = {}
    for i, item in enumerate(builtin_data()["plans.toml"].get("plan", [])):
        layout = {k: v for k, v in item.items() if k != "goal"}
        out[item["goal"]] = parse_plan_layout(layout, f"hamstring_rules/data/plans.toml: plan[{i}]")
    return out


def _layout(goal: Goal) -> PlanLayout:
    """The goal's own layout (``[goal.plan]``), else the shipped one for its id when the goal
    still has every role it names, else one slot per role in every session."""
    if goal.plan is not None:
        return goal.plan
    shipped = _layouts().get(goal.id)
    if shipped is not None and {s.role for s in shipped.slots} <= set(goal.role_ids):
        return shipped
    return PlanLayout(tuple(PlanSlot(r) for r in goal.role_ids), source="goals.toml: the goal's roles")


def _note_texts() -> Mapping[str, Mapping[str, str]]:
    from ._data import builtin_data

    notes: Mapping[str, Mapping[str, str]] = builtin_data()["plans.toml"]["note"]
    return notes


# -- results ------------------------------------------------------------------------------------


@attrs.frozen
class PlanChoice:
    """One planned exercise and why: the role it fills, its rank for the goal, the rules that
    ranked and prescribed it."""

    week: int
    session: str
    day: str
    position: int
    role: str
    exercise: str
    exercise_id: str
    rank: int
    prescription: str
    rules: tuple[str, ...]
    reason: str
    role_name: str = ""
    """The role's name (``Hinge`` for the distal goal's ``heavy_hinge``): what tables show."""

    def to_dict(self) -> dict[str, Any]:
        out = attrs.asdict(self)
        out["rules"] = list(self.rules)
        return out


@attrs.frozen
class PlanNote:
    """Something the plan could not do as the goal asks, finding-like: a code (``PL001``), a
    symbol, a severity, a message and a suggestion. ``expect`` names the check codes this
    explains (``HR005`` for a single training day)."""

    code: str
    symbol: str
    severity: str
    message: str
    suggestion: str = ""
    expect: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = attrs.asdict(self)
        out["expect"] = list(self.expect)
        return out

    def __str__(self) -> str:
        text = f"{self.code} [{self.severity}] {self.message}"
        return f"{text} ({self.suggestion})" if self.suggestion else text


@attrs.frozen
class Plan(Rendered, Program):
    """A planned program: a :class:`Program` (``check()`` takes it; ``to_yaml()`` and
    ``to_json()`` write the program file ``check`` reads back, each entry's ``notes`` saying
    why), plus every choice with its reason and the notes on what could not be done."""

    choices: tuple[PlanChoice, ...] = ()
    notes: tuple[PlanNote, ...] = ()
    days: int = 0
    minutes: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The program file's data (what ``check`` reads back); the notes go in ``description``
        and each entry's ``notes`` say why it was chosen."""
        data = super().to_dict()
        # an explosive phase is written X, as the prescription says (the parsed tempo holds 0)
        explosive = {
            (c.week, c.session, c.position): c.prescription.rpartition(" @ ")[2]
            for c in self.choices
            if " @ " in c.prescription and "X" in c.prescription.rpartition(" @ ")[2]
        }
        for w, week in enumerate(data.get("weeks", [data]), start=1):
            for session in week["sessions"]:
                for k, entry in enumerate(session["exercises"], start=1):
                    if (w, session["name"], k) in explosive:
                        entry["tempo"] = explosive[(w, session["name"], k)]
        if not self.notes:
            return data
        name = data.pop("name")
        return {"name": name, "description": "\n".join(str(n) for n in self.notes), **data}

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per planned exercise: week, session, day, role, exercise, rank,
        prescription, rules, reason."""
        return [c.to_dict() for c in self.choices]

    def to_pandas(self) -> Any:
        """One row per planned exercise, in the plan's order, with typed columns: week, session,
        day (ordered mon-sun), position, exercise and its id, role and role name, rank for the
        goal, sets, reps low/high, hold seconds, the four tempo phases, RIR, RPE, prescription,
        rules and reason (needs the ``pandas`` extra)."""
        from ._frames import plan

        return plan(self)

    def to_plan_dict(self) -> dict[str, Any]:
        """The program file's data plus the choices and notes (JSON-ready)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "goal": self.goal,
            "stage": self.stage,
            "program": self.to_dict(),
            "choices": self.to_records(),
            "notes": [n.to_dict() for n in self.notes],
        }

    # -- display (the emitters write it) --------------------------------------------------------

    def __repr__(self) -> str:
        return (
            f"<Plan {self.name!r} goal={self.goal!r} stage={self.stage} weeks={len(self.weeks)} "
            f"sessions/week={len(self.sessions)} notes={len(self.notes)}>"
        )


# -- building -----------------------------------------------------------------------------------


def _note(
    note_code: str, expect: Iterable[str] = (), severity: str | None = None, **values: object
) -> PlanNote:
    from ._engine import render_template

    spec = _note_texts()[note_code]
    return PlanNote(
        note_code,
        spec["symbol"],
        severity or spec["severity"],
        render_template(spec["message"], values),
        render_template(spec.get("suggestion", ""), values),
        tuple(expect),
    )


def _candidates(ranking: Any, role: str) -> list[Any]:
    """The recommendations that fill one of the goal's roles, best first."""
    return [r for r in ranking if fills(r, role, ranking.goal.role_ids)]


def _pick(
    found: Sequence[Any], used: set[str], turn: int, rested: Callable[[Any], bool] = lambda rec: True
) -> Any | None:
    """The exercise for a role in one session: the top score's ties take turns across sessions
    (their order is only the tie-break); one already in the session, or not ``rested`` (its
    prescribed rest since it was last placed not over), gives way to the next."""
    ties = [r for r in found if r.score == found[0].score]
    rotated = ties[turn % len(ties) :] + ties[: turn % len(ties)] + list(found[len(ties) :])
    return next((r for r in rotated if r.exercise.id not in used and rested(r)), None)


def _keeps_rest(placed: Sequence[int], day: int, hours: int | None) -> bool:
    """Whether an exercise prescribed ``hours`` of rest between its sessions may go on weekday
    ``day`` of a repeating week where it is already on the weekdays ``placed``: each gap to
    them, either way round the week, is at least its rest (the Askling glider, 72 h: every
    third day, was in every 48-h session: rv22 R4)."""
    if not hours or not placed:
        return True
    return all(24 * min((day - d) % 7, (d - day) % 7) >= hours for d in placed if d != day)


def _spread(count: int) -> list[int]:
    """Weekdays for ``count`` sessions, evenly spread from Monday (mon/thu for two)."""
    return [math.floor(i * 7 / count) for i in range(count)]


def _least_gap_hours(count: int) -> int:
    """The shortest gap, in hours, between the ``count`` spread sessions of a repeating week."""
    days = _spread(count)
    return 24 * min((days[(i + 1) % count] - days[i]) % 7 or 7 for i in range(count))


def _sessions_by_rest(rest: float) -> int:
    """The most sessions a week whose spread days keep ``rest`` hours apart (mon/wed/fri for 48)."""
    return max(n for n in range(1, 8) if n == 1 or _least_gap_hours(n) >= rest)


def _frequency(rec: Any) -> int:
    """The upper end of a recommendation's prescribed sessions a week (2 when it gives none)."""
    return (int_range(rec.prescription.frequency_per_week) or (2, 2))[1]


def _slot_sessions(slot: PlanSlot, freq: int, count: int) -> frozenset[int]:
    """The sessions a slot's role goes in: its ``every``/``offset`` ones, then no more than its
    own prescribed frequency, spread out (an assisted Nordic 1-2x/week in a 3-session week goes
    in the first and the last)."""
    picked = [i for i in range(count) if slot.in_session(i, count)]
    if len(picked) <= freq:
        return frozenset(picked)
    if freq <= 1:
        return frozenset(picked[:1])
    return frozenset(picked[round(j * (len(picked) - 1) / (freq - 1))] for j in range(freq))


def _rest_hours(rec: Any, rules: RuleSet, goal: str) -> float:
    hours = float(rec.prescription.rest_hours or 0)
    if "HR006" in rules and rules.get("HR006").applies_to(goal):
        hours = max(hours, float(rules.get("HR006").params.get("min_rest_hours", 0)))
    return hours


def _entry(rec: Any, role: str, role_name: str, sets: int | None = None) -> Entry:
    from ._fixers import prescribed_entry

    data = prescribed_entry(rec, sets=sets)
    reps = int_range(data["reps"]) or (1, 1)
    tempo = parse_tempo(str(data["tempo"])) if "tempo" in data else None
    return Entry(
        rec.exercise.name,
        int(data["sets"]),
        reps[0],
        reps[1],
        tempo,
        data.get("rir"),
        None,
        data.get("hold_s"),
        _reason(rec, role_name),
        explosive_phases(str(data["tempo"])) if tempo else (),
        per_side=counted_per_side(str(data["reps"])),
    )


def _why(rec: Any, how: str | None = None) -> str:
    """``#1 for the goal (TI001 straight-knee-hinge, ...); dose 3 x 8-10 @ 3-1-1-0 by P002``;
    with ``how`` (the entry's dose is not the prescription's: a build-up's week, a step within
    the range, sets cut for time) the dose is not repeated - the row shows the one it prescribes
    - and ``how`` says what set it (``dose by Petersen 2011's Nordic programme, week 1 (PL016)``)."""
    scored = [r for r in rec.rules if r.effect.kind == "score"]
    why = ", ".join(f"{r.id} {r.symbol}" for r in scored) or "no scoring rule"
    if how is not None:
        return f"#{rec.rank} for the goal ({why}); dose by {how}"
    by = ", ".join(rec.prescription.rules)
    return f"#{rec.rank} for the goal ({why}); dose {rec.prescription.short()} by {by}"


def _dose_how(
    entry: Entry,
    rec: Any,
    role: str,
    week: int,
    *,
    build: Mapping[str, Any] | None,
    plan_weeks: int,
    hold: bool,
    minutes: int | None,
    sessions_held: Mapping[int, int] | None = None,
) -> str | None:
    """What set a planned entry's dose when it is not its prescription's as written (``None``
    when it is): the build-up's week (the protocol, PL016), a held starting dose (PL012), sets cut
    to fit the minutes (PL009), a step within the prescription's range, or the week's volume.
    ``sessions_held``: the sessions each week (1-based) holds the build-up's role in, said when
    fewer than its step asks."""
    if _short(entry, rec) == rec.prescription.short():
        return None
    if build is not None and _builds(build, rec):
        steps, until = len(build["weeks"]), int(build["hold_until_week"])
        phase = (
            "its build-up"
            if week <= steps
            else (
                f"its weeks {steps + 1}-{until}" if week <= until else f"its maintenance after week {until}"
            )
        )
        # a pyramid ('12-10-8': each set's reps, Petersen 2011) is said as the source gives it:
        # the entry can hold only the span (8-12)
        said = re.findall(r"\d+", str(_build_step(build, week - 1)["reps"]))
        each = f", sets of {_listed(said)} reps" if len(said) > 2 else ""
        asked = int(_build_step(build, week - 1)["sessions"])
        has = (sessions_held or {}).get(week, asked)
        fewer = f"; {has} of its {asked} sessions a week" if 0 < has < asked else ""
        return f"{build['protocol']}, week {week}{each} ({phase}{fewer}; PL016)"
    by = ", ".join(rec.prescription.rules)
    sets = int_range(rec.prescription.sets)
    reps = int_range(rec.prescription.reps)
    sets_in = sets is None or sets[0] <= entry.sets <= sets[1]
    if minutes is not None and sets is not None and entry.sets < sets[0]:
        return f"{by}, {entry.sets} sets to fit {minutes}-minute sessions (PL009)"
    if hold:
        return f"{by}, held at its start while the morning-after pain settles (PL012)"
    held = entry.hold_s or 0
    reps_in = reps is None or (
        reps[0] <= held <= reps[1] if held else reps[0] <= entry.reps_low <= entry.reps_high <= reps[1]
    )
    if sets_in and reps_in:
        at = f"week {week} of {plan_weeks}" if plan_weeks > 1 else "a one-week plan"
        return f"{by}, within its range for {at}"
    if not sets_in and reps_in:
        return f"{by}, {entry.sets} sets for the week's hamstring volume"
    return f"{by}, as the plan places it"


def _reason(rec: Any, role_name: str) -> str:
    """An entry's ``notes`` in the program file: its role, then why."""
    return f"{role_name}: {_why(rec)}"


def _hamstring_sets(entries: Iterable[tuple[Entry, Exercise]]) -> float:
    return sum(e.sets * ex.hamstring_set_credit for e, ex in entries)


def _rest_s(entry: Entry, ex: Exercise | None) -> int:
    """The rest after each set of ``entry`` (:data:`REST_S`), by the load its exercise takes:
    heavy for a loadable lift (barbell, machine, dumbbell, cable) at 10 reps or fewer, for a
    near-maximal eccentric (the Nordic) and for a maximal effort (sprints, jumps, Olympic lifts);
    light for a loadable lift of more reps or a loaded hold; a body-weight or band drill or hold
    (the Askling L-protocol's diver, a bridge hold) is light work at its own weight. An unknown
    exercise is judged by its reps (heavy at 10 or fewer, not a hold), as all were: the
    strain-rehab plan's body-weight drills took the heavy lifts' 150 s, and a 20-minute session
    held one exercise."""
    heavy_reps = entry.reps_low <= 10 and not entry.hold_s
    if ex is None:
        return REST_S["heavy"] if heavy_reps else REST_S["light"]
    if ex.eccentric_only or ex.modality in (Modality.RUNNING, Modality.PLYOMETRIC, Modality.OLYMPIC_LIFT):
        return REST_S["heavy"]
    if ex.loadability is Level.LOW and ex.load_position in (LoadPosition.BODYWEIGHT, LoadPosition.BAND):
        return REST_S["body_weight"]
    return REST_S["heavy"] if heavy_reps else REST_S["light"]


def _minutes(entries: Sequence[Entry], catalog: Catalog | None = None) -> float:
    """A session's minutes: the warm-up, then each set's work and the rest after it
    (:func:`_rest_s`, by the exercise ``catalog`` reads the entry as; the built-in catalog by
    default)."""
    catalog = Catalog.builtin() if catalog is None else catalog
    seconds = 0.0
    for e in entries:
        rep_s = sum(e.tempo) if e.tempo else 4
        work = e.hold_s if e.hold_s else e.reps_high * max(rep_s, 2)
        seconds += e.sets * (work + _rest_s(e, catalog.classify(e.exercise).exercise))
    return WARM_UP_MIN + seconds / 60


def plan(
    goal: str,
    *,
    days: int | None = None,
    equipment: Iterable[str | Equipment] | None = None,
    minutes: int | None = None,
    stage: int | None = None,
    pain: float | None = None,
    pain_24h: float | None = None,
    exclude: Iterable[str | Exercise] | None = None,
    weeks: int = 1,
    catalog: Catalog | None = None,
    rules: RuleSet | None = None,
) -> Plan:
    """Plan a training week for a goal from its roles, ranking and prescriptions.

    Args:
        goal: a goal id or alias (``tie-in``, ``rehab``...).
        days: training days a week you have (1-7). The plan uses as many as the goal's
            prescribed frequency and rest allow (two heavy days, 72 h apart, for hypertrophy).
            ``None`` (the default): the days the goal's prescription asks for (2 for
            hypertrophy, 5 for rehab stage 1's daily isometrics).
        equipment: what you have (``["dumbbell", "bench"]``); ``None`` means everything.
        minutes: the longest session you want (by the plan's own estimate, a 10-minute
            warm-up counted, and rest after each set by the exercise's load: 150 s for a heavy
            lift, 90 s for lighter work, 60 s for a body-weight drill - ACSM 2009's ranges,
            heuristic values): after the checks' repairs, sets are cut to two an entry, then the
            least important roles (the layout's later slots) are left out, each noted (PL009,
            PL003, PL010 for a check that then fails). ``None``: no limit.
        stage / pain / pain_24h: as :func:`recommend` (rehab stage 1-4; pain 0-10 during
            exercise / the morning after the last session). Either above the goal's limit
            (5/10 for rehab) plans the stage before (PL008). The next-morning response also
            sets the progression (the pain-monitoring model, Silbernagel): settled (at most
            3/10) the weeks progress the dose; 4/10 or more, or a stage stepped back, they
            hold the stage's starting dose (PL012).
        exclude: exercises to leave out (``None``: none), by any name, with their variants (as
            :func:`recommend`: excluding the Nordic curl excludes the assisted Nordic and a
            ``Nordic curl hold`` derived from it; the RDL the deficit and single-leg RDL).
        weeks: plan this many weeks, progressing (more sets within the goal's weekly range
            for hypertrophy; the prescription's dose range for rehab).

    Returns a :class:`Plan`, a :class:`Program` that :func:`check` takes, with every choice's
    reason (:meth:`Plan.to_records`) and notes for what could not be done.
    """
    from ._recommend import excluded_groups, excluded_listing, read_exclude, recommend, resolve_sources
    from ._validate import integer
    from .errors import shown

    catalog, rules = resolve_sources(catalog, rules)
    exclude = read_exclude(exclude)  # read by the ranking, then by the notes: a generator once
    days = integer(days, "days", minimum=1, maximum=7, optional=True)
    weeks = integer(weeks, "weeks", minimum=1, maximum=52)
    minutes = integer(minutes, "minutes", minimum=15, maximum=600, optional=True)
    ranking = recommend(
        goal,
        stage=stage,
        pain=pain,
        pain_24h=pain_24h,
        equipment=equipment,
        exclude=exclude,
        catalog=catalog,
        rules=rules,
    )
    goal_obj = ranking.goal
    role_names = {r.id: r.name for r in goal_obj.roles}
    layout = _layout(goal_obj)
    notes: list[PlanNote] = [  # what each exclude= name left out (recommend() notes it too)
        _note("PL015", name=shown(said), exercises=excluded_listing(catalog, ids))
        for said, ids in excluded_groups(catalog, exclude)
    ]
    slots: list[tuple[PlanSlot, list[Any]]] = []
    for slot in layout.slots:
        if slot.stages and ranking.stage not in slot.stages:
            continue
        found = _candidates(ranking, slot.role)
        if not found:
            restricted = equipment is not None or bool(exclude)
            name = role_names.get(slot.role, slot.role)
            # recommend()'s note for the role names the goal's best exercise for it and what it
            # needs ('45-degree back extension needs back_extension_bench'): said the same here
            said = f"No exercise can fill the role '{name}': "
            ranked = next((n[len(said) :].rstrip(".") for n in ranking.notes if n.startswith(said)), None)
            why = ranked or (
                "your equipment or exclusions leave no exercise for it"
                if restricted
                else "the goal's rules rank no exercise for it at this stage"
            )
            notes.append(_note("PL001", role=name, why=why))
            continue
        slots.append((slot, found))
    if not slots:
        from .errors import RequestError

        # the roles left unfilled say why; what each exclude= name left out (PL015, one a name:
        # hundreds with a long list) would push the reason past the message's length
        unfilled = [n for n in notes if n.code != "PL015"]
        why = "; ".join(n.message for n in unfilled) or (
            f"no slot of the goal's week layout is for stage {ranking.stage}"
            if ranking.stage is not None
            else "every slot of the goal's week layout is limited to stages, and this goal has none"
        )
        raise RequestError(
            f"nothing can be planned: {why}",
            location="plan",
            suggestion=unfilled[0].suggestion if unfilled else "check the layout's slots ([goal.plan])",
        )

    # Sessions: the prescribed frequency, within the days and the rest between heavy sessions.
    # The first slot's frequency sets the sessions (plans.toml); a role prescribed less often
    # goes in fewer of them (_slot_sessions), so it never caps the others.
    firsts = [found[0] for _, found in slots]
    freq = _frequency(firsts[0])
    rest = max(_rest_hours(r, rules, goal_obj.id) for r in firsts)
    by_rest = _sessions_by_rest(rest)
    least = min((int_range(r.prescription.frequency_per_week) or (2, 2))[0] for r in firsts)
    flagged = "HR005" in rules and rules.get("HR005").applies_to(goal_obj.id)
    if flagged:  # the check's frequency target binds too (heavy sessions a week)
        least = max(least, int(rules.get("HR005").params.get("min_sessions", 0)))
    if days is None:  # what the goal asks for, within a week
        days = min(7, max(least, min(freq, by_rest)))
    count = max(1, min(days, freq, by_rest))
    if days < least:
        notes.append(
            _note(
                "PL002",
                ("HR005",) if flagged else (),
                days=days,
                wanted=least,
                consequence="check() will flag the low frequency (HR005)" if flagged else "the dose is lower",
            )
        )
    elif days > count:
        why = (
            f"the rest the goal asks between heavy sessions ({rest:g} h) leaves"
            if by_rest < min(days, freq)
            else f"the goal's prescribed frequency ({freq} sessions a week) leaves"
        )
        notes.append(_note("PL004", unused=days - count, days=days, count=count, why=why))
    weekdays = _spread(count)

    placed = [_slot_sessions(slot, _frequency(found[0]), count) for slot, found in slots]
    notes.extend(_uncovered(slots, placed, role_names, restricted=equipment is not None or bool(exclude)))
    base: list[list[tuple[Entry, Exercise, Any, str]]] = []
    on_days: dict[str, list[int]] = {}  # exercise id -> the weekdays it is on so far
    for i in range(count):
        session: list[tuple[Entry, Exercise, Any, str]] = []
        used: set[str] = set()

        def rested(rec: Any, day: int = weekdays[i]) -> bool:
            # each exercise keeps its own prescribed rest between the sessions holding it
            hours = rec.prescription.rest_hours
            return _keeps_rest(on_days.get(rec.exercise.id, ()), day, hours)

        for (slot, found), where in zip(slots, placed, strict=True):
            # A session whose own slots cannot be filled takes the opening one: never empty.
            if i not in where and (session or any(i in w for w in placed)):
                continue
            # the slot's kinds of work, one each in turn over the role's sessions (rehab stage 4:
            # a plyometric, a run), before the role's best-ranked fills the rest
            turn = sorted(where).index(i) if i in where else len(slot.modalities)
            kind = (
                [r for r in found if r.exercise.modality.value == slot.modalities[turn]]
                if turn < len(slot.modalities)
                else []
            )
            rec = (
                (_pick(kind, used, 0, rested) if kind else None)
                or _pick(found, used, i // slot.every, rested)
                or (None if session else _pick(found, used, i // slot.every))
            )
            if rec is None:
                continue
            used.add(rec.exercise.id)
            on_days.setdefault(rec.exercise.id, []).append(weekdays[i])
            name = role_names.get(slot.role, slot.role.replace("_", " "))
            session.append((_entry(rec, slot.role, name), rec.exercise, rec, slot.role))
        # each session in the order the prescriptions place them (slot order breaks ties)
        base.append(sorted(session, key=lambda item: placement_rank(item[2].prescription.placement)))

    program_weeks: list[Week] = []
    roles: dict[tuple[int, str, str], str] = {}  # (week, session, exercise id) -> role
    hold = _hold(ranking, pain_24h)
    build = _build_up(base)
    # the sessions a build-up's week leaves out keep their role's best exercise of another dose
    # (a strain-rehab stage-3 week 1: the Nordic on Monday, a leg curl on Wednesday and Friday)
    others = _without_build_up(base, build, slots, role_names) if build is not None else base
    for w in range(weeks):
        planned = _progress(base, layout, 0 if hold else w, weeks)
        if build is not None:  # the protocol's week w, whatever the pain: it starts low already
            planned = _built_up(planned, _progress(others, layout, 0 if hold else w, weeks), build, w)
        sessions = []
        for i, entries in enumerate(planned):
            if not entries:  # a session that held only the role's work, not in this week's step
                continue
            label = f"Hamstrings {'ABCDEFG'[i]}"
            sessions.append(Session(label, tuple(e for e, *_ in entries), day=weekdays[i]))
            roles.update(((w + 1, label, ex.id), role) for _, ex, _, role in entries)
        program_weeks.append(Week(tuple(sessions), label=f"week {w + 1}" if weeks > 1 else None))
    stage_text = f" stage {ranking.stage}" if ranking.stage is not None else ""
    # an assumed stage is not written: a check of the plan assumes it again, and says so
    stage = None if ranking.stage_assumed else ranking.stage
    program = Program(f"{goal_obj.name}{stage_text} plan", tuple(program_weeks), goal_obj.id, stage)
    if ranking.stage_assumed:
        notes.append(_note("PL007", stage=ranking.stage))
    if ranking.stepped_back:
        back = _note(
            "PL008", pain=_pain_text(pain, pain_24h), stage=ranking.stage, requested=ranking.stage_requested
        )
        notes.append(back)
    if (
        goal_obj.pain_over_limit(pain, pain_24h) is not None and not ranking.stepped_back
    ):  # no stage to step back to
        what = (
            f"this is already the first stage of {goal_obj.name}, with no stage to step back to"
            if ranking.stage is not None
            else f"this plan is {goal_obj.name}'s normal week, which takes no account of pain"
        )
        notes.append(
            _note("PL014", pain=_pain_text(pain, pain_24h), limit=f"{goal_obj.pain_limit:g}", what=what)
        )
    if hold:
        why = "the stage was stepped back" if ranking.stepped_back else "the morning after is not settled"
        notes.append(_note("PL012", pain_24h=f"{hold:g}", why=why, settled=f"{HOLD_PAIN_24H_ABOVE:g}"))
    program, report, repairs = _repair(program, ranking, catalog, rules)
    role_of = _role_lookup(roles, repairs, catalog)
    ordered = _order(program, ranking, catalog)
    slot_roles = [slot.role for slot, _ in slots]  # the layout's order: the opening role first
    # a role a check's repair added that the goal does not declare (HR011's unilateral in a distal
    # plan) is shown by the name another goal gives it: "Unilateral", not the id (review 2 R12)
    names = {r.id: r.name for g in rules.goals for r in g.roles} | role_names
    fitted = (
        ordered
        if minutes is None
        else _fit_minutes(ordered, minutes, role_of, slot_roles, names, notes, catalog)
    )
    if minutes is not None and fitted is not ordered and layout.weekly_sets is not None:
        # what the minutes cut goes on the free days while the week is below its volume (N14)
        rest_of = {r.exercise.id: _spill_rest(r, rules, goal_obj.id) for r in ranking}
        fitted = _spill(
            ordered,
            fitted,
            minutes,
            days,
            layout.weekly_sets[0],
            role_of,
            slot_roles,
            roles,
            rest_of,
            notes,
            catalog,
        )
    if fitted is not program:  # reordered or cut: the notes are about what is planned
        repaired = report
        report = _final_check(fitted, ranking, catalog, rules)
        # a finding the repair had cleared and the minutes brought back says so (PL010)
        before = {(f.rule, f.location.week, f.location.session) for f in repaired.findings}
        program = fitted
    else:
        before = None
    explained = {code for n in notes for code in n.expect}
    for_time: dict[str, list[Any]] = {}  # code -> findings the minutes brought back
    for f in report.findings:
        if f.severity not in ("error", "warning") or f.code in explained:
            continue
        if (
            minutes is not None
            and before is not None
            and (f.rule, f.location.week, f.location.session) not in before
        ):
            for_time.setdefault(f.code, []).append(f)
        else:
            notes.append(_note("PL006", (f.code,), severity=f.severity, code=f.code, message=f.message))
    for code, found in for_time.items():
        times = f"{code} ({len(found)} times)" if len(found) > 1 else code
        worst = min((f.severity for f in found), key=("error", "warning").index)
        notes.append(
            _note("PL010", (code,), severity=worst, code=times, message=found[0].message, minutes=minutes)
        )
    if ranking.stage is not None and not hold:  # PL012 says when a held dose may progress
        limit = f"{goal_obj.pain_limit:g}"  # the goal's limit, as the notes and checks say it
        notes.append(
            _note("PL005", stage=ranking.stage, goal_name=goal_obj.name, goal=goal_obj.id, limit=limit)
        )
    # the sessions each week holds the build-up's role in: fewer than its step asks when the days
    # or minutes given leave fewer (days=2 holds two of Petersen's three), said on the row and PL016
    rec_of = {r.exercise.id: r for r in ranking}

    def built_up(entry: Entry) -> bool:
        ex = catalog.classify(entry.exercise).exercise
        return build is not None and ex is not None and _builds(build, rec_of.get(ex.id))

    held = {
        w: sum(any(built_up(e) for e in s.entries) for s in week.sessions)
        for w, week in enumerate(program.weeks, start=1)
        if build is not None
    }
    how = functools.partial(
        _dose_how, build=build, plan_weeks=weeks, hold=bool(hold), minutes=minutes, sessions_held=held
    )
    program, choices = _choices(program, ranking, catalog, role_of, names, how)
    by_rec = {r.exercise.id: r for r in ranking}
    notes.extend(_more_often(choices, ranking))
    if build is not None:
        built = [c.exercise for c in choices if _builds(build, by_rec.get(c.exercise_id))]
        if built:
            short = [w for w, n in held.items() if 0 < n < int(_build_step(build, w - 1)["sessions"])]
            fewer = (
                f". This plan holds fewer sessions a week than it asks in week{'s' if len(short) > 1 else ''}"
                f" {_listed([str(w) for w in short])}: the days or minutes given leave no more"
                if short
                else ""
            )
            notes.append(
                _note(
                    "PL016", exercise=built[0], protocol=build["protocol"], steps=_steps_text(build) + fewer
                )
            )
    return Plan(
        name=program.name,
        weeks=program.weeks,
        goal=program.goal,
        stage=program.stage,
        choices=choices,
        notes=tuple(notes),
        days=days,
        minutes=minutes,
    )


def _uncovered(
    slots: Sequence[tuple[PlanSlot, list[Any]]],
    placed: Sequence[frozenset[int]],
    role_names: Mapping[str, str],
    *,
    restricted: bool,
) -> list[PlanNote]:
    """PL017 for each kind of work a slot's role should cover (its ``modalities``: rehab stage 4's
    plyometrics and running) that the week cannot hold: nothing of that kind is left to fill the
    role, or the role is in fewer sessions than it has kinds."""
    notes = []
    for (slot, found), where in zip(slots, placed, strict=True):
        if not slot.modalities:
            continue
        name = role_names.get(slot.role, slot.role.replace("_", " "))
        have = {r.exercise.modality.value for r in found}
        none = [k for k in slot.modalities if k not in have]
        if none:
            why = (
                "your equipment or exclusions leave none that fills it"
                if restricted
                else "the goal's rules rank none for it at this stage"
            )
            notes.append(_note("PL017", role=name, kinds=" or ".join(none), why=why))
        left = [k for k in slot.modalities if k in have][len(where) :]
        if left:
            n = len(where)
            why = f"the role is in {n} session{'s' if n != 1 else ''} a week, one kind of work each"
            notes.append(_note("PL017", role=name, kinds=" or ".join(left), why=why))
    return notes


def _more_often(choices: Sequence[PlanChoice], ranking: Any) -> list[PlanNote]:
    """PL013 for each role whose light daily exercises are prescribed more times a week than the
    sessions the role is in (the Askling extender twice a day, isometric holds 5-7 days): the week has the
    sessions its heavier work's rest allows, and the rest of the light dose goes on the other
    days. Counted by role, as the role's tied picks take turns across sessions."""
    by_id = {r.exercise.id: r for r in ranking}
    roles: dict[str, tuple[set[str], dict[str, None]]] = {}
    for c in choices:
        if c.week == 1:
            where, seen = roles.setdefault(c.role_name or c.role, (set(), {}))
            where.add(c.session)
            seen[c.exercise_id] = None
    out = []
    for role, (where, ids) in roles.items():
        wanted = [
            (low[0], by_id[i])
            for i in ids
            if i in by_id and (low := int_range(by_id[i].prescription.frequency_per_week)) is not None
        ]
        # a light daily dose only (under 48 h of rest): a role the layout alternates on purpose
        # (a split squat every other session) is dosed by the week, not on the days between
        over = [
            (n, rec) for n, rec in wanted if n > len(where) and float(rec.prescription.rest_hours or 48) < 48
        ]
        if not over:
            continue
        rec = max(over, key=lambda t: t[0])[1]
        out.append(
            _note(
                "PL013",
                role=role,
                exercises=", ".join(dict.fromkeys(r.exercise.name for _, r in over)),
                frequency=str(rec.prescription.frequency_per_week),
                sessions=len(where),
            )
        )
    return out


def _pain_text(pain: float | None, pain_24h: float | None = None) -> str:
    """``pain 7/10 during exercise``, ``pain 6/10 the next morning`` or both."""
    said = [
        f"{p:g}/10 {when}"
        for p, when in ((pain, "during exercise"), (pain_24h, "the next morning"))
        if p is not None
    ]
    return " and ".join(said)


def _hold(ranking: Any, pain_24h: float | None) -> float | None:
    """The next-morning pain that holds a staged goal's dose at the stage's starting point for
    every week (``None``: the weeks progress). Pain-monitoring model (Silbernagel, secondary
    summaries; rules.toml RH031): 0-3/10 the morning after is safe, 4-5 acceptable but not a
    reason to add load, above 5 a step back - after which the dose starts again, not ahead."""
    if ranking.stage is None or pain_24h is None:
        return None
    return pain_24h if pain_24h > HOLD_PAIN_24H_ABOVE or ranking.stepped_back else None


def _repair(
    program: Program, ranking: Any, catalog: Catalog, rules: RuleSet
) -> tuple[Program, Any, tuple[Any, ...]]:
    """Run the checks on the laid-out weeks and apply their fixes (data/checks.toml), choosing
    any added exercise from the plan's own ranking (the user's equipment and exclusions)."""
    from ._check import check
    from ._fix import fix_loop, program_options
    from ._fixers import attach_fixes

    goal, stage = ranking.goal.id, ranking.stage

    def recheck(data: Mapping[str, Any]) -> Any:
        prog = load_program(data)  # the fixers read the Program; check() reads the data
        report = check(data, goal=goal, stage=stage, catalog=catalog, rules=rules)
        fixed = attach_fixes(
            report.findings,
            prog,
            goal=goal,
            stage=stage,
            pain=None,
            catalog=catalog,
            rules=rules,
            ranking=ranking,
        )
        return attrs.evolve(report, findings=tuple(fixed))

    name_rules = frozenset(r.id for r in rules if r.scope == "name")
    # another session or exercise for an added one that would bring a finding (as fix())
    options = program_options(
        goal=goal, stage=stage, pain=None, catalog=catalog, rules=rules, ranking=ranking
    )
    if len(program.weeks) == 1:
        program, report, steps, _ = fix_loop(
            program, recheck(program.to_dict()), recheck, unsafe=True, name_rules=name_rules, options=options
        )
        return program, report, tuple(f for step in steps for f in step)
    # Every check reads one week (or less), so each week is repaired on its own: a repair
    # rechecks one week, not all of them (52 weeks of short sessions took 64 rounds of 52-week
    # checks, about 4 CPU-seconds, and stopped at the round limit with later weeks unrepaired).
    fixed_weeks: list[Week] = []
    repairs: list[Any] = []
    for week in program.weeks:
        alone = attrs.evolve(program, weeks=(attrs.evolve(week, label=None),))
        first = recheck(alone.to_dict())
        alone, _, steps, _ = fix_loop(
            alone, first, recheck, unsafe=True, name_rules=name_rules, options=options
        )
        fixed_weeks.append(attrs.evolve(alone.weeks[0], label=week.label))
        repairs.extend(f for step in steps for f in step)
    program = attrs.evolve(program, weeks=tuple(fixed_weeks))
    return program, recheck(program.to_dict()), tuple(repairs)


RoleOf = Callable[[int, str, Entry], tuple[str | None, Any]]


def _role_lookup(
    roles: Mapping[tuple[int, str, str], str], repairs: Sequence[Any], catalog: Catalog
) -> RoleOf:
    """``(week, session, entry) -> (role, fix)``: the role the layout planned the entry for, else
    the role of the check fix that added it (``fix`` set), else ``(None, None)``."""
    added = {str(e.value["exercise"]): fx for fx in repairs for e in fx.edits if e.op == "insert" and e.value}

    def role_of(week: int, session: str, entry: Entry) -> tuple[str | None, Any]:
        ex = catalog.classify(entry.exercise).exercise
        planned = roles.get((week, session, ex.id)) if ex is not None else None
        if planned is not None:
            return planned, None
        fx = added.get(entry.exercise)
        return (fx.role if fx is not None else None), fx

    return role_of


def _choices(
    program: Program,
    ranking: Any,
    catalog: Catalog,
    role_of: RoleOf,
    role_names: Mapping[str, str],
    how: Callable[[Entry, Any, str, int], str | None] = lambda *_: None,
) -> tuple[Program, tuple[PlanChoice, ...]]:
    """Every entry's choice and reason; entries a repair added say which fix added them; a
    planned entry's reason names what set its dose (``how``) when it is not the prescription's."""
    by_id = {r.exercise.id: r for r in ranking}
    choices: list[PlanChoice] = []
    weeks = []
    for w, week in enumerate(program.weeks, start=1):
        sessions = []
        for session in week.sessions:
            entries = []
            for k, entry in enumerate(session.entries, start=1):
                ex = catalog.classify(entry.exercise).exercise
                rec = by_id.get(ex.id) if ex is not None else None
                if ex is None or rec is None:  # cannot happen: every entry comes from the ranking
                    entries.append(entry)
                    continue
                planned, fx = role_of(w, session.name, entry)
                role = planned or rec.role or "-"
                reason = entry.notes or ""
                if fx is not None:
                    entry = attrs.evolve(entry, notes=f"{fx.title} (check {fx.fixer}: {fx.reason})")
                    reason = entry.notes or ""
                elif planned:
                    reason = _why(rec, how(entry, rec, role, w))
                    written = _why(rec)  # the program file's notes ('Nordic: #1 ...') say the same
                    if entry.notes and entry.notes.endswith(f": {written}") and reason != written:
                        entry = attrs.evolve(entry, notes=entry.notes[: -len(written)] + reason)
                entries.append(entry)
                choices.append(
                    PlanChoice(
                        week=w,
                        session=session.name,
                        day=session.day_name or "",
                        position=k,
                        role=role,
                        exercise=ex.name,
                        exercise_id=ex.id,
                        rank=rec.rank,
                        prescription=_short(entry, rec),
                        rules=tuple(r.id for r in rec.rules),
                        reason=reason,
                        role_name=_role_name(role, role_names),
                    )
                )
            sessions.append(attrs.evolve(session, entries=tuple(entries)))
        weeks.append(attrs.evolve(week, sessions=tuple(sessions)))
    return attrs.evolve(program, weeks=tuple(weeks)), tuple(choices)


def _role_name(role: str, names: Mapping[str, str]) -> str:
    """The goal's name for a role, else another goal's (a role a check's repair added that the
    goal does not declare: ``unilateral`` in a distal plan), else its id in words."""
    return names.get(role) or role.replace("_", " ").capitalize()


def _tempo_text(entry: Entry, rec: Any) -> str | None:
    """The entry's tempo as the prescription writes it: an explosive phase stays ``X`` (as fast
    as possible; ``1-0-X-0``), where the parsed tempo holds 0 seconds for it."""
    written = str(rec.prescription.tempo or "") if rec is not None else ""
    if entry.tempo and "x" in written.lower() and parse_tempo(written) == entry.tempo:
        return written.upper()
    return entry.tempo_text


def _short(entry: Entry, rec: Any = None) -> str:
    """The entry's dose as a plan table shows it: ``3 x 8-10 @ 3-1-1-0``, with the load its
    prescription gives (``3 x 8-10 (about 70% of 1RM) @ 3-1-1-0``), as ``Prescription.short``."""
    load = rec.prescription.load if rec is not None else None
    if entry.hold_s:
        return f"{entry.sets} x {entry.hold_s} s hold" + (f" ({load})" if load else "")
    text = f"{entry.sets} x {entry.reps_low}" + (
        f"-{entry.reps_high}" if entry.reps_high != entry.reps_low else ""
    )
    if entry.per_side:
        text += " per leg"
    if load:
        text += f" ({load})"
    return f"{text} @ {_tempo_text(entry, rec)}" if entry.tempo else text


Planned = list[list[tuple[Entry, Exercise, Any, str]]]


#: Placement phrases of a prescription, earliest first (data/rules.toml ``placement``): a
#: session is ordered by the first that matches (``_order``). "after the warm-up" alone is no
#: constraint (every exercise is); "before X" opens, "first"/"fresh" lead, "after X"/"later" close.
_PLACEMENT = (
    (re.compile(r"\bbefore\b"), 0),
    (re.compile(r"\bfirst\b|\bfresh\b"), 1),
    (re.compile(r"\blater\b|\bafter\b(?! (?:the|a proper) warm-up)"), 3),
)


def placement_rank(text: str) -> int:
    """Where a prescription's placement puts an exercise in a session: 0 before the others
    ("after the warm-up, before the heavy slow work"), 1 first ("first in the leg session, while
    fresh", "when fresh"), 2 anywhere ("any", "after a proper warm-up"), 3 after others ("after
    the leg curls", "later in the session")."""
    low = text.lower()
    return next((rank for pattern, rank in _PLACEMENT if pattern.search(low)), 2)


def _order(program: Program, ranking: Any, catalog: Catalog) -> Program:
    """Each session in the order its prescriptions place the entries (stable: the slot order,
    then the repair's, breaks ties); the same program when nothing moves."""
    by_id = {r.exercise.id: r for r in ranking}

    def rank(entry: Entry) -> int:
        ex = catalog.classify(entry.exercise).exercise
        rec = by_id.get(ex.id) if ex is not None else None
        return placement_rank(rec.prescription.placement) if rec is not None else 2

    weeks = []
    for week in program.weeks:
        sessions = tuple(attrs.evolve(s, entries=tuple(sorted(s.entries, key=rank))) for s in week.sessions)
        weeks.append(attrs.evolve(week, sessions=sessions))
    ordered = attrs.evolve(program, weeks=tuple(weeks))
    return program if ordered == program else ordered


def _final_check(program: Program, ranking: Any, catalog: Catalog, rules: RuleSet) -> Any:
    from ._check import check

    return check(program.to_dict(), goal=ranking.goal.id, stage=ranking.stage, catalog=catalog, rules=rules)


def _fit_session(
    entries: list[Entry], minutes: int, priority: Callable[[Entry], int], catalog: Catalog
) -> list[Entry]:
    """Fit one session in ``minutes`` (the :func:`_minutes` estimate): sets down to MIN_SETS
    (the most first, the later entry on a tie), then entries left out, the least important
    first (``priority``: the layout's later slots, then what the repair added; the later in
    the session on a tie), then sets down to one. The order of what is kept is unchanged."""

    def over() -> bool:
        return _minutes(entries, catalog) > minutes

    def cut(floor: int) -> None:
        while over() and any(e.sets > floor for e in entries):
            k = max(range(len(entries)), key=lambda j: (entries[j].sets, j))
            entries[k] = attrs.evolve(entries[k], sets=entries[k].sets - 1)

    entries = list(entries)
    cut(MIN_SETS)
    while over() and len(entries) > 1:
        del entries[max(range(len(entries)), key=lambda j: (priority(entries[j]), j))]
    cut(1)
    return entries


def _fit_minutes(
    program: Program,
    minutes: int,
    role_of: RoleOf,
    slot_roles: Sequence[str],
    role_names: Mapping[str, str],
    notes: list[PlanNote],
    catalog: Catalog,
) -> Program:
    """Fit every session in ``minutes`` (after the repair, which adds what the checks ask for),
    and say what was cut: a role left out of which sessions (PL003), sets cut (PL009), a
    session that cannot fit even so (PL011). The same program when every session fits."""
    many = len(program.weeks) > 1
    left_out: dict[str, list[tuple[str, int]]] = {}
    cut: list[tuple[str, int]] = []
    over: list[tuple[str, int]] = []
    weeks = []
    for w, week in enumerate(program.weeks, start=1):
        sessions = []
        for session in week.sessions:
            where = (session.name, w)

            def priority(entry: Entry, w: int = w, name: str = session.name) -> int:
                role = role_of(w, name, entry)[0]
                return slot_roles.index(role) if role in slot_roles else len(slot_roles)

            fitted = _fit_session(list(session.entries), minutes, priority, catalog)
            kept = {role_of(w, session.name, e)[0] for e in fitted}
            for e in session.entries:
                role = role_of(w, session.name, e)[0]
                if role not in kept:
                    left_out.setdefault(role or e.exercise, []).append(where)
            sets = {e.exercise: e.sets for e in session.entries}
            if any(e.sets < sets[e.exercise] for e in fitted):
                cut.append(where)
            if _minutes(fitted, catalog) > minutes:
                over.append(where)
            sessions.append(attrs.evolve(session, entries=tuple(fitted)))
        weeks.append(attrs.evolve(week, sessions=tuple(sessions)))
    for role, places in left_out.items():
        name = _role_name(role, role_names)
        notes.append(_note("PL003", role=name, sessions=_sessions_text(places, many), minutes=minutes))
    if cut:
        notes.append(_note("PL009", sessions=_sessions_text(cut, many), minutes=minutes, least=MIN_SETS))
    if over:
        notes.append(_note("PL011", sessions=_sessions_text(over, many), minutes=minutes))
    fitted_program = attrs.evolve(program, weeks=tuple(weeks))
    return program if fitted_program == program else fitted_program


def _spill_rest(rec: Any, rules: RuleSet, goal: str) -> tuple[int, bool]:
    """The hours an exercise a free day takes keeps from its own other sessions (its
    prescription's rest), and whether it keeps HR006's rest from every heavy hinge or Nordic
    session of the week (it is one: the check counts it)."""
    from ._fixers import _CHECK_TESTS

    ex = rec.exercise
    heavy = _CHECK_TESTS["heavy_hinge"](ex) or _CHECK_TESTS["nordic"](ex)
    hours = float(rec.prescription.rest_hours or 0)
    if heavy:
        hours = max(hours, _rest_hours(rec, rules, goal))
    return int(hours), heavy


def _spill(
    ordered: Program,
    fitted: Program,
    minutes: int,
    days: int,
    low: int,
    role_of: RoleOf,
    slot_roles: Sequence[str],
    roles: dict[tuple[int, str, str], str],
    rest_of: Mapping[str, tuple[int, bool]],
    notes: list[PlanNote],
    catalog: Catalog,
) -> Program:
    """Put the entries ``minutes`` left out of a week's sessions (PL003) on its free days, in new
    sessions of ``minutes`` each, while the week's hamstring sets are below ``low`` (the layout's
    weekly minimum: a week of two 20-minute sessions held 4 sets and 4 of 6 days free, review28
    N14). Days are used up to ``days``; each entry keeps its prescribed rest from its own other
    sessions, and a heavy hinge or a Nordic HR006's from every session holding one. What is added
    is PL018; a week still below its minimum with free days says why none could take more."""
    weeks = list(fitted.weeks)
    added: list[tuple[str, int]] = []
    short: list[tuple[int, str]] = []
    for w, (before, after) in enumerate(zip(ordered.weeks, fitted.weeks, strict=True), start=1):
        kept = [
            (e, ex)
            for s in after.sessions
            for e in s.entries
            if (ex := catalog.classify(e.exercise).exercise)
        ]
        if _hamstring_sets(kept) >= low:
            continue
        # the entries cut whole, the most important role first, each exercise once
        spilled: dict[str, tuple[Entry, Exercise, str | None]] = {}
        for s_before, s_after in zip(before.sessions, after.sessions, strict=True):
            held = {e.exercise for e in s_after.entries}
            for e in s_before.entries:
                ex = catalog.classify(e.exercise).exercise
                if e.exercise not in held and ex is not None and ex.id in rest_of:
                    spilled.setdefault(ex.id, (e, ex, role_of(w, s_before.name, e)[0]))
        order = sorted(
            spilled.values(),
            key=lambda item: slot_roles.index(item[2]) if item[2] in slot_roles else len(slot_roles),
        )
        sessions = list(after.sessions)
        used = {s.day for s in sessions if s.day is not None}
        free = [d for d in range(7) if d not in used]
        if not free or len(sessions) >= days:
            continue  # no day left free: PL010 says what the minutes brought back
        if not order:
            short.append(
                (w, "the minutes cut sets within the sessions, no whole entry a free day could take")
            )
            continue

        def gap(day: int, others: Iterable[int]) -> int:
            return min((24 * min((day - d) % 7, (d - day) % 7) for d in others), default=168)

        def fits(ex: Exercise, day: int, sessions: list[Session] = sessions) -> bool:
            hours, heavy = rest_of[ex.id]
            same = [
                s.day for s in sessions if s.day is not None and any(e.exercise == ex.name for e in s.entries)
            ]
            heavies = [
                s.day
                for s in sessions
                if s.day is not None
                and any(
                    (o := catalog.classify(e.exercise).exercise) and rest_of.get(o.id, (0, False))[1]
                    for e in s.entries
                )
            ]
            return gap(day, same) >= hours and (not heavy or gap(day, heavies) >= hours)

        letters = [c for c in "ABCDEFG" if f"Hamstrings {c}" not in {s.name for s in sessions}]
        new: list[Session] = []
        while order and free and len(sessions) < days and _hamstring_sets(kept) < low:
            # the free day furthest from the week's sessions that an entry left can go on
            day = max(free, key=lambda d: (gap(d, used), -d))
            free.remove(day)
            entries: list[Entry] = []
            for item in list(order):
                e, ex, role = item
                if not fits(ex, day) or _hamstring_sets(kept) >= low:
                    continue
                trial = _fit_session([*entries, e], minutes, lambda _: 0, catalog)
                if len(trial) <= len(entries) or any(t.sets < MIN_SETS for t in trial):
                    continue
                if _minutes(trial, catalog) > minutes:
                    continue
                entries = trial
                order.remove(item)
                kept.append((trial[-1], ex))
            if entries:
                new.append(Session("", tuple(entries), day=day))
                sessions.append(new[-1])
                used.add(day)
        # the new sessions' names follow their days (Hamstrings C on Tuesday, D on Saturday)
        for session in sorted(new, key=lambda s: s.day or 0):
            label = f"Hamstrings {letters.pop(0)}"
            sessions[sessions.index(session)] = attrs.evolve(session, name=label)
            for e, ex, role in spilled.values():
                if role is not None and any(x.exercise == e.exercise for x in session.entries):
                    roles[(w, label, ex.id)] = role
            added.append((label, w))
        if _hamstring_sets(kept) < low and len(sessions) < days:
            why = (
                "nothing else the minutes cut fits one more session"
                if not order
                else "what is left cannot keep its rest on the free days or fit the minutes"
            )
            short.append((w, why))
        weeks[w - 1] = attrs.evolve(after, sessions=tuple(sorted(sessions, key=lambda s: s.day or 0)))
    many = len(fitted.weeks) > 1
    if added:
        notes.append(_note("PL018", sessions=_sessions_text(added, many), minutes=minutes, low=low))
        for k, n in enumerate(notes):  # the days left free are fewer now
            if n.code == "PL004":
                count = max(len(week.sessions) for week in weeks)
                unused = days - count
                notes[k] = _note(
                    "PL004",
                    unused=unused,
                    days=days,
                    count=count,
                    why=f"free days took what {minutes}-minute sessions left out (PL018), which leaves",
                )
                if unused <= 0:
                    del notes[k]
                break
    for w, why in short[:1]:
        notes.append(_note("PL019", minutes=minutes, low=low, why=why, week=w))
    return attrs.evolve(fitted, weeks=tuple(weeks))


def _sessions_text(where: Sequence[tuple[str, int]], many: bool) -> str:
    """``Hamstrings A``, ``Hamstrings A and Hamstrings B``; with several weeks each session's
    weeks: ``Hamstrings A (weeks 1-52)``, ``Hamstrings B (weeks 1-3 and 5)``."""
    weeks: dict[str, list[int]] = {}
    for name, w in where:
        weeks.setdefault(name, []).append(w)
    items = []
    for name, ws in weeks.items():
        if not many:
            items.append(name)
            continue
        runs: list[list[int]] = []
        for w in sorted(set(ws)):
            if runs and runs[-1][-1] == w - 1:
                runs[-1].append(w)
            else:
                runs.append([w])
        spans = [f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
        label = "weeks" if len(ws) > 1 else "week"
        items.append(f"{name} ({label} {_listed(spans)})")
    return _listed(items)


def _listed(items: Sequence[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _build_up(base: Planned) -> Mapping[str, Any] | None:
    """The shipped build-up (``data/plans.toml`` [[build_up]]) of a prescription the plan holds:
    keyed on the rule whose dose it builds up (P005, the Nordic's "1-3 (build-up), then 1"),
    whatever the goal or role the dose is planned in (strain prevention's Nordic, strain rehab's
    knee flexion at stage 3: review 24 R6). It has no role: a role may hold the built-up dose in
    some sessions and another exercise in others - :func:`_builds` tells an entry's dose."""
    for s in base:
        for _, _, rec, _ in s:
            build = _build_up_of(rec)
            if build is not None:
                return build
    return None


def _without_build_up(
    base: Planned,
    build: Mapping[str, Any],
    slots: Sequence[tuple[PlanSlot, list[Any]]],
    names: Mapping[str, str],
) -> Planned:
    """``base`` with each built-up entry replaced by its role's best exercise of another dose (the
    top score's ties taking turns as ``_pick`` does), or left out when the role has none (strain
    prevention's Nordic role holds only Nordics): what a session the build-up's week skips holds."""
    found_by_role: dict[str, list[Any]] = {}
    for slot, found in slots:
        found_by_role.setdefault(slot.role, [r for r in found if not _builds(build, r)])
    out: Planned = []
    for i, session in enumerate(base):
        used = {ex.id for _, ex, *_ in session}
        row = []
        for e, ex, rec, role in session:
            if _builds(build, rec):
                found = found_by_role.get(role, [])
                other = _pick(found, used, i) if found else None
                if other is None:
                    continue
                used.add(other.exercise.id)
                name = names.get(role, role.replace("_", " "))
                e, ex, rec = _entry(other, role, name), other.exercise, other
            row.append((e, ex, rec, role))
        out.append(row)
    return out


def _built_up(planned: Planned, others: Planned, build: Mapping[str, Any], week: int) -> Planned:
    """Week ``week`` of the build-up: the built-up entries in the step's number of sessions (spread
    over those that hold them, the first kept), at the step's sets and reps; the other sessions
    are as in ``others`` (the role's exercise of another dose, or none)."""
    step = _build_step(build, week)
    holding = [i for i, s in enumerate(planned) if any(_builds(build, rec) for _, _, rec, _ in s)]
    n = min(int(step["sessions"]), len(holding))
    keep = {holding[round(k * len(holding) / n)] for k in range(n)} if n else set()
    low, high = _step_reps(step)
    out = []
    for i, session in enumerate(planned):
        if i in holding and i not in keep:
            out.append(list(others[i]))
            continue
        row = []
        for e, ex, rec, role in session:
            if _builds(build, rec):
                e = attrs.evolve(e, sets=int(step["sets"]), reps_low=low, reps_high=high)
            row.append((e, ex, rec, role))
        out.append(row)
    return out


def _progress(base: Planned, layout: PlanLayout, week: int, weeks: int) -> Planned:
    """Week ``week`` (0-based) of ``weeks``: volume within the weekly range, or the dose range."""
    step = week / (weeks - 1) if weeks > 1 else 0.0
    if layout.progression == "load":
        out = []
        for session in base:
            row = []
            for e, ex, rec, role in session:
                rng = int_range(rec.prescription.reps) or (e.reps_low, e.reps_high)
                if _runs(e, ex, rec, week, step) is not e:
                    e = _runs(e, ex, rec, week, step)
                elif e.hold_s:
                    e = attrs.evolve(e, hold_s=round(rng[0] + (rng[1] - rng[0]) * step))
                elif rng[1] > rng[0] and (ex.load_position is LoadPosition.BODYWEIGHT or ex.ballistic):
                    # no load to add: more reps (a Nordic builds 5 -> 12 reps, Petersen 2011); and
                    # ballistic work builds volume before speed or load (RP004: swings, contacts)
                    reps = round(rng[0] + (rng[1] - rng[0]) * step)
                    e = attrs.evolve(e, reps_low=reps, reps_high=reps)
                elif rng[1] > rng[0]:
                    reps = round(rng[1] - (rng[1] - rng[0]) * step)  # fewer reps, heavier load
                    e = attrs.evolve(e, reps_low=reps, reps_high=reps)
                row.append((e, ex, rec, role))
            out.append(row)
        return out
    # runs are no hamstring sets (the volume below counts none): their number builds as the
    # load progression builds it - a 12-week strain-prevention plan kept 4 sprints every week
    runs = [[(_runs(e, ex, rec, week, step), ex, rec, role) for e, ex, rec, role in s] for s in base]
    if layout.weekly_sets is None:
        return runs
    low, high = layout.weekly_sets
    prescribed = _hamstring_sets((e, ex) for s in runs for e, ex, *_ in s)
    target = min(high, max(low, prescribed) + SETS_PER_WEEK * week)
    return _volume(runs, target, low, high)


def _runs(entry: Entry, ex: Exercise, rec: Any, week: int, step: float) -> Entry:
    """A run's entry in week ``week`` (0-based), ``step`` of the way through the plan (0: its
    first week, 1: its last): a run is a set, and the number of runs builds from the
    prescription's low end to its high end over the weeks, one more a week at most (volume
    before speed: P010's '4-6' near-maximal sprints, strain rehab's 4-8 runs, 'in small,
    progressive doses' - Duhig 2016's spikes in high-speed running raised strain odds; the even
    steps and the one run a week are a heuristic). Another entry, or a run prescribed one
    number, is ``entry`` itself."""
    runs = int_range(rec.prescription.sets)
    if ex.modality is not Modality.RUNNING or runs is None or runs[1] <= runs[0]:
        return entry
    return attrs.evolve(entry, sets=min(round(runs[0] + (runs[1] - runs[0]) * step), runs[0] + week))


def _volume(base: Planned, target: float, low: float, high: float) -> Planned:
    """Add sets in slot order (the opening role first) up to ``target``, or take them from the
    last slots down to ``high``; entries stay within MIN_SETS..MAX_SETS."""
    out = [list(s) for s in base]
    flat = [
        (i, k)
        for k in range(max((len(s) for s in out), default=0))
        for i in range(len(out))
        if k < len(out[i])
    ]

    def total() -> float:
        return _hamstring_sets((e, ex) for s in out for e, ex, *_ in s)

    def change(i: int, k: int, delta: int) -> None:
        e, ex, rec, role = out[i][k]
        out[i][k] = (attrs.evolve(e, sets=e.sets + delta), ex, rec, role)

    for _ in range(64):
        current = total()
        if current < target:
            eligible = [
                (i, k)
                for i, k in flat
                if out[i][k][1].hamstring_set_credit > 0
                and out[i][k][0].sets < MAX_SETS
                and current + out[i][k][1].hamstring_set_credit <= high
            ]
            if not eligible:
                break
            change(*min(eligible, key=lambda ik: (out[ik[0]][ik[1]][0].sets, flat.index(ik))), 1)
        elif current > high:
            pick = next(((i, k) for i, k in reversed(flat) if out[i][k][0].sets > MIN_SETS), None)
            if pick is None:
                break
            change(*pick, -1)
        else:
            break
    return out
