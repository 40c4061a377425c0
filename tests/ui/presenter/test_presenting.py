"""A whole group session driven with the keys a presentation clicker sends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wsr_edu.session.events import (
    COMPLAINT_CARD,
    AnswerRevealed,
    CountsEntered,
    LanguageChanged,
    SessionEnded,
    SessionStarted,
    SlideShown,
)
from wsr_edu.ui.i18n import Translations
from wsr_edu.ui.presenter.controller import PresenterController

Key = Qt.Key


def press(qtbot: QtBot, controller: PresenterController, key: Qt.Key, target=None) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(target or controller.console.slide_list, key)


def current_id(controller: PresenterController) -> str:
    slide = controller.presentation.slide
    return slide.id if slide else COMPLAINT_CARD


def test_a_whole_session_with_clicker_keys(
    qtbot: QtBot, presenter: PresenterController, library
) -> None:  # type: ignore[no-untyped-def]
    c = presenter
    events = c.context.session_events
    assert isinstance(events.log[0], SessionStarted)
    assert events.log[0].module_id == "water" and events.log[0].language == "en"
    assert c.audience.isVisible() and c.console.isVisible() and not library.isVisible()
    assert current_id(c) == "water"
    assert c.audience.stage.slide_view.title.text() == "Drink water"
    assert "Ask who has water" in c.console.notes.toPlainText()

    press(qtbot, c, Key.Key_Right)
    assert current_id(c) == "rest"
    assert c.console.next_stage.slide_view.title.text() == "When do you drink?"
    press(qtbot, c, Key.Key_PageUp)
    assert current_id(c) == "water"
    press(qtbot, c, Key.Key_PageDown)
    press(qtbot, c, Key.Key_Space)
    assert current_id(c) == "q-when"
    press(qtbot, c, Key.Key_Left)
    press(qtbot, c, Key.Key_End)
    assert current_id(c) == "q-when"

    # Counts typed into the console go to the tally; the audience sees them after the reveal.
    panel = c.console.quiz_panel
    assert panel.isVisible()
    assert [s.accessibleName() for s in panel.spins][1].startswith("Hands for choice B")
    panel.spins[0].setFocus()
    qtbot.keyClicks(panel.spins[0], "4")
    panel.spins[1].selectAll()
    qtbot.keyClicks(panel.spins[1], "12")
    tally = events.tally.get("q-when")
    assert tally is not None and tally.counts == [4, 12]
    assert "75%" in panel.summary.text()
    quiz = c.audience.stage.slide_view.quiz
    assert "Right answer" not in quiz.describe()
    assert not c.audience.stage.slide_view.why.isVisible()

    press(qtbot, c, Key.Key_R, c.audience)
    assert tally.revealed
    described = quiz.describe().split("; ")
    assert "Right answer" not in described[0] and "Right answer" in described[1]
    assert "12 hand" in described[1]
    assert c.audience.stage.slide_view.why.isVisible()
    assert c.audience.stage.slide_view.why.text() == "Thirst comes late; drink before it."

    # Same slide, other language; the reveal and the counts stay with the question id.
    press(qtbot, c, Key.Key_L)
    assert c.presentation.language == "es"
    assert current_id(c) == "q-when"
    assert c.audience.stage.slide_view.title.text() == "¿Cuándo tomas agua?"
    assert c.console.language.currentText() == "Español"
    assert c.console.slide_list.item(0).text() == "1. Toma agua"
    # The room reads the teaching language, whatever the interface speaks.
    assert "Respuesta correcta" in quiz.describe().split("; ")[1]

    # Past the last slide comes the complaint card, in the language being taught.
    press(qtbot, c, Key.Key_Right)
    assert c.presentation.at_card
    assert c.audience.stage.currentWidget() is c.audience.stage.card
    assert "555-0199" in c.audience.stage.card.describe()
    assert "Gratis y confidencial." in c.audience.stage.card.describe()
    assert "Español" in c.audience.stage.card.describe()
    press(qtbot, c, Key.Key_Home)
    assert current_id(c) == "water"

    with qtbot.waitSignal(c.finished):
        press(qtbot, c, Key.Key_Escape)
        assert c.running  # Esc asks once more
        press(qtbot, c, Key.Key_Escape)
    assert library.isVisible()
    kinds = [type(e) for e in events.log]
    assert LanguageChanged in kinds and CountsEntered in kinds and AnswerRevealed in kinds
    shown = [e.slide_id for e in events.log if isinstance(e, SlideShown)]
    assert COMPLAINT_CARD in shown
    ended = events.log[-1]
    assert isinstance(ended, SessionEnded)
    assert ended.languages == ("en", "es")
    assert ended.complaint_card_shown
    assert [t.counts for t in ended.tallies] == [[4, 12]]


def test_black_screen_hides_the_slide_and_comes_back(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    stage = presenter.audience.stage
    press(qtbot, presenter, Key.Key_B)
    assert stage.currentWidget() is stage.black
    assert presenter.console.black_note.isVisible()
    image = stage.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
    # The facilitator still sees where they are; turning the slide keeps the screen black.
    press(qtbot, presenter, Key.Key_Right)
    assert stage.currentWidget() is stage.black
    assert presenter.console.next_stage.currentWidget() is presenter.console.next_stage.slide_view
    press(qtbot, presenter, Key.Key_B, presenter.audience)
    assert stage.currentWidget() is stage.slide_view
    assert stage.slide_view.title.text() == "Rest"


def test_complaint_card_any_time_and_back(qtbot: QtBot, presenter: PresenterController) -> None:
    press(qtbot, presenter, Key.Key_Right)
    press(qtbot, presenter, Key.Key_C)
    assert presenter.audience.stage.currentWidget() is presenter.audience.stage.card
    assert presenter.console.card_button.isChecked()
    press(qtbot, presenter, Key.Key_Right)
    assert current_id(presenter) == "rest"


def test_slide_list_and_language_box_work_from_the_keyboard(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    console = presenter.console
    console.slide_list.setCurrentRow(2)
    assert current_id(presenter) == "q-when"
    console.language.setCurrentIndex(console.language.findData("es"))
    console.language.activated.emit(console.language.currentIndex())
    assert presenter.presentation.language == "es"
    assert current_id(presenter) == "q-when"
    for widget in (
        console.slide_list,
        console.language,
        console.notes,
        console.black_button,
        console.end_button,
        console.quiz_panel.reveal,
    ):
        assert widget.accessibleName()
    assert console.quiz_panel.reveal.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_closing_the_console_ends_the_session(
    qtbot: QtBot, presenter: PresenterController, library
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(presenter.finished):
        presenter.console.close()
    assert isinstance(presenter.context.session_events.log[-1], SessionEnded)
    assert library.isVisible() and library.presenter is None


def test_after_the_last_question_the_panel_keeps_its_counts_greyed(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    """At the card the panel still shows the last question, with the hands counted for it:
    a facilitator can read them out, and nothing typed there by mistake changes them."""
    c = presenter
    panel = c.console.quiz_panel
    c.presentation.go(2)
    assert current_id(c) == "q-when"
    panel.spins[1].setValue(5)
    press(qtbot, c, Key.Key_Right)
    assert c.presentation.at_card
    assert panel.isVisible()
    assert panel.heading.text() == "Last question: slide 3"
    assert [spin.value() for spin in panel.spins] == [0, 5]
    assert not any(spin.isEnabled() for spin in panel.spins)
    assert panel.summary.text().startswith("5 hand") and "100%" in panel.summary.text()
    assert not panel.reveal.isVisible()
    press(qtbot, c, Key.Key_Left)
    assert all(spin.isEnabled() for spin in panel.spins) and panel.reveal.isVisible()


@pytest.mark.parametrize("lang", ["en", "es", "ht", "bn"])
def test_the_console_fits_a_1024_pixel_screen_before_and_at_a_question(
    qtbot: QtBot, presenter: PresenterController, lang: str
) -> None:
    """The count panel's heading before a question ("Next question: slide 3") is longer than
    at it; in no interface language may it make the console wider than an old laptop's screen."""
    c = presenter
    translations = Translations(QApplication.instance())
    translations.switch(lang)
    try:
        for index in (0, 2):  # a slide before the question, then the question
            c.presentation.go(index)
            QApplication.processEvents()
            assert c.console.quiz_panel.isVisible()
            assert c.console.minimumSizeHint().width() <= 1024, (lang, index)
    finally:
        translations.uninstall()  # the app is shared with the tests that follow
        translations.switch("en")
        translations.uninstall()


def test_a_module_title_the_header_cuts_short_is_read_whole_under_it(
    qtbot: QtBot, presenter
) -> None:  # type: ignore[no-untyped-def]
    console = presenter.console
    title = console.header.title
    full = presenter.presentation.text.title
    console.showNormal()
    for width, cut in ((1600, False), (600, True)):
        console.resize(width, 768)
        qtbot.wait(50)  # the header lays out (600 wide: the console's narrowest)
        # Cut, the header says so with an ellipsis instead of ending mid-word.
        assert (title.text() == full) is not cut, (width, title.text())
        assert title.text().endswith("\u2026") is cut
        position = console.position.text()
        assert position.startswith("Slide 1 of ")
        assert (full in position) is cut, position
    assert console.minimumSizeHint().width() <= 1024  # the longer line never widens it
