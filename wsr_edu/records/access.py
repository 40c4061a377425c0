"""One open database: its engine, who writes (this laptop's id), and errors as messages."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from .database import safe_url, sqlite_file, writer
from .errors import DiskFullError, RecordsError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

T = TypeVar("T")

WRITE_ATTEMPTS = 5
"""How often a write that collided with another program's is tried before giving up."""


def now() -> datetime:
    return datetime.now()


def utc_offset_minutes() -> int:
    offset = datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


class Database:
    """The engine, this laptop's device id, and the one way to read and write through them."""

    def __init__(self, engine: Engine, device_id: str, url: str) -> None:
        self.engine = engine
        self.device_id = device_id
        self.url = url

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    @property
    def display_name(self) -> str:
        return str(self.file) if self.file else safe_url(self.url)

    @contextlib.contextmanager
    def errors(self, action: str) -> Iterator[None]:
        """Database errors inside the block become a RecordsError worded for the user."""
        try:
            yield
        except RecordsError:
            raise
        except (OperationalError, DBAPIError) as exc:
            raise self.message(action, exc) from exc

    def message(self, action: str, exc: BaseException) -> RecordsError:
        if is_disk_full(exc):
            return DiskFullError(
                f"{self.display_name}: the disk is full, so the last change ({action}) was "
                "not saved; everything saved before it is safe. Free some space (delete "
                "old files or backups) and try again"
            )
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        if is_collision(exc):
            return RecordsError(
                f"{self.display_name}: could not {action}, because another program kept the "
                f"database busy ({reason}); nothing was lost, try again"
            )
        return RecordsError(
            f"{self.display_name}: could not {action} ({reason}); check that the disk is "
            "connected; if it is and this keeps happening, run `wsr-edu db check` "
            "(backups are kept in the data folder's backups/)"
        )

    @contextlib.contextmanager
    def read(self, action: str) -> Iterator[Connection]:
        with self.errors(action), self.engine.connect() as conn:
            yield conn

    @contextlib.contextmanager
    def write(self, action: str) -> Iterator[Connection]:
        """One transaction begun with the write lock, committed (to disk) when the block ends.

        For a write that reads first, prefer `transact`, which also retries a collision.
        """
        with self.errors(action), writer(self.engine).begin() as conn:
            yield conn

    def checkpoint(self) -> None:
        """Copy the WAL into the file and empty it (SQLite), so erased text leaves no trace.

        Best effort: another program reading may keep the WAL until it is done.
        """
        if self.engine.dialect.name != "sqlite":
            return
        raw = self.engine.raw_connection()
        try:
            # Outside any transaction (pysqlite runs in autocommit here): a checkpoint needs it.
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.close()
        except Exception:  # noqa: BLE001 - a missed checkpoint loses nothing; the next one runs
            pass
        finally:
            raw.close()

    def transact(self, action: str, work: Callable[[Connection], T]) -> T:
        """Run `work` in one write transaction; a collision with another writer is retried.

        The write lock is taken before `work` reads anything (BEGIN IMMEDIATE on SQLite), so
        what it reads cannot change under it. Another program holding the lock is waited for
        (the busy timeout); a unique-key race (PostgreSQL) or a lock that outlasted the wait is
        tried again from the start, and reported as a busy database, never as a disk problem.
        """
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self.errors(action), writer(self.engine).begin() as conn:
                    return work(conn)
            except RecordsError as exc:
                cause = exc.__cause__
                if attempt == WRITE_ATTEMPTS - 1 or cause is None or not is_collision(cause):
                    raise
            time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")


def is_disk_full(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "53100":  # PostgreSQL: disk_full
        return True
    text = str(orig or exc).lower()
    return "disk is full" in text or "no space left" in text


def is_collision(exc: BaseException) -> bool:
    """Another writer got there first: a lock, a serialisation failure or a unique-key race."""
    orig = getattr(exc, "orig", None)
    state = getattr(orig, "sqlstate", None)
    if state in ("40001", "40P01", "23505", "55P03"):  # serialization, deadlock, unique, lock
        return True
    if isinstance(exc, IntegrityError):
        return "unique" in str(orig or exc).lower()
    text = str(orig or exc).lower()
    return "database is locked" in text or "database is busy" in text
