"""Writes a presented session to the records as it happens: counts when entered, the end time."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...quiz.events import CountsEntered, SessionEnded, SessionEvent, SessionEvents, SlideShown

if TYPE_CHECKING:
    from ...records.model import TrainingSession
    from ...records.repository import Records

TOUCH_EVERY_SECONDS = 60.0
"""How often moving between slides is noted, so a crashed session ends near its real end."""


class SessionRecorder:
    """Subscribes to the session events of one presentation and stores what must be kept.

    Every write is committed before the call returns. A write that fails (a full disk, a
    database that went away) is reported through `on_error` and never stops the class.
    """

    def __init__(
        self,
        records: Records,
        session: TrainingSession,
        events: SessionEvents,
        on_error: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.records = records
        self.session = session
        self.on_error = on_error
        self._clock = clock
        self._last_touch = clock()
        self.ended = False
        self._unsubscribe = events.subscribe(self._on_event)

    def restore_counts(self, events: SessionEvents, patterns: dict[str, tuple[bool, ...]]) -> int:
        """Put counts stored earlier (a resumed session) back into the live tally."""
        stored = self._safely(lambda: self.records.quiz_counts(self.session.id)) or {}
        restored = 0
        for question_id, counts in stored.items():
            pattern = patterns.get(question_id)
            if pattern is not None and len(pattern) == len(counts):
                events.tally.set_counts(question_id, pattern, counts)
                restored += 1
        return restored

    def _on_event(self, event: SessionEvent) -> None:
        if isinstance(event, CountsEntered):
            correct = [i for i, right in enumerate(event.answer_pattern) if right]
            self._safely(
                lambda: self.records.record_quiz_counts(
                    self.session.id, event.question_id, event.counts, correct=correct
                )
            )
        elif isinstance(event, SlideShown):
            if self._clock() - self._last_touch >= TOUCH_EVERY_SECONDS:
                self._last_touch = self._clock()
                self._safely(lambda: self.records.touch_session(self.session.id))
        elif isinstance(event, SessionEnded):
            self._unsubscribe()
            if self._safely(lambda: self.records.end_session(self.session.id)) is not None:
                self.ended = True

    def _safely(self, write: Callable[[], object]) -> object | None:
        from ...records.errors import RecordsError

        try:
            result = write()
        except RecordsError as exc:
            self.on_error(str(exc))
            return None
        return result if result is not None else True
