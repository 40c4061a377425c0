"""What a native speaker records, slide by slide, and where each take is kept.

The in-app recorder (`wsr-edu record` and the library's recorder screen) walks this plan: for
every slide of every module in one language, its spoken script (or, for a language that is
spoken and not written, the companion text the speaker reads from), then each question's
`Why:` explanation. A saved take is `narration/<lang>/<slide>.ogg` (or `<slide>.why.ogg`)
in the module's folder, which replaces any generated voice at once. A spoken language's plan
starts with the kiosk's welcome in it (`kiosk/<lang>/welcome.ogg`, see `curriculum.spoken`)
and each module's title (`_title.ogg`, said on its kiosk tile), since no one reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..curriculum.model import Curriculum, Module, Slide
from ..curriculum.spoken import welcome_prompt, welcome_target
from .sources import Part, SourceKind, audio_name, find_choice, find_narration


def welcome_script(name: str) -> str:
    """What a spoken language's kiosk welcome says, for the speaker to say in the language."""
    return (
        f'The kiosk\'s welcome, said in {name}: "For {name}, touch here." '
        "It plays when a worker touches this language's button."
    )


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
    file: Path | None = None
    """Where the take goes when it is not the module's narration (the kiosk's welcome)."""

    @property
    def name(self) -> str:
        if self.choice is not None and self.slide.question is not None:
            letter = self.slide.question.choices[self.choice].letter().lower()
            return f"{self.slide.id}.{letter}"
        return audio_name(self.slide.id, self.part)

    @property
    def target(self) -> Path:
        if self.file is not None:
            return self.file
        return self.module.path / "narration" / self.lang / f"{self.name}.ogg"

    @property
    def label(self) -> str:
        if self.choice is not None:
            what = f"choice {self.name.rsplit('.', 1)[-1].upper()}"
        elif self.part is Part.WELCOME:
            return "kiosk welcome"
        elif self.part is Part.TITLE:
            return f"{self.module.id} (title, said on its kiosk tile)"
        else:
            what = "explanation" if self.part is Part.WHY else "slide"
        return f"{self.module.id} / {self.slide.id} ({what})"

    def existing(self) -> SourceKind:
        if self.file is not None:
            found = welcome_prompt(self.file.parent.parent.parent, self.lang)
            return SourceKind.RECORDING if found is not None else SourceKind.NONE
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
    if companion and module_id is None and modules:
        # The kiosk offers a spoken language by its welcome, said in the language itself.
        first = modules[0].text(companion).slides[0]
        items.append(
            RecordingItem(
                modules[0],
                lang,
                first,
                Part.WELCOME,
                welcome_script(language.name if language else lang),
                file=welcome_target(curriculum.path, lang),
            )
        )
    for module in modules:
        # A spoken language is read from its written companion's slides.
        text = module.text(script_lang or companion or lang)
        if companion and text.slides:
            # Its kiosk tile shows a picture only: the title is heard when it is touched.
            items.append(RecordingItem(module, lang, text.slides[0], Part.TITLE, text.title))
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
