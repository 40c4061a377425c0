"""Showing untrusted words: curriculum, database, bundle and settings text is always plain text.

A QLabel's default text format (AutoText) turns any string that looks like HTML into rich text,
which would load `<img src=...>` from anywhere on the computer. Every label the app builds comes
from `plain_label`; the few that show rich text the app made itself (rendered slide Markdown)
come from `rich_label` and carry the `wsrRich` property, so a test can tell them apart.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

RICH_PROPERTY = "wsrRich"
"""Set on the labels whose rich text the app built itself from escaped parts."""


def escape(text: str) -> str:
    """`text` ready to join rich text the app builds itself: every tag and entity inert."""
    return html.escape(text, quote=True)


def plain_label(text: str = "", name: str = "", wrap: bool = False) -> QLabel:
    """A label that shows `text` exactly as written, whatever it looks like."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def rich_label(name: str = "", wrap: bool = True) -> QLabel:
    """A label for rich text the app produced itself (safe, confined HTML), marked as such."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setProperty(RICH_PROPERTY, True)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Show `text` in `label` as plain text, even if the label was made elsewhere."""
    if label.textFormat() != Qt.TextFormat.PlainText:
        label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def plain_tooltip(text: str) -> str:
    """A tool tip that shows `text` literally (Qt guesses whether tool tips are rich text)."""
    if not text:
        return ""
    return '<p style="white-space:pre-wrap">' + escape(text) + "</p>"


def set_plain_tooltip(widget: QWidget, text: str) -> None:
    widget.setToolTip(plain_tooltip(text))


RLM = "\u200f"


def bidi(text: str, language: str) -> str:
    """`text` of a right-to-left language anchored so its punctuation lands at the right end.

    A right-to-left mark on each side makes the paragraph right-to-left and keeps a final full
    stop or question mark after the words (on their left), even where the widget or painter
    lays out left to right (the console, an English interface). Qt does not apply the Unicode
    isolates (U+2066-U+2069) to trailing punctuation, which is why marks are used here.
    Left-to-right text is returned as it is.
    """
    from ..curriculum.languages import is_rtl

    if not text or not is_rtl(language):
        return text
    return RLM + text + RLM


LRM = "\u200e"


def numbered(prefix: str, text: str, language: str) -> str:
    """`prefix` ("3. ") before `text`, on a left-to-right row (the interface's direction).

    A right-to-left title on its own would turn the whole row right to left: Qt takes a
    row's direction from its first strong letter, so "1. title" showed as "title .1". A
    left-to-right mark first keeps the number at the start; the title keeps its own
    direction inside (see `bidi`).
    """
    from ..curriculum.languages import is_rtl

    if not is_rtl(language):
        return prefix + text
    return LRM + prefix + bidi(text, language)
