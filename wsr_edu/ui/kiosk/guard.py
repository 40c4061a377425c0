"""Keeping the kiosk locked: blocked keys, the hidden admin gestures, and the idle timer."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from .hooks import Hook

CORNER_PX = 90
"""Size of the top-left square where five quick taps call the admin PIN pad."""
TAPS = 5
TAP_WINDOW_S = 3.0

ADMIN_CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier,
    Qt.Key.Key_K,
)

_MODS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.MetaModifier
)


def is_blocked_key(event: QKeyEvent) -> bool:
    """Keys that close, hide or switch away from a window in most desktops."""
    key = event.key()
    mods = event.modifiers() & _MODS
    ctrl = Qt.KeyboardModifier.ControlModifier
    alt = Qt.KeyboardModifier.AltModifier
    if key in (
        Qt.Key.Key_Escape,
        Qt.Key.Key_Close,
        Qt.Key.Key_Exit,
        Qt.Key.Key_Back,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Meta,
    ):
        return True
    if key == Qt.Key.Key_F4 and mods & (alt | ctrl):
        return True
    if mods & ctrl and key in (Qt.Key.Key_W, Qt.Key.Key_Q):
        return True
    if mods & alt and key in (Qt.Key.Key_Tab, Qt.Key.Key_Space):
        return True
    return bool(mods & Qt.KeyboardModifier.MetaModifier)


class LockGuard(QObject):
    """An application-wide event filter for the kiosk window.

    It eats blocked keys before any widget sees them, notices the admin key chord and five
    taps in the top-left corner within three seconds, and reports every input for idle timing.
    """

    def __init__(self, window: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.admin_requested = Hook()
        self.activity = Hook()
        self.window = window
        self.clock = clock
        self._taps: list[float] = []
        self.blocked = 0
        """How many key presses were eaten (for tests and the soak run)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if kind == QEvent.Type.KeyPress:
                self.activity.emit()
                if self._is_admin_chord(event):
                    self.admin_requested.emit()
                    return True
            if is_blocked_key(event):
                if kind == QEvent.Type.KeyPress:
                    self.blocked += 1
                return True
            return False
        if kind == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            self.activity.emit()
            self._tap(event.globalPosition().toPoint())
        elif kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.Wheel,
            QEvent.Type.MouseMove,
            QEvent.Type.TabletPress,
        ):
            self.activity.emit()
        return False

    @staticmethod
    def _is_admin_chord(event: QKeyEvent) -> bool:
        mods, key = ADMIN_CHORD
        return event.key() == key and (event.modifiers() & _MODS) == mods

    def _tap(self, global_pos: QPoint) -> None:
        local = self.window.mapFromGlobal(global_pos)
        if not (0 <= local.x() < CORNER_PX and 0 <= local.y() < CORNER_PX):
            self._taps.clear()
            return
        now = self.clock()
        self._taps = [t for t in self._taps if now - t <= TAP_WINDOW_S] + [now]
        if len(self._taps) >= TAPS:
            self._taps.clear()
            self.admin_requested.emit()


class IdleTimer(QObject):
    """Fires `idle` after `seconds` without input; any activity starts the count again."""

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle = Hook()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_seconds(seconds)
        self.paused = False

    def set_seconds(self, seconds: float) -> None:
        self._timer.setInterval(max(1, int(seconds * 1000)))

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def remaining_ms(self) -> int:
        """Milliseconds until the kiosk asks "still there?"; -1 while nothing counts down."""
        return self._timer.remainingTime()

    def poke(self) -> None:
        if not self.paused:
            self._timer.start()

    def pause(self) -> None:
        self.paused = True
        self._timer.stop()

    def resume(self) -> None:
        self.paused = False
        self._timer.start()
