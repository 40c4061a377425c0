"""Guard against a Qt binding release whose signals corrupt Python's reference counts.

PySide6 6.12.0 drops a reference to True on every emit of a Python-declared signal; on Python
3.11 the process aborts after a few thousand emits, which a kiosk or a long session reaches.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_signal_emits_leave_reference_counts_alone() -> None:
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication([])
        class Emitter(QObject):
            bare = Signal()
            number = Signal(int)
            flag = Signal(bool)
        emitter = Emitter()
        for signal in (emitter.bare, emitter.number, emitter.flag):
            signal.connect(lambda *args: None)
        before = sys.getrefcount(True), sys.getrefcount(False)
        for i in range(20000):
            emitter.bare.emit()
            emitter.number.emit(i)
            emitter.flag.emit(i % 2 == 0)
        after = sys.getrefcount(True), sys.getrefcount(False)
        print(after[0] - before[0], after[1] - before[1])
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["0", "0"]
