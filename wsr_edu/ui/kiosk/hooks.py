"""Plain callbacks between kiosk widgets, used instead of Python-declared Qt signals.

PySide6 6.12.0 drops a reference to Python's True on every emit() of a signal declared in
Python, so a kiosk that runs all day would crash after a few hundred emits. Signals that
Qt itself emits (clicked, timeout) are not affected and are still used. Everything here runs
on the GUI thread, so a plain list of callbacks is all that is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Hook:
    """connect(fn) / emit(*args), like a signal; calling it emits with no arguments."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[..., Any]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            callback(*args)

    def __call__(self, *_ignored: Any) -> None:
        # Connected to a Qt signal such as clicked(bool): the signal's arguments are dropped.
        self.emit()
