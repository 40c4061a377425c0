"""Pseudonymous attendance codes: random, short, easy to read aloud, never from personal data."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V, G/6: letters and digits that are easy to tell apart
# when read aloud or printed small on a card.
ALPHABET = "ACDEFHJKMNPRTWXY3479"
GROUP = 3
LENGTH = 6
CODE_RE = re.compile(rf"^[{ALPHABET}]{{{GROUP}}}-[{ALPHABET}]{{{LENGTH - GROUP}}}$")


def new_code() -> str:
    """One code like `K7M-4PX`: about 26 bits of chance, plenty for the people at one site."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{raw[:GROUP]}-{raw[GROUP:]}"


def new_codes(count: int, taken: Iterable[str] = ()) -> list[str]:
    """`count` fresh codes, distinct from each other and from `taken`."""
    seen = {normalise_code(c) for c in taken}
    codes: list[str] = []
    while len(codes) < count:
        code = new_code()
        if code not in seen:
            seen.add(code)
            codes.append(code)
    return codes


def normalise_code(text: str) -> str:
    """The canonical form of a code someone typed: upper case, with one dash in the middle."""
    cleaned = re.sub(r"[\s\-_.]", "", text.upper())
    if len(cleaned) == LENGTH:
        return f"{cleaned[:GROUP]}-{cleaned[GROUP:]}"
    return cleaned


def is_valid_code(text: str) -> bool:
    return bool(CODE_RE.match(text))
