"""What a native speaker records, slide by slide, and where each take is kept.

The in-app recorder (`wsr-edu record` and the library's recorder screen) walks this plan: for
every slide of every module in one language, its spoken script (or, for a language that is
spoken and not written, the companion text the speaker reads from), then each question's
`Why:` explanation. A saved take is `narration/<lang>/<slide>.ogg` (or `<slide>.why.ogg`)
in the module's folder, which replaces any generated voice at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..curriculum.model import Curriculum, Module, Slide
from .sources import Part, SourceKind, audio_name, find_choice, find_narration


@dataclass(frozen=True)
class RecordingItem:
    module: Module
    lang: str
    slide: Slide
    part: Part
    script: str
    """What the speaker says (or reads from, in the companion language)."""
    choice: int | None = None
    """For one answer choice of a question: its index (recorded as `<slide>.<letter>.ogg`)."""

    @property
    def name(self) -> str:
        if self.choice is not None and self.slide.question is not None:
            letter = self.slide.question.choices[self.choice].letter().lower()
            return f"{self.slide.id}.{letter}"
        return audio_name(self.slide.id, self.part)

    @property
    def target(self) -> Path:
        return self.module.path / "narration" / self.lang / f"{self.name}.ogg"

    @property
    def label(self) -> str:
        if self.choice is not None:
            what = f"choice {self.name.rsplit('.', 1)[-1].upper()}"
        else:
            what = "explanation" if self.part is Part.WHY else "slide"
        return f"{self.module.id} / {self.slide.id} ({what})"

    def existing(self) -> SourceKind:
        if self.choice is None:
            return find_narration(self.module, self.lang, self.slide.id, self.part).kind
        return find_choice(self.module, self.lang, self.slide.id, self.choice).kind


def plan(
    curriculum: Curriculum,
    lang: str,
    module_id: str | None = None,
    missing_only: bool = False,
    script_lang: str | None = None,
) -> list[RecordingItem]:
    """Every part to record in `lang`, in teaching order.

    `script_lang` is the written language the script is shown in (for a spoken-only
    language, its written companion); by default `lang` itself.
    """
    if curriculum.language(lang) is None:
        known = ", ".join(curriculum.language_codes)
        raise ValueError(f"the curriculum has no language '{lang}' (it has: {known})")
    modules = [m for m in curriculum.spoken_parts if module_id in (None, m.id)]
    if module_id is not None and not modules:
        known = ", ".join(m.id for m in curriculum.modules)
        raise ValueError(f"the curriculum has no module '{module_id}' (it has: {known})")
    language = curriculum.language(lang)
    companion = language.companion if language is not None else ""
    items: list[RecordingItem] = []
    for module in modules:
        # A spoken language is read from its written companion's slides.
        text = module.text(script_lang or companion or lang)
        for slide in text.slides:
            items.append(RecordingItem(module, lang, slide, Part.SLIDE, slide.narration))
            if slide.question is None:
                continue
            for index, choice in enumerate(slide.question.choices):
                spoken = f"{choice.letter()}: {choice.text}"
                items.append(RecordingItem(module, lang, slide, Part.SLIDE, spoken, index))
            if slide.question.why.strip():
                items.append(RecordingItem(module, lang, slide, Part.WHY, slide.question.why))
    if missing_only:
        items = [i for i in items if i.existing() is not SourceKind.RECORDING]
    return items
