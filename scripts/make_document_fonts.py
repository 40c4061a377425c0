"""Write the documents' Noto Sans: the bundled Noto Sans cut to the letters PDFs draw alone.

Run: uv run python scripts/make_document_fonts.py
A PDF parses each font it may draw with. Noto Sans holds Latin, Greek, Cyrillic and
Vietnamese in 3,300 glyphs; reports, wallet cards and handouts in Latin letters need 700 of
them (`wsr_edu.printing.document.PLAIN_RANGES`, with what shaping them reaches), and parse
four times faster. The glyphs are kept as they are: outlines, widths, hinting, kerning. Text
outside them is drawn with the whole font, as a fallback. `tests/printing/test_document.py`
checks that the files here are what this script makes from the bundled fonts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

from wsr_edu.paths import bundled_fonts_dir
from wsr_edu.printing.document import LATIN_FONTS, PLAIN_RANGES

STYLES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")


def latin_font(source: Path) -> TTFont:
    """`source` cut to the plain letters, with the layout (kerning, marks) shaping uses."""
    options = subset.Options()
    options.name_IDs = ["*"]  # the licence, the copyright and the names stay
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    font = TTFont(source, recalcTimestamp=False)  # the same bytes every time
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=[c for a, b in PLAIN_RANGES for c in range(a, b + 1)])
    cutter.subset(font)
    return font


def main() -> int:
    fonts = bundled_fonts_dir()
    out = fonts / LATIN_FONTS
    out.mkdir(exist_ok=True)
    for name in STYLES:
        latin_font(fonts / name).save(out / name)
        print(f"{out / name}: {(out / name).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
