"""Building blocks of kiosk screens: icon buttons, pictograms, and buttons holding a picture."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..presenter.images import Picture
from ..text import RLM, plain_label
from .style import INK, draw_icon, icon


def centred_label(text: str, name: str = "screenTitle") -> QLabel:
    """A wrapped, centred label styled by its object name (titles, hints, messages)."""
    label = plain_label(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class IconButton(QPushButton):
    """A big button with a pictogram and a word: the word for readers, the picture for all."""

    def __init__(
        self, text: str, icon_name: str, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self.icon_name = icon_name
        if name:
            self.setObjectName(name)
        self.setAccessibleName(text)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.set_colour("#ffffff" if name == "primary" else INK)

    def set_words(self, text: str) -> None:
        """New words (another language): shown and read aloud alike."""
        self.setText(text)
        self.setAccessibleName(text)

    def set_colour(self, colour: str) -> None:
        self.setIcon(icon(self.icon_name, colour, 128))

    def set_unit(self, u: float) -> None:
        side = max(24, int(u * 6))
        self.setIconSize(QSize(side, side))


class Pictogram(QWidget):
    """A picture file drawn to fit, or a plain pictogram when there is none."""

    def __init__(
        self, path: Path | None = None, fallback: str = "module", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.picture = Picture(path)
        self.fallback = fallback
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:
        return QSize(160, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if self.picture.valid:
            self.picture.draw(painter, area)
        else:
            draw_icon(painter, self.fallback, area, "#5b6b8c")


class PictureButton(QPushButton):
    """A button holding a large picture above wrapped text (module tiles, quiz choices)."""

    def __init__(
        self,
        text: str,
        picture: Path | None,
        name: str,
        fallback: str = "module",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(text.strip(RLM))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        self.pictogram = Pictogram(picture, fallback)
        self.label = plain_label(text)
        self.label.setObjectName("tileTitle" if name == "tile" else "choiceText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.pictogram, 3)
        layout.addWidget(self.label, 0)
        # Every other marker (status icon) goes over the picture's top corner.
        self.badge = QLabel(self)
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.badge.hide()

    def sizeHint(self) -> QSize:
        return QSize(220, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(96, 96)

    def set_badge(self, pixmap_icon: str | None, colour: str = INK, side: int = 64) -> None:
        if pixmap_icon is None:
            self.badge.hide()
            return
        self.badge.setPixmap(icon(pixmap_icon, colour, side).pixmap(side, side))
        self.badge.setFixedSize(side, side)
        self.badge.move(8, 8)
        self.badge.show()
        self.badge.raise_()
