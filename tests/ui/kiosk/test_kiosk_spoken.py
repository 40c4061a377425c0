"""A worker's visit in a language that is spoken, not written: recordings and pictures only."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.curriculum.spoken import spoken_curriculum, tone_file
from tests.kiosk.fixtures import kiosk_store
from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.curriculum.spoken import welcome_prompt
from wsr_edu.kiosk.assets import prompt_file
from wsr_edu.kiosk.assets import tone_file as kiosk_tone
from wsr_edu.kiosk.config import KioskConfig
from wsr_edu.session.visit_records import QueuedRecorder, RecordsRecorder
from wsr_edu.ui.kiosk.question import CardState
from wsr_edu.ui.kiosk.screens import CompletionScreen, ModulesScreen, WelcomeScreen
from wsr_edu.ui.tasks import TaskRunner

from .conftest import tap


def _wait_for_end(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.audio.busy, timeout=15000)


def _shown_words(screen: QWidget) -> list[str]:
    words = []
    for widget in screen.findChildren(QWidget):
        if widget.isVisibleTo(screen) and isinstance(widget, QLabel | QAbstractButton):
            words.append(widget.text())
    for card in getattr(getattr(screen, "question_view", None), "choices", []) or []:
        words.append(card.text_)
    return [w for w in words if w.strip()]


def _spanish(module) -> list[str]:  # type: ignore[no-untyped-def]
    words = [module.text("es").title]
    for slide in module.text("es").slides:
        words += [slide.title, *slide.text.splitlines()]
        if slide.question is not None:
            words += [c.text for c in slide.question.choices] + [slide.question.why]
    return [w for w in words if w.strip()]


def test_a_whole_visit_in_a_spoken_language_by_taps(
    kiosks, tmp_path, player, records, qtbot
) -> None:  # type: ignore[no-untyped-def]
    folder = spoken_curriculum(tmp_path)
    loaded = load_curriculum(folder)
    assert loaded.ok, [p.format() for p in loaded.problems]
    curriculum = loaded.curriculum
    module = curriculum.modules[0]
    recorded = module.narration_dir("mam")
    title = tone_file(recorded / "_title.ogg", 640)
    welcome_file = welcome_prompt(curriculum, "mam")
    assert welcome_file == folder / "kiosk" / "mam" / "welcome.ogg"
    spanish = _spanish(module)

    store = kiosk_store(tmp_path / "kiosk.json", KioskConfig(site="Camp 3", allow_codes=True))
    runner = TaskRunner()
    writer = QueuedRecorder(runner, lambda: RecordsRecorder(records))
    window = kiosks.open([curriculum], store, player=player, recorder=writer)

    # Welcome: Mam is offered by its own recorded prompt and a picture, not a written name.
    welcome = window.current_screen
    assert isinstance(welcome, WelcomeScreen) and list(welcome.buttons) == ["en", "es", "mam"]
    mam = welcome.buttons["mam"]
    assert mam.text() == "" and mam.accessibleName() == "Qyol Mam"
    assert "Qyol Mam" not in _shown_words(welcome)
    _wait_for_end(window, qtbot)
    assert window.audio.played == [prompt_file("en"), prompt_file("es"), welcome_file]
    tap(mam)
    assert window.walk.language is None and player.current == welcome_file
    assert mam.property("heard")
    tap(mam)
    assert window.walk.language == "mam"

    # The lesson's tile: its picture, and its title heard.
    tiles = window.current_screen
    assert isinstance(tiles, ModulesScreen)
    assert not tiles.tiles[0].label.isVisibleTo(tiles) and tiles.heading.text() == ""
    assert player.current == title
    tap(tiles.tiles[0])
    tap(tiles.tiles[0])
    lesson = window.lesson
    assert lesson is not None

    for slide in module.text("mam").slides:
        assert window.walk.slide == slide
        assert player.current == recorded / f"{slide.id}.ogg", slide.id
        leaked = [w for w in spanish if any(w in shown for shown in _shown_words(lesson))]
        assert leaked == [], (slide.id, leaked)
        if slide.question is None:
            assert lesson.slide_view.pictures.isVisible()
            _wait_for_end(window, qtbot)
            tap(lesson.next_button)
            continue
        view = lesson.question_view
        assert view is not None and not view.title.isVisible() and not view.prompt.isVisible()
        assert [card.letter for card in view.choices] == ["A", "B"]
        # First tap: hear the choice (the person's recording); second tap: choose it.
        tap(view.choices[1])
        assert player.current == recorded / f"{slide.id}.b.ogg"
        assert view.choices[1].state is CardState.HEARD and window.walk.answers == {}
        tap(view.choices[1])
        assert view.correct is True and view.feedback.isVisible()
        assert not view.word.isVisible() and not view.why.isVisible()
        _wait_for_end(window, qtbot)
        # The tone, then the recorded explanation (no kiosk words exist in Mam).
        assert window.audio.played[-2:] == [kiosk_tone("right"), recorded / f"{slide.id}.why.ogg"]
        tap(lesson.next_button)

    done = window.current_screen
    assert isinstance(done, CompletionScreen)
    assert done.card.lines()[0] == "555-0199" and done.card.lines()[3] == ""
    _wait_for_end(window, qtbot)
    tap(done.finish_button)
    assert isinstance(window.current_screen, WelcomeScreen)
    assert runner.close() and writer.failures == [] and writer.unsaved == 0

    # Everything heard came from a person's recording, a shipped prompt or a tone.
    allowed = {recorded, welcome_file.parent, kiosk_tone("right").parent}
    assert all(p.parent in allowed or p == prompt_file(p.stem) for p in window.audio.played)
    sessions = records.list_sessions()
    assert [(s.site, s.language) for s in sessions] == [("Camp 3", "mam")]
    results = records.question_results()
    assert [(r.question_id, r.kiosk_responses, r.kiosk_correct) for r in results] == [
        ("q-when", 1, 1)
    ]


def test_a_spoken_language_without_its_welcome_is_still_offered(
    kiosks, tmp_path, player, qtbot
) -> None:  # type: ignore[no-untyped-def]
    folder = spoken_curriculum(tmp_path)
    (folder / "kiosk" / "mam" / "welcome.ogg").unlink()
    loaded = load_curriculum(folder)
    warnings = [p.format() for p in loaded.problems.warnings]
    assert any(
        "'mam' has no kiosk welcome recording (kiosk/mam/welcome.ogg)" in w for w in warnings
    )
    assert loaded.ok, "a missing welcome is a warning: the lessons can still be taught"
    window = kiosks.open([loaded.curriculum], kiosk_store(tmp_path / "k.json"), player=player)
    assert "mam" in window.current_screen.buttons
    _wait_for_end(window, qtbot)
    assert window.audio.played == [prompt_file("en"), prompt_file("es")]
