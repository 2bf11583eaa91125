"""A session done on several days in a YAML or JSON program (progs25, leftover 3): ``day: Mon/Thu``,
``days: [mon, thu]``, ``day: "Mon & Thu (Lower)"``, ``day: 2x/week``. The session is repeated on
each day, in its place - the honest reading for the checks that count a week's sessions and the rest
between them; a number of times a week names no weekday, so the rest is unknown. The published JSON
Schema takes what the library takes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

jsonschema = pytest.importorskip("jsonschema")

_RDL = {"exercise": "Romanian deadlift", "sets": 3, "reps": 8}


def _program(**session: Any) -> dict[str, Any]:
    return {"name": "p", "sessions": [{"exercises": [dict(_RDL)], **session}]}


def _schema_errors(data: Any) -> list[str]:
    schema = hr.json_schema("program")
    validator = jsonschema.Draft202012Validator(schema)
    return [error.message for error in validator.iter_errors(data)]


@pytest.mark.parametrize(
    ("session", "days"),
    [
        ({"day": "Mon/Thu"}, [0, 3]),
        ({"day": "Mon & Thu"}, [0, 3]),
        ({"day": "Mon, Wed, Fri"}, [0, 2, 4]),
        ({"day": "Monday and Thursday"}, [0, 3]),
        ({"days": ["mon", "thu"]}, [0, 3]),
        ({"day": ["Tuesday", "Friday"]}, [1, 4]),
        ({"days": "Mon/Thu"}, [0, 3]),
        ({"days": ["mon"]}, [0]),
        ({"name": "Lower", "day": "Lower: Mon/Thu"}, [0, 3]),
        ({"day": "Mon & Monday"}, [0]),
        ({"day": "lunes y jueves"}, [0, 3]),
        ({"day": "Mon. Thu."}, [0, 3]),
    ],
)
def test_a_session_on_several_weekdays_is_the_session_on_each(
    session: dict[str, Any], days: list[int]
) -> None:
    program = hr.load_program(_program(**session))
    assert [s.day for s in program.sessions] == days
    assert all([e.exercise for e in s.entries] == ["Romanian deadlift"] for s in program.sessions)
    assert _schema_errors(_program(**session)) == []


def test_a_label_names_each_and_a_time_of_day_is_each_ones() -> None:
    labelled = hr.load_program(_program(day="Mon & Thu (Lower)"))
    assert [(s.name, s.day) for s in labelled.sessions] == [("Lower", 0), ("Lower", 3)]
    timed = hr.load_program(_program(name="Lower", day="Mon/Thu", time="18:00"))
    assert [(s.name, s.day, s.time.hour if s.time else None) for s in timed.sessions] == [
        ("Lower", 0, 18),
        ("Lower", 3, 18),
    ]


def test_weekdays_each_with_its_own_time_are_refused_saying_what_reads() -> None:
    """'Mon 7am & Thu 18:00' (a sheet's day cell reads it) is no file day: the schema could not say it."""
    data = _program(name="Lower", day="Mon 7am & Thu 18:00")
    with pytest.raises(hr.ProgramError, match="weekdays alone"):
        hr.load_program(data)
    assert _schema_errors(data) != []


def test_the_session_stays_in_its_place_and_the_notice_says_so() -> None:
    data = {
        "name": "p",
        "sessions": [
            {"name": "Upper", "day": "tue", "exercises": [{"exercise": "Bench press", "sets": 3, "reps": 8}]},
            {"name": "Lower", "day": "Mon/Thu", "exercises": [dict(_RDL)]},
            {"name": "Arms", "day": "sat", "exercises": [{"exercise": "Biceps curl", "sets": 3, "reps": 12}]},
        ],
    }
    program = hr.load_program(data)
    assert [(s.name, s.day) for s in program.sessions] == [
        ("Upper", 1),
        ("Lower", 0),
        ("Lower", 3),
        ("Arms", 5),
    ]
    assert any("'Mon/Thu' as mon, thu" in notice for notice in program.notices)


def test_heavy_hinges_on_mon_and_tue_are_24_h_apart() -> None:
    """HR006 sees the rest between the copies, as it does between two sessions written out."""
    report = hr.check(_program(day="Mon/Tue"), goal="tie_in_hypertrophy")
    assert "HR006" in report.codes
    assert "HR006" not in hr.check(_program(day="Mon/Thu"), goal="tie_in_hypertrophy").codes


@pytest.mark.parametrize(
    ("day", "times"),
    [
        ("2x/week", 2),
        ("3 times a week", 3),
        ("twice a week", 2),
        ("2 days/wk", 2),
        ("x3 per week", 3),
        ("2 mal pro Woche", 2),
        ("once weekly", 1),
    ],
)
def test_a_number_of_times_a_week_is_that_many_sessions_on_unsaid_days(day: str, times: int) -> None:
    """The days are unsaid: the sessions have no weekday, and the rest between them is unknown (HR016)."""
    data = _program(name="Lower", day=day)
    program = hr.load_program(data)
    assert [s.day for s in program.sessions] == [None] * times
    assert [s.name for s in program.sessions] == [f"Lower ({k} of {times})" for k in range(1, times + 1)]
    assert any("rest between them is unknown" in notice for notice in program.notices)
    assert _schema_errors(data) == []
    if times >= 2:
        assert "HR016" in hr.check(data, goal="tie_in_hypertrophy").codes


def test_a_misspelt_day_in_a_list_is_named_with_its_line() -> None:
    lines = ["name: p", "sessions:", "  - name: Lower", "    days:", "      - mon", "      - Thrusday"]
    lines += ["    exercises:", "      - {exercise: RDL, sets: 3, reps: 8}", ""]
    with pytest.raises(hr.ProgramError, match="did you mean 'Thursday'") as caught:
        hr.load_program("\n".join(lines).encode(), name="p.yaml")
    assert caught.value.location is not None and caught.value.location.startswith("p.yaml:")


@pytest.mark.parametrize(
    "session",
    [
        {"day": "mon", "days": ["thu"]},  # both: which?
        {"days": []},
        {"days": 2},
        {"days": None},
        {"day": ["mon", None]},
        {"days": ["mon", ["thu"]]},
        {"day": "8x/week"},
        {"days": ["mon", "Mnoday"]},
        {"day": "Mon - Thurs"},
    ],
)
def test_what_the_library_refuses_the_schema_refuses(session: dict[str, Any]) -> None:
    data = _program(name="Lower", **session)
    with pytest.raises(hr.ProgramError):
        hr.load_program(data)
    assert _schema_errors(data) != []


_DAY_VALUES = st.sampled_from(["mon", "Thu", "Friday", "Day 2", 3, "Monday (Lower)", "Mon PM", "sat", "2"])


@given(days=st.lists(_DAY_VALUES, min_size=1, max_size=7), key=st.sampled_from(["day", "days"]))
def test_a_list_of_days_is_a_session_for_each_in_order(days: list[Any], key: str) -> None:
    """Whatever the days listed, the program holds one session for each, with the day each names."""
    data = _program(name="S", **{key: days})
    program = hr.load_program(data)
    one_by_one = [hr.load_program(_program(name="S", day=day)).sessions[0].day for day in days]
    assert [s.day for s in program.sessions] == one_by_one
    assert _schema_errors(data) == []


def test_a_json_file_reads_as_the_dict_does() -> None:
    data = _program(days=["mon", "thu"])
    program = hr.load_program(json.dumps(data).encode(), name="p.json")
    assert [s.day for s in program.sessions] == [0, 3]


_PIECES = st.sampled_from(
    [
        "Mon", "monday", "Thurs", "MIÉ", "segunda-feira", "Sam", "Lower", "PM", "18:00", "2", "3", "9",
        "x", "/", "&", " and ", " y ", ", ", "(", ")", ": ", "week", "Woche", "per", "pro", "twice",
        "times", "wk", ".", " ", "-", "Day 2", "weekly",
    ]
)  # fmt: skip


@given(st.lists(_PIECES, min_size=1, max_size=6).map("".join) | st.lists(_PIECES, max_size=5).map(" ".join))
def test_the_schema_and_the_library_agree_on_days_of_several_weekdays_or_times_a_week(day: str) -> None:
    """Property: a day made of weekdays, joiners, labels, counts and week words is accepted by the
    library exactly when the published schema accepts it, as 'day' and as 'days'."""
    for key in ("day", "days"):
        data = _program(name="A", **{key: day})
        try:
            hr.load_program(data)
            accepted = True
        except hr.ProgramError:
            accepted = False
        assert accepted == (_schema_errors(data) == []), (key, day)
