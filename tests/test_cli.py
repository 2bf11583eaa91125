"""The command line, driven as a user drives it: a subprocess per call."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CLEAN = str(EXAMPLES / "article_program.yaml")
DIRTY = str(EXAMPLES / "typical_leg_day.yaml")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hamstring_rules", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


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
    assert "Romanain" in line
    assert run0["tool"]["driver"]["rules"][unknown["ruleIndex"]]["id"] == "HR009"


def test_check_params_and_select() -> None:
    """--param sets a threshold; --ignore drops codes."""
    proc = run("check", DIRTY, "--param", "HR012.min_sets=2", "--ignore", "HR001,HR002", "--format", "json")
    codes = {f["code"] for f in json.loads(proc.stdout)["findings"]}
    assert "HR012" not in codes and "HR001" not in codes and "HR005" in codes


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
