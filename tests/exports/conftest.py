"""Export fixtures: the records fixtures, and a labels lookup from the fixture curricula."""

from __future__ import annotations

from tests.records.conftest import (  # noqa: F401 - fixtures shared with the records tests
    database_url,
    paths,
    postgres_url,
    records,
    setup,
    sqlite_records,
)
