"""A first start killed at any statement of the migrations never leaves a refused database."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from wsr_edu.paths import AppPaths
from wsr_edu.records import RecordsError
from wsr_edu.records.database import current_revision, head_revision, make_engine, migrate
from wsr_edu.records.repository import Records
from wsr_edu.records.schema import metadata

from .conftest import fresh_postgres_database, setup

KILLED = 9


def _first_start(url: str, data_dir: Path, limit: int) -> int:
    """Open the records in a child process that dies before its `limit`-th statement.

    Every statement sent to the database (and the commit) is a boundary; the child calls
    os._exit there, as a kill or a power cut would. Returns the child's exit code, or, with
    limit 0, how many boundaries a whole first start has.
    """
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: no pytest, no cleanup, just the first start
        code = 1
        try:
            os.close(reader)
            sent = 0

            def boundary(*_args: Any, **_kwargs: Any) -> None:
                nonlocal sent
                sent += 1
                if sent == limit:
                    os._exit(KILLED)

            event.listen(Engine, "before_cursor_execute", boundary)
            event.listen(Engine, "commit", boundary)
            Records.open(url, paths=AppPaths.resolve(data_dir).ensure()).close()
            os.write(writer, str(sent).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        output = pipe.read()
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, KILLED), f"the first start failed with exit code {code}"
    return int(output) if limit == 0 else code


def _opens_and_works(url: str, data_dir: Path) -> None:
    with Records.open(url, paths=AppPaths.resolve(data_dir).ensure()) as records:
        assert current_revision(records.engine) == head_revision()
        assert records.check() == []
        session = records.start_session(setup())
        records.set_headcount(session.id, 7)
        assert [s.headcount for s in records.list_sessions()] == [7]


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_first_start_killed_at_every_boundary_opens_next_time(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    def fresh(n: int) -> tuple[str, Path]:
        data = tmp_path / f"start-{n}"
        if backend == "sqlite":
            return AppPaths.resolve(data).database_url, data
        return fresh_postgres_database(request.getfixturevalue("postgres_url")), data

    total = _first_start(*fresh(0), 0)
    assert total > 10  # the schema's statements, at the least
    killed = 0
    for limit in range(1, total + 1):
        url, data = fresh(limit)
        killed += _first_start(url, data, limit) == KILLED
        _opens_and_works(url, data)
    assert killed == total


def _tables_outside_a_transaction(file: Path, names: list[str]) -> None:
    """Create tables as an interrupted migration of an older version left them."""
    engine = make_engine(f"sqlite:///{file}")
    try:
        for name in names:
            metadata.tables[name].create(engine)
    finally:
        engine.dispose()


def test_tables_left_without_a_version_are_rolled_back(paths: AppPaths) -> None:
    file = paths.database_file
    _tables_outside_a_transaction(file, ["sessions"])
    _opens_and_works(paths.database_url, paths.data_dir)


def test_a_half_made_second_migration_is_rolled_back_and_run_again(paths: AppPaths) -> None:
    file = paths.database_file
    engine = make_engine(paths.database_url)
    try:
        migrate(engine, target="0001")
        with engine.begin() as conn:
            conn.execute(text("CREATE INDEX ix_sessions_started_at ON sessions (started_at)"))
    finally:
        engine.dispose()
    _tables_outside_a_transaction(file, ["kiosk_answers"])
    _opens_and_works(paths.database_url, paths.data_dir)


def test_a_half_made_table_holding_records_is_not_dropped(paths: AppPaths) -> None:
    file = paths.database_file
    _tables_outside_a_transaction(file, ["sessions"])
    with sqlite3.connect(file) as conn:
        conn.execute(
            "INSERT INTO sessions (id, device_id, site, group_name, facilitator, language, "
            "curriculum_id, curriculum_version, module_id, privacy_mode, headcount, "
            "started_at, ended_at, utc_offset_minutes, updated_at) VALUES ('s', 'd', 'site', "
            "'', '', 'es', 'c', '1', 'm', 'headcount', 3, '2025-01-01 08:00:00', NULL, 0, "
            "'2025-01-01 08:00:00')"
        )
    with pytest.raises(RecordsError, match="backup"):
        Records.open(paths)
    with sqlite3.connect(file) as conn:
        assert conn.execute("SELECT headcount FROM sessions").fetchall() == [(3,)]
