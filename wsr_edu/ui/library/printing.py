"""The library's "Print for workers" menu: wallet cards and the selected module's handout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from ..folders import SaveFolder

if TYPE_CHECKING:
    from ...curriculum.model import Curriculum
    from ..context import AppContext


class PrintMenu(QObject):
    """A menu on `button`; `selection()` gives the curriculum, module and language shown."""

    def __init__(self, context: AppContext, button: QPushButton, window: QWidget, selection):  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.context = context
        self.window = window
        self.selection = selection
        self.menu = QMenu(window)
        self.card_action = self.menu.addAction("")
        self.handout_action = self.menu.addAction("")
        self.card_action.triggered.connect(self.print_cards)
        self.handout_action.triggered.connect(self.print_handout)
        button.setMenu(self.menu)
        self.last_written: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.card_action.setText(self.tr("Complaint-line wallet cards…"))
        self.handout_action.setText(self.tr("Take-home handout of this module…"))

    def _ask(self, name: str) -> Path | None:
        folder = SaveFolder(self.context.settings, self.context.save_settings)
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the PDF to print"), str(folder.start() / name), "PDF (*.pdf)"
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        folder.remember(target)
        return target

    def print_cards(self) -> None:
        curriculum, _, _ = self.selection()
        if curriculum is None:
            return
        target = self._ask(f"{curriculum.id}-complaint-cards.pdf")
        if target is not None:
            self.write_cards(curriculum, target)

    def print_handout(self) -> None:
        curriculum, module_id, language = self.selection()
        if curriculum is None or module_id is None:
            return
        target = self._ask(f"{curriculum.id}-{module_id}-{language}.pdf")
        if target is not None:
            self.write_handout(curriculum, module_id, language, target)

    def write_cards(self, curriculum: Curriculum, target: Path) -> None:
        from ...printing.card import write_cards

        self._run(lambda: write_cards(curriculum, target), target)

    def write_handout(
        self, curriculum: Curriculum, module_id: str, language: str, target: Path
    ) -> None:
        from ...printing.handout import write_handout

        self._run(lambda: write_handout(curriculum, module_id, language, target), target)

    def _run(self, work, target: Path) -> None:  # type: ignore[no-untyped-def]
        show = getattr(self.window, "show_message", None)

        def done(_result: object) -> None:
            self.last_written = target
            if show is not None:
                show(self.tr("Saved %1: ready to print.").replace("%1", str(target)))

        def failed(error: BaseException) -> None:
            if show is not None:
                show(self.tr("The PDF was not saved: %1").replace("%1", str(error)))

        self.context.tasks.run(work, done, failed)
