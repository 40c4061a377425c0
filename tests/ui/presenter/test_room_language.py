"""What the room reads follows the teaching language, whatever language the interface speaks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wsr_edu.ui.i18n import SHIPPED
from wsr_edu.ui.presenter.controller import PresenterController
from wsr_edu.ui.presenter.quiz_panel import ChoiceWords
from wsr_edu.ui.room_words import RoomWords

Key = Qt.Key

EXPECTED = {
    "en": ("Right answer", "3 hands", "Complaint line", "End of module"),
    "es": ("Respuesta correcta", "3 manos", "Línea de quejas", "Fin del módulo"),
    "ht": ("Bon repons", "3 men", "Liy plent", "Fen modil la"),
    "bn": ("সঠিক উত্তর", "3 টি হাত", "অভিযোগের লাইন", "মডিউল শেষ"),
}


@pytest.mark.parametrize("code", sorted(SHIPPED))
def test_every_shipped_language_has_the_rooms_words(code: str, prepared_app) -> None:  # type: ignore[no-untyped-def]
    right, hands, card, end = EXPECTED[code]
    assert RoomWords("QuizView", code).tr("Right answer") == right
    assert RoomWords("QuizView", code).tr("%n hand(s)", "", 3) == hands
    assert RoomWords("ComplaintCard", code).tr("Complaint line") == card
    assert RoomWords("Stage", code).tr("End of module") == end


def test_a_language_without_a_translation_reads_english(prepared_app) -> None:  # type: ignore[no-untyped-def]
    words = RoomWords("QuizView", "ar")
    assert not words.translated
    assert words.tr("%n hand(s)", "", 1) == "1 hand"
    assert words.tr("Right answer") == "Right answer"


def test_l_changes_the_rooms_words_and_the_consoles_quiz_labels(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    c = presenter
    c.presentation.go(2)
    c.console.quiz_panel.spins[1].setValue(3)
    qtbot.keyClick(c.console.slide_list, Key.Key_R)
    quiz = c.audience.stage.slide_view.quiz
    assert "Right answer" in quiz.describe() and "3 hands" in quiz.describe()
    labels = [w.text() for w in c.console.quiz_panel.findChildren(ChoiceWords)]
    assert "Every 15 minutes" in " ".join(labels)

    qtbot.keyClick(c.console.slide_list, Key.Key_L)
    assert c.presentation.language == "es"
    # The interface stays English; the room reads Spanish.
    assert c.console.quiz_panel.heading.text() == "Show of hands"
    described = quiz.describe()
    assert "Respuesta correcta" in described and "3 manos" in described
    assert "Right answer" not in described
    qtbot.waitUntil(
        lambda: (
            "Cada 15 minutos"
            in " ".join(
                w.text() for w in c.console.quiz_panel.findChildren(ChoiceWords) if not w.isHidden()
            )
        ),
        timeout=2000,
    )
    shown = [
        w.text()
        for w in c.console.quiz_panel.findChildren(ChoiceWords)
        if w.parent() is not None and not w.isHidden()
    ]
    assert not any("Every 15 minutes" in t for t in shown)

    qtbot.keyClick(c.console.slide_list, Key.Key_C)
    assert c.audience.stage.card.describe().startswith("Línea de quejas")
    qtbot.keyClick(c.console.slide_list, Key.Key_L)
    assert c.audience.stage.card.describe().startswith("Complaint line")
