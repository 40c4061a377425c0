"""The benchmark scripts still run (tiny sizes); they print ratios, and nothing here times them."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from .conftest import REPO

SMALL = {
    "export.py": ["--rows", "2000", "--xlsx-rows", "200"],
    "marks.py": ["--marks", "20"],
    "kiosk_soak.py": ["--runs", "6", "--warmup", "2"],
    "startup.py": ["--rounds", "1"],
    "slides.py": ["--modules", "1", "--languages", "1", "--slides", "3"],
}


@pytest.mark.slow
@pytest.mark.parametrize("script", sorted(SMALL))
def test_benchmark_runs_and_reports_a_ratio(script: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WSR_EDU_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / script), *SMALL[script]],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    # Exit 1 means a speed target was missed on this run: that is the benchmark's verdict to
    # print, not the test's to judge (tests never assert times). Anything else is a crash.
    assert result.returncode in (0, 1), result.stdout[-2000:] + result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    # Every benchmark reports against a baseline: a ratio ("2.06x") or a growth ("+1.4%").
    assert re.search(r"\d+(\.\d+)?x\b|[+-]\d+(\.\d+)?%", result.stdout), result.stdout
