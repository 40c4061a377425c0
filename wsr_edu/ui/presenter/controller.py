"""Starting and ending a presentation: the windows, keys, narration and file watching together."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ...curriculum.model import Curriculum
from ...curriculum.result import LoadResult
from ...session.ending import EndConfirmation, SessionSummary, summarise
from ...session.position import Position
from ...session.presentation import Presentation
from ..context import AppContext
from ..preview import CurriculumWatcher
from .audience import AudienceWindow
from .console import ConsoleWindow
from .displays import Displays
from .images import PictureCache
from .keys import Key, PresenterKeys
from .narration import NarrationControl

MODIFIER_KEYS = (Key.Key_Shift, Key.Key_Control, Key.Key_Alt, Key.Key_Meta, Key.Key_AltGr)


DRAW_AHEAD_MS = 200
"""How long a slide stays up before the next one is drawn ahead, unseen."""


class PresenterController(QObject):
    """One teaching session from F5 to Esc.

    `start()` opens the session in `context.session_events` (storage hears SessionStarted) and
    `stop()` closes it (SessionEnded); everything in between flows through the same object.
    """

    finished = Signal()

    def __init__(
        self,
        context: AppContext,
        curriculum: Curriculum,
        module_id: str,
        language: str,
        parent: QObject | None = None,
        audience_screen: str = "",
        practising: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.practising = practising
        """Presented but not recorded: the console says so all the time."""
        self.ending = EndConfirmation()
        self.summary: SessionSummary | None = None
        """What the session came to, set when it ends."""
        self.presentation = Presentation(curriculum, module_id, language, context.session_events)
        self.narration = NarrationControl(
            self.presentation, context.player, context.settings.auto_advance, self
        )
        # One session's pictures, read once for the room's screen and the console.
        pictures = PictureCache()
        self.console = ConsoleWindow(
            self.presentation,
            self.narration,
            context.appearance,
            context.settings.auto_advance,
            pictures=pictures,
        )
        self.audience = AudienceWindow(self.presentation, context.appearance, pictures=pictures)
        self.displays = Displays(self.audience, self.console, audience_screen, self)
        self.console.attach_displays(self.displays)
        self.console.stop_requested.connect(self.stop)
        self.console.end_button.clicked.disconnect()
        self.console.end_button.clicked.connect(self.request_end)
        self.console.set_practising(practising)
        self.console.attendance_requested.connect(self.show_attendance)
        self.console.language.activated.connect(lambda _i: self.focus_slide())
        self.attendance_handler: Callable[[], None] | None = None
        """Set when the session is recorded: opens the attendance window (key A)."""
        self.attendance_missing: Callable[[], bool] = lambda: False
        """True while a recorded session has nobody in its attendance yet (asked at the end)."""
        self.console.auto_advance.toggled.connect(self._remember_auto_advance)
        p = self.presentation
        self.keys = PresenterKeys(
            [self.console, self.audience],
            {
                Key.Key_Right: p.next,
                Key.Key_PageDown: p.next,
                Key.Key_Space: p.next,
                Key.Key_Left: p.previous,
                Key.Key_PageUp: p.previous,
                Key.Key_Home: p.first,
                Key.Key_End: p.last,
                Key.Key_B: p.toggle_black,
                Key.Key_Period: p.toggle_black,
                Key.Key_C: p.toggle_card,
                Key.Key_R: p.toggle_reveal,
                Key.Key_L: p.cycle_language,
                Key.Key_N: self.narration.toggle,
                Key.Key_A: self.show_attendance,
                Key.Key_Escape: self.request_end,
                Key.Key_F5: self.show_audience,
                Key.Key_F11: self.displays.toggle_full_screen,
                Key.Key_S: self.displays.swap,
            },
            self,
            focus_home=self.focus_slide,
            first_look=self._answer_end_question,
        )
        self.keys.watch(self.console.slide_list)
        self.watcher = CurriculumWatcher(context.tasks, curriculum.path, self)
        self.watcher.reloaded.connect(self._reloaded)
        self.running = False
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(DRAW_AHEAD_MS)
        self._ahead_timer.timeout.connect(self._draw_next_ahead)
        # Each change starts the wait again: clicking through slides draws none of those passed.
        p.changed.connect(self._ahead_timer.start)
        self._stages = (
            (self.audience.stage, 0),
            (self.console.current, 0),
            (self.console.next_stage, 1),
        )
        """Every stage, with how far ahead of the slide it shows (the preview: one on)."""
        for stage, _offset in self._stages:
            stage.resized.connect(self._ahead_timer.start)

    def start(self, resume_at: Position | None = None) -> None:
        """Present from the first slide, or from where a resumed session stopped."""
        self.running = True
        self.narration.warm_up()  # the sound library starts while the first slide is drawn
        p = self.presentation
        at = 0
        if resume_at is not None:
            if resume_at.language in p.module.texts:
                p.language = resume_at.language
            found = p.index_of(resume_at.slide_id)
            at = found if found is not None else resume_at.index
            self.console.elapsed_before = resume_at.elapsed_seconds
        self.presentation.start(at)
        if at:
            p.changed.emit()  # the windows were drawn at slide 1
        self.keys.install()
        self.displays.start()
        self.console.slide_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.watcher.start()
        # While the room looks at the first slide: draw the complaint card once, unseen, in
        # every window, so its first showing (or its preview) is as quick as any slide.
        QTimer.singleShot(0, self, self._draw_ahead)
        self._ahead_timer.start()
        self.narration.read_ahead_soon()

    def _draw_ahead(self) -> None:
        if self.running:
            for stage, _offset in self._stages:
                stage.draw_card_ahead(self.presentation)

    def _draw_next_ahead(self) -> None:
        """While the room looks at a slide: draw, unseen, what the next Right shows."""
        if self.running:
            for stage, offset in self._stages:
                stage.draw_ahead(self.presentation, offset)

    def focus_slide(self, came_from: QWidget | None = None) -> None:
        """Give the keyboard back to the slide, so the clicker's next key turns it.

        Keys pressed in the audience window leave the focus there: it may be the only window
        the room and the facilitator share.
        """
        if came_from is not None and came_from.window() is self.audience:
            return
        console = self.console
        if not console.isVisible():
            return
        if QApplication.activeWindow() is not console:
            console.activateWindow()
        if not console.slide_list.hasFocus():
            console.slide_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_attendance_handler(
        self, handler: Callable[[], None], missing: Callable[[], bool] | None = None
    ) -> None:
        """A opens the attendance with `handler`; `missing` says when nobody is in it yet."""
        self.attendance_handler = handler
        if missing is not None:
            self.attendance_missing = missing
        self.console.attendance_button.show()

    def show_attendance(self) -> None:
        if self.attendance_handler is not None:
            self.attendance_handler()

    def show_audience(self) -> None:
        self.displays.show_audience()

    # Ending ----------------------------------------------------------------------------------
    def request_end(self) -> None:
        """Esc: ask once more; a second Esc or Enter ends the session."""
        if self.ending.escape():
            self.stop()
            return
        # With one screen the attendance window may never have been seen: the question says
        # so, and A opens it, rather than the session ending with nobody counted.
        missing = self.attendance_missing()
        self.console.show_end_question(True, missing)
        self.audience.show_end_question(True, self.displays.plan, missing)

    def _answer_end_question(self, key: Key) -> bool:
        if not self.ending.asking:
            return False
        if key in MODIFIER_KEYS:
            return False
        if key == Key.Key_Escape:
            return False  # the ordinary Esc action answers: request_end()
        if key in (Key.Key_Return, Key.Key_Enter):
            self.ending.confirm()
            self.stop()
            return True
        self.ending.cancel()
        self.console.show_end_question(False)
        self.audience.show_end_question(False, self.displays.plan)
        if key == Key.Key_A:
            self.show_attendance()  # the question offered it: A takes the attendance now
        return True

    def stop(self) -> None:
        if not self.running:
            return
        self.running = False
        self._ahead_timer.stop()
        self.summary = summarise(
            self.presentation, self.console.elapsed_seconds(), recorded=not self.practising
        )
        self.watcher.stop()
        self.displays.stop()
        self.keys.remove()
        self.narration.close()
        self.presentation.stop()
        for window in (self.audience, self.console):
            window.allow_close = True
            window.close()
            window.deleteLater()
        self.presentation.close()
        self.finished.emit()

    def _reloaded(self, result: LoadResult) -> None:
        if result.ok and result.curriculum is not None:
            self.presentation.replace_curriculum(result.curriculum)
        self.console.show_problems(result)

    def _remember_auto_advance(self, checked: bool) -> None:
        self.context.settings.auto_advance = checked
        self.context.save_settings()
