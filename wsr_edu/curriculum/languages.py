"""Language codes a curriculum may use, with names in the language itself and writing direction."""

from __future__ import annotations

from typing import NamedTuple


class LanguageInfo(NamedTuple):
    """One language (a named tuple: the command line's exports load no `dataclasses`)."""

    code: str
    english_name: str
    native_name: str
    rtl: bool = False


_KNOWN = [
    LanguageInfo("en", "English", "English"),
    LanguageInfo("es", "Spanish", "Español"),
    LanguageInfo("ht", "Haitian Creole", "Kreyòl ayisyen"),
    LanguageInfo("fr", "French", "Français"),
    LanguageInfo("pt", "Portuguese", "Português"),
    LanguageInfo("bn", "Bengali", "বাংলা"),
    LanguageInfo("hi", "Hindi", "हिन्दी"),
    LanguageInfo("ne", "Nepali", "नेपाली"),
    LanguageInfo("ur", "Urdu", "اردو", rtl=True),
    LanguageInfo("ar", "Arabic", "العربية", rtl=True),
    LanguageInfo("fa", "Persian", "فارسی", rtl=True),
    LanguageInfo("my", "Burmese", "မြန်မာ"),
    LanguageInfo("am", "Amharic", "አማርኛ"),
    LanguageInfo("ti", "Tigrinya", "ትግርኛ"),
    LanguageInfo("so", "Somali", "Soomaali"),
    LanguageInfo("sw", "Swahili", "Kiswahili"),
    LanguageInfo("tl", "Filipino", "Filipino"),
    LanguageInfo("fil", "Filipino", "Filipino"),
    LanguageInfo("vi", "Vietnamese", "Tiếng Việt"),
    LanguageInfo("km", "Khmer", "ខ្មែរ"),
    LanguageInfo("th", "Thai", "ไทย"),
    LanguageInfo("id", "Indonesian", "Bahasa Indonesia"),
    LanguageInfo("zh", "Chinese", "中文"),
    LanguageInfo("ta", "Tamil", "தமிழ்"),
    LanguageInfo("si", "Sinhala", "සිංහල"),
    LanguageInfo("mam", "Mam", "Qyol Mam"),
    LanguageInfo("quc", "K'iche'", "K'iche'"),
    LanguageInfo("kjb", "Q'anjob'al", "Q'anjob'al"),
    LanguageInfo("jac", "Popti'", "Popti'"),
    LanguageInfo("tzh", "Tzeltal", "Bats'il k'op"),
    LanguageInfo("nah", "Nahuatl", "Nāhuatl"),
    LanguageInfo("mix", "Mixtec", "Tu'un savi"),
    LanguageInfo("zap", "Zapotec", "Diidxazá"),
]

LANGUAGES: dict[str, LanguageInfo] = {info.code: info for info in _KNOWN}


def is_rtl(code: str) -> bool:
    info = LANGUAGES.get(code)
    return bool(info and info.rtl)
