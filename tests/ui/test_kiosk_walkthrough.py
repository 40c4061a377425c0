"""A worker's whole visit with real sound on the dummy audio driver, stored in real records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.kiosk.fixtures import KioskFactory, kiosk_store, narrated_mini, write_tone
from wsr_edu.kiosk.assets import prompt_file, tone_file
from wsr_edu.kiosk.config import KioskConfig
from wsr_edu.narration.player import PlayerState
from wsr_edu.narration.sources import find_narration
from wsr_edu.paths import AppPaths
from wsr_edu.session.visit_records import QueuedRecorder, RecordsRecorder
from wsr_edu.ui.kiosk.screens import CompletionScreen, WelcomeScreen
from wsr_edu.ui.tasks import TaskRunner


@pytest.fixture
def kiosks(qtbot, prepared_app) -> Iterator[KioskFactory]:  # type: ignore[no-untyped-def]
    factory = KioskFactory(qtbot)
    yield factory
    factory.close_all()


@pytest.fixture
def player():  # type: ignore[no-untyped-def]
    from wsr_edu.narration.playback import create_player

    created = create_player(0.5)
    if not created.available:
        pytest.skip(f"no audio, even with the dummy driver: {created.unavailable_reason}")
    yield created
    created.close()


@pytest.fixture
def records(tmp_path: Path):  # type: ignore[no-untyped-def]
    from wsr_edu.records.repository import Records

    opened = Records.open(AppPaths(tmp_path / "data").ensure(), backup_interval=None)
    yield opened
    opened.close()


def _answer_rows(records) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from wsr_edu.records.schema import kiosk_answers

    table = kiosk_answers.c
    with records.engine.connect() as conn:
        rows = conn.execute(select(table.question_id, table.chosen, table.session_id)).all()
    return [tuple(row) for row in rows]


def _wait_for_end(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ended: list[bool] = []
    window.audio.finished.connect(lambda: ended.append(True))
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert window.audio.current is None and not window.audio.busy


def test_full_visit_with_real_audio(kiosks, tmp_path, player, records, qtbot) -> None:  # type: ignore[no-untyped-def]
    curriculum = narrated_mini(tmp_path)
    module = curriculum.modules[0]
    # A recorded explanation of the Spanish question, a tone unlike every slide's.
    explanation = write_tone(module.narration_dir("es") / "q-when.why.wav", freq=880)
    store = kiosk_store(tmp_path / "kiosk.json", KioskConfig(site="Camp 3"))
    # The app's one writer, as `wsr-edu kiosk` runs it.
    runner = TaskRunner()
    writer = QueuedRecorder(runner, lambda: RecordsRecorder(records))
    window = kiosks.open([curriculum], store, player=player, recorder=writer)

    # The welcome screen says "choose your language" in each language, one after another.
    assert isinstance(window.screen, WelcomeScreen)
    assert list(window.screen.buttons) == ["en", "es"]
    assert window.screen.buttons["es"].text() == "Español"
    assert window.audio.current == prompt_file("en")
    assert window.audio.queue == [prompt_file("es")]
    window.audio.stop()

    QTest.mouseClick(window.screen.buttons["es"], Qt.MouseButton.LeftButton)
    lesson = window.lesson
    assert lesson is not None, "one module only: it starts without a choice"
    text = module.text("es")
    for slide in text.slides:
        assert window.walk.slide == slide
        expected = find_narration(module, "es", slide.id).path
        assert expected is not None and window.audio.current == expected, slide.id
        if slide.question is None:
            # Real playback of the short file ends by itself and the queue reports it.
            _wait_for_end(window, qtbot)
        else:
            wrong = next(i for i, c in enumerate(slide.question.choices) if not c.correct)
            QTest.mouseClick(lesson.question_view.choices[wrong], Qt.MouseButton.LeftButton)
            view = lesson.question_view
            assert view.feedback.isVisible() and view.correct is False
            assert view.glyph.name == "cross", "feedback is shown by a shape, not colour alone"
            assert view.word.text() and view.why.text() == slide.question.why
            # The tone, then the spoken "why": its own recording, not the question again.
            assert player.current == tone_file("wrong")
            qtbot.waitUntil(lambda: player.current == explanation, timeout=5000)
            assert player.state is PlayerState.PLAYING
            _wait_for_end(window, qtbot)
            assert window.audio.played[-2:] == [tone_file("wrong"), explanation]
            assert expected not in window.audio.played[-2:]
            right = slide.question.correct_indexes[0]
            QTest.mouseClick(view.choices[right], Qt.MouseButton.LeftButton)
            assert window.walk.answers[slide.id].chosen == (wrong,), "the first answer counts"
            # Written as given, before the visit ends: a power cut now would not lose it.
            assert runner.wait(10000)
            assert _answer_rows(records) == [(slide.id, str(wrong), None)]
        QTest.mouseClick(lesson.next_button, Qt.MouseButton.LeftButton)

    assert isinstance(window.screen, CompletionScreen)
    number, hours, _langs, note = window.screen.card.lines()
    assert (number, hours, note) == ("555-0199", "24/7", "Gratis y confidencial.")
    QTest.mouseClick(window.screen.finish_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.screen, WelcomeScreen)
    assert runner.close() and writer.failures == [] and writer.unsaved == 0

    sessions = records.list_sessions()
    assert len(sessions) == 1
    assert (sessions[0].site, sessions[0].language, sessions[0].headcount) == ("Camp 3", "es", 1)
    assert records.attendance(sessions[0].id) == [], "no code entered: nothing names the worker"
    results = records.question_results()
    assert [(r.question_id, r.kiosk_responses, r.kiosk_correct) for r in results] == [
        ("q-when", 1, 0)
    ]
    assert _answer_rows(records) == [("q-when", "0", sessions[0].id)], "linked to the visit"


def test_back_and_repeat(kiosks, tmp_path, player) -> None:  # type: ignore[no-untyped-def]
    curriculum = narrated_mini(tmp_path)
    window = kiosks.open([curriculum], kiosk_store(tmp_path / "kiosk.json"), player=player)
    window.choose_language("en")
    lesson = window.lesson
    assert not lesson.back_button.isEnabled()
    QTest.mouseClick(lesson.next_button, Qt.MouseButton.LeftButton)
    second = window.audio.current
    window.audio.stop()
    QTest.mouseClick(lesson.repeat_button, Qt.MouseButton.LeftButton)
    assert window.audio.current == second
    QTest.mouseClick(lesson.back_button, Qt.MouseButton.LeftButton)
    assert window.walk.index == 0
    assert window.audio.current == find_narration(curriculum.modules[0], "en", "water").path


def test_without_a_spoken_explanation_the_question_is_heard_again(
    kiosks, tmp_path, player, qtbot
) -> None:  # type: ignore[no-untyped-def]
    curriculum = narrated_mini(tmp_path)
    module = curriculum.modules[0]
    assert module.text("en").slide("q-when").question.why, "the fixture question has a Why:"
    window = kiosks.open([curriculum], kiosk_store(tmp_path / "kiosk.json"), player=player)
    window.choose_language("en")
    lesson = window.lesson
    while window.walk.slide.question is None:
        lesson.go_next()
    question_audio = find_narration(module, "en", "q-when").path
    QTest.mouseClick(lesson.question_view.choices[1], Qt.MouseButton.LeftButton)
    assert player.current == tone_file("right")
    qtbot.waitUntil(lambda: player.current == question_audio, timeout=5000)
    _wait_for_end(window, qtbot)
    assert window.audio.played[-2:] == [tone_file("right"), question_audio]


def test_missing_prompt_plays_nothing_and_carries_on(kiosks, tmp_path, player) -> None:  # type: ignore[no-untyped-def]
    curriculum = narrated_mini(tmp_path)
    window = kiosks.open([curriculum], kiosk_store(tmp_path / "kiosk.json"), player=player)
    broken = tmp_path / "broken.ogg"
    broken.write_bytes(b"OggS not really")
    window.audio.play([None, broken, prompt_file("es")])
    assert window.audio.current == prompt_file("es")
    assert [p for p, _ in window.audio.skipped][-1] == broken


def test_choose_all_that_apply(kiosks, tmp_path, starter_curriculum) -> None:  # type: ignore[no-untyped-def]
    from wsr_edu.curriculum.loader import load_curriculum

    curriculum = load_curriculum(starter_curriculum).curriculum
    window = kiosks.open([curriculum], kiosk_store(tmp_path / "kiosk.json"))
    window.choose_language("en")
    window.start_module(window.walk.modules()[0])
    lesson = window.lesson
    while window.walk.slide is not None and not (
        window.walk.slide.question and window.walk.slide.question.multiple
    ):
        lesson.go_next()
    view = lesson.question_view
    question = window.walk.slide.question
    assert view.check.isVisible() and not view.check.isEnabled()
    for i in question.correct_indexes:
        QTest.mouseClick(view.choices[i], Qt.MouseButton.LeftButton)
    assert view.check.isEnabled() and not view.feedback.isVisible()
    QTest.mouseClick(view.check, Qt.MouseButton.LeftButton)
    assert view.feedback.isVisible() and view.correct is True and view.glyph.name == "check"
