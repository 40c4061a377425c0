"""One worker's walk through a module at the kiosk: language, module, slides, answers, the end."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..curriculum.model import Curriculum, Language, Module
from ..kiosk.config import KioskConfig
from .deck import Deck
from .visit_records import AnswerRecord, GivenAnswer, KioskRecorder, Visit


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


class KioskVisit(Deck):
    """The state of one worker's visit. `reset()` forgets everything about that worker.

    The slides and the closing card move as in a group session (`Deck`); past the last slide
    the completion card shows and the visit is handed to the recorder as completed.
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
        self.offer = None
        self.module = None
        self.index = 0
        self.answers: dict[str, AnswerRecord] = {}
        self.started_at: datetime | None = None
        self.finished = False
        self.visit_key = ""

    @property
    def languages(self) -> list[Language]:
        return languages(self.offered, self.config)

    def choose_language(self, code: str | None) -> None:
        self.language = code

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
        self.answers = {}
        self.finished = False
        self.started_at = self._clock()
        # A fresh random key per visit links its answers to its end; it is never stored.
        self.visit_key = uuid.uuid4().hex

    def leave_module(self) -> None:
        """Back to the module list: the worker's language and code stay."""
        self.offer = None
        self.module = None
        self.index = 0

    def next(self) -> None:
        if self.offer is None or self.at_end:
            return
        self.index += 1
        if self.at_end:
            self._finish()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1

    def answer(self, chosen: Sequence[int]) -> bool:
        """Record the worker's choice for the current question; True when it is right."""
        slide, offer, text = self.slide, self.offer, self.text
        if slide is None or slide.question is None or offer is None or text is None:
            raise ValueError("the current slide is not a question")
        picked = tuple(sorted(set(chosen)))
        correct = picked == slide.question.correct_indexes
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
                )
            )
        return correct

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
