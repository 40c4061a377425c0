"""Where kiosk answers and completions go: a small port, with the records database behind it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class AnswerRecord:
    curriculum_id: str
    curriculum_version: str
    module_id: str
    language: str
    question_id: str
    chosen: tuple[int, ...]
    correct: bool
    code: str | None = None
    """The worker's pseudonymous code, only when the admin allows codes and one was entered."""
    site: str = ""


@dataclass(frozen=True)
class CompletionRecord:
    curriculum_id: str
    curriculum_version: str
    module_id: str
    language: str
    started_at: datetime
    ended_at: datetime
    questions: int
    correct: int
    code: str | None = None
    site: str = ""


class KioskRecorder(Protocol):
    def record_answer(self, answer: AnswerRecord) -> None: ...

    def record_completion(self, completion: CompletionRecord) -> None: ...


class MemoryRecorder:
    """Keeps records in memory: for tests, and for a kiosk whose database cannot be opened."""

    def __init__(self) -> None:
        self.answers: list[AnswerRecord] = []
        self.completions: list[CompletionRecord] = []

    def record_answer(self, answer: AnswerRecord) -> None:
        self.answers.append(answer)

    def record_completion(self, completion: CompletionRecord) -> None:
        self.completions.append(completion)
