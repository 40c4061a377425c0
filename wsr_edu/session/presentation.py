"""A group session's state: module, language, position, black screen, card, quiz reveal."""

from __future__ import annotations

from ..curriculum.model import Curriculum, Module, ModuleText, Slide
from .deck import Deck
from .events import COMPLAINT_CARD, SessionEvents
from .notify import Notifier
from .tally import QuestionTally


class Presentation(Deck):
    """The one shared state the audience screen and the console both draw from.

    Every step goes through `events`, which storage subscribes to. The complaint-line card
    can also be called up over any slide (`toggle_card`); turning the slide from there first
    puts the slide back. `changed` tells the views to draw again; `reloaded` that the
    curriculum was swapped for an edited copy.
    """

    module: Module
    language: str

    def __init__(
        self, curriculum: Curriculum, module_id: str, language: str, events: SessionEvents
    ) -> None:
        module = curriculum.module(module_id)
        if module is None:
            raise ValueError(f"curriculum '{curriculum.id}' has no module '{module_id}'")
        super().__init__(module, language)
        self.curriculum = curriculum
        self.events = events
        self.black = False
        self.card_overlay = False
        self.changed = Notifier()
        self.reloaded = Notifier()

    # What is showing -------------------------------------------------------------------------
    @property
    def text(self) -> ModuleText:
        return self.module.text(self.language)

    @property
    def at_card(self) -> bool:
        return self.card_overlay or self.index == self.card_index

    @property
    def slide(self) -> Slide | None:
        return None if self.at_card else self.slide_at(self.index)

    def tally(self, slide: Slide | None) -> QuestionTally | None:
        if slide is None or slide.question is None:
            return None
        return self.events.tally.question(slide.id, slide.question.answer_pattern)

    def tally_as_shown(self, slide: Slide | None) -> QuestionTally | None:
        """What `tally(slide)` would give, without creating one: for drawing a slide ahead."""
        if slide is None or slide.question is None:
            return None
        return self.events.tally.as_shown(slide.id, slide.question.answer_pattern)

    def revealed(self, slide: Slide | None) -> bool:
        return slide is not None and self.events.tally.is_revealed(slide.id)

    @property
    def languages(self) -> list[str]:
        """The teaching languages this module is written in, in the curriculum's order."""
        return [c for c in self.curriculum.language_codes if c in self.module.texts]

    # Session ---------------------------------------------------------------------------------
    def start(self, at_index: int = 0) -> None:
        """Open the session in the event stream, on slide `at_index` (a resumed session)."""
        self.index = self.clamp(at_index)
        self.events.start(
            self.curriculum.id, self.curriculum.version, self.module.id, self.language
        )
        self._report_position()

    def stop(self) -> None:
        self.events.end()

    # Moving ----------------------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = self.clamp(index)
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
        if not self.move_language(language):
            return
        self.events.language(language)
        self.changed.emit()

    def cycle_language(self) -> None:
        codes = self.languages
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

    def restore_counts(self, stored: dict[str, tuple[int, ...]]) -> int:
        """Put counts stored earlier (a resumed session) back into the live tally."""
        patterns = {
            s.id: s.question.answer_pattern for s in self.text.questions if s.question is not None
        }
        restored = 0
        for question_id, counts in stored.items():
            pattern = patterns.get(question_id)
            if pattern is not None and len(pattern) == len(counts):
                self.events.tally.set_counts(question_id, pattern, counts)
                restored += 1
        if restored:
            self.changed.emit()
        return restored

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
        moved = self.index_of(current.id) if current is not None else None
        if moved is not None:
            self.index = moved
        elif at_end:
            self.index = self.card_index
        else:
            self.index = self.clamp(self.index)
        self.reloaded.emit()
        self.changed.emit()

    def close(self) -> None:
        """Forget the views: the windows that drew this session are gone."""
        self.changed.clear()
        self.reloaded.clear()
