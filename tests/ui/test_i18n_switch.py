"""Switching the interface language at run time retranslates every open screen, and back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from wsr_edu.settings import Settings
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.i18n import Translations, direction_for, resolve


@pytest.fixture
def translations(prepared_app: QApplication, context: AppContext) -> Iterator[Translations]:
    before = QLocale()
    translations = Translations(prepared_app)
    context.translations = translations
    yield translations
    translations.switch("en")
    translations.uninstall()
    QLocale.setDefault(before)


def test_the_system_language_is_followed_unless_one_is_chosen() -> None:
    assert resolve("", ["es-US", "en-US"]) == "es"
    assert resolve("", ["fr-FR", "bn-BD"]) == "bn"
    assert resolve("", ["fr-FR"]) == "en"
    assert resolve("ht", ["es-US"]) == "ht"
    assert resolve("xx", ["ht-HT"]) == "ht"


def test_right_to_left_interface_languages_flip_the_layout() -> None:
    assert direction_for("ar") == Qt.LayoutDirection.RightToLeft
    assert direction_for("ur") == Qt.LayoutDirection.RightToLeft
    assert direction_for("bn") == Qt.LayoutDirection.LeftToRight


def test_the_library_and_presenter_retranslate_and_switch_back(
    qtbot: QtBot,
    translations: Translations,
    library,
    presenter,  # type: ignore[no-untyped-def]
) -> None:
    console, audience = presenter.console, presenter.audience
    page = library.curriculum_page
    english = {
        "open": library.open_button.text(),
        "present": page.present.text(),
        "black": console.black_button.text(),
        "end": console.end_button.text(),
        "notes": console.notes_heading.text(),
        "audience": audience.windowTitle(),
        "end_of_module": console.next_stage.end.text(),
    }
    assert english["black"] == "Black screen (B)"

    translations.switch("es")
    assert library.open_button.text() == "&Abrir una carpeta de currículo…"
    assert page.present.text() == "&Presentar este módulo (F5)"
    assert page.language_label.text() == "&Idioma de la clase:"
    assert console.black_button.text() == "Pantalla negra (B)"
    assert console.end_button.text() == "Terminar la sesión (Esc)"
    assert console.notes_heading.text() == "Notas para usted"
    assert audience.windowTitle() == "wsr-edu: pantalla del público"
    # What the room reads stays in the teaching language (English here).
    assert console.next_stage.end.text() == "End of module"
    assert console.position.text().startswith("Diapositiva 1 de ")
    row = page.modules.itemWidget(page.modules.item(0))
    assert "3 diapositivas" in row.facts.text() and "1 pregunta" in row.facts.text()

    translations.switch("ht")
    assert console.black_button.text() == "Ekran nwa (B)"
    assert console.position.text().startswith("Paj 1 sou ")

    translations.switch("bn")
    assert console.black_button.text() == "কালো পর্দা (B)"
    assert QApplication.font().families()[0] == "Noto Sans Bengali"

    translations.switch("en")
    assert library.open_button.text() == english["open"]
    assert page.present.text() == english["present"]
    assert console.black_button.text() == english["black"]
    assert console.end_button.text() == english["end"]
    assert console.notes_heading.text() == english["notes"]
    assert audience.windowTitle() == english["audience"]
    assert console.next_stage.end.text() == english["end_of_module"]
    assert "3 slides" in page.modules.itemWidget(page.modules.item(0)).facts.text()
    assert QApplication.font().families()[0] == "Noto Sans"


def test_the_language_box_switches_and_remembers(
    qtbot: QtBot,
    translations: Translations,
    library,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    box = library.interface_language
    codes = [box.itemData(i) for i in range(box.count())]
    assert codes == ["", "en", "es", "ht", "bn"]
    assert box.itemText(0) == "Computer's language"
    box.activated.emit(codes.index("ht"))
    assert library.records_button.text() == "&Dosye ak rapò…"
    assert box.itemText(0) == "Lang òdinatè a"
    assert context.settings.interface_language == "ht"
    assert Settings.load(context.paths.settings_file).interface_language == "ht"
    box.activated.emit(0)
    assert Settings.load(context.paths.settings_file).interface_language == ""


def test_qt_dialog_buttons_follow_the_interface_language(
    qtbot: QtBot, translations: Translations
) -> None:
    from wsr_edu.ui.session.start_dialog import StartSessionDialog

    dialog = StartSessionDialog("mini", "1", [("water", "Water")], [("en", "English")])
    qtbot.addWidget(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for code, cancel_text, start_text, title in (
        ("es", "Cancelar", "Empezar", "Empezar una sesión"),
        ("ht", "Anile", "Kòmanse", "Kòmanse yon seyans"),
        ("bn", "বাতিল", "শুরু", "সেশন শুরু করুন"),
        ("en", "Cancel", "Start", "Start a session"),
    ):
        translations.switch(code)
        assert cancel.text().replace("&", "") == cancel_text
        assert ok.text() == start_text
        assert dialog.windowTitle() == title
        assert dialog.practice_button.text() != ""


def _records_screens(qtbot: QtBot, context: AppContext) -> tuple[Any, Any]:
    """The attendance window of an open codes session, and the coordinator's view."""
    from wsr_edu.records.model import PrivacyMode, SessionSetup
    from wsr_edu.ui.coordinator.view import CoordinatorView
    from wsr_edu.ui.session.attendance import AttendancePanel

    records = context.records()
    session = records.start_session(
        SessionSetup(
            site="Field 4",
            curriculum_id="mini",
            curriculum_version="2.1.0",
            module_id="water",
            language="es",
            privacy_mode=PrivacyMode.CODES,
        )
    )
    panel = AttendancePanel(records, context.tasks, session)
    view = CoordinatorView(records, context.tasks)
    qtbot.addWidget(panel)
    qtbot.addWidget(view)
    return panel, view


def test_session_and_coordinator_screens_retranslate(
    qtbot: QtBot, translations: Translations, context: AppContext
) -> None:
    panel, view = _records_screens(qtbot, context)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.start()
    translations.switch("es")
    assert panel.mark_button.text() == "Marcar"
    assert panel.title.text() == "Asistencia: Field 4"
    assert panel.entry_status.itemText(0) == "Presente"
    assert view.show_names.text() == "Mostrar nombres"
    assert view.figure_contacts.caption.text() == "contactos con trabajadores"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Fecha"
    assert view.status.text() == "1 sesión todavía no ha terminado."
    translations.switch("en")
    assert panel.mark_button.text() == "Mark"
    assert view.show_names.text() == "Show names"
    assert view.status.text() == "1 session not ended yet."


def test_the_start_dialog_names_every_field(qtbot: QtBot, translations: Translations) -> None:
    from wsr_edu.ui.session.start_dialog import StartSessionDialog

    dialog = StartSessionDialog("mini", "1", [("water", "Water")], [("en", "English")])
    qtbot.addWidget(dialog)
    translations.switch("ht")
    assert [c.text() for c in dialog.captions] == [
        "Kote",
        "Gwoup oswa ekip",
        "Animatè",
        "Modil",
        "Lang",
        "Prezans",
    ]


def _alt_keys(window: QWidget) -> dict[str, list[str]]:
    """The Alt+letter each control of `window` answers to, with the controls' words."""
    keys: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if found:
                keys.setdefault(found.group(1).lower(), []).append(widget.text())
    return keys


def test_no_two_controls_of_a_screen_share_an_alt_key(
    qtbot: QtBot,
    translations: Translations,
    context: AppContext,
    library,
    presenter,  # type: ignore[no-untyped-def]
) -> None:
    from wsr_edu.ui.session.start_dialog import StartSessionDialog

    panel, view = _records_screens(qtbot, context)
    dialog = StartSessionDialog("mini", "1", [("water", "Water")], [("en", "English")])
    qtbot.addWidget(dialog)
    # Alt+R moved between "Records and reports" and "Record narration" and opened neither.
    for code in ("en", "es", "ht", "bn"):
        translations.switch(code)
        for window in (library, presenter.console, dialog, panel, view):
            shared = {key: words for key, words in _alt_keys(window).items() if len(words) > 1}
            assert not shared, (code, type(window).__name__, shared)
