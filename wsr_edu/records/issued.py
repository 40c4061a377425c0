"""Card codes this laptop issued, and finding a code by its three pictures among known ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from . import codes as codes_mod
from .access import Database, now
from .schema import attendance, issued_codes

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

RECENT_DAYS = 365
"""Codes issued or marked in this many days are the ones pictures can name on this laptop.
Older codes still work by their letters; their picture sequences may be given out again."""


@dataclass(frozen=True)
class PictureMatch:
    """What three pictures name on this laptop: one code, or none (`candidates` 0 or 2+)."""

    code: str | None
    candidates: int

    @property
    def ambiguous(self) -> bool:
        return self.candidates > 1


def known_codes(db: Database) -> set[str]:
    """Codes issued here, or marked in a session here (merged bundles included), lately."""
    with db.read("read the card codes") as conn:
        issued, marked = _known(conn)
    return issued | marked


def _known(conn: Connection) -> tuple[set[str], set[str]]:
    since = now() - timedelta(days=RECENT_DAYS)
    issued = set(
        conn.execute(select(issued_codes.c.code).where(issued_codes.c.issued_at >= since)).scalars()
    )
    marked = conn.execute(
        select(attendance.c.code)
        .where(attendance.c.code.is_not(None), attendance.c.marked_at >= since)
        .distinct()
    ).scalars()
    return issued, {c for c in marked if c}


def issue(db: Database, wanted: Sequence[str]) -> list[str]:
    """Store `wanted` as issued, each with a picture sequence no other known code has.

    A code already issued here is kept as it is (the same cards printed again). A new code
    whose pictures a known code (or an earlier one in `wanted`) already has is replaced by a
    fresh one whose pictures are free. The codes to print are returned, in order.
    """
    return db.transact("save the card codes", lambda conn: _issue(db, conn, wanted))


def _issue(db: Database, conn: Connection, wanted: Sequence[str]) -> list[str]:
    issued, marked = _known(conn)
    known = issued | marked
    used = {codes_mod.code_pictures(c) for c in known if codes_mod.is_valid_code(c)}
    final: list[str] = []
    fresh: list[str] = []
    for raw in wanted:
        code = codes_mod.normalise_code(raw)
        if code in issued:
            final.append(code)
            continue
        if (
            not codes_mod.is_valid_code(code)
            or code in known
            or codes_mod.code_pictures(code) in used
        ):
            code = codes_mod.codes_with_free_pictures(1, known)[0]
        known.add(code)
        used.add(codes_mod.code_pictures(code))
        final.append(code)
        fresh.append(code)
    moment = now()
    if fresh:
        conn.execute(
            insert(issued_codes),
            [{"code": c, "device_id": db.device_id, "issued_at": moment} for c in fresh],
        )
    return final


def find(db: Database, pictures: Sequence[int]) -> PictureMatch:
    """The one known code with these pictures; a miss and a tie say only how many matched."""
    found = codes_mod.find_by_pictures(pictures, known_codes(db))
    return PictureMatch(found[0] if len(found) == 1 else None, len(found))
