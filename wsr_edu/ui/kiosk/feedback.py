"""The anonymous feedback at the end of a kiosk visit: each question spoken, answered by picture.

The rules live in `wsr_edu.session.feedback.FeedbackRound`; this screen draws the current
question with the lesson's answer cards (heard on the first tap, chosen on the second or with
"choose"), passes taps to the round and says what it must.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...kiosk.assets import spoken_file
from ...narration.sources import find_choice, find_narration
from ...session.feedback import FeedbackRound
from ...session.visit import Tap
from .audio import KioskAudio
from .parts import IconButton, centred_label
from .question import QuestionView
from .screens import Screen


class FeedbackScreen(Screen):
    """One feedback question at a time; past the last one, `done` is emitted."""

    done = Signal(object)
    """What to say next on the end card (a list of sound files, maybe empty)."""

    def __init__(
        self, round_: FeedbackRound, audio: KioskAudio, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.round = round_
        self.audio = audio
        self.u = 8.0
        layout = QVBoxLayout(self)
        # Said once, above every question: the worker's answer is not theirs to be found by.
        self.heading = centred_label("")
        self.heading.setObjectName("screenHint")
        layout.addWidget(self.heading)
        self.holder = QVBoxLayout()
        self.holder.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.holder, 1)
        self.view: QuestionView | None = None
        nav = QHBoxLayout()
        self.repeat_button = IconButton("", "repeat")
        self.repeat_button.clicked.connect(self.repeat)
        nav.addStretch(1)
        nav.addWidget(self.repeat_button)
        nav.addStretch(1)
        layout.addLayout(nav)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your opinion. Nobody will know what you answer."))
        self.repeat_button.set_words(self.tr("Repeat"))

    def set_unit(self, u: float) -> None:
        super().set_unit(u)
        self.u = u
        self.repeat_button.setMinimumHeight(max(48, int(u * 11)))
        if self.view is not None:
            self.view.set_unit(u)

    # Showing -----------------------------------------------------------------------------
    def show_current(self, lead: list[Path | None] | None = None) -> None:
        """Show the round's question and say it (after `lead`); past the end, `done`."""
        slide = self.round.slide
        if self.view is not None:
            self.holder.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        if slide is None:
            self.done.emit(list(lead or []))
            return
        feedback = self.round.curriculum.feedback
        assert feedback is not None
        view = QuestionView(feedback, slide, self.round.language)
        view.tapped.connect(self._tapped)
        view.chose.connect(self._choose)
        view.skipped.connect(self._skip)
        view.set_unit(self.u)
        self.view = view
        self.holder.addWidget(view)
        view.sync(self.round)
        self.audio.play([*(lead or []), self._narration()])

    def _narration(self) -> Path | None:
        feedback, slide = self.round.curriculum.feedback, self.round.slide
        if feedback is None or slide is None:
            return None
        return find_narration(feedback, self.round.language, slide.id).path

    def repeat(self) -> None:
        self.audio.play([self._narration()])

    # Taps ------------------------------------------------------------------------------
    def _tapped(self, index: int) -> None:
        self._after(self.round.tap(index), index)

    def _choose(self) -> None:
        self._after(self.round.choose(), self.round.highlighted)

    def _after(self, result: Tap, index: int | None) -> None:
        if result is Tap.ANSWERED:
            self.show_current()
            return
        if self.view is not None:
            self.view.sync(self.round)
        feedback, slide = self.round.curriculum.feedback, self.round.slide
        if feedback is not None and slide is not None and index is not None:
            self.audio.play([find_choice(feedback, self.round.language, slide.id, index).path])

    def _skip(self) -> None:
        self.round.skip()
        self.show_current(lead=[spoken_file(self.round.language, "skip")])

    def sizeHint(self) -> QSize:
        return QSize(1366, 768)
