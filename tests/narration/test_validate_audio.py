"""`wsr-edu validate` decodes every audio file and names the ones that cannot be played."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile

from tests.kiosk.fixtures import FIXTURES, write_tone
from wsr_edu.cli import main
from wsr_edu.curriculum.loader import load_curriculum


def _good_ogg(path: Path) -> Path:
    t = np.arange(16000) / 16000
    soundfile.write(path, 0.3 * np.sin(2 * np.pi * 440 * t), 16000, format="OGG", subtype="VORBIS")
    return path


def _malformed(folder: Path, ogg: bytes, wav: bytes) -> list[Path]:
    rng = random.Random(3)
    made: list[tuple[str, bytes]] = []
    for _ in range(30):  # cut short anywhere
        made.append((".ogg", ogg[: rng.randrange(1, len(ogg) - 1)]))
    for _ in range(20):
        made.append((".wav", wav[: rng.randrange(1, len(wav) - 2)]))
    for _ in range(20):  # noise with an audio name
        made.append((rng.choice([".ogg", ".mp3", ".wav"]), rng.randbytes(rng.randrange(8, 4000))))
    for _ in range(15):  # the header wiped
        source = rng.choice([ogg, wav])
        made.append((".ogg" if source is ogg else ".wav", bytes(16) + source[16:]))
    for _ in range(5):
        made.append((".ogg", b""))
    for _ in range(10):
        made.append((".mp3", "Narración del módulo, texto no sonido\n".encode() * 40))
    paths = []
    for number, (suffix, data) in enumerate(made):
        path = folder / f"bad-{number:03d}{suffix}"
        path.write_bytes(data)
        paths.append(path)
    return paths


def test_validate_names_every_unplayable_audio_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", folder)
    curriculum = load_curriculum(folder).curriculum
    assert curriculum is not None
    module = curriculum.modules[0]
    slides = module.texts["en"].slides
    voices = module.narration_dir("en")
    voices.mkdir(parents=True, exist_ok=True)
    good = [
        _good_ogg(voices / f"{slides[0].id}.ogg"),
        write_tone(voices / f"{slides[1].id}.wav"),
    ]
    bad = _malformed(voices, good[0].read_bytes(), good[1].read_bytes())
    assert len(bad) == 100

    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    flagged = [line for line in out.splitlines() if "audio cannot be played" in line]
    assert len(flagged) == 100
    for path in bad:
        assert any(path.name in line for line in flagged), f"{path.name} was not flagged"
    for path in good:
        assert path.name not in "\n".join(flagged)
    assert "Traceback" not in out
