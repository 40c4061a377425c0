"""Writing files so that a reader sees the old file or the whole new one, never a piece.

The one helper every part of the app writes its files with: settings, kiosk settings,
narration, exports, backups. Temporary files are hidden, sit beside the target (so the rename
stays on one disk), carry the writer's process id, and are cleared by `remove_stale_parts`
when a killed run left one behind.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

PART_SUFFIX = ".part"
_STALE_AFTER_S = 3600.0


def atomic_write(path: Path, data: bytes | str, *, mode: int | None = None) -> None:
    """Write to a hidden temporary file beside `path`, flush it to disk, then rename it over.

    The rename is atomic on every supported system, so a crash, a kill or a full disk leaves
    either the previous file or the complete new one; at worst a hidden `.part` file, which
    `remove_stale_parts` clears on the next run.
    """
    if not data:
        raise ValueError(f"refusing to write an empty file: {path}")
    payload = data.encode("utf-8") if isinstance(data, str) else data

    def write(temp: Path) -> None:
        with open(temp, "r+b") as handle:
            handle.write(payload)

    with atomic_path(path, mode=mode) as temp:
        write(temp)


@contextlib.contextmanager
def atomic_path(path: Path, *, mode: int | None = None) -> Iterator[Path]:
    """Yield a hidden temporary path beside `path` to write; on success it replaces `path`.

    For writers that want a file name (spreadsheets, PDFs, SQLite's backup). Any exception
    removes the temporary file and leaves the old `path` as it was.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}{PART_SUFFIX}")
    fd = os.open(
        temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode or 0o666
    )
    os.close(fd)
    try:
        yield temp
        with open(temp, "rb+") as handle:
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX only; Windows cannot open folders)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_parts(folder: Path) -> int:
    """Delete temporary files left by a run that was killed; returns how many."""
    removed = 0
    if not folder.is_dir():
        return 0
    for part in folder.rglob(f".*{PART_SUFFIX}"):
        if _owner_alive(part):
            continue
        with contextlib.suppress(OSError):
            part.unlink()
            removed += 1
    return removed


def _owner_alive(part: Path) -> bool:
    fields = part.name.split(".")
    pid = int(fields[-3]) if len(fields) >= 4 and fields[-3].isdigit() else 0
    if os.name == "posix" and pid > 0:
        if pid == os.getpid():
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    try:
        return time.time() - part.stat().st_mtime < _STALE_AFTER_S
    except OSError:
        return False
