"""The command line's everyday export without SQLAlchemy: the sessions or attendance table of
the local SQLite file, as CSV.

Importing SQLAlchemy is most of what a small export costs. This path reads the file with the
standard library instead, and is taken only where it writes what the full path
(`csvfile.write_csv` over `tables`) writes, byte for byte: the local SQLite file, sound, at the
schema revision this version makes (no migration is due), and one of the two row tables. The
session rows are written by the same code (`columns.session_row`); a test writes both tables
both ways, under every filter, and compares the bytes. Anything else (PostgreSQL, an older or
newer file, a missing, empty or damaged one, any error SQLite reports) returns None, and the
export takes the full path, which migrates, checks and reports as it always has.

Left out, as reading needs neither: the daily backup and clearing away temporary files a crash
left behind; the next full opening (the app, any other command) does both.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..sqlitefile import connect, quick_problems
from .cells import safe_text
from .columns import SESSION_HEADERS, STATUS_WORDS, attendance_headers, session_row
from .csvfile import write_rows
from .labels import Labels

if TYPE_CHECKING:
    from ..model import SessionFilters
    from . import Progress

SCHEMA_REVISION = "0005"
"""The newest migration (records/migrations/versions); a test checks it is Alembic's head."""
TABLES = ("sessions", "attendance")


def quick_csv(
    file: Path,
    out: Path,
    filters: SessionFilters,
    *,
    table: str,
    with_names: bool,
    labels: Labels,
    progress: Progress | None = None,
) -> int | None:
    """Write `table` of the SQLite file `file` to `out` as CSV and return the rows written; or
    None, having written nothing, where only the full path can (see the module's text)."""
    if table not in TABLES or not _present(file):
        return None
    try:
        conn = connect(file)
    except (sqlite3.Error, OSError):
        return None
    try:
        # The check every opening makes, on the connection the rows are then read with.
        if quick_problems(file, conn=conn):
            return None
        if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [
            (SCHEMA_REVISION,)
        ]:
            return None
        where, params = _where(filters)
        if table == "sessions":
            headers: tuple[str, ...] = SESSION_HEADERS
            rows = _session_rows(conn, where, params, labels)
            counted = "sessions s"
        else:
            headers = attendance_headers(with_names)
            rows = _attendance_rows(conn, where, params, labels, with_names)
            counted = "attendance a JOIN sessions s ON a.session_id = s.id"
        total = conn.execute(f"SELECT count(*) FROM {counted} WHERE {where}", params).fetchone()
        return write_rows(out, headers, rows, int(total[0]), progress)
    except (sqlite3.Error, ValueError, OSError):
        # Unreadable, locked too long, or holding a value the full path would read otherwise
        # (a full disk is a RecordsError from write_rows, and is reported as it is):
        # the temporary file is gone (write_rows writes all or nothing), the full path goes on.
        return None
    finally:
        conn.close()


def _present(file: Path) -> bool:
    """Whether the file is there and not empty (else the full path decides what to do)."""
    try:
        return file.stat().st_size > 0
    except OSError:
        return False


def _stamp(day: date) -> str:
    """Midnight at the start of `day`, as SQLite keeps a DateTime (SQLAlchemy's format)."""
    return f"{day.isoformat()} 00:00:00.000000"


def _where(filters: SessionFilters) -> tuple[str, list[Any]]:
    """`reports.session_conditions` in SQLite's words, with its parameters."""
    terms, params = ["1"], []
    if filters.date_from:
        terms.append("s.started_at >= ?")
        params.append(_stamp(filters.date_from))
    if filters.date_to:
        terms.append("s.started_at < ?")
        params.append(_stamp(filters.date_to + timedelta(days=1)))
    for column, value in filters.exact():
        terms.append(f"s.{column} = ?")
        params.append(value)
    if not filters.include_open:
        terms.append("s.ended_at IS NOT NULL")
    return " AND ".join(terms), params


def _session_rows(
    conn: sqlite3.Connection, where: str, params: list[Any], labels: Labels
) -> Iterator[tuple[Any, ...]]:
    query = (
        "SELECT s.id, s.started_at, s.ended_at, s.paid_time, s.planned_minutes, s.site, "
        "s.group_name, s.facilitator, s.language, s.curriculum_id, s.curriculum_version, "
        "s.module_id, s.privacy_mode, s.headcount, s.device_id "
        f"FROM sessions s WHERE {where} ORDER BY s.started_at, s.id"
    )
    titles: dict[tuple[str, str, str], str] = {}
    for raw in conn.execute(query, params):
        started = datetime.fromisoformat(raw[1])
        ended = datetime.fromisoformat(raw[2]) if raw[2] is not None else None
        yield session_row((raw[0], started, ended, *raw[3:]), labels, text=True, titles=titles)


def _attendance_rows(
    conn: sqlite3.Connection, where: str, params: list[Any], labels: Labels, with_names: bool
) -> Iterator[tuple[Any, ...]]:
    """Rows in `attendance_headers(with_names)` order, as `tables.attendance_table` writes them
    in SQL: what a session gives is worked out once per session."""
    query = (
        "SELECT s.id, strftime('%Y-%m-%d', s.started_at), s.site, s.group_name, s.module_id, "
        "s.curriculum_id, s.language, a.code, a.name, a.status, "
        "strftime('%Y-%m-%d %H:%M', a.marked_at) "
        "FROM attendance a JOIN sessions s ON a.session_id = s.id "
        f"WHERE {where} ORDER BY s.started_at, s.id, a.marked_at, a.id"
    )
    last_session, first = None, ()
    for (
        sid,
        day,
        site,
        group,
        module,
        curriculum,
        language,
        code,
        name,
        status,
        marked,
    ) in conn.execute(query, params):
        if sid != last_session:
            last_session = sid
            title = labels.module(module, language, curriculum)
            first = (
                safe_text(sid),
                day,
                *[safe_text(v) for v in (site, group, module, title, language)],
                safe_text(labels.language(language)),
            )
        word = STATUS_WORDS.get(status)
        last = (word if word is not None else safe_text(status), marked)
        if with_names:
            yield (*first, safe_text(code), safe_text(name), *last)
        else:
            yield (*first, safe_text(code), *last)
