"""A missing, emptied, truncated, damaged or foreign database file: refused, restored, repaired."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from wsr_edu.cli import main
from wsr_edu.paths import AppPaths
from wsr_edu.records import PrivacyMode
from wsr_edu.records.health import DamagedDatabaseError
from wsr_edu.records.repository import Records
from wsr_edu.records.seed import seed

from .conftest import setup

PAGE = 4096


def _counts(file: Path) -> tuple[int, int]:
    with sqlite3.connect(file) as conn:
        sessions = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
        marks = conn.execute("SELECT count(*) FROM attendance").fetchone()[0]
    return int(sessions), int(marks)


@pytest.fixture
def kept(paths: AppPaths) -> tuple[int, int]:
    """A database with records and one verified backup of them; what it holds."""
    with Records.open(paths, backup_interval=None) as records:
        seed(records, 60, rng_seed=4)
        records.backup()
    for suffix in ("-wal", "-shm"):
        assert not paths.database_file.with_name(paths.database_file.name + suffix).exists()
    return _counts(paths.database_file)


def _zero(file: Path) -> None:
    file.write_bytes(b"")


def _missing(file: Path) -> None:
    file.unlink()


def _truncated(file: Path) -> None:
    os.truncate(file, file.stat().st_size // 2)


def _flipped(file: Path) -> None:
    data = bytearray(file.read_bytes())
    rng = random.Random(7)
    pages = len(data) // PAGE
    for page in (pages // 3, pages // 2, 2 * pages // 3):
        data[page * PAGE : (page + 1) * PAGE] = rng.randbytes(PAGE)
    file.write_bytes(bytes(data))


def _text(file: Path) -> None:
    file.write_text("site,date\nRancho,2025-01-01\n", encoding="utf-8")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "0-byte": _zero,
    "missing": _missing,
    "truncated": _truncated,
    "flipped pages": _flipped,
    "a text file": _text,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_file_is_refused_and_the_backup_brings_the_records_back(
    damage: str,
    paths: AppPaths,
    kept: tuple[int, int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    file = paths.database_file
    DAMAGE[damage](file)
    before = file.read_bytes() if file.exists() else None
    with pytest.raises(DamagedDatabaseError) as refused:
        Records.open(paths)
    message = str(refused.value)
    assert "backup" in message and "wsr-edu db restore" in message
    assert refused.value.backup is not None
    assert (refused.value.backup.sessions, refused.value.backup.marks) == kept
    assert f"{kept[0]} session(s)" in message
    # Nothing was recorded into a fresh file: the damaged one is exactly as it was.
    assert (file.read_bytes() if file.exists() else None) == before
    # The command line says the same, and never makes an empty database either.
    assert main(["--data-dir", str(paths.data_dir), "db", "check"]) == 1
    assert "backup" in capsys.readouterr().err

    assert main(["--data-dir", str(paths.data_dir), "db", "restore"]) == 0
    err = capsys.readouterr().err
    assert "restored" in err
    with Records.open(paths) as records:
        assert records.check() == []
        assert len(records.list_sessions()) == kept[0]
    assert _counts(file) == kept
    if before:  # the damaged file is kept beside, never deleted
        assert [p for p in file.parent.iterdir() if ".damaged-" in p.name]


def test_an_empty_file_without_backups_is_a_first_start(paths: AppPaths) -> None:
    paths.database_file.write_bytes(b"")
    with Records.open(paths) as records:
        assert records.list_sessions() == []
        records.start_session(setup())


def test_restore_of_a_sound_database_keeps_a_backup_of_it_first(
    paths: AppPaths, kept: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    with Records.open(paths, backup_interval=None) as records:
        records.start_session(setup(site="Added after the backup"))
    assert main(["--data-dir", str(paths.data_dir), "db", "restore"]) == 0
    assert "kept the current database as the backup" in capsys.readouterr().err
    assert _counts(paths.database_file) == kept
    newest = sorted(paths.backups_dir.glob("records-*before-restore*"))[-1]
    assert _counts(newest) == (kept[0] + 1, kept[1])


def test_repair_saves_what_can_be_read_and_fills_the_rest_from_the_backup(
    paths: AppPaths, kept: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    with Records.open(paths, backup_interval=None) as records:
        records.start_session(setup(site="Only in the damaged file"))
    _flipped(paths.database_file)
    assert main(["--data-dir", str(paths.data_dir), "db", "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "kept a copy of the damaged file" in out and "added back" in out
    assert list(paths.backups_dir.glob("damaged-*"))
    with Records.open(paths) as records:
        assert records.check() == []
        assert len(records.list_sessions()) >= kept[0]


def test_repair_removes_a_name_from_a_codes_session(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    with Records.open(paths, backup_interval=None) as records:
        session = records.start_session(setup(PrivacyMode.CODES))
        records.mark_attendance(session.id, code="ACD-EFH")
    with sqlite3.connect(paths.database_file) as conn:
        conn.execute("UPDATE attendance SET name = 'Rosa Díaz'")
    assert main(["--data-dir", str(paths.data_dir), "db", "check"]) == 1
    assert main(["--data-dir", str(paths.data_dir), "db", "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "kept a verified backup" in out and "removed 1 name(s)" in out
    assert main(["--data-dir", str(paths.data_dir), "db", "check"]) == 0
    assert b"Rosa" not in paths.database_file.read_bytes()


def test_a_bad_byte_in_the_schema_text_gives_a_message_not_a_traceback(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    with Records.open(paths, backup_interval=None) as records:
        records.start_session(setup())
    data = bytearray(paths.database_file.read_bytes())
    at = data.index(b"CREATE TABLE sessions") + len(b"CREATE TABLE ses")
    data[at] = 0xFF
    paths.database_file.write_bytes(bytes(data))
    assert main(["--data-dir", str(paths.data_dir), "db", "check"]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "Traceback" not in err
    assert "No good backup" in err and "db check --repair" in err
    assert main(["--data-dir", str(paths.data_dir), "db", "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "kept a copy of the damaged file" in out
    assert main(["--data-dir", str(paths.data_dir), "db", "check"]) == 0
