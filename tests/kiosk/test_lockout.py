"""Five wrong PINs lock the pad for a growing time, and the lock outlives a restart."""

from __future__ import annotations

from pathlib import Path

from wsr_edu.kiosk.config import KioskStore
from wsr_edu.kiosk.lockout import FIRST_LOCK_S, MAX_FAILURES, Outcome, PinGuard
from wsr_edu.kiosk.pin import hash_pin


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _store(tmp_path: Path, pin: str = "2468") -> KioskStore:
    store = KioskStore(tmp_path / "kiosk.json")
    store.save_pin(hash_pin(pin))
    return store


def _fail(guard: PinGuard, times: int) -> None:
    for _ in range(times):
        assert guard.check("0000").outcome is Outcome.WRONG


def test_right_pin_is_accepted(tmp_path: Path) -> None:
    assert PinGuard(_store(tmp_path)).check("2468").accepted


def test_no_pin_set_says_so(tmp_path: Path) -> None:
    guard = PinGuard(KioskStore(tmp_path / "kiosk.json"))
    assert guard.check("2468").outcome is Outcome.NO_PIN


def test_five_wrong_pins_lock_even_the_right_one_out(tmp_path: Path) -> None:
    clock = Clock()
    guard = PinGuard(_store(tmp_path), clock)
    _fail(guard, MAX_FAILURES - 1)
    assert guard.tries_left() == 1
    last = guard.check("1111")
    assert last.outcome is Outcome.WRONG and last.locked_for == FIRST_LOCK_S
    result = guard.check("2468")
    assert result.outcome is Outcome.LOCKED
    assert 0 < result.locked_for <= FIRST_LOCK_S
    clock.now += FIRST_LOCK_S + 1
    assert guard.check("2468").accepted


def test_lock_survives_a_restart_and_doubles(tmp_path: Path) -> None:
    clock = Clock()
    _fail(PinGuard(_store(tmp_path), clock), MAX_FAILURES)
    # A new guard on a new store reading the same file: as after switching the kiosk off and on.
    again = PinGuard(KioskStore(tmp_path / "kiosk.json"), clock)
    assert again.check("2468").outcome is Outcome.LOCKED
    clock.now += FIRST_LOCK_S
    _fail(again, MAX_FAILURES)
    third = PinGuard(KioskStore(tmp_path / "kiosk.json"), clock)
    assert third.seconds_locked() == 2 * FIRST_LOCK_S
    clock.now += FIRST_LOCK_S
    assert third.check("2468").outcome is Outcome.LOCKED
    clock.now += FIRST_LOCK_S
    assert third.check("2468").accepted
    # After a right PIN the next lock is short again.
    _fail(third, MAX_FAILURES)
    assert third.seconds_locked() == FIRST_LOCK_S


def test_setting_the_clock_back_does_not_lock_for_ever(tmp_path: Path) -> None:
    clock = Clock()
    guard = PinGuard(_store(tmp_path), clock)
    _fail(guard, MAX_FAILURES)
    clock.now -= 365 * 24 * 3600
    assert guard.seconds_locked() == FIRST_LOCK_S
    clock.now += FIRST_LOCK_S + 1
    assert guard.check("2468").accepted


def test_setting_a_new_pin_clears_the_lock(tmp_path: Path) -> None:
    clock = Clock()
    store = _store(tmp_path)
    _fail(PinGuard(store, clock), MAX_FAILURES)
    store.save_pin(hash_pin("97531"))
    assert PinGuard(store, clock).check("97531").accepted
