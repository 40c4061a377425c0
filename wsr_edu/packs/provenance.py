"""Where an installed curriculum came from, whether it is still as signed, and the policy
that lets the kiosk and the presenter run signed curricula only."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .build import PROVENANCE_DIR, curriculum_files
from .errors import PackError
from .keys import write_atomically
from .manifest import Manifest, parse_manifest, signed_message
from .trust import PackPaths, TrustStore

MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "signature"
INSTALLED_FILE = "installed.json"

SIGNED = "signed"
NOT_SIGNED = "not signed"
CHANGED = "changed"
UNTRUSTED = "untrusted"


@dataclass(frozen=True)
class Signature:
    status: str
    organisation: str = ""
    version: str = ""
    fingerprint: str = ""
    reason: str = ""
    manifest: Manifest | None = None

    @property
    def ok(self) -> bool:
        return self.status == SIGNED

    def describe(self) -> str:
        """One line for people: 'signed by X - version N - fingerprint ...' or why not."""
        if self.status == SIGNED:
            return (
                f"signed by {self.organisation or 'an unnamed organisation'} - version "
                f"{self.version} - fingerprint {self.fingerprint}"
            )
        if self.status == NOT_SIGNED:
            return "not signed"
        return f"signature not valid: {self.reason}"


def read_provenance(folder: Path) -> tuple[Manifest, bytes, bytes] | None:
    """The manifest and signature stored with an installed curriculum, if any (unchecked)."""
    base = folder / PROVENANCE_DIR
    try:
        manifest_bytes = (base / MANIFEST_FILE).read_bytes()
        signature = (base / SIGNATURE_FILE).read_bytes()
    except OSError:
        return None
    try:
        return parse_manifest(manifest_bytes, str(base / MANIFEST_FILE)), manifest_bytes, signature
    except PackError:
        return None


def curriculum_signature(folder: Path, trust: TrustStore) -> Signature:
    """Check an installed curriculum against the signed manifest it was installed with."""
    base = folder / PROVENANCE_DIR
    if not base.exists():
        return Signature(NOT_SIGNED)
    found = read_provenance(folder)
    if found is None:
        return Signature(CHANGED, reason="its signature file is damaged")
    manifest, manifest_bytes, signature = found
    fp = manifest.signer.fingerprint
    if not manifest.signer.verify(signed_message(manifest_bytes), signature):
        return Signature(
            CHANGED, version=manifest.version, fingerprint=fp, reason="its signature does not match"
        )
    trusted = trust.find(manifest.signer.key)
    if trusted is None:
        return Signature(
            UNTRUSTED,
            manifest.signer.organisation,
            manifest.version,
            fp,
            "signed by a key this computer does not trust",
        )
    problem = _compare_files(folder, manifest)
    if problem:
        return Signature(CHANGED, trusted.organisation, manifest.version, fp, problem)
    return Signature(SIGNED, trusted.organisation, manifest.version, fp, manifest=manifest)


def _compare_files(folder: Path, manifest: Manifest) -> str:
    try:
        present = dict(curriculum_files(folder))
    except (PackError, OSError) as exc:
        return str(exc)
    listed = {f.path: f for f in manifest.files}
    for name in sorted(present):
        if name not in listed:
            return f"'{name}' was added after it was installed"
    for item in manifest.files:
        path = present.get(item.path)
        if path is None:
            return f"'{item.path}' is missing"
        try:
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 16):
                    digest.update(chunk)
        except OSError as exc:
            return f"'{item.path}' cannot be read ({exc.strerror or exc})"
        if digest.hexdigest() != item.sha256:
            return f"'{item.path}' was changed after it was installed"
    return ""


def folder_content(folder: Path) -> tuple[tuple[str, str], ...] | None:
    """(path, SHA-256) of every file a pack of `folder` would hold; None if unreadable."""
    try:
        found = []
        for relative, path in curriculum_files(folder):
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 16):
                    digest.update(chunk)
            found.append((relative, digest.hexdigest()))
    except (PackError, OSError):
        return None
    return tuple(found)


def write_provenance(folder: Path, manifest_bytes: bytes, signature: bytes, source: str) -> None:
    from datetime import UTC, datetime

    base = folder / PROVENANCE_DIR
    base.mkdir(parents=True, exist_ok=True)
    write_atomically(base / MANIFEST_FILE, manifest_bytes)
    write_atomically(base / SIGNATURE_FILE, signature)
    info = {"pack": source, "installed_at": datetime.now(UTC).replace(microsecond=0).isoformat()}
    write_atomically(base / INSTALLED_FILE, json.dumps(info, indent=1).encode("utf-8"))


# Policy ----------------------------------------------------------------------------------

ROLES = ("kiosk", "presenter")
CHOICES = ("auto", "signed", "any")
"""auto: signed only once this computer trusts a key (the kiosk's default); the presenter's
default is 'any'."""


def load_policy(paths: PackPaths) -> dict[str, str]:
    policy = {"kiosk": "auto", "presenter": "any"}
    try:
        raw = json.loads(paths.policy_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return policy
    if isinstance(raw, dict):
        for role in ROLES:
            if raw.get(role) in CHOICES:
                policy[role] = raw[role]
    return policy


def save_policy(paths: PackPaths, policy: dict[str, str]) -> None:
    clean = {r: policy[r] for r in ROLES if policy.get(r) in CHOICES}
    write_atomically(paths.policy_file, json.dumps(clean, indent=1).encode("utf-8"))


def signed_only(data_dir: Path, role: str) -> bool:
    """Whether `role` ('kiosk' or 'presenter') may run signed curricula only on this computer."""
    paths = PackPaths(data_dir)
    choice = load_policy(paths).get(role, "any")
    if choice == "auto":
        return bool(TrustStore(paths.trusted_dir))
    return choice == "signed"


def may_run(data_dir: Path, role: str, folder: Path) -> tuple[bool, Signature | None]:
    """(allowed, the signature checked) for running the curriculum in `folder` as `role`."""
    if not signed_only(data_dir, role):
        return True, None
    signature = curriculum_signature(folder, TrustStore(PackPaths(data_dir).trusted_dir))
    return signature.ok, signature
