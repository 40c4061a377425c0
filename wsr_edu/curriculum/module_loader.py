"""Loading one module folder: its language files, pictures and narration files, cross-checked."""

from __future__ import annotations

from pathlib import Path

from .languages import LANGUAGES
from .model import CHOICE_LETTERS, Module, frozen_map
from .parse import ImageRef, ParsedModule, parse_module_text
from .problems import ProblemList
from .resources import AUDIO_EXTENSIONS, IMAGE_EXTENSIONS, unsafe_reason
from .textfile import read_text

GENERATED_DIR = "generated"
"""Under a module's `narration/`, the folder that holds machine-made voices, not recordings."""


class ModuleLoader:
    """Loads one module folder: every language file, and checks them against each other."""

    def __init__(
        self, directory: Path, mid: str, codes: list[str], default: str, problems: ProblemList
    ):
        self.dir = directory
        self.id = mid
        self.codes = codes
        self.default = default
        self.problems = problems

    def load(self) -> Module | None:
        parsed: dict[str, ParsedModule] = {}
        for code in self.codes:
            file = self.dir / f"{code}.md"
            if not file.is_file():
                self.problems.error(
                    file,
                    1,
                    f"module '{self.id}' has no {code}.md ({LANGUAGES[code].english_name})",
                    f"add {code}.md with the same slides as the other languages, "
                    f"or remove '{code}' from [languages]",
                )
                continue
            source = read_text(file, self.problems)
            if source is None:
                continue
            parsed[code] = parse_module_text(file, code, source, self.problems)
        for extra in sorted(self.dir.glob("*.md")):
            if extra.stem not in self.codes:
                self.problems.warning(
                    extra,
                    1,
                    f"'{extra.name}' is not one of the curriculum's "
                    "languages and will not be shown",
                    f"add '{extra.stem}' to [languages] or remove the file",
                )
        texts = {code: pm.text for code, pm in parsed.items() if pm.text and pm.text.slides}
        if not texts:
            return None
        for pm in parsed.values():
            self._check_images(pm.images, pm.text.path if pm.text else self.dir)
        self._check_languages_agree(texts)
        self._check_narration(texts)
        return Module(
            self.id,
            self.dir,
            frozen_map(texts),
            self.default if self.default in texts else next(iter(texts)),
        )

    def _check_images(self, images: list[ImageRef], file: Path) -> None:
        for ref in images:
            reason = unsafe_reason(ref.src)
            if reason:
                self.problems.error(
                    file,
                    ref.line,
                    f"picture '{ref.src}' cannot be used: {reason}",
                    "copy the picture into this module's images/ folder and write images/<name>",
                )
                continue
            target = self.dir / ref.src
            if Path(ref.src).suffix.lower() not in IMAGE_EXTENSIONS:
                self.problems.error(
                    file,
                    ref.line,
                    f"picture '{ref.src}' is not a .png, .jpg or .svg file",
                    "save the picture as PNG, JPEG or SVG",
                )
            elif not target.is_file():
                self.problems.error(
                    file,
                    ref.line,
                    f"picture '{ref.src}' does not exist",
                    f"put the file at modules/{self.id}/{ref.src} or fix the name",
                )
            elif not target.resolve().is_relative_to(self.dir.resolve()):
                self.problems.error(
                    file,
                    ref.line,
                    f"picture '{ref.src}' is a link to a file outside the module",
                    "copy the picture into images/",
                )
            elif not ref.src.startswith("images/"):
                self.problems.warning(
                    file,
                    ref.line,
                    f"picture '{ref.src}' is not in images/",
                    "keep pictures in the module's images/ folder",
                )

    def _check_languages_agree(self, texts: dict) -> None:  # type: ignore[type-arg]
        reference_code = self.default if self.default in texts else next(iter(texts))
        reference = texts[reference_code]
        ref_ids = reference.slide_ids
        for code, text in texts.items():
            if code == reference_code:
                continue
            ids = text.slide_ids
            for slide in text.slides:
                if slide.id not in ref_ids:
                    self.problems.error(
                        text.path,
                        slide.line,
                        f"slide '{slide.id}' is not in {reference_code}.md",
                        "use the same slide ids in every "
                        "language, or add the slide to the other files",
                    )
            missing = [sid for sid in ref_ids if sid not in ids]
            if missing:
                self.problems.error(
                    text.path,
                    1,
                    f"slides missing compared with {reference_code}.md: {', '.join(missing)}",
                    "translate the missing slides, with the same ids",
                )
            common = [sid for sid in ids if sid in ref_ids]
            if common != [sid for sid in ref_ids if sid in ids]:
                self.problems.error(
                    text.path,
                    1,
                    f"slides are in a different order than in {reference_code}.md",
                    "put the slides in the same order in every language",
                )
            for slide in text.slides:
                other = reference.slide(slide.id)
                if other is None:
                    continue
                mine = slide.question.answer_pattern if slide.question else None
                theirs = other.question.answer_pattern if other.question else None
                if (mine is None) != (theirs is None):
                    self.problems.error(
                        text.path,
                        slide.line,
                        f"slide '{slide.id}' is a question "
                        f"in only one of {code}.md and {reference_code}.md",
                        "make it a question in every language, or in none",
                    )
                elif mine != theirs:
                    self.problems.error(
                        text.path,
                        slide.line,
                        f"question '{slide.id}' has "
                        f"different choices or answers than in {reference_code}.md",
                        "keep the same number of choices in the same order, "
                        "with the same right answers",
                    )

    def _check_narration(self, texts: dict) -> None:  # type: ignore[type-arg]
        root = self.dir / "narration"
        if not root.is_dir():
            return
        all_ids = {sid for text in texts.values() for sid in text.slide_ids}
        for lang_dir in sorted(root.iterdir()):
            if lang_dir.name == GENERATED_DIR or lang_dir.name.startswith("."):
                continue
            if not lang_dir.is_dir():
                self.problems.warning(
                    lang_dir,
                    1,
                    "narration files go in a folder per language",
                    f"move it to narration/<lang>/ such as narration/{self.default}/",
                )
                continue
            if lang_dir.name not in texts:
                self.problems.warning(
                    lang_dir,
                    1,
                    f"narration folder '{lang_dir.name}' is not a language of this module",
                    f"name the folder after a language code: {', '.join(texts)}",
                )
                continue
            text = texts[lang_dir.name]
            ids = set(text.slide_ids)
            for audio in sorted(lang_dir.iterdir()):
                if audio.name.startswith("."):
                    continue
                if audio.suffix.lower() not in AUDIO_EXTENSIONS:
                    self.problems.warning(
                        audio,
                        1,
                        "narration must be .ogg, .mp3 or .wav",
                        "convert the recording to Ogg Vorbis or MP3",
                    )
                elif audio.stem.endswith(".why"):
                    # <slide>.why.<ext> speaks a question's Why: explanation (ids have no dot).
                    slide_id = audio.stem[: -len(".why")]
                    slide = text.slide(slide_id)
                    questions = [s.id for s in text.slides if s.question is not None]
                    if slide is None:
                        hint = (
                            f"name it after a question's id in {lang_dir.name}.md, like "
                            f"{questions[0]}.why{audio.suffix}"
                            if questions
                            else f"{lang_dir.name}.md has no questions; remove the file"
                        )
                        self.problems.warning(
                            audio, 1, f"explanation recording matches no slide ('{slide_id}')", hint
                        )
                    elif slide.question is None:
                        self.problems.warning(
                            audio,
                            1,
                            f"slide '{slide_id}' is not a question, "
                            "so it has no Why: explanation to speak",
                            f"rename it {slide_id}{audio.suffix} if it "
                            "narrates the slide, or remove it",
                        )
                elif audio.stem == "_title":
                    pass  # the module's title, spoken on its kiosk tile
                elif _choice_of(audio.stem) is not None and audio.stem not in ids:
                    # <slide>.<letter>.<ext> speaks one answer choice (ids have no dot).
                    slide_id, index = _choice_of(audio.stem) or ("", 0)
                    slide = text.slide(slide_id)
                    if slide is None or slide.question is None:
                        self.problems.warning(
                            audio,
                            1,
                            f"choice recording matches no question ('{slide_id}')",
                            f"name it after a question's id in {lang_dir.name}.md and the "
                            f"choice's letter, like q-example.a{audio.suffix}",
                        )
                    elif index >= len(slide.question.choices):
                        self.problems.warning(
                            audio,
                            1,
                            f"question '{slide_id}' has only {len(slide.question.choices)} choices",
                            "remove the file, or rename it after one of the choices' letters",
                        )
                elif audio.stem not in ids:
                    hint = (
                        "that slide exists in another language; check the folder"
                        if audio.stem in all_ids
                        else f"name it after a slide id of {lang_dir.name}.md, like "
                        f"{next(iter(ids), 'welcome')}{audio.suffix}"
                    )
                    self.problems.warning(
                        audio, 1, f"narration file matches no slide ('{audio.stem}')", hint
                    )


def _choice_of(stem: str) -> tuple[str, int] | None:
    """`("q-when", 1)` for a choice recording named `q-when.b`; None for any other name."""
    slide_id, dot, letter = stem.rpartition(".")
    if not dot or not slide_id or len(letter) != 1 or letter not in CHOICE_LETTERS.lower():
        return None
    return slide_id, CHOICE_LETTERS.lower().index(letter)
