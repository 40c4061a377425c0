"""`--self-test` and `play`: the checks the bundle's smoke test runs, here from the source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wsr_edu.cli import main
from wsr_edu.kiosk.assets import tone_file


def _self_test(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WSR_EDU_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "wsr_edu", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_self_test_reports_the_library_it_painted(data_dir: Path, tmp_path: Path) -> None:
    picture = tmp_path / "library.png"
    done = _self_test("--self-test", str(picture), data_dir=data_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Know your rights: WSR basics" in done.stdout
    assert "interface language bn: wsr_edu_bn.qm + qtbase_bn.qm" in done.stdout
    assert done.stdout.rstrip().endswith("self-test: passed")
    assert picture.read_bytes().startswith(b"\x89PNG")


@pytest.mark.slow
def test_self_test_fails_on_a_broken_curriculum(
    data_dir: Path, mini_curriculum: Path, tmp_path: Path
) -> None:
    (mini_curriculum / "curriculum.toml").write_text("this is = not [toml", encoding="utf-8")
    done = _self_test("--curricula", str(mini_curriculum), "--self-test", data_dir=data_dir)
    assert done.returncode == 1
    assert f"self-test problem: {mini_curriculum} has errors" in done.stdout
    assert "self-test: FAILED" in done.stdout


def test_play_plays_a_tone_to_its_end(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["play"]) == 0
    right = tone_file("right")
    assert right is not None
    assert f"played {right.name}" in capsys.readouterr().out


def test_play_reports_a_broken_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "cut.ogg"
    broken.write_bytes(b"OggS" + b"\0" * 10)
    assert main(["play", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "cut.ogg" in err and "Traceback" not in err
