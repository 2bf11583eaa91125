"""Regression tests for the seventh fuzzing pass: one test (or parametrised group) per root cause.

Every input gives a correct result or a :class:`~hamstring_rules.HamstringRulesError` naming the
value and where it was - one line, within the documented limits of time and memory.
"""

from __future__ import annotations

import copy
import io
import json
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.cli import main


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# -- writing a file that is not a regular file ----------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_output_to_a_pipe_writes_into_it_and_leaves_it_a_pipe(tmp_path: Path) -> None:
    """``schema --output PIPE`` renamed a new regular file over the pipe (run as root on
    ``/dev/null``, it replaced the device with a file). A path that exists and is not a regular
    file is written to as it is: the reader gets the schema and the pipe stays a pipe."""
    fifo = tmp_path / "schema.json"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    for _ in range(200):  # until the reader has the pipe open (a writer without one is refused)
        code, _, err = _cli("schema", "--output", str(fifo))
        if code == 0 or "nobody is reading" not in err:
            break
        threading.Event().wait(0.01)
    reader.join(10)
    assert code == 0, err
    assert got and got[0].startswith(b"{") and b'"$defs"' in got[0]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_output_to_a_pipe_nobody_reads_is_an_error_not_a_hang(tmp_path: Path) -> None:
    """Writing to a pipe with no reader would wait forever: it is an error naming the file."""
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    code, _, err = _cli("schema", "-o", str(fifo))
    assert code == 2 and str(fifo) in err and "nobody is reading" in err
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.parametrize("where", ["/", ".", "dir"])
def test_output_to_a_directory_is_an_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """``schema --output /`` was an internal error ("PosixPath('/') has an empty name"): a
    directory is refused by name, and nothing is left beside it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dir").mkdir()
    code, out, err = _cli("schema", "--output", where)
    assert code == 2 and err == f"hamstring-rules: error: {where}: cannot write the file: it is a directory\n"
    assert out == "" and sorted(p.name for p in tmp_path.iterdir()) == ["dir"]


# -- map: which name of the list was too long ------------------------------------------------------


def test_map_names_a_name_over_the_limit_by_its_line(tmp_path: Path) -> None:
    """``map`` of a list with one name over the 200-character limit said only the name's start,
    not which line of which file it was on; blank and comment lines count as lines."""
    names = tmp_path / "names.txt"
    names.write_text("RDL\n\n# a comment\nNordic curl\n" + "x" * 300 + "\nLeg curl\n", encoding="utf-8")
    code, out, err = _cli("map", str(names))
    assert code == 2 and out == ""
    assert err.startswith(f"hamstring-rules: error: {names}:5: 'xxx") and "300 characters" in err


def test_map_names_api_locates_a_name_over_the_limit_by_its_index() -> None:
    """``Catalog.map_names`` locates a name over the limit as ``names[i]``."""
    with pytest.raises(hr.InputLimitError) as info:
        hr.Catalog.builtin().map_names(["RDL", "y" * 500])
    assert info.value.location == "names[1]" and "'yyy" in info.value.message


# -- errors in catalog and rule-pack files name the file -----------------------------------------

_ENTRY = {
    "id": "my_rdl",
    "name": "My RDL",
    "primary_action": "hip_extension",
    "knee": "soft_fixed",
    "hip_flexion": "deep",
    "hamstring_length": "long",
    "load_position": "hands",
    "start_position": "standing",
    "laterality": "bilateral",
    "kind": "compound",
}
_CATALOG_SLIPS: dict[str, Callable[[dict[str, Any]], object]] = {
    "a value out of its choices": lambda e: e.update(knee="bendy"),
    "a required field missing": lambda e: e.pop("knee"),
    "an unknown field": lambda e: e.update(colour="red"),
    "a name that is not text": lambda e: e.update(name=5),
    "aliases that are not a list": lambda e: e.update(aliases="RDL"),
    "a region without its reason": lambda e: e.update(region="distal"),
    "an id that is not a slug": lambda e: e.update(id="My RDL"),
    "malformed": lambda e: None,  # the file is not YAML or JSON: its parser names the file
}
_PACK: dict[str, Any] = {
    "goal": [{"id": "sprinter", "name": "Sprinter"}],
    "rule": [
        {
            "id": "SPR001",
            "symbol": "nordic-for-sprinters",
            "goals": ["sprinter"],
            "when": {"fact": "eccentric_only", "op": "eq", "value": True},
            "effect": {"score": 100},
            "rationale": "r",
            "source": "s",
        }
    ],
}
_PACK_SLIPS: dict[str, Callable[[dict[str, Any]], object]] = {
    "an unknown operator": lambda p: p["rule"][0]["when"].update(op="~"),
    "an unknown fact": lambda p: p["rule"][0]["when"].update(fact="eccentricity"),
    "an unknown goal": lambda p: p["rule"][0].update(goals=["sprintr"]),
    "an unknown key": lambda p: p["rule"][0].update(colour="red"),
    "a score that is not a number": lambda p: p["rule"][0].update(effect={"score": "high"}),
    "a salience that is not a number": lambda p: p["rule"][0].update(salience="high"),
    "a rule without an id": lambda p: p["rule"][0].pop("id"),
    "a goal id that is not a slug": lambda p: p["goal"][0].update(id=5),
}


def _write(path: Path, data: dict[str, Any]) -> None:
    if path.suffix == ".json":
        path.write_text(json.dumps(data), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(data), encoding="utf-8")


def _names_the_file_once(error: hr.HamstringRulesError, path: Path) -> None:
    location = error.location or ""
    assert location.startswith(str(path)[:40]), error
    assert str(error).count(path.name) == 1, error


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
@pytest.mark.parametrize("slip", sorted(_CATALOG_SLIPS))
def test_an_error_in_a_catalog_file_names_the_file(tmp_path: Path, suffix: str, slip: str) -> None:
    """An exercise's error in a catalog file said ``exercise 'my_rdl'.knee``, not which file:
    beside a program (``check p.yaml --catalog mine.yaml``) it read as the program's. Every
    error names the file, once."""
    entry = dict(_ENTRY)
    _CATALOG_SLIPS[slip](entry)
    path = tmp_path / f"mine{suffix}"
    if slip == "malformed":
        path.write_text("exercise: [\n", encoding="utf-8")
    else:
        _write(path, {"exercise": [entry]})
    with pytest.raises(hr.CatalogError) as info:
        hr.Catalog.from_file(path)
    _names_the_file_once(info.value, path)


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
@pytest.mark.parametrize("slip", sorted(_PACK_SLIPS))
@pytest.mark.parametrize("base", [True, False])
def test_an_error_in_a_rule_pack_names_the_file(tmp_path: Path, suffix: str, slip: str, base: bool) -> None:
    """A rule's error in a pack said ``rule SPR001.when.op``, not which file; it names it, once."""
    pack = copy.deepcopy(_PACK)
    _PACK_SLIPS[slip](pack)
    path = tmp_path / f"pack{suffix}"
    _write(path, pack)
    with pytest.raises(hr.RuleError) as info:
        hr.RuleSet.from_file(path, base=hr.RuleSet.builtin() if base else None)
    _names_the_file_once(info.value, path)


def test_the_cli_names_the_catalog_file_beside_the_program(tmp_path: Path) -> None:
    """``check program --catalog mine.yaml``: the error is the catalog's, and says so."""
    entry = dict(_ENTRY, knee="bendy")
    path = tmp_path / "mine.yaml"
    _write(path, {"exercise": [entry]})
    program = tmp_path / "program.yaml"
    program.write_text(
        "name: p\nsessions:\n- day: mon\n  exercises:\n  - {exercise: RDL, sets: 3, reps: 8}\n", "utf-8"
    )
    code, _, err = _cli("check", str(program), "--catalog", str(path))
    assert code == 2 and "mine.yaml: exercise 'my_rdl'.knee: invalid value 'bendy'" in err


# -- a rule pack naming a rule or goal id twice ----------------------------------------------------


@pytest.mark.parametrize("kind", ["rule", "goal"])
@pytest.mark.parametrize("base", [True, False])
def test_a_pack_naming_an_id_twice_is_an_error_with_or_without_a_base(
    tmp_path: Path, kind: str, base: bool
) -> None:
    """Loaded onto the built-in rules, a pack with two rules (or goals) of one id kept the last
    and dropped the first without a word (alone, it was already an error): replacing an
    existing id is documented, two of the pack's own are a slip. The error names the id."""
    pack = copy.deepcopy(_PACK)
    twin = copy.deepcopy(pack[kind][0])
    if kind == "rule":
        twin["effect"] = {"score": -100}
    else:
        twin["name"] = "Other sprinter"
    pack[kind].append(twin)
    path = tmp_path / "pack.json"
    _write(path, pack)
    with pytest.raises(hr.RuleError) as info:
        hr.RuleSet.from_file(path, base=hr.RuleSet.builtin() if base else None)
    wanted = "SPR001" if kind == "rule" else "sprinter"
    assert f"duplicate {kind} id '{wanted}'" in str(info.value)
    _names_the_file_once(info.value, path)


def test_with_rules_and_with_goals_refuse_two_of_one_id_but_replace_an_existing_one() -> None:
    """``with_rules([r, r2])`` of one id is an error; one rule with an existing id replaces it."""
    rules = hr.RuleSet.builtin()
    rule = rules.get("TI001")
    changed = attrs.evolve(rule, salience=rule.salience + 1)
    assert rules.with_rules([changed]).get("TI001") == changed
    with pytest.raises(hr.RuleError, match="duplicate rule id 'TI001'"):
        rules.with_rules([rule, changed])
    goal = rules.goal("rehab")
    with pytest.raises(hr.RuleError, match="duplicate goal id 'rehab'"):
        rules.with_goals([goal, attrs.evolve(goal, name="Rehab 2")])
    with pytest.raises(hr.RuleError, match="duplicate goal id 'rehab'"):
        hr.RuleSet(rules.rules, [*rules.goals, goal])


# -- an aliases file's bad record names its line ---------------------------------------------------

_PROGRAM = "name: p\nsessions:\n- day: mon\n  exercises:\n  - {exercise: RDL, sets: 3, reps: 8}\n"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ("RDL,no_such_exercise", "unknown exercise 'no_such_exercise'"),
        (",nordic_curl", "expected a name and an exercise id, got '': 'nordic_curl'"),
        ("x" * 300 + ",nordic_curl", "name of 300 characters is over the limit of 200"),
    ],
)
def test_a_bad_record_of_an_aliases_csv_names_its_line(tmp_path: Path, record: str, message: str) -> None:
    """``--aliases reviewed.csv`` with a bad record said what was wrong (``unknown exercise``)
    but neither the file nor the line. Blank lines and a cell spanning two lines are counted."""
    aliases = tmp_path / "reviewed.csv"
    aliases.write_text(
        f'name,exercise_id\nMy RDL,romanian_deadlift\n\n"Two\nlines",nordic_curl\n{record}\n', "utf-8"
    )
    program = tmp_path / "p.yaml"
    program.write_text(_PROGRAM, "utf-8")
    code, _, err = _cli("check", str(program), "--aliases", str(aliases))
    assert code == 2 and err.startswith(f"hamstring-rules: error: {aliases}:6: {message}"), err


def test_a_bad_record_of_an_aliases_json_names_its_position(tmp_path: Path) -> None:
    """A JSON aliases file's bad record is named by its position in the list."""
    aliases = tmp_path / "reviewed.json"
    aliases.write_text('[{"name": "My RDL", "exercise_id": "romanian_deadlift"}, 5]', "utf-8")
    program = tmp_path / "p.yaml"
    program.write_text(_PROGRAM, "utf-8")
    code, _, err = _cli("check", str(program), "--aliases", str(aliases))
    assert code == 2 and f"{aliases}: [1]: expected a record (mapping), got int" in err


@pytest.mark.parametrize(
    ("names", "where"),
    [
        (
            [{"name": "My RDL", "exercise_id": "romanian_deadlift"}, {"name": "X", "exercise_id": "nope"}],
            "names[1]",
        ),
        ({"My RDL": "romanian_deadlift", "Leg thing": "nope"}, "names['Leg thing']"),
        ([{"name": "My RDL", "exercise_id": "romanian_deadlift"}, 5], "names[1]"),
    ],
)
def test_with_aliases_locates_a_bad_entry(names: Any, where: str) -> None:
    """``Catalog.with_aliases`` names the record (its index) or the mapping's key at fault."""
    with pytest.raises(hr.HamstringRulesError) as info:
        hr.Catalog.builtin().with_aliases(names)
    assert info.value.location == where


# -- a plan's notes name roles as its table does ---------------------------------------------------

_GOALS = [
    "distal_hypertrophy",
    "posterior_chain",
    "rehab",
    "strain_prevention",
    "strain_rehab",
    "tie_in_hypertrophy",
]


@pytest.mark.parametrize("goal", _GOALS)
@pytest.mark.parametrize("minutes", [15, 20, 30])
def test_a_role_left_out_to_fit_the_minutes_is_named_not_given_by_id(goal: str, minutes: int) -> None:
    """PL003 of a distal plan in 20 minutes said "The role 'unilateral' is left out" - the id of
    a role the goal does not declare (a check's repair added it) - where the plan's table and
    ``to_pandas()`` say 'Unilateral'. A role left out is named as some goal names it."""
    import re

    names = {r.name for g in hr.RuleSet.builtin().goals for r in g.roles}
    plan = hr.plan(goal, minutes=minutes, stage=2 if "rehab" in goal else None)
    for note in plan.notes:
        if note.code == "PL003":
            role = re.match(r"The role '(.+?)' is left out", note.message)
            assert role and role[1] in names, note.message


# -- standard input given twice ----------------------------------------------------------------------


@pytest.mark.parametrize("argv", [["check", "-", "-"], ["check", "-", "x.yaml", "-", "--format", "json"]])
def test_standard_input_given_twice_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    """``check - -`` read the program on stdin, then an empty stdin as a second program: "a
    program must be a mapping with 'name' and 'sessions', got NoneType". Stdin can be read once."""
    import sys

    text = "name: p\nsessions:\n- day: mon\n  exercises:\n  - {exercise: RDL, sets: 3, reps: 8}\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code, out, err = _cli(*argv)
    assert code == 2 and out == ""
    assert err == "hamstring-rules: error: - (stdin) can be read once; it is given 2 times\n"


# -- SARIF's file URIs -----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", blacklist_characters="\x00"), min_size=1))
def test_a_sarif_uri_is_a_uri_reference_naming_the_path(path: str) -> None:
    """SARIF's ``artifactLocation.uri`` must be a URI reference: a path was written as it was,
    so ``leg day #2.yaml`` read as a fragment ``#2.yaml``, a ``?`` as a query, a ``%`` or a space
    as an invalid URI. Percent-decoded, the URI is the path again, with no scheme, query or
    fragment of its own."""
    from urllib.parse import unquote, urlsplit

    from hamstring_rules.emitters.sarif import uri

    text = uri(path)
    parts = urlsplit(text)
    assert (parts.scheme, parts.query, parts.fragment) == ("", "", ""), text
    assert text.isascii() and " " not in text
    decoded = unquote(parts.path)
    assert decoded.removeprefix("./") == Path(path).as_posix() or decoded == Path(path).as_posix()


def test_check_sarif_of_a_file_whose_name_has_uri_delimiters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``check 'a#b%c/leg day ü?.yaml' --format sarif`` gives the percent-encoded relative URI."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "a#b%c"
    folder.mkdir()
    (folder / "leg day ü?.yaml").write_text(_PROGRAM, "utf-8")
    code, out, _ = _cli("check", "a#b%c/leg day ü?.yaml", "--format", "sarif")
    result = json.loads(out)["runs"][0]["results"][0]
    assert code == 1
    assert (
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        == "a%23b%25c/leg%20day%20%C3%BC%3F.yaml"
    )


# -- a workout whose every row was refused -----------------------------------------------------------

_HEVY = (
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
    "set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
)


def _hevy_row(title: str, day: int, name: str) -> str:
    return f'{title},"{day} Nov 2025, 07:00","{day} Nov 2025, 08:00",,{name},,,0,normal,100,8,,,\n'


def test_a_workout_whose_rows_all_have_over_long_names_is_not_kept() -> None:
    """A workout whose only rows named an exercise over the 200-character limit was kept with no
    exercise (``<Workout 'B': 0 exercises>``): the row was refused after its workout was made."""
    data = _hevy_row("A", 3, "Romanian Deadlift (Barbell)") + _hevy_row("B", 4, "R" * 300)
    log = hr.load_log((_HEVY + data).encode())
    assert [w.title for w in log.workouts] == ["A"]
    assert [(i.line, "300 characters" in i.message) for i in log.issues] == [(3, True)]


@pytest.mark.parametrize("rows", [1, 3])
def test_a_log_whose_every_name_is_over_long_is_no_sets_found(rows: int) -> None:
    """Such a log was checked as a clean one - 'No findings', exit 0 - where a log whose every
    row fails for another reason is an error: no sets found, the first bad row named."""
    data = "".join(_hevy_row("B", 4 + i, "R" * 300) for i in range(rows))
    with pytest.raises(
        hr.LogFormatError, match=r"no sets found in \d+ rows?; \d+ bad rows?, first line 2: an exercise name"
    ):
        hr.load_log((_HEVY + data).encode())


# -- plotting a log with nothing to label ------------------------------------------------------------


def test_plotting_a_log_of_warm_up_sets_alone_warns_nothing() -> None:
    """``check(log).plot()`` of a log with warm-up sets alone (no hard set: no bar) called
    ``legend()`` on axes with nothing labelled, and matplotlib warned - an error under ``-W error``."""
    import warnings

    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    report = hr.check(hr.load_log(b"Date,Exercise,Reps,Set Type\n2025-11-03,RDL,8,warmup\n"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = report.plot()
    assert figure is not None
    plt.close("all")


# -- normalize_name of a huge text ---------------------------------------------------------------------


def test_normalize_name_refuses_a_text_over_the_name_limit() -> None:
    """``hr.normalize_name('x' * 100_000)`` took over 30 s (the typing-slip repair of one long
    word costs the square of its length); every other name input stops at 200 characters, and so
    does this one - the limit itself still folds."""
    with pytest.raises(hr.InputLimitError, match="a name of 20,000 characters is over the limit of 200"):
        hr.normalize_name("x" * 20_000)
    assert hr.normalize_name("Stiff-legged Deadlifts " + "x" * 177) == "stiff leg deadlift " + "x" * 177


@pytest.mark.parametrize("path", ["//", "//host/log.csv", "///x.csv"])
def test_a_path_of_two_leading_slashes_is_no_host(path: str) -> None:
    from urllib.parse import unquote, urlsplit

    from hamstring_rules.emitters.sarif import uri

    parts = urlsplit(uri(path))
    assert parts.netloc == "" and unquote(parts.path) == Path(path).as_posix()
