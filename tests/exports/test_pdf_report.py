"""The PDF report read back: organisation, period, page x of y, titles, all sessions counted."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.records.conftest import setup
from tests.system import require_program
from wsr_edu.paths import bundled_curricula_dir, bundled_fonts_dir
from wsr_edu.records import PrivacyMode, SessionFilters
from wsr_edu.records.exports import export
from wsr_edu.records.exports.labels import Labels
from wsr_edu.records.exports.pdffile import write_pdf
from wsr_edu.records.repository import Records
from wsr_edu.records.seed import seed

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BENGALI_SITE = "গাজীপুর পোশাক কারখানা"


@pytest.fixture
def many(sqlite_records: Records) -> Records:
    day = datetime(2025, 6, 2, 7, 0)
    for n in range(30):
        session = sqlite_records.start_session(
            setup(site=f"Farm {n % 4}", module_id="water", curriculum_id="mini", language="en"),
            started_at=day + timedelta(hours=n),
            paid_time=n % 2 == 0,
            planned_minutes=5,
        )
        sqlite_records.set_headcount(session.id, 10030 if n == 0 else 10)
        sqlite_records.record_quiz_counts(session.id, "q-when", [3, 7], correct=[1])
        sqlite_records.end_session(session.id, day + timedelta(hours=n, minutes=30))
    bengali = sqlite_records.start_session(
        setup(
            PrivacyMode.HEADCOUNT,
            site=BENGALI_SITE,
            language="ar",
            module_id="water",
            curriculum_id="arabic-mini",
            facilitator="রহিমা খাতুন",
        ),
        started_at=day + timedelta(days=3),
    )
    sqlite_records.record_quiz_counts(bengali.id, "q-when", [4, 1], correct=[1])
    sqlite_records.end_session(bengali.id, day + timedelta(days=3, hours=1))
    return sqlite_records


def _labels() -> Labels:
    return Labels.from_folders([FIXTURES / "mini", FIXTURES / "arabic-mini"])


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_report_has_organisation_period_pages_titles_and_every_session(
    many: Records, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    filters = SessionFilters(date_from=date(2025, 6, 1), date_to=date(2025, 6, 30))
    export(many, "pdf", out, filters, labels=_labels())
    pages = PdfReader(out).pages
    text = _text(out)
    assert "Test organisation" in text
    assert "Period: 2025-06-01 to 2025-06-30" in text
    for n in range(1, len(pages) + 1):
        assert f"Page {n} of {len(pages)}" in pages[n - 1].extract_text()
    assert "All 31 session(s) in this period" in text
    assert "Sessions counted: all 31" in text
    assert "10,320" in text  # worker contacts, formatted: 10,030 + 29 x 10 + 0
    assert "Water and shade" in text  # the module's title, not its id
    assert "When do you drink?" in text  # the question's text, not its id
    assert "q-when" not in text
    assert "Paid education hours per site and month" in text
    assert "7.5" in text  # 15 paid sessions of half an hour
    assert "Understanding by teaching language and curriculum version" in text
    assert "العربية" in text or "ةيبرعلا" in text  # the language's name (visual order varies)


def test_a_long_report_says_first_n_of_m_and_why(many: Records, tmp_path: Path) -> None:
    out = tmp_path / "short.pdf"
    write_pdf(many, out, SessionFilters(), with_names=False, labels=_labels(), max_sessions=10)
    text = _text(out)
    assert "The first 10 of 31 sessions" in text
    assert "a printed report lists at most 10" in text


def test_bengali_and_arabic_are_shaped(many: Records, tmp_path: Path) -> None:
    if not (bundled_fonts_dir() / "NotoSansBengali-Regular.ttf").is_file():
        pytest.skip("the Bengali font is not bundled in this build")
    out = tmp_path / "scripts.pdf"
    export(many, "pdf", out, labels=_labels())
    pdffonts = require_program("pdffonts", "poppler-utils")
    fonts = subprocess.run([pdffonts, str(out)], capture_output=True, text=True).stdout
    assert "NotoSansBengali" in fonts and "NotoSansArabic" in fonts
    text = _text(out)
    assert "খাতুন" in text or "রহিমা" in text


def test_the_report_renders(many: Records, tmp_path: Path) -> None:
    pdftoppm = require_program("pdftoppm", "poppler-utils")
    out = tmp_path / "report.pdf"
    export(many, "pdf", out, labels=_labels())
    subprocess.run([pdftoppm, "-r", "40", "-png", str(out), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == len(PdfReader(out).pages)


def test_every_page_of_the_sessions_table_is_landscape_with_every_column(
    sqlite_records: Records, tmp_path: Path
) -> None:
    seed(sqlite_records, 130, rng_seed=4)
    out = tmp_path / "long.pdf"
    export(sqlite_records, "pdf", out, labels=Labels.from_folders([bundled_curricula_dir()]))
    pages = [(page, page.extract_text()) for page in PdfReader(out).pages]
    # The table's header row, repeated on each page it runs onto.
    table = [(page, text) for page, text in pages if "Facilitator" in text and "Privacy" in text]
    assert len(table) >= 3, "130 sessions take more than two pages"
    for page, text in table:
        # Continuation pages came out portrait, cutting off the right-hand columns.
        assert page.mediabox.width > page.mediabox.height, "a sessions page is landscape"
        assert "Contacts" in text
    assert "All 130 session(s) in this period" in "\n".join(text for _, text in pages)
    # The signature lines stay on the first page, under the totals, however long the charts.
    assert "Prepared by (name)" in pages[0][1]
    # A chart that runs onto the next page is named again there.
    assert any("(continued)" in text for _, text in pages[1:3])
