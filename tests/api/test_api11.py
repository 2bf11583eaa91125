"""exclude= in fix() and check --fix, what a movement's name leaves out, and the public API used
with odd, hostile and borderline arguments (helper api11)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._recommend import named_movement, resolve_exclude

from ..strategies import program_data

_CATALOG = hr.Catalog.builtin()
#: Every spelling of the catalog (names and aliases), sorted: what a user may pass to exclude=.
_SPELLINGS = sorted({s for ex in _CATALOG for s in (ex.name, *ex.aliases)})


# -- what a movement's name leaves out ---------------------------------------------------------


def test_squat_leaves_out_every_squat_and_not_the_movements_that_merely_share_the_word() -> None:
    """``exclude=["Squat"]`` is every squat - back, front, box, goblet, hack, and the pistol, a
    squat on one leg - but not the sissy squat, an isolation of the knee with the hips held
    straight (the squat moves hip and knee together), nor the split squat or the jump squat,
    whose base movements are others."""
    out = resolve_exclude(_CATALOG, ["Squat"])
    squats = {"back_squat", "front_squat", "box_squat", "goblet_squat", "hack_squat", "pistol_squat"}
    assert squats <= out
    assert not {"sissy_squat", "split_squat", "bulgarian_split_squat", "jump_squat", "leg_press"} & out
    # said by its own name, the sissy squat is left out (and the squats stay)
    assert resolve_exclude(_CATALOG, ["Sissy squat"]) == {"sissy_squat"}


def test_a_movement_a_name_says_does_the_movement_of_the_exercise_it_resolves_to() -> None:
    """Over every catalog spelling: each exercise a name's movement takes in does the movement
    of the exercise the name resolves to (the same movement class and kind: compound or
    isolation), and has a spelling the grammar reads as the name's base movement - never a
    movement that only shares a word."""
    from hamstring_rules.names import parse_name

    heads = {ex.id: {parse_name(s).head for s in (ex.name, *ex.aliases)} for ex in _CATALOG}
    for name in _SPELLINGS:
        base = _CATALOG.resolve(name)
        head = parse_name(name).head
        for found in named_movement(_CATALOG, name, base):
            ex = _CATALOG.get(found)
            assert (ex.movement_class, ex.kind) == (base.movement_class, base.kind), (name, ex.name)
            assert head in heads[found], (name, ex.name)


# -- fix(exclude=) and check --fix --exclude ---------------------------------------------------

#: One session of a squat alone: every goal's checks ask fix() to add its hinge, its knee flexion
#: or its finisher, and rehab's stage 1-2 to swap the squat (HR010).
_SQUAT_ONLY = {
    "name": "squat only",
    "sessions": [
        {"name": "Mon", "day": "Mon", "exercises": [{"exercise": "Back squat", "sets": 3, "reps": "5"}]}
    ],
}


def _ids(program: hr.Program) -> set[str]:
    return {_CATALOG.resolve(e.exercise).id for w in program.weeks for s in w.sessions for e in s.entries}


def _goal_stages() -> list[tuple[str, int | None]]:
    rules = hr.RuleSet.builtin()
    stages: list[int | None] = [None]
    return [(g.id, stage) for g in rules.goals for stage in (sorted(g.stages) or stages)]


@pytest.mark.parametrize(("goal", "stage"), _goal_stages())
def test_fix_never_adds_an_exercise_it_is_told_to_exclude(goal: str, stage: int | None) -> None:
    """fix() took no exclude=: a user who cannot do an exercise got it back as the fix's added
    exercise or substitute. Excluding what fix() added, for every goal and stage, it adds none of
    them (nor anything their names' movements take in) and still repairs with other exercises."""
    first = hr.fix(_SQUAT_ONLY, goal=goal, stage=stage, unsafe=True)
    added = _ids(first.program) - _ids(hr.load_program(_SQUAT_ONLY))
    assert added, "the fixture must make fix() add something"
    names = [_CATALOG.get(i).name for i in sorted(added)]
    result = hr.fix(_SQUAT_ONLY, goal=goal, stage=stage, unsafe=True, exclude=names)
    left_out = resolve_exclude(_CATALOG, names)
    assert not (_ids(result.program) - _ids(hr.load_program(_SQUAT_ONLY))) & left_out, names
    for f in (*result.report.findings, *result.before.findings):  # nor does a fix it offers
        for edit in f.fix.edits if f.fix is not None else ():
            if edit.value and "exercise" in edit.value:
                assert _CATALOG.resolve(str(edit.value["exercise"])).id not in left_out, (f.code, edit)


def test_a_contraindicated_exercise_takes_the_next_substitute_when_the_first_is_excluded() -> None:
    """Rehab stage 2 swaps the back squat (HR010) for its most similar allowed exercise; when the
    caller excludes that one, the squat took no substitute at all (HR010 left as an error). It
    takes the next allowed one that is not left out. (Unsafe fixes: the stage allows no knee
    extension, and a hip-extension swap changes what the program trains: rv24 R7.)"""
    first = hr.fix(_SQUAT_ONLY, goal="rehab", stage=2, unsafe=True)
    (swap,) = [f for f in first.fixes if f.fixer == "substitute"]
    taken = str(swap.edits[0].value["exercise"])  # type: ignore[index]
    result = hr.fix(_SQUAT_ONLY, goal="rehab", stage=2, exclude=[taken], unsafe=True)
    assert "HR010" not in result.report.codes
    (again,) = [f for f in result.fixes if f.fixer == "substitute"]
    now = _CATALOG.resolve(str(again.edits[0].value["exercise"]))  # type: ignore[index]
    assert now.id not in resolve_exclude(_CATALOG, [taken])


def test_an_unknown_name_is_not_renamed_to_an_excluded_exercise() -> None:
    """HR009 renames an unknown name to the resolver's closest known one; that one excluded, the
    name is not renamed to it (a fix never writes an excluded exercise), and the finding stays."""
    data = {
        "name": "typo",
        "sessions": [
            {
                "name": "Mon",
                "day": "Mon",
                "exercises": [
                    {"exercise": "Nrdic", "sets": 3, "reps": "5"},
                    {"exercise": "RDL", "sets": 3, "reps": "8"},
                ],
            }
        ],
    }
    assert _CATALOG.classify("Nrdic").suggestions[0] == "Nordic hamstring curl"
    renamed = hr.fix(data, goal="tie-in", unsafe=True)
    assert any(f.fixer == "rename" for f in renamed.fixes)
    kept = hr.fix(data, goal="tie-in", unsafe=True, exclude=["Nordic"])
    assert not any(f.fixer == "rename" for f in kept.fixes)
    assert "HR009" in kept.report.codes
    assert kept.program.weeks[0].sessions[0].entries[0].exercise == "Nrdic"


def test_check_fix_takes_exclude_and_check_alone_refuses_it(tmp_path: Path) -> None:
    """``check --fix --exclude NAME`` (and ``--diff``) adds no exercise the name leaves out, as
    fix(exclude=); an unknown name is an input error naming ``exclude[0]``; ``--exclude`` without
    --fix or --diff is a usage error (check alone adds nothing)."""
    import yaml

    from hamstring_rules.cli import main

    path = tmp_path / "squat.yaml"
    path.write_text(yaml.safe_dump({**_SQUAT_ONLY, "goal": "strain_prevention"}), encoding="utf-8")
    plain = hr.fix(_SQUAT_ONLY, goal="strain_prevention", unsafe=True)
    assert "nordic_curl" in _ids(plain.program)  # the fixture adds the Nordic when it may
    out, err = io.StringIO(), io.StringIO()
    diff = ["check", "--diff", "--unsafe-fixes", "--exclude", "Nordic", str(path)]
    assert main(diff, stdout=out, stderr=err) == 1
    assert "Nordic" not in out.getvalue() and "Askling" in out.getvalue()
    main(["check", "--fix", "--unsafe-fixes", "--exclude", "Nordic", str(path)], stdout=out, stderr=err)
    written = hr.load_program(path)
    assert _ids(written) - {"back_squat"} and not _ids(written) & resolve_exclude(_CATALOG, ["Nordic"])
    err = io.StringIO()
    assert main(["check", "--fix", "--exclude", "Zzxq", str(path)], stderr=err) == 2
    assert "exclude[0]" in err.getvalue()
    err = io.StringIO()
    assert main(["check", "--exclude", "Nordic", str(path)], stderr=err) == 2
    assert "--exclude" in err.getvalue() and "--fix" in err.getvalue()


@settings(max_examples=25, deadline=None)
@given(data=program_data(), name=st.sampled_from(_SPELLINGS))
def test_no_fix_writes_an_excluded_exercise_into_any_program(data: dict[str, object], name: str) -> None:
    """For any program and any catalog name excluded: no exercise fix() writes into the
    program (added, substituted, renamed to) is one the name leaves out."""
    try:
        before = hr.load_program(data)
        result = hr.fix(data, unsafe=True, exclude=[name])
    except hr.HamstringRulesError:
        return  # a program the checks refuse (its own documented error): nothing to fix
    left_out = resolve_exclude(_CATALOG, [name])
    had = {e.exercise for w in before.weeks for s in w.sessions for e in s.entries}
    for w in result.program.weeks:
        for s in w.sessions:
            for e in s.entries:
                if e.exercise not in had:
                    found = _CATALOG.classify(e.exercise).exercise
                    assert found is None or found.id not in left_out, (name, e.exercise)


# -- the API used with odd and hostile arguments -----------------------------------------------


def test_a_name_excluded_again_is_said_once() -> None:
    """``exclude=["Nordic"] * 50`` gave 50 notes saying the same; a name said again leaves out
    nothing more and is said once."""
    once = hr.recommend("tie-in", exclude=["Nordic"])
    many = hr.recommend("tie-in", exclude=["Nordic"] * 50)
    assert many.notes == once.notes
    assert [e.exercise.id for e in many.excluded] == [e.exercise.id for e in once.excluded]


def test_exclude_takes_any_iterable_of_names_and_refuses_a_mapping_or_an_endless_one() -> None:
    """exclude= is typed Iterable but refused a generator or a dict's keys ('must be a list');
    any iterable of names is read, in order. A mapping (whose iteration is its keys only) and
    bytes are refused naming the argument; more than MAX_EXCLUDED items, an endless generator
    too, is an InputLimitError, not minutes of work."""
    import itertools

    from hamstring_rules._recommend import MAX_EXCLUDED

    listed = hr.recommend("tie-in", exclude=["Nordic", "RDL"])
    for names_in in ((n for n in ["Nordic", "RDL"]), {"Nordic": 1, "RDL": 2}.keys(), iter(("Nordic", "RDL"))):
        assert hr.recommend("tie-in", exclude=names_in).notes == listed.notes
    for bad in ({"Nordic": 1}, b"Nordic", 5):
        with pytest.raises(hr.RequestError) as info:
            hr.recommend("tie-in", exclude=bad)  # type: ignore[arg-type]
        assert info.value.location == "exclude"
    for endless in (itertools.repeat("Nordic"), ["Nordic"] * (MAX_EXCLUDED + 1)):
        with pytest.raises(hr.InputLimitError) as limit:
            hr.recommend("tie-in", exclude=endless)
        assert limit.value.location == "exclude"


def test_a_comma_list_with_empty_parts_or_a_part_naming_nothing() -> None:
    """A comma list of names with an empty part (``Nordic,,Leg curl``, a trailing comma) was read
    as one name, the Nordic, and the leg curls stayed; with a part that names nothing (``Leg
    curl, Nordic, Zzz``) the same - the unknown part dropped silently. Empty parts are no names;
    an unknown part is an unknown name with its position; a comma of the name's own stays."""
    both = resolve_exclude(_CATALOG, ["Nordic", "Leg curl"])
    for said in ("Nordic,,Leg curl", "Nordic, , Leg curl", "Nordic, Leg curl,"):
        assert resolve_exclude(_CATALOG, [said]) == both, said
    assert resolve_exclude(_CATALOG, ["Nordic,"]) == resolve_exclude(_CATALOG, ["Nordic"])
    with pytest.raises(hr.UnknownExerciseError) as info:
        hr.recommend("tie-in", exclude=["RDL", "Leg curl, Nordic, Zzz"])
    assert info.value.location == "exclude[1]" and "Zzz" in str(info.value)
    assert "romanian_deadlift" in resolve_exclude(_CATALOG, ["Deadlift, Romanian"])


def test_a_comma_beside_a_part_of_no_known_word_lists_names() -> None:
    """``Nordic, Zzz`` left out the Nordics and dropped 'Zzz' silently: a part that holds no word
    the name grammar knows is no qualifier of the name beside it, so the comma lists names and
    'Zzz' is an unknown name at its position; a word of the name after its comma (``Squat,
    Barbell``, ``Deadlift, Romanian``) keeps it one name."""
    for said in ("Nordic, Zzz", "Zzz, Nordic"):
        with pytest.raises(hr.UnknownExerciseError) as info:
            hr.recommend("tie-in", exclude=["RDL", said])
        assert info.value.location == "exclude[1]" and "'Zzz'" in str(info.value), said
    barbell = resolve_exclude(_CATALOG, ["Squat, Barbell"])
    assert "back_squat" in barbell and "goblet_squat" not in barbell


def test_a_plan_nothing_can_fill_says_which_roles_are_left_empty() -> None:
    """plan() with every exercise excluded raised 'nothing can be planned:' followed by one note
    per excluded name, cut at the message's length before the reason; it says the roles no
    exercise can fill, and the suggestion is to allow more."""
    names = [ex.name for ex in _CATALOG]
    with pytest.raises(hr.RequestError) as info:
        hr.plan("tie-in", exclude=names)
    message = str(info.value)
    assert "No exercise can fill the role" in message and "leaves out" not in message
    assert "fewer exclusions" in (info.value.suggestion or "")


def test_fix_of_something_that_is_no_program_names_its_argument() -> None:
    """fix(None) said 'source: expected a file path...' - an argument fix() does not have, and a
    str is never read as a path by fix(); the error names ``program``."""
    bad: object
    for bad in (None, [], 5):
        with pytest.raises(hr.RequestError) as info:
            hr.fix(bad)  # type: ignore[arg-type]
        assert info.value.location == "program" and "Program" in str(info.value)


def test_equipment_is_read_whatever_its_case_and_separators() -> None:
    """``equipment=["Barbell"]`` was unknown equipment ('did you mean barbell?'): a form's or a
    notebook's spelling is the value whatever its case, spaces, hyphens or underscores; a name
    that is no equipment is still refused naming its position."""
    from hamstring_rules.exercises import Equipment

    for value in Equipment:
        spelt = value.value.replace("_", " ").title()
        for said in (spelt, f" {value.value.upper()} ", value.value.replace("_", "-")):
            ranked = hr.recommend("tie-in", equipment=[said])
            assert ranked.to_dict() == hr.recommend("tie-in", equipment=[value.value]).to_dict(), said
    assert (
        hr.recommend("tie-in", equipment=["Body weight"]).to_dict()
        == hr.recommend("tie-in", equipment=[]).to_dict()
    )
    with pytest.raises(hr.RequestError) as info:
        hr.recommend("tie-in", equipment=["barbell", "Barbel"])
    assert info.value.location == "equipment[1]" and "'Barbel'" in str(info.value)


def test_explain_of_a_code_said_without_its_zeros_suggests_that_code_first() -> None:
    """``explain HR1`` suggested HR031, HR019 and HR018, and ``explain pl15`` nothing; a code
    said with its number unpadded suggests the code of those letters and that number first."""
    rules = hr.RuleSet.builtin()
    codes = sorted({r.code for r in rules if r.effect.kind == "finding"})
    for code in (*codes, "PL015"):
        letters, number = code[:2], int(code[2:])
        for said in (f"{letters}{number}", f"{letters.lower()}{number}"):
            if said == code:
                continue
            with pytest.raises(hr.UnknownCodeError) as info:
                hr.explain(said)
            assert f"did you mean '{code}'" in str(info.value), said
