"""The end of a group session: asking once more, the clock against the plan, the summary."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..curriculum.model import Module, ModuleText
from .presentation import Presentation


class EndConfirmation:
    """Esc asks once more; a second Esc (or Enter) ends, so a clicker alone can do it.

    Any other key cancels the question (and does nothing else).
    """

    def __init__(self) -> None:
        self.asking = False

    def escape(self) -> bool:
        """Esc pressed: True when the session should end now."""
        if self.asking:
            self.asking = False
            return True
        self.asking = True
        return False

    def confirm(self) -> bool:
        """Enter pressed: ends only when the question is up."""
        if self.asking:
            self.asking = False
            return True
        return False

    def cancel(self) -> bool:
        """Any other key: True when it cancelled a question that was up."""
        was = self.asking
        self.asking = False
        return was


class TimeState(Enum):
    UNPLANNED = "unplanned"
    ON_TIME = "on_time"
    NEAR_END = "near_end"
    OVER = "over"


NEAR_END_SHARE = 0.15
"""The last 15% of the planned time (at least one minute) counts as near the end."""


@dataclass(frozen=True)
class Countdown:
    """Time left against the module's planned minutes (`minutes: 20` in its front matter)."""

    planned_minutes: int
    elapsed_seconds: float

    @property
    def remaining_seconds(self) -> int:
        return int(round(self.planned_minutes * 60 - self.elapsed_seconds))

    @property
    def state(self) -> TimeState:
        if self.planned_minutes <= 0:
            return TimeState.UNPLANNED
        remaining = self.remaining_seconds
        if remaining < 0:
            return TimeState.OVER
        if remaining <= max(60, self.planned_minutes * 60 * NEAR_END_SHARE):
            return TimeState.NEAR_END
        return TimeState.ON_TIME


def clock_text(seconds: int) -> str:
    """'4:05', '1:02:03', '-2:10' for time over."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    if seconds >= 3600:
        return f"{sign}{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


@dataclass(frozen=True)
class QuestionResult:
    slide_number: int
    title: str
    hands: int
    share_correct: float | None
    """None when no hands were counted."""
    single: bool = True
    """One answer is right, so each person raises a hand once: the hands are people."""


@dataclass(frozen=True)
class SessionSummary:
    module_title: str
    language: str
    elapsed_seconds: float
    planned_minutes: int
    recorded: bool
    questions: tuple[QuestionResult, ...]
    feedback: ModuleText | None = None
    """The curriculum's feedback questions in the session's language, asked by show of hands
    after the summary (None when it has none, or when nothing is recorded)."""
    curriculum_version: str = ""
    feedback_module: Module | None = None
    """Where the feedback's pictures and files are (to show the questions to the room)."""

    @property
    def minutes(self) -> int:
        return int(round(self.elapsed_seconds / 60))

    @property
    def most_hands(self) -> int:
        """The most hands raised for one question with one right answer: at least that many
        people were there (a "choose all" question's hands count some people twice)."""
        return max((q.hands for q in self.questions if q.single), default=0)


def summarise(presentation: Presentation, elapsed_seconds: float, recorded: bool) -> SessionSummary:
    """What the facilitator sees after Esc: time against the plan, and each question's result."""
    text = presentation.text
    results = []
    for slide in text.questions:
        tally = presentation.events.tally.get(slide.id)
        results.append(
            QuestionResult(
                slide.index + 1,
                slide.title,
                tally.total if tally is not None else 0,
                tally.share_correct if tally is not None else None,
                single=not (slide.question is not None and slide.question.multiple),
            )
        )
    return SessionSummary(
        module_title=text.title,
        language=presentation.language,
        elapsed_seconds=elapsed_seconds,
        planned_minutes=text.minutes,
        recorded=recorded,
        questions=tuple(results),
        feedback=presentation.curriculum.feedback_text(presentation.language) if recorded else None,
        curriculum_version=presentation.curriculum.version,
        feedback_module=presentation.curriculum.feedback if recorded else None,
    )
