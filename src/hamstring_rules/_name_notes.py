"""Notes beside an exercise name: the movement a name places is the one it names first.

Coaches write a note after the exercise: ``Good morning (after squats)``, ``Squat (not RDL)``,
``Hip thrust instead of RDL``, ``Nordic (sprint prep)``, ``Bent over row (RDL position)``,
``RDL (stretch at bottom)``, ``Leg curl (1s hold)``. The grammar reads every word of a name as
part of one movement, so the movement named in the note could replace the one the row is about
(review27 R1, R11, R13, R14, R15). This module reads such a name in two steps, around
:meth:`NameIndex.place <hamstring_rules.names.NameIndex.place>`:

1. *Cues.* ``stretch``/``full stretch``/``stretch focus``/``lengthened partials`` beside a lift
   say where the lift is loaded, and ``N s hold``/``hold at top``/``pause at stretch`` a pause
   in each rep: neither is the static stretch or the isometric hold exercise. When the whole
   name reads as a stretch or a hold (or reads as nothing), the cue is taken out (a hold
   becomes the ``pause`` modifier) and the name read again; the reading is kept when it is a
   movement that is neither a stretch nor a hold. A name whose movement IS the stretch or the
   hold keeps it: ``Hamstring stretch`` and ``Good morning stretch`` end on the stretch (English
   names its movement last), ``Glute bridge hold`` holds for no time said, ``Glute bridge hold
   30s`` longer than a pause.
2. *Notes.* A bracketed part, the rest of the name after a dash/comma/semicolon, or the rest
   after a note word said bare (``instead of``, ``after``, ``not``...) is a note when it names a
   movement or an activity and either says it is a note (a word of :attr:`NoteWords.openers`
   first, of :attr:`NoteWords.closers` last, ``data/words.toml``: ``not RDL``, ``squat day``,
   ``RDL grip``) or its movement replaced the one named outside it (``Leg curl (jump)``: a jump
   of another movement class). A note of words the grammar does not know is ignored when it
   alone made a placed name unknown (``RDL (handles)``, R12). The name is then the reading of
   the rest, the note listed in ``assumed`` as ``ignored the note ...`` (which the "Names read
   as" line of a check shows).

Nothing here picks between two movements nothing marks: ``Squat RDL`` and ``Squat, RDL`` are
read (or refused as naming two exercises) as before.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from .names import Grammar, Resolution

__all__ = ["NoteWords", "note_words", "read_with_notes"]

_Phrases = frozenset[tuple[str, ...]]


def _phrases(listed: object, where: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of a list of ``data/words.toml`` ``where``, each as its words; anything but a
    list of non-empty strings is a CatalogError naming the list."""
    if not isinstance(listed, list) or not all(isinstance(p, str) and p.split() for p in listed):
        from .errors import CatalogError

        raise CatalogError(f"words.toml: {where} must be a list of words and phrases")
    return tuple(tuple(p.split()) for p in listed)


def _by_first(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` by their first word, the longest first (a scan of a name's words looks up one)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def _either(phrases: Iterable[tuple[str, ...]], joiner: str) -> str:
    """A regular expression matching any of ``phrases`` (the longest first), their words joined by
    ``joiner``."""
    spelled = sorted({joiner.join(map(re.escape, p)) for p in phrases}, key=lambda x: (-len(x), x))
    return "(?:" + "|".join(spelled) + ")"


@attrs.frozen
class NoteWords:
    """The words notes beside a name are read by (``data/words.toml`` ``[name_notes]``), each list
    as its phrases (a phrase as its words), with the lookups and patterns built from them once."""

    negations: _Phrases
    """The openers that negate ("not", "without")."""
    pairings: _Phrases
    """The openers that pair another exercise with the one named ("superset with")."""
    weak: _Phrases
    """Openers and closers that may also say how the movement is done ("for", "grip")."""
    openers: tuple[tuple[str, ...], ...]
    """Every opener: negations, substitutions, orders, purposes, pairings, the weak ones."""
    closers: tuple[tuple[str, ...], ...]
    """Every closer ("day", "prep", and the weak ones)."""
    joins: frozenset[str]
    """Words that join a second name to the first ("and", "then")."""
    at: frozenset[str]
    """Words that say where in a rep ("at", "in", "on": "pause at the top", "stretch at bottom")."""
    pause_max_s: float
    """The longest hold read as a pause in each rep, in seconds (heuristic)."""
    pause: re.Pattern[str]
    """A pause in a rep ("1s hold", "hold at top"), its seconds in groups n1, n2, n3."""
    stretch_cue: re.Pattern[str]
    """Stretch words that say where a lift is loaded ("full stretch", "lengthened partials")."""
    openers_by_first: Mapping[str, tuple[tuple[str, ...], ...]]
    closers_by_last: Mapping[str, tuple[tuple[str, ...], ...]]
    bare_openers: _Phrases
    """The openers a note said bare (no bracket, no dash) may open: "with" and "for" join the
    name's own words ("Lunge with twist stretch"), and a pairing names two exercises."""
    bare_first: re.Pattern[str]
    """Any first word of :attr:`bare_openers`, as a word."""

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> NoteWords:
        """Read ``[name_notes]`` of ``data/words.toml`` (a CatalogError names a list that is not one)."""
        from .errors import CatalogError

        def listed(table: Mapping[str, Any], key: str, where: str) -> tuple[tuple[str, ...], ...]:
            return _phrases(table.get(key), f"[{where}] {key}")

        notes = data.get("name_notes", {})
        pause, cue = notes.get("pause", {}), notes.get("stretch_cue", {})
        negations = listed(notes, "negations", "name_notes")
        pairings = listed(notes, "pairings", "name_notes")
        weak_openers = listed(notes, "weak_openers", "name_notes")
        weak_closers = listed(notes, "weak_closers", "name_notes")
        openers = (
            *sorted(negations),
            *listed(notes, "openers", "name_notes"),
            *sorted(pairings),
            *weak_openers,
        )
        closers = (*listed(notes, "closers", "name_notes"), *weak_closers)
        max_s = pause.get("max_seconds")
        if isinstance(max_s, bool) or not isinstance(max_s, int | float) or max_s <= 0:
            raise CatalogError("words.toml: [name_notes.pause] max_seconds must be a positive number")
        seconds = _either(listed(pause, "seconds", "name_notes.pause"), r"\s+")
        hold = _either(listed(pause, "holds", "name_notes.pause"), r"\s+")
        at = (
            _either(listed(pause, "at", "name_notes.pause"), r"\s+")
            + r"\s+(?:the\s+)?"
            + _either(listed(pause, "places", "name_notes.pause"), r"\s+")
        )
        # "1s hold", "3-sec pause", "hold 2s", "hold at top (2s)", "pause at stretch"
        pause_re = re.compile(
            rf"(?<![a-z0-9.])(?:(?P<n1>\d+(?:\.\d+)?)\s*-?\s*{seconds}\s*-?\s*{hold}(?:\s+{at})?"
            rf"|{hold}\s+{at}(?:\s*[(\[]?\s*(?:for\s+)?(?P<n2>\d+(?:\.\d+)?)\s*-?\s*{seconds}\s*[)\]]?)?"
            rf"|{hold}\s+(?:for\s+)?(?P<n3>\d+(?:\.\d+)?)\s*-?\s*{seconds})(?![a-z0-9])"
        )
        joiner = r"\s*-?\s*"
        word = _either(listed(cue, "words", "name_notes.stretch_cue"), joiner)
        before = _either(listed(cue, "before", "name_notes.stretch_cue"), joiner)
        after = _either(listed(cue, "after", "name_notes.stretch_cue"), joiner)
        lengthened = _either(listed(cue, "lengthened", "name_notes.stretch_cue"), joiner)
        partials = _either(listed(cue, "partials", "name_notes.stretch_cue"), joiner)
        stretch_re = re.compile(
            rf"(?<![a-z0-9])(?:(?:{before}{joiner})*{word}(?:{joiner}{after})*"
            rf"|{lengthened}(?:{joiner}{partials})?|{partials})(?![a-z0-9])"
        )
        weak = frozenset(weak_openers + weak_closers)
        bare = frozenset(openers) - weak - frozenset(pairings)
        return cls(
            negations=frozenset(negations),
            pairings=frozenset(pairings),
            weak=weak,
            openers=openers,
            closers=closers,
            joins=frozenset(w for p in listed(notes, "joins", "name_notes") for w in p),
            at=frozenset(w for p in listed(pause, "at", "name_notes.pause") for w in p),
            pause_max_s=float(max_s),
            pause=pause_re,
            stretch_cue=stretch_re,
            openers_by_first=_by_first(openers),
            closers_by_last=_by_first(tuple(reversed(c)) for c in closers),
            bare_openers=bare,
            bare_first=re.compile(rf"(?<![a-z0-9])(?:{'|'.join(sorted({o[0] for o in bare}))})(?![a-z0-9])"),
        )


@functools.cache
def note_words() -> NoteWords:
    """The shipped note words (``data/words.toml``), read once."""
    from ._data import builtin_data

    return NoteWords.from_data(builtin_data()["words.toml"])


_WORD = re.compile(r"[a-z0-9]+")
_BRACKET = re.compile(r"[(\[{]([^()\[\]{}]*)(?:[)\]}]|$)")
_SEPARATOR = re.compile(r"\s[-–—]+\s|\s*--+\s*|\s*[,;|]\s*")


def _words(text: str) -> list[str]:
    # (accents folded first: "extensión de cadera" is four letters' words, not "extensi", "n"...;
    # names25 - a note in Spanish, Portuguese, French or German lost its movement's word)
    return _WORD.findall(_folded(text.casefold()))


@functools.lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """``text`` with its accents taken off (``é`` is ``e``, ``ü`` ``u``); ASCII text as it is."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _stretch_or_hold(res: Resolution) -> bool:
    """Whether ``res`` is the static stretch or an isometric hold (or nothing placed)."""
    if res.exercise is None:
        return res.status == "unknown"
    return res.exercise.movement_class.value == "stretching" or res.exercise.isometric


def _stretch_cue(lowered: str, m: re.Match[str], g: Grammar) -> bool:
    """Whether the stretch words ``m`` of the name ``lowered`` are a cue: inside a note (a
    bracket, after a dash), or before the movement they qualify ("Stretch-focused RDL",
    "weighted stretch lunge") - not the stretch a name ends on, its movement ("Hamstring
    stretch", "Good morning stretch", "Stretch - hamstrings"), whatever equipment or modifier
    words follow it ("Side lunge stretch accommodating resistance": no movement after it)."""
    masked = _BRACKET.sub(lambda b: "\x00" * len(b.group(0)), lowered)
    if masked[m.start()] == "\x00":
        return True
    sep = _SEPARATOR.search(masked)
    end = len(masked) if sep is None else sep.start()
    if m.start() >= end:
        return True
    before, after = _words(masked[: m.start()]), _words(masked[m.end() : end])
    if before and before[-1] in note_words().at:
        return True
    # (a join written as a sign, "&", "+", "/", parts two exercises as its word does: "Static
    # hamstring stretch & Lunge" names two - it was the split squat, the stretch a cue)
    if masked[m.end() : end].lstrip()[:1] in ("&", "+", "/"):
        return False
    return bool(after) and after[0] not in note_words().joins and g.parse(" ".join(after)).head is not None


def _without_cues(name: str, g: Grammar) -> tuple[str, tuple[str, ...]]:
    """``name`` with its pause and stretch cues taken out (a pause said as ``pause``), and what
    was read so; unchanged when it has none."""
    lowered = name.casefold()
    if len(lowered) != len(name):  # (a letter that folds to two: cut on the folded text)
        name = lowered
    said: list[str] = []
    out: list[str] = []
    last = 0
    w = note_words()
    for m in w.pause.finditer(lowered):
        seconds = next((float(v) for v in m.group("n1", "n2", "n3") if v), 0.0)
        if seconds > w.pause_max_s:  # held for longer than a pause: an isometric hold
            continue
        out += [name[last : m.start()], " pause "]
        cue = name[m.start() : m.end()].strip(" ()[]")
        said.append(f"read {cue!r} as a pause in each rep (not an isometric hold)")
        last = m.end()
    text = "".join([*out, name[last:]])
    lowered, out, last = text.casefold(), [], 0
    for m in w.stretch_cue.finditer(lowered):
        if _stretch_cue(lowered, m, g):
            out += [text[last : m.start()], " "]
            said.append(f"ignored {text[m.start() : m.end()].strip()!r} (a cue, not the stretch)")
            last = m.end()
    text = "".join([*out, text[last:]])
    return (re.sub(r"\s+", " ", text).strip(), tuple(said)) if said else (name, ())


def _candidates(text: str) -> Iterator[tuple[str, str, bool]]:
    """Each (rest of the name, note, whether the note is bracketed) a note may be: a bracketed
    part, the part after the first dash/comma/semicolon, the part from a note word said bare
    (``instead of``) on."""
    for m in _BRACKET.finditer(text):
        yield text[: m.start()] + " " + text[m.end() :], m.group(1), True
    masked = _BRACKET.sub(lambda m: "\x00" * len(m.group(0)), text)
    sep = _SEPARATOR.search(masked)
    if sep is not None and _words(masked[: sep.start()]):
        yield text[: sep.start()], text[sep.end() :], False
    lowered = masked.casefold() if len(masked.casefold()) == len(masked) else masked
    w = note_words()
    if w.bare_first.search(lowered) is None:
        return
    spans = [(m.start(), m.group(0)) for m in _WORD.finditer(lowered)]
    words = [w for _, w in spans]
    for i in range(1, len(spans)):
        if words[i] in w.openers_by_first and _opener(words[i:]) in w.bare_openers:
            yield text[: spans[i][0]], text[spans[i][0] :], False
            break


def _opener(words: Sequence[str]) -> tuple[str, ...] | None:
    """The opener ``words`` start with (the longest), or None."""
    for opener in note_words().openers_by_first.get(words[0], ()) if words else ():
        if tuple(words[: len(opener)]) == opener:
            return opener
    return None


def _marked(words: list[str]) -> tuple[list[str], bool, bool] | None:
    """The words of a note that says it is one (an opener first or a closer last), without
    the marking words, whether only a :attr:`NoteWords.weak` word marks it and whether a negation opens it;
    None when nothing does."""
    w = note_words()
    opener = _opener(tuple(words)) or ()
    rest = words[len(opener) :]
    backwards = tuple(reversed(rest))
    closer: tuple[str, ...] = ()
    for phrase in w.closers_by_last.get(backwards[0], ()) if backwards else ():
        if backwards[: len(phrase)] == phrase:
            closer = phrase[::-1]
            break
    if not opener and not closer:
        return None
    weak = all(m in w.weak for m in (opener, closer) if m)
    return rest[: len(rest) - len(closer)], weak, opener in w.negations


#: The most words a movement's spelling the notes look for has (the grammar's heads: "single
#: leg romanian deadlift" is four).
_LONGEST = 5


def _names_movement(words: list[str], g: Grammar, *, marked: bool = True) -> bool:
    """Whether ``words`` spell a movement of their own (a head of the grammar: "squats",
    "sprinting", "RDL"), not only a form of one ("stiff leg", "romanian"); unless ``marked``
    a note, a word that also says a form ("bulgarian", "bulgarisch": the split squat's) is a
    form."""
    if not words:
        return False
    text = " ".join(words)
    said = g.normalize(text).split()
    # (a movement's own spelling among the words, looked up before the note is parsed: a name's
    # bracket of equipment, "(Machine)", costs no parse)
    spans = ((i, j) for i in range(len(said)) for j in range(i + 1, min(len(said), i + _LONGEST) + 1))
    # ... or a movement said "X of Y" in a Romance language ("extensión de cadera" is the hip
    # extension, "flexión de rodilla" the knee's flexion: the parse turns it round, names25)
    if not any(getattr(g.phrases.get(tuple(said[i:j])), "role", "") == "head" for i, j in spans) and not (
        g.of_words.intersection(said)
    ):
        return False
    parsed = g.parse(text)
    if not marked and all(g.is_form(w) for w in parsed.words):
        return False
    return bool(parsed.named or parsed.out_named)


def _same(a: Resolution, b: Resolution) -> bool:
    return (
        a.status == b.status
        and (a.exercise is None) == (b.exercise is None)
        and (
            a.exercise is None or a.exercise.id == b.exercise.id  # type: ignore[union-attr]
        )
    )


def _may_be_note(
    reading: Resolution, note: str, g: Grammar, bracketed: bool = False, connected: bool = False
) -> bool:
    """Whether ``note`` can be a note at all (see :func:`_note_read`), before the rest of the
    name is read: a name's bracket of equipment ("Squat (Barbell)") costs one parse, no reading."""
    words = _words(note)
    if connected and _names_movement(words, g):
        return True  # (a later movement, see _later_movement)
    marked = _marked(words)
    if marked is not None:
        return _names_movement(_unconnected(marked[0], g), g)
    if reading.status == "unknown":  # (a note of words the grammar does not know, see below,
        # or a bracket naming a movement: _note_read's last rule)
        return bool(_unread(note, g)) or (bracketed and _names_movement(words, g))
    return _names_movement(words, g, marked=False)


def _unconnected(words: list[str], g: Grammar) -> list[str]:
    """``words`` without the connecting words they open with: they carry nothing in a note
    ("Nordic curl (on RDL day)" names the RDL, not an RDL done on something - names25: it was
    unknown, "a romanian nordic")."""
    while len(words) > 1 and getattr(g.phrases.get(tuple(g.normalize(words[0]).split())), "role", "") in (
        "connector",
        "filler",
    ):
        words = words[1:]
    return words


def _connected(note: str, g: Grammar, spelled: Callable[[str], bool]) -> bool:
    """Whether ``note`` says more than a movement's own words: a word the grammar does not know
    or one it reads as filler - the connecting words of a note about another movement, in any
    language ("same day as", "alongside", "with", "like", "as ... accessory", "nach", "mit",
    "después de", "avec"). No list of connectors: whatever is not a movement's word connects -
    unless the note is a catalog spelling as a whole ("A-skip": its "a" is its name's)."""
    if spelled(note):
        return False
    said = g.normalize(note).split()
    if _unread(note, g):
        return True
    return any(getattr(g.phrases.get((w,)), "role", "") == "filler" for w in said)


def _later_movement(
    reading: Resolution, base: Resolution, note: str, g: Grammar, bracketed: bool, connected: bool
) -> str:
    """The general rule of a note naming a movement after the one the rest of the name places
    (review28 N1): the first placed movement wins. A note with connecting words
    (:func:`_connected`) that names a movement of its own is a note when reading the whole name
    lost the base movement - another exercise, or (in a bracket) unknown: a position word of the
    rest stays with the rest's movement ("Seated leg curl (same day as squat)" is no seated
    squat). A note opened by a word the grammar joins two exercises with ("Squat (and RDL)",
    "A1: Squat, A2: RDL") names two, as before; ``""`` when the rule does not decide (the
    older rules below then do: a bare bracket of one movement may refine the name)."""
    if not connected or base.exercise is None or not _names_movement(_words(note), g):
        return ""
    said = g.normalize(note).split()
    if not said or said[0] in g.conjunction_starts:
        return ""
    if reading.exercise is None:
        return "another movement" if bracketed and reading.status == "unknown" else ""
    return "" if reading.exercise.id == base.exercise.id else "another movement"


def _unread(note: str, g: Grammar) -> list[str]:
    """The words of ``note`` the grammar does not know, as it reads them ("decúbito" is "side")."""
    return [
        w for w in g.normalize(note).split() if w not in g.vocabulary and g.singular(w) not in g.vocabulary
    ]


def _note_read(
    reading: Resolution,
    base: Resolution,
    rest_of_name: str,
    note: str,
    place: Callable[[str], Resolution],
    g: Grammar,
    bracketed: bool = False,
    connected: bool = False,
) -> str:
    """What ``note`` beside ``rest_of_name`` (read ``base``) is, when it is a note: ``another
    movement`` or ``words not read``; empty when it is part of the name (the whole read ``reading``)."""
    if base.status == "unknown" or _same(reading, base):
        return ""
    words = _words(note)
    if not words:
        return ""
    movement = "another movement"
    marked = _marked(words)
    if marked is not None and marked[2]:
        rest, weak, negated = marked
        if g.parse(" ".join(rest)).head is None and g.parse(note).refused:
            # (an apparatus refused, "Hip thrust (no bench)": the grammar's negation reads it -
            # the movement done without it, the bridge - not a note naming the bench press)
            return ""
    later = _later_movement(reading, base, note, g, bracketed, connected)
    if later:
        return later
    if marked is not None:  # said to be a note: one when it names a movement or an activity
        rest, weak, negated = marked
        rest = _unconnected(rest, g)
        named = place(" ".join(rest)) if _names_movement(rest, g) else None
        if named is None or named.status == "unknown":
            return ""
        said = g.parse(" ".join(rest))
        if negated and said.equipment and said.head == g.parse(rest_of_name).head:
            # (the movement outside said again with its apparatus, negated: "Hyperextensions
            # with no hyperextension bench" - an apparatus left out, which the grammar's negation
            # reads - not another movement)
            return ""
        if not weak:
            return movement
        # (weakly marked: a movement of another class that took the name over - "Bench press (RDL
        # grip)" - never the form a class shares: "Deadlift (sumo stance)")
        took = reading.status == "unknown" or _same(reading, named)
        return movement if took and named.movement_class != base.movement_class else ""
    if reading.status == "unknown" and base.status == "exercise" and not _names_movement(words, g):
        # a note naming no movement, refused for a word the grammar does not know ("RDL
        # (handles)": "did you mean 'handed'?"): its words are not read - unless the word meant
        # would change the class of the movement outside ("Deadlift (romainan)"). (One naming a
        # movement: the last rule below.)
        unread = _unread(note, g)
        if not unread:
            return ""
        for word in unread:
            meant = g.misspelt(word)
            corrected = None if meant is None else place(f"{rest_of_name} {meant}")
            if (
                corrected is not None
                and corrected.exercise is not None
                and corrected.movement_class != base.movement_class
            ):
                return ""
        return "words not read"
    alone = place(note) if _names_movement(words, g, marked=False) else None
    if alone is None or alone.exercise is None or base.exercise is None:
        return ""
    if reading.exercise is None:
        # a bracket naming a movement that, read with the rest, left the name unknown: the first
        # placed movement wins (review28 N1), the bracket a note on it - "Romanian deadlift (hip
        # extension)", "Stacco rumeno (estensione dell'anca)": the rest's "romanian" was taken by
        # the note's hip extension, "no catalog exercise is a romanian hip extension" (names25)
        # (never one a joining word opens: "Squat (and RDL)" names two exercises, as before)
        first = g.normalize(note).split()[:1]
        joined = bool(first) and first[0] in g.conjunction_starts
        return movement if bracketed and reading.status == "unknown" and not joined else ""
    # unmarked: the note's movement replaced the one named outside it, of another class
    # ("Leg curl (jump)"; or took a position word of the rest: "Seated leg curl (squat)" read as
    # a seated squat, names24); a form of the same class refines it ("Hamstring curl (Nordic)")
    replaced = reading.exercise.id == alone.exercise.id or (
        reading.base is not None and reading.base.id == alone.exercise.id
    )
    took = replaced and alone.movement_class != base.movement_class
    return movement if took else ""


def read_with_notes(
    name: str, place: Callable[[str], Resolution], g: Grammar, spelled: Callable[[str], bool]
) -> Resolution:
    """The reading of ``name`` with its cues and notes read as such (see the module's doc):
    ``place`` reads a text as a name, ``g`` is the grammar it reads with, ``spelled`` says
    whether a text is a catalog spelling as a whole (one, a user's "Nordic (sprint prep)", is
    the exercise so spelled, its words no note)."""
    whole = place(name)
    if not _WORD.search(name.casefold()):
        return whole
    text, said = name, tuple[str, ...]()
    reading = whole
    if _stretch_or_hold(whole):
        stripped, cues = _without_cues(name, g)
        if cues and _WORD.search(stripped.casefold()):
            again = place(stripped)
            if again.exercise is not None and not _stretch_or_hold(again):
                text, said, reading = stripped, cues, again
    for _ in range(3):  # (a name with a note in brackets and another after them)
        for rest, note, bracketed in _candidates(text):
            connected = _connected(note, g, spelled)
            if not _WORD.search(rest.casefold()) or not _may_be_note(reading, note, g, bracketed, connected):
                continue
            base = place(rest)
            kind = _note_read(reading, base, rest, note, place, g, bracketed, connected)
            if kind:
                shown = note.strip(" ,;|-–—()[]{}")
                shown = shown if shown.count("(") == shown.count(")") else shown.strip("()")
                text, reading = rest, base
                said += (f"ignored the note {shown!r} ({kind})",)
                break
        else:
            break
    if not said or spelled(name):
        return whole
    how = "parsed" if reading.how in ("name", "alias") else reading.how
    return attrs.evolve(reading, name=name, how=how, assumed=reading.assumed + said)
