"""Every kiosk screen fits 1024x768, 1366x768 and 1920x1080 in every language of the starter,
with nothing clipped and big touch targets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.kiosk.fixtures import kiosk_store
from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.kiosk.config import KioskConfig
from wsr_edu.ui.kiosk.style import MIN_TOUCH

SIZES = [(1024, 768), (1366, 768), (1920, 1080)]
CASES = [(w, h, lang) for w, h in SIZES[:2] for lang in ("en", "es", "ht")] + [(1920, 1080, "ht")]


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.window() is root


def _problems(root: QWidget, name: str) -> list[str]:
    QApplication.processEvents()
    bounds = root.rect()
    found: list[str] = []
    for button in root.findChildren(QAbstractButton):
        if not _visible(button, root) or button.parent() is None:
            continue
        if _inside_scroll(button, root):
            continue
        rect = QRect(button.mapTo(root, button.rect().topLeft()), button.size())
        label = button.text() or button.accessibleName() or button.objectName()
        if button.width() < MIN_TOUCH or button.height() < MIN_TOUCH:
            found.append(f"{name}: '{label}' is {button.width()}x{button.height()}")
        if not bounds.contains(rect):
            found.append(f"{name}: '{label}' at {rect} is cut off by the screen {bounds}")
    for label in root.findChildren(QLabel):
        if not _visible(label, root) or not label.text() or _inside_scroll(label, root):
            continue
        rect = QRect(label.mapTo(root, label.rect().topLeft()), label.size())
        if not bounds.contains(rect):
            found.append(f"{name}: text '{label.text()[:30]}' at {rect} is cut off")
        needed = (
            label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        )
        if label.pixmap().isNull() and needed > label.height() + 2:
            found.append(
                f"{name}: text '{label.text()[:30]}' needs {needed}px, has {label.height()}px"
            )
    found += _card_problems(root, name)
    return found


def _card_problems(root: QWidget, name: str) -> list[str]:
    """Answer cards draw their own text and picture: each must fit inside its card."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF

    from wsr_edu.ui.kiosk.question import ChoiceCard

    found: list[str] = []
    for card in root.findChildren(ChoiceCard):
        if not _visible(card, root):
            continue
        badge, picture, text_rect, font = card.layout_rects()
        inside = QRectF(card.rect())
        label = f"{name}: card {card.letter}"
        if not inside.contains(badge):
            found.append(f"{label}: its letter is cut off")
        if card.picture.valid:
            if picture.height() < 24 or not inside.contains(card.picture.fitted(picture)):
                found.append(f"{label}: its picture does not fit ({picture})")
            if picture.intersects(badge):
                found.append(f"{label}: its picture is under its letter")
        if card.text_.strip():
            flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
            needed = QFontMetricsF(font).boundingRect(
                QRectF(0, 0, text_rect.width(), 100000), flags, card.text_
            )
            if needed.height() > text_rect.height() + 1 or not inside.contains(text_rect):
                found.append(f"{label}: text '{card.text_[:30]}' does not fit")
            if font.pixelSize() < 14:
                found.append(f"{label}: text '{card.text_[:30]}' shrank to {font.pixelSize()}px")
    return found


def _inside_scroll(widget: QWidget, root: QWidget) -> bool:
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _check_admin_scroll_targets(root: QWidget, name: str) -> list[str]:
    from PySide6.QtWidgets import QCheckBox

    return [
        f"{name}: checkbox '{b.text()}' is {b.height()}px high"
        for b in root.findChildren(QCheckBox)
        if _visible(b, root) and b.height() < MIN_TOUCH
    ]


@pytest.mark.parametrize(("width", "height", "language"), CASES)
def test_every_screen_fits(
    kiosks,
    tmp_path: Path,
    starter_curriculum: Path,  # type: ignore[no-untyped-def]
    width: int,
    height: int,
    language: str,
) -> None:
    curriculum = load_curriculum(starter_curriculum).curriculum
    store = kiosk_store(tmp_path / "kiosk.json", KioskConfig(allow_codes=True))
    window = kiosks.open([curriculum], store, width=width, height=height)
    problems: list[str] = []
    problems += _problems(window, "welcome")
    window.choose_language(language)
    problems += _problems(window, "modules")
    window.show_code()
    problems += _problems(window, "code")
    for offer in window.walk.modules():
        window.start_module(offer)
        lesson = window.lesson
        while not window.walk.at_end:
            slide = window.walk.slide
            problems += _problems(window, f"{offer.module.id}/{slide.id}")
            if slide.question is not None:
                view = lesson.question_view
                problems += _problems(window, f"{offer.module.id}/{slide.id} heard")
                view.choices[0].click()
                view.choices[0].click()  # heard, then chosen
                if slide.question.multiple:
                    view.check_button.click()
                problems += _problems(window, f"{offer.module.id}/{slide.id} answered")
            lesson.go_next()
        problems += _problems(window, f"{offer.module.id} completion")
    window.on_idle()
    problems += _problems(window, "still there")
    window.still_there.stop()
    window.open_pin_pad()
    problems += _problems(window, "pin pad")
    window.pin_pad.hide()
    window.show_admin()
    problems += _problems(window, "admin")
    problems += _check_admin_scroll_targets(window, "admin")
    assert problems == []


def test_messages_and_hints_keep_their_own_colours(
    kiosks,
    tmp_path: Path,
    starter_curriculum: Path,  # type: ignore[no-untyped-def]
) -> None:
    # The kiosk's labels are dark ink, but a refusal is in the warning colour and a hint or
    # the progress is muted: a worker who cannot read still sees that something is wrong.
    from PySide6.QtGui import QColor, QPalette

    from wsr_edu.ui.kiosk.style import INK, MUTED, WRONG

    curriculum = load_curriculum(starter_curriculum).curriculum
    store = kiosk_store(tmp_path / "kiosk.json", KioskConfig(allow_codes=True))
    window = kiosks.open([curriculum], store, width=1366, height=768)
    colours: dict[str, set[str]] = {}
    for label in window.findChildren(QLabel):
        label.ensurePolished()
        colour = label.palette().color(QPalette.ColorRole.WindowText).name()
        colours.setdefault(label.objectName(), set()).add(colour)
    assert colours["message"] == {QColor(WRONG).name()}
    assert colours["screenHint"] == {QColor(MUTED).name()}
    assert QColor(INK).name() in colours["screenTitle"]
