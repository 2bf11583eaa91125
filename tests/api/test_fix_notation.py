"""check --fix writes each edit in the notation the user wrote: a field written in a compound
form (``sets: 2x8``, a session named by its day, ``reps: 5+``) is rewritten in that form or as
every field it stood for, and a rewrite that would not read back as the fixed program is refused
with nothing written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules import _fix
from hamstring_rules._fix import fix_file
from hamstring_rules._fixers import apply_to_program
from hamstring_rules._program_file import read_program_file
from hamstring_rules.cli import main
from hamstring_rules.findings import Edit

#: The review's p31: each entry gives its reps in the sets field (``sets: 2x8``). Its unsafe
#: fixes raise the RDL's and the good morning's sets (HR002/HR008's shift-sets) - a bare
#: ``sets: 4`` dropped the reps and the file no longer loaded.
SETS_X_REPS = """\
name: Sets-x-reps notation
goal: tie_in_hypertrophy
sessions:
  - name: Legs
    day: mon
    exercises:
      - {exercise: RDL, sets: 2x8}
      - {exercise: Back squat, sets: 5x5}
      - {exercise: Leg press, sets: 4x10}
      - {exercise: Lying leg curl, sets: 4x12}
  - name: Legs 2
    day: thu
    exercises:
      - {exercise: Good morning, sets: 2x8}
      - {exercise: Front squat, sets: 4x6}
"""

#: The review's p03 (PHUL lower days), compact JSON with ``"sets": "3x3-5"`` and RPEs.
PHUL = """\
{
  "name": "PHUL lower days",
  "goal": "tie_in_hypertrophy",
  "sessions": [
    {"name": "Lower Power", "day": "tue", "exercises": [
      {"exercise": "Barbell Back Squat", "sets": "3x3-5", "rpe": 8},
      {"exercise": "Conventional Deadlift", "sets": "3x3-5", "rpe": 8},
      {"exercise": "Leg Press", "sets": 5, "reps": "10-15"},
      {"exercise": "Lying Leg Curl", "sets": 3, "reps": "6-10"},
      {"exercise": "Standing Calf Raise", "sets": 4, "reps": "6-10"}
    ]},
    {"name": "Lower Hypertrophy", "day": "fri", "exercises": [
      {"exercise": "Front Squat", "sets": 3, "reps": "8-12", "rir": "1-2"},
      {"exercise": "Barbell Lunge", "sets": 3, "reps": "8-12 per leg"},
      {"exercise": "Leg Extension", "sets": 3, "reps": "10-15"},
      {"exercise": "Seated Leg Curl", "sets": 3, "reps": "10-15"},
      {"exercise": "Seated Calf Raise", "sets": 4, "reps": "10-15"}
    ]}
  ]
}
"""


def _same(a: hr.Program, b: hr.Program) -> bool:
    return attrs.evolve(a, source=None, lines={}) == attrs.evolve(b, source=None, lines={})


@pytest.mark.parametrize(("text", "suffix"), [(SETS_X_REPS, ".yaml"), (PHUL, ".json")])
def test_check_fix_on_sets_x_reps_writes_a_file_that_loads_as_the_fixed_program(
    tmp_path: Path, text: str, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """check --fix --unsafe-fixes on entries written ``sets: NxR`` leaves a file that loads, and
    loads as the program hr.fix() makes of it, every entry keeping its reps."""
    path = tmp_path / f"p{suffix}"
    path.write_text(text, encoding="utf-8")
    expected = hr.fix(hr.load_program(path), unsafe=True)
    assert any(e.op == "update" and "sets" in (e.value or {}) for f in expected.fixes for e in f.edits)
    main(["check", "--fix", "--unsafe-fixes", "--exit-zero", str(path)])
    capsys.readouterr()
    assert _same(hr.load_program(path), expected.program)


def test_sets_x_reps_keeps_its_form_when_only_the_sets_change(tmp_path: Path) -> None:
    """An entry written ``sets: 2x8`` given 4 sets is written ``sets: 4x8`` (the user's
    notation, on its own line), not a bare 4 nor a separate reps key."""
    path = tmp_path / "p.yaml"
    path.write_text(SETS_X_REPS, encoding="utf-8")
    done = fix_file(path, unsafe=True)
    rdl = done.result.program.sessions[0].entries[0]
    assert rdl.exercise == "RDL" and rdl.sets > 2 and rdl.reps == "8"
    assert f"- {{exercise: RDL, sets: {rdl.sets}x8}}" in path.read_text(encoding="utf-8")


def test_a_rewrite_that_would_not_read_back_is_refused_and_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the text edit goes wrong (here: the old key-by-key update, which wrote a bare
    ``sets: 4`` over ``sets: 2x8``), fix_file raises a ProgramError saying so and the file is
    left byte for byte as it was."""

    def naive(doc: Any, edits: Any) -> None:
        for edit in edits:
            sessions = doc["sessions"]
            entries = sessions[edit.session]["exercises"]
            if edit.op == "update" and edit.index is not None:
                entries[edit.index].update({k: v for k, v in (edit.value or {}).items() if v is not None})
            elif edit.op == "insert":
                entries.insert(edit.to, dict(edit.value or {}))
            elif edit.op == "move":
                entries.insert(edit.to, entries.pop(edit.index))

    path = tmp_path / "p.yaml"
    path.write_text(SETS_X_REPS, encoding="utf-8")
    before = path.read_bytes()
    monkeypatch.setattr(_fix, "apply_edits", naive)
    with pytest.raises(hr.ProgramError, match="nothing was written") as err:
        fix_file(path, unsafe=True)
    assert "would not load" in err.value.message and "reps" in err.value.message
    assert path.read_bytes() == before


# -- the property: any notation the reader takes, any edit a fixer makes ------------------------

_SEPARATORS = ["x", " x ", "X", "×", "*", " * "]
_REPS_IN_SETS = st.one_of(
    st.integers(1, 30).map(str),
    st.tuples(st.integers(1, 15), st.integers(0, 10)).map(lambda t: f"{t[0]}-{t[0] + t[1]}"),
    st.integers(1, 20).map(lambda n: f"{n}+"),
    st.tuples(st.integers(1, 15), st.integers(0, 5)).map(lambda t: f"{t[0]}-{t[0] + t[1]} per leg"),
)
_REPS = st.one_of(
    st.integers(1, 30),
    _REPS_IN_SETS,
    st.tuples(st.integers(1, 15), st.integers(0, 5)).map(lambda t: f"{t[0]} to {t[0] + t[1]}"),
    st.tuples(st.integers(1, 15), st.integers(0, 5)).map(lambda t: [t[0], t[0] + t[1]]),
    st.just("10/8/6"),
    st.integers(1, 12).map(lambda n: f"{n} reps"),
    st.integers(1, 12).map(lambda n: f"{n} each"),
    st.integers(1, 12).map(lambda n: f"{n}/side"),
    st.integers(1, 12).map(lambda n: f"{n}+ AMRAP"),
)
_EFFORT: st.SearchStrategy[dict[str, Any]] = st.one_of(
    st.just({}),
    st.integers(0, 4).map(lambda n: {"rir": n}),
    st.just({"rir": "1-2"}),
    st.sampled_from([8, 9.5, "@8", "RPE 8.5", "8-9"]).map(lambda v: {"rpe": v}),
)
_TEMPO = st.sampled_from([None, "3-1-1-0", "31X0", 3110, "2-0-x-0", "4-0-0-0"])
_NAMES = ["RDL", "Good morning", "Back squat", "Lying leg curl", "Nordic curl", "Single-leg RDL"]


@st.composite
def _entry(draw: st.DrawFn) -> dict[str, Any]:
    entry: dict[str, Any] = {"exercise": draw(st.sampled_from(_NAMES))}
    sets = draw(st.integers(1, 6))
    form = draw(st.sampled_from(["sets-x-reps", "sets-x-each-set", "fields", "string sets", "hold"]))
    if form == "sets-x-reps":
        entry["sets"] = f"{sets}{draw(st.sampled_from(_SEPARATORS))}{draw(_REPS_IN_SETS)}"
    elif form == "sets-x-each-set":  # 3x10/8/6: each set's reps
        entry["sets"] = f"{sets}x" + "/".join(str(12 - 2 * k) for k in range(sets))
    elif form == "hold":
        entry.update(exercise="Isometric glute bridge", sets=sets, hold_s=draw(st.integers(10, 60)))
    else:
        entry["sets"] = str(sets) if form == "string sets" else sets
        entry["reps"] = draw(_REPS)
    entry.update(draw(_EFFORT))
    tempo = draw(_TEMPO)
    if tempo is not None:
        entry["tempo"] = tempo
    return entry


@st.composite
def _session(draw: st.DrawFn) -> dict[str, Any]:
    session: dict[str, Any] = {"day": draw(st.sampled_from(["mon", "Tuesday", "thu", "Day 2"]))}
    if draw(st.booleans()):
        session = {"name": draw(st.sampled_from(["Legs", "A"])), **session}
    session["exercises"] = draw(st.lists(_entry(), min_size=1, max_size=3))
    return session


def _written(folder: Path, data: dict[str, Any], fmt: str) -> Path:
    """``data`` as a program file in ``fmt``; a drawn combination the reader refuses (an RIR and
    an RPE both...) is not an example."""
    path = folder / f"p.{fmt}"
    if fmt == "json":
        text = json.dumps(data, indent=2)
    else:
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    try:
        hr.load_program(path)
    except hr.ProgramError:
        assume(False)
    return path


#: Updates of the kinds the fixers make: sets (shift-sets), a substitute's exercise, reps,
#: tempo, hold and effort, a tempo (set-tempo), a rename, a day (move-day).
_ENTRY_UPDATES = st.one_of(
    st.integers(1, 8).map(lambda n: {"sets": n}),
    st.sampled_from([10, "8-12", "8-10 per leg", "15-20"]).map(lambda r: {"reps": r}),
    st.just({"exercise": "Romanian deadlift", "reps": "8-10", "tempo": "3-1-1-0", "hold_s": None}),
    st.just({"exercise": "Isometric glute bridge", "reps": 1, "hold_s": 30, "tempo": None}),
    st.just({"exercise": "Isometric glute bridge", "reps": 1, "hold_s": 30, "rir": None, "rpe": None}),
    st.just({"tempo": "3-0-1-0"}),
    st.just({"exercise": "Romanian deadlift"}),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sessions=st.lists(_session(), min_size=1, max_size=2),
    fmt=st.sampled_from(["yaml", "json"]),
    picks=st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9), _ENTRY_UPDATES), min_size=1, max_size=3),
    move_day=st.booleans(),
)
def test_any_edit_written_in_any_notation_reads_back_as_the_edited_program(
    tmp_path: Path, sessions: list[dict[str, Any]], fmt: str, picks: list[Any], move_day: bool
) -> None:
    """For programs in any notation the reader takes (``3x8``, ``3 x 5+``, ``4×6-8 per leg``,
    ``8 to 10``, ``10/8/6``, ``@8``, ``31X0``, holds, sessions named by their day) and updates
    like the fixers', the file rewritten with them loads as the program edited in memory."""
    path = _written(tmp_path, {"name": "p", "sessions": sessions}, fmt)
    program, read = read_program_file(path, hr.Limits())
    edits = []
    for s, i, value in picks:
        s %= len(sessions)
        edits.append(Edit("update", 0, s, index=i % len(sessions[s]["exercises"]), value=value))
    if move_day:
        edits.append(Edit("update", 0, 0, value={"day": "sat"}))
    try:
        expected = apply_to_program(program, edits)
    except hr.ProgramError:
        assume(False)  # an update the program itself cannot take
        return
    new, _ = _fix._rewrite(read, edits)
    path.write_text(new, encoding="utf-8")
    assert _same(hr.load_program(path), expected), new


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sessions=st.lists(_session(), min_size=1, max_size=3), fmt=st.sampled_from(["yaml", "json"]))
def test_fix_then_write_then_load_gives_the_fixed_program(
    tmp_path: Path, sessions: list[dict[str, Any]], fmt: str
) -> None:
    """fix_file with every fix, on a program in any notation: the file it writes loads as the
    program hr.fix() returns."""
    path = _written(tmp_path, {"name": "p", "goal": "tie_in_hypertrophy", "sessions": sessions}, fmt)
    done = fix_file(path, unsafe=True)
    assert _same(hr.load_program(path), done.result.program)
