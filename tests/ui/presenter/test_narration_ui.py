"""Narration in the presenter: N plays and pauses, the state says why when there is none."""

from __future__ import annotations

import struct
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wsr_edu.narration.player import NullPlayer, PlayerState


def without_sound(presenter, reason: str) -> None:  # type: ignore[no-untyped-def]
    """Stand the presenter's player in for one without a sound device.

    The real one starts on a worker thread when the session starts; asking for it waits
    until it has, so the stand-in is not replaced by it afterwards.
    """
    assert presenter.narration.player is not None
    presenter.narration._player = NullPlayer(reason)


def write_tone(path: Path, seconds: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    rate = 22050
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = int(rate * seconds)
        out.writeframes(b"".join(struct.pack("<h", (i % 50) * 400 - 10000) for i in range(frames)))


def test_without_a_sound_device_the_reason_is_shown(
    qtbot: QtBot, presenter, mini_curriculum: Path
) -> None:  # type: ignore[no-untyped-def]
    write_tone(mini_curriculum / "modules" / "water" / "narration" / "en" / "water.wav", 0.2)
    without_sound(presenter, "no speakers on this test machine")
    qtbot.keyClick(presenter.console.slide_list, Qt.Key.Key_N)
    assert "no speakers on this test machine" in presenter.console.narration_state.text()


def test_a_slide_without_narration_says_what_to_do(qtbot: QtBot, presenter) -> None:  # type: ignore[no-untyped-def]
    without_sound(presenter, "unused")
    presenter.presentation.go(1)
    state = presenter.console.narration_state.text()
    assert state.startswith("No narration:") and "wsr-edu narrate" in state


def test_recording_plays_pauses_and_advances(
    qtbot: QtBot, presenter, mini_curriculum: Path
) -> None:  # type: ignore[no-untyped-def]
    write_tone(mini_curriculum / "modules" / "water" / "narration" / "en" / "water.wav", 0.3)
    presenter.presentation.go(1)
    presenter.presentation.go(0)
    assert "Recording ready" in presenter.console.narration_state.text()
    player = presenter.narration.player
    if not player.available:
        pytest.skip(f"no audio output here: {player.unavailable_reason}")
    console = presenter.console
    qtbot.keyClick(console.slide_list, Qt.Key.Key_N)
    assert player.state is PlayerState.PLAYING
    assert "playing, recording" in console.narration_state.text()
    qtbot.keyClick(console.slide_list, Qt.Key.Key_N)
    assert player.state is PlayerState.PAUSED
    assert "paused" in console.narration_state.text()
    console.auto_advance.setChecked(True)
    assert presenter.context.settings.auto_advance
    qtbot.keyClick(console.slide_list, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: presenter.presentation.index == 1, timeout=5000)
    assert player.state is PlayerState.STOPPED


def _question_with_audio(presenter, mini: Path, explanation: bool) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    folder = mini / "modules" / "water" / "narration" / "en"
    question, why = folder / "q-when.wav", folder / "q-when.why.wav"
    write_tone(question, 0.3)
    if explanation:
        write_tone(why, 0.3)
    presenter.presentation.go(2)
    assert presenter.presentation.slide.question is not None
    return question, why


def test_after_the_reveal_n_plays_the_spoken_explanation(
    qtbot: QtBot, presenter, mini_curriculum: Path
) -> None:  # type: ignore[no-untyped-def]
    question, why = _question_with_audio(presenter, mini_curriculum, explanation=True)
    player = presenter.narration.player
    if not player.available:
        pytest.skip(f"no audio output here: {player.unavailable_reason}")
    console = presenter.console
    assert "Recording ready" in console.narration_state.text()
    qtbot.keyClick(console.slide_list, Qt.Key.Key_N)
    assert player.state is PlayerState.PLAYING and player.current == question

    qtbot.keyClick(console.slide_list, Qt.Key.Key_R)
    assert presenter.presentation.revealed(presenter.presentation.slide)
    # Revealing stops the question; what N plays next is the explanation.
    assert player.state is PlayerState.STOPPED
    assert "Explanation ready" in console.narration_state.text()
    qtbot.keyClick(console.slide_list, Qt.Key.Key_N)
    assert player.state is PlayerState.PLAYING and player.current == why
    assert "Explanation playing, recording" in console.narration_state.text()

    qtbot.keyClick(console.slide_list, Qt.Key.Key_R)  # hide the answer again
    qtbot.keyClick(console.slide_list, Qt.Key.Key_N)
    assert player.current == question


def test_after_the_reveal_without_an_explanation_n_plays_the_question(
    qtbot: QtBot, presenter, mini_curriculum: Path
) -> None:  # type: ignore[no-untyped-def]
    question, why = _question_with_audio(presenter, mini_curriculum, explanation=False)
    player = presenter.narration.player
    if not player.available:
        pytest.skip(f"no audio output here: {player.unavailable_reason}")
    console = presenter.console
    qtbot.keyClick(console.slide_list, Qt.Key.Key_R)
    assert "Recording ready" in console.narration_state.text()
    qtbot.keyClick(console.slide_list, Qt.Key.Key_N)
    assert player.state is PlayerState.PLAYING and player.current == question
    assert not why.exists()


def read_ahead_from_the_first_slide(qtbot: QtBot, presenter, mini_curriculum: Path) -> Path:  # type: ignore[no-untyped-def]
    """Recordings of the first two slides, read ahead while the first is up; their folder.

    The read-ahead runs once the slide has painted and stayed up.
    """
    folder = mini_curriculum / "modules" / "water" / "narration" / "en"
    write_tone(folder / "water.wav", 0.2)
    write_tone(folder / "rest.wav", 0.2)
    player = presenter.narration.player
    if not player.available:
        pytest.skip(f"no audio output here: {player.unavailable_reason}")
    presenter.presentation.go(1)
    presenter.presentation.go(0)
    qtbot.waitUntil(lambda: presenter.narration.is_ready("rest"), timeout=5000)
    return folder


def test_the_next_slides_audio_is_ready_before_it_is_needed(
    qtbot: QtBot, presenter, mini_curriculum: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = read_ahead_from_the_first_slide(qtbot, presenter, mini_curriculum)
    player = presenter.narration.player
    # The USB stick is pulled before the next slide: its audio was already read and checked.
    (folder / "rest.wav").unlink()
    presenter.presentation.go(1)
    qtbot.keyClick(presenter.console.slide_list, Qt.Key.Key_N)
    assert player.state is PlayerState.PLAYING


def test_the_complaint_card_is_narrated(qtbot: QtBot, presenter, mini_curriculum: Path) -> None:  # type: ignore[no-untyped-def]
    console = presenter.console
    qtbot.keyClick(console.slide_list, Qt.Key.Key_C)
    assert "no recording of the complaint card" in console.narration_state.text()
    card = mini_curriculum / "modules" / "water" / "narration" / "en" / "complaint-card.wav"
    write_tone(card, 2.0)
    qtbot.keyClick(console.slide_list, Qt.Key.Key_C)
    qtbot.keyClick(console.slide_list, Qt.Key.Key_C)
    assert "Recording ready" in console.narration_state.text()
    player = presenter.narration.player
    if not player.available:
        pytest.skip(f"no audio output here: {player.unavailable_reason}")
    qtbot.keyClick(console.slide_list, Qt.Key.Key_N)
    assert player.state is PlayerState.PLAYING and player.current == card


def test_the_sound_library_starts_off_the_gui_thread(qtbot: QtBot, presenter) -> None:  # type: ignore[no-untyped-def]
    import threading

    from wsr_edu.ui.presenter.narration import NarrationControl

    made_on: list[str] = []

    def factory() -> NullPlayer:
        made_on.append(threading.current_thread().name)
        return NullPlayer("a player made for this check")

    control = NarrationControl(presenter.presentation, factory)
    control.warm_up()
    qtbot.waitUntil(lambda: bool(made_on), timeout=5000)
    assert made_on == ["audio-start"]
    assert control.player.unavailable_reason == "a player made for this check"
    assert made_on == ["audio-start"]  # made once
    # Reading ahead runs on its own thread too, after the slide has painted.
    future = control.preload()
    assert future is not None
    future.result(timeout=5)
    control.close()


def test_clicking_quickly_past_slides_reads_none_of_them_ahead(
    qtbot: QtBot, presenter, mini_curriculum: Path
) -> None:  # type: ignore[no-untyped-def]
    # Each slide's audio is read and decoded once the slide stays up, never during the
    # change itself: a facilitator clicking through to the question reads only its audio.
    folder = mini_curriculum / "modules" / "water" / "narration" / "en"
    for name in ("water", "rest", "q-when"):
        write_tone(folder / f"{name}.wav", 0.2)
    player = presenter.narration.player
    if not player.available:
        pytest.skip(f"no audio output here: {player.unavailable_reason}")
    console = presenter.console
    qtbot.keyClick(console.slide_list, Qt.Key.Key_Right)  # to "rest"
    qtbot.keyClick(console.slide_list, Qt.Key.Key_Right)  # to the question
    assert not presenter.narration.is_ready("rest")  # not read during the changes
    qtbot.waitUntil(lambda: presenter.narration.is_ready("q-when"), timeout=5000)
    assert not presenter.narration.is_ready("rest")  # passed on the way: never read
    qtbot.keyClick(console.slide_list, Qt.Key.Key_N)
    assert player.state is PlayerState.PLAYING and player.current == folder / "q-when.wav"


def test_after_an_edit_the_slides_audio_is_read_ahead_again(
    qtbot: QtBot, presenter, mini_curriculum: Path
) -> None:  # type: ignore[no-untyped-def]
    # An edit reloads the module and forgets what was read ahead (a recording may have come
    # or gone); the slide's audio is then read again, without the slide having to change.
    read_ahead_from_the_first_slide(qtbot, presenter, mini_curriculum)
    page = presenter.presentation.module.path / "en.md"
    page.write_text(page.read_text(encoding="utf-8").replace("## Rest", "## Rest well"), "utf-8")
    # The reload swaps the text and forgets what was read ahead in one go; what is ready
    # after it was read again.
    qtbot.waitUntil(lambda: presenter.presentation.slide_at(1).title == "Rest well", timeout=5000)
    qtbot.waitUntil(lambda: presenter.narration.is_ready("rest"), timeout=5000)


def test_the_next_slides_narration_is_looked_up_off_the_gui_thread(
    qtbot: QtBot, library, mini_curriculum: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A look for a slide's audio is several file-system calls (slow on a USB stick): the
    read-ahead makes it while the slide is up, so turning the slide makes none."""
    import threading

    from tests.ui.conftest import answer_start_dialog, bring_up_console
    from wsr_edu.ui.presenter import narration

    folder = mini_curriculum / "modules" / "water" / "narration" / "en"
    write_tone(folder / "water.wav", 0.2)
    write_tone(folder / "rest.wav", 0.2)
    looked_from: list[str] = []
    real = narration.find_narration

    def find(*args, **kwargs):  # type: ignore[no-untyped-def]
        looked_from.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(narration, "find_narration", find)
    with qtbot.waitSignal(library.presenter_started, timeout=5000):
        answer_start_dialog(lambda dialog: dialog.practice_button.click())
        qtbot.keyClick(library.curriculum_page.modules, Qt.Key.Key_F5)
    presenter = library.presenter
    bring_up_console(qtbot, presenter)
    if not presenter.narration.player.available:
        pytest.skip(f"no audio output here: {presenter.narration.player.unavailable_reason}")
    qtbot.waitUntil(lambda: presenter.narration.is_ready("rest"), timeout=5000)
    looked_from.clear()
    qtbot.keyClick(presenter.console.slide_list, Qt.Key.Key_Right)
    assert presenter.narration.message == "Recording ready (N to play)"
    assert threading.main_thread().name not in looked_from
    presenter.stop()
