"""The narrate command's answers to user mistakes: a message and exit 1, never a traceback."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from wsr_edu.cli import main
from wsr_edu.progress import Progress

from .conftest import write_curriculum


def test_a_missing_path_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["narrate", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err
    assert "no such file or folder" in err and "Traceback" not in err


def test_a_folder_without_a_curriculum_is_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["narrate", str(tmp_path)]) == 1
    assert "no curriculum here" in capsys.readouterr().err


def test_a_broken_curriculum_prints_the_validator_problems_and_makes_nothing(
    mini_curriculum: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spanish = mini_curriculum / "modules/water/es.md"
    spanish.write_text(
        spanish.read_text(encoding="utf-8").replace("{#rest}", "{#descanso}"), encoding="utf-8"
    )
    assert main(["narrate", str(mini_curriculum)]) == 1
    err = capsys.readouterr().err
    assert "es.md" in err and "error:" in err and "descanso" in err
    assert "wsr-edu validate" in err and "Traceback" not in err
    assert not (mini_curriculum / "modules/water/narration/generated").exists()


def test_an_unknown_language_is_a_message(
    mini_curriculum: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["narrate", str(mini_curriculum), "--lang", "ht"]) == 1
    assert "no language ht in this curriculum (it has: en, es)" in capsys.readouterr().err


def test_jobs_must_be_a_positive_number(
    mini_curriculum: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["narrate", str(mini_curriculum), "--jobs", "0"])
    assert caught.value.code == 2
    assert "at least 1" in capsys.readouterr().err


def test_dry_run_lists_the_work_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng)")
    root = write_curriculum(tmp_path / "course", {"en": [("a", "Hi."), ("b", "Bye.")]})
    assert main(["narrate", str(root), "--engine", "espeak", "--dry-run"]) == 0
    out = capsys.readouterr().out
    # Two slides and the module's title, said on its kiosk tile.
    assert "would generate:        3" in out and "talk/en/b (espeak-ng)" in out
    assert "talk/en/_title (espeak-ng)" in out
    assert not (root / "modules/talk/narration").exists()


def test_progress_prints_plain_lines_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(20, stream)
    for i in range(20):
        progress.step(f"m/en/s{i}", ok=i != 7)
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue()
    assert 10 <= len(lines) <= 12  # about one per tenth, plus the failure
    assert lines[-1].startswith("narrate: 20/20, 1 failed")
    assert any("m/en/s7" in line for line in lines)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_redraws_one_line_on_a_terminal() -> None:
    stream = _Terminal()
    progress = Progress(4, stream)
    for i in range(4):
        progress.step(f"s{i}")
    progress.finish()
    text = stream.getvalue()
    assert text.count("\r") == 4 and text.count("\n") == 1
    assert "[########################] 4/4" in text


def test_the_export_progress_reports_rows_in_a_log_by_tenths() -> None:
    import io

    log = io.StringIO()
    progress = Progress(0, log, label="exporting", unit="rows")
    for done in range(0, 1001, 50):
        progress(done, 1000)
    progress.finish()
    lines = log.getvalue().splitlines()
    assert lines[0] == "exporting: 0/1,000 rows" and lines[-1] == "exporting: 1,000/1,000 rows"
    assert len(lines) == 11, "one line per tenth in a log, not one per call"
    quiet = io.StringIO()
    silent = Progress(0, quiet, label="exporting", quiet=True)
    silent(5, 10)
    silent.finish()
    assert quiet.getvalue() == ""
