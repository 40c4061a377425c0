"""Lesson text gets its script's font without losing the size and weight of its style."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from wsr_edu.ui.context import AppContext
from wsr_edu.ui.fonts import set_content_language
from wsr_edu.ui.widgets import label


def test_a_styled_title_keeps_its_size_when_its_script_font_changes(
    qtbot: QtBot, context: AppContext
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    before_show, after_show, plain = (label("Title", "pageTitle") for _ in range(3))
    for widget in (before_show, after_show, plain):
        layout.addWidget(widget)
    set_content_language(before_show, "bn")
    holder.show()
    qtbot.waitExposed(holder)
    set_content_language(after_show, "bn")
    for widget in (before_show, after_show):
        assert widget.font().families()[0] == "Noto Sans Bengali"
        assert widget.font().pointSizeF() == plain.font().pointSizeF()
        assert widget.font().bold() == plain.font().bold()
    assert plain.font().pointSizeF() > holder.font().pointSizeF()
