"""Authoring preview: edits on disk show up within a second, mistakes show in a panel."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from wsr_edu.ui.presenter.controller import PresenterController

RELOAD_MS = 5000  # generous for slow CI; the debounce itself is a quarter of a second


def en_file(controller: PresenterController) -> Path:
    return controller.presentation.module.path / "en.md"


def test_an_edit_reloads_and_keeps_the_slide(qtbot: QtBot, presenter: PresenterController) -> None:
    presenter.presentation.go(1)
    assert presenter.presentation.slide.id == "rest"
    # A new slide before the current one moves it down; the console must follow it by id.
    spanish = en_file(presenter).with_name("es.md")
    spanish.write_text(
        spanish.read_text(encoding="utf-8").replace(
            "## Descansa {#rest}",
            "## Sombra {#shade}\n\nBusca sombra.\n\n---\n\n## Descansa {#rest}",
        ),
        encoding="utf-8",
    )
    path = en_file(presenter)
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "## Rest {#rest}", "## Shade first {#shade}\n\nFind shade.\n\n---\n\n## Rest well {#rest}"
    )
    path.write_text(text, encoding="utf-8")
    qtbot.waitUntil(lambda: presenter.presentation.slide.title == "Rest well", timeout=RELOAD_MS)
    assert presenter.presentation.slide.id == "rest"
    assert presenter.presentation.index == 2
    assert presenter.audience.stage.slide_view.title.text() == "Rest well"
    assert presenter.console.slide_list.item(1).text() == "2. Shade first"
    assert not presenter.console.error_panel.isVisible()


def test_editor_replacing_the_file_is_still_watched(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    path = en_file(presenter)
    for title in ("Drink water now", "Drink water often"):
        # Save the way many editors do: write a new file, then rename it over the old one.
        temp = path.with_name(".en.md.swp")
        heading = f"## {presenter.presentation.slide.title} {{#water}}"
        temp.write_text(
            path.read_text(encoding="utf-8").replace(heading, f"## {title} {{#water}}"),
            encoding="utf-8",
        )
        os.replace(temp, path)
        qtbot.waitUntil(lambda t=title: presenter.presentation.slide.title == t, timeout=RELOAD_MS)
    assert str(path) in presenter.watcher.watched_paths()


def test_mistakes_show_in_the_panel_and_the_room_keeps_the_last_good_slide(
    qtbot: QtBot, presenter: PresenterController
) -> None:
    presenter.presentation.go(2)
    path = en_file(presenter)
    good = path.read_text(encoding="utf-8")
    broken = good.replace(
        "- [x] ![](images/water.svg) Every 15 minutes",
        "- [ ] ![](images/water.svg) Every 15 minutes",
    )
    path.write_text(broken, encoding="utf-8")
    console = presenter.console
    qtbot.waitUntil(console.error_panel.isVisible, timeout=RELOAD_MS)
    listed = console.error_list.as_text()
    assert "modules/water/en.md:" in listed
    assert "has no right answer" in listed
    assert "How to fix: mark each right choice" in listed
    # Still teaching from the version that loaded.
    assert presenter.presentation.slide.question.correct_indexes == (1,)
    assert presenter.audience.stage.slide_view.title.text() == "When do you drink?"

    path.write_text(good.replace("When do you drink?", "When should you drink?"), encoding="utf-8")
    qtbot.waitUntil(lambda: not console.error_panel.isVisible(), timeout=RELOAD_MS)
    assert presenter.audience.stage.slide_view.title.text() == "When should you drink?"
