"""Render every kiosk screen to PNG (offscreen) for the docs: `render_kiosk_screens(outdir)`."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QApplication, QWidget

from ...curriculum.loader import load_curriculum
from ...kiosk.config import KioskConfig, KioskStore
from ...kiosk.pin import hash_pin
from ...narration.player import NullPlayer
from ...paths import bundled_curricula_dir
from ...session.visit_records import MemoryRecorder
from ..fonts import register_bundled_fonts

SIZE = QSize(1366, 768)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    image = widget.grab().toImage()
    # 8-bit palette keeps each file small without visible loss on these flat screens.
    image.save(str(path), "PNG", 9)  # type: ignore[call-overload]
    return path


def _feedback_screens(window, app: QApplication, outdir: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """The feedback questions after the lesson (when the curriculum asks any), then the end."""
    from .feedback import FeedbackScreen

    screen = window.current_screen
    if not isinstance(screen, FeedbackScreen):
        return []
    saved = [_save(window, outdir / "kiosk-feedback.png")]
    screen._tapped(0)  # heard: lit, with "choose" ready
    _settle(app)
    saved.append(_save(window, outdir / "kiosk-feedback-heard.png"))
    screen._choose()
    while (
        isinstance(window.current_screen, FeedbackScreen) and window.current_screen.view is not None
    ):
        window.current_screen._skip()
    _settle(app)
    return saved


def render_kiosk_screens(
    outdir: Path,
    curriculum_dir: Path | None = None,
    size: QSize = SIZE,
    language: str | None = None,
    module_index: int = 0,
) -> list[Path]:
    """Walk the starter curriculum through every kiosk screen and save kiosk-*.png files.

    The lesson is in `language`, else the interface language, when the curriculum has it.
    """
    from .picture_code import PictureCodeScreen
    from .window import KioskWindow

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    # In the interface language already chosen (scripts/screenshots.py --lang sets it).
    register_bundled_fonts(app, language=QLocale().name())
    folder = curriculum_dir or bundled_curricula_dir() / "wsr-basics"
    curriculum = load_curriculum(folder).curriculum
    if curriculum is None:
        raise RuntimeError(f"{folder}: the curriculum does not load")
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = KioskStore(Path(tmp) / "kiosk.json")
        store.save_pin(hash_pin("2468"))
        store.save_config(KioskConfig(allow_codes=True))
        window = KioskWindow(
            [curriculum],
            store,
            NullPlayer(),
            MemoryRecorder(),
            # No card is known here: three pictures show "not right, try again".
            find_code=lambda _pictures, deliver: deliver(None),
        )
        window.resize(size)
        window.start(fullscreen=False)
        _settle(app)
        saved.append(_save(window, outdir / "kiosk-welcome.png"))
        locale = QLocale().name().split("_")[0]
        lesson_language = next(
            (c for c in (language, locale) if c and c in curriculum.language_codes),
            curriculum.default_language,
        )
        window.choose_language(lesson_language)
        _settle(app)
        saved.append(_save(window, outdir / "kiosk-modules.png"))
        window.show_code()
        pictures = window.current_screen
        assert isinstance(pictures, PictureCodeScreen)
        for index in (4, 13):
            pictures.keys[index].click()
        _settle(app)
        saved.append(_save(window, outdir / "kiosk-code.png"))
        pictures.keys[9].click()
        _settle(app)
        saved.append(_save(window, outdir / "kiosk-code-wrong.png"))
        window.show_code_letters()
        _settle(app)
        saved.append(_save(window, outdir / "kiosk-code-letters.png"))
        window.start_module(window.walk.modules()[module_index])
        _settle(app)
        saved.append(_save(window, outdir / "kiosk-slide.png"))
        lesson = window.lesson
        assert lesson is not None
        while window.walk.slide is not None and window.walk.slide.question is None:
            lesson.go_next()
        _settle(app)
        saved.append(_save(window, outdir / "kiosk-quiz.png"))
        slide = window.walk.slide
        assert slide is not None and slide.question is not None and lesson.question_view
        wrong = next(i for i, c in enumerate(slide.question.choices) if not c.correct)
        # The first tap hears a card and highlights it; the second answers with it.
        lesson._tapped(wrong)
        _settle(app)
        saved.append(_save(window, outdir / "kiosk-quiz-heard.png"))
        lesson._tapped(wrong)
        _settle(app)
        saved.append(_save(window, outdir / "kiosk-quiz-feedback.png"))
        window.on_idle()
        _settle(app)
        saved.append(_save(window, outdir / "kiosk-still-there.png"))
        window.still_there.stop()
        window.idle.resume()
        window.open_pin_pad()
        for digit in "12":
            window.pin_pad.press(digit)
        _settle(app)
        saved.append(_save(window, outdir / "kiosk-pin-pad.png"))
        window.pin_pad.hide()
        while not window.walk.at_end:
            if not lesson.walk.next():
                lesson.walk.skip()
        lesson.show_current()
        _settle(app)
        saved += _feedback_screens(window, app, outdir)
        saved.append(_save(window, outdir / "kiosk-completion.png"))
        window.show_admin()
        _settle(app)
        saved.append(_save(window, outdir / "kiosk-admin.png"))
        window.leave()
        window.deleteLater()
        _settle(app)
    return saved
