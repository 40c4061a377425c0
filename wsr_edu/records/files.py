"""Writing output files safely: into a temporary file beside the target, renamed when complete."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import DiskFullError, RecordsError

FULL_ERRNOS = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target`, else it is removed.

    A power cut or a full disk leaves either the old file or the complete new one, never half.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".partial")
        os.close(fd)
    except OSError as exc:
        raise _message(target, exc) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _message(target, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


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
