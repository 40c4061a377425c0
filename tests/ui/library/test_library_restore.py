"""The library offers the newest good backup when the records file was emptied."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wsr_edu.records import PrivacyMode, SessionSetup
from wsr_edu.records.repository import Records
from wsr_edu.ui.context import AppContext


def test_an_emptied_database_is_restored_from_the_library(
    qtbot: QtBot, context: AppContext
) -> None:
    with Records.open(context.paths, backup_interval=None) as records:
        records.start_session(
            SessionSetup(
                site="Packing shed",
                curriculum_id="mini",
                curriculum_version="2.1.0",
                module_id="water",
                language="en",
                privacy_mode=PrivacyMode.HEADCOUNT,
            )
        )  # left open, as after a crash
        records.backup()
    context.paths.database_file.write_bytes(b"")
    from wsr_edu.ui.library.restore import RestoreDialog
    from wsr_edu.ui.library.window import LibraryWindow

    window = LibraryWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), RestoreDialog), timeout=10000
    )
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RestoreDialog)
    assert "is empty (0 bytes)" in dialog.problem.text()
    assert "1 session(s)" in dialog.offer.text()
    assert os.path.getsize(context.paths.database_file) == 0  # nothing recorded into it
    dialog.restore.click()
    qtbot.waitUntil(lambda: "restored" in window.banner.text(), timeout=10000)
    # The session left open before the file was emptied is offered for resuming again.
    qtbot.waitUntil(lambda: window.resume_banner.isVisible(), timeout=10000)
    assert "Packing shed" in window.resume_banner.text.text()


def test_a_failed_daily_backup_shows_in_the_library(qtbot: QtBot, context: AppContext) -> None:
    with Records.open(context.paths, backup_interval=None) as records:
        records.start_session(
            SessionSetup(
                site="Packing shed",
                curriculum_id="mini",
                curriculum_version="2.1.0",
                module_id="water",
                language="en",
                privacy_mode=PrivacyMode.HEADCOUNT,
            )
        )
    backups = context.paths.backups_dir
    for old in backups.iterdir():
        old.unlink()
    backups.rmdir()
    backups.write_text("a file where the backups folder should be")
    from wsr_edu.ui.library.window import LibraryWindow

    window = LibraryWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.backup_status.isVisible(), timeout=10000)
    assert "daily backup of the records failed" in window.backup_status.text.text()
    assert str(backups) in window.backup_status.text.text()
