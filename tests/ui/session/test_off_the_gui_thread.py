"""No records call runs on the GUI thread, and a locked database never freezes the console.

The real `Records` class is instrumented: every public method notes the thread it ran on.
Then a whole recorded session is taught from the library (F5, start, attendance, counts on
every question, Esc) and a whole kiosk visit is taken, as their users would.
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from wsr_edu.records.repository import Records
from wsr_edu.ui.context import AppContext
from wsr_edu.ui.session.start_dialog import StartSessionDialog

from ..conftest import answer_start_dialog


class ThreadLog:
    def __init__(self) -> None:
        self.calls: list[tuple[str, bool]] = []
        self._lock = threading.Lock()

    def note(self, name: str) -> None:
        with self._lock:
            self.calls.append((name, threading.current_thread() is threading.main_thread()))

    @property
    def on_gui(self) -> list[str]:
        return [name for name, gui in self.calls if gui]

    @property
    def names(self) -> set[str]:
        return {name for name, _ in self.calls}


@pytest.fixture
def thread_log(monkeypatch: pytest.MonkeyPatch) -> ThreadLog:
    """Every public method of the real Records class notes which thread called it."""
    log = ThreadLog()
    for name, member in inspect.getmembers(Records):
        if name.startswith("_") or not callable(member):
            continue
        raw = inspect.getattr_static(Records, name)
        if isinstance(raw, classmethod | staticmethod):
            func = raw.__func__

            def wrapped_static(*args, _f=func, _n=name, **kwargs):  # type: ignore[no-untyped-def]
                log.note(_n)
                return _f(*args, **kwargs)

            if isinstance(raw, classmethod):

                def wrapped_cls(cls, *args, _f=func, _n=name, **kwargs):  # type: ignore[no-untyped-def]
                    log.note(_n)
                    return _f(cls, *args, **kwargs)

                monkeypatch.setattr(Records, name, classmethod(wrapped_cls))
            else:
                monkeypatch.setattr(Records, name, staticmethod(wrapped_static))
            continue

        @functools.wraps(member)
        def wrapped(self, *args, _f=member, _n=name, **kwargs):  # type: ignore[no-untyped-def]
            log.note(_n)
            return _f(self, *args, **kwargs)

        monkeypatch.setattr(Records, name, wrapped)
    return log


def _settle(qtbot: QtBot, context: AppContext) -> None:
    assert context.tasks.wait(20000)
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=20000)


def _start_recorded(qtbot: QtBot, library) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: StartSessionDialog) -> None:
        dialog.site.setText("Packing shed")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    with qtbot.waitSignal(library.presenter_started, timeout=5000):
        answer_start_dialog(fill)
        qtbot.keyClick(library.curriculum_page.modules, Qt.Key.Key_F5)


def test_a_whole_recorded_session_runs_no_records_call_on_the_gui_thread(
    qtbot: QtBot, thread_log: ThreadLog, library, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    _start_recorded(qtbot, library)
    controller = library.presenter
    console = controller.console
    qtbot.waitUntil(lambda: library.desk.attendance_window is not None, timeout=10000)
    from wsr_edu.ui.session.attendance import AttendancePanel

    panel = library.desk.attendance_window.findChild(AttendancePanel)
    panel.headcount.setValue(23)
    panel.save_headcount()
    presentation = controller.presentation
    for index in range(presentation.count):
        presentation.go(index)
        if presentation.slide is not None and presentation.slide.question is not None:
            for spin, value in zip(console.quiz_panel.spins, (4, 7, 2, 1), strict=False):
                spin.setValue(value)
            qtbot.keyClick(console, Qt.Key.Key_R)
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    qtbot.keyClick(console, Qt.Key.Key_Escape)  # Esc asks once more
    assert library.presenter is None
    _settle(qtbot, context)

    assert {"open", "start_session", "set_headcount", "record_quiz_counts", "end_session"} <= (
        thread_log.names
    ), "the instrumented records saw the whole session"
    assert thread_log.on_gui == []
    with Records.open(context.paths, backup_interval=None) as records:
        (session,) = records.list_sessions()
        assert session.headcount == 23 and session.ended_at is not None
        assert records.quiz_counts(session.id) == {"q-when": (4, 7)}


def test_a_whole_kiosk_visit_runs_no_records_call_on_the_gui_thread(
    qtbot: QtBot, prepared_app, context: AppContext, thread_log: ThreadLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.kiosk.fixtures import KioskFactory, kiosk_store
    from wsr_edu.kiosk.config import KioskConfig
    from wsr_edu.ui.kiosk.app import load_curricula, open_recorder

    curricula = load_curricula(context)
    store = kiosk_store(tmp_path / "kiosk.json", KioskConfig(site="Camp 3"))
    factory = KioskFactory(qtbot)
    recorder = open_recorder(context)
    window = factory.open(curricula, store, recorder=recorder)
    try:
        for _ in range(2):  # heard, then chosen
            QTest.mouseClick(window.current_screen.buttons["en"], Qt.MouseButton.LeftButton)
        lesson = window.lesson
        assert lesson is not None
        while not window.walk.at_end:
            slide = window.walk.slide
            if slide is not None and slide.question is not None:
                right = slide.question.correct_indexes[0]
                for _ in range(2):  # heard, then chosen
                    QTest.mouseClick(lesson.question_view.choices[right], Qt.MouseButton.LeftButton)
            QTest.mouseClick(lesson.next_button, Qt.MouseButton.LeftButton)
        QTest.mouseClick(window.current_screen.finish_button, Qt.MouseButton.LeftButton)
    finally:
        factory.close_all()
    _settle(qtbot, context)
    assert {"open", "record_kiosk_answer", "start_session", "end_session"} <= thread_log.names
    assert thread_log.on_gui == []
    assert recorder.failures == [] and recorder.unsaved == 0


LOCK_SECONDS = 5.0
MAX_STALL_MS = 100


def _hold_write_lock(database: Path, seconds: float) -> subprocess.Popen[str]:
    """Another program takes the database's write lock and keeps it."""
    script = (
        "import sqlite3, sys, time\n"
        f"conn = sqlite3.connect({str(database)!r}, isolation_level=None, timeout=30)\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        f"time.sleep({seconds})\n"
        "conn.execute('COMMIT')\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


@pytest.fixture
def stall_meter(qtbot: QtBot) -> Iterator[list[float]]:
    """The longest gaps between ticks of a 10 ms timer: how long the event loop stood still."""
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    yield gaps
    timer.stop()


def _enter_counts(qtbot: QtBot, console, seconds: float, start: int) -> list[tuple[int, ...]]:  # type: ignore[no-untyped-def]
    """One count at a time, as a facilitator types them, the event loop turning between."""
    entered: list[tuple[int, ...]] = []
    deadline = time.monotonic() + seconds
    value = start
    while time.monotonic() < deadline:
        value += 1
        console.quiz_panel.spins[value % 2].setValue(value)
        entered.append(tuple(spin.value() for spin in console.quiz_panel.spins))
        qtbot.wait(40)
    return entered


def test_a_locked_database_never_stalls_the_console_and_loses_no_count(
    qtbot: QtBot, library, context: AppContext, stall_meter: list[float]
) -> None:  # type: ignore[no-untyped-def]
    _start_recorded(qtbot, library)
    controller = library.presenter
    console = controller.console
    qtbot.waitUntil(lambda: library.desk.attendance_window is not None, timeout=10000)
    library.desk.attendance_window.close()
    controller.presentation.go(2)  # the question, drawn before the other program takes the lock
    # The same typing with nobody holding the lock: what drawing the counts costs here.
    _enter_counts(qtbot, console, 1.5, 0)
    _settle(qtbot, context)
    unlocked = max(stall_meter)
    database = context.paths.database_file
    holder = _hold_write_lock(database, LOCK_SECONDS)
    try:
        stall_meter.clear()
        entered = _enter_counts(qtbot, console, LOCK_SECONDS - 1.5, 1000)
        # Nothing could be written while the other program held the lock...
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.1)
        try:
            (highest,) = conn.execute("select max(count) from quiz_counts").fetchone()
        finally:
            conn.close()
        assert highest < 1000, "a write got past the other program's lock"
        longest = max(stall_meter)
    finally:
        holder.communicate(timeout=30)  # waits for it and closes its pipe
    # ...and the console never waited for it: no turn of the event loop took longer than
    # 100 ms (or, on a machine too busy for that, than the same typing took unlocked).
    limit = max(MAX_STALL_MS, 1.5 * unlocked)
    assert longest < limit, (
        f"the event loop stood still for {longest:.0f} ms (unlocked {unlocked:.0f})"
    )
    assert len(entered) > 10
    _settle(qtbot, context)  # the writer gets the lock back and writes what waited
    assert console.record_note.isHidden(), console.record_note.text()
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    qtbot.keyClick(console, Qt.Key.Key_Escape)  # Esc asks once more
    _settle(qtbot, context)
    with Records.open(context.paths, backup_interval=None) as records:
        (session,) = records.list_sessions()
        assert records.quiz_counts(session.id) == {"q-when": entered[-1]}
        assert session.ended_at is not None
