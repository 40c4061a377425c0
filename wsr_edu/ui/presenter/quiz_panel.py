"""The console's quiz controls: show-of-hands counts per choice and the reveal button."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...curriculum.model import Choice, Slide
from ...session.presentation import Presentation
from ..fonts import set_content_language
from ..text import plain_tooltip
from ..theme import choice_style
from ..widgets import CountBox, button, label
from .shapes import draw_badge

MAX_HANDS = 9999


class Badge(QWidget):
    """The choice's coloured shape with its letter, the same as the audience sees."""

    def __init__(self, index: int, letter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.letter = letter
        self.setFixedSize(self.sizeHint())

    def set_letter(self, letter: str) -> None:
        if letter != self.letter:
            self.letter = letter
            self.update()

    def sizeHint(self) -> QSize:
        side = int(self.fontMetrics().height() * 2)
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.isEnabled():
            painter.setOpacity(0.45)  # a question still to come, or one already asked
        draw_badge(
            painter,
            choice_style(self.index),
            self.letter,
            QRectF(self.rect()).adjusted(1, 1, -1, -1),
            self.font(),
        )


class ChoiceWords(QWidget):
    """A choice's words on one line, cut short with "..." where the row is too narrow (the
    whole text is in the tooltip, and on the slide above). Drawn as plain text.

    One line keeps every row, and so the panel, the same height from question to question:
    the console never lays out again when a question comes up.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setMinimumWidth(10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setToolTip(plain_tooltip(text))
            self.setAccessibleName(text)
            self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._text), metrics.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(10, self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        colour = self.palette().color(
            QPalette.ColorGroup.Normal if self.isEnabled() else QPalette.ColorGroup.Disabled,
            QPalette.ColorRole.WindowText,
        )
        painter.setPen(colour)
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.rect(), int(align | Qt.TextFlag.TextSingleLine), shown)


@dataclass
class ChoiceRow:
    """One choice's badge, count box and words on the console."""

    badge: Badge
    spin: QSpinBox
    text: ChoiceWords

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.badge, self.spin, self.text)

    def show_choice(self, choice: Choice, language: str, name: str) -> None:
        """Relabel the row for `choice`; `name` is what a screen reader says for its box."""
        self.badge.set_letter(choice.letter(self.badge.index))
        self.spin.setAccessibleName(name)
        self.spin.setToolTip(plain_tooltip(choice.text))
        self.text.setText(choice.text)
        set_content_language(self.text, language)


def keep_room_when_hidden(widget: QWidget) -> None:
    """Hidden, `widget` still takes its room: the panel keeps one size."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def most_choices(presentation: Presentation) -> int:
    """The number of choices of the module's longest question, in any of its languages."""
    return max(
        (
            len(slide.question.choices)
            for text in presentation.module.texts.values()
            for slide in text.slides
            if slide.question is not None
        ),
        default=0,
    )


class QuizPanel(QFrame):
    """Counts typed here go to the session's tally; the reveal shows the answer to the room."""

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.presentation = presentation
        self.spins: list[QSpinBox] = []
        self._rows: list[ChoiceRow] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(6)
        top = QHBoxLayout()
        self.heading = label("", "sectionTitle", wrap=True)  # "Next question: slide 9" is long
        top.addWidget(self.heading)
        self.summary = label("", "muted", wrap=True)
        top.addWidget(self.summary, 1)
        left.addLayout(top)
        # The reveal button sits on the heading's line, so the panel fits a 1024-pixel screen.
        self.reveal = button("", name="primary", tab_only=True)
        self.reveal.clicked.connect(presentation.toggle_reveal)
        keep_room_when_hidden(self.reveal)  # the heading's line keeps its height
        top.addWidget(self.reveal, 0, Qt.AlignmentFlag.AlignVCenter)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        left.addLayout(self.grid)
        layout.addLayout(left, 1)
        self._slide_id: str | None = None
        # The rows the module's longest question needs are made now, inside the panel that
        # is still hidden, so the first question of a class turns up as quickly as the rest.
        self._make_rows(most_choices(presentation))
        self.retranslate()

    def retranslate(self) -> None:
        self.summary.setAccessibleName(self.tr("Count summary"))
        self._slide_id = None  # the spin boxes' names are rebuilt in the new language
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Show the question on the screen, or else the one nearest to it, greyed.

        The panel keeps its place on the console from the first slide to the card: before a
        question it shows the next one's choices (a facilitator sees what comes), after the
        last one that question's counts. Nothing on the console moves when a question comes
        up, so the slide turns as quickly as any other.
        """
        p = self.presentation
        shown = p.slide
        asking = shown is not None and shown.question is not None
        slide = shown if asking else self._nearest_question()
        self.setVisible(slide is not None)
        if slide is None or slide.question is None:
            self._slide_id = None
            return
        question = slide.question
        key = f"{slide.id}:{p.language}:{len(question.choices)}"
        if key != self._slide_id:
            self._rebuild(question.choices)
            self._slide_id = key
        # A question not on the screen starts no tally; one edited to other choices shows none.
        tally = p.tally(slide) if asking else p.tally_as_shown(slide)
        assert tally is not None
        for spin, count in zip(self.spins, tally.counts, strict=True):
            spin.setEnabled(asking)
            if spin.value() != count:
                spin.blockSignals(True)
                spin.setValue(count)
                spin.blockSignals(False)
        for row in self._rows:
            row.badge.setEnabled(asking)
            row.text.setEnabled(asking)
        self.reveal.setVisible(asking)
        number = str(slide.index + 1)
        if asking:
            self.heading.setText(self.tr("Show of hands"))
        elif slide.index > p.index:
            self.heading.setText(self.tr("Next question: slide %1").replace("%1", number))
        else:
            self.heading.setText(self.tr("Last question: slide %1").replace("%1", number))
        revealed = p.revealed(slide)
        self.reveal.setText(
            self.tr("Hide answer (R)") if revealed else self.tr("Reveal answer (R)")
        )
        self.reveal.setAccessibleName(
            self.tr("Hide the answer") if revealed else self.tr("Reveal the answer")
        )
        if not asking and slide.index > p.index:
            self.summary.setText(self.tr("Hands are counted when it is up"))
        elif tally.share_correct is None:
            self.summary.setText(self.tr("No hands counted yet"))
        else:
            self.summary.setText(
                self.tr("%n hand(s) in all, %1% on right answers", "", tally.total).replace(
                    "%1", str(round(tally.share_correct * 100))
                )
            )

    def _nearest_question(self) -> Slide | None:
        """The next question after the slide showing, or else the last one before it."""
        p = self.presentation
        slides = p.text.slides
        after = (s for s in slides[p.index + 1 :] if s.question is not None)
        before = (s for s in reversed(slides[: p.index]) if s.question is not None)
        return next(after, None) or next(before, None)

    def _rebuild(self, choices: tuple) -> None:  # type: ignore[type-arg]
        """Show one row per choice, reusing the rows built for earlier questions.

        Rows are made once and then only relabelled: a quiz slide shows at once, and no row of
        the question before is left on the screen while it waits to be deleted.
        """
        self._make_rows(len(choices))
        for i, row in enumerate(self._rows):
            used = i < len(choices)
            if used:
                letter, words = choices[i].letter(i), choices[i].text
                name = self.tr("Hands for choice %1: %2").replace("%1", letter)
                row.show_choice(choices[i], self.presentation.language, name.replace("%2", words))
            for widget in row.widgets():
                widget.setVisible(used)
        self.spins = [row.spin for row in self._rows[: len(choices)]]

    def _make_rows(self, count: int) -> None:
        """At least `count` rows; rows are only ever added, then reused."""
        while len(self._rows) < count:
            self._rows.append(self._new_row(len(self._rows)))

    def _new_row(self, i: int) -> ChoiceRow:
        spin = CountBox()
        spin.setRange(0, MAX_HANDS)
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setFixedWidth(spin.fontMetrics().horizontalAdvance("00000") + 24)
        spin.valueChanged.connect(lambda value, index=i: self.presentation.set_count(index, value))
        text = ChoiceWords()
        row = ChoiceRow(Badge(i, ""), spin, text)
        for widget in row.widgets():
            # A question with fewer choices leaves the others' room empty: same panel height.
            keep_room_when_hidden(widget)
        column = (i % 2) * 3
        self.grid.addWidget(row.badge, i // 2, column)
        self.grid.addWidget(spin, i // 2, column + 1)
        self.grid.addWidget(text, i // 2, column + 2)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(5, 1)
        return row
