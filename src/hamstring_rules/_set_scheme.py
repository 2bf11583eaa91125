"""A set scheme written in one value: how many sets, and what each one holds.

Coaches, apps and the library itself write a dose as sets x what each set holds: ``3x8``,
``3 sets of 8``, ``2-3x8`` (a range of sets), ``5 x 30-45 s hold`` (holds: the library's own
``recommend`` prints a stage-1 dose so), and a top set with its back-off sets as a list of such
groups (``2x5, 1x5+``: Reddit PPL's and nSuns' main lift; ``1x20, 2x10``). This module is that
grammar, as patterns (the program schema's JSON Schema states the same ones) and their readers.
One grammar serves a program file's ``sets`` value, a program sheet's Sets cell and a sheet's
week column (a column per week holding ``5x30s``): the program schema reads them all
(:meth:`~._program_schema.EntryModel._sets_by_reps`).
"""

from __future__ import annotations

import re

from ._program_words import _PER_SIDE, counted_per_side
from ._reps_words import DASH

#: Sets in one group, 1-20 in at most two digits after any zeros (a program's ``MAX_SETS``).
N_SETS = r"0*(?:[1-9]|1[0-9]|20)(?![0-9])"
#: Sets as a range (``2-3``, ``3 to 4``): the program reads it at its high end (said).
SETS_PART = rf"{N_SETS}(?:\s*(?:{DASH}|to)\s*{N_SETS})?"

#: The word for sets, in the languages of the sheets' column names, and the word that may join
#: it to what each set holds: ``3 sets of 8``, ``3 sets x 8 reps``, ``3 Sätze à 8``, ``3 series
#: de 8`` (a heuristic list, the log reader's languages).
_SET_WORDS = ("sets", "set", "sätze", "satze", "saetze", "satz", "serien", "series", "séries", "serie")
_JOIN_WORDS = ("of", "x", "×", "*", "à", "a", "de", "di", "da", "van", "mit")


def _words(words: tuple[str, ...]) -> str:
    """Words as a pattern's alternatives in any case, the longest first."""
    return "(?i:{})".format("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))


#: What stands between the sets and what each holds: ``x``, ``×``, ``*``, or the word sets with a
#: joining word or none (``3 sets of 8``, ``3 sets x 8``, ``3 sets 8 reps``).
TIMES = rf"\s*(?:[xX×*]|{_words(_SET_WORDS)}\.?(?:\s*{_words(_JOIN_WORDS)}(?![^\W\d_]))?(?=\s*[0-9]))\s*"

#: The units of a hold's time, seconds then minutes, in the sheet languages (``"``: the second
#: mark a sheet writes, ``45"``).
_SECONDS = (
    "s", "sec", "secs", "second", "seconds", "sek", "sekunden", "seg", "segundos", "seconde", "secondes",
    "secondi", "seconden",
)  # fmt: skip
_MINUTES = ("min", "mins", "minute", "minutes", "minuten", "minutos", "minuti")
_MARKS = ('"', "\u201d", "\u2033", "''")
_HOLD_WORDS = ("hold", "holds", "iso", "isometric", "halten")
_N_TIME = r"[0-9]{1,3}"


def hold_pattern(groups: bool) -> str:
    """The pattern of a hold's time: ``45s``, ``45 sec hold``, ``1 min``, ``45"``, a range
    ``30-45 s hold`` (``30s-45s``), then the side it counts (``30s each side``); ``groups``: named
    groups, for :func:`read_hold` (the JSON Schema's pattern has none)."""

    def g(name: str, body: str) -> str:
        return f"(?P<{name}>{body})" if groups else f"(?:{body})"

    words = rf"(?:{_words(_SECONDS + _MINUTES)}(?![^\W\d_])\.?|{'|'.join(map(re.escape, _MARKS))})"
    unit = rf"\s*{words}"
    return (
        rf"(?:{g('low', _N_TIME)}{g('low_unit', unit)}?\s*(?:{DASH}|to)\s*)?{g('high', _N_TIME)}"
        rf"{g('unit', unit)}(?:\s+{_words(_HOLD_WORDS)}(?![^\W\d_]))?(?i:{_PER_SIDE})?"
    )


_HOLD_RE = re.compile(rf"\s*{hold_pattern(groups=True)}\s*")


def _seconds(number: str, unit: str) -> int:
    word = unit.strip().lower()
    return int(number) * (60 if word.startswith("min") else 1)


def read_hold(text: str) -> tuple[int, int, bool] | None:
    """A hold's time as written where reps or sets x reps go (``45s``, ``45 sec hold``, ``1 min``,
    ``30-45 s hold``): its seconds, low and high (one time: both the same), and whether it is per
    side (``30s each side``); ``None`` for any other text or a range with the low end last."""
    found = _HOLD_RE.fullmatch(text) if len(text) <= 80 else None
    if found is None:
        return None
    high = _seconds(found["high"], found["unit"])
    low = _seconds(found["low"], found["low_unit"] or found["unit"]) if found["low"] else high
    if low > high:
        return None
    return low, high, counted_per_side(text)


#: A count with a lone ``s`` after it (``8s``, ``21s``, ``30s``): seconds, or a count's plural (``3
#: sets of 8s`` is eights; ``21s`` the 7+7+7 method).
_BARE_S = re.compile(r"\s*([0-9]{1,3})\s*[sS]\s*")


def bare_seconds(text: str) -> int | None:
    """The number of a count written with a lone ``s`` (``8s``, ``30s``); ``None`` for any other
    text (``30 sec``, ``45"``, ``30s hold`` say seconds)."""
    found = _BARE_S.fullmatch(text) if len(text) <= 20 else None
    return None if found is None else int(found.group(1))


def counted_not_held(text: str) -> int | None:
    """The reps a lone ``s`` after a count stands for when it is no hold's time: a count under 30
    that is not a round time (10 s or more, a multiple of 5 - holds are prescribed so: 10, 20, 45 s),
    read as its plural (``8s``: sets of eights; ``21s``: the 21s method, 21 reps). A heuristic:
    ``8s`` read as an 8 s hold on an RDL made it an isometric, silencing the dynamic-lift checks;
    ``30s`` stays a hold. ``None`` for any other text."""
    number = bare_seconds(text)
    if number is None or number >= _MOST_COUNTED or (number >= 10 and number % 5 == 0):
        return None
    return number


#: The count below which a lone ``s`` may be a count's plural (``21s``); from it on, a hold's
#: seconds (``45s``, ``101s``): sets of 30 reps or more are written so rarely (heuristic).
_MOST_COUNTED = 30


def hold_in_reps(reps: str) -> tuple[int, bool] | None:
    """The seconds of one hold time written in a reps cell (``30s``, ``45 sec hold``, ``1 min``)
    and whether they are per side (``30s each side``); ``None`` for reps (``8``, ``8-10``) or a
    range of times (``20-30s``: the program schema reads it, its low end said)."""
    time = read_hold(reps) if counted_not_held(reps) is None else None  # "8s": eights, no hold
    return None if time is None or time[0] != time[1] else (time[0], time[2])


#: A plus after a group's reps that is its last set's to failure (``1x5+``, ``1x5+ 2x3``), not the
#: plus joining the next group (``2x5 + 1x5+``, ``2x5+1x5``: spaced apart from the reps, or the
#: next group right after it).
_GROUP_AHEAD = rf"[0-9]+{TIMES}[0-9]"
_PLUS = rf"(?:\+(?!{_GROUP_AHEAD})|\s+\+(?!\s*{_GROUP_AHEAD}))"
#: What joins two groups: a comma, a semicolon, a slash, a bar, a plus, ``&``, ``and``, ``then``
#: (``2x5, 1x5+``; ``1x5 + 3x3``; ``1x20 then 2x10``), or a space.
JOIN = r"\s*(?:[,;/|&+]|(?i:and|then)(?![^\W\d_]))\s*|\s+"


def groups_pattern(n_reps: str, named: bool) -> str:
    """The pattern of a list of two or more groups of sets (``2x5, 1x5+``; ``1x8-10, 2x12``), each
    its sets x its reps (``n_reps``: a count's pattern, or a range of them), a ``+`` after any (its
    group's last set to failure: ``1x5+ 2x8-10``), unanchored. ``named``: named groups (one group's,
    to scan with)."""

    def g(name: str, body: str) -> str:
        return f"(?P<{name}>{body})" if named else f"(?:{body})"

    word = r"(?:\s*(?i:reps?)(?![^\W\d_]))?"
    group = rf"{N_SETS}{TIMES}{n_reps}(?![0-9])(?:\s*{DASH}\s*{n_reps}(?![0-9]))?(?:{_PLUS})?{word}"
    if named:  # one group, to scan a list already matched
        return (
            rf"{g('sets', N_SETS)}{TIMES}{g('low', n_reps)}(?![0-9])"
            rf"(?:\s*{DASH}\s*{g('high', n_reps)}(?![0-9]))?{g('plus', _PLUS)}?{word}"
        )
    return rf"(?:{group}(?:(?:{JOIN}){group})+)"


_GROUP_RE = re.compile(groups_pattern(r"[0-9]{1,3}", named=True))
_JOIN_RE = re.compile(JOIN)


def read_groups(text: str) -> tuple[int, str]:
    """A list of groups of sets already matched by :func:`groups_pattern` (the tail after it not
    included): the sets they add up to and each set's reps as a reps value reads them - each set's
    count in turn (``2x5, 1x5+``: ``5, 5, 5+``, the ``+`` on its group's last set), or with a range
    among them the range all sets span (``1x6-8, 2x10-12``: ``6-12``, as a list of each set's reps is
    read; ``6-12+`` when a group's last set is to failure)."""
    reps: list[str] = []
    lows: list[int] = []
    highs: list[int] = []
    at, text = 0, text.strip()
    while at < len(text):
        found = _GROUP_RE.match(text, at)
        if found is None:  # (the caller matched the whole list)
            raise ValueError(f"no group of sets at {text[at:]!r}")
        sets, low = int(found["sets"]), int(found["low"])
        high = int(found["high"]) if found["high"] else low
        if low > high:
            raise ValueError(f"a group's reps {low}-{high} have the low end last")
        reps += [str(low)] * (sets - 1) + [f"{low}+" if found["plus"] else str(low)] if low == high else []
        lows += [low] * sets
        highs += [high] * sets
        gap = _JOIN_RE.match(text, found.end())
        at = gap.end() if gap is not None and gap.end() > found.end() else found.end()
        if at == found.end() and at < len(text):
            raise ValueError(f"no group of sets at {text[at:]!r}")
    if len(reps) == len(lows):  # each set a count
        return len(lows), ", ".join(reps)
    plus = any(found["plus"] for found in _GROUP_RE.finditer(text))  # "1x5+ 2x8-10": a set to failure
    return len(lows), f"{min(lows)}-{max(highs)}" + ("+" if plus else "")


def scan_groups(text: str) -> list[str] | None:
    """A list of groups of counts matched by :func:`groups_pattern` (``1x5+ 2x8-10``, ``3x8 + 2x12``:
    joined by a space or a plus too) as each group's text, its ``+`` kept where it is its last set's
    to failure (``1x5+``), dropped where it joins (``3x8 + 2x12``); ``None`` when the text is not
    such groups end to end."""
    parts: list[str] = []
    at, text = 0, text.strip()
    while at < len(text):
        found = _GROUP_RE.match(text, at)
        if found is None:
            return None
        parts.append(found.group(0).strip())
        gap = _JOIN_RE.match(text, found.end())
        at = gap.end() if gap is not None and gap.end() > found.end() else found.end()
        if at == found.end() and at < len(text):
            return None
    return parts if len(parts) > 1 else None


#: Where a group of sets starts: its sets (a range too), then ``x`` or the word sets (``2x``,
#: ``1 x``, ``2-3x``, ``3 sets of``), then what a set holds.
_GROUP_START = re.compile(rf"{SETS_PART}(?:\s*[xX×*]\s*(?=\S)|{TIMES})")
#: What parts groups whose sets hold more than a count (a range, a hold, a note): :data:`JOIN` but a
#: plus or a space alone, which a group's own reps may hold (``5+``, ``8 (RPE 7)``) - a list of
#: counts joined so is :func:`groups_pattern`'s.
GROUP_JOIN = r"\s*(?:[,;/|&]|(?i:and|then)(?![^\W\d_]))\s*"
_SPLIT_AT = re.compile(rf"(?:{GROUP_JOIN})(?={SETS_PART}(?:\s*[xX×*]|\s*{_words(_SET_WORDS)}))")
#: The longest value split into groups (20 groups of a long set each, heuristic).
_MAX_GROUPS_TEXT = 2000


def split_groups(text: str) -> list[str] | None:
    """A list of two or more groups of sets, each written as one sets value is (``1x5+, 2x8-10``,
    ``2x30s, 1x45s``, ``1x8 (RPE 7), 2x6 @ RPE 9``), as each group's text; ``None`` for any other
    text. Groups are parted by :data:`GROUP_JOIN` (a comma, a semicolon, a slash, a bar, ``&``,
    ``and``, ``then``) where the next group starts (its sets and an ``x``), never inside brackets
    (``1x8 (RIR 2, slow), 2x12``). What each group holds is its reader's to say."""
    if len(text) > _MAX_GROUPS_TEXT:
        return None
    text = text.strip()
    cuts, depth, at = [], 0, 0
    for found in _SPLIT_AT.finditer(text):
        depth += text.count("(", at, found.start()) - text.count(")", at, found.start())
        at = found.start()
        if depth == 0 and found.start() > 0:
            cuts.append((found.start(), found.end()))
    if not cuts:
        return None
    parts, start = [], 0
    for begin, end in cuts:
        parts.append(text[start:begin].strip())
        start = end
    parts.append(text[start:].strip())
    if not all(part and _GROUP_START.match(part) for part in parts):
        return None
    return parts
