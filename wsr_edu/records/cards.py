"""Printable attendance cards: one pseudonymous code per card, in letters and in three pictures."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..paths import bundled_fonts_dir
from .codes import code_pictures, picture_file, picture_names
from .files import atomic_path

COLUMNS, ROWS = 2, 5
CARD_W, CARD_H = 90.0, 52.0
PICTURE_SIDE, PICTURE_GAP = 17.0, 5.0


def write_cards(
    codes: Sequence[str], path: Path, caption: str = "", fonts_dir: Path | None = None
) -> Path:
    """A PDF of cut-out cards, ten to an A4 page: the code's letters, its three pictures below
    them (left to right, the order a worker taps them at the kiosk), and `caption` small."""
    from fpdf import FPDF

    fonts = fonts_dir or bundled_fonts_dir()
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    family = "Helvetica"
    if (fonts / "NotoSans-Bold.ttf").is_file() and (fonts / "NotoSans-Regular.ttf").is_file():
        pdf.add_font("NotoSans", "", str(fonts / "NotoSans-Regular.ttf"))
        pdf.add_font("NotoSans", "B", str(fonts / "NotoSans-Bold.ttf"))
        family = "NotoSans"
    else:
        caption = caption.encode("latin-1", "replace").decode("latin-1")
    per_page = COLUMNS * ROWS
    for n, code in enumerate(codes):
        if n % per_page == 0:
            pdf.add_page()
        column, row = n % COLUMNS, (n % per_page) // COLUMNS
        x, y = 12 + column * (CARD_W + 6), 12 + row * (CARD_H + 4)
        pdf.set_draw_color(150, 150, 150)
        pdf.set_line_width(0.2)
        pdf.rect(x, y, CARD_W, CARD_H)
        pdf.set_font(family, "B", 30)
        pdf.set_xy(x, y + 3)
        pdf.cell(CARD_W, 14, code, align="C")
        pictures_w = 3 * PICTURE_SIDE + 2 * PICTURE_GAP
        for i, name in enumerate(picture_names(code_pictures(code))):
            left = x + (CARD_W - pictures_w) / 2 + i * (PICTURE_SIDE + PICTURE_GAP)
            pdf.image(str(picture_file(name)), left, y + 18, PICTURE_SIDE, PICTURE_SIDE)
        if caption:
            pdf.set_font(family, "", 8)
            pdf.set_xy(x + 4, y + CARD_H - 13)
            pdf.multi_cell(CARD_W - 8, 3.8, caption, align="C")
    from ..printing.document import close_font_files

    try:
        with atomic_path(path) as tmp:
            pdf.output(str(tmp))
    finally:
        close_font_files(pdf)
    return path
