"""Verified SQLite backups: the online backup API into a temporary file, checked, then renamed."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

from .errors import DiskFullError, RecordsError
from .files import atomic_path

PREFIX = "records-"
SUFFIX = ".sqlite3"


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """What `PRAGMA integrity_check` reports; empty when the file is sound."""
    rows = [str(r[0]) for r in connection.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy the live database `source` to `target` consistently, even while it is in use."""
    target = Path(target)
    try:
        with atomic_path(target) as tmp:
            _copy_and_check(source, tmp, target)
    except sqlite3.Error as exc:
        if "full" in str(exc).lower():
            raise DiskFullError(_full_message(target)) from exc
        raise RecordsError(f"{target}: could not write the backup ({exc})") from exc
    except DiskFullError as exc:
        raise DiskFullError(_full_message(target)) from exc.__cause__
    except RecordsError as exc:
        if isinstance(exc.__cause__, OSError):
            raise RecordsError(
                f"{target}: could not write the backup "
                f"({exc.__cause__.strerror or exc.__cause__}); choose a folder you can write to"
            ) from exc.__cause__
        raise
    return target


def _copy_and_check(source: Path, tmp: Path, target: Path) -> None:
    src = sqlite3.connect(str(source), timeout=30)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            # The copy keeps the source's WAL flag; one self-contained file is easier to keep.
            dst.execute("PRAGMA journal_mode=DELETE")
            problems = integrity_problems(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if problems:
        raise RecordsError(
            f"{target}: the backup failed its integrity check ({'; '.join(problems[:3])}); "
            "the database itself may be damaged: run `wsr-edu db check`"
        )


def _full_message(target: Path) -> str:
    return (
        f"{target}: the disk is full, so the backup was not written; "
        "free some space or choose another drive (the database itself is unchanged)"
    )


def list_backups(folder: Path) -> list[Path]:
    """Backups in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.iterdir()
        if p.name.startswith(PREFIX) and p.name.endswith(SUFFIX) and p.is_file()
    ]
    # Names start with a fixed-width time stamp, so they sort in the order they were taken.
    return sorted(found, key=lambda p: p.name)


def take_backup(source: Path, folder: Path, reason: str, keep: int) -> Path:
    """A new backup in `folder` named by time and reason, then only the newest `keep` are kept."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    counter = 2
    while target.exists():
        target = folder / f"{PREFIX}{stamp}-{reason}-{counter}{SUFFIX}"
        counter += 1
    backup_sqlite(source, target)
    rotate(folder, keep)
    return target


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups; returns the ones deleted."""
    backups = list_backups(folder)
    doomed = backups[: max(len(backups) - max(keep, 1), 0)]
    for path in doomed:
        with contextlib.suppress(OSError):
            path.unlink()
    return doomed


def backup_due(folder: Path, interval: timedelta) -> bool:
    backups = list_backups(folder)
    if not backups:
        return True
    age = time.time() - backups[-1].stat().st_mtime
    return age >= interval.total_seconds()
