"""The library follows edits, shows one module's mistakes beside the others, and fits a laptop."""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wsr_edu.paths import bundled_curricula_dir
from wsr_edu.ui.context import AppContext


@pytest.fixture
def starter(tmp_path: Path) -> Path:
    source = tmp_path / "starter" / "wsr-basics"
    shutil.copytree(bundled_curricula_dir() / "wsr-basics", source)
    return source


def open_library(qtbot: QtBot, app, data_dir: Path, starter: Path):  # type: ignore[no-untyped-def]
    """The library as a start of the app shows it, on `data_dir`, listing `starter` only."""
    from wsr_edu.ui.library.window import LibraryWindow

    args = argparse.Namespace(data_dir=str(data_dir), curricula=[str(starter)], database_url=None)
    ctx = AppContext.create(args)
    ctx.include_bundled = False
    # This computer's text size and style, not whatever an earlier test left on the app.
    from wsr_edu.ui.theme import apply_appearance

    apply_appearance(app, ctx.appearance)
    from wsr_edu.ui.i18n import Translations

    ctx.translations = Translations(app)
    ctx.translations.switch("en")
    window = LibraryWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.curricula_loaded, timeout=10000):
        window.show()
    return window, ctx


def close_library(window, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    for watcher in window.watchers:
        watcher.stop()
    window.close()
    ctx.close()


@pytest.fixture
def starter_library(qtbot: QtBot, prepared_app, data_dir: Path, starter: Path) -> Iterator:  # type: ignore[no-untyped-def, type-arg]
    window, ctx = open_library(qtbot, prepared_app, data_dir, starter)
    yield window
    close_library(window, ctx)


def _module_titles(library) -> list[str]:  # type: ignore[no-untyped-def]
    page = library.curriculum_page
    return [
        page.modules.itemWidget(page.modules.item(i)).title.text()
        for i in range(page.modules.count())
    ]


def test_an_edit_while_the_library_is_open_is_shown(
    qtbot: QtBot, starter_library, starter: Path
) -> None:  # type: ignore[no-untyped-def]
    library = starter_library
    assert "The complaint line" in _module_titles(library)
    text = starter / "modules" / "complaint-line" / "en.md"
    text.write_text(text.read_text().replace("title: The complaint line", "title: Call the line"))
    qtbot.waitUntil(lambda: "Call the line" in _module_titles(library), timeout=10000)
    # Pictures are watched too.
    images = starter / "modules" / "complaint-line" / "images"
    assert str(images) in library.watchers[0].watched_paths()


def test_an_edit_made_while_the_app_was_closed_is_shown_at_the_next_start(
    qtbot: QtBot, prepared_app, data_dir: Path, starter: Path
) -> None:  # type: ignore[no-untyped-def]
    window, ctx = open_library(qtbot, prepared_app, data_dir, starter)
    assert "The complaint line" in _module_titles(window)
    close_library(window, ctx)
    # The curricula as loaded are kept, so the next start lists them without parsing again...
    assert list(ctx.paths.scan_cache_dir.glob("*.json"))
    text = starter / "modules" / "complaint-line" / "en.md"
    text.write_text(text.read_text().replace("title: The complaint line", "title: Call the line"))
    # ...but only while nothing changed: this start reads the edited file.
    window, ctx = open_library(qtbot, prepared_app, data_dir, starter)
    assert "Call the line" in _module_titles(window)
    close_library(window, ctx)


def test_one_modules_bad_picture_leaves_the_others_teachable(
    qtbot: QtBot, starter_library, starter: Path
) -> None:  # type: ignore[no-untyped-def]
    library = starter_library
    page = library.curriculum_page
    text = starter / "modules" / "heat-safety" / "en.md"
    text.write_text(text.read_text().replace("images/heat.svg", "images/no-such-picture.svg", 1))
    qtbot.waitUntil(lambda: not page.problem_list.isHidden(), timeout=10000)
    assert library.pages.currentWidget() is page
    assert len(_module_titles(library)) >= 3
    assert page.problems_toggle.text().startswith("Hide the 1 mistake")
    ids = [page.modules.item(i).data(256) for i in range(page.modules.count())]
    if "heat-safety" in ids:
        page.modules.setCurrentRow(ids.index("heat-safety"))
        assert not page.present.isEnabled() and "mistakes" in page.present.toolTip()
    page.modules.setCurrentRow(ids.index("rights"))
    assert page.present.isEnabled()
    # The list folds away.
    page.problems_toggle.click()
    assert page.problem_list.isHidden() and page.problems_toggle.text().startswith("Show")


@pytest.mark.parametrize("lang", ["en", "es", "ht", "bn"])
def test_the_library_fits_a_1024x768_screen(starter_library, lang: str) -> None:  # type: ignore[no-untyped-def]
    translations = starter_library.context.translations
    translations.switch(lang)
    try:
        hint = starter_library.minimumSizeHint()
    finally:
        translations.switch("en")  # the app is shared with the tests that follow
    assert hint.width() <= 1024 and hint.height() <= 728, (lang, hint)


def test_the_consoles_error_panel_folds(qtbot: QtBot, presenter, mini_curriculum: Path) -> None:  # type: ignore[no-untyped-def]
    console = presenter.console
    text = mini_curriculum / "modules" / "water" / "en.md"
    text.write_text(text.read_text().replace("---\ntitle", "---\ntitel", 1))
    qtbot.waitUntil(lambda: console.error_panel.isVisibleTo(console), timeout=10000)
    assert console.error_list.isVisibleTo(console)
    console.error_fold.click()
    assert not console.error_list.isVisibleTo(console)
    assert console.error_title.isVisibleTo(console)
    assert console.error_fold.text() == "Show the list"


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_the_consoles_error_panel_leaves_the_slide_room_to_teach_from(
    qtbot: QtBot, presenter, mini_curriculum: Path, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    console = presenter.console
    console.showNormal()
    console.resize(*size)
    p = presenter.presentation
    p.go(p.text.questions[0].index)  # the quiz panel up: the tallest the console gets
    text = mini_curriculum / "modules" / "water" / "en.md"
    text.write_text(text.read_text().replace("---\ntitle", "---\ntitel", 1))
    qtbot.waitUntil(lambda: console.error_list.isVisibleTo(console), timeout=10000)
    qtbot.wait(50)  # the layout settles

    # Open, the list of mistakes never takes more of the console than the room's slide.
    assert console.current.height() >= console.error_list.height(), (
        console.current.size(),
        console.error_list.size(),
    )
    # The side column still fits: nothing in it is drawn over the next slide or another.
    side = [
        console.next_stage.parentWidget(),
        console.shared_note,
        console.notes,
        console.auto_advance_label,
        console.screen_choice,
        console.swap_button,
    ]
    spans = sorted(
        (w.mapTo(console, w.rect().topLeft()).y(), w.mapTo(console, w.rect().bottomLeft()).y())
        for w in side
        if w.isVisibleTo(console)
    )
    for (_, bottom), (top, _) in zip(spans, spans[1:], strict=False):
        assert bottom < top, spans
