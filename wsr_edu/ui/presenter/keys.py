"""The keys presentation clickers send, handled the same in the console and audience windows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QWidget

Key = Qt.Key


class PresenterKeys(QObject):
    """An application-wide key filter active while presenting.

    Clickers send Right/PageDown/Space and Left/PageUp; list views and other widgets would
    swallow some of those, so the filter handles them before the focused widget does. Widgets
    that need a key for their own work keep it: digits and arrows in a count box, Space on a
    button reached with Tab.
    """

    def __init__(
        self,
        windows: list[QWidget],
        actions: dict[Key, Callable[[], None]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.windows = windows
        self.actions = actions

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() not in self.windows:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = Key(key_event.key())
        if key not in self.actions or self._widget_keeps(watched, key):
            return False
        self.actions[key]()
        return True

    @staticmethod
    def _widget_keeps(widget: QWidget, key: Key) -> bool:
        if isinstance(widget, QAbstractSpinBox):
            return key not in (Key.Key_PageDown, Key.Key_PageUp, Key.Key_Escape, Key.Key_F5)
        if isinstance(widget, QComboBox):
            return key in (Key.Key_Space,)
        if isinstance(widget, QAbstractButton):
            return key == Key.Key_Space
        return False
