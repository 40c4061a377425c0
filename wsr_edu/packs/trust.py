"""The organisation keys this computer trusts, and where this package keeps its files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .errors import PackError
from .keys import PublicKey, compact, load_public_key, public_from_json, write_atomically


@dataclass(frozen=True)
class PackPaths:
    """Files kept in the app's data folder (see wsr_edu.paths.AppPaths)."""

    data_dir: Path

    @property
    def curricula_dir(self) -> Path:
        return self.data_dir / "curricula"

    @property
    def staging_dir(self) -> Path:
        """Where a pack is unpacked before it replaces the installed copy (same disk)."""
        return self.data_dir / "pack-staging"

    @property
    def trusted_dir(self) -> Path:
        return self.data_dir / "trusted-keys"

    @property
    def policy_file(self) -> Path:
        return self.data_dir / "packs.json"

    @property
    def device_key_file(self) -> Path:
        return self.data_dir / "device-signing.key"

    @property
    def coordinator_key_file(self) -> Path:
        return self.data_dir / "coordinator.pub"

    @property
    def known_devices_file(self) -> Path:
        return self.data_dir / "known-devices.json"


class TrustStore:
    """One public key file per trusted organisation, named by its fingerprint."""

    def __init__(self, folder: Path, keys: list[PublicKey] | None = None) -> None:
        self.folder = folder
        self._fixed = keys
        """The keys, read from the folder on first use and kept for this store's life."""

    @classmethod
    def only(cls, keys: list[PublicKey]) -> TrustStore:
        """A store that trusts exactly these keys (for `pack verify --trust FILE`)."""
        return cls(Path(), keys)

    def keys(self) -> list[PublicKey]:
        if self._fixed is None:
            self._fixed = self._read()
        return list(self._fixed)

    def _read(self) -> list[PublicKey]:
        found: list[PublicKey] = []
        if not self.folder.is_dir():
            return found
        for path in sorted(self.folder.glob("*.pub")):
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(raw, dict):
                    key = public_from_json(raw, str(path))
                    if compact(key.fingerprint) == path.stem:
                        found.append(key)
            except (OSError, ValueError, PackError):
                continue  # a damaged entry trusts nothing
        return found

    def find(self, public_key: bytes) -> PublicKey | None:
        return next((k for k in self.keys() if k.key == public_key), None)

    def __bool__(self) -> bool:
        return bool(self.keys())

    def add(self, path: Path, name: str | None = None) -> PublicKey:
        key = load_public_key(path)
        if name is not None:
            key = PublicKey(key.key, " ".join(name.split()))
        target = self.folder / f"{compact(key.fingerprint)}.pub"
        try:
            write_atomically(target, json.dumps(key.to_json(), indent=2).encode("utf-8"))
        except OSError as exc:
            raise PackError(f"{target}: could not be saved ({exc.strerror or exc})") from None
        self._fixed = None
        return key

    def remove(self, fingerprint: str) -> PublicKey:
        wanted = compact(fingerprint)
        matches = [k for k in self.keys() if compact(k.fingerprint).startswith(wanted)]
        if not wanted or len(matches) != 1:
            raise PackError(
                f"no single trusted key has the fingerprint '{fingerprint}'; "
                "see 'wsr-edu keys list'"
            )
        (self.folder / f"{compact(matches[0].fingerprint)}.pub").unlink(missing_ok=True)
        self._fixed = None
        return matches[0]
