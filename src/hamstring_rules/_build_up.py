"""Build-ups: a dose whose exercise is new to the athlete starts low and builds over weeks by a
published protocol (``data/plans.toml`` [[build_up]], keyed on the rule that prescribes the dose:
P005's Nordic, Petersen 2011 Table 1). :func:`~hamstring_rules.plan` plans its weeks; every
other path that brings such an exercise into a program - a fix that adds it (HR013), a fix that
swaps it in (HR010's substitute, ``fix(exclude=)``'s) - starts it at the first step through
:func:`brought_in_start`, and :func:`~hamstring_rules.substitute` says so when it lists one.
Below all three, so none imports another for it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "brought_in_start",
    "build_step",
    "build_up_of",
    "build_up_start",
    "builds",
    "step_reps",
    "steps_text",
]


def build_up_of(rec: Any) -> Mapping[str, Any] | None:
    """The shipped build-up of a recommendation's dose (``data/plans.toml`` [[build_up]], keyed on
    its prescribing rule), or ``None`` when its dose has none."""
    from ._data import builtin_data

    for item in builtin_data()["plans.toml"].get("build_up", []):
        if builds(item, rec):
            return dict(item)
    return None


def builds(build: Mapping[str, Any], rec: Any) -> bool:
    """Whether a recommendation's dose is the one ``build`` builds up (its prescribing rule)."""
    return rec is not None and build["rule"] in rec.prescription.rules


def build_step(build: Mapping[str, Any], week: int) -> Mapping[str, Any]:
    """The build-up's dose for week ``week`` (0-based): its weeks, then hold, then maintenance."""
    steps: list[Mapping[str, Any]] = build["weeks"]
    if week < len(steps):
        return steps[week]
    held: Mapping[str, Any] = build["hold"] if week < int(build["hold_until_week"]) else build["maintenance"]
    return held


def step_reps(step: Mapping[str, Any]) -> tuple[int, int]:
    """A build-up step's reps as an entry's range: "12-10-8" is a set's reps each (Petersen's
    pyramid), which an entry spans, fewest to most."""
    said = [int(n) for n in re.findall(r"\d+", str(step["reps"]))] or [1]
    return min(said), max(said)


def steps_text(build: Mapping[str, Any]) -> str:
    """The build-up in words: each week's sessions and dose, the hold, the maintenance."""

    def dose(step: Mapping[str, Any]) -> str:
        n = int(step["sessions"])
        return f"{n} session{'s' if n != 1 else ''} of {step['sets']} x {step['reps']}"

    steps: list[Mapping[str, Any]] = build["weeks"]
    parts = [f"week {i + 1}: {dose(step)}" for i, step in enumerate(steps)]
    until = int(build["hold_until_week"])
    if until > len(steps):
        first = len(steps) + 1
        span = f"week {first}" if first == until else f"weeks {first}-{until}"
        parts.append(f"{span}: {dose(build['hold'])}")
    parts.append(f"then {dose(build['maintenance'])} a week (maintenance)")
    return "; ".join(parts)


def build_up_start(rec: Any) -> tuple[int, tuple[int, int], str] | None:
    """Where an exercise new to the athlete starts when its dose is built up (a plan's week 1:
    the first step of the build-up keyed on its prescribing rule, P005's Nordic at one session
    of 2 x 5, Petersen 2011 Table 1): its sets, its reps (low, high) and the PL016 note saying
    how the build-up goes on; ``None`` when the dose has none. What :func:`~hamstring_rules.plan`
    plans in week 1, and what a fix that brings the exercise into a program (one repeating week)
    writes when the athlete is new to it (:func:`brought_in_start`), the rest of the build-up
    left to the user (review25 R13)."""
    build = build_up_of(rec)
    if build is None:
        return None
    step = build_step(build, 0)
    reps = step_reps(step)
    from ._data import builtin_data
    from ._engine import render_template

    spec = builtin_data()["plans.toml"]["note"]["PL016"]  # the plan's own note, as plan() words it
    values = {"exercise": rec.exercise.name, "protocol": build["protocol"], "steps": steps_text(build)}
    return int(step["sets"]), reps, render_template(spec["message"], values)


def brought_in_start(rec: Any, held: Iterable[Any]) -> tuple[int, tuple[int, int], str] | None:
    """Where an exercise brought into a program - added, or swapped in for another - starts:
    :func:`build_up_start` when its dose is built up and the athlete is new to it, ``None`` when
    the goal's prescription applies as it stands. ``held`` are the recommendations (``None`` for
    an exercise the goal does not rank) of what the athlete already does around it, the entry it
    replaces included: when one of them is dosed by the same build-up (an assisted Nordic swapped
    for the full Nordic), the athlete is not new to the work - as HR030-nordic-start counts every
    eccentric-only knee flexion - and the build-up does not start again. The one decision every
    path that brings an exercise into a program makes (the fixers, :func:`substitute`'s note)."""
    build = build_up_of(rec)
    if build is None or any(other is not None and builds(build, other) for other in held):
        return None
    return build_up_start(rec)
