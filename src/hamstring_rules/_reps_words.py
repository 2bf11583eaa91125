"""How a reps cell lists each set's reps, read one way by a program and by a workout log.

A coach's sheet and a hand-kept log write a pyramid or a 5/3/1 week as each set's reps in one
cell: ``10/8/6``, ``12,10,8``, ``12-10-8``, ``8 8 6``, and Wendler's ``5/3/1+`` (the last set
as many reps as possible, at least 1; a set with a ``+``, ``5+/5+/5+``, is to failure).
:func:`listed_reps` reads them; the program schema reads
the list as the range it spans (the last set to failure when it has the ``+``), the log reader
as a set for each number.
"""

from __future__ import annotations

import re

#: The dashes a range or a list is written with: the hyphen-minus, the hyphen, the
#: non-breaking hyphen, the figure dash, the en dash, the em dash (a word processor's
#: autocorrect of ``--``) and the minus sign.
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
#: One of :data:`DASHES`, as a pattern (JSON Schema's too: ``-`` first is no range).
DASH = f"[{DASHES}]"
_NUMBER = r"[0-9]{1,4}"
#: The separators of a list of each set's reps; dashes only between three or more (two numbers
#: and a dash are a range, ``8-10``).
LIST_SEPARATOR = r"\s*[,;/ ]\s*"
#: A last set to failure after the list (``5/3/1+``, ``5/3/1+ AMRAP``).
LAST_TO_FAILURE = r"\s*\+(?:\s*[aA][mM][rR][aA][pP])?"


def listed_pattern(number: str, count: int | None = None) -> str:
    """The pattern of a list of each set's reps, each one ``number`` (unanchored): a set may
    have a ``+`` (``5+/5+/5+``; the last one's may say ``AMRAP``), a dash list only its last
    set. The schema gives its bounded number, :func:`listed_reps` any. ``count``: exactly that
    many sets' reps (the schema's check of a list against the entry's sets)."""
    plus = r"(?:\s*\+)?"
    listed, dashed = ("+", "{2,}") if count is None else (f"{{{count - 1}}}", f"{{{count - 1}}}")
    dash_list = rf"|{number}(?:\s*{DASH}\s*{number}){dashed}" if count is None or count >= 3 else ""
    return rf"(?:(?:{number}{plus}{LIST_SEPARATOR}){listed}{number}{dash_list})(?:{LAST_TO_FAILURE})?"


#: A list by the most digits a number in it may have: the log reader's 4 (a typo of 1000 reps is
#: weighed against the load there), a program file's 3 (its reps are 1-100, as its schema says).
_LISTED = {digits: re.compile(listed_pattern(f"[0-9]{{1,{digits}}}")) for digits in (3, 4)}
_ITEM = re.compile(r"[0-9]+")
#: The longest reps cell read as a list (a cell of 40 sets' reps is about 160 characters).
_MAX_CELL = 200


def listed_reps(text: str, digits: int = 4) -> tuple[tuple[int, ...], bool] | None:
    """Each set's reps a cell lists, and whether a set is to failure (a ``+`` after it:
    ``5/3/1+``); ``None`` for any other cell (one number, a range ``8-10``, ``8+``, text).

    Numbers outside any range of reps (``0``, ``5000``) are the caller's to refuse; ``digits``:
    the most a number may have (3 or 4)."""
    text = text.strip()
    if len(text) > _MAX_CELL or _LISTED[digits].fullmatch(text) is None:
        return None
    return tuple(int(n) for n in _ITEM.findall(text)), "+" in text


#: The words that, in a note's clause, rule a set to failure out (``not to failure``, ``stop 2 short
#: of failure``, ``no failure``, ``avoid failure``, ``nicht bis zum Versagen``, ``sin llegar al fallo``):
#: a negation, a word of stopping before it or of keeping reps in reserve, in English and the
#: languages of the set kind words (German, Spanish, French, Italian, Portuguese, Dutch), lower case
#: without accents. A heuristic: read so a note naming failure only to rule it out is no set to failure.
NOT_FAILURE_WORDS = frozenset((
    "not", "no", "never", "dont", "don", "without", "avoid", "avoiding", "before", "short", "shy",
    "stop", "stopping", "shortof", "leave", "reserve", "non",
    "nicht", "kein", "keine", "keinen", "ohne", "nie", "niemals", "vor", "vermeiden", "meiden",
    "sin", "nunca", "evitar", "evita", "antes", "sans", "pas", "jamais", "eviter", "avant", "ne",
    "senza", "mai", "evitare", "prima", "sem", "nao", "niet", "geen", "zonder", "nooit", "vermijden",
    "voor",
    # a distance from failure is no failure ("stay away from failure", "far from failure", "close to
    # failure", "near failure"): review26 D1
    "away", "far", "close", "near", "nearly", "almost", "approaching", "lejos", "cerca", "loin", "pres",
    "lontano", "vicino", "weit", "nahe", "fern",
))  # fmt: skip
#: A note's clauses: a negation rules failure out in its own clause only (``last set to failure, no
#: rest`` is a set to failure).
_CLAUSE = re.compile(
    r"[,;:.!?/]|\s(?:but|then|aber|dann|pero|luego|mais|puis|ma|poi|mas|depois|maar)\s", re.IGNORECASE
)


def plain_words(text: str) -> list[str]:
    """The words of a text, lower case without accents (``Nicht`` is ``nicht``, ``não`` ``nao``)."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text.casefold())
    return re.findall(r"[^\W\d_]+", "".join(ch for ch in text if not unicodedata.combining(ch)))


def failure_ruled_out(clause: str) -> bool:
    """Whether a clause of a note rules failure out with a word of :data:`NOT_FAILURE_WORDS`."""
    return any(word in NOT_FAILURE_WORDS for word in plain_words(clause))


def note_clauses(note: str) -> list[str]:
    """A note's clauses (split at punctuation and at ``but``, ``then`` and their translations)."""
    return [clause for clause in _CLAUSE.split(note) if clause.strip()]


#: A rest-pause set: reps, a pause of seconds, a few more reps (``12+3``, ``10+4+2``).
_REST_PAUSE = re.compile(r"\s*[0-9]{1,4}(?:\s*\+\s*[0-9]{1,4}){1,5}\s*")


def rest_pause_runs(text: str) -> list[int] | None:
    """The runs of a rest-pause set written ``12+3``: each run after the first at most half the
    first (heuristic: the mini-sets after a 10-20 s pause are short; ``8+8`` is no such set);
    ``None`` for any other text. The log reader's rule (``logs._rest_pause``), here below both
    readers so a program reads ``12+3`` as a log does: one set of all its reps, as its studies
    count it (Prestes 2019, JSCR 33 Suppl 1:S113)."""
    if len(text) > 40 or _REST_PAUSE.fullmatch(text) is None:
        return None
    runs = [int(n) for n in _ITEM.findall(text)]
    return runs if runs[0] >= 2 and all(1 <= r <= runs[0] // 2 for r in runs[1:]) else None
