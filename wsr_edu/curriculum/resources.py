"""Confining every file a curriculum refers to inside its own module folder."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
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


def resolve_resource(module_dir: Path, ref: str, base: Path | None = None) -> Path | None:
    """The file `ref` names inside `module_dir`, or None if it is unsafe or does not exist.

    This is the single gate every loader of curriculum pictures and audio goes through, so that
    nothing outside the module folder can ever be read, even through a symbolic link.
    """
    if unsafe_reason(ref) is not None:
        return None
    base = base or module_dir.resolve()
    target = (base / unquote(ref.strip())).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        return None
    return target


MAX_PICTURE_BYTES = 10 * 1024 * 1024
"""A PNG or JPEG picture larger than this (10 MB) is not shown."""
MAX_PICTURE_PIXELS = 40_000_000
"""Nor one with more pixels than this (40 megapixels, such as 8000 x 5000)."""


@dataclass(frozen=True)
class PictureCheck:
    usable: bool
    error: str = ""
    removed: tuple[str, ...] = ()
    """For SVG files: the external references taken out before the picture is drawn."""


def picture_path(module_dir: Path, ref: str) -> Path | None:
    """The picture file `ref` names inside `module_dir`, or None if it may not be shown."""
    path = resolve_resource(module_dir, ref)
    if path is None or path.suffix.lower() not in IMAGE_EXTENSIONS:
        return None
    return path if check_picture(path).usable else None


class PictureGate:
    """`picture_path` for one module, remembering each answer so a load stays linear."""

    def __init__(self, module_dir: Path) -> None:
        self.module_dir = module_dir
        self.base = module_dir.resolve()
        self._found: dict[str, Path | None] = {}

    def __call__(self, ref: str) -> Path | None:
        if ref not in self._found:
            path = resolve_resource(self.module_dir, ref, self.base)
            if path is not None and (
                path.suffix.lower() not in IMAGE_EXTENSIONS or not check_picture(path).usable
            ):
                path = None
            self._found[ref] = path
        return self._found[ref]


def check_picture(path: Path) -> PictureCheck:
    """Whether a picture file inside a module is within the limits, and what an SVG loses."""
    try:
        stat = path.stat()
    except OSError as exc:
        return PictureCheck(False, f"cannot read the picture: {exc.strerror or exc}")
    return _check_picture(path, stat.st_size, stat.st_mtime_ns)


_checked: dict[tuple[Path, int, int], PictureCheck] = {}


def _check_picture(path: Path, size: int, mtime: int) -> PictureCheck:
    key = (path, size, mtime)
    found = _checked.get(key)
    if found is None:
        found = _inspect(path, size)
        if len(_checked) > 4096:
            _checked.clear()
        _checked[key] = found
    return found


def _inspect(path: Path, size: int) -> PictureCheck:
    suffix = path.suffix.lower()
    if suffix == ".svg":
        from .svg import sanitise_svg

        if size > MAX_PICTURE_BYTES:
            return PictureCheck(False, f"the picture is larger than {_mb(MAX_PICTURE_BYTES)}")
        clean = sanitise_svg(path.read_bytes())
        return PictureCheck(clean.data is not None, clean.error, clean.removed)
    if size > MAX_PICTURE_BYTES:
        return PictureCheck(
            False, f"the picture is {_mb(size)}, more than {_mb(MAX_PICTURE_BYTES)}"
        )
    with path.open("rb") as file:
        head = file.read(262144)
    dims = image_dimensions(head)
    if dims is None:
        return PictureCheck(False, f"the file is not a readable {suffix[1:].upper()} picture")
    width, height = dims
    if width * height > MAX_PICTURE_PIXELS:
        return PictureCheck(
            False,
            f"the picture is {width} x {height} pixels, more than "
            f"{MAX_PICTURE_PIXELS // 1_000_000} million",
        )
    return PictureCheck(True)


def _mb(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size // 1024} KB"


def image_dimensions(head: bytes) -> tuple[int, int] | None:
    """Width and height from the first bytes of a PNG or JPEG file, without decoding it."""
    if head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR" and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
        return width, height
    if head[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(head):
            if head[i] != 0xFF:
                return None
            marker = head[i + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                i += 2
                continue
            (length,) = struct.unpack(">H", head[i + 2 : i + 4])
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", head[i + 5 : i + 9])
                return width, height
            i += 2 + length
    return None
