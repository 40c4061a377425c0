"""The presenter's console: current and next slide, notes, clock, slide list, quiz controls."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QMouseEvent,
    QResizeEvent,
    QStandardItem,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...curriculum.model import Slide
from ...curriculum.result import LoadResult
from ...session.ending import Countdown, TimeState, clock_text
from ...session.presentation import Presentation
from ..fonts import set_content_language
from ..problems import ProblemList
from ..text import numbered, plain_tooltip
from ..theme import Appearance
from ..widgets import HeaderBar, TextSizeControl, button, canvas_layout, is_language_change, label
from .displays import Displays
from .images import PictureCache
from .narration import NarrationControl
from .quiz_panel import QuizPanel
from .slide_list import ListFrame, SlideList
from .stage import Stage


class AspectBox(QWidget):
    """Keeps its one child at the audience screen's proportions, centred."""

    def __init__(self, child: QWidget, ratio: float = 16 / 9, parent: QWidget | None = None):
        super().__init__(parent)
        self.child = child
        self.ratio = ratio
        child.setParent(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        w, h = self.width(), self.height()
        if w / max(h, 1) > self.ratio:
            cw, ch = int(h * self.ratio), h
        else:
            cw, ch = w, int(w / self.ratio)
        self.child.setGeometry((w - cw) // 2, (h - ch) // 2, cw, ch)

    def sizeHint(self) -> QSize:
        return QSize(640, 360)


ERROR_LIST_MIN = 64
"""The console's list of mistakes shows at least one whole mistake (two lines)."""

TIME_COLOURS = {TimeState.NEAR_END: "#b45309", TimeState.OVER: "#b91c1c"}
"""The countdown turns amber near the planned end and red past it."""


class ClickLabel(QLabel):
    """A check box's words: clicking them ticks the box."""

    def __init__(self, on_click: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_click = on_click
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._on_click()
        event.accept()


def companion_text(slide: Slide | None) -> str:
    """What the facilitator reads out for a spoken language: the written slide, in full."""
    if slide is None:
        return ""
    parts = [slide.title, slide.text]
    if slide.question is not None:
        parts.append("\n".join(f"{c.letter()}: {c.text}" for c in slide.question.choices))
        if slide.question.why.strip():
            parts.append(f"\u2713 {slide.question.why.strip()}")
    return "\n".join(p for p in parts if p.strip())


class ConsoleWindow(QMainWindow):
    """The facilitator's view; every action also has a key so a clicker or keyboard is enough."""

    stop_requested = Signal()
    attendance_requested = Signal()

    def __init__(
        self,
        presentation: Presentation,
        narration: NarrationControl,
        appearance: Appearance,
        auto_advance: bool,
        parent: QWidget | None = None,
        pictures: PictureCache | None = None,
    ):
        super().__init__(parent)
        self.pictures = pictures or PictureCache()
        """Shared with the room's screen: the slide's files are read once for both."""
        self.presentation = presentation
        self.narration = narration
        self.appearance = appearance
        self.started = time.monotonic()
        self.elapsed_before = 0.0
        """Seconds taught before this window opened (a resumed session keeps its clock)."""
        self._record_problem = ""
        self.displays: Displays | None = None
        self.practising = False
        self._attendance_missing = False
        """The end question also says that nobody is in the attendance yet."""
        outer = canvas_layout(self)
        outer.addWidget(self._build_header(appearance))
        body = QHBoxLayout()
        body.setContentsMargins(16, 14, 16, 14)
        body.setSpacing(16)
        body.addLayout(self._build_slide_list(), 2)
        body.addLayout(self._build_centre(), 6)
        body.addLayout(self._build_side(auto_advance), 3)
        outer.addLayout(body, 1)
        outer.addWidget(self._build_error_panel())
        # The header's titles are fitted to their room when it changes (see `_fit_titles`).
        self.header.title.installEventFilter(self)
        self.header.subtitle.installEventFilter(self)

        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(1000)
        self.allow_close = False
        self._list_key: tuple[str, int] | None = None
        presentation.changed.connect(self.refresh)
        narration.state_changed.connect(self.narration_state.setText)
        appearance.changed.connect(self._rescale)
        self._fill_languages()
        self.narration_state.setText(narration.message)
        self.retranslate()
        self._rescale(appearance.scale)
        self._tick()

    def retranslate(self) -> None:
        """Every word of the console in the current interface language."""
        self.setWindowTitle(self.tr("wsr-edu: presenter console"))
        self.setAccessibleName(self.tr("Presenter console"))
        self.language.setAccessibleName(self.tr("Teaching language (L)"))
        self.language.setToolTip(self.tr("Teaching language (L)"))
        for widget, text in (
            (self.black_button, self.tr("Black screen (B)")),
            (self.card_button, self.tr("Complaint line (C)")),
            (self.end_button, self.tr("End session (Esc)")),
            (self.attendance_button, self.tr("Attendance (A)")),
            (self.play_button, self.tr("Play / pause narration (N)")),
        ):
            widget.setText(text)
            widget.setAccessibleName(text)
        self.slides_heading.setText(self.tr("Slides"))
        self.slide_list.setAccessibleName(self.tr("Slide list"))
        self.position.setAccessibleName(self.tr("Position"))
        self.black_note.setText(self.tr("The audience screen is black (B to show it again)"))
        self.record_note.setAccessibleName(self.tr("Records"))
        self.current.setAccessibleName(self.tr("Current slide"))
        self.current.black_label = self.tr("Black screen")
        self.narration_state.setAccessibleName(self.tr("Narration state"))
        self.clock.setAccessibleName(self.tr("Clock"))
        self.elapsed.setAccessibleName(self.tr("Time since the session started"))
        self.next_heading.setText(self.tr("Next"))
        self.next_stage.setAccessibleName(self.tr("Next slide"))
        self.notes_heading.setText(self.tr("Notes for you"))
        self.notes.setAccessibleName(self.tr("Facilitator notes"))
        self.companion.setAccessibleName(self.tr("What to say"))
        self.auto_advance_label.setText(self.tr("Next slide when narration ends"))
        self.auto_advance.setAccessibleName(self.auto_advance_label.text())
        self.error_title.setText(
            self.tr(
                "The changed files have mistakes. The audience still sees the last good version."
            )
        )
        self._word_displays()
        self._word_banners()
        self._word_error_fold()
        if self._record_problem:
            self.show_record_problem(self._record_problem)
        self.narration.retranslate()
        self._list_key = None  # the slide list's last row and spoken names are words too
        self.refresh()
        self._tick()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # Building --------------------------------------------------------------------------------
    def _build_header(self, appearance: Appearance) -> HeaderBar:
        header = HeaderBar("", " ")
        header.action_row.setSpacing(6)
        # On a 1024-pixel screen the module title is cut on one line rather than wrapped into
        # a tall header that would leave the slide a thumbnail (the slide list names it too).
        for text in (header.title, header.subtitle):
            text.setWordWrap(False)
            text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.header = header
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Teaching language (L)"))
        self.language.setToolTip(self.tr("Teaching language (L)"))
        self.language.activated.connect(self._language_chosen)
        self.black_button = button("", name="onDark", tab_only=True)
        self.black_button.setCheckable(True)
        self.black_button.clicked.connect(self.presentation.toggle_black)
        self.card_button = button("", name="onDark", tab_only=True)
        self.card_button.setCheckable(True)
        self.card_button.clicked.connect(self.presentation.toggle_card)
        self.end_button = button("", name="onDark", tab_only=True)
        self.end_button.clicked.connect(self.stop_requested)
        self.attendance_button = button("", name="onDark", tab_only=True)
        self.attendance_button.clicked.connect(self.attendance_requested)
        self.attendance_button.hide()
        for widget in (
            self.language,
            self.attendance_button,
            self.black_button,
            self.card_button,
            TextSizeControl(appearance, on_dark=True),
            self.end_button,
        ):
            header.action_row.addWidget(widget)
        return header

    def _build_slide_list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        self.slides_heading = label("", "sectionTitle")
        column.addWidget(self.slides_heading)
        self.slide_list = SlideList()
        self.slide_list.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.slide_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.slide_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.slide_list.currentRowChanged.connect(self._row_chosen)
        column.addWidget(ListFrame(self.slide_list), 1)
        return column

    def _build_centre(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        top = QHBoxLayout()
        self.position = label("", "sectionTitle")
        # Never wider than its column: with the module's title after it, it is cut instead.
        self.position.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._position_text = ""
        self._titles = ("", "")
        """The module's and the curriculum's titles, as the header shows them when there is
        room (`_fit_titles`)."""
        self._title_cut = False
        self.black_note = label("")
        self.black_note.setObjectName("banner")
        top.addWidget(self.position, 1)
        top.addWidget(self.black_note)
        column.addLayout(top)
        self.record_note = label("", "banner", wrap=True)
        self.record_note.hide()
        column.addWidget(self.record_note)
        self.practice_banner = label("", "banner", wrap=True)
        self.practice_banner.setObjectName("practiceBanner")
        self.practice_banner.setStyleSheet(
            "#practiceBanner { background: #5b21b6; color: #ffffff; font-weight: bold;"
            " border-radius: 6px; padding: 6px 10px; }"
        )
        self.practice_banner.hide()
        column.addWidget(self.practice_banner)
        self.end_question = label("", "banner", wrap=True)
        self.end_question.hide()
        column.addWidget(self.end_question)
        self.current = Stage(pictures=self.pictures)
        frame = QFrame()
        frame.setObjectName("panel")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addWidget(AspectBox(self.current))
        column.addWidget(frame, 1)
        self.quiz_panel = QuizPanel(self.presentation)
        column.addWidget(self.quiz_panel)
        narration_row = QHBoxLayout()
        self.play_button = button("", tab_only=True)
        self.play_button.clicked.connect(self.narration.toggle)
        self.narration_state = label("", "muted", wrap=True)
        narration_row.addWidget(self.play_button)
        narration_row.addWidget(self.narration_state, 1)
        column.addLayout(narration_row)
        return column

    def _build_side(self, auto_advance: bool) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        times = QHBoxLayout()
        self.clock = label("", "pageTitle")
        self.elapsed = label("", "big")
        times.addWidget(self.clock)
        times.addStretch(1)
        times.addWidget(self.elapsed)
        column.addLayout(times)
        self.remaining = label("", "big")
        self.remaining.setObjectName("remaining")
        column.addWidget(self.remaining)
        self.next_heading = label("", "sectionTitle")
        column.addWidget(self.next_heading)
        self.next_stage = Stage(pictures=self.pictures)
        box = AspectBox(self.next_stage)
        box.setMinimumHeight(120)
        column.addWidget(box, 2)
        # A spoken language's slides show pictures only: the facilitator reads the written
        # companion's words here, on the console only.
        self.companion_heading = label("", "sectionTitle")
        column.addWidget(self.companion_heading)
        self.companion = QTextBrowser()
        self.companion.setObjectName("companionText")
        self.companion.setOpenLinks(False)
        column.addWidget(self.companion, 4)
        self.notes_heading = label("", "sectionTitle")
        column.addWidget(self.notes_heading)
        self.notes = QTextBrowser()
        self.notes.setOpenLinks(False)
        column.addWidget(self.notes, 3)
        self.shared_note = label("", "banner", wrap=True)
        self.shared_note.hide()
        column.addWidget(self.shared_note)
        # The box's words wrap in a label beside it, so a long translation never widens the
        # console past a 1024-pixel screen; clicking the words ticks the box.
        advance_row = QHBoxLayout()
        self.auto_advance = QCheckBox()
        self.auto_advance.setChecked(auto_advance)
        self.auto_advance.toggled.connect(self._auto_advance_toggled)
        self.auto_advance_label = ClickLabel(self.auto_advance.toggle)
        self.auto_advance_label.setWordWrap(True)
        advance_row.addWidget(self.auto_advance, 0, Qt.AlignmentFlag.AlignTop)
        advance_row.addWidget(self.auto_advance_label, 1)
        column.addLayout(advance_row)
        screens = QHBoxLayout()
        self.screen_label = label("", "muted")
        self.screen_choice = QComboBox()
        self.screen_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.screen_choice.setMinimumContentsLength(8)
        self.screen_choice.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.screen_choice.activated.connect(self._screen_chosen)
        self.screen_label.setBuddy(self.screen_choice)
        self.swap_button = button("", tab_only=True)
        screens.addWidget(self.screen_label)
        screens.addWidget(self.screen_choice, 1)
        column.addLayout(screens)
        column.addWidget(self.swap_button)
        return column

    # Screens ---------------------------------------------------------------------------------
    def attach_displays(self, displays: Displays) -> None:
        """Show where the room's picture is, and let the facilitator move or swap it."""
        self.displays = displays
        self.swap_button.clicked.connect(displays.swap)
        displays.changed.connect(self._displays_changed)
        self._displays_changed()

    def _displays_changed(self) -> None:
        displays = self.displays
        if displays is None:
            return
        plan = displays.plan
        shared = plan is None or plan.audience_only
        # One picture for the room and the facilitator: the notes must not reach the wall.
        self.notes.setVisible(not shared)
        self.notes_heading.setVisible(not shared)
        self._show_companion()
        self.shared_note.setVisible(shared)
        self.screen_choice.blockSignals(True)
        self.screen_choice.clear()
        for screen in displays.screens:
            self.screen_choice.addItem(screen.label(), screen.name)
        if plan is not None:
            self.screen_choice.setCurrentIndex(self.screen_choice.findData(plan.audience))
        self.screen_choice.blockSignals(False)
        self.screen_choice.setEnabled(self.screen_choice.count() > 1 and not shared)
        self._word_displays()

    def _word_displays(self) -> None:
        plan = self.displays.plan if self.displays is not None else None
        shared = plan is None or plan.audience_only
        self.screen_label.setText(self.tr("Room screen"))
        self.screen_choice.setAccessibleName(self.tr("Room screen"))
        self.swap_button.setText(
            self.tr("Show the room's picture (S)") if shared else self.tr("Swap screens (S)")
        )
        self.swap_button.setAccessibleName(self.swap_button.text())
        if plan is not None and plan.mirrored:
            note = self.tr(
                "The projector shows the same picture as this screen, so your notes are hidden. "
                "To see notes, set the displays to Extend (see the displays guide)."
            )
        else:
            note = self.tr(
                "There is one screen, so your notes are hidden: the room may be looking at it."
            )
        self.shared_note.setText(note)

    def _screen_chosen(self, index: int) -> None:
        if self.displays is not None:
            self.displays.choose(self.screen_choice.itemData(index))

    def _build_error_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("errorPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        self.error_title = label("", "errorTitle", wrap=True)
        # Folded away, the panel is one line: the class goes on while the author fixes it.
        self.error_fold = button("", tab_only=True)
        self.error_fold.setCheckable(True)
        self.error_fold.setChecked(True)
        self.error_fold.toggled.connect(self._fold_errors)
        top.addWidget(self.error_title, 1)
        top.addWidget(self.error_fold, 0, Qt.AlignmentFlag.AlignTop)
        self.error_list = ProblemList()
        layout.addLayout(top)
        layout.addWidget(self.error_list)
        panel.hide()
        self.error_panel = panel
        wrapper = QFrame()
        wrap_layout = QVBoxLayout(wrapper)
        wrap_layout.setContentsMargins(16, 0, 16, 12)
        wrap_layout.addWidget(panel)
        return wrapper

    # Updating --------------------------------------------------------------------------------
    def refresh(self) -> None:
        p = self.presentation
        if self._list_key != (p.language, id(p.text)):
            self._fill_slide_list()
        self.current.show_position(p)
        self.next_stage.show_position(p, offset=1, honour_black=False)
        titles = (p.text.title, p.curriculum.title(p.language))
        if titles != self._titles:  # a new language: not on every slide change
            self._titles = titles
            self.header.title.setToolTip(plain_tooltip(titles[0]))
            self._fit_titles()
        slide = p.slide
        if slide is None:
            self._position_text = self.tr("Complaint line card")
        else:
            self._position_text = (
                self.tr("Slide %1 of %2")
                .replace("%1", str(p.index + 1))
                .replace("%2", str(len(p.text.slides)))
            )
        self._show_position()
        self.notes.setPlainText(slide.notes if slide else "")
        self.companion.setPlainText(companion_text(slide) if p.text.spoken else "")
        self._show_companion()
        self.black_note.setVisible(p.black)
        self.black_button.setChecked(p.black)
        self.card_button.setChecked(p.at_card)
        self.quiz_panel.refresh()
        row = p.card_index if p.at_card else p.index
        if self.slide_list.currentRow() != row:
            self.slide_list.blockSignals(True)
            self.slide_list.setCurrentRow(row)
            self.slide_list.blockSignals(False)
        index = self.language.findData(p.language)
        if index >= 0 and index != self.language.currentIndex():
            self.language.setCurrentIndex(index)

    def _show_companion(self) -> None:
        """The companion's words, while the language is spoken and the room cannot see them."""
        p = self.presentation
        plan = self.displays.plan if self.displays is not None else None
        shared = plan is None or plan.audience_only
        spoken = p.text.spoken
        for widget in (self.companion, self.companion_heading):
            widget.setVisible(spoken and not shared)
        if spoken:
            written = p.curriculum.language(p.text.spoken_from)
            name = written.name if written is not None else p.text.spoken_from
            self.companion_heading.setText(self.tr("To say (from the %1 text)").replace("%1", name))
            set_content_language(self.companion, p.text.spoken_from)

    def _fill_languages(self) -> None:
        p = self.presentation
        self.language.clear()
        codes = [lang.code for lang in p.curriculum.languages if lang.code in p.module.texts]
        set_content_language(self.language, codes)
        for lang in p.curriculum.languages:
            if lang.code in p.module.texts:
                self.language.addItem(lang.name, lang.code)

    def _fill_slide_list(self) -> None:
        p = self.presentation
        self._list_key = (p.language, id(p.text))
        # Slide titles are the lesson's words; the last row is the interface's.
        set_content_language(self.slide_list, [p.language, QLocale().name()])
        self.slide_list.blockSignals(True)
        self.slide_list.clear()
        for slide in p.text.slides:
            mark = "? " if slide.question else ""
            item = QStandardItem(numbered(f"{slide.index + 1}. {mark}", slide.title, p.language))
            item.setData(
                (self.tr("Question: %1") if slide.question else "%1").replace("%1", slide.title),
                Qt.ItemDataRole.AccessibleTextRole,
            )
            self.slide_list.addItem(item)
        self.slide_list.addItem(QStandardItem(self.tr("End: complaint line")))
        self.slide_list.blockSignals(False)

    def _fit_titles(self) -> None:
        """The header's titles, cut with an ellipsis where there is no room ("Our righ…", not
        "Our"); a module title cut is repeated whole after the position."""
        title, subtitle = self.header.title, self.header.subtitle
        full, under = self._titles
        room = title.contentsRect().width()
        self._title_cut = title.fontMetrics().horizontalAdvance(full) > room
        for line, text in ((title, full), (subtitle, under)):
            shown = line.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, line.contentsRect().width()
            )
            if line.text() != shown:
                line.setText(shown)
        self._show_position()

    def _show_position(self) -> None:
        """ "Slide 3 of 12", and the module's title after it when the header has to cut the
        title short (a 1024-pixel screen with every header button): it is read whole."""
        text = self._position_text
        if self._title_cut:
            text = f"{text} \u00b7 {self._titles[0]}"
        if self.position.text() != text:
            self.position.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched in (
            self.header.title,
            self.header.subtitle,
        ):
            self._fit_titles()
        return super().eventFilter(watched, event)

    def show_record_problem(self, message: str) -> None:
        """A write to the records failed: say so, and that teaching can go on."""
        self._record_problem = message
        self.record_note.setText(
            self.tr("Not saved: %1. Teaching can go on; fix this before the next session.").replace(
                "%1", message
            )
        )
        self.record_note.show()

    def show_problems(self, result: LoadResult) -> None:
        if result.ok:
            self.error_panel.hide()
            return
        self.error_list.show_problems(result.problems.errors, result.path)
        self.error_panel.show()
        self.error_list.setVisible(self.error_fold.isChecked())

    def _fold_errors(self, shown: bool) -> None:
        self.error_list.setVisible(shown)
        self._word_error_fold()

    def _word_error_fold(self) -> None:
        self.error_fold.setText(
            self.tr("Hide the list") if self.error_fold.isChecked() else self.tr("Show the list")
        )
        self.error_fold.setAccessibleName(self.error_fold.text())

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self.presentation.go(row)

    def _language_chosen(self, index: int) -> None:
        self.presentation.set_language(self.language.itemData(index))

    def _auto_advance_toggled(self, checked: bool) -> None:
        self.narration.auto_advance = checked

    def elapsed_seconds(self) -> float:
        return self.elapsed_before + time.monotonic() - self.started

    def _tick(self) -> None:
        self.clock.setText(QTime.currentTime().toString("HH:mm"))
        seconds = self.elapsed_seconds()
        self.elapsed.setText(self.tr("Elapsed %1").replace("%1", clock_text(int(seconds))))
        countdown = Countdown(self.presentation.text.minutes, seconds)
        state = countdown.state
        self.remaining.setVisible(state is not TimeState.UNPLANNED)
        left = countdown.remaining_seconds
        if state is TimeState.OVER:
            words = self.tr("%1 over the planned %2 min").replace("%1", clock_text(-left))
        else:
            words = self.tr("%1 left of %2 min").replace("%1", clock_text(left))
        self.remaining.setText(words.replace("%2", str(countdown.planned_minutes)))
        if state.value != self.remaining.property("timeState"):
            self.remaining.setProperty("timeState", state.value)
            colour = TIME_COLOURS.get(state, "")
            self.remaining.setStyleSheet(f"#remaining {{ color: {colour}; }}" if colour else "")

    def set_practising(self, practising: bool) -> None:
        """Practice looks different from a recorded session (on this screen only)."""
        self.practising = practising
        self.practice_banner.setVisible(practising)
        self._word_banners()

    def show_end_question(self, asking: bool, attendance_missing: bool = False) -> None:
        self._attendance_missing = attendance_missing
        self._word_banners()
        self.end_question.setVisible(asking)

    def _word_banners(self) -> None:
        self.practice_banner.setText(
            self.tr("PRACTICE: nothing is recorded. The room's screen does not show this.")
        )
        if self._attendance_missing:
            self.end_question.setText(
                self.tr(
                    "Nobody is in the attendance yet: A to take it now. End the session "
                    "anyway? Esc or Enter: end. Any other key: go on teaching."
                )
            )
        else:
            self.end_question.setText(
                self.tr("End the session? Esc or Enter: end. Any other key: go on teaching.")
            )

    def _rescale(self, scale: float) -> None:
        self.current.set_scale(scale)
        self.next_stage.set_scale(scale)
        font = self.notes.font()
        font.setPointSizeF(self.appearance.point_size(1.35))
        self.notes.setFont(font)
        companion = self.companion.font()
        companion.setPointSizeF(self.appearance.point_size(1.35))
        self.companion.setFont(companion)
        self.refresh()
        self._fit_titles()  # the same titles in a new size of text

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The list of mistakes takes a seventh of the window at most (two or three of them,
        # the rest a scroll away), so on a 768-pixel screen the slide stays big enough to teach
        # from while the author fixes the files.
        self.error_list.setMaximumHeight(max(ERROR_LIST_MIN, min(180, self.height() // 7)))
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the console ends the session, like Esc, so it is recorded properly.
        if self.allow_close:
            super().closeEvent(event)
            return
        event.ignore()
        self.stop_requested.emit()
