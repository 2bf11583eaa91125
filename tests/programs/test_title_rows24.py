"""Rows above a sheet's header (review28 N5): a week banner there heads the rows below, on its own
line; any other row passed over as the sheet's title is said in a notice, never dropped unsaid."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import hamstring_rules as hr

_SHEET = (
    "Hamstring block - Coach Ben,,,,\n,,,,\nWeeks 1-3,,,,\nDay,Exercise,Sets,Reps,RPE\nMon,RDL,3,8,7\n"
    "Mon,Nordic curl,2,5,\nThu,Seated leg curl,3,12,8\n,,,,\nWeek 4 - Deload,,,,\nMon,RDL,2,8,6\n"
    "Thu,Seated leg curl,2,12,6\n"
)


def test_the_banner_above_the_header_heads_its_weeks_and_the_title_is_said() -> None:
    program = hr.load_program(_SHEET.encode(), name="p.csv")
    assert [w.label for w in program.weeks] == ["week 1", "week 2", "week 3", "week 4 (Deload)"]
    said = " ".join(program.notices)
    assert "line 1 'Hamstring block - Coach Ben'" in said and "title" in said
    assert "'Weeks 1-3' (line 3)" in said  # the banner's own line, not the header's (4)


_WORDS = st.text(
    st.characters(min_codepoint=65, max_codepoint=122, whitelist_categories=("Lu", "Ll")),
    min_size=1,
    max_size=12,
)


@given(st.lists(_WORDS.map(lambda t: f"Coach {t}"), min_size=1, max_size=3))
def test_every_title_row_is_said_with_its_line(titles: list[str]) -> None:
    """Any rows naming no week or day above a header: the sessions read as without them, and each
    row passed over is named in a notice by its line."""
    body = "Day,Exercise,Sets,Reps\nMon,RDL,3,8\nThu,Seated leg curl,3,12\n"
    plain = hr.load_program(body.encode(), name="p.csv")
    titled = hr.load_program(("".join(f"{t},,,\n" for t in titles) + body).encode(), name="p.csv")
    assert [(s.day, [e.exercise for e in s.entries]) for s in titled.sessions] == [
        (s.day, [e.exercise for e in s.entries]) for s in plain.sessions
    ]
    said = " ".join(titled.notices)
    for n, title in enumerate(titles, start=1):
        assert f"line {n} {title!r}" in said
