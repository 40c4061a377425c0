"""Start-up of the frozen bundle against the source install, measured in the same run.

Each round starts two fresh processes in alternating order: the source install
(`python -m wsr_edu` from the project's environment) and the one-folder bundle's executable,
both quitting at the library's first paint (WSR_EDU_EXIT_AFTER_PAINT). Time runs from process
start to the first-paint line; each round gives one frozen/source ratio, and the script prints
their min/median/max. The bundle runs with a clean environment (no .venv on PATH).

Usage: uv run python benchmarks/frozen_startup.py [--rounds N] [--bundle DIR]
       (DIR: the bundle folder, default installer/dist/wsr-edu; build it with
       `uv run python installer/build.py`.) Target: the bundle within 1.5x of the source.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5


def first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning the process to its first-paint line."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if line.startswith(("first-paint", "listed")) and elapsed is None:
            elapsed = time.perf_counter() - started
    process.wait(timeout=120)
    if elapsed is None:
        raise SystemExit(f"no first-paint line from: {' '.join(command)}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description="Frozen bundle vs source start-up")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=REPO / "installer" / "dist" / "wsr-edu")
    args = parser.parse_args()
    exe = args.bundle / ("wsr-edu.exe" if sys.platform == "win32" else "wsr-edu")
    if not exe.is_file():
        print(f"no bundle at {args.bundle}: build it with: uv run python installer/build.py")
        return 2
    with tempfile.TemporaryDirectory(prefix="wsr-bench-") as data:
        common = {"WSR_EDU_DATA_DIR": data, "WSR_EDU_EXIT_AFTER_PAINT": "1"}
        source_env = dict(os.environ, **common)
        source_env.setdefault("QT_QPA_PLATFORM", "offscreen")
        frozen_env = {
            key: value
            for key, value in os.environ.items()
            if key in ("HOME", "LANG", "SYSTEMROOT", "TEMP", "TMP", "XDG_RUNTIME_DIR")
        }
        frozen_env.update(
            common,
            PATH=os.pathsep.join(
                p for p in os.environ.get("PATH", "").split(os.pathsep) if ".venv" not in p
            ),
            QT_QPA_PLATFORM=source_env["QT_QPA_PLATFORM"],
        )
        source = ([sys.executable, "-m", "wsr_edu"], source_env)
        frozen = ([str(exe)], frozen_env)
        first_paint(*source)  # warm the disk cache so the first round is not an outlier
        first_paint(*frozen)
        source_times, frozen_times = [], []
        for i in range(args.rounds):
            if i % 2 == 0:
                s, f = first_paint(*source), first_paint(*frozen)
            else:
                f, s = first_paint(*frozen), first_paint(*source)
            source_times.append(s)
            frozen_times.append(f)
    ratios = [f / s for f, s in zip(frozen_times, source_times, strict=True)]
    median = statistics.median(ratios)
    print(f"rounds: {args.rounds}")
    print(f"source install: {statistics.median(source_times) * 1000:7.0f} ms to first paint")
    print(f"frozen bundle : {statistics.median(frozen_times) * 1000:7.0f} ms to first paint")
    print(
        f"frozen/source per pair: min {min(ratios):.2f}x, median {median:.2f}x, "
        f"max {max(ratios):.2f}x (target within {TARGET_RATIO}x): "
        f"{'ok' if median <= TARGET_RATIO else 'TOO SLOW'}"
    )
    return 0 if median <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
