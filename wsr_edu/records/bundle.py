"""Merge bundles: one laptop's records in one file, merged anywhere without duplicates."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, DateTime, insert, select, update

from .database import head_revision, writer
from .errors import RecordsError
from .files import atomic_path
from .model import ImportReport
from .schema import TABLES, attendance

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection, Engine

FORMAT = "wsr-edu-bundle"
VERSION = 1
CHUNK = 1000
_TABLES = {t.name: t for t in TABLES}


def export_bundle(conn: Connection, path: Path, device_id: str, *, with_names: bool) -> int:
    """Write every record to `path` (gzip'd JSON lines); names only when asked. Returns rows."""
    written = 0
    with atomic_path(path) as tmp, gzip.open(tmp, "wt", encoding="utf-8") as out:
        header = {
            "format": FORMAT,
            "version": VERSION,
            "schema": head_revision(),
            "device_id": device_id,
            "created_at": datetime.now().isoformat(),
            "with_names": with_names,
        }
        out.write(json.dumps(header) + "\n")
        for table in TABLES:
            result = conn.execution_options(yield_per=CHUNK).execute(
                select(table).order_by(table.c.id)
            )
            for row in result.mappings():
                record = {k: _to_json(v) for k, v in row.items()}
                if table is attendance and not with_names:
                    record["name"] = None
                out.write(json.dumps({"t": table.name, "r": record}, ensure_ascii=False) + "\n")
                written += 1
    return written


def _to_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _from_json(table: Table, record: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in record:
            continue
        value = record[column.name]
        if value is not None and isinstance(column.type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Boolean):
            value = bool(value)
        values[column.name] = value
    return values


def _read(path: Path) -> Iterator[tuple[Table, dict[str, Any]]]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            first = handle.readline()
            try:
                header = json.loads(first)
            except ValueError:
                header = None
            if not isinstance(header, dict) or header.get("format") != FORMAT:
                raise RecordsError(
                    f"{path}: this is not a wsr-edu bundle; "
                    "choose a file made with `wsr-edu db bundle-export`"
                )
            if int(header.get("version", 0)) > VERSION:
                raise RecordsError(f"{path}: made by a newer wsr-edu; update this one first")
            for number, line in enumerate(handle, start=2):
                try:
                    item = json.loads(line)
                    table = _TABLES[item["t"]]
                    yield table, _from_json(table, item["r"])
                except (ValueError, KeyError, TypeError) as exc:
                    raise RecordsError(
                        f"{path}:{number}: damaged record ({exc}); nothing "
                        "from this bundle was merged; export it again"
                    ) from exc
    except (OSError, EOFError) as exc:
        raise RecordsError(
            f"{path}: cannot read the bundle ({exc}); check the file is complete and copy it again"
        ) from exc


def import_bundles(engine: Engine, paths: list[Path]) -> ImportReport:
    """Merge bundles; each in one transaction. Known ids are updated only by newer versions."""
    added: dict[str, int] = {}
    updated: dict[str, int] = {}
    unchanged = 0
    for path in paths:
        with writer(engine).begin() as conn:
            batch: list[dict[str, Any]] = []
            current: Table | None = None
            for table, values in _read(path):
                if current is not None and (table is not current or len(batch) >= CHUNK):
                    unchanged += _merge(conn, current, batch, added, updated)
                    batch = []
                current = table
                batch.append(values)
            if current is not None and batch:
                unchanged += _merge(conn, current, batch, added, updated)
    return ImportReport(files=len(paths), added=added, updated=updated, unchanged=unchanged)


def _merge(
    conn: Connection,
    table: Table,
    batch: list[dict[str, Any]],
    added: dict[str, int],
    updated: dict[str, int],
) -> int:
    ids = [v["id"] for v in batch]
    known = dict(
        conn.execute(select(table.c.id, table.c.updated_at).where(table.c.id.in_(ids))).all()
    )
    fresh = [v for v in batch if v["id"] not in known]
    if fresh:
        conn.execute(insert(table), fresh)
        added[table.name] = added.get(table.name, 0) + len(fresh)
    same = 0
    for values in batch:
        if values["id"] not in known:
            continue
        if values["updated_at"] <= known[values["id"]]:
            same += 1
            continue
        changes = {k: v for k, v in values.items() if k != "id"}
        if table is attendance and changes.get("name") is None:
            changes.pop("name", None)  # a bundle without names never erases a kept name
        conn.execute(update(table).where(table.c.id == values["id"]).values(**changes))
        updated[table.name] = updated.get(table.name, 0) + 1
    return same
