"""Feedback after a class: hands counted on the summary, saved for that session off the GUI."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.curriculum.feedback_helpers import add_feedback
from wsr_edu.records.repository import Records
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.presenter.summary import SummaryWindow

from .test_off_the_gui_thread import ThreadLog, _settle, _start_recorded, thread_log

__all__ = ["thread_log"]


@pytest.fixture
def with_feedback(mini_curriculum: Path) -> Path:
    """The test curriculum asks two feedback questions (before the library loads it)."""
    return add_feedback(mini_curriculum)


def test_feedback_hands_are_saved_for_the_session_and_a_clicker_cannot_change_them(
    qtbot: QtBot, with_feedback: Path, thread_log: ThreadLog, library, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    _start_recorded(qtbot, library)
    console = library.presenter.console
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert library.presenter is None
    window = library.summary_window
    assert isinstance(window, SummaryWindow) and window.feedback is not None
    feedback = window.feedback
    assert feedback.isVisibleTo(window)
    assert [t.text() for t in feedback.titles] == ["Did you understand?", "Do you know the number?"]
    understood, number = feedback.spins["understood"], feedback.spins["number"]
    assert len(understood) == 2 and len(number) == 2
    understood[0].setValue(14)
    understood[1].setValue(3)
    number[1].setValue(5)
    understood[1].setValue(2)  # a correction replaces the count
    # A clicker's keys reach the count box and change nothing.
    understood[0].setFocus()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Space):
        qtbot.keyClick(understood[0], key)
    assert understood[0].value() == 14
    # Each question can be shown to the room, large; a clicker turns them, Esc closes.
    feedback.show_buttons[0].click()
    room = window.room
    assert room is not None and room.isVisible()
    # The test platform has one screen: the questions fill it, and say how to get back.
    assert room.isFullScreen() and room.screen() is window.screen()
    assert room.hint.isVisibleTo(room) and room.hint.text().startswith("Esc")
    assert room.view.title.text() == "Did you understand?"
    assert room.view.quiz.isVisible()
    qtbot.keyClick(room, Qt.Key.Key_PageDown)
    assert room.view.title.text() == "Do you know the number?"
    qtbot.keyClick(room, Qt.Key.Key_PageDown)
    assert room.index == 1, "the last question stays"
    qtbot.keyClick(room, Qt.Key.Key_PageUp)
    assert room.view.title.text() == "Did you understand?"
    with qtbot.waitSignal(room.destroyed):
        qtbot.keyClick(room, Qt.Key.Key_Escape)
    assert window.room is None and understood[0].value() == 14
    _settle(qtbot, context)
    assert "record_feedback_counts" in thread_log.names
    assert thread_log.on_gui == []
    window.close()
    with Records.open(context.paths, backup_interval=None) as records:
        (session,) = records.list_sessions()
        assert records.feedback_counts(session.id) == {"understood": (14, 2), "number": (0, 5)}
        tallies = records.feedback_tallies()
        assert {t.session_id for t in tallies} == {session.id}
        assert {(t.site, t.language, t.curriculum_id) for t in tallies} == {
            ("Packing shed", "en", "mini")
        }


def test_practice_asks_no_feedback(qtbot: QtBot, with_feedback: Path, presenter, library) -> None:  # type: ignore[no-untyped-def]
    assert presenter.practising
    with qtbot.waitSignal(presenter.finished):
        qtbot.keyClick(presenter.console, Qt.Key.Key_Escape)
        qtbot.keyClick(presenter.console, Qt.Key.Key_Escape)
    window = library.summary_window
    assert isinstance(window, SummaryWindow) and window.feedback is None
    window.close()
