"""The events of one group session, sent to whatever stores them (records, logs, tests)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .tally import QuestionTally, QuizTally


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SessionEvent:
    at: datetime


@dataclass(frozen=True)
class SessionStarted(SessionEvent):
    curriculum_id: str
    curriculum_version: str
    module_id: str
    language: str


@dataclass(frozen=True)
class SlideShown(SessionEvent):
    slide_id: str
    """A slide id, or COMPLAINT_CARD when the complaint-line card is on screen."""
    index: int


@dataclass(frozen=True)
class LanguageChanged(SessionEvent):
    language: str


@dataclass(frozen=True)
class CountsEntered(SessionEvent):
    question_id: str
    counts: tuple[int, ...]
    answer_pattern: tuple[bool, ...]


@dataclass(frozen=True)
class AnswerRevealed(SessionEvent):
    question_id: str
    revealed: bool


@dataclass(frozen=True)
class SessionEnded(SessionEvent):
    started: SessionStarted
    languages: tuple[str, ...]
    """Every language used during the session, in the order first used."""
    slides_seen: int
    complaint_card_shown: bool
    tallies: tuple[QuestionTally, ...] = field(default_factory=tuple)

    @property
    def minutes(self) -> float:
        return (self.at - self.started.at).total_seconds() / 60


EventSink = Callable[[SessionEvent], None]
COMPLAINT_CARD = "complaint-card"


class SessionEvents:
    """One object every session event passes through; storage subscribes a sink.

    A sink that fails must not stop the teaching: its error is kept in `sink_failures` for the
    interface to report, and the other sinks still receive the event.
    """

    def __init__(self, clock: Callable[[], datetime] = _now) -> None:
        self._clock = clock
        self._sinks: list[EventSink] = []
        self.log: list[SessionEvent] = []
        self.sink_failures: list[tuple[SessionEvent, Exception]] = []
        self.tally = QuizTally()
        self.current: SessionStarted | None = None
        self._languages: list[str] = []
        self._seen: set[str] = set()
        self._card_shown = False

    def subscribe(self, sink: EventSink) -> Callable[[], None]:
        self._sinks.append(sink)
        return lambda: self._sinks.remove(sink) if sink in self._sinks else None

    @property
    def active(self) -> bool:
        return self.current is not None

    def start(
        self, curriculum_id: str, curriculum_version: str, module_id: str, language: str
    ) -> SessionStarted:
        if self.current is not None:
            self.end()
        self.tally = QuizTally()
        self._languages = [language]
        self._seen = set()
        self._card_shown = False
        event = SessionStarted(
            self._clock(), curriculum_id, curriculum_version, module_id, language
        )
        self.current = event
        self._emit(event)
        return event

    def slide(self, slide_id: str, index: int) -> None:
        if self.current is None:
            return
        if slide_id == COMPLAINT_CARD:
            self._card_shown = True
        else:
            self._seen.add(slide_id)
        self._emit(SlideShown(self._clock(), slide_id, index))

    def language(self, language: str) -> None:
        if self.current is None:
            return
        if language not in self._languages:
            self._languages.append(language)
        self._emit(LanguageChanged(self._clock(), language))

    def counts(
        self, question_id: str, answer_pattern: Sequence[bool], counts: Sequence[int]
    ) -> QuestionTally:
        tally = self.tally.set_counts(question_id, answer_pattern, counts)
        if self.current is not None:
            self._emit(
                CountsEntered(self._clock(), question_id, tuple(tally.counts), tally.answer_pattern)
            )
        return tally

    def reveal(
        self, question_id: str, answer_pattern: Sequence[bool], revealed: bool = True
    ) -> QuestionTally:
        tally = self.tally.reveal(question_id, answer_pattern, revealed)
        if self.current is not None:
            self._emit(AnswerRevealed(self._clock(), question_id, revealed))
        return tally

    def end(self) -> SessionEnded | None:
        if self.current is None:
            return None
        event = SessionEnded(
            self._clock(),
            self.current,
            tuple(self._languages),
            len(self._seen),
            self._card_shown,
            tuple(self.tally),
        )
        self.current = None
        self._emit(event)
        return event

    def _emit(self, event: SessionEvent) -> None:
        self.log.append(event)
        for sink in list(self._sinks):
            try:
                sink(event)
            except Exception as exc:  # storage trouble must never stop a class in progress
                self.sink_failures.append((event, exc))
