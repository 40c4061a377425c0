"""Presenting in a language that is spoken, not written: pictures for the room, text for the
facilitator, narration from recordings only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.curriculum.spoken import spoken_curriculum
from tests.ui.conftest import bring_up_console
from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.session.events import LanguageChanged, SessionStarted
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.presenter.controller import PresenterController

Key = Qt.Key


@pytest.fixture
def mini_curriculum(tmp_path: Path) -> Path:
    """The mini curriculum with Mam, spoken alongside Spanish, every part recorded."""
    return spoken_curriculum(tmp_path)


@pytest.fixture
def spoken_presenter(
    qtbot: QtBot, context: AppContext, mini_curriculum: Path, player
) -> Iterator[PresenterController]:  # type: ignore[no-untyped-def]
    context._player = player
    loaded = load_curriculum(mini_curriculum)
    assert loaded.ok and loaded.curriculum is not None, [p.format() for p in loaded.problems]
    controller = PresenterController(context, loaded.curriculum, "water", "mam")
    controller.start()
    bring_up_console(qtbot, controller)
    yield controller
    controller.stop()
    # The windows and the controller go now, on this thread, before the next test's app.
    controller.deleteLater()
    qtbot.wait(50)


def shown_words(window: QWidget) -> list[str]:
    """Every word a window shows or names: labels, buttons, accessible names, painted cards."""
    words: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            words.append(widget.text())
        words.append(widget.accessibleName())
        describe = getattr(widget, "describe", None)
        if callable(describe):
            words.append(describe())
    return [w for w in words if w.strip()]


def companion_words(controller: PresenterController) -> list[str]:
    """The Spanish the slides are written in, piece by piece."""
    text = controller.presentation.module.text("es")
    words = []
    for slide in text.slides:
        words += [slide.title, *slide.text.splitlines()]
        if slide.question is not None:
            words += [c.text for c in slide.question.choices]
            words.append(slide.question.why)
        words += [p.alt for p in slide.all_pictures]
    return [w for w in words if w.strip()]


def play_to_end(qtbot: QtBot, controller: PresenterController) -> None:
    qtbot.keyClick(controller.console.slide_list, Key.Key_N)
    narration = controller.narration
    assert narration.playing, narration.message
    qtbot.waitUntil(lambda: not narration.playing, timeout=10000)


def test_a_spoken_session_shows_pictures_and_plays_recordings(
    qtbot: QtBot, spoken_presenter: PresenterController
) -> None:
    c = spoken_presenter
    p = c.presentation
    events = c.context.session_events
    started = events.log[0]
    assert isinstance(started, SessionStarted) and started.language == "mam"
    recordings = p.module.narration_dir("mam")
    spanish = companion_words(c)
    seen = []
    while True:
        slide = p.slide
        if slide is None:
            break
        seen.append(slide.id)
        # The room sees no written Spanish; the facilitator's console reads it out.
        audience = shown_words(c.audience)
        leaked = [w for w in spanish if any(w in shown for shown in audience)]
        assert leaked == [], (slide.id, leaked)
        view = c.audience.stage.slide_view
        assert not view.title.isVisible() and not view.body.isVisible()
        assert view.pictures.isVisible() or view.quiz.isVisible()
        assert c.console.companion.toPlainText().startswith(slide.title)
        assert slide.title in c.console.slide_list.currentItem().text()
        play_to_end(qtbot, c)
        assert c.narration.played[-1] == recordings / f"{slide.id}.ogg"
        if slide.question is not None:
            for choice in slide.question.choices:
                assert f"{choice.letter()}: {choice.text}" in c.console.companion.toPlainText()
            qtbot.keyClick(c.console.slide_list, Key.Key_R)
            assert view.quiz.revealed and not view.why.isVisible()
            assert [w for w in spanish if any(w in s for s in shown_words(c.audience))] == []
            play_to_end(qtbot, c)
            assert c.narration.played[-1] == recordings / f"{slide.id}.why.ogg"
        qtbot.keyClick(c.console.slide_list, Key.Key_Right)
    assert seen == list(p.module.text("es").slide_ids)
    # Recordings only: every file played is a person's recording in Mam.
    assert c.narration.played
    assert all(path.parent == recordings for path in c.narration.played)
    # The card ends the module: its number, no words in another language.
    card = c.audience.stage.card
    assert card.isVisible() and "555-0199" in card.describe()
    assert "Gratis" not in card.describe() and "Free" not in card.describe()


def test_l_switches_into_and_out_of_the_spoken_language(
    qtbot: QtBot, spoken_presenter: PresenterController
) -> None:
    c = spoken_presenter
    p = c.presentation
    assert p.languages == ["en", "es", "mam"]
    assert [c.console.language.itemText(i) for i in range(c.console.language.count())][-1] == (
        "Qyol Mam"
    )
    qtbot.keyClick(c.console.slide_list, Key.Key_Right)
    qtbot.keyClick(c.console.slide_list, Key.Key_L)  # mam -> en, on the same slide
    assert p.language == "en" and p.slide is not None and p.slide.id == "rest"
    assert c.audience.stage.slide_view.title.text() == "Rest"
    assert c.audience.stage.slide_view.title.isVisibleTo(c.audience)
    assert c.console.companion.toPlainText() == ""
    qtbot.keyClick(c.console.slide_list, Key.Key_L)
    qtbot.keyClick(c.console.slide_list, Key.Key_L)  # es -> mam
    assert p.language == "mam" and p.slide is not None and p.slide.id == "rest"
    assert not c.audience.stage.slide_view.title.isVisible()
    changes = [e.language for e in c.context.session_events.log if isinstance(e, LanguageChanged)]
    assert changes == ["en", "es", "mam"]


def test_a_missing_recording_is_not_replaced_by_a_generated_voice(
    qtbot: QtBot, spoken_presenter: PresenterController
) -> None:
    c = spoken_presenter
    module = c.presentation.module
    (module.narration_dir("mam") / "water.ogg").unlink()
    generated = module.path / "narration" / "generated" / "mam"
    generated.mkdir(parents=True)
    (generated / "water.ogg").write_bytes((module.narration_dir("mam") / "rest.ogg").read_bytes())
    c.narration._ready.clear()
    qtbot.keyClick(c.console.slide_list, Key.Key_N)
    assert not c.narration.playing and c.narration.played == []
    assert "mam is spoken, not written" in c.narration.message


def test_the_console_shows_the_companion_text_when_it_has_its_own_screen(
    qtbot: QtBot, spoken_presenter: PresenterController
) -> None:
    c = spoken_presenter
    console = c.console
    # The test platform has one screen, so the console's private panels are hidden, as the
    # notes are; with a screen of its own both show.
    assert not console.companion.isVisibleTo(console)
    assert console.companion_heading.text() == "To say (from the Español text)"
    assert "Toma un vaso de agua" in console.companion.toPlainText()
    assert QApplication.instance() is not None


def test_a_recorded_session_in_the_spoken_language_keeps_its_code(
    qtbot: QtBot, library, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import answer_start_dialog
    from wsr_edu.narration.player import NullPlayer
    from wsr_edu.records.repository import Records
    from wsr_edu.ui.session.start_dialog import StartSessionDialog

    context._player = NullPlayer()  # this is about the records; the sound is tested above

    page = library.curriculum_page
    page.language.setCurrentIndex(page.language.findData("mam"))

    def fill(dialog: StartSessionDialog) -> None:
        dialog.site.setText("North field")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    with qtbot.waitSignal(library.presenter_started, timeout=5000):
        answer_start_dialog(fill)
        qtbot.keyClick(page.modules, Key.Key_F5)
    controller = library.presenter
    assert controller.presentation.language == "mam"
    console = controller.console
    qtbot.waitUntil(lambda: console.attendance_button.isVisibleTo(console), timeout=10000)
    if library.desk.attendance_window is not None:
        library.desk.attendance_window.close()
    with Records.open(context.paths, backup_interval=None) as records:
        (session,) = records.open_sessions()
    assert (session.module_id, session.language) == ("water", "mam")
