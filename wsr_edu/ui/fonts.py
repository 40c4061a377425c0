"""Bundled fonts: register them at start so every script shows, even on a bare system."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from ..paths import bundled_fonts_dir

PREFERRED_FAMILY = "Noto Sans"
FONT_SUFFIXES = (".ttf", ".otf")

FALLBACK_CHAIN = ("Noto Sans", "Noto Sans Bengali", "Noto Sans Devanagari", "Noto Sans Arabic")
"""Tried in this order for every character: Latin first, then the other bundled scripts."""

SCRIPT_FAMILIES = {
    "bn": "Noto Sans Bengali",
    "as": "Noto Sans Bengali",
    "hi": "Noto Sans Devanagari",
    "ne": "Noto Sans Devanagari",
    "mr": "Noto Sans Devanagari",
    "ar": "Noto Sans Arabic",
    "ur": "Noto Sans Arabic",
    "fa": "Noto Sans Arabic",
}
"""Languages whose script needs OpenType shaping (Bengali, Devanagari) or joining (Arabic)."""


def font_families_for(languages: Iterable[str]) -> list[str]:
    """One family list for text mixing several languages (a list of language names)."""
    for language in languages:
        families = font_families(language)
        if families[0] != FALLBACK_CHAIN[0]:
            return families
    return list(FALLBACK_CHAIN)


def font_families(language: str = "") -> list[str]:
    """The family list for text in `language`: its own script's font first, then the chain.

    Why the order matters: Qt tries the first family by name for every run of text. A Latin
    font asked to shape Bengali or Devanagari is refused with a warning ("OpenType support
    missing") before Qt moves on; putting the script's own font first avoids that detour.
    Latin letters missing from a script font still come from Noto Sans, glyph by glyph.
    """
    base = language.replace("-", "_").split("_")[0].lower()
    first = SCRIPT_FAMILIES.get(base)
    families = [first] if first else []
    families.extend(f for f in FALLBACK_CHAIN if f not in families)
    return families


def register_bundled_fonts(
    app: QApplication, folder: Path | None = None, language: str = ""
) -> list[str]:
    """Add every font file in `folder` to Qt and set the app's font chain for `language`.

    Returns the families registered. Safe to call more than once: Qt keeps one copy.
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
        set_app_font_language(app, language)
    return families


def set_app_font_language(app: QApplication, language: str) -> None:
    """Order the application font's families for the interface language."""
    font = QFont(app.font())
    font.setFamilies(_available(font_families(language)))
    app.setFont(font)


def set_content_language(widget: QWidget, language: str | Iterable[str]) -> None:
    """Fonts for curriculum text in `language` (a slide, the complaint card), whatever the UI.

    Several languages (a list of language names) put the first that needs its own script first.
    """
    wanted = font_families(language) if isinstance(language, str) else font_families_for(language)
    families = _available(wanted)
    if widget.font().families() != families:
        # A copy keeps the size and weight the style sheet gave the widget; only the families
        # change (a fresh QFont would drop a title back to the body size).
        font = QFont(widget.font())
        font.setFamilies(families)
        widget.setFont(font)


def _available(families: list[str]) -> list[str]:
    known = set(QFontDatabase.families())
    found = [f for f in families if f in known]
    return found or families
