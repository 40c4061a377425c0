"""When the records file is missing, emptied or damaged: offer the newest good backup."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from ..widgets import button, label

if TYPE_CHECKING:
    from ...records.health import DamagedDatabaseError
    from ..context import AppContext


class RestoreDialog(QDialog):
    """Says what is wrong with the records and what the newest good backup holds."""

    def __init__(self, error: DamagedDatabaseError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.setWindowTitle(self.tr("The records need a backup"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        problem = self.tr("The records file %1 %2. Nothing is recorded until it is restored.")
        self.problem = label(
            problem.replace("%1", str(error.file)).replace("%2", error.problem), wrap=True
        )
        backup = error.backup
        offer = self.tr("Restore the newest good backup?\n%1") if backup else ""
        self.offer = label(offer.replace("%1", backup.describe() if backup else ""), wrap=True)
        self.kept = label(
            self.tr("The damaged file is kept beside it, so nothing is thrown away."),
            "muted",
            wrap=True,
        )
        for text in (self.problem, self.offer, self.kept):
            text.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.later = button(self.tr("Not now"))
        self.restore = button(self.tr("Restore the backup"))
        self.restore.setDefault(True)
        self.later.clicked.connect(self.reject)
        self.restore.clicked.connect(self.accept)
        row.addWidget(self.later)
        row.addWidget(self.restore)
        layout.addLayout(row)
        self.resize(560, 220)


_open_offer: list[RestoreDialog] = []
"""At most one offer at a time, however many record reads failed for the same reason."""


def offer_restore(
    parent: QWidget,
    context: AppContext,
    error: DamagedDatabaseError,
    done: Callable[[str], None],
    failed: Callable[[BaseException], None],
) -> bool:
    """Show the offer when there is a backup to restore; False (nothing shown) when not.

    Accepted, the restore runs on the records' worker; `done` gets a summary to show.
    """
    if error.backup is None:
        return False
    if _open_offer:
        return True
    dialog = RestoreDialog(error, parent)
    _open_offer.append(dialog)

    def finished(result: int) -> None:
        _open_offer.clear()
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        from ...records.health import restore

        backup = error.backup
        assert backup is not None
        folder = context.paths.backups_dir
        context.tasks.run(
            lambda: restore(error.file, folder, backup.path),
            lambda lines: done("; ".join(lines)),
            failed,
        )

    dialog.finished.connect(finished)
    dialog.open()
    return True
