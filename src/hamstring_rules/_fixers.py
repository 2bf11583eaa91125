"""The fixers: one per kind of edit (move, add, substitute, set tempo, move a day, shift sets,
rename), the edits they make, and :func:`attach_fixes`, which gives each finding of ``check()``
its :class:`~hamstring_rules.Fix`. Which fixer repairs which code is data (``data/checks.toml``);
the loop that applies fixes and re-checks is ``_fix``.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from typing import Any

import attrs

from ._program_file import load_program
from ._program_words import counted_per_side
from ._week import is_log, tires_hinge
from .catalog import Catalog
from .exercises import Exercise, ExerciseKind, Laterality, Level, Modality
from .findings import Edit, Finding, Fix, Location
from .program import DAYS, Entry, Program, Session
from .rules import FIXER_NAMES, RuleSet, prescribes_seconds

__all__ = ["FIXERS", "attach_fixes", "fix_options"]

#: A set is heavy when the low end of its rep target is at most this (as ``CheckConfig``).
_HEAVY_MAX_REPS = 10

# -- what an added exercise must be -------------------------------------------------------------
# A fixer adds the goal's best-ranked exercise for a role: the goal's own role (rules.toml role
# rules, ``rec.role``) when the goal declares it, else what the check itself counts (a goal whose
# roles have no finisher can still be told to pair its heavy hinge with one: HR004).

_CHECK_TESTS: dict[str, Callable[[Exercise], bool]] = {
    "hinge": lambda e: e.straight_knee_hip_extension,
    "heavy_hinge": lambda e: (
        e.straight_knee_hip_extension
        and e.kind is ExerciseKind.COMPOUND
        and not e.ballistic
        and not e.isometric
    ),
    "finisher": lambda e: (
        e.straight_knee_hip_extension and e.kind is ExerciseKind.ISOLATION and not e.isometric
    ),
    "knee_flexion": lambda e: e.knee_flexion and not e.eccentric_only and not e.isometric,
    "nordic": lambda e: e.knee_flexion and e.eccentric_only,
    "unilateral": lambda e: e.laterality is Laterality.UNILATERAL and not e.isometric,
}


def has_role(exercise: Exercise, role: str) -> bool:
    """Whether an exercise is what a check counts for ``role`` (``hinge``, ``heavy_hinge``...)."""
    test = _CHECK_TESTS.get(role)
    return bool(test and test(exercise))


def fills(rec: Any, role: str, goal_roles: Iterable[str]) -> bool:
    """Whether a recommendation fills ``role``: the goal's role rules decide when the goal declares
    the role, else what the check counts."""
    if role in goal_roles:
        return bool(rec.role == role)
    return has_role(rec.exercise, role)


# -- turning a prescription into a program entry ------------------------------------------------

_INT_RANGE = re.compile(r"(\d+)(?:\s*-\s*(\d+))?")


def int_range(text: object) -> tuple[int, int] | None:
    """``"8-10"`` -> (8, 10), ``3`` -> (3, 3), ``"8-12 per leg"`` -> (8, 12); ``None`` if no number."""
    m = _INT_RANGE.search(str(text))
    if not m:
        return None
    low = int(m.group(1))
    return low, int(m.group(2)) if m.group(2) else low


def prescribed_entry(
    rec: Any, *, sets: int | None = None, reps: tuple[int, int] | None = None
) -> dict[str, Any]:
    """A program entry (file data) from a recommendation's prescription."""
    p = rec.prescription
    set_range = int_range(p.sets) or (3, 3)
    rep_range = reps or int_range(p.reps) or (8, 12)
    out: dict[str, Any] = {"exercise": rec.exercise.name, "sets": sets or set_range[0]}
    if rec.exercise.isometric or (reps is None and prescribes_seconds(p.reps)):
        # a dose in seconds (a rule pack's "110 s hold" for an RDL) is a hold of the exercise: as
        # reps it was 110, more than any program holds, and the plan could not be saved
        out["reps"] = 1
        out["hold_s"] = rep_range[0]
    else:
        out["reps"] = f"{rep_range[0]}-{rep_range[1]}" if rep_range[0] != rep_range[1] else rep_range[0]
        if counted_per_side(p.reps):  # a unilateral dose ("8-12 per leg") stays per leg in the program
            out["reps"] = f"{out['reps']} per leg"
        if p.tempo and p.eccentric_s is not None:  # a tempo, not words ('n/a': a run's pace)
            out["tempo"] = p.tempo
    rir = int_range(p.rir) if p.rir and p.rir[:1].isdigit() else None
    if rir is not None:  # the conservative end of the prescribed range (heuristic)
        out["rir"] = rir[1]
    return out


# -- applying edits -----------------------------------------------------------------------------


def _references(node: Any, counts: dict[int, int]) -> dict[int, int]:
    """How many times each map and list is referenced in a document (YAML aliases share one)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping | list):
            counts[id(item)] = counts.get(id(item), 0) + 1
            if counts[id(item)] == 1:  # walk each shared node once (no alias expansion)
                stack.extend(item.values() if isinstance(item, Mapping) else item)
    return counts


def _own(parent: Any, key: Any, counts: dict[int, int]) -> Any:
    """``parent[key]``, made this place's own first when a YAML alias shares it with another
    place (an edit of week 2 must not change every week an anchor repeats)."""
    import copy

    node = parent[key]
    if counts.get(id(node), 0) > 1:
        counts[id(node)] -= 1
        node = copy.deepcopy(node)
        _references(node, counts)
        parent[key] = node
    return node


def _sessions(doc: MutableMapping[str, Any], week: int, counts: dict[int, int]) -> Any:
    if "weeks" in doc:
        weeks = _own(doc, "weeks", counts)
        return _own(_own(weeks, week, counts), "sessions", counts)
    if week != 0:
        raise IndexError(week)
    return _own(doc, "sessions", counts)


def apply_edits(doc: MutableMapping[str, Any], edits: Iterable[Edit]) -> None:
    """Apply edits in place to a program file's data (plain dicts, or ruamel's round-trip maps,
    which keep comments and key order). A part that YAML aliases share is copied before it is
    edited, so an edit changes only the place it names."""
    counts = _references(doc, {})
    for edit in edits:
        sessions = _sessions(doc, edit.week, counts)
        session = _own(sessions, edit.session, counts)
        entries = _own(session, "exercises", counts)
        if edit.op == "move":
            assert edit.index is not None and edit.to is not None
            entries.insert(edit.to, entries.pop(edit.index))
        elif edit.op == "insert":
            assert edit.to is not None and edit.value is not None
            entries.insert(edit.to, dict(edit.value))
        elif edit.op == "update":
            target = session if edit.index is None else _own(entries, edit.index, counts)
            update_as_read(target, edit.value or {}, entry=edit.index is not None)
        else:
            raise ValueError(f"unknown edit {edit.op!r}")


# -- updating a field as the program reader reads it -----------------------------------------------
# A file may write one value for several fields (``sets: 3x8`` is the sets and the reps; a
# session without a name is named by its day; ``reps: 8+`` is also RIR 0): an update of one of
# them must not silently change the others. ``update_as_read`` compares the node as the program
# reader reads it before and after the update, writes out any field the update did not name that
# changed, and writes the value back in its compound form when that form still says it.

#: A sets-by-reps value (``3x8-10``, ``3 x 5+``, ``4×6 per leg``): its leading text, the sets,
#: the separator and the reps, so an edit of either keeps the form the user wrote.
_COMPOUND_SETS = re.compile(r"^(\s*)0*([0-9]+)(\s*[xX×*]\s*)(.*?)(\s*)$", re.S)

#: A stand-in entry for reading a session's own fields (its name, its day) alone.
_ANY_ENTRY = {"exercise": "x", "sets": 1, "reps": 1}


def _plain(value: Any) -> Any:
    """File data (ruamel.yaml's round-trip types included) as plain Python data."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return value


def read_as(node: Mapping[str, Any], *, entry: bool) -> dict[str, Any] | None:
    """An entry's (or a session's own) fields as the program reader reads them, written as
    :meth:`Program.to_dict` writes them; ``None`` when the reader refuses them."""
    from ._program_file import validate_program
    from .errors import HamstringRulesError

    if entry:
        session = {"name": "s", "exercises": [_plain(node)]}
    else:
        session = {**{k: _plain(v) for k, v in node.items() if k != "exercises"}, "exercises": [_ANY_ENTRY]}
    try:
        read = validate_program({"name": "p", "sessions": [session]}, where="program").sessions[0]
    except HamstringRulesError:
        return None
    if entry:
        return read.entries[0].to_dict()
    return {k: v for k, v in read.to_dict().items() if k != "exercises"}


def _put(node: MutableMapping[str, Any], key: str, value: Any, order: Sequence[str]) -> None:
    """Set ``node[key]``; a new key goes after the keys that come before it in ``order`` (the
    reps after the sets), keeping a round-trip map's comments and style."""
    if key in node:
        node[key] = value
        return
    rank = order.index(key) if key in order else len(order)
    keys = list(node)
    at = 0
    for k, existing in enumerate(keys):
        if existing in order and order.index(existing) < rank:
            at = k + 1
    if at == len(keys):
        node[key] = value
    elif hasattr(node, "insert"):  # ruamel.yaml's CommentedMap
        node.insert(at, key, value)
    else:
        items = list(node.items())
        items.insert(at, (key, value))
        node.clear()
        node.update(items)


def _recompound(
    node: MutableMapping[str, Any], written: Any, view: Mapping[str, Any], *, entry: bool
) -> None:
    """Write the sets and reps back as one ``sets: NxR`` value when the user wrote them so and
    that value still reads as ``view``."""
    found = _COMPOUND_SETS.fullmatch(written) if isinstance(written, str) else None
    if found is None or "sets" not in node or "reps" not in node:
        return
    candidate = dict(node)
    candidate.pop("reps")
    candidate["sets"] = f"{found[1]}{view['sets']}{found[3]}{view['reps']}{found[5]}"
    if read_as(candidate, entry=entry) == view:
        node["sets"] = candidate["sets"]
        node.pop("reps")


def update_as_read(node: MutableMapping[str, Any], value: Mapping[str, Any], *, entry: bool) -> None:
    """Apply an update (``None`` removes a key) to an entry's or a session's file data so that
    the reader reads exactly the update: a field the update does not name reads as before,
    even where one written value stood for several (``sets: 2x8`` updated to 4 sets is
    ``sets: 4x8``, not a bare 4 that drops the reps; an unnamed session moved to another day
    keeps its name)."""
    before = read_as(node, entry=entry)
    written = node.get("sets")
    for key, new in value.items():
        if new is None:
            node.pop(key, None)
        else:
            node[key] = new
    if before is None:
        return  # the reader refused it before the update too: nothing to keep
    order = list(before)

    def stale() -> list[str]:
        after = read_as(node, entry=entry)
        keys = [k for k in (*before, *(after or ())) if k not in value]
        return [k for k in dict.fromkeys(keys) if after is None or after.get(k) != before.get(k)]

    # first the fields the file left implied (the reps of ``sets: 2x8``), then any written in a
    # value that also said what the update changed (``sets: 2x8`` beside new reps)
    for implied_only in (True, False):
        changed = [k for k in stale() if not implied_only or k not in node]
        for key in changed:
            if key in before:
                _put(node, key, before[key], order)
            else:
                node.pop(key, None)
        if changed and not stale():
            break
    if entry and isinstance(written, str) and node.get("sets") != written:
        view = read_as(node, entry=entry)
        if view is not None:
            _recompound(node, written, view, entry=entry)


def apply_to_program(program: Program, edits: Iterable[Edit]) -> Program:
    """A new :class:`Program` with the edits applied (validated like a program file)."""
    data = program.to_dict()
    apply_edits(data, edits)
    return attrs.evolve(load_program(data, name=program.source or "program"), source=program.source)


# -- fixers -------------------------------------------------------------------------------------


class _Memo:
    """An iterator's items, read on demand and kept."""

    def __init__(self, items: Iterable[Any]) -> None:
        self._rest = iter(items)
        self._read: list[Any] = []

    def get(self, index: int) -> Any:
        """The item at ``index``, or ``None`` past the last."""
        while len(self._read) <= index:
            item = next(self._rest, _Memo)
            if item is _Memo:
                return None
            self._read.append(item)
        return self._read[index]

    def every(self) -> list[Any]:
        """Every item."""
        self._read.extend(self._rest)
        return self._read


#: How many of an exercise's most similar allowed exercises the substitute fixer weighs: the
#: first five of a kettlebell swing at rehab stage 3 are all RDLs; the next are back extensions
#: and pull-throughs, another pattern for a session that already holds two RDL-like hinges.
SUBSTITUTES = 15


class _Substitutes:
    """HR010's substitutes (``substitute(ex, goal=, stage=, limit=SUBSTITUTES)``) by (goal, stage,
    exercise), for one catalog and rule set: their binding (:meth:`Catalog.binding`) owns it.
    Every check asked again for each entry of a contraindicated exercise, and ``fix()`` checks
    again after each fix: fixing a 280-entry rehab program called substitute() 3,488 times for
    a few dozen exercises (15 of its 34 s). Holds results only (their exercises), never the
    catalog or rules; bounded by goals x stages x the catalog's exercises."""

    def __init__(self, catalog: Catalog, rules: RuleSet) -> None:
        self.found: dict[tuple[object, ...], Any] = {}


@attrs.define
class _Context:
    """What fixers read: the program, the goal and the stage it is checked at (after any pain
    step-back; ``pain`` is what was reported, not applied again), and the goal's ranking."""

    program: Program
    goal: str
    stage: int | None
    pain: float | None
    catalog: Catalog
    rules: RuleSet
    _ranking: Any = None
    _ranked: dict[str, Any] | None = attrs.field(default=None, init=False)
    _left_out: frozenset[str] | None = attrs.field(default=None, init=False)
    _patterns: dict[int, tuple[list[tuple[object, ...] | None], Counter[tuple[object, ...] | None], int]] = (
        attrs.field(factory=dict, init=False)
    )
    _pattern_of: dict[str, tuple[object, ...]] = attrs.field(factory=dict, init=False)
    _fitting: dict[tuple[str, int], _Memo] = attrs.field(factory=dict, init=False)
    _own: dict[str, Any] | None = attrs.field(default=None, init=False)
    _held: dict[int, list[tuple[Any, tuple[int, int]]]] = attrs.field(factory=dict, init=False)
    """Per week: each resolved entry of it and of the weeks before it HR030-nordic-start looks
    back over, with its dose (:func:`brought_in`; read once a week, not once a fix)."""

    def patterns(
        self, session: Session
    ) -> tuple[list[tuple[object, ...] | None], Counter[tuple[object, ...] | None], int]:
        """Each entry's :func:`movement_pattern` (``None``: an unknown name), how many entries
        have each, and how many load the spine highly, read once per session of the program:
        every alternative of an added exercise is weighed by them."""
        found = self._patterns.get(id(session))
        if found is None:
            read = [self.resolved(e) for e in session.entries]
            each = [None if ex is None else movement_pattern(ex) for ex in read]
            high = sum(1 for ex in read if ex is not None and ex.spinal_load is Level.HIGH)
            found = self._patterns[id(session)] = (each, Counter(each), high)
        return found

    def substitutes(self, ex: Exercise, *, floor: float | None = None, every: bool = False) -> Any:
        """:func:`~hamstring_rules.substitute`'s :data:`SUBSTITUTES` most similar allowed for ``ex`` at this
        goal and stage (more than a fix tries: those of a pattern the session holds enough of go
        last), made once per catalog and rule set (see :class:`_Substitutes`); ``floor`` is its
        ``min_similarity`` (``None``: substitute()'s default); ``every``: all of them, not the
        first :data:`SUBSTITUTES` (what the caller left out may be all of those: a hip thrust
        with no equipment, whose 15 most similar all need some)."""
        memo = self.catalog.binding(self.rules, _Substitutes).found
        key: tuple[object, ...] = (self.goal, self.stage, ex, floor, every)
        found = memo.get(key)
        if found is None:
            from ._substitute import substitute

            found = substitute(
                ex,
                goal=self.goal,
                stage=self.stage,
                limit=None if every else SUBSTITUTES,
                min_similarity=floor,
                catalog=self.catalog,
                rules=self.rules,
            )
            found = memo.setdefault(key, found)  # racing threads: equal results, the first kept
        return found

    def fitting(self, role: str, week: int) -> _Memo:
        """The ranking's exercises that fill ``role`` and that week ``week`` does not hold, best
        first, read lazily and once per check: a check gives each finding its first fix only,
        and a rule pack's 1,500 findings with the same fix read the ranking once, not 1,500
        times."""
        found = self._fitting.get((role, week))
        if found is None:
            sessions = self.program.weeks[week].sessions
            present = {ex.id for s in sessions for e in s.entries if (ex := self.resolved(e)) is not None}
            roles = self.ranking.goal.role_ids
            found = self._fitting[role, week] = _Memo(
                r for r in self.ranking if fills(r, role, roles) and r.exercise.id not in present
            )
        return found

    def pattern(self, exercise: Exercise) -> tuple[object, ...]:
        """:func:`movement_pattern`, once per exercise."""
        found = self._pattern_of.get(exercise.id)
        if found is None:
            found = self._pattern_of[exercise.id] = movement_pattern(exercise)
        return found

    @property
    def ranking(self) -> Any:
        # ``stage`` is the stage check() applied, pain already counted (decide_stage): passing
        # the pain again stepped back twice - a stage-3 program with pain 7/10, judged at
        # stage 2, took its HR010 substitutes from stage 1's ranking and most found none
        if self._ranking is None:
            from ._recommend import recommend

            self._ranking = recommend(self.goal, stage=self.stage, catalog=self.catalog, rules=self.rules)
        return self._ranking

    @property
    def left_out(self) -> frozenset[str]:
        """The ids the caller left out (the ranking's ``request`` exclusions: ``exclude=``,
        ``equipment=``): a fix never writes one into the program - an added exercise comes from
        the ranking, and a substitute or a rename that is left out is passed over."""
        if self._left_out is None:
            # a ranking not given is the goal's own, which leaves nothing out by request
            given = self._ranking
            self._left_out = frozenset(
                () if given is None else (e.exercise.id for e in given.excluded if e.kind == "request")
            )
        return self._left_out

    def ranked(self, exercise_id: str) -> Any:
        """The ranking's recommendation of ``exercise_id``, or ``None``: a lookup (each finding's
        fixer scanned the ranking for it: 1.1 million steps in fixing a 280-entry program)."""
        if self._ranked is None:
            ranked: dict[str, Any] = {}
            for rec in self.ranking:
                ranked.setdefault(rec.exercise.id, rec)  # the first, as a scan finds it
            self._ranked = ranked
        return self._ranked.get(exercise_id)

    def dosed(self, exercise_id: str) -> Any:
        """The goal's recommendation of ``exercise_id`` at this stage, whatever the caller left
        out (the user's ``exclude=``, ``equipment=``): what the goal doses an exercise the program
        already holds with - an assisted Nordic the user can no longer do was still Nordic work
        (:func:`brought_in`). ``None`` when the goal's own rules do not rank it."""
        found = self.ranked(exercise_id)
        if found is not None or self._ranking is None:
            return found
        if self._own is None:
            from ._recommend import recommend

            own = recommend(self.goal, stage=self.stage, catalog=self.catalog, rules=self.rules)
            self._own = {}
            for rec in own:
                self._own.setdefault(rec.exercise.id, rec)
        return self._own.get(exercise_id)

    def session(self, loc: Location) -> tuple[int, int, Session]:
        w = (loc.week or 1) - 1
        s = (loc.session_index or 1) - 1
        return w, s, self.program.weeks[w].sessions[s]

    def resolved(self, entry: Entry) -> Exercise | None:
        return self.catalog.classify(entry.exercise).exercise

    def heavy(self, entry: Entry) -> bool:
        ex = self.resolved(entry)
        return bool(
            ex and ex.hamstring_set_credit > 0 and entry.reps_low <= _HEAVY_MAX_REPS and not ex.isometric
        )

    def param(self, rule_id: str, name: str, default: float) -> float:
        try:
            return float(self.rules.get(rule_id).params.get(name, default))
        except LookupError:
            return default


#: One way to repair a finding: the fix's title, its edits and why.
Made = tuple[str, tuple[Edit, ...], str] | tuple[str, tuple[Edit, ...], str, str]
#: (title, edits, reason), or with a fourth item, the applicability of this one way when it is
#: not the rule's (a substitute below the similarity floor changes what is trained: unsafe).
#: A fixer yields the ways it can repair a finding, best first, lazily: a finding carries the
#: first (:func:`attach_fixes`); ``fix()`` tries the next ones only when a fix would bring a
#: finding it must not (:func:`fix_options`).
Fixer = Callable[[_Context, Finding, Mapping[str, str]], Iterable[Made]]


def _heavier_hip_lift(ctx: _Context, entry: Entry, than: Entry) -> bool:
    """Whether ``entry`` is a compound hip-extension lift (a deadlift, a trap-bar deadlift, a
    heavier RDL) at least as heavy as ``than``: no more reps a set (a heuristic: at equal reps
    the floor deadlift carries the heavier load). Moving ``than`` ahead of it would make it the
    hinge done on a tired core - the article's "sloppy form and injury risk"."""
    from .exercises import JointAction

    ex = ctx.resolved(entry)
    return bool(
        ex is not None
        and ex.kind is ExerciseKind.COMPOUND
        and ex.primary_action is JointAction.HIP_EXTENSION
        and not ex.ballistic
        and not ex.isometric
        and ctx.heavy(entry)
        and entry.reps_low <= than.reps_low
    )


def _fix_move_before(ctx: _Context, finding: Finding, opts: Mapping[str, str]) -> Iterator[Made]:
    """HR003: move the heavy hinge earlier, to just before the first leg work before it (a squat,
    lunge, press, curl, deadlift, hip thrust...: :func:`tires_hinge`) - unless that would push a
    heavier hip-extension lift (the session's 3x5 deadlift, a 4x4 trap-bar deadlift) behind it:
    the reorder moves the hinge up, it does not make the session's heaviest hinge-pattern lift
    the fatigued one. Squats and presses may follow the hinge: that is the article's order."""
    w, s, session = ctx.session(finding.location)
    index = (finding.location.exercise_index or 1) - 1
    hinge = session.entries[index]
    for j, entry in enumerate(session.entries[:index]):
        ex = ctx.resolved(entry)
        if ex is not None and tires_hinge(ex):
            if any(_heavier_hip_lift(ctx, other, hinge) for other in session.entries[j:index]):
                return
            title = f"Move {hinge.exercise} before {entry.exercise} in {session.name}"
            yield title, (Edit("move", w, s, index=index, to=j),), "the heavy hinge goes first, while fresh"
            return


def _end_of_strength_work(ctx: _Context, session: Session, after: int) -> int:
    """Where a session's strength work ends: after its last entry that is a strength exercise
    of the catalog (lower-body work: an upper-body lift is not read as one), and at least after
    entry ``after``."""
    last = after
    for i, entry in enumerate(session.entries):
        ex = ctx.resolved(entry)
        if ex is not None and ex.modality is Modality.STRENGTH:
            last = max(last, i)
    return last + 1


def _target_sessions(ctx: _Context, week: int, place: str) -> list[tuple[int, int, bool]]:
    """(session, insert position, a lower-body session) for an added exercise, best first: later
    in each session that has a heavy hinge, at the end of its lower-body strength work
    (``after-heavy-hinge``: the article's heavy RDLs "followed later in the workout" by the light
    back extensions, as plan() places the finisher - not straight after the hinge, before the
    squats), else first or last in each session - the lower-body sessions (any hamstring or
    squat-like work) first."""
    sessions = ctx.program.weeks[week].sessions
    if place == "after-heavy-hinge":
        out = []
        for s, session in enumerate(sessions):
            hinges = [
                i
                for i, entry in enumerate(session.entries)
                if (ex := ctx.resolved(entry)) is not None
                and has_role(ex, "heavy_hinge")
                and ctx.heavy(entry)
            ]
            if hinges:
                out.append((s, _end_of_strength_work(ctx, session, hinges[0]), True))
        return out
    lower = [
        s
        for s, session in enumerate(sessions)
        if any(
            (ex := ctx.resolved(e)) is not None and ex.hamstring_set_credit + ex.knee_dominant > 0
            for e in session.entries
        )
    ]
    order = [*lower, *(s for s in range(len(sessions)) if s not in lower)]
    return [(s, 0 if place == "first" else len(sessions[s].entries), s in lower) for s in order]


def _stacks_spinal_load(ctx: _Context, exercise: Exercise, session: Session) -> bool:
    """Whether adding ``exercise`` makes as many high-spinal-load lifts in ``session`` as HR014
    warns of (its ``max_per_session``, 3: the article's tired core): what the alternatives of an
    added exercise avoid first. Only an order of preference - the re-check decides."""
    if exercise.spinal_load is not Level.HIGH:
        return False
    high = ctx.patterns(session)[2]
    return high + 1 >= ctx.param("HR014", "max_per_session", 3)


#: A session holding this many entries of one movement pattern holds enough of it: a fix adds
#: or substitutes a further one only when no other choice will do (a heuristic, HR014's two
#: heavy barbell lifts a session: a stage-3 tendinopathy session was fixed to an RDL, a B-stance
#: RDL and a dumbbell RDL - 9 sets of loaded hinging into hip flexion).
MAX_SAME_PATTERN = 2


def movement_pattern(ex: Exercise) -> tuple[object, ...]:
    """The movement an exercise trains, whatever its load or stance: its joint action, a knee
    held straight or not, compound or isolation, and how it moves (ballistic, held, eccentric
    only; strength, running, stretching). An RDL, a dumbbell RDL, a B-stance RDL and a good
    morning share one; a back extension, a swing and a deadlift each have their own."""
    from .exercises import KneeBehaviour

    straight = ex.knee in (KneeBehaviour.STRAIGHT, KneeBehaviour.SOFT_FIXED)
    return (ex.primary_action, straight, ex.kind, ex.ballistic, ex.isometric, ex.eccentric_only, ex.modality)


def _stacks_pattern(ctx: _Context, exercise: Exercise, session: Session, skip: int | None = None) -> bool:
    """Whether ``session`` (without its entry ``skip``: the one a substitute replaces) already
    holds :data:`MAX_SAME_PATTERN` entries of ``exercise``'s movement pattern."""
    pattern = ctx.pattern(exercise)
    each, counts, _ = ctx.patterns(session)
    same = counts[pattern] - (skip is not None and each[skip] == pattern)
    return same >= MAX_SAME_PATTERN


def brought_in(
    ctx: _Context, rec: Any, week: int, *, sets: int | None = None, replacing: Entry | None = None
) -> tuple[dict[str, Any], str | None]:
    """The entry a fix writes for an exercise it brings into the program - added (HR013's Nordic)
    or swapped in for ``replacing`` (HR010's substitute, ``fix(exclude=)``'s) - and, when it
    starts a build-up, the note saying so (``None`` otherwise). Every fixer that brings an
    exercise in writes its entry here, so none skips the build-up: one new to the athlete whose
    dose is built up (P005's Nordic) starts at the build-up's first step, as a plan's week 1
    does, at most ``sets`` (a swap keeps fewer sets than the step's, never more); the rest is the
    user's to do, a program being one repeating week (review25 R13: a Nordic was added at the
    full 2 x 5-12, and one swapped in for a glute-ham raise at its 3 sets of 5-12). New to the
    athlete: no entry of week ``week`` or of the weeks before it that HR030-nordic-start looks
    back over (``BASELINE_WINDOW``), the replaced one included, is dosed by the same build-up
    above its first step (:func:`~._build_up.brought_in_start`).
    Otherwise the goal's prescription, at ``sets`` when given."""
    from ._build_up import brought_in_start
    from ._trends import BASELINE_WINDOW

    window = ctx._held.get(week)
    if window is None:
        weeks = ctx.program.weeks[max(0, week - BASELINE_WINDOW) : week + 1]
        entries = [entry for w in weeks for session in w.sessions for entry in session.entries]
        window = ctx._held[week] = [
            (ctx.dosed(ex.id), (entry.sets, entry.reps_high))
            for entry in entries
            if (ex := ctx.resolved(entry)) is not None
        ]
    held: list[tuple[Any, tuple[int, int] | None]] = list(window)
    if replacing is not None and (ex := ctx.resolved(replacing)) is not None:
        held.append((ctx.dosed(ex.id), (replacing.sets, replacing.reps_high)))
    start = brought_in_start(rec, held)
    if start is None:
        return prescribed_entry(rec, sets=sets), None
    first = start[0] if sets is None else min(sets, start[0])
    entry = prescribed_entry(rec, sets=first, reps=start[1])
    note = f"its build-up's first step (PL016), the rest yours to do: {start[2]}"
    entry["notes"] = note
    return entry, note


def _fix_add_exercise(ctx: _Context, finding: Finding, opts: Mapping[str, str]) -> Iterator[Made]:
    """HR001, HR004, HR011, HR013: add the goal's best exercise for a role, in the first
    lower-body session (or after the heavy hinge). The alternatives, for a fix that would bring a
    finding (a third spine-loading lift in the session, HR014): every exercise that fills the
    role in every session - the lower-body sessions first, there those that stack no spinal load
    first (a 45-degree back extension beside a squat and a deadlift), then by rank and session."""
    role = opts.get("role", "hinge")
    week = (finding.location.week or 1) - 1
    sessions = ctx.program.weeks[week].sessions
    fitting = ctx.fitting(role, week)
    best = fitting.get(0)
    places = _target_sessions(ctx, week, opts.get("place", "first"))
    if best is None or not places:
        return
    # the role by name (review 2 R12: "role unilateral" showed the id): the goal's, else another
    # goal's, else the check's own word ("hinge")
    named = [r.name for r in ctx.ranking.goal.roles if r.id == role]
    named += [r.name for g in ctx.rules.goals for r in g.roles if r.id == role]
    name = named[0] if named else role.replace("_", " ")

    def made(rec: Any, s: int, at: int, lower: bool) -> Made:
        entry, build = brought_in(ctx, rec, week)  # a built-up dose starts at its first step
        title = f"Add {rec.exercise.name} {entry['sets']}x{entry['reps']} to {sessions[s].name}"
        by = ", ".join(rec.prescription.rules)
        which = f"the goal's best-ranked (#{rec.rank})"
        if rec.exercise.id != best.exercise.id:  # an alternative: it was 'best-ranked' too
            why = (
                "its movement pattern is a third of the session's"
                if _stacks_pattern(ctx, best.exercise, sessions[s])
                else "tried first"
            )
            which = f"the goal's #{rec.rank}, after its best-ranked #{best.rank} {best.exercise.name} ({why})"
        reason = f"role {name}: {which}; prescription by {by}"
        if build is not None:
            title += " (its build-up's first step)"
            reason += f"; {build}"
        return title, (Edit("insert", week, s, to=at, value=entry),), reason

    # the best where it goes first, unless the session already holds enough of its movement
    # pattern: then every choice is weighed, another pattern or another session first
    first = not _stacks_pattern(ctx, best.exercise, sessions[places[0][0]])
    if first:
        yield made(best, *places[0])
    recs = fitting.every()
    others = sorted(
        ((i, k) for i in range(len(recs)) for k in range(len(places)) if not (first and (i, k) == (0, 0))),
        key=lambda ik: (
            _stacks_pattern(ctx, recs[ik[0]].exercise, sessions[places[ik[1]][0]]),
            not places[ik[1]][2],
            _stacks_spinal_load(ctx, recs[ik[0]].exercise, sessions[places[ik[1]][0]]),
            ik,
        ),
    )
    for i, k in others:
        yield made(recs[i], *places[k])


def _fix_substitute(ctx: _Context, finding: Finding, opts: Mapping[str, str]) -> Iterator[Made]:
    """HR010: swap a contraindicated exercise for its most similar allowed substitute (the
    alternatives: the next most similar)."""
    w, s, session = ctx.session(finding.location)
    index = (finding.location.exercise_index or 1) - 1
    entry = session.entries[index]
    ex = ctx.resolved(entry)
    if ex is None:
        return
    # not one the session already has (a stage-1 strain session's stretch and sprint both became
    # the Askling extender; the next most similar keeps the session's variety)
    present = {e.id for k, other in enumerate(session.entries) if k != index and (e := ctx.resolved(other))}
    # nor one the caller left out (fix(exclude=): the Nordic of a user who cannot do it)
    unusable = present | ctx.left_out
    # an exercise the caller left out (fix()'s own finding) takes any allowed one, best first
    requested = finding.rule in OWN_FIXES
    similar = ctx.substitutes(ex, every=requested and bool(ctx.left_out))
    listing = similar  # substitute()'s list: the ranks a reason names are its own
    fresh = [s for s in similar if s.exercise.id not in unusable]
    held = ""  # why the fix looks below the floor, when it does
    if not fresh and similar:
        # Every substitute similar enough is in the session already (a stage-1 session whose
        # other swaps took both of a swing's) or left out: the goal's other allowed exercises, by
        # similarity, below the floor - rather than leave a contraindicated exercise (rv20 D21).
        every = requested and bool(ctx.left_out)
        listing = ctx.substitutes(ex, floor=0.0, every=every)
        fresh = [s for s in listing if s.exercise.id not in unusable]
        held = _held(similar, present)
    elif not fresh or (not requested and ctx.ranked(fresh[0].exercise.id) is None):
        return  # as before: no fix when the most similar is not in the ranking
    # by similarity, those that would make the session hold a third of one movement pattern last
    # (a kettlebell swing beside an RDL and a B-stance RDL is better a bridge than a third RDL)
    order = sorted(
        range(len(fresh)), key=lambda k: (_stacks_pattern(ctx, fresh[k].exercise, session, index), k)
    )
    # Never one the stage ranks down (a rack pull at rehab stage 2: dead-stop-rehab -5, high spinal
    # load): the stage's own ranking says it is not ready for it. One less alike than substitute()'s
    # floor (its fallback lists the stage's picks below it) or of another joint action (a leg press,
    # knee extension, swapped for a bridge, hip extension) changes what the program trains: unsafe,
    # said why, after every safe one (rv24 R7).
    from ._substitute import MIN_SIMILARITY, MIN_SIMILARITY_HYPERTROPHY

    floor = MIN_SIMILARITY_HYPERTROPHY if ctx.ranking.goal.hypertrophy else MIN_SIMILARITY
    safe: list[tuple[int, Any, str]] = []
    risky: list[tuple[int, Any, str]] = []
    ranked_down: list[Any] = []
    for k in order:
        sub = fresh[k]
        rec = ctx.ranked(sub.exercise.id)
        if rec is None:
            continue
        if ctx.ranking.goal.staged and any(
            r.effect.kind == "score" and r.effect.score < 0 for r in rec.rules
        ):
            ranked_down.append(sub)
            continue
        unlike = _unlike(ex, sub, floor)
        (risky if unlike or held else safe).append((k, sub, unlike))
    down_ids = {d.exercise.id for d in ranked_down}

    def passed_over(sub: Any) -> str:
        """Why each exercise substitute()'s list ranks before ``sub`` (or the stage ranks down
        though as similar: below the floor the list is in the goal's order) is not the fix: the
        numbers are those substitute() shows (they counted the skipped from a list without
        them)."""
        said = []
        for other in listing:
            oid = other.exercise.id
            if other.rank == sub.rank or (
                other.rank > sub.rank and not (oid in down_ids and other.similarity >= sub.similarity)
            ):
                continue
            why = (
                "in the session"
                if oid in present
                else "left out"
                if oid in ctx.left_out
                else "the stage ranks it down"
                if oid in down_ids
                else "not in the goal's ranking"
                if ctx.ranked(oid) is None
                else "its movement pattern is a third of the session's"
                if _stacks_pattern(ctx, other.exercise, session, index)
                else "tried first"
            )
            said.append(f"#{other.rank} {other.exercise.name}: {why}")
        more = f"; and {len(said) - 3} more" if len(said) > 3 else ""
        return f" (passed over {'; '.join(said[:3])}{more})" if said else ""

    for _, sub, unlike in safe + risky:
        rec = ctx.ranked(sub.exercise.id)
        passed = passed_over(sub)
        # the substitute's prescribed sets, the replaced entry's count where the prescription
        # allows it (said either way); a built-up dose new to the athlete (a Nordic for a
        # glute-ham raise) starts at its first step, as an added one does
        sets, sets_said = swap_sets(rec, entry)
        new, build = brought_in(ctx, rec, w, sets=sets, replacing=entry)
        # the substitute's own prescription at this stage, not what the replaced entry carried:
        # an RIR 0 or RPE 10 (a set to failure) on a stage-1 isometric hold, or reps beside a
        # hold (one hold a set is what a hold_s says)
        value: dict[str, Any] = {
            "exercise": new["exercise"],
            "sets": new["sets"],
            "reps": None if new.get("hold_s") is not None else new["reps"],
            "tempo": new.get("tempo"),
            "hold_s": new.get("hold_s"),
            "rir": new.get("rir"),
            "rpe": None,
        }
        started = "; its build-up's first step" if build is not None else ""
        kept = "; sets kept" if build is None and " kept from " in sets_said else ""
        similar = f"similarity {sub.similarity:.2f}{started}{kept}"
        title = f"Replace {entry.exercise} with {sub.exercise.name} ({similar}): {_dose(new)}"
        which = ("the most similar allowed exercise" if sub.rank == 1 else f"its #{sub.rank}") + passed
        if build is not None:  # the entry's own notes kept, the build-up's after them
            value["notes"] = f"{entry.notes}; {build}" if entry.notes else build
            which += f"; {build}"
        else:
            which += f"; {sets_said}"
        edits = (Edit("update", w, s, index=index, value=value),)
        if held:  # below the floor: another kind of work, so unsafe whatever the rule's fix is
            which = ("the most similar" if sub.rank == 1 else f"#{sub.rank}") + passed
            why = f"{which} of the goal's exercises by similarity, one the session does not hold"
            said = "; ".join(x for x in (held, unlike) if x)
            yield title, edits, f"substitute(min_similarity=0): {why} ({said})", "unsafe"
        elif unlike:
            yield title, edits, f"substitute(): {which}, but {unlike}", "unsafe"
        else:
            yield title, edits, f"substitute(): {which}"


def _unlike(original: Exercise, sub: Any, floor: float) -> str:
    """Why a substitute changes what the program trains ("" when it does not): another primary
    joint action, or less alike than substitute()'s floor."""
    said = []
    if sub.exercise.primary_action is not original.primary_action:
        new, old = (a.value.replace("_", " ") for a in (sub.exercise.primary_action, original.primary_action))
        said.append(f"{new} in place of {old}")
    if sub.similarity < floor:
        said.append(f"similarity {sub.similarity:.2f}, below substitute()'s {floor:.2f}")
    return f"{'; '.join(said)}: it changes what the program trains" if said else ""


def _dose(entry: Mapping[str, Any]) -> str:
    """A written entry's dose as a title shows it: ``3 x 12``, ``5 x 30 s hold``."""
    if entry.get("hold_s") is not None:
        return f"{entry['sets']} x {entry['hold_s']} s hold"
    return f"{entry['sets']} x {entry['reps']}"


def swap_sets(rec: Any, replaced: Entry) -> tuple[int, str]:
    """The set count of a substitute swapped in for ``replaced``, and the words saying where it
    came from: the substitute's prescription (the stage's dose, for a staged goal), the replaced
    entry's count kept only where the prescription allows it (4 sets of an RDL swapped for a
    cable hip extension at rehab stage 2's 3-4) or gives no count. Six 40 m sprints are six reps
    of a run, not six sets of the Askling extender, whose prescription is 3 x 12 (review28 N8)."""
    given = replaced.sets
    by = ", ".join(rec.prescription.rules)
    span = int_range(rec.prescription.sets)
    if span is None:
        return (
            given,
            f"{given} sets kept from {replaced.exercise}: its prescription ({by}) gives no set count",
        )
    low, high = span
    said = f"{low}" if low == high else f"{low}-{high}"
    if low <= given <= high:
        if low == high:
            return given, f"{given} sets, its prescription's ({by})"
        return given, f"{given} sets kept from {replaced.exercise}: within its prescription's {said} ({by})"
    n = low if given < low else high
    return n, f"{n} sets, its prescription's {said} ({by}), not the {given} of {replaced.exercise}"


def _held(similar: Iterable[Any], present: set[str]) -> str:
    """Why the substitutes similar enough are not used: those the session holds, those the
    caller left out."""
    held = [x.exercise.name for x in similar if x.exercise.id in present]
    left = [x.exercise.name for x in similar if x.exercise.id not in present]
    said = [f"it holds the more similar {', '.join(held)}"] if held else []
    said += [f"the more similar {', '.join(left)} left out by request"] if left else []
    return "; ".join(said)


def _fix_set_tempo(ctx: _Context, finding: Finding, opts: Mapping[str, str]) -> Iterator[Made]:
    """HR007: give the hinge the goal's slow tempo (at least the rule's eccentric)."""
    w, s, session = ctx.session(finding.location)
    index = (finding.location.exercise_index or 1) - 1
    entry = session.entries[index]
    ex = ctx.resolved(entry)
    minimum = int(ctx.param(finding.rule, "min_eccentric_s", 3))
    rec = ctx.ranked(ex.id) if ex is not None else None
    tempo = rec.prescription.tempo if rec is not None else None
    reason = f"prescription {', '.join(rec.prescription.rules)}" if rec is not None else ""
    if rec is None or tempo is None or (rec.prescription.eccentric_s or 0) < minimum:
        phases = entry.tempo or (minimum, 1, 2, 0)
        tempo = "-".join(str(p) for p in (max(minimum, phases[0]), *phases[1:]))
        reason = f"the rule's minimum eccentric ({minimum} s)"
    title = f"Set the tempo of {entry.exercise} to {tempo}"
    yield title, (Edit("update", w, s, index=index, value={"tempo": tempo}),), reason


def _heavy_days(ctx: _Context, sessions: Sequence[Session]) -> list[int | None]:
    return [s.day if any(ctx.heavy(e) for e in s.entries) else None for s in sessions]


def min_gap_days(days: Iterable[int]) -> int | None:
    """The shortest gap in days between training days of a repeating week (the week wraps)."""
    points = sorted(days)
    if len(points) < 2:
        return None
    gaps = [b - a for a, b in itertools.pairwise(points)]
    return min([*gaps, points[0] + 7 - points[-1]])


def _running_days(ctx: _Context, sessions: Sequence[Session]) -> list[int | None]:
    """Each session's day when it runs (a match, sprints, strides), else ``None``."""
    return [
        s.day
        if any((ex := ctx.resolved(e)) is not None and ex.modality is Modality.RUNNING for e in s.entries)
        else None
        for s in sessions
    ]


def _fix_move_day(ctx: _Context, finding: Finding, opts: Mapping[str, str]) -> Iterator[Made]:
    """HR006: move one heavy session to a free day that restores the rest gap - not, when another
    day will do, to the day after a match or sprint session: sprint and strength performance take
    up to about 72 h to recover after a match (Silva 2018), and the day after it is recovery (a
    heuristic: the fixer's preference, not a check). The alternatives: the other moves that
    restore the gap, in the same order of preference."""
    week = (finding.location.week or 1) - 1
    sessions = ctx.program.weeks[week].sessions
    if any(s.day is None or s.start is not None for s in sessions):
        return
    need = ctx.param(finding.rule, "min_rest_hours", 72) / 24
    heavy = _heavy_days(ctx, sessions)
    running = _running_days(ctx, sessions)
    moves: list[tuple[bool, int, int, int]] = []
    for i, day in enumerate(heavy):
        if day is None:
            continue
        taken = {s.day for j, s in enumerate(sessions) if j != i}
        others = [d for j, d in enumerate(heavy) if d is not None and j != i]
        ran = {d for j, d in enumerate(running) if d is not None and j != i}
        for target in range(7):
            if target in taken or target == day:
                continue
            gap = min_gap_days([*others, target])
            if gap is not None and gap >= need:
                shift = min((target - day) % 7, (day - target) % 7)
                moves.append(((target - 1) % 7 in ran, shift, i, target))
    for _, _, i, target in sorted(moves):
        session = sessions[i]
        title = f"Move {session.name} from {session.day_name} to {DAYS[target]}"
        yield (
            title,
            (Edit("update", week, i, value={"day": DAYS[target]}),),
            f"at least {need * 24:g} h between heavy sessions",
        )


def _action(ex: Exercise) -> str:
    """The joint action a week's set counts fall under (as the check tallies them)."""
    if ex.straight_knee_hip_extension:
        return "hinge"
    if ex.knee_flexion:
        return "knee_flexion"
    return "knee_dominant" if ex.knee_dominant else "other"


#: Most sets the shift-sets fixer gives one hinge entry (heuristic; plan() uses the same bound).
_SHIFT_MAX_SETS = 5


def _fix_shift_sets(ctx: _Context, finding: Finding, opts: Mapping[str, str]) -> Iterator[Made]:
    """HR002, HR008: shift the week's balance to the hinges, one set at a time, until knee flexion
    (or squats and lunges) is within the rule's ``max_ratio`` of them - the checks' own advice:
    hinge sets rise first (up to 5 an entry), then the other side's fall (down to 1)."""
    source = opts.get("from", "knee_flexion")
    ratio = ctx.param(finding.rule, "max_ratio", 1.0)
    week = (finding.location.week or 1) - 1
    sets: dict[tuple[int, int], int] = {}
    kinds: dict[tuple[int, int], str] = {}
    for s, session in enumerate(ctx.program.weeks[week].sessions):
        for i, entry in enumerate(session.entries):
            ex = ctx.resolved(entry)
            if ex is not None and _action(ex) in (source, "hinge"):
                sets[s, i], kinds[s, i] = entry.sets, _action(ex)
    hinges = sorted(k for k, kind in kinds.items() if kind == "hinge")
    sources = sorted(k for k, kind in kinds.items() if kind == source)
    if not hinges or not sources:
        return

    def total(kind: str) -> int:
        return sum(n for k, n in sets.items() if kinds[k] == kind)

    for _ in range(64):  # add to the hinges first; take from the source only when they are full
        if total(source) <= ratio * total("hinge"):
            break
        taker = min(hinges, key=lambda k: (sets[k], k))
        giver = max(sources, key=lambda k: (sets[k], [-x for x in k]))
        if sets[taker] < _SHIFT_MAX_SETS:
            sets[taker] += 1
        elif sets[giver] > 1:
            sets[giver] -= 1
        else:
            return
    if total(source) > ratio * total("hinge"):
        return
    originals = {
        (s, i): e.sets
        for s, ses in enumerate(ctx.program.weeks[week].sessions)
        for i, e in enumerate(ses.entries)
    }
    edits = tuple(
        Edit("update", week, s, index=i, value={"sets": n})
        for (s, i), n in sorted(sets.items())
        if n != originals[s, i]
    )
    what = "knee-flexion" if source == "knee_flexion" else "knee-dominant"
    yield (
        f"Shift sets to the hinges: {what} {total(source)} : hinge {total('hinge')}",
        edits,
        f"at most {ratio:g} {what} set per hinge set",
    )


def _fix_rename(ctx: _Context, finding: Finding, opts: Mapping[str, str]) -> Iterator[Made]:
    """HR009: rename an unknown name to the resolver's first suggestion, everywhere it is written."""
    name = finding.location.exercise
    if name is None:
        return
    suggestions = ctx.catalog.classify(name).suggestions
    if not suggestions:
        return
    if ctx.left_out and (meant := ctx.catalog.classify(suggestions[0]).exercise) and meant.id in ctx.left_out:
        return  # the name meant is one the caller left out: not written into the program
    edits = tuple(
        Edit("update", w, s, index=i, value={"exercise": suggestions[0]})
        for w, week in enumerate(ctx.program.weeks)
        for s, session in enumerate(week.sessions)
        for i, entry in enumerate(session.entries)
        if entry.exercise == name
    )
    yield f"Rename {name!r} to {suggestions[0]!r}", edits, "the resolver's closest known name"


FIXERS: Mapping[str, Fixer] = {
    "add-exercise": _fix_add_exercise,
    "move-before": _fix_move_before,
    "move-day": _fix_move_day,
    "rename": _fix_rename,
    "set-tempo": _fix_set_tempo,
    "shift-sets": _fix_shift_sets,
    "substitute": _fix_substitute,
}
assert sorted(FIXERS) == sorted(FIXER_NAMES), "rules.FIXER_NAMES lists the fixers the grammar accepts"


# -- fix()'s own finding: an exercise the program holds that the caller left out ---------------

#: The code (and rule id) of the finding fix() makes itself, not a check: an exercise the program
#: holds that ``fix(exclude=)`` or ``equipment=`` leaves out (a user who cannot do the RDL kept
#: the program's RDL, the exclusion only kept the fixes from adding one). An error for the fix
#: loop - its swap may bring a warning the loop then repairs, never an error - and never in the
#: report fix() returns (that is check()'s, and check takes no exclude=): one left is said in
#: ``why_skipped``.
LEFT_OUT_CODE = "FX001"
LEFT_OUT_SYMBOL = "left-out-exercise"
#: The fixes of fix()'s own findings, by rule id, as a check rule's ``fix`` says them: the
#: substitute fixer (HR010's), safe since the caller asked for the exercise to go - unsafe
#: still when the allowed exercise is less similar than substitute()'s floor or of another
#: joint action (another kind of work: the fixer says so); never one the stage ranks down.
OWN_FIXES: Mapping[str, Mapping[str, str]] = {LEFT_OUT_CODE: {"fixer": "substitute", "applicability": "safe"}}
#: What ``explain FX001`` says of fix()'s own findings (a plan note's fields).
OWN_DOCS: Mapping[str, Mapping[str, str]] = {
    LEFT_OUT_CODE: {
        "symbol": LEFT_OUT_SYMBOL,
        "severity": "error",
        "message": "{exercise}: left out by request (exclude={name}) | needs equipment you do not have "
        "({missing})",
        "suggestion": "swap it by hand for an exercise you can do (substitute() with the same exclude= and "
        "equipment= lists the allowed ones)",
        "what": "fix(exclude=, equipment=) and check --fix --exclude/--equipment: an entry of the program "
        "whose exercise the caller left out (the exercise an exclude= name leaves out, with its variants and "
        "movement, or one needing equipment not given) is swapped for its most similar allowed exercise "
        "(substitute(), as HR010's contraindicated ones; unsafe when less similar than substitute() asks). "
        "The swap may bring a warning (no Nordic is left: HR013), never an error; one not swapped is said in "
        "why_skipped. Never in a report: check takes no exclusions.",
        "why": "An exclusion is an injury, a missing machine or a dislike: a fixed program that still holds "
        "the exercise is one the user cannot follow.",
    }
}


def left_out_findings(
    program: Program, catalog: Catalog, asked: Mapping[str, str], have: frozenset[str] | None
) -> list[Finding]:
    """An error (:data:`LEFT_OUT_CODE`) at each entry of ``program`` whose exercise the caller
    left out: one whose id (or, for a derived exercise such as ``Paused RDL``, its base's: a
    variant) ``asked`` maps to the ``exclude=`` name that left it out, or one needing equipment
    not in ``have`` (``None``: everything). Unknown names are HR009's, not these."""
    if is_log(program):
        return []
    why: dict[str, str | None] = {}
    multi = len(program.weeks) > 1
    found = []
    for w, week in enumerate(program.weeks, start=1):
        for s, session in enumerate(week.sessions, start=1):
            for e, entry in enumerate(session.entries, start=1):
                name = entry.exercise
                if name not in why:
                    why[name] = _why_left_out(catalog, name, asked, have)
                reason = why[name]
                if reason is None:
                    continue
                where = Location(
                    week=w if multi else None,
                    week_label=week.label if multi else None,
                    session=session.name,
                    session_index=s,
                    day=session.day_name,
                    exercise=name,
                    exercise_index=e,
                    file=program.source,
                    line=program.lines.get((w, s, e)),
                )
                found.append(
                    Finding(
                        LEFT_OUT_CODE,
                        LEFT_OUT_SYMBOL,
                        "error",
                        f"{name}: {reason}",
                        where,
                        suggestion="swap it by hand for an exercise you can do (substitute() with the "
                        "same exclude= and equipment= lists the allowed ones)",
                        rule=LEFT_OUT_CODE,
                        source="your request",
                        scope="entry",
                    )
                )
    return found


def _why_left_out(
    catalog: Catalog, name: str, asked: Mapping[str, str], have: frozenset[str] | None
) -> str | None:
    from .errors import shown

    ex = catalog.classify(name).exercise
    if ex is None:
        return None
    said = asked.get(ex.id)
    if said is None and "__" in ex.id:  # derived from a base left out: one of its variants
        said = asked.get(ex.id.partition("__")[0])
    if said is not None:
        return f"left out by request (exclude={shown(said)})"
    if have is not None:
        missing = sorted(e.value for e in ex.equipment if e.value not in have)
        if missing:
            return f"needs equipment you do not have ({', '.join(missing)}; equipment= leaves it out)"
    return None


def attach_fixes(
    findings: Sequence[Finding],
    program: Program,
    *,
    goal: str,
    stage: int | None,
    pain: float | None,
    catalog: Catalog,
    rules: RuleSet,
    ranking: Any = None,
    week_stages: Mapping[int, int | None] | None = None,
) -> list[Finding]:
    """The findings, each with its :class:`Fix` where its rule names a fixer that applies.
    ``ranking`` (a recommend() result, or a function of the stage giving one) is what added
    exercises are chosen from: the goal's ranking by default; plan() and fix() pass their own,
    with the user's equipment and exclusions.
    ``week_stages``: the stage each week judged at a stage of its own was checked at (a plan by
    stage, by week number from 1): its findings are fixed from that stage's ranking - ``ranking``
    called with the stage, when it is a function of it (fix()'s, with what the caller left out)."""
    if is_log(program):
        return list(findings)  # a workout log is history: nothing to edit

    def ranked(at: int | None) -> Any:
        return ranking(at) if callable(ranking) else ranking

    ctx = _Context(program, goal, stage, pain, catalog, rules, ranked(stage))
    by_stage = {stage: ctx}
    out = []
    for finding in findings:
        finding = attrs.evolve(finding, fix=None) if finding.fix is not None else finding
        own = (week_stages or {}).get(finding.location.week or 0, stage)
        if own not in by_stage:
            by_stage[own] = _Context(program, goal, own, pain, catalog, rules, ranked(own))
        fix = next(_fixes(by_stage[own], finding), None)  # the fixer's first: the others are made on demand
        out.append(finding if fix is None else attrs.evolve(finding, fix=fix))
    return out


def fix_spec(rules: RuleSet, rule_id: str) -> Mapping[str, Any]:
    """What repairs a finding of ``rule_id``: its check rule's ``fix`` (fixer, applicability),
    or for fix()'s own finding (:data:`LEFT_OUT_CODE`) its own; empty when nothing does."""
    own = OWN_FIXES.get(rule_id)
    if own is not None:
        return own
    return rules.get(rule_id).effect.fix if rule_id in rules else {}


def _fixes(ctx: _Context, finding: Finding) -> Iterator[Fix]:
    """The fixes the finding's fixer (its rule's ``fix``) makes, best first; none without one."""
    spec = fix_spec(ctx.rules, finding.rule)
    if not spec:
        return
    for made in FIXERS[spec["fixer"]](ctx, finding, spec):
        title, edits, reason = made[0], made[1], made[2]
        applicability = made[3] if len(made) > 3 else spec["applicability"]
        if edits:
            yield Fix(title, applicability, tuple(edits), spec["fixer"], reason, spec.get("role", ""))


def fix_options(program: Program, **context: Any) -> Callable[[Finding], Iterator[Fix]]:
    """For a finding of ``program``, every fix its fixer makes, best first (the first is the one
    :func:`attach_fixes` gives it), made lazily: ``fix()`` asks for the next when one would
    bring a finding it must not. ``context``: :func:`attach_fixes`' keyword arguments; the
    goal's ranking is read once for all the findings asked about."""
    ctx = _Context(program, **context)
    return lambda finding: iter(()) if is_log(program) else _fixes(ctx, finding)
