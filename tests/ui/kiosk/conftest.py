"""Fixtures the kiosk's window tests share: kiosks to open, real records, a tap."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.kiosk.fixtures import KioskFactory
from wsr_edu.paths import AppPaths


@pytest.fixture
def kiosks(qtbot, prepared_app) -> Iterator[KioskFactory]:  # type: ignore[no-untyped-def]
    factory = KioskFactory(qtbot)
    yield factory
    factory.close_all()


@pytest.fixture
def records(tmp_path: Path):  # type: ignore[no-untyped-def]
    from wsr_edu.records.repository import Records

    opened = Records.open(AppPaths(tmp_path / "data").ensure(), backup_interval=None)
    yield opened
    opened.close()


def tap(widget) -> None:  # type: ignore[no-untyped-def]
    """A finger on `widget`: a left click in its middle."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
