"""The start dialog's paid-time box reaches the records, with the module's planned minutes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wsr_edu.records.repository import Records
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.session.start_dialog import StartSessionDialog

from ..conftest import answer_start_dialog


def test_a_session_started_on_paid_time_is_recorded_so(
    qtbot: QtBot,
    library,  # type: ignore[no-untyped-def]
    context: AppContext,
    tmp_path: Path,
) -> None:
    seen: list[StartSessionDialog] = []

    def fill(dialog: StartSessionDialog) -> None:
        assert not dialog.paid_time.isChecked()  # nothing remembered yet
        dialog.site.setText("North field")
        dialog.paid_time.setChecked(True)
        dialog.grab().save(str(tmp_path / "start-dialog.png"))
        seen.append(dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    with qtbot.waitSignal(library.presenter_started, timeout=5000):
        answer_start_dialog(fill)
        qtbot.keyClick(library.curriculum_page.modules, Qt.Key.Key_F5)
    assert seen and "paid time" in seen[0].paid_time.text()
    assert context.tasks.wait(10000)  # the session is written by the app's writer, not here
    with Records.open(context.paths, backup_interval=None) as records:
        (session,) = records.open_sessions()
    assert session.paid_time is True
    assert session.planned_minutes == 10  # `minutes: 10` in the fixture module's front matter
    assert context.settings.paid_time is True  # offered ticked next time
