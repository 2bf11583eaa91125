"""logs25 N13 (review28): an app export pasted twice, or two exports of the same workouts joined
under one header, is read once: each exercise's run of sets that comes again, set for set, is
dropped and said (naming the workouts and the lines). Genuine repeats stay sets: two sets of 8 x
100 kg in a run, a circuit logged set by set, a resumed exercise with other sets."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

from ..logwriters import FORMATS, WorkoutSpec, write

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
_LIFTS = ["Romanian Deadlift (Barbell)", "Lying Leg Curl (Machine)", "Good Morning (Barbell)", "Nordic"]
_COPY = "logged again further down, set for set"
_RESUME = "resume after"


def _load(text: str, **kw: object) -> hr.WorkoutLog:
    return hr.load_log(io.StringIO(text), name="x.csv", **kw)  # type: ignore[arg-type]


def _said(log: hr.WorkoutLog, words: str) -> list[hr.LogIssue]:
    return [i for i in log.issues if words in i.message]


def _hard(log: hr.WorkoutLog) -> int:
    return sum(e.hard_sets for w in log.workouts for e in w.exercises)


def _twice(text: str) -> str:
    header, _, rows = text.partition("\n")
    return header + "\n" + rows + rows


def test_the_hevy_example_pasted_twice_reads_as_the_example_and_keeps_hr012() -> None:
    """review28's reproducer: examples/hevy_export.csv with its rows appended again. main read
    18/8 weekly hamstring sets and lost HR012; each workout is read once, as the example is, and
    one notice names the workouts repeated with the line of each and of its copy."""
    text = (EXAMPLES / "hevy_export.csv").read_text(encoding="utf-8")
    once, twice = _load(text, keep_sets=True), _load(_twice(text), keep_sets=True)
    assert twice.workouts == once.workouts
    assert twice.progress() == once.progress()
    codes = [f.code for f in hr.check(twice).findings]
    assert codes == [f.code for f in hr.check(once).findings]
    assert "HR012" in codes
    rows = text.count("\n") - 1
    (notice,) = _said(twice, _COPY)
    assert notice.line == 2 + rows  # the copy's first row
    assert "'Lower A' on 2025-11-03 07:48 (line 2, again at line 21)" in notice.message
    assert "export pasted twice" in notice.message
    assert _said(twice, _RESUME) == []


@st.composite
def _workouts(draw: st.DrawFn) -> list[WorkoutSpec]:
    """Workouts as an app writes them: each exercise's sets together, loads and reps drawn (two
    sets alike in a run are two sets)."""
    days = draw(st.lists(st.integers(0, 60), min_size=1, max_size=4, unique=True))
    out: list[WorkoutSpec] = []
    for i, offset in enumerate(sorted(days)):
        names = draw(st.lists(st.sampled_from(_LIFTS), min_size=1, max_size=3, unique=True))
        sets: list[tuple[str, str, float | None, int]] = []
        for name in names:
            kinds = ["warmup"] * draw(st.integers(0, 1)) + ["normal"] * draw(st.integers(1, 4))
            for kind in kinds:
                sets.append(
                    (name, kind, draw(st.sampled_from([40.0, 60.0, 100.0])), draw(st.integers(5, 10)))
                )
        out.append((f"Workout {i}", dt.datetime(2025, 1, 6, 7, 30) + dt.timedelta(days=offset), sets))
    return out


@settings(max_examples=40, deadline=None)
@given(_workouts(), st.sampled_from(FORMATS), st.booleans())
def test_an_export_pasted_twice_reads_as_the_export(
    workouts: list[WorkoutSpec], fmt: str, keep: bool
) -> None:
    """Every app format: the rows written twice under one header read as the rows once, said at
    a row of the copy - unless the whole file is one exercise of one workout, whose copy runs on
    from its sets (more sets of it, as far as a reader can tell; a set row repeating the row
    above, set number too, is one set)."""
    text = write(fmt, workouts)
    once, twice = _load(text, keep_sets=keep), _load(_twice(text), keep_sets=keep)
    keys: set[tuple[object, str]] = {(title, name) for title, _, sets in workouts for name, _, _, _ in sets}
    if fmt == "fitnotes":  # one workout a day, whatever the title
        keys = {
            (start.date(), name)
            for _, start, sets in workouts
            for name, kind, _, _ in sets
            if kind != "warmup"
        }
    kinds = {kind for _, _, sets in workouts for _, kind, _, _ in sets}
    if len(workouts) == 1 and (fmt == "fitnotes" or (fmt.startswith("strong") and "warmup" in kinds)):
        # an exercise starting with Strong's W, or FitNotes' (no set number), resumed in the one workout:
        # more sets
        # (an exercise done twice in a workout starts so too) - its copy only after another workout
        assert _hard(once) <= _hard(twice) <= 2 * _hard(once)
        return
    if len(keys) == 1:
        assert _said(twice, _COPY) == []
        one_set = (
            text.count("\n") == 2 and fmt != "fitnotes"
        )  # its copy repeats the row above, set number too
        assert _hard(twice) == (1 if one_set else 2) * _hard(once)
        return
    assert twice.workouts == once.workouts
    (notice,) = _said(twice, _COPY)
    assert notice.line > text.count("\n")
    assert f"{len(workouts)} workout" in notice.message
    assert _said(twice, _RESUME) == []


def _hevy(rows: list[tuple[str, str, int, str, float, int]], title: str = "Lower") -> str:
    """A Hevy export of one workout's rows: (exercise, superset id, set index, type, kg, reps)."""
    header = (
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
        "set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
    )
    stamp = '"3 Nov 2025, 07:48","3 Nov 2025, 09:01"'
    return header + "".join(
        f"{title},{stamp},,{ex},{sup},,{i},{kind},{kg:g},{reps},,,\n" for ex, sup, i, kind, kg, reps in rows
    )


def test_two_sets_alike_in_a_run_are_two_sets() -> None:
    """Two real sets of 8 x 100 kg in one workout stay two sets (identical rows but their set
    index, in one run of the exercise)."""
    log = _load(_hevy([("Romanian Deadlift (Barbell)", "", i, "normal", 100, 8) for i in range(2)]))
    assert _hard(log) == 2
    assert _said(log, _COPY) == []


@pytest.mark.parametrize("superset", ["", "0"])
def test_a_circuit_logged_set_by_set_keeps_every_set(superset: str) -> None:
    """Leg curl, back extension, leg curl, back extension, every set alike: a resumed run that
    starts at the exercise's second set is more sets (said as resumed unless the app marks the
    superset), never a copy."""
    a, b = "Lying Leg Curl (Machine)", "Back Extension"
    rows = [(ex, superset, i, "normal", 40.0, 10) for i in range(2) for ex in (a, b)]
    log = _load(_hevy(rows))
    assert _hard(log) == 4
    assert _said(log, _COPY) == []
    assert len(_said(log, _RESUME)) == (superset == "")


def test_a_resumed_run_with_other_sets_is_more_sets() -> None:
    """An exercise resumed from its first set but with other sets (the copy edited, or the
    exercise done again) is read as more sets, said as resumed."""
    rdl, curl = "Romanian Deadlift (Barbell)", "Lying Leg Curl (Machine)"
    first = [
        (rdl, "", 0, "normal", 100.0, 8),
        (rdl, "", 1, "normal", 100.0, 8),
        (curl, "", 2, "normal", 40.0, 10),
    ]
    again = [(rdl, "", 0, "normal", 100.0, 8), (rdl, "", 1, "normal", 100.0, 7)]
    log = _load(_hevy(first + again))
    assert [e.hard_sets for e in log.workouts[0].exercises] == [4, 1]
    assert _said(log, _COPY) == []
    assert len(_said(log, _RESUME)) == 1


def test_a_copy_read_row_by_row_or_across_chunks_is_read_once() -> None:
    """A long export (more rows than the reader's chunk) pasted twice with a blank line between
    (its chunk read row by row), with warm-ups, failure sets and a plank's timed sets: read once."""
    workouts: list[WorkoutSpec] = []
    for day in range(40):
        sets: list[tuple[str, str, float | None, int]] = [("Romanian Deadlift (Barbell)", "warmup", 60.0, 8)]
        sets += [("Romanian Deadlift (Barbell)", "normal", 100.0 + day, 8 - k % 3) for k in range(3)]
        sets += [("Lying Leg Curl (Machine)", "failure", 40.0, 12)]
        workouts.append(
            (f"Lower {day % 2}", dt.datetime(2025, 1, 6, 7, 30) + dt.timedelta(days=2 * day), sets)
        )
    for blank in ("", "\n"):
        for fmt in ("hevy_kg", "strong", "strong_units"):
            text = write(fmt, workouts)
            header, _, rows = text.partition("\n")
            once, twice = (
                _load(text, keep_sets=True),
                _load(header + "\n" + rows + blank + rows, keep_sets=True),
            )
            assert twice.workouts == once.workouts, (fmt, blank)
            (notice,) = _said(twice, _COPY)
            assert "40 workouts logged again" in notice.message
            assert "and 37 more" in notice.message


def test_a_plank_pasted_twice_is_one_plank() -> None:
    """Timed sets (seconds, no reps) are settled after reading: their copy is dropped too."""
    header = (
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,"
        "set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
    )
    stamp = '"3 Nov 2025, 07:48","3 Nov 2025, 09:01"'
    rows = (
        f"Core,{stamp},,Plank,,,0,normal,,,,60,\n"
        f"Core,{stamp},,Plank,,,1,normal,,,,45,\n"
        f"Core,{stamp},,Nordic Hamstring Curl,,,2,normal,,5,,,\n"
    )
    once, twice = _load(header + rows, keep_sets=True), _load(header + rows + rows, keep_sets=True)
    assert twice.workouts == once.workouts
    assert len(_said(twice, _COPY)) == 1


# -- review29 V6: a set row that repeats the row above, its set number too -------------------------


def test_a_hevy_set_row_repeated_with_its_set_index_is_one_set() -> None:
    """review29 V6 (h2_hevy_exact_dup.csv): set_index 0, 1, 1, 2 with identical values. main read
    4 sets and said nothing; it is 3 sets and a notice at the repeat's line."""
    rdl = "Romanian Deadlift (Barbell)"
    log = _load(_hevy([(rdl, "", i, "normal", 100.0, 8) for i in (0, 1, 1, 2)]))
    assert _hard(log) == 3
    assert [str(i) for i in log.issues] == [
        "line 4: 1 set row repeats the row above cell for cell, set number too (first at line 4): a set "
        "synced or pasted twice? each is read once"
    ]
    assert log.rows == 4


def test_strong_warm_ups_alike_stay_and_a_numbered_twin_goes() -> None:
    """Strong: two warm-ups alike (``W``, no number) are two warm-ups; ``Set Order`` 3 twice with
    the same cells is one set; 3 twice with other reps is two sets (not the same set)."""
    rows: list[tuple[str, str, float | None, int]] = [
        ("Romanian Deadlift (Barbell)", "warmup", 60.0, 8),
        ("Romanian Deadlift (Barbell)", "warmup", 60.0, 8),
    ]
    rows += [("Romanian Deadlift (Barbell)", "normal", 100.0, 8)] * 3
    text = write("strong", [("Legs", dt.datetime(2026, 11, 9, 18, 30), rows)])
    header, *lines = text.splitlines(keepends=True)
    third = lines[4]  # Set Order 5 (the writer numbers every row): written twice
    log = _load(header + "".join(lines[:5]) + third + "".join(lines[5:]))
    (rdl,) = log.workouts[0].exercises
    assert (rdl.warmup_sets, rdl.hard_sets) == (2, 3)
    assert len(_said(log, "repeats the row above")) == 1
    other = _load(header + "".join(lines[:5]) + third.replace(",8,", ",7,") + "".join(lines[5:]))
    assert other.workouts[0].exercises[0].hard_sets == 4
    assert _said(other, "repeat") == []


@settings(max_examples=30, deadline=None)
@given(_workouts(), st.sampled_from(["hevy_kg", "hevy_lb", "strong", "strong_units", "strong_6"]), st.data())
def test_any_numbered_set_row_written_twice_is_read_once(
    workouts: list[WorkoutSpec], fmt: str, data: st.DataObject
) -> None:
    """Any app export with set numbers: a set row (not a warm-up) written again below itself reads
    as the export, said once."""
    text = write(fmt, workouts)
    header, *lines = text.splitlines(keepends=True)
    warm = re.compile(r'(?:^|[,;])"?(?:W|warmup)"?(?:[,;]|$)')  # Strong's W, Hevy's warmup: no set number
    numbered = [k for k, line in enumerate(lines) if not warm.search(line) and "Rest Timer" not in line]
    k = data.draw(st.sampled_from(numbered))
    twice = _load(header + "".join(lines[: k + 1]) + lines[k] + "".join(lines[k + 1 :]), keep_sets=True)
    once = _load(text, keep_sets=True)
    unlined = [[attrs.evolve(e, line=0) for e in w.exercises] for log in (once, twice) for w in log.workouts]
    assert unlined[: len(once.workouts)] == unlined[len(once.workouts) :]  # the lines below it moved down one
    assert [(w.title, w.start) for w in twice.workouts] == [(w.title, w.start) for w in once.workouts]
    (notice,) = _said(twice, "repeats the row above")
    assert notice.line == k + 3


def test_a_workout_renamed_between_two_exports_is_read_once() -> None:
    """The same workout (same start, same sets) under two names, an export joined after the
    workout was renamed: read once, the first kept, said with both names and lines. Two workouts
    of a day with a date alone (no time) stay two: two sessions of a day may be alike."""
    text = (EXAMPLES / "hevy_export.csv").read_text(encoding="utf-8")
    header, _, rows = text.partition("\n")
    renamed = rows.replace("Lower A", "Lower A (renamed)")
    log = _load(header + "\n" + rows + renamed)
    assert [(w.title, w.start) for w in log.workouts] == [(w.title, w.start) for w in _load(text).workouts]
    (notice,) = _said(log, "under another name")
    assert "'Lower A (renamed)' (line 21) is 'Lower A' (line 2) on 2025-11-03 07:48" in notice.message
    day = "Date,Workout,Exercise,Reps,Weight\n2025-11-03,AM,RDL,8,100\n2025-11-03,PM,RDL,8,100\n"
    assert _hard(_load(day)) == 2


@pytest.mark.parametrize("fmt", ["hevy_kg", "strong", "strong_6"])
@pytest.mark.parametrize("at", [254, 255, 256])
def test_a_set_row_repeated_across_the_reader_chunks_is_one_set(fmt: str, at: int) -> None:
    """A set row written twice where the reader's chunks of rows part (the copy first in the next
    chunk, or the last of this one): one set, said at the copy's line."""
    workouts: list[WorkoutSpec] = []
    for day in range(60):
        sets: list[tuple[str, str, float | None, int]] = [("Romanian Deadlift (Barbell)", "warmup", 60.0, 8)]
        sets += [("Romanian Deadlift (Barbell)", "normal", 100.0, 8)] * 4
        workouts.append(("Lower", dt.datetime(2025, 1, 6, 7, 30) + dt.timedelta(days=day), sets))
    text = write(fmt, workouts)
    header, *lines = text.splitlines(keepends=True)
    if re.search(r'(?:^|[,;])"?W"?(?:[,;]|$)', lines[at]) or "Rest Timer" in lines[at]:
        at += 1  # a set with a number
    once = _load(text)
    twice = _load(header + "".join(lines[: at + 1]) + lines[at] + "".join(lines[at + 1 :]))
    assert _hard(twice) == _hard(once)
    (notice,) = _said(twice, "repeats the row above")
    assert notice.line == at + 3


def test_an_exercise_done_twice_in_a_strong_workout_from_a_letter_is_more_sets() -> None:
    """Strong writes a failure set's or a warm-up's order as a letter (``F``, ``W``): an exercise
    done again later in its workout starts with the same letter, and its sets are more sets (a
    hypothesis example found it); the same rows after another workout's are a copy."""
    gm, rdl = "Good Morning (Barbell)", "Romanian Deadlift (Barbell)"
    day: list[tuple[str, str, float | None, int]] = [
        (gm, "failure", None, 1),
        (rdl, "normal", None, 1),
        (gm, "failure", None, 1),
    ]
    log = _load(write("strong", [("Legs", dt.datetime(2025, 1, 6, 7, 30), day)]))
    assert [e.hard_sets for e in log.workouts[0].exercises] == [2, 1]
    assert _said(log, _COPY) == []
    two: list[WorkoutSpec] = [
        ("Legs", dt.datetime(2025, 1, 6, 7, 30), day[:2]),
        ("Legs", dt.datetime(2025, 1, 8, 7, 30), day[:2]),
    ]
    text = write("strong", two)
    assert _load(_twice(text)).workouts == _load(text).workouts
