"""The library window: what `wsr-edu` opens on. Lists curricula and starts presentations."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...curriculum.catalog import display_title, scan
from ...curriculum.problems import UNRECORDED
from ..context import AppContext
from ..widgets import (
    HeaderBar,
    InterfaceLanguageBox,
    TextSizeControl,
    button,
    canvas_layout,
    is_language_change,
    label,
)
from .backup_status import BackupStatusLine
from .curriculum_page import CurriculumPage
from .error_page import ErrorPage
from .packs import (
    check_signatures,
    install,
    installed_text,
    presenter_signed_only,
    signature_short,
    signature_text,
)
from .printing import PrintMenu
from .sessions import ResumeBanner, SessionDesk

if TYPE_CHECKING:
    from ...curriculum.loader import LoadResult
    from ...curriculum.model import Curriculum
    from ...curriculum.problems import Problem
    from ...packs.install import InstallResult
    from ...packs.provenance import Signature
    from ...records.model import TrainingSession
    from ...records.repository import Records
    from ...session.ending import SessionSummary
    from ...session.position import Position
    from ..presenter.controller import PresenterController
    from .card_window import ComplaintCardWindow
    from .recorder import RecorderWindow


def fitted_size(width: int, height: int) -> tuple[int, int]:
    """The window's size, shrunk to the screen's free area (a 1366x768 or 1024x768 laptop)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return width, height
    area = screen.availableGeometry()
    return min(width, area.width() - 16), min(height, area.height() - 40)


def split_problems(result: LoadResult) -> tuple[list[Problem], set[str]]:
    """The errors that stop the whole curriculum, and the modules that have errors of their own.

    An error inside `modules/<id>/` (a bad picture path, a broken question) concerns that
    module only: the other modules can still be taught. A part of a spoken language nobody has
    recorded yet stops nothing: it is listed, and the recorder is how it gets fixed.
    """
    whole: list[Problem] = []
    modules: set[str] = set()
    root = (result.path / "modules").resolve()
    for problem in result.problems.errors:
        if problem.code == UNRECORDED:
            continue
        try:
            parts = problem.path.resolve().relative_to(root).parts
        except ValueError:
            parts = ()
        if parts:
            modules.add(parts[0])
        else:
            whole.append(problem)
    return whole, modules


def teachable(result: LoadResult) -> bool:
    """True when at least the curriculum itself loads, whatever some modules' mistakes."""
    if result.curriculum is None or not result.curriculum.modules:
        return False
    whole, bad = split_problems(result)
    return not whole and any(m.id not in bad for m in result.curriculum.modules)


class LibraryWindow(QMainWindow):
    """Curricula on the left, the chosen one on the right; F5 presents the chosen module."""

    curricula_loaded = Signal()
    signatures_checked = Signal()
    pack_finished = Signal(bool)
    presenter_started = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.results: list[LoadResult] = []
        self.presenter: PresenterController | None = None
        self.card_window: ComplaintCardWindow | None = None
        self.recorder_window: RecorderWindow | None = None
        self._languages: dict[Path, str] = {}
        self.signatures: dict[Path, Signature] = {}
        self.desk = SessionDesk(context, self)
        self.unfinished: list[TrainingSession] = []
        self._looked_for_unfinished = False
        self.resize(*fitted_size(1180, 760))
        outer = canvas_layout(self)
        header = HeaderBar("wsr-edu", " ")
        self.header = header
        self.records_button = button("", name="onDark")
        self.records_button.clicked.connect(self.show_records)
        header.action_row.addWidget(self.records_button)
        self.print_button = button("", name="onDark")
        header.action_row.addWidget(self.print_button)
        self.print_menu = PrintMenu(context, self.print_button, self, self._print_selection)
        # The interface language, chosen apart from the lesson's language (on the page below).
        self.interface_language = InterfaceLanguageBox(
            context.settings.interface_language, context.set_interface_language
        )
        header.action_row.addWidget(self.interface_language)
        self.text_size = TextSizeControl(context.appearance, on_dark=True)
        header.action_row.addWidget(self.text_size)
        outer.addWidget(header)

        body = QHBoxLayout()
        body.setContentsMargins(20, 16, 20, 16)
        body.setSpacing(20)
        side = QVBoxLayout()
        side.setSpacing(6)
        self.curricula_heading = label("", "sectionTitle")
        side.addWidget(self.curricula_heading)
        self.curricula = QListWidget()
        self.curricula.setWordWrap(True)
        self.curricula.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.curricula.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Long names wrap inside the list rather than hiding behind a sideways scroll bar.
        self.curricula.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.curricula.currentRowChanged.connect(self._show_selected)
        side.addWidget(self.curricula, 1)
        # Both ways to bring in a curriculum sit under the list they add to; the header keeps
        # the few buttons that fit a 1024-pixel screen in every interface language.
        self.open_button = button("")
        self.open_button.clicked.connect(self.open_folder)
        side.addWidget(self.open_button)
        self.pack_button = button("")
        self.pack_button.clicked.connect(self.open_pack)
        side.addWidget(self.pack_button)
        body.addLayout(side, 3)

        right = QVBoxLayout()
        right.setSpacing(10)
        self.banner = label("", "banner", wrap=True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # messages quote packs and files
        self.banner.hide()
        right.addWidget(self.banner)
        self.backup_status = BackupStatusLine()
        right.addWidget(self.backup_status)
        self.resume_banner = ResumeBanner()
        self.resume_banner.resume_button.clicked.connect(self._resume_offered)
        self.resume_banner.end_button.clicked.connect(self._end_offered)
        right.addWidget(self.resume_banner)
        self.coordinator_window: QWidget | None = None
        self.summary_window: QWidget | None = None
        self.watchers: list = []  # type: ignore[type-arg]
        self.pages = QStackedWidget()
        self.loading = label("", "big")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty = label("", "big", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.curriculum_page = CurriculumPage()
        self.error_page = ErrorPage()
        for page in (self.loading, self.empty, self.curriculum_page, self.error_page):
            self.pages.addWidget(page)
        right.addWidget(self.pages, 1)
        # Who signed the chosen curriculum, in full; selectable, to compare the fingerprint.
        self.signature_line = label("", "muted", wrap=True)
        self.signature_line.setTextFormat(Qt.TextFormat.PlainText)
        self.signature_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.signature_line)
        body.addLayout(right, 8)
        outer.addLayout(body, 1)

        self.curriculum_page.present_requested.connect(self.present)
        self.curriculum_page.complaint_card_requested.connect(self.show_complaint_card)
        self.curriculum_page.record_requested.connect(self.show_recorder)
        self.curriculum_page.language.currentIndexChanged.connect(self._remember_language)
        self.error_page.check_again_requested.connect(self.reload)
        QShortcut(QKeySequence("F5"), self, self.curriculum_page._present)
        QShortcut(QKeySequence("Ctrl+O"), self, self.open_folder)
        QShortcut(QKeySequence("Ctrl+R"), self, self.reload)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Every word of the window in the current interface language."""
        self.setWindowTitle(self.tr("wsr-edu: library"))
        self.setAccessibleName(self.tr("Library"))
        self.header.subtitle.setText(self.tr("Facilitator's library"))
        for widget, text in (
            (self.open_button, self.tr("&Open a curriculum folder…")),
            (self.pack_button, self.tr("Open a curriculum pac&k…")),
            (self.records_button, self.tr("Recor&ds and reports…")),
            (self.print_button, self.tr("Pr&int for workers")),
        ):
            widget.setText(text)
            widget.setAccessibleName(text.replace("&", ""))
        self.print_menu.retranslate()
        self.curricula_heading.setText(self.tr("Curricula"))
        self.curricula.setAccessibleName(self.tr("Curricula"))
        self.loading.setText(self.tr("Looking for curricula…"))
        self.empty.setText(
            self.tr(
                "No curriculum was found. Open a curriculum folder (a folder "
                "with a curriculum.toml file) to start."
            )
        )
        if self.results:
            self._fill_list()
        if self.coordinator_window is not None:
            self.coordinator_window.setWindowTitle(self.tr("wsr-edu: records and reports"))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # Loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        roots = self.context.curriculum_roots()
        if not self.results:
            self.pages.setCurrentWidget(self.loading)
        kept = self.context.paths.scan_cache_dir
        self.context.tasks.run(lambda: scan(roots, kept), self._loaded, self._load_failed)

    def _loaded(self, results: list[LoadResult]) -> None:
        keep = self.selected_result.path if self.selected_result else None
        self.results = results
        self._fill_list()
        paths = [r.path for r in results]
        row = paths.index(keep) if keep in paths else 0
        if results:
            if self.curricula.currentRow() != row:
                self.curricula.setCurrentRow(row)  # shown through currentRowChanged
            else:
                self._show_selected(row)  # the same row again: shown once, here
        else:
            self.pages.setCurrentWidget(self.empty)
        self._watch(results)
        self.curricula_loaded.emit()
        if not self._looked_for_unfinished:
            self._looked_for_unfinished = True
            self.look_for_unfinished_sessions()
        self._check_signatures()

    def _watch(self, results: list[LoadResult]) -> None:
        """Notice edits to any curriculum shown (its text and its images) and show them."""
        from ..preview import CurriculumWatcher

        for watcher in self.watchers:
            watcher.stop()
            watcher.deleteLater()
        self.watchers = []
        if self.presenter is not None:
            return  # the presenter watches the curriculum it shows
        for result in results:
            watcher = CurriculumWatcher(self.context.tasks, result.path, self)
            watcher.reloaded.connect(self._one_reloaded)
            watcher.start()
            self.watchers.append(watcher)

    def _one_reloaded(self, result: LoadResult) -> None:
        paths = [r.path for r in self.results]
        if result.path not in paths:
            return
        self.results[paths.index(result.path)] = result
        self._fill_list()
        self._show_selected(self.curricula.currentRow())

    def _fill_list(self) -> None:
        """One row per curriculum: its title, then who made it and its version or mistakes."""
        row = self.curricula.currentRow()
        self.curricula.blockSignals(True)
        self.curricula.clear()
        for result in self.results:
            title = display_title(result, self._languages.get(result.path))
            if result.ok and result.curriculum is not None:
                detail = " · ".join(
                    p
                    for p in (
                        result.curriculum.organisation,
                        self.tr("version %1").replace("%1", result.curriculum.version),
                    )
                    if p
                )
            else:
                detail = self.tr("%n mistake(s) to fix", "", len(result.problems.errors))
            signed = signature_short(self.signatures.get(result.path))
            detail = f"{detail}\n{signed}" if signed else detail
            item = QListWidgetItem(f"{title}\n{detail}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}. {detail}")
            self.curricula.addItem(item)
        if 0 <= row < self.curricula.count():
            self.curricula.setCurrentRow(row)
        self.curricula.blockSignals(False)

    def _load_failed(self, error: BaseException) -> None:
        self.show_message(self.tr("The curricula could not be read: %1").replace("%1", str(error)))
        self.pages.setCurrentWidget(self.empty)

    @property
    def selected_result(self) -> LoadResult | None:
        row = self.curricula.currentRow()
        return self.results[row] if 0 <= row < len(self.results) else None

    def _show_selected(self, row: int) -> None:
        result = self.selected_result
        if result is None:
            return
        self.signature_line.setText(signature_text(self.signatures.get(result.path)))
        if result.curriculum is not None and (result.ok or teachable(result)):
            language = self._languages.get(result.path, result.curriculum.default_language)
            _whole, bad = split_problems(result)
            self.curriculum_page.show_curriculum(
                result.curriculum, language, len(result.problems.warnings)
            )
            # One module's mistakes are shown with it; the other modules stay teachable.
            self.curriculum_page.show_module_problems(
                result.problems.errors, result.path, frozenset(bad)
            )
            self.pages.setCurrentWidget(self.curriculum_page)
        else:
            self.error_page.show_result(result, display_title(result))
            self.pages.setCurrentWidget(self.error_page)

    def _remember_language(self, _index: int) -> None:
        result = self.selected_result
        if result is not None:
            language = self.curriculum_page.selected_language
            if self._languages.get(result.path) != language:
                self._languages[result.path] = language
                self._fill_list()  # the list names the curriculum in that language too

    # Actions ---------------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open a curriculum folder"), str(Path.home())
        )
        if folder:
            self.add_folder(Path(folder))

    def add_folder(self, folder: Path) -> bool:
        """Remember a folder holding a curriculum (or several) and show it in the library."""
        from ...curriculum.loader import find_curricula

        if not find_curricula(folder):
            self.show_message(
                self.tr(
                    "There is no curriculum in %1. Choose the folder that holds curriculum.toml."
                ).replace("%1", str(folder))
            )
            return False
        self.show_message("")
        self.context.remember_curriculum(folder)
        self.reload()
        return True

    # Signed packs ----------------------------------------------------------------------------
    def _check_signatures(self) -> None:
        folders, data_dir = [r.path for r in self.results], self.context.paths.data_dir
        self.context.tasks.run(
            lambda: check_signatures(folders, data_dir), self._signatures_checked, lambda _e: None
        )

    def _signatures_checked(self, signatures: dict[Path, Signature]) -> None:
        from shiboken6 import isValid

        if not isValid(self.curricula):  # the window closed while the files were read
            return
        self.signatures = signatures
        self._fill_list()
        if self.selected_result is not None:
            self.signature_line.setText(signature_text(signatures.get(self.selected_result.path)))
        self.signatures_checked.emit()

    def open_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a curriculum pack"),
            str(Path.home()),
            self.tr("Curriculum packs (*.wsrpack)"),
        )
        if path:
            self.install_pack(Path(path))

    def install_pack(self, pack: Path) -> None:
        """Verify and install a pack on the worker thread, then say what happened."""
        self.show_message(self.tr("Checking %1…").replace("%1", pack.name))
        data_dir = self.context.paths.data_dir
        self.context.tasks.run(
            lambda: install(pack, data_dir), self._pack_installed, self._pack_refused
        )

    def _pack_installed(self, result: InstallResult) -> None:
        self.show_message(installed_text(result))
        self.pack_finished.emit(True)
        self.reload()

    def _pack_refused(self, error: BaseException) -> None:
        self.show_message(self.tr("The pack was not installed: %1").replace("%1", str(error)))
        self.pack_finished.emit(False)

    def _may_present(self, path: Path) -> bool:
        """Whether this computer's policy lets the presenter run the curriculum in `path`."""
        if not presenter_signed_only(self.context.paths.data_dir):
            return True
        signature = self.signatures.get(path)
        if signature is not None and signature.ok:
            return True
        self.show_message(
            self.tr(
                "This computer presents signed curricula only; this one is not (%1). "
                "Install it from its organisation's pack."
            ).replace("%1", signature_text(signature, explain=False) or self.tr("not checked yet"))
        )
        return False

    def present(self, module_id: str, language: str) -> None:
        result = self.selected_result
        if result is None or result.curriculum is None or self.presenter:
            return
        if not result.ok and (not teachable(result) or module_id in split_problems(result)[1]):
            return
        if not self._may_present(result.path):
            return
        plan = self.desk.plan(result.curriculum, module_id, language)
        if plan is None:
            return
        self._start_presenter(
            result.curriculum,
            plan.module_id,
            plan.language,
            plan.audience_screen,
            practising=plan.setup is None,
        )
        if plan.setup is not None and self.presenter is not None:
            self.desk.attach(self.presenter, setup=plan.setup)

    def _start_presenter(
        self,
        curriculum: Curriculum,
        module_id: str,
        language: str,
        audience_screen: str = "",
        practising: bool = False,
        resume_at: Position | None = None,
    ) -> None:
        from ..presenter.controller import PresenterController

        self.presenter = PresenterController(
            self.context,
            curriculum,
            module_id,
            language,
            self,
            audience_screen=audience_screen,
            practising=practising,
        )
        self.presenter.finished.connect(self._presenter_finished)
        self._watch([])
        self.hide()
        self.presenter.start(resume_at)
        self.presenter_started.emit(self.presenter)

    # Records ---------------------------------------------------------------------------------
    def look_for_unfinished_sessions(self) -> None:
        """After a crash or power cut, offer to resume the session that was left open."""
        context = self.context
        self.context.tasks.run(
            lambda: [s for s in context.records().open_sessions() if s.group != "kiosk"],
            self._unfinished_found,
            self._records_failed,
        )
        # Opened by the task above; only the backup job goes to the GUI thread, to be polled.
        context.tasks.run(
            lambda: context.records().daily_backup, self.backup_status.watch, lambda _e: None
        )

    def _unfinished_found(self, sessions: list[TrainingSession]) -> None:
        self.unfinished = sessions
        if not sessions:
            self.resume_banner.hide()
            return
        session = sessions[0]
        curriculum = self._curriculum_by_id(session.curriculum_id)
        module = curriculum.module(session.module_id) if curriculum else None
        title = module.text(session.language).title if module else session.module_id
        self.resume_banner.offer(session, title, module is not None)

    def _curriculum_by_id(self, curriculum_id: str) -> Curriculum | None:
        for result in self.results:
            if result.ok and result.curriculum and result.curriculum.id == curriculum_id:
                return result.curriculum
        return None

    def _resume_offered(self) -> None:
        session = self.resume_banner.session
        curriculum = self._curriculum_by_id(session.curriculum_id) if session else None
        if session is None or curriculum is None or self.presenter is not None:
            return
        if not self._may_present(curriculum.path):
            return
        self.resume_banner.hide()
        self.unfinished = [s for s in self.unfinished if s.id != session.id]
        from ...session.position import load_position, position_file

        # Where it stopped: the slide and the time taught (a small file, read at once).
        position = load_position(position_file(self.context.paths.data_dir, session.id))
        self._start_presenter(curriculum, session.module_id, session.language, resume_at=position)
        if self.presenter is not None:
            self.desk.attach(self.presenter, resumed=session)

    def _end_offered(self) -> None:
        session = self.resume_banner.session
        if session is None:
            return
        self.resume_banner.hide()
        records = self.context.records
        self.context.tasks.run(
            lambda: records().end_session(session.id, session.updated_at),
            lambda _ended: self._unfinished_found(
                [s for s in self.unfinished if s.id != session.id]
            ),
            self._records_failed,
        )

    def _records_failed(self, error: BaseException) -> None:
        from ...records.health import DamagedDatabaseError
        from .restore import offer_restore

        if isinstance(error, DamagedDatabaseError) and offer_restore(
            self, self.context, error, self._restored, self._records_failed
        ):
            return
        self.show_message(
            self.tr(
                "The records cannot be used: %1. You can still teach; nothing is recorded."
            ).replace("%1", str(error))
        )

    def _restored(self, summary: str) -> None:
        self.show_message(self.tr("The records were restored: %1").replace("%1", summary))
        self.look_for_unfinished_sessions()

    def _print_selection(self):  # type: ignore[no-untyped-def]
        """The curriculum, module and teaching language shown, for the print menu."""
        result = self.selected_result
        page = self.curriculum_page
        curriculum = result.curriculum if result is not None else None
        return curriculum, page.selected_module, page.selected_language

    def show_records(self) -> None:
        """The coordinator's view of sessions, totals and results, in a window of its own."""
        if self.coordinator_window is not None:
            self.coordinator_window.show()
            self.coordinator_window.raise_()
            return
        context = self.context
        self.context.tasks.run(context.records, self._open_coordinator, self._records_failed)

    def _open_coordinator(self, records: Records) -> None:
        from ...records.exports.labels import Labels
        from ..coordinator.view import CoordinatorView

        labels = Labels.from_curricula(
            [r.curriculum for r in self.results],
            prefer=self.context.settings.interface_language or None,
        )
        view = CoordinatorView(
            records,
            self.context.tasks,
            labels=labels,
            settings=self.context.settings,
            save_settings=self.context.save_settings,
        )
        view.setWindowTitle(self.tr("wsr-edu: records and reports"))
        view.resize(*fitted_size(1180, 760))  # a 1024x768 or 1366x768 laptop
        self.coordinator_window = view
        view.show()
        view.start()

    def _presenter_finished(self) -> None:
        summary = self.presenter.summary if self.presenter is not None else None
        if self.presenter is not None:
            self.presenter.deleteLater()
        self.presenter = None
        self.show()
        self.activateWindow()
        self.reload()
        if summary is not None:
            self.show_summary(summary)

    def show_summary(self, summary: SessionSummary) -> None:
        """What the session came to; attendance is read from the records off the GUI thread."""
        from ..presenter.summary import SummaryWindow

        window = SummaryWindow(summary, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_window = window
        recorder = self.desk.recorder
        session = recorder.session if recorder is not None else None
        if summary.recorded and session is not None:
            records, session_id = self.context.records, session.id

            def attendance() -> tuple[int, str]:
                opened = records()
                stored = opened.get_session(session_id)
                if stored.privacy_mode.value == "headcount":
                    return stored.headcount, "headcount"
                return len(opened.attendance(session_id)), "marked"

            self.context.tasks.run(
                attendance, lambda found: window.set_attendance(*found), self._records_failed
            )
            if recorder is not None:
                # A lambda holds the recorder: the desk lets go of it when the session ends.
                window.headcount_entered.connect(lambda count: recorder.record_headcount(count))
        if window.feedback is not None and summary.feedback is not None:
            if summary.recorded and recorder is not None:
                # Each change is a job for the one writer: saved in order, off this thread,
                # for the session it opened (even when the summary came before it was known).
                version, language = summary.curriculum_version, summary.feedback.lang
                window.feedback.entered.connect(
                    lambda question_id, counts: recorder.record_feedback(
                        question_id, counts, curriculum_version=version, language=language
                    )
                )
            else:
                window.feedback.hide()
        window.show()
        # Asked for, not left to the window manager: the library was activated a moment ago,
        # and a manager that guards focus (openbox) kept the keyboard there, so the clicker's
        # next Esc or Enter went to the library behind the summary.
        window.raise_()
        window.activateWindow()

    def show_recorder(self, language: str) -> None:
        """The recorder for native speakers, for the chosen curriculum and language."""
        result = self.selected_result
        if result is None or result.curriculum is None:
            return
        from .recorder import RecorderWindow

        self.recorder_window = RecorderWindow(
            result.curriculum, self.context.player, self.context.tasks, language=language
        )
        self.recorder_window.show()
        self.recorder_window.activateWindow()

    def show_complaint_card(self, language: str) -> None:
        result = self.selected_result
        if result is None or result.curriculum is None:
            return
        # The card draws with the slide code, which the library itself does not need to start.
        from .card_window import ComplaintCardWindow

        self.card_window = ComplaintCardWindow(
            result.curriculum, language, self.context.appearance.scale
        )
        self.card_window.show()
        self.card_window.activateWindow()
