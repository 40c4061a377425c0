"""Bundles from many laptops merge into one database without duplicates, however often."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from wsr_edu.paths import AppPaths
from wsr_edu.records import AttendanceStatus, KioskAnswer, PrivacyMode, RecordsError
from wsr_edu.records.repository import Records

from .conftest import setup


def _laptop(root: Path, name: str) -> Records:
    return Records.open(AppPaths.resolve(root / name).ensure())


def test_bundles_merge_twice_without_duplicates(
    tmp_path: Path, database_url: str, paths: AppPaths
) -> None:
    bundles = []
    for name, site in (("north", "Sunny Acres Farm"), ("south", "Gazipur Garments Ltd.")):
        with _laptop(tmp_path, name) as laptop:
            session = laptop.start_session(setup(PrivacyMode.CODES, site=site))
            for code in laptop.new_codes(4):
                laptop.mark_attendance(session.id, code=code)
            laptop.record_quiz_counts(session.id, "q-bucket", [1, 3], correct=[1])
            laptop.record_kiosk_answer(
                KioskAnswer(
                    "wsr-basics", "1.0.0", "rights", "es", "q-bucket", (1,), True, site=site
                )
            )
            laptop.end_session(session.id)
            bundle = tmp_path / f"{name}.wsrbundle"
            laptop.export_bundle(bundle)
            bundles.append(bundle)

    with Records.open(database_url, paths=paths) as office:
        first = office.import_bundles(bundles)
        assert first.added == {"sessions": 2, "attendance": 8, "quiz_counts": 4, "kiosk_answers": 2}
        again = office.import_bundles(bundles + bundles)
        assert again.added == {} and again.updated == {}
        totals = office.totals()
        assert (totals.sessions, totals.worker_contacts, totals.distinct_participants) == (2, 8, 8)
        [result] = office.question_results()
        assert (result.group_responses, result.kiosk_responses) == (8, 2)
        assert len({s.device_id for s in office.list_sessions()}) == 2
        assert office.check() == []


def test_a_later_bundle_brings_changes_and_never_erases_names(tmp_path: Path) -> None:
    with _laptop(tmp_path, "field") as laptop:
        session = laptop.start_session(setup(PrivacyMode.NAMES), names_allowed=True)
        mark = laptop.mark_attendance(session.id, name="Berta L.")
        laptop.export_bundle(tmp_path / "monday.wsrbundle", with_names=True)
        laptop.mark_attendance(session.id, AttendanceStatus.LEFT_EARLY, mark_id=mark.id)
        laptop.end_session(session.id)
        laptop.export_bundle(tmp_path / "tuesday.wsrbundle")  # no names this time
    with _laptop(tmp_path, "office") as office:
        office.import_bundles([tmp_path / "monday.wsrbundle"])
        assert office.open_sessions()
        report = office.import_bundles([tmp_path / "tuesday.wsrbundle"])
        assert report.updated == {"sessions": 1, "attendance": 1}
        assert not office.open_sessions()
        [merged] = office.attendance(session.id)
        assert (merged.name, merged.status) == ("Berta L.", AttendanceStatus.LEFT_EARLY)
        # An older bundle read later changes nothing.
        office.import_bundles([tmp_path / "monday.wsrbundle"])
        assert office.attendance(session.id)[0].status is AttendanceStatus.LEFT_EARLY


def test_a_damaged_bundle_is_refused_whole(tmp_path: Path) -> None:
    with _laptop(tmp_path, "field") as laptop:
        session = laptop.start_session(setup(PrivacyMode.CODES))
        for code in laptop.new_codes(3):
            laptop.mark_attendance(session.id, code=code)
        laptop.export_bundle(tmp_path / "good.wsrbundle")
    lines = gzip.decompress((tmp_path / "good.wsrbundle").read_bytes()).splitlines()
    (tmp_path / "bad.wsrbundle").write_bytes(gzip.compress(b"\n".join(lines[:-1] + [b"{oops"])))
    (tmp_path / "other.wsrbundle").write_text("not a bundle")
    with _laptop(tmp_path, "office") as office:
        with pytest.raises(RecordsError, match="damaged record"):
            office.import_bundles([tmp_path / "bad.wsrbundle"])
        with pytest.raises(RecordsError, match="bundle"):
            office.import_bundles([tmp_path / "other.wsrbundle"])
        assert office.list_sessions() == []


def test_bundle_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from wsr_edu.cli import main

    field, office = tmp_path / "field", tmp_path / "office"
    assert main(["--data-dir", str(field), "db", "seed", "--sessions", "12", "--seed", "2"]) == 0
    bundle = tmp_path / "field.wsrbundle"
    assert main(["--data-dir", str(field), "db", "bundle-export", str(bundle)]) == 0
    for _ in range(2):
        assert main(["--data-dir", str(office), "db", "bundle-import", str(bundle)]) == 0
    err = capsys.readouterr().err
    assert "0 record(s) added" in err.splitlines()[-1]
    assert main(["--data-dir", str(office), "db", "bundle-import", str(tmp_path / "no")]) == 1
    assert "cannot read the bundle" in capsys.readouterr().err
