"""Where a kiosk visit goes: each answer as it is given, then the visit when it ends."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from .writer import Writer

if TYPE_CHECKING:
    from ..records.model import KioskAnswer
    from ..records.repository import Records

KIOSK_GROUP = "kiosk"
"""The group name kiosk visits are stored under, so reports can tell them from classes."""
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


class MemoryRecorder:
    """Keeps visits in memory: for tests, and for a kiosk whose database cannot be opened."""

    def __init__(self) -> None:
        self.answers: list[GivenAnswer] = []
        self.visits: list[Visit] = []

    def record_answer(self, given: GivenAnswer) -> None:
        self.answers.append(given)

    def record_visit(self, visit: Visit) -> None:
        self.visits.append(visit)


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
        self._unsaved: list[GivenAnswer | Visit] = []
        """Owned by the writer's thread: written items are removed, failed ones stay."""
        self.failures: list[str] = []

    def record_answer(self, given: GivenAnswer) -> None:
        self.writer.run(lambda: self._write(given), None, self._failed)

    def record_visit(self, visit: Visit) -> None:
        self.writer.run(lambda: self._write(visit), None, self._failed)

    @property
    def unsaved(self) -> int:
        """How many answers and visits wait for a write that failed (read it after a flush)."""
        return len(self._unsaved)

    def _write(self, item: GivenAnswer | Visit) -> None:
        self._unsaved.append(item)
        if self._inner is None:
            self._inner = self._open_inner()
        from ..records.errors import RecordsError

        while self._unsaved:
            first = self._unsaved[0]
            try:
                if isinstance(first, GivenAnswer):
                    self._inner.record_answer(first)
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

    Each answer is written when it is given, anonymous and with no session: a power cut in
    the middle of a visit loses nothing that was answered. A completed visit then becomes a
    closed session of the kiosk group with one worker contact (a headcount of one, or the
    worker's code when one was given), and its answers are linked to it. An unfinished visit
    keeps only its answers, with no session and no code, so a worker who walked away leaves
    nothing that points at them.

    Calls must come from one thread (the kiosk's writer thread): the ids of a visit's
    answers are kept here between its answers and its end.
    """

    def __init__(self, records: Records) -> None:
        self.records = records
        self._written: dict[str, dict[str, str]] = {}
        """Visit key -> question id -> answer row id, for visits not ended yet."""

    def record_answer(self, given: GivenAnswer) -> None:
        written = self._written.setdefault(given.visit_key, {})
        if given.answer.question_id in written:
            return  # the first answer to a question is the one that counts
        row_id = self.records.record_kiosk_answer(
            self._row(given, given.answer, None), answered_at=_local(given.answered_at)
        )
        written[given.answer.question_id] = row_id

    def record_visit(self, visit: Visit) -> None:
        written = self._written.pop(visit.key, {}) if visit.key else {}
        session_id: str | None = None
        if visit.completed:
            session_id = self._start_session(visit)
        for answer in visit.answers:
            if answer.question_id in written:
                continue
            # Not handed over when given (a caller without record_answer): written now.
            self.records.record_kiosk_answer(
                self._row(visit, answer, session_id), answered_at=_local(visit.ended_at)
            )
        if session_id is not None:
            self.records.link_kiosk_answers(written.values(), session_id)
            self.records.end_session(session_id, _local(visit.ended_at))

    def _start_session(self, visit: Visit) -> str:
        from ..records.model import PrivacyMode, SessionSetup

        mode = PrivacyMode.CODES if visit.code else PrivacyMode.HEADCOUNT
        setup = SessionSetup(
            _site(visit.site),
            visit.curriculum_id,
            visit.curriculum_version,
            visit.module_id,
            visit.language,
            group=KIOSK_GROUP,
            privacy_mode=mode,
        )
        session = self.records.start_session(setup, started_at=_local(visit.started_at))
        if visit.code:
            self.records.mark_attendance(session.id, code=visit.code)
        else:
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
