"""Render every slide of every module in every language: audience, console and kiosk.

Used by `scripts/screenshots.py OUTDIR --curriculum DIR --every-slide [--lang L]`. Files go
to OUTDIR/<module>/<lang>/<NN>-<slide>-{audience,revealed,console,kiosk}.png (ids and language
codes are checked by the loader, so they are safe file names). Every failure is listed and makes the
exit status 1: the curriculum does not load, a screen raises, or Qt warns while drawing.
"""

from __future__ import annotations

import argparse
import tempfile
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.curriculum.model import Curriculum, Slide

CONSOLE = (1280, 800)
AUDIENCE = (1280, 720)
KIOSK = (1366, 768)
# The offscreen platform says this on every window it shows; it is not about the slides.
_NOISE = ("This plugin does not support",)


class Shots:
    """Saves screens and collects what went wrong, with where it happened."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.failures: list[str] = []
        self.saved = 0
        self.where = ""
        qInstallMessageHandler(self._qt_message)

    def _qt_message(self, kind: QtMsgType, context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not message.startswith(_NOISE):
            self.failures.append(f"{self.where}: Qt: {message}")

    def attempt(self, where: str, action: Callable[[], None]) -> None:
        self.where = where
        try:
            action()
        except Exception:  # every failure is reported; the run goes on with the next slide
            self.failures.append(f"{where}: {traceback.format_exc(limit=3).strip()}")

    def save(self, widget: QWidget, name: Path) -> None:
        for _ in range(3):
            QApplication.processEvents()
        path = self.out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not widget.grab().save(str(path)):
            raise OSError(f"could not save {path}")
        self.saved += 1


def _file(module: str, lang: str, index: int, slide: str, screen: str) -> Path:
    return Path(module) / lang / f"{index + 1:02d}-{slide}-{screen}.png"


def _presenter(context, curriculum: Curriculum, languages: list[str], shots: Shots) -> None:  # type: ignore[no-untyped-def]
    from wsr_edu.ui.presenter.controller import PresenterController

    for module in curriculum.modules:
        for lang in languages:
            if lang not in module.texts:
                continue
            controller = PresenterController(context, curriculum, module.id, lang)
            controller.start()
            controller.console.showNormal()
            controller.console.resize(*CONSOLE)
            controller.audience.resize(*AUDIENCE)
            try:
                for slide in module.text(lang).slides:
                    shots.attempt(
                        f"{module.id}/{lang}/{slide.id} (presenter)",
                        partial(_shoot_slide, controller, module.id, lang, slide, shots),
                    )
            finally:
                controller.stop()
                QApplication.processEvents()


def _shoot_slide(controller, module_id: str, lang: str, slide: Slide, shots: Shots) -> None:  # type: ignore[no-untyped-def]
    p = controller.presentation
    p.go(slide.index)
    shots.save(controller.audience, _file(module_id, lang, slide.index, slide.id, "audience"))
    revealed = p.revealed(slide) if callable(p.revealed) else p.revealed
    if slide.question is not None and not revealed:
        p.toggle_reveal()
        shots.save(controller.audience, _file(module_id, lang, slide.index, slide.id, "revealed"))
    shots.save(controller.console, _file(module_id, lang, slide.index, slide.id, "console"))


def _kiosk(curriculum: Curriculum, languages: list[str], shots: Shots, tmp: Path) -> None:
    from wsr_edu.kiosk.config import KioskStore
    from wsr_edu.kiosk.pin import hash_pin
    from wsr_edu.narration.player import NullPlayer
    from wsr_edu.session.visit_records import MemoryRecorder
    from wsr_edu.ui.kiosk.window import KioskWindow

    store = KioskStore(tmp / "kiosk.json")
    store.save_pin(hash_pin("2468"))
    window = KioskWindow([curriculum], store, NullPlayer(), MemoryRecorder())
    window.resize(*KIOSK)
    window.start(fullscreen=False)
    try:
        for module in curriculum.modules:
            for lang in languages:
                if lang not in module.texts:
                    continue

                def walk(module=module, lang=lang) -> None:  # type: ignore[no-untyped-def]
                    window.reset_to_welcome()
                    window.choose_language(lang)
                    offer = next(o for o in window.walk.modules() if o.module.id == module.id)
                    window.start_module(offer)
                    lesson = window.lesson
                    assert lesson is not None
                    while not window.walk.at_end and window.walk.slide is not None:
                        slide = window.walk.slide
                        shots.where = f"{module.id}/{lang}/{slide.id} (kiosk)"
                        shots.save(window, _file(module.id, lang, slide.index, slide.id, "kiosk"))
                        # A question waiting for an answer is passed, as Skip does.
                        if window.walk.next_or_skip():
                            lesson.show_current()

                shots.attempt(f"{module.id}/{lang} (kiosk)", walk)
    finally:
        window.leave()
        window.deleteLater()
        QApplication.processEvents()


def every_slide(app: QApplication, args: argparse.Namespace) -> int:
    from wsr_edu.ui.app import prepare_application
    from wsr_edu.ui.context import AppContext

    out: Path = args.outdir
    shots = Shots(out)
    result = load_curriculum(args.curriculum)
    for problem in result.problems.errors:
        shots.failures.append(problem.format())
    curriculum = result.curriculum
    if curriculum is None:
        shots.failures.append(f"{args.curriculum}: the curriculum does not load")
        return _report(shots)
    languages = [args.lang] if args.lang else list(curriculum.language_codes)
    if args.lang and args.lang not in curriculum.language_codes:
        shots.failures.append(f"{args.curriculum}: no language '{args.lang}' in this curriculum")
        return _report(shots)
    with tempfile.TemporaryDirectory(prefix="wsr-every-slide-") as tmp:
        context = AppContext.create(
            argparse.Namespace(
                data_dir=str(Path(tmp) / "data"),
                curricula=[str(args.curriculum)],
                database_url=None,
            )
        )
        context.include_bundled = False
        context.settings.interface_language = args.lang if args.lang else ""
        prepare_application(app, context)
        try:
            _presenter(context, curriculum, languages, shots)
            if not args.no_kiosk:
                _kiosk(curriculum, languages, shots, Path(tmp))
        finally:
            context.close()
    return _report(shots)


def _report(shots: Shots) -> int:
    print(f"{shots.saved} screen(s) saved in {shots.out}")
    for failure in shots.failures:
        print(f"FAILED: {failure}")
    return 1 if shots.failures else 0
