"""Lower-body words the grammar filed elsewhere (review27 R2, R5, R6, R19, R20, R23): each
pattern as a property over its word family, and the check-level consequence."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

CATALOG = hr.Catalog.builtin()

# Lifts that read alone, with the exercise each reads as.
HINGES = {
    "RDL": "romanian_deadlift",
    "Romanian deadlift": "romanian_deadlift",
    "Good morning": "good_morning",
    "Stiff leg deadlift": "stiff_leg_deadlift",
    "Cable pull through": "cable_pull_through",
    "45-degree back extension": "back_extension_45",
    "Hip thrust": "hip_thrust",
    "Glute bridge": "glute_bridge",
}
LIFTS = {
    **HINGES,
    "Seated leg curl": "seated_leg_curl",
    "Nordic curl": "nordic_curl",
    "Lying leg curl": "lying_leg_curl",
}


def _id(name: str) -> str | None:
    found = CATALOG.classify(name)
    return found.exercise.id if found.status == "exercise" and found.exercise is not None else None


def _program(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"name": "p", "sessions": [{"name": "A", "day": "mon", "exercises": list(entries)}]}


def _codes(result: Any) -> set[str]:
    return {f.code for f in result.findings}


# --- R19: a number with a weight unit is a load, never the deg45/deg90 position -------------

UNITS = ["kg", "kgs", "lb", "lbs", "pound", "pounds", "#", "kilos"]


@given(
    lift=st.sampled_from(sorted(LIFTS)),
    number=st.sampled_from(["45", "90", "20", "135"]),
    unit=st.sampled_from(UNITS),
    space=st.sampled_from(["", " "]),
    before=st.booleans(),
)
def test_a_number_with_a_weight_unit_is_a_load(
    lift: str, number: str, unit: str, space: str, before: bool
) -> None:
    """`45 kg RDL`, `RDL 90 lb`, `45 pounds good morning`: the lift itself, whatever the number."""
    load = f"{number}{space}{unit}"
    name = f"{load} {lift}" if before else f"{lift} {load}"
    assert _id(name) == LIFTS[lift], name


def test_pound_is_a_unit_word() -> None:
    """`45 pound plate hyperextension` is the plate-loaded back extension, not an unknown `pound`."""
    assert _id("45 pound plate hyperextension") == _id("Plate hyperextension")


def test_a_bare_45_is_still_the_position() -> None:
    """Without a unit, 45 and 90 keep naming the bench's angle."""
    assert _id("45 back extension") == "back_extension_45"
    assert _id("90 degree back extension") != "back_extension_45"


# --- R20: the knee's slight bend in a hinge is a form cue, never a squat -------------------

SOFT_KNEES = [
    "slight knee bend", "soft knees", "knees slightly bent", "slightly bent knees",
    "slight bend in the knees", "knees unlocked", "soft knee", "slight bend at the knee",
]  # fmt: skip


@given(
    lift=st.sampled_from(sorted(LIFTS)),
    cue=st.sampled_from(SOFT_KNEES),
    form=st.sampled_from(
        ["{lift} ({cue})", "{lift} with {cue}", "{lift}, {cue}", "{lift} {cue}", "{lift} - {cue}"]
    ),
)
def test_a_soft_knee_cue_keeps_the_lift(lift: str, cue: str, form: str) -> None:
    """`Good morning (slight knee bend)`, `RDL knees slightly bent`: the lift, never a back squat."""
    name = form.format(lift=lift, cue=cue)
    assert _id(name) == LIFTS[lift], name


def test_a_soft_kneed_good_morning_counts_as_the_hinge() -> None:
    """The tie-in week with `Good morning (slight knee bend)` has its hinge: no HR001, no HR008."""
    program = _program(
        {"exercise": "Good morning (slight knee bend)", "sets": 3, "reps": 8},
        {"exercise": "Leg press", "sets": 3, "reps": 10},
        {"exercise": "45-degree back extension (slight knee bend)", "sets": 3, "reps": 15},
    )
    codes = _codes(hr.check(program))
    assert "HR001" not in codes
    assert "HR008" not in codes


# --- R2: a press or a pull said with a lower-body word is never an out-of-scope upper-body lift -


@given(
    part=st.sampled_from(["Hip", "Glute", "Single leg hip", "Barbell hip", "Machine glute", "Banded hip"]),
    tail=st.sampled_from(["press", "press machine", "presses"]),
)
def test_a_hip_or_glute_press_is_the_hip_thrust(part: str, tail: str) -> None:
    """`Hip press`, `Glute press machine`: the hip thrust (machine), a bent-knee hip extension."""
    found = CATALOG.classify(f"{part} {tail}")
    assert found.status == "exercise" and found.exercise is not None, found
    assert found.exercise.movement_class == "bent_knee_hip_extension"


@given(
    said=st.sampled_from(["Romanian", "Stiff legged", "Stiff leg", "Straight leg", "Straight legged"]),
    verb=st.sampled_from(["pull", "pulls", "traction"]),
)
def test_a_romanian_or_stiff_legged_pull_is_the_deadlift(said: str, verb: str) -> None:
    """`Romanian pull`, `Stiff legged pull`, `Romanian traction`: the deadlift they name."""
    expected = "romanian_deadlift" if said == "Romanian" else "stiff_leg_deadlift"
    assert _id(f"{said} {verb}") == expected


@given(
    word=st.sampled_from(["Hamstring", "Glute", "Hip", "Romanian"]),
    movement=st.sampled_from(["row", "pull up", "pulldown", "bench press", "push up"]),
)
def test_a_leg_word_never_leaves_an_upper_body_lift_out_of_scope(word: str, movement: str) -> None:
    """A press or pull said with a hip, glute, hamstring or hinge word is placed or asked about."""
    assert CATALOG.classify(f"{word} {movement}").status != "out_of_scope"


def test_an_upper_body_lift_with_a_setup_word_stays_out_of_scope() -> None:
    """The legs or a straight back said of an upper-body lift's setup keep it out of scope."""
    for name in ["Legs up bench press", "Lat pull down (straight back)", "Knee push up", "Bench press"]:
        assert CATALOG.classify(name).status == "out_of_scope", name


def test_a_romanian_pull_in_rehab_gets_the_rdl_error() -> None:
    """Acute strain rehab stage 1: `Romanian pull` 3x8 gets HR010 as `Romanian deadlift` does."""

    def codes(name: str) -> set[str]:
        entry = {"exercise": name, "sets": 3, "reps": 8, "tempo": "3-0-3-0"}
        return _codes(hr.check(_program(entry), goal="rehab", stage=1))

    assert "HR010" in codes("Romanian deadlift")
    assert "HR010" in codes("Romanian pull")
    assert "HR009" in codes("Hamstring press")


# --- R23: "hold" with what it holds is a grip or setup, never the isometric ----------------

OBJECTS = [
    "DB",
    "dumbbell",
    "the bar",
    "a kettlebell",
    "bar",
    "plate",
    "the rail",
    "ankles",
    "handle",
    "the weight",
]


@given(
    lift=st.sampled_from(["Single leg RDL", "RDL", "Nordic", "Good morning", "Split squat"]),
    verb=st.sampled_from(["hold", "holds", "partner holds"]),
    thing=st.sampled_from(OBJECTS),
    tail=st.sampled_from(["", " in opposite hand", " close", " in both hands"]),
)
def test_hold_with_an_object_is_a_grip(lift: str, verb: str, thing: str, tail: str) -> None:
    """`Single leg RDL (hold DB in opposite hand)`, `Nordic (partner holds ankles)`: dynamic."""
    found = CATALOG.classify(f"{lift} ({verb} {thing}{tail})")
    assert found.exercise is not None, found
    assert not found.exercise.isometric, found.exercise.id


@given(
    lift=st.sampled_from(["Nordic", "Glute bridge", "Single leg bridge", "Hip thrust", "RDL"]),
    said=st.sampled_from(["hold", "30 s hold", "isometric hold", "hold 45s", "iso hold"]),
)
def test_hold_alone_or_with_a_time_stays_isometric(lift: str, said: str) -> None:
    """`Nordic hold`, `Glute bridge 30 s hold`: the isometric variant. (A hold at a position beside
    a dynamic lift, `hold at top`, is notes21's pause cue: not asserted here.)"""
    found = CATALOG.classify(f"{lift} {said}")
    assert found.exercise is not None and found.exercise.isometric, found


def test_a_partner_held_nordic_gets_the_tendon_spacing_checks() -> None:
    """Rehab stage 3, Monday and Tuesday: `Nordic (partner holds ankles)` is judged as `Nordic curl`."""

    def codes(name: str) -> set[str]:
        entry = {"exercise": name, "sets": 3, "reps": 6, "tempo": "3-0-1-0"}
        program = {
            "name": "p",
            "sessions": [
                {"name": "A", "day": "mon", "exercises": [entry]},
                {"name": "B", "day": "tue", "exercises": [entry]},
            ],
        }
        return _codes(hr.check(program, goal="rehab", stage=3))

    plain = codes("Nordic curl")
    assert "HR017" in plain
    assert codes("Nordic (partner holds ankles)") == plain


# --- R5: the forward lean is one position word wherever it stands; "forward" is not walking --

LEANS = [
    "forward-leaning", "leaning", "forward lean", "lean forward", "leaning forward", "torso forward",
    "trunk forward", "torso lean", "lean",
]  # fmt: skip


@given(
    lean=st.sampled_from(LEANS),
    form=st.sampled_from(["{lean} {lift}", "{lift} ({lean})", "{lift}, {lean}", "{lift} with {lean}"]),
    lift=st.sampled_from(["Split squat", "Seated leg curl"]),
)
def test_a_lean_said_anywhere_is_the_lean(lean: str, form: str, lift: str) -> None:
    """`Forward-leaning split squat`, `Seated leg curl, torso forward`: the lean-forward variant."""
    name = form.format(lean=lean.capitalize() if form.startswith("{lean}") else lean, lift=lift)
    expected = {
        "Split squat": "hip_dominant_bulgarian_split_squat",
        "Seated leg curl": "seated_leg_curl_lean_forward",
    }
    found = CATALOG.classify(name)
    assert found.exercise is not None and found.exercise.id == expected[lift], (name, found)
    assert "walking" not in found.modifiers, name


@given(
    lift=st.sampled_from(["Split squat", "Seated leg curl", "RDL", "Nordic curl", "Hip thrust", "Leg press"]),
    before=st.booleans(),
)
def test_forward_alone_never_makes_a_stationary_lift_walking(lift: str, before: bool) -> None:
    """`Forward split squat`, `RDL forward`: never the walking variant of a stationary lift."""
    name = f"Forward {lift.lower()}" if before else f"{lift} forward"
    found = CATALOG.classify(name)
    assert "walking" not in found.modifiers, (name, found)
    assert found.exercise is None or found.exercise.id == _id(lift), (name, found)


def test_forward_still_tells_a_lunge_from_a_reverse_lunge() -> None:
    """`Forward or reverse lunge` is still asked about, a choice of two."""
    assert CATALOG.classify("Forward or reverse lunge").status == "unknown"
    assert _id("Forward lunge") == "lunge"
    assert _id("Leaning back Nordic") == "nordic_curl"


# --- R6: the physio handouts' vocabulary -------------------------------------------------


HANDOUT_HOLDS = [
    "Hamstring sets", "Hamstring set", "Isometric hamstring contraction", "Hamstring isometric",
    "Hamstring contraction", "Hamstring hold", "Mid-range isometric hamstring hold", "Heel dig",
]  # fmt: skip


@given(
    name=st.sampled_from(HANDOUT_HOLDS),
    side=st.sampled_from(["", " (affected side)", " x10"]),
)
def test_the_handouts_isometric_knee_flexion_is_the_supine_hold(name: str, side: str) -> None:
    """`Hamstring sets` (the heel dug in, lying): the supine isometric hamstring hold."""
    found = CATALOG.classify(name + side)
    assert found.exercise is not None, found
    assert found.exercise.movement_class == "knee_flexion" and found.exercise.isometric, found


def test_the_handouts_eccentric_lowering_and_the_nordbord_are_the_nordic() -> None:
    """`Eccentric hamstring lowering` and `Nordbord` are the Nordic curl."""
    for name in ["Eccentric hamstring lowering", "Hamstring lowering", "Nordbord", "Nord bord"]:
        assert _id(name) == "nordic_curl", name


@given(
    pair=st.sampled_from([("Clam", "shell"), ("Nord", "bord"), ("Ham", "string curl"), ("Step", "up")]),
    plural=st.booleans(),
    lead=st.sampled_from(["", "Banded ", "Dumbbell "]),
)
def test_a_one_word_name_written_as_two_reads_as_one(pair: tuple[str, str], plural: bool, lead: str) -> None:
    """`Clam shell(s)` reads as `Clamshell`, `Nord bord` as `Nordbord`: a space never breaks a compound."""
    first, second = pair
    suffix = "s" if plural else ""
    closed = _id(f"{lead}{first}{second}{suffix}")
    assert closed is not None
    assert _id(f"{lead}{first} {second}{suffix}") == closed


def test_a_hip_dominant_step_up_is_placed() -> None:
    """`Step up (hip dominant)`: the step-up, hip-dominant (derived, heuristic)."""
    found = CATALOG.classify("Step up (hip dominant)")
    assert found.exercise is not None and found.exercise.primary_action.value == "hip_extension", found


def test_a_bent_knee_or_seated_good_morning_says_why_it_is_not_placed() -> None:
    """`Bent-knee good morning`, `Seated good morning`: asked about, saying the hamstrings are shorter."""
    for name in ["Bent-knee good morning", "Seated good morning", "Good morning (bent knee)"]:
        found = CATALOG.classify(name)
        assert found.status == "unknown", name
        assert "hamstrings" in found.reason, found.reason


@given(tool=st.sampled_from(["GHD", "Glute ham developer", "Smith machine", "Cable", "Dumbbell", "Band"]))
def test_an_apparatus_said_alone_is_asked_about_saying_so(tool: str) -> None:
    """`GHD` alone names an apparatus, no movement: unknown, the reason saying which exercise?"""
    found = CATALOG.classify(tool)
    assert found.status == "unknown"
    assert "only equipment" in found.reason, found.reason
