"""CSV in UTF-8 with a byte-order mark, so Excel shows accents and Bengali correctly."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..files import atomic_path
from .columns import CHUNK
from .labels import Labels

if TYPE_CHECKING:
    from ..model import SessionFilters
    from ..repository import Records
    from . import Progress


def write_csv(
    records: Records,
    out: Path,
    filters: SessionFilters,
    *,
    table: str,
    with_names: bool,
    progress: Progress | None = None,
    labels: Labels | None = None,
) -> int:
    """One table as CSV; text that would start a formula is neutralised (see `cells`)."""
    from .tables import (
        Table,
        attendance_table,
        feedback_table,
        paid_table,
        question_table,
        session_table,
        understanding_table,
    )

    labels = labels or Labels()
    with records._errors("read the records for the export"), records.engine.connect() as conn:
        found: Table
        if table == "attendance":
            found = attendance_table(conn, filters, with_names=with_names, text=True, labels=labels)
        elif table == "questions":
            found = question_table(conn, filters, text=True, labels=labels)
        elif table == "understanding":
            found = understanding_table(conn, filters, text=True, labels=labels)
        elif table == "paid":
            found = paid_table(conn, filters, text=True)
        elif table == "feedback":
            found = feedback_table(conn, filters, text=True, labels=labels)
        else:
            found = session_table(conn, filters, text=True, labels=labels)
        return write_rows(out, found.headers, found.rows, found.total, progress)


def write_rows(
    out: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    total: int | None,
    progress: Progress | None = None,
) -> int:
    """`headers`, then `rows`, as the CSV file `out` (all or nothing); returns the rows written."""
    written = 0
    with atomic_path(out) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        each = iter(rows)
        while batch := list(islice(each, CHUNK)):
            writer.writerows(batch)
            written += len(batch)
            if progress:
                progress(written, total)
    if progress:
        progress(written, total)
    return written
