"""A lesson at the kiosk: slides that narrate themselves, questions heard and answered by taps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...curriculum.model import Slide
from ...kiosk.assets import spoken_file, tone_file
from ...narration.sources import find_choice, find_explanation, find_narration
from ...session.visit import KioskVisit, Tap
from ..presenter.slide_view import SlideView
from ..text import plain_label
from .audio import KioskAudio
from .parts import IconButton
from .question import QuestionView
from .screens import Screen


class LessonScreen(Screen):
    """One slide at a time with Back, Repeat and Next; every slide starts its own narration."""

    home = Signal()
    completed = Signal(object)

    def __init__(self, walk: KioskVisit, audio: KioskAudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.walk = walk
        self.audio = audio
        self.u = 8.0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.home_button = IconButton("", "home")
        self.home_button.clicked.connect(self._home)
        top.addWidget(self.home_button)
        top.addStretch(1)
        self.progress = plain_label()
        self.progress.setObjectName("progress")
        top.addWidget(self.progress)
        layout.addLayout(top)
        self.stack = QStackedWidget()
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Larger than in a classroom: the worker stands at arm's length and may read slowly.
        self.slide_view = SlideView(scale=1.3)
        self.stack.addWidget(self.slide_view)
        self.question_view: QuestionView | None = None
        layout.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        self.back_button = IconButton("", "back")
        self.repeat_button = IconButton("", "repeat")
        self.next_button = IconButton("", "next", "primary")
        # The arrow goes after the word: on the right, or on the left in a right-to-left
        # interface (where "next" also points left).
        self.next_button.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight
            if self.isRightToLeft()
            else Qt.LayoutDirection.RightToLeft
        )
        self.back_button.clicked.connect(self.go_back)
        self.repeat_button.clicked.connect(self.repeat)
        self.next_button.clicked.connect(self.go_next)
        nav.addWidget(self.back_button, 1)
        nav.addWidget(self.repeat_button, 1)
        nav.addWidget(self.next_button, 2)
        layout.addLayout(nav)
        self.retranslate()

    def retranslate(self) -> None:
        self.home_button.set_words(self.tr("Lessons"))
        self.back_button.set_words(self.tr("Back"))
        self.repeat_button.set_words(self.tr("Repeat"))
        self.next_button.set_words(self.tr("Next"))

    def set_unit(self, u: float) -> None:
        super().set_unit(u)
        self.u = u
        for button in (self.back_button, self.repeat_button, self.next_button):
            button.setMinimumHeight(max(48, int(u * 13)))
        if self.question_view is not None:
            self.question_view.set_unit(u)

    def show_current(self, lead: list[Path | None] | None = None) -> None:
        """Show the visit's slide and speak it (after `lead`, such as "you skipped")."""
        walk = self.walk
        slide, text, offer = walk.slide, walk.text, walk.offer
        if walk.at_end or slide is None or text is None or offer is None:
            self.audio.stop()
            # The end card speaks next; what was to lead (such as "you skipped") goes first.
            self.completed.emit(list(lead or []))
            return
        self.progress.setText(f"{walk.index + 1} / {walk.slide_count}")
        self.back_button.setEnabled(walk.index > 0)
        if self.question_view is not None:
            self.stack.removeWidget(self.question_view)
            self.question_view.deleteLater()
            self.question_view = None
        if slide.question is not None:
            view = QuestionView(offer.module, slide, text.lang)
            view.tapped.connect(self._tapped)
            view.chose.connect(self._choose)
            view.checked.connect(self._check)
            view.skipped.connect(self._skip)
            view.set_unit(self.u)
            self.question_view = view
            self.stack.addWidget(view)
            self.stack.setCurrentWidget(view)
            view.sync(walk)
        else:
            self.slide_view.show_slide(offer.module, text.lang, slide)
            self.stack.setCurrentWidget(self.slide_view)
        self.audio.play([*(lead or []), self._narration(slide)])

    def _narration(self, slide: Slide) -> Path | None:
        offer, text = self.walk.offer, self.walk.text
        if offer is None or text is None:
            return None
        return find_narration(offer.module, text.lang, slide.id).path

    def repeat(self) -> None:
        slide = self.walk.slide
        if slide is None:
            return
        if self.question_view is not None and self.question_view.correct is not None:
            self._play_feedback(self.question_view.correct)
        else:
            self.audio.play([self._narration(slide)])

    def go_back(self) -> None:
        self.walk.back()
        self.show_current()

    def go_next(self) -> None:
        if self.walk.next():
            self.show_current()
        elif self.walk.waiting_for_answer:
            # Not passed by in silence: say how to answer, or to skip.
            self.audio.play([spoken_file(self._lang, "answer-first")])

    @property
    def _lang(self) -> str | None:
        text = self.walk.text
        return text.lang if text is not None else None

    def _tapped(self, index: int) -> None:
        result = self.walk.tap_choice(index)
        self._after_tap(result)

    def _choose(self) -> None:
        self._after_tap(self.walk.choose())

    def _after_tap(self, result: Tap) -> None:
        view, slide = self.question_view, self.walk.slide
        if view is None or slide is None:
            return
        view.sync(self.walk)
        if result is Tap.ANSWERED:
            self._answered()
        elif result is Tap.HEAR:
            self.audio.play([self._choice_voice(slide, self.walk.highlighted)])

    def _check(self) -> None:
        if self.walk.check_marked():
            if self.question_view is not None:
                self.question_view.sync(self.walk)
            self._answered()

    def _skip(self) -> None:
        if self.walk.skip():
            self.show_current(lead=[spoken_file(self._lang, "skip")])

    def _choice_voice(self, slide: Slide, index: int | None) -> Path | None:
        """One choice's words: its recording, else its generated voice."""
        offer, text = self.walk.offer, self.walk.text
        if offer is None or text is None or index is None:
            return None
        return find_choice(offer.module, text.lang, slide.id, index).path

    def _home(self) -> None:
        self.audio.stop()
        self.home.emit()

    def _answered(self) -> None:
        answer = self.walk.last_answer
        if self.question_view is None or answer is None:
            return
        self.question_view.set_unit(self.u)
        self._play_feedback(answer[1])

    def _explanation(self, slide: Slide) -> Path | None:
        """The spoken `Why:`; without one, the question's own narration plays again."""
        offer, text = self.walk.offer, self.walk.text
        if offer is None or text is None:
            return None
        spoken = find_explanation(offer.module, text.lang, slide.id).path
        return spoken if spoken is not None else self._narration(slide)

    def _play_feedback(self, correct: bool) -> None:
        slide = self.walk.slide
        word = "right" if correct else "wrong"
        self.audio.play(
            [
                tone_file(word),
                spoken_file(self._lang, word),
                self._explanation(slide) if slide else None,
            ]
        )

    def sizeHint(self) -> QSize:
        return QSize(1366, 768)
