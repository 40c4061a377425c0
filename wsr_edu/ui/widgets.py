"""Small widgets shared by several screens: header bar, text size, interface language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .fonts import set_content_language
from .i18n import language_choices
from .text import plain_label
from .theme import Appearance


def is_language_change(event: QEvent) -> bool:
    """True for the event Qt sends every widget when the interface language changes."""
    return event.type() == QEvent.Type.LanguageChange


def label(text: str = "", name: str = "", wrap: bool = False) -> QLabel:
    widget = plain_label(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def button(text: str, accessible: str = "", name: str = "", tab_only: bool = False) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(accessible or text.replace("&", ""))
    if name:
        widget.setObjectName(name)
    if tab_only:
        # A mouse click must not move keyboard focus onto the button: the next press of a
        # presentation clicker's Space would press it again instead of turning the slide.
        widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return widget


def canvas_layout(window: QMainWindow) -> QVBoxLayout:
    """Give a main window its styled background and return the edge-to-edge column to fill."""
    root = QWidget()
    root.setObjectName("canvas")
    window.setCentralWidget(root)
    outer = QVBoxLayout(root)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    return outer


class HeaderBar(QFrame):
    """The dark band at the top of a window: a title, a subtitle and room for buttons."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 16, 12)
        row.setSpacing(10)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        # Wrapping, so a long module title or translation never widens the window.
        self.title = label(title, "appTitle", wrap=True)
        self.subtitle = label(subtitle, "appSubtitle", wrap=True)
        texts.addWidget(self.title)
        if subtitle:
            texts.addWidget(self.subtitle)
        row.addLayout(texts, 1)
        self.action_row = row


class TextSizeControl(QWidget):
    """Smaller / bigger text buttons with the current size, also on Ctrl+minus and Ctrl+plus."""

    def __init__(
        self, appearance: Appearance, on_dark: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.appearance = appearance
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        name = "onDark" if on_dark else ""
        self.smaller = button("A−", "", name, tab_only=True)
        self.bigger = button("A+", "", name, tab_only=True)
        self.value = label("")
        row.addWidget(self.smaller)
        row.addWidget(self.value)
        row.addWidget(self.bigger)
        self.smaller.clicked.connect(appearance.smaller)
        self.bigger.clicked.connect(appearance.bigger)
        for keys, slot in (
            ("Ctrl+-", appearance.smaller),
            ("Ctrl+=", appearance.bigger),
            ("Ctrl++", appearance.bigger),
            ("Ctrl+0", lambda: appearance.set_scale(1)),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        appearance.changed.connect(self._show)
        self.retranslate()

    def retranslate(self) -> None:
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.bigger.setAccessibleName(self.tr("Bigger text"))
        self.smaller.setToolTip(self.tr("Smaller text (Ctrl+−)"))
        self.bigger.setToolTip(self.tr("Bigger text (Ctrl++)"))
        self.value.setAccessibleName(self.tr("Text size"))
        self._show(self.appearance.scale)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _show(self, scale: float) -> None:
        self.value.setText(self.tr("Text %1%").replace("%1", str(round(scale * 100))))


class InterfaceLanguageBox(QComboBox):
    """The interface language, each named in itself; the first entry follows the computer.

    Choosing one calls `choose(code)` ('' for the computer's language), which switches the
    translators at once and keeps the choice (AppContext.set_interface_language).
    """

    def __init__(
        self, current: str, choose: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choose = choose
        # Bengali's own font first: the names include বাংলা, which a Latin font cannot shape.
        set_content_language(self, "bn")
        self.addItem("", "")
        for code, name in language_choices():
            self.addItem(name, code)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.setItemText(0, self.tr("Computer's language"))
        self.setAccessibleName(self.tr("Interface language"))
        self.setToolTip(self.tr("Language of the buttons and menus (not of the lessons)"))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _chosen(self, index: int) -> None:
        self.choose(str(self.itemData(index) or ""))


class CountBox(QSpinBox):
    """A count box whose number is selected when it gets the keyboard, however it got it.

    Typing 23 into a box that shows 0 then gives 23, not 230 or 023.
    """

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            # The click that gave the focus places the cursor after this; select after it.
            QTimer.singleShot(0, self.selectAll)
        else:
            self.selectAll()


HEADCOUNT_DELAY_MS = 400
"""A spin box fires on every click and key: the count is given once they stop."""


class HeadcountBox(CountBox):
    """The number of people at a session: `counted` once the typing or clicking stops, at
    once on Enter (or a clicker key that ends the typing), or when `flush()` is called (the
    window closing mid-typing), so the number is never lost and saved once, not per key."""

    counted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 5000)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(HEADCOUNT_DELAY_MS)
        self._pause.timeout.connect(lambda: self.counted.emit(self.value()))
        self.valueChanged.connect(lambda _v: self._pause.start())
        self.editingFinished.connect(self.flush)

    def show_count(self, count: int) -> None:
        """Show `count` as stored: it is not given again."""
        self.blockSignals(True)
        self.setValue(count)
        self.blockSignals(False)

    def flush(self) -> None:
        """A count still waiting for the pause is given now."""
        if self._pause.isActive():
            self._pause.stop()
            self.counted.emit(self.value())
