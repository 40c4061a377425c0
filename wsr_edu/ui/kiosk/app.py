"""`wsr-edu kiosk`: load the chosen curricula, open the records, and show the locked window."""

from __future__ import annotations

import argparse
import queue
import sys
import threading

from PySide6.QtWidgets import QApplication

from ...curriculum.model import Curriculum
from ...kiosk.config import KioskStore
from ...kiosk.recorder import GivenAnswer, KioskRecorder, MemoryRecorder, Visit
from ..context import AppContext
from ..fonts import register_bundled_fonts
from ..i18n import Translations
from ..library.catalog import scan


class BackgroundRecorder:
    """Writes answers and visits on one writer thread so a slow disk never freezes the screen.

    A plain thread and queue rather than the app's TaskRunner: nothing needs to come back to
    the screen, and no Qt signal has to be emitted per write (see hooks.py for why that
    matters on PySide6 6.12.0). One thread keeps the records' one-writer rule, and keeps a
    visit's answers in order before the visit itself.
    """

    def __init__(self, inner: KioskRecorder) -> None:
        self.inner = inner
        self.failures: list[str] = []
        self._queue: queue.Queue[GivenAnswer | Visit | threading.Event | None] = queue.Queue()
        self._thread = threading.Thread(target=self._work, name="kiosk-records", daemon=True)
        self._thread.start()

    def record_answer(self, given: GivenAnswer) -> None:
        self._queue.put(given)

    def record_visit(self, visit: Visit) -> None:
        self._queue.put(visit)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything handed over so far is written; False if it took too long."""
        if not self._thread.is_alive():
            return self._queue.empty()
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def close(self, timeout: float = 10.0) -> bool:
        """Write everything that is waiting, then stop the thread; False if it could not."""
        self._queue.put(None)
        self._thread.join(timeout)
        if self._thread.is_alive():
            print(
                "wsr-edu kiosk: the records are still being written; the last answers may "
                "be missing if the computer is switched off now",
                file=sys.stderr,
            )
            return False
        return True

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            if isinstance(item, threading.Event):
                item.set()
                continue
            try:
                if isinstance(item, GivenAnswer):
                    self.inner.record_answer(item)
                else:
                    self.inner.record_visit(item)
            except Exception as exc:  # nobody at a kiosk can act on it; the admin reads the log
                what = "an answer" if isinstance(item, GivenAnswer) else "a visit"
                self.failures.append(str(exc))
                print(f"wsr-edu kiosk: {what} was not saved: {exc}", file=sys.stderr)


def load_curricula(context: AppContext, only: str | None = None) -> list[Curriculum]:
    """Every curriculum that loads without errors; the kiosk never shows a broken one."""
    from ...packs.provenance import may_run  # signed only, once this computer trusts a key

    found = [r.curriculum for r in scan(context.curriculum_roots()) if r.ok and r.curriculum]
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


def open_recorder(context: AppContext) -> tuple[KioskRecorder, object | None]:
    """The records database behind a background writer, or memory when it cannot open."""
    try:
        from ...kiosk.recorder import RecordsRecorder
        from ...records.repository import Records

        records = Records.open(context.database_url, paths=context.paths)
    except Exception as exc:  # the kiosk still teaches; the message says why nothing is kept
        print(
            f"wsr-edu kiosk: the records could not be opened, so visits are not kept: {exc}",
            file=sys.stderr,
        )
        return MemoryRecorder(), None
    return BackgroundRecorder(RecordsRecorder(records)), records


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
    recorder, records = open_recorder(context)
    player = context.player()
    window = KioskWindow(
        curricula, store, player, recorder, args.curriculum, args.lang, translations=translations
    )
    window.left.connect(app.quit)
    written = True
    try:
        window.start(fullscreen=True)
        code = app.exec()
    finally:
        # Whatever ends the kiosk, the answers already given are written before it goes.
        if isinstance(recorder, BackgroundRecorder):
            written = recorder.close()
        context.close()
        if records is not None and written:
            records.close()  # type: ignore[attr-defined]
    return int(code)


NO_PIN_MESSAGE = (
    "wsr-edu kiosk: no administrator PIN is set, so the kiosk will not start (without a PIN "
    "nobody could ever leave it).\nSet one first:  wsr-edu kiosk set-pin\n(settings file: "
    "{file})"
)
