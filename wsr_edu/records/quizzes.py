"""Group quiz counts: the hands shown for each choice of a question."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import and_, insert, select, update

from . import training
from .access import Database, now
from .errors import RecordsError
from .schema import quiz_counts, sessions

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def record(
    db: Database,
    session_id: str,
    question_id: str,
    counts: Sequence[int],
    correct: Iterable[int],
) -> None:
    if any(c < 0 for c in counts):
        raise RecordsError("a count of raised hands cannot be negative")
    right = set(correct)
    training.get(db, session_id)

    def work(conn: Connection) -> None:
        moment = now()
        existing = {
            int(r.choice_index): str(r.id)
            for r in conn.execute(
                select(quiz_counts.c.id, quiz_counts.c.choice_index).where(
                    and_(
                        quiz_counts.c.session_id == session_id,
                        quiz_counts.c.question_id == question_id,
                    )
                )
            )
        }
        for index, count in enumerate(counts):
            values = {"count": int(count), "correct": index in right, "updated_at": moment}
            if index in existing:
                conn.execute(
                    update(quiz_counts)
                    .where(quiz_counts.c.id == existing.pop(index))
                    .values(**values)
                )
            else:
                conn.execute(
                    insert(quiz_counts).values(
                        id=str(uuid.uuid4()),
                        session_id=session_id,
                        device_id=db.device_id,
                        question_id=question_id,
                        choice_index=index,
                        **values,
                    )
                )
        for stale in existing.values():
            conn.execute(
                update(quiz_counts)
                .where(quiz_counts.c.id == stale)
                .values(count=0, updated_at=moment)
            )
        conn.execute(update(sessions).where(sessions.c.id == session_id).values(updated_at=moment))

    db.transact("save the quiz counts", work)


def counts(db: Database, session_id: str) -> dict[str, tuple[int, ...]]:
    with db.read("read the quiz counts") as conn:
        rows = conn.execute(
            select(quiz_counts.c.question_id, quiz_counts.c.choice_index, quiz_counts.c.count)
            .where(quiz_counts.c.session_id == session_id)
            .order_by(quiz_counts.c.question_id, quiz_counts.c.choice_index)
        )
        result: dict[str, list[int]] = {}
        for question_id, index, count in rows:
            values = result.setdefault(question_id, [])
            values.extend([0] * (index + 1 - len(values)))
            values[index] = count
    return {q: tuple(v) for q, v in result.items()}
