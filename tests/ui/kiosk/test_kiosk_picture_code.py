"""A worker enters their card code by its three pictures, by taps and by ear, in real records."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel

from tests.kiosk.fixtures import kiosk_store, narrated_mini
from wsr_edu.kiosk.assets import PICTURE_WORDS, spoken_file, tone_file
from wsr_edu.kiosk.config import KioskConfig
from wsr_edu.records.codes import PICTURES, code_pictures
from wsr_edu.session.visit_records import QueuedRecorder, RecordsRecorder
from wsr_edu.ui.kiosk.app import code_finder
from wsr_edu.ui.kiosk.picture_code import PictureCodeScreen
from wsr_edu.ui.kiosk.screens import CodeScreen, CompletionScreen, ModulesScreen, WelcomeScreen
from wsr_edu.ui.kiosk.style import style_sheet, unit
from wsr_edu.ui.tasks import TaskRunner

from .conftest import tap


def _word(lang: str, index: int) -> Path:
    path = spoken_file(lang, f"picture-{PICTURES[index]}")
    assert path is not None, (lang, index)
    return path


def test_every_picture_has_a_name_and_a_voice_in_every_kiosk_language() -> None:
    for lang, words in PICTURE_WORDS.items():
        assert len(words) == len(PICTURES) and len(set(words)) == len(words), lang
        for i in range(len(PICTURES)):
            assert _word(lang, i).stat().st_size > 1000
        for name in ("code-pictures", "code-not-found", "code-found"):
            assert spoken_file(lang, name) is not None, (lang, name)


def test_a_code_entered_by_pictures_joins_the_visit_to_that_card(  # type: ignore[no-untyped-def]
    kiosks, tmp_path, player, records, qtbot
) -> None:
    curriculum = narrated_mini(tmp_path)
    # Cards printed on this laptop: their codes are known here, so pictures can name them.
    printed = records.issue_codes(records.new_codes(3))
    code = printed[1]
    pictures = code_pictures(code)
    store = kiosk_store(tmp_path / "kiosk.json", KioskConfig(site="Camp 3", allow_codes=True))
    runner = TaskRunner()
    writer = QueuedRecorder(runner, lambda: RecordsRecorder(records))
    window = kiosks.open(
        [curriculum],
        store,
        player=player,
        recorder=writer,
        find_code=code_finder(runner, lambda: records),
    )
    welcome = window.current_screen
    assert isinstance(welcome, WelcomeScreen)
    tap(welcome.buttons["es"])
    tap(welcome.buttons["es"])
    modules = window.current_screen
    assert isinstance(modules, ModulesScreen) and modules.code_button is not None
    tap(modules.code_button)

    # The picture keypad: its instruction is said at once, in the worker's language.
    screen = window.current_screen
    assert isinstance(screen, PictureCodeScreen)
    assert player.current == spoken_file("es", "code-pictures")
    assert [k.label.text() for k in screen.keys] == list(PICTURE_WORDS["es"])

    # Three wrong pictures: each is named as it is tapped, then "not right, try again".
    known = {code_pictures(c) for c in printed}
    wrong = next(
        (a, b, c) for a in range(16) for b in range(16) for c in range(16) if (a, b, c) not in known
    )
    for index in wrong:
        tap(screen.keys[index])
        assert player.current == _word("es", index)
        assert screen.keys[index].property("lit"), "the key is lit while its name is said"
    qtbot.waitUntil(lambda: screen.wrong, timeout=10000)
    assert [slot.wrong for slot in screen.slots] == [True, True, True], "crossed out"
    # (The interface is not switched in this test; the pictures' names are the worker's.)
    assert screen.message.text() == (
        "These pictures are not right. Look at your card and try again."
    )
    assert window.walk.code is None and window.current_screen is screen
    qtbot.waitUntil(lambda: window.audio.current is None, timeout=15000)
    assert window.audio.played[-3:] == [
        _word("es", wrong[2]),
        tone_file("wrong"),
        spoken_file("es", "code-not-found"),
    ]
    # Nothing on the screen names any code that exists.
    shown = " ".join(label.text() for label in window.findChildren(QLabel))
    assert not any(c in shown for c in printed)

    # The right pictures, with a slip taken back by Undo on the way.
    slip = (pictures[1] + 1) % len(PICTURES)
    tap(screen.keys[pictures[0]])
    assert [s.picture is not None for s in screen.slots] == [True, False, False]
    tap(screen.keys[slip])
    tap(screen.undo)
    assert screen.chosen == [pictures[0]]
    tap(screen.keys[pictures[1]])
    tap(screen.keys[pictures[2]])
    qtbot.waitUntil(lambda: isinstance(window.current_screen, ModulesScreen), timeout=10000)
    assert window.walk.code == code
    modules = window.current_screen
    assert modules.code_button is not None
    # Found by pictures: the button shows the pictures and "My code", never the letters.
    assert modules.code_button.text() == "My code" and code not in modules.code_button.text()
    assert player.current == tone_file("right")
    assert window.audio.queue[0] == spoken_file("es", "code-found")

    # The lesson, by taps: the visit ends at the complaint-line card.
    tap(modules.tiles[0])
    tap(modules.tiles[0])
    lesson = window.lesson
    assert lesson is not None
    while not isinstance(window.current_screen, CompletionScreen):
        if window.walk.slide.question is not None and not window.walk.answers:
            tap(lesson.question_view.choices[1])
            tap(lesson.question_view.choices[1])
        tap(lesson.next_button)
    tap(window.current_screen.finish_button)
    assert isinstance(window.current_screen, WelcomeScreen) and window.code_pictures is None
    assert runner.close() and writer.failures == [] and writer.unsaved == 0

    sessions = records.list_sessions()
    assert len(sessions) == 1
    marks = records.attendance(sessions[0].id)
    assert [m.code for m in marks] == [code], "the visit is in that card's record"
    assert sessions[0].privacy_mode.value == "codes"


def test_without_the_records_only_letters_can_be_typed(kiosks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = kiosk_store(tmp_path / "kiosk.json", KioskConfig(allow_codes=True))
    window = kiosks.open([narrated_mini(tmp_path)], store)
    window.choose_language("en")
    window.show_code()
    assert isinstance(window.current_screen, CodeScreen)


@pytest.mark.parametrize("size", [QSize(1024, 768), QSize(1366, 768)], ids=str)
@pytest.mark.parametrize("lang", sorted(PICTURE_WORDS))
def test_every_picture_name_fits_its_key(qtbot, prepared_app, lang: str, size: QSize) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    holder = QWidget()
    holder.setObjectName("kiosk")
    holder.setStyleSheet(style_sheet(unit(size)))
    qtbot.addWidget(holder)
    screen = PictureCodeScreen(lang, holder)
    screen.set_unit(unit(size))
    holder.resize(size)
    screen.resize(size)
    holder.show()
    qtbot.waitExposed(holder)
    screen.not_found()  # the longest message shows
    for key in screen.keys:
        label = key.label
        assert label.sizeHint().width() <= label.width(), (lang, label.text())
        assert label.sizeHint().height() <= label.height() + 1, (lang, label.text())
        assert key.pictogram.height() >= 60, "the picture stays big"
    for button in (screen.cancel_button, screen.undo, screen.letters_button):
        assert button.sizeHint().width() <= button.width(), button.text()
        assert button.geometry().bottom() < size.height()
    assert screen.message.heightForWidth(screen.message.width()) <= screen.message.height()


def test_pictures_find_nothing_when_the_records_cannot_be_read(qtbot, prepared_app, capsys) -> None:  # type: ignore[no-untyped-def]
    from wsr_edu.records.errors import RecordsError

    def broken():  # type: ignore[no-untyped-def]
        raise RecordsError("the disk is gone")

    runner = TaskRunner()
    got: list[str | None] = []
    code_finder(runner, broken)((0, 1, 2), got.append)
    qtbot.waitUntil(lambda: got == [None], timeout=5000)
    assert runner.close()
    assert "could not look the pictures up: the disk is gone" in capsys.readouterr().err
