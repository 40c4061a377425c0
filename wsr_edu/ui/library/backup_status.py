"""A status line in the library for a daily backup that failed (it runs in the background)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ..widgets import label

if TYPE_CHECKING:
    from ...records.opening import BackgroundBackup

POLL_MS = 1000


class BackupStatusLine(QWidget):
    """Hidden while all is well; says why when this start's daily backup failed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QVBoxLayout

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text: QLabel = label("", "banner", wrap=True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text)
        self._job: BackgroundBackup | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self.hide()

    def watch(self, job: BackgroundBackup | None) -> None:
        """Follow a backup job (None: no backup this start); polls its in-memory status."""
        self._job = job
        if job is not None:
            self._timer.start()
            self.refresh()

    def refresh(self) -> None:
        if self._job is None:
            return
        status = self._job.status
        if status.running:
            return
        self._timer.stop()
        if status.problem:
            self.text.setText(
                self.tr(
                    "The daily backup of the records failed: %1. Recording goes on; the "
                    "next start tries again."
                ).replace("%1", status.problem)
            )
            self.show()
        else:
            self.hide()
