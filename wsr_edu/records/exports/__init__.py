"""Reports for programmes: CSV, XLSX and PDF, written atomically, with progress for long ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import RecordsError

if TYPE_CHECKING:
    from ..model import SessionFilters
    from ..repository import Records
    from .labels import Labels

FORMATS = ("csv", "xlsx", "pdf")
CSV_TABLES = ("sessions", "attendance", "questions", "understanding", "paid", "feedback")
Progress = Callable[[int, int | None], None]
"""Called with (rows written, rows in all) now and then during a long export."""


def export(
    records: Records,
    fmt: str,
    out: Path,
    filters: SessionFilters | None = None,
    *,
    with_names: bool = False,
    table: str = "sessions",
    progress: Progress | None = None,
    labels: Labels | None = None,
    organisation: str = "",
) -> int:
    """Write a report to `out`; returns the number of data rows written.

    CSV holds one `table` (one of CSV_TABLES); XLSX holds a summary sheet and every table; PDF
    holds the summary, charts, paid time, the sessions, the per-question results and the
    anonymous feedback.
    `labels` gives the words for module, question and language ids (without it: the ids).
    """
    from ..model import SessionFilters
    from .labels import Labels

    filters = filters or SessionFilters()
    labels = labels or Labels()
    out = Path(out)
    if fmt == "csv":
        from .csvfile import write_csv

        if table not in CSV_TABLES:
            raise RecordsError(f"unknown table {table!r}; choose one of {', '.join(CSV_TABLES)}")
        return write_csv(
            records,
            out,
            filters,
            table=table,
            with_names=with_names,
            progress=progress,
            labels=labels,
        )
    if fmt == "xlsx":
        from .xlsxfile import write_xlsx

        return write_xlsx(
            records, out, filters, with_names=with_names, progress=progress, labels=labels
        )
    if fmt == "pdf":
        from .pdffile import write_pdf

        return write_pdf(
            records,
            out,
            filters,
            with_names=with_names,
            progress=progress,
            labels=labels,
            organisation=organisation,
        )
    raise RecordsError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
