"""The end-of-session summary: time against the plan, attendance, each question's result."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...session.ending import SessionSummary


def plain(text: str = "", bold: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # titles come from the curriculum
    widget.setWordWrap(True)
    if bold:
        font = widget.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        widget.setFont(font)
    return widget


class SummaryWindow(QDialog):
    """Shown after Esc, Esc: what the session came to. `set_attendance` fills in the records."""

    def __init__(self, summary: SessionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self._attendance: int | None = None
        self._attendance_mode = ""
        layout = QVBoxLayout(self)
        self.title = plain(bold=True)
        self.duration = plain()
        self.attendance = plain()
        self.questions_heading = plain(bold=True)
        layout.addWidget(self.title)
        layout.addWidget(self.duration)
        layout.addWidget(self.attendance)
        layout.addWidget(self.questions_heading)
        self.question_rows = [plain() for _ in summary.questions]
        for row in self.question_rows:
            layout.addWidget(row)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout.addWidget(self.buttons)
        self.retranslate()

    def set_attendance(self, people: int, mode: str) -> None:
        """`mode` is 'headcount' (people counted) or 'marked' (codes or names marked)."""
        self._attendance = people
        self._attendance_mode = mode
        self.retranslate()

    def retranslate(self) -> None:
        s = self.summary
        self.setWindowTitle(self.tr("Session ended"))
        self.title.setText(self.tr("Session ended: %1").replace("%1", s.module_title))
        if s.planned_minutes > 0:
            self.duration.setText(
                self.tr("Taught %1 min of the %2 planned.")
                .replace("%1", str(s.minutes))
                .replace("%2", str(s.planned_minutes))
            )
        else:
            self.duration.setText(self.tr("Taught %1 min.").replace("%1", str(s.minutes)))
        if not s.recorded:
            self.attendance.setText(self.tr("Practice: nothing was recorded."))
        elif self._attendance is None:
            self.attendance.setText(self.tr("Attendance: reading the records…"))
        elif self._attendance_mode == "headcount":
            self.attendance.setText(
                self.tr("Attendance: %n person(s) counted.", "", self._attendance)
            )
        else:
            self.attendance.setText(
                self.tr("Attendance: %n person(s) marked.", "", self._attendance)
            )
        self.questions_heading.setText(
            self.tr("Questions") if s.questions else self.tr("This module has no questions.")
        )
        for row, result in zip(self.question_rows, s.questions, strict=True):
            if result.share_correct is None:
                outcome = self.tr("no hands counted")
            else:
                outcome = self.tr("%n hand(s), %1% right", "", result.hands).replace(
                    "%1", str(round(result.share_correct * 100))
                )
            row.setText(
                self.tr("Slide %1, %2: %3")
                .replace("%1", str(result.slide_number))
                .replace("%2", result.title)
                .replace("%3", outcome)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
