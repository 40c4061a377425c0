"""Voice engines behind one small interface: text and a language in, audio bytes out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol


class EngineError(Exception):
    """A voice could not be made; the message says why in plain words."""

    def __init__(self, message: str, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable
        """True for passing troubles (no answer, server busy) that a later try may not meet."""


class EngineUnavailable(Exception):
    """The engine cannot run at all here (not installed, no network); nothing should be tried."""


@dataclass(frozen=True)
class Audio:
    data: bytes
    extension: str
    """".ogg" or ".mp3": the format `data` is in."""
    engine: str
    voice: str
    engine_version: str = ""


class Engine(Protocol):
    name: str

    def voice_for(self, lang: str) -> str | None:
        """The engine's voice for a curriculum language code, or None when it has none."""

    def check_ready(self) -> None:
        """Raise EngineUnavailable, with a message that says what to do, when it cannot run."""

    def synthesize(self, text: str, lang: str) -> Audio:
        """Speak `text` (already made speakable) in `lang`; raises EngineError."""


_END = re.compile(r"[.!?:;…。।؟]$")


def speakable(text: str) -> str:
    """Narration text as one paragraph with a stop after each line, so titles get a pause."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(line if _END.search(line) else f"{line}." for line in lines)
