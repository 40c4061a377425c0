"""Words the room reads, in the teaching language rather than the interface's.

The facilitator may run the interface in English while teaching in Kreyòl: the card headings,
"Right answer", the hands counted and the complaint card must then be in Kreyòl. Widgets the
room reads override `tr()` with `RoomWords.tr`, so the same strings are extracted by lupdate
into the same catalogues and translated once, for both uses.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from .i18n import SHIPPED, app_catalog, base_code

_catalogues: dict[str, QTranslator | None] = {}


def catalogue(code: str) -> QTranslator | None:
    """The app's compiled translation for `code`, loaded once; None when there is none."""
    if code not in _catalogues:
        translator: QTranslator | None = None
        path = app_catalog(code)
        if code in SHIPPED and path.is_file():
            translator = QTranslator()
            if not translator.load(str(path)):
                translator = None
        _catalogues[code] = translator
    return _catalogues[code]


class RoomWords:
    """Translates a widget's strings (`context` is its class name) into `language`.

    A teaching language the interface is not translated into falls back to English, the
    source language, whatever the interface shows.
    """

    def __init__(self, context: str, language: str = "en") -> None:
        self.context = context
        self.language = language

    @property
    def code(self) -> str:
        return base_code(self.language or "en")

    @property
    def translated(self) -> bool:
        """True when the room's words are in the teaching language itself."""
        return self.code == "en" or catalogue(self.code) is not None

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = ""
        for code in (self.code, "en") if self.code != "en" else ("en",):
            translator = catalogue(code)
            if translator is not None:
                text = translator.translate(self.context, source, disambiguation, n) or ""
            if text:
                break
        text = text or source
        return text.replace("%n", str(n)) if n >= 0 else text
