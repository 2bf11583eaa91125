"""A log's findings point at the file's rows: SARIF and editors open the CSV at the line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import hamstring_rules as hr
from hamstring_rules.emitters.sarif import sarif

_ROWS = [
    ("2025-03-03", "Lying Leg Curl", 10, 40),
    ("2025-03-03", "Lying Leg Curl", 10, 40),
    ("2025-03-03", "Back Squat", 5, 100),
    ("2025-03-10", "Back Squat", 5, 100),
    ("2025-03-10", "Romanian Deadlift", 8, 80),
    ("2025-03-10", "Romanian Deadlift", 8, 80),
    ("2025-03-10", "Mystery Move", 8, 80),
    ("2025-03-17", "Romanian Deadlift", 8, 80),
    ("2025-03-17", "Back Squat", 5, 100),
]


def _write(tmp_path: Path, rows: list[tuple[str, str, int, int]]) -> Path:
    path = tmp_path / "log.csv"
    body = "".join(f"{d},{n},{r},{w}\n" for d, n, r, w in rows)
    path.write_text("Date,Exercise,Reps,Weight\n" + body, encoding="utf-8")
    return path


def _expected(rows: list[tuple[str, str, int, int]]) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    """The first line of each ISO week and of each exercise in it (one workout a week here),
    counted from the rows as written: the header is line 1."""
    weeks: dict[str, int] = {}
    exercises: dict[tuple[str, str], int] = {}
    for line, (day, name, _, _) in enumerate(rows, start=2):
        year, week, _ = date.fromisoformat(day).isocalendar()
        label = f"{year}-W{week:02d}"
        weeks.setdefault(label, line)
        exercises.setdefault((label, name), line)
    return weeks, exercises


def _check_lines(report: hr.Report, rows: list[tuple[str, str, int, int]]) -> None:
    weeks, exercises = _expected(rows)
    assert report.findings
    for f in report.findings:
        loc = f.location
        assert loc.week_label is not None
        if loc.exercise is not None:
            assert f.location.line == exercises[(loc.week_label, loc.exercise)], f
        else:
            assert f.location.line == weeks[loc.week_label], f


def test_every_log_finding_has_its_row_line(tmp_path: Path) -> None:
    report = hr.check(_write(tmp_path, _ROWS), as_of=date(2025, 3, 31))
    _check_lines(report, _ROWS)
    codes = {f.code for f in report.findings if f.location.exercise is not None}
    assert {"HR003", "HR009"} <= codes  # entry and name findings are among them


def test_a_log_written_newest_first_points_at_the_same_rows(tmp_path: Path) -> None:
    rows = list(reversed(_ROWS))
    report = hr.check(_write(tmp_path, rows), as_of=date(2025, 3, 31))
    assert any("newest first" in i for i in report.input_issues)
    _check_lines(report, rows)


def test_sarif_gives_a_log_finding_its_region(tmp_path: Path) -> None:
    path = _write(tmp_path, _ROWS)
    log = json.loads(json.dumps(sarif([hr.check(path, as_of=date(2025, 3, 31))])))
    results = log["runs"][0]["results"]
    lines = {r["locations"][0]["physicalLocation"].get("region", {}).get("startLine") for r in results}
    assert lines and None not in lines
    assert lines <= {2, 5, 6, 8, 9, 10}
    assert all(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("log.csv") for r in results
    )


def test_a_logged_exercise_knows_its_first_row(tmp_path: Path) -> None:
    log = hr.load_log(_write(tmp_path, _ROWS))
    _, exercises = _expected(_ROWS)
    got = {(w.iso_week, e.name): e.line for w in log.workouts for e in w.exercises}
    assert got == exercises


def test_a_recurring_finding_gives_every_week_its_line(tmp_path: Path) -> None:
    # twelve weeks of curls alone: HR001 recurs, grouped into one SARIF result
    rows = [(f"2025-{3 + (d // 28):02d}-{1 + d % 28:02d}", "Lying Leg Curl", 10, 40) for d in range(0, 84, 7)]
    rows = [(date.fromisoformat(d).isoformat(), n, r, w) for d, n, r, w in rows]
    path = _write(tmp_path, rows)
    report = hr.check(path, as_of=date(2025, 6, 30))
    weeks, _ = _expected(rows)
    group = next(g for g in report.grouped() if isinstance(g, hr.FindingGroup) and g.code == "HR001")
    assert list(group.lines) == [weeks[w] for w in group.weeks]
    assert group.to_dict()["lines"] == list(group.lines)
    result = next(r for r in sarif([report])["runs"][0]["results"] if r["ruleId"] == "HR001")
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == group.lines[-1]
    related = [
        (r["message"]["text"], r["physicalLocation"]["region"]["startLine"])
        for r in result["relatedLocations"]
    ]
    assert related == [(w, weeks[w]) for w in group.weeks]
