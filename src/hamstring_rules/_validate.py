"""The argument-validation layer: every public argument and object is checked here, once.

Public functions call these helpers at their boundary, so a wrong type, an out-of-range number,
an unusable path or a forged attrs object becomes one :class:`~hamstring_rules.RequestError`
(or the file's own error class) with the argument named - never a ``TypeError`` from deep inside.
Values are echoed only through :func:`~hamstring_rules.errors.shown` (bounded, one line).
"""

from __future__ import annotations

import enum
import functools
import math
import numbers
import operator
import os
import re
import types
import typing
import weakref
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar, Union

import attrs

from .errors import HamstringRulesError, RequestError, shown

T = TypeVar("T")

#: Largest integer accepted where a count or a size is expected (beyond it, arithmetic and
#: conversions such as float() overflow).
MAX_INT = 2**53
#: Longest file path accepted.
MAX_PATH = 4096
#: Deepest nesting of attrs objects and containers walked when checking a forged object.
MAX_OBJECT_DEPTH = 16


def type_name(value: object) -> str:
    return type(value).__name__


def got(value: object) -> str:
    """A wrong value as a message shows it: ``True (bool)``, ``'3' (str)``, ``<object>``."""
    if isinstance(value, str | int | float | bytes) or value is None:
        return f"{shown(value)} ({type_name(value)})"
    return type_name(value)


def whole(value: object) -> int | None:
    """The plain ``int`` an integer of any integer type holds: an ``int`` (or subclass) or any
    other :class:`numbers.Integral` (``numpy.int64``, read with :func:`operator.index`); ``None``
    for a bool, a float, a string or anything else (and an ``__index__`` that raises or returns
    no int)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return int.__int__(value)  # a subclass whose comparisons raise: the int it holds
    if not isinstance(value, numbers.Integral):
        return None
    try:
        index = operator.index(value)
    except Exception:  # a broken __index__: "not an integer", said by the caller
        return None
    return int.__int__(index) if isinstance(index, int) and not isinstance(index, bool) else None


def real(value: object) -> float | int | None:
    """A real number of any number type as the built-in it holds: an ``int`` or ``float`` (or
    subclass), an integer type (:func:`whole`), or another :class:`numbers.Real`
    (``numpy.float32``, a ``Fraction``: its ``float()``); ``None`` for a bool, a string or
    anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, int | numbers.Integral):
        return whole(value)
    if not isinstance(value, numbers.Real):
        return None
    try:
        converted = float(value)
    except Exception:  # a broken __float__: "not a number", said by the caller
        return None
    return float.__float__(converted) if isinstance(converted, float) else None


def instance(value: object, cls: type[T] | tuple[type, ...], name: str, *, what: str | None = None) -> T:
    """``value`` if it is a ``cls``; else a RequestError naming the argument."""
    if not isinstance(value, cls):
        expected = what or (cls.__name__ if isinstance(cls, type) else " or ".join(c.__name__ for c in cls))
        raise RequestError(f"{name} must be {expected}, got {type_name(value)}", location=name)
    return value  # type: ignore[return-value]


def integer(
    value: object,
    name: str,
    *,
    minimum: int | None = None,
    maximum: int | None = MAX_INT,
    optional: bool = False,
) -> Any:
    """An integer (an ``int`` or any :class:`numbers.Integral` such as ``numpy.int64``; not a
    bool) within ``minimum..maximum``, as a plain ``int``; ``None`` passes when ``optional``."""
    if value is None and optional:
        return None
    converted = whole(value)
    if converted is None:
        raise RequestError(f"{name} must be an integer, got {got(value)}", location=name)
    value = converted
    low_ok = minimum is None or value >= minimum
    high_ok = maximum is None or value <= maximum
    if not (low_ok and high_ok):
        bounds = (
            f"{minimum}-{maximum}"
            if minimum is not None and maximum is not None
            else f"at least {minimum}"
            if minimum is not None
            else f"at most {maximum}"
        )
        raise RequestError(f"{name} must be {bounds}, got {shown(value)}", location=name)
    return value


def number(
    value: object,
    name: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    optional: bool = False,
    error: type[HamstringRulesError] = RequestError,
    location: str | None = None,
) -> Any:
    """A finite real number (an int, a float or any :class:`numbers.Real` such as
    ``numpy.float32``; not a bool) within range, as a float.

    Integers are range-checked before conversion, so ``10**400`` is an error, not an
    OverflowError; NaN and infinities are refused.
    """
    if value is None and optional:
        return None
    where = location or name
    # a subclass whose __float__ or comparisons raise: the number it holds
    converted = real(value)
    if converted is None:
        raise error(f"{name} must be a number, got {got(value)}", location=where)
    value = converted
    if isinstance(value, int) and abs(value) > MAX_INT:
        raise error(f"{name} is too large: {shown(value)}", location=where)
    number_value = float(value)
    if not math.isfinite(number_value):
        raise error(f"{name} must be a finite number, got {shown(value)}", location=where)
    if (minimum is not None and number_value < minimum) or (maximum is not None and number_value > maximum):
        raise error(f"{name} must be {minimum:g} to {maximum:g}, got {shown(value)}", location=where)
    return number_value


def text(value: object, name: str, *, max_length: int = 1000, optional: bool = False) -> Any:
    """A ``str`` of at most ``max_length`` characters."""
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise RequestError(f"{name} must be a string, got {got(value)}", location=name)
    value = str.__str__(value)  # a subclass whose __len__ lies or overflows: the text it holds
    if len(value) > max_length:
        raise RequestError(
            f"{name} of {len(value):,} characters is over the limit of {max_length}", location=name
        )
    return value


def flag(value: object, name: str) -> bool:
    """A ``bool`` (``True``/``False`` only: a NumPy array's truth value raises, a string is
    always true)."""
    return instance(value, bool, name, what="True or False")


def choice(value: object, name: str, choices: typing.Iterable[str]) -> str:
    """One of ``choices`` (strings); anything else, of any type, is a RequestError listing them."""
    options = tuple(choices)
    if not isinstance(value, str) or value not in options:
        raise RequestError(f"{name} must be one of {', '.join(options)}, got {shown(value)}", location=name)
    return value


#: The spellings of the two weight units a caller may use (any case): ``kg`` or ``lb``.
UNIT_SPELLINGS = {"kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg",
                  "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb"}  # fmt: skip


def unit_name(value: object, name: str = "unit") -> str:
    """``kg`` or ``lb`` from any case of their spellings (``KG``, ``lbs``, ``pounds``), as a
    unit cell is read; anything else is a RequestError listing the two."""
    unit = UNIT_SPELLINGS.get(value.strip().lower()) if isinstance(value, str) else None
    if unit is None:
        raise RequestError(f"{name} must be kg or lb, got {shown(value)}", location=name)
    return unit


def json_indent(value: object) -> int | None:
    """A JSON indent: ``None`` (one line) or 0-16 spaces."""
    return integer(value, "indent", minimum=0, maximum=16, optional=True)  # type: ignore[no-any-return]


def byte_limit(value: object, name: str = "max_bytes") -> int:
    """A size limit in bytes: a positive integer that file reads can use."""
    return integer(value, name, minimum=1, maximum=MAX_INT)  # type: ignore[no-any-return]


def file_path(value: object, *, error: type[HamstringRulesError], name: str = "path") -> Path:
    """A usable file path from a ``str`` or an ``os.PathLike`` (explicitly named file functions).

    Refused with ``error``: other types, bytes paths, NUL characters, lone surrogates and
    paths over :data:`MAX_PATH` characters - before any file system call.
    """
    if not isinstance(value, str | os.PathLike):
        raise RequestError(f"{name} must be a file path, got {type_name(value)}", location=name)
    try:
        raw = os.fspath(value)
    except TypeError:  # an __fspath__ returning neither str nor bytes
        raise RequestError(f"{name} must be a file path, got {type_name(value)}", location=name) from None
    if not isinstance(raw, str):
        raise RequestError(f"{name} must be a text path, not bytes", location=name)
    if len(raw) > MAX_PATH:
        raise error(f"a path of {len(raw):,} characters is over the limit of {MAX_PATH}", location=name)
    if not raw:
        raise error("empty path", location=name)
    if "\x00" in raw:
        raise error("a path cannot contain a NUL character", location=raw)
    try:
        os.fsencode(raw)
    except UnicodeError:
        raise error("a path with characters the file system cannot encode", location=raw) from None
    return Path(raw)


# -- forged objects ----------------------------------------------------------------------------


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _conforms(value: object, hint: Any, depth: int) -> bool:
    if depth > MAX_OBJECT_DEPTH:
        return False
    if hint is Any or hint is object:
        return True
    if hint is None or hint is type(None):
        return value is None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (Union, types.UnionType):
        return any(_conforms(value, a, depth) for a in args)
    if origin is Literal:
        return any(type(value) is type(a) and value == a for a in args)
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_conforms(v, args[0], depth + 1) for v in value)
        return len(value) == len(args) and all(
            _conforms(v, a, depth + 1) for v, a in zip(value, args, strict=True)
        )
    if origin in (frozenset, set):
        return isinstance(value, frozenset) and all(_conforms(v, args[0], depth + 1) for v in value)
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        return isinstance(value, Mapping) and all(
            _conforms(k, args[0], depth + 1) and _conforms(v, args[1], depth + 1) for k, v in value.items()
        )
    if hint is float:
        return (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and (abs(value) <= MAX_INT if isinstance(value, int) else not math.isnan(value))
        )
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_INT
    if hint is bool:
        return isinstance(value, bool)
    if isinstance(hint, type) and attrs.has(hint):
        return isinstance(value, hint) and _object_problem(value, depth + 1) is None
    if isinstance(hint, type) and issubclass(hint, enum.Enum | str | datetime | date):
        return isinstance(value, hint)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True  # a hint this checker does not model


def _object_problem(obj: object, depth: int = 0) -> str | None:
    """The first field of an attrs object whose value does not fit its declared type."""
    if depth > MAX_OBJECT_DEPTH:
        return "nested too deeply"
    cls: Any = type(obj)
    hints = _hints(cls)
    for field in attrs.fields(cls):
        if not field.init:
            continue
        value = getattr(obj, field.name)
        if not _conforms(value, hints.get(field.name, Any), depth):
            return f"{cls.__name__}.{field.name} = {shown(value)}"
    return None


# Objects already checked (or built by the library's own parsers): id -> a weak reference to
# the object, so a later call with the same object costs one lookup and the mark never keeps an
# object alive. A reference whose object died is never "checked" (the id may be reused) and is
# swept out once the table has doubled since the last sweep. Plain references, not a
# ``WeakValueDictionary``: its per-entry Python callback made marking the 50,000 exercises of a
# catalog file cost ~0.2 s; ``weakref.ref`` without a callback is one C call (and shared).
# A mark lost to a racing sweep only means one more check: marks are a cache.
_CHECKED: dict[int, weakref.ref[Any]] = {}
_SWEEP_AT = 1024
_sweep_at = _SWEEP_AT


def mark_checked(obj: T) -> T:
    """Record ``obj`` as valid (the library's parsers built it from validated data)."""
    global _sweep_at
    _CHECKED[id(obj)] = weakref.ref(obj)
    if len(_CHECKED) > _sweep_at:
        _sweep()
        _sweep_at = max(_SWEEP_AT, 2 * len(_CHECKED))
    return obj


def mark_all(objs: list[Any]) -> None:
    """:func:`mark_checked` of each of ``objs``, in C-level passes (a catalog file's 50,000
    exercises: a function call each was 5% of its load)."""
    global _sweep_at
    _CHECKED.update(zip(map(id, objs), map(weakref.ref, objs), strict=True))
    if len(_CHECKED) > _sweep_at:
        _sweep()
        _sweep_at = max(_SWEEP_AT, 2 * len(_CHECKED))


def _sweep() -> None:
    """Drop the marks of objects that no longer exist."""
    for key, ref in _CHECKED.copy().items():
        if ref() is None:
            _CHECKED.pop(key, None)


def is_checked(obj: object) -> bool:
    """Whether ``obj`` was checked before (or built by the library from validated data)."""
    ref = _CHECKED.get(id(obj))
    return ref is not None and obj is not None and ref() is obj


def attrs_object(obj: object, cls: type[T], name: str, *, mark: bool = True) -> T:
    """``obj`` if it is a ``cls`` whose fields (and nested objects) hold their declared types.

    Catches objects built by hand or with ``attrs.evolve`` with wrong field types (attrs does
    not check annotations), before the library trips over them.
    """
    if is_checked(obj):
        return obj  # type: ignore[return-value]
    instance(obj, cls, name)
    problem = _object_problem(obj)
    if problem is not None:
        raise RequestError(f"{name} is not a valid {cls.__name__}: {problem}", location=name)
    return mark_checked(obj) if mark else obj  # type: ignore[return-value]


def attrs_objects(items: object, cls: type[T], name: str) -> list[T]:
    """A list from an iterable (not a string or mapping) of valid ``cls`` objects."""
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, typing.Iterable):
        raise RequestError(
            f"{name} must be an iterable of {cls.__name__} objects, got {type_name(items)}", location=name
        )
    try:
        it = iter(items)
    except TypeError:  # iterable by type but not in fact (a 0-d NumPy array)
        raise RequestError(f"{name} must be an iterable of {cls.__name__} objects", location=name) from None
    # each item checked as it is read: an endless generator of strings is refused at its first
    # item, not read until memory runs out
    out: list[T] = []
    checked = _CHECKED.get
    for i, item in enumerate(it):
        ref = checked(id(item))
        if ref is None or ref() is not item:  # (is_checked, inline: a catalog passes 50,000)
            attrs_object(item, cls, f"{name}[{i}]")
        out.append(item)
    return out


# -- what the library hands out ---------------------------------------------------------------


class FrozenDict(dict):  # type: ignore[type-arg]
    """A read-only dict: what built-ins and results hand out, so a caller's edit cannot change
    a later call. Still a ``dict`` for ``json.dumps`` and ``isinstance`` checks, and it pickles
    (a ``types.MappingProxyType`` does not). Mutating it raises ``TypeError``."""

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> Any:
        raise TypeError("this mapping is read-only (shared by later calls); copy it with dict(...) to edit")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _refuse
    __ior__ = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (dict(self),))

    def __copy__(self) -> FrozenDict:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict:
        return self

    def __repr__(self) -> str:
        return dict.__repr__(self)

    def __hash__(self) -> int:  # type: ignore[override]
        # Read-only, so hashable like a frozenset of its items: the frozen results holding one
        # (a WeekSummary's sets by action) are hashable, as attrs.frozen promises.
        return hash(frozenset(dict.items(self)))


def frozen(value: Any) -> Any:
    """An attrs converter: a mapping becomes a :class:`FrozenDict` (other values pass through
    for the field's own check)."""
    if isinstance(value, FrozenDict) or not isinstance(value, Mapping):
        return value
    return FrozenDict(value)


# -- arguments of built-in subclasses ------------------------------------------------------------

_EXACT = frozenset({str, int, float, bool, bytes, type(None)})
#: How deep and how many values :func:`plain` copies (past either, values are left as they are:
#: the validators refuse what is too deep or too big).
_PLAIN_DEPTH = 128
_PLAIN_NODES = 1_000_000


def plain(value: Any) -> Any:
    """``value`` with every ``str``, ``int``, ``float``, ``list``, ``tuple``, ``dict``, ``set``
    and ``frozenset`` subclass inside replaced by the built-in type, read through the built-in
    type's own methods: a subclass whose ``__hash__``, ``__eq__``, ``strip``, ``__float__``,
    ``__iter__`` or ``__len__`` raises or lies cannot run inside the library (the validators
    then see plain values). Any other integer type (a :class:`numbers.Integral` such as
    ``numpy.int64``) becomes the ``int`` its ``__index__`` gives, any other real number type
    (``numpy.float32``) the ``float`` it holds - a bool stays a bool, for the validators to refuse
    where a number is wanted. Enumerations (the library's own) and other objects stay as they are;
    a structure without subclasses comes back as it was."""
    if not _has_subclass(value):  # the common case: a scan, no copy (about 20 us a program)
        return value
    budget = [_PLAIN_NODES]
    return _plain(value, 0, budget)


_BUILT_INS = (str, int, float, list, tuple, dict, set, frozenset)
#: What :func:`plain` replaces: the built-ins' subclasses and other number types.
_REPLACED = (*_BUILT_INS, numbers.Real)


def _has_subclass(value: Any) -> bool:
    """Whether ``value`` holds a subclass of a built-in type :func:`plain` replaces."""
    stack = [value]
    pop, extend = stack.pop, stack.extend
    budget = _PLAIN_NODES
    while stack:
        item = pop()
        kind = type(item)
        if kind in _EXACT:
            continue
        if kind is dict:
            extend(item.keys())
            extend(item.values())
        elif kind is list or kind is tuple:
            extend(item)
        elif isinstance(item, _REPLACED) and not isinstance(item, enum.Enum):
            return True
        budget -= 1
        if budget < 0:
            return False
    return False


def _plain(value: Any, depth: int, budget: list[int]) -> Any:
    kind = type(value)
    if kind in _EXACT or isinstance(value, enum.Enum):
        return value
    budget[0] -= 1
    if depth > _PLAIN_DEPTH or budget[0] < 0:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int.__int__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, numbers.Real):  # numpy.int64, numpy.float32, a Fraction: the int or float
        converted = real(value)
        return value if converted is None else converted
    if isinstance(value, dict):
        # the view reads the table itself (dict.copy of a subclass calls its own keys())
        entries = list(dict.items(value))
        pairs = [(_plain(k, depth + 1, budget), _plain(v, depth + 1, budget)) for k, v in entries]
        if kind is dict and all(k is a and v is b for (k, v), (a, b) in zip(entries, pairs, strict=False)):
            return value
        try:
            return dict(pairs)
        except TypeError:  # an unhashable key: the validators say so
            return value
    if isinstance(value, list):
        listed: list[Any] = value if kind is list else list.copy(value)
        out = [_plain(v, depth + 1, budget) for v in listed]
        return value if kind is list and all(a is b for a, b in zip(out, value, strict=False)) else out
    if isinstance(value, tuple):
        tupled: tuple[Any, ...] = value if kind is tuple else tuple.__getitem__(value, slice(None))
        out_t = tuple(_plain(v, depth + 1, budget) for v in tupled)
        return value if kind is tuple and all(a is b for a, b in zip(out_t, value, strict=False)) else out_t
    if isinstance(value, set | frozenset):
        copied: Any = frozenset.copy(value) if isinstance(value, frozenset) else set.copy(value)
        try:
            return type(copied)(_plain(v, depth + 1, budget) for v in copied)
        except TypeError:
            return value
    return value


#: A field annotation naming a scalar built-in (``int``, ``float``, ``str``, alone or inside).
_SCALAR_HINT = re.compile(r"\b(?:int|float|str)\b")


def plain_value(value: Any) -> Any:
    """An attrs converter: :func:`plain` of the value (an exact built-in at the cost of a type
    test), so an object built or evolved in Python cannot keep a ``str``, ``int`` or ``float``
    subclass whose ``__hash__``, comparisons or arithmetic raise or lie for the library to run
    into later, far from the call."""
    if type(value) in _EXACT:
        return value
    return plain(value)


def plain_fields(skip: str = "") -> Any:
    """An attrs ``field_transformer``: every field whose annotation names ``int``, ``float`` or
    ``str`` (alone, optional, in a tuple or a mapping) converts through :func:`plain_value`,
    before its own converter if it has one; ``skip``: a pattern of annotations left alone (a
    large internal mapping)."""
    skipped = re.compile(skip) if skip else None

    def transform(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
        out = []
        for f in fields:
            hint = str(f.type)
            if _SCALAR_HINT.search(hint) and not (skipped and skipped.search(hint)):
                own = f.converter
                if own is None:
                    f = f.evolve(converter=plain_value)
                elif callable(own) and not isinstance(own, attrs.Converter):
                    f = f.evolve(converter=_then(own))
            out.append(f)
        return out

    return transform


def _then(converter: Any) -> Any:
    def convert(value: Any) -> Any:
        return converter(plain_value(value))

    return convert


def plain_arguments(function: Any) -> Any:
    """``function`` taking its arguments through :func:`plain` (the public functions)."""

    if getattr(function, "__plain_arguments__", False):
        return function

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        return function(*map(plain, args), **{key: plain(value) for key, value in kwargs.items()})

    call.__plain_arguments__ = True  # type: ignore[attr-defined]
    return call


def _plain_method(function: Any) -> Any:
    """A method taking its arguments (not ``self`` or ``cls``) through :func:`plain`."""
    if getattr(function, "__plain_arguments__", False):  # wrapped already (a subclass, attrs)
        return function

    @functools.wraps(function)
    def call(owner: Any, /, *args: Any, **kwargs: Any) -> Any:
        for value in args:  # the common case, an exact str or number: one type check each
            if type(value) not in _EXACT:
                args = tuple(map(plain, args))
                break
        if kwargs:
            kwargs = {key: plain(value) for key, value in kwargs.items()}
        return function(owner, *args, **kwargs)

    call.__plain_arguments__ = True  # type: ignore[attr-defined]
    return call


def _takes_arguments(function: types.FunctionType) -> bool:
    """Whether a method takes an argument besides ``self``/``cls``."""
    code = function.__code__
    return code.co_argcount > 1 or code.co_kwonlyargcount > 0 or bool(code.co_flags & 0x0C)


def plain_subclass_methods(cls: type) -> None:
    """:func:`plain_methods` for a class as it is created (``__init_subclass__`` of the result
    mixins): the public methods that take arguments read them through :func:`plain`. A method
    using ``super()`` is left as it is - attrs rebuilds a slotted class and rebinds the class a
    method's ``super()`` reads, which it cannot do through a wrapper."""
    for name, member in list(vars(cls).items()):
        if name.startswith("_") and name not in _PLAIN_DUNDERS:
            continue
        function = member.__func__ if isinstance(member, classmethod | staticmethod) else member
        if (
            not isinstance(function, types.FunctionType)
            or getattr(function, "__plain_arguments__", False)
            or "__class__" in function.__code__.co_freevars
            or not _takes_arguments(function)
        ):
            continue
        if isinstance(member, classmethod):
            setattr(cls, name, classmethod(_plain_method(function)))
        elif isinstance(member, staticmethod):
            setattr(cls, name, staticmethod(plain_arguments(function)))
        else:
            setattr(cls, name, _plain_method(function))


#: Special methods whose argument a caller gives (``x in rules``): read through :func:`plain`.
_PLAIN_DUNDERS = frozenset({"__contains__"})


def plain_methods(cls: type[T]) -> type[T]:
    """A class decorator: every public method, class method and ``__contains__`` of ``cls``
    reads its arguments through :func:`plain`, as the public functions do
    (:func:`plain_arguments`): a ``str``, ``list`` or ``dict`` subclass whose ``__hash__``,
    ``__eq__``, ``__iter__`` or ``__len__`` raises or lies is read as the built-in it holds.
    Apply it above ``@attrs.frozen`` (attrs may build a new class)."""
    for name, member in list(vars(cls).items()):
        if name.startswith("_") and name not in _PLAIN_DUNDERS:
            continue
        if isinstance(member, classmethod):
            setattr(cls, name, classmethod(_plain_method(member.__func__)))
        elif isinstance(member, staticmethod):
            setattr(cls, name, staticmethod(plain_arguments(member.__func__)))
        elif isinstance(member, types.FunctionType):
            setattr(cls, name, _plain_method(member))
    return cls
