"""Where the app keeps its files: one place, redirectable with --data-dir or WSR_EDU_DATA_DIR."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

APP_NAME = "wsr-edu"
ENV_DATA_DIR = "WSR_EDU_DATA_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def frozen_root() -> Path | None:
    """The bundle's own folder when the app runs from a frozen build (PyInstaller), else None.

    Everything shipped with the app sits under it, read-only as far as the app is concerned:
    records, settings and narration made later all go to the user data folder instead.
    """
    if not getattr(sys, "frozen", False):
        return None
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass if meipass else Path(sys.executable).parent).resolve()


def package_dir() -> Path:
    """The folder holding the wsr_edu package's shipped files, frozen or not."""
    root = frozen_root()
    if root is not None:
        return root / "wsr_edu"
    return Path(__file__).resolve().parent


def shipped(*parts: str) -> Path:
    """A file or folder shipped inside the package, e.g. shipped("ui", "icons")."""
    return package_dir().joinpath(*parts)


def inside_bundle(path: str | os.PathLike[str]) -> bool:
    """True when `path` lies inside a frozen app's own folder, where the app must not write."""
    root = frozen_root()
    if root is None:
        return False
    return Path(path).resolve().is_relative_to(root)


def bundled_curricula_dir() -> Path:
    """The curricula shipped with the app: in the bundle or installed package, else the source's."""
    installed = shipped("bundled", "curricula")
    if installed.is_dir() or frozen_root() is not None:
        return installed
    return package_dir().parent / "curricula"


def bundled_fonts_dir() -> Path:
    return shipped("fonts")


class AppPaths(NamedTuple):
    """The app's folders under one data folder (a named tuple, immutable: the command line's
    exports load no `dataclasses`, a sixth of a small export's time)."""

    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        return cls(Path(data_dir).expanduser() if data_dir else default_data_dir())

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.backups_dir, self.curricula_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def database_file(self) -> Path:
        return self.data_dir / "records.sqlite3"

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database_file}"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def curricula_dir(self) -> Path:
        """Curricula the user added; the bundled ones are read in place."""
        return self.data_dir / "curricula"

    @property
    def scan_cache_dir(self) -> Path:
        """Curricula as last loaded (curriculum/scan_cache.py): safe to delete at any time."""
        return self.data_dir / "cache" / "curricula"

    @property
    def device_file(self) -> Path:
        return self.data_dir / "device-id"

    @property
    def kiosk_file(self) -> Path:
        return self.data_dir / "kiosk.json"
