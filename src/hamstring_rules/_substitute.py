"""``substitute()``: swap an exercise for one that trains the same thing, and say what differs.

Similarity is a weighted match of joint-action profiles (heuristic weights, documented in
:data:`WEIGHTS`): the primary action matters most, then what the knee does and which hamstring
region is biased, then length, hip flexion and the rest. With a goal, exercises that goal's
rules exclude are left out and the goal's score breaks ties.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, SupportsIndex, overload

import attrs

from ._recommend import (
    Exclusion,
    Exclusions,
    _schema_version,
    check_equipment,
    excluded_groups,
    exclusion_notes,
    recommend,
    resolve_sources,
)
from .catalog import Catalog
from .emitters import OneLineRepr, Rendered
from .errors import InputLimitError, RequestError, UnknownExerciseError, shown
from .exercises import ATTRIBUTES, Equipment, Exercise, JointAction, KneeBehaviour, Level, order_of
from .rules import Goal, Role, RuleSet

__all__ = ["WEIGHTS", "Substitution", "SubstitutionResult", "substitute"]

#: Points for each attribute two exercises share (heuristic weights; similarity = points / total),
#: declared with each attribute on :class:`~hamstring_rules.Exercise` (``similarity=``).
WEIGHTS: Mapping[str, int] = {name: a.similarity for name, a in ATTRIBUTES.items() if a.similarity}
_KNEE_GROUP = {
    KneeBehaviour.STRAIGHT: "straight",
    KneeBehaviour.SOFT_FIXED: "straight",
    KneeBehaviour.FLEXING: "flexing",
    KneeBehaviour.BENT_FIXED: "bent",
    KneeBehaviour.BENDING: "bending",
}
_LEVEL = order_of(Level)
#: The default ``min_similarity``, and the stricter one for a hypertrophy goal: a substitute there
#: must keep most of the profile (the stretch, the joint action) that made the original grow the
#: muscle (review 2026-11 B10: "raise min_similarity for hypertrophy goals to 0.75"; heuristic).
MIN_SIMILARITY = 0.5
MIN_SIMILARITY_HYPERTROPHY = 0.75
#: How much less similar a substitute that fills the original's goal role may be and still rank
#: above one that does not (heuristic): about the weight of one minor attribute (kind 5/115, the
#: hip-flexion band 4/115, laterality or start position 2/115), never a joint action, knee,
#: region or length difference. A finisher stays a finisher before a near-copy with no role.
ROLE_MARGIN = 0.05
#: The attributes whose differences a substitution lists, in order (``shown=`` on the declaration).
_SHOWN = tuple(sorted((name for name, a in ATTRIBUTES.items() if a.shown), key=lambda n: ATTRIBUTES[n].shown))
_TOTAL = sum(WEIGHTS.values())


def _similarity(a: Exercise, b: Exercise) -> float:
    points = 0
    for attr, weight in WEIGHTS.items():
        if attr == "knee":
            same = _KNEE_GROUP[a.knee] == _KNEE_GROUP[b.knee]
        else:
            same = getattr(a, attr) == getattr(b, attr)
        if same:
            points += weight
    return round(points / _TOTAL, 3)


def _differences(original: Exercise, other: Exercise) -> tuple[str, ...]:
    out = []
    if original.modality is not other.modality:  # another kind of work: said first
        out.append(f"modality: {other.modality.value} (was {original.modality.value})")
    for attr in _SHOWN:
        was, now = getattr(original, attr), getattr(other, attr)
        if was != now:
            if isinstance(was, bool):
                now, was = ("yes" if now else "no"), ("yes" if was else "no")
            out.append(f"{attr.replace('_', ' ')}: {now} (was {was})")
    if original.equipment != other.equipment:
        now_eq = ", ".join(sorted(e.value for e in other.equipment)) or "none"
        was_eq = ", ".join(sorted(e.value for e in original.equipment)) or "none"
        out.append(f"equipment: {now_eq} (was {was_eq})")
    return tuple(out)


@attrs.frozen(repr=False)
class Substitution(OneLineRepr):
    """One replacement: how similar it is (0-1), what differs, and its score for the goal."""

    rank: int
    exercise: Exercise
    similarity: float
    differences: tuple[str, ...]
    goal_score: float | None = None
    role: str | None = None
    """The goal role the substitute fills in the goal's ranking (``nordic``...), if any."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "id": self.exercise.id,
            "name": self.exercise.name,
            "similarity": self.similarity,
            "differences": list(self.differences),
            "goal_score": self.goal_score,
            "role": self.role,
        }


@attrs.frozen(repr=False)
class SubstitutionResult(Rendered):
    """Ranked replacements for one exercise, and what was left out and why."""

    original: Exercise
    goal: str | None
    substitutions: tuple[Substitution, ...]
    excluded: Exclusions = attrs.field(converter=Exclusions)
    notes: tuple[str, ...] = ()
    """What the list cannot give: e.g. no substitute fills the goal role the original fills."""
    role: str | None = None
    """The goal role the original fills in the goal's ranking, if any."""
    stage: int | None = None
    """The goal's stage whose rules chose the substitutes (rehab 1-4), if the goal is staged."""
    stage_assumed: bool = False
    """No stage was given: the goal's default (the most conservative stage) was used."""
    stage_requested: int | None = None
    """The stage asked for (or assumed) before any pain step-back; ``stage`` is the one used."""
    stepped_back: bool = False
    """Pain above the goal's limit moved the stage back one (as :func:`recommend` does)."""

    def __iter__(self) -> Iterator[Substitution]:
        return iter(self.substitutions)

    def __len__(self) -> int:
        return len(self.substitutions)

    @overload
    def __getitem__(self, index: SupportsIndex) -> Substitution: ...
    @overload
    def __getitem__(self, index: slice) -> SubstitutionResult: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Substitution | SubstitutionResult:
        """One substitute by position; a slice keeps the type (and the exclusions)."""
        if isinstance(index, slice):
            return attrs.evolve(self, substitutions=self.substitutions[index])
        return self.substitutions[index]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(s.exercise.id for s in self.substitutions)

    def to_records(self) -> list[dict[str, Any]]:
        return [s.to_dict() for s in self.substitutions]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": _schema_version(),
            "original": self.original.id,
            "goal": self.goal,
            "stage": self.stage,
            "stage_assumed": self.stage_assumed,
            "stage_requested": self.stage_requested,
            "stepped_back": self.stepped_back,
            "role": self.role,
            "substitutions": self.to_records(),
            "excluded": [e.to_dict() for e in self.excluded],
            "notes": list(self.notes),
        }

    def to_pandas(self) -> Any:
        """One row per substitute, indexed by rank: similarity, goal score, the number and text
        of the differences, action, knee, region, equipment (needs the ``pandas`` extra)."""
        from ._frames import substitutions

        return substitutions(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        from .emitters import json as json_emitter

        return json_emitter.render(self, indent=indent)


def substitute(
    exercise: str | Exercise,
    *,
    goal: str | None = None,
    stage: int | None = None,
    pain: float | None = None,
    pain_24h: float | None = None,
    equipment: Iterable[str | Equipment] | None = None,
    exclude: Iterable[str | Exercise] | None = None,
    limits: Mapping[str, str] | None = None,
    limit: int | None = 5,
    min_similarity: float | None = None,
    catalog: Catalog | None = None,
    rules: RuleSet | None = None,
) -> SubstitutionResult:
    """Rank replacements with the same joint-action profile; say what differs.

    Args:
        exercise: any name the resolver knows, or an :class:`Exercise`.
        goal: leave out what this goal's rules exclude; its score breaks ties.
        stage / pain / pain_24h: as :func:`recommend`: the goal's stage whose rules apply
            (rehab 1-4; without it stage 1, the most conservative, is assumed and the result
            says so: ``stage_assumed``, a note, the title), and pain above the goal's limit
            steps back a stage (``stepped_back``).
        equipment: only exercises needing nothing else (``["dumbbell"]`` when there is no barbell).
        exclude: exercises to leave out, by any name, with their variants (as :func:`recommend`;
            ``None``: none).
        limits: upper bounds on low/moderate/high attributes, e.g. ``{"spinal_load": "moderate"}``
            when the lower back is tired.
        limit: the best N (``None`` for all).
        min_similarity: leave out candidates less similar than this (0-1). Default 0.5 (below
            about half the profile differs and the exercise no longer trains the same thing), and
            0.75 for a hypertrophy goal (review 2026-11 B10; heuristic).

    With a goal, each substitute says which of the goal's roles it fills (``role``), a substitute
    that fills the original's role ranks first when it is at most ``ROLE_MARGIN`` (0.05,
    heuristic) less similar than one that does not (a note says so), and when none of the
    substitutes fills it the result's ``notes`` say so, with the role's evidence: nothing listed
    replaces a Nordic for strain prevention (van Dyk 2019) unless it is itself a Nordic.

    A substitute of another kind of work (``modality``: a jump for a lunge) comes after every one
    of the original's kind, and says so in its differences. When the goal excludes the original
    at this stage and nothing is ``min_similarity`` alike (default floor only), the result lists
    what the goal ranks for the role the original comes closest to, in the goal's order and one
    of the original's laterality first, with a note (a lunge at rehab stage 2: the standing
    cable hip extension, then the single-leg glute bridge).

    An exercise is never its own substitute.
    """
    catalog, rules = resolve_sources(catalog, rules)
    try:
        original = catalog.resolve(exercise)
    except UnknownExerciseError as exc:
        exc.location = exc.location or "exercise"
        placed = catalog.classify(exercise, suggest=False) if isinstance(exercise, str) else None
        if placed is not None and placed.status == "out_of_scope" and not exc.suggestion:
            # a known movement the catalog leaves out ('Bench press'): say so, not only 'unknown'
            exc.suggestion = f"out of scope: {placed.reason}; substitutes are found for hamstring exercises"
        raise
    except InputLimitError as exc:  # a name over the length limit: the argument it came from
        exc.location = "exercise"
        raise
    have = check_equipment(equipment)
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise RequestError(
            f"invalid limit {shown(limit)}", location="limit", suggestion="a positive integer or None"
        )
    if min_similarity is not None and (
        isinstance(min_similarity, bool)
        or not isinstance(min_similarity, int | float)
        or not (0 <= min_similarity <= 1)
    ):
        raise RequestError(
            f"invalid min_similarity {shown(min_similarity)}",
            location="min_similarity",
            suggestion="a number from 0 to 1",
        )
    bounds: dict[str, int] = {}
    if limits is not None and not isinstance(limits, Mapping):
        raise RequestError(f"limits must be a mapping, got {type(limits).__name__}", location="limits")
    for attr, value in (limits or {}).items():
        if not isinstance(attr, str) or attr not in (
            "spinal_load",
            "systemic_fatigue",
            "grip_demand",
            "tendon_compression",
        ):
            raise RequestError(
                f"unknown limit {shown(attr)}",
                location=f"limits.{attr}",
                suggestion="spinal_load, systemic_fatigue, grip_demand or tendon_compression",
            )
        order = _LEVEL
        if not isinstance(value, str) or value not in order:
            raise RequestError(
                f"invalid value {shown(value)}", location=f"limits.{attr}", suggestion="low, moderate or high"
            )
        bounds[attr] = order[value]
    groups = excluded_groups(catalog, exclude)
    asked_by = {i: said for said, ids in reversed(groups) for i in ids}  # the first name that asked
    unwanted = set(asked_by)
    goal_scores: dict[str, float] = {}
    #: what a staged goal's rules hold against a substitute at its stage (rehab stage 2: the
    #: flywheel curl's eccentric overload); other goals' penalties only grade (an assisted Nordic)
    penalties: dict[str, tuple[str, ...]] = {}
    roles: dict[str, str | None] = {}
    excluded: list[Exclusion] = []
    goal_id = None
    hypertrophy = False
    role_names: dict[str, Role] = {}
    staged: dict[str, Any] = {}
    recs: dict[str, Any] = {}  # exercise id -> the goal's recommendation (its dose)
    if goal is None and (stage is not None or pain is not None or pain_24h is not None):
        asked: tuple[tuple[str, object], ...] = (("stage", stage), ("pain", pain), ("pain_24h", pain_24h))
        given, got = next((k, v) for k, v in asked if v is not None)
        raise RequestError(
            f"{given} without a goal: {shown(got)}",
            location=given,
            suggestion="give goal= as well (--goal on the command line): the goal whose stages and pain "
            "limit apply, such as 'rehab'",
        )
    goal_obj: Goal | None = None
    ranked_order: list[Exercise] = []
    original_exclusion: Exclusion | None = None
    if goal is not None:
        ranked = recommend(goal, stage=stage, pain=pain, pain_24h=pain_24h, catalog=catalog, rules=rules)
        staged = {
            "stage": ranked.stage,
            "stage_assumed": ranked.stage_assumed,
            "stage_requested": ranked.stage_requested,
            "stepped_back": ranked.stepped_back,
        }
        goal_id, hypertrophy = ranked.goal.id, ranked.goal.hypertrophy
        goal_obj = ranked.goal
        role_names = {r.id: r for r in ranked.goal.roles}
        where = f"{ranked.goal.name}{f' stage {ranked.stage}' if ranked.stage is not None else ''}"
        for r in ranked:
            recs.setdefault(r.exercise.id, r)
            goal_scores[r.exercise.id] = r.score
            roles[r.exercise.id] = r.role
            if ranked.goal.staged:  # a staged goal's penalties say what the stage is not ready for
                penalties[r.exercise.id] = tuple(
                    f"penalised for {where}: {rule.symbol} ({rule.effect.score:+g})"
                    for rule in r.rules
                    if rule.effect.kind == "score" and rule.effect.score < 0
                )
        ranked_order = [r.exercise for r in ranked]
        original_exclusion = next((e for e in ranked.excluded if e.exercise.id == original.id), None)
        excluded.extend(e for e in ranked.excluded if e.exercise.id != original.id)
    floor_given = min_similarity is not None
    if min_similarity is None:
        min_similarity = MIN_SIMILARITY_HYPERTROPHY if hypertrophy else MIN_SIMILARITY
    own_role = roles.get(original.id)
    candidates = []
    for other in catalog:
        if other.id == original.id:
            continue
        if other.id in unwanted:
            reason = f"Excluded by request (exclude={shown(asked_by[other.id])})."
            excluded.append(Exclusion(other, "request", reason, "your request"))
            continue
        if have is not None and not {e.value for e in other.equipment} <= have:
            excluded.append(Exclusion(other, "equipment", "Needs equipment you do not have.", "your request"))
            continue
        over = [a for a, top in bounds.items() if _LEVEL[getattr(other, a).value] > top]
        if over:
            excluded.append(
                Exclusion(other, "limits", f"{over[0].replace('_', ' ')} above the limit.", "your request")
            )
            continue
        if goal is not None and other.id not in goal_scores:
            continue
        candidates.append(other)

    def fills_role(c: Exercise) -> bool:
        return own_role is not None and roles.get(c.id) == own_role

    # a substitute filling the original's goal role ranks first within ROLE_MARGIN of similarity
    # (the previous order put it first only at exactly equal similarity)
    # and one a staged goal's rules penalise comes after every one they do not: the most similar
    # swap for a seated curl at rehab stage 2 was the flywheel curl, eccentric overload (RH028)
    scored = []
    for c in candidates:
        differences = (
            penalties.get(c.id, ()) + _role_difference(own_role, roles.get(c.id)) + _differences(original, c)
        )
        scored.append((_shown_similarity(_similarity(original, c), differences), differences, c))
    # and one of another kind of work (modality: a jump, a run, a stretch, an Olympic lift is a
    # class of its own, as the week's counts have it) after every one of the original's: the
    # profile weights do not read the modality, and a jump squat passed for a lunge (0.9)
    scored.sort(
        key=lambda t: (
            t[2].modality is not original.modality,
            bool(penalties.get(t[2].id)),
            -round(t[0] + (ROLE_MARGIN if fills_role(t[2]) else 0.0), 6),
            not fills_role(t[2]),
            -(goal_scores.get(t[2].id) or 0.0),
            t[2].tiebreak,
        )
    )
    below = scored
    scored = [t for t in scored if t[0] >= min_similarity]
    fallback: str | None = None
    if not scored and not floor_given and original_exclusion is not None and goal_obj is not None:
        # The goal excludes the original at this stage and nothing left is alike enough: what the
        # stage puts in its place is what it ranks for the role the original comes closest to (a
        # lunge at rehab stage 2: hip extension with the hip near neutral, one leg at a time
        # first), in the goal's order, below the similarity floor and said so - not nothing, so
        # a fix can swap it.
        allowed = [ex for ex in ranked_order if ex.id in {t[2].id for t in below}]
        found = _nearest_role_pick(original, allowed, roles)
        if found is not None:
            fallback = found[2]
            place = {ex.id: k for k, ex in enumerate(allowed)}
            members = [t for t in below if roles.get(t[2].id) == fallback]
            scored = sorted(
                members, key=lambda t: (t[2].laterality is not original.laterality, place[t[2].id])
            )
    if limit is not None:
        scored = scored[:limit]
    subs = tuple(
        Substitution(rank, c, sim, differences, goal_scores.get(c.id), roles.get(c.id))
        for rank, (sim, differences, c) in enumerate(scored, start=1)
    )
    notes: tuple[str, ...] = ()
    promoted = [
        f"{sub.exercise.name} ({sub.similarity:.2f}) before "
        + ", ".join(f"{o.exercise.name} ({o.similarity:.2f})" for o in passed)
        for k, sub in enumerate(subs)
        if fills_role(sub.exercise)
        for passed in [
            [
                o
                for o in subs[k + 1 :]
                if not fills_role(o.exercise)
                and o.similarity > sub.similarity
                and o.exercise.modality is sub.exercise.modality
            ]
        ]
        if passed
    ]
    if promoted:
        role = role_names.get(own_role or "")
        role_text = role.name if role is not None else own_role
        notes += (
            f"Listed before more similar substitutes, as they fill the {role_text} role "
            f"{original.name} fills for this goal: {'; '.join(promoted)} (a substitute that fills "
            f"the role comes first within {ROLE_MARGIN:.2f} similarity: heuristic).",
        )
    if staged.get("stage_assumed"):
        notes += (
            f"No stage given: stage {staged['stage']} is assumed (the most conservative), and the "
            "substitutes follow its rules; give stage= when you know it (as recommend() does).",
        )
    if staged.get("stepped_back"):
        notes += (
            f"Pain above the goal's limit: stage {staged['stage']} rules, one stage back from "
            f"stage {staged['stage_requested']} (as recommend() does).",
        )
    elif goal_obj is not None:  # pain above the limit with no stage to step back to: said, as plan's PL014
        pain_limit = goal_obj.pain_limit
        worst = goal_obj.pain_over_limit(pain, pain_24h)
        if worst is not None:
            where = (
                f"the first stage of {goal_obj.name}" if goal_obj.staged else f"{goal_obj.name} has no stages"
            )
            notes += (
                f"Pain {worst:g}/10 is above the limit of {pain_limit:g}/10, with no stage to step back to "
                f"({where}): a substitute does not make loading safe - reduce load, range or volume "
                "until pain is at or below the limit and settled by the next morning.",
            )
    if original_exclusion is not None and goal_obj is not None:
        notes += (_excluded_original_note(original, original_exclusion, goal_obj, ranked_order, roles),)
    if fallback is not None:
        role = role_names.get(fallback)
        notes += (
            f"No substitute is {min_similarity:.2f} similar or more: listed below that floor, in the "
            f"goal's order (one of {original.name}'s laterality first), is what it ranks for the "
            f"{role.name if role is not None else fallback} role {original.name} comes closest to.",
        )
    if not subs and fallback is None and original_exclusion is None:  # an empty list says why, as
        # recommend()'s ranking does (an original the goal excludes has its own note, above)
        if below:
            sim, _, closest = below[0]
            notes += (
                f"No substitute is {min_similarity:g} similar or more: the closest is {closest.name} "
                f"({sim:.3f}); a lower min_similarity lists it.",
            )
        else:
            notes += (
                "No exercise is left to compare: the equipment, exclusions or the goal's rules leave "
                "out every one (see excluded).",
            )
    notes += _build_up_notes(original, subs, recs)
    if own_role is not None and not any(s.role == own_role for s in subs):
        role = role_names.get(own_role)
        name = role.name if role is not None else own_role
        why = f": {role.description} [{role.source}]" if role is not None and role.description else "."
        notes += (
            f"No substitute listed fills the {name} role that {original.name} fills for this goal{why}",
        )
    return SubstitutionResult(
        original,
        goal_id,
        subs,
        tuple(sorted(excluded, key=lambda e: e.exercise.id)),
        notes=notes + exclusion_notes(catalog, groups),  # what each exclude= name left out
        role=own_role,
        **staged,
    )


def _build_up_notes(
    original: Exercise, subs: Sequence[Substitution], recs: Mapping[str, Any]
) -> tuple[str, ...]:
    """For the substitutes the goal doses with a build-up the original is not dosed by (a Nordic
    for a glute-ham raise, strain prevention's P005): where to start, as a fix that swaps one in
    writes it (``_build_up.brought_in_start``) - not at the goal's full dose, which the list
    does not show. One note per build-up, naming its substitutes."""
    from ._build_up import brought_in_start, build_up_of, steps_text

    held = [recs.get(original.id)]
    starts: dict[str, tuple[list[str], int, tuple[int, int], Mapping[str, Any]]] = {}
    for sub in subs:
        rec = recs.get(sub.exercise.id)
        start = None if rec is None else brought_in_start(rec, held)
        build = None if start is None else build_up_of(rec)
        if start is not None and build is not None:
            found = starts.setdefault(str(build["rule"]), ([], start[0], start[1], build))
            found[0].append(f"{sub.exercise.name} (#{sub.rank})")
    out = []
    for names, sets, (low, high), build in starts.values():
        reps = f"{low}" if low == high else f"{low}-{high}"
        out.append(
            f"New to {' or '.join(names)}? Start at {sets} x {reps}, the first step of "
            f"{build['protocol']}, not the goal's full dose (PL016): {steps_text(build)}."
        )
    return tuple(out)


#: Joint actions a hamstring exercise's role can stand in for (squats included: the goal's
#: main two-legged lift replaces a squat in a hamstring week).
_HIP_OR_KNEE = frozenset({JointAction.HIP_EXTENSION, JointAction.KNEE_FLEXION, JointAction.KNEE_EXTENSION})


def _excluded_original_note(
    original: Exercise,
    exclusion: Exclusion,
    goal: Goal,
    ranked: Sequence[Exercise],
    roles: Mapping[str, str | None],
) -> str:
    """What to say when the goal's own rules exclude the exercise asked about: why, and what
    the goal picks instead for the role the original comes closest to - the role of the ranked
    exercise with a role most similar to it, among those of its kind (compound or isolation)
    and laterality when there are any (a hip thrust, a compound two-legged lift, is closest to
    the heavy hinge, not to a single-leg bridge), else of its laterality (a lunge, where the
    stage ranks no one-leg compound, is closest to a one-leg hip extension, not to a rack
    pull); the pick is the goal's first-ranked exercise of that role."""
    reason = exclusion.reason if exclusion.reason.endswith(".") else exclusion.reason + "."
    text = f"{original.name} is excluded for {goal.name} ({exclusion.rule}): {reason}"
    if original.primary_action not in _HIP_OR_KNEE:  # a calf raise fills no hamstring role
        return text + " No hamstring exercise replaces it: keep it, if you want it, for what it trains."
    if not ranked:
        return text + " The goal ranks nothing instead."
    found = _nearest_role_pick(original, ranked, roles)
    if found is None:
        return text + f" The ranked exercise closest to it is {_nearest(original, ranked, roles).name}."
    nearest, pick, role_id = found
    role = next((r for r in goal.roles if r.id == role_id), None)
    role_name = role.name if role is not None else role_id
    also = "" if pick.id == nearest.id else f" (closest to {original.name}: {nearest.name})"
    return text + f" For the {role_name} role, the goal picks {pick.name}{also}."


def _nearest(original: Exercise, ranked: Sequence[Exercise], roles: Mapping[str, str | None]) -> Exercise:
    """The ranked exercise (one with a role when there are any) closest to ``original``: among
    those of its kind (compound or isolation) and laterality when there are any, else of its
    laterality, most similar first (ties: the better ranked)."""
    cast = [ex for ex in ranked if roles.get(ex.id) is not None] or list(ranked)
    alike = [ex for ex in cast if (ex.kind, ex.laterality) == (original.kind, original.laterality)]
    if not alike:  # one leg at a time before two (a lunge's place at rehab stage 2: a one-leg hip
        alike = [ex for ex in cast if ex.laterality == original.laterality]  # extension, no rack pull)
    # max() keeps the first of equals, so ties go to the better ranked
    return max(alike or cast, key=lambda ex: _similarity(original, ex))


def _nearest_role_pick(
    original: Exercise, ranked: Sequence[Exercise], roles: Mapping[str, str | None]
) -> tuple[Exercise, Exercise, str] | None:
    """The ranked exercise nearest ``original`` (:func:`_nearest`), the goal's first-ranked
    exercise of its role, and the role; ``None`` when nothing is ranked, the original is no hip
    or knee exercise, or the nearest has no role."""
    if not ranked or original.primary_action not in _HIP_OR_KNEE:
        return None
    nearest = _nearest(original, ranked, roles)
    role_id = roles.get(nearest.id)
    if role_id is None:
        return None
    pick = next(ex for ex in ranked if roles.get(ex.id) == role_id)
    return nearest, pick, role_id


def _shown_similarity(similarity: float, differences: tuple[str, ...]) -> float:
    """1.0 only for an identical profile: a substitute that shares every weighted attribute but
    differs in a listed one (equipment, spinal load, the goal role) is 0.99, and a ratio that
    would round up to 1.00 is 0.99 (review 2 R12: "similarity 1.00" beside three differences)."""
    if differences or similarity < 1.0:
        return min(similarity, 0.99)
    return similarity


def _role_difference(own: str | None, other: str | None) -> tuple[str, ...]:
    """``role: none (was nordic)`` when a substitute does not fill the original's goal role."""
    if own is None or own == other:
        return ()
    return (f"role: {other or 'none'} (was {own})",)
