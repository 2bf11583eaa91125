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

from collections.abc import Sequence

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
        self.message = message
        self.location = location
        self.suggestion = suggestion
        super().__init__(self._render())

    def _render(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        if self.suggestion:
            text += f" ({self.suggestion})"
        return text

    def __str__(self) -> str:
        return self._render()

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only constructors do not pickle by default; results cross process pools.
        return (_rebuild, (type(self), self.__dict__.copy()))


def _rebuild(cls: type[HamstringRulesError], state: dict[str, object]) -> HamstringRulesError:
    err = cls.__new__(cls)
    err.__dict__.update(state)
    Exception.__init__(err, err._render())
    return err


class _NameLookupError(HamstringRulesError, LookupError):
    """A name that is not known, with the closest known names."""

    kind = "name"

    def __init__(
        self,
        name: str,
        *,
        candidates: Sequence[str] = (),
        location: str | None = None,
        known: Sequence[str] = (),
    ) -> None:
        self.name = name
        self.candidates = tuple(candidates)
        self.known = tuple(known)
        suggestion = None
        if self.candidates:
            suggestion = "did you mean " + " or ".join(repr(c) for c in self.candidates) + "?"
        if self.known:
            listed = ", ".join(self.known)
            suggestion = f"{suggestion} known: {listed}" if suggestion else f"known: {listed}"
        super().__init__(f"unknown {self.kind} {name!r}", location=location, suggestion=suggestion)

    def __str__(self) -> str:
        return self._render()


class UnknownExerciseError(_NameLookupError):
    """An exercise name the resolver cannot place; ``candidates`` holds "did you mean" names."""

    kind = "exercise"


class UnknownGoalError(_NameLookupError):
    """A goal that does not exist; ``known`` lists the goals, ``candidates`` the closest."""

    kind = "goal"


class UnknownCodeError(_NameLookupError):
    """``explain()`` of a check code, exercise or rule that does not exist."""

    kind = "code, exercise or rule"


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
