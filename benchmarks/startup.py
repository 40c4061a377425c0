"""Start-up time and memory of the library against a bare Qt window with the same look.

Each round runs one pair of fresh processes, in alternating order:
- the installed `wsr-edu` command, timed from spawning it to the library painted with its
  curricula listed (the app prints a "listed" line then); its peak memory is read after the
  records were opened, which every start does right after that paint;
- a baseline: a QMainWindow with a QTextBrowser listing the same curricula' titles, with the
  app's style, fonts and style sheet, timed from spawning to its first paint.

It prints per-pair ratios (min, median, max) and peak memory.
Usage: uv run python benchmarks/startup.py [--rounds N]
Targets: median ratio <= 2.0x; peak memory <= 120 MB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_RATIO = 2.0
TARGET_MB = 120

BASELINE = """
import resource, sys, time
started = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
from wsr_edu.ui.fonts import register_bundled_fonts
from wsr_edu.ui.theme import Appearance, apply_appearance

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"listed seconds={time.perf_counter() - started:.4f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
app.setStyle("Fusion")
register_bundled_fonts(app)
apply_appearance(app, Appearance(1.0))
window = QMainWindow()
text = QTextBrowser()
text.setPlainText("Know your rights: WSR basics (sample)\\nWorker-driven Social Responsibility")
window.setCentralWidget(text)
window.resize(1180, 728)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
print(f"done peak_rss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
"""


def app_command() -> list[str]:
    """The installed command, as a facilitator starts it (the module when not installed)."""
    installed = shutil.which("wsr-edu") or os.path.join(os.path.dirname(sys.executable), "wsr-edu")
    if os.path.exists(installed):
        return [installed]
    return [sys.executable, "-m", "wsr_edu"]


def measure(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from spawning the process to its "listed" line, and its peak RSS in KiB."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    elapsed, rss = None, 0
    for line in process.stdout:
        if line.startswith("listed") and elapsed is None:
            elapsed = time.perf_counter() - started
        elif line.startswith("done"):
            rss = int(line.rsplit("peak_rss_kb=", 1)[1])
    process.wait(timeout=120)
    if elapsed is None:
        raise SystemExit(f"no 'listed' line from: {' '.join(command)}")
    return elapsed, rss


def spread(values: list[float]) -> str:
    return (
        f"min {min(values):.2f}x, median {statistics.median(values):.2f}x, max {max(values):.2f}x"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="Start-up benchmark of the library window")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wsr-bench-") as data:
        env = dict(os.environ, WSR_EDU_DATA_DIR=data, WSR_EDU_EXIT_AFTER_PAINT="1")
        # As on a user's laptop, Python keeps the modules it compiled; the warm-up run below
        # compiles them, as the first start after installing does.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        app_cmd = app_command()
        base_cmd = [sys.executable, "-c", BASELINE]
        measure(app_cmd, env)  # warm the disk cache so the first pair is not an outlier
        measure(base_cmd, env)
        ratios: list[float] = []
        app_times: list[float] = []
        base_times: list[float] = []
        app_rss: list[int] = []
        base_rss: list[int] = []
        for i in range(args.rounds):
            # Alternate the order so neither side always runs on a warmer machine.
            if i % 2 == 0:
                (a, ar), (b, br) = measure(app_cmd, env), measure(base_cmd, env)
            else:
                (b, br), (a, ar) = measure(base_cmd, env), measure(app_cmd, env)
            ratios.append(a / b)
            app_times.append(a)
            base_times.append(b)
            app_rss.append(ar)
            base_rss.append(br)
    median = statistics.median(ratios)
    app_mb, base_mb = max(app_rss) / 1024, max(base_rss) / 1024
    print(f"pairs: {args.rounds}  (command: {' '.join(app_cmd)})")
    print(
        f"baseline window  : median {statistics.median(base_times) * 1000:6.0f} ms to paint, "
        f"peak RSS {base_mb:6.1f} MiB"
    )
    print(
        f"wsr-edu library  : median {statistics.median(app_times) * 1000:6.0f} ms to curricula "
        f"listed, peak RSS {app_mb:6.1f} MiB (records opened)"
    )
    print(f"per-pair ratio   : {spread(ratios)}  (target: median <= {TARGET_RATIO}x)")
    print(
        f"memory           : {app_mb * 1.048576:.1f} MB = {app_mb:.1f} MiB "
        f"(target <= {TARGET_MB} MB)"
    )
    ok = median <= TARGET_RATIO and app_mb * 1.048576 <= TARGET_MB
    print("verdict          : " + ("ok" if ok else "target missed"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
