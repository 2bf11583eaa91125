"""Hardening: any input gives a valid result or a documented error - never a crash.

The ``fuzz`` hypothesis profile (``HYPOTHESIS_PROFILE=fuzz pytest tests/robustness/test_hardening.py``)
runs thousands of examples per property outside CI.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logwriters import HEVY_KG, STRONG_V1
from ..strategies import program_data

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)
anything = json_values | st.binary(max_size=20) | st.builds(object) | st.just(float("inf"))

DOCUMENTED = (hr.HamstringRulesError,)


def _ok_or_documented(call: Any) -> Any:
    """Run ``call``; a documented error is returned (and recorded as a hypothesis event)."""
    try:
        result = call()
    except DOCUMENTED as exc:
        error = exc
    else:
        event("ok")
        return result
    event(type(error).__name__)
    assert error.message
    assert isinstance(error, ValueError | LookupError)
    return error


@given(data=json_values)
def test_check_any_json_value(data: Any) -> None:
    """Any JSON value as a program: a report or a ProgramError/InputLimitError."""
    result = _ok_or_documented(lambda: hr.check(data) if isinstance(data, dict) else hr.load_program(data))
    assert isinstance(result, hr.Report | hr.HamstringRulesError)


@st.composite
def mutated_programs(draw: st.DrawFn) -> dict[str, Any]:
    data: dict[str, Any] = draw(program_data())
    session = draw(st.sampled_from(data["sessions"]))
    entry = draw(st.sampled_from(session["exercises"]))
    target = draw(st.sampled_from([data, session, entry]))
    key = draw(st.sampled_from(sorted(target)) | st.text(max_size=8))
    target[key] = draw(json_values)
    return data


@given(data=mutated_programs())
def test_check_mutated_programs(data: dict[str, Any]) -> None:
    """A valid program with one value replaced by anything: a report or a documented error."""
    _ok_or_documented(lambda: hr.check(data))


@given(text=st.text(max_size=400))
def test_load_log_any_text(text: str) -> None:
    """Any text as a CSV export: a log or a LogFormatError."""
    _ok_or_documented(lambda: hr.load_log(io.StringIO(text), name="fuzz.csv"))


@given(blob=st.binary(max_size=600))
def test_load_log_any_bytes(tmp_path_factory: pytest.TempPathFactory, blob: bytes) -> None:
    """Any bytes in a .csv file: a log or a documented error (binary, UTF-8, header...)."""
    file = tmp_path_factory.mktemp("fuzz") / "x.csv"
    file.write_bytes(blob)
    _ok_or_documented(lambda: hr.load_log(file))


@given(
    header=st.sampled_from([HEVY_KG, STRONG_V1]),
    rows=st.lists(st.lists(st.text(max_size=12), max_size=16), max_size=8),
)
def test_load_log_real_header_random_rows(header: list[str], rows: list[list[str]]) -> None:
    """A real header with random rows: bad rows are issues, never crashes."""
    buf = io.StringIO()
    import csv

    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    result = _ok_or_documented(lambda: hr.load_log(io.StringIO(buf.getvalue()), name="fuzz.csv"))
    if isinstance(result, hr.WorkoutLog):
        hr.check(result.to_program())


@given(data=json_values)
def test_catalog_from_any_data(data: Any) -> None:
    """Any data as a catalog file: a catalog or a CatalogError."""
    _ok_or_documented(lambda: hr.Catalog.from_data(data if isinstance(data, dict) else {"exercise": data}))


@given(data=json_values)
def test_rule_pack_from_any_data(data: Any) -> None:
    """Any data as a rule pack: a rule set or a RuleError."""
    _ok_or_documented(lambda: hr.RuleSet.from_data(data if isinstance(data, dict) else {"rule": data}))


@given(
    rule=st.fixed_dictionaries(
        {
            "id": st.just("F1"),
            "symbol": st.just("fuzz"),
            "rationale": st.just("r"),
            "source": st.just("s"),
            "when": json_values,
            "effect": json_values,
            "goals": json_values,
        }
    )
)
def test_rule_with_random_parts(rule: dict[str, Any]) -> None:
    """A rule with random condition, effect and goals: valid or a RuleError naming rule F1."""
    result = _ok_or_documented(lambda: hr.RuleSet.from_data({"rule": [rule]}))
    if isinstance(result, hr.RuleError):
        assert "F1" in str(result.location)


_goals = st.sampled_from(["rehab", "tie-in", "distal_hypertrophy", "strain_prevention", "posterior_chain"])


@given(
    goal=_goals | anything,
    stage=st.integers(-2, 6) | anything,
    pain=st.integers(-2, 12) | anything,
    equipment=st.lists(st.sampled_from(["barbell", "dumbbell", "bench", "laser"])) | anything,
    exclude=st.lists(st.sampled_from(["RDL", "GM", "Romanin"])) | anything,
    limit=st.integers(-1, 50) | anything,
)
def test_recommend_any_arguments(
    goal: Any, stage: Any, pain: Any, equipment: Any, exclude: Any, limit: Any
) -> None:
    """recommend with arguments of any type: a result or a documented error."""
    _ok_or_documented(
        lambda: hr.recommend(goal, stage=stage, pain=pain, equipment=equipment, exclude=exclude, limit=limit)
    )


@given(
    exercise=st.sampled_from(["RDL", "Nordic Curl", "Squat"]) | anything,
    goal=_goals | st.none() | anything,
    equipment=st.none() | st.lists(st.sampled_from(["dumbbell", "cable", "laser"])) | anything,
    limits=st.none()
    | st.dictionaries(
        st.sampled_from(["spinal_load", "grip_demand", "mood"]),
        st.sampled_from(["low", "moderate", "high", "huge"]),
    )
    | anything,
    limit=st.none() | st.integers(-1, 9) | anything,
)
def test_substitute_any_arguments(exercise: Any, goal: Any, equipment: Any, limits: Any, limit: Any) -> None:
    """substitute with arguments of any type: a result or a documented error."""
    _ok_or_documented(
        lambda: hr.substitute(exercise, goal=goal, equipment=equipment, limits=limits, limit=limit)
    )


@given(name=st.text(max_size=300) | anything)
def test_resolve_explain_substitute_any_name(name: Any) -> None:
    """Name lookups with anything: an answer or a documented error."""
    catalog = hr.Catalog.builtin()
    _ok_or_documented(lambda: catalog.resolve(name))
    _ok_or_documented(lambda: hr.substitute(name))
    if isinstance(name, str):
        _ok_or_documented(lambda: hr.explain(name))


def test_limits_are_enforced() -> None:
    """Oversized names, deep nesting and huge programs are InputLimitErrors before real work."""
    with pytest.raises(hr.InputLimitError):
        hr.Catalog.builtin().resolve("r" * 5000)
    deep: Any = {"fact": "region", "op": "eq", "value": "proximal"}
    for _ in range(40):
        deep = {"not": deep}
    with pytest.raises(hr.InputLimitError):
        hr.RuleSet.from_data(
            {
                "rule": [
                    {
                        "id": "D",
                        "symbol": "d",
                        "when": deep,
                        "effect": {"score": 1},
                        "rationale": "r",
                        "source": "s",
                    }
                ]
            }
        )
    with pytest.raises(hr.InputLimitError):
        hr.RuleSet.from_data({"rule": [{}] * 5000})
    huge: dict[str, Any] = {
        "name": "x",
        "sessions": [
            {"name": f"s{i}", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}] * 60}
            for i in range(21)
        ],
    }
    hr.check(huge)  # at the limits: fine
    huge["sessions"] = huge["sessions"] * 2
    with pytest.raises(hr.InputLimitError, match="over the limit of 21"):
        hr.check(huge)


# -- determinism across processes, hash seeds and orderings ----------------------------------------

SCRIPT = """
import json, random, sys
from pathlib import Path
import hamstring_rules as hr
seed = int(sys.argv[1])
rng = random.Random(seed)
exercises = list(hr.Catalog.builtin())
rng.shuffle(exercises)
rules = list(hr.RuleSet.builtin().rules)
rng.shuffle(rules)
catalog = hr.Catalog(exercises)
ruleset = hr.RuleSet(rules, hr.RuleSet.builtin().goals)
out = {
  "recommend": [hr.recommend(g, catalog=catalog, rules=ruleset).to_dict()
                for g in ("tie_in_hypertrophy", "rehab", "distal_hypertrophy", "strain_prevention",
                          "posterior_chain")],
  "check": hr.check(Path(sys.argv[2]), catalog=catalog, rules=ruleset).to_dict(),
  "log": hr.check(Path(sys.argv[3]), catalog=catalog, rules=ruleset).to_dict(),
}
sys.stdout.write(json.dumps(out, sort_keys=False))
"""


def test_output_is_byte_identical_across_processes_and_hash_seeds() -> None:
    """JSON output is byte-identical across processes, PYTHONHASHSEED values and input orderings."""
    outputs = set()
    for seed, hashseed in ((0, "0"), (1, "1"), (2, "12345"), (3, "random")):
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                SCRIPT,
                str(seed),
                str(EXAMPLES / "typical_leg_day.yaml"),
                str(EXAMPLES / "hevy_export.csv"),
            ],
            capture_output=True,
            env=env,
            timeout=120,
            check=True,
        )
        outputs.add(proc.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["recommend"][0]["recommendations"][0]["id"] == "romanian_deadlift"


def test_file_size_limits_are_configurable(tmp_path: Path) -> None:
    """Every file reader takes max_bytes and refuses a larger file before parsing it."""
    program = tmp_path / "p.yaml"
    program.write_text((EXAMPLES / "article_program.yaml").read_text())
    pack = tmp_path / "pack.toml"
    pack.write_text("[[rule]]\nid = 'X'\n" * 50)
    catalog = tmp_path / "c.json"
    catalog.write_text('{"exercise": []}' + " " * 500)
    for call in (
        lambda: hr.load_program(program, max_bytes=100),
        lambda: hr.RuleSet.from_file(pack, max_bytes=100),
        lambda: hr.Catalog.from_file(catalog, max_bytes=100),
        lambda: hr.load_log(program, max_bytes=100),
    ):
        with pytest.raises(hr.InputLimitError, match="over the limit"):
            call()


def test_structure_limits_are_configurable() -> None:
    """Limits caps weeks, sessions, exercises and names before validation; each names the place."""
    data: dict[str, Any] = {
        "name": "x",
        "sessions": [
            {"name": f"S{i}", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]} for i in range(5)
        ],
    }
    hr.check(data)
    with pytest.raises(hr.InputLimitError) as info:
        hr.check(data, limits=hr.Limits(max_sessions=4))
    assert info.value.location == "program: sessions"
    data["sessions"][2]["exercises"] *= 3
    with pytest.raises(hr.InputLimitError) as info:
        hr.load_program(data, limits=hr.Limits(max_exercises=2))
    assert info.value.location == "program: sessions[2].exercises"
    data["sessions"][0]["exercises"][0]["exercise"] = "R" * 50
    with pytest.raises(hr.InputLimitError, match="50 characters"):
        hr.load_program(data, limits=hr.Limits(max_text=40))
    with pytest.raises(hr.RequestError):
        hr.Limits(max_weeks=0)


@given(
    goal=_goals | st.none() | anything,
    stage=st.none() | st.integers(0, 5) | anything,
    params=st.none()
    | st.dictionaries(
        st.sampled_from(["HR006", "HR012", "NOPE"]),
        st.dictionaries(
            st.sampled_from(["min_rest_hours", "min_sets", "x"]), st.integers(-5, 100) | anything
        ),
    )
    | anything,
    select=st.none() | st.sampled_from(["HR0", "HR001,HR002", "E501"]) | anything,
    ignore=st.none() | st.lists(st.sampled_from(["HR011", "hr012", "X"])) | anything,
)
def test_check_any_arguments(goal: Any, stage: Any, params: Any, select: Any, ignore: Any) -> None:
    """check with arguments of any type: a report or a documented error."""
    program = EXAMPLES / "typical_leg_day.yaml"
    _ok_or_documented(
        lambda: hr.check(program, goal=goal, stage=stage, params=params, select=select, ignore=ignore)
    )


@given(
    ids=anything | st.lists(st.sampled_from(["TI001", "HR006", "NOPE"])),
    weights=anything | st.dictionaries(st.sampled_from(["TI001", "X001", "NOPE"]), st.integers() | anything),
)
def test_rule_set_operations_any_arguments(ids: Any, weights: Any) -> None:
    """Disabling and re-weighting with anything: a new rule set or a documented error."""
    rules = hr.RuleSet.builtin()
    _ok_or_documented(lambda: rules.without(*ids) if isinstance(ids, list) else rules.without(ids))
    _ok_or_documented(lambda: rules.reweighted(weights))


@given(
    field=st.sampled_from(["knee", "region", "aliases", "equipment", "secondary_actions", "spinal_load"]),
    value=anything,
)
def test_exercise_constructor_with_anything(field: str, value: Any) -> None:
    """Building an Exercise with any value in a field: an exercise or a CatalogError."""
    import attrs

    base = hr.Catalog.builtin().get("romanian_deadlift")
    _ok_or_documented(lambda: attrs.evolve(base, **{field: value}))


@given(source=anything, unit=st.none() | st.sampled_from(["kg", "lb", "stone"]) | anything)
def test_load_log_any_source(source: Any, unit: Any) -> None:
    """load_log with any source object or unit: a log or a documented error."""
    if isinstance(source, str | bytes):
        source = io.StringIO(source if isinstance(source, str) else "")
    _ok_or_documented(lambda: hr.load_log(source, unit=unit))
