"""Quiz logic for group sessions: show-of-hands tallies and the session's event stream. No Qt."""

from .events import (
    AnswerRevealed,
    CountsEntered,
    EventSink,
    LanguageChanged,
    SessionEnded,
    SessionEvent,
    SessionEvents,
    SessionStarted,
    SlideShown,
)
from .tally import QuestionTally, QuizTally

__all__ = [
    "AnswerRevealed",
    "CountsEntered",
    "EventSink",
    "LanguageChanged",
    "QuestionTally",
    "QuizTally",
    "SessionEnded",
    "SessionEvent",
    "SessionEvents",
    "SessionStarted",
    "SlideShown",
]
