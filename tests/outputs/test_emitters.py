"""Output formats are emitters apart from the results: one module per format, found by name."""

from __future__ import annotations

import importlib
import io
import json
import shutil
import sys
from pathlib import Path

import attrs
import pytest

import hamstring_rules as hr
from hamstring_rules import emitters
from hamstring_rules.cli import main
from hamstring_rules.emitters import html
from hamstring_rules.emitters._tables import qualified_name
from hamstring_rules.emitters.sarif import sarif

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
DIRTY = EXAMPLES / "typical_leg_day.yaml"


def cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), stdout=out, stderr=io.StringIO())
    return code, out.getvalue()


def test_formats_follow_what_each_emitter_accepts() -> None:
    """Every format writes reports; SARIF writes only reports; names are sorted."""
    assert set(emitters.formats()) >= {"text", "markdown", "html", "json", "sarif"}
    assert "sarif" in emitters.formats(hr.Report)
    assert "sarif" not in emitters.formats(hr.RecommendationResult)
    assert emitters.formats() == tuple(sorted(emitters.formats()))
    with pytest.raises(ValueError, match="unknown output format"):
        emitters.emitter("_tables")
    with pytest.raises(hr.RequestError, match="does not write"):
        emitters.emit([hr.recommend(goal="rehab")], "sarif")


def test_results_delegate_to_the_emitters() -> None:
    """str(), to_markdown() and the notebook hooks are the emitters' output."""
    report = hr.check(DIRTY)
    result = hr.recommend(goal="tie-in", limit=3)
    for obj in (report, result, hr.substitute("RDL", limit=2)):
        assert str(obj) == emitters.render(obj, "text")
        assert obj.to_markdown() == obj._repr_markdown_() == emitters.render(obj, "markdown")
        assert obj._repr_html_() == emitters.render(obj, "html")


def test_cli_markdown_is_the_public_to_markdown() -> None:
    """The CLI prints to_markdown(), not a notebook hook."""
    code, text = cli("recommend", "--goal", "rehab", "--format", "markdown")
    assert code == 0 and text == hr.recommend(goal="rehab").to_markdown() + "\n"
    code, text = cli("check", str(DIRTY), "--format", "markdown")
    assert code == 1 and text == hr.check(DIRTY).to_markdown() + "\n"


def test_a_new_format_is_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A module dropped into the emitters package becomes a CLI --format for what it accepts."""
    (tmp_path / "codesonly.py").write_text(
        "from hamstring_rules.findings import Report\n"
        "ACCEPTS = (Report,)\n"
        "def emit(results, *, rules=None):\n"
        "    return ' '.join(f.code for r in results for f in r.findings)\n"
    )
    monkeypatch.setattr(emitters, "__path__", [*emitters.__path__, str(tmp_path)])
    monkeypatch.delitem(sys.modules, "hamstring_rules.emitters.codesonly", raising=False)
    try:
        assert "codesonly" in emitters.formats(hr.Report)
        assert "codesonly" not in emitters.formats(hr.RecommendationResult)
        code, text = cli("check", str(DIRTY), "--format", "codesonly")
        assert code == 1 and text.split() == [f.code for f in hr.check(DIRTY).findings]
        assert cli("recommend", "--goal", "rehab", "--format", "codesonly")[0] == 2
    finally:
        sys.modules.pop("hamstring_rules.emitters.codesonly", None)


def test_sarif_lines_come_from_parsing_not_a_second_read(tmp_path: Path) -> None:
    """The finding carries its YAML line; SARIF still has it after the file is gone."""
    copy = tmp_path / "legs.yaml"
    shutil.copy(DIRTY, copy)
    report = hr.check(copy)
    copy.unlink()
    expected = next(
        n for n, line in enumerate(DIRTY.read_text().splitlines(), 1) if "Romanin Dedlfit" in line
    )
    unknown = next(f for f in report.findings if f.code == "HR009")
    assert unknown.location.line == expected
    result = next(r for r in sarif([report])["runs"][0]["results"] if r["ruleId"] == "HR009")
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": expected}
    assert unknown.to_dict()["location"]["line"] == expected


def test_lines_for_multi_week_programs(tmp_path: Path) -> None:
    """Entries of a ``weeks:`` program point at their own line in their own week."""
    path = tmp_path / "weeks.yaml"
    path.write_text(
        "name: two weeks\n"
        "weeks:\n"
        "  - sessions:\n"
        "      - name: A\n"
        "        day: mon\n"
        "        exercises:\n"
        "          - {exercise: Romanian deadlift, sets: 3, reps: 8}\n"
        "  - sessions:\n"
        "      - name: A\n"
        "        day: mon\n"
        "        exercises:\n"
        "          - {exercise: Romanian deadlift, sets: 3, reps: 8}\n"
        "          - {exercise: Qwxzy plonk, sets: 3, reps: 8}\n"
    )
    program = hr.load_program(path)
    assert program.line_of(1, 1, 1) == 7 and program.line_of(2, 1, 2) == 13
    assert program.line_of(2, 1, None) == 9 and program.line_of(None, None, None) is None
    assert attrs.evolve(program, source=None) == hr.load_program(program.to_dict())  # lines: not in ==
    unknown = next(f for f in hr.check(path).findings if f.code == "HR009")
    assert unknown.location.line == 13


def test_json_emitter_one_document_or_an_array() -> None:
    """One result is one document; several are an array."""
    report = hr.check(DIRTY)
    assert emitters.emit([report], "json") == report.to_json()
    assert len(json.loads(emitters.emit([report, report], "json"))) == 2


def _resolve(name: str) -> type:
    module, _, cls = name.rpartition(".")
    found = getattr(importlib.import_module(f"hamstring_rules.{module}"), cls)
    assert isinstance(found, type), name
    return found


def test_emitters_name_classes_that_exist() -> None:
    """Emitters name result classes as strings (no run-time import); a typo would silently fall
    back to the default, so every registered name and ACCEPTS entry must resolve to that class."""
    from hamstring_rules.emitters import _repr, markdown, text

    for dispatch in (_repr.one_line, html.render, markdown.render, text.render):
        assert dispatch.names
        for name in dispatch.names:
            assert qualified_name(_resolve(name)) == name
    for fmt in emitters.formats():
        for entry in emitters.emitter(fmt).ACCEPTS:
            cls = _resolve(entry) if isinstance(entry, str) else entry
            assert fmt in emitters.formats(cls)


def test_dispatch_follows_subclasses() -> None:
    """A subclass of a registered class gets its parent's function; an unrelated class the default."""

    class MyReport(hr.Report):
        pass

    report = hr.check(DIRTY)
    mine = MyReport(**{f.name: getattr(report, f.name) for f in attrs.fields(hr.Report) if f.init})
    assert html.render(mine) == html.render(report)
    assert "markdown" in emitters.formats(MyReport)
    with pytest.raises(TypeError, match="no HTML form for int"):
        html.render(3)


def test_a_hold_entrys_repr_gives_its_seconds_not_one_rep() -> None:
    """review29 V15: a hold showed as '5 x 1'; its dose is its seconds."""
    program = hr.load_program(
        {
            "name": "x",
            "sessions": [
                {
                    "name": "A",
                    "exercises": [
                        {"exercise": "Straight-knee bridge hold", "sets": 5, "hold_s": 30},
                        {"exercise": "Side plank", "sets": 3, "reps": 2, "hold_s": 45},
                        {"exercise": "Romanian deadlift", "sets": 3, "reps": 8},
                    ],
                }
            ],
        }
    )
    hold, twice, lift = program.weeks[0].sessions[0].entries
    assert repr(hold) == "<Entry Straight-knee bridge hold 5 x 30 s hold>"
    assert repr(twice) == "<Entry Side plank 3 x 2 x 45 s hold>"
    assert repr(lift) == "<Entry Romanian deadlift 3 x 8>"
