"""Read-only queries behind the coordinator view and the exports: lists, totals, answers."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, distinct, func, select, union

from .model import (
    ATTENDED_STATUSES,
    FilterOptions,
    PrivacyMode,
    QuestionResult,
    SessionFilters,
    Totals,
    TrainingSession,
)
from .rows import session_from_row
from .schema import attendance, kiosk_answers, quiz_counts, sessions

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.sql import ColumnElement


def session_conditions(filters: SessionFilters) -> list[ColumnElement[bool]]:
    """WHERE clauses on the `sessions` table for the given filters."""
    conditions: list[ColumnElement[bool]] = []
    if filters.date_from:
        conditions.append(sessions.c.started_at >= datetime.combine(filters.date_from, time()))
    if filters.date_to:
        end = datetime.combine(filters.date_to + timedelta(days=1), time())
        conditions.append(sessions.c.started_at < end)
    conditions += [sessions.c[column] == value for column, value in filters.exact()]
    if not filters.include_open:
        conditions.append(sessions.c.ended_at.is_not(None))
    return conditions


def list_sessions(
    conn: Connection, filters: SessionFilters, limit: int | None = None
) -> list[TrainingSession]:
    query = (
        select(sessions)
        .where(and_(True, *session_conditions(filters)))
        .order_by(sessions.c.started_at.desc(), sessions.c.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [session_from_row(r) for r in conn.execute(query).mappings()]


def totals(conn: Connection, filters: SessionFilters) -> Totals:
    where = and_(True, *session_conditions(filters))
    count, contacts, still_open = conn.execute(
        select(
            func.count(),
            func.coalesce(func.sum(sessions.c.headcount), 0),
            func.coalesce(func.sum(case((sessions.c.ended_at.is_(None), 1), else_=0)), 0),
        ).where(where)
    ).one()
    # Durations are added up in Python: date arithmetic differs between SQLite and PostgreSQL.
    seconds = 0.0
    for started, ended in conn.execute(
        select(sessions.c.started_at, sessions.c.ended_at).where(
            and_(where, sessions.c.ended_at.is_not(None))
        )
    ):
        seconds += max((ended - started).total_seconds(), 0.0)
    identified = conn.execute(
        select(func.count())
        .select_from(sessions)
        .where(and_(where, sessions.c.privacy_mode != PrivacyMode.HEADCOUNT.value))
    ).scalar_one()
    distinct_people: int | None = None
    if identified:
        joined = attendance.join(sessions, attendance.c.session_id == sessions.c.id)
        attended = attendance.c.status.in_(ATTENDED_STATUSES)
        # A card code is the same person across sessions; a name only within its own site.
        by_code = conn.execute(
            select(func.count(distinct(attendance.c.code)))
            .select_from(joined)
            .where(and_(where, attended, attendance.c.code.is_not(None)))
        ).scalar_one()
        by_name = conn.execute(
            select(func.count()).select_from(
                select(sessions.c.site, attendance.c.name)
                .select_from(joined)
                .where(
                    and_(
                        where, attended, attendance.c.code.is_(None), attendance.c.name.is_not(None)
                    )
                )
                .distinct()
                .subquery()
            )
        ).scalar_one()
        distinct_people = int(by_code) + int(by_name)
    return Totals(
        sessions=int(count),
        worker_contacts=int(contacts),
        distinct_participants=distinct_people,
        hours_taught=seconds / 3600,
        open_sessions=int(still_open),
    )


def question_results(conn: Connection, filters: SessionFilters) -> list[QuestionResult]:
    where = and_(True, *session_conditions(filters))
    group_rows = conn.execute(
        select(
            sessions.c.module_id,
            quiz_counts.c.question_id,
            func.sum(quiz_counts.c.count),
            func.sum(case((quiz_counts.c.correct, quiz_counts.c.count), else_=0)),
        )
        .select_from(quiz_counts.join(sessions, quiz_counts.c.session_id == sessions.c.id))
        .where(where)
        .group_by(sessions.c.module_id, quiz_counts.c.question_id)
    ).all()
    results: dict[tuple[str, str], list[int]] = {}
    for module_id, question_id, total, right in group_rows:
        results.setdefault((module_id, question_id), [0, 0, 0, 0])[:2] = [
            int(total or 0),
            int(right or 0),
        ]
    kiosk_where: list[Any] = []
    if filters.date_from:
        kiosk_where.append(
            kiosk_answers.c.answered_at >= datetime.combine(filters.date_from, time())
        )
    if filters.date_to:
        kiosk_where.append(
            kiosk_answers.c.answered_at
            < datetime.combine(filters.date_to + timedelta(days=1), time())
        )
    for column, value in (
        (kiosk_answers.c.site, filters.site),
        (kiosk_answers.c.module_id, filters.module_id),
        (kiosk_answers.c.language, filters.language),
    ):
        if value:
            kiosk_where.append(column == value)
    if filters.facilitator:
        # A kiosk has no facilitator; only answers given during a matching session count.
        kiosk_where.append(
            kiosk_answers.c.session_id.in_(
                select(sessions.c.id).where(sessions.c.facilitator == filters.facilitator)
            )
        )
    kiosk_rows = conn.execute(
        select(
            kiosk_answers.c.module_id,
            kiosk_answers.c.question_id,
            func.count(),
            func.sum(case((kiosk_answers.c.correct, 1), else_=0)),
        )
        .where(and_(True, *kiosk_where))
        .group_by(kiosk_answers.c.module_id, kiosk_answers.c.question_id)
    ).all()
    for module_id, question_id, total, right in kiosk_rows:
        results.setdefault((module_id, question_id), [0, 0, 0, 0])[2:] = [
            int(total or 0),
            int(right or 0),
        ]
    return [
        QuestionResult(
            module_id=m,
            question_id=q,
            group_responses=v[0],
            group_correct=v[1],
            kiosk_responses=v[2],
            kiosk_correct=v[3],
        )
        for (m, q), v in sorted(results.items())
    ]


def filter_options(conn: Connection) -> FilterOptions:
    """The values to offer in the coordinator's filters, de-duplicated in SQL (at 80,000
    sessions, fetching every module id into Python took a second)."""

    def values(column: Any) -> tuple[str, ...]:
        rows = conn.execute(select(column).where(column != "").group_by(column).order_by(column))
        return tuple(str(r[0]) for r in rows)

    first, last = conn.execute(
        select(func.min(sessions.c.started_at), func.max(sessions.c.started_at))
    ).one()
    modules = conn.execute(
        union(
            select(sessions.c.module_id.label("m")).group_by(sessions.c.module_id),
            select(kiosk_answers.c.module_id.label("m")).group_by(kiosk_answers.c.module_id),
        )
    ).all()
    return FilterOptions(
        sites=values(sessions.c.site),
        modules=tuple(sorted({str(r[0]) for r in modules})),
        facilitators=values(sessions.c.facilitator),
        languages=values(sessions.c.language),
        first_day=first.date() if first else None,
        last_day=last.date() if last else None,
    )
