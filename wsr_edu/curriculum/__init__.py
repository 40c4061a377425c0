"""Curricula: the format, loading, validation and safe rendering. Pure Python, no Qt."""

from .loader import LoadResult, find_curricula, is_curriculum_dir, load_curriculum
from .model import Choice, ComplaintLine, Curriculum, Language, Module, ModuleText, Question, Slide
from .problems import Problem, ProblemList, Severity

__all__ = [
    "Choice",
    "ComplaintLine",
    "Curriculum",
    "Language",
    "LoadResult",
    "Module",
    "ModuleText",
    "Problem",
    "ProblemList",
    "Question",
    "Severity",
    "Slide",
    "find_curricula",
    "is_curriculum_dir",
    "load_curriculum",
]
