"""Report figures beyond the plain lists: paid time, understanding by language and version,
contacts per site, and the coordinator's snapshot. Read-only, Qt-free, one connection each."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, select

from .feedback import FeedbackRow, feedback_rows
from .model import FilterOptions, QuestionResult, SessionFilters, Totals, TrainingSession
from .reports import filter_options, session_conditions
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


def _seconds(conn: Connection, started: Any, ended: Any) -> Any:
    """A session's length in seconds, in SQL (SQLite and PostgreSQL count time differently)."""
    if conn.dialect.name == "postgresql":
        return func.extract("epoch", ended - started)
    # Rounded to whole seconds: julianday's floating point would leave 1.5000000112 hours.
    return func.round((func.julianday(ended) - func.julianday(started)) * 86400.0)


def _month(conn: Connection, column: Any) -> Any:
    if conn.dialect.name == "postgresql":
        return func.to_char(column, "YYYY-MM")
    return func.strftime("%Y-%m", column)


def paid_hours(conn: Connection, filters: SessionFilters) -> list[PaidHours]:
    """Paid education per site and month, for ended sessions held on paid time.

    Added up in SQL: at 80,000 sessions, reading every start and end into Python took seconds.
    """
    where = and_(
        True,
        *session_conditions(filters),
        sessions.c.paid_time.is_(True),
        sessions.c.ended_at.is_not(None),
    )
    length = _seconds(conn, sessions.c.started_at, sessions.c.ended_at)
    # Never negative (a clock set back): SQLite's two-argument max(), PostgreSQL's greatest().
    seconds: Any = (
        func.greatest(length, 0.0) if conn.dialect.name == "postgresql" else func.max(length, 0.0)
    )
    month = _month(conn, sessions.c.started_at)
    rows = conn.execute(
        select(
            sessions.c.site,
            month,
            func.count(),
            func.sum(seconds),
            func.coalesce(func.sum(sessions.c.headcount), 0),
            func.sum(seconds * sessions.c.headcount),
            func.coalesce(func.sum(sessions.c.planned_minutes), 0),
        )
        .where(where)
        .group_by(sessions.c.site, month)
        .order_by(month, sessions.c.site)
    )
    return [
        PaidHours(
            str(site),
            str(when),
            int(count),
            float(secs or 0) / 3600,
            int(people),
            float(person_secs or 0) / 3600,
            float(planned or 0) / 60,
        )
        for site, when, count, secs, people, person_secs, planned in rows
    ]


def answers(
    conn: Connection, filters: SessionFilters
) -> tuple[list[QuestionResult], list[Understanding]]:
    """Answers per question, and the same split by teaching language and curriculum version.

    One pass over the quiz counts and one over the kiosk answers give both (they are the
    expensive part of a refresh at scale, so they are never read twice).
    """
    where = and_(True, *session_conditions(filters))
    split: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0])
    per_question: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    # The counts are first added up per session and question (a walk along their session index),
    # so the join to the sessions meets a third of the rows (one per question, not per choice).
    per_session = (
        select(
            quiz_counts.c.session_id,
            quiz_counts.c.question_id,
            func.sum(quiz_counts.c.count).label("total"),
            func.sum(case((quiz_counts.c.correct, quiz_counts.c.count), else_=0)).label("right"),
        )
        .group_by(quiz_counts.c.session_id, quiz_counts.c.question_id)
        .subquery()
    )
    keys = (
        sessions.c.module_id,
        per_session.c.question_id,
        sessions.c.language,
        sessions.c.curriculum_id,
        sessions.c.curriculum_version,
    )
    for *key, total, right in conn.execute(
        select(*keys, func.sum(per_session.c.total), func.sum(per_session.c.right))
        .select_from(per_session.join(sessions, per_session.c.session_id == sessions.c.id))
        .where(where)
        .group_by(*keys)
    ):
        total, right = int(total or 0), int(right or 0)
        split[tuple(key)][0] += total
        split[tuple(key)][1] += right
        question = per_question[(key[0], key[1])]
        question[0] += total
        question[1] += right
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
        total, right = int(total or 0), int(right or 0)
        split[tuple(key)][0] += total
        split[tuple(key)][1] += right
        question = per_question[(key[0], key[1])]
        question[2] += total
        question[3] += right
    questions = [
        QuestionResult(
            module_id=m,
            question_id=q,
            group_responses=v[0],
            group_correct=v[1],
            kiosk_responses=v[2],
            kiosk_correct=v[3],
        )
        for (m, q), v in sorted(per_question.items())
    ]
    understood = [
        Understanding(key[0], key[1], key[2], key[3], key[4], responses=v[0], correct=v[1])
        for key, v in sorted(split.items())
    ]
    return questions, understood


def understanding(conn: Connection, filters: SessionFilters) -> list[Understanding]:
    """Share correct per question, teaching language and curriculum version (group + kiosk)."""
    return answers(conn, filters)[1]


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
    feedback: list[FeedbackRow] = field(default_factory=list)
    """The anonymous feedback, each answer's count by site, month, language and place."""

    @property
    def paid_hours(self) -> float:
        return sum(p.hours for p in self.paid)

    @property
    def paid_worker_hours(self) -> float:
        return sum(p.worker_hours for p in self.paid)


@dataclass(frozen=True)
class Listing:
    """The sessions a coordinator's table shows (the latest `limit`), with names if asked."""

    filters: SessionFilters
    sessions: list[TrainingSession]
    names: dict[str, list[str]] = field(default_factory=dict)


def read_listing(
    records: Records, filters: SessionFilters, with_names: bool, limit: int = MAX_LISTED
) -> Listing:
    """The first, cheap part of a refresh: enough to show the table."""
    from . import reports

    with records._errors("list the sessions"), records.engine.connect() as conn:
        listed = reports.list_sessions(conn, filters, limit)
    names = records.names_for(s.id for s in listed) if with_names else {}
    return Listing(filters, listed, names)


def read_figures(records: Records, listing: Listing) -> Snapshot:
    """The second part: totals, answers, paid time and contacts for every matching session."""
    from . import reports

    filters = listing.filters
    with records._errors("add up the records"), records.engine.connect() as conn:
        found_totals = reports.totals(conn, filters)
        questions, split = answers(conn, filters)
        by_site = contacts_by_site(conn, filters)[:8]
        paid = paid_hours(conn, filters)
        feedback = feedback_rows(conn, filters)
    return Snapshot(
        filters,
        listing.sessions,
        found_totals,
        questions,
        listing.names,
        [(site, float(n)) for site, n in by_site],
        paid,
        split,
        feedback,
    )


def read_snapshot(
    records: Records, filters: SessionFilters, with_names: bool, limit: int = MAX_LISTED
) -> Snapshot:
    """The coordinator's figures for `filters`: the latest `limit` sessions, totals for all."""
    return read_figures(records, read_listing(records, filters, with_names, limit))


def read_filter_choices(records: Records) -> FilterOptions:
    with records._errors("read the filter lists"), records.engine.connect() as conn:
        return filter_options(conn)
