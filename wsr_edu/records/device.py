"""The random id of this laptop, made once, so records from many laptops merge cleanly."""

from __future__ import annotations

import uuid
from pathlib import Path

from .errors import RecordsError
from .files import write_atomic


def load_device_id(path: Path) -> str:
    """The id stored in `path`, written there (atomically) the first time it is asked for."""
    try:
        text = path.read_text(encoding="ascii").strip()
        return str(uuid.UUID(text))
    except FileNotFoundError:
        pass
    except (ValueError, UnicodeDecodeError, OSError):
        # A damaged file: a new id is safe, because ids only have to be unique, not stable.
        pass
    device = str(uuid.uuid4())
    try:
        write_atomic(path, device + "\n", encoding="ascii")
    except RecordsError as exc:
        cause = exc.__cause__
        reason = getattr(cause, "strerror", None) or cause or exc
        raise RecordsError(
            f"{path}: could not save this laptop's id ({reason}); "
            "check that the data folder is writable and the disk is not full"
        ) from cause
    return device
