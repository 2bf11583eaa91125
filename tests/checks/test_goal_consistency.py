"""Checks that agree with every goal (review 2026-11, A3-A5, B4-B8).

The self-consistency property: a week assembled from the library's own top recommendation per
role for a goal - over goals, stages, equipment kits and 2-3 days per week - never gets a warning
or an error from that goal's checks. (One day a week is left out on purpose: a single session of
one exercise per role is under the weekly volume floor, and HR012 saying so is right.) And the
review's probe programs, each answered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

RULES = hr.RuleSet.builtin()
DAYS = {1: ["mon"], 2: ["mon", "thu"], 3: ["mon", "wed", "fri"]}
KITS: dict[str, list[str] | None] = {
    "full gym": None,
    "barbell": ["barbell", "bench", "platform", "anchor"],
    "dumbbells": ["dumbbell", "bench", "anchor", "band"],
    "machines": ["machine", "cable", "back_extension_bench", "anchor"],
}
STAGED = [("rehab", stage) for stage in (1, 2, 3, 4)] + [("strain_rehab", stage) for stage in (1, 2, 3)]
UNSTAGED = [
    (g, None) for g in ("tie_in_hypertrophy", "distal_hypertrophy", "posterior_chain", "strain_prevention")
]


def ex(name: str, sets: int = 3, reps: Any = "8-10", **extra: Any) -> dict[str, Any]:
    return {"exercise": name, "sets": sets, "reps": reps, **extra}


def sess(name: str, day: str, *entries: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "day": day, "exercises": list(entries)}


def prog(*sessions: dict[str, Any], goal: str, **extra: Any) -> dict[str, Any]:
    return {"name": "probe", "goal": goal, "sessions": list(sessions), **extra}


def serious(report: hr.Report) -> set[str]:
    return {f.code for f in report if f.severity in ("error", "warning")}


def _first_int(text: str) -> int:
    digits = ""
    for ch in text:
        if ch.isdigit():
            digits += ch
        elif digits:
            break
    return int(digits or 1)


def _sets(text: str) -> int:
    """The top of a prescribed set range ('2-3' -> 3)."""
    return max(int(p) for p in text.replace("-", " ").split() if p.isdigit())


def _reps(text: str) -> str:
    """The rep target a prescription gives, as a program writes it ('8-10', '30')."""
    parts = [p for p in text.replace("-", " ").split() if p.isdigit()]
    if not parts:
        return "1"
    return f"{parts[0]}-{parts[1]}" if len(parts) > 1 and int(parts[1]) > int(parts[0]) else parts[0]


def week_from_roles(result: hr.RecommendationResult, days: int) -> dict[str, Any]:
    """One session per day, each the goal's top pick per role with its own prescription."""
    picks = list(result.by_role().values())
    entries = []
    for rec in picks:
        p = rec.prescription
        if rec.exercise.isometric:  # a hold is written as its seconds, not a tempo
            entry = ex(rec.name, _sets(p.sets), "1", hold_s=_first_int(p.reps))
        else:
            entry = ex(rec.name, _sets(p.sets), _reps(p.reps))
            if p.tempo and "X" not in p.tempo:
                entry["tempo"] = p.tempo
        entries.append(entry)
    sessions = [sess(f"S{i}", day, *entries) for i, day in enumerate(DAYS[days], start=1)]
    return prog(*sessions, goal=result.goal.id)


@settings(max_examples=40, deadline=None)
@given(
    goal_stage=st.sampled_from(STAGED + UNSTAGED),
    kit=st.sampled_from(sorted(KITS)),
    days=st.sampled_from([2, 3]),
)
def test_a_week_of_the_goals_own_top_picks_passes_the_goals_checks(
    goal_stage: tuple[str, int | None], kit: str, days: int
) -> None:
    """The library never contradicts itself: its own picks get no warning or error."""
    goal, stage = goal_stage
    result = hr.recommend(goal, stage=stage, equipment=KITS[kit])
    if not result.by_role():
        return
    report = hr.check(week_from_roles(result, days), goal=goal, stage=stage)
    assert serious(report) == set(), [str(f) for f in report if f.severity != "info"]


def _norm(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9]+", " ", text.lower()) + " "


# Every catalog name and alias of two words or more (or an "RDL"), longest first: a suggestion's
# "hip-dominant Bulgarian split squat" is that exercise, not also the plain Bulgarian split squat.
_PHRASES = sorted(
    {
        (_norm(p), e.id)
        for e in hr.Catalog.builtin().exercises
        for p in (e.name, *e.aliases)
        if len(p.split()) >= 2 or "RDL" in p
    },
    key=lambda t: (-len(t[0]), t),
)


def exercises_named(text: str) -> set[str]:
    """The catalog exercises a suggestion tells the user to do: clauses that say what does not
    count ("a squat does not count") are left out."""
    found: set[str] = set()
    for clause in re.split(r"[;.]", text):
        if re.search(r"\bnot\b|n't\b", clause):
            continue
        norm = _norm(clause)
        for phrase, ex_id in _PHRASES:
            if phrase in norm:
                found.add(ex_id)
                norm = norm.replace(phrase, "  ")
    return found


def probe_programs(result: hr.RecommendationResult) -> list[dict[str, Any]]:
    """The goal's own picks as one and two days a week, and each pick alone: weeks that miss
    something, so that the checks suggest what to add."""
    full = week_from_roles(result, 2)
    programs = [week_from_roles(result, 1), full]
    for entry in full["sessions"][0]["exercises"]:
        programs.append(prog(*[dict(s, exercises=[entry]) for s in full["sessions"]], goal=result.goal.id))
    # and a common gym day the checks have much to say about (order, spinal load)
    squat_day = sess(
        "Legs", "mon", ex("Back squat", 4, "6"), ex("Good morning", 3, "8"), ex("Romanian deadlift", 3, "8")
    )
    programs.append(prog(squat_day, goal=result.goal.id))
    return programs


def test_no_check_suggests_what_the_goal_and_stage_exclude() -> None:
    """A finding's suggestion never names an exercise the goal's ranking excludes at that stage
    (HR011 suggested a single-leg RDL at rehab stage 1-2, where RH003 excludes it)."""
    wrong = []
    for goal, stage in STAGED + UNSTAGED:
        result = hr.recommend(goal, stage=stage)
        excluded = {x.id: x.rule for x in result.excluded}
        for data in probe_programs(result):
            for f in hr.check(data, goal=goal, stage=stage):
                for ex_id in sorted(exercises_named(f.suggestion or "")):
                    if ex_id in excluded:
                        wrong.append((goal, stage, f.code, ex_id, excluded[ex_id]))
    assert wrong == []


def test_exercises_named_reads_names_and_skips_what_does_not_count() -> None:
    text = "Add a single-leg RDL or a hip-dominant Bulgarian split squat; a kettlebell swing does not count."
    assert exercises_named(text) == {"single_leg_rdl", "hip_dominant_bulgarian_split_squat"}


def test_stage_1_holds_get_no_unilateral_suggestion() -> None:
    """Stage 1 is holds with the hip near neutral: HR011's one-leg hinges are excluded there."""
    holds = sess(
        "A",
        "mon",
        ex("Straight-knee bridge hold", 5, 1, hold_s=45),
        ex("Isometric leg-curl hold", 5, 1, hold_s=45),
    )
    for stage in (1, 2):
        assert "HR011" not in hr.check(prog(holds, goal="rehab", stage=stage)).codes
    assert "HR011" in hr.check(prog(holds, goal="rehab", stage=3)).codes


# -- the review's probes --------------------------------------------------------------------------


def test_goom_stage_2_bridges_and_curls_get_no_error() -> None:
    """A textbook stage-2 plan - bridges and curls in minimal hip flexion, 3-0-3-0 - is clean:
    no HR001 error, no HR002 (the library's own stage 2 excludes hip-flexion hinges)."""
    plan = [
        ex("Glute Bridge", 3, "10-15", tempo="3-0-3-0"),
        ex("Lying Leg Curl", 3, "10-15", tempo="3-0-3-0"),
        ex("Slider Leg Curl", 3, "10-15", tempo="3-0-3-0"),
        ex("Single-leg glute bridge", 3, "10-15", tempo="3-0-3-0"),
    ]
    data = prog(
        sess("A", "mon", *plan), sess("B", "wed", *plan), sess("C", "fri", *plan), goal="rehab", stage=2
    )
    report = hr.check(data)
    assert report.passes("error") and serious(report) == set()


def test_petersens_nordic_protocol_gets_no_error_for_strain_prevention() -> None:
    """Petersen 2011: Nordics 3 x 8-12, Monday/Wednesday/Friday - no error, no HR002, no HR006."""
    nordic = ex("Nordic curl", 3, "8-12")
    data = prog(
        sess("A", "mon", nordic), sess("B", "wed", nordic), sess("C", "fri", nordic), goal="strain_prevention"
    )
    report = hr.check(data)
    assert report.passes("error")
    assert not {"HR002", "HR006", "HR012"} & set(report.codes)
    assert {f.severity for f in report if f.code == "HR001"} <= {"warning"}


def test_stage_3_rdls_to_failure_on_consecutive_days_are_flagged() -> None:
    """Stage 3, RDLs at RIR 0 on Monday, Tuesday, Wednesday: spacing (HR017) and failure
    (HR018); stretching at stage 2 (HR019) and a stretch-only week (HR020)."""
    rdl = ex("Romanian Deadlift", 5, "6", tempo="3-0-3-0", rir=0)
    data = prog(sess("A", "mon", rdl), sess("B", "tue", rdl), sess("C", "wed", rdl), goal="rehab", stage=3)
    found = serious(hr.check(data))
    assert {"HR017", "HR018"} <= found
    spaced = prog(
        *[
            sess(n, d, ex("Romanian Deadlift", 3, "6-10", tempo="3-0-3-0", rir=2))
            for n, d in (("A", "mon"), ("B", "wed"), ("C", "fri"))
        ],
        goal="rehab",
        stage=3,
    )
    assert not {"HR017", "HR018"} & serious(hr.check(spaced))
    stretch = prog(sess("A", "mon", ex("Hamstring stretch", 5, "1")), goal="rehab", stage=2)
    # the stretch is HR010's at stage 2 (X009), and HR019 yields to it: one reason, one finding
    assert {"HR010", "HR020"} <= serious(hr.check(stretch)) and "HR019" not in serious(hr.check(stretch))
    holds = prog(
        *[sess(n, d, ex("Straight-knee bridge hold", 5, "1")) for n, d in (("A", "mon"), ("B", "tue"))],
        goal="rehab",
        stage=1,
    )
    assert "HR017" not in hr.check(holds).codes  # isometrics are exempt


def test_stage_2_curls_need_a_slow_eccentric_too() -> None:
    """HR007 covers curls and bridges in stages 2-3, not only hinges."""
    fast = prog(sess("A", "mon", ex("Lying Leg Curl", 3, "10-15", tempo="1-0-1-0")), goal="rehab", stage=2)
    assert "HR007" in hr.check(fast).codes
    slow = prog(sess("A", "mon", ex("Lying Leg Curl", 3, "10-15", tempo="3-0-3-0")), goal="rehab", stage=2)
    assert "HR007" not in hr.check(slow).codes


def test_distal_week_from_its_own_ranking_gets_no_hr002() -> None:
    """HR002/HR004 apply where the goal is hinge-led, not to distal hypertrophy."""
    data = prog(
        sess(
            "A",
            "mon",
            ex("Seated leg curl", 4, "10-12"),
            ex("Lying leg curl", 3, "10-12"),
            ex("RDL", 2, "8-10"),
        ),
        sess(
            "B", "thu", ex("Seated leg curl", 4, "10-12"), ex("Nordic curl", 3, "5-8"), ex("RDL", 2, "8-10")
        ),
        goal="distal_hypertrophy",
    )
    assert not {"HR002", "HR004"} & set(hr.check(data).codes)
    assert "HR002" in hr.check(data, goal="tie_in_hypertrophy").codes


def test_swings_and_a_cable_kickback_do_not_satisfy_hr001() -> None:
    """HR001 needs a long-length, non-ballistic straight-knee hinge (review B7)."""
    data = prog(
        sess("A", "mon", ex("Kettlebell swing", 5, "10"), ex("Standing cable hip extension", 3, "12-15")),
        sess("B", "thu", ex("Kettlebell swing", 5, "10")),
        goal="posterior_chain",
    )
    assert "HR001" in hr.check(data).codes


def test_hr005_counts_hard_sets_at_any_reps_and_hr006_counts_hinges_only() -> None:
    """Light-load sessions count for frequency (review B5); a curl day is not a heavy-hinge day
    and 48 h between hinge days is information, not a warning (B6)."""
    light = prog(
        sess("A", "mon", ex("RDL", 4, "12-20"), ex("Seated leg curl", 4, "15-20")),
        sess("B", "thu", ex("45 degree back extension", 4, "15-20"), ex("Seated leg curl", 4, "15-20")),
        goal="tie_in_hypertrophy",
    )
    assert not {f.code for f in hr.check(light) if f.code == "HR005" and "hard" in f.message}
    mwf = prog(
        sess("A", "mon", ex("RDL")),
        sess("B", "wed", ex("Seated leg curl", 3, "10-12")),
        sess("C", "fri", ex("Good morning")),
        goal="tie_in_hypertrophy",
    )
    sev = {f.severity for f in hr.check(mwf) if f.code == "HR006"}
    assert sev <= {"info"}
    back_to_back = prog(
        sess("A", "mon", ex("RDL")), sess("B", "tue", ex("Good morning")), goal="tie_in_hypertrophy"
    )
    assert {"warning"} <= {f.severity for f in hr.check(back_to_back) if f.code == "HR006"}


def test_hr014_counts_squats_and_a_pair_is_information() -> None:
    """Squat + good morning + front squat is three spinal-load lifts (B8); deadlift + RDL is info."""
    three = prog(
        sess("A", "mon", ex("Squat", 5, "5"), ex("Good morning", 4, "6"), ex("Front squat", 3, "6")),
        goal="posterior_chain",
    )
    assert {f.severity for f in hr.check(three) if f.code == "HR014"} == {"warning"}
    pair = prog(sess("A", "mon", ex("Deadlift", 3, "5"), ex("RDL", 3, "10")), goal="posterior_chain")
    assert {f.severity for f in hr.check(pair) if f.code == "HR014"} == {"info"}


def test_nordic_check_rolls_over_three_weeks() -> None:
    """A week without a Nordic between Nordic weeks is fine (Ripley 2021); none at all is not."""
    nordic = sess("A", "mon", ex("Nordic curl", 3, "6"), ex("RDL"))
    other = sess("A", "mon", ex("RDL"), ex("Lying leg curl", 3, "10"))
    rolling = {
        "name": "cycle",
        "goal": "strain_prevention",
        "weeks": [{"sessions": [nordic]}, {"sessions": [other]}, {"sessions": [other]}],
    }
    assert "HR013" not in hr.check(rolling).codes
    never = prog(other, goal="strain_prevention")
    assert "HR013" in hr.check(never).codes


def test_every_check_states_the_goals_and_stages_it_applies_to() -> None:
    """Each check code documents where it applies, and explain() shows it."""
    codes = {r.code for r in RULES if r.effect.kind == "finding"}
    for code in sorted(codes):
        main = [r for r in RULES if r.effect.kind == "finding" and r.id == code]
        assert main and "applies" in main[0].doc, code
    assert "Applies to" in hr.explain("HR001")


def test_pain_steps_back_the_checked_stage_too() -> None:
    """check(stage=3, pain=7) checks against stage 2: a stage-3 RDL is then contraindicated."""
    data = prog(sess("A", "mon", ex("RDL", 3, "6-10", tempo="3-0-3-0")), goal="rehab", stage=3)
    assert "HR010" not in hr.check(data).codes
    hurt = hr.check(data, pain=7)
    assert hurt.stage == 2 and hurt.stepped_back and "HR010" in hurt.codes
    assert "stepped back from 3" in str(hurt).splitlines()[0]


# -- stretching: excluded for the right reason, and only where the evidence avoids it ---------


def test_a_stretch_is_not_excluded_as_an_isometric_hold() -> None:
    """X005 (isometric holds are a rehab tool) is about loaded holds; a stretch has its own rules."""
    for goal, rule in (
        ("strain_prevention", "X010"),
        ("tie_in_hypertrophy", "X007"),
        ("posterior_chain", "X007"),
    ):
        reasons = {x.id: x.rule for x in hr.recommend(goal).excluded}
        assert reasons["static_hamstring_stretch"] == rule, goal
        assert reasons["jefferson_curl"] == rule, goal


def test_stretching_is_contraindicated_in_rehab_stages_1_2_only() -> None:
    """Goom 2016: end-range stretching is provocative early. HR010 flags it in stages 1-2 (X009)
    and HR019, with the same reason, yields to it; from stage 3 a stretch is no error."""
    stretch = sess("A", "mon", ex("hamstring stretch", 3, 1, hold_s=30))
    for stage in (1, 2):
        report = hr.check(prog(stretch, goal="rehab", stage=stage))
        assert "HR010" in report.codes and "HR019" not in report.codes
        (hr010,) = [f for f in report if f.code == "HR010"]
        assert "isometric hold" not in hr010.message and "stretch" in hr010.message.lower()
    for stage in (3, 4):
        report = hr.check(prog(stretch, goal="rehab", stage=stage))
        assert not {"HR010", "HR019"} & set(report.codes), [str(f) for f in report]


def test_late_rehab_ranks_askling_extender_and_a_stretch_below_the_loading_work() -> None:
    """The Extender is a dynamic lengthening drill (Askling 2013), not static stretching: from
    stage 3 it is ranked; a static stretch is allowed but ranks below every exercise that loads."""
    for stage in (3, 4):
        result = hr.recommend("rehab", stage=stage)
        assert "askling_extender" not in {x.id for x in result.excluded}
        ranks = {r.id: r.rank for r in result}
        stretch = ranks["static_hamstring_stretch"]
        assert ranks["askling_extender"] < stretch
        loading = [r for r in result if r.exercise.modality is hr.Modality.STRENGTH]
        assert loading and all(r.rank < stretch for r in loading)
        dose = next(r for r in result if r.id == "static_hamstring_stretch").prescription
        assert "maximal effort" not in (dose.rir or "")  # not the isometric loading hold's dose


# -- HR007's suggested tempo agrees with the prescription check --fix writes ------------------

_TEMPO = re.compile(r"\b(\d+)-(\d+)-(\d+|X)-(\d+)\b")


def _phases(tempo: str) -> tuple[bool, bool]:
    """(eccentric given, concentric given): 4-0-0-0 is eccentric only, 3-0-3-0 both."""
    m = _TEMPO.fullmatch(tempo)
    assert m, tempo
    return m[1] != "0", m[3] != "0"


def test_hr007_suggests_a_tempo_of_the_prescriptions_kind() -> None:
    """A Nordic is eccentric only: HR007 suggested heavy slow resistance's 3-0-3-0 while its
    safe fix writes the rehab prescription (RP006: 4-0-0-0). Over every exercise rehab ranks at
    stages 2-4, written without a tempo, the suggested tempo has the fixed tempo's phases, and an
    eccentric-only exercise is suggested exactly its prescribed tempo."""
    seen_eccentric_only = 0
    for stage in (2, 3, 4):
        result = hr.recommend("rehab", stage=stage)
        ranked = {r.name: r for r in result}
        entries = [ex(r.name, 2, "8") for r in result if not r.exercise.isometric]
        sessions = [sess(f"S{i}", "", *entries[i : i + 30]) for i in range(0, len(entries), 30)]
        for s in sessions:
            del s["day"]
        for f in hr.check(prog(*sessions, goal="rehab", stage=stage)):
            if f.code != "HR007" or f.fix is None:
                continue
            name = f.message.split(":")[0]
            value = f.fix.edits[0].value
            assert value is not None
            fixed = value["tempo"]
            assert fixed == ranked[name].prescription.tempo
            suggested = [m[0] for m in _TEMPO.finditer(f.suggestion or "")]
            assert suggested and _phases(suggested[0]) == _phases(fixed), (stage, name, suggested, fixed)
            if ranked[name].exercise.eccentric_only:
                seen_eccentric_only += 1
                assert suggested == [fixed], (stage, name)
    assert seen_eccentric_only >= 2


# -- prescriptions fit the roles they are shown for ---------------------------------------------


def _is_hinge(rec: hr.Recommendation) -> bool:
    return rec.exercise.straight_knee_hip_extension and not rec.exercise.ballistic


# What a placement's "after the ..." points at, among the other picks of the week.
_AFTER: dict[str, Callable[[hr.Recommendation], bool]] = {
    "after the heavy hinge": lambda rec: rec.role == "heavy_hinge",
    "after the hinges": _is_hinge,
    "after the leg curls": lambda rec: rec.exercise.knee_flexion,
}


def _after(rec: hr.Recommendation, picks: list[hr.Recommendation]) -> list[hr.Recommendation]:
    """The picks ``rec``'s placement says it comes after."""
    place = rec.prescription.placement or ""
    return [q for phrase, kind in _AFTER.items() if phrase in place for q in picks if kind(q)]


def test_no_pick_is_placed_after_itself_or_in_a_circle() -> None:
    """distal_hypertrophy's heavy_hinge pick (a 45-degree back extension) was placed "after the
    heavy hinge" - itself - and its leg curl "after the hinges". Over goals x stages x kits, a
    top pick's placement never points at its own kind, and no two picks each come after the other."""
    wrong = []
    for (goal, stage), kit in [(gs, k) for gs in STAGED + UNSTAGED for k in sorted(KITS)]:
        picks = list(hr.recommend(goal, stage=stage, equipment=KITS[kit]).by_role().values())

        for rec in picks:
            targets = _after(rec, picks)
            if rec in targets or any(rec in _after(q, picks) for q in targets):
                wrong.append((goal, stage, kit, rec.role, rec.name, rec.prescription.placement))
        first = [r.name for r in picks if (r.prescription.placement or "").startswith("first")]
        if len(first) > 1:  # rehab stage 4 put both the swing and the RDL "first, when fresh"
            wrong.append((goal, stage, kit, "first", ", ".join(first), "first, when fresh"))
    assert wrong == []


# -- what the docs say about defaults agrees with the code (review 2 R14) --------------------

_DEFAULT_STAGE_CLAIMS = (
    re.compile(r"stage (\d) when none is given"),
    re.compile(r"assumed stage (\d)"),
    re.compile(r"stage (\d) is assumed"),
)
_PAIN_CLAIM = re.compile(r"pain is above (\d+(?:\.\d+)?)/10")


def _texts(rule: hr.Rule) -> list[str]:
    return [*rule.doc.values(), rule.effect.text, rule.effect.suggestion, rule.rationale]


def test_docs_name_each_goals_own_default_stage_and_pain_limit() -> None:
    """R14: HR010's doc said 'stage 3 when none is given' while rehab assumes stage 1.

    Every doc, note and message that names the stage assumed without one, or the pain that steps
    a stage back, names the goal's own: for every staged goal the rule applies to.
    """
    claims = 0
    for rule in RULES:
        goals = [g for g in RULES.goals if g.staged and (g.id in rule.goals or "*" in rule.goals)]
        for text in _texts(rule):
            for pattern in _DEFAULT_STAGE_CLAIMS:
                for found in pattern.finditer(text):
                    claims += 1
                    for goal in goals:
                        assert int(found.group(1)) == goal.default_stage, (rule.id, goal.id, text)
            for found in _PAIN_CLAIM.finditer(text):
                claims += 1
                for goal in goals:
                    assert float(found.group(1)) == goal.pain_step_back_above, (rule.id, goal.id, text)
    assert claims >= 4


def test_hr010_explained_says_an_unstaged_rehab_program_is_checked_at_stage_1() -> None:
    """R14: what explain HR010 says is what check() does."""
    data = prog(sess("A", "mon", ex("RDL", 3, 8, tempo="3-0-3-0")), goal="rehab")
    report = hr.check(data)
    assert (report.stage, report.stage_assumed) == (1, True) and "HR010" in report.codes
    text = hr.explain("HR010")
    assert "stage 1 when none is given" in text and "stage 3 when none" not in text


def _stage_bounds(node: Any) -> set[tuple[str, Any]]:
    """Every ``stage`` comparison in a rule's condition tree: ``{("ge", 3), ("le", 2)}``."""
    if getattr(node, "fact", None) == "stage":
        value = node.value
        return {(node.op, tuple(value) if isinstance(value, list | tuple) else value)}
    found: set[tuple[str, Any]] = set()
    for child in getattr(node, "items", ()) or ():
        found |= _stage_bounds(child)
    inner = getattr(node, "item", None)
    return found | (_stage_bounds(inner) if inner is not None else set())


def test_docs_stage_ranges_are_the_conditions_stage_ranges() -> None:
    """R14, more widely: where a check's doc says it applies "from stage N" or in "stages A-B",
    one of the code's rules compares the stage so (``stage >= N``; ``stage <= B`` or in A..B)."""
    claims = 0
    for code in sorted({r.code for r in RULES if r.effect.kind == "finding"}):
        family = [r for r in RULES if r.effect.kind == "finding" and r.code == code]
        applies = next((r.doc["applies"] for r in family if "applies" in r.doc), "")
        bounds = set().union(*(_stage_bounds(r.when) for r in family))
        for found in re.finditer(r"from stage (\d)", applies):
            claims += 1
            assert ("ge", int(found.group(1))) in bounds, (code, applies, bounds)
        for found in re.finditer(r"stages (\d)-(\d)", applies):
            low, high = int(found.group(1)), int(found.group(2))
            claims += 1
            ok = {("le", high), ("lt", high + 1), ("in", tuple(range(low, high + 1)))}
            if low > 1:
                ok = {("in", tuple(range(low, high + 1)))}
            # "stages 1-2 keep the hip near neutral" explains an exclusion: stage >= 3 then
            ok |= {("ge", high + 1)}
            assert ok & bounds, (code, applies, bounds)
    assert claims >= 8


def test_a_curls_only_week_for_distal_hypertrophy_is_warned_not_an_error() -> None:
    """The distal goal's own note keeps a hinge 'as well'; a curl-centred week with no hinge was
    an error (HR001) as if the goal were the tie-in. It is a warning there, an error for the
    hinge goals."""
    week = {
        "sessions": [
            {"name": "A", "day": "mon", "exercises": [{"exercise": "Seated leg curl", "sets": 4, "reps": 10}]}
        ]
    }
    severity = {
        goal: next(f.severity for f in hr.check({"name": "curls", **week}, goal=goal) if f.code == "HR001")
        for goal in ("distal_hypertrophy", "tie_in_hypertrophy", "posterior_chain")
    }
    assert severity == {
        "distal_hypertrophy": "warning",
        "tie_in_hypertrophy": "error",
        "posterior_chain": "error",
    }
    assert any("hinge" in n and "as well" in n for n in hr.recommend("distal_hypertrophy").notes)


# -- a pain step-back: the stage stepped back to says what it excludes, and why ----------------


def _hr010(report: hr.Report) -> dict[str, str]:
    return {f.location.exercise or "": f.message for f in report.findings if f.code == "HR010"}


def test_a_nordic_kept_after_a_pain_step_back_is_a_finding() -> None:
    """A stage-3 program with Nordic curls, checked with pain 7/10, is judged at stage 2, where the
    Nordic is late work (assisted first). It was only ranked down there, so the program got no
    finding for keeping it right after the step-back; now RH035 excludes it then, and HR010 says
    which stage and that pain stepped back to it. Checked without the pain, or at stage 2 as
    given, the Nordic stays allowed (late stage 2 is where Goom puts it)."""
    data = prog(
        sess(
            "A", "mon", ex("Nordic curl", 3, 5, tempo="4-0-0-0"), ex("Glute bridge", 3, 12, tempo="3-0-3-0")
        ),
        sess("B", "thu", ex("Nordic hamstring curl", 2, 5, tempo="4-0-0-0")),
        goal="rehab",
        stage=3,
    )
    assert _hr010(hr.check(data)) == {}
    assert _hr010(hr.check(data, stage=2)) == {}
    for pains in ({"pain": 7}, {"pain_24h": 6}):
        found = _hr010(hr.check(data, **pains))  # type: ignore[arg-type]
        assert set(found) == {"Nordic curl", "Nordic hamstring curl"}, pains
        for message in found.values():
            assert "rehab stage 2" in message and "pain above 5/10 stepped back" in message


def test_an_exclusion_after_a_step_back_says_the_pain_stepped_back() -> None:
    """HR010 after a step-back (an RDL at stage 3 with pain 7/10) names the stage and the pain;
    at the stage as given it says nothing of pain."""
    data = prog(sess("A", "mon", ex("RDL", 3, "6-10", tempo="3-0-3-0")), goal="rehab", stage=3)
    given = _hr010(hr.check(data, stage=2))
    assert given and not any("pain" in m for m in given.values())
    hurt = _hr010(hr.check(data, pain=7))
    assert hurt and all("stage 2, the stage pain above 5/10 stepped back to" in m for m in hurt.values())


STAGED_STEPS = [("rehab", stage) for stage in (2, 3, 4)] + [("strain_rehab", stage) for stage in (2, 3)]


@settings(max_examples=60, deadline=None)
@given(
    case=st.sampled_from(STAGED_STEPS),
    picks=st.lists(st.integers(0, 10_000), min_size=1, max_size=6),
    pain=st.sampled_from([None, 2.0, 6.0, 9.0]),
)
def test_check_flags_what_the_stage_stepped_back_to_excludes(
    case: tuple[str, int], picks: list[int], pain: float | None
) -> None:
    """For any staged goal, stage and pain, check() gives an HR010 for exactly the exercises the
    stage it applied (after any pain step-back) excludes in recommend() for a reason of safety
    (an ``exclude`` rule, not only ``out_of_scope`` ones), and says the pain stepped back when
    it did."""
    goal, stage = case
    catalog = hr.Catalog.builtin()
    names = sorted({catalog.exercises[i % len(catalog.exercises)].name for i in picks})
    data = prog(sess("A", "mon", *(ex(n, 3, 8, tempo="3-0-3-0") for n in names)), goal=goal, stage=stage)
    report = hr.check(data, pain=pain)
    ranked = hr.recommend(goal=goal, stage=stage, pain=pain)
    assert (report.stage, report.stepped_back) == (ranked.stage, ranked.stepped_back)
    scope_only = {r.id for r in hr.RuleSet.builtin().rules if r.effect.out_of_scope}
    excluded = {e.exercise.name for e in ranked.excluded if not set(e.rules) <= scope_only}
    found = _hr010(report)
    assert set(found) == excluded & set(names)
    for message in found.values():
        assert ("stepped back to" in message) == report.stepped_back


def _hr024(report: hr.Report) -> dict[str, hr.Finding]:
    return {f.location.exercise or "": f for f in report.findings if f.code == "HR024"}


def test_what_the_stage_stepped_back_to_ranks_down_is_a_finding() -> None:
    """A stage-4 program checked with pain 7/10 is judged at stage 3, which brings compression
    and long levers in gradually: its good morning, deficit RDL and seated curl rank down there
    (stage 4 ranks them fairly) - kept without a word; now HR024 warns with the stage and the
    reason. The RDL, ranked first at stage 3, is not flagged; nor is anything without the pain,
    or at stage 3 as given."""
    data = prog(
        sess("A", "mon", ex("Good morning", 3, 8, tempo="3-0-3-0"), ex("Deficit RDL", 3, 8, tempo="3-0-3-0")),
        sess("B", "thu", ex("Seated leg curl", 3, 10, tempo="3-0-3-0"), ex("RDL", 3, 8, tempo="3-0-3-0")),
        goal="rehab",
        stage=4,
    )
    assert _hr024(hr.check(data)) == {} and _hr024(hr.check(data, stage=3)) == {}
    found = _hr024(hr.check(data, pain=7))
    assert set(found) == {"Good morning", "Deficit RDL", "Seated leg curl"}
    assert all(
        f.severity == "warning" and "stage 3, the stage pain stepped back to" in f.message
        for f in found.values()
    )
    assert "long lever" in found["Good morning"].message and "compression" in found["Deficit RDL"].message
    assert hr.fix(data, pain=7, unsafe=True).report.codes == ()


def test_strain_rehab_ranked_down_after_a_step_back_is_information() -> None:
    """Strain rehab's penalties are about dosing in small steps: HR024 is a note there."""
    # (the glute-ham raise was the example until it waited for stage 3 with the Nordic: SRX08)
    data = prog(sess("A", "mon", ex("Slider leg curl", 3, 6)), goal="strain_rehab", stage=3)
    found = _hr024(hr.check(data, pain=5))
    assert set(found) == {"Slider leg curl"} and found["Slider leg curl"].severity == "info"


@settings(max_examples=60, deadline=None)
@given(
    case=st.sampled_from(STAGED_STEPS),
    picks=st.lists(st.integers(0, 10_000), min_size=1, max_size=6),
    pains=st.sampled_from([{"pain": 9.0}, {"pain_24h": 7.0}, {"pain": 2.0}]),
)
def test_check_flags_what_the_stage_stepped_back_to_ranks_down(
    case: tuple[str, int], picks: list[int], pains: dict[str, float]
) -> None:
    """For any staged goal and stage, check() with pain gives an HR024 for exactly the exercises
    the stage it applied ranks down (a rule of negative score, in recommend()'s reasons) where
    the stage asked for (recommend() without the pain) did not; none without a step-back."""
    goal, stage = case
    catalog = hr.Catalog.builtin()
    names = sorted({catalog.exercises[i % len(catalog.exercises)].name for i in picks})
    data = prog(sess("A", "mon", *(ex(n, 3, 8, tempo="3-0-3-0") for n in names)), goal=goal, stage=stage)
    report = hr.check(data, **pains)  # type: ignore[arg-type]
    applied = {r.exercise.name: r for r in hr.recommend(goal=goal, stage=stage, **pains)}  # type: ignore[arg-type]
    asked = {r.exercise.name: {x.id for x in r.rules} for r in hr.recommend(goal=goal, stage=stage)}
    expected = set()
    if report.stepped_back:
        for name in names:
            rec = applied.get(name)
            if rec is not None and any(
                x.effect.kind == "score" and x.effect.score < 0 and x.id not in asked.get(name, set())
                for x in rec.rules
            ):
                expected.add(name)
    assert set(_hr024(report)) == expected
