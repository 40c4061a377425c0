"""The complaint-line card in its own window, reachable from the library at any time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...curriculum.model import Curriculum
from ..presenter.complaint_card import ComplaintCard


class ComplaintCardWindow(QWidget):
    """Esc or Enter closes it; F11 toggles full screen for showing it on a projector."""

    def __init__(
        self, curriculum: Curriculum, language: str, scale: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Complaint line"))
        self.card = ComplaintCard()
        self.card.scale = scale
        self.card.show_line(curriculum, language)
        self.setAccessibleName(self.card.describe())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)
        self.resize(960, 540)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Complaint line"))
            self.setAccessibleName(self.card.describe())
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close()
        elif event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)
