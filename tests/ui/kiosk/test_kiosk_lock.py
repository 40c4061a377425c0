"""The kiosk cannot be left without the PIN; wrong PINs lock the pad, even across a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.kiosk.fixtures import PIN, kiosk_store, narrated_mini
from wsr_edu.kiosk.lockout import FIRST_LOCK_S, MAX_FAILURES
from wsr_edu.ui.kiosk.admin import AdminScreen
from wsr_edu.ui.kiosk.screens import WelcomeScreen


@pytest.fixture
def setup(tmp_path: Path):  # type: ignore[no-untyped-def]
    return [narrated_mini(tmp_path)], kiosk_store(tmp_path / "kiosk.json")


CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.mark.parametrize(
    ("key", "mods"),
    [
        (Qt.Key.Key_Escape, NONE),
        (Qt.Key.Key_F4, ALT),
        (Qt.Key.Key_W, CTRL),
        (Qt.Key.Key_Q, CTRL),
    ],
)
def test_blocked_keys_do_not_leave(kiosks, setup, key, mods) -> None:  # type: ignore[no-untyped-def]
    window = kiosks.open(*setup)
    before = window.guard.blocked
    QTest.keyClick(window, key, mods)
    QApplication.processEvents()
    assert window.isVisible()
    assert window.guard.blocked == before + 1
    assert isinstance(window.current_screen, WelcomeScreen)


def test_close_requests_are_refused(kiosks, setup) -> None:  # type: ignore[no-untyped-def]
    window = kiosks.open(*setup)
    assert window.close() is False
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    QApplication.processEvents()
    assert window.isVisible()


def test_window_is_frameless_and_on_top(kiosks, setup) -> None:  # type: ignore[no-untyped-def]
    flags = kiosks.open(*setup).windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint


def test_key_chord_opens_the_pin_pad(kiosks, setup) -> None:  # type: ignore[no-untyped-def]
    window = kiosks.open(*setup)
    assert not window.pin_pad.isVisible()
    QTest.keyClick(window, Qt.Key.Key_K, CTRL | ALT | Qt.KeyboardModifier.ShiftModifier)
    assert window.pin_pad.isVisible()
    assert window.pin_pad.geometry() == window.rect()


def test_five_taps_in_the_corner_open_the_pin_pad(kiosks, setup) -> None:  # type: ignore[no-untyped-def]
    window = kiosks.open(*setup)
    now = [100.0]
    window.guard.clock = lambda: now[0]
    corner = QPoint(20, 20)
    for _ in range(4):
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, NONE, corner)
        now[0] += 0.4
    assert not window.pin_pad.isVisible()
    now[0] += 3.0  # too slow: the count starts again
    for _ in range(4):
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, NONE, corner)
        now[0] += 0.4
    assert not window.pin_pad.isVisible()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, NONE, corner)
    assert window.pin_pad.isVisible()


def test_taps_elsewhere_do_not_count(kiosks, setup) -> None:  # type: ignore[no-untyped-def]
    window = kiosks.open(*setup)
    for _ in range(8):
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, NONE, QPoint(600, 400))
    assert not window.pin_pad.isVisible()


def _type(window, pin: str) -> None:  # type: ignore[no-untyped-def]
    for digit in pin:
        QTest.mouseClick(window.pin_pad.keys[digit], Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.pin_pad.ok, Qt.MouseButton.LeftButton)


def test_right_pin_opens_admin_and_leaves(kiosks, setup, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = kiosks.open(*setup)
    window.open_pin_pad()
    _type(window, PIN)
    assert not window.pin_pad.isVisible()
    assert isinstance(window.current_screen, AdminScreen)
    left: list[bool] = []
    window.left.connect(lambda: left.append(True))
    QTest.mouseClick(window.current_screen.leave_button, Qt.MouseButton.LeftButton)
    assert left == [True]
    assert not window.isVisible()


def test_cancel_goes_back_to_the_kiosk(kiosks, setup) -> None:  # type: ignore[no-untyped-def]
    window = kiosks.open(*setup)
    window.open_pin_pad()
    QTest.mouseClick(window.pin_pad.cancel, Qt.MouseButton.LeftButton)
    assert not window.pin_pad.isVisible()
    assert isinstance(window.current_screen, WelcomeScreen) and window.isVisible()


def test_wrong_pins_lock_the_pad_across_a_restart(kiosks, setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    curricula, store = setup
    window = kiosks.open(curricula, store)
    window.open_pin_pad()
    for _ in range(MAX_FAILURES):
        _type(window, "0000")
    assert "Too many wrong PINs" in window.pin_pad.message.text()
    assert not window.pin_pad.ok.isEnabled()
    _type(window, PIN)
    assert not isinstance(window.current_screen, AdminScreen)
    window.leave()
    # A restart: a new store and a new window reading the same kiosk file.
    from wsr_edu.kiosk.config import KioskStore

    again = kiosks.open(curricula, KioskStore(tmp_path / "kiosk.json"))
    again.open_pin_pad()
    assert not again.pin_pad.keys["1"].isEnabled()
    assert 0 < again.pin_pad.guard.seconds_locked() <= FIRST_LOCK_S
    again.pin_pad.typed = PIN
    again.pin_pad.submit()
    assert again.pin_pad.isVisible()
    assert not isinstance(again.current_screen, AdminScreen)


def test_admin_saves_settings(kiosks, setup) -> None:  # type: ignore[no-untyped-def]
    curricula, store = setup
    window = kiosks.open(curricula, store)
    window.open_pin_pad()
    _type(window, PIN)
    admin = window.current_screen
    assert isinstance(admin, AdminScreen)
    admin.language_boxes["en"].setChecked(False)
    admin.codes.setChecked(True)
    admin.idle.setValue(45)
    QTest.mouseClick(admin.save_button, Qt.MouseButton.LeftButton)
    saved = store.config()
    assert saved.languages == ["es"] and saved.allow_codes and saved.idle_timeout_s == 45
    assert isinstance(window.current_screen, WelcomeScreen)
    assert list(window.current_screen.buttons) == ["es"]
    assert window.idle.interval_ms == 45_000
