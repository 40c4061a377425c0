"""Rendering slide Markdown to HTML that cannot load or link to anything outside its module."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from .resources import picture_path
from .slidetext import parse_text


def render_markdown(text: str, module_dir: Path) -> str:
    """HTML for `text` with raw HTML shown as text, links made inert and pictures confined.

    Pictures keep a relative `src` only when they resolve to an existing image file inside
    `module_dir`; every other picture becomes its description in brackets. (Slides show their
    pictures apart; this is for previews and tests of the same rules.)
    """
    base = module_dir.resolve()

    def keep(src: str) -> str | None:
        path = picture_path(module_dir, src)
        return None if path is None else str(PurePosixPath(path.relative_to(base).as_posix()))

    return "".join(block.html for block in parse_text(text, keep_pictures=keep).blocks)
