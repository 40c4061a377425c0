"""The end-of-session summary: time against the plan, attendance, each question's result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...curriculum.model import Slide
from ...session.ending import SessionSummary
from ..fonts import set_content_language
from ..widgets import HeadcountBox
from .feedback_room import FeedbackRoomWindow
from .images import Picture
from .quiz_panel import MAX_HANDS, Badge

CLICKER_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
"""Keys a presentation clicker sends: they never change a count of hands."""


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


class HandsBox(QSpinBox):
    """A count of raised hands that a clicker or a stray wheel cannot change: only digits,
    Up/Down and Backspace edit it (a clicker's PageUp/PageDown would add or take ten)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, MAX_HANDS)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00000") + 24)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in CLICKER_KEYS:
            event.ignore()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()


class AnswerPicture(QWidget):
    """An answer's picture, small, beside its count."""

    def __init__(self, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = Picture(path)
        side = int(self.fontMetrics().height() * 3)
        self.setFixedSize(QSize(side, side))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.picture.valid:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.picture.draw(painter, QRectF(self.rect()))
        painter.end()


class FeedbackCounts(QWidget):
    """The curriculum's feedback questions for a show of hands: the facilitator asks each one
    and types the hands for each answer. Every change is handed on (`entered`) to be saved."""

    entered = Signal(str, object)
    """A question id and the hands for each of its answers (a tuple of counts)."""
    show_requested = Signal(int)
    """Show question `index` to the room."""

    def __init__(self, questions: tuple[Slide, ...], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.questions = questions
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = plain(bold=True)
        self.hint = plain()
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        self.spins: dict[str, list[HandsBox]] = {}
        self.titles: list[QLabel] = []
        self.show_buttons: list[QPushButton] = []
        for number, slide in enumerate(questions):
            assert slide.question is not None
            title = plain(slide.title)
            set_content_language(title, language)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            top = QHBoxLayout()
            top.addWidget(title, 1)
            show = QPushButton()
            show.clicked.connect(lambda _=False, n=number: self.show_requested.emit(n))
            top.addWidget(show)
            layout.addLayout(top)
            self.titles.append(title)
            self.show_buttons.append(show)
            grid = QGridLayout()
            grid.setHorizontalSpacing(8)
            boxes: list[HandsBox] = []
            for i, choice in enumerate(slide.question.choices):
                row, column = i // 2, (i % 2) * 4
                grid.addWidget(Badge(i, choice.letter(i)), row, column)
                picture = choice.picture.path if choice.picture is not None else None
                grid.addWidget(AnswerPicture(picture), row, column + 1)
                words = plain(choice.text)
                set_content_language(words, language)
                grid.addWidget(words, row, column + 3)
                box = HandsBox()
                box.setAccessibleName(
                    self.tr("Hands for %1: %2")
                    .replace("%1", choice.letter(i))
                    .replace("%2", choice.text)
                )
                words.setBuddy(box)
                box.valueChanged.connect(lambda _value, sid=slide.id: self._changed(sid))
                grid.addWidget(box, row, column + 2)
                boxes.append(box)
            # As on the quiz panel: shape, picture, count, then the words.
            grid.setColumnStretch(3, 1)
            grid.setColumnStretch(7, 1)
            layout.addLayout(grid)
            self.spins[slide.id] = boxes
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Feedback by show of hands"))
        for show in self.show_buttons:
            show.setText(self.tr("Show to the room"))
        self.hint.setText(
            self.tr(
                "Ask each question aloud and show its pictures; type how many hands go up "
                "for each answer. Only the numbers are kept."
            )
        )

    def _changed(self, question_id: str) -> None:
        self.entered.emit(question_id, tuple(box.value() for box in self.spins[question_id]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SummaryWindow(QDialog):
    """Shown after Esc, Esc: what the session came to. `set_attendance` fills in the records.

    When the curriculum asks feedback, its questions follow, with a count of hands for each
    answer (`feedback.entered` hands each change on to be saved).
    """

    headcount_entered = Signal(int)
    """The facilitator gave (or corrected) the number of people here, after the end."""

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
        # A headcount forgotten in class can still be given here: the worker contacts a
        # monitor is told about come from it.
        self.headcount_row = QWidget()
        line = QHBoxLayout(self.headcount_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.headcount_label = plain()
        self.headcount = HeadcountBox()  # typing 23 over the 0 gives 23, not 230
        self.headcount_label.setBuddy(self.headcount)
        line.addWidget(self.headcount_label)
        line.addWidget(self.headcount)
        line.addStretch(1)
        self.headcount_row.hide()
        self.headcount.counted.connect(self._counted)
        layout.addWidget(self.headcount_row)
        # What the quizzes tell of the room, for a facilitator who forgot to count.
        self.headcount_hint = plain()
        self.headcount_hint.setWordWrap(True)
        self.headcount_hint.hide()
        layout.addWidget(self.headcount_hint)
        layout.addWidget(self.questions_heading)
        self.question_rows = [plain() for _ in summary.questions]
        for row in self.question_rows:
            layout.addWidget(row)
        self.feedback: FeedbackCounts | None = None
        self.room: FeedbackRoomWindow | None = None
        if summary.feedback is not None and summary.feedback.questions:
            self.feedback = FeedbackCounts(summary.feedback.questions, summary.feedback.lang)
            self.feedback.show_requested.connect(self.show_to_room)
            layout.addWidget(self.feedback)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout.addWidget(self.buttons)
        self.retranslate()

    def show_to_room(self, index: int) -> None:
        """The feedback question `index`, large, for the room (a clicker turns them)."""
        text = self.summary.feedback
        if text is None or self.summary.feedback_module is None:
            return
        if self.room is None:
            self.room = FeedbackRoomWindow(self.summary.feedback_module, text, self)
            self.room.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.room.destroyed.connect(self._room_closed)
            self.room.open_on_room_screen(self)
        self.room.show_question(index)

    def _room_closed(self) -> None:
        self.room = None

    def set_attendance(self, people: int, mode: str) -> None:
        """`mode` is 'headcount' (people counted) or 'marked' (codes or names marked)."""
        self._attendance = people
        self._attendance_mode = mode
        if mode == "headcount":
            self.headcount.show_count(people)
            self.headcount_row.show()
            self.headcount_hint.setVisible(self.summary.most_hands > 0)
            if people == 0:
                self.headcount.setFocus()  # nobody was counted: the number is asked for first
        self.retranslate()

    def _counted(self, people: int) -> None:
        self._attendance = people
        self.retranslate()
        self.headcount_entered.emit(people)

    def done(self, result: int) -> None:
        self.headcount.flush()  # closed while typing: the number is kept
        super().done(result)

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
        self.headcount_label.setText(self.tr("People at the session"))
        self.headcount_hint.setText(
            self.tr("At least %n: the most hands raised for one question.", "", s.most_hands)
        )
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
