"""XLSX with typed cells (dates as dates, numbers as numbers): a summary and one sheet per table."""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..files import atomic_path
from ..model import SessionFilters
from .tables import CHUNK, Table, attendance_table, question_table, session_table, summary

if TYPE_CHECKING:
    from ..repository import Records
    from . import Progress

MAX_ROWS = 1_048_576 - 1  # Excel's limit, less the header row
WIDTHS = {
    "Session id": 38,
    "Device": 38,
    "Site": 28,
    "Group": 18,
    "Facilitator": 20,
    "Date": 12,
    "Start": 17,
    "End": 17,
    "Marked at": 17,
    "Module": 16,
    "Question": 20,
    "Share correct": 14,
    "Worker contacts": 16,
}
FORMATS = {
    "Date": "yyyy-mm-dd",
    "Start": "yyyy-mm-dd hh:mm",
    "End": "yyyy-mm-dd hh:mm",
    "Marked at": "yyyy-mm-dd hh:mm",
    "Share correct": "0%",
    "Hours": "0.00",
    "Report made": "yyyy-mm-dd hh:mm",
}


def write_xlsx(
    records: Records,
    out: Path,
    filters: SessionFilters,
    *,
    with_names: bool,
    progress: Progress | None = None,
) -> int:
    from openpyxl import Workbook

    written = 0
    with records._errors("read the records for the export"), records.engine.connect() as conn:
        workbook = Workbook(write_only=True)
        _, lines = summary(conn, filters)
        sheet = workbook.create_sheet("Summary")
        sheet.column_dimensions["A"].width = 24
        sheet.column_dimensions["B"].width = 40
        for label, value in lines:
            sheet.append([label, _cell(sheet, value, FORMATS.get(label))])
        tables = [
            session_table(conn, filters, text=False),
            attendance_table(conn, filters, with_names=with_names, text=False),
            question_table(conn, filters, text=False),
        ]
        grand_total = sum(t.total for t in tables)
        for table in tables:
            written = _write_table(workbook, table, written, grand_total, progress)
        with atomic_path(out) as tmp:
            workbook.save(tmp)
    return written


def _write_table(
    workbook: Any, table: Table, written: int, grand_total: int, progress: Progress | None
) -> int:
    from openpyxl.utils import get_column_letter

    rows = iter(table.rows)
    part = 1
    while True:
        title = table.name.capitalize() + (f" {part}" if part > 1 else "")
        sheet = workbook.create_sheet(title)
        sheet.freeze_panes = "A2"
        for i, header in enumerate(table.headers, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = WIDTHS.get(header, 12)
        sheet.append([_header(sheet, h) for h in table.headers])
        formats = [(i, FORMATS[h]) for i, h in enumerate(table.headers) if h in FORMATS]
        in_sheet = 0
        while in_sheet < MAX_ROWS:
            batch = list(islice(rows, min(CHUNK, MAX_ROWS - in_sheet)))
            if not batch:
                return written
            for row in batch:
                if formats:
                    values = list(row)
                    for i, number_format in formats:
                        if values[i] is not None:
                            values[i] = _cell(sheet, values[i], number_format)
                    sheet.append(values)
                else:
                    sheet.append(row)
            in_sheet += len(batch)
            written += len(batch)
            if progress:
                progress(written, grand_total)
        part += 1


def _header(sheet: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cell = WriteOnlyCell(sheet, value=text)
    cell.font = Font(bold=True)
    return cell


def _cell(sheet: Any, value: Any, number_format: str | None) -> Any:
    if number_format is None:
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell
