"""Esc asks once more and ends with a summary; practice looks different; the clock counts down."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wsr_edu.session.ending import Countdown, EndConfirmation, TimeState, clock_text
from wsr_edu.session.events import SessionEnded
from wsr_edu.ui.presenter.controller import PresenterController
from wsr_edu.ui.presenter.summary import SummaryWindow

Key = Qt.Key


def test_the_confirmation_needs_two_presses_and_anything_else_cancels() -> None:
    end = EndConfirmation()
    assert not end.confirm()  # Enter alone never ends
    assert not end.escape() and end.asking
    assert end.cancel() and not end.asking
    assert not end.escape()
    assert end.escape()
    assert not end.escape() and end.confirm()


def test_the_countdown_turns_near_the_end_and_over() -> None:
    assert Countdown(0, 100).state is TimeState.UNPLANNED
    assert Countdown(20, 60).state is TimeState.ON_TIME
    assert Countdown(20, 17 * 60 + 1).state is TimeState.NEAR_END
    assert Countdown(20, 21 * 60).state is TimeState.OVER
    assert Countdown(20, 21 * 60).remaining_seconds == -60
    assert Countdown(2, 61).state is TimeState.NEAR_END  # at least the last minute
    assert clock_text(245) == "4:05" and clock_text(-130) == "-2:10"
    assert clock_text(3723) == "1:02:03"


def test_esc_twice_ends_with_a_summary(
    qtbot: QtBot, presenter: PresenterController, library
) -> None:  # type: ignore[no-untyped-def]
    c = presenter
    c.presentation.go(2)
    c.console.quiz_panel.spins[0].setValue(1)
    c.console.quiz_panel.spins[1].setValue(3)
    qtbot.keyClick(c.console.slide_list, Key.Key_Escape)
    assert c.running and c.console.end_question.isVisibleTo(c.console)
    assert "Esc or Enter" in c.console.end_question.text()
    # Any other key cancels, and only cancels: the slide does not turn.
    qtbot.keyClick(c.console.slide_list, Key.Key_Right)
    assert c.running and not c.console.end_question.isVisibleTo(c.console)
    assert c.presentation.slide.id == "q-when"
    qtbot.keyClick(c.console.slide_list, Key.Key_Escape)
    with qtbot.waitSignal(c.finished):
        qtbot.keyClick(c.console.slide_list, Key.Key_Escape)
    assert isinstance(c.context.session_events.log[-1], SessionEnded)
    window = library.summary_window
    assert isinstance(window, SummaryWindow) and window.isVisible()
    assert window.title.text() == "Session ended: Water and shade"
    assert "of the 10 planned" in window.duration.text()
    assert window.attendance.text() == "Practice: nothing was recorded."
    (row,) = window.question_rows
    assert row.text().startswith("Slide 3, When do you drink?: 4 hand")
    assert row.text().endswith(", 75% right")
    # The summary has the keyboard, not the library behind it: the clicker's next key (Esc or
    # Enter) closes it instead of acting in the library.
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.close()


def test_enter_confirms_so_a_clicker_can_end(qtbot: QtBot, presenter: PresenterController) -> None:
    qtbot.keyClick(presenter.audience, Key.Key_Escape)
    with qtbot.waitSignal(presenter.finished):
        qtbot.keyClick(presenter.audience, Key.Key_Return)


def test_practice_shows_a_banner_on_the_console_only(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    c = presenter
    assert c.practising
    assert c.console.practice_banner.isVisibleTo(c.console)
    assert c.console.practice_banner.text().startswith("PRACTICE")
    # The room's picture is the slide and nothing else.
    assert not any(
        label.isVisible() and "PRACTICE" in label.text()
        for label in c.audience.findChildren(type(c.console.practice_banner))
    )


def test_the_countdown_is_shown_against_the_planned_minutes(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    console = presenter.console
    assert console.remaining.isVisibleTo(console)
    assert console.remaining.text().endswith("left of 10 min")
    console.elapsed_before = 9 * 60
    console._tick()
    assert console.remaining.property("timeState") == "near_end"
    assert "#b45309" in console.remaining.styleSheet()
    console.elapsed_before = 11 * 60
    console._tick()
    assert console.remaining.property("timeState") == "over"
    assert "over the planned 10 min" in console.remaining.text()


def test_the_summary_tells_a_forgetful_counter_the_most_hands_raised(qtbot: QtBot) -> None:
    from wsr_edu.session.ending import QuestionResult, SessionSummary

    questions = (
        QuestionResult(3, "Heap the bucket", 19, 0.8),
        QuestionResult(5, "Which are never allowed? (choose all)", 41, 0.5, single=False),
        QuestionResult(7, "Who answers the line", 23, 0.9),
        QuestionResult(9, "Not reached", 0, None),
    )
    summary = SessionSummary("Our rights", "en", 1500, 25, recorded=True, questions=questions)
    # Hands for a "choose all" question count some people twice: they say nothing of the room.
    assert summary.most_hands == 23
    window = SummaryWindow(summary)
    qtbot.addWidget(window)
    window.show()
    window.set_attendance(0, "headcount")
    assert window.headcount_hint.isVisibleTo(window)
    assert window.headcount_hint.text().startswith("At least 23")
    assert window.headcount.value() == 0  # a hint, never a number typed for the facilitator
    marked = SummaryWindow(summary)
    qtbot.addWidget(marked)
    marked.set_attendance(17, "marked")  # codes or names marked: the count is known
    assert not marked.headcount_hint.isVisibleTo(marked)
    unasked = SessionSummary("Our rights", "en", 60, 25, recorded=True, questions=questions[3:])
    assert unasked.most_hands == 0
    silent = SummaryWindow(unasked)
    qtbot.addWidget(silent)
    silent.set_attendance(0, "headcount")
    assert not silent.headcount_hint.isVisibleTo(silent)
