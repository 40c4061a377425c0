"""Alembic environment: runs on the connection handed in by `wsr_edu.records.database`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from wsr_edu.records.schema import metadata

config = context.config
connection = config.attributes.get("connection")


def _run(conn) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=conn,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=conn.dialect.name == "sqlite",
        # The caller's one transaction holds every step; SQLite runs DDL in it too.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:
    # Only for developers running `alembic` by hand with -x url=...
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_engine(str(url))
    with engine.begin() as conn:
        _run(conn)
