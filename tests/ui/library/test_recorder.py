"""The recorder screen: a speaker records, listens, and keeps a take for each slide."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.narration.capture import RATE, NoMicrophone
from wsr_edu.narration.sources import Part, SourceKind, find_narration
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.library.recorder import RecorderWindow


class KnownSound:
    """A microphone that hears a known phrase: the screen's flow on a real sound.

    The capture path itself (SDL reading a sound file) is tested in tests/narration.
    """

    rate = RATE

    def __init__(self, samples: np.ndarray) -> None:
        self.samples = samples
        self.recording = False
        self.closed = False

    def start(self) -> None:
        self.recording = True

    def stop(self) -> list[float]:
        self.recording = False
        return [float(v) for v in self.samples]

    @property
    def level(self) -> float:
        return 0.6 if self.recording else 0.0

    def close(self) -> None:
        self.closed = True


def _phrase(seconds: float = 0.9) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    voice = 0.1 * np.sin(2 * np.pi * 220 * t)
    pad = np.zeros(int(RATE * 0.6))
    return np.concatenate([pad, voice, pad]).astype("float32")


@pytest.fixture
def course(tmp_path: Path, mini_curriculum: Path) -> Path:
    import shutil

    copy = tmp_path / "course"
    shutil.copytree(mini_curriculum, copy)
    return copy


def _window(qtbot: QtBot, context: AppContext, course: Path, microphone) -> RecorderWindow:  # type: ignore[no-untyped-def]
    curriculum = load_curriculum(course).curriculum
    assert curriculum is not None
    window = RecorderWindow(curriculum, context.player, context.tasks, microphone, "es")
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_speaker_records_listens_and_keeps_each_part(
    qtbot: QtBot, context: AppContext, course: Path
) -> None:
    heard = KnownSound(_phrase())
    window = _window(qtbot, context, course, lambda: heard)
    first = window.item
    assert first is not None and window.script.toPlainText() == first.script
    assert not window.keep_button.isEnabled(), "nothing to keep before a take"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert heard.recording and window.meter.value() == 0
    qtbot.waitUntil(lambda: window.meter.value() == 60, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not heard.recording and window.take is not None
    assert "0.9" in window.status.text() or "1.2" in window.status.text()
    assert window.play_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.item is not first, timeout=5000)
    source = find_narration(first.module, "es", first.slide.id, first.part)
    assert source.kind is SourceKind.RECORDING and source.path == first.target
    data, rate = soundfile.read(first.target)
    assert rate == RATE and 0.9 <= len(data) / rate <= 1.3, "trimmed to the phrase"
    assert "recorded" in window.parts.item(window.row_of(0)).text()
    assert window.parts.item(0).flags() == Qt.ItemFlag.NoItemFlags, "the module's heading"
    window.close()
    assert heard.closed


def test_esc_stops_a_take_asks_once_over_one_not_kept_then_closes(
    qtbot: QtBot, context: AppContext, course: Path
) -> None:
    heard = KnownSound(_phrase())
    window = _window(qtbot, context, course, lambda: heard)
    first = window.item
    assert first is not None

    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert heard.recording
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # mid-take: stops it, keeps nothing
    assert not heard.recording and window.take is None and window.isVisible()
    assert not window.keep_button.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.take is not None
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # a take heard, not kept: asked once
    assert window.isVisible() and window.take is not None
    assert "Esc" in window.status.text()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert heard.closed and not first.target.exists()


def test_esc_closes_the_recorder_at_once_with_nothing_to_lose(
    qtbot: QtBot, context: AppContext, course: Path
) -> None:
    window = _window(qtbot, context, course, lambda: KnownSound(_phrase()))
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_the_explanation_is_a_part_of_its_own(
    qtbot: QtBot, context: AppContext, course: Path
) -> None:
    window = _window(qtbot, context, course, lambda: KnownSound(_phrase()))
    parts = [(i.slide.id, i.part) for i in window.items]
    index = parts.index(("q-when", Part.WHY))
    window.parts.setCurrentRow(window.row_of(index) - 1)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.item is window.items[index]
    assert "explanation" in window.part_title.text()
    assert window.script.toPlainText() == window.items[index].slide.question.why
    assert window.items[index].target.name == "q-when.why.ogg"


def test_silence_is_not_kept_and_says_why(qtbot: QtBot, context: AppContext, course: Path) -> None:
    window = _window(qtbot, context, course, lambda: KnownSound(np.zeros(RATE * 2, "float32")))
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.take is None and not window.keep_button.isEnabled()
    assert "Nothing was heard" in window.status.text()


def test_no_microphone_is_said_plainly(qtbot: QtBot, context: AppContext, course: Path) -> None:
    def none() -> KnownSound:
        raise NoMicrophone("no microphone was found (no capture device)")

    window = _window(qtbot, context, course, none)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert "no microphone was found" in window.status.text()
    assert not window.record_button.isEnabled()


def test_the_library_opens_the_recorder_for_the_chosen_curriculum(qtbot: QtBot, library) -> None:  # type: ignore[no-untyped-def]
    page = library.curriculum_page
    index = page.language.findData("es")
    page.language.setCurrentIndex(index)
    page.record.click()
    window = library.recorder_window
    assert window is not None and window.isVisible()
    assert window.lang == "es"
    assert window.curriculum.id == library.selected_result.curriculum.id
    window.close()


def test_a_spoken_language_records_its_kiosk_welcome_first(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from tests.curriculum.spoken import spoken_curriculum
    from wsr_edu.curriculum.spoken import welcome_prompt

    folder = spoken_curriculum(tmp_path / "spoken", record=False)
    curriculum = load_curriculum(folder).curriculum
    assert curriculum is not None
    window = RecorderWindow(
        curriculum, context.player, context.tasks, lambda: KnownSound(_phrase()), "mam"
    )
    qtbot.addWidget(window)
    window.show()
    assert window.parts.item(0).text() == "Kiosk"
    assert window.parts.item(1).text() == "Welcome - nothing yet"
    assert window.item is not None and window.item.part is Part.WELCOME
    assert window.part_title.text() == "The kiosk's welcome in Qyol Mam"
    assert '"For Qyol Mam, touch here."' in window.script.toPlainText()
    # The lesson's title comes next, then the slides read from the Spanish text.
    assert window.items[1].part is Part.TITLE and window.items[1].script == "Agua y sombra"
    assert window.items[2].script.startswith("Toma agua")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: welcome_prompt(folder, "mam") is not None, timeout=5000)
    qtbot.waitUntil(lambda: "recorded" in window.parts.item(1).text(), timeout=5000)
    warnings = load_curriculum(folder).problems.warnings
    assert not any("kiosk welcome" in p.message for p in warnings), warnings
    window.close()
