"""Loading one module folder: its language files, pictures and narration files, cross-checked."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .languages import LANGUAGES
from .model import CHOICE_LETTERS, Module, ModuleText, Picture, frozen_map
from .parse import ParsedModule, parse_module_text
from .problems import UNRECORDED, ProblemList
from .resources import (
    AUDIO_EXTENSIONS,
    IMAGE_EXTENSIONS,
    MAX_PICTURE_BYTES,
    MAX_PICTURE_PIXELS,
    PictureGate,
    check_picture,
    unsafe_reason,
)
from .svg import MAX_SVG_BYTES
from .textfile import read_text

GENERATED_DIR = "generated"
"""Under a module's `narration/`, the folder that holds machine-made voices, not recordings."""


def _choice_name(stem: str) -> tuple[str, str] | None:
    """The slide id and the lower-case choice letter of a `<slide>.<letter>` file name."""
    slide_id, dot, letter = stem.rpartition(".")
    if dot and len(letter) == 1 and letter in CHOICE_LETTERS.lower():
        return slide_id, letter
    return None


class ModuleLoader:
    """Loads one module folder: every language file, and checks them against each other."""

    def __init__(
        self,
        directory: Path,
        mid: str,
        codes: list[str],
        default: str,
        problems: ProblemList,
        spoken: dict[str, str] | None = None,
        *,
        feedback: bool = False,
    ):
        self.dir = directory
        self.feedback = feedback
        """The curriculum's feedback folder: every slide is an anonymous feedback question."""
        self.where = "feedback" if feedback else f"modules/{mid}"
        self.id = mid
        self.codes = codes
        self.default = default
        self.problems = problems
        self.spoken = dict(spoken or {})
        """Spoken-only language -> the written companion its slides are taken from."""

    def load(self) -> Module | None:
        parsed: dict[str, ParsedModule] = {}
        gate = PictureGate(self.dir)
        for code in self.codes:
            file = self.dir / f"{code}.md"
            if not file.is_file():
                self.problems.error(
                    file,
                    1,
                    f"{self._what} has no {code}.md ({LANGUAGES[code].english_name})",
                    f"add {code}.md with the same slides as the other languages, "
                    f"or remove '{code}' from [languages]",
                )
                continue
            source = read_text(file, self.problems)
            if source is None:
                continue
            parsed[code] = parse_module_text(
                file, code, source, self.problems, gate, feedback=self.feedback
            )
        for extra in sorted(self.dir.glob("*.md")):
            if extra.stem in self.spoken:
                self.problems.warning(
                    extra,
                    1,
                    f"'{extra.stem}' is a spoken language: its slides come from "
                    f"{self.spoken[extra.stem]}.md and this file is not read",
                    "remove the file, or write the language as a plain name in [languages]",
                )
            elif extra.stem not in self.codes:
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
        for code, companion in self.spoken.items():
            if companion in texts:
                written = texts[companion]
                texts[code] = replace(written, lang=code, spoken_from=companion)
        self._check_narration(texts)
        for code in self.spoken:
            if code in texts:
                self._check_spoken_recordings(texts[code])
        return Module(
            self.id,
            self.dir,
            frozen_map(texts),
            self.default if self.default in texts else next(iter(texts)),
        )

    @property
    def _what(self) -> str:
        return "the feedback" if self.feedback else f"module '{self.id}'"

    def _check_spoken_recordings(self, text: ModuleText) -> None:
        """A spoken language has no written text and no synthetic voice: every part is recorded."""
        folder = self.dir / "narration" / text.lang
        source = self.dir / f"{text.spoken_from}.md"
        hint = (
            f"record it in narration/{text.lang}/ (wsr-edu record <curriculum> --lang "
            f"{text.lang} --missing, or Record narration... in the library)"
        )

        def recorded(name: str) -> bool:
            return any(
                (folder / f"{name}{ext}").is_file() and (folder / f"{name}{ext}").stat().st_size
                for ext in sorted(AUDIO_EXTENSIONS)
            )

        for slide in text.slides:
            if not recorded(slide.id):
                self.problems.error(
                    source,
                    slide.line,
                    f"slide '{slide.id}' has no {text.lang} recording",
                    hint,
                    code=UNRECORDED,
                )
            question = slide.question
            if question is None:
                continue
            if question.why.strip() and not recorded(f"{slide.id}.why"):
                self.problems.error(
                    source,
                    slide.line,
                    f"the Why: of '{slide.id}' has no {text.lang} recording",
                    hint,
                    code=UNRECORDED,
                )
            for choice in question.choices:
                letter = choice.letter().lower()
                if not recorded(f"{slide.id}.{letter}"):
                    self.problems.error(
                        source,
                        choice.line or slide.line,
                        f"choice {letter.upper()} of '{slide.id}' has no {text.lang} recording",
                        hint,
                        code=UNRECORDED,
                    )

    def _check_images(self, images: list[Picture], file: Path) -> None:
        warned: set[Path] = set()
        for ref in images:
            if ref.path is not None:  # found, inside the module and within the limits
                self._check_picture_file(ref, ref.path, file, warned)
                if not ref.src.startswith("images/"):
                    self.problems.warning(
                        file,
                        ref.line,
                        f"picture '{ref.src}' is not in images/",
                        "keep pictures in the module's images/ folder",
                    )
                continue
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
                    f"put the file at {self.where}/{ref.src} or fix the name",
                )
            elif not target.resolve().is_relative_to(self.dir.resolve()):
                self.problems.error(
                    file,
                    ref.line,
                    f"picture '{ref.src}' is a link to a file outside the module",
                    "copy the picture into images/",
                )
            else:
                self._check_picture_file(ref, target.resolve(), file, warned)

    def _check_picture_file(
        self, ref: Picture, target: Path, file: Path, warned: set[Path]
    ) -> None:
        check = check_picture(target)
        if not check.usable:
            self.problems.error(
                file,
                ref.line,
                f"picture '{ref.src}' cannot be shown: {check.error}",
                f"save a smaller picture (at most {MAX_PICTURE_BYTES // 2**20} MB and "
                f"{MAX_PICTURE_PIXELS // 1_000_000} million pixels; SVG at most "
                f"{MAX_SVG_BYTES // 2**20} MB)",
            )
        elif check.removed and target not in warned:
            warned.add(target)
            self.problems.warning(
                file,
                ref.line,
                f"picture '{ref.src}' refers outside itself; removed before showing it: "
                + "; ".join(check.removed),
                "keep everything an SVG draws inside the SVG file itself",
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

    def _check_links(self, root: Path) -> None:
        """Every narration file (recorded or generated) must really be inside the module."""
        base = self.dir.resolve()
        for audio in sorted(root.rglob("*")):
            if audio.is_symlink() and not audio.resolve().is_relative_to(base):
                self.problems.error(
                    audio,
                    1,
                    "this narration file is a link to a file outside the module; "
                    "it will not be played",
                    "copy the recording itself into the module's narration/ folder",
                )

    def _check_choice_audio(self, audio: Path, text: ModuleText) -> None:
        """`<slide>.<letter>.<ext>` speaks one answer choice of a question (`q-when.b.ogg`)."""
        slide_id, letter = _choice_name(audio.stem) or ("", "")
        slide = text.slide(slide_id)
        if slide is None or slide.question is None:
            self.problems.warning(
                audio,
                1,
                f"choice recording matches no question ('{slide_id}' is not a question here)",
                f"name it after a question's id and a choice letter, like q-when.a{audio.suffix}",
            )
            return
        letters = [c.letter().lower() for c in slide.question.choices]
        if letter not in letters:
            self.problems.warning(
                audio,
                1,
                f"question '{slide_id}' has no choice {letter.upper()}: it has only "
                f"{len(letters)} choices",
                f"its choices are {', '.join(x.upper() for x in letters)}",
            )

    def _check_narration(self, texts: dict) -> None:  # type: ignore[type-arg]
        root = self.dir / "narration"
        if not root.is_dir():
            return
        self._check_links(root)
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
                elif _choice_name(audio.stem) is not None:
                    self._check_choice_audio(audio, text)
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
