"""The program file's pydantic schema (imported only when a file or payload is parsed)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import time
from typing import Annotated, Any, cast

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    WithJsonSchema,
    model_validator,
)

from ._program_words import (
    _PER_SIDE,
    _PER_SIDE_RE,
    ACCENTS,
    DAY_LIST_WORDS,
    DAY_WORDS,
    DAYS,
    MAX_DAY_NUMBER,
    MAX_EXERCISES,
    MAX_SESSIONS,
    MAX_TEXT,
    MAX_WEEKS,
    ONCE_WORDS,
    PART_OF_DAY_HOURS,
    PER_WEEK_UNITS,
    PER_WORDS,
    SCHEMA_VERSION,
    STAGE_WORDS,
    TIMES_WORDS,
    WEEK_WORDS,
    WEEKDAY_WORDS,
    WEEKLY_WORDS,
    DayCell,
    counted_per_side,
    explosive_phases,
    kind_of,
    labelled_day,
    listed_days,
    plain_letters,
    read_day,
    read_stage,
    read_time,
    spreadsheet_date,
)
from ._reps_words import (
    DASH,
    failure_ruled_out,
    listed_pattern,
    listed_reps,
    note_clauses,
    plain_words,
    rest_pause_runs,
)
from ._set_scheme import (
    GROUP_JOIN,
    SETS_PART,
    TIMES,
    counted_not_held,
    groups_pattern,
    hold_pattern,
    read_groups,
    read_hold,
    scan_groups,
    split_groups,
)
from .errors import ProgramError, counted, label, one_line, shown
from .rules import parse_tempo

MAX_SETS = 20
MAX_REPS = 100
MAX_TEMPO_S = 20
_MAX_NOTES = 2000

# ASCII digits only (``\d`` would take any script's digits), so the JSON Schema patterns below can
# say exactly what the parser accepts. A range's dash is any of the dashes a sheet writes (an em
# dash is a word processor's ``--``).
_RANGE = re.compile(rf"^\s*([0-9]{{1,3}})\s*(?:{DASH}|to)\s*([0-9]{{1,3}})\s*$")
_DIGITS = re.compile(r"[0-9]+")
#: ``8+`` (or ``8+ AMRAP``): as many reps as possible, at least 8 - read as 8 reps to failure
#: (RIR 0 unless the entry gives its effort); ``8-12+``, its range form: 8-12 reps, to failure.
_AMRAP = rf"\s*[0-9]{{1,3}}(?:\s*(?:{DASH}|to)\s*[0-9]{{1,3}})?\s*\+(?:\s*[aA][mM][rR][aA][pP])?\s*"
_AMRAP_RE = re.compile(_AMRAP)
#: A reps cell that gives no count, only as many as possible (``AMRAP``, ``max``, ``to failure``,
#: ``bis zum Versagen``, ``al fallo``...), in the languages of the sheets' column names, with and
#: without accents: read as a set to failure of at least 1 rep, its count unknown (said by
#: :func:`readings`: the checks see 1 rep, a heavy set, the hardest reading of an unknown count).
_AS_MANY_WORDS = (
    "amrap", "amap", "as many as possible", "max", "max.", "maximum", "failure", "to failure",
    "until failure", "till failure", "versagen", "bis versagen", "bis zum versagen", "muskelversagen",
    "máx", "máx.", "máximo", "fallo", "al fallo", "hasta el fallo", "échec", "à l'échec", "falha",
    "até a falha", "até à falha", "cedimento", "a cedimento", "al cedimento", "fino a cedimento",
    "falen", "tot falen",
)  # fmt: skip
#: Of :data:`_AS_MANY_WORDS`, those that beside a count say no failure: ``max 12`` is at most 12.
_MOST_WORDS = frozenset(("max", "max.", "maximum", "máx", "máx.", "máximo", "as many as possible"))


def _phrases(words: frozenset[str] | tuple[str, ...]) -> str:
    """Phrases as a pattern's alternatives in any case, accents or none, spaces any white space."""
    every = {*words, *(plain_letters(w) for w in words)}
    return "(?i:{})".format(
        "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(every, key=lambda w: (-len(w), w)))
    )


_AS_MANY = _phrases(_AS_MANY_WORDS)
_AS_MANY_RE = re.compile(rf"\s*{_AS_MANY}\s*")
_FAILURE_WORDS = _phrases(tuple(w for w in _AS_MANY_WORDS if w not in _MOST_WORDS))


def _counted_failure(number: str) -> str:
    """The pattern of a count beside a word of failure, either side (``8 AMRAP``, ``AMRAP 8``, ``8 to
    failure``), read as ``8+`` (as the log reader reads ``AMRAP 8``): ``number`` the count's."""
    return rf"(?:{number}\s*{_FAILURE_WORDS}|{_FAILURE_WORDS}\s*{number})"


_COUNTED_FAILURE_RE = re.compile(rf"\s*{_counted_failure('[0-9]{1,3}')}\s*")
#: A distance in a reps cell (``20 m``, ``30m``, ``40 yd``, ``1.5 km``): a sprinter's or a drill's
#: set is one run of it - read as 1 rep a set, the distance kept in the notes (said by readings).
#: A bare ``m`` is metres from 10 on, as the log reader reads it (``logs._MIN_BARE_METRES``): ``3x1m``
#: is a minute's hold, not a one-metre run (review26 D11; a heuristic - say ``metres`` for less).
_DISTANCE = (
    r"(?:0*[1-9][0-9]{1,4}(?:[.,][0-9]{1,2})?\s*[mM]"
    r"|[0-9]{1,5}(?:[.,][0-9]{1,2})?\s*(?:[mM](?i:eters?|etres?)|(?i:yds?|yards?|km|kilometers?|kilometres?)))"
    r"(?![^\W\d_])\.?"
)
_DISTANCE_RE = re.compile(rf"\s*{_DISTANCE}\s*")
#: The unit written after a count (``8-10 reps``, ``1 rep``).
#: The words a count of reps may carry, a sprinter's and a jumper's too: a run, a stride, a ground
#: contact, a jump, a hop, a bound, a throw is one rep (``5 contacts``, ``6 runs``).
_COUNT_WORDS = r"(?:reps?|contacts?|jumps?|hops?|bounds?|throws?|runs?|sprints?|strides?)"
_REPS_WORD_RE = re.compile(rf"\s+{_COUNT_WORDS}\s*$", re.IGNORECASE)
#: A count of runs of a distance (``4x30m``, ``3 x 20 m``): that many reps a set, each one run
#: (a distance alone, ``30m``, is one run a set: :data:`_DISTANCE`).
_RUNS = r"0*(?:[1-9]|[1-4][0-9]|50)"  # 1-50 runs a set (heuristic: a sprint set's runs are few)
_RUNS_OF_DISTANCE = rf"{_RUNS}\s*[xX×*]\s*{_DISTANCE}"
_RUNS_OF_DISTANCE_RE = re.compile(rf"\s*{_RUNS_OF_DISTANCE}\s*")
#: A count written after an ``x`` (``x10``, ``x 8 ea``: a sheet's '3 sets x10'), read without it.
_LEADING_X_RE = re.compile(r"^\s*[xX×]\s*(?=[0-9])")
#: A note in brackets after the reps (``8-10 (last set AMRAP)``, ``5 (paused)``), as the log
#: reader passes one over: kept in the entry's notes, its set to failure read (see _reps_note).
#: Up to :data:`_NOTE_MAX` characters: the library's own prescriptions print notes of about 110
#: (``4-8 x 1 (a run: jog and tempo runs in stage 2, ...)``), which must read back (heuristic bound).
_NOTE_MAX = 160
_NOTE = rf"\s*\(([^()]{{1,{_NOTE_MAX}}})\)"
_NOTE_RE = re.compile(_NOTE + r"\s*$")
_REPS_ERROR = (
    "expected an integer, a range such as '8-10' or [8, 10], each set's '10/8/6' or '5/3/1+', "
    "'8+' (AMRAP, at least 8) or 'AMRAP' (at least 1; 'per leg' may follow)"
)


def _whole(value: Any) -> Any:
    """A number as the integer a JSON tool or a spreadsheet may write as a float (``3.0``: JSON
    Schema's ``integer`` takes it too); a fraction (``3.5``) is refused by name. Other values
    are left for the field's own check."""
    if isinstance(value, float) and not isinstance(value, bool) and math.isfinite(value):
        if not value.is_integer():
            raise ValueError("expected a whole number, not a fraction")
        return int(value)
    return value


#: Two numbers joined by an ``x`` (``5x5``, ``3 x 8``, ``6-8 x 3``): sets by reps, which reps cannot be.
_SETS_BY_REPS_RE = re.compile(r"[0-9]\s*[x×X*]\s*[0-9]")


#: Counts of reps joined by a ``+`` (``8 + 8``, ``8+8``, ``12+3``, ``10 + 4 + 2``, ``8+ 8``): a ``+``
#: between two numbers with nothing but white space about it. ``8+ 8`` may be a set to failure then
#: a set of 8 as much as ``8 + 8``; each set's reps with a set to failure among them are listed with
#: a comma or a slash (``8+, 8``, ``5/3/1+``), which is no join.
_JOINED_RE = re.compile(r"\s*[0-9]{1,3}(?:\s*\+\s*[0-9]{1,3}){1,5}\s*")


#: Counts apart by white space alone, some with a ``+`` (``8+ 8 8``, ``5 5 5+``): a ``+`` before a
#: later count is a join as much as a set to failure (:data:`_JOINED_RE`); at the end, the last set's.
_SPACED_PLUS_RE = re.compile(r"\s*[0-9]{1,3}\+?(?:\s+[0-9]{1,3}\+?)+\s*")


def _joined_runs(text: str) -> list[int] | None:
    """The runs of counts a reps text joins by a ``+`` (:data:`_JOINED_RE`, or the log reader's
    rest-pause set ``12+ 3``), the note and side words left off; ``None`` for any other text."""
    bare = _bare_reps(text)
    if len(bare) > 40:
        return None
    if _JOINED_RE.fullmatch(bare) is not None or rest_pause_runs(bare) is not None:
        return [int(n) for n in _DIGITS.findall(bare)]
    if _SPACED_PLUS_RE.fullmatch(bare) is not None and re.search(r"\+\s+[0-9]", bare) is not None:
        return [int(n) for n in _DIGITS.findall(bare)]  # "8+ 8 8": no list (a comma's), as "8+ 8"
    return None


def _rest_pause_reps(text: str) -> int:
    """The reps of one set a joined count (``12+3``) is: a rest-pause set, its runs added up, read
    by the log reader's rule (:func:`~._reps_words.rest_pause_runs`: each run after the first at most half the
    first - the mini-sets after a 10-20 s pause are short), a rest-pause set being one set of all
    its reps as its studies count it (Prestes 2019, JSCR 33 Suppl 1:S113). Any other join (``8 +
    8``: each leg's 8, two sets of 8, or a drop set?) is refused naming the readings: which one
    the coach meant decides the sets and the side, and none is guessed."""
    if rest_pause_runs(_bare_reps(text)) is not None:
        return sum(int(n) for n in _DIGITS.findall(_bare_reps(text)))
    runs = " + ".join(_DIGITS.findall(_bare_reps(text)))
    marked = re.search(r"[0-9]\+\s+[0-9]", text) is not None  # "8+ 8": maybe the first set to failure
    listed = re.sub(r"(?<=[0-9+])\s+(?=[0-9])", ", ", _bare_reps(text).strip())  # "8 8+ 8": "8, 8+, 8"
    failure = f", each set's with a set to failure '{listed}'" if marked else ""
    raise ValueError(
        f"{shown(text)} joins counts of reps that may be each side's, each set's or one set's (a drop or "
        f"rest-pause set): write '{_DIGITS.findall(text)[0]} per side', each set's reps "
        f"'{runs.replace(' + ', ', ')}' (as many as sets){failure}, or a rest-pause set as its runs, each "
        "after the first at most half of it ('12+3'), read as one set of their sum"
    )


def listed_set_reps(text: str) -> tuple[tuple[int, ...], bool] | None:
    """Each set's reps a program's reps text lists (:func:`~._reps_words.listed_reps`, 3 digits),
    unless it joins counts by a ``+`` (``8 + 8``, ``12+3``: :func:`_joined_runs`), which is no list."""
    if "+" in text and _joined_runs(text) is not None:
        return None
    return listed_reps(text, digits=3)


#: A note in brackets that is only a count or a range of reps (``(8-12)``, ``(8-12 reps)``): the
#: reps a set to failure is expected to reach.
_TARGET_NOTE_RE = re.compile(
    rf"\s*([0-9]{{1,3}})(?:\s*{DASH}\s*([0-9]{{1,3}}))?(?:\s*reps?)?\s*", re.IGNORECASE
)


def _target_in_note(text: str) -> tuple[int, int] | None:
    """The reps a note in brackets expects (``AMRAP (8-12)``: 8-12), or ``None``."""
    note = _NOTE_RE.search(_PER_SIDE_RE.sub("", text)) if "(" in text else None
    target = _TARGET_NOTE_RE.fullmatch(note.group(1)) if note is not None else None
    if target is None:
        return None
    low = int(target.group(1))
    return low, int(target.group(2) or low)


def _bare_reps(text: str) -> str:
    """A reps text without a note in brackets after it, the side it counts (``per leg``) and
    the unit (``reps``): the count as written (``8-10 reps per leg (last AMRAP)`` is ``8-10``)."""
    bare = _REPS_WORD_RE.sub("", _PER_SIDE_RE.sub("", _NOTE_RE.sub("", text) if "(" in text else text))
    return _LEADING_X_RE.sub("", bare)


def _reps(value: Any) -> tuple[int, int, bool]:
    """The low and high reps, and whether they are counted per side (``8-10 per leg``)."""
    value = _whole(value)
    raw = value if isinstance(value, str) else ""
    per_side = isinstance(value, str) and counted_per_side(_NOTE_RE.sub("", value) if "(" in value else value)
    if isinstance(value, list | tuple):
        value = [_whole(v) for v in value]
    if isinstance(value, bool):
        raise ValueError(_REPS_ERROR)
    if isinstance(value, str):  # "8-10 reps per leg": the side, then the unit, are words around the count
        value = _bare_reps(value)
    if isinstance(value, int):
        low = high = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        low = high = int(value)
    elif isinstance(value, str) and _RANGE.match(value):
        m = _RANGE.match(value)
        assert m is not None
        low, high = int(m.group(1)), int(m.group(2))
    elif isinstance(value, str) and "+" in value and _joined_runs(value) is not None:
        low = high = _rest_pause_reps(value)  # "12+3": one rest-pause set of 15; "8 + 8" refused
    elif isinstance(value, str) and (listed := listed_reps(value, digits=3)) is not None:
        # "10/8/6", "12,10,8", "5/3/1+": each set's reps, the range they span
        low, high = min(listed[0]), max(listed[0])
    elif isinstance(value, str) and _AMRAP_RE.fullmatch(value):
        counts = _DIGITS.findall(value)  # "8+": at least 8, the set to failure; "8-12+": 8-12 so
        low, high = int(counts[0]), int(counts[-1])
    elif isinstance(value, str) and _AS_MANY_RE.fullmatch(value) and (target := _target_in_note(raw)):
        low, high = target  # "AMRAP (8-12)": to failure, at the reps its note expects
    elif isinstance(value, str) and _AS_MANY_RE.fullmatch(value):
        low = high = 1  # "AMRAP": as many as possible, no count given - at least 1 (readings says so)
    elif isinstance(value, str) and _COUNTED_FAILURE_RE.fullmatch(value):
        low = high = int(_DIGITS.findall(value)[0])  # "AMRAP 8", "8 to failure": as "8+"
    elif isinstance(value, str) and _DISTANCE_RE.fullmatch(value):
        low = high = 1  # "20 m": one run of the distance a set (kept in the notes: _sets_by_reps)
    elif isinstance(value, str) and _RUNS_OF_DISTANCE_RE.fullmatch(value):
        low = high = int(_DIGITS.findall(value)[0])  # "4x30m": four runs a set, each a rep
    elif isinstance(value, str) and "amrap" in value.lower():
        raise ValueError(
            "AMRAP is read alone (to failure, at least 1 rep) or beside a count: write 'AMRAP', or "
            "the reps expected such as '8+' or '8 AMRAP' (read as 8 reps, to failure)"
        )
    elif (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        low, high = int(value[0]), int(value[1])
    elif isinstance(value, str) and (date := spreadsheet_date(value, "reps")) is not None:  # "10-Aug"
        raise ValueError(f"{_REPS_ERROR}: {date}")
    elif isinstance(value, str) and _SETS_BY_REPS_RE.search(value):  # "5x5", "3 x 8", "6-8 x 3" in reps:
        raise ValueError(f"{_REPS_ERROR}: sets x reps ('3x8') goes in sets:, and reps: then is left out")
    else:
        raise ValueError(_REPS_ERROR)
    if not (1 <= low <= high <= MAX_REPS):
        raise ValueError(f"reps must be 1-{MAX_REPS} with the low end first")
    return low, high, per_side


def _to_failure(reps: str) -> bool:
    """Whether a reps text takes a set to failure: ``8+``, a list's last ``5/3/1+``, no count but
    as many as possible (``AMRAP``, ``max``: :data:`_AS_MANY_WORDS`), or a note naming failure in
    the log reader's words (``8-10 (last set AMRAP)``, ``(to failure)``)."""
    bare = _bare_reps(reps)
    if _AS_MANY_RE.fullmatch(bare) or _COUNTED_FAILURE_RE.fullmatch(bare):  # "AMRAP", "AMRAP 8"
        return True
    listed = listed_set_reps(bare)
    if _AMRAP_RE.fullmatch(bare) or (listed is not None and listed[1]):
        return True
    note = _NOTE_RE.search(reps)
    return note is not None and note_says_failure(note.group(1))


def note_says_failure(note: str) -> bool:
    """Whether a note takes a set to failure, in the log reader's words: the whole note a word of
    failure (``to failure``, ``AMRAP``), else a clause naming failure that no word of it rules out
    (``last set to failure``, not ``not to failure`` or ``stop 2 short of failure``)."""
    from ._log_words import FAILURE, set_kind

    if len(note) > _MAX_NOTES:
        return False
    if set_kind(note) == FAILURE:
        return True
    # A note is free text, and a wrong RIR 0 is a false warning in a rehab plan: when unsure, not
    # read (review26 D1) - a question ("failure? no"), a clause ruling failure out after a "but"
    # ("close to failure but not to it"), or a note that limits it to some weeks ("AMRAP on week 3
    # only": a program's entry is every week's)
    if "?" in note or _WEEK_SCOPED.search(note):
        return False
    for clause in note_clauses(note):
        # failure is ruled out by a word before it ("not to failure", "stop 2 short of failure",
        # "far from failure"), not by one after it about something else ("to failure (not the
        # warm-ups)", "AMRAP (no more than 20)": review26 D10)
        words = plain_words(clause)
        at = next((i for i, word in enumerate(words) if len(word) > 2 and set_kind(word) == FAILURE), None)
        if at is None or _AVOIDING.intersection(words):  # "Versagen vermeiden": the verb after it
            continue
        if not failure_ruled_out(" ".join(words[:at])):
            return True
    return False


#: Verbs of avoiding failure, which rule it out wherever they stand in a clause (a German, Dutch or
#: Romance clause may put the verb after its object: "Versagen vermeiden").
_AVOIDING = frozenset(
    ("avoid", "avoiding", "vermeiden", "meiden", "evitar", "evita", "eviter", "evitare", "vermijden")
)


#: A note that limits what it says to some weeks ("on week 3 only", "the last week", "weeks 1-2").
_WEEK_SCOPED = re.compile(r"\b(?:weeks?|wk|wks|woche|semana|semaine|settimana)\b", re.IGNORECASE)


_TEMPO_ERROR = "expected eccentric-pause-concentric-pause seconds such as '3-1-1-0'"


def _tempo(value: Any) -> tuple[tuple[int, int, int, int], tuple[int, ...]] | None:
    """A tempo's four phases in seconds, and the phases written ``X`` (explosive: 0 s). Three
    phases (``3-0-1``: the three-number tempo, eccentric-pause-concentric) have no pause at the
    top (``3-0-1-0``, as the four-number tempo adds it); :func:`readings` says so."""
    if value is None:
        return None
    value = _whole(value)
    out_of_range = isinstance(value, int) and not 0 <= value <= 9999
    if not isinstance(value, str | int) or isinstance(value, bool) or out_of_range:
        raise ValueError(_TEMPO_ERROR)
    text = str(value).strip()
    if "(" in text and _NOTE_RE.search(text) is not None:  # "4-0-1-0 (slow)": the note is the notes'
        text = _NOTE_RE.sub("", text).strip()
    if _SPACED_TEMPO.fullmatch(text):  # "3 1 1 0": the phases spaced apart, as reps "8 8 6" are
        text = "-".join(text.split())
    if len(text) == 4 and (isinstance(value, int) or _TEMPO_4.fullmatch(text)):
        text = "-".join(text)  # 3110 or '31X0' -> 3-1-1-0, 3-1-X-0: the common shorthand
    elif _TEMPO_3.fullmatch(text):
        text += "-0"  # 3-0-1: no pause at the top
    parts = parse_tempo(text)
    if parts is None and (date := spreadsheet_date(text, "tempo")) is not None:  # "3/1/2001"
        raise ValueError(f"{_TEMPO_ERROR}: {date}")
    if parts is None:
        numbers = _DIGITS.findall(text)
        if len(numbers) == 1 and len(text) <= 40:  # "3s down", "3 sec eccentric": one phase
            raise ValueError(
                f"{_TEMPO_ERROR}: {shown(text)} gives one phase; write all four "
                f"('{int(numbers[0])}-0-1-0' is {int(numbers[0])} s down, 1 s up)"
            )
        raise ValueError(_TEMPO_ERROR)
    if any(p > MAX_TEMPO_S for p in parts):
        raise ValueError(f"each tempo phase must be 0-{MAX_TEMPO_S} s")
    return (parts[0], parts[1], parts[2], parts[3]), explosive_phases(text)


#: A tempo's three or four phases with only spaces between (``3 1 1 0``, ``3 0 1``).
_SPACED_TEMPO = re.compile(r"(?:[0-9]{1,2}|[xX])(?:\s+[0-9]{1,2}\s+(?:[0-9]{1,2}|[xX]))(?:\s+[0-9]{1,2})?")


def _three_phases(tempo: str) -> str:
    """A tempo as :func:`_tempo` reads its phases: without a note in brackets, spaced phases joined
    by dashes (``3 0 1 (slow)`` -> ``3-0-1``)."""
    text = _NOTE_RE.sub("", tempo).strip() if "(" in tempo else tempo.strip()
    return "-".join(text.split()) if _SPACED_TEMPO.fullmatch(text) else text


#: A three-number tempo (``3-0-1``, ``2/0/X``), read with no pause at the top.
_TEMPO_3 = re.compile(r"\s*(?:[0-9]{1,2}|[xX])\s*[-/:]\s*[0-9]{1,2}\s*[-/:]\s*(?:[0-9]{1,2}|[xX])\s*")
#: ``31X0``: the four phases in four characters, an ``X`` where a phase may be explosive.
_TEMPO_4_TEXT = r"[0-9xX][0-9][0-9xX][0-9]"
_TEMPO_4 = re.compile(_TEMPO_4_TEXT)


#: A tempo a note writes (a coach's Notes cell: ``tempo 3-1-1``, ``Tempo: 31X0``, ``3010``, ``slow
#: eccentric 3s``), read as the entry's tempo when it gives none (:func:`note_tempo`). The tempo's
#: forms: four phases (``3-1-1-0``, ``3/1/X/1``), three (``3-1-1``, with a tempo word only: alone it
#: may be a list of reps) or four characters (``31X0``, ``3010``).
_T_FORM = r"(?:[0-9]{1,2}|[xX])(?:\s*[-/:.]\s*(?:[0-9]{1,2}|[xX])){2,3}|[0-9xX][0-9][0-9xX][0-9]"
_TEMPO_WORD = r"(?i:tempo|cadence|cadencia|cadência|kadenz)"
_NOTE_TEMPO_RE = re.compile(
    rf"(?<![^\W_]){_TEMPO_WORD}\s*[:=]?\s*(?:of\s+)?\(?\s*({_T_FORM})(?![0-9a-zA-Z])"
    rf"|(?<![0-9a-zA-Z.,/-])({_T_FORM})\s*\)?\s*{_TEMPO_WORD}(?![^\W_])"
)
#: A clause of a note that is a four-phase tempo and nothing else (``3-1-1-0``, ``31X0``, ``3010``).
_NOTE_TEMPO_ALONE = re.compile(
    r"\s*(?:(?:[0-9]{1,2}|[xX])(?:\s*[-/]\s*(?:[0-9]{1,2}|[xX])){3}|[0-9xX][0-9][0-9xX][0-9])\s*"
)
#: Seconds a note gives a phase (``3s``, ``3 sec``, ``3-second``, ``4 seconds``, ``3 count``).
_PHASE_S = (
    r"(?<![0-9.,])([0-9]{1,2})\s*-?\s*(?i:s|secs?|seconds?|sek(?:unden)?|seg(?:undos)?|count)(?![^\W\d_])"
)
#: The words naming the eccentric phase, and the concentric, in a note's clause (English and the
#: languages of the column names, without accents: :func:`~._reps_words.plain_words`).
_ECCENTRIC_WORDS = frozenset((
    "eccentric", "eccentrics", "ecc", "eccentrically", "negative", "negatives", "lowering", "lower",
    "down", "descent", "descend", "downward", "exzentrisch", "exzentrik", "exzentrische", "ablassen",
    "excentrica", "excentrico", "excentrique", "eccentrica", "eccentrico", "bajada", "descente", "discesa",
))  # fmt: skip
_CONCENTRIC_WORDS = frozenset((
    "concentric", "up", "lift", "lifting", "raise", "konzentrisch", "concentrica", "concentrico",
    "concentrique", "subida", "montee", "salita",
))  # fmt: skip
_NOTE_CLAUSE = re.compile(
    r"[,;(){}\[\]|]|\.\s|\s(?:and|then|und|dann|y|luego|et|puis|e|poi)\s", re.IGNORECASE
)
#: The pauses and the concentric a note giving only the eccentric's seconds leaves unsaid, as the
#: tempo field's own hint writes one phase (``3-0-1-0`` is 3 s down, 1 s up): no pauses, 1 s up
#: (heuristic: the common controlled tempo's lift; HR007 reads the eccentric only).
_UNSAID_CONCENTRIC_S = 1


def note_tempo(note: str) -> str | None:
    """The tempo a note gives, as a tempo value (``3-1-1``, ``31X0``, ``3-0-1-0``), or ``None``:
    a tempo form after or before a tempo word (:data:`_NOTE_TEMPO_RE`: ``tempo 3-1-1``,
    ``3010 tempo``), a clause that is a four-phase tempo alone (``3-1-1-0``, ``31X0``, ``3010``), or
    the eccentric's seconds said in words (``slow eccentric 3s``, ``3 s down, 1 s up``: the phases
    unsaid as :data:`_UNSAID_CONCENTRIC_S` says). A form that is no tempo (``tempo 9-9-9-99``) is
    none: the note is kept as written."""
    from ._reps_words import plain_words

    if len(note) > _MAX_NOTES or "?" in note or _WEEK_SCOPED.search(note):
        return None  # asked, or some weeks' only ("tempo 3-1-1 in week 3"): an entry's is every week's
    found = _NOTE_TEMPO_RE.search(note)
    candidates = [found.group(1) or found.group(2)] if found is not None else []
    clauses = [c for c in _NOTE_CLAUSE.split(note) if c and c.strip()]
    candidates += [c.strip() for c in clauses if _NOTE_TEMPO_ALONE.fullmatch(c)]
    for text in candidates:
        text = re.sub(r"\s*[-/:.]\s*", "-", text.strip())
        try:
            if _tempo(text) is not None:
                return text
        except ValueError:
            continue
    eccentric = concentric = None
    for clause in clauses:
        seconds = re.findall(_PHASE_S, clause)
        if len(seconds) != 1:
            continue
        words = set(plain_words(clause))
        if words & _ECCENTRIC_WORDS and not words & _CONCENTRIC_WORDS and eccentric is None:
            eccentric = int(seconds[0])
        elif words & _CONCENTRIC_WORDS and not words & _ECCENTRIC_WORDS and concentric is None:
            concentric = int(seconds[0])
    if eccentric is None or not 1 <= eccentric <= MAX_TEMPO_S or (concentric or 0) > MAX_TEMPO_S:
        return None
    return f"{eccentric}-0-{_UNSAID_CONCENTRIC_S if concentric is None else concentric}-0"


#: Sets as a range (``3-4``, ``3 to 4``): read as its high end, said in a notice.
_SETS_RANGE = re.compile(rf"^\s*0*([0-9]{{1,2}})\s*(?:{DASH}|to)\s*0*([0-9]{{1,2}})\s*$")
_SETS_ERROR = (
    f"expected a whole number of sets 1-{MAX_SETS}, a range of them ('3-4': read as its high end) "
    "or sets x reps ('3x8-10')"
)


def _sets(value: Any) -> Any:
    """Sets as an integer, a string of digits (a web form's JSON), or a range (``3-4``): its high
    end, the most sets the entry prescribes, which the checks' ceilings must see (as an effort
    range is read at its hardest end; :func:`readings` says so). Anything else is refused in
    the schema's words."""
    if isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        value = int(value)
    if isinstance(value, str) and _FRACTION.fullmatch(value):
        raise ValueError("expected a whole number of sets, not a fraction")
    span = _SETS_RANGE.fullmatch(value) if isinstance(value, str) else None
    if span is not None:
        low, value = int(span.group(1)), int(span.group(2))
        if not 1 <= low <= value:
            raise ValueError(f"a range of sets is 1-{MAX_SETS} with the low end first")
    value = _whole(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(_SETS_ERROR)
    if not 1 <= value <= MAX_SETS:
        raise ValueError(f"sets must be 1-{MAX_SETS}, the hard sets of one exercise in a session")
    return value


_FRACTION = re.compile(r"\s*[0-9]+[.,][0-9]+\s*")


def _effort(hardest: Callable[..., float], whole: bool, low: float) -> Callable[[Any], Any]:
    """RIR or RPE as a number, a string of one (``'2'``, ``'8.5'``) or a range (``1-2``, ``8-9``,
    either order): a range is its hardest end, the one the safety checks must see (RIR 0-1
    includes a set to failure). Every end must be in ``low``-10 (and ``whole`` for RIR). The
    measure's name may lead or follow (``RIR 2``, ``2 RIR``; an RPE's ``@8``, ``RPE 8``,
    ``8/10``). Other text is refused saying what is read (an effort of the other measure is
    moved to its field before: :meth:`EntryModel._sets_by_reps`)."""
    pattern = _EFFORT_RE[whole]
    name, forms = (
        ("RIR", "'2', 'RIR 2', a range '1-2' (its lowest)")
        if whole
        else ("RPE", "'8', '8.5', '@8', 'RPE 8', '8/10', a range '8-9' (its highest)")
    )
    error = f"expected {name} {int(low)}-10: {forms}"

    def parse(value: Any) -> Any:
        if not isinstance(value, str):
            value = _whole(value) if whole else value
            if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
                raise ValueError(error)
            return value
        found = pattern.fullmatch(value)
        if found is None:
            raise ValueError(error)
        ends = [float(g.replace(",", ".")) for g in found.groups() if g is not None]
        if not all(low <= end <= 10 and (end.is_integer() or not whole) for end in ends):
            raise ValueError(error)
        best = hardest(ends)
        return int(best) if whole else best

    return parse


# 0-10.99: the field's bounds check the rest. A decimal comma ("8,5": a spreadsheet in a comma
# locale) is a decimal point: one or two digits after it are never a thousands separator.
_E_NUMBER = r"(?:0?[0-9]|10)(?:[.,][0-9]{1,2})?"


def _ascii_ci(word: str) -> str:
    """``word`` as a pattern in either case of its ASCII letters only (the schema's too)."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in word)


#: The words an effort may carry, by whether it is RIR (True) or RPE (False): before the number
#: (``RIR 2``, ``@8``, ``RPE 8``, ``@ RPE 8``) or after it (``2 RIR``, ``8 RPE``).
_EFFORT_WORDS = {
    True: (rf"(?:{_ascii_ci('rir')}\s*)?", rf"(?:\s*{_ascii_ci('rir')})?"),
    False: (rf"(?:@\s*)?(?:{_ascii_ci('rpe')}\s*)?", rf"(?:\s*/\s*10)?(?:\s*{_ascii_ci('rpe')})?"),
}


def _effort_body(number: str, rir: bool, groups: bool = True) -> str:
    """The pattern of an effort's text: a number or a range, and the words it may carry
    (unanchored)."""
    before, after = _EFFORT_WORDS[rir]
    n = f"({number})" if groups else f"(?:{number})"
    return rf"{before}{n}\s*(?:(?:-|–|to)\s*{n}\s*)?{after}"


def _effort_text(number: str, rir: bool, groups: bool = True) -> str:
    """:func:`_effort_body`, the whole text."""
    return rf"^\s*{_effort_body(number, rir, groups)}\s*$"


_EFFORT_RE = {rir: re.compile(_effort_text(_E_NUMBER, rir)) for rir in (True, False)}


def _named_effort(number: str, rir: bool) -> str:
    """The pattern of an effort's text that names its measure (``RIR 2``, ``2 RIR``, ``RPE 8``,
    ``@ RPE 8``, ``8 rpe``), a range too, unanchored and without groups."""
    word = _ascii_ci("rir" if rir else "rpe")
    at = "" if rir else r"(?:@\s*)?"
    tenths = "" if rir else r"(?:\s*/\s*10)?"
    span = rf"(?:{number})\s*(?:(?:-|–|to)\s*(?:{number})\s*)?{tenths}"
    return rf"(?:{at}{word}\s*{span}|{span}\s*{word})"


#: An effort written in the other measure's field (``rpe: RIR 2``, ``rir: RPE 8``): moved to its
#: own (the log reader converts such a cell, RPE = 10 - RIR; a program has both fields).
_OTHER_MEASURE = {
    "rpe": re.compile(rf"^\s*{_named_effort(_E_NUMBER, rir=True)}\s*$"),
    "rir": re.compile(rf"^\s*{_named_effort(_E_NUMBER, rir=False)}\s*$"),
}
_NAMES_RIR = re.compile(_ascii_ci("rir"))
_NAMED_EFFORT = {
    "rpe": re.compile(rf"\s*(?:{_named_effort(_E_NUMBER, rir=False)}|@\s*{_E_NUMBER})\s*"),
    "rir": re.compile(rf"\s*{_named_effort(_E_NUMBER, rir=True)}\s*"),
}


def named_effort(text: str) -> str | None:
    """The field an effort written in another column is (a coach's Load column holding ``RPE 7``,
    ``@8``, ``RIR 2``, ``2 RIR``): ``"rpe"`` or ``"rir"``, else ``None`` (a load, a note)."""
    if len(text) > 40:
        return None
    return next((key for key, pattern in _NAMED_EFFORT.items() if pattern.fullmatch(text)), None)


def _name_first_effort(number: str, rir_number: str) -> str:
    """The pattern of an effort whose measure's name leads it (``RPE 8``, ``RIR 2``, ``RPE 7-8``),
    unanchored, without groups: after reps it needs no ``@`` (``3x10 RPE 7``: the name says it is
    no count)."""
    span = r"(?:{n})\s*(?:(?:-|–|to)\s*(?:{n})\s*)?"
    return (
        rf"(?:{_ascii_ci('rpe')}\s*{span.format(n=number)}(?:\s*/\s*10)?"
        rf"|{_ascii_ci('rir')}\s*{span.format(n=rir_number)})"
    )


def _reps_effort(number: str, rir_number: str) -> str:
    """The pattern of an effort after the reps, from its ``@`` (``6-8 @ RPE 8``, ``5 @8``,
    ``8 @ RIR 2``): an RPE (named or not) or a named RIR; or without the ``@`` one whose name
    leads it (``3x10 RPE 7``); unanchored, without groups."""
    rpe = _effort_body(number, rir=False, groups=False)
    return (
        rf"(?:\s*@\s*(?:{rpe}|{_named_effort(rir_number, rir=True)})"
        rf"|\s+{_name_first_effort(number, rir_number)})"
    )


#: A load after an ``@`` (``5 @ 65%``, ``3x8 @ 100kg``, ``3x5 @ 75% 1RM``, ``@ 70% of TM``): a number
#: with its unit - a percentage (of a 1RM, an estimated 1RM, a training max) or a weight - as 5/3/1
#: and coaches' sheets write each set's load. A bare number after the ``@`` (``8 @ 7``) is the RPE.
_OF_MAX = "|".join(map(_ascii_ci, ("e1rm", "1rm", "1 rm", "rm", "tm", "max")))
_WEIGHT_UNITS = "|".join(map(_ascii_ci, ("kgs", "kg", "lbs", "lb", "kilos", "pounds")))
_LOAD = (
    rf"[0-9]{{1,4}}(?:[.,][0-9]{{1,2}})?\s*"
    rf"(?:%(?:\s*(?:{_ascii_ci('of')}\s*)?(?:{_OF_MAX}))?|{_WEIGHT_UNITS})(?![^\W\d_])"
)
#: Reps (no note or ``@`` before it), then a load after an ``@`` or a space (``3x8 70kg``, ``5x5 80%``,
#: ``3 x 5 100 lb``: the unit says it is a load, never reps), then the rest (a note, an effort):
#: the load is kept in the entry's notes, as a load in brackets (``8 (70%)``) is; no check reads it.
_LOAD_AT_RE = re.compile(rf"^([^@()]*?\S)(?:\s*@\s*|\s+)({_LOAD})(\s*(?:\(|@|$).*)$", re.DOTALL)


#: A load's unit in a text: what :func:`_without_load` looks for a load without an ``@`` by.
_UNIT_IN = re.compile(rf"[0-9]\s*(?:%|{_WEIGHT_UNITS})", re.IGNORECASE)


def _without_load(text: str) -> tuple[str, str | None]:
    """A reps or sets text without the load written after it (``5 @ 65%`` is ``5``, ``65%``)."""
    found = _LOAD_AT_RE.fullmatch(text) if "@" in text or _UNIT_IN.search(text) else None
    if found is None:
        return text, None
    return f"{found.group(1)}{found.group(3)}", found.group(2).strip()


#: Reps, then their effort (``6-8 @ RPE 8``): the reps' text and the effort's (without the ``@``).
_REPS_AT_RE = re.compile(
    rf"^(.*?\S)(?:\s*@\s*((?:{_effort_body(_E_NUMBER, False, False)}|{_named_effort(_E_NUMBER, rir=True)}))"
    rf"|\s+({_name_first_effort(_E_NUMBER, _E_NUMBER)}))\s*$"
)


_EFFORT_NAMED_IN = re.compile(r"[rR][pP][eE]|[rR][iI][rR]")


def reps_at(text: str) -> tuple[str, str] | None:
    """Reps and the effort written after them (``6-8 @ RPE 8``, ``5 @8``, ``3x10 RPE 7``): the
    reps' text and the effort's (without the ``@``), or ``None``."""
    if "@" not in text and _EFFORT_NAMED_IN.search(text) is None:
        return None
    found = _REPS_AT_RE.fullmatch(text)
    if found is None:
        return None
    return found.group(1), found.group(2) or found.group(3)


_DAY_ERROR = (
    "expected a weekday (mon..sun, Thursday, Montag, miércoles...) or the session's day of the "
    "program (2, 'Day 2', 'Day A'), which is no weekday"
)


#: The weekdays' full names a misspelt day is compared with (``Mnoday``, ``Wednsday``).
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _day_meant(value: Any) -> str:
    """``; did you mean 'Monday'?`` for a day that is a weekday's name misspelt (by letters alone,
    as an unknown key's is: :func:`difflib.get_close_matches`, cutoff 0.7, heuristic), else ''."""
    if not isinstance(value, str) or not 4 <= len(value.strip()) <= 20:
        return ""
    import difflib

    words = {name.lower(): name for name in _WEEKDAY_NAMES}
    close = difflib.get_close_matches(value.strip().lower(), list(words), n=1, cutoff=0.7)
    return f"; did you mean {words[close[0]]!r}?" if close else ""


def _day(value: Any) -> int | None:
    """A session's weekday (0 = Monday), or ``None``: no day, or a day of the program (``2``,
    ``Day 2``), which names the session (see :func:`_session_name`) but says no weekday."""
    if value is None:
        return None
    cell = read_day(_whole(value))
    if cell is None and isinstance(value, str):
        listed = listed_days(value)
        if listed is not None:
            raise ValueError(
                f"names {len(listed)} weekdays with a time or label on each, which a program file's day "
                "does not read: weekdays alone ('Mon/Thu', 'Mon & Thu (Lower)') are the session on each; "
                "or list a session for each day, with its time"
            )
        labelled = labelled_day(value)  # (one without a week is read by SessionModel)
        cell = labelled[0] if labelled is not None else None
    if cell is None:
        raise ValueError(_DAY_ERROR + _day_meant(value))
    if cell.week is not None:
        raise ValueError(
            "a week in the day is read in a spreadsheet's rows; in a program file, list each "
            "week's sessions under 'weeks'"
        )
    return cell.weekday


# The JSON Schema of each hand-parsed field says what its parser accepts (pydantic would describe
# the parsed Python type instead). JSON Schema cannot compare two numbers, so reps' low <= high is
# checked by the parser only; see tests/outputs/test_schemas.py for every such documented gap.
_N_REPS = r"(?:0{0,2}[1-9]|0?[1-9][0-9]|100)"  # 1-100 in at most 3 digits
_T_PHASE = r"(?:0?[0-9]|1[0-9]|20)"  # 0-20 s in at most 2 digits
_T_SEP = r"\s*[-/:]\s*"
#: the unit after the count, then the side: ``8-10 reps per leg`` (the loader's _REPS_WORD_RE)
_SIDE = rf"(?:\s+(?i:{_COUNT_WORDS}))?(?i:{_PER_SIDE})?"
#: RIR 0-10 whole and RPE 1-10 (to the hundredth), as the fields' bounds keep them.
_RIR_N = r"(?:0?[0-9]|10)(?:[.,]0{1,2})?"
_RPE_N = r"(?:0?[1-9](?:[.,][0-9]{1,2})?|10(?:[.,]0{1,2})?)"
#: What may follow a count of reps: the unit and the side, a load, a note in brackets and an effort.
_REPS_TAIL = (
    rf"{_SIDE}(?:\s*@\s*{_LOAD}|\s+{_LOAD})?(?:\s*\([^()]{{1,{_NOTE_MAX}}}\))?"
    rf"(?:{_reps_effort(_RPE_N, _RIR_N)})?"
)
#: A reps count as a program reads it (see :func:`_reps`): one number, a range, each set's reps
#: (``10/8/6``, ``12,10,8``, ``12-10-8``, ``5/3/1+``), or ``8+``; then the unit and the side, a
#: note in brackets and an effort after an ``@`` (see :meth:`EntryModel._sets_by_reps`).
_REPS_TEXT = (
    rf"(?:[xX×]\s*(?=[0-9]))?"  # "x10": a count after an x
    rf"(?:0*(?:[1-9][0-9]?|100)|{_N_REPS}\s*(?:{DASH}|to)\s*{_N_REPS}|{listed_pattern(_N_REPS)}"
    rf"|{_N_REPS}(?:\s*(?:{DASH}|to)\s*{_N_REPS})?\s*\+(?:\s*[aA][mM][rR][aA][pP])?|{_AS_MANY}|{_counted_failure(_N_REPS)}|{_DISTANCE}"
    rf"|{_RUNS_OF_DISTANCE})"
    rf"{_REPS_TAIL}"
)
#: Reps that list each set's (``10/8/6``, ``5, 5, 5+``, ``5@65%, 5@75%, 5+@85%``): with no sets
#: given, they are that many sets (:meth:`EntryModel._sets_by_reps`).
_LISTED_REPS = rf"^\s*{listed_pattern(_N_REPS)}{_REPS_TAIL}\s*$"
#: ``sets: 3x8-10`` (or ``3 x 8``, ``3×8``, ``3*8 per leg``, ``3x10/8/6``: each set's reps; ``3 sets of
#: 8``; ``2-3x8``: a range of sets): the sets and the reps in one value (:mod:`._set_scheme`).
_SETS_X = rf"^\s*({SETS_PART}){TIMES}({_REPS_TEXT})\s*$"
_SETS_X_RE = re.compile(_SETS_X)
#: ``sets: 3x6-8 @8``: sets x reps giving their effort.
_SETS_X_AT = rf"^\s*(?:{SETS_PART}){TIMES}{_REPS_AT_RE.pattern[1:]}"
#: ``sets: 5x45s`` (``5 x 30-45 s hold``, the library's own dose): sets of one hold each.
_SETS_HOLD = rf"^\s*({SETS_PART}){TIMES}({hold_pattern(groups=False)})\s*$"
_SETS_HOLD_RE = re.compile(_SETS_HOLD)
#: ``sets: 2x5, 1x5+`` (``1x20, 2x10``): groups of sets, each its reps, then what may follow reps.
_SETS_GROUPS = rf"^\s*({groups_pattern(_N_REPS, named=False)})({_REPS_TAIL})\s*$"
_SETS_GROUPS_RE = re.compile(_SETS_GROUPS)
#: ``reps: 45s`` (``30-45 s hold``): a hold a set, its seconds the hold's (a range's low end).
_REPS_HOLD = rf"^\s*{hold_pattern(groups=False)}\s*$"
#: A four-phase tempo (``3-1-1-0``, ``2-0-X-0``), as the tempo field's first form.
_TEMPO_TEXT = rf"(?:[xX]|{_T_PHASE}){_T_SEP}{_T_PHASE}{_T_SEP}(?:[xX]|{_T_PHASE}){_T_SEP}{_T_PHASE}"


def _unanchored(pattern: str) -> str:
    """A ``^\\s*...\\s*$`` pattern without its anchors."""
    assert pattern.startswith("^") and pattern.endswith(r"\s*$")
    return pattern[1:-4]


#: A set scheme, then its tempo after an ``@``: the dose as the library's plan table writes it
#: (``3 x 8-10 @ 3-1-1-0``, ``5 x 45 s hold @ 0-45-0-0``) - the tempo is the entry's (no tempo key then).
_SETS_TEMPO = (
    rf"^(?:{'|'.join(_unanchored(p) for p in (_SETS_X, _SETS_HOLD, _SETS_GROUPS))})"
    rf"\s*@\s*{_TEMPO_TEXT}\s*$"
)
#: ``sets: 1x5+, 2x8-10`` (``2x30s, 1x45s``; a column per set's cells ``1x8 (RPE 7), 1xAMRAP``): groups
#: each written as one sets value is, read each as its own entry and then together
#: (:func:`_each_group`); the JSON Schema's pattern of them (the library parts them with
#: :func:`~._set_scheme.split_groups`, never with it).
_ONE_GROUP = rf"(?:{SETS_PART}){TIMES}(?:{_REPS_TEXT}|{hold_pattern(groups=False)})(?:\s*@\s*{_TEMPO_TEXT})?"
_SETS_EACH_GROUP = rf"^\s*{_ONE_GROUP}(?:{GROUP_JOIN}{_ONE_GROUP})+\s*$"
_ONE_GROUP_RE = re.compile(rf"\s*{_ONE_GROUP}\s*")
_SETS_EACH_GROUP_RE = re.compile(_SETS_EACH_GROUP)
_SCHEMES_RE = tuple(map(re.compile, (_SETS_X, _SETS_HOLD, _SETS_GROUPS)))
_TEMPO_AFTER_RE = re.compile(rf"^(.*?\S)\s*@\s*({_TEMPO_TEXT})\s*$")
#: A hold's tempo (``0-45-0-0``: no eccentric nor concentric, a pause of the hold's seconds, as the
#: library prints a hold's dose: ``5 x 30-45 s hold @ 0-45-0-0``): it says the hold again - read as
#: the hold, no tempo (as :func:`~hamstring_rules.plan` writes a hold), when its pause is within the
#: hold's time; a pause past a tempo's 20 s is no tempo otherwise.
_HOLD_TEMPO = r"0?0{sep}{top}[0-9]{{1,3}}){sep}0?0{sep}{bottom}[0-9]{{1,3}})"
_SETS_HOLD_TEMPO = (
    rf"^\s*(?:{SETS_PART}){TIMES}{hold_pattern(groups=False)}\s*@\s*"
    rf"{_HOLD_TEMPO.format(sep=_T_SEP, top='(?:', bottom='(?:')}\s*$"
)
_HOLD_TEMPO_AFTER_RE = re.compile(
    rf"^(.*?\S)\s*@\s*{_HOLD_TEMPO.format(sep=_T_SEP, top='(?P<top>', bottom='(?P<bottom>')}\s*$"
)


def _hold_restated(sets: str) -> str | None:
    """A sets value of holds whose tempo only says the hold again (:data:`_HOLD_TEMPO`), without the
    tempo; ``None`` for any other value."""
    found = _HOLD_TEMPO_AFTER_RE.fullmatch(sets) if len(sets) <= MAX_TEXT else None
    if found is None or _SETS_HOLD_RE.fullmatch(found.group(1)) is None:
        return None
    time = read_hold(_SETS_HOLD_RE.fullmatch(found.group(1)).group(2))  # type: ignore[union-attr]
    pauses = sorted((int(found["top"]), int(found["bottom"])))
    if time is None or pauses[0] != 0 or not time[0] <= pauses[1] <= time[1]:
        return None
    return found.group(1)


#: A set's effort after its reps' ``@`` in a list of each set's (``5@8, 5@8.5, 5@9``, as RTS's and
#: Juggernaut's sheets write each set's RPE): the measure named (``@ RPE 8``, ``@ 9 RPE``, ``@ RIR 2``),
#: else a bare number on the RPE scale those sheets use, 5 to 10 with at most one decimal (RTS's RPE
#: chart runs 6.5-10, Zourdos 2016's RIR-based scale reads below 5 as little to no effort: heuristic,
#: the span a coach writes a working set's RPE in). A number with ``%`` or a weight's unit is a load
#: (5/3/1's ``5@65%``), tried first; any other bare number (``5@3``, ``5@100``) is neither - not
#: guessed, the list is refused.
_SET_RPE = r"(?:[5-9](?:[.,][0-9])?|10(?:[.,]0)?)(?![0-9]|[.,][0-9])"
_SET_EFFORT = (
    rf"{_named_effort(_E_NUMBER, rir=True)}|{_ascii_ci('rpe')}\s*{_E_NUMBER}"
    rf"|{_E_NUMBER}\s*{_ascii_ci('rpe')}|{_SET_RPE}"
)


#: One item of a list giving each set its load or effort, as 5/3/1, percentage programs and RPE
#: sheets print a day (``5@65%, 5@75%, 5+@85%``; ``8 @ 60%``; ``5@8, 5@8.5, 5@9``): reps (``+``: to
#: failure), then the load (:data:`_LOAD`) or the effort (:data:`_SET_EFFORT`) after an ``@`` (a load
#: and then its effort: ``5@100kg @8``), or the load first (Wendler's book: ``65% x 5``); ``5x10 @ 50%``
#: is five such sets (Boring But Big's); an item with neither (``5+``) is a set the list gives neither
#: for. ``groups``: named groups, for :func:`_loaded_sets` (the JSON Schema's pattern has none).
def _set_item(groups: bool) -> str:
    def g(name: str, body: str) -> str:
        return f"(?P<{name}>{body})" if groups else f"(?:{body})"

    # (a number's every digit: the scan in _loaded_sets takes an alternative's first match, "1" of "10")
    n_sets, n_reps, plus = r"0*(?:[1-9]|1[0-9]|20)(?![0-9])", rf"{_N_REPS}(?![0-9])", r"\s*\+"
    unit = rf"(?:\s*{_ascii_ci('reps')}|\s*{_ascii_ci('rep')})?"
    effort = rf"\s*@\s*{g('effort', _SET_EFFORT)}"
    return (  # the load first tried first: "65% x 5" is no set of 65 reps
        rf"{g('first', _LOAD)}\s*[xX×*]\s*{g('reps2', n_reps)}{g('plus2', plus)}?{unit}"
        rf"|(?:{g('sets', n_sets)}\s*[xX×*]\s*)?{g('reps', n_reps)}{g('plus', plus)}?{unit}"
        rf"(?:\s*@\s*{g('load', _LOAD)})?(?:{effort})?"
    )


#: What parts the items of a list giving each set its load (``,``, ``;``, ``/``, ``|``, a line break).
_ITEM_SEP = r"\s*[,;/|\n]\s*"
_ITEM = _set_item(groups=False)
#: A list of two or more such items, one with a load at least (an ``@``, a ``%`` or a weight's unit:
#: ``5, 5, 5+`` has none, each set's reps, :func:`~._reps_words.listed_reps`; ``3x5 @ 75%`` is one
#: item, sets x reps and a load).
_LOADED_LIST = rf"(?=[\s\S]*(?:@|%|{_WEIGHT_UNITS}))(?:{_ITEM})(?:{_ITEM_SEP}(?:{_ITEM}))+"
_LOADED_LIST_RE = re.compile(rf"\s*{_LOADED_LIST}\s*")
_ITEM_RE = re.compile(_set_item(groups=True))
_ITEM_SEP_RE = re.compile(_ITEM_SEP)


def _loaded_sets(text: str) -> tuple[int, str, str, tuple[str, str] | None] | None:
    """A list giving each set its load or effort (:data:`_LOADED_LIST`: ``5@65%, 5@75%, 5+@85%``,
    ``5@8, 5@8.5, 5@9``): its sets, each set's reps as a list (``5, 5, 5+``: a ``+`` is a set to
    failure), its items as written, for the notes, and the entry's effort (the hardest set's:
    :func:`_hardest_effort`); ``None`` for any other text. More sets than a program's
    :data:`MAX_SETS` are refused."""
    if len(text) > MAX_TEXT or _LOADED_LIST_RE.fullmatch(text) is None:
        return None
    items, reps, efforts, at, text = [], [], [], 0, text.strip()
    while at < len(text):
        found = _ITEM_RE.match(text, at)
        gap = _ITEM_SEP_RE.match(text, found.end()) if found is not None else None
        if found is None or (gap is None and found.end() < len(text)):
            return None  # (the pattern's backtracking read it another way: refused as no reps)
        count = int(found["sets"]) if found["sets"] else 1
        each = f"{int(found['reps'] or found['reps2'])}{'+' if found['plus'] or found['plus2'] else ''}"
        reps += [each] * count
        items.append(" ".join(found[0].split()))
        if found["effort"]:
            efforts.append(found["effort"].strip())
        at = gap.end() if gap is not None else len(text)
    if len(reps) > MAX_SETS:
        raise ValueError(f"lists {len(reps)} sets' reps and loads, more than {MAX_SETS} sets")
    return len(reps), ", ".join(reps), ", ".join(items), _hardest_effort(efforts, text)


def _hardest_effort(efforts: list[str], text: str) -> tuple[str, str] | None:
    """The entry's effort from each set's in a list (``5@8, 5@8.5, 5@9``): the hardest set's, as a
    range is read as its hardest end (the one the safety checks must see: RPE 9 here), as
    ``("rpe", "9")`` or ``("rir", "1")``; ``None`` when no set gives one. One measure only: a list
    giving RPE to some sets and RIR to others is refused (which is harder is not guessed)."""
    if not efforts:
        return None
    rir = [bool(_NAMES_RIR.search(e)) for e in efforts]
    if any(rir) and not all(rir):
        raise ValueError(f"{shown(text.strip())} gives some sets RPE and some RIR: give each set one measure")
    numbers = [float(n.replace(",", ".")) for e in efforts for n in re.findall(r"[0-9]+(?:[.,][0-9]+)?", e)]
    best = min(numbers) if rir[0] else max(numbers)
    return ("rir" if rir[0] else "rpe"), (str(int(best)) if best.is_integer() else str(best))


_LISTED_REPS_RE = re.compile(_LISTED_REPS)


def sets_in_reps(reps: object) -> bool:
    """Whether a reps value lists each set's reps (``10, 10, 8``; ``5@65%, 5@75%, 5+@85%``), which
    with no sets given are that many sets: a program sheet without a Sets column may give them so."""
    if not isinstance(reps, str) or ("+" in reps and _joined_runs(reps) is not None):  # "12+3": one set
        return False
    return bool(_LISTED_REPS_RE.fullmatch(reps) or _LOADED_LIST_RE.fullmatch(reps))


_LOADED_LIST_SCHEMA: dict[str, Any] = {
    "type": "string",
    "pattern": rf"^\s*{_LOADED_LIST}\s*$",
    "description": "each set's reps and load ('5@65%, 5@75%, 5+@85%', '65% x 5, 75% x 5', '5x10 @ 50%' "
    f"for five sets alike): the sets they list (at most {MAX_SETS}; a sets value given beside them must "
    "be their number), each set's reps as '5, 5, 5+' reads them, the loads kept in the notes",
}
_REPS_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "integer", "minimum": 1, "maximum": MAX_REPS},
        {
            "type": "string",
            "pattern": rf"^\s*{_REPS_TEXT}\s*$",
            "description": "a number, a range ('8-10'), each set's reps ('10/8/6', '12,10,8', "
            "'5/3/1+': the range they span), '8+' (AMRAP: to failure, RIR 0 unless an effort "
            "is given; '8 AMRAP', 'AMRAP 8', '8 to failure' too), or 'AMRAP', 'max', 'to failure' "
            "with no count (to failure, at least 1 rep); "
            "'per leg', a note in brackets and an effort ('@ RPE 8') may follow",
        },
        {
            "type": "array",
            "items": {"type": "integer", "minimum": 1, "maximum": MAX_REPS},
            "minItems": 2,
            "maxItems": MAX_SETS,
            "description": "[8, 10]: a range; each set's reps ([10, 8, 6], or [10, 8]: the low end not "
            "first): the range they span, as many as sets says (with no sets, that many sets)",
        },
        _LOADED_LIST_SCHEMA,
        {
            "type": "string",
            "pattern": _REPS_HOLD,
            "description": "a hold's time ('45s', '30-45 s hold': its low end): one hold a set of "
            "that many seconds (then no hold_s)",
        },
    ],
    "examples": [
        8,
        "8-10",
        [8, 10],
        "8-10 per leg",
        "10/8/6",
        "5/3/1+",
        "8+",
        "6-8 @ RPE 8",
        "AMRAP",
        "5@65%, 5@75%, 5+@85%",
    ],
}
#: A note in brackets after a tempo (``4-0-1-0 (slow)``): kept in the entry's notes.
_TEMPO_NOTE = rf"\s*\([^()]{{1,{_NOTE_MAX}}}\)"
_TEMPO_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {
            "type": "string",
            "pattern": rf"^\s*(?:[xX]|{_T_PHASE}){_T_SEP}{_T_PHASE}{_T_SEP}"
            rf"(?:[xX]|{_T_PHASE}){_T_SEP}{_T_PHASE}(?:{_TEMPO_NOTE})?\s*$",
        },
        {
            "type": "string",
            "pattern": rf"^\s*(?:[xX]|{_T_PHASE})\s+{_T_PHASE}\s+(?:[xX]|{_T_PHASE})(?:\s+{_T_PHASE})?"
            rf"(?:{_TEMPO_NOTE})?\s*$",
            "description": "'3 1 1 0': the phases spaced apart (a three-number '3 0 1': no pause at the top)",
        },
        {"type": "integer", "minimum": 1000, "maximum": 9999, "description": "3110 is 3-1-1-0"},
        {
            "type": "string",
            "pattern": rf"^\s*{_TEMPO_4_TEXT}(?:{_TEMPO_NOTE})?\s*$",
            "description": "'31X0' is 3-1-X-0",
        },
        {
            "type": "string",
            "pattern": rf"^\s*(?:[xX]|{_T_PHASE}){_T_SEP}{_T_PHASE}{_T_SEP}(?:[xX]|{_T_PHASE})"
            rf"(?:{_TEMPO_NOTE})?\s*$",
            "description": "'3-0-1': eccentric-pause-concentric, no pause at the top (3-0-1-0)",
        },
        {"type": "null"},
    ],
    "examples": ["3-1-1-0", "2-0-x-0", "31X0", "3-0-1"],
}
_SETS_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "integer", "minimum": 1, "maximum": MAX_SETS},
        {"type": "string", "pattern": r"^\s*0*(?:[1-9]|1[0-9]|20)\s*$"},
        {
            "type": "string",
            "pattern": rf"^\s*0*(?:[1-9]|1[0-9]|20)\s*(?:{DASH}|to)\s*0*(?:[1-9]|1[0-9]|20)\s*$",
            "description": "a range of sets ('3-4'): read as its high end",
        },
        {
            "type": "string",
            "pattern": _SETS_X,
            "description": "'3x8-10': the sets and reps in one (no reps key then)",
        },
        {
            **_LOADED_LIST_SCHEMA,
            "description": "each set's reps and load ('5@65%, 5@75%, 5+@85%'): the "
            "sets and reps in one (no reps key then)",
        },
        {
            "type": "string",
            "pattern": _SETS_HOLD,
            "description": "'5x45s', '5 x 30-45 s hold': sets of one hold each, of that many seconds "
            "(a range's low end; no reps or hold_s key then)",
        },
        {
            "type": "string",
            "pattern": _SETS_GROUPS,
            "description": f"'2x5, 1x5+', '1x20, 2x10': groups of sets, each with its reps (a '+': "
            f"its last set to failure), their sets added up (at most {MAX_SETS}; no reps key then)",
        },
        {
            "type": "string",
            "pattern": _SETS_TEMPO,
            "description": "any of those, then a tempo after an '@' ('3 x 8-10 @ 3-1-1-0', '5 x 45 s hold "
            "@ 0-45-0-0'): the dose as the library's plan table writes it (no tempo key then)",
        },
        {
            "type": "string",
            "pattern": _SETS_EACH_GROUP,
            "description": "groups of sets each written as one sets value is ('1x5+, 2x8-10', '2x30s, "
            f"1x45s', '1x8 (RPE 7), 2x6 @ RPE 9'): their sets added up (at most {MAX_SETS}), the reps they "
            "span, the shortest hold, the hardest effort, the groups in the notes (no reps key then; "
            "holds beside reps, or reps per side beside reps not, are refused)",
        },
        {
            "type": "string",
            "pattern": _SETS_HOLD_TEMPO,
            "description": "holds, then a tempo saying the hold again ('5 x 30-45 s hold @ 0-45-0-0', as "
            "recommend prints a hold): the hold, no tempo (its pause within the hold's time)",
        },
    ],
    "examples": [3, "3x8-10", "3-4", "3 sets of 8", "5x45s", "2x5, 1x5+"],
}


def _effort_list(number: str) -> str:
    """The pattern of each set's effort listed (``8, 8.5, 9``, ``8/8.5/9``, ``8; 9``, ``3 2 1``): two
    to :data:`MAX_SETS` numbers parted by a semicolon, a slash, white space or a comma before white
    space (``8,5`` is one number, a decimal comma), unanchored."""
    return rf"(?:{number})(?:(?:\s*[;/]\s*|,\s+|\s+)(?:{number})){{1,{MAX_SETS - 1}}}"


#: Each set's effort listed in the rpe or rir field (``8, 8.5, 9``: an RTS sheet's RPE column), by
#: field: read as the hardest set's (as a range is), the list kept in the notes. ``8/10`` is an RPE
#: of 8 on the 10-point scale (:data:`_EFFORT_RE`, tried first), no list.
_EFFORT_LIST_RE = {
    key: re.compile(rf"\s*{_effort_list(n)}\s*") for key, n in (("rpe", _RPE_N), ("rir", _RIR_N))
}


def _each_sets_effort(data: dict[str, Any]) -> dict[str, Any]:
    """An entry whose rpe or rir lists each set's (``rpe: 8, 8.5, 9``) with the hardest set's as the
    field and the list after its notes (``RPE 8, 8.5, 9``); a sets value beside it must be the
    list's number of sets."""
    for key in ("rpe", "rir"):
        value = data.get(key)
        if not isinstance(value, str) or len(value) > MAX_TEXT or _EFFORT_RE[key == "rir"].fullmatch(value):
            continue
        if _EFFORT_LIST_RE[key].fullmatch(value) is None:
            continue
        numbers = [float(n.replace(",", ".")) for n in re.findall(r"[0-9]+(?:[.,][0-9]+)?", value)]
        sets = data.get("sets")
        count = int(sets) if isinstance(sets, str) and sets.strip().isdigit() else _whole(sets)
        if isinstance(count, int) and not isinstance(count, bool) and count != len(numbers):
            raise ValueError(
                f"{key} {shown(value)} lists {counted(len(numbers), 'set')}' {key.upper()}, sets says {count}"
            )
        best = min(numbers) if key == "rir" else max(numbers)
        said = f"{key.upper()} {' '.join(value.split())}"
        notes = data.get("notes")
        if notes is None or (isinstance(notes, str) and len(notes) + len(said) + 2 <= _MAX_NOTES):
            notes = f"{notes}; {said}" if notes else said
        data = {**data, key: str(int(best)) if best.is_integer() else str(best), "notes": notes}
    return data


def _effort_schema(low: float, high: float, integer: bool) -> dict[str, Any]:
    # what _EFFORT_RE reads that the field's bounds keep: RIR 0-10 whole, RPE 1-10; and the other
    # measure named (rpe: RIR 2), which goes to its own field
    number, other = (_RIR_N, _RPE_N) if integer else (_RPE_N, _RIR_N)
    text = _effort_text(number, integer, groups=False)
    kind = "integer" if integer else "number"
    return {
        "anyOf": [
            {"type": kind, "minimum": low, "maximum": high},
            {"type": "string", "pattern": text, "description": "a range is read as its hardest end"},
            {
                "type": "string",
                "pattern": rf"^\s*{_effort_list(number)}\s*$",
                "description": "each set's ('8, 8.5, 9'): read as the hardest, the list in the notes",
            },
            {
                "type": "string",
                "pattern": rf"^\s*{_named_effort(other, rir=not integer)}\s*$",
                "description": f"the other measure named ('{'RPE 8' if integer else 'RIR 2'}'): read as it",
            },
            {"type": "null"},
        ]
    }


def _letters(word: str) -> str:
    """A pattern of ``word`` in any case, each letter with the accents :func:`read_day` drops."""
    out = []
    for c in word:
        variants = [c, c.upper(), *(a + a.upper() for a, plain in ACCENTS.items() if plain == c)]
        out.append(f"[{''.join(dict.fromkeys(''.join(variants)))}]" if c.isalpha() else re.escape(c))
    return "".join(out)


def _weekday_pattern() -> str:
    """Every weekday word :data:`WEEKDAY_WORDS` holds (each name and abbreviation), as one
    pattern, the longest first."""
    return "(?:" + "|".join(map(_letters, sorted(WEEKDAY_WORDS, key=lambda w: (-len(w), w)))) + ")"


_ANY_LETTER = f"[a-zA-Z{''.join(ACCENTS)}{''.join(ACCENTS).upper()}]"  # what read_day reads as a-z
_N_DAY = r"(?:0{0,2}[1-9]|0?[1-9][0-9]|[1-9][0-9]{2})"  # 1-999 in at most 3 digits
_LETTER = r"[^\W\d_]"  # a letter: what parts a day cell's words (the reader's _CELL_WORD)
_NOT_LETTER = r"[\W\d_]"
_LABEL_END = r"[\s.,;:\-–—|/()\[\]{}@]"  # what labelled_day trims off a label
_FEIRA = rf"{_letters('feira')}(?!{_LETTER})"
# a weekday word, with the -feira that follows it (the reader's word holds it: segunda-feira)
_WEEKDAY_TOKEN = rf"(?<!{_LETTER}){_weekday_pattern()}(?:[- ]?{_FEIRA}|(?![- ]{_FEIRA}))(?!{_LETTER})"
_LETTERLESS_CLOCK = r"(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9]"
_WEEK_WORD = "|".join(map(_letters, sorted(WEEK_WORDS, key=len, reverse=True)))
_WEEK_LEAD = rf"\s*(?:{_WEEK_WORD})\s*\.?\s*[0-9]{{1,3}}(?![0-9])"
#: labelled_day as a pattern: no week leading it, one weekday word, first or last, and a label
#: with a word, or a clock time, or nothing but punctuation
_LABELLED_DAY = (
    rf"^(?!{_WEEK_LEAD})(?![\s\S]*{_WEEKDAY_TOKEN}[\s\S]*{_WEEKDAY_TOKEN})"
    rf"(?:{_NOT_LETTER}*{_WEEKDAY_TOKEN}[\s\S]*{_LETTER}"
    rf"|[\s\S]*{_LETTER}[\s\S]*{_WEEKDAY_TOKEN}{_NOT_LETTER}*$"
    rf"|{_LABEL_END}*{_WEEKDAY_TOKEN}{_LABEL_END}*(?:{_LETTERLESS_CLOCK}{_LABEL_END}*)?$"
    rf"|{_LABEL_END}*{_LETTERLESS_CLOCK}{_LABEL_END}*{_WEEKDAY_TOKEN}{_LABEL_END}*$)"
)
_DAY_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_DAY_NUMBER,
            "description": "the session's day of the program (Day 2), not a weekday",
        },
        {
            "type": "string",
            "pattern": rf"^\s*{_weekday_pattern()}(?:[- ]?{_letters('feira')})?\.?\s*$",
            "description": "a weekday or its abbreviation (Tues, mié; not two letters: Do)",
        },
        {
            "type": "string",
            "pattern": rf"^\s*(?:(?:{'|'.join(map(_letters, DAY_WORDS))})\s*\.?\s*)?{_N_DAY}\s*$"
            rf"|^\s*(?:{'|'.join(_letters(w) for w in DAY_WORDS if len(w) > 1)})\s+{_ANY_LETTER}\s*$",
            "description": "the session's day of the program ('Day 2', 'Day A'): a name, no weekday",
        },
        {
            "type": "string",
            "maxLength": MAX_TEXT,
            "pattern": _LABELLED_DAY,
            "description": "a weekday and a label, as a spreadsheet's day cell ('Monday (Lower)', "
            "'Mon PM', 'Lower - Thursday'): the weekday; the label names the session if no name "
            "does, and its time of day ('PM', '18:00') is the session's time if no time is given "
            "(a different time is refused: a check this schema cannot state)",
        },
        {"type": "null"},
    ],
    "examples": ["mon", "Thursday", "Tues", "Day 2", 3, "Monday (Lower)", "Mon PM"],
}
#: A session's day as the program schema holds it (a ``$ref``: the day's schema is large, given once).
_DAY_REF = "#/$defs/SessionModel/properties/day"
#: A session done on several days (the reader's ``_program_file._sessions_on_days``, which reads a
#: day with these patterns too, so the schema and the reader agree): weekdays (each a whole weekday
#: word, :data:`WEEKDAY_WORDS`) joined by ``&``, ``/``, ``,``, ``;``, ``+``, a spaced ``and`` (in the
#: reader's languages) or a space, a label before them and a colon (``Lower: Mon/Thu``) or after them in
#: brackets (``Mon & Thu (Lower)``); or a number of times a week (``2x/week``, ``twice a week``).


def _any_word(words: Iterable[str]) -> str:
    """Words as a pattern's alternatives in any case (:func:`_letters`), the longest first."""
    return "|".join(map(_letters, sorted(words, key=len, reverse=True)))


#: A rehab stage written as text (web forms and apps send numbers as text; review29 V12): ``"2"``,
#: ``"Stage 2"``, ``"Phase II"``, ``"S2"``, ``"Stufe 2"`` - a stage word (:data:`STAGE_WORDS`) and 1-4 in
#: digits or Roman numerals, nothing else (a label belongs in the notes). The reader and the schema
#: both read it with this pattern.
STAGE_TEXT_PATTERN = (
    rf"^\s*(?:(?:{_any_word(STAGE_WORDS)})\s*\.?\s*)?"
    r"(?:[1-4]|[iI][vV]|[iI]{1,3})\s*$"
)
_STAGE_TEXT_MAX = 40


def _stage(value: Any) -> Any:
    """A rehab stage: a whole number (``3.0`` as :func:`_whole` reads it), or text naming one
    (:data:`STAGE_TEXT_PATTERN`: ``"2"``, ``"Stage 2"``, ``"Phase II"``); other text is refused
    saying what reads. Other values are left for the field's own check."""
    if not isinstance(value, str):
        return _whole(value)
    if len(value) <= _STAGE_TEXT_MAX and re.search(STAGE_TEXT_PATTERN, value):
        return read_stage(value)
    raise ValueError("expected a rehab stage 1-4: a number, or text naming one ('2', 'Stage 2', 'Phase II')")


def _stage_schema(description: str) -> dict[str, Any]:
    """The JSON Schema of a rehab stage (see :func:`_stage`)."""
    return {
        "anyOf": [
            {"type": "integer", "minimum": 1, "maximum": 4},
            {"type": "string", "maxLength": _STAGE_TEXT_MAX, "pattern": STAGE_TEXT_PATTERN},
            {"type": "null"},
        ],
        "default": None,
        "description": description,
    }


_WEEK_STAGE = (
    "The rehab stage 1-4 this week is done at (a plan by stage); a staged goal judges the week at it. "
    "Without it, the program's stage."
)
_PROGRAM_STAGE = "Rehab stage 1-4 ('2', 'Stage 2' read as 2)."


_DAY_LIST_JOIN = rf"(?:\s*[&/,;+]\s*|\s+(?:{_any_word(DAY_LIST_WORDS)})\s+|\s+)"
_LIST_LABEL = rf"[^:()]*{_LETTER}[^:()]*"
LISTED_DAYS_PATTERN = (
    rf"^\s*(?:({_LIST_LABEL}):\s*)?({_WEEKDAY_TOKEN}\.?(?:{_DAY_LIST_JOIN}{_WEEKDAY_TOKEN}\.?)+)"
    rf"\s*(?:\(({_LIST_LABEL})\))?\s*$"
)
_PER_WEEK_COUNT = (
    rf"[1-7]\s*(?:(?:{_any_word(PER_WEEK_UNITS)})\s*)?(?:{_any_word(TIMES_WORDS)})?"
    rf"|[xX×]\s*[1-7]|(?:{_any_word(ONCE_WORDS)})"
)
PER_WEEK_PATTERN = (
    rf"^\s*(?:{_PER_WEEK_COUNT})\s*(?:(?:/|(?<!{_LETTER})(?:{_any_word(PER_WORDS)})(?!{_LETTER}))"
    rf"\s*(?:{_WEEK_WORD})\.?|{_any_word(WEEKLY_WORDS)})\s*$"
)
MAX_PER_WEEK_TEXT = 60


def listed_weekdays(value: str) -> tuple[str | None, tuple[int, ...]] | None:
    """A day naming several weekdays (:data:`LISTED_DAYS_PATTERN`: ``Mon/Thu``, ``Mon & Thu
    (Lower)``, ``Lower: Mon, Wed, Fri``) as its label and its weekdays (0 = Monday), each once in the
    order written (``Mon & Monday`` is Monday); ``None`` for any other day."""
    found = re.search(LISTED_DAYS_PATTERN, value) if len(value) <= MAX_TEXT else None
    if found is None:
        return None
    days: dict[int, None] = {}
    for token in re.finditer(_WEEKDAY_TOKEN, found[2]):
        cell = read_day(token[0])
        if cell is not None and cell.weekday is not None:
            days[cell.weekday] = None
    label = next((text.strip() for text in (found[1], found[3]) if text and text.strip()), None)
    return (label, tuple(days)) if days else None


def times_a_week(value: str) -> int | None:
    """How many times a week a day says its session is done, naming no weekday
    (:data:`PER_WEEK_PATTERN`: ``2x/week``, ``twice a week``, ``3 times per week``, ``2 mal pro
    Woche``), 1-7; ``None`` for any other day."""
    if len(value) > MAX_PER_WEEK_TEXT or re.search(PER_WEEK_PATTERN, value) is None:
        return None
    digit = re.search(r"[1-7]", value)
    if digit is not None:
        return int(digit[0])
    word = re.search(r"[^\W\d_]+", plain_letters(value).lower())
    return ONCE_WORDS[word[0]] if word is not None and word[0] in ONCE_WORDS else None


_DAYS_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {
            "type": "string",
            "maxLength": MAX_TEXT,
            "pattern": LISTED_DAYS_PATTERN,
            "description": "several weekdays ('Mon/Thu', 'Mon & Thu (Lower)'): the session on each, "
            "in its place",
        },
        {
            "type": "string",
            "maxLength": MAX_PER_WEEK_TEXT,
            "pattern": PER_WEEK_PATTERN,
            "description": "a number of times a week ('2x/week', 'twice a week'): that many sessions, "
            "their days unsaid (the rest between them unknown)",
        },
        {
            "type": "array",
            "minItems": 1,
            "maxItems": 7,
            "items": {"$ref": _DAY_REF, "not": {"type": ["array", "null"]}},
            "description": "each day the session is done on: the session on each, in its place",
        },
    ],
    "examples": ["Mon/Thu", "Mon & Thu (Lower)", ["mon", "thu"], "2x/week"],
}


def _time(value: Any) -> time | None:
    """A session's time of day: ``"18:00"``, ``"7:30 pm"``, ``"18h"``, or a part of the day
    (``PM``, ``evening``: read as a heuristic hour, :data:`PART_OF_DAY_HOURS`)."""
    if value is None or (isinstance(value, time) and value.tzinfo is None):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        raise ValueError(
            "expected a time of day as text ('18:00', '7am', 'PM'); YAML reads an unquoted 18:00 "
            "as the number 1080: quote it"
        )
    when = read_time(value) if isinstance(value, str) and len(value) <= 20 else None
    if when is None:
        raise ValueError("expected a time of day: '18:00', '7:30 pm', '18h', or AM, PM, morning, evening...")
    return when


_H24 = r"(?:[01]?[0-9]|2[0-3])"
_H12 = r"(?:0?[1-9]|1[0-2])"
_MIN = r"(?:[:.hH]|\s*[uU][hH][rR]\s*)[0-5][0-9]"
_AMPM = r"[aApP]\.?\s?[mM]\.?"
_PARTS_OF_DAY = "|".join(map(_letters, sorted(PART_OF_DAY_HOURS, key=lambda w: (-len(w), w))))
_TIME_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {
            "type": "string",
            "pattern": rf"^\s*(?:{_H24}{_MIN}(?:\s*(?:[hH]|[uU][hH][rR]))?|{_H24}\s*(?:[hH]|[uU][hH][rR])"
            rf"|{_H12}(?:{_MIN})?\s*{_AMPM})\s*$",
            "description": "a clock time: '18:00', '7:30 pm', '18h'",
        },
        {
            "type": "string",
            "pattern": rf"^\s*(?:{_PARTS_OF_DAY}|[aApP]\.\s?[mM]\.?)\s*$",
            "description": "a part of the day (AM, PM, morning, evening...): a heuristic hour",
        },
        {"type": "null"},
    ],
    "examples": ["18:00", "7am", "PM"],
}

Reps = Annotated[tuple[int, int, bool], BeforeValidator(_reps), WithJsonSchema(_REPS_SCHEMA)]
Tempo = Annotated[
    tuple[tuple[int, int, int, int], tuple[int, ...]] | None,
    BeforeValidator(_tempo),
    WithJsonSchema(_TEMPO_SCHEMA),
]
Day = Annotated[int | None, BeforeValidator(_day), WithJsonSchema(_DAY_SCHEMA)]
ClockTime = Annotated[time | None, BeforeValidator(_time), WithJsonSchema(_TIME_SCHEMA)]
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


def _entry_schema(schema: dict[str, Any]) -> None:
    """rir and rpe are exclusive; reps are required unless sets gives them (``sets: 3x8-10``) or
    the entry is a hold (``hold_s``: one hold a set); sets unless reps list each set's (``10, 10,
    8``); a hold's time in sets or reps (``5x45s``, ``45s``) gives no hold_s beside it."""
    not_null = {"not": {"type": "null"}}  # a null is an absent value, as the library reads it
    schema["not"] = {"required": ["rir", "rpe"], "properties": {"rir": not_null, "rpe": not_null}}
    schema["$comment"] = (
        "give rir or rpe, not both; reps, unless sets gives them ('3x8-10') or hold_s; sets, unless reps "
        "list each set's ('10, 10, 8')"
    )
    schema["required"] = [key for key in schema.get("required", []) if key not in ("reps", "sets")]
    gives_reps = {
        "anyOf": [
            {"pattern": pattern}
            for pattern in (
                _SETS_X,
                _LOADED_LIST_SCHEMA["pattern"],
                _SETS_HOLD,
                _SETS_GROUPS,
                _SETS_TEMPO,
                _SETS_HOLD_TEMPO,
                _SETS_EACH_GROUP,
            )
        ]
    }
    properties = schema.get("properties", {})
    one_set = {  # a set object of a list of them ("sets: [{reps: 10, weight: 80}]": _each_set_object)
        "type": "object",
        "additionalProperties": False,
        "properties": {
            **{key: properties[key] for key in _SET_KEYS if key in properties},
            **{key: {"type": "number", "minimum": 0, "exclusiveMaximum": 10_000} for key in _SET_WEIGHT_KEYS},
            "type": {
                "type": ["string", "null"],
                "description": "the set's type, in a log's set type words: a warm-up (warmup, warm-up, W) is "
                "no hard set, a failure set RIR 0, a drop set a hard set",
            },
        },
        "anyOf": [{"required": ["reps"]}, {"required": ["hold_s"]}],
    }
    if "sets" in properties:
        properties["sets"] = {
            **properties["sets"],
            "anyOf": [
                *properties["sets"].get("anyOf", []),
                {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": MAX_SETS,
                    "items": one_set,
                    "description": "each set as an object ({reps: 10, weight_kg: 80}): as many sets, the "
                    "reps they span, the hardest effort; each set's load kept (no reps key then)",
                },
            ],
        }
    schema["if"] = {
        "properties": {"sets": {"anyOf": [{"type": "string", **gives_reps}, {"type": "array"}]}},
        "required": ["sets"],
    }
    schema["then"] = {"not": {"required": ["reps"]}}
    held = {"required": ["hold_s"], "properties": {"hold_s": {"not": {"type": "null"}}}}
    schema["else"] = {"anyOf": [{"required": ["reps"]}, held]}  # a hold is one rep a set
    # reps giving their effort ("6-8 @ RPE 8", or "3x6-8 @8" in sets) give no rir or rpe then
    null = {"rir": {"type": "null"}, "rpe": {"type": "null"}}
    schema["allOf"] = [
        {"if": {"properties": {key: {"type": "string", "pattern": pattern}}, "required": [key]},
         "then": {"properties": null}}
        for key, pattern in (("reps", _REPS_AT_RE.pattern), ("sets", _SETS_X_AT))
    ]  # fmt: skip
    # a hold's time in sets or reps ("5x45s", "45s") gives the hold: no hold_s then; a tempo after
    # the sets' "@" ("3 x 8 @ 3-1-1-0") gives the tempo: no tempo then
    schema["allOf"] += [
        {"if": {"properties": {key: {"type": "string", "pattern": pattern}}, "required": [key]},
         "then": {"properties": {given: {"type": "null"}}}}
        for key, pattern, given in (
            ("sets", _SETS_HOLD, "hold_s"), ("reps", _REPS_HOLD, "hold_s"), ("sets", _SETS_TEMPO, "tempo"),
            ("sets", _SETS_HOLD_TEMPO, "hold_s"),
        )
    ]  # fmt: skip
    # sets n beside reps listing each set's ("10/8/6", [10, 8, 6]): n of them (_sets_given's n: a
    # number, its text, a range's high end)
    n_sets = r"0*(?:[1-9]|1[0-9]|20)"
    for n in range(1, MAX_SETS + 1):
        said = rf"^\s*(?:{n_sets}\s*(?:{DASH}|to)\s*)?0*{n}\s*$"
        arrays = {"maxItems": 2} if n <= 2 else {"anyOf": [{"maxItems": 2}, {"minItems": n, "maxItems": n}]}
        schema["allOf"].append(
            {"if": {"required": ["sets", "reps"],
                    "properties": {"sets": {"anyOf": [{"const": n}, {"type": "string", "pattern": said}]}}},
             "then": {"properties": {"reps": {"anyOf": [
                 {"type": ["integer", "number", "null", "boolean", "object"]},
                 {"type": "array", **arrays},
                 {"type": "string", "not": {"pattern": _LISTED_REPS}},
                 {"type": "string", "pattern": rf"^\s*{listed_pattern(_N_REPS, n)}{_REPS_TAIL}\s*$"},
             ]}}}}
        )  # fmt: skip
    # no sets: reps listing each set's ("10, 10, 8") are that many sets
    each_set = [{"pattern": _LISTED_REPS}, {"pattern": _LOADED_LIST_SCHEMA["pattern"]}]
    schema["allOf"].append(
        {"anyOf": [
            {"required": ["sets"]},
            {"required": ["reps"], "properties": {"reps": {"type": "string", "anyOf": each_set}}},
        ]}
    )  # fmt: skip


def _text_or_whole(highest: int, what: str) -> Callable[[Any], Any]:
    """A value kept as a note: text of 1-40 characters, or a whole number 0-``highest`` (an
    integral float read as one), else one message saying both (pydantic's union would give one
    per branch, each naming the branch)."""

    def parse(value: Any) -> Any:
        value = _whole(value)
        if value is None or (isinstance(value, str) and 1 <= len(value) <= 40):
            return value
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= highest:
            return value
        raise ValueError(f"expected text of 1-40 characters or {what} as a whole number 0-{highest}")

    return parse


def _TEXT_OR_WHOLE(highest: int) -> WithJsonSchema:  # noqa: N802 (an annotation, as pydantic's)
    return WithJsonSchema(
        {
            "anyOf": [
                {"maxLength": 40, "minLength": 1, "type": "string"},
                {"maximum": highest, "minimum": 0, "type": "integer"},
                {"type": "null"},
            ]
        }
    )


#: An entry's load (``load: 100 kg``, ``70%``, ``bodyweight``): a weight with its unit, a percentage
#: (of the 1RM unless it names another max: ``75% of TM``, ``80% e1RM``), or body weight with what is
#: added or assisted (``BW+10 kg``, ``bodyweight - 20 kg``); a range of either (``60-70 kg``,
#: ``70-75%``; as written, either way round). Kept as written, shown and written back; no check
#: reads it (a program is judged by its reps, effort, tempo and volume). A bare number is refused:
#: its unit is never guessed.
_L_NUMBER = r"[0-9]{1,4}(?:[.,][0-9]{1,2})?"
_L_SPAN = rf"{_L_NUMBER}(?:\s*(?:{DASH}|to)\s*{_L_NUMBER})?"
_BODYWEIGHT = "|".join(map(_ascii_ci, ("bodyweight", "body weight", "body-weight", "bw")))
_LOAD_TEXT = (
    rf"(?:{_L_SPAN}\s*(?:{_WEIGHT_UNITS})"
    rf"|{_L_SPAN}\s*%(?:\s*(?:{_ascii_ci('of')}\s*)?(?:{_OF_MAX}))?"
    rf"|(?:{_BODYWEIGHT})(?:\s*(?:\+|{DASH})\s*{_L_NUMBER}\s*(?:{_WEIGHT_UNITS})?)?)"
)
_LOAD_TEXT_RE = re.compile(rf"\s*{_LOAD_TEXT}\s*")
_BARE_PERCENT = re.compile(rf"\s*{_L_SPAN}\s*%\s*")
_LOAD_ERROR = (
    "expected a weight with its unit ('100 kg', '225 lb'), a percentage of the 1RM ('70%', '75% of TM') "
    "or body weight ('bodyweight', 'BW+10 kg'); a range of them ('60-70 kg') too"
)


def _load(value: Any) -> str | None:
    """An entry's load as written (white space collapsed), or ``None``; other text, a bare number
    (its unit unknown) or a range with the low end last is refused."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError(f"{_LOAD_ERROR}: a number alone has no unit (write {_whole(value)} kg or lb, or %)")
    if not isinstance(value, str) or len(value) > 40 or _LOAD_TEXT_RE.fullmatch(value) is None:
        raise ValueError(_LOAD_ERROR)
    return " ".join(value.split())


def is_load(text: str) -> bool:
    """Whether a text is a load as ``load:`` reads it (``100 kg``, ``70%``, ``bodyweight``)."""
    return len(text) <= 40 and _LOAD_TEXT_RE.fullmatch(text) is not None


_LOAD_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "maxLength": 40, "pattern": rf"^\s*{_LOAD_TEXT}\s*$"},
        {"type": "null"},
    ],
    "description": "the load: a weight with its unit ('100 kg'), a percentage of the 1RM ('70%'; '75% of "
    "TM' names another max) or body weight ('bodyweight', 'BW+10 kg'); kept, shown and written back, "
    "read by no check",
    "examples": ["100 kg", "70%", "bodyweight", "60-70 kg", "BW+10 kg"],
}


class EntryModel(_Model):
    model_config = ConfigDict(json_schema_extra=_entry_schema)

    exercise: Text = Field(description="Any exercise name or alias the resolver knows.")
    sets: Annotated[
        int, Field(ge=1, le=MAX_SETS, strict=True), BeforeValidator(_sets), WithJsonSchema(_SETS_SCHEMA)
    ] = Field(description="Hard sets; '3x8-10' gives the reps too.")
    reps: Reps = Field(description="An integer, a range such as '8-10', or [8, 10]; 'per leg' may follow.")
    tempo: Tempo = Field(
        default=None, description="Eccentric-pause-concentric-pause seconds, e.g. '3-1-1-0'."
    )
    # strict: true is not a number (the schema says integer; lax mode would take it); a string
    # of a number or a range ("1-2") is read by _effort, a range as its hardest end
    rir: Annotated[
        int | None,
        Field(ge=0, le=10, strict=True),
        BeforeValidator(_effort(min, whole=True, low=0)),
        WithJsonSchema(_effort_schema(0, 10, integer=True)),
    ] = Field(default=None, description="Reps in reserve; a range ('1-2') is read as its lowest.")
    rpe: Annotated[
        float | None,
        Field(ge=1, le=10, strict=True),
        BeforeValidator(_effort(max, whole=False, low=1)),
        WithJsonSchema(_effort_schema(1, 10, integer=False)),
    ] = Field(
        default=None, description="Rating of perceived exertion; a range ('8-9') is read as its highest."
    )
    hold_s: Annotated[int | None, BeforeValidator(_whole)] = Field(
        default=None, ge=1, le=600, strict=True, description="Seconds per hold, for isometrics."
    )
    load: Annotated[str | None, BeforeValidator(_load), WithJsonSchema(_LOAD_SCHEMA)] = Field(
        default=None,
        description="The load ('100 kg', '70%': of the 1RM, 'bodyweight'): kept and written back; "
        "no check reads it.",
    )
    notes: str | None = Field(default=None, max_length=_MAX_NOTES)
    rest: Annotated[
        str | int | None, BeforeValidator(_text_or_whole(3600, "seconds")), _TEXT_OR_WHOLE(3600)
    ] = Field(
        default=None, description="Rest between sets ('2-3 min', 90): kept as a note; no check reads it."
    )
    superset: Annotated[
        str | int | None, BeforeValidator(_text_or_whole(99, "a label")), _TEXT_OR_WHOLE(99)
    ] = Field(default=None, description="A superset's label ('A'): kept as a note; no check reads it.")

    @model_validator(mode="before")
    @classmethod
    def _sets_by_reps(cls, data: Any) -> Any:
        """``sets: 3x8-10`` is 3 sets of 8-10 (then no ``reps`` key: it would say it twice); an
        effort after the reps (``6-8 @ RPE 8``) is the entry's effort, and an effort written in
        the other measure's field (``rpe: RIR 2``) goes to its own (then neither may be given
        again); a note in brackets after the reps (``8-10 (last set AMRAP)``) goes to the notes;
        reps to failure (``8+``, ``5/3/1+``, a note naming failure) are RIR 0 unless an effort
        is given."""
        if not isinstance(data, dict) or _plain_dose(data):
            return data
        written_reps = data.get("reps")
        data = _each_sets_reps(_each_set_object(data))
        data = _each_sets_effort(_each_sets_load(data))
        held = _hold_restated(data["sets"]) if isinstance(data.get("sets"), str) else None
        tempo_note = _NOTE_RE.search(data["tempo"]) if isinstance(data.get("tempo"), str) else None
        if tempo_note is not None:  # "4-0-1-0 (slow)": the tempo, its note kept in the notes
            notes = data.get("notes")
            said_note = tempo_note.group(1).strip()
            if not isinstance(notes, str) or said_note not in notes:
                data = {
                    **data,
                    "notes": f"{notes}; {said_note}" if isinstance(notes, str) and notes else said_note,
                }
        if held is not None:  # "5 x 30-45 s hold @ 0-45-0-0": the tempo is the hold's, said again
            data = {**data, "sets": held}
        tempo = _TEMPO_AFTER_RE.fullmatch(data["sets"]) if isinstance(data.get("sets"), str) else None
        if tempo is not None and any(p.fullmatch(tempo.group(1)) for p in _SCHEMES_RE):
            if data.get("tempo") is not None:  # "3 x 8 @ 3-1-1-0": the dose as a plan table writes it
                raise ValueError(f"sets {shown(data['sets'])} gives the tempo too: drop the tempo key")
            data = {**data, "sets": tempo.group(1), "tempo": tempo.group(2)}
        listed_for = None
        for key in ("sets", "reps"):  # "3x8 @ 100kg", "5 @ 65%": the load goes to the notes
            value = data.get(key)
            load = _without_load(value) if isinstance(value, str) else None
            if load is not None and load[1] is not None:
                notes = data.get("notes")
                if notes is None or (isinstance(notes, str) and len(notes) + len(load[1]) + 2 <= _MAX_NOTES):
                    notes = f"{load[1]}; {notes}" if notes else load[1]
                data = {**data, key: load[0], "notes": notes}
        if isinstance(data.get("sets"), str):
            found = _SETS_X_RE.fullmatch(data["sets"])
            if found is not None:
                if "reps" in data:
                    raise ValueError(
                        f"sets {shown(data['sets'])} gives the reps too: drop the reps key, "
                        f"or write sets: {found.group(1)}"
                    )
                listed_for = data["sets"]
                sets = found.group(1)
                data = {**data, "sets": int(sets) if sets.isdigit() else sets, "reps": found.group(2)}
            else:
                data = _set_scheme(data)
        counted = counted_not_held(data["reps"]) if isinstance(data.get("reps"), str) else None
        if counted is not None:  # "8s": eights (or "21s", the method), no hold (readings says so)
            data = {**data, "reps": counted}
        time = read_hold(data["reps"]) if isinstance(data.get("reps"), str) else None
        if time is not None:  # "45s", "30-45 s hold" where the reps go: a hold a set, as a sheet reads it
            if data.get("hold_s") is not None:
                raise ValueError(
                    f"reps {shown(data['reps'])} are a hold's time, and hold_s is given too: "
                    "drop the reps key"
                )
            data = {**data, "reps": "1 per side" if time[2] else 1, "hold_s": time[0]}
        if "reps" not in data and data.get("hold_s") is not None:
            data = {**data, "reps": 1}  # an isometric: one hold a set
        reps = data.get("reps")
        said = reps_at(reps) if isinstance(reps, str) else None
        if said is not None:  # "6-8 @ RPE 8", "10 RPE 7": the reps, then the entry's effort
            if data.get("rir") is not None or data.get("rpe") is not None:
                raise ValueError(
                    f"reps {shown(reps)} give the effort too: drop the rir or rpe key, or write "
                    f"reps: {said[0]}"
                )
            key = "rir" if _NAMES_RIR.search(said[1]) else "rpe"
            reps = said[0]
            data = {**data, "reps": reps, key: said[1]}
        for key, other in (("rpe", "rir"), ("rir", "rpe")):  # "RIR 2" in the rpe field: a RIR
            value = data.get(key)
            if isinstance(value, str) and _OTHER_MEASURE[key].fullmatch(value):
                if data.get(other) is not None:
                    raise ValueError(f"{key} {shown(value)} is {other.upper()}, and {other} is given too")
                data = {**data, key: None, other: value}
                break
        count = _sets_given(data.get("sets"))
        listed = listed_set_reps(_bare_reps(reps)) if isinstance(reps, str) and count is not None else None
        if listed is not None and len(listed[0]) != count:  # one rule for every path (a file, a sheet)
            if listed_for is not None:
                raise ValueError(
                    f"sets {shown(listed_for)} lists {len(listed[0])} sets' reps for {count} sets"
                )
            raise ValueError(
                f"reps {shown(written_reps)} list {len(listed[0])} sets' reps, sets says {count}: "
                f"give sets: {len(listed[0])}, or as many reps as sets"
            )
        note = _NOTE_RE.search(reps) if isinstance(reps, str) and "(" in reps else None
        effort, rest = _note_effort(note.group(1)) if note is not None else (None, None)
        if effort is not None:  # "8 (RPE 7)", "3x8 (RIR 2, slow)": the effort is the entry's
            if data.get("rir") is not None or data.get("rpe") is not None:
                raise ValueError(
                    f"reps {shown(reps)} give the effort too: drop the rir or rpe key, or write "
                    f"reps: {_NOTE_RE.sub('', str(reps)).strip()}"
                )
            data = {**data, "rir" if _NAMES_RIR.search(effort) else "rpe": effort.lstrip("@ ")}
            reps = _NOTE_RE.sub(f" ({rest})" if rest else "", str(reps)).strip()
            data["reps"] = reps
            note = _NOTE_RE.search(reps) if rest else None
        if note is not None:  # "8-10 (last set AMRAP)": the note is the entry's
            notes, said_note = data.get("notes"), note.group(1).strip()
            if notes is None or (isinstance(notes, str) and len(notes) + len(said_note) + 2 <= _MAX_NOTES):
                data = {**data, "notes": f"{said_note}; {notes}" if notes else said_note}
        as_many = isinstance(reps, str) and _AS_MANY_RE.fullmatch(_bare_reps(reps)) is not None
        counted = isinstance(reps, str) and _COUNTED_FAILURE_RE.fullmatch(_bare_reps(reps)) is not None
        to_failure = (
            isinstance(reps, str) and ("+" in reps or "(" in reps or as_many or counted) and _to_failure(reps)
        )
        notes = data.get("notes")
        if not to_failure and isinstance(notes, str) and note_says_failure(notes):  # "last set to failure"
            to_failure = True
        if (
            not to_failure  # a set to failure is the hardest set: an effort in the notes is the others'
            and data.get("rir") is None
            and data.get("rpe") is None
            and isinstance(notes, str)
            and len(notes) <= 200
        ):
            effort = (  # "RIR 2", "@8" in a Notes column: the entry's effort (not asked, not some weeks')
                _note_effort(notes)[0] if "?" not in notes and not _WEEK_SCOPED.search(notes) else None
            )
            if effort is not None:
                data = {**data, "rir" if _NAMES_RIR.search(effort) else "rpe": effort.lstrip("@ ")}
        if to_failure and data.get("rir") is None and data.get("rpe") is None:  # "8+": to failure
            data = {**data, "rir": 0}  # "5x3+": the last set's "+", said by readings (_last_amrap_reading)
        distance = isinstance(reps, str) and (
            _DISTANCE_RE.fullmatch(_bare_reps(reps)) is not None
            or _RUNS_OF_DISTANCE_RE.fullmatch(_bare_reps(reps)) is not None
        )
        # "AMRAP", "20 m": kept in the notes, after any (a warm-up note leads), the reps read as 1
        if as_many or distance:
            notes, said_reps = data.get("notes"), _NOTE_RE.sub("", str(reps)).strip()  # (its note: above)
            if notes is None or (
                isinstance(notes, str)
                and said_reps.casefold() not in notes.casefold()
                and len(notes) + len(said_reps) + 2 <= _MAX_NOTES
            ):
                data = {**data, "notes": f"{notes}; {said_reps}" if notes else said_reps}
        notes = data.get("notes")
        if data.get("tempo") is None and isinstance(notes, str):  # "tempo 3-1-1" in the notes
            in_notes = note_tempo(notes)
            if in_notes is not None:
                data = {**data, "tempo": in_notes}
        listed = listed_set_reps(_bare_reps(reps)) if "sets" not in data and isinstance(reps, str) else None
        if listed is not None:  # "10, 10, 8" and no sets: one set for each reps listed
            data = {**data, "sets": len(listed[0])}
        return data

    @model_validator(mode="after")
    def _one_effort_measure(self) -> EntryModel:
        if self.rir is not None and self.rpe is not None:
            raise ValueError("give rir or rpe, not both")
        return self


#: What the notes say of sets of ``N+`` (GZCLP's ``5x3+``, ``3x15+``; 5/3/1's ``5+``): the ``+`` is
#: the last set's, as the templates say ("the last set is AMRAP"), the others ``N`` reps. The entry's
#: RIR 0 is that set's effort - the hardest set's, as a range is read, which the failure checks
#: What readings say of sets of ``N+`` (GZCLP's ``5x3+``, ``3x15+``; 5/3/1's ``5+``): the ``+`` is the
#: last set's, as the templates say ("the last set is AMRAP"), the others ``N`` reps. The entry's RIR 0
#: is that set's effort - the hardest set's, as a range is read, which the failure checks (HR018) must
#: see. Said, not written into the notes: an entry's reading may not hang on its sets (a fix changing
#: 1 set to 2 would read back otherwise).
_LAST_AMRAP = "the last set as many reps as possible"


#: Reps that no reading below changes: a count or a range of counts, nothing else.
_PLAIN_REPS = re.compile(rf"\s*[0-9]{{1,3}}(?:\s*{DASH}\s*[0-9]{{1,3}})?\s*")


def _plain_dose(data: dict[str, Any]) -> bool:
    """Whether an entry is one :meth:`EntryModel._sets_by_reps` leaves as it is: a whole number of
    sets, reps a count or a range (``8``, ``'8-10'``), an effort given as a number, no notes, no
    tempo note - most entries of a big program. The speed trick of the program byte-limit ceiling
    (``benchmarks.ceilings``: ``program_bytes``, 20,160 such entries): the readings after it are
    per entry about 0.1 ms of regular expressions, a third of the file's validation."""
    sets, reps = data.get("sets"), data.get("reps")
    if type(sets) is not int or not (
        type(reps) is int or (type(reps) is str and _PLAIN_REPS.fullmatch(reps) is not None)
    ):
        return False
    if data.get("notes") is not None or isinstance(data.get("rir"), str) or isinstance(data.get("rpe"), str):
        return False
    tempo = data.get("tempo")
    return not (isinstance(tempo, str) and "(" in tempo)


def _last_set_amrap(sets: Any, reps: str) -> bool:
    """Whether an entry of ``sets`` (more than one) gives reps ``N+`` (:data:`_AMRAP_RE`): its last
    set as many as possible (:data:`_LAST_AMRAP`)."""
    try:
        count = int(sets) if isinstance(sets, str) and sets.strip().isdigit() else _whole(sets)
    except ValueError:
        return False
    bare = _bare_reps(reps)
    said = reps_at(bare)
    return (
        isinstance(count, int)
        and not isinstance(count, bool)
        and count > 1
        and _AMRAP_RE.fullmatch(said[0] if said is not None else bare) is not None
    )


def _set_scheme(data: dict[str, Any]) -> dict[str, Any]:
    """An entry whose sets value is a set scheme other than sets x reps (:mod:`._set_scheme`):
    holds (``5x45s``, ``5 x 30-45 s hold``: a hold a set, its seconds the hold's, a range's low
    end as the library writes a prescription's into a program; said by :func:`readings`) or
    groups of sets (``2x5, 1x5+``: the sets they add up to, each set's reps); then no reps key
    (nor a hold's) may say it again. Any other entry is returned as it is."""
    value = data["sets"]
    hold = _SETS_HOLD_RE.fullmatch(value)
    counted = counted_not_held(hold.group(2)) if hold is not None else None
    if hold is not None and counted is not None and "reps" not in data:  # "3x8s": sets of eights
        sets = hold.group(1)
        return {**data, "sets": int(sets) if sets.isdigit() else sets, "reps": counted}
    if hold is not None:
        time = read_hold(hold.group(2))
        given = [
            key for key in ("reps", "hold_s") if key in data and (key == "reps" or data[key] is not None)
        ]
        if time is None or given:
            raise ValueError(
                f"sets {shown(value)} gives the hold too: drop the {' and '.join(given)} key"
                if given
                else f"sets {shown(value)}: a range of hold times has its low end first"
            )
        sets = hold.group(1)
        reps = "1 per side" if time[2] else 1
        return {**data, "sets": int(sets) if sets.isdigit() else sets, "reps": reps, "hold_s": time[0]}
    groups = _SETS_GROUPS_RE.fullmatch(value)
    scanned = scan_groups(value) if groups is not None and not groups.group(2).strip() else None
    if scanned is not None:  # "1x5+ 2x8-10", "3x8 + 2x12": as "1x5+, 2x8-10" is read
        try:
            read_groups(scanned[0] + ", " + ", ".join(scanned[1:]))  # its own refusals ("10-8")
        except ValueError as exc:
            raise ValueError(f"sets {shown(value)}: {exc}") from None
        return _each_group(data, value, scanned)
    if groups is not None:
        if "reps" in data:
            raise ValueError(f"sets {shown(value)} gives each set's reps too: drop the reps key")
        try:
            count, reps = read_groups(groups.group(1))
        except ValueError as exc:
            raise ValueError(f"sets {shown(value)}: {exc}") from None
        if count > MAX_SETS:
            raise ValueError(f"sets {shown(value)} add up to {count} sets, more than {MAX_SETS}")
        return {**data, "sets": count, "reps": reps + groups.group(2)}
    parts = split_groups(value)
    return _each_group(data, value, parts) if parts is not None else data


def loaded_list(text: str) -> bool:
    """Whether a text lists each set's reps and load (``75% x5, 85% x3, 95% x1+``: :data:`_LOADED_LIST`)."""
    try:
        return _loaded_sets(text) is not None
    except ValueError:  # read as one, and refused: the reader says why
        return True


def read_group(text: str, reps: bool = False) -> str | None:
    """Why ``text`` is no sets value of its own (``3x10``, ``1x8-10``, ``1x60s``, ``1x8 (RPE 7)``),
    or with ``reps`` no reps value of one set, as a message; ``None`` when it is one."""
    try:
        EntryModel.model_validate(
            {"exercise": "-", **({"sets": 1, "reps": text} if reps else {"sets": text})}
        )
    except ValidationError as exc:
        return _message(exc.errors()[0])
    return None


def _each_sets_reps(data: dict[str, Any]) -> dict[str, Any]:
    """An entry whose reps are a JSON array of each set's (``[10, 8, 6]``; ``[10, 8]``, whose low end
    is not first, so no range) with them as the text list ``10, 8, 6`` reads: one rule for a list of
    each set's reps however written - with no sets, that many sets; beside sets, as many as it
    says (:meth:`EntryModel._sets_by_reps`). ``[8, 10]`` stays a range."""
    reps = data.get("reps")
    if not isinstance(reps, list | tuple) or not 2 <= len(reps) <= MAX_SETS:
        return data
    numbers = [_whole(n) for n in reps]
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
        return data
    if len(numbers) == 2 and numbers[0] <= numbers[1]:
        return data
    return {**data, "reps": ", ".join(map(str, numbers))}


def _sets_given(value: Any) -> int | None:
    """The sets an entry's sets value gives as a count (``3``, ``'3'``, ``'3-4'``: its high end), or
    ``None`` (none given, or a value the field refuses)."""
    try:
        count = _sets(value) if value is not None else None
    except (ValueError, TypeError):
        return None
    return count if isinstance(count, int) else None


def _tempo_written(tempo: tuple[tuple[int, int, int, int], tuple[int, ...]]) -> str:
    return "-".join("X" if i in tempo[1] else str(t) for i, t in enumerate(tempo[0]))


def _each_group(data: dict[str, Any], value: str, parts: list[str]) -> dict[str, Any]:
    """An entry whose sets value lists groups of sets each written as one sets value is
    (:func:`~._set_scheme.split_groups`: ``1x5+, 2x8-10``; ``2x30s, 1x45s``; a column per set's
    cells, ``1x8 (RPE 7), 1x8 (RPE 7), 1xAMRAP``): each group read as an entry of its own, then
    together - their sets added up, the reps they span (per side when each group's are), the
    shortest hold (as a range of holds is read at its low end), the hardest effort (RPE = 10 - RIR
    to compare them; a set to failure is RIR 0, as ``8+`` reads), one tempo; each group's notes
    kept, and the groups as written when they differ. Groups of holds and of reps together, of
    reps per side and not, or of two tempos are refused: one entry holds one of each."""
    if "reps" in data or data.get("hold_s") is not None:
        given = "reps" if "reps" in data else "hold_s"
        raise ValueError(f"sets {shown(value)} gives each set's reps too: drop the {given} key")
    given_effort = {k: data[k] for k in ("rir", "rpe") if data.get(k) is not None}
    read: list[EntryModel] = []
    for part in parts:
        if _ONE_GROUP_RE.fullmatch(part) is None:
            raise ValueError(
                f"sets {shown(value)}: {shown(part, 40)} is no group of sets (its sets x its reps or hold: "
                "'2x8-10', '1x45s')"
            )
        try:
            read.append(EntryModel.model_validate({"exercise": "-", "sets": part, **given_effort}))
        except ValidationError as exc:
            raise ValueError(
                f"sets {shown(value)}: group {shown(part, 40)}: {_message(exc.errors()[0])}"
            ) from None
    return _combined(data, value, read, " ".join(value.split()))


def _combined(data: dict[str, Any], value: Any, read: list[EntryModel], written: str) -> dict[str, Any]:
    """An entry's ``data`` with the groups of sets ``read`` from its sets ``value`` (each read as an
    entry of its own) as one dose, as :func:`_each_group` says; ``written`` leads the notes when the
    groups differ."""
    total = sum(entry.sets for entry in read)
    if total > MAX_SETS:
        raise ValueError(f"sets {shown(value)} add up to {total} sets, more than {MAX_SETS}")
    if len({entry.hold_s is None for entry in read}) > 1:
        raise ValueError(f"sets {shown(value)} gives holds and reps together: give each its own entry")
    if len({entry.reps[2] for entry in read}) > 1:
        raise ValueError(
            f"sets {shown(value)} gives some groups' reps per side and some not: say 'per leg' on each "
            "group, or on none"
        )
    tempos = {_tempo_written(entry.tempo) for entry in read if entry.tempo is not None}
    if len(tempos) > 1 or (tempos and data.get("tempo") is not None):
        raise ValueError(
            f"sets {shown(value)} gives its groups "
            + (
                "different tempos: one entry has one tempo"
                if len(tempos) > 1
                else "a tempo, and tempo is given too"
            )
        )
    low, high = min(entry.reps[0] for entry in read), max(entry.reps[1] for entry in read)
    side = " per side" if read[0].reps[2] else ""
    out = {k: v for k, v in data.items() if k not in ("sets", "rir", "rpe")}
    out.update(sets=total, reps=f"{low}-{high}{side}" if low < high else f"{low}{side}")
    if read[0].hold_s is not None:
        out["hold_s"] = min(entry.hold_s or 0 for entry in read)
    if tempos:
        out["tempo"] = next(iter(tempos))
    efforts = [
        (entry.rir if entry.rir is not None else 10 - (entry.rpe or 0), entry.rir, entry.rpe)
        for entry in read
        if entry.rir is not None or entry.rpe is not None
    ]
    if efforts:  # the hardest set's, as a range's hardest end is read
        _, rir, rpe = min(efforts, key=lambda effort: effort[0])
        out.update({"rir": rir} if rir is not None else {"rpe": rpe})
    differ = len({(e.reps[:2], e.hold_s, e.rir, e.rpe, e.notes) for e in read}) > 1
    said = [written] if differ else []
    said += list(dict.fromkeys(entry.notes for entry in read if entry.notes))
    notes = data.get("notes")
    text = "; ".join([*said, *([notes] if isinstance(notes, str) and notes else [])])
    if said and len(text) <= _MAX_NOTES:
        out["notes"] = text
    return out


#: What a set of a list of set objects may give (``sets: [{reps: 10, weight: 80}, ...]``, the usual
#: app JSON): an entry's own keys for one set, and its weight - with its unit in the key
#: (``weight_kg``: Hevy's, Strong's), or with none (``weight: 80``: kept in the notes).
_SET_KEYS = ("reps", "rir", "rpe", "hold_s", "tempo", "notes", "load")
_SET_WEIGHT_KEYS = {
    "weight": "",
    "weight_kg": " kg",
    "kg": " kg",
    "weight_lb": " lb",
    "weight_lbs": " lb",
    "lb": " lb",
    "lbs": " lb",
}


def _set_weight(n: int, item: dict[Any, Any]) -> str | None:
    """The load a set object gives (``load: 80 kg``, ``weight_kg: 80``: ``80 kg``; ``weight: 80``:
    ``80``, its unit unknown), or ``None``; two of them are refused."""
    given = [k for k in item if k == "load" or k in _SET_WEIGHT_KEYS]
    if len(given) > 1:
        raise ValueError(f"sets[{n}] gives its load twice ({', '.join(map(str, given))}): give one")
    if not given or item[given[0]] is None:
        return None
    key, weight = given[0], item[given[0]]
    if key == "load":
        return str(_load(weight))
    number = _whole(weight)
    if isinstance(number, bool) or not isinstance(number, int | float) or not 0 <= number < 10_000:
        raise ValueError(f"sets[{n}].{key}: expected a weight, a number (got {shown(weight)})")
    return f"{number:g}{_SET_WEIGHT_KEYS[key]}"


def set_object_kind(n: int, item: dict[Any, Any]) -> str:
    """The kind of set a set object's ``type`` says (``warmup``, ``W``, ``warm-up``, ``dropset``,
    ``failure``: read with a log's set type words, :func:`~hamstring_rules._log_words.set_kind`),
    :data:`~hamstring_rules._log_words.NORMAL` without one; a type of no set kind is refused,
    naming it and its set (``n``: the set's place in the list)."""
    from ._log_words import NORMAL, NOTE, UNKNOWN, set_kind

    given = item.get("type")
    if given is None or (isinstance(given, str) and not given.strip()):
        return NORMAL
    kind = set_kind(given) if isinstance(given, str) else UNKNOWN
    if kind in (UNKNOWN, NOTE):
        raise ValueError(
            f"sets[{n}].type: {shown(given, 30)} is no set type read (a warm-up set: warmup, warm-up, W; "
            "a hard set: normal, working, failure, drop, dropset)"
        )
    return kind


def _each_set_object(data: dict[str, Any]) -> dict[str, Any]:
    """An entry whose sets are a list of set objects (``[{reps: 10, weight: 80}, {reps: 8, weight:
    90}]``, an app's routine) read as its sets: their number, the reps they span, the hardest effort,
    the shortest hold (as :func:`_combined` reads groups of sets); their loads are the entry's load
    when all give the same one with its unit, else each set's kept in the notes. A key a set may not
    give (:data:`_SET_KEYS`, a weight, a ``type``) is refused, naming it. A set's ``type``
    (:func:`set_object_kind`): a failure set is RIR 0 unless an effort is given, a drop set a
    hard set; an entry of warm-up sets only is a warm-up (its notes lead with it, and the checks
    count no hard set of it). Warm-up sets among working sets are refused here: a program file's
    are split into an entry of their own first (``_program_file.reshaped``)."""
    from ._log_words import DROP, FAILURE, WARMUP

    value = data.get("sets")
    if not isinstance(value, list) or not value or not all(isinstance(item, dict) for item in value):
        return data
    if len(value) > MAX_SETS:
        raise ValueError(f"sets lists {len(value)} sets, more than {MAX_SETS}")
    if "reps" in data or data.get("hold_s") is not None:
        given = "reps" if "reps" in data else "hold_s"
        raise ValueError(f"sets lists each set's reps: drop the {given} key")
    given_effort = {k: data[k] for k in ("rir", "rpe") if data.get(k) is not None}
    kinds = [set_object_kind(n, item) for n, item in enumerate(value)]
    warm = [kind == WARMUP for kind in kinds]
    if any(warm) and not all(warm):  # the program reader gives them an entry of their own (a file's)
        raise ValueError(
            f"sets[{warm.index(True)}] is a warm-up set among working sets: give the warm-up sets an "
            "entry of their own (notes: warm-up)"
        )
    read: list[EntryModel] = []
    loads: list[str | None] = []
    for n, item in enumerate(value):
        unknown = [k for k in item if k not in _SET_KEYS and k not in _SET_WEIGHT_KEYS and k != "type"]
        if unknown:
            raise ValueError(
                f"sets[{n}]: unknown key {shown(unknown[0], 30)} (a set gives {', '.join(_SET_KEYS)}, "
                "type or its weight: weight, weight_kg, weight_lb)"
            )
        loads.append(_set_weight(n, item))
        one = {k: v for k, v in item.items() if k in _SET_KEYS and k != "load"}
        if kinds[n] == FAILURE and not given_effort and one.get("rir") is None and one.get("rpe") is None:
            one["rir"] = 0  # a set to failure: RIR 0, as a log's failure set and '8+' are read
        try:
            read.append(EntryModel.model_validate({"exercise": "-", "sets": 1, **given_effort, **one}))
        except ValidationError as exc:
            raise ValueError(
                f"sets[{n}]: {_path(exc.errors()[0]['loc'])}: {_message(exc.errors()[0])}"
            ) from None
    doses = [
        (f"{e.hold_s} s" if "reps" not in item else " ".join(str(item["reps"]).split()))
        + (f" @ {w}" if w is not None else "")
        + "".join(f" ({k.upper()} {item[k]})" for k in ("rir", "rpe") if item.get(k) is not None)
        + {FAILURE: " (to failure)", DROP: " (drop set)"}.get(kind, "")
        for e, w, item, kind in zip(read, loads, value, kinds, strict=True)
    ]
    out = _combined(
        {k: v for k, v in data.items() if k != "sets"}, value, read, "each set: " + ", ".join(doses)
    )
    said = [w for w in loads if w is not None]
    same = said[0] if len(said) == len(loads) and len(set(said)) == 1 and is_load(said[0]) else None
    if said and data.get("load") is not None:
        raise ValueError("sets give each set's load, and load is given too: give it once")
    if same is not None:
        out["load"] = same
    elif said and "each set: " not in str(out.get("notes", "")):  # the loads differ: each set's kept
        notes = out.get("notes")
        text = "each set: " + ", ".join(doses)
        out["notes"] = f"{text}; {notes}" if notes else text
    if all(warm):  # warm-up sets: the entry is a warm-up, its sets no hard sets (as a log's)
        notes = out.get("notes")
        out["notes"] = f"warm-up; {notes}" if notes else "warm-up"
    return out


def _each_sets_load(data: dict[str, Any]) -> dict[str, Any]:
    """An entry whose sets or reps list each set's reps and load (``5@65%, 5@75%, 5+@85%``:
    :func:`_loaded_sets`) as its sets (their number) and reps (``5, 5, 5+``), the list as written
    leading its notes; a sets value beside a reps list must be the list's number of sets, and a
    sets list gives the reps (no reps key then)."""
    for key in ("sets", "reps"):
        value = data.get(key)
        listed = _loaded_sets(value) if isinstance(value, str) else None
        if listed is None:
            if isinstance(value, str):
                _unread_item(key, value)
            continue
        count, reps, loads, effort = listed
        if key == "sets" and "reps" in data:
            raise ValueError(f"sets {shown(value)} gives each set's reps too: drop the reps key")
        if effort is not None:  # "5@8, 5@8.5, 5@9": the hardest set's RPE is the entry's
            if data.get("rir") is not None or data.get("rpe") is not None:
                raise ValueError(f"{key} {shown(value)} give each set's effort: drop the rir or rpe key")
            data = {**data, effort[0]: effort[1]}
        given = data.get("sets") if key == "reps" else count
        number = int(given) if isinstance(given, str) and _DIGITS.fullmatch(given.strip()) else _whole(given)
        if isinstance(number, int) and not isinstance(number, bool) and number != count:
            raise ValueError(
                f"reps {shown(value)} list {counted(count, 'set')}, sets says {number}: give sets: {count}"
            )
        notes = data.get("notes")
        if notes is None or (isinstance(notes, str) and len(notes) + len(loads) + 2 <= _MAX_NOTES):
            notes = f"{loads}; {notes}" if notes else loads
        # a list of each set's reps and load with no sets given: that many sets
        counts = key == "sets" or "sets" not in data
        return {**data, **({"sets": count} if counts else {}), "reps": reps, "notes": notes}
    return data


_AT_ITEM = re.compile(r"\s*[0-9]{1,3}\s*\+?\s*@\s*([^@]*?)\s*")


def _unread_item(key: str, value: str) -> None:
    """Refuse a list of two or more ``reps @ something`` items that :func:`_loaded_sets` did not
    read, naming the first item whose ``@`` gives neither a load nor an effort (``5@3, 5@4``,
    ``5@100, 5@100``): it said only 'expected an integer' and a cut-off value."""
    if "@" not in value or len(value) > MAX_TEXT:
        return
    parts = split_groups(value)
    if parts is not None and all(_ONE_GROUP_RE.fullmatch(part) for part in parts):
        return  # groups of sets, each its own sets value: _each_group reads them
    items = _ITEM_SEP_RE.split(value.strip())
    if len(items) < 2 or not all("@" in item for item in items):
        return
    for item in items:
        if _ITEM_RE.fullmatch(item) is None:
            found = _AT_ITEM.fullmatch(item)
            after = f": {shown(found.group(1), 20)} is neither" if found is not None else ""
            raise ValueError(
                f"{key} {shown(value)}: item {shown(item, 30)} is not read{after} - after '@' a set's "
                "load has its unit (5@65%, 5@100kg) and a bare number is its RPE, 5 to 10 with at most "
                "one decimal (5@8.5; RPE 4, RIR 2 named)"
            )


def _session_schema(schema: dict[str, Any]) -> None:
    """A session needs a name, or a day to name it (``day: Day 2``, ``day: mon``)."""
    schema["required"] = [key for key in schema.get("required", []) if key != "name"]
    schema["anyOf"] = [
        {"required": ["name"]},
        {"required": ["day"], "properties": {"day": {"not": {"type": "null"}}}},
        {"required": ["days"]},
    ]
    schema["not"] = {"required": ["day", "days"]}  # 'days' is given in json_schema(), after pydantic's refs


class SessionModel(_Model):
    model_config = ConfigDict(json_schema_extra=_session_schema)

    name: Text = Field(description="The session's name; without one, its day names it ('Day 2', 'mon').")
    day: Day = Field(
        default=None,
        description="A weekday (mon..sun, Thursday, Montag...), or the session's day of the program "
        "(2, 'Day 2', 'Day A'), which names it but is no weekday: its rest days are unknown.",
    )
    time: ClockTime = Field(
        default=None,
        description="The time of day ('18:00', '7am', or PM, evening...: a heuristic hour), which "
        "puts two sessions of one day hours apart.",
    )
    notes: str | None = Field(
        default=None, max_length=_MAX_NOTES, description="Notes on the session: kept, read by no check."
    )
    exercises: list[EntryModel] = Field(min_length=1, max_length=MAX_EXERCISES)

    @model_validator(mode="before")
    @classmethod
    def _named_by_day(cls, data: Any) -> Any:
        """A session without a name is named by its day: ``Day 2`` (a day of the program, also
        written ``2``), or the weekday as written (``Mon``)."""
        if isinstance(data, dict) and isinstance(data.get("day"), str):
            labelled = labelled_day(data["day"])
            if labelled is not None and labelled[0].week is None:
                return _labelled_session(data, *labelled)
        if isinstance(data, dict) and "name" not in data and "day" in data:
            try:
                cell = read_day(_whole(data["day"]))
            except ValueError:  # a fraction: the day's own check names it
                return data
            if cell is not None and cell.week is None:
                name = cell.label or str(data["day"]).strip().rstrip(".")
                data = {**data, "name": name}
        return data


def _labelled_session(data: dict[str, Any], cell: DayCell, name: str | None) -> dict[str, Any]:
    """A session whose day is a weekday and a label (``Monday (Lower)``, ``Mon PM``), read as a
    sheet's day cell is (:func:`labelled_day`): the weekday, the label its name when it has none,
    the time of day the label says when it gives no other."""
    day = data["day"]
    out = {**data, "day": DAYS[cell.weekday or 0]}
    out.setdefault("name", name or day.strip())
    if cell.time is not None:
        given = data.get("time")
        try:
            other = _time(given)
        except ValueError:  # the time's own check names it
            return out
        if other is None:
            out["time"] = cell.time
        elif other != cell.time:
            raise ValueError(
                f"the day {shown(day)} says {cell.time:%H:%M}, the time {shown(given)}: give one time"
            )
    return out


def _week_number(value: Any) -> Any:
    """A week's number as written: ``2``, ``"2"``, ``"Week 2"``, ``"W2"``, ``"Wk 2"``."""
    if isinstance(value, str):
        found = _WEEK_NUMBER.fullmatch(value.strip())
        if found is None:
            raise ValueError(
                f"expected the week's number (1, 'Week 1'), got {shown(value)}: a week's own name is name:"
            )
        return int(found.group(1))
    return _whole(value)


_WEEK_NUMBER = re.compile(r"(?:w(?:ee)?k?s?\.?\s*)?0*(\d{1,4})", re.IGNORECASE)
#: What ``week:`` takes, for editors and CI validating against the published schema: a whole
#: number from 1 (``1.0`` too, as JSON tools write it) or its text (``"3"``, ``"Week 1"``, ``"W1"``).
_WEEK_SCHEMA = {
    "anyOf": [
        {"type": "integer", "minimum": 1},
        {"type": "string", "pattern": r"^\s*(?:[Ww](?:[Ee][Ee])?[Kk]?[Ss]?\.?\s*)?0*[1-9]\d{0,3}\s*$"},
        {"type": "null"},
    ]
}


class WeekModel(_Model):
    week: Annotated[int | None, BeforeValidator(_week_number), WithJsonSchema(_WEEK_SCHEMA)] = Field(
        default=None,
        ge=1,
        strict=True,
        description="The week's number (1, 'Week 1'), as programs number their weeks: it must be its "
        "place in the list (the weeks are in order).",
    )
    name: Text | None = Field(
        default=None, description="The week's own name ('Deload', 'Test week'), shown in its label."
    )
    notes: str | None = Field(
        default=None, max_length=_MAX_NOTES, description="Notes on the week: kept, read by no check."
    )
    stage: Annotated[int | None, BeforeValidator(_stage), WithJsonSchema(_stage_schema(_WEEK_STAGE))] = Field(
        default=None, ge=1, le=4, strict=True, description=_WEEK_STAGE
    )
    sessions: list[SessionModel] = Field(min_length=1, max_length=MAX_SESSIONS)


class ProgramModel(_Model):
    model_config = ConfigDict(
        json_schema_extra={
            "$comment": "give either 'sessions' (one repeating week) or 'weeks'; x- keys are ignored",
            "patternProperties": {"^x-": {}},
            "oneOf": [
                {"required": ["sessions"], "properties": {"sessions": {"type": "array"}}},
                {"required": ["weeks"], "properties": {"weeks": {"type": "array"}}},
            ],
        }
    )

    schema_version: Annotated[
        int | None, BeforeValidator(_whole), WithJsonSchema({"enum": [SCHEMA_VERSION, None]})
    ] = Field(default=None, strict=True, description=f"{SCHEMA_VERSION}, if given.")
    name: Text = "program"
    description: str | None = Field(default=None, max_length=5000)
    goal: str | None = Field(default=None, max_length=MAX_TEXT)
    stage: Annotated[int | None, BeforeValidator(_stage), WithJsonSchema(_stage_schema(_PROGRAM_STAGE))] = (
        Field(default=None, ge=1, le=4, strict=True, description=_PROGRAM_STAGE)
    )
    sessions: list[SessionModel] | None = Field(default=None, min_length=1, max_length=MAX_SESSIONS)
    weeks: list[WeekModel] | None = Field(default=None, min_length=1, max_length=MAX_WEEKS)

    @model_validator(mode="before")
    @classmethod
    def _extension_keys(cls, data: Any) -> Any:
        """Top-level ``x-`` keys are the file's own (YAML anchors to reuse, docker-compose's idiom):
        ignored, as the JSON Schema's patternProperties says."""
        if isinstance(data, dict) and any(isinstance(k, str) and k.startswith("x-") for k in data):
            data = {k: v for k, v in data.items() if not (isinstance(k, str) and k.startswith("x-"))}
        return data

    @model_validator(mode="after")
    def _sessions_or_weeks(self) -> ProgramModel:
        for key in ("sessions", "weeks"):  # "sessions:" and nothing under it: null, not left out
            if self.sessions is None and self.weeks is None and key in self.model_fields_set:
                raise ValueError(
                    f"{key} is empty: list the "
                    + (
                        "sessions under it, each with its exercises"
                        if key == "sessions"
                        else "weeks under it"
                    )
                    + " (indented below it)"
                )
        if (self.sessions is None) == (self.weeks is None):
            raise ValueError("give either 'sessions' (one repeating week) or 'weeks', not both or neither")
        for place, week in enumerate(self.weeks or (), start=1):
            if week.week is not None and week.week != place:
                raise ValueError(
                    f"weeks[{place - 1}] says week: {week.week}, but it is week {place} of the list: "
                    "list the weeks in order, numbered from 1"
                )
        if self.schema_version not in (None, SCHEMA_VERSION):
            raise ValueError(
                f"schema_version {self.schema_version} is not supported (expected {SCHEMA_VERSION})"
            )
        return self


#: A sets x reps written in an exercise's name (``RDL 5x5``, ``Nordic 3 x 6``, ``RDL (4x8-10)``).
SCHEME_IN_NAME = re.compile(
    r"(?<![0-9])([0-9]{1,2})\s*[x×X*]\s*([0-9]{1,3})(?:\s*-\s*([0-9]{1,3}))?(?![0-9])"
)


def readings(
    data: Mapping[str, Any],
    lines: Callable[[], Mapping[tuple[str | int, ...], int]] | None = None,
    columns: Mapping[tuple[str | int, ...], str] | None = None,
) -> list[str]:
    """What a valid program's data writes that is read one way of several, said once for each
    value as written with where it is (its lines, else its data path; a spreadsheet's column,
    ``columns``: the header of each value's column by its data path): a range of sets (read as
    its high end, :func:`_sets`), a three-number tempo (no pause at the top, :func:`_tempo`) and
    reps with no count (``AMRAP``: at least 1, to failure). ``lines`` (as
    :func:`validated_model`'s) is called only when there is one."""
    groups: list[tuple[tuple[str | int, ...], Any]] = [(("sessions",), data.get("sessions"))]
    weeks = data.get("weeks")
    for w, week in enumerate(weeks if isinstance(weeks, list) else []):
        groups.append((("weeks", w, "sessions"), week.get("sessions") if isinstance(week, Mapping) else None))
    said: dict[str, list[tuple[str | int, ...]]] = {}
    for path, sessions in groups:
        for s, session in enumerate(sessions if isinstance(sessions, list) else []):
            exercises = session.get("exercises") if isinstance(session, Mapping) else None
            for e, entry in enumerate(exercises if isinstance(exercises, list) else []):
                keys = (
                    ()
                    if not isinstance(entry, Mapping)
                    else ("tempo", "load")  # a plain dose's sets and reps are read one way only
                    if isinstance(entry, dict) and _plain_dose(entry)
                    else ("sets", "reps", "tempo", "notes", "load")
                )
                for key in keys:
                    if key == "notes" and entry.get("tempo") is not None:
                        continue
                    if key == "load" and columns and (*path, s, "exercises", e, key) in columns:
                        continue  # a sheet's load column: its own notice says how it was read
                    reading = _reading(key, entry.get(key))
                    if reading is None and key in ("sets", "reps"):
                        reading = _last_amrap_reading(key, entry)
                    if reading is not None:
                        said.setdefault(reading, []).append((*path, s, "exercises", e, key))
    by_path = lines() if said and lines is not None else {}
    out = []
    for reading, paths in said.items():
        at = [_line_of(path, by_path) for path in paths]
        named = [(columns or {}).get(path) for path in paths]
        one_column = named[0] if len(set(named)) == 1 else None  # each place's own, else
        places = list(
            dict.fromkeys(
                (str(n) if n is not None else _path(p))
                + (f" (column {shown(c, 30)})" if c is not None and one_column is None else "")
                for n, p, c in zip(at, paths, named, strict=True)
            )
        )
        where = ", ".join(places[:5]) + (f" and {len(places) - 5} more" if len(places) > 5 else "")
        lead = ("lines " if len(places) > 1 else "line ") if at[0] is not None else ""
        column = f", column {shown(one_column, 30)}" if one_column is not None else ""
        out.append(f"{lead}{where}{column}: {reading}")
    return out


#: An effort in a note in brackets (``8 (RPE 7)``, ``(RIR 2)``, ``(@7)``, ``(2 RIR)``): its measure
#: named, or an RPE after an ``@`` - a bare number in brackets (``8 (7)``) is no effort.
_NOTE_EFFORT_RE = re.compile(
    rf"\s*(?:{_named_effort(_E_NUMBER, rir=True)}|{_named_effort(_E_NUMBER, rir=False)}"
    rf"|@\s*{_E_NUMBER}(?:\s*(?:-|–|to)\s*{_E_NUMBER})?)\s*"
)


def _note_effort(note: str) -> tuple[str | None, str | None]:
    """The effort a note in brackets gives in a clause of its own (``RPE 7``, ``RIR 2, slow``), and
    the rest of the note (``slow``; ``None`` when nothing is left); ``(None, None)`` without one."""
    clauses = re.split(r"\s*[,;]\s*", note.strip())
    found = [c for c in clauses if _NOTE_EFFORT_RE.fullmatch(c)]
    if len(found) != 1:  # none, or two (the schema's "give rir or rpe" would say half of it)
        return None, None
    rest = ", ".join(c for c in clauses if c is not found[0] and c)
    return found[0].strip(), rest or None


def _as_many_reps(value: str) -> bool:
    """Whether reps give no count but as many as possible (``AMRAP``, ``max @ RPE 9``)."""
    said = reps_at(value)
    reps = said[0] if said is not None else value
    return _AS_MANY_RE.fullmatch(_bare_reps(reps)) is not None and _target_in_note(reps) is None


def _last_amrap_reading(key: str, entry: Mapping[str, Any]) -> str | None:
    """How :func:`readings` says sets of ``N+`` (``5x3+``; ``sets: 5, reps: 3+``): the last set
    as many as possible (:data:`_LAST_AMRAP`), or ``None``."""
    value = entry.get(key)
    if not isinstance(value, str) or entry.get("rir") is not None or entry.get("rpe") is not None:
        return None
    by_sets = _SETS_X_RE.fullmatch(value) if key == "sets" else None
    sets, reps = (by_sets.group(1), by_sets.group(2)) if by_sets is not None else (entry.get("sets"), value)
    if key == "sets" and by_sets is None:
        return None
    if "@" in reps or not _last_set_amrap(sets, reps):
        return None
    count, n = int(_DIGITS.findall(str(sets))[0]), "-".join(_DIGITS.findall(_bare_reps(reps))[:2])
    return (
        f"{key} {shown(value)} read as {_LAST_AMRAP}, the others {n} (GZCLP's "
        "and 5/3/1's '+'): RIR 0 is that set's, which the failure checks see; every set to failure is "
        f"written {shown(', '.join([f'{n}+'] * min(count, 5)) + (', ...' if count > 5 else ''))}"
    )


def _low_hold(seconds: int) -> str:
    """How :func:`readings` says a range of hold times is read (at its low end)."""
    return (
        f"holds of {seconds} s, the low end (as the library writes a prescribed hold into a program; "
        "write one time to be checked at it)"
    )


def _reading(key: str, value: Any) -> str | None:
    """How :func:`readings` says a value it reads one way of several, or ``None``."""
    if key == "sets" and isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        return (
            f"sets: a list of {counted(len(value), 'set object')} read as {counted(len(value), 'set')}, the "
            "reps they span, the hardest set's effort; each set's reps and load kept in the notes when they "
            "differ"
        )
    if key == "sets" and isinstance(value, str):
        after = _TEMPO_AFTER_RE.fullmatch(value)  # "2-3x8 @ 3-1-1-0": the scheme before the tempo
        body = (
            after.group(1)
            if after is not None and any(p.fullmatch(after.group(1)) for p in _SCHEMES_RE)
            else value
        )
        hold = _SETS_HOLD_RE.fullmatch(body)
        time = read_hold(hold.group(2)) if hold is not None else None
        schemed = _SETS_X_RE.fullmatch(body) or hold
        span = _SETS_RANGE.fullmatch(schemed.group(1) if schemed is not None else body)
        ranged = span is not None and int(span.group(1)) < int(span.group(2))
        parts_said: list[str] = []
        if ranged:
            assert span is not None
            parts_said.append(
                f"{int(span.group(2))}, the high end (the most sets prescribed, which the volume "
                "ceilings must see; write one number to be checked at it)"
            )
        if time is not None and time[0] < time[1]:
            parts_said.append(_low_hold(time[0]))
        if parts_said:
            return f"sets {shown(value)} read as {' and '.join(parts_said)}"
    if key == "reps" and isinstance(value, str) and "+" in value and _joined_runs(value) is not None:
        return (
            f"reps {shown(value)} read as one rest-pause set of {_rest_pause_reps(value)} reps a set (its "
            "runs added up, as a log's '12+3' is read); its effort as given, none guessed"
        )
    if key in ("reps", "sets") and isinstance(value, str):
        hold = _SETS_HOLD_RE.fullmatch(value) if key == "sets" else None
        written = hold.group(2) if hold is not None else value if key == "reps" else None
        seconds = counted_not_held(written) if written is not None else None
        if seconds is not None:  # (a round time, "30s", is a hold as the grammar documents it)
            return (
                f"{key} {shown(value)} read as {seconds} reps a set, the plural of a count (sets of "
                f"{seconds}s; '21s' the 7+7+7 method), not a hold of {seconds} s: a hold is written "
                "in a round time (10, 30, 45 s) or with 'sec' or 'hold'"
            )
    if key == "reps" and isinstance(value, str):
        time = read_hold(value)
        if time is not None and time[0] < time[1]:
            return f"reps {shown(value)} read as {_low_hold(time[0])}"
    if key in ("reps", "sets") and isinstance(value, str):
        by_sets = _SETS_X_RE.fullmatch(value) if key == "sets" else None
        reps = by_sets.group(2) if by_sets is not None else value if key == "reps" else None
        target = _target_in_note(reps) if reps is not None else None
        if reps is not None and target is not None and _AS_MANY_RE.fullmatch(_bare_reps(reps)):
            reach = f"{target[0]}-{target[1]}" if target[0] < target[1] else str(target[0])
            return (
                f"{key} {shown(value)} read as {reach} reps to failure (RIR 0 unless an effort is given), "
                "the reps in brackets the count each set is expected to reach"
            )
        if reps is not None and _as_many_reps(reps):
            return (
                f"{key} {shown(value)} give no count of reps: read as sets to failure of at least 1 rep "
                "(RIR 0 unless an effort is given; the checks see 1 rep, a heavy set), each a hard set; "
                "write the reps expected with a plus ('12+') to be checked at them"
            )
    if key in ("reps", "sets") and isinstance(value, str):
        by_sets = _SETS_X_RE.fullmatch(value) if key == "sets" else None
        reps = by_sets.group(2) if by_sets is not None else value if key == "reps" else None
        if reps is not None and _DISTANCE_RE.fullmatch(_bare_reps(_without_load(reps)[0])):
            return f"{key} {shown(value)} give a distance: read as 1 rep a set (one run of it), in the notes"
        if reps is not None and _RUNS_OF_DISTANCE_RE.fullmatch(_bare_reps(_without_load(reps)[0])):
            runs = int(_DIGITS.findall(_bare_reps(reps))[0])
            return (
                f"{key} {shown(value)} give runs of a distance: read as {runs} reps a set (one a run), in "
                "the notes"
            )
    if key == "notes" and isinstance(value, str):
        tempo = note_tempo(value)
        if tempo is not None:
            parts = "-".join(map(str, cast(tuple[int, ...], (_tempo(tempo) or ((),))[0])))
            said = f"{tempo} ({parts})" if parts != tempo else tempo
            return f"notes {shown(value)} read as tempo {said}" + (
                f": {_UNSAID_CONCENTRIC_S} s up and no pauses assumed (only the eccentric is said)"
                if not _NOTE_TEMPO_RE.search(value) and not _NOTE_TEMPO_ALONE.search(value)
                else ""
            )
    if key == "load" and isinstance(value, str) and _BARE_PERCENT.fullmatch(value):
        return f"load {shown(value)} read as a percentage of the 1RM (kept; no check reads a load)"
    if key == "sets" and isinstance(value, str) and len(value) <= MAX_TEXT:
        whole = _SETS_GROUPS_RE.fullmatch(value)
        scanned = scan_groups(value) if whole is not None and not whole.group(2).strip() else None
        groups = scanned if whole is not None else split_groups(_TEMPO_AFTER_RE.sub(r"\1", value))
        if groups is not None and (scanned is not None or _SETS_EACH_GROUP_RE.fullmatch(value)):
            return (
                f"sets {shown(value)} read as its {len(groups)} groups together: their sets added up, the "
                "reps they span, the shortest hold, the hardest effort (the groups as written in the notes "
                "when they differ)"
            )
    if key == "tempo" and isinstance(value, str) and _TEMPO_3.fullmatch(_three_phases(value)):
        phases = "eccentric-pause-concentric: no pause at the top"
        return f"tempo {shown(value)} read as {_three_phases(value)}-0 ({phases})"
    return None


def file_problem(data: dict[str, Any]) -> tuple[tuple[int | str, ...], str] | None:
    """The first value of a program's data (``Program.to_dict()``'s) that no program file may
    hold - 21 sets, 0 reps, a 30 s tempo phase, a 201-character name, which a program built in
    Python (or read from a workout log) may: ``(its data path, the message)``, or ``None``.

    A list with no item yet (no weeks, an empty session) is not one: that is a program still
    being written, which ``to_yaml()`` writes for a person to fill in; a value is wrong as it is.
    """
    try:
        ProgramModel.model_validate(data)
    except ValidationError as exc:
        errors = [e for e in exc.errors(include_url=False) if e["type"] != "too_short"]
        if errors:
            first = _first_error(errors)
            return tuple(first["loc"]), _message(first)
    return None


def _path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not out:
            out = label(part)
        else:
            out += f".{label(part)}"
    return out


def _message(error: Any) -> str:
    """A pydantic error as the user reads it, its suggestion in brackets (the per-error list of
    :attr:`ProgramError.errors`)."""
    msg, suggestion = _explained(error)
    return f"{msg} ({suggestion})" if suggestion else msg


#: :class:`Entry` attributes a program file writes inside another key (a program saved from
#: Python objects by hand, or ``attrs.asdict``): where each goes.
_WRITTEN_AS = {
    "reps_low": "reps: 8-10 (or reps: 8)",
    "reps_high": "reps: 8-10 (or reps: 8)",
    "per_side": "reps: 8-10 per leg",
    "explosive": "tempo: 3-1-X-0",
}


#: What a missing key of a program file is given as, by the model holding it (its data path's
#: last name: ``exercises`` for an entry) and the key: the hint its error gives.
_MISSING = {
    ("exercises", "exercise"): "name the exercise: exercise: Romanian deadlift",
    ("exercises", "sets"): "give sets: 3, or sets: 3x8 with the reps",
    ("exercises", "reps"): "give reps: 8 or reps: 8-10, or sets: 3x8; a hold gives hold_s: 30 and no reps",
    ("sessions", "exercises"): "list the session's exercises under exercises:",
    ("sessions", "name"): "give the session a name: Lower A, or a day: mon",
    ("weeks", "sessions"): "list the week's sessions under sessions:",
}
#: Keys other tools name an entry's exercise with (``name: Lying leg curl``): the missing
#: ``exercise`` error says which the entry has.
_EXERCISE_ALIASES = (
    "name", "exercise_name", "exercisename", "movement", "lift", "title", "übung", "ejercicio", "exercice",
)  # fmt: skip
#: Keys other tools give a load with: a program file has no load key (a note keeps it, as a sheet's
#: load column goes to the notes: _program_file.load_note).
_LOAD_KEYS = frozenset(("weight", "weights", "kg", "lbs", "lb", "percent", "percentage", "intensity"))


#: A week's stage under another word (``phase: 2``, ``Stufe``): the error names ``stage``.
_STAGE_KEYS = frozenset(
    ("phase", "rehabphase", "rehabstage", "stufe", "fase", "etapa", "etape", "stadium", "stadio")
)


def _role_word(key: str) -> str:
    """A key as one lower-case word of letters (``Rehab phase`` is ``rehabphase``)."""
    return "".join(ch for ch in plain_letters(key.casefold()) if ch.isalpha())


def _missing(error: Any) -> tuple[str, str | None]:
    """A missing key's error in the library's words: ``missing``, and what to write (the key
    another tool names the exercise with, when the entry has one)."""
    loc = error["loc"]
    key = loc[-1] if loc else None
    parent = next((p for p in reversed(loc[:-1]) if isinstance(p, str)), "")
    given = error.get("input")
    if key == "exercise" and isinstance(given, dict):
        alias = next((k for k in given if isinstance(k, str) and k.lower() in _EXERCISE_ALIASES), None)
        if alias is not None:
            return "missing", f"the entry's {alias!r} key names it: write exercise: {shown(given[alias], 60)}"
    return "missing", _MISSING.get((str(parent), str(key)))


#: Words other tools and coaches give a list of the program's parts under (``days:``,
#: ``workouts:``): the key the program file uses for it, named in the unknown key's error.
_SYNONYMS = {
    **dict.fromkeys(
        ("days", "workouts", "trainingdays", "workoutdays", "routines", "routine", "trainings"),
        "sessions",
    ),
    **dict.fromkeys(("movements", "lifts", "exerciselist", "items", "entries"), "exercises"),
    **dict.fromkeys(("blocks", "microcycles", "weekly"), "weeks"),
}  # fmt: skip


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel]:
    """The model validating the value at a data path (``sessions[0].exercises[1]``: an entry)."""
    parent = next((p for p in reversed(loc) if isinstance(p, str)), None)
    models: dict[str, type[BaseModel]] = {
        "exercises": EntryModel,
        "sessions": SessionModel,
        "weeks": WeekModel,
    }
    return models.get(str(parent), ProgramModel)


#: What each part of a program file is, said when a value in its place is no mapping.
_MAPPING_OF = {
    "exercises": "an entry is a mapping: exercise: RDL, sets: 3, reps: 8 (or sets: 3x8)",
    "sessions": "a session is a mapping: name: Lower A, exercises: [...]",
    "weeks": "a week is a mapping: week: 1, sessions: [...]",
}


def _not_a_mapping(error: Any) -> tuple[str, str | None]:
    """A value where a mapping belongs (an entry written ``- RDL 3x8``): what it got, and what a
    mapping there holds (for a one-line entry, the keys its words would go under)."""
    loc = tuple(error["loc"])
    parent = next((p for p in reversed(loc) if isinstance(p, str)), "")
    given = error.get("input")
    msg = f"expected a mapping of keys (got {shown(given)})"
    if parent == "exercises" and isinstance(given, str):
        words = given.split()
        at = next((i for i, w in enumerate(words) if i and w[:1].isdigit()), None)
        if at is not None:  # RDL 3x8, Bulgarian split squat 3x10/leg
            name, scheme = " ".join(words[:at]), " ".join(words[at:])
            return msg, f"an entry is a mapping: exercise: {shown(name, 60)}, sets: {shown(scheme, 40)}"
    return msg, _MAPPING_OF.get(str(parent), "write keys and values here (key: value)")


def _explained(error: Any) -> tuple[str, str | None]:
    """A pydantic error as the user reads it - ``unknown key``, a missing key, an empty text, a
    list that needs an item, the value it got - and what to do about it (``did you mean 'tempo'?``),
    or ``None``."""
    msg: str = error["msg"].removeprefix("Value error, ")
    kind = error["type"]
    if kind == "missing":
        return _missing(error)
    if kind in ("model_type", "dict_type"):  # not pydantic's "instance of EntryModel"
        return _not_a_mapping(error)
    if kind == "string_too_short" and error.get("input") == "":
        loc = error["loc"]
        key = loc[-1] if loc else "text"
        holder = next((p for p in reversed(loc[:-1]) if isinstance(p, str)), "")
        return "empty (got '')", _MISSING.get((str(holder), str(key)), f"give the {key} as text")
    if kind == "extra_forbidden":
        loc = error["loc"]
        key = loc[-1] if loc else None
        if isinstance(key, str) and key.lower() != key and key.lower() in _KEYS:
            return "unknown key", f"keys are lower case: {key.lower()!r}"
        if isinstance(key, str) and key in _WRITTEN_AS:  # an Entry attribute the file spells otherwise
            return "unknown key", f"a file writes {key} in another key: {_WRITTEN_AS[key]}"
        in_entry = "exercises" in [p for p in loc[:-1] if isinstance(p, str)][-1:]
        in_week = "weeks" in [p for p in loc[:-1] if isinstance(p, str)][-1:]
        if isinstance(key, str) and (
            key.count(")") > key.count("(") or (error.get("input") is None and len(key.split()) > 1)
        ):  # {exercise: Split squat (hip dominant, forward lean), ...}: YAML's flow mapping split it
            return (
                "unknown key",
                "a comma inside {...} ends the value before it, so the rest of a name reads as a key: "
                "quote the name ('Split squat (hip, lean)')",
            )
        if isinstance(key, str) and in_week and _role_word(key) in _STAGE_KEYS:
            return "unknown key", "a week's rehab stage is written stage: 2"
        if isinstance(key, str) and in_entry and key.lower() in _EXERCISE_ALIASES:
            return "unknown key", f"an entry names its exercise with exercise: (not {key}:)"
        if isinstance(key, str) and in_entry and key.lower() in _LOAD_KEYS:
            return (
                "unknown key",
                "the key is load: a program reads no load for its checks but keeps one, written load: 60 kg "
                "(or 70%: of the 1RM, or bodyweight), or after the reps: 8 @ 60kg",
            )
        synonym = _SYNONYMS.get(_role_word(key)) if isinstance(key, str) else None
        if synonym is not None and synonym in _model_at(loc[:-1]).model_fields:
            return "unknown key", f"did you mean {synonym!r}?"
        if isinstance(key, str):
            import difflib

            parent = next((p for p in reversed(loc[:-1]) if isinstance(p, str)), None)
            models: dict[str, type[BaseModel]] = {
                "exercises": EntryModel,
                "sessions": SessionModel,
                "weeks": WeekModel,
            }
            known = sorted(models.get(str(parent), ProgramModel).model_fields)
            close = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6) or [
                k for k in known if re.split(r"[_\W]+", key.lower())[0] == k.split("_")[0]
            ]  # rest_seconds: rest
            return "unknown key", f"did you mean {close[0]!r}?" if close else f"keys here: {', '.join(known)}"
        return "unknown key", None
    context = error.get("ctx") or {}
    if kind == "too_short" and "min_length" in context:  # not pydantic's "List should have..."
        n = context["min_length"]
        msg = f"needs at least {n} item{'s' if n != 1 else ''}"
    elif kind == "too_long" and "max_length" in context:
        n = context["max_length"]
        msg = f"holds at most {n:,} item{'s' if n != 1 else ''}"
    if "input" in error and kind != "missing" and not isinstance(error["input"], dict):
        msg += f" (got {shown(error['input'])})"
    return msg, None


def _where(file: str, line: int | None, path: str) -> str:
    """``file:LINE: path`` (or without the line or path it lacks)."""
    at = f"{file}:{line}" if line is not None else file
    return one_line(f"{at}: {path}" if path else at, 300)


def _line_of(loc: tuple[Any, ...], lines: Mapping[tuple[str | int, ...], int]) -> int | None:
    """The file line of the deepest recorded part of a data path (None: not recorded)."""
    key = tuple(p for p in loc if isinstance(p, str | int) and not isinstance(p, bool))
    for end in range(len(key), 0, -1):
        line = lines.get(key[:end])
        if line is not None:
            return line
    return None


def validated_model(
    data: Any,
    *,
    where: str,
    lines: Callable[[], Mapping[tuple[str | int, ...], int]] | None = None,
    columns: Mapping[tuple[str | int, ...], str] | None = None,
) -> ProgramModel:
    """Validate parsed data as a program file; raise :class:`ProgramError` with the path
    (``_program_file.validate_program`` makes the :class:`Program` of it).

    ``lines``: called only when the data is invalid, it gives the file line of each data path
    (:func:`~hamstring_rules._files.parse_structured`), so the error reads ``file:LINE: path``;
    ``columns``: a spreadsheet's column of each value's data path, named instead of the path
    (``file:LINE: column 'Week 2' (sets)``). A missing ``reps`` beside a ``sets`` refused in the same entry
    is not said again (the sets would have given them: ``3x8 @ ...``)."""
    if isinstance(data, Mapping) and not isinstance(data, dict):  # a MappingProxyType, a frozen dict
        data = dict(data)
    if data is None:
        raise ProgramError(
            "a program must be a mapping with 'name' and 'sessions': the file is empty (or holds only null)",
            location=where,
            suggestion="the file is empty: write name: My program, then sessions: a list, each with a "
            "name, a day and exercises",
        )
    if not isinstance(data, dict):
        raise ProgramError(
            f"a program must be a mapping with 'name' and 'sessions', got {kind_of(data)}",
            location=where,
            suggestion=(
                "the file is empty (or holds only null)"
                if data is None
                else "a list of sessions goes under sessions: (name: My program, sessions: [...])"
                if isinstance(data, list)
                else None
            ),
        )
    try:
        model = ProgramModel.model_validate(data)
    except ValidationError as exc:
        errors = _consequences_dropped(exc.errors(include_url=False))
        first = _first_error(errors)
        errors = [first, *(e for e in errors if e is not first)]  # the lead first
        named = columns or {}

        def place(e: Any) -> str:
            """An error's place: its spreadsheet column, else its data path."""
            column = named.get(tuple(e["loc"])) if e["loc"] else None
            if column is None:
                return _path(tuple(e["loc"]))
            return f"column {shown(column, 30)} ({e['loc'][-1]})"

        loc = place(first)
        more = f" ({len(errors) - 1} more error{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        by_path = lines() if lines is not None else {}
        line = _line_of(tuple(first["loc"]), by_path)
        file = f"{where}:{line}" if line is not None else where
        msg, suggestion = _explained(first)
        err = ProgramError(msg + more, location=f"{file}: {loc}" if loc else file, suggestion=suggestion)
        err.errors = [  # type: ignore[attr-defined]
            {
                "path": one_line(_path(tuple(e["loc"])), 200),
                "message": one_line(_message(e), 200),
                "line": _line_of(tuple(e["loc"]), by_path),
                "location": _where(where, _line_of(tuple(e["loc"]), by_path), place(e)),
            }
            for e in errors[:100]
        ]
        raise err from None
    return model


def _consequences_dropped(errors: list[Any]) -> list[Any]:
    """Pydantic's errors without a missing ``reps`` in an entry whose ``sets`` is refused (a sets
    value that gives the reps, ``3x8``, was not read: the reps it holds are the sets' error)."""
    refused = {
        tuple(e["loc"][:-1]) for e in errors if e["type"] != "missing" and e["loc"] and e["loc"][-1] == "sets"
    }
    # an entry missing its exercise whose name is under another tool's key (name:): the missing
    # exercise's error says it, not the unknown key's too
    named = {
        tuple(e["loc"][:-1])
        for e in errors
        if e["type"] == "missing" and e["loc"] and e["loc"][-1] == "exercise" and _missing(e)[1] is not None
        and "names it" in str(_missing(e)[1])
    }  # fmt: skip
    kept = [
        e
        for e in errors
        if not (
            e["type"] == "missing" and e["loc"] and e["loc"][-1] == "reps" and tuple(e["loc"][:-1]) in refused
        )
        and not (
            e["type"] == "extra_forbidden"
            and tuple(e["loc"][:-1]) in named
            and str(e["loc"][-1]).lower() in _EXERCISE_ALIASES
        )
    ]
    return kept or errors


def json_schema() -> dict[str, Any]:
    """The program file's JSON Schema."""
    schema = ProgramModel.model_json_schema()
    properties = schema["$defs"]["SessionModel"]["properties"]
    # a session on several days (read before the schema: _program_file._sessions_on_days)
    properties["day"] = {**properties["day"], "anyOf": [*properties["day"]["anyOf"], *_DAYS_SCHEMA["anyOf"]]}
    properties["days"] = {  # any day but a number (a day of the program is a name: 'Day 2')
        "description": "The days a session is done on, each its own session (as 'day: Mon/Thu' is read).",
        "$ref": _DAY_REF,
        "not": {"type": ["null", "number"]},
    }
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "hamstring_rules program"
    schema["x-schema-version"] = SCHEMA_VERSION
    return schema


def _keys() -> frozenset[str]:
    """Every key a program file may use, at any level (the models' fields and aliases)."""
    keys: set[str] = set()
    for model in (ProgramModel, WeekModel, SessionModel, EntryModel):
        for name, field in model.model_fields.items():
            keys.add(name)
            if isinstance(field.alias, str):
                keys.add(field.alias)
    return frozenset(keys)


def _first_error(errors: list[Any]) -> Any:
    """The error to lead with: a key the file spells in another case (``Exercise:``) before the
    "field required" it causes, a bad value before a missing key beside it (a day that cannot
    name its session before the session's missing name), else pydantic's first."""
    for e in errors:
        key = e["loc"][-1] if e["type"] == "extra_forbidden" and e["loc"] else None
        if isinstance(key, str) and key.lower() != key and key.lower() in _KEYS:
            return e
    first = errors[0]
    if first["type"] == "missing":  # a bad value beside it says more (a day that would name it)
        parent = tuple(first["loc"][:-1])
        return next(
            (e for e in errors if e["type"] != "missing" and tuple(e["loc"][: len(parent)]) == parent), first
        )
    return first


_KEYS = _keys()
