"""``explain()``: ruff-style docs for a check code, an exercise's profile, or a rule."""

from __future__ import annotations

import difflib
import re
import shlex
import textwrap
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from typing import Any

import attrs

from .catalog import Catalog
from .errors import UnknownCodeError, one_line
from .exercises import Exercise
from .rules import Goal, Rule, RuleSet

__all__ = ["explain", "explain_data"]


_WIDTH: ContextVar[int] = ContextVar("explain_width", default=92)  # one call's wrap width


def _wrap(text: str, indent: str = "  ") -> str:
    width = _WIDTH.get()
    return "\n".join(
        textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent) for p in text.split("\n")
    )


def _one(text: str) -> str:
    """A catalog's one-line value (a name, cue, source) escaped onto one line, uncut."""
    return one_line(text, len(text))


def _bullet(text: str) -> str:
    return textwrap.fill(text, _WIDTH.get(), initial_indent="  - ", subsequent_indent="    ")


def _range(rule: Rule, param: str) -> str:
    """A param's valid range as said beside it: ``0-200``, or ``0 up`` without a top."""
    low, high = rule.param_range(param)
    return f"{low:g}-{high:g}" if high < 1e15 else f"{low:g} up"


def _check_doc(code: str, rules: RuleSet) -> str:
    group = [r for r in rules if r.effect.kind == "finding" and r.code == code]
    main = next((r for r in group if r.id == code), group[0])
    lines = [f"{code} ({main.symbol})", ""]
    doc = main.doc
    for title, key in (
        ("What it does", "what"),
        ("Why it matters", "why"),
        ("Applies to", "applies"),
        ("Example", "example"),
        ("Instead", "instead"),
    ):
        if key in doc:
            lines += [title, _wrap(doc[key]), ""]
    lines.append("Severity and scope")
    for rule in group:
        sev = rule.effect.severity
        by_goal = ", ".join(f"{g}: {s}" for g, s in sorted(rule.effect.severity_by_goal.items()))
        goals = "all goals" if "*" in rule.goals else ", ".join(rule.goals)
        params = ", ".join(f"{k} = {v:g} ({_range(rule, k)})" for k, v in sorted(rule.params.items()))
        lines.append(
            f"  rule {rule.id}: {sev}" + (f" ({by_goal})" if by_goal else "") + f"; {goals}; "
            f"checked per {rule.scope}" + (f"; parameters: {params}" if params else "")
        )
        lines.append(_wrap(f"when {rule.when.describe()}", "    "))
    lines += ["", "Rationale", _wrap(main.rationale), "", "References", _wrap(main.source)]
    if main.params:
        example = ", ".join(f'"{k}": {v:g}' for k, v in sorted(main.params.items()))
        flags = " ".join(f"--param {main.id}.{k}={v:g}" for k, v in sorted(main.params.items()))
        lines += [
            "",
            "Configure",
            f'  check(..., params={{"{main.id}": {{{example}}}}})',
            f"  hamstring-rules check PROGRAM {flags}",
        ]
    return "\n".join(lines)


def _plan_notes() -> Mapping[str, Mapping[str, str]]:
    """The notes a plan can carry (``data/plans.toml`` ``[note.PL00N]``), and fix()'s own
    finding (``FX001``: ``_fixers.OWN_DOCS``), explained alike."""
    from ._data import builtin_data
    from ._fixers import OWN_DOCS

    notes: Mapping[str, Mapping[str, str]] = builtin_data()["plans.toml"].get("note", {})
    return {**notes, **OWN_DOCS}


def _note_doc(code: str, notes: Mapping[str, Mapping[str, str]]) -> str:
    """A plan note's page, or fix()'s own finding's."""
    from ._fixers import OWN_DOCS

    if code in OWN_DOCS:
        return _plan_note_doc(code, notes[code], "A fix() finding (check --fix lists one it could not fix).")
    return _plan_note_doc(code, notes[code])


def _plan_note_doc(
    code: str,
    note: Mapping[str, str],
    kind: str = "A plan() note (plan --format text lists them under the table).",
) -> str:
    """``PL003 (left-out-for-time)``: what it says, why, its message and suggestion (the
    placeholders in braces are the plan's values)."""
    lines = [f"{code} ({note['symbol']})", "", kind, ""]
    for title, key in (("What it says", "what"), ("Why it matters", "why")):
        if key in note:
            lines += [title, _wrap(note[key]), ""]
    lines += ["Severity", f"  {note['severity']}", "", "Message", _wrap(note["message"])]
    if note.get("suggestion"):
        lines += ["", "Suggestion", _wrap(note["suggestion"])]
    return "\n".join(lines)


def _rule_doc(rule: Rule) -> str:
    goals = "all goals" if "*" in rule.goals else ", ".join(rule.goals)
    lines = [
        f"{rule.id} ({rule.symbol})",
        "",
        f"  scope:     {rule.scope}",
        f"  goals:     {goals}",
        f"  salience:  {rule.salience}",
        "",
        "Condition",
        _wrap(rule.when.describe()),
        "",
        "Effect",
    ]
    effect = rule.effect
    if effect.kind == "score":
        lines.append(f"  score {effect.score:+g}")
    elif effect.kind == "prescribe":
        lines += [f"  {k}: {v}" for k, v in effect.prescription.items()]
    elif effect.kind == "finding":
        lines.append(f"  finding ({effect.severity}): {effect.text}")
    else:  # an exclusion of scope is written out_of_scope in the rule file, and shown so
        lines.append(f"  {'out_of_scope' if effect.out_of_scope else effect.kind}: {effect.text}")
    lines += ["", "Rationale", _wrap(rule.rationale), "", "Source", _wrap(rule.source)]
    if rule.params:
        lines += ["", "Parameters"] + [
            f"  {k} = {v:g} ({_range(rule, k)})" for k, v in sorted(rule.params.items())
        ]
    return "\n".join(lines)


def _exercise_doc(ex: Exercise, catalog: Catalog, rules: RuleSet) -> str:
    from ._recommend import placement

    lines = [f"{_one(ex.name)} ({_one(ex.id)})", ""]
    if ex.aliases:
        lines += [_wrap("also: " + ", ".join(_one(a) for a in ex.aliases)), ""]
    facts = ex.facts()
    skip = {"id", "name"}
    width = max(len(k) for k in facts)
    for key, value in facts.items():
        if key in skip:
            continue
        if isinstance(value, frozenset):
            value = ", ".join(sorted(str(v) for v in value)) or "-"
        lines.append(f"  {key.ljust(width)}  {'-' if value is None else value}")
    lines += ["", "Region", _wrap(ex.region_reason), ""]
    if ex.cues:
        lines += ["Cues"] + [_bullet(_one(c)) for c in ex.cues] + [""]
    if ex.pitfalls:
        lines += ["Pitfalls"] + [_bullet(_one(p)) for p in ex.pitfalls] + [""]
    lines.append("By goal")
    for goal in rules.goals:
        stages = sorted(goal.stages) if goal.staged else [None]
        for stage in stages:
            label = goal.id + (f" stage {stage}" if stage is not None else "")
            placed = placement(ex, goal, stage, catalog, rules)  # recommend()'s answer for ex alone
            if isinstance(placed, tuple):
                rec, ranked = placed
                lines.append(f"  {label}: #{rec.rank} of {ranked}, score {rec.score:g} ({rec.why()})")
            else:
                lines.append(f"  {label}: not recommended [{placed.rule}] {placed.reason}")
    lines += ["", "Sources", _wrap("; ".join(_one(s) for s in ex.sources))]
    return "\n".join(lines)


def explain(
    subject: str,
    *,
    catalog: Catalog | None = None,
    rules: RuleSet | None = None,
    width: int | None = None,
) -> str:
    """Explain a check code (``HR001``) or its symbol (``short-recovery``), a rule (``TI001``),
    a goal (``tie-in``) or an exercise (``RDL``).

    A check code gets ruff-style docs (what it does, why it matters, example, instead,
    references); a rule its condition, effect and source; an exercise its attributes and how
    each goal ranks it. Paragraphs wrap at ``width`` columns (default 92). Raises
    :class:`~hamstring_rules.UnknownCodeError` with suggestions.
    """
    from ._validate import integer

    width = integer(width, "width", minimum=1, maximum=10_000, optional=True)
    token = _WIDTH.set(92 if width is None else max(width, 40))
    try:  # what a catalog or rule pack wrote cannot drive a terminal: each line escaped
        return "\n".join(_one(line) for line in _explain(subject, catalog, rules).split("\n"))
    finally:
        _WIDTH.reset(token)


def _exact_rule(text: str, rules: RuleSet) -> bool:
    """Whether ``text`` is a check code or a rule id (case ignored): the spellings that always
    name a rule, whatever else they might name."""
    upper = text.upper()
    return any(upper in (r.id.upper(), r.code.upper()) for r in rules)


def _exact_goal(text: str, rules: RuleSet) -> Goal | None:
    """The goal whose id ``text`` is (case, ``-`` and spaces ignored, as goals are looked up), else
    ``None``: an alias is a name like an exercise's, an id is exact like a code."""
    goal = _goal_named(text, rules)
    key = "_".join("".join(c if c.isalnum() else " " for c in text.lower()).split())
    return goal if goal is not None and key == goal.id.lower() else None


def _named_exercise(text: str, catalog: Catalog) -> Exercise | None:
    """The catalog exercise ``text`` is the id, name or alias of; ``None`` for a name the
    catalog only reads (``parsed``, ``derived``: a phrase such as ``knee-flexion-leads``
    that happens to hold an exercise's words) or none."""
    if len(text) > 200:
        return None
    res = catalog.classify(text, suggest=False)
    return res.exercise if res.exercise is not None and res.how in ("name", "alias") else None


def _exercise_spelling(ex: Exercise, catalog: Catalog, rules: RuleSet) -> str | None:
    """A spelling ``explain`` takes to ``ex``'s page: its name, else its id or an alias that is
    no code, rule id, plan note code or goal id; ``None`` when every one is taken."""
    notes = _plan_notes()
    for spelling in (ex.name, ex.id, *ex.aliases):
        if (
            not _exact_rule(spelling, rules)
            and spelling.upper() not in notes
            and _exact_goal(spelling, rules) is None
            and _named_exercise(spelling, catalog) == ex
        ):
            return spelling
    return None


def _other_meanings(text: str, rules: RuleSet) -> list[str]:
    """What else a name an exercise holds (``Nordic``) names: a rule's symbol, a plan note's
    symbol, a goal's alias - each with the exact spelling (a code, a rule id, a note code, a
    goal id) that ``explain`` takes to it."""
    try:
        codes, named = rules.resolve(text)
    except UnknownCodeError:
        codes, named = (), ()
    symbol = named[0].symbol if named else ""
    found = [f"check {c} ({symbol}): hamstring-rules explain {shlex.quote(c)}" for c in codes] or [
        f"rule {r.id} ({r.symbol}): hamstring-rules explain {shlex.quote(r.id)}" for r in named
    ]
    notes = _plan_notes()
    found += [
        f"plan note {c} ({n['symbol']}): hamstring-rules explain {c}"
        for c, n in notes.items()
        if text.lower() == n["symbol"]
    ]
    goal = _goal_named(text, rules)
    if goal is not None:
        found.append(f"goal {goal.id}: hamstring-rules explain {shlex.quote(goal.id)}")
    return found


def _also(text: str, meanings: list[str]) -> str:
    """The first lines of a page whose subject names something else too: what, and how to ask."""
    if not meanings:
        return ""
    return f"{text!r} also names:\n" + "\n".join(f"  {m}" for m in meanings) + "\n\n"


def _goal_named(text: str, rules: RuleSet) -> Goal | None:
    """The goal ``text`` names by its id or an alias (``tie-in``), else ``None``."""
    from .errors import UnknownGoalError

    if len(text) > 200:
        return None
    try:
        return rules.goal(text)
    except UnknownGoalError:
        return None


def _goal_doc(goal: Goal, rules: RuleSet) -> str:
    """A goal: what it is, its stages and roles, the checks that judge a program for it, and
    the commands that use it."""
    lines = (
        [f"{goal.id} - {goal.name}", "", _wrap(goal.description)]
        if goal.description
        else [f"{goal.id} - {goal.name}"]
    )
    if goal.aliases:
        lines += ["", "Aliases", _wrap(", ".join(goal.aliases))]
    if goal.staged:
        lines += ["", f"Stages (pain above {goal.pain_limit:g}/10 steps back one)"]
        lines += [
            _wrap(f"{stage}{' (default)' if stage == goal.default_stage else ''}: {text}")
            for stage, text in sorted(goal.stages.items())
        ]
    if goal.roles:
        lines += ["", "Roles (a week's slots)"] + [_wrap(f"{r.name}: {r.description}") for r in goal.roles]
    checks = sorted({r.code for r in rules if r.effect.kind == "finding" and r.applies_to(goal.id)})
    if checks:
        lines += ["", "Checks", _wrap(", ".join(checks))]
    lines += [
        "",
        f"Rank exercises: hamstring-rules recommend --goal {goal.id}",
        f"Check a program: hamstring-rules check PROGRAM --goal {goal.id}",
        f"Plan a week: hamstring-rules plan --goal {goal.id}",
    ]
    if goal.source:
        lines += ["", "Sources", _wrap(goal.source)]
    return "\n".join(lines)


#: A page of ``explain``: its kind and what it documents - a check code (``check``), a rule
#: (``rule``), a plan note's or fix()'s own code (``note``), a goal, an exercise.
_Page = tuple[str, Any]


@attrs.frozen
class _Found:
    """What a subject names: its pages (several when a symbol names several codes), the other
    meanings a page's first lines list (``'Nordic' also names: ...``) and, for a name the
    catalog only reads (a phrase), how it was read."""

    pages: tuple[_Page, ...]
    also: tuple[str, ...] = ()
    read_as: str | None = None


def explain_data(
    subject: str, *, catalog: Catalog | None = None, rules: RuleSet | None = None
) -> dict[str, Any]:
    """What :func:`explain` says of ``subject``, as JSON-ready data (``explain --format json``):
    ``schema_version``, ``subject``, ``also`` (the other things the subject names, each with the
    spelling that explains it), ``read_as`` (how a phrase the catalog only reads was read, else
    ``None``), ``entries`` (one per page, each with its ``kind``: ``check``, ``rule``, ``note``,
    ``goal`` or ``exercise``, and that kind's fields) and ``text``, the page :func:`explain`
    prints. Fields are added, never renamed or removed (the other JSON outputs' contract).
    Raises as :func:`explain` does."""
    from .findings import SCHEMA_VERSION

    catalog, rules = _sources(catalog, rules)
    found = _find(subject, catalog, rules)
    return {
        "schema_version": SCHEMA_VERSION,
        "subject": subject,
        "also": list(found.also),
        "read_as": found.read_as,
        "entries": [_page_data(page, catalog, rules) for page in found.pages],
        "text": explain(subject, catalog=catalog, rules=rules),
    }


def _plain(value: object) -> Any:
    """A fact's value as JSON data: a set as a sorted list, an enumeration as its value."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, frozenset | set | tuple | list):
        return sorted(_plain(v) for v in value)
    return str(getattr(value, "value", value))


def _rule_data(rule: Rule) -> dict[str, Any]:
    """A rule as data: what ``explain RULE`` prints, field by field."""
    effect = rule.effect
    return {
        "id": rule.id,
        "symbol": rule.symbol,
        "code": rule.code,
        "scope": rule.scope,
        "goals": list(rule.goals),
        "salience": rule.salience,
        "when": rule.when.describe(),
        "effect": {
            "kind": "out_of_scope" if effect.out_of_scope else effect.kind,
            "describe": effect.describe(),
            "score": effect.score if effect.kind == "score" else None,
            "text": effect.text,
            "prescription": {k: _plain(v) for k, v in effect.prescription.items()},
            "severity": effect.severity or None,
            "severity_by_goal": dict(sorted(effect.severity_by_goal.items())),
            "suggestion": effect.suggestion or None,
            "fix": dict(effect.fix),
        },
        "params": {
            k: {"value": v, "range": list(rule.param_range(k))} for k, v in sorted(rule.params.items())
        },
        "rationale": rule.rationale,
        "source": rule.source,
    }


def _page_data(page: _Page, catalog: Catalog, rules: RuleSet) -> dict[str, Any]:
    kind, item = page
    if kind == "check":
        group = [r for r in rules if r.effect.kind == "finding" and r.code == item]
        main = next((r for r in group if r.id == item), group[0])
        return {
            "kind": "check",
            "code": item,
            "symbol": main.symbol,
            "doc": dict(main.doc),
            "rules": [_rule_data(r) for r in group],
            "rationale": main.rationale,
            "source": main.source,
        }
    if kind == "rule":
        return {"kind": "rule", **_rule_data(item)}
    if kind == "note":
        from ._fixers import OWN_DOCS

        note = _plan_notes()[item]
        return {
            "kind": "note",
            "code": item,
            "of": "fix" if item in OWN_DOCS else "plan",
            **{k: note.get(k) for k in ("symbol", "severity", "what", "why", "message", "suggestion")},
        }
    if kind == "goal":
        return _goal_data(item, rules)
    return _exercise_data(item, catalog, rules)


def _goal_data(goal: Goal, rules: RuleSet) -> dict[str, Any]:
    """A goal as data: the fields ``goals --format json`` gives, its roles, pain limit and checks."""
    return {
        "kind": "goal",
        "id": goal.id,
        "name": goal.name,
        "aliases": list(goal.aliases),
        "description": goal.description,
        "stages": {str(k): v for k, v in sorted(goal.stages.items())},
        "default_stage": goal.default_stage,
        "pain_limit": goal.pain_limit,
        "roles": [
            {"id": r.id, "name": r.name, "description": r.description, "source": r.source} for r in goal.roles
        ],
        "checks": sorted({r.code for r in rules if r.effect.kind == "finding" and r.applies_to(goal.id)}),
        "source": goal.source,
    }


def _exercise_data(ex: Exercise, catalog: Catalog, rules: RuleSet) -> dict[str, Any]:
    """An exercise as data: its facts, region reason, cues, pitfalls, sources and where each goal
    (and stage) ranks or excludes it - what its page says."""
    from ._recommend import placement

    by_goal: list[dict[str, Any]] = []
    for goal in rules.goals:
        for stage in sorted(goal.stages) if goal.staged else [None]:
            placed = placement(ex, goal, stage, catalog, rules)
            row: dict[str, Any] = {"goal": goal.id, "stage": stage}
            if isinstance(placed, tuple):
                rec, ranked = placed
                row |= {"rank": rec.rank, "ranked": ranked, "score": rec.score, "why": rec.why()}
                row |= {"rules": [r.id for r in rec.rules], "excluded": None}
            else:
                row |= {"rank": None, "ranked": None, "score": None, "why": None, "rules": []}
                row["excluded"] = {"rule": placed.rule, "kind": placed.kind, "reason": placed.reason}
            by_goal.append(row)
    facts = {k: _plain(v) for k, v in ex.facts().items() if k not in ("id", "name")}
    return {
        "kind": "exercise",
        "id": ex.id,
        "name": ex.name,
        "aliases": list(ex.aliases),
        "facts": facts,
        "region_reason": ex.region_reason,
        "cues": list(ex.cues),
        "pitfalls": list(ex.pitfalls),
        "by_goal": by_goal,
        "sources": list(ex.sources),
    }


def _explain(subject: str, catalog: Catalog | None, rules: RuleSet | None) -> str:
    catalog, rules = _sources(catalog, rules)
    found = _find(subject, catalog, rules)
    text = _also(subject.strip(), list(found.also))
    if found.read_as is not None:
        text += f"Read as: {found.read_as}\n\n"
    return text + "\n\n".join(_page_text(page, catalog, rules) for page in found.pages)


def _sources(catalog: Catalog | None, rules: RuleSet | None) -> tuple[Catalog, RuleSet]:
    from ._recommend import resolve_sources

    return resolve_sources(catalog, rules)


def _page_text(page: _Page, catalog: Catalog, rules: RuleSet) -> str:
    kind, item = page
    if kind == "check":
        return _check_doc(item, rules)
    if kind == "rule":
        return _rule_doc(item)
    if kind == "note":
        return _note_doc(item, _plan_notes())
    if kind == "goal":
        return _goal_doc(item, rules)
    return _exercise_doc(item, catalog, rules)


def _rule_pages(text: str, rules: RuleSet) -> tuple[_Page, ...]:
    """The check codes a code, rule id or symbol names (a symbol of several: each), else its rules."""
    check_codes, named = rules.resolve(text)
    return tuple(("check", c) for c in check_codes) if check_codes else tuple(("rule", r) for r in named)


def _find(subject: str, catalog: Catalog, rules: RuleSet) -> _Found:
    if not isinstance(subject, str):  # a wrong type, not an unknown code: the argument named
        from ._validate import got
        from .errors import RequestError

        raise RequestError(
            f"subject must be a str (a check code, rule id, goal or exercise name), got {got(subject)}",
            location="subject",
        )
    text = subject.strip()
    codes = {r.code for r in rules if r.effect.kind == "finding"}
    notes = _plan_notes()
    # Which meaning a subject gets, most exact first: a check code or rule id; a plan note's
    # code; a goal's id; then a name: an exercise's id, name or alias beats a rule's symbol, a
    # note's symbol and a goal's alias (a user typing "Glute bridge" means the exercise; the
    # page's first lines name the rule and the code that explains it); then those symbols and
    # aliases; last a name the catalog only reads (a phrase holding an exercise's words).
    exercise = _named_exercise(text, catalog)
    if _exact_rule(text, rules):
        also = []
        if exercise is not None and (spelling := _exercise_spelling(exercise, catalog, rules)):
            also.append(f"exercise {_one(exercise.name)}: hamstring-rules explain {shlex.quote(spelling)}")
        return _Found(_rule_pages(text, rules), tuple(also))
    note = next((c for c in notes if text.upper() == c), None)
    if note is not None:
        return _Found((("note", note),))
    goal = _exact_goal(text, rules)
    if goal is not None:
        return _Found((("goal", goal),))
    if exercise is not None:
        return _Found((("exercise", exercise),), tuple(_other_meanings(text, rules)))
    try:  # a symbol (the one resolver select/ignore/params use too)
        pages = _rule_pages(text, rules)
    except UnknownCodeError:
        pages = ()
    if pages:
        return _Found(pages)
    note = next((c for c, n in notes.items() if text.lower() == n["symbol"]), None)
    if note is not None:
        return _Found((("note", note),))
    goal = _goal_named(text, rules)
    if goal is not None:
        return _Found((("goal", goal),))
    res = catalog.classify(text) if len(text) <= 200 else None
    if res is not None and res.exercise is not None:
        read_as = None
        if res.how in ("parsed", "derived"):
            assumed = f"; assumed: {', '.join(res.assumed)}" if res.assumed else ""
            read_as = f"{res.describe()} ({res.how}{assumed})"
        return _Found((("exercise", res.exercise),), read_as=read_as)
    plan_names = set(notes) | {n["symbol"] for n in notes.values()}
    pool = sorted(
        codes | {r.id for r in rules} | {r.symbol for r in rules} | {e.name for e in catalog} | plan_names
    )
    close = difflib.get_close_matches(text, pool, n=3) if len(text) <= 200 else []
    if res is not None and res.suggestions:
        close = list(dict.fromkeys([*close, *res.suggestions]))[:3]
    # a code said with its number unpadded (HR1, pl15) is first: its letters and number match
    close = list(dict.fromkeys([*_same_number(text, [*codes, *(r.id for r in rules), *notes]), *close]))[:3]
    raise UnknownCodeError(text, candidates=close, location="subject")


def _same_number(text: str, codes: Iterable[str]) -> list[str]:
    """The codes with the letters and the number of ``text`` whatever their zeros (``HR1``:
    HR001), sorted."""
    said = re.fullmatch(r"([A-Za-z]+)[\s-]*0*(\d{1,6})", text)
    if said is None:
        return []
    letters, number = said[1].upper(), int(said[2])
    found = set()
    for code in codes:
        known = re.fullmatch(r"([A-Za-z]+)(\d+)", code)
        if known is not None and known[1].upper() == letters and int(known[2]) == number:
            found.add(code)
    return sorted(found)
