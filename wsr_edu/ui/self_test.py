"""`wsr-edu --self-test`: open the library, report what it shows once painted, then quit.

Checks an installation (a frozen bundle above all) from the outside: the curricula it found,
whether each loaded cleanly, the interface languages and fonts it carries, and that the window
painted something other than a blank rectangle. Exits 0 only when all of that holds.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from ..paths import bundled_curricula_dir, frozen_root
from .i18n import SHIPPED, SOURCE_LANGUAGE, app_catalog, qt_catalog
from .library.window import LibraryWindow

TIMEOUT_MS = 60_000


class SelfTest(QObject):
    def __init__(self, window: LibraryWindow, picture: str) -> None:
        super().__init__(window)
        self.window = window
        self.picture = Path(picture) if picture else None
        self.status: int | None = None
        window.curricula_loaded.connect(self._loaded)
        QTimer.singleShot(TIMEOUT_MS, self._timed_out)

    def _loaded(self) -> None:
        QTimer.singleShot(0, self._report)

    def _timed_out(self) -> None:
        if self.status is None:
            self._finish(1, [f"self-test: no curricula listed within {TIMEOUT_MS // 1000} s"])

    def _report(self) -> None:
        if self.status is not None:
            return
        window = self.window
        image = window.grab().toImage()
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), max(1, image.width() // 64))
            for y in range(0, image.height(), max(1, image.height() // 64))
        }
        root = frozen_root()
        lines = [
            f"self-test: frozen={'yes' if root else 'no'} platform={QApplication.platformName()}",
            f"bundled curricula folder: {bundled_curricula_dir()}",
            f"painted {image.width()}x{image.height()} with {len(colours)} colours",
        ]
        problems: list[str] = []
        if len(colours) < 4:
            problems.append("the window painted blank")
        lines.append(f"curricula listed: {window.curricula.count()}")
        for row, result in enumerate(window.results):
            item = window.curricula.item(row)
            text = item.text().replace("\n", " | ") if item is not None else "?"
            state = "ok" if result.ok else f"{len(result.problems.errors)} error(s)"
            lines.append(f"  - {text} [{state}] {result.path}")
            if not result.ok:
                problems.append(f"{result.path} has errors")
        if window.curricula.count() == 0:
            problems.append("no curriculum listed")
        for code in SHIPPED:
            if code == SOURCE_LANGUAGE:
                continue
            ours, qts = app_catalog(code), qt_catalog(code)
            if not ours.is_file() or qts is None:
                problems.append(f"the {code} interface translation is incomplete")
            else:
                lines.append(f"interface language {code}: {ours.name} + {qts.name}")
        lines.append(f"font families: {len(QFontDatabase.families())}")
        if self.picture is not None:
            if image.save(str(self.picture)):
                lines.append(f"picture: {self.picture}")
            else:
                problems.append(f"could not save {self.picture}")
        lines += [f"self-test problem: {p}" for p in problems]
        lines.append("self-test: " + ("passed" if not problems else "FAILED"))
        self._finish(1 if problems else 0, lines)

    def _finish(self, status: int, lines: list[str]) -> None:
        self.status = status
        print("\n".join(lines), flush=True)
        sys.stdout.flush()
        QApplication.exit(status)
