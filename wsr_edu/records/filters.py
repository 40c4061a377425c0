"""Which sessions a report covers: apart from the other record types, so that the command
line's quick export (exports/quick.py) builds one without defining them all."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class SessionFilters(NamedTuple):
    """Which sessions a report covers; empty fields mean "all". Dates are inclusive. (A named
    tuple, immutable, for the command line's exports load no `dataclasses`.)"""

    date_from: date | None = None
    date_to: date | None = None
    site: str | None = None
    module_id: str | None = None
    facilitator: str | None = None
    language: str | None = None
    include_open: bool = True

    def exact(self) -> list[tuple[str, str]]:
        """(column of `sessions`, value) for each field a session must match exactly."""
        fields = (
            ("site", self.site),
            ("module_id", self.module_id),
            ("facilitator", self.facilitator),
            ("language", self.language),
        )
        return [(column, value) for column, value in fields if value]

    def describe(self) -> str:
        parts = []
        if self.date_from or self.date_to:
            start = self.date_from.isoformat() if self.date_from else "…"
            end = self.date_to.isoformat() if self.date_to else "…"
            parts.append(f"{start} to {end}")
        parts += [f"{column.removesuffix('_id')} {value}" for column, value in self.exact()]
        return ", ".join(parts) or "all sessions"
