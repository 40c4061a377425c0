"""Time to record one durable attendance mark, against a raw sqlite3 insert + commit.

Run: uv run python benchmarks/marks.py [--marks N]
Both sides use WAL with synchronous=FULL, so every commit waits for the disk.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

from wsr_edu.paths import AppPaths
from wsr_edu.records import PrivacyMode, SessionSetup
from wsr_edu.records.codes import new_codes
from wsr_edu.records.repository import Records


def ours(root: Path, count: int) -> float:
    paths = AppPaths.resolve(root / "ours").ensure()
    with Records.open(paths, backup_interval=None) as records:
        session = records.start_session(
            SessionSetup(
                "Farm 3", "wsr-basics", "1.0.0", "rights", "es", privacy_mode=PrivacyMode.CODES
            )
        )
        codes = new_codes(count)
        began = time.perf_counter()
        for code in codes:
            records.mark_attendance(session.id, code=code)
        return (time.perf_counter() - began) / count


def raw(root: Path, count: int) -> float:
    conn = sqlite3.connect(root / "raw.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(
        "CREATE TABLE attendance (id TEXT PRIMARY KEY, session_id TEXT, code TEXT, "
        "status TEXT, marked_at TEXT, UNIQUE (session_id, code))"
    )
    session = str(uuid.uuid4())
    codes = new_codes(count)
    began = time.perf_counter()
    for code in codes:
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO attendance VALUES (?, ?, ?, 'present', ?)",
            (str(uuid.uuid4()), session, code, datetime.now().isoformat()),
        )
        conn.execute("COMMIT")
    took = (time.perf_counter() - began) / count
    conn.close()
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--marks", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        mine = ours(root, args.marks)
        base = raw(root, args.marks)
    print(f"one durable mark (wsr-edu):      {mine * 1000:7.2f} ms")
    print(f"raw sqlite3 insert + commit:     {base * 1000:7.2f} ms")
    print(
        f"ratio: {mine / base:.2f}x (wsr-edu also checks the session, keeps the code unique "
        "and updates the headcount in the same transaction)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
