"""Between the library and the presenter: the session's details, its records, resuming one."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ..widgets import button, label

if TYPE_CHECKING:
    from ...curriculum.model import Curriculum
    from ...records.model import SessionSetup, TrainingSession
    from ...records.repository import Records
    from ...session.recording import SessionRecorder
    from ..context import AppContext
    from ..presenter.controller import PresenterController
    from ..session.attendance import AttendancePanel


POSITION_EVERY_MS = 30_000
"""Besides every change of slide, the time taught is noted this often."""


@dataclass(frozen=True)
class SessionPlan:
    module_id: str
    language: str
    setup: SessionSetup | None
    """None when the facilitator practises: the session is presented but not recorded."""
    audience_screen: str = ""
    """The display the facilitator chose for the room ("" for the usual one)."""


class SessionDesk(QObject):
    """Asks for a session's details, opens it in the records and keeps its recorder."""

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.recorder: SessionRecorder | None = None
        self.attendance_window: QDialog | None = None
        self.attendance_panel: AttendancePanel | None = None
        self._position_path: Path | None = None

    def plan(self, curriculum: Curriculum, module_id: str, language: str) -> SessionPlan | None:
        """Ask where, who and how attendance is kept; None when the facilitator cancels."""
        from ...records.model import SessionSetup
        from ..presenter.displays import current_screens
        from ..session.start_dialog import StartSessionDialog

        settings = self.context.settings
        self.context.warm_up_player()  # the sound library starts while the dialog is filled in
        dialog = StartSessionDialog(
            curriculum.id,
            curriculum.version,
            [(m.id, m.text(language).title) for m in curriculum.modules],
            [(lang.code, lang.name) for lang in curriculum.languages],
            names_allowed=settings.names_allowed,
            defaults=SessionSetup(
                site=settings.site,
                curriculum_id=curriculum.id,
                curriculum_version=curriculum.version,
                module_id=module_id,
                language=language,
                facilitator=settings.facilitator,
                paid_time=settings.paid_time,
            ),
            screens=[(s.name, s.label()) for s in current_screens()],
            parent=self.window,
        )
        result = dialog.exec()
        if result == StartSessionDialog.PRACTICE:
            return SessionPlan(module_id, language, None, dialog.audience_screen())
        if result != QDialog.DialogCode.Accepted:
            return None
        setup = dialog.setup()
        module = curriculum.module(setup.module_id)
        if module is not None:  # the module's planned length, for the paid-time report
            setup = replace(setup, planned_minutes=module.text(setup.language).minutes or None)
        settings.site, settings.facilitator = setup.site, setup.facilitator
        settings.paid_time = setup.paid_time
        self.context.save_settings()
        return SessionPlan(setup.module_id, setup.language, setup, dialog.audience_screen())

    def attach(
        self,
        controller: PresenterController,
        setup: SessionSetup | None = None,
        resumed: TrainingSession | None = None,
    ) -> None:
        """Record the presentation `controller` runs: a new session, or one being resumed.

        Everything goes through the app's one writer: the session is opened there, its counts
        are written there, and what comes back (the opened session, the counts stored before
        a crash) arrives on the GUI thread when it is ready. The class never waits for it.
        """
        from ...session.recording import SessionRecorder

        if setup is None and resumed is None:
            return
        self.recorder = SessionRecorder(
            self.context.tasks,
            self.context.records,
            self.context.session_events,
            controller.console.show_record_problem,
        )
        controller.finished.connect(self.detach)
        if resumed is not None:
            self.recorder.resume(resumed, controller.presentation.restore_counts)
            self._ready(controller, resumed, show=False)
        elif setup is not None:
            self.recorder.begin(
                setup,
                self.context.settings.names_allowed,
                lambda session: self._ready(controller, session, show=True),
            )

    def _ready(self, controller: PresenterController, session: TrainingSession, show: bool) -> None:
        """The session is in the records: attendance can be kept (key A)."""
        if not controller.running:
            return

        self._keep_position(controller, session)

        def with_records(records: Records) -> None:
            if not controller.running:
                return
            controller.set_attendance_handler(
                lambda: self.show_attendance(records, session, controller),
                missing=lambda: self._nobody_in_attendance(session, resumed=not show),
            )
            if show:
                # Offered, not forced: the console keeps the keyboard, so the clicker still
                # turns slides; A or a click on the window takes the focus there.
                self.show_attendance(records, session, controller, activate=False)

        self.context.tasks.run(self.context.records, with_records)

    def _nobody_in_attendance(self, session: TrainingSession, resumed: bool) -> bool:
        """True when the attendance window shows nobody yet (a headcount of 0, no marks).

        A resumed session whose window has not been opened again may hold marks from
        before: it is not called empty then.
        """
        panel = self.attendance_panel
        if panel is None:
            return not resumed and session.headcount == 0
        return not panel.has_anyone()

    def _keep_position(self, controller: PresenterController, session: TrainingSession) -> None:
        """Note the slide and the time taught as they change, for a resume after a crash."""
        from PySide6.QtCore import QTimer

        from ...session.events import COMPLAINT_CARD
        from ...session.position import Position, position_file, save_position

        path = position_file(self.context.paths.data_dir, session.id)
        if path is None:
            return
        self._position_path = path
        last: list[tuple[int, str]] = []
        tasks = self.context.tasks

        def write(force: bool = False) -> None:
            p = controller.presentation
            if not controller.running:
                return
            key = (p.index, p.language)
            if not force and last and last[0] == key:
                return
            last[:] = [key]
            slide = p.slide_at(p.index)
            position = Position(
                slide.id if slide is not None else COMPLAINT_CARD,
                p.index,
                p.language,
                controller.console.elapsed_seconds(),
            )
            tasks.run(lambda: save_position(path, position), None, self._position_failed)

        controller.presentation.changed.connect(write)
        timer = QTimer(controller)
        timer.timeout.connect(lambda: write(force=True))
        timer.start(POSITION_EVERY_MS)
        write(force=True)

    def _position_failed(self, error: BaseException) -> None:
        # Only the resume position is lost; the records themselves are written elsewhere.
        print(f"wsr-edu: the session's slide position was not saved: {error}")

    def show_attendance(
        self,
        records: Records,
        session: TrainingSession,
        controller: PresenterController,
        activate: bool = True,
    ) -> None:
        from PySide6.QtCore import Qt, QTimer

        from ..folders import SaveFolder
        from ..session.attendance import AttendancePanel

        if self.attendance_window is None:
            window = QDialog(controller.console)
            window.setWindowTitle(self.tr("Attendance"))
            window.setModal(False)
            layout = QVBoxLayout(window)
            folder = SaveFolder(self.context.settings, self.context.save_settings)
            panel = AttendancePanel(records, self.context.tasks, session, window, folder)
            panel.failed.connect(controller.console.show_record_problem)
            layout.addWidget(panel)
            self.attendance_panel = panel
            window.resize(460, 360)
            controller.keys.add_window(window)
            self.attendance_window = window
        window = self.attendance_window
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
        window.show()
        if activate:
            window.raise_()
            window.activateWindow()
        else:
            # Some window systems activate a new window anyway, a moment after showing it.
            controller.focus_slide()
            QTimer.singleShot(0, controller.focus_slide)

    def detach(self) -> None:
        from ...session.position import forget_position

        self.recorder = None
        path, self._position_path = self._position_path, None
        if path is not None:
            self.context.tasks.run(lambda: forget_position(path))
        if self.attendance_window is not None:
            self.attendance_window.close()
            self.attendance_window.deleteLater()
            self.attendance_window = None
            self.attendance_panel = None


class ResumeBanner(QFrame):
    """Offers to resume, or to close, a session that a crash or power cut left open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.session: TrainingSession | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        self.text = label("", "", wrap=True)
        self.resume_button = button("")
        self.end_button = button("")
        row.addWidget(self.text, 1)
        row.addWidget(self.resume_button)
        row.addWidget(self.end_button)
        self._module_title = ""
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setAccessibleName(self.tr("Unfinished session"))
        for widget, text in (
            (self.resume_button, self.tr("&Resume it")),
            (self.end_button, self.tr("&End it now")),
        ):
            widget.setText(text)
            widget.setAccessibleName(text.replace("&", ""))
        session = self.session
        if session is None:
            return
        started = session.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.text.setText(
            self.tr(
                "A session was not ended (the app closed while it was running): %1 at %2, "
                "started %3. Nothing recorded in it was lost."
            )
            .replace("%1", self._module_title)
            .replace("%2", session.site)
            .replace("%3", started)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer(self, session: TrainingSession, module_title: str, can_resume: bool) -> None:
        self.session = session
        self._module_title = module_title
        self.retranslate()
        self.resume_button.setVisible(can_resume)
        self.show()
