"""A change notice for the session's state: views connect a callback, the state emits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Notifier:
    """connect(fn) / emit(*args), the shape of a Qt signal without Qt.

    The session's state lives on the interface thread and its views draw from it there, so a
    plain list of callbacks is enough. A callback whose view has gone (a closed window) is
    removed with `disconnect` or `clear`; an error in one callback never stops the others
    from hearing the change, and is raised after all have been called.
    """

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[..., Any]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def clear(self) -> None:
        self._callbacks.clear()

    def emit(self, *args: Any) -> None:
        failure: BaseException | None = None
        for callback in list(self._callbacks):
            try:
                callback(*args)
            except Exception as exc:  # every view still hears the change
                failure = failure or exc
        if failure is not None:
            raise failure

    def __len__(self) -> int:
        return len(self._callbacks)
