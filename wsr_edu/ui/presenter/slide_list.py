"""The console's slide list: rows painted by their own delegate inside a self-painted frame.

Kept clear of the style sheet on purpose: with any style-sheet box rule (background, border,
padding) Qt repaints a list many times more slowly, and this list repaints on every slide change.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..theme import ACCENT, FOCUS, INK, LINE, PAPER, SELECTED


class SlideRow(QStyledItemDelegate):
    """One row of the slide list, painted directly in the look the style sheet gives other
    lists (theme.py: padding 6, margin 1, a 4-pixel bar on the chosen row).

    The style sheet's own drawing of each row is most of the console's repaint on a slide
    change; this draws the same picture in a fraction of the time.
    """

    PADDING = 6
    MARGIN = 1
    BAR = 4
    RADIUS = 6.0

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        box = QRectF(option.rect).adjusted(0, self.MARGIN, 0, -self.MARGIN)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        right_to_left = option.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
        painter.save()
        if selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            path = QPainterPath()
            path.addRoundedRect(box, self.RADIUS, self.RADIUS)
            painter.fillPath(path, QColor(SELECTED))
            painter.setClipPath(path)
            bar_x = box.right() - self.BAR if right_to_left else box.left()
            painter.fillRect(QRectF(bar_x, box.top(), self.BAR, box.height()), QColor(ACCENT))
            painter.setClipping(False)
        inset = self.BAR + self.PADDING
        text_box = box.adjusted(
            self.PADDING if right_to_left else inset,
            self.PADDING,
            -(inset if right_to_left else self.PADDING),
            -self.PADDING,
        )
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        text = metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            int(text_box.width()),
        )
        painter.setFont(option.font)  # type: ignore[attr-defined]
        painter.setPen(QColor(INK))
        painter.setLayoutDirection(option.direction)  # type: ignore[attr-defined]
        align = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        painter.drawText(
            text_box, int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine), text
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = option.fontMetrics.height() + 2 * (self.PADDING + self.MARGIN)  # type: ignore[attr-defined]
        return QSize(option.rect.width(), height)  # type: ignore[attr-defined]


class SlideList(QListView):
    """The slide list; typing does not jump in it (a count typed into the wrong window, say
    "23", must not move the room two slides on).

    A list view painted by `SlideRow` inside a `ListFrame`, styled by neither the style sheet
    nor its rules for lists: with any of those rules Qt repaints a list more than ten times
    more slowly, and this one repaints on every slide change.
    """

    currentRowChanged = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._rows = QStandardItemModel(self)
        self.setModel(self._rows)
        self.setItemDelegate(SlideRow(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(PAPER))
        self.setPalette(palette)
        selection = self.selectionModel()
        selection.currentRowChanged.connect(
            lambda now, _before: self.currentRowChanged.emit(now.row())
        )

    def keyboardSearch(self, search: str) -> None:
        return

    # The little of QListWidget the console and its tests use.
    def addItem(self, item: QStandardItem) -> None:
        self._rows.appendRow(item)

    def clear(self) -> None:
        self._rows.clear()

    def count(self) -> int:
        return self._rows.rowCount()

    def item(self, row: int) -> QStandardItem | None:
        return self._rows.item(row)

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def currentItem(self) -> QStandardItem | None:
        row = self.currentRow()
        return self._rows.item(row) if row >= 0 else None

    def setCurrentRow(self, row: int) -> None:
        self.setCurrentIndex(self._rows.index(row, 0))


class ListFrame(QWidget):
    """The rounded box around the slide list, with the focus ring other lists have
    (theme.py), painted here so the list stays clear of the style sheet."""

    def __init__(self, inner: QWidget) -> None:
        super().__init__()
        self.inner = inner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(inner)
        inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        focused = self.inner.hasFocus()
        width = 3.0 if focused else 1.0
        box = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.setPen(QPen(QColor(FOCUS if focused else LINE), width))
        painter.setBrush(QColor(PAPER))
        painter.drawRoundedRect(box, 8.0, 8.0)
