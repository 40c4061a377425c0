"""The PDF groundwork: plain cells on the fast path stay right after shaped Arabic or Bengali."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from wsr_edu.paths import bundled_fonts_dir
from wsr_edu.printing.document import Document, close_font_files, is_rtl, needs_shaping


def test_which_text_needs_shaping() -> None:
    assert needs_shaping("রহিমা খাতুন") and needs_shaping("الماء")
    assert not needs_shaping("Lechería San José – 1.0.0")
    assert is_rtl("الماء") and not is_rtl("রহিমা")


def test_plain_cells_after_shaped_ones_keep_their_glyphs(tmp_path: Path) -> None:
    if not (bundled_fonts_dir() / "NotoSansArabic-Regular.ttf").is_file():
        pytest.skip("the Arabic font is not bundled in this build")
    doc = Document()
    doc.add_page()
    doc.font(8, bold=True)
    doc.write_cell(30, 5, "Header")
    doc.ln(5)
    doc.font(8)
    for text in ("الماء والظل", "1.0.0", "রহিমা খাতুন", "Water and shade"):
        doc.write_cell(40, 5, text)
    out = tmp_path / "cells.pdf"
    doc.output(str(out))
    text = PdfReader(out).pages[0].extract_text()
    # Before the fix the plain cells came out in the header's font: "1.0.0" read "Heaea".
    assert "1.0.0" in text and "Water and shade" in text
    assert "Heaea" not in text


def test_long_text_is_cut_to_fit_with_an_ellipsis() -> None:
    doc = Document()
    doc.add_page()
    doc.font(8)
    cut = doc.fit("Finca Los Naranjos, Cuadrilla 2, campo del norte junto al río", 30)
    assert cut.endswith("…") and doc.get_string_width(cut) <= 30
    assert doc.fit("Farm 3", 30) == "Farm 3"
    close_font_files(doc)  # nothing is written, so output() does not close them


def _embedded(path: Path) -> set[str]:
    """The fonts written into the file, used on a page or not (subset prefix dropped)."""
    return {
        name.decode() for name in re.findall(rb"/FontName /(?:[A-Z]+\+)?(\w+)", path.read_bytes())
    }


def test_a_script_font_is_embedded_only_when_its_text_is_drawn(tmp_path: Path) -> None:
    if not (bundled_fonts_dir() / "NotoSansBengali-Regular.ttf").is_file():
        pytest.skip("the Bengali font is not bundled in this build")
    latin = Document()
    latin.add_page()
    latin.font(8)
    latin.write_cell(40, 5, "Lechería San José")
    latin.output(str(tmp_path / "latin.pdf"))
    assert _embedded(tmp_path / "latin.pdf") == {"NotoSans", "NotoSansBold"}

    mixed = Document()
    mixed.add_page()
    mixed.font(8)
    mixed.table_row(5, [(40, "Rosa Q.", "L"), (40, "রহিমা খাতুন", "L"), (20, "after", "R")])
    mixed.output(str(tmp_path / "mixed.pdf"))
    assert _embedded(tmp_path / "mixed.pdf") == {
        "NotoSans",
        "NotoSansBold",
        "NotoSansBengali",
        "NotoSansBengaliBold",
    }
    text = PdfReader(tmp_path / "mixed.pdf").pages[0].extract_text()
    assert "Rosa Q." in text and ("রহিমা" in text or "খাতুন" in text) and "after" in text


def test_table_cells_on_the_fast_path_read_back_aligned_and_cut(tmp_path: Path) -> None:
    doc = Document()
    doc.add_page()
    doc.font(8)
    doc.table_row(
        5,
        [
            (30, "Lechería San José", "L"),
            (20, "10,030", "R"),
            (20, "Finca Los Naranjos, Cuadrilla 2, campo del norte", "L"),
            (40, "রহিমা খাতুন", "L"),  # not plain: takes fpdf2's own path
            (20, "after", "L"),
        ],
    )
    out = tmp_path / "table.pdf"
    doc.output(str(out))
    text = PdfReader(out).pages[0].extract_text()
    assert "Lechería San José" in text and "10,030" in text and "after" in text
    assert "Finca Los" in text and "campo del norte" not in text  # cut to its column
    positions: list[tuple[str, float]] = []
    PdfReader(out).pages[0].extract_text(
        visitor_text=lambda t, _cm, tm, *_: positions.append((t, tm[4])) if t.strip() else None
    )
    x = next(at for t, at in positions if "10,030" in t) / 72 * 25.4  # points to mm
    width = doc._width("10,030")
    # Right-aligned: it ends one cell margin before the column's right edge (10 + 30 + 20 mm).
    assert abs(x + width - (10 + 30 + 20 - doc.c_margin)) < 0.5


def _page_pixels(pdf: Path, tmp_path: Path, name: str) -> bytes:
    """The first page as printed: rendered by poppler, its pixels."""
    import subprocess

    from tests.system import require_program

    pdftoppm = require_program("pdftoppm", "poppler-utils")
    base = tmp_path / name
    subprocess.run([pdftoppm, "-r", "150", "-gray", "-singlefile", str(pdf), str(base)], check=True)
    return (tmp_path / f"{name}.pgm").read_bytes()


def test_shaped_cells_in_a_table_print_exactly_as_fpdf2_shapes_them(tmp_path: Path) -> None:
    # A Bengali name repeated down a column is shaped once by the table, not once per row:
    # what prints must be what fpdf2's own shaped cell prints, conjuncts, marks and all.
    rows = [
        [(40, "বাংলা", "L"), (50, "রহিমা খাতুন", "R"), (40, "Lechería", "L")],
        [(40, "আমাদের অধিকার", "C"), (50, "Total 12", "R"), (45, "क्षत्रिय नमस्ते", "C")],
    ]

    def printed(fast: bool) -> Path:
        doc = Document()
        doc.add_page()
        for bold in (False, True):
            doc.font(11, bold)
            for _ in range(3):
                for cells in rows:
                    if fast:
                        doc.table_row(8, cells)
                    else:
                        x, y = doc.x, doc.y
                        for w, text, align in cells:
                            doc.set_xy(x, y)
                            doc.write_cell(w, 8, text, align=align)
                            x += w
                    doc.ln(8)
        out = tmp_path / f"{'fast' if fast else 'cells'}.pdf"
        doc.output(str(out))
        return out

    table, cells = printed(True), printed(False)
    assert _page_pixels(table, tmp_path, "table") == _page_pixels(cells, tmp_path, "cells")
    text = PdfReader(table).pages[0].extract_text()
    assert "বাংলা" in text and "Lechería" in text and "Total 12" in text


def test_fonts_embedded_without_their_layout_tables_print_the_same(tmp_path: Path) -> None:
    # Document.output strips what the embedded fonts never carry before fpdf2 subsets them
    # (half the time of writing a long report): the page must print exactly as fpdf2's own
    # output prints it, accented letters (composite glyphs) and shaped scripts included.
    from fpdf import FPDF

    def written(path: Path, ours: bool) -> Path:
        doc = Document()
        doc.add_page()
        for bold in (False, True):
            doc.font(12, bold)
            for text in (
                "Lechería San José, Ñandú, Çà, Øre, Ærø, œuvre, ß ğ ş İ ł ő ű ž č ř ů",
                "বাংলা রহিমা খাতুন আমাদের অধিকার",
                "Kreyòl: Lè kòmanse · “quotes” … €1,234.50",
            ):
                doc.write_cell(0, 9, text)
                doc.ln(9)
        if ours:
            doc.output(str(path))
        else:
            FPDF.output(doc, str(path))
        return path

    lean = written(tmp_path / "lean.pdf", ours=True)
    full = written(tmp_path / "full.pdf", ours=False)
    assert _page_pixels(lean, tmp_path, "lean") == _page_pixels(full, tmp_path, "full")
    assert PdfReader(lean).pages[0].extract_text() == PdfReader(full).pages[0].extract_text()


def _make_document_fonts() -> object:
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "make_document_fonts.py"
    spec = importlib.util.spec_from_file_location("make_document_fonts", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_documents_latin_fonts_are_the_bundled_ones_cut(tmp_path: Path) -> None:
    from wsr_edu.printing.document import LATIN_FONTS

    make = _make_document_fonts()
    for name in make.STYLES:  # type: ignore[attr-defined]
        fresh = tmp_path / name
        make.latin_font(bundled_fonts_dir() / name).save(fresh)  # type: ignore[attr-defined]
        shipped = bundled_fonts_dir() / LATIN_FONTS / name
        assert shipped.read_bytes() == fresh.read_bytes(), (
            f"{shipped} is not what scripts/make_document_fonts.py makes from {name} "
            "(a new font or fontTools): run the script and commit its files"
        )


def _written(doc: Document, path: Path, lines: list[str]) -> Path:
    doc.add_page()
    for bold in (False, True):
        doc.font(12, bold)
        for text in lines:
            doc.write_cell(0, 9, text)
            doc.ln(9)
        doc.table_row(8, [(60, lines[0], "L"), (40, "10,030", "R"), (60, lines[-1], "C")])
        doc.ln(8)
    doc.output(str(path))
    return path


def test_latin_text_prints_the_same_in_the_cut_font_as_in_the_whole_one(tmp_path: Path) -> None:
    whole_fonts = tmp_path / "whole"
    whole_fonts.mkdir()
    for font in bundled_fonts_dir().glob("*.ttf"):
        (whole_fonts / font.name).symlink_to(font)
    lines = [
        "Lechería San José, Ñandú, Çà, Øre, Ærø, œuvre, ß ğ ş İ ł ő ű ž č ř ů",
        "Kreyòl: Lè kòmanse · “quotes” … €1,234.50 – ‘Q’ • x",
        "B'aj tej qe' ch'in: Mam, K'iche', Q'anjob'al",
    ]
    cut = _written(Document(), tmp_path / "cut.pdf", lines)
    whole = _written(Document(fonts=whole_fonts), tmp_path / "whole.pdf", lines)
    assert _page_pixels(cut, tmp_path, "cut") == _page_pixels(whole, tmp_path, "whole")
    assert PdfReader(cut).pages[0].extract_text() == PdfReader(whole).pages[0].extract_text()
    assert len(cut.read_bytes()) < len(whole.read_bytes())


def test_letters_outside_latin_print_from_the_whole_noto_sans(tmp_path: Path) -> None:
    # A site name in Greek or Cyrillic (records merged from elsewhere): the cut font lacks
    # them, the whole one has them; nothing may print as a missing-glyph box.
    lines = ["Ελληνικά Θεσσαλονίκη", "Ферма Дружба", "Tiếng Việt: Đà Nẵng"]
    out = _written(Document(), tmp_path / "other.pdf", lines)
    text = PdfReader(out).pages[0].extract_text()
    for line in lines:
        assert line in text
    # The cut Noto Sans and the whole one are both in the file, each in regular and bold.
    names = re.findall(rb"/FontName /[A-Z]+\+(NotoSans(?:Bold)?)\s", out.read_bytes())
    assert sorted(names) == [b"NotoSans"] * 2 + [b"NotoSansBold"] * 2
