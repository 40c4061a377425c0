"""The docs' kiosk screenshots can be rendered offscreen and stay small."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from wsr_edu.ui.kiosk.screenshots import render_kiosk_screens

REQUIRED = [
    "welcome",
    "modules",
    "slide",
    "quiz-heard",
    "quiz-feedback",
    "still-there",
    "pin-pad",
    "completion",
]


@pytest.mark.slow
def test_render_every_screen(prepared_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    saved = render_kiosk_screens(tmp_path)
    names = {p.stem.removeprefix("kiosk-") for p in saved}
    assert set(REQUIRED) <= names
    for path in saved:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768), path.name
        assert path.stat().st_size < 300_000, path.name
