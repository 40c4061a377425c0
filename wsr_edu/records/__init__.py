"""Attendance and results: sessions, marks, quiz counts, kiosk answers, exports and bundles.

The names below load their modules when first used: a command of this package (`commands`)
is imported to build the command line, and must not pay for the records' types or SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import DiskFullError, NamesNotAllowedError, RecordsError
    from .model import (
        AttendanceMark,
        AttendanceStatus,
        FilterOptions,
        KioskAnswer,
        PrivacyMode,
        QuestionResult,
        SessionFilters,
        SessionSetup,
        Totals,
        TrainingSession,
    )
    from .repository import Records

_WHERE = {
    "AttendanceMark": "model",
    "AttendanceStatus": "model",
    "DiskFullError": "errors",
    "FilterOptions": "model",
    "KioskAnswer": "model",
    "NamesNotAllowedError": "errors",
    "PrivacyMode": "model",
    "QuestionResult": "model",
    "Records": "repository",  # pulls in SQLAlchemy: only for someone opening the database
    "RecordsError": "errors",
    "SessionFilters": "filters",
    "SessionSetup": "model",
    "Totals": "model",
    "TrainingSession": "model",
}
"""Where each name of the package is defined."""

__all__ = [
    "AttendanceMark",
    "AttendanceStatus",
    "DiskFullError",
    "FilterOptions",
    "KioskAnswer",
    "NamesNotAllowedError",
    "PrivacyMode",
    "QuestionResult",
    "Records",
    "RecordsError",
    "SessionFilters",
    "SessionSetup",
    "Totals",
    "TrainingSession",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(name)
    return getattr(importlib.import_module(f".{module}", __name__), name)
