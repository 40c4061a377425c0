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


SPOKEN: dict[str, dict[str, str]] = {
    "right": {"en": "Right!", "es": "¡Correcto!", "ht": "Se sa!", "bn": "সঠিক!"},
    "wrong": {
        "en": "Not quite. The right answer has a check mark.",
        "es": "No exactamente. La respuesta correcta tiene una marca de visto.",
        "ht": "Pa tout afè. Bon repons lan gen yon mak tcheke.",
        "bn": "পুরোপুরি নয়। সঠিক উত্তরে টিক চিহ্ন দেওয়া আছে।",
    },
    "still-there": {
        "en": "Are you still there? Touch the screen to go on.",
        "es": "¿Sigue ahí? Toque la pantalla para seguir.",
        "ht": "Ou la toujou? Touche ekran an pou kontinye.",
        "bn": "আপনি কি এখনো আছেন? চালিয়ে যেতে পর্দা চাপুন।",
    },
    "skip": {
        "en": "You skipped this question.",
        "es": "Saltó esta pregunta.",
        "ht": "Ou sote kesyon sa a.",
        "bn": "আপনি এই প্রশ্নটি বাদ দিয়েছেন।",
    },
    "answer-first": {
        "en": "Touch an answer to hear it. Touch it again to choose it. Or touch Skip.",
        "es": "Toque una respuesta para oírla. Tóquela otra vez para elegirla. O toque Saltar.",
        "ht": "Touche yon repons pou tande l. Touche l ankò pou chwazi l. Oswa touche Sote.",
        "bn": "শুনতে একটি উত্তর চাপুন। বেছে নিতে আবার চাপুন। অথবা বাদ দিন চাপুন।",
    },
    "done": {
        "en": "Well done! You finished. To make a complaint, call",
        "es": "¡Muy bien! Terminó. Para hacer una queja, llame al",
        "ht": "Bravo! Ou fini. Pou fè yon plent, rele",
        "bn": "খুব ভালো! আপনি শেষ করেছেন। অভিযোগ করতে কল করুন",
    },
}
"""The kiosk's own spoken words, in each language it ships a voice for (made by the build
step `python -m wsr_edu.narration.kiosk_assets` into prompts/<lang>/<name>.ogg)."""

DIGITS: dict[str, tuple[str, ...]] = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "ht": ("zewo", "en", "de", "twa", "kat", "senk", "sis", "sèt", "uit", "nèf"),
    "bn": ("শূন্য", "এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়"),
}
"""Each digit spoken alone, so a number is read out digit by digit (prompts/<lang>/digit-N)."""

for _digit in range(10):
    SPOKEN[f"digit-{_digit}"] = {lang: words[_digit] for lang, words in DIGITS.items()}


def spoken_file(lang: str | None, name: str) -> Path | None:
    """The kiosk's spoken `name` (a key of SPOKEN) in `lang`, or None when it has none."""
    if not lang or name not in SPOKEN or "/" in lang or lang.startswith("."):
        return None
    path = PROMPTS_DIR / lang / f"{name}.ogg"
    return path if path.is_file() and path.stat().st_size > 0 else None


def spoken_number(lang: str | None, number: str) -> list[Path | None]:
    """A phone number read digit by digit; dashes, spaces and other signs are not spoken."""
    return [
        spoken_file(lang, f"digit-{char}") for char in number if char.isascii() and char.isdigit()
    ]


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


# -- picture codes -------------------------------------------------------------------------
PICTURE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "sun", "moon", "star", "heart", "house", "tree", "fish", "cup",
        "umbrella", "bell", "leaf", "drop", "boat", "flower", "key", "car",
    ),
    "es": (
        "sol", "luna", "estrella", "corazón", "casa", "árbol", "pez", "taza",
        "paraguas", "campana", "hoja", "gota", "barco", "flor", "llave", "carro",
    ),
    "ht": (
        "solèy", "lalin", "zetwal", "kè", "kay", "pyebwa", "pwason", "tas",
        "parapli", "klòch", "fèy", "gout dlo", "bato", "flè", "kle", "machin",
    ),
    "bn": (
        "সূর্য", "চাঁদ", "তারা", "হৃদয়", "বাড়ি", "গাছ", "মাছ", "কাপ",
        "ছাতা", "ঘণ্টা", "পাতা", "ফোঁটা", "নৌকা", "ফুল", "চাবি", "গাড়ি",
    ),
}  # fmt: skip
"""Each card picture's name (in the order of records.codes.PICTURES), shown under it at the
kiosk and spoken when it is tapped (prompts/<lang>/picture-<name>.ogg)."""

CODE_SPOKEN: dict[str, dict[str, str]] = {
    "code-pictures": {
        "en": "Touch the three pictures on your card, one after the other.",
        "es": "Toque las tres imágenes de su tarjeta, una después de otra.",
        "ht": "Touche twa imaj ki sou kat ou a, youn apre lòt.",
        "bn": "আপনার কার্ডের তিনটি ছবি একটার পর একটা চাপুন।",
    },
    "code-not-found": {
        "en": "These pictures are not right. Look at your card and try again.",
        "es": "Estas imágenes no son correctas. Mire su tarjeta e inténtelo otra vez.",
        "ht": "Imaj sa yo pa bon. Gade kat ou a epi eseye ankò.",
        "bn": "এই ছবিগুলো ঠিক নয়। আপনার কার্ডটি দেখে আবার চেষ্টা করুন।",
    },
    "code-found": {
        "en": "Thank you. Your card is found.",
        "es": "Gracias. Encontramos su tarjeta.",
        "ht": "Mèsi. Nou jwenn kat ou a.",
        "bn": "ধন্যবাদ। আপনার কার্ড পাওয়া গেছে।",
    },
}
"""What the kiosk says on the picture code screen."""

SPOKEN.update(CODE_SPOKEN)
for _lang, _words in PICTURE_WORDS.items():
    for _i, _word in enumerate(_words):
        SPOKEN.setdefault(f"picture-{PICTURE_WORDS['en'][_i]}", {})[_lang] = _word


def picture_word(lang: str | None, index: int) -> str:
    """The name of picture number `index` in `lang` (English when it has no words for it)."""
    words = PICTURE_WORDS.get((lang or "").split("_")[0], PICTURE_WORDS["en"])
    return words[index]
