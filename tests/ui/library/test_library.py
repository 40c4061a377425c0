"""The library: curricula, languages in their own names, opening folders, the error page."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QListWidget,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wsr_edu.settings import Settings
from wsr_edu.ui.context import AppContext


def test_lists_the_curriculum_with_its_modules(library) -> None:  # type: ignore[no-untyped-def]
    page = library.curriculum_page
    assert library.pages.currentWidget() is page
    assert library.curricula.count() == 1
    assert page.title.text() == "Mini course"
    assert [page.language.itemText(i) for i in range(page.language.count())] == [
        "English",
        "Español",
    ]
    assert page.number.text() == "555-0199"
    row = page.modules.itemWidget(page.modules.item(0))
    assert row.title.text() == "Water and shade"
    # Counts use plural forms: "3 slides" with the English catalogue, "3 slide(s)" without.
    assert "10 min" in row.facts.text() and "3 slide" in row.facts.text()
    assert "1 question" in row.facts.text()
    assert (
        page.modules.item(0)
        .data(Qt.ItemDataRole.AccessibleTextRole)
        .startswith("1. Water and shade")
    )


def test_choosing_a_language_shows_titles_in_it(library) -> None:  # type: ignore[no-untyped-def]
    page = library.curriculum_page
    page.language.setCurrentIndex(page.language.findData("es"))
    assert page.title.text() == "Curso mini"
    assert page.modules.itemWidget(page.modules.item(0)).title.text() == "Agua y sombra"
    assert page.selected_language == "es"
    # The curricula list names it in the same language as the page beside it.
    assert library.curricula.item(0).text().splitlines()[0] == "Curso mini"


def test_complaint_card_from_the_library(qtbot: QtBot, library) -> None:  # type: ignore[no-untyped-def]
    page = library.curriculum_page
    page.language.setCurrentIndex(page.language.findData("es"))
    qtbot.mouseClick(page.card_button, Qt.MouseButton.LeftButton)
    card = library.card_window
    assert card is not None and card.isVisible()
    qtbot.addWidget(card)
    assert card.card.lines() == ("555-0199", "24/7", "English · Español", "Gratis y confidencial.")
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert not card.isVisible()


def test_opened_folders_are_remembered(
    qtbot: QtBot, library, context: AppContext, tmp_path: Path, mini_curriculum: Path
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "more" / "mini-two"
    shutil.copytree(mini_curriculum, other)
    manifest = other / "curriculum.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8")
        .replace('id = "mini"', 'id = "mini-two"')
        .replace("Mini course", "Second course"),
        encoding="utf-8",
    )
    with qtbot.waitSignal(library.curricula_loaded):
        assert library.add_folder(other.parent)
    assert library.curricula.count() == 2
    assert "Second course" in library.curricula.item(1).text()
    assert Settings.load(context.paths.settings_file).extra_curricula == [str(other.parent)]

    assert not library.add_folder(tmp_path / "nothing-here")
    assert library.banner.isVisible() and "no curriculum" in library.banner.text()
    assert len(context.settings.extra_curricula) == 1


def test_a_broken_curriculum_gets_an_error_page(
    qtbot: QtBot, library, mini_curriculum: Path
) -> None:  # type: ignore[no-untyped-def]
    md = mini_curriculum / "modules" / "water" / "es.md"
    md.write_text(
        md.read_text(encoding="utf-8").replace("{#rest}", "{#descanso}"), encoding="utf-8"
    )
    with qtbot.waitSignal(library.curricula_loaded):
        qtbot.keyClick(library.curricula, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert library.pages.currentWidget() is library.error_page
    text = library.error_page.problems.as_text()
    assert "modules/water/es.md:" in text
    assert "slide 'descanso' is not in en.md" in text
    assert "How to fix:" in text
    assert "mistake" in library.curricula.item(0).text()
    # Fixed on disk, checked again: the curriculum comes back.
    md.write_text(
        md.read_text(encoding="utf-8").replace("{#descanso}", "{#rest}"), encoding="utf-8"
    )
    with qtbot.waitSignal(library.curricula_loaded):
        qtbot.mouseClick(library.error_page.check_again, Qt.MouseButton.LeftButton)
    assert library.pages.currentWidget() is library.curriculum_page


def test_text_size_grows_and_is_remembered(qtbot: QtBot, library, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    title = library.curriculum_page.title
    before = title.font().pointSizeF()
    body_before = library.curriculum_page.about.font().pointSizeF()
    qtbot.mouseClick(library.text_size.bigger, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(library.text_size.bigger, Qt.MouseButton.LeftButton)
    assert context.appearance.scale == 1.25
    assert title.font().pointSizeF() > before
    assert library.curriculum_page.about.font().pointSizeF() > body_before
    assert library.text_size.value.text() == "Text 125%"
    assert Settings.load(context.paths.settings_file).font_scale == 1.25
    for _ in range(20):
        qtbot.mouseClick(library.text_size.bigger, Qt.MouseButton.LeftButton)
    assert context.appearance.scale == 2.0


def test_text_size_reaches_the_slides(qtbot: QtBot, presenter) -> None:  # type: ignore[no-untyped-def]
    view = presenter.audience.stage.slide_view
    before = view.title.font().pixelSize()
    presenter.context.appearance.bigger()
    assert view.title.font().pixelSize() > before


def unnamed_controls(window: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QListWidget, QAbstractSpinBox, QTextBrowser)
    return [
        w for w in window.findChildren(QWidget) if isinstance(w, kinds) and not w.accessibleName()
    ]


def test_every_control_has_an_accessible_name(library) -> None:  # type: ignore[no-untyped-def]
    assert unnamed_controls(library) == []


def test_every_console_control_has_an_accessible_name(presenter) -> None:  # type: ignore[no-untyped-def]
    presenter.presentation.go(2)
    assert presenter.console.quiz_panel.spins
    assert unnamed_controls(presenter.console) == []
