"""The anonymous feedback at the end of a kiosk visit, by taps and by ear, into real records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.curriculum.feedback_helpers import add_feedback
from tests.kiosk.fixtures import kiosk_store, narrated_mini, write_tone
from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.kiosk.assets import spoken_file, tone_file
from wsr_edu.kiosk.config import KioskConfig
from wsr_edu.session.visit_records import MemoryRecorder, QueuedRecorder, RecordsRecorder
from wsr_edu.ui.kiosk.feedback import FeedbackScreen
from wsr_edu.ui.kiosk.question import CardState
from wsr_edu.ui.kiosk.screens import CompletionScreen, WelcomeScreen
from wsr_edu.ui.tasks import TaskRunner

from .conftest import tap


def _curriculum_with_feedback(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The mini fixture, narrated, with two feedback questions recorded in Spanish."""
    narrated_mini(tmp_path)
    folder = add_feedback(tmp_path / "mini")
    voices: dict[str, Path] = {}
    for n, name in enumerate(
        ["understood", "understood.a", "understood.b", "number", "number.a", "number.b"]
    ):
        voices[name] = write_tone(folder / "narration" / "es" / f"{name}.wav", freq=500 + 30 * n)
    result = load_curriculum(tmp_path / "mini")
    assert result.ok, [p.format() for p in result.problems]
    return result.curriculum, voices


def _through_the_lesson(window) -> None:  # type: ignore[no-untyped-def]
    lesson = window.lesson
    assert lesson is not None
    while window.lesson is lesson and not window.walk.at_end:
        if window.walk.waiting_for_answer:
            tap(lesson.question_view.skip_button)
        else:
            tap(lesson.next_button)


def test_feedback_is_heard_then_chosen_and_tallied_by_day_only(  # type: ignore[no-untyped-def]
    kiosks, tmp_path, player, records, qtbot
) -> None:
    curriculum, voices = _curriculum_with_feedback(tmp_path)
    store = kiosk_store(tmp_path / "kiosk.json", KioskConfig(site="Camp 3"))
    runner = TaskRunner()
    writer = QueuedRecorder(runner, lambda: RecordsRecorder(records))
    window = kiosks.open([curriculum], store, player=player, recorder=writer)
    window.choose_language("es")
    _through_the_lesson(window)

    # After the last slide: the first feedback question, spoken, before the end card.
    screen = window.current_screen
    assert isinstance(screen, FeedbackScreen)
    assert player.current == spoken_file("es", "skip")  # the lesson's last question was skipped
    qtbot.waitUntil(lambda: player.current == voices["understood"], timeout=10000)
    view = screen.view
    assert view is not None and view.title.text() == "¿Entendiste?"
    assert [c.letter for c in view.choices] == ["A", "B"]
    assert all(c.picture.valid for c in view.choices), "every answer shows its face"
    assert not view.feedback.isVisible() and view.skip_button.isVisible()

    # First tap on a card says it and lights it; nothing is counted yet.
    tap(view.choices[1])
    assert player.current == voices["understood.b"]
    assert view.choices[1].state is CardState.HEARD
    tap(view.choices[0])
    assert player.current == voices["understood.a"]
    assert view.choices[0].state is CardState.HEARD and view.choices[1].state is CardState.IDLE
    assert runner.wait(10000) and records.feedback_tallies() == []
    tap(view.choose_button)  # "choose" answers with the card heard last

    # The second question comes at once, spoken; a second tap on a card answers it.
    assert screen.view is not view and screen.view is not None
    assert player.current == voices["number"]
    second = screen.view
    tap(second.choices[1])
    assert player.current == voices["number.b"]
    tap(screen.repeat_button)
    assert player.current == voices["number"]
    assert second.choices[1].state is CardState.HEARD, "hearing the question again keeps it lit"
    tap(second.choices[1])

    # Then the end card, with its praise and number.
    assert isinstance(window.current_screen, CompletionScreen)
    assert player.current == tone_file("right")
    qtbot.waitUntil(lambda: window.audio.current is None, timeout=15000)
    played = window.audio.played
    start = played.index(voices["understood"])
    assert played[start : start + 8] == [
        voices["understood"],
        voices["understood.b"],
        voices["understood.a"],
        voices["number"],
        voices["number.b"],
        voices["number"],
        tone_file("right"),
        spoken_file("es", "done"),
    ]
    tap(window.current_screen.finish_button)
    assert isinstance(window.current_screen, WelcomeScreen)
    assert runner.close() and writer.failures == [] and writer.unsaved == 0

    tallies = records.feedback_tallies()
    assert sorted((t.question_id, t.answer, t.count) for t in tallies) == [
        ("number", "b", 1),
        ("understood", "a", 1),
    ]
    for tally in tallies:
        assert (tally.site, tally.language, tally.session_id) == ("Camp 3", "es", None)
        assert tally.day == date.today() and tally.curriculum_id == "mini"
    [session] = records.list_sessions()
    assert session.headcount == 1, "the visit counts on its own, apart from the feedback"


def test_skipping_every_question_counts_nothing(kiosks, tmp_path, player, qtbot) -> None:  # type: ignore[no-untyped-def]
    curriculum, voices = _curriculum_with_feedback(tmp_path)
    recorder = MemoryRecorder()
    window = kiosks.open(
        [curriculum], kiosk_store(tmp_path / "kiosk.json"), player=player, recorder=recorder
    )
    window.choose_language("es")
    _through_the_lesson(window)
    screen = window.current_screen
    assert isinstance(screen, FeedbackScreen)
    tap(screen.view.skip_button)
    assert player.current == spoken_file("es", "skip")
    qtbot.waitUntil(lambda: player.current == voices["number"], timeout=10000)
    tap(screen.view.skip_button)
    assert isinstance(window.current_screen, CompletionScreen)
    assert recorder.feedback == [] and [v.completed for v in recorder.visits] == [True]


def test_without_feedback_the_end_card_follows_the_lesson(kiosks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    curriculum = narrated_mini(tmp_path)
    assert curriculum.feedback is None
    window = kiosks.open([curriculum], kiosk_store(tmp_path / "kiosk.json"))
    window.choose_language("en")
    _through_the_lesson(window)
    assert isinstance(window.current_screen, CompletionScreen)
