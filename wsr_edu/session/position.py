"""Where a recorded session stood: the slide and the time taught, kept for a resume.

A small JSON file per open session in the data folder (`sessions/<session id>.json`),
written atomically as the slide changes, so after a crash or a power cut the resumed
session opens on the same slide with its clock where it stopped.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from ..atomic import atomic_write

SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class Position:
    slide_id: str
    index: int
    language: str
    elapsed_seconds: float


def position_file(data_dir: Path, session_id: str) -> Path | None:
    """The file for `session_id`; None for an id that could name a path outside the folder."""
    if not SAFE_ID.match(session_id):
        return None
    return data_dir / "sessions" / f"{session_id}.json"


def save_position(path: Path, position: Position) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(asdict(position), ensure_ascii=False))


def load_position(path: Path | None) -> Position | None:
    """The stored position, or None when there is none or it cannot be read (never raises)."""
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Position(
            slide_id=str(data["slide_id"]),
            index=max(0, int(data["index"])),
            language=str(data["language"]),
            elapsed_seconds=max(0.0, float(data["elapsed_seconds"])),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def forget_position(path: Path | None) -> None:
    if path is not None:
        path.unlink(missing_ok=True)
