"""Kiosk settings, the admin PIN hash and the lockout state, in one JSON file written atomically."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from .pin import PinHash

MIN_IDLE_S = 5
MAX_IDLE_S = 3600
MIN_PROMPT_S = 3
MAX_PROMPT_S = 120


@dataclass
class KioskConfig:
    """What the admin chose. Empty lists mean "everything available"."""

    curricula: list[str] = field(default_factory=list)
    modules: list[str] = field(default_factory=list)
    """Entries "curriculum-id/module-id"; empty: every module of the chosen curricula."""
    languages: list[str] = field(default_factory=list)
    idle_timeout_s: int = 90
    still_there_s: int = 20
    """How long "Are you still there?" waits before everything is cleared."""
    allow_codes: bool = False
    """Whether a worker may enter a pseudonymous code; off means fully anonymous answers."""
    site: str = ""
    volume: float = 0.9

    @classmethod
    def from_json(cls, raw: object) -> KioskConfig:
        """Read what is valid and fall back to defaults for the rest, never raising."""
        defaults = cls()
        if not isinstance(raw, dict):
            return defaults
        values: dict[str, Any] = {}
        for f in fields(cls):
            default = getattr(defaults, f.name)
            value = raw.get(f.name, default)
            if isinstance(default, list):
                ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
                values[f.name] = list(value) if ok else default
            elif isinstance(default, bool):
                values[f.name] = value if isinstance(value, bool) else default
            elif isinstance(default, int):
                ok = isinstance(value, int) and not isinstance(value, bool)
                values[f.name] = value if ok else default
            elif isinstance(default, float):
                ok = isinstance(value, int | float) and not isinstance(value, bool)
                values[f.name] = float(value) if ok else default
            else:
                values[f.name] = value if isinstance(value, str) else default
        config = cls(**values)
        config.idle_timeout_s = min(max(config.idle_timeout_s, MIN_IDLE_S), MAX_IDLE_S)
        config.still_there_s = min(max(config.still_there_s, MIN_PROMPT_S), MAX_PROMPT_S)
        config.volume = min(max(config.volume, 0.0), 1.0)
        return config

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def module_allowed(self, curriculum_id: str, module_id: str) -> bool:
        if self.curricula and curriculum_id not in self.curricula:
            return False
        chosen = [m for m in self.modules if m.startswith(f"{curriculum_id}/")]
        return not chosen or f"{curriculum_id}/{module_id}" in chosen


@dataclass
class LockoutState:
    failures: int = 0
    """Wrong PINs since the last success or the last lock."""
    locks: int = 0
    """Locks in a row without a right PIN: each one lasts twice as long as the one before."""
    locked_until: float = 0.0
    """Wall-clock time (seconds since the epoch) when the pad opens again."""
    lock_seconds: float = 0.0
    """How long the current lock was meant to last, to cap it if the clock is set back."""

    @classmethod
    def from_json(cls, raw: object) -> LockoutState:
        if not isinstance(raw, dict):
            return cls()
        try:
            return cls(
                int(raw.get("failures", 0)),
                int(raw.get("locks", 0)),
                float(raw.get("locked_until", 0.0)),
                float(raw.get("lock_seconds", 0.0)),
            )
        except (TypeError, ValueError):
            # A damaged lockout entry must not open the pad: treat it as a fresh long lock.
            return cls(0, 1, 0.0, 0.0)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class KioskFileError(Exception):
    """The kiosk file could not be written; the message says where and what to do."""


class KioskStore:
    """Reads and writes the kiosk file. Every write re-reads it, so parts never undo each other."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _read(self) -> dict[str, Any]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return raw if isinstance(raw, dict) else {}

    def _update(self, change: Callable[[dict[str, Any]], None]) -> None:
        document = self._read()
        change(document)
        from ..atomic import atomic_write

        try:
            text = json.dumps(document, ensure_ascii=False, indent=2)
            atomic_write(self.path, text, mode=0o600)
        except OSError as exc:
            raise self._write_error(exc) from exc

    def _write_error(self, exc: OSError) -> KioskFileError:
        return KioskFileError(
            f"{self.path}: cannot write the kiosk settings ({exc}); check "
            "that the data folder is writable and the disk is not full"
        )

    def config(self) -> KioskConfig:
        return KioskConfig.from_json(self._read().get("config"))

    def save_config(self, config: KioskConfig) -> None:
        self._update(lambda doc: doc.__setitem__("config", config.to_json()))

    def pin(self) -> PinHash | None:
        return PinHash.from_json(self._read().get("pin"))

    def save_pin(self, pin: PinHash) -> None:
        def change(doc: dict[str, Any]) -> None:
            doc["pin"] = pin.to_json()
            doc["lockout"] = LockoutState().to_json()

        self._update(change)

    def lockout(self) -> LockoutState:
        return LockoutState.from_json(self._read().get("lockout"))

    def save_lockout(self, state: LockoutState) -> None:
        self._update(lambda doc: doc.__setitem__("lockout", state.to_json()))
