"""Fixed cost of a command-line export against `wsr-edu --version`.

Run: uv run python benchmarks/cli_export.py [--pairs K]
Each pair starts two fresh processes in alternating order: `wsr-edu --version` and a CSV export
of the sessions of a tiny database (so the time is the fixed cost: imports, the curricula's
words, opening and checking the file), which takes the quick path (records/exports/quick.py).
Prints the per-pair ratios' min, median and max (target: median <= 2x); then, for scale, the
same for a table that takes the full path through SQLAlchemy (`--table questions`), and what
importing SQLAlchemy alone costs against the quick export.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 2.0


def run(args: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=USER_ENV)
    return time.perf_counter() - began


# As on a user's laptop, Python keeps the modules it compiled (a build or CI machine may say
# PYTHONDONTWRITEBYTECODE, which would make every run compile every module from source).
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=7)
    options = parser.parse_args()
    cli = [sys.executable, "-m", "wsr_edu"]
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        base = [*cli, "--data-dir", str(data)]
        subprocess.run(
            [*base, "db", "seed", "--sessions", "10", "--seed", "1"],
            check=True,
            capture_output=True,
            env=USER_ENV,
        )
        export = [*base, "export", "--format", "csv", "--out", str(Path(folder) / "x.csv"), "-q"]
        full = [*export, "--table", "questions"]
        version = [*cli, "--version"]
        floor = [sys.executable, "-c", "import sqlalchemy"]
        for warm in (export, full, version):  # the file cache, compiled modules, kept words
            run(warm)
        ratios, fulls, floors = [], [], []
        for n in range(options.pairs):
            if n % 2:
                v, e = run(version), run(export)
            else:
                e, v = run(export), run(version)
            ratios.append(e / v)
            fulls.append(run(full) / v)
            floors.append(run(floor) / e)
    median = statistics.median(ratios)
    print(
        f"CLI export / --version: per-pair ratio min {min(ratios):.2f}x, median {median:.2f}x, "
        f"max {max(ratios):.2f}x over {options.pairs} pair(s) (target <= {TARGET:.0f}x)"
    )
    print(
        f"  for scale: a table through SQLAlchemy (questions) is {statistics.median(fulls):.1f}x "
        "--version; importing SQLAlchemy alone is "
        f"{statistics.median(floors):.1f}x the quick export"
    )
    return 0 if median <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
