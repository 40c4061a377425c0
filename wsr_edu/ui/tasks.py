"""One helper for slow work: run a callable off the GUI thread, get its result back on it."""

from __future__ import annotations

import contextlib
import gc
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
            self._send(False, exc)
        else:
            self._send(True, result)

    def _send(self, ok: bool, payload: object) -> None:
        # The runner may be deleted while the app closes: then nobody is waiting for this.
        with contextlib.suppress(RuntimeError):
            self._runner.finished.emit(self._id, (ok, payload))


class TaskRunner(QObject):
    """Runs tasks one at a time on a private worker thread, in the order they were given.

    One thread is enough for reading curricula and keeps tasks from racing each other; the
    callbacks always run on the GUI thread because the signal crosses threads queued.
    """

    finished = Signal(int, object)

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

    @Slot(int, object)
    def _deliver(self, task_id: int, outcome: tuple[bool, object]) -> None:
        ok, payload = outcome
        on_success, on_failure = self._callbacks.pop(task_id, (None, None))
        if ok and on_success is not None:
            on_success(payload)
        elif not ok:
            if on_failure is not None:
                on_failure(payload)  # type: ignore[arg-type]
            else:
                text = getattr(payload, "__traceback_text__", repr(payload))
                print(f"wsr-edu: a background task failed:\n{text}")


class GarbageCollector(QObject):
    """Runs Python's cycle collector on the GUI thread only.

    Left automatic, a collection can start on the worker thread and destroy Qt widgets there,
    which crashes; so automatic collection is switched off and a timer collects instead.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 5000) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QTimer

        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    def collect(self) -> int:
        return gc.collect()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
