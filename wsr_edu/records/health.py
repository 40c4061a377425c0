"""Is the database file whole? Checked before it is opened; restore and repair when it is not.

A missing or emptied `records.sqlite3` would silently become a new, empty database while the
real records sit in `backups/`; a damaged one would open with no warning. So before the
records open an SQLite file, its header is read and `PRAGMA quick_check` runs (for a bounded
time); a file that fails, or a missing one while good backups exist, is refused with
`DamagedDatabaseError`, which names the newest good backup to restore.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from . import backup as backups
from .errors import RecordsError
from .sqlitefile import connect, quick_problems

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    """A backup that passed its check, with what it holds."""

    path: Path
    taken: datetime
    sessions: int
    marks: int
    answers: int

    def describe(self) -> str:
        return (
            f"{self.path.name}, taken {self.taken:%Y-%m-%d %H:%M}: {self.sessions} session(s), "
            f"{self.marks} attendance mark(s), {self.answers} kiosk answer(s)"
        )


class DamagedDatabaseError(RecordsError):
    """The database file is missing, empty, damaged or not a database; nothing was recorded.

    `backup` is the newest good backup (None when there is none) to offer for a restore.
    """

    def __init__(self, file: Path, problem: str, backup: BackupInfo | None, folder: Path) -> None:
        self.file = file
        self.problem = problem
        self.backup = backup
        if backup is not None:
            advice = (
                f"Nothing was recorded into a new, empty file. The newest good backup is "
                f"{backup.describe()}; restore it with `wsr-edu db restore` (or from the "
                "library window). To start an empty database instead, move the backups "
                f"folder {folder} away."
            )
        else:
            advice = (
                f"No good backup was found in {folder}. `wsr-edu db check --repair` keeps a "
                "copy of the file and saves what can still be read."
            )
        super().__init__(f"{file}: the records database {problem}. {advice}")


@dataclass
class RepairReport:
    done: list[str] = field(default_factory=list)
    problems_left: list[str] = field(default_factory=list)


def _count(conn: sqlite3.Connection, table: str) -> int:
    try:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # an older schema without this table


def inspect_backup(path: Path) -> BackupInfo | None:
    """What a backup holds, or None when it does not pass its check."""
    try:
        if quick_problems(path, seconds=60):
            return None
        conn = connect(path)
        try:
            info = BackupInfo(
                path=path,
                taken=datetime.fromtimestamp(path.stat().st_mtime),
                sessions=_count(conn, "sessions"),
                marks=_count(conn, "attendance"),
                answers=_count(conn, "kiosk_answers"),
            )
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return None
    return info


def newest_good_backup(folder: Path) -> BackupInfo | None:
    for path in reversed(backups.list_backups(folder)):
        info = inspect_backup(path)
        if info is not None:
            return info
    return None


def preflight(file: Path, folder: Path) -> None:
    """Refuse (DamagedDatabaseError) a file that would open empty or damaged; else return."""
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        size = -1
    except OSError as exc:
        raise RecordsError(
            f"{file}: the records database cannot be read ({exc.strerror or exc}); check that "
            "the disk is connected"
        ) from exc
    if size <= 0:
        good = newest_good_backup(folder)
        if good is None:
            return  # a first start: a new database is made
        raise DamagedDatabaseError(
            file, "is missing" if size < 0 else "is empty (0 bytes)", good, folder
        )
    try:
        problems = quick_problems(file)
    except OSError as exc:
        raise RecordsError(
            f"{file}: the records database cannot be read ({exc.strerror or exc}); check that "
            "the disk is connected"
        ) from exc
    if problems:
        raise DamagedDatabaseError(file, problems[0], newest_good_backup(folder), folder)


def _set_aside(file: Path, label: str) -> Path | None:
    """Move the database file (and its -wal, -shm) aside, kept for later; returns its new name."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept: Path | None = None
    if file.exists():
        kept = file.with_name(f"{file.name}.{label}-{stamp}")
        file.replace(kept)
    for suffix in SIDE_FILES:
        side = file.with_name(file.name + suffix)
        if side.exists():
            side.replace(file.with_name(f"{file.name}.{label}-{stamp}{suffix}"))
    return kept


def restore(file: Path, folder: Path, chosen: Path | None = None, keep: int = 14) -> list[str]:
    """Put a good backup in the database's place; the file it replaces is kept beside it.

    `chosen` is a backup file (default: the newest good one in `folder`). Returns what was done.
    """
    source = inspect_backup(Path(chosen)) if chosen else newest_good_backup(folder)
    if source is None:
        where = chosen if chosen else folder
        raise RecordsError(
            f"{where}: no good backup to restore (a backup must pass its integrity check); "
            "try `wsr-edu db check --repair` instead"
        )
    done: list[str] = []
    try:
        if file.exists() and file.stat().st_size > 0:
            sound = not quick_problems(file)
            if sound:
                # Never rotated away here: the backup being restored may be the oldest one.
                kept = backups.take_backup(file, folder, "before-restore", keep=1_000_000)
                done.append(f"kept the current database as the backup {kept}")
            aside = _set_aside(file, "replaced" if sound else "damaged")
            done.append(f"moved the {'old' if sound else 'damaged'} file aside to {aside}")
        else:
            file.unlink(missing_ok=True)
            _set_aside(file, "empty")
        backups.backup_sqlite(source.path, file)
    except OSError as exc:
        raise RecordsError(
            f"{file}: could not restore the backup ({exc.strerror or exc}); the backup "
            f"{source.path} is unchanged"
        ) from exc
    done.append(f"restored {source.describe()}")
    return done


def keep_raw_copy(file: Path, folder: Path) -> Path:
    """A plain copy of a (possibly damaged) database and its WAL, before anything changes it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"damaged-{stamp}-{file.name}"
    try:
        import shutil

        shutil.copy2(file, target)
        wal = file.with_name(file.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        raise RecordsError(
            f"{target}: could not keep a copy before repairing ({exc.strerror or exc}); "
            "nothing was changed; free some space and try again"
        ) from exc
    return target


TABLE_ORDER = ("sessions", "attendance", "quiz_counts", "kiosk_answers")
_LOGICAL_REPAIRS = (
    (
        "UPDATE attendance SET name = NULL WHERE name IS NOT NULL AND session_id IN "
        "(SELECT id FROM sessions WHERE privacy_mode != 'names')",
        "removed {n} name(s) kept in sessions that do not record names",
    ),
    (
        "DELETE FROM attendance WHERE session_id NOT IN (SELECT id FROM sessions)",
        "removed {n} attendance mark(s) whose session is lost",
    ),
    (
        "DELETE FROM quiz_counts WHERE session_id NOT IN (SELECT id FROM sessions)",
        "removed {n} quiz count(s) whose session is lost",
    ),
    (
        "UPDATE kiosk_answers SET session_id = NULL WHERE session_id IS NOT NULL AND "
        "session_id NOT IN (SELECT id FROM sessions)",
        "unlinked {n} kiosk answer(s) from a session that is lost (the answers are kept)",
    ),
    (
        "UPDATE sessions SET headcount = (SELECT count(*) FROM attendance a WHERE "
        "a.session_id = sessions.id AND a.status IN ('present', 'late', 'left_early')) "
        "WHERE privacy_mode != 'headcount' AND headcount != (SELECT count(*) FROM attendance a "
        "WHERE a.session_id = sessions.id AND a.status IN ('present', 'late', 'left_early'))",
        "recounted the headcount of {n} session(s) from their marks",
    ),
    (
        "UPDATE sessions SET ended_at = started_at WHERE ended_at < started_at",
        "set the end of {n} session(s) that ended before they started to their start",
    ),
)


def repair(file: Path, folder: Path, keep: int = 14) -> RepairReport:
    """Anki's "Check Database": keep a copy, save what can be read, fix what can be fixed."""
    report = RepairReport()
    if not file.exists() or file.stat().st_size == 0:
        raise RecordsError(
            f"{file}: there is no database to repair (the file is missing or empty); "
            "restore a backup with `wsr-edu db restore`"
        )
    problems = quick_problems(file, seconds=3600)
    if problems:
        kept = keep_raw_copy(file, folder)
        report.done.append(f"kept a copy of the damaged file as {kept}")
        _salvage(file, folder, report)
    else:
        kept = backups.take_backup(file, folder, "before-repair", keep)
        report.done.append(f"kept a verified backup as {kept}")
    conn = connect(file, read_only=False)
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA secure_delete=ON")  # a removed name is overwritten, not just freed
        conn.execute("BEGIN IMMEDIATE")
        for statement, said in _LOGICAL_REPAIRS:
            changed = conn.execute(statement).rowcount
            if changed > 0:
                report.done.append(said.format(n=changed))
        conn.execute("COMMIT")
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            conn.execute("REINDEX")
            report.done.append("rebuilt the indexes")
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            report.problems_left.extend(rows[:20])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        report.problems_left.append(f"could not finish the repair ({exc})")
    finally:
        conn.close()
    if not report.done[1:]:
        report.done.append("found nothing to repair")
    return report


def _salvage(file: Path, folder: Path, report: RepairReport) -> None:
    """Copy every readable record into a new database, fill gaps from the newest backup."""
    from .database import make_engine, migrate

    fresh = file.with_name(f".{file.name}.repair.partial")
    for stale in (fresh, *(fresh.with_name(fresh.name + s) for s in SIDE_FILES)):
        stale.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{fresh}")
    try:
        migrate(engine)
    finally:
        engine.dispose()
    target = sqlite3.connect(fresh)
    try:
        target.execute("PRAGMA journal_mode=DELETE")
        columns = {
            t: [r[1] for r in target.execute(f'PRAGMA table_info("{t}")')] for t in TABLE_ORDER
        }
        try:
            source = connect(file)
        except sqlite3.Error as exc:
            source = None
            report.done.append(f"could not read the damaged file at all ({exc})")
        if source is not None:
            try:
                for table in TABLE_ORDER:
                    saved, whole = _copy_rows(source, target, table, columns[table])
                    gap = "" if whole else " (a damaged part could not be read)"
                    report.done.append(f"saved {saved} {table} row(s){gap}")
            finally:
                source.close()
        good = newest_good_backup(folder)
        if good is not None:
            target.execute("ATTACH DATABASE ? AS kept", (str(good.path),))
            added = 0
            for table in TABLE_ORDER:
                have = {r[1] for r in target.execute(f'PRAGMA kept.table_info("{table}")')}
                shared = ", ".join(f'"{c}"' for c in columns[table] if c in have)
                if shared:
                    added += target.execute(
                        f'INSERT OR IGNORE INTO main."{table}" ({shared}) '
                        f'SELECT {shared} FROM kept."{table}"'
                    ).rowcount
            target.commit()
            target.execute("DETACH DATABASE kept")
            report.done.append(f"added back {added} record(s) lost since {good.describe()}")
        target.commit()
    finally:
        target.close()
    with open(fresh, "rb") as handle:
        os.fsync(handle.fileno())
    aside = _set_aside(file, "damaged")
    fresh.replace(file)
    report.done.append(f"replaced the database with the saved records (the old file: {aside})")


def _copy_rows(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str, columns: list[str]
) -> tuple[int, bool]:
    try:
        have = {r[1] for r in source.execute(f'PRAGMA table_info("{table}")')}
    except sqlite3.DatabaseError:
        return 0, False
    shared = [c for c in columns if c in have]
    if not shared:
        return 0, True
    names = ", ".join(f'"{c}"' for c in shared)
    marks = ", ".join("?" for _ in shared)
    saved = 0
    try:
        for row in source.execute(f'SELECT {names} FROM "{table}"'):
            try:
                target.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', row)
                saved += 1
            except sqlite3.Error:
                continue  # a row that breaks the schema's rules is left out
    except sqlite3.DatabaseError:
        return saved, False
    return saved, True
