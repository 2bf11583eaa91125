"""The name grammar on a held-out list (tests/data/names_heldout/, labelled by hand: its README).

The lists are kept out of the grammar's own tests: no spelling of them is in ``names.toml`` or
the catalog, so they measure how the grammar generalises to names nobody wrote a rule for. Run
this file as a script for the report (accuracy, wrong readings and unknown names per style, and
the confusion of classes): ``python tests/names/test_names_heldout.py [heldout.csv|fresh.csv]``.

A wrong reading (a placed name in a class its mechanics do not have, or a lower-body name read
as out of scope, or an upper-body one read as a lower-body class) is the worst outcome: it
silently corrupts the weekly totals. An unknown name is only asked about.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import attrs
import pytest

import hamstring_rules as hr

HELDOUT = Path(__file__).parent.parent / "data" / "names_heldout"
OUT = "out_of_scope"
UNKNOWN = "unknown"


@attrs.frozen
class Floor:
    """What a list must keep: the rates of right exercises and classes at least, of unknown names
    and the count of wrong readings at most."""

    exercise_right: float
    class_right: float
    unknown: float
    wrong: int


#: Floors and ceilings measured on each list (see the README's tables), with a margin of about
#: four or five names on heldout.csv and world.csv, one or two on fresh.csv and world2.csv: a
#: change to the grammar that loses more fails. No margin on wrong readings, the worst outcome:
#: one more fails.
FLOORS = {
    # measured 96.4% right exercise, 98.3% right class, 1.7% unknown, no wrong reading
    "heldout.csv": Floor(exercise_right=0.95, class_right=0.97, unknown=0.03, wrong=0),
    # measured 95.0%, 97.9%, 1.4%, one wrong reading (README: a skipping rope); names20: the
    # rope read with the skipping, no wrong reading (95.0%, 97.9%, 2.1%)
    "fresh.csv": Floor(exercise_right=0.93, class_right=0.96, unknown=0.03, wrong=0),
    # measured 97.6%, 99.1%, 0.9%, no wrong reading (the hip raise with a knee squeeze is the bridge)
    "world.csv": Floor(exercise_right=0.955, class_right=0.97, unknown=0.03, wrong=0),
    # measured 86.2%, 87.9%, 12.1%, no wrong reading (written after the world.csv changes); then
    # 82.8%, 86.2%, 13.8%: "Hammer Strength Ground Base Squat/Lunge" (a machine for either) names
    # two exercises, a squat and a lunge, and is unknown (rv21 N4, names10)
    "world2.csv": Floor(exercise_right=0.81, class_right=0.85, unknown=0.15, wrong=0),
    # names20's app names (Jefit, Fitbod, Boostcamp, Alpha Progression, RP, MacroFactor, ExRx,
    # Gymshark, StrengthLog, JuggernautAI): 95.7% right, 97.4%, 2.6%, none wrong at first;
    # 98.7%, 99.1%, 0.9%, none wrong after names20's fixes (README)
    "apps20.csv": Floor(exercise_right=0.97, class_right=0.98, unknown=0.02, wrong=0),
    # written after names20's first fixes, before the library was run on them: 92.6%, 95.6%, 1.5%,
    # two wrong at first; 95.6%, 98.5%, 1.5%, none wrong after the second round (README)
    "apps20b.csv": Floor(exercise_right=0.94, class_right=0.97, unknown=0.03, wrong=0),
}


@attrs.frozen
class Row:
    """One labelled name: the catalog exercises that are right (empty: any exercise of the class),
    or ``out_of_scope``, or ``unknown`` (genuinely ambiguous), and the classes it may be in."""

    name: str
    exercises: frozenset[str]
    labels: frozenset[str]
    style: str
    note: str


@attrs.frozen
class Reading:
    """How the library read one row: ``right`` (the exercise, or out of scope, or unknown when
    the label is), ``near`` (the right class, another exercise), ``guess`` (an ambiguous name
    placed in one of the classes it may be), ``unknown``, or ``wrong``."""

    row: Row
    outcome: str
    got: str
    """The class placed in, ``out_of_scope`` or ``unknown``."""
    base: str | None


def rows(path: Path = HELDOUT / "heldout.csv") -> list[Row]:
    """The labelled names of ``path``."""
    with path.open(encoding="utf-8", newline="") as f:
        return [
            Row(
                r["name"],
                frozenset(filter(None, r["exercise"].split("|"))),
                frozenset(r["label"].split("|")),
                r["style"],
                r["note"],
            )
            for r in csv.DictReader(f)
        ]


def read(row: Row, catalog: hr.Catalog) -> Reading:
    """How ``catalog`` reads ``row``'s name, judged against its label."""
    res = catalog.classify(row.name)
    got = res.movement_class if res.exercise is not None else res.status
    assert got is not None
    base = res.base.id if res.base is not None else None
    if row.exercises == {UNKNOWN}:
        outcome = "right" if got == UNKNOWN else ("guess" if got in row.labels else "wrong")
    elif got == UNKNOWN:
        outcome = "unknown"
    elif got not in row.labels:
        outcome = "wrong"
    elif row.exercises == {OUT} or not row.exercises or base in row.exercises:
        outcome = "right"
    else:
        outcome = "near"
    return Reading(row, outcome, got, base)


def readings(source: str = "heldout.csv", catalog: hr.Catalog | None = None) -> list[Reading]:
    """Every row of one held-out list (a file name of ``FLOORS``), read."""
    cat = catalog or hr.Catalog.builtin()
    return [read(r, cat) for r in rows(HELDOUT / source)]


@attrs.frozen
class Score:
    """Counts of a set of readings."""

    n: int
    right: int
    near: int
    guess: int
    unknown: int
    wrong: int

    @classmethod
    def of(cls, found: Iterable[Reading]) -> Score:
        """The counts of ``found``."""
        c = Counter(r.outcome for r in found)
        return cls(sum(c.values()), c["right"], c["near"], c["guess"], c["unknown"], c["wrong"])

    @property
    def exercise_rate(self) -> float:
        """Right exercise (or out of scope, or unknown where the label is) over all names."""
        return self.right / self.n

    @property
    def class_rate(self) -> float:
        """Right class (right exercise, another of its class, or an ambiguous name kept in one
        of the classes it may be) over all names."""
        return (self.right + self.near + self.guess) / self.n


def report(found: list[Reading]) -> str:
    """The table by style, the confusion of classes, and every name not read right."""
    lines = [f"{'style':<11} {'n':>4} {'right':>6} {'near':>5} {'guess':>6} {'unknown':>8} {'wrong':>6}"]
    styles = sorted({r.row.style for r in found})
    for style in (*styles, "ALL"):
        s = Score.of(r for r in found if style in ("ALL", r.row.style))
        lines.append(
            f"{style:<11} {s.n:>4} {s.right:>6} {s.near:>5} {s.guess:>6} {s.unknown:>8} {s.wrong:>6}"
        )
    s = Score.of(found)
    lines.append(
        f"exercise right {s.exercise_rate:.1%}, class right {s.class_rate:.1%}, "
        f"unknown {s.unknown / s.n:.1%}, wrong {s.wrong}"
    )
    lines.append("")
    lines.append("confusion (label -> read as):")
    pairs = Counter(("|".join(sorted(r.row.labels)), r.got) for r in found if r.outcome != "right")
    for (label, got), count in sorted(pairs.items()):
        lines.append(f"  {count:>3}  {label} -> {got}")
    lines.append("")
    for outcome in ("wrong", "unknown", "near", "guess"):
        for r in found:
            if r.outcome == outcome:
                want = "|".join(sorted(r.row.exercises)) or "|".join(sorted(r.row.labels))
                got = f"{r.got} {r.base or ''}".strip()
                lines.append(f"  {outcome:<8} {r.row.style:<10} {r.row.name!r}: want {want}, got {got}")
    return "\n".join(lines)


@pytest.mark.parametrize("source", sorted(FLOORS))
def test_the_list_is_well_formed(source: str) -> None:
    """Every exercise named is a catalog exercise, every label a class, and no name is a
    spelling of the catalog (the list would then measure nothing new)."""
    catalog = hr.Catalog.builtin()
    ids = {e.id for e in catalog}
    classes = {m.value for m in hr.MovementClass} | {OUT}
    spelled = {s.lower() for e in catalog for s in (e.name, *e.aliases)}
    for row in rows(HELDOUT / source):
        assert row.exercises <= ids | {OUT, UNKNOWN}, row
        assert row.labels and row.labels <= classes, row
        assert row.name.lower() not in spelled, row
        for ident in row.exercises & ids:
            assert catalog.get(ident).movement_class.value in row.labels, row


@pytest.mark.parametrize("source", sorted(FLOORS))
def test_held_out_accuracy_stays_above_its_floor(source: str) -> None:
    """The held-out names read as the right exercise and class at least as often as measured."""
    found, floor = readings(source), FLOORS[source]
    s = Score.of(found)
    assert s.exercise_rate >= floor.exercise_right, report(found)
    assert s.class_rate >= floor.class_right, report(found)
    assert s.unknown / s.n <= floor.unknown, report(found)


@pytest.mark.parametrize("source", sorted(FLOORS))
def test_held_out_wrong_readings_stay_under_their_ceiling(source: str) -> None:
    """No more held-out names read in a wrong class than measured (a wrong reading is worse than
    an unknown name)."""
    found = readings(source)
    assert Score.of(found).wrong <= FLOORS[source].wrong, report(found)


if __name__ == "__main__":
    for name in sys.argv[1:] or sorted(FLOORS):
        print(f"== {name}")
        print(report(readings(name)))
    sys.exit(0)
