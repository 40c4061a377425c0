"""The PIN pad takes keyboard digits, ignores an empty OK, and its keys never overlap."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.kiosk.fixtures import PIN, kiosk_store, narrated_mini
from wsr_edu.kiosk.lockout import MAX_FAILURES, PinGuard
from wsr_edu.ui.kiosk.admin import AdminScreen


def test_keyboard_digits_type_the_pin_and_enter_submits(kiosks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = kiosk_store(tmp_path / "kiosk.json")
    window = kiosks.open([narrated_mini(tmp_path)], store)
    window.open_pin_pad()
    pad = window.pin_pad
    # Typed on the window, which keeps the keyboard focus, and on the pad itself alike.
    QTest.keyClicks(window, "12a")
    assert pad.typed == "12", "letters are not digits"
    QTest.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.typed == "1"
    QTest.keyClick(window, Qt.Key.Key_Backspace)
    QTest.keyClicks(pad, PIN[:2])
    QTest.keyClicks(window, PIN[2:])
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert isinstance(window.current_screen, AdminScreen) and not pad.isVisible()


def test_ok_on_an_empty_pin_does_nothing_and_uses_no_try(kiosks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = kiosk_store(tmp_path / "kiosk.json")
    window = kiosks.open([narrated_mini(tmp_path)], store)
    window.open_pin_pad()
    pad = window.pin_pad
    assert not pad.ok.isEnabled(), "nothing typed: OK is not offered"
    pad._ok()
    QTest.keyClick(window, Qt.Key.Key_Enter)
    assert pad.isVisible() and pad.message.text() == ""
    assert PinGuard(store).tries_left() == MAX_FAILURES
    QTest.keyClicks(pad, "9")
    assert pad.ok.isEnabled()


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1366, 768), (1920, 1080)])
def test_no_key_overlaps_another(kiosks, tmp_path: Path, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    window = kiosks.open(
        [narrated_mini(tmp_path)], kiosk_store(tmp_path / "kiosk.json"), width=width, height=height
    )
    window.open_pin_pad()
    QApplication.processEvents()
    pad = window.pin_pad
    buttons = [*pad.keys.values(), pad.clear, pad.ok, pad.cancel]
    rects = [QRect(b.mapTo(window, b.rect().topLeft()), b.size()) for b in buttons]
    for i, a in enumerate(rects):
        assert window.rect().contains(a), buttons[i].text()
        assert a.height() >= 48, buttons[i].text()
        for j, b in enumerate(rects[i + 1 :], i + 1):
            assert not a.intersects(b), f"{buttons[i].text()} overlaps {buttons[j].text()}"
