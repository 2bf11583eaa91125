"""Every path that brings an exercise whose dose is built up (P005's Nordic, Petersen 2011
Table 1) into a program starts it at the build-up's first step: a fix that adds it (HR013), a
fix that swaps it in (HR010's substitute, fix(exclude=)'s and equipment='s), and substitute()'s
list says where to start (helper api19)."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._data import builtin_data

from ..strategies import program_data

_CATALOG = hr.Catalog.builtin()
_BUILDS = {b["rule"]: b for b in builtin_data()["plans.toml"]["build_up"]}


def _id(name: str) -> str | None:
    found = _CATALOG.classify(name, suggest=False).exercise
    return found.id if found is not None else None


def _first_step(rule: str) -> tuple[int, int, int]:
    """The build-up's first step as (sets, reps low, reps high), read from plans.toml."""
    step = _BUILDS[rule]["weeks"][0]
    reps = [int(n) for n in re.findall(r"\d+", str(step["reps"]))]
    return int(step["sets"]), min(reps), max(reps)


def _built_up(goal: str, stage: int | None = None) -> dict[str, str]:
    """Exercise id -> the build-up rule that doses it, for the goal's own ranking."""
    return {
        r.exercise.id: rule
        for r in hr.recommend(goal, stage=stage)
        for rule in r.prescription.rules
        if rule in _BUILDS
    }


def _entry(name: str, sets: int, **dose: Any) -> dict[str, Any]:
    return {"exercise": name, "sets": sets, **dose}


# strain prevention with a glute-ham raise where the Nordic belongs: a user who cannot do the
# glute-ham raise nor any leg curl gets the Nordic swapped in
GHR_WEEK: dict[str, Any] = {
    "name": "team gym",
    "goal": "strain_prevention",
    "sessions": [
        {
            "day": "Mon",
            "exercises": [
                _entry("Romanian deadlift", 3, reps="8-10"),
                _entry("Glute-ham raise", 3, reps="6-8"),
            ],
        },
        {
            "day": "Thu",
            "exercises": [_entry("Romanian deadlift", 3, reps="8-10"), _entry("Sprint", 4, reps=1)],
        },
    ],
}


def _nordics(program: hr.Program, built: dict[str, str]) -> list[hr.Entry]:
    return [e for w in program.weeks for s in w.sessions for e in s.entries if _id(e.exercise) in built]


def test_a_nordic_swapped_in_for_an_excluded_exercise_starts_at_the_first_step() -> None:
    """fix(exclude=) swaps the glute-ham raise for the Nordic (the curls left out too): the Nordic,
    new to the program, is written at P005's first step (2 x 5) with the PL016 note, as an added
    one is - it was written at the replaced entry's 3 sets of the full 5-12."""
    built = _built_up("strain_prevention")
    result = hr.fix(GHR_WEEK, exclude=["Glute-ham raise", "Leg curl"], unsafe=True)
    swapped = _nordics(result.program, built)
    assert len(swapped) == 1
    nordic = swapped[0]
    assert (nordic.sets, nordic.reps_low, nordic.reps_high) == _first_step(built[_id(nordic.exercise) or ""])
    assert nordic.notes is not None and "PL016" in nordic.notes and "Petersen 2011" in nordic.notes
    fix = next(f for f in result.fixes if f.fixer == "substitute")
    assert "build-up" in fix.title and "PL016" in fix.reason
    assert "HR030" not in hr.check(result.program).codes


def test_the_fixed_file_writes_the_swapped_nordics_first_step(tmp_path: Any) -> None:
    """check --fix --exclude writes the swapped-in Nordic's first step and its note to the file,
    and the file reads back without HR013."""
    import io

    import yaml

    from hamstring_rules.cli import main

    path = tmp_path / "ghr.yaml"
    path.write_text(yaml.safe_dump(GHR_WEEK, sort_keys=False), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    main(
        ["check", str(path), "--fix", "--exclude", "Glute-ham raise", "--exclude", "Leg curl"],
        stdout=out,
        stderr=err,
    )
    program = hr.load_program(path)
    built = _built_up("strain_prevention")
    nordic = _nordics(program, built)
    assert [(e.sets, e.reps_low, e.reps_high) for e in nordic] == [_first_step("P005")], err.getvalue()
    assert nordic[0].notes is not None and "PL016" in nordic[0].notes
    assert "HR013" not in hr.check(path).codes


def test_a_swap_within_the_built_up_work_does_not_start_again() -> None:
    """An assisted Nordic the user has no band for is swapped for the full Nordic: the athlete
    already does Nordic work (P005 doses both; HR030-nordic-start counts both), so the swap keeps
    the entry's sets and the goal's dose - no build-up restarts, and no PL016 note."""
    data = {**GHR_WEEK, "sessions": [dict(GHR_WEEK["sessions"][0]), GHR_WEEK["sessions"][1]]}
    data["sessions"][0]["exercises"] = [
        _entry("Romanian deadlift", 3, reps="8-10"),
        _entry("Assisted Nordic curl", 3, reps=8),
    ]
    result = hr.fix(data, equipment=["barbell"], unsafe=True)
    nordic = [e for s in result.program.sessions for e in s.entries if _id(e.exercise) == "nordic_curl"]
    assert len(nordic) == 1 and nordic[0].sets == 3 and not nordic[0].notes


def test_a_nordic_held_in_an_earlier_week_is_not_new() -> None:
    """In a program of weeks, a Nordic brought in where one of the weeks before held the Nordic
    (within HR030-nordic-start's look-back) takes the goal's dose: the athlete is not new to it."""
    week = {"sessions": GHR_WEEK["sessions"]}
    with_nordic = {
        "sessions": [
            {
                "day": "Mon",
                "exercises": [_entry("Romanian deadlift", 3, reps="8-10"), _entry("Nordic curl", 3, reps=6)],
            },
            GHR_WEEK["sessions"][1],
        ]
    }
    data = {"name": "block", "goal": "strain_prevention", "weeks": [with_nordic, week]}
    result = hr.fix(data, exclude=["Glute-ham raise", "Leg curl"], unsafe=True)
    week2 = [
        e for s in result.program.weeks[1].sessions for e in s.entries if _id(e.exercise) == "nordic_curl"
    ]
    assert len(week2) == 1 and week2[0].sets == 3 and not week2[0].notes


def test_substitute_says_where_a_built_up_substitute_starts() -> None:
    """substitute() with a goal that doses a listed substitute by a build-up the original is not
    dosed by (a Nordic for a glute-ham raise, strain prevention) says in its notes to start at the
    first step, naming each such substitute; a swap within the built-up work (assisted Nordic ->
    Nordic), a goal whose dose has no build-up (rehab's RP006) and no goal say nothing of it."""
    result = hr.substitute("Glute-ham raise", goal="strain_prevention", exclude=["Leg curl"])
    built = _built_up("strain_prevention")
    listed = [s for s in result if s.exercise.id in built]
    assert listed
    said = [n for n in result.notes if "PL016" in n]
    assert len(said) == 1
    sets, low, _ = _first_step("P005")
    assert f"Start at {sets} x {low}" in said[0]
    assert all(f"{s.exercise.name} (#{s.rank})" in said[0] for s in listed)
    assert "PL016" in result.to_dict()["notes"][0] and "PL016" in str(result)
    for quiet in (
        hr.substitute("Assisted Nordic curl", goal="strain_prevention"),
        hr.substitute("Glute-ham raise", goal="rehab", stage=3, exclude=["Leg curl"]),
        hr.substitute("Glute-ham raise", exclude=["Leg curl"]),
    ):
        assert not [n for n in quiet.notes if "PL016" in n], quiet.notes


_KNEE_FLEXION = sorted(
    e.name for e in _CATALOG if e.knee_flexion and not e.eccentric_only and not e.isometric
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    program_data(),
    st.sampled_from([("strain_prevention", None), ("strain_rehab", 3)]),
    st.lists(st.sampled_from([*_KNEE_FLEXION, "Leg curl"]), max_size=4),
)
def test_no_fix_brings_a_built_up_dose_in_above_its_first_step(
    data: dict[str, Any], goal: tuple[str, int | None], exclude: list[str]
) -> None:
    """Whatever the program and what the caller leaves out, when the program holds nothing a
    build-up doses, every entry of the fixed program a build-up doses - added or swapped in - is
    at most that build-up's first step (sets and reps)."""
    data = {**data, "goal": goal[0]}
    data.pop("stage", None)
    if goal[1] is not None:
        data["stage"] = goal[1]
    built = _built_up(*goal)
    before = hr.load_program(data)
    if _nordics(before, built):
        return  # the athlete does the work already: the goal's dose applies
    result = hr.fix(data, exclude=exclude, unsafe=True)
    for entry in _nordics(result.program, built):
        sets, _, high = _first_step(built[_id(entry.exercise) or ""])
        assert entry.sets <= sets and entry.reps_high <= high, (entry, [f.title for f in result.fixes])


def test_a_swap_keeps_the_entrys_own_notes_before_the_build_up() -> None:
    """The notes the replaced entry carried are kept, the build-up's note after them: nothing the
    user wrote is lost to the swap."""
    data = {**GHR_WEEK, "sessions": [dict(GHR_WEEK["sessions"][0]), GHR_WEEK["sessions"][1]]}
    ghr = _entry("Glute-ham raise", 3, reps="6-8", notes="gym B only")
    data["sessions"][0]["exercises"] = [_entry("Romanian deadlift", 3, reps="8-10"), ghr]
    result = hr.fix(data, exclude=["Glute-ham raise", "Leg curl"], unsafe=True)
    nordic = _nordics(result.program, _built_up("strain_prevention"))
    assert len(nordic) == 1 and nordic[0].notes is not None
    assert nordic[0].notes.startswith("gym B only; ") and "PL016" in nordic[0].notes
