"""The folder a save dialog opens in: where the user saved last, else their documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ..settings import Settings


class SaveFolder:
    """Where reports, cards and handouts are saved, remembered in the settings.

    Every save dialog of the app opens in the folder saved to last, so a coordinator who
    keeps reports in one folder finds it each time, whichever screen they save from.
    """

    def __init__(self, settings: Settings | None, save: Callable[[], None] | None = None) -> None:
        self._settings = settings
        self._save = save or (lambda: None)

    def start(self) -> Path:
        """The folder saved to last if it is still there, else the documents folder, else
        home: never the folder the app happened to be started from."""
        remembered = self._settings.export_folder if self._settings is not None else ""
        if remembered:
            folder = Path(remembered)
            if folder.is_absolute() and folder.is_dir():
                return folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if documents and Path(documents).is_dir():
            return Path(documents)
        return Path.home()

    def remember(self, saved: Path) -> None:
        """`saved` was written: the next dialog opens in its folder."""
        folder = saved.parent
        if self._settings is not None and folder.is_absolute() and folder.is_dir():
            self._settings.export_folder = str(folder)
            self._save()
