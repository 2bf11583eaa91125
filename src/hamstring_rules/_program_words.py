"""What a program file may say, below both the :class:`~hamstring_rules.Program` objects and the
file schema (``_program_schema``, pydantic) that read it: the weekday and day-of-program words
(in the languages program sheets and log headers are written in), a tempo's explosive phases,
the schema version and the file's size bounds. Plain data and functions: no pydantic here, so
importing the Program classes stays cheap."""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

#: The weekdays' full names, Monday first, in the languages the workout-log reader reads headers
#: in (English, German, Spanish, French, Portuguese, Italian, Dutch), accents kept: a program's
#: ``day`` is a weekday when it is one of these, or a start of one (see :data:`WEEKDAY_WORDS`).
WEEKDAY_NAMES: tuple[tuple[str, ...], ...] = (
    ("monday", "montag", "lunes", "lundi", "segunda", "lunedì", "maandag"),
    ("tuesday", "dienstag", "martes", "mardi", "terça", "martedì", "dinsdag"),
    ("wednesday", "mittwoch", "miércoles", "mercredi", "quarta", "mercoledì", "woensdag"),
    ("thursday", "donnerstag", "jueves", "jeudi", "quinta", "giovedì", "donderdag"),
    ("friday", "freitag", "viernes", "vendredi", "sexta", "venerdì", "vrijdag"),
    ("saturday", "samstag", "sonnabend", "sábado", "samedi", "sabato", "zaterdag"),
    ("sunday", "sonntag", "domingo", "dimanche", "domenica", "zondag"),
)
#: The accented letters of :data:`WEEKDAY_NAMES` and the letter each is read as (a day is
#: compared without its accents: ``miercoles``, ``MIÉRCOLES``).
ACCENTS = {"á": "a", "à": "a", "â": "a", "ã": "a", "ä": "a", "é": "e", "è": "e", "ê": "e", "ë": "e",
           "í": "i", "ì": "i", "î": "i", "ï": "i", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ö": "o",
           "ú": "u", "ù": "u", "û": "u", "ü": "u", "ç": "c", "ñ": "n"}  # fmt: skip
_UNACCENT = str.maketrans({**ACCENTS, **{k.upper(): v for k, v in ACCENTS.items()}})


def plain_letters(text: str) -> str:
    """``text`` in lower case without the accents of :data:`ACCENTS`."""
    return text.translate(_UNACCENT).lower()


def _weekday_words() -> dict[str, int]:
    """Each weekday name of :data:`WEEKDAY_NAMES` without accents, and every start of one from
    three letters (``tue``, ``thurs``, ``mitt``, ``mié``) that starts no other day's name (``son``
    is Sonntag and Sonnabend, so neither), plus English ``weds``."""
    days: dict[str, set[int]] = {}
    for day, names in enumerate(WEEKDAY_NAMES):
        for name in map(plain_letters, names):
            for n in range(3, len(name) + 1):
                days.setdefault(name[:n], set()).add(day)
    words = {word: found.pop() for word, found in days.items() if len(found) == 1}
    return {**words, "weds": 2}


#: A weekday's words (see :func:`_weekday_words`) -> its number, 0 = Monday.
WEEKDAY_WORDS: dict[str, int] = _weekday_words()
#: Portuguese weekdays' ``-feira`` (``segunda-feira``), which any weekday word may carry.
_FEIRA = re.compile(r"[- ]?feira$")
#: Words for a program's day and week (``Day 2``, ``Tag 2``, ``Week 1``, ``Semana 1``), in the
#: same languages: a day's number or letter is the session's place in the program, not a weekday.
DAY_WORDS = ("day", "d", "tag", "dia", "jour", "giorno", "dag")
WEEK_WORDS = ("week", "wk", "w", "woche", "semana", "semaine", "settimana", "sem")
#: The highest day and week numbers read (a 104-week program's days counted through: 728).
MAX_DAY_NUMBER = 999


def _alternatives(words: Iterable[str]) -> str:
    """Words as a pattern's alternatives, the longest first."""
    return "|".join(sorted(words, key=len, reverse=True))


_DAY_TEXT = re.compile(
    rf"(?:(?:{_alternatives(WEEK_WORDS)})\s*\.?\s*(?P<week>[0-9]{{1,3}})\s*[-,;:/|–]?\s*)?"
    rf"(?:(?:{_alternatives(DAY_WORDS)})\s*\.?\s*(?P<ordinal>[0-9]{{1,3}})|(?P<number>[0-9]{{1,3}})"
    rf"|(?:{_alternatives(w for w in DAY_WORDS if len(w) > 1)})\s+(?P<letter>[a-z])"
    rf"|(?P<word>[a-z]{{3,}}(?:[- ]?feira)?)\.?)"
)


@attrs.frozen
class DayCell:
    """What a program's ``day`` says: a weekday (0 = Monday), or the session's place in the
    program (``label``: ``Day 2``, ``Day A``), and the week a spreadsheet cell names (``Week 1
    Day 2``)."""

    weekday: int | None = None
    label: str | None = None
    week: int | None = None


def read_day(value: object) -> DayCell | None:
    """A program's ``day``: a weekday name or its start in one of :data:`WEEKDAY_NAMES`'
    languages (``mon``, ``Thursday``, ``Mi.``, ``miércoles``) is that weekday; a number or a day
    word with a number or letter (``2``, ``Day 2``, ``Tag 2``, ``day B``) is the session's place
    in the program, never a weekday (a spreadsheet's Day 1, 2, 3 are rarely Monday to Wednesday);
    a week word and number may come first (``Week 1 Day 2``, ``W1D2``, ``Week 2 Mon``). ``None``
    when it is none of these (a bool is not a number)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return DayCell(label=f"Day {value}") if 1 <= value <= MAX_DAY_NUMBER else None
    if not isinstance(value, str) or len(value) > 40:
        return None
    found = _DAY_TEXT.fullmatch(plain_letters(value.strip()))
    if found is None:
        return None
    week = int(found["week"]) if found["week"] is not None else None
    ordinal = found["ordinal"] or found["number"] or found["letter"]
    if ordinal is not None:
        if ordinal.isdigit() and not 1 <= int(ordinal) <= MAX_DAY_NUMBER:
            return None
        label = f"Day {int(ordinal)}" if ordinal.isdigit() else f"Day {ordinal.upper()}"
        return DayCell(label=label, week=week)
    weekday = WEEKDAY_WORDS.get(_FEIRA.sub("", found["word"]))
    return None if weekday is None else DayCell(weekday=weekday, week=week)


#: A word of a day cell (letters only: digits and punctuation part words), a Portuguese weekday's
#: ``-feira`` kept with it (``segunda-feira``).
_CELL_WORD = re.compile(r"[^\W\d_]+(?:[- ]feira(?![^\W\d_]))?", re.IGNORECASE)
#: A week leading a day cell (``Week 2``, ``W1``, ``Semana 3``) and what parts it from the rest.
_WEEK_LEAD = re.compile(
    rf"(?:{_alternatives(WEEK_WORDS)})\s*\.?\s*(?P<week>[0-9]{{1,3}})(?![0-9])\s*[-,;:/|–]?\s*", re.IGNORECASE
)
#: What is taken off the ends of a day cell's label once its weekday is out (``Monday (Lower)``,
#: ``Monday - Lower``, ``Monday: Legs``, ``Lower (Monday)``).
_LABEL_ENDS = " \t.,;:-–—|/()[]{}"


def labelled_day(value: str) -> tuple[DayCell, str | None] | None:
    """A day cell that names one weekday and a label (``Monday (Lower)``, ``Mon PM``, ``Monday -
    Lower``, ``Monday: Legs``, ``Lower (Monday)``, ``Week 2 Mon Legs``): the weekday (and a week
    leading the cell, as :func:`read_day` reads one), and the label, the session's name (``None``
    when only punctuation is left). ``None`` for any other cell: one :func:`read_day` reads whole,
    one with no weekday or with two (``Mon & Thu`` is :func:`weekdays_of`'s, ``Mon Legs Thu`` is a
    name), one whose weekday is neither its first nor its last word (``Lower Mon A``), one whose
    label is a bare number (``Monday 2``: a week, a day of the program, a second session?).

    The weekday is a whole word that the README's rule reads as one: a weekday's name, or its
    start from three letters, in one of :data:`WEEKDAY_NAMES`' languages (``Mon``, ``Tues.``,
    ``Mittwoch``). A word that only begins like one is no weekday (``Monster legs``,
    ``Sunrise``, ``Thunder``); a whole weekday word is one beside any label (``Sunday Funday`` is
    Sunday's session ``Funday``), three-letter starts included (``Sat``, ``Mar``, ``Die``)."""
    if not isinstance(value, str) or len(value) > MAX_TEXT or read_day(value) is not None:
        return None
    text = value.strip()
    week = None
    lead = _WEEK_LEAD.match(text)
    if lead is not None and lead.end() < len(text):
        week, text = int(lead["week"]), text[lead.end() :]
    words = list(_CELL_WORD.finditer(text))
    days = [(i, WEEKDAY_WORDS.get(_FEIRA.sub("", plain_letters(w[0])))) for i, w in enumerate(words)]
    found = [(i, day) for i, day in days if day is not None]
    if len(found) != 1 or found[0][0] not in (0, len(words) - 1):
        return None
    at, weekday = found[0]
    word = words[at]
    label = (text[: word.start()] + " " + text[word.end() :]).strip(_LABEL_ENDS)
    label = re.sub(r"\(\s*\)|\[\s*\]", "", label).strip(_LABEL_ENDS)  # "Lower () " -> "Lower"
    if label.isdigit():  # "Monday 2": a week, a day of the program or a second session? not guessed
        return None
    return DayCell(weekday=weekday, week=week), (label or None)


#: What joins the weekdays a day cell names (``Mon & Thu``, ``Mon/Thu``, ``Mon, Thu``, ``Montag und
#: Donnerstag``, ``lunes y jueves``).
_DAY_JOIN = re.compile(
    r"\s*(?:[&/,;+]|\band\b|\bund\b|\by\b|\bet\b|\be\b|\ben\b|\boch\b|\bi\b)\s*", re.IGNORECASE
)


def weekdays_of(day: str) -> tuple[str, ...] | None:
    """The weekdays (``mon``, ``thu``) of a day cell naming two or more (``Mon & Thu``, or only
    weekdays side by side: ``Monday Wednesday``): the session is done on each; ``None`` for any
    other cell (one day, ``Day 1``, a name, ``Mon PM``)."""
    if not day:
        return None
    parts = [p for p in _DAY_JOIN.split(day) if p]
    if len(parts) < 2:
        parts = day.split()  # "Monday Wednesday": each word a weekday, or no list
    if len(parts) < 2:
        return None
    read = [read_day(p) for p in parts]
    if any(r is None or r.weekday is None or r.week is not None for r in read):
        return None
    found = tuple(dict.fromkeys(DAYS[r.weekday] for r in read if r is not None and r.weekday is not None))
    return found if len(found) > 1 else None


SCHEMA_VERSION = 1

#: Ceilings of the program schema (and the defaults of :class:`Limits`).
MAX_WEEKS = 104
MAX_SESSIONS = 21
MAX_EXERCISES = 60
MAX_TEXT = 200


#: A tempo's phases, as :func:`explosive_phases` splits them.
_TEMPO_PARTS = re.compile(r"\s*[-/:]\s*")


def explosive_phases(tempo: str) -> tuple[int, ...]:
    """The phases of a written tempo that are ``X`` (``3-1-X-0``: ``(2,)``; ``31X0`` too)."""
    text = tempo.strip()
    parts = list(text) if len(text) == 4 and text.isalnum() else _TEMPO_PARTS.split(text)
    return tuple(i for i, part in enumerate(parts) if part in ("x", "X"))


#: Reps counted per side, as coaches and the library's own prescriptions write them ("8-10 per
#: leg", "10/side", "12 each", "8 e/s", "10 ea", "10-12 p/leg"), in the languages program
#: sheets are read in ("10 pro Bein", "je Seite", "por pierna", "c/u", "par jambe", "por perna",
#: "per gamba"): the count is per side, the sets unchanged.
_SIDE_WORD = r"(?:legs?|sides?|arms?|bein|seite|pierna|lado|jambe|c[oô]t[eé]|perna|gamba|lato)"
_PER_SIDE = (
    rf"(?:\s*(?:per|pro|je|por|par|a|p/|/)\s*{_SIDE_WORD}|\s+(?:each|cada|chaque)(?:\s+{_SIDE_WORD})?"
    r"|\s+ea\.?|\s+e/?s|\s+c/u|\s+jeweils)"
)
_PER_SIDE_RE = re.compile(_PER_SIDE + r"\s*$", re.IGNORECASE)


def counted_per_side(reps: str) -> bool:
    """Whether a reps text counts per side (``8-10 per leg``, ``10/side``, ``12 each``,
    ``8 reps e/s``): the program's, a prescription's or a rule pack's, read one way."""
    return _PER_SIDE_RE.search(reps) is not None
