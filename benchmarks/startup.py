"""Start-up time and memory of the library window against a bare PySide6 window.

Each round starts two fresh processes: the app (quitting at the library's first paint) and a
minimal PySide6 program showing an empty QWidget (quitting at its first paint). Time is measured
from process start to the first-paint line; memory is the child's own peak RSS.

Usage: uv run python benchmarks/startup.py [--rounds N]   (target: ratio within 2.5x)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_RATIO = 2.5

BASELINE = """
import resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1180, 760)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
print(f"first-paint peak_rss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
"""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from spawning the process to its first-paint line, and its peak RSS in KiB."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    elapsed, rss = None, 0
    for line in process.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - started
            rss = int(line.rsplit("peak_rss_kb=", 1)[1])
    process.wait(timeout=60)
    if elapsed is None:
        raise SystemExit(f"no first-paint line from: {' '.join(command)}")
    return elapsed, rss


def main() -> int:
    parser = argparse.ArgumentParser(description="Start-up benchmark of the library window")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wsr-bench-") as data:
        env = dict(os.environ, WSR_EDU_DATA_DIR=data, WSR_EDU_EXIT_AFTER_PAINT="1")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        app_cmd = [sys.executable, "-m", "wsr_edu"]
        base_cmd = [sys.executable, "-c", BASELINE]
        measure(app_cmd, env)  # warm the disk cache so the first round is not an outlier
        measure(base_cmd, env)
        app_times, base_times, app_rss, base_rss = [], [], [], []
        for i in range(args.rounds):
            # Alternate the order so neither side always runs on a warmer machine.
            pairs = [(app_cmd, app_times, app_rss), (base_cmd, base_times, base_rss)]
            for cmd, times, rss in pairs if i % 2 == 0 else reversed(pairs):
                t, r = measure(cmd, env)
                times.append(t)
                rss.append(r)
    app_t, base_t = statistics.median(app_times), statistics.median(base_times)
    app_m, base_m = max(app_rss) / 1024, max(base_rss) / 1024
    ratio = app_t / base_t
    print(f"rounds: {args.rounds}")
    print(
        f"bare PySide6 window: {base_t * 1000:7.0f} ms to first paint, peak RSS {base_m:6.1f} MiB"
    )
    print(f"wsr-edu library    : {app_t * 1000:7.0f} ms to first paint, peak RSS {app_m:6.1f} MiB")
    print(
        f"ratio: {ratio:.2f}x (target within {TARGET_RATIO}x): "
        f"{'ok' if ratio <= TARGET_RATIO else 'TOO SLOW'}; memory +{app_m - base_m:.1f} MiB"
    )
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
