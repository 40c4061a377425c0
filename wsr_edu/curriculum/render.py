"""Rendering slide Markdown to HTML that cannot load or link to anything outside its module."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from .resources import IMAGE_EXTENSIONS, resolve_resource

_ALLOWED_ATTRS = {"img": {"src", "alt", "title"}, "span": {"class"}}


def render_markdown(text: str, module_dir: Path) -> str:
    """HTML for `text` with raw HTML shown as text, links made inert and pictures confined.

    Pictures keep a relative `src` only when they resolve to an existing image file inside
    `module_dir`; every other picture becomes its description in brackets.
    """
    import markdown  # loaded on first render, off the start-up path

    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_Confine(md, module_dir), "wsr_confine", 0)
    return md.convert(text)


class _Confine:
    """Tree processor: inert links, confined images, only known attributes."""

    def __init__(self, md, module_dir: Path) -> None:  # type: ignore[no-untyped-def]
        self.md = md
        self.module_dir = module_dir

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag == "a":
                element.tag = "span"
                element.attrib.clear()
                element.set("class", "link")
            elif element.tag == "img":
                self._confine_image(element)
            allowed = _ALLOWED_ATTRS.get(element.tag, set())
            for name in list(element.attrib):
                if name not in allowed:
                    del element.attrib[name]

    def _confine_image(self, element: etree.Element) -> None:
        src = element.get("src", "")
        alt = element.get("alt", "")
        path = resolve_resource(self.module_dir, src)
        if path is not None and path.suffix.lower() in IMAGE_EXTENSIONS:
            rel = PurePosixPath(path.relative_to(self.module_dir.resolve()).as_posix())
            element.attrib.clear()
            element.set("src", str(rel))
            element.set("alt", alt)
            return
        element.tag = "span"
        element.attrib.clear()
        element.set("class", "missing-image")
        element.text = f"[{alt or unquote(src) or 'picture'}]"
