"""Engines with durable settings, Alembic migrations run from inside the package."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..paths import shipped
from .errors import RecordsError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

ENV_DATABASE_URL = "WSR_EDU_DATABASE_URL"
MIGRATIONS_DIR = shipped("records", "migrations")


def resolve_url(cli_value: str | None, default_url: str) -> str:
    """The database to use: --database-url, else WSR_EDU_DATABASE_URL, else the local file."""
    return cli_value or os.environ.get(ENV_DATABASE_URL) or default_url


def sqlite_file(url: str) -> Path | None:
    """The file behind an SQLite URL; None for other databases and in-memory SQLite."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:" or parsed.database.startswith("file:"):
        return None
    return Path(parsed.database)


def safe_url(url: str) -> str:
    """The URL with any password hidden, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "the database"


def make_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise RecordsError(
            f"database URL {url!r} is not valid; write it like "
            "sqlite:///path/records.sqlite3 or postgresql+psycopg://user@host/dbname"
        ) from exc
    try:
        if parsed.get_backend_name() == "sqlite":
            file = sqlite_file(url)
            if file is not None:
                file.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except NoSuchModuleError as exc:
        raise RecordsError(f"{safe_url(url)}: this kind of database is not supported") from exc
    except ImportError as exc:
        # The bundled app keeps records in SQLite and carries no PostgreSQL driver.
        raise RecordsError(
            f"{safe_url(url)}: the driver for this database ({exc.name or exc}) is not "
            "installed; the installed app keeps records in SQLite, and a shared PostgreSQL "
            "database needs a source install with the postgres extra (docs/records.md)"
        ) from exc
    except OSError as exc:
        raise RecordsError(f"{safe_url(url)}: cannot create the database folder ({exc})") from exc
    return engine


WRITE = {"wsr_write": True}
"""Execution options for a transaction that will write: on SQLite it takes the write lock first."""


def writer(engine: Engine) -> Engine:
    """The engine whose transactions start with the write lock held (`BEGIN IMMEDIATE`).

    Reading a row and then writing on what was read is safe only when no other program can
    write in between; taking the lock at the start makes another writer wait (busy timeout)
    instead of failing half-way with "database is locked".
    """
    return engine.execution_options(**WRITE)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling skips BEGIN before DDL, which made migrations
    # non-atomic; as SQLAlchemy's SQLite notes describe, switch it off and emit BEGIN ourselves.
    dbapi_connection.isolation_level = None
    # WAL + FULL: a committed mark survives a power cut; secure_delete overwrites erased names.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
    finally:
        cursor.close()


def _sqlite_begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get("wsr_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


_MIGRATION_LOCK = threading.Lock()
"""Alembic keeps its migration context in module state, so one thread migrates at a time."""


def migrate(
    engine: Engine, target: str = "head", before: Callable[[str | None, str], None] | None = None
) -> bool:
    """Bring the schema to `target`; `before(current, head)` runs first (to take a backup).

    Returns True when a migration ran.
    """
    with _MIGRATION_LOCK:
        return _migrate(engine, target, before)


def _migrate(engine: Engine, target: str, before: Callable[[str | None, str], None] | None) -> bool:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _alembic_config()
    script = ScriptDirectory.from_config(config)
    current = current_revision(engine)
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return False
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise RecordsError(
            f"{safe_url(str(engine.url))}: this database was written by a newer version of "
            f"wsr-edu (schema {current}); install the newer version to open it"
        )
    if before is not None:
        before(current, wanted or "head")
    # One transaction for every step (DDL is transactional on SQLite and PostgreSQL), taken
    # with the write lock: a crash at any point leaves the schema as it was before.
    with writer(engine).begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current == wanted:
            return False  # another program finished the same migration first
        if connection.dialect.name == "sqlite":
            _roll_back_half_made(connection, current, script)
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return True


# -- half-made databases ------------------------------------------------------------------
# Versions before migrations ran in one transaction could be killed between two statements of
# a migration on SQLite, leaving tables or indexes of the next revision without its version
# stamp; every later start then failed on "table ... already exists". Such leftovers are
# recognised by comparing the file with what each revision creates, and undone when they hold
# no records, so the interrupted migration simply runs again.

_SHAPES: dict[str | None, dict[str, str]] = {}


def _objects(connection: Any) -> dict[str, str]:
    """Tables and indexes in an SQLite database (name -> type), without SQLite's own."""
    from sqlalchemy import text

    rows = connection.execute(
        text(
            "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'index') "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
        )
    )
    return {str(name): str(kind) for name, kind in rows}


def _shape(revision: str | None) -> dict[str, str]:
    """The tables and indexes a database at `revision` has, from a scratch in-memory copy."""
    if revision not in _SHAPES:
        from alembic import command
        from sqlalchemy import create_engine, event

        scratch = create_engine("sqlite://")
        event.listen(scratch, "connect", _sqlite_connect)
        event.listen(scratch, "begin", _sqlite_begin)
        try:
            with scratch.begin() as connection:
                if revision is not None:
                    config = _alembic_config()
                    config.attributes["connection"] = connection
                    command.upgrade(config, revision)
                _SHAPES[revision] = _objects(connection)
        finally:
            scratch.dispose()
    return _SHAPES[revision]


def _roll_back_half_made(connection: Any, current: str | None, script: Any) -> None:
    from sqlalchemy import text

    from .schema import metadata

    present = _objects(connection)
    if not present:
        return  # a new database: nothing to undo
    ours = set(_shape(current))
    later: set[str] = set()
    for revision in script.walk_revisions():
        later |= set(_shape(revision.revision))
    leftovers = {name: kind for name, kind in present.items() if name in later - ours}
    if not leftovers:
        return
    tables = [name for name, kind in leftovers.items() if kind == "table"]
    for table in tables:
        if connection.execute(text(f'SELECT 1 FROM "{table}" LIMIT 1')).first() is not None:
            raise RecordsError(
                f"{safe_url(str(connection.engine.url))}: an update of this database was "
                f"interrupted and the table {table} already holds records; restore the newest "
                "backup with `wsr-edu db restore` (backups are in the data folder's backups/)"
            )
    order = [t.name for t in reversed(metadata.sorted_tables)]
    tables.sort(key=lambda name: order.index(name) if name in order else -1)
    for name, kind in leftovers.items():
        table_of_index = connection.execute(
            text("SELECT tbl_name FROM sqlite_master WHERE name = :n"), {"n": name}
        ).scalar()
        if kind == "index" and table_of_index not in tables:
            connection.execute(text(f'DROP INDEX "{name}"'))
    for table in tables:
        connection.execute(text(f'DROP TABLE "{table}"'))
