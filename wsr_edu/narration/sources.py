"""Which audio file narrates a slide: a person's recording first, then a generated voice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..curriculum.model import CHOICE_LETTERS, ComplaintLine, Module
from ..curriculum.module_loader import GENERATED_DIR
from ..curriculum.resources import AUDIO_EXTENSIONS, resolve_resource

_PREFERENCE = (".ogg", ".mp3", ".wav")


class SourceKind(StrEnum):
    RECORDING = "recording"
    GENERATED = "generated"
    NONE = "none"


class Part(StrEnum):
    """What of a slide a file speaks: the slide itself, or a question's `Why:` explanation."""

    SLIDE = "slide"
    WHY = "why"
    CHOICE = "choice"
    """One answer choice of a question, named by its letter: `<slide-id>.<letter>`."""
    TITLE = "title"
    """The module's title, said when a worker touches its tile at the kiosk: `_title`."""
    WELCOME = "welcome"
    """A spoken language's kiosk welcome, for the whole curriculum (`curriculum.spoken`)."""


TITLE_NAME = "_title"
"""The file name of a module's spoken title; no slide id starts with `_`."""


WHY_SUFFIX = ".why"
"""`<slide-id>.why.<ext>` speaks the explanation; a dot is never part of a slide id."""


@dataclass(frozen=True)
class NarrationSource:
    kind: SourceKind
    path: Path | None
    reason: str = ""
    """For NONE: why the slide has no audio, in words a facilitator understands."""


def audio_name(slide_id: str, part: Part = Part.SLIDE, choice: int = 0) -> str:
    """The file name (without extension) and manifest key of one part of a slide.

    For `Part.CHOICE`, `choice` is the choice's index: choice 1 of `q-when` is `q-when.b`.
    """
    if part is Part.WHY:
        return f"{slide_id}{WHY_SUFFIX}"
    if part is Part.CHOICE:
        return f"{slide_id}.{choice_letter(choice)}"
    if part is Part.TITLE:
        return TITLE_NAME
    if part is Part.WELCOME:
        return "welcome"
    return slide_id


def choice_letter(index: int) -> str:
    """The lower-case letter naming choice `index` in file names (a, b, c, ...)."""
    return CHOICE_LETTERS[index].lower() if 0 <= index < len(CHOICE_LETTERS) else str(index + 1)


def split_audio_name(name: str) -> tuple[str, Part]:
    """The slide id and part a file name (without extension) or manifest key stands for."""
    if name == TITLE_NAME:
        return "", Part.TITLE
    if name.endswith(WHY_SUFFIX):
        return name[: -len(WHY_SUFFIX)], Part.WHY
    if choice_index(name) is not None:
        return name.rsplit(".", 1)[0], Part.CHOICE
    return name, Part.SLIDE


def choice_index(name: str) -> int | None:
    """The choice index a name like `q-when.b` stands for, or None when it names no choice."""
    stem, dot, letter = name.rpartition(".")
    if not dot or not stem or len(letter) != 1:
        return None
    index = CHOICE_LETTERS.lower().find(letter)
    return index if index >= 0 else None


def recording_path(
    module: Module, lang: str, slide_id: str, part: Part = Part.SLIDE, choice: int = 0
) -> Path | None:
    return _first_existing(module.path, f"narration/{lang}", audio_name(slide_id, part, choice))


def generated_dir(module: Module, lang: str) -> Path:
    return module.path / "narration" / GENERATED_DIR / lang


def generated_path(
    module: Module, lang: str, slide_id: str, part: Part = Part.SLIDE, choice: int = 0
) -> Path | None:
    return _first_existing(
        module.path, f"narration/{GENERATED_DIR}/{lang}", audio_name(slide_id, part, choice)
    )


def find_narration(
    module: Module, lang: str, slide_id: str, part: Part = Part.SLIDE, choice: int = 0
) -> NarrationSource:
    """The audio for one part of a slide: a recording, else a generated voice, else why not.

    A language that is spoken, not written, is narrated by recordings only: a generated voice
    of it (there should be none) is never played.
    """
    recorded = recording_path(module, lang, slide_id, part, choice)
    if recorded is not None:
        return NarrationSource(SourceKind.RECORDING, recorded)
    text = module.texts.get(lang)
    if text is not None and text.spoken:
        return NarrationSource(
            SourceKind.NONE,
            None,
            f"{lang} is spoken, not written, and this part has no recording yet (record "
            f"narration/{lang}/{audio_name(slide_id, part, choice)}.ogg with 'wsr-edu record')",
        )
    generated = generated_path(module, lang, slide_id, part, choice)
    if generated is not None:
        return NarrationSource(SourceKind.GENERATED, generated)
    if part is Part.CHOICE:
        return NarrationSource(
            SourceKind.NONE,
            None,
            "no recording and no generated voice for this choice yet (record "
            f"narration/{lang}/{audio_name(slide_id, part, choice)}.ogg, or run "
            "'wsr-edu narrate' before the session)",
        )
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


def find_title(module: Module, lang: str) -> NarrationSource:
    """The module's title spoken in `lang` (its kiosk tile): a recording, else a voice."""
    return find_narration(module, lang, "", Part.TITLE)


def find_choice(module: Module, lang: str, slide_id: str, index: int) -> NarrationSource:
    """The audio of one answer choice ("B: every 15 minutes"): a recording, else a voice."""
    return find_narration(module, lang, slide_id, Part.CHOICE, index)


def _first_existing(module_dir: Path, folder: str, name: str) -> Path | None:
    """The first non-empty audio file inside the module, through the one resource gate."""
    for ext in _PREFERENCE:
        found = resolve_resource(module_dir, f"{folder}/{name}{ext}")
        if found is not None and found.stat().st_size > 0:
            return module_dir / folder / f"{name}{ext}"
    return None


assert set(_PREFERENCE) == AUDIO_EXTENSIONS
