"""Opening the database: migrations (with a verified backup first), daily backups, checks."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from ..paths import AppPaths
from . import backup as backups
from .access import Database
from .database import migrate
from .errors import DiskFullError, RecordsError
from .schema import sessions


def migrate_with_retries(db: Database, paths: AppPaths, keep: int, attempts: int = 6) -> None:
    """Bring the schema up to date, waiting out another program doing the same.

    Two programs on one laptop (the facilitator's app and a kiosk, say) may open a new
    database at the same moment; the loser's first try fails on the winner's lock and the
    next one finds the schema already current.
    """

    def before(current: str | None, _head: str) -> None:
        file = db.file
        if current is not None and file is not None and file.exists():
            backups.take_backup(file, paths.backups_dir, f"before-migration-{current}", keep)

    for attempt in range(attempts):
        try:
            with db.errors("open"):
                migrate(db.engine, before=before)
            return
        except DiskFullError:
            raise
        except RecordsError as exc:
            if attempt == attempts - 1 or not isinstance(exc.__cause__, OperationalError):
                raise
            time.sleep(0.1 * 2**attempt)


def scheduled_backup(
    db: Database, paths: AppPaths, interval: timedelta, keep: int, warnings: list[str]
) -> None:
    file = db.file
    if file is None or not file.exists():
        return
    if backups.backup_due(paths.backups_dir, interval) and has_records(db):
        try:
            backups.take_backup(file, paths.backups_dir, "daily", keep)
        except RecordsError as exc:
            # A missed daily copy must never stop a class from being recorded; say so.
            warnings.append(str(exc))


def has_records(db: Database) -> bool:
    with db.read("open") as conn:
        return conn.execute(select(sessions.c.id).limit(1)).first() is not None


def backup(db: Database, paths: AppPaths, target: Path | None, keep: int) -> Path:
    file = db.file
    if file is None:
        raise RecordsError(
            f"{db.display_name}: backups here are for the local SQLite file; for a "
            "PostgreSQL server use pg_dump (see docs/records.md)"
        )
    if target is None:
        return backups.take_backup(file, paths.backups_dir, "manual", keep)
    return backups.backup_sqlite(file, Path(target))


def check(db: Database) -> list[str]:
    from .checks import run_checks

    with db.read("check") as conn:
        return run_checks(conn)
