"""One helper for slow work: run a callable off the GUI thread, get its result back on it."""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._id = task_id
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the failure callback, never lost in a thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._runner.finished.emit(self._id, False, exc)
        else:
            self._runner.finished.emit(self._id, True, result)


class TaskRunner(QObject):
    """Runs tasks one at a time on a private worker thread, in the order they were given.

    One thread is enough for reading curricula and keeps tasks from racing each other; the
    callbacks always run on the GUI thread because the signal crosses threads queued.
    """

    finished = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Success, Failure | None]] = {}
        self.finished.connect(self._deliver)

    def run(
        self, fn: Callable[[], Any], on_success: Success, on_failure: Failure | None = None
    ) -> int:
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_success, on_failure)
        self._pool.start(_Job(self, task_id, fn))
        return task_id

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (for shutdown and tests); results still arrive queued."""
        return self._pool.waitForDone(msecs)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, payload: object) -> None:
        on_success, on_failure = self._callbacks.pop(task_id, (None, None))
        if ok and on_success is not None:
            on_success(payload)
        elif not ok:
            if on_failure is not None:
                on_failure(payload)  # type: ignore[arg-type]
            else:
                text = getattr(payload, "__traceback_text__", repr(payload))
                print(f"wsr-edu: a background task failed:\n{text}")
