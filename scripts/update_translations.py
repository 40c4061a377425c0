"""Refresh the interface translations: lupdate over wsr_edu/ui into translations/, then lrelease.

Usage: uv run python scripts/update_translations.py [--release-only]

translations/wsr_edu_<lang>.ts  the app's strings, one file per language (es, ht, bn), and
                                wsr_edu_en.ts with only the plural forms English needs.
translations/qtbase_<lang>.ts   Qt's own dialog strings for languages Qt does not translate;
                                kept by hand (lupdate does not touch them).
Compiled .qm files go to wsr_edu/ui/translations/, where the app loads them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "wsr_edu" / "ui"
TS_DIR = REPO / "translations"
QM_DIR = SOURCES / "translations"
LANGUAGES = ("es", "ht", "bn")
PLURAL_ONLY = ("en",)
UNKNOWN_TO_LUPDATE = ("ht",)
"""lupdate has no plural rules for these and refuses to merge into a translated file, so the
strings are extracted into a fresh file and the existing translations copied over here."""


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the project's .venv/bin), else from PATH."""
    local = Path(sys.executable).parent / f"pyside6-{name}"
    return str(local) if local.exists() else f"pyside6-{name}"


def source_files() -> list[str]:
    return sorted(
        str(p.relative_to(REPO)) for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts
    )


def lupdate(ts_files: list[Path], extra: list[str] | None = None, cwd: Path = REPO) -> None:
    """Merge the strings found in wsr_edu/ui into `ts_files` (new strings come in unfinished)."""
    command = [
        tool("lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        *(extra or []),
        *source_files(),
        "-ts",
        *(str(p) for p in ts_files),
    ]
    subprocess.run(command, check=True, cwd=cwd)


def merge_by_hand(ts: Path) -> None:
    """Extract into a fresh file, then keep every translation whose context and source remain."""
    old: dict[tuple[str, str], ET.Element] = {}
    if ts.is_file():
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None:
                    old[(name, message.findtext("source", ""))] = translation
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        lupdate([fresh])
        tree = ET.parse(fresh)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            kept = old.get((name, message.findtext("source", "")))
            current = message.find("translation")
            if kept is not None and current is not None:
                message.remove(current)
                message.append(kept)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def app_ts(lang: str) -> Path:
    return TS_DIR / f"wsr_edu_{lang}.ts"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--release-only", action="store_true", help="only compile the .ts files as they are"
    )
    args = parser.parse_args()
    TS_DIR.mkdir(exist_ok=True)
    if not args.release_only:
        lupdate([app_ts(lang) for lang in LANGUAGES if lang not in UNKNOWN_TO_LUPDATE])
        for lang in UNKNOWN_TO_LUPDATE:
            merge_by_hand(app_ts(lang))
        lupdate([app_ts(lang) for lang in PLURAL_ONLY], ["-pluralonly"])
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = QM_DIR / ts.with_suffix(".qm").name
        lrelease(ts, qm)
        print(f"{ts.relative_to(REPO)} -> {qm.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
