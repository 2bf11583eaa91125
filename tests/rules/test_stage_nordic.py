"""The full Nordic is stage-3 tendinopathy work (review25 R8): late stage 2 starts it assisted, so
the stage-2 ranking puts the full Nordic below the assisted one and below its own stage-3 place
(RH039), and a stage-2 program keeping it is warned (HR025) - not excluded (HR010 is for what a
stage rules out, and the Nordic after a pain step-back)."""

from __future__ import annotations

import pytest

import hamstring_rules as hr

CATALOG = hr.Catalog.builtin()
#: The catalog's unassisted eccentric-only knee flexion (the full Nordic and any spelling of it).
FULL = [e for e in CATALOG if e.eccentric_only and e.knee_flexion and hr.Equipment.BAND not in e.equipment]
ASSISTED = [e for e in CATALOG if e.eccentric_only and e.knee_flexion and hr.Equipment.BAND in e.equipment]


def _scores(stage: int) -> dict[str, float]:
    return {r.exercise.id: r.score for r in hr.recommend(goal="rehab", stage=stage, limit=1000)}


def _program(exercise: str, stage: int) -> dict[str, object]:
    return {
        "name": "p",
        "goal": "rehab",
        "stage": stage,
        "sessions": [
            {"name": "A", "day": "mon", "exercises": [
                {"exercise": "Single-leg glute bridge", "sets": 3, "reps": 10},
                {"exercise": exercise, "sets": 3, "reps": 5},
            ]},
            {"name": "B", "day": "thu", "exercises": [
                {"exercise": "Slider leg curl", "sets": 3, "reps": 10},
            ]},
        ],
    }  # fmt: skip


def test_the_catalog_has_both_nordics() -> None:
    """The property below has something to hold for: a full and an assisted Nordic."""
    assert FULL and ASSISTED


@pytest.mark.parametrize("full", FULL, ids=lambda e: e.id)
def test_full_nordic_ranks_up_with_the_stage(full: hr.Exercise) -> None:
    """From stage 2 to 4 the full Nordic's score never falls, and at stage 2 every assisted
    Nordic outranks it (it was 20 at stage 2, tied with the assisted one, and 13 at stage 3)."""
    by_stage = {stage: _scores(stage) for stage in (2, 3, 4)}
    scores = [by_stage[stage][full.id] for stage in (2, 3, 4)]
    assert scores == sorted(scores), scores
    assert scores[0] < scores[1]
    for assisted in ASSISTED:
        assert by_stage[2][assisted.id] > by_stage[2][full.id]


@pytest.mark.parametrize("spelling", ["Nordic hamstring curl", "Nordic curl", "Natural leg curl", "NHE"])
def test_stage_2_program_with_the_full_nordic_is_warned(spelling: str) -> None:
    """However it is spelled, the full Nordic at stage 2 is one HR025 warning naming the assisted
    Nordic as the way in; it is no error (not excluded) and no finding at stage 3."""
    assert hr.Catalog.builtin().classify(spelling, suggest=False).exercise in FULL, spelling
    at_2 = hr.check(_program(spelling, 2))
    found = [f for f in at_2.findings if f.code == "HR025"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "assisted" in found[0].suggestion
    assert not [f for f in at_2.findings if f.code == "HR010"]
    assert not [f for f in hr.check(_program(spelling, 3)).findings if f.code == "HR025"]


def test_assisted_nordic_at_stage_2_is_not_warned() -> None:
    """The assisted Nordic is stage 2's own Nordic: no HR025."""
    report = hr.check(_program("Band-assisted Nordic curl", 2))
    assert hr.Catalog.builtin().classify("Band-assisted Nordic curl").exercise in ASSISTED
    assert not [f for f in report.findings if f.code == "HR025"]


def test_after_a_step_back_the_nordic_is_excluded_not_warned() -> None:
    """Stage 3 stepped back to 2 by pain: the Nordic is HR010 (RH035), one reason, one finding."""
    report = hr.check(_program("Nordic curl", 3), pain=7)
    assert report.stage == 2 and report.stepped_back
    codes = [f.code for f in report.findings if "Nordic" in f.message]
    assert "HR010" in codes and "HR025" not in codes


@pytest.mark.parametrize("days", [2, 3])
def test_a_stage_2_plan_passes_its_own_nordic_check(days: int) -> None:
    """What plan() writes for stage 2 is never what the stage-2 check warns about."""
    plan = hr.plan("rehab", stage=2, days=days)
    assert not [f for f in hr.check(plan, goal="rehab", stage=2).findings if f.code == "HR025"]


@pytest.mark.parametrize(
    "spelling",
    [
        "Swiss ball Nordic",
        "Nordic on swiss ball",
        "Gym ball Nordic",
        "Nordic (gym ball)",
        "Stability ball Nordic",
        "Incline Nordic",
        "Nordic to a box",
        "Nordic onto a bench",
        "Band-assisted Nordic curl",
    ],
)
def test_a_regressed_nordic_is_the_assisted_one_and_not_warned(spelling: str) -> None:
    """A Nordic with a ball in front, on an incline or to a box takes load off or cuts the range
    short - the assisted Nordic (review25 R14): HR025 never tells its user to use what they wrote."""
    assert hr.Catalog.builtin().classify(spelling, suggest=False).exercise in ASSISTED
    assert not [f for f in hr.check(_program(spelling, 2)).findings if f.code == "HR025"]


@pytest.mark.parametrize("spelling", ["Bosu Nordic", "Nordic on a bosu ball"])
def test_a_bosu_nordic_is_the_full_nordic(spelling: str) -> None:
    """A BOSU is knelt on - instability under the knees, not a ball in front taking load off: the
    full Nordic, warned at stage 2 (review26 D4: it read as the assisted Nordic, a ball's)."""
    assert hr.Catalog.builtin().classify(spelling, suggest=False).exercise in FULL
    assert [f.code for f in hr.check(_program(spelling, 2)).findings].count("HR025") == 1


def test_the_unsafe_fix_swaps_the_full_nordic_for_stage_2_work() -> None:
    """HR025 carries an unsafe substitute fix (review26 D6): applied, the stage-2 program has no full
    Nordic and no finding the swap brought; the safe pass leaves it (a swap changes the program)."""
    program = _program("Nordic curl", 2)
    (found,) = [f for f in hr.check(program).findings if f.code == "HR025"]
    assert found.fix is not None and found.fix.applicability == "unsafe"
    assert "HR025" in hr.fix(program).report.codes
    fixed = hr.fix(program, unsafe=True)
    names = [e.exercise for s in fixed.program.sessions for e in s.entries]
    assert not any(hr.Catalog.builtin().classify(n).exercise in FULL for n in names)
    assert not [f for f in fixed.report.findings if f.severity in ("warning", "error")]
