"""`wsr-edu validate` and the entry points, run as a user would run them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from wsr_edu import __version__
from wsr_edu.cli import main

from ..conftest import REPO


def _run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wsr_edu", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version_and_help() -> None:
    result = _run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"wsr-edu {__version__}"
    help_text = _run("--help").stdout
    assert "validate" in help_text and "--data-dir" in help_text


def test_validate_clean_curriculum_exits_zero(mini_curriculum: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["validate", str(mini_curriculum)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "0 error(s)" in captured.err


def test_validate_prints_problems_and_exits_one(mini_curriculum: Path) -> None:
    en = mini_curriculum / "modules/water/en.md"
    en.write_text(en.read_text(encoding="utf-8").replace("- [x]", "- [ ]"), "utf-8")
    result = _run("validate", "mini", cwd=mini_curriculum.parent)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(
        line.startswith("mini/modules/water/en.md:")
        and ": error: " in line
        and "has no right answer" in line
        and "(hint: " in line
        for line in lines
    )


def test_validate_never_shows_a_traceback_for_garbage(tmp_path: Path) -> None:
    folder = tmp_path / "junk"
    (folder / "modules" / "a").mkdir(parents=True)
    (folder / "curriculum.toml").write_bytes(b'id = "junk"\nlanguages = 3\nmodules = [1, {}]\n')
    (folder / "modules" / "a" / "en.md").write_bytes(b"\xff\xfe\x00garbage")
    result = _run("validate", str(folder), str(tmp_path / "does-not-exist"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "no such file or folder" in result.stdout


def test_validate_a_folder_of_curricula_and_skip_plain_files(mini_curriculum: Path) -> None:
    (mini_curriculum.parent / "README.md").write_text("not a curriculum")
    result = _run(
        "validate", str(mini_curriculum.parent), str(mini_curriculum.parent / "README.md")
    )
    assert result.returncode == 0, result.stdout
    assert "1 curriculum(s) checked" in result.stderr
    assert "skipped" in result.stderr
