"""A presented group session written to the records as it happens, through the one writer."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .events import (
    CountsEntered,
    SessionEnded,
    SessionEvent,
    SessionEvents,
    SessionStarted,
    SlideShown,
)
from .writer import Writer

if TYPE_CHECKING:
    from ..records.model import SessionSetup, TrainingSession
    from ..records.repository import Records

TOUCH_EVERY_SECONDS = 60.0
"""How often moving between slides is noted, so a crashed session ends near its real end."""


class SessionRecorder:
    """Subscribes to the events of one presentation and hands what must be kept to the writer.

    Nothing here touches the database itself: each write is a job for the one serial writer
    (`writer.run`), which runs it on its own thread in the order given, so the session is
    opened before its counts are written and the counts before its end. `on_error` and
    `on_started` are called where the writer delivers results (the GUI thread in the app).
    A write that fails (a full disk, a database that went away) is reported and never stops
    the class.
    """

    def __init__(
        self,
        writer: Writer,
        records: Callable[[], Records],
        events: SessionEvents,
        on_error: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.writer = writer
        self._records = records
        self.on_error = on_error
        self._clock = clock
        self._last_touch = clock()
        self.session: TrainingSession | None = None
        """The session as the records hold it, once the writer has opened it."""
        self._session_id: str | None = None
        """Set on the writer's thread before any later job runs (jobs run in order)."""
        self.ended = False
        self.failed = False
        self._events = events
        self._unsubscribe: Callable[[], None] | None = None

    # Opening ---------------------------------------------------------------------------------
    def begin(
        self,
        setup: SessionSetup,
        names_allowed: bool,
        on_started: Callable[[TrainingSession], None] | None = None,
    ) -> None:
        """Open a new session in the records, then record every event that follows."""

        def start() -> TrainingSession:
            session = self._records().start_session(setup, names_allowed=names_allowed)
            self._session_id = session.id
            return session

        self._listen()
        self.writer.run(start, self._opened(on_started), self._failed)

    def resume(
        self,
        session: TrainingSession,
        on_counts: Callable[[dict[str, tuple[int, ...]]], object] | None = None,
    ) -> None:
        """Go on recording a session left open; `on_counts` gets the counts stored so far."""
        self.session = session
        self._session_id = session.id
        self._listen()
        self.writer.run(
            lambda: self._records().quiz_counts(session.id),
            on_counts or (lambda _counts: None),
            self._failed,
        )

    def _listen(self) -> None:
        if self._unsubscribe is None:
            self._unsubscribe = self._events.subscribe(self._on_event)

    def _opened(
        self, then: Callable[[TrainingSession], None] | None
    ) -> Callable[[TrainingSession], None]:
        def opened(session: TrainingSession) -> None:
            self.session = session
            if then is not None:
                then(session)

        return opened

    # Recording -------------------------------------------------------------------------------
    def _on_event(self, event: SessionEvent) -> None:
        if isinstance(event, SessionStarted):
            return
        if isinstance(event, CountsEntered):
            correct = [i for i, right in enumerate(event.answer_pattern) if right]
            question, counts = event.question_id, event.counts
            self._write(
                lambda records, sid: records.record_quiz_counts(
                    sid, question, counts, correct=correct
                )
            )
        elif isinstance(event, SlideShown):
            if self._clock() - self._last_touch >= TOUCH_EVERY_SECONDS:
                self._last_touch = self._clock()
                self._write(lambda records, sid: records.touch_session(sid))
        elif isinstance(event, SessionEnded):
            self.stop_listening()
            self._write(lambda records, sid: records.end_session(sid), self._closed)

    def record_feedback(
        self,
        question_id: str,
        counts: tuple[int, ...],
        *,
        curriculum_version: str,
        language: str,
    ) -> None:
        """The hands for each answer of a feedback question, kept for this session only (as
        counts); entered on the summary, so after the session's end as well as before it."""
        self._write(
            lambda records, sid: records.record_feedback_counts(
                sid, question_id, counts, curriculum_version=curriculum_version, language=language
            )
        )

    def record_headcount(self, count: int) -> None:
        """The number of people at the session, given on the summary after its end (a
        headcount forgotten in class), written after everything recorded before it."""
        self._write(lambda records, sid: records.set_headcount(sid, count))

    def stop_listening(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _write(
        self,
        job: Callable[[Records, str], Any],
        on_done: Callable[[Any], None] | None = None,
    ) -> None:
        def run() -> Any:
            if self._session_id is None:
                return None  # opening the session failed, and that was reported
            return job(self._records(), self._session_id)

        self.writer.run(run, on_done, self._failed)

    def _closed(self, ended: TrainingSession | None) -> None:
        if ended is not None:
            self.session = ended
            self.ended = True

    def _failed(self, exc: BaseException) -> None:
        from ..records.errors import RecordsError

        self.failed = True
        if isinstance(exc, RecordsError):
            self.on_error(str(exc))
        else:
            self.on_error(f"unexpected failure: {type(exc).__name__}: {exc}")
