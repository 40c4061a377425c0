"""Where a kiosk visit goes when it ends: a small port, with the records database behind it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
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

    @property
    def correct(self) -> int:
        return sum(a.correct for a in self.answers)


class KioskRecorder(Protocol):
    def record_visit(self, visit: Visit) -> None: ...


class MemoryRecorder:
    """Keeps visits in memory: for tests, and for a kiosk whose database cannot be opened."""

    def __init__(self) -> None:
        self.visits: list[Visit] = []

    def record_visit(self, visit: Visit) -> None:
        self.visits.append(visit)


class RecordsRecorder:
    """Stores visits through the records layer.

    A completed visit becomes a closed session of the kiosk group with one worker contact:
    a headcount of one, or the worker's code when one was given; its answers belong to it.
    An unfinished visit keeps only its answers, with no session and no code, so a worker who
    walked away leaves nothing that points at them.
    """

    def __init__(self, records: Records) -> None:
        self.records = records

    def record_visit(self, visit: Visit) -> None:
        from ..records.model import KioskAnswer, PrivacyMode, SessionSetup

        site = visit.site.strip() or DEFAULT_SITE
        session_id: str | None = None
        if visit.completed:
            mode = PrivacyMode.CODES if visit.code else PrivacyMode.HEADCOUNT
            setup = SessionSetup(
                site,
                visit.curriculum_id,
                visit.curriculum_version,
                visit.module_id,
                visit.language,
                group=KIOSK_GROUP,
                privacy_mode=mode,
            )
            session = self.records.start_session(setup, started_at=_local(visit.started_at))
            session_id = session.id
            if visit.code:
                self.records.mark_attendance(session_id, code=visit.code)
            else:
                self.records.set_headcount(session_id, 1)
        for answer in visit.answers:
            self.records.record_kiosk_answer(
                KioskAnswer(
                    visit.curriculum_id,
                    visit.curriculum_version,
                    visit.module_id,
                    visit.language,
                    answer.question_id,
                    answer.chosen,
                    answer.correct,
                    site,
                    session_id,
                )
            )
        if session_id is not None:
            self.records.end_session(session_id, _local(visit.ended_at))


def _local(moment: datetime) -> datetime:
    """Naive local wall-clock time, the form the records keep."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
