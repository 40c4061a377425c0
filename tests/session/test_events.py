"""The session's event stream: what storage receives from a group session."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wsr_edu.session.events import (
    COMPLAINT_CARD,
    AnswerRevealed,
    CountsEntered,
    LanguageChanged,
    SessionEnded,
    SessionEvent,
    SessionEvents,
    SessionStarted,
    SlideShown,
)


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def test_a_session_reaches_every_sink_in_order() -> None:
    events = SessionEvents(clock=_Clock())
    received: list[SessionEvent] = []
    events.subscribe(received.append)
    events.start("mini", "2.1.0", "water", "en")
    events.slide("water", 0)
    events.language("es")
    events.slide("q-when", 2)
    events.counts("q-when", (False, True), (2, 10))
    events.reveal("q-when", (False, True))
    events.slide(COMPLAINT_CARD, 3)
    ended = events.end()

    assert [type(e) for e in received] == [
        SessionStarted,
        SlideShown,
        LanguageChanged,
        SlideShown,
        CountsEntered,
        AnswerRevealed,
        SlideShown,
        SessionEnded,
    ]
    assert received == events.log
    assert isinstance(ended, SessionEnded)
    assert ended.started.module_id == "water"
    assert ended.languages == ("en", "es")
    assert ended.slides_seen == 2
    assert ended.complaint_card_shown
    assert ended.minutes == pytest.approx(7)
    (question,) = ended.tallies
    assert question.counts == [2, 10] and question.revealed
    assert not events.active


def test_a_failing_sink_does_not_stop_the_others() -> None:
    events = SessionEvents()
    received: list[SessionEvent] = []

    def broken(event: SessionEvent) -> None:
        raise OSError("disk full")

    events.subscribe(broken)
    events.subscribe(received.append)
    events.start("mini", "1", "water", "en")
    assert len(received) == 1
    assert isinstance(events.sink_failures[0][1], OSError)


def test_unsubscribe_and_events_outside_a_session() -> None:
    events = SessionEvents()
    received: list[SessionEvent] = []
    unsubscribe = events.subscribe(received.append)
    events.slide("water", 0)
    events.counts("q", (True, False), (1, 0))
    assert received == []
    assert events.end() is None
    events.start("mini", "1", "water", "en")
    unsubscribe()
    events.end()
    assert len(received) == 1


def test_starting_again_ends_the_previous_session_and_clears_counts() -> None:
    events = SessionEvents()
    events.start("mini", "1", "water", "en")
    events.counts("q", (True, False), (3, 1))
    events.start("mini", "1", "water", "es")
    assert isinstance(events.log[-2], SessionEnded)
    assert len(events.tally) == 0
