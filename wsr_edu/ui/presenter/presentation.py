"""What is on screen during a session: module, language, position, black screen, quiz state."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...curriculum.model import Curriculum, Module, ModuleText, Slide
from ...quiz.events import COMPLAINT_CARD, SessionEvents
from ...quiz.tally import QuestionTally


class Presentation(QObject):
    """The one shared state the audience screen and the console both draw from.

    Positions run over the module's slides and one more: the complaint-line card that closes
    every module. The card can also be called up over any slide (`toggle_card`); turning the
    slide from there first puts the slide back.
    """

    changed = Signal()
    reloaded = Signal()

    def __init__(
        self,
        curriculum: Curriculum,
        module_id: str,
        language: str,
        events: SessionEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        module = curriculum.module(module_id)
        if module is None:
            raise ValueError(f"curriculum '{curriculum.id}' has no module '{module_id}'")
        self.curriculum = curriculum
        self.module: Module = module
        self.language = language if language in module.texts else module.text().lang
        self.events = events
        self.index = 0
        self.black = False
        self.card_overlay = False

    # What is showing -------------------------------------------------------------------------
    @property
    def text(self) -> ModuleText:
        return self.module.text(self.language)

    @property
    def card_index(self) -> int:
        return len(self.text.slides)

    @property
    def count(self) -> int:
        return self.card_index + 1

    @property
    def at_card(self) -> bool:
        return self.card_overlay or self.index == self.card_index

    @property
    def slide(self) -> Slide | None:
        return None if self.at_card else self.slide_at(self.index)

    def slide_at(self, index: int) -> Slide | None:
        slides = self.text.slides
        return slides[index] if 0 <= index < len(slides) else None

    def tally(self, slide: Slide | None) -> QuestionTally | None:
        if slide is None or slide.question is None:
            return None
        return self.events.tally.question(slide.id, slide.question.answer_pattern)

    def revealed(self, slide: Slide | None) -> bool:
        return slide is not None and self.events.tally.is_revealed(slide.id)

    # Session ---------------------------------------------------------------------------------
    def start(self) -> None:
        self.events.start(
            self.curriculum.id, self.curriculum.version, self.module.id, self.language
        )
        self._report_position()

    def stop(self) -> None:
        self.events.end()

    # Moving ----------------------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = min(max(index, 0), self.card_index)
        if index == self.index and not self.card_overlay:
            return
        self.index = index
        self.card_overlay = False
        self._report_position()
        self.changed.emit()

    def next(self) -> None:
        if self.card_overlay:
            self._close_card()
        else:
            self.go(self.index + 1)

    def previous(self) -> None:
        if self.card_overlay:
            self._close_card()
        else:
            self.go(self.index - 1)

    def first(self) -> None:
        self.go(0)

    def last(self) -> None:
        self.go(self.card_index - 1)

    def toggle_black(self) -> None:
        self.black = not self.black
        self.changed.emit()

    def toggle_card(self) -> None:
        if self.at_card and not self.card_overlay:
            return
        self.card_overlay = not self.card_overlay
        self._report_position()
        self.changed.emit()

    def _close_card(self) -> None:
        self.card_overlay = False
        self._report_position()
        self.changed.emit()

    def _report_position(self) -> None:
        slide = self.slide
        self.events.slide(
            slide.id if slide else COMPLAINT_CARD, self.card_index if slide is None else self.index
        )

    # Language --------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Show the same slide in another language; slide ids are the same in every file."""
        if language == self.language or language not in self.module.texts:
            return
        current = self.slide
        self.language = language
        if current is not None:
            moved = self.text.slide(current.id)
            self.index = moved.index if moved else min(self.index, self.card_index)
        elif not self.card_overlay:
            self.index = self.card_index
        self.events.language(language)
        self.changed.emit()

    def cycle_language(self) -> None:
        codes = [c for c in self.curriculum.language_codes if c in self.module.texts]
        if len(codes) > 1:
            self.set_language(codes[(codes.index(self.language) + 1) % len(codes)])

    # Quiz ------------------------------------------------------------------------------------
    def toggle_reveal(self) -> None:
        slide = self.slide
        if slide is None or slide.question is None:
            return
        self.events.reveal(slide.id, slide.question.answer_pattern, not self.revealed(slide))
        self.changed.emit()

    def set_count(self, choice: int, count: int) -> None:
        slide = self.slide
        tally = self.tally(slide)
        if slide is None or slide.question is None or tally is None:
            return
        if tally.counts[choice] == count:
            return
        counts = list(tally.counts)
        counts[choice] = count
        self.events.counts(slide.id, slide.question.answer_pattern, counts)
        self.changed.emit()

    # Authoring preview -----------------------------------------------------------------------
    def replace_curriculum(self, curriculum: Curriculum) -> None:
        """Swap in a reloaded curriculum, staying on the same slide (by id) when it still exists."""
        module = curriculum.module(self.module.id)
        if module is None:
            return
        current = self.slide
        at_end = self.index == self.card_index
        self.curriculum = curriculum
        self.module = module
        if self.language not in module.texts:
            self.language = module.text().lang
        if current is not None and self.text.slide(current.id) is not None:
            self.index = self.text.slide(current.id).index  # type: ignore[union-attr]
        elif at_end:
            self.index = self.card_index
        else:
            self.index = min(self.index, self.card_index)
        self.reloaded.emit()
        self.changed.emit()
