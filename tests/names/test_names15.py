"""Names after session names15: a name joining two exercises names both (a catalog spelling with no
movement word, a press with words of its own, two forms of one movement, two tools, two spellings
of one movement); a strap is the cable's ankle strap or a suspension trainer's; a hip extension
lying prone is the hip extension (its hold too), supine the bridge; a back extension said with a
machine is asked about (the 45-degree bench or the lumbar machine)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

CATALOG = hr.Catalog.builtin()

#: Upper-body, core and conditioning exercises (out of scope, each said alone).
OTHERS = ("Bench press", "Overhead press", "Pull-up", "Barbell row", "Plank", "Bicep curl")
#: Marks that join two names done one after the other (not a choice: see the slash and "or" tests).
SEQUENCE = (" and ", " & ", " + ", " then ", " -> ", " x ")


def _two(name: str) -> bool:
    res = CATALOG.classify(name)
    return res.status == "unknown" and (
        "names two exercises" in res.reason or "a choice of two" in res.reason or "conflicting" in res.reason
    )


# -- 1. a name that joins two exercises names both ----------------------------------------------

#: Catalog spellings with no movement word of the grammar's (the glider's words are a variant and
#: a slider; "Stiff" is the Brazilian gyms' stiff-leg deadlift).
HEADLESS = ("Askling glider", "The Glider", "Glider (Askling)", "Stiff")


@pytest.mark.parametrize(
    ("first", "second", "join"),
    [
        (a, b, j)
        for a in HEADLESS
        for b in ("Bench press", "Romanian deadlift", "Nordic curl", "Back squat", "Askling diver")
        for j in (" and ", " & ", " + ", " then ", " -> ", " / ", ", ")
    ],
)
def test_a_catalog_spelling_without_a_movement_word_joined_to_a_name_is_two(
    first: str, second: str, join: str
) -> None:
    """'Askling glider and Bench press' was out of scope (the bench press alone), 'Askling glider +
    RDL' the RDL 'on a slider': either order, any join, both are named as two exercises."""
    for name in (f"{first}{join}{second}", f"{second}{join}{first}"):
        res = CATALOG.classify(name)
        assert res.status == "unknown" and "names two exercises" in res.reason, res.describe()


def test_a_catalog_spelling_without_a_movement_word_alone_is_still_itself() -> None:
    """The glider said alone, or with a dose, is the glider (nothing joined to it)."""
    for name in ("Askling glider", "Askling glider 3x5", "Glider (Askling)", "Stiff com halteres"):
        res = CATALOG.classify(name)
        assert res.exercise is not None, res.describe()


@pytest.mark.parametrize(
    "name",
    [
        "Back squat and overhead press",
        "Back squat & overhead press",
        "Squat and overhead press",
        "Back squat + OHP",
        "Front squat and push press",
    ],
)
def test_a_press_with_words_of_its_own_after_a_squat_is_a_second_exercise(name: str) -> None:
    """'Back squat and overhead press' was the back squat (an 'overhead load' kept as a word): a
    press finishes a squat's rep only said bare ('Squat and press', a thruster)."""
    assert _two(name), CATALOG.classify(name).describe()


@pytest.mark.parametrize(
    "name",
    ["Landmine squat and press", "Dumbbell squat and press", "Squat and press (dumbbell)", "Clean and press"],
)
def test_a_bare_press_still_finishes_the_lift(name: str) -> None:
    """The press said bare (or with a tool only) finishes the squat's or the clean's rep: one
    exercise, as before."""
    res = CATALOG.classify(name)
    assert res.status == "exercise", res.describe()


@pytest.mark.parametrize(
    "name",
    [
        "Sumo / Bulgarian squat",
        "Sumo/Bulgarian squat",
        "Sumo / split squat",
        "Sumo / Bulgarian split squat",
        "Bulgarian / Sumo squat",
        "Sumo - Bulgarian squat",
        "Sumo or Bulgarian squat",
        "Sumo Bulgarian squat",
        "Kickstand sumo deadlift",
    ],
)
def test_two_stances_are_two_exercises_whatever_the_separator(name: str) -> None:
    """'Sumo / Bulgarian squat' was the Bulgarian split squat, 'sumo' kept as a word: one exercise
    stands one way (sumo, Bulgarian, staggered), so two stances are a choice or a conflict."""
    assert _two(name), CATALOG.classify(name).describe()


def test_a_choice_of_forms_names_each_form_with_the_bare_movement() -> None:
    """The choice is said as the two exercises: a sumo squat or the Bulgarian one (it compared a
    'sumo bulgarian squat' with the Bulgarian squat, the same exercise)."""
    res = CATALOG.classify("Sumo / Bulgarian squat")
    assert "'sumo squat'" in res.reason and "'bulgarian squat'" in res.reason, res.describe()


@pytest.mark.parametrize(
    "name",
    [
        "Stability-ball leg curl & Slider leg curl",
        "Dumbbell RDL + Kettlebell RDL",
        "RDL (barbell) + RDL (dumbbell)",
        "Askling diver & Askling extender",
        "Box jump + Jump squat",
        "Bounding + Single-leg hop and hold",
    ],
)
def test_two_names_of_one_movement_joined_are_two_exercises(name: str) -> None:
    """Two names of one movement said with their own tools, or spelled as two of its exercises
    (the diver is a hinge, the extender a stretch), were one of them (the first said with the
    second's tool)."""
    assert _two(name), CATALOG.classify(name).describe()


@pytest.mark.parametrize(
    "name", ["Barbell or dumbbell RDL", "Barbell RDL or dumbbell RDL", "A-skip + B-skip", "Squat & squat"]
)
def test_a_choice_of_tools_and_one_movement_twice_stay_one(name: str) -> None:
    """A choice of equipment is one exercise; the A- and B-skip are one drill's (as before)."""
    assert CATALOG.classify(name).status == "exercise", CATALOG.classify(name).describe()


_LOWER = [e.name for e in CATALOG]
_POOL = [*_LOWER, *OTHERS]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LOWER), st.sampled_from(_POOL), st.sampled_from(SEQUENCE), st.booleans())
def test_two_catalog_exercises_joined_are_never_read_as_one(
    first: str, second: str, join: str, swap: bool
) -> None:
    """Property: two catalog exercises (or one and an upper-body exercise) joined one after the
    other are never placed as one exercise, whatever the order or the join."""
    a, b = (second, first) if swap else (first, second)
    if join == " x " and b[:1].isdigit():
        return  # ("Squat x 45..." is a dose as much as a join: "x" joins two names only before a word)
    ra, rb = CATALOG.classify(a), CATALOG.classify(b)
    if ra.base is not None and rb.base is not None and ra.base.id == rb.base.id:
        return
    res = CATALOG.classify(f"{a}{join}{b}")
    assert res.status != "exercise", res.describe()


def test_every_pair_of_catalog_exercises_joined_by_and_is_two() -> None:
    """Exhaustively for 'and' (the commonest join): no pair of distinct catalog exercises is read
    as one (five were: the diver and the extender, box jump and jump squat ...)."""
    placed = []
    for a, b in itertools.permutations(_LOWER, 2):
        ra, rb = CATALOG.classify(a), CATALOG.classify(b)
        if ra.base is not None and rb.base is not None and ra.base.id == rb.base.id:
            continue
        res = CATALOG.classify(f"{a} and {b}")
        if res.status == "exercise":
            placed.append(res.describe())
    assert placed == []


# -- 2. a strap --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Ankle strap kickback",
        "Ankle straps kickback",
        "Cable kickback (ankle strap)",
        "Kickback (ankle cuff)",
    ],
)
def test_an_ankle_strap_is_the_cable(name: str) -> None:
    """An ankle strap is the cable's attachment: the glute kickback on the cable (it was read as
    the suspension trainer's straps)."""
    res = CATALOG.classify(name)
    assert res.base is not None and res.base.id == "glute_kickback", res.describe()
    assert "suspension" not in res.modifiers and "cable" in res.describe(), res.describe()


def test_a_strap_said_alone_is_read_as_one_strap_when_both_agree() -> None:
    """'Strap hip extension': the cable's ankle strap and a suspension trainer's place it in one
    class, so it is placed, the reading saying which strap it assumed (it said 'suspension' of
    the standing cable hip extension)."""
    res = CATALOG.classify("Strap hip extension")
    assert res.base is not None and res.base.id == "cable_hip_extension", res.describe()
    assert "suspension" not in res.modifiers
    assert any("ankle strap" in a for a in res.assumed), res.assumed


def test_a_strap_that_could_be_either_is_asked_about() -> None:
    """'Strap kickback': an ankle strap's is the glute kickback, a suspension trainer's the
    triceps kickback - asked about, naming both."""
    res = CATALOG.classify("Strap kickback")
    assert res.status == "unknown" and "ankle strap" in res.reason and "suspension strap" in res.reason


@pytest.mark.parametrize("name", ["TRX strap leg curl", "Suspension strap hamstring curl", "TRX leg curl"])
def test_a_suspension_strap_is_the_suspension_trainer(name: str) -> None:
    """A suspension trainer's straps are still read as before: the suspension-trainer curl (the
    ball curl's mechanics; names23 made it a catalog exercise)."""
    res = CATALOG.classify(name)
    assert res.base is not None and res.base.id == "suspension_leg_curl", res.describe()


# -- 3. a hip extension lying -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Prone hip extension hold",
        "Prone isometric hip extension",
        "Isometric prone hip extension",
        "Face down hip extension hold",
    ],
)
def test_a_prone_hip_extension_hold_is_the_isometric_hip_extension_lying(name: str) -> None:
    """Unknown before ('no catalog exercise is a lying hip extension'): the isometric hip extension
    (Goom 2016's stage-1 hold) with the start position lying, body weight, straight knee."""
    res = CATALOG.classify(name)
    ex = res.exercise
    assert ex is not None and ex.isometric, res.describe()
    assert ex.start_position.value == "lying" and ex.movement_class.value == "straight_knee_hip_extension"
    assert ex.load_position.value == "bodyweight" and not {e.value for e in ex.equipment} & {"cable", "band"}


@pytest.mark.parametrize(
    "name",
    [
        "Prone hip extension",
        "Hip Extension (on Floor)",
        "Hip Extension on Bench",
        "Ball hip extension (prone)",
    ],
)
def test_a_prone_hip_extension_is_the_hip_extension_lying_body_weight(name: str) -> None:
    """The hip extension on the floor, a bench or a ball (rv20 D27: not the standing cable one) is
    derived lying and body weight, a straight-knee hip extension; it was unknown. (On a bench or
    a ball it is the reverse hyper done on it since names18: lying, body weight, that class.)"""
    res = CATALOG.classify(name)
    ex = res.exercise
    assert ex is not None and not ex.isometric, res.describe()
    assert ex.start_position.value == "lying" and ex.load_position.value == "bodyweight", res.describe()
    assert ex.movement_class.value == "straight_knee_hip_extension"
    assert "cable" not in {e.value for e in ex.equipment}


@pytest.mark.parametrize(
    "name", ["Stability Ball Hip Extension", "dumbbell pullover hip extension on exercise ball"]
)
def test_a_hip_extension_on_a_ball_without_a_position_is_asked_about(name: str) -> None:
    """On a ball it is prone over it or a bridge with the feet or shoulders on it - two classes:
    asked about (as rv20 D27 left it), not derived prone."""
    res = CATALOG.classify(name)
    assert res.status == "unknown" and "prone" in res.reason and "supine" in res.reason, res.describe()


def test_a_load_said_keeps_the_prone_hip_extension_loaded() -> None:
    """A cable said is a cable: the body-weight reading yields to it."""
    res = CATALOG.classify("Prone hip extension (cable)")
    assert res.exercise is not None and res.exercise.load_position.value != "bodyweight", res.describe()


@pytest.mark.parametrize(
    ("name", "exercise"),
    [("Supine hip extension", "glute_bridge"), ("Supine straight leg hip extension", "long_lever_bridge")],
)
def test_a_supine_hip_extension_is_the_bridge(name: str, exercise: str) -> None:
    """Lying on the back, the hips raised: the bridge (the straight-leg one the long-lever bridge)."""
    res = CATALOG.classify(name)
    assert res.base is not None and res.base.id == exercise, res.describe()


# -- 4. a back extension on a machine ------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Back Extension (Machine)",
        "Back extension machine",
        "Machine back extension",
        "Back extensions (machine)",
    ],
)
def test_a_back_extension_said_with_a_machine_is_asked_about(name: str) -> None:
    """Hevy lists 'Back Extension (Machine)' apart from its 'Back Extension (Hyperextension)' (and
    Strong apart from its 'Back Extension'): the 45-degree bench or the seated lumbar machine. It
    was the 45-degree hinge, a silent guess; now unknown, the reason naming both."""
    res = CATALOG.classify(name)
    assert res.status == "unknown", res.describe()
    assert "45-degree back extension" in res.reason and "lumbar extension machine" in res.reason


@pytest.mark.parametrize(
    "name",
    [
        "Back Extension",
        "Back Extension (Hyperextension)",
        "Back Extension (Weighted Hyperextension)",
        "Hyperextensions machine",
        "Back extension (machine, 45 degree)",
        "Weighted back extension (machine)",
        "Machine back extension on roman chair",
    ],
)
def test_the_hyperextension_or_the_bench_said_with_a_machine_stays_the_hinge(name: str) -> None:
    """The hyperextension's own words, the 45-degree bench, a roman chair or a plate held name the
    hinge, machine or not."""
    res = CATALOG.classify(name)
    assert res.exercise is not None and res.exercise.movement_class.value == "straight_knee_hip_extension"


@pytest.mark.parametrize("name", ["Back extension machine (seated)", "Seated back extension machine"])
def test_a_seated_back_extension_machine_is_the_lumbar_machine(name: str) -> None:
    """Seated, the machine is the lumbar machine: out of scope (as rv23 R10)."""
    assert CATALOG.classify(name).status == "out_of_scope", CATALOG.classify(name).describe()


def test_an_apparatus_named_by_the_back_extension_still_qualifies_another_movement() -> None:
    """'Hip thrust (back extension machine)' is the hip thrust; 'Calf raise on back extension
    machine' the calf raise (the machine is where it is done)."""
    assert CATALOG.classify("Hip thrust (back extension machine)").base.id == "hip_thrust"  # type: ignore[union-attr]
    assert CATALOG.classify("Calf raise on back extension machine").base.id == "calf_raise"  # type: ignore[union-attr]


# -- 5. names read wrong for a general reason (a sample of the public lists and typed names) ------


@pytest.mark.parametrize(
    "name", ["Nordic (band)", "Banded Nordic", "Nordic with band", "Band Nordic curl", "Nordic mit Band"]
)
def test_a_band_on_a_nordic_is_the_assisted_nordic(name: str) -> None:
    """A band on a Nordic takes part of the body's weight: the assisted Nordic (it was the full
    Nordic, the band kept as a word - a rehab stage's easier curl read as the hardest)."""
    res = CATALOG.classify(name)
    assert res.base is not None and res.base.id == "assisted_nordic", res.describe()


@pytest.mark.parametrize("name", ["Nordic (no band)", "Nordic ohne Band", "Nordic"])
def test_a_nordic_without_a_band_stays_the_nordic(name: str) -> None:
    """Negated or not said, the band assists nothing."""
    res = CATALOG.classify(name)
    assert res.base is not None and res.base.id == "nordic_curl", res.describe()


@pytest.mark.parametrize(
    "name",
    [
        "Plantarflexion Stretch with Band",
        "Plantar flexion stretch",
        "Dorsiflexion stretch",
        "Knee flexion stretch",
        "Sitting calf stretch (dorsiflexion)",
    ],
)
def test_a_stretch_named_by_another_joints_action_is_not_the_hamstring_stretch(name: str) -> None:
    """wger's 'Plantarflexion Stretch with Band' was the static hamstring stretch: a stretch named
    by the ankle's action, or the knee's flexion (the quadriceps'), stretches another muscle."""
    assert CATALOG.classify(name).status == "out_of_scope", CATALOG.classify(name).describe()


@pytest.mark.parametrize(
    "name",
    [
        "Standing hamstring stretch (dorsiflexion)",
        "Hamstring curl stretch",
        "Seated hamstring and calf stretch",
    ],
)
def test_a_stretch_that_names_the_hamstrings_stays_theirs(name: str) -> None:
    """Said with the hamstrings (a leg, the posterior chain), the stretch is still theirs."""
    res = CATALOG.classify(name)
    assert res.base is not None and res.base.id == "static_hamstring_stretch", res.describe()


@pytest.mark.parametrize(
    "name",
    [
        "Nordic 3x5 (band)",
        "Seated leg curl 4 x 12",
        "Lying leg curl 3x10-12",
        "Copenhagen 3x20s",
        "Bridge hold 30s",
    ],
)
def test_a_dose_beside_the_name_is_not_reported_as_an_ignored_word(name: str) -> None:
    """The reading said "ignored '3x5'", "ignored '4'; ignored '12'": a dose is no word of the name."""
    res = CATALOG.classify(name)
    assert res.exercise is not None and not [a for a in res.assumed if a.startswith("ignored")], res.assumed


def test_an_unknown_word_is_still_reported() -> None:
    """A word the grammar does not know is said, as before ('Technogym leg curl')."""
    assert "ignored 'technogym'" in CATALOG.classify("Technogym leg curl").assumed


@pytest.mark.parametrize(
    "name",
    ["Leg curl superset leg extension", "A1 RDL A2 Nordic", "Superset squat and RDL", "A1: Squat, A2: RDL"],
)
def test_a_superset_said_without_punctuation_names_two(name: str) -> None:
    """'Leg curl superset leg extension' was the leg extension (a knee extension for a curl); 'A1
    RDL A2 Nordic' a 'kneeling Romanian deadlift'."""
    assert _two(name), CATALOG.classify(name).describe()


@pytest.mark.parametrize(
    ("name", "meant"), [("Revers lunge", "reverse"), ("Seted leg curl", "seated"), ("Lyin leg curl", "lying")]
)
def test_a_misspelt_position_word_is_asked_about_naming_the_word_meant(name: str, meant: str) -> None:
    """The did-you-mean named 'lever' for 'rever' and 'speed' for 'seted': the word it starts, then
    a word one edit away, come first."""
    res = CATALOG.classify(name)
    assert res.status == "unknown" and f"did you mean {meant!r}" in res.reason, res.describe()


@pytest.mark.parametrize(
    "name", ["Hamstring stretch (strap)", "standing hamstring and calf stretch with strap"]
)
def test_a_strap_that_chooses_nothing_names_no_tool(name: str) -> None:
    """Each strap places the stretch alike, so neither's tool is shown (it read 'Static hamstring
    stretch (cable)', ExerciseDB's stretch with a strap)."""
    res = CATALOG.classify(name)
    assert res.base is not None and res.base.id == "static_hamstring_stretch", res.describe()
    assert not {"cable", "suspension"} & set(res.modifiers), res.describe()
