"""Writing files safely: into a temporary file beside the target, renamed when complete.

The one way the records (and anything else that wants it) replace a file: exports, cards,
bundles, backups and the device id all go through `atomic_path` or `write_atomic`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import DiskFullError, RecordsError

FULL_ERRNOS = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


PARTIAL = ".partial"
"""Temporary files end with this; ones left by a crash can be removed (`remove_partials`)."""


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target`, else it is removed.

    A power cut or a full disk leaves either the old file or the complete new one, never half:
    the new file is flushed to disk before the rename, and the rename before returning.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=PARTIAL)
        os.close(fd)
    except OSError as exc:
        raise _message(target, exc) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _sync_folder(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _message(target, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomic(target: Path, data: bytes | str, encoding: str = "utf-8") -> None:
    """Replace `target` with `data` (text is encoded), all or nothing."""
    raw = data.encode(encoding) if isinstance(data, str) else data
    with atomic_path(target) as tmp:
        tmp.write_bytes(raw)


def remove_partials(folder: Path, older_than: float | None = None) -> list[Path]:
    """Delete temporary files a crash left in `folder` (hidden, ending in .partial).

    `older_than` (a time stamp) spares files changed since, which may be another program's
    write in progress.
    """
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for path in Path(folder).iterdir():
            if not (path.name.startswith(".") and path.name.endswith(PARTIAL)):
                continue
            with contextlib.suppress(OSError):
                if not path.is_file():
                    continue
                if older_than is not None and path.stat().st_mtime > older_than:
                    continue
                path.unlink()
                removed.append(path)
    return removed


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (where the system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _message(target: Path, exc: OSError) -> RecordsError:
    if exc.errno in FULL_ERRNOS:
        return DiskFullError(
            f"{target}: the disk is full (or the file is too big for it), so nothing was "
            "written; free some space or save to another drive"
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return RecordsError(
            f"{target}: this folder cannot be written to; choose another folder "
            "(for example your Documents folder or a USB stick)"
        )
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return RecordsError(
            f"{target}: this folder cannot be written to, because a file has its name; "
            "choose another folder"
        )
    return RecordsError(f"{target}: could not write the file ({exc.strerror or exc})")
