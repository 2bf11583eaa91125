"""The JSON contracts validate: the program schema accepts exactly the programs the library accepts,
and the outputs of ``check`` and ``recommend`` validate against their published schemas.

A real Draft 2020-12 validator (``jsonschema``, in the test extra) does the checking.

Where JSON Schema cannot express one of the parser's rules, the family of inputs is excluded from
the equivalence property below, by name:

* **reps or sets low > high** (``"10-8"``, ``[10, 8]``, sets ``"4-3"``): JSON Schema cannot
  compare two numbers; the schema accepts the shape and the library rejects the order.
* **goal ids**: the file schema says ``goal`` is a string; whether it names a goal depends on the
  rule set in use, so ``check()`` rejects an unknown goal, not the file schema (not a mutation).
"""

from __future__ import annotations

import copy
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.cli import main

from ..strategies import program_data

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).parent.parent / "data"
KINDS = ("program", "check", "recommend")


def validator(kind: str) -> Any:
    schema = hr.json_schema(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


PROGRAM = validator("program")
CHECK = validator("check")
RECOMMEND = validator("recommend")


def errors(v: Any, data: Any) -> list[str]:
    """The validation errors, the deepest ones of a oneOf/anyOf included."""
    out = []
    for error in v.iter_errors(data):
        for e in [error, *error.context]:
            out.append(f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}")
    return out


def as_json(data: Any) -> Any:
    """What a JSON consumer sees (tuples become arrays)."""
    return json.loads(json.dumps(data))


def readme_programs() -> list[dict[str, Any]]:
    """The README's YAML blocks that are programs."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, flags=re.DOTALL)
    return [data for data in map(yaml.safe_load, blocks) if isinstance(data, dict) and "sessions" in data]


def example_programs() -> list[dict[str, Any]]:
    files = sorted([*EXAMPLES.glob("*.yaml"), *EXAMPLES.glob("*.yml"), *EXAMPLES.glob("*.json")])
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in files]


def accepted(data: Any) -> bool:
    """Whether the library loads ``data`` as a program (any other exception is a bug)."""
    try:
        hr.load_program(data)
    except hr.HamstringRulesError:
        return False
    return True


# -- the published files ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["check", "recommend"])  # program: tests/programs/test_program.py
def test_published_schemas_are_current(kind: str) -> None:
    """docs/<kind>.schema.json is what `hamstring-rules schema <kind>` prints."""
    published = json.loads((ROOT / "docs" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert published == hr.json_schema(kind), f"run: hamstring-rules schema {kind} -o docs/{kind}.schema.json"


def test_cli_schema_command_writes_each_kind(tmp_path: Path) -> None:
    """`schema KIND --output FILE` writes the same schema the API returns."""
    for kind in KINDS:
        target = tmp_path / f"{kind}.json"
        assert main(["schema", kind, "--output", str(target)]) == 0
        assert json.loads(target.read_text(encoding="utf-8")) == hr.json_schema(kind)
    out = io.StringIO()
    assert main(["schema"], stdout=out) == 0
    assert json.loads(out.getvalue()) == hr.json_schema("program")


def test_unknown_schema_kind_is_a_request_error() -> None:
    """json_schema() names the kinds it knows."""
    with pytest.raises(hr.RequestError, match="program, check, recommend"):
        hr.json_schema("report")


# -- the program schema ----------------------------------------------------------------------


def test_every_example_and_readme_program_validates() -> None:
    """The examples and the README's YAML validate against the published program schema."""
    programs = example_programs() + readme_programs()
    assert len(programs) >= 3
    for data in programs:
        assert accepted(data)
        assert errors(PROGRAM, data) == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("day", "mon"),
        ("day", "Thursday"),
        ("day", " SUN "),
        ("day", 7),
        ("day", "01"),
        ("reps", 8),
        ("reps", "8"),
        ("reps", "8-10"),
        ("reps", "8 to 10"),
        ("reps", "8–10"),
        ("reps", [8, 10]),
        ("tempo", "3-1-1-0"),
        ("tempo", "x/0/X/0"),
        ("tempo", 3110),
        ("rir", 2),
        ("rpe", 8.5),
        # what coaches write and the library prints (newuser review, 2026-12)
        ("tempo", "3110"),
        ("tempo", "31X0"),
        ("sets", "3"),
        ("rir", "2"),
        ("rir", "1-2"),
        ("rir", "2 to 1"),
        ("rpe", "8-9"),
        ("rpe", "8.5"),
        ("reps", "8-10 per leg"),
        ("reps", "10/side"),
        ("reps", "12 each"),
        ("reps", "8 e/s"),
        ("rest", "2-3 min"),
        ("rest", 90),
        ("superset", "A"),
        ("day", "Tues"),
        ("day", "thurs"),
        ("day", "Weds"),
        ("day", "Tue."),
        # a day of the program and weekdays in the log reader's languages (prog3 review, 2026-12)
        ("day", 8),
        ("day", "Day 2"),
        ("day", "d3"),
        ("day", "Day A"),
        ("day", "Mittwoch"),
        ("day", "MIÉRCOLES"),
        ("day", "segunda-feira"),
        # integral floats: JSON Schema's integer, and the library's (prog3 review, 2026-12)
        ("sets", 3.0),
        ("reps", 8.0),
        ("reps", [8.0, 10.0]),
        ("rir", 2.0),
        ("rest", 90.0),
        ("day", 2.0),
        # coaches' sheets (prog3 review, 2026-12)
        ("reps", "8+"),
        ("reps", "5+ AMRAP"),
        ("reps", "10/8/6"),
        ("reps", "8/8/8 per leg"),
        ("rpe", "@8"),
        ("rpe", "RPE 8.5"),
        ("rpe", "8 rpe"),
        ("rir", "RIR 2"),
        ("rir", "2 RIR"),
        # the other measure named in an effort column goes to its field (rv22 R7): RIR 8 is a
        # set 8 reps short, RPE 2; they were refused
        ("rpe", "RIR 8"),
        ("rir", "RPE 2"),
        ("rpe", "8/10"),
        # sets as a range, a three-number tempo, each set's reps and an effort after the reps
        # (rv22 R3, R7)
        ("sets", "3-4"),
        ("sets", "3 to 4"),
        ("tempo", "3-0-1"),
        ("reps", "5/3/1+"),
        ("reps", "12,10,8"),
        ("reps", "12-10-8"),
        ("reps", "8\u201410"),
        ("reps", "6-8 @ RPE 8"),
        ("reps", "8-10 (last set AMRAP)"),
        # reps with no count, as many as possible: to failure, at least 1 (sheets13)
        ("reps", "AMRAP"),
        ("reps", "max reps per leg"),
        ("reps", "bis zum Versagen"),
        ("reps", "8 AMRAP"),
        ("reps", "AMRAP 8 per leg"),
        ("reps", "10 to failure"),
    ],
)
def test_the_audits_spellings_validate(field: str, value: Any) -> None:
    """The values the audit found rejected (day: mon, reps: 8 / '8-10', tempo) now validate."""
    data = _one_entry(field, value)
    assert accepted(data)
    assert errors(PROGRAM, data) == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("day", "0015"),
        ("day", "mo"),
        ("day", "tuesdays"),
        ("day", "th"),
        ("day", 0),
        ("day", 1000),
        ("day", "Do"),
        ("day", "Week 1 Day 2"),
        ("day", True),
        ("sets", 3.5),
        ("reps", 8.5),
        ("rir", 1.5),
        ("rest", 90.5),
        ("reps", "AMRAP or 8"),
        ("reps", "max 12"),
        ("reps", "AMRAP 0"),
        ("reps", "8++"),
        ("reps", "10/0/6"),
        ("reps", "10/"),
        ("rir", "@2"),
        ("reps", 0),
        ("reps", "101"),
        ("reps", [8]),
        ("reps", True),
        ("tempo", "31Y0"),
        ("tempo", "21-0-0-0"),
        ("tempo", 311),
        ("rir", "11"),
        ("rir", "1-"),
        ("rir", True),
        ("rpe", "0.5"),
        ("rpe", "8-11"),
        ("sets", "21"),
        ("sets", "3x"),
        ("reps", "8 per"),
        ("rest", True),
        ("rest", ""),
        ("rest", "x" * 41),
        ("superset", ""),
        ("sets", "2+1"),
        ("sets", "0-3"),
        ("tempo", "3s down"),
        ("rpe", "10+"),
        ("rpe", "@ RIR 2"),
        ("reps", "6-8 @ heavy"),
        ("reps", "8 @ 0"),
        ("reps", "5/3/0+"),
    ],
)
def test_both_reject_bad_values(field: str, value: Any) -> None:
    """Values the library rejects do not validate either."""
    data = _one_entry(field, value)
    assert not accepted(data)
    assert errors(PROGRAM, data) != []


@pytest.mark.parametrize(
    ("sets", "reps", "ok"),
    [("3x8-10", None, True), ("3 x 8", None, True), ("4×6 per leg", None, True), ("3x8", "8", False),
     ("3x", None, False), ("3x8-10", "8-10", False), (3, None, False), ("30x8", None, False),
     ("3 x AMRAP", None, True), ("3 x max", "8", False)],
)  # fmt: skip
def test_sets_may_give_the_reps_and_then_reps_are_not_given_again(sets: Any, reps: Any, ok: bool) -> None:
    """``sets: 3x8-10`` is 3 sets of 8-10; with a reps key too it would say the reps twice."""
    data = _one_entry("sets", sets)
    entry = data["sessions"][0]["exercises"][0]
    del entry["reps"]
    if reps is not None:
        entry["reps"] = reps
    assert accepted(data) == ok
    assert (errors(PROGRAM, data) == []) == ok


def test_schema_catches_rir_and_rpe_together_and_sessions_and_weeks_together() -> None:
    """Two cross-field rules are in the schema too."""
    both = _one_entry("rir", 2)
    both["sessions"][0]["exercises"][0]["rpe"] = 8
    assert not accepted(both) and errors(PROGRAM, both)
    weeks = _one_entry("reps", 8)
    weeks["weeks"] = [{"sessions": weeks["sessions"]}]
    assert not accepted(weeks) and errors(PROGRAM, weeks)
    del weeks["sessions"]
    assert accepted(weeks) and errors(PROGRAM, weeks) == []


def _one_entry(field: str, value: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"exercise": "Romanian deadlift", "sets": 3, "reps": "8-10"}
    session: dict[str, Any] = {"name": "A", "exercises": [entry]}
    (session if field == "day" else entry)[field] = value
    return {"name": "p", "sessions": [session]}


# Values a mutation puts somewhere in a program: valid and invalid spellings of every field.
# fmt: off
_VALUES: st.SearchStrategy[Any] = st.sampled_from(
    [
        None, True, False, 0, 1, 2, 3, 4, 7, 8, 10, 11, 20, 21, 100, 101, -1, 600, 601, 999, 1000,
        3110, 9999, 10000, 2.5, 8.5, 10.5, 3.0, 8.0, 1.0, 0.0, 1e300, "", " ", "x", "mon", "Monday",
        "MON", " tue ", "mo", "Day 2", "W1D2", "Day A", "Mittwoch", "miércoles", "Do", "Tag 0", "8+",
        "10/8/6", "AMRAP", "@8", "RPE 8", "RIR 2", "2 rir", "5/3/1+", "12,10,8", "12-10-8", "3-4",
        "4-3", "3-0-1", "8/10", "6-8 @ RPE 8", "8 @ RIR 2", "8-10 (last set AMRAP)", "3x5/3/1+",
        "monday!", "0015", "01", "007", "8", "08", "0008", "8-10", "8 to 10", "8–10", "008-010",
        "1000-1001", "3-1-1-0", "x-0-x-0", "21-0-0-0", "3/1/1/0", "3:1:1:0", "3110", "3-1-1",
        "٣", "rehab", "A" * 200, "A" * 201, [], [8, 10], [8], [8, 10, 12], ["8", "10"], [8, 101],
        {}, {"a": 1}, [{}],
    ]
)
_ANY = st.one_of(_VALUES, st.integers(-3, 10_010), st.text(max_size=12))
_KEYS = st.sampled_from(
    ["exercise", "sets", "reps", "tempo", "rir", "rpe", "hold_s", "notes", "day", "name", "sessions",
     "weeks", "exercises", "goal", "stage", "schema_version", "description", "bogus"]
)
# fmt: on


def _nodes(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _nodes(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out += _nodes(value, (*path, i))
    return out


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


@st.composite
def mutated_programs(draw: st.DrawFn) -> Any:
    """A valid program with one to three mutations: a replaced value, a dropped or added key."""
    data = copy.deepcopy(draw(st.sampled_from(example_programs() + readme_programs()) | program_data()))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_nodes(data)))
        node = _get(data, path)
        action = draw(st.sampled_from(["replace", "drop", "add"]))
        if action == "replace" and path:
            # a sampled value is shared between examples: a copy, never the value itself
            _get(data, path[:-1])[path[-1]] = copy.deepcopy(draw(_ANY))
        elif action == "drop" and path and isinstance(_get(data, path[:-1]), dict):
            del _get(data, path[:-1])[path[-1]]
        elif isinstance(node, dict):
            node[draw(_KEYS)] = copy.deepcopy(draw(_ANY))
        elif isinstance(node, list) and node:
            node.append(copy.deepcopy(node[0]))
    return data


_RANGE = re.compile(r"^\s*([0-9]+)\s*(?:-|–|to)\s*([0-9]+)\s*$")


def _reps_reversed(data: Any) -> bool:
    """The documented gap: a reps range with the low end last."""
    for path in _nodes(data):
        if not path or path[-1] not in ("reps", "sets"):
            continue
        value = _get(data, path)
        m = _RANGE.match(value) if isinstance(value, str) else None
        if m and int(m.group(1)) > int(m.group(2)):
            return True
        # whole numbers, as JSON Schema's integer takes them: 8 and 8.0 alike
        whole = (
            [v for v in value if type(v) in (int, float) and float(v).is_integer()]
            if isinstance(value, list)
            else []
        )
        pair = isinstance(value, list) and len(value) == 2 and len(whole) == 2
        if pair and value[0] > value[1]:
            return True
    return False


@given(mutated_programs())
def test_schema_and_library_agree_on_mutated_programs(data: Any) -> None:
    """The library accepts a program exactly when the published schema validates it."""
    assume(not _reps_reversed(data))
    assert accepted(data) == (errors(PROGRAM, data) == []), errors(PROGRAM, data)


def test_the_documented_gap_is_real() -> None:
    """The one excluded family: the schema takes '10-8' (and sets '4-3'), the library does not."""
    for field, value in (("reps", "10-8"), ("sets", "4-3")):
        data = _one_entry(field, value)
        assert errors(PROGRAM, data) == [] and not accepted(data)


# -- the output schemas ----------------------------------------------------------------------


def test_check_outputs_validate() -> None:
    """Reports of the examples, the README program and every test log validate."""
    sources: list[Any] = [
        *sorted(EXAMPLES.glob("*.yaml")),
        EXAMPLES / "hevy_export.csv",
        *sorted(DATA.glob("*.csv")),
        *readme_programs(),
    ]
    for source in sources:
        data = hr.check(source).to_dict()
        assert errors(CHECK, as_json(data)) == [], source
    for goal in ("rehab", "strain_prevention", "distal_hypertrophy"):
        assert errors(CHECK, as_json(hr.check(EXAMPLES / "typical_leg_day.yaml", goal=goal).to_dict())) == []


@settings(max_examples=25)
@given(program_data())
def test_check_output_of_any_program_validates(data: dict[str, Any]) -> None:
    """Whatever the program, its report validates against the check schema."""
    assert errors(CHECK, as_json(hr.check(data).to_dict())) == []


def test_cli_check_json_of_several_files_validates() -> None:
    """`check --format json` of one file is a report, of several an array: both validate."""
    files = [str(p) for p in sorted(EXAMPLES.glob("*.yaml"))]
    for args in (files[:1], files):
        out = io.StringIO()
        main(["check", *args, "--format", "json"], stdout=out)
        data = json.loads(out.getvalue())
        assert isinstance(data, list) == (len(args) > 1)
        assert errors(CHECK, data) == []


def test_recommend_outputs_validate() -> None:
    """Every goal, every rehab stage, with pain, equipment and a limit: all validate."""
    results = [hr.recommend(goal) for goal in ("tie_in_hypertrophy", "distal_hypertrophy", "posterior_chain")]
    results += [hr.recommend("strain_prevention", equipment=["dumbbell", "bench"], limit=3)]
    results += [hr.recommend("rehab", stage=s, pain=p) for s in (1, 2, 3, 4) for p in (None, 7)]
    for result in results:
        assert errors(RECOMMEND, as_json(result.to_dict())) == []


def test_output_schemas_can_fail() -> None:
    """A removed field, a wrong severity or a wrong type does not validate."""
    report = as_json(hr.check(EXAMPLES / "typical_leg_day.yaml").to_dict())
    broken = copy.deepcopy(report)
    del broken["findings"][0]["suggestion"]
    assert errors(CHECK, broken)
    broken = copy.deepcopy(report)
    broken["findings"][0]["severity"] = "fatal"
    assert errors(CHECK, broken)
    rec = as_json(hr.recommend("rehab").to_dict())
    rec["recommendations"][0]["rank"] = "1"
    assert errors(RECOMMEND, rec)


def test_top_level_extension_keys_are_ignored_by_both() -> None:
    """``x-`` keys at the top (YAML anchors kept for reuse, docker-compose's idiom) are the
    file's own: the library ignores them and the schema allows them; elsewhere they are unknown."""
    data = _one_entry("reps", 8)
    data["x-hinge"] = {"exercise": "RDL", "sets": 3, "reps": 8}
    assert accepted(data) and errors(PROGRAM, data) == []
    data["sessions"][0]["x-note"] = "no"
    assert not accepted(data) and errors(PROGRAM, data) != []


def test_a_null_rir_or_rpe_is_absent_to_both() -> None:
    """``rpe: null`` next to ``rir: 2`` is one effort measure to the library and to the schema
    (the schema's "not both" read the null as given; hypothesis found it)."""
    data = _one_entry("rir", 2)
    data["sessions"][0]["exercises"][0]["rpe"] = None
    assert accepted(data) and errors(PROGRAM, data) == []
