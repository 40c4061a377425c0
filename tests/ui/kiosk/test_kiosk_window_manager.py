"""The real kiosk under a real X server and window manager (Xvfb + openbox).

It must come back in front, full screen, after Super+D (show desktop), Ctrl+Alt+Right (another
desktop) and the removal of its full-screen state, and leave cleanly on SIGTERM.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.kiosk.fixtures import PIN
from tests.system import require, require_program
from wsr_edu.kiosk.config import KioskStore
from wsr_edu.kiosk.pin import hash_pin

BACK_WITHIN_S = 1.0
"""The issue's promise: the kiosk is back within a second of losing its place."""

XCB_PROBE = "from PySide6.QtWidgets import QApplication; QApplication([])"


def _run(env: dict[str, str], *command: str) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=20)
    return done.stdout


def _wait(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    """Poll `condition` until it holds or `seconds` pass (a deadline, not a measured time)."""
    deadline = time.monotonic() + seconds
    while True:
        if condition():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X display with openbox on it; the environment to reach it."""
    xvfb = require_program("Xvfb", "xvfb")
    openbox = require_program("openbox", "openbox")
    for name, package in (("xdotool", "xdotool"), ("wmctrl", "wmctrl"), ("xprop", "x11-utils")):
        require_program(name, package)
    number = next(n for n in range(71, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    env["SDL_AUDIODRIVER"] = "dummy"
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    manager: subprocess.Popen[bytes] | None = None
    try:
        assert _wait(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 20), "Xvfb did not start"
        probe = subprocess.run(
            [sys.executable, "-c", XCB_PROBE], env=env, capture_output=True, timeout=60
        )
        require(
            probe.returncode == 0,
            "Qt's xcb platform cannot start (apt-get install libxcb-icccm4 libxcb-keysyms1 "
            "libxcb-cursor0 libxkbcommon-x11-0)",
        )
        manager = subprocess.Popen(
            [openbox], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        assert _wait(
            lambda: subprocess.run(["wmctrl", "-m"], env=env, capture_output=True).returncode == 0,
            20,
        ), "openbox did not start"
        yield env
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(10)


class Kiosk:
    def __init__(self, env: dict[str, str], pid: int) -> None:
        self.env = env
        self.pid = pid
        self.window = 0

    def find(self) -> bool:
        for line in _run(self.env, "wmctrl", "-lp").splitlines():
            parts = line.split()
            if len(parts) > 2 and parts[2] == str(self.pid):
                self.window = int(parts[0], 16)
                return True
        return False

    def in_front(self) -> bool:
        state = _run(self.env, "xprop", "-id", str(self.window), "_NET_WM_STATE")
        active = _run(self.env, "xprop", "-root", "_NET_ACTIVE_WINDOW").split()[-1:]
        return (
            "_NET_WM_STATE_FULLSCREEN" in state
            and "_NET_WM_STATE_HIDDEN" not in state
            and bool(active)
            and active[0].startswith("0x")
            and int(active[0], 16) == self.window
        )


@pytest.mark.slow
def test_the_kiosk_takes_back_the_screen_and_leaves_cleanly_on_sigterm(
    desktop: dict[str, str], data_dir: Path, mini_curriculum: Path
) -> None:
    KioskStore(data_dir / "kiosk.json").save_pin(hash_pin(PIN))
    command = [sys.executable, "-m", "wsr_edu", "--data-dir", str(data_dir)]
    command += ["--curricula", str(mini_curriculum), "kiosk", "--curriculum", "mini"]
    process = subprocess.Popen(
        command, env=desktop, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        kiosk = Kiosk(desktop, process.pid)
        assert _wait(kiosk.find, 60), "the kiosk window never appeared"
        assert _wait(kiosk.in_front, 20), "the kiosk did not start full screen in front"
        escapes = [
            ("wmctrl", "-r", ":ACTIVE:", "-b", "remove,fullscreen"),
            ("xdotool", "key", "super+d"),
            ("xdotool", "key", "ctrl+alt+Right"),
        ]
        for escape in escapes:
            _run(desktop, *escape)
            assert _wait(kiosk.in_front, BACK_WITHIN_S), f"not back in front after {escape}"
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=10)
    assert process.returncode == 0, err[-2000:]
    assert "Traceback" not in err
