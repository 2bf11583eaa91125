"""Week-over-week trends of a workout log: the facts behind the spike, gap, stall and rehab
load-jump checks (``HR030``-``HR033`` in ``data/checks.toml``).

Each week of a log is compared with the weeks before it, in calendar order: a week missing from
the log is a week with no training. Everything here reads only earlier weeks, so the facts of a
week do not change when later weeks are added. A program of several weeks gets the spikes
(its weeks in order: a planned jump is as sudden as a logged one); a one-week program, which
repeats, gets none of these facts.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from ._engine import Kind
from .exercises import LoadPosition, Modality

if TYPE_CHECKING:
    from .catalog import Resolution
    from .logs import ExerciseWeek
    from .program import Session

__all__ = [
    "EMPTY_FACTS",
    "TREND_FACTS",
    "Lifts",
    "Trends",
    "assisted",
    "by_lift",
    "hamstring_credit",
    "iso_monday",
    "lift_key",
    "lifts",
]

#: Weeks in the baseline a week's load is compared with (review-2026-11 B9: "the previous 3
#: complete weeks"; a 3-week baseline is steadier than last week alone).
BASELINE_WEEKS = 3
#: Calendar weeks looked back for the baseline's trained weeks (heuristic: twice the baseline,
#: so every-other-week training still finds three).
BASELINE_WINDOW = 2 * BASELINE_WEEKS
#: Trained weeks in that window a baseline needs (heuristic: two weeks make a norm, one does not).
BASELINE_MIN_TRAINED = 2
#: Weeks before a gap that are looked at to call the training before it regular.
REGULAR_WINDOW = 4
#: Of those, how many must have hamstring work (heuristic).
REGULAR_MIN = 3
#: Calendar weeks without a lift after which its history starts again (a new block): its old
#: best is not the bar for the weeks back (heuristic: HR031's 2-week gap; strength and fascicle
#: gains fade within weeks, Timmins 2016).
STALL_BREAK_WEEKS = 2
#: Calendar weeks of a lift's history its best is taken from (heuristic: half a year; a best
#: from years ago, or before a change of program, is not a stall's bar).
STALL_WINDOW_WEEKS = 26
#: The latest weeks an exercise was trained with a load that its top set is compared with
#: (rehab load jumps; trained weeks, so a break does not hide a jump).
JUMP_LOOKBACK = 2
#: A rise of at most this many kilograms is the smallest step the equipment allows, never a
#: jump, whatever its ratio (heuristic: the next fixed dumbbell, or a pair of 1.25 kg plates;
#: 5 lb is 2.27 kg): 12 -> 14.5 kg is 21% but the only way up.
MIN_LOAD_STEP_KG = 2.5

#: What every week's trend facts are when nothing can be said (programs, the first weeks).
EMPTY_FACTS: Mapping[str, object] = {
    "hamstring_baseline": None,
    "hamstring_spike_ratio": None,
    "hamstring_increase": None,
    "hamstring_rise": None,
    "nordic_sets": 0.0,
    "nordic_baseline": None,
    "nordic_spike_ratio": None,
    "nordic_increase": None,
    "nordic_rise": None,
    "nordic_started": False,
    "hamstring_increase_besides_new_nordic": None,
    "sprint_sets": 0.0,
    "sprint_baseline": None,
    "sprint_spike_ratio": None,
    "sprint_increase": None,
    "sprint_rise": None,
    "weeks_without_hamstring_work": 0,
    "regular_before_gap": False,
    "gap_weeks_text": "",
    "main_hinge": "",
    "main_hinge_weeks_without_progress": None,
    "main_hinge_best_e1rm": "",
    "main_hinge_best_top": "",
    "other_flat_hinges_text": "",
    "load_jump_ratio": None,
    "added_load_rise_kg": None,
    "added_load_rise": "",
    "added_load_text": "",
    "weeks_idle_as_of": 0,
    "regular_before_idle": False,
    "idle_weeks_text": "",
    "load_jump_text": "",
    "assistance_drop_kg": None,
    "assistance_drop_text": "",
    "assistance_drop": "",
    "week_text": "this week",
    "hamstring_baseline_text": "",
    "nordic_baseline_text": "",
    "sprint_baseline_text": "",
}


_N, _B, _T = Kind.NUMBER, Kind.BOOL, Kind.STR
# fmt: off
#: The trend facts (name, type, doc, template-only), declared as week facts in ``_week.py``.
_MEASURES = (("hamstring", "weighted hamstring sets"), ("nordic", "Nordic sets"),
             ("sprint", "sets of running and sprinting"))
TREND_FACTS: tuple[tuple[str, Kind, str, bool], ...] = (
    ("nordic_sets", _N, "hard sets of eccentric-only knee flexion (Nordics) this week", False),
    ("sprint_sets", _N, "sets of running and sprinting exercises this week", False),
    *(fact for m, what in _MEASURES for fact in (
        (f"{m}_baseline", _N, f"mean {what} of the (2-3) latest trained weeks of the 6 before", False),
        (f"{m}_spike_ratio", _N, f"this week's {what} over that mean (none when it is 0)", False),
        (f"{m}_increase", _N, f"this week's {what} minus that mean", False),
        (f"{m}_rise", _N, f"this week's {what} minus last week's", False),
    )),
    ("nordic_started", _B, "Nordic sets this week and none in the 6 calendar weeks before (the log "
     "covering 3)", False),
    ("hamstring_increase_besides_new_nordic", _N, "hamstring_increase without this week's Nordic sets when "
     "the Nordic is new (nordic_started): the rise besides the Nordic work HR013 asks for", False),
    ("weeks_without_hamstring_work", _N, "calendar weeks without hamstring work right before this", False),
    ("regular_before_gap", _B, "hamstring work in 3 of the 4 weeks before that gap", False),
    ("main_hinge_weeks_without_progress", _N,
     "weeks this week's main hinge (the heaviest this week, then the most sets) was trained since its "
     "last new best (of its current block, within 26 weeks): an estimated 1RM or a top set above every "
     "earlier week's", False),
    ("load_jump_ratio", _N, "largest rise of a hamstring exercise's top set over its heaviest of the "
     "latest 2 weeks it was trained", False),
    ("added_load_rise_kg", _N, "largest rise, in kg, of the load added to body weight on a body-weight "
     "hamstring exercise (a body-weight exercise, or a lift logged at body weight before): its top set "
     "over its heaviest of the latest 2 weeks it was trained with added load", False),
    ("assistance_drop_kg", _N, "largest drop, in kg, of an assisted hamstring exercise's assistance (its "
     "most this week) below its least of the latest 2 weeks it was trained with some: less help, more load",
     False),
    ("weeks_idle_as_of", _N, "last week of a log: whole weeks since hamstring work, up to the as-of date",
     False),
    ("regular_before_idle", _B, "hamstring work in 3 of the 4 weeks before those", False),
    ("idle_weeks_text", _T, "those weeks ('2025-W48 to 2025-W50')", True),
    ("gap_weeks_text", _T, "the weeks without hamstring work ('2025-W10 to 2025-W11')", True),
    ("main_hinge", _T, "that hinge (a heavy straight-knee compound hinge, its spellings as one)", True),
    ("main_hinge_best_e1rm", _T, "its best estimated 1RM, in the log's unit", True),
    ("main_hinge_best_top", _T, "its heaviest top set, in the log's unit", True),
    ("other_flat_hinges_text", _T,
     "the other hinges trained this week 2+ weeks without a new best ('; also flat: RDL 3 weeks')", True),
    ("load_jump_text", _T, "the exercise and its loads ('RDL 60.0 kg -> 80.0 kg'), and the weeks "
     "without it between them", True),
    ("assistance_drop_text", _T, "the exercise and its assistance ('Assisted Nordic Curl 30.0 kg -> "
     "10.0 kg of assistance'), and the weeks without it between them", True),
    ("assistance_drop", _T, "that drop, in the log's unit ('20.0 kg')", True),
    ("added_load_rise", _T, "that rise of added load, in the log's unit ('15.0 kg')", True),
    ("added_load_text", _T, "the exercise and its added loads ('Single Leg RDL body weight + 5.0 kg -> "
     "body weight + 20.0 kg'), and the weeks without it between them", True),
    ("week_text", _T, "'this week', or 'so far this week (as of 2025-11-19)' for a week in progress", True),
    *((f"{m}_baseline_text", _T, f"the weeks that mean is of and their {what} ('the previous 3 weeks "
       "(2025-W44, 2025-W45, 2025-W46: 6, 0, 6)')", True) for m, what in _MEASURES),
)
# fmt: on


def iso_monday(label: str) -> date | None:
    """The Monday of an ISO week label such as ``2025-W46``; ``None`` for other labels."""
    year, sep, week = label.partition("-W")
    if not sep or not year.isdigit() or not week.isdigit():
        return None
    try:
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return None


class Lifts(NamedTuple):
    """A log's progress per lift (:func:`by_lift`) and the assistance of its assisted lifts."""

    progress: tuple[ExerciseWeek, ...]
    assistance: dict[tuple[str, str], float]
    """(ISO week, lift) -> an assisted lift's most assistance that week, in kilograms (its
    heaviest weight logged: the one per-week figure a log keeps without its sets)."""


def by_lift(
    progress: Iterable[ExerciseWeek],
    classify: Callable[[str], Resolution],
    modifiers_of: Callable[[str], Collection[str]] = lambda _: (),
) -> tuple[ExerciseWeek, ...]:
    """The log's progress per lift (:func:`lifts`, without the assistance)."""
    return lifts(progress, classify, modifiers_of).progress


def lifts(
    progress: Iterable[ExerciseWeek],
    classify: Callable[[str], Resolution],
    modifiers_of: Callable[[str], Collection[str]] = lambda _: (),
) -> Lifts:
    """The log's progress per lift: the spellings of one catalog exercise with the same
    modifiers (``RDL``, ``Romanian Deadlift (Barbell)``, ``Rumänisches Kreuzheben``) as one,
    named by its first spelling in the log (the first by name in its first week: a later week
    never renames an earlier week's lift); a paused, banded or
    Smith-machine RDL stays apart (its loads are another lift's). A name the catalog does not
    place is one lift with the names differing from it only in case and spacing. Ordered by
    week and name, as :meth:`WorkoutLog.progress`. An assisted body-weight exercise's weights
    are assistance (:func:`assisted`, reading names with ``modifiers_of``): it has no estimated
    1RM, top set or tonnage; its assistance is given apart (:attr:`Lifts.assistance`)."""
    import attrs

    items = tuple(progress)
    keys: dict[str, tuple[str, ...]] = {}
    named: set[str] = set()  # assisted by the name: the weights are assistance
    for item in items:
        if item.exercise not in keys:
            res = classify(item.exercise)
            if assisted(res, modifiers_of):
                named.add(item.exercise)
            keys[item.exercise] = lift_key(item.exercise, res)
    helped = named | {item.exercise for item in items if item.assistance_kg}  # or by a mark: BW-15

    def help_kg(item: ExerciseWeek) -> float | None:
        """A week's assistance: the weights' (by the name; a logged 0 is none, the whole body) or
        the marks' (BW-15; BW is none); ``None``: none logged (a blank week says nothing)."""
        weights = item.top_kg or (0.0 if item.zero_weight_sets else None) if item.exercise in named else None
        return item.assistance_kg if weights is None else max(weights, item.assistance_kg or 0.0)

    helps = [(item, kg) for item in items if item.exercise in helped and (kg := help_kg(item)) is not None]
    if helped:
        items = tuple(
            attrs.evolve(item, best_e1rm_kg=None, top_kg=None, tonnage_kg=0.0)
            if item.exercise in helped
            else item
            for item in items
        )
    names_of: dict[tuple[str, ...], list[str]] = {}
    for name, key in keys.items():
        names_of.setdefault(key, []).append(name)
    if all(len(names) == 1 for names in names_of.values()):  # one spelling a lift: nothing to merge
        return Lifts(items, {(item.week, item.exercise): kg for item, kg in helps})
    shown = {key: names[0] for key, names in names_of.items()}  # keys: in the items' order
    assistance: dict[tuple[str, str], float] = {}
    for item, kg in helps:  # the most assistance of the lift's spellings that week
        lift = (item.week, shown[keys[item.exercise]])
        assistance[lift] = max(assistance.get(lift, 0.0), kg)
    merged: dict[tuple[str, str], list[Any]] = {}
    for item in items:
        into = merged.setdefault((item.week, shown[keys[item.exercise]]), [0, None, None, 0.0, item, 0, 0])
        into[0] += item.sets
        into[5] += item.zero_weight_sets
        into[6] += item.body_weight_sets
        for at, value in ((1, item.best_e1rm_kg), (2, item.top_kg)):
            if value is not None and (into[at] is None or value > into[at]):
                into[at] = value
        into[3] += item.tonnage_kg
    return Lifts(
        tuple(  # each lift's week evolved from its first spelling's item (no import of logs)
            attrs.evolve(
                first,
                exercise=name,
                sets=sets,
                best_e1rm_kg=e1 if e1 is None or top is None else max(e1, top),  # never below a load lifted
                top_kg=top,
                tonnage_kg=round(tonnage, 2),
                zero_weight_sets=zero,
                body_weight_sets=body,
            )
            for (_, name), (sets, e1, top, tonnage, first, zero, body) in sorted(
                merged.items(), key=lambda kv: kv[0]
            )
        ),
        assistance,
    )


def lift_key(name: str, res: Resolution) -> tuple[str, ...]:
    """What makes two names one lift (:func:`lifts`): the catalog exercise and the name's
    modifiers; a name the catalog does not place, the name without case and spacing."""
    ex = res.exercise
    return (ex.id, *res.modifiers) if ex is not None else ("", " ".join(name.casefold().split()))


def hamstring_credit(
    progress: Iterable[ExerciseWeek], classify: Callable[[str], Resolution]
) -> tuple[tuple[str, float], ...]:
    """The lifts of a log's progress that train the hamstrings (a positive hamstring set
    credit), with that credit, the highest first (then by name): what a progress table leads
    with."""
    credit: dict[str, float] = {}
    for item in progress:
        if item.exercise not in credit:
            ex = classify(item.exercise).exercise
            credit[item.exercise] = 0.0 if ex is None else ex.hamstring_set_credit
    return tuple(sorted(((n, c) for n, c in credit.items() if c > 0), key=lambda nc: (-nc[1], nc[0])))


def _label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


class _WeekLoad(NamedTuple):
    monday: date
    hamstring: float
    nordic: float
    sprint: float
    label: str = ""
    deload: bool = False
    """A week its name calls a planned deload: not the norm the next weeks are measured by."""


class _Flags(NamedTuple):
    nordic: bool
    """Eccentric-only knee flexion."""
    running: bool
    hamstring: bool
    """Sets that count toward hamstring volume (a positive set credit)."""
    bodyweight: bool = False
    """A body-weight exercise (the catalog's load position): a weight logged is load added to
    the body, not the whole load."""


_NO_FLAGS = _Flags(False, False, False)

#: The Monday a program's first week stands at: an undated program's weeks are consecutive
#: weeks, placed on a calendar only so that they are compared as a log's weeks are.
_PROGRAM_START = date(2001, 1, 1)


def _r(value: float) -> float:
    return round(value, 2)


def _sets(value: float) -> str:
    return f"{value:g}"


def assisted(res: Resolution, modifiers_of: Callable[[str], Collection[str]]) -> bool:
    """Whether a name's weights are assistance, not load: a body-weight exercise (the body is
    the load) that is assisted - by the name's modifiers (``Assisted Glute Ham Raise``), or by
    the catalog exercise's own name read by the same grammar (``Assisted Nordic curl``, whose
    aliases ``Band Assisted Nordic Curl`` carry no modifier). More assistance is less load: a
    band of 25 kg after one of 10 kg is an easier set, not a 2.5x jump. A supported single-leg
    RDL holds a dumbbell: its weight is load (not a body-weight exercise). ``modifiers_of``: a
    name's modifiers as the name grammar reads them (``names.parse_name``; passed in, as this
    module sits below the grammar)."""
    ex = res.exercise
    if ex is None or ex.load_position is not LoadPosition.BODYWEIGHT:
        return False
    return "assisted" in res.modifiers or "assisted" in modifiers_of(ex.name)


def _last_progress(block: Sequence[tuple[date, float, float | None]]) -> tuple[int, float, float | None]:
    """The index of a block's latest week of progress (the first week is one), with the block's
    best estimated 1RM and top set (one pass over it). Progress is a week whose best
    estimated 1RM or top set is above every earlier week's of the block - a new best. Epley's
    estimate falls when a heavier load is lifted for fewer reps (50 kg 3x8 -> 55 kg 6x4), yet a
    heavier load is the progression rehab asks for (Goom 2016: about 15RM towards 8RM) and the one
    HR032's own advice gives ("progress the load"): a new heaviest top set is progress. A load
    that only rises back towards an earlier best is not: 60, 50, 55, 60, 50, 55 kg never beats
    its first week, however often it rises from one week to the next."""
    found, best, best_top = 0, block[0][1], block[0][2]
    for i in range(1, len(block)):
        _, e1, top = block[i]
        heavier = top is not None and (best_top is None or top > best_top)
        if e1 > best or heavier:
            found = i
        best = max(best, e1)
        if heavier:
            best_top = top
    return found, best, best_top


class Trends:
    """Week by week, in order: the trend facts of each week of a log, or of a multi-week
    program (``dated=False``: its weeks in order, one calendar week apart; only the spikes,
    HR030 - a planned jump is as sudden as a logged one).

    Args:
        classify: name -> catalog resolution (the checker's cached one).
        progress: the log's best e1RM and top set per exercise and ISO week (``None``: no loads).
        unit: ``kg`` or ``lb``, for the numbers shown in messages.
        dated: a log (weeks labelled by ISO week) rather than a program's numbered weeks.
        assistance: (ISO week, lift) -> an assisted lift's most assistance that week, in kg
            (:attr:`Lifts.assistance`).
    """

    def __init__(
        self,
        classify: Callable[[str], Resolution],
        progress: Iterable[ExerciseWeek] = (),
        unit: str = "kg",
        dated: bool = True,
        assistance: Mapping[tuple[str, str], float] | None = None,
    ) -> None:
        self._classify = classify
        self._resolved: dict[str, Resolution] = {}
        self._flags: dict[str, _Flags] = {}
        self.unit = unit
        self.dated = dated
        self.factor = 1.0 if unit == "kg" else 1 / 0.45359237
        self.history: list[_WeekLoad] = []
        self.by_week: dict[str, list[ExerciseWeek]] = {}
        for item in progress:
            self.by_week.setdefault(item.week, []).append(item)
        self.hinges = self._hinges()
        self.blocks: dict[str, list[tuple[date, float, float | None]]] = {}
        """Each hinge's weeks of its current block (Monday, best e1RM, top set), in time order."""
        self.worked: list[date] = []
        """The Mondays of the weeks so far with hamstring work, in order."""
        self.tops: dict[str, list[tuple[date, float]]] = {}
        """Each hamstring exercise's latest trained weeks with a load (Monday, top set), oldest first."""
        self.helped_by_week: dict[str, list[tuple[str, float]]] = {}
        """Per ISO week, its assisted lifts and their most assistance (kg), by name."""
        for (week, name), kg in sorted((assistance or {}).items()):
            self.helped_by_week.setdefault(week, []).append((name, kg))
        self.helps: dict[str, list[tuple[date, float]]] = {}
        """Each assisted hamstring exercise's latest weeks with assistance (Monday, kg), oldest first."""
        self.named: dict[str, str] = {}
        """The lift each text fact of the latest :meth:`week` names (``main_hinge``,
        ``load_jump_text``...: fact -> lift name), so a finding quoting it can point at the lift."""
        self._keys: dict[str, tuple[str, ...]] = {}
        self.on_body: set[str] = set()
        """The lifts logged at body weight so far (a week of hard sets without a load: ``BW``, a
        blank weight): a load logged later is added to the body's weight (``BW+5``)."""

    def classify(self, name: str) -> Resolution:
        res = self._resolved.get(name)
        if res is None:
            res = self._resolved[name] = self._classify(name)
        return res

    def key(self, name: str) -> tuple[str, ...]:
        """A name's lift (:func:`lift_key`), derived once per name."""
        found = self._keys.get(name)
        if found is None:
            found = self._keys[name] = lift_key(name, self.classify(name))
        return found

    def flags(self, name: str) -> _Flags:
        """What the trends read of a name's exercise, derived once per name."""
        found = self._flags.get(name)
        if found is None:
            ex = self.classify(name).exercise
            found = self._flags[name] = (
                _NO_FLAGS
                if ex is None
                else _Flags(
                    ex.knee_flexion and ex.eccentric_only,
                    ex.modality is Modality.RUNNING,
                    ex.hamstring_set_credit > 0,
                    ex.load_position is LoadPosition.BODYWEIGHT,
                )
            )
        return found

    def _hinges(self) -> frozenset[str]:
        """The lifts whose stalls are followed: heavy straight-knee compound hinges (not
        ballistic) with an estimated 1RM in some week."""
        found = set()
        for items in self.by_week.values():
            for item in items:
                if item.best_e1rm_kg is None or item.exercise in found:
                    continue
                ex = self.classify(item.exercise).exercise
                if ex is None or not ex.straight_knee_hip_extension or ex.kind.value != "compound":
                    continue
                if not ex.ballistic:
                    found.add(item.exercise)
        return frozenset(found)

    def _kg(self, kg: float) -> str:
        value = kg * self.factor
        return f"{value:.1f} {self.unit}"

    def week(
        self,
        label: str,
        sessions: Sequence[Session],
        hamstring_sets: float,
        as_of: date | None = None,
        *,
        index: int = 0,
        in_progress: bool = False,
        light: Collection[int] = (),
        deload: bool = False,
    ) -> dict[str, object]:
        """The trend facts of the next week of the log (weeks must come in time order); for the
        last week, ``as_of`` also says how long the log has been without hamstring work. A
        program's week is placed by its ``index`` (1 for the first); ``in_progress``: a log's
        week not over as of ``as_of`` (its numbers are "so far"); ``light``: the ``id`` of each
        entry that holds no hard sets (a program's warm-up or easy entry: a log's entries hold its
        hard sets only) - its Nordic and sprint sets are not counted, as its sets are not in
        ``hamstring_sets``; ``deload``: a week its name calls a planned deload, left out of the
        later weeks' baselines as a week without training is (the return from it is no spike)."""
        monday = iso_monday(label) if self.dated else _PROGRAM_START + timedelta(weeks=index - 1)
        facts = dict(EMPTY_FACTS)
        self.named = {}
        if monday is None:
            return facts
        if in_progress and as_of is not None:
            facts["week_text"] = f"so far this week (as of {as_of.isoformat()})"
        nordic = sprint = 0.0
        flags = self.flags
        for session in sessions:
            for entry in session.entries:
                if light and id(entry) in light:
                    continue
                is_nordic, running, *_ = flags(entry.exercise)
                if is_nordic:
                    nordic += entry.sets
                if running:
                    sprint += entry.sets
        load = _WeekLoad(monday, hamstring_sets, nordic, sprint, label, deload)
        facts.update(nordic_sets=nordic, sprint_sets=sprint)
        facts.update(self._spikes(load))
        if self.dated:
            facts.update(self._gap(load))
            facts.update(self._progress(label, monday))
        self.history.append(load)
        if hamstring_sets > 0:
            self.worked.append(monday)
        if as_of is not None and self.dated:
            facts.update(self._idle(as_of))
        return facts

    def _idle(self, as_of: date) -> dict[str, object]:
        """Whole calendar weeks between the last week with hamstring work and the week of
        ``as_of`` (still in progress, so not counted), and whether training was regular before."""
        worked = self.worked
        if not worked:
            return {}
        now = as_of - timedelta(days=as_of.weekday())
        idle = (now - worked[-1]).days // 7 - 1
        if idle <= 0:
            return {}
        window = {worked[-1] - timedelta(weeks=k) for k in range(REGULAR_WINDOW)}
        regular = sum(1 for m in worked if m in window) >= REGULAR_MIN
        first, last = worked[-1] + timedelta(weeks=1), now - timedelta(weeks=1)
        text = _label(first) if idle == 1 else f"{_label(first)} to {_label(last)}"
        return {"weeks_idle_as_of": idle, "regular_before_idle": regular, "idle_weeks_text": text}

    def _baseline(self, monday: date) -> tuple[list[_WeekLoad], bool] | None:
        """The weeks a week's load is compared with, latest first, when the log covers the
        previous ``BASELINE_WEEKS`` calendar weeks: the latest ``BASELINE_WEEKS`` weeks with
        training among the previous ``BASELINE_WINDOW`` (a missed week - a holiday, an illness,
        or the off weeks of someone who trains every other week - is not the norm a week is
        measured by: 12, 12, 12, off, 13 is no spike; nor is a planned deload: 6, 8, deload 1, 8),
        at least ``BASELINE_MIN_TRAINED`` of
        them; with fewer, the previous ``BASELINE_WEEKS`` calendar weeks, a missing one as zero
        (a return after a gap is HR031's). With whether they are the calendar weeks right
        before (what the message calls them follows)."""
        history = self.history
        if not history or history[0].monday > monday - timedelta(weeks=BASELINE_WEEKS):
            return None
        calendar = [monday - timedelta(weeks=back) for back in range(1, BASELINE_WEEKS + 1)]
        start = monday - timedelta(weeks=BASELINE_WINDOW)
        trained = [
            w
            for w in reversed(history[-BASELINE_WINDOW:])
            if w.monday >= start and not w.deload and (w.hamstring > 0 or w.nordic > 0 or w.sprint > 0)
        ]
        if len(trained) >= BASELINE_MIN_TRAINED:
            base = trained[:BASELINE_WEEKS]
            return base, [w.monday for w in base] == calendar
        by_monday = {w.monday: w for w in history[-BASELINE_WEEKS:]}
        return [by_monday.get(day, _WeekLoad(day, 0.0, 0.0, 0.0, self._name(day))) for day in calendar], True

    def _name(self, monday: date) -> str:
        """A week's label: its ISO week, or a program's ``week N``."""
        if self.dated:
            return _label(monday)
        return f"week {(monday - _PROGRAM_START).days // 7 + 1}"

    def _spikes(self, load: _WeekLoad) -> dict[str, object]:
        found = self._baseline(load.monday)
        if found is None:
            return {}
        out: dict[str, object] = {}
        window = load.monday - timedelta(weeks=BASELINE_WINDOW)
        deload_left_out = any(w.deload for w in self.history[-BASELINE_WINDOW:] if w.monday >= window)
        for name, value in (("hamstring", load.hamstring), ("nordic", load.nordic), ("sprint", load.sprint)):
            base, consecutive = found if name == "hamstring" else self._intermittent(name, load.monday, found)
            weeks = list(reversed(base))  # oldest first, as they are read
            n = len(weeks)
            what = "training" if name == "hamstring" else f"{name} work"
            which = f"the previous {n} weeks" if consecutive else f"the latest {n} weeks with {what}"
            if n == 1:
                which = "the previous week" if consecutive else f"the latest week with {what}"
            if not consecutive and deload_left_out:
                which += ", the deload left out"
            labels = ", ".join(w.label or self._name(w.monday) for w in weeks)
            values = [float(getattr(w, name)) for w in weeks]
            mean = sum(values) / n
            out[f"{name}_baseline"] = _r(mean)
            out[f"{name}_increase"] = _r(value - mean)
            out[f"{name}_rise"] = _r(value - values[-1])  # values[-1]: the latest baseline week
            out[f"{name}_spike_ratio"] = _r(value / mean) if mean > 0 else None
            out[f"{name}_baseline_text"] = f"{which} ({labels}: {', '.join(map(_sets, values))})"
        # a Nordic new this week (none in the window before): the rise besides it is what the
        # volume spike judges - starting the Nordic HR013 asks for is no sudden jump of the rest
        # of the work; its own first dose is HR030-nordic-start's
        start = load.monday - timedelta(weeks=BASELINE_WINDOW)
        started = load.nordic > 0 and not any(
            w.nordic > 0 for w in self.history[-BASELINE_WINDOW:] if w.monday >= start
        )
        out["nordic_started"] = started
        increase = cast(float, out["hamstring_increase"])
        out["hamstring_increase_besides_new_nordic"] = _r(increase - load.nordic) if started else increase
        return out

    def _intermittent(
        self, name: str, monday: date, found: tuple[list[_WeekLoad], bool]
    ) -> tuple[list[_WeekLoad], bool]:
        """The baseline of Nordic or sprint sets (``name``): the latest ``BASELINE_WEEKS`` weeks
        with some, among the ``BASELINE_WINDOW`` calendar weeks before ``monday`` - one is enough
        - else ``found``, the week's common baseline. Such work comes every week or two or three
        (HR013's minimum is a Nordic session every 3 weeks, Ripley 2021): the same 3 x 6 every
        third week is the dose held, not a 3x spike over the off weeks' zeros; a jump from the
        last session's dose still is one."""
        start = monday - timedelta(weeks=BASELINE_WINDOW)
        done = [
            w
            for w in reversed(self.history[-BASELINE_WINDOW:])
            if w.monday >= start and not w.deload and getattr(w, name) > 0
        ][:BASELINE_WEEKS]
        if not done:
            return found
        calendar = [monday - timedelta(weeks=back) for back in range(1, len(done) + 1)]
        return done, [w.monday for w in done] == calendar

    def _gap(self, load: _WeekLoad) -> dict[str, object]:
        """Weeks with no hamstring work right before a week that has some, and whether the
        training before that gap was regular."""
        if load.hamstring <= 0 or not self.history:
            return {}
        worked = self.worked
        if not worked:
            return {}
        last = worked[-1]
        gap = (load.monday - last).days // 7 - 1
        if gap <= 0:
            return {}
        window = {last - timedelta(weeks=k) for k in range(REGULAR_WINDOW)}
        regular = sum(1 for m in worked if m in window) >= REGULAR_MIN
        first_missing = last + timedelta(weeks=1)
        last_missing = load.monday - timedelta(weeks=1)
        text = _label(first_missing) if gap == 1 else f"{_label(first_missing)} to {_label(last_missing)}"
        return {"weeks_without_hamstring_work": gap, "regular_before_gap": regular, "gap_weeks_text": text}

    def _progress(self, label: str, monday: date) -> dict[str, object]:
        items = self.by_week.get(label, [])
        out: dict[str, object] = {}
        stalls: list[tuple[int, float, str, int, float, float | None]] = []
        for item in items:
            if item.exercise not in self.hinges or item.best_e1rm_kg is None:
                continue
            block = self.blocks.setdefault(item.exercise, [])
            if block and (monday - block[-1][0]).days // 7 - 1 >= STALL_BREAK_WEEKS:
                block.clear()  # back after a break: a new block, measured against itself
            start = monday - timedelta(weeks=STALL_WINDOW_WEEKS - 1)
            while block and block[0][0] < start:
                del block[0]
            block.append((monday, item.best_e1rm_kg, item.top_kg))
            last, best, top = _last_progress(block)
            since = len(block) - 1 - last
            stalls.append((item.sets, item.best_e1rm_kg, item.exercise, since, best, top))
        if stalls:  # this week's main hinge: the heaviest, then the most sets, then the name
            # (the heaviest: a good morning with a set more, progressing, hid a stalled heavy RDL)
            stalls.sort(key=lambda s: (-s[1], -s[0], s[2]))
            _, _, name, since, best, top = stalls[0]
            # the other hinges flat for 2+ weeks are named too (heuristic: one flat week is noise)
            others = [f"{n} {k} weeks (best {self._kg(b)})" for _, _, n, k, b, _ in stalls[1:] if k >= 2]
            self.named["main_hinge"] = name
            out.update(
                main_hinge=name,
                main_hinge_weeks_without_progress=since,
                main_hinge_best_e1rm=self._kg(best),
                main_hinge_best_top=self._kg(top) if top is not None else "none",
                other_flat_hinges_text=f"; also flat: {', '.join(others)}" if others else "",
            )
        out.update(self._jumps(items, monday))
        out.update(self._drops(label, monday))
        return out

    @staticmethod
    def _off(last: date, monday: date) -> str:
        """``, after 2 weeks without it (last 2025-W40)`` when weeks without an exercise lie
        between ``last`` and this week's ``monday``; else nothing."""
        off = (monday - last).days // 7 - 1
        if off <= 0:
            return ""
        weeks = "1 week" if off == 1 else f"{off} weeks"
        return f", after {weeks} without it (last {_label(last)})"

    def _jumps(self, items: Sequence[ExerciseWeek], monday: date) -> dict[str, object]:
        """The largest rise of a hamstring exercise's top set over its heaviest in the latest
        ``JUMP_LOOKBACK`` weeks it was trained with a load - trained weeks, not calendar weeks:
        a client back after two weeks off at 60 kg where they left at 40 kg has jumped, and
        more so after a break (HR031's detraining). The weeks without it are said.

        A body-weight lift's load is the body plus what is added (``BW+5``): its rise is given
        in kilograms (``added_load_rise_kg``), never as a ratio of the added load - 5 kg to
        10 kg on a single-leg RDL is a few percent more of what the hip moves, not 2x. A lift is
        one when the catalog's exercise is body weight, or when the log has it at body weight
        in an earlier week or this one (a week of hard sets without a load)."""
        jumps: list[tuple[float, str, float, float, str]] = []
        added: list[tuple[float, str, float, float, str]] = []
        for item in items:
            flags = self.flags(item.exercise)
            if not flags.hamstring:
                continue
            if item.body_weight_sets:  # BW+5: the load added to the body, as the log marks it
                self.on_body.add(item.exercise)
            if item.top_kg is None:
                if item.sets > 0:  # a week at body weight: nothing added, a load it may jump from
                    self.on_body.add(item.exercise)
                    recent = self.tops.setdefault(item.exercise, [])
                    recent.append((monday, 0.0))
                    del recent[:-JUMP_LOOKBACK]
                continue
            recent = self.tops.setdefault(item.exercise, [])
            before = max((kg for _, kg in recent), default=0.0)
            on_body = flags.bodyweight or item.exercise in self.on_body
            # from body weight alone (BW, then BW+20) the rise is the load added: a ratio has no base
            if (before > 0 or (recent and on_body)) and item.top_kg - before > MIN_LOAD_STEP_KG + 1e-9:
                since = self._off(recent[-1][0], monday)
                (added if on_body else jumps).append(
                    (
                        item.top_kg - before if on_body else item.top_kg / before,
                        item.exercise,
                        before,
                        item.top_kg,
                        since,
                    )
                )
            recent.append((monday, item.top_kg))
            del recent[:-JUMP_LOOKBACK]
        out: dict[str, object] = {}
        if jumps:
            ratio, name, before, after, since = max(jumps)  # the text of the largest only
            self.named["load_jump_text"] = name
            out.update(
                load_jump_ratio=_r(ratio),
                load_jump_text=f"{name} {self._kg(before)} -> {self._kg(after)}{since}",
            )
        if added:
            rise, name, before, after, since = max(added)
            self.named["added_load_text"] = name
            out.update(
                added_load_rise_kg=_r(rise),
                added_load_rise=self._kg(rise),
                added_load_text=(
                    f"{name} body weight + {self._kg(before)} -> body weight + {self._kg(after)}{since}"
                ),
            )
        return out

    def _drops(self, label: str, monday: date) -> dict[str, object]:
        """The largest drop of an assisted hamstring exercise's assistance - its most this week -
        below its least in the latest ``JUMP_LOOKBACK`` weeks it was trained with some (trained
        weeks, as :meth:`_jumps`). Less help is more load: a band of 10 kg after one of 30 kg
        leaves 20 kg more of the body to lower, the jump HR033 looks for in a loaded top set, the
        other way round. The body's weight is not in a log, so the drop is said in kilograms."""
        drops: list[tuple[float, str, float, float, str]] = []
        for name, kg in self.helped_by_week.get(label, ()):
            if not self.flags(name).hamstring:
                continue
            recent = self.helps.setdefault(name, [])
            if recent:
                before = min(k for _, k in recent)
                if before - kg > 1e-9:
                    drops.append((before - kg, name, before, kg, self._off(recent[-1][0], monday)))
            recent.append((monday, kg))
            del recent[:-JUMP_LOOKBACK]
        if not drops:
            return {}
        drop, name, before, after, since = max(drops)  # the text of the largest only
        self.named["assistance_drop_text"] = name
        text = f"{name} {self._kg(before)} -> {self._kg(after)} of assistance{since}"
        return {
            "assistance_drop_kg": _r(drop),
            "assistance_drop": self._kg(drop),
            "assistance_drop_text": text,
        }
