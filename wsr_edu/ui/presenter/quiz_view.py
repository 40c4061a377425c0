"""A question's choices for a room: big cards with letter, colour, shape and picture."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from ...curriculum.model import Module, Question
from ...session.tally import QuestionTally
from ..room_words import RoomWords
from ..text import bidi
from ..theme import INK, LINE, MUTED, OK, PAPER, choice_style
from .images import Picture, PictureCache
from .shapes import draw_badge, draw_check


def shape_name(index: int) -> str:
    """The choice's colour and shape in words, for screen readers."""
    # The names are marked for translation in theme.CHOICE_STYLES.
    return QCoreApplication.translate("QuizView", choice_style(index).name)


FONT_CACHE = 32


@dataclass(frozen=True)
class CardBoxes:
    """One choice card's parts, laid out."""

    card: QRectF
    badge: QRectF
    text: QRectF
    picture: QRectF | None
    status: QRectF


def mirrored(rect: QRectF, within: QRectF) -> QRectF:
    """`rect` reflected left to right inside `within`."""
    return QRectF(
        within.left() + within.right() - rect.right(), rect.top(), rect.width(), rect.height()
    )


def fit_font(font: QFont, text: str, rect: QRectF, largest: float, smallest: float) -> QFont:
    """The biggest pixel size between `largest` and `smallest` at which `text` fits `rect`."""
    size = largest
    fitted = QFont(font)
    while True:
        fitted.setPixelSize(max(1, int(size)))
        bound = QFontMetricsF(fitted).boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text)
        if (bound.height() <= rect.height() and bound.width() <= rect.width()) or size <= smallest:
            return fitted
        size *= 0.92


class QuizView(QWidget):
    """Paints every choice as a card; after the reveal, right answers carry a check and words."""

    def __init__(self, parent: QWidget | None = None, pictures: PictureCache | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.question: Question | None = None
        self.pictures: list[Picture | None] = []
        self.revealed = False
        self.tally: QuestionTally | None = None
        self.unit = 10.0
        self.scale = 1.0
        self.language = ""
        self.spoken = False
        self.words = RoomWords("QuizView")
        """The room reads these cards: their words follow the teaching language."""

        self.picture_cache = pictures or PictureCache()
        """Each choice picture is read once: going back and forth redraws, not reloads."""
        self._font_cache: dict[tuple[object, ...], QFont] = {}
        self._drawn: tuple[tuple[object, ...], QPixmap] | None = None

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        return self.words.tr(source, disambiguation, n)

    def right_answer_text(self) -> str:
        return "" if self.spoken else self.tr("Right answer")

    def show_question(
        self,
        module: Module,
        question: Question,
        revealed: bool,
        tally: QuestionTally | None,
        language: str = "",
        spoken: bool = False,
    ) -> None:
        self.language = language
        self.spoken = spoken
        """A spoken language: letters, colours, shapes and pictures only, no words to read."""
        if question is not self.question:
            self.pictures = [
                self.picture_cache.get(c.picture.path)
                if c.picture is not None and c.picture.path
                else None
                for c in question.choices
            ]
        self.question = question
        self.revealed = revealed
        self.tally = tally
        self.setAccessibleName(self.describe())
        self.update()

    def describe(self) -> str:
        if self.question is None:
            return ""
        parts = []
        for i, choice in enumerate(self.question.choices):
            text = f"{choice.letter(i)}, {shape_name(i)}"
            if not self.spoken:
                text += f": {choice.text}"
            if self.revealed and choice.correct:
                text += ". " + ("\u2713" if self.spoken else self.right_answer_text())
            if self.tally is not None and self.tally.counted:
                text += ". " + self.hands_text(self.tally.counts[i])
            parts.append(text)
        return "; ".join(parts)

    def hands_text(self, count: int) -> str:
        if self.spoken:  # numbers need no reading of a language nobody reads
            return str(count)
        return self.tr("%n hand(s)", "", count)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._drawn = None  # the words on the cards are translated afresh
            self.setAccessibleName(self.describe())
            self.update()
        super().changeEvent(event)

    def grid(self) -> tuple[int, int]:
        n = len(self.question.choices) if self.question else 0
        # Two choices side by side; three as wide rows; four or more in two columns.
        cols = 2 if n == 2 or n >= 4 else 1
        return cols, max(1, math.ceil(n / cols))

    def card_rects(self) -> list[QRectF]:
        if self.question is None:
            return []
        cols, rows = self.grid()
        gap = self.unit * 1.6
        w = (self.width() - gap * (cols - 1)) / cols
        h = (self.height() - gap * (rows - 1)) / rows
        rects = [
            QRectF((i % cols) * (w + gap), (i // cols) * (h + gap), w, h)
            for i in range(len(self.question.choices))
        ]
        # Right to left, A is at the top right and the cards read from right to left.
        return [mirrored(r, QRectF(self.rect())) for r in rects] if self.isRightToLeft() else rects

    def _look(self) -> tuple[object, ...]:
        """Everything the cards' picture depends on: while it stays the same, so do they."""
        tally = self.tally
        return (
            self.question,
            tuple(self.pictures),
            self.revealed,
            (tally.counted, tuple(tally.counts)) if tally is not None else None,
            (self.width(), self.height(), self.devicePixelRatioF()),
            (self.unit, self.scale, self.font().key()),
            (self.language, self.spoken, self.words.language, self.layoutDirection()),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.question is None:
            return
        # The cards are drawn once into a picture of the whole view; a repaint that changes
        # nothing on them (another window over it, the console's clock, the second screen's
        # refresh) copies that picture instead of laying out and drawing every card again.
        look = self._look()
        if self._drawn is None or self._drawn[0] != look:
            self._drawn = (look, self._draw_cards())
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._drawn[1])

    def _draw_cards(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setLayoutDirection(self.layoutDirection())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        cards = [self._boxes(i, r.adjusted(1, 1, -1, -1)) for i, r in enumerate(self.card_rects())]
        font = self._choice_font(cards)
        for i, boxes in enumerate(cards):
            self._paint_card(painter, i, boxes, font)
        painter.end()
        return pixmap

    def _choice_font(self, cards: list[CardBoxes]) -> QFont:
        """One size for every card's words: the largest at which all of them fit their boxes.

        Fitting is measured once per layout and question, not on every repaint.
        """
        assert self.question is not None
        u = self.unit
        texts = ["" if self.spoken else bidi(c.text, self.language) for c in self.question.choices]
        key = (
            tuple(texts),
            tuple((b.text.width(), b.text.height()) for b in cards),
            u,
            self.scale,
            self.font().key(),
        )
        cached = self._font_cache.get(key)
        if cached is not None:
            return cached
        font = QFont(self.font())
        font.setBold(True)
        largest, smallest = u * 5.2 * self.scale, u * 2.2
        size = min(
            (
                fit_font(font, t, b.text, largest, smallest).pixelSize()
                for t, b in zip(texts, cards, strict=True)
            ),
            default=int(largest),
        )
        font.setPixelSize(max(1, size))
        if len(self._font_cache) >= FONT_CACHE:
            self._font_cache.pop(next(iter(self._font_cache)))
        self._font_cache[key] = font
        return font

    def _boxes(self, i: int, rect: QRectF) -> CardBoxes:
        """Where a card's badge, words, picture and status go."""
        assert self.question is not None
        choice = self.question.choices[i]
        u = self.unit
        right = self.revealed and choice.correct
        counted = self.tally is not None and self.tally.counted
        pad = u * 1.6
        inner = rect.adjusted(pad, pad, -pad, -pad)
        wide = rect.width() / max(rect.height(), 1) >= 1.7
        picture = self.pictures[i] if i < len(self.pictures) else None
        has_picture = picture is not None and picture.valid
        picture_rect: QRectF | None = None
        if wide:
            # Badge, picture, words, then the status column at the far end.
            badge_size = min(inner.height() * 0.85, u * 13)
            badge = QRectF(
                inner.left(), inner.center().y() - badge_size / 2, badge_size, badge_size
            )
            x = badge.right() + pad
            if has_picture:
                side = min(inner.height(), inner.width() * 0.22)
                picture_rect = QRectF(x, inner.center().y() - side / 2, side, side)
                x += side + pad
            status_w = self._status_width() if right or counted else 0.0
            if status_w and inner.right() - x - status_w < inner.width() * 0.4:
                # A column would squeeze the words into a sliver: the status goes under them.
                lines = int(right) + int(counted)
                status_h = min(u * 5.5 * lines, inner.height() * 0.5)
                text_rect = QRectF(x, inner.top(), inner.right() - x, inner.height() - status_h)
                status = QRectF(x, inner.bottom() - status_h, inner.right() - x, status_h)
            else:
                text_rect = QRectF(x, inner.top(), inner.right() - x - status_w, inner.height())
                status = QRectF(inner.right() - status_w, inner.top(), status_w, inner.height())
        else:
            badge_size = min(inner.height() * 0.3, u * 11, inner.width() * 0.3)
            badge = QRectF(inner.left(), inner.top(), badge_size, badge_size)
            status_h = u * 11 if right and counted else u * 5.5 if right or counted else 0.0
            status = QRectF(inner.left(), inner.bottom() - status_h, inner.width(), status_h)
            # The words get a band as tall as the badge or a third of the card, whichever is
            # more, so two or three lines keep the size the other cards' words have.
            words_h = max(badge_size, inner.height() * 0.3)
            text_rect = QRectF(
                badge.right() + pad, inner.top(), inner.right() - badge.right() - pad, words_h
            )
            if has_picture:
                picture_rect = QRectF(
                    inner.left(),
                    text_rect.bottom() + pad,
                    inner.width(),
                    status.top() - text_rect.bottom() - pad * 2,
                )
            else:
                text_rect.setBottom(status.top() - pad)
        if self.isRightToLeft():
            # The same card, mirrored: badge, picture and words from the right edge.
            badge, text_rect, status = (mirrored(r, rect) for r in (badge, text_rect, status))
            if picture_rect is not None:
                picture_rect = mirrored(picture_rect, rect)
        if self.spoken:
            # No words to read: the letter in its colour and shape, and the picture, larger.
            status_room = status if (right or counted) else QRectF()
            badge, picture_rect = self._spoken_layout(inner, has_picture, status_room, wide)
        return CardBoxes(rect, badge, text_rect, picture_rect if has_picture else None, status)

    def _paint_card(self, painter: QPainter, i: int, boxes: CardBoxes, font: QFont) -> None:
        assert self.question is not None
        choice = self.question.choices[i]
        u = self.unit
        right = self.revealed and choice.correct
        faded = self.revealed and not choice.correct
        painter.save()
        painter.setPen(QPen(QColor(OK if right else LINE), u * (0.9 if right else 0.3)))
        painter.setBrush(QColor("#ecfdf5" if right else "#f3f4f6" if faded else PAPER))
        painter.drawRoundedRect(boxes.card, u * 1.4, u * 1.4)
        if faded:
            painter.setOpacity(0.4)
        picture = self.pictures[i] if i < len(self.pictures) else None
        if boxes.picture is not None and picture is not None:
            picture.draw(painter, boxes.picture)
        draw_badge(painter, choice_style(i), choice.letter(i), boxes.badge, self.font())
        painter.setFont(font)
        painter.setPen(QColor(INK))
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
        words = "" if self.spoken else bidi(choice.text, self.language)
        area = boxes.text
        if area.top() == boxes.badge.top() and area.height() > boxes.badge.height():
            # Words beside the badge read with it: level with it when they fit its height,
            # else from its top down.
            wrap = int(Qt.TextFlag.TextWordWrap)
            needed = painter.fontMetrics().boundingRect(area.toRect(), wrap, words).height()
            if needed <= boxes.badge.height():
                area = QRectF(area.left(), area.top(), area.width(), boxes.badge.height())
            else:
                align = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading
        painter.drawText(area, int(align | Qt.TextFlag.TextWordWrap), words)
        painter.setOpacity(1.0)
        self._paint_status(painter, i, boxes.status, right)
        painter.restore()

    def _spoken_layout(
        self, inner: QRectF, has_picture: bool, status: QRectF, wide: bool
    ) -> tuple[QRectF, QRectF | None]:
        """Badge and picture of a card without words: the badge first, the picture after."""
        area = QRectF(inner)
        if not status.isNull() and status.width() > 0 and status.height() > 0:
            if wide:
                area.setRight(status.left() - self.unit)
            else:
                area.setBottom(status.top() - self.unit)
        pad = self.unit * 1.6
        if not has_picture:
            side = max(1.0, min(area.height() * 0.8, area.width() * 0.6))
            badge = QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side)
            if self.isRightToLeft():
                badge = mirrored(badge, inner)
            return badge, None
        if wide:
            side = min(area.height() * 0.6, area.width() * 0.25)
            badge = QRectF(area.left(), area.center().y() - side / 2, side, side)
            picture = QRectF(
                badge.right() + pad, area.top(), area.right() - badge.right() - pad, area.height()
            )
        else:
            side = min(area.height() * 0.3, area.width() * 0.3)
            badge = QRectF(area.left(), area.top(), side, side)
            picture = QRectF(
                area.left(),
                badge.bottom() + pad,
                area.width(),
                area.bottom() - badge.bottom() - pad,
            )
        if self.isRightToLeft():
            badge, picture = mirrored(badge, inner), mirrored(picture, inner)
        return badge, picture

    def _status_font(self) -> QFont:
        font = QFont(self.font())
        # Status words are in the interface's language, which may use another script.
        font.setFamilies(QApplication.font().families())
        font.setBold(True)
        font.setPixelSize(max(6, int(self.unit * 3.4 * self.scale)))
        return font

    def _status_width(self) -> float:
        metrics = QFontMetricsF(self._status_font())
        words = max(
            metrics.horizontalAdvance(self.right_answer_text()) + self.unit * 5.8,
            metrics.horizontalAdvance(self.hands_text(9999)),
        )
        return words + self.unit * 2

    def _paint_status(self, painter: QPainter, i: int, rect: QRectF, right: bool) -> None:
        """'Right answer' with a check mark, and the hands counted, one line each."""
        if rect.height() <= 0 or rect.width() <= 0:
            return
        u = self.unit
        painter.setFont(self._status_font())
        line_h = u * 5.5
        counted = self.tally is not None and self.tally.counted
        lines = int(right) + int(counted)
        y = rect.center().y() - lines * line_h / 2
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
        if right:
            icon = QRectF(rect.left(), y + u * 0.5, u * 4.5, u * 4.5)
            words = QRectF(rect.left() + u * 5.8, y, rect.width() - u * 5.8, line_h)
            if self.isRightToLeft():
                icon, words = mirrored(icon, rect), mirrored(words, rect)
            draw_check(painter, icon, OK)
            painter.setPen(QColor(OK))
            painter.drawText(words, int(left), self.right_answer_text())
            y += line_h
        if counted:
            assert self.tally is not None
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRectF(rect.left(), y, rect.width(), line_h),
                int(left),
                self.hands_text(self.tally.counts[i]),
            )
