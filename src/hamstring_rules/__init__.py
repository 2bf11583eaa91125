"""hamstring_rules: train the hamstrings - especially the upper hamstring, the glute-ham
tie-in - by joint action, with an explainable rule engine and a program linter.

>>> import hamstring_rules as hr
>>> result = hr.recommend(goal="tie_in_hypertrophy")
>>> result[0].exercise.name
'Romanian deadlift'
"""

from .catalog import Catalog, Resolution, normalize_name
from .check import CheckConfig, check
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
    Region,
    StartPosition,
)
from .explain import explain
from .findings import Finding, Location, Report, SessionSummary, WeekSummary
from .logs import LoggedExercise, LogIssue, Workout, WorkoutLog, load_log
from .program import Entry, Program, Session, Week, load_program, program_json_schema
from .recommend import (
    Exclusion,
    Prescription,
    Reason,
    Recommendation,
    RecommendationResult,
    recommend,
)
from .rules import AllOf, AnyOf, Compare, Effect, Goal, Not, Rule, RuleSet
from .substitute import Substitution, SubstitutionResult, substitute

__version__ = "0.1.0"

__all__ = [
    "AllOf",
    "AnyOf",
    "Catalog",
    "CatalogError",
    "CheckConfig",
    "Compare",
    "Effect",
    "Entry",
    "Equipment",
    "Exclusion",
    "Exercise",
    "ExerciseKind",
    "Finding",
    "Goal",
    "HamstringLength",
    "HamstringRulesError",
    "HipFlexion",
    "InputLimitError",
    "JointAction",
    "KneeBehaviour",
    "Laterality",
    "Level",
    "LoadPosition",
    "Location",
    "LogFormatError",
    "LogIssue",
    "LoggedExercise",
    "Not",
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
    "WeekSummary",
    "Workout",
    "WorkoutLog",
    "check",
    "explain",
    "load_log",
    "load_program",
    "normalize_name",
    "program_json_schema",
    "recommend",
    "substitute",
]
