"""Shared kiosk test helpers: a narrated fixture curriculum and a kiosk window factory."""

from __future__ import annotations

import math
import shutil
import struct
import wave
from pathlib import Path

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.curriculum.model import Curriculum
from wsr_edu.kiosk.config import KioskConfig, KioskStore
from wsr_edu.kiosk.pin import hash_pin

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PIN = "2468"


def write_tone(path: Path, seconds: float = 0.12, freq: float = 440.0, rate: int = 16000) -> Path:
    """A short real WAV file: enough for the dummy audio driver to play it to its end."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(
        struct.pack("<h", int(8000 * math.sin(2 * math.pi * freq * i / rate)))
        for i in range(int(rate * seconds))
    )
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(frames)
    return path


def narrated_mini(target: Path) -> Curriculum:
    """A copy of the mini fixture with a recorded narration for every slide in both languages."""
    folder = target / "mini"
    if not folder.exists():
        shutil.copytree(FIXTURES / "mini", folder)
    curriculum = load_curriculum(folder).curriculum
    assert curriculum is not None
    for module in curriculum.modules:
        for lang, text in module.texts.items():
            for i, slide in enumerate(text.slides):
                write_tone(module.narration_dir(lang) / f"{slide.id}.wav", freq=300 + 60 * i)
    return curriculum


def kiosk_store(path: Path, config: KioskConfig | None = None, pin: str = PIN) -> KioskStore:
    store = KioskStore(path)
    store.save_pin(hash_pin(pin))
    if config is not None:
        store.save_config(config)
    return store


class KioskFactory:
    """Opens kiosk windows for a test and closes them for real (with the PIN path) after it."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.windows: list = []

    def open(
        self,
        curricula,
        store: KioskStore,
        player=None,
        recorder=None,  # type: ignore[no-untyped-def]
        width: int = 1366,
        height: int = 768,
        **kwargs,
    ):
        from wsr_edu.narration.player import NullPlayer
        from wsr_edu.session.visit_records import MemoryRecorder
        from wsr_edu.ui.kiosk.window import KioskWindow

        window = KioskWindow(
            list(curricula),
            store,
            player or NullPlayer(),
            recorder if recorder is not None else MemoryRecorder(),
            **kwargs,
        )
        window.resize(width, height)
        window.start(fullscreen=False)
        self.qtbot.waitExposed(window)
        self.windows.append(window)
        return window

    def close_all(self) -> None:
        for window in self.windows:
            try:
                window.leave()
                window.deleteLater()
            except RuntimeError:  # already deleted by the test
                pass
        self.windows.clear()
