"""Moving through one module in one language: its slides, then the complaint-line card.

The presenter and the kiosk share this model. Positions run over the module's slides and one
more, `card_index`: the card with the complaint line that closes every module.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..curriculum.model import Module, ModuleText, Slide


class Deck:
    """A module, a language and a position; subclasses say what moving means to them."""

    def __init__(self, module: Module | None = None, language: str | None = None) -> None:
        self.module: Module | None = module
        self.language: str | None = None
        if module is not None:
            self.language = language if language in module.texts else module.text().lang
        self.index = 0

    # What is showing -------------------------------------------------------------------------
    @property
    def text(self) -> ModuleText | None:
        return self.module.text(self.language) if self.module is not None else None

    @property
    def slides(self) -> Sequence[Slide]:
        text = self.text
        return text.slides if text is not None else ()

    @property
    def slide_count(self) -> int:
        return len(self.slides)

    @property
    def card_index(self) -> int:
        return self.slide_count

    @property
    def count(self) -> int:
        """Every position: the slides and the closing card."""
        return self.card_index + 1

    @property
    def at_end(self) -> bool:
        """True on the closing card, past the last slide."""
        return self.module is not None and self.index >= self.card_index

    def slide_at(self, index: int) -> Slide | None:
        slides = self.slides
        return slides[index] if 0 <= index < len(slides) else None

    @property
    def slide(self) -> Slide | None:
        return self.slide_at(self.index)

    # Moving ----------------------------------------------------------------------------------
    def clamp(self, index: int) -> int:
        return min(max(index, 0), self.card_index)

    def index_of(self, slide_id: str) -> int | None:
        """Where a slide is in the current language (slide ids are the same in every file)."""
        text = self.text
        found = text.slide(slide_id) if text is not None else None
        return found.index if found is not None else None

    def move_language(self, language: str) -> bool:
        """Show the same position in another language; False when nothing changed."""
        if self.module is None or language == self.language or language not in self.module.texts:
            return False
        current = self.slide
        at_end = self.at_end
        self.language = language
        if current is not None:
            moved = self.index_of(current.id)
            self.index = moved if moved is not None else self.clamp(self.index)
        elif at_end:
            self.index = self.card_index
        return True
