"""The exercise-name grammar: normalise a name and parse it into a base movement and modifiers.

Every spelling lives in ``data/names.toml``; this module only reads it. A name such as
``Leg Curls (sitting)`` or ``DB Bulgarian split squat, paused`` is normalised (case,
punctuation, hyphens, plurals, abbreviations) and read as phrases wherever they stand: a *head*
(the base movement: ``leg curl``), *position* words that change the exercise (``seated``),
harmless *variants* and *equipment* (``paused``, ``dumbbell``), and body-part *cues*.
:class:`~hamstring_rules.Catalog` places the parsed name on a catalog exercise or derives one
from it (see ``Catalog.classify``).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ._name_notes import read_with_notes

if TYPE_CHECKING:
    from .exercises import Exercise

__all__ = ["NameMap", "ParsedName", "Resolution", "parse_name"]


Placement = Literal["name", "alias", "parsed", "derived", ""]


@attrs.frozen
class Resolution:
    """What a name turned out to be: an exercise, out of scope, or unknown - and how.

    Attributes:
        name: the name as given.
        status: ``exercise``, ``out_of_scope`` or ``unknown``.
        exercise: the exercise the name stands for: a catalog exercise, or one derived from
            ``base`` with the name's modifiers applied.
        suggestions: for an unknown name, up to three catalog names (never the name itself).
        how: ``name`` (an exercise's id or name), ``alias``, ``parsed`` (base movement plus
            modifiers placed on a catalog exercise), ``derived`` (a catalog exercise with the
            name's modifiers applied), or empty when nothing was placed.
        base: the catalog exercise placed on or derived from.
        modifiers: the modifiers read from the name (position words first).
        assumed: what was assumed: words ignored, attributes changed.
        reason: why a name is out of scope or unknown.
    """

    name: str
    status: Literal["exercise", "out_of_scope", "unknown"]
    exercise: Exercise | None = None
    suggestions: tuple[str, ...] = ()
    how: Placement = ""
    base: Exercise | None = None
    modifiers: tuple[str, ...] = ()
    assumed: tuple[str, ...] = ()
    reason: str = ""

    @property
    def movement_class(self) -> str | None:
        """The class the name is counted in (``knee_flexion``, ``running``...), or None."""
        return None if self.exercise is None else self.exercise.movement_class.value

    def describe(self) -> str:
        """One line: ``Box Squat -> Back squat (box)``, ``Crunches -> out of scope`` (names as
        written escaped and cut, as in messages: they come from files)."""
        from .errors import one_line

        name = one_line(self.name)
        if self.exercise is None:
            why = f" ({self.reason})" if self.reason else ""
            return f"{name} -> {self.status.replace('_', ' ')}{why}"
        base = self.base or self.exercise
        # ... and the words ignored: a word the grammar does not know may be the one that picks
        # the variant ("Zittende leg curl": seated in Dutch), so the reading says it was dropped
        ignored = [a for a in self.assumed if a.startswith(("ignored ", "assumed "))]
        said = [*self.modifiers, *(one_line(a) for a in ignored)]
        shown = f" ({'; '.join(said) if ignored else ', '.join(said)})" if said else ""
        return f"{name} -> {one_line(base.name)}{shown}"


#: Most distinct raw words whose normalisation the grammar remembers.
_WORD_MEMO_SIZE = 20_000
_SEGMENTS = re.compile(r"[()\[\]{},;:|/]+|\s-\s")
#: Marks that join the names of two exercises, not a name and its qualifier: an arrow ("Squat ->
#: RDL", "→", "»", ">"), an "x" between words ("Squat x RDL"; "3 x 8" is a dose) and a superset's
#: second label ("A1: Squat, A2: RDL", "A1 Squat A2 RDL"), read as "&" and "+" are (``join``). A
#: slash between words ("Squat / RDL"; not between numbers: "45°/90°", "3/4"), a dash (" - ", " – ", " — "), a
#: semicolon or a bar ("Squat; RDL", "Squat | RDL") join two names too, but often part one name: a
#: machine's ("Ground Base Squat/Lunge"), a name and its qualifier or apparatus ("Squat -
#: Bulgarian Split", "Calf raise - leg press machine"): see ``NameIndex._parted`` (the semicolon
#: and bar are read as a dash). Each is read as a segment break that says which kind it was.
_JOINED = re.compile(
    r"\s*(?:->|=>|→|»|>)\s*|(?<=[a-z])\s+x\s+(?=[a-z])|(?<=[a-z)])[\s,;]+[a-e][1-9](?:[.):]|\s+(?=[a-z]))"
)
#: ... and one after a word before a number that starts a name ("RDL/45-degree back extension";
#: not a dose: "Calf raise 3x20/40"), or after a bracket before a word ("Glider (Askling) / RDL";
#: not a bracket's: "RDL (Barbell) / (Dumbbell)")
_SLASHED = re.compile(r"(?<=[a-z)\]}])\s*/\s*(?=[a-z]|[0-9]+[\s-]*[a-z])")
#: ... a double hyphen is a dash typed on a keyboard without one ("Split squat -- RDL")
_DASHED = re.compile(r"\s[-–—]\s|\s*--+\s*|\s*[;|]\s*")
#: A comma outside brackets parts a name from its qualifier ("Leg curl, seated", "Squat, back")
#: or two whole names ("Hip thrust, Nordic curl"): marked ``comma``, weakest of the joins, and
#: read as two names only when each part names an exercise of its own (``NameIndex._parted``).
_COMMA = re.compile(r",(?![^()\[\]{}]*[)\]}])")
#: The segment breaks after marking: a join's, a slash's, a dash's or a comma's mark, or a plain
#: separator.
_BREAKS = re.compile(r"([\x01\x02\x03\x04]|[()\[\]{},;:|/]+|\s-\s)")
_MARKS = {"\x01": "join", "\x03": "slash", "\x02": "dash", "\x04": "comma"}
#: The joins that part a name into names that may each be an exercise (``NameIndex._parted``).
_PARTING = frozenset({"slash", "dash", "comma"})


class Segments(list[list[str]]):
    """A name's segments (each a list of words), and how each was joined to the one before:
    ``joins`` maps a segment's index to ``join`` (an arrow or "x" between two names), ``slash``,
    ``dash`` or ``comma`` (see :data:`_JOINED` and :data:`_COMMA`)."""

    joins: dict[int, str]

    def __init__(self, parts: Sequence[list[str]] = (), joins: Mapping[int, str] | None = None) -> None:
        super().__init__(parts)
        self.joins = dict(joins or {})


_WORDS = re.compile(r"[a-z0-9]+")
#: A text of lower-case words and numbers, single spaces between: a name with nothing for
#: ``Grammar.segments`` to fold or break (its fast path, unless a load or a join is said in it)
_PLAIN_TEXT = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")
_DIGIT = re.compile(r"\d")
#: A number with a weight unit after it ("45 kg", "90 lb", "45 pounds", "135#"): a load, whatever
#: the number - glued into one dose word ("45kg"), so that 45 and 90 are never read as the
#: positions deg45 and deg90 (review27 R19: "45 kg RDL" was "no catalog exercise is a deg45 RDL").
_LOAD_UNIT = re.compile(r"kg|kilo|lb|pound|#")
_LOAD = re.compile(r"(?<![0-9a-z])([0-9]+)\s*(?:kgs?|kilos?|kilograms?|lbs?|pounds?|#)(?![a-z])")
#: A number glued to a word ("30deg"): read as the two when the word is the angle word.
_GLUED_ANGLE = re.compile(r"([0-9]{1,3})([a-z]+)")
#: "w/" written for "with" ("RDL w/ band"): a "w" of its own, not a word's last letter ("Row/Squat")
_WITH = re.compile(r"(?<![a-z0-9])w/")
#: "w/o": without (a negation), before "w/" (with) is read: "Nordic w/o band", "GHR w/o GHD"
_WITHOUT = re.compile(r"(?<![a-z0-9])w/o(?![a-z0-9])")
_FOLDED = re.compile("[°&+'’`]")
#: An abbreviation written with dots ("R.D.L.", "S.L.D.L."): its letters are one word.
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}(?![a-z])")
_FOLD = str.maketrans({"°": " degree ", "&": " and ", "+": " and ", "'": "", "’": "", "`": ""})
#: Letters that compatibility decomposition leaves whole but that spell ASCII letters: the
#: Turkish dotless i (an app's Turkish locale upper-cases "Squat" to "SQUAT" and "Romanian" to
#: "ROMANİAN", lower-cases "DEADLIFT" to "deadlıft") and the Nordic and ligature letters.
_LETTERS = str.maketrans({"ı": "i", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th"})


#: Unicode categories that draw nothing and never separate words: format characters and marks.
_INVISIBLE = frozenset({"Cf", "Mn", "Me"})
#: A word written in camelCase, as an app's exercise id ("legCurlProne", "legPress45deg"): its
#: parts are words ("leg Curl Prone", "leg Press 45deg"; names25: the id was one unknown word).
#: Only a word with a lower-case letter before a capital; "RDLs", "DBs", "A1" stay as written.
_CAMEL_WORD = re.compile(r"[A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*")
_CAMEL_PARTS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])")


def _uncameled(text: str) -> str:
    """``text`` with each camelCase word parted into its words (see :data:`_CAMEL_WORD`)."""
    return _CAMEL_WORD.sub(lambda m: _CAMEL_PARTS.sub(" ", m.group(0)), text)


def _undotted(match: re.Match[str]) -> str:
    return match.group().replace(".", "") + " "


def _ascii_fold(text: str) -> str:
    """Non-ASCII text as the letters it spells: compatibility forms decomposed (full-width
    ``ＲＤＬ``, the ``ﬁ`` ligature), accents dropped (``Góod Mórning``), case folded, then the
    letters of :data:`_LETTERS` mapped. Symbols (``°``, ``’``) are kept for the folding after.

    Invisible characters are dropped, not read as a space: format characters (Unicode category
    ``Cf``: the zero-width joiner and space, the soft hyphen, the byte-order mark, the word
    joiner, bidi marks and isolates, emoji tag letters) and marks (``Mn``, ``Me``: accents,
    variation selectors) join the letters beside them, so ``R<ZWJ>DL`` is ``RDL``, not an ``R``
    beside ``DL`` (a deadlift) - a word split by a soft hyphen is still one word."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in _INVISIBLE)
    return kept.casefold().translate(_LETTERS)


@attrs.frozen
class ParsedName:
    """A name read by the grammar.

    Attributes:
        words: the normalised words, in order.
        head: the base movement chosen (a head id of ``names.toml``), or None.
        scope: ``lower`` (a lower-body head), ``out`` (only upper-body/core words) or ``none``.
        positions: class-changing words (position ids), never dropped.
        modifiers: harmless variants and equipment (ids), plus ``+head`` for other movements named.
        equipment: the equipment ids named (a subset of the modifiers' meaning).
        unknown: words the grammar does not know (ignored, reported as assumed).
        conflict: why the name cannot be placed (conflicting cues, a misspelt class word, an
            ambiguous head said alone), or None: the unknown name's reason, whole.
    """

    words: tuple[str, ...]
    head: str | None
    scope: str
    positions: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    equipment: frozenset[str] = frozenset()
    unknown: tuple[str, ...] = ()
    conflict: str | None = None
    base_words: tuple[str, ...] = ()
    """The name without equipment, filler or cue words: what suggestions are computed on."""
    why_out: str = ""
    """Why the name is out of scope, when its movement says (a stretch of another muscle)."""
    named: tuple[str, ...] = ()
    """Every movement (head id) a phrase of the name spells, placed or not ("Swing" spells the
    swing, which needs a kettlebell or a body part to be placed)."""
    group: bool = False
    """Whether the name is labelled a group of exercises ("Superset: ..."): every movement it
    names, an upper-body one too, is another exercise (see ``NameIndex._parted``)."""
    beside: tuple[str, ...] = ()
    """Unknown words right beside the head's words ("stacco rumeno"): they may be the qualifier
    that picks the class (see ``NameIndex.place``)."""
    negated: tuple[str, ...] = ()
    """The modifier phrases a negation word named and did not apply ("band" of "Nordic (no band)")."""
    refused: frozenset[str] = frozenset()
    """The equipment ids negated ("machine" of "Leg curl (no machine)"): the exercise read is one
    done without that apparatus (see ``NameIndex.place``)."""
    angled: bool = False
    """Whether the name's one movement is a joint's action said with an angle ("30° knee
    flexion"): after a dash or comma it is the position of the movement before it ("Bridge hold -
    30° knee flexion", see ``NameIndex._parted``)."""
    leg_word: str = ""
    """A word that makes the out-of-scope movement named the leg's ("hamstring" of "Hamstring
    press"): the name is asked about, never out of scope (see ``NameIndex.place``)."""
    out_named: tuple[str, ...] = ()
    """The upper-body, core and conditioning movements named with a spelling of their own (not a
    weak one, "treadmill", nor a qualifier's, "bench", "warm up"): each an exercise beside a
    lower-body one joined to it ("Squat / Bench press", see ``NameIndex._parted``)."""


class _NearWords:
    """Words one edit apart (a substitution, insertion, deletion or swap of neighbours), found by
    dictionary lookups of one-letter deletions - no pairwise string comparison."""

    def __init__(self, words: Sequence[str], min_length: int, query_min: int | None = None) -> None:
        self.min_length = min_length
        #: Shortest word looked up (one letter shorter than the words indexed finds a letter
        #: dropped from the shortest of them: "levr" for "lever", see ``Grammar.misspelt``).
        self.query_min = min_length if query_min is None else query_min
        self.words = frozenset(words)
        self.by_deletion: dict[str, list[str]] = {}
        for word in sorted(self.words):
            if len(word) >= min_length:
                for key in {word, *_deletions(word)}:
                    self.by_deletion.setdefault(key, []).append(word)

    def near(self, word: str) -> list[str]:
        """Known words one edit from ``word`` (never ``word`` itself), best first."""
        if len(word) < self.query_min or word.isdigit():
            return []
        found: dict[str, int] = {}
        for key in (word, *_deletions(word)):
            for known in self.by_deletion.get(key, ()):
                if known != word:
                    found[known] = min(found.get(known, 9), abs(len(known) - len(word)))
        return sorted(found, key=lambda w: (found[w], w[0] != word[0], w))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


#: Shortest word whose swapped neighbours are read back as the word meant (heuristic: in
#: shorter words a swap makes another word too often - "form"/"from" - and a short word has
#: fewer letters to tell it from its neighbours).
_SWAP_MIN_LENGTH = 5


#: Shortest word, typed and meant, whose slip of one letter changed, added or dropped is read
#: back (heuristic: shorter words are one letter from other words too often - "lunge"/"lounge",
#: "snach" a wger name filed under shoulders - and the word typed must start as the word meant
#: does: a first letter changed makes a rhyme, another word - "heated"/"seated" - more often
#: than a slip).
_EDIT_MIN_LENGTH = 6
#: Endings of a word typed that is more often another English word than a slip of one letter:
#: "stated"/"seated", "passed"/"paused", "leading"/"leaning", "wording"/"working",
#: "splinter"/"sprinter" (heuristic, from the words of the labelled name lists and the project's
#: reviews that the rule read as another word; each such pair ends in one of these).
_INFLECTED = ("ed", "ing", "er")
#: ... when the word meant is shorter than this: every such pair found was of 6 to 8 letters,
#: and a longer word has few English neighbours ("hamsting", "hamsring" are "hamstring").
_INFLECTED_MAX_LENGTH = 9


#: Shortest word, and rewrite, another ending may read as the rewrite (``Grammar._inflected``;
#: heuristic: "sitzen"/"seduti"/"tumbada" have six letters or more, and a word of four letters and
#: an ending swapped is another word too often - "remo"/"rema", "mesa"/"meso").
_INFLECTION_MIN_LENGTH = 5


#: Shortest word, typed and meant, that a phrase's other word may read back (``Grammar._in_context``:
#: "leg pres" is the leg press; heuristic: a word of three letters is one edit from too many).
_CONTEXT_MIN_LENGTH = 4


def _implied_inside(key: tuple[str, ...], said_by: Mapping[tuple[str, ...], str]) -> str:
    """The modifier implied by the longest shorter phrase inside ``key`` (its words in a row) that
    implies one, or an empty string."""
    for size in range(len(key) - 1, 0, -1):
        for start in range(len(key) - size + 1):
            found = said_by.get(key[start : start + size])
            if found:
                return found
    return ""


def _swapped(typed: str, known: str) -> bool:
    """Whether ``typed`` is ``known`` with two neighbouring letters swapped."""
    if len(typed) != len(known):
        return False
    diff = [i for i, (a, b) in enumerate(zip(typed, known, strict=True)) if a != b]
    if len(diff) != 2 or diff[1] != diff[0] + 1:
        return False
    i, j = diff
    return typed[i] == known[j] and typed[j] == known[i]


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one edit apart (Damerau: a letter changed, added, dropped, or
    two neighbours swapped); :class:`_NearWords` also finds some pairs two edits apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or _swapped(a, b)
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def _translation_spellings(word: str) -> set[str]:
    """A translation as the grammar reads it (accents folded, lower case) - and, for a German
    word with an umlaut, also as it is typed without one (``Rückwärts``: ``ruckwarts`` and
    ``rueckwaerts``)."""
    lowered = word.lower()
    typed = lowered.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return {" ".join(_WORDS.findall(_ascii_fold(w))) for w in {lowered, typed}}


def _translations(data: Mapping[str, Any]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The words of ``[translation.words]`` (English spelling -> language -> its words): one
    word the grammar's phrases never spell -> the English spelling it reads as (a rewrite, so
    its other endings are read too: see ``Grammar._inflected``); and the rest (several words,
    or a word an English phrase spells: "inverse" of "inverse leg curl") as (spelling, English)
    pairs, each read as a phrase of the English spelling's role. A word listed twice with two
    readings, or also a ``[rewrite]`` key, is an error: each word is read one way, from one place."""
    from .errors import CatalogError

    table = data.get("translation", {}).get("words", {})
    spelled_in: set[str] = set()
    for section in ("head", "position", "variant", "equipment"):
        for entry in data[section].values():
            for spelling in entry["spellings"]:
                spelled_in.update(_WORDS.findall(_ascii_fold(spelling)))
    for key in ("filler", "connectors", "conjunctions"):
        for spelling in data[key]:
            spelled_in.update(_WORDS.findall(_ascii_fold(spelling)))
    for spellings in data["cue"].values():
        for spelling in spellings:
            spelled_in.update(_WORDS.findall(_ascii_fold(spelling)))
    rewrites: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for english, by_language in table.items():
        for language, words in by_language.items():
            for word in words:
                for spelled in _translation_spellings(str(word)):
                    if spelled in data["rewrite"]:
                        raise CatalogError(
                            f"names.toml: {spelled!r} ({language}) is a [rewrite] key and a translation "
                            f"of {english!r}: keep it in one place"
                        )
                    into = rewrites if " " not in spelled and spelled not in spelled_in else phrases
                    known = rewrites.get(spelled, phrases.get(spelled))
                    if known is not None and known != english:
                        raise CatalogError(
                            f"names.toml: {spelled!r} ({language}) translates both {known!r} and {english!r}"
                        )
                    into[spelled] = str(english)
    return rewrites, sorted(phrases.items())


@attrs.frozen
class _Phrase:
    role: str
    ident: str
    implies: str = ""
    """A head spelling's implied modifier ("hamstring slide": the slider) or position word
    ("hamstring bridge": the long-lever, straight-knee bridge)."""
    weak: str = ""
    """A head spelling that yields to another head named with it: ``any`` head ("foam roller
    hip thrust" is a hip thrust on a roller, "knee to chest crunch" a crunch), or only a
    ``lower``-body one (a muscle's name: "bench adductor side plank" is the adductor's)."""
    numbered: bool = False
    """A head spelling that names the movement only with a number ("flying 30s")."""


class Grammar:
    """The compiled vocabulary of ``names.toml`` (built once per process: it is shipped data)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        # the modifier words of the other languages: a word read as its English spelling
        # (``[translation]``), as a rewrite, or as a phrase when an English phrase spells it
        translated, translated_phrases = _translations(data)
        once = {k: tuple(_WORDS.findall(str(v).lower())) for k, v in data["rewrite"].items()}
        once.update({k: tuple(_WORDS.findall(v)) for k, v in translated.items()})
        # a rewrite's words are rewritten too ("situp" -> "sit up" -> "seated up"), as the
        # spellings they must match are
        self.rewrite: dict[str, tuple[str, ...]] = {
            k: tuple(x for w in v for x in (once.get(w, (w,)) if w != k else (w,))) for k, v in once.items()
        }
        self.keep_s = frozenset(data["keep_s"])
        #: Position names written with a slash between numbers ("90/90"), as read: one name
        self.slashed_names: tuple[tuple[str, str], ...] = tuple(
            (str(n).lower(), str(n).lower().replace("/", " ")) for n in data.get("slashed_names", ())
        )
        #: Sets of interchangeable word endings of the other languages (see ``_inflected``).
        self.inflections: tuple[tuple[str, ...], ...] = tuple(tuple(map(str, e)) for e in data["inflections"])
        # filled once the phrases are read (a phrase's own words are never split)
        self.vocabulary: frozenset[str] = frozenset()
        self.pairs: frozenset[tuple[str, str]] = frozenset()
        self.pair_firsts: dict[str, str] = {}
        self.head_starts: frozenset[str] = frozenset()
        self.modifier_lasts: frozenset[str] = frozenset()
        self._words: dict[str, tuple[str, ...]] = {}
        self._keys: dict[str, tuple[str, ...]] = {}  # a spelling's words, while the tables are read
        self.heads: dict[str, Mapping[str, Any]] = dict(data["head"])
        self.positions: dict[str, Mapping[str, Any]] = dict(data["position"])
        self.mods: dict[str, Mapping[str, Any]] = {**data["variant"], **data["equipment"]}
        self.equipment_ids = frozenset(data["equipment"])
        self.any_position = frozenset(data["any_position"])
        #: The words that name another exercise of a movement: the position words (another class
        #: or start) and the variants that set its side or where its load sits ("single leg",
        #: "front", "goblet": a single-leg RDL, a front squat) - said apart from the movement by a
        #: conjunction they name an exercise of their own ("Single leg + RDL", "Front and back
        #: squat": two), where a tempo or a pause only says how the reps go ("Paused and tempo squat")
        self.forms = frozenset(data["position"]) | frozenset(
            ident
            for ident, entry in data["variant"].items()
            if {"laterality", "load_position"} & set(entry.get("sets", {}))
        )
        #: The word an angle is said with ("30 degree"): see names.toml ``angle_word``.
        self.angle_word = str(data.get("angle_word", ""))
        self.exclusive: tuple[frozenset[str], ...] = tuple(frozenset(g) for g in data["exclusive"])
        #: Abbreviations of more than one meaning -> the meanings, spelled out: a name holding one
        #: is read once per meaning (see ``NameIndex.place``).
        self.ambiguous: dict[str, tuple[str, ...]] = {
            k: tuple(map(str, v)) for k, v in data.get("ambiguous", {}).items()
        }
        self.phrases: dict[tuple[str, ...], _Phrase] = {}
        # A spelling that says a modifier ("bulgarian": the rear foot elevated) says it inside a
        # longer spelling too ("bulgarian squat", "Bulgarische Kniebeuge"): a qualifier that
        # changes the exercise is never lost because a longer phrase swallowed it.
        said_by = {
            self._key(k): str(v)
            for table in (data["head"], data["position"])
            for entry in table.values()
            for k, v in entry.get("implies", {}).items()
        }
        for role, table in (("head", data["head"]), ("position", data["position"])):
            for ident, entry in table.items():
                implies = {self._key(k): str(v) for k, v in entry.get("implies", {}).items()}
                for spelling in entry["spellings"]:
                    key = self._key(spelling)
                    if key not in implies and (inherited := _implied_inside(key, said_by)):
                        implies[key] = inherited
                weak = {self._key(k): "any" for k in entry.get("weak", ())}
                weak.update({self._key(k): "lower" for k in entry.get("muscle", ())})
                numbered = {self._key(k) for k in entry.get("numbered", ())}
                keys = {self._key(k) for k in entry["spellings"]}
                if "same_as" in entry and entry["same_as"] not in data["head"]:
                    from .errors import CatalogError

                    raise CatalogError(f"names.toml: {ident!r} is placed as {entry['same_as']!r}, no head")
                for key in (*implies, *weak, *numbered):
                    if key not in keys or implies.get(key, "") not in ("", *self.mods, *self.positions):
                        from .errors import CatalogError

                        raise CatalogError(
                            f"names.toml: {ident!r} implies or weakens {' '.join(key)!r}, "
                            "which is not one of its spellings (or names no variant, equipment or position)"
                        )
                if not {m for pair in entry.get("mod_adds", {}).items() for m in pair} <= set(self.mods):
                    from .errors import CatalogError

                    raise CatalogError(f"names.toml: {ident!r} mod_adds names a modifier that is none")
                for spelling in entry["spellings"]:
                    key = self._key(spelling)
                    phrase = _Phrase(role, ident, implies.get(key, ""), weak.get(key, ""), key in numbered)
                    self._add(spelling, phrase)
        #: Per movement, the spellings of it that alone, beside another movement, qualify that one
        #: and name no exercise of their own: its apparatus ("bench": "Hip thrust + bench", "Split
        #: squat - bench") or the part of the session it is done in ("RDL - warm up").
        self.qualifiers: dict[str, frozenset[tuple[str, ...]]] = {}
        #: Per lower-body movement, the spellings of other movements that, joined to it by one of
        #: :attr:`one_rep_words` after it, finish its rep or session: one exercise ("Clean and
        #: press").
        self.as_one: dict[str, frozenset[tuple[str, ...]]] = {}
        head_spellings = frozenset(self._key(k) for e in data["head"].values() for k in e["spellings"])
        for ident, entry in data["head"].items():
            own = frozenset(self._key(k) for k in entry["spellings"])
            for key_name, allowed, into in (
                ("qualifier", own, self.qualifiers),
                ("joined_as_one", head_spellings, self.as_one),
            ):
                listed = frozenset(self._key(k) for k in entry.get(key_name, ()))
                if not listed <= allowed:
                    from .errors import CatalogError

                    bad = " ".join(sorted(listed - allowed)[0])
                    raise CatalogError(
                        f"names.toml: {ident!r} {key_name} lists {bad!r}, which no movement spells"
                    )
                if listed:
                    into[ident] = listed
        self.one_rep_words = frozenset(map(str, data.get("one_rep_conjunctions", ())))
        #: The conjunctions that before a number say a range, not a second movement (see ``parse``)
        self.range_words = frozenset(map(str, data.get("range_conjunctions", ())))
        #: ... and the heads a range word joins as one build-up ("Jog to sprint")
        self.build_up_heads = frozenset(map(str, data.get("build_up_heads", ())))
        #: The one-word conjunctions ("and", "or", "then"): "or" alone offers a choice of two.
        self.conjunction_words = frozenset(str(c) for c in data["conjunctions"] if " " not in str(c))
        #: ... and the lower-body movements beside which a qualifier is their apparatus (none
        #: listed: any): beside another, it is the movement it spells ("Deadlift & Bench").
        self.qualifier_of: dict[str, frozenset[str]] = {}
        for ident, entry in data["head"].items():
            beside = frozenset(map(str, entry.get("qualifier_of", ())))
            if beside - data["head"].keys():
                from .errors import CatalogError

                raise CatalogError(
                    f"names.toml: {ident!r} qualifier_of lists {sorted(beside - data['head'].keys())[0]!r}, "
                    "which is no movement"
                )
            if beside:
                self.qualifier_of[ident] = beside
        #: Words after which a movement is an add-on of the one said before ("Glute bridge with
        #: abduction"): see names.toml ``add_on_words``.
        self.add_on_words = frozenset(map(str, data.get("add_on_words", ())))
        #: Words that name a movement's plain form ("conventional"): a form of its own in a choice
        #: of forms ("Conventional / Sumo deadlift"), filler elsewhere.
        self.plain_forms = frozenset(map(str, data.get("plain_forms", ())))
        for ident, entry in data["variant"].items():
            for spelling in entry["spellings"]:
                self._add(spelling, _Phrase("variant", ident))
        for ident, entry in data["equipment"].items():
            for spelling in entry["spellings"]:
                self._add(spelling, _Phrase("equipment", ident))
        for spelling in data["filler"]:
            self._add(spelling, _Phrase("filler", ""))
        for spelling in data["connectors"]:
            self._add(spelling, _Phrase("connector", ""))
        #: The Romance languages' "of" ("curl de pierna"): see ``_match``
        self.of_words = frozenset(data["of_words"])
        #: Labels of a group of exercises ("superset"), as word tuples: see ``parse``
        self.group_labels = frozenset(tuple(_WORDS.findall(str(w).lower())) for w in data["group_labels"])
        self.group_firsts = frozenset(label[0] for label in self.group_labels)
        for spelling in data["conjunctions"]:
            self._add(spelling, _Phrase("conjunction", ""))
        # a word that negates the modifiers after it ("no band", "without hold"): see ``parse``
        negations = tuple(map(str, data.get("negations", ())))
        for spelling in negations:
            self._add(spelling, _Phrase("negation", ""))
        #: The word a fused negation ("unassisted") is read as (see ``_fresh``).
        self.negator: str = "not" if "not" in negations else next(iter(negations), "")
        self.negation_prefixes: tuple[str, ...] = tuple(map(str, data.get("negation_prefixes", ())))
        #: Negation words that before one of the apparatus listed are "on" (Portuguese "no smith").
        self.negation_on_before: dict[tuple[str, ...], frozenset[str]] = {
            self._key(k): frozenset(map(str, v)) for k, v in data.get("negation_on_before", {}).items()
        }
        #: ... in a name with one of these words (as written, folded): the name's language says
        #: "no" is "in the" (``negation_on_with`` and the translation tables' Portuguese words)
        portuguese = {
            w
            for words in data.get("translation", {}).get("words", {}).values()
            for spelled in words.get("pt", ())
            for w in _WORDS.findall(_ascii_fold(str(spelled)).lower())
        }
        self.negation_on_with: dict[tuple[str, ...], frozenset[str]] = {
            self._key(k): frozenset({*map(str, v), *portuguese} - set(self._key(k)))
            for k, v in data.get("negation_on_with", {}).items()
        }
        #: Words after a movement's name that make it a position ("squat position"): see ``parse``
        self.position_nouns = frozenset(map(str, data.get("position_nouns", ())))
        #: Words after an equipment phrase that negate it ("machine-free"): see ``parse``
        self.negations_after = frozenset(map(str, data.get("negations_after", ())))
        # a note naming another exercise: a bracketed part opening with one of the words, or the
        # rest of the name after a dash, comma, semicolon or slash and one of them
        openers = "|".join(
            r"\s+".join(map(re.escape, w.split()))
            for w in sorted(data["note_openers"], key=len, reverse=True)
        )
        self.note = re.compile(
            rf"[(\[{{]\s*(?:{openers})(?![a-z0-9])[^)\]}}]*[)\]}}]?|\s*(?:\s[-–—]|[,;/|])\s*(?:{openers})(?![a-z0-9]).*$"
        )
        for kind in ("lower", "upper"):
            for spelling in data["cue"][kind]:
                self._add(spelling, _Phrase("cue", kind))
        #: The one-word lower-body cues ("leg", "hip"): said inside another movement's spelling
        #: ("leg raise") they say the leg a stretch is of (``leg_positions``, see ``parse``).
        self.leg_words: frozenset[str] = frozenset(
            key[0] for key in map(self._key, data["cue"]["lower"]) if len(key) == 1
        )
        #: The words that say a movement is the leg's (see names.toml's ``lower_qualifiers``): an
        #: out-of-scope movement said with one is unknown (asked about), never out of scope.
        self.lower_qualifiers: dict[str, frozenset[str]] = {
            kind: frozenset(words) for kind, words in data.get("lower_qualifiers", {}).items()
        }
        # (the phrases of another language's words: not English words an unknown word may be a
        # slip or an abbreviation of - "while" is no slip of "mit Hilfe")
        foreign: set[tuple[str, ...]] = set()
        #: A phrase of another language -> the English spelling it translates ("in bauchlage":
        #: "prone"), as a position said is read by its spelling ("prone" makes a bridge the plank)
        self.translated_as: dict[tuple[str, ...], tuple[str, ...]] = {}
        # (a word is read as its English phrase's words: "correntes" is "chains", read "chain")
        self.rewrite.update({spelled: self._key(english) for spelled, english in translated.items()})
        self._words.clear()
        for spelled, english in (*translated_phrases, *((k, v) for k, v in translated.items())):
            meant = self.phrases.get(self._key(english))
            if meant is None or meant.role not in ("head", "position", "variant", "equipment"):
                from .errors import CatalogError

                raise CatalogError(
                    f"names.toml: [translation] reads {spelled!r} as {english!r}, which is no movement, "
                    "position, variant or equipment spelling"
                )
            if spelled not in translated:
                if self._key(spelled) not in self.phrases:
                    foreign.add(self._key(spelled))
                self._add(spelled, meant)
                self.translated_as.setdefault(self._key(spelled), self._key(english))
        self.longest = max(len(k) for k in self.phrases)
        self.longest_from: dict[str, int] = {}  # first word -> its longest phrase, in words
        for key in self.phrases:
            self.longest_from[key[0]] = max(self.longest_from.get(key[0], 0), len(key))
        # The words the grammar knows, and the neighbours in its phrases: an unknown word that
        # is two of them run together is read as the two (see _fresh)
        rewritten = {w for words in self.rewrite.values() for w in words}
        self.vocabulary = frozenset({w for key in self.phrases for w in key} | set(self.rewrite) | rewritten)
        #: The words a number is spelled out as ("1": "one", for "1 leg RDL"): one left unread is
        #: a count of a dose or a tempo's ("Deadlift 1x5", "Tempo squat 3-1-1"), not a word of the name.
        self.number_words = frozenset(w for k, v in self.rewrite.items() if k.isdigit() for w in v)
        #: ... and the number each such word is ("one": "1"), read back before an angle ("1 degree")
        self.digits_of = {v[0]: k for k, v in self.rewrite.items() if k.isdigit() and len(v) == 1}
        # ... and in the words an abbreviation spells out ("rdl": "romanian deadlift", so
        # "romaniandeadlift" is the two): the phrases people write as one name
        self.pairs = frozenset(
            pair for key in (*self.phrases, *self.rewrite.values()) for pair in itertools.pairwise(key)
        )
        # ... and a position, variant or equipment word before a movement ("seatedlegcurl",
        # "boxjump"): a set each, not their product (tens of thousands of pairs)
        #: First words of the head phrases: a name with none of them names no base movement.
        self.head_starts = frozenset(k[0] for k, p in self.phrases.items() if p.role == "head")
        self.modifier_lasts = frozenset(
            k[-1] for k, p in self.phrases.items() if p.role in ("position", "variant", "equipment")
        )
        # a phrase's first word, as written or as a rewrite spells it ("ham" -> "hamstring")
        self.pair_firsts = {a: a for a in (*(a for a, _ in self.pairs), *self.modifier_lasts)}
        self.pair_firsts.update(
            {k: v[0] for k, v in self.rewrite.items() if len(v) == 1 and v[0] in self.pair_firsts}
        )
        self._words.clear()  # words read before the vocabulary was known
        # Words that decide a class (heads and position words), by first letter: an unknown
        # word close to one of them is a misspelling that could flip the class, not noise.
        sensitive: set[str] = set()
        for key, phrase in self.phrases.items():
            if phrase.weak == "any" or key in foreign:  # the apparatus or a held position
                continue  # ("back extension machine")
            if phrase.role in ("position", "variant") or (
                phrase.role == "head" and self.heads[phrase.ident].get("scope", "lower") == "lower"
            ):
                for word in key:
                    sensitive.add(word)
        self.sensitive = _NearWords(sorted(sensitive), min_length=5, query_min=4)
        # ... and the starts of the position words, which an unknown word may abbreviate ("rev
        # nordic": a reverse Nordic, another class): 3 letters or more, shorter than the word
        self.position_words = frozenset(
            w for k, p in self.phrases.items() if p.role == "position" and k not in foreign for w in k
        )
        # ... and the words of each movement's spellings (a short slip of another movement's word
        # may change the class: "squat cean", a squat clean)
        self.head_words: dict[str, frozenset[str]] = {}
        for key, phrase in self.phrases.items():
            if phrase.role == "head":
                self.head_words[phrase.ident] = self.head_words.get(phrase.ident, frozenset()) | set(key)
        self.abbreviates: dict[str, str] = {}
        for key in sorted(k for k, p in self.phrases.items() if p.role == "position" and k not in foreign):
            for word in key:
                for end in range(3, len(word)):
                    self.abbreviates.setdefault(word[:end], word)
        # The words of upper-body, core and conditioning movements and cues ("triceps",
        # "climber"): a misspelling of one beside a lower-body movement may make it out of scope
        # (only words of no other phrase: "machine" of "row machine" is equipment too)
        upper: set[str] = set()
        other: set[str] = set()
        for key, phrase in self.phrases.items():
            out = (phrase.role == "head" and self.heads[phrase.ident].get("scope", "lower") == "out") or (
                phrase.role == "cue" and phrase.ident == "upper"
            )
            (upper if out else other).update(key)
        self.upper_words = _NearWords(sorted(upper - other), min_length=5)
        # One-word lower-body movements ("nordic", "deadlift") and body parts ("hamstring"): a
        # misspelling of one of these makes even an otherwise out-of-scope name ("nordik curl",
        # "hamstrong curl") unknown, not out of scope.
        self.movement_words = _NearWords(
            sorted(
                key[0]
                for key, phrase in self.phrases.items()
                if len(key) == 1
                and (
                    (phrase.role == "head" and self.heads[phrase.ident].get("scope", "lower") == "lower")
                    or (phrase.role == "cue" and phrase.ident == "lower")
                )
            ),
            min_length=5,
        )

    def _key(self, spelling: str) -> tuple[str, ...]:
        if not self.vocabulary:
            # (while the tables are read, before any word is read in context: one reading per
            # spelling - the grammar's tables name some 1,800 spellings 8,600 times; names25)
            found = self._keys.get(spelling)
            if found is None:
                found = self._keys[spelling] = tuple(w for seg in self.segments(spelling) for w in seg)
            return found
        return tuple(w for seg in self.segments(spelling) for w in seg)

    def _add(self, spelling: str, phrase: _Phrase) -> None:
        key = self._key(spelling)
        if not key:
            return
        known = self.phrases.get(key)
        if known is not None and known != phrase:
            from .errors import CatalogError

            raise CatalogError(
                f"names.toml: {spelling!r} is both {known.role} {known.ident!r} "
                f"and {phrase.role} {phrase.ident!r}"
            )
        self.phrases[key] = phrase

    # -- normalisation ------------------------------------------------------------------------

    def singular(self, word: str) -> str:
        """Fold a plural (``-s``, ``-es``, ``-ies``) unless the word is listed as not one."""
        if len(word) <= 3 or word in self.keep_s or word.isdigit():
            return word
        if word.endswith(("sses", "shes", "ches", "xes")):
            return word[:-2]
        if word.endswith("ies") and len(word) > 4:
            return word[:-3] + "y"
        if word.endswith(("ss", "us", "is")) or not word.endswith("s"):
            return word
        return word[:-1]

    def _plain(self, raw: str) -> tuple[str, ...]:
        """One raw word's words: its rewrite, or its singular's."""
        found = self.rewrite.get(raw)
        if found is None:
            single = self.singular(raw)
            found = self.rewrite.get(single, (single,))
        return found

    def _fresh(self, raw: str) -> tuple[str, ...]:
        """One raw word's words (computed once per distinct word: callers memoise it): its
        rewrite or singular, or - for a word the grammar does not know - the two words of a
        phrase written as one (``goodmornings``, ``legcurl``, ``stifflegged``)."""
        found = self._plain(raw)
        if self.angle_word and raw[:1].isdigit() and (glued := _GLUED_ANGLE.fullmatch(raw)):
            # an angle written as one word ("30deg", "45degrees"): the number and the angle word
            unit = self._plain(glued.group(2))
            if unit == (self.angle_word,):
                return (glued.group(1), self.angle_word)
        if len(found) != 1 or found[0] in self.vocabulary or not found[0].isalpha():
            return found
        word = found[0]
        # a negation fused to a modifier ("unassisted", "nonweighted"): the negation and the modifier
        if self.vocabulary and self.negator:
            for prefix in self.negation_prefixes:
                rest = word[len(prefix) :]
                if word.startswith(prefix) and len(rest) >= _CONTEXT_MIN_LENGTH:
                    plain = self._plain(rest)
                    said = self.phrases.get(plain)
                    if said is not None and said.role in ("position", "variant", "equipment"):
                        return (self.negator, *plain)
        # another ending of a word of another language ("sitzender", "seduti", "couchee")
        inflected = self._inflected(word) if self.vocabulary else None
        if inflected is not None:
            return inflected
        # two words run together ("legcurl") - unless the word is a slip of one long word, read
        # below ("kneelying" is kneeling, not "knee lying")
        split = self._split(word)
        # a typing slip: a letter doubled ("squatt", "lunnges", "bridgee"), when undoubling it
        # leaves exactly one known word - and dropping another letter leaves no known word
        # with another reading ("abdduction": abduction, or adduction with the b dropped)
        meant = {
            fixed
            for i in range(len(word) - 1)
            if word[i] == word[i + 1]
            and len(fixed := word[:i] + word[i + 1 :]) >= 4
            and fixed in self.vocabulary
        }
        if len(meant) == 1 and split is None:
            reading = self._plain(meant.pop())
            if len(word) < _SWAP_MIN_LENGTH or not self.vocabulary:
                return reading
            # ... nor a letter changed another movement or position word ("llean": lean, or clean)
            rivals = [
                w
                for w in self.near_words.near(word)
                if len(w) == len(word) - 1
                or (len(w) == len(word) and self._meaning(w)[0] in ("head", "position"))
            ]
            if all(self._plain(w) == reading for w in rivals if _one_edit(word, w)):
                return reading
            return found
        # a slip in a long word, read back when the word meant is the one known word a single
        # edit away (else it could be another word, and stays unknown, with a did-you-mean):
        # - two neighbouring letters swapped ("romanain", "nrodic", "mornign"), in a word of
        #   _SWAP_MIN_LENGTH letters or more;
        # - a letter changed, added or dropped ("hamstrig", "mornng", "deadlifr"): see _slip_of.
        # (not while the phrases are read: the vocabulary is not known yet)
        if len(word) >= _SWAP_MIN_LENGTH and word.isalpha() and self.vocabulary:
            near = [w for w in self.near_words.near(word) if _one_edit(word, w)]
            # ("deadlifst": deadlifts or deadlift, one word either way; "abducton": abduction or
            # abductor, two spellings of one movement)
            if (
                near
                and len({self._meaning(w) for w in near}) == 1
                and all(_swapped(word, w) or self._slip_of(word, w, split is not None) for w in near)
            ):
                return self._plain(near[0])
        return split or found

    def _inflected(self, word: str) -> tuple[str, ...] | None:
        """The rewrite ``word`` spells with another ending of one of :attr:`inflections` in place
        of its own ("sitzender": "sitzend", seated), when every such rewrite reads alike; else
        None. Words and rewrites of :data:`_INFLECTION_MIN_LENGTH` letters or more, stems of
        one letter fewer."""
        if len(word) < _INFLECTION_MIN_LENGTH:
            return None
        readings = set()
        for endings in self.inflections:
            for own in endings:
                if not own or not word.endswith(own):  # (a word cut short is no inflection: "degre")
                    continue
                stem = word[: len(word) - len(own)]
                if len(stem) < _INFLECTION_MIN_LENGTH - 1:
                    continue
                for other in endings:
                    key = stem + other
                    if other != own and len(key) >= _INFLECTION_MIN_LENGTH and key in self.rewrite:
                        readings.add(self.rewrite[key])
        return readings.pop() if len(readings) == 1 else None

    def _meaning(self, word: str) -> tuple[str, ...]:
        """What a known word reads as: the movement, position or modifier it spells alone (its
        role and id: "abductor" and "abduction" are one movement), else its rewrite or singular."""
        plain = self._plain(word)
        phrase = self.phrases.get(plain)
        if phrase is not None and phrase.role in ("head", "position", "variant", "equipment"):
            return (phrase.role, phrase.ident)
        return plain

    def _slip_of(self, typed: str, known: str, run_together: bool = False) -> bool:
        """Whether ``typed`` (one edit from ``known``) may be read as ``known``:

        - both words have :data:`_EDIT_MIN_LENGTH` letters or more and start with the same letter;
        - ``typed`` does not end as an inflected English word does (:data:`_INFLECTED`), when
          ``known`` is shorter than :data:`_INFLECTED_MAX_LENGTH` - unless ``typed`` reads as
          two words run together (``run_together``), a reading no likelier than the slip;
        - ``typed`` does not start a position word (``dominan``: left to :meth:`misspelt`, which
          asks);
        - ``known`` is a word of a phrase (or of what a rewrite spells) or a rewrite's key for
          one word ("kettleball"), not a key for a phrase: "extensor" is one letter from
          "extensora" (Portuguese for the leg extension).
        """
        return (
            min(len(typed), len(known)) >= _EDIT_MIN_LENGTH
            and typed[0] == known[0]
            and (run_together or len(known) >= _INFLECTED_MAX_LENGTH or not typed.endswith(_INFLECTED))
            and typed not in self.abbreviates
            and (known in self.phrase_words or len(self._plain(known)) == 1)
        )

    @functools.cached_property
    def _read_as(self) -> dict[tuple[str, str], dict[str, str]]:
        """(head, key) -> the spellings a head's ``after_stance`` list or ``loaded_as`` table
        names, as read ("sit up" is read "seated up"), each -> its value (a head for
        ``loaded_as``): normalised once, not per name."""
        found: dict[tuple[str, str], dict[str, str]] = {}
        for ident, meta in self.heads.items():
            found[ident, "after_stance"] = {" ".join(self._key(x)): "" for x in meta.get("after_stance", ())}
            for key in ("loaded_as", "numbered_as"):
                found[ident, key] = {" ".join(self._key(k)): str(v) for k, v in meta.get(key, {}).items()}
        return found

    @functools.cached_property
    def conjunction_starts(self) -> frozenset[str]:
        """The first words of the conjunction phrases ("and", "&"): a name holding none is one
        run of words (see ``NameIndex._joined_runs``)."""
        return frozenset(key[0] for key, phrase in self.phrases.items() if phrase.role == "conjunction")

    @functools.cached_property
    def free_loads(self) -> frozenset[str]:
        """The equipment that is itself a lift's load (``free_load = true`` in ``data/names.toml``):
        a negative weight logged on a lift named with one is no assisted set (see ``logs.free_load``)."""
        return frozenset(ident for ident in self.equipment_ids if self.mods[ident].get("free_load"))

    @functools.cached_property
    def body_weight_yields_to(self) -> frozenset[str]:
        """The loads body weight yields to (``[equipment.bodyweight]`` ``implied_unless``)."""
        return frozenset(self.mods.get("bodyweight", {}).get("implied_unless", ()))

    @functools.cached_property
    def _said_makes(self) -> dict[str, dict[tuple[str, ...], str]]:
        """Per movement, the position spellings that make it another movement (a head's
        ``position_said``: "supine" makes the hip extension the bridge), each checked to be a
        position's spelling and the movement a head."""
        return self._said_table("position_said", self.heads)

    @functools.cached_property
    def _said_forms(self) -> dict[str, dict[tuple[str, ...], str]]:
        """Per movement, the position spellings that say which of its forms it is, by the
        modifier the form is named with (a head's ``position_said_mod``: a supine leg curl slides
        the heels, the slider's; the prone machine is the lying one)."""
        from .errors import CatalogError

        for ident, meta in self.heads.items():
            for mod, made in meta.get("position_said_with", {}).items():
                if mod not in self.mods or made not in self.heads:
                    raise CatalogError(
                        f"names.toml: {ident!r} position_said_with {mod!r} = {made!r}: a modifier "
                        "and a movement are needed"
                    )
        return self._said_table("position_said_mod", self.mods)

    def _said_table(self, key: str, values: Mapping[str, Any]) -> dict[str, dict[tuple[str, ...], str]]:
        from .errors import CatalogError

        found: dict[str, dict[tuple[str, ...], str]] = {}
        for ident, meta in self.heads.items():
            for spelling, made in meta.get(key, {}).items():
                phrase = self.phrases.get(self._key(str(spelling)))
                if phrase is None or phrase.role != "position" or made not in values:
                    raise CatalogError(
                        f"names.toml: {ident!r} {key} {spelling!r} = {made!r}: a position's spelling "
                        f"and a {'movement' if values is self.heads else 'modifier'} are needed"
                    )
                found.setdefault(ident, {})[self._key(str(spelling))] = str(made)
        return found

    @functools.cached_property
    def qualifying_words(self) -> dict[str, frozenset[str]]:
        """Word -> the lower-body movements it names said before another movement's spelling,
        when the word alone is no phrase ("natural" of "natural glute ham raise": the Nordic;
        "razor" of "razor curl"; "harrop" of "harrop curl"): said outside that spelling it may
        still make the movement named that one, so it is not noise (see ``NameIndex.place``)."""
        found: dict[str, set[str]] = {}
        for key, phrase in self.phrases.items():
            if phrase.role != "head" or self.heads[phrase.ident].get("scope", "lower") != "lower":
                continue
            for cut in range(1, len(key)):
                rest = self.phrases.get(key[cut:])
                if rest is None or rest.role != "head" or rest.ident == phrase.ident:
                    continue
                for word in key[:cut]:
                    if (word,) not in self.phrases and not word.isdigit():
                        found.setdefault(word, set()).add(phrase.ident)
        return {w: frozenset(v) for w, v in found.items()}

    @functools.cached_property
    def phrase_words(self) -> frozenset[str]:
        """The words of the phrases and of what the rewrites spell (not the rewrites' keys)."""
        return frozenset(
            {w for key in self.phrases for w in key} | {w for words in self.rewrite.values() for w in words}
        )

    @functools.cached_property
    def near_words(self) -> _NearWords:
        """The vocabulary's words of :data:`_SWAP_MIN_LENGTH` letters or more, indexed for words
        one edit away (built on the first unknown word: a known name never needs it)."""
        return _NearWords(sorted(w for w in self.vocabulary if w.isalpha()), min_length=_SWAP_MIN_LENGTH)

    def _split(self, word: str) -> tuple[str, ...] | None:
        """``word`` as the words of a phrase written as one, cut only where a phrase's first word
        ends (a dictionary lookup per cut): two words or more ("legcurl", "lyinglegcurls")."""
        for cut in range(3, len(word) - 1) if len(word) >= 6 else ():
            first = self.pair_firsts.get(word[:cut])
            if first is not None:
                rest = word[cut:]
                second = self._plain(rest)
                if len(second) == 1 and self._joins(first, second[0]):
                    return (first, second[0])
                more = self._split(rest)
                if more is not None and self._joins(first, more[0]):
                    return (first, *more)
        return None

    def _joins(self, first: str, second: str) -> bool:
        """Whether ``first second`` may be written as one word (see ``pairs``)."""
        return (first, second) in self.pairs or (first in self.modifier_lasts and second in self.head_starts)

    def segments(self, text: str) -> Segments:
        """The normalised words of each part of a name (parentheses and commas split parts), and
        which parts a join between two names began (see :data:`_JOINED`)."""
        if not text.isascii():
            text = _ascii_fold(text)
        if not text.islower() and _CAMEL_WORD.search(text):
            text = _uncameled(text)
        text = text.lower()
        out = Segments()
        if _PLAIN_TEXT.fullmatch(text) and not _LOAD_UNIT.search(text) and not _JOINED.search(text):
            # (words and single spaces only - most catalog names, spellings and log names: no mark
            # to fold, no load to glue, no part to break, no join; names25: the grammar's tables
            # and the catalog's index read some 10,000 of them in a process's first call)
            words = self._read(text.split())
            if words:
                out.append(words)
            return out
        if "w/" in text:
            text = _WITH.sub(" with ", _WITHOUT.sub(" without ", text))
        if "/" in text:
            for slashed, spaced in self.slashed_names:
                text = text.replace(slashed, spaced)
        text = text.translate(_FOLD)
        if _LOAD_UNIT.search(text):
            text = _LOAD.sub(r"\1kg", text)
        if "." in text:
            text = _DOTTED.sub(_undotted, text)
        joined = ""  # the join since the last part with words
        marked = _DASHED.sub("\x02", _SLASHED.sub("\x03", _JOINED.sub("\x01", text)))
        if "," in marked:
            marked = _COMMA.sub("\x04", marked)
        for part in _BREAKS.split(marked):
            kind = _MARKS.get(part)
            if kind is not None:  # (the strongest of the marks between two parts)
                joined = min(joined or kind, kind, key=list(_MARKS.values()).index)
                continue
            raws = _WORDS.findall(part)
            if not raws:
                continue
            words = self._read(raws)
            if words:
                if joined and out:
                    out.joins[len(out)] = joined
                joined = ""
                out.append(words)
        return out

    def _complex(self, heads: Sequence[tuple[str, int]], seg: list[str], i: int, n: int) -> bool:
        """Whether a range word ("to", "into") said before ``seg[i]`` joins two lower-body
        movements, a complex of two exercises ("Good morning to squat", "Hip thrust into leg curl":
        rv29 V2, names25): the movement before it and the one it opens are both the leg's. Before a
        number it is a range ("Nordic to 90 degrees"), before a target or an effort nothing ("Squat
        to box", "Hip thrust to failure"), before an upper-body or core movement the add-on of the
        lower-body one, as before ("Deadlift to row", "Bridge into curl": the curl from the bridge)."""
        if not heads or i >= n or seg[i][:1].isdigit():
            return False
        after, size = self._match(seg, i, n)
        while (
            after is not None
            and after.role in ("position", "variant", "equipment", "filler")
            and i + size < n
        ):
            i += size  # (the words that qualify the second movement: "Lunge to Romanian deadlift")
            after, size = self._match(seg, i, n)
        lower = ("lower", None)
        return (
            after is not None
            and after.role == "head"
            and self.heads[after.ident].get("scope") in lower
            and self.heads[heads[-1][0]].get("scope") in lower
            and not {after.ident, heads[-1][0]} <= self.build_up_heads
        )

    def _read(self, raws: list[str]) -> list[str]:
        """The normalised words of one part's raw words (each looked up or read once, then read
        in context: see :meth:`_in_context`)."""
        read: list[tuple[str, ...]] = []
        for raw in raws:
            found = self._words.get(raw)
            if found is None:
                found = self._fresh(raw)
                if len(self._words) < _WORD_MEMO_SIZE:  # bounded: odd words cannot grow it forever
                    self._words[raw] = found
            read.append(found)
        if self.vocabulary and any(len(f) == 1 and f[0] not in self.vocabulary for f in read):
            read = self._in_context(raws, read)
        return [w for found in read for w in found]

    @functools.cached_property
    def _partners(self) -> dict[tuple[str, int], frozenset[str]]:
        """(a word, -1 or 1) -> the words that stand right before (-1) or after (1) it in a
        phrase (``pairs``): ("leg", 1) holds "press", "curl", "extension" ..."""
        found: dict[tuple[str, int], set[str]] = {}
        for a, b in self.pairs:
            found.setdefault((a, 1), set()).add(b)
            found.setdefault((b, -1), set()).add(a)
        return {k: frozenset(v) for k, v in found.items()}

    @functools.cached_property
    def _position_pairs(self) -> frozenset[tuple[str, str]]:
        """The neighbouring words of the position phrases ("long lever", "extended leg")."""
        return frozenset(
            pair
            for key, p in self.phrases.items()
            if p.role == "position"
            for pair in itertools.pairwise(key)
        )

    @functools.cached_property
    def _class_pairs(self) -> frozenset[tuple[str, str]]:
        """The neighbouring words of the phrases that decide a class: movements and position
        words ("jump squat", "long lever")."""
        return frozenset(
            pair
            for key, p in self.phrases.items()
            if p.role in ("head", "position")
            for pair in itertools.pairwise(key)
        )

    @functools.cached_property
    def _lower_pairs(self) -> frozenset[tuple[str, str]]:
        """The neighbouring words of the lower-body movements' phrases ("leg press")."""
        return frozenset(
            pair
            for key, p in self.phrases.items()
            if p.role == "head" and self.heads[p.ident].get("scope", "lower") == "lower"
            for pair in itertools.pairwise(key)
        )

    def _phrase_slip(self, seg: Sequence[str], at: int, *, lower_only: bool = False) -> str | None:
        """The word ``seg[at]`` (unknown) may be a slip of: one edit from a word of three letters
        or more that makes a movement or position phrase with the word beside it ("lonh lever":
        "long lever"; "jup squat": "jump squat"; ``lower_only``: a lower-body movement's, "lge
        press": "leg press"), or None."""
        word = seg[at]
        if len(word) < _CONTEXT_MIN_LENGTH - 1 or not word.isalpha():
            return None
        pairs = self._lower_pairs if lower_only else self._class_pairs
        for side, other in ((-1, at - 1), (1, at + 1)):
            if not 0 <= other < len(seg):
                continue
            for known in sorted(self._partners.get((seg[other], -side), ())):
                pair = (seg[other], known) if side == -1 else (known, seg[other])
                if pair in pairs and len(known) >= _CONTEXT_MIN_LENGTH - 1 and _one_edit(word, known):
                    return known
        return None

    def _in_context(self, raws: list[str], read: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
        """``read`` (each raw word's words) with a short word's typing slip read back by its
        neighbour: an unknown word of :data:`_CONTEXT_MIN_LENGTH` letters or more, one edit
        (:func:`_one_edit`, the first letter kept) from exactly one word that makes a phrase with
        the known word beside it ("leg pres": "leg press"; "calf rase", "hip trust", "box jupm").
        Words too short for the slip rules of :meth:`_fresh` (a word of five letters has many
        neighbours in English: "lunge"/"lounge") are read back only where the phrase says which
        word was meant; two such words ("hip aduction": abduction or adduction) leave it unknown,
        and so does a slip in a position phrase ("long levr bridge", "stif leg deadlift": a
        movement phrase overlapping it would leave the word ignored and the class it changes lost
        - asked about instead, see :meth:`misspelt`) or the start of a position word ("extende")."""
        partners = self._partners
        out = list(read)
        for i, (raw, found) in enumerate(zip(raws, read, strict=True)):
            if len(found) != 1 or found[0] in self.vocabulary or not raw.isalpha():
                continue
            # a one-word phrase written as two words ("clam shell", "nord bord", "ham string"): the
            # word it spells with the word before it (review27 R6: "Clam shells" was unknown while
            # "Clamshell" read), as "legcurl" is two words run together (see _fresh)
            if i >= 1 and out[i - 1] == read[i - 1] and raws[i - 1].isalpha():
                whole = self._plain(raws[i - 1] + raw)
                if len(whole) == 1 and whole[0] in self.vocabulary and whole in self.phrases:
                    out[i - 1], out[i] = (), whole
                    continue
            if len(raw) < _CONTEXT_MIN_LENGTH or raw in self.abbreviates:  # "extende": asked about
                continue
            meant: set[str] = set()
            for side, at in ((-1, i - 1), (1, i + 1)):
                if not 0 <= at < len(read) or not read[at]:
                    continue
                beside = read[at][-1] if side == -1 else read[at][0]
                if beside not in self.vocabulary:
                    continue
                for known in partners.get((beside, -side), ()):
                    pair = (beside, known) if side == -1 else (known, beside)
                    if (
                        len(known) >= _CONTEXT_MIN_LENGTH
                        and known[0] == raw[0]
                        and pair not in self._position_pairs
                        and (_one_edit(raw, known) or _one_edit(found[0], known))
                    ):
                        meant.add(known)
            readings = {self._plain(k) for k in meant}
            if len(readings) == 1:
                out[i] = readings.pop()
        return out

    def normalize(self, text: str, memo: dict[str, tuple[str, ...]] | None = None) -> str:
        """The name as one normalised string (lower case, singular, abbreviations spelled out):
        the words of :meth:`segments`, joined (separators never fall inside a word, so the
        parts need not be split). ``memo``: raw word -> its words, unbounded, for a caller
        normalising many names at once (a catalog's index)."""
        if not text.isascii():
            text = _ascii_fold(text)
        if not text.islower() and _CAMEL_WORD.search(text):
            text = _uncameled(text)
        text = text.lower()
        if "w/" in text:
            text = _WITH.sub(" with ", _WITHOUT.sub(" without ", text))
        if "/" in text:
            for slashed, spaced in self.slashed_names:
                text = text.replace(slashed, spaced)
        if "." in text:
            text = _DOTTED.sub(_undotted, text)
        if _FOLDED.search(text):
            text = text.translate(_FOLD)
        if _LOAD_UNIT.search(text):
            text = _LOAD.sub(r"\1kg", text)
        known = self._words
        out: list[str] = []
        odd = False
        for raw in _WORDS.findall(text):
            found = known.get(raw) if memo is None else memo.get(raw) or known.get(raw)
            if found is None:
                found = self._fresh(raw)
                if memo is not None:
                    memo[raw] = found
                elif len(known) < _WORD_MEMO_SIZE:  # bounded: odd words cannot grow it forever
                    known[raw] = found
            out.extend(found)
            if (
                len(found) == 1
                and len(raw) >= _CONTEXT_MIN_LENGTH
                and found[0] not in self.vocabulary
                and raw.isalpha()
                and self.vocabulary
            ):
                odd = True
        if odd:  # a word its neighbour may read back (see _in_context): as the parts are read
            return " ".join(w for seg in self.segments(text) for w in seg)
        return " ".join(out)

    def misspelt(
        self, word: str, *, movements_only: bool = False, named: frozenset[str] = frozenset()
    ) -> str | None:
        """The class-deciding word ``word`` is probably a misspelling or an abbreviation of, or
        None (``movements_only``: only a one-word lower-body movement counts, misspelt;
        ``named``: the words of the movements the name names)."""
        if word in self.sensitive.words:  # a known word outside its phrase: not a misspelling
            return None
        close = (self.movement_words if movements_only else self.sensitive).near(word)
        if len(word) < self.sensitive.min_length:  # "levr": only a word that changes the class -
            # a position word, or another movement's ("squat cean" is a squat clean; "bulgarian
            # split sqats" the split squat; "long levr bridge" straight-knee)
            close = [w for w in close if w in self.position_words or w not in named]
        if close:
            # (said as: the position word it starts, then a word one edit away - "rever" is
            # "reverse" cut short, not "lever"; "seted" is "seated", not "speed")
            cut = None if movements_only else self.abbreviates.get(word)
            return cut or min(close, key=lambda w: not _one_edit(word, w))
        return None if movements_only or word in self.vocabulary else self.abbreviates.get(word)

    # -- parsing ----------------------------------------------------------------------------

    def without_note(self, text: str) -> tuple[str, str]:
        """``text`` without a note naming another exercise (``Nordic (sub: GHR)``: the Nordic),
        and the note (empty when there is none, or when nothing would be left)."""
        folded = _ascii_fold(text) if not text.isascii() else text.casefold()
        if len(folded) != len(text):  # (a letter decomposed into two: cut on the folded text)
            text = folded
        found = self.note.search(folded)
        if found is None:
            return text, ""
        kept = (text[: found.start()] + " " + text[found.end() :]).strip()
        if not _WORDS.search(kept.lower()):
            return text, ""
        return kept, text[found.start() : found.end()].strip(" ,;/|-–—()[]{}")

    def _match(self, seg: list[str], i: int, end: int) -> tuple[_Phrase | None, int]:
        """The longest phrase starting at ``seg[i]`` and ending by ``end`` - or a two-word head
        said in the Romance order, its words swapped around "de" ("extensión de glúteo" is the
        glute extension, "patada de burro" the donkey kick, "curl de pierna" the leg curl)."""
        if i + 2 < end and seg[i + 1] in self.of_words:
            swapped = self.phrases.get((seg[i + 2], seg[i]))
            # (a variant too: "agarre de arranque" is the snatch grip, not the snatch - names25)
            if (
                swapped is not None
                and swapped.role in ("head", "variant")
                and self._match_forward(seg, i, end)[1] < 3
            ):
                return swapped, 3
        return self._match_forward(seg, i, end)

    def _romance_order(self, seg: Sequence[str], at: int, size: int, phrase: _Phrase) -> bool:
        """Whether the head ``phrase`` read at ``seg[at : at + size]`` is said in the Romance
        order, its movement word first: swapped around "de"/"dos" ("extensión de pierna"), or a
        spelling of two words ending on a body part (:attr:`leg_words`) whose words reversed spell
        the same head ("extension leg"; "squat jump" is English either way). Such a reading never
        takes the last word of a head said before it in the English order: "Back extension dos
        piernas" and "Back extension legs" are back extensions on both legs, not leg extensions."""
        said = tuple(seg[at : at + size])
        if size == 3 and said[1] in self.of_words:
            return True
        if size != 2 or said[1] not in self.leg_words:
            return False
        reversed_ = self.phrases.get(said[::-1])
        return reversed_ is not None and reversed_.role == "head" and reversed_.ident == phrase.ident

    def _match_forward(self, seg: list[str], i: int, end: int) -> tuple[_Phrase | None, int]:
        """The longest phrase starting at ``seg[i]`` as written."""
        for size in range(min(self.longest_from.get(seg[i], 0), end - i), 0, -1):
            phrase = self.phrases.get(tuple(seg[i : i + size]))
            if phrase is not None:
                return phrase, size
        return None, 1

    def lone_words(self, seg: Sequence[str]) -> Iterator[str]:
        """The words of ``seg`` that no phrase of two words or more holds (read longest first)."""
        words = list(seg)
        i = 0
        while i < len(words):
            size = self._match(words, i, len(words))[1]
            if size == 1:
                yield words[i]
            i += size

    def is_form(self, word: str) -> bool:
        """Whether ``word`` alone says a form of a movement: a position, variant or equipment word
        ("split", "sumo"), or a movement's spelling that says one ("bulgarian": the split squat
        with the rear foot elevated)."""
        phrase = self.phrases.get((word,))
        return phrase is not None and (
            phrase.role in ("position", "variant", "equipment")
            or (phrase.role == "head" and bool(phrase.implies))
        )

    def _qualifier(self, head: str, spelled: Sequence[str], beside: Iterable[str]) -> bool:
        """Whether ``head`` was said with a spelling that beside another movement (``beside``:
        the lower-body movements named) qualifies it ("bench": its apparatus, beside a movement
        done on a bench - "Hip thrust + bench", not "Deadlift & Bench"; "warm up": the part of
        the session)."""
        if tuple(spelled) not in self.qualifiers.get(head, ()):
            return False
        of = self.qualifier_of.get(head)
        if of is None:
            return True
        near = frozenset(beside)  # (none said in this part: the name's other part decides)
        return not near or not of.isdisjoint(near)

    def stray_qualifier(self, part: ParsedName, named: Iterable[str]) -> bool:
        """Whether ``part``, a part of a name that says only a qualifier ("bench"), names its own
        movement beside the name's movements ``named``: none of them is done on it ("Deadlift -
        bench" is the bench press; "Split squat - bench" the split squat's bench)."""
        others = frozenset(named)
        return bool(part.named) and all(
            h in self.qualifier_of and self.qualifier_of[h].isdisjoint(others) for h in part.named
        )

    def _as_one(
        self,
        first: str,
        spelled: Sequence[str],
        cut: Sequence[tuple[int, int]],
        segs: Sequence[Sequence[str]],
        second_at: tuple[int, int] | None = None,
    ) -> bool:
        """Whether the movement said as ``spelled`` after ``first``, joined to it at ``cut``,
        finishes its rep or session: one exercise (``joined_as_one``: "Clean and press"), when
        joined by :attr:`one_rep_words` only ("and", "&", "+"; "Clean or press", "Clean then
        press", "Clean -> press" are two). ``second_at``: the second movement's segment and first word."""
        if not (
            tuple(spelled) in self.as_one.get(first, ())
            and bool(cut)
            and all(k >= 0 and segs[seg][k] in self.one_rep_words for seg, k in cut)
        ):
            return False
        # ... said bare: only equipment or filler between the join and it ("Dumbbell squat and
        # press", "Squat and dumbbell press"); a word of its own makes it a lift of its own ("Back
        # squat and overhead press", "Front squat and push press", "Squat + OHP": two exercises)
        seg_no, k = cut[-1]
        if second_at is None or second_at[0] != seg_no:
            return second_at is None
        seg = list(segs[seg_no])
        i = k + 1
        while i < second_at[1]:
            phrase, size = self._match(seg, i, second_at[1])
            if phrase is None or phrase.role not in ("equipment", "filler", "conjunction"):
                return False
            i += size
        return True

    def _with_joined(self, seg: list[str]) -> list[str]:
        """``seg`` without an add-on word ("with") that stands between the two halves of one
        movement's spelling, the modifiers said after it moved before the movement: "Bridge with
        walkout" is the bridge walkout (the long-lever bridge), as "Bridge walkout" is, and "Glute
        bridge with heel walkout" the heel bridge walkout - each was the bent-knee bridge, the
        walkout dropped."""
        for k in range(1, len(seg) - 1):
            if seg[k] not in self.add_on_words:
                continue
            m = k + 1  # (past the modifiers said after "with": "with heel walkout")
            while m < len(seg):
                mod, mod_size = self._match(seg, m, len(seg))
                if mod is None or mod.role not in ("position", "variant", "equipment"):
                    break
                m += mod_size
            after, after_size = self._match(seg, m, len(seg)) if m < len(seg) else (None, 0)
            if after is None or after.role != "head":
                continue
            for j in range(k):
                before, size = self._match(seg, j, k)
                if before is None or before.role != "head" or j + size != k:
                    continue
                joined = [*seg[j:k], *seg[m : m + after_size]]
                phrase, whole = self._match(joined, 0, len(joined))
                if phrase is not None and phrase.role == "head" and whole == len(joined):
                    return self._with_joined([*seg[:j], *seg[k + 1 : m], *joined, *seg[m + after_size :]])
        return seg

    def _brackets_joined(self, segs: list[list[str]]) -> list[list[str]]:
        """``segs`` with a bracketed part that completes the movement named before it joined to
        it: "Skipping (Rope)" is rope skipping (the jump rope, British "skipping"; it was the A-skip
        running drill), as the apps' "Name (Kind)" spells a catalog name ("Curl (Leg)") - only
        when the part is one phrase and, before or after the movement's words, makes one longer
        movement of the grammar, not an apparatus's name ("hyperextension bench"), and is no
        tool ("Weighted lunge with swing (kettlebell)" stays the lunge: a tool never picks the
        movement)."""
        joins = getattr(segs, "joins", {})
        out: list[list[str]] = [list(segs[0])]
        kept: dict[int, str] = {}
        for no in range(1, len(segs)):
            seg, prev = segs[no], out[-1]
            part, size = self._match(seg, 0, len(seg))
            merged = None
            if (
                no not in joins
                and part is not None
                and size == len(seg)
                and part.role not in ("filler", "equipment")  # ("Lunge with swing (kettlebell)": a tool)
            ):
                for j in range(len(prev)):
                    tail, tail_size = self._match(prev, j, len(prev))
                    if tail is None or tail.role != "head" or j + tail_size != len(prev):
                        continue
                    for joined in ([*seg, *prev[j:]], [*prev[j:], *seg]):
                        phrase, whole = self._match(joined, 0, len(joined))
                        if (
                            phrase is not None
                            and phrase.role == "head"
                            and whole == len(joined)
                            and phrase.implies not in self.equipment_ids
                        ):  # (not an apparatus's name: "Reverse hyperextension (Bench)" is on a bench)
                            merged = [*prev[:j], *joined]
                            break
                    if merged is not None:
                        break
            if merged is not None:
                out[-1] = merged
                continue
            if no in joins:
                kept[len(out)] = joins[no]
            out.append(list(seg))
        return segs if len(out) == len(segs) else Segments(out, kept)

    def _added_on(
        self,
        heads: Sequence[tuple[str, int]],
        spans: Mapping[int, tuple[int, int, int]],
        add_on_at: Sequence[tuple[int, int]],
        joined_at: Sequence[tuple[int, int]],
        unknown_at: Mapping[tuple[int, int], str],
        spelled: Mapping[int, Sequence[str]],
    ) -> list[int]:
        """The orders of the lower-body movements said after an add-on word ("with") that follows
        another movement in the same part of the name, with no join or unknown word between, and
        that do not outrank it: "Glute bridge with abduction" is the bridge, the abduction done
        within its rep ("Glute bridge with hamstring curl" stays the leg curl, its ``with_head``: a
        curl from a bridge; "Squat with jump" the jump, which outranks the squat)."""
        added = []
        for ident, at in heads:
            needs = self.heads[ident].get("requires", ())
            if self.heads[ident].get("scope", "lower") != "lower" or set(spelled.get(at, ())) & set(needs):
                # (a movement named whole with the tool it needs is an exercise of its own:
                # "Lunge with kettlebell swing" is the swing, "Lunge with swing" the lunge)
                continue
            seg_no, start, _ = spans[at]
            for a_seg, k in add_on_at:
                if a_seg != seg_no or k >= start:
                    continue
                firsts = [
                    (other, o_at) for other, o_at in heads if spans[o_at][0] == seg_no and spans[o_at][2] <= k
                ]
                between = range(k + 1, start)
                if (
                    firsts
                    and not any((seg_no, j) in unknown_at for j in between)
                    and not any(j_seg == seg_no and k < j < start for j_seg, j in joined_at)
                    and not any(spans[o][0] == seg_no and k < spans[o][1] < start for _, o in heads)
                    and all(
                        self.heads[ident].get("priority", 1) <= self.heads[other].get("priority", 1)
                        and self.heads[other].get("scope", "lower") == "lower"
                        and other not in self.heads[ident].get("with_head", {})
                        for other, _ in firsts[-1:]
                    )
                ):
                    added.append(at)
                    break
        return added

    def _stranded(
        self,
        segs: Sequence[Sequence[str]],
        spans: Mapping[int, tuple[int, int, int]],
        joined_at: Sequence[tuple[int, int]],
        kinds_at: Sequence[tuple[tuple[int, int], str]],
        spelled: Mapping[int, Sequence[str]],
    ) -> str | None:
        """Why the name is two exercises, or None: a conjunction parts words that change a
        movement's class or name another form of it (:attr:`forms`) and name none from a movement
        said right after it (or after words that qualify it: "Single leg + RDL")
        ("Side slides + Squats": the slide is an exercise of its own, not the squat's - it was
        the lateral lunge on a slider; "Squats + side slides" too). Said before a form of the
        movement, the words are a choice or a list of forms ("Paused and tempo squat", "Sumo or
        conventional deadlift")."""
        starts = {(seg_no, start): at for at, (seg_no, start, _) in spans.items() if at in spelled}
        for seg_no, k in joined_at:
            if k < 0:
                continue
            seg = segs[seg_no]
            size = self._match(list(seg), k, len(seg))[1]
            after = starts.get((seg_no, k + size))
            # (... or the first movement after the join and the words that qualify it: "Single
            # leg + RDL" holds "romanian" before the deadlift, "Front and back squat" "back")
            upto = min((j for s_no, j in joined_at if s_no == seg_no and j > k), default=len(seg))
            later = [start for s_no, start in starts if s_no == seg_no and k + size < start < upto]
            qualified = starts[seg_no, min(later)] if after is None and later else None
            if after is None and qualified is None:
                # ... or after a movement, position words naming none ("Squats + side slides")
                end = min((j for s_no, j in joined_at if s_no == seg_no and j > k), default=len(seg))
                before = [at for (s_no, start), at in starts.items() if s_no == seg_no and start < k]
                stranded = {kind for (s_no, j), kind in kinds_at if s_no == seg_no and k < j < end}
                # (... but the ways a stepping movement goes, said alone after it, are that movement
                # stepping each way in one set: "Lunge and reverse", "Lunge forward and back" are
                # one lunge, as "Forward and reverse lunge" is - `both_ways_of`)
                movement = self.phrases.get(tuple(spelled[max(before)])) if before else None
                ways = {kind: self.positions.get(kind, self.mods.get(kind, {})) for kind in stranded}
                both_ways = (
                    movement is not None
                    and seg[k] in self.one_rep_words
                    and self._only_modifiers(seg, k + size, end)
                    and all(movement.ident in meta.get("both_ways_of", ()) for meta in ways.values())
                )
                if (
                    before
                    and not both_ways
                    and not any(s_no == seg_no and k < start < end for s_no, start in starts)
                    and stranded & self.forms
                ):
                    first = " ".join(spelled[max(before)])
                    second = " ".join(seg[k + size : end])
                    return _two_named(first, second, seg[k] == "or")
                continue
            begin = max((j + 1 for s_no, j in joined_at if s_no == seg_no and j < k), default=0)
            if any(
                s_no == seg_no and begin <= start < k
                for s_no, start, _ in spans.values()
                if (s_no, start) in starts
            ):
                continue  # a movement named before the join: see the joined movements above
            said = {kind for (s_no, j), kind in kinds_at if s_no == seg_no and begin <= j < k}
            if not said & self.forms:
                continue
            # (the ways a stepping movement goes, before it: "Lateral and reverse lunge" is one lunge
            # stepping both ways, as "Lunge and reverse" is)
            named = self.phrases.get(tuple(spelled[after if after is not None else qualified or 0]))
            if (
                named is not None
                and seg[k] in self.one_rep_words
                and self._only_modifiers(seg, begin, k)
                and all(
                    named.ident in self.positions.get(kind, self.mods.get(kind, {})).get("both_ways_of", ())
                    for kind in said
                )
            ):
                continue
            first = " ".join(seg[begin:k])
            second = " ".join(spelled[after]) if after is not None else " ".join(seg[k + size : upto])
            return _two_named(first, second, seg[k] == "or")
        return None

    def _leg_qualifier(
        self, said: set[str], positions: set[str], out_heads: Sequence[tuple[str, int]]
    ) -> str:
        """The word of :attr:`lower_qualifiers` (a body-part cue or a position) said with
        out-of-scope movements that all take one (``leg_word_asks``: a press, a pull), or ``""``."""
        if not out_heads or not all(self.heads[h].get("leg_word_asks") for h, _ in out_heads):
            return ""
        for kind, found in (("cue", said), ("position", positions)):
            hit = sorted(self.lower_qualifiers.get(kind, frozenset()) & found)
            if hit:
                return hit[0].replace("_", " ")
        return ""

    def _held_object(self, variant: str, chunk: Sequence[str], seg: Sequence[str], after: int) -> int:
        """The index of what the variant word ``chunk`` (ending before ``seg[after]``) holds, said
        as a verb: a word of the variant's ``verb_objects`` right after it, past its
        ``verb_skips`` ("hold [the] bar", "holds ankles"; not "hold at the bottom", "hold 30 s"),
        or -1."""
        meta = self.mods.get(variant, {})
        if tuple(chunk) not in {self._key(v) for v in meta.get("verb", ())}:
            return -1
        skips = frozenset(meta.get("verb_skips", ()))
        k = after
        while k < len(seg) and seg[k] in skips:
            k += 1
        return k if k < len(seg) and seg[k] in frozenset(meta.get("verb_objects", ())) else -1

    def _only_modifiers(self, seg: Sequence[str], start: int, end: int) -> bool:
        """Whether ``seg[start:end]`` is position, variant and filler words only ("reverse", not
        "lateral shuffle": a word the grammar does not know may name a drill of its own)."""
        i = start
        while i < end:
            phrase, size = self._match(list(seg), i, end)
            if phrase is None or phrase.role not in ("position", "variant", "filler"):
                return False
            i += size
        return True

    @staticmethod
    def _said_apart(
        kinds_at: Sequence[tuple[tuple[int, int], str]],
        joins: Sequence[tuple[int, int]],
        cut: tuple[int, int],
    ) -> tuple[list[str], list[str]]:
        """The position and variant words (ids, sorted) of the two names a join at ``cut`` parts:
        two names of one movement that say different ones are two exercises ("Deadlift + RDL":
        plain and Romanian; "Front squat / back squat"). Each name runs from the join before it
        to the join after it (``joins``)."""
        before = max((at for at in joins if at < cut), default=(-1, -1))
        after = min((at for at in joins if at > cut), default=(1 << 30, 0))
        first = sorted({kind for at, kind in kinds_at if before <= at < cut})
        second = sorted({kind for at, kind in kinds_at if cut <= at < after})
        return first, second

    def parse(self, text: str, segments: list[list[str]] | None = None) -> ParsedName:
        """Read a name into its head, position words, modifiers and cues (``segments``: the
        name's :meth:`segments`, when the caller has them already)."""
        heads: list[tuple[str, int]] = []
        weak: dict[int, str] = {}  # the orders of heads said with a weak spelling -> how weak
        numbered: set[int] = set()  # ... and with a spelling that needs a number and has none
        spelled: dict[int, list[str]] = {}  # ... and the words each head was said with
        positions: set[str] = set()
        mods: set[str] = set()
        equipment: set[str] = set()
        unknown: list[str] = []
        words: list[str] = []
        base: list[str] = []
        cues = {"lower": False, "upper": False}
        said: set[str] = set()  # the cue words said ("femoral" of "curl femoral")
        said_cues: set[str] = set()  # ... and the cue phrases ("hip flexor")
        order = 0
        unknown_at: dict[tuple[int, int], str] = {}  # (segment, index) -> an unknown word
        spans: dict[int, tuple[int, int, int]] = {}  # a head's order -> (segment, start, end)
        # (segment, index) of lower-body cue and filler words ("con piernas"): see ``beside``
        body_at: set[tuple[int, int]] = set()
        joined_at: list[tuple[int, int]] = []  # (segment, index) of the conjunctions ("and", "&")
        add_on_at: list[tuple[int, int]] = []  # ... and of the add-on words ("with")
        # (segment, index) of each position or variant word, and its id: what each of two joined
        # names of one movement says ("Deadlift + RDL" are two exercises, "A-skip + B-skip" one)
        kinds_at: list[tuple[tuple[int, int], str]] = []
        tools_at: list[tuple[tuple[int, int], str]] = []  # ... and each equipment word's
        negated: list[str] = []  # the modifier phrases negated ("no band"): not applied
        refused: set[str] = set()  # ... and the equipment among them ("no machine"): done without
        positional_at: set[int] = set()  # the orders of movements said before "position"
        negated_at: set[int] = set()  # ... and the orders of the movements said right after a negation
        position_spelled: set[tuple[str, ...]] = set()  # the position phrases said, as said
        implied: set[str] = set()  # the modifiers only a movement's spelling said ("hip hinge")
        outright: set[str] = set()  # ... and those a word of their own said
        segs = self.segments(text) if segments is None else segments
        if not all(self.add_on_words.isdisjoint(seg) for seg in segs):
            segs = Segments([self._with_joined(seg) for seg in segs], getattr(segs, "joins", None))
        if len(segs) > 1:
            segs = self._brackets_joined(segs)
        for seg_no, seg in enumerate(segs):
            words.extend(seg)
            demoted = False
            # a negation said, until a movement, a body part or an unknown word: the position,
            # variant and equipment words after it are not applied ("without the band")
            negating = False
            cue_word = None  # a one-word lower cue that only modifiers have followed since
            i, n = 0, len(seg)
            while i < n:
                phrase, size = self._match(seg, i, n)
                if phrase is not None and size > 1:
                    # a movement that starts inside this phrase and runs past it wins (single |
                    # leg extension, not single leg | extension; seated | hamstring curl, not
                    # the stretch 'seated hamstring' | curl)
                    # ... unless the phrase after this one runs further still ("squat rack | pull
                    # up" is a pull-up in a rack, not a rack pull)
                    after = i + size + (self._match(seg, i + size, n)[1] if i + size < n else 0)
                    for j in range(i + 1, i + size):
                        inner, inner_size = self._match(seg, j, n)
                        if (
                            inner is not None
                            and inner.role == "head"
                            and j + inner_size > i + size
                            and j + inner_size >= after
                            and (
                                phrase.role != "head"
                                or (
                                    self.heads[inner.ident].get("scope", "lower") == "lower"
                                    and not self._romance_order(seg, j, inner_size, inner)
                                )
                            )
                        ):
                            phrase, size = self._match(seg, i, j)
                            break
                number = seg[i] if seg[i].isdigit() else self.digits_of.get(seg[i], "")
                if number and seg[i + 1 : i + 2] == [self.angle_word] and (phrase is None or size == 1):
                    # an angle no position spells ("30 degree back extension", "Hyperextension 30
                    # degrees"): the apparatus's setting, a variation kept and shown, not an
                    # ignored word ("1 degree": the "1" read "one" as in "1 leg RDL")
                    mods.add(f"{int(number)} {self.angle_word}")
                    base.extend(seg[i : i + 2])
                    cue_word = None
                    i += 2
                    continue
                if phrase is None:
                    unknown.append(seg[i])
                    unknown_at[seg_no, i] = seg[i]
                    cue_word = None
                    negating = False
                    i += 1
                    continue
                chunk = seg[i : i + size]
                spans[order + 1] = (seg_no, i, i + size)
                i += size
                order += 1
                role = phrase.role
                if role == "variant" and size == 1 and i < n and chunk[0] in self.abbreviates:
                    # a variant's word that also starts a position word, said right before a movement
                    # that position word qualifies in a spelling ("Rom DL", "rom deadlift": Romanian,
                    # not a deadlift's range of motion; rv24 R8) is that position word - unless a
                    # word of its own kind or filler goes before it ("Full ROM deadlift", "Partial
                    # ROM deadlift": the range)
                    full = self.abbreviates[chunk[0]]
                    as_position = self.phrases.get((full,))
                    before = self.phrases.get((seg[i - 2],)) if i >= 2 else None
                    if (
                        as_position is not None
                        and (before is None or before.role not in ("filler", "variant"))
                        and as_position.role == "position"
                        and (full, seg[i]) in self.pairs
                        and (nxt := self._match(seg, i, n)[0]) is not None
                        and nxt.role == "head"
                    ):
                        phrase, role, chunk = as_position, "position", [full]
                if chunk[0] in self.add_on_words and role != "head":  # "with", "with band"
                    add_on_at.append((seg_no, i - size))
                if role == "head" and size == 1 and cue_word is not None:
                    # a two-word movement split by modifiers: "leg wide press" is a leg press
                    joined = self.phrases.get((cue_word, chunk[0]))
                    if (
                        joined is not None
                        and joined.role == "head"
                        and (self.heads[joined.ident].get("scope", "lower") == "lower")
                    ):
                        phrase, chunk = joined, [cue_word, chunk[0]]
                cue_word = (
                    chunk[0]
                    if role == "cue" and phrase.ident == "lower" and size == 1
                    else (cue_word if role in ("variant", "equipment", "filler") else None)
                )
                if role == "negation":
                    following = self._match(seg, i, n)[0] if i < n else None
                    on = self.negation_on_before.get(tuple(chunk), frozenset())
                    if (
                        following is not None
                        and following.role == "equipment"
                        and following.ident in on
                        and not _written(text).isdisjoint(self.negation_on_with.get(tuple(chunk), ()))
                    ):  # (the name's words as written: which language it is in)
                        demoted = True  # Portuguese "no smith": on the Smith machine
                    else:
                        negating = True
                    continue
                if negating and role == "head":
                    negated_at.add(order)  # ("no bench": no apparatus of a qualifier's, see below)
                    negated_head = self.heads[phrase.ident]
                    tool = negated_head.get("qualifier_tool")
                    # ... and that apparatus refused ("Hip thrust (no bench)"), when the words are the
                    # tool's ("bench"), not the movement's ("not bench press": another lift, a note)
                    if tool and " ".join(chunk) in negated_head.get("qualifier", ()):
                        refused.add(str(tool))
                # a tool with a negation after it: "machine-free", "GHD free" (``negations_after``)
                after_negated = role == "equipment" and i < n and seg[i] in self.negations_after
                if after_negated:
                    i += 1
                if (negating or after_negated) and role in ("position", "variant", "equipment"):
                    negated.append(" ".join(chunk))
                    if role == "equipment":
                        refused.add(phrase.ident)
                    instead = self.mods.get(phrase.ident, {}).get("negated")
                    if instead:  # "no weight": body weight
                        mods.add(str(instead))
                        if instead in self.equipment_ids:
                            equipment.add(str(instead))
                    continue
                if role not in ("filler", "conjunction"):
                    negating = False
                if role == "connector":
                    demoted = True
                elif role == "conjunction":
                    if seg[i - size] not in self.range_words or self._complex(heads, seg, i, n):
                        joined_at.append((seg_no, i - size))
                elif role == "head":
                    if i < n and seg[i] in self.position_nouns:
                        positional_at.add(order)  # "squat position": see below
                    if demoted:
                        mods.add("on " + phrase.ident)
                    else:
                        heads.append((phrase.ident, order))
                        base.extend(chunk)
                        if phrase.weak:
                            weak[order] = phrase.weak
                        if phrase.numbered and not any(
                            w[:1].isdigit() for w in seg[max(i - size - 1, 0) : i - size] + seg[i : i + 1]
                        ):  # "flying 30s", "20m flying": the number stands next to it
                            numbered.add(order)
                        spelled[order] = chunk
                        if phrase.implies and phrase.implies not in self.equipment_ids:
                            kinds_at.append(((seg_no, i - size), phrase.implies))
                        if phrase.implies in self.positions:
                            positions.add(phrase.implies)
                        elif phrase.implies:
                            mods.add(phrase.implies)
                            implied.add(phrase.implies)
                            if phrase.implies in self.equipment_ids:
                                equipment.add(phrase.implies)
                elif role == "position":
                    positions.add(phrase.ident)
                    position_spelled.add(self.translated_as.get(tuple(chunk), tuple(chunk)))
                    base.extend(chunk)
                    kinds_at.append(((seg_no, i - size), phrase.ident))
                elif role == "variant" and (held := self._held_object(phrase.ident, chunk, seg, i)) >= 0:
                    # the verb with an object ("hold DB in opposite hand", "partner holds ankles",
                    # "hold the bar close"): a grip or a setup, not the isometric variant
                    # (review27 R23: the lift's reps and tempo were exempt from the rehab checks);
                    # an object the grammar has no phrase for is read with it ("hold the rail")
                    demoted = False
                    if self._match(seg, held, n)[0] is None:
                        i = held + 1
                elif role == "variant":
                    # (a variant after a connector is its object, as a tool is: "Feet on box
                    # hamstring bridge" is the bridge with the feet on a box, the bridge no apparatus)
                    demoted = False
                    mods.add(phrase.ident)
                    base.extend(chunk)
                    kinds_at.append(((seg_no, i - size), phrase.ident))
                    cue = self.mods[phrase.ident].get("cue")
                    if cue:  # a grip names the hands, a sumo stance the legs
                        cues[cue] = True
                elif role == "equipment":
                    mods.add(phrase.ident)
                    equipment.add(phrase.ident)
                    outright.add(phrase.ident)
                    tools_at.append(((seg_no, i - size), phrase.ident))
                    demoted = False  # the connector's object: "on the wall | calf raise"
                elif role == "cue":
                    cues[phrase.ident] = True
                    said.update(chunk)
                    said_cues.add(" ".join(chunk))
                    if phrase.ident == "lower":
                        body_at.update((seg_no, k) for k in range(i - size, i))
                elif role == "filler":
                    body_at.update((seg_no, k) for k in range(i - size, i))
        # a movement said before "position" beside another movement names the body's position in
        # that one, not a movement ("Lateral band walk (squat position)": the walk, knees bent -
        # it was the lateral lunge); alone it is the movement, held there ("Squat position hold")
        if positional_at and any(at not in positional_at for _, at in heads):
            for ident, at in [h for h in heads if h[1] in positional_at]:
                heads.remove((ident, at))
                mods.add("on " + ident)
        # a spelling that said right before a lower-body movement tells how that movement is done
        # (``manner``: "Walking toe touches", "Walking RDL": the drill done walking, rv25 R5 - it
        # was the walk, out of scope) is that modifier, not a movement of its own; after it, or
        # alone, it stays the movement ("Nordic walking", "Walk")
        for n, (ident, at) in enumerate(heads):
            manner = self.heads[ident].get("manner", {}).get(" ".join(spelled.get(at, ())))
            if manner is None or n + 1 == len(heads):
                continue
            then, then_at = heads[n + 1]
            (seg_no, _, end), (then_seg, then_start, _) = spans[at], spans[then_at]
            if (
                then_seg == seg_no
                and self.heads[then].get("scope", "lower") == "lower"
                and not any((seg_no, k) in unknown_at for k in range(end, then_start))
                and not any(j_seg == seg_no and end <= k < then_start for j_seg, k in joined_at)
            ):
                heads.remove((ident, at))
                mods.add(str(manner))
                break
        # a joint's action said with an angle ("30 degrees knee flexion", "knee flexion at 90
        # degrees") beside another movement is the position that movement is held in, not a
        # movement of its own (``angle``: "Isometric bridge 30 degrees knee flexion" is the bridge
        # hold, rv25 R7 - it was the leg curl's hold, on a slider nobody named): the angle is
        # reported as a description the grammar does not place
        angled = False  # the name's one movement is a joint's action said with an angle
        for ident, at in list(heads):
            said_as = " ".join(spelled.get(at, ()))
            if said_as not in self.heads[ident].get("angle", ()):
                continue
            seg_no, start, end = spans[at]
            seg = segs[seg_no]
            angle = _angle_before(seg, start) or _angle_after(seg, end)
            if angle is None:
                continue
            if len(heads) < 2:
                angled = True
                continue
            heads.remove((ident, at))
            number, first, last = angle
            as_position = self.phrases.get((number, "degree"))
            if as_position is not None and as_position.role == "position":  # "90 degree": deg90
                positions.discard(as_position.ident)
            for k in (first, first + 1):
                if unknown_at.pop((seg_no, k), None) is not None:
                    unknown.remove(seg[k])
            unknown.append(" ".join(seg[min(first, start) : max(last, end)]))
        # a modifier a spelling implies yields to a load said outright: "Barbell hip hinge" is loaded
        for mod in implied - outright:
            if equipment.intersection(self.mods.get(mod, {}).get("implied_unless", ())):
                mods.discard(mod)
                equipment.discard(mod)
        # a head said with a loading tool it never takes names another movement: "Seated
        # hamstring machine" is the seated leg curl, not the stretch "seated hamstring"
        # (but said with the word its stretch reading requires it is the stretch, whatever the tool:
        # "Standing hamstring and calf stretch (machine)")
        for n, (ident, at) in enumerate(heads):
            if set(words).intersection(self.heads[ident].get("requires", ())):
                continue
            if "loaded_as" in self.heads[ident] and equipment.intersection(self.heads[ident]["loaded_with"]):
                other = self._read_as[ident, "loaded_as"].get(" ".join(spelled.get(at, ())))
                # (not when a tool said makes that movement this one again: a back extension said
                # with a machine and a ball is the ball's, no lumbar machine - and an arm cue then
                # kept it out of scope: "Machine exercise ball back extension with arms extended")
                back = self.heads[other] if other is not None else {}
                if back.get("lower_as") == ident and equipment & set(back.get("lower_if", ())):
                    other = None
                if other is not None:  # (and the position words inside it: "seated")
                    heads[n] = (other, at)
                    said_words = spelled[at]
                    for start, end in itertools.combinations(range(len(said_words) + 1), 2):
                        inner = self.phrases.get(tuple(said_words[start:end]))
                        if inner is not None and inner.role == "position" and end - start < len(said_words):
                            positions.add(inner.ident)
        # a spelling that with a distance or a time beside it, or said with one of the movements
        # its head lists, names another movement (``numbered_as``): "Fly 10s", "10m fly", "Fly
        # sprints" are the flying sprint - not said with a tool or an upper-body cue ("Cable fly
        # 30s", "Chest fly 10s" stay the chest fly)
        for n, (ident, at) in enumerate(heads):
            other = self._read_as[ident, "numbered_as"].get(" ".join(spelled.get(at, ())))
            if other is None or equipment or cues["upper"]:
                continue
            seg_no, start, end = spans[at]
            seg = segs[seg_no]
            with_heads = set(self.heads[ident].get("numbered_with", ()))
            if _distance_beside(seg, start, end) or any(h in with_heads for h, a in heads if a != at):
                heads[n] = (other, at)
        if numbered:
            heads = [h for h in heads if h[1] not in numbered]  # "flying dutchman #2": no sprint
        for at in self._added_on(heads, spans, add_on_at, joined_at, unknown_at, spelled):
            weak.setdefault(at, "lower")
        lower_heads = []
        out_heads = []
        doubt = ""  # why an out head may be a lower-body one after all
        cues_said_lower = cues["lower"]
        cues["lower"] = cues["lower"] or any(
            self.heads[h].get("scope", "lower") == "lower" and not self.heads[h].get("needs_lower_cue")
            for h, _ in heads
        )
        for ident, at in heads:
            meta = self.heads[ident]
            needs = meta.get("requires")
            if needs and not set(spelled[at]).intersection(needs):
                if not (mods.intersection(needs) or set(words).intersection(needs)):
                    continue
                # a head that only a modifier elsewhere makes a movement ("kb ... swing") never
                # outranks a movement named outright: which head wins must not depend on an
                # equipment word ("kb weighted lunge with swing" is the lunge "lunge with swing" is)
                weak.setdefault(at, "lower")
            if meta.get("scope", "lower") == "out":
                # said only with a position or a variant ("lying curls"), and no other movement
                # ("prone hammer curl" is the arm's) ...
                # (equipment said with either movement - a band - neither makes it the leg's nor
                # keeps it the arm's: "band prone curl" is the prone curl, "band curl" the bare curl)
                said_mods = mods - set(meta.get("either", ()))
                # (... or said in a position only the leg's movement takes with its one word, the
                # leg said, or a machine said in it: "Single-leg seated curl", "Standing curl
                # (single leg)", "Seated curl machine" - rv29 V4, they were the arm's)
                bare_at = {*meta.get("lower_if_bare", ()), *meta.get("lower_if_alone", ())}
                if "leg" in words:
                    bare_at.update(meta.get("lower_if_leg_said", ()))
                # (... not beside a word the grammar does not know or an add-on word: "Seated W
                # Curl", its W read as "w/", is the W-bar's - wger, FitNotes)
                if (unknown or self.add_on_words.intersection(words)) and not positions <= set(
                    meta.get("lower_if_bare", ())
                ):
                    bare_at = set(meta.get("lower_if_bare", ()))
                bare_with = set(meta.get("lower_with", ()))
                bare = bool(
                    (positions or said_mods)
                    and len(heads) == 1
                    and positions <= bare_at
                    and said_mods <= bare_with
                )
                # ... a machine said in that position may be either's (FitNotes' "Seated Machine
                # Curl" is the arm's machine, the gyms' "Seated curl machine" the leg's): asked
                asks = set(meta.get("asks_with_position", ()))
                if (
                    not bare
                    and positions
                    and len(heads) == 1
                    and positions <= bare_at
                    and said_mods & asks
                    and said_mods <= bare_with | asks
                    and not cues["upper"]
                ):
                    lower_name = str(meta.get("lower_as", ident)).replace("_", " ")
                    doubt = doubt or (
                        f"{' and '.join(sorted(said_mods & asks))!r} leaves it open whether the "
                        f"{' '.join(words)!r} is the arm's or a {lower_name}"
                    )
                # ... nor a word the grammar does not know, which may say it is the arm's
                # ("angled prone curl", on an incline bench): then it is unknown, not a guess
                odd = [w for w in unknown if w.isalpha() and len(w) >= 3] if bare else []
                if odd and not cues["upper"]:
                    bare = False
                    doubt = doubt or (
                        f"{odd[0]!r} leaves it open whether the {' '.join(words)!r} is a "
                        f"{meta.get('lower_as', ident).replace('_', ' ')}"
                    )
                # equipment that makes it the leg's (a ball, sliders) does so only in the leg
                # movement's own position: "swiss-ball seated curl" is the arm's
                by_mods = bool(mods.intersection(meta.get("lower_if", ()))) and (
                    "lower_if_bare" not in meta or positions <= set(meta["lower_if_bare"])
                )
                # ... and never beside a word of the upper-body movement's own position (a hip
                # raise hanging or lying is the core one, a weight held in the feet: rv29 V9)
                by_mods = by_mods and not set(words).intersection(meta.get("lower_if_not_said", ()))
                # an upper-body word (tricep, arm ...) keeps an out head out: "cable triceps kickback"
                # (said with a bridge and no tool of the arm's: "Glute bridge dumbbell curl" stays two)
                with_head = any(h in meta.get("lower_if_head", ()) for h, _ in heads) and equipment <= {
                    *meta.get("lower_if", ()),
                    *meta.get("either", ()),
                }
                # (... or a position said in the spelling that makes it the leg's: "Prone straight
                # leg raise" is the prone hip extension, "Lying leg raise" the core drill)
                by_spelling = any(self._key(k) in position_spelled for k in meta.get("lower_if_spelled", ()))
                # ... or a lower-body cue inside the head's own spelling, where a cue word said
                # apart would make it the leg's ("Glute kick with band" as "Glute kickback band";
                # names25: "Patada de glúteo con banda", the glute's kick, was out of scope)
                by_spelling = by_spelling or bool(
                    meta.get("lower_if_cue") and self.leg_words.intersection(spelled.get(at, ()))
                )
                if not cues["upper"] and (
                    (meta.get("lower_if_cue") and cues["lower"])
                    or with_head
                    or said.intersection(meta.get("lower_if_said", ()))
                    or positions.intersection(meta.get("lower_if", ()))
                    or by_mods
                    or bare
                    or by_spelling
                ):  # the lower-body movement it then names ("lower_as"), else its own
                    lower_heads.append((_lower_as(meta, said) or ident, at))
                    if not (
                        (meta.get("lower_if_cue") and cues["lower"])
                        or by_spelling
                        or with_head
                        or said.intersection(meta.get("lower_if_said", ()))
                        or positions.intersection(meta.get("lower_if", ()))
                        or positions.intersection(meta.get("lower_if_bare", ()))
                    ):  # lower only through a modifier ("ball ... curl"): as the swing above
                        weak.setdefault(at, "lower")
                else:
                    out_heads.append((ident, at))
            elif (
                meta.get("needs_lower_cue")
                and not cues["lower"]
                and not positions.intersection(meta.get("leg_positions", ()))
                and not any(
                    self.leg_words.intersection(spelled.get(a, ()))
                    for h, a in heads
                    if h in meta.get("leg_heads", ())
                )
            ):  # a stretch of no leg said: its own position ("straight leg") or movement ("leg
                # raise") would say the leg ("Passive straight leg raise stretch", rv25 R5)
                out_heads.append((ident, at))
            elif (
                "other_if_said" in meta
                and (
                    said_cues.intersection(meta["other_if_said"])
                    or any(
                        h in meta.get("other_if_head", ())
                        and not set(spelled.get(h_at, ())).intersection(meta.get("unless_said", ()))
                        for h, h_at in heads
                    )
                )
                and not said_cues.intersection(meta.get("unless_said", ()))
            ):  # a stretch of another muscle ("foam roll quads"): that muscle's, not this one
                # (... or of another joint's action: "Dorsiflexion stretch" stretches the calf)
                out_heads.append((meta["other_as"], at))
            elif set(words).intersection(meta.get("dynamic_if_said", ())):
                # a stretch swung, kicked, walked or glided ("Leg swings", "Sciatic nerve floss",
                # "Dynamic hamstring stretch"): a dynamic drill, no static end-range hold (rv29 V3)
                out_heads.append((meta["dynamic_as"], at))
            else:
                lower_heads.append((ident, at))
        # an upper-body movement said right after a lower-body one names the movement, the lower
        # one its stance ("Squat row": a row from a squat; "band squat row"), as the last of two
        # lower-body movements does ("leg press calf raise")
        for ident, at in out_heads:
            if " ".join(spelled.get(at, ())) in self._read_as[ident, "after_stance"]:
                seg_no, start, _ = spans[at]
                lower_heads = [h for h in lower_heads if spans[h[1]][0] != seg_no or spans[h[1]][2] != start]
        kept = lower_heads
        # (a weak head is its own name, and yields to none, when a join parts it from every other
        # movement named: "RDL + Nordic", "RDL / Nordic")
        # (not a comma's part: "Hip thrust, foam roller" is read as before, see NameIndex._parted)
        apart_at = [
            *joined_at,
            *((seg_no, -1) for seg_no, kind in getattr(segs, "joins", {}).items() if kind != "comma"),
        ]
        named_at = [at for _, at in heads]

        def parted(a: int, b: int) -> bool:
            (seg_a, _, end_a), (seg_b, start_b, _) = spans[min(a, b)], spans[max(a, b)]
            return any((seg_a, end_a) <= at < (seg_b, start_b) for at in apart_at)

        weak = {
            at: how
            for at, how in weak.items()
            if len(named_at) < 2 or not all(parted(at, other) for other in named_at if other != at)
        }
        if any(at not in weak for _, at in lower_heads):
            # (a weak head said with the movements it is strong with keeps its place: "Nordic leg
            # curl" is the Nordic)
            strong_heads = {h for h, at in lower_heads if at not in weak}
            kept = [
                h
                for h in lower_heads
                if h[1] not in weak or strong_heads <= set(self.heads[h[0]].get("strong_with", ()))
            ]
        elif any(at not in weak and not self.heads[h].get("setting") for h, at in out_heads):
            # (a weak out head too: "treadmill sprint")
            # (... only to the kinds of movement it lists, when it lists them: "Nordic walking" is
            # the walk, "Flexão nórdica" - a flexion, read as the push-up's word - the Nordic)
            # (... and never to a sport, which says where a movement is done: "Football sprints"
            # are sprints, ``setting``)
            # (... nor to a qualifier's spelling, a prop beside the movement: "Medicine ball
            # Nordic" is the Nordic holding the ball, not a medicine-ball throw)
            strong_all = {h for h, at in out_heads if at not in weak and not self.heads[h].get("setting")}
            strong_out = {
                h
                for h, at in out_heads
                if h in strong_all
                and not self._qualifier(h, spelled.get(at, ()), (low for low, _ in lower_heads))
            }
            # (a muscle's name said with work done on a muscle is that muscle, no movement:
            # "Foam roller adductors" is soft-tissue work, not the adduction, ``takes_muscles``)
            on_muscle = any(self.heads[h].get("takes_muscles") for h in strong_all)
            kept = [
                h
                for h in lower_heads
                if not (on_muscle and weak.get(h[1]) == "lower")
                and (
                    weak.get(h[1]) != "any"
                    or (
                        "yields_to" in self.heads[h[0]]
                        and not strong_out & set(self.heads[h[0]]["yields_to"])
                    )
                )
            ]
        for ident, _ in set(lower_heads) - set(kept):  # the position a head yielding leaves
            if "yields_as" in self.heads[ident]:
                positions.add(str(self.heads[ident]["yields_as"]))
        lower_heads = kept
        # a lift said right before a hinge (only known words between, no conjunction) names the
        # hinge's grip: "Clean RDL" is the RDL with a clean grip, "Snatch RDL" a snatch-grip one
        for ident, at in list(lower_heads):
            meta = self.heads[ident]
            if "qualifies_of" not in meta:
                continue
            seg_no, _, end = spans[at]
            for other, other_at in lower_heads:
                o_seg, o_start, _ = spans[other_at]
                if (
                    other in meta["qualifies_of"]
                    and o_seg == seg_no
                    and o_start >= end
                    and not any((seg_no, k) in unknown_at for k in range(end, o_start))
                    and not any(j_seg == seg_no and end <= k < o_start for j_seg, k in joined_at)
                ):
                    lower_heads.remove((ident, at))
                    mods.add(str(meta["qualifies"]))
                    break
        conflict = None
        # two movements joined ("squat & RDL", "RDL + Nordic", "RDL or good morning") are two
        # exercises or a choice of two: not one of them, chosen silently
        # ... and so are two movements an arrow or an "x" joins ("Squat -> RDL": a join begins
        # the part after it, index -1; a slash or a dash: see ``NameIndex._parted``)
        joins = getattr(segs, "joins", {})
        joined_at.extend((seg_no, -1) for seg_no, kind in joins.items() if kind == "join")
        # ... and so is a lower-body movement joined to an upper-body, core or conditioning one
        # ("Squat and bench press", "RDL + Curl", "Squat + bike"): the second is an exercise of
        # its own, never dropped for the first - unless it finishes the first one's rep or
        # session (``joined_as_one``: "Clean and press", "Landmine squat and press"), or names
        # only its apparatus or part of the session (``qualifier``: "Hip thrust + bench"). Two
        # upper-body movements joined stay out of scope, as each is ("Front raise and pullover"),
        # unless the name is labelled a group of exercises ("Superset: Bench press, Row")
        labelled = not self.group_firsts.isdisjoint(words) and any(
            tuple(words[k : k + len(label)]) == label
            for label in self.group_labels
            for k in range(len(words) - len(label) + 1)
        )
        if joined_at:
            # (two of one movement are one exercise's drills - "A-skip + B-skip" - unless the two
            # names say different position or variant words: "Deadlift + RDL")
            # (an out head whose lower-body form is one of the lower heads is that movement: the
            # "calf stretch" of "Seated hamstring and calf stretch" stretches the hamstrings too)
            lower_forms = {f for h, _ in lower_heads for f in (h, self.heads[h].get("same_as")) if f}
            own_out = [
                (h, at)
                for h, at in out_heads
                if at not in weak
                and not self._qualifier(h, spelled[at], (low for low, _ in lower_heads))
                and not (
                    self.heads[h].get("overrides_lower") and self.heads[h].get("lower_as") in lower_forms
                )
            ]
            grouped = [*lower_heads, *(out_heads if labelled else own_out if lower_heads else ())]
            strong = sorted((at, h) for h, at in grouped if at not in weak)
            for (first, head_a), (second, head_b) in itertools.pairwise(strong):
                (seg_a, _, end_a), (seg_b, start_b, _) = spans[first], spans[second]
                cut = [at for at in joined_at if (seg_a, end_a) <= at < (seg_b, start_b)]
                if not cut:
                    continue
                if not labelled and self._as_one(head_a, spelled[second], cut, segs, spans[second][:2]):
                    continue
                said_a, said_b = (
                    self._said_apart(kinds_at, joined_at, cut[0]) if head_a == head_b else ([], [])
                )
                if (
                    head_a == head_b
                    and said_a == said_b
                    and not any(k >= 0 and segs[seg][k] == "or" for seg, k in cut)
                ):
                    # ... and two names of one movement each said with its own equipment, joined
                    # (not offered as a choice: "Barbell or dumbbell RDL", "Barbell/Dumbbell RDL"
                    # are one exercise) are two: "Dumbbell RDL + Kettlebell RDL", "Ball leg curl &
                    # Slider leg curl" (the first was read with the second's tool)
                    tools_a, tools_b = self._said_apart(tools_at, joined_at, cut[0])
                    if tools_a != tools_b:
                        said_a, said_b = [*said_a, *tools_a], [*said_b, *tools_b]
                if head_a != head_b or said_a != said_b:
                    if head_a != head_b:  # (each said with its own words: "'squat' and 'romanian deadlift'")
                        said_a, said_b = self._said_apart(kinds_at, joined_at, cut[0])
                    said_names = [
                        " ".join([*(k.replace("_", " ") for k in kinds), *spelled[at]])
                        for at, kinds in ((first, said_a), (second, said_b))
                    ]
                    conflict = _two_named(
                        said_names[0], said_names[1], any(k >= 0 and segs[seg][k] == "or" for seg, k in cut)
                    )
                    break
        if conflict is None and lower_heads:
            conflict = self._stranded(segs, spans, joined_at, kinds_at, spelled)
        for group in self.exclusive if lower_heads else ():
            clash = sorted(group & (positions | mods))
            if len(clash) > 1:
                conflict = f"conflicting cues: {' and '.join(clash)}"
        if (lower_heads or (out_heads and not cues["upper"])) and conflict is None:
            named = frozenset(w for h, _ in lower_heads for w in self.head_words.get(h, ()))
            # a misspelt lower-body movement flips an out-of-scope name too ("nordik curl")
            for word in unknown:
                close = self.misspelt(word, movements_only=not lower_heads, named=named)
                if close:
                    # (each word of another meaning one edit away is named: "tower" is "lower" or
                    # "power", an eccentric or an explosive lunge - the one named was the last
                    # added to the grammar, "power" before "lower")
                    pool = self.movement_words if not lower_heads else self.sensitive
                    # (not beside a word it starts: "rever" is "reverse" cut short, not "lever")
                    also = sorted(
                        w
                        for w in pool.near(word)
                        if w != close
                        and _one_edit(word, close)
                        and _one_edit(word, w)
                        and self._meaning(w) != self._meaning(close)
                    )
                    meant = " or ".join(repr(w) for w in (close, *also))
                    conflict = f"{word!r} is not a word the grammar knows (did you mean {meant}?)"
                    break
        if conflict is None and (lower_heads or (out_heads and not cues["upper"])):
            # ... and a slip in a word of a movement or position phrase, too short for either
            # ("lonh lever bridge": ignored, the lever was a machine and the bridge the glute
            # bridge; "jup squat" a back squat) - of a lower-body movement in a name read out of
            # scope ("lge press" was the bench press's "press")
            for (seg_no, at), word in sorted(unknown_at.items()):
                close = self._phrase_slip(segs[seg_no], at, lower_only=not lower_heads)
                if close:
                    conflict = f"{word!r} is not a word the grammar knows (did you mean {close!r}?)"
                    break
        if lower_heads and conflict is None and not cues["upper"]:
            # ... and a misspelt upper-body word may make a lower-body name out of scope
            # ("cable riceps kickback", "mountain climbr lunge")
            for word in unknown:
                upper = [w for w in self.upper_words.near(word) if w[0] == word[0] and _one_edit(word, w)]
                if upper and word not in self.sensitive.words:
                    conflict = f"{word!r} is not a word the grammar knows (did you mean {upper[0]!r}?)"
                    break
        if conflict is None and not lower_heads and doubt:
            conflict = doubt
        if conflict is None and not lower_heads and not cues["upper"] and not cues_said_lower:
            # a head whose body part only its context says ("kickback": glute or triceps?),
            # named with no context at all, is unknown rather than guessed out of scope
            alone = [self.heads[h].get("alone") for h, _ in out_heads]
            neutral = {w for h, _ in out_heads for w in self.heads[h].get("alone_with", ())}
            if alone and all(alone) and not positions - neutral and not mods - neutral and not unknown:
                conflict = f"said alone, {' '.join(words)!r} could be {alone[0]}"
        # (a movement that overrides the lower-body ones still yields to its own lower-body form:
        # "Seated hamstring and calf stretch" stretches the hamstrings)
        # (... and never through a weak spelling of its own: "90/90" beside a hold is the angle
        # it is held at, names25)
        overriding = any(
            self.heads[h].get("overrides_lower")
            and at not in weak
            and not any(
                "lower_as" in self.heads[h]
                and self.heads[h]["lower_as"] in (low, self.heads[low].get("same_as"))
                for low, _ in lower_heads
            )
            for h, at in out_heads
        )
        if cues["upper"]:  # running with an upper-body cue is a drill of the arms
            lower_heads = [h for h in lower_heads if not self.heads[h[0]].get("yields_to_upper")]
            if not lower_heads and not cues_said_lower:
                cues["lower"] = False
        beside: tuple[str, ...] = ()
        why_out = ""
        leg_word = ""
        if lower_heads and not overriding:
            head, head_at = max(lower_heads, key=lambda h: (self.heads[h[0]].get("priority", 1), h[1]))
            # a movement whose priority holds only over its apparatus ("calf raise leg press
            # machine"), said with another movement, leaves the name open: "Leg curl with calf
            # raise" is no calf raise chosen silently
            outranks = self.heads[head].get("outranks")
            others = {h for h, at in lower_heads if h != head and at not in weak}
            if conflict is None and outranks is not None and others - set(outranks):
                other = sorted(others - set(outranks))[0]
                conflict = (
                    f"names two movements ({head.replace('_', ' ')!r} and {other.replace('_', ' ')!r}): "
                    "which one, or write each on its own line"
                )
            seg_no, start, end = spans[head_at]
            # the word next to the movement, past the body part a qualifier may go with and any
            # filler ("peso muerto con piernas rigidas": with stiff legs), not an abbreviation or
            # a number ("v. 2", "3x8")
            while (seg_no, start - 1) in body_at:
                start -= 1
            while (seg_no, end) in body_at:
                end += 1
            beside = tuple(
                word
                for at in ((seg_no, start - 1), (seg_no, end))
                if len(word := unknown_at.get(at, "")) >= 4 and word.isalpha()
            )
            mods.update("+" + h for h, _ in heads if h != head and _lower_as(self.heads[h], said) != head)
            for other, _ in heads if not equipment else ():  # "glute bridge hamstring curl": sliding
                implied = self.heads[head].get("with_head", {}).get(other)
                if implied and other != head:
                    mods.add(str(implied))
                    if implied in self.equipment_ids:
                        equipment.add(str(implied))
            # a modifier said of this movement in one of its forms that says another: a walking (or
            # dynamic) RDL steps into each rep on one leg, the single-leg RDL (a head's ``mod_adds``,
            # said with a position of ``mod_adds_when``)
            adds = self.heads[head].get("mod_adds", {})
            if adds and positions.intersection(self.heads[head].get("mod_adds_when", ())):
                mods.update(str(added) for mod, added in adds.items() if mod in mods)
            named_head = head
            # a position said with one of its spellings that makes the movement another one: a hip
            # extension lying prone is the prone leg raise (the reverse hyper's movement), one lying
            # supine the bridge ("Prone hip extension hold"; "lying" says neither, and stays asked)
            for spelling, made in sorted(self._said_makes.get(head, {}).items()):
                if spelling in position_spelled:
                    mods.add("+" + head)
                    head = made
                    positions.discard(self.phrases[spelling].ident)
                    break
            # ... or says which of the movement's forms it is: a supine leg curl is the sliding one
            # (the heels pulled in from a bridge, the slider's unless another tool is said), not the
            # prone machine "lying" names ("Supine hamstring curl slider" was the lying leg curl):
            # the position is the form's own, and says nothing more
            # (... said with a modifier that names a movement of its own in that position, that
            # movement: a supine leg curl held is the heel dig, Goom 2016's supine hold)
            for spelling, form in sorted(self._said_forms.get(head, {}).items()):
                # (said with a tool none of its supine forms use - a cable, a machine - the name
                # is read as before, the position kept: no form of the supine curl is made up)
                forms_tools = set(self.heads[head].get("position_said_tools", (form,)))
                if spelling in position_spelled and (not equipment or equipment & forms_tools):
                    positions.discard(self.phrases[spelling].ident)
                    held = self.heads[head].get("position_said_with", {})
                    other = next((str(held[m]) for m in sorted(held) if m in mods), None)
                    if other is not None:
                        mods.add("+" + head)
                        head = other
                    elif not equipment - {"bodyweight"}:  # (no tool: the slider's, a towel's)
                        mods.add(form)
                        if form in self.equipment_ids:
                            equipment.add(form)
                    break
            for pos in sorted(positions):  # "jumping split squat": the jump of a split squat
                makes = _made_of(self.positions[pos], head)
                if makes:
                    mods.add("+" + head)
                    head = makes
                    if not self.positions[pos].get("kept"):  # "curtsy" stays the curtsy lunge's
                        positions.discard(pos)
                    break
            for mod in sorted(mods):  # "rear foot elevated lunge": the Bulgarian split squat
                makes = _made_of(self.mods.get(mod, {}), head)
                if makes:
                    mods.add("+" + head)
                    head = makes
                    break
            # an apparatus refused that the movement is done on, where it is another movement
            # without it (``refused_makes``): a glute-ham raise with no GHD is the Nordic (the
            # knees on the floor, the ankles held: the "natural" one), a hip thrust with no bench
            # the bridge (the back on the floor)
            for tool in sorted(refused):
                makes = self.mods.get(tool, {}).get("refused_makes", {}).get(head)
                if makes:
                    mods.add("+" + head)
                    head = str(makes)
                    break
            # a word that names another exercise made of a movement ("natural", "poor man's"),
            # said with one it makes nothing of, leaves the name open ("Natural squat"): never
            # the movement with the word dropped
            for mod in sorted(mods - set(negated)):
                if self.mods.get(mod, {}).get("changes") and _made_of(self.mods[mod], named_head) is None:
                    movement = named_head.replace("_", " ")
                    conflict = conflict or (
                        f"{mod.replace('_', ' ')!r} names another exercise than the {movement}, "
                        "which the grammar does not know: which exercise?"
                    )
            # the apparatus a qualifier names beside a movement done on it is that tool ("Bench hip
            # extension", ExRx's name: the bench, as "Hip extension on bench" says; `qualifier_tool`)
            # (not one a position word qualifies: "45 degree bench" is the back extension's)
            position_at = {at for at, kind in kinds_at if kind in self.positions}
            for other, other_at in out_heads:
                tool = self.heads[other].get("qualifier_tool")
                q_seg, q_start, _ = spans[other_at]
                qualified = any(
                    (s_no, start) in position_at and (s_no, end) == (q_seg, q_start)
                    for s_no, start, end in spans.values()
                )
                if (
                    tool
                    and not qualified
                    and other_at not in negated_at
                    and self._qualifier(other, spelled[other_at], (low for low, _ in lower_heads))
                ):
                    mods.add(str(tool))
                    equipment.add(str(tool))
            meta = self.heads[head]
            # a tool that makes the movement another one in the position it is done in on it: a hip
            # extension prone on a bench or a ball is the reverse hyper (the hips at the bench's end
            # or on the ball, the legs hanging into hip flexion and raised behind - on the floor the
            # leg starts from neutral), as the prone leg raise there is ("Prone hip extension on
            # bench" was the floor's prone hip extension); a tool that leaves the position open
            # (``ask_with``: a ball) does so only with a position word said
            for tool, made in sorted(meta.get("equipment_makes", {}).items()):
                done_on = meta.get("equipment_position", {}).get(tool)
                # (the body's position only: "Prone straight leg raise on bench" is the reverse hyper)
                body = next((group for group in self.exclusive if done_on in group), frozenset())
                if (
                    tool in equipment
                    and positions & body <= ({done_on} if done_on else set())
                    and not positions & set(meta.get("equipment_makes_unless", ()))
                    and (tool not in meta.get("ask_with", {}) or position_spelled)
                ):
                    mods.add("+" + head)
                    head = str(made)
                    meta = self.heads[head]
                    break
            # a position the movement is always done in says nothing ("Prone reverse hyper") - and
            # another of its group says another exercise, which the grammar does not know: "Seated
            # Nordic", "Natural seated leg curl" (the natural curl is the Nordic, done kneeling) are
            # asked about, never a Nordic derived seated
            own = frozenset(meta.get("own_positions", ()))
            for group in self.exclusive:
                elsewhere = sorted((positions & group) - own) if own & group else []
                if elsewhere and conflict is None:
                    movement = head.replace("_", " ")
                    done = next(p for p in meta["own_positions"] if p in group)
                    said_as = (
                        f"the {movement} is"
                        if head == named_head
                        else f"{' '.join(words)!r} names the {movement},"
                    )
                    conflict = (
                        f"{said_as} done {done}; {elsewhere[0].replace('_', ' ')}, it is another "
                        "exercise, which the grammar does not know: which exercise?"
                    )
            positions.difference_update(own)
            for tool, pos in meta.get("equipment_position", {}).items():
                # "Hip extension on bench": done lying, prone - unless the name says its position
                # ("Standing hip extension on a step"): a tool never adds a second one
                said_one = any(pos in group and positions.intersection(group) for group in self.exclusive)
                if tool in equipment and not said_one:
                    positions.add(str(pos))
            for tool, mod in meta.get("equipment_mod", {}).items():
                if tool in equipment:  # "Hip extension against a wall": the leg cannot move, a hold
                    mods.add(str(mod))
            for variant, mod in meta.get("modifier_mod", {}).items():
                if variant in mods:  # "Nordic to a box": the range cut short, the assisted Nordic
                    mods.add(str(mod))
            for tool, why in meta.get("ask_with", {}).items():
                # "Stability ball hip extension": prone over the ball or supine with the feet on it,
                # two classes - asked about unless a position word says which
                if tool in equipment and not position_spelled and conflict is None:
                    conflict = f"said on a {tool.replace('_', ' ')}, {' '.join(words)!r} could be {why}"
            for pos, mod in meta.get("position_mod", {}).items():
                # "Prone hip extension": the leg lifted against its own weight, no cable - unless a
                # load the modifier yields to is said ("Prone hip extension with ankle weight")
                unless = set(self.mods.get(mod, {}).get("implied_unless", ()))
                if pos in positions and not equipment & unless and mod not in negated:
                    mods.add(str(mod))
                    if mod in self.equipment_ids:
                        equipment.add(str(mod))
            scope = "lower"
            made_lower = (positions | mods) & set(self.heads[head].get("lower_if", ()))
            if head != named_head and self.heads[head].get("scope") == "out" and not made_lower:
                # (... unless the word that made it is one that makes it the leg's: "Quadruped hip
                # extension" is the glute kickback, kneeling)
                # made an out-of-scope movement by a word: "Seated back extension" is the lumbar machine
                why_out, scope = str(self.heads[head].get("why", "")), "out"
        elif out_heads or (cues["upper"] and not cues["lower"]):
            head, scope = None, "out"
            # an upper-body movement said with a word that makes it the leg's ("Hamstring press",
            # "Romanian deadlift row"): see NameIndex.place
            leg_word = "" if cues["upper"] else self._leg_qualifier(said, positions, out_heads)
            # (a reason ``why_alone`` only when nothing else is named: "Shoulder stretch" and "Cobra
            # stretch" are the shoulder's and the yoga pose's, not a stretch of no body part, and
            # "Plank with leg lift" is the plank; a stretch's only with no leg said either: the
            # Pilates "Single leg stretch")
            why_out = next(
                (
                    str(self.heads[h]["why"])
                    for h, _ in out_heads
                    if "why" in self.heads[h]
                    and not (
                        self.heads[h].get("why_alone")
                        and (
                            cues["upper"]
                            or any(h != o for o, _ in out_heads)
                            or (self.heads[h].get("needs_lower_cue") and self.leg_words.intersection(words))
                        )
                    )
                ),
                "",
            )
        else:
            head, scope = None, "none"
        return ParsedName(
            leg_word=leg_word if scope == "out" else "",
            why_out=why_out if scope == "out" else "",
            words=tuple(words),
            head=None if scope == "out" else head,
            scope=scope,
            positions=frozenset(positions),
            # (a tool refused is none of the name's, said elsewhere in it or not: "Cable pull
            # through (no cable, band)" is the band's, no cable shown)
            modifiers=frozenset(mods) - refused,
            equipment=frozenset(equipment) - refused,
            unknown=tuple(unknown),
            conflict=conflict,
            base_words=tuple(base) if base else tuple(unknown),
            beside=beside,
            negated=tuple(negated),
            refused=frozenset(refused),
            group=labelled,
            angled=angled,
            named=tuple(h for h, _ in heads),
            out_named=tuple(
                h
                for h, at in out_heads
                if at not in weak
                and not self._qualifier(h, spelled.get(at, ()), (low for low, _ in lower_heads))
            ),
        )


#: A distance or a time, as a name's words give it: ``10s``, ``30m``, ``40yd``, or a number
#: and its unit apart (``20 yd``, ``10 sec``): one list of units for both.
_DISTANCE_UNITS = frozenset({"s", "m", "yd", "y", "sec", "second", "meter", "metre", "yard"})
_DISTANCE = re.compile(rf"\d+(?:\.\d+)?(?:{'|'.join(sorted(_DISTANCE_UNITS, key=len, reverse=True))})")


#: What a reading records of a position its name did not say (``Grammar._guessed``), and that
#: text read back (a check names the position, HR043): one format for both.
_ASSUMED_POSITION_TEXT = "assumed {}: the name says no position"
ASSUMED_POSITION = re.compile(re.escape(_ASSUMED_POSITION_TEXT).replace(r"\{\}", "(.+?)"))


@functools.lru_cache(maxsize=4096)
def _own_positions(spelling: str) -> frozenset[str]:
    """The class-changing positions an exercise's own name says ("Lying leg curl": lying)."""
    return grammar().parse(spelling).positions


@functools.lru_cache(maxsize=4096)
def _own_head(spelling: str) -> str | None:
    """The movement (head id) an exercise's own name says."""
    return grammar().parse(spelling).head


def _position_shown(position: str) -> str:
    """A position id as words: its first spelling (``deg45``: "45 degree"), else the id."""
    spellings = grammar().positions.get(position, {}).get("spellings", ())
    return str(spellings[0]) if spellings else position.replace("_", " ")


def _distance_beside(seg: Sequence[str], start: int, end: int) -> bool:
    """Whether a distance or a time stands right before ``seg[start:end]`` or right after it
    ("Fly 10s", "10m fly", "Fly 20 yd"; not "3x12", a dose of sets)."""

    def at(k: int) -> bool:
        if not 0 <= k < len(seg):
            return False
        if _DISTANCE.fullmatch(seg[k]):
            return True
        return seg[k].isdigit() and k + 1 < len(seg) and seg[k + 1] in _DISTANCE_UNITS

    return at(end) or at(start - 1) or (start >= 2 and seg[start - 1] in _DISTANCE_UNITS and at(start - 2))


def _angle_before(seg: Sequence[str], start: int) -> tuple[str, int, int] | None:
    """The angle said right before the words at ``start`` ("30 degree [of] knee flexion"): its
    number, the index of the number and the index past the angle, or None."""
    k = start - 1 if start >= 1 and seg[start - 1] == "of" else start
    if k >= 2 and seg[k - 1] == "degree" and seg[k - 2].isdigit():
        return seg[k - 2], k - 2, k
    return None


def _angle_after(seg: Sequence[str], end: int) -> tuple[str, int, int] | None:
    """The angle said right after the words ending at ``end`` ("knee flexion [at] 30 degree"),
    as :func:`_angle_before` gives it."""
    k = end + 1 if end < len(seg) and seg[end] == "at" else end
    if k + 1 < len(seg) and seg[k].isdigit() and seg[k + 1] == "degree":
        return seg[k], k, k + 2
    return None


def _written(text: str) -> frozenset[str]:
    """The words of ``text`` as written, folded to ASCII and lower case."""
    return frozenset(_WORDS.findall((text if text.isascii() else _ascii_fold(text)).lower()))


@functools.cache
def _equipment_values() -> Mapping[str, Any]:
    """Each catalog equipment value -> its :class:`Equipment` member (once: read per derived name)."""
    from .exercises import Equipment

    return {e.value: e for e in Equipment}


def _refused_equipment(parsed: ParsedName, g: Grammar) -> frozenset[str]:
    """The catalog equipment values of the apparatus a name refuses (``ParsedName.refused``): an
    equipment word's ``catalog`` values, else its own id when that is one ("smith": the Smith
    machine; "bodyweight", "weighted": none)."""
    if not parsed.refused:
        return frozenset()
    known = _equipment_values()
    out: set[str] = set()
    for tool in parsed.refused:
        out.update(str(v) for v in g.mods.get(tool, {}).get("catalog", (tool,)) if str(v) in known)
    return frozenset(out)


def _made_of(meta: Mapping[str, Any], head: str) -> str | None:
    """The head a position or modifier makes of ``head`` (its ``makes``: one head for the heads
    ``of`` lists, or a table head -> made), or None."""
    makes = meta.get("makes")
    if isinstance(makes, Mapping):
        made = makes.get(head)
        return str(made) if made else None
    return str(makes) if makes and head in meta.get("of", ()) else None


def _lower_as(meta: Mapping[str, Any], said: set[str]) -> str | None:
    """The lower-body movement an out-of-scope head names when it is the leg's: the one the
    body part said picks (``lower_as_said``: an extension "de cadera" is the hip's, one "de
    cuádriceps" the knee's), else its ``lower_as``, else None."""
    for word, head in meta.get("lower_as_said", {}).items():
        if word in said:
            return str(head)
    found = meta.get("lower_as")
    return None if found is None else str(found)


@functools.cache
def grammar() -> Grammar:
    """The shipped grammar (``data/names.toml``)."""
    from ._data import builtin_data

    return Grammar(builtin_data()["names.toml"])


#: Longest exercise name the resolver looks at (``Catalog.classify``, :func:`parse_name`).
MAX_NAME_LENGTH = 200


def parse_name(name: str) -> ParsedName:
    """Parse an exercise name with the shipped grammar.

    >>> p = parse_name("Leg Curls (sitting)")
    >>> p.head, sorted(p.positions)
    ('leg_curl', ['seated'])
    """
    from ._validate import instance
    from .errors import InputLimitError, shown

    name = instance(name, str, "name")
    if len(name) > MAX_NAME_LENGTH:  # as Catalog.classify: a 100,000-character name took 7 s
        raise InputLimitError(
            f"exercise name of {len(name)} characters is over the limit of {MAX_NAME_LENGTH}",
            location=shown(name, 40),
        )
    return grammar().parse(name)


# -- placing names on a catalog ----------------------------------------------------------------


@attrs.frozen
class _Row:
    """One catalog spelling, parsed: where a name with this head may land."""

    positions: frozenset[str]
    modifiers: frozenset[str]
    order: int
    exercise_id: str
    kind: str
    """The exercise's movement class."""
    words: frozenset[str] = frozenset()
    """The spelling's words, normalised."""
    isometric: bool = False
    """Whether the exercise is a hold (its spelling may not say so: "Straight-Leg Bridge")."""


_SUGGEST_LIMIT = 3
#: Distinct unknown names per list or check() that get a did-you-mean search; later ones get
#: none, so a log of thousands of odd names costs a parse each, not a search each.
MAX_SUGGESTED_UNKNOWN = 200


class NameIndex:
    """A catalog's spellings, indexed for exact lookup, parsing and did-you-mean.

    Owned by one :class:`~hamstring_rules.Catalog` (built on first use, kept in its memo).
    """

    def __init__(self, exercises: Sequence[Exercise], overrides: Sequence[Exercise]) -> None:
        g = grammar()
        # Ids and names first, then aliases: a name always beats another exercise's alias;
        # then an app's own exercises, whose spellings win over everything.
        self._passes: tuple[tuple[Sequence[Exercise], bool, bool], ...] = (
            (exercises, False, False),
            (exercises, True, False),
            (overrides, False, True),
            (overrides, True, True),
        )
        self.exact: dict[str, tuple[str, Placement]] = {}
        self.name_norm: dict[str, str] = {}
        # Only the exact table is built now (an exact name - what explain and most logs use -
        # needs nothing else): word bags, heads (grammar parses) and did-you-mean words are
        # built on first use, by a replay of the passes over the normalised spellings kept here.
        self._norms: list[str] = []
        # Each distinct spelling read once (an app's exercises are in both exercises and
        # overrides; a 50,000-exercise catalog has 100,000 spellings read twice otherwise).
        memo: dict[str, str] = {}
        words_memo: dict[str, tuple[str, ...]] = {}
        exact, norms = self.exact, self._norms
        for group, aliases, force in self._passes:
            for ex in group:
                spellings_of = ex.aliases if aliases else (ex.id.replace("_", " "), ex.name)
                if not spellings_of:
                    continue
                value: tuple[str, Placement] = (ex.id, "alias" if aliases else "name")
                for spelling in spellings_of:
                    norm = memo.get(spelling)
                    if norm is None:
                        norm = memo[spelling] = g.normalize(spelling, words_memo)
                    norms.append(norm)
                    if not norm:
                        continue
                    if force or norm not in exact:
                        exact[norm] = value
                if not aliases:
                    self.name_norm[ex.id] = memo[ex.name]

    def _replay(self) -> Iterator[tuple[str, str, Exercise, Placement, bool, int]]:
        """Every spelling again, in index order: (spelling, its normalised form, exercise,
        kind, whether it wins over earlier ones, its order among non-empty spellings)."""
        norms = iter(self._norms)
        order = 0
        for group, aliases, force in self._passes:
            kind: Placement = "alias" if aliases else "name"
            for ex in group:
                for spelling in ex.aliases if aliases else (ex.id.replace("_", " "), ex.name):
                    norm = next(norms)
                    if norm:
                        order += 1
                        yield spelling, norm, ex, kind, force, order

    @functools.cached_property
    def bags(self) -> dict[str, tuple[str, Placement]]:
        """Each spelling's words as a sorted set -> its exercise (word order ignored)."""
        bags: dict[str, tuple[str, Placement]] = {}
        for _, norm, ex, kind, force, _ in self._replay():
            words = norm.split()
            bag = " ".join(sorted(set(words))) if len(words) > 1 else norm
            if force or bag not in bags:
                bags[bag] = (ex.id, kind)
        return bags

    @functools.cached_property
    def spellings(self) -> dict[str, str]:
        """Each normalised spelling -> the first exercise spelled so."""
        spellings: dict[str, str] = {}
        for _, norm, ex, _, _, _ in self._replay():
            spellings.setdefault(norm, ex.id)
        return spellings

    @functools.cached_property
    def heads(self) -> dict[str, list[_Row]]:
        """Per base movement (head id), the catalog spellings that parse to it, in order: only
        spellings with a word that starts a head phrase are parsed (most of a large catalog's
        name no movement)."""
        g = grammar()
        starts = g.head_starts
        heads: dict[str, list[_Row]] = {}
        parsed_memo: dict[str, ParsedName] = {}
        for spelling, norm, ex, _, force, order in self._replay():
            if starts.isdisjoint(norm.split()):
                continue
            parsed = parsed_memo.get(spelling)
            if parsed is None:
                parsed = parsed_memo[spelling] = g.parse(spelling)
            if parsed.head is not None and parsed.conflict is None:
                signed = -order if force else order
                row = _Row(
                    parsed.positions,
                    parsed.modifiers,
                    signed,
                    ex.id,
                    ex.movement_class.value,
                    frozenset(parsed.words),
                    ex.isometric,
                )
                heads.setdefault(parsed.head, []).append(row)
        for rows in heads.values():
            rows.sort(key=lambda r: r.order)
        return heads

    def _guessed(self, exercise: Exercise, parsed: ParsedName) -> tuple[str, ...]:
        """What a name read (``parsed``) as ``exercise`` assumed: each position of the
        exercise's own name the name did not say, when another exercise of the same movement
        fits what it did say (its positions and equipment) - "Leg Curl (Machine)" is read as the
        lying curl, and the seated one is another exercise (review28 N7): the reading says
        ``assumed lying``, which the "Names read as" line of a check shows. Nothing when the
        words said pick it ("GHD back extension" is the 90-degree one: no 45-degree one is on a
        GHD)."""
        own = _own_positions(exercise.name)
        unsaid = own - parsed.positions
        if not unsaid or parsed.head is None or parsed.head != _own_head(exercise.name):
            return ()
        fits = any(
            row.exercise_id != exercise.id
            and parsed.positions <= row.positions
            and parsed.equipment <= row.modifiers
            and not row.positions & unsaid
            for row in self.heads.get(parsed.head, ())
        )
        if not fits:
            return ()
        return tuple(_ASSUMED_POSITION_TEXT.format(_position_shown(p)) for p in sorted(unsaid))

    @functools.cached_property
    def rows_by_positions(self) -> dict[tuple[str, frozenset[str]], list[_Row]]:
        """:attr:`heads`' rows by (head, position words), in order (speed, names23: ``place``
        looked through every row of a head - a deadlift's hundreds - for those of the name's
        positions)."""
        out: dict[tuple[str, frozenset[str]], list[_Row]] = {}
        for head, rows in self.heads.items():
            for row in rows:
                out.setdefault((head, row.positions), []).append(row)
        return out

    @functools.cached_property
    def longest_spelling(self) -> int:
        """The most words of a catalog spelling (no longer run of a name can be one)."""
        return max((norm.count(" ") + 1 for norm in self.exact), default=0)

    @functools.cached_property
    def mixed_heads(self) -> frozenset[str]:
        """The base movements whose catalog exercises said with no position word fall in more
        than one class (a deadlift is bent- or straight-knee; a reverse Nordic needs 'reverse'): a
        word the grammar does not know beside one, with no position word, may decide which."""
        g = grammar()
        mixed = set()
        for head, rows in self.heads.items():
            same_as = g.heads[head].get("same_as")
            both = (*rows, *(self.heads.get(same_as, ()) if same_as else ()))
            kinds = {r.kind for r in both if not r.positions}
            if len(kinds) > 1:
                mixed.add(head)
        return frozenset(mixed)

    @functools.cached_property
    def words(self) -> dict[str, set[str]]:
        """Each word of a spelling -> the spellings it is in (did-you-mean's first filter)."""
        words: dict[str, set[str]] = {}
        for norm in self.spellings:
            for word in norm.split():
                words.setdefault(word, set()).add(norm)
        return words

    @functools.cached_property
    def near(self) -> _NearWords:
        """The spellings' words, indexed for words one edit away."""
        return _NearWords(sorted(self.words), min_length=4)

    # -- placing ----------------------------------------------------------------------------

    def place(
        self,
        name: str,
        by_id: Mapping[str, Exercise],
        suggest: bool,
        segments: list[list[str]] | None = None,
        reading: ParsedName | None = None,
        notes: bool = True,
    ) -> Resolution:
        """Resolve one name: exact spelling, then the grammar, else out of scope or unknown
        (``segments``: the name's words, when an abbreviation of two meanings was spelled out;
        ``reading``: the grammar's reading of them, when one word of it was read again;
        ``notes``: a note beside the name is read as one, see ``_name_notes``)."""
        g = grammar()
        if notes and segments is None and reading is None:
            exact = lambda text: " ".join(w for seg in g.segments(text) for w in seg) in self.exact  # noqa: E731
            return read_with_notes(name, lambda text: self.place(text, by_id, suggest, notes=False), g, exact)
        spelled_out = segments is not None
        note = ""
        if segments is None:
            text, note = g.without_note(name)
            segments = g.segments(text)
        norm = " ".join(w for seg in segments for w in seg)
        # (not as a bag of words when a slash or a dash joins two names: "Deadlift / RDL" holds
        # the words of "Romanian deadlift")
        bagged = not getattr(segments, "joins", None) or len(set(norm.split())) == len(norm.split())
        hit = self.exact.get(norm)
        if hit is None and not spelled_out and len(segments) > 1:
            # the whole name as written is a catalog spelling whose words split it ("Zz x aa", a
            # user's exercise: "x" parts "3 x 8"): that spelling, before any reading of its parts
            hit = self.exact.get(g.normalize(text))
        if hit is None and bagged:
            hit = self.bags.get(_bag(norm))
        if hit is None and _DIGIT.search(norm):
            # a catalog spelling with a dose written beside it ("Strides x6", "Box jumps 24in")
            # (a percentage's number too: "Strides 80%", "Sprints @ 90%" give an intensity)
            percent = "%" in name
            bare = " ".join(
                w
                for w in norm.split()
                if not (_DOSE.fullmatch(w) or (percent and w.isdigit() and len(w) <= 3))
            )
            if bare and bare != norm:
                hit = self.exact.get(bare) or (self.bags.get(_bag(bare)) if bagged else None)
        if (
            hit is not None
            and norm not in self.exact
            and isinstance(segments, Segments)
            and _PARTING.intersection(segments.joins.values())
        ):  # the words of one spelling, parted: "Hamstring curl / Nordic" is no Nordic hamstring curl
            parted = self._parted(name, g.parse(name, segments), segments, by_id)
            if parted.conflict is not None:
                return self._unknown(name, parted, parted.conflict, by_id, suggest)
        if hit is not None and isinstance(segments, Segments):
            # ... or a choice of two forms ("Conventional/Sumo DL" holds the words of "sumo
            # deadlift", "Deficit / Romanian deadlift" those of "Deficit Romanian deadlift")
            choice = self._form_choice(name, segments, by_id)
            if choice is not None:
                return self._unknown(name, g.parse(name, segments), choice, by_id, suggest)
        if hit is not None:
            noted = (f"ignored the note {note!r} (another exercise)",) if note else ()
            found, how = by_id[hit[0]], hit[1]
            # (a generic alias picks one of a movement's positions: said in ``assumed``; still an
            # alias - the CLI's --exclude prefers a catalog spelling to a grammar's reading)
            guessed = self._guessed(found, g.parse(norm)) if how == "alias" else ()
            return Resolution(name, "exercise", found, how=how, base=found, assumed=guessed + noted)
        # (a word said alone, not inside a longer phrase: the "strap" of "ankle strap" is the cable's)
        twofold_words = (w for seg in segments for w in g.lone_words(seg) if w in g.ambiguous)
        twofold = None if spelled_out else next(twofold_words, None)
        if twofold is not None:  # not a catalog spelling as written ("TB RDL" may be an alias)
            return self._either(name, twofold, segments, by_id, suggest)
        parsed = g.parse(name, segments) if reading is None else reading
        if isinstance(segments, Segments) and _PARTING.intersection(segments.joins.values()):
            # (two names parted say so, whatever else the name as a whole conflicts on: "RDL /
            # Calf raise" names two exercises, not "two movements: which one")
            # (... and a choice of forms, parted, says the choice: "Sumo / Bulgarian squat" is a sumo
            # squat or a Bulgarian one, not only two stances in conflict)
            parted = self._parted(name, attrs.evolve(parsed, conflict=None), segments, by_id)
            if parted.conflict is not None:
                parsed = parted
        if parsed.conflict is None:
            # (a catalog spelling with no movement word joined to another name: "Askling glider and
            # Bench press" is no bench press, "RDL + Askling glider" no Askling RDL on a slider)
            why = self._joined_runs(name, segments, by_id)
            if why is not None:
                parsed = attrs.evolve(parsed, conflict=why)
        if parsed.conflict is None and parsed.head is not None and isinstance(segments, Segments):
            choice = self._form_choice(name, segments, by_id)
            if choice is not None:
                parsed = attrs.evolve(parsed, conflict=choice)
        if parsed.conflict is not None:
            return self._unknown(name, parsed, parsed.conflict, by_id, suggest)
        if parsed.head is None and parsed.scope == "none" and (parsed.positions or parsed.modifiers):
            # a catalog spelling with no movement word of its own ("Stiff", the Brazilian gyms'
            # stiff-leg deadlift) said with equipment or filler beside it ("Stiff com halteres")
            bare = " ".join(parsed.base_words)
            hit = self.exact.get(bare) or self.bags.get(_bag(bare))
            if hit is not None:
                equipment = tuple(sorted(m.replace("_", " ") for m in parsed.equipment))
                return Resolution(
                    name, "exercise", by_id[hit[0]], how="parsed", base=by_id[hit[0]], modifiers=equipment
                )
            # ... or with a variant that changes it ("Stiff unilateral", "Stiff unipodal": one
            # leg): read as the exercise's own name said with the variant
            spelled = self._spelled_out(segments, by_id)
            if spelled is not None:
                return self.place(name, by_id, suggest, spelled)
        if parsed.head is None:
            if parsed.scope == "out" and parsed.leg_word:
                # an upper-body movement said with a word that makes it the leg's, which the
                # grammar cannot place ("Hamstring press", "Romanian deadlift row"): asked about,
                # never out of scope, which no check sees (review27 R2: a rehab week's "Romanian
                # pull" got no HR010 while its RDL did)
                why = (
                    f"{parsed.leg_word!r} makes it a lower-body movement the grammar cannot place, "
                    "not the upper-body one its movement word names: which exercise is it?"
                )
                return self._unknown(name, parsed, why, by_id, suggest)
            if parsed.scope == "out":
                why = parsed.why_out or "an upper-body, core or conditioning movement"
                return Resolution(name, "out_of_scope", reason=why)
            if parsed.equipment and not parsed.positions and not _variants(parsed) and not parsed.unknown:
                # an apparatus said alone ("GHD", "Smith machine"): which exercise on it (review27 R6)
                tools = ", ".join(sorted(e.replace("_", " ") for e in parsed.equipment))
                why = f"only equipment is named ({tools}), no movement: which exercise is done on or with it?"
                return self._unknown(name, parsed, why, by_id, suggest)
            return self._unknown(name, parsed, "no base movement recognised", by_id, suggest)
        if parsed.beside and not parsed.positions and parsed.head in self.mixed_heads:
            # a word beside a deadlift may be the one that makes it straight-knee ('rumuński')
            movement = parsed.head.replace("_", " ")
            why = f"{parsed.beside[0]!r} beside the movement could be what picks its class ({movement})"
            return self._unknown(name, parsed, why, by_id, suggest)
        rows = self.heads.get(parsed.head, [])
        # a word that names another movement of the same class before a movement's spelling
        # ("razor" of "razor curl", the Nordic), said before this one ("Razor leg curl"), may make
        # it that movement: asked about, never dropped as an unknown word (rv24 R5)
        for word in parsed.unknown:
            qualified = g.qualifying_words.get(word, ())
            kinds = {r.kind for r in rows} if qualified else set()
            others = sorted(
                other
                for other in qualified
                if other != parsed.head and kinds & {r.kind for r in self.heads.get(other, ())}
            )
            if others:
                why = (
                    f"{word!r} names the {others[0].replace('_', ' ')} in another spelling: "
                    f"is this the {others[0].replace('_', ' ')} or a {parsed.head.replace('_', ' ')}?"
                )
                return self._unknown(name, parsed, why, by_id, suggest)
        same_as = g.heads[parsed.head].get("same_as")
        if same_as:  # a head placed on another's exercises ("hamstring SMR": the stretches)
            rows = sorted((*rows, *self.heads.get(same_as, ())), key=lambda r: r.order)
        # an apparatus refused ("no machine", "w/o GHD", "machine-free"): no exercise that needs it
        # (the movement's own apparatus, which a tool can stand in for, is left to ``_apply``:
        # "Reverse hyper (no machine)" is done on a bench)
        refused = _refused_equipment(parsed, g) - {g.heads[parsed.head].get("apparatus")}
        unrefused = rows
        if refused:
            rows = [r for r in rows if refused.isdisjoint(e.value for e in by_id[r.exercise_id].equipment)]
        if same_as or refused:
            same = [r for r in rows if r.positions == parsed.positions]
        else:  # (the head's own rows: looked up, not scanned)
            same = list(self.rows_by_positions.get((parsed.head, parsed.positions), ()))
        # ... and a spelling with a variant the name says and none of those has, when the name's
        # extra position words only say what its exercise is already ("single leg standing calf
        # raise": the single-leg calf raise is done standing, though no spelling of it says so)
        variants = {m for m in parsed.modifiers - parsed.equipment if not m.startswith(("+", "on "))}
        missing = variants.difference(*(r.modifiers for r in same))
        if missing:
            same += [
                r
                for r in rows
                if r.modifiers & missing
                and r.positions < parsed.positions
                and _already(by_id[r.exercise_id], parsed.positions - r.positions)
            ]
        derivable = []
        # position words that make the movement another one ("reverse leg extension"): never derived
        changed_by = frozenset(g.heads[parsed.head].get("changed_by", ()))
        # ... and the position words that only say where a movement's own exercises are done
        # (``derive_positions``: a hip extension lying prone is the hip extension, lying)
        own_positions = frozenset(g.heads[parsed.head].get("derive_positions", ()))
        if not same:
            for r in rows:
                extra = parsed.positions - r.positions
                kind = r.kind
                if (
                    r.positions <= parsed.positions
                    and not extra & changed_by
                    and (
                        kind in g.any_position
                        or all(
                            kind in g.positions[p].get("derive_for", ()) or p in own_positions for p in extra
                        )
                    )
                ):
                    derivable.append(r)
        # (a negated modifier's words choose nothing: "Split squat without hip dominant")
        said = frozenset(parsed.words) - {w for phrase in parsed.negated for w in phrase.split()}
        # equipment used like another (straps like a ball) counts as that one, to choose only
        # (... unless an exercise of the movement is done on it itself: "TRX leg curl" is the
        # suspension-trainer curl, the ball's only where the catalog has none on straps)
        pool = same or derivable
        like = {
            str(g.mods[m]["like"])
            for m in parsed.equipment
            if "like" in g.mods[m] and not any(m in r.modifiers for r in pool)
        }
        near = (
            attrs.evolve(parsed, modifiers=parsed.modifiers | like, equipment=parsed.equipment | like)
            if like
            else parsed
        )
        meta = g.heads[parsed.head]
        one_leg = set(meta.get("one_leg", ()))
        if meta.get("two_footed") and not (parsed.modifiers | parsed.positions) & one_leg:
            # a jump said without one leg is off both feet ("Frog hops" is no single-leg hop)
            both_feet = [r for r in pool if by_id[r.exercise_id].laterality.value != "unilateral"]
            pool = both_feet or pool
        chosen = min(pool, key=_nearness_to(near, said), default=None)
        if refused and rows != unrefused:
            why = self._refused_choice(parsed, pool, unrefused, near, said, by_id)
            if why is not None:
                return self._unknown(name, parsed, why, by_id, suggest)
        if chosen is None:
            words = " ".join(sorted(parsed.positions)) or "plain"
            # (... and why, when a position says what it changes of the head's class: a bent-knee
            # good morning trains the hamstrings shorter than the catalog's straight-knee hinges)
            kinds = {r.kind for r in rows}
            why = next(
                (
                    f": {text}"
                    for p in sorted(parsed.positions)
                    for kind, text in g.positions[p].get("unplaced_why", {}).items()
                    if kind in kinds
                ),
                "",
            )
            return self._unknown(
                name,
                parsed,
                f"no catalog exercise is a {words.replace('_', ' ')} {parsed.head.replace('_', ' ')}{why}",
                by_id,
                suggest,
            )
        base = by_id[chosen.exercise_id]
        bar = ("barbell", "trap_bar", "smith_machine", "landmine")
        if (
            reading is None
            and "accommodating" in parsed.equipment
            and not any(getattr(e, "value", e) in bar for e in base.equipment)
        ):
            if _band_said_with(segments, g):
                # a band "with" a lift no bar loads is the lift's band, not accommodating resistance
                # (a band added to a bar's load): "Leg curl with band" is the band leg curl (it was
                # the lying machine's curl), "Nordic with band" the assisted Nordic, shown "(band)"
                # (... and what a band does to the movement, as the grammar reads it: a band on
                # a Nordic assists it, ``equipment_mod``)
                does = g.heads[parsed.head].get("equipment_mod", {}).get("band")
                banded = attrs.evolve(
                    parsed,
                    modifiers=(parsed.modifiers - {"accommodating"}) | {"band", *([does] if does else [])},
                    equipment=(parsed.equipment - {"accommodating"}) | {"band"},
                )
                return self.place(name, by_id, suggest, segments, banded)
            # chains said of a lift no bar loads are no accommodating resistance (a bar's load
            # rising as the chain links leave the floor): draped over the body or held, they are
            # a weight worn, as a vest is - "Nordic with chains", "Glute bridge with chains" are
            # weighted (they were "accommodating" on a body-weight eccentric)
            worn = attrs.evolve(
                parsed,
                modifiers=(parsed.modifiers - {"accommodating"}) | {"weighted"},
                equipment=(parsed.equipment - {"accommodating"}) | {"weighted"},
            )
            return self.place(name, by_id, suggest, segments, worn)
        exercise, changed = _apply(base, parsed, chosen, name)
        written = frozenset(_WORDS.findall(name.casefold()))

        def _counted(word: str) -> bool:  # "one" written "1" ("3-1-1", "1×5"): a dose's count
            return word in g.number_words and word not in written

        # ... and a unit written after a number ("Sprint 40 yards", "Nordic (3 sec)", "Wall sit
        # 60 seconds"): a distance or a time of the dose, no word of the name
        dosed = {
            b
            for a, b in itertools.pairwise(parsed.words)
            if (a.isdigit() or a in g.number_words) and (b in _DISTANCE_UNITS or _DOSE.fullmatch("1" + b))
        }

        shown = tuple(sorted(parsed.positions - chosen.positions)) + tuple(
            sorted(m for m in parsed.modifiers - chosen.modifiers if not m.startswith(("on ", "+")))
        )
        assumed = (
            tuple(changed)
            # (a dose written beside the name - "3x5", "4 x 12", "30s" - is no word of the name's)
            + tuple(
                f"ignored {w!r}"
                for w in parsed.unknown
                if not (w.isdigit() or _DOSE.fullmatch(w) or _counted(w) or w in dosed)
            )
            + tuple(f"not {w!r} (negated)" for w in parsed.negated)
        )
        if note:
            assumed += (f"ignored the note {note!r} (another exercise)",)
        assumed = self._guessed(base, parsed) + assumed
        return Resolution(
            name,
            "exercise",
            exercise,
            how="derived" if exercise is not base else "parsed",
            base=base,
            modifiers=tuple(m.replace("_", " ") for m in shown),
            assumed=assumed,
        )

    @staticmethod
    def _refused_choice(
        parsed: ParsedName,
        pool: Sequence[_Row],
        unrefused: Sequence[_Row],
        near: ParsedName,
        said: frozenset[str],
        by_id: Mapping[str, Exercise],
    ) -> str | None:
        """Why a name that refuses an apparatus its movement's exercises need is asked about: none
        is done without it, or several are and the name does not say which ("Leg curl (no
        machine)": on sliders, a ball or a band?); None when one is, or when the refusal took away
        no exercise nearer the name than those left ("Nordic (no band)": the Nordic)."""
        movement = parsed.head.replace("_", " ") if parsed.head else "movement"
        without = " or ".join(sorted(parsed.refused)).replace("_", " ")
        if not pool:
            return f"no catalog exercise is a {movement} done without a {without}: which exercise?"
        keys: dict[str, tuple[int, ...]] = {}
        for r in pool:
            key = _nearness(r, near, said)[:-1]
            keys[r.exercise_id] = min(keys.get(r.exercise_id, key), key)
        best = min(keys.values())
        before = [_nearness(r, near, said)[:-1] for r in unrefused if r.positions == parsed.positions]
        if before and min(before) >= best:
            return None  # (nothing nearer the name was refused)
        tied = sorted({by_id[i].name for i, key in keys.items() if key == best})
        if len(tied) > 1:
            return f"a {movement} without a {without} is the {', '.join(tied[:-1])} or {tied[-1]}: which one?"
        # one left, but it is a variant the name does not say ("Calf raise (no machine)": the
        # catalog's body-weight one is on one leg): asked, never a side or a form made up
        g = grammar()
        unsaid = sorted(
            m.replace("_", " ")
            for r in pool
            if _nearness(r, near, said)[:-1] == best
            for m in (r.modifiers - near.modifiers) | (r.positions - near.positions)
            if m not in g.equipment_ids and not m.startswith(("+", "on "))
        )
        if unsaid:
            return (
                f"a {movement} without a {without} is the {tied[0]}, {' and '.join(dict.fromkeys(unsaid))}, "
                "which the name does not say: which exercise?"
            )
        return None

    def _spelled_out(self, segments: list[list[str]], by_id: Mapping[str, Exercise]) -> Segments | None:
        """``segments`` with the longest run of words that is a catalog spelling naming no
        movement ("stiff") replaced by the words of that exercise's name ("stiff leg
        deadlift"), when the name then names one (read once: never again); else None."""
        g = grammar()
        longest = min(max(map(len, segments), default=0), self.longest_spelling)
        for size in range(longest, 0, -1):
            for seg_no, seg in enumerate(segments):
                for start in range(len(seg) - size + 1):
                    hit = self.exact.get(" ".join(seg[start : start + size]))
                    if hit is None:
                        continue
                    words = g.segments(by_id[hit[0]].name)
                    if len(words) != 1 or g.head_starts.isdisjoint(words[0]):
                        continue
                    said = Segments([list(s) for s in segments], getattr(segments, "joins", None))
                    said[seg_no][start : start + size] = words[0]
                    if g.parse(" ".join(w for s in said for w in s), said).head is not None:
                        return said
        return None

    @staticmethod
    def _runs(segments: list[list[str]], parting: bool) -> list[list[str]]:
        """The name's words cut at each conjunction ("and", "&", "+", "or", "then" ...) and each
        join between names (an arrow, an "x"; ``parting``: a slash, a dash, a semicolon and a comma
        too); brackets are read through ("Glider (Askling)" is one run)."""
        g = grammar()
        joins = getattr(segments, "joins", {})
        runs: list[list[str]] = [[]]
        for seg_no, seg in enumerate(segments):
            if runs[-1] and (joins.get(seg_no) == "join" or (parting and seg_no in joins)):
                runs.append([])
            words = list(seg)
            i = 0
            while i < len(words):
                phrase, size = g._match(words, i, len(words))
                if phrase is not None and phrase.role == "conjunction":
                    if runs[-1]:
                        runs.append([])
                else:
                    runs[-1].extend(words[i : i + size])
                i += size
        return [run for run in runs if run]

    def _joined_runs(self, name: str, segments: list[list[str]], by_id: Mapping[str, Exercise]) -> str | None:
        """Why a name joins two exercises that the grammar's movements alone do not tell apart, or
        None (``Grammar.parse`` and :meth:`_parted` read two joined movements as two exercises):

        - a catalog spelling with no movement word ("Askling glider", "Stiff") joined to another
          name: it is no movement to the grammar, so its words were read as a variant and a slider
          of the other one ("Askling glider + RDL") or dropped ("Askling glider and Bench press":
          out of scope). A run of words that is such a spelling (its words in any order) names
          that exercise; any other run naming a movement, or another such spelling, is a second;
        - two runs of one movement that place on two exercises (the movement's spellings name
          more than one: "Askling diver & Askling extender", a stretch and a hinge; "Box jump + Jump
          squat"): two, unless they are one exercise's names (:meth:`_one_exercise`: "Barbell RDL
          or dumbbell RDL")."""
        g = grammar()
        if not getattr(segments, "joins", None) and g.conjunction_starts.isdisjoint(
            w for seg in segments for w in seg
        ):
            # (speed: no join and no conjunction word, one run - most names; names23, about 5% of
            # map_names on an app's list)
            return None
        runs = self._runs(segments, parting=True)
        if len(runs) >= 2:
            spelled: list[str | None] = []  # per run: the exercise a head-less catalog spelling names
            for run in runs:
                said = " ".join(run)
                hit = self.exact.get(said) or self.bags.get(_bag(said))
                headless = hit is not None and g.parse(said, Segments([run])).head is None
                spelled.append(hit[0] if hit is not None and headless else None)
            for k, ident in enumerate(spelled):
                if ident is None:
                    continue
                for j, other in enumerate(runs):
                    if j == k or spelled[j] == ident:
                        continue
                    read = g.parse(" ".join(other), Segments([other]))
                    if spelled[j] is not None or read.head is not None or read.out_named:
                        first, second = sorted((k, j))
                        return _two_named(" ".join(runs[first]), " ".join(runs[second]), _or_said(segments))
        runs = self._runs(segments, parting=False)
        parts: list[_Part | None] = []
        for run in runs if len(runs) >= 2 else ():
            read = g.parse(" ".join(run), Segments([run]))
            placed = self.place(name, by_id, False, Segments([run])) if read.head is not None else None
            if placed is None or placed.exercise is None or read.conflict is not None:
                parts.append(None)
                continue
            parts.append(_Part(" ".join(read.base_words), placed.exercise, read, "join", tuple(run)))
        for one, after in itertools.pairwise(parts):
            if (
                one is not None
                and after is not None
                and one.parsed.head == after.parsed.head
                and not self._one_exercise(one, after)
            ):
                return _two_named(" ".join(one.said), " ".join(after.said), _or_said(segments))
        return None

    def _parted(
        self, name: str, parsed: ParsedName, segments: Segments, by_id: Mapping[str, Exercise]
    ) -> ParsedName:
        """``parsed``, or it with a conflict when a slash, a dash (a semicolon, a bar, a double
        hyphen) or a comma parts two names that each place on a different exercise ("Squat /
        RDL", "Nordic / GHR", "Lunge | Step-up", "Hip thrust, Nordic curl"): two exercises, or a
        choice of two, never one of them chosen silently (whichever was written last) - and so
        when one part names an upper-body, core or conditioning exercise ("Squat / Bench press",
        "RDL, Curl"): the lower-body part is not read alone. Two parts out of scope are one name
        out of scope, as each is ("Rope pullover / row").

        A part that names no exercise of its own is the other part's qualifier ("Leg curl,
        seated", "Squat, back", "RDL (Barbell) / (Dumbbell)"), and so is an apparatus or a part
        of the session (``qualifier``: "Split squat - bench", "RDL - warm up"; a weak spelling:
        "Running, Treadmill"). Two parts stay
        one name when they are one exercise (see :meth:`_one_exercise`): the same one ("RDL /
        Romanian deadlift"), one movement said with other equipment ("Barbell RDL / Dumbbell
        RDL"), a movement's apparatus after a dash ("Calf raise - leg press machine", as "calf
        raise leg press machine" is), a movement word and the name it leaves out ("Squat -
        Bulgarian Split": the Bulgarian split squat), an out-of-scope movement that finishes the
        other's rep (``joined_as_one``: "Clean / Press", "Trail Running/Walking"), or one the
        other's words spell as one movement ("Lunge / Walking": the walking lunge). A form said
        alone before a slash and a movement ("Sumo / Conventional deadlift") is a choice of two
        exercises when the form makes the movement another one (not a choice of equipment:
        "Barbell/Dumbbell RDL"); see also :meth:`_form_choice`."""
        g = grammar()
        cuts = [
            0,
            *sorted(i for i, kind in segments.joins.items() if kind in _PARTING),
            len(segments),
        ]
        named: list[_Part] = []
        # each part in order: a placed one, or a form alone ("Sumo": a variant, no movement)
        parts: list[_Part | tuple[list[str], ParsedName] | None] = []
        for start, end in itertools.pairwise(cuts):
            part = Segments(
                segments[start:end], {i - start: k for i, k in segments.joins.items() if start < i < end}
            )
            alone = g.parse(name, part)
            kind = segments.joins.get(start, "")
            # (the words said, but filler: "Superset: Squat" names the squat)
            words = " ".join(alone.base_words) or " ".join(w for seg in part for w in seg)
            parts.append(
                ([w for seg in part for w in seg], alone)
                if alone.head is None and alone.scope == "none" and (alone.positions or _variants(alone))
                else None
            )
            if alone.conflict is not None or (alone.angled and start > 0):
                # (an angle after another part is that part's position: "Bridge - 30° knee flexion")
                continue
            said = " ".join(w for seg in part for w in seg)
            spelled = self.exact.get(said) or self.bags.get(_bag(said))
            if alone.head is None and spelled is not None:  # a catalog spelling of no movement
                # (a catalog spelling of no movement word: "Askling glider")
                named.append(_Part(words, by_id[spelled[0]], alone, kind, tuple(said.split())))
                continue
            if alone.head is None:
                # a group's upper-body movement ("Superset: Squat, Bench press"), an upper-body,
                # core or conditioning movement of its own ("Squat / Bench press", "RDL, Curl";
                # not a qualifier: "Running, Treadmill", "Split squat - bench"), or a movement
                # said too briefly to place ("Swing / RDL": a kettlebell swing or a leg swing?)
                if (
                    (parsed.group and alone.scope == "out")
                    or (alone.scope == "out" and alone.out_named)
                    or (alone.scope == "out" and g.stray_qualifier(alone, parsed.named))
                    or (alone.scope == "none" and alone.named)
                ):
                    named.append(_Part(words, None, alone, kind, tuple(w for seg in part for w in seg)))
                continue
            placed = self.place(name, by_id, False, part)
            if placed.exercise is not None:
                named.append(_Part(words, placed.exercise, alone, kind, tuple(said.split())))
                parts[-1] = named[-1]
        for first, second in itertools.pairwise(named):
            if not self._one_exercise(first, second):
                both = f"{first.words!r} and {second.words!r}"
                why = f"names two exercises ({both}): write each on its own line"
                return attrs.evolve(parsed, conflict=why)
        if parsed.conflict is None:
            # a form alone, a slash from a movement, is a choice of that movement's forms: "Sumo /
            # Conventional deadlift" is a sumo deadlift or a conventional one, two exercises -
            # not the sumo one chosen silently; a choice of equipment is one ("Barbell/Dumbbell RDL")
            # (a form after the movement qualifies it: "RDL / single leg", "Lunge / Walking")
            for form, movement in itertools.pairwise(parts):
                if not (isinstance(form, tuple) and isinstance(movement, _Part) and movement.kind == "slash"):
                    continue
                head_words = g.head_words.get(str(movement.parsed.head), frozenset())
                # (the movement's words but those that are a form themselves: "Sumo / Bulgarian
                # squat" chooses a sumo squat or the Bulgarian one, "Sumo / split squat" a sumo
                # squat or a split squat - not a sumo Bulgarian split squat, the one written last)
                moved = [w for w in movement.words.split() if w in head_words]
                bare = [w for w in moved if not g.is_form(w)]
                formed = [*form[0], *(bare if bare else moved)]
                other = self.place(name, by_id, False, Segments([formed]))
                read = g.parse(name, Segments([formed]))
                if other.exercise is not None and read.head is not None:
                    choice = _Part(" ".join(read.base_words), other.exercise, read, "slash")
                    if not self._one_exercise(choice, movement):
                        either = f"{choice.words!r} or {movement.words!r}"
                        why = f"a choice of two exercises ({either}): write the one done"
                        return attrs.evolve(parsed, conflict=why)
        return parsed

    def _form_choice(self, name: str, segments: Segments, by_id: Mapping[str, Exercise]) -> str | None:
        """Why the name is a choice of two exercises, or None: two forms of one movement joined
        by a slash or "or" ("Conventional / Sumo deadlift", "Sumo or conventional deadlift",
        "Deadlift (conventional / sumo)", "Front / Back squat") that, each read with the movement
        alone, place on two exercises - never the form written last chosen silently. A choice of
        equipment is one exercise ("Barbell/Dumbbell RDL", "Barbell or dumbbell RDL"), and so is
        a choice of forms that place alike ("High bar / Low bar squat"). A form after the
        movement, a slash from it, qualifies it ("RDL / single leg", "Lunge / Walking")."""
        g = grammar()
        slashed = [k for k, kind in segments.joins.items() if kind == "slash"]
        if not slashed and not any("or" in seg for seg in segments):
            return None
        # each segment's phrases: (start, end, whether a form: a position, variant or equipment
        # phrase or a plain-form word, whether equipment, whether the word "or")
        tokens: list[list[_Token]] = []
        for seg in segments:
            found: list[_Token] = []
            i = 0
            while i < len(seg):
                phrase, size = g._match(list(seg), i, len(seg))
                role = phrase.role if phrase is not None else ""
                form = role in ("position", "variant", "equipment") or (size == 1 and seg[i] in g.plain_forms)
                choice = role == "conjunction" and seg[i] == "or"
                found.append((i, i + size, form, role == "equipment", choice))
                i += size
            tokens.append(found)

        def run(seg_no: int, start: int, step: int) -> list[_Token]:
            """The form phrases of segment ``seg_no`` from token ``start`` on, going ``step``."""
            out = []
            toks = tokens[seg_no]
            while 0 <= start < len(toks) and toks[start][2]:
                out.append(toks[start])
                start += step
            return out

        # (the segment and token spans dropped for reading A, for reading B, and the "or" between)
        choices: list[tuple[list[_At], list[_At], _At | None]] = []
        for k in slashed:
            left, right = run(k - 1, len(tokens[k - 1]) - 1, -1), run(k, 0, 1)
            choices.append(([(k, t) for t in right], [(k - 1, t) for t in left], None))
        for seg_no, toks in enumerate(tokens):
            for t, tok in enumerate(toks):
                if tok[4]:
                    left, right = run(seg_no, t - 1, -1), run(seg_no, t + 1, 1)
                    choices.append(([(seg_no, x) for x in right], [(seg_no, x) for x in left], (seg_no, tok)))
        for drop_a, drop_b, conjunction in choices:
            if not drop_a or not drop_b:
                continue
            # (the forms either side of the join, one for one: "Barbell sumo / conventional
            # deadlift" chooses the stance; "Single-leg / DB RDL" says no second "Romanian")
            drop_a, drop_b = drop_a[: len(drop_b)], drop_b[: len(drop_a)]
            tools_a = {tok[3] for _, tok in drop_b}  # (reading A keeps the left forms)
            tools_b = {tok[3] for _, tok in drop_a}
            if tools_a != tools_b and (tools_a == {True} or tools_b == {True}):
                continue  # equipment beside a form: both said, no choice ("Single-leg / DB RDL")
            readings = []
            for dropped in (drop_a, drop_b):
                gone = {(seg_no, i) for seg_no, (start, end, *_) in dropped for i in range(start, end)}
                if conjunction is not None:
                    seg_no, (start, end, *_) = conjunction
                    gone.update((seg_no, i) for i in range(start, end))
                words = [
                    [w for i, w in enumerate(seg) if (seg_no, i) not in gone]
                    for seg_no, seg in enumerate(segments)
                ]
                kept = [n for n, seg in enumerate(words) if seg]
                joins = {
                    kept.index(n): kind
                    for n, kind in segments.joins.items()
                    if n in kept and n not in slashed
                }
                said = Segments([words[n] for n in kept], joins)
                placed = self.place(name, by_id, False, said)
                read = g.parse(name, said)
                if placed.exercise is None or read.head is None:
                    break
                flat = tuple(w for seg in said for w in seg)
                readings.append(_Part(" ".join(flat), placed.exercise, read, "slash", flat))
            else:
                if not self._one_exercise(*readings):
                    either = " or ".join(repr(r.words) for r in readings)
                    return f"a choice of two exercises ({either}): write the one done"
        return None

    @staticmethod
    def _one_exercise(first: _Part, second: _Part) -> bool:
        """Whether two parts of a name that each place on an exercise (``second`` after a
        ``second.kind`` join) are one exercise's name (see :meth:`_parted`)."""
        g = grammar()
        a, b = first.parsed, second.parsed
        if first.exercise is None and second.exercise is None:  # two upper-body movements
            return True  # (two: out of scope or unknown as they are)
        if first.exercise is None or second.exercise is None:  # and an exercise: one only when
            # it finishes the exercise's rep, is part of its name, or - after a dash - is a
            # whole-body movement a bare movement word before names the start of (ExerciseDB's
            # "Bridge - mountain climber": a mountain climber from a bridge; heuristic: "Back
            # squat - Bike" names two)
            overrides = any(g.heads[h].get("overrides_lower") for h in second.parsed.out_named)
            return (
                _finishes(first, second)
                or _absorbed(first, second)
                or (overrides and second.exercise is None and second.kind == "dash" and len(first.said) == 1)
            )
        if first.exercise.id == second.exercise.id:
            return True
        if a.head is None or b.head is None:  # a catalog spelling of no movement word: itself
            return False
        if (a.head, a.positions, _variants(a), {*a.base_words, *a.unknown}) == (
            b.head,
            b.positions,
            _variants(b),
            {*b.base_words, *b.unknown},
        ):
            return True  # one movement, other equipment: "Barbell RDL / Dumbbell RDL"
        if second.kind == "slash":  # "Squat / Bulgarian split squat": a choice of two
            return False
        # the movement and its apparatus, said with its equipment: "Calf raise - leg press
        # machine" (a movement that outranks another only as its apparatus, ``outranks``)
        for top, tool in ((a, b), (b, a)):
            if tool.equipment and tool.head in g.heads[str(top.head)].get("outranks", ()):
                return True
        # a movement word alone, then a name that leaves it out and places on an exercise whose
        # name holds it ("Squat - Bulgarian split", "Squat, Bulgarian split": the split squat)
        said_a = set(first.words.split())
        named_b = set(g.normalize(second.exercise.name).split())
        return (
            not a.positions
            and not _variants(a)
            and not a.unknown
            and said_a <= named_b
            and said_a.isdisjoint(second.words.split())
        )

    def _either(
        self, name: str, word: str, segments: list[list[str]], by_id: Mapping[str, Exercise], suggest: bool
    ) -> Resolution:
        """A name with an abbreviation of more than one meaning (``TB``: a trap bar or a tib bar),
        read once per meaning: placed when every reading places it (or finds it out of scope) and
        they agree on the class (the first meaning's exercise: ``TB DL`` is the trap-bar
        deadlift), else unknown (``TB raise``: a trap-bar raise is an upper-body raise, a tib-bar
        raise the tibialis raise; ``TB`` alone names no movement with a trap bar)."""
        g = grammar()
        meanings = g.ambiguous[word]
        readings = []
        for spelled in meanings:
            words = g.segments(spelled)[0]
            said = Segments(
                [[x for w in seg for x in (words if w == word else [w])] for seg in segments],
                getattr(segments, "joins", None),
            )
            readings.append((spelled, self.place(name, by_id, suggest, said)))
        unplaced = next((r for _, r in readings if r.status == "unknown"), None)
        if unplaced is not None:
            why = f"{word!r} may be {' or '.join(meanings)}; {unplaced.reason}"
            return attrs.evolve(unplaced, reason=why)
        if len({r.movement_class or r.status for _, r in readings}) == 1:
            spelled, first = readings[0]
            if all(r.exercise == first.exercise for _, r in readings[1:]):
                # every meaning places the same exercise: the word chose nothing, and the tool only
                # one meaning names is not shown ("Hamstring stretch with strap" is no cable stretch)
                common = tuple(m for m in first.modifiers if all(m in r.modifiers for _, r in readings))
                alike = f"read {word!r} as {' or '.join(map(repr, meanings))}: either places it alike"
                return attrs.evolve(first, modifiers=common, assumed=(alike, *first.assumed))
            return attrs.evolve(first, assumed=(f"read {word!r} as {spelled!r}", *first.assumed))
        either = " or ".join(
            f"{s} ({r.base.name if r.base is not None else r.status.replace('_', ' ')})" for s, r in readings
        )
        parsed = g.parse(name, segments)
        return self._unknown(name, parsed, f"{word!r} may be {either}", by_id, suggest)

    def _unknown(
        self, name: str, parsed: ParsedName, reason: str, by_id: Mapping[str, Exercise], suggest: bool
    ) -> Resolution:
        keep = {*parsed.base_words, *parsed.unknown}
        words = [w for w in parsed.words if w in keep]
        # (never one needing the apparatus the name refuses: "Leg curl (no machine)" is offered no
        # lying machine curl)
        refuse = _refused_equipment(parsed, grammar())
        suggestions = (
            self.suggest(words, by_id, avoid=" ".join(parsed.words), refuse=refuse) if suggest else ()
        )
        return Resolution(name, "unknown", suggestions=suggestions, reason=reason)

    # -- did you mean -----------------------------------------------------------------------

    def suggest(
        self,
        words: Sequence[str],
        by_id: Mapping[str, Exercise],
        avoid: str = "",
        refuse: frozenset[str] = frozenset(),
    ) -> tuple[str, ...]:
        # ``avoid``: the name asked about, normalised - never suggested back; ``refuse``: equipment
        # values no suggestion may need
        """Up to three catalog names close to ``words`` (the base movement, no equipment).

        Prefiltered: only spellings sharing a word, or a word one edit from one (a deletion
        index, not pairwise comparison), are scored - by the words they share over the words
        either has (Jaccard), then by how close their length is.
        """
        if not words:
            return ()
        hits: dict[str, float] = {}
        for word in dict.fromkeys(words):
            matches = [word] if word in self.words else self.near.near(word)[:2]
            weight = 1.0 if matches and matches[0] == word else 0.8
            for match in matches:
                for spelling in self.words.get(match, ()):
                    hits[spelling] = hits.get(spelling, 0.0) + weight
        if not hits:
            return ()
        size = len(set(words))
        query_length = sum(len(w) for w in words)

        def score(spelling: str) -> tuple[float, int, str]:
            shared = hits[spelling]
            jaccard = shared / (size + spelling.count(" ") + 1 - shared)
            return (-jaccard, abs(len(spelling) - query_length), spelling)

        ranked = sorted(hits, key=score)
        names: list[str] = []
        avoid_ids = {self.exact[avoid][0]} if avoid in self.exact else set()
        for spelling in ranked:
            ident = self.spellings[spelling]
            ex_name = by_id[ident].name
            if (
                ex_name not in names
                and ident not in avoid_ids
                and self.name_norm[ident] != avoid
                and refuse.isdisjoint(e.value for e in by_id[ident].equipment)
            ):
                names.append(ex_name)
            if len(names) == _SUGGEST_LIMIT:
                break
        return tuple(names)


def _band_said_with(segments: Sequence[Sequence[str]], g: Grammar) -> bool:
    """Whether a band is said after "with" ("with band", "with bands"): the words the grammar
    reads as accommodating resistance (chains are that alone)."""
    for seg in segments:
        for first, second in itertools.pairwise(seg):
            said = g.phrases.get((first, second))
            tool = g.phrases.get((second,)) or g.phrases.get((g.singular(second),))
            if (
                said is not None
                and said.ident == "accommodating"
                and tool is not None
                and tool.ident == "band"
            ):
                return True
    return False


def _two_named(first: str, second: str, choice: bool) -> str:
    """Why a name naming two exercises is unknown: two done ("Squat and RDL"), or a choice of two
    when "or" joins them ("Box jump or jump squat": the one done is to be written, not both)."""
    if choice:
        return f"a choice of two exercises ({first!r} or {second!r}): write the one done"
    return f"names two exercises ({first!r} and {second!r}): write each on its own line"


def _or_said(segments: Sequence[Sequence[str]]) -> bool:
    """Whether a name's words join two names by "or" (and by nothing else)."""
    words = [w for seg in segments for w in seg]
    joins = {w for w in words if w in grammar().conjunction_words}
    return joins == {"or"}


def _finishes(first: _Part, second: _Part) -> bool:
    """Whether the movement of ``second`` (out of scope) finishes the rep or session of the
    exercise of ``first`` (``joined_as_one``: "Clean / Press", "Trail running / Walking")."""
    g = grammar()
    head = first.parsed.head
    if head is None or first.exercise is None or second.exercise is not None:
        return False
    said = (tuple(second.parsed.base_words), second.said)
    return any(words in g.as_one.get(head, ()) for words in said)


def _absorbed(first: _Part, second: _Part) -> bool:
    """Whether the out-of-scope movement of one part, said in one run with the other part's
    words, is part of a lower-body movement's own spelling: "Lunge / Walking" is the walking
    lunge, no walk and a lunge."""
    g = grammar()
    out, placed = (first, second) if first.exercise is None else (second, first)
    for words in ((*first.said, *second.said), (*second.said, *first.said)):
        read = g.parse(" ".join(words), Segments([list(words)]))
        if (
            read.head not in (None, placed.parsed.head)  # another movement: "walking lunge"
            and read.conflict is None
            and not set(out.parsed.named) & set(read.named)
        ):  # ("Power clean / Pull-up" is no "clean pull" and an "up")
            return True
    return False


@attrs.frozen
class _Part:
    """A part of a name that a slash, a dash or a comma parts from the rest, and places on an
    exercise alone: its words, that exercise (None: an upper-body movement of a group of
    exercises, "Superset: Squat, Bench press"), its parse and the join before it."""

    words: str
    exercise: Exercise | None
    parsed: ParsedName
    kind: str
    said: tuple[str, ...] = ()
    """The part's words, all of them (``words`` leaves out filler and equipment)."""


#: A phrase of a name, for a choice of forms (``NameIndex._form_choice``): its start and end in its
#: segment, whether it is a form, whether equipment, whether the word "or".
_Token = tuple[int, int, bool, bool, bool]
#: ... and with its segment's index.
_At = tuple[int, _Token]


def _variants(parsed: ParsedName) -> frozenset[str]:
    """The variant words a name says: its modifiers but equipment, other movements and apparatus."""
    return frozenset(m for m in parsed.modifiers - parsed.equipment if not m.startswith(("+", "on ")))


#: A word that gives a dose, not a movement: sets and reps (``3x8``, ``x6``), a load, a
#: distance, a height or a time (``100kg``, ``40m``, ``24in``, ``60s``).
_UNIT = "(?:kg|kgs|lb|lbs|m|km|yd|yds|in|cm|s|sec|secs|min|mins|reps?)"
_DOSE = re.compile(rf"\d*x\d+{_UNIT}?|\d+x|\d+{_UNIT}")


def _bag(norm: str) -> str:
    return " ".join(sorted(set(norm.split())))


def _nearness(
    row: _Row, parsed: ParsedName, said: frozenset[str]
) -> tuple[int, int, int, int, int, int, int]:
    """Closest spelling first: add no modifier the name did not say - nor a hold: a name with no
    hold word is the moving exercise before the held one whose spelling omits it ("hamstring
    bridge" is the long-lever bridge, not the "Straight-Leg Bridge" hold) - share the most variants
    (single-leg, sumo...), then the most equipment - equipment is harmless, so a second
    equipment word can never outvote a variant and change the exercise's class - then have the
    most words the name said (``said``: the name's words), then the fewest it did not - when
    it shares any, else the catalog's order decides: "lateral box jump" is the box jump, not
    "bounding", and "multi hip adduction" the "hip adduction" machine, not the "copenhagen
    adduction", though each pair names the same base movement."""
    return _nearness_to(parsed, said)(row)


def _nearness_to(
    parsed: ParsedName, said: frozenset[str]
) -> Callable[[_Row], tuple[int, int, int, int, int, int, int]]:
    """:func:`_nearness` to ``parsed`` as a key of one argument, what is the name's worked out
    once (speed, names23: ``place`` scores every row of a movement's spellings)."""
    modifiers, equipment_said = parsed.modifiers, parsed.equipment
    unheld = "hold" not in modifiers

    def key(row: _Row) -> tuple[int, int, int, int, int, int, int]:
        shared = row.modifiers & modifiers
        equipment = len(shared & equipment_said)
        words = len(row.words & said)
        return (
            len(row.modifiers - modifiers),
            int(row.isometric and unheld),
            equipment - len(shared),
            -equipment,
            -words,
            len(row.words - said) if words else 0,
            row.order,
        )

    return key


def _already(exercise: Exercise, positions: frozenset[str]) -> bool:
    """Whether every position word of ``positions`` only sets attributes ``exercise`` already has
    (``standing`` of a standing exercise); a word that sets nothing changes the exercise."""
    g = grammar()
    for ident in positions:
        if _shown(exercise.movement_class) in g.positions[ident].get("already_in", ()):
            continue  # (a word that says the exercise's class: "stiff-leg" of a straight-knee hinge)
        sets = g.positions[ident].get("sets", {})
        if not sets:
            return False
        for key, value in sets.items():
            current = getattr(exercise, key)
            if getattr(current, "value", current) != value:
                return False
    return True


def _apply(base: Exercise, parsed: ParsedName, row: _Row, name: str) -> tuple[Exercise, list[str]]:
    """The base exercise with the name's extra position words and modifiers applied."""
    g = grammar()
    known = _equipment_values()
    changes: dict[str, Any] = {}
    for ident in sorted(parsed.positions - row.positions):
        changes.update(g.positions[ident].get("sets", {}))
        # (... and what it changes in a movement of the base's class: a hip-dominant lunge)
        changes.update(g.positions[ident].get("sets_for", {}).get(base.movement_class, {}))
    for ident in sorted(parsed.modifiers - row.modifiers):
        changes.update(g.mods.get(ident, {}).get("sets", {}))
    if (
        "load_position" in changes
        and _shown(base.load_position) == "bodyweight"
        and not parsed.equipment & _LOADS
    ):
        # a word that places a load ("front", "overhead"), said of a movement that carries none
        # and with no load named, says a direction or a side: "Front leg swings" swing the leg
        # forward - no stretch held in a front rack (it was derived with the load on the chest)
        del changes["load_position"]
    # a movement done on a tool in place of its machine ("Reverse hyper on a bench": the hips on
    # the bench's end) needs that tool, not the machine, and its load is the legs' own weight
    # (a head's ``apparatus`` and ``apparatus_in_place``)
    meta = g.heads.get(parsed.head or "", {})
    in_place = sorted(parsed.equipment & set(meta.get("apparatus_in_place", ())))
    own = meta.get("apparatus")
    # (... or its apparatus refused: "Reverse hyper (no machine)" is done on a bench)
    if (in_place or own in _refused_equipment(parsed, g)) and own in {e.value for e in base.equipment}:
        tools = {known[t] for t in in_place if t in known} or {known["bench"]}
        changes["equipment"] = frozenset({e for e in base.equipment if e.value != own} | tools)
        changes["load_position"] = "bodyweight"
        changes.update(meta.get("apparatus_sets", {}))
    # a tool used like another the base needs, and an apparatus of its own, in that one's place:
    # the straps of "TRX leg curl" hold the feet as the ball does - the ball's curl, on straps,
    # needs a suspension trainer, not a ball (``like``; check_equipment read TRX as a ball)
    stand_ins = {str(g.mods[m]["like"]): m for m in parsed.equipment if "like" in g.mods[m] and m in known}
    if stand_ins and "equipment" not in changes and any(e.value in stand_ins for e in base.equipment):
        changes["equipment"] = frozenset(known[stand_ins.get(e.value, e.value)] for e in base.equipment)
    changed = {}
    for key, value in changes.items():
        current = getattr(base, key)
        if getattr(current, "value", current) != value:
            changed[key] = value
    if changed.get("load_position") == "bodyweight":
        # the body's own weight moves, no bar: what the load made of the lift is gone - a dowel hip
        # hinge or a body-weight RDL is no heavy, spine-loading, fatiguing barbell lift (rv23 R6)
        for key in ("loadability", "spinal_load", "systemic_fatigue"):
            if _shown(getattr(base, key)) != "low":
                changed[key] = "low"
        unloaded = frozenset(e for e in base.equipment if e.value not in _LOADS)
        if unloaded != base.equipment:
            changed["equipment"] = unloaded
    loads = _said_loads(base, parsed, g)
    machine_loaded = getattr(base.load_position, "value", base.load_position) == "machine"
    if (
        loads is not None
        and ("start_position" in changed or (machine_loaded and loads - base.equipment))
        and loads != base.equipment
        and "equipment" not in changed
    ):
        # done in another position than its base and said with a load of its own: that load, not
        # the base's ("Prone hip extension with ankle weight" is no cable exercise lying prone);
        # and a machine's exercise said with a free load is done with that load, no machine
        # ("Kneeling leg curl with dumbbell" needed the machine and the dumbbell; "Dumbbell leg
        # curl" is done lying on a bench, the dumbbell between the feet; "Band hip abduction"
        # needs no machine) - a bar's lift said with another free load keeps the bar's exercise
        # (a dumbbell squat is a back squat), as it is not derived
        changed["equipment"] = loads
    if not changed:
        return base, []
    tags = sorted(parsed.positions - row.positions) + sorted(
        m for m in parsed.modifiers - row.modifiers if not m.startswith(("+", "on "))
    )
    notes = [f"{k.replace('_', ' ')} {_shown(v)}" for k, v in sorted(changed.items())]
    derived = attrs.evolve(
        base,
        id=f"{base.id}__{'_'.join(tags) or 'variant'}",
        name=name.strip()[:200],
        aliases=(),
        article_rank=None,
        sources=(
            *base.sources,
            f"derived from {base.id}: {', '.join(notes)} (heuristic: the name's modifiers)",
        ),
        **changed,
    )
    return derived, notes


#: The equipment that is a lift's load, which its body-weight form leaves out.
_LOADS = frozenset(
    {"barbell", "trap_bar", "landmine", "dumbbell", "kettlebell", "smith_machine", "cable", "band"}
)


def _said_loads(base: Exercise, parsed: ParsedName, g: Grammar) -> frozenset[Any] | None:
    """``base``'s equipment with its loads (:data:`_LOADS`) those the name says in their place,
    or None when the name says no load (a load: what body weight yields to, ``implied_unless``;
    an ankle weight or a vest is a free weight of no catalog tool: the base's load is left out)."""
    said = parsed.equipment & g.body_weight_yields_to
    if not said:
        return None
    known = _equipment_values()
    tools = {known[t] for t in said if t in known and t in _LOADS}
    # (a machine is the load of an exercise it loads: a free load said in its place replaces it;
    # "machine" said keeps it, and a vest or a plate - no catalog tool - leaves it)
    machine_loaded = getattr(base.load_position, "value", base.load_position) == "machine"
    loads = _LOADS | ({"machine"} if machine_loaded and tools and "machine" not in said else set())
    kept = {e for e in base.equipment if e.value not in loads}
    return frozenset(kept | tools)


def _shown(value: object) -> str:
    if isinstance(value, frozenset):
        return ", ".join(sorted(_shown(v) for v in value)) or "none"
    return str(getattr(value, "value", value))


# -- an app's whole list -----------------------------------------------------------------------

_RECORD_FIELDS = (
    "name",
    "status",
    "class",
    "exercise_id",
    "exercise",
    "base_id",
    "how",
    "modifiers",
    "assumed",
    "suggestions",
    "reason",
)


#: What makes a spreadsheet read a cell as a formula (OWASP, "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: a ``'`` before a formula's first character (and
    before a ``'`` that would otherwise be read back as this quote), so no name runs."""
    if text.startswith(_FORMULA_START) or (text[:1] == "'" and text[1:2] in (*_FORMULA_START, "'")):
        return "'" + text
    return text


def csv_cell_value(cell: str) -> str:
    """The text :func:`csv_cell` wrote (the inverse: one leading ``'`` of a quoted cell goes)."""
    if cell[:1] == "'" and cell[1:2] in (*_FORMULA_START, "'"):
        return cell[1:]
    return cell


@attrs.frozen
class NameMap:
    """How each name of a list was placed (:meth:`~hamstring_rules.Catalog.map_names`).

    Review it (``to_pandas()``, ``to_records()``, CSV or JSON), keep the rows you agree with, and
    load them back with :meth:`~hamstring_rules.Catalog.with_aliases` so later checks are exact.
    """

    resolutions: tuple[Resolution, ...]

    def __iter__(self) -> Iterator[Resolution]:
        return iter(self.resolutions)

    def __len__(self) -> int:
        return len(self.resolutions)

    def __repr__(self) -> str:
        counts = self.counts()
        return f"<NameMap of {len(self)} names: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + ">"

    def counts(self) -> dict[str, int]:
        """How many names were placed each way (``name``, ``alias``, ``parsed``, ``derived``), out
        of scope or unknown."""
        out: dict[str, int] = {}
        for res in self.resolutions:
            key = res.how or res.status
            out[key] = out.get(key, 0) + 1
        return dict(sorted(out.items()))

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per name, in input order (lists for modifiers, assumed, suggestions)."""
        rows = []
        for res in self.resolutions:
            ex, base = res.exercise, res.base
            rows.append(
                {
                    "name": res.name,
                    "status": res.status,
                    "class": res.movement_class,
                    "exercise_id": ex.id if ex else None,
                    "exercise": ex.name if ex else None,
                    "base_id": base.id if base else None,
                    "how": res.how or None,
                    "modifiers": list(res.modifiers),
                    "assumed": list(res.assumed),
                    "suggestions": list(res.suggestions),
                    "reason": res.reason or None,
                }
            )
        return rows

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one row per name (needs the ``pandas`` extra)."""
        from ._frames import optional

        pd = optional("pandas", "pandas")
        return pd.DataFrame(self.to_records(), columns=list(_RECORD_FIELDS))

    def to_json(self, *, indent: int | None = 2) -> str:
        """The records as JSON text."""
        import json

        from ._validate import json_indent

        return json.dumps(self.to_records(), indent=json_indent(indent), ensure_ascii=False)

    def to_csv(self) -> str:
        """The records as CSV text (lists joined with ``; ``), a header row first.

        A cell a spreadsheet would run as a formula (one starting with ``=``, ``+``, ``-``,
        ``@``, a tab or a carriage return: OWASP's CSV injection) is written with a leading
        ``'``, which spreadsheets show as text; :func:`csv_cell_value` undoes it when the
        reviewed file is read back (``--aliases``), so names round-trip exactly.
        """
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(_RECORD_FIELDS)
        for row in self.to_records():
            writer.writerow(
                csv_cell("; ".join(v) if isinstance(v, list) else ("" if v is None else v))
                for v in (row[k] for k in _RECORD_FIELDS)
            )
        return buffer.getvalue()

    def aliases(self) -> dict[str, str]:
        """Placed names -> the catalog exercise they stand for (derived names: their base)."""
        return {r.name: r.base.id for r in self.resolutions if r.base is not None}
