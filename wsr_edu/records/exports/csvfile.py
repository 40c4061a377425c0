"""CSV in UTF-8 with a byte-order mark, so Excel shows accents and Bengali correctly."""

from __future__ import annotations

import csv
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..files import atomic_path
from ..model import SessionFilters
from .labels import Labels
from .tables import (
    CHUNK,
    Table,
    attendance_table,
    feedback_table,
    paid_table,
    question_table,
    session_table,
    understanding_table,
)

if TYPE_CHECKING:
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
    labels = labels or Labels()
    written = 0
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
        with atomic_path(out) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(found.headers)
            rows = iter(found.rows)
            while batch := list(islice(rows, CHUNK)):
                writer.writerows(batch)
                written += len(batch)
                if progress:
                    progress(written, found.total)
    if progress:
        progress(written, found.total)
    return written
