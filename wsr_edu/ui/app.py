"""`wsr-edu` without a command: build the Qt application and open the library."""

from __future__ import annotations

import argparse
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from . import import_hook  # noqa: F401  (before the app's own imports: see its words)
from .context import AppContext
from .fonts import register_bundled_fonts
from .i18n import Translations
from .library.window import LibraryWindow
from .signals import SignalBridge
from .tasks import GarbageCollector
from .theme import apply_appearance

EXIT_AFTER_PAINT = "WSR_EDU_EXIT_AFTER_PAINT"
"""Set to 1 to quit once the library has painted its curricula and opened the records
(start-up benchmark); prints a timing line and a memory line."""


class _ListedPaint(QObject):
    """For the start-up benchmark: report when the library has painted its curricula, then
    (after the records were opened, as they are after every start) the peak memory, and quit.
    """

    def __init__(self, window: LibraryWindow, context: AppContext, started: float) -> None:
        super().__init__(window)
        self.started = started
        self.window = window
        self.context = context
        self.listed = False
        self.done = False
        window.curricula_loaded.connect(self._listed)
        window.installEventFilter(self)

    def _listed(self) -> None:
        self.listed = True
        self.window.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.listed and not self.done:
            self.done = True
            print(f"listed seconds={time.perf_counter() - self.started:.4f}", flush=True)
            QTimer.singleShot(0, self._after)
        return False

    def _after(self) -> None:
        # The records open after the paint (the look for unfinished sessions): count them too.
        if self.context.tasks.busy:
            QTimer.singleShot(20, self._after)
            return
        import resource

        rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"done peak_rss_kb={rss_kb}", flush=True)
        QApplication.quit()


def prepare_application(app: QApplication, context: AppContext) -> None:
    """Fonts, translations, style and text size: the same for the app, tests and screenshots."""
    app.setApplicationName("wsr-edu")
    app.setApplicationDisplayName("wsr-edu")
    # Fusion looks the same on every system, so the help and screenshots match what people see.
    app.setStyle("Fusion")
    register_bundled_fonts(app)
    # The app's words and Qt's own (dialog buttons), in the saved language or the system's.
    if context.translations is None:
        context.translations = Translations(app)
    context.translations.switch(context.settings.interface_language)
    apply_appearance(app, context.appearance)
    context.appearance.changed.connect(lambda _scale: apply_appearance(app, context.appearance))


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    context = AppContext.create(args)
    prepare_application(app, context)
    collector = GarbageCollector(app)
    window = LibraryWindow(context)
    if os.environ.get(EXIT_AFTER_PAINT):
        _ListedPaint(window, context, started)
    if getattr(args, "self_test", None) is not None:
        from .self_test import SelfTest

        SelfTest(window, args.self_test)
    # A shutdown's SIGTERM (or Ctrl+C) ends the app as closing it would not: at once, with no
    # question, but with everything recorded written first; a session under way can be resumed.
    signals = SignalBridge(lambda _signum: app.exit(0), app)
    window.show()
    try:
        code = app.exec()
    finally:
        signals.restore()
    context.close()
    collector.stop()
    return code
