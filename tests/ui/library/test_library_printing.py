"""The library prints wallet cards and the shown module's handout, off the interface thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from wsr_edu.ui.context import AppContext


def test_cards_and_handout_from_the_print_menu(
    qtbot: QtBot,
    library,  # type: ignore[no-untyped-def]
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    menu = library.print_menu
    assert library.print_button.menu() is menu.menu
    assert [a.text() for a in menu.menu.actions()] == [
        "Complaint-line wallet cards…",
        "Take-home handout of this module…",
    ]
    answers = iter([str(tmp_path / "cards"), str(tmp_path / "handout.pdf")])
    asked: list[str] = []

    def answer(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return next(answers), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    menu.card_action.trigger()
    qtbot.waitUntil(lambda: menu.last_written == tmp_path / "cards.pdf", timeout=20_000)
    assert "555-0199" in PdfReader(tmp_path / "cards.pdf").pages[0].extract_text()
    menu.handout_action.trigger()
    qtbot.waitUntil(lambda: menu.last_written == tmp_path / "handout.pdf", timeout=20_000)
    text = PdfReader(tmp_path / "handout.pdf").pages[0].extract_text()
    assert "Water and shade" in text
    # The second dialog opened where the first file went.
    assert Path(asked[1]).parent == tmp_path
    assert context.settings.export_folder == str(tmp_path)
