"""exclude= in fix() and check --fix, what a movement's name leaves out, and the public API used
with odd, hostile and borderline arguments (helper api11)."""

from __future__ import annotations

import hamstring_rules as hr
from hamstring_rules._recommend import named_movement, resolve_exclude

_CATALOG = hr.Catalog.builtin()
#: Every spelling of the catalog (names and aliases), sorted: what a user may pass to exclude=.
_SPELLINGS = sorted({s for ex in _CATALOG for s in (ex.name, *ex.aliases)})


# -- what a movement's name leaves out ---------------------------------------------------------


def test_squat_leaves_out_every_squat_and_not_the_movements_that_merely_share_the_word() -> None:
    """``exclude=["Squat"]`` is every squat - back, front, box, goblet, hack, and the pistol, a
    squat on one leg - but not the sissy squat, an isolation of the knee with the hips held
    straight (the squat moves hip and knee together), nor the split squat or the jump squat,
    whose base movements are others."""
    out = resolve_exclude(_CATALOG, ["Squat"])
    squats = {"back_squat", "front_squat", "box_squat", "goblet_squat", "hack_squat", "pistol_squat"}
    assert squats <= out
    assert not {"sissy_squat", "split_squat", "bulgarian_split_squat", "jump_squat", "leg_press"} & out
    # said by its own name, the sissy squat is left out (and the squats stay)
    assert resolve_exclude(_CATALOG, ["Sissy squat"]) == {"sissy_squat"}


def test_a_movement_a_name_says_does_the_movement_of_the_exercise_it_resolves_to() -> None:
    """Over every catalog spelling: each exercise a name's movement takes in does the movement
    of the exercise the name resolves to (the same movement class and kind: compound or
    isolation), and has a spelling the grammar reads as the name's base movement - never a
    movement that only shares a word."""
    from hamstring_rules.names import parse_name

    heads = {ex.id: {parse_name(s).head for s in (ex.name, *ex.aliases)} for ex in _CATALOG}
    for name in _SPELLINGS:
        base = _CATALOG.resolve(name)
        head = parse_name(name).head
        for found in named_movement(_CATALOG, name, base):
            ex = _CATALOG.get(found)
            assert (ex.movement_class, ex.kind) == (base.movement_class, base.kind), (name, ex.name)
            assert head in heads[found], (name, ex.name)
