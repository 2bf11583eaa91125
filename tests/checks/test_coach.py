"""An S&C coach's and physiotherapist's review: real programs end to end, and regressions.

Each regression test states what an expert expects and the source, and failed on the code before
its fix. The programs in tests/data/programs_coach/ are written as users bring them (popular
templates, rehab protocols, app exports); their expected findings are the coach's judgement,
not the library's output.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import attrs
import pytest

import hamstring_rules as hr

from ..clirun import cli

# ----------------------------------------------------------------------------------------------
# Rehab stage 4: the plan places energy-storage work where its own prescription says
# ----------------------------------------------------------------------------------------------


def test_rehab_stage4_plan_opens_with_the_energy_storage_work() -> None:
    """RP004 places ballistic work 'after the warm-up, before the heavy slow work' (fast work
    while fresh: Goom 2016 stage 4); the plan put the kettlebell swing after the RDL and the
    Nordic, against its own placement text."""
    for days in (2, 3):
        for equipment in (None, ["kettlebell"], ["kettlebell", "dumbbell"]):
            week = hr.plan("rehab", stage=4, days=days, equipment=equipment)
            by_session: dict[str, list[str]] = {}
            for record in week.to_records():
                by_session.setdefault(str(record["session"]), []).append(str(record["role"]))
            assert any("energy_storage" in roles for roles in by_session.values())
            for session, roles in by_session.items():
                if "energy_storage" in roles and "hip_extension" in roles:
                    assert roles.index("energy_storage") < roles.index("hip_extension"), (
                        days,
                        equipment,
                        session,
                        roles,
                    )


# ----------------------------------------------------------------------------------------------
# Rehab stage 4: a run is a set, as in the sprint dose
# ----------------------------------------------------------------------------------------------


def _upper(text: str) -> int:
    return int(text.split("-")[-1])


def _pick(result: hr.RecommendationResult, name: str) -> hr.Recommendation:
    return next(r for r in result.recommendations if r.name == name)


def _stage4_runs(name: str, sets: int) -> dict[str, object]:
    return {
        "name": "Return to running",
        "goal": "rehab",
        "stage": 4,
        "sessions": [
            {"name": "Runs", "day": "mon", "exercises": [{"exercise": name, "sets": sets, "reps": 1}]},
            {"name": "Runs", "day": "thu", "exercises": [{"exercise": name, "sets": sets, "reps": 1}]},
        ],
    }


def test_rehab_stage4_running_written_as_the_sprint_dose_is_within_the_stage_dose() -> None:
    """The library writes sprints as runs x 1 (P010: 4-6 x 1, Duhig 2016); at rehab stage 4 a
    run fell under RP004's 2-4 sets of 'contacts or runs', so the same 6 strides were HR035
    'more sets than the stage's dose'. Goom 2016's stage 4 is a running progression: a few runs,
    each one set."""
    prevention = hr.recommend(goal="strain_prevention")
    rehab = hr.recommend(goal="rehab", stage=4)
    # prevention ranks near-maximal running only (Duhig 2016): its sprint dose, written for either
    runs = _upper(str(_pick(prevention, "Sprint").prescription.sets))
    for name in ("Sprint", "Running"):
        report = hr.check(_stage4_runs(name, runs))
        assert "HR035" not in report.codes, (name, runs, report.codes)
        assert str(_pick(rehab, name).prescription.reps).startswith("1 ")
        # the check still counts runs: far over the stage's dose is still reported
        assert "HR035" in hr.check(_stage4_runs(name, 12)).codes


# ----------------------------------------------------------------------------------------------
# HR006's fix does not put the heavy session on the day after the match
# ----------------------------------------------------------------------------------------------

DATA = Path(__file__).parent.parent / "data" / "programs_coach"
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def test_move_day_fix_keeps_the_nordic_off_the_day_after_the_match() -> None:
    """A footballer's week (match Saturday, Nordics Monday, single-leg RDLs Tuesday) has HR006;
    its fix moved the Nordic session to Sunday, the day after the match (MD+1), though moving
    Tuesday's session to Wednesday restores the 48 h too. Sprint and strength take up to about
    72 h to recover after a match (Silva 2018); MD+1 is for recovery."""
    before = hr.check(DATA / "football_inseason.yaml")
    assert "HR006" in before.codes
    result = hr.fix(DATA / "football_inseason.yaml", unsafe=True)
    assert "HR006" not in result.report.codes
    sessions = result.program.weeks[0].sessions
    match_day = next(s.day_name for s in sessions if s.name == "Match")
    day_after = _DAYS[(_DAYS.index(match_day) + 1) % 7]
    nordic_days = {s.day_name for s in sessions if any("Nordic" in e.exercise for e in s.entries)}
    assert day_after not in nordic_days, [(s.name, s.day_name) for s in sessions]


# ----------------------------------------------------------------------------------------------
# The coach's programs, end to end: expected findings are the coach's judgement
# ----------------------------------------------------------------------------------------------


@attrs.frozen
class Case:
    """A program as a user brings it, and what a coach expects the check to say."""

    file: str
    must: frozenset[str] = frozenset()
    """Codes an expert expects (the program has that problem)."""
    must_not: frozenset[str] = frozenset()
    """Codes an expert would call wrong here."""
    clean: bool = False
    """No warning or error at all: a sound program for its goal."""
    kwargs: tuple[tuple[str, object], ...] = ()


def _case(
    file: str,
    must: str = "",
    must_not: str = "",
    *,
    clean: bool = False,
    **kwargs: object,
) -> Case:
    return Case(file, frozenset(must.split()), frozenset(must_not.split()), clean, tuple(kwargs.items()))


CASES = [
    # 5/3/1 BBB: no straight-knee hinge at all, squats 8 sets, curls 5; deadlifts count half
    _case("531_bbb.yaml", "HR001 HR002 HR008 HR011", "HR009 HR012 HR006"),
    # nSuns: 17 squat sets, a sumo and a conventional deadlift day, one leg curl
    _case("nsuns_5day.json", "HR001 HR002 HR008", "HR009 HR012"),
    # GZCLP: deadlifts only - 8 sets at half credit is 4 hamstring sets
    _case("gzclp.yaml", "HR001 HR008 HR012", "HR009"),
    # PHUL: deadlift and curls, no RDL
    _case("phul.yaml", "HR001 HR002 HR008", "HR009 HR012 HR005"),
    # PHAT: stiff-leg and DB RDL after the squats; 21 quad sets
    _case("phat.json", "HR003 HR008", "HR001 HR006 HR009"),
    # Starting Strength: one deadlift set a session, power cleans
    _case("starting_strength.yaml", "HR001 HR008 HR012", "HR009"),
    # Texas method: back extensions 5x10 are the week's hinge; 5.5 sets, one hamstring day
    _case("texas_method.yaml", "HR012 HR005", "HR001 HR009"),
    # Bro split: one leg day, leg extensions and squats first, SLDL last
    _case("bro_split.yaml", "HR003 HR002 HR005 HR008", "HR001 HR009"),
    # Footballer in season: Nordic Monday, single-leg RDL Tuesday (24 h); sprints and Nordics there
    _case("football_inseason.yaml", "HR006", "HR013 HR022 HR009 HR011"),
    # Sprinter: Nordics twice 96 h apart, sprints, RDL after the power clean (power before strength)
    _case("sprinter_gpp.yaml", "", "HR013 HR022 HR006 HR009"),
    # Powerbuilding: RDL after the squat, good morning after the deadlift (two spinal hinges: info)
    _case("powerbuilding.yaml", "HR003 HR014", "HR001 HR006 HR009 HR012"),
    # Glute focus: RDL, 45-degree hyper 15-20, single-leg RDL - the tie-in is covered
    _case("glute_focus.yaml", "", "HR001 HR002 HR006 HR009 HR012", clean=True),
    # Home, bands and bodyweight: band good morning, single-leg RDL, slider and band curls
    _case("home_bands.yaml", "", "HR001 HR002 HR009 HR012", clean=True),
    # Goom 2016 stages as a physiotherapist writes them: each sound for its stage
    _case("pht_stage1.yaml", "", "HR010 HR019 HR020", clean=True),
    _case("pht_stage2.yaml", "", "HR010 HR007 HR017 HR034 HR035 HR036", clean=True),
    _case("pht_stage3.yaml", "", "HR010 HR007 HR017 HR034 HR035 HR036", clean=True),
    _case("pht_stage4.yaml", "", "HR010 HR017 HR034 HR035 HR036", clean=True),
    # The Askling L-protocol under the prevention goal: no Nordic is what prevention checks
    _case("askling_l_protocol.yaml", "HR013", "HR009 HR010"),
    # The same protocol as what it is, rehab after an acute strain (stage 1): the protocol itself
    _case("askling_strain_rehab.yaml", "", "HR001 HR009 HR010 HR013", clean=True),
    # The article's two lower days kept as a spreadsheet (.csv program, coaches' notation)
    _case(
        "article_lower_sheet.csv", "", "HR001 HR002 HR003 HR004 HR005 HR006 HR009", clean=True, goal="tie-in"
    ),
    # App exports
    _case(
        "glute_focus_hevy.csv", "", "HR001 HR009 HR012", clean=True, goal="tie-in", as_of=date(2025, 11, 24)
    ),
    _case(
        "pht_stage3_strong.csv",
        "",
        "HR009 HR010 HR007 HR017 HR034 HR035 HR036",
        goal="rehab",
        stage=3,
        as_of=date(2025, 11, 17),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.file)
def test_coach_program_end_to_end(case: Case) -> None:
    """check, fix, explain and recommend on each program agree with the coach's judgement."""
    path = DATA / case.file
    kwargs = dict(case.kwargs)
    report = hr.check(path, **kwargs)  # type: ignore[arg-type]
    codes = set(report.codes)
    assert case.must <= codes, (case.file, sorted(case.must - codes), report.codes)
    assert not case.must_not & codes, (case.file, sorted(case.must_not & codes))
    if case.clean:
        assert report.passes("warning"), (case.file, [(f.code, f.message) for f in report])
    for code in codes:
        assert code in hr.explain(code)
    goal = report.goal
    assert goal is not None
    assert hr.recommend(goal=goal, stage=report.stage)[:1]
    if path.suffix in (".yaml", ".json"):
        result = hr.fix(path, unsafe=True, **{k: v for k, v in kwargs.items() if k != "as_of"})  # type: ignore[arg-type]
        after = result.report
        # a fix never makes it worse, and never adds work the goal and stage exclude
        assert len([f for f in after if f.severity == "error"]) <= len(
            [f for f in report if f.severity == "error"]
        )
        assert "HR010" not in after.codes or "HR010" in codes


#: Findings the coach called wrong whose cause was in the lead's files: fixed, each a regression test;
#: a strict xfail is one still open (it passes once the defect is fixed).
DEFECTS = [
    pytest.param(
        "531_bbb.yaml",
        "HR014",
        {},
        # was: _check.py: 5/3/1's deadlift and its BBB sets are one lift, counted as two hinges
        id="HR014-same-lift-twice",
    ),
    pytest.param(
        "sprinter_gpp.yaml",
        "HR003",
        {},
        # was: _week.py: a power clean counts as a deadlift before the RDL; power goes first (NSCA)
        id="HR003-after-power-clean",
    ),
    pytest.param(
        "askling_l_protocol.yaml",
        "HR006",
        {},
        # was: _week.py: bodyweight Askling diver and glider count as heavy hinges for HR006
        id="HR006-askling-drills",
    ),
    pytest.param(
        "pht_stage3_strong.csv",
        "HR033",
        {"goal": "rehab", "stage": 3, "as_of": date(2025, 11, 17)},
        # was: _trends.py: 12 -> 14.5 kg, the next dumbbell, is a 20% 'jump' (no absolute floor)
        id="HR033-smallest-dumbbell-step",
    ),
    pytest.param(
        "petersen_nordic_strong.csv",
        "HR030",
        {"goal": "strain_prevention", "as_of": date(2025, 8, 20)},
        # was: _trends.py: Petersen 2011's own build-up, 9 Nordic sets held a second week, a 'spike'
        id="HR030-petersen-build-up",
    ),
]


@pytest.mark.parametrize(("file", "code", "kwargs"), DEFECTS)
def test_coach_program_defect(file: str, code: str, kwargs: dict[str, object]) -> None:
    report = hr.check(DATA / file, **kwargs)  # type: ignore[arg-type]
    assert code not in report.codes, [(f.code, f.message) for f in report if f.code == code]


@pytest.mark.parametrize(
    ("file", "args"),
    [
        ("phat.json", ()),
        ("pht_stage4.yaml", ()),
        ("football_inseason.yaml", ()),
        ("glute_focus_hevy.csv", ("--goal", "tie-in", "--as-of", "2025-11-24")),
    ],
)
def test_coach_program_cli_agrees_with_python(file: str, args: tuple[str, ...]) -> None:
    """The command line reads each format as check() does: the same codes, and the exit code
    the findings call for (1 with a warning or error, 0 without)."""
    path = DATA / file
    done = cli("check", str(path), "--format", "json", *args)
    findings = json.loads(done.stdout)["findings"]
    kwargs: dict[str, object] = {}
    if args:
        kwargs = {"goal": args[1], "as_of": date.fromisoformat(args[3])}
    report = hr.check(path, **kwargs)  # type: ignore[arg-type]
    assert sorted(f["code"] for f in findings) == sorted(f.code for f in report)
    assert done.returncode == (0 if report.passes("warning") else 1), done.stderr


# ----------------------------------------------------------------------------------------------
# Home training: the single-leg RDL needs no equipment; a finisher is high-rep
# ----------------------------------------------------------------------------------------------

_HOME_KITS = (["bodyweight"], ["band"], ["band", "bodyweight"], ["sliders"])


def test_home_plan_has_a_heavy_hinge() -> None:
    """With bands or body weight only, the tie-in plan had no heavy hinge (PL001): the catalog's
    single-leg RDL needed a dumbbell. Body weight on one leg is how it starts (Goom 2016 lists it
    in stage 3) and any held load - a backpack - progresses it."""
    for goal in ("tie_in_hypertrophy", "posterior_chain"):
        for kit in _HOME_KITS:
            week = hr.plan(goal, equipment=kit)
            unfilled = [n.message for n in week.notes if n.code == "PL001"]
            assert not any("inge" in m for m in unfilled), (goal, kit, unfilled)
            hinges = [r for r in week.to_records() if r["role"] == "heavy_hinge"]
            assert hinges, (goal, kit)
            for record in hinges:
                ex = hr.Catalog.builtin().get(str(record["exercise_id"]))
                assert ex.straight_knee_hip_extension and not ex.equipment, (goal, kit, record)


def test_single_leg_rdl_keeps_its_rank_with_no_equipment() -> None:
    """Needing no equipment does not make the single-leg RDL 'hard to load' in a gym: a dumbbell
    or kettlebell loads it as before (it ties the dumbbell RDL)."""
    result = hr.recommend(goal="tie_in_hypertrophy")
    assert (
        _pick(result, "Single-leg Romanian deadlift").score
        == _pick(result, "Dumbbell Romanian deadlift").score
    )


def test_the_high_rep_finisher_is_dosed_high_rep() -> None:
    """The finisher role is 'the light, high-rep hip-extension isolation (3 x 15-20)' (RL003,
    the article); with bands or body weight the plan filled it with the Askling diver at 3 x 6,
    a lengthening drill the tie-in ranking itself marks as having no hypertrophy data (TI017),
    and its own check then found no high-rep pairing (HR004)."""
    for goal in ("tie_in_hypertrophy", "posterior_chain"):
        for kit in (None, *_HOME_KITS, ["dumbbell", "bench"], ["kettlebell"]):
            for record in hr.plan(goal, equipment=kit, days=3).to_records():
                if record["role"] == "finisher":
                    low = int(str(record["prescription"]).split(" x ")[1].split("-")[0].split(" ")[0])
                    assert low >= 15, (goal, kit, record["exercise"], record["prescription"])
            ranked = hr.recommend(goal=goal, equipment=kit)
            finishers = [r for r in ranked.recommendations if r.role == "finisher"]
            assert not any(r.exercise.id.startswith("askling") for r in finishers), (goal, kit)


# ----------------------------------------------------------------------------------------------
# Pain steps back a stage: HR010's fix swaps for what the stage before allows
# ----------------------------------------------------------------------------------------------


def test_pain_step_back_hr010_findings_carry_their_fix() -> None:
    """A stage-3 program checked with pain 7/10 is judged at stage 2 (Silbernagel's pain
    monitoring, Goom 2016): its RDLs and back extensions are HR010. Their safe fix (the most
    similar exercise the stage allows) was chosen from a ranking stepped back twice (stage 2,
    then the pain again: stage 1), so `check --fix --pain 7` fixed nothing; with stage=2 it
    fixed all. The next-morning pain (pain_24h) steps back the same way. (The walking lunge's
    fix, a hip-extension bridge for a knee-extension lift, is unsafe: rv24 R7.)"""
    path = DATA / "pht_stage3.yaml"
    assert all(f.fix is not None for f in hr.check(path, pain_24h=6) if f.code == "HR010")
    report = hr.check(path, pain=7)
    assert report.stage == 2
    hr010 = [f for f in report if f.code == "HR010"]
    assert hr010
    assert all(f.fix is not None for f in hr010), [str(f) for f in hr010 if f.fix is None]
    result = hr.fix(path, pain=7, unsafe=True)
    assert "HR010" not in result.report.codes, result.report.codes
    stage2 = {r.exercise.id for r in hr.recommend(goal="rehab", stage=2).recommendations}
    for session in result.program.weeks[0].sessions:
        for entry in session.entries:
            ex = hr.Catalog.builtin().classify(entry.exercise).exercise
            assert ex is not None and ex.id in stage2, entry.exercise


def test_posterior_chain_deadlift_credit_goes_to_deadlifts() -> None:
    """PC004 'deadlift' (+15: deadlifts train the chain as a whole, half a hamstring set) fired
    on the single-leg glute bridge - a bent-knee isolation bridge - which then explained a
    bodyweight plan's unilateral pick as 'deadlift'. Every exercise it scores is a compound
    bent-knee hip extension: a deadlift."""
    for kit in (None, ["bodyweight"], ["band"], ["barbell"]):
        result = hr.recommend(goal="posterior_chain", equipment=kit)
        for rec in result.recommendations:
            if any(reason.symbol == "deadlift" for reason in rec.reasons):
                ex = rec.exercise
                assert ex.bent_knee_hip_extension and ex.kind.value == "compound", (kit, rec.name)
        bridge = [r for r in result.recommendations if r.exercise.id == "single_leg_glute_bridge"]
        assert bridge, kit
        assert not any(reason.symbol == "deadlift" for r in bridge for reason in r.reasons), kit


# ----------------------------------------------------------------------------------------------
# A spreadsheet program is fixed as check() reads it
# ----------------------------------------------------------------------------------------------


def test_a_spreadsheet_program_is_fixed_as_check_reads_it(tmp_path: Path) -> None:
    """check() reads a .csv spreadsheet program (one row per exercise) as a program, but fix()
    refused it as 'a workout log is history'; --fix on it said the same. fix() now returns its
    fixed program; the CLI says a spreadsheet is not rewritten in place (and leaves it as it
    was); a workout log is still refused."""
    sheet = tmp_path / "legs.csv"
    text = "Day,Session,Exercise,Sets,Reps\nMon,Legs,Back Squat,4,6-8\nMon,Legs,Romanian Deadlift,3,8-10\n"
    sheet.write_text(text, encoding="utf-8")
    assert "HR003" in hr.check(sheet, goal="tie-in").codes
    result = hr.fix(sheet, goal="tie-in")
    assert "HR003" not in result.report.codes
    first = result.program.weeks[0].sessions[0].entries[0]
    assert first.exercise == "Romanian Deadlift"
    done = cli("check", "--goal", "tie-in", "--fix", str(sheet))
    assert done.returncode == 2 and "spreadsheet" in done.stderr, done.stderr
    assert sheet.read_text(encoding="utf-8") == text
    with pytest.raises(hr.errors.ProgramError, match="workout log is history"):
        hr.fix(DATA / "pht_stage3_strong.csv")


def test_fix_unpacks_typed_as_a_program_and_its_fixes() -> None:
    """Review 2 R12: ``program, fixes = hr.fix(...)`` typed both as ``Any`` under mypy strict
    (``FixResult.__iter__ -> Iterator[Any]``). ``assert_type`` holds it for ``mypy src tests``;
    at run time the result is the pair it unpacks as, immutable, equal by all its fields."""
    import pickle
    from typing import assert_type

    data = {
        "name": "p",
        "goal": "rehab",
        "stage": 1,
        "sessions": [
            {
                "name": "A",
                "day": "mon",
                "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8, "tempo": "3-0-3-0"}],
            }
        ],
    }
    result = hr.fix(data)
    program, fixes = result
    assert_type(program, hr.Program)
    assert_type(fixes, tuple[hr.Fix, ...])
    assert isinstance(result, tuple) and len(result) == 2
    assert (
        program is result.program and fixes == result.fixes and fixes
    )  # the stage-1 RDL is replaced (HR010)
    assert result == pickle.loads(pickle.dumps(result)) and hash(result) == hash(hr.fix(data))
    assert result != (program, fixes)  # a FixResult equals a FixResult, not a bare pair
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.report = result.before  # type: ignore[misc,unused-ignore]


def test_the_readme_command_synopsis_names_every_option_argparse_has() -> None:
    """The README's ``plan`` line lacked ``[--pain-24h N]`` (and ``check``'s ``--date-order``):
    every command's synopsis names each of its options (bar ``--help`` and the ones the README
    says every command takes), no option the command lacks, and each option's choices."""
    import argparse
    import re

    from hamstring_rules.cli import _parser

    readme = (Path(__file__).resolve().parent.parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Command line", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    synopsis: dict[str, str] = {}
    command = ""
    for line in block.splitlines():
        if line.startswith("hamstring-rules "):
            command = line.split()[1]
        synopsis[command] = synopsis.get(command, "") + " " + line
    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    common = {"--help", "--catalog", "--rules", "--aliases", "--color", "--debug"}  # "Every command takes"
    assert set(synopsis) == set(sub.choices)
    for name, parser in sub.choices.items():
        actions = {max(a.option_strings, key=len): a for a in parser._actions if a.option_strings}
        written = set(re.findall(r"--[a-z0-9][a-z0-9-]*", synopsis[name]))
        assert written <= set(actions), (name, written - set(actions))
        assert set(actions) - common <= written, (name, set(actions) - common - written)
        for option, choices in re.findall(r"(--[a-z0-9-]+) ([a-z0-9]+(?:\|[a-z0-9]+)+)", synopsis[name]):
            assert set(choices.split("|")) == {str(c) for c in actions[option].choices or ()}, (name, option)
