"""The fact vocabulary, declared once per scope: what a rule of each scope may read, with each
fact's type and doc, and the extra values its message templates may use.

* exercise attributes and derived exercise facts: declared on :class:`~hamstring_rules.Exercise`
  (``exercises.attribute`` / ``exercises.derived``), collected here;
* request facts (goal, stage, pain...): :data:`REQUEST_FACTS`, built by :func:`request_facts`;
* week and session facts: declared with their computation in ``_week``;
* entry and name facts: the tables below (computed in ``_check``).

:class:`~hamstring_rules.RuleSet` validates every condition and every ``{placeholder}`` against
this vocabulary when it is built; ``hamstring-rules explain --facts [SCOPE]`` prints it.
To add a week or session fact, add one ``WEEK.add(...)`` / ``SESSION.add(...)`` line in
``_week``; an entry or name fact, declare it in its table here and compute it in ``_check``.
The engine needs nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._engine import FactType, Kind, Vocabulary
from ._week import SESSION, WEEK
from .exercises import EXERCISE_FACTS

if TYPE_CHECKING:
    from .rules import Goal

__all__ = [
    "GOAL_VALUES",
    "REQUEST_FACTS",
    "TEMPLATE_VALUES",
    "VOCABULARIES",
    "describe_facts",
    "request_facts",
]


def _number(doc: str) -> FactType:
    return FactType(Kind.NUMBER, doc=doc)


def _bool(doc: str) -> FactType:
    return FactType(Kind.BOOL, doc=doc)


def _text(doc: str) -> FactType:
    return FactType(Kind.STR, doc=doc)


REQUEST_FACTS: Mapping[str, FactType] = {
    "goal": _text("the goal of the call (its id)"),
    "stage": _number("rehab stage 1-4 (absent for unstaged goals)"),
    "pain": _number("pain 0-10 during exercise reported by the user, if given"),
    "pain_24h": _number("pain 0-10 the morning after the last session, if given"),
    "stage_requested": _number("the stage asked for (or assumed), before any pain step-back"),
    "stepped_back": _bool("pain above the goal's limit moved the stage back one"),
    "pain_limit": _number(
        "pain 0-10 above which loading is too much for the goal: its pain_step_back_above (a staged"
        " goal; a rule pack may change it), else 5 (the pain-monitoring model)"
    ),
    "pain_over_limit": _bool(
        "pain during exercise or the next morning (pain, pain_24h) above the goal's pain_limit"
    ),
    "worst_pain": _number("the worse of pain and pain_24h; 0 when neither is given"),
    "hypertrophy_goal": _bool("the goal is a hypertrophy goal"),
    "stage_assumed": _bool("no stage was given and the goal's default was used"),
    "workout_log": _bool("check() of a workout log (what was done; app exports record no tempo)"),
}


def request_facts(
    goal: Goal,
    stage: int | None,
    pain: float | None,
    stage_assumed: bool,
    *,
    stage_requested: int | None = None,
    stepped_back: bool = False,
    pain_24h: float | None = None,
    workout_log: bool = False,
) -> dict[str, object]:
    """The request facts of one call (see :data:`REQUEST_FACTS`). ``stage`` is the stage the
    rules use, after any pain step-back; ``stage_requested`` the one asked for (``stage`` when
    not given)."""
    return {
        "goal": goal.id,
        "stage": stage,
        "stage_requested": stage if stage_requested is None else stage_requested,
        "stepped_back": stepped_back,
        "pain_limit": goal.pain_limit,
        "pain": pain,
        "pain_24h": pain_24h,
        "pain_over_limit": goal.pain_over_limit(pain, pain_24h) is not None,
        "worst_pain": max((p for p in (pain, pain_24h) if p is not None), default=0),
        "hypertrophy_goal": goal.hypertrophy,
        "stage_assumed": stage_assumed,
        "workout_log": workout_log,
    }


#: Declared with their computation in ``_week`` (``WEEK.add`` / ``SESSION.add``).
WEEK_FACTS: Mapping[str, FactType] = WEEK.types()
SESSION_FACTS: Mapping[str, FactType] = SESSION.types()
ENTRY_FACTS: Mapping[str, FactType] = {
    **EXERCISE_FACTS,
    "sets": _number("the entry's sets"),
    "reps_low": _number("the low end of the rep target"),
    "reps_high": _number("the high end of the rep target"),
    "eccentric_s": _number("eccentric seconds from the tempo; 0 when none is given"),
    "has_tempo": _bool("a tempo is given"),
    "tempo_moves": _bool(
        "the tempo's eccentric or concentric phase takes time or is written X (2-0-2-0, 3-1-X-0): the lift"
        " moves; a hold's tempo has only pauses (0-10-0-0)"
    ),
    "rep_s": _number("seconds per repetition: the tempo's four phases added up"),
    "total_reps": _number("the most reps the entry plans: its sets x the high end of its rep target"),
    "position": _number("1-based position in the session"),
    "after_knee_dominant_or_deadlift": _bool("a squat, lunge, press or deadlift came earlier in the session"),
    "after_other_leg_work": _bool(
        "leg work came earlier in the session: a squat, lunge, press, leg extension, curl, Nordic, "
        "deadlift, hip thrust or bridge (not another straight-knee hinge, a hold, power work or a stretch)"
    ),
    "excluded_for_goal": _bool(
        "the goal's ranking rules exclude this exercise for a reason of safety (an exclude rule: HR010),"
        " not only as out of the ranking's scope"
    ),
    "assumed_reading_excluded": _bool(
        'the name says no position and was read with one assumed ("Leg curl": lying), and the same'
        " movement in another position is excluded for the goal (the seated curl at rehab stage 2)"
    ),
    "ranked_down_by_step_back": _bool(
        "a pain step-back's stage penalises this exercise in its ranking, and the stage asked for did not"
    ),
    "heavy": _bool(
        "a heavy set: the low end of the rep target at most heavy_max_reps, and not a warm-up or easy entry"
    ),
    "easy": _bool(
        "a warm-up or easy entry: planned below RPE 6 or more than 4 RIR (logs.EASY_RPE), or called a"
        " warm-up by its name or its note's first words; its sets are no hard sets (not in the week's"
        " tallies)"
    ),
    "to_failure": _bool("taken to failure: RIR 0 or RPE 10"),
    "near_failure": _bool("planned hard: RPE 8 or more, or RIR 2 or less (to failure included)"),
}
NAME_FACTS: Mapping[str, FactType] = {
    "resolution": FactType(Kind.ENUM, ("exercise", "out_of_scope", "unknown"), doc="what the name is"),
    "name": _text("the name as written"),
}

#: Per scope, the facts a rule's condition may read besides the request facts.
VOCABULARIES: Mapping[str, Vocabulary] = {
    scope: Vocabulary(facts, REQUEST_FACTS)
    for scope, facts in {
        "exercise": EXERCISE_FACTS,
        "request": {},
        "week": WEEK_FACTS,
        "session": SESSION_FACTS,
        "entry": ENTRY_FACTS,
        "name": NAME_FACTS,
    }.items()
}

#: Per scope, values a finding's message or suggestion may use besides the scope's facts and
#: the rule's params (computed for the message only; conditions cannot read them).
TEMPLATE_VALUES: Mapping[str, Mapping[str, FactType]] = {
    "exercise": {},
    "request": {},
    "week": WEEK.template_types(),
    "session": SESSION.template_types(),
    "entry": {
        "exercise": _text("the exercise as written in the program"),
        "exercise_name": _text("the catalog's name of the exercise"),
        "tempo_text": _text("'tempo 3-1-1-0', or 'no tempo given'"),
        "exclusion_reason": _text("why the goal's ranking rules exclude the exercise"),
        "assumed_position": _text("the position a name that says none was read in ('lying')"),
        "excluded_reading": _text(
            "the catalog's name of the other reading the goal excludes ('Seated leg curl')"
        ),
        "excluded_reading_reason": _text("why the goal's ranking rules exclude that other reading"),
        "ranked_down_reason": _text("why the stage a pain step-back applied ranks the exercise down"),
        "preceded_by": _text("the earlier squat, lunge, press or deadlift"),
        "leg_work_before": _text("the first leg work earlier in the session (see after_other_leg_work)"),
        "stage": _text("the rehab stage; empty when the goal has none"),
    },
    "name": {
        "count": _number("how often the name appears"),
        "did_you_mean": _text("'did you mean ...?', or how to add the exercise"),
    },
}


#: The request facts an exercise rule's cue or prescription text may use as ``{placeholders}``
#: (``Keep pain at or below {pain_limit}/10``), besides the rule's params: the ones the goal
#: fixes, the same for every request of it - a ranking's decisions are shared by the requests
#: of one pattern, whatever their stage or pain.
GOAL_VALUES: frozenset[str] = frozenset(("goal", "pain_limit", "hypertrophy_goal"))


def template_names(scope: str) -> frozenset[str]:
    """The ``{placeholders}`` a finding or note of ``scope`` may use: the scope's facts and
    template values, and the request facts (``{pain_limit}``, ``{stage}``...); rule params come
    on top."""
    return (
        frozenset(VOCABULARIES[scope].subject) | frozenset(TEMPLATE_VALUES[scope]) | frozenset(REQUEST_FACTS)
    )


def describe_facts(scope: str | None = None) -> str:
    """The vocabulary as text: per scope, each fact with its type and doc."""
    scopes = [scope] if scope is not None else [*VOCABULARIES]
    lines: list[str] = []
    for name in scopes:
        vocab = VOCABULARIES[name]
        lines.append(
            f"{name} facts" + (" (a rule of any scope may read these too)" if name == "request" else "")
        )
        facts = vocab.request if name == "request" else vocab.subject
        for fact, ftype in facts.items():
            lines.append(f"  {fact}: {ftype.describe()}" + (f" - {ftype.doc}" if ftype.doc else ""))
        for fact, ftype in TEMPLATE_VALUES[name].items():
            lines.append(f"  {{{fact}}} (message templates only): {ftype.describe()} - {ftype.doc}")
        lines.append("")
    return "\n".join(lines).rstrip()
