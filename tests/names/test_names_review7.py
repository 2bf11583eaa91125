"""Names a new user's review found read wrong, each fixed through the grammar (data/names.toml,
names.py) and proved on other spellings of the same idea: other languages, app and database
spellings, Garmin's upper snake case."""

from __future__ import annotations

import pytest

import hamstring_rules as hr

CATALOG = hr.Catalog.builtin()


def _reading(name: str) -> tuple[str, str | None, str | None]:
    res = CATALOG.classify(name)
    return res.status, res.movement_class, res.base.id if res.base is not None else None


# -- a hip raise with a squeeze is the bridge ------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "HIP_RAISE_WITH_KNEE_SQUEEZE",  # Garmin's FIT name: was out of scope (a core hip raise)
        "Hip Raise with Ball Squeeze",
        "Hip Raise (Pillow Squeeze)",
        "hip raise knee squeeze",
    ],
)
def test_a_hip_raise_with_a_squeeze_is_the_glute_bridge(name: str) -> None:
    """The knees (or a ball, a pillow) squeezed together need the feet planted: Garmin's hip raise,
    the glute bridge, not the databases' reverse crunch whose legs are in the air."""
    res = CATALOG.classify(name)
    assert res.base is not None and res.base.id == "glute_bridge", res.describe()
    assert "squeeze" in res.modifiers, res.describe()


@pytest.mark.parametrize(
    "name",
    ["Hip Raise", "Hanging Hip Raise", "Knee/Hip Raise On Parallel Bars", "Dumbbell Chest Squeeze"],
)
def test_a_hip_raise_or_a_squeeze_alone_stays_out_of_scope(name: str) -> None:
    """No squeeze, no bridge (the core hip raise); a chest squeeze names its body part."""
    assert CATALOG.classify(name).status == "out_of_scope", CATALOG.classify(name).describe()


def test_a_squeeze_keeps_the_exercise_a_bridge_or_wall_sit_already_was() -> None:
    """The squeeze is a harmless variant: a bridge or wall sit with one is still that exercise."""
    for name, plain in (
        ("Glute Bridge with Ball Squeeze", "Glute Bridge"),
        ("Wall Sit with Squeeze", "Wall Sit"),
    ):
        assert _reading(name) == _reading(plain), CATALOG.classify(name).describe()


# -- strides ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Hill Strides",  # was unknown: "stride" was only a speed word
        "Uphill Strides",
        "Strides (Hill)",
        "Steigerungsläufe",  # German strides
        "Bergsprints",  # German hill sprints
    ],
)
def test_strides_uphill_or_in_german_are_the_sprint(name: str) -> None:
    """Strides are short runs built up to near sprint speed: running, the catalog's sprint."""
    assert _reading(name) == ("exercise", "running", "sprint"), CATALOG.classify(name).describe()


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("Single-Leg Stride Jump", "plyometric"),  # the stride of another movement
        ("short stride run", "running"),
        ("Stride Lunge", "knee_dominant"),
    ],
)
def test_a_stride_said_with_another_movement_is_that_movements_step(name: str, cls: str) -> None:
    """'stride' yields to any other movement named with it."""
    res = CATALOG.classify(name)
    assert res.movement_class == cls and (cls != "running" or res.base.id == "running"), res.describe()  # type: ignore[union-attr]


# -- the hip extension in German, Spanish, Portuguese, French, Italian -----------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Hüftstrecker Maschine",  # was unknown
        "Hueftstrecker (Maschine)",
        "Hüftstreckung",
        "Extensión de cadera",  # was out of scope: a bare extension is the triceps one
        "Extensão de quadril",  # was unknown
        "Extension de hanche",
        "Estensione dell'anca",
    ],
)
def test_the_hip_extension_in_other_languages_is_the_hip_extension(name: str) -> None:
    """Read as the English "Hip Extension Machine" is: a straight-knee hip extension."""
    want = _reading("Hip Extension")
    assert want[1] == "straight_knee_hip_extension"
    assert _reading(name)[:2] == want[:2], CATALOG.classify(name).describe()


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("Extensión de cuádriceps", "knee_dominant"),  # the thigh's extension is still the knee's
        ("Extension de cadera, pierna recta", "straight_knee_hip_extension"),  # the hip before the leg
        ("Triceps extension", None),
    ],
)
def test_the_body_part_said_picks_which_extension(name: str, cls: str | None) -> None:
    """A bare 'extension' is the triceps one; said with the thigh, the knee's; with the hip, the hip's."""
    assert CATALOG.classify(name).movement_class == cls, CATALOG.classify(name).describe()


# -- the hamstring bridge is the long-lever bridge -------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Hamstring bridge",  # was the glute bridge (bent knee, a glute exercise)
        "Hamstring Bridges",
        "Ham Bridge",
        "Puente de isquiotibiales",
        "Puente de isquios",
    ],
)
def test_a_hamstring_bridge_is_the_long_lever_bridge(name: str) -> None:
    """Heels far out, knees nearly straight: the straight-knee long-lever bridge."""
    assert _reading(name) == ("exercise", "straight_knee_hip_extension", "long_lever_bridge"), (
        CATALOG.classify(name).describe()
    )


def test_a_single_leg_hamstring_bridge_is_the_long_lever_bridge_on_one_leg() -> None:
    """Derived from the long-lever bridge, unilateral (was the single-leg glute bridge)."""
    res = CATALOG.classify("Single Leg Hamstring Bridge")
    assert res.base is not None and res.base.id == "long_lever_bridge", res.describe()
    assert res.exercise is not None and res.exercise.laterality.value == "unilateral"


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Hamstring Bridge Hold", "straight_knee_bridge_hold"),  # a hold word: the hold
        ("Single Leg Straight Leg Bridge", "long_lever_bridge"),  # no hold word: the moving one
        ("Single Leg Straight Leg Bridge Hold", "straight_knee_bridge_hold"),
        ("Hamstring bridge curl", "lying_leg_curl"),  # the curl from a bridge
        ("Glute Bridge", "glute_bridge"),
    ],
)
def test_a_hold_is_chosen_only_when_the_name_says_hold(name: str, base: str) -> None:
    """Between a moving exercise and a hold whose spelling omits the hold word ("Straight-Leg
    Bridge"), a name without a hold word is the moving one."""
    assert _reading(name)[2] == base, CATALOG.classify(name).describe()


# -- the broad jump --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Broad Jump",  # was the box jump (a jump up, knee extension first)
        "Broad Jumps",
        "Standing Long Jump",
        "Standweitsprung",  # German standing long jump
        "Weitsprung",
    ],
)
def test_a_broad_or_long_jump_is_the_standing_broad_jump(name: str) -> None:
    """A jump forward for distance off both feet, driven by the hips: the standing broad jump."""
    assert _reading(name) == ("exercise", "plyometric", "standing_broad_jump"), CATALOG.classify(
        name
    ).describe()


def test_the_broad_jump_is_a_bilateral_ballistic_hip_extension_with_its_sources() -> None:
    """Its attributes are the joint action of a horizontal jump, each traced or labelled."""
    ex = CATALOG.get("standing_broad_jump")
    assert ex.primary_action.value == "hip_extension" and ex.laterality.value == "bilateral"
    assert ex.ballistic and ex.movement_class.value == "plyometric"
    assert any("Goom 2016" in s for s in ex.sources) and any(s.startswith("heuristic") for s in ex.sources)


@pytest.mark.parametrize(("name", "base"), [("Box Jump", "box_jump"), ("Sentadilla con salto", "jump_squat")])
def test_other_jumps_keep_their_exercise(name: str, base: str) -> None:
    """The box jump is still the box jump; 'salto' (a jump) with a squat is the jump squat."""
    assert _reading(name)[2] == base, CATALOG.classify(name).describe()


# -- the curtsy squat is the curtsy lunge ----------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Curtsy Squat",  # was the back squat
        "curtsy_squat",
        "Curtsey Squat (Dumbbell)",
        "Curtsy Split Squat",
        "Fente croisée",  # French
        "Zancada cruzada",  # Spanish
        "Sentadilla reverencia",
        "Affondi incrociati",  # Italian
        "Afundo cruzado",  # Portuguese
    ],
)
def test_a_curtsy_squat_or_crossed_lunge_is_the_curtsy_lunge(name: str) -> None:
    """The leg stepped behind and across is a lunge pattern, whatever the head word says."""
    assert _reading(name) == ("exercise", "knee_dominant", "curtsy_lunge"), CATALOG.classify(name).describe()


@pytest.mark.parametrize("name", ["Curl marteau croisé", "Cross-body hammer curl"])
def test_a_crossed_arm_exercise_stays_out_of_scope(name: str) -> None:
    """'croisé' (crossed) with an arm curl is still the arm curl."""
    assert CATALOG.classify(name).status == "out_of_scope", CATALOG.classify(name).describe()
