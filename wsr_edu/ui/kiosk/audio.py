"""The kiosk's sound: a queue of files played one after another, stopped in one call."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...narration.player import AudioError, Player, PlayerState

POLL_MS = 100


class KioskAudio(QObject):
    """Plays a list of files in order over the audio port; a missing or broken file is skipped.

    The port has no end-of-file callback, so a timer polls it, as the presenter does.
    """

    # The whole queue has played (not emitted after stop()).
    finished = Signal()
    # The file now playing, or None when the sound stops or the queue ends: screens light
    # up the button whose words are being said.
    playing = Signal(object)

    def __init__(self, player: Player, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.queue: list[Path] = []
        self.current: Path | None = None
        self.played: list[Path] = []
        """Every file started, in order: what a listener heard (kept short; for checks)."""
        self.skipped: list[tuple[Path, str]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        return self.current is not None or bool(self.queue)

    def play(self, files: Iterable[Path | None]) -> None:
        """Stop whatever plays and start `files` in order (None entries are ignored)."""
        self.stop()
        self.queue = [Path(f) for f in files if f is not None]
        self._start_next()

    def then(self, files: Iterable[Path | None]) -> None:
        """Play `files` after what is playing now (at once when nothing is)."""
        self.queue.extend(Path(f) for f in files if f is not None)
        if self.current is None:
            self._start_next()

    def stop(self) -> None:
        self._timer.stop()
        self.queue = []
        was_playing = self.current is not None
        self.current = None
        if self.player.state is not PlayerState.STOPPED:
            self.player.stop()
        if was_playing:
            self.playing.emit(None)

    def set_volume(self, volume: float) -> None:
        self.player.set_volume(volume)

    def forget(self) -> None:
        """Stop and drop the history: nothing of the last worker stays behind."""
        self.stop()
        self.played = []
        self.skipped = []

    def _start_next(self) -> None:
        while self.queue:
            path = self.queue.pop(0)
            if not self.player.available:
                self.skipped.append((path, self.player.unavailable_reason))
                continue
            try:
                self.player.play(path)
            except AudioError as exc:
                # A broken file must never stop a worker's lesson: skip it and go on.
                self.skipped.append((path, str(exc)))
                continue
            self.current = path
            self.played = [*self.played[-199:], path]
            self._timer.start()
            self.playing.emit(path)
            return
        self.current = None
        self._timer.stop()
        self.playing.emit(None)
        self.finished.emit()

    def _poll(self) -> None:
        if self.player.poll_finished() or self.player.state is PlayerState.STOPPED:
            self.current = None
            self._start_next()
