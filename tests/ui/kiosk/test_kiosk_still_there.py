"""Behind "Are you still there?" nothing of the worker's lesson or answer shows through."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.kiosk.fixtures import KioskFactory, kiosk_store, narrated_mini
from tests.ui.kiosk.test_kiosk_idle import _worker_in_the_middle
from wsr_edu.kiosk.config import KioskConfig
from wsr_edu.session.visit_records import MemoryRecorder


def _colours(image, top: int, bottom: int) -> set[int]:  # type: ignore[no-untyped-def]
    return {image.pixel(x, y) for y in range(top, bottom, 3) for x in range(0, image.width(), 3)}


def test_the_countdown_hides_the_previous_answer(kiosks: KioskFactory, tmp_path: Path) -> None:
    store = kiosk_store(tmp_path / "kiosk.json", KioskConfig(allow_codes=True, still_there_s=9))
    window = kiosks.open([narrated_mini(tmp_path)], store, recorder=MemoryRecorder())
    _worker_in_the_middle(window)  # a question answered, its feedback on screen
    behind = window.grab().toImage()
    window.idle.idle.emit()
    QApplication.processEvents()
    assert window.still_there.isVisible()
    shown = window.grab().toImage()
    panel = window.still_there.dialog.geometry()
    # Above and below the panel: one flat colour, where the lesson had text and buttons.
    assert len(_colours(behind, 0, panel.top())) > 1
    assert len(_colours(shown, 0, panel.top())) == 1
    assert len(_colours(shown, panel.bottom() + 1, shown.height())) == 1
