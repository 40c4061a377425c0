"""The feedback questions shown to the room after a class, for a show of hands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...curriculum.model import Module, ModuleText
from ..text import plain_label
from .slide_view import SlideView, slide_unit

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down)
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up)


class FeedbackRoomWindow(QWidget):
    """One feedback question at a time, drawn as the room sees a quiz question (no answer is
    right). A clicker turns the questions; Esc closes the window."""

    def __init__(self, module: Module, text: ModuleText, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.module = module
        self.text = text
        self.questions = text.questions
        self.index = 0
        self.setWindowTitle(self.tr("Feedback for the room"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = SlideView()
        layout.addWidget(self.view)
        # With one screen the facilitator sees this picture too, and types the counts on the
        # summary behind it: a line at the bottom says how to get back there.
        self.hint = plain_label(
            self.tr("Esc: back to the counts. Right and Left: the other questions.")
        )
        self.hint.setObjectName("feedbackHint")
        self.hint.setStyleSheet("#feedbackHint { background: #111827; color: #ffffff; }")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout.addWidget(self.hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_question(self, index: int) -> None:
        if not self.questions:
            return
        self.index = max(0, min(index, len(self.questions) - 1))
        self.view.show_slide(self.module, self.text.lang, self.questions[self.index])

    def open_on_room_screen(self, beside: QWidget | None = None) -> None:
        """Full screen on a screen other than the facilitator's when there is one; with one
        screen (the projector shows it, or mirrors it), full screen on that one."""
        own = beside.screen() if beside is not None else None
        others = [s for s in QGuiApplication.screens() if s is not own]
        shared = not others or own is None
        target = (own or QGuiApplication.primaryScreen()) if shared else others[-1]
        self.hint.setVisible(shared)
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            unit = slide_unit(target.geometry().size())
            font = self.hint.font()
            font.setPixelSize(max(14, int(unit * 3.2)))
            self.hint.setFont(font)
            self.hint.setContentsMargins(0, int(unit * 1.5), 0, int(unit * 1.5))
        self.showFullScreen()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.show_question(self.index + 1)
        elif key in BACK_KEYS:
            self.show_question(self.index - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
