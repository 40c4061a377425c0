"""The admin PIN: kept only as a slow salted scrypt hash, checked in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

MIN_DIGITS = 4
MAX_DIGITS = 12

# scrypt at N=2**15, r=8 needs 32 MiB and tens of milliseconds per guess: cheap for one
# admin, expensive for anyone who copies the kiosk file and tries all short PINs.
DEFAULT_N = 2**15
DEFAULT_R = 8
DEFAULT_P = 1
KEY_BYTES = 32
SALT_BYTES = 16


class PinError(ValueError):
    """A PIN that may not be used; the message says what a good one looks like."""


def check_pin_format(pin: str) -> None:
    if not pin.isascii() or not pin.isdigit():
        raise PinError("the PIN may hold digits only (0-9)")
    if len(pin) < MIN_DIGITS:
        raise PinError(f"the PIN needs at least {MIN_DIGITS} digits")
    if len(pin) > MAX_DIGITS:
        raise PinError(f"the PIN may have at most {MAX_DIGITS} digits")


@dataclass(frozen=True)
class PinHash:
    salt: bytes
    digest: bytes
    n: int = DEFAULT_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P

    def to_json(self) -> dict[str, Any]:
        return {
            "scheme": "scrypt",
            "salt": self.salt.hex(),
            "hash": self.digest.hex(),
            "n": self.n,
            "r": self.r,
            "p": self.p,
        }

    @classmethod
    def from_json(cls, raw: object) -> PinHash | None:
        """The stored hash, or None when the entry is missing or damaged."""
        if not isinstance(raw, dict) or raw.get("scheme") != "scrypt":
            return None
        try:
            salt = bytes.fromhex(str(raw["salt"]))
            digest = bytes.fromhex(str(raw["hash"]))
            n, r, p = int(raw["n"]), int(raw["r"]), int(raw["p"])
        except (KeyError, ValueError, TypeError):
            return None
        # Refuse parameters weaker than the defaults: a hand-edited file must not lower the cost.
        if len(salt) < SALT_BYTES or len(digest) != KEY_BYTES or n < DEFAULT_N or r < 1 or p < 1:
            return None
        return cls(salt, digest, n, r, p)


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    maxmem = 128 * r * n * p * 2 + 1024 * 1024
    return hashlib.scrypt(
        pin.encode("ascii", "replace"), salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=KEY_BYTES
    )


def hash_pin(pin: str) -> PinHash:
    check_pin_format(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    return PinHash(salt, _derive(pin, salt, DEFAULT_N, DEFAULT_R, DEFAULT_P))


def verify_pin(pin: str, stored: PinHash) -> bool:
    # The hash is computed even for badly formed input so timing says nothing about the format.
    candidate = _derive(pin, stored.salt, stored.n, stored.r, stored.p)
    return hmac.compare_digest(candidate, stored.digest)
