"""Bundles are checked record by record: damaged or doctored ones change nothing, with a message."""

from __future__ import annotations

import gzip
import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from wsr_edu.paths import AppPaths
from wsr_edu.records import KioskAnswer, PrivacyMode, RecordsError
from wsr_edu.records.repository import Records
from wsr_edu.records.schema import TABLES

from .conftest import setup

MUTATIONS = 1000


def _snapshot(records: Records) -> dict[str, list[tuple[Any, ...]]]:
    with records.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(t.c.id))] for t in TABLES
        }


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    with Records.open(AppPaths.resolve(tmp_path / "field").ensure()) as laptop:
        codes = laptop.start_session(setup(PrivacyMode.CODES))
        for code in laptop.new_codes(3):
            laptop.mark_attendance(codes.id, code=code)
        names = laptop.start_session(setup(PrivacyMode.NAMES), names_allowed=True)
        laptop.mark_attendance(names.id, name="Berta L.")
        count = laptop.start_session(setup())
        laptop.set_headcount(count.id, 9)
        laptop.record_quiz_counts(count.id, "q-shade", [2, 7], correct=[1])
        laptop.record_kiosk_answer(
            KioskAnswer("wsr-basics", "1.0.0", "rights", "es", "q-shade", (1,), True, count.id)
        )
        for session in (codes, names, count):
            laptop.end_session(session.id)
        path = tmp_path / "field.wsrbundle"
        laptop.export_bundle(path, with_names=True)
    return path


def _office(root: Path) -> Records:
    office = Records.open(AppPaths.resolve(root).ensure(), backup_interval=None)
    office.start_session(setup(site="Already in the office"))
    return office


def _doctored(bundle: Path, out: Path, change: Any) -> Path:
    lines = [json.loads(x) for x in gzip.decompress(bundle.read_bytes()).splitlines()]
    change(lines)
    out.write_bytes(gzip.compress(b"\n".join(json.dumps(x).encode() for x in lines) + b"\n"))
    return out


def _name_in_a_codes_row(lines: list[Any]) -> None:
    codes = next(x["r"]["id"] for x in lines[1:] if x["r"].get("privacy_mode") == "codes")
    mark = next(x for x in lines[1:] if x["t"] == "attendance" and x["r"]["session_id"] == codes)
    mark["r"]["name"] = "Rosa Díaz"


def _no_id(lines: list[Any]) -> None:
    del next(x for x in lines[1:] if x["t"] == "quiz_counts")["r"]["id"]


def _bad_status(lines: list[Any]) -> None:
    next(x for x in lines[1:] if x["t"] == "attendance")["r"]["status"] = "asleep"


def _huge_count(lines: list[Any]) -> None:
    next(x for x in lines[1:] if x["t"] == "quiz_counts")["r"]["count"] = 10**30


def _orphan(lines: list[Any]) -> None:
    next(x for x in lines[1:] if x["t"] == "attendance")["r"]["session_id"] = "nowhere"


def _twice(lines: list[Any]) -> None:
    lines.append(lines[-1])


def _names_header(lines: list[Any]) -> None:
    lines[0]["with_names"] = False


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (_name_in_a_codes_row, "a name in a session that records codes only"),
        (_no_id, "quiz_counts.id is missing"),
        (_bad_status, "attendance.status is 'asleep'"),
        (_huge_count, "quiz_counts.count is not a whole number"),
        (_orphan, "session is in no bundle"),
        (_twice, "appears twice"),
        (_names_header, "written without names"),
    ],
)
def test_a_doctored_bundle_is_refused_with_its_line_and_changes_nothing(
    bundle: Path, tmp_path: Path, database_url: str, paths: AppPaths, change: Any, said: str
) -> None:
    bad = _doctored(bundle, tmp_path / "bad.wsrbundle", change)
    with Records.open(database_url, paths=paths) as office:
        office.start_session(setup(site="Already in the office"))
        before = _snapshot(office)
        with pytest.raises(RecordsError, match="nothing from the bundle") as refused:
            office.import_bundles([bundle, bad])  # the good one is not merged either
        assert said in str(refused.value)
        assert f"{bad}:" in str(refused.value)
        assert _snapshot(office) == before
        assert "Rosa" not in repr(_snapshot(office))


@pytest.mark.slow
def test_a_thousand_single_byte_mutations_are_refused_or_change_nothing(
    bundle: Path, tmp_path: Path
) -> None:
    template = tmp_path / "template"
    with _office(template) as office:
        pristine = _snapshot(office)
    reference = tmp_path / "reference"
    shutil.copytree(template, reference)
    with Records.open(AppPaths.resolve(reference), backup_interval=None) as office:
        office.import_bundles([bundle])
        expected = _snapshot(office)
    assert expected != pristine

    work = tmp_path / "work"
    shutil.copytree(template, work)
    office = Records.open(AppPaths.resolve(work), backup_interval=None)
    data = bundle.read_bytes()
    rng = random.Random(12)
    mutated = tmp_path / "mutated.wsrbundle"
    refused = accepted = 0
    crashes: list[str] = []
    try:
        for _ in range(MUTATIONS):
            position = rng.randrange(len(data))
            byte = rng.choice([b for b in range(256) if b != data[position]])
            mutated.write_bytes(data[:position] + bytes([byte]) + data[position + 1 :])
            try:
                office.import_bundles([mutated])
            except RecordsError as exc:
                refused += 1
                assert str(exc) and "\n" not in str(exc)
                assert _snapshot(office) == pristine
                continue
            except Exception as exc:  # a traceback for the user: counted and shown
                crashes.append(f"byte {position} -> {byte}: {type(exc).__name__}: {exc}")
                continue
            accepted += 1
            assert _snapshot(office) == expected, f"byte {position} changed what was merged"
            office.close()
            shutil.rmtree(work)
            shutil.copytree(template, work)
            office = Records.open(AppPaths.resolve(work), backup_interval=None)
    finally:
        office.close()
    assert crashes == []
    assert refused + accepted == MUTATIONS
    assert refused > MUTATIONS * 0.9  # most bytes of a compressed file matter
