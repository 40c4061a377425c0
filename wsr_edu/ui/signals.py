"""Signals from the system (a shutdown's SIGTERM, Ctrl+C) delivered into Qt's event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class SignalBridge(QObject):
    """SIGTERM and SIGINT reach the app while Qt's event loop is waiting, to end it cleanly.

    Python runs a signal handler only when it gets control back from the C++ event loop, so
    the signal's number is written to a socket (signal.set_wakeup_fd) that a socket notifier
    watches; a slow timer is the fallback. SDL (pygame) is told to leave these signals alone
    (`narration.sdl`), so the bridge may be installed before or after the sound starts.
    """

    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        import signal
        import socket

        from PySide6.QtCore import QSocketNotifier

        super().__init__(parent)
        self.on_signal = on_signal
        self.received: list[int] = []
        self._handled = 0
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {
            sig: signal.signal(sig, self._handler) for sig in (signal.SIGTERM, signal.SIGINT)
        }
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._poll = QTimer(self)
        self._poll.setInterval(500)
        self._poll.timeout.connect(self._deliver)
        self._poll.start()

    def _handler(self, signum: int, _frame: object) -> None:
        self.received.append(signum)

    def _drain(self, *_args: object) -> None:
        import contextlib

        with contextlib.suppress(OSError):
            while self._reader.recv(64):
                pass
        self._deliver()

    def _deliver(self) -> None:
        while self._handled < len(self.received):
            signum = self.received[self._handled]
            self._handled += 1
            self.on_signal(signum)

    def restore(self) -> None:
        """Put the previous handlers back (when the app has ended)."""
        import signal

        self._poll.stop()
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
