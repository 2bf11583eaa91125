"""The built-in catalog, its schema and the name resolver."""

from __future__ import annotations

import tomllib
from importlib import resources

import attrs
import pytest

import hamstring_rules as hr
from hamstring_rules.catalog import derive_region, exercise_from_mapping, exercise_to_mapping

CATALOG = hr.Catalog.builtin()

# Every exercise the founding article names, and every one evidence.md names.
ARTICLE = [
    "romanian_deadlift", "good_morning", "back_extension_45", "hip_dominant_bulgarian_split_squat",
    "lying_leg_curl", "conventional_deadlift", "stiff_leg_deadlift", "back_squat", "lunge",
]  # fmt: skip
EVIDENCE = [
    "seated_leg_curl", "nordic_curl", "glute_ham_raise", "reverse_hyper", "single_leg_rdl",
    "cable_pull_through", "kettlebell_swing", "hip_thrust", "glute_bridge",
    "straight_knee_bridge_hold", "isometric_leg_curl_hold", "standing_isometric_hip_extension",
    "slider_leg_curl", "front_squat", "leg_press", "leg_extension", "bulgarian_split_squat",
]  # fmt: skip
VARIANTS = [
    "dumbbell_rdl", "deficit_rdl", "trap_bar_deadlift", "sumo_deadlift", "step_up",
    "walking_lunge", "standing_leg_curl", "calf_raise",
]  # fmt: skip

# (spelling, expected id): formats.md's app and database spellings and lifters' abbreviations.
SPELLINGS = [
    ("Romanian Deadlift (Barbell)", "romanian_deadlift"),
    ("Romanian Deadlift (Dumbbell)", "dumbbell_rdl"),
    ("Good Morning (Barbell)", "good_morning"),
    ("Seated Leg Curl (Machine)", "seated_leg_curl"),
    ("Lying Leg Curl (Machine)", "lying_leg_curl"),
    ("Back Extension (Hyperextension)", "back_extension_45"),
    ("Squat (Barbell)", "back_squat"),
    ("Deadlift (Barbell)", "conventional_deadlift"),
    ("Hip Thrust (Barbell)", "hip_thrust"),
    ("Romanian Deadlift", "romanian_deadlift"),
    ("Romanian Deadlift from Deficit", "deficit_rdl"),
    ("Stiff-Legged Barbell Deadlift", "stiff_leg_deadlift"),
    ("Stiff-legged Deadlifts", "stiff_leg_deadlift"),
    ("Good Morning", "good_morning"),
    ("Good Morning off Pins", "good_morning"),
    ("Hyperextensions (Back Extensions)", "back_extension_45"),
    ("Reverse Hyperextension", "reverse_hyper"),
    ("Glute Ham Raise", "glute_ham_raise"),
    ("Natural Glute Ham Raise", "nordic_curl"),
    ("Lying Leg Curls", "lying_leg_curl"),
    ("Seated Leg Curl", "seated_leg_curl"),
    ("Standing Leg Curl", "standing_leg_curl"),
    ("Ball Leg Curl", "ball_leg_curl"),
    ("Nordic Curl", "nordic_curl"),
    ("Single Leg RDL", "single_leg_rdl"),
    ("Kettlebell One-Legged Deadlift", "single_leg_rdl"),
    ("Barbell Romanian Deadlift (RDL)", "romanian_deadlift"),
    ("RDL", "romanian_deadlift"),
    ("rdl", "romanian_deadlift"),
    ("RDLs", "romanian_deadlift"),
    ("SLDL", "stiff_leg_deadlift"),
    ("SL-RDL", "single_leg_rdl"),
    ("GM", "good_morning"),
    ("GHR", "glute_ham_raise"),
    ("BSS", "bulgarian_split_squat"),
    ("KB swing", "kettlebell_swing"),
    ("KB Swings", "kettlebell_swing"),
    ("45° back extension", "back_extension_45"),
    ("45-degree back extension", "back_extension_45"),
    ("hypers", "back_extension_45"),
    ("  romanian   DEADLIFT!! ", "romanian_deadlift"),
    ("Deadlift (Trap bar)", "trap_bar_deadlift"),
    ("Single-Leg Romanian Deadlift (Kettlebell)", "single_leg_rdl"),
    ("Hip Dominant Bulgarian Split Squat", "hip_dominant_bulgarian_split_squat"),
    ("Calf Raise (Machine)", "calf_raise"),
]


def test_catalog_has_at_least_35_exercises() -> None:
    """The shipped catalog holds at least 35 exercises."""
    assert len(CATALOG) >= 35


@pytest.mark.parametrize("ident", ARTICLE + EVIDENCE + VARIANTS)
def test_named_exercises_are_in_the_catalog(ident: str) -> None:
    """Every exercise the article, evidence.md and the issue name is in the catalog."""
    assert CATALOG.get(ident).id == ident


@pytest.mark.parametrize(("spelling", "expected"), SPELLINGS)
def test_resolver_places_real_spellings(spelling: str, expected: str) -> None:
    """App exports, exercise databases and abbreviations resolve to the right exercise."""
    assert CATALOG.resolve(spelling).id == expected


def test_unknown_name_raises_with_did_you_mean() -> None:
    """A typo raises UnknownExerciseError naming the value and the closest exercise."""
    with pytest.raises(hr.UnknownExerciseError) as info:
        CATALOG.resolve("Romanain Deadlfit")
    err = info.value
    assert err.name == "Romanain Deadlfit"
    assert "Romanian deadlift" in err.candidates
    assert isinstance(err, LookupError)
    assert "did you mean" in str(err)


@pytest.mark.parametrize(
    "name",
    [
        "Bench Press (Barbell)",
        "Lat Pulldown (Cable)",
        "Hanging Leg Raise",
        "Bicep Curl (Dumbbell)",
        "Pull Up",
        "Overhead Press",
        "Plank",
    ],
)
def test_upper_body_names_are_out_of_scope(name: str) -> None:
    """Upper-body and core exercises are recognised as out of scope, not unknown."""
    assert CATALOG.classify(name).status == "out_of_scope"


@pytest.mark.parametrize("name", ["Leg Curl", "Seated Leg Curl", "Calf Raise"])
def test_leg_exercises_never_out_of_scope(name: str) -> None:
    """Names with 'curl' or 'raise' that are leg exercises resolve to the catalog first."""
    assert CATALOG.classify(name).status == "exercise"


def test_unknown_leg_exercise_is_unknown_not_out_of_scope() -> None:
    """A leg exercise the catalog lacks is reported unknown, with suggestions."""
    res = CATALOG.classify("Hamstring Gizmo")
    assert res.status == "unknown"


def test_no_spelling_belongs_to_two_exercises() -> None:
    """No normalised alias or name of one exercise is another exercise's spelling."""
    owner: dict[str, str] = {}
    for ex in CATALOG:
        for spelling in (ex.name, *ex.aliases):
            key = hr.normalize_name(spelling)
            assert owner.setdefault(key, ex.id) == ex.id, (spelling, owner[key], ex.id)


def test_every_alias_resolves_to_its_own_exercise() -> None:
    """Every shipped name and alias resolves back to the exercise that lists it."""
    wrong = [
        (a, ex.id, CATALOG.resolve(a).id)
        for ex in CATALOG
        for a in (ex.name, *ex.aliases)
        if CATALOG.resolve(a).id != ex.id
    ]
    assert wrong == []


def test_every_exercise_cites_a_source_and_explains_its_region() -> None:
    """Each exercise traces to the article, evidence.md, or says it is a heuristic."""
    for ex in CATALOG:
        assert ex.sources, ex.id
        assert ex.region_reason, ex.id


# Exercises whose stated region departs from the joint-action derivation, on purpose.
REGION_OVERRIDES = {
    "hip_dominant_bulgarian_split_squat": "proximal",  # the article: forward lean, deep hip flexion
    "single_leg_glute_bridge": "whole",  # a bent-knee bridge: indirect work (review 2026-11 B2; heuristic)
    "flywheel_leg_curl": "whole",  # all regions used acutely (Mendez-Villanueva 2016)
}


def test_stated_regions_agree_with_the_derivation() -> None:
    """Regions follow from joint action, knee and hip, except documented overrides."""
    for ex in CATALOG:
        if ex.modality is not hr.Modality.STRENGTH:  # classes of their own: region "none", stated
            assert ex.region is hr.Region.NONE, ex.id
            continue
        derived, _ = derive_region(ex.primary_action, ex.knee, ex.hip_flexion)
        expected = REGION_OVERRIDES.get(ex.id, derived.value)
        assert ex.region.value == expected, ex.id


def test_joint_action_classes() -> None:
    """The RDL is a straight-knee hinge; the deadlift and squat are not."""
    assert CATALOG.get("romanian_deadlift").straight_knee_hip_extension
    assert not CATALOG.get("conventional_deadlift").straight_knee_hip_extension
    assert CATALOG.get("conventional_deadlift").hamstring_set_credit == 0.5
    assert CATALOG.get("back_squat").hamstring_set_credit == 0.0
    assert CATALOG.get("lying_leg_curl").hamstring_set_credit == 1.0
    assert CATALOG.get("back_squat").knee_dominant


def test_stiff_leg_and_romanian_differ_by_start_position() -> None:
    """The SLDL starts from the floor each rep; the RDL starts standing (article FAQ)."""
    assert CATALOG.get("stiff_leg_deadlift").start_position is hr.StartPosition.FLOOR
    assert CATALOG.get("romanian_deadlift").start_position is hr.StartPosition.STANDING


def test_shipped_file_has_no_unknown_fields() -> None:
    """The shipped TOML validates strictly: every entry converts with no unknown field."""
    text = resources.files("hamstring_rules").joinpath("data").joinpath("exercises.toml").read_text("utf-8")
    data = tomllib.loads(text)
    for entry in data["exercise"]:
        assert exercise_from_mapping(entry).id == entry["id"]


def _entry(**changes: object) -> dict[str, object]:
    base = exercise_to_mapping(CATALOG.get("romanian_deadlift"))
    base.update(id="my_rdl", aliases=[])
    base.update(changes)
    return base


def test_bad_enum_value_names_id_and_field() -> None:
    """A wrong value fails with the exercise id, the field and the allowed values."""
    with pytest.raises(hr.CatalogError) as info:
        exercise_from_mapping(_entry(knee="wobbly"))
    assert info.value.location == "exercise 'my_rdl'.knee"
    assert "soft_fixed" in (info.value.suggestion or "")


def test_unknown_field_names_id_and_field() -> None:
    """An unknown field fails with a did-you-mean."""
    with pytest.raises(hr.CatalogError) as info:
        exercise_from_mapping(_entry(kne="straight"))
    assert info.value.location == "exercise 'my_rdl'.kne"
    assert "knee" in (info.value.suggestion or "")


def test_missing_field_is_named() -> None:
    """A missing required field is named."""
    entry = _entry()
    del entry["laterality"]
    with pytest.raises(hr.CatalogError, match="laterality"):
        exercise_from_mapping(entry)


def test_region_is_derived_when_omitted() -> None:
    """Without a region, the joint action decides it and the reason says so."""
    entry = _entry()
    del entry["region"]
    del entry["region_reason"]
    ex = exercise_from_mapping(entry)
    assert ex.region is hr.Region.PROXIMAL
    assert ex.region_reason.startswith("derived")


def test_catalog_is_order_independent_and_rejects_duplicates() -> None:
    """The same exercises in any order make an equal catalog; duplicate ids fail."""
    items = list(CATALOG)
    assert hr.Catalog(reversed(items)) == CATALOG
    with pytest.raises(hr.CatalogError, match="duplicate"):
        hr.Catalog([items[0], items[0]])


def test_with_exercises_returns_a_new_catalog() -> None:
    """Extending never mutates the built-in catalog; an app's alias wins."""
    mine = attrs.evolve(
        CATALOG.get("romanian_deadlift"), id="trap_bar_rdl", name="Trap-bar RDL", aliases=("TB RDL", "RDL")
    )
    extended = CATALOG.with_exercises([mine])
    assert len(extended) == len(CATALOG) + 1
    assert extended.resolve("TB RDL").id == "trap_bar_rdl"
    assert extended.resolve("RDL").id == "trap_bar_rdl"
    assert CATALOG.resolve("RDL").id == "romanian_deadlift"


def test_overlong_name_is_refused() -> None:
    """A name longer than the limit is an InputLimitError, not a slow fuzzy search."""
    with pytest.raises(hr.InputLimitError):
        CATALOG.resolve("x" * 10_000)


def test_search_by_attributes() -> None:
    """search() filters by attribute values, sets included."""
    proximal_hinges = CATALOG.search(region="proximal", straight_knee_hip_extension=True)
    assert "romanian_deadlift" in {e.id for e in proximal_hinges}
    assert all(e.region is hr.Region.PROXIMAL for e in proximal_hinges)
    assert {e.id for e in CATALOG.search(equipment="ghr")} == {"glute_ham_raise"}
