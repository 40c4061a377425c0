"""The audio player port: the app talks to this interface, never to an audio library directly."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Protocol


class AudioError(Exception):
    """A file could not be played; the message is meant for the user."""


class PlayerState(StrEnum):
    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"


class Player(Protocol):
    @property
    def available(self) -> bool:
        """False when there is no sound device; `unavailable_reason` says why."""

    @property
    def unavailable_reason(self) -> str: ...

    @property
    def state(self) -> PlayerState: ...

    def preload(self, path: Path) -> None:
        """Check and prepare a file ahead of time; raises AudioError when it cannot play."""

    def play(self, path: Path) -> None:
        """Start `path` from the beginning; raises AudioError when it cannot play."""

    def replay(self) -> None:
        """Play the last file again from its beginning."""

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def stop(self) -> None: ...

    @property
    def volume(self) -> float:
        """The volume last set, from 0.0 (silent) to 1.0."""

    def set_volume(self, volume: float) -> None: ...

    def poll_finished(self) -> bool:
        """True once, when the current file has played to its end. Call it from a timer."""

    def close(self) -> None: ...


class NullPlayer:
    """A player for machines without a sound device: it plays nothing and says why."""

    def __init__(self, reason: str = "no sound device was found on this computer") -> None:
        self._reason = reason
        self._state = PlayerState.STOPPED
        self._volume = 0.8

    @property
    def available(self) -> bool:
        return False

    @property
    def unavailable_reason(self) -> str:
        return self._reason

    @property
    def state(self) -> PlayerState:
        return self._state

    def preload(self, path: Path) -> None:
        return None

    def play(self, path: Path) -> None:
        self._state = PlayerState.STOPPED

    def replay(self) -> None:
        return None

    def pause(self) -> None:
        return None

    def resume(self) -> None:
        return None

    def stop(self) -> None:
        self._state = PlayerState.STOPPED

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, float(volume)))

    def poll_finished(self) -> bool:
        return False

    def close(self) -> None:
        return None
