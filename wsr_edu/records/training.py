"""Training sessions: starting, reading, resuming and ending them, and their headcount."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update

from .access import Database, now, utc_offset_minutes
from .errors import NamesNotAllowedError, NotFoundError, RecordsError
from .model import PrivacyMode, SessionSetup, TrainingSession
from .rows import session_from_row
from .schema import sessions

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def start(
    db: Database,
    setup: SessionSetup,
    *,
    names_allowed: bool,
    started_at: datetime | None,
    paid_time: bool | None = None,
    planned_minutes: int | None = None,
) -> TrainingSession:
    mode = PrivacyMode(setup.privacy_mode)
    if mode is PrivacyMode.NAMES and not names_allowed:
        raise NamesNotAllowedError(
            "recording names is switched off for this organisation; use a headcount or "
            "pseudonymous codes (an administrator can allow names in Settings)"
        )
    if not setup.site.strip():
        raise RecordsError("a session needs a site: say where the training takes place")
    moment = now()
    values = {
        "id": str(uuid.uuid4()),
        "device_id": db.device_id,
        "site": setup.site.strip(),
        "group_name": setup.group.strip(),
        "facilitator": setup.facilitator.strip(),
        "language": setup.language,
        "curriculum_id": setup.curriculum_id,
        "curriculum_version": setup.curriculum_version,
        "module_id": setup.module_id,
        "privacy_mode": mode.value,
        "headcount": 0,
        "started_at": started_at or moment,
        "ended_at": None,
        "utc_offset_minutes": utc_offset_minutes(),
        "updated_at": moment,
        "paid_time": setup.paid_time if paid_time is None else paid_time,
        "planned_minutes": setup.planned_minutes if planned_minutes is None else planned_minutes,
    }
    with db.write("start the session") as conn:
        conn.execute(insert(sessions).values(**values))
    return get(db, str(values["id"]))


def fetch(conn: Connection, session_id: str) -> TrainingSession:
    row = conn.execute(select(sessions).where(sessions.c.id == session_id)).mappings().first()
    if row is None:
        raise NotFoundError(f"no session with id {session_id}")
    return session_from_row(row)


def get(db: Database, session_id: str) -> TrainingSession:
    with db.read("read the session") as conn:
        return fetch(conn, session_id)


def unfinished(db: Database) -> list[TrainingSession]:
    with db.read("look for unfinished sessions") as conn:
        rows = (
            conn.execute(
                select(sessions)
                .where(sessions.c.ended_at.is_(None))
                .order_by(sessions.c.started_at.desc())
            )
            .mappings()
            .all()
        )
    return [session_from_row(r) for r in rows]


def end(db: Database, session_id: str, ended_at: datetime | None) -> TrainingSession:
    def work(conn: Connection) -> TrainingSession:
        session = fetch(conn, session_id)
        finish = ended_at or now()
        if finish < session.started_at:
            finish = session.started_at
        conn.execute(
            update(sessions)
            .where(sessions.c.id == session_id)
            .values(ended_at=finish, updated_at=now())
        )
        return fetch(conn, session_id)

    return db.transact("end the session", work)


def touch(db: Database, session_id: str) -> None:
    with db.write("note the session's progress") as conn:
        conn.execute(update(sessions).where(sessions.c.id == session_id).values(updated_at=now()))


def set_headcount(db: Database, session_id: str, count: int) -> TrainingSession:
    if count < 0:
        raise RecordsError("a headcount cannot be negative")

    def work(conn: Connection) -> TrainingSession:
        session = fetch(conn, session_id)
        if session.privacy_mode is not PrivacyMode.HEADCOUNT:
            raise RecordsError(
                "this session counts people by their marks; mark each code or name instead"
            )
        conn.execute(
            update(sessions)
            .where(sessions.c.id == session_id)
            .values(headcount=count, updated_at=now())
        )
        return fetch(conn, session_id)

    return db.transact("save the headcount", work)
