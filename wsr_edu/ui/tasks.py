"""The one background-task helper: the app's serial writer, answering on the GUI thread."""

from __future__ import annotations

import contextlib
import gc
import itertools
import threading
import traceback
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ..session.writer import Failure, SerialWriter, Success, report_failure


class TaskRunner(QObject):
    """Runs tasks one at a time on one worker thread, in the order they were given.

    It is the app's only way to the records: every `Records` call, from the presenter, the
    attendance window, the kiosk and the coordinator's exports, is a task here, so writes are
    serialised and the GUI thread never waits for a disk or a lock. Results come back on the
    GUI thread through a queued signal. `close()` (when the app ends) runs what is waiting.

    The task, its callbacks and its result are kept here and released on the GUI thread: a
    lambda often holds a window, and a Qt object whose last reference went away on the worker
    thread would be destroyed there, which crashes. The worker only borrows the task to run it.
    """

    _arrived = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._tasks: dict[int, tuple[Callable[[], Any], Success | None, Failure | None]] = {}
        self._results: dict[int, tuple[bool, Any]] = {}
        self._arrived.connect(self._deliver)
        self.writer = SerialWriter()
        writer = self.writer
        # A runner dropped without close() (a test, a window) must not leave its thread behind.
        self.destroyed.connect(lambda *_: writer.close(0))

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> int:
        if self.closed:
            # A late answer (a window still open while the app closes) asked for more work:
            # nothing runs after close, so nothing half-done can start.
            print("wsr-edu: a task was asked for after the app closed; it was not run")
            return 0
        task_id = next(self._ids)
        with self._lock:
            self._tasks[task_id] = (fn, on_success, on_failure)
        self.writer.run(partial(self._work, task_id))
        return task_id

    def _work(self, task_id: int) -> None:
        """On the worker: run the task, keep its outcome, tell the GUI thread."""
        with self._lock:
            fn = self._tasks[task_id][0]
        try:
            outcome: tuple[bool, Any] = (True, fn())
        except BaseException as exc:  # handed to the failure callback, never lost in a thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            outcome = (False, exc)
        del fn  # the GUI thread holds the task until it has been answered
        with self._lock:
            self._results[task_id] = outcome
        del outcome
        # The runner may be deleted while the app closes: then nobody is waiting any more.
        with contextlib.suppress(RuntimeError):
            self._arrived.emit(task_id)

    @property
    def closed(self) -> bool:
        return self.writer.closed

    @property
    def busy(self) -> bool:
        """True until every task's result has been handed back on the GUI thread."""
        with self._lock:
            return bool(self._tasks)

    @property
    def worker_thread(self) -> threading.Thread:
        """The one thread every task runs on."""
        return self.writer.thread

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker has run everything given so far (results still arrive queued).

        For shutdown and tests only: the GUI must never wait for the records while it is in use.
        """
        return self.writer.flush(None if msecs < 0 else msecs / 1000)

    def close(self, msecs: int = 10000) -> bool:
        """Run what is waiting and stop the worker; False if it could not finish in time."""
        return self.writer.close(msecs / 1000)

    @Slot(int)
    def _deliver(self, task_id: int) -> None:
        with self._lock:
            task = self._tasks.pop(task_id, None)
            outcome = self._results.pop(task_id, None)
        if task is None or outcome is None:
            return
        _fn, on_success, on_failure = task
        ok, payload = outcome
        try:
            if ok:
                if on_success is not None:
                    on_success(payload)
            elif on_failure is not None:
                on_failure(payload)
            else:
                report_failure(payload)
        except RuntimeError as exc:
            # The window that asked was closed while the writer worked: the result has no one
            # to show it to (the write itself is done). Anything else is a real error.
            if "already deleted" not in str(exc):
                raise


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
