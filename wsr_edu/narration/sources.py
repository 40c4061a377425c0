"""Which audio file narrates a slide: a person's recording first, then a generated voice."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..curriculum.loader import GENERATED_DIR
from ..curriculum.model import Module
from ..curriculum.resources import AUDIO_EXTENSIONS

_PREFERENCE = (".ogg", ".mp3", ".wav")


class SourceKind(StrEnum):
    RECORDING = "recording"
    GENERATED = "generated"
    NONE = "none"


@dataclass(frozen=True)
class NarrationSource:
    kind: SourceKind
    path: Path | None
    reason: str = ""
    """For NONE: why the slide has no audio, in words a facilitator understands."""


def recording_path(module: Module, lang: str, slide_id: str) -> Path | None:
    return _first_existing(module.path / "narration" / lang, slide_id)


def generated_dir(module: Module, lang: str) -> Path:
    return module.path / "narration" / GENERATED_DIR / lang


def generated_path(module: Module, lang: str, slide_id: str) -> Path | None:
    return _first_existing(generated_dir(module, lang), slide_id)


def find_narration(module: Module, lang: str, slide_id: str) -> NarrationSource:
    recorded = recording_path(module, lang, slide_id)
    if recorded is not None:
        return NarrationSource(SourceKind.RECORDING, recorded)
    generated = generated_path(module, lang, slide_id)
    if generated is not None:
        return NarrationSource(SourceKind.GENERATED, generated)
    return NarrationSource(
        SourceKind.NONE,
        None,
        "no recording and no generated voice for this slide yet "
        "(record one, or run 'wsr-edu narrate' before the session)",
    )


def _first_existing(folder: Path, slide_id: str) -> Path | None:
    for ext in _PREFERENCE:
        candidate = folder / f"{slide_id}{ext}"
        if candidate.is_file() and candidate.stat().st_size > 0:
            return candidate
    return None


assert set(_PREFERENCE) == AUDIO_EXTENSIONS
