"""A plain horizontal bar chart drawn with QPainter: readable at a glance, no chart library."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..theme import ACCENT, DANGER, INK, LINE, MUTED, PAPER

BAR_HEIGHT = 22
GAP = 6
LABEL_SHARE = 3
"""Fifths of a chart's width its labels may take."""


class BarChart(QWidget):
    """Labelled bars; `percent` shows values as shares of 1 and colours the weak ones."""

    def __init__(
        self,
        title: str,
        *,
        percent: bool = False,
        warn_below: float = 0.6,
        elide: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
        parent: QWidget | None = None,
    ) -> None:
        """`elide`: where a label too long for its room is cut (its end is kept by default,
        as in "Yes, all of it · Español (12/20)"; labels that lead with what matters are
        cut at the right)."""
        super().__init__(parent)
        self._elide = elide
        self._title = title
        self._percent = percent
        self._warn_below = warn_below
        self._bars: list[tuple[str, float]] = []
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_title(self, title: str) -> None:
        self._title = title
        self.update()

    def set_bars(self, bars: Sequence[tuple[str, float]], empty_text: str = "") -> None:
        self._bars = list(bars)
        self._empty_text = empty_text
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, float]]:
        return list(self._bars)

    def label_width(self) -> int:
        """The room the labels get, left of the bars: as much as the widest label needs, up
        to three fifths of the chart (the bars keep the rest, enough to compare them)."""
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(label) for label, _ in self._bars), default=0)
        return min(widest + 12, self.width() * LABEL_SHARE // 5)

    def shown_label(self, label: str, room: int | None = None) -> str:
        """`label` as drawn: cut to the room labels get (`label_width()` unless given, as
        the painting does once for all its bars), where this chart cuts them."""
        room = self.label_width() if room is None else room
        return QFontMetrics(self.font()).elidedText(label, self._elide, room - 8)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        metrics = QFontMetrics(self.font())
        rows = max(len(self._bars), 1)
        return QSize(420, metrics.height() * 2 + rows * (BAR_HEIGHT + GAP) + 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(PAPER))
        metrics = QFontMetrics(self.font())
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor(INK))
        top = metrics.height() + 4
        painter.drawText(
            QRectF(8, 4, self.width() - 16, metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            self._title,
        )
        painter.setFont(self.font())
        if not self._bars:
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRectF(8, top + 4, self.width() - 16, metrics.height() * 2),
                Qt.AlignmentFlag.AlignLeft,
                self._empty_text,
            )
            painter.end()
            return
        label_width = self.label_width()
        value_width = (
            metrics.horizontalAdvance("100%  ")
            if self._percent
            else metrics.horizontalAdvance(f"{max(v for _, v in self._bars):,.0f}  ")
        )
        area = max(self.width() - label_width - value_width - 16, 10)
        biggest = 1.0 if self._percent else max(max(v for _, v in self._bars), 1e-9)
        y = top + 6
        for label, value in self._bars:
            painter.setPen(QColor(INK))
            text = self.shown_label(label, label_width)
            painter.drawText(
                QRectF(8, y, label_width - 8, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                text,
            )
            painter.fillRect(
                QRectF(8 + label_width, y, area, BAR_HEIGHT), QColor(LINE).lighter(115)
            )
            weak = self._percent and value < self._warn_below
            colour = QColor(DANGER if weak else ACCENT)
            painter.fillRect(QRectF(8 + label_width, y, area * value / biggest, BAR_HEIGHT), colour)
            shown = f"{value:.0%}" if self._percent else f"{value:,.0f}"
            painter.setPen(QColor(DANGER if weak else INK))
            painter.drawText(
                QRectF(12 + label_width + area, y, value_width, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                shown,
            )
            y += BAR_HEIGHT + GAP
        painter.end()
