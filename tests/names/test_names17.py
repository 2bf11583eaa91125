"""Names after session names17: a movement added on with "with" is done within the first one's rep
(the bridge with a band abduction is the bridge); "bench" joined to a movement never done on a bench
is the bench press; words of one half of a joined name are not applied to the other half; a dose or
tempo is no word to report; a catalog spelling said with its own tool is itself; a choice between two
movements is called so."""

from __future__ import annotations

import pytest

import hamstring_rules as hr

CATALOG = hr.Catalog.builtin()


def _id(name: str) -> str | None:
    res = CATALOG.classify(name)
    return res.exercise.id if res.exercise is not None else None


# -- 1. a movement added on with "with" --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Glute bridge with abduction", "Glute bridge"),
        ("Glute bridge with band abduction", "Glute bridge"),
        ("Hip thrust with abduction", "Hip thrust"),
        ("Hip thrust with hip abduction", "Hip thrust"),
        ("Puente de glúteo con abducción", "Glute bridge"),
    ],
)
def test_a_movement_said_after_with_is_done_within_the_first(name: str, first: str) -> None:
    """'Glute bridge with abduction' was the hip abduction machine (the last movement named): the
    abduction after "with" is done at the top of the bridge, whose class it keeps."""
    assert _id(name) == _id(first), CATALOG.classify(name).describe()


def test_a_movement_that_outranks_or_is_made_with_the_first_still_wins() -> None:
    """A jump outranks the squat it is made of, and a curl from a bridge is the leg curl: "with"
    does not hand either back to the first movement."""
    assert _id("Squat with jump") == _id("Jump squat")
    assert _id("Glute bridge with hamstring curl") == _id("Slider leg curl")


def test_a_movement_before_with_names_the_exercise_in_either_order() -> None:
    """The abduction said first and the bridge after "with" is the abduction (the bridge is its
    position): the rule follows the words' order, not a favoured movement."""
    assert _id("Hip abduction with bridge") == _id("Hip abduction machine")


# -- 2. "bench" joined to a movement never done on a bench -------------------------------------


@pytest.mark.parametrize("movement", ["Deadlift", "Squat", "Romanian deadlift", "Good morning", "Leg press"])
@pytest.mark.parametrize("join", [" & ", " and ", " + ", " - ", ", ", " / "])
def test_bench_joined_to_a_movement_never_done_on_a_bench_is_the_bench_press(
    movement: str, join: str
) -> None:
    """'Deadlift & Bench' was the conventional deadlift (the bench read as its apparatus): the
    powerlifter's 'bench' is the bench press, an exercise of its own."""
    res = CATALOG.classify(f"{movement}{join}Bench")
    assert res.status == "unknown" and "two exercises" in res.reason, res.describe()


@pytest.mark.parametrize("movement", ["Hip thrust", "Split squat", "Step up", "Copenhagen adduction"])
@pytest.mark.parametrize("join", [" + ", " - "])
def test_bench_beside_a_movement_done_on_a_bench_is_its_apparatus(movement: str, join: str) -> None:
    """'Hip thrust + bench', 'Split squat - bench' stay the movement: the bench is what it is done on."""
    assert _id(f"{movement}{join}bench") == _id(movement)


# -- 3. words of one half of a joined name are not the other half's ------------------------------


@pytest.mark.parametrize(
    "name",
    ["Side Slides + Squats", "Side slides and squats", "Squats + side slides", "Lateral shuffle & lunge"],
)
def test_position_words_parted_from_every_movement_by_a_join_name_an_exercise_of_their_own(name: str) -> None:
    """'Side Slides + Squats' was the lateral lunge on a slider: the side slide's words were read
    into the squat across the '+'. They name an exercise the grammar has no movement word for."""
    res = CATALOG.classify(name)
    assert res.status == "unknown" and "two exercises" in res.reason, res.describe()


@pytest.mark.parametrize(
    ("name", "same_as"),
    [
        ("Paused and tempo squat", "Pause squat"),  # two variants of one squat: one exercise
        ("Barbell and dumbbell RDL", "Romanian deadlift"),  # a choice of tools
        ("Squat and hold", "Back squat"),
        ("Side lunge", "Lateral lunge"),  # no join: the position is the lunge's
    ],
)
def test_forms_said_before_the_movement_they_qualify_are_still_its_own(name: str, same_as: str) -> None:
    """A position, variant or tool joined to another form of the movement still qualifies it."""
    res = CATALOG.classify(name)
    assert res.exercise is not None and res.movement_class == CATALOG.classify(same_as).movement_class, (
        res.describe()
    )


# -- 4. a dose or tempo is no word to report ----------------------------------------------------


@pytest.mark.parametrize(
    "name", ["Tempo squat (3-1-1)", "Deadlift — 1×5", "Deadlift 1 x 5", "RDL 3-1-1-0", "Squat 5/3/1"]
)
def test_a_number_written_in_a_dose_or_tempo_is_not_reported_as_an_ignored_word(name: str) -> None:
    """'Tempo squat (3-1-1)' said "ignored 'one'" twice: the grammar spells "1" out as "one" (for
    '1 leg RDL'), and a count left unread was reported as a word of the name."""
    res = CATALOG.classify(name)
    assert res.exercise is not None, res.describe()
    assert not any("ignored" in a for a in res.assumed), res.describe()


def test_a_number_word_written_out_and_left_unread_is_still_reported() -> None:
    """'Squat one' writes the word: it is reported as ignored, as any word the grammar cannot read."""
    assert any("'one'" in a for a in CATALOG.classify("Squat one").assumed)


# -- 5. a load said with a derived position is that load, not the base's ------------------------


@pytest.mark.parametrize(
    ("name", "tool"),
    [
        ("Prone hip extension with ankle weight", None),
        ("Prone hip extension with ankle weights", None),
        ("Weighted prone hip extension", None),
        ("Prone hip extension with dumbbell", "dumbbell"),
    ],
)
def test_a_load_said_with_a_derived_position_replaces_the_bases_load(name: str, tool: str | None) -> None:
    """'Prone hip extension with ankle weight' kept the standing cable hip extension's cable: no
    cable is used lying prone. An ankle weight is a free weight of no catalog tool (no cable); a
    dumbbell said is the dumbbell."""
    res = CATALOG.classify(name)
    assert res.exercise is not None, res.describe()
    tools = {e.value for e in res.exercise.equipment}
    assert "cable" not in tools, res.describe()
    assert tools == ({tool} if tool else set()), tools


def test_a_load_said_where_the_position_is_the_bases_own_changes_no_equipment() -> None:
    """A dumbbell said with a squat is still the back squat's record (equipment is a modifier, not
    derived, where the exercise is done as its base is)."""
    assert CATALOG.classify("Dumbbell squat").exercise == CATALOG.classify("Back squat").exercise


# -- 6. a choice of two is called so ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [
        ("Box jump or jump squat", "box jump", "jump squat"),
        ("RDL or good morning", "romanian deadlift", "good morning"),
        ("Askling glider or RDL", "askling glider", "romanian deadlift"),
    ],
)
def test_two_exercises_joined_by_or_are_a_choice_of_two(name: str, first: str, second: str) -> None:
    """'Box jump or jump squat' said "write each on its own line", as if both were done: 'or'
    offers a choice, the one done is to be written - and each is named with its own words."""
    res = CATALOG.classify(name)
    assert res.status == "unknown", res.describe()
    assert res.reason == f"a choice of two exercises ({first!r} or {second!r}): write the one done", (
        res.reason
    )


@pytest.mark.parametrize(
    "name", ["Box jump and jump squat", "Box jump + jump squat", "RDL then good morning"]
)
def test_two_exercises_joined_by_and_or_then_are_both_done(name: str) -> None:
    """Joined by 'and', '+' or 'then', both are done: each on its own line."""
    res = CATALOG.classify(name)
    assert res.status == "unknown" and res.reason.startswith("names two exercises"), res.describe()


# -- 8. a hip extension on all fours is the kickback --------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Quadruped hip extension", "Kneeling hip extension", "Hip extension on all fours", "Quadruped hip ext"],
)
def test_a_hip_extension_on_the_knees_is_the_bent_knee_kickback(name: str) -> None:
    """'Quadruped hip extension' was unknown ("no catalog exercise is a kneeling hip extension"):
    on all fours the bent knee drives back, the glute kickback's (donkey kick's) movement, a
    bent-knee hip extension - not the standing straight-knee cable one, and not out of scope."""
    res = CATALOG.classify(name)
    assert res.exercise is not None, res.describe()
    assert res.movement_class == "bent_knee_hip_extension", res.describe()
    assert res.exercise.id == _id("Donkey kick"), res.describe()


def test_a_hip_extension_standing_or_lying_is_still_the_straight_knee_one() -> None:
    """The word that makes it the kickback is the knees' only: standing and prone stay straight-knee."""
    for name in ("Standing hip extension", "Prone hip extension"):
        assert CATALOG.classify(name).movement_class == "straight_knee_hip_extension", name


# -- 9. equipment= reads a bare strap as names do ------------------------------------------------


@pytest.mark.parametrize("said", ["straps", "Strap", "STRAPS"])
def test_equipment_a_bare_strap_is_asked_about_as_names_ask(said: str) -> None:
    """equipment=["straps"] read the suspension trainer's alone, while a name's bare strap is read
    both ways (a cable's ankle strap or a TRX's): the two readings give different equipment, so
    the item is a RequestError at its position naming both, not one chosen silently."""
    with pytest.raises(hr.RequestError) as err:
        hr.recommend(goal="distal_hypertrophy", equipment=["dumbbell", said])
    assert err.value.location == "equipment[1]"
    assert "ankle strap" in str(err.value) and "suspension strap" in str(err.value)


@pytest.mark.parametrize(("said", "tool"), [("ankle straps", "cable"), ("TRX", "suspension")])
def test_equipment_a_strap_said_with_its_kind_is_that_one(said: str, tool: str) -> None:
    """An ankle strap is the cable's, a TRX strap the suspension trainer's: read as before."""
    from hamstring_rules._recommend import check_equipment

    assert check_equipment([said]) == frozenset({tool})


# -- 10. a long stride makes a lunge hip-dominant ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "lunge"),
    [
        ("Walking lunges (long stride)", "Walking lunge"),
        ("Long stride lunge", "Lunge"),
        ("Forward lean reverse lunge", "Reverse lunge"),
    ],
)
def test_a_long_stride_lunge_is_hip_dominant_like_the_catalogs_split_squat(name: str, lunge: str) -> None:
    """'Walking lunges (long stride)' was unknown: a long stride (or a forward lean) moves a lunge's
    work to the front hip, as the catalog's hip-dominant Bulgarian split squat says - derived from
    the lunge with that exercise's class and region, the lunge's other facts kept."""
    res = CATALOG.classify(name)
    hip = CATALOG.classify("Hip-dominant Bulgarian split squat").exercise
    base = CATALOG.classify(lunge).exercise
    assert res.exercise is not None and hip is not None and base is not None, res.describe()
    assert res.movement_class == CATALOG.classify("Hip-dominant Bulgarian split squat").movement_class
    assert res.movement_class == "bent_knee_hip_extension"
    assert res.exercise.region == hip.region
    assert res.exercise.laterality == base.laterality and res.exercise.equipment == base.equipment


def test_a_lunge_said_plainly_stays_knee_dominant() -> None:
    """No stride word: the walking lunge is the knee-dominant one, as before."""
    assert CATALOG.classify("Walking lunges").movement_class == "knee_dominant"
