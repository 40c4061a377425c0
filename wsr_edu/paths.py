"""Where the app keeps its files: one place, redirectable with --data-dir or WSR_EDU_DATA_DIR."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "wsr-edu"
ENV_DATA_DIR = "WSR_EDU_DATA_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def bundled_curricula_dir() -> Path:
    """The curricula shipped with the app: inside the installed package, or the source tree's."""
    package = Path(__file__).resolve().parent
    installed = package / "bundled" / "curricula"
    if installed.is_dir():
        return installed
    return package.parent / "curricula"


def bundled_fonts_dir() -> Path:
    return Path(__file__).resolve().parent / "fonts"


@dataclass(frozen=True)
class AppPaths:
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
    def device_file(self) -> Path:
        return self.data_dir / "device-id"

    @property
    def kiosk_file(self) -> Path:
        return self.data_dir / "kiosk.json"
