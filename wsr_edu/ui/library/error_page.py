"""The page shown instead of a curriculum that has errors: what is wrong, where, how to fix."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ..problems import ProblemList
from ..widgets import button, is_language_change, label

if TYPE_CHECKING:
    from ...curriculum.loader import LoadResult


class ErrorPage(QWidget):
    check_again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: LoadResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = label("", "pageTitle", wrap=True)
        layout.addWidget(self.title)
        box = QFrame()
        box.setObjectName("errorPanel")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(16, 12, 16, 12)
        self.heading = label("", "errorTitle", wrap=True)
        self.explain = label("", wrap=True)
        inner.addWidget(self.heading)
        inner.addWidget(self.explain)
        layout.addWidget(box)
        self.where = label("", "muted", wrap=True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.problems = ProblemList()
        layout.addWidget(self.problems, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_folder = button("")
        self.open_folder.clicked.connect(self._open_folder)
        self.check_again = button("", name="primary")
        self.check_again.clicked.connect(self.check_again_requested)
        row.addWidget(self.open_folder)
        row.addWidget(self.check_again)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "Each line names the file and the line number in it. Open "
                "the file in a text editor, fix the line, save, and press "
                "Check again."
            )
        )
        self.open_folder.setText(self.tr("Open the &folder"))
        self.open_folder.setAccessibleName(self.open_folder.text().replace("&", ""))
        self.check_again.setText(self.tr("Check &again"))
        self.check_again.setAccessibleName(self.check_again.text().replace("&", ""))
        result = self.result
        if result is None:
            self.heading.setText(
                self.tr("This curriculum cannot be taught until these mistakes are fixed")
            )
            return
        self.heading.setText(
            self.tr(
                "%n mistake(s) to fix before this curriculum can be taught",
                "",
                len(result.problems.errors),
            )
        )
        self.where.setText(self.tr("Folder: %1").replace("%1", str(result.path)))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def show_result(self, result: LoadResult, title: str) -> None:
        self.result = result
        self.title.setText(title)
        self.retranslate()
        self.problems.show_problems(result.problems, result.path)

    def _open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))
