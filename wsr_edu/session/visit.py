"""One worker's walk through a module at the kiosk: language, module, slides, answers, the end."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from ..curriculum.model import Curriculum, Language, Module
from ..kiosk.config import KioskConfig
from .deck import Deck
from .visit_records import AnswerRecord, GivenAnswer, KioskRecorder, Visit

if TYPE_CHECKING:
    from .feedback import FeedbackRound


def _now() -> datetime:
    # Local wall-clock time, as the records keep it (with the site's UTC offset beside it).
    return datetime.now()


@dataclass(frozen=True)
class Offer:
    """A module the kiosk offers, with the curriculum it belongs to."""

    curriculum: Curriculum
    module: Module

    @property
    def key(self) -> str:
        return f"{self.curriculum.id}/{self.module.id}"


def offers(curricula: Sequence[Curriculum], config: KioskConfig) -> list[Offer]:
    return [Offer(c, m) for c in curricula for m in c.modules if config.module_allowed(c.id, m.id)]


def languages(offered: Sequence[Offer], config: KioskConfig) -> list[Language]:
    """The languages a worker can pick: those of the offered modules, as the admin narrowed them."""
    found: dict[str, Language] = {}
    for offer in offered:
        for lang in offer.curriculum.languages:
            if lang.code in offer.module.texts and lang.code not in found:
                found[lang.code] = lang
    chosen = [found[code] for code in config.languages if code in found]
    return chosen or list(found.values())


class Tap(StrEnum):
    """What a tap on an answer card did, so the view knows what to play and show."""

    HEAR = "hear"
    """The card is now highlighted and its choice is spoken; nothing is answered yet."""
    MARKED = "marked"
    """A choose-all-that-apply question: the highlighted card was added to the worker's pick."""
    UNMARKED = "unmarked"
    """... or taken out of it again."""
    ANSWERED = "answered"
    """The question was answered with this tap (see `last_answer`)."""


class HearThenChoose:
    """The kiosk's one rule for every big button a worker picks from (languages, lessons):
    the first tap on a button says what it is; a second tap on the same one chooses it."""

    def __init__(self) -> None:
        self.heard: str | None = None

    def tap(self, key: str) -> bool:
        """True when this tap chooses `key`; False when it only says it aloud."""
        if self.heard == key:
            return True
        self.heard = key
        return False

    def clear(self) -> None:
        self.heard = None


class KioskVisit(Deck):
    """The state of one worker's visit. `reset()` forgets everything about that worker.

    The slides and the closing card move as in a group session (`Deck`); past the last slide
    the completion card shows and the visit is handed to the recorder as completed.

    The rules for a worker who may not read live here, not in the screens: the first tap on
    an answer card only highlights it and speaks it (`tap_choice` returns `Tap.HEAR`); a
    second tap on the same card, or "choose" (`choose`), answers with it. A question is
    answered before `next()` moves on, or passed over with an explicit `skip()`.
    """

    def __init__(
        self,
        offered: Sequence[Offer],
        config: KioskConfig,
        recorder: KioskRecorder,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        super().__init__()
        self.offered = list(offered)
        self.config = config
        self.recorder = recorder
        self._clock = clock
        self.offer: Offer | None = None
        self.finished = False
        self.reset()

    def reset(self) -> None:
        """End the visit (its answers were written as given), then forget everything."""
        if self.offer is not None and not self.finished and self.answers:
            self._hand_over(completed=False)
        self.language = None
        self.code: str | None = None
        self.language_taps = HearThenChoose()
        self.tile_taps = HearThenChoose()
        self.offer = None
        self.module = None
        self.index = 0
        self.answers: dict[str, AnswerRecord] = {}
        self.started_at: datetime | None = None
        self.finished = False
        self.visit_key = ""
        self.skipped: set[str] = set()
        """Questions the worker passed over with the spoken "skip" button."""
        self.highlighted: int | None = None
        """The answer card heard last on the current question (None: none yet)."""
        self.marked: set[int] = set()
        """The cards picked so far on a choose-all-that-apply question, before "check"."""
        self.last_answer: tuple[tuple[int, ...], bool] | None = None

    @property
    def languages(self) -> list[Language]:
        return languages(self.offered, self.config)

    def choose_language(self, code: str | None) -> None:
        self.language = code
        self.language_taps.clear()

    def set_code(self, code: str | None) -> None:
        """Keep the worker's code for this visit; ignored unless the admin allows codes."""
        self.code = code if (code and self.config.allow_codes) else None

    def modules(self) -> list[Offer]:
        """The offered modules written in the chosen language (all of them if none is)."""
        if self.language is None:
            return list(self.offered)
        own = [o for o in self.offered if self.language in o.module.texts]
        return own or list(self.offered)

    def start(self, offer: Offer) -> None:
        if self.offer is not None and not self.finished and self.answers:
            self._hand_over(completed=False)
        self.offer = offer
        self.module = offer.module
        self.index = 0
        self.tile_taps.clear()
        self.answers = {}
        self.skipped = set()
        self._clear_taps()
        self.finished = False
        self.started_at = self._clock()
        # A fresh random key per visit links its answers to its end; it is never stored.
        self.visit_key = uuid.uuid4().hex

    def leave_module(self) -> None:
        """Back to the module list: the worker's language and code stay."""
        self.offer = None
        self.module = None
        self.index = 0
        self._clear_taps()

    @property
    def waiting_for_answer(self) -> bool:
        """True on a question neither answered nor skipped: Next does not move on yet."""
        slide = self.slide
        return (
            slide is not None
            and slide.question is not None
            and slide.id not in self.answers
            and slide.id not in self.skipped
        )

    def next(self) -> bool:
        """Move on; False (and no move) at the end or on a question still waiting for an answer."""
        if self.offer is None or self.at_end or self.waiting_for_answer:
            return False
        self._move(self.index + 1)
        if self.at_end:
            self._finish()
        return True

    def skip(self) -> bool:
        """Pass over the current question without answering it, then move on."""
        slide = self.slide
        if self.offer is None or slide is None or slide.question is None:
            return False
        if slide.id not in self.answers:
            self.skipped.add(slide.id)
        return self.next()

    def next_or_skip(self) -> bool:
        """Move on as Next does, passing a question still waiting for an answer as Skip does.

        False (and no move) only at the end or before a module is started. For walks that go
        through every slide (screenshots, soak runs, checks), not for a worker's own taps."""
        if self.next():
            return True
        return self.waiting_for_answer and self.skip()

    def back(self) -> None:
        if self.index > 0:
            self._move(self.index - 1)

    def _move(self, index: int) -> None:
        self.index = index
        self._clear_taps()

    def _clear_taps(self) -> None:
        self.highlighted = None
        self.marked = set()
        self.last_answer = None

    # Answering by taps ------------------------------------------------------------------------
    def tap_choice(self, index: int) -> Tap:
        """A tap on answer card `index`: hear it first, choose it with a second tap."""
        slide = self.slide
        if slide is None or slide.question is None:
            raise ValueError("the current slide is not a question")
        if not 0 <= index < len(slide.question.choices):
            raise ValueError(f"no choice {index} on this question")
        if self.highlighted != index or slide.id in self.answers:
            # Heard first; once the question is answered, a tap only says the choice again.
            self.highlighted = index
            return Tap.HEAR
        return self.choose()

    def choose(self) -> Tap:
        """Choose the highlighted card, as a second tap on it does ("choose" button)."""
        slide = self.slide
        index = self.highlighted
        if slide is None or slide.question is None or index is None or slide.id in self.answers:
            return Tap.HEAR
        if slide.question.multiple:
            if index in self.marked:
                self.marked.discard(index)
                return Tap.UNMARKED
            self.marked.add(index)
            return Tap.MARKED
        self.answer((index,))
        return Tap.ANSWERED

    def check_marked(self) -> bool:
        """Answer a choose-all-that-apply question with the cards picked; False if none are."""
        slide = self.slide
        if slide is None or slide.question is None or not self.marked:
            return False
        if slide.id in self.answers:
            return False
        self.answer(tuple(self.marked))
        return True

    def answer(self, chosen: Sequence[int]) -> bool:
        """Record the worker's choice for the current question; True when it is right."""
        slide, offer, text = self.slide, self.offer, self.text
        if slide is None or slide.question is None or offer is None or text is None:
            raise ValueError("the current slide is not a question")
        picked = tuple(sorted(set(chosen)))
        correct = picked == slide.question.correct_indexes
        self.skipped.discard(slide.id)
        # The first answer is what the worker knew; a later tap on the same question is not kept.
        if slide.id not in self.answers:
            record = AnswerRecord(slide.id, picked, correct)
            self.answers[slide.id] = record
            # Handed over now, not when the visit ends, so a power cut cannot lose it.
            self.recorder.record_answer(
                GivenAnswer(
                    self.visit_key,
                    offer.curriculum.id,
                    offer.curriculum.version,
                    offer.module.id,
                    text.lang,
                    record,
                    self._clock(),
                    self.config.site,
                    self.started_at,
                )
            )
        first = self.answers[slide.id]
        self.last_answer = (first.chosen, first.correct)
        return correct

    def feedback_round(self) -> FeedbackRound | None:
        """The curriculum's anonymous feedback, asked once the visit has been completed (None
        when it asks none). Its answers go to the recorder as counts tied to nothing of this
        visit: `reset()` and the visit's own record never see them."""
        from .feedback import FeedbackRound

        offer, text = self.offer, self.text
        if offer is None or text is None or not self.finished:
            return None
        return FeedbackRound.after(offer.curriculum, text.lang, self.config.site, self.recorder)

    def _finish(self) -> None:
        if not self.finished and self.offer is not None:
            self._hand_over(completed=True)
            self.finished = True

    def _hand_over(self, completed: bool) -> None:
        offer, text = self.offer, self.text
        if offer is None or text is None:
            return
        self.recorder.record_visit(
            Visit(
                offer.curriculum.id,
                offer.curriculum.version,
                offer.module.id,
                text.lang,
                self.started_at or self._clock(),
                self._clock(),
                completed,
                tuple(self.answers.values()),
                self.code,
                self.config.site,
                self.visit_key,
            )
        )
