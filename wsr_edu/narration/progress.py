"""A text progress bar on stderr: redrawn in place on a terminal, plain lines in a log."""

from __future__ import annotations

import shutil
import sys
import threading
from typing import TextIO

_WIDTH = 24


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None, label: str = "narrate") -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self._stream = stream if stream is not None else sys.stderr
        self._tty = bool(getattr(self._stream, "isatty", lambda: False)())
        self._label = label
        self._last_tenth = -1
        self._lock = threading.Lock()

    def step(self, item: str, ok: bool = True) -> None:
        with self._lock:
            self.done += 1
            self.failed += 0 if ok else 1
            if self._tty:
                self._draw(item)
            else:
                # In a log, one line per tenth of the work (and every failure) is enough.
                tenth = self.done * 10 // max(self.total, 1)
                if tenth != self._last_tenth or not ok or self.done == self.total:
                    self._last_tenth = tenth
                    self._stream.write(self._line(item) + "\n")
                    self._stream.flush()

    def finish(self) -> None:
        with self._lock:
            if self._tty and self.total:
                self._stream.write("\n")
                self._stream.flush()

    def _line(self, item: str) -> str:
        failed = f", {self.failed} failed" if self.failed else ""
        return f"{self._label}: {self.done}/{self.total}{failed}  {item}"

    def _draw(self, item: str) -> None:
        filled = self.done * _WIDTH // max(self.total, 1)
        bar = "#" * filled + "-" * (_WIDTH - filled)
        failed = f", {self.failed} failed" if self.failed else ""
        text = f"{self._label} [{bar}] {self.done}/{self.total}{failed}  {item}"
        width = max(20, shutil.get_terminal_size((80, 24)).columns - 1)  # never wrap the line
        self._stream.write("\r" + text[:width].ljust(width))
        self._stream.flush()
