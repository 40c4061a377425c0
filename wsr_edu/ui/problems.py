"""A list of curriculum problems as `file:line`, each with its hint: used wherever errors show."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from .text import plain_tooltip

if TYPE_CHECKING:
    from ..curriculum.problems import Problem


def place(problem: Problem, root: Path | None) -> str:
    path = problem.path
    if root is not None and path.is_relative_to(root):
        path = path.relative_to(root)
    return f"{path.as_posix()}:{problem.line}"


class ProblemList(QListWidget):
    """Problems sorted errors first, each readable aloud by a screen reader as one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Problems found"))
        self._root: Path | None = None
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems: list[Problem] = []

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Problems found"))
            if self.problems:
                self.show_problems(self.problems, self._root)
        super().changeEvent(event)

    def show_problems(self, problems: Sequence[Problem], root: Path | None) -> None:
        self.clear()
        self._root = root
        self.problems = sorted(problems, key=lambda p: (not p.is_error, str(p.path), p.line))
        for problem in self.problems:
            kind = self.tr("Error") if problem.is_error else self.tr("Warning")
            where = place(problem, root)
            hint = self.tr("How to fix: %1").replace("%1", problem.hint) if problem.hint else ""
            text = f"{where}  {kind}: {problem.message}" + (f"\n{hint}" if hint else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
            item.setToolTip(plain_tooltip(text))
            self.addItem(item)

    def as_text(self) -> str:
        return "\n".join(self.item(i).text() for i in range(self.count()))
