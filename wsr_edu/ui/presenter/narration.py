"""Narration in the presenter: play or pause a slide's audio, report why there is none."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...curriculum.model import Module
from ...narration.player import AudioError, Player, PlayerState
from ...narration.sources import (
    NarrationSource,
    SourceKind,
    find_card_narration,
    find_explanation,
    find_narration,
)
from ...session.presentation import Presentation

POLL_MS = 200

READ_AHEAD_MS = 250
"""How long a slide stays up before its audio is read ahead: long after its paint, and a
facilitator clicking through slides to find one reads none of those passed on the way."""


class NarrationControl(QObject):
    """Keeps one slide's narration in step with the presentation.

    The audio port has no callbacks, so a timer asks the player whether the file has ended;
    then, when the facilitator asked for it, the next slide comes up by itself.
    """

    state_changed = Signal(str)

    def __init__(
        self,
        presentation: Presentation,
        player_factory: Callable[[], Player],
        auto_advance: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.presentation = presentation
        self._factory = player_factory
        self._player: Player | None = None
        self.auto_advance = auto_advance
        self.message = ""
        self._message: Callable[[], str] = lambda: ""
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._position: tuple[str, str, int, bool, bool] | None = None
        self._ready: dict[tuple[str, str, str], NarrationSource] = {}
        self._player_lock = threading.Lock()
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="narration-read")
        """Reads and checks audio files ahead, off the GUI thread, after the slide has painted."""
        self._read_ahead_timer = QTimer(self)
        self._read_ahead_timer.setSingleShot(True)
        self._read_ahead_timer.setInterval(READ_AHEAD_MS)
        self._read_ahead_timer.timeout.connect(self.preload)
        self._closed = False
        presentation.changed.connect(self._on_change)
        self._found: dict[tuple[str, str, str], NarrationSource] = {}
        presentation.reloaded.connect(self._forget_found)  # an edit may add a recording
        self.played: list[Path] = []
        """Every file started, in order (kept short): what the room heard."""
        self._describe_idle()

    @property
    def player(self) -> Player:
        with self._player_lock:
            if self._player is None:
                self._player = self._factory()
            return self._player

    def warm_up(self) -> None:
        """Start the sound library on a worker thread, so the first slide change does not."""
        if self._player is None:
            threading.Thread(target=lambda: self.player, name="audio-start", daemon=True).start()

    @property
    def playing(self) -> bool:
        return self._player is not None and self._player.state is PlayerState.PLAYING

    def toggle(self) -> None:
        """Key N: play this slide's narration, pause it, or resume it."""
        state = self.player.state
        if state is PlayerState.PLAYING:
            self.player.pause()
            self._say(lambda: self.tr("Narration paused (N to go on)"))
            return
        if state is PlayerState.PAUSED:
            self.player.resume()
            self._say(lambda: self.tr("Narration playing (N to pause)"))
            self._timer.start()
            return
        self.play()

    def _source(self, fresh: bool = True) -> tuple[NarrationSource, bool]:
        """What N plays now, and whether it is the explanation.

        Once the answer is revealed, a question's spoken `Why:` comes next; without one, the
        question's own narration plays as before. `fresh=False` may answer from an earlier
        look at the folder (to describe a slide while it is being changed to).
        """
        p = self.presentation
        slide = p.slide
        if slide is None:  # the complaint card: its number, digit by digit
            return find_card_narration(p.module, p.language), False
        if slide.question is not None and p.revealed(slide):
            why = find_explanation(p.module, p.language, slide.id)
            if why.kind is not SourceKind.NONE and why.path is not None:
                return why, True
        return self._narration_of(slide.id, fresh), False

    def _narration_of(self, slide_id: str, fresh: bool) -> NarrationSource:
        """The slide's audio: as found now, or as found when it was preloaded (the file may
        be gone since, and its checked copy is still in memory)."""
        p = self.presentation
        key = (p.module.id, p.language, slide_id)
        if not fresh and key in self._found:
            return self._found[key]
        source = find_narration(p.module, p.language, slide_id)
        if source.kind is SourceKind.NONE:
            return self._ready.get(key, source)  # a file added later is found next time
        # A look is several file-system calls: a slide change reuses it until an edit to the
        # curriculum, or N, looks again.
        self._found[key] = source
        return source

    def play(self) -> None:
        source, explanation = self._source()
        if source.kind is SourceKind.NONE or source.path is None:
            self._say(lambda: self.tr("No narration: %1").replace("%1", source.reason))
            return
        if not self.player.available:
            self._say(lambda: self.tr("No sound: %1").replace("%1", self.player.unavailable_reason))
            return
        try:
            self.player.play(source.path)
        except AudioError as exc:
            reason = str(exc)
            self._say(lambda: self.tr("Narration cannot play: %1").replace("%1", reason))
            return
        self.played = [*self.played[-199:], source.path]
        recording = source.kind is SourceKind.RECORDING
        if explanation:
            self._say(
                lambda: (
                    self.tr("Explanation playing, recording (N to pause)")
                    if recording
                    else self.tr("Explanation playing, generated voice (N to pause)")
                )
            )
        else:
            self._say(
                lambda: (
                    self.tr("Narration playing, recording (N to pause)")
                    if recording
                    else self.tr("Narration playing, generated voice (N to pause)")
                )
            )
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._player is not None:
            self._player.stop()

    def _on_change(self) -> None:
        p = self.presentation
        # Revealing the answer counts as a move: what N plays next becomes the explanation.
        position = (p.module.id, p.language, p.index, p.at_card, p.revealed(p.slide))
        if position != self._position:
            self._position = position
            self.stop()
            self._describe_idle()
            # Once the slide has painted and stays: read and check this slide's and the next
            # one's audio, so N (or auto-advance) starts at once, even from a slow USB stick.
            # Decoding then never competes with a slide change for an old laptop's processor.
            self._read_ahead_timer.start()

    def read_ahead_soon(self) -> None:
        """Read this slide's and the next one's audio once the slide has stayed up: at the
        start of a session, where no slide change has asked for it yet."""
        if not self._closed:
            self._read_ahead_timer.start()

    def _forget_found(self) -> None:
        """The curriculum was edited (a recording may have come or gone): look again, and
        read this slide's audio ahead again."""
        self._ready.clear()
        self._found.clear()
        if not self._closed:
            self._read_ahead_timer.start()

    def is_ready(self, slide_id: str) -> bool:
        """True once a slide's audio has been found and read ahead, in the current language."""
        p = self.presentation
        return (p.module.id, p.language, slide_id) in self._ready

    def preload(self) -> Future[None] | None:
        """Read this slide's and the next one's audio ahead, on the reading thread."""
        p = self.presentation
        if p.slide is None:
            return None
        wanted = []
        for index in (p.index, p.index + 1):
            slide = p.slide_at(index)
            if slide is not None:
                wanted.append((p.module, p.language, slide.id))
        try:
            return self._reader.submit(self._read_ahead, wanted)
        except RuntimeError:  # closed: the session has ended
            return None

    def _read_ahead(self, wanted: list[tuple[Module, str, str]]) -> None:
        player = self.player
        for module, language, slide_id in wanted:
            source = find_narration(module, language, slide_id)
            if source.path is None:
                continue
            # Found here, off the GUI thread: the next slide change describes it from this.
            self._found[(module.id, language, slide_id)] = source
            if not player.available:
                continue
            try:
                player.preload(source.path)
            except AudioError:
                continue  # said when the facilitator presses N, with the file's name and a fix
            self._ready[(module.id, language, slide_id)] = source

    def _describe_idle(self) -> None:
        source, explanation = self._source(fresh=False)
        if source.kind is SourceKind.NONE:
            self._say(lambda: self.tr("No narration: %1").replace("%1", source.reason))
        elif self._player is not None and not self._player.available:
            reason = self._player.unavailable_reason
            self._say(lambda: self.tr("No sound: %1").replace("%1", reason))
        elif explanation:
            self._say(lambda: self.tr("Explanation ready (N to play)"))
        elif source.kind is SourceKind.RECORDING:
            self._say(lambda: self.tr("Recording ready (N to play)"))
        else:
            self._say(lambda: self.tr("Generated voice ready (N to play)"))

    def _poll(self) -> None:
        if self._player is None:
            self._timer.stop()
            return
        if self._player.poll_finished():
            self._timer.stop()
            self._say(lambda: self.tr("Narration finished"))
            if self.auto_advance:
                self.presentation.next()
        elif self._player.state is PlayerState.STOPPED:
            self._timer.stop()

    def _say(self, message: Callable[[], str]) -> None:
        """Show a state; kept as a function so a change of interface language can redo it."""
        self._message = message
        self.message = message()
        self.state_changed.emit(self.message)

    def retranslate(self) -> None:
        """Say the current state again in the new interface language."""
        self._say(self._message)

    def close(self) -> None:
        self._closed = True
        self.stop()
        self._read_ahead_timer.stop()
        self._reader.shutdown(wait=False, cancel_futures=True)
