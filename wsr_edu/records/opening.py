"""Opening the database: migrations (with a verified backup first), daily backups, checks."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from ..paths import AppPaths
from . import backup as backups
from .access import Database
from .database import migrate
from .errors import DiskFullError, RecordsError
from .files import remove_partials
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

    from .current import schema_is_current

    if schema_is_current(db.engine):
        return  # nothing to migrate: Alembic is not even imported
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


PARTIAL_AGE_S = 600.0
"""A temporary backup file older than this was left by a crash (a live one is minutes old)."""


@dataclass(frozen=True)
class BackupStatus:
    """The daily backup of this start: still running, written, skipped, or why it failed."""

    running: bool = False
    written: Path | None = None
    problem: str | None = None


class BackgroundBackup:
    """The daily backup on a thread of its own, with its own connection to the file.

    The copy is one read of the database (SQLite's online backup API), so recording, resuming
    and reports go on meanwhile on the records' own connections: in WAL mode a reader never
    blocks a writer. The status can be read from any thread. Whether one is due is decided
    when the records open (`daily_backup_due`), so it never depends on how soon the thread runs.
    """

    def __init__(self, db: Database, paths: AppPaths, keep: int) -> None:
        self._db = db
        self._paths = paths
        self._keep = keep
        self._lock = threading.Lock()
        self._status = BackupStatus(running=True)
        self._thread = threading.Thread(target=self._run, name="wsr-edu-backup", daemon=True)
        self._thread.start()

    @property
    def status(self) -> BackupStatus:
        with self._lock:
            return self._status

    def wait(self, timeout: float | None = None) -> BackupStatus:
        self._thread.join(timeout)
        return self.status

    def _finish(self, status: BackupStatus) -> None:
        with self._lock:
            self._status = status

    def _run(self) -> None:
        try:
            written = _daily_backup(self._db, self._paths, self._keep)
        except RecordsError as exc:
            # A missed daily copy must never stop a class from being recorded; say so.
            self._finish(BackupStatus(problem=str(exc)))
        except Exception as exc:  # a backup must never take the app down; its reason is shown
            self._finish(BackupStatus(problem=f"the daily backup failed ({exc})"))
        else:
            self._finish(BackupStatus(written=written))


def daily_backup_due(db: Database, paths: AppPaths, interval: timedelta) -> bool:
    """A local file with something recorded in it, and no backup younger than `interval`."""
    file = db.file
    if file is None or not file.exists():
        return False
    return backups.backup_due(paths.backups_dir, interval) and has_records(db)


def _daily_backup(db: Database, paths: AppPaths, keep: int) -> Path | None:
    file = db.file
    if file is None or not file.exists():
        return None
    return backups.take_backup(file, paths.backups_dir, "daily", keep)


def remove_stale_partials(paths: AppPaths, now: float | None = None) -> list[Path]:
    """Temporary files a crash left in the data and backups folders (never a live one)."""
    moment = time.time() if now is None else now
    removed: list[Path] = []
    for folder in (paths.data_dir, paths.backups_dir):
        removed += remove_partials(folder, older_than=moment - PARTIAL_AGE_S)
    return removed


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
