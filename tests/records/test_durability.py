"""Nothing committed is lost: a killed writer, a full disk, scheduled and rotated backups."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from wsr_edu.paths import AppPaths
from wsr_edu.records import DiskFullError, PrivacyMode, RecordsError
from wsr_edu.records.backup import list_backups
from wsr_edu.records.exports import export
from wsr_edu.records.repository import Records

from .conftest import setup

WRITER = textwrap.dedent("""
    import sys
    from wsr_edu.paths import AppPaths
    from wsr_edu.records import PrivacyMode, SessionSetup
    from wsr_edu.records.repository import Records

    records = Records.open(AppPaths.resolve(sys.argv[1]))
    session = records.start_session(SessionSetup("Farm 3", "wsr-basics", "1.0.0", "rights",
                                                 "es", privacy_mode=PrivacyMode.CODES))
    print("session", session.id, flush=True)
    while True:
        for code in records.new_codes(50, session.id):
            mark = records.mark_attendance(session.id, code=code)
            print("mark", mark.code, flush=True)
""")


def test_a_writer_killed_mid_session_loses_no_committed_mark(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data)], stdout=subprocess.PIPE, text=True
    ) as writer:  # closes the pipe when done
        assert writer.stdout is not None
        session_id = writer.stdout.readline().split()[1]
        committed = [writer.stdout.readline().split()[1] for _ in range(40)]
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        committed += [
            line.split()[1] for line in writer.stdout.read().splitlines() if line.startswith("mark")
        ]

    with sqlite3.connect(data / "records.sqlite3") as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Records.open(AppPaths.resolve(data)) as records:
        [open_session] = records.open_sessions()
        assert open_session.id == session_id
        kept = {m.code for m in records.attendance(session_id)}
        assert set(committed) <= kept
        assert open_session.headcount == len(kept)
        assert records.check() == []


def _limit_pages(records: Records, pages: int) -> None:
    """Make SQLite report a full disk once the file reaches `pages` pages."""
    event.listen(
        records.engine,
        "connect",
        lambda dbapi, _rec: dbapi.execute(f"PRAGMA max_page_count = {pages}"),
    )
    records.engine.dispose()


def test_a_full_disk_gives_a_clear_message_and_keeps_the_database_whole(
    sqlite_records: Records,
) -> None:
    session = sqlite_records.start_session(setup(PrivacyMode.CODES))
    first = sqlite_records.mark_attendance(session.id, code=sqlite_records.new_codes(1)[0])
    with sqlite_records.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    _limit_pages(sqlite_records, int(pages))
    with pytest.raises(DiskFullError, match="disk is full") as caught:
        for code in sqlite_records.new_codes(2000):
            sqlite_records.mark_attendance(session.id, code=code)
    assert "Free some space" in str(caught.value)
    assert "Traceback" not in str(caught.value)
    marks = sqlite_records.attendance(session.id)
    assert first in marks
    assert sqlite_records.get_session(session.id).headcount == len(marks)
    assert sqlite_records.check() == []


def test_an_export_to_a_file_too_big_for_the_disk_leaves_nothing_behind(
    sqlite_records: Records, tmp_path: Path
) -> None:
    from wsr_edu.records.seed import seed

    seed(sqlite_records, 40, rng_seed=3)
    out = tmp_path / "out"
    out.mkdir()
    # A file-size limit makes every write past 4 KiB fail as a full disk does (EFBIG),
    # without root or a special filesystem.
    script = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        from wsr_edu.records.commands import run_export
        from wsr_edu.cli import build_parser
        args = build_parser().parse_args(["--data-dir", {str(sqlite_records.paths.data_dir)!r},
            "export", "--format", "csv", "--table", "attendance", "--out",
            {str(out / "report.csv")!r}, "-q"])
        sys.exit(args.func(args))
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1, done.stderr
    assert "disk is full" in done.stderr and "Traceback" not in done.stderr
    assert list(out.iterdir()) == []


def test_an_export_to_a_folder_that_cannot_be_written_says_so(
    sqlite_records: Records, tmp_path: Path
) -> None:
    # A path below a plain file can never be written, even by root (who ignores permissions).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(RecordsError, match="cannot be written"):
        export(sqlite_records, "csv", blocker / "report.csv")
    assert blocker.read_text() == "x"


def test_backups_are_taken_daily_and_rotated(paths: AppPaths) -> None:
    with Records.open(paths) as records:
        records.start_session(setup())
    assert list_backups(paths.backups_dir) == []  # nothing was recorded before this opening
    with Records.open(paths, keep_backups=3):
        pass
    [daily] = list_backups(paths.backups_dir)
    with Records.open(paths, keep_backups=3):
        pass
    assert list_backups(paths.backups_dir) == [daily]  # at most one a day
    for _ in range(4):
        with Records.open(paths, backup_interval=timedelta(0), keep_backups=3):
            pass
    kept = list_backups(paths.backups_dir)
    assert len(kept) == 3 and daily not in kept
    for backup in kept:
        with sqlite3.connect(backup) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert copy.execute("SELECT count(*) FROM sessions").fetchone() == (1,)


def test_a_manual_backup_is_a_complete_single_file(sqlite_records: Records, tmp_path: Path) -> None:
    session = sqlite_records.start_session(setup())
    sqlite_records.set_headcount(session.id, 12)
    target = tmp_path / "copy.sqlite3"
    assert sqlite_records.backup(target) == target
    assert not target.with_name("copy.sqlite3-wal").exists()
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("SELECT headcount FROM sessions").fetchone() == (12,)
