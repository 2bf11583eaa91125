"""Claims in the README's prose that a new user acts on, checked against what the library does
(review2 R10: each was stale or wrong)."""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import hamstring_rules as hr

ROOT = Path(__file__).resolve().parent.parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _codes(text: str) -> set[int]:
    """The check numbers a text names, ranges ('HR001–HR022') taken as the codes that exist in them."""
    return {int(n) for n in re.findall(r"HR(\d{3})", text)}


def test_the_file_table_names_every_check_in_checks_toml() -> None:
    """The README's file table said 'program checks HR001–HR022'; checks.toml also holds HR030+."""
    row = next(
        line for line in README.splitlines() if line.startswith("| `src/hamstring_rules/data/checks.toml`")
    )
    ranges = [(int(a), int(b)) for a, b in re.findall(r"HR(\d{3})\s*[–-]\s*HR(\d{3})", row)]
    assert ranges, row
    shipped = {int(r.id[2:5]) for r in hr.RuleSet.builtin() if re.fullmatch(r"HR\d{3}", r.id)}
    covered = {code for code in shipped if any(a <= code <= b for a, b in ranges)}
    assert covered == shipped, f"not in the table's ranges: {sorted(shipped - covered)}"
    assert all(a in shipped and b in shipped for a, b in ranges)


def test_the_e1rm_example_is_what_the_example_export_gives() -> None:
    """The tour's report.e1rm() comment put 126.7 (100 kg x 8, a W45 set) in 2025-W46."""
    line = next(line for line in README.splitlines() if "report.e1rm()" in line and "#" in line)
    shown = line.split("#", 1)[1].strip().replace(", ...", "")
    claimed = ast.literal_eval(shown)
    report = hr.check(ROOT / "examples" / "hevy_export.csv", as_of=date(2025, 11, 30))
    actual = report.e1rm()
    for exercise, weeks in claimed.items():
        for week, value in weeks.items():
            assert actual[exercise][week] == value, (exercise, week, actual[exercise])


def test_the_hr033_summary_says_what_the_check_compares_with() -> None:
    """'a top set 20%+ heavier than the week before': the check looks back over 2 weeks."""
    rule = next(r for r in hr.RuleSet.builtin() if r.id == "HR033")
    assert rule.doc is not None
    what = str(rule.doc["what"])
    weeks = re.search(r"previous (\d+) weeks", what)
    assert weeks is not None, what  # the rule's own doc names its look-back
    ratio = round((float(rule.params["max_ratio"]) - 1) * 100)
    narrative = README.split("**Over time**", 1)[1].split("- **Rehab dose**", 1)[0]
    hr033 = " ".join(narrative.split("HR033", 1)[1].split())
    assert f"{ratio}%" in hr033
    assert f"{weeks.group(1)} weeks before" in hr033, hr033


def test_the_readme_says_which_goal_a_goalless_program_gets() -> None:
    """Nothing said which goal a program or log without one is checked against."""
    program = {
        "name": "p",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8}]}],
    }
    goal = hr.check(program).goal
    assert f"checked as `{goal}`" in " ".join(README.split())


def _help(command: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "hamstring_rules", command, "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def test_the_common_options_are_where_the_readme_says() -> None:
    """'Every command takes --catalog ... --color': map has no --color, schema none of them."""
    synopsis = README.split("## Command line", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    commands = sorted(set(re.findall(r"^hamstring-rules (\w+)", synopsis, re.M)))
    prose = " ".join(README.split("## Command line", 1)[1].split("```", 2)[2].split("Exit", 1)[0].split())
    sources = re.search(r"Every command but ((?:`\w+`(?:,| and| or)? ?)+) takes `--catalog FILE`", prose)
    color = re.search(r"`--color auto\|always\|never` \(all but ((?:`\w+`(?:,| and| or)? ?)+)\)", prose)
    assert sources is not None and color is not None, prose[:400]
    without_sources = set(re.findall(r"`(\w+)`", sources.group(1)))
    without_color = set(re.findall(r"`(\w+)`", color.group(1)))
    for command in commands:
        text = _help(command)
        assert ("--catalog" in text) == (command not in without_sources), command
        assert ("--aliases" in text) == (command not in without_sources), command
        assert ("--color" in text) == (command not in without_color), command


def _usage_options(command: str) -> set[str]:
    """The options `command --help` lists in its usage lines (not the ones its help text mentions)."""
    usage = _help(command).split("\n\n", 1)[0]
    return set(re.findall(r"\[(--[a-z][a-z0-9-]*)", usage))


def test_the_synopsis_lists_every_option_of_every_command() -> None:
    """The README's command-line synopsis lacked check's --date-order (added to the CLI only)."""
    synopsis = README.split("## Command line", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    blocks: dict[str, str] = {}
    command = ""
    for line in synopsis.splitlines():
        start = re.match(r"hamstring-rules (\w+)", line)
        command = start.group(1) if start else command
        if command:
            blocks[command] = blocks.get(command, "") + " " + line
    common = {"--catalog", "--rules", "--aliases", "--color", "--debug", "--help"}  # in the prose below it
    assert len(blocks) >= 8, sorted(blocks)
    for command, text in blocks.items():
        missing = _usage_options(command) - common - set(re.findall(r"--[a-z][a-z0-9-]*", text))
        assert not missing, (command, sorted(missing))


def _generic_log_paragraph() -> str:
    return " ".join(README.split("A CSV no known app wrote", 1)[1].split("\n\n", 1)[0].split())


def test_the_readme_names_the_option_for_ambiguous_dates() -> None:
    """The README said ambiguous dates are reported, not how to read them (date_order, --date-order)."""
    log = "Date,Exercise,Sets,Reps\n11/3/2025,RDL,3,8\n11/6/2025,RDL,3,8\n"
    try:
        hr.load_log(log.encode())
    except hr.LogFormatError as error:
        message = str(error)
    else:
        raise AssertionError("an all-ambiguous log was read")
    options = re.findall(r"(date_order=|--date-order)", message)
    assert set(options) == {"date_order=", "--date-order"}, message
    paragraph = _generic_log_paragraph()
    for option in options:
        assert option in paragraph, option
    assert hr.load_log(log.encode(), date_order="mdy").workouts[0].start.day == 3


def test_the_readme_header_spellings_read() -> None:
    """Every header spelling the generic-log paragraph shows reads."""
    paragraph = _generic_log_paragraph()
    groups = re.search(
        r"\((`[^`]+`(?:/`[^`]+`)*), (`[^`]+`(?:/`[^`]+`)*), (`[^`]+`(?:/`[^`]+`)*)\)", paragraph
    )
    assert groups is not None, paragraph[:400]
    spellings = [re.findall(r"`([^`]+)`", group) for group in groups.groups()]  # date, exercise, reps
    assert min(len(s) for s in spellings) >= 2, spellings
    for i in range(max(len(s) for s in spellings)):
        header = [s[min(i, len(s) - 1)] for s in spellings]
        log = hr.load_log((",".join(header) + "\n2025-11-03,Good morning,8\n").encode())
        assert [e.name for w in log.workouts for e in w.exercises] == ["Good morning"], header


def _contract(command: str) -> set[str]:
    bullet = README.split(f"* `{command} --format json`:", 1)[1].split("\n* ", 1)[0]
    return set(re.findall(r'"(\w+)"', bullet))


def test_the_json_contract_lists_every_field() -> None:
    """The README's check contract lacked goal_assumed, fix, fail_on, read_as, groups and a log's fields."""
    listed = _contract("check")
    program = hr.check(ROOT / "examples" / "typical_leg_day.yaml").to_dict()
    log = hr.check(ROOT / "examples" / "hevy_export.csv", as_of=date(2025, 11, 30)).to_dict()
    for report in (program, log):
        keys = set(report) | set(report["summary"]) | {k for f in report["findings"] for k in f}
        assert keys <= listed, sorted(keys - listed)
    ranking = hr.recommend(goal="tie-in").to_dict()
    first = ranking["recommendations"][0]
    keys = set(ranking) | set(first) | set(first["reasons"][0])
    assert keys <= _contract("recommend"), sorted(keys - _contract("recommend"))


def test_the_file_table_counts_the_shipped_catalog() -> None:
    """'the catalog: 97 exercises' after the catalog grew to 101."""
    row = next(
        line for line in README.splitlines() if line.startswith("| `src/hamstring_rules/data/exercises.toml`")
    )
    count = re.search(r"the catalog: (\d+) exercises", row)
    assert count is not None, row
    assert int(count.group(1)) == len(list(hr.Catalog.builtin()))


def test_the_goals_sentence_lists_every_goal_and_its_stages() -> None:
    """The tour's 'Goals:' sentence lacked strain_rehab (stages 1-3)."""
    sentence = " ".join(README.split("\nGoals: ", 1)[1].split(". ", 1)[0].split())
    for goal in hr.RuleSet.builtin().goals:
        assert f"`{goal.id}`" in sentence, goal.id
        if goal.staged:
            stages = sorted(goal.stages)
            assert f"`{goal.id}` (stages {stages[0]}–{stages[-1]}" in sentence, (goal.id, sentence)


def test_the_synopsis_names_every_command() -> None:
    """The CLI had no substitute command while Python had substitute(); a command added to the
    CLI must be in the README's synopsis too."""
    from hamstring_rules.cli import _COMMANDS

    synopsis = README.split("## Command line", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    assert set(re.findall(r"^hamstring-rules (\w+)", synopsis, re.M)) == set(_COMMANDS)


def test_the_readmes_plan_yaml_is_what_plan_writes() -> None:
    """The README's 'head -21 plan.yaml' block was written by hand and went stale (a note and the
    first exercise had changed): it is the first 21 lines of what the command writes now."""
    from hamstring_rules.cli import main

    block = README.split("$ head -21 plan.yaml\n", 1)[1].split("```", 1)[0]
    out, err = io.StringIO(), io.StringIO()
    assert main(["plan", "--goal", "rehab", "--stage", "2", "--days", "3"], stdout=out, stderr=err) == 0
    assert block.splitlines() == out.getvalue().splitlines()[:21]
