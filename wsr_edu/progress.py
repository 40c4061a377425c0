"""The one text progress report on stderr: redrawn in place on a terminal, plain lines in a log.

Used by `narrate` (a known number of voices, each a step) and by `export` (rows written, the
total known or not, reported through `update`).
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

_WIDTH = 24


class Progress:
    def __init__(
        self,
        total: int,
        stream: TextIO | None = None,
        label: str = "narrate",
        unit: str = "",
        quiet: bool = False,
    ) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self._stream = stream if stream is not None else sys.stderr
        self._tty = bool(getattr(self._stream, "isatty", lambda: False)())
        self._label = label
        self._unit = f" {unit}" if unit else ""
        self._quiet = quiet
        self._last_tenth = -1
        self._last_draw = 0.0
        self._lock = threading.Lock()

    def update(self, done: int, total: int | None = None) -> None:
        """Work measured in units (rows): `done` so far, of `total` when it is known."""
        if self._quiet:
            return
        with self._lock:
            self.done = done
            self.total = total or 0
            now = time.monotonic()
            finished = bool(total) and done == total
            if self._tty:
                if now - self._last_draw < 0.5 and not finished:
                    return
                self._last_draw = now
                shown = f"{done:,}/{total:,}" if total else f"{done:,}"
                self._stream.write(f"\r{self._label}: {shown}{self._unit}")
                self._stream.flush()
            elif total:
                tenth = done * 10 // total
                if tenth != self._last_tenth:
                    self._last_tenth = tenth
                    self._stream.write(f"{self._label}: {done:,}/{total:,}{self._unit}\n")
                    self._stream.flush()

    __call__ = update

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
            if self._quiet:
                return
            if self._tty and (self.total or self._last_draw):
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
        import shutil

        width = max(20, shutil.get_terminal_size((80, 24)).columns - 1)  # never wrap the line
        self._stream.write("\r" + text[:width].ljust(width))
        self._stream.flush()
