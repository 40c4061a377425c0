"""A resumed session opens on the slide where it stopped, with its clock where it stopped."""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wsr_edu.paths import bundled_curricula_dir
from wsr_edu.records.model import PrivacyMode, SessionSetup
from wsr_edu.records.repository import Records
from wsr_edu.session.position import Position, load_position, position_file, save_position
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.session.start_dialog import StartSessionDialog

from ..conftest import answer_start_dialog

Key = Qt.Key


@pytest.fixture
def starter_context(prepared_app, data_dir: Path, tmp_path: Path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    from wsr_edu.ui.theme import apply_appearance

    source = tmp_path / "starter" / "wsr-basics"
    shutil.copytree(bundled_curricula_dir() / "wsr-basics", source)
    args = argparse.Namespace(data_dir=str(data_dir), curricula=[str(source)], database_url=None)
    ctx = AppContext.create(args)
    ctx.include_bundled = False
    apply_appearance(prepared_app, ctx.appearance)
    yield ctx
    ctx.close()


def _library(qtbot: QtBot, context: AppContext):  # type: ignore[no-untyped-def]
    from wsr_edu.ui.library.window import LibraryWindow

    window = LibraryWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.curricula_loaded, timeout=10000):
        window.show()
    return window


def test_a_recorded_session_notes_its_slide_as_it_goes(
    qtbot: QtBot, starter_context: AppContext
) -> None:
    library = _library(qtbot, starter_context)

    def fill(dialog: StartSessionDialog) -> None:
        dialog.site.setText("North field")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    with qtbot.waitSignal(library.presenter_started, timeout=5000):
        answer_start_dialog(fill)
        qtbot.keyClick(library.curriculum_page.modules, Key.Key_F5)
    controller = library.presenter
    qtbot.waitUntil(lambda: library.desk.attendance_window is not None, timeout=10000)
    with Records.open(starter_context.paths, backup_interval=None) as records:
        (session,) = records.open_sessions()
    path = position_file(starter_context.paths.data_dir, session.id)
    controller.presentation.go(6)
    qtbot.keyClick(controller.audience, Key.Key_L)
    starter_context.tasks.wait(10000)
    stored = load_position(path)
    assert stored is not None
    assert stored.index == 6 and stored.slide_id == controller.presentation.slide.id
    assert stored.language == controller.presentation.language != "en"
    # Ended properly, there is nothing left to resume.
    controller.stop()
    starter_context.tasks.wait(10000)
    qtbot.waitUntil(lambda: not path.exists(), timeout=5000)
    library.summary_window.close()
    library.close()


def test_resume_returns_to_slide_7_with_the_clock_kept(
    qtbot: QtBot, starter_context: AppContext
) -> None:
    with Records.open(starter_context.paths, backup_interval=None) as records:
        session = records.start_session(
            SessionSetup(
                site="Packing shed",
                curriculum_id="wsr-basics",
                curriculum_version=records_version(starter_context),
                module_id="rights",
                language="en",
                privacy_mode=PrivacyMode.HEADCOUNT,
            )
        )
    path = position_file(starter_context.paths.data_dir, session.id)
    assert path is not None
    from wsr_edu.curriculum.loader import load_curriculum

    curriculum = load_curriculum(starter_context.curricula_args[0]).curriculum
    assert curriculum is not None
    slides = curriculum.module("rights").text("en").slides
    assert len(slides) >= 11
    save_position(path, Position(slides[6].id, 6, "en", 754.0))
    # The app was killed here; it starts again and offers the session.
    library = _library(qtbot, starter_context)
    banner = library.resume_banner
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    with qtbot.waitSignal(library.presenter_started, timeout=5000):
        banner.resume_button.click()
    controller = library.presenter
    assert controller.presentation.index == 6
    assert controller.presentation.slide.id == slides[6].id
    assert controller.console.position.text().startswith(f"Slide 7 of {len(slides)}")
    assert controller.audience.stage.slide_view.title.text() == slides[6].title
    assert controller.console.elapsed_seconds() >= 754
    controller.console._tick()
    assert controller.console.elapsed.text().startswith("Elapsed 12:3")
    controller.stop()
    starter_context.tasks.wait(10000)
    library.summary_window.close()
    library.close()


def records_version(context: AppContext) -> str:
    from wsr_edu.curriculum.loader import load_curriculum

    curriculum = load_curriculum(context.curricula_args[0]).curriculum
    assert curriculum is not None
    return curriculum.version
