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
