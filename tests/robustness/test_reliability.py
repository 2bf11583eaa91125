"""Regression tests for the independent fuzzer's report (reliability review, 2026-11).

One test (or parametrised group) per root cause, numbered as in the report: every input gives a
result or a :class:`~hamstring_rules.HamstringRulesError` - one line, bounded - within the limits.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..clirun import cli
from ..hang import hang_guard

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent.parent / "data"

PROGRAM = {
    "name": "p",
    "sessions": [{"name": "A", "day": "mon", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
}


def documented(call: Any, *, normal_s: float = 0.1) -> hr.HamstringRulesError:
    """Run ``call``: it must raise a HamstringRulesError with a one-line, bounded message, far
    within a hang guard of 20 x its normal ``normal_s`` CPU-seconds (CPU time: a budget near the
    normal cost flaked on a loaded machine all the same)."""
    with hang_guard(normal_s, "documented"), pytest.raises(hr.HamstringRulesError) as info:
        call()
    assert_one_bounded_line(str(info.value))
    return info.value


def assert_one_bounded_line(message: str, limit: int = 2000) -> None:
    assert "\n" not in message and "\r" not in message, message[:200]
    assert len(message) <= limit, len(message)
    assert all(ch.isprintable() or ch == " " for ch in message), message[:200]
    message.encode("utf-8")  # no lone surrogates


def write(tmp_path: Path, name: str, text: str) -> Path:
    file = tmp_path / name
    file.write_text(text, encoding="utf-8")
    return file


def catalog_yaml(extra: str) -> str:
    return (
        "exercise:\n  - id: x\n    name: X\n    primary_action: hip_extension\n    knee: straight\n"
        "    hip_flexion: deep\n    hamstring_length: long\n    load_position: hands\n"
        "    start_position: floor\n    laterality: bilateral\n    kind: compound\n" + extra
    )


def rule_pack_yaml(extra: str) -> str:
    return (
        "rule:\n  - id: X1\n    symbol: x\n    rationale: r\n    source: s\n    effect: {score: 1}\n" + extra
    )


# -- 1, 2: values a parser raises on ------------------------------------------------------------

BAD_SCALARS = ["2025-13-45", "0000-01-01", "2025-02-30", "2025-01-01 25:00:00", "9" * 5000, "0x" + "f" * 5000]


@pytest.mark.parametrize("scalar", BAD_SCALARS, ids=["month", "year0", "feb30", "hour25", "digits", "hex"])
def test_1_2_parser_errors_in_every_file_kind(tmp_path: Path, scalar: str) -> None:
    """Invalid YAML dates and over-4,300-digit integers: the file's own error, with the file named."""
    program = write(tmp_path, "p.yaml", f"name: p\nsessions:\n  - name: A\n    day: {scalar}\n")
    err = documented(lambda: hr.check(program))
    assert isinstance(err, hr.ProgramError) and "p.yaml" in str(err.location)
    catalog = write(tmp_path, "c.yaml", catalog_yaml(f"    article_rank: {scalar}\n"))
    assert isinstance(documented(lambda: hr.Catalog.from_file(catalog)), hr.CatalogError)
    pack = write(tmp_path, "r.yaml", rule_pack_yaml(f"    salience: {scalar}\n"))
    assert isinstance(documented(lambda: hr.RuleSet.from_file(pack)), hr.RuleError)


def test_2_huge_integers_in_json_and_sexagesimal(tmp_path: Path) -> None:
    """JSON and YAML base-60 integers over the digit limit: ProgramError, not ValueError."""
    big = write(tmp_path, "p.json", '{"name": "p", "stage": ' + "9" * 5000 + "}")
    documented(lambda: hr.check(big))
    sexa = write(tmp_path, "s.yaml", "name: p\nstage: " + ":".join(["1"] * 3000) + "\n")
    documented(lambda: hr.check(sexa))
    documented(lambda: hr.check({**PROGRAM, "stage": 10**5000}))


# -- 3, 4, 5: numbers and dates out of range ----------------------------------------------------


def test_3_log_dates_at_the_end_of_the_calendar() -> None:
    """A log in the last ISO week of year 9999: a report or a documented error, no OverflowError."""
    rows = [
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
        "Workout Notes,RPE",
        '9999-12-27 10:00:00,"A",1h,"Romanian Deadlift (Barbell)",1,100,8,0,0,"","",',
        '9999-12-31 10:00:00,"B",1h,"Romanian Deadlift (Barbell)",1,100,8,0,0,"","",',
        '0001-01-01 10:00:00,"C",1h,"Romanian Deadlift (Barbell)",1,100,8,0,0,"","",',
    ]
    text = "\n".join(rows) + "\n"
    try:
        log = hr.load_log(io.StringIO(text), name="end.csv")
    except hr.HamstringRulesError as exc:
        assert_one_bounded_line(str(exc))
        return
    try:
        hr.check(log.to_program())
    except hr.HamstringRulesError as exc:
        assert_one_bounded_line(str(exc))


@pytest.mark.parametrize("value", ["1e309", str(10**400), ".nan", ".inf", "-.inf"])
def test_4_huge_numbers_in_rule_packs(tmp_path: Path, value: str) -> None:
    """1e309, 10**400, NaN and infinity as a param or comparison value: RuleError."""
    pack = write(tmp_path, "r.yaml", rule_pack_yaml(f"    params: {{t: {value}}}\n"))
    documented(lambda: hr.RuleSet.from_file(pack))
    when = f"    when: {{fact: article_rank, op: gt, value: {value}}}\n"
    documented(lambda: hr.RuleSet.from_file(write(tmp_path, "w.yaml", rule_pack_yaml(when))))


@pytest.mark.parametrize("value", [10**400, float("nan"), float("inf"), 1e308 * 10, "8", None, [8]])
def test_4_check_params_out_of_range(value: Any) -> None:
    """check(params=...) with a huge, non-finite or wrong-typed threshold: a documented error."""
    documented(lambda: hr.check(PROGRAM, params={"HR012": {"min_sets": value}}))


@pytest.mark.parametrize("key", ["'²'", "'٣'", "'" + "1" * 5000 + "'", "-1", "'1.5'", "100"])
def test_5_goal_stage_keys(tmp_path: Path, key: str) -> None:
    """Stage keys that str.isdigit() accepts but int() does not, or absurd ones: RuleError."""
    pack = write(tmp_path, "g.yaml", f"goal:\n  - id: g\n    name: G\n    stages: {{{key}: text}}\n")
    assert isinstance(documented(lambda: hr.RuleSet.from_file(pack)), hr.RuleError)


# -- 6, 7, 8, 9: the Python API -----------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["a\x00b.yaml", "a\udc80\ud800.yaml", "x" * 5000 + ".yaml", "", "line\nbreak.yaml"],
    ids=["nul", "surrogate", "long", "empty", "newline"],
)
def test_6_unusable_paths(path: str) -> None:
    """NUL, lone-surrogate, over-long, empty and multi-line paths: a documented one-line error
    from every file function, before any file system call."""
    for call in (
        lambda: hr.check(Path(path)),
        lambda: hr.load_program(path),
        lambda: hr.load_log(path),
        lambda: hr.Catalog.from_file(path),
        lambda: hr.RuleSet.from_file(path),
    ):
        documented(call)


def _deep(depth: int, leaf: object = 8) -> object:
    value: object = leaf
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("field", ["reps", "tempo", "exercise", "sets", "notes"])
def test_7_deep_nesting_from_python(field: str) -> None:
    """5,000-deep data passed from Python: InputLimitError or ProgramError, no RecursionError."""
    entry = {"exercise": "RDL", "sets": 3, "reps": 8, field: _deep(5000)}
    documented(lambda: hr.check({"name": "p", "sessions": [{"name": "A", "exercises": [entry]}]}))
    documented(lambda: hr.Catalog.from_data({"exercise": [{"id": "x", "aliases": _deep(5000)}]}))
    documented(lambda: hr.RuleSet.from_data({"rule": [{"id": "X", "when": _deep(5000)}]}))


def _wrong_arguments() -> list[Any]:
    # Every call passes a wrong-typed argument on purpose (what an untyped caller can do), so the
    # library is reached through Any here: mypy would reject the very calls this test makes.
    lib: Any = hr
    catalog: Any = hr.Catalog.builtin()
    rules: Any = hr.RuleSet.builtin()
    result: Any = hr.recommend("tie_in_hypertrophy")
    program = EXAMPLES / "typical_leg_day.yaml"
    return [
        lambda: lib.Catalog.from_file(42),
        lambda: lib.RuleSet.from_file([]),
        *(lambda v=v: hr.Catalog.from_file(program, max_bytes=v) for v in ("10", None, [0], 10**30, 0)),
        *(lambda v=v: hr.load_log(program, max_bytes=v) for v in ("10", float("nan"), 10**30, -1)),
        lambda: hr.Limits(max_bytes=2**63),
        lambda: hr.Limits(max_bytes=10**12),
        lambda: lib.Limits(max_weeks="3"),
        lambda: lib.check(program, limits=1),
        lambda: lib.check(program, config=1),
        lambda: lib.load_program(program, limits={}),
        lambda: lib.load_log(io.BytesIO(b"Date,Exercise Name\n")),
        lambda: catalog.with_exercises(None),
        lambda: catalog.with_exercises(["RDL"]),
        lambda: rules.with_rules(None),
        lambda: rules.with_goals([1]),
        lambda: lib.RuleSet(None, None),
        lambda: lib.Catalog(None),
        lambda: lib.normalize_name(None),
        lambda: catalog.get(None),
        lambda: catalog.get("x" * 5_000_000),
        lambda: result.explain(None),
        lambda: result.rank_of(None),
        lambda: lib.explain(None),
        lambda: catalog.search(equipment=["barbell"]),
        lambda: catalog.search(nope="x"),
        lambda: lib.CheckConfig(heavy_max_reps="10"),
        lambda: hr.CheckConfig(heavy_max_reps=10**400),
        lambda: lib.Catalog.from_data({1: [], "exercise": [{"id": "x", 2: 3}]}),
        lambda: lib.RuleSet.builtin().get(["HR001"]),
        lambda: hr.recommend("rehab", stage=10**400),
        lambda: hr.recommend("rehab", pain=float("nan")),
    ]


def test_8_wrong_typed_arguments() -> None:
    """Every wrong-typed argument the fuzzer found: a documented error naming the argument."""
    for call in _wrong_arguments():
        documented(call)


def _forged() -> list[Any]:
    catalog = hr.Catalog.builtin()
    rules = hr.RuleSet.builtin()
    # Typed Any: attrs.evolve below forges wrong-typed fields on purpose.
    rdl: Any = catalog.get("romanian_deadlift")
    entry = hr.Entry("RDL", 3, 8, 8)
    session = hr.Session("A", (entry,), day=0)

    def program(*sessions: hr.Session, **kwargs: Any) -> hr.Program:
        return hr.Program(name="p", weeks=(hr.Week(tuple(sessions)),), **kwargs)

    rule: Any = rules.rules[0]
    return [
        lambda: hr.check(hr.Program(name="p", weeks=None)),  # type: ignore[arg-type]
        lambda: hr.check(hr.Program(name=None, weeks=(hr.Week((session,)),))),  # type: ignore[arg-type]
        lambda: hr.check(program(hr.Session("A", (entry,), day=7))),
        lambda: hr.check(program(hr.Session("A", (hr.Entry("RDL", 3, 8, 8, tempo="3-1-1-0"),)))),  # type: ignore[arg-type]
        lambda: hr.check(program(hr.Session("A", (hr.Entry("RDL", 10**400, 8, 8),)))),
        lambda: hr.check(program(hr.Session("A", (hr.Entry("RDL", 3, 10, 8),)))),
        lambda: hr.check(program(hr.Session("A", entry))),  # type: ignore[arg-type]  # a list is read
        lambda: hr.check(program(session, stage="1")),
        lambda: hr.check(program(session), goal=hr.Goal(id=[], name="x")),  # type: ignore[arg-type]
        lambda: hr.recommend(hr.Goal(id=[], name="x")),  # type: ignore[arg-type]
        lambda: rules.with_rules([attrs.evolve(rule, salience="x")]),
        lambda: rules.with_rules([attrs.evolve(rule, goals="*")]),
        lambda: rules.with_rules([attrs.evolve(rule, params={"x": 10**400})]),
        lambda: catalog.with_exercises([attrs.evolve(rdl, id=None)]),
        lambda: catalog.with_exercises([attrs.evolve(rdl, name=3)]),
        lambda: catalog.with_exercises([attrs.evolve(rdl, article_rank="1")]),
        lambda: hr.Catalog([rdl, object()]),  # type: ignore[list-item]
    ]


def test_9_forged_objects() -> None:
    """Public attrs objects built with wrong field types: a clear error, not a crash inside."""
    for call in _forged():
        documented(call)


# -- 10, 11: messages ---------------------------------------------------------------------------


def test_10_11_messages_are_one_bounded_line(tmp_path: Path) -> None:
    """Newlines in a path, key, CSV header or source label, and megabyte-long values: one line,
    each value cut to about 80 characters (and the big one never repeated)."""
    nl = tmp_path / "a\nb.yaml"
    documented(lambda: hr.check(nl))
    documented(lambda: hr.load_program({**PROGRAM, "bad\nkey\r": 1}))
    documented(lambda: hr.load_log(io.StringIO("Bad\nHeader,x\r\n1,2\n"), name="in\nline.csv"))
    big = "n" * 5_000_000
    for call in (
        lambda: hr.load_program({**PROGRAM, "name": big}),
        lambda: hr.load_program(
            {
                "name": "p",
                "sessions": [
                    {"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": "r" * 1_000_000}]}
                ],
            }
        ),
        lambda: hr.check(Path("/" + "p" * 1_000_000 + ".yaml")),
        lambda: hr.load_log(io.StringIO("x,y\n1,2\n"), name=big),
        lambda: hr.recommend(big),
        lambda: hr.explain(big),
        lambda: hr.Catalog.builtin().resolve(big),
        lambda: hr.RuleSet.builtin().get(big),
    ):
        err = documented(call, normal_s=1.0)  # a million characters: the slowest took 1.1 s
        assert len(str(err)) < 1500


# -- 12, 13: bounded work on hostile YAML --------------------------------------------------------


def _laughs(levels: int) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels + 1):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + f"\nname: p\nsessions: *a{levels}\n"


def test_12_billion_laughs(tmp_path: Path) -> None:
    """Under 1 kB of YAML expanding to 10**10 values: refused in milliseconds in every file kind."""
    text = _laughs(9)
    assert len(text) < 1024
    for name, call in (
        ("p.yaml", hr.check),
        ("c.yaml", hr.Catalog.from_file),
        ("r.yaml", hr.RuleSet.from_file),
    ):
        file = write(tmp_path, name, text)
        documented(lambda file=file, call=call: call(file), normal_s=0.05)
    recursive = write(tmp_path, "rec.yaml", "name: p\nsessions: &s [*s]\n")
    documented(lambda: hr.check(recursive))


def test_12_shared_nodes_are_walked_once(tmp_path: Path) -> None:
    """A program reusing one anchored session is accepted: sharing alone is not an attack."""
    text = (
        "name: p\nsessions:\n  - &s {name: A, exercises: [{exercise: RDL, sets: 3, reps: 8}]}\n"
        + "  - *s\n" * 5
    )
    assert hr.check(Path(write(tmp_path, "ok.yaml", text))).program == "p"


def test_13_count_limits_before_validation(tmp_path: Path) -> None:
    """A 1 MB program with 10,000 sessions is refused quickly by the count limit."""
    session = '{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}'
    text = '{"name": "p", "sessions": [' + ", ".join([session] * 10_000) + "]}"
    file = write(tmp_path, "big.json", text)
    err = documented(lambda: hr.check(file), normal_s=0.25)
    assert isinstance(err, hr.InputLimitError)
    yaml_file = write(tmp_path, "big.yaml", "name: p\nsessions:\n" + "  - " + session + "\n" * 1)
    yaml_file.write_text("name: p\nsessions:\n" + ("  - " + session + "\n") * 10_000)
    assert isinstance(documented(lambda: hr.check(yaml_file), normal_s=0.25), hr.InputLimitError)


# -- 17, 18, 19: the command line ---------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", *args], capture_output=True, timeout=60, check=False
    )
    return subprocess.CompletedProcess(
        proc.args,
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


def test_17_surrogate_in_a_catalog_name(tmp_path: Path) -> None:
    """A lone surrogate in an exercise name: printed escaped or a one-line error, never a crash."""
    catalog = write(tmp_path, "c.json", "")
    data = json.loads(json.dumps({"exercise": []}))
    entry = {
        "id": "x",
        "name": "Bad \udc80 name",
        "primary_action": "hip_extension",
        "knee": "straight",
        "hip_flexion": "deep",
        "hamstring_length": "long",
        "load_position": "hands",
        "start_position": "floor",
        "laterality": "bilateral",
        "kind": "compound",
    }
    data["exercise"].append(entry)
    catalog.write_text(json.dumps(data), encoding="utf-8")  # JSON escapes the surrogate as \udc80
    for args in (
        ("exercises", "--catalog", str(catalog)),
        ("recommend", "--goal", "tie-in", "--catalog", str(catalog)),
    ):
        proc = _cli(*args)
        assert proc.returncode in (0, 2), proc.stderr
        assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) <= 1


def test_18_closed_stdout() -> None:
    """``schema >&-``: no internal error (exit 0 or 2 with one stderr line)."""
    proc = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", "schema"],
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
        close_fds=True,
        preexec_fn=lambda: __import__("os").close(1),
    )
    assert proc.returncode in (0, 2)
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr


def test_19_no_command_prints_usage_on_stderr() -> None:
    """No command at all: usage on stderr, nothing on stdout, exit 2."""
    proc = _cli()
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "usage" in proc.stderr.lower() and len(proc.stderr.strip().splitlines()) == 1


# -- 20, 21, 22: shared state -------------------------------------------------------------------


def test_20_21_22_built_ins_cannot_be_changed_through_results() -> None:
    """Containers handed back by results and built-ins are read-only (or copies)."""
    rehab = hr.recommend("rehab")
    before = hr.recommend("rehab", stage=1).to_dict()
    with pytest.raises(TypeError):
        rehab.goal.stages[1] = "EDITED"  # type: ignore[index]
    rec = hr.recommend("tie_in_hypertrophy")
    explained = hr.explain("P001")
    for rule in rec[0].rules:
        with pytest.raises(TypeError):
            rule.effect.prescription.clear()  # type: ignore[attr-defined]
    with pytest.raises((TypeError, AttributeError)):
        hr.Catalog.builtin().facts_by_id().clear()  # type: ignore[attr-defined]
    with pytest.raises((TypeError, AttributeError)):
        hr.Catalog.builtin().facts()[0].clear()  # type: ignore[attr-defined]
    assert hr.recommend("rehab", stage=1).to_dict() == before
    assert hr.explain("P001") == explained
    hr.check(PROGRAM)


# -- 23, 24: the web example (see also test_trust_boundary.py) ----------------------------------


def test_23_web_handler_hostile_bodies() -> None:
    """Bodies that raised inside the handler: a status and a JSON payload."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("web_handler", EXAMPLES / "web_handler.py")
    assert spec is not None and spec.loader is not None
    web = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(web)
    for body in (b"9" * 5000, b'"a\\u0000b"', b'"\\udc80.yaml"', b"[" * 100_000 + b"]" * 100_000):
        status, payload = web.handle_check(body)
        assert 400 <= status < 500
        json.dumps(payload)


# -- 10, 11 as a property: every error path, hostile values -------------------------------------

MARK = "Z" * 300  # a value long enough that an echo of more than ~80 characters shows


def _error_paths(v: Any) -> list[Any]:
    """Calls that put one hostile value into every kind of place an error message can echo."""
    catalog = hr.Catalog.builtin()
    rules = hr.RuleSet.builtin()
    entry = {"exercise": "RDL", "sets": 3, "reps": 8}

    def program(**changes: Any) -> dict[str, Any]:
        return {"name": "p", "sessions": [{"name": "A", "exercises": [{**entry, **changes}]}]}

    rule = {"id": "X1", "symbol": "x", "rationale": "r", "source": "s", "effect": {"score": 1}}
    exercise = {
        "id": "x", "name": "X", "primary_action": "hip_extension", "knee": "straight",
        "hip_flexion": "deep", "hamstring_length": "long", "load_position": "hands",
        "start_position": "floor", "laterality": "bilateral", "kind": "compound",
    }  # fmt: skip
    key = v if isinstance(v, str) else "k"
    return [
        lambda: hr.recommend(v),
        lambda: hr.recommend("rehab", stage=v),
        lambda: hr.recommend("rehab", pain=v),
        lambda: hr.recommend("tie-in", equipment=[v]),
        lambda: hr.recommend("tie-in", exclude=[v]),
        lambda: hr.recommend("tie-in", limit=v),
        lambda: hr.check({"name": v, "sessions": program()["sessions"]}),
        lambda: hr.check(program(exercise=v)),
        lambda: hr.check(program(reps=v)),
        lambda: hr.check(program(tempo=v)),
        lambda: hr.check(program(sets=v)),
        lambda: hr.check({**program(), key: 1}),
        lambda: hr.check(program(), goal=v),
        lambda: hr.check(program(), params={key: {"min_sets": 1}}),
        lambda: hr.check(program(), params={"HR012": {key: 1}}),
        lambda: hr.check(program(), params={"HR012": {"min_sets": v}}),
        lambda: hr.check(program(), select=v),
        lambda: hr.check(program(), ignore=[v]),
        lambda: hr.check(Path(key)),
        lambda: hr.explain(v),
        lambda: catalog.get(v),
        lambda: catalog.resolve(v),
        lambda: rules.get(v),
        lambda: rules.goal(v),
        lambda: rules.reweighted({key: 1}),
        lambda: hr.substitute(v),
        lambda: hr.substitute("RDL", limits={key: "low"}),
        lambda: hr.substitute("RDL", limits={"spinal_load": v}),
        lambda: hr.Catalog.from_data({"exercise": [{**exercise, "id": v}]}),
        lambda: hr.Catalog.from_data({"exercise": [{**exercise, key: 1}]}),
        lambda: hr.Catalog.from_data({"exercise": [{**exercise, "knee": v}]}),
        lambda: hr.RuleSet.from_data({"rule": [{**rule, "id": v}]}),
        lambda: hr.RuleSet.from_data({"rule": [{**rule, key: 1}]}),
        lambda: hr.RuleSet.from_data({"rule": [{**rule, "when": {"fact": v, "op": "eq", "value": 1}}]}),
        lambda: hr.RuleSet.from_data({"rule": [{**rule, "when": {"fact": "region", "op": v, "value": 1}}]}),
        lambda: hr.RuleSet.from_data({"rule": [{**rule, "when": {"fact": "region", "value": v}}]}),
        lambda: hr.RuleSet.from_data({"goal": [{"id": "g", "name": "G", "stages": {key: "t"}}]}),
        lambda: hr.load_log(io.StringIO(f"{key},x\n1,2\n"), name="h.csv"),
        lambda: hr.load_log(io.StringIO("x\n"), name=v),
        lambda: hr.load_log(io.StringIO("x\n"), unit=v),
        lambda: hr.Limits(max_bytes=v),
        lambda: hr.CheckConfig(heavy_max_reps=v),
    ]


HOSTILE_CHARS = ["a", " ", "\n", "\r", "\x00", "\x1b", "\u2028", "\x85", "\ud800", "\\", "'", "Z"]
HOSTILE_CHARS += ["\u202e", "\u200d"]  # bidirectional override, zero-width joiner
HOSTILE_TEXT = st.text(alphabet=st.sampled_from(HOSTILE_CHARS), max_size=40)
HOSTILE = st.one_of(
    HOSTILE_TEXT.map(lambda t: t + MARK),
    HOSTILE_TEXT,
    st.just(MARK * 3000),
    st.just(10**5000),
    st.sampled_from([float("nan"), float("inf"), -(10**400), None, b"\x00", [MARK] * 50]),
    st.recursive(st.just(MARK), lambda c: st.lists(c, max_size=2), max_leaves=3),
)


@given(value=HOSTILE)
@settings(max_examples=max(10, settings().max_examples // 4), deadline=None)  # fuzz: 1,250
def test_10_11_every_error_path_echoes_one_bounded_escaped_line(value: Any) -> None:
    """Each error path with a hostile value: the message is one printable line, never echoes
    more than about 80 characters of the value, and control characters come out escaped."""
    for call in _error_paths(value):
        try:
            call()
        except hr.HamstringRulesError as exc:
            for text in (str(exc), exc.message, exc.location or "", exc.suggestion or ""):
                assert_one_bounded_line(text, limit=1200)
                assert "Z" * 90 not in text, text[:200]


def test_9_a_forged_program_stays_refused() -> None:
    """A program refused once is refused again (the boundary check remembers only valid ones)."""
    bad = hr.Program(name="p", weeks=(hr.Week((hr.Session("A", (hr.Entry("RDL", 3, 10, 8),)),)),))
    for _ in range(2):
        documented(lambda: hr.check(bad))


# -- second fuzzing pass (2026-11-30): new cases, new root causes -------------------------------
# Numbered F1, F2, ... in the order they were found; each test failed before its fix.


FORMAT_CHARS = ["\u202e", "\u2066", "\u200d", "\u200b", "\ufeff", "\xad", "\xa0", "\U000e0001"]


@pytest.mark.parametrize("char", FORMAT_CHARS)
def test_f1_format_characters_are_escaped(char: str) -> None:
    """Bidirectional overrides, zero-width and other format characters in a path, key or
    limit name come out escaped (U+202E would make the message read backwards)."""
    for call in (
        lambda: hr.load_program(f"{char}evil.yaml"),
        lambda: hr.load_log(f"{char}evil.csv"),
        lambda: hr.Catalog.from_file(f"{char}evil.yaml"),
        lambda: hr.RuleSet.from_file(f"{char}evil.yaml"),
        lambda: hr.load_program({**PROGRAM, f"{char}key": 1}),
        lambda: hr.substitute("RDL", limits={f"{char}x": "low"}),
    ):
        err = documented(call)
        assert char not in str(err)


def test_f2_messages_carry_no_memory_addresses() -> None:
    """A value whose repr is the default one (``<memory at 0x7f...>``) is echoed without its
    address, so the same input gives the same message on every run."""
    lib: Any = hr
    messages = set()
    for _ in range(3):
        values: list[object] = [memoryview(b"x"), object(), iter(())]
        for value in values:
            err = documented(lambda value=value: hr.check({**PROGRAM, "name": value}))
            assert " at 0x" not in str(err), str(err)
            messages.add(str(err))
            err = documented(lambda value=value: lib.check(hr.Program(name=value, weeks=())))
            assert " at 0x" not in str(err), str(err)
    assert len(messages) == 3, messages


def test_f3_every_echo_goes_through_shown() -> None:
    """Values quoted with a plain repr escaped the 80-character bound, and a 100,000-deep list
    given as an alias's exercise id raised RecursionError while the message was built."""
    lib: Any = hr
    deep: object = "romanian_deadlift"
    for _ in range(100_000):
        deep = [deep]
    catalog = hr.Catalog.builtin()
    rdl = catalog.get("romanian_deadlift")
    twin = attrs.evolve(rdl, id="z" * 300)
    for call in (
        lambda: lib.Catalog.builtin().with_aliases({"My RDL": deep}),
        lambda: lib.Catalog([twin, twin]),
        lambda: lib.check(PROGRAM, fail_on=MARK),
        lambda: hr.RuleSet([attrs.evolve(hr.RuleSet.builtin().rules[0], id="Z" * 300)] * 2, ()),
    ):
        err = documented(call)
        assert "Z" * 90 not in str(err) and "z" * 90 not in str(err), str(err)


@pytest.mark.parametrize("where", ["name: <<", "name: p\nsessions: [<<]", "name: !!merge x"])
def test_f4_yaml_merge_key_as_a_value(tmp_path: Path, where: str) -> None:
    """``<<`` outside a mapping key is text: the library's merge marker (an internal object,
    echoed as ``<object object at 0x...>``) never reaches the data."""
    yaml_session = "sessions: [{name: A, exercises: [{exercise: RDL, sets: 3, reps: 8}]}]\n"
    err = documented(lambda: hr.check(write(tmp_path, "p.yaml", where + "\n")))
    assert "object" not in str(err), str(err)
    data = hr.load_program(write(tmp_path, "ok.yaml", "name: <<\n" + yaml_session))
    assert data.name == "<<"


def test_f7_map_names_counts_before_classifying() -> None:
    """100,000 names: refused by the 50,000-name limit before any is classified (it took over
    4 CPU-seconds of classifying first), and a non-iterable is a RequestError."""
    lib: Any = hr.Catalog.builtin()
    names = (f"Exercise {i} zq{i * 7919 % 100_003}" for i in range(100_000))
    assert isinstance(documented(lambda: lib.map_names(names), normal_s=0.05), hr.InputLimitError)
    assert isinstance(documented(lambda: lib.map_names(42)), hr.RequestError)


def test_f8_none_is_never_a_checked_object() -> None:
    """The validation layer's memo of checked objects answers ``None`` for a miss, and ``None is
    None``: a ``None`` inside a list of exercises, goals or rules skipped the check and crashed
    with AttributeError."""
    lib: Any = hr
    catalog, rules = hr.Catalog.builtin(), hr.RuleSet.builtin()
    for call in (
        lambda: lib.Catalog.builtin().with_exercises([None]),
        lambda: lib.RuleSet.builtin().with_goals([None]),
        lambda: lib.RuleSet.builtin().with_rules([None]),
        lambda: lib.RuleSet(rules.rules, [None]),
        lambda: lib.Catalog([None]),
        lambda: lib.Catalog.builtin().with_exercises([catalog.get("romanian_deadlift"), None]),
    ):
        assert isinstance(documented(call), hr.RequestError | hr.CatalogError)


def test_f2_locations_built_from_raw_values_carry_no_addresses() -> None:
    """A location written with a raw key (``limits.<memory at 0x...>``) loses the address too:
    the error itself cleans its message, location and suggestion."""
    lib: Any = hr
    err = documented(lambda: lib.substitute("RDL", limits={memoryview(b""): "low"}))
    assert " at 0x" not in str(err) and err.location == "limits.<memory>", str(err)


class _IntPath:
    def __fspath__(self) -> Any:
        return 42


def test_f9_secondary_methods_check_their_arguments() -> None:
    """Public methods beyond the main entry points took any value: ``e1rm("8", 5)``,
    ``to_json(indent=10**100)``, ``explain(width="wide")``, ``Program.line_of([1], ...)``,
    ``RuleSet.engine([])``, ``RuleSet.notes(...)`` without every request fact, ``parse_name(b"RDL")``,
    ``load_log(limits=1)``, flags given a NumPy array or a string, ``json_schema(kind=[...])``,
    ``derive_region("hip_extension", ...)``, an ``__fspath__`` returning an int, a 0-d array
    as a list: each is now a documented error naming the argument."""
    lib: Any = hr
    report = hr.check(PROGRAM)
    result = hr.recommend("tie-in")
    program = hr.load_program(PROGRAM)
    log = hr.load_log(DATA / "hevy_kg.csv")
    rules = hr.RuleSet.builtin()
    catalog = hr.Catalog.builtin()
    truthy_array = type("Array", (), {"__bool__": lambda self: 1 / 0, "__iter__": lambda self: 1 / 0})()
    calls = [
        lambda: lib.e1rm("100", 5),
        lambda: lib.e1rm(100, "5"),
        lambda: lib.e1rm(10**400, 5),
        lambda: lib.e1rm(float("nan"), 5),
        lambda: report.to_json(indent=10**100),
        lambda: lib.Report.to_json(report, indent="  "),
        lambda: lib.RecommendationResult.to_json(result, indent=2.5),
        lambda: lib.Program.to_json(program, indent=[2]),
        lambda: lib.NameMap.to_json(catalog.map_names(["RDL"]), indent=-1),
        lambda: lib.explain("HR001", width="wide"),
        lambda: lib.explain("HR001", width=float("nan")),
        lambda: lib.Program.line_of(program, [1], 0, 0),
        lambda: lib.RuleSet.engine(rules, []),
        lambda: lib.RuleSet.engine(rules, "galaxy"),
        lambda: lib.RuleSet.notes(rules, "rehab", {"stage": 1}),
        lambda: lib.RuleSet.notes(rules, "rehab", 7),
        lambda: lib.parse_name(b"RDL"),
        lambda: lib.load_log(DATA / "hevy_kg.csv", limits=1),
        lambda: lib.load_log(DATA / "hevy_kg.csv", keep_sets="no"),
        lambda: lib.load_log(DATA / "hevy_kg.csv", unit=["kg"]),
        lambda: lib.WorkoutLog.to_pandas(log, sets=truthy_array),
        lambda: lib.ExerciseWeek.to_dict(log.progress()[0], unit="stone"),
        lambda: lib.json_schema(kind=["check"]),
        lambda: lib.derive_region("hip_extension", "straight", "deep"),
        lambda: lib.check(_IntPath()),
        lambda: lib.check(PROGRAM, unit=["kg"]),
        lambda: lib.check(PROGRAM, params=truthy_array),
        lambda: lib.Catalog.builtin().with_aliases(7),
        lambda: lib.Catalog.builtin().binding(7, lambda c, r: 1),
    ]
    for call in calls:
        documented(call)


def test_f10_exercise_fields_of_unhashable_or_array_values() -> None:
    """An exercise built with a list or NumPy-like array where an enum or a text list goes:
    CatalogError, not the enum lookup's element-wise comparison (``ValueError: truth value
    of an array is ambiguous``)."""

    class Array(list[int]):  # what NumPy does: == is element-wise, the truth value is ambiguous
        def __eq__(self, other: object) -> Any:
            return Array([item == other for item in self])

        def __bool__(self) -> bool:
            raise ValueError("The truth value of an array with more than one element is ambiguous")

        __hash__ = None

    rdl: Any = hr.Catalog.builtin().get("romanian_deadlift")
    for field in ("primary_action", "knee", "secondary_actions", "aliases", "equipment"):
        err = documented(lambda field=field: attrs.evolve(rdl, **{field: Array([1, 2])}))
        assert isinstance(err, hr.CatalogError), err


def test_f11_cli_standard_input_and_output_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """``map -`` with bytes that are not UTF-8 (on a strict UTF-8 stdin: an internal
    UnicodeDecodeError), ``check -`` when ``sys.stdin`` is a StringIO with no ``.buffer`` (an
    internal AttributeError) or closed, and ``schema --output`` a path with a NUL (an internal
    ValueError): one-line errors or results."""
    from hamstring_rules.cli import main

    def run(argv: list[str], stdin: Any) -> tuple[int, str]:
        monkeypatch.setattr(sys, "stdin", stdin)
        out, err = io.StringIO(), io.StringIO()
        code = main(argv, stdout=out, stderr=err)
        assert "internal error" not in err.getvalue(), err.getvalue()
        return code, err.getvalue()

    strict = io.TextIOWrapper(io.BytesIO(b"R\xff\xfeDL\n"), encoding="utf-8", errors="strict")
    code, err = run(["map", "-"], strict)
    assert code == 2 and "UTF-8" in err
    program = "name: p\nsessions: [{name: A, exercises: [{exercise: RDL, sets: 3, reps: 8}]}]\n"
    assert run(["check", "-", "--exit-zero"], io.StringIO(program))[0] == 0
    assert run(["map", "-"], io.StringIO("RDL\n"))[0] == 0
    assert run(["check", "-"], None)[0] == 2
    code, err = run(["schema", "--output", "a\x00b.json"], io.StringIO(""))
    assert code == 2 and "NUL" in err


def test_f12_plot_arguments() -> None:
    """``Report.plot(ax=..., rules=...)`` and ``plot_progress(exercises=...)`` with a wrong
    type: a RequestError, not an AttributeError from matplotlib or a TypeError from slicing."""
    pytest.importorskip("matplotlib")
    lib: Any = hr.check(PROGRAM)
    for call in (
        lambda: lib.plot(ax="axes"),
        lambda: lib.plot(ax=1.5),
        lambda: lib.plot(rules="builtin"),
        lambda: lib.plot_progress(exercises=2.5),
        lambda: lib.plot_progress(exercises=10**9),
    ):
        assert isinstance(documented(call, normal_s=0.5), hr.RequestError)  # the first imports matplotlib


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "github", "sarif", "json"])
@pytest.mark.parametrize("color", ["always", "never"])
def test_f13_cli_output_cannot_drive_the_terminal(fmt: str, color: str) -> None:
    """Names in a checked file are printed, and were printed raw: an OSC sequence retitled the
    terminal, ``ESC[2J`` cleared it, a C1 CSI or U+202E rewrote what the reader saw. Now every
    such character is written as ``\\u001b`` (the same value inside JSON and SARIF); with colour
    on, only colour (SGR) sequences pass."""
    from hamstring_rules.cli import main

    file = DATA / "hostile" / "programs" / "terminal_escapes.json"
    out = io.StringIO()
    main(["check", str(file), "--format", fmt, "--color", color], stdout=out, stderr=io.StringIO())
    text = out.getvalue()
    assert "evil" in text or fmt in ("html", "github", "sarif")
    for bad in ("\x1b]", "\x1b[2J", "\x07", "\x9b", "\u202e", "\rB"):
        assert bad not in text, (bad, text[:300])
    if color == "never":
        assert "\x1b" not in text
    if fmt == "json":
        assert json.loads(text)["program"] == json.loads(file.read_text())["name"]


def test_f14_batch_rows_are_plain_bounded_data() -> None:
    """The batch example's error row echoed the raw ``name``: a generator made the row
    unpicklable (a process pool cannot send it back), a 5 MB name a 5 MB row."""
    import importlib.util
    import pickle

    spec = importlib.util.spec_from_file_location("batch_check", EXAMPLES / "batch_check.py")
    assert spec is not None and spec.loader is not None
    batch = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(batch)
    names: list[object] = [iter([]), (n for n in "ab"), "n" * 5_000_000, object(), 7]
    for name in names:
        row = batch.check_one({"name": name, "sessions": 5})
        assert row["ok"] is False and row["program"] is None
        assert len(pickle.dumps(row)) < 2000
    assert batch.check_one({"name": "mine", "sessions": 5})["program"] == "mine"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_f15_a_named_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    """A FIFO named like a program, catalog or rule pack: opening it waited for a writer, for
    ever. Now refused before opening (the writer thread here only ends the wait of an old
    version after 60 s, so the test fails on time instead of hanging; the refusal takes
    milliseconds, and the bound of 30 s is a hang guard: a 2 s bound flaked on a loaded machine)."""
    import threading

    for name, call in (
        ("p.yaml", hr.check),
        ("c.yaml", hr.Catalog.from_file),
        ("r.json", hr.RuleSet.from_file),
    ):
        fifo = tmp_path / name
        os.mkfifo(fifo)

        def unblock(fifo: Path = fifo) -> None:
            time.sleep(60)
            with open(fifo, "wb"):
                pass

        threading.Thread(target=unblock, daemon=True).start()
        start = time.monotonic()
        err = documented(lambda call=call, fifo=fifo: call(fifo))
        assert time.monotonic() - start < 30.0, name
        assert "regular file" in err.message


# -- the second pass's value kinds, as a property (HYPOTHESIS_PROFILE=fuzz runs 5,000) -----------


class _Text(str):
    """A well-behaved str subclass (what a framework's lazy string or enum value can be)."""


def _new_kinds() -> list[Any]:
    import decimal
    import fractions

    values: list[Any] = [
        b"RDL", bytearray(b"RDL"), memoryview(b"RDL"), decimal.Decimal("NaN"), decimal.Decimal("1e999999"),
        fractions.Fraction(1, 3), True, 10**100, -0.0, float("nan"), float("inf"), 1 + 2j, _Text("RDL"),
        type("Mapping", (dict,), {})(a=1), iter(["RDL"]), _IntPath(), Path("/etc/passwd"), ..., object(),
        "\u202eLDR\u202c", "R\u200dD\u200dL", "\u200b\u200c", "R" * 10_000, None, [None], {"x": None},
    ]  # fmt: skip
    try:
        import numpy as np
    except ImportError:
        return values
    numpy = [np.int64(3), np.float64("nan"), np.bool_(True), np.str_("RDL"), np.array([1, 2]), np.array(3)]
    return [*values, *numpy]


def _secondary_calls() -> list[tuple[str, Any]]:
    lib: Any = hr
    catalog: Any = hr.Catalog.builtin()
    rules: Any = hr.RuleSet.builtin()
    report: Any = hr.check(PROGRAM)
    program: Any = hr.load_program(PROGRAM)
    return [
        ("e1rm weight", lambda v: lib.e1rm(v, 5)),
        ("e1rm reps", lambda v: lib.e1rm(100.0, v)),
        ("to_json indent", lambda v: report.to_json(indent=v)),
        ("Program.to_json indent", lambda v: program.to_json(indent=v)),
        ("explain width", lambda v: lib.explain("HR001", width=v)),
        ("explain subject", lambda v: lib.explain(v)),
        ("line_of", lambda v: program.line_of(v, v, v)),
        ("engine", lambda v: rules.engine(v)),
        ("notes", lambda v: rules.notes("rehab", v)),
        ("parse_name", lambda v: lib.parse_name(v)),
        ("normalize_name", lambda v: lib.normalize_name(v)),
        ("json_schema", lambda v: lib.json_schema(v)),
        ("map_names", lambda v: catalog.map_names(v)),
        ("map_names item", lambda v: catalog.map_names([v])),
        ("with_aliases", lambda v: catalog.with_aliases(v)),
        ("with_aliases value", lambda v: catalog.with_aliases({"My RDL": v})),
        ("with_exercises", lambda v: catalog.with_exercises(v)),
        ("with_goals", lambda v: rules.with_goals(v)),
        ("classify", lambda v: catalog.classify(v)),
        ("search", lambda v: catalog.search(region=v)),
        ("load_log limits", lambda v: lib.load_log(DATA / "hevy_kg.csv", limits=v)),
        ("load_log keep_sets", lambda v: lib.load_log(DATA / "hevy_kg.csv", keep_sets=v)),
        ("load_log unit", lambda v: lib.load_log(DATA / "hevy_kg.csv", unit=v)),
        ("check unit", lambda v: lib.check(PROGRAM, unit=v)),
        ("check params", lambda v: lib.check(PROGRAM, params=v)),
        ("check as_of", lambda v: lib.check(PROGRAM, as_of=v)),
        ("check program", lambda v: lib.check(v)),
        ("plan days", lambda v: lib.plan("tie-in", days=v)),
        ("plan equipment", lambda v: lib.plan("tie-in", equipment=[v])),
        ("fix unsafe", lambda v: lib.fix(PROGRAM, unsafe=v)),
        ("substitute limits", lambda v: lib.substitute("RDL", limits={"spinal_load": v})),
        ("passes", lambda v: report.passes(v)),
        ("groups", lambda v: report.groups(min_weeks=v)),
    ]


_CALLS = _secondary_calls()


@given(call=st.sampled_from(_CALLS), value=st.sampled_from(_new_kinds()))
@settings(deadline=None)
def test_f9_any_public_call_with_a_new_kind_of_value(call: tuple[str, Any], value: Any) -> None:
    """Bytes, Decimal, Fraction, bool, huge ints, -0.0, NaN, NumPy scalars and arrays, a str or
    dict subclass, iterators, path-likes, format characters: a result or a documented one-line
    error, never another exception."""
    try:
        call[1](value)
    except hr.HamstringRulesError as exc:
        _deterministic_line(str(exc))


def _deterministic_line(message: str) -> None:
    assert_one_bounded_line(message)
    assert " at 0x" not in message, message


def test_f16_hostile_streams_given_to_load_log() -> None:
    """``load_log`` takes an open text stream: one whose lines are bytes or None, a closed one,
    and one failing with OSError half-way raised TypeError, AttributeError, ValueError, OSError."""
    text = (DATA / "hevy_kg.csv").read_text(encoding="utf-8")

    class Lines:
        def __init__(self, lines: list[Any]) -> None:
            self.lines = lines

        def readline(self) -> Any:
            return self.lines[0]

        def __iter__(self) -> Any:
            return iter(self.lines)

    class Failing(io.StringIO):
        read_lines = 0

        def __next__(self) -> Any:
            self.read_lines += 1
            if self.read_lines > 3:
                raise OSError(5, "Input/output error")
            return super().__next__()

    closed = io.StringIO(text)
    closed.close()
    lib: Any = hr
    for stream in (Lines([b"title,start_time\n"]), Lines([None]), closed, Failing(text)):
        assert isinstance(documented(lambda stream=stream: lib.load_log(stream)), hr.LogFormatError)


_FORGED = "Zorble\r\nHR998 [error] forged\u2028HR997 [error] also forged\x1b[2J"


@pytest.mark.parametrize("where", ["exercise", "name", "session"])
def test_a_line_break_in_a_checked_name_never_starts_a_line_of_the_report(tmp_path: Path, where: str) -> None:
    """A program's name, session or exercise with CR/LF (or U+2028) cannot forge a finding or
    title line in the text, Markdown or CLI output: every echoed value is escaped onto its own
    line, and a finding message quotes at most about 80 characters of it."""
    program: dict[str, Any] = {
        "name": "Legs",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
    }
    if where == "exercise":
        program["sessions"][0]["exercises"].append({"exercise": _FORGED + "Q" * 120, "sets": 3, "reps": 8})
    elif where == "name":
        program["name"] = _FORGED
    else:
        program["sessions"][0]["name"] = _FORGED
    file = tmp_path / "p.yaml"
    file.write_text(yaml.safe_dump(program))
    report = hr.check(file)
    shown_by_cli = cli("check", str(file)).stdout  # main()'s output as written: no newline translation
    for shown in (str(report), report.to_markdown(), shown_by_cli):
        lines = shown.splitlines()
        assert not any(line.lstrip("|* ").startswith(("HR998", "HR997")) for line in lines), shown
        assert "\x1b[2J" not in shown and "\r" not in shown and "\u2028" not in shown
    assert all(len(f.message) < 200 for f in report.findings)


# -- third fuzzing pass (G1-): new cases ------------------------------------------------------

FORMULA_NAMES = ['=HYPERLINK("http://x","y")', "+1 RDL", "-2+3", "@SUM(A1)", "\tTab", "'=quoted", "''x"]


def test_g1_map_csv_cells_never_start_a_formula(tmp_path: Path) -> None:
    """``map --format csv``: a cell a spreadsheet would run (= + - @ tab CR) starts with ``'``
    (OWASP); read back with ``--aliases`` the names are the ones written, so a reviewed row
    still places its name."""
    import csv

    from hamstring_rules.cli import main

    names = write(tmp_path, "names.txt", "\n".join(n.replace("\t", " \t") for n in FORMULA_NAMES) + "\n")
    out = io.StringIO()
    assert main(["map", str(names), "--format", "csv"], stdout=out, stderr=io.StringIO()) == 0
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert len(rows) == 1 + len(FORMULA_NAMES)
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), row
    # a reviewer maps each name to the RDL and loads the file back
    reviewed = [rows[0]] + [[r[0], "", "", "romanian_deadlift", *r[4:]] for r in rows[1:]]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(reviewed)
    mapping = write(tmp_path, "reviewed.csv", buffer.getvalue())
    out = io.StringIO()
    assert main(["map", str(names), "--format", "json", "--aliases", str(mapping)], stdout=out) == 0
    placed = {r["name"]: r["exercise_id"] for r in json.loads(out.getvalue())}
    assert placed == {n.replace("\t", " \t").strip(): "romanian_deadlift" for n in FORMULA_NAMES}, placed


MARKUP_NAMES = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "![img](http://x/a.png)",
    "<https://evil.example>",
    "`code` x",
    "**bold**",
    "_em_ x",
    "~~strike~~",
    "a|b|c",
    "# heading",
    "> quote",
    "1. list",
    "- item",
    "&#60;b&#62;",
    "$x^2$",
    "<!-- x",
]


def _catalog_named(name: str) -> hr.Catalog:
    entry = {
        "id": "zz_x",
        "name": name,
        "primary_action": "hip_extension",
        "knee": "straight",
        "hip_flexion": "deep",
        "hamstring_length": "long",
        "load_position": "hands",
        "start_position": "floor",
        "laterality": "bilateral",
        "kind": "compound",
    }
    return hr.Catalog.from_data({"exercise": [entry]})


def _markdown_of(name: str) -> dict[str, str]:
    program = {
        "name": name,
        "sessions": [{"name": name, "day": "mon", "exercises": [{"exercise": name, "sets": 3, "reps": 8}]}],
    }
    small = _catalog_named(name)
    catalog = hr.Catalog.builtin().with_exercises(small)
    return {
        "report": hr.check(program).to_markdown(),
        "recommend": hr.recommend("tie-in", catalog=catalog).to_markdown(),
        "excluded": hr.recommend("tie-in", catalog=catalog, exclude=[name]).to_markdown(),
        "substitute": hr.substitute("zz_x", catalog=catalog).to_markdown(),
        "catalog": small.to_markdown(),
        "exercise": small.get("zz_x").to_markdown(),
        "plan": hr.plan("tie-in", catalog=catalog, exclude=["RDL"]).to_markdown(),
    }


@pytest.mark.parametrize("name", MARKUP_NAMES)
def test_g2_markdown_shows_names_as_written(name: str) -> None:
    """A name from a program, log or catalog is text in Markdown and notebooks: rendered (raw
    HTML allowed, as Jupyter and GitHub do), the document has the same elements as with a plain
    name - no script, image, link, emphasis, code, list or heading came from the name."""
    from collections import Counter

    markdown_it = pytest.importorskip("markdown_it")
    md = markdown_it.MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])

    def elements(text: str) -> Counter[str]:
        import re

        return Counter(re.findall(r"<(/?[a-zA-Z][a-zA-Z0-9]*)", md.render(text)))

    plain = _markdown_of("Plainname")
    for kind, text in _markdown_of(name).items():
        assert elements(text) == elements(plain[kind]), (kind, text[:400])


def test_g3_explain_text_cannot_drive_a_terminal() -> None:
    """``explain()`` of a catalog exercise whose name, aliases or sources hold escape sequences,
    a bidirectional override or a line break: escaped (as ``str(report)`` is), one line each."""
    catalog = hr.Catalog.builtin().with_exercises(_catalog_named("A\x1b[2J\u202eB\nHR001 forged"))
    text = hr.explain("zz_x", catalog=catalog)
    assert "\x1b" not in text and "\u202e" not in text
    assert not any(line.startswith("HR001") for line in text.splitlines())
    assert text.splitlines()[0].startswith("A\\x1b[2J\\u202eB\\nHR001 forged (zz_x)")


@pytest.mark.parametrize("seconds", ["1" + "0" * 308, "-5", "86401"])  # 1e308 in digits: no exponent is read
@pytest.mark.parametrize("export", ["strong_v1.csv", "hevy_kg.csv"])
def test_g4_a_set_duration_out_of_range_is_an_input_issue(export: str, seconds: str) -> None:
    """A Seconds/duration cell of 1e308 became a 309-digit int: ``to_pandas(sets=True)`` raised
    OverflowError. A duration outside 0-86,400 s is dropped with an input issue naming it and
    its line; the set is kept."""
    import csv

    pytest.importorskip("pandas")
    rows = list(csv.reader(io.StringIO((DATA / export).read_text(encoding="utf-8"))))
    column = next(i for i, c in enumerate(rows[0]) if c in ("Seconds", "duration_seconds"))
    for row in rows[1:]:
        row[column] = seconds
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    plain = hr.load_log(io.StringIO((DATA / export).read_text(encoding="utf-8")))
    log = hr.load_log(io.StringIO(buffer.getvalue()), keep_sets=True)
    assert sum(len(w.exercises) for w in log.workouts) == sum(len(w.exercises) for w in plain.workouts)
    assert any(f"seconds {float(seconds):g} is outside" in str(i) for i in log.issues), log.issues
    frame = log.to_pandas(sets=True)
    assert not (frame["seconds"].dropna() > 86_400).any()
    json.loads(hr.check(log).to_json())


def _weeks_checked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The weeks each check() call reads, appended as the calls come (the work a repair does)."""
    from hamstring_rules import _check

    read: list[int] = []
    real = _check.check

    def counted(data: Any, *args: Any, **kwargs: Any) -> Any:
        read.append(len(data.get("weeks") or [None]) if isinstance(data, dict) else 1)
        return real(data, *args, **kwargs)

    monkeypatch.setattr(_check, "check", counted)
    return read


def test_g5_a_long_plan_of_short_sessions_is_repaired_in_every_week_within_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``plan(weeks=52, minutes=15)`` (both within their limits) took 3.8-4.6 CPU-seconds: the
    repair rechecked all 52 weeks after each fix and stopped at its round limit, leaving later
    weeks unrepaired (40 findings). Each week is repaired alone (every check reads one week).
    Counted in weeks checked, not timed (a 2 CPU-s budget flaked on a loaded machine)."""
    hr.plan("tie-in")  # warm
    read = _weeks_checked(monkeypatch)
    result = hr.plan("tie-in", days=2, weeks=52, minutes=15)
    # each week checked alone, then the whole plan a few times (measured: 156 = 52 + 2 x 52); the
    # bug re-read all 52 weeks after each of up to 64 fixes (thousands)
    assert sum(read) <= 4 * 52, (len(read), sum(read))
    monkeypatch.undo()
    assert len(result.weeks) == 52
    # within the budget (D1): what the repair added and the minutes cannot hold is noted,
    # each remaining warning by its code (PL010), never a silent overrun
    from hamstring_rules._plan import _minutes

    assert all(_minutes(s.entries) <= 15 for w in result.weeks for s in w.sessions)
    noted = {c for n in result.notes for c in n.expect}
    assert {f.code for f in hr.check(result).findings if f.severity != "info"} <= noted


@pytest.mark.parametrize("argv", [["plan", "--goal", "rehab"], ["check", "--diff", "PROGRAM"]])
def test_g6_notes_go_to_the_calls_stderr(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """``plan``'s notes and ``check --fix/--diff``'s summary went to ``sys.stderr`` itself: with
    stderr closed (``2>&-``, sys.stderr None) a good plan exited 2 with an internal
    AttributeError, and ``main(stderr=...)`` did not get them. They go where the call's errors go."""
    from hamstring_rules.cli import main

    argv = [str(EXAMPLES / "typical_leg_day.yaml") if a == "PROGRAM" else a for a in argv]
    monkeypatch.setattr(sys, "stderr", None)
    out = io.StringIO()
    assert main(argv, stdout=out) in (0, 1)
    assert out.getvalue() or "--diff" in argv  # a diff of no safe fixes is empty
    monkeypatch.undo()
    err = io.StringIO()
    assert main(argv, stdout=io.StringIO(), stderr=err) in (0, 1)
    assert err.getvalue().strip() and "internal error" not in err.getvalue()


def test_g7_fixing_a_long_program_is_within_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """``fix(unsafe=True)`` of a program at the weeks limit (104 weeks, each short of a
    finisher and a curl) took 3.5 CPU-seconds: each of its 64 fixes re-checked all 104 weeks.
    The same rule's fix in other weeks is applied and verified in one re-check. Counted in
    re-checks, not timed (a 2 CPU-s budget flaked on a loaded machine)."""
    week = {"sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 1, "reps": 1}]}]}
    program = {"name": "long", "weeks": [week] * hr.Limits().max_weeks}
    hr.fix({"name": "warm", **week}, unsafe=True)
    read = _weeks_checked(monkeypatch)
    result = hr.fix(program, unsafe=True)
    # the first check and one re-check a round (measured: 3); the bug made 65, one per fix
    assert len(read) <= 4, read
    monkeypatch.undo()
    # every week's finisher and curl: a rule's fix in every week is one of MAX_ROUNDS rounds
    assert len(result.steps) == 2 * hr.Limits().max_weeks
    fixed = sum(1 for f in result.before.findings) - sum(1 for f in result.report.findings)
    assert fixed == 2 * hr.Limits().max_weeks


@pytest.mark.parametrize("blank", ["\n", "\r\n", " ;\n", ",,,\n"])
def test_g8_blank_lines_before_the_header(tmp_path: Path, blank: str) -> None:
    """An export with blank lines (or lines of bare separators) before its header was 'empty file:
    no header and no rows'. They are skipped; line numbers still count them."""
    text = (DATA / "strong_v1.csv").read_text(encoding="utf-8")
    plain = hr.load_log(io.StringIO(text))
    padded = blank * 5000 + text
    file = write(tmp_path, "padded.csv", padded)
    for source in (file, io.StringIO(padded)):
        log = hr.load_log(source)
        assert len(log.workouts) == len(plain.workouts) and log.rows == plain.rows
    bad = text.replace("\n", "\n" + "Z,Z,Z,Z,Z,Z,Z,Z,Z,Z,Z,Z,Z,Z,Z\n", 1)  # a row too wide, on line 2
    assert [i.line for i in hr.load_log(io.StringIO(bad), unit="kg").issues][1:2] == [2]  # unit= said first
    assert [i.line for i in hr.load_log(io.StringIO(blank * 3 + bad), unit="kg").issues][1:2] == [5]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_g9_utf16_and_utf32_with_a_byte_order_mark_are_text(tmp_path: Path, encoding: str) -> None:
    """A UTF-16 export (Excel's 'Unicode text', Windows tools) was 'looks like a binary file'.
    A byte order mark says the encoding: the log, program or catalog is read as text."""
    import codecs

    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    text = (DATA / "hevy_kg.csv").read_text(encoding="utf-8")
    log = write(tmp_path, "u.csv", "")
    log.write_bytes(bom + text.encode(encoding))
    assert len(hr.load_log(log).workouts) == len(hr.load_log(DATA / "hevy_kg.csv").workouts)
    program = tmp_path / "p.yaml"
    yaml_text = (EXAMPLES / "typical_leg_day.yaml").read_text(encoding="utf-8")
    program.write_bytes(bom + yaml_text.encode(encoding))
    assert hr.check(program).program == "Typical leg day"


def test_g10_text_that_names_things_cannot_drive_a_terminal() -> None:
    """``str(finding)``, ``str(location)``, ``Resolution.describe()`` and
    ``RecommendationResult.explain()`` put a session or exercise name from a file into text
    raw: an escape sequence cleared the screen of whoever printed them, a newline forged a line."""
    forged = "A\x1b[2J\u202eB\nHR001 forged"
    catalog = hr.Catalog.builtin().with_exercises(_catalog_named(forged))
    entry = {"exercise": forged, "sets": 3, "reps": 8}
    program = {"name": "p", "sessions": [{"name": forged, "exercises": [entry]}]}
    report = hr.check(program)
    excluded = hr.recommend("tie-in", catalog=catalog, exclude=["zz_x"])
    texts = [
        *(str(f) for f in report.findings),
        *(str(f.location) for f in report.findings),
        catalog.classify("zz_x").describe(),
        hr.Catalog.builtin().classify(forged).describe(),
        hr.recommend("tie-in", catalog=catalog).explain("zz_x"),
        excluded.explain("zz_x"),
    ]
    for text in texts:
        assert "\x1b" not in text and "\u202e" not in text, text
        assert not any(line.startswith("HR001 forged") for line in text.splitlines()), text


_MARKUP_PIECES = st.sampled_from(
    [
        *"\\`*_[]<>~|&$#!()-+=.:;'\" \tabcXYZ019/\n{}^%@",
        "&amp;",
        "&#60;",
        "<script>",
        "1.",
        "    ",
        "---",
        "http://x",
    ]
)


@given(st.lists(_MARKUP_PIECES, max_size=12).map("".join))
@settings(deadline=None)
def test_g2_markdown_text_renders_as_written(value: str) -> None:
    """Property: any text the Markdown emitter writes - in a list item or a table cell - renders
    (CommonMark with raw HTML, GitHub tables) as exactly the text, escaped onto its line(s)."""
    import html
    import re

    from hamstring_rules.emitters._tables import markdown_table, md_text
    from hamstring_rules.errors import one_line

    markdown_it = pytest.importorskip("markdown_it")
    md = markdown_it.MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    expected = one_line(value, len(value)).strip()
    item = re.fullmatch(r"<ul>\n<li>(.*)</li>\n</ul>\n", md.render("- " + md_text(value) + "\n"), re.S)
    if expected:
        assert item is not None and html.unescape(item.group(1)) == expected
    cells = re.findall(r"<td>(.*?)</td>", md.render(markdown_table(["a", "b"], [[value, "x"]])), re.S)
    lines = [one_line(part, len(part)).strip() for part in value.split("\n")]
    assert [html.unescape(c).split("<br>") for c in cells] == [lines, ["x"]]


@pytest.mark.parametrize("value", [None, "2", 1.5, True, 0, [2], float("nan")])
def test_g11_groups_checks_min_weeks_on_a_multi_week_report(value: Any) -> None:
    """``Report.groups(min_weeks=)`` compared a week count with the value only when the report
    had two checked weeks (a one-week report returned before): a str was a TypeError, NaN
    silently no groups. It is an integer of at least 1, whatever the report."""
    report = hr.check(hr.load_log(DATA / "hevy_kg.csv"))
    assert sum(w.trained for w in report.weeks) >= 2
    documented(lambda: report.groups(min_weeks=value))
    assert report.groups(min_weeks=2) == report.groups()


def test_g12_fixing_a_file_whose_weeks_are_yaml_aliases(tmp_path: Path) -> None:
    """``check --fix`` of a program whose weeks repeat through a YAML anchor (``- *week``)
    applied each week's edits to the one shared node: every week got every week's inserted
    exercises (three copies of the finisher). An edited part is copied first; the file then
    holds what ``fix()`` returns."""
    from hamstring_rules.cli import main

    text = (
        "name: repeated\ngoal: tie_in_hypertrophy\nweeks:\n"
        "  - &week\n    sessions:\n      - name: A\n        day: mon\n        exercises:\n"
        "          - {exercise: RDL, sets: 1, reps: 1}\n"
        "  - *week\n  - *week\n"
    )
    file = write(tmp_path, "repeated.yaml", text)
    expected = hr.fix(file, unsafe=True)
    assert expected.steps
    argv = ["check", "--fix", "--unsafe-fixes", "--exit-zero", str(file)]
    assert main(argv, stdout=io.StringIO(), stderr=io.StringIO()) == 0
    assert hr.load_program(file).to_dict() == expected.program.to_dict()
    assert hr.check(file).counts() == expected.report.counts()
