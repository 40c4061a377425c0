"""An FPDF page with the bundled Noto fonts, shaped Bengali and joined Arabic, and fast Latin.

Shaping every cell through HarfBuzz is what made a long report slow; most cells are plain
Latin text that needs no shaping, so a cell is shaped only when it holds a script that needs
it (Bengali, Devanagari, Arabic). Without the Noto fonts it falls back to a core font (Latin-1).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import PDFResourceType

from ..paths import bundled_fonts_dir

FONT = "NotoSans"
SCRIPTS = ("Bengali", "Devanagari", "Arabic")
FULL = "Full"
"""The whole Noto Sans (Greek, Cyrillic, Vietnamese, ...) as a fallback: the documents' own
Noto Sans is its Latin part (`LATIN_FONTS`), parsed four times faster."""
LATIN_FONTS = "latin"
"""The folder, beside the fonts, of Noto Sans cut to the `PLAIN` letters (what a report, a
card and a handout in Latin letters draw): made by scripts/make_document_fonts.py."""
PLAIN_RANGES = ((0x0000, 0x024F), (0x2000, 0x206F), (0x20AC, 0x20AC))
"""Latin with its extensions, punctuation and the euro sign."""
COMPLEX = re.compile("[\u0590-\u08ff\u0900-\u0dff\ufb1d-\ufdff\ufe70-\ufeff]")
"""Hebrew, Arabic, Syriac, Thaana, Devanagari, Bengali and the other Indic blocks."""
RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_PLAIN_CLASS = "".join(f"{chr(a)}-{chr(b)}" for a, b in PLAIN_RANGES)
PLAIN = re.compile(f"[{_PLAIN_CLASS}]*")
"""Latin text that Noto Sans draws alone: no fallback font, no shaping, fpdf2's fast path."""


LAYOUT_TABLES = ("GSUB", "GPOS", "GDEF")
"""OpenType layout tables: used to shape text (HarfBuzz reads the font file), never embedded."""


SCRIPT_LETTERS = {
    "Bengali": re.compile("[\u0980-\u09ff]"),
    "Devanagari": re.compile("[\u0900-\u097f\ua8e0-\ua8ff]"),
    "Arabic": re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
}
OTHER = re.compile(
    f"[^{_PLAIN_CLASS}\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\u0900-\u09ff\ua8e0-\ua8ff\ufb50-\ufdff\ufe70-\ufeff]"
)
"""A letter of no script above and outside Latin: any fallback font may have it."""


def needs_shaping(text: str) -> bool:
    return COMPLEX.search(text) is not None


def is_rtl(text: str) -> bool:
    return RTL.search(text) is not None


def close_font_files(pdf: FPDF) -> None:
    """Let go of the font files: fpdf2 keeps each one open to read glyphs when it writes the
    PDF, and never closes it (the file stays open until the garbage collector finds it)."""
    for font in pdf.fonts.values():
        ttfont = getattr(font, "ttfont", None)
        if ttfont is not None:
            ttfont.close()


class Document(FPDF):
    """FPDF with the bundled fonts; `write_cell` shapes only text that needs it."""

    def __init__(
        self,
        *,
        orientation: str = "P",
        paper: str = "A4",
        fonts: Path | None = None,
        bold_scripts: bool = True,
    ) -> None:
        """`bold_scripts=False` skips the bold fallback fonts (the whole Noto Sans, Bengali,
        Devanagari, Arabic: bold text in them then shows regular): each font parsed costs a
        tenth of a second, which counts for a long report and not for a sheet of cards."""
        super().__init__(orientation=orientation, unit="mm", format=paper)
        self.set_creator("wsr-edu")
        self.unicode = False
        self.can_shape = False
        self._shaping = False
        self._fallbacks: list[str] = []
        self._added: list[str] = []
        fonts = fonts or bundled_fonts_dir()
        regular, bold = fonts / "NotoSans-Regular.ttf", fonts / "NotoSans-Bold.ttf"
        bold = bold if bold.is_file() else regular
        self._scripts: dict[str, tuple[Path, Path | None]] = {}
        """Fallback fonts not parsed yet: a script's font is added the first time its text is
        drawn. fpdf2 parses and subsets every font added, used or not, at a tenth of a second
        each: a report in Latin letters and Bengali names need not pay for Arabic."""
        if regular.is_file():
            latin = fonts / LATIN_FONTS
            lean = (latin / regular.name, latin / bold.name)
            if all(path.is_file() for path in lean):
                self.add_font(FONT, "", str(lean[0]))
                self.add_font(FONT, "B", str(lean[1]))
                self._scripts[FULL] = (regular, bold if bold_scripts else None)
            else:
                self.add_font(FONT, "", str(regular))
                self.add_font(FONT, "B", str(bold))
            for script in SCRIPTS:
                path = fonts / f"NotoSans{script}-Regular.ttf"
                if path.is_file():
                    heavy = fonts / f"NotoSans{script}-Bold.ttf"
                    wanted = heavy if bold_scripts and heavy.is_file() else None
                    self._scripts[script] = (path, wanted)
            # Bengali conjuncts need shaping; without uharfbuzz letters show unjoined.
            self.can_shape = importlib.util.find_spec("uharfbuzz") is not None
            self.family = FONT
            self.unicode = True
        else:
            self.family = "Helvetica"
        self._fits: dict[tuple[str, str, float, float, str], str] = {}
        """Text already fitted to a width, by font, size, width and text: what is drawn."""
        self._runs: dict[tuple[int, float, float, str], tuple[str, float] | None] = {}
        """Cells already worked out, by font, size, column width and text: a plain cell's
        escaped glyphs and width, None for a cell that is not plain Latin."""
        self._shaped_runs: dict[
            tuple[str, float, float, str], tuple[Any, list[tuple[float, float, str]], float] | None
        ] = {}
        """Cells shaped already (see `_shaped`), by style, size, column width and text."""

    def _add_fallbacks_for(self, text: str) -> None:
        """Add the fallback fonts `text` needs (all left, for a script none of them names)."""
        if OTHER.search(text):
            scripts = list(self._scripts)  # the whole Noto Sans among them
        else:
            scripts = [s for s in SCRIPTS if s in self._scripts and SCRIPT_LETTERS[s].search(text)]
        if not scripts:
            return
        for script in scripts:
            path, heavy = self._scripts.pop(script)
            family = f"{FONT}{script}"
            self.add_font(family, "", str(path))
            if heavy is not None:
                self.add_font(family, "B", str(heavy))
            self._added.append(family)
        # The whole Noto Sans first, then the order of SCRIPTS, whichever came first.
        order = (FULL, *SCRIPTS)
        self._added.sort(key=lambda family: order.index(family[len(FONT) :]))
        self.set_fallback_fonts(self._added, exact_match=False)
        self._fallbacks = list(self._fallback_font_ids)

    def output(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        """Write the PDF as FPDF does, then close the font files (nothing reads them after).

        Each font's layout tables (GSUB, GPOS, GDEF) go first. The embedded copies never
        hold them (fpdf2 drops them), and the text is already shaped, by glyph; but the
        subsetter still read Noto Sans's substitutions in full to find glyphs the PDF
        never draws, a third of the time spent writing a long report.
        """
        for font in self.fonts.values():
            tables = getattr(font, "ttfont", None)
            if tables is None:
                continue
            for tag in LAYOUT_TABLES:
                if tag in tables:
                    del tables[tag]
            tables.recalcBBoxes = False
        try:
            return super().output(*args, **kwargs)
        finally:
            close_font_files(self)

    # -- text ----------------------------------------------------------------------------
    def clean(self, text: str) -> str:
        if self.unicode:
            return text
        return text.encode("latin-1", "replace").decode("latin-1")

    def shape_for(self, text: str) -> str:
        """Set up shaping and fallback fonts for `text` (cheap when nothing changes).

        Plain Latin text takes fpdf2's fast path: no fallback search, no shaping. Other text
        gets the fallback fonts, and shaping when its script needs it. Returns the text to draw.
        """
        if not self.unicode:
            return self.clean(text)
        plain = PLAIN.fullmatch(text) is not None
        if not plain and self._scripts:
            self._add_fallbacks_for(text)
        want = self.can_shape and not plain and needs_shaping(text)
        if want != self._shaping:
            self.set_text_shaping(want)
            self._shaping = want
        self._fallback_font_ids = [] if plain else self._fallbacks
        return text

    def font(self, size: float, bold: bool = False) -> None:
        self.set_font(self.family, "B" if bold else "", size)

    def fit(self, text: str, width: float) -> str:
        """`text`, cut with an ellipsis so it fits `width` (mm) in the current font."""
        text = self.shape_for(text)
        # No glyph in these fonts is wider than the font size: short text needs no measuring.
        if len(text) * self.font_size <= width:
            return text
        # Measuring shaped text runs HarfBuzz: a name repeated down a column is measured once.
        key = (self.font_family, self.font_style, self.font_size_pt, width, text)
        cut = self._fits.get(key)
        if cut is None:
            cut = self._fits[key] = self._cut(text, width)
        return cut

    def _cut(self, text: str, width: float) -> str:
        if self._width(text) <= width:
            return text
        ellipsis = "…" if self.unicode else "..."
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if self._width(text[:middle] + ellipsis) <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + ellipsis

    def _width(self, text: str) -> float:
        """Width in mm; from the font's metrics for plain text (no layout pass)."""
        from fpdf.fonts import TTFFont

        font = self.current_font
        if isinstance(font, TTFFont) and PLAIN.fullmatch(text) is not None:
            return sum(font.cw[ord(c)] for c in text) * self.font_size_pt * 0.001 / self.k
        return float(self.get_string_width(text))

    def write_cell(self, w: float, h: float, text: str, **options: Any) -> None:
        """One cell, shaped when it needs it; right-to-left text is right-aligned by default."""
        shown = self.fit(text, max(w - 2, 1)) if w else self.shape_for(text)
        if "align" not in options and is_rtl(text):
            options["align"] = "R"
        self.cell(w, h, shown, **options)
        self._restore_font()

    def paragraph(self, text: str, h: float, w: float = 0, **options: Any) -> None:
        shown = self.shape_for(text)
        if "align" not in options and is_rtl(text):
            options["align"] = "R"
        self.multi_cell(w, h, shown, new_x="LMARGIN", new_y="NEXT", **options)
        self._restore_font()

    def table_row(self, h: float, cells: Sequence[tuple[float, str, str]]) -> None:
        """One line of a long table, `(width, text, align)` per cell, drawn left to right
        without fpdf2's layout engine where it can.

        Plain Latin text in an embedded font goes straight to the page: the row's plain cells
        are written at once, each its own text object (so text extraction keeps the cells
        apart), each cell's glyphs (picked from the font's subset) and width
        (from its metrics) worked out once per text and column. A 12-column table of 800
        sessions took seconds through `cell()`. A cell in one left-to-right script's font
        (Bengali, Devanagari) is shaped once per text and column the same way (`_shaped`).
        Any other cell takes `write_cell`.
        """
        from fpdf.fonts import TTFFont

        font = self.current_font if isinstance(self.current_font, TTFFont) else None
        if not self.unicode:
            font = None
        x, y = self.x, self.y
        placed: list[str] = []
        baseline = (self.h - (y + 0.5 * h + 0.3 * self.font_size)) * self.k
        # Looked up once per row, not per cell: a long table has tens of thousands of cells.
        runs, size = self._runs, self.font_size_pt
        for w, text, align in cells:
            run = shaped = None
            if font is not None and text:
                key = (font.i, size, w, text)
                run = runs[key] if key in runs else self._run(font, key)
                if run is None:
                    shaped = self._shaped(w, text)
            if run is None and shaped is None:
                if text:
                    self.set_xy(x, y)
                    self.write_cell(w, h, text, align=align)
                x += w
                continue
            width = run[1] if run is not None else shaped[2]  # type: ignore[index]
            if align == "R":
                left = x + w - self.c_margin - width
            elif align == "C":
                left = x + (w - width) / 2
            else:
                left = x + self.c_margin
            if run is not None:
                placed.append(f"BT 1 0 0 1 {left * self.k:.2f} {baseline:.2f} Tm ({run[0]}) Tj ET")
            else:
                placed.append(self._shaped_text(shaped, left, baseline))  # type: ignore[arg-type]
            x += w
        if placed and font is not None:
            if self._shaping:
                self.set_text_shaping(False)
                self._shaping = False
            self._fallback_font_ids = []
            if not self.current_font_is_set_on_page:
                self._out(self._set_font_for_page(font, self.font_size_pt))
            colour = self.text_color.serialize().lower() if self.text_color is not None else ""
            self._out(f"q {colour} {' '.join(placed)} Q")
        self.set_xy(x, y)

    def fill_rect(self, x: float, y: float, w: float, h: float) -> None:
        """A rectangle filled in the current fill colour, as `rect(style="F")` draws it
        without fpdf2's checks: a table's shaded rows are hundreds of them."""
        k = self.k
        self._out(f"{x * k:.2f} {(self.h - y) * k:.2f} {w * k:.2f} {-h * k:.2f} re f")

    def _run(self, font: Any, key: tuple[int, float, float, str]) -> tuple[str, float] | None:
        """A cell's escaped glyphs and width in mm, cut to fit its column; None if it is not
        plain Latin. `key` is `(font id, size, column width, text)`; the answer is kept."""
        _, size, w, text = key
        run = None
        if PLAIN.fullmatch(text) is not None:
            scale = size * 0.001 / self.k
            room = w - 2 * self.c_margin
            widths = font.cw
            width = sum(widths[ord(c)] for c in text) * scale
            if width > room:
                self._fallback_font_ids = []
                text = self.fit(text, room)
                width = sum(widths[ord(c)] for c in text) * scale
            glyphs = "".join(chr(i) for i in map(font.subset.pick, map(ord, text)) if i)
            run = (font.escape_text(glyphs), width)
        self._runs[key] = run
        return run

    def _shaped(
        self, w: float, text: str
    ) -> tuple[Any, list[tuple[float, float, str]], float] | None:
        """A cell in one script's own font (Bengali, Devanagari), shaped by HarfBuzz once per
        text, size and column: `(font, pieces, width)`, each piece a run of escaped glyphs
        with its offset from the cell's start (mm, down); None for anything else, and for
        text too wide for the column (`write_cell` cuts it).

        The pieces are what fpdf2's own shaped `cell()` writes, placed where it places them;
        a name repeated down a column (a Bengali facilitator, the language "বাংলা") is shaped
        once instead of once per row.
        """
        key = (self.font_style, self.font_size_pt, w, text)
        if key in self._shaped_runs:
            return self._shaped_runs[key]
        found = None
        if self.can_shape and not is_rtl(text):
            self.shape_for(text)  # the script's fonts are added on first use
            font = self._one_font_for(text)
            if font is not None:
                found = self._shape(font, text, w - 2 * self.c_margin)
        self._shaped_runs[key] = found
        return found

    def _one_font_for(self, text: str) -> Any:
        """The fallback font with a glyph for every letter of `text`, in the current style if
        it has one; None when no one font has them all."""
        from fpdf.enums import TextEmphasis

        codes = {ord(c) for c in text}
        fonts = [
            font
            for font in (self.fonts[f] for f in self._fallbacks)
            if all(code in getattr(font, "cmap", ()) for code in codes)
        ]
        emphasis = TextEmphasis.coerce(self.font_style)
        return next((f for f in fonts if f.emphasis == emphasis), fonts[0] if fonts else None)

    def _shape(
        self, font: Any, text: str, room: float
    ) -> tuple[Any, list[tuple[float, float, str]], float] | None:
        """`text` shaped in `font` as fpdf2's `render_with_text_shaping` lays it out."""
        params = {
            "use_shaping_engine": True,
            "features": {},
            "direction": None,
            "script": None,
            "language": None,
            "fragment_direction": None,
            "paragraph_direction": None,
        }
        scale = font.scale * self.font_size_pt / 1000 / self.k
        pieces: list[tuple[float, float, str]] = []
        glyphs, start = "", (0.0, 0.0)
        x = y = 0.0
        for info in font.shape_text(text, self.font_size_pt, params):
            if info["mapped_char"] is None:  # a glyph the font lacks
                continue
            if info["x_offset"] != 0 or info["y_offset"] != 0:
                if glyphs:
                    pieces.append((*start, glyphs))
                    glyphs = ""
                start = (x + info["x_offset"] * scale, y - info["y_offset"] * scale)
            elif not glyphs and not pieces:
                start = (x, y)
            glyphs += font.escape_text(chr(info["mapped_char"]))
            x += info["x_advance"] * scale
            y += info["y_advance"] * scale
            if info["force_positioning"]:
                if glyphs:
                    pieces.append((*start, glyphs))
                    glyphs = ""
                start = (x, y)
        if glyphs:
            pieces.append((*start, glyphs))
        return (font, pieces, x) if x <= room else None

    def _shaped_text(
        self,
        shaped: tuple[Any, list[tuple[float, float, str]], float],
        left: float,
        baseline: float,
    ) -> str:
        """A shaped cell's text object, in its own font, inside its own graphics state (the
        row's other cells keep the row's font)."""
        font, pieces, _ = shaped
        self._resource_catalog.add(PDFResourceType.FONT, font.i, self.page)
        k = self.k
        moves = " ".join(
            f"1 0 0 1 {(left + dx) * k:.2f} {baseline - dy * k:.2f} Tm ({glyphs}) Tj"
            for dx, dy, glyphs in pieces
        )
        return f"q BT /F{font.i} {self.font_size_pt:.2f} Tf {moves} ET Q"

    def _restore_font(self) -> None:
        """Take back the font chosen with `font()` after fpdf2 drew with a fallback font.

        fpdf2 may leave the fallback font current after a cell that needed one, and it sets
        a shaped cell's font inside a saved graphics state that ends with the cell, while
        believing the font is still set on the page: the next cell's glyphs would then be
        drawn in whatever font was set before. Forcing it to set the font again avoids both.
        """
        if not self._fallback_font_ids and not self._shaping:
            return  # a plain cell: fpdf2 drew it in the current font, set as it believes
        wanted = self.fonts.get(self.font_family.lower() + self.font_style)
        if wanted is not None and self.current_font is not wanted:
            family, style, size = self.font_family, self.font_style, self.font_size_pt
            self.font_family = ""
            self.set_font(family, style, size)
        self.current_font_is_set_on_page = False
