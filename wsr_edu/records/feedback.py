"""Anonymous feedback tallies: how many gave each answer, by day and site or by session.

A tally is a count and nothing else. It never refers to a kiosk visit, an attendance code
or a time of day: the kiosk's tallies are kept per site and day, a class's per session.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select, update

from . import training
from .errors import RecordsError
from .model import ANSWER_LETTERS, FeedbackAnswer, FeedbackTally, SessionFilters
from .schema import feedback_tallies, sessions

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from .access import Database

_NAMESPACE = uuid.UUID("5b0f6a3e-8f43-4d1e-9a52-6c1d1f0e7b21")


def answer_letter(index: int) -> str:
    """The stored name of answer `index` (0 -> `a`)."""
    return ANSWER_LETTERS[index] if 0 <= index < len(ANSWER_LETTERS) else str(index + 1)


def tally_id(device_id: str, *key: str) -> str:
    """The same tally on the same laptop is always the same row (and the same id elsewhere)."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join((device_id, *key))))


def _key(
    curriculum_id: str,
    version: str,
    language: str,
    question_id: str,
    answer: str,
    site: str,
    day: date,
    session_id: str | None,
) -> dict[str, object]:
    return {
        "curriculum_id": curriculum_id,
        "curriculum_version": version,
        "language": language,
        "question_id": question_id,
        "answer": answer,
        "site": site,
        "day": day.isoformat(),
        "session_id": session_id,
    }


def _add(
    conn: Connection, device_id: str, key: dict[str, object], count: int, *, add: bool
) -> None:
    """Add `count` to the tally (or set it to `count`), creating its row the first time."""
    row_id = tally_id(device_id, *(str(v or "") for v in key.values()))
    new_count = feedback_tallies.c.count + count if add else count
    result = conn.execute(
        update(feedback_tallies)
        .where(feedback_tallies.c.id == row_id)
        .values(count=new_count, revision=feedback_tallies.c.revision + 1)
    )
    if result.rowcount == 0:
        conn.execute(
            insert(feedback_tallies).values(
                id=row_id, device_id=device_id, count=count, revision=1, **key
            )
        )


def add_kiosk_answer(db: Database, given: FeedbackAnswer) -> None:
    """One more for this answer at this site on this day."""
    key = _key(
        given.curriculum_id,
        given.curriculum_version,
        given.language,
        given.question_id,
        given.answer,
        given.site,
        given.day,
        None,
    )
    db.transact("save the feedback", lambda conn: _add(conn, db.device_id, key, 1, add=True))


def set_session_counts(
    db: Database,
    session_id: str,
    curriculum_version: str,
    language: str,
    question_id: str,
    counts: Sequence[int],
) -> None:
    """The hands shown for each answer of a question in a class; replaces earlier counts."""
    if any(c < 0 for c in counts):
        raise RecordsError("a count of raised hands cannot be negative")
    session = training.get(db, session_id)

    def work(conn: Connection) -> None:
        for index, count in enumerate(counts):
            key = _key(
                session.curriculum_id,
                curriculum_version,
                language,
                question_id,
                answer_letter(index),
                session.site,
                session.started_at.date(),
                session_id,
            )
            _add(conn, db.device_id, key, int(count), add=False)

    db.transact("save the feedback counts", work)


def session_counts(db: Database, session_id: str) -> dict[str, tuple[int, ...]]:
    """Question id -> the hands for each answer (by index) counted in one session."""
    with db.read("read the feedback counts") as conn:
        rows = conn.execute(
            select(
                feedback_tallies.c.question_id, feedback_tallies.c.answer, feedback_tallies.c.count
            )
            .where(feedback_tallies.c.session_id == session_id)
            .where(feedback_tallies.c.device_id == db.device_id)
        )
        result: dict[str, list[int]] = {}
        for question_id, answer, count in rows:
            index = ANSWER_LETTERS.find(answer) if len(answer) == 1 else -1
            if index < 0:
                continue
            values = result.setdefault(question_id, [])
            values.extend([0] * (index + 1 - len(values)))
            values[index] = int(count)
    return {q: tuple(v) for q, v in result.items()}


def tallies(conn: Connection, filters: SessionFilters) -> list[FeedbackTally]:
    """Every tally the filters cover, added up over laptops, in a stable order."""
    t = feedback_tallies
    columns = (
        t.c.curriculum_id,
        t.c.curriculum_version,
        t.c.language,
        t.c.question_id,
        t.c.answer,
        t.c.site,
        t.c.day,
        t.c.session_id,
    )
    query = select(*columns, func.sum(t.c.count)).group_by(*columns).order_by(*columns)
    if filters.date_from:
        query = query.where(t.c.day >= filters.date_from.isoformat())
    if filters.date_to:
        query = query.where(t.c.day <= filters.date_to.isoformat())
    if filters.site:
        query = query.where(t.c.site == filters.site)
    if filters.language:
        query = query.where(t.c.language == filters.language)
    if filters.module_id or filters.facilitator or not filters.include_open:
        # Only a class's tallies belong to a module, a facilitator or an ended session.
        chosen = select(sessions.c.id)
        if filters.module_id:
            chosen = chosen.where(sessions.c.module_id == filters.module_id)
        if filters.facilitator:
            chosen = chosen.where(sessions.c.facilitator == filters.facilitator)
        if not filters.include_open:
            chosen = chosen.where(sessions.c.ended_at.is_not(None))
        query = query.where(t.c.session_id.in_(chosen))
    result = []
    for cid, version, lang, qid, answer, site, day, session_id, count in conn.execute(query):
        result.append(
            FeedbackTally(
                cid,
                version,
                lang,
                qid,
                answer,
                site,
                date.fromisoformat(day),
                int(count or 0),
                session_id,
            )
        )
    return result


@dataclass(frozen=True)
class FeedbackRow:
    """One answer's count in one group: curriculum, question, language, site, month, where."""

    curriculum_id: str
    curriculum_version: str
    question_id: str
    answer: str
    language: str
    site: str
    month: str
    where: str
    """"kiosk" (one worker at a time) or "class" (a show of hands)."""
    count: int
    share: float | None
    """Of every answer to the same question in the same group."""


def feedback_rows(conn: Connection, filters: SessionFilters) -> list[FeedbackRow]:
    """The anonymous feedback tallies added up per answer, by site and month and by language."""
    groups: dict[tuple[str, ...], int] = {}
    for t in tallies(conn, filters):
        where = "class" if t.session_id else "kiosk"
        key = (
            t.curriculum_id,
            t.curriculum_version,
            t.question_id,
            t.language,
            t.site,
            t.day.strftime("%Y-%m"),
            where,
            t.answer,
        )
        groups[key] = groups.get(key, 0) + t.count
    asked: dict[tuple[str, ...], int] = {}
    for found, count in groups.items():
        asked[found[:-1]] = asked.get(found[:-1], 0) + count
    rows = []
    for group in sorted(groups):
        cid, version, qid, lang, site, month, where, answer = group
        total = asked[group[:-1]]
        rows.append(
            FeedbackRow(
                cid,
                version,
                qid,
                answer,
                lang,
                site,
                month,
                where,
                groups[group],
                groups[group] / total if total else None,
            )
        )
    return rows


def day_of(moment: datetime) -> date:
    """The day a kiosk tally is kept under (the local day of the answer)."""
    return moment.date()


__all__ = [
    "FeedbackAnswer",
    "FeedbackRow",
    "FeedbackTally",
    "add_kiosk_answer",
    "answer_letter",
    "day_of",
    "feedback_rows",
    "session_counts",
    "set_session_counts",
    "tallies",
    "tally_id",
]
