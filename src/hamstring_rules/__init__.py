"""hamstring_rules: train the hamstrings - especially the upper hamstring, the glute-ham
tie-in - by joint action, with an explainable rule engine and a program linter.

>>> import hamstring_rules as hr
>>> result = hr.recommend(goal="tie_in_hypertrophy")
>>> result[0].exercise.name
'Romanian deadlift'
"""

from .catalog import Catalog, Resolution, normalize_name
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
from .recommend import (
    Exclusion,
    Prescription,
    Reason,
    Recommendation,
    RecommendationResult,
    recommend,
)
from .rules import AllOf, AnyOf, Compare, Effect, Goal, Not, Rule, RuleSet

__version__ = "0.1.0"

__all__ = [
    "AllOf",
    "AnyOf",
    "Catalog",
    "CatalogError",
    "Compare",
    "Effect",
    "Equipment",
    "Exclusion",
    "Exercise",
    "ExerciseKind",
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
    "LogFormatError",
    "Not",
    "Prescription",
    "ProgramError",
    "Reason",
    "Recommendation",
    "RecommendationResult",
    "Region",
    "RequestError",
    "Resolution",
    "Rule",
    "RuleError",
    "RuleSet",
    "StartPosition",
    "UnknownCodeError",
    "UnknownExerciseError",
    "UnknownGoalError",
    "normalize_name",
    "recommend",
]
