"""Merge bundles: one laptop's records in one file, merged anywhere without duplicates."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, DateTime, Integer, String, insert, select, update

from .codes import is_valid_code
from .database import head_revision, writer
from .errors import RecordsError
from .files import atomic_path
from .model import AttendanceStatus, ImportReport, PrivacyMode
from .schema import TABLES, attendance, feedback_tallies, kiosk_answers, sessions

if TYPE_CHECKING:
    from sqlalchemy import Column, Table
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


class BundleError(RecordsError):
    """A bundle that cannot be merged; nothing from any of the bundles given was merged."""


def _refuse(path: Path, line: int | None, problem: str) -> BundleError:
    where = f"{path}:{line}" if line else str(path)
    return BundleError(
        f"{where}: {problem}; nothing from the bundle(s) was merged. Export the bundle again "
        "on the laptop it came from and copy it once more"
    )


_ENUMS = {
    ("sessions", "privacy_mode"): {m.value for m in PrivacyMode},
    ("attendance", "status"): {s.value for s in AttendanceStatus},
}
_NOT_NEGATIVE = {
    ("sessions", "headcount"),
    ("quiz_counts", "count"),
    ("quiz_counts", "choice_index"),
    ("feedback_tallies", "count"),
    ("feedback_tallies", "revision"),
}
_INT_LIMIT = 2**31


def _value(table: Table, column: Column[Any], raw: Any) -> Any:
    """The column's value from its JSON form; ValueError with the reason when it is not one."""
    name = column.name
    if raw is None:
        if not column.nullable:
            raise ValueError(f"{table.name}.{name} is missing")
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        if not isinstance(raw, str) or len(raw) > 40:
            raise ValueError(f"{table.name}.{name} is not a date and time")
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            raise ValueError(f"{table.name}.{name} is not a date and time ({raw!r})") from None
        if moment.tzinfo is not None:  # records keep the site's wall-clock time
            raise ValueError(f"{table.name}.{name} carries a time zone ({raw!r})")
        return moment
    if isinstance(kind, Boolean):
        if raw not in (True, False, 0, 1) or isinstance(raw, float):
            raise ValueError(f"{table.name}.{name} is not true or false")
        return bool(raw)
    if isinstance(kind, Integer):
        if not isinstance(raw, int) or isinstance(raw, bool) or not -_INT_LIMIT < raw < _INT_LIMIT:
            raise ValueError(f"{table.name}.{name} is not a whole number")
        if (table.name, name) in _NOT_NEGATIVE and raw < 0:
            raise ValueError(f"{table.name}.{name} is negative")
        return raw
    if isinstance(kind, String):
        if not isinstance(raw, str):
            raise ValueError(f"{table.name}.{name} is not text")
        if kind.length is not None and len(raw) > kind.length:
            raise ValueError(f"{table.name}.{name} is longer than {kind.length} characters")
        if "\x00" in raw:
            raise ValueError(f"{table.name}.{name} holds a NUL character")
        allowed = _ENUMS.get((table.name, name))
        if allowed is not None and raw not in allowed:
            raise ValueError(f"{table.name}.{name} is {raw!r}, not one of {sorted(allowed)}")
        return raw
    raise ValueError(f"{table.name}.{name} has a type this version cannot read")


def _from_json(table: Table, record: Any) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise ValueError("the record is not a set of fields")
    names = {c.name for c in table.columns}
    unknown = sorted(set(record) - names)
    if unknown:
        raise ValueError(f"{table.name} has no field {unknown[0]!r}")
    missing = sorted(n for n in names if n not in record)
    if missing:
        raise ValueError(f"{table.name}.{missing[0]} is missing")
    values = {c.name: _value(table, c, record[c.name]) for c in table.columns}
    if table is feedback_tallies:
        try:
            date.fromisoformat(values["day"])
        except ValueError:
            raise ValueError(f"feedback_tallies.day {values['day']!r} is not a day") from None
        if len(values["day"]) != 10:
            raise ValueError(f"feedback_tallies.day {values['day']!r} is not a day")
    code = values.get("code") if table is attendance else None
    if code is not None and not is_valid_code(code):
        raise ValueError(f"attendance.code {code!r} is not a card code")
    return values


def _read(path: Path) -> Iterator[tuple[int, Table, dict[str, Any]]]:
    """Every record of a bundle, checked against the schema; BundleError for any fault."""
    number = 1
    try:
        with gzip.open(path, "rt", encoding="utf-8", newline="\n") as handle:
            first = handle.readline()
            try:
                header = json.loads(first)
            except ValueError:
                header = None
            if not isinstance(header, dict) or header.get("format") != FORMAT:
                raise BundleError(
                    f"{path}: this is not a wsr-edu bundle; "
                    "choose a file made with `wsr-edu db bundle-export`"
                )
            version = header.get("version")
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise _refuse(path, 1, "the bundle's header is damaged")
            if version > VERSION:
                raise BundleError(f"{path}: made by a newer wsr-edu; update this one first")
            with_names = header.get("with_names")
            if not isinstance(with_names, bool):
                raise _refuse(path, 1, "the bundle's header is damaged")
            for number, line in enumerate(handle, start=2):
                try:
                    item = json.loads(line)
                    if not isinstance(item, dict) or set(item) != {"t", "r"}:
                        raise ValueError("the line is not a record")
                    table = _TABLES.get(item["t"]) if isinstance(item["t"], str) else None
                    if table is None:
                        raise ValueError(f"there is no table {item['t']!r}")
                    values = _from_json(table, item["r"])
                except (ValueError, RecursionError) as exc:
                    raise _refuse(path, number, f"damaged record ({exc})") from None
                if table is attendance and values["name"] is not None and not with_names:
                    raise _refuse(path, number, "a name in a bundle that was written without names")
                yield number, table, values
    except BundleError:
        raise
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:
        raise BundleError(
            f"{path}: cannot read the bundle ({exc}); check the file is complete and copy it "
            "again (nothing from the bundle(s) was merged)"
        ) from None


def _check_bundle(conn: Connection, path: Path) -> None:
    """Every record valid, no id twice, and each mark as its session's privacy mode allows."""
    modes: dict[str, str] = {}
    seen: dict[str, set[str]] = {t.name: set() for t in TABLES}
    needs: list[tuple[int, str, dict[str, Any]]] = []
    for number, table, values in _read(path):
        ids = seen[table.name]
        if values["id"] in ids:
            raise _refuse(path, number, f"the {table.name} record {values['id']} appears twice")
        ids.add(values["id"])
        if table is sessions:
            modes[values["id"]] = values["privacy_mode"]
        elif values.get("session_id") is not None:
            needs.append((number, table.name, values))
    unknown = {v["session_id"] for _, _, v in needs if v["session_id"] not in modes}
    for start in range(0, len(unknown), 500):
        chunk = sorted(unknown)[start : start + 500]
        modes.update(
            conn.execute(
                select(sessions.c.id, sessions.c.privacy_mode).where(sessions.c.id.in_(chunk))
            ).all()
        )
    for number, table_name, values in needs:
        mode = modes.get(values["session_id"])
        if mode is None:
            if table_name == "kiosk_answers":
                continue  # its session may come later; the link is dropped if it never does
            raise _refuse(path, number, f"the {table_name} record's session is in no bundle")
        if table_name != "attendance":
            continue
        problem = _privacy_problem(mode, values)
        if problem:
            raise _refuse(path, number, problem)


def _privacy_problem(mode: str, mark: dict[str, Any]) -> str | None:
    if mode == PrivacyMode.HEADCOUNT.value:
        return "an attendance mark in a session that keeps a headcount only"
    if mode == PrivacyMode.CODES.value:
        if mark["name"] is not None:
            return "a name in a session that records codes only (never imported)"
        if mark["code"] is None:
            return "a mark without a code in a session that records codes"
    return None


def import_bundles(engine: Engine, paths: list[Path]) -> ImportReport:
    """Merge bundles in one transaction, after checking every record of every bundle.

    Known ids are updated only by newer versions. A bundle with any fault (damaged bytes, a
    record the schema does not allow, a name where the session records none) is refused with
    one message and nothing from any of the bundles is merged.
    """
    added: dict[str, int] = {}
    updated: dict[str, int] = {}
    unchanged = 0
    with writer(engine).begin() as conn:
        for path in paths:
            _check_bundle(conn, path)
        known_sessions: set[str] | None = None
        for path in paths:
            batch: list[dict[str, Any]] = []
            current: Table | None = None
            for _number, table, values in _read(path):
                if current is not None and (table is not current or len(batch) >= CHUNK):
                    unchanged += _merge(conn, current, batch, added, updated)
                    batch = []
                if table is kiosk_answers and values["session_id"] is not None:
                    if known_sessions is None:
                        known_sessions = set(conn.execute(select(sessions.c.id)).scalars())
                    if values["session_id"] not in known_sessions:
                        values["session_id"] = None
                elif table is sessions and known_sessions is not None:
                    known_sessions.add(values["id"])
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
    # Which version is newer: its time, or for a feedback tally (which keeps no time) its
    # revision, raised by one at every change on the laptop that owns it.
    stamp = "revision" if table is feedback_tallies else "updated_at"
    known = dict(conn.execute(select(table.c.id, table.c[stamp]).where(table.c.id.in_(ids))).all())
    fresh = [v for v in batch if v["id"] not in known]
    if fresh:
        conn.execute(insert(table), fresh)
        added[table.name] = added.get(table.name, 0) + len(fresh)
    same = 0
    for values in batch:
        if values["id"] not in known:
            continue
        if values[stamp] <= known[values["id"]]:
            same += 1
            continue
        changes = {k: v for k, v in values.items() if k != "id"}
        if table is attendance and changes.get("name") is None:
            changes.pop("name", None)  # a bundle without names never erases a kept name
        conn.execute(update(table).where(table.c.id == values["id"]).values(**changes))
        updated[table.name] = updated.get(table.name, 0) + 1
    return same
