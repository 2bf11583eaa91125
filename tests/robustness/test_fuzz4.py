"""Regression tests for the fourth fuzzing pass: one test (or parametrised group) per root cause.

Every input gives a correct result or a :class:`~hamstring_rules.HamstringRulesError` naming the
value and where it was - one line, within the documented limits of time and memory.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import hamstring_rules as hr
from hamstring_rules.cli import main

from ..hang import hang_guard

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


def _documented(call: Any, *, normal_s: float = 0.1) -> hr.HamstringRulesError:
    """``call`` raises a one-line HamstringRulesError, far within a hang guard of 20 x its normal
    ``normal_s`` CPU-seconds (a 2 CPU-s budget flaked on a loaded machine)."""
    with hang_guard(normal_s, "_documented"), pytest.raises(hr.HamstringRulesError) as info:
        call()
    assert "\n" not in str(info.value)
    return info.value


STAGES = {"1": "a", "2": "b"}


@pytest.mark.parametrize("value", [[1], {"a": 1}, True, 1.0, "9", 5, -1])
def test_h2_a_goals_default_stage_is_a_stage_number(tmp_path: Path, value: Any) -> None:
    """``default_stage`` was compared with the stages by dict membership: a list raised
    TypeError (unhashable), and ``true`` or ``1.0`` equal stage 1, so they were accepted and
    shown as "stage True" / "stage 1.0" and written to the JSON as ``"stage": true``."""
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps({"goal": [{"id": "g1", "stages": STAGES, "default_stage": value}]}))
    error = _documented(lambda: hr.RuleSet.from_file(pack, base=hr.RuleSet.builtin()))
    assert isinstance(error, hr.RuleError)
    assert "goal g1.default_stage" in str(error) and "one of: 1, 2" in str(error)


def test_h2_a_default_stage_given_as_digits_is_the_stage(tmp_path: Path) -> None:
    """A stage number written as the stage keys are (an int or ASCII digits) is that stage."""
    for value in (2, "2"):
        pack = tmp_path / "pack.json"
        pack.write_text(json.dumps({"goal": [{"id": "g1", "stages": STAGES, "default_stage": value}]}))
        rules = hr.RuleSet.from_file(pack, base=hr.RuleSet.builtin())
        result = hr.recommend(goal="g1", rules=rules)
        assert result.stage == 2 and type(result.stage) is int
        assert json.loads(result.to_json())["stage"] == 2


_DUPLICATES = [
    ("yaml", "name: P\nsessions:\n  - name: A\n    day: mon\n    exercises:\n"
     "      - exercise: Romanian deadlift\n        sets: 3\n        sets: 20\n        reps: 8\n", "x.yaml:8"),
    ("yaml", "name: P\nname: Q\nsessions: []\n", "x.yaml:2"),
    ("yaml", "name: P\nsessions:\n  - <<: {name: A}\n    <<: {day: mon}\n    exercises: []\n", "x.yaml:4"),
    ("json", '{"name": "P", "sessions": [{"name": "A", "day": "mon", "exercises": '
     '[{"exercise": "Romanian deadlift", "sets": 3, "sets": 20, "reps": 8}]}]}', "x.json"),
]  # fmt: skip


@pytest.mark.parametrize(("fmt", "text", "where"), _DUPLICATES)
def test_h3_a_key_written_twice_is_an_error(tmp_path: Path, fmt: str, text: str, where: str) -> None:
    """A key written twice was read silently as its last value (the checker saw sets: 20 where
    the file's reader sees 3), and ``check --fix`` then failed inside ruamel.yaml, which refuses
    duplicate keys: an internal error with a multi-line message. YAML forbids duplicate keys;
    a JSON object with one is refused too, in every file the library parses."""
    file = tmp_path / f"x.{fmt}"
    file.write_text(text)
    error = _documented(lambda: hr.check(file))
    assert isinstance(error, hr.ProgramError)
    assert "duplicate" in error.message and where in str(error.location)
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "--fix", "--unsafe-fixes", str(file)], stdout=out, stderr=err) == 2
    assert "internal error" not in err.getvalue() and err.getvalue().count("\n") == 1
    assert file.read_text() == text


def test_h3_duplicate_keys_in_catalogs_and_rule_packs(tmp_path: Path) -> None:
    """The same parsers read catalogs and rule packs."""
    pack = tmp_path / "pack.json"
    pack.write_text('{"rule": [{"id": "X1", "id": "X2"}]}')
    assert "duplicate key 'id'" in str(_documented(lambda: hr.RuleSet.from_file(pack)))
    catalog = tmp_path / "mine.yaml"
    catalog.write_text("exercise:\n  - id: x\n    id: y\n")
    assert "duplicate key 'id'" in str(_documented(lambda: hr.Catalog.from_file(catalog)))


def test_h3_a_merged_key_may_be_overridden_once(tmp_path: Path) -> None:
    """A mapping's own key overrides a merged one (YAML merge keys), in either order; written
    twice it is a duplicate."""
    head = (
        "name: P\nsessions:\n  - name: A\n    day: mon\n    exercises:\n      - exercise: Romanian deadlift\n"
    )
    ok = [
        head + "        <<: {sets: 3, reps: 8}\n        sets: 4\n",
        head + "        sets: 4\n        <<: {sets: 3, reps: 8}\n",
    ]
    for text in ok:
        file = tmp_path / "ok.yaml"
        file.write_text(text)
        entry = hr.load_program(file).weeks[0].sessions[0].entries[0]
        assert (entry.sets, entry.reps_low) == (4, 8)
    file = tmp_path / "twice.yaml"
    file.write_text(head + "        <<: {sets: 3, reps: 8}\n        sets: 4\n        sets: 5\n")
    assert "duplicate key 'sets'" in str(_documented(lambda: hr.load_program(file)))


def test_h3_fix_rewrites_yaml_that_ruamel_cannot_read(tmp_path: Path) -> None:
    """libyaml reads a tab after a colon (``reps:\\t6-8``) and ruamel.yaml does not: ``check
    --fix`` raised ruamel's ScannerError (an internal error). The file is fixed from the data
    the checker read, without its comments, and the command says so."""
    text = (EXAMPLES / "typical_leg_day.yaml").read_text().replace("reps: 6-8", "reps:\t6-8")
    file = tmp_path / "legs.yaml"
    file.write_text(text)
    before = hr.check(file)
    err = io.StringIO()
    code = main(["check", "--fix", "--unsafe-fixes", str(file)], stdout=io.StringIO(), stderr=err)
    assert code in (0, 1) and "internal error" not in err.getvalue()
    assert "comments not kept" in err.getvalue()
    after = hr.check(file)
    assert len(after.findings) < len(before.findings)
    entries = hr.load_program(file).weeks[0].sessions[0].entries
    assert any(e.exercise == "Squat (Barbell)" and (e.reps_low, e.reps_high) == (6, 8) for e in entries)


_STRONG = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE\n"
)


def _strong_rows(*weights: str) -> str:
    """Strong rows of one exercise, each set numbered (a row repeating the row above, its set
    number too, is one set: logs25)."""
    return _STRONG + "".join(
        f'2025-11-03 18:00:00,"Legs",1h,"Romanian Deadlift (Barbell)",{k},{w},8,0,0,"",,\n'
        for k, w in enumerate(weights, 1)
    )


@pytest.mark.parametrize("keep_sets", [False, True])
def test_h4_a_weight_near_the_float_limit_is_an_input_issue(tmp_path: Path, keep_sets: bool) -> None:
    """A weight of 1e308 (or 1.7e308 lb) is a finite float, so it was kept: its tonnage and
    estimated 1RM became infinite and ``check --format json`` wrote ``Infinity``, which is not
    JSON. A weight over 1,000 kg or negative is dropped with an input issue, the set kept,
    on the column-wise path (many rows) and the row-by-row one."""
    # written out in digits: an exponent (1e308) is no number a log's cell writes (test_log_cells9)
    huge, pounds = "1" + "0" * 308, "17" + "0" * 307
    text = _strong_rows(huge, huge, "-" + huge, "100", *["100"] * 300, pounds)
    log = hr.load_log(io.StringIO(text), keep_sets=keep_sets, unit="kg")
    issues = [str(i) for i in log.issues if "records no weight unit" not in i.message]  # unit= said (logs23)
    over, negative = "is over 1,000 kg, more than anyone lifts", "is negative"
    cases = ((2, "1e+308", over), (3, "1e+308", over), (4, "-1e+308", negative))
    assert issues[:3] == [f"line {n}: weight {w} kg {why}: dropped, the set is kept without its weight"
                          for n, w, why in cases]  # fmt: skip
    assert len(issues) == 4 and issues[3].startswith("line 306: weight 1.7e+308")
    assert sum(e.hard_sets for w in log.workouts for e in w.exercises) == 305
    report = hr.check(log, as_of=date(2026, 1, 1))
    json.loads(report.to_json(), parse_constant=lambda c: pytest.fail(f"{c} in the JSON"))
    assert max(v for weeks in report.e1rm().values() for v in weeks.values()) == pytest.approx(
        126.67, abs=0.05
    )
    file = tmp_path / "x.csv"
    file.write_text(_strong_rows(huge, huge))
    out = io.StringIO()
    main(["check", str(file), "--as-of", "2026-01-01", "--format", "json"], stdout=out, stderr=io.StringIO())
    json.loads(out.getvalue(), parse_constant=lambda c: pytest.fail(f"{c} in the JSON"))


def test_h5_fix_writes_through_a_link_and_keeps_crlf(tmp_path: Path) -> None:
    """``check --fix`` renamed its temporary file over the path it was given: a symbolic link
    became a regular file and its target was left unfixed. And a CRLF file came back with LF
    line ends (every line of the diff changed). The target is rewritten, the link kept; CRLF
    stays CRLF."""
    text = (EXAMPLES / "typical_leg_day.yaml").read_text()
    target = tmp_path / "real" / "legs.yaml"
    target.parent.mkdir()
    target.write_text(text)
    link = tmp_path / "legs.yaml"
    link.symlink_to(target)
    main(["check", "--fix", "--unsafe-fixes", str(link)], stdout=io.StringIO(), stderr=io.StringIO())
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert target.read_text() != text and "Romanian deadlift" in target.read_text()
    assert [p.name for p in target.parent.iterdir()] == ["legs.yaml"]  # no temporary file left
    crlf = tmp_path / "crlf.yaml"
    crlf.write_bytes(text.replace("\n", "\r\n").encode())
    out = io.StringIO()
    main(["check", "--diff", "--unsafe-fixes", str(crlf)], stdout=out, stderr=io.StringIO())
    diff = out.getvalue().split("\n")
    removed = [line for line in diff if line.startswith("-") and not line.startswith("---")]
    assert removed == ["-      - exercise: Romanin Dedlfit\r", "-        sets: 2\r", "-        reps: 8\r"]
    main(["check", "--fix", "--unsafe-fixes", str(crlf)], stdout=io.StringIO(), stderr=io.StringIO())
    data = crlf.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") > len(text.splitlines())


@pytest.mark.parametrize(
    "aliases",
    [EXAMPLES / "hevy_export.csv", EXAMPLES / "typical_leg_day.yaml", "names_only.csv", "empty.csv"],
)
def test_h6_an_aliases_file_without_the_mapping_columns_is_refused(tmp_path: Path, aliases: Any) -> None:
    """``--aliases`` read any CSV and skipped every row without an ``exercise_id``: a workout
    export, a YAML program or a CSV without the column mapped nothing, silently, and the check
    ran as if the reviewed mapping applied. The CSV must have ``name`` and ``exercise_id``."""
    if isinstance(aliases, str):
        file = tmp_path / aliases
        file.write_text("name\nMy RDL\n" if aliases == "names_only.csv" else "")
        aliases = file
    err = io.StringIO()
    argv = ["check", str(EXAMPLES / "typical_leg_day.yaml"), "--aliases", str(aliases)]
    assert main(argv, stdout=io.StringIO(), stderr=err) == 2
    assert err.getvalue().count("\n") == 1 and "'exercise_id'" in err.getvalue()
    assert f"{aliases}:1" in err.getvalue()


def test_h6_the_csv_map_writes_is_read_back(tmp_path: Path) -> None:
    """The mapping ``map --format csv`` writes, reviewed, still loads and applies."""
    names = tmp_path / "names.txt"
    names.write_text("Romanin Dedlfit\nLeg Curls (sitting)\n")
    out = io.StringIO()
    assert main(["map", str(names), "--format", "csv"], stdout=out, stderr=io.StringIO()) == 0
    mapping = tmp_path / "mapping.csv"
    mapping.write_text(
        out.getvalue().replace("Romanin Dedlfit,unknown,,,", "Romanin Dedlfit,unknown,,romanian_deadlift,")
    )
    report = io.StringIO()
    argv = ["check", str(EXAMPLES / "typical_leg_day.yaml"), "--aliases", str(mapping), "--format", "json"]
    assert main(argv, stdout=report, stderr=io.StringIO()) == 1
    codes = {f["code"] for f in json.loads(report.getvalue())["findings"]}
    assert "HR009" not in codes and "HR001" not in codes  # the RDL is known, so the week has a hinge


def test_h7_fixes_that_do_not_help_are_tried_a_bounded_number_of_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule pack (150 rules) whose finding fires on every entry of a 10-entry session, each
    with a fix that cannot clear it: fix() tried every rule's fix, one re-check each, and
    sorted the 1,500 findings again for each (53 CPU-s for 200 rules). The same edits are
    re-checked once per program state, the findings sorted once per report, and at most
    MAX_DROPPED fixes are tried and dropped."""
    from hamstring_rules._fix import MAX_DROPPED, MAX_ROUNDS

    rules = [
        {
            "id": f"MY{i:03d}",
            "symbol": f"my-rule-{i}",
            "scope": "entry",
            "when": {"fact": "sets", "op": "ge", "value": 1},
            "effect": {
                "finding": {
                    "code": f"MY{i:03d}",
                    "severity": "error",
                    "message": "always",
                    "fix": {"fixer": "add-exercise", "role": "heavy_hinge", "applicability": "safe"},
                }
            },
            "rationale": "r",
            "source": "s",
        }
        for i in range(150)
    ]
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps({"rule": rules}))
    ruleset = hr.RuleSet.from_file(pack, base=hr.RuleSet.builtin())
    entry = {"exercise": "Squat", "sets": 3, "reps": 8}
    program = {
        "name": "P",
        "goal": "tie_in_hypertrophy",
        "sessions": [{"name": "A", "exercises": [entry] * 10}],
    }
    hr.check(program, rules=ruleset)  # warm: imports, the catalog's binding
    from hamstring_rules import _check

    checks = []
    real_check = _check.check

    def counted(*args: object, **kwargs: object) -> hr.Report:
        checks.append(1)
        return real_check(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_check, "check", counted)
    with hang_guard(1.5, "fix of a rule pack's findings"):  # a hang guard only (it was 53 CPU-s)
        result = hr.fix(program, rules=ruleset, unsafe=True)
    # the bound is the re-checks (one per program state and dropped fix), not the clock: a
    # timed test flaked on a loaded machine
    assert len(checks) <= 1 + MAX_DROPPED + MAX_ROUNDS, len(checks)
    dropped = [why for _, why in result.why_skipped if not why.startswith("not tried")]
    assert result.steps == () and len(dropped) == MAX_DROPPED
    assert sum(f.code.startswith("MY") for f in result.report.findings) == 1500
    assert len(result.skipped) == result.report.counts()["error"]  # every error left is said


def test_h8_a_check_builds_a_bounded_number_of_findings(tmp_path: Path) -> None:
    """Each limit alone is within budget, but a rule pack's finding rules multiply with the
    program's entries: 1,800 rules firing on each of 21 sessions of 60 entries were 2.3 million
    findings (118 CPU-s, 660 MB, a JSON report of 70 s). Over MAX_FINDINGS is an
    InputLimitError, counted before any finding is built; the codes select/ignore leave out
    do not count."""
    from hamstring_rules import _check

    rules = [
        {
            "id": f"MY{i:03d}",
            "symbol": f"my-rule-{i}",
            "scope": "entry",
            "when": {"fact": "sets", "op": "ge", "value": 1},
            "effect": {"finding": {"code": f"MY{i:03d}", "severity": "info", "message": "always"}},
            "rationale": "r",
            "source": "s",
        }
        for i in range(100)
    ]
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps({"rule": rules}))
    ruleset = hr.RuleSet.from_file(pack, base=hr.RuleSet.builtin())
    session = {"exercises": [{"exercise": "Squat", "sets": 3, "reps": 8}] * 60}
    program = {"name": "wide", "sessions": [{"name": f"S{i}", **session} for i in range(21)]}
    assert getattr(_check, "MAX_FINDINGS", 100_000) < 100 * 21 * 60
    error = _documented(lambda: hr.check(program, rules=ruleset))
    assert isinstance(error, hr.InputLimitError) and "126,000 times" in str(error) and "wide" in str(error)
    assert hr.check(program, rules=ruleset, ignore="MY").codes == hr.check(program).codes
    assert "MY001" in hr.check(program, rules=ruleset, select=["MY001", "HR001"]).codes


def test_h9_an_export_on_standard_input_has_the_logs_byte_limit(tmp_path: Path) -> None:
    """``check -`` read standard input whole and held it to a program's 1 MiB, so a year of a
    Hevy export (1.9 MB) piped in was refused, while the same file named was read (logs may be
    512 MB). An export on stdin - named .csv or recognised by its header - is copied to the
    reader a chunk at a time under the log's limit; a program keeps its 1 MiB."""
    import subprocess
    import sys
    from datetime import datetime, timedelta

    from ..logwriters import write

    sets: list[tuple[str, str, float | None, int]] = [("Romanian Deadlift (Barbell)", "normal", 100.0, 8)] * 5
    export = write(
        "hevy_kg", [(f"W{i}", datetime(2024, 1, 1, 8) + timedelta(days=i), sets) for i in range(3000)]
    )
    assert len(export.encode()) > 1024 * 1024
    argv = [
        sys.executable,
        "-m",
        "hamstring_rules",
        "check",
        "-",
        "--as-of",
        "2032-01-01",
        "--format",
        "json",
    ]
    for extra in ([], ["--stdin-filename", "export.csv"]):
        proc = subprocess.run(
            [*argv, *extra],
            input=export, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert proc.returncode == 1, proc.stderr
        assert len(json.loads(proc.stdout)["summary"]["weeks"]) > 400
    proc = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", "check", "-"],
        input="# " + "x" * (1024 * 1024) + "\n", capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 2 and "over the limit of 1,048,576 bytes" in proc.stderr


@pytest.mark.parametrize("select", ["", " ", ",", " , ", [], ()])
def test_h10_a_selection_of_no_code_is_an_error(select: Any) -> None:
    """``select`` that names no code (an empty string, only separators, an empty list) kept no
    finding: ``check --select "$CODES"`` with an unset variable passed every program, exit 0.
    It is a RequestError; an empty ``ignore`` still ignores nothing."""
    program = EXAMPLES / "typical_leg_day.yaml"
    error = _documented(lambda: hr.check(program, select=select))
    assert isinstance(error, hr.RequestError) and error.location == "select"
    _documented(lambda: hr.fix(program, select=select))
    err = io.StringIO()
    if isinstance(select, str):
        assert main(["check", str(program), "--select", select], stdout=io.StringIO(), stderr=err) == 2
        assert "nothing would be checked" in err.getvalue()
    assert hr.check(program, ignore=select).codes == hr.check(program).codes


def _program(weeks: int, sessions: int, entries: int, **session: Any) -> hr.Program:
    entry = hr.Entry(exercise="Romanian deadlift", sets=3, reps_low=8, reps_high=8)
    week = hr.Week(
        tuple(hr.Session(name=f"S{s}", entries=(entry,) * entries, **session) for s in range(sessions))
    )
    return hr.Program(name="built", weeks=(week,) * weeks)


def test_h11_a_program_built_in_python_is_held_to_the_count_limits() -> None:
    """The count limits (weeks, sessions, exercises, names) were checked on files and mappings
    only: a Program object of 200 weeks of 100 sessions of 500 entries was checked for 394
    CPU-s. And the limits multiply: 104 weeks x 21 sessions x 60 exercises, each within its
    limit, is 131,040 entries (6-7 CPU-s as a mapping). A Program is counted before its fields
    are validated, and a program holds at most ``Limits.max_entries`` (30,000) entries."""
    for program, what in [
        (_program(200, 1, 1, day=0), "200 weeks is over the limit of 104"),
        (_program(1, 22, 1, day=0), "22 sessions is over the limit of 21"),
        (_program(1, 1, 61, day=0), "61 exercises is over the limit of 60"),
        (_program(104, 21, 60, day=0), "over 30,000 exercise entries"),
        (_program(200, 100, 500, day=0), "200 weeks"),
    ]:
        error = _documented(lambda: hr.check(program))  # noqa: B023
        assert isinstance(error, hr.InputLimitError) and what in str(error), str(error)
    strict = hr.Limits(max_weeks=2, max_entries=10)
    assert "3 weeks is over the limit of 2" in str(
        _documented(lambda: hr.check(_program(3, 1, 1), limits=strict))
    )
    assert "over 10 exercise entries" in str(_documented(lambda: hr.check(_program(1, 1, 11), limits=strict)))
    week = {
        "sessions": [
            {"name": f"S{s}", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}] * 60}
            for s in range(21)
        ]
    }
    data = {"name": "wide", "weeks": [week] * 24}
    assert "over 30,000 exercise entries" in str(_documented(lambda: hr.check(data)))
    assert hr.check(_program(23, 21, 60, day=0)).weeks  # 28,980 entries: within the limit
    assert hr.check(_program(1, 1, 1, day=0)).codes == hr.check(_program(1, 1, 1, day=0).to_dict()).codes


def test_h11_a_dated_program_is_a_log_and_may_span_its_weeks() -> None:
    """A Program of dated sessions (a log built in Python) is held to the log's week limit
    (1,040), not a program's 104, and to no entry total (a log is bounded by its bytes)."""
    from datetime import datetime, timedelta

    entry = hr.Entry(exercise="Romanian deadlift", sets=3, reps_low=8, reps_high=8)
    start = datetime(2020, 1, 6, 8)
    weeks = tuple(
        hr.Week((hr.Session(name="A", entries=(entry,), start=start + timedelta(weeks=w)),))
        for w in range(200)
    )
    report = hr.check(hr.Program(name="log", weeks=weeks), as_of=date(2024, 1, 1))
    assert len(report.weeks) == 200


def _forged_logs() -> list[tuple[str, Any]]:
    from datetime import UTC, datetime

    import attrs

    log = hr.load_log(EXAMPLES / "hevy_export.csv")
    first = log.workouts[0]
    entry = first.exercises[0]

    def workout(**changes: Any) -> Any:
        return attrs.evolve(log, workouts=(attrs.evolve(first, **changes),))

    def exercise(**changes: Any) -> Any:
        return workout(exercises=(attrs.evolve(entry, **changes),))

    return [
        ("workouts None", attrs.evolve(log, workouts=None)),  # type: ignore[arg-type]
        ("a workout that is text", attrs.evolve(log, workouts=("x",))),  # type: ignore[arg-type]
        ("start as text", workout(start="2025-01-01")),
        ("start a date", workout(start=date(2025, 1, 1))),
        ("start with a zone", workout(start=datetime(2025, 1, 1, tzinfo=UTC))),
        ("start in year 1", workout(start=datetime(1, 1, 1))),
        ("exercises None", workout(exercises=None)),
        ("negative sets", exercise(hard_sets=-5)),
        ("infinite tonnage", exercise(tonnage_kg=float("inf"))),
        ("unknown format", attrs.evolve(log, format="nope")),
        ("unknown unit", attrs.evolve(log, unit="stone")),
    ]  # fmt: skip


@pytest.mark.parametrize(("what", "log"), _forged_logs(), ids=[w for w, _ in _forged_logs()])
def test_h12_a_workout_log_changed_in_python_is_checked_at_the_boundary(what: str, log: Any) -> None:
    """A WorkoutLog built or changed in Python (``attrs.evolve``) went into check() unchecked:
    workouts None was a TypeError, a date for a start an AttributeError, a zoned start a
    TypeError (naive vs aware), year 1 a ValueError from timestamp(), an unknown format a
    KeyError; an infinite tonnage or an unknown unit gave a report whose JSON failed. It is
    checked as a Program is: a RequestError naming the field."""
    error = _documented(lambda: hr.check(log, as_of=date(2026, 1, 1)))
    assert isinstance(error, hr.RequestError) and str(error.location).startswith("program"), what


def test_h12_logs_read_from_exports_are_not_checked_again() -> None:
    """load_log's logs are trusted (built from the rows it read); a slice is checked and fine."""
    log = hr.load_log(EXAMPLES / "hevy_export.csv")
    whole = hr.check(log, as_of=date(2026, 1, 1))
    assert hr.check(log[:], as_of=date(2026, 1, 1)).codes == whole.codes


class _HostileStr(str):
    def __hash__(self) -> int:
        raise RuntimeError("hash")

    def strip(self, chars: str | None = None) -> str:
        raise RuntimeError("strip")


class _HostileInt(int):
    def __hash__(self) -> int:
        raise RuntimeError("hash")

    def __lt__(self, other: object) -> bool:
        raise RuntimeError("lt")


class _HostileFloat(float):
    def __float__(self) -> float:
        raise RuntimeError("float")

    def __le__(self, other: object) -> bool:
        raise RuntimeError("le")


class _HostileList(list):  # type: ignore[type-arg]
    def __iter__(self) -> Any:
        raise RuntimeError("iter")

    def __len__(self) -> int:
        return 10**20


_PROGRAM = EXAMPLES / "typical_leg_day.yaml"


def _one_entry(**entry: Any) -> dict[str, Any]:
    return {
        "name": "p",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8, **entry}]}],
    }


_CALLS: list[tuple[str, Any]] = [
    ("recommend goal", lambda: hr.recommend(goal=_HostileStr("tie-in"))),
    ("recommend stage", lambda: hr.recommend(goal="rehab", stage=_HostileInt(2))),
    ("recommend pain", lambda: hr.recommend(goal="rehab", stage=2, pain=_HostileFloat(3.0))),
    ("recommend limit", lambda: hr.recommend(goal="tie-in", limit=_HostileInt(3))),
    ("recommend equipment", lambda: hr.recommend(goal="tie-in", equipment=_HostileList(["dumbbell"]))),
    ("recommend exclude", lambda: hr.recommend(goal="tie-in", exclude=[_HostileStr("RDL")])),
    ("check goal", lambda: hr.check(_PROGRAM, goal=_HostileStr("tie-in"))),
    ("check select", lambda: hr.check(_PROGRAM, select=_HostileList(["HR001"]))),
    ("check params", lambda: hr.check(_PROGRAM, params={"HR006": {"min_rest_hours": _HostileFloat(48.0)}})),
    ("substitute", lambda: hr.substitute(_HostileStr("RDL"))),
    ("explain", lambda: hr.explain(_HostileStr("HR006"))),
    ("e1rm", lambda: hr.e1rm(_HostileFloat(100.0), 5)),
    ("program name", lambda: hr.check(_one_entry(exercise=_HostileStr("RDL")))),
    ("program sets", lambda: hr.check(_one_entry(sets=_HostileList([3])))),
]  # fmt: skip


@pytest.mark.parametrize(("what", "call"), _CALLS, ids=[w for w, _ in _CALLS])
def test_h13_a_subclass_of_a_built_in_type_is_read_as_the_built_in(what: str, call: Any) -> None:
    """Arguments that are subclasses of str, int, float or list whose methods raise or lie
    (``__hash__``, ``strip``, ``__lt__``, ``__float__``, ``__iter__``, a ``__len__`` of 10**20)
    ran inside the library: their RuntimeError or OverflowError came out of recommend(),
    check(), substitute(), explain() and e1rm(). The public functions read such arguments as
    the built-in type, through the built-in's own methods: a result, or a documented error."""
    try:
        call()
    except hr.HamstringRulesError as error:
        message = str(error)
    else:
        message = ""
    assert "\n" not in message, what


def test_h13_catalog_methods_read_a_str_subclass_as_the_str() -> None:
    """``Catalog.classify``, ``resolve``, ``get``, ``map_names`` and ``with_aliases`` hashed or
    iterated a hostile subclass inside (its RuntimeError came out); they read it as the
    built-in, as the public functions do."""
    catalog = hr.Catalog.builtin()
    assert catalog.classify(_HostileStr("RDL")).exercise is catalog.classify("RDL").exercise
    assert catalog.resolve(_HostileStr("RDL")) is catalog.resolve("RDL")
    assert catalog.get(_HostileStr("romanian_deadlift")) is catalog.get("romanian_deadlift")
    assert (
        catalog.map_names(_HostileList(["RDL", _HostileStr("Nordic")])).to_csv()
        == catalog.map_names(["RDL", "Nordic"]).to_csv()
    )
    mapped = catalog.with_aliases(
        [{"name": _HostileStr("My RDL"), "exercise_id": _HostileStr("romanian_deadlift")}]
    )
    assert mapped.resolve("My RDL").id == "romanian_deadlift"
