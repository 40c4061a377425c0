"""The shipped translations are complete, current, compiled, and name real locales."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from wsr_edu.ui.i18n import SHIPPED, SOURCE_LANGUAGE, TRANSLATIONS_DIR, app_catalog, qt_catalog

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "translations"
TRANSLATED = [code for code in SHIPPED if code != SOURCE_LANGUAGE]
TOOLS = Path(sys.executable).parent
sys.path.insert(0, str(REPO / "scripts"))

import update_translations  # noqa: E402


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def all_ts() -> list[Path]:
    return sorted(TS_DIR.glob("*.ts"))


def test_every_shipped_language_has_its_sources_and_compiled_catalogue() -> None:
    for code in SHIPPED:
        assert (TS_DIR / f"wsr_edu_{code}.ts").is_file(), code
        assert app_catalog(code).is_file(), code


@pytest.mark.parametrize("ts", all_ts(), ids=lambda p: p.name)
def test_no_translation_is_missing_unfinished_or_vanished(ts: Path) -> None:
    for (context, source), message in messages(ts).items():
        translation = message.find("translation")
        assert translation is not None
        state = translation.get("type")
        assert state is None, f"{ts.name}: {context}: {source!r} is {state}"
        for text in texts(message):
            assert text.strip(), f"{ts.name}: {context}: {source!r} has an empty translation"


@pytest.mark.parametrize("ts", all_ts(), ids=lambda p: p.name)
def test_translations_keep_placeholders_and_shortcut_keys(ts: Path) -> None:
    for (context, source), message in messages(ts).items():
        for text in texts(message):
            for placeholder in set(re.findall(r"%\d|%n", source)):
                assert placeholder in text, f"{ts.name}: {context}: {placeholder} in {text!r}"
            if re.search(r"&\w", source):
                assert re.search(r"&\w", text), f"{ts.name}: {context}: no & in {text!r}"


def test_the_translations_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate run now finds no string that the committed .ts files lack."""
    fresh = tmp_path / "wsr_edu_xx.ts"
    update_translations.lupdate([fresh])
    extracted = set(messages(fresh))
    assert len(extracted) > 150
    for code in TRANSLATED:
        committed = set(messages(TS_DIR / f"wsr_edu_{code}.ts"))
        assert not extracted - committed, f"{code} lacks {sorted(extracted - committed)[:5]}"
        vanished = sorted(committed - extracted)[:5]
        assert not vanished, f"{code} keeps vanished strings {vanished}"
    plural = {key for key, m in messages(fresh).items() if m.get("numerus") == "yes"}
    assert plural and set(messages(TS_DIR / "wsr_edu_en.ts")) == plural


@pytest.mark.skipif(shutil.which(str(TOOLS / "pyside6-lrelease")) is None, reason="no lrelease")
@pytest.mark.parametrize("ts", all_ts(), ids=lambda p: p.name)
def test_committed_catalogues_are_compiled_from_the_committed_sources(
    ts: Path, tmp_path: Path
) -> None:
    qm = tmp_path / ts.with_suffix(".qm").name
    lrelease = str(TOOLS / "pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    committed = TRANSLATIONS_DIR / qm.name
    assert committed.read_bytes() == qm.read_bytes(), (
        f"{committed} is stale: run scripts/update_translations.py"
    )


@pytest.mark.parametrize("code", list(SHIPPED))
def test_every_shipped_language_is_a_real_locale(code: str) -> None:
    locale = QLocale(code)
    assert locale.language() != QLocale.Language.C
    assert QLocale.languageToCode(locale.language()) == code
    assert QLocale(locale.name()).language() == locale.language()


@pytest.mark.parametrize("code", TRANSLATED)
def test_qt_dialog_buttons_are_translated_in_every_language(qapp, code: str) -> None:  # type: ignore[no-untyped-def]
    path = qt_catalog(code)
    assert path is not None, f"no qtbase catalogue for {code}"
    translator = QTranslator()
    assert translator.load(str(path))
    for context, source in (
        ("QPlatformTheme", "OK"),
        ("QPlatformTheme", "Cancel"),
        ("QPlatformTheme", "Close"),
        ("QPlatformTheme", "&Yes"),
        ("QFileDialog", "&Choose"),
        ("QFileDialog", "Directory:"),
        ("QMessageBox", "Show Details..."),
    ):
        assert translator.translate(context, source), f"{code}: {context} {source!r}"


def test_plural_forms_follow_the_count(qapp) -> None:  # type: ignore[no-untyped-def]
    for code, one, many in (
        ("en", "1 slide", "3 slides"),
        ("es", "1 diapositiva", "3 diapositivas"),
        ("ht", "1 paj", "3 paj"),
    ):
        translator = QTranslator()
        assert translator.load(str(app_catalog(code)))
        assert translator.translate("ModuleItem", "%n slide(s)", "", 1) == one.replace("1", "%n")
        assert translator.translate("ModuleItem", "%n slide(s)", "", 3) == many.replace("3", "%n")
