"""`pack build`: validate a curriculum, then write its files, manifest and signature."""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from .container import ArchiveWriter
from .errors import PackError
from .keys import SigningKey
from .manifest import (
    FILES_PREFIX,
    MANIFEST_ENTRY,
    SIGNATURE_ENTRY,
    FileEntry,
    Manifest,
    parse_version,
    signed_message,
    unsafe_path_reason,
)

PROVENANCE_DIR = ".wsrpack"
"""Inside an installed curriculum: the manifest and signature it was installed from."""


def curriculum_files(folder: Path) -> list[tuple[str, Path]]:
    """Every file of a curriculum as (path inside the pack, file), sorted; hidden ones left out.

    Links and other special files are refused: a pack holds plain files only.
    """
    found: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        here = Path(root)
        for name in list(dirs):
            if name.startswith("."):
                dirs.remove(name)
            elif (here / name).is_symlink():
                raise PackError(
                    f"{here / name}: is a link; a pack holds plain files only: copy the "
                    "folder in its place"
                )
        for name in files:
            if name.startswith("."):
                continue
            path = here / name
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                raise PackError(
                    f"{path}: is a link; a pack holds plain files only: copy the file in its place"
                )
            if not stat.S_ISREG(mode):
                raise PackError(f"{path}: is not a plain file; remove it from the curriculum")
            relative = path.relative_to(folder).as_posix()
            why = unsafe_path_reason(relative)
            if why:
                raise PackError(f"{path}: its name {why}; rename it")
            found.append((relative, path))
    found.sort()
    folded = [r.casefold() for r, _ in found]
    if len(set(folded)) != len(folded):
        raise PackError(f"{folder}: two files differ only in letter case; rename one")
    return found


def build_pack(
    folder: Path,
    key: SigningKey,
    out: Path,
    *,
    curriculum_id: str,
    version: str,
    organisation: str,
    now: datetime | None = None,
) -> Manifest:
    """Write `out` atomically. The curriculum must already have passed validation."""
    parse_version(version)
    folder = folder.resolve()
    if out.resolve().is_relative_to(folder):
        raise PackError(f"{out}: write the pack outside the curriculum folder")
    files = curriculum_files(folder)
    if not files:
        raise PackError(f"{folder}: holds no files")
    created = (now or datetime.now(UTC)).replace(microsecond=0).isoformat()
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=".wsrpack-", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        # The manifest goes first in the archive but needs every file's hash: hash first.
        entries = [FileEntry(rel, *_size_and_hash(path)) for rel, path in files]
        manifest = Manifest(
            curriculum_id=curriculum_id,
            version=version,
            organisation=" ".join(organisation.split())[:200],
            signer=key.public,
            created_at=created,
            files=tuple(entries),
        )
        manifest_bytes = manifest.to_bytes()
        with os.fdopen(fd, "wb") as handle:
            writer = ArchiveWriter(handle)
            writer.add_bytes(MANIFEST_ENTRY, manifest_bytes)
            writer.add_bytes(SIGNATURE_ENTRY, key.sign(signed_message(manifest_bytes)))
            for item, (_rel, path) in zip(entries, files, strict=True):
                size, digest = writer.add_file(FILES_PREFIX + item.path, path)
                if (size, digest) != (item.size, item.sha256):
                    raise PackError(f"{path}: changed while the pack was being made; try again")
            writer.finish()
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PackError(f"{out}: the pack could not be written ({exc.strerror or exc})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return manifest


def _size_and_hash(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 16):
            size += len(chunk)
            digest.update(chunk)
    return size, digest.hexdigest()
