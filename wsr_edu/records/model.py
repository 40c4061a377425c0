"""Plain frozen records handed out by the repository; no database object ever leaves it."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from .filters import SessionFilters as SessionFilters  # kept here too, where it always was


class PrivacyMode(enum.StrEnum):
    """How much a session records about who attended; the least is the default."""

    HEADCOUNT = "headcount"
    CODES = "codes"
    NAMES = "names"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    LEFT_EARLY = "left_early"
    EXCUSED = "excused"

    @property
    def attended(self) -> bool:
        """Whether the person was in the room for some of the session (a worker contact)."""
        return self is not AttendanceStatus.EXCUSED


ATTENDED_STATUSES: tuple[str, ...] = tuple(s.value for s in AttendanceStatus if s.attended)


@dataclass(frozen=True)
class SessionSetup:
    """What a facilitator fills in to start a session."""

    site: str
    curriculum_id: str
    curriculum_version: str
    module_id: str
    language: str
    group: str = ""
    facilitator: str = ""
    privacy_mode: PrivacyMode = PrivacyMode.HEADCOUNT
    paid_time: bool = False
    """Held on the clock, paid as time worked (as the Fair Food Program requires)."""
    planned_minutes: int | None = None
    """The module's planned length (`minutes` in its front matter)."""


@dataclass(frozen=True)
class TrainingSession:
    id: str
    device_id: str
    site: str
    group: str
    facilitator: str
    language: str
    curriculum_id: str
    curriculum_version: str
    module_id: str
    privacy_mode: PrivacyMode
    started_at: datetime
    """Wall-clock time at the site; `utc_offset_minutes` says how it relates to UTC."""
    ended_at: datetime | None
    headcount: int
    """Worker contacts: the count given in headcount mode, else the people marked as attending."""
    utc_offset_minutes: int
    updated_at: datetime
    paid_time: bool = False
    planned_minutes: int | None = None

    @property
    def is_open(self) -> bool:
        return self.ended_at is None

    @property
    def hours(self) -> float:
        """Paid teaching time in hours; 0 while the session is still open."""
        if self.ended_at is None:
            return 0.0
        return max((self.ended_at - self.started_at).total_seconds(), 0.0) / 3600


@dataclass(frozen=True)
class AttendanceMark:
    id: str
    session_id: str
    status: AttendanceStatus
    marked_at: datetime
    code: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class KioskAnswer:
    """One worker's answer to one question at the kiosk (no identity is ever stored)."""

    curriculum_id: str
    curriculum_version: str
    module_id: str
    language: str
    question_id: str
    chosen: tuple[int, ...]
    correct: bool
    site: str = ""
    session_id: str | None = None


@dataclass(frozen=True)
class Totals:
    sessions: int
    worker_contacts: int
    distinct_participants: int | None
    """People with a code or a name counted once; None when no session in range recorded any."""
    hours_taught: float
    open_sessions: int = 0


@dataclass(frozen=True)
class QuestionResult:
    module_id: str
    question_id: str
    group_responses: int
    group_correct: int
    kiosk_responses: int
    kiosk_correct: int

    @property
    def responses(self) -> int:
        return self.group_responses + self.kiosk_responses

    @property
    def correct(self) -> int:
        return self.group_correct + self.kiosk_correct

    @property
    def share_correct(self) -> float | None:
        """Correct answers over all answers (hands raised or kiosk taps); None without any."""
        return self.correct / self.responses if self.responses else None


@dataclass(frozen=True)
class FilterOptions:
    """The values present in the database, to fill a coordinator's filter lists."""

    sites: tuple[str, ...] = ()
    modules: tuple[str, ...] = ()
    facilitators: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    first_day: date | None = None
    last_day: date | None = None


@dataclass(frozen=True)
class ImportReport:
    files: int = 0
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0

    def describe(self) -> str:
        added = sum(self.added.values())
        updated = sum(self.updated.values())
        return (
            f"{self.files} bundle(s): {added} record(s) added, {updated} updated, "
            f"{self.unchanged} already present"
        )


ANSWER_LETTERS = "abcdefghij"
"""The stored names of a feedback question's answers, in order (as the curriculum letters them)."""


@dataclass(frozen=True)
class FeedbackAnswer:
    """One answer given at the kiosk: which question, which answer, where and which day."""

    curriculum_id: str
    curriculum_version: str
    language: str
    question_id: str
    answer: str
    """The answer's letter in lower case (`a`, `b`...), as the curriculum names it."""
    site: str
    day: date


@dataclass(frozen=True)
class FeedbackTally:
    """How many gave one answer to one question, added up over laptops."""

    curriculum_id: str
    curriculum_version: str
    language: str
    question_id: str
    answer: str
    site: str
    day: date
    count: int
    session_id: str | None = None
    """The group session the hands were counted in; None for the kiosk."""
