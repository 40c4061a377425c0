"""Attendance and results: sessions, marks, quiz counts, kiosk answers, exports and bundles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .repository import Records

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
    # Records pulls in SQLAlchemy; load it only when someone actually opens the database.
    if name == "Records":
        from .repository import Records

        return Records
    raise AttributeError(name)
