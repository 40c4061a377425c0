"""Bundled fonts: register them at start so every script shows, even on a bare system."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..paths import bundled_fonts_dir

PREFERRED_FAMILY = "Noto Sans"
FONT_SUFFIXES = (".ttf", ".otf")


def register_bundled_fonts(app: QApplication, folder: Path | None = None) -> list[str]:
    """Add every font file in `folder` to Qt and make Noto Sans the app's font when present.

    Returns the families registered. The other Noto families (Bengali, Devanagari, Arabic)
    are picked up by Qt's font fallback for text in those scripts.
    """
    folder = folder or bundled_fonts_dir()
    families: list[str] = []
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in FONT_SUFFIXES:
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                continue
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
    if PREFERRED_FAMILY in families:
        font = QFont(app.font())
        font.setFamilies([PREFERRED_FAMILY, *(f for f in families if f != PREFERRED_FAMILY)])
        app.setFont(font)
    return families
