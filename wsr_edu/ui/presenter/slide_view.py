"""One slide drawn for a room: a big title, large text, pictures, or a question's choices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...curriculum.languages import is_rtl
from ...curriculum.model import Module, Slide
from ...session.tally import QuestionTally
from ..fonts import set_content_language
from ..text import bidi, plain_label, rich_label
from ..theme import ACCENT, INK, OK
from .images import Picture, PictureCache
from .quiz_view import QuizView


def body_pictures(slide: Slide) -> list[tuple[Path, str]]:
    """The slide's pictures that can be shown (checked files inside the module)."""
    return [(p.path, p.alt) for p in slide.pictures if p.path is not None]


class WhyNote(QLabel):
    """A revealed question's explanation: a pale green note with a green edge at its start.

    Drawn by the label itself, not by a style sheet: its sizes follow the slide's, and setting
    a style sheet again on every resize made each change of size restyle the widget.
    """

    BACKGROUND = QColor("#ecfdf5")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideWhy")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.edge = 3
        self._padding = (0, 0)

    def set_unit(self, u: float) -> None:
        self.edge = max(3, int(u))
        self._padding = (int(u * 1.4), int(u * 2))
        self._set_margins()

    def _set_margins(self) -> None:
        vertical, horizontal = self._padding
        start, end = self.edge + horizontal, horizontal
        if self.isRightToLeft():
            start, end = end, start
        self.setContentsMargins(start, vertical, end, vertical)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._set_margins()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.BACKGROUND)
        x = self.width() - self.edge if self.isRightToLeft() else 0
        painter.fillRect(QRect(x, 0, self.edge, self.height()), QColor(OK))
        painter.end()
        super().paintEvent(event)


def slide_unit(size: QSize) -> float:
    """One hundredth of the height of a 16:9 slide that fits `size`: all sizes derive from it."""
    return max(1.0, min(size.height() / 100, size.width() / 177.8))


def draw_listen(painter: QPainter, rect: QRectF, colour: str) -> None:
    """A loudspeaker with sound waves ("listen"): a spoken language's slide without a picture."""
    side = min(rect.width(), rect.height()) * 0.5
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    x, y, w, h = box.x(), box.y(), box.width(), box.height()
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(x, y + h * 0.35),
                QPointF(x + w * 0.2, y + h * 0.35),
                QPointF(x + w * 0.45, y + h * 0.12),
                QPointF(x + w * 0.45, y + h * 0.88),
                QPointF(x + w * 0.2, y + h * 0.65),
                QPointF(x, y + h * 0.65),
            ]
        )
    )
    pen = QPen(QColor(colour), max(2.0, w * 0.06))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for k in (0.22, 0.38):
        arc = QRectF(x + w * (0.5 - k), y + h * (0.5 - k * 1.4), w * k * 2, h * k * 2.8)
        painter.drawArc(arc, -45 * 16, 90 * 16)
    painter.restore()


class PictureStrip(QWidget):
    """The slide's pictures side by side, each as large as the space allows.

    With `listen` and no picture (a spoken language's slide), a loudspeaker fills the space.
    """

    def __init__(self, cache: PictureCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.cache = cache
        self.pictures: list[Picture] = []
        self.listen = False

    def set_pictures(self, items: list[tuple[Path, str]], listen: bool = False) -> None:
        self.pictures = [self.cache.get(path) for path, _ in items]
        self.listen = listen and not self.pictures
        self.setAccessibleName("; ".join(alt for _, alt in items if alt))
        self.setVisible(bool(self.pictures) or self.listen)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.listen:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw_listen(painter, QRectF(self.rect()), ACCENT)
            return
        if not self.pictures:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        gap = self.width() * 0.03
        w = (self.width() - gap * (len(self.pictures) - 1)) / len(self.pictures)
        for i, picture in enumerate(self.pictures):
            picture.draw(painter, QRectF(i * (w + gap), 0, w, self.height()))


class SlideView(QWidget):
    """Draws one slide; every size follows the widget's height, so previews look the same."""

    def __init__(
        self,
        scale: float = 1.0,
        parent: QWidget | None = None,
        pictures: PictureCache | None = None,
    ) -> None:
        super().__init__(parent)
        pictures = pictures or PictureCache()
        self.setObjectName("slideView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#slideView {{ background: #ffffff; }} QLabel {{ color: {INK}; }}")
        self.scale = scale
        self.slide: Slide | None = None
        self._sized_for: tuple[float, float, str] | None = None
        self.spoken = False
        layout = QVBoxLayout(self)
        self.title = plain_label()
        self.title.setWordWrap(True)
        self.title.setObjectName("slideTitle")
        self.rule = QFrame()
        self.rule.setStyleSheet(f"background: {ACCENT};")
        self.content = QHBoxLayout()
        self.pictures = PictureStrip(pictures)
        self.body = rich_label("slideBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.content.addWidget(self.pictures, 5)
        self.content.addWidget(self.body, 6)
        self.quiz = QuizView(pictures=pictures)
        self.why = WhyNote()
        layout.addWidget(self.title)
        layout.addWidget(self.rule)
        layout.addLayout(self.content, 1)
        layout.addWidget(self.quiz, 1)
        layout.addWidget(self.why)
        self.quiz.hide()
        self.why.hide()

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self._apply_sizes()

    def show_slide(
        self,
        module: Module,
        language: str,
        slide: Slide,
        revealed: bool = False,
        tally: QuestionTally | None = None,
    ) -> None:
        self.slide = slide
        # A language that is spoken, not written: the room sees pictures only, never the
        # written companion's words (the console shows those to the facilitator).
        text = module.texts.get(language)
        spoken = text is not None and text.spoken
        self.spoken = spoken
        direction = (
            Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
        )
        self.setLayoutDirection(direction)
        set_content_language(self, language)
        title = "" if spoken else slide.title
        self.title.setText(bidi(title, language))
        self.title.setAccessibleName(title)
        self.title.setVisible(not spoken)
        self.rule.setVisible(not spoken)
        html = slide.html if slide.text and not spoken else ""
        self.body.setText(html)
        self.body.setVisible(bool(html))
        self.body.setAccessibleName(slide.text if not spoken else "")
        # A spoken language's pictures carry no alt text either: it is the companion's words.
        shown = [(path, "" if spoken else alt) for path, alt in body_pictures(slide)]
        self.pictures.set_pictures(shown, listen=spoken and slide.question is None)
        question = slide.question
        self.quiz.setVisible(question is not None)
        outer = self.layout()
        assert isinstance(outer, QBoxLayout)
        pictured = bool(self.pictures.pictures)
        # A question's pictures share the screen with its choices, a third to two thirds.
        outer.setStretch(2, (1 if pictured else 0) if question is not None else 1)
        outer.setStretch(3, (2 if pictured else 1) if question is not None else 0)
        top = Qt.AlignmentFlag.AlignTop if question is not None else Qt.AlignmentFlag.AlignVCenter
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeading | top)
        if question is not None:
            self.quiz.words.language = language
            self.quiz.show_question(module, question, revealed, tally, language, spoken)
        else:
            self.content.setStretch(0, 5 if html else 1)
            self.content.setStretch(1, 6)
        why = question.why if question is not None and not spoken else ""
        self.why.setVisible(question is not None and revealed and bool(why))
        self.why.setText(bidi(why, language))
        self.why.setAccessibleName(why)
        self.setAccessibleName(title)
        self._apply_sizes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        u = slide_unit(self.size())
        s = self.scale
        sized_for = (u, s, self.font().key())
        if self._sized_for != sized_for:
            # Fonts, margins and the style sheet follow the size and the language's font
            # only: set them again when one of those changes, not on every slide.
            self._sized_for = sized_for
            self._set_sizes(u, s)
        self._fit_body(u * 4.8 * s, u * 2.6)

    def _set_sizes(self, u: float, s: float) -> None:
        margin = int(u * 5)
        layout = self.layout()
        assert layout is not None
        layout.setContentsMargins(margin, int(u * 4), margin, int(u * 4))
        layout.setSpacing(int(u * 2.2))
        self.content.setSpacing(int(u * 4))
        self.title.setFont(self._font(u * 6.4 * s, bold=True))
        self.rule.setFixedHeight(max(2, int(u * 0.6)))
        self.why.setFont(self._font(u * 3.9 * s, bold=False))
        self.why.set_unit(u)
        self.quiz.unit = u
        self.quiz.scale = s
        self.quiz.update()

    def _fit_body(self, largest: float, smallest: float) -> None:
        """Shrink long text until it fits, rather than cut it off at the bottom of the screen."""
        if not self.body.isVisible() or self.height() <= 0:
            self.body.setFont(self._font(largest))
            return
        u = slide_unit(self.size())
        has_pictures = bool(self.pictures.pictures)
        available_w = (self.width() - u * 10) * (6 / 11 if has_pictures else 1)
        title_h = self.title.heightForWidth(int(self.width() - u * 10))
        if self.slide is not None and self.slide.question is not None:
            # A question's own text shares the screen with the choices: keep it short.
            available_h = self.height() * 0.2
        else:
            available_h = self.height() - u * 13 - title_h
        size = largest
        while True:
            font = self._font(size)
            self.body.setFont(font)
            if size <= smallest or self.body.heightForWidth(int(available_w)) <= available_h:
                return
            size *= 0.92

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(6, int(pixels)))
        font.setBold(bold)
        return font
