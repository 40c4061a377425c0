"""Small widgets shared by several screens: the header bar and the text-size control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .theme import Appearance


def label(text: str = "", name: str = "", wrap: bool = False) -> QLabel:
    widget = QLabel(text)
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
        self.title = label(title, "appTitle")
        self.subtitle = label(subtitle, "appSubtitle")
        texts.addWidget(self.title)
        if subtitle:
            texts.addWidget(self.subtitle)
        row.addLayout(texts, 1)
        self.actions = row


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
        self.smaller = button("A−", self.tr("Smaller text"), name, tab_only=True)
        self.bigger = button("A+", self.tr("Bigger text"), name, tab_only=True)
        self.smaller.setToolTip(self.tr("Smaller text (Ctrl+−)"))
        self.bigger.setToolTip(self.tr("Bigger text (Ctrl++)"))
        self.value = label("")
        self.value.setAccessibleName(self.tr("Text size"))
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
        self._show(appearance.scale)

    def _show(self, scale: float) -> None:
        self.value.setText(self.tr("Text %1%").replace("%1", str(round(scale * 100))))
