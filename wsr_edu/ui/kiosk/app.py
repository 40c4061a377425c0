"""`wsr-edu kiosk`: load the chosen curricula, open the records, and show the locked window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from ...curriculum.catalog import scan
from ...curriculum.model import Curriculum
from ...kiosk.config import KioskStore
from ...session.visit_records import QueuedRecorder
from .. import import_hook  # noqa: F401  (see its words)
from ..context import AppContext
from ..fonts import register_bundled_fonts
from ..i18n import Translations
from ..signals import SignalBridge
from ..tasks import GarbageCollector
from .picture_code import CodeFinder

if TYPE_CHECKING:
    from ...records.repository import Records
    from ..tasks import TaskRunner


def load_curricula(context: AppContext, only: str | None = None) -> list[Curriculum]:
    """Every curriculum that loads without errors; the kiosk never shows a broken one."""
    from ...packs.provenance import may_run  # signed only, once this computer trusts a key

    found = [
        r.curriculum
        for r in scan(context.curriculum_roots(), context.paths.scan_cache_dir)
        if r.ok and r.curriculum
    ]
    if only:
        found = [c for c in found if c.id == only]
    allowed = []
    for curriculum in found:
        ok, signature = may_run(context.paths.data_dir, "kiosk", curriculum.path)
        if ok:
            allowed.append(curriculum)
        elif signature is not None:
            print(
                f"wsr-edu kiosk: {curriculum.id} is {signature.describe()}; this kiosk runs "
                "signed curricula only (see 'wsr-edu pack policy')",
                file=sys.stderr,
            )
    return allowed


def open_recorder(context: AppContext) -> QueuedRecorder:
    """The kiosk's recorder: every answer and visit goes through the app's one writer.

    The records are opened on the writer's thread at the first answer; if they cannot be
    opened, what was answered is kept and tried again with each later write, and the log says
    why.
    """
    from ...session.visit_records import RecordsRecorder

    return QueuedRecorder(context.tasks, lambda: RecordsRecorder(context.records()))


def code_finder(tasks: TaskRunner, open_records: Callable[[], Records]) -> CodeFinder:
    """Looks three pictures up in the records, on the writer's thread like every records call.

    If the records cannot be read, the pictures find nothing (the letters still work) and the
    log says why.
    """
    from ...records.codes import PictureCode

    def find(pictures: PictureCode, deliver: Callable[[str | None], None]) -> None:
        def failed(exc: BaseException) -> None:
            print(f"wsr-edu kiosk: could not look the pictures up: {exc}", file=sys.stderr)
            deliver(None)

        tasks.run(lambda: open_records().find_code_by_pictures(pictures).code, deliver, failed)

    return find


def check_records(context: AppContext, timeout_s: float = 120.0) -> BaseException | None:
    """Open the records on the writer before the kiosk starts; the failure, if any.

    The one start-up moment the kiosk waits for the writer: a worker must never answer into a
    fresh, empty file while a backup holds the real records (`DamagedDatabaseError`).
    """
    failure: list[BaseException] = []

    def probe() -> None:
        try:
            context.records()
        except Exception as exc:  # handed to the caller, who decides whether to start
            failure.append(exc)

    context.tasks.run(probe)
    if not context.tasks.wait(int(timeout_s * 1000)):
        return TimeoutError("the records did not open in time (is the disk very slow?)")
    return failure[0] if failure else None


def run_kiosk(args: argparse.Namespace) -> int:
    from .window import KioskWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("wsr-edu")
    register_bundled_fonts(app)
    context = AppContext.create(args)
    translations = Translations(app)
    translations.switch(context.settings.interface_language)
    store = KioskStore(context.paths.kiosk_file)
    if store.pin() is None:
        print(NO_PIN_MESSAGE.format(file=context.paths.kiosk_file), file=sys.stderr)
        return 2
    curricula = load_curricula(context, args.curriculum)
    if not curricula:
        wanted = f"'{args.curriculum}'" if args.curriculum else "any curriculum"
        print(
            f"wsr-edu kiosk: could not load {wanted} without errors. Check it with "
            "'wsr-edu validate <folder>', or add a folder with --curricula DIR.",
            file=sys.stderr,
        )
        return 2
    from ...records.health import DamagedDatabaseError

    problem = check_records(context)
    if isinstance(problem, DamagedDatabaseError):
        print(f"wsr-edu kiosk: not started, nothing would be kept: {problem}", file=sys.stderr)
        context.close()
        return 2
    if problem is not None:
        print(
            f"wsr-edu kiosk: the records cannot be opened yet ({problem}); answers are kept "
            "and written as soon as they can be",
            file=sys.stderr,
        )
    collector = GarbageCollector(app)
    recorder = open_recorder(context)
    player = context.player()
    window = KioskWindow(
        curricula,
        store,
        player,
        recorder,
        args.curriculum,
        args.lang,
        translations=translations,
        find_code=code_finder(context.tasks, context.records),
    )
    window.left.connect(app.quit)

    # SIGTERM/SIGINT leave cleanly, code 0.
    def leave_cleanly(_signum: int) -> None:
        window.leave()
        app.exit(0)

    signals = SignalBridge(leave_cleanly, app)
    try:
        window.start(fullscreen=True)
        code = app.exec()
    finally:
        signals.restore()
        # Whatever ends the kiosk, the answers already given are written before it goes.
        if not context.close():
            print(
                "wsr-edu kiosk: the records are still being written; the last answers may "
                "be missing if the computer is switched off now",
                file=sys.stderr,
            )
        collector.stop()
    return int(code)


NO_PIN_MESSAGE = (
    "wsr-edu kiosk: no administrator PIN is set, so the kiosk will not start (without a PIN "
    "nobody could ever leave it).\nSet one first:  wsr-edu kiosk set-pin\n(settings file: "
    "{file})"
)
