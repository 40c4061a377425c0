"""The kiosk does not start recording into a fresh file while a backup holds the records."""

from __future__ import annotations

from pathlib import Path

import pytest

from wsr_edu.cli import main
from wsr_edu.kiosk.config import KioskStore
from wsr_edu.kiosk.pin import hash_pin
from wsr_edu.paths import AppPaths
from wsr_edu.records import PrivacyMode, SessionSetup
from wsr_edu.records.repository import Records


def test_the_kiosk_refuses_an_emptied_database_and_says_why(
    data_dir: Path,
    mini_curriculum: Path,
    prepared_app,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    paths = AppPaths.resolve(data_dir).ensure()
    KioskStore(paths.kiosk_file).save_pin(hash_pin("482913"))
    with Records.open(paths, backup_interval=None) as records:
        session = records.start_session(
            SessionSetup(
                site="Packing shed",
                curriculum_id="mini",
                curriculum_version="2.1.0",
                module_id="water",
                language="en",
                privacy_mode=PrivacyMode.HEADCOUNT,
            )
        )
        records.end_session(session.id)
        records.backup()
    paths.database_file.write_bytes(b"")
    assert main(["--curricula", str(mini_curriculum), "kiosk", "--curriculum", "mini"]) == 2
    err = capsys.readouterr().err
    assert "not started" in err and "is empty (0 bytes)" in err
    assert "wsr-edu db restore" in err and "1 session(s)" in err
    assert paths.database_file.stat().st_size == 0
