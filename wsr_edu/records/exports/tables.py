"""The rows every export format shares: sessions, attendance, answers, understanding, paid time.

Every table is read in one pass with its text already spreadsheet-safe (see `cells`), with
words for ids (see `labels`) in columns of their own beside the ids. `text=True` gives the
cells as text (CSV, PDF); `text=False` gives typed cells (dates, numbers) for XLSX. `order`
chooses and orders the columns: CSV keeps the ids where they always were, XLSX and PDF put the
words first and the ids last.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, literal, select

from ..analysis import paid_hours, understanding
from ..feedback import feedback_rows
from ..model import SessionFilters, Totals
from ..reports import question_results, session_conditions, totals
from ..schema import attendance, sessions
from .cells import safe_sql, safe_text
from .columns import (
    CHUNK,
    FEEDBACK_HEADERS,
    PAID_HEADERS,
    QUESTION_HEADERS,
    SESSION_HEADERS,
    STATUS_WORDS,
    UNDERSTANDING_HEADERS,
    attendance_headers,
    session_row,
    to_minute,
)
from .labels import Labels

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.sql import ColumnElement

TABLES = ("sessions", "attendance", "questions", "understanding", "paid", "feedback")


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    headers: tuple[str, ...]
    total: int
    rows: Iterator[tuple[Any, ...]]


def _text_time(conn: Connection, column: Any, pattern: str) -> ColumnElement[str]:
    """Format a timestamp in SQL, so a million rows are never parsed in Python."""
    if conn.dialect.name == "sqlite":
        return func.strftime({"date": "%Y-%m-%d", "minute": "%Y-%m-%d %H:%M"}[pattern], column)
    if conn.dialect.name == "postgresql":
        return func.to_char(column, {"date": "YYYY-MM-DD", "minute": "YYYY-MM-DD HH24:MI"}[pattern])
    return func.substr(func.cast(column, sessions.c.site.type), 1, 10 if pattern == "date" else 16)


def _module_title_sql(labels: Labels) -> Any:
    """The module's title in SQL: a CASE over the (few) titles the curricula give."""
    whens = []
    for curriculum_id, module_id, lang, title in labels.module_cases():
        test = [sessions.c.module_id == module_id]
        if curriculum_id is not None:
            test.append(sessions.c.curriculum_id == curriculum_id)
        if lang is not None:
            test.append(sessions.c.language == lang)
        whens.append((and_(*test), literal(safe_text(title))))
    if not whens:
        return safe_sql(sessions.c.module_id)
    return case(*whens, else_=safe_sql(sessions.c.module_id))


def _language_name_sql(labels: Labels) -> Any:
    whens = [
        (sessions.c.language == code, literal(safe_text(name)))
        for code, name in labels.language_names().items()
    ]
    return case(*whens, else_=safe_sql(sessions.c.language))


def session_table(
    conn: Connection,
    filters: SessionFilters,
    *,
    text: bool,
    labels: Labels | None = None,
    order: Sequence[str] = SESSION_HEADERS,
    limit: int | None = None,
) -> Table:
    labels = labels or Labels()
    where = and_(True, *session_conditions(filters))
    total = conn.execute(select(func.count()).select_from(sessions).where(where)).scalar_one()
    query = (
        select(
            sessions.c.id,
            sessions.c.started_at,
            sessions.c.ended_at,
            sessions.c.paid_time,
            sessions.c.planned_minutes,
            sessions.c.site,
            sessions.c.group_name,
            sessions.c.facilitator,
            sessions.c.language,
            sessions.c.curriculum_id,
            sessions.c.curriculum_version,
            sessions.c.module_id,
            sessions.c.privacy_mode,
            sessions.c.headcount,
            sessions.c.device_id,
        )
        .where(where)
        .order_by(sessions.c.started_at, sessions.c.id)
    )
    if limit is not None:
        query = query.limit(limit)
    module_titles: dict[tuple[str, str, str], str] = {}
    positions = [SESSION_HEADERS.index(h) for h in order]

    def rows() -> Iterator[tuple[Any, ...]]:
        result = conn.execution_options(yield_per=CHUNK).execute(query)
        for raw in result:
            values = session_row(tuple(raw), labels, text=text, titles=module_titles)
            yield tuple(values[i] for i in positions)

    return Table("sessions", "Sessions", tuple(order), int(total), rows())


def attendance_table(
    conn: Connection,
    filters: SessionFilters,
    *,
    with_names: bool,
    text: bool,
    labels: Labels | None = None,
    words_first: bool = False,
) -> Table:
    labels = labels or Labels()
    where = and_(True, *session_conditions(filters))
    joined = attendance.join(sessions, attendance.c.session_id == sessions.c.id)
    total = conn.execute(select(func.count()).select_from(joined).where(where)).scalar_one()
    if text:
        day: Any = _text_time(conn, sessions.c.started_at, "date")
        marked: Any = _text_time(conn, attendance.c.marked_at, "minute")
    else:
        day, marked = sessions.c.started_at, attendance.c.marked_at
    status = case(
        *[(attendance.c.status == k, literal(v)) for k, v in STATUS_WORDS.items()],
        else_=safe_sql(attendance.c.status),
    )
    columns: dict[str, Any] = {
        "Session id": safe_sql(sessions.c.id),
        "Date": day,
        "Site": safe_sql(sessions.c.site),
        "Group": safe_sql(sessions.c.group_name),
        "Module": safe_sql(sessions.c.module_id),
        "Module title": _module_title_sql(labels),
        "Language": safe_sql(sessions.c.language),
        "Language name": _language_name_sql(labels),
        "Code": safe_sql(attendance.c.code),
        "Name": safe_sql(attendance.c.name),
        "Status": status,
        "Marked at": marked,
    }
    headers = attendance_headers(with_names, words_first)
    query = (
        select(*[columns[h] for h in headers])
        .select_from(joined)
        .where(where)
        .order_by(sessions.c.started_at, sessions.c.id, attendance.c.marked_at, attendance.c.id)
    )
    day_at, marked_at = headers.index("Date"), headers.index("Marked at")

    def rows() -> Iterator[tuple[Any, ...]]:
        result = conn.execution_options(yield_per=CHUNK).execute(query)
        if text:
            for partition in result.partitions():
                yield from partition
            return
        for row in result:
            values = list(row)
            values[day_at] = values[day_at].date()
            values[marked_at] = to_minute(values[marked_at])
            yield tuple(values)

    return Table("attendance", "Attendance", headers, int(total), rows())


def question_table(
    conn: Connection,
    filters: SessionFilters,
    *,
    text: bool,
    labels: Labels | None = None,
    order: Sequence[str] = QUESTION_HEADERS,
) -> Table:
    labels = labels or Labels()
    results = question_results(conn, filters)
    positions = [QUESTION_HEADERS.index(h) for h in order]

    def rows() -> Iterator[tuple[Any, ...]]:
        for r in results:
            share = r.share_correct
            shown: Any = ("" if share is None else f"{share:.3f}") if text else share
            values = (
                safe_text(r.module_id),
                safe_text(r.question_id),
                safe_text(labels.module(r.module_id)),
                safe_text(labels.question(r.module_id, r.question_id)),
                r.responses,
                r.correct,
                shown,
                r.group_responses,
                r.group_correct,
                r.kiosk_responses,
                r.kiosk_correct,
            )
            yield tuple(values[i] for i in positions)

    return Table("questions", "Questions", tuple(order), len(results), rows())


def understanding_table(
    conn: Connection, filters: SessionFilters, *, text: bool, labels: Labels | None = None
) -> Table:
    """Answers per question split by teaching language and curriculum version."""
    labels = labels or Labels()
    found = understanding(conn, filters)

    def rows() -> Iterator[tuple[Any, ...]]:
        for u in found:
            share = u.share_correct
            shown: Any = ("" if share is None else f"{share:.3f}") if text else share
            yield (
                safe_text(labels.module(u.module_id, u.language, u.curriculum_id)),
                safe_text(labels.question(u.module_id, u.question_id, u.language)),
                safe_text(labels.language(u.language)),
                safe_text(u.curriculum_version),
                u.responses,
                u.correct,
                shown,
                safe_text(u.module_id),
                safe_text(u.question_id),
                safe_text(u.language),
                safe_text(u.curriculum_id),
            )

    return Table("understanding", "Understanding", UNDERSTANDING_HEADERS, len(found), rows())


def paid_table(conn: Connection, filters: SessionFilters, *, text: bool) -> Table:
    """Paid education hours per site and month."""
    found = paid_hours(conn, filters)

    def number(value: float) -> Any:
        return f"{value:.2f}" if text else round(value, 2)

    def rows() -> Iterator[tuple[Any, ...]]:
        for p in found:
            yield (
                safe_text(p.site),
                p.month,
                p.sessions,
                number(p.hours),
                p.worker_contacts,
                number(p.worker_hours),
                number(p.planned_hours),
            )

    return Table("paid", "Paid time", PAID_HEADERS, len(found), rows())


def feedback_table(
    conn: Connection, filters: SessionFilters, *, text: bool, labels: Labels | None = None
) -> Table:
    """How many gave each feedback answer, with words for the question and the answer."""
    labels = labels or Labels()
    found = feedback_rows(conn, filters)

    def rows() -> Iterator[tuple[Any, ...]]:
        for r in found:
            shown: Any = ("" if r.share is None else f"{r.share:.3f}") if text else r.share
            yield (
                safe_text(labels.feedback_words(r.curriculum_id, r.question_id, "", r.language)),
                safe_text(
                    labels.feedback_words(r.curriculum_id, r.question_id, r.answer, r.language)
                ),
                r.count,
                shown,
                r.where,
                safe_text(r.site),
                r.month,
                safe_text(labels.language(r.language)),
                safe_text(r.curriculum_version),
                safe_text(r.question_id),
                safe_text(r.answer),
                safe_text(r.language),
                safe_text(r.curriculum_id),
            )

    return Table("feedback", "Feedback", FEEDBACK_HEADERS, len(found), rows())


def summary(conn: Connection, filters: SessionFilters) -> tuple[Totals, list[tuple[str, Any]]]:
    found = totals(conn, filters)
    paid = paid_hours(conn, filters)
    people: Any = found.distinct_participants
    lines: list[tuple[str, Any]] = [
        ("Report made", datetime.now().replace(microsecond=0)),
        ("Sessions covered", safe_text(filters.describe())),
        ("Sessions", found.sessions),
        ("Worker contacts", found.worker_contacts),
        ("Distinct participants", "not recorded (headcounts only)" if people is None else people),
        ("Hours taught", round(found.hours_taught, 2)),
        ("Paid education hours (sessions)", round(sum(p.hours for p in paid), 2)),
        ("Paid education hours (workers)", round(sum(p.worker_hours for p in paid), 2)),
        ("Sessions still open", found.open_sessions),
    ]
    return found, lines
