"""What a program file may say, below both the :class:`~hamstring_rules.Program` objects and the
file schema (``_program_schema``, pydantic) that read it: the weekday and day-of-program words
(in the languages program sheets and log headers are written in), a tempo's explosive phases,
the schema version and the file's size bounds. Plain data and functions: no pydantic here, so
importing the Program classes stays cheap."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import time
from typing import Any

import attrs

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

#: The weekdays' full names, Monday first, in the languages the workout-log reader reads headers
#: in (English, German, Spanish, French, Portuguese, Italian, Dutch), accents kept: a program's
#: ``day`` is a weekday when it is one of these or its abbreviation (see :data:`WEEKDAY_WORDS`).
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


#: The weekdays' customary abbreviations, Monday first: CLDR's abbreviated day names of the
#: languages of :data:`WEEKDAY_NAMES` that have three letters (English, Spanish, French,
#: Portuguese, Italian; German's and Dutch's are two: ``Mo``, ``Di``, ``Do``, ``Zo``), and
#: English's ``Tues``, ``Weds``, ``Thur``, ``Thurs``; accents dropped (``mié``, ``sáb``).
WEEKDAY_ABBREVIATIONS: tuple[tuple[str, ...], ...] = (
    ("mon", "lun", "seg"),
    ("tue", "tues", "mar", "ter"),
    ("wed", "weds", "mie", "mer", "qua"),
    ("thu", "thur", "thurs", "jue", "jeu", "qui", "gio"),
    ("fri", "vie", "ven", "sex"),
    ("sat", "sab", "sam"),
    ("sun", "dom", "dim"),
)


def _weekday_words() -> dict[str, int]:
    """Each weekday name of :data:`WEEKDAY_NAMES` and each abbreviation of
    :data:`WEEKDAY_ABBREVIATIONS`, without accents. Not any start of a name: ``Die`` (German
    "the") starts Dienstag, ``Mit`` ("with") Mittwoch, ``Donner`` ("thunder") Donnerstag, but
    no one abbreviates a weekday so (German's abbreviations are ``Di``, ``Mi``, ``Do``)."""
    words: dict[str, int] = {}
    for day, names in enumerate(zip(WEEKDAY_NAMES, WEEKDAY_ABBREVIATIONS, strict=True)):
        for word in (*map(plain_letters, names[0]), *names[1]):
            if words.setdefault(word, day) != day:
                raise ValueError(f"{word!r} names two weekdays")
    return words


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
MAX_WEEK_NUMBER = 999


def _alternatives(words: Iterable[str]) -> str:
    """Words as a pattern's alternatives, the longest first."""
    return "|".join(sorted(words, key=len, reverse=True))


_DAY_TEXT = re.compile(
    # the week's digits all its own: "Week 11" is week 11, never week 1's day 1 (rv29 V1)
    rf"(?:(?:{_alternatives(WEEK_WORDS)})\s*\.?\s*(?P<week>[0-9]{{1,3}})(?![0-9])\s*[-,;:/|–]?\s*)?"
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
    time: time | None = None
    """The time of day the cell names beside its weekday (``Mon 18:00``, ``Mon PM``: see
    :func:`time_of_day`)."""


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


#: The hour a session is read at when its day cell names a part of the day, not a clock time
#: (``Mon AM``, ``Monday evening``, ``Montag Abend``, ``lunes tarde``), in the languages of
#: :data:`WEEKDAY_NAMES`, accents dropped. A heuristic: no source says the hour a coach means;
#: these are common training times around a working day (before work 08:00, lunch 12:00,
#: afternoon 15:00, after work 18:00, night 20:00), so a morning's and an evening's sessions of
#: one day are 10 h apart, as a log's would be, never 0 h.
PART_OF_DAY_HOURS: dict[str, int] = {
    **dict.fromkeys(("am", "morning", "morn", "morgen", "morgens", "fruh", "vormittag", "vormittags",
                     "manana", "matin", "matinee", "manha", "mattina", "mattino", "ochtend"), 8),
    **dict.fromkeys(("noon", "midday", "lunch", "lunchtime", "mittag", "mittags", "mediodia", "midi",
                     "meio-dia", "mezzogiorno"), 12),
    **dict.fromkeys(("afternoon", "nachmittag", "nachmittags", "tarde", "apres-midi", "pomeriggio",
                     "middag"), 15),
    **dict.fromkeys(("pm", "evening", "eve", "abend", "abends", "soir", "soiree", "sera", "avond"), 18),
    **dict.fromkeys(("night", "nacht", "noche", "nuit", "noite", "notte"), 20),
}  # fmt: skip
#: The markers that are a part of the day only right after the weekday (``Mon AM``) or a clock
#: time (``7 am``): German's ``am`` is "on the" (``Beine am Montag``).
_MERIDIEM = ("am", "pm")
#: A clock time: ``18:00``, ``7:30pm``, ``18h30``, ``18.00``; or an hour with its mark: ``7am``,
#: ``7 p.m.``, ``18h``, ``18 Uhr``.
_CLOCK = re.compile(
    r"(?<![\w:.])(?P<h>[0-9]{1,2})(?:(?:[:.h]|\s*uhr\s*)(?P<m>[0-9]{2}))?"
    r"\s*(?P<mark>[ap]\.?\s?m\b\.?|h\b|uhr\b)?(?![\w:])",
    re.IGNORECASE,
)
_PART_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _clock(found: re.Match[str]) -> time | None:
    """The time a :data:`_CLOCK` match says; ``None`` for a bare number or no such time."""
    hour, minute = int(found["h"]), int(found["m"] or 0)
    mark = (found["mark"] or "").lower().replace(".", "").replace(" ", "")
    if not mark and found["m"] is None:
        return None  # "2": a number, no time
    if mark in _MERIDIEM:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if mark == "pm" else 0)
    return time(hour, minute) if hour <= 23 and minute <= 59 else None


def read_time(value: str) -> time | None:
    """A session's ``time`` as a program file writes it: a clock time (``18:00``, ``7:30 pm``,
    ``18h``) or a part of the day (``PM``, ``evening``: :data:`PART_OF_DAY_HOURS`), the whole
    value; ``None`` for anything else."""
    text = value.strip()
    found = _CLOCK.fullmatch(text)
    if found is not None:
        return _clock(found)
    word = re.sub(r"^([ap])\.\s?m\.?$", r"\1m", plain_letters(text))
    hour = PART_OF_DAY_HOURS.get(word)
    return None if hour is None else time(hour)


def time_of_day(label: str, *, after_weekday: bool = False) -> time | None:
    """The time of day a day cell's label names: a clock time (``18:00``, ``7:30 pm``, ``18h``,
    ``18 Uhr``; a bare number is none: ``Monday 2``), else a part of the day
    (:data:`PART_OF_DAY_HOURS`, a heuristic), ``AM`` or ``PM`` only as the label's first word
    when it follows the weekday (``after_weekday``: ``Mon PM``); ``None`` when it names none."""
    for found in _CLOCK.finditer(label):
        when = _clock(found)
        if when is not None:
            return when
    text = re.sub(r"\b([ap])\.\s?m\b\.?", r"\1m", plain_letters(label))  # "p.m." -> "pm"
    words = _PART_WORD.findall(text)
    for word in words:
        if word in PART_OF_DAY_HOURS and word not in _MERIDIEM:
            return time(PART_OF_DAY_HOURS[word])
    if after_weekday and words and words[0] in _MERIDIEM:
        return time(PART_OF_DAY_HOURS[words[0]])
    return None


#: A word of a day cell (letters only: digits and punctuation part words), a Portuguese weekday's
#: ``-feira`` kept with it (``segunda-feira``).
_CELL_WORD = re.compile(r"[^\W\d_]+(?:[- ]feira(?![^\W\d_]))?", re.IGNORECASE)
#: A week leading a day cell (``Week 2``, ``W1``, ``Semana 3``) and what parts it from the rest.
_WEEK_LEAD = re.compile(
    rf"(?:{_alternatives(WEEK_WORDS)})\s*\.?\s*(?P<week>[0-9]{{1,3}})(?![0-9])\s*[-,;:/|–]?\s*", re.IGNORECASE
)
#: What is taken off the ends of a day cell's label once its weekday is out (``Monday (Lower)``,
#: ``Monday - Lower``, ``Monday: Legs``, ``Lower (Monday)``).
_LABEL_ENDS = " \t.,;:-–—|/()[]{}@"
_LABEL_TRIM = re.compile(r"^[\s.,;:\-–—|/()\[\]{}@]+|[\s.,;:\-–—|/()\[\]{}@]+$")
#: A letter, as a day cell's words are made of (:data:`_CELL_WORD`).
_LETTER = re.compile(r"[^\W\d_]")


def labelled_day(value: str) -> tuple[DayCell, str | None] | None:
    """A day cell that names one weekday and a label (``Monday (Lower)``, ``Mon PM``, ``Monday -
    Lower``, ``Monday: Legs``, ``Lower (Monday)``, ``Week 2 Mon Legs``): the weekday (and a week
    leading the cell, as :func:`read_day` reads one), and the label, the session's name (``None``
    when only punctuation is left), with the time of day the label names (:func:`time_of_day`:
    ``Mon PM``, ``Mon 18:00``). ``None`` for any other cell: one :func:`read_day` reads whole,
    one with no weekday or with two (``Mon & Thu`` is :func:`listed_days`'s, ``Mon Legs Thu`` is
    a name), one whose weekday is neither its first nor its last word (``Lower Mon A``), one
    whose label has no word and is no clock time (``Monday 2``: a week, a day of the program, a
    second session?).

    The weekday is a whole word, a weekday's name or its customary abbreviation in one of
    :data:`WEEKDAY_NAMES`' languages (:data:`WEEKDAY_WORDS`: ``Mon``, ``Tues.``, ``Mittwoch``,
    ``mié``). A word that only begins like one is no weekday (``Monster legs``, ``Sunrise``,
    ``Thunder``, German ``Die Beine``); a whole weekday word is one beside any label (``Sunday
    Funday`` is Sunday's session ``Funday``, ``Mar (Piernas)`` Tuesday's)."""
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
    label = _LABEL_TRIM.sub("", text[: word.start()] + " " + text[word.end() :])
    label = _LABEL_TRIM.sub("", re.sub(r"\(\s*\)|\[\s*\]", "", label))  # "Lower () " -> "Lower"
    if label and _LETTER.search(label) is None and read_time(label) is None:
        return None  # "Monday 2": a week, a day of the program, a second session? not guessed
    when = time_of_day(label, after_weekday=at == 0) if label else None
    return DayCell(weekday=weekday, week=week, time=when), (label or None)


#: What joins the weekdays a day cell names (``Mon & Thu``, ``Mon/Thu``, ``Mon, Thu``, ``Montag und
#: Donnerstag``, ``lunes y jueves``).
_DAY_JOIN = re.compile(
    r"\s*(?:[&/,;+]|\band\b|\bund\b|\by\b|\bet\b|\be\b|\ben\b|\boch\b|\bi\b)\s*", re.IGNORECASE
)


def listed_days(day: str) -> tuple[tuple[DayCell, str | None], ...] | None:
    """The weekdays of a day cell naming two or more, each with its label (``Mon & Thu``; ``Mon &
    Thu (Lower)``, ``Lower: Mon/Thu``; ``Mon AM & Thu PM``; or only weekdays side by side:
    ``Monday Wednesday``): the session is done on each. A label on the first or the last weekday
    alone names them all (``Mon & Thu (Lower)`` is Lower on Monday and on Thursday); labels on
    several name each its own. Each part is one weekday as :func:`read_day` or
    :func:`labelled_day` reads it (``Mon PM``). ``None`` for any other cell (one day, ``Day 1``,
    a name, ``Mon PM``, a week: ``Week 2 Mon & Thu``)."""
    if not day:
        return None
    parts = [p for p in _DAY_JOIN.split(day) if p.strip(_LABEL_ENDS)]
    if len(parts) < 2:
        parts = day.split()  # "Monday Wednesday": each word a weekday, or no list
        if len(parts) < 2 or any(read_day(p) is None for p in parts):
            return None
    read: list[tuple[DayCell, str | None]] = []
    for part in parts:
        whole = read_day(part)
        one = (whole, None) if whole is not None else labelled_day(part)
        if one is None or one[0].weekday is None or one[0].week is not None:
            return None
        read.append(one)
    labels = [i for i, (_, label) in enumerate(read) if label is not None]
    if len(labels) == 1 and labels[0] in (0, len(read) - 1):  # "Mon & Thu (Lower)": the list's label
        shared = read[labels[0]]
        read = [(attrs.evolve(cell, time=shared[0].time), shared[1]) for cell, _ in read]
    found = dict.fromkeys(cell.weekday for cell, _ in read)
    return tuple(read) if len(found) > 1 else None


#: The words that join weekdays in a program file's day (``Mon and Thu``, ``Montag und Donnerstag``,
#: ``lunes y jueves``), as :func:`listed_days` reads a sheet's.
DAY_LIST_WORDS = ("and", "und", "y", "et", "e", "en", "och", "i")
#: How often a week a day says its session is done, naming no weekday (``2x/week``, ``2x per week``,
#: ``twice a week``, ``3 times weekly``, ``2 days/wk``, ``x2/week``, ``2 mal pro Woche``, ``2 veces por
#: semana``): a count, a unit and a times word, or an x then the count, or a word (``twice``), then
#: "per" (or a slash) and a week word (:data:`WEEK_WORDS`), or "weekly" (the program schema's
#: ``PER_WEEK_PATTERN``).
PER_WEEK_UNITS = ("days", "day", "sessions", "session", "tage", "dias", "días", "jours", "giorni", "dagen")
TIMES_WORDS = ("x", "×", "times", "time", "mal", "veces", "vez", "fois", "volte", "vezes", "keer", "maal")
ONCE_WORDS = {"once": 1, "twice": 2, "thrice": 3, "einmal": 1, "zweimal": 2, "dreimal": 3}
PER_WORDS = ("per", "a", "an", "each", "every", "pro", "por", "par", "a la", "alla", "la", "in der", "à la")
WEEKLY_WORDS = ("weekly", "wöchentlich", "semanal", "hebdomadaire", "settimanale", "wekelijks")


def weekdays_of(day: str) -> tuple[str, ...] | None:
    """The weekdays (``mon``, ``thu``) of a day cell naming two or more (see :func:`listed_days`);
    ``None`` for any other cell."""
    listed = listed_days(day)
    found = (DAYS[cell.weekday] for cell, _ in listed or () if cell.weekday is not None)
    return tuple(dict.fromkeys(found)) if listed is not None else None


#: The plural week words, in the languages of :data:`WEEK_WORDS`: a cell naming several weeks
#: (``Weeks 5-8``, ``Wks 1-4``, ``Wochen 1-4``, ``Semanas 1 a 4``, ``Weken 1-4``).
WEEKS_WORDS = ("weeks", "wks", "wochen", "semanas", "semaines", "settimane", "weken")
_ANY_WEEK_WORD = rf"(?:{_alternatives((*WEEKS_WORDS, *WEEK_WORDS))})\s*\.?\s*"
_WEEK_NUMBER = r"0*[0-9]{1,4}(?![0-9])"
#: What joins a range's ends (``1-4``, ``1 to 4``, ``1 bis 4``, ``1 a 4``, ``1 t/m 4``, ``W1-W4``).
_WEEK_THROUGH = (
    r"\s*(?:[-\u2010\u2011\u2012\u2013\u2014\u2212]|to|through|thru|till|until|bis|a|al|à|au|t/m|tot)\s*"
)
#: What lists ranges (``1-3, 5``, ``1 & 3``, ``1 and 3``).
_WEEK_AND = r"\s*(?:[,&+]|and|und|y|et|e|en)\s*"
_WEEK_SPAN = rf"{_WEEK_NUMBER}(?:{_WEEK_THROUGH}(?:{_ANY_WEEK_WORD})?{_WEEK_NUMBER})?"
#: A cell naming weeks: an optional week word (singular or plural), weeks as a number, a range or
#: a list of them, then a label after a mark (``Week 3 - Deload``, ``Weeks 5-8: Strength``).
_WEEKS_TEXT = re.compile(
    rf"(?P<word>{_ANY_WEEK_WORD})?(?P<weeks>{_WEEK_SPAN}(?:{_WEEK_AND}(?:{_ANY_WEEK_WORD})?{_WEEK_SPAN})*)"
    r"(?P<label>\s*[-\u2013\u2014:(|,;/].*)?",
    re.IGNORECASE | re.DOTALL,
)
_WEEK_PART = re.compile(rf"({_WEEK_NUMBER})(?:{_WEEK_THROUGH}(?:{_ANY_WEEK_WORD})?({_WEEK_NUMBER}))?", re.I)


@functools.cache
def heading_words() -> dict[str, frozenset[str]]:
    """The words a spreadsheet's headings name a block or a part of a session with
    (``data/program_words.toml`` ``[headings]``: ``block``, ``section``; folded, letters only), read
    once; a list that is not one is a CatalogError."""
    from ._data import builtin_data

    table = builtin_data()["program_words.toml"]["headings"]
    out: dict[str, frozenset[str]] = {}
    for kind in ("block", "section"):
        listed = table.get(kind)
        if not isinstance(listed, list) or not all(
            isinstance(w, str) and w.isalpha() and w.islower() for w in listed
        ):
            from .errors import CatalogError

            raise CatalogError(f"program_words.toml: [headings] {kind} must be a list of folded words")
        out[kind] = frozenset(listed)
    return out


@functools.cache
def _block_weeks() -> re.Pattern[str]:
    """A block of a program named, then the weeks it spans (``Block 1: weeks 1-4``, ``Phase 2 -
    Weeks 5-8``, ``Mesocycle 1 (weeks 1-4)``, ``Bloque 2: semanas 5-8``): the block's word
    (:func:`heading_words`) and number (or letter), a mark, then a cell naming weeks with its week
    word (:func:`read_weeks`); the block's name is the weeks' label (:func:`week_label`)."""
    words = _alternatives(heading_words()["block"])
    return re.compile(
        rf"(?P<block>(?:{words})\s*(?:[0-9]{{1,2}}|[A-Z])\b)\s*"
        rf"(?:[-\u2013\u2014:|,;/]\s*(?P<weeks>(?:{_ANY_WEEK_WORD}).*)|\(\s*(?P<inner>(?:{_ANY_WEEK_WORD})[^()]*?)\s*\))",
        re.IGNORECASE,
    )


#: A heading's words, folded (:func:`plain_letters`, lower case), its leading marks (``A.``, ``1)``) off.
_HEADING_WORD = re.compile(r"[^\W\d_]+")
_HEADING_LEAD = re.compile(r"^\s*(?:[0-9]{1,2}|[A-Za-z])\s*[.)]\s+")


def heading_kind(text: str) -> str | None:
    """What a cell heading a spreadsheet's rows names when it names no day or week: ``"block"`` for
    a block of weeks (its block word leading, :func:`heading_words`: ``Phase 2 - Strength``, ``Block
    B: power``, ``Mesocycle 2``), ``"section"`` for a part of a session (its first one to three words,
    run together, a section word: ``Accessories``, ``Finisher``, ``Warm-up``, ``Cool down: walk``,
    ``Accessory work``); ``None`` for any other cell."""
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        return None
    words = _HEADING_WORD.findall(plain_letters(_HEADING_LEAD.sub("", text)).lower())
    if not words:
        return None
    table = heading_words()
    if words[0] in table["block"]:
        return "block"
    if any("".join(words[:n]) in table["section"] for n in (1, 2, 3)):
        return "section"
    return None


@functools.lru_cache(maxsize=4096)  # a sheet repeats its week cells: each distinct cell read once
def read_weeks(text: str, *, worded: bool = True) -> tuple[int, ...] | None:
    """The weeks a spreadsheet cell names, in order: one week (``Week 2``, ``Week 3 - Deload``,
    ``W4``; ``2`` when not ``worded``), a range (``Weeks 5-8``, ``W1-W4``, ``Wochen 1 bis 4``; ``1-4``),
    or a list of them (``Weeks 1-3, 5``) - a block a sheet gives once for each of those weeks.
    ``worded``: a week word must lead the cell (a heading in a day column, a column's header;
    a week column's cell needs none). ``None`` for any other cell, or one week and a day (``Week 1
    Day 2``, ``Week 2 Mon``, ``W1-2``: :func:`read_day`, :func:`labelled_day`); a range is weeks
    (``Week 1-4`` in a heading row or a week column: :func:`read_day` reads it as week 1's day 4 in
    an exercise's day cell).

    Raises :class:`ValueError` (its message says why) for weeks written the wrong way: a range
    with its high end first (``Weeks 8-5``), week 0, a week over :data:`MAX_WEEK_NUMBER`, a week
    named twice."""
    text = text.strip()
    block = _block_weeks().fullmatch(text) if len(text) <= MAX_TEXT else None
    if block is not None:  # "Block 1: weeks 1-4": the weeks after the block's name
        return read_weeks(block["weeks"] or block["inner"], worded=True)
    found = _WEEKS_TEXT.fullmatch(text) if len(text) <= MAX_TEXT else None
    if found is None or (worded and not found["word"]):
        return None
    day = found["word"] is not None and (read_day(text) is not None or labelled_day(text) is not None)
    weeks: list[int] = []
    for part in _WEEK_PART.finditer(found["weeks"]):
        low = int(part[1])
        high = low if part[2] is None else int(part[2])
        if not 1 <= low <= high <= MAX_WEEK_NUMBER:
            if day:  # "Week 8-5": week 8's day 5
                return None
            raise ValueError(
                f"weeks {low}-{high} have their high end first"
                if low > high
                else f"weeks are numbered 1-{MAX_WEEK_NUMBER}"
            )
        weeks.extend(range(low, high + 1))
    if len(set(weeks)) != len(weeks):
        if day:
            return None
        raise ValueError("names a week twice")
    # one week and a day is a day ("Week 1 Day 2"); several weeks are none ("Week 1-4": weeks 1 to 4)
    return None if day and len(weeks) == 1 else tuple(weeks)


def week_banner(text: str) -> int | None:
    """The (first) week a spreadsheet's heading cell starts (``Week 2``, ``Week 3 - Deload``,
    ``W4``, ``Weeks 5-8``: see :func:`read_weeks`), when it names a week and no day (``Week 1 Day
    2`` and ``Week 2 Mon`` are days: :func:`read_day`, :func:`labelled_day`); ``None`` for any
    other cell, or weeks written the wrong way."""
    try:
        weeks = read_weeks(text)
    except ValueError:
        return None
    return weeks[0] if weeks else None


def week_label(text: str) -> str | None:
    """The label a week cell or heading gives its week after the week (``Week 3 (deload)`` ->
    ``deload``, ``Weeks 5-8: Strength`` -> ``Strength``); ``None`` when it gives none, or the cell
    names no weeks (:func:`read_weeks`)."""
    text = text.strip()
    block = _block_weeks().fullmatch(text) if len(text) <= MAX_TEXT else None
    if block is not None:  # "Block 1: weeks 1-4 (intro)": "Block 1 - intro"
        try:
            if read_weeks(text) is None:  # "Block 1: Week 1 Day 2": a day, no weeks
                return None
        except ValueError:
            return None
        inner = week_label(block["weeks"] or block["inner"])
        return f"{block['block']} - {inner}" if inner else block["block"]
    found = _WEEKS_TEXT.fullmatch(text) if len(text) <= MAX_TEXT else None
    if found is None or not found["label"]:
        return None
    label = _BANNER_TRIM.sub("", found["label"])
    return label if _LETTER.search(label) else None


#: A day of the program leading a heading cell, then its label after a mark or a space (``Day 2 -
#: Upper``, ``DAY 3: LEGS``, ``Week 1 Day 2 (Legs)``, ``Tag 1 Beine``, ``Day A - Pull``): a day word
#: of two letters or more (:data:`DAY_WORDS`; ``D3 legs`` is no heading: ``D`` starts words) and a
#: number, or a letter standing alone.
_DAY_HEADING = re.compile(
    rf"(?:(?:{_alternatives(WEEK_WORDS)})\s*\.?\s*[0-9]{{1,3}}\s*[-,;:/|–]?\s*)?"
    rf"(?:{_alternatives(w for w in DAY_WORDS if len(w) > 1)})"
    r"(?:\s*\.?\s*[0-9]{1,3}(?![0-9])|\s+[a-z](?![^\W\d_]))"
    r"(?:\s*[-–—:|/(.,;]|\s)\s*\S.*",
    re.DOTALL,
)
_BANNER_TRIM = re.compile(r"^[\s.,;:\-–—|/()\[\]{}]+|[\s.,;:\-–—|/()\[\]{}]+$")


@functools.lru_cache(maxsize=4096)  # a sheet repeats its banners: each distinct cell read once
def banner_cell(text: str) -> bool:
    """Whether a cell standing alone in a spreadsheet row is a heading of the rows below it: a day
    (:func:`read_day`: ``Monday``, ``Day 2``, ``Week 1 Day 2``), a weekday and a label
    (:func:`labelled_day`: ``Monday (Lower)``), weekdays (:func:`listed_days`: ``Mon & Thu``), a
    day of the program and a label (``Day 2 - Upper``, ``DAY 3: LEGS``) or weeks (``Week 3
    (deload)``, ``Weeks 5-8``: :func:`read_weeks`, a week word leading). A name (``Lower A``,
    ``Romanian deadlift``) is none: a day banner is read only by its day grammar."""
    text = text.strip()
    if not text or len(text) > MAX_TEXT:
        return False
    if read_day(text) is not None or labelled_day(text) is not None or listed_days(text) is not None:
        return True
    if _DAY_HEADING.fullmatch(plain_letters(text)) is not None:
        return True
    return week_banner(text) is not None


#: Words of a spreadsheet's summary row (``Total``, ``Weekly total``, ``Summe``, ``Totaal``) in the
#: languages of :data:`WEEKDAY_NAMES`: a row with no exercise that says one holds the sheet's own
#: arithmetic (the sets added up), not an exercise.
SUMMARY_WORDS = frozenset(
    ("total", "totals", "subtotal", "sum", "summe", "gesamt", "insgesamt", "suma", "somme", "soma",
     "totale", "totali", "totaal")
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


def summary_cell(text: str) -> bool:
    """Whether a cell names a summary (a word of :data:`SUMMARY_WORDS`: ``TOTAL``, ``Sets total``)."""
    return any(word in SUMMARY_WORDS for word in _WORD.findall(plain_letters(text)))


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


#: Words for a rehab stage or phase (``Stage 2``, ``Phase II``, ``Stufe 2``, ``Fase 2``, ``Etapa 2``,
#: ``Étape 2``), in the languages of the column names; a stage column's cell needs none (``2``).
STAGE_WORDS = ("stage", "phase", "ph", "st", "s", "p", "stufe", "fase", "etapa", "etape", "stadium", "stadio")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_STAGE_TEXT = re.compile(
    rf"(?:(?:{_alternatives(STAGE_WORDS)})\s*\.?\s*)?(?P<n>[0-9]{{1,2}}|iv|i{{1,3}})"
    r"(?:\s*(?:[-–—:(/|,.]|\s)\s*(?P<label>.*))?",
    re.IGNORECASE | re.DOTALL,
)


def read_stage(text: str) -> int | None:
    """The stage a plan's stage cell names: a number (``2``), one after a stage word (``Stage 2``,
    ``Phase II``, ``S2``, ``Stufe 2``), a label may follow (``Stage 1 - isometrics``, ``Phase 2
    (loading)``); ``None`` for any other cell. The number is as written: the goal says which
    stages it has (a check refuses one it does not)."""
    found = _STAGE_TEXT.fullmatch(plain_letters(text.strip())) if len(text) <= MAX_TEXT else None
    if found is None:
        return None
    number = found["n"].lower()
    return _ROMAN[number] if number in _ROMAN else int(number)


def kind_of(value: Any) -> str:
    """What a value is, in the user's words (never a Python type's name): ``nothing (null)``,
    ``a list of 2 items``, ``text 'RDL'``, ``a number (3)``."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, list | tuple):
        return f"a list of {len(value)} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, bool):
        return f"a true/false value ({value})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"text {value[:60]!r}"
    return "a value of another kind"


_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
#: A cell a spreadsheet turned into a date: a day (or year) and a month name (``10-Aug``, ``Aug-10``).
_MONTH_DATE_RE = re.compile(
    r"\s*(?:(?P<n1>[0-9]{1,2})[-/ ](?P<m1>[a-z]{3,9})\.?|(?P<m2>[a-z]{3,9})\.?[-/ ](?P<n2>[0-9]{1,2}))\s*",
    re.IGNORECASE,
)
#: A whole date with a four-digit year (``3/1/2001``, ``2001-03-01``, ``03.01.2001``).
_FULL_DATE_RE = re.compile(
    r"\s*(?:[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2})"
    r"(?:[ T]0?0:00(?::00)?)?\s*"
)


def spreadsheet_date(text: str, column: str) -> str | None:
    """What to say of a cell a spreadsheet turned into a date (Excel reads ``8-10`` as 10 August,
    shown ``10-Aug``; a tempo ``3-1-1`` as 1 March 2001), or ``None``. A range's date names the
    range it was (the month is its low end, the day its high end), as the date has one reading."""
    month = _MONTH_DATE_RE.fullmatch(text)
    if month is not None:
        word = (month["m1"] or month["m2"]).casefold()
        number = int(month["n1"] or month["n2"])
        at = next((i for i, m in enumerate(_MONTHS) if m.startswith(word)), None)  # aug, sept, august
        if at is None:
            return None
        was = f"'{at + 1}-{number}'" if at + 1 < number else f"a range ({at + 1} and {number})"
        return (
            f"a spreadsheet read {was} as a date ({text.strip()}): format the {column} column as Text "
            "and write the value again"
        )
    if _FULL_DATE_RE.fullmatch(text):
        return (
            f"a spreadsheet read the {column} as a date ({text.strip()}): format the {column} column as "
            "Text and write the value again"
        )
    return None
