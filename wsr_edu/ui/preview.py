"""Authoring preview: reload a curriculum within a second of a file changing on disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ..curriculum.catalog import load_safely
from ..curriculum.result import MANIFEST, LoadResult
from .tasks import TaskRunner

DEBOUNCE_MS = 250


class CurriculumWatcher(QObject):
    """Watches a curriculum's manifest, module files and images; emits each reload's result.

    Many editors save by writing a new file and renaming it over the old one; the watcher
    then forgets the path, so after every change the files are added again, and the folders
    are watched too so new or replaced files are noticed.
    """

    reloaded = Signal(object)

    def __init__(self, tasks: TaskRunner, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.folder = Path(folder)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._reload)
        self._loading = False
        self._again = False

    def start(self) -> None:
        self._watch_all()

    def stop(self) -> None:
        self._timer.stop()
        for paths in (self.watcher.files(), self.watcher.directories()):
            if paths:
                self.watcher.removePaths(paths)

    def watched_paths(self) -> list[str]:
        return [*self.watcher.files(), *self.watcher.directories()]

    def _targets(self) -> tuple[list[Path], list[Path]]:
        files = [self.folder / MANIFEST]
        folders = [self.folder]
        modules = self.folder / "modules"
        shared_images = self.folder / "images"
        if shared_images.is_dir():
            folders.append(shared_images)
            files.extend(sorted(p for p in shared_images.iterdir() if p.is_file()))
        if modules.is_dir():
            folders.append(modules)
            for module in sorted(p for p in modules.iterdir() if p.is_dir()):
                folders.append(module)
                files.extend(sorted(module.glob("*.md")))
                # A picture replaced or added (the same name, a new drawing) shows at once.
                images = module / "images"
                if images.is_dir():
                    folders.append(images)
                    files.extend(sorted(p for p in images.iterdir() if p.is_file()))
        return [f for f in files if f.is_file()], folders

    def _watch_all(self) -> None:
        files, folders = self._targets()
        have = set(self.watcher.files()) | set(self.watcher.directories())
        missing = [str(p) for p in (*files, *folders) if str(p) not in have]
        if missing:
            self.watcher.addPaths(missing)

    def _changed(self, path: str) -> None:
        self._watch_all()
        self._timer.start()

    def _reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.tasks.run(lambda: load_safely(self.folder), self._loaded, self._failed)

    def _loaded(self, result: LoadResult) -> None:
        self._loading = False
        self._watch_all()
        self.reloaded.emit(result)
        if self._again:
            self._again = False
            self._reload()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        print(f"wsr-edu: reloading {self.folder} failed: {error!r}")
