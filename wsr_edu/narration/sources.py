"""Which audio file narrates a slide: a person's recording first, then a generated voice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..curriculum.model import ComplaintLine, Module
from ..curriculum.module_loader import GENERATED_DIR
from ..curriculum.resources import AUDIO_EXTENSIONS

_PREFERENCE = (".ogg", ".mp3", ".wav")


class SourceKind(StrEnum):
    RECORDING = "recording"
    GENERATED = "generated"
    NONE = "none"


class Part(StrEnum):
    """What of a slide a file speaks: the slide itself, or a question's `Why:` explanation."""

    SLIDE = "slide"
    WHY = "why"


WHY_SUFFIX = ".why"
"""`<slide-id>.why.<ext>` speaks the explanation; a dot is never part of a slide id."""


@dataclass(frozen=True)
class NarrationSource:
    kind: SourceKind
    path: Path | None
    reason: str = ""
    """For NONE: why the slide has no audio, in words a facilitator understands."""


def audio_name(slide_id: str, part: Part = Part.SLIDE) -> str:
    """The file name (without extension) and manifest key of one part of a slide."""
    return f"{slide_id}{WHY_SUFFIX}" if part is Part.WHY else slide_id


def split_audio_name(name: str) -> tuple[str, Part]:
    """The slide id and part a file name (without extension) or manifest key stands for."""
    if name.endswith(WHY_SUFFIX):
        return name[: -len(WHY_SUFFIX)], Part.WHY
    return name, Part.SLIDE


def recording_path(
    module: Module, lang: str, slide_id: str, part: Part = Part.SLIDE
) -> Path | None:
    return _first_existing(module.path / "narration" / lang, audio_name(slide_id, part))


def generated_dir(module: Module, lang: str) -> Path:
    return module.path / "narration" / GENERATED_DIR / lang


def generated_path(
    module: Module, lang: str, slide_id: str, part: Part = Part.SLIDE
) -> Path | None:
    return _first_existing(generated_dir(module, lang), audio_name(slide_id, part))


def find_narration(
    module: Module, lang: str, slide_id: str, part: Part = Part.SLIDE
) -> NarrationSource:
    """The audio for one part of a slide: a recording, else a generated voice, else why not."""
    recorded = recording_path(module, lang, slide_id, part)
    if recorded is not None:
        return NarrationSource(SourceKind.RECORDING, recorded)
    generated = generated_path(module, lang, slide_id, part)
    if generated is not None:
        return NarrationSource(SourceKind.GENERATED, generated)
    if part is Part.WHY:
        return NarrationSource(
            SourceKind.NONE,
            None,
            "no recording and no generated voice for this explanation yet (record "
            f"narration/{lang}/{audio_name(slide_id, part)}.ogg, or run 'wsr-edu narrate' "
            "before the session)",
        )
    return NarrationSource(
        SourceKind.NONE,
        None,
        "no recording and no generated voice for this slide yet "
        "(record one, or run 'wsr-edu narrate' before the session)",
    )


CARD_AUDIO = "complaint-card"
"""The complaint-line card's audio in each module: `narration/<lang>/complaint-card.ogg`."""


def card_speech(line: ComplaintLine, lang: str, default_language: str = "en") -> str:
    """What is said over the complaint card: the number digit by digit, the hours, the note.

    Digits spoken one by one ("5, 5, 5. 0, 1, 9, 9.") are what people can copy down; the voice
    of the teaching language says them in that language.
    """
    groups = [g for g in re.split(r"[^0-9]+", line.number) if g]
    spoken = [", ".join(group) + "." for group in groups]
    if line.hours:
        spoken.append(line.hours + ".")
    note = line.note(lang, default_language)
    if note:
        spoken.append(note)
    return " ".join(spoken)


def find_card_narration(module: Module, lang: str) -> NarrationSource:
    """The card's audio: a recording, else the voice `wsr-edu narrate` made, else why not."""
    source = find_narration(module, lang, CARD_AUDIO)
    if source.kind is SourceKind.NONE:
        return NarrationSource(
            SourceKind.NONE,
            None,
            f"no recording of the complaint card (narration/{lang}/{CARD_AUDIO}.ogg) and no "
            "generated voice yet (run 'wsr-edu narrate' before the session)",
        )
    return source


def find_explanation(module: Module, lang: str, slide_id: str) -> NarrationSource:
    """The audio of a question's `Why:` explanation, in the same order as a slide's narration."""
    return find_narration(module, lang, slide_id, Part.WHY)


def _first_existing(folder: Path, name: str) -> Path | None:
    for ext in _PREFERENCE:
        candidate = folder / f"{name}{ext}"
        if candidate.is_file() and candidate.stat().st_size > 0:
            return candidate
    return None


assert set(_PREFERENCE) == AUDIO_EXTENSIONS
