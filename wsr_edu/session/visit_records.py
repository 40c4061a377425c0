"""Where a kiosk visit goes: each answer as it is given, then the visit when it ends."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from ..records.model import FeedbackAnswer
from .writer import Writer

if TYPE_CHECKING:
    from ..records.model import KioskAnswer
    from ..records.repository import Records

KIOSK_GROUP = "kiosk"
"""The group name kiosk visits are stored under, so reports can tell them from classes."""
KIOSK_UNFINISHED_GROUP = "kiosk (unfinished)"
"""The group of a visit that ended before the complaint-line card: walked away, or cut off
by a power failure. It counts as a visit, with its answers, and never carries a code."""
DEFAULT_SITE = "kiosk"


@dataclass(frozen=True)
class AnswerRecord:
    question_id: str
    chosen: tuple[int, ...]
    correct: bool


@dataclass(frozen=True)
class GivenAnswer:
    """One answer handed over the moment it is given, so a power cut cannot lose it."""

    visit_key: str
    """Ties the answer to its visit until the visit ends; kept in memory only, never stored."""
    curriculum_id: str
    curriculum_version: str
    module_id: str
    language: str
    answer: AnswerRecord
    answered_at: datetime
    site: str = ""
    started_at: datetime | None = None
    """When the visit began: the start of the unfinished visit its first answer opens."""


@dataclass(frozen=True)
class Visit:
    """One worker's time with one module, handed over when it ends."""

    curriculum_id: str
    curriculum_version: str
    module_id: str
    language: str
    started_at: datetime
    ended_at: datetime
    completed: bool
    """True when the worker reached the complaint-line card at the end of the module."""
    answers: tuple[AnswerRecord, ...] = ()
    code: str | None = None
    """The worker's pseudonymous code, only when the admin allows codes and one was entered."""
    site: str = ""
    key: str = ""
    """The visit key its answers were handed over with (empty: none were handed over)."""

    @property
    def correct(self) -> int:
        return sum(a.correct for a in self.answers)


class KioskRecorder(Protocol):
    def record_answer(self, given: GivenAnswer) -> None: ...

    def record_visit(self, visit: Visit) -> None: ...

    def record_feedback(self, given: FeedbackAnswer) -> None: ...


class MemoryRecorder:
    """Keeps visits in memory: for tests, and for a kiosk whose database cannot be opened."""

    def __init__(self) -> None:
        self.answers: list[GivenAnswer] = []
        self.visits: list[Visit] = []
        self.feedback: list[FeedbackAnswer] = []

    def record_answer(self, given: GivenAnswer) -> None:
        self.answers.append(given)

    def record_visit(self, visit: Visit) -> None:
        self.visits.append(visit)

    def record_feedback(self, given: FeedbackAnswer) -> None:
        self.feedback.append(given)


class QueuedRecorder:
    """Hands every answer and visit to the one serial writer, so the kiosk never waits.

    The records are opened on the writer's thread at the first write (`open_inner`). Jobs run
    in the order given, so a visit's answers are written before the visit. A write that fails
    (the database cannot be opened, the disk is full) is kept here and tried again before the
    next one, so nothing a worker answered is dropped while the kiosk runs; `failures` keeps
    the messages for the log.
    """

    def __init__(self, writer: Writer, open_inner: Callable[[], KioskRecorder]) -> None:
        self.writer = writer
        self._open_inner = open_inner
        self._inner: KioskRecorder | None = None
        self._unsaved: list[GivenAnswer | Visit | FeedbackAnswer] = []
        """Owned by the writer's thread: written items are removed, failed ones stay."""
        self.failures: list[str] = []

    def record_answer(self, given: GivenAnswer) -> None:
        self.writer.run(lambda: self._write(given), None, self._failed)

    def record_visit(self, visit: Visit) -> None:
        self.writer.run(lambda: self._write(visit), None, self._failed)

    def record_feedback(self, given: FeedbackAnswer) -> None:
        self.writer.run(lambda: self._write(given), None, self._failed)

    @property
    def unsaved(self) -> int:
        """How many answers and visits wait for a write that failed (read it after a flush)."""
        return len(self._unsaved)

    def _write(self, item: GivenAnswer | Visit | FeedbackAnswer) -> None:
        self._unsaved.append(item)
        if self._inner is None:
            self._inner = self._open_inner()
        from ..records.errors import RecordsError

        while self._unsaved:
            first = self._unsaved[0]
            try:
                if isinstance(first, GivenAnswer):
                    self._inner.record_answer(first)
                elif isinstance(first, FeedbackAnswer):
                    self._inner.record_feedback(first)
                else:
                    self._inner.record_visit(first)
            except RecordsError:
                raise  # storage trouble: kept, and tried again with the next write
            except Exception:
                self._unsaved.pop(0)  # not a storage problem: retrying would block the rest
                raise
            self._unsaved.pop(0)

    def _failed(self, exc: BaseException) -> None:
        self.failures.append(str(exc))
        print(
            f"wsr-edu kiosk: {len(self._unsaved)} answer(s) or visit(s) not saved yet, "
            f"kept to try again: {exc}",
            file=sys.stderr,
        )


class RecordsRecorder:
    """Stores answers and visits through the records layer.

    A visit's first answer opens its session at once, as an unfinished visit of one worker
    (group `KIOSK_UNFINISHED_GROUP`, a headcount of one, no code), already ended at that
    answer; each answer is written linked to it and moves its end. So a power cut in the
    middle of a visit loses nothing answered, and the visit still counts, as unfinished, with
    its answers, when the kiosk starts again. A completed visit becomes a session of the
    kiosk group (`KIOSK_GROUP`), marked by the worker's code when one was given. A visit that
    is not completed never carries the code, so a worker who walked away leaves nothing that
    points at them.

    Calls must come from one thread (the kiosk's writer thread): a visit's session and
    answers are kept here between its answers and its end.
    """

    def __init__(self, records: Records) -> None:
        self.records = records
        self._open: dict[str, tuple[str, dict[str, str]]] = {}
        """Visit key -> (session id, question id -> answer row id), for visits not ended."""

    def record_answer(self, given: GivenAnswer) -> None:
        opened = self._open.get(given.visit_key)
        if opened is None:
            session_id = self._start_session(given, given.started_at or given.answered_at)
            opened = self._open[given.visit_key] = (session_id, {})
        session_id, written = opened
        if given.answer.question_id in written:
            return  # the first answer to a question is the one that counts
        row_id = self.records.record_kiosk_answer(
            self._row(given, given.answer, session_id), answered_at=_local(given.answered_at)
        )
        written[given.answer.question_id] = row_id
        self.records.end_session(session_id, _local(given.answered_at))

    def record_visit(self, visit: Visit) -> None:
        opened = self._open.pop(visit.key, None) if visit.key else None
        if opened is None:
            if not visit.completed and not visit.answers:
                return  # nothing was answered: no visit to count
            opened = (self._start_session(visit, visit.started_at), {})
        session_id, written = opened
        for answer in visit.answers:
            if answer.question_id in written:
                continue
            # Not handed over when given (a caller without record_answer): written now.
            self.records.record_kiosk_answer(
                self._row(visit, answer, session_id), answered_at=_local(visit.ended_at)
            )
        if visit.completed:
            self.records.complete_kiosk_visit(session_id, KIOSK_GROUP, visit.code)
        self.records.end_session(session_id, _local(visit.ended_at))

    def record_feedback(self, given: FeedbackAnswer) -> None:
        """One more for this answer at this site on this day: a count, linked to no visit."""
        self.records.add_feedback_answer(replace(given, site=_site(given.site)))

    def _start_session(self, source: GivenAnswer | Visit, started_at: datetime) -> str:
        """A new unfinished visit of one worker, with no code."""
        from ..records.model import PrivacyMode, SessionSetup

        setup = SessionSetup(
            _site(source.site),
            source.curriculum_id,
            source.curriculum_version,
            source.module_id,
            source.language,
            group=KIOSK_UNFINISHED_GROUP,
            privacy_mode=PrivacyMode.HEADCOUNT,
        )
        session = self.records.start_session(setup, started_at=_local(started_at))
        self.records.set_headcount(session.id, 1)
        return session.id

    @staticmethod
    def _row(
        source: GivenAnswer | Visit, answer: AnswerRecord, session_id: str | None
    ) -> KioskAnswer:
        from ..records.model import KioskAnswer

        return KioskAnswer(
            source.curriculum_id,
            source.curriculum_version,
            source.module_id,
            source.language,
            answer.question_id,
            answer.chosen,
            answer.correct,
            _site(source.site),
            session_id,
        )


def _site(site: str) -> str:
    return site.strip() or DEFAULT_SITE


def _local(moment: datetime) -> datetime:
    """Naive local wall-clock time, the form the records keep."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
