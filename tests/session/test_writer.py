"""The one serial writer: jobs run in order, one at a time, off the caller's thread."""

from __future__ import annotations

import threading
import time

import pytest

from wsr_edu.session.writer import SerialWriter


def test_jobs_run_in_order_on_one_other_thread() -> None:
    writer = SerialWriter()
    caller = threading.get_ident()
    ran: list[tuple[int, int]] = []
    results: list[int] = []
    for n in range(50):
        writer.run(lambda n=n: ran.append((n, threading.get_ident())) or n, results.append)
    assert writer.close()
    assert [n for n, _ in ran] == list(range(50))
    assert len({thread for _, thread in ran}) == 1
    assert ran[0][1] != caller
    assert results == list(range(50))


def test_a_failure_reaches_its_callback_with_the_exception() -> None:
    writer = SerialWriter()
    failures: list[BaseException] = []

    def broken() -> None:
        raise OSError("No space left on device")

    writer.run(broken, lambda _v: pytest.fail("must not succeed"), failures.append)
    writer.run(lambda: 1)  # the writer goes on after a failure
    assert writer.close()
    assert len(failures) == 1 and isinstance(failures[0], OSError)
    assert "No space left" in str(failures[0])


def test_a_failure_nobody_waits_for_is_logged_not_raised(
    capsys: pytest.CaptureFixture[str],
) -> None:
    writer = SerialWriter()
    writer.run(lambda: 1 / 0)
    assert writer.close()
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_flush_waits_for_everything_handed_over_so_far() -> None:
    writer = SerialWriter()
    gate = threading.Event()
    done: list[int] = []
    writer.run(lambda: gate.wait(5))
    writer.run(lambda: done.append(1))
    assert not writer.flush(timeout=0.05), "the first job still holds the writer"
    assert writer.busy
    gate.set()
    assert writer.flush(timeout=5)
    assert done == [1] and not writer.busy
    writer.close()


def test_close_runs_what_is_waiting_and_refuses_more() -> None:
    writer = SerialWriter()
    done: list[int] = []
    for n in range(20):
        writer.run(lambda n=n: (time.sleep(0.001), done.append(n)))
    assert writer.close()
    assert done == list(range(20))
    with pytest.raises(RuntimeError, match="closed"):
        writer.run(lambda: None)


def test_results_are_delivered_through_the_given_hand() -> None:
    delivered: list[object] = []
    writer = SerialWriter(deliver=lambda callback: delivered.append(callback))
    got: list[int] = []
    writer.run(lambda: 7, got.append)
    assert writer.close()
    assert got == [], "nothing runs until the receiving side runs what was delivered"
    for callback in delivered:
        callback()  # type: ignore[operator]
    assert got == [7]
