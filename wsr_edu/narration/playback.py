"""Playing narration through pygame's mixer, or through a NullPlayer when there is no sound."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from .audiocheck import read_checked
from .player import AudioError, NullPlayer, Player, PlayerState

_CACHE_SIZE = 4
"""Files kept in memory: the current slide, the next one, and a step back."""


def create_player(volume: float = 0.8) -> Player:
    """A player on the sound device, or a NullPlayer saying why there is none."""
    from .sdl import leave_signals_alone

    leave_signals_alone()
    try:
        import pygame
    except ImportError:
        return NullPlayer("the sound library (pygame) is not installed, so narration is silent")
    try:
        if not pygame.mixer.get_init():
            pygame.mixer.init()
    except pygame.error as exc:
        return NullPlayer(
            f"no sound device was found on this computer ({exc}); check that "
            "speakers are plugged in and not muted, then restart the app"
        )
    return PygamePlayer(pygame, volume)


class PygamePlayer:
    """Streams one file at a time with pygame.mixer.music; the UI polls for the end of a file."""

    def __init__(self, pygame: Any, volume: float = 0.8) -> None:
        self._pygame = pygame
        self._music = pygame.mixer.music
        self._state = PlayerState.STOPPED
        self._current: Path | None = None
        self._volume = _clamp(volume)
        self._cache: OrderedDict[Path, tuple[tuple[int, int], bytes]] = OrderedDict()
        self._decoded: dict[Path, tuple[int, int]] = {}
        """The version of each file once decoded whole: read again, it is not decoded again."""
        self._cache_lock = threading.Lock()
        """Files are read ahead on a worker thread while the GUI thread may be playing one."""
        self._copies: Path | None = None
        """A private folder holding the copy being played (see `_playing_copy`)."""
        self._played = 0

    @property
    def available(self) -> bool:
        return True

    @property
    def unavailable_reason(self) -> str:
        return ""

    @property
    def state(self) -> PlayerState:
        return self._state

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def current(self) -> Path | None:
        return self._current

    def preload(self, path: Path) -> None:
        self._load_bytes(Path(path))

    def play(self, path: Path) -> None:
        path = Path(path)
        data = self._load_bytes(path)
        try:
            self._music.stop()
            self._music.load(self._playing_copy(path, data))
            self._music.set_volume(self._volume)
            self._music.play()
        except OSError as exc:
            self._state = PlayerState.STOPPED
            raise AudioError(
                f"The audio file '{path.name}' could not be made ready to play: {exc}. Free "
                "some space on this computer's disk, then press N again."
            ) from exc
        except self._pygame.error as exc:
            self._state = PlayerState.STOPPED
            self._forget(path)
            raise AudioError(
                f"The audio file '{path.name}' cannot be played: {exc}. Record it "
                "again, or run 'wsr-edu narrate' to make a new voice."
            ) from exc
        self._current = path
        self._state = PlayerState.PLAYING

    def replay(self) -> None:
        """Play the last file again from its beginning (a listener asked to hear it again)."""
        if self._current is not None:
            self.play(self._current)

    def pause(self) -> None:
        if self._state is PlayerState.PLAYING:
            self._music.pause()
            self._state = PlayerState.PAUSED

    def resume(self) -> None:
        if self._state is PlayerState.PAUSED:
            self._music.unpause()
            self._state = PlayerState.PLAYING

    def stop(self) -> None:
        if self._state is not PlayerState.STOPPED:
            self._music.stop()
        self._state = PlayerState.STOPPED

    def set_volume(self, volume: float) -> None:
        self._volume = _clamp(volume)
        self._music.set_volume(self._volume)

    def poll_finished(self) -> bool:
        if self._state is PlayerState.PLAYING and not self._music.get_busy():
            self._state = PlayerState.STOPPED
            return True
        return False

    def close(self) -> None:
        self.stop()
        self._cache.clear()
        if self._pygame.mixer.get_init():
            self._music.unload()
            self._pygame.mixer.quit()
        if self._copies is not None:
            shutil.rmtree(self._copies, ignore_errors=True)
            self._copies = None

    def _playing_copy(self, path: Path, data: bytes) -> str:
        """The checked bytes in a private file of their own, for the mixer to stream.

        Streamed from a Python file object, the mixer's audio thread would call back into
        Python for every block it reads, and a pause or stop on the GUI thread (which holds
        Python's lock and waits for the audio thread's) froze the app for good. Streamed from
        a file the mixer reads itself, no such wait exists.
        """
        if self._copies is None:
            self._copies = Path(tempfile.mkdtemp(prefix="wsr-edu-playing-"))
        self._played += 1
        copy = self._copies / f"{self._played}{path.suffix.lower()}"
        copy.write_bytes(data)
        # The mixer let go of the previous copy when it loaded this one (stop, then load).
        for old in self._copies.iterdir():
            if old != copy:
                with contextlib.suppress(OSError):
                    old.unlink()
        return str(copy)

    def _load_bytes(self, path: Path) -> bytes:
        with self._cache_lock:
            return self._load_locked(path)

    def _load_locked(self, path: Path) -> bytes:
        cached = self._cache.get(path)
        try:
            stat = path.stat()
            signature: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            signature = None  # gone since it was preloaded: the checked copy still plays
        if cached is not None and signature in (None, cached[0]):
            self._cache.move_to_end(path)
            return cached[1]
        known = signature is not None and self._decoded.get(path) == signature
        data = read_checked(path, decode=not known)
        if known and signature is not None and len(data) != signature[1]:
            data = read_checked(path)  # saved again while being read: check the new one whole
        if signature is not None and len(data) == signature[1]:
            self._decoded[path] = signature
        if signature is not None:
            self._cache[path] = (signature, data)
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return data

    def _forget(self, path: Path) -> None:
        with self._cache_lock:
            self._cache.pop(path, None)
            self._decoded.pop(path, None)


def _clamp(volume: float) -> float:
    return min(1.0, max(0.0, float(volume)))
