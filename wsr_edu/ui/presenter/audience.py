"""The audience window: the room's picture, placed by displays.Displays."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...curriculum.languages import is_rtl
from ...session.presentation import Presentation
from ..theme import Appearance
from .stage import Stage


class AudienceWindow(QWidget):
    """Shows the presentation's current position and nothing else: no buttons, no notes."""

    def __init__(
        self, presentation: Presentation, appearance: Appearance, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.presentation = presentation
        self.retranslate()
        self.setObjectName("audience")
        self.setStyleSheet("#audience { background: #000000; }")
        self.stage = Stage()
        self.stage.set_scale(appearance.scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        appearance.changed.connect(self._rescale)
        presentation.changed.connect(self.refresh)
        self.allow_close = False
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("wsr-edu: audience screen"))
        self.setAccessibleName(self.tr("Audience screen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        p = self.presentation
        # The room reads the lesson's language: right-to-left scripts lay out mirrored, even
        # when the facilitator's own interface runs left to right.
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(p.language) else Qt.LayoutDirection.LeftToRight
        )
        self.stage.show_position(p)

    def _rescale(self, scale: float) -> None:
        self.stage.set_scale(scale)
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by the window manager while teaching: hide only, so F5 can bring it back.
        if not self.allow_close:
            event.ignore()
            self.hide()
            return
        super().closeEvent(event)
