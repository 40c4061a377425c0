"""While a slide is up, the next one is drawn unseen; Right then shows it exactly as drawn fresh."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from wsr_edu.ui.presenter.controller import DRAW_AHEAD_MS, PresenterController
from wsr_edu.ui.presenter.quiz_panel import ChoiceWords
from wsr_edu.ui.presenter.stage import Stage

Key = Qt.Key


def stages(c: PresenterController) -> list[Stage]:
    return [c.audience.stage, c.console.current, c.console.next_stage]


def pictures(c: PresenterController) -> list[QImage]:
    """What each screen shows once its events ran (laid out, as before it is painted)."""
    QApplication.processEvents()
    return [stage.grab().toImage() for stage in stages(c)]


def stay(qtbot: QtBot) -> None:
    """The room looks at the slide for a moment."""
    qtbot.wait(DRAW_AHEAD_MS * 2)


def right(qtbot: QtBot, c: PresenterController) -> None:
    qtbot.keyClick(c.console.slide_list, Key.Key_Right)


def test_a_slide_drawn_ahead_is_shown_as_drawn_on_demand(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    c = presenter
    shown_before = [stage.slide_view for stage in stages(c)]
    stay(qtbot)
    right(qtbot, c)
    assert c.presentation.slide is not None and c.presentation.slide.id == "rest"
    # Every screen shows the copy drawn while the first slide was up...
    assert all(
        stage.slide_view is not old for stage, old in zip(stages(c), shown_before, strict=True)
    )
    ahead = pictures(c)
    # ...and it looks exactly like the same slide drawn on demand: back, and Right at once.
    qtbot.keyClick(c.console.slide_list, Key.Key_Left)
    right(qtbot, c)
    assert c.presentation.slide.id == "rest"
    assert pictures(c) == ahead


def test_a_question_drawn_ahead_counts_nothing(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    """The console's next-slide preview draws the question two slides on, before it is asked:
    no tally is started for it (the session's results list asked questions only)."""
    c = presenter
    stay(qtbot)
    assert c.context.session_events.tally.find("q-when") is None
    right(qtbot, c)
    stay(qtbot)
    right(qtbot, c)
    assert c.presentation.slide.id == "q-when"
    assert c.context.session_events.tally.find("q-when") is not None
    assert c.audience.stage.slide_view.quiz.isVisible()


def test_a_language_switch_after_drawing_ahead_shows_the_new_language(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    c = presenter
    stay(qtbot)
    qtbot.keyClick(c.console.slide_list, Key.Key_L)
    right(qtbot, c)
    assert c.presentation.language == "es"
    assert c.audience.stage.slide_view.title.text() == c.presentation.slide.title
    assert c.audience.stage.slide_view.title.text() != "Rest"


def test_an_edit_after_drawing_ahead_shows_the_edited_slide(
    qtbot: QtBot, presenter: PresenterController, mini_curriculum: Path
) -> None:
    c = presenter
    stay(qtbot)
    text = mini_curriculum / "modules" / "water" / "en.md"
    text.write_text(text.read_text(encoding="utf-8").replace("## Rest", "## Rest well"), "utf-8")
    qtbot.waitUntil(
        lambda: c.console.next_stage.slide_view.title.text() == "Rest well", timeout=10000
    )
    right(qtbot, c)
    assert c.audience.stage.slide_view.title.text() == "Rest well"
    assert c.console.current.slide_view.title.text() == "Rest well"


def test_counts_typed_after_drawing_ahead_reach_the_screens(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    """The question is drawn ahead with no hands; counts typed once it shows are drawn too."""
    c = presenter
    right(qtbot, c)
    stay(qtbot)
    right(qtbot, c)
    assert c.presentation.slide.id == "q-when"
    panel = c.console.quiz_panel
    panel.spins[1].setFocus()
    qtbot.keyClicks(panel.spins[1], "7")
    qtbot.keyClick(panel.spins[1], Key.Key_Return)
    qtbot.keyClick(c.console.slide_list, Key.Key_R)
    quiz = c.audience.stage.slide_view.quiz
    assert quiz.tally is not None and quiz.tally.counts == [0, 7]


def test_the_console_does_not_move_when_a_question_comes_up(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    """The count panel keeps its place from the first slide: before a question it shows that
    question's choices greyed, so the slide keeps its size and the question drawn ahead is the
    one shown."""
    c = presenter
    c.console.showNormal()
    c.console.resize(1366, 768)  # a laptop's console: the slide's height is what runs out
    panel = c.console.quiz_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.heading.text() == "Next question: slide 3"
    assert [words.text() for words in panel.findChildren(ChoiceWords)] == [
        "Only when thirsty",
        "Every 15 minutes",
    ]
    assert not any(spin.isEnabled() for spin in panel.spins)  # no counting before it is up
    assert c.presentation.events.tally.find("q-when") is None
    plain_size = c.console.current.size()
    stay(qtbot)
    right(qtbot, c)
    stay(qtbot)
    assert c.console.current.size() == plain_size
    drawn_ahead = c.console.current._spare
    assert drawn_ahead.size() == plain_size
    right(qtbot, c)
    assert c.presentation.slide.id == "q-when"
    assert c.console.current.slide_view is drawn_ahead
    QApplication.processEvents()
    assert c.console.current.size() == plain_size
    assert panel.heading.text() == "Show of hands"
    assert all(spin.isEnabled() for spin in panel.spins)
    ahead = pictures(c)
    qtbot.keyClick(c.console.slide_list, Key.Key_Left)
    right(qtbot, c)
    assert pictures(c) == ahead


def test_a_slide_drawn_ahead_is_drawn_again_when_its_screen_changes_size(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    """A console brought up, a projector plugged in, F11: the next slide is drawn again at the
    new size while the slide is up, not on the click."""
    c = presenter
    stay(qtbot)
    c.console.showNormal()
    c.console.resize(1366, 768)
    qtbot.waitUntil(lambda: c.console.current.width() > 400)
    stay(qtbot)
    drawn_ahead = c.console.current._spare
    assert drawn_ahead.size() == c.console.current.size()
    right(qtbot, c)
    assert c.console.current.slide_view is drawn_ahead


def test_the_first_slide_drawn_ahead_is_laid_out_as_it_shows(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    """The spare copy has never been on screen when the first slide is drawn ahead: it still
    gets the margins and type sizes of its size, so showing it moves nothing."""
    c = presenter
    stay(qtbot)
    for stage in stages(c):
        spare = stage._spare
        drawn = [child.geometry() for child in spare.findChildren(QWidget)]
        assert drawn, "the slide was drawn ahead"
        stage.setProperty("drawn", drawn)
    right(qtbot, c)
    QApplication.processEvents()
    for stage in stages(c):
        shown = [child.geometry() for child in stage.slide_view.findChildren(QWidget)]
        assert shown == stage.property("drawn")
