"""The console's quiz controls: show-of-hands counts per choice and the reveal button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...session.presentation import Presentation
from ..fonts import set_content_language
from ..text import plain_label, plain_tooltip
from ..theme import choice_style
from ..widgets import button, label
from .shapes import draw_badge

MAX_HANDS = 9999


class Badge(QWidget):
    """The choice's coloured shape with its letter, the same as the audience sees."""

    def __init__(self, index: int, letter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.letter = letter
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        side = int(self.fontMetrics().height() * 2)
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_badge(
            painter,
            choice_style(self.index),
            self.letter,
            QRectF(self.rect()).adjusted(1, 1, -1, -1),
            self.font(),
        )


class QuizPanel(QFrame):
    """Counts typed here go to the session's tally; the reveal shows the answer to the room."""

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.presentation = presentation
        self.spins: list[QSpinBox] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(6)
        top = QHBoxLayout()
        self.heading = label("", "sectionTitle")
        top.addWidget(self.heading)
        self.summary = label("", "muted", wrap=True)
        top.addWidget(self.summary, 1)
        left.addLayout(top)
        # The reveal button sits on the heading's line, so the panel fits a 1024-pixel screen.
        self.reveal = button("", name="primary", tab_only=True)
        self.reveal.clicked.connect(presentation.toggle_reveal)
        top.addWidget(self.reveal, 0, Qt.AlignmentFlag.AlignVCenter)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        left.addLayout(self.grid)
        layout.addLayout(left, 1)
        self._slide_id: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Show of hands"))
        self.summary.setAccessibleName(self.tr("Count summary"))
        self._slide_id = None  # the spin boxes' names are rebuilt in the new language
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        slide = self.presentation.slide
        question = slide.question if slide is not None else None
        self.setVisible(question is not None)
        if slide is None or question is None:
            self._slide_id = None
            return
        tally = self.presentation.tally(slide)
        # The choices' words are the lesson's: a change of teaching language (L) redraws them.
        key = f"{slide.id}:{self.presentation.language}:{len(question.choices)}"
        if key != self._slide_id:
            self._rebuild(slide.question.choices if slide.question else ())
            self._slide_id = key
        assert tally is not None
        for spin, count in zip(self.spins, tally.counts, strict=True):
            if spin.value() != count:
                spin.blockSignals(True)
                spin.setValue(count)
                spin.blockSignals(False)
        revealed = self.presentation.revealed(slide)
        self.reveal.setText(
            self.tr("Hide answer (R)") if revealed else self.tr("Reveal answer (R)")
        )
        self.reveal.setAccessibleName(
            self.tr("Hide the answer") if revealed else self.tr("Reveal the answer")
        )
        if tally.share_correct is None:
            self.summary.setText(self.tr("No hands counted yet"))
        else:
            self.summary.setText(
                self.tr("%n hand(s) in all, %1% on right answers", "", tally.total).replace(
                    "%1", str(round(tally.share_correct * 100))
                )
            )

    def _rebuild(self, choices: tuple) -> None:  # type: ignore[type-arg]
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.spins = []
        for i, choice in enumerate(choices):
            letter = choice.letter(i)
            spin = QSpinBox()
            spin.setRange(0, MAX_HANDS)
            spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin.setFixedWidth(spin.fontMetrics().horizontalAdvance("00000") + 24)
            spin.setAccessibleName(
                self.tr("Hands for choice %1: %2").replace("%1", letter).replace("%2", choice.text)
            )
            spin.setToolTip(plain_tooltip(choice.text))
            spin.valueChanged.connect(
                lambda value, index=i: self.presentation.set_count(index, value)
            )
            text = plain_label(choice.text)
            set_content_language(text, self.presentation.language)
            text.setWordWrap(True)
            text.setBuddy(spin)
            text.setMinimumWidth(10)
            column = (i % 2) * 3
            row = i // 2
            self.grid.addWidget(Badge(i, letter), row, column)
            self.grid.addWidget(spin, row, column + 1)
            self.grid.addWidget(text, row, column + 2)
            self.spins.append(spin)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(5, 1)
