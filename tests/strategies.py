"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from hypothesis import strategies as st

import hamstring_rules as hr

_slug_tail = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=12)


_E = TypeVar("_E", bound=Enum)


def _enum(kind: type[_E]) -> st.SearchStrategy[_E]:
    return st.sampled_from(list(kind))


@st.composite
def exercises(draw: st.DrawFn, prefix: str = "gen_") -> hr.Exercise:
    """Any valid exercise, with an id that cannot clash with the built-in ones."""
    ident = prefix + draw(_slug_tail)
    return hr.Exercise(
        id=ident,
        name=ident.replace("_", " ").title(),
        aliases=(),
        primary_action=draw(_enum(hr.JointAction)),
        secondary_actions=draw(st.frozensets(_enum(hr.JointAction), max_size=2)),
        knee=draw(_enum(hr.KneeBehaviour)),
        hip_flexion=draw(_enum(hr.HipFlexion)),
        hamstring_length=draw(_enum(hr.HamstringLength)),
        region=draw(_enum(hr.Region)),
        region_reason="generated",
        load_position=draw(_enum(hr.LoadPosition)),
        start_position=draw(_enum(hr.StartPosition)),
        laterality=draw(_enum(hr.Laterality)),
        kind=draw(_enum(hr.ExerciseKind)),
        ballistic=draw(st.booleans()),
        isometric=draw(st.booleans()),
        eccentric_only=draw(st.booleans()),
        tendon_compression=draw(_enum(hr.Level)),
        spinal_load=draw(_enum(hr.Level)),
        systemic_fatigue=draw(_enum(hr.Level)),
        grip_demand=draw(_enum(hr.Level)),
        equipment=draw(st.frozensets(_enum(hr.Equipment), max_size=3)),
        article_rank=draw(st.none() | st.integers(min_value=1, max_value=9)),
    )


@st.composite
def catalogs(draw: st.DrawFn, min_size: int = 1, max_size: int = 25) -> hr.Catalog:
    """A catalog of generated exercises with unique ids and names (as the name lookup reads
    them: a catalog refuses two exercises spelled alike)."""
    items = draw(
        st.lists(
            exercises(),
            min_size=min_size,
            max_size=max_size,
            unique_by=(lambda e: e.id, lambda e: hr.normalize_name(e.name)),
        )
    )
    return hr.Catalog(items)


goal_ids = st.sampled_from(
    ["tie_in_hypertrophy", "rehab", "distal_hypertrophy", "strain_prevention", "posterior_chain"]
)


_NAMES = [
    *sorted({n for ex in hr.Catalog.builtin() for n in (ex.name, *ex.aliases)}),
    "Bench Press (Barbell)",
    "Lat Pulldown (Cable)",
    "Plank",
    "Zercher Thing",
    "Romanin dedlfit",
]
_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


@st.composite
def entries(draw: st.DrawFn) -> dict[str, object]:
    """One schema-valid exercise entry of a program file."""
    low = draw(st.integers(1, 30))
    high = draw(st.integers(low, min(100, low + 15)))
    out: dict[str, object] = {
        "exercise": draw(st.sampled_from(_NAMES) | st.text(min_size=1, max_size=30).filter(str.strip)),
        "sets": draw(st.integers(1, 20)),
        "reps": draw(st.sampled_from([low, f"{low}-{high}", [low, high]])),
    }
    if draw(st.booleans()):
        out["tempo"] = "-".join(str(draw(st.integers(0, 6))) for _ in range(4))
    return out


@st.composite
def program_data(draw: st.DrawFn) -> dict[str, object]:
    """A schema-valid program file's data with 1-5 sessions."""
    n = draw(st.integers(1, 5))
    names = draw(
        st.lists(st.text(alphabet="ABCDEFGH", min_size=1, max_size=6), min_size=n, max_size=n, unique=True)
    )
    sessions = [
        {
            "name": name,
            "day": draw(st.sampled_from(_DAYS)),
            "exercises": draw(st.lists(entries(), min_size=1, max_size=6)),
        }
        for name in names
    ]
    data: dict[str, object] = {"name": "generated", "sessions": sessions}
    goal = draw(st.none() | goal_ids)
    if goal:
        data["goal"] = goal
        if goal == "rehab" and draw(st.booleans()):
            data["stage"] = draw(st.integers(1, 4))
    return data
