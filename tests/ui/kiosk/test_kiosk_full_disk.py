"""The PIN pad on a full disk: guesses stay limited and the right PIN still opens it."""

from __future__ import annotations

import contextlib
import resource
import signal
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.kiosk.fixtures import PIN, KioskFactory, kiosk_store, narrated_mini
from wsr_edu.kiosk.lockout import MAX_FAILURES
from wsr_edu.ui.kiosk.admin import AdminScreen


@contextlib.contextmanager
def full_disk() -> Iterator[None]:
    """Every file write past its first bytes fails with EFBIG, as on a full disk."""
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (8, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)


def _type(window, pin: str) -> None:  # type: ignore[no-untyped-def]
    for digit in pin:
        QTest.mouseClick(window.pin_pad.keys[digit], Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.pin_pad.ok, Qt.MouseButton.LeftButton)


def test_wrong_pins_still_lock_the_pad_when_the_file_cannot_be_saved(
    kiosks: KioskFactory, tmp_path: Path
) -> None:
    store = kiosk_store(tmp_path / "kiosk.json")
    window = kiosks.open([narrated_mini(tmp_path)], store)
    saved = store.path.read_bytes()
    window.open_pin_pad()
    with full_disk():
        for _ in range(MAX_FAILURES):
            _type(window, "0000")
        pad = window.pin_pad
        locked_text = pad.message.text()
        keys_enabled = pad.ok.isEnabled()
        _type(window, PIN)
        opened = isinstance(window.current_screen, AdminScreen)
    assert store.path.read_bytes() == saved  # nothing could be written
    assert pad.guard.storage_problem is not None
    assert "Too many wrong PINs" in locked_text and not keys_enabled
    assert not opened
    assert pad.guard.seconds_locked() > 0
    assert "disk is full" in pad.heading.text()


def test_the_right_pin_opens_the_pad_when_the_file_cannot_be_saved(
    kiosks: KioskFactory, tmp_path: Path
) -> None:
    store = kiosk_store(tmp_path / "kiosk.json")
    window = kiosks.open([narrated_mini(tmp_path)], store)
    window.open_pin_pad()
    with full_disk():
        for _ in range(MAX_FAILURES - 1):
            _type(window, "0000")
        tries = window.pin_pad.guard.tries_left()
        _type(window, PIN)
        opened = isinstance(window.current_screen, AdminScreen)
    assert tries == 1
    assert opened
