"""A lesson at the kiosk: slides that narrate themselves, questions answered with a tap."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...curriculum.languages import is_rtl
from ...curriculum.model import Module, Slide
from ...kiosk.assets import tone_file
from ...narration.sources import find_explanation, find_narration
from ...session.visit import KioskVisit
from ..fonts import set_content_language
from ..presenter.slide_view import SlideView
from ..text import bidi, plain_label
from .audio import KioskAudio
from .hooks import Hook
from .parts import IconButton, Pictogram, PictureButton
from .screens import Screen
from .style import RIGHT, RIGHT_BG, WRONG, WRONG_BG, draw_icon


class Glyph(QWidget):
    """A round badge with a check or a cross: the answer's meaning without words or colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = "check"
        self.colour = RIGHT
        self.setFixedSize(80, 80)

    def set_glyph(self, name: str, colour: str) -> None:
        self.name, self.colour = name, colour
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.colour))
        painter.drawEllipse(QRectF(self.rect()).adjusted(2, 2, -2, -2))
        inner = QRectF(self.rect()).adjusted(
            self.width() * 0.18, self.height() * 0.18, -self.width() * 0.18, -self.height() * 0.18
        )
        draw_icon(painter, self.name, inner, "#ffffff")


class QuestionView(QWidget):
    """The question's choices as big picture buttons, then the feedback right below them."""

    def __init__(
        self, module: Module, slide: Slide, language: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.answered = Hook()
        assert slide.question is not None
        self.slide = slide
        self.question = slide.question
        self.locked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.layout_ = layout
        # The question's own words and choices run in its language's direction (the grid too).
        if is_rtl(language):
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.title = plain_label(bidi(slide.title, language))
        set_content_language(self.title, language)
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        prompt = slide.text
        self.prompt = plain_label(bidi(prompt, language))
        set_content_language(self.prompt, language)
        self.prompt.setObjectName("screenHint")
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setVisible(bool(prompt))
        layout.addWidget(self.prompt)
        # The question's own pictures, above the choices (which carry theirs in the cards).
        self.pictures = [Pictogram(p.path) for p in slide.pictures if p.path is not None]
        if self.pictures:
            row = QHBoxLayout()
            for pictogram in self.pictures:
                pictogram.setAccessibleName(
                    next((p.alt for p in slide.pictures if p.path == pictogram.picture.path), "")
                )
                row.addWidget(pictogram)
            layout.addLayout(row, 1)
        grid = QGridLayout()
        count = len(self.question.choices)
        columns = count if count <= 4 else 3
        self.choices: list[PictureButton] = []
        for i, choice in enumerate(self.question.choices):
            button = PictureButton(
                bidi(choice.text, language),
                choice.picture.path if choice.picture is not None else None,
                "choice",
                fallback="module",
            )
            set_content_language(button, language)
            button.setCheckable(self.question.multiple)
            button.clicked.connect(lambda _=False, index=i: self._tapped(index))
            grid.addWidget(button, i // columns, i % columns)
            self.choices.append(button)
        self.grid = grid
        layout.addLayout(grid, 2 if self.pictures else 1)
        self.check = IconButton("", "check", "primary")
        self.check.clicked.connect(self._submit_multiple)
        self.check.setVisible(self.question.multiple)
        self.check.setEnabled(False)
        check_row = QHBoxLayout()
        check_row.addStretch(1)
        check_row.addWidget(self.check)
        check_row.addStretch(1)
        layout.addLayout(check_row)
        self.feedback = QFrame()
        self.feedback.setObjectName("feedback")
        row = QHBoxLayout(self.feedback)
        self.glyph = Glyph()
        row.addWidget(self.glyph, 0, Qt.AlignmentFlag.AlignVCenter)
        texts = QVBoxLayout()
        self.word = plain_label()
        self.word.setObjectName("feedbackWord")
        self.why = plain_label(bidi(self.question.why, language))
        set_content_language(self.why, language)
        self.why.setObjectName("feedbackWhy")
        self.why.setWordWrap(True)
        self.why.setVisible(bool(self.question.why))
        texts.addWidget(self.word)
        texts.addWidget(self.why)
        row.addLayout(texts, 1)
        self.feedback.hide()
        layout.addWidget(self.feedback)
        self.correct: bool | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.check.set_words(self.tr("Check my answer"))
        if self.correct is not None:
            self.word.setText(
                self.tr("Right!")
                if self.correct
                else self.tr("Not quite. The right answer has a check mark.")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_unit(self, u: float) -> None:
        self.grid.setSpacing(int(u * 2))
        self.layout_.setSpacing(int(u * 1.5))
        side = max(48, int(u * 10))
        self.glyph.setFixedSize(side, side)
        m = int(u * 1.5)
        self.feedback.layout().setContentsMargins(m * 2, m, m * 2, m)
        self.feedback.layout().setSpacing(m * 2)
        self.check.set_unit(u)
        self._badge_side = max(40, int(u * 7))

    def _tapped(self, index: int) -> None:
        if self.locked:
            self.choices[index].setChecked(index in self._chosen_before)
            return
        if self.question.multiple:
            self.check.setEnabled(any(b.isChecked() for b in self.choices))
            return
        self.answered.emit((index,))

    def _submit_multiple(self) -> None:
        chosen = tuple(i for i, b in enumerate(self.choices) if b.isChecked())
        if chosen and not self.locked:
            self.answered.emit(chosen)

    def show_feedback(self, chosen: tuple[int, ...], correct: bool) -> None:
        """Mark right choices with a check and wrong picks with a cross, then say why."""
        self.locked = True
        self._chosen_before = set(chosen)
        self.correct = correct
        side = getattr(self, "_badge_side", 56)
        for i, button in enumerate(self.choices):
            right = self.question.choices[i].correct
            if button.isCheckable():
                button.setChecked(i in chosen)
            if right:
                button.set_badge("check", "#ffffff", side)
                button.badge.setStyleSheet(f"background: {RIGHT}; border-radius: {side // 2}px;")
                button.setStyleSheet(
                    f"#choice {{ border: 6px solid {RIGHT}; background: {RIGHT_BG}; }}"
                )
            elif i in chosen:
                button.set_badge("cross", "#ffffff", side)
                button.badge.setStyleSheet(f"background: {WRONG}; border-radius: {side // 2}px;")
                button.setStyleSheet(
                    f"#choice {{ border: 6px dashed {WRONG}; background: {WRONG_BG}; }}"
                )
        self.check.hide()
        if correct:
            self.glyph.set_glyph("check", RIGHT)
            self.feedback.setStyleSheet(
                f"#feedback {{ background: {RIGHT_BG}; border: 4px solid "
                f"{RIGHT}; }} #feedbackWord {{ color: {RIGHT}; }}"
            )
        else:
            self.glyph.set_glyph("cross", WRONG)
            self.feedback.setStyleSheet(
                f"#feedback {{ background: {WRONG_BG}; border: 4px "
                f"dashed {WRONG}; }} #feedbackWord {{ color: {WRONG}; }}"
            )
        self.retranslate()
        self.prompt.hide()
        self.feedback.show()


class LessonScreen(Screen):
    """One slide at a time with Back, Repeat and Next; every slide starts its own narration."""

    def __init__(self, walk: KioskVisit, audio: KioskAudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Hook()
        self.completed = Hook()
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

    def show_current(self) -> None:
        walk = self.walk
        slide, text, offer = walk.slide, walk.text, walk.offer
        if walk.at_end or slide is None or text is None or offer is None:
            self.audio.stop()
            self.completed.emit()
            return
        self.progress.setText(f"{walk.index + 1} / {walk.slide_count}")
        self.back_button.setEnabled(walk.index > 0)
        if self.question_view is not None:
            self.stack.removeWidget(self.question_view)
            self.question_view.deleteLater()
            self.question_view = None
        if slide.question is not None:
            view = QuestionView(offer.module, slide, text.lang)
            view.answered.connect(self._answered)
            view.set_unit(self.u)
            self.question_view = view
            self.stack.addWidget(view)
            self.stack.setCurrentWidget(view)
            answer = walk.answers.get(slide.id)
            if answer is not None:
                view.show_feedback(answer.chosen, answer.correct)
        else:
            self.slide_view.show_slide(offer.module, text.lang, slide)
            self.stack.setCurrentWidget(self.slide_view)
        self.audio.play([self._narration(slide)])

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
        self.walk.next()
        self.show_current()

    def _home(self) -> None:
        self.audio.stop()
        self.home.emit()

    def _answered(self, chosen: tuple[int, ...]) -> None:
        if self.question_view is None:
            return
        correct = self.walk.answer(chosen)
        self.question_view.show_feedback(chosen, correct)
        self.question_view.set_unit(self.u)
        self._play_feedback(correct)

    def _explanation(self, slide: Slide) -> Path | None:
        """The spoken `Why:`; without one, the question's own narration plays again."""
        offer, text = self.walk.offer, self.walk.text
        if offer is None or text is None:
            return None
        spoken = find_explanation(offer.module, text.lang, slide.id).path
        return spoken if spoken is not None else self._narration(slide)

    def _play_feedback(self, correct: bool) -> None:
        slide = self.walk.slide
        tone = tone_file("right" if correct else "wrong")
        self.audio.play([tone, self._explanation(slide) if slide else None])

    def sizeHint(self) -> QSize:
        return QSize(1366, 768)
