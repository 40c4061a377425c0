"""Present the test curriculum under a real display setup and report where the windows went.

Run by tests/ui/presenter/test_displays.py in a process of its own, because the screens a Qt program
sees are fixed when it starts (offscreen) or follow a real X server (Xvfb with xrandr).
Usage: displays_probe.py DATA_DIR CURRICULUM STEP...; prints one JSON list of snapshots.
Steps: snap, swap (key S), f11, add:NAME:WxH+X+Y, remove:NAME (xrandr monitors).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.presenter.controller import PresenterController


def settle(seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def wait_for_screens(count: int) -> None:
    deadline = time.monotonic() + 10
    while len(QGuiApplication.screens()) != count and time.monotonic() < deadline:
        settle(0.05)
    settle()


def main() -> int:
    data_dir, curriculum, *steps = sys.argv[1:]
    app = QApplication([])
    app.setStyle("Fusion")
    args = argparse.Namespace(data_dir=data_dir, curricula=[curriculum], database_url=None)
    context = AppContext.create(args)
    loaded = load_curriculum(Path(curriculum))
    assert loaded.curriculum is not None
    controller = PresenterController(context, loaded.curriculum, "water", "en")
    controller.start()
    settle()
    report = []
    for step in steps:
        if step == "snap":
            audience, console = controller.audience, controller.console
            report.append(
                {
                    "screens": [s.name() for s in QGuiApplication.screens()],
                    "primary": QGuiApplication.primaryScreen().name(),
                    "audience_screen": audience.screen().name(),
                    "audience_full_screen": audience.isFullScreen(),
                    "audience_visible": audience.isVisible(),
                    "audience_geometry": audience.geometry().getRect(),
                    "console_visible": console.isVisible(),
                    "console_screen": console.screen().name(),
                    "notes_shown": console.notes.isVisibleTo(console),
                    "audience_only": controller.displays.plan.audience_only,
                }
            )
        elif step == "swap":
            QTest.keyClick(controller.audience, Qt.Key.Key_S)
            settle()
        elif step == "f11":
            QTest.keyClick(controller.audience, Qt.Key.Key_F11)
            settle()
        elif step.startswith("add:"):
            _, name, geometry = step.split(":")
            size, x, y = geometry.replace("+", " ").split()
            width, height = size.split("x")
            before = len(QGuiApplication.screens())
            spec = f"{width}/300x{height}/200+{x}+{y}"
            subprocess.run(["xrandr", "--setmonitor", name, spec, "none"], check=True)
            wait_for_screens(before + 1)
        elif step.startswith("remove:"):
            before = len(QGuiApplication.screens())
            subprocess.run(["xrandr", "--delmonitor", step.split(":")[1]], check=True)
            wait_for_screens(before - 1)
    controller.stop()
    settle()
    context.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
