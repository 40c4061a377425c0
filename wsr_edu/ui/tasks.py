"""The one background-task helper: the app's serial writer, answering on the GUI thread."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ..session.writer import Failure, SerialWriter, Success


class TaskRunner(QObject):
    """Runs tasks one at a time on one worker thread, in the order they were given.

    It is the app's only way to the records: every `Records` call, from the presenter, the
    attendance window, the kiosk and the coordinator's exports, is a task here, so writes are
    serialised and the GUI thread never waits for a disk or a lock. Results come back on the
    GUI thread through a queued signal. `close()` (when the app ends) runs what is waiting.
    """

    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting = 0
        self._count_lock = threading.Lock()
        self._arrived.connect(self._deliver)
        self.writer = SerialWriter(self._hand_back)
        writer = self.writer
        # A runner dropped without close() (a test, a window) must not leave its thread behind.
        self.destroyed.connect(lambda *_: writer.close(0))

    def _hand_back(self, callback: Callable[[], object]) -> None:
        # Runs on the worker. The runner may be deleted while the app closes: then nobody is
        # waiting for this result any more.
        with contextlib.suppress(RuntimeError):
            self._arrived.emit(callback)

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
        with self._count_lock:
            self._waiting += 1
        return self.writer.run(fn, self._settled(on_success), self._settled(on_failure, True))

    @property
    def closed(self) -> bool:
        return self.writer.closed

    def _settled(self, callback: Callable[[Any], object] | None, failure: bool = False) -> Any:
        def settle(payload: Any) -> None:
            with self._count_lock:
                self._waiting -= 1
            if callback is not None:
                callback(payload)
            elif failure:
                from ..session.writer import report_failure

                report_failure(payload)

        return settle

    @property
    def busy(self) -> bool:
        """True until every task's result has been handed back on the GUI thread."""
        with self._count_lock:
            return self._waiting > 0

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

    @Slot(object)
    def _deliver(self, callback: Callable[[], object]) -> None:
        try:
            callback()
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
