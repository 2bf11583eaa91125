"""names23: the name grammar's leftovers - a side named, physio handout names, the walking RDL,
an English head before a Romance body-part word, the suspension-trainer curl, the note words as
data, and a fresh list of gym-sheet and handout names (tests/data/names_heldout/sheets23.csv)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.errors import CatalogError, HamstringRulesError

from .test_names_heldout import HELDOUT, Score, read, rows

CATALOG = hr.Catalog.builtin()


@functools.cache
def _res(name: str) -> hr.Resolution:
    return CATALOG.classify(name)


def _id(name: str) -> str | None:
    found = _res(name)
    return found.exercise.id if found.status == "exercise" and found.exercise is not None else None


def _base(name: str) -> str | None:
    found = _res(name)
    return found.base.id if found.base is not None else None


# -- 1. one side named: the lift, on one leg ------------------------------------------------------

#: Two-legged lifts and the catalog's single-leg form of each.
ONE_LEG = {
    "RDL": "single_leg_rdl",
    "Romanian deadlift": "single_leg_rdl",
    "Glute bridge": "single_leg_glute_bridge",
    "Hip thrust": "single_leg_hip_thrust",
    "45-degree back extension": "single_leg_back_extension_45",
    "Calf raise": "single_leg_calf_raise",
}
SIDES = ["left", "right", "Left", "RIGHT"]
SIDE_NOTES = ["{s}", "{s} side", "{s} leg", "{s} only", "{s} side only", "{s} leg only"]
WHERE = ["{name} ({note})", "{name} - {note}", "{name}, {note}", "{name} {note}"]


def test_a_side_note_keeps_the_rdl_on_one_leg() -> None:
    """'RDL (left side only)': the RDL on one leg, the single-leg RDL (it was unknown)."""
    assert _id("RDL (left side only)") == "single_leg_rdl", _res("RDL (left side only)").describe()


@settings(max_examples=60, deadline=None)
@given(
    lift=st.sampled_from(sorted(ONE_LEG)),
    side=st.sampled_from(SIDES),
    note=st.sampled_from(SIDE_NOTES),
    where=st.sampled_from(WHERE),
)
def test_one_side_named_is_the_single_leg_form(lift: str, side: str, note: str, where: str) -> None:
    """Property: a two-legged lift with one side named, however written, is its single-leg form."""
    name = where.format(name=lift, note=note.format(s=side))
    assert _base(name) == ONE_LEG[lift], _res(name).describe()


@settings(max_examples=40, deadline=None)
@given(
    exercise=st.sampled_from(sorted(e.name for e in CATALOG if e.movement_class.value != "stretching")),
    side=st.sampled_from(SIDES),
    note=st.sampled_from(SIDE_NOTES),
)
def test_a_side_reads_as_single_leg(exercise: str, side: str, note: str) -> None:
    """Property: a side said after any catalog exercise keeps its class - or is counted as
    "single leg" said there is (the grammar's one-leg deadlift is the single-leg RDL) - and a
    placed one is done on one leg: the side is one leg of the lift, never another movement."""
    sided = _res(f"{exercise} ({note.format(s=side)})")
    alone = _res(exercise)
    one_leg = _res(f"{exercise} (single leg)")
    assert sided.movement_class in (alone.movement_class, one_leg.movement_class), sided.describe()
    if sided.exercise is not None:
        assert sided.exercise.laterality.value == "unilateral", sided.describe()


@pytest.mark.parametrize("name", ["Lunge left and right", "Split squat (left and right)", "Lunge L/R"])
def test_both_sides_in_turn_are_no_single_side(name: str) -> None:
    """Both sides named in turn keep the lift ("Lunge left and right" is the lunge)."""
    assert _res(name).status == "exercise" and _res(name).movement_class == "knee_dominant", _res(name)


# -- 2. physio handout names ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Heel slides", "Supine heel slide", "Heel slides x 20", "Ankle pumps"])
def test_a_range_of_motion_drill_is_out_of_scope_saying_why(name: str) -> None:
    """A heel slide moves the knee with no load worth the name: out of scope, saying so (it was
    unknown, asked with the supine hold as its suggestion)."""
    res = _res(name)
    assert res.status == "out_of_scope" and "range-of-motion" in res.reason, res.describe()


@pytest.mark.parametrize("name", ["Bridge heel slides", "Glute bridge heel slides"])
def test_heels_slid_from_a_bridge_are_the_slider_curl(name: str) -> None:
    """From a bridge the heels slid out and in are the slider leg curl, not the unloaded drill."""
    assert _base(name) == "slider_leg_curl", _res(name).describe()


@pytest.mark.parametrize(
    "name", ["Quad sets", "Quad set", "Quadriceps sets", "Static quads", "Quad sets (affected side)"]
)
def test_quad_sets_are_an_isometric_knee_extension(name: str) -> None:
    """'Quad sets' tighten the quadriceps, the knee straight: the leg extension held, knee-dominant
    (as 'Hamstring sets' are the heel dig's isometric knee flexion)."""
    res = _res(name)
    assert res.exercise is not None and res.exercise.isometric, res.describe()
    assert res.base is not None and res.base.id == "leg_extension"


@pytest.mark.parametrize("name", ["Sit to stand", "Sit-to-stands", "Chair stands", "Sit to stand x 10"])
def test_sit_to_stand_is_a_body_weight_squat(name: str) -> None:
    """A sit-to-stand is a body-weight squat from a chair: knee-dominant, no bar, low spinal load."""
    res = _res(name)
    assert res.exercise is not None and res.movement_class == "knee_dominant", res.describe()
    assert res.exercise.equipment.isdisjoint({hr.Equipment.BARBELL}), res.describe()
    assert res.exercise.spinal_load.value == "low"


def test_a_loaded_sit_to_stand_is_the_loaded_squat() -> None:
    """A load said with it is the squat with that load (body weight is only implied)."""
    res = _res("Dumbbell sit to stand")
    assert res.movement_class == "knee_dominant" and res.exercise is not None
    assert res.exercise.load_position.value != "bodyweight", res.describe()


# -- 3. the walking RDL ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Dynamic RDL", "Walking RDL", "Walking RDLs", "Walking Romanian deadlift", "Moving stiff leg deadlift"],
)
def test_a_walked_straight_knee_deadlift_is_the_single_leg_rdl(name: str) -> None:
    """A walking (dynamic) RDL steps into a hinge on one leg each rep: the single-leg RDL."""
    assert _base(name) == "single_leg_rdl", _res(name).describe()


@pytest.mark.parametrize("name", ["Walking deadlift", "Walking conventional deadlift"])
def test_a_walked_deadlift_from_the_floor_keeps_its_class(name: str) -> None:
    """Only the straight-knee forms step onto one leg: a deadlift keeps its class."""
    assert _res(name).movement_class == "bent_knee_hip_extension", _res(name).describe()


# -- 4. an English movement before a Romance body-part word ---------------------------------------

BACK_EXTENSIONS = ["Back extension", "45-degree back extension", "Hyperextension"]
LEG_WORDS = ["legs", "leg", "dos piernas", "piernas", "two legs", "both legs", "double leg"]


@settings(max_examples=40, deadline=None)
@given(head=st.sampled_from(BACK_EXTENSIONS), legs=st.sampled_from(LEG_WORDS))
def test_a_back_extension_with_leg_words_stays_a_back_extension(head: str, legs: str) -> None:
    """Property: "<back extension> <leg words>" is a straight-knee hip extension - "extension leg"
    (the Romance word order's leg extension) never takes the back extension's last word."""
    name = f"{head} {legs}"
    assert _res(name).movement_class == "straight_knee_hip_extension", _res(name).describe()


@pytest.mark.parametrize(
    "name", ["Extension de pierna", "Extensión de piernas", "Leg extension", "Extension leg"]
)
def test_the_romance_order_leg_extension_is_still_read(name: str) -> None:
    """Said alone, the Romance order is still the leg extension."""
    assert _base(name) == "leg_extension", _res(name).describe()


# -- 5. the suspension-trainer curl ----------------------------------------------------------------


def test_the_catalog_has_a_suspension_trainer_curl_by_joint_action() -> None:
    """Knee flexion with the hip held extended, lying, on straps; its sources say heuristic."""
    ex = CATALOG.get("suspension_leg_curl")
    assert ex.movement_class.value == "knee_flexion"
    assert {e.value for e in ex.equipment} == {"suspension"}
    assert ex.hip_flexion.value == "extended" and ex.start_position.value == "lying"
    assert any("heuristic" in s for s in ex.sources)


@pytest.mark.parametrize(
    "name", ["TRX leg curl", "trx strap leg curl", "Ring hamstring curls", "Suspension leg curl"]
)
def test_a_curl_on_straps_is_the_suspension_trainer_curl(name: str) -> None:
    """A curl on a suspension trainer is the catalog's suspension-trainer curl, not the ball's."""
    assert _base(name) == "suspension_leg_curl", _res(name).describe()


@pytest.mark.parametrize(
    "said",
    ["trx strap leg curl", "TRX leg curl", "suspension straps for leg curls", "trx strap hamstring curl"],
)
def test_equipment_named_by_an_exercise_on_straps_is_the_suspension_trainer(said: str) -> None:
    """equipment=["trx strap leg curl"] is the suspension trainer (it was the lying machine's)."""
    from hamstring_rules._recommend import check_equipment

    assert check_equipment([said]) == frozenset({"suspension"})


def test_a_suspension_trainer_alone_is_offered_its_curl() -> None:
    """recommend(equipment=["TRX"]) offers the curl done on the straps."""
    for goal in ("tie_in_hypertrophy", "distal"):
        offered = {r.exercise.id for r in hr.recommend(goal=goal, equipment=["TRX"])}
        assert "suspension_leg_curl" in offered, (goal, offered)


# -- 6. note words as data ---------------------------------------------------------------------


def test_the_note_words_are_read_once_from_the_shipped_data() -> None:
    """The note words come from data/words.toml, read once and typed."""
    from hamstring_rules._data import builtin_data
    from hamstring_rules._name_notes import NoteWords, note_words

    words = note_words()
    assert words is note_words() and isinstance(words, NoteWords)
    table = builtin_data()["words.toml"]["name_notes"]
    assert words.negations == {tuple(p.split()) for p in table["negations"]}
    assert ("instead", "of") in words.openers and ("squat",) not in words.openers
    assert words.pause_max_s == table["pause"]["max_seconds"]


@pytest.mark.parametrize(
    ("key", "value"),
    [("negations", "not"), ("openers", ["ok", ""]), ("closers", [3])],
)
def test_a_malformed_word_list_is_a_catalog_error_naming_it(key: str, value: object) -> None:
    """A list that is not one of words is a CatalogError naming the list."""
    from hamstring_rules._data import builtin_data
    from hamstring_rules._name_notes import NoteWords

    data = builtin_data()["words.toml"]
    bad = {**data, "name_notes": {**data["name_notes"], key: value}}
    with pytest.raises(CatalogError, match=key):
        NoteWords.from_data(bad)


@pytest.mark.parametrize("value", [0, -1, "5", True])
def test_a_pause_limit_that_is_no_positive_number_is_refused(value: object) -> None:
    """The pause limit must be a positive number of seconds."""
    from hamstring_rules._data import builtin_data
    from hamstring_rules._name_notes import NoteWords

    data = builtin_data()["words.toml"]
    notes = data["name_notes"]
    bad = {**data, "name_notes": {**notes, "pause": {**notes["pause"], "max_seconds": value}}}
    with pytest.raises(HamstringRulesError, match="max_seconds"):
        NoteWords.from_data(bad)


def test_the_deload_words_in_data_are_the_weeks_own() -> None:
    """_week reads its deload words from data/words.toml [deload] (the name DELOAD_WORDS kept)."""
    from hamstring_rules._data import builtin_data
    from hamstring_rules._week import DELOAD_WORDS

    assert frozenset(builtin_data()["words.toml"]["deload"]["words"]) == DELOAD_WORDS


# -- 7. a fresh list: gym sheets, physio handouts, sides, warm-ups, TRX, mixed languages ------------

SHEETS = HELDOUT / "sheets23.csv"


def test_the_sheets_list_is_well_formed() -> None:
    """Every exercise id of the list is the catalog's and in its label's class, and no name is a
    catalog spelling as written (the list measures the grammar, not the aliases)."""
    ids = {e.id: e.movement_class.value for e in CATALOG}
    spelled = {s.casefold() for e in CATALOG for s in (e.name, *e.aliases)}
    listed = rows(SHEETS)
    assert len(listed) >= 200
    for row in listed:
        for ex in row.exercises - {"out_of_scope", "unknown"}:
            assert ex in ids and ids[ex] in row.labels, row
        assert row.name.casefold() not in spelled, row


def test_the_sheets_list_reads_at_least_as_measured() -> None:
    """names23 measured 188 of 201 right (93.5%), class right 96.0%, 6 unknown, 2 wrong (before
    its fixes: 165 right, 82.1%, 18 unknown, 3 wrong); a floor a few names below, no more wrong."""
    found = [read(r, CATALOG) for r in rows(SHEETS)]
    s = Score.of(found)
    misses = [f"{r.outcome} {r.row.name!r} -> {r.got} {r.base}" for r in found if r.outcome != "right"]
    assert s.exercise_rate >= 0.92 and s.class_rate >= 0.95 and s.unknown <= 8 and s.wrong <= 2, misses


def test_the_sheets_list_is_shipped_with_the_tests() -> None:
    """The list lives beside the other held-out lists (tests never read outside the repository)."""
    assert SHEETS.parent == Path(__file__).parent.parent / "data" / "names_heldout" and SHEETS.is_file()
