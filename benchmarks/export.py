"""Export speed: CSV of 1,000,000 attendance rows against a raw sqlite3 + csv baseline, and XLSX.

Run: uv run python benchmarks/export.py [--rows N] [--xlsx-rows N]
Prints the ratio of wsr-edu's CSV export time to the baseline's (target: 2x at most).
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from wsr_edu.paths import AppPaths
from wsr_edu.records.exports import export
from wsr_edu.records.repository import Records

PER_SESSION = 50
STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime in SQLite


def fill(database: Path, rows: int) -> None:
    """Sessions and attendance marks written straight with executemany: fast to make."""
    rng = random.Random(1)
    device = str(uuid.uuid4())
    start = datetime(2025, 1, 6, 7, 0)
    sessions, marks = [], []
    for n in range((rows + PER_SESSION - 1) // PER_SESSION):
        sid = str(uuid.uuid4())
        began = start + timedelta(hours=n)
        stamp = began.strftime(STAMP)
        sessions.append(
            (
                sid,
                device,
                rng.choice(["Lechería San José", "গাজীপুর কারখানা", "Farm 3"]),
                "Crew A",
                "Rosa Q.",
                "es",
                "wsr-basics",
                "1.0.0",
                "rights",
                "codes",
                PER_SESSION,
                stamp,
                (began + timedelta(hours=1)).strftime(STAMP),
                0,
                stamp,
                1,  # paid time
                60,  # planned minutes
            )
        )
        for i in range(min(PER_SESSION, rows - len(marks))):
            marks.append(
                (str(uuid.uuid4()), sid, device, f"ACD-{i:03d}", None, "present", stamp, stamp)
            )
    with sqlite3.connect(database) as conn:
        conn.executemany(
            "INSERT INTO sessions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", sessions
        )
        conn.executemany("INSERT INTO attendance VALUES (?,?,?,?,?,?,?,?)", marks)


def baseline(database: Path, out: Path) -> int:
    """The same table with the standard library only: the fastest plain way to do it."""
    conn = sqlite3.connect(database)
    cursor = conn.execute(
        "SELECT s.id, strftime('%Y-%m-%d', s.started_at), s.site, s.group_name, s.module_id, "
        "s.module_id, s.language, s.language, a.code, a.status, "
        "strftime('%Y-%m-%d %H:%M', a.marked_at) "
        "FROM attendance a JOIN sessions s ON a.session_id = s.id "
        "ORDER BY s.started_at, s.id, a.marked_at"
    )
    count = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "Session id",
                "Date",
                "Site",
                "Group",
                "Module",
                "Module title",
                "Language",
                "Language name",
                "Code",
                "Status",
                "Marked at",
            ]
        )
        while batch := cursor.fetchmany(10_000):
            writer.writerows(batch)
            count += len(batch)
    conn.close()
    return count


def timed(label: str, action) -> float:  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    rows = action()
    took = time.perf_counter() - began
    print(f"{label:<28} {rows:>10,} rows  {took:7.2f} s  {rows / took:>10,.0f} rows/s")
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = AppPaths.resolve(root / "big").ensure()
        with Records.open(paths, backup_interval=None) as records:
            began = time.perf_counter()
            fill(paths.database_file, args.rows)
            print(f"seeded {args.rows:,} attendance rows in {time.perf_counter() - began:.1f} s")
            ours = timed(
                "wsr-edu export (CSV)",
                lambda: export(records, "csv", root / "ours.csv", table="attendance"),
            )
            base = timed(
                "sqlite3 + csv baseline", lambda: baseline(paths.database_file, root / "base.csv")
            )
            same = (root / "ours.csv").read_bytes() == (root / "base.csv").read_bytes()
            print(
                f"CSV ratio (wsr-edu / baseline): {ours / base:.2f}x (target <= 2x); "
                f"identical output: {same}"
            )
        small = AppPaths.resolve(root / "small").ensure()
        with Records.open(small, backup_interval=None) as records:
            fill(small.database_file, args.xlsx_rows)
            xlsx = timed(
                "wsr-edu export (XLSX, all)", lambda: export(records, "xlsx", root / "ours.xlsx")
            )
            csv_small = timed(
                "wsr-edu export (CSV)",
                lambda: export(records, "csv", root / "small.csv", table="attendance"),
            )
            print(
                f"XLSX for {args.xlsx_rows:,} attendance rows: {xlsx:.2f} s "
                f"({xlsx / csv_small:.1f}x the CSV of the same rows)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
