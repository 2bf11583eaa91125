"""Review rv24's name defects: a sprinter's sprint vocabulary (R1), the floor prone leg lift (R3),
the Nordic's and the Askling glider's everyday names (R5), and words that change an exercise
never dropped as unknown words."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.names import grammar

CATALOG = hr.Catalog.builtin()


def _findings(program: dict[str, Any]) -> list[hr.Finding]:
    return list(hr.check(hr.load_program(program)).findings)


def _program(goal: str, days: dict[str, list[tuple[str, int, int]]], **extra: Any) -> dict[str, Any]:
    """A one-week program: day -> (exercise, sets, reps) entries."""
    return {
        "name": "names16",
        "goal": goal,
        **extra,
        "sessions": [
            {
                "name": day,
                "day": day,
                "exercises": [{"exercise": n, "sets": s, "reps": r} for n, s, r in rows],
            }
            for day, rows in days.items()
        ],
    }


# -- R1: a sprinter's sprint vocabulary ------------------------------------------------------

#: A sprint coach's names for sprint work: flys named by their distance or time ("flying 10s"),
#: starts (blocks, three-point, falling, crouch) and build-ups - all near-maximal running.
SPRINT_NAMES = (
    "Fly 10s",
    "10m fly",
    "Fly 20 yd",
    "Flys 30m",
    "Fly sprints",
    "Block starts",
    "3-point starts",
    "Three point start",
    "Falling starts",
    "Crouch starts",
    "Build-ups",
    "Buildups",
)


@pytest.mark.parametrize("name", SPRINT_NAMES)
def test_a_sprinters_sprint_words_read_as_sprinting(name: str) -> None:
    """'Fly 10s' was an out-of-scope chest fly, the starts and build-ups unknown: each is the sprint."""
    res = CATALOG.classify(name)
    assert res.status == "exercise", (name, res.reason)
    assert res.exercise is not None and res.exercise.movement_class.value == "running", (name, res.exercise)


#: A fly with no distance or time beside it, or said with a tool or the chest, is the chest fly; a
#: dose of sets ("3x10") is no distance.
CHEST_FLYS = ("Fly", "Dumbbell fly", "Cable fly 30s", "Chest fly 10s", "Fly 3x10", "Reverse fly", "Fly 12")


@pytest.mark.parametrize("name", CHEST_FLYS)
def test_a_chest_fly_stays_out_of_scope(name: str) -> None:
    """Only a fly with a distance or a time, or a running word, is the flying sprint."""
    assert CATALOG.classify(name).status == "out_of_scope", name


def test_a_week_of_starts_flys_and_build_ups_sprints() -> None:
    """rv24 R1's sprinter: HR022 said 'No sprinting in this week's training' for three sprint days,
    and HR009 asked about the starts and build-ups."""
    program = _program(
        "strain_prevention",
        {
            "mon": [("Block starts", 6, 1), ("Nordic hamstring curl", 2, 5)],
            "wed": [("Fly 10s", 4, 1), ("Single-leg RDL", 3, 6)],
            "fri": [("Build-ups", 4, 1), ("Askling diver", 3, 6)],
        },
    )
    codes = {f.code for f in _findings(program)}
    assert "HR022" not in codes and "HR009" not in codes, codes


# -- R3: the prone leg lift on the floor ------------------------------------------------------


@pytest.mark.parametrize("name", ["Prone leg lift", "Prone leg raise", "Prone leg lifts"])
def test_a_prone_leg_lift_is_no_reverse_hyper(name: str) -> None:
    """Lying face down on the floor the hip starts at neutral and extends: not the reverse hyper
    (hip flexion, long length). It is the lying hip extension where the catalog has one, else it
    is asked about - never placed in hip flexion."""
    res = CATALOG.classify(name)
    if res.status == "exercise":
        assert res.exercise is not None
        assert res.exercise.primary_action.value == "hip_extension", res.exercise
        assert res.base is not None and res.base.id != "reverse_hyper", res.base
        assert res.exercise.hamstring_length.value != "long", res.exercise
    else:
        assert res.status == "unknown" and "lying hip extension" in res.reason, res.reason


@pytest.mark.parametrize(
    "name", ["Prone leg raise on bench", "Prone leg lift on stability ball", "Prone reverse hyper"]
)
def test_a_prone_leg_raise_off_an_apparatus_is_the_reverse_hyper(name: str) -> None:
    """Over a bench or a ball the legs hang from its edge in hip flexion: the reverse hyper (and a
    prone reverse hyper is the reverse hyper: it is always done prone)."""
    res = CATALOG.classify(name)
    assert res.status == "exercise" and res.exercise is not None, (name, res.reason)
    assert res.base is not None and res.base.id == "reverse_hyper", res.exercise  # (derived: names18)


def test_a_stage_2_physio_programme_has_no_hip_flexion_error_for_the_prone_leg_lift() -> None:
    """rv24 R3: HR010 'hip flexion ... compresses the tendon' fired twice at stage 2 for the floor
    prone leg lift, read as the reverse hyper."""
    program = _program(
        "rehab",
        {"mon": [("Prone leg lift", 3, 10), ("Clamshell", 3, 15)], "thu": [("Prone leg lift", 3, 10)]},
        stage=2,
    )
    assert not [f for f in _findings(program) if f.code == "HR010"]


# -- R5: the Nordic and the Askling glider by their coaching names ----------------------------

NORDIC_NAMES = (
    "Nordic lowers",
    "Hamstring lowers",
    "Hamstring lower",
    "Natural leg curl",
    "Natural hamstring curl",
    "Poor man's GHR",
    "Poor mans glute ham raise",
    "Poor man's glute-ham raise",
)


@pytest.mark.parametrize("name", NORDIC_NAMES)
def test_the_nordic_under_its_coaching_names(name: str) -> None:
    """'Nordic lowers' and 'Hamstring lowers' were unknown, 'Natural leg curl' the lying machine curl
    and 'Poor man's GHR' the glute-ham raise (the words 'natural', 'poor', 'man' ignored)."""
    res = CATALOG.classify(name)
    assert res.status == "exercise" and res.base is not None, (name, res.reason)
    assert res.base.id == "nordic_curl", (name, res.base.id)
    assert not [a for a in res.assumed if a.startswith("ignored")], res.assumed


def test_a_squad_doing_nordics_under_their_names_gets_no_missing_nordic_warning() -> None:
    """rv24 R5's team: HR013 'No Nordic hamstring exercise for any week' with three Nordic variants."""
    program = _program(
        "strain_prevention",
        {
            "tue": [("Nordic lowers", 3, 6), ("Poor man's GHR", 2, 5)],
            "thu": [("Flying sprints", 4, 1), ("Natural leg curl", 2, 6)],
        },
    )
    codes = {f.code for f in _findings(program)}
    assert "HR013" not in codes and "HR009" not in codes, codes


@pytest.mark.parametrize("name", ["Glider", "The glider", "L-protocol glider", "Hamstring glider"])
def test_a_bare_glider_is_asklings_glider(name: str) -> None:
    """As bare 'Extender' and 'Diver' are Askling's: 'Glider' was unknown in an L-protocol."""
    res = CATALOG.classify(name)
    assert res.status == "exercise" and res.exercise is not None, (name, res.reason)
    assert res.exercise.id == "askling_glider", res.exercise.id


@pytest.mark.parametrize("name", ["Glider leg curl", "Floor Glider Hamstring Curls", "Glider hamstring curl"])
def test_a_glider_said_with_a_curl_is_the_sliders_curl(name: str) -> None:
    """A gliding disc under the heels of a curl is the slider: the slider leg curl, as before."""
    res = CATALOG.classify(name)
    assert res.status == "exercise" and res.exercise is not None, (name, res.reason)
    assert res.exercise.id == "slider_leg_curl", res.exercise.id


def test_an_l_protocol_written_extender_diver_glider_gets_the_gliders_rest_check() -> None:
    """rv24 R5: the glider on Sunday and Monday (24 h; P009 asks 72 h) escaped HR037 as an unknown
    name, which 'Askling glider' reports."""
    entries = [("Extender", 3, 12), ("Glider", 3, 4)]
    program = _program("strain_rehab", {"mon": entries, "sun": entries}, stage=1)
    rest = [f for f in _findings(program) if f.code == "HR037"]
    assert rest and any("Glider" in f.message for f in rest), [f.message for f in _findings(program)]


# -- words that change the exercise are never dropped -----------------------------------------


@pytest.mark.parametrize(
    "name", ["Poor man's squat", "Poor man's leg curl", "Natural squat", "Natural leg press"]
)
def test_a_stand_in_word_with_a_movement_it_makes_nothing_of_is_asked_about(name: str) -> None:
    """'Poor man's X' is some stand-in for X: unknown with the word named, not X with it dropped."""
    res = CATALOG.classify(name)
    assert res.status == "unknown", (name, res.exercise)
    assert "which exercise" in res.reason, res.reason


@pytest.mark.parametrize("name", ["Razor leg curl", "Harrop leg curl", "Razor GHR"])
def test_a_word_naming_another_movement_of_the_class_is_not_ignored(name: str) -> None:
    """'razor' is the Nordic's ('razor curl') and 'harrop' the glute-ham raise's ('harrop curl'):
    said before another knee-flexion movement it may make it that one - asked about, never dropped
    as an unknown word (the lying machine curl was chosen with 'ignored 'razor'')."""
    res = CATALOG.classify(name)
    assert res.status == "unknown", (name, res.exercise)
    assert name.split()[0].lower() in res.reason, res.reason


def _qualified_names() -> list[tuple[str, str, str]]:
    """(qualifier word, its movement, a spelling of another lower-body movement of that class)."""
    g = grammar()
    kinds: dict[str, set[str]] = {}
    for ex in CATALOG:
        res = CATALOG.classify(ex.name)
        parsed = g.parse(ex.name)
        if res.status == "exercise" and parsed.head is not None:
            kinds.setdefault(parsed.head, set()).add(ex.movement_class.value)
    found = []
    for word, targets in sorted(g.qualifying_words.items()):
        for key, phrase in sorted(g.phrases.items()):
            if (
                phrase.role == "head"
                and phrase.ident not in targets
                and phrase.ident in kinds
                and any(kinds[phrase.ident] & kinds.get(t, set()) for t in targets)
                and word not in key
            ):
                found.append((word, ",".join(sorted(targets)), " ".join(key)))
    return found


QUALIFIED = _qualified_names()


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(QUALIFIED))
def test_a_qualifier_of_another_movement_is_never_an_ignored_word(case: tuple[str, str, str]) -> None:
    """For every word that names a movement before another's spelling ("natural" + glute ham raise:
    the Nordic), said before any movement of that class, the name is never placed with the word
    reported as ignored: it is read as a phrase, or asked about."""
    word, _, spelling = case
    res = CATALOG.classify(f"{word} {spelling}")
    assert f"ignored {word!r}" not in res.assumed, (word, spelling, res.assumed)


def test_there_are_qualifier_cases_to_draw_from() -> None:
    """The property above draws from the grammar's own qualifier words (razor, harrop ...)."""
    words = {w for w, _, _ in QUALIFIED}
    assert {"razor", "harrop"} <= words, sorted(words)


# -- R8: "Rom DL", the Romanian deadlift abbreviated ------------------------------------------


@pytest.mark.parametrize("name", ["Rom DL", "Rom. deadlift", "rom deadlift", "ROM deadlift (barbell)"])
def test_rom_before_a_deadlift_is_romanian(name: str) -> None:
    """'Rom DL' was the conventional deadlift with a range-of-motion modifier: a straight-knee hinge
    counted as bent-knee work. 'Rom' right before the lift is the start of 'Romanian'."""
    res = CATALOG.classify(name)
    assert res.status == "exercise" and res.base is not None, (name, res.reason)
    assert res.base.id == "romanian_deadlift", (name, res.base.id)


@pytest.mark.parametrize("name", ["Full ROM deadlift", "Partial ROM deadlift", "Deadlift (full ROM)"])
def test_a_range_of_motion_said_as_such_stays_the_range(name: str) -> None:
    """After a range word ('full', 'partial') or after the lift, ROM is the range of motion."""
    res = CATALOG.classify(name)
    assert res.base is not None and res.base.id == "conventional_deadlift", (name, res.base)
