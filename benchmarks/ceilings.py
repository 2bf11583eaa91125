"""Every documented input limit, reached: the input just at the limit and just over it.

Each ceiling builds its two inputs (files in a temporary folder) and times the library's work
on them: the input at the limit must be handled (accepted, or refused by another check) and the
one over it refused with ``InputLimitError``, each within 2 CPU-seconds and 200 MB. The tests
(``tests/robustness/test_ceilings.py``, marked ``slow``) assert this; ``python -m benchmarks --only
ceilings`` prints the times.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import hamstring_rules as hr
from hamstring_rules import catalog as catalog_module
from hamstring_rules import program as program_module
from hamstring_rules import rules as rules_module
from hamstring_rules._files import MAX_ALIASES, MAX_DEPTH

BUDGET_S = 2.0
BUDGET_MB = 200.0
NAMES = ("RDL", "Nordic curl", "Back squat", "Lying leg curl", "Good morning", "Hip thrust")


def _entries(n: int, offset: int = 0) -> list[dict[str, Any]]:
    return [{"exercise": NAMES[(i + offset) % 6], "sets": 3, "reps": "8-10"} for i in range(n)]


def _week(sessions: int, exercises: int) -> dict[str, Any]:
    return {
        "sessions": [
            {"name": f"S{s}", "day": s % 7 + 1, "exercises": _entries(exercises, s)} for s in range(sessions)
        ]
    }


def _program_of_bytes(size: int) -> str:
    """Compact JSON of full weeks (21 x 60 entries) padded to exactly ``size`` bytes."""
    week = json.dumps(_week(21, 60), separators=(",", ":"))
    head, tail = '{"name":"max","weeks":[', "]}"
    count = (size - len(head) - len(tail)) // (len(week) + 1)
    text = head + ",".join([week] * count) + tail
    return text + " " * (size - len(text))


def _counts(weeks: int = 1, sessions: int = 1, exercises: int = 1, text: int = 0) -> str:
    data = {"name": "counts", "weeks": [_week(sessions, exercises) for _ in range(weeks)]}
    if text:
        data["weeks"][0]["sessions"][0]["exercises"][0]["exercise"] = "r" * text
    return json.dumps(data)


def _distinct_names(n: int) -> str:
    """A program of ``n`` distinct unknown exercise names (each one a resolver search)."""
    letters = "bcdfghjklmnpqrstvwxz"

    def word(i: int) -> str:
        return "".join(letters[(i // 20**k) % 20] for k in range(4))

    per_session = program_module.MAX_EXERCISES
    weeks, sessions = [], []
    for start in range(0, n, per_session):
        entries = [
            {"exercise": f"zz {word(i)} {word(i * 7)}", "sets": 3, "reps": 8}
            for i in range(start, min(n, start + per_session))
        ]
        sessions.append({"name": f"S{len(sessions)}", "exercises": entries})
        if len(sessions) == program_module.MAX_SESSIONS:
            weeks.append({"sessions": sessions})
            sessions = []
    if sessions:
        weeks.append({"sessions": sessions})
    return json.dumps({"name": "names", "weeks": weeks})


def _aliases(n: int) -> str:
    first = "name: p\nsessions:\n  - &s {name: A, exercises: [{exercise: RDL, sets: 3, reps: 8}]}\n"
    rows = [", ".join(["*s"] * min(100, n - i)) for i in range(0, n, 100)]  # lists of 100: under 104
    return first + "unknown: [" + ", ".join(f"[{row}]" for row in rows) + "]\n"


def _nested(depth: int) -> str:
    return "name: p\nunknown: " + "[" * (depth - 1) + "]" * (depth - 1) + "\n"


def _expanded(levels: int) -> str:
    lines = ["a0: &a0 [" + ", ".join(["x"] * 100) + "]"]
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 100) + "]")
    return "\n".join(lines) + f"\nname: p\nsessions: *a{levels}\n"


def _rules(n: int) -> str:
    rule = {"symbol": "x", "rationale": "r", "source": "s", "effect": {"score": 1}}
    return json.dumps({"rule": [{**rule, "id": f"X{i}"} for i in range(n)]})


_CATALOG_DROP = {"id", "name", "aliases", "cues", "pitfalls", "sources", "region", "region_reason"}


def _repeated_catalog(n: int) -> str:
    """A catalog of ``n`` exercises: the built-in ones (so "RDL" is in it), then copies of their
    attributes under new ids and names (the text lists left out): only 96 kinds of entry, which
    the loader copies (an extra case; :func:`_catalog` is the worst one). About 12 MB."""
    builtin = hr.Catalog.builtin().to_records()
    copies = [{k: v for k, v in r.items() if k not in _CATALOG_DROP and _written(k, v)} for r in builtin]
    extra = [
        {"id": f"x{i}", "name": f"{builtin[i % len(builtin)]['name']} {i}", **copies[i % len(copies)]}
        for i in range(n - len(builtin))
    ]
    return json.dumps({"exercise": builtin + extra}, separators=(",", ":"))


_REQUIRED = {
    "primary_action", "knee", "hip_flexion", "hamstring_length",
    "load_position", "start_position", "laterality", "kind",
}  # fmt: skip
_DEFAULTS = {
    "modality": "strength", "ballistic": False, "isometric": False, "eccentric_only": False,
    "tendon_compression": "low", "spinal_load": "low", "systemic_fatigue": "low", "grip_demand": "low",
}  # fmt: skip


def _written(key: str, value: object) -> bool:
    """Whether an export writes this attribute (not an empty list, null or the default)."""
    return value not in ([], None) and _DEFAULTS.get(key) != value


#: Multipliers picking each attribute's value from a different built-in exercise (coprime with
#: 96), so the entries' attribute sets are mixed, not the built-ins' 96 repeated.
_MIX = (1, 5, 7, 11, 13, 17, 19, 23, 25, 29, 31, 35, 37, 41, 43, 47, 49, 53, 55, 59, 61, 65, 67, 71)


def _catalog(n: int, size: int = catalog_module.MAX_CATALOG_BYTES - 1024) -> str:
    """The worst realistic catalog of ``n`` exercises, about ``size`` bytes of compact JSON: the
    built-in ones (so "RDL" is in it), then ``n - 96`` entries each distinct - its own id, name,
    aliases, cues, pitfalls and sources (text padded so the file is near ``size``), each
    attribute's value taken from a different built-in exercise (mixed joint actions, positions,
    equipment sets), some optional attributes written and others not (shapes vary), an article
    rank on some. (At the count limit the byte limit leaves ~420 bytes an entry: the required
    attributes, a few optional ones and a short text in each list.)"""
    builtin = hr.Catalog.builtin().to_records()
    attrs_ = [k for k in builtin[0] if k not in _CATALOG_DROP and k != "article_rank"]
    kinds = len(builtin)

    def entry(i: int, pad: str) -> dict[str, Any]:
        name = f"{builtin[i % kinds]['name']} {i}"
        out: dict[str, Any] = {"id": f"x{i}", "name": name, "aliases": [f"a{i}{pad}"]}
        for j, key in enumerate(attrs_):
            value = builtin[(i * _MIX[j % len(_MIX)] + (i // kinds) * (j + 1) + j) % kinds][key]
            if key in _REQUIRED or ((i + j) % 5 == 0 and _written(key, value)):
                out[key] = value
        if i % 3 == 0:
            out["article_rank"] = i % 40 + 1
        out["cues"] = [f"c{i}{pad}"]
        out["pitfalls"] = [f"p{i}{pad}"]
        out["sources"] = [f"s{i}{pad}"]
        return out

    extra = n - kinds
    bare = len(
        json.dumps({"exercise": builtin + [entry(i, "") for i in range(extra)]}, separators=(",", ":"))
    )
    pad = "." * max(0, (size - bare) // max(1, 4 * extra))
    return json.dumps({"exercise": builtin + [entry(i, pad) for i in range(extra)]}, separators=(",", ":"))


def _toml(data: dict[str, Any]) -> str:
    """``{"exercise": [...]}`` as TOML (an array of tables; JSON's string escapes are TOML's)."""
    out = []
    for entry in data["exercise"]:
        out.append("[[exercise]]")
        out += [f"{k} = {json.dumps(v)}" for k, v in entry.items() if v is not None]
    return "\n".join(out) + "\n"


def _text_catalog(fmt: str, size: int) -> str:
    """A YAML (block style, as a dump writes it) or TOML catalog of distinct entries
    (:func:`_catalog`'s), as many as fit in ``size`` bytes, then padded with a comment to
    exactly ``size`` bytes."""
    import yaml

    entries = json.loads(_catalog(5000, size=0))["exercise"]
    head = "" if fmt == "toml" else "exercise:\n"  # a dump of {"exercise": [...]}, entry by entry
    parts, used = [head], len(head) + 3
    for entry in entries:
        part = _toml({"exercise": [entry]}) if fmt == "toml" else yaml.safe_dump([entry], sort_keys=False)
        used += len(part.encode("utf-8"))
        if used > size:
            break
        parts.append(part)
    body = "".join(parts)
    return body + "#" + "x" * (size - len(body.encode("utf-8")) - 2) + "\n"


def _dense(fmt: str, values: int) -> str:
    """A YAML or TOML file of ``values`` tiny values (lists of 1,000 ones): the most parsing a
    byte can cost (as a catalog: refused, not a list of tables)."""
    rows = [min(1000, values - i) for i in range(0, values, 1000)]
    if fmt == "toml":  # each value after a comma: ``values`` commas and line ends
        return "exercise = [" + ",".join("[" + ",".join(["1"] * k) + "]" for k in rows) + "]\n"
    return "exercise: [" + ", ".join("[" + ",".join(["1"] * k) + "]" for k in rows) + "]\n"


_APP_NAMES = ["Romanian Deadlift (Barbell)", "Lying Leg Curl (Machine)", "Squat (Barbell)", "Seated Leg Curl"]
_APP_WORDS = ["", "Paused", "Tempo", "Single Leg", "Deficit", "Banded"]


def _app_names(n: int) -> list[str]:
    """``n`` distinct names as an app's exercise database has them: known movements with
    variant words and a numbered suffix (each one a grammar parse)."""
    return [f"{_APP_NAMES[i % 4]} {_APP_WORDS[i % 6]} v{i}" for i in range(n)]


_HEVY = (
    '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes",'
    '"set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"'
)


def _hevy_log(weeks: int = 1, names: int = 1) -> str:
    """A Hevy (kg) export: one workout a week for ``weeks`` weeks, then ``names`` distinct
    exercise names (one set each) in the last workout."""
    import datetime as dt

    start = dt.datetime(1975, 1, 6, 7, 30)
    rows = [_HEVY]
    for w in range(weeks):
        when = (start + dt.timedelta(weeks=w)).strftime("%d %b %Y, %H:%M")
        count = names if w == weeks - 1 else 1
        rows += [
            f'"Legs","{when}","{when}","","{"Romanian Deadlift (Barbell)" if i == 0 else f"Move {i}"}",'
            f',"",{i},"normal",100,8,,,'
            for i in range(count)
        ]
    return "\n".join(rows) + "\n"


def _map(n: int) -> Callable[[], object]:
    return lambda: hr.Catalog.builtin().map_names(_app_names(n))


def _aliased_check(n: int) -> Callable[[], object]:
    """Read ``n`` reviewed aliases into the catalog, then check a program that uses one."""
    names = _app_names(n)
    entry = {"exercise": names[0], "sets": 3, "reps": 8}
    program = {"name": "p", "sessions": [{"name": "A", "exercises": [entry]}]}

    def call() -> object:
        catalog = hr.Catalog.builtin().with_aliases(dict.fromkeys(names, "romanian_deadlift"))
        return hr.check(program, catalog=catalog)

    return call


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


Build = Callable[[Path], Callable[[], object]]


def _load(path: Path) -> Callable[[], object]:
    """The timed call: loading the catalog file (written before, not timed: making the 18 MB
    of JSON took about 0.5 s of what this ceiling measured)."""
    return lambda: hr.Catalog.from_file(path)


def _explain_loaded(path: Path) -> Callable[[], object]:
    """Load the catalog (not timed; its memory counts), then the timed call: the first explain
    of an exercise in it, which ranks the whole catalog for every goal and stage."""
    catalog = hr.Catalog.from_file(path)
    return lambda: hr.explain("RDL", catalog=catalog)


#: name -> (what it limits, the call at the limit, the call over it - None when that is another
#: ceiling's)
CEILINGS: dict[str, tuple[str, Build, Build | None]] = {
    "program_bytes": (
        f"program file of {program_module.MAX_PROGRAM_BYTES:,} bytes (checked)",
        lambda d: lambda: hr.check(_write(d, "at.json", _program_of_bytes(program_module.MAX_PROGRAM_BYTES))),
        lambda d: (
            lambda: hr.check(_write(d, "over.json", _program_of_bytes(program_module.MAX_PROGRAM_BYTES + 1)))
        ),
    ),
    "weeks": (
        f"{program_module.MAX_WEEKS} weeks",
        lambda d: lambda: hr.check(_write(d, "at.json", _counts(weeks=program_module.MAX_WEEKS))),
        lambda d: lambda: hr.check(_write(d, "over.json", _counts(weeks=program_module.MAX_WEEKS + 1))),
    ),
    "sessions": (
        f"{program_module.MAX_SESSIONS} sessions a week",
        lambda d: lambda: hr.check(_write(d, "at.json", _counts(sessions=program_module.MAX_SESSIONS))),
        lambda d: lambda: hr.check(_write(d, "over.json", _counts(sessions=program_module.MAX_SESSIONS + 1))),
    ),
    "exercises": (
        f"{program_module.MAX_EXERCISES} exercises a session",
        lambda d: lambda: hr.check(_write(d, "at.json", _counts(exercises=program_module.MAX_EXERCISES))),
        lambda d: (
            lambda: hr.check(_write(d, "over.json", _counts(exercises=program_module.MAX_EXERCISES + 1)))
        ),
    ),
    "text": (
        f"names of {program_module.MAX_TEXT} characters",
        lambda d: lambda: hr.check(_write(d, "at.json", _counts(text=program_module.MAX_TEXT))),
        lambda d: lambda: hr.check(_write(d, "over.json", _counts(text=program_module.MAX_TEXT + 1))),
    ),
    "distinct_names": (
        f"{program_module.MAX_NAMES:,} distinct unknown exercise names",
        lambda d: lambda: hr.check(_write(d, "at.json", _distinct_names(program_module.MAX_NAMES))),
        lambda d: lambda: hr.check(_write(d, "over.json", _distinct_names(program_module.MAX_NAMES + 1))),
    ),
    "yaml_aliases": (
        f"{MAX_ALIASES:,} YAML aliases",
        lambda d: lambda: hr.check(_write(d, "at.yaml", _aliases(MAX_ALIASES - 1))),
        lambda d: lambda: hr.check(_write(d, "over.yaml", _aliases(MAX_ALIASES + 1))),
    ),
    "nesting": (
        f"{MAX_DEPTH} levels of nesting",
        lambda d: lambda: hr.check(_write(d, "at.yaml", _nested(MAX_DEPTH))),
        lambda d: lambda: hr.check(_write(d, "over.yaml", _nested(MAX_DEPTH + 1))),
    ),
    "expanded_values": (
        "10,000,000 values once aliases are expanded (billion laughs)",
        lambda d: lambda: hr.check(_write(d, "at.yaml", _expanded(2))),
        lambda d: lambda: hr.check(_write(d, "over.yaml", _expanded(4))),
    ),
    "rules": (
        f"{rules_module.MAX_RULES:,} rules in a pack",
        lambda d: lambda: hr.RuleSet.from_file(_write(d, "at.json", _rules(rules_module.MAX_RULES))),
        lambda d: lambda: hr.RuleSet.from_file(_write(d, "over.json", _rules(rules_module.MAX_RULES + 1))),
    ),
    "catalog_exercises": (
        f"{catalog_module.MAX_EXERCISES:,} distinct exercises in a catalog (20 MiB, loaded)",
        lambda d: _load(_write(d, "at.json", _catalog(catalog_module.MAX_EXERCISES))),
        lambda d: _load(_write(d, "over.json", _catalog(catalog_module.MAX_EXERCISES + 1))),
    ),
    "catalog_repeated": (
        f"{catalog_module.MAX_EXERCISES:,} exercises of 96 kinds (loaded; an extra case)",
        lambda d: _load(_write(d, "at.json", _repeated_catalog(catalog_module.MAX_EXERCISES))),
        None,  # one over: catalog_exercises
    ),
    "catalog_yaml_bytes": (
        f"YAML catalog of {catalog_module.MAX_TEXT_CATALOG_BYTES:,} bytes (distinct entries, loaded)",
        lambda d: _load(_write(d, "at.yaml", _text_catalog("yaml", catalog_module.MAX_TEXT_CATALOG_BYTES))),
        lambda d: _load(
            _write(d, "over.yaml", _text_catalog("yaml", catalog_module.MAX_TEXT_CATALOG_BYTES + 1))
        ),
    ),
    "catalog_toml_bytes": (
        f"TOML catalog of {catalog_module.MAX_TEXT_CATALOG_BYTES:,} bytes (distinct entries, loaded)",
        lambda d: _load(_write(d, "at.toml", _text_catalog("toml", catalog_module.MAX_TEXT_CATALOG_BYTES))),
        lambda d: _load(
            _write(d, "over.toml", _text_catalog("toml", catalog_module.MAX_TEXT_CATALOG_BYTES + 1))
        ),
    ),
    "catalog_yaml_values": (
        f"YAML catalog of {catalog_module.MAX_TEXT_CATALOG_VALUES:,} values (dense [1,1,...], at: 200 fewer)",
        lambda d: _load(_write(d, "at.yaml", _dense("yaml", catalog_module.MAX_TEXT_CATALOG_VALUES - 200))),
        lambda d: _load(_write(d, "over.yaml", _dense("yaml", catalog_module.MAX_TEXT_CATALOG_VALUES + 1))),
    ),
    "catalog_toml_values": (
        f"TOML catalog of {catalog_module.MAX_TEXT_CATALOG_VALUES:,} values (dense [1,1,...], at: 200 fewer)",
        lambda d: _load(_write(d, "at.toml", _dense("toml", catalog_module.MAX_TEXT_CATALOG_VALUES - 200))),
        lambda d: _load(_write(d, "over.toml", _dense("toml", catalog_module.MAX_TEXT_CATALOG_VALUES + 1))),
    ),
    "catalog_explain": (
        f"explain('RDL') in a catalog of {catalog_module.MAX_EXERCISES:,} distinct exercises (first call)",
        lambda d: _explain_loaded(_write(d, "at.json", _catalog(catalog_module.MAX_EXERCISES))),
        None,  # one over the limit is refused on loading: catalog_exercises
    ),
    "catalog_explain_repeated": (
        f"explain('RDL') in a catalog of {catalog_module.MAX_EXERCISES:,} exercises of 96 kinds",
        lambda d: _explain_loaded(_write(d, "at.json", _repeated_catalog(catalog_module.MAX_EXERCISES))),
        None,
    ),
    "mapped_names": (
        f"{catalog_module.MAX_MAPPED_NAMES:,} names given to map_names (an app's database)",
        lambda d: _map(catalog_module.MAX_MAPPED_NAMES),
        lambda d: _map(catalog_module.MAX_MAPPED_NAMES + 1),
    ),
    "alias_names": (
        f"{catalog_module.MAX_EXERCISES:,} reviewed aliases (with_aliases, then a check)",
        lambda d: _aliased_check(catalog_module.MAX_EXERCISES),
        lambda d: _aliased_check(catalog_module.MAX_EXERCISES + 1),
    ),
    "log_weeks": (
        f"{program_module.MAX_LOG_WEEKS:,} ISO weeks in a workout log (check of the export)",
        lambda d: lambda: hr.check(_write(d, "at.csv", _hevy_log(weeks=program_module.MAX_LOG_WEEKS))),
        lambda d: lambda: hr.check(_write(d, "over.csv", _hevy_log(weeks=program_module.MAX_LOG_WEEKS + 1))),
    ),
    "log_names": (
        f"{program_module.MAX_LOG_NAMES:,} distinct exercise names in a workout log",
        lambda d: lambda: hr.check(_write(d, "at.csv", _hevy_log(names=program_module.MAX_LOG_NAMES))),
        lambda d: lambda: hr.check(_write(d, "over.csv", _hevy_log(names=program_module.MAX_LOG_NAMES + 1))),
    ),
    "name_length": (
        f"exercise names of {catalog_module.MAX_NAME_LENGTH} characters",
        lambda d: lambda: hr.Catalog.builtin().classify("r" * catalog_module.MAX_NAME_LENGTH),
        lambda d: lambda: hr.Catalog.builtin().classify("r" * (catalog_module.MAX_NAME_LENGTH + 1)),
    ),
}


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def _peak_mb() -> float:
    """This process's peak resident memory: ``VmHWM`` belongs to its own address space, while
    ``ru_maxrss`` keeps, on Linux, the high-water mark of the parent it was forked from (a test
    runner of 300 MB made every ceiling read 264 MB)."""
    try:
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) / 1e3 for line in fh if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def _child(name: str, sides: str, folder: str) -> None:
    """In a fresh process: warm up, then each side's call; print its CPU seconds, peak MB above
    the warmed-up process (an upper bound for the second side) and the outcome's type."""
    hr.check(
        {"name": "w", "sessions": [{"name": "A", "exercises": [{"exercise": "RDL", "sets": 1, "reps": 5}]}]}
    )
    _, at, over = CEILINGS[name]
    base = _rss_mb()
    out = {}
    outcome: object = None
    for side in sides.split(","):
        build = at if side == "at" else over
        assert build is not None, f"{name} has no over side"
        outcome = None  # the other side's result freed: its memory is not this side's
        call = build(Path(folder))
        start = time.process_time()
        try:
            outcome = call()
        except hr.HamstringRulesError as exc:
            outcome = exc
        seconds = time.process_time() - start
        peak = _peak_mb() - base
        out[side] = (seconds, max(peak, 0.0), type(outcome).__name__)
    print(json.dumps(out))


def measure(name: str, folder: Path, sides: str | None = None) -> dict[str, tuple[float, float, str]]:
    """Side -> (CPU seconds, peak MB, outcome type name) of a ceiling, in a fresh process (so
    memory is the library's alone and caches are cold); ``sides`` by default every one it has."""
    if sides is None:
        sides = "at" if CEILINGS[name][2] is None else "at,over"
    code = f"from benchmarks.ceilings import _child; _child({name!r}, {sides!r}, {str(folder)!r})"
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True, cwd=root
    )
    data: dict[str, tuple[float, float, str]] = json.loads(proc.stdout.strip().splitlines()[-1])
    return data


def run(folder: Path, names: list[str] | None = None) -> dict[str, Any]:
    """Time every ceiling (at and over the limit); prints one line each."""
    out: dict[str, Any] = {}
    for name, (what, _, _) in CEILINGS.items():
        if names is not None and name not in names:
            continue
        sides = measure(name, folder)
        (at_s, at_mb, at_outcome), (over_s, over_mb, over_outcome) = (
            sides["at"],
            sides.get("over", (0, 0, "-")),
        )
        out[f"ceiling_{name}_s"] = round(max(at_s, over_s), 3)
        out[f"ceiling_{name}_mb"] = round(max(at_mb, over_mb), 1)
        print(
            f"  {what:58} at: {at_s:6.3f} s {at_mb:6.1f} MB {at_outcome:16} "
            f"over: {over_s:6.3f} s {over_mb:6.1f} MB {over_outcome}"
        )
    return out
