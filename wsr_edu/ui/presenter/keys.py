"""The keys presentation clickers send, handled the same in every window of a session."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Key = Qt.Key

TYPING_KEEPS_ONLY = (Key.Key_PageDown, Key.Key_PageUp, Key.Key_Escape, Key.Key_F5, Key.Key_F11)
"""In a box where words are typed, only these keys still work the presentation."""

COMMIT_KEYS = (Key.Key_Return, Key.Key_Enter)


class PresenterKeys(QObject):
    """The session's key filter, active while presenting.

    Clickers send Right/PageDown/Space and Left/PageUp (and B, F5, Esc); they must work
    whatever has keyboard focus, so the filter acts on them before the focused widget does:

    - in a count box, digits, Up/Down and Backspace edit the count; Enter commits it and
      gives the focus back to the slide; a presentation key commits it, gives the focus back
      and then acts;
    - in a box where words are typed (a name, a code), every key types except PageDown,
      PageUp, Esc, F5 and F11;
    - combo boxes, buttons and check boxes never take a presentation key: Space turns the
      slide, and Enter presses a button reached with Tab.

    `focus_home(widget)` gives the keyboard back to the slide after a count was committed or
    a presentation key arrived at `widget`.
    """

    def __init__(
        self,
        windows: list[QWidget],
        actions: dict[Key, Callable[[], None]],
        parent: QObject | None = None,
        focus_home: Callable[[QWidget], None] | None = None,
        first_look: Callable[[Key], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.first_look: Callable[[Key], bool] = first_look or (lambda _key: False)
        """Sees every key first (the end-of-session question); True when it used the key."""
        self.windows = windows
        self.actions = actions
        self.focus_home: Callable[[QWidget], None] = focus_home or (lambda _widget: None)
        self._installed = False
        self._always: list[QWidget] = []
        """Watched whatever has the focus: the windows and the slide list (keys come home)."""
        self._watched: list[QWidget] = []
        """The focused widget and its parents up to its window: where a key goes first."""

    def add_window(self, window: QWidget) -> None:
        """Another window of the session (the attendance window) that obeys the clicker too."""
        if window not in self.windows:
            self.windows.append(window)
            self.watch(window)
            if self._installed:
                self._follow_focus(None, QApplication.focusWidget())

    def watch(self, widget: QWidget) -> None:
        """Watch `widget` whatever has the focus (the slide list, where the keyboard lives)."""
        if widget not in self._always:
            self._always.append(widget)
            if self._installed:
                widget.installEventFilter(self)

    def install(self) -> None:
        """Watch the session's windows and the widget with the keyboard focus.

        Not the whole application: a filter there is called from Python for every event of
        every widget (each widget's paint on each slide change, about a tenth of the change).
        A key goes first to the focused widget, then to its parents and the window; those are
        the only widgets watched, and the watch moves with the focus.
        """
        app = QApplication.instance()
        if not isinstance(app, QApplication) or self._installed:
            return
        for window in self.windows:
            self.watch(window)
        for widget in self._always:
            widget.installEventFilter(self)
        self._installed = True
        app.focusChanged.connect(self._follow_focus)
        self._follow_focus(None, QApplication.focusWidget())

    def remove(self) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication) or not self._installed:
            return
        self._installed = False
        app.focusChanged.disconnect(self._follow_focus)
        self._unwatch()
        for widget in self._always:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)

    def _follow_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        self._unwatch()
        if now is None or now.window() not in self.windows:
            return
        widget: QWidget | None = now
        while widget is not None and not widget.isWindow():
            if widget not in self._always:
                widget.installEventFilter(self)
                self._watched.append(widget)
            widget = widget.parentWidget()

    def _unwatch(self) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        # Decide by the widget the key was meant for: a key a widget keeps and then leaves
        # unused travels on to its parents, and must not become a presentation key there.
        focus = QApplication.focusWidget()
        target = (
            focus if isinstance(focus, QWidget) and focus.window() is watched.window() else watched
        )
        if target.window() not in self.windows:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = Key(key_event.key())
        if key_event.isAutoRepeat() and key == Key.Key_Escape:
            return True  # a held Esc must not answer its own question
        if self.first_look(key):
            return True
        spin = spin_box_of(target)
        if key in COMMIT_KEYS:
            if spin is not None:
                spin.interpretText()
                spin.editingFinished.emit()
                self.focus_home(target)
                return True
            if isinstance(target, QAbstractButton) and target.isEnabled():
                target.click()
                return True
            return False
        if key not in self.actions:
            return False
        if spin is None and is_typing_box(target) and key not in TYPING_KEEPS_ONLY:
            return False
        if spin is not None:
            spin.interpretText()
            spin.editingFinished.emit()
        self.focus_home(target)
        self.actions[key]()
        return True


def spin_box_of(widget: QWidget) -> QAbstractSpinBox | None:
    """The count box `widget` is, or is the text part of."""
    if isinstance(widget, QAbstractSpinBox):
        return widget
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox):
        return parent
    return None


def is_typing_box(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return False
