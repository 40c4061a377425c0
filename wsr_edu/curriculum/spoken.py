"""Files a language that is spoken, not written, needs at the kiosk: its welcome and its picture.

A spoken language has no written name its speakers read, so the kiosk's welcome screen
offers it by ear and by picture. Both files live in the curriculum folder, beside
`curriculum.toml`, one folder per language:

    kiosk/<lang>/welcome.ogg    the spoken welcome ("for Mam, touch here"), recorded by the
                                organisation (`wsr-edu record ... --lang mam` records it too)
    kiosk/<lang>/picture.svg    optional: the picture its button shows (or .png, .jpg)
"""

from __future__ import annotations

from pathlib import Path

from .model import Curriculum
from .resources import picture_path, resolve_resource

KIOSK_DIR = "kiosk"
WELCOME = "welcome"
PICTURE = "picture"
_AUDIO = (".ogg", ".mp3", ".wav")
_PICTURES = (".svg", ".png", ".jpg", ".jpeg")


def kiosk_folder(curriculum_dir: Path, lang: str) -> Path:
    """Where a language's kiosk recordings and picture live in a curriculum."""
    return curriculum_dir / KIOSK_DIR / lang


def welcome_target(curriculum_dir: Path, lang: str) -> Path:
    """The file a new welcome recording is saved as."""
    return kiosk_folder(curriculum_dir, lang) / f"{WELCOME}.ogg"


def welcome_prompt(curriculum: Curriculum | Path, lang: str) -> Path | None:
    """The recorded welcome prompt of `lang`, or None when there is none (or it is empty).

    The file goes through the one resource gate: nothing outside the curriculum is read.
    """
    root = curriculum.path if isinstance(curriculum, Curriculum) else curriculum
    if not _safe_code(lang):
        return None
    for ext in _AUDIO:
        found = resolve_resource(root, f"{KIOSK_DIR}/{lang}/{WELCOME}{ext}")
        if found is not None and found.stat().st_size > 0:
            return found
    return None


def language_picture(curriculum: Curriculum | Path, lang: str) -> Path | None:
    """The picture the kiosk shows on a spoken language's button, or None for the usual one."""
    root = curriculum.path if isinstance(curriculum, Curriculum) else curriculum
    if not _safe_code(lang):
        return None
    for ext in _PICTURES:
        found = picture_path(root, f"{KIOSK_DIR}/{lang}/{PICTURE}{ext}")
        if found is not None:
            return found
    return None


def _safe_code(lang: str) -> bool:
    return bool(lang) and lang.replace("-", "").replace("_", "").isalnum()
