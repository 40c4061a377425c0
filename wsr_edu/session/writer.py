"""The one serial writer: every call to the records runs here, in order, off the screen's thread.

A facilitator's console or a kiosk must never wait for a disk or a database lock. Work is
handed to `SerialWriter.run` and runs on one worker thread, one job at a time, in the order
it was given: a session is started before its counts are written, and a visit's answers
before the visit. Results and failures come back through `deliver`, which the interface sets
so they arrive on its own thread (a queued Qt signal); without one they run on the worker.
`flush` waits until everything handed over so far is done; `close` does that and stops.
"""

from __future__ import annotations

import queue
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol

Success = Callable[[Any], object]
Failure = Callable[[BaseException], object]
Deliver = Callable[[Callable[[], object]], None]


class Writer(Protocol):
    """What the session core needs of the writer: run `fn` later, in order, off-screen."""

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> int: ...


def _run_here(callback: Callable[[], object]) -> None:
    callback()


def report_failure(exc: BaseException) -> None:
    """The last resort for a failed job nobody waits for: the log, never a crash."""
    text = getattr(exc, "__traceback_text__", None) or "".join(traceback.format_exception(exc))
    print(f"wsr-edu: a background task failed:\n{text}", file=sys.stderr)


@dataclass
class _Job:
    id: int
    fn: Callable[[], Any]
    on_success: Success | None
    on_failure: Failure | None


class _Marker:
    def __init__(self) -> None:
        self.done = threading.Event()


_STOP = object()


class SerialWriter:
    """Runs jobs one at a time on a private worker thread, in the order they were given."""

    def __init__(self, deliver: Deliver = _run_here, name: str = "wsr-edu-writer") -> None:
        self._deliver = deliver
        self._queue: queue.Queue[_Job | _Marker | object] = queue.Queue()
        self._lock = threading.Lock()
        self._next_id = 1
        self._pending = 0
        self._closed = False
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> int:
        """Queue `fn`; its result goes to `on_success`, an exception to `on_failure`."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the writer is closed; nothing more can be written")
            job_id = self._next_id
            self._next_id += 1
            self._pending += 1
        self._queue.put(_Job(job_id, fn, on_success, on_failure))
        return job_id

    @property
    def closed(self) -> bool:
        with self._lock:
            return self._closed

    @property
    def busy(self) -> bool:
        """True while a job handed over has not finished running."""
        with self._lock:
            return self._pending > 0

    @property
    def on_worker(self) -> bool:
        return threading.current_thread() is self._thread

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every job handed over so far has run; False if that took too long."""
        if self.on_worker:
            raise RuntimeError("a job cannot wait for the writer it runs on")
        if not self._thread.is_alive():
            return self._queue.empty()
        marker = _Marker()
        self._queue.put(marker)
        return marker.done.wait(timeout)

    def close(self, timeout: float | None = 10.0) -> bool:
        """Run everything waiting, then stop the worker; False if it could not finish in time."""
        with self._lock:
            if self._closed:
                return not self._thread.is_alive()
            self._closed = True
        self._queue.put(_STOP)
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if isinstance(item, _Marker):
                item.done.set()
                continue
            assert isinstance(item, _Job)
            self._execute(item)

    def _execute(self, job: _Job) -> None:
        try:
            result = job.fn()
        except BaseException as exc:  # handed to the failure callback, never lost in a thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._hand_back(partial(job.on_failure or report_failure, exc))
        else:
            if job.on_success is not None:
                self._hand_back(partial(job.on_success, result))
        finally:
            with self._lock:
                self._pending -= 1

    def _hand_back(self, callback: Callable[[], object]) -> None:
        try:
            self._deliver(callback)
        except Exception as exc:  # a callback's own error must not stop the writer
            report_failure(exc)
