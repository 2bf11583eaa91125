"""fix()'s exclude= and equipment=, exclude=None, and every public argument's bad values (helper
api13)."""

from __future__ import annotations

import inspect
import io
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.cli import main
from hamstring_rules.exercises import HipFlexion, JointAction, KneeBehaviour


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _program(*names: str, goal: str = "tie_in_hypertrophy") -> dict[str, Any]:
    """Two sessions, each holding ``names`` (3x8): an exercise held twice, in two sessions."""
    entries = [{"exercise": n, "sets": 3, "reps": 8} for n in names]
    return {
        "name": "p",
        "goal": goal,
        "sessions": [{"day": "Mon", "exercises": entries}, {"day": "Thu", "exercises": list(entries)}],
    }


def _yaml(folder: Path, entries: str) -> Path:
    """A one-session tie-in program file holding ``entries`` (YAML list items, as written)."""
    path = folder / "p.yaml"
    head = "name: p\ngoal: tie_in_hypertrophy\nsessions:\n- day: Mon\n  exercises:\n"
    path.write_text(head + entries, "utf-8")
    return path


def _resolved(program: hr.Program) -> list[hr.Exercise]:
    catalog = hr.Catalog.builtin()
    return [
        ex
        for s in program.sessions
        for e in s.entries
        if (ex := catalog.classify(e.exercise).exercise) is not None
    ]


def _left_out_ids(exclude: list[str], goal: str = "tie_in_hypertrophy") -> set[str]:
    """What recommend() leaves out by request for these names: the ids a fixed program must not hold."""
    ranking = hr.recommend(goal, exclude=exclude)
    return {e.exercise.id for e in ranking.excluded if e.kind == "request"}


# -- 1. an exercise the program holds that exclude= leaves out is swapped ---------------------------


def test_fix_swaps_an_excluded_exercise_the_program_holds() -> None:
    """fix(exclude=["Romanian deadlift"]) kept both RDLs (the exclusion only stopped fixes adding
    one): each is now the most similar allowed exercise, and nothing the name leaves out (the RDL,
    its variants) is left."""
    result = hr.fix(_program("Romanian deadlift", "Seated leg curl"), exclude=["Romanian deadlift"])
    gone = _left_out_ids(["Romanian deadlift"])
    assert "romanian_deadlift" in gone
    held = {ex.id for ex in _resolved(result.program)}
    assert not held & gone, held & gone
    swaps = [f for f in result.fixes if f.fixer == "substitute"]
    assert len(swaps) == 2 and all(f.title.startswith("Replace Romanian deadlift with") for f in swaps)
    # each swap is the substitute() the user would get, with the same exclusions
    best = next(s for s in hr.substitute("Romanian deadlift", goal="tie_in_hypertrophy", limit=None)
                if s.exercise.id not in gone)  # fmt: skip
    assert all(best.exercise.name in f.title for f in swaps)
    # the reports are check()'s: fix()'s own finding code never appears in them
    assert all(f.code != "FX001" for f in (*result.report.findings, *result.before.findings))
    assert [f.code for f in result.fixed[:2]] == ["FX001", "FX001"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([ex.name for ex in hr.Catalog.builtin() if ex.hamstring_set_credit > 0]))
def test_fixed_program_never_holds_what_is_left_out(name: str) -> None:
    """Any exercise held and excluded: the fixed program holds nothing the name leaves out, or
    why_skipped says, for each entry still holding one, why it was not swapped (FX001)."""
    program = _program(name, "Seated leg curl")
    gone = _left_out_ids([name])
    result = hr.fix(program, exclude=[name], unsafe=True)
    catalog = hr.Catalog.builtin()
    left = [
        (s.name, e.exercise)
        for s in result.program.sessions
        for e in s.entries
        if (ex := catalog.classify(e.exercise).exercise) is not None and ex.id in gone
    ]
    said = [(f.location.session, f.location.exercise) for f, _ in result.why_skipped if f.code == "FX001"]
    assert sorted(left) == sorted(said)


def test_no_allowed_alternative_is_said_not_dropped() -> None:
    """A Nordic whose every similar exercise is excluded too: without unsafe fixes the swap (to
    another kind of work) is not made and why_skipped says so; with them it is made, though the
    strain-prevention check then warns that no Nordic is left (HR013: the user's request outranks
    the goal's advice; it brings no error)."""
    similar = [s.exercise.name for s in hr.substitute("Nordic curl", goal="strain_prevention", limit=None)]
    exclude = ["Nordic curl", *similar]
    nordic = {"exercise": "Nordic curl", "sets": 3, "reps": 5}
    program = {"name": "p", "goal": "strain_prevention", "sessions": [{"day": "Mon", "exercises": [nordic]}]}
    safe = hr.fix(program, exclude=exclude)
    assert [e.exercise for s in safe.program.sessions for e in s.entries] == ["Nordic curl"]
    why = [reason for f, reason in safe.why_skipped if f.code == "FX001"]
    assert len(why) == 1 and "unsafe" in why[0]
    unsafe = hr.fix(program, exclude=exclude, unsafe=True)
    gone = _left_out_ids(exclude, "strain_prevention")
    assert not {ex.id for ex in _resolved(unsafe.program)} & gone
    assert not [f for f in unsafe.report.findings if f.severity == "error"]


def test_nothing_to_swap_to_is_said() -> None:
    """With every exercise of the goal's ranking left out, an entry cannot be swapped: the
    fix says so (FX001 in why_skipped), never silently keeps it."""
    ranked = [r.exercise.name for r in hr.recommend("tie_in_hypertrophy")]
    result = hr.fix(_program("Romanian deadlift"), exclude=["Romanian deadlift", *ranked], unsafe=True)
    assert [e.exercise for s in result.program.sessions for e in s.entries] == ["Romanian deadlift"] * 2
    said = [f for f, _ in result.why_skipped if f.code == "FX001"]
    assert len(said) == 2 and {f.location.session for f in said} == {"Mon", "Thu"}


def test_check_fix_exclude_swaps_in_the_file(tmp_path: Path) -> None:
    """check --fix --exclude rewrites the file with the swap, its comment kept; the file then
    holds no RDL."""
    path = _yaml(tmp_path, "  - exercise: Romanian deadlift  # main lift\n    sets: 3\n    reps: 8\n")
    code, _, err = _cli("check", str(path), "--fix", "--exclude", "Romanian deadlift")
    assert code in (0, 1), err
    text = path.read_text(encoding="utf-8")
    assert "Romanian deadlift" not in text and "# main lift" in text
    gone = _left_out_ids(["Romanian deadlift"])
    assert not {ex.id for ex in _resolved(hr.load_program(path))} & gone


# -- 2. fix(equipment=) and check --fix --equipment ---------------------------------------------------


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sets(st.sampled_from(["dumbbell", "bench", "band", "kettlebell", "cable", "machine"]), max_size=3))
def test_fix_with_equipment_writes_only_what_the_user_has(have: set[str]) -> None:
    """A user without a barbell got barbell lifts added (fix() had no equipment=): every exercise
    of the fixed program - added, swapped or kept - needs only what was given, or why_skipped
    says which entry could not be swapped."""
    program = _program("Romanian deadlift", "Seated leg curl")
    result = hr.fix(program, equipment=sorted(have), unsafe=True)
    catalog = hr.Catalog.builtin()
    over = [
        (s.name, e.exercise)
        for s in result.program.sessions
        for e in s.entries
        if (ex := catalog.classify(e.exercise).exercise) is not None
        and not {q.value for q in ex.equipment} <= have
    ]
    said = [(f.location.session, f.location.exercise) for f, _ in result.why_skipped if f.code == "FX001"]
    assert sorted(over) == sorted(said)
    added = [f for f in result.fixes if f.title.startswith("Add ")]
    for f in added:  # the exercise added is one recommend(equipment=) ranks
        ranked = {r.exercise.name for r in hr.recommend("tie_in_hypertrophy", equipment=sorted(have))}
        assert any(f.title.startswith(f"Add {n} ") for n in ranked), f.title


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([ex.name for ex in hr.Catalog.builtin() if ex.hamstring_set_credit > 0]),
    st.sampled_from(["tie_in_hypertrophy", "strain_prevention"]),
)
def test_bodyweight_only_swaps_every_exercise_needing_equipment(name: str, goal: str) -> None:
    """With no equipment (and unsafe fixes) every exercise needing some is swapped: the goal
    ranks bodyweight exercises for each. A hip thrust was left ('found no way'): its 15 most
    similar all need equipment, and the fixer looked no further."""
    program = _program(name, "Hip thrust", goal=goal)
    result = hr.fix(program, equipment=[], unsafe=True)
    assert not [why for f, why in result.why_skipped if f.code == "FX001"]
    assert all(not ex.equipment for ex in _resolved(result.program)), [
        (ex.name, ex.equipment) for ex in _resolved(result.program) if ex.equipment
    ]


def test_fix_equipment_is_validated_as_recommend_and_plan_validate_it() -> None:
    """One validator: the same error (message, position) from fix(), recommend(), plan() and
    substitute(); 'Barbell', 'trap bar' read as the values; an endless generator is refused
    (it was read until memory ran out)."""
    errors = []
    for call in (
        lambda eq: hr.fix(_program("Nordic curl"), equipment=eq),
        lambda eq: hr.recommend("tie-in", equipment=eq),
        lambda eq: hr.plan("tie-in", equipment=eq),
        lambda eq: hr.substitute("Nordic curl", equipment=eq),
    ):
        with pytest.raises(hr.RequestError) as info:
            call(["dumbbell", "anvil"])
        errors.append((info.value.location, info.value.message))
        with pytest.raises(hr.InputLimitError) as limit:
            call(itertools.repeat("barbell"))
        assert limit.value.location == "equipment"
    assert len(set(errors)) == 1 and errors[0][0] == "equipment[1]"
    assert hr.fix(_program("Nordic curl"), equipment=["Barbell", "trap bar"]).program is not None


def test_check_fix_equipment_cli(tmp_path: Path) -> None:
    """check --diff --equipment (comma list or repeated) shows the swaps; without --fix/--diff it
    is a usage error; an unknown item is exit 2 naming it."""
    path = _yaml(tmp_path, "  - {exercise: Romanian deadlift, sets: 3, reps: 8}\n")
    code, out, err = _cli("check", str(path), "--diff", "--equipment", "dumbbell, bench")
    assert code in (0, 1), err
    assert "-  - {exercise: Romanian deadlift" in out or "-  - exercise: Romanian deadlift" in out, out
    code2, out2, _ = _cli("check", str(path), "--diff", "--equipment", "dumbbell", "--equipment", "bench")
    assert (code2, out2) == (code, out)
    code, _, err = _cli("check", str(path), "--equipment", "dumbbell")
    assert code == 2 and "--fix" in err
    code, _, err = _cli("check", str(path), "--diff", "--equipment", "anvil")
    assert code == 2 and "anvil" in err


# -- 3. exclude=None is "nothing excluded" everywhere -----------------------------------------------


def test_exclude_none_is_nothing_excluded() -> None:
    """exclude=None was 'exclude must be a list' in recommend, plan, substitute and fix: it is
    what leaving it out gives."""
    program = _program("Romanian deadlift")
    assert hr.recommend("tie-in", exclude=None).to_dict() == hr.recommend("tie-in").to_dict()
    assert hr.plan("tie-in", exclude=None).to_plan_dict() == hr.plan("tie-in").to_plan_dict()
    assert hr.substitute("RDL", exclude=None).to_dict() == hr.substitute("RDL").to_dict()
    assert hr.fix(program, exclude=None).to_dict() == hr.fix(program).to_dict()


def test_exclude_generator_is_read_once() -> None:
    """A generator given as exclude= was read by the ranking and found empty by the notes
    (plan's PL015) and by fix()'s later rankings: it gives what the list gives."""
    names = ["Nordic curl", "Leg curl"]
    assert (
        hr.plan("tie-in", exclude=iter(names)).to_plan_dict()
        == hr.plan("tie-in", exclude=names).to_plan_dict()
    )
    program = _program("Nordic curl", "Romanian deadlift")
    assert (
        hr.fix(program, exclude=iter(names), unsafe=True).to_dict()
        == hr.fix(program, exclude=names, unsafe=True).to_dict()
    )


def test_explain_fx001_and_wrong_subject() -> None:
    """fix()'s own code is explained (the CLI says 'FX001 not fixed at ...'); explain(None) names
    its argument (it was 'unknown code None')."""
    page = hr.explain("FX001")
    assert page.startswith("FX001 (left-out-exercise)") and "substitute" in page
    with pytest.raises(hr.RequestError) as info:
        hr.explain(None)  # type: ignore[arg-type]
    assert info.value.location == "subject"


# -- 4. every argument of every public function: None, empty, wrong type, huge ---------------------

_PROGRAM = _program("Romanian deadlift", "Seated leg curl")
_LOG = b"Date,Exercise,Reps,Weight\n2025-01-06,Romanian deadlift,8,100\n"

#: A valid call of each public function (positional arguments, keywords): the walker varies one
#: argument at a time. A new public function needs one here (the test says so).
_BASE: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
    "check": ((_PROGRAM,), {}),
    "derive_region": ((JointAction.KNEE_FLEXION, next(iter(KneeBehaviour)), next(iter(HipFlexion))), {}),
    "e1rm": ((100, 5), {}),
    "explain": (("HR001",), {}),
    "explain_data": (("HR001",), {}),
    "fix": ((_PROGRAM,), {}),
    "json_schema": ((), {}),
    "load_log": ((_LOG,), {}),
    "load_program": ((_PROGRAM,), {}),
    "normalize_name": (("RDL",), {}),
    "parse_name": (("RDL",), {}),
    "plan": (("tie_in_hypertrophy",), {}),
    "program_json_schema": ((), {}),
    "recommend": (("tie_in_hypertrophy",), {}),
    "substitute": (("Romanian deadlift",), {}),
}


class _Opaque:
    """A value of no type the library knows."""


#: Bad values of every kind: none, empty, a wrong type, huge.
_VALUES: dict[str, Callable[[], Any]] = {
    "None": lambda: None,
    "empty str": lambda: "",
    "empty list": lambda: [],
    "empty dict": lambda: {},
    "object": _Opaque,
    "float": lambda: 3.5,
    "nan": lambda: float("nan"),
    "bool": lambda: True,
    "bytes": lambda: b"x",
    "negative": lambda: -1,
    "huge int": lambda: 10**100,
    "long str": lambda: "x" * 5_000,
    "list of None": lambda: [None],
    "endless": lambda: itertools.repeat("x"),
    "mapping": lambda: {"a": "b"},
}


def _public_functions() -> list[str]:
    return sorted(n for n in hr.__all__ if inspect.isfunction(inspect.unwrap(getattr(hr, n))))


def _takes_none(annotation: Any) -> bool:
    """Whether a parameter's annotation (a string under postponed evaluation) allows None."""
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return "None" in text.split("|") or " None" in text or "Optional" in text


def _cases() -> list[tuple[str, str, str]]:
    cases = []
    for name in _public_functions():
        function = getattr(hr, name)
        for parameter in inspect.signature(function).parameters.values():
            cases += [(name, parameter.name, value) for value in _VALUES]
    return cases


def test_every_public_function_has_a_base_call() -> None:
    """The walker below covers every public function (a new one needs a valid call in _BASE)."""
    assert _public_functions() == sorted(_BASE)


@pytest.mark.parametrize(("function", "argument", "value"), _cases())
def test_every_argument_takes_a_bad_value_with_a_clear_error(
    function: str, argument: str, value: str
) -> None:
    """Each argument of each public function, given None, an empty value, a wrong type or a
    huge value: a result, or a HamstringRulesError that (for a RequestError) names the
    argument - never a TypeError, AttributeError or KeyError from inside. None is accepted where
    the signature allows it (an optional argument: exclude=None was an error)."""
    fn = getattr(hr, function)
    args, kwargs = _BASE[function]
    parameters = list(inspect.signature(fn).parameters.values())
    parameter = next(p for p in parameters if p.name == argument)
    bad = _VALUES[value]()
    call_args, call_kwargs = list(args), dict(kwargs)
    position = parameters.index(parameter)
    if parameter.kind is inspect.Parameter.KEYWORD_ONLY or position >= len(call_args):
        call_kwargs[argument] = bad
    else:
        call_args[position] = bad
    error: hr.HamstringRulesError | None = None
    try:
        fn(*call_args, **call_kwargs)
    except hr.HamstringRulesError as exc:
        error = exc
    except Exception as exc:  # pragma: no cover - the defect this test finds
        pytest.fail(f"{function}({argument}={value}): {type(exc).__name__}: {exc}")
    if error is None:
        return
    optional = _takes_none(parameter.annotation) or parameter.default in ((), None)
    assert not (value == "None" and optional), f"None refused: {error}"
    # a string (or a mapping's key) looked up and not found (an unknown code, an exercise)
    # names the value; program data's content is a ProgramError at its place in the data.
    # A wrong type is neither: explain(None) was 'unknown code None'
    looked_up = isinstance(error, LookupError) and value in ("empty str", "long str", "mapping")
    data = isinstance(error, hr.ProgramError | hr.LogFormatError) and value in (
        "empty dict",
        "mapping",
        "bytes",
    )
    if not (looked_up or data):
        assert argument in f"{error.location} {error.message}", f"{type(error).__name__}: {error}"
