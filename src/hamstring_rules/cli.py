"""The ``hamstring-rules`` command line (also ``python -m hamstring_rules``).

Commands: ``recommend``, ``check``, ``plan``, ``explain``, ``exercises``, ``goals``, ``schema``.
Exit codes as ruff: 0 when no finding reaches ``--fail-on`` (default: warning), 1 when one does, 2 for
usage or input errors - which print one line on stderr, never a traceback (``--debug`` shows it).
``check`` of several files prints every file it could read, one error line for each it could not
(naming the file), and exits 2 if there was one.

Built on argparse from the standard library: the CLI adds no dependency to the library. Text
output fits the terminal (``shutil.get_terminal_size``; tables wrap within cells and drop their
least useful columns) and is coloured on a TTY unless ``NO_COLOR`` is set or ``--color never``;
piped output keeps the fixed layout of ``str(result)`` (whatever ``COLUMNS`` says), so scripts
see stable text.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from . import __version__
from ._validate import UNIT_SPELLINGS
from .errors import MAX_SHOWN, HamstringRulesError, counted, one_line, shown

if TYPE_CHECKING:
    from .emitters.text import Style

__all__ = ["main"]

PROG = "hamstring-rules"


class _UsageError(Exception):
    pass


# A value argparse quotes in its messages ('...' or "..."), cut when long.
_QUOTED = re.compile(r"""(['"])([^'"]{""" + str(MAX_SHOWN) + r"""})[^'"]+\1""")


# What a hostile name in a program, log or catalog could use to drive the terminal the report is
# printed on: C0 controls but tab and newline (and a carriage return not ending a line), DEL,
# C1 controls, bidirectional overrides and isolates; with colour on, an escape sequence that is
# not a colour (SGR, the only kind the text emitter writes).
_UNSAFE = "[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)"
_TERMINAL_UNSAFE = {
    False: re.compile("\x1b|" + _UNSAFE),
    True: re.compile("\x1b(?!\\[[0-9;]*m)|" + _UNSAFE),
}


class _SafeOutput:
    """``out`` whose writes show such characters as ``\\u001b`` (the same value in JSON and
    SARIF, plain text elsewhere), so a checked file cannot retitle, clear or rewrite a terminal."""

    def __init__(self, stream: TextIO, *, color: bool) -> None:
        self._stream = stream
        self._unsafe = _TERMINAL_UNSAFE[color]

    def write(self, text: str) -> int:
        return self._stream.write(self._unsafe.sub(lambda m: f"\\u{ord(m[0]):04x}", text))

    def __getattr__(self, name: str) -> Any:  # isatty, flush, fileno... of the real stream
        return getattr(self._stream, name)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line on stderr, exit 2
        # argparse quotes the bad value whole (a 100,000-character --stage): cut and escape it
        message = one_line(_QUOTED.sub(lambda m: f"{m[1]}{m[2]}\u2026{m[1]}", message), 600)
        raise _UsageError(f"{self.prog}: error: {message} (see '{self.prog} --help')")


def _iso_date(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {shown(text)} (use YYYY-MM-DD)") from None


def _file(text: str) -> str:
    """A FILE argument: an empty one (``--catalog "$UNSET"``) names no file - it was skipped
    without a word (``--catalog``, ``--rules``, ``--aliases``, ``-o``), or read as the current
    directory (``check ''``)."""
    if not text:
        raise argparse.ArgumentTypeError("an empty path names no file")
    return text


_GOAL_WORDS_HELP = "its words may go unquoted (--goal tie in; --goal rehab stage 3 is --stage 3 too)"
_STAGES = "rehab 1-4, strain_rehab 1-3"
_STAGE_HELP = f"the goal's stage: {_STAGES} (default: 1, shown as assumed)"


def _stage_number(text: str) -> int:
    """``--stage``'s value: a number, ``stage 3`` or ``stage3`` (as ``--goal rehab stage 3``
    reads); anything else is a usage error saying what a stage is."""
    found = _STAGE_WORDS.fullmatch(text.strip()) or re.fullmatch(r"\d{1,2}", text.strip())
    if found is None:
        raise argparse.ArgumentTypeError(f"not a stage: {shown(text)} (a number: {_STAGES})")
    return int(found[1] if found.re is _STAGE_WORDS else found[0])


def _add_stage_and_pain(p: argparse.ArgumentParser, pain_24h: str = "above the limit: a stage back") -> None:
    """--stage, --pain and --pain-24h, as recommend(), check(), plan() and substitute() take them."""
    p.add_argument("--stage", type=_stage_number, metavar="N", help=_STAGE_HELP)
    p.add_argument(
        "--pain",
        type=float,
        metavar="0-10",
        help="pain during exercise, 0-10 (above the goal's limit - 5, or 3 for strain_rehab: a stage back)",
    )
    p.add_argument("--pain-24h", type=float, metavar="0-10", help=f"pain the next morning, 0-10 ({pain_24h})")


class _ManyWords(argparse.Action):
    """An option of many words: :meth:`store` keeps them, and each occurrence's words are noted
    in order (``took``): a positional typed after them was taken too, and
    :func:`_positional_words` gives it back."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        words = [values] if isinstance(values, str) else [str(v) for v in values or ()]
        setattr(namespace, self.dest, self.store(getattr(namespace, self.dest, None), words))
        namespace.took = [*getattr(namespace, "took", []), (self.dest, words)]

    def store(self, before: Any, words: list[str]) -> Any:
        raise NotImplementedError


class _EquipmentWords(_ManyWords):
    """``--equipment ITEM [ITEM ...]``: the words as :func:`_equipment_items` reads them."""

    def store(self, before: Any, words: list[str]) -> Any:
        return _equipment_items(words)


class _Names(_ManyWords):
    """``--exclude NAME [NAME ...]``: each occurrence adds its names to the ones before it."""

    def store(self, before: Any, words: list[str]) -> Any:
        return [*(before or []), *words]


class _GoalWords(_ManyWords):
    """``--goal WORD [WORD ...]``: a goal's words may go unquoted (``--goal tie in``, ``--goal
    strain prevention``); :func:`_goal_words` reads the goal from them."""

    def store(self, before: Any, words: list[str]) -> Any:
        return words


#: Most leading words of ``--goal`` tried as a goal (a goal's spelling is a few words; a
#: 100,000-word argument is not joined 100,000 times).
_MAX_GOAL_WORDS = 8
#: Words after a goal that say its stage: ``--goal rehab stage 3`` is ``--stage 3``.
_STAGE_WORDS = re.compile(r"stage\s*(\d{1,2})", re.IGNORECASE)


def _goal_words(
    args: argparse.Namespace, rules: Any, rest_ok: Callable[[list[str]], bool] | None = None
) -> list[str]:
    """Set ``args.goal`` to the goal its words say and return the words typed after it (argparse
    gives ``--goal`` every word up to the next option): the most leading words that name a goal
    (``tie in``, ``strain prevention``, ``upper hamstring``); then ``stage N`` (or ``stageN``)
    is ``--stage N``. When no leading words name a goal, the most that leave words ``rest_ok``
    accepts (a command's positional: ``substitute --goal tie inn RDL``'s exercise, so the error
    names ``tie inn``) - else every word is the goal, and the library's error names it with the
    nearest goal."""
    words = args.goal
    if not isinstance(words, list):  # not given (None), or read already
        return []

    def names_goal(k: int) -> bool:
        try:
            rules.goal(" ".join(words[:k]))
        except HamstringRulesError:
            return False
        return True

    cut = next((k for k in range(min(len(words), _MAX_GOAL_WORDS), 0, -1) if names_goal(k)), None)
    if cut is None and rest_ok is not None:
        cut = next(
            (k for k in range(min(len(words) - 1, _MAX_GOAL_WORDS), 0, -1) if rest_ok(words[k:])), None
        )
    if cut is None:
        cut = len(words)
    args.goal, rest = " ".join(words[:cut]), words[cut:]
    stage = _STAGE_WORDS.fullmatch(" ".join(rest[:2])) or _STAGE_WORDS.fullmatch(" ".join(rest[:1]))
    if stage is not None:
        said = int(stage[1])
        if args.stage is not None and args.stage != said:
            raise _UsageError(
                f"{PROG}: error: --goal {shown(' '.join(words))} says stage {said}, --stage says "
                f"{args.stage}: give one"
            )
        args.stage = said
        rest = rest[len(stage[0].split()) :]
    return rest


def _no_more_words(args: argparse.Namespace, rest: Sequence[str]) -> None:
    """A usage error for words typed after ``--goal``'s goal that a command has no place for."""
    if rest:
        raise _UsageError(
            f"{PROG}: error: --goal {shown(args.goal)} is followed by {shown(' '.join(rest))}, which "
            f"{args.command} does not take (a goal of several words may go unquoted, --goal tie in, "
            f"or quoted, --goal 'strain prevention'; its stage: --stage 3)"
        )


def _equipment_items(words: Sequence[str]) -> list[str]:
    """The items a command line's ``--equipment`` words say. A word quoted with spaces, or a
    comma list's part, is an item; the shell's words are joined as the equipment reader reads a
    phrase: a word that is no equipment word ('45', 'hip', 'adjustable', 'Nordic') joins the
    words after it up to one that is ('45 degree bench', 'hip thrust bench', 'Nordic strap': the
    shell split them, and 'Nordic' alone was an item and 'strap' a second, refused as two-way),
    and two words that are one equipment phrase are one item ('smith machine', 'cable
    machine': they were a Smith machine and a selectorized machine); ``dumbbell bench`` stays
    two items. Words left over are one item (the library's error names it)."""
    items, left = _equipment_split(words)
    return [*items, " ".join(left)] if left else items


def _equipment_split(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """:func:`_equipment_items`' items, and the words after the last that make no item."""
    from ._recommend import is_equipment_word

    out: list[str] = []
    closed = True  # the last item ended by its quotes or a comma: nothing joins it
    pending: list[str] = []
    for said in words:
        parts = _items(said)
        for k, word in enumerate(parts):
            # a part the user marked whole: quoted with a space, or followed by a comma
            whole = " " in word.strip() or k < len(parts) - 1 or said.rstrip().endswith(",")
            if whole:
                out.append(" ".join([*pending, word]))
                pending, closed = [], True
            elif not pending and out and not closed and is_equipment_word(f"{out[-1]} {word}"):
                out[-1] = f"{out[-1]} {word}"  # one phrase of two words ('smith machine')
            elif is_equipment_word(word):
                out.append(" ".join([*pending, word]))
                pending, closed = [], False
            else:
                pending.append(word)
    return out, pending


def _joined_names(words: Sequence[str], catalog: Callable[[], Any]) -> list[str]:
    """The exercise names a run of shell words says: runs of words that each name an exercise of
    the catalog, the fewest read by the name grammar rather than as a name or alias, then the
    fewest runs ('good morning back extension' is the good morning and the back extension, not a
    back extension the grammar reads past 'good morning'; 'Single leg RDL' is one name); a word
    quoted with spaces is one name. When the words cannot all be read so, each word is a name (the
    library's error names the one it cannot place)."""
    if not words or len(words) > _MAX_JOINED:
        return list(words)
    cat = catalog()

    def cost(text: str) -> int | None:
        """0 for a catalog name or alias, 1 for a name the grammar reads, None for no exercise."""
        try:
            res = cat.classify(text, suggest=False)
        except HamstringRulesError:  # past the name length limit
            return None
        return None if res.exercise is None else int(res.how not in ("name", "alias"))

    n = len(words)
    # best[i]: (grammar-read runs, runs) and the names of words[:i]
    best: list[tuple[tuple[int, int], list[str]] | None] = [((0, 0), []), *([None] * n)]
    for end in range(1, n + 1):
        for start in range(end):
            before, run = best[start], words[start:end]
            if before is None or (len(run) > 1 and any(" " in w.strip() for w in run)):
                continue
            text = " ".join(run)
            extra = cost(text)
            if extra is None:
                continue
            score = (before[0][0] + extra, before[0][1] + 1)
            here = best[end]
            if here is None or score < here[0]:
                best[end] = (score, [*before[1], text])
    found = best[n]
    return found[1] if found is not None else list(words)


#: Most shell words read as a run of names (more are taken one word a name).
_MAX_JOINED = 16


def _positional_words(args: argparse.Namespace, dest: str, what: str, catalog: Callable[[], Any]) -> str:
    """A command's positional of words (``substitute EXERCISE``), unquoted words joined; when
    none was given, the words an option of many took after its own (``--equipment dumbbell RDL``
    took RDL: argparse gives an option every word up to the next option): of ``--equipment``,
    the words after its last item that make no item, else its last item when it is no
    equipment word but a catalog exercise's name ('RDL', 'Romanian deadlift', 'Nordic'); else
    the last ``--exclude``'s last name. The option keeps the rest; when it would keep nothing,
    or nothing was taken, the positional is required. ``catalog``: gives the catalog names are
    read by."""
    from ._recommend import is_equipment_word

    words = list(getattr(args, dest) or ())
    if words:
        return " ".join(words)
    took: list[tuple[str, list[str]]] = list(getattr(args, "took", []))

    def exercise_at_end(said: list[str]) -> tuple[list[str], list[str]]:
        """An --equipment's items and the words after them that name the exercise, if any."""
        items, left = _equipment_split(said)
        if left or not items:
            return items, left
        last = items[-1]  # a quoted name ('Romanian deadlift') is one item
        try:
            named = not is_equipment_word(last) and catalog().classify(last).exercise is not None
        except HamstringRulesError:  # past the name length limit: no name
            named = False
        return (items[:-1], [last]) if named else (items, [])

    for k, (option, said) in enumerate(took):
        if option != "equipment":
            continue
        items, left = exercise_at_end(said)
        if left and items:
            if k == max(j for j, (d, _) in enumerate(took) if d == "equipment"):
                args.equipment = items  # (a later --equipment's items replace an earlier one's)
            return " ".join(left)
    names = [said for option, said in took if option == "exclude"]
    if names:  # the names of every --exclude add up: the last one's last name is the exercise
        runs = _joined_names(names[-1], catalog)
        if len(runs) > 1:
            del args.exclude[len(args.exclude) - len(runs[-1].split()) :]
            return runs[-1]
    hint = ""
    if took:
        option, said = took[-1]
        hint = f" (--{option} took {shown(' '.join(said))}: give {what} before the options)"
    raise _UsageError(f"{PROG}: error: the following arguments are required: {what}{hint}")


def _add_choice(p: argparse.ArgumentParser) -> None:
    """--equipment and --exclude, as recommend(), plan() and substitute() take them."""
    p.add_argument(
        "--equipment",
        nargs="+",
        action=_EquipmentWords,
        metavar="ITEM",
        help="only what you have, e.g. dumbbell bench; a phrase may go unquoted (45 degree bench) or as a "
        "comma list (hip thrust bench, dumbbells)",
    )
    _add_exclude(p)


def _add_exclude(p: argparse.ArgumentParser, what: str = "exercises to leave out") -> None:
    """--exclude, as recommend(), plan(), substitute() and fix() take it: its names may go
    unquoted (``--exclude Good morning``); ``check`` gives back the files typed after them
    (:func:`_file_words`)."""
    p.add_argument(  # extend: a repeated --exclude adds to the names before it (it replaced them)
        "--exclude",
        nargs="+",
        action=_Names,
        default=[],
        metavar="NAME",
        help=f"{what}, each with its variants and the movement its name says ('Leg curl': every leg "
        "curl); a name may go unquoted (Good morning); repeat it or give a comma list ('Nordic, Leg curl')",
    )


def _items(text: str) -> list[str]:
    """One ``--equipment ITEM`` of ``check``: a comma list is its items (``dumbbell, bench``)."""
    return [part.strip() for part in text.split(",") if part.strip()] or [text]


def _parser() -> argparse.ArgumentParser:
    from ._recommend import RecommendationResult
    from .catalog import Catalog
    from .emitters import formats
    from .findings import DEFAULT_FAIL_ON, Report

    parser = _Parser(
        prog=PROG,
        description="Train the hamstrings by joint action - rank exercises for a goal "
        "and check training programs, with every rule explained.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    rec = sub.add_parser("recommend", help="rank exercises for a goal")
    rec.add_argument(
        "--goal",
        required=True,
        nargs="+",
        action=_GoalWords,
        metavar="GOAL",
        help="tie_in_hypertrophy, rehab, distal_hypertrophy, strain_prevention, strain_rehab, "
        f"posterior_chain, or an alias; {_GOAL_WORDS_HELP}",
    )
    _add_stage_and_pain(rec)
    _add_choice(rec)
    rec.add_argument("--limit", type=int, metavar="N", help="keep the best N (and list at most N exclusions)")
    rec.add_argument(
        "--format",
        choices=formats(RecommendationResult),
        default="text",
        help=_format_help(RecommendationResult),
    )
    _add_sources(rec)
    _add_color(rec)

    from ._substitute import SubstitutionResult

    swap = sub.add_parser("substitute", help="exercises to do instead of one, most similar first")
    swap.add_argument(  # words: a name may go unquoted (Romanian deadlift), after the options too
        "exercise", nargs="*", metavar="EXERCISE", help="the exercise to replace, any spelling (RDL)"
    )
    swap.add_argument(
        "--goal",
        nargs="+",
        action=_GoalWords,
        metavar="GOAL",
        help=f"keep to this goal: what it excludes is left out, roles are said; {_GOAL_WORDS_HELP}",
    )
    _add_stage_and_pain(swap)
    _add_choice(swap)
    swap.add_argument("--limit", type=int, default=5, metavar="N", help="keep the best N (default: 5)")
    swap.add_argument(
        "--format", choices=formats(SubstitutionResult), default="text", help=_format_help(SubstitutionResult)
    )
    _add_sources(swap)
    _add_color(swap)

    chk = sub.add_parser("check", help="lint programs or workout-app CSV exports")
    chk.add_argument(  # '*': the files typed after --goal or --exclude words are given back
        "programs",
        nargs="*",
        type=_file,
        metavar="PROGRAM",
        help=".yaml/.yml/.json program or .csv export; - reads standard input (one or more)",
    )
    chk.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the name (and so the format) of the input read from - (default: stdin.csv when it "
        "starts with a CSV header - an export's or a spreadsheet program's -, stdin.json when it "
        "starts with '{', else stdin.yaml)",
    )
    chk.add_argument(
        "--goal",
        nargs="+",
        action=_GoalWords,
        metavar="GOAL",
        help=f"override the program's goal; {_GOAL_WORDS_HELP}",
    )
    _add_stage_and_pain(chk)
    chk.add_argument("--format", choices=formats(Report), default="text", help=_format_help(Report))
    chk.add_argument(
        "--select",
        metavar="CODES",
        help="codes, prefixes or symbols to keep, comma-separated (HR01,short-recovery)",
    )
    chk.add_argument("--ignore", metavar="CODES", help="codes, prefixes or symbols to drop, comma-separated")
    chk.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="RULE.NAME=VALUE",
        help="a rule threshold, e.g. HR006.min_rest_hours=48 (repeatable)",
    )
    chk.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        default=DEFAULT_FAIL_ON,
        help="lowest severity that makes the exit code 1 (default: warning)",
    )
    chk.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    chk.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="judge a workout log as of this date (default: today); a week is over once its Sunday is past",
    )
    chk.add_argument(
        "--unit",
        choices=("kg", "lb"),
        type=lambda text: UNIT_SPELLINGS.get(text.strip().lower(), text),  # KG, lbs, pounds
        help="weights of a log: the unit to show them in, converted from the unit the file records; a file "
        "that records none (Strong's oldest export, a sheet) is read as in this unit, not converted (said)",
    )
    chk.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        type=lambda text: text.strip().lower(),
        help="a log's numeric dates: day first (dmy: 03/11/2025 is 3 Nov) or month first (mdy), "
        "for a log whose dates do not decide it",
    )
    chk.add_argument(
        "--timezone",
        metavar="ZONE",
        help="a log's timestamps with an offset or Z (Liftosaur, Fitbod) read in this zone's local time: "
        "an IANA name (America/Los_Angeles) or a UTC offset (+02:00)",
    )
    chk.add_argument("--fix", action="store_true", help="apply safe fixes and rewrite the program files")
    chk.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing")
    chk.add_argument("--unsafe-fixes", action="store_true", help="with --fix/--diff, apply unsafe fixes too")
    _add_exclude(chk, "with --fix/--diff, exercises the fixed program must not hold (swapped, never added)")
    chk.add_argument(  # the files typed after its items are given back (_file_words)
        "--equipment",
        nargs="+",
        action=_EquipmentWords,
        metavar="ITEM",
        help="with --fix/--diff, only what you have (as plan --equipment): an exercise needing "
        "anything else is swapped, never added; e.g. dumbbell bench, or a comma list ('dumbbell, bench')",
    )
    _add_sources(chk)
    _add_color(chk)

    pln = sub.add_parser("plan", help="plan a week (or several) that passes its own checks")
    pln.add_argument(
        "--goal",
        required=True,
        nargs="+",
        action=_GoalWords,
        metavar="GOAL",
        help=f"a goal id or alias, as for recommend; {_GOAL_WORDS_HELP}",
    )
    pln.add_argument(
        "--days",
        type=int,
        metavar="N",
        help="training days a week you have (1-7; default: what the goal prescribes)",
    )
    _add_stage_and_pain(pln, pain_24h="above 3: the weeks hold; above the limit: a stage back")
    _add_choice(pln)
    pln.add_argument("--minutes", type=int, metavar="M", help="the longest session you want, in minutes")
    pln.add_argument(
        "--weeks", type=int, default=1, metavar="N", help="weeks to plan, progressing (default 1)"
    )
    pln.add_argument(
        "--format",
        choices=("yaml", "json", "text", "markdown"),
        default="yaml",
        help="yaml (default) and json are program files check reads; text and markdown are tables",
    )
    _add_sources(pln)
    _add_color(pln)

    exp = sub.add_parser("explain", help="docs for a check code, a rule, a plan note, a goal or an exercise")
    exp.add_argument(  # words: an exercise's name may go unquoted (explain Romanian deadlift)
        "subject",
        nargs="*",
        metavar="SUBJECT",
        help="a check code or symbol (HR001, short-recovery), a rule (TI001), a plan note (PL003), a "
        "goal or an exercise (Romanian deadlift: the words may go unquoted); with --facts, a scope",
    )
    exp.add_argument(
        "--facts",
        action="store_true",
        help="list the facts rules may read: of every scope, or of SUBJECT (exercise, request, week, "
        "session, entry or name)",
    )
    exp.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default), or json: each page's fields, and the text, as explain_data() gives them",
    )
    _add_sources(exp)
    _add_color(exp)

    exs = sub.add_parser("exercises", help="list the catalog")
    exs.add_argument("--action", help="only this primary joint action, e.g. hip_extension, knee_flexion")
    exs.add_argument("--region", help="only this region biased: proximal, distal, whole or none")
    exs.add_argument("--format", choices=formats(Catalog), default="text", help=_format_help(Catalog))
    _add_sources(exs)
    _add_color(exs)

    gls = sub.add_parser("goals", help="list the goals")
    gls.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    _add_sources(gls)
    _add_color(gls)

    mp = sub.add_parser("map", help="place every name of an app's exercise list, for review")
    mp.add_argument(
        "names", type=_file, metavar="NAMES", help="a text file with one exercise name a line ('-' for stdin)"
    )
    mp.add_argument(
        "--format",
        choices=("csv", "json"),
        default="csv",
        help="csv (default: to review in a spreadsheet, then --aliases) or json",
    )
    _add_sources(mp)

    sch = sub.add_parser("schema", help="print a JSON Schema: the program file, or a JSON output")
    sch.add_argument(
        "kind",
        nargs="?",
        default="program",
        choices=("program", "check", "recommend"),
        help="program (default), check (check --format json) or recommend (recommend --format json)",
    )
    sch.add_argument("--output", "-o", type=_file, metavar="FILE", help="write to FILE instead of stdout")
    for command in sub.choices.values():  # --debug after the command too: check x.yaml --debug
        command.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
    return parser


#: What each output format is, for ``--format``'s help (a format's module is its name).
_FORMATS = {
    "text": "text (default): tables fitted to the terminal",
    "json": "json: the contract (schema_version; fields added, never removed)",
    "markdown": "markdown: GitHub tables",
    "html": "html: a page's tables",
    "sarif": "sarif: SARIF 2.1.0 for code-scanning tools",
    "github": "github: GitHub Actions annotations",
}


def _format_help(result_type: type) -> str:
    """``--format``'s help: each format that writes ``result_type``, in words."""
    from .emitters import formats

    names = formats(result_type)
    return "; ".join(_FORMATS.get(n, n) for n in ["text", *(n for n in names if n != "text")])


def _add_sources(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalog",
        type=_file,
        metavar="FILE",
        help="extra exercises (TOML/JSON/YAML) added to the built-ins",
    )
    parser.add_argument(
        "--rules", type=_file, metavar="FILE", help="a rule pack (TOML/JSON/YAML) added to the built-in rules"
    )
    parser.add_argument(
        "--aliases",
        type=_file,
        metavar="FILE",
        help="a reviewed name mapping (the CSV or JSON of 'map') read as aliases",
    )


def _add_color(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text output: auto (default) on a terminal unless NO_COLOR is set",
    )


def _style(args: argparse.Namespace, out: TextIO) -> Style:
    """The terminal's text style: its width (when it is a terminal or COLUMNS is set), colour."""
    from .emitters.text import Style

    tty = _is_terminal(out)
    width = shutil.get_terminal_size().columns if tty else None  # COLUMNS first, then the TTY
    choice = getattr(args, "color", "auto")
    plain_term = os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb"
    color = choice == "always" or (choice == "auto" and tty and not plain_term)
    limit = getattr(args, "limit", None)
    return Style(width=max(width, 40) if width else None, color=color, cli=True, listed=limit)


def _is_terminal(out: TextIO) -> bool:
    """Whether ``out`` is a terminal (piped output keeps the fixed layout and no colour)."""
    return bool(getattr(out, "isatty", lambda: False)())


def _fit(text: str, style: Style) -> str:
    """Free text (explain, goals) wrapped to the terminal, each line keeping its indent."""
    if style.width is None:
        return text
    import textwrap

    out = []
    for line in text.splitlines():
        if len(line) <= style.width:
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        out += textwrap.wrap(line, style.width, subsequent_indent=indent + "  ") or [line]
    return "\n".join(out)


def _sources(args: argparse.Namespace) -> tuple[Any, Any]:
    """The catalog and rules, with ``--catalog``, ``--aliases`` and ``--rules``: read once a run."""
    loaded: tuple[Any, Any] | None = getattr(args, "loaded_sources", None)
    if loaded is None:
        loaded = args.loaded_sources = _read_sources(args)
    return loaded


def _read_sources(args: argparse.Namespace) -> tuple[Any, Any]:
    from .catalog import Catalog
    from .rules import RuleSet

    catalog = Catalog.builtin()
    if getattr(args, "catalog", None):
        from .errors import in_file

        with in_file(str(args.catalog)):  # a clash with a built-in spelling names the file too
            catalog = catalog.with_exercises(Catalog.from_file(args.catalog))
    if getattr(args, "aliases", None):
        records, lines = _read_mapping(args.aliases)
        path = args.aliases  # an error names the record's line (a CSV) or position (JSON)
        catalog = catalog._with_aliases(
            records, lambda i: f"{path}:{lines[i]}" if lines else f"{path}: [{i}]"
        )
    rules = RuleSet.builtin()
    if getattr(args, "rules", None):
        rules = RuleSet.from_file(args.rules, base=rules)
    return catalog, rules


def _read_mapping(path: str) -> tuple[list[dict[str, Any]], list[int]]:
    """The records of a reviewed ``map`` output (CSV, or JSON when the file ends in .json), and
    the line each CSV record starts on (none for JSON)."""
    import csv
    import io

    from ._files import decode_text, parse_structured, read_bytes
    from .catalog import MAX_CATALOG_BYTES
    from .errors import CatalogError

    raw = read_bytes(path, error=CatalogError, max_bytes=MAX_CATALOG_BYTES)
    spreadsheet = not path.lower().endswith(".json")  # a reviewed CSV Excel may have saved in cp1252
    text = decode_text(raw, where=path, error=CatalogError, windows_1252=spreadsheet)
    if not spreadsheet:  # the library's JSON reader: depth-limited, errors wrapped
        rows = parse_structured(text, fmt="json", where=path, error=CatalogError)
        if not isinstance(rows, list):
            raise CatalogError("expected a list of records", location=path)
        return rows, []
    from .names import csv_cell_value

    first = next(iter(text.splitlines()), "")
    # A spreadsheet saves with its locale's separator: ';' (Excel where the decimal mark is a
    # comma) or a tab (Excel's UTF-16 'Unicode text'); lines may end in CR alone (old Macs).
    delimiter = max((",", ";", "\t"), key=first.count)
    try:  # a cell map wrote as text ('=...: a formula, quoted) is read back as the name it was
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        columns = reader.fieldnames or []
        missing = [c for c in ("name", "exercise_id") if c not in columns]
        if missing:  # another CSV (an export, a program) would map nothing, silently
            seen = ", ".join(shown(c, 40) for c in columns[:10]) or "none"
            raise CatalogError(
                f"no {' or '.join(map(repr, missing))} column (columns seen: {seen})",
                location=f"{path}:1",
                suggestion="pass the CSV that 'hamstring-rules map --format csv' writes, reviewed",
            )
        records, lines = [], []
        for row in reader:
            records.append({k: csv_cell_value(v) if isinstance(v, str) else v for k, v in row.items()})
            # the line the record starts on: it ends on line_num, a quoted cell may span lines
            lines.append(reader.line_num - sum(v.count("\n") for v in row.values() if isinstance(v, str)))
        return records, lines
    except csv.Error as exc:  # a cell over the csv module's field limit, a NUL...
        raise CatalogError(f"malformed CSV: {exc}", location=path) from None


def _params(items: Sequence[str]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for item in items:
        key, sep, value = item.partition("=")
        rule, dot, name = key.partition(".")
        number: float | None
        try:
            number = float(value)
        except ValueError:
            number = None
        if not sep or not dot or not rule or not name or number is None:
            raise _UsageError(f"{PROG}: error: --param expects RULE.NAME=NUMBER, got {shown(item)}")
        out.setdefault(rule.strip(), {})[name.strip()] = number
    return out


def _dump(data: Any, out: TextIO) -> None:
    from .emitters.json import dumps

    out.write(dumps(data, 2) + "\n")


def _cmd_recommend(args: argparse.Namespace, out: TextIO) -> int:
    from ._recommend import recommend

    _no_more_words(args, _goal_words(args, _sources(args)[1]))
    return _ranked(recommend, args.goal, {}, args, out)


def _cmd_substitute(args: argparse.Namespace, out: TextIO) -> int:
    from ._substitute import substitute

    catalog, rules = _sources(args)

    def names_exercise(words: list[str]) -> bool:
        try:
            return catalog.classify(" ".join(words), suggest=False).exercise is not None
        except HamstringRulesError:  # past the name length limit
            return False

    # the words after the goal are the exercise when none was given before it
    # (substitute --goal strain prevention Glute-ham raise)
    rest = _goal_words(args, rules, None if args.exercise else names_exercise)
    if rest and not args.exercise:
        args.exercise, rest = rest, []
    _no_more_words(args, rest)
    exercise = _positional_words(args, "exercise", "EXERCISE", lambda: catalog)
    return _ranked(substitute, exercise, {"goal": args.goal}, args, out)


def _ranked(call: Any, first: str, more: dict[str, Any], args: argparse.Namespace, out: TextIO) -> int:
    """recommend() or substitute() with the options they share, printed in ``--format``."""
    catalog, rules = _sources(args)
    result = call(
        first,
        **more,
        stage=args.stage,
        pain=args.pain,
        pain_24h=args.pain_24h,
        equipment=args.equipment,
        exclude=_joined_names(args.exclude, lambda: catalog) if args.exclude else args.exclude,
        limit=args.limit,
        catalog=catalog,
        rules=rules,
    )
    out.write(_emit([result], args, out, rules) + "\n")
    return 0


def _emit(results: list[Any], args: argparse.Namespace, out: TextIO, rules: Any) -> str:
    """Results in ``--format``; text in the terminal's style."""
    from .emitters import emit, text

    if args.format == "text":
        return text.emit(results, rules=rules, style=_style(args, out))
    return emit(results, args.format, rules=rules)


#: What a word naming a file ``check`` reads ends with: a program, an export, a sheet.
_FILE_SUFFIXES = frozenset((".yaml", ".yml", ".json", ".csv", ".tsv", ".txt"))


def _is_file_word(word: str) -> bool:
    """Whether a shell word names a file for ``check``: ``-`` (standard input), a name ending in
    a program's or an export's suffix, or a path with a directory (``./legs``)."""
    return word == "-" or Path(word).suffix.lower() in _FILE_SUFFIXES or "/" in word or os.sep in word


def _file_words(args: argparse.Namespace, catalog: Any, rules: Any) -> None:
    """``check``'s files, wherever they were typed: argparse gives ``--goal``, ``--exclude`` and
    ``--equipment`` every word up to the next option, so ``check --goal strain prevention
    week.yaml`` or ``check --fix --exclude Good morning week.yaml`` gave the file to the option.
    The goal is its leading words that name a goal, the rest are files; of ``--exclude`` and
    ``--equipment``, the words at the end that name files (:func:`_is_file_word`) are files,
    the others names (a name of several words joined, :func:`_joined_names`) or items."""
    files = list(args.programs)
    rest = _goal_words(args, rules, lambda words: all(map(_is_file_word, words)))
    names: list[str] = []
    items: list[str] | None = None
    took = getattr(args, "took", [])
    last_goal = max((k for k, (option, _) in enumerate(took) if option == "goal"), default=None)
    for k, (option, said) in enumerate(took):
        if k == last_goal:  # its goal is args.goal, its files ``rest`` (an earlier --goal's: below)
            continue
        cut = len(said)
        while cut > 0 and _is_file_word(said[cut - 1]):
            cut -= 1
        files += said[cut:]
        if option == "exclude" and cut:
            names += _joined_names(said[:cut], lambda: catalog)
        elif option == "equipment" and cut:
            items = [*(items or []), *_equipment_items(said[:cut])]
    args.programs = [_file(word) for word in [*files, *rest]]
    args.exclude, args.equipment = names, items
    if not args.programs:
        raise _UsageError(f"{PROG}: error: the following arguments are required: PROGRAM")


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    import attrs

    catalog, rules = _sources(args)
    _file_words(args, catalog, rules)
    params = _params(args.param)
    if "-" in args.programs and (args.fix or args.diff):
        raise _UsageError(f"{PROG}: error: --fix and --diff rewrite files; they cannot read - (stdin)")
    for flag, given in (("--exclude", bool(args.exclude)), ("--equipment", args.equipment is not None)):
        if given and not (args.fix or args.diff):  # check itself ranks nothing to leave out
            raise _UsageError(
                f"{PROG}: error: {flag} chooses what a fix may write: use it with --fix or --diff"
            )
    if args.programs.count("-") > 1:  # the second read found it empty: a confusing 'got NoneType'
        raise _UsageError(
            f"{PROG}: error: - (stdin) can be read once; it is given {args.programs.count('-')} times"
        )
    fixed: list[Any] = []
    if args.fix or args.diff:  # each file fixed (and written) or not on its own, as it is checked
        fixed, errors = _fix_programs(args, catalog, rules, params)
        reports = [f.result.report for f in fixed]  # what is left after fixing
    else:
        reports, errors = _check_each(args, catalog, rules, params)
    # machine-readable output lists every file given, a failed one with its error: JSON's
    # failure document (one file: the document alone, as one report is; several: the array's
    # entry), SARIF's notifications, GitHub's annotations - a consumer always gets a document
    # (rv24 R9: one file's error wrote nothing). The human formats (text, markdown, html) say an
    # error on stderr, as a terminal shows it; their stdout holds the reports of the files read.
    listed = not args.diff and args.format in ("json", "sarif", "github")
    if not reports and not listed:  # the errors only; one line when they all say the same
        if len({str(e) for _, _, e in errors}) == 1:
            raise errors[0][2]
        raise _FilesError([_named(name, e) for _, name, e in errors])
    for _, name, error in errors:  # the other files' results are still printed
        args.err.write(f"{PROG}: error: {_named(name, error)}\n")
    if args.diff:  # like ruff: the diff only, exit 1 when there is one (2: a file could not be read)
        out.write("".join(f.diff() for f in fixed))
        return 2 if errors else 1 if any(f.changed for f in fixed) and not args.exit_zero else 0
    # one meaning of ok: each report's ok, its JSON summary.ok and the exit code use --fail-on
    reports = [attrs.evolve(r, fail_on=args.fail_on) for r in reports]
    if args.format in ("json", "sarif", "github") and (errors or len(args.programs) > 1):
        from .emitters import emitter

        options = {"array": len(args.programs) > 1} if args.format == "json" else {}
        out.write(emitter(args.format).emit(reports, rules=rules, failures=errors, **options) + "\n")
    else:
        out.write(_emit(reports, args, out, rules) + "\n")
    failing = not all(r.ok for r in reports)
    if args.format == "text":
        total = _grand_total(reports, args, out, failing and not args.exit_zero, len(args.programs))
        out.write("\n" + total + "\n")
    if not errors:
        return 0 if args.exit_zero else int(failing)
    return 2  # a file could not be checked: an input error, whatever --exit-zero says


class _FilesError(Exception):
    """Every file of a ``check`` failed, each its own way: one error line each, exit 2."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(f"{PROG}: error: {line}" for line in lines))


def _named(name: str, error: HamstringRulesError) -> str:
    """The error, preceded by the file's name unless it names it already (``as_of ... is before
    the log's first workout`` of which file?), and the other errors of a program file."""
    text = str(error)
    return (text if name == "-" or name in text else f"{name}: {text}") + _also(error)


#: The other errors of an invalid program file the CLI lists after the first.
MAX_LISTED_ERRORS = 20


def _also(error: HamstringRulesError) -> str:
    """A program file's errors after the first, one indented line each (a hand-written file
    is fixed in one pass, not one error per run); ``""`` for any other error."""
    more = getattr(error, "errors", None)
    if not isinstance(more, list) or len(more) < 2:
        return ""
    lines = [f"\n  also {e['location']}: {e['message']}" for e in more[1 : MAX_LISTED_ERRORS + 1]]
    if len(more) > MAX_LISTED_ERRORS + 1:
        lines.append(f"\n  and {len(more) - MAX_LISTED_ERRORS - 1} more")
    return "".join(lines)


def _check_each(
    args: argparse.Namespace, catalog: Any, rules: Any, params: Any
) -> tuple[list[Any], list[tuple[int, str, HamstringRulesError]]]:
    """Each file's report, and each file that could not be checked with its position among
    the files given and its error (one bad file does not lose the others' results)."""
    reports, errors = [], []
    for position, path in enumerate(args.programs):
        try:
            reports.append(_check_path(path, args, catalog, rules, params))
        except HamstringRulesError as exc:
            if args.debug and len(args.programs) > 1:  # one file: main() prints it
                traceback.print_exc(file=args.err)
            errors.append((position, path, exc))
    return reports, errors


def _grand_total(
    reports: list[Any], args: argparse.Namespace, out: TextIO, failing: bool, given: int | None = None
) -> str:
    """``Checked 2 files: 1 error, 6 warnings, 0 info (exit 1: --fail-on warning)``;
    ``Checked 1 of 2 files: ... (exit 2: 1 file could not be checked)`` when one failed."""
    from .emitters.text import counts_line

    total = {"error": 0, "warning": 0, "info": 0}
    for report in reports:
        for severity, n in report.counts().items():
            total[severity] += n
    given = len(reports) if given is None else given
    files = (
        (f"{len(reports)} of " if given != len(reports) else "")
        + f"{given} file"
        + ("s" if given != 1 else "")
    )
    verdict = f"exit 1: --fail-on {args.fail_on}" if failing else "exit 0"
    if given != len(reports):
        missed = given - len(reports)
        verdict = f"exit 2: {missed} file{'s' if missed != 1 else ''} could not be checked"
    lost = sum(getattr(report, "rows_not_read", 0) for report in reports)  # a log's rows not read
    said = f"; {counted(lost, 'log row')} not read" if lost else ""
    return f"Checked {files}: {counts_line(total, _style(args, out))}{said} ({verdict})"


def _check_path(path: str, args: argparse.Namespace, catalog: Any, rules: Any, params: Any) -> Any:
    """Check one program file; ``-`` is standard input, named by ``--stdin-filename``."""
    from ._check import check

    options: dict[str, Any] = {
        "goal": args.goal,
        "stage": args.stage,
        "pain": args.pain,
        "pain_24h": args.pain_24h,
        "catalog": catalog,
        "rules": rules,
        "params": params or None,
        "select": args.select,
        "ignore": args.ignore,
        "as_of": args.as_of,
        "unit": args.unit,
        "date_order": args.date_order,
        "timezone": args.timezone,
    }
    if path != "-":
        return check(Path(path), **options)
    import tempfile

    import attrs

    from .errors import ProgramError
    from .program import MAX_LOG_BYTES, MAX_PROGRAM_BYTES

    head = _stdin_bytes(_HEAD_BYTES, refuse=False)
    name = args.stdin_filename or _stdin_name(head)
    # the file readers pick the format by suffix and keep YAML line numbers: give them a file
    with tempfile.TemporaryDirectory() as tmp:
        # only the name's extension picks the format: the name itself (a NUL, '..', 300
        # characters) is never a file system path, only what messages call the input
        suffix = Path(name.replace("\x00", "")).suffix.lower()
        file = Path(tmp) / ("stdin" + (suffix if _SUFFIX.fullmatch(suffix) else ""))
        # an export is held to the log's byte limit, as a named file is (a year of Hevy rows is
        # over a program's 1 MiB), and copied a chunk at a time: memory stays flat
        log = file.suffix in (".csv", ".tsv", ".txt")
        _stdin_to_file(file, head, MAX_LOG_BYTES if log else MAX_PROGRAM_BYTES)
        try:
            report = check(file, **options)
        except HamstringRulesError as exc:  # name the input as the user did, not the temporary file
            exc.location = exc.location and exc.location.replace(str(file), name)
            exc.message = exc.message.replace(str(file), name)
            if name == "stdin.yaml" and isinstance(exc, ProgramError):  # read as YAML by default
                hint = "a workout-app CSV export? name it: --stdin-filename export.csv"
                exc.suggestion = f"{exc.suggestion}; {hint}" if exc.suggestion else hint
            exc.args = (exc._render(),)
            raise
    findings = tuple(
        attrs.evolve(f, location=attrs.evolve(f.location, file=name)) if f.location.file == str(file) else f
        for f in report.findings
    )
    program = report.program  # a log is named by its file: "stdin.csv (Hevy ...)"
    if report.kind == "log" and program.startswith(file.name):
        program = name + program[len(file.name) :]
    return attrs.evolve(report, source=name, findings=findings, program=program)


#: A file extension the stdin copy may take from --stdin-filename (it picks the reader).
_SUFFIX = re.compile(r"\.[a-z0-9]{1,10}")


def _stdin_name(head: bytes) -> str:
    """The name standard input is read as, by its start: ``stdin.csv`` for a CSV header (an
    export's, a spreadsheet program's), ``stdin.json`` for a JSON object (whose escapes, such
    as an emoji's surrogate pair, YAML does not read), else ``stdin.yaml``."""
    from ._files import head_text
    from ._program_file import sniff_format

    if _log_header(head):
        return "stdin.csv"
    return "stdin.json" if sniff_format(head_text(head[:_HEAD_BYTES])) == "json" else "stdin.yaml"


def _log_header(data: bytes) -> bool:
    """Whether standard input starts with a CSV header: of an export ``load_log`` reads (Hevy,
    Strong, FitNotes, a generic log) or of a program kept as a spreadsheet, found by the readers'
    own header search (the separator, blank lines, Excel's ``sep=`` line, title rows above the
    header): what is read as a CSV by path is read as one from standard input."""
    from ._program_file import _csv_header
    from .logs import _BLANK, _head_text, log_header_in

    head = _head_text(data[:65536])  # decoded as the file will be: a Windows-1252 header is one
    if log_header_in(head):
        return True
    lines = head.splitlines(keepends=True)
    blank = next((i for i, line in enumerate(lines) if line.strip(_BLANK)), len(lines))
    return _csv_header("".join(lines[blank:]))  # a program kept as a spreadsheet: CSV too


def _fix_programs(
    args: argparse.Namespace, catalog: Any, rules: Any, params: Any
) -> tuple[list[Any], list[tuple[int, str, HamstringRulesError]]]:
    """``check --fix`` rewrites each file (``--diff``: writes nothing) and says what it did on
    stderr as it goes; a file that cannot be fixed is an error with its position (as
    :func:`_check_each`), and the others are still fixed - and said to be."""
    from ._fix import fix_file

    fixed, errors = [], []
    for position, path in enumerate(args.programs):
        try:
            f = fix_file(
                path,
                unsafe=args.unsafe_fixes,
                write=not args.diff,
                goal=args.goal,
                stage=args.stage,
                pain=args.pain,
                pain_24h=args.pain_24h,
                catalog=catalog,
                rules=rules,
                params=params or None,
                select=args.select,
                ignore=args.ignore,
                exclude=args.exclude,
                equipment=args.equipment,
            )
        except HamstringRulesError as exc:
            if args.debug and len(args.programs) > 1:  # one file: main() prints it
                traceback.print_exc(file=args.err)
            errors.append((position, path, exc))
            continue
        fixed.append(f)
        n, more = len(f.result.fixes), f.result.remaining_unsafe
        hint = f"; {more} more with --unsafe-fixes" if more and not args.unsafe_fixes else ""
        verb = "would fix" if args.diff else "fixed"
        args.err.write(f"{one_line(f.path)}: {verb} {counted(n, 'finding')}{hint}\n")
        if f.note:  # a sheet: --diff says what --fix would (not rewritten; how to save it as YAML)
            args.err.write(f"{one_line(f.path)}: {f.note}\n")
        for finding, why in f.result.why_skipped[:3]:  # a fixable finding left: say why
            where = one_line(str(finding.location))
            args.err.write(
                f"{one_line(f.path)}: {finding.code} not fixed at {where}: {one_line(why, _WHY_SHOWN)}\n"
            )
        if len(f.result.why_skipped) > 3:
            more_fixes = counted(len(f.result.why_skipped) - 3, "more fix", "more fixes")
            args.err.write(f"{one_line(f.path)}: {more_fixes} not applied\n")
        if f.changed and not f.kept_comments:
            args.err.write(f"{one_line(f.path)}: comments not kept ({_why_comments_lost()})\n")
    return fixed, errors


#: How much of why a fix was not applied ``check --fix`` shows: the reason is the library's own
#: words (names escaped), and its end says what to do ("... apply it with unsafe=True (check
#: --fix --unsafe-fixes)" was cut at 80 characters, "unsafe=Tru…").
_WHY_SHOWN = 400


def _cmd_plan(args: argparse.Namespace, out: TextIO) -> int:
    """``plan``: yaml and json write the program file ``check`` reads (notes also on stderr)."""
    from ._plan import plan

    catalog, rules = _sources(args)
    _no_more_words(args, _goal_words(args, rules))
    result = plan(
        args.goal,
        days=args.days,
        equipment=args.equipment,
        minutes=args.minutes,
        stage=args.stage,
        pain=args.pain,
        pain_24h=args.pain_24h,
        exclude=_joined_names(args.exclude, lambda: catalog) if args.exclude else args.exclude,
        weeks=args.weeks,
        catalog=catalog,
        rules=rules,
    )
    if args.format in ("yaml", "json"):
        out.write(result.to_yaml() if args.format == "yaml" else result.to_json() + "\n")
        for note in result.notes:
            args.err.write(f"{note}\n")
    elif args.format == "markdown":
        out.write(result.to_markdown() + "\n")
    else:
        out.write(_emit([result], args, out, rules) + "\n")
    return 0


def _cmd_explain(args: argparse.Namespace, out: TextIO) -> int:
    from ._explain import explain

    args.subject = " ".join(args.subject) if args.subject else None  # unquoted words: one name
    if args.facts:
        from ._facts import VOCABULARIES, describe_facts

        if args.subject is not None and args.subject not in VOCABULARIES:
            from .errors import RequestError

            raise RequestError(
                f"unknown scope {shown(args.subject)}",
                location="scope",
                suggestion="one of: " + ", ".join(VOCABULARIES),
            )
        if args.format == "json":
            _dump(_facts_data(args.subject), out)
        else:
            out.write(_fit(describe_facts(args.subject), _style(args, out)) + "\n")
        return 0
    if args.subject is None:
        from .errors import RequestError

        raise RequestError(
            "explain needs a subject (a check code or symbol, a rule, a plan note, a goal or an exercise) "
            "or --facts",
            location="subject",
        )
    catalog, rules = _sources(args)
    if args.format == "json":
        from ._explain import explain_data

        _dump(explain_data(args.subject, catalog=catalog, rules=rules), out)
        return 0
    style = _style(args, out)
    doc = explain(args.subject, catalog=catalog, rules=rules, width=style.width and style.width - 2)
    out.write(_fit(doc, style) + "\n")
    return 0


def _facts_data(scope: str | None) -> dict[str, Any]:
    """``explain --facts --format json``: per scope, each fact rules may read with its type and
    doc, and the values only message templates may use - what the text lists."""
    from ._facts import TEMPLATE_VALUES, VOCABULARIES
    from .findings import SCHEMA_VERSION

    def described(facts: Any) -> dict[str, dict[str, str]]:
        return {name: {"type": t.describe(), "doc": t.doc or ""} for name, t in facts.items()}

    scopes = {}
    for name in [scope] if scope is not None else list(VOCABULARIES):
        vocab = VOCABULARIES[name]
        scopes[name] = {
            "facts": described(vocab.request if name == "request" else vocab.subject),
            "templates": described(TEMPLATE_VALUES[name]),
        }
    return {"schema_version": SCHEMA_VERSION, "scopes": scopes}


def _cmd_exercises(args: argparse.Namespace, out: TextIO) -> int:
    from .catalog import Catalog
    from .errors import RequestError

    catalog, _ = _sources(args)
    items = list(catalog)
    for attr, value in (("primary_action", args.action), ("region", args.region)):
        if value is not None:
            allowed = sorted({str(getattr(e, attr)) for e in catalog})
            if value not in allowed:
                raise RequestError(
                    f"unknown {attr} {shown(value)}",
                    location=f"--{attr.split('_')[-1]}",
                    suggestion="known: " + ", ".join(allowed),
                )
            items = [e for e in items if str(getattr(e, attr)) == value]
    out.write(_emit([Catalog(items)], args, out, None) + "\n")
    return 0


def _cmd_goals(args: argparse.Namespace, out: TextIO) -> int:
    _, rules = _sources(args)
    if args.format == "json":
        _dump(
            [
                {
                    "id": g.id,
                    "name": g.name,
                    "aliases": list(g.aliases),
                    "description": g.description,
                    "stages": {str(k): v for k, v in sorted(g.stages.items())},
                    "default_stage": g.default_stage,
                    "source": g.source,
                    "pain_limit": g.pain_limit,
                }
                for g in rules.goals
            ],
            out,
        )
        return 0
    lines = []
    for g in rules.goals:
        lines += [f"{g.id} - {g.name}", f"  {g.description}", f"  aliases: {', '.join(g.aliases) or '-'}"]
        for stage, text in sorted(g.stages.items()):
            default = " (default)" if stage == g.default_stage else ""
            lines.append(f"  stage {stage}{default}: {text}")
        back = "steps back a stage" if g.staged else "is too much: reduce the load"
        lines.append(f"  pain above {g.pain_limit:g}/10, during exercise or the next morning, {back}")
        lines += [f"  source: {g.source}", ""]
    out.write(_fit("\n".join(lines), _style(args, out)) + "\n")
    return 0


def _why_comments_lost() -> str:
    try:
        import ruamel.yaml  # noqa: F401
    except ModuleNotFoundError:
        return "pip install ruamel.yaml keeps them"
    return "ruamel.yaml, which keeps them, cannot read this file's YAML"


#: How much of standard input ``check -`` reads to tell an export's header from a program.
_HEAD_BYTES = 65536


def _stdin_bytes(limit: int, *, refuse: bool = True) -> bytes:
    """Standard input as bytes, at most ``limit`` (a text-only or closed stdin works too);
    ``refuse``: more than ``limit`` is an InputLimitError (else the rest is left unread)."""
    from .errors import InputLimitError, RequestError

    if sys.stdin is None:
        raise RequestError("standard input is closed", location="-")
    buffer = getattr(sys.stdin, "buffer", None)  # a StringIO put in its place has none
    size = limit + 1 if refuse else limit
    data = buffer.read(size) if buffer is not None else sys.stdin.read(size).encode("utf-8", "replace")
    if refuse and len(data) > limit:
        raise InputLimitError(f"standard input is over the limit of {limit:,} bytes", location="-")
    return bytes(data)


def _stdin_to_file(file: Path, head: bytes, limit: int) -> None:
    """Write ``head`` and the rest of standard input to ``file``, a chunk at a time; more than
    ``limit`` bytes in all is an InputLimitError."""
    from .errors import InputLimitError

    total = 0
    with file.open("wb") as fh:
        chunk = head
        while chunk:
            total += len(chunk)
            if total > limit:
                raise InputLimitError(f"standard input is over the limit of {limit:,} bytes", location="-")
            fh.write(chunk)
            chunk = _stdin_bytes(1 << 20, refuse=False)


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from ._program_file import json_schema

    if args.output:  # all at once: an interrupted or failed write leaves the old file whole
        from ._files import write_atomically
        from ._validate import file_path
        from .emitters.json import dumps
        from .errors import RequestError

        path = file_path(args.output, error=RequestError, name="--output")
        write_atomically(path, (dumps(json_schema(args.kind), 2) + "\n").encode("utf-8"), error=RequestError)
    else:
        _dump(json_schema(args.kind), out)
    return 0


def _cmd_map(args: argparse.Namespace, out: TextIO) -> int:
    """Map an app's names: CSV or JSON records, one per name (see Catalog.map_names)."""
    from ._files import decode_text, read_bytes
    from .catalog import MAX_CATALOG_BYTES
    from .errors import CatalogError

    catalog, _ = _sources(args)
    if args.names == "-":  # bytes, decoded as a file is: bad UTF-8 is an error, not a crash
        text = decode_text(_stdin_bytes(MAX_CATALOG_BYTES), where="-", error=CatalogError)
    else:
        raw = read_bytes(args.names, error=CatalogError, max_bytes=MAX_CATALOG_BYTES)
        text = decode_text(raw, where=args.names, error=CatalogError)
    names, lines = [], []  # the names to place, and the line each was on (to name in an error)
    for number, line in enumerate(text.splitlines(), start=1):
        if (name := line.strip()) and not name.startswith("#"):
            names.append(name)
            lines.append(number)
    where = "-" if args.names == "-" else args.names
    mapped = catalog._map_names(names, lambda index: f"{where}:{lines[index]}")
    out.write(mapped.to_json() + "\n" if args.format == "json" else mapped.to_csv())
    return 0


_COMMANDS = {
    "recommend": _cmd_recommend,
    "substitute": _cmd_substitute,
    "check": _cmd_check,
    "plan": _cmd_plan,
    "explain": _cmd_explain,
    "exercises": _cmd_exercises,
    "goals": _cmd_goals,
    "schema": _cmd_schema,
    "map": _cmd_map,
}


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line; returns the exit code (0 clean, 1 findings, 2 usage or input error)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr or io.StringIO()
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    for stream in (out, err):  # a lone surrogate in a name prints escaped, not as a crash
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        args = _parser().parse_args(argv)
        if not args.command:
            commands = ",".join(_COMMANDS)
            err.write(f"{PROG}: error: a command is required (usage: {PROG} {{{commands}}} ...)\n")
            return 2
        if out is None:  # started with stdout closed (`>&-`)
            err.write(f"{PROG}: error: standard output is closed\n")
            return 2
        safe = _SafeOutput(out, color=_style(args, out).color)
        # what a command says besides its output (plan's notes, what --fix did) goes where this
        # call's errors go: stderr= or sys.stderr, escaped too (a closed stderr was an internal error)
        args.err = _SafeOutput(err, color=False)
        return _COMMANDS[args.command](args, cast("TextIO", safe))
    except (_UsageError, _FilesError) as exc:
        err.write(f"{exc}\n")
        return 2
    except HamstringRulesError as exc:
        if debug:
            traceback.print_exc(file=err)
        err.write(f"{PROG}: error: {exc}{_also(exc)}\n")
        return 2
    except KeyboardInterrupt:
        err.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # stdout closed or full while writing
        err.write(f"{PROG}: error: cannot write output: {exc.strerror or exc}\n")
        return 2
    except Exception as exc:
        if debug:
            traceback.print_exc(file=err)
            return 2
        err.write(
            f"{PROG}: internal error: {type(exc).__name__}: {exc}. This is a bug in hamstring_rules; "
            "please report it with the command you ran (run with --debug for the traceback)\n"
        )
        return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
