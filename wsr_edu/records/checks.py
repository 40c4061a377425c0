"""`db check`: integrity checks that go beyond the database engine's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import and_, func, select, text

from .model import ATTENDED_STATUSES, PrivacyMode
from .schema import attendance, sessions

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def run_checks(conn: Connection) -> list[str]:
    problems: list[str] = []
    if conn.dialect.name == "sqlite":
        rows = [str(r[0]) for r in conn.execute(text("PRAGMA integrity_check"))]
        if rows != ["ok"]:
            problems.extend(f"integrity_check: {r}" for r in rows[:20])
        for row in conn.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"table {row[0]} row {row[1]} points at a missing {row[2]} record")
    private = conn.execute(
        select(func.count())
        .select_from(attendance.join(sessions))
        .where(
            and_(sessions.c.privacy_mode != PrivacyMode.NAMES.value, attendance.c.name.is_not(None))
        )
    ).scalar_one()
    if private:
        problems.append(
            f"{private} attendance mark(s) hold a name in a session that does not record names"
        )
    attended = (
        select(func.count())
        .select_from(attendance)
        .where(
            and_(
                attendance.c.session_id == sessions.c.id, attendance.c.status.in_(ATTENDED_STATUSES)
            )
        )
        .scalar_subquery()
    )
    wrong = conn.execute(
        select(func.count())
        .select_from(sessions)
        .where(
            and_(
                sessions.c.privacy_mode != PrivacyMode.HEADCOUNT.value,
                sessions.c.headcount != attended,
            )
        )
    ).scalar_one()
    if wrong:
        problems.append(f"{wrong} session(s) have a headcount that differs from their marks")
    backwards = conn.execute(
        select(func.count())
        .select_from(sessions)
        .where(sessions.c.ended_at < sessions.c.started_at)
    ).scalar_one()
    if backwards:
        problems.append(f"{backwards} session(s) end before they start")
    return problems
