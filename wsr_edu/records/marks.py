"""Attendance marks: a code or a name with a status, and the headcount they add up to."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, insert, select, update

from . import codes as codes_mod
from . import issued, training
from .access import Database, now
from .errors import NamesNotAllowedError, NotFoundError, RecordsError
from .model import ATTENDED_STATUSES, AttendanceMark, AttendanceStatus, PrivacyMode
from .rows import mark_from_row
from .schema import attendance, sessions

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def new_codes(
    db: Database, count: int, session_id: str | None, drawn: Iterable[str] = ()
) -> list[str]:
    """Fresh codes whose three pictures no code known here (nor each other, nor the codes
    already `drawn` for cards not yet saved) has, so the cards printed from them are told
    apart by their pictures too."""
    taken: set[str] = issued.known_codes(db) | set(drawn)
    if session_id is not None:
        taken.update(m.code for m in marks(db, session_id) if m.code)
    return codes_mod.codes_with_free_pictures(count, taken)


def mark(
    db: Database,
    session_id: str,
    status: AttendanceStatus | str,
    *,
    code: str | None,
    name: str | None,
    mark_id: str | None,
) -> AttendanceMark:
    status = AttendanceStatus(status)
    mode = training.get(db, session_id).privacy_mode
    if mode is PrivacyMode.CODES and code:
        code = codes_mod.normalise_code(code)
    # Refused before the write lock is taken; the privacy mode of a session never changes.
    _check(mode, code, name, mark_id)
    saved = db.transact(
        "save the attendance mark",
        lambda conn: _save(db, conn, session_id, status, code, name, mark_id),
    )
    if mark_id is not None and name is not None:
        # A corrected name: secure_delete wiped the old one from the file's pages, and the
        # checkpoint empties the WAL, which still held pages with it.
        db.checkpoint()
    return saved


def _check(mode: PrivacyMode, code: str | None, name: str | None, mark_id: str | None) -> None:
    if name is not None and mode is not PrivacyMode.NAMES:
        raise NamesNotAllowedError(
            "this session does not record names; mark the person's code instead"
        )
    if mode is PrivacyMode.HEADCOUNT:
        raise RecordsError("this session keeps a headcount only; change the count instead")
    if mode is PrivacyMode.CODES:
        if not code:
            raise RecordsError("give the code printed on the person's card")
        if not codes_mod.is_valid_code(code):
            raise RecordsError(
                f"{code!r} is not a card code; codes look like "
                f"{codes_mod.new_code()} (letters and digits, with a dash)"
            )
    elif mark_id is None and not (name and name.strip()):
        raise RecordsError("give the person's name")


def _save(
    db: Database,
    conn: Connection,
    session_id: str,
    status: AttendanceStatus,
    code: str | None,
    name: str | None,
    mark_id: str | None,
) -> AttendanceMark:
    moment = now()
    existing = None
    if mark_id is not None:
        existing = conn.execute(
            select(attendance.c.id).where(
                and_(attendance.c.id == mark_id, attendance.c.session_id == session_id)
            )
        ).first()
        if existing is None:
            raise NotFoundError(f"no attendance mark with id {mark_id} in this session")
    elif code is not None:
        existing = conn.execute(
            select(attendance.c.id).where(
                and_(attendance.c.session_id == session_id, attendance.c.code == code)
            )
        ).first()
    if existing is not None:
        values: dict[str, Any] = {"status": status.value, "updated_at": moment}
        if name is not None and name.strip():
            values["name"] = name.strip()
        conn.execute(update(attendance).where(attendance.c.id == existing[0]).values(**values))
        row_id = str(existing[0])
    else:
        row_id = str(uuid.uuid4())
        conn.execute(
            insert(attendance).values(
                id=row_id,
                session_id=session_id,
                device_id=db.device_id,
                code=code,
                name=name.strip() if name else None,
                status=status.value,
                marked_at=moment,
                updated_at=moment,
            )
        )
    attended = conn.execute(
        select(func.count())
        .select_from(attendance)
        .where(
            and_(
                attendance.c.session_id == session_id,
                attendance.c.status.in_(ATTENDED_STATUSES),
            )
        )
    ).scalar_one()
    conn.execute(
        update(sessions)
        .where(sessions.c.id == session_id)
        .values(headcount=attended, updated_at=moment)
    )
    row = conn.execute(select(attendance).where(attendance.c.id == row_id)).mappings().one()
    return mark_from_row(row)


def marks(db: Database, session_id: str) -> list[AttendanceMark]:
    with db.read("read the attendance") as conn:
        rows = (
            conn.execute(
                select(attendance)
                .where(attendance.c.session_id == session_id)
                .order_by(attendance.c.marked_at, attendance.c.id)
            )
            .mappings()
            .all()
        )
    return [mark_from_row(r) for r in rows]


def names_for(db: Database, session_ids: Iterable[str]) -> dict[str, list[str]]:
    ids = list(session_ids)
    found: dict[str, list[str]] = {}
    with db.read("read the names") as conn:
        for start in range(0, len(ids), 500):
            rows = conn.execute(
                select(attendance.c.session_id, attendance.c.name)
                .where(
                    and_(
                        attendance.c.session_id.in_(ids[start : start + 500]),
                        attendance.c.name.is_not(None),
                    )
                )
                .order_by(attendance.c.name)
            )
            for session_id, name in rows:
                found.setdefault(session_id, []).append(name)
    return found
