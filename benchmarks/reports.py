"""Report speed: the PDF report against the CSV of the same data, and XLSX against raw openpyxl.

Run: uv run python benchmarks/reports.py [--sessions N] [--rows N] [--pairs K] [--keep DIR]
- PDF: the report of N sessions (default 800) against the CSV exports of the tables it holds
  (sessions, questions, understanding, paid time); target <= 3x.
- XLSX: the attendance sheet of the workbook against raw openpyxl write-only of the same rows
  (read with the same query); target <= 1.3x.
Each pair runs the two in alternating order; the per-pair ratios' min, median and max print.
Exit 1 when a median misses its target.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import update

from wsr_edu.paths import AppPaths, bundled_curricula_dir
from wsr_edu.records.exports import export
from wsr_edu.records.exports.labels import Labels
from wsr_edu.records.exports.tables import attendance_table
from wsr_edu.records.exports.xlsxfile import write_xlsx
from wsr_edu.records.model import SessionFilters
from wsr_edu.records.repository import Records
from wsr_edu.records.schema import sessions
from wsr_edu.records.seed import seed

SAME_DATA = ("sessions", "questions", "understanding", "paid")


def took(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def pairs(label: str, ours: Callable[[], object], base: Callable[[], object], count: int) -> float:
    ratios = []
    for n in range(count):
        if n % 2:
            b = took(base)
            o = took(ours)
        else:
            o = took(ours)
            b = took(base)
        ratios.append(o / b)
    median = statistics.median(ratios)
    print(
        f"{label}: per-pair ratio min {min(ratios):.2f}x, median {median:.2f}x, "
        f"max {max(ratios):.2f}x over {count} pair(s)"
    )
    return median


def raw_openpyxl(records: Records, out: Path) -> int:
    """The attendance rows, read by the same query, appended to a bare write-only workbook."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Attendance")
    count = 0
    with records.engine.connect() as conn:
        table = attendance_table(conn, SessionFilters(), with_names=False, text=False)
        sheet.append(list(table.headers))
        for row in table.rows:
            sheet.append(row)
            count += 1
    book.save(out)
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=800)
    parser.add_argument("--rows", type=int, default=2000, help="sessions for the XLSX pair")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="leave the files written in this folder")
    args = parser.parse_args()
    labels = Labels.from_folders([bundled_curricula_dir()], prefer="en")
    missed = False
    with tempfile.TemporaryDirectory() as folder:
        root = args.keep or Path(folder)
        root.mkdir(parents=True, exist_ok=True)
        paths = AppPaths.resolve(Path(folder) / "data").ensure()
        with Records.open(paths, backup_interval=None) as records:
            seed(records, args.sessions, rng_seed=3)
            with records.engine.begin() as conn:
                conn.execute(update(sessions).values(paid_time=True))

            def pdf() -> object:
                return export(records, "pdf", root / "report.pdf", labels=labels)

            def csvs() -> object:
                for table in SAME_DATA:
                    export(records, "csv", root / f"{table}.csv", table=table, labels=labels)
                return None

            pdf()  # warm the font cache once, as a running app would have
            median = pairs(f"PDF / CSV of {args.sessions:,} sessions", pdf, csvs, args.pairs)
            print(f"  target <= 3x: {'met' if median <= 3 else 'MISSED'}")
            missed |= median > 3
        small = AppPaths.resolve(Path(folder) / "xlsx").ensure()
        with Records.open(small, backup_interval=None) as records:
            seed(records, args.rows, rng_seed=5)

            def ours() -> object:
                with records.engine.connect() as conn:
                    from openpyxl import Workbook

                    from wsr_edu.records.exports.xlsxfile import _write_table

                    book = Workbook(write_only=True)
                    table = attendance_table(
                        conn,
                        SessionFilters(),
                        with_names=False,
                        text=False,
                        labels=labels,
                        words_first=True,
                    )
                    _write_table(book, table, 0, table.total, None)
                    book.save(root / "ours.xlsx")
                return None

            median = pairs(
                "XLSX attendance sheet / raw openpyxl write-only",
                ours,
                lambda: raw_openpyxl(records, root / "raw.xlsx"),
                args.pairs,
            )
            print(f"  target <= 1.3x: {'met' if median <= 1.3 else 'MISSED'}")
            missed |= median > 1.3
            whole = took(
                lambda: write_xlsx(
                    records, root / "all.xlsx", SessionFilters(), with_names=False, labels=labels
                )
            )
            print(f"whole workbook (every sheet): {whole:.2f} s")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
