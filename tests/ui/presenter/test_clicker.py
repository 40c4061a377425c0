"""A clicker keeps working whatever has the keyboard: count boxes, the language box, attendance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from wsr_edu.records.repository import Records
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.presenter.controller import PresenterController
from wsr_edu.ui.session.attendance import AttendancePanel
from wsr_edu.ui.session.start_dialog import StartSessionDialog

from ..conftest import answer_start_dialog, bring_up_console

Key = Qt.Key


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def slide_id(controller: PresenterController) -> str:
    slide = controller.presentation.slide
    return slide.id if slide else "card"


def count_box(presenter: PresenterController, choice: int) -> QSpinBox:
    """The question slide's count box for `choice`, with the keyboard in it."""
    presenter.presentation.go(2)
    spin = presenter.console.quiz_panel.spins[choice]
    spin.setFocus()
    return spin


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    """Give `widget` the keyboard and press `key` in it."""
    widget.setFocus()
    qtbot.keyClick(widget, key)


def click_into(qtbot: QtBot, widget: QWidget) -> None:
    """What a person does before typing in another window: bring it up and click the box."""
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_right_in_a_count_box_commits_the_count_and_turns_the_slide(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    console = presenter.console
    spin = count_box(presenter, 1)
    spin.selectAll()
    qtbot.keyClicks(spin, "12")
    qtbot.keyClick(spin, Key.Key_Right)
    # The count is kept, the slide turned, and the keyboard is back on the slide.
    assert presenter.context.session_events.tally.get("q-when").counts == [0, 12]
    assert presenter.presentation.at_card
    assert console.slide_list.hasFocus()
    qtbot.keyClick(focused(), Key.Key_Left)
    assert slide_id(presenter) == "q-when"


def test_space_and_r_in_a_count_box_work_the_presentation(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    console = presenter.console
    spin = count_box(presenter, 0)
    qtbot.keyClicks(spin, "7")
    qtbot.keyClick(spin, Key.Key_R)
    tally = presenter.context.session_events.tally.get("q-when")
    assert tally.counts == [7, 0] and tally.revealed
    assert console.slide_list.hasFocus()
    press(qtbot, console.quiz_panel.spins[0], Key.Key_Space)
    assert presenter.presentation.at_card


def test_enter_commits_a_count_and_gives_the_keyboard_back(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    console = presenter.console
    spin = count_box(presenter, 0)
    qtbot.keyClicks(spin, "5")
    qtbot.keyClick(spin, Key.Key_Return)
    assert presenter.context.session_events.tally.get("q-when").counts == [5, 0]
    assert slide_id(presenter) == "q-when"
    assert console.slide_list.hasFocus()
    # Up and Down still change the count while the box has the keyboard.
    press(qtbot, spin, Key.Key_Up)
    assert presenter.context.session_events.tally.get("q-when").counts == [6, 0]


def test_the_language_box_never_takes_the_clicker_keys(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    console = presenter.console
    press(qtbot, console.language, Key.Key_Space)
    assert slide_id(presenter) == "rest"
    assert not console.language.view().isVisible()
    assert console.slide_list.hasFocus()
    press(qtbot, console.language, Key.Key_PageDown)
    assert slide_id(presenter) == "q-when"
    assert presenter.presentation.language == "en"


def test_space_on_a_button_turns_the_slide_and_enter_presses_it(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    console = presenter.console
    press(qtbot, console.black_button, Key.Key_Space)
    assert slide_id(presenter) == "rest" and not presenter.presentation.black
    press(qtbot, console.black_button, Key.Key_Return)
    assert presenter.presentation.black


def _start_recorded(qtbot: QtBot, library) -> PresenterController:  # type: ignore[no-untyped-def]
    def fill(dialog: StartSessionDialog) -> None:
        dialog.site.setText("North field")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    with qtbot.waitSignal(library.presenter_started, timeout=5000):
        answer_start_dialog(fill)
        qtbot.keyClick(library.curriculum_page.modules, Key.Key_F5)
    controller = library.presenter
    assert controller is not None
    bring_up_console(qtbot, controller)
    qtbot.waitUntil(lambda: library.desk.attendance_window is not None, timeout=10000)
    return controller


def _headcount(context: AppContext) -> int:
    assert context.tasks.wait(10000)
    with Records.open(context.paths, backup_interval=None) as records:
        (session,) = records.open_sessions()
        return session.headcount


def test_f5_start_type_23_pagedown_leaves_the_headcount_alone(
    qtbot: QtBot, library, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    controller = _start_recorded(qtbot, library)
    window = library.desk.attendance_window
    assert window.isVisible()
    # The attendance window is offered, but the console keeps the keyboard.
    qtbot.waitUntil(lambda: focused().window() is controller.console, timeout=3000)
    qtbot.keyClicks(focused(), "23")
    qtbot.keyClick(focused(), Key.Key_PageDown)
    assert slide_id(controller) == "rest"
    panel = window.findChild(AttendancePanel)
    assert panel.headcount.value() == 0
    assert _headcount(context) == 0


def test_pagedown_in_the_attendance_window_saves_the_count_and_turns_the_slide(
    qtbot: QtBot, library, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    controller = _start_recorded(qtbot, library)
    panel = library.desk.attendance_window.findChild(AttendancePanel)
    spin = panel.headcount
    click_into(qtbot, spin)
    spin.selectAll()
    qtbot.keyClicks(spin, "23")
    with qtbot.waitSignal(panel.saved, timeout=10000):
        qtbot.keyClick(spin, Key.Key_PageDown)
    # PageDown is the clicker's "next": it never steps the count (23 would become 13).
    assert spin.value() == 23
    assert slide_id(controller) == "rest"
    assert _headcount(context) == 23
    # The keyboard went back to the slide; back in the box, PageUp does not step it either.
    assert controller.console.slide_list.hasFocus()
    click_into(qtbot, spin)
    qtbot.keyClick(spin, Key.Key_PageUp)
    assert spin.value() == 23 and slide_id(controller) == "water"


def test_typing_a_headcount_over_the_0_gives_that_number(
    qtbot: QtBot, library, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    # A brings the window up; the box gets the keyboard as its window becomes active, and
    # "23" typed over the 0 it shows must be 23, not 230.
    controller = _start_recorded(qtbot, library)
    panel = library.desk.attendance_window.findChild(AttendancePanel)
    spin = panel.headcount
    qtbot.keyClick(controller.console.slide_list, Key.Key_A)
    spin.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    qtbot.keyClicks(spin, "23")
    with qtbot.waitSignal(panel.saved, timeout=10000):
        qtbot.keyClick(spin, Key.Key_Return)
    assert spin.value() == 23
    assert _headcount(context) == 23
