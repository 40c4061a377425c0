"""A session started from the presenter is recorded as it goes, and one left open is resumed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wsr_edu.records.model import PrivacyMode, SessionSetup
from wsr_edu.records.repository import Records
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.session.start_dialog import StartSessionDialog

from ..conftest import answer_start_dialog


def _start_recorded(qtbot: QtBot, library, site: str = "North field") -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: StartSessionDialog) -> None:
        dialog.site.setText(site)
        dialog.facilitator.setText("Rosa")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    with qtbot.waitSignal(library.presenter_started, timeout=5000):
        answer_start_dialog(fill)
        qtbot.keyClick(library.curriculum_page.modules, Qt.Key.Key_F5)


def _attendance_offered(qtbot: QtBot, library):  # type: ignore[no-untyped-def]
    """A recorded session started from F5, once the writer has opened it in the records
    (attendance is offered then); its controller."""
    _start_recorded(qtbot, library)
    controller = library.presenter
    console = controller.console
    qtbot.waitUntil(lambda: console.attendance_button.isVisibleTo(console), timeout=10000)
    return controller


def _records(context: AppContext) -> Records:
    return Records.open(context.paths, backup_interval=None)


def _settle(qtbot: QtBot, context: AppContext) -> None:
    """Wait until the app's writer has written everything and its answers have arrived."""
    assert context.tasks.wait(10000)
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10000)


def _the_one_session(qtbot: QtBot, context: AppContext):  # type: ignore[no-untyped-def]
    """The only session in the records, once everything written has been written."""
    _settle(qtbot, context)
    with _records(context) as records:
        (session,) = records.list_sessions()
    return session


def test_a_presented_session_is_recorded_with_counts_and_end_time(
    qtbot: QtBot,
    library,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    controller = _attendance_offered(qtbot, library)
    console = controller.console
    desk = library.desk
    assert desk.attendance_window is not None and desk.attendance_window.isVisible()
    desk.attendance_window.close()

    with _records(context) as records:
        (session,) = records.open_sessions()
    assert session.site == "North field"
    assert session.facilitator == "Rosa"
    assert session.privacy_mode is PrivacyMode.HEADCOUNT
    assert (session.curriculum_id, session.module_id, session.language) == ("mini", "water", "en")
    assert session.curriculum_version == "2.1.0"

    # Go to the question and enter the show of hands: it is on disk at once.
    controller.presentation.go(2)
    spins = console.quiz_panel.spins
    spins[0].setValue(3)
    spins[1].setValue(9)
    _settle(qtbot, context)
    with _records(context) as records:
        assert records.quiz_counts(session.id) == {"q-when": (3, 9)}

    # The settings remember the site and facilitator for the next session.
    assert context.settings.site == "North field"

    qtbot.keyClick(console, Qt.Key.Key_Escape)
    qtbot.keyClick(console, Qt.Key.Key_Return)  # Esc asks once more; Enter confirms
    assert library.presenter is None
    _settle(qtbot, context)
    with _records(context) as records:
        ended = records.get_session(session.id)
        assert ended.ended_at is not None
        assert records.open_sessions() == []
        results = {r.question_id: r for r in records.question_results()}
    assert results["q-when"].share_correct == 9 / 12


def test_practising_records_nothing(qtbot: QtBot, presenter, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    assert not presenter.console.attendance_button.isVisibleTo(presenter.console)
    presenter.presentation.go(2)
    presenter.console.quiz_panel.spins[1].setValue(4)
    presenter.stop()
    _settle(qtbot, context)
    with _records(context) as records:
        assert records.list_sessions() == []


def test_cancelling_the_dialog_does_not_present(qtbot: QtBot, library) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def cancel(dialog: StartSessionDialog) -> None:
        asked.append(dialog.site.text())
        dialog.reject()

    answer_start_dialog(cancel)
    qtbot.keyClick(library.curriculum_page.modules, Qt.Key.Key_F5)
    # F5 opened the dialog (this fails if F5 does nothing), and cancelling it presents nothing.
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert library.presenter is None
    assert QApplication.activeModalWidget() is None


def test_a_session_left_open_is_offered_and_resumed_with_its_counts(
    qtbot: QtBot,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    with _records(context) as records:
        session = records.start_session(
            SessionSetup(
                site="Packing shed",
                curriculum_id="mini",
                curriculum_version="2.1.0",
                module_id="water",
                language="es",
                privacy_mode=PrivacyMode.HEADCOUNT,
            )
        )
        records.set_headcount(session.id, 14)
        records.record_quiz_counts(session.id, "q-when", [2, 11], correct=[1])
    # The app was killed here; it starts again.
    from wsr_edu.ui.library.window import LibraryWindow

    window = LibraryWindow(context)
    qtbot.addWidget(window)
    window.show()
    banner = window.resume_banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=10000)
    assert "Packing shed" in banner.text.text()
    assert "Agua y sombra" in banner.text.text()
    with qtbot.waitSignal(window.presenter_started, timeout=5000):
        banner.resume_button.click()
    controller = window.presenter
    assert controller.presentation.language == "es"
    controller.presentation.go(2)
    spins = controller.console.quiz_panel.spins
    # The counts stored before the crash come back from the writer.
    qtbot.waitUntil(lambda: [s.value() for s in spins] == [2, 11], timeout=10000)
    controller.console.quiz_panel.spins[0].setValue(3)
    controller.stop()
    _settle(qtbot, context)
    with _records(context) as records:
        resumed = records.get_session(session.id)
        assert resumed.ended_at is not None
        assert resumed.headcount == 14
        assert records.quiz_counts(session.id) == {"q-when": (3, 11)}
        assert len(records.list_sessions()) == 1


def test_a_session_left_open_can_be_ended_at_its_last_activity(
    qtbot: QtBot,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    with _records(context) as records:
        session = records.start_session(
            SessionSetup(
                site="Dairy barn",
                curriculum_id="gone",
                curriculum_version="1",
                module_id="old",
                language="en",
            )
        )
    from wsr_edu.ui.library.window import LibraryWindow

    window = LibraryWindow(context)
    qtbot.addWidget(window)
    window.show()
    banner = window.resume_banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=10000)
    # Its curriculum is not on this laptop, so it can only be ended.
    assert not banner.resume_button.isVisibleTo(banner)
    banner.end_button.click()
    qtbot.waitUntil(lambda: not window.unfinished, timeout=5000)
    with _records(context) as records:
        ended = records.get_session(session.id)
    assert ended.ended_at is not None
    assert ended.ended_at <= ended.updated_at
    assert not banner.isVisible()


def test_records_window_shows_what_was_taught(
    qtbot: QtBot,
    library,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    with _records(context) as records:
        for site in ("North field", "Packing shed"):
            session = records.start_session(
                SessionSetup(
                    site=site,
                    curriculum_id="mini",
                    curriculum_version="2.1.0",
                    module_id="water",
                    language="en",
                )
            )
            records.set_headcount(session.id, 10)
            records.end_session(session.id)
    library.records_button.click()
    qtbot.waitUntil(lambda: library.coordinator_window is not None, timeout=10000)
    view = library.coordinator_window
    assert view.isVisible()
    qtbot.waitUntil(lambda: view.figure_sessions.value.text() == "2", timeout=10000)
    assert view.figure_contacts.value.text() == "20"
    view.close()


def test_ending_with_nobody_in_the_attendance_says_so_and_a_takes_it(
    qtbot: QtBot,
    library,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    # With one screen, the attendance window offered at the start can stay behind the room's
    # picture all class long: the end question is then the facilitator's last chance.
    controller = _attendance_offered(qtbot, library)
    console = controller.console
    desk = library.desk
    desk.attendance_window.close()  # never looked at
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert console.end_question.isVisibleTo(console)
    assert "Nobody is in the attendance yet" in console.end_question.text()
    assert "Nobody is in the attendance yet" in controller.audience.end_question.text()
    qtbot.keyClick(console, Qt.Key.Key_A)  # takes the attendance instead of ending
    assert library.presenter is controller and controller.running
    assert not console.end_question.isVisibleTo(console)
    assert desk.attendance_window.isVisible()
    headcount = desk.attendance_panel.headcount
    headcount.setValue(12)
    headcount.editingFinished.emit()
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert console.end_question.text().startswith("End the session?")
    qtbot.keyClick(console, Qt.Key.Key_Escape)  # a second Esc ends it
    assert library.presenter is None
    session = _the_one_session(qtbot, context)
    assert session.headcount == 12 and session.ended_at is not None


def test_a_headcount_forgotten_in_class_is_given_on_the_summary(
    qtbot: QtBot,
    library,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    controller = _attendance_offered(qtbot, library)
    console = controller.console
    library.desk.attendance_window.close()  # never looked at
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    qtbot.keyClick(console, Qt.Key.Key_Escape)  # ended anyway, nobody counted
    window = library.summary_window
    qtbot.waitUntil(lambda: window.headcount_row.isVisibleTo(window), timeout=10000)
    assert window.attendance.text().startswith("Attendance: 0 ")
    assert window.headcount.value() == 0 and window.headcount.hasFocus()
    qtbot.keyClicks(window.headcount, "23")
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # closed at once: the number is still kept
    session = _the_one_session(qtbot, context)
    assert session.headcount == 23 and session.ended_at is not None
