"""Week-over-week trends of a workout log: the facts behind the spike, gap, stall and rehab
load-jump checks (``HR030``-``HR033`` in ``data/checks.toml``).

Each week of a log is compared with the weeks before it, in calendar order: a week missing from
the log is a week with no training. Everything here reads only earlier weeks, so the facts of a
week do not change when later weeks are added. Programs (no dates) get none of these facts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from ._engine import Kind
from .exercises import Modality

if TYPE_CHECKING:
    from .catalog import Resolution
    from .logs import ExerciseWeek
    from .program import Session

__all__ = ["EMPTY_FACTS", "TREND_FACTS", "Trends", "by_lift", "iso_monday"]

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
#: Weeks looked back for the previous load of an exercise (rehab load jumps).
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
    "other_flat_hinges_text": "",
    "load_jump_ratio": None,
    "weeks_idle_as_of": 0,
    "regular_before_idle": False,
    "idle_weeks_text": "",
    "load_jump_text": "",
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
        (f"{m}_baseline", _N, f"mean {what} of the (2-3) latest trained weeks of the 6 before (logs)", False),
        (f"{m}_spike_ratio", _N, f"this week's {what} over that mean (none when it is 0)", False),
        (f"{m}_increase", _N, f"this week's {what} minus that mean", False),
        (f"{m}_rise", _N, f"this week's {what} minus last week's", False),
    )),
    ("weeks_without_hamstring_work", _N, "calendar weeks without hamstring work right before this", False),
    ("regular_before_gap", _B, "hamstring work in 3 of the 4 weeks before that gap", False),
    ("main_hinge_weeks_without_progress", _N,
     "weeks this week's main hinge (the heaviest this week, then the most sets) was trained since its "
     "best estimated 1RM (of its current block, within 26 weeks) without beating it", False),
    ("load_jump_ratio", _N, "largest rise of a hamstring exercise's top set over the 2 weeks before",
     False),
    ("weeks_idle_as_of", _N, "last week of a log: whole weeks since hamstring work, up to the as-of date",
     False),
    ("regular_before_idle", _B, "hamstring work in 3 of the 4 weeks before those", False),
    ("idle_weeks_text", _T, "those weeks ('2025-W48 to 2025-W50')", True),
    ("gap_weeks_text", _T, "the weeks without hamstring work ('2025-W10 to 2025-W11')", True),
    ("main_hinge", _T, "that hinge (a heavy straight-knee compound hinge, its spellings as one)", True),
    ("main_hinge_best_e1rm", _T, "its best estimated 1RM, in the log's unit", True),
    ("other_flat_hinges_text", _T,
     "the other hinges trained this week 2+ weeks without a new best ('; also flat: RDL 3 weeks')", True),
    ("load_jump_text", _T, "the exercise and its loads ('RDL 60.0 kg -> 80.0 kg')", True),
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


def by_lift(
    progress: Iterable[ExerciseWeek], classify: Callable[[str], Resolution]
) -> tuple[ExerciseWeek, ...]:
    """The log's progress per lift: the spellings of one catalog exercise with the same
    modifiers (``RDL``, ``Romanian Deadlift (Barbell)``, ``Rumänisches Kreuzheben``) as one,
    named by its first spelling in the log (the first by name in its first week: a later week
    never renames an earlier week's lift); a paused, banded or
    Smith-machine RDL stays apart (its loads are another lift's). A name the catalog does not
    place is one lift with the names differing from it only in case and spacing. Ordered by
    week and name, as :meth:`WorkoutLog.progress`."""
    import attrs

    items = tuple(progress)
    keys: dict[str, tuple[str, ...]] = {}
    for item in items:
        if item.exercise not in keys:
            res = classify(item.exercise)
            ex = res.exercise
            keys[item.exercise] = (
                (ex.id, *res.modifiers)
                if ex is not None
                else ("", " ".join(item.exercise.casefold().split()))
            )
    names_of: dict[tuple[str, ...], list[str]] = {}
    for name, key in keys.items():
        names_of.setdefault(key, []).append(name)
    if all(len(names) == 1 for names in names_of.values()):
        return items  # one spelling a lift: nothing to merge
    shown = {key: names[0] for key, names in names_of.items()}  # keys: in the items' order
    merged: dict[tuple[str, str], list[Any]] = {}
    for item in items:
        into = merged.setdefault((item.week, shown[keys[item.exercise]]), [0, None, None, 0.0, item])
        into[0] += item.sets
        for at, value in ((1, item.best_e1rm_kg), (2, item.top_kg)):
            if value is not None and (into[at] is None or value > into[at]):
                into[at] = value
        into[3] += item.tonnage_kg
    return tuple(  # each lift's week evolved from its first spelling's item (no import of logs)
        attrs.evolve(
            first,
            exercise=name,
            sets=sets,
            best_e1rm_kg=e1 if e1 is None or top is None else max(e1, top),  # never below a load lifted
            top_kg=top,
            tonnage_kg=round(tonnage, 2),
        )
        for (_, name), (sets, e1, top, tonnage, first) in sorted(merged.items(), key=lambda kv: kv[0])
    )


def _label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


class _WeekLoad(NamedTuple):
    monday: date
    hamstring: float
    nordic: float
    sprint: float


class _Flags(NamedTuple):
    nordic: bool
    """Eccentric-only knee flexion."""
    running: bool
    hamstring: bool
    """Sets that count toward hamstring volume (a positive set credit)."""


_NO_FLAGS = _Flags(False, False, False)


def _r(value: float) -> float:
    return round(value, 2)


class Trends:
    """Week by week, in order: the trend facts of each week of a log.

    Args:
        classify: name -> catalog resolution (the checker's cached one).
        progress: the log's best e1RM and top set per exercise and ISO week (``None``: no loads).
        unit: ``kg`` or ``lb``, for the numbers shown in messages.
    """

    def __init__(
        self,
        classify: Callable[[str], Resolution],
        progress: Iterable[ExerciseWeek] = (),
        unit: str = "kg",
    ) -> None:
        self._classify = classify
        self._resolved: dict[str, Resolution] = {}
        self._flags: dict[str, _Flags] = {}
        self.unit = unit
        self.factor = 1.0 if unit == "kg" else 1 / 0.45359237
        self.history: list[_WeekLoad] = []
        self.by_week: dict[str, list[ExerciseWeek]] = {}
        for item in progress:
            self.by_week.setdefault(item.week, []).append(item)
        self.hinges = self._hinges()
        self.blocks: dict[str, list[tuple[date, float]]] = {}
        """Each hinge's weeks of its current block (Monday, best e1RM), in time order."""
        self.worked: list[date] = []
        """The Mondays of the weeks so far with hamstring work, in order."""
        self.last_top: dict[str, tuple[date, float]] = {}

    def classify(self, name: str) -> Resolution:
        res = self._resolved.get(name)
        if res is None:
            res = self._resolved[name] = self._classify(name)
        return res

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
        self, label: str, sessions: Sequence[Session], hamstring_sets: float, as_of: date | None = None
    ) -> dict[str, object]:
        """The trend facts of the next week of the log (weeks must come in time order); for the
        last week, ``as_of`` also says how long the log has been without hamstring work."""
        monday = iso_monday(label)
        facts = dict(EMPTY_FACTS)
        if monday is None:
            return facts
        nordic = sprint = 0.0
        flags = self.flags
        for session in sessions:
            for entry in session.entries:
                is_nordic, running, _ = flags(entry.exercise)
                if is_nordic:
                    nordic += entry.sets
                if running:
                    sprint += entry.sets
        load = _WeekLoad(monday, hamstring_sets, nordic, sprint)
        facts.update(nordic_sets=nordic, sprint_sets=sprint)
        facts.update(self._spikes(load))
        facts.update(self._gap(load))
        facts.update(self._progress(label, monday))
        self.history.append(load)
        if hamstring_sets > 0:
            self.worked.append(monday)
        if as_of is not None:
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

    def _baseline(self, monday: date) -> list[_WeekLoad] | None:
        """The weeks a week's load is compared with, latest first, when the log covers the
        previous ``BASELINE_WEEKS`` calendar weeks: the latest ``BASELINE_WEEKS`` weeks with
        training among the previous ``BASELINE_WINDOW`` (a missed week - a holiday, an illness,
        or the off weeks of someone who trains every other week - is not the norm a week is
        measured by: 12, 12, 12, off, 13 is no spike), at least ``BASELINE_MIN_TRAINED`` of
        them; with fewer, the previous ``BASELINE_WEEKS`` calendar weeks, a missing one as zero
        (a return after a gap is HR031's)."""
        history = self.history
        if not history or history[0].monday > monday - timedelta(weeks=BASELINE_WEEKS):
            return None
        start = monday - timedelta(weeks=BASELINE_WINDOW)
        trained = [
            w
            for w in reversed(history[-BASELINE_WINDOW:])
            if w.monday >= start and (w.hamstring > 0 or w.nordic > 0 or w.sprint > 0)
        ]
        if len(trained) >= BASELINE_MIN_TRAINED:
            return trained[:BASELINE_WEEKS]
        by_monday = {w.monday: w for w in history[-BASELINE_WEEKS:]}
        calendar = [monday - timedelta(weeks=back) for back in range(1, BASELINE_WEEKS + 1)]
        return [by_monday.get(day, _WeekLoad(day, 0.0, 0.0, 0.0)) for day in calendar]

    def _spikes(self, load: _WeekLoad) -> dict[str, object]:
        base = self._baseline(load.monday)
        if base is None:
            return {}
        out: dict[str, object] = {}
        for name, value, mean in (
            ("hamstring", load.hamstring, sum(w.hamstring for w in base) / len(base)),
            ("nordic", load.nordic, sum(w.nordic for w in base) / len(base)),
            ("sprint", load.sprint, sum(w.sprint for w in base) / len(base)),
        ):
            out[f"{name}_baseline"] = _r(mean)
            out[f"{name}_increase"] = _r(value - mean)
            out[f"{name}_rise"] = _r(value - getattr(base[0], name))  # base[0]: the latest baseline week
            out[f"{name}_spike_ratio"] = _r(value / mean) if mean > 0 else None
        return out

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
        stalls: list[tuple[int, float, str, int, float]] = []
        for item in items:
            if item.exercise not in self.hinges or item.best_e1rm_kg is None:
                continue
            block = self.blocks.setdefault(item.exercise, [])
            if block and (monday - block[-1][0]).days // 7 - 1 >= STALL_BREAK_WEEKS:
                block.clear()  # back after a break: a new block, measured against itself
            block.append((monday, item.best_e1rm_kg))
            start = monday - timedelta(weeks=STALL_WINDOW_WEEKS - 1)
            while block[0][0] < start:
                del block[0]
            best = max(e1 for _, e1 in block)
            at = next(i for i, (_, e1) in enumerate(block) if e1 == best)  # its first week
            stalls.append((item.sets, item.best_e1rm_kg, item.exercise, len(block) - 1 - at, best))
        if stalls:  # this week's main hinge: the heaviest, then the most sets, then the name
            # (the heaviest: a good morning with a set more, progressing, hid a stalled heavy RDL)
            stalls.sort(key=lambda s: (-s[1], -s[0], s[2]))
            _, _, name, since, best = stalls[0]
            # the other hinges flat for 2+ weeks are named too (heuristic: one flat week is noise)
            others = [f"{n} {k} weeks (best {self._kg(b)})" for _, _, n, k, b in stalls[1:] if k >= 2]
            out.update(
                main_hinge=name,
                main_hinge_weeks_without_progress=since,
                main_hinge_best_e1rm=self._kg(best),
                other_flat_hinges_text=f"; also flat: {', '.join(others)}" if others else "",
            )
        jumps: list[tuple[float, str, float, float]] = []
        for item in items:
            if item.top_kg is None:
                continue
            if not self.flags(item.exercise).hamstring:
                continue
            previous = self.last_top.get(item.exercise)
            if previous is not None and previous[1] > 0:
                weeks_back = (monday - previous[0]).days // 7
                if weeks_back <= JUMP_LOOKBACK and item.top_kg - previous[1] > MIN_LOAD_STEP_KG + 1e-9:
                    jumps.append((item.top_kg / previous[1], item.exercise, previous[1], item.top_kg))
            self.last_top[item.exercise] = (monday, item.top_kg)
        if jumps:
            ratio, name, before, after = max(jumps)  # the text of the largest only
            text = f"{name} {self._kg(before)} -> {self._kg(after)}"
            out.update(load_jump_ratio=_r(ratio), load_jump_text=text)
        return out
