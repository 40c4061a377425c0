"""Curricula as last loaded, kept between starts so the library lists them without parsing
every slide again.

A kept load is used only while nothing it came from has changed: its key covers every file and
folder of the curriculum (name, kind, size, modification and change times, file number), the
loader's own code and the Markdown and XML libraries it uses. What is read back is treated like
any other file on disk: it must decode into the curriculum's own types, field by field; each path
in it must stay inside the curriculum folder; and slide text may hold only the markup the app's
own Markdown renderer writes (no pictures, links or styles). Anything else, and the curriculum is
loaded from its files, as without a kept load.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import types
import typing
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import Any

from ..atomic import atomic_write
from . import folders
from .model import TextBlock, frozen_map
from .problems import ProblemList
from .result import LoadResult

FORMAT = 1
"""Bumped when what is kept changes shape; older kept loads are then simply not used."""

MAX_BYTES = 32 * 2**20
"""A kept load larger than this is not read (a curriculum's is a few hundred kilobytes)."""

# The renderer's whole vocabulary (slidetext.py: commonmark, raw HTML escaped, links made inert,
# pictures taken out of the text) and its escaped text.
_TAG = (
    r"</?(?:p|h[1-6]|ul|li|blockquote|pre|em|strong|span)>"
    r'|<ol(?: start="\d{1,9}")?>|</ol>'
    r'|<code(?: class="language-[^"<>]*")?>|</code>'
    r'|<br />|<hr />|<span class="link">'
)
_TEXT = r"[^<>&]+|&(?:amp|lt|gt|quot|#x27|#39);"
_SAFE_HTML = re.compile(rf"(?:{_TAG}|{_TEXT})*")


class Rejected(ValueError):
    """A kept load that does not decode into a curriculum, or that steps outside its folder."""


class ScanCache:
    """One kept load per curriculum folder, in `directory` (the app's data folder)."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def _file(self, folder: Path) -> Path:
        name = hashlib.sha256(os.fsencode(str(Path(folder).absolute()))).hexdigest()[:32]
        return self.directory / f"{name}.json"

    def load(self, folder: Path, signature: str) -> LoadResult | None:
        """The kept load of `folder` if its key is `signature` and it decodes cleanly."""
        file = self._file(folder)
        try:
            if file.stat().st_size > MAX_BYTES:
                return None
            data = json.loads(file.read_bytes())
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("signature") != signature:
            return None
        try:
            return _Codec(Path(folder)).decode(data.get("result"), LoadResult)
        except (Rejected, TypeError, ValueError, KeyError, AttributeError):
            return None

    def store(self, folder: Path, signature: str, result: LoadResult) -> None:
        """Keep `result`; a curriculum that cannot be kept (a full disk) is loaded next time."""
        try:
            encoded = _Codec(Path(folder)).encode(result, LoadResult)
        except Rejected:
            return
        text = json.dumps({"signature": signature, "result": encoded}, ensure_ascii=False)
        with contextlib.suppress(OSError):
            atomic_write(self._file(folder), text)


def folder_signature(folder: Path) -> str:
    """The key of a kept load of `folder` (see `folders.folder_signature`)."""
    return folders.folder_signature(folder, salt=str(FORMAT))


class _Codec:
    """Loads to plain JSON and back, by the model's own type annotations."""

    def __init__(self, folder: Path) -> None:
        self.bases = (folder, folder.resolve())
        self._hints: dict[type, dict[str, Any]] = {}
        self._readers: dict[str, Any] = {}
        self._paths: dict[tuple[Any, Any], Path] = {}

    def hints(self, kind: type) -> dict[str, Any]:
        found = self._hints.get(kind)
        if found is None:
            module = sys.modules[kind.__module__]
            found = self._hints[kind] = typing.get_type_hints(kind, vars(module))
        return found

    # Writing ---------------------------------------------------------------------------------
    def encode(self, value: Any, hint: Any) -> Any:
        origin = typing.get_origin(hint)
        if origin in (types.UnionType, typing.Union):
            if value is None:
                return None
            inner = [a for a in typing.get_args(hint) if a is not type(None)]
            return self.encode(value, inner[0])
        if hint is Path:
            return self._path_out(value)
        if origin is tuple:
            return [self.encode(v, typing.get_args(hint)[0]) for v in value]
        if origin is Mapping:
            item = typing.get_args(hint)[1]
            return {str(k): self.encode(v, item) for k, v in value.items()}
        if hint is ProblemList:
            from .problems import Problem

            return [self.encode(p, Problem) for p in value]
        if isinstance(hint, type) and issubclass(hint, Enum):
            return value.value
        if isinstance(hint, type) and is_dataclass(hint):
            hints = self.hints(hint)
            return {
                f.name: self.encode(getattr(value, f.name), hints[f.name]) for f in fields(hint)
            }
        if hint in (str, int, bool, float):
            return value
        raise Rejected(f"cannot keep a {hint!r}")

    def _path_out(self, path: Path) -> list[Any]:
        for i, base in enumerate(self.bases):
            with contextlib.suppress(ValueError):
                return [i, PurePosixPath(Path(path).relative_to(base)).as_posix()]
        raise Rejected(f"a path outside the curriculum: {path}")

    # Reading ---------------------------------------------------------------------------------
    def decode(self, data: Any, hint: Any) -> Any:
        return self._reader(hint)(data)

    def _reader(self, hint: Any) -> Any:
        """A function reading one value of type `hint`, made once per type and codec."""
        key = repr(hint)
        made = self._readers.get(key)
        if made is None:
            made = self._readers[key] = self._make_reader(hint)
        return made

    def _make_reader(self, hint: Any) -> Any:
        origin = typing.get_origin(hint)
        if origin in (types.UnionType, typing.Union):
            inner = self._reader(next(a for a in typing.get_args(hint) if a is not type(None)))
            return lambda data: None if data is None else inner(data)
        if hint is Path:
            return self._path_in
        if origin is tuple:
            item = self._reader(typing.get_args(hint)[0])
            return lambda data: tuple(item(v) for v in _list(data))
        if origin is Mapping:
            value = self._reader(typing.get_args(hint)[1])
            return lambda data: frozen_map({_str(k): value(v) for k, v in _dict(data).items()})
        if hint is ProblemList:
            from .problems import Problem

            problem = self._reader(Problem)
            return lambda data: ProblemList(problem(p) for p in _list(data))
        if isinstance(hint, type) and issubclass(hint, Enum):
            return hint
        if isinstance(hint, type) and is_dataclass(hint):
            return self._dataclass_reader(hint)
        if hint is bool:
            return _bool
        if hint is int:
            return _int
        if hint is float:
            return _float
        if hint is str:
            return _str
        raise Rejected(f"cannot read a {hint!r}")

    def _dataclass_reader(self, kind: type) -> Any:
        readers: dict[str, Any] = {}
        names = [f.name for f in fields(kind)]
        expected = set(names)
        checked = kind is TextBlock

        def read(data: Any) -> Any:
            given = _dict(data)
            if given.keys() != expected:
                raise Rejected(f"{kind.__name__} has other fields")
            value = kind(**{name: readers[name](given[name]) for name in names})
            if checked and not _SAFE_HTML.fullmatch(getattr(value, "html", "")):
                raise Rejected("slide text with markup the renderer does not write")
            return value

        # Filled after `read` exists, so a type that holds itself (none today) still works.
        self._readers[repr(kind)] = read
        hints = self.hints(kind)
        for name in names:
            readers[name] = self._reader(hints[name])
        return read

    def _path_in(self, data: Any) -> Path:
        key = (data[0], data[1]) if isinstance(data, list) and len(data) == 2 else None
        found = self._paths.get(key) if key is not None else None
        if found is not None:
            return found
        base, text = _list(data)
        if base not in (0, 1) or isinstance(base, bool):
            raise Rejected("a path from nowhere")
        relative = PurePosixPath(_str(text))
        if relative.is_absolute() or ".." in relative.parts or "\\" in str(relative):
            raise Rejected(f"a path outside the curriculum: {text}")
        root = self.bases[base]
        path = root if str(relative) == "." else root.joinpath(*relative.parts)
        self._paths[(base, text)] = path
        return path


def _bool(data: Any) -> bool:
    if not isinstance(data, bool):
        raise Rejected("not true or false")
    return data


def _int(data: Any) -> int:
    if not isinstance(data, int) or isinstance(data, bool):
        raise Rejected("not a whole number")
    return data


def _float(data: Any) -> float:
    if not isinstance(data, int | float) or isinstance(data, bool):
        raise Rejected("not a number")
    return float(data)


def _list(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise Rejected("not a list")
    return data


def _dict(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise Rejected("not a table")
    return data


def _str(data: Any) -> str:
    if not isinstance(data, str):
        raise Rejected("not text")
    return data
