"""The signed manifest of a pack: what curriculum, which version, and every file's SHA-256."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

from .errors import PackError
from .keys import PublicKey, public_from_json

FORMAT = "wsr-edu-pack"
FORMAT_VERSION = 1
MANIFEST_ENTRY = "wsrpack.json"
SIGNATURE_ENTRY = "wsrpack.sig"
FILES_PREFIX = "files/"
SIGNATURE_SIZE = 64
MAX_MANIFEST = 8 * 1024 * 1024
SIGNING_CONTEXT = b"wsr-edu curriculum pack manifest v1\n"
"""Prefixed to the manifest before signing, so a pack signature can mean nothing else."""

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
VERSION_RE = re.compile(r"^[vV]?\d{1,9}(\.\d{1,9}){0,5}$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_WINDOWS_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10))}
_WINDOWS_NAMES |= {f"lpt{i}" for i in range(10)}


def unsafe_path_reason(path: str) -> str | None:
    """Why a path inside a pack could leave its folder or clash on some computer; None if safe."""
    if not path:
        return "has an empty name"
    if len(path.encode("utf-8")) > 1024:
        return "has a name longer than 1024 bytes"
    if path.startswith("/") or re.match(r"^[A-Za-z]:", path):
        return "is an absolute path that would leave the pack"
    if "\\" in path:
        return "contains a backslash (a Windows path that could leave the pack)"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in path):
        return "contains control characters"
    if unicodedata.normalize("NFC", path) != path:
        return "is not in Unicode normal form C"
    for part in path.split("/"):
        if part in ("", ".", ".."):
            return "has a '..', '.' or empty folder name that could leave the pack"
        if part.startswith("."):
            return "is a hidden file"
        if part.endswith((" ", ".")) or ":" in part:
            return "ends with a space or dot, or holds ':', which some computers cannot store"
        if part.split(".")[0].lower() in _WINDOWS_NAMES:
            return "uses a device name (CON, NUL, ...) that some computers cannot store"
    return None


def parse_version(text: str) -> tuple[int, ...]:
    if not VERSION_RE.match(text):
        raise PackError(
            f"the version '{text}' is not numbers separated by dots (like 1.2.0); packs "
            "need one so that an upgrade can be told from an older copy"
        )
    parts = [int(p) for p in text.lstrip("vV").split(".")]
    return tuple(parts + [0] * (6 - len(parts)))


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    curriculum_id: str
    version: str
    organisation: str
    """The curriculum's own `organisation` field (what the author wrote, for information)."""
    signer: PublicKey
    created_at: str
    files: tuple[FileEntry, ...]

    @property
    def version_key(self) -> tuple[int, ...]:
        return parse_version(self.version)

    def content_key(self) -> tuple[tuple[str, str], ...]:
        """What the curriculum holds, independent of who signed it and when."""
        return tuple((f.path, f.sha256) for f in self.files)

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "curriculum_id": self.curriculum_id,
            "version": self.version,
            "organisation": self.organisation,
            "signer": self.signer.to_json(),
            "created_at": self.created_at,
            "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.files],
        }
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def parse_manifest(data: bytes, where: str) -> Manifest:
    """Read a manifest's fields strictly; anything unexpected is refused."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise PackError(f"{where}: the pack's manifest is damaged; refused") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise PackError(f"{where}: not a wsr-edu pack (no pack manifest)")
    if raw.get("format_version") != FORMAT_VERSION:
        raise PackError(f"{where}: made by a newer wsr-edu; update this one first")

    def text(key: str, limit: int = 200) -> str:
        value = raw.get(key)
        if not isinstance(value, str) or len(value) > limit:
            raise PackError(f"{where}: the manifest's '{key}' is not valid; refused")
        return value

    cid = text("curriculum_id")
    if not ID_RE.match(cid):
        raise PackError(f"{where}: the curriculum id '{cid}' is not valid; refused")
    version = text("version", 40)
    try:
        parse_version(version)
    except PackError as exc:
        raise PackError(f"{where}: {exc}; refused") from None
    signer_raw = raw.get("signer")
    if not isinstance(signer_raw, dict):
        raise PackError(f"{where}: the pack is not signed; refused")
    signer = public_from_json(signer_raw, where)
    files_raw = raw.get("files")
    if not isinstance(files_raw, list) or not files_raw:
        raise PackError(f"{where}: the manifest lists no files; refused")
    files: list[FileEntry] = []
    seen: set[str] = set()
    for item in files_raw:
        if not isinstance(item, dict) or set(item) != {"path", "size", "sha256"}:
            raise PackError(f"{where}: a file in the manifest is not described properly")
        path, size, digest = item["path"], item["size"], item["sha256"]
        if not isinstance(path, str) or (why := unsafe_path_reason(path)):
            shown = str(path).encode("unicode_escape").decode("ascii")
            raise PackError(f"{where}: the file '{shown}' {why or 'is not a path'}; refused")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise PackError(f"{where}: the size of '{path}' is not valid")
        if not isinstance(digest, str) or not SHA256_RE.match(digest):
            raise PackError(f"{where}: the SHA-256 of '{path}' is not valid")
        folded = path.casefold()
        if folded in seen:
            raise PackError(f"{where}: '{path}' is listed twice (perhaps in other letter case)")
        seen.add(folded)
        files.append(FileEntry(path, size, digest))
    if [f.path for f in files] != sorted(f.path for f in files):
        raise PackError(f"{where}: the manifest's files are out of order; refused")
    manifest = Manifest(
        curriculum_id=cid,
        version=version,
        organisation=text("organisation"),
        signer=signer,
        created_at=text("created_at", 40),
        files=tuple(files),
    )
    if manifest.to_bytes() != data:
        raise PackError(f"{where}: the manifest is not written the way packs write it; refused")
    return manifest


def signed_message(manifest_bytes: bytes) -> bytes:
    return SIGNING_CONTEXT + manifest_bytes
