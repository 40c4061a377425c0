"""Writing files safely: into a temporary file beside the target, renamed when complete.

The one way the records (and anything else that wants it) replace a file: exports, cards,
bundles, backups and the device id all go through `atomic_path` or `write_atomic`.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from ..atomic import PART_SUFFIX
from ..atomic import atomic_path as shared_atomic_path
from .errors import DiskFullError, RecordsError

FULL_ERRNOS = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


PARTIAL = ".partial"
"""Temporary files of earlier versions ended with this; today's end with PART_SUFFIX. Either,
left by a crash, is removed by `remove_partials`."""


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target`, else it is removed.

    The app's one atomic writer (`wsr_edu.atomic`), with the records' messages: a full disk
    or a folder that cannot be written is a RecordsError that says what to do.
    """
    target = Path(target)
    try:
        with shared_atomic_path(target) as tmp:
            yield tmp
    except OSError as exc:
        raise _message(target, exc) from exc


def write_atomic(target: Path, data: bytes | str, encoding: str = "utf-8") -> None:
    """Replace `target` with `data` (text is encoded), all or nothing."""
    raw = data.encode(encoding) if isinstance(data, str) else data
    with atomic_path(target) as tmp:
        tmp.write_bytes(raw)


def sync_folder_and_name(folder: Path) -> None:
    """Make `folder`'s list of files and its own name survive a power cut (POSIX only).

    A new file's name is durable once its folder is synced, and the folder's own name once the
    folder above it is. SQLite syncs the data folder when it creates a WAL file but never the
    folder above, so on a first start the whole data folder could vanish in a power cut on a
    filesystem that keeps only what was synced (the power-cut test's strict rule).
    """
    if os.name != "posix":
        return
    for each in (folder, folder.parent):
        with contextlib.suppress(OSError):
            fd = os.open(each, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def remove_partials(folder: Path, older_than: float | None = None) -> list[Path]:
    """Delete temporary files a crash left in `folder` (hidden, ending in .partial).

    `older_than` (a time stamp) spares files changed since, which may be another program's
    write in progress.
    """
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for path in Path(folder).iterdir():
            if not (path.name.startswith(".") and path.name.endswith((PARTIAL, PART_SUFFIX))):
                continue
            with contextlib.suppress(OSError):
                if not path.is_file():
                    continue
                if older_than is not None and path.stat().st_mtime > older_than:
                    continue
                path.unlink()
                removed.append(path)
    return removed


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
