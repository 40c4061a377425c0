"""The random id of this laptop, made once, so records from many laptops merge cleanly."""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

from .errors import RecordsError


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
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".device-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(device + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise RecordsError(
            f"{path}: could not save this laptop's id ({exc.strerror or exc}); "
            "check that the data folder is writable and the disk is not full"
        ) from exc
    return device
