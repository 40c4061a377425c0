"""Migrations from an empty and a populated database, with a verified backup first."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import inspect, text

from wsr_edu.paths import AppPaths
from wsr_edu.records import RecordsError
from wsr_edu.records.backup import list_backups
from wsr_edu.records.database import current_revision, head_revision, make_engine, migrate
from wsr_edu.records.repository import Records


def test_an_empty_database_is_brought_to_the_newest_schema(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        assert migrate(engine) is True
        assert current_revision(engine) == head_revision()
        assert {"sessions", "attendance", "quiz_counts", "kiosk_answers"} <= set(
            inspect(engine).get_table_names()
        )
        assert migrate(engine) is False
    finally:
        engine.dispose()


def test_a_populated_old_database_keeps_its_records(database_url: str, paths: AppPaths) -> None:
    engine = make_engine(database_url)
    try:
        migrate(engine, target="0001")
        started = datetime(2024, 11, 5, 7, 30)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO sessions (id, device_id, site, group_name, facilitator, language, "
                    "curriculum_id, curriculum_version, module_id, privacy_mode, headcount, "
                    "started_at, ended_at, utc_offset_minutes, updated_at) VALUES ('s-1', 'd-1', "
                    "'Green Valley Dairy', '', 'Rosa', 'es', 'wsr-basics', '0.9', 'rights', "
                    "'codes', 1, :t, :t, 0, :t)"
                ),
                {"t": started},
            )
            conn.execute(
                text(
                    "INSERT INTO attendance (id, session_id, device_id, code, status, marked_at, "
                    "updated_at) VALUES ('a-1', 's-1', 'd-1', 'ACD-EFH', 'present', :t, :t)"
                ),
                {"t": started},
            )
    finally:
        engine.dispose()
    with Records.open(database_url, paths=paths) as records:
        [session] = records.list_sessions()
        assert (session.site, session.started_at, session.headcount) == (
            "Green Valley Dairy",
            started,
            1,
        )
        assert [m.code for m in records.attendance("s-1")] == ["ACD-EFH"]
        assert records.check() == []
    if database_url.startswith("sqlite"):
        [backup] = list_backups(paths.backups_dir)
        assert "before-migration-0001" in backup.name
        with sqlite3.connect(backup) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert copy.execute("SELECT site FROM sessions").fetchall() == [("Green Valley Dairy",)]
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_a_database_from_a_newer_version_is_refused(database_url: str, paths: AppPaths) -> None:
    engine = make_engine(database_url)
    try:
        migrate(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    with pytest.raises(RecordsError, match="newer version"):
        Records.open(database_url, paths=paths)


def test_sqlite_runs_in_wal_mode_with_full_sync_and_foreign_keys(sqlite_records: Records) -> None:
    with sqlite_records.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
