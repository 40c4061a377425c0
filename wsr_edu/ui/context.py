"""The application context: paths, settings and shared services, handed to every window."""

from __future__ import annotations

import argparse
import importlib.util
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import AppPaths, bundled_curricula_dir
from ..settings import Settings
from .tasks import TaskRunner
from .theme import Appearance

if TYPE_CHECKING:
    from ..narration.player import Player
    from ..records.repository import Records
    from ..session.events import SessionEvents
    from .i18n import Translations

PLAYBACK_MODULE = "wsr_edu.narration.playback"


@dataclass
class AppContext:
    """Everything a window needs, passed explicitly instead of reached through globals.

    `session_events` is the one stream every group-session event goes through; storage
    (attendance records) plugs in with `context.session_events.subscribe(sink)`.
    """

    paths: AppPaths
    settings: Settings
    appearance: Appearance
    tasks: TaskRunner
    curricula_args: tuple[Path, ...] = ()
    database_url: str | None = None
    include_bundled: bool = True
    translations: Translations | None = None
    """The interface language's translators; set by prepare_application."""
    _player: Player | None = None
    _events: SessionEvents | None = None
    _records: Records | None = None
    _records_lock: threading.Lock = field(default_factory=threading.Lock)
    _player_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def create(cls, args: argparse.Namespace | None = None) -> AppContext:
        data_dir = getattr(args, "data_dir", None)
        paths = AppPaths.resolve(data_dir).ensure()
        settings = Settings.load(paths.settings_file)
        appearance = Appearance(settings.font_scale)
        context = cls(
            paths=paths,
            settings=settings,
            appearance=appearance,
            tasks=TaskRunner(),
            curricula_args=tuple(Path(p).expanduser() for p in getattr(args, "curricula", [])),
            database_url=getattr(args, "database_url", None),
        )
        appearance.changed.connect(context._remember_scale)
        return context

    def save_settings(self) -> None:
        try:
            self.settings.save(self.paths.settings_file)
        except OSError as exc:  # a read-only data folder must not stop a class
            print(f"wsr-edu: settings not saved to {self.paths.settings_file}: {exc}")

    def set_interface_language(self, code: str) -> None:
        """Switch the interface language now and keep it ('' follows the computer's)."""
        if self.translations is not None:
            self.translations.switch(code)
        self.settings.interface_language = code
        self.save_settings()

    def _remember_scale(self, scale: float) -> None:
        self.settings.font_scale = scale
        self.save_settings()

    def curriculum_roots(self) -> list[Path]:
        """Folders to look for curricula in: bundled, --curricula, the user's, opened earlier."""
        roots: list[Path] = []
        if self.include_bundled:
            roots.append(bundled_curricula_dir())
        roots.extend(self.curricula_args)
        roots.append(self.paths.curricula_dir)
        roots.extend(Path(p) for p in self.settings.extra_curricula)
        unique: list[Path] = []
        for root in roots:
            if root not in unique:
                unique.append(root)
        return unique

    def remember_curriculum(self, folder: Path) -> None:
        text = str(folder)
        if text not in self.settings.extra_curricula:
            self.settings.extra_curricula.append(text)
            self.save_settings()

    @property
    def session_events(self) -> SessionEvents:
        """The one stream of group-session events; made on first use, kept for the app's life."""
        if self._events is None:
            from ..session.events import SessionEvents

            self._events = SessionEvents()
        return self._events

    def player(self) -> Player:
        """The audio player, created on first use so pygame stays off the start-up path."""
        with self._player_lock:
            if self._player is None:
                self._player = create_player()
                self._player.set_volume(self.settings.volume)
            return self._player

    def warm_up_player(self) -> None:
        """Start the sound library on a worker thread now, ahead of a session.

        Called as the start dialog opens: the library is ready by the time the facilitator
        has filled it in, and its start never competes with the first slides being drawn.
        """
        if self._player is None:
            threading.Thread(target=self.player, name="audio-start", daemon=True).start()

    def records(self) -> Records:
        """The attendance records, opened (and migrated) on first use, off the start-up path.

        Call it inside a task (`context.tasks.run(lambda: context.records()...)`): every
        records call runs on the one writer thread, never on the GUI thread. Raises
        RecordsError with a message for the user when the database cannot be opened.
        """
        with self._records_lock:
            if self._records is None:
                from ..records.repository import Records

                self._records = Records.open(self.database_url, paths=self.paths)
            return self._records

    def close(self, timeout_ms: int = 10000) -> bool:
        """Write everything still waiting, close the records on the writer, stop the player.

        False when the writer could not finish in time (a database locked for good): what
        was handed over is then still being written when the process ends.
        """
        with self._player_lock:  # waits for a start still under way
            if self._player is not None:
                self._player.close()
                self._player = None

        def close_records() -> None:
            with self._records_lock:
                if self._records is not None:
                    self._records.close()
                    self._records = None

        try:
            self.tasks.run(close_records)
        except RuntimeError:
            return True  # closed before
        return self.tasks.close(timeout_ms)


def create_player() -> Player:
    from ..narration.player import NullPlayer

    if importlib.util.find_spec(PLAYBACK_MODULE) is None:
        return NullPlayer("sound playback is not part of this build")
    from importlib import import_module

    try:
        return import_module(PLAYBACK_MODULE).create_player()  # type: ignore[no-any-return]
    except Exception as exc:  # a broken audio stack must leave the session usable, silent
        return NullPlayer(f"sound could not start: {exc}")
