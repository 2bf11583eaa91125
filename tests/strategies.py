"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

import hamstring_rules as hr

_slug_tail = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=12)


def _enum(kind: type) -> st.SearchStrategy[str]:
    return st.sampled_from([m.value for m in kind])


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
    """A catalog of generated exercises with unique ids."""
    items = draw(st.lists(exercises(), min_size=min_size, max_size=max_size, unique_by=lambda e: e.id))
    return hr.Catalog(items)


goal_ids = st.sampled_from(
    ["tie_in_hypertrophy", "rehab", "distal_hypertrophy", "strain_prevention", "posterior_chain"]
)
