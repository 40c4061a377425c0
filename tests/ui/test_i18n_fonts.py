"""Bengali and Arabic render with the bundled fonts alone, on a machine with no fonts at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wsr_edu.paths import bundled_fonts_dir

# Runs in a child process: the font database is fixed once a Qt application exists, and this
# one must never have seen a system font.
CHILD = r"""
import json, sys
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QImage, QColor
from PySide6.QtWidgets import QApplication, QLabel
from wsr_edu.ui.fonts import FALLBACK_CHAIN, font_families, register_bundled_fonts

app = QApplication([])
system = [f for f in QFontDatabase.families() if f not in ("Monospace", "Sans Serif", "Serif")]
register_bundled_fonts(app, language="bn")
samples = {"bn": "শ্রমিকের অধিকার", "ar": "حقوق العمال"}
result = {"system_families": system, "samples": {}}

def render(text, font):
    label = QLabel(text)
    label.setFont(font)
    label.resize(600, 80)
    image = QImage(600, 80, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    label.render(image)
    return image

for code, text in samples.items():
    font = QFont()
    font.setFamilies(font_families(code))
    font.setPixelSize(40)
    script_font = QFont(font_families(code)[0])
    metrics = QFontMetrics(script_font)
    missing = [hex(ord(c)) for c in text if c != " " and not metrics.inFontUcs4(ord(c))]
    latin = QFont("Noto Sans")
    latin.setPixelSize(40)
    latin.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    shaped = render(text, font)
    boxes = render(text, latin)
    points = [(x, y) for y in range(0, 80, 2) for x in range(0, 600, 2)]
    dark = [shaped.pixelColor(x, y).value() < 128 for x, y in points]
    inked = sum(dark)
    result["samples"][code] = {
        "family": font_families(code)[0],
        "missing": missing,
        "differs_from_boxes": shaped != boxes,
        "inked": inked,
    }
print(json.dumps(result))
"""


@pytest.mark.skipif(
    not (bundled_fonts_dir() / "NotoSansBengali-Regular.ttf").is_file(), reason="no bundled fonts"
)
def test_bengali_and_arabic_render_with_only_the_bundled_fonts(tmp_path: Path) -> None:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    config = tmp_path / "fonts.conf"
    # A fontconfig setup with no font folders: the process sees no system font at all.
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_QPA_FONTDIR=str(empty),
        FONTCONFIG_FILE=str(config),
    )
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["system_families"] == []
    for code in ("bn", "ar"):
        sample = result["samples"][code]
        assert sample["missing"] == [], f"{code}: not in {sample['family']}: {sample['missing']}"
        assert sample["differs_from_boxes"], f"{code} renders as missing-glyph boxes"
        assert sample["inked"] > 50
    # The script's own font goes first, so Qt never asks a Latin font to shape Bengali.
    assert "OpenType support missing" not in done.stderr
