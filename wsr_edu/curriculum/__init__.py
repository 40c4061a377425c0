"""Curricula: the format, loading, validation and safe rendering. Pure Python, no Qt.

The names below load their modules when first used, so that listing kept curricula at start-up
(`catalog.scan` with `scan_cache`) reads none of the parsing code.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .folders import find_curricula, is_curriculum_dir
    from .loader import load_curriculum
    from .model import (
        Choice,
        ComplaintLine,
        Curriculum,
        Language,
        Module,
        ModuleText,
        Question,
        Slide,
    )
    from .problems import Problem, ProblemList, Severity
    from .result import LoadResult

_WHERE = {
    "Choice": "model",
    "ComplaintLine": "model",
    "Curriculum": "model",
    "Language": "model",
    "LoadResult": "result",
    "Module": "model",
    "ModuleText": "model",
    "Problem": "problems",
    "ProblemList": "problems",
    "Question": "model",
    "Severity": "problems",
    "Slide": "model",
    "find_curricula": "folders",
    "is_curriculum_dir": "folders",
    "load_curriculum": "loader",
}
"""Where each name of the package is defined."""

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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
