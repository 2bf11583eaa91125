"""mkdocs hook: the generated pages, made from the README and the package's data at build time.

``tour.md`` (the README's tour), ``checks.md`` (every check code from ``checks.toml``),
``exercises.md`` (the built-in catalog), ``contracts.md`` (the JSON Schemas), ``reference.md``
(every name in ``hamstring_rules.__all__``, through mkdocstrings) and ``changelog.md`` are never
committed, so they cannot drift from what they describe. Each page is a
plain function returning Markdown, so the tests can read the pages without mkdocs.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import hamstring_rules as hr

ROOT = Path(__file__).resolve().parent.parent


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def tour_page() -> str:
    """The README from "What it knows" up to "Performance": the tour, CLI, rule packs, apps."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## What it knows")
    end = readme.index("## Performance")
    return "# Tour\n\n" + readme[start:end].rstrip() + "\n"


def checks_page() -> str:
    """Every check code: What it does, Why it matters, Example, Instead, severity, parameters."""
    rules = hr.RuleSet.builtin()
    groups: dict[str, list[Any]] = defaultdict(list)
    for rule in rules:
        if rule.effect.kind == "finding":
            groups[rule.effect.code or rule.id].append(rule)
    out = [
        "# Check catalogue",
        "",
        "Every code `hamstring-rules check` and `hr.check()` can report, generated from the",
        "package's `data/checks.toml`. `hamstring-rules explain CODE` (or the symbol) prints the",
        "same page in a terminal; `--select` / `--ignore` take codes and prefixes.",
        "",
        "| code | symbol | severity | checked per |",
        "|---|---|---|---|",
    ]
    for code in sorted(groups):
        main = next((r for r in groups[code] if r.id == code), groups[code][0])
        out.append(f"| [{code}](#{code.lower()}) | `{main.symbol}` | {main.effect.severity} | {main.scope} |")
    for code in sorted(groups):
        group = groups[code]
        main = next((r for r in group if r.id == code), group[0])
        out += ["", f"## {code}", "", f"`{main.symbol}`", ""]
        for title, key in (
            ("What it does", "what"),
            ("Why it matters", "why"),
            ("Example", "example"),
            ("Instead", "instead"),
        ):
            if key in main.doc:
                out += [f"**{title}.** {main.doc[key]}", ""]
        for rule in group:
            goals = "all goals" if "*" in rule.goals else ", ".join(f"`{g}`" for g in rule.goals)
            by_goal = ", ".join(f"{g}: {s}" for g, s in sorted(rule.effect.severity_by_goal.items()))
            severity = rule.effect.severity + (f" ({by_goal})" if by_goal else "")
            out.append(f"- Rule `{rule.id}`: **{severity}**; {goals}; checked per {rule.scope}.")
            if rule.params:
                flags = " ".join(f"--param {rule.id}.{k}={v:g}" for k, v in sorted(rule.params.items()))
                values = ", ".join(f"`{k} = {v:g}`" for k, v in sorted(rule.params.items()))
                out.append(f"- Parameters: {values} (`hamstring-rules check PROGRAM {flags}`).")
        out += ["", f"**Rationale.** {main.rationale}", "", f"**References.** {main.source}"]
    return "\n".join(out) + "\n"


def exercises_page() -> str:
    """The built-in catalog grouped by primary joint action."""
    catalog = hr.Catalog.builtin()
    by_action: dict[str, list[hr.Exercise]] = defaultdict(list)
    for exercise in catalog:
        by_action[str(exercise.primary_action)].append(exercise)
    out = [
        "# Exercise catalogue",
        "",
        f"The {len(list(catalog))} built-in exercises, generated from the package's",
        "`data/exercises.toml`, by primary joint action. `hamstring-rules explain NAME` shows one",
        "exercise's every attribute, its sources and how each goal ranks it; any alias below is",
        "accepted wherever an exercise name is.",
    ]
    for action in sorted(by_action):
        out += [
            "",
            f"## {action.replace('_', ' ').capitalize()}",
            "",
            "| exercise | id | region | knee | hamstring length | equipment | also called |",
            "|---|---|---|---|---|---|---|",
        ]
        for e in sorted(by_action[action], key=lambda e: e.name.lower()):
            equipment = ", ".join(sorted(str(q) for q in e.equipment)) or "-"
            aliases = ", ".join(e.aliases) or "-"
            out.append(
                f"| {_cell(e.name)} | `{e.id}` | {e.region} | {e.knee} | {e.hamstring_length} "
                f"| {_cell(equipment)} | {_cell(aliases)} |"
            )
    return "\n".join(out) + "\n"


_CONTRACTS = {
    "program": "The program file `check` and `load_program()` accept (YAML or JSON).",
    "check": "`hamstring-rules check --format json` and `Report.to_dict()` (an array for several files).",
    "recommend": "`hamstring-rules recommend --format json` and `RecommendationResult.to_dict()`.",
}


def contracts_page() -> str:
    """The JSON Schemas (Draft 2020-12) of the program file and the two JSON outputs."""
    out = [
        "# JSON contracts",
        "",
        "Each JSON document carries `schema_version`; fields are added, never renamed or removed,",
        "so a consumer must ignore fields it does not know. The schemas are printed by",
        "`hamstring-rules schema KIND` and returned by `hr.json_schema(KIND)`; the test suite",
        "validates the examples, the README's program and real outputs against them.",
    ]
    for kind, what in _CONTRACTS.items():
        schema = hr.json_schema(kind)
        out += [
            "",
            f"## {kind}",
            "",
            what,
            f"Download: [{kind}.schema.json]({kind}.schema.json).",
            "",
            "```json",
            json.dumps(schema, indent=2, ensure_ascii=False),
            "```",
        ]
    return "\n".join(out) + "\n"


_SECTIONS = {
    "Recommending, checking, planning": ("_recommend", "_check", "_plan", "_fix", "_explain", "_substitute"),
    "Results": ("findings",),
    "Programs and logs": ("program", "logs"),
    "Exercises and the catalog": ("catalog", "exercises"),
    "Rules": ("rules",),
    "Errors": ("errors",),
}


def reference_page() -> str:
    """One mkdocstrings entry per public name, grouped by what it is for (new names appear)."""
    exports: dict[str, str] = hr._EXPORTS
    out = [
        "# API reference",
        "",
        "Every name here is importable from the top level: `import hamstring_rules as hr`, then",
        "`hr.recommend(...)`, `hr.check(...)`, `hr.Catalog`... (the modules starting with `_` are",
        "private; their public names are re-exported).",
    ]
    sections = dict(_SECTIONS)
    sections["More"] = tuple(sorted(set(exports.values()) - {m for ms in _SECTIONS.values() for m in ms}))
    for title, modules in sections.items():
        names = [n for n in hr.__all__ if exports.get(n) in modules]
        if not names:
            continue
        out += ["", f"## {title}"]
        for name in sorted(names, key=lambda n: (modules.index(exports[n]), n[0].isupper(), n)):
            out += ["", f"::: hamstring_rules.{exports[name]}.{name}"]
    return "\n".join(out) + "\n"


def changelog_page() -> str:
    """CHANGELOG.md as it is."""
    return (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


PAGES = {
    "tour.md": tour_page,
    "checks.md": checks_page,
    "exercises.md": exercises_page,
    "contracts.md": contracts_page,
    "reference.md": reference_page,
    "changelog.md": changelog_page,
}


def on_files(files: Any, config: Any) -> Any:
    """mkdocs event: add the generated pages to the site's files."""
    from mkdocs.structure.files import File

    for name, page in PAGES.items():
        files.append(File.generated(config, name, content=page()))
    return files
