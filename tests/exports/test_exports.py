"""Every export read back: CSV parsed, XLSX opened with openpyxl, PDF text extracted."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.records.conftest import setup
from wsr_edu.cli import main
from wsr_edu.paths import bundled_fonts_dir
from wsr_edu.records import PrivacyMode, SessionFilters
from wsr_edu.records.exports import export
from wsr_edu.records.repository import Records

BENGALI_SITE = "গাজীপুর পোশাক কারখানা"
SPANISH_SITE = "Lechería San José"


@pytest.fixture
def filled(sqlite_records: Records) -> Records:
    day = datetime(2025, 6, 2, 7, 0)
    first = sqlite_records.start_session(setup(site=SPANISH_SITE), started_at=day)
    sqlite_records.set_headcount(first.id, 41)
    sqlite_records.record_quiz_counts(first.id, "q-bucket", [5, 30, 6], correct=[1])
    sqlite_records.end_session(first.id, day + timedelta(minutes=50))
    second = sqlite_records.start_session(
        setup(
            PrivacyMode.CODES,
            site=BENGALI_SITE,
            language="bn",
            module_id="complaint-line",
            facilitator="রহিমা খাতুন",
        ),
        started_at=day + timedelta(days=1),
    )
    for code in ["ACD-EFH", "JKM-NPR", "TWX-Y34"]:
        sqlite_records.mark_attendance(second.id, code=code)
    sqlite_records.record_quiz_counts(second.id, "q-who-answers", [2, 1, 0], correct=[1])
    sqlite_records.end_session(second.id, day + timedelta(days=1, hours=1))
    return sqlite_records


def _csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_sessions_csv_round_trips_accents_and_bengali(filled: Records, tmp_path: Path) -> None:
    out = tmp_path / "sessions.csv"
    seen: list[tuple[int, int | None]] = []
    assert export(filled, "csv", out, progress=lambda d, t: seen.append((d, t))) == 2
    header, *rows = _csv(out)
    assert header[:5] == ["Session id", "Date", "Start", "End", "Hours"]
    by_site = {r[header.index("Site")]: r for r in rows}
    spanish, bengali = by_site[SPANISH_SITE], by_site[BENGALI_SITE]
    assert spanish[header.index("Date")] == "2025-06-02"
    assert spanish[header.index("Worker contacts")] == "41"
    assert spanish[header.index("Hours")] == "0.83"
    assert bengali[header.index("Facilitator")] == "রহিমা খাতুন"
    assert bengali[header.index("Worker contacts")] == "3"
    assert seen[-1] == (2, 2)


def test_attendance_and_questions_csv(filled: Records, tmp_path: Path) -> None:
    out = tmp_path / "attendance.csv"
    export(filled, "csv", out, table="attendance")
    header, *rows = _csv(out)
    assert "Name" not in header
    assert sorted(r[header.index("Code")] for r in rows) == ["ACD-EFH", "JKM-NPR", "TWX-Y34"]
    assert {r[header.index("Date")] for r in rows} == {"2025-06-03"}
    export(filled, "csv", out, table="questions")
    header, *rows = _csv(out)
    shares = {r[1]: r[header.index("Share correct")] for r in rows}
    assert shares == {"q-bucket": "0.732", "q-who-answers": "0.333"}


def test_filters_narrow_the_export(filled: Records, tmp_path: Path) -> None:
    out = tmp_path / "june-3.csv"
    export(filled, "csv", out, SessionFilters(date_from=date(2025, 6, 3)))
    _, *rows = _csv(out)
    assert len(rows) == 1 and BENGALI_SITE in rows[0]


def test_xlsx_has_typed_cells_a_summary_and_a_sheet_per_table(
    filled: Records, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    export(filled, "xlsx", out)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == [
        "Summary",
        "Sessions",
        "Attendance",
        "Questions",
        "Understanding",
        "Paid time",
        "Feedback",
    ]
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if len(r) > 1}
    assert summary["Sessions"] == 2 and summary["Worker contacts"] == 44
    assert summary["Hours taught"] == pytest.approx(1.83)
    header, *rows = book["Sessions"].iter_rows(values_only=True)
    first = dict(zip(header, rows[0], strict=True))
    assert first["Date"] == datetime(2025, 6, 2)  # a real date cell, read back as a datetime
    assert first["Start"] == datetime(2025, 6, 2, 7, 0)
    assert first["Worker contacts"] == 41 and first["Site"] == SPANISH_SITE
    assert isinstance(first["Hours"], float)
    _, *marks = book["Attendance"].iter_rows(values_only=True)
    assert len(marks) == 3
    header, *questions = book["Questions"].iter_rows(values_only=True)
    answers = {q[header.index("Question")]: dict(zip(header, q, strict=True)) for q in questions}
    assert answers["q-bucket"]["Answers"] == 41
    assert answers["q-bucket"]["Share correct"] == pytest.approx(30 / 41)
    book.close()


def test_pdf_holds_the_summary_sessions_and_questions(filled: Records, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    export(filled, "pdf", out)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Worker contacts" in text and "44" in text
    assert SPANISH_SITE in text
    assert "q-bucket" in text and "73%" in text
    if (bundled_fonts_dir() / "NotoSansBengali-Regular.ttf").is_file():
        assert "খাতুন" in text or "রহিমা" in text


def test_pdf_falls_back_to_a_core_font_without_the_noto_fonts(
    filled: Records, tmp_path: Path
) -> None:
    from wsr_edu.records.exports.pdffile import write_pdf

    out = tmp_path / "plain.pdf"
    write_pdf(filled, out, SessionFilters(), with_names=False, fonts_dir=tmp_path / "none")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert SPANISH_SITE in text and "Sessions" in text


def test_the_export_command_writes_the_file_and_reports_progress(
    filled: Records, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.csv"
    code = main(
        [
            "--data-dir",
            str(filled.paths.data_dir),
            "export",
            "--format",
            "csv",
            "--out",
            str(out),
            "--site",
            BENGALI_SITE,
        ]
    )
    assert code == 0
    err = capsys.readouterr().err
    assert "1 row(s) written" in err and "exporting" in err
    _, *rows = _csv(out)
    assert len(rows) == 1


def test_a_bad_date_is_refused_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(
            ["export", "--format", "csv", "--out", str(tmp_path / "x.csv"), "--from", "31/01/2025"]
        )
    assert "is not a date like" in capsys.readouterr().err


def test_db_commands_seed_check_and_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "db", "seed", "--sessions", "30", "--seed", "7"]) == 0
    assert main(["--data-dir", str(data), "db", "check"]) == 0
    assert main(["--data-dir", str(data), "db", "backup", str(tmp_path / "copy.sqlite3")]) == 0
    err = capsys.readouterr().err
    assert "added 30 session(s)" in err and ": ok" in err and "verified" in err
    with Records.open(data_dir_paths(data)) as records:
        assert records.totals().sessions == 30
        assert {s.module_id for s in records.list_sessions()} <= {
            "rights",
            "complaint-line",
            "heat-safety",
            "how-it-works",
        }


def data_dir_paths(data: Path):  # type: ignore[no-untyped-def]
    from wsr_edu.paths import AppPaths

    return AppPaths.resolve(data)
