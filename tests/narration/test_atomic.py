"""Files appear whole or not at all, even when the writer fails or is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wsr_edu.atomic import atomic_write, remove_stale_parts
from wsr_edu.narration.audiocheck import read_checked
from wsr_edu.narration.engines.gtts_engine import GttsEngine

from .conftest import FakeTranslate, audio_files, encode, write_curriculum
from .helpers import generated, narrate


def test_a_failed_write_leaves_the_old_file_and_no_piece(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pay.ogg"
    target.write_bytes(b"old content")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        atomic_write(target, b"new content that never lands")
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["pay.ogg"]


def test_a_failed_first_write_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_replace(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(PermissionError):
        atomic_write(tmp_path / "new.mp3", b"data")
    assert list(tmp_path.iterdir()) == []


def test_empty_data_is_never_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        atomic_write(tmp_path / "empty.ogg", b"")
    assert list(tmp_path.iterdir()) == []


def test_leftovers_of_a_dead_writer_are_cleared(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    leftover = tmp_path / "en" / f".pay.ogg.{dead.stdout.strip()}.abcd1234.part"
    leftover.parent.mkdir()
    leftover.write_bytes(b"half")
    keep = tmp_path / "en" / "pay.ogg"
    keep.write_bytes(b"whole")
    assert remove_stale_parts(tmp_path) == 1
    assert [p.name for p in (tmp_path / "en").iterdir()] == ["pay.ogg"]


_KILLED_RUN = """
import sys
from pathlib import Path
from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.narration.engines.gtts_engine import GttsEngine
from wsr_edu.narration.generate import Narrator, Options
curriculum = load_curriculum(Path(sys.argv[1])).curriculum
options = Options(engine="gtts", jobs=4, titles=False)
Narrator({"gtts": GttsEngine(sys.argv[2])}, options).run(curriculum)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on POSIX only")
def test_a_killed_run_leaves_only_whole_files_and_a_valid_manifest(
    tmp_path: Path, fake_translate: FakeTranslate
) -> None:
    fake_translate.mp3 = encode("MP3", seconds=60)  # big enough to be caught mid-write
    fake_translate.delay_s = 0.05
    root = write_curriculum(
        tmp_path / "course", {"en": [(f"s{i}", f"Slide number {i}.") for i in range(40)]}
    )
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_RUN, str(root), fake_translate.url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while len(audio_files(generated(root))) < 5 and process.poll() is None:
            assert time.monotonic() < deadline, "the run made no files"
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    files = audio_files(generated(root))
    assert 5 <= len(files) < 40
    for path in files:
        assert read_checked(path) == fake_translate.mp3  # whole, not a piece
    manifest = json.loads((generated(root) / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["slides"]["en"].values():
        assert (generated(root) / entry["file"]).stat().st_size == len(fake_translate.mp3)
    # A kill between creating and renaming a temporary file can leave a hidden `.part` file,
    # which no lookup ever uses and the next run removes; every visible file is whole.
    for path in generated(root).rglob("*"):
        if path.is_file() and not path.name.endswith(".part") and path.name != "manifest.json":
            assert path.read_bytes() == fake_translate.mp3, f"a piece of a file: {path.name}"

    fake_translate.delay_s = 0.0
    report = narrate(root, {"gtts": GttsEngine(fake_translate.url)}, jobs=4)
    assert report.ok and len(report.generated) + len(report.up_to_date) == 40
    assert len(report.up_to_date) == len(manifest["slides"]["en"])
    assert not list(generated(root).rglob("*.part"))
    assert len(audio_files(generated(root))) == 40
