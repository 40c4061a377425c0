"""Fixtures for the facilitator's app: a prepared QApplication, a context, library and presenter."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wsr_edu.ui.context import AppContext
from wsr_edu.ui.session.start_dialog import StartSessionDialog


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    """Collect leftover widgets here, on the GUI thread, never on a task's worker thread.

    The app itself does this with wsr_edu.ui.tasks.GarbageCollector; tests keep automatic
    collection on for the other packages' sake and clear the garbage around each test.
    """
    gc.collect()
    yield
    gc.collect()


@pytest.fixture(scope="session")
def prepared_app(qapp: QApplication) -> QApplication:
    from wsr_edu.ui.fonts import register_bundled_fonts

    qapp.setStyle("Fusion")
    register_bundled_fonts(qapp)
    return qapp


@pytest.fixture
def context(
    prepared_app: QApplication, data_dir: Path, mini_curriculum: Path
) -> Iterator[AppContext]:
    from wsr_edu.ui.theme import apply_appearance

    args = argparse.Namespace(
        data_dir=str(data_dir), curricula=[str(mini_curriculum)], database_url=None
    )
    ctx = AppContext.create(args)
    ctx.include_bundled = False
    apply_appearance(prepared_app, ctx.appearance)
    ctx.appearance.changed.connect(lambda _s: apply_appearance(prepared_app, ctx.appearance))
    yield ctx
    ctx.close()


@pytest.fixture
def library(qtbot: QtBot, context: AppContext):  # type: ignore[no-untyped-def]
    from wsr_edu.ui.library.window import LibraryWindow

    window = LibraryWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.curricula_loaded, timeout=10000):
        window.show()
    yield window
    if window.presenter is not None:
        window.presenter.stop()


def answer_start_dialog(
    choose: Callable[[StartSessionDialog], None], give_up_ms: int = 10000
) -> None:
    """Answer the start-session dialog that F5 is about to open, as the facilitator would.

    It looks every 20 ms and gives up after `give_up_ms`, so a dialog that never opens (a
    failing test) leaves nothing behind to answer a later test's dialog.
    """
    looks = max(1, give_up_ms // 20)

    def answer(left: int = looks) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, StartSessionDialog):
            choose(dialog)
        elif left > 0:  # the dialog is not up yet
            QTimer.singleShot(20, lambda: answer(left - 1))

    QTimer.singleShot(0, answer)


@pytest.fixture
def presenter(qtbot: QtBot, library):  # type: ignore[no-untyped-def]
    """The mini curriculum's water module presented in English, from the library's F5.

    The facilitator chooses to practise, so nothing is recorded.
    """
    with qtbot.waitSignal(library.presenter_started, timeout=5000):
        library.activateWindow()
        answer_start_dialog(lambda dialog: dialog.practice_button.click())
        qtbot.keyClick(library.curriculum_page.modules, Qt.Key.Key_F5)
    controller = library.presenter
    assert controller is not None
    bring_up_console(qtbot, controller)
    return controller


def bring_up_console(qtbot: QtBot, controller) -> None:  # type: ignore[no-untyped-def]
    """The test platform has one screen: the room's picture fills it and S shows the console."""
    if controller.displays.plan.audience_only and not controller.console.isVisible():
        qtbot.keyClick(controller.audience, Qt.Key.Key_S)
    assert controller.console.isVisible()


@pytest.fixture
def player():  # type: ignore[no-untyped-def]
    from wsr_edu.narration.playback import create_player

    created = create_player(0.5)
    if not created.available:
        pytest.skip(f"no audio, even with the dummy driver: {created.unavailable_reason}")
    yield created
    created.close()
