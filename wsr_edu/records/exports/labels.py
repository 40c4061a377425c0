"""Words for ids: module titles, question texts and language names, from the curricula known.

Records keep ids (`rights`, `q-zero`, `bn`); people reading a report need the words ("Our
rights at work", "Never allowed", "বাংলা"). A `Labels` is built from loaded curricula (or
from curriculum folders) and falls back to the id itself for anything it does not know, such
as a module that was removed from the curriculum after it was taught.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...curriculum.languages import LANGUAGES

Texts = dict[str, str]
"""Language code -> text."""


@dataclass
class Labels:
    modules: dict[tuple[str, str], Texts] = field(default_factory=dict)
    """(curriculum id, module id) -> titles."""
    questions: dict[tuple[str, str], Texts] = field(default_factory=dict)
    """(module id, question id) -> question texts (the question slide's heading)."""
    languages: dict[str, str] = field(default_factory=dict)
    """Language code -> its name, written in the language itself."""
    defaults: dict[str, str] = field(default_factory=dict)
    """Module id -> the language its curriculum falls back to."""
    minutes: dict[tuple[str, str], int] = field(default_factory=dict)
    """(curriculum id, module id) -> planned minutes."""
    organisations: list[str] = field(default_factory=list)
    feedback: dict[tuple[str, str, str], Texts] = field(default_factory=dict)
    """(curriculum id, feedback question id, answer letter or "") -> the question's words
    (with "") or the answer's words, per language."""
    prefer: str | None = None
    """Show titles in this language when the curriculum has it (the interface language);
    None: in each session's teaching language."""

    @classmethod
    def from_curricula(cls, curricula: Iterable[Any], prefer: str | None = None) -> Labels:
        """From loaded `wsr_edu.curriculum.model.Curriculum` objects; the first one wins."""
        labels = cls(prefer=prefer)
        for curriculum in curricula:
            if curriculum is None:
                continue
            if curriculum.organisation and curriculum.organisation not in labels.organisations:
                labels.organisations.append(curriculum.organisation)
            for language in curriculum.languages:
                labels.languages.setdefault(language.code, language.name)
            for module in curriculum.modules:
                key = (curriculum.id, module.id)
                titles = labels.modules.setdefault(key, {})
                labels.defaults.setdefault(module.id, module.default_language)
                for lang, text in module.texts.items():
                    titles.setdefault(lang, text.title)
                    if text.minutes and key not in labels.minutes:
                        labels.minutes[key] = int(text.minutes)
                    for slide in text.questions:
                        texts = labels.questions.setdefault((module.id, slide.id), {})
                        texts.setdefault(lang, slide.title)
            feedback = getattr(curriculum, "feedback", None)
            for lang, text in feedback.texts.items() if feedback is not None else ():
                for slide in text.questions:
                    asked = (str(curriculum.id), str(slide.id), "")
                    labels.feedback.setdefault(asked, {}).setdefault(lang, slide.title)
                    for i, choice in enumerate(slide.question.choices):
                        answer = (curriculum.id, slide.id, choice.letter(i).lower())
                        labels.feedback.setdefault(answer, {}).setdefault(lang, choice.text)
        return labels

    @classmethod
    def from_folders(
        cls, roots: Iterable[Path], prefer: str | None = None, kept: Path | None = None
    ) -> Labels:
        """Load every curriculum under `roots` (bad ones are skipped: their ids show instead).

        With `kept` (the scan cache folder the library uses), a curriculum unchanged since it
        was last loaded is read back from there instead of parsed: a command-line export then
        costs no Markdown parsing."""
        from ...curriculum.catalog import scan

        return cls.from_curricula((r.curriculum for r in scan(roots, kept)), prefer)

    def _pick(self, texts: Texts | None, lang: str | None, fallback: str) -> str:
        if not texts:
            return fallback
        for choice in (self.prefer, lang, self.defaults.get(fallback), "en"):
            if choice and texts.get(choice):
                return texts[choice]
        return next(iter(texts.values()))

    def module(self, module_id: str, lang: str | None = None, curriculum_id: str = "") -> str:
        texts = self.modules.get((curriculum_id, module_id))
        if texts is None:
            texts = next((t for (_, m), t in self.modules.items() if m == module_id), None)
        if not texts:
            return module_id
        for choice in (self.prefer, lang, self.defaults.get(module_id), "en"):
            if choice and texts.get(choice):
                return texts[choice]
        return next(iter(texts.values()))

    def question(self, module_id: str, question_id: str, lang: str | None = None) -> str:
        texts = self.questions.get((module_id, question_id))
        if not texts:
            return question_id
        for choice in (self.prefer, lang, self.defaults.get(module_id), "en"):
            if choice and texts.get(choice):
                return texts[choice]
        return next(iter(texts.values()))

    def feedback_words(
        self, curriculum_id: str, question_id: str, answer: str = "", lang: str | None = None
    ) -> str:
        """A feedback question's words (or, with `answer`, one answer's), else the id."""
        texts = self.feedback.get((curriculum_id, question_id, answer))
        if not texts:
            return answer.upper() if answer else question_id
        for choice in (self.prefer, lang, "en"):
            if choice and texts.get(choice):
                return texts[choice]
        return next(iter(texts.values()))

    def language(self, code: str) -> str:
        name = self.languages.get(code)
        if name:
            return name
        known = LANGUAGES.get(code)
        return known.native_name if known else code

    def language_names(self) -> dict[str, str]:
        """Every language's name: from the curricula known, else from the languages the app
        knows (records merged from another laptop may be in a language no curriculum here has)."""
        names = {code: info.native_name for code, info in LANGUAGES.items()}
        names.update((code, name) for code, name in self.languages.items() if name)
        return names

    def planned_minutes(self, curriculum_id: str, module_id: str) -> int | None:
        return self.minutes.get((curriculum_id, module_id))

    def module_cases(self) -> list[tuple[str, str, str, str]]:
        """(curriculum id, module id, language, title) for every title known, for SQL."""
        rows = []
        for (curriculum_id, module_id), texts in self.modules.items():
            for lang in texts:
                rows.append(
                    (curriculum_id, module_id, lang, self.module(module_id, lang, curriculum_id))
                )
        return rows
