"""A take-home handout for one module in one language: its pictures with short text, what the
questions teach, and the complaint-line card to cut out. Bengali and Arabic are shaped, and
right-to-left languages are laid out from the right (pictures on the right, text aligned right).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from .card import CARD_H, CARD_W, PAPERS, card_texts, cut_marks, draw_card
from .document import Document

if TYPE_CHECKING:
    from ..curriculum.model import Curriculum, Module, Slide

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)[^)]*\)")
PICTURE = 34.0
SHORT = 260
"""Characters of a slide's text kept on paper: a handout is read at a glance."""
RTL_LANGUAGES = {"ar", "ur", "fa", "he", "ps", "sd", "ug", "yi"}
WORDS = {
    "remember": {
        "en": "Remember",
        "es": "Recuerda",
        "ht": "Sonje",
        "bn": "মনে রাখুন",
        "ar": "تذكّر",
    },
    "cut": {
        "en": "Cut out and keep in your wallet",
        "es": "Recorta y guarda en tu cartera",
        "ht": "Koupe l epi kenbe l nan bous ou",
        "bn": "কেটে মানিব্যাগে রাখুন",
        "ar": "قصّها واحتفظ بها في محفظتك",
    },
}


def word(key: str, lang: str) -> str:
    return WORDS[key].get(lang) or WORDS[key]["en"]


def plain(markdown: str) -> str:
    """Slide Markdown as short plain text: no pictures, marks or bullets."""
    text = IMAGE.sub("", markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_`#>]+", "", text)
    text = re.sub(r"^\s*(?:[-+]|\d+\.)\s+", "• ", text, flags=re.M)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    joined = "\n".join(lines)
    if len(joined) > SHORT:
        joined = joined[:SHORT].rsplit(" ", 1)[0] + " …"
    return joined


def pictures(module: Module, slide: Slide) -> list[Path]:
    """The slide's pictures that exist inside the module folder (nothing outside is followed)."""
    from ..curriculum.resources import resolve_resource

    found = []
    for ref in IMAGE.findall(slide.body):
        path = resolve_resource(module.path, ref)
        if path is not None and path.suffix.lower() in {".png", ".jpg", ".jpeg", ".svg"}:
            found.append(path)
    return found


def write_handout(
    curriculum: Curriculum,
    module_id: str,
    lang: str,
    out: Path,
    *,
    paper: str = "a4",
    fonts: Path | None = None,
) -> int:
    """The handout at `out`; returns its number of pages."""
    from ..records.files import atomic_path

    module = curriculum.module(module_id)
    if module is None:
        known = ", ".join(m.id for m in curriculum.modules)
        raise ValueError(f"no module {module_id!r} in {curriculum.id}; choose one of {known}")
    if lang not in module.texts:
        known = ", ".join(module.texts)
        raise ValueError(f"module {module_id!r} has no {lang!r} text; it has {known}")
    text = module.texts[lang]
    rtl = lang in RTL_LANGUAGES or bool(
        curriculum.language(lang) and curriculum.language(lang).rtl  # type: ignore[union-attr]
    )
    align = "R" if rtl else "L"
    doc = Document(paper="Letter" if paper == "letter" else "A4", fonts=fonts)
    doc.set_margins(16, 14, 16)
    doc.set_auto_page_break(True, margin=16)
    doc.set_title(text.title)
    doc.add_page()
    usable = doc.w - doc.l_margin - doc.r_margin

    doc.font(9)
    doc.set_text_color(90, 90, 90)
    doc.paragraph(f"{curriculum.organisation} · {curriculum.title(lang)}", 5, align=align)
    doc.set_text_color(20, 20, 20)
    doc.font(22, bold=True)
    doc.paragraph(text.title, 10, align=align)
    if text.summary:
        doc.font(11)
        doc.paragraph(text.summary, 5.6, align=align)
    doc.ln(4)

    for slide in text.slides:
        if slide.question is not None:
            continue
        body = plain(slide.body)
        images = pictures(module, slide)
        if not body and not images:
            continue
        if doc.will_page_break(PICTURE + 4):
            doc.add_page()
        top = doc.get_y()
        text_w = usable - (PICTURE + 6 if images else 0)
        text_x = doc.l_margin if (rtl or not images) else doc.l_margin + PICTURE + 6
        if images:
            pic_x = doc.l_margin + usable - PICTURE if rtl else doc.l_margin
            doc.image(str(images[0]), x=pic_x, y=top, w=PICTURE, h=PICTURE, keep_aspect_ratio=True)
        doc.set_xy(text_x, top)
        doc.font(13, bold=True)
        doc.paragraph(slide.title, 6.5, w=text_w, align=align)
        doc.set_x(text_x)
        doc.font(10.5)
        doc.paragraph(body, 5.4, w=text_w, align=align)
        doc.set_y(max(doc.get_y(), top + (PICTURE if images else 0)) + 5)

    questions = [s for s in text.slides if s.question is not None]
    if questions:
        if doc.will_page_break(30):
            doc.add_page()
        doc.font(14, bold=True)
        doc.paragraph(word("remember", lang), 8, align=align)
        for slide in questions:
            assert slide.question is not None
            right = " / ".join(c.text for c in slide.question.choices if c.correct)
            if doc.will_page_break(16):
                doc.add_page()
            doc.font(10.5, bold=True)
            doc.paragraph(slide.title, 5.4, align=align)
            doc.font(10.5)
            doc.paragraph(f"» {right}" if not rtl else f"{right} «", 5.4, align=align)
            if slide.question.why:
                doc.set_text_color(90, 90, 90)
                doc.paragraph(slide.question.why, 5, align=align)
                doc.set_text_color(20, 20, 20)
            doc.ln(2)

    if curriculum.complaint_line is not None:
        cards = [c for c in card_texts(curriculum) if c.lang == lang] or card_texts(curriculum)
        if doc.will_page_break(CARD_H + 20):
            doc.add_page()
        doc.ln(4)
        doc.font(9)
        doc.set_text_color(90, 90, 90)
        doc.paragraph(word("cut", lang), 5, align=align)
        doc.set_text_color(20, 20, 20)
        width, height = PAPERS["letter" if paper == "letter" else "a4"]
        x = doc.l_margin + usable - CARD_W if rtl else doc.l_margin
        y = doc.get_y() + MARK_GAP
        cut_marks(doc, x, y, 1, 1, width, height)
        draw_card(doc, x, y, cards[0])
    with atomic_path(out) as tmp:
        doc.output(str(tmp))
    return doc.page_no()


MARK_GAP = 6.0
