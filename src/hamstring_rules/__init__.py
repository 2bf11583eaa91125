"""hamstring_rules: train the hamstrings - especially the upper hamstring, the glute-ham
tie-in - by joint action, with an explainable rule engine and a program linter.

>>> import hamstring_rules as hr
>>> result = hr.recommend(goal="tie_in_hypertrophy")
>>> result[0].exercise.name
'Romanian deadlift'
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"  # the one place (pyproject.toml reads it)
#: The project's home: the SARIF ``informationUri``, the install hints and the package metadata.
PROJECT_URL = "https://github.com/hamstring-rules/hamstring-rules"

# Public names and the module that defines each. Modules load on first use (PEP 562), so
# `import hamstring_rules` stays cheap and pydantic is imported only when a file is parsed.
_EXPORTS: dict[str, str] = {
    "AllOf": "rules",
    "AnyOf": "rules",
    "Catalog": "catalog",
    "CatalogError": "errors",
    "CheckConfig": "_check",
    "Compare": "rules",
    "Edit": "findings",
    "Effect": "rules",
    "Entry": "program",
    "Equipment": "exercises",
    "Exclusion": "_recommend",
    "Exclusions": "_recommend",
    "Exercise": "exercises",
    "ExerciseWeek": "logs",
    "ExerciseKind": "exercises",
    "Finding": "findings",
    "FindingGroup": "findings",
    "Fix": "findings",
    "FixResult": "_fix",
    "Goal": "rules",
    "HamstringLength": "exercises",
    "HamstringRulesError": "errors",
    "HipFlexion": "exercises",
    "InputLimitError": "errors",
    "JointAction": "exercises",
    "KneeBehaviour": "exercises",
    "Laterality": "exercises",
    "Level": "exercises",
    "LoadPosition": "exercises",
    "Modality": "exercises",
    "MovementClass": "exercises",
    "Location": "findings",
    "Limits": "program",
    "LogFormatError": "errors",
    "LogIssue": "logs",
    "LoggedExercise": "logs",
    "NameMap": "names",
    "Not": "rules",
    "ParsedName": "names",
    "Plan": "_plan",
    "PlanChoice": "_plan",
    "PlanNote": "_plan",
    "Prescription": "_recommend",
    "PlanLayout": "rules",
    "PlanSlot": "rules",
    "Program": "program",
    "ProgramError": "errors",
    "Reason": "_recommend",
    "Recommendation": "_recommend",
    "RecommendationResult": "_recommend",
    "Region": "exercises",
    "Report": "findings",
    "RequestError": "errors",
    "Resolution": "catalog",
    "Role": "rules",
    "Rule": "rules",
    "RuleError": "errors",
    "RuleSet": "rules",
    "Session": "program",
    "SessionSummary": "findings",
    "StartPosition": "exercises",
    "Substitution": "_substitute",
    "SubstitutionResult": "_substitute",
    "UnknownCodeError": "errors",
    "UnknownExerciseError": "errors",
    "UnknownGoalError": "errors",
    "Week": "program",
    "WeekSummaries": "findings",
    "WeekSummary": "findings",
    "Workout": "logs",
    "WorkoutLog": "logs",
    "check": "_check",
    "derive_region": "catalog",
    "e1rm": "logs",
    "explain": "_explain",
    "explain_data": "_explain",
    "fix": "_fix",
    "json_schema": "_program_file",
    "load_log": "logs",
    "load_program": "_program_file",
    "normalize_name": "catalog",
    "parse_name": "names",
    "plan": "_plan",
    "program_json_schema": "_program_file",
    "recommend": "_recommend",
    "substitute": "_substitute",
}

__all__ = [
    "AllOf",
    "AnyOf",
    "Catalog",
    "CatalogError",
    "CheckConfig",
    "Compare",
    "Edit",
    "Effect",
    "Entry",
    "Equipment",
    "Exclusion",
    "Exclusions",
    "Exercise",
    "ExerciseKind",
    "ExerciseWeek",
    "Finding",
    "FindingGroup",
    "Fix",
    "FixResult",
    "Goal",
    "HamstringLength",
    "HamstringRulesError",
    "HipFlexion",
    "InputLimitError",
    "JointAction",
    "KneeBehaviour",
    "Laterality",
    "Level",
    "Limits",
    "LoadPosition",
    "Location",
    "LogFormatError",
    "LogIssue",
    "LoggedExercise",
    "Modality",
    "MovementClass",
    "NameMap",
    "Not",
    "ParsedName",
    "Plan",
    "PlanChoice",
    "PlanLayout",
    "PlanNote",
    "PlanSlot",
    "Prescription",
    "Program",
    "ProgramError",
    "Reason",
    "Recommendation",
    "RecommendationResult",
    "Region",
    "Report",
    "RequestError",
    "Resolution",
    "Role",
    "Rule",
    "RuleError",
    "RuleSet",
    "Session",
    "SessionSummary",
    "StartPosition",
    "Substitution",
    "SubstitutionResult",
    "UnknownCodeError",
    "UnknownExerciseError",
    "UnknownGoalError",
    "Week",
    "WeekSummaries",
    "WeekSummary",
    "Workout",
    "WorkoutLog",
    "check",
    "derive_region",
    "e1rm",
    "explain",
    "explain_data",
    "fix",
    "json_schema",
    "load_log",
    "load_program",
    "normalize_name",
    "parse_name",
    "plan",
    "program_json_schema",
    "recommend",
    "substitute",
]


#: Public functions whose arguments are read through ``_validate.plain`` (a subclass of a
#: built-in type whose methods raise or lie cannot run inside the library).
_PLAIN_ARGUMENTS = frozenset(
    {"check", "recommend", "plan", "substitute", "explain", "explain_data", "fix", "load_log", "load_program",
     "e1rm", "normalize_name", "parse_name"}
)  # fmt: skip


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    if name in _PLAIN_ARGUMENTS:  # a str/int/list... subclass argument is read as the built-in
        from ._validate import plain_arguments

        value = plain_arguments(value)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public API (``__all__``) and the submodules already imported: what tab completion in a
    notebook offers, without this module's own imports (``importlib``, ``TYPE_CHECKING``...)."""
    modules = {n for n, value in globals().items() if isinstance(value, ModuleType) and n != "importlib"}
    return sorted({*__all__, *modules})


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from ._check import (
        CheckConfig,
        check,
    )
    from ._explain import (
        explain,
        explain_data,
    )
    from ._fix import (
        FixResult,
        fix,
    )
    from ._plan import (
        Plan,
        PlanChoice,
        PlanNote,
        plan,
    )
    from ._program_file import json_schema, load_program, program_json_schema
    from ._recommend import (
        Exclusion,
        Exclusions,
        Prescription,
        Reason,
        Recommendation,
        RecommendationResult,
        recommend,
    )
    from ._substitute import (
        Substitution,
        SubstitutionResult,
        substitute,
    )
    from .catalog import (
        Catalog,
        Resolution,
        derive_region,
        normalize_name,
    )
    from .errors import (
        CatalogError,
        HamstringRulesError,
        InputLimitError,
        LogFormatError,
        ProgramError,
        RequestError,
        RuleError,
        UnknownCodeError,
        UnknownExerciseError,
        UnknownGoalError,
    )
    from .exercises import (
        Equipment,
        Exercise,
        ExerciseKind,
        HamstringLength,
        HipFlexion,
        JointAction,
        KneeBehaviour,
        Laterality,
        Level,
        LoadPosition,
        Modality,
        MovementClass,
        Region,
        StartPosition,
    )
    from .findings import (
        Edit,
        Finding,
        FindingGroup,
        Fix,
        Location,
        Report,
        SessionSummary,
        WeekSummaries,
        WeekSummary,
    )
    from .logs import (
        ExerciseWeek,
        LoggedExercise,
        LogIssue,
        Workout,
        WorkoutLog,
        e1rm,
        load_log,
    )
    from .names import NameMap, ParsedName, parse_name
    from .program import (
        Entry,
        Limits,
        Program,
        Session,
        Week,
    )
    from .rules import (
        AllOf,
        AnyOf,
        Compare,
        Effect,
        Goal,
        Not,
        PlanLayout,
        PlanSlot,
        Role,
        Rule,
        RuleSet,
    )
