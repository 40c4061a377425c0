"""A canary file that tells whether anything (this process, Qt, a library) opened it.

Linux's inotify reports every open of a file, whoever opens it, without a mock in the way.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
import zlib
from pathlib import Path
from types import TracebackType

from .system import require

_IN_OPEN = 0x20
_IN_ACCESS = 0x01
_IN_NONBLOCK = 0o4000


def _png_1px() -> bytes:
    """The smallest valid PNG: one transparent pixel, so a loader that opens it would succeed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00\x00\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


PNG_1PX = _png_1px()


class Canary:
    """Watch `path` (a file created here) and say whether it was opened since."""

    def __init__(self, path: Path, content: bytes = PNG_1PX) -> None:
        require(sys.platform.startswith("linux"), "the canary file needs Linux's inotify")
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(content)
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        self._fd = libc.inotify_init1(_IN_NONBLOCK)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        watch = libc.inotify_add_watch(self._fd, os.fsencode(self.path), _IN_OPEN | _IN_ACCESS)
        if watch < 0:
            raise OSError(ctypes.get_errno(), "inotify_add_watch failed")
        self._opened = False

    def opened(self) -> bool:
        """True once anything has opened or read the file since it was made."""
        try:
            data = os.read(self._fd, 65536)
        except BlockingIOError:
            data = b""
        offset = 0
        while offset + 16 <= len(data):
            _wd, mask, _cookie, length = struct.unpack_from("iIII", data, offset)
            if mask & (_IN_OPEN | _IN_ACCESS):
                self._opened = True
            offset += 16 + length
        return self._opened

    def close(self) -> None:
        os.close(self._fd)

    def __enter__(self) -> Canary:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
