"""The background-task helper runs work off the GUI thread and answers on it."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from wsr_edu.ui.tasks import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    gui = threading.get_ident()
    worked_in: list[int] = []
    got: list[object] = []

    def work() -> int:
        worked_in.append(threading.get_ident())
        return 42

    def done(value: object) -> None:
        got.append((value, threading.get_ident()))

    runner.run(work, done)
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(42, gui)]
    assert worked_in and worked_in[0] != gui
    assert not runner.busy


def test_failure_is_handed_back_not_lost(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    failures: list[BaseException] = []

    def work() -> None:
        raise OSError("the USB stick was pulled out")

    runner.run(work, lambda _v: pytest.fail("must not succeed"), failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], OSError)
    assert "USB stick" in str(failures[0])


def test_tasks_run_one_at_a_time_in_order(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    order: list[int] = []
    running = threading.Semaphore(1)

    def work(n: int) -> int:
        assert running.acquire(blocking=False), "two tasks ran at once"
        try:
            return n
        finally:
            running.release()

    for n in range(5):
        runner.run(lambda n=n: work(n), order.append)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]


def test_a_result_for_a_closed_window_is_dropped_quietly(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from wsr_edu.ui.text import plain_label

    runner = TaskRunner()
    label: QLabel = plain_label("")
    gate = threading.Event()
    done: list[int] = []
    runner.run(lambda: gate.wait(5) and 7, lambda value: label.setText(str(value)))
    label.deleteLater()
    qtbot.waitUntil(lambda: _deleted(label), timeout=2000)
    gate.set()
    runner.run(lambda: 1, done.append)
    qtbot.waitUntil(lambda: done == [1], timeout=5000)  # the runner goes on
    assert not runner.busy


def _deleted(widget) -> bool:  # type: ignore[no-untyped-def]
    from shiboken6 import isValid

    return not isValid(widget)
