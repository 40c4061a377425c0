"""XLSX with typed cells (dates as dates, numbers as numbers): a summary, then one sheet per table.

Every sheet is set up to print: landscape, fitted to the page width, the header row repeated on
each page and frozen on screen, sensible column widths, page numbers in the footer; the ids
at the right of a sheet are kept for data work but left out of its print area. Written in
openpyxl's write-only mode, row by row, so a million attendance rows stream to the file; only
the small tables get per-cell number formats (the big one relies on openpyxl's date default).
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..files import atomic_path
from ..model import SessionFilters
from .cells import safe_text
from .columns import CHUNK, QUESTION_WORDS_FIRST, SESSION_WORDS_FIRST
from .labels import Labels
from .tables import (
    Table,
    attendance_table,
    feedback_table,
    paid_table,
    question_table,
    session_table,
    summary,
    understanding_table,
)

if TYPE_CHECKING:
    from ..repository import Records
    from . import Progress

MAX_ROWS = 1_048_576 - 1  # Excel's limit, less the header row
WIDTHS = {
    "Session id": 38,
    "Device": 38,
    "Site": 28,
    "Group": 16,
    "Facilitator": 20,
    "Date": 11,
    "Start": 16,
    "End": 16,
    "Hours": 7,
    "Paid time": 6,
    "Planned minutes": 9,
    "Marked at": 16,
    "Module": 14,
    "Module title": 30,
    "Question": 14,
    "Question text": 36,
    "Language name": 14,
    "Language": 9,
    "Curriculum": 12,
    "Version": 8,
    "Privacy mode": 11,
    "Share correct": 9,
    "Worker contacts": 9,
    "Month": 9,
    "Code": 9,
    "Name": 24,
    "Status": 10,
}
FORMATS = {
    "Start": "yyyy-mm-dd hh:mm",
    "End": "yyyy-mm-dd hh:mm",
    "Share correct": "0%",
    "Hours": "0.00",
    "Paid hours": "#,##0.00",
    "Paid worker hours": "#,##0.00",
    "Planned hours": "#,##0.00",
    "Report made": "yyyy-mm-dd hh:mm",
}
ID_COLUMNS = {"Session id", "Device", "Language", "Curriculum", "Module", "Question"}
"""Ids kept for data work at the right of a sheet, outside its print area."""
BIG = {"attendance"}
"""Tables written without per-cell styles, for speed (their dates use openpyxl's default)."""


def write_xlsx(
    records: Records,
    out: Path,
    filters: SessionFilters,
    *,
    with_names: bool,
    progress: Progress | None = None,
    labels: Labels | None = None,
) -> int:
    from openpyxl import Workbook

    labels = labels or Labels()
    written = 0
    with records._errors("read the records for the export"), records.engine.connect() as conn:
        workbook = Workbook(write_only=True)
        _, lines = summary(conn, filters)
        tables = [
            session_table(conn, filters, text=False, labels=labels, order=SESSION_WORDS_FIRST),
            attendance_table(
                conn, filters, with_names=with_names, text=False, labels=labels, words_first=True
            ),
            question_table(conn, filters, text=False, labels=labels, order=QUESTION_WORDS_FIRST),
            understanding_table(conn, filters, text=False, labels=labels),
            paid_table(conn, filters, text=False),
            feedback_table(conn, filters, text=False, labels=labels),
        ]
        sheet = workbook.create_sheet("Summary")
        _print_setup(sheet, header=False)
        sheet.column_dimensions["A"].width = 34
        sheet.column_dimensions["B"].width = 48
        sheet.append([_bold(sheet, "Attendance and results")])
        if labels.organisations:
            sheet.append(["Organisation", safe_text(", ".join(labels.organisations))])
        for label, value in lines:
            sheet.append([label, _cell(sheet, value, FORMATS.get(label))])
        sheet.append([])
        sheet.append([_bold(sheet, "Sheet"), _bold(sheet, "Rows")])
        for table in tables:
            sheet.append([table.title, table.total])
        grand_total = sum(t.total for t in tables)
        for table in tables:
            written = _write_table(workbook, table, written, grand_total, progress)
        with atomic_path(out) as tmp:
            workbook.save(tmp)
    return written


def _print_setup(sheet: Any, header: bool = True) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.center.text = "&A, page &P of &N"
    if header:
        sheet.print_title_rows = "1:1"
        sheet.freeze_panes = "A2"


def _write_table(
    workbook: Any, table: Table, written: int, grand_total: int, progress: Progress | None
) -> int:
    from openpyxl.utils import get_column_letter

    rows = iter(table.rows)
    part = 1
    styled = table.name not in BIG
    formats = [(i, FORMATS[h]) for i, h in enumerate(table.headers) if h in FORMATS and styled]
    while True:
        sheet = workbook.create_sheet(table.title + (f" {part}" if part > 1 else ""))
        _print_setup(sheet)
        printed = len(table.headers)
        while printed > 1 and table.headers[printed - 1] in ID_COLUMNS:
            printed -= 1
        sheet.print_area = f"A1:{get_column_letter(printed)}{MAX_ROWS + 1}"
        for i, header in enumerate(table.headers, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = WIDTHS.get(header, 11)
        sheet.append([_heading(sheet, h) for h in table.headers])
        in_sheet = 0
        while in_sheet < MAX_ROWS:
            batch = list(islice(rows, min(CHUNK, MAX_ROWS - in_sheet)))
            if not batch:
                return written
            append = sheet.append
            if formats:
                for row in batch:
                    values = list(row)
                    for i, number_format in formats:
                        if values[i] is not None:
                            values[i] = _cell(sheet, values[i], number_format)
                    append(values)
            else:
                for row in batch:
                    append(row)
            in_sheet += len(batch)
            written += len(batch)
            if progress:
                progress(written, grand_total)
        part += 1


def _bold(sheet: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cell = WriteOnlyCell(sheet, value=text)
    cell.font = Font(bold=True)
    return cell


def _heading(sheet: Any, text: str) -> Any:
    """A column's heading, wrapped onto a second line where its column is narrower than its
    words ("Planned minutes" over numbers): cut short, it printed as "Planned m"."""
    from openpyxl.styles import Alignment

    cell = _bold(sheet, text)
    cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    return cell


def _cell(sheet: Any, value: Any, number_format: str | None) -> Any:
    if number_format is None:
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell
