"""The complaint-line card that ends every module: the number in very large digits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from ...curriculum.languages import LANGUAGES, is_rtl
from ...curriculum.model import Curriculum
from ..fonts import set_content_language
from ..room_words import RoomWords
from ..text import bidi
from ..theme import CARD_BG, CARD_NUMBER
from .quiz_view import fit_font
from .slide_view import slide_unit


class ComplaintCard(QWidget):
    """Number, hours, the languages it answers in (each in its own name), and the note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.curriculum: Curriculum | None = None
        self.language = "en"
        self.scale = 1.0
        self.spoken = False
        self.words = RoomWords("ComplaintCard")
        """The room (or a worker at the kiosk) reads the card: in the teaching language."""

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        return self.words.tr(source, disambiguation, n)

    def heading_text(self) -> str:
        return self.tr("Complaint line")

    def show_line(self, curriculum: Curriculum, language: str) -> None:
        self.curriculum = curriculum
        self.language = language
        known = curriculum.language(language)
        # A spoken language is not read: the card shows the number, not words in another one.
        self.spoken = known is not None and known.spoken_only
        self.words.language = language
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
        )
        set_content_language(self, language)
        self.setAccessibleName(self.describe())
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.describe())
            self.update()
        super().changeEvent(event)

    def lines(self) -> tuple[str, str, str, str]:
        """The number, hours, language names and the note, ready to show."""
        line = self.curriculum.complaint_line if self.curriculum else None
        if line is None:
            return (
                "",
                "",
                "",
                self.tr(
                    "This curriculum names no complaint line. Add one in "
                    "curriculum.toml under [complaint_line]."
                ),
            )
        names = []
        for code in line.languages:
            known = self.curriculum.language(code) if self.curriculum else None
            names.append(
                known.name if known else LANGUAGES[code].native_name if code in LANGUAGES else code
            )
        default = self.curriculum.default_language if self.curriculum else "en"
        note = "" if self.spoken else line.note(self.language, default)
        return line.number, line.hours, " · ".join(names), note

    def shown_lines(self) -> tuple[str, str, str, str]:
        """`lines()` anchored for the card's language, so punctuation lands at the right end."""
        number, hours, languages, note = self.lines()
        return number, bidi(hours, self.language), languages, bidi(note, self.language)

    def describe(self) -> str:
        number, hours, languages, note = self.lines()
        heading = "" if self.spoken else self.heading_text()
        return ". ".join(p for p in (heading, number, hours, languages, note) if p)

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setLayoutDirection(self.layoutDirection())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(CARD_BG))
        u = slide_unit(self.size())
        s = self.scale
        number, hours, languages, note = self.shown_lines()
        area = QRectF(self.rect()).adjusted(u * 6, u * 5, -u * 6, -u * 5)
        centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        wrap = centre | int(Qt.TextFlag.TextWordWrap)
        y = area.top()

        def block(
            text: str,
            pixels: float,
            colour: str,
            bold: bool,
            height: float,
            smallest: float | None = None,
            interface: bool = False,
        ) -> None:
            nonlocal y
            rect = QRectF(area.left(), y, area.width(), height)
            font = QFont(self.font())
            if interface:  # in English, whose script may differ from the lesson's
                font.setFamilies(QApplication.font().families())
            font.setBold(bold)
            font = fit_font(font, text, rect, pixels, smallest or pixels * 0.5)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            painter.drawText(rect, wrap, text)
            y += height

        # A language without its own translation gets the English heading, in a Latin font.
        translated = self.words.translated
        if self.spoken and number:
            # No heading to read: the number, hours and languages sit in the middle.
            y = area.top() + max(0.0, (area.height() - u * 48) / 2)
        else:
            block(self.heading_text(), u * 6 * s, "#dbe4ff", True, u * 10, interface=not translated)
        if number:
            # The digits get all the width they can: people copy them down from the back.
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(100)
            width = QFontMetricsF(font).horizontalAdvance(number)
            pixels = min(u * 26, area.width() * 0.92 / max(width, 1) * 100)
            block(number, pixels, CARD_NUMBER, True, u * 28)
            block(hours, u * 8 * s, "#ffffff", True, u * 11)
            block(languages, u * 5 * s, "#ffffff", False, u * 9)
        block(
            note,
            u * 4.6 * s,
            "#ffffff",
            False,
            area.bottom() - y,
            u * 2.5,
            not number and not translated,
        )
