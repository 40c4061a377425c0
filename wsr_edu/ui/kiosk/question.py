"""A question at the kiosk: answer cards marked as in the group quiz, heard before chosen.

The rules (first tap hears, second tap or Choose answers, Next waits, Skip passes) live in
`wsr_edu.session.visit.KioskVisit`; this view only draws the visit's state and passes taps.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...curriculum.languages import is_rtl
from ...curriculum.model import Choice, Module, Slide
from ...session.feedback import FeedbackRound
from ...session.visit import KioskVisit
from ..fonts import set_content_language
from ..presenter.images import Picture
from ..presenter.shapes import draw_badge
from ..text import bidi, plain_label
from ..theme import choice_style
from .parts import IconButton, Pictogram
from .style import BLUE, INK, PANEL, RIGHT, RIGHT_BG, WRONG, WRONG_BG, draw_icon

HEARD_BG = "#dbe7ff"


class Glyph(QWidget):
    """A round badge with a check or a cross: the answer's meaning without words or colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = "check"
        self.colour = RIGHT
        self.setFixedSize(80, 80)

    def set_glyph(self, name: str, colour: str) -> None:
        self.name, self.colour = name, colour
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.colour))
        painter.drawEllipse(QRectF(self.rect()).adjusted(2, 2, -2, -2))
        inner = QRectF(self.rect()).adjusted(
            self.width() * 0.18, self.height() * 0.18, -self.width() * 0.18, -self.height() * 0.18
        )
        draw_icon(painter, self.name, inner, "#ffffff")


class CardState(StrEnum):
    IDLE = "idle"
    HEARD = "heard"
    """Highlighted: its words were just spoken; a second tap chooses it."""
    MARKED = "marked"
    """Picked on a choose-all-that-apply question, before "check"."""
    RIGHT = "right"
    WRONG = "wrong"
    """Picked, and not right."""
    OTHER = "other"
    """Not picked and not right, after the answer."""


def fit_font(base: QFont, text: str, width: float, height: float, largest: int) -> QFont:
    """The largest pixel size (down to 10 px) at which `text` wraps into width x height."""
    font = QFont(base)
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
    size = max(10, largest)
    while True:
        font.setPixelSize(size)
        used = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 100000), flags, text)
        if (used.height() <= height and used.width() <= width + 0.5) or size <= 10:
            return font
        size = max(10, int(size * 0.9))


class ChoiceCard(QPushButton):
    """One answer: its letter in its shape and colour (as on the group screen), its picture and
    words, and a mark for its state. Everything is drawn to fit the card, so nothing is clipped
    in any language."""

    def __init__(
        self,
        index: int,
        choice: Choice,
        picture: Path | None,
        language: str,
        parent: QWidget | None = None,
        spoken: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("choiceCard")
        self.index = index
        self.choice = choice
        self.letter = choice.letter(index)
        self.style_ = choice_style(index)
        # A spoken language: the letter, its colour and shape, and the picture; words are heard.
        self.text_ = "" if spoken else bidi(choice.text, language)
        self.picture = Picture(picture)
        self.state = CardState.IDLE
        self.u = 8.0
        set_content_language(self, language)
        self.setAccessibleName(f"{self.letter}: {self.text_}" if self.text_ else self.letter)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(240, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(96, 72)

    def set_unit(self, u: float) -> None:
        self.u = u
        self.update()

    def set_state(self, state: CardState) -> None:
        if state is not self.state:
            self.state = state
            self.update()

    # Drawing ---------------------------------------------------------------------------
    def layout_rects(self) -> tuple[QRectF, QRectF, QRectF, QFont]:
        """Badge, picture and text rectangles inside the card, and the text's font."""
        u = self.u
        border = max(3.0, u * 0.7)
        pad = border + max(4.0, u * 1.2)
        inner = QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)
        side = max(24.0, min(inner.height() * 0.3, inner.width() * 0.24, u * 9))
        if not self.text_.strip() and not self.picture.valid:
            # Nothing but the letter: it fills the card.
            side = max(24.0, min(inner.height(), inner.width()) * 0.7)
            centre = inner.center()
            badge = QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side)
            return badge, QRectF(), QRectF(), QFont(self.font())
        badge = QRectF(inner.left(), inner.top(), side, side)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        text_rect = QRectF()
        if self.text_.strip():
            room = inner.height() * (0.5 if self.picture.valid else 1.0)
            font = fit_font(font, self.text_, inner.width(), room, int(u * 3.6))
            flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
            used = QFontMetricsF(font).boundingRect(
                QRectF(0, 0, inner.width(), 100000), flags, self.text_
            )
            height = min(room, used.height())
            text_rect = QRectF(inner.left(), inner.bottom() - height, inner.width(), height)
        gap = max(4.0, u)
        bottom = (text_rect.top() - gap) if not text_rect.isNull() else inner.bottom()
        # The picture never goes under the badge: beside it, or below it, whichever is larger.
        beside = QRectF(inner.left() + side + gap, inner.top(), inner.width() - 2 * (side + gap), 0)
        beside.setBottom(bottom)
        below = QRectF(inner.left(), inner.top() + side + gap, inner.width(), 0)
        below.setBottom(bottom)
        picture = (
            beside if _fit_area(self.picture, beside) >= _fit_area(self.picture, below) else below
        )
        return badge, picture, text_rect, font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        u = self.u
        border = max(3.0, u * 0.7)
        colour, background, dashed = INK, PANEL, False
        if self.state in (CardState.HEARD, CardState.MARKED):
            colour, background = BLUE, HEARD_BG
            border *= 1.6
        elif self.state is CardState.RIGHT:
            colour, background = RIGHT, RIGHT_BG
            border *= 1.6
        elif self.state is CardState.WRONG:
            colour, background, dashed = WRONG, WRONG_BG, True
            border *= 1.6
        elif self.state is CardState.OTHER:
            colour = "#8a93a6"
        if self.isDown():
            background = "#dde5f5"
        pen = QPen(QColor(colour), border)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(background))
        frame = QRectF(self.rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2)
        painter.drawRoundedRect(frame, u * 2, u * 2)
        badge, picture, text_rect, font = self.layout_rects()
        if self.picture.valid:
            self.picture.draw(painter, picture)
        elif picture.height() > 8 and text_rect.isNull() and self.text_.strip():
            draw_icon(painter, "module", picture, "#5b6b8c")
        draw_badge(painter, self.style_, self.letter, badge, self.font())
        if not text_rect.isNull():
            painter.setFont(font)
            painter.setPen(QColor(INK if self.state is not CardState.OTHER else "#3f4a5e"))
            painter.drawText(
                text_rect,
                int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter),
                self.text_,
            )
        self._draw_mark(painter, badge)
        painter.end()

    def _draw_mark(self, painter: QPainter, badge: QRectF) -> None:
        """Top right: a speaker while heard, a tick when picked, a check or cross after."""
        marks = {
            CardState.HEARD: ("speaker", BLUE),
            CardState.MARKED: ("check", BLUE),
            CardState.RIGHT: ("check", RIGHT),
            CardState.WRONG: ("cross", WRONG),
        }
        if self.state not in marks:
            return
        name, colour = marks[self.state]
        u = self.u
        pad = max(3.0, u * 0.7) + max(4.0, u * 1.2)
        # The top right corner of the card, at most as large as the usual badge.
        side = min(badge.width(), max(24.0, u * 9))
        circle = QRectF(self.width() - pad - side, pad, side, side)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(circle)
        inset = side * 0.18
        draw_icon(painter, name, circle.adjusted(inset, inset, -inset, -inset), "#ffffff")
        painter.restore()


def _fit_area(picture: Picture, area: QRectF) -> float:
    if area.width() < 8 or area.height() < 8:
        return 0.0
    fitted = picture.fitted(area) if picture.valid else area
    return fitted.width() * fitted.height()


class QuestionView(QWidget):
    """The question's answer cards, Choose and Skip below them, then the feedback."""

    # A card was tapped (its index); "choose", "check" and "skip" were pressed.
    tapped = Signal(int)
    chose = Signal()
    checked = Signal()
    skipped = Signal()

    def __init__(
        self, module: Module, slide: Slide, language: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert slide.question is not None
        self.slide = slide
        self.question = slide.question
        text = module.texts.get(language)
        self.spoken = text is not None and text.spoken
        """A spoken language: no words on screen, only pictures, letters, shapes and marks."""
        self.u = 8.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.layout_ = layout
        # The question's own words and cards run in its language's direction (the grid too).
        if is_rtl(language):
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.title = plain_label(bidi(slide.title, language))
        set_content_language(self.title, language)
        self.title.setObjectName("questionTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.title.setVisible(not self.spoken)
        prompt = "" if self.spoken else slide.text
        self.prompt = plain_label(bidi(prompt, language))
        set_content_language(self.prompt, language)
        self.prompt.setObjectName("screenHint")
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setVisible(bool(prompt))
        layout.addWidget(self.prompt)
        # The question's own pictures, above the cards (which carry theirs inside).
        self.pictures = [Pictogram(p.path) for p in slide.pictures if p.path is not None]
        if self.pictures:
            row = QHBoxLayout()
            for pictogram, source in zip(
                self.pictures, [p for p in slide.pictures if p.path is not None], strict=True
            ):
                pictogram.setAccessibleName("" if self.spoken else source.alt)
                row.addWidget(pictogram)
            layout.addLayout(row, 1)
        grid = QGridLayout()
        count = len(self.question.choices)
        columns = count if count <= 4 else 3
        self.choices: list[ChoiceCard] = []
        for i, choice in enumerate(self.question.choices):
            picture = choice.picture.path if choice.picture is not None else None
            card = ChoiceCard(i, choice, picture, language, spoken=self.spoken)
            card.clicked.connect(lambda _=False, index=i: self.tapped.emit(index))
            grid.addWidget(card, i // columns, i % columns)
            self.choices.append(card)
        for column in range(min(columns, count)):
            grid.setColumnStretch(column, 1)
        self.grid = grid
        layout.addLayout(grid, 2 if self.pictures else 1)
        actions = QHBoxLayout()
        self.skip_button = IconButton("", "skip")
        self.skip_button.clicked.connect(self.skipped)
        self.choose_button = IconButton("", "check", "primary")
        self.choose_button.clicked.connect(self.chose)
        self.check_button = IconButton("", "check", "primary")
        self.check_button.clicked.connect(self.checked)
        self.check_button.setVisible(self.question.multiple)
        actions.addWidget(self.skip_button)
        actions.addStretch(1)
        actions.addWidget(self.choose_button)
        actions.addWidget(self.check_button)
        layout.addLayout(actions)
        self.feedback = QFrame()
        self.feedback.setObjectName("feedback")
        row = QHBoxLayout(self.feedback)
        self.glyph = Glyph()
        row.addWidget(self.glyph, 0, Qt.AlignmentFlag.AlignVCenter)
        texts = QVBoxLayout()
        self.word = plain_label()
        self.word.setObjectName("feedbackWord")
        self.word.setWordWrap(True)
        self.why = plain_label(bidi(self.question.why, language))
        set_content_language(self.why, language)
        self.why.setObjectName("feedbackWhy")
        self.why.setWordWrap(True)
        self.why.setVisible(bool(self.question.why) and not self.spoken)
        self.word.setVisible(not self.spoken)
        texts.addWidget(self.word)
        texts.addWidget(self.why)
        row.addLayout(texts, 0 if self.spoken else 1)
        if self.spoken:  # the mark alone, in the middle
            row.insertStretch(0, 1)
            row.addStretch(1)
        self.feedback.hide()
        layout.addWidget(self.feedback)
        self.correct: bool | None = None
        self._highlighted: int | None = None
        self._marked: set[int] = set()
        self.retranslate()

    # Words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.skip_button.set_words(self.tr("Skip"))
        self.check_button.set_words(self.tr("Check my answer"))
        self._choose_words()
        if self.correct is not None:
            self.word.setText(
                self.tr("Right!")
                if self.correct
                else self.tr("Not quite. The right answer has a check mark.")
            )

    def _choose_words(self) -> None:
        index = self._highlighted
        if self.question.multiple and index is not None and index in self._marked:
            self.choose_button.set_words(self.tr("Take this out"))
        else:
            self.choose_button.set_words(self.tr("Choose this"))
        self._choose_icon()

    def _choose_icon(self) -> None:
        """The Choose button shows the heard card's letter in its shape beside a check."""
        side = 128
        pixmap = QPixmap(side * 2, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_icon(painter, "check", QRectF(0, 0, side, side), "#ffffff")
        index = self._highlighted
        if index is not None:
            draw_badge(
                painter,
                choice_style(index),
                self.question.choices[index].letter(index),
                QRectF(side + 8, 8, side - 16, side - 16),
                self.font(),
            )
        painter.end()
        from PySide6.QtGui import QIcon

        self.choose_button.setIcon(QIcon(pixmap))
        self._choose_side = side

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_unit(self, u: float) -> None:
        self.u = u
        self.grid.setSpacing(int(u * 1.6))
        self.layout_.setSpacing(int(u * 1.2))
        side = max(48, int(u * 9))
        self.glyph.setFixedSize(side, side)
        m = int(u * 1.2)
        layout = self.feedback.layout()
        if layout is not None:
            layout.setContentsMargins(m * 2, m, m * 2, m)
            layout.setSpacing(m * 2)
        for button in (self.skip_button, self.choose_button, self.check_button):
            button.set_unit(u)
        icon_side = max(24, int(u * 6))
        self.choose_button.setIconSize(QSize(icon_side * 2, icon_side))
        for card in self.choices:
            card.set_unit(u)

    # State -------------------------------------------------------------------------------
    def sync(self, walk: KioskVisit | FeedbackRound) -> None:
        """Show the visit's (or the feedback round's) state for this question: heard, picked,
        answered. A feedback answer is never shown as right or wrong."""
        answer = walk.answers.get(self.slide.id)
        self._highlighted = walk.highlighted
        self._marked = set(walk.marked)
        if answer is not None:
            self.show_answer(answer.chosen, answer.correct, walk.highlighted)
            return
        for i, card in enumerate(self.choices):
            if i in walk.marked:
                card.set_state(CardState.MARKED)
            elif i == walk.highlighted:
                card.set_state(CardState.HEARD)
            else:
                card.set_state(CardState.IDLE)
        self.choose_button.setVisible(True)
        self.choose_button.setEnabled(walk.highlighted is not None)
        self.check_button.setEnabled(bool(walk.marked))
        self.skip_button.setVisible(True)
        self._choose_words()

    def show_answer(self, chosen: tuple[int, ...], correct: bool, heard: int | None) -> None:
        """Right choices get a check, wrong picks a cross; the feedback says why."""
        self.correct = correct
        for i, card in enumerate(self.choices):
            if self.question.choices[i].correct:
                card.set_state(CardState.RIGHT)
            elif i in chosen:
                card.set_state(CardState.WRONG)
            elif i == heard:
                card.set_state(CardState.HEARD)
            else:
                card.set_state(CardState.OTHER)
        for button in (self.choose_button, self.check_button, self.skip_button):
            button.hide()
        if correct:
            self.glyph.set_glyph("check", RIGHT)
            self.feedback.setStyleSheet(
                f"#feedback {{ background: {RIGHT_BG}; border: 4px solid "
                f"{RIGHT}; }} #feedbackWord {{ color: {RIGHT}; }}"
            )
        else:
            self.glyph.set_glyph("cross", WRONG)
            self.feedback.setStyleSheet(
                f"#feedback {{ background: {WRONG_BG}; border: 4px "
                f"dashed {WRONG}; }} #feedbackWord {{ color: {WRONG}; }}"
            )
        self.retranslate()
        self.prompt.hide()
        self.feedback.show()
