"""Database rows into the frozen records the rest of the app reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import AttendanceMark, AttendanceStatus, PrivacyMode, TrainingSession

if TYPE_CHECKING:
    from sqlalchemy.engine import RowMapping


def session_from_row(row: RowMapping) -> TrainingSession:
    return TrainingSession(
        id=row["id"],
        device_id=row["device_id"],
        site=row["site"],
        group=row["group_name"],
        facilitator=row["facilitator"],
        language=row["language"],
        curriculum_id=row["curriculum_id"],
        curriculum_version=row["curriculum_version"],
        module_id=row["module_id"],
        privacy_mode=PrivacyMode(row["privacy_mode"]),
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        headcount=row["headcount"],
        utc_offset_minutes=row["utc_offset_minutes"],
        updated_at=row["updated_at"],
        paid_time=bool(row.get("paid_time", False)),
        planned_minutes=row.get("planned_minutes"),
    )


def mark_from_row(row: RowMapping) -> AttendanceMark:
    return AttendanceMark(
        id=row["id"],
        session_id=row["session_id"],
        status=AttendanceStatus(row["status"]),
        marked_at=row["marked_at"],
        code=row["code"],
        name=row["name"],
    )
