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
            event.listen(engine, "connect", _sqlite_pragmas)
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


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
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


def has_tables(engine: Engine) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(engine).get_table_names())


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
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return True
