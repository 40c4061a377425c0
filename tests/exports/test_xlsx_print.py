"""The workbook is set up for paper, and LibreOffice opens it and prints it as set up."""

from __future__ import annotations

import os
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.records.conftest import setup
from tests.system import require_program
from wsr_edu.paths import bundled_curricula_dir
from wsr_edu.records import PrivacyMode
from wsr_edu.records.exports import export
from wsr_edu.records.exports.labels import Labels
from wsr_edu.records.repository import Records


def _fill(records: Records, count: int = 60) -> None:
    day = datetime(2025, 6, 2, 7, 0)
    for n in range(count):
        session = records.start_session(
            setup(PrivacyMode.CODES, site=f"Finca Los Naranjos, Cuadrilla {n % 5}"),
            started_at=day + timedelta(hours=n),
            paid_time=True,
            planned_minutes=25,
        )
        records.mark_attendance(session.id, code="ACD-EFH")
        records.record_quiz_counts(session.id, "q-bucket", [5, 30, 6], correct=[1])
        records.end_session(session.id, day + timedelta(hours=n, minutes=50))


def test_every_sheet_prints_landscape_fitted_with_its_header_repeated(
    sqlite_records: Records, tmp_path: Path
) -> None:
    _fill(sqlite_records, 5)
    out = tmp_path / "report.xlsx"
    export(sqlite_records, "xlsx", out, labels=Labels.from_folders([bundled_curricula_dir()]))
    book = load_workbook(out)
    assert book.sheetnames[0] == "Summary"
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert "&P of &N" in sheet.oddFooter.center.text
        if sheet.title != "Summary":
            assert sheet.print_title_rows == "$1:$1", sheet.title
            assert sheet.freeze_panes == "A2", sheet.title
            assert sheet["A1"].font.bold
            assert sheet.column_dimensions["A"].width > 5
            for cell in sheet[1]:
                # A heading wider than its column wraps instead of printing cut ("Planned m").
                width = sheet.column_dimensions[cell.column_letter].width
                assert cell.alignment.wrap_text or len(str(cell.value)) <= width, cell.value
    sessions = book["Sessions"]
    header = [c.value for c in sessions[1]]
    assert header[0] == "Date" and header[-1] == "Device"  # words first, ids last
    paid = book["Paid time"]
    assert [c.value for c in paid[1]][:4] == ["Site", "Month", "Paid sessions", "Paid hours"]
    assert paid["D2"].value == 0.83  # one paid session of 50 minutes at that site


def test_libreoffice_opens_the_workbook_and_prints_it_on_few_pages(
    sqlite_records: Records, tmp_path: Path
) -> None:
    soffice = require_program("libreoffice", "libreoffice-calc-nogui")
    _fill(sqlite_records)
    out = tmp_path / "report.xlsx"
    export(sqlite_records, "xlsx", out, labels=Labels.from_folders([bundled_curricula_dir()]))
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    printed = tmp_path / "pdf" / "report.pdf"
    assert printed.is_file(), result.stdout + result.stderr
    reader = PdfReader(printed)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Our rights at work" in text and "Finca Los Naranjos" in text
    # 60 sessions, 60 marks and a few small tables: a handful of landscape pages, fitted to
    # the width (unfitted, the sessions sheet alone ran to several pages across).
    assert len(reader.pages) <= 12, len(reader.pages)
    first = reader.pages[1]
    assert first.mediabox.width > first.mediabox.height  # landscape
