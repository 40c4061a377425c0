"""The rows every export format shares: sessions, attendance marks and per-question results."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, select

from ..model import SessionFilters, Totals
from ..reports import question_results, session_conditions, totals
from ..schema import attendance, sessions

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.sql import ColumnElement

CHUNK = 10_000

SESSION_HEADERS = (
    "Session id",
    "Date",
    "Start",
    "End",
    "Hours",
    "Site",
    "Group",
    "Facilitator",
    "Language",
    "Curriculum",
    "Version",
    "Module",
    "Privacy mode",
    "Worker contacts",
    "Device",
)
QUESTION_HEADERS = (
    "Module",
    "Question",
    "Answers",
    "Correct",
    "Share correct",
    "Group answers",
    "Group correct",
    "Kiosk answers",
    "Kiosk correct",
)


def attendance_headers(with_names: bool) -> tuple[str, ...]:
    names = ("Name",) if with_names else ()
    return (
        "Session id",
        "Date",
        "Site",
        "Group",
        "Module",
        "Language",
        "Code",
        *names,
        "Status",
        "Marked at",
    )


@dataclass(frozen=True)
class Table:
    name: str
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


def session_table(conn: Connection, filters: SessionFilters, *, text: bool) -> Table:
    where = and_(True, *session_conditions(filters))
    total = conn.execute(select(func.count()).select_from(sessions).where(where)).scalar_one()
    query = (
        select(
            sessions.c.id,
            sessions.c.started_at,
            sessions.c.ended_at,
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

    def rows() -> Iterator[tuple[Any, ...]]:
        result = conn.execution_options(yield_per=CHUNK).execute(query)
        # Only the times differ between text (CSV, PDF) and typed cells (XLSX); the other
        # columns (site to device) pass through as they are.
        for sid, started, ended, *rest in result:
            hours = round((ended - started).total_seconds() / 3600, 2) if ended else None
            if text:
                yield (
                    sid,
                    started.strftime("%Y-%m-%d"),
                    started.strftime("%H:%M"),
                    ended.strftime("%Y-%m-%d %H:%M") if ended else "",
                    "" if hours is None else f"{hours:.2f}",
                    *rest,
                )
            else:
                yield (
                    sid,
                    started.date(),
                    _minute(started),
                    _minute(ended) if ended else None,
                    hours,
                    *rest,
                )

    return Table("sessions", SESSION_HEADERS, int(total), rows())


def _minute(value: datetime) -> datetime:
    return value.replace(second=0, microsecond=0)


def attendance_table(
    conn: Connection, filters: SessionFilters, *, with_names: bool, text: bool
) -> Table:
    where = and_(True, *session_conditions(filters))
    joined = attendance.join(sessions, attendance.c.session_id == sessions.c.id)
    total = conn.execute(select(func.count()).select_from(joined).where(where)).scalar_one()
    if text:
        day: Any = _text_time(conn, sessions.c.started_at, "date")
        marked: Any = _text_time(conn, attendance.c.marked_at, "minute")
    else:
        day, marked = sessions.c.started_at, attendance.c.marked_at
    names = (attendance.c.name,) if with_names else ()
    query = (
        select(
            sessions.c.id,
            day,
            sessions.c.site,
            sessions.c.group_name,
            sessions.c.module_id,
            sessions.c.language,
            attendance.c.code,
            *names,
            attendance.c.status,
            marked,
        )
        .select_from(joined)
        .where(where)
        .order_by(sessions.c.started_at, sessions.c.id, attendance.c.marked_at)
    )

    def rows() -> Iterator[tuple[Any, ...]]:
        result = conn.execution_options(yield_per=CHUNK).execute(query)
        if text:
            for partition in result.partitions():
                yield from partition
            return
        for row in result:
            values = list(row)
            values[1] = values[1].date()
            values[-1] = _minute(values[-1])
            yield tuple(values)

    return Table("attendance", attendance_headers(with_names), int(total), rows())


def question_table(conn: Connection, filters: SessionFilters, *, text: bool) -> Table:
    results = question_results(conn, filters)

    def rows() -> Iterator[tuple[Any, ...]]:
        for r in results:
            share = r.share_correct
            if text:
                shown: Any = "" if share is None else f"{share:.3f}"
            else:
                shown = share
            yield (
                r.module_id,
                r.question_id,
                r.responses,
                r.correct,
                shown,
                r.group_responses,
                r.group_correct,
                r.kiosk_responses,
                r.kiosk_correct,
            )

    return Table("questions", QUESTION_HEADERS, len(results), rows())


def summary(conn: Connection, filters: SessionFilters) -> tuple[Totals, list[tuple[str, Any]]]:
    found = totals(conn, filters)
    people: Any = found.distinct_participants
    lines: list[tuple[str, Any]] = [
        ("Report made", datetime.now().replace(microsecond=0)),
        ("Sessions covered", filters.describe()),
        ("Sessions", found.sessions),
        ("Worker contacts", found.worker_contacts),
        ("Distinct participants", "not recorded (headcounts only)" if people is None else people),
        ("Hours taught", round(found.hours_taught, 2)),
        ("Sessions still open", found.open_sessions),
    ]
    return found, lines
