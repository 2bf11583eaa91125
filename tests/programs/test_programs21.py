"""Program files as coaches write them (review27 R3): a list under another tool's key, a one-line
entry, a file that is no mapping - each refused in the user's words, never a class name."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

from ..strategies import program_data


def _error(data: Any, **kw: Any) -> hr.ProgramError:
    with pytest.raises(hr.ProgramError) as info:
        hr.load_program(data, **kw)
    return info.value


def _entry(**kw: Any) -> dict[str, Any]:
    return {
        "name": "p",
        "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 3, "reps": 8, **kw}]}],
    }


@pytest.mark.parametrize(
    ("level", "key", "meant"),
    [
        ("program", "days", "sessions"),
        ("program", "workouts", "sessions"),
        ("program", "Training days", "sessions"),
        ("session", "movements", "exercises"),
        ("session", "lifts", "exercises"),
    ],
)
def test_a_list_under_another_tools_key_names_the_key(level: str, key: str, meant: str) -> None:
    data = _entry()
    holder = data if level == "program" else data["sessions"][0]
    holder[key] = holder.pop(meant)
    err = _error(data)
    assert f"did you mean '{meant}'" in str(err)
    assert key in str(err)


@pytest.mark.parametrize(
    ("line", "name", "scheme"),
    [
        ("RDL 3x8", "RDL", "3x8"),
        ("Bulgarian split squat 3x10/leg", "Bulgarian split squat", "3x10/leg"),
        ("Nordic curl 2 x 5", "Nordic curl", "2 x 5"),
    ],
)
def test_a_one_line_entry_is_refused_with_the_keys_its_words_go_under(
    line: str, name: str, scheme: str
) -> None:
    data = {"name": "p", "sessions": [{"name": "A", "exercises": [line]}]}
    err = _error(data)
    text = f"{err} {err.suggestion}"
    assert "Model" not in text and "instance of" not in text
    assert repr(line) in str(err)
    assert f"exercise: {name!r}" in str(err.suggestion)
    assert f"sets: {scheme!r}" in str(err.suggestion)


@pytest.mark.parametrize(
    ("content", "said"),
    [(b"", "empty"), (b"null\n", "empty"), (b"- name: A\n  exercises: []\n", "sessions:")],
)
def test_a_file_that_is_no_mapping_says_what_it_holds(content: bytes, said: str) -> None:
    err = _error(content, name="p.yaml")
    assert "NoneType" not in str(err) and "got list" not in str(err)
    assert said in str(err.suggestion)


_NOT_A_MAPPING = st.one_of(
    st.none(),
    st.integers(-5, 50),
    st.text(max_size=20),
    st.lists(st.integers(0, 9), max_size=3),
    st.booleans(),
)


@st.composite
def _malformed(draw: st.DrawFn) -> dict[str, Any]:
    """A valid program with one session, entry or week replaced by a value that is no mapping,
    or a key renamed."""
    data = copy.deepcopy(draw(program_data()))
    sessions = data["sessions"]
    assert isinstance(sessions, list)
    s = draw(st.integers(0, len(sessions) - 1))
    how = draw(st.sampled_from(["session", "entry", "rename_program", "rename_session"]))
    if how == "session":
        sessions[s] = draw(_NOT_A_MAPPING)
    elif how == "entry":
        entries = sessions[s]["exercises"]
        entries[draw(st.integers(0, len(entries) - 1))] = draw(_NOT_A_MAPPING)
    elif how == "rename_program":
        data[draw(st.sampled_from(["days", "workouts", "Sessions", "sesions", "xyz"]))] = data.pop("sessions")
    else:
        session = sessions[s]
        session[draw(st.sampled_from(["movements", "Exercises", "excercises", "xyz"]))] = session.pop(
            "exercises"
        )
    return data


@given(_malformed())
def test_no_message_names_a_class(data: dict[str, Any]) -> None:
    try:
        hr.load_program(data)
    except hr.HamstringRulesError as err:
        texts = [str(err), str(err.suggestion)]
        texts += [e["message"] for e in getattr(err, "errors", None) or []]
        for text in texts:
            assert "Model" not in text, text
            assert "instance of" not in text, text
            assert "NoneType" not in text, text


@pytest.mark.parametrize("reps", ["5x5", "3 x 8", "6-8 x 3", "4×10", "3 X 12 per leg"])
def test_sets_by_reps_in_reps_says_it_goes_in_sets(reps: str) -> None:
    data = _entry()
    data["sessions"][0]["exercises"][0]["reps"] = reps
    err = _error(data)
    assert "goes in sets:" in str(err), str(err)
    assert repr(reps) in str(err)


@pytest.mark.parametrize(
    ("key", "value", "low", "high"),
    [
        ("reps", "AMRAP (8-12)", 8, 12),
        ("reps", "max (10)", 10, 10),
        ("reps", "to failure (6–8 reps)", 6, 8),
        ("sets", "3xAMRAP (8-12)", 8, 12),
    ],
)
def test_a_set_to_failure_with_its_reps_in_brackets_is_read_at_them(
    key: str, value: str, low: int, high: int
) -> None:
    """``AMRAP (8-12)`` was 1 rep a set (a "heavy" set for the checks), the 8-12 only in the notes:
    it is 8-12 to failure, and a notice says so."""
    data = _entry()
    entry = data["sessions"][0]["exercises"][0]
    if key == "sets":
        del entry["reps"]
    entry[key] = value
    program = hr.load_program(data)
    got = program.sessions[0].entries[0]
    assert (got.reps_low, got.reps_high, got.rir) == (low, high, 0)
    assert any(repr(value) in n and "to failure" in n for n in program.notices)


@pytest.mark.parametrize("reps", ["AMRAP", "AMRAP (slow)"])
def test_a_set_to_failure_with_no_count_still_says_it_is_read_as_one_rep(reps: str) -> None:
    data = _entry(reps=reps)
    program = hr.load_program(data)
    assert program.sessions[0].entries[0].reps_low == 1
    assert any("no count of reps" in n for n in program.notices)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@given(st.integers(1, 12), st.integers(2, 31), st.booleans())
def test_a_range_a_spreadsheet_made_a_date_names_the_range(low: int, high: int, day_first: bool) -> None:
    """Excel shows ``8-10`` typed in a cell as ``10-Aug`` (or ``Aug-10``): the error names the range."""
    month = _MONTHS[low - 1]
    cell = f"{high}-{month}" if day_first else f"{month}-{high}"
    err = _error(_entry(reps=cell))
    assert f"as a date ({cell})" in str(err) and "as Text" in str(err)
    if low < high:
        assert f"read '{low}-{high}' as a date" in str(err)


@pytest.mark.parametrize("tempo", ["3/1/2001", "2001-03-01", "03.01.2001"])
def test_a_tempo_a_spreadsheet_made_a_date_says_so(tempo: str, tmp_path: Any) -> None:
    sheet = tmp_path / "p.csv"
    sheet.write_text(f"Day,Exercise,Sets,Reps,Tempo\nMon,RDL,3,8,{tempo}\n", encoding="utf-8")
    err = _error(sheet)
    assert f"as a date ({tempo})" in str(err) and "Tempo" in str(err)


@pytest.mark.parametrize("reps", ["10-Bug", "Mayo-10", "Foo 10", "10-Ma"])
def test_a_cell_that_is_no_date_is_not_called_one(reps: str) -> None:
    assert "as a date" not in str(_error(_entry(reps=reps)))
