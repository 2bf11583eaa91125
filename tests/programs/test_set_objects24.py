"""Per-set objects, the usual app JSON (review28 N4): ``sets: [{reps: 10, weight: 80}, ...]`` is the
list of the entry's sets - their number, the reps they span, the hardest effort, each set's load kept -
and a key a set may not give is refused, naming it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr


def _entry(sets: object, **more: object) -> hr.Entry:
    data = {
        "name": "p",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": sets, **more}]}],
    }
    return hr.load_program(json.dumps(data).encode(), name="p.json").sessions[0].entries[0]


def test_the_reviews_app_json_reads_as_its_sets() -> None:
    """review28's p19_setlist.json: 3 set objects of 10, 8, 8 reps at 80, 90, 90 (no unit)."""
    text = (
        b'{"name":"App JSON","sessions":[{"name":"A","day":"mon","exercises":['
        b'{"exercise":"RDL","sets":[{"reps":10,"weight":80},{"reps":8,"weight":90},{"reps":8,"weight":90}]},'
        b'{"exercise":"Seated leg curl","sets":[{"reps":12},{"reps":12},{"reps":12}]}]}]}'
    )
    program = hr.load_program(text, name="p.json")
    rdl, curl = program.sessions[0].entries
    assert (rdl.sets, rdl.reps_low, rdl.reps_high, rdl.load) == (3, 8, 10, None)
    assert rdl.notes is not None and "80" in rdl.notes and "90" in rdl.notes  # no weight lost
    assert (curl.sets, curl.reps_low, curl.reps_high, curl.notes) == (3, 12, 12, None)
    assert any("set object" in notice for notice in program.notices)


def test_one_load_with_its_unit_is_the_entrys_load() -> None:
    entry = _entry([{"reps": 5, "weight_kg": 100}, {"reps": 5, "weight_kg": 100}])
    assert (entry.sets, entry.reps_low, entry.load) == (2, 5, "100 kg")


def test_the_hardest_set_gives_the_effort() -> None:
    """A set to failure (``8+``) is RIR 0, the hardest; RPE 9 beats RPE 7."""
    assert _entry([{"reps": 10, "rpe": 7}, {"reps": "8+"}]).rir == 0
    entry = _entry([{"reps": 10, "rpe": 7}, {"reps": 8, "rpe": 9}])
    assert (entry.rpe, entry.rir) == (9, None)


def test_sets_of_holds() -> None:
    entry = _entry([{"hold_s": 30}, {"hold_s": 45}])
    assert (entry.sets, entry.hold_s) == (2, 30)


@pytest.mark.parametrize(
    ("sets", "more", "said"),
    [
        ([{"reps": 10, "weigth": 80}], {}, "sets[0]: unknown key 'weigth'"),
        ([{"reps": 10}, {"reps": 10, "set_type": "warmup"}], {}, "sets[1]: unknown key 'set_type'"),
        ([{"reps": 10}], {"reps": 8}, "drop the reps key"),
        ([{"reps": 10, "weight": "heavy"}], {}, "sets[0].weight: expected a weight"),
        ([{"reps": 10, "weight": 80, "weight_kg": 80}], {}, "twice"),
        ([{"reps": 10}] * 21, {}, "sets lists 21 sets"),
        ([{"weight": 80}], {}, "sets[0]: reps"),
    ],
)
def test_a_set_object_it_cannot_read_is_refused_naming_it(
    sets: object, more: dict[str, object], said: str
) -> None:
    with pytest.raises(hr.ProgramError) as caught:
        _entry(sets, **more)
    assert said in str(caught.value)
    assert "exercises[0]" in str(caught.value)


@given(
    st.lists(
        st.tuples(st.integers(1, 30), st.one_of(st.none(), st.integers(0, 5)), st.integers(20, 200)),
        min_size=1,
        max_size=20,
    )
)
def test_set_objects_read_as_their_count_range_and_hardest_effort(
    sets: list[tuple[int, int | None, int]],
) -> None:
    """Any list of set objects: as many sets, the reps' lowest to highest, the lowest RIR given; one
    load with its unit is the entry's, loads that differ are all kept in the notes."""
    objects = [{"reps": r, "weight_kg": w, **({"rir": e} if e is not None else {})} for r, e, w in sets]
    entry = _entry(objects)
    reps = [r for r, _, _ in sets]
    efforts = [e for _, e, _ in sets if e is not None]
    assert (entry.sets, entry.reps_low, entry.reps_high) == (len(sets), min(reps), max(reps))
    assert entry.rir == (min(efforts) if efforts else None)
    loads = {w for _, _, w in sets}
    if len(loads) == 1:
        assert entry.load == f"{loads.pop()} kg"
    else:
        assert entry.notes is not None
        assert all(f"{w} kg" in entry.notes for w in loads)
