"""The command line's quick CSV (no SQLAlchemy) writes what the full export writes, byte for
byte, and steps aside wherever it cannot."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.records.conftest import setup
from wsr_edu.paths import AppPaths, bundled_curricula_dir
from wsr_edu.records import PrivacyMode, SessionFilters
from wsr_edu.records.database import head_revision, make_engine, migrate
from wsr_edu.records.exports import export
from wsr_edu.records.exports.labels import Labels
from wsr_edu.records.exports.quick import SCHEMA_REVISION, quick_csv
from wsr_edu.records.repository import Records
from wsr_edu.records.seed import seed

DAY = datetime(2025, 6, 2)
FILTERS = [
    SessionFilters(),
    SessionFilters(include_open=False),
    SessionFilters(date_from=DAY.date()),
    SessionFilters(date_to=DAY.date()),
    SessionFilters(date_from=DAY.date(), date_to=DAY.date()),
    SessionFilters(date_from=date(2025, 6, 3), date_to=date(2025, 6, 3)),
    SessionFilters(site="Rancho La Esperanza"),
    SessionFilters(module_id="rights", language="es"),
    SessionFilters(facilitator="José M.", include_open=False),
    SessionFilters(site="nowhere"),
]


@pytest.fixture
def varied(sqlite_records: Records) -> Records:
    """Seeded sessions, and the awkward ones: at midnight and just before the next, past
    midnight, still open, a formula for a site, names, and a curriculum this laptop lacks."""
    records = sqlite_records
    seed(records, 40, rng_seed=11, names=True)
    cases = [
        (setup(PrivacyMode.CODES), DAY, timedelta(minutes=40)),
        (
            setup(PrivacyMode.CODES, site="=HYPERLINK(1)"),
            DAY + timedelta(hours=23, minutes=59, seconds=59, microseconds=999_999),
            timedelta(hours=2),
        ),
        (setup(PrivacyMode.NAMES, language="bn"), DAY + timedelta(days=1), timedelta(minutes=25)),
        (
            setup(PrivacyMode.CODES, curriculum_id="elsewhere"),
            DAY + timedelta(days=1, hours=3),
            timedelta(minutes=30),
        ),
        (setup(PrivacyMode.CODES, language="xx", module_id="gone"), DAY + timedelta(days=2), None),
    ]
    for n, (session_setup, started, length) in enumerate(cases):
        session = records.start_session(
            session_setup, started_at=started, paid_time=n % 2 == 0, names_allowed=True
        )
        if session_setup.privacy_mode is PrivacyMode.NAMES:
            records.mark_attendance(session.id, name="-Ana @home")
            records.mark_attendance(session.id, "late", name="Rahim")
        else:
            for code, status in (
                ("ACD-EFH", "present"),
                ("KW3-T3E", "left_early"),
                ("9EF-4XE", "excused"),
            ):
                records.mark_attendance(session.id, status, code=code)
        if length is not None:
            records.end_session(session.id, started + length)
    return records


def _both(
    records: Records,
    tmp_path: Path,
    filters: SessionFilters,
    table: str,
    names: bool,
    labels: Labels,
) -> tuple[bytes, bytes]:
    full, quick = tmp_path / "full.csv", tmp_path / "quick.csv"
    export(records, "csv", full, filters, table=table, with_names=names, labels=labels)
    written = quick_csv(
        records.paths.database_file, quick, filters, table=table, with_names=names, labels=labels
    )
    assert written is not None, "the quick path stepped aside on a sound, current file"
    assert written == len(quick.read_bytes().splitlines()) - 1
    return full.read_bytes(), quick.read_bytes()


@pytest.mark.parametrize(
    "filters", FILTERS, ids=[f.describe() + str(f.include_open) for f in FILTERS]
)
def test_the_quick_csv_is_the_full_csv_byte_for_byte(
    varied: Records, tmp_path: Path, filters: SessionFilters
) -> None:
    bundled = Labels.from_folders([bundled_curricula_dir()])
    for labels in (bundled, Labels.from_folders([bundled_curricula_dir()], prefer="en"), Labels()):
        for table, names in (("sessions", False), ("attendance", False), ("attendance", True)):
            full, quick = _both(varied, tmp_path, filters, table, names, labels)
            assert quick == full, (table, names, labels.prefer)


def test_the_rows_compared_hold_what_they_should(varied: Records, tmp_path: Path) -> None:
    """The comparison above is only worth something if the rows carry the awkward cases."""
    labels = Labels.from_folders([bundled_curricula_dir()])
    _, quick = _both(varied, tmp_path, SessionFilters(), "attendance", True, labels)
    text = quick.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text and "'-Ana @home" in text and "left early" in text
    assert "Nuestros derechos en el trabajo" in text  # the title, also for "elsewhere"
    assert text.count("Nuestros derechos en el trabajo") >= 6
    _, quick = _both(varied, tmp_path, SessionFilters(), "sessions", False, labels)
    text = quick.decode("utf-8-sig")
    assert "2025-06-03 01:59" in text  # a session past midnight ends on the next day
    assert ",gone," in text and "বাংলা" in text
    _, open_only = _both(
        varied, tmp_path, SessionFilters(include_open=False), "sessions", False, labels
    )
    assert open_only.count(b"\n") == quick.count(b"\n") - 1  # the open session is left out


def test_the_schema_revision_it_reads_is_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_REVISION


def test_it_steps_aside_where_only_the_full_path_can_write(varied: Records, tmp_path: Path) -> None:
    out, labels, every = tmp_path / "out.csv", Labels(), SessionFilters()
    file = varied.paths.database_file

    def quick(source: Path = file, table: str = "sessions") -> int | None:
        return quick_csv(source, out, every, table=table, with_names=False, labels=labels)

    assert quick(table="questions") is None  # the summed tables go the full way
    assert quick(tmp_path / "missing.sqlite3") is None
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    assert quick(tmp_path / "empty.sqlite3") is None
    (tmp_path / "junk.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    assert quick(tmp_path / "junk.sqlite3") is None
    assert not out.exists()
    with sqlite3.connect(file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")  # a newer app's file
    assert quick() is None and not out.exists()


def _cli(data: Path, *words: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wsr_edu", "--data-dir", str(data), *words],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_command_exports_without_sqlalchemy(varied: Records, tmp_path: Path) -> None:
    out = tmp_path / "attendance.csv"
    script = (
        "import sys\n"
        "from wsr_edu.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(code, [m for m in ('sqlalchemy', 'alembic') if m in sys.modules])\n"
    )
    command = [
        *("--data-dir", str(varied.paths.data_dir)),
        *("export", "--format", "csv", "--table", "attendance", "--out", str(out), "-q"),
    ]
    result = subprocess.run(
        [sys.executable, "-c", script, *command], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "[]"]
    full = tmp_path / "full.csv"
    labels = Labels.from_folders([varied.paths.curricula_dir, bundled_curricula_dir()])
    export(varied, "csv", full, table="attendance", labels=labels)
    assert out.read_bytes() == full.read_bytes()


def test_an_older_file_is_migrated_by_the_full_path_and_exported(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    file = data / "records.sqlite3"
    engine = make_engine(f"sqlite:///{file}")
    migrate(engine, "0004")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO sessions (id, device_id, site, group_name, facilitator, language, "
            "curriculum_id, curriculum_version, module_id, privacy_mode, headcount, started_at, "
            "ended_at, utc_offset_minutes, updated_at) VALUES ('s-1', 'd-1', 'Finca Sur', '', "
            "'', 'es', 'wsr-basics', '1.0.0', 'rights', 'headcount', 12, "
            "'2025-06-02 07:00:00.000000', '2025-06-02 07:45:00.000000', 0, "
            "'2025-06-02 07:45:00.000000')"
        )
    engine.dispose()
    out = tmp_path / "sessions.csv"
    result = _cli(data, "export", "--format", "csv", "--out", str(out), "-q")
    assert result.returncode == 0, result.stderr
    assert "Finca Sur" in out.read_text(encoding="utf-8-sig")
    with sqlite3.connect(file) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)


def test_a_damaged_file_is_still_refused_with_the_usual_message(
    varied: Records, tmp_path: Path
) -> None:
    data = varied.paths.data_dir
    varied.close()
    file = varied.paths.database_file
    for side in (file.with_name(file.name + "-wal"), file.with_name(file.name + "-shm")):
        side.unlink(missing_ok=True)
    raw = bytearray(file.read_bytes())
    raw[4096:12288] = b"\x00\xde\xad" * (8192 // 3) + b"\x00\xde"
    file.write_bytes(bytes(raw))
    out = tmp_path / "sessions.csv"
    result = _cli(data, "export", "--format", "csv", "--out", str(out), "-q")
    assert result.returncode == 1
    assert "damaged" in result.stderr and not out.exists()


def test_another_database_named_is_the_one_exported(varied: Records, tmp_path: Path) -> None:
    """--database-url (or WSR_EDU_DATABASE_URL) names the records to export, not the local file."""
    elsewhere = AppPaths.resolve(tmp_path / "elsewhere").ensure()
    with Records.open(elsewhere) as other:
        session = other.start_session(setup(site="Finca de otro lado"))
        other.end_session(session.id)
    out = tmp_path / "sessions.csv"
    data = varied.paths.data_dir
    words = ("export", "--format", "csv", "--out", str(out), "-q")
    result = _cli(data, "--database-url", elsewhere.database_url, *words)
    assert result.returncode == 0, result.stderr
    header, *rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [row[header.index("Site")] for row in rows] == ["Finca de otro lado"]
    out.unlink()
    env = {**os.environ, "WSR_EDU_DATABASE_URL": elsewhere.database_url}
    result = subprocess.run(
        [sys.executable, "-m", "wsr_edu", "--data-dir", str(data), *words],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "Finca de otro lado" in out.read_text(encoding="utf-8-sig")
    assert "Rancho La Esperanza" not in out.read_text(encoding="utf-8-sig")
