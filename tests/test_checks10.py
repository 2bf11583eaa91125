"""Checks and findings after session 10 (checks10): a week's finding that names an exercise
points at that exercise (a log's row, a program's session and entry); a week of only warm-up or
easy sets did too little work (HR012, HR011); a program's warm-up and easy entries are judged as
what they are, not as work sets."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr

AS_OF = date(2025, 11, 30)
HEADER = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps"


def _log(rows: list[str], name: str = "log.csv") -> hr.WorkoutLog:
    return hr.load_log(io.StringIO("\n".join([HEADER, *rows]) + "\n"), name=name)


def _sets(day: str, workout: str, exercise: str, n: int, kg: float, reps: int, kind: str = "") -> list[str]:
    """``n`` rows of one exercise (``kind`` ``W``: warm-up rows, as Strong's set order writes them)."""
    return [f"{day} 07:00,{workout},{exercise},{kind or i + 1},{kg:g},{reps}" for i in range(n)]


def _row_of(text: str, line: int) -> str:
    """The exercise named on a CSV line (1-based, the header is line 1)."""
    return text.splitlines()[line - 1].split(",")[2]


# -- 1. a week's finding that names an exercise points at it -----------------------------------------

#: Stage 2 rehab: a glute bridge within its dose, then a lying leg curl of 6 sets of 4 reps
#: (stage 2 prescribes 4 sets of 10-15, RP002): over the sets (HR035) and heavier (HR036).
REHAB_ROWS = [
    *_sets("2025-11-03", "Rehab A", "Glute bridge", 2, 40, 12),
    *_sets("2025-11-03", "Rehab A", "Lying leg curl", 6, 20, 4),
]


def test_a_logs_stage_dose_findings_point_at_the_exercises_row() -> None:
    """HR035 and HR036 name the lying leg curl: their location is its entry, at its first row
    (line 4: the header and the two bridge rows come first), not the workout's first row."""
    text = "\n".join([HEADER, *REHAB_ROWS])
    report = hr.check(_log(REHAB_ROWS), goal="rehab", stage=2, as_of=AS_OF)
    found = {f.code: f for f in report.findings if f.code in ("HR035", "HR036")}
    assert set(found) == {"HR035", "HR036"}
    for finding in found.values():
        loc = finding.location
        assert (loc.exercise, loc.exercise_index, loc.session_index) == ("Lying leg curl", 2, 1)
        assert loc.line == 4 and _row_of(text, 4) == "Lying leg curl"
        assert "Lying leg curl" in str(loc)


def test_the_exercise_named_is_the_one_over_its_dose_not_the_first_tendon_exercise() -> None:
    """With the over-dosed exercise third and another tendon exercise within its dose first,
    the finding points at the third: the place follows the fact, not the order of entries."""
    rows = [
        *_sets("2025-11-03", "Rehab A", "Glute bridge", 2, 40, 12),
        *_sets("2025-11-03", "Rehab A", "Standing isometric hip extension", 2, 0, 1),
        *_sets("2025-11-03", "Rehab A", "Lying leg curl", 7, 20, 12),
    ]
    text = "\n".join([HEADER, *rows])
    report = hr.check(_log(rows), goal="rehab", stage=2, as_of=AS_OF)
    (over,) = [f for f in report.findings if f.code == "HR035"]
    assert over.location.exercise == "Lying leg curl" and over.location.line is not None
    assert _row_of(text, over.location.line) == "Lying leg curl"


def test_the_json_and_sarif_outputs_point_at_the_exercises_row(tmp_path: Path) -> None:
    """The CLI's JSON gives HR035's location with the exercise and line 4, SARIF its region's
    startLine 4; the text output names the exercise in the location."""
    path = tmp_path / "rehab.csv"
    path.write_text("\n".join([HEADER, *REHAB_ROWS]) + "\n", encoding="utf-8")
    common = ["check", str(path), "--goal", "rehab", "--stage", "2", "--as-of", "2025-11-30"]

    def run(*extra: str) -> str:
        cmd = [sys.executable, "-m", "hamstring_rules", *common, *extra]
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout

    data = json.loads(run("--format", "json"))
    findings = data["findings"] if isinstance(data, dict) else data[0]["findings"]
    (hr035,) = [f for f in findings if f["code"] == "HR035"]
    assert hr035["location"]["line"] == 4 and hr035["location"]["exercise"] == "Lying leg curl"
    sarif = json.loads(run("--format", "sarif"))
    results = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "HR035"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results] == [4]
    text = run("--format", "text")
    assert any(line.startswith("HR035") and "> #2 Lying leg curl: " in line for line in text.splitlines())


REHAB_YAML = """\
name: rehab
goal: rehab
stage: 2
sessions:
  - name: Lower A
    day: mon
    exercises:
      - exercise: Glute bridge
        sets: 3
        reps: 12
        tempo: 3-0-3-0
      - exercise: Lying leg curl
        sets: 6
        reps: 4
        tempo: 3-0-3-0
"""


def test_a_programs_stage_dose_findings_point_at_the_session_and_entry(tmp_path: Path) -> None:
    """In a program, HR035 and HR036 point at the session and the entry they name (Lower A,
    #2 Lying leg curl), with the entry's line in the YAML file (line 12: its ``- exercise:``)."""
    path = tmp_path / "rehab.yaml"
    path.write_text(REHAB_YAML, encoding="utf-8")
    report = hr.check(path)
    found = [f for f in report.findings if f.code in ("HR035", "HR036")]
    assert sorted(f.code for f in found) == ["HR035", "HR036"]
    for finding in found:
        loc = finding.location
        assert (loc.session, loc.exercise, loc.exercise_index) == ("Lower A", "Lying leg curl", 2)
        assert loc.line is not None and "Lying leg curl" in REHAB_YAML.splitlines()[loc.line - 1]


def _stalled_log(weeks: int = 8) -> tuple[str, list[str]]:
    """A squat, then a Romanian deadlift at the same 80 kg x 8, twice a week for ``weeks`` weeks:
    the RDL stalls (HR032 names it)."""
    rows = []
    start = date(2025, 9, 1)
    for w in range(weeks):
        for offset in (0, 3):
            day = (start + timedelta(weeks=w, days=offset)).isoformat()
            rows += _sets(day, "Legs", "Back squat", 2, 100, 5)
            rows += _sets(day, "Legs", "Romanian deadlift", 3, 80, 8)
    return "\n".join([HEADER, *rows]), rows


def test_a_stall_points_at_the_lift_and_is_still_grouped_by_week() -> None:
    """HR032 names the RDL: each week's finding points at the week's first RDL row, and the
    recurring finding is still one group over the weeks (not 'of N sessions')."""
    text, rows = _stalled_log()
    report = hr.check(_log(rows), as_of=date(2025, 12, 1))
    stalls = [f for f in report.findings if f.code == "HR032"]
    assert stalls
    for finding in stalls:
        assert finding.location.exercise == "Romanian deadlift"
        line = finding.location.line
        assert line is not None and _row_of(text, line) == "Romanian deadlift"
    groups = [g for g in report.grouped() if isinstance(g, hr.FindingGroup) and g.code == "HR032"]
    assert len(groups) == 1 and groups[0].level == "week" and len(groups[0].weeks) == len(stalls)


NAMES = ["Glute bridge", "Lying leg curl", "Seated leg curl", "Romanian deadlift", "Back squat", "Nordic"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(NAMES), st.integers(1, 7), st.integers(3, 15), st.integers(0, 6)),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([1, 2, 3, 4]),
)
def test_every_finding_naming_an_exercise_points_at_a_row_of_it(
    entries: list[tuple[str, int, int, int]], stage: int
) -> None:
    """Whatever the log, a finding whose location names an exercise has a line, and that line
    is a row of that exercise (week findings that name one included)."""
    rows: list[str] = []
    for name, n, reps, day in entries:
        rows += _sets(f"2025-11-{3 + day:02d}", "W", name, n, 30, reps)
    text = "\n".join([HEADER, *rows])
    report = hr.check(_log(rows), goal="rehab", stage=stage, as_of=AS_OF)
    for finding in report.findings:
        loc = finding.location
        if loc.exercise is not None:
            assert loc.line is not None, finding
            assert _row_of(text, loc.line) == loc.exercise, finding
