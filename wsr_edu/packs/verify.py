"""Checking a pack: shape, signature, trust, and every byte of every file."""

from __future__ import annotations

import hashlib
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

from .container import Archive, Entry
from .errors import PackError
from .manifest import (
    FILES_PREFIX,
    MANIFEST_ENTRY,
    MAX_MANIFEST,
    SIGNATURE_ENTRY,
    SIGNATURE_SIZE,
    Manifest,
    parse_manifest,
    signed_message,
)
from .trust import TrustStore


@dataclass(frozen=True)
class VerifiedPack:
    path: Path
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    organisation: str
    """The signer's name as this computer's trust store knows it."""


class PackReader:
    """A pack opened and checked up to its content: shape, signature, trust, file list.

    Use as a context manager; then `check_contents()` (reads every file, writes nothing)
    and/or `extract(folder)` (writes every file while checking it again).
    """

    def __init__(self, path: Path, trust: TrustStore) -> None:
        self.archive = Archive(path)
        try:
            self.verified = self._check(path, trust)
        except BaseException:
            self.archive.handle.close()
            raise

    def __enter__(self) -> PackReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.archive.handle.close()

    def _check(self, path: Path, trust: TrustStore) -> VerifiedPack:
        archive = self.archive
        entries = archive.entries
        if len(entries) < 2 or [e.name for e in entries[:2]] != [MANIFEST_ENTRY, SIGNATURE_ENTRY]:
            raise PackError(f"{path}: not a signed wsr-edu pack (no manifest and signature)")
        manifest_bytes = archive.read(entries[0], MAX_MANIFEST)
        signature = archive.read(entries[1], SIGNATURE_SIZE)
        if len(signature) != SIGNATURE_SIZE:
            raise PackError(f"{path}: the pack's signature is damaged; refused")
        manifest = parse_manifest(manifest_bytes, str(path))
        if not manifest.signer.verify(signed_message(manifest_bytes), signature):
            raise PackError(
                f"{path}: the signature does not match the manifest: the pack was changed "
                "after it was signed, or damaged in copying; refused"
            )
        trusted = trust.find(manifest.signer.key)
        if trusted is None:
            raise PackError(
                f"{path}: signed by a key this computer does not trust (fingerprint "
                f"{manifest.signer.fingerprint}, '{manifest.signer.organisation}'); an "
                "administrator can compare the fingerprint with the organisation's and run "
                "'wsr-edu keys trust ORGANISATION.pub'; refused"
            )
        _match_entries(path, manifest, entries[2:])
        archive.check_canonical()
        return VerifiedPack(path, manifest, manifest_bytes, signature, trusted.organisation)

    def check_contents(self) -> None:
        for item, entry in zip(self.verified.manifest.files, self.archive.entries[2:], strict=True):
            _check_file(self.archive, entry, item.sha256, None)

    def extract(self, folder: Path) -> None:
        """Write every file under `folder` (which must be new and empty), checking each."""
        for item, entry in zip(self.verified.manifest.files, self.archive.entries[2:], strict=True):
            _check_file(self.archive, entry, item.sha256, folder / item.path)


def verify_pack(path: Path, trust: TrustStore) -> VerifiedPack:
    """Check everything, writing nothing; raises PackError with one message at the first problem.

    Cheap checks come first: the archive's declared shape, then the signature, and only then
    the content.
    """
    with PackReader(path, trust) as reader:
        reader.check_contents()
        return reader.verified


def _match_entries(path: Path, manifest: Manifest, entries: list[Entry]) -> None:
    listed = {f.path: f for f in manifest.files}
    present: dict[str, Entry] = {}
    for entry in entries:
        if not entry.name.startswith(FILES_PREFIX):
            raise PackError(f"{path}: holds '{entry.name}', which the manifest does not list")
        name = entry.name[len(FILES_PREFIX) :]
        if name not in listed:
            raise PackError(
                f"{path}: holds the file '{name}', which the signed manifest does "
                "not list (a file was added); refused"
            )
        if name in present:
            raise PackError(f"{path}: holds '{name}' twice; refused")
        present[name] = entry
    for item in manifest.files:
        if item.path not in present:
            raise PackError(f"{path}: the file '{item.path}' is missing from the pack; refused")
        if present[item.path].size != item.size:
            raise PackError(
                f"{path}: the file '{item.path}' has {present[item.path].size:,} bytes, the "
                f"signed manifest says {item.size:,} (the file was changed); refused"
            )
    if [e.name[len(FILES_PREFIX) :] for e in entries] != [f.path for f in manifest.files]:
        raise PackError(f"{path}: the files are not in the order packs write them; refused")


def _check_file(archive: Archive, entry: Entry, sha256: str, target: Path | None) -> None:
    digest = hashlib.sha256()
    crc = 0
    out = None
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL: never write through something already there (such as a planted link).
        fd = os.open(
            target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644
        )
        out = os.fdopen(fd, "wb")
    try:
        for chunk in archive.chunks(entry):
            digest.update(chunk)
            crc = zlib.crc32(chunk, crc)
            if out is not None:
                out.write(chunk)
    finally:
        if out is not None:
            out.close()
    name = entry.name[len(FILES_PREFIX) :]
    if digest.hexdigest() != sha256 or crc != entry.crc:
        raise PackError(
            f"{archive.path}: the file '{name}' differs from the one that was signed (it was "
            "changed or damaged); refused"
        )
