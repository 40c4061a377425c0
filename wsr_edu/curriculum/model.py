"""Immutable objects a loaded curriculum is made of; records refer to their ids, never titles."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

CHOICE_LETTERS = "ABCDEFGHIJ"


def frozen_map(data: Mapping[str, object] | None = None) -> Mapping:  # type: ignore[type-arg]
    return MappingProxyType(dict(data or {}))


@dataclass(frozen=True)
class Picture:
    """A picture a slide or a choice shows, as written and as found."""

    src: str
    """The file name as the author wrote it (shown in messages, never opened)."""
    alt: str = ""
    line: int = 0
    path: Path | None = None
    """The checked file inside the module (see `resources`), or None when it cannot be shown."""


@dataclass(frozen=True)
class TextBlock:
    """One block of a slide's text (paragraph, list, quote, heading, code or rule)."""

    kind: str
    html: str
    """Safe HTML the app made: raw HTML escaped, links inert, pictures taken out."""
    text: str
    """The same words as plain text, one line per paragraph or list item."""
    line: int = 0


@dataclass(frozen=True)
class Choice:
    text: str
    """Plain words (Markdown marks taken out); the picture, if any, is `picture`."""
    correct: bool
    image: str | None = None
    """The picture's file name as written, or None."""
    line: int = 0
    index: int = 0
    picture: Picture | None = None

    def letter(self, index: int | None = None) -> str:
        """A, B, C...: the name a choice is shown, spoken and recorded by (`<slide>.<a>.ogg`)."""
        i = self.index if index is None else index
        return CHOICE_LETTERS[i] if i < len(CHOICE_LETTERS) else str(i + 1)


@dataclass(frozen=True)
class Question:
    choices: tuple[Choice, ...]
    why: str = ""

    @property
    def multiple(self) -> bool:
        """True when more than one choice is right ("choose all that apply")."""
        return sum(c.correct for c in self.choices) > 1

    @property
    def correct_indexes(self) -> tuple[int, ...]:
        return tuple(i for i, c in enumerate(self.choices) if c.correct)

    @property
    def answer_pattern(self) -> tuple[bool, ...]:
        return tuple(c.correct for c in self.choices)


@dataclass(frozen=True)
class Slide:
    """One slide, parsed once: what every screen, the validator and narration read."""

    id: str
    index: int
    title: str
    body: str
    """The Markdown source of the slide's text (without heading, choices, Why:, notes)."""
    notes: str = ""
    say: str = ""
    """The narration script; empty when the slide has none of its own."""
    question: Question | None = None
    line: int = 0
    explicit_id: bool = True
    blocks: tuple[TextBlock, ...] = ()
    """The text, block by block, without pictures."""
    pictures: tuple[Picture, ...] = ()
    """The pictures in the text, in reading order (choices carry their own)."""

    @property
    def text(self) -> str:
        """The slide's words as plain text (a question's prompt, a screen reader's reading)."""
        return "\n".join(block.text for block in self.blocks if block.text)

    @property
    def html(self) -> str:
        return "".join(block.html for block in self.blocks)

    @property
    def all_pictures(self) -> tuple[Picture, ...]:
        """The text's pictures, then the choices'."""
        choices = self.question.choices if self.question is not None else ()
        return self.pictures + tuple(c.picture for c in choices if c.picture is not None)

    @property
    def images(self) -> tuple[str, ...]:
        """Every picture's file name as written."""
        return tuple(p.src for p in self.all_pictures)

    @property
    def narration(self) -> str:
        """What the voice says: the script, or else the visible text in reading order."""
        if self.say.strip():
            return self.say.strip()
        parts = [self.title, self.text]
        if self.question is not None:
            for choice in self.question.choices:
                parts.append(f"{choice.letter()}: {choice.text}")
        return "\n".join(p for p in parts if p.strip())


@dataclass(frozen=True)
class ModuleText:
    """One module in one language."""

    lang: str
    path: Path
    title: str
    summary: str
    minutes: int
    slides: tuple[Slide, ...]
    spoken_from: str = ""
    """For a language that is spoken, not written: the written language its slides (and so
    its pictures and the facilitator's text) come from. Empty for a written language."""

    @property
    def spoken(self) -> bool:
        return bool(self.spoken_from)

    @property
    def slide_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.slides)

    def slide(self, slide_id: str) -> Slide | None:
        return next((s for s in self.slides if s.id == slide_id), None)

    @property
    def questions(self) -> tuple[Slide, ...]:
        return tuple(s for s in self.slides if s.question is not None)


@dataclass(frozen=True)
class Module:
    id: str
    path: Path
    texts: Mapping[str, ModuleText] = field(default_factory=frozen_map)
    default_language: str = "en"

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.texts)

    def text(self, lang: str | None = None) -> ModuleText:
        """The module in `lang`, or in the default language when that one is missing."""
        if lang and lang in self.texts:
            return self.texts[lang]
        if self.default_language in self.texts:
            return self.texts[self.default_language]
        return next(iter(self.texts.values()))

    @property
    def images_dir(self) -> Path:
        return self.path / "images"

    def narration_dir(self, lang: str) -> Path:
        return self.path / "narration" / lang


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    """The language's name in the language itself."""
    rtl: bool = False
    companion: str = ""
    """Set for a language that is spoken, not written (Mam, K'iche'): the written language
    the facilitator reads alongside and the slides are taken from. Its narration comes from
    recordings only."""

    @property
    def spoken_only(self) -> bool:
        return bool(self.companion)


@dataclass(frozen=True)
class ComplaintLine:
    number: str
    hours: str = "24/7"
    languages: tuple[str, ...] = ()
    notes: Mapping[str, str] = field(default_factory=frozen_map)

    def note(self, lang: str, default_language: str = "en") -> str:
        return self.notes.get(lang) or self.notes.get(default_language) or ""


@dataclass(frozen=True)
class Curriculum:
    id: str
    version: str
    path: Path
    organisation: str
    default_language: str
    languages: tuple[Language, ...]
    titles: Mapping[str, str]
    modules: tuple[Module, ...]
    complaint_line: ComplaintLine | None = None
    feedback: Module | None = None
    """The anonymous feedback questions asked at the end of a kiosk visit and of a group
    session (`feedback/<lang>.md`), tallied only; None when the curriculum has none."""

    @property
    def spoken_parts(self) -> tuple[Module, ...]:
        """Every module, then the feedback: everything that is narrated and recorded."""
        return self.modules + ((self.feedback,) if self.feedback is not None else ())

    def feedback_text(self, lang: str | None) -> ModuleText | None:
        """The feedback questions in `lang` (or the default language), None without any."""
        if self.feedback is None:
            return None
        text = self.feedback.text(lang)
        return text if text.slides else None

    @property
    def language_codes(self) -> tuple[str, ...]:
        return tuple(lang.code for lang in self.languages)

    def language(self, code: str) -> Language | None:
        return next((lang for lang in self.languages if lang.code == code), None)

    def title(self, lang: str | None = None) -> str:
        return self.titles.get(lang or "") or self.titles.get(self.default_language) or self.id

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)
