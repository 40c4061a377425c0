"""The daily backup runs beside the records: recording goes on, failures are reported."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from wsr_edu.paths import AppPaths
from wsr_edu.records import PrivacyMode
from wsr_edu.records import backup as backups
from wsr_edu.records.backup import list_backups
from wsr_edu.records.repository import Records

from .conftest import setup


def _with_one_session(paths: AppPaths) -> None:
    with Records.open(paths, backup_interval=None) as records:
        records.end_session(records.start_session(setup(site="Before the backup")).id)
    assert list_backups(paths.backups_dir) == []


def test_recording_goes_on_while_the_daily_backup_runs(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_one_session(paths)
    gate = threading.Event()
    copying = threading.Event()
    real = backups.backup_sqlite

    def slow_copy(source: Path, target: Path) -> Path:
        copying.set()
        assert gate.wait(60)  # the copy is held here until the test has recorded
        return real(source, target)

    monkeypatch.setattr(backups, "backup_sqlite", slow_copy)
    records = Records.open(paths)
    try:
        assert copying.wait(30)
        assert records.backup_status.running
        session = records.start_session(setup(PrivacyMode.CODES, site="During the backup"))
        records.mark_attendance(session.id, code="ACD-EFH")
        records.record_quiz_counts(session.id, "q1", [1, 2])
        assert [s.site for s in records.open_sessions()] == ["During the backup"]
        assert records.totals().sessions == 2
        assert records.backup_status.running  # all of that while the copy was still held
        gate.set()
        status = records.wait_for_backup(60)
    finally:
        gate.set()
        records.close()
    assert not status.running and status.problem is None and status.written is not None
    with sqlite3.connect(status.written) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        sites = {row[0] for row in copy.execute("SELECT site FROM sessions")}
    assert "Before the backup" in sites


def test_a_failed_daily_backup_is_reported_and_recording_goes_on(paths: AppPaths) -> None:
    _with_one_session(paths)
    paths.backups_dir.rmdir()
    paths.backups_dir.write_text("a file where the backups folder should be")
    with Records.open(paths) as records:
        status = records.wait_for_backup(60)
        assert status.problem is not None and "backup" in status.problem
        assert records.warnings == [status.problem]
        records.start_session(setup(site="Still recorded"))
        assert len(records.list_sessions(limit=None)) >= 1


def test_half_written_backups_left_by_a_crash_are_removed(paths: AppPaths) -> None:
    stale = paths.backups_dir / ".records-20250101-daily.sqlite3.abc123.partial"
    live = paths.backups_dir / ".records-20250102-daily.sqlite3.def456.partial"
    beside = paths.data_dir / ".records.sqlite3.repair.partial"
    for path in (stale, live, beside):
        path.write_bytes(b"half a copy")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(beside, (old, old))
    with Records.open(paths, backup_interval=None):
        pass
    assert not stale.exists() and not beside.exists()
    assert live.exists()  # another program may be writing it right now
