"""A worker's whole visit with real sound on the dummy audio driver, stored in real records."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.kiosk.fixtures import kiosk_store, narrated_mini, write_tone
from wsr_edu.kiosk.assets import prompt_file, spoken_file, tone_file
from wsr_edu.kiosk.config import KioskConfig
from wsr_edu.narration.sources import find_narration
from wsr_edu.session.visit_records import MemoryRecorder, QueuedRecorder, RecordsRecorder
from wsr_edu.ui.kiosk.question import CardState
from wsr_edu.ui.kiosk.screens import CompletionScreen, ModulesScreen, WelcomeScreen
from wsr_edu.ui.tasks import TaskRunner
from wsr_edu.ui.theme import choice_style

from .conftest import tap


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
    qtbot.waitUntil(lambda: bool(ended), timeout=15000)
    assert window.audio.current is None and not window.audio.busy


def _lit(screen) -> list[str]:  # type: ignore[no-untyped-def]
    return [code for code, button in screen.buttons.items() if button.property("lit")]


def test_a_whole_visit_by_taps_and_by_ear(kiosks, tmp_path, player, records, qtbot) -> None:  # type: ignore[no-untyped-def]
    curriculum = narrated_mini(tmp_path)
    module = curriculum.modules[0]
    folder = module.narration_dir("es")
    # Recorded voices for the Spanish title and each choice, each a tone of its own.
    title = write_tone(folder / "_title.wav", freq=620)
    choice_voices = [
        write_tone(folder / f"q-when.{c}.wav", freq=700 + 40 * i) for i, c in enumerate("ab")
    ]
    explanation = write_tone(folder / "q-when.why.wav", freq=880)
    # Codes allowed: the lesson list shows even with one lesson.
    store = kiosk_store(tmp_path / "kiosk.json", KioskConfig(site="Camp 3", allow_codes=True))
    runner = TaskRunner()
    writer = QueuedRecorder(runner, lambda: RecordsRecorder(records))
    window = kiosks.open([curriculum], store, player=player, recorder=writer)

    # Welcome: each language's prompt plays while its button is lit, one after the other.
    welcome = window.current_screen
    assert isinstance(welcome, WelcomeScreen) and list(welcome.buttons) == ["en", "es"]
    assert player.current == prompt_file("en") and _lit(welcome) == ["en"]
    qtbot.waitUntil(lambda: player.current == prompt_file("es"), timeout=15000)
    assert _lit(welcome) == ["es"]
    _wait_for_end(window, qtbot)
    assert _lit(welcome) == [], "nothing is lit once the prompts end"
    assert window.audio.played == [prompt_file("en"), prompt_file("es")]

    # A tap on a language says its prompt again, lit; the second tap chooses it.
    tap(welcome.buttons["es"])
    assert window.current_screen is welcome and window.walk.language is None
    assert player.current == prompt_file("es") and _lit(welcome) == ["es"]
    assert welcome.buttons["es"].property("heard")
    tap(welcome.buttons["es"])
    assert window.walk.language == "es"

    # The lessons: each tile's title is said while the tile is lit; tap to hear, tap to start.
    tiles = window.current_screen
    assert isinstance(tiles, ModulesScreen) and len(tiles.tiles) == 1
    assert player.current == title and tiles.tiles[0].property("lit")
    _wait_for_end(window, qtbot)
    assert not tiles.tiles[0].property("lit")
    tap(tiles.tiles[0])
    assert window.lesson is None and player.current == title, "the first tap only says it"
    tap(tiles.tiles[0])
    lesson = window.lesson
    assert lesson is not None

    text = module.text("es")
    for slide in text.slides:
        assert window.walk.slide == slide
        narration = find_narration(module, "es", slide.id).path
        assert narration is not None and player.current == narration, slide.id
        if slide.question is None:
            _wait_for_end(window, qtbot)
            tap(lesson.next_button)
            continue
        # Next does not pass a question by in silence: it says how to answer.
        tap(lesson.next_button)
        assert window.walk.slide == slide
        assert player.current == spoken_file("es", "answer-first")
        view = lesson.question_view
        # The cards carry the group quiz's letters, shapes and colours.
        assert [(c.letter, c.style_) for c in view.choices] == [
            ("A", choice_style(0)),
            ("B", choice_style(1)),
        ]
        # First tap on each card: its own voice, and it is highlighted; nothing is answered.
        for i in (1, 0):
            tap(view.choices[i])
            assert player.current == choice_voices[i]
            assert view.choices[i].state is CardState.HEARD
            assert window.walk.answers == {} and not view.feedback.isVisible()
        assert view.choices[1].state is CardState.IDLE
        qtbot.waitUntil(lambda: window.audio.current is None, timeout=5000)
        assert window.audio.played[-2:] == choice_voices[::-1]
        # Second tap on the heard card answers with it: tone, spoken feedback, then the why.
        tap(view.choices[0])
        assert view.feedback.isVisible() and view.correct is False
        assert view.choices[0].state is CardState.WRONG
        assert view.choices[1].state is CardState.RIGHT
        assert player.current == tone_file("wrong")
        _wait_for_end(window, qtbot)
        assert window.audio.played[-3:] == [
            tone_file("wrong"),
            spoken_file("es", "wrong"),
            explanation,
        ]
        assert runner.wait(10000)
        assert _answer_rows(records)[0][:2] == (slide.id, "0"), "written the moment it was given"
        tap(lesson.next_button)

    # The end: praise, then the complaint number said digit by digit in Spanish.
    assert isinstance(window.current_screen, CompletionScreen)
    number, hours, _langs, note = window.current_screen.card.lines()
    assert (number, hours, note) == ("555-0199", "24/7", "Gratis y confidencial.")
    digits = [spoken_file("es", f"digit-{d}") for d in "5550199"]
    assert all(digits)
    assert player.current == tone_file("right")
    assert window.audio.queue == [spoken_file("es", "done"), *digits]
    _wait_for_end(window, qtbot)
    assert window.audio.played[-9:] == [tone_file("right"), spoken_file("es", "done"), *digits]
    tap(window.current_screen.finish_button)
    assert isinstance(window.current_screen, WelcomeScreen)
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


def test_skip_is_spoken_and_moves_on(kiosks, tmp_path, player, qtbot) -> None:  # type: ignore[no-untyped-def]
    curriculum = narrated_mini(tmp_path)
    recorder = MemoryRecorder()
    window = kiosks.open(
        [curriculum], kiosk_store(tmp_path / "kiosk.json"), player=player, recorder=recorder
    )
    window.choose_language("es")
    lesson = window.lesson
    while window.walk.slide.question is None:
        tap(lesson.next_button)
    tap(lesson.question_view.skip_button)
    assert window.walk.at_end and window.walk.skipped == {"q-when"}
    assert isinstance(window.current_screen, CompletionScreen)
    assert spoken_file("es", "skip") in window.audio.played
    tap(window.current_screen.finish_button)
    assert [(v.completed, v.answers) for v in recorder.visits] == [(True, ())]


def test_still_there_is_asked_in_the_workers_language(kiosks, tmp_path, player) -> None:  # type: ignore[no-untyped-def]
    curriculum = narrated_mini(tmp_path)
    window = kiosks.open([curriculum], kiosk_store(tmp_path / "kiosk.json"), player=player)
    window.choose_language("es")
    window.on_idle()
    assert window.still_there.isVisible()
    assert player.current == spoken_file("es", "still-there")


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
    tap(lesson.question_view.choices[1])
    tap(lesson.question_view.choices[1])
    assert player.current == tone_file("right")
    qtbot.waitUntil(lambda: player.current == question_audio, timeout=10000)
    _wait_for_end(window, qtbot)
    assert window.audio.played[-3:] == [
        tone_file("right"),
        spoken_file("en", "right"),
        question_audio,
    ]


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
        if not window.walk.next():
            window.walk.skip()
    lesson.show_current()
    view = lesson.question_view
    question = window.walk.slide.question
    assert view.check_button.isVisible() and not view.check_button.isEnabled()
    for i in question.correct_indexes:
        tap(view.choices[i])  # heard
        assert view.choices[i].state is CardState.HEARD
        tap(view.choices[i])  # picked
        assert view.choices[i].state is CardState.MARKED
    assert view.check_button.isEnabled() and not view.feedback.isVisible()
    tap(view.check_button)
    assert view.feedback.isVisible() and view.correct is True and view.glyph.name == "check"
