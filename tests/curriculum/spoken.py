"""A fixture curriculum with a language that is spoken, not written: Mam, read alongside Spanish."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import soundfile

from wsr_edu.curriculum.loader import load_curriculum

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "mini"
SPOKEN_LINE = 'mam = { name = "Qyol Mam", spoken = true, companion = "es" }\n'


def spoken_curriculum(root: Path, record: bool = True) -> Path:
    """The mini curriculum plus Mam; with `record`, a recording for every part of every slide."""
    folder = root / "mini"
    shutil.copytree(FIXTURE, folder)
    toml = folder / "curriculum.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            'es = "Español"\n', 'es = "Español"\n' + SPOKEN_LINE, 1
        ),
        encoding="utf-8",
    )
    if record:
        record_everything(folder, "mam")
        record_welcome(folder, "mam")
    return folder


def tone_file(path: Path, hz: float, seconds: float = 0.3) -> Path:
    """A short real recording: a tone, written as Ogg Vorbis."""
    rate = 16000
    t = np.arange(int(rate * seconds)) / rate
    path.parent.mkdir(parents=True, exist_ok=True)
    soundfile.write(path, 0.2 * np.sin(2 * np.pi * hz * t), rate, format="OGG", subtype="VORBIS")
    return path


def record_welcome(folder: Path, lang: str) -> Path:
    """The kiosk's welcome in a spoken language (kiosk/<lang>/welcome.ogg)."""
    return tone_file(folder / "kiosk" / lang / "welcome.ogg", 220)


def record_everything(folder: Path, lang: str) -> list[Path]:
    """A short real recording (a tone) for each module title, slide, choice and Why:."""
    result = load_curriculum(folder)
    assert result.curriculum is not None, [p.format() for p in result.problems]
    written: list[Path] = []
    rate = 16000
    for n, module in enumerate(result.curriculum.modules):
        out = module.path / "narration" / lang
        out.mkdir(parents=True, exist_ok=True)
        text = module.text("es")
        names = ["_title"]  # said on the lesson's kiosk tile, which shows no written title
        for slide in text.slides:
            names.append(slide.id)
            if slide.question is not None:
                names += [f"{slide.id}.{c.letter().lower()}" for c in slide.question.choices]
                if slide.question.why.strip():
                    names.append(f"{slide.id}.why")
        for i, name in enumerate(names):
            t = np.arange(int(rate * 0.3)) / rate
            tone = 0.2 * np.sin(2 * np.pi * (300 + 40 * i + n) * t)
            path = out / f"{name}.ogg"
            soundfile.write(path, tone, rate, format="OGG", subtype="VORBIS")
            written.append(path)
    return written
