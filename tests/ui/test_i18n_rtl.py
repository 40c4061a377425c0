"""A right-to-left curriculum lays out mirrored on the room's screens; the console does not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.session.events import SessionEvents
from wsr_edu.session.presentation import Presentation
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.presenter.audience import AudienceWindow

ARABIC = Path(__file__).resolve().parent.parent / "fixtures" / "arabic-mini"
RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


def test_an_arabic_lesson_is_mirrored_and_set_in_the_arabic_font(
    qtbot: QtBot, context: AppContext
) -> None:
    curriculum = load_curriculum(ARABIC).curriculum
    assert curriculum is not None
    presentation = Presentation(curriculum, "water", "ar", SessionEvents())
    audience = AudienceWindow(presentation, context.appearance)
    qtbot.addWidget(audience)
    audience.resize(960, 540)
    audience.show()
    view = audience.stage.slide_view
    assert audience.layoutDirection() == RTL
    assert view.layoutDirection() == RTL
    assert view.font().families()[0] == "Noto Sans Arabic"
    assert view.title.text() == "اشرب الماء"
    assert view.title.isRightToLeft() and view.body.isRightToLeft()

    presentation.go(presentation.card_index)
    assert audience.stage.card.layoutDirection() == RTL

    presentation.set_language("en")
    presentation.go(0)
    assert audience.layoutDirection() == LTR
    assert view.layoutDirection() == LTR
    assert view.font().families()[0] == "Noto Sans"
    assert view.title.text() == "Drink water"
