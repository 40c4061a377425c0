"""Pseudonymous attendance codes: random, short, easy to read aloud, never from personal data.

Each code is also three pictures (`code_pictures`), for workers who cannot read the letters."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..paths import shipped

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V, G/6: letters and digits that are easy to tell apart
# when read aloud or printed small on a card.
ALPHABET = "ACDEFHJKMNPRTWXY3479"
GROUP = 3
LENGTH = 6
CODE_RE = re.compile(rf"^[{ALPHABET}]{{{GROUP}}}-[{ALPHABET}]{{{LENGTH - GROUP}}}$")
FREE_PICTURE_TRIES = 200


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


# -- picture codes ---------------------------------------------------------------------------
# Every code also reads as three pictures, for workers who cannot read the letters. The order
# of PICTURES is part of the format: a picture's place in it is its number, and changing it
# would change the pictures of every card already printed. Add new pictures at the end only.
PICTURES: tuple[str, ...] = (
    "sun",
    "moon",
    "star",
    "heart",
    "house",
    "tree",
    "fish",
    "cup",
    "umbrella",
    "bell",
    "leaf",
    "drop",
    "boat",
    "flower",
    "key",
    "car",
)
PICTURE_COUNT = 3
SEQUENCES = len(PICTURES) ** PICTURE_COUNT
"""4,096 picture sequences: about 12 bits, far fewer than the 26 bits of the letters. Pictures
therefore name a code only among the codes this laptop knows (see `find_by_pictures`)."""

PictureCode = tuple[int, ...]
"""A picture sequence: the place of each picture in PICTURES, in the order on the card."""


def picture_file(name: str) -> Path:
    """The SVG drawing of one picture (shipped with the app, no network, no curriculum)."""
    if name not in PICTURES:
        raise KeyError(name)
    return shipped("ui", "icons", "codes", f"{name}.svg")


def code_pictures(code: str) -> PictureCode:
    """The three pictures printed beside `code`: a fixed hash of its letters, the same on
    every laptop, so the letters and the pictures on one card always name the same code."""
    canonical = normalise_code(code)
    digest = hashlib.blake2b(canonical.encode("ascii"), digest_size=8, person=b"wsr-edu-pics")
    # 2**64 is a multiple of 4,096: every sequence is equally likely.
    number = int.from_bytes(digest.digest(), "big") % SEQUENCES
    places = []
    for _ in range(PICTURE_COUNT):
        number, place = divmod(number, len(PICTURES))
        places.append(place)
    return tuple(places)


def picture_names(pictures: Iterable[int]) -> tuple[str, ...]:
    return tuple(PICTURES[i] for i in pictures)


def find_by_pictures(pictures: Sequence[int], known: Iterable[str]) -> list[str]:
    """Every code among `known` whose pictures are `pictures` (one, none, or rarely more)."""
    wanted = tuple(pictures)
    if len(wanted) != PICTURE_COUNT:
        return []
    found = {normalise_code(c) for c in known}
    return sorted(c for c in found if is_valid_code(c) and code_pictures(c) == wanted)


def codes_with_free_pictures(
    count: int, taken: Iterable[str] = (), tries: int = FREE_PICTURE_TRIES
) -> list[str]:
    """`count` fresh codes whose picture sequences no code in `taken` (nor each other) has.

    Each code is still drawn uniformly from the letters: a code whose pictures are taken is
    drawn again, up to `tries` times. Only when that many draws all fall on taken sequences
    (the laptop knows thousands of codes) is a code kept whose pictures another code shares;
    its pictures are then ambiguous on this laptop and the worker types the letters.
    """
    seen = {normalise_code(c) for c in taken}
    used = {code_pictures(c) for c in seen if is_valid_code(c)}
    codes: list[str] = []
    while len(codes) < count:
        for _ in range(max(tries, 1)):
            code = new_code()
            if code not in seen and code_pictures(code) not in used:
                break
        else:
            code = new_codes(1, seen)[0]
        seen.add(code)
        used.add(code_pictures(code))
        codes.append(code)
    return codes
