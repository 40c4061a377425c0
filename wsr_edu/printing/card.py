"""Complaint-line wallet cards: the number very large, its hours and languages, the organisation,
and a QR code that dials it (`tel:`), several to an A4 or Letter page with cut marks.

Cards on one sheet take the complaint line's languages in turn, so a sheet serves a mixed crew.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .document import Document, is_rtl

if TYPE_CHECKING:
    from ..curriculum.model import Curriculum

CARD_W, CARD_H = 85.6, 54.0
"""ISO/IEC 7810 ID-1, the size of a bank card: it fits a wallet."""
PAPERS = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
MARGIN = 10.0
"""Most printers cannot print closer to the edge than this."""
MARK = 4.0
INK = (20, 20, 20)
ACCENT = (31, 92, 153)
MUTED = (90, 90, 90)
HEADINGS = {
    "en": "Complaint line",
    "es": "Línea de quejas",
    "ht": "Liy plent",
    "bn": "অভিযোগ লাইন",
    "ar": "خط الشكاوى",
    "hi": "शिकायत लाइन",
    "ne": "उजुरी लाइन",
    "pt": "Linha de denúncias",
    "fr": "Ligne de plaintes",
}
"""The card's heading; a language not here gets the English word and its own note below."""


@dataclass(frozen=True)
class CardText:
    """Everything one card says, already in its language."""

    number: str
    hours: str
    heading: str
    note: str
    languages: str
    organisation: str
    lang: str


def dial_uri(number: str) -> str:
    """`tel:` with the digits (and a leading +) only: what a phone dials from a QR code."""
    digits = re.sub(r"[^\d+]", "", number)
    return "tel:" + (digits[0] + digits[1:].replace("+", "") if digits else "")


def card_texts(curriculum: Curriculum) -> list[CardText]:
    """One card per complaint-line language (or the curriculum's languages, if it lists none)."""
    line = curriculum.complaint_line
    if line is None:
        raise ValueError(
            f"{curriculum.path / 'curriculum.toml'}: the curriculum has no [complaint_line]; "
            "add its number there (see curricula/FORMAT.md)"
        )
    codes = list(line.languages) or list(curriculum.language_codes)
    names = []
    for code in codes:
        language = curriculum.language(code)
        names.append(language.name if language is not None else code)
    return [
        CardText(
            number=line.number,
            hours=line.hours,
            heading=HEADINGS.get(code, HEADINGS["en"]),
            note=line.note(code, curriculum.default_language),
            languages=" · ".join(str(n) for n in names),
            organisation=curriculum.organisation,
            lang=code,
        )
        for code in codes
    ]


def write_cards(
    curriculum: Curriculum, out: Path, *, paper: str = "a4", fonts: Path | None = None
) -> int:
    """A sheet of wallet cards at `out`; returns how many cards are on it."""
    from ..records.files import atomic_path

    texts = card_texts(curriculum)
    width, height = PAPERS[paper]
    columns, rows, left, top = layout(paper)
    doc = Document(paper=paper.capitalize() if paper == "letter" else "A4", fonts=fonts)
    doc.set_auto_page_break(False)
    doc.set_title(f"{texts[0].heading}: {texts[0].number}")
    doc.add_page()
    cut_marks(doc, left, top, columns, rows, width, height)
    for n, (x, y) in enumerate(card_positions(paper)):
        draw_card(doc, x, y, texts[n % len(texts)])
    with atomic_path(out) as tmp:
        doc.output(str(tmp))
    return columns * rows


def layout(paper: str) -> tuple[int, int, float, float]:
    """Columns, rows, and the top-left corner (mm) of the block of cards, centred on the page."""
    width, height = PAPERS[paper]
    columns = int((width - 2 * MARGIN) // CARD_W)
    rows = int((height - 2 * MARGIN) // CARD_H)
    return columns, rows, (width - columns * CARD_W) / 2, (height - rows * CARD_H) / 2


def card_positions(paper: str) -> list[tuple[float, float]]:
    """The top-left corner (mm) of every card on a sheet, row by row."""
    columns, rows, left, top = layout(paper)
    return [
        (left + (n % columns) * CARD_W, top + (n // columns) * CARD_H)
        for n in range(columns * rows)
    ]


def cut_marks(
    doc: Document,
    left: float,
    top: float,
    columns: int,
    rows: int,
    width: float,
    height: float,
) -> None:
    """Short lines in the margins where the cuts go, clear of the cards themselves."""
    doc.set_draw_color(*INK)
    doc.set_line_width(0.2)
    right, bottom = left + columns * CARD_W, top + rows * CARD_H
    for i in range(columns + 1):
        x = left + i * CARD_W
        doc.line(x, max(top - MARK - 1, 1), x, top - 1)
        doc.line(x, bottom + 1, x, min(bottom + MARK + 1, height - 1))
    for j in range(rows + 1):
        y = top + j * CARD_H
        doc.line(max(left - MARK - 1, 1), y, left - 1, y)
        doc.line(right + 1, y, min(right + MARK + 1, width - 1), y)


def draw_qr(doc: Document, data: str, x: float, y: float, size: float) -> None:
    """A QR code drawn as vector squares (sharp at any printer resolution)."""
    import segno

    code = segno.make(data, error="m", micro=False)
    matrix: Sequence[Any] = code.matrix
    quiet = 4
    count = len(matrix) + 2 * quiet
    module = size / count
    doc.set_fill_color(255, 255, 255)
    doc.rect(x, y, size, size, style="F")
    doc.set_fill_color(0, 0, 0)
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                # One rectangle per run of dark modules, slightly overlapped: no hairline gaps.
                doc.rect(
                    x + (quiet + start) * module,
                    y + (quiet + r) * module,
                    (c - start) * module + 0.01,
                    module + 0.01,
                    style="F",
                )
            else:
                c += 1


def draw_card(doc: Document, x: float, y: float, text: CardText) -> None:
    """One card with its top-left corner at (x, y)."""
    pad = 4.0
    qr = 24.0
    rtl = is_rtl(text.note) or is_rtl(text.heading)
    doc.set_draw_color(200, 200, 200)
    doc.set_line_width(0.1)
    doc.rect(x, y, CARD_W, CARD_H)
    doc.set_fill_color(*ACCENT)
    doc.rect(x, y, CARD_W, 2.2, style="F")
    text_w = CARD_W - 2 * pad - qr - 3
    text_x = x + pad + (qr + 3 if rtl else 0)
    qr_x = x + pad if rtl else x + CARD_W - pad - qr
    align = "R" if rtl else "L"
    doc.set_text_color(*ACCENT)
    doc.set_xy(text_x, y + 4)
    doc.font(9, bold=True)
    doc.write_cell(text_w, 5, text.heading, align=align)
    doc.set_text_color(*INK)
    doc.set_xy(text_x, y + 9)
    size = 24.0
    doc.font(size, bold=True)
    while size > 12 and doc.get_string_width(text.number) > text_w:
        size -= 1
        doc.font(size, bold=True)
    doc.write_cell(text_w, 11, text.number, align=align)
    doc.set_xy(text_x, y + 21)
    doc.font(10, bold=True)
    doc.write_cell(text_w, 5, text.hours, align=align)
    doc.set_xy(text_x, y + 26.5)
    doc.font(7.5)
    doc.set_text_color(*MUTED)
    doc.write_cell(text_w, 4, text.languages, align=align)
    draw_qr(doc, dial_uri(text.number), qr_x, y + 5, qr)
    doc.set_text_color(*INK)
    doc.set_xy(x + pad, y + 32)
    doc.font(8)
    note = doc.shape_for(text.note)
    doc.multi_cell(CARD_W - 2 * pad, 3.8, note, align=align, max_line_height=3.8)
    doc._restore_font()
    doc.set_xy(x + pad, y + CARD_H - 7)
    doc.font(6.5)
    doc.set_text_color(*MUTED)
    doc.write_cell(CARD_W - 2 * pad, 4, text.organisation, align=align)
    doc.set_text_color(*INK)
