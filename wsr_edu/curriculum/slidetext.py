"""Parsing slide Markdown once, with markdown-it-py's token stream, into text blocks and pictures.

The parser runs with raw HTML off (it becomes escaped text), links made inert and a nesting
limit, so what comes out is safe to show and bounded in depth. Pictures are taken out of the
text: the screens draw them apart, through the resource gate.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import Picture, TextBlock

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MAX_DEPTH = 6
"""Lists and quotes nested deeper than this are an error: screens cannot draw them legibly."""
_MAX_LEVEL = 4 * MAX_DEPTH + 8
"""markdown-it's own nesting limit (tokens); past it the parser stops instead of recursing."""

_KINDS = {
    "paragraph_open": "paragraph",
    "bullet_list_open": "list",
    "ordered_list_open": "list",
    "blockquote_open": "quote",
    "heading_open": "heading",
    "fence": "code",
    "code_block": "code",
    "hr": "rule",
    "html_block": "paragraph",
}
_CONTAINERS = {"bullet_list_open", "ordered_list_open", "blockquote_open"}


@dataclass
class ParsedText:
    """What one piece of slide Markdown holds, before pictures are resolved."""

    blocks: list[TextBlock] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    too_deep: int | None = None
    """The line where nesting went past MAX_DEPTH, if it did."""


@functools.cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # loaded on first parse, off the start-up path

    md = MarkdownIt("commonmark", {"html": False, "maxNesting": _MAX_LEVEL})
    # Every link and picture address is accepted here so that none silently becomes text: links
    # are made inert below, and pictures pass the resource gate, which says why it refuses.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    rules: Any = md.add_render_rule

    def link_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return '<span class="link">'

    def link_close(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return "</span>"

    def image(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return _image_html(tokens[idx], env)

    rules("link_open", link_open)
    rules("link_close", link_close)
    rules("image", image)
    return md


def _image_html(token: Token, env: dict[str, Any]) -> str:
    """Pictures inside text: dropped, or (render_markdown) kept when confined, else their alt."""
    keep = env.get("keep_pictures")
    if keep is None:
        return ""
    alt = _alt(token)
    src = str(token.attrs.get("src", ""))
    rel = keep(src)
    if rel is not None:
        return f'<img src="{html.escape(rel)}" alt="{html.escape(alt)}" />'
    from urllib.parse import unquote

    shown = alt or unquote(src) or "picture"
    return f'<span class="missing-image">[{html.escape(shown)}]</span>'


def _alt(token: Token) -> str:
    return "".join(_inline_text(token.children or [])).strip()


def _inline_text(children: Sequence[Token]) -> list[str]:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return parts


def parse_text(
    source: str, line_numbers: Sequence[int] = (), keep_pictures: Any = None
) -> ParsedText:
    """Blocks and pictures of `source`; `line_numbers[i]` is the file line of source line i."""
    md = _parser()
    env: dict[str, Any] = {}
    if keep_pictures is not None:
        env["keep_pictures"] = keep_pictures
    tokens = md.parse(source, env)
    result = ParsedText()

    def file_line(index: int) -> int:
        if 0 <= index < len(line_numbers):
            return line_numbers[index]
        return (line_numbers[-1] if line_numbers else 0) + 1

    depth = 0
    start = 0
    for i, token in enumerate(tokens):
        if token.type in _CONTAINERS:
            depth += 1
            if depth > MAX_DEPTH and result.too_deep is None:
                result.too_deep = file_line(token.map[0] if token.map else 0)
        elif token.type.replace("_close", "_open") in _CONTAINERS and token.nesting == -1:
            depth -= 1
        if token.level >= _MAX_LEVEL - 2 and result.too_deep is None:
            result.too_deep = file_line(token.map[0] if token.map else 0)
        if token.type == "inline":
            _collect_pictures(token, file_line, result.pictures)
        if token.level == 0 and token.nesting != 1:
            block = tokens[start : i + 1]
            start = i + 1
            made = _block(md, block, env, file_line)
            if made is not None:
                result.blocks.append(made)
    return result


def _collect_pictures(inline: Token, file_line: Any, pictures: list[Picture]) -> None:
    offset = 0
    first = inline.map[0] if inline.map else 0
    for child in inline.children or []:
        if child.type in ("softbreak", "hardbreak"):
            offset += 1
        elif child.type == "image":
            pictures.append(
                Picture(str(child.attrs.get("src", "")), _alt(child), file_line(first + offset))
            )


def _block(
    md: MarkdownIt, tokens: Sequence[Token], env: dict[str, Any], file_line: Any
) -> TextBlock | None:
    head = tokens[0]
    kind = _KINDS.get(head.type, "paragraph")
    lines: list[str] = []
    for token in tokens:
        if token.type == "inline":
            lines.extend("".join(_inline_text(token.children or [])).split("\n"))
        elif token.type in ("fence", "code_block", "html_block"):
            lines.extend(token.content.split("\n"))
    text = "\n".join(line.strip() for line in lines if line.strip())
    has_picture = any(
        child.type == "image"
        for token in tokens
        if token.type == "inline"
        for child in token.children or []
    )
    if not text and kind != "rule" and not (has_picture and "keep_pictures" in env):
        return None
    rendered = md.renderer.render(list(tokens), md.options, env)
    return TextBlock(kind, rendered, text, file_line(head.map[0] if head.map else 0))


def plain_inline(source: str) -> tuple[str, list[Picture]]:
    """One line of Markdown (an answer choice) as plain words, and the pictures it shows."""
    md = _parser()
    tokens = md.parseInline(source, {})
    pictures: list[Picture] = []
    words: list[str] = []
    for token in tokens:
        if token.type != "inline":
            continue
        for child in token.children or []:
            if child.type == "image":
                pictures.append(Picture(str(child.attrs.get("src", "")), _alt(child), 0))
            elif child.type in ("text", "code_inline"):
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                words.append(" ")
    return " ".join("".join(words).split()), pictures
