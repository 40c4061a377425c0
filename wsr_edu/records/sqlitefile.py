"""An SQLite file read with the standard library: opening it, and the check every opening makes.

Apart from `health` (restores, repairs, backups) so that the command line's quick export checks
a file as the records do without loading the rest.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

HEADER = b"SQLite format 3\x00"
CHECK_SECONDS = 2.0
"""How long the check on open may take; a bigger database is opened unchecked after that."""


def connect(path: Path, *, read_only: bool = True) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    return sqlite3.connect(uri, uri=True, timeout=5)


def quick_problems(
    path: Path, seconds: float = CHECK_SECONDS, conn: sqlite3.Connection | None = None
) -> list[str]:
    """What `PRAGMA quick_check` finds in `path` within `seconds`; [] when sound or too slow.

    With `conn` (a connection to `path` the caller goes on reading with), the check runs on it
    and leaves it open; else on a connection of its own."""
    with open(path, "rb") as handle:
        if handle.read(len(HEADER)) != HEADER:
            return ["is not a database (the file holds something else)"]
    deadline = time.monotonic() + seconds
    try:
        checked = conn if conn is not None else connect(path)
    except sqlite3.Error as exc:
        return [f"cannot be read ({exc})"] if _is_damage(exc) else []
    try:
        checked.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        rows = [str(r[0]) for r in checked.execute("PRAGMA quick_check(10)").fetchall()]
    except sqlite3.Error as exc:
        # Too big to check in time, another program writing, a full disk: not damage; the
        # open that follows reports what it meets.
        return [f"is damaged ({exc})"] if _is_damage(exc) else []
    finally:
        if conn is None:
            checked.close()
        else:
            checked.set_progress_handler(None, 0)
    return [] if rows == ["ok"] else [f"is damaged ({'; '.join(rows[:3])})"]


_DAMAGE_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB


def _is_damage(exc: sqlite3.Error) -> bool:
    """Whether an error says the file is damaged, rather than busy, full or unreachable."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _DAMAGE_CODES
    return not isinstance(exc, sqlite3.OperationalError)
