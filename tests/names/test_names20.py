"""Names after session names20: a refused apparatus (``no X``, ``without X``, ``w/o X``,
``X-free``, ``(no X)``) is no exercise that needs it - the variant done without it, or the name
asked about, saying which; chains on a lift no bar loads are a weight worn, not accommodating
resistance; a prop beside the Nordic (a medicine ball) is no conditioning movement; the glute
press is the kickback machine; a bridge "with walkout" is the bridge walkout; the clinic's
knee-extension tests (AKE, PKE, 90/90) are the hamstring stretch; a suspension trainer is an
apparatus of its own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._data import builtin_data

CATALOG = hr.Catalog.builtin()
NAMES = builtin_data()["names.toml"]


def _read(name: str) -> hr.Resolution:
    return CATALOG.classify(name)


def _assert_base(name: str, *want: str) -> hr.Resolution:
    """The reading of ``name``, asserted placed on (or derived from) one of ``want``."""
    res = _read(name)
    assert res.base is not None and res.base.id in want, res.describe()
    return res


def _needs(res: hr.Resolution) -> set[str]:
    assert res.exercise is not None, res.describe()
    return {e.value for e in res.exercise.equipment}


# -- 1. a refused apparatus ----------------------------------------------------------------------

#: The ways a name refuses an apparatus, ``{}`` standing for the apparatus's word.
REFUSALS = (
    "{} (no {})",
    "{} without {}",
    "{} w/o {}",
    "{}-free {}",
    "{} free {}",
    "{}, no {}",
    "{} (without a {})",
)


def _refusing(form: str, movement: str, tool: str) -> str:
    """``movement`` said with ``tool`` refused in the way ``form`` says."""
    if form.startswith("{}-free") or form.startswith("{} free"):
        return form.format(tool, movement)
    return form.format(movement, tool)


@pytest.mark.parametrize("form", REFUSALS)
@pytest.mark.parametrize("tool", ["GHD", "glute ham developer", "machine"])
@pytest.mark.parametrize("movement", ["Glute ham raise", "GHR", "Glute-ham raises"])
def test_a_glute_ham_raise_without_its_developer_is_the_nordic(form: str, tool: str, movement: str) -> None:
    """A glute-ham raise with no GHD has no pad to extend the hip on: the knees on the floor and
    the ankles held, it is the Nordic (the floor and "natural" glute-ham raise) - it was the
    glute-ham raise on its developer, "(no GHD)" read as the Portuguese "on the GHD"."""
    res = _read(_refusing(form, movement, tool))
    assert res.exercise is not None and res.exercise.id == "nordic_curl", res.describe()
    assert "ghr" not in _needs(res)


@pytest.mark.parametrize("form", REFUSALS)
def test_a_leg_curl_without_a_machine_is_asked_which(form: str) -> None:
    """A leg curl with no machine is done on sliders, a ball, a band or a flywheel: the name does
    not say which, so it is asked about, naming them - it was the lying machine curl."""
    res = _read(_refusing(form, "Leg curl", "machine"))
    assert res.status == "unknown", res.describe()
    assert "without a machine" in res.reason
    for named in ("Slider leg curl", "Stability-ball leg curl", "Band leg curl"):
        assert named in res.reason, res.reason


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Leg curl (no machine, band)", "band_leg_curl"),
        ("Hamstring curl on sliders, no machine", "slider_leg_curl"),
        ("Seated leg curl (no machine)", "seated_band_leg_curl"),
        ("Machine-free swiss ball hamstring curl", "ball_leg_curl"),
    ],
)
def test_a_leg_curl_without_a_machine_and_its_tool_is_that_tools(name: str, want: str) -> None:
    """... and said with the tool it is done with, or in a position only one is done in, it is
    that exercise."""
    res = _read(name)
    assert res.exercise is not None and res.exercise.id == want, res.describe()
    assert "machine" not in _needs(res)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Hip thrust (no bench)", "glute_bridge"),
        ("Single leg hip thrust without a bench", "single_leg_glute_bridge"),
        ("Barbell hip thrust w/o bench", "glute_bridge"),
    ],
)
def test_a_hip_thrust_without_a_bench_is_the_bridge(name: str, want: str) -> None:
    """The hip thrust's back rests on a bench; without one the back is on the floor: the bridge,
    as "Hip thrust from the floor" is."""
    assert "bench" not in _needs(_assert_base(name, want))


def test_a_reverse_hyper_without_its_machine_is_done_on_a_bench() -> None:
    """The reverse hyper without its machine is the hips on a bench's end, as "Reverse hyper on
    a bench" reads: the legs' own weight, no reverse-hyper machine needed."""
    res = _read("Reverse hyper (no machine)")
    assert res.base is not None and res.base.id == "reverse_hyper", res.describe()
    assert _needs(res) == {"bench"}


@pytest.mark.parametrize(
    "name", ["Leg press (no machine)", "Leg extension without machine", "Machine-free leg press"]
)
def test_a_movement_only_a_machine_does_is_asked_about_without_it(name: str) -> None:
    """No catalog leg press or leg extension is done without a machine: asked about, saying so -
    never the machine's exercise with the refusal dropped."""
    res = _read(name)
    assert (res.status, "without a machine" in res.reason) == ("unknown", True), res.describe()


def test_the_one_exercise_left_on_a_side_the_name_does_not_say_is_asked_about() -> None:
    """The catalog's body-weight calf raise is on one leg: "Calf raise (no machine)" does not say
    one leg, so it is asked about, naming it - never a side made up (said, it is placed)."""
    res = _read("Calf raise (no machine)")
    assert res.status == "unknown" and "Single-leg calf raise" in res.reason, res.describe()
    _assert_base("Single leg calf raise, no machine", "single_leg_calf_raise")


def test_a_refused_tool_is_not_shown_though_the_movements_name_says_it() -> None:
    """ "Cable pull through (no cable, band)": the band's pull-through, no cable among its
    modifiers (the cable of the movement's own name is refused too)."""
    res = _assert_base("Cable pull through (no cable, band)", "band_pull_through")
    assert "cable" not in res.modifiers and "cable" not in _needs(res), res.describe()


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Nordic (no band)", "nordic_curl"),
        ("Bulgarian split squat, no bench", "bulgarian_split_squat"),
        ("Back extension (no GHD)", "back_extension_45"),
        ("RDL no machine", "romanian_deadlift"),
    ],
)
def test_refusing_an_apparatus_the_exercise_does_not_need_changes_nothing(name: str, want: str) -> None:
    """A refused tool the exercise never needed leaves it (a Bulgarian split squat's rear foot
    goes on any support: a bench refused is not the exercise refused)."""
    _assert_base(name, want)


@pytest.mark.parametrize(
    "name", ["Agachamento no smith", "Elevação pélvica no banco", "Cadeira flexora no aparelho"]
)
def test_portuguese_no_before_an_apparatus_is_still_on_it(name: str) -> None:
    """In a Portuguese name "no" is "in the": the apparatus is the one it is done on."""
    res = _read(name)
    assert res.status == "exercise", res.describe()
    assert not any("negated" in a for a in res.assumed), res.describe()


@settings(max_examples=150, deadline=None)
@given(
    form=st.sampled_from(REFUSALS),
    movement=st.sampled_from(
        [
            "Leg curl",
            "Seated leg curl",
            "Glute ham raise",
            "Hip thrust",
            "Romanian deadlift",
            "Back squat",
            "Calf raise",
            "Nordic",
            "Good morning",
            "Hip abduction",
            "Step up",
            "Pull through",
        ]
    ),
    tool=st.sampled_from(
        ["machine", "barbell", "cable", "band", "GHD", "dumbbell", "Smith machine", "sliders"]
    ),
)
def test_property_a_refused_apparatus_is_never_needed(form: str, movement: str, tool: str) -> None:
    """Whatever the movement and the tool, a name refusing the tool is read as an exercise that
    does not need it, or asked about saying it is without it - never placed on one that needs it."""
    name = _refusing(form, movement, tool)
    res = _read(name)
    refused = {
        "machine": {"machine", "ghr", "reverse_hyper"},
        "GHD": {"ghr"},
        "Smith machine": {"smith_machine"},
        "sliders": {"sliders"},
    }.get(tool, {tool})
    if res.exercise is None:
        assert res.status != "exercise"
        return
    assert not refused & _needs(res), res.describe()


# -- 2. chains and props -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Nordic with chains", "nordic_curl"),
        ("Nordic curl (chains)", "nordic_curl"),
        ("Glute bridge with chains", "glute_bridge"),
        ("Back extension with chains", "back_extension_45"),
    ],
)
def test_chains_on_a_lift_no_bar_loads_are_a_weight_worn(name: str, want: str) -> None:
    """Chains add load to a bar as it rises (the links leave the floor); on a body-weight
    eccentric there is no bar: draped or held, they are a weight worn - not "accommodating"."""
    res = _read(name)
    assert res.base is not None and res.base.id in (want, f"weighted_{want}"), res.describe()
    assert "accommodating" not in res.modifiers, res.describe()
    assert "weighted" in res.modifiers or res.base.id.startswith("weighted_"), res.describe()


@pytest.mark.parametrize(
    "name", ["Squat with chains", "Deadlift with chains", "Chain good morning", "Hip thrust with chains"]
)
def test_chains_on_a_bar_stay_accommodating_resistance(name: str) -> None:
    """... and on a barbell lift they are the powerlifters' accommodating resistance, as before."""
    assert "accommodating" in _read(name).modifiers, _read(name).describe()


@pytest.mark.parametrize(
    "name", ["Medicine ball Nordic", "Nordic (medicine ball)", "Sandbag Nordic", "Med ball Nordic curl"]
)
def test_a_prop_beside_the_nordic_is_the_nordic(name: str) -> None:
    """A medicine ball or sandbag beside the Nordic is a prop (held, or fallen to): the Nordic, not
    a medicine-ball throw - the Nordic's weak word yielded to the conditioning movement."""
    _assert_base(name, "nordic_curl")


@pytest.mark.parametrize("name", ["Medicine ball slam", "Nordic walking", "Medicine ball chest pass"])
def test_a_medicine_ball_movement_stays_out_of_scope(name: str) -> None:
    """The ball's own movements (a slam, a pass) and Nordic walking stay conditioning."""
    assert _read(name).status == "out_of_scope", _read(name).describe()


# -- 3. the glute press, the bridge walkout, the clinic's stretches ------------------------------


@pytest.mark.parametrize(
    "name", ["Glute press", "Glute press machine", "Butt blaster", "Single leg glute press"]
)
def test_the_glute_press_is_the_kickback_machine(name: str) -> None:
    """The glute press (the foot pushed back against a pad, the hip extended) is the glute
    kickback machine - it was out of scope, a press."""
    _assert_base(name, "glute_kickback")


@pytest.mark.parametrize(
    "name",
    [
        "Bridge with walkout",
        "Glute bridge with walkouts",
        "Bridge with walk-outs",
        "Hip bridge with walk out",
    ],
)
def test_a_bridge_with_a_walkout_is_the_bridge_walkout(name: str) -> None:
    """Walking the heels out from a bridge lengthens the lever to near-straight knees: the
    long-lever bridge, as "Bridge walkout" reads - "with" between the two halves dropped it."""
    _assert_base(name, "long_lever_bridge")


@pytest.mark.parametrize(
    "name",
    [
        "AKE",
        "AKE stretch",
        "Active knee extension",
        "Active knee extension (supine)",
        "PKE",
        "Passive knee extension stretch",
        "90/90 Hamstring",
        "90/90 hamstring stretch",
        "Supine 90-90 hamstring stretch",
    ],
)
def test_the_clinics_knee_extension_tests_are_the_hamstring_stretch(name: str) -> None:
    """The active and passive knee extension (the hip held at 90 degrees, the knee straightened)
    and the 90/90 hamstring stretch lengthen the hamstrings: the stretch - "Active knee extension"
    was the quadriceps' leg-extension machine, "AKE" and "90/90 Hamstring" unknown."""
    _assert_base(name, "static_hamstring_stretch")


@pytest.mark.parametrize("name", ["Knee extension", "Seated knee extension", "Knee extension machine"])
def test_a_knee_extension_alone_stays_the_leg_extension(name: str) -> None:
    """Without the clinic's active or passive, a knee extension is the machine's."""
    _assert_base(name, "leg_extension")


def test_a_slash_between_other_numbers_is_still_a_dose() -> None:
    """Only a position's name is read whole: "Split squat 8/8" is a dose per leg, as before."""
    res = _read("Split squat 8/8")
    assert res.base is not None and res.base.id == "split_squat", res.describe()


# -- 4. a suspension trainer ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["TRX leg curl", "trx strap leg curl", "Ring hamstring curl", "Suspension trainer leg curl"]
)
def test_a_suspension_leg_curl_needs_the_suspension_trainer(name: str) -> None:
    """Its mechanics are the ball curl's, but it is done on straps: it needs a suspension
    trainer, not a stability ball (check_equipment and plans read it as the ball; names23 made
    it the catalog's suspension-trainer curl)."""
    assert _needs(_assert_base(name, "suspension_leg_curl")) == {"suspension"}


@pytest.mark.parametrize("said", ["TRX", "rings", "suspension trainer", "TRX straps"])
def test_equipment_a_suspension_trainer_is_its_own(said: str) -> None:
    """equipment=["TRX"] is a suspension trainer, not a stability ball."""
    from hamstring_rules._recommend import check_equipment

    assert check_equipment([said]) == frozenset({"suspension"})


def test_a_nordic_strap_is_still_no_apparatus() -> None:
    """A Nordic strap holds the ankles for the Nordic, which needs none: still nothing."""
    from hamstring_rules._recommend import check_equipment

    assert check_equipment(["nordic strap"]) == frozenset()


def test_the_suspension_trainer_is_an_equipment_value() -> None:
    """The catalog's equipment enumeration has the suspension trainer."""
    assert hr.Equipment("suspension").value == "suspension"
    assert "suspension" in NAMES["equipment"]


# -- 5. what the app names showed (tests/data/names_heldout/apps20*.csv) -------------------------


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Comp squat", "back_squat"),
        ("Competition sumo deadlift", "sumo_deadlift"),
        ("Meet deadlift (conventional)", "conventional_deadlift"),
        ("Hex bar deadlift, high handles", "trap_bar_deadlift"),
        ("Trap bar DL low handle", "trap_bar_deadlift"),
    ],
)
def test_the_lift_as_competed_and_a_handle_height_are_the_lift(name: str, want: str) -> None:
    """ "Competition", "comp", "meet" and a trap bar's handle height say how the lift is set up,
    no other movement: beside a deadlift they were unknown words that might pick its class."""
    _assert_base(name, want)


@pytest.mark.parametrize(
    "name",
    ["45 degree hyperextension holding a plate", "Back extension (dumbbell hugged)", "Hyper, plate hug"],
)
def test_a_load_held_in_a_back_extension_is_the_weighted_one(name: str) -> None:
    """A load held or hugged to the chest is the weighted back extension - the word was ignored
    and the body-weight one read."""
    _assert_base(name, "weighted_back_extension_45")


@pytest.mark.parametrize(
    "name",
    ["Glute bridge with heel walkout", "Bridge with single leg walkout", "Hip bridge with slow walk-out"],
)
def test_modifiers_between_with_and_the_walkout_keep_the_bridge_walkout(name: str) -> None:
    """Words of the set said between "with" and the walkout ("heel", "single leg") leave it the
    bridge walkout: the long-lever bridge (it was the bent-knee bridge, a wrong class)."""
    _assert_base(name, "long_lever_bridge")


@pytest.mark.parametrize(
    ("name", "want_class"),
    [
        ("Lateral band walk (squat position)", "hip_abduction"),
        ("Monster walk in squat position", "hip_abduction"),
        ("Band walk (half squat position)", "hip_abduction"),
    ],
)
def test_a_movement_said_as_a_position_is_the_other_movements(name: str, want_class: str) -> None:
    """A movement named before "position" beside another names the body's position in that one:
    the band walk done knees bent (it was the lateral lunge, a wrong class)."""
    assert _read(name).movement_class == want_class, _read(name).describe()


@pytest.mark.parametrize(
    ("name", "want"),
    [("Squat position hold", "back_squat"), ("Split squat position isometric", "split_squat")],
)
def test_a_movement_said_as_a_position_alone_is_held_there(name: str, want: str) -> None:
    """... and said alone it is that movement, held in its position."""
    _assert_base(name, want)


@pytest.mark.parametrize(
    "name", ["Leg curl (no machine)", "Leg press without machine", "Calf raise (no machine)"]
)
def test_a_name_refusing_an_apparatus_is_offered_nothing_needing_it(name: str) -> None:
    """The did-you-mean of a name asked about for a refused apparatus offers no exercise needing it
    (HR009 told "Leg curl (no machine)" to use the lying machine curl first)."""
    res = _read(name)
    assert res.status == "unknown" and res.suggestions, res.describe()
    for suggested in res.suggestions:
        assert "machine" not in {e.value for e in CATALOG.resolve(suggested).equipment}, res.suggestions


@pytest.mark.parametrize(
    "name", ["Single-leg stiff-leg deadlift", "Stiff unilateral", "Dumbbell single leg straight leg deadlift"]
)
def test_a_straight_knee_deadlift_on_one_leg_is_the_single_leg_rdl(name: str) -> None:
    """ "Stiff-leg" says the class of a straight-knee hinge: on one leg it is the catalog's one
    single-leg straight-knee deadlift, the single-leg RDL - it was the barbell stiff-leg deadlift
    derived on one leg (with the barbell it does not use)."""
    _assert_base(name, "single_leg_rdl")


@pytest.mark.parametrize(
    ("name", "want"),
    [("Single leg straight leg bridge", "long_lever_bridge"), ("Stiff leg deadlift", "stiff_leg_deadlift")],
)
def test_stiff_leg_keeps_its_exercise_where_nothing_else_is_said(name: str, want: str) -> None:
    """... and a straight-leg bridge on one leg stays the long-lever bridge (the single-leg glute
    bridge is bent-knee), the stiff-leg deadlift itself the stiff-leg deadlift."""
    _assert_base(name, want)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Skipping (Rope)", None),
        ("Skipping (rope)", None),
        ("Alternating lunges (walking)", "walking_lunge"),
        ("Bridge (walkout)", "long_lever_bridge"),
    ],
)
def test_a_bracketed_word_completing_the_movement_is_read_with_it(name: str, want: str | None) -> None:
    """The apps' "Name (Kind)": a bracketed word that with the movement before it makes a longer
    movement is read so - British "Skipping (Rope)" is the jump rope (out of scope; it was the
    A-skip running drill, a wrong class)."""
    res = _read(name)
    if want is None:
        assert res.status == "out_of_scope", res.describe()
    else:
        _assert_base(name, want)


@pytest.mark.parametrize(
    ("name", "want"),
    [("Reverse hyperextension (bench)", "bench"), ("Skipping", None), ("A-skip (drill)", None)],
)
def test_a_bracketed_apparatus_or_drill_is_not_joined(name: str, want: str | None) -> None:
    """... but an apparatus in brackets stays the apparatus it is done on ("Reverse
    hyperextension (bench)": on a bench), and skipping alone stays the A-skip."""
    res = _read(name)
    if want is None:
        assert res.base is not None and res.base.id == "a_skip", res.describe()
    else:
        assert want in _needs(res), res.describe()
