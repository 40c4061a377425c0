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
