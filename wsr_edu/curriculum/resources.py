"""Confining every file a curriculum refers to inside its own module folder."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".svg"})
AUDIO_EXTENSIONS = frozenset({".ogg", ".mp3", ".wav"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def unsafe_reason(ref: str) -> str | None:
    """Why `ref` may not be loaded, or None when it is a plain relative path inside a module."""
    raw = ref.strip()
    decoded = unquote(raw)
    if not decoded:
        return "the picture has no file name"
    for text in (raw, decoded):
        if _SCHEME.match(text):
            return "pictures from web addresses or other places are never loaded"
        if text.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", text):
            return "an absolute path points outside the module"
        if "\\" in text:
            return "use '/' between folder names, not '\\'"
        if "\x00" in text or any(ord(c) < 32 for c in text):
            return "the file name holds control characters"
        if ".." in PurePosixPath(text).parts:
            return "'..' would reach outside the module folder"
    return None


def resolve_resource(module_dir: Path, ref: str) -> Path | None:
    """The file `ref` names inside `module_dir`, or None if it is unsafe or does not exist.

    This is the single gate every loader of curriculum pictures and audio goes through, so that
    nothing outside the module folder can ever be read, even through a symbolic link.
    """
    if unsafe_reason(ref) is not None:
        return None
    base = module_dir.resolve()
    target = (base / unquote(ref.strip())).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        return None
    return target


def picture_path(module_dir: Path, ref: str) -> Path | None:
    """The picture file `ref` names inside `module_dir`, or None if it may not be shown."""
    path = resolve_resource(module_dir, ref)
    if path is None or path.suffix.lower() not in IMAGE_EXTENSIONS:
        return None
    return path
