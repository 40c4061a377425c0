"""Kiosk answers: what a worker tapped, never who; linked to a session when the visit ends."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import insert, update

from . import training
from .access import Database, now
from .model import KioskAnswer, PrivacyMode, TrainingSession
from .schema import kiosk_answers, sessions


def to_the_minute(moment: datetime) -> datetime:
    """Kiosk times kept only to the minute: enough for reports, too coarse to follow a worker."""
    return moment.replace(second=0, microsecond=0)


def record(db: Database, answer: KioskAnswer, answered_at: datetime | None) -> str:
    moment = to_the_minute(now())
    row_id = str(uuid.uuid4())
    with db.write("save the kiosk answer") as conn:
        conn.execute(
            insert(kiosk_answers).values(
                id=row_id,
                device_id=db.device_id,
                session_id=answer.session_id,
                site=answer.site,
                curriculum_id=answer.curriculum_id,
                curriculum_version=answer.curriculum_version,
                module_id=answer.module_id,
                language=answer.language,
                question_id=answer.question_id,
                chosen=",".join(str(i) for i in sorted(answer.chosen)),
                correct=answer.correct,
                answered_at=to_the_minute(answered_at) if answered_at else moment,
                updated_at=moment,
            )
        )
    return row_id


def link(db: Database, answer_ids: Iterable[str], session_id: str) -> int:
    ids = list(dict.fromkeys(answer_ids))
    training.get(db, session_id)  # NotFoundError for a session that does not exist
    if not ids:
        return 0
    with db.write("link the kiosk answers to their session") as conn:
        result = conn.execute(
            update(kiosk_answers)
            .where(kiosk_answers.c.id.in_(ids))
            # A newer updated_at lets merged bundles carry the link to other laptops: one
            # minute on, so it is newer than an answer given in this same minute.
            .values(session_id=session_id, updated_at=to_the_minute(now()) + timedelta(minutes=1))
        )
    return int(result.rowcount)


def complete_visit(db: Database, session_id: str, group: str, code: str | None) -> TrainingSession:
    """Move an unfinished visit's session to `group`: a codes session for a worker's code,
    else a headcount of one. The attendance mark for the code is the caller's to write."""
    from . import codes as codes_mod
    from .errors import RecordsError

    training.get(db, session_id)  # NotFoundError for a session that does not exist
    if code is not None:
        code = codes_mod.normalise_code(code)
        if not codes_mod.is_valid_code(code):
            raise RecordsError(f"{code!r} is not a card code")
    mode = PrivacyMode.CODES if code else PrivacyMode.HEADCOUNT
    with db.write("save the finished kiosk visit") as conn:
        conn.execute(
            update(sessions)
            .where(sessions.c.id == session_id)
            .values(
                group_name=group,
                privacy_mode=mode.value,
                headcount=0 if code else 1,
                updated_at=now(),
            )
        )
    return training.get(db, session_id)
