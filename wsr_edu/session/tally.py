"""Show-of-hands counts per question and choice, kept in memory for one group session."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field


@dataclass
class QuestionTally:
    """Hands raised for each choice of one question, and whether the answer was revealed.

    For "choose all that apply" questions one person may raise a hand more than once, so the
    share correct is hands on right choices over all hands, not over people.
    """

    question_id: str
    answer_pattern: tuple[bool, ...]
    counts: list[int] = field(default_factory=list)
    revealed: bool = False

    def __post_init__(self) -> None:
        if not self.counts:
            self.counts = [0] * len(self.answer_pattern)
        if len(self.counts) != len(self.answer_pattern):
            raise ValueError("one count per choice is needed")

    def set_count(self, index: int, count: int) -> None:
        if not 0 <= index < len(self.counts):
            raise IndexError(f"question '{self.question_id}' has no choice {index}")
        if count < 0:
            raise ValueError("a count of raised hands cannot be negative")
        self.counts[index] = int(count)

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def correct_hands(self) -> int:
        return sum(n for n, right in zip(self.counts, self.answer_pattern, strict=True) if right)

    @property
    def share_correct(self) -> float | None:
        """Hands on right choices over all hands; None until someone has been counted."""
        return self.correct_hands / self.total if self.total else None

    @property
    def counted(self) -> bool:
        return self.total > 0


class QuizTally:
    """The counts of every question asked in a session, by question id."""

    def __init__(self) -> None:
        self._questions: dict[str, QuestionTally] = {}

    def question(self, question_id: str, answer_pattern: Sequence[bool]) -> QuestionTally:
        """The tally of `question_id`, created on first use.

        When the question's choices changed (a curriculum reloaded while teaching), old counts
        no longer mean anything, so the tally starts again.
        """
        existing = self._current(question_id, answer_pattern)
        if existing is None:
            existing = QuestionTally(question_id, tuple(bool(b) for b in answer_pattern))
            self._questions[question_id] = existing
        return existing

    def as_shown(self, question_id: str, answer_pattern: Sequence[bool]) -> QuestionTally:
        """What `question()` gives, without starting a tally: for drawing a slide ahead."""
        existing = self._current(question_id, answer_pattern)
        return existing or QuestionTally(question_id, tuple(bool(b) for b in answer_pattern))

    def _current(self, question_id: str, answer_pattern: Sequence[bool]) -> QuestionTally | None:
        """The tally of `question_id` while its choices are the same as `answer_pattern`."""
        existing = self._questions.get(question_id)
        pattern = tuple(bool(b) for b in answer_pattern)
        return existing if existing is not None and existing.answer_pattern == pattern else None

    def get(self, question_id: str) -> QuestionTally | None:
        return self._questions.get(question_id)

    def set_counts(
        self, question_id: str, answer_pattern: Sequence[bool], counts: Sequence[int]
    ) -> QuestionTally:
        tally = self.question(question_id, answer_pattern)
        if len(counts) != len(tally.counts):
            raise ValueError(
                f"question '{question_id}' has {len(tally.counts)} choices, "
                f"got {len(counts)} counts"
            )
        for index, count in enumerate(counts):
            tally.set_count(index, count)
        return tally

    def reveal(
        self, question_id: str, answer_pattern: Sequence[bool], revealed: bool = True
    ) -> QuestionTally:
        tally = self.question(question_id, answer_pattern)
        tally.revealed = revealed
        return tally

    def find(self, question_id: str) -> QuestionTally | None:
        """The tally of `question_id` if it has one already (nothing is created)."""
        return self._questions.get(question_id)

    def is_revealed(self, question_id: str) -> bool:
        tally = self._questions.get(question_id)
        return bool(tally and tally.revealed)

    def __iter__(self) -> Iterator[QuestionTally]:
        return iter(self._questions.values())

    def __len__(self) -> int:
        return len(self._questions)

    @property
    def share_correct(self) -> float | None:
        """Over every counted question: hands on right choices over all hands."""
        total = sum(t.total for t in self)
        return sum(t.correct_hands for t in self) / total if total else None
