"""Sound files shipped with the kiosk: spoken language prompts and answer tones."""

from __future__ import annotations

from pathlib import Path

from ..paths import shipped

ASSETS_DIR = shipped("kiosk")
PROMPTS_DIR = ASSETS_DIR / "prompts"
TONES_DIR = ASSETS_DIR / "tones"

PROMPT_TEXT: dict[str, str] = {
    "en": "Choose your language. For English, touch English.",
    "es": "Elige tu idioma. Para español, toca Español.",
    "ht": "Chwazi lang ou. Pou kreyòl, touche Kreyòl ayisyen.",
    "bn": "আপনার ভাষা বেছে নিন। বাংলার জন্য, বাংলা চাপুন।",
}
"""What each welcome prompt says; spoken in the language itself so nobody needs to read."""

CHOOSE_TEXT: dict[str, str] = {
    "en": "Choose your language",
    "es": "Elige tu idioma",
    "ht": "Chwazi lang ou",
    "bn": "আপনার ভাষা বেছে নিন",
    "fr": "Choisissez votre langue",
    "pt": "Escolha o seu idioma",
}
"""The welcome screen's line, shown in each offered language beside its spoken prompt."""


def prompt_file(lang: str) -> Path | None:
    """The spoken "choose your language" prompt for `lang`, or None when there is none."""
    for ext in (".ogg", ".wav"):
        path = PROMPTS_DIR / f"{lang}{ext}"
        if path.is_file() and path.stat().st_size > 0:
            return path
    return None


def tone_file(name: str) -> Path | None:
    """The "right" or "wrong" tone played with a quiz answer's feedback."""
    path = TONES_DIR / f"{name}.wav"
    return path if path.is_file() else None
