"""Loading a curriculum folder into immutable objects, collecting every problem on the way."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from .languages import LANGUAGES
from .model import ComplaintLine, Curriculum, Language, Module, frozen_map
from .module_loader import GENERATED_DIR, ModuleLoader
from .parse import ID_RE
from .problems import UNRECORDED, ProblemList
from .result import MANIFEST, LoadResult, find_curricula, is_curriculum_dir
from .spoken import welcome_prompt, welcome_target
from .textfile import read_text

__all__ = [
    "GENERATED_DIR",
    "MANIFEST",
    "LoadResult",
    "find_curricula",
    "is_curriculum_dir",
    "load_curriculum",
]

FEEDBACK_DIR = "feedback"
"""The folder of the anonymous feedback questions, beside `modules/`."""
FEEDBACK_ID = "_feedback"
"""The feedback's module id: no module can take it (ids start with a letter or digit)."""
MAX_FEEDBACK_QUESTIONS = 3
FORMAT_VERSION = 1


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


def type_name(value: object) -> str:
    """What a TOML value is, in words for the person who wrote it."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return f"a number ({value})"
    if isinstance(value, float):
        return f"a number ({value})"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list [...]"
    if isinstance(value, dict):
        return "a table {...}"
    return "a date or time"


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
        # Only "\\n" ends a line, as in every editor and in TOML (not U+2028, form feed...).
        self.lines = source.split("\n")
        self.data = data
        self.problems = problems

    def line_of(self, key: str, section: str | None = None) -> int:
        """The line of `key` (in `[section]`), of the inline table holding it, or the section."""
        found = self._find_key(key, section)
        if found:
            return found
        if section is not None:
            parent, _, name = section.rpartition(".")
            # The section may be an inline table: `title = { en = 5 }`, or `note = {...}`.
            found = self._find_key(name, parent or None)
            if found:
                return found
            for i, raw in enumerate(self.lines, start=1):
                if raw.strip().strip("[] ") == section:
                    return i
        return 1

    def _find_key(self, key: str, section: str | None) -> int:
        in_section = section is None
        pattern = re.compile(rf"^[\"']?{re.escape(key)}[\"']?\s*[=.]")
        for i, raw in enumerate(self.lines, start=1):
            stripped = raw.strip()
            if stripped.startswith("["):
                in_section = section is not None and stripped.strip("[] ") == section
                continue
            if in_section and pattern.match(stripped):
                return i
        return 0

    def wrong_type(self, what: str, value: object, expected: str, hint: str, line: int) -> None:
        self.problems.error(
            self.path, line, f"{what} must be {expected}, not {type_name(value)}", hint
        )

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
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.wrong_type(
                f"'{key}'", value, "text", f'write it in quotes: {key} = "..."', self.line_of(key)
            )
            return ""
        return str(value)

    def build(self, folder: Path) -> Curriculum | None:
        p, path = self.problems, self.path
        fmt = self.data.get("format", FORMAT_VERSION)
        if isinstance(fmt, bool) or fmt != FORMAT_VERSION:
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
        spoken = {lang.code: lang.companion for lang in languages if lang.spoken_only}
        if default and default in spoken:
            p.error(
                path,
                self.line_of("default_language"),
                f"default_language '{default}' is spoken, not written",
                f"make a written language the default, such as {spoken[default]}",
            )
        if default and codes and default not in codes:
            p.error(
                path,
                self.line_of("default_language"),
                f"default_language '{default}' is not in [languages]",
                f"use one of: {', '.join(codes)}",
            )
        titles = self._per_language("title", [c for c in codes if c not in spoken])
        complaint = self._complaint_line(codes)
        module_ids = self._module_ids()
        if not cid or not codes:
            return None
        written_codes = [c for c in codes if c not in spoken]
        if not written_codes:
            return None
        default = default if default in written_codes else written_codes[0]
        modules = tuple(
            m
            for m in (
                self._module(folder, mid, written_codes, default, spoken) for mid in module_ids
            )
            if m
        )
        self._unlisted_modules(folder, module_ids)
        feedback = self._feedback(folder, written_codes, default, spoken)
        self._kiosk_welcomes(folder, languages)
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
            feedback=feedback,
        )

    def _feedback(
        self, folder: Path, codes: list[str], default: str, spoken: dict[str, str]
    ) -> Module | None:
        """The anonymous feedback questions in `feedback/`, asked at the end (optional)."""
        directory = folder / FEEDBACK_DIR
        if not directory.is_dir():
            return None
        module = ModuleLoader(
            directory, FEEDBACK_ID, codes, default, self.problems, spoken, feedback=True
        ).load()
        if module is not None:
            text = module.text()
            if len(text.slides) > MAX_FEEDBACK_QUESTIONS:
                self.problems.warning(
                    text.path,
                    text.slides[MAX_FEEDBACK_QUESTIONS].line,
                    f"{len(text.slides)} feedback questions; workers answer two or three "
                    "gladly, more tires them at the end of a lesson",
                    f"keep at most {MAX_FEEDBACK_QUESTIONS} questions",
                )
        return module

    def _kiosk_welcomes(self, folder: Path, languages: list[Language]) -> None:
        """A spoken language is offered at the kiosk by its recorded welcome: say if it is missing.

        A warning, not an error: the slides can be taught without it, and the kiosk still
        offers the language by its picture.
        """
        for lang in languages:
            if lang.spoken_only and welcome_prompt(folder, lang.code) is None:
                target = welcome_target(folder, lang.code).relative_to(folder).as_posix()
                self.problems.warning(
                    self.path,
                    self.line_of(lang.code, "languages"),
                    f"spoken language '{lang.code}' has no kiosk welcome recording ({target}): "
                    "the kiosk offers it silently",
                    f"record it (wsr-edu record <curriculum> --lang {lang.code} --missing, or "
                    "Record narration... in the library)",
                    code=UNRECORDED,
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
        for code, value in table.items():
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
            name, companion = value, ""
            if isinstance(value, dict):
                name, companion = self._spoken_language(code, value, line)
            if not isinstance(name, str):
                self.wrong_type(
                    f"the name of language '{code}'",
                    name,
                    "text",
                    f'write it in quotes: {code} = "{LANGUAGES[code].native_name}"',
                    line,
                )
                name = LANGUAGES[code].native_name
            if not name.strip():
                p.error(
                    path,
                    line,
                    f"language '{code}' has no name",
                    f"write the language's name in the language itself: {code} = "
                    f'"{LANGUAGES[code].native_name}"',
                )
                name = LANGUAGES[code].native_name
            result.append(Language(code, name.strip(), LANGUAGES[code].rtl, companion))
        written = {lang.code for lang in result if not lang.spoken_only}
        checked = []
        for lang in result:
            if lang.spoken_only and lang.companion not in written:
                p.error(
                    path,
                    self.line_of(lang.code, "languages"),
                    f"spoken language '{lang.code}' reads alongside '{lang.companion}', which is "
                    "not a written language of this curriculum",
                    "set companion to one of: "
                    + (", ".join(sorted(written)) or "a written language"),
                )
                continue
            checked.append(lang)
        return checked

    def _spoken_language(self, code: str, table: dict[str, Any], line: int) -> tuple[object, str]:
        """`mam = { name = "Mam", spoken = true, companion = "es" }`: spoken, not written."""
        name = table.get("name", LANGUAGES[code].native_name)
        spoken = table.get("spoken", False)
        companion = table.get("companion", "")
        unknown = sorted(set(table) - {"name", "spoken", "companion"})
        if unknown:
            self.problems.error(
                self.path,
                line,
                f"language '{code}' has unknown keys: {', '.join(unknown)}",
                'use name = "...", spoken = true and companion = "<written language>"',
            )
        if not isinstance(spoken, bool):
            self.wrong_type(
                f"'spoken' of language '{code}'",
                spoken,
                "true or false",
                "write spoken = true",
                line,
            )
            spoken = False
        if not isinstance(companion, str):
            self.wrong_type(
                f"'companion' of language '{code}'",
                companion,
                "a language code in quotes",
                'write companion = "es"',
                line,
            )
            companion = ""
        if not spoken:
            if companion:
                self.problems.error(
                    self.path,
                    line,
                    f"language '{code}' has a companion but is not marked spoken",
                    "add spoken = true, or write the language as a plain name",
                )
            return name, ""
        if not companion:
            self.problems.error(
                self.path,
                line,
                f"spoken language '{code}' needs a written companion",
                'add companion = "es" (the language the facilitator reads alongside)',
            )
            return name, ""
        return name, companion

    def _per_language(self, key: str, codes: list[str]) -> dict[str, str]:
        table = self.data.get(key)
        if isinstance(table, str) and codes:
            table = {codes[0]: table}
        if table is None:
            self.problems.error(
                self.path,
                1,
                f"curriculum.toml has no [{key}] section",
                f"add [{key}] with one line per language",
            )
            return {}
        if not isinstance(table, dict):
            self.wrong_type(
                f"'{key}'",
                table,
                "a table with one text per language",
                f'write [{key}] and then lines like en = "..."',
                self.line_of(key),
            )
            return {}
        result = self._texts(table, key, f"{key} in language '{{code}}'")
        for code in codes:
            if not result.get(code, "").strip():
                self.problems.warning(
                    self.path,
                    self.line_of(code, key) if key in self.data else 1,
                    f"no {key} in language '{code}'",
                    f'add {code} = "..." under [{key}]',
                )
        return result

    def _texts(self, table: dict[str, Any], section: str, what: str) -> dict[str, str]:
        """The text values of a per-language table; each other value is a typed error."""
        result = {}
        for code, value in table.items():
            if isinstance(value, str):
                result[str(code)] = value
            else:
                self.wrong_type(
                    what.format(code=code),
                    value,
                    "text",
                    f'write it in quotes: {code} = "..."',
                    self.line_of(str(code), section),
                )
        return result

    def _complaint_line(self, codes: list[str]) -> ComplaintLine | None:
        p, path = self.problems, self.path
        table = self.data.get("complaint_line")
        if table is not None and not isinstance(table, dict):
            self.wrong_type(
                "'complaint_line'",
                table,
                "a table",
                'write [complaint_line] and below it number = "..."',
                self.line_of("complaint_line"),
            )
            return None
        if not isinstance(table, dict) or not str(table.get("number", "")).strip():
            p.warning(
                path,
                self.line_of("complaint_line"),
                "no complaint line number",
                'add a [complaint_line] section with number = "..." so every module '
                "ends with the number to call",
            )
            return None
        section = "complaint_line"
        number = table["number"]
        if isinstance(number, bool) or not isinstance(number, str | int):
            self.wrong_type(
                "the complaint line number",
                number,
                "text",
                'write it in quotes: number = "1-800-555-0199"',
                self.line_of("number", section),
            )
            return None
        hours = table.get("hours", "24/7")
        if isinstance(hours, bool) or not isinstance(hours, str | int):
            self.wrong_type(
                "the complaint line hours",
                hours,
                "text",
                'write them in quotes: hours = "Mon-Fri 8-18"',
                self.line_of("hours", section),
            )
            hours = "24/7"
        langs = table.get("languages", [])
        if not isinstance(langs, list):
            self.wrong_type(
                "complaint_line languages",
                langs,
                "a list of language codes",
                'write languages = ["en", "es"]',
                self.line_of("languages", section),
            )
            langs = []
        elif not all(isinstance(code, str) for code in langs):
            bad = next(code for code in langs if not isinstance(code, str))
            self.wrong_type(
                "each complaint_line language",
                bad,
                "a language code in quotes",
                'write languages = ["en", "es"]',
                self.line_of("languages", section),
            )
            langs = [code for code in langs if isinstance(code, str)]
        notes = table.get("note", {})
        if isinstance(notes, str):
            notes = {codes[0] if codes else "en": notes}
        elif not isinstance(notes, dict):
            self.wrong_type(
                "the complaint line note",
                notes,
                "text, or a table with one text per language",
                'write note = "..." or [complaint_line.note] with lines like en = "..."',
                self.line_of("note", section),
            )
            notes = {}
        notes = self._texts(notes, f"{section}.note", "the complaint line note in '{code}'")
        return ComplaintLine(
            number=str(number).strip(),
            hours=str(hours),
            languages=tuple(langs),
            notes=frozen_map(notes),
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

    def _module(
        self,
        folder: Path,
        mid: str,
        codes: list[str],
        default: str,
        spoken: dict[str, str] | None = None,
    ) -> Module | None:
        directory = folder / "modules" / mid
        if not directory.is_dir():
            self.problems.error(
                self.path,
                self.line_of("modules"),
                f"module '{mid}' has no folder modules/{mid}/",
                f"create modules/{mid}/ with one .md file per language",
            )
            return None
        return ModuleLoader(directory, mid, codes, default, self.problems, spoken).load()
