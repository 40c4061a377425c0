"""Words for ids: module titles, question texts and language names, from the curricula known.

Records keep ids (`rights`, `q-zero`, `bn`); people reading a report need the words ("Our
rights at work", "Never allowed", "বাংলা"). A `Labels` is built from loaded curricula (or
from curriculum folders) and falls back to the id itself for anything it does not know, such
as a module that was removed from the curriculum after it was taught.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

Texts = dict[str, str]
"""Language code -> text."""


class Labels:
    """Words for ids. (A plain class: the command line's exports load no `dataclasses`.)"""

    def __init__(
        self,
        modules: dict[tuple[str, str], Texts] | None = None,
        questions: dict[tuple[str, str], Texts] | None = None,
        languages: dict[str, str] | None = None,
        defaults: dict[str, str] | None = None,
        minutes: dict[tuple[str, str], int] | None = None,
        organisations: list[str] | None = None,
        feedback: dict[tuple[str, str, str], Texts] | None = None,
        prefer: str | None = None,
    ) -> None:
        self.modules = modules if modules is not None else {}
        """(curriculum id, module id) -> titles."""
        self.questions = questions if questions is not None else {}
        """(module id, question id) -> question texts (the question slide's heading)."""
        self.languages = languages if languages is not None else {}
        """Language code -> its name, written in the language itself."""
        self.defaults = defaults if defaults is not None else {}
        """Module id -> the language its curriculum falls back to."""
        self.minutes = minutes if minutes is not None else {}
        """(curriculum id, module id) -> planned minutes."""
        self.organisations = organisations if organisations is not None else []
        self.feedback = feedback if feedback is not None else {}
        """(curriculum id, feedback question id, answer letter or "") -> the question's words
        (with "") or the answer's words, per language."""
        self.prefer = prefer
        """Show titles in this language when the curriculum has it (the interface language);
        None: in each session's teaching language."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Labels) and vars(self) == vars(other)

    def __repr__(self) -> str:
        return f"Labels({len(self.modules)} module(s), prefer={self.prefer!r})"

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
        """Every curriculum under `roots`, in order (bad ones are skipped: their ids show).

        With `kept` (the scan cache folder the library uses), the words of a curriculum
        unchanged since they were last taken are read back from a small file there, and a
        curriculum changed since is loaded through its kept load: a command-line export then
        parses no Markdown and builds no curriculum objects."""
        from ...curriculum.folders import find_curricula

        labels = cls(prefer=prefer)
        seen: set[Path] = set()
        for root in roots:
            for folder in find_curricula(Path(root)):
                key = folder.resolve()
                if key not in seen:
                    seen.add(key)
                    labels.add(_folder_labels(folder, kept))
        return labels

    def add(self, other: Labels) -> None:
        """Take in `other`'s words where these have none (the first curriculum wins), as
        `from_curricula` does for the curricula it is given one after the other."""
        for organisation in other.organisations:
            if organisation not in self.organisations:
                self.organisations.append(organisation)
        for code, name in other.languages.items():
            self.languages.setdefault(code, name)
        for mine, theirs in (
            (self.modules, other.modules),
            (self.questions, other.questions),
            (self.feedback, other.feedback),
        ):
            for key, texts in theirs.items():
                have = mine.setdefault(key, {})  # type: ignore[arg-type]
                for lang, text in texts.items():
                    have.setdefault(lang, text)
        for module_id, lang in other.defaults.items():
            self.defaults.setdefault(module_id, lang)
        for key, minutes in other.minutes.items():
            self.minutes.setdefault(key, minutes)

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
        from ...curriculum.languages import LANGUAGES  # only for a language no curriculum names

        known = LANGUAGES.get(code)
        return known.native_name if known else code

    def language_names(self) -> dict[str, str]:
        """Every language's name: from the curricula known, else from the languages the app
        knows (records merged from another laptop may be in a language no curriculum here has)."""
        from ...curriculum.languages import LANGUAGES

        names = {code: info.native_name for code, info in LANGUAGES.items()}
        names.update((code, name) for code, name in self.languages.items() if name)
        return names

    def planned_minutes(self, curriculum_id: str, module_id: str) -> int | None:
        return self.minutes.get((curriculum_id, module_id))

    def module_cases(self) -> list[tuple[str | None, str, str | None, str]]:
        """(curriculum id, module id, language, title) for SQL: a session's title is that of
        the first case it matches (None matches anything), the same as `module()` gives."""
        exact: list[tuple[str | None, str, str | None, str]] = []
        whole: list[tuple[str | None, str, str | None, str]] = []
        for (curriculum_id, module_id), texts in self.modules.items():
            for lang in texts:
                exact.append(
                    (curriculum_id, module_id, lang, self.module(module_id, lang, curriculum_id))
                )
            whole.append(
                (curriculum_id, module_id, None, self.module(module_id, None, curriculum_id))
            )
        # A curriculum not known here (merged from another laptop): the first one with the
        # module gives its titles, as in `module()`.
        by_module: list[tuple[str | None, str, str | None, str]] = []
        seen: set[str] = set()
        for (_, module_id), texts in self.modules.items():
            if module_id in seen:
                continue
            seen.add(module_id)
            for lang in texts:
                by_module.append((None, module_id, lang, self.module(module_id, lang, "")))
            by_module.append((None, module_id, None, self.module(module_id)))
        return exact + whole + by_module


# -- words kept per curriculum folder ---------------------------------------------------------

KEPT_FORMAT = 1
"""Bumped when the kept words change shape; older files are then simply not used."""
WORD_FILES = (".md", ".toml")
"""The files of a curriculum its words are read from (see `_folder_labels`)."""
MAX_KEPT_BYTES = 8 * 2**20
"""Kept words larger than this are not read (a curriculum's are tens of kilobytes)."""


def _folder_labels(folder: Path, kept: Path | None) -> Labels:
    """One curriculum's words: kept ones if `folder` is unchanged, else from loading it."""
    if kept is None:
        from ...curriculum.catalog import load_safely

        return Labels.from_curricula([load_safely(folder).curriculum])
    import os
    import zlib

    from ...curriculum.folders import folder_state, stat_line

    # Kept under the curriculum's state (as the scan cache's key, but compared as it is: no
    # digest to compute) and this file's own, which decides what the words are. The words come
    # from curriculum.toml and the module texts alone (a picture or a sound file only ever adds
    # a problem), so the other files count by name: 40 files to look at instead of 500.
    state = folder_state(folder, salt=f"labels{KEPT_FORMAT}", stat_only=WORD_FILES)
    state += stat_line("labels", __file__)
    where = str(Path(folder).absolute())
    file = Path(kept) / f"{zlib.crc32(os.fsencode(where)):08x}.labels.json"
    key = {"folder": where, "state": state.decode("latin-1")}  # every byte, one character each
    found = _read_kept(file, key)
    if found is not None:
        return found
    from ...curriculum.catalog import scan

    results = scan([folder], kept)
    labels = Labels.from_curricula([r.curriculum for r in results])
    _write_kept(file, key, labels)
    return labels


def _read_kept(file: Path, key: dict[str, str]) -> Labels | None:
    """Kept words, if `file` holds them under `key` in exactly the shape written."""
    import json

    try:
        if file.stat().st_size > MAX_KEPT_BYTES:
            return None
        data = json.loads(file.read_bytes())
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        return _decode(data["labels"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_kept(file: Path, key: dict[str, str], labels: Labels) -> None:
    """Keep `labels`; words that cannot be kept (a full disk) are simply taken again."""
    import contextlib
    import json

    from ...atomic import atomic_write

    data = {
        "key": key,
        "labels": {
            "modules": [[*k, texts] for k, texts in labels.modules.items()],
            "questions": [[*k, texts] for k, texts in labels.questions.items()],
            "feedback": [[*k, texts] for k, texts in labels.feedback.items()],
            "languages": labels.languages,
            "defaults": labels.defaults,
            "minutes": [[*k, minutes] for k, minutes in labels.minutes.items()],
            "organisations": labels.organisations,
        },
    }
    with contextlib.suppress(OSError, TypeError, ValueError):
        atomic_write(file, json.dumps(data, ensure_ascii=False))


def _decode(data: Any) -> Labels:
    """Labels from their kept form; ValueError for anything not written by `_write_kept`."""

    def text(value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError("not text")
        return value

    def texts(value: Any) -> Texts:
        if not isinstance(value, dict):
            raise ValueError("not a mapping")
        return {text(k): text(v) for k, v in value.items()}

    def keyed(value: Any, size: int) -> dict[Any, Texts]:
        if not isinstance(value, list):
            raise ValueError("not a list")
        found: dict[Any, Texts] = {}
        for item in value:
            if not isinstance(item, list) or len(item) != size + 1:
                raise ValueError("not a keyed entry")
            found[tuple(text(part) for part in item[:size])] = texts(item[size])
        return found

    def minutes(value: Any) -> dict[tuple[str, str], int]:
        if not isinstance(value, list):
            raise ValueError("not a list")
        found = {}
        for item in value:
            if not (isinstance(item, list) and len(item) == 3 and type(item[2]) is int):
                raise ValueError("not planned minutes")
            found[(text(item[0]), text(item[1]))] = item[2]
        return found

    if not isinstance(data, dict) or not isinstance(data["organisations"], list):
        raise ValueError("not kept words")
    return Labels(
        modules=keyed(data["modules"], 2),
        questions=keyed(data["questions"], 2),
        feedback=keyed(data["feedback"], 3),
        languages=texts(data["languages"]),
        defaults=texts(data["defaults"]),
        minutes=minutes(data["minutes"]),
        organisations=[text(o) for o in data["organisations"]],
    )
