"""The built-in catalog, its schema and the name resolver."""

from __future__ import annotations

import json
import tomllib
from importlib import resources
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules.catalog import (
    _checked_exercise,
    _plain_exercise,
    derive_region,
    exercise_from_mapping,
    exercise_to_mapping,
)
from hamstring_rules.exercises import ATTRIBUTES, _builder_for, _slot_values

from ..strategies import catalogs
from ..strategies import exercises as exercise_objects

CATALOG = hr.Catalog.builtin()

# Every exercise the founding article names, and every one evidence.md names.
ARTICLE = [
    "romanian_deadlift", "good_morning", "back_extension_45", "hip_dominant_bulgarian_split_squat",
    "lying_leg_curl", "conventional_deadlift", "stiff_leg_deadlift", "back_squat", "lunge",
]  # fmt: skip
EVIDENCE = [
    "seated_leg_curl", "nordic_curl", "glute_ham_raise", "reverse_hyper", "single_leg_rdl",
    "cable_pull_through", "kettlebell_swing", "hip_thrust", "glute_bridge",
    "straight_knee_bridge_hold", "isometric_leg_curl_hold", "standing_isometric_hip_extension",
    "slider_leg_curl", "front_squat", "leg_press", "leg_extension", "bulgarian_split_squat",
]  # fmt: skip
VARIANTS = [
    "dumbbell_rdl", "deficit_rdl", "trap_bar_deadlift", "sumo_deadlift", "step_up",
    "walking_lunge", "standing_leg_curl", "calf_raise",
]  # fmt: skip

# (spelling, expected id): formats.md's app and database spellings and lifters' abbreviations.
SPELLINGS = [
    ("Romanian Deadlift (Barbell)", "romanian_deadlift"),
    ("Romanian Deadlift (Dumbbell)", "dumbbell_rdl"),
    ("Good Morning (Barbell)", "good_morning"),
    ("Seated Leg Curl (Machine)", "seated_leg_curl"),
    ("Lying Leg Curl (Machine)", "lying_leg_curl"),
    ("Back Extension (Hyperextension)", "back_extension_45"),
    ("Squat (Barbell)", "back_squat"),
    ("Deadlift (Barbell)", "conventional_deadlift"),
    ("Hip Thrust (Barbell)", "hip_thrust"),
    ("Romanian Deadlift", "romanian_deadlift"),
    ("Romanian Deadlift from Deficit", "deficit_rdl"),
    ("Stiff-Legged Barbell Deadlift", "stiff_leg_deadlift"),
    ("Stiff-legged Deadlifts", "stiff_leg_deadlift"),
    ("Good Morning", "good_morning"),
    ("Good Morning off Pins", "good_morning"),
    ("Hyperextensions (Back Extensions)", "back_extension_45"),
    ("Reverse Hyperextension", "reverse_hyper"),
    ("Glute Ham Raise", "glute_ham_raise"),
    ("Natural Glute Ham Raise", "nordic_curl"),
    ("Lying Leg Curls", "lying_leg_curl"),
    ("Seated Leg Curl", "seated_leg_curl"),
    ("Standing Leg Curl", "standing_leg_curl"),
    ("Ball Leg Curl", "ball_leg_curl"),
    ("Nordic Curl", "nordic_curl"),
    ("Single Leg RDL", "single_leg_rdl"),
    ("Kettlebell One-Legged Deadlift", "single_leg_rdl"),
    ("Barbell Romanian Deadlift (RDL)", "romanian_deadlift"),
    ("RDL", "romanian_deadlift"),
    ("rdl", "romanian_deadlift"),
    ("RDLs", "romanian_deadlift"),
    ("SLDL", "stiff_leg_deadlift"),
    ("SL-RDL", "single_leg_rdl"),
    ("GM", "good_morning"),
    ("GHR", "glute_ham_raise"),
    ("BSS", "bulgarian_split_squat"),
    ("KB swing", "kettlebell_swing"),
    ("KB Swings", "kettlebell_swing"),
    ("45° back extension", "back_extension_45"),
    ("45-degree back extension", "back_extension_45"),
    ("hypers", "back_extension_45"),
    ("  romanian   DEADLIFT!! ", "romanian_deadlift"),
    ("Deadlift (Trap bar)", "trap_bar_deadlift"),
    ("Single-Leg Romanian Deadlift (Kettlebell)", "single_leg_rdl"),
    ("Hip Dominant Bulgarian Split Squat", "hip_dominant_bulgarian_split_squat"),
    ("Calf Raise (Machine)", "calf_raise"),
]


def test_catalog_has_at_least_35_exercises() -> None:
    """The shipped catalog holds at least 35 exercises."""
    assert len(CATALOG) >= 35


@pytest.mark.parametrize("ident", ARTICLE + EVIDENCE + VARIANTS)
def test_named_exercises_are_in_the_catalog(ident: str) -> None:
    """Every exercise the article, evidence.md and the issue name is in the catalog."""
    assert CATALOG.get(ident).id == ident


@pytest.mark.parametrize(("spelling", "expected"), SPELLINGS)
def test_resolver_places_real_spellings(spelling: str, expected: str) -> None:
    """App exports, exercise databases and abbreviations resolve to the right exercise."""
    assert CATALOG.resolve(spelling).id == expected


def test_unknown_name_raises_with_did_you_mean() -> None:
    """A typo raises UnknownExerciseError naming the value and the closest exercise."""
    with pytest.raises(hr.UnknownExerciseError) as info:
        CATALOG.resolve("Romanin Dedlfit")
    err = info.value
    assert err.name == "Romanin Dedlfit"
    assert "Romanian deadlift" in err.candidates
    assert isinstance(err, LookupError)
    assert "did you mean" in str(err)


@pytest.mark.parametrize(
    "name",
    [
        "Bench Press (Barbell)",
        "Lat Pulldown (Cable)",
        "Hanging Leg Raise",
        "Bicep Curl (Dumbbell)",
        "Pull Up",
        "Overhead Press",
        "Plank",
    ],
)
def test_upper_body_names_are_out_of_scope(name: str) -> None:
    """Upper-body and core exercises are recognised as out of scope, not unknown."""
    assert CATALOG.classify(name).status == "out_of_scope"


@pytest.mark.parametrize("name", ["Leg Curl", "Seated Leg Curl", "Calf Raise"])
def test_leg_exercises_never_out_of_scope(name: str) -> None:
    """Names with 'curl' or 'raise' that are leg exercises resolve to the catalog first."""
    assert CATALOG.classify(name).status == "exercise"


def test_unknown_leg_exercise_is_unknown_not_out_of_scope() -> None:
    """A leg exercise the catalog lacks is reported unknown, with suggestions."""
    res = CATALOG.classify("Hamstring Gizmo")
    assert res.status == "unknown"


def test_no_spelling_belongs_to_two_exercises() -> None:
    """No normalised alias or name of one exercise is another exercise's spelling."""
    owner: dict[str, str] = {}
    for ex in CATALOG:
        for spelling in (ex.name, *ex.aliases):
            key = hr.normalize_name(spelling)
            assert owner.setdefault(key, ex.id) == ex.id, (spelling, owner[key], ex.id)


def test_every_alias_resolves_to_its_own_exercise() -> None:
    """Every shipped name and alias resolves back to the exercise that lists it."""
    wrong = [
        (a, ex.id, CATALOG.resolve(a).id)
        for ex in CATALOG
        for a in (ex.name, *ex.aliases)
        if CATALOG.resolve(a).id != ex.id
    ]
    assert wrong == []


def test_every_exercise_cites_a_source_and_explains_its_region() -> None:
    """Each exercise traces to the article, evidence.md, or says it is a heuristic."""
    for ex in CATALOG:
        assert ex.sources, ex.id
        assert ex.region_reason, ex.id


# Exercises whose stated region departs from the joint-action derivation, on purpose.
REGION_OVERRIDES = {
    "hip_dominant_bulgarian_split_squat": "proximal",  # the article: forward lean, deep hip flexion
    "single_leg_glute_bridge": "whole",  # a bent-knee bridge: indirect work (review 2026-11 B2; heuristic)
    "flywheel_leg_curl": "whole",  # all regions used acutely (Mendez-Villanueva 2016)
}


def test_stated_regions_agree_with_the_derivation() -> None:
    """Regions follow from joint action, knee and hip, except documented overrides."""
    for ex in CATALOG:
        if ex.modality is not hr.Modality.STRENGTH:  # classes of their own: region "none", stated
            assert ex.region is hr.Region.NONE, ex.id
            continue
        derived, _ = derive_region(ex.primary_action, ex.knee, ex.hip_flexion)
        expected = REGION_OVERRIDES.get(ex.id, derived.value)
        assert ex.region.value == expected, ex.id


def test_joint_action_classes() -> None:
    """The RDL is a straight-knee hinge; the deadlift and squat are not."""
    assert CATALOG.get("romanian_deadlift").straight_knee_hip_extension
    assert not CATALOG.get("conventional_deadlift").straight_knee_hip_extension
    assert CATALOG.get("conventional_deadlift").hamstring_set_credit == 0.5
    assert CATALOG.get("back_squat").hamstring_set_credit == 0.0
    assert CATALOG.get("lying_leg_curl").hamstring_set_credit == 1.0
    assert CATALOG.get("back_squat").knee_dominant


def test_stiff_leg_and_romanian_differ_by_start_position() -> None:
    """The SLDL starts from the floor each rep; the RDL starts standing (article FAQ)."""
    assert CATALOG.get("stiff_leg_deadlift").start_position is hr.StartPosition.FLOOR
    assert CATALOG.get("romanian_deadlift").start_position is hr.StartPosition.STANDING


def test_shipped_file_has_no_unknown_fields() -> None:
    """The shipped TOML validates strictly: every entry converts with no unknown field."""
    text = resources.files("hamstring_rules").joinpath("data").joinpath("exercises.toml").read_text("utf-8")
    data = tomllib.loads(text)
    for entry in data["exercise"]:
        assert exercise_from_mapping(entry).id == entry["id"]


def _entry(**changes: object) -> dict[str, object]:
    base = exercise_to_mapping(CATALOG.get("romanian_deadlift"))
    base.update(id="my_rdl", aliases=[])
    base.update(changes)
    return base


def test_bad_enum_value_names_id_and_field() -> None:
    """A wrong value fails with the exercise id, the field and the allowed values."""
    with pytest.raises(hr.CatalogError) as info:
        exercise_from_mapping(_entry(knee="wobbly"))
    assert info.value.location == "exercise 'my_rdl'.knee"
    assert "soft_fixed" in (info.value.suggestion or "")


def test_unknown_field_names_id_and_field() -> None:
    """An unknown field fails with a did-you-mean."""
    with pytest.raises(hr.CatalogError) as info:
        exercise_from_mapping(_entry(kne="straight"))
    assert info.value.location == "exercise 'my_rdl'.kne"
    assert "knee" in (info.value.suggestion or "")


def test_missing_field_is_named() -> None:
    """A missing required field is named."""
    entry = _entry()
    del entry["laterality"]
    with pytest.raises(hr.CatalogError, match="laterality"):
        exercise_from_mapping(entry)


def test_region_is_derived_when_omitted() -> None:
    """Without a region, the joint action decides it and the reason says so."""
    entry = _entry()
    del entry["region"]
    del entry["region_reason"]
    ex = exercise_from_mapping(entry)
    assert ex.region is hr.Region.PROXIMAL
    assert ex.region_reason.startswith("derived")


def test_catalog_is_order_independent_and_rejects_duplicates() -> None:
    """The same exercises in any order make an equal catalog; duplicate ids fail."""
    items = list(CATALOG)
    assert hr.Catalog(reversed(items)) == CATALOG
    with pytest.raises(hr.CatalogError, match="duplicate"):
        hr.Catalog([items[0], items[0]])


def test_with_exercises_returns_a_new_catalog() -> None:
    """Extending never mutates the built-in catalog; an app's alias wins over a catalog
    exercise's alias, which that exercise no longer lists."""
    mine = attrs.evolve(
        CATALOG.get("romanian_deadlift"),
        id="trap_bar_rdl",
        name="Trap-bar RDL",
        aliases=("TB RDL", "Barbell Romanian Deadlift"),
    )
    extended = CATALOG.with_exercises([mine])
    assert len(extended) == len(CATALOG) + 1
    assert extended.resolve("TB RDL").id == "trap_bar_rdl"
    assert extended.resolve("Barbell Romanian Deadlift").id == "trap_bar_rdl"
    assert "Barbell Romanian Deadlift" not in extended.get("romanian_deadlift").aliases
    assert extended.resolve("Romanian deadlift").id == "romanian_deadlift"
    assert CATALOG.resolve("Barbell Romanian Deadlift").id == "romanian_deadlift"
    assert "Barbell Romanian Deadlift" in CATALOG.get("romanian_deadlift").aliases


def test_an_added_alias_that_is_a_catalog_name_is_refused() -> None:
    """An app's alias that reads as a catalog exercise's name ('RDL' is 'romanian deadlift')
    would hide that exercise from every name lookup: a CatalogError naming both and the spelling."""
    mine = attrs.evolve(
        CATALOG.get("romanian_deadlift"), id="trap_bar_rdl", name="Trap-bar RDL", aliases=("RDL",)
    )
    with pytest.raises(hr.CatalogError) as caught:
        CATALOG.with_exercises([mine])
    error = caught.value
    assert error.location == "exercise trap_bar_rdl.aliases"
    assert "'romanian_deadlift'" in error.message and "'trap_bar_rdl'" in error.message
    assert "'RDL'" in error.message and "'Romanian deadlift'" in error.message


def test_overlong_name_is_refused() -> None:
    """A name longer than the limit is an InputLimitError, not a slow fuzzy search."""
    with pytest.raises(hr.InputLimitError):
        CATALOG.resolve("x" * 10_000)


def test_search_by_attributes() -> None:
    """search() filters by attribute values, sets included."""
    proximal_hinges = CATALOG.search(region="proximal", straight_knee_hip_extension=True)
    assert "romanian_deadlift" in {e.id for e in proximal_hinges}
    assert all(e.region is hr.Region.PROXIMAL for e in proximal_hinges)
    assert {e.id for e in CATALOG.search(equipment="ghr")} == {"glute_ham_raise"}


# -- the loader's fast path agrees with the checked one ------------------------------------------

_FIELDS = {f.name: f for f in attrs.fields(hr.Exercise)}
_TEXT_LISTS = ("aliases", "cues", "pitfalls", "sources")


def _valid_value(name: str) -> st.SearchStrategy[object]:
    """A value of the field as a catalog file holds it (plain JSON)."""
    declared = ATTRIBUTES.get(name)
    if name in _TEXT_LISTS:
        return st.lists(st.text(max_size=4), max_size=2)
    if declared is None:  # region_reason
        return st.text(max_size=6)
    kind = declared.enum
    if kind is not None:
        values = [m.value for m in kind]
        return st.lists(st.sampled_from(values), max_size=3) if declared.many else st.sampled_from(values)
    if declared.python_type is bool:
        return st.booleans()
    if declared.python_type is int:
        return st.none() | st.integers(1, 100_000)
    return st.text(max_size=6)


# Values equal to a valid one (or to one of another field) that the full check refuses or
# stores differently: a fast path keyed on equality must still tell them apart.
_LOOKALIKE_VALUES = [1, 0, 1.0, True, False, "1", "true", None, 0.5, 100_001, [], ["x"], [1], {}, "low", "ok"]
_LOOKALIKES = st.sampled_from(_LOOKALIKE_VALUES)


@st.composite
def _records(draw: st.DrawFn) -> dict[str, object]:
    """A catalog-file entry: valid fields (the optional ones sometimes absent, in any order),
    sometimes one replaced by a look-alike, left out or joined by an unknown one."""
    record: dict[str, object] = {
        "id": draw(st.sampled_from(["a", "b_2", "x9"])),
        "name": draw(st.sampled_from(["A", "B b"])),
    }
    names = [n for n in _FIELDS if n not in ("id", "name")]
    for name in draw(st.permutations(names)):
        required = _FIELDS[name].default is attrs.NOTHING and name != "region"
        if required or draw(st.booleans()):
            record[name] = draw(_valid_value(name))
    if draw(st.integers(0, 3)) == 0:
        record[draw(st.sampled_from(sorted(record)))] = draw(_LOOKALIKES)
    if draw(st.integers(0, 9)) == 0:
        record.pop(draw(st.sampled_from(sorted(record))))
    if draw(st.integers(0, 19)) == 0:
        record["kne"] = "straight"
    return record


def _same(fast: hr.Exercise, checked: hr.Exercise) -> None:
    """Equal, equal hashes, and the same type in every slot (so ``True`` never stands in for 1)."""
    assert fast == checked and hash(fast) == hash(checked)
    assert [type(v) for v in _slot_values(fast)] == [type(v) for v in _slot_values(checked)]


@given(record=_records(), other=_records())
def test_the_loaders_fast_path_builds_what_the_checked_path_builds(
    record: dict[str, object], other: dict[str, object]
) -> None:
    """The fast path of a catalog file's entries (exact types, a plan per shape, copies of an
    entry seen before) builds what the full check and the public constructor build, and
    refuses (to the full check, which names the problem) whatever that one refuses - also when
    an entry equal but for its id, name or the type of a value was seen before."""
    seen: dict[tuple[object, ...], object] = {}
    for entry in (record, other, {**record, "id": "c_copy", "name": "C"}):
        fast = _plain_exercise(entry, seen)
        try:
            checked = _checked_exercise(entry, "t") if isinstance(entry.get("id"), str) else None
        except hr.CatalogError:
            checked = None
        if fast is None:
            continue  # the loader then takes the checked path
        assert checked is not None, entry
        _same(fast, checked)


@pytest.mark.parametrize("field", sorted(_FIELDS))
def test_a_look_alike_value_takes_the_checked_path(field: str) -> None:
    """Every field of a valid entry, replaced by each look-alike value (``1`` for ``True``,
    ``1.0`` for ``1``, ``"low"`` where it is no member...), after the valid entry was seen: the
    fast path builds what the checked path builds or leaves it to that path - never a copy of
    the entry seen."""
    base = {**exercise_to_mapping(CATALOG.get("romanian_deadlift")), "article_rank": 3}
    for value in _LOOKALIKE_VALUES:
        seen: dict[tuple[object, ...], object] = {}
        assert _plain_exercise(base, seen) is not None
        entry = {**base, "id": "look_alike", field: value}
        fast = _plain_exercise(entry, seen)
        try:
            checked = _checked_exercise(entry, "t") if isinstance(entry["id"], str) else None
        except hr.CatalogError:
            checked = None
        if fast is not None:
            assert checked is not None, (field, value)
            _same(fast, checked)


@given(exercise=exercise_objects(), drop=st.sets(st.sampled_from(sorted(_FIELDS))))
def test_the_converted_builder_equals_the_public_constructor(exercise: hr.Exercise, drop: set[str]) -> None:
    """An exercise built from converted fields (defaults and factory defaults filled in) equals,
    slot for slot, the one the public constructor makes of the same fields."""
    fields = {
        name: getattr(exercise, name)
        for name, f in _FIELDS.items()
        if name not in drop or f.default is attrs.NOTHING
    }
    _same(_builder_for(tuple(fields))(list(fields.values())), hr.Exercise(**fields))


def test_marks_of_dead_objects_are_never_taken_for_a_new_one() -> None:
    """The 'already checked' marks hold weak references: an object that died is not checked
    (even when a new object gets its id), and the marks of dead objects are swept out."""
    from hamstring_rules import _validate

    kept = _validate.mark_checked(hr.Catalog.builtin().get("romanian_deadlift"))
    for _ in range(5000):
        temporary = attrs.evolve(kept, id="temporary")
        _validate.mark_checked(temporary)
        assert _validate.is_checked(temporary)
        del temporary
        assert not _validate.is_checked(attrs.evolve(kept, id="fresh"))
    assert _validate.is_checked(kept)
    assert len(_validate._CHECKED) < 5000


def test_every_exercise_of_a_loaded_catalog_is_marked_checked(tmp_path: Path) -> None:
    """A file's exercises are built from checked data: marked, so a later catalog made of them
    does not check them again."""
    from hamstring_rules import _validate

    file = tmp_path / "c.json"
    file.write_text(json.dumps({"exercise": CATALOG.to_records()}), encoding="utf-8")
    loaded = hr.Catalog.from_file(file)
    assert loaded == CATALOG
    assert all(_validate.is_checked(ex) for ex in loaded)


@pytest.mark.parametrize("where", ["entry", "root"])
def test_deep_nesting_in_a_catalog_file_is_refused_past_its_plain_entries(tmp_path: Path, where: str) -> None:
    """The plain entries are built before JSON's nesting check walks the rest: deep nesting in
    an entry that is not plain, or beside the entries, is still an InputLimitError."""
    deep: object = "x"
    for _ in range(40):
        deep = [deep]
    records = CATALOG.to_records()
    data: dict[str, object] = {"exercise": records}
    if where == "entry":
        records.append({**records[0], "id": "deep", "cues": deep})
    else:
        data["notes"] = deep
    file = tmp_path / "deep.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(hr.InputLimitError, match="nesting deeper"):
        hr.Catalog.from_file(file)


@given(catalog=catalogs(max_size=8), copies=st.integers(0, 3))
def test_a_catalog_file_loads_back_equal(catalog: hr.Catalog, copies: int) -> None:
    """Any catalog written as a JSON file (each exercise also repeated under other ids, as a
    big file repeats kinds of exercise, every other copy with its own text lists: what the
    loader copies is the attributes, never another entry's aliases, cues, pitfalls or sources)
    loads back equal, exercise for exercise."""
    import tempfile

    records = catalog.to_records()
    texts = ("aliases", "cues", "pitfalls", "sources")
    extra = [
        {
            **r,
            "id": f"{r['id']}_{k}",
            "name": f"{r['name']} {k}",
            **(
                {t: [f"{t} of copy {k} of {r['id']}"] * (1 + j % 2) for j, t in enumerate(texts)}
                if k % 2
                else {}
            ),
        }
        for k in range(copies)
        for r in records
    ]
    try:
        expected = hr.Catalog([*catalog, *(_checked_exercise(r, "t") for r in extra)])
    except hr.CatalogError as exc:  # a copy's name reads as another's ('Gen A' 1, 'Gen A 1')
        refused: hr.CatalogError | None = exc
    else:
        refused = None
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "c.json"
        file.write_text(json.dumps({"exercise": records + extra}), encoding="utf-8")
        if refused is not None:  # the file is refused alike
            with pytest.raises(hr.CatalogError) as caught:
                hr.Catalog.from_file(file)
            assert caught.value.message == refused.message
            return
        loaded = hr.Catalog.from_file(file)
    assert loaded == expected
    for fast, checked in zip(loaded, expected, strict=True):
        _same(fast, checked)


@pytest.mark.parametrize("suffix", [".yaml", ".yml", ".toml"])
def test_a_yaml_or_toml_catalog_over_its_byte_limit_is_refused_before_it_is_read(
    tmp_path: Path, suffix: str
) -> None:
    """YAML and TOML parse 5-20 times slower a byte than JSON: their catalog files have their own
    default byte limit (1 MiB), refused from the file's size (a sparse file: nothing is read),
    naming the file, its size and the limit, and pointing to JSON and to max_bytes."""
    from hamstring_rules.catalog import MAX_CATALOG_BYTES, MAX_TEXT_CATALOG_BYTES

    file = tmp_path / f"big{suffix}"
    with file.open("wb") as fh:
        fh.truncate(MAX_TEXT_CATALOG_BYTES + 1)
    with pytest.raises(hr.InputLimitError) as info:
        hr.Catalog.from_file(file)
    text = str(info.value)
    assert str(file) in text and f"{MAX_TEXT_CATALOG_BYTES + 1:,} bytes" in text
    assert f"limit of {MAX_TEXT_CATALOG_BYTES:,}" in text
    assert "JSON" in text and "max_bytes" in text and f"{MAX_CATALOG_BYTES:,}" in text
    with pytest.raises(hr.CatalogError) as trusted:  # a trusted file: read (then refused as binary)
        hr.Catalog.from_file(file, max_bytes=MAX_TEXT_CATALOG_BYTES + 1)
    assert not isinstance(trusted.value, hr.InputLimitError)
    json_file = tmp_path / "big.json"  # JSON keeps its 20 MiB
    json_file.write_text(json.dumps({"exercise": [], "notes": "x" * MAX_TEXT_CATALOG_BYTES}))
    assert len(hr.Catalog.from_file(json_file)) == 0


@pytest.mark.parametrize("fmt", ["yaml", "toml"])
def test_a_yaml_or_toml_catalog_of_too_many_values_is_refused_while_parsing(tmp_path: Path, fmt: str) -> None:
    """Small files of many tiny values cost the most parsing a byte: over 120,000 values a YAML
    or TOML catalog is refused (YAML's counted as it is built, TOML's bounded by its commas and
    lines before parsing), pointing to JSON; max_bytes (a trusted file) lifts it."""
    from hamstring_rules.catalog import MAX_TEXT_CATALOG_VALUES

    row = "[" + ",".join(["1"] * 1000) + "]"
    rows = ",".join([row] * (MAX_TEXT_CATALOG_VALUES // 1000 + 1))
    file = tmp_path / f"dense.{fmt}"
    file.write_text(f"exercise = [{rows}]\n" if fmt == "toml" else f"exercise: [{rows}]\n")
    with pytest.raises(hr.InputLimitError, match=f"over {MAX_TEXT_CATALOG_VALUES:,} values") as info:
        hr.Catalog.from_file(file)
    assert str(file) in str(info.value) and "JSON" in str(info.value)
    with pytest.raises(hr.CatalogError) as trusted:  # parsed: a list of lists is not a catalog
        hr.Catalog.from_file(file, max_bytes=10 * 1024 * 1024)
    assert not isinstance(trusted.value, hr.InputLimitError)


def test_get_with_a_name_says_it_takes_an_id() -> None:
    """get() takes ids: a name is refused with the id it names (not 'did you mean' other
    exercises' names), and an id's near misses are suggested as ids."""
    catalog = hr.Catalog.builtin()
    with pytest.raises(hr.UnknownExerciseError) as caught:
        catalog.get("Romanian deadlift")
    assert caught.value.candidates == ("romanian_deadlift",)
    assert "get() takes an id" in str(caught.value) and "resolve()" in str(caught.value)
    with pytest.raises(hr.UnknownExerciseError) as caught:
        catalog.get("romanain_deadlift")
    assert "romanian_deadlift" in caught.value.candidates
    assert all(c in catalog.ids for c in caught.value.candidates)
