"""Set schemes (progs20): one grammar for what a set holds, read alike by a program file's ``sets``,
a sheet's Sets and Reps cells and a sheet's column per set (nSuns' ``Set 1 | Set 2 ...``); groups of
sets each written as a sets value is (``1x5+, 2x8-10``, ``2x30s, 1x45s``); one rule for a list of
each set's reps beside sets; an effort named after the reps (``3x10 RPE 7``); a ``load:`` key; and
every prescription the library prints reads back as a program."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules._files import MAX_ROLE_CELL
from hamstring_rules._program_file import _CSV_KEYS, _names_an_exercise

from .test_sheets11 import _accepted, _program_validator


def _data(**entry: Any) -> dict[str, Any]:
    return {"name": "p", "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", **entry}]}]}


def _entry(**entry: Any) -> hr.Entry:
    """The one entry of a one-session program file written with ``entry``."""
    return hr.load_program(_data(**entry)).sessions[0].entries[0]


def _dose(entry: hr.Entry) -> tuple[Any, ...]:
    return (entry.sets, entry.reps_low, entry.reps_high, entry.per_side, entry.hold_s, entry.rir, entry.rpe)


def _csv(tmp_path: Path, text: str, name: str = "program.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _sheet_entries(path: Path) -> list[hr.Entry]:
    return [e for w in hr.load_program(path).weeks for s in w.sessions for e in s.entries]


# -- a column per set reads its cells as a Reps cell ------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "dose"),
    [
        ("8-10", (3, 8, 10, False, None, None, None)),
        ("AMRAP", (3, 1, 1, False, None, 0, None)),  # to failure, at least 1 rep (said)
        ("8 each", (3, 8, 8, True, None, None, None)),
        ("8 (RPE 7)", (3, 8, 8, False, None, None, 7.0)),
        ("60s", (3, 1, 1, False, 60, None, None)),
        ("8 RPE 7", (3, 8, 8, False, None, None, 7.0)),
    ],
)
def test_a_column_per_set_reads_everyday_set_cells(tmp_path: Path, cell: str, dose: tuple[Any, ...]) -> None:
    """'8-10', 'AMRAP', '8 each', '8 (RPE 7)', '60s' in Set 1..Set 3 were refused ('expected a whole
    number of sets'); they read as three sets of what the cell says, as a Reps column reads it."""
    per_set = _csv(tmp_path, f'Exercise,Set 1,Set 2,Set 3\nRDL,"{cell}","{cell}","{cell}"\n')
    by_reps = _csv(tmp_path, f'Exercise,Sets,Reps\nRDL,3,"{cell}"\n', "reps.csv")
    (one,) = _sheet_entries(per_set)
    (other,) = _sheet_entries(by_reps)
    assert _dose(one) == dose == _dose(other)


def test_a_set_cell_of_a_load_by_reps_is_that_many_reps_with_its_load_kept(tmp_path: Path) -> None:
    """'100 x 8' in a set's cell (a load no count of sets may be: over 20) is one set of 8, the cell
    kept in the notes; '10 x 8' stays 10 sets of 8, as a Sets cell reads it."""
    path = _csv(tmp_path, "Exercise,Set 1,Set 2\nRDL,100 x 8,100 x 8\nLeg curl,82.5kg x 10,\n")
    rdl, curl = _sheet_entries(path)
    assert _dose(rdl)[:3] == (2, 8, 8) and "100 x 8" in (rdl.notes or "")
    assert _dose(curl)[:3] == (1, 10, 10) and "82.5kg x 10" in (curl.notes or "")


def test_a_row_of_different_set_cells_reads_their_sets_together(tmp_path: Path) -> None:
    """Set 1..3 of '8-10', '8-10', 'AMRAP' are 3 sets spanning 1-10 reps, the last to failure (RIR 0);
    holds of 60 s and 45 s are two holds of 45 s, the shortest; the cells kept in the notes."""
    path = _csv(tmp_path, "Exercise,Set 1,Set 2,Set 3\nRDL,8-10,8-10,AMRAP\nBridge hold,60s,45s,\n")
    rdl, hold = _sheet_entries(path)
    assert _dose(rdl) == (3, 1, 10, False, None, 0, None)
    assert _dose(hold) == (2, 1, 1, False, 45, None, None) and "60s" in (hold.notes or "")


def test_a_set_cell_read_as_no_set_is_refused_naming_its_column_and_line(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Exercise,Set 1,Set 2\nRDL,8,8\nLeg curl,12,twelve\n")
    with pytest.raises(hr.ProgramError) as caught:
        hr.load_program(path)
    assert "program.csv:3" in str(caught.value) and "'Set 2'" in str(caught.value)
    assert "'twelve'" in str(caught.value)


_COUNT = st.integers(1, 30)
_CELLS = st.one_of(
    _COUNT.map(str),
    st.tuples(_COUNT, st.integers(0, 6)).map(lambda p: f"{p[0]}-{p[0] + p[1]}"),
    _COUNT.map(lambda n: f"{n}+"),
    st.just("AMRAP"),
    st.tuples(_COUNT, st.sampled_from(["each", "per leg", "each side"])).map(lambda p: f"{p[0]} {p[1]}"),
    st.tuples(_COUNT, st.integers(6, 10)).map(lambda p: f"{p[0]} (RPE {p[1]})"),
    st.tuples(_COUNT, st.integers(6, 10)).map(lambda p: f"{p[0]} @ RPE {p[1]}"),
    st.tuples(_COUNT, st.integers(0, 4)).map(lambda p: f"{p[0]} RIR {p[1]}"),
    st.integers(10, 90).map(lambda s: f"{s}s"),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cell=_CELLS, sets=st.integers(1, 6))
def test_a_column_per_set_reads_as_the_reps_column_does(tmp_path: Path, cell: str, sets: int) -> None:
    """A row filling ``sets`` set columns with one cell reads as a row of that many sets and the cell
    in a Reps column: one grammar for both."""
    columns = ",".join(f"Set {i}" for i in range(1, 7))
    cells = ",".join([f'"{cell}"'] * sets + [""] * (6 - sets))
    (one,) = _sheet_entries(_csv(tmp_path, f"Exercise,{columns}\nRDL,{cells}\n"))
    (other,) = _sheet_entries(_csv(tmp_path, f'Exercise,Sets,Reps\nRDL,{sets},"{cell}"\n', "reps.csv"))
    assert _dose(one) == _dose(other)


# -- groups of sets, each written as a sets value ----------------------------------------------------


@pytest.mark.parametrize(
    ("sets", "dose"),
    [
        ("1x5+, 2x8-10", (3, 5, 10, False, None, 0, None)),  # a to-failure group and a range group
        ("2x30s, 1x45s", (3, 1, 1, False, 30, None, None)),  # holds of different lengths: the shortest
        ("1x8 (RPE 7), 2x6 @ RPE 9", (3, 6, 8, False, None, None, 9.0)),  # the hardest effort
        ("1x8-10 per leg; 2x12 per leg", (3, 8, 12, True, None, None, None)),
        ("1xAMRAP, 2x8-10", (3, 1, 10, False, None, 0, None)),
    ],
)
def test_groups_of_sets_read_each_as_a_sets_value(sets: str, dose: tuple[Any, ...]) -> None:
    """'1x5+, 2x8-10' and '2x30s, 1x45s' were refused; each group reads as a sets value, then
    together: the sets added up, the reps they span, the shortest hold, the hardest effort, and the
    groups as written in the notes, said in a notice."""
    program = hr.load_program(_data(sets=sets))
    entry = program.sessions[0].entries[0]
    assert _dose(entry) == dose
    assert sets in (entry.notes or "")
    assert any("groups together" in n for n in program.notices)


@pytest.mark.parametrize(
    ("sets", "says"),
    [
        ("1x30s, 2x8", "holds and reps together"),
        ("1x8 each, 2x6", "per side and some not"),
        ("1x8 @ 3-1-1-0, 2x6 @ 2-0-1-0", "different tempos"),
        ("1x5, 2xfoo", "'2xfoo' is no group of sets"),
        ("15x5, 10x5-8", "add up to 25 sets"),
    ],
)
def test_groups_one_entry_cannot_hold_are_refused_by_name(sets: str, says: str) -> None:
    with pytest.raises(hr.ProgramError, match=re.escape(says)) as caught:
        _entry(sets=sets)
    assert "exercises[0]" in str(caught.value)


@settings(max_examples=60, deadline=None)
@given(
    cell=_CELLS.filter(lambda c: not c.isdigit() and not c.endswith("+")),
    a=st.integers(1, 8),
    b=st.integers(1, 8),
)
def test_two_groups_of_one_cell_read_as_their_sets_of_it(cell: str, a: int, b: int) -> None:
    """'a x C, b x C' reads as a+b sets of C (the groups added up)."""
    assert _dose(_entry(sets=f"{a}x{cell}, {b}x{cell}")) == _dose(_entry(sets=a + b, reps=cell))


@pytest.mark.parametrize(
    "entry", [{"sets": "1x5+, 2x8-10"}, {"sets": "2x30s, 1x45s"}, {"sets": "1x5, 2x8 each"}]
)
def test_the_published_schema_takes_groups_exactly_when_the_library_does(entry: dict[str, Any]) -> None:
    data = _data(**entry)
    assert _accepted(data) == _program_validator().is_valid(data)


# -- an effort named after the reps needs no @ --------------------------------------------------------


@pytest.mark.parametrize(
    ("sets", "rpe", "rir"),
    [("3x10 RPE 7", 7.0, None), ("3x10 @ RPE 7", 7.0, None), ("3x10 @7", 7.0, None), ("3x10 RIR 2", None, 2)],
)
def test_an_effort_after_sets_x_reps_is_the_entrys(sets: str, rpe: float | None, rir: int | None) -> None:
    """'3x10 RPE 7' was refused; the named measure says it is no count."""
    entry = _entry(sets=sets)
    assert (entry.sets, entry.reps, entry.rpe, entry.rir) == (3, "10", rpe, rir)
    assert _program_validator().is_valid(_data(sets=sets))


# -- a list of each set's reps beside sets: one rule for every path ------------------------------------


@pytest.mark.parametrize("reps", ["10,8", "10,8,6,6", "10/8", [10, 8], [10, 8, 6, 6]])
def test_a_list_of_each_sets_reps_must_list_as_many_as_sets(reps: object) -> None:
    """sets 3 beside reps '10,8' was read as 3 x 8-10 while 'sets: 3x10,8' was refused: now every
    path refuses the list naming both counts."""
    with pytest.raises(hr.ProgramError, match=r"sets says 3") as caught:
        _entry(sets=3, reps=reps)
    assert "exercises[0]" in str(caught.value)
    if (
        not isinstance(reps, list) or len(reps) > 2
    ):  # [10, 8]: the schema's documented gap, a range low end last
        assert not _program_validator().is_valid(_data(sets=3, reps=reps))


@pytest.mark.parametrize("reps", ["10,8", "10,8,6,6"])
def test_a_sheets_list_of_each_sets_reps_follows_the_same_rule(tmp_path: Path, reps: str) -> None:
    path = _csv(tmp_path, f'Exercise,Sets,Reps\nRDL,3,8\nLeg curl,3,"{reps}"\n')
    with pytest.raises(hr.ProgramError, match=r"sets says 3") as caught:
        hr.load_program(path)
    assert "program.csv:3" in str(caught.value) and repr(reps) in str(caught.value)


def test_a_list_of_each_sets_reps_without_sets_or_as_many_reads() -> None:
    """Without sets a list gives them; a JSON array of each set's reps reads as the text list does
    ([8, 10] stays a range: its low end is first)."""
    assert _dose(_entry(reps=[10, 8, 6]))[:3] == (3, 6, 10)
    assert _dose(_entry(sets=2, reps=[10, 8]))[:3] == (2, 8, 10)
    assert _dose(_entry(sets=4, reps=[8, 10]))[:3] == (4, 8, 10)
    assert _dose(_entry(sets=3, reps="10/8/6"))[:3] == (3, 6, 10)
    assert _program_validator().is_valid(_data(sets=3, reps=[10, 8, 6]))


# -- load -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "load", ["100 kg", "70%", "bodyweight", "BW+10 kg", "60-70 kg", "75% of TM", "225 lbs"]
)
def test_a_load_key_is_kept_and_written_back(load: str) -> None:
    """'load: 100 kg' was an unknown key; it is kept on the entry and written back."""
    program = hr.load_program(_data(sets=3, reps=8, load=load))
    entry = program.sessions[0].entries[0]
    assert entry.load == load and entry.to_dict()["load"] == load
    assert hr.load_program(program.to_dict()).sessions[0].entries[0] == entry
    assert hr.load_program(program.to_yaml().encode(), name="p.yaml").sessions[0].entries[0].load == load
    assert _program_validator().is_valid(_data(sets=3, reps=8, load=load))


def test_a_bare_percentage_is_said_to_be_of_the_1rm() -> None:
    program = hr.load_program(_data(sets=3, reps=8, load="70%"))
    assert any("load '70%' read as a percentage of the 1RM" in n for n in program.notices)


@pytest.mark.parametrize("load", [100, "heavy", "100", True])
def test_a_load_without_its_unit_is_refused_by_name(load: object) -> None:
    with pytest.raises(hr.ProgramError, match=r"exercises\[0\]\.load: expected a weight with its unit"):
        _entry(sets=3, reps=8, load=load)
    assert not _program_validator().is_valid(_data(sets=3, reps=8, load=load))


# -- everything the library prints as a prescription reads back ---------------------------------------

_GOAL_STAGES: list[tuple[str, int | None]] = [
    (goal.id, stage)
    for goal in hr.RuleSet.builtin().goals
    for stage in ([*sorted(goal.stages)] if goal.stages else [None])
]
_HOLD = re.compile(r"([0-9]+)(?:-([0-9]+))? s hold")


def _meant(sets: str, reps: str, tempo: str | None) -> tuple[Any, ...]:
    """What a prescription's sets, reps and tempo texts mean, read here by hand: sets at a range's high
    end, a hold at its low end (its tempo only says the hold again), reps without their note."""
    high_sets = int(re.findall(r"[0-9]+", sets)[-1])
    hold = _HOLD.fullmatch(reps)
    if hold is not None:
        return (high_sets, 1, 1, False, int(hold.group(1)), None)
    count = re.sub(r"\s*\(.*\)$", "", reps)
    numbers = [int(n) for n in re.findall(r"[0-9]+", count)]
    phases = tuple(0 if p in "xX" else int(p) for p in tempo.split("-")) if tempo else None
    return (high_sets, numbers[0], numbers[-1], "per leg" in count, None, phases)


def _read(entry: hr.Entry) -> tuple[Any, ...]:
    return (entry.sets, entry.reps_low, entry.reps_high, entry.per_side, entry.hold_s, entry.tempo)


@settings(max_examples=25, deadline=None)
@given(goal_stage=st.sampled_from(_GOAL_STAGES))
def test_every_recommended_prescription_reads_back_as_a_program(goal_stage: tuple[str, int | None]) -> None:
    """Each recommend item's printed dose (``5 x 30-45 s hold @ 0-45-0-0``, ``4-8 x 1 (a run: ...)``),
    written as an entry's sets, loads and means its sets, reps, hold and tempo."""
    goal, stage = goal_stage
    for item in hr.recommend(goal=goal, stage=stage):
        rx = item.prescription
        entry = _entry(sets=rx.short())
        assert _read(entry) == _meant(rx.sets, rx.reps, rx.tempo), rx.short()


@settings(max_examples=25, deadline=None)
@given(goal_stage=st.sampled_from(_GOAL_STAGES), days=st.integers(1, 5), weeks=st.integers(1, 3))
def test_every_planned_prescription_reads_back_as_its_entry(
    goal_stage: tuple[str, int | None], days: int, weeks: int
) -> None:
    """Each plan entry's printed dose (its record's prescription), written as an entry's sets, reads
    back as the plan's own entry: sets, reps, per side, hold and tempo."""
    goal, stage = goal_stage
    week = hr.plan(goal, stage=stage, days=days, weeks=weeks)
    for record in week.to_records():
        session = next(s for s in week.weeks[record["week"] - 1].sessions if s.name == record["session"])
        planned = session.entries[record["position"] - 1]
        assert _read(_entry(sets=record["prescription"])) == _read(planned), record["prescription"]


# -- sniffing: a line without an exercise column is decided before its roles are read ---------------

_EXERCISE = sorted(_CSV_KEYS["exercise"])


@given(
    st.one_of(
        st.text(max_size=30),
        st.tuples(
            st.sampled_from(_EXERCISE), st.sampled_from(["", " ", "_", " (kg)", "[x]", "É", "ü", "!"])
        ).map(lambda p: p[0].upper() + p[1]),
        st.sampled_from(
            ["Übung", "Exercício", "Exercise Name", "exercise_title", "Ejercicio (x)", "x" * 201]
        ),
    )
)
def test_the_exercise_column_test_names_a_cell_as_the_role_reader_does(cell: str) -> None:
    """The sniffer's early test agrees with the column reader's naming (``logs._role_name``) on any
    cell, so no decision changes."""
    from hamstring_rules.logs import _role_name

    expected = len(cell) <= MAX_ROLE_CELL and _role_name(cell) in _CSV_KEYS["exercise"]
    assert _names_an_exercise([cell]) == expected
