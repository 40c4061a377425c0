"""The PIN pad's guard: five wrong PINs lock it, each lock twice as long, and restarts keep it."""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass

from .config import KioskFileError, KioskStore, LockoutState
from .pin import verify_pin

MAX_FAILURES = 5
FIRST_LOCK_S = 30.0
LONGEST_LOCK_S = 24 * 3600.0


class Outcome(enum.Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"
    NO_PIN = "no-pin"


@dataclass(frozen=True)
class PinResult:
    outcome: Outcome
    tries_left: int = 0
    locked_for: float = 0.0
    """Seconds until the pad opens again (LOCKED, or WRONG that just caused a lock)."""

    @property
    def accepted(self) -> bool:
        return self.outcome is Outcome.ACCEPTED


def lock_length(locks: int) -> float:
    """How long the `locks`-th lock in a row lasts: 30 s, 60 s, 120 s, ... up to a day."""
    return min(FIRST_LOCK_S * 2 ** max(locks - 1, 0), LONGEST_LOCK_S)


class PinGuard:
    """Checks PINs against the kiosk file, keeping the lockout in that file.

    When the file cannot be written (a full disk), the lockout is kept in memory instead, so
    guesses stay limited and the right PIN still opens the pad; `storage_problem` says why.

    The unlock time is stored as wall-clock time so it survives a restart; when the clock has
    been set back, the remaining time is capped at the lock's own length so a lock can never
    last longer than it was meant to, and setting the clock forward is the only way to shorten
    it (which needs an administrator of the computer anyway).
    """

    def __init__(self, store: KioskStore, clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self._clock = clock
        self._unsaved: LockoutState | None = None
        self.storage_problem: str | None = None
        """Why the lockout could not be saved (a full disk): it is kept in memory meanwhile."""

    def _load(self) -> LockoutState:
        # While the file cannot be written it still holds an older count; memory is ahead.
        if self._unsaved is not None:
            return LockoutState(**self._unsaved.to_json())
        return self._store.lockout()

    def _save(self, state: LockoutState) -> None:
        try:
            self._store.save_lockout(state)
        except (KioskFileError, OSError) as exc:
            self._unsaved = LockoutState(**state.to_json())
            self.storage_problem = str(exc)
            return
        self._unsaved = None
        self.storage_problem = None

    def seconds_locked(self) -> float:
        return self._remaining(self._load())

    def _remaining(self, state: LockoutState) -> float:
        if state.locks <= 0:
            return 0.0
        length = state.lock_seconds or lock_length(state.locks)
        now = self._clock()
        left = state.locked_until - now
        if left > length:
            # The clock was set back: restart the lock from now rather than wait for the clock.
            state.locked_until = now + length
            self._save(state)
            left = length
        return max(left, 0.0)

    def tries_left(self) -> int:
        return max(MAX_FAILURES - self._load().failures, 0)

    def check(self, pin: str) -> PinResult:
        stored = self._store.pin()
        if stored is None:
            return PinResult(Outcome.NO_PIN)
        state = self._load()
        left = self._remaining(state)
        if left > 0:
            return PinResult(Outcome.LOCKED, 0, left)
        if verify_pin(pin, stored):
            self._save(LockoutState())
            return PinResult(Outcome.ACCEPTED, MAX_FAILURES)
        state.failures += 1
        if state.failures >= MAX_FAILURES:
            state.failures = 0
            state.locks += 1
            state.lock_seconds = lock_length(state.locks)
            state.locked_until = self._clock() + state.lock_seconds
            self._save(state)
            return PinResult(Outcome.WRONG, 0, state.lock_seconds)
        self._save(state)
        return PinResult(Outcome.WRONG, MAX_FAILURES - state.failures)
