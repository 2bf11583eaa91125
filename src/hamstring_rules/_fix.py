"""``fix()``: repair a program the way ``ruff --fix`` repairs code.

A finding whose rule names a ``fix`` in ``data/checks.toml`` carries a :class:`~hamstring_rules.Fix`:
edits to the program file's data (move, insert, update) with an applicability. Which fixer
repairs which code, and how safe it is, is data; ``_fixers`` holds the fixers - one per kind of
edit, not one per code - and this module the loop that applies them:

1. check the program; take the first fixable finding (errors first, then by place);
2. apply its edits and check again;
3. keep the edit only if the finding is gone and no warning or error appeared that was not
   there before, nor anything as severe as the finding (:func:`bringing_limit`); when one
   would, try the fixer's next way (another session, another exercise: at most
   :data:`MAX_OPTIONS`), and drop the fix when none will do;
4. repeat until nothing applicable is left, at most :data:`MAX_ROUNDS` rounds (the same
   rule's fix in several weeks is one round).

So a fix never brings a warning or an error the program did not have; it may bring a note
(info) when it repairs a warning or an error - the second heavy hinge of a session (HR014's
note) or, once a hinge is there, the heavy-and-light pairing the week lacks (HR004) - and
:attr:`FixResult.brought` lists them.
"""

from __future__ import annotations

import json
import os
import re
import shlex
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import attrs

from ._fixers import FIXERS, apply_edits, attach_fixes, fix_spec
from ._program_file import ProgramText, load_program, read_program_file
from .findings import SEVERITY_ORDER, Edit, Finding, Fix, Report
from .program import Limits, Program

if TYPE_CHECKING:
    from ._check import CheckConfig
    from .catalog import Catalog
    from .errors import ProgramError
    from .exercises import Equipment, Exercise
    from .rules import RuleSet

__all__ = ["FIXERS", "MAX_ROUNDS", "FixResult", "fix"]

#: At most this many rounds of fixing one program, each followed by a re-check: a finding's fix
#: (with its follow-ups), or the same rule's fix in every week it is needed at once - so a
#: 52-week program whose weeks each miss a finisher is one round, not 52.
MAX_ROUNDS = 64
#: At most this many fixes are tried and dropped (each costs a re-check; a rule pack whose
#: finding fires on every entry, with a fix that does not clear it, made thousands of them).
MAX_DROPPED = 2 * MAX_ROUNDS
#: A fix dropped is tried again once the program has changed (a rename that would leave the
#: curls outnumbering a hinge the program lacks is fine once the hinge is added), at most this
#: many times in all: each try costs a re-check.
MAX_TRIES = 2
#: At most this many of a fixer's ways are tried for one finding (its first, then the others,
#: best first: each costs a re-check) when the ones before would bring a finding they must not.
MAX_OPTIONS = 4

#: The fixes a finding's fixer makes for a program (its file data, and its report: a plan by
#: stage's weeks say the stage each was judged at), best first: ``fix()``'s alternatives to a
#: finding's fix (``_fixers.fix_options``).
Options = Callable[[Mapping[str, Any], Finding, Report], Iterable[Fix]]


def bringing_limit(severity: str, rule: str = "") -> str:
    """The severity from which a fix of a ``severity`` finding may bring nothing new: a warning,
    or the finding's own severity when that is lower (a note's fix brings no note either). The
    swap of an exercise the caller left out (fix()'s own finding of ``rule``: the caller's
    request outranks the goal's advice) may bring a warning, never an error: a strain-prevention
    program whose Nordic the user cannot do loses it, and check's HR013 says no Nordic is left."""
    from ._fixers import OWN_FIXES

    if rule in OWN_FIXES:
        return "error"
    return severity if SEVERITY_ORDER[severity] > SEVERITY_ORDER["warning"] else "warning"


# -- the fix loop -------------------------------------------------------------------------------


def _key(f: Finding, name_rules: frozenset[str] = frozenset()) -> tuple[object, ...]:
    """A finding's identity across edits: positions move, names and sessions do not. A finding
    about a name as written (``name_rules``) sits at its first use, which edits can change. By
    rule, not code: a code's rules can differ in severity (HR006 warns below 48 h, HR006-article
    notes below 72 h), and fixing the warning may leave the note."""
    loc = f.location
    if f.rule in name_rules:
        return (f.rule, loc.exercise)
    return (f.rule, loc.week, loc.session, loc.exercise)


def _counts(findings: Iterable[Finding], name_rules: frozenset[str]) -> Counter[tuple[object, ...]]:
    """How many findings share each identity (:func:`_key`): an exercise written twice in a
    session has two findings of one key, and fixing one of them leaves one."""
    return Counter(_key(f, name_rules) for f in findings)


def introduced(
    before: Report, after: Report, severity: str, name_rules: frozenset[str] = frozenset()
) -> list[Finding]:
    """Findings of ``after`` at ``severity`` or above that ``before`` did not have (counted: a
    third finding of a key ``before`` had twice is new)."""
    old = _counts(before.findings, name_rules)
    rank = SEVERITY_ORDER[severity]
    new = []
    for f in after.findings:
        key = _key(f, name_rules)
        if old[key] > 0:
            old[key] -= 1
        elif SEVERITY_ORDER[f.severity] <= rank:
            new.append(f)
    return new


def _gone(before: Report, after: Report, targets: Iterable[Finding], name_rules: frozenset[str]) -> bool:
    """Whether ``after`` has fewer findings of each target's identity than ``before``, by at
    least as many as there are targets of it."""
    wanted = _counts(targets, name_rules)
    had, has = _counts(before.findings, name_rules), _counts(after.findings, name_rules)
    return all(has[key] <= had[key] - n for key, n in wanted.items())


class FixResult(tuple[Program, tuple[Fix, ...]]):
    """What :func:`fix` did: the repaired program, the fixes applied in order, and the reports
    before and after. Unpacks as ``program, fixes = hr.fix(...)``, typed (a pair of a
    :class:`Program` and a tuple of :class:`Fix`: review 2 R12 - ``__iter__`` gave ``Any``
    to both under mypy strict); immutable, and equal only to a FixResult with equal fields."""

    __match_args__ = (
        "program",
        "steps",
        "report",
        "before",
        "skipped",
        "fixed",
        "why_skipped",
        "brought",
        "unsafe_available",
    )

    steps: tuple[tuple[Fix, ...], ...]
    """The fixes applied, step by step: a finding's fix, then any follow-ups it needed."""
    report: Report
    before: Report
    skipped: tuple[Fix, ...]
    """Fixes dropped because they (and their fixer's other ways) would have brought a warning,
    an error or a finding as severe, or did not help; then, for each error left that none of
    those explains, its fix left unapplied (unsafe without ``unsafe=True``), or a fix of no
    edits titled ``No fix for CODE (symbol)`` when there is none (no fixer for the rule, or
    its fixer found no way): every error left is said, with why in :attr:`why_skipped`."""
    fixed: tuple[Finding, ...]
    """The finding each of :attr:`fixes` repaired, in the same order (empty for a result built
    without them)."""
    why_skipped: tuple[tuple[Finding, str], ...]
    """For each of :attr:`skipped`, in the same order: its finding and why it was dropped."""
    brought: tuple[tuple[Finding, ...], ...]
    """For each of :attr:`steps`, in the same order: the findings it brought that the program did
    not have - notes (info) only, less severe than the one it fixed (a fix that would bring a
    warning, an error or anything as severe tries the fixer's other ways, else is dropped), such
    as the heavy-and-light pairing (HR004) a week lacks once the hinge it missed is added."""
    unsafe_available: int | None
    """How many more fixes ``unsafe=True`` would apply to :attr:`program` (``fix(result.program,
    unsafe=True)``), found by running that pass: 0 for a result of ``unsafe=True``. ``None`` for
    a result built without it: :attr:`remaining_unsafe` then counts the findings left that carry
    an unsafe fix, some of which may compete for the same few replacements (review25 R12)."""

    def __new__(
        cls,
        program: Program,
        steps: Iterable[Iterable[Fix]],
        report: Report,
        before: Report,
        skipped: Iterable[Fix] = (),
        fixed: Iterable[Finding] = (),
        why_skipped: Iterable[tuple[Finding, str]] = (),
        brought: Iterable[Iterable[Finding]] = (),
        unsafe_available: int | None = None,
    ) -> FixResult:
        steps = tuple(tuple(step) for step in steps)
        self = super().__new__(cls, (program, tuple(f for step in steps for f in step)))
        for key, value in (
            ("steps", steps),
            ("report", report),
            ("before", before),
            ("skipped", tuple(skipped)),
            ("fixed", tuple(fixed)),
            ("why_skipped", tuple((finding, str(why)) for finding, why in why_skipped)),
            ("brought", tuple(tuple(step) for step in brought)),
            ("unsafe_available", unsafe_available),
        ):
            object.__setattr__(self, key, value)
        return self

    def __setattr__(self, key: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, key: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __reduce__(self) -> tuple[type[FixResult], tuple[Any, ...]]:
        return FixResult, self._fields()

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.program,
            self.steps,
            self.report,
            self.before,
            self.skipped,
            self.fixed,
            self.why_skipped,
            self.brought,
            self.unsafe_available,
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented if not isinstance(other, tuple) else False
        return self._fields() == other._fields()

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self) -> int:
        return hash(self._fields())

    @property
    def program(self) -> Program:
        """The repaired program."""
        return self[0]

    @property
    def fixes(self) -> tuple[Fix, ...]:
        """Every fix applied, in order."""
        return self[1]

    @property
    def remaining_unsafe(self) -> int:
        """How many more fixes ``unsafe=True`` would apply (:attr:`unsafe_available`): the unsafe
        fixes that would repair their finding and the follow-ups they need - never one that
        competes for a replacement another takes (a stage's few holds), so an app may offer
        ``--unsafe-fixes`` on it. A result built without the count: the findings left whose fix
        is unsafe."""
        if self.unsafe_available is not None:
            return self.unsafe_available
        return sum(1 for f in self.report.findings if f.fix is not None and f.fix.applicability == "unsafe")

    def to_dict(self) -> dict[str, Any]:
        return {
            "program": self.program.to_dict(),
            "fixes": [f.to_dict() for f in self.fixes],
            "skipped": [f.to_dict() for f in self.skipped],
            "fixed": [f.to_dict() for f in self.fixed],
            "why_skipped": [
                {"code": f.code, "location": str(f.location), "reason": why} for f, why in self.why_skipped
            ],
            "brought": [[f.to_dict() for f in step] for step in self.brought],
            "remaining_unsafe": self.remaining_unsafe,
            "report": self.report.to_dict(),
        }

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per fix applied, in order: its step (1-based) and whether it was a
        follow-up the step's fix needed, the finding it repaired (code, symbol, severity, where)
        and the fix (title, applicability, fixer, reason, role, number of edits); ``brought``,
        on a step's first row, the findings the step brought (``HR014 (warning)``, comma-separated)."""
        rows = []
        fixed = self.fixed if len(self.fixed) == len(self.fixes) else (None,) * len(self.fixes)
        brought = self.brought if len(self.brought) == len(self.steps) else ((),) * len(self.steps)
        n = 0
        for number, (step, new) in enumerate(zip(self.steps, brought, strict=True), start=1):
            for k, applied in enumerate(step):
                finding = fixed[n]
                n += 1
                loc = finding.location if finding is not None else None
                rows.append(
                    {
                        "step": number,
                        "follow_up": k > 0,
                        "code": finding.code if finding else None,
                        "symbol": finding.symbol if finding else None,
                        "severity": finding.severity if finding else None,
                        "week": loc.week if loc else None,
                        "session": loc.session if loc else None,
                        "exercise": loc.exercise if loc else None,
                        "location": str(loc) if loc else None,
                        "title": applied.title,
                        "applicability": applied.applicability,
                        "fixer": applied.fixer,
                        "reason": applied.reason,
                        "role": applied.role or None,
                        "edits": len(applied.edits),
                        "brought": ", ".join(f"{f.code} ({f.severity})" for f in new)
                        if k == 0 and new
                        else None,
                    }
                )
        return rows

    def to_pandas(self) -> Any:
        """One typed row per fix applied (:meth:`to_records`' columns): ``step`` and ``edits``
        as ``int64``, ``week`` as nullable ``Int64``, ``severity`` an ordered categorical (info
        < warning < error), ``applicability`` a categorical (safe, unsafe), ``follow_up`` a
        bool, text as ``string`` (needs the ``pandas`` extra)."""
        from ._frames import fixes

        return fixes(self)

    def __str__(self) -> str:
        from .emitters import text

        return text.render(self)

    def _repr_html_(self) -> str:
        """Notebook HTML: the fixes applied step by step, those skipped and why, and the
        findings before and after."""
        from .emitters import html

        return html.render(self)

    def __repr__(self) -> str:
        return f"<FixResult {self.program.name!r} fixes={len(self.fixes)} ok={self.report.ok}>"


def fix(
    program: os.PathLike[str] | Mapping[str, Any] | Program,
    *,
    goal: str | None = None,
    stage: int | None = None,
    unsafe: bool = False,
    pain: float | None = None,
    pain_24h: float | None = None,
    catalog: Catalog | None = None,
    rules: RuleSet | None = None,
    params: Mapping[str, Mapping[str, float]] | None = None,
    config: CheckConfig | None = None,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    limits: Limits | None = None,
    exclude: Iterable[str | Exercise] | None = None,
    equipment: Iterable[str | Equipment] | None = None,
) -> FixResult:
    """Repair a program's fixable findings; re-check after each fix, until none is left.

    Args:
        program: a :class:`Program`, program data (a mapping) or a program file as a
            :class:`pathlib.Path`: whatever :func:`check` reads as a program (``.yaml``,
            ``.yml``, ``.json``, a ``.csv`` spreadsheet, or a file whose name does not say, by
            its content) - as :func:`check`, a ``str`` is never read as a path; a workout log
            is history and has nothing to fix.
        unsafe: also apply unsafe fixes (they add or swap exercises, shift sets, move days or
            rename): ``--unsafe-fixes``.
        goal, stage, pain, pain_24h, catalog, rules, params, config, select, ignore, limits:
            as :func:`check`, which checks the program before and after every fix (``select``
            and ``ignore`` also choose which findings are fixed).
        exclude: exercises the fixed program must not hold, as :func:`recommend` leaves them
            out (each name with the movement it says and their variants; ``None``: none). An
            added exercise, a substitute and a rename take the next one instead, or the finding
            is left with why; an entry the program already holds is swapped for its most
            similar allowed exercise (:func:`substitute`: a fix of its own, ``FX001``, safe
            unless the allowed exercise is less similar than substitute() asks), or, with none,
            :attr:`FixResult.why_skipped` says so.
        equipment: what the user has, as :func:`recommend` and :func:`plan` take it
            (``["dumbbell", "bench"]``; ``None``: everything): an exercise needing anything else
            is left out as by ``exclude`` - never added, and swapped where the program holds it.

    A fix is kept only when its finding is gone afterwards and it introduced no warning or
    error, nor anything as severe as the finding; when it would, the fixer's other ways are
    tried (at most :data:`MAX_OPTIONS`: another session, another exercise), and a fix dropped
    is tried again once the program has changed (at most :data:`MAX_TRIES` times); at most
    :data:`MAX_ROUNDS` rounds of fixes are applied (the same rule's fix in every week that needs
    it is one round), and at most :data:`MAX_DROPPED` tried and dropped.
    """
    from ._check import check
    from ._fixers import left_out_findings
    from ._recommend import check_equipment, excluded_groups, read_exclude, recommend, resolve_sources
    from ._validate import instance
    from .errors import RequestError

    instance(unsafe, bool, "unsafe")
    if isinstance(program, str):
        raise RequestError(
            "fix() does not read a str as a file path (data is never a path)",
            location="program",
            suggestion="pass pathlib.Path('program.yaml') for a file, or the parsed mapping or a Program",
        )
    if isinstance(program, os.PathLike):
        program = read_fixable(program, limits)[0]
    elif not isinstance(program, Mapping | Program):  # load_program's error names its 'source'
        raise RequestError(
            f"expected a Program, program data (a mapping) or a pathlib.Path, got {type(program).__name__}",
            location="program",
        )
    catalog, rules = resolve_sources(catalog, rules)
    # read once (a generator is read by the exclusion and by every ranking); an unknown name or
    # equipment raises before any work, with its position (exclude[1])
    exclude = read_exclude(exclude)
    groups = excluded_groups(catalog, exclude)
    have = check_equipment(equipment)
    asked = {i: said for said, ids in reversed(groups) for i in ids}  # the first name that asked
    left_out = bool(groups) or have is not None
    check_options: dict[str, Any] = {
        "pain": pain,
        "pain_24h": pain_24h,
        "catalog": catalog,
        "rules": rules,
        "params": params,
        "config": config,
        "select": select,
        "ignore": ignore,
        "limits": limits,
    }
    name_rules = frozenset(r.id for r in rules if r.scope == "name")
    current = load_program(program, limits=limits)
    _same_goal(current, goal, rules)
    rankings: dict[tuple[str, int | None], Any] = {}

    def recheck(data: Mapping[str, Any] | Program) -> Report:
        report = check(data, goal=goal, stage=stage, **check_options)
        if not left_out:
            return report
        # the fixes again, from the goal's ranking without what the caller left out (as plan()),
        # and each entry the caller left out, to swap
        held = data if isinstance(data, Program) else load_program(data)
        fixes = attach_fixes(
            (*report.findings, *left_out_findings(held, catalog, asked, have)),
            held,
            goal=report.goal,
            stage=report.stage,
            pain=pain,
            catalog=catalog,
            rules=rules,
            ranking=lambda at: ranking_for(report.goal, at),
            # a plan by stage: each week's findings fixed from its own stage's ranking, as check()'s
            week_stages=week_stages(report),
        )
        return attrs.evolve(report, findings=tuple(fixes))

    def ranking_for(goal: str, at: int | None) -> Any:
        key = (goal, at)
        if key not in rankings:
            rankings[key] = recommend(
                goal,
                stage=at,
                exclude=exclude,
                equipment=None if have is None else sorted(have),
                catalog=catalog,
                rules=rules,
            )
        return rankings[key]

    report = recheck(current)
    before = report
    options = program_options(
        goal=report.goal,
        stage=report.stage,
        pain=pain,
        catalog=catalog,
        rules=rules,
        # a function of the stage: a plan by stage's alternates come from each week's own stage
        ranking=(lambda at: ranking_for(report.goal, at)) if left_out else None,
    )
    current, report, steps, skipped, fixed, why, brought = _fix_loop(
        current, report, recheck, unsafe=unsafe, name_rules=name_rules, options=options
    )
    left = unfixed_errors(report, why, unsafe=unsafe, rules=rules, name_rules=name_rules)
    available = 0
    if not unsafe:  # what unsafe=True would apply: its pass run, not its findings counted (R12)
        available, left = _unsafe_pass(
            current, report, recheck, left, rules=rules, name_rules=name_rules, options=options
        )
    skipped += tuple(fx for fx, _, _ in left)
    why += tuple((finding, reason) for _, finding, reason in left)
    if left_out:  # the reports are check()'s: an entry left out that is left is said in why
        report, before = _checks_only(report), _checks_only(before)
    missing_goal = current.goal is None and goal is not None
    missing_stage = current.stage is None and stage is not None
    # a program fixed for another stage holds it: checked again, it gives this report (rv22 R17)
    moved = stage is not None and current.stage is not None and current.stage != stage
    if moved or (steps and (missing_goal or missing_stage)):
        # a fixed program holds the goal and stage it was fixed for (a sheet holds none): saved
        # and checked again, it gives this report, not the default goal's (rv21 N9). An assumed
        # stage stays unwritten, as plan() leaves it (PL007).
        current = attrs.evolve(
            current,
            goal=report.goal if missing_goal else current.goal,
            stage=stage if stage is not None else current.stage,
        )
    return FixResult(current, steps, report, before, skipped, fixed, why, brought, available)


def _unsafe_pass(
    program: Program,
    report: Report,
    recheck: Callable[[Mapping[str, Any]], Report],
    left: list[tuple[Fix, Finding, str]],
    *,
    rules: RuleSet,
    name_rules: frozenset[str],
    options: Options | None,
) -> tuple[int, list[tuple[Fix, Finding, str]]]:
    """How many fixes ``unsafe=True`` would apply to the safely fixed ``program`` (its
    ``report``), found by running that pass: unsafe fixes compete for the same few replacements
    (a rehab stage's four holds, each used once in a session), so the findings carrying one are
    not the fixes that would apply (review25 R12: "3 more fixes available", then one applied).
    And ``left`` (the safe pass's errors left, with why) with each error whose unsafe fix that
    pass would not apply saying so, with the unsafe pass's reason. Costs nothing when no finding
    left carries an unsafe fix."""
    if not any(f.fix is not None and f.fix.applicability == "unsafe" for f in report.findings):
        return 0, left
    _, after, steps, _, _, why, _ = _fix_loop(
        program, report, recheck, unsafe=True, name_rules=name_rules, options=options
    )
    # why the unsafe pass left each error it left, by the finding's identity (a finding whose
    # identity it left is one it would not repair; one it left twice, twice)
    reasons: dict[tuple[object, ...], list[str]] = {}
    for finding, reason in (
        *why,
        *((f, r) for _, f, r in unfixed_errors(after, why, unsafe=True, rules=rules, name_rules=name_rules)),
    ):
        reasons.setdefault(_key(finding, name_rules), []).append(reason)
    still = _counts(after.findings, name_rules)
    out = []
    for fx, finding, reason in left:
        key = _key(finding, name_rules)
        if fx.applicability == "unsafe" and fx.edits and still[key] > 0:
            still[key] -= 1
            said = reasons.get(key)
            because = said.pop(0) if said else f"{finding.code} is still found after the unsafe fixes"
            reason = f"its fix is unsafe, and unsafe=True would not apply it either: {because}"
        out.append((fx, finding, reason))
    return sum(len(step) for step in steps), out


def _checks_only(report: Report) -> Report:
    """``report`` without fix()'s own findings (:data:`~._fixers.LEFT_OUT_CODE`): what
    check() gives."""
    from ._fixers import OWN_FIXES

    kept = tuple(f for f in report.findings if f.rule not in OWN_FIXES)
    return report if len(kept) == len(report.findings) else attrs.evolve(report, findings=kept)


def _same_goal(program: Program, goal: str | None, rules: RuleSet) -> None:
    """Refuse to fix a program for another goal than the one it holds: the fixes would be
    chosen for the caller's goal while the saved program keeps its own, and checked under it
    again it has errors the fix said were gone (``check --fix --goal tie-in`` wrote a Romanian
    deadlift into a rehab stage-2 program: rv22 R17). Decision: refused, not rewritten for the
    new goal - a physio's rehab file must not silently become another goal's program. (Another
    stage is a progression: the fixed program holds the stage it was fixed for.)"""
    from .errors import RequestError, shown

    if goal is None or program.goal is None:
        return
    asked, held = rules.goal(goal).id, rules.goal(program.goal).id
    if asked != held:
        raise RequestError(
            f"the program is a {held} program (its goal: {shown(program.goal)}); "
            f"goal {shown(goal)} is {asked}: fixes for it would add work the program's own goal "
            "may exclude",
            location=f"{program.source}: goal" if program.source else "goal",
            suggestion=f"fix it for its own goal (leave out the goal, or give {held}), or change "
            "the goal in the program first",
        )


def _same_stage(program: Program, stage: int | None) -> None:
    """Refuse to rewrite a file in place at another stage than it holds: its ``stage:`` line is
    not rewritten, so the saved file would be checked at its old stage, where the fixes for the
    new one (a run at stage 2) are errors (rv22 R17). :func:`fix` itself fixes for the stage
    given and its program holds it."""
    from .errors import RequestError, shown

    if stage is not None and program.stage is not None and stage != program.stage:
        raise RequestError(
            f"the file is a stage-{program.stage} program; stage {shown(stage)} was given, and a "
            "file is fixed in place at its own stage",
            location=f"{program.source}: stage" if program.source else "stage",
            suggestion=f"change its stage to {stage} first, or fix it at stage {program.stage} "
            f"(hr.fix(path, stage={stage}).program.to_yaml() writes the program fixed for stage {stage})",
        )


def unfixed_errors(
    report: Report,
    accounted: Iterable[tuple[Finding, str]],
    *,
    unsafe: bool,
    rules: RuleSet,
    name_rules: frozenset[str] = frozenset(),
) -> list[tuple[Fix, Finding, str]]:
    """Each error ``report`` still has that ``accounted`` (the fixes tried and dropped, with
    why) does not explain: its fix (or, with none, a fix of no edits that names the finding)
    and why it was left - its fix is unsafe and ``unsafe`` is off, its rule has no fixer, its
    fixer found no way to repair it in this program, or fix() stopped before it (review rv20
    D21: a contraindicated exercise was left with ``skipped`` empty)."""
    said = _counts((finding for finding, _ in accounted), name_rules)
    left = []
    for f in report.findings:
        if f.severity != "error":
            continue
        key = _key(f, name_rules)
        if said[key] > 0:
            said[key] -= 1
            continue
        spec = fix_spec(rules, f.rule)
        what = f.suggestion or "change the program by hand"
        if f.fix is not None and f.fix.applicability == "unsafe" and not unsafe:
            fx, reason = (
                f.fix,
                "its fix is unsafe (it changes what the program trains): apply it with "
                + ("unsafe=True (check --fix --unsafe-fixes)"),
            )
        elif f.fix is not None:
            fx = f.fix
            reason = f"not tried: fix() stops after {MAX_ROUNDS} rounds or {MAX_DROPPED} fixes dropped"
        elif not spec:
            reason = f"no fixer repairs {f.rule} ({f.symbol}): {what}"
            fx = Fix(f"No fix for {f.code} ({f.symbol})", "unsafe", (), "", reason)
        else:
            reason = f"its fixer ({spec['fixer']}) found no way to repair it in this program: {what}"
            fixer = str(spec["fixer"])
            fx = Fix(f"No fix for {f.code} ({f.symbol})", str(spec["applicability"]), (), fixer, reason)
        left.append((fx, f, reason))
    return left


def week_stages(report: Report) -> dict[int, int]:
    """The stage each week of a plan by stage was judged at, by week number from 1 (the
    report's weeks say it, :attr:`WeekSummary.stage`); empty for a program of one stage."""
    return {w.week: w.stage for w in report.weeks if w.stage is not None}


def program_options(
    *, goal: str, stage: int | None, pain: float | None, catalog: Catalog, rules: RuleSet, ranking: Any = None
) -> Options:
    """The :data:`Options` of programs checked with these arguments (as ``attach_fixes``
    takes them): each program's data is read once, for all the findings asked about, and the
    goal's ranking once for all the programs (a rule pack whose 1,500 findings each had a fix
    that could not help ranked the catalog once for each). ``ranking``: a recommend() result,
    or a function of the stage giving one; a finding in a week of a plan by stage is given the
    fixes of the stage its week was judged at (its report's weeks), from that stage's ranking,
    as :func:`~._fixers.attach_fixes` gives its first fix (one stage, the first week's, gave a
    stage-2 week's alternates from stage 1)."""
    from ._fixers import fix_options
    from ._recommend import recommend

    read: list[tuple[Mapping[str, Any], Program, dict[int | None, Callable[[Finding], Iterator[Fix]]]]] = []
    ranked: dict[int | None, Any] = {}

    def ranking_at(at: int | None) -> Any:
        if at not in ranked:
            given = ranking(at) if callable(ranking) else ranking
            # as attach_fixes ranks: the stage check() applied
            ranked[at] = recommend(goal, stage=at, catalog=catalog, rules=rules) if given is None else given
        return ranked[at]

    def options(data: Mapping[str, Any], finding: Finding, report: Report) -> Iterator[Fix]:
        if not read or read[0][0] is not data:
            read[:] = [(data, load_program(data), {})]
        _, program, by_stage = read[0]
        at = week_stages(report).get(finding.location.week or 0, stage)
        if at not in by_stage:
            context = {"goal": goal, "stage": at, "pain": pain, "catalog": catalog, "rules": rules}
            by_stage[at] = fix_options(program, **context, ranking=ranking_at(at))
        return by_stage[at](finding)

    return options


def fix_loop(
    program: Program,
    report: Report,
    recheck: Callable[[Mapping[str, Any]], Report],
    *,
    unsafe: bool,
    name_rules: frozenset[str],
    options: Options | None = None,
) -> tuple[Program, Report, tuple[tuple[Fix, ...], ...], tuple[Fix, ...]]:
    """Apply fixable findings one step at a time (see the module docs); ``recheck`` checks a
    changed program's file data and attaches its fixes; ``options`` gives a finding's other
    fixes (:func:`program_options`; without it, a fix that would bring a finding is dropped).
    The loop edits the program's file data (what a user's file holds) and builds the
    :class:`Program` once, at the end."""
    return _fix_loop(program, report, recheck, unsafe=unsafe, name_rules=name_rules, options=options)[:4]


def _fix_loop(
    program: Program,
    report: Report,
    recheck: Callable[[Mapping[str, Any]], Report],
    *,
    unsafe: bool,
    name_rules: frozenset[str],
    options: Options | None = None,
) -> tuple[
    Program,
    Report,
    tuple[tuple[Fix, ...], ...],
    tuple[Fix, ...],
    tuple[Finding, ...],
    tuple[tuple[Finding, str], ...],
    tuple[tuple[Finding, ...], ...],
]:
    """:func:`fix_loop`, also returning the finding each applied fix repaired, for each skipped
    fix its finding and why it was dropped, and for each step the findings it brought."""
    import copy

    from .errors import HamstringRulesError

    def allowed(f: Finding) -> bool:
        return f.fix is not None and (unsafe or f.fix.applicability == "safe")

    # The re-checks of the current program's edits, by the edits: many findings can carry the
    # same fix (add the hinge), and the same edits give the same program (emptied on a change).
    tried: dict[str, tuple[dict[str, Any], Report] | str] = {}

    def checked(doc: Mapping[str, Any], edits: Iterable[Edit]) -> tuple[dict[str, Any], Report] | str:
        """The edited data and its report, or why the edits could not be made or checked."""
        edits = list(edits)
        key = repr(edits) if doc is current else None
        if key is not None and key in tried:
            return tried[key]
        changed = copy.deepcopy(dict(doc))
        try:
            apply_edits(changed, edits)
            result: tuple[dict[str, Any], Report] | str = changed, recheck(changed)
        except HamstringRulesError as exc:  # e.g. past the size limits
            result = f"the fixed program could not be checked: {exc.message}"
        except (IndexError, KeyError):  # an edit addressed past the program's data
            result = "its edits did not fit the program"
        if key is not None:
            tried[key] = result
        return result

    current: dict[str, Any] = program.to_dict()

    steps: list[tuple[Fix, ...]] = []
    fixed: list[Finding] = []
    brought: list[tuple[Finding, ...]] = []
    # each fix dropped (by its finding's identity and title): the fix, its finding, the reason,
    # how often, and the round it was last tried in; those dropped against the current program;
    # those applied
    drops: dict[tuple[object, ...], tuple[Fix, Finding, str, int, int]] = {}
    dropped: set[tuple[object, ...]] = set()
    applied: set[tuple[object, ...]] = set()

    def changed_program(done: Iterable[Finding]) -> None:
        """A round was applied: note its fixes; those dropped are tried again (MAX_TRIES)."""
        nonlocal dropped
        tried.clear()
        applied.update((_key(f, name_rules), _title(f)) for f in done)
        dropped = {k for k, drop in drops.items() if drop[3] >= MAX_TRIES}

    unbatched: set[str] = set()
    ordered: tuple[Report | None, list[Finding]] = (None, [])
    rounds = 0
    while rounds < MAX_ROUNDS and len(drops) < MAX_DROPPED:
        # Names first: a misspelt name hides what the other checks would see. Then by severity.
        if ordered[0] is not report:  # sorted once per report, not once per candidate tried
            ordered = (
                report,
                sorted(
                    report.findings,
                    key=lambda f: (f.rule not in name_rules, SEVERITY_ORDER[f.severity], f.sort_key()),
                ),
            )
        order = ordered[1]
        candidate = next(
            (f for f in order if allowed(f) and (_key(f, name_rules), _title(f)) not in dropped), None
        )
        if candidate is None:
            # Before stopping, every fix dropped is tried once against the program as it is now
            # (past MAX_TRIES): one dropped before a later round changed the program may do now,
            # and fix() of a fixed program must find nothing left to apply.
            stale = {k for k, drop in drops.items() if k not in applied and drop[4] < rounds}
            if stale:
                dropped -= stale
                for k in stale:
                    drops[k] = (*drops[k][:4], rounds)
                continue
        if candidate is None or candidate.fix is None:
            break
        batch = _same_fix_in_other_weeks(candidate, order, allowed, dropped, name_rules, len(order))
        if len(batch) > 1 and candidate.rule not in unbatched:
            limit = bringing_limit(candidate.severity, candidate.rule)
            # each week's first fix, else each week's second... (the weeks of a long program
            # are alike: the way that does for one does for all, in one re-check)
            for ways in _batch_ways(batch, current, report, options):
                result = checked(current, [edit for f in ways for edit in cast("Fix", f.fix).edits])
                if (
                    not isinstance(result, str)
                    and _gone(report, result[1], ways, name_rules)
                    and not introduced(report, result[1], limit, name_rules)
                ):
                    break
            else:
                result = None
            if result is not None and not isinstance(result, str):
                brought.extend(_by_week(introduced(report, result[1], "info", name_rules), ways))
                current, report = result
                steps.extend((cast("Fix", f.fix),) for f in ways)
                fixed.extend(ways)
                changed_program(ways)
                rounds += 1
                continue
            unbatched.add(candidate.rule)  # this rule's fixes go one at a time from now on
        others = None if options is None else _other_ways(candidate, current, report, options)
        step = _step(candidate, current, report, checked, allowed, name_rules, others)
        if isinstance(step, str):
            key = (_key(candidate, name_rules), candidate.fix.title)
            drops[key] = (candidate.fix, candidate, step, drops[key][3] + 1 if key in drops else 1, rounds)
            dropped.add(key)
            continue
        current, after, chain, findings = step
        brought.append(tuple(introduced(report, after, "info", name_rules)))
        report = after
        steps.append(chain)
        fixed.extend(findings)
        changed_program(findings)
        rounds += 1
    if steps:
        program = attrs.evolve(load_program(current, name=program.source or "program"), source=program.source)
    left = [drop for key, drop in drops.items() if key not in applied]  # dropped, never applied
    skipped = tuple(fix for fix, _, _, _, _ in left)
    why_skipped = tuple((finding, why) for _, finding, why, _, _ in left)
    return program, report, tuple(steps), skipped, tuple(fixed), why_skipped, tuple(brought)


def _other_ways(
    candidate: Finding, program: Mapping[str, Any], report: Report, options: Options
) -> Iterator[Finding]:
    """The candidate finding with each of its fixer's other fixes, best first: at most
    :data:`MAX_OPTIONS` in all with the one it carries (``report``: the program's)."""
    import itertools

    others = (fx for fx in options(program, candidate, report) if fx != candidate.fix)
    for fx in itertools.islice(others, MAX_OPTIONS - 1):
        yield attrs.evolve(candidate, fix=fx)


def _batch_ways(
    batch: Sequence[Finding], program: Mapping[str, Any], report: Report, options: Options | None
) -> Iterator[list[Finding]]:
    """The batch with each finding's first fix, then (with ``options``) with each one's second,
    and so on while every finding has one: at most :data:`MAX_OPTIONS` tries."""
    yield list(batch)
    if options is None:
        return
    ways = [_other_ways(f, program, report, options) for f in batch]
    for _ in range(MAX_OPTIONS - 1):
        found = [next(way, None) for way in ways]
        if any(f is None for f in found):
            return
        yield cast("list[Finding]", found)


def _by_week(new: Sequence[Finding], batch: Sequence[Finding]) -> list[tuple[Finding, ...]]:
    """The findings a batch of fixes (one a week) brought, given to the fix of their week (one
    of no week, or of a week without a fix, to the first)."""
    weeks = [f.location.week for f in batch]
    out: list[list[Finding]] = [[] for _ in batch]
    for f in new:
        out[weeks.index(f.location.week) if f.location.week in weeks else 0].append(f)
    return [tuple(found) for found in out]


def _same_fix_in_other_weeks(
    candidate: Finding,
    order: Sequence[Finding],
    allowed: Callable[[Finding], bool],
    dropped: set[tuple[object, ...]],
    name_rules: frozenset[str],
    budget: int,
) -> list[Finding]:
    """The candidate and the same rule's fixable findings in other weeks, one a week (at most
    ``budget``): a long program's recurring finding (52 weeks of a missing finisher) is fixed
    in one re-check, not 52 - each re-check reads every week, so fixing them one at a time
    cost rounds x weeks (104 weeks: 3.5 CPU-seconds). Checked together like one step: every
    one's finding must be gone and nothing introduced that a fix must not bring, else they go
    one at a time."""
    if candidate.rule in name_rules or candidate.location.week is None:
        return [candidate]
    batch, weeks = [candidate], {candidate.location.week}
    for f in order:
        if len(batch) >= budget:
            break
        week = f.location.week
        if (
            f.rule == candidate.rule
            and week is not None
            and week not in weeks
            and allowed(f)
            and (_key(f, name_rules), _title(f)) not in dropped
        ):
            batch.append(f)
            weeks.add(week)
    return batch


def _title(f: Finding) -> str:
    return f.fix.title if f.fix is not None else ""


#: How many follow-up fixes one step may take to repair what its fix revealed.
MAX_FOLLOW_UPS = 3


_Step = tuple[dict[str, Any], Report, tuple[Fix, ...], tuple[Finding, ...]]


def _step(
    candidate: Finding,
    program: dict[str, Any],
    report: Report,
    checked: Callable[[Mapping[str, Any], Iterable[Edit]], tuple[dict[str, Any], Report] | str],
    allowed: Callable[[Finding], bool],
    name_rules: frozenset[str],
    others: Iterable[Finding] | None = None,
) -> _Step | str:
    """Apply one finding's fix; when it reveals what a fix must not bring (:func:`bringing_limit`:
    a renamed exercise that now sits after the squat), apply their fixes too, at most
    :data:`MAX_FOLLOW_UPS`; when that will not do, try the finding with each of ``others`` (its
    fixer's other fixes), each on its own (no follow-ups: a re-check each, the same for every
    finding they fix alike). The fixes applied and the finding each repaired; or why the fix is
    dropped (a string, the first fix's reason) when none will do."""

    def attempt(finding: Finding, follow_ups: int = MAX_FOLLOW_UPS) -> _Step | str:
        assert finding.fix is not None
        limit = bringing_limit(finding.severity, finding.rule)
        chain, findings = [finding.fix], [finding]
        result = checked(program, finding.fix.edits)
        for _ in range(follow_ups + 1):
            if isinstance(result, str):
                return result
            changed, after = result
            if not _gone(report, after, [finding], name_rules):
                return f"{finding.code} is still found after the fix"
            new = introduced(report, after, limit, name_rules)
            if not new:
                return changed, after, tuple(chain), tuple(findings)
            follow = next((f for f in new if allowed(f) and f.fix not in chain), None) if follow_ups else None
            if follow is None or follow.fix is None:
                first = new[0]
                more = f" (and {len(new) - 1} more)" if len(new) > 1 else ""
                than = (
                    f"as severe as the {finding.severity} it fixes"
                    if SEVERITY_ORDER[first.severity] <= SEVERITY_ORDER[finding.severity]
                    else "and a fix brings no warning"
                )
                return f"it would bring {first.code} ({first.severity}) at {first.location}{more}, " + (
                    f"{than}: {first.message}"
                )
            chain.append(follow.fix)
            findings.append(follow)
            result = checked(changed, follow.fix.edits)
        return f"its follow-up fixes ({MAX_FOLLOW_UPS} at most) kept revealing findings it must not bring"

    first = attempt(candidate)
    if not isinstance(first, str):
        return first
    for other in others or ():
        step = attempt(other, follow_ups=0)
        if not isinstance(step, str):
            return step
    return first


# -- reading and rewriting a program file -------------------------------------------------------

#: The suffixes check() reads as a workout log unless the file starts with a program's header.
_LOG_SUFFIXES = (".csv", ".tsv", ".txt")


def read_fixable(path: os.PathLike[str], limits: Limits | None) -> tuple[Program, ProgramText]:
    """A program file read as :func:`check` reads it - by its extension, else by its content
    (a ``.txt`` or extension-less YAML or JSON program, a spreadsheet) - with how it was read
    (encoding, byte order mark, format) for the rewrite. A workout log is refused: it is
    history, with nothing to fix."""
    from ._program_file import program_csv_header
    from ._validate import file_path
    from .errors import ProgramError

    p = file_path(path, error=ProgramError, name="program")
    if p.suffix.lower() in _LOG_SUFFIXES and not program_csv_header(p):  # as check() tells them
        raise ProgramError(
            "only program files can be fixed: this is read as a workout log",
            location=str(p),
            suggestion="a workout log is history; fix the program (.yaml, .yml, .json, a .csv "
            "spreadsheet program, or a .txt holding one)",
        )
    return read_program_file(p, Limits() if limits is None else limits)


@attrs.frozen
class FileFix:
    """:func:`fix_file`'s answer: the fix result, the file's text before and after, and whether
    comments and key order were kept (YAML needs ``ruamel.yaml``; JSON has no comments)."""

    path: str
    result: FixResult
    old: str
    new: str
    kept_comments: bool
    as_yaml: bool = False
    """``old`` and ``new`` are the program as YAML, not the file's text: a spreadsheet program,
    which is not rewritten, has its fixes shown so (``check --diff``)."""
    note: str = ""
    """For a spreadsheet program (``as_yaml``): what ``check --fix`` says of it - it is not
    rewritten in place - and how to save the fixed program as YAML (rv22 R21: the preview
    promised a fix the real run refuses)."""

    @property
    def changed(self) -> bool:
        return self.old != self.new

    def diff(self) -> str:
        """A unified diff of the file (empty when nothing changed); for a spreadsheet program,
        of the program read as YAML (its header says so)."""
        import difflib

        # a sheet's diff is of YAML renderings the file never held: its header says so
        before = f"{self.path} -> YAML (the program read from it)" if self.as_yaml else self.path
        after = f"{self.path} -> YAML (fixed; the sheet is not rewritten)" if self.as_yaml else self.path
        return "".join(
            difflib.unified_diff(
                self.old.splitlines(keepends=True),
                self.new.splitlines(keepends=True),
                fromfile=before,
                tofile=after,
            )
        )


#: A key whose value starts on the next line (comments between), and that line: a sequence's
#: dash, with the spaces before and after it, or a nested mapping's key.
_SEQUENCE_INDENT = re.compile(r"^( *)[^\s#-][^:\n]*:[ \t]*\n(?:[ \t]*#.*\n)*( *)-( +)\S", re.M)
_MAPPING_INDENT = re.compile(r"^( *)[^\s#-][^:\n]*:[ \t]*\n(?:[ \t]*#.*\n)*( *)[^\s#-][^:\n]*:", re.M)


def _indents(old: str) -> tuple[int, int, int]:
    """The YAML's own layout, for ruamel.yaml's ``indent(mapping, sequence, offset)``: a nested
    mapping's indent, a sequence item's content indent and its dash's, from the first of each
    in the file (ruamel.yaml's defaults, 2, 2 and 0, where there is none): a file written with
    four-space indents or ``-   name:`` items is rewritten so, not re-indented whole."""
    offset, sequence = 0, 2
    m = _SEQUENCE_INDENT.search(old)
    if m is not None:
        offset = max(0, len(m[2]) - len(m[1]))
        sequence = offset + 1 + len(m[3])
    mapping = next(
        (len(n[2]) - len(n[1]) for n in _MAPPING_INDENT.finditer(old) if len(n[2]) > len(n[1])),
        2 if m is None else sequence - offset,
    )
    return mapping, sequence, offset


def _yaml_text(old: str, edits: Sequence[Edit]) -> tuple[str, bool]:
    """Apply edits to YAML text; with ruamel.yaml comments, key order and quoting are kept.
    Without it, or for YAML the checker's parser (libyaml) reads and ruamel.yaml does not (a tab
    after a colon, a NEL line break), the data is kept and the comments are not (``False``)."""
    try:
        from ruamel.yaml import YAML
        from ruamel.yaml.error import YAMLError
    except ModuleNotFoundError:  # PyYAML only: the data is kept, comments are not
        return _plain_yaml_text(old, edits), False
    import io

    rt = YAML(typ="rt")  # round-trip: builds maps and lists with their comments, no Python objects
    rt.preserve_quotes = True
    rt.width = 4096
    mapping, sequence, offset = _indents(old)
    rt.indent(mapping=mapping, sequence=sequence, offset=offset)
    try:
        doc = rt.load(old)
    except YAMLError:
        return _plain_yaml_text(old, edits), False
    shared = _shared(doc)
    apply_edits(doc, edits)
    _reshare(doc, shared)
    buf = io.StringIO()
    rt.dump(doc, buf)
    return buf.getvalue(), True


_DataPath = tuple[Any, ...]


def _own_keys(node: Any) -> list[Any]:
    """A map's own keys (not those a ``<<`` merge brings: ruamel.yaml keeps them apart) or a
    list's indices."""
    if isinstance(node, Mapping):
        own = getattr(node, "_ok", None)  # ruamel.yaml's CommentedMap: the keys written in it
        return [k for k in node if own is None or k in own]
    return list(range(len(node))) if isinstance(node, list) else []


def _shared(doc: Any) -> list[list[_DataPath]]:
    """The places (paths of own keys) of each map or list that YAML aliases put in more than one
    place (``sessions: *week``), outermost first."""
    places: dict[int, list[_DataPath]] = {}
    stack: list[tuple[Any, _DataPath]] = [(doc, ())]
    while stack:
        node, path = stack.pop()
        if not isinstance(node, Mapping | list):
            continue
        seen = id(node) in places
        places.setdefault(id(node), []).append(path)
        if not seen:  # an alias is not walked again
            stack.extend((node[k], (*path, k)) for k in reversed(_own_keys(node)))
    # each in document order (the first place holds the anchor); outer parts before inner ones
    return sorted((p for p in places.values() if len(p) > 1), key=lambda p: len(p[0]))


def _reshare(doc: Any, shared: Sequence[Sequence[_DataPath]]) -> None:
    """Where edits gave every place of an aliased part the same data (each week got the same
    fix), share one object again, so the file keeps its anchor and aliases instead of a copy
    per week. Equal data shared is the same data: the result reads the same either way."""

    def at(path: _DataPath) -> tuple[Any, Any] | None:
        node = doc
        for key in path[:-1]:
            if key not in _own_keys(node):
                return None
            node = node[key]
        return (node, path[-1]) if path and path[-1] in _own_keys(node) else None

    for paths in shared:
        places = [at(path) for path in paths]
        if any(place is None for place in places):
            continue
        values = [parent[key] for parent, key in cast("list[tuple[Any, Any]]", places)]
        if all(value == values[0] for value in values[1:]):
            for parent, key in cast("list[tuple[Any, Any]]", places)[1:]:
                parent[key] = values[0]


def _plain_yaml_text(old: str, edits: Sequence[Edit]) -> str:
    """The edited data as YAML, read and written by PyYAML (comments are not kept)."""
    import yaml

    from ._files import load_yaml

    plain = load_yaml(old, where="program")  # the data the checker read, as it read it
    apply_edits(plain, edits)
    return str(yaml.safe_dump(plain, sort_keys=False, allow_unicode=True))


#: A line end: CRLF (Windows), CR alone (classic Mac OS) or LF.
_LINE_END = re.compile(r"\r\n|\r|\n")


def _line_end(text: str) -> str:
    """The line end a file uses most (``\\n`` for a file of one line, and on a tie)."""
    from collections import Counter

    counts = Counter(_LINE_END.findall(text))
    return max(("\n", "\r\n", "\r"), key=lambda end: counts[end])


def _json_text(old: str, edits: Sequence[Edit]) -> str:
    """Apply edits to JSON text, written back laid out as it was: its indent (or one line),
    its separators, and ``\\u`` escapes where it used them for every non-ASCII character."""
    import json

    data = json.loads(old)
    apply_edits(data, edits)
    indented = re.search(r"^([ \t]+)[\"\]}]", old, re.M)
    if indented is not None:
        layout: dict[str, Any] = {"indent": indented[1]}
    else:  # on one line: compact if it had no space after its colons
        layout = {"separators": (", ", ": ") if re.search(r"\":\s", old) else (",", ":")}
    escaped = old.isascii() and "\\u" in old
    return json.dumps(data, ensure_ascii=escaped, **layout)


def _escape_for(codec: str, text: str) -> str:
    """JSON text whose characters ``codec`` cannot hold written as ``\\u`` escapes (JSON allows
    one anywhere a character outside ASCII can be: inside a string)."""
    out = []
    for char in text:
        try:
            char.encode(codec)
        except UnicodeEncodeError:
            units = char.encode("utf-16-be")
            char = "".join(f"\\u{units[k : k + 2].hex()}" for k in range(0, len(units), 2))
        out.append(char)
    return "".join(out)


def _encode(text: str, read: ProgramText, where: str) -> bytes:
    """``text`` in the encoding the file was read in, after its byte order mark. A character
    that encoding cannot hold is a :class:`ProgramError` naming it and its line (nothing is
    written), never a silent ``?``."""
    from .errors import ProgramError, shown

    try:
        return read.bom + text.encode(read.codec)
    except UnicodeEncodeError as exc:
        char = exc.object[exc.start]
        line = exc.object.count("\n", 0, exc.start) + 1
        name = {"cp1252": "Windows-1252"}.get(read.codec, read.codec.upper())
        if char == "\ufffd" and "\ufffd" in read.text:
            problem = f"the file has bytes that {name} does not define (read as U+FFFD)"
        else:
            problem = f"the fix writes {shown(char)} (U+{ord(char):04X}), which {name} cannot hold"
        raise ProgramError(
            f"{problem}; nothing was written", location=f"{where}:{line}", suggestion="save the file as UTF-8"
        ) from None


def _rewrite(read: ProgramText, edits: Sequence[Edit]) -> tuple[str, bool]:
    """The file's text with the edits applied, in its own format and line ends, and whether
    its comments were kept."""
    text = _LINE_END.sub("\n", read.text)  # edited with LF line ends, written back with its own
    if read.format == "json":
        new, kept = _json_text(text, edits), True
        if read.codec not in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            new = _escape_for(read.codec, new)
    else:
        new, kept = _yaml_text(text, edits)
    if not text.endswith("\n"):  # a file without a final line end stays so
        new = new.rstrip("\n")
    elif not new.endswith("\n"):
        new += "\n"
    end = _line_end(read.text)
    return (new if end == "\n" else new.replace("\n", end)), kept


def _first_difference(a: Program, b: Program) -> str:
    """Where two programs first differ, as a program file's path and both values."""
    one, two = a.to_dict(), b.to_dict()

    def walk(x: Any, y: Any, path: str) -> str | None:
        if isinstance(x, dict) and isinstance(y, dict):
            for key in dict.fromkeys([*x, *y]):
                found = walk(x.get(key), y.get(key), f"{path}.{key}" if path else str(key))
                if found:
                    return found
            return None
        if isinstance(x, list) and isinstance(y, list) and len(x) == len(y):
            return next(
                (f for k, (i, j) in enumerate(zip(x, y, strict=True)) if (f := walk(i, j, f"{path}[{k}]"))),
                None,
            )
        return None if x == y else f"{path}: {x!r} where the fix gives {y!r}"

    return walk(one, two, "") or "the programs differ"


def _reads_back(new: str, fmt: str, fixed: Program, where: str) -> None:
    """Refuse (a :class:`ProgramError`; nothing is written) a rewritten file that does not read
    back as the fixed program: an edit written into the user's own notation must say exactly
    what the fix made (a ``sets: 2x8`` rewritten as a bare ``sets: 4`` dropped the reps)."""
    from ._files import parse_structured
    from ._program_file import validate_program
    from .errors import HamstringRulesError, ProgramError

    try:
        data = parse_structured(new, fmt=fmt, where=where, error=ProgramError)
        program = validate_program(data, where=where)
    except HamstringRulesError as exc:
        at = str(exc.location or "").removeprefix(where).lstrip(":").strip()
        problem = f"it would not load ({f'{at}: ' if at else ''}{exc.message})"
    else:
        # a file that held no goal or stage is fixed in place without them (the fixed program
        # holds those it was fixed for: the command line gave them)
        goal = program.goal if program.goal is not None else fixed.goal
        stage = program.stage if program.stage is not None else fixed.stage
        if attrs.evolve(program, source=fixed.source, goal=goal, stage=stage) == fixed:
            return
        problem = f"it would read differently from the fixed program ({_first_difference(program, fixed)})"
    raise ProgramError(
        f"the fixes could not be written into the file as it is laid out: {problem}; nothing was written",
        location=where,
        suggestion="write the fixed program out whole (hr.fix(path).program.to_yaml()), or report this",
    )


def _writable(path: Path) -> None:
    """Refuse a file marked read-only (no write permission for its owner): the rename that
    replaces a file needs only its folder's permission, so it would be rewritten all the same
    (and stay read-only)."""
    import stat

    from .errors import ProgramError

    try:
        mode = Path(os.path.realpath(path)).stat().st_mode
    except OSError as exc:
        raise ProgramError(f"cannot write the file: {exc.strerror or exc}", location=str(path)) from None
    if not mode & stat.S_IWUSR:
        raise ProgramError(
            "the file is read-only; nothing was written",
            location=str(path),
            suggestion="make it writable (chmod u+w) to fix it in place, or see the fixes with --diff",
        )


#: What :func:`fix_file` can write back: the formats whose text it edits.
WRITABLE_FORMATS = ("json", "yaml")


def fix_file(path: str | Path, *, unsafe: bool = False, write: bool = True, **options: Any) -> FileFix:
    """Fix a program file and, with ``write``, rewrite it atomically (a temporary file beside
    it, then a rename: the file is the old one or the new one, never half of either).

    Any program :func:`check` reads - by its extension or, for a ``.txt`` or extension-less
    file, by its content - is fixed; a JSON or YAML one is written back as it was read: the
    same format, encoding (UTF-8, UTF-16/32, Windows-1252), byte order mark and line ends, and
    with ``ruamel.yaml`` the YAML's comments and key order. A character the fix adds that the
    file's encoding cannot hold is an error naming it; nothing is written then, nor when the
    file changed while it was fixed. A ``.csv`` spreadsheet program is not rewritten (its
    fixed program is :func:`fix`'s). ``options`` are :func:`fix`'s (``goal``, ``stage``...)."""
    from ._files import read_bytes, write_atomically
    from ._validate import file_path
    from .errors import ProgramError

    p = file_path(path, error=ProgramError, name="path")
    where = str(p)
    program, read = read_fixable(p, options.get("limits"))
    _same_stage(program, options.get("stage"))
    if read.format not in WRITABLE_FORMATS:
        refusal = _not_rewritten(p, unsafe, options)
        if not write:  # --diff writes nothing: the fixes shown on the program as YAML
            result = fix(program, unsafe=unsafe, **options)
            note = f"{refusal.message}; to save the fixed program: {refusal.suggestion}"
            return FileFix(
                where, result, program.to_yaml(), result.program.to_yaml(), True, as_yaml=True, note=note
            )
        raise refusal
    result = fix(program, unsafe=unsafe, **options)
    edits = [e for f in result.fixes for e in f.edits]
    if not edits:
        return FileFix(where, result, read.text, read.text, True)
    new, kept = _rewrite(read, edits)
    _reads_back(new, read.format, result.program, where)
    data = _encode(new, read, where)  # before anything is written: an error leaves the file as it was
    if write and data != read.raw:
        _writable(p)
        now = read_bytes(p, error=ProgramError, max_bytes=max(len(read.raw), 1) * 2 + 1024)
        if now != read.raw:
            raise ProgramError(
                "the file changed while it was being fixed; nothing was written",
                location=where,
                suggestion="run check --fix again",
            )
        write_atomically(p, data, error=ProgramError)
    return FileFix(where, result, read.text, new, kept)


def _not_rewritten(p: Path, unsafe: bool, options: Mapping[str, Any]) -> ProgramError:
    """The error ``check --fix`` gives a spreadsheet program (it is not rewritten in place),
    with the command that saves its fixed program as YAML; ``check --fix --diff`` says the same
    beside its preview."""
    from .errors import ProgramError

    # the fix() call that gives what check --fix would: unsafe=True and the goal, stage and
    # pain given (the suggestion dropped them: the command printed the safe fixes only)
    given = {
        "unsafe": unsafe or None,
        **{k: options.get(k) for k in ("goal", "stage", "pain", "pain_24h", "exclude", "equipment")},
    }
    arguments = "".join(f", {k}={v!r}" for k, v in given.items() if v not in (None, [], ()))
    return ProgramError(
        "a spreadsheet program is not rewritten in place (--fix rewrites YAML and JSON programs)",
        location=str(p),
        suggestion="keep the program as YAML to fix it in place: python -c "
        + shlex.quote(
            "import hamstring_rules as hr, pathlib; "
            f"print(hr.fix(pathlib.Path({json.dumps(str(p))}){arguments}).program.to_yaml())"
        )
        + f" > {shlex.quote(str(p.with_suffix('.yaml')))} "
        + f"(in Python: hr.fix(path{arguments}).program.to_yaml()); --diff shows the fixes",
    )
