"""Built for other apps: custom exercises and rule packs, substitutions, stable, shareable results."""

from __future__ import annotations

import json
import pickle
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import attrs
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.catalog import exercise_to_mapping

CATALOG = hr.Catalog.builtin()
RULES = hr.RuleSet.builtin()
EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


# -- substitutes ---------------------------------------------------------------------------------


def test_no_barbell_gives_dumbbell_and_single_leg_rdl() -> None:
    """Without a barbell, the RDL's substitutes lead with the dumbbell and single-leg RDLs."""
    result = hr.substitute("RDL", equipment=["dumbbell"])
    assert result.ids[0] == "dumbbell_rdl" and "single_leg_rdl" in result.ids[:3]
    assert any("equipment" in d for d in result[0].differences)


def test_tired_lower_back_gives_lower_spinal_load() -> None:
    """With spinal load capped at moderate, the back extension is among the substitutes."""
    result = hr.substitute("RDL", limits={"spinal_load": "moderate"}, limit=10)
    assert "back_extension_45" in result.ids
    assert all(s.exercise.spinal_load is not hr.Level.HIGH for s in result)


def test_never_its_own_substitute_and_goal_respected() -> None:
    """An exercise never substitutes for itself; the goal's exclusions are honoured."""
    for ex in CATALOG:
        assert ex.id not in hr.substitute(ex, limit=None).ids
    early = hr.substitute("Lying Leg Curl", goal="rehab", stage=2, limit=None)
    assert "seated_leg_curl" not in early.ids  # hip flexion is stage 3
    first = hr.substitute("Lying Leg Curl", goal="rehab", stage=1, limit=None)
    assert "nordic_curl" not in first.ids  # the Nordic enters late in stage 2 (Goom 2016)


def test_substitute_errors() -> None:
    """Unknown names and bad limits are clear errors."""
    with pytest.raises(hr.UnknownExerciseError):
        hr.substitute("Romanin")
    with pytest.raises(hr.RequestError):
        hr.substitute("RDL", limits={"spinal_load": "huge"})
    with pytest.raises(hr.RequestError):
        hr.substitute("RDL", limits={"colour": "low"})


# -- custom exercises -----------------------------------------------------------------------------


def _custom_entry() -> dict[str, object]:
    data = exercise_to_mapping(CATALOG.get("single_leg_rdl"))
    data.update(
        id="gym_b_stance_rdl",
        name="Gym B-stance RDL",
        aliases=["kickstand RDL", "Staggered Stance RDL"],
        sources=["my gym's coaches"],
    )
    return data


@pytest.mark.parametrize("suffix", [".toml", ".json", ".yaml"])
def test_catalog_files_extend_the_builtin(tmp_path: Path, suffix: str) -> None:
    """A TOML, JSON or YAML exercise file extends the built-in catalog; the original is untouched."""
    entry = _custom_entry()
    file = tmp_path / f"mine{suffix}"
    if suffix == ".toml":
        lines = []
        for key, value in entry.items():
            if value is None:
                continue
            lines.append(f"{key} = {json.dumps(value)}")
        file.write_text("[[exercise]]\n" + "\n".join(lines) + "\n")
    elif suffix == ".json":
        file.write_text(json.dumps({"exercise": [entry]}))
    else:
        file.write_text(yaml.safe_dump({"exercise": [entry]}))
    mine = CATALOG.with_exercises(hr.Catalog.from_file(file))
    assert mine.resolve("kickstand RDL").id == "gym_b_stance_rdl"
    assert "gym_b_stance_rdl" in hr.recommend(goal="tie-in", catalog=mine).ids
    assert "gym_b_stance_rdl" not in CATALOG.ids


def test_bad_catalog_file_names_entry_and_field(tmp_path: Path) -> None:
    """A wrong field in a user's file names the file, the exercise and the field."""
    entry = _custom_entry()
    entry["knee"] = "bendy"
    file = tmp_path / "mine.yaml"
    file.write_text(yaml.safe_dump({"exercise": [entry]}))
    with pytest.raises(hr.CatalogError) as info:
        hr.Catalog.from_file(file)
    location = info.value.location or ""  # a long temporary path is cut in its middle
    assert location.startswith(str(file)[:40])
    assert location.endswith("mine.yaml: exercise 'gym_b_stance_rdl'.knee")


def test_app_can_reclassify_a_builtin_exercise() -> None:
    """Overriding an id replaces the built-in classification (a user's correction)."""
    fixed = attrs.evolve(
        CATALOG.get("glute_ham_raise"),
        primary_action=hr.JointAction("hip_extension"),
        knee=hr.KneeBehaviour("straight"),
    )
    mine = CATALOG.with_exercises([fixed])
    assert mine.get("glute_ham_raise").straight_knee_hip_extension
    assert not CATALOG.get("glute_ham_raise").straight_knee_hip_extension


# -- rule packs -----------------------------------------------------------------------------------

PACK = """
[[goal]]
id = "sprinter"
name = "Sprinter hamstrings"
aliases = ["sprint"]

[[rule]]
id = "SPR001"
symbol = "nordic-for-sprinters"
goals = ["sprinter"]
when = { fact = "eccentric_only", op = "eq", value = true }
effect = { score = 100 }
rationale = "Our coaches put the Nordic first."
source = "coach opinion"

[[rule]]
id = "SPR002"
symbol = "no-knee-dominant"
goals = ["sprinter"]
when = { fact = "knee_dominant", op = "eq", value = true }
effect = { exclude = "Not for this block." }
rationale = "Keep the block hamstring-only."
source = "coach opinion"
"""


def test_rule_pack_defines_a_goal(tmp_path: Path) -> None:
    """A pack's goal and rules work with the built-in rules."""
    file = tmp_path / "pack.toml"
    file.write_text(PACK)
    rules = hr.RuleSet.from_file(file, base=RULES)
    result = hr.recommend(goal="sprint", rules=rules)
    assert result.goal.id == "sprinter" and result[0].exercise.eccentric_only
    assert "nordic_curl" in result.ids[:3]
    assert "back_squat" in {e.exercise.id for e in result.excluded}


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ('fact = "eccentric_only"', 'fact = "eccentricity"', "rule SPR001.when"),
        (
            'op = "eq", value = true }\neffect = { score',
            'op = "~", value = true }\neffect = { score',
            "rule SPR001.when.op",
        ),
        (
            'goals = ["sprinter"]\nwhen = { fact = "knee',
            'goals = ["sprintr"]\nwhen = { fact = "knee',
            "rule SPR002.goals",
        ),
    ],
)
def test_bad_packs_name_the_rule_and_path(tmp_path: Path, old: str, new: str, where: str) -> None:
    """Unknown attributes, operators and goals are rejected with the file, the rule id and path."""
    file = tmp_path / "pack.toml"
    assert old in PACK
    file.write_text(PACK.replace(old, new, 1))
    with pytest.raises(hr.RuleError) as info:
        hr.RuleSet.from_file(file, base=RULES)
    location = info.value.location or ""
    assert location.startswith(str(file)[:40]) and location.endswith(f"pack.toml: {where}")


def test_pack_cannot_execute_code(tmp_path: Path) -> None:
    """A condition value that looks like code is data: it is compared, never run."""
    file = tmp_path / "pack.yaml"
    file.write_text(
        yaml.safe_dump(
            {
                "rule": [
                    {
                        "id": "EVIL",
                        "symbol": "evil",
                        "when": {"fact": "name", "op": "eq", "value": "__import__('os')"},
                        "effect": {"score": 1},
                        "rationale": "x",
                        "source": "x",
                    }
                ]
            }
        )
    )
    rules = hr.RuleSet.from_file(file, base=RULES)
    assert rules.get("EVIL").when.describe() == "name eq __import__('os')"
    hr.recommend(goal="tie-in", rules=rules)


# -- contracts, pickling, threads -----------------------------------------------------------------


def test_results_carry_schema_versions() -> None:
    """JSON shapes and the program schema carry a schema_version."""
    assert hr.recommend(goal="rehab").to_dict()["schema_version"] == 1
    assert hr.check(EXAMPLES / "article_program.yaml").to_dict()["schema_version"] == 1
    assert hr.substitute("RDL").to_dict()["schema_version"] == 1
    assert hr.program_json_schema()["x-schema-version"] == 1


@pytest.mark.parametrize(
    "make",
    [
        lambda: hr.recommend(goal="rehab"),
        lambda: hr.check(EXAMPLES / "typical_leg_day.yaml"),
        lambda: hr.substitute("RDL"),
        lambda: hr.Catalog.builtin(),
        lambda: hr.RuleSet.builtin(),
        lambda: hr.load_program(EXAMPLES / "article_program.yaml"),
        lambda: hr.load_log(EXAMPLES / "hevy_export.csv"),
    ],
)
def test_public_results_pickle(make: object) -> None:
    """Results, catalogs and rule sets survive pickling (process pools, Dask, Spark)."""
    value = make()  # type: ignore[operator]
    again = pickle.loads(pickle.dumps(value))
    assert again == value


def test_errors_pickle() -> None:
    """Errors cross process boundaries with their data."""
    err = hr.UnknownExerciseError("Romanin", candidates=("Romanian deadlift",), location="exclude[0]")
    again = pickle.loads(pickle.dumps(err))
    assert (again.name, again.candidates, again.location, str(again)) == (
        err.name,
        err.candidates,
        err.location,
        str(err),
    )


def test_threads_share_catalogs_and_get_single_thread_answers() -> None:
    """Many threads calling recommend and check on shared objects get the single-thread answers."""
    catalog = CATALOG.with_exercises(
        [attrs.evolve(CATALOG.get("romanian_deadlift"), id="x_rdl", name="X RDL", aliases=())]
    )
    goals = ["tie_in_hypertrophy", "rehab", "distal_hypertrophy", "strain_prevention", "posterior_chain"]
    expected_rec = {g: hr.recommend(goal=g, catalog=catalog).to_dict() for g in goals}
    expected_chk = hr.check(EXAMPLES / "typical_leg_day.yaml", catalog=catalog).to_dict()
    barrier = threading.Barrier(8)

    def work(i: int) -> bool:
        barrier.wait()
        ok = True
        for k in range(20):
            goal = goals[(i + k) % len(goals)]
            ok &= hr.recommend(goal=goal, catalog=catalog).to_dict() == expected_rec[goal]
            ok &= hr.check(EXAMPLES / "typical_leg_day.yaml", catalog=catalog).to_dict() == expected_chk
        return ok

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(work, range(8)))


# -- one vocabulary: a fact is declared once ------------------------------------------------------


def test_a_new_attribute_is_declaration_data_and_rule(tmp_path: Path) -> None:
    """The README's worked example, on a copy of the package: one declaration line, the data and
    the rule - and the rule fires, validates, and the attribute is listed by explain --facts."""
    import shutil
    import subprocess
    import sys

    package = Path(hr.__file__).resolve().parent
    copy = tmp_path / "hamstring_rules"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    source = (copy / "exercises.py").read_text()
    anchor = "    article_rank: int | None = attribute("
    assert anchor in source
    line = '    needs_spotter: bool = attribute(bool, default=False, doc="unsafe to take to failure alone")\n'
    (copy / "exercises.py").write_text(source.replace(anchor, line + anchor, 1))
    data = (copy / "data" / "exercises.toml").read_text()
    assert 'id = "good_morning"\n' in data
    (copy / "data" / "exercises.toml").write_text(
        data.replace('id = "good_morning"\n', 'id = "good_morning"\nneeds_spotter = true\n', 1)
    )
    (copy / "data" / "builtin.json").unlink(missing_ok=True)
    pack = tmp_path / "pack.toml"
    pack.write_text(
        "[[rule]]\n"
        'id = "MY001"\nsymbol = "spotter-first"\ngoals = ["*"]\n'
        'when = { fact = "needs_spotter", op = "eq", value = true }\n'
        'effect = { cue = "Train it with a spotter." }\n'
        'rationale = "Failing alone under the bar is a crush risk."\nsource = "heuristic"\n'
    )
    script = (
        "import sys, hamstring_rules as hr\n"
        "from hamstring_rules._facts import describe_facts\n"
        "rules = hr.RuleSet.from_file(sys.argv[1], base=hr.RuleSet.builtin())\n"
        "res = hr.recommend('posterior_chain', rules=rules)\n"
        "cued = sorted(r.exercise.id for r in res if 'Train it with a spotter.' in r.cues)\n"
        "print(cued)\n"
        "print('needs_spotter: bool' in describe_facts('exercise'))\n"
        "print(hr.Catalog.builtin().get('good_morning').facts()['needs_spotter'])\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(pack)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\n")[:3] == ["['good_morning']", "True", "True"]


@pytest.mark.parametrize(
    ("effect", "where", "fragment"),
    [
        (
            {"finding": {"severity": "info", "message": "only {hinge_sets} of {min_set}", "suggestion": ""}},
            "rule MY001.effect.finding.message",
            "unknown placeholder {min_set}",
        ),
        (
            {"finding": {"severity": "info", "message": "ok", "suggestion": "add {sesions}"}},
            "rule MY001.effect.finding.suggestion",
            "unknown placeholder {sesions}",
        ),
    ],
)
def test_undeclared_placeholder_is_rejected_with_the_rule_id(
    effect: object, where: str, fragment: str
) -> None:
    """A message template may use the scope's facts, its template values and the rule's params -
    nothing else; a typo is an error when the rule set is built, not literal text in a finding."""
    data = {
        "id": "MY001",
        "symbol": "my-check",
        "scope": "week",
        "params": {"min_sets": 4},
        "when": {"fact": "hinge_sets", "op": "lt", "value": {"param": "min_sets"}},
        "effect": effect,
        "rationale": "r",
        "source": "heuristic",
    }
    with pytest.raises(hr.RuleError, match=fragment.replace("{", r"\{").replace("}", r"\}")) as info:
        hr.RuleSet.from_data({"rule": [data]})
    assert info.value.location == where


def test_undeclared_fact_is_rejected_with_the_rule_id() -> None:
    """A condition on a fact no scope declares fails when the rule set is built."""
    data = {
        "id": "MY002",
        "symbol": "my-rule",
        "when": {"fact": "needs_spotter", "op": "eq", "value": True},
        "effect": {"score": 1},
        "rationale": "r",
        "source": "heuristic",
    }
    with pytest.raises(hr.RuleError, match="unknown fact 'needs_spotter'") as info:
        hr.RuleSet.from_data({"rule": [data]})
    assert info.value.location == "rule MY002.when"


def test_every_declared_attribute_reaches_every_derived_table() -> None:
    """facts(), the rule vocabulary, catalog validation and explain --facts all come from the
    one declaration per attribute."""
    from hamstring_rules._facts import VOCABULARIES, describe_facts
    from hamstring_rules.catalog import exercise_from_mapping
    from hamstring_rules.exercises import ATTRIBUTES, DERIVED

    ex = CATALOG.get("romanian_deadlift")
    listed = describe_facts("exercise")
    assert list(ex.facts()) == [*ATTRIBUTES, *DERIVED]
    assert set(VOCABULARIES["exercise"].subject) == set(ATTRIBUTES) | set(DERIVED)
    assert set(VOCABULARIES["entry"].subject) >= set(ATTRIBUTES)
    for name, declared in ATTRIBUTES.items():
        assert f"  {name}: " in listed
        if declared.enum is not None:
            data = exercise_to_mapping(ex)
            data[name] = ["nope"] if declared.many else "nope"
            with pytest.raises(hr.CatalogError) as info:
                exercise_from_mapping(data)
            assert info.value.location == f"exercise 'romanian_deadlift'.{name}"
            assert info.value.suggestion == "expected one of: " + ", ".join(m.value for m in declared.enum)


# -- goal spellings: one goal each ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("goal", "where", "words"),
    [
        # an alias the built-in tie-in goal has, written another way (case and spaces ignored)
        (
            'id = "my_goal"\nname = "Mine"\naliases = ["mine", "Upper Hamstring"]',
            "goal my_goal.aliases[1]",
            ["'Upper Hamstring'", "'my_goal'", "'tie_in_hypertrophy'", "'upper_hamstring'"],
        ),
        # an id that is a built-in alias: the lookup took ids first, so it took 'proximal' over
        ('id = "proximal"\nname = "Mine"', "goal proximal.id", ["'proximal'", "'tie_in_hypertrophy'"]),
        # an alias that is a built-in goal's id: the id won, and the alias named nothing
        ('id = "my_goal"\nname = "Mine"\naliases = ["Rehab"]', "goal my_goal.aliases[0]", ["'rehab'"]),
    ],
)
def test_a_pack_goal_cannot_take_a_built_in_goal_spelling(
    tmp_path: Path, goal: str, where: str, words: list[str]
) -> None:
    """A pack goal's id or alias that already names a built-in goal is a RuleError naming the
    spelling, both goals and the pack file, with a way out - not a silent takeover."""
    file = tmp_path / "pack.toml"
    file.write_text(f"[[goal]]\n{goal}\n")
    with pytest.raises(hr.RuleError) as info:
        hr.RuleSet.from_file(file, base=RULES)
    error = info.value
    assert (error.location or "").endswith(f"pack.toml: {where}")
    assert str(file)[:40] in (error.location or "")
    for word in words:
        assert word in error.message
    assert "drop or rename it" in (error.suggestion or "") or "another id" in (error.suggestion or "")


def test_with_goals_names_the_goal_added_not_the_one_it_collides_with() -> None:
    """RuleSet.with_goals() refuses an added goal whose alias another goal has, at the added
    goal (whatever the ids' order), and the lookup of every built-in alias is unchanged."""
    added = hr.Goal(id="aaa", name="First by id", aliases=("distal",))
    with pytest.raises(hr.RuleError) as info:
        RULES.with_goals([added])
    assert info.value.location == "goal aaa.aliases[0]"
    assert "'distal_hypertrophy'" in info.value.message
    assert RULES.goal("distal").id == "distal_hypertrophy"


def test_two_goals_of_one_pack_cannot_share_an_alias() -> None:
    """Two goals of one pack sharing an alias (the first by id took it) are a RuleError."""
    data = {
        "goal": [
            {"id": "b_goal", "name": "B", "aliases": ["mine"]},
            {"id": "a_goal", "name": "A", "aliases": ["Mine"]},
        ]
    }
    with pytest.raises(hr.RuleError, match=r"'a_goal'.*'b_goal'|'b_goal'.*'a_goal'"):
        hr.RuleSet.from_data(data, source="pack.toml")


def test_a_goal_replaced_by_id_takes_its_own_aliases_along() -> None:
    """Replacing a built-in goal by its id (the way to move an alias) is no collision: the
    replaced goal's aliases go with it."""
    old = RULES.goal("distal_hypertrophy")
    mine = hr.Goal(id="my_distal", name="Mine", aliases=("distal",))
    rules = RULES.with_goals([attrs.evolve(old, aliases=()), mine])
    assert rules.goal("distal").id == "my_distal"


_SPELLINGS = st.sampled_from(["mine", "Mine", "my goal", "my-goal", "proximal", "tie-in", "rehab", "x", "X "])


@settings(max_examples=80, deadline=None)
@given(aliases=st.lists(st.lists(_SPELLINGS, max_size=3), min_size=1, max_size=3))
def test_every_spelling_of_a_goal_names_that_goal_or_the_set_is_refused(aliases: list[list[str]]) -> None:
    """Goals added with any aliases: either RuleError, or every goal's id and aliases look up
    that goal (none silently names another)."""
    goals = [hr.Goal(id=f"g{i}", name=f"G{i}", aliases=tuple(a)) for i, a in enumerate(aliases)]
    error: hr.RuleError | None = None
    try:
        rules = RULES.with_goals(goals)
    except hr.RuleError as exc:
        error = exc
    if error is not None:
        assert (error.location or "").startswith("goal g") and "already" in error.message
        return
    for goal in rules.goals:
        for spelling in (goal.id, *goal.aliases):
            assert rules.goal(spelling).id == goal.id, (spelling, goal.id)
