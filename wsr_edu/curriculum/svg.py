"""Making an SVG picture self-contained before Qt sees it: nothing it names is ever fetched.

An SVG can point at other files and addresses (`<image href="/home/...">`, `<use href=
"other.svg#x">`, `@import` in a style sheet, `url(http://...)`), embed HTML
(`<foreignObject>`), or declare entities in a DTD. Every such part is removed; what remains
refers only to the SVG itself (`#fragment`) or to embedded PNG or JPEG data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SVG_BYTES = 2 * 1024 * 1024
"""An SVG picture larger than this (2 MB) is not loaded."""

_XLINK = "{http://www.w3.org/1999/xlink}href"
_DROP = {"foreignObject", "script", "iframe", "object", "embed", "audio", "video", "canvas"}
_LINKING = {"image", "use", "feImage", "tref", "script", "mpath", "textPath", "pattern", "filter"}
_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_IMPORT = re.compile(r"@import[^;]*;?", re.IGNORECASE)
_EMBEDDED = re.compile(r"^data:image/(png|jpeg|jpg);base64,", re.IGNORECASE)


@dataclass(frozen=True)
class CleanSvg:
    data: bytes | None
    """The self-contained SVG, or None when the file cannot be used at all."""
    removed: tuple[str, ...] = ()
    """What was taken out, in words, for the validator's warning."""
    error: str = ""


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _inside(ref: str) -> bool:
    ref = ref.strip()
    return ref.startswith("#") or bool(_EMBEDDED.match(ref))


def _clean_css(text: str, removed: set[str]) -> str:
    if _IMPORT.search(text):
        removed.add("an @import of another style sheet")
        text = _IMPORT.sub("", text)

    def url(match: re.Match[str]) -> str:
        if _inside(match.group(2)):
            return match.group(0)
        removed.add(f"a reference to '{match.group(2)[:60]}'")
        return "none"

    return _URL.sub(url, text)


def sanitise_svg(data: bytes) -> CleanSvg:
    """`data` with every external reference, embedded document and entity removed."""
    if len(data) > MAX_SVG_BYTES:
        return CleanSvg(None, (), f"the SVG file is larger than {MAX_SVG_BYTES // 2**20} MB")
    from lxml import etree  # loaded when a picture is checked, off the start-up path

    removed: set[str] = set()
    if re.search(rb"<!DOCTYPE|<!ENTITY", data[:65536], re.IGNORECASE):
        removed.add("a DTD with its entities")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_pis=True,
        remove_comments=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        return CleanSvg(None, (), f"the SVG file is not valid XML ({str(exc)[:80]})")
    if root is None or _local(root.tag) != "svg":
        return CleanSvg(None, (), "the file is not an SVG picture")
    for element in list(root.iter()):
        if isinstance(element, etree._Entity):
            removed.add("an entity reference")
            _remove(element)
            continue
        if not isinstance(element.tag, str):
            continue
        name = _local(element.tag)
        if name in _DROP:
            removed.add(f"a <{name}> element")
            _remove(element)
            continue
        for attr in list(element.attrib):
            value = element.attrib[attr]
            local = _local(attr)
            if attr == _XLINK or local == "href" or local == "src":
                if not _inside(value):
                    removed.add(f"a reference to '{value[:60]}'")
                    del element.attrib[attr]
                    if name in _LINKING:
                        _remove(element)
                        break
            elif local.startswith("on"):
                removed.add("a script attribute")
                del element.attrib[attr]
            elif "url(" in value.lower() or "@import" in value.lower():
                cleaned = _clean_css(value, removed)
                element.attrib[attr] = cleaned
        if name == "style" and element.text:
            element.text = _clean_css(element.text, removed)
    clean = etree.tostring(root, encoding="utf-8", xml_declaration=True)
    return CleanSvg(clean, tuple(sorted(removed)))


def _remove(element: object) -> None:
    parent = element.getparent()  # type: ignore[attr-defined]
    if parent is None:
        return
    # Keep the text that follows the element (its tail), as removing it would lose it.
    tail = element.tail  # type: ignore[attr-defined]
    if tail:
        previous = element.getprevious()  # type: ignore[attr-defined]
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
