"""check --fix / fix_file(): a program file is rewritten as it was read - its format, encoding,
byte order mark and line ends - and whatever check() reads as a program, fix() fixes."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import hamstring_rules as hr
from hamstring_rules import _fix
from hamstring_rules._fix import fix_file
from hamstring_rules.cli import main

#: A program with one safe fix (HR003: the hinge after the squat moves before it), a comment and
#: a name outside ASCII that Windows-1252 holds.
PROGRAM = """\
# Café legs – the coach's notes
name: Café legs
goal: tie_in_hypertrophy
sessions:
  - name: A
    day: mon
    exercises:
      - exercise: Squat (Barbell)
        sets: 3
        reps: 6-8
      - exercise: Romanian deadlift  # the hinge
        sets: 3
        reps: 8-10
  - name: B
    day: thu
    exercises:
      - exercise: Romanian deadlift
        sets: 3
        reps: 8-10
"""
DATA = yaml.safe_load(PROGRAM)

#: The encodings a program is read in, as (codec that writes it with its byte order mark, the
#: byte order mark): what Notepad, Excel and editors save.
ENCODINGS = {
    "utf-8": ("utf-8", b""),
    "utf-8 with BOM": ("utf-8", b"\xef\xbb\xbf"),
    "utf-16-le with BOM": ("utf-16-le", b"\xff\xfe"),
    "utf-16-be with BOM": ("utf-16-be", b"\xfe\xff"),
    "utf-32-le with BOM": ("utf-32-le", b"\xff\xfe\x00\x00"),
    "windows-1252": ("cp1252", b""),
}
NEWLINES = {"LF": "\n", "CRLF": "\r\n", "CR": "\r"}


def _write(path: Path, text: str, encoding: str, newline: str) -> bytes:
    codec, bom = ENCODINGS[encoding]
    data = bom + text.replace("\n", NEWLINES[newline]).encode(codec)
    path.write_bytes(data)
    return data


def _read(path: Path, encoding: str) -> str:
    """The file's text, strictly in ``encoding`` after its byte order mark (which must be there)."""
    codec, bom = ENCODINGS[encoding]
    data = path.read_bytes()
    assert data.startswith(bom), data[:8]
    text = data[len(bom) :].decode(codec)
    assert not text.startswith("\ufeff"), "a second byte order mark"
    return text


def _exercises(program: hr.Program) -> list[str]:
    return [e.exercise for e in program.weeks[0].sessions[0].entries]


def _line_ends(text: str) -> set[str]:
    import re

    return set(re.findall(r"\r\n|\r|\n", text))


@pytest.mark.parametrize("newline", NEWLINES)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_check_fix_keeps_the_files_encoding_bom_and_line_ends(
    tmp_path: Path, encoding: str, newline: str
) -> None:
    """A UTF-16 or Windows-1252 program came back as UTF-8 without its byte order mark: the
    rewritten file is in the encoding it was read in, with the same BOM and line ends, its
    comments kept, and the fix in it."""
    path = tmp_path / "legs.yaml"
    _write(path, PROGRAM, encoding, newline)
    assert main(["check", "--fix", "--exit-zero", str(path)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    text = _read(path, encoding)
    assert _line_ends(text) == {NEWLINES[newline]}
    assert text.startswith("# Café legs – the coach's notes") and "# the hinge" in text
    assert _exercises(hr.load_program(path)) == ["Romanian deadlift", "Squat (Barbell)"]
    assert "HR003" not in hr.check(path).codes
    assert [p.name for p in tmp_path.iterdir()] == ["legs.yaml"]  # no temporary file left


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_json_program_keeps_its_encoding_and_layout(tmp_path: Path, encoding: str) -> None:
    """A JSON program is written back as JSON in its encoding, with its indent (four spaces
    here) and its ``\\u`` escapes where it used them."""
    path = tmp_path / "legs.json"
    text = json.dumps(DATA, indent=4)  # ASCII, "Caf\\u00e9": json.dumps's default
    _write(path, text + "\n", encoding, "CRLF")
    fix_file(path)
    new = _read(path, encoding)
    assert '"Caf\\u00e9 legs"' in new and '\r\n    "goal": ' in new and _line_ends(new) == {"\r\n"}
    assert [e["exercise"] for e in json.loads(new)["sessions"][0]["exercises"]] == [
        "Romanian deadlift",
        "Squat (Barbell)",
    ]


def test_a_json_program_on_one_line_stays_on_one_line(tmp_path: Path) -> None:
    """Minified JSON stays minified (no line end added), tab-indented JSON stays tab-indented."""
    flat = tmp_path / "flat.json"
    flat.write_text(json.dumps(DATA, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    fix_file(flat)
    text = flat.read_text(encoding="utf-8")
    assert "\n" not in text and '"name":"Café legs"' in text
    assert json.loads(text)["sessions"][0]["exercises"][0]["exercise"] == "Romanian deadlift"
    tabs = tmp_path / "tabs.json"
    tabs.write_text(json.dumps(DATA, indent="\t", ensure_ascii=False) + "\n", encoding="utf-8")
    fix_file(tabs)
    assert '\n\t"goal": ' in tabs.read_text(encoding="utf-8")


def _polish_catalog() -> hr.Catalog:
    """The built-in catalog plus the RDL under a Polish name (its 'ą' and 'ń' are not in
    Windows-1252): HR009's rename fix writes it."""
    builtin = hr.Catalog.builtin()
    rdl = builtin.get("romanian_deadlift")
    # (not the RDL's aliases: 'RDL' reads as its name, and two exercises cannot share a spelling)
    return builtin.with_exercises([attrs.evolve(rdl, id="rdl_pl", name="Martwy ciąg rumuński", aliases=())])


POLISH = (
    "name: Plan\ngoal: tie_in_hypertrophy\nsessions:\n  - name: A\n    day: mon\n    exercises:\n"
    "      - exercise: Martwy ciag rumunsk\n        sets: 3\n        reps: 8\n"
    "      - exercise: Leg curl\n        sets: 3\n        reps: 10\n# café\n"
)


def test_a_character_the_encoding_cannot_hold_is_an_error_and_nothing_is_written(tmp_path: Path) -> None:
    """A Windows-1252 file whose fix writes 'ą' fails naming the character, its code point, the
    file and line; the file is left byte for byte, and no temporary file is left."""
    path = tmp_path / "plan.yaml"
    before = _write(path, POLISH, "windows-1252", "CRLF")
    catalog = _polish_catalog()
    assert "HR009" in hr.check(path, catalog=catalog).codes
    with pytest.raises(hr.ProgramError) as caught:
        fix_file(path, unsafe=True, catalog=catalog)
    error = caught.value
    assert "'ą' (U+0105)" in error.message and "Windows-1252 cannot hold" in error.message
    assert error.location == f"{path}:7" and "nothing was written" in error.message
    assert "UTF-8" in (error.suggestion or "")
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]


def test_the_same_character_in_a_utf16_file_is_written(tmp_path: Path) -> None:
    """UTF-16 holds every character: the rename is written, in UTF-16 with its byte order mark."""
    path = tmp_path / "plan.yaml"
    _write(path, POLISH, "utf-16-le with BOM", "LF")
    fix_file(path, unsafe=True, catalog=_polish_catalog())
    assert "Martwy ciąg rumuński" in _read(path, "utf-16-le with BOM")


def test_json_in_windows_1252_escapes_a_character_it_cannot_hold(tmp_path: Path) -> None:
    """JSON can write any character as a ``\\u`` escape: a Windows-1252 JSON file gets 'ą' as
    ``\\u0105`` (its other characters as they were), read back as the name the fix chose."""
    path = tmp_path / "plan.json"
    data = {**yaml.safe_load(POLISH), "name": "Plan café"}  # not ASCII: read as Windows-1252
    _write(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n", "windows-1252", "LF")
    fix_file(path, unsafe=True, catalog=_polish_catalog())
    text = _read(path, "windows-1252")
    assert "ci\\u0105g rumu\\u0144ski" in text and '"Plan café"' in text
    names = [e.exercise for e in hr.load_program(path).weeks[0].sessions[0].entries]
    assert "Martwy ciąg rumuński" in names


def test_bytes_windows_1252_does_not_define_are_named_not_replaced(tmp_path: Path) -> None:
    """A byte Windows-1252 leaves undefined (0x81) reads as U+FFFD; writing the file back would
    change it, so the error says so and nothing is written."""
    path = tmp_path / "legs.yaml"
    data = PROGRAM.encode("cp1252").replace(b"coach's", b"coach\x81s")
    path.write_bytes(data)
    with pytest.raises(hr.ProgramError, match="does not define") as caught:
        fix_file(path)
    assert caught.value.location == f"{path}:1" and path.read_bytes() == data


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("legs.txt", PROGRAM),
        ("legs", PROGRAM),
        ("legs.txt", json.dumps(DATA, indent=2)),
        ("legs", json.dumps(DATA, indent=2)),
        ("legs.yaml", json.dumps(DATA, indent=2)),  # JSON in a .yaml file is read as JSON
        ("legs.program", PROGRAM),
    ],
)
def test_whatever_check_reads_as_a_program_is_fixed_in_its_format(
    tmp_path: Path, name: str, text: str
) -> None:
    """A YAML or JSON program saved as .txt, without an extension, or JSON named .yaml, was
    refused ('only program files can be fixed') though check() read it: it is fixed and
    written back in the format it was read in (JSON stays JSON, YAML keeps its comments)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert "HR003" in hr.check(path).codes
    result = hr.fix(path)
    assert _exercises(result.program)[0] == "Romanian deadlift"
    err = io.StringIO()
    assert main(["check", "--fix", "--exit-zero", str(path)], stdout=io.StringIO(), stderr=err) == 0, (
        err.getvalue()
    )
    new = path.read_text(encoding="utf-8")
    if text.startswith("{"):
        assert json.loads(new)["sessions"][0]["exercises"][0]["exercise"] == "Romanian deadlift"
    else:
        assert new.startswith("# Café legs") and "# the hinge" in new
    assert "HR003" not in hr.check(path).codes


def test_a_log_under_any_name_check_reads_as_a_log_is_refused(tmp_path: Path) -> None:
    """An app export saved as .txt or .tsv is read by check() as a workout log: fix() refuses it
    as history, naming the file."""
    export = (Path(__file__).resolve().parent.parent.parent / "examples" / "hevy_export.csv").read_text()
    for name in ("log.txt", "log.csv"):
        path = tmp_path / name
        path.write_text(export, encoding="utf-8")
        assert hr.check(path).kind == "log"
        with pytest.raises(hr.ProgramError, match="workout log") as caught:
            hr.fix(path)
        assert caught.value.location == str(path)


@pytest.mark.parametrize("name", ["legs.csv", "legs.txt", "legs"])
def test_a_spreadsheet_program_is_fixed_but_not_rewritten(tmp_path: Path, name: str) -> None:
    """A spreadsheet program (by its extension or its content) is fixed by fix(); check --fix
    says it is not rewritten in place and how to get the fixed program as YAML, and leaves it."""
    path = tmp_path / name
    text = "Day,Session,Exercise,Sets,Reps\nMon,Legs,Back Squat,4,6-8\nMon,Legs,Romanian Deadlift,3,8-10\n"
    path.write_text(text, encoding="utf-8")
    assert hr.check(path, goal="tie-in").kind == "program"
    assert _exercises(hr.fix(path, goal="tie-in").program)[0] == "Romanian Deadlift"
    with pytest.raises(hr.ProgramError, match="spreadsheet program is not rewritten") as caught:
        fix_file(path, goal="tie-in")
    assert "to_yaml()" in (caught.value.suggestion or "") and caught.value.location == str(path)
    assert path.read_text(encoding="utf-8") == text


def test_a_file_changed_while_it_was_fixed_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor saving the file while check --fix worked on it: the edit is kept, the fix is
    not written, and the error says so."""
    path = tmp_path / "legs.yaml"
    path.write_text(PROGRAM, encoding="utf-8")
    original = _fix.fix

    def saved_meanwhile(*args: Any, **kwargs: Any) -> _fix.FixResult:
        result = original(*args, **kwargs)
        path.write_text(PROGRAM + "# saved by the editor\n", encoding="utf-8")
        return result

    monkeypatch.setattr(_fix, "fix", saved_meanwhile)
    with pytest.raises(hr.ProgramError, match="changed while it was being fixed"):
        fix_file(path)
    assert path.read_text(encoding="utf-8").endswith("# saved by the editor\n")


def test_a_file_without_a_final_line_end_stays_so(tmp_path: Path) -> None:
    """The rewrite adds no line end the file did not have."""
    path = tmp_path / "legs.yaml"
    path.write_bytes(PROGRAM.rstrip("\n").encode())
    fix_file(path)
    assert (
        path.read_bytes().endswith(b"reps: 8-10") and b"Romanian deadlift  # the hinge" in path.read_bytes()
    )


@settings(max_examples=30, deadline=None)
@given(
    encoding=st.sampled_from(sorted(ENCODINGS)),
    newline=st.sampled_from(sorted(NEWLINES)),
    name=st.text(st.characters(codec="cp1252", categories=("L", "N", "Zs")), min_size=1, max_size=20),
    fmt=st.sampled_from(["yaml", "json"]),
)
def test_a_rewritten_file_reads_back_as_the_fixed_program(
    tmp_path_factory: pytest.TempPathFactory, encoding: str, newline: str, name: str, fmt: str
) -> None:
    """For any encoding, line end and program name: the file fix_file writes reads back as the
    program fix() returned, in the same encoding, BOM and line ends."""
    path = tmp_path_factory.mktemp("prop") / f"p.{fmt}"
    data = {**DATA, "name": name.strip() or "x"}
    text = (
        json.dumps(data, indent=2, ensure_ascii=False)
        if fmt == "json"
        else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    )
    _write(path, text, encoding, newline)
    done = fix_file(path)
    written = _read(path, encoding)
    assert _line_ends(written) <= {NEWLINES[newline]}
    assert attrs.evolve(hr.load_program(path), lines={}) == attrs.evolve(done.result.program, lines={})


def _restyled(sequence: str, mapping: str) -> str:
    """PROGRAM with each nesting level indented ``mapping`` and each list item written
    ``sequence`` (its dash and the spaces after it, as wide as ``mapping``)."""
    out = []
    for line in PROGRAM.splitlines():
        stripped = line.lstrip(" ")
        depth = (len(line) - len(stripped)) // 2
        if stripped.startswith("- "):
            out.append(mapping * depth + sequence + stripped[2:])
        else:
            out.append(mapping * depth + stripped)
    return "\n".join(out) + "\n"


LAYOUTS = {
    "two spaces, indented items": PROGRAM,
    "four spaces, '-   ' items": _restyled("-   ", "    "),
    "flush items (PyYAML's)": yaml.safe_dump(DATA, sort_keys=False, allow_unicode=True),
    "four spaces, flush items": yaml.safe_dump(DATA, sort_keys=False, allow_unicode=True, indent=4),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_move_changes_only_the_moved_lines_in_any_indent_style(tmp_path: Path, layout: str) -> None:
    """A file indented with four spaces and ``-   name:`` items was re-indented whole to two
    spaces (every line of the diff changed): its own indents are kept, so moving the hinge only
    reorders lines - the same lines, each as it was written."""
    text = LAYOUTS[layout]
    path = tmp_path / "legs.yaml"
    path.write_text(text, encoding="utf-8")
    done = fix_file(path)
    assert done.changed and [f.fixer for f in done.result.fixes] == ["move-before"]
    new = path.read_text(encoding="utf-8")
    assert new != text and sorted(new.splitlines()) == sorted(text.splitlines())


def test_a_read_only_file_is_not_rewritten(tmp_path: Path) -> None:
    """A file marked read-only was replaced all the same (renaming over it needs only the
    folder's permission) and stayed read-only: it is refused, left as it was; --diff still
    shows the fixes."""
    path = tmp_path / "legs.yaml"
    path.write_text(PROGRAM, encoding="utf-8")
    path.chmod(0o444)
    try:
        with pytest.raises(hr.ProgramError, match="read-only") as caught:
            fix_file(path)
        assert caught.value.location == str(path) and path.read_text(encoding="utf-8") == PROGRAM
        assert fix_file(path, write=False).changed
        assert [p.name for p in tmp_path.iterdir()] == ["legs.yaml"]
    finally:
        path.chmod(0o644)


#: PROGRAM's week written once, with an anchor, and repeated by two aliases.
ANCHORED = (
    "name: Block\ngoal: tie_in_hypertrophy\nweeks:\n  - sessions: &week   # the same week three times\n"
    + "".join(f"    {line}\n" for line in PROGRAM.split("sessions:\n", 1)[1].splitlines())
    + "  - sessions: *week\n  - sessions: *week\n"
)


def test_weeks_an_anchor_repeats_keep_it_when_each_gets_the_same_fix(tmp_path: Path) -> None:
    """Three weeks written as one anchored week were written out as three copies when each got
    the same fix: the file keeps its anchor and aliases, and reads as the fixed program."""
    path = tmp_path / "block.yaml"
    path.write_text(ANCHORED, encoding="utf-8")
    done = fix_file(path)
    assert len(done.result.fixes) == 3  # the hinge moved in each week
    text = path.read_text(encoding="utf-8")
    assert text.count("&week") == 1 and text.count("*week") == 2 and text.count("Squat (Barbell)") == 1
    assert attrs.evolve(hr.load_program(path), lines={}) == attrs.evolve(done.result.program, lines={})


def test_an_anchor_two_weeks_share_is_kept_beside_a_week_written_out(tmp_path: Path) -> None:
    """Two weeks share the anchored week and get the same fix; a third, written out and already
    right, gets none: the two keep sharing the anchor and the third stays as written."""
    text = ANCHORED.replace(
        "  - sessions: *week\n  - sessions: *week\n",
        "  - sessions: *week\n  - sessions:\n      - name: A\n        day: mon\n        exercises:\n"
        "          - exercise: Romanian deadlift\n            sets: 3\n            reps: 8-10\n"
        "      - name: B\n        day: thu\n        exercises:\n"
        "          - exercise: Romanian deadlift\n            sets: 3\n            reps: 8-10\n",
    )
    path = tmp_path / "block.yaml"
    path.write_text(text, encoding="utf-8")
    done = fix_file(path)
    assert len(done.result.fixes) == 2
    new = path.read_text(encoding="utf-8")
    assert new.count("&week") == 1 and new.count("*week") == 1
    assert attrs.evolve(hr.load_program(path), lines={}) == attrs.evolve(done.result.program, lines={})


def test_the_command_to_fix_a_spreadsheet_names_the_users_file(tmp_path: Path) -> None:
    """The refusal's suggested command read a placeholder, 'legs.csv', whatever the file: it
    names the file (quoted for the shell), and run as given it prints the fixed program as YAML."""
    import shlex
    import subprocess
    import sys

    import yaml

    path = tmp_path / "my client's week.csv"
    path.write_text("Day,Session,Exercise,Sets,Reps\nMon,Legs,Back Squat,4,6-8\n", encoding="utf-8")
    with pytest.raises(hr.ProgramError) as caught:
        fix_file(path, goal="tie-in")
    suggestion = caught.value.suggestion or ""
    command = suggestion.split("fix it in place: ", 1)[1].split(" (in Python", 1)[0]
    words = shlex.split(command)
    assert words[:2] == ["python", "-c"] and words[-2:] == [">", str(path.with_suffix(".yaml"))]
    done = subprocess.run([sys.executable, "-c", words[2]], capture_output=True, text=True, check=True)
    assert hr.load_program(yaml.safe_load(done.stdout)).weeks == hr.fix(path).program.weeks


def test_diff_of_a_spreadsheet_program_shows_its_fixes_on_the_program_as_yaml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """check --diff writes nothing, so a spreadsheet program is not refused: its fixes show as a
    diff of the program read as YAML (the header says so: rv22 R21), and the file is left as it was."""
    path = tmp_path / "week.csv"
    text = "Day,Session,Exercise,Sets,Reps\nMon,Legs,Back Squat,4,6-8\nMon,Legs,Romanian Deadlift,3,8-10\n"
    path.write_text(text, encoding="utf-8")
    done = fix_file(path, goal="tie-in", write=False)
    diff = done.diff()
    assert diff.startswith(f"--- {path} -> YAML (the program read from it)\n")
    assert "+  - exercise: Romanian Deadlift" in diff and "-  - exercise: Romanian Deadlift" in diff
    assert yaml.safe_load(done.new) == done.result.program.to_dict()
    assert main(["check", "--diff", "--goal", "tie-in", str(path)]) == 1
    assert f"{path} -> YAML (fixed; the sheet is not rewritten)" in capsys.readouterr().out
    assert path.read_text(encoding="utf-8") == text


def test_the_command_to_fix_a_spreadsheet_keeps_unsafe_and_the_goal(tmp_path: Path) -> None:
    """check --fix --unsafe-fixes --goal tie-in on a spreadsheet suggests a command that runs the
    same fixes (it dropped unsafe=True and the goal: the command printed the safe fixes only)."""
    import shlex
    import subprocess
    import sys

    path = tmp_path / "week.csv"
    path.write_text("Day,Session,Exercise,Sets,Reps\nMon,Legs,Back Squat,4,6-8\n", encoding="utf-8")
    with pytest.raises(hr.ProgramError) as caught:
        fix_file(path, goal="tie-in", unsafe=True)
    suggestion = caught.value.suggestion or ""
    command = suggestion.split("fix it in place: ", 1)[1].split(" (in Python", 1)[0]
    code = shlex.split(command)[2]
    assert "unsafe=True" in code and "goal='tie-in'" in code
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    expected = hr.fix(path, goal="tie-in", unsafe=True).program
    assert expected.to_dict() == yaml.safe_load(run.stdout)
    assert len(expected.sessions[0].entries) > 1  # the unsafe fixes added exercises
