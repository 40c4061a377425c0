"""The audience window: the room's picture, placed by displays.Displays."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...curriculum.languages import is_rtl
from ...session.displays import DisplayPlan
from ...session.presentation import Presentation
from ..theme import Appearance
from .images import PictureCache
from .slide_view import slide_unit
from .stage import Stage


class AudienceWindow(QWidget):
    """Shows the presentation's current position and nothing else: no buttons, no notes."""

    def __init__(
        self,
        presentation: Presentation,
        appearance: Appearance,
        parent: QWidget | None = None,
        pictures: PictureCache | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.presentation = presentation
        self.retranslate()
        self.setObjectName("audience")
        self.setStyleSheet("#audience { background: #000000; }")
        self.stage = Stage(pictures=pictures)
        self.stage.set_scale(appearance.scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        # With one picture for the room and the facilitator, the end question shows here.
        self.end_question = QLabel(self)
        self.end_question.setObjectName("endQuestion")
        self.end_question.setTextFormat(Qt.TextFormat.PlainText)
        self.end_question.setStyleSheet("#endQuestion { background: #111827; color: #ffffff; }")
        self.end_question.setWordWrap(True)
        self.end_question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.end_question.hide()
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

    def show_end_question(
        self, asking: bool, plan: DisplayPlan | None, attendance_missing: bool = False
    ) -> None:
        shown = asking and (plan is None or plan.audience_only)
        if shown:
            self.end_question.setText(
                self.tr(
                    "Nobody is in the attendance yet (A: take it now). End anyway? "
                    "Esc or Enter: end. Any other key: go on."
                )
                if attendance_missing
                else self.tr("End the session? Esc or Enter: end. Any other key: go on.")
            )
            self._place_end_question()
            self.end_question.raise_()
        self.end_question.setVisible(shown)

    def _place_end_question(self) -> None:
        """Across the bottom of the room's picture, in letters read from the back of a room."""
        unit = slide_unit(self.size())
        font = self.end_question.font()
        font.setPixelSize(max(14, int(unit * 4)))
        self.end_question.setFont(font)
        pad = max(8, int(unit * 2))
        self.end_question.setContentsMargins(pad, pad // 2, pad, pad // 2)
        width = int(self.width() * 0.9)
        self.end_question.setFixedWidth(width)
        self.end_question.setFixedHeight(self.end_question.heightForWidth(width))
        self.end_question.move(
            (self.width() - width) // 2, self.height() - self.end_question.height() - pad
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.end_question.isVisible():
            self._place_end_question()

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
