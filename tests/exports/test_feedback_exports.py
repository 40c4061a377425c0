"""Feedback tallies in the CSV, XLSX and PDF exports, read back: words, not ids."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.records.conftest import setup
from wsr_edu.records import SessionFilters
from wsr_edu.records.exports import export
from wsr_edu.records.exports.labels import Labels
from wsr_edu.records.model import FeedbackAnswer
from wsr_edu.records.repository import Records

STARTER = Path(__file__).resolve().parents[2] / "curricula"


@pytest.fixture
def tallied(sqlite_records: Records) -> Records:
    records = sqlite_records
    for answer in ("a", "a", "a", "b"):
        records.add_feedback_answer(
            FeedbackAnswer(
                "wsr-basics", "1.0.0", "es", "understood", answer, "Camp 3", date(2026, 3, 2)
            )
        )
    records.add_feedback_answer(
        FeedbackAnswer("wsr-basics", "1.0.0", "ht", "call-line", "b", "Camp 3", date(2026, 4, 9))
    )
    session = records.start_session(
        setup(site="Rancho La Esperanza", language="en", curriculum_id="wsr-basics"),
        started_at=datetime(2026, 3, 5, 7, 0),
    )
    records.record_feedback_counts(
        session.id, "understood", [10, 6, 4], curriculum_version="1.0.0", language="en"
    )
    return records


def _labels() -> Labels:
    return Labels.from_folders([STARTER])


def test_csv_has_one_row_per_answer_with_words_counts_and_shares(
    tallied: Records, tmp_path: Path
) -> None:
    out = tmp_path / "feedback.csv"
    written = export(tallied, "csv", out, table="feedback", labels=_labels())
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert written == len(rows) == 6
    kiosk = [r for r in rows if r["Where"] == "kiosk" and r["Question"] == "understood"]
    assert [
        (r["Question text"], r["Answer"], r["Count"], r["Share of answers"]) for r in kiosk
    ] == [
        ("¿Entendiste?", "Sí, todo", "3", "0.750"),
        ("¿Entendiste?", "Una parte", "1", "0.250"),
    ]
    assert {(r["Site"], r["Month"], r["Language name"]) for r in kiosk} == {
        ("Camp 3", "2026-03", "Español")
    }
    creole = next(r for r in rows if r["Language"] == "ht")
    assert (creole["Question text"], creole["Answer"], creole["Month"]) == (
        "Èske ou konnen kijan pou rele liy lan?",
        "Non, poko",
        "2026-04",
    )
    hands = [r for r in rows if r["Where"] == "class"]
    assert [(r["Answer"], r["Count"], r["Site"]) for r in hands] == [
        ("Yes, all of it", "10", "Rancho La Esperanza"),
        ("Some of it", "6", "Rancho La Esperanza"),
        ("Not much", "4", "Rancho La Esperanza"),
    ]
    # By period: April holds the Creole answer only.
    april = SessionFilters(date_from=date(2026, 4, 1), date_to=date(2026, 4, 30))
    export(tallied, "csv", out, april, table="feedback", labels=_labels())
    with open(out, encoding="utf-8-sig", newline="") as handle:
        assert [r["Answer id"] for r in csv.DictReader(handle)] == ["b"]


def test_xlsx_has_a_feedback_sheet_with_typed_counts(tallied: Records, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    export(tallied, "xlsx", out, labels=_labels())
    book = load_workbook(out, read_only=True)
    sheet = book["Feedback"]
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:4] == ("Question text", "Answer", "Count", "Share of answers")
    by_answer = {(r[0], r[1]): (r[2], r[3]) for r in body}
    assert by_answer[("¿Entendiste?", "Sí, todo")] == (3, 0.75)
    assert by_answer[("Did you understand?", "Not much")] == (4, 0.2)
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if len(r) > 1}
    assert summary["Feedback"] == 6


def test_pdf_report_lists_the_feedback_in_words(tallied: Records, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    export(tallied, "pdf", out, labels=_labels())
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Feedback from workers (anonymous)" in text
    assert "¿Entendiste?" in text and "Sí, todo" in text and "75%" in text
    assert "Not much" in text and "Rancho La Esperanza" in text
    assert "understood" not in text.split("Feedback from workers")[1].split("Sessions")[0]


def test_without_feedback_the_report_says_so(sqlite_records: Records, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    export(sqlite_records, "pdf", out, labels=_labels())
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "No feedback was given in this period." in text
