"""Loading a curriculum folder into immutable objects, collecting every problem on the way."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .languages import LANGUAGES
from .model import ComplaintLine, Curriculum, Language, Module, frozen_map
from .parse import ID_RE, ImageRef, ParsedModule, parse_module_text
from .problems import ProblemList
from .resources import AUDIO_EXTENSIONS, IMAGE_EXTENSIONS, unsafe_reason
from .textfile import read_text

MANIFEST = "curriculum.toml"
FORMAT_VERSION = 1
GENERATED_DIR = "generated"
"""Under a module's `narration/`, the folder that holds machine-made voices, not recordings."""


@dataclass
class LoadResult:
    path: Path
    curriculum: Curriculum | None
    problems: ProblemList = field(default_factory=ProblemList)

    @property
    def ok(self) -> bool:
        return self.curriculum is not None and not self.problems.errors


def is_curriculum_dir(path: Path) -> bool:
    return (path / MANIFEST).is_file()


def find_curricula(root: Path) -> list[Path]:
    """Curriculum folders at `root` itself or directly below it, sorted by name."""
    if is_curriculum_dir(root):
        return [root]
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and is_curriculum_dir(p))


def load_curriculum(path: Path) -> LoadResult:
    """Load the curriculum in `path`. Never raises for bad content: problems say what is wrong."""
    path = Path(path)
    problems = ProblemList()
    manifest = path / MANIFEST
    if not manifest.is_file():
        problems.error(
            manifest,
            1,
            "this folder has no curriculum.toml",
            "a curriculum folder needs a curriculum.toml; see curricula/FORMAT.md",
        )
        return LoadResult(path, None, problems)
    source = read_text(manifest, problems)
    if source is None:
        return LoadResult(path, None, problems)
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        line = _toml_error_line(exc)
        problems.error(
            manifest,
            line,
            f"curriculum.toml is not valid TOML: {_toml_reason(exc)}",
            "check quotes around text, '=' between name and value, and [section] lines",
        )
        return LoadResult(path, None, problems)
    head = _Manifest(manifest, source, data, problems)
    curriculum = head.build(path)
    return LoadResult(path, curriculum, problems)


def _toml_error_line(exc: tomllib.TOMLDecodeError) -> int:
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else 1


def _toml_reason(exc: tomllib.TOMLDecodeError) -> str:
    msg = getattr(exc, "msg", None) or str(exc)
    return re.sub(r"\s*\(at (line|end of document).*\)$", "", str(msg)).strip()


class _Manifest:
    """Reads curriculum.toml, reporting each problem at the line of the key concerned."""

    def __init__(self, path: Path, source: str, data: dict[str, Any], problems: ProblemList):
        self.path = path
        self.lines = source.splitlines()
        self.data = data
        self.problems = problems

    def line_of(self, key: str, section: str | None = None) -> int:
        in_section = section is None
        for i, raw in enumerate(self.lines, start=1):
            stripped = raw.strip()
            if stripped.startswith("["):
                in_section = section is not None and stripped.strip("[] ") == section
                continue
            if in_section and re.match(rf"^{re.escape(key)}\s*=", stripped):
                return i
        if section is not None:
            for i, raw in enumerate(self.lines, start=1):
                if raw.strip().strip("[] ") == section:
                    return i
        return 1

    def text(self, key: str, required: bool = True) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problems.error(
                    self.path,
                    1,
                    f"curriculum.toml has no '{key}'",
                    f'add a line like {key} = "..."',
                )
            return ""
        if not isinstance(value, str | int | float):
            self.problems.error(
                self.path,
                self.line_of(key),
                f"'{key}' must be text",
                f'write it in quotes: {key} = "..."',
            )
            return ""
        return str(value)

    def build(self, folder: Path) -> Curriculum | None:
        p, path = self.problems, self.path
        fmt = self.data.get("format", FORMAT_VERSION)
        if fmt != FORMAT_VERSION:
            p.error(
                path,
                self.line_of("format"),
                f"format {fmt!r} is not supported",
                f"this version of wsr-edu reads format = {FORMAT_VERSION}",
            )
            return None
        cid = self.text("id")
        if cid and not ID_RE.match(cid):
            p.error(
                path,
                self.line_of("id"),
                f"curriculum id '{cid}' is not allowed",
                "use lower-case letters, digits and '-', like \"wsr-basics\"",
            )
        elif cid and cid != folder.name:
            p.warning(
                path,
                self.line_of("id"),
                f"id '{cid}' differs from the folder name '{folder.name}'",
                "name the folder after the id to avoid confusion",
            )
        version = self.text("version")
        organisation = self.text("organisation", required=False)
        languages = self._languages()
        codes = [lang.code for lang in languages]
        default = self.text("default_language")
        if default and codes and default not in codes:
            p.error(
                path,
                self.line_of("default_language"),
                f"default_language '{default}' is not in [languages]",
                f"use one of: {', '.join(codes)}",
            )
        titles = self._per_language("title", codes)
        complaint = self._complaint_line(codes)
        module_ids = self._module_ids()
        if not cid or not codes:
            return None
        default = default if default in codes else codes[0]
        modules = tuple(
            m for m in (self._module(folder, mid, codes, default) for mid in module_ids) if m
        )
        self._unlisted_modules(folder, module_ids)
        return Curriculum(
            id=cid,
            version=version,
            path=folder,
            organisation=organisation,
            default_language=default,
            languages=tuple(languages),
            titles=frozen_map(titles),
            modules=modules,
            complaint_line=complaint,
        )

    def _languages(self) -> list[Language]:
        p, path = self.problems, self.path
        table = self.data.get("languages")
        if not isinstance(table, dict) or not table:
            p.error(
                path,
                self.line_of("languages"),
                "curriculum.toml lists no languages",
                'add a [languages] section with lines like: es = "Español"',
            )
            return []
        result = []
        for code, name in table.items():
            line = self.line_of(code, "languages")
            if code not in LANGUAGES:
                p.error(
                    path,
                    line,
                    f"unknown language code '{code}'",
                    "use a short international code such as en, es, ht, bn, hi, ne, or "
                    "mam, quc, kjb for Mayan languages (list in curricula/FORMAT.md)",
                )
                continue
            if not isinstance(name, str) or not name.strip():
                p.error(
                    path,
                    line,
                    f"language '{code}' has no name",
                    f"write the language's name in the language itself: {code} = "
                    f'"{LANGUAGES[code].native_name}"',
                )
                name = LANGUAGES[code].native_name
            result.append(Language(code, name.strip(), LANGUAGES[code].rtl))
        return result

    def _per_language(self, key: str, codes: list[str]) -> dict[str, str]:
        table = self.data.get(key)
        if not isinstance(table, dict):
            self.problems.error(
                self.path,
                self.line_of(key),
                f"curriculum.toml has no [{key}] section",
                f"add [{key}] with one line per language",
            )
            return {}
        for code in codes:
            if not str(table.get(code, "")).strip():
                self.problems.warning(
                    self.path,
                    self.line_of(key) if key in self.data else 1,
                    f"no {key} in language '{code}'",
                    f'add {code} = "..." under [{key}]',
                )
        return {str(k): str(v) for k, v in table.items() if isinstance(v, str)}

    def _complaint_line(self, codes: list[str]) -> ComplaintLine | None:
        p, path = self.problems, self.path
        table = self.data.get("complaint_line")
        if not isinstance(table, dict) or not str(table.get("number", "")).strip():
            p.warning(
                path,
                self.line_of("complaint_line"),
                "no complaint line number",
                'add a [complaint_line] section with number = "..." so every module '
                "ends with the number to call",
            )
            return None
        langs = table.get("languages", [])
        if not isinstance(langs, list):
            p.error(
                path,
                self.line_of("languages", "complaint_line"),
                "complaint_line languages must be a list",
                'write languages = ["en", "es"]',
            )
            langs = []
        notes = table.get("note", {})
        if isinstance(notes, str):
            notes = {codes[0] if codes else "en": notes}
        return ComplaintLine(
            number=str(table["number"]).strip(),
            hours=str(table.get("hours", "24/7")),
            languages=tuple(str(code) for code in langs),
            notes=frozen_map({str(k): str(v) for k, v in dict(notes).items()}),
        )

    def _module_ids(self) -> list[str]:
        p, path = self.problems, self.path
        ids = self.data.get("modules")
        if not isinstance(ids, list) or not ids:
            p.error(
                path,
                self.line_of("modules"),
                "curriculum.toml lists no modules",
                'add modules = ["first-module", "second-module"] in teaching order',
            )
            return []
        seen: set[str] = set()
        result = []
        for mid in ids:
            if not isinstance(mid, str) or not ID_RE.match(mid):
                p.error(
                    path,
                    self.line_of("modules"),
                    f"module id {mid!r} is not allowed",
                    "use lower-case letters, digits and '-', like \"heat-safety\"",
                )
            elif mid in seen:
                p.error(
                    path,
                    self.line_of("modules"),
                    f"module '{mid}' is listed twice",
                    "list each module once",
                )
            else:
                seen.add(mid)
                result.append(mid)
        return result

    def _unlisted_modules(self, folder: Path, listed: list[str]) -> None:
        modules_dir = folder / "modules"
        if not modules_dir.is_dir():
            return
        for child in sorted(modules_dir.iterdir()):
            if child.is_dir() and child.name not in listed:
                self.problems.warning(
                    self.path,
                    self.line_of("modules"),
                    f"module folder '{child.name}' is not listed in modules",
                    "add its id to modules = [...] or remove the folder",
                )

    def _module(self, folder: Path, mid: str, codes: list[str], default: str) -> Module | None:
        directory = folder / "modules" / mid
        if not directory.is_dir():
            self.problems.error(
                self.path,
                self.line_of("modules"),
                f"module '{mid}' has no folder modules/{mid}/",
                f"create modules/{mid}/ with one .md file per language",
            )
            return None
        return _ModuleLoader(directory, mid, codes, default, self.problems).load()


class _ModuleLoader:
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
