"""The anonymous feedback at the end of a kiosk visit: each question heard, then answered.

Answers are handed to the recorder as counts under the site and the day, with nothing that
ties them to the visit, the worker's code or the time: the round keeps no answer once it
has handed it over.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from types import MappingProxyType

from ..curriculum.model import Curriculum, ModuleText, Slide
from ..records.model import FeedbackAnswer
from .visit import HearThenChoose, Tap
from .visit_records import AnswerRecord, KioskRecorder

_NOTHING: Mapping[str, AnswerRecord] = MappingProxyType({})


def _today() -> date:
    return datetime.now().date()


def answer_name(index: int) -> str:
    """The stored name of answer `index`: its letter in lower case (0 -> `a`)."""
    letters = "abcdefghij"
    return letters[index] if 0 <= index < len(letters) else str(index + 1)


class FeedbackRound:
    """The feedback questions of one curriculum in one language, one after the other.

    The rule is the kiosk's: the first tap on an answer card says it aloud (`Tap.HEAR`); a
    second tap on it, or "choose", answers and moves to the next question. "Skip" moves on
    without an answer. `done` is True past the last question.
    """

    def __init__(
        self,
        curriculum: Curriculum,
        text: ModuleText,
        site: str,
        recorder: KioskRecorder,
        today: Callable[[], date] = _today,
    ) -> None:
        self.curriculum = curriculum
        self.text = text
        self.site = site
        self.recorder = recorder
        self._today = today
        self.index = 0
        self.taps = HearThenChoose()
        self.answered = 0
        """How many questions were answered (not skipped): a number, never which answers."""

    @classmethod
    def after(
        cls, curriculum: Curriculum, language: str | None, site: str, recorder: KioskRecorder
    ) -> FeedbackRound | None:
        """The round for `curriculum` in `language`, or None when it asks no feedback."""
        text = curriculum.feedback_text(language)
        if text is None or not any(s.question is not None for s in text.slides):
            return None
        return cls(curriculum, text, site, recorder)

    # What the question view reads (the same names as `KioskVisit`) -------------------------
    @property
    def questions(self) -> tuple[Slide, ...]:
        return self.text.questions

    @property
    def slide(self) -> Slide | None:
        questions = self.questions
        return questions[self.index] if self.index < len(questions) else None

    @property
    def done(self) -> bool:
        return self.slide is None

    @property
    def highlighted(self) -> int | None:
        return int(self.taps.heard) if self.taps.heard is not None else None

    @property
    def marked(self) -> set[int]:
        return set()

    @property
    def answers(self) -> Mapping[str, AnswerRecord]:
        """Always empty: an answer is handed over and forgotten, never shown as right or wrong."""
        return _NOTHING

    @property
    def language(self) -> str:
        return self.text.lang

    # Taps ----------------------------------------------------------------------------------
    def tap(self, index: int) -> Tap:
        """A tap on answer card `index`: hear it first; a second tap on it answers."""
        slide = self.slide
        if slide is None or slide.question is None:
            raise ValueError("no feedback question is showing")
        if not 0 <= index < len(slide.question.choices):
            raise ValueError(f"no answer {index} on this question")
        if self.taps.tap(str(index)):
            return self.choose()
        return Tap.HEAR

    def choose(self) -> Tap:
        """Answer with the card heard last (the "choose" button); nothing when none was."""
        slide, index = self.slide, self.highlighted
        if slide is None or index is None:
            return Tap.HEAR
        self.recorder.record_feedback(
            FeedbackAnswer(
                self.curriculum.id,
                self.curriculum.version,
                self.text.lang,
                slide.id,
                answer_name(index),
                self.site,
                self._today(),
            )
        )
        self.answered += 1
        self._next()
        return Tap.ANSWERED

    def skip(self) -> None:
        """Pass this question over without an answer."""
        if self.slide is not None:
            self._next()

    def _next(self) -> None:
        self.index += 1
        self.taps.clear()
