"""The pack's archive: a ZIP file in one exact, canonical shape, read strictly.

Every entry is stored (not compressed), dated 1980-01-01, with UTF-8 names, no extra fields
and no comments, in a fixed order. Because the shape is fixed, every byte of a pack is
either a header that must equal what the writer makes, the signed manifest, the signature,
or file content checked against the manifest's SHA-256: no byte can change unnoticed.
Any ZIP tool can still list and open a pack.

The reader first looks at what the central directory declares (names, links, sizes,
compression) and refuses unsafe entries before a single byte of content is read.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import PackError

LOCAL = 0x04034B50
CENTRAL = 0x02014B50
END = 0x06054B50
LOCAL_FMT = "<IHHHHHIIIHH"
CENTRAL_FMT = "<IHHHHHHIIIHHHHHII"
END_FMT = "<IHHHHIIH"
LOCAL_SIZE = struct.calcsize(LOCAL_FMT)  # 30
CENTRAL_SIZE = struct.calcsize(CENTRAL_FMT)  # 46
END_SIZE = struct.calcsize(END_FMT)  # 22
VERSION_NEEDED = 20
MADE_BY = (3 << 8) | 20  # Unix, ZIP 2.0
UTF8_FLAG = 0x0800
DOS_DATE = (1 << 5) | 1  # 1980-01-01
FILE_ATTR = (stat.S_IFREG | 0o644) << 16
CHUNK = 1 << 16

MAX_PACK = 2 * 1024**3 - 1
MAX_ENTRIES = 20_000
MAX_NAME = 1024
MAX_FILE = 1024**3
MAX_TOTAL = 2 * 1024**3
MAX_RATIO = 100
"""A compressed entry declaring more than this many bytes out per byte in is a zip bomb."""


@dataclass(frozen=True)
class Entry:
    name: str
    size: int
    crc: int
    offset: int
    """Where the entry's local header starts."""
    compressed: int
    method: int
    flags: int
    external: int
    raw_name: bytes

    @property
    def data_start(self) -> int:
        return self.offset + LOCAL_SIZE + len(self.raw_name)


def local_header(raw_name: bytes, size: int, crc: int) -> bytes:
    return (
        struct.pack(
            LOCAL_FMT,
            LOCAL,
            VERSION_NEEDED,
            UTF8_FLAG,
            0,
            0,
            DOS_DATE,
            crc,
            size,
            size,
            len(raw_name),
            0,
        )
        + raw_name
    )


def central_header(raw_name: bytes, size: int, crc: int, offset: int) -> bytes:
    return (
        struct.pack(
            CENTRAL_FMT,
            CENTRAL,
            MADE_BY,
            VERSION_NEEDED,
            UTF8_FLAG,
            0,
            0,
            DOS_DATE,
            crc,
            size,
            size,
            len(raw_name),
            0,
            0,
            0,
            0,
            FILE_ATTR,
            offset,
        )
        + raw_name
    )


def end_record(count: int, cd_size: int, cd_offset: int) -> bytes:
    return struct.pack(END_FMT, END, 0, 0, count, count, cd_size, cd_offset, 0)


class ArchiveWriter:
    """Writes entries in the order given; each source is read twice (checksum, then copy)."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.central: list[bytes] = []
        self.position = 0

    def add_bytes(self, name: str, data: bytes) -> None:
        self._add(name, len(data), zlib.crc32(data), iter([data]))

    def add_file(self, name: str, path: Path) -> tuple[int, str]:
        """Add a file; returns its size and SHA-256 (hex) as read during the first pass."""
        size, crc, digest = 0, 0, hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                size += len(chunk)
                crc = zlib.crc32(chunk, crc)
                digest.update(chunk)
        self._add(name, size, crc, _chunks(path, size))
        return size, digest.hexdigest()

    def _add(self, name: str, size: int, crc: int, chunks: Iterator[bytes]) -> None:
        raw = name.encode("utf-8")
        if size > MAX_FILE:
            raise PackError(f"{name}: larger than {MAX_FILE // 1024**2} MiB, too large for a pack")
        header = local_header(raw, size, crc)
        self.central.append(central_header(raw, size, crc, self.position))
        self.out.write(header)
        written = 0
        for chunk in chunks:
            self.out.write(chunk)
            written += len(chunk)
        if written != size:
            raise PackError(f"{name}: the file changed while the pack was being made; try again")
        self.position += len(header) + size
        if self.position > MAX_PACK:
            raise PackError("the curriculum is too large for one pack (2 GiB at most)")

    def finish(self) -> None:
        start = self.position
        for header in self.central:
            self.out.write(header)
        size = sum(len(h) for h in self.central)
        self.out.write(end_record(len(self.central), size, start))


def _chunks(path: Path, size: int) -> Iterator[bytes]:
    with path.open("rb") as handle:
        remaining = size
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:
                return
            remaining -= len(chunk)
            yield chunk


class Archive:
    """A pack file opened for strict reading. Use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.handle: BinaryIO = path.open("rb")
        except FileNotFoundError:
            raise PackError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise PackError(f"{path}: this is a folder, not a .wsrpack file") from None
        except OSError as exc:
            raise PackError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        try:
            self.size = os.fstat(self.handle.fileno()).st_size
            self.entries = self._read_directory()
        except BaseException:
            self.handle.close()
            raise

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.handle.close()

    def _read_at(self, offset: int, size: int) -> bytes:
        self.handle.seek(offset)
        data = self.handle.read(size)
        if len(data) != size:
            raise PackError(f"{self.path}: the pack is cut short; copy it again")
        return data

    def _not_a_pack(self, why: str) -> PackError:
        return PackError(f"{self.path}: not a wsr-edu pack ({why})")

    def _read_directory(self) -> list[Entry]:
        if self.size > MAX_PACK:
            raise PackError(f"{self.path}: larger than any pack can be (2 GiB); refused")
        if self.size < END_SIZE:
            raise self._not_a_pack("too short")
        tail_size = min(self.size, END_SIZE + 0xFFFF)
        tail = self._read_at(self.size - tail_size, tail_size)
        at = tail.rfind(struct.pack("<I", END))
        if at < 0:
            raise self._not_a_pack("it is not a ZIP archive")
        end = tail[at : at + END_SIZE]
        if len(end) < END_SIZE:
            raise self._not_a_pack("its end record is cut short")
        _, disk, cd_disk, here, count, cd_size, cd_offset, comment = struct.unpack(END_FMT, end)
        if disk or cd_disk or here != count:
            raise self._not_a_pack("it is split over several files")
        if count == 0xFFFF or cd_offset == 0xFFFFFFFF or cd_size == 0xFFFFFFFF:
            raise self._not_a_pack("ZIP64 archives are not used for packs")
        if count > MAX_ENTRIES:
            raise PackError(
                f"{self.path}: holds {count} entries, more than a pack may ({MAX_ENTRIES})"
            )
        end_offset = self.size - tail_size + at
        if cd_size > count * (CENTRAL_SIZE + 3 * 0xFFFF) or cd_size > 64 * 1024**2:
            raise self._not_a_pack("its directory is larger than its entries need")
        if cd_offset + cd_size > end_offset:
            raise self._not_a_pack("its directory is damaged")
        directory = self._read_at(cd_offset, cd_size)
        entries: list[Entry] = []
        pos = 0
        for _ in range(count):
            if pos + CENTRAL_SIZE > len(directory):
                raise self._not_a_pack("its directory is damaged")
            fields = struct.unpack(CENTRAL_FMT, directory[pos : pos + CENTRAL_SIZE])
            sig, _made, _need, flags, method, _t, _d, crc, csize, usize = fields[:10]
            name_len, extra_len, comment_len = fields[10:13]
            external, offset = fields[15], fields[16]
            if sig != CENTRAL:
                raise self._not_a_pack("its directory is damaged")
            raw_name = directory[pos + CENTRAL_SIZE : pos + CENTRAL_SIZE + name_len]
            if len(raw_name) != name_len:
                raise self._not_a_pack("its directory is damaged")
            pos += CENTRAL_SIZE + name_len + extra_len + comment_len
            try:
                name = raw_name.decode("utf-8")
            except UnicodeDecodeError:
                raise PackError(f"{self.path}: an entry's name is not valid UTF-8") from None
            entries.append(
                Entry(name, usize, crc, offset, csize, method, flags, external, raw_name)
            )
        self._check_declared(entries)
        self._layout = (cd_offset, cd_size, end_offset, comment, directory)
        return entries

    def check_canonical(self) -> None:
        """Every header byte must be what ArchiveWriter writes, with no gaps or extra bytes."""
        self._check_canonical(self.entries, *self._layout)

    def _check_declared(self, entries: list[Entry]) -> None:
        """Refuse unsafe entries from what they declare, before any content is read."""
        from .manifest import unsafe_path_reason

        total = 0
        for entry in entries:
            shown = entry.name.encode("unicode_escape").decode("ascii")
            why = unsafe_path_reason(entry.name.removesuffix("/"))
            if why:
                raise PackError(f"{self.path}: the entry '{shown}' {why}; refused")
            kind = stat.S_IFMT(entry.external >> 16)
            if kind == stat.S_IFLNK:
                raise PackError(
                    f"{self.path}: the entry '{shown}' is a link (packs hold plain files "
                    "only); refused"
                )
            if entry.name.endswith("/") or kind == stat.S_IFDIR:
                raise PackError(
                    f"{self.path}: the entry '{shown}' is a folder entry; packs hold files only"
                )
            if kind not in (0, stat.S_IFREG):
                raise PackError(f"{self.path}: the entry '{shown}' is not a plain file")
            if entry.flags & 0x1:
                raise PackError(f"{self.path}: the entry '{shown}' is encrypted; refused")
            if entry.size > MAX_FILE:
                raise PackError(
                    f"{self.path}: the entry '{shown}' declares {entry.size:,} bytes, more "
                    f"than a pack's file may hold ({MAX_FILE:,}); refused without unpacking"
                )
            total += entry.size
            if total > MAX_TOTAL:
                raise PackError(
                    f"{self.path}: the entries declare more than {MAX_TOTAL:,} bytes in all; "
                    "refused without unpacking"
                )
            if entry.method != 0 and (
                entry.compressed == 0 or entry.size > entry.compressed * MAX_RATIO
            ):
                raise PackError(
                    f"{self.path}: the entry '{shown}' declares {entry.size:,} bytes "
                    f"packed into {entry.compressed:,} (a zip bomb); refused without unpacking"
                )
        for entry in entries:
            if entry.method != 0:
                shown = entry.name.encode("unicode_escape").decode("ascii")
                raise PackError(
                    f"{self.path}: the entry '{shown}' is compressed; packs made by "
                    "'wsr-edu pack build' store files as they are"
                )

    def _check_canonical(
        self,
        entries: list[Entry],
        cd_offset: int,
        cd_size: int,
        end_offset: int,
        comment: int,
        directory: bytes,
    ) -> None:
        changed = PackError(
            f"{self.path}: the pack's archive was changed or rewritten after it was signed "
            "(its headers differ from the ones 'wsr-edu pack build' writes); refused"
        )
        if comment or end_offset + END_SIZE != self.size:
            raise changed
        expected_directory = b""
        position = 0
        for entry in entries:
            if entry.offset != position:
                raise changed
            header = local_header(entry.raw_name, entry.size, entry.crc)
            if self._read_at(entry.offset, len(header)) != header:
                raise changed
            expected_directory += central_header(entry.raw_name, entry.size, entry.crc, position)
            position += len(header) + entry.size
        if position != cd_offset or cd_size != len(expected_directory):
            raise changed
        if directory != expected_directory:
            raise changed
        if self._read_at(end_offset, END_SIZE) != end_record(len(entries), cd_size, cd_offset):
            raise changed

    def read(self, entry: Entry, limit: int) -> bytes:
        """A small entry's whole content (manifest, signature), after its CRC is checked."""
        if entry.size > limit:
            raise PackError(f"{self.path}: '{entry.name}' is larger than it may be; refused")
        data = self._read_at(entry.data_start, entry.size)
        if zlib.crc32(data) != entry.crc:
            raise PackError(f"{self.path}: '{entry.name}' is damaged (its checksum differs)")
        return data

    def chunks(self, entry: Entry) -> Iterator[bytes]:
        """An entry's content in pieces; the caller checks the SHA-256 against the manifest."""
        self.handle.seek(entry.data_start)
        remaining = entry.size
        while remaining > 0:
            chunk = self.handle.read(min(CHUNK, remaining))
            if not chunk:
                raise PackError(f"{self.path}: the pack is cut short; copy it again")
            remaining -= len(chunk)
            yield chunk
