"""The sound library starts while the start dialog is filled in, not under the first slides."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wsr_edu.ui import context as context_module
from wsr_edu.ui.session.start_dialog import StartSessionDialog

from ..conftest import answer_start_dialog


def test_the_sound_library_starts_on_its_own_thread_as_the_start_dialog_opens(
    qtbot: QtBot, library, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    made_on: list[str] = []
    real = context_module.create_player

    def noting_where():  # type: ignore[no-untyped-def]
        made_on.append(threading.current_thread().name)
        return real()

    monkeypatch.setattr(context_module, "create_player", noting_where)
    ready_in_dialog: list[bool] = []

    def fill(dialog: StartSessionDialog) -> None:
        # The facilitator is still typing: the sound library is already starting.
        qtbot.waitUntil(lambda: library.context._player is not None, timeout=10000)
        ready_in_dialog.append(True)
        dialog.practice_button.click()

    with qtbot.waitSignal(library.presenter_started, timeout=10000):
        library.activateWindow()
        answer_start_dialog(fill)
        qtbot.keyClick(library.curriculum_page.modules, Qt.Key.Key_F5)
    assert ready_in_dialog == [True]
    assert made_on == ["audio-start"]  # once, and off the GUI thread
    player = library.presenter.narration.player
    assert player is library.context._player  # the session uses the one already started
