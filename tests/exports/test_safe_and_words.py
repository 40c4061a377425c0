"""Spreadsheets never carry a live formula, and reports say words where the records keep ids."""

from __future__ import annotations

import csv
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.records.conftest import setup
from wsr_edu.paths import bundled_curricula_dir
from wsr_edu.records import PrivacyMode
from wsr_edu.records.exports import CSV_TABLES, export
from wsr_edu.records.exports.cells import safe_text
from wsr_edu.records.exports.labels import Labels
from wsr_edu.records.repository import Records

EVIL_SITE = '=HYPERLINK("http://example.invalid/x","Finca")'
EVIL = [EVIL_SITE, "+1+2", "-3+4", "@SUM(A1)", "\t=1", "\r=2"]


@pytest.fixture
def evil(sqlite_records: Records) -> Records:
    day = datetime(2025, 6, 2, 7, 0)
    for n, text in enumerate(EVIL):
        session = sqlite_records.start_session(
            setup(PrivacyMode.CODES, site=text, group=text, facilitator=text),
            started_at=day + timedelta(hours=n),
        )
        sqlite_records.mark_attendance(session.id, code="ACD-EFH")
        sqlite_records.record_quiz_counts(session.id, "q-bucket", [1, 2, 0], correct=[1])
        sqlite_records.end_session(session.id, day + timedelta(hours=n, minutes=45))
    return sqlite_records


def _csv_cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_rule_itself() -> None:
    for text in EVIL:
        assert safe_text(text) == "'" + text
    for harmless in ("Finca Los Naranjos", "", "3-4", "a=b", "ACD-EFH"):
        assert safe_text(harmless) == harmless
    assert safe_text(-5) == -5 and safe_text(2.5) == 2.5  # numbers stay numbers


@pytest.mark.parametrize("table", CSV_TABLES)
def test_no_csv_cell_starts_a_formula(evil: Records, tmp_path: Path, table: str) -> None:
    out = tmp_path / f"{table}.csv"
    export(evil, "csv", out, table=table)
    header, *rows = _csv_cells(out)
    for row in rows:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), (table, cell)
    if table in ("sessions", "attendance"):
        sites = {row[header.index("Site")] for row in rows}
        assert sites == {"'" + text.strip() for text in EVIL}  # sites are stored stripped


def test_no_xlsx_cell_holds_a_formula_and_numbers_stay_numbers(
    evil: Records, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    export(evil, "xlsx", out)
    book = load_workbook(out)  # not read-only: data_type tells a formula ("f") from text ("s")
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.value[:1] not in ("=", "+", "-", "@", "\t", "\r")
    sessions = book["Sessions"]
    header = [c.value for c in sessions[1]]
    first = [c.value for c in sessions[2]]
    assert first[header.index("Site")] == "'" + EVIL_SITE
    assert first[header.index("Worker contacts")] == 1
    assert isinstance(first[header.index("Hours")], float)


def test_titles_and_language_names_with_ids_in_their_own_columns(
    sqlite_records: Records, tmp_path: Path
) -> None:
    day = datetime(2025, 6, 2, 7, 0)
    session = sqlite_records.start_session(setup(PrivacyMode.CODES), started_at=day)
    sqlite_records.mark_attendance(session.id, code="ACD-EFH")
    sqlite_records.record_quiz_counts(session.id, "q-bucket", [5, 30, 6], correct=[1])
    sqlite_records.end_session(session.id, day + timedelta(minutes=50))
    labels = Labels.from_folders([bundled_curricula_dir()], prefer="en")

    out = tmp_path / "sessions.csv"
    export(sqlite_records, "csv", out, labels=labels)
    header, row = _csv_cells(out)
    assert row[header.index("Module")] == "rights"
    assert row[header.index("Module title")] == "Our rights at work"
    assert row[header.index("Language")] == "es"
    assert row[header.index("Language name")] == "Español"

    export(sqlite_records, "csv", out, table="questions", labels=labels)
    header, row = _csv_cells(out)
    assert row[header.index("Question")] == "q-bucket"
    assert row[header.index("Question text")] == "The crew leader says: heap the bucket"

    export(
        sqlite_records,
        "csv",
        out,
        table="attendance",
        labels=Labels.from_folders([bundled_curricula_dir()]),
    )
    header, row = _csv_cells(out)
    # Without a preferred language, a title comes in the session's teaching language.
    assert row[header.index("Module title")] == "Nuestros derechos en el trabajo"
    assert row[header.index("Status")] == "present"

    xlsx = tmp_path / "report.xlsx"
    export(sqlite_records, "xlsx", xlsx, labels=labels)
    book = load_workbook(xlsx, read_only=True)
    header, first = list(book["Sessions"].iter_rows(values_only=True))[:2]
    # Words first for reading and printing; the ids at the end.
    assert header[0] == "Date" and header.index("Module title") < header.index("Module")
    assert first[header.index("Module title")] == "Our rights at work"
    book.close()


def test_unknown_ids_fall_back_to_themselves() -> None:
    labels = Labels.from_folders([bundled_curricula_dir()])
    assert labels.module("gone-module") == "gone-module"
    assert labels.question("rights", "q-gone") == "q-gone"
    assert labels.language("xx") == "xx"
    assert labels.planned_minutes("wsr-basics", "rights") == 25


def test_the_export_command_uses_the_curricula_for_words(
    sqlite_records: Records, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wsr_edu.cli import main

    session = sqlite_records.start_session(setup(), paid_time=True)
    sqlite_records.record_quiz_counts(session.id, "q-bucket", [5, 30, 6], correct=[1])
    sqlite_records.end_session(session.id)
    out = tmp_path / "questions.csv"
    data = ["--data-dir", str(sqlite_records.paths.data_dir)]
    table = ["--format", "csv", "--table", "questions", "--out", str(out), "-q"]
    assert main([*data, "export", *table, "--titles-language", "es"]) == 0
    header, row = _csv_cells(out)
    assert row[header.index("Question text")] == "El mayordomo dice: copetea la cubeta"
    paid = tmp_path / "paid.csv"
    assert main([*data, "export", "--format", "csv", "--table", "paid", "--out", str(paid)]) == 0
    header, row = _csv_cells(paid)
    assert row[header.index("Site")] == "Rancho La Esperanza"
    assert row[header.index("Paid sessions")] == "1"


def test_the_export_command_reads_kept_loads_and_sees_an_edited_title(
    sqlite_records: Records, tmp_path: Path
) -> None:
    """The command reads the curricula back from the library's kept loads, and a module edited
    since is read from its files: the export never shows a title the curriculum no longer has."""
    from wsr_edu.cli import main

    shelf = tmp_path / "shelf"
    copy = shelf / "wsr-basics"
    shutil.copytree(bundled_curricula_dir() / "wsr-basics", copy)
    session = sqlite_records.start_session(setup(language="es"))
    sqlite_records.end_session(session.id)
    out = tmp_path / "sessions.csv"
    command = [
        *("--data-dir", str(sqlite_records.paths.data_dir), "--curricula", str(shelf)),
        *("export", "--format", "csv", "--out", str(out), "-q"),
    ]

    def title() -> str:
        header, row = _csv_cells(out)
        return row[header.index("Module title")]

    kept = sqlite_records.paths.scan_cache_dir

    def loads() -> list[Path]:
        return [p for p in kept.glob("*.json") if not p.name.endswith(".labels.json")]

    assert main(command) == 0
    assert title() == "Nuestros derechos en el trabajo"
    assert len(loads()) == 2  # copy, bundled
    assert len(list(kept.glob("*.labels.json"))) == 2  # and the words taken from each
    # The next export reads the words kept, and needs no kept load (nor the curriculum).
    for load in loads():
        load.unlink()
    assert main(command) == 0
    assert title() == "Nuestros derechos en el trabajo"
    assert loads() == []
    spanish = copy / "modules" / "rights" / "es.md"
    text = spanish.read_text(encoding="utf-8")
    spanish.write_text(text.replace("title: Nuestros derechos en el trabajo", "title: Lo nuestro"))
    assert main(command) == 0
    assert title() == "Lo nuestro"


def test_a_language_no_curriculum_here_has_is_still_named(
    sqlite_records: Records, tmp_path: Path
) -> None:
    # Records merged from a laptop in Bangladesh: no curriculum on this one is in Bengali.
    day = datetime(2025, 6, 2, 7, 0)
    for language in ("bn", "xx"):
        session = sqlite_records.start_session(setup(language=language), started_at=day)
        sqlite_records.end_session(session.id, day + timedelta(minutes=30))
        day += timedelta(days=1)
    labels = Labels.from_folders([bundled_curricula_dir()], prefer="en")
    assert labels.language("bn") == "বাংলা" and labels.language("es") == "Español"
    out = tmp_path / "sessions.csv"
    export(sqlite_records, "csv", out, labels=labels)
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    names = {row["Language"]: row["Language name"] for row in rows}
    # A code the app does not know stays as it is rather than being guessed.
    assert names == {"bn": "বাংলা", "xx": "xx"}


def test_a_sessions_end_is_written_as_its_start(sqlite_records: Records, tmp_path: Path) -> None:
    day = datetime(2025, 6, 2, 7, 0)
    morning = sqlite_records.start_session(setup(site="Morning"), started_at=day)
    sqlite_records.end_session(morning.id, day + timedelta(minutes=50))
    night = sqlite_records.start_session(setup(site="Night"), started_at=day.replace(hour=23))
    sqlite_records.end_session(night.id, day.replace(hour=23) + timedelta(minutes=105))
    out = tmp_path / "sessions.csv"
    export(sqlite_records, "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = {row["Site"]: row for row in csv.DictReader(file)}
    assert (rows["Morning"]["Start"], rows["Morning"]["End"]) == ("07:00", "07:50")
    # Past midnight the end keeps its own date.
    assert (rows["Night"]["Start"], rows["Night"]["End"]) == ("23:00", "2025-06-03 00:45")
