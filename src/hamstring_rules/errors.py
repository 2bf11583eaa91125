"""The library's exceptions: one root, each subclass also the builtin a caller would catch.

Every error carries data - the bad value, where it was, and a suggestion when there is one -
so an application can show it to a user without parsing the message::

    HamstringRulesError
    ├── UnknownExerciseError   (LookupError)   a name the resolver cannot place
    ├── UnknownGoalError       (LookupError)   a goal that does not exist
    ├── UnknownCodeError       (LookupError)   explain() of something that does not exist
    ├── CatalogError           (ValueError)    a malformed exercise entry
    ├── RuleError              (ValueError)    a malformed rule or rule pack
    ├── ProgramError           (ValueError)    a malformed program file or payload
    ├── LogFormatError         (ValueError)    a workout-app CSV export that cannot be read
    ├── InputLimitError        (ValueError)    input over a configured size limit
    └── RequestError           (ValueError)    a bad argument to recommend(), check(), ...

Findings about a program are data (:class:`hamstring_rules.Finding`), never exceptions.
"""

from __future__ import annotations

import contextlib
import re
import reprlib
from collections.abc import Iterator, Sequence

__all__ = [
    "CatalogError",
    "HamstringRulesError",
    "InputLimitError",
    "LogFormatError",
    "ProgramError",
    "RequestError",
    "RuleError",
    "UnknownCodeError",
    "UnknownExerciseError",
    "UnknownGoalError",
]


#: Characters of a value echoed in a message (then an ellipsis).
MAX_SHOWN = 80
#: Characters of a whole message, location or suggestion.
_MAX_PART = 600

_repr = reprlib.Repr()
_repr.maxlevel = 3
_repr.maxstring = MAX_SHOWN
_repr.maxother = MAX_SHOWN
_repr.maxlong = 40
for _attr in ("maxdict", "maxlist", "maxtuple", "maxset", "maxfrozenset", "maxdeque", "maxarray"):
    setattr(_repr, _attr, 4)


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch, f"\\x{code:02x}")
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


# " at 0x7f3a..." in a default repr: a memory address, different on every run.
_ADDRESS = re.compile(r" at 0x[0-9A-Fa-f]+")


def one_line(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` as one printable line of at most ``limit`` characters plus an ellipsis.

    Every character Python does not call printable becomes a ``\\n``-style escape: C0/C1
    controls, line and paragraph separators, lone surrogates, and format characters such as
    the bidirectional overrides (U+202E can make a message read backwards) and zero-width
    joiners - what can break a line or a terminal, hide text, or cannot be encoded. Spaces and
    other text (backslashes included) are left alone, so applying this twice changes nothing more.
    """
    if len(text) > limit:
        text = text[:limit] + "\u2026"
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else _escape_char(ch) for ch in text)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``1 error``, ``0 errors``, ``2 fixes`` (``plural``: when it is not ``noun + "s"``)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def shown(value: object, limit: int = MAX_SHOWN) -> str:
    """How a value is echoed in an error message: its repr, bounded and on one line.

    The one place messages quote user values: strings are cut to ``limit`` characters before
    quoting (a 5 MB name costs nothing), containers to a few items and levels (a 5,000-deep
    list cannot recurse), a default repr loses its memory address (messages are deterministic),
    and anything whose repr fails shows its type.
    """
    if isinstance(value, str):
        value = str.__str__(value)  # a subclass whose slicing, len or repr raises: its text
        text = repr(value[:limit])
        if len(value) > limit:
            text = text[:limit] + "\u2026"
    else:
        try:
            text = _ADDRESS.sub("", _repr.repr(value))  # the same message on every run
        except Exception:  # a hostile __repr__
            text = f"<{type(value).__name__}>"
    return one_line(text, limit)


def _clean(text: str) -> str:
    """A message part on one bounded line, without memory addresses."""
    return one_line(_ADDRESS.sub("", text), _MAX_PART)


def _place(location: str) -> str:
    """A location on one line, its middle cut when long: a long path keeps its start and its
    end (the file name and the place inside the file)."""
    location = _clean(location)
    if len(location) > 2 * MAX_SHOWN:
        location = location[:40] + "\u2026" + location[-(MAX_SHOWN - 1) :]
    return location


def label(value: object, limit: int = MAX_SHOWN) -> str:
    """A key or name as written in a location (``rule X1.params.min_sets``): a string unquoted,
    anything else as :func:`shown` gives it; bounded and on one line either way."""
    return one_line(value, limit) if isinstance(value, str) else shown(value, limit)


class HamstringRulesError(Exception):
    """Root of every error this library raises on bad input.

    Attributes:
        message: what is wrong, in one sentence.
        location: where it was (a file, a path inside it such as ``sessions[1].exercises[0]``,
            a line number), or ``None``.
        suggestion: what to do instead, or ``None``.
    """

    def __init__(
        self,
        message: str,
        *,
        location: str | None = None,
        suggestion: str | None = None,
    ) -> None:
        # Every message is one bounded line, however it was built (values inside are already
        # cut by shown(); this escapes raw text such as a path with a newline in it).
        # A memory address a caller's value put in raw text is dropped too (deterministic messages).
        self.message = _clean(str(message))
        self.location = None if location is None else _place(str(location))
        self.suggestion = None if suggestion is None else _clean(str(suggestion))
        super().__init__(self._render())

    def _render(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        if self.suggestion:
            text += f" ({self.suggestion})"
        return text

    def __str__(self) -> str:
        return self._render()

    def to_dict(self) -> dict[str, object]:
        """The error as data (``check --format json`` of a file that could not be checked):
        ``code`` (the error's class, e.g. ``ProgramError``), ``message``, ``location``,
        ``suggestion``, and a program file's other errors (``errors``: location and message)."""
        out: dict[str, object] = {
            "code": type(self).__name__,
            "message": self.message,
            "location": self.location,
            "suggestion": self.suggestion,
        }
        more = getattr(self, "errors", None)
        if isinstance(more, list) and more:
            out["errors"] = [
                {"location": str(e.get("location", "")), "message": str(e.get("message", ""))}
                for e in more
                if isinstance(e, dict)
            ]
        return out

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only constructors do not pickle by default; results cross process pools.
        return (_rebuild, (type(self), self.__dict__.copy()))


def _rebuild(cls: type[HamstringRulesError], state: dict[str, object]) -> HamstringRulesError:
    err = cls.__new__(cls)
    err.__dict__.update(state)
    Exception.__init__(err, err._render())
    return err


@contextlib.contextmanager
def in_file(source: str) -> Iterator[None]:
    """An error raised inside names the file ``source`` in its location, as a program's does
    (``pack.toml: rule X1.when.op``), unless its location already starts with the file.

    A catalog's or rule pack's entries locate their errors by id (``exercise 'x'.knee``), which
    did not say which file - beside a program given too, the wrong one could be searched.
    """
    try:
        yield
    except HamstringRulesError as exc:
        place = _place(source)
        n = min(len(place), 40)  # a long location keeps only its first 40 characters whole
        if (
            exc.location is not None
            and exc.location.startswith(place[:n])
            and (n == 40 or exc.location[n : n + 1] in ("", ":", " "))
        ):
            raise
        state = exc.__dict__.copy()
        state["location"] = _place(f"{source}: {exc.location}" if exc.location else source)
        raise _rebuild(type(exc), state) from None


class _NameLookupError(HamstringRulesError, LookupError):
    """A name that is not known, with the closest known names."""

    kind = "name"

    def __init__(
        self,
        name: object,
        *,
        candidates: Sequence[str] = (),
        location: str | None = None,
        known: Sequence[str] = (),
    ) -> None:
        label = shown(name)
        self.name = name if isinstance(name, str) else label
        self.candidates = tuple(candidates)
        self.known = tuple(known)
        suggestion = None
        if self.candidates:
            suggestion = "did you mean " + " or ".join(shown(c) for c in self.candidates) + "?"
        if self.known:
            listed = ", ".join(self.known)
            suggestion = f"{suggestion} known: {listed}" if suggestion else f"known: {listed}"
        super().__init__(f"unknown {self.kind} {label}", location=location, suggestion=suggestion)

    def __str__(self) -> str:
        return self._render()


class UnknownExerciseError(_NameLookupError):
    """An exercise name the resolver cannot place; ``candidates`` holds "did you mean" names."""

    kind = "exercise"


class UnknownGoalError(_NameLookupError):
    """A goal that does not exist; ``known`` lists the goals, ``candidates`` the closest."""

    kind = "goal"


class UnknownCodeError(_NameLookupError):
    """``explain()`` of a subject that does not exist (a check code or symbol, a rule, a goal, a
    plan note or an exercise), or a code ``select=``/``ignore=`` names that no check has."""

    kind = "code, rule, goal, note or exercise"


class CatalogError(HamstringRulesError, ValueError):
    """An exercise entry that does not fit the schema; ``location`` names the id and field."""


class RuleError(HamstringRulesError, ValueError):
    """A rule or rule pack that does not fit the grammar; ``location`` names the rule and path."""


class ProgramError(HamstringRulesError, ValueError):
    """A program file or payload that does not fit the schema; ``location`` names file and path."""


class LogFormatError(HamstringRulesError, ValueError):
    """A workout-app export that cannot be read; ``location`` names the file and line."""


class InputLimitError(HamstringRulesError, ValueError):
    """Input over a configured limit (bytes, nesting depth, sessions, exercises, rules...)."""


class RequestError(HamstringRulesError, ValueError):
    """A bad argument to a public function (a stage outside 1-4, a pain score outside 0-10...)."""
