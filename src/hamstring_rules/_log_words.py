"""The words a workout log's cells use for what kind of set a row is, and for yes and no.

One table for every column that says such a thing: a set type or set order column (Hevy's
``set_type``, Strong's ``Set Order``, a sheet's ``Satztyp``), a warm-up flag (``isWarmup``,
``Aufwärmen``), a done flag (``Completed``, a Google Sheets checkbox), and a note after a reps
count (``8 (failure)``, ``8F``). A cell is compared as :func:`plain_word` writes it: lower case,
accents, spaces, hyphens, underscores and punctuation taken out (``Warm Up Set`` and
``warm-up`` are ``warmupset`` and ``warmup``; ``Aufwärmen`` is ``aufwarmen``), in English,
German, Spanish, French, Italian, Portuguese and Dutch, as the header roles are (``logs._ROLES``).
The reader looks each distinct cell up once (``logs._Cache``), so the tables cost nothing a row.
"""

from __future__ import annotations

import re
import unicodedata

#: The kinds of row a set type cell names. A drop of a drop set is a hard set, as a work set
#: is (see ``logs._SET_KINDS``); a note or rest timer is no set.
WARMUP, NORMAL, FAILURE, DROP, NOTE = "warmup", "normal", "failure", "drop", "note"
#: What :func:`set_kind` gives a cell it does not know (the reader reports it once).
UNKNOWN = "?"

# fmt: off
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    WARMUP: (
        "w", "wu", "warm", "warmup", "warmups", "warmupset", "warming", "warmingup", "rampup", "ramp",
        "aufwarmen", "aufwarmsatz", "aufwarm", "aufwaermen", "aufwaermsatz", "einwarmen",
        "einwarmsatz", "erwarmung", "erwarmungssatz",
        "calentamiento", "seriedecalentamiento", "calentar", "calent",
        "echauffement", "seriedechauffement", "echauf",
        "riscaldamento", "seriediriscaldamento", "risc",
        "aquecimento", "seriedeaquecimento", "aquec",
        "opwarming", "opwarmset", "opwarmen", "opwarmingsset",
    ),
    NORMAL: (
        "n", "normal", "normalset", "work", "working", "workset", "workingset", "worksets", "main",
        "mainset", "top", "topset", "backoff", "backoffset", "straight", "straightset", "regular",
        "standard", "set", "restpause", "myorep", "myoreps", "cluster", "clusterset", "superset",
        "arbeitssatz", "arbeitsatz", "arbeit", "hauptsatz", "normalsatz", "satz",
        "trabajo", "seriedetrabajo", "efectiva", "serieefectiva", "efectivo", "serie", "series",
        "travail", "seriedetravail", "effective", "serieeffective",
        "lavoro", "seriedilavoro", "allenante", "serieallenante",
        "trabalho", "seriedetrabalho", "valida", "serievalida",
        "werkset", "werk", "normaal",
    ),
    FAILURE: (
        "f", "failure", "failureset", "fail", "mf", "musclefailure", "muscularfailure", "amrap",
        "versagen", "muskelversagen", "versagenssatz",
        "fallo", "fallomuscular", "seriealfallo",
        "echec", "echecmusculaire",
        "cedimento", "cedimentomuscolare",
        "falha", "falhamuscular",
        "falen", "spierfalen",
    ),
    DROP: (
        "d", "drop", "dropset", "drops", "dropsatz", "reduktionssatz", "stripset", "stripping",
        "descendente", "seriedescendente", "dropserie", "degressive", "seriedegressive",
        "scalare", "discendente", "seriediscendente", "decrescente",
    ),
    NOTE: (
        "note", "notes", "notiz", "nota", "comment", "resttimer", "rest", "timer", "restperiod",
        "pause", "satzpause", "descanso", "repos", "riposo", "rust",
    ),
}
#: Words before a kind in a note (``to failure``, ``bis Versagen``, ``al fallo``): left out.
_LEADING = ("untilfailure", "until", "till", "to", "biszum", "bis", "zum", "hastael", "hasta", "al",
            "jusqua", "jusqual", "jusqu", "fino", "finoal", "ate", "tot")
#: A yes/no flag's words (a warm-up flag, a done flag): English and the sheet languages, and
#: the TRUE and FALSE a spreadsheet writes in its language (``WAHR``, ``VERDADERO``, ``VRAI``).
_YES_WORDS = frozenset((
    "true", "yes", "y", "1", "x", "ok", "done", "checked", "complete", "completed",
    "ja", "j", "wahr", "erledigt",
    "si", "verdadero", "hecho", "completado",
    "oui", "vrai", "fait",
    "vero", "fatto",
    "sim", "verdadeiro", "feito",
    "waar", "gedaan",
))
_NO_WORDS = frozenset((
    "false", "no", "n", "0", "notdone", "skipped", "skip", "missed", "unchecked",
    "nein", "falsch", "ausgelassen",
    "falso", "omitido",
    "non", "faux",
    "nao",
    "nee", "onwaar",
))
# fmt: on
#: Check marks, as a checkbox column exports them.
_TICKS = {
    "\u2713": "yes",
    "\u2714": "yes",
    "\u2611": "yes",
    "\u2705": "yes",
    "\u221a": "yes",
    "\u2717": "no",
    "\u2718": "no",
    "\u2610": "no",
    "\u274c": "no",
}  # fmt: skip
_KINDS = {word: kind for kind, words in _KIND_WORDS.items() for word in words}
#: A set's number after its kind (``W1``, ``Warm-up 2``, ``Set 3``): the kind is read.
_NUMBERED = re.compile(r"([a-z]+?)\d{1,3}")
#: Longest cell looked up (a longer one is no set type: the normalising stays cheap).
MAX_WORD_CELL = 60


def plain_word(text: str) -> str:
    """A cell as the tables hold it: lower case, accents and everything but letters and digits
    taken out (``Warm-up Set`` is ``warmupset``, ``Aufwärmen`` ``aufwarmen``); a check mark is
    ``yes`` or ``no``."""
    text = text.strip().strip('"').strip()
    if text in _TICKS:
        return _TICKS[text]
    if len(text) > MAX_WORD_CELL:
        return text.casefold()  # no word of the tables: not normalised
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


def _kind_of_word(word: str) -> str | None:
    kind = _KINDS.get(word)
    if kind is None:
        for lead in _LEADING:
            if word.startswith(lead) and word[len(lead) :] in _KINDS:
                return _KINDS[word[len(lead) :]]
        numbered = _NUMBERED.fullmatch(word)
        if numbered is not None:
            return _KINDS.get(numbered.group(1))
    return kind


#: Words that may stand beside a warm-up word in a program note that calls its entry one
#: (``Warm-up sets``, ``light warm-up``: ``_week.warm_up_note``).
BESIDE_WARM_UP = frozenset({"set", "sets", "only", "light", "easy"})

#: Words that, later in a note that starts with a warm-up word, name the work the entry holds
#: (``Warm-up: 2 light sets, then 3 working sets``, ``Warm-up: empty bar x10, then work up``):
#: the entry's sets and reps are its work sets, the warm-up comes before them. In the languages
#: the readers know (English, German, Spanish, French, Italian, Portuguese): work sets, and
#: "then" - a warm-up followed by something else (not "top": ``Warm-up, 50% of top set``).
WORK_AFTER_WARM_UP = frozenset(
    {
        "then", "work", "working", "workset", "worksets", "followed",
        "arbeit", "arbeitssatz", "arbeitssätze", "danach", "dann",
        "trabajo", "efectiva", "efectivas", "luego", "después", "despues",
        "travail", "ensuite", "puis",
        "lavoro", "allenanti", "poi",
        "trabalho", "depois",
    }
)  # fmt: skip


def set_kind(text: str) -> str:
    """What a set type or set order cell says the row is: :data:`WARMUP`, :data:`NORMAL` (a
    number too: Strong's set order), :data:`FAILURE`, :data:`DROP`, :data:`NOTE` (a rest timer,
    a note), ``""`` for a blank cell, :data:`UNKNOWN` for any other."""
    word = plain_word(text)
    if not word:
        return ""
    if word.isdigit():
        return NORMAL
    kind = _kind_of_word(word)
    return UNKNOWN if kind is None else kind


#: The one-letter marks of a set order column (Strong's ``W``, ``D``, ``F``) in each language of
#: the tables, as the initial of the kind's word in it. Strong's English letters are documented
#: (formats.md: ``W`` warm-up, ``D`` drop set, ``F`` failure, numbers the work sets); the letters
#: of its other languages are not: these are a heuristic, the initial of the word the tables hold
#: (``C`` calentamiento, ``A`` Aufwärmen or aquecimento, ``R`` riscaldamento, ``O`` opwarming;
#: ``V`` Versagen, ``C`` cedimento). A letter that is the initial of two kinds' words in one
#: language (French ``É``: échauffement and échec) is in no table: it is never read.
# fmt: off
LETTER_KINDS: dict[str, dict[str, str]] = {
    "English": {"w": WARMUP, "n": NORMAL, "f": FAILURE, "d": DROP},
    "German": {"a": WARMUP, "n": NORMAL, "v": FAILURE, "d": DROP},
    "Spanish": {"c": WARMUP, "n": NORMAL, "f": FAILURE, "d": DROP},
    "French": {"n": NORMAL, "d": DROP},
    "Italian": {"r": WARMUP, "n": NORMAL, "c": FAILURE, "d": DROP},
    "Portuguese": {"a": WARMUP, "n": NORMAL, "f": FAILURE, "d": DROP},
    "Dutch": {"o": WARMUP, "n": NORMAL, "f": FAILURE, "d": DROP},
}
# fmt: on
#: The words each letter of :data:`LETTER_KINDS` is the initial of, for the notice.
LETTER_WORDS = {
    ("German", "a"): "Aufwärmen",
    ("German", "v"): "Versagen",
    ("Spanish", "c"): "calentamiento",
    ("Spanish", "f"): "fallo",
    ("Italian", "r"): "riscaldamento",
    ("Italian", "c"): "cedimento",
    ("Portuguese", "a"): "aquecimento",
    ("Portuguese", "f"): "falha",
    ("Dutch", "o"): "opwarming",
    ("Dutch", "f"): "falen",
}  # fmt: skip


def letter(text: str) -> str | None:
    """A cell that is one letter (``C``, ``É``, ``w``), as the tables hold it; else ``None``."""
    if len(text) > 4:  # quotes and spaces around a letter at most
        return None
    word = plain_word(text)
    return word if len(word) == 1 and word.isalpha() else None


def letters_read(letters: frozenset[str]) -> dict[str, dict[str, tuple[str, ...]]]:
    """What the one-letter marks a set order column holds may be, read together: the languages
    of :data:`LETTER_KINDS` whose letters include every one of ``letters`` are the column's
    candidates; each letter maps to the kinds they read it as, each with its languages (one
    kind: the letter is read; two: the reader decides by where the sets stand, see
    ``logs._SetMarks``). ``{"c", "f"}`` is Spanish (C calentamiento, F fallo); ``{"c"}`` alone
    is Spanish warm-up or Italian failure; a letter no candidate reads is left out."""
    languages = [lang for lang, table in LETTER_KINDS.items() if letters <= table.keys()]
    read: dict[str, dict[str, tuple[str, ...]]] = {}
    for mark in sorted(letters):
        kinds: dict[str, tuple[str, ...]] = {}
        for lang in languages:
            kind = LETTER_KINDS[lang][mark]
            kinds[kind] = (*kinds.get(kind, ()), lang)
        if kinds:
            read[mark] = kinds
    return read


def yes_no(text: str) -> bool | None:
    """A yes/no cell: ``True``, ``False``, ``None`` for a blank one or a word of neither."""
    word = plain_word(text)
    return True if word in _YES_WORDS else False if word in _NO_WORDS else None


def warm_flag_kind(text: str) -> str:
    """What a warm-up flag's cell says the row is: :data:`WARMUP` for yes (or a warm-up word,
    ``W``), :data:`NORMAL` for no, blank or a work set's word, :data:`UNKNOWN` for any other."""
    word = plain_word(text)
    if not word or word in _NO_WORDS:
        return NORMAL
    if word in _YES_WORDS:
        return WARMUP
    kind = _kind_of_word(word)
    return UNKNOWN if kind is None else WARMUP if kind == WARMUP else NORMAL


#: A reps count with a note before or after it (``8 (failure)``, ``8F``, ``8 to failure``,
#: ``AMRAP 8``, ``10 warm-up``): the count, and the words around it.
_NOTED_REPS = re.compile(
    r"\s*(?:([^\W\d][^\d]{0,30}?)\s*)?(\d{1,4})\s*(?:\(([^()]{1,40})\)|([^\W\d][^\d]{0,30}))?\s*"
)


def reps_note(text: str) -> tuple[int, str] | None:
    """A reps cell holding a count and a word of the set kind tables before or after it:
    the count and the kind (``8 (to failure)`` is 8 and :data:`FAILURE`); ``None`` for any
    other cell (``8 kg`` is no set kind)."""
    if len(text) > 80:
        return None
    found = _NOTED_REPS.fullmatch(text)
    if found is None:
        return None
    before, count, bracketed, after = found.groups()
    notes = [note for note in (before, bracketed, after) if note]
    if len(notes) != 1:
        return None
    word = plain_word(notes[0])
    kind = _kind_of_word(word) if word else None
    return None if kind is None or kind == NOTE else (int(count), kind)
