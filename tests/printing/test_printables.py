"""Wallet cards and handouts read back: their words, their pages, and a QR code that dials."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.system import require_program
from wsr_edu.cli import main
from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.curriculum.model import Curriculum
from wsr_edu.paths import bundled_curricula_dir
from wsr_edu.printing.card import CARD_H, CARD_W, card_positions, dial_uri, write_cards
from wsr_edu.printing.handout import write_handout

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _curriculum(path: Path) -> Curriculum:
    result = load_curriculum(path)
    assert result.curriculum is not None
    return result.curriculum


@pytest.fixture
def basics() -> Curriculum:
    return _curriculum(bundled_curricula_dir() / "wsr-basics")


def _decode(pdf: Path, tmp_path: Path, paper: str = "a4") -> list[str]:
    """Each card's picture cut from the printed sheet, read by a real decoder (zbar)."""
    pdftoppm = require_program("pdftoppm", "poppler-utils")
    zbarimg = require_program("zbarimg", "zbar-tools")
    dpi = 150
    px = dpi / 25.4
    found = []
    for n, (x, y) in enumerate(card_positions(paper)):
        crop = ["-x", str(int(x * px)), "-y", str(int(y * px))]
        crop += ["-W", str(int(CARD_W * px)), "-H", str(int(CARD_H * px))]
        base = tmp_path / f"card{n}"
        subprocess.run(
            [pdftoppm, "-r", str(dpi), "-png", "-singlefile", *crop, str(pdf), str(base)],
            check=True,
        )
        result = subprocess.run(
            [zbarimg, "--quiet", "--raw", f"{base}.png"], capture_output=True, text=True
        )
        found.append(result.stdout.strip())
    return found


def test_the_dial_uri_keeps_digits_and_a_leading_plus() -> None:
    assert dial_uri("555-0142") == "tel:5550142"
    assert dial_uri("+1 (239) 555-0142") == "tel:+12395550142"


@pytest.mark.parametrize(
    ("paper", "cards", "size"), [("a4", 10, (595, 842)), ("letter", 8, (612, 792))]
)
def test_a_sheet_of_cards_says_everything_and_its_qr_codes_dial(
    basics: Curriculum, tmp_path: Path, paper: str, cards: int, size: tuple[int, int]
) -> None:
    out = tmp_path / "cards.pdf"
    assert write_cards(basics, out, paper=paper) == cards
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    text = reader.pages[0].extract_text()
    assert text.count("555-0142") == cards
    assert "24/7" in text and "Kreyòl ayisyen" in text and "Español" in text
    assert "Sample worker organisation" in text
    # The cards take the complaint line's languages in turn.
    assert "Línea de quejas" in text and "Liy plent" in text and "Complaint line" in text
    assert "Gratis y confidencial" in text
    assert _decode(out, tmp_path, paper) == ["tel:5550142"] * cards


def test_an_arabic_card_is_shaped_and_laid_out_from_the_right(tmp_path: Path) -> None:
    curriculum = _curriculum(FIXTURES / "arabic-mini")
    out = tmp_path / "cards.pdf"
    write_cards(curriculum, out)
    assert set(_decode(out, tmp_path)) == {"tel:5550177"}
    fonts = subprocess.run(
        [require_program("pdffonts", "poppler-utils"), str(out)], capture_output=True, text=True
    ).stdout
    assert "NotoSansArabic" in fonts


def test_a_handout_has_the_pictures_text_lessons_and_the_card(
    basics: Curriculum, tmp_path: Path
) -> None:
    out = tmp_path / "rights-es.pdf"
    pages = write_handout(basics, "rights", "es", out)
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Nuestros derechos en el trabajo" in text  # the title in the chosen language
    assert "Pago por todo nuestro trabajo" in text  # a slide's title
    assert "Recuerda" in text and "El mayordomo dice" in text  # what the questions teach
    assert "Recorta y guarda" in text and "555-0142" in text  # the card to cut out
    assert "Our rights at work" not in text  # nothing from another language
    # The slides' SVG pictures are drawn into the page as vector paths (curves and lines).
    content = reader.pages[0].get_contents()
    assert content is not None
    operators = content.get_data().decode("latin-1").split()
    assert operators.count("c") + operators.count("l") > 100


def test_an_arabic_handout(tmp_path: Path) -> None:
    curriculum = _curriculum(FIXTURES / "arabic-mini")
    out = tmp_path / "water-ar.pdf"
    write_handout(curriculum, "water", "ar", out)
    text = PdfReader(out).pages[0].extract_text()
    assert "555-0177" in text
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_the_print_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "card.pdf"
    assert main(["print", "card", "--out", str(card), "--paper", "letter"]) == 0
    assert card.is_file() and "8 wallet card(s)" in capsys.readouterr().err
    handout = tmp_path / "handout.pdf"
    assert main(["print", "handout", "rights", "--lang", "es", "--out", str(handout)]) == 0
    assert handout.is_file()
    fixtures = ["--curricula", str(FIXTURES)]
    args = ["print", "handout", "water", "--lang", "ar", "--curriculum", "arabic-mini"]
    assert main([*fixtures, *args, "--out", str(tmp_path / "ar.pdf")]) == 0
    assert main(["print", "handout", "rights", "--lang", "xx", "--out", str(handout)]) == 1
    assert "has no 'xx' text" in capsys.readouterr().err
    assert main(["print", "card", "--curriculum", "nope", "--out", str(card)]) == 1
    assert "no curriculum with id 'nope'" in capsys.readouterr().err
