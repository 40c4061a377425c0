"""Choice cards: one text size for every card, and words that keep their room after the reveal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.curriculum.model import Module, Question
from wsr_edu.session.tally import QuestionTally
from wsr_edu.ui.presenter.quiz_panel import ChoiceWords
from wsr_edu.ui.presenter.quiz_view import QuizView
from wsr_edu.ui.text import bidi

# The room's screen, and the console's small copy of the slide.
SIZES = [(1240, 520, 10.0), (610, 200, 3.6)]


def _choose_all(starter: Path) -> list[tuple[Module, str, Question]]:
    curriculum = load_curriculum(starter).curriculum
    assert curriculum is not None
    found = []
    for module in curriculum.modules:
        for slide in module.text("en").questions:
            assert slide.question is not None
            if slide.question.multiple:
                found.append((module, slide.id, slide.question))
    assert found, "the starter has choose-all questions"
    return found


@pytest.mark.parametrize(("width", "height", "unit"), SIZES)
def test_every_card_has_the_same_size_of_words_and_they_fit(
    qtbot: QtBot, starter_curriculum: Path, width: int, height: int, unit: float
) -> None:
    view = QuizView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.unit = unit
    for module, slide_id, question in _choose_all(starter_curriculum):
        tally = QuestionTally(slide_id, tuple(c.correct for c in question.choices))
        for i in range(len(question.choices)):
            tally.set_count(i, 3 + i)
        for revealed in (False, True):
            view.show_question(module, question, revealed, tally, "en")
            cards = [view._boxes(i, r) for i, r in enumerate(view.card_rects())]
            font = view._choice_font(cards)
            metrics = QFontMetricsF(font)
            for choice, boxes in zip(question.choices, cards, strict=True):
                words = bidi(choice.text, "en")
                needed = metrics.boundingRect(boxes.text, int(Qt.TextFlag.TextWordWrap), words)
                assert needed.height() <= boxes.text.height() + 1, (slide_id, choice.text)
                # Never a sliver beside the "Right answer" column: the words keep most of it.
                inner = boxes.card.width() - unit * 3.2
                assert boxes.text.width() >= inner * 0.4, (slide_id, revealed, choice.text)


def test_the_console_rows_are_those_of_the_slide_shown(qtbot: QtBot, presenter) -> None:  # type: ignore[no-untyped-def]
    console = presenter.console
    presentation = presenter.presentation
    questions = [s for s in presentation.text.slides if s.question is not None]
    assert questions
    for slide in [*questions, questions[0]]:
        presentation.go(slide.index)
        qtbot.wait(0)
        panel = console.quiz_panel
        shown = [w.text() for w in panel.findChildren(ChoiceWords) if w.isVisibleTo(panel)]
        assert shown == [c.text for c in slide.question.choices]
        assert len(panel.spins) == len(slide.question.choices)
