"""The command line, driven as a user drives it: ``main()`` with the arguments a user types, its
output and exit code as a shell sees them; a subprocess where the process itself is the subject
(``python -m``, the console script, standard input, a terminal)."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import hamstring_rules as hr

from ..clirun import cli

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"
CLEAN = str(EXAMPLES / "article_program.yaml")
DIRTY = str(EXAMPLES / "typical_leg_day.yaml")


def run_process(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m hamstring_rules ARGS`` in a new interpreter (1-2 CPU-s a call: the import and
    the cold caches)."""
    return subprocess.run(
        [sys.executable, "-m", "hamstring_rules", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``hamstring-rules ARGS`` by main() in this process (test_python_m_exits_with_the_code_main_returns
    checks that the process gives the same)."""
    return cli(*args)


def assert_user_error(proc: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_recommend_text() -> None:
    """recommend prints the explained table."""
    proc = run("recommend", "--goal", "rehab")
    assert proc.returncode == 0
    assert "Romanian deadlift" in proc.stdout and "Not recommended" in proc.stdout


def test_recommend_json_contract() -> None:
    """recommend --format json has the documented keys."""
    proc = run("recommend", "--goal", "tie-in", "--limit", "3", "--format", "json")
    data = json.loads(proc.stdout)
    assert {"goal", "stage", "recommendations", "excluded", "notes", "schema_version"} <= set(data)
    rec = data["recommendations"][0]
    assert {"rank", "id", "name", "score", "reasons", "prescription", "cues"} <= set(rec)
    assert {"rule", "effect", "rationale"} <= set(rec["reasons"][0])
    assert {"id", "name", "rule", "reason"} <= set(data["excluded"][0])
    assert [r["rank"] for r in data["recommendations"]] == [1, 2, 3]


def test_recommend_markdown_and_options() -> None:
    """Markdown output, equipment, exclude and stage work together."""
    proc = run(
        "recommend",
        "--goal",
        "rehab",
        "--stage",
        "2",
        "--pain",
        "6",
        "--equipment",
        "cable",
        "machine",
        "--exclude",
        "Lying Leg Curl",
        "--format",
        "markdown",
    )
    assert proc.returncode == 0
    assert "| 1 |" in proc.stdout and "Lying leg curl" not in proc.stdout.split("**Not recommended**")[0]
    assert "stepped back" in proc.stdout


def test_python_m_exits_with_the_code_main_returns() -> None:
    """The process exits with main()'s code: 0 for a clean program, 1 with findings (the exit
    code a CI script reads; the other tests call main() in this process)."""
    assert run_process("check", CLEAN).returncode == 0
    dirty = run_process("check", DIRTY)
    assert dirty.returncode == 1 and dirty.stdout == run("check", DIRTY).stdout


def test_check_exit_codes() -> None:
    """0 when clean, 1 with findings at or above fail-on, 0 with --exit-zero."""
    assert run("check", CLEAN).returncode == 0
    assert run("check", DIRTY).returncode == 1
    assert run("check", DIRTY, "--exit-zero").returncode == 0
    assert run("check", DIRTY, "--select", "HR009", "--fail-on", "error").returncode == 0
    assert run("check", DIRTY, "--fail-on", "error").returncode == 1


def test_check_json_contract() -> None:
    """check --format json: program, goal, findings with the documented fields, summary."""
    data = json.loads(run("check", DIRTY, "--format", "json").stdout)
    assert {"program", "goal", "findings", "summary", "schema_version"} <= set(data)
    assert {"code", "symbol", "severity", "message", "location", "suggestion"} <= set(data["findings"][0])
    assert data["summary"]["ok"] is False


def test_check_several_files_json_is_a_list() -> None:
    """Several programs give a JSON array of reports."""
    data = json.loads(run("check", CLEAN, DIRTY, "--format", "json").stdout)
    assert isinstance(data, list) and len(data) == 2


def test_check_sarif() -> None:
    """SARIF 2.1.0 with the rules listed and YAML line numbers."""
    data = json.loads(run("check", DIRTY, "--format", "sarif").stdout)
    assert data["version"] == "2.1.0"
    run0 = data["runs"][0]
    ids = [r["id"] for r in run0["tool"]["driver"]["rules"]]
    assert "HR001" in ids and ids == sorted(ids)
    unknown = next(r for r in run0["results"] if r["ruleId"] == "HR009")
    region = unknown["locations"][0]["physicalLocation"]["region"]
    line = Path(DIRTY).read_text().splitlines()[region["startLine"] - 1]
    assert "Romanin" in line
    assert run0["tool"]["driver"]["rules"][unknown["ruleIndex"]]["id"] == "HR009"


def test_check_params_and_select() -> None:
    """--param sets a threshold; --ignore drops codes."""
    proc = run("check", DIRTY, "--param", "HR012.min_sets=2", "--ignore", "HR001,HR002", "--format", "json")
    codes = {f["code"] for f in json.loads(proc.stdout)["findings"]}
    assert "HR012" not in codes and "HR001" not in codes and "HR005" in codes


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_check_rejects_an_unknown_code(flag: str) -> None:
    """--select/--ignore HR999: exit 2, one stderr line with did-you-mean (not 0 findings)."""
    assert_user_error(run("check", DIRTY, flag, "HR999"), "HR999", "did you mean")


def test_check_select_takes_a_symbol() -> None:
    """--select missing-hip-hinge keeps HR001 as --select HR001 does."""
    proc = run("check", DIRTY, "--select", "missing-hip-hinge", "--format", "json")
    assert {f["code"] for f in json.loads(proc.stdout)["findings"]} == {"HR001"}


@pytest.mark.parametrize("subject", ["HR001", "hr006", "Romanian Deadlift (Barbell)", "TI001"])
def test_explain(subject: str) -> None:
    """explain documents codes, exercises and rules."""
    proc = run("explain", subject)
    assert proc.returncode == 0 and len(proc.stdout) > 200


def test_explain_facts_lists_the_vocabulary_with_docs() -> None:
    """explain --facts [SCOPE] prints each fact a rule may read, with its type and doc."""
    import io

    from hamstring_rules import cli

    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["explain", "--facts", "week"], stdout=out, stderr=err) == 0
    text = out.getvalue()
    assert "  hinge_sets: number - hard sets of straight-knee hip extension" in text
    assert "{min_gap_sessions} (message templates only)" in text
    assert "spinal_load" not in text  # an exercise fact, not a week fact
    out = io.StringIO()
    assert cli.main(["explain", "--facts"], stdout=out, stderr=err) == 0
    assert "  spinal_load: one of low < moderate < high - load on the spine" in out.getvalue()
    assert cli.main(["explain", "--facts", "weak"], stdout=io.StringIO(), stderr=err) == 2
    assert "unknown scope 'weak'" in err.getvalue()


def test_exercises_goals_schema() -> None:
    """The listing commands work in every format."""
    assert "romanian_deadlift" in run("exercises", "--action", "hip_extension").stdout
    data = json.loads(run("exercises", "--region", "distal", "--format", "json").stdout)
    assert data and all(e["region"] == "distal" for e in data)
    assert "tie_in_hypertrophy" in run("goals").stdout
    assert json.loads(run("goals", "--format", "json").stdout)[0]["id"]
    assert json.loads(run("schema").stdout)["title"] == "hamstring_rules program"


def test_bad_inputs_give_one_line_and_exit_2(tmp_path: Path) -> None:
    """Missing file, malformed YAML, invalid values, unknown goal: one stderr line, exit 2."""
    assert_user_error(run("check", str(tmp_path / "missing.yaml")), "missing.yaml", "file not found")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: [oops")
    assert_user_error(run("check", str(bad)), "bad.yaml", "malformed YAML")
    invalid = tmp_path / "invalid.yaml"
    invalid.write_text(
        "name: x\nsessions:\n  - name: A\n    exercises:\n      - {exercise: RDL, sets: 0, reps: 8}\n"
    )
    assert_user_error(run("check", str(invalid)), "sessions[0].exercises[0].sets")
    assert_user_error(run("recommend", "--goal", "rehabb"), "unknown goal 'rehabb'", "rehab")
    assert_user_error(run("recommend", "--goal", "rehab", "--stage", "9"), "stage")
    assert_user_error(run("explain", "HR999"), "unknown")
    assert_user_error(run("check", DIRTY, "--param", "oops"), "--param")
    assert_user_error(run("recommend"), "--goal")


def test_debug_shows_traceback(tmp_path: Path) -> None:
    """--debug prints the traceback of a user error."""
    proc = run("--debug", "check", str(tmp_path / "missing.yaml"))
    assert proc.returncode == 2 and "Traceback" in proc.stderr


def test_internal_error_asks_for_a_report(monkeypatch: pytest.MonkeyPatch) -> None:
    """An internal bug prints one line asking to report it and exits 2."""
    import io

    from hamstring_rules import cli

    def boom(*_: object, **__: object) -> int:
        raise ZeroDivisionError("bug")

    monkeypatch.setitem(cli._COMMANDS, "goals", boom)
    err = io.StringIO()
    assert cli.main(["goals"], stdout=io.StringIO(), stderr=err) == 2
    assert "internal error" in err.getvalue() and "report" in err.getvalue()
    assert "Traceback" not in err.getvalue()


def test_console_script_is_installed() -> None:
    """The hamstring-rules script is on PATH next to the interpreter."""
    script = Path(sys.executable).parent / "hamstring-rules"
    proc = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and proc.stdout.startswith("hamstring-rules ")


# -- a CLI that fits a terminal ---------------------------------------------------------------

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """Make in-process runs see a terminal of the given width (shutil reads COLUMNS first)."""
    from hamstring_rules import cli

    def columns(width: int) -> None:
        monkeypatch.setattr(cli, "_is_terminal", lambda out: True)
        monkeypatch.setenv("COLUMNS", str(width))
        monkeypatch.setenv("NO_COLOR", "1")

    return columns


def run_in_process(*args: str) -> tuple[int, str]:
    """main() in this process, returning (code, stdout)."""
    from hamstring_rules.cli import main

    out = io.StringIO()
    code = main(list(args), stdout=out, stderr=io.StringIO())
    return code, out.getvalue()


TERMINAL_COMMANDS = [
    ("recommend", "--goal", "tie-in"),
    ("recommend", "--goal", "rehab", "--limit", "3", "--pain", "7"),
    ("check", DIRTY, CLEAN, str(EXAMPLES / "hevy_export.csv")),
    ("exercises",),
    ("explain", "HR006"),
    ("explain", "Romanian deadlift"),
    ("explain", "TI001"),
    ("goals",),
    ("plan", "--goal", "tie-in", "--days", "3", "--format", "text"),
]


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize("command", TERMINAL_COMMANDS, ids=" ".join)
def test_text_fits_the_terminal(
    terminal: Callable[[int], None], columns: int, command: tuple[str, ...]
) -> None:
    """At 80 and 100 columns no line of text output is wider than the terminal."""
    terminal(columns)
    _, text = run_in_process(*command, "--color", "always")
    lines = [ANSI.sub("", line) for line in text.splitlines()]
    assert lines and [ln for ln in lines if len(ln) > columns] == []


def test_narrow_terminal_drops_low_value_columns(terminal: Callable[[int], None]) -> None:
    """Below the table's width the placement column goes before the reasons are squeezed."""
    terminal(200)
    _, wide = run_in_process("recommend", "--goal", "tie-in", "--limit", "3")
    terminal(80)
    _, narrow = run_in_process("recommend", "--goal", "tie-in", "--limit", "3")
    assert "placement" in wide and "placement" not in narrow
    assert "why (rules that fired)" in narrow


def test_piped_output_keeps_the_fixed_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a terminal: the text is str(result)'s, uncoloured (scripts parse it), even with COLUMNS."""
    monkeypatch.setenv("COLUMNS", "60")
    _, text = run_in_process("check", DIRTY)
    assert text.startswith(str(hr.check(Path(DIRTY)))) and "\x1b[" not in text


def test_color_flag_and_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    """--color always colours severities, never and piped auto do not."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[31m[error]" in run_in_process("check", DIRTY, "--color", "always")[1]
    assert "\x1b[" not in run_in_process("check", DIRTY, "--color", "never")[1]
    assert "\x1b[" not in run_in_process("check", DIRTY)[1]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize(("no_color", "coloured"), [(None, True), ("1", False)])
def test_colour_on_a_tty_honours_no_color(no_color: str | None, coloured: bool) -> None:
    """On a real (pseudo-)terminal auto colours, unless NO_COLOR is set."""
    leader, follower = os.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
    env["TERM"] = "xterm"
    if no_color:
        env["NO_COLOR"] = no_color
    proc = subprocess.Popen(
        [sys.executable, "-m", "hamstring_rules", "check", DIRTY], stdout=follower, stderr=follower, env=env
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=120)
    os.close(leader)
    text = b"".join(chunks).decode()
    assert ("\x1b[" in text) == coloured
    assert "HR001" in text


def test_limit_applies_to_exclusions_too() -> None:
    """--limit 3 lists 3 exclusions and says how many more there are."""
    _, text = run_in_process("recommend", "--goal", "tie-in", "--limit", "3")
    listed = text.split("Not recommended:")[1].split("Notes:")[0]
    total = len(hr.recommend("tie-in").excluded)
    assert listed.count("\n  - ") == 3
    assert f"... and {total - 3} more" in listed


def test_hints_are_commands_in_the_cli() -> None:
    """The CLI's hints name hamstring-rules commands and flags, not Python calls."""
    _, rec = run_in_process("recommend", "--goal", "tie-in")
    assert "hamstring-rules explain 'Romanian deadlift'" in rec and "result.explain" not in rec
    _, doc = run_in_process("explain", "HR006")
    assert "hamstring-rules check PROGRAM --param HR006.min_rest_hours=48" in doc
    program = (
        "name: x\nsessions:\n  - name: A\n    exercises:\n      - {exercise: Qqqzzz, sets: 3, reps: 8}\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", "check", "-", "--format", "json"],
        input=program, capture_output=True, text=True, check=False,
    )  # fmt: skip
    unknown = next(f for f in json.loads(proc.stdout)["findings"] if f["code"] == "HR009")
    assert "--catalog FILE" in unknown["suggestion"]


def test_check_reads_standard_input() -> None:
    """check - reads the program from stdin; --stdin-filename names it and picks its format."""
    proc = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", "check", "-", "--format", "sarif"],
        input=Path(DIRTY).read_text(), capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    results = json.loads(proc.stdout)["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {"stdin.yaml"}
    assert any(r["ruleId"] == "HR009" and "region" in r["locations"][0]["physicalLocation"] for r in results)
    proc = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", "check", "-", "--stdin-filename", "export.csv",
         "--format", "json"],
        input=(EXAMPLES / "hevy_export.csv").read_text(), capture_output=True, text=True, check=False,
    )  # fmt: skip
    data = json.loads(proc.stdout)
    assert data["source"] == "export.csv" and data["summary"]["weeks"]
    assert data["program"].startswith("export.csv (Hevy")  # a log is named by its file: not "stdin.csv"
    bad = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", "check", "-"],
        input="name: x\nsessions: 3\n", capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert_user_error(bad, "stdin.yaml", "sessions")
    assert "/tmp" not in bad.stderr


@pytest.mark.parametrize(("symbol", "code"), [("short-recovery", "HR006"), ("Missing_Hip_Hinge", "HR001")])
def test_explain_accepts_symbols(symbol: str, code: str) -> None:
    """explain takes a check's symbol as ruff takes rule names: the same page as its code."""
    assert run_in_process("explain", symbol) == run_in_process("explain", code)


def test_explain_symbol_of_a_ranking_rule_and_a_typo() -> None:
    """A ranking rule's symbol explains the rule; a misspelt symbol gets a did-you-mean."""
    assert run_in_process("explain", "straight-knee-hinge")[1].startswith("TI001 (straight-knee-hinge)")
    assert_user_error(run("explain", "short-recovry"), "did you mean", "short-recovery")


def test_grand_total_line() -> None:
    """The text output ends with one total over every file and the exit code's reason."""
    code, text = run_in_process("check", DIRTY, CLEAN, "--color", "never")
    counts = [hr.check(Path(p)).counts() for p in (DIRTY, CLEAN)]
    errors = sum(c["error"] for c in counts)
    warnings = sum(c["warning"] for c in counts)
    last = text.strip().splitlines()[-1]
    pairs = ((errors, "error"), (warnings, "warning"))
    counted = [f"{n} {word}" + ("s" if n != 1 else "") for n, word in pairs]
    assert last.startswith(f"Checked 2 files: {', '.join(counted)}")
    assert code == 1 and last.endswith("(exit 1: --fail-on warning)")
    assert run_in_process("check", CLEAN)[1].strip().splitlines()[-1].endswith("(exit 0)")


def test_github_annotations() -> None:
    """--format github: one workflow command per finding, with file, line and title."""
    code, text = run_in_process("check", DIRTY, "--format", "github")
    lines = text.strip().splitlines()
    report = hr.check(Path(DIRTY))
    assert code == 1 and len(lines) == len(report.findings)
    assert all(
        re.match(r"^::(error|warning|notice) file=[^,:]+(,line=\d+)?,title=HR\d{3} [a-z-]+::.+", ln)
        for ln in lines
    )
    unknown = next(ln for ln in lines if "title=HR009" in ln)
    line = int(re.search(r",line=(\d+)", unknown).group(1))  # type: ignore[union-attr]
    assert "Romanin" in Path(DIRTY).read_text().splitlines()[line - 1]


def test_github_annotation_escapes_values() -> None:
    """Newlines, percent signs, colons and commas cannot break or forge a workflow command."""
    from hamstring_rules.emitters.github import annotation

    finding = hr.Finding(
        code="HR009", symbol="unknown-exercise", severity="warning",
        message="50% of\nset::x", location=hr.Location(session="A", exercise="a,b:c", line=3),
    )  # fmt: skip
    text = annotation(finding, "dir,x/p:1.yaml")
    assert "\n" not in text and "50%25 of%0Aset::x" in text
    assert text.startswith("::warning file=dir%2Cx/p%3A1.yaml,line=3,title=HR009 unknown-exercise::")


def test_every_error_of_a_hand_written_program_is_listed_once(tmp_path: Path) -> None:
    """A coach fixes a hand-written file in one pass: the lead error, then each other one with its
    line and path, none twice; an unknown key names the nearest known one, or the keys there."""
    from hamstring_rules import cli

    file = tmp_path / "bad.yaml"
    file.write_text(
        "name: bad\nsessions:\n  - name: A\n    exercises:\n"
        "      - {exercise: RDL, sets: 3, reps: lots}\n"
        "      - {exercise: Leg curl, sets: 0, reps: 8, rest_s: 90}\n"
        "      - {exercise: Nordic, sets: 3, reps: 5, Tempo: 3-0-0-0, cues: slow}\n",
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["check", str(file)], stdout=out, stderr=err) == 2
    lines = err.getvalue().splitlines()
    assert "(4 more errors)" in lines[0] and "'tempo'" in lines[0]
    also = lines[1:]
    assert [line.split(": ")[0].rsplit(":", 1)[1] for line in also] == ["5", "6", "6", "7"]
    assert sum("sets" in line and "(got 0)" in line for line in also) == 1
    assert any("rest_s: unknown key (did you mean 'rest'?)" in line for line in also)
    assert any("cues: unknown key (keys here: exercise, hold_s" in line for line in also)
    assert not any("Tempo" in line for line in also)  # the lead is not repeated


def test_debug_is_read_after_the_command_and_plan_days_default_to_the_goals(tmp_path: Path) -> None:
    """``check x.yaml --debug`` shows the traceback as ``--debug check x.yaml`` does; ``plan``
    without --days plans the sessions the goal prescribes, as plan() does (it planned 2)."""
    from hamstring_rules import cli

    file = tmp_path / "bad.yaml"
    file.write_text("name: x\nsessions: 3\n", encoding="utf-8")
    for argv in (["check", str(file), "--debug"], ["--debug", "check", str(file)]):
        err = io.StringIO()
        assert cli.main(argv, stdout=io.StringIO(), stderr=err) == 2
        assert "Traceback" in err.getvalue()
    out = io.StringIO()
    assert cli.main(["plan", "--goal", "rehab", "--stage", "1", "--format", "json"], stdout=out) == 0
    sessions = json.loads(out.getvalue())["sessions"]
    assert len(sessions) == len(hr.plan("rehab", stage=1).weeks[0].sessions) > 2


def test_a_program_spreadsheet_on_stdin_is_checked_as_a_program() -> None:
    """``check -`` tells a program kept as a spreadsheet from YAML as it tells an export."""
    done = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", "check", "-", "--format", "json"],
        input="Day,Session,Exercise,Sets,Reps\nMon,A,RDL,3,8-10\nThu,B,Nordic curl,3,5\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    assert [w["label"] for w in report["summary"]["weeks"]] == ["every week"]  # a program's week
    assert "HR009" not in {f["code"] for f in report["findings"]}


def test_explain_of_a_symbol_that_names_an_exercise_points_at_the_exercise() -> None:
    """``explain Nordic`` printed rule SP001 (symbol ``nordic``) and nothing of the exercise a
    user asking about 'Nordic' most likely meant. A name an exercise holds gives the exercise,
    its first lines naming the rule (and goal) it also names and the code that explains each;
    a code, a rule id or a symbol that is only a phrase ('knee-flexion-leads') names no
    exercise."""
    code, out = run_in_process("explain", "Nordic")
    head, page = out.split("\n\n", 1)
    assert code == 0 and head.startswith("'Nordic' also names:")
    assert "rule SP001 (nordic): hamstring-rules explain SP001" in head
    assert page.startswith("Nordic hamstring curl (nordic_curl)")
    code, rule = run_in_process("explain", "SP001")
    assert code == 0 and rule.startswith("SP001 (nordic)")
    for subject in ("SP001", "HR001", "knee-flexion-leads", "short-recovery"):
        assert "also names" not in run_in_process("explain", subject)[1], subject


def test_substitute_on_the_command_line() -> None:
    """There was no ``substitute`` command (the Python API had one): it takes the exercise, the
    goal and its stage, pain, equipment, exclusions and a limit, and prints what substitute()
    returns, in every format it renders."""
    from hamstring_rules._substitute import substitute

    code, out = run_in_process(
        "substitute", "Seated leg curl", "--goal", "rehab", "--stage", "2", "--limit", "3"
    )
    expected = substitute("Seated leg curl", goal="rehab", stage=2, limit=3)
    assert code == 0 and out.startswith("Substitutes for Seated leg curl (goal rehab, stage 2)")
    assert all(s.exercise.name in out for s in expected)
    code, out = run_in_process("substitute", "RDL", "--format", "json", "--equipment", "dumbbell")
    data = json.loads(out)
    assert code == 0 and data["original"] == "romanian_deadlift"
    assert [s["id"] for s in data["substitutions"]] == list(substitute("RDL", equipment=["dumbbell"]).ids)
    assert_user_error(run("substitute", "Romanain dedlft"), "exercise", "did you mean")


@pytest.mark.parametrize("name", ["tie-in", "tie_in_hypertrophy", "PHT", "prevention"])
def test_explain_a_goal(name: str) -> None:
    """`explain tie-in` was 'unknown code, exercise or rule': a goal by its id or an alias is
    explained - what it is, its stages, roles, the checks that judge a program for it, and the
    commands that use it."""
    rules = hr.RuleSet.builtin()
    goal = rules.goal(name)
    text = hr.explain(name)
    assert text.startswith(f"{goal.id} - {goal.name}")
    assert f"hamstring-rules recommend --goal {goal.id}" in text
    checks = {r.code for r in rules if r.effect.kind == "finding" and r.applies_to(goal.id)}
    assert checks and all(code in text for code in checks)
    assert ("Stages (pain above" in text) == goal.staged
    assert run("explain", name).stdout.strip() == text.strip()


def test_a_catalog_file_clashing_with_a_built_in_name_is_refused_naming_the_file(tmp_path: Path) -> None:
    """--catalog with an exercise spelled as a built-in one under a new id: the error names the
    file, not only the exercise (beside a program and a rule pack, which file was it?)."""
    import json

    import hamstring_rules as hr

    (record,) = [r for r in hr.Catalog.builtin().to_records() if r["id"] == "romanian_deadlift"]
    file = tmp_path / "mine.json"
    file.write_text(json.dumps({"exercise": [{**record, "id": "my_rdl", "aliases": []}]}), encoding="utf-8")
    proc = run("recommend", "--goal", "tie-in", "--catalog", str(file))
    assert_user_error(proc, f"{file}: exercise my_rdl", "read alike")
