"""Attendance cards print each code's three pictures beside its letters, in order."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
from PIL import Image

from tests.system import require_program
from wsr_edu.records import cards as cards_mod
from wsr_edu.records import codes as codes_mod

DPI = 100
PX = DPI / 25.4


def _raster(pdf: Path, out: Path) -> np.ndarray:
    pdftoppm = require_program("pdftoppm", "poppler-utils")
    subprocess.run(
        [pdftoppm, "-r", str(DPI), "-gray", "-png", "-singlefile", "-f", "1", "-l", "1"]
        + [str(pdf), str(out)],
        check=True,
    )
    return np.asarray(Image.open(f"{out}.png"), dtype=float)


def _cut(page: np.ndarray, x: float, y: float, side: float) -> np.ndarray:
    top, left, n = round(y * PX), round(x * PX), round(side * PX)
    return page[top : top + n, left : left + n]


def _distance(page: np.ndarray, x: float, y: float, look: np.ndarray) -> float:
    """How unlike `look` the page is at (x, y) mm, allowing a pixel or two of rounding."""
    top, left = round(y * PX), round(x * PX)
    n = look.shape[0]
    return min(
        float(np.abs(page[top + dy : top + dy + n, left + dx : left + dx + n] - look).mean())
        for dy in range(-2, 3)
        for dx in range(-2, 3)
    )


def test_each_card_shows_its_codes_pictures_even_in_black_and_white(tmp_path: Path) -> None:
    from fpdf import FPDF

    side = cards_mod.PICTURE_SIDE
    # Every picture alone on a sheet, at the card's size: what each one looks like printed.
    sheet = FPDF(format="A4")
    sheet.add_page()
    for i, name in enumerate(codes_mod.PICTURES):
        sheet.image(str(codes_mod.picture_file(name)), 10 + (i % 8) * 24, 10 + (i // 8) * 24, side)
    sheet.output(str(tmp_path / "pictures.pdf"))
    drawn = _raster(tmp_path / "pictures.pdf", tmp_path / "pictures")
    looks = [
        _cut(drawn, 10 + (i % 8) * 24, 10 + (i // 8) * 24, side)
        for i in range(len(codes_mod.PICTURES))
    ]
    # In grey, every picture still differs plainly from every other one.
    for i, a in enumerate(looks):
        for b in looks[i + 1 :]:
            assert np.abs(a - b).mean() > 12

    printed = codes_mod.codes_with_free_pictures(10)
    cards_mod.write_cards(printed, tmp_path / "cards.pdf", "Keep this card.")
    page = _raster(tmp_path / "cards.pdf", tmp_path / "cards")
    row = 3 * side + 2 * cards_mod.PICTURE_GAP
    for n, code in enumerate(printed):
        x = 12 + (n % cards_mod.COLUMNS) * (cards_mod.CARD_W + 6)
        y = 12 + (n // cards_mod.COLUMNS) * (cards_mod.CARD_H + 4)
        seen = []
        for place in range(3):
            left = x + (cards_mod.CARD_W - row) / 2 + place * (side + cards_mod.PICTURE_GAP)
            distances = [_distance(page, left, y + 18, look) for look in looks]
            seen.append(int(np.argmin(distances)))
            best, second = sorted(distances)[:2]
            assert best < second / 4, (code, place)
        assert tuple(seen) == codes_mod.code_pictures(code), code
