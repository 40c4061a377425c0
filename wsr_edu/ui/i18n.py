"""The interface language: the app's and Qt's own translations, switched while the app runs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from ..paths import shipped
from .fonts import set_app_font_language

TRANSLATIONS_DIR = shipped("ui", "translations")
"""Compiled .qm files; the .ts sources live in the repository's translations/ folder."""

APP_CATALOG = "wsr_edu"
QT_CATALOG = "qtbase"
SOURCE_LANGUAGE = "en"

SHIPPED: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "ht": "Kreyòl ayisyen",
    "bn": "বাংলা",
}
"""Interface languages with a translation, each named in itself (the chooser shows these)."""


def base_code(name: str) -> str:
    """'es-US' or 'es_419' -> 'es'."""
    return name.replace("-", "_").split("_")[0].lower()


def resolve(requested: str, ui_languages: Sequence[str] | None = None) -> str:
    """The shipped language to show: the one asked for, else the system's first match, else en.

    `requested` is Settings.interface_language (empty: follow the system).
    """
    if base_code(requested) in SHIPPED:
        return base_code(requested)
    preferred = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for name in preferred:
        if base_code(name) in SHIPPED:
            return base_code(name)
    return SOURCE_LANGUAGE


def direction_for(code: str) -> Qt.LayoutDirection:
    """Right to left for Arabic-script and Hebrew interface languages, else left to right."""
    if QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def app_catalog(code: str) -> Path:
    return TRANSLATIONS_DIR / f"{APP_CATALOG}_{code}.qm"


def qt_catalog(code: str) -> Path | None:
    """Qt's own translation for `code` if Qt ships one, else ours (Qt has none for ht or bn)."""
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for folder in (qt_dir, TRANSLATIONS_DIR):
        path = folder / f"{QT_CATALOG}_{code}.qm"
        if path.is_file():
            return path
    return None


class Translations(QObject):
    """The translators installed in the application; `switch()` replaces them.

    Installing or removing a translator sends QEvent.LanguageChange to every widget, and each
    screen's changeEvent() sets its texts again, so nothing has to be reopened.
    """

    changed = Signal(str)

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent or app)
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []

    def switch(self, requested: str) -> str:
        """Show the interface in `requested` ('' follows the system); returns the code used."""
        code = resolve(requested)
        if code == self.language:
            return code
        loaded: list[QTranslator] = []
        for path in (app_catalog(code), qt_catalog(code)):
            if path is None or not path.is_file():
                continue
            translator = QTranslator(self)
            if translator.load(str(path)):
                loaded.append(translator)
        for old in self._installed:
            self.app.removeTranslator(old)
            old.deleteLater()
        self._installed = loaded
        locale = QLocale(code)
        QLocale.setDefault(locale)
        self.language = code
        set_app_font_language(self.app, code)
        self.app.setLayoutDirection(direction_for(code))
        # Installed last, so the screens retranslate with the font and direction already set.
        for translator in loaded:
            self.app.installTranslator(translator)
        if not loaded:
            # A language without a catalogue still has to reach the screens.
            QCoreApplication.sendEvent(self.app, QEvent(QEvent.Type.LanguageChange))
        # Qt posts the change to each window; deliver it now, so every screen speaks the new
        # language when this returns (and each screen retranslates once, not per translator).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.changed.emit(code)
        return code

    def uninstall(self) -> None:
        """Remove the translators again (the source language shows); used when closing."""
        for old in self._installed:
            self.app.removeTranslator(old)
            old.deleteLater()
        self._installed = []
        self.language = ""


def language_choices() -> list[tuple[str, str]]:
    """(code, name in itself) for every interface language whose catalogue is present."""
    return [
        (code, name)
        for code, name in SHIPPED.items()
        if code == SOURCE_LANGUAGE or app_catalog(code).is_file()
    ]
