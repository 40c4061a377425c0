"""Is the schema current? Answered from `alembic_version` without importing Alembic.

Opening the records used to import Alembic and run its migration check on every start; a
command-line export paid for that before its first row. When the database already stands at
the newest revision (nearly always), one query says so and Alembic is never loaded.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:[\"']([^\"']+)[\"']|None)", re.M)


@cache
def head_revision() -> str | None:
    """The newest revision, read from the migration files' `revision`/`down_revision` lines;
    None when they do not form one chain (then Alembic decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in VERSIONS.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = _REVISION.search(text)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(text)
        if down is not None and down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def schema_is_current(engine: Engine) -> bool:
    """True when the database records exactly the newest revision; False on any doubt."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    head = head_revision()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return False  # no table yet, or a database that cannot say: let Alembic look
    return [row[0] for row in rows] == [head]
