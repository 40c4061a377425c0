"""`scripts/screenshots.py --every-slide` draws every slide everywhere and says when one fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.canary import Canary
from tests.conftest import FIXTURES, REPO
from tests.hostile import make_hostile_curriculum
from tests.system import require_program

SCRIPT = REPO / "scripts" / "screenshots.py"


def _run(
    out: Path, curriculum: Path, *extra: str, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SDL_AUDIODRIVER": "dummy"}
    return subprocess.run(
        [
            *prefix,
            sys.executable,
            str(SCRIPT),
            str(out),
            "--curriculum",
            str(curriculum),
            "--every-slide",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=REPO,
    )


@pytest.mark.slow
def test_every_slide_of_every_language_on_every_screen(tmp_path: Path) -> None:
    result = _run(tmp_path / "out", FIXTURES / "arabic-mini")
    assert result.returncode == 0, result.stdout + result.stderr
    saved = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.png")
    )
    expected = [
        f"water/{lang}/{n:02d}-{slide}-{screen}.png"
        for lang in ("ar", "en")
        for n, slide in ((1, "water"), (2, "q-when"))
        for screen in ("audience", "console", "kiosk")
    ]
    # A question's audience screen is saved once more with its answer revealed.
    expected += [f"water/{lang}/02-q-when-revealed.png" for lang in ("ar", "en")]
    assert saved == sorted(expected)
    assert "FAILED" not in result.stdout


@pytest.mark.slow
def test_one_language_only_and_a_failure_exits_non_zero(
    tmp_path: Path, mini_curriculum: Path
) -> None:
    result = _run(tmp_path / "es", mini_curriculum, "--lang", "es", "--no-kiosk")
    assert result.returncode == 0, result.stdout + result.stderr
    assert {p.parent.name for p in (tmp_path / "es").rglob("*.png")} == {"es"}

    md = mini_curriculum / "modules/water/en.md"
    md.write_text(md.read_text(encoding="utf-8").replace("- [x]", "- [ ]"), encoding="utf-8")
    broken = _run(tmp_path / "broken", mini_curriculum, "--no-kiosk")
    assert broken.returncode == 1
    assert "FAILED: " in broken.stdout and "has no right answer" in broken.stdout
    assert "Traceback" not in broken.stderr


@pytest.mark.slow
def test_a_hostile_curriculum_renders_under_strace_without_opening_outside(tmp_path: Path) -> None:
    strace = require_program("strace", "strace")
    with Canary(tmp_path / "outside" / "canary.png") as canary:
        folder = make_hostile_curriculum(tmp_path / "curricula", canary.path)
        log = tmp_path / "strace.log"
        result = _run(
            tmp_path / "out",
            folder,
            prefix=(strace, "-f", "-qq", "-e", "trace=open,openat,openat2", "-o", str(log)),
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        lines = log.read_text(errors="replace").splitlines()
        assert any("ok.png" in line for line in lines), "strace saw no picture being opened"
        assert [line for line in lines if "canary" in line] == []
        assert not canary.opened()
