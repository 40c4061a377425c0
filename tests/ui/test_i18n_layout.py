"""Long translations fit: at 1366x768 no button is squeezed below its text in any language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from wsr_edu.ui.context import AppContext
from wsr_edu.ui.i18n import SHIPPED, Translations

SCREEN = QSize(1366, 768)


@pytest.fixture
def translations(prepared_app: QApplication, context: AppContext) -> Iterator[Translations]:
    before = QLocale()
    translations = Translations(prepared_app)
    context.translations = translations
    yield translations
    translations.switch("en")
    translations.uninstall()
    QLocale.setDefault(before)


def squeezed(window: QWidget) -> list[str]:
    """Visible buttons narrower than they ask to be, or than their words."""
    QApplication.processEvents()
    found = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.text():
            continue
        words = button.text().replace("&", "")
        text_width = button.fontMetrics().horizontalAdvance(words)
        if button.sizeHint().width() > button.width() or text_width > button.width():
            found.append(f"{words!r}: {button.width()} < {button.sizeHint().width()}")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("code", list(SHIPPED))
def test_main_screens_fit_1366x768_in_every_language(
    qtbot: QtBot,
    translations: Translations,
    library,
    presenter,
    code: str,  # type: ignore[no-untyped-def]
) -> None:
    translations.switch(code)
    console = presenter.console
    for window in (library, console):
        window.showNormal()
        window.resize(SCREEN)
        QApplication.processEvents()
        assert window.width() <= SCREEN.width(), f"{code}: {window.accessibleName()} too wide"
        assert squeezed(window) == [], code
    presenter.presentation.go(presenter.presentation.text.questions[0].index)
    assert squeezed(console) == [], code


@pytest.mark.slow
@pytest.mark.parametrize("code", list(SHIPPED))
def test_kiosk_screens_fit_1366x768_in_every_language(
    qtbot: QtBot, translations: Translations, code: str, mini_curriculum
) -> None:  # type: ignore[no-untyped-def]
    import tempfile
    from pathlib import Path

    from wsr_edu.curriculum.loader import load_curriculum
    from wsr_edu.kiosk.config import KioskConfig, KioskStore
    from wsr_edu.kiosk.pin import hash_pin
    from wsr_edu.narration.player import NullPlayer
    from wsr_edu.session.visit_records import MemoryRecorder
    from wsr_edu.ui.kiosk.window import KioskWindow

    translations.switch(code)
    curriculum = load_curriculum(mini_curriculum).curriculum
    assert curriculum is not None
    with tempfile.TemporaryDirectory() as tmp:
        store = KioskStore(Path(tmp) / "kiosk.json")
        store.save_pin(hash_pin("2468"))
        store.save_config(KioskConfig(allow_codes=True))
        window = KioskWindow([curriculum], store, NullPlayer(), MemoryRecorder())
        qtbot.addWidget(window)
        window.resize(SCREEN)
        window.start(fullscreen=False)
        assert squeezed(window) == [], f"{code}: welcome"
        window.choose_language("en")
        assert squeezed(window) == [], f"{code}: modules"
        window.show_code()
        assert squeezed(window) == [], f"{code}: code"
        window.start_module(window.walk.modules()[0])
        assert squeezed(window) == [], f"{code}: lesson"
        window.show_admin()
        assert squeezed(window) == [], f"{code}: admin"
        window.leave()
