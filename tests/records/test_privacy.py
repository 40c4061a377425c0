"""Private modes keep names out of everything on disk: database, WAL, backups, exports, bundles."""

from __future__ import annotations

from pathlib import Path

import pytest

from wsr_edu.paths import AppPaths
from wsr_edu.records import NamesNotAllowedError, PrivacyMode
from wsr_edu.records.exports import export
from wsr_edu.records.repository import Records

from .conftest import setup

NAME = "Zephyrine Okonkwo-Batista"
NEEDLES = [NAME.encode("utf-8"), NAME.encode("utf-16-le"), b"Zephyrine"]


def _leaks(path: Path) -> list[str]:
    found = []
    for file in [path, *(path.parent / f"{path.name}{s}" for s in ("-wal", "-journal"))]:
        if file.exists():
            raw = file.read_bytes()
            found += [f"{file.name}: {n!r}" for n in NEEDLES if n in raw]
    return found


@pytest.mark.parametrize("mode", [PrivacyMode.HEADCOUNT, PrivacyMode.CODES])
def test_no_name_reaches_any_file_in_the_private_modes(
    sqlite_records: Records, tmp_path: Path, mode: PrivacyMode
) -> None:
    session = sqlite_records.start_session(setup(mode))
    with pytest.raises(NamesNotAllowedError):
        sqlite_records.mark_attendance(session.id, code="ACD-EFH", name=NAME)
    with pytest.raises(NamesNotAllowedError):
        sqlite_records.start_session(setup(PrivacyMode.NAMES, group=NAME))
    if mode is PrivacyMode.CODES:
        sqlite_records.mark_attendance(session.id, code="ACD-EFH")
    else:
        sqlite_records.set_headcount(session.id, 12)
    sqlite_records.end_session(session.id)
    outputs = [sqlite_records.backup(tmp_path / "backup.sqlite3")]
    for fmt in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"report.{fmt}"
        export(sqlite_records, fmt, out, with_names=True, table="attendance")
        outputs.append(out)
    bundle = tmp_path / "laptop.wsrbundle"
    sqlite_records.export_bundle(bundle, with_names=True)
    assert sqlite_records.database_file is not None
    leaks = _leaks(sqlite_records.database_file)
    for output in outputs:
        leaks += _leaks(output)
    import gzip

    leaks += [f"bundle: {n!r}" for n in NEEDLES if n in gzip.decompress(bundle.read_bytes())]
    assert leaks == []


def test_names_stay_out_of_exports_and_bundles_unless_asked(
    sqlite_records: Records, tmp_path: Path
) -> None:
    import gzip

    session = sqlite_records.start_session(setup(PrivacyMode.NAMES), names_allowed=True)
    sqlite_records.mark_attendance(session.id, name=NAME)
    sqlite_records.end_session(session.id)
    for fmt in ("csv", "xlsx"):
        plain = tmp_path / f"plain.{fmt}"
        export(sqlite_records, fmt, plain, table="attendance")
        assert _leaks(plain) == []
    plain_bundle = tmp_path / "plain.wsrbundle"
    sqlite_records.export_bundle(plain_bundle)
    assert NAME.encode() not in gzip.decompress(plain_bundle.read_bytes())

    named = tmp_path / "named.csv"
    export(sqlite_records, "csv", named, table="attendance", with_names=True)
    assert NAME in named.read_text(encoding="utf-8-sig")
    named_pdf = tmp_path / "named.pdf"
    export(sqlite_records, "pdf", named_pdf, with_names=True)
    from pypdf import PdfReader

    assert "Zephyrine" in "".join(p.extract_text() for p in PdfReader(named_pdf).pages)


def test_a_corrected_name_leaves_no_trace_in_the_database_or_its_wal(paths: AppPaths) -> None:
    with Records.open(paths, backup_interval=None) as records:
        session = records.start_session(setup(PrivacyMode.NAMES), names_allowed=True)
        mark = records.mark_attendance(session.id, name=NAME)
        for other in ("Ana P.", "Luis R.", "Berta L."):
            records.mark_attendance(session.id, name=other)
        assert records.database_file is not None
        assert _leaks(records.database_file)  # the name is there, as it should be
        records.mark_attendance(session.id, mark_id=mark.id, name="Zoe O.")
        # Still open: the WAL and the file are what a thief would copy now.
        assert _leaks(records.database_file) == []
        assert [m.name for m in records.attendance(session.id)].count("Zoe O.") == 1


def test_kiosk_answer_times_are_kept_to_the_minute(sqlite_records: Records) -> None:
    from datetime import datetime

    from wsr_edu.records import KioskAnswer

    answer = KioskAnswer("wsr-basics", "1.0.0", "rights", "es", "q1", (1,), True)
    sqlite_records.record_kiosk_answer(answer, answered_at=datetime(2026, 3, 2, 9, 3, 41, 123456))
    sqlite_records.record_kiosk_answer(answer)
    from sqlalchemy import select

    from wsr_edu.records.schema import kiosk_answers

    with sqlite_records.engine.connect() as conn:
        rows = conn.execute(select(kiosk_answers.c.answered_at, kiosk_answers.c.updated_at)).all()
    stamps = [value for row in rows for value in row]
    assert all(s.second == 0 and s.microsecond == 0 for s in stamps)
    assert rows[0][0] == datetime(2026, 3, 2, 9, 3) or rows[1][0] == datetime(2026, 3, 2, 9, 3)
