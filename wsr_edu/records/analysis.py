"""Report figures beyond the plain lists: paid time, understanding by language and version,
contacts per site, and the coordinator's snapshot. Read-only, Qt-free, one connection each."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, select

from .model import FilterOptions, QuestionResult, SessionFilters, Totals, TrainingSession
from .reports import session_conditions
from .schema import kiosk_answers, quiz_counts, sessions

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from .repository import Records

MAX_LISTED = 5000
"""Sessions the coordinator's table lists at most; totals and charts always cover them all."""


@dataclass(frozen=True)
class PaidHours:
    """Education held on paid time at one site in one month."""

    site: str
    month: str
    """YYYY-MM of the sessions' start."""
    sessions: int
    hours: float
    """Hours of teaching on the clock (end minus start of each paid session)."""
    worker_contacts: int
    worker_hours: float
    """Paid education hours of the workers: each session's hours times the people in it."""
    planned_hours: float
    """What the modules plan (their `minutes`), for the same sessions."""


@dataclass(frozen=True)
class Understanding:
    """Answers to one question, split by teaching language and curriculum version."""

    module_id: str
    question_id: str
    language: str
    curriculum_id: str
    curriculum_version: str
    responses: int
    correct: int

    @property
    def share_correct(self) -> float | None:
        return self.correct / self.responses if self.responses else None


def kiosk_conditions(filters: SessionFilters) -> list[Any]:
    """WHERE clauses on `kiosk_answers` matching the session filters (a kiosk has no
    facilitator: only answers given during a matching session count then)."""
    where: list[Any] = []
    if filters.date_from:
        where.append(kiosk_answers.c.answered_at >= datetime.combine(filters.date_from, time()))
    if filters.date_to:
        end = datetime.combine(filters.date_to + timedelta(days=1), time())
        where.append(kiosk_answers.c.answered_at < end)
    for column, value in (
        (kiosk_answers.c.site, filters.site),
        (kiosk_answers.c.module_id, filters.module_id),
        (kiosk_answers.c.language, filters.language),
    ):
        if value:
            where.append(column == value)
    if filters.facilitator:
        where.append(
            kiosk_answers.c.session_id.in_(
                select(sessions.c.id).where(sessions.c.facilitator == filters.facilitator)
            )
        )
    return where


def paid_hours(conn: Connection, filters: SessionFilters) -> list[PaidHours]:
    """Paid education per site and month, for ended sessions held on paid time."""
    where = and_(
        True,
        *session_conditions(filters),
        sessions.c.paid_time.is_(True),
        sessions.c.ended_at.is_not(None),
    )
    found: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0, 0.0, 0.0])
    # Durations are added up in Python: date arithmetic differs between SQLite and PostgreSQL.
    for site, started, ended, contacts, planned in conn.execute(
        select(
            sessions.c.site,
            sessions.c.started_at,
            sessions.c.ended_at,
            sessions.c.headcount,
            sessions.c.planned_minutes,
        ).where(where)
    ):
        hours = max((ended - started).total_seconds(), 0.0) / 3600
        row = found[(site, started.strftime("%Y-%m"))]
        row[0] += 1
        row[1] += hours
        row[2] += contacts
        row[3] += hours * contacts
        row[4] += (planned or 0) / 60
    return [
        PaidHours(site, month, int(v[0]), v[1], int(v[2]), v[3], v[4])
        for (site, month), v in sorted(found.items(), key=lambda item: (item[0][1], item[0][0]))
    ]


def understanding(conn: Connection, filters: SessionFilters) -> list[Understanding]:
    """Share correct per question, teaching language and curriculum version (group + kiosk)."""
    where = and_(True, *session_conditions(filters))
    keys = (
        sessions.c.module_id,
        quiz_counts.c.question_id,
        sessions.c.language,
        sessions.c.curriculum_id,
        sessions.c.curriculum_version,
    )
    found: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0])
    for *key, total, right in conn.execute(
        select(
            *keys,
            func.sum(quiz_counts.c.count),
            func.sum(case((quiz_counts.c.correct, quiz_counts.c.count), else_=0)),
        )
        .select_from(quiz_counts.join(sessions, quiz_counts.c.session_id == sessions.c.id))
        .where(where)
        .group_by(*keys)
    ):
        found[tuple(key)][0] += int(total or 0)
        found[tuple(key)][1] += int(right or 0)
    kiosk_keys = (
        kiosk_answers.c.module_id,
        kiosk_answers.c.question_id,
        kiosk_answers.c.language,
        kiosk_answers.c.curriculum_id,
        kiosk_answers.c.curriculum_version,
    )
    for *key, total, right in conn.execute(
        select(*kiosk_keys, func.count(), func.sum(case((kiosk_answers.c.correct, 1), else_=0)))
        .where(and_(True, *kiosk_conditions(filters)))
        .group_by(*kiosk_keys)
    ):
        found[tuple(key)][0] += int(total or 0)
        found[tuple(key)][1] += int(right or 0)
    return [
        Understanding(key[0], key[1], key[2], key[3], key[4], responses=v[0], correct=v[1])
        for key, v in sorted(found.items())
    ]


def contacts_by_site(conn: Connection, filters: SessionFilters) -> list[tuple[str, int]]:
    """Worker contacts per site, most first."""
    total = func.coalesce(func.sum(sessions.c.headcount), 0)
    rows = conn.execute(
        select(sessions.c.site, total)
        .where(and_(True, *session_conditions(filters)))
        .group_by(sessions.c.site)
        .order_by(total.desc(), sessions.c.site)
    )
    return [(str(site), int(n)) for site, n in rows]


@dataclass(frozen=True)
class Snapshot:
    """Everything one refresh of the coordinator's view reads, in one background task."""

    filters: SessionFilters
    sessions: list[TrainingSession]
    totals: Totals
    questions: list[QuestionResult]
    names: dict[str, list[str]] = field(default_factory=dict)
    contacts_by_site: list[tuple[str, float]] = field(default_factory=list)
    paid: list[PaidHours] = field(default_factory=list)
    understanding: list[Understanding] = field(default_factory=list)

    @property
    def paid_hours(self) -> float:
        return sum(p.hours for p in self.paid)

    @property
    def paid_worker_hours(self) -> float:
        return sum(p.worker_hours for p in self.paid)


def read_snapshot(
    records: Records, filters: SessionFilters, with_names: bool, limit: int = MAX_LISTED
) -> Snapshot:
    """The coordinator's figures for `filters`: the latest `limit` sessions, totals for all."""
    from . import reports

    with records._errors("read the records"), records.engine.connect() as conn:
        listed = reports.list_sessions(conn, filters, limit)
        found_totals = reports.totals(conn, filters)
        questions = reports.question_results(conn, filters)
        by_site = contacts_by_site(conn, filters)[:8]
        paid = paid_hours(conn, filters)
        split = understanding(conn, filters)
    names = records.names_for(s.id for s in listed) if with_names else {}
    return Snapshot(
        filters,
        listed,
        found_totals,
        questions,
        names,
        [(site, float(n)) for site, n in by_site],
        paid,
        split,
    )


def filter_options(records: Records) -> FilterOptions:
    return records.filter_options()


def sum_hours(rows: Iterable[PaidHours]) -> tuple[float, float]:
    rows = list(rows)
    return sum(r.hours for r in rows), sum(r.worker_hours for r in rows)
