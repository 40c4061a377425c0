"""Panels drawn over the kiosk: "Are you still there?" and the admin's PIN pad."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...kiosk.config import KioskFileError
from ...kiosk.lockout import Outcome, PinGuard, PinResult
from ...kiosk.pin import MAX_DIGITS
from .parts import IconButton, centred_label


class Overlay(QWidget):
    """A dimmed layer covering the whole window with one centred panel."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        self.dialog = QFrame()
        self.dialog.setObjectName("dialog")
        self.body = QVBoxLayout(self.dialog)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.dialog, 3)
        row.addStretch(1)
        outer.addLayout(row, 6)
        outer.addStretch(1)
        self.hide()

    def retranslate(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def set_unit(self, u: float) -> None:
        m = int(u * 3)
        self.body.setContentsMargins(m, m, m, m)
        self.body.setSpacing(int(u * 2))
        for button in self.findChildren(IconButton):
            button.set_unit(u)


class StillThere(Overlay):
    """Asks whether the worker is still there, counting down to a fresh start."""

    still_here = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget, seconds: int) -> None:
        super().__init__(parent)
        # Opaque, not dimmed: the next person must not read the last worker's answer behind it.
        self.setObjectName("stillThere")
        self.setStyleSheet("#stillThere { background: rgb(20, 33, 61); }")
        self.seconds = seconds
        self.left = seconds
        self.question = centred_label("", "screenTitle")
        self.body.addWidget(self.question)
        self.count = centred_label("", "countdown")
        self.body.addWidget(self.count, 1)
        self.button = IconButton("", "person", "primary")
        self.button.clicked.connect(self._here)
        self.body.addWidget(self.button)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._step)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.button.set_words(self.tr("I'm still here"))

    def start(self) -> None:
        self.left = self.seconds
        self.count.setText(str(self.left))
        self.cover()
        self._tick.start()

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    @property
    def running(self) -> bool:
        return self._tick.isActive()

    def _step(self) -> None:
        self.left -= 1
        self.count.setText(str(max(self.left, 0)))
        if self.left <= 0:
            self.stop()
            self.expired.emit()

    def _here(self) -> None:
        self.stop()
        self.still_here.emit()

    def set_unit(self, u: float) -> None:
        super().set_unit(u)
        self.button.setMinimumHeight(max(48, int(u * 16)))


class PinPad(Overlay):
    """Digits 0-9 for the admin PIN; five wrong tries lock it for a growing time."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget, guard: PinGuard) -> None:
        super().__init__(parent)
        self.guard = guard
        self.typed = ""
        # The panel takes the screen's height, and Cancel sits beside the heading, so the
        # keys never crowd it at 1024x768 or 1366x768.
        outer = self.layout()
        if isinstance(outer, QVBoxLayout):
            outer.setStretch(0, 0)
            outer.setStretch(2, 0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        top = QHBoxLayout()
        self.heading = centred_label("", "screenTitle")
        self.cancel = IconButton("", "cross")
        self.cancel.clicked.connect(self._cancel)
        top.addWidget(self.heading, 1)
        top.addWidget(self.cancel)
        self.body.addLayout(top)
        self.dots = centred_label("", "pinDots")
        self.body.addWidget(self.dots)
        self.message = centred_label("", "message")
        self.body.addWidget(self.message)
        grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        for i, digit in enumerate("123456789"):
            self._key(grid, digit, i // 3, i % 3)
        self.clear = IconButton("", "back")
        self.clear.clicked.connect(self._delete)
        grid.addWidget(self.clear, 3, 0)
        self._key(grid, "0", 3, 1)
        self.ok = IconButton("", "check", "primary")
        self.ok.clicked.connect(self._ok)
        grid.addWidget(self.ok, 3, 2)
        for button in (self.clear, self.ok, self.cancel):
            button.setProperty("pad", True)
        self.grid = grid
        self.body.addLayout(grid, 1)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._refresh_lock)
        self._tries_left: int | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self._show_storage()
        self.clear.set_words(self.tr("Delete"))
        self.ok.set_words(self.tr("OK"))
        self.cancel.set_words(self.tr("Cancel"))
        if self._lock_timer.isActive():
            self._refresh_lock()
        elif self._tries_left is not None:
            self.message.setText(self.tr("Wrong PIN. %n try(ies) left.", "", self._tries_left))

    def _key(self, grid: QGridLayout, digit: str, row: int, column: int) -> None:
        button = QPushButton(digit)
        button.setObjectName("key")
        button.setProperty("pad", True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda _=False, d=digit: self.press(d))
        grid.addWidget(button, row, column)
        self.keys[digit] = button

    def open(self) -> None:
        self.typed = ""
        self._show_typed()
        self._tries_left = None
        self.message.setText("")
        self.cover()
        self._refresh_lock()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """The digits on a keyboard work as the keys on the screen; Backspace deletes, Enter
        is OK. True when the key was used (the window passes keys here while the pad shows)."""
        key = event.key()
        text = event.text()
        if text and text.isascii() and text.isdigit() and len(text) == 1:
            self.press(text)
        elif key == Qt.Key.Key_Backspace:
            self._delete()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._ok()
        else:
            return False
        event.accept()
        return True

    def _ok(self) -> None:
        """OK with nothing typed does nothing, and uses up no try."""
        if self.typed and not self._lock_timer.isActive():
            self.submit()

    def press(self, digit: str) -> None:
        if len(self.typed) < MAX_DIGITS and not self._lock_timer.isActive():
            self.typed += digit
            self._show_typed()

    def _delete(self) -> None:
        self.typed = self.typed[:-1]
        self._show_typed()

    def _show_typed(self) -> None:
        # U+2022 and U+2014 are in the bundled Noto Sans, so they show on a bare system too.
        self.dots.setText("• " * len(self.typed) if self.typed else "—")
        self.ok.setEnabled(bool(self.typed) and not self._lock_timer.isActive())

    def submit(self) -> None:
        try:
            result = self.guard.check(self.typed)
        except (KioskFileError, OSError):  # the guard keeps its count in memory; belt and braces
            result = PinResult(Outcome.LOCKED, 0, 1.0)
        self._show_storage()
        self.typed = ""
        self._show_typed()
        self._tries_left = None
        if result.outcome is Outcome.ACCEPTED:
            self.message.setText("")
            self.hide()
            self.accepted.emit()
        elif result.outcome is Outcome.WRONG and result.locked_for <= 0:
            self._tries_left = result.tries_left
            self.retranslate()
        else:
            self._refresh_lock()

    def _show_storage(self) -> None:
        # One short line in place of the heading: the pad has no room for more.
        if self.guard.storage_problem is None:
            self.heading.setText(self.tr("Administrator PIN"))
        else:
            self.heading.setText(self.tr("PIN: the disk is full"))

    def _refresh_lock(self) -> None:
        try:
            left = self.guard.seconds_locked()
        except (KioskFileError, OSError):
            left = 1.0
        locked = left > 0
        for button in self.keys.values():
            button.setEnabled(not locked)
        self.ok.setEnabled(not locked and bool(self.typed))
        if locked:
            self.message.setText(
                self.tr("Too many wrong PINs. Try again in %n second(s).", "", math.ceil(left))
            )
            if not self._lock_timer.isActive():
                self._lock_timer.start()
        elif self._lock_timer.isActive():
            self._lock_timer.stop()
            self.message.setText("")

    def _cancel(self) -> None:
        self.typed = ""
        self._lock_timer.stop()
        self.hide()
        self.cancelled.emit()
