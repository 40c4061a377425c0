"""After a while without input the kiosk asks, then forgets the worker completely."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.kiosk.fixtures import kiosk_store, narrated_mini
from wsr_edu.kiosk.assets import PROMPTS_DIR
from wsr_edu.kiosk.config import KioskConfig
from wsr_edu.session.visit_records import MemoryRecorder
from wsr_edu.ui.kiosk.lesson import LessonScreen
from wsr_edu.ui.kiosk.screens import WelcomeScreen


def _texts(window: QWidget) -> str:
    parts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    parts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    parts += [w.accessibleName() for w in window.findChildren(QWidget) if w.isVisible()]
    return "\n".join(parts)


def _worker_in_the_middle(window) -> None:  # type: ignore[no-untyped-def]
    window.choose_language("es")
    window.show_code()
    for char in "K7M4PX":
        QTest.mouseClick(window.current_screen.keys[char], Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.current_screen.ok, Qt.MouseButton.LeftButton)
    assert window.walk.code == "K7M-4PX"
    window.start_module(window.walk.modules()[0])
    lesson = window.lesson
    lesson.go_next()
    lesson.go_next()
    assert window.walk.slide.question is not None
    for _ in range(2):  # heard, then chosen
        QTest.mouseClick(lesson.question_view.choices[1], Qt.MouseButton.LeftButton)
    assert window.walk.answers


def test_idle_reset_clears_every_trace(kiosks, tmp_path: Path) -> None:
    curricula = [narrated_mini(tmp_path)]
    store = kiosk_store(tmp_path / "kiosk.json", KioskConfig(allow_codes=True, still_there_s=3))
    recorder = MemoryRecorder()
    window = kiosks.open(curricula, store, recorder=recorder)
    _worker_in_the_middle(window)
    old_lesson = window.lesson
    assert isinstance(old_lesson, LessonScreen)
    spanish_title = curricula[0].modules[0].text("es").slides[2].title
    assert spanish_title in _texts(window)

    window.idle.idle.emit()  # the idle timer's timeout, without waiting for it
    assert window.still_there.isVisible() and window.still_there.left == 3
    for _ in range(3):
        window.still_there._step()  # the countdown's one-second ticks
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # run deleteLater
    QApplication.processEvents()

    assert not window.still_there.isVisible()
    assert isinstance(window.current_screen, WelcomeScreen)
    assert (window.walk.language, window.walk.code, window.walk.offer, window.walk.answers) == (
        None,
        None,
        None,
        {},
    )
    assert window.lesson is None
    assert not shiboken6.isValid(old_lesson), "the previous worker's screens were destroyed"
    heard = [p for p in window.audio.played] + [p for p, _ in window.audio.skipped]
    assert heard and all(p.parent == PROMPTS_DIR for p in heard), "only the welcome prompts"
    text = _texts(window)
    assert spanish_title not in text and "K7M-4PX" not in text
    assert window.idle.active, "the idle timer runs again for the next worker"
    assert [(v.completed, v.code) for v in recorder.visits] == [(False, "K7M-4PX")]


def test_audio_is_stopped_and_forgotten(kiosks, tmp_path: Path) -> None:
    window = kiosks.open([narrated_mini(tmp_path)], kiosk_store(tmp_path / "kiosk.json"))
    window.choose_language("en")
    assert window.lesson is not None, "one module only: the lesson starts straight away"
    assert any("narration" in str(p) for p, _ in window.audio.skipped)
    window.reset_to_welcome()
    # Nothing of the lesson stays in the sound history: only the welcome prompts.
    heard = [p for p in window.audio.played] + [p for p, _ in window.audio.skipped]
    assert heard and all(p.parent == PROMPTS_DIR for p in heard)


def test_still_here_keeps_the_worker(kiosks, tmp_path: Path) -> None:
    window = kiosks.open([narrated_mini(tmp_path)], kiosk_store(tmp_path / "kiosk.json"))
    window.choose_language("es")
    index = window.walk.index
    window.on_idle()
    assert window.still_there.isVisible()
    assert not window.idle.active, "no second prompt while the first is up"
    QTest.mouseClick(window.still_there.button, Qt.MouseButton.LeftButton)
    assert not window.still_there.isVisible()
    assert window.walk.language == "es" and window.walk.index == index
    assert window.idle.active


def test_nobody_to_forget_on_the_welcome_screen(kiosks, tmp_path: Path) -> None:
    window = kiosks.open([narrated_mini(tmp_path)], kiosk_store(tmp_path / "kiosk.json"))
    window.on_idle()
    assert not window.still_there.isVisible()
    assert window.idle.active


def test_input_restarts_the_idle_count(kiosks, tmp_path: Path, qtbot) -> None:
    store = kiosk_store(tmp_path / "kiosk.json", KioskConfig(idle_timeout_s=5))
    window = kiosks.open([narrated_mini(tmp_path)], store)
    window.idle.set_seconds(0.3)
    window.choose_language("en")
    window.idle.poke()
    full = window.idle.interval_ms
    for _ in range(4):
        # Most of the time has run out when the worker taps again; the count starts over.
        qtbot.waitUntil(lambda: 0 <= window.idle.remaining_ms < full // 2, timeout=3000)
        QTest.mouseClick(window.lesson.repeat_button, Qt.MouseButton.LeftButton)
        assert window.idle.remaining_ms > full // 2
    assert not window.still_there.isVisible(), "taps kept the worker's session alive"
    qtbot.waitUntil(window.still_there.isVisible, timeout=3000)
