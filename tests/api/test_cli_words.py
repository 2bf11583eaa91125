"""The command line takes a goal, an exercise and the names to leave out as the shell splits
them: ``--goal tie in``, ``--goal rehab stage 3``, ``substitute --goal strain prevention
Glute-ham raise``, ``check --goal strain prevention week.yaml``, ``check --fix --exclude Good
morning week.yaml`` (helper api19)."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LEG_DAY = EXAMPLES / "typical_leg_day.yaml"
_RULES = hr.RuleSet.builtin()


def _run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _json(args: list[str]) -> Any:
    code, out, err = _run(args)
    assert code in (0, 1), err
    return json.loads(out)


def _spellings() -> list[tuple[str, list[str]]]:
    """Every goal's id and aliases as the words a user types (``tie_in_hypertrophy`` as ``tie in
    hypertrophy``), those of two words or more."""
    out = []
    for goal in _RULES.goals:
        for spelling in (goal.id, *goal.aliases):
            words = re.split(r"[\s_-]+", spelling.strip())
            if len(words) > 1:
                out.append((goal.id, words))
    return out


SPELLINGS = _spellings()


def test_there_are_goals_of_several_words() -> None:
    """The goals have spellings of several words (else the tests below test nothing)."""
    assert {g for g, _ in SPELLINGS} >= {"tie_in_hypertrophy", "strain_prevention", "strain_rehab"}


@pytest.mark.parametrize(("goal", "words"), SPELLINGS, ids=[" ".join(w) for _, w in SPELLINGS])
def test_recommend_takes_a_goal_of_several_unquoted_words(goal: str, words: list[str]) -> None:
    """recommend --goal tie in --limit 1 ranks for the tie-in goal, whatever option follows the
    words (it errored: unrecognized arguments: in)."""
    data = _json(["recommend", "--goal", *words, "--limit", "1", "--format", "json"])
    assert data["goal"] == goal
    data = _json(["recommend", "--format", "json", "--goal", *words])
    assert data["goal"] == goal


@pytest.mark.parametrize(("goal", "words"), SPELLINGS[:4], ids=[" ".join(w) for _, w in SPELLINGS[:4]])
def test_every_command_with_a_goal_takes_its_words(goal: str, words: list[str], tmp_path: Path) -> None:
    """plan, substitute and check take the goal's words too: before other options, at the end,
    and - for substitute and check - before the exercise or the file."""
    stage = ["--stage", "1"] if _RULES.goal(goal).staged else []
    planned = yaml.safe_load(_run(["plan", "--goal", *words, *stage, "--format", "yaml"])[1])
    assert planned["goal"] == goal
    assert _json(["substitute", "RDL", "--goal", *words, *stage, "--format", "json"])["goal"] == goal
    swapped = _json(["substitute", "--format", "json", *stage, "--goal", *words, "Good", "morning"])
    assert (swapped["goal"], swapped["original"]) == (goal, "good_morning")
    report = _json(["check", "--format", "json", *stage, "--goal", *words, str(LEG_DAY)])
    assert report["goal"] == goal and report["source"] == str(LEG_DAY)
    assert _json(["check", str(LEG_DAY), "--goal", *words, *stage, "--format", "json"])["goal"] == goal


def test_stage_words_after_the_goal_are_its_stage() -> None:
    """--goal rehab stage 3 is --goal rehab --stage 3 (``stage3`` too); with another --stage it is
    a usage error naming both."""
    for words in (["rehab", "stage", "3"], ["rehab", "stage3"], ["strain", "rehab", "stage", "3"]):
        data = _json(["recommend", "--goal", *words, "--format", "json", "--limit", "1"])
        assert data["stage"] == 3 and not data["stage_assumed"], words
    code, _, err = _run(["recommend", "--goal", "rehab", "stage", "3", "--stage", "2"])
    assert code == 2 and "stage 3" in err and "--stage says 2" in err


def test_stage_takes_its_words_and_says_what_a_stage_is() -> None:
    """--stage takes '2', 'stage 2' and 'Stage2'; a word that is no stage ('three') is a usage
    error saying a stage is a number and each staged goal's range (argparse's 'invalid int
    value' said neither)."""
    for said in ("2", "stage 2", "Stage2"):
        assert _json(["recommend", "--goal", "rehab", "--stage", said, "--format", "json"])["stage"] == 2
    code, _, err = _run(["recommend", "--goal", "rehab", "--stage", "three"])
    assert code == 2 and "'three'" in err and "rehab 1-4" in err and "strain_rehab 1-3" in err


def test_words_a_command_does_not_take_are_said() -> None:
    """Words after a goal that are none of the command's arguments are a usage error (exit 2)
    naming them and how a goal of several words is written."""
    code, _, err = _run(["recommend", "--goal", "tie", "in", "extra"])
    assert code == 2
    assert "'extra'" in err and "--goal tie in" in err and "'tie in'" in err


def test_an_unknown_goal_of_several_words_is_named_whole() -> None:
    """An unknown goal typed as several words is named whole in the error, with the nearest goal
    (substitute's exercise after it is not taken into it)."""
    code, _, err = _run(["recommend", "--goal", "tie", "inn"])
    assert code == 2 and "'tie inn'" in err and "tie_in_hypertrophy" in err
    code, _, err = _run(["substitute", "--goal", "tie", "inn", "RDL"])
    assert code == 2 and "'tie inn'" in err


def test_check_gives_back_the_files_typed_after_exclude_and_equipment(tmp_path: Path) -> None:
    """check --diff --exclude Good morning FILE --equipment dumbbell bench FILE2: the names are
    one name, the items two items, and both files are checked (the words were a name and an
    unrecognized argument)."""
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    for path in (first, second):
        path.write_text(LEG_DAY.read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = _run(
        [
            "check",
            "--diff",
            "--exclude",
            "Back",
            "squat",
            str(first),
            "--equipment",
            "dumbbell",
            "bench",
            str(second),
        ]
    )
    assert code in (0, 1), err
    # each file was fixed with the back squat left out (FX001 on its barbell squat, unsafe to
    # swap: said) - a name of two words, not 'Back' and a file 'squat'
    assert f"{first}: FX001 not fixed" in err and f"{second}: FX001 not fixed" in err
    alone = _run(["check", "--diff", "--exclude", "Back", "squat", str(first)])[2]
    assert f"{first}: FX001 not fixed" in alone
    code, _, err = _run(["check", "--diff", "--exclude", "Good", "morning"])
    assert code == 2 and "PROGRAM" in err


def test_check_exclude_of_several_words_reaches_fix(tmp_path: Path) -> None:
    """check --fix --unsafe-fixes --exclude Glute-ham raise Leg curl FILE leaves out the
    glute-ham raise and every leg curl: the fixed file holds neither (one word a name read
    'Glute-ham' and 'raise', and the file as a name)."""
    data = {
        "name": "team gym",
        "goal": "strain_prevention",
        "sessions": [
            {
                "day": "Mon",
                "exercises": [
                    {"exercise": "Romanian deadlift", "sets": 3, "reps": "8-10"},
                    {"exercise": "Glute-ham raise", "sets": 3, "reps": "6-8"},
                    {"exercise": "Lying leg curl", "sets": 3, "reps": 10},
                ],
            }
        ],
    }
    path = tmp_path / "gym.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    code, _, err = _run(
        ["check", "--fix", "--unsafe-fixes", "--exclude", "Glute-ham", "raise", "Leg", "curl", str(path)]
    )
    assert code in (0, 1), err
    names = {e.exercise for s in hr.load_program(path).sessions for e in s.entries}
    assert "Glute-ham raise" not in names and "Lying leg curl" not in names, names


def test_the_help_says_how_a_goal_of_several_words_is_given() -> None:
    """Each command's --help says the goal's words may go unquoted."""
    for command in ("recommend", "substitute", "check", "plan"):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
            main([command, "--help"])
        assert "--goal tie in" in " ".join(out.getvalue().split()), command


# -- explain --format json ---------------------------------------------------------------------

CODES = ["HR001", "HR012", "short-recovery", "TI001", "PL016", "FX001"]
SUBJECTS = [*CODES, "tie-in", "rehab", "RDL", "Nordic", "paused RDL"]  # codes, goals, exercises


@pytest.mark.parametrize("subject", SUBJECTS)
def test_explain_json_is_the_page_as_data(subject: str) -> None:
    """explain --format json gives the JSON outputs' schema_version, the subject, one entry per
    page with its kind, and the text explain prints (the same page, piped)."""
    code, text, _ = _run(["explain", *subject.split()])
    assert code == 0
    data = _json(["explain", *subject.split(), "--format", "json"])
    assert data["schema_version"] == 1 and data["subject"] == subject
    assert data["text"] == text.rstrip("\n")
    assert data["entries"] and all(
        e["kind"] in ("check", "rule", "note", "goal", "exercise") for e in data["entries"]
    )
    assert data == hr.explain_data(subject)


def test_explain_json_holds_what_the_text_says() -> None:
    """Each kind's entry carries the fields its page shows, read from the data: a check's rules
    with their params and ranges, a goal's stages and checks, an exercise's place per goal."""
    check = hr.explain_data("HR006")["entries"][0]
    rules = [r for r in _RULES if r.effect.kind == "finding" and r.code == "HR006"]
    assert [r["id"] for r in check["rules"]] == [r.id for r in rules]
    for said, rule in zip(check["rules"], rules, strict=True):
        assert {k: v["value"] for k, v in said["params"].items()} == dict(rule.params)
    goal = hr.explain_data("rehab")["entries"][0]
    assert (
        goal["kind"] == "goal" and set(goal["stages"]) == {"1", "2", "3", "4"} and "HR010" in goal["checks"]
    )
    ex = hr.explain_data("Romanian deadlift")["entries"][0]
    ranked = {(r["goal"], r["stage"]): r for r in ex["by_goal"]}
    rec = next(r for r in hr.recommend("tie_in_hypertrophy") if r.exercise.id == "romanian_deadlift")
    assert ranked["tie_in_hypertrophy", None]["rank"] == rec.rank
    assert ranked["rehab", 1]["excluded"]["rule"] in {r.id for r in _RULES}
    note = hr.explain_data("PL016")["entries"][0]
    assert note["of"] == "plan" and note["symbol"] == "build-up"
    assert hr.explain_data("paused RDL")["read_as"]


def test_explain_json_of_the_facts() -> None:
    """explain --facts --format json lists each scope's facts with type and doc, as the text does."""
    data = _json(["explain", "--facts", "week", "--format", "json"])
    assert list(data["scopes"]) == ["week"]
    _, text, _ = _run(["explain", "--facts", "week"])
    for fact, said in data["scopes"]["week"]["facts"].items():
        assert f"  {fact}: {said['type']}" in text
    every = _json(["explain", "--facts", "--format", "json"])
    assert {"exercise", "week", "entry"} <= set(every["scopes"])


def test_explain_json_of_an_unknown_subject_is_the_usual_error() -> None:
    """An unknown subject with --format json is the one-line error on stderr, exit 2."""
    code, out, err = _run(["explain", "nope", "--format", "json"])
    assert code == 2 and out == "" and "unknown code" in err


def test_an_unknown_subject_names_the_argument() -> None:
    """explain() and explain_data() of an unknown subject say the argument ("subject"), as the
    other lookups name theirs (goal, exercise), with the nearest codes."""
    for call in (hr.explain, hr.explain_data):
        with pytest.raises(hr.UnknownCodeError) as info:
            call("HR999")
        assert info.value.location == "subject" and "HR009" in str(info.value.suggestion)


def _pool() -> list[str]:
    """Every spelling explain takes: codes, rule ids and symbols, plan notes, goals, exercises."""
    from hamstring_rules._explain import _plan_notes

    notes = _plan_notes()
    names = [r.id for r in _RULES] + [r.symbol for r in _RULES] + list(notes)
    names += [n["symbol"] for n in notes.values()]
    names += [g.id for g in _RULES.goals] + [a for g in _RULES.goals for a in g.aliases]
    names += [e.name for e in hr.Catalog.builtin()]
    return sorted(set(names))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_pool()))
def test_explain_data_is_json_and_its_text_is_explains(subject: str) -> None:
    """For any subject explain takes, explain_data() is strict JSON (no NaN), its text is what
    explain() returns, and each entry's kind is one of the five, naming what the page is about."""
    data = hr.explain_data(subject)
    json.dumps(data, allow_nan=False)
    assert data["text"] == hr.explain(subject)
    for entry in data["entries"]:
        assert entry["kind"] in ("check", "rule", "note", "goal", "exercise")
        said = entry.get("code") or entry.get("id")
        assert said and said in data["text"]
