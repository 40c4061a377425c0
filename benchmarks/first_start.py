"""Records usable on the first start of a day (daily backup due) vs a start with none due.

Run: uv run python benchmarks/first_start.py [--sessions 80000] [--pairs 5]
"Usable" is the time from opening the records until a session has been started and the
unfinished sessions read: what the app does before a class can be recorded. The daily backup
runs in the background; the target is a ratio under 2x. Pairs are interleaved (backup, then
none) and the per-pair min/median/max ratios printed.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from wsr_edu.paths import AppPaths
from wsr_edu.records import PrivacyMode, SessionSetup
from wsr_edu.records.repository import Records
from wsr_edu.records.seed import seed

TARGET = 2.0
SETUP = SessionSetup("Farm 3", "wsr-basics", "1.0.0", "rights", "es", PrivacyMode.HEADCOUNT)


def usable(paths: AppPaths, interval: timedelta | None) -> tuple[float, float]:
    """Seconds until the records take a write and answer a read; then until closed."""
    began = time.perf_counter()
    records = Records.open(paths, backup_interval=interval)
    session = records.start_session(SETUP)
    records.open_sessions()
    ready = time.perf_counter() - began
    records.end_session(session.id)
    records.close()  # waits for the backup, so the next round starts from a quiet disk
    return ready, time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=80_000)
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.resolve(Path(folder)).ensure()
        print(f"seeding {args.sessions:,} sessions ...", file=sys.stderr)
        with Records.open(paths, backup_interval=None) as records:
            seed(records, args.sessions, rng_seed=1)
        size = paths.database_file.stat().st_size
        ratios: list[float] = []
        for _ in range(args.pairs):
            shutil.rmtree(paths.backups_dir)
            paths.backups_dir.mkdir()
            first, whole = usable(paths, timedelta(days=1))  # no backup yet: one is due
            plain, _ = usable(paths, None)
            ratios.append(first / plain)
            print(
                f"first start {first * 1000:8.1f} ms (backup done at {whole * 1000:8.1f} ms), "
                f"no backup {plain * 1000:8.1f} ms"
            )
    print(f"database: {size / 1e6:.1f} MB, {args.sessions:,} sessions")
    print(
        f"ratio first start / no backup: min {min(ratios):.2f}x, median "
        f"{statistics.median(ratios):.2f}x, max {max(ratios):.2f}x (target < {TARGET:.0f}x)"
    )
    return 0 if statistics.median(ratios) < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
