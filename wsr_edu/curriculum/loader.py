"""Loading a curriculum folder into immutable objects, collecting every problem on the way."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .languages import LANGUAGES
from .model import ComplaintLine, Curriculum, Language, Module, frozen_map
from .module_loader import GENERATED_DIR, ModuleLoader
from .parse import ID_RE
from .problems import ProblemList
from .textfile import read_text

__all__ = ["GENERATED_DIR", "LoadResult", "find_curricula", "is_curriculum_dir", "load_curriculum"]

MANIFEST = "curriculum.toml"
FORMAT_VERSION = 1


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
        return ModuleLoader(directory, mid, codes, default, self.problems).load()
