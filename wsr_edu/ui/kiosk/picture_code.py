"""Entering a card code by its three pictures: for a worker who cannot read the letters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...kiosk.assets import picture_word, spoken_file
from ...records.codes import PICTURE_COUNT, PICTURES, PictureCode, picture_file
from ..fonts import set_content_language
from ..presenter.images import Picture
from .parts import IconButton, PictureButton, centred_label
from .screens import Screen, set_flag
from .style import INK, MUTED, WRONG, draw_icon

CodeFinder = Callable[[PictureCode, Callable[[str | None], None]], None]
"""Looks three pictures up off the GUI thread and hands back the one code they name on this
laptop, or None (no code, or more than one: the kiosk never says which)."""


class Slot(QWidget):
    """One place of the sequence: the picture tapped for it, else its number, dashed."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.picture: Picture | None = None
        self.wrong = False
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(96, 96)

    def show_picture(self, index: int | None, wrong: bool = False) -> None:
        self.picture = Picture(picture_file(PICTURES[index])) if index is not None else None
        self.wrong = wrong
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        side = area.width()
        pen = QPen(QColor(WRONG if self.wrong else INK), max(3.0, side * 0.04))
        if self.picture is None:
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setColor(QColor(MUTED))
        painter.setPen(pen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(area, side * 0.12, side * 0.12)
        if self.picture is not None and self.picture.valid:
            if self.wrong:
                painter.setOpacity(0.45)
            self.picture.draw(
                painter, area.adjusted(side * 0.1, side * 0.1, -side * 0.1, -side * 0.1)
            )
            painter.setOpacity(1.0)
            if self.wrong:  # crossed out: these pictures named no card
                draw_icon(painter, "cross", area, WRONG)
        else:
            font = painter.font()
            font.setPixelSize(int(side * 0.4))
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, str(self.number))


class PictureCodeScreen(Screen):
    """Sixteen big pictures; three taps, in the card's order, name the worker's code.

    Each tap adds the picture to the next place and says its name; Undo takes the last one
    back, Cancel leaves without changing the code, ABC opens the letter keypad. After the third
    picture the screen asks `find` (off the GUI thread) and waits; `found(code)` then follows,
    or the pictures are crossed out with "not right, try again" in words and sound, the same
    whether no code or several have these pictures.
    """

    tapped = Signal(int)
    """A picture's index: say its name."""
    complete = Signal(object)
    """The three pictures (a tuple of indexes): look them up."""
    cancel = Signal()
    letters = Signal()

    def __init__(self, lang: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.chosen: list[int] = []
        self.wrong = False
        self.waiting = False
        layout = QVBoxLayout(self)
        self.heading = centred_label("")
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        row.addStretch(1)
        self.slots = [Slot(n + 1) for n in range(PICTURE_COUNT)]
        for slot in self.slots:
            row.addWidget(slot)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = centred_label("", "message")
        layout.addWidget(self.message)
        grid = QGridLayout()
        columns = (len(PICTURES) + 1) // 2
        self.keys: list[PictureButton] = []
        self.sounds: dict[Path, int] = {}
        for i, name in enumerate(PICTURES):
            key = PictureButton(picture_word(lang, i), picture_file(name), "tile")
            key.label.setObjectName("pictureName")
            set_content_language(key, lang or "")
            key.clicked.connect(lambda _=False, index=i: self._tap(index))
            grid.addWidget(key, i // columns, i % columns)
            self.keys.append(key)
            sound = spoken_file(lang, f"picture-{name}")
            if sound is not None:
                self.sounds[sound] = i
        self.grid = grid
        layout.addLayout(grid, 1)
        bottom = QHBoxLayout()
        self.cancel_button = IconButton("", "cross")
        self.cancel_button.clicked.connect(lambda _=False: self.cancel.emit())
        self.letters_button = QPushButton("ABC")
        self.letters_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.letters_button.clicked.connect(lambda _=False: self.letters.emit())
        self.undo = IconButton("", "back")
        self.undo.clicked.connect(self._undo)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.letters_button)
        bottom.addStretch(1)
        bottom.addWidget(self.undo)
        layout.addLayout(bottom)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Touch the 3 pictures on your card"))
        self.cancel_button.set_words(self.tr("Cancel"))
        self.undo.set_words(self.tr("Undo"))
        self.letters_button.setAccessibleName(self.tr("Type the letters"))
        self.message.setText(
            self.tr("These pictures are not right. Look at your card and try again.")
            if self.wrong
            else ""
        )

    def _tap(self, index: int) -> None:
        if self.waiting:
            return
        if self.wrong or len(self.chosen) >= PICTURE_COUNT:
            self.chosen = []
            self.wrong = False
        self.chosen.append(index)
        self._show()
        self.tapped.emit(index)
        if len(self.chosen) == PICTURE_COUNT:
            self.waiting = True
            self._show()
            self.complete.emit(tuple(self.chosen))

    def _undo(self) -> None:
        if self.waiting:
            return
        if self.wrong:
            self.chosen = []
            self.wrong = False
        self.chosen = self.chosen[:-1]
        self._show()

    def not_found(self) -> None:
        """The pictures named no card: cross them out and let the worker try again."""
        self.waiting = False
        self.wrong = True
        self._show()

    def _show(self) -> None:
        for n, slot in enumerate(self.slots):
            slot.show_picture(self.chosen[n] if n < len(self.chosen) else None, self.wrong)
        self.undo.setEnabled(bool(self.chosen) and not self.waiting)
        for key in self.keys:
            key.setEnabled(not self.waiting)
        self.retranslate()

    def playing(self, path: Path | None) -> None:
        lit = self.sounds.get(path) if path is not None else None
        for i, key in enumerate(self.keys):
            set_flag(key, "lit", i == lit)

    def set_unit(self, u: float) -> None:
        super().set_unit(u)
        self.grid.setSpacing(int(u * 2))
        side = max(56, int(u * 13))
        for slot in self.slots:
            slot.setFixedSize(QSize(side, side))
        for key in self.keys:
            key.setMinimumSize(QSize(max(64, int(u * 8)), max(64, int(u * 8))))


def pictures_icon(pictures: PictureCode, side: int = 96) -> QIcon:
    """The three pictures side by side, for the "My code" button once they found a card."""
    pixmap = QPixmap(side * len(pictures), side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for n, index in enumerate(pictures):
        Picture(picture_file(PICTURES[index])).draw(
            painter, QRectF(n * side + side * 0.06, side * 0.06, side * 0.88, side * 0.88)
        )
    painter.end()
    return QIcon(pixmap)
