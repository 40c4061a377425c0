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
from wsr_edu.ui.text import RLM, bidi

ARABIC = Path(__file__).resolve().parents[2] / "fixtures" / "arabic-mini"
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
    assert view.title.text().strip(RLM) == "اشرب الماء"
    assert view.title.isRightToLeft() and view.body.isRightToLeft()

    presentation.go(presentation.card_index)
    assert audience.stage.card.layoutDirection() == RTL

    presentation.set_language("en")
    presentation.go(0)
    assert audience.layoutDirection() == LTR
    assert view.layoutDirection() == LTR
    assert view.font().families()[0] == "Noto Sans"
    assert view.title.text() == "Drink water"


def laid_out(text: str, direction: Qt.LayoutDirection):  # type: ignore[no-untyped-def]
    """`text` laid out by Qt on one line in `direction`: the layout (kept alive) and line."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont("Noto Sans Arabic", 20))
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return layout, line


def punctuation_side(text: str, direction: Qt.LayoutDirection) -> str:
    """Where Qt's own text layout puts the full stop of `text`: at the 'left' or 'right' end."""
    layout, line = laid_out(text, direction)
    i = text.rindex(".")
    stop = min(line.cursorToX(i)[0], line.cursorToX(i + 1)[0])
    others = [line.cursorToX(k)[0] for k in range(len(text) + 1) if k not in (i, i + 1)]
    return "left" if stop <= min(others) else "right"


def test_arabic_punctuation_lands_after_the_words_in_any_layout(prepared_app) -> None:  # type: ignore[no-untyped-def]
    note = "مجاني وسري."
    assert punctuation_side(note, LTR) == "right"  # the fault: an English card or console
    for direction in (LTR, RTL, Qt.LayoutDirection.LayoutDirectionAuto):
        assert punctuation_side(bidi(note, "ar"), direction) == "left"
    assert bidi("Free.", "en") == "Free."


def test_arabic_choices_are_mirrored_on_the_audience_screen_and_the_kiosk(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from tests.kiosk.fixtures import KioskFactory, kiosk_store
    from wsr_edu.ui.presenter.slide_view import SlideView

    curriculum = load_curriculum(ARABIC).curriculum
    assert curriculum is not None
    module = curriculum.modules[0]
    question = module.text("ar").slide("q-when")
    assert question is not None and question.question is not None
    view = SlideView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show_slide(module, "ar", question, revealed=True)
    view.show()
    first, second = view.quiz.card_rects()
    assert first.left() > second.left()  # A is on the right
    view.show_slide(module, "en", module.text("en").slide("q-when"), revealed=True)  # type: ignore[arg-type]
    first, second = view.quiz.card_rects()
    assert first.left() < second.left()

    factory = KioskFactory(qtbot)
    try:
        window = factory.open([curriculum], kiosk_store(tmp_path / "kiosk.json"))
        window.choose_language("ar")
        window.start_module(window.walk.modules()[0])
        lesson = window.lesson
        assert lesson is not None
        while window.walk.slide is not None and window.walk.slide.question is None:
            lesson.go_next()

        def laid_out_right_to_left() -> None:
            view_q = lesson.question_view
            assert view_q is not None and view_q.isRightToLeft()
            a, b = view_q.choices
            assert a.mapTo(window, a.rect().topLeft()).x() > b.mapTo(window, b.rect().topLeft()).x()

        qtbot.waitUntil(laid_out_right_to_left, timeout=5000)
        view_q = lesson.question_view
        assert view_q is not None
        assert punctuation_side(view_q.why.text(), LTR) == "left"
    finally:
        factory.close_all()


def x_of(text: str, index: int, direction: Qt.LayoutDirection) -> float:
    """Where Qt's text layout draws the character at `index` of `text`, from the left."""
    layout, line = laid_out(text, direction)
    return float(line.cursorToX(index)[0])


def test_the_console_numbers_an_arabic_lesson_from_the_left_even_cut_short(
    qtbot: QtBot, context: AppContext, player
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import bring_up_console
    from wsr_edu.ui.presenter.controller import PresenterController

    context._player = player
    curriculum = load_curriculum(ARABIC).curriculum
    assert curriculum is not None
    controller = PresenterController(context, curriculum, "water", "ar")
    controller.start()
    try:
        bring_up_console(qtbot, controller)
        rows = controller.console.slide_list
        metrics = rows.fontMetrics()
        texts = [rows.item(i).text() for i in range(rows.count() - 1)]  # type: ignore[union-attr]
        assert [t.replace("\u200e", "").replace(RLM, "") for t in texts] == [
            "1. اشرب الماء",
            "2. ? متى تشرب؟",
        ]
        for text in texts:
            cut = metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, metrics.horizontalAdvance(text) // 2
            )
            ellipsis = "\u2026" if "\u2026" in cut else "..."  # as the font has it
            assert ellipsis in cut
            for shown in (text, cut):
                one = shown.index(str(texts.index(text) + 1))
                for direction in (LTR, Qt.LayoutDirection.LayoutDirectionAuto):
                    xs = [x_of(shown, k, direction) for k in range(len(shown) + 1)]
                    assert xs[one] == min(xs), (shown, direction)  # the number starts the row
            # The title is cut at its own end, which for Arabic is its left: the "..." sits
            # between the number and the words, not after the words at the row's far right.
            dots, first = (
                cut.index(ellipsis),
                next(k for k, c in enumerate(cut) if "\u0600" <= c <= "\u06ff"),
            )
            assert x_of(cut, dots, LTR) < x_of(cut, first, LTR)
    finally:
        controller.stop()
        controller.deleteLater()
        qtbot.wait(50)
