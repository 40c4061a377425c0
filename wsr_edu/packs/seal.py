"""Signed and sealed record bundles.

A bundle made by `db bundle-export` (gzip'd JSON lines, see wsr_edu/records/bundle.py) is
wrapped in an envelope signed with this computer's device key; when a coordinator's public
key is configured, the signed envelope is then encrypted to it with a sealed box, so a lost
USB stick reveals nothing, not even which laptop it came from.

    signed:  MAGIC_SIGNED | u32 header length | header JSON | Ed25519 signature (64) | bundle
    sealed:  MAGIC_SEALED | coordinator's X25519 public key (32) | sealed box (signed envelope)

The signature covers the magic, the header length and the header, and the header holds
the bundle's size and SHA-256, so no byte can change unnoticed. Nothing is read from the
bundle until its envelope checks out.
"""

from __future__ import annotations

import argparse
import getpass
import gzip
import hashlib
import io
import json
import os
import shutil
import struct
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import PackError
from .keys import (
    PASSPHRASE_ENV,
    PublicKey,
    SigningKey,
    b64,
    load_or_make_device_key,
    load_public_key,
    load_signing_key,
    unb64,
    write_atomically,
)
from .trust import PackPaths

if TYPE_CHECKING:
    from ..records.repository import Records

MAGIC_SIGNED = b"WSR-EDU SIGNED BUNDLE 1\n"
MAGIC_SEALED = b"WSR-EDU SEALED BUNDLE 1\n"
GZIP_MAGIC = b"\x1f\x8b"
SIGNING_CONTEXT = b"wsr-edu record bundle v1\n"
MAX_HEADER = 64 * 1024
MAX_BUNDLE = 1024**3


@dataclass(frozen=True)
class OpenedBundle:
    payload: bytes
    device_id: str
    device_key: PublicKey | None
    """None for an unsigned bundle from an older wsr-edu."""
    sealed: bool


def seal(bundle: bytes, device: SigningKey, device_id: str, coordinator: PublicKey | None) -> bytes:
    header = {
        "device_id": device_id,
        "device_key": b64(device.public.key),
        "created_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "payload_size": len(bundle),
        "payload_sha256": hashlib.sha256(bundle).hexdigest(),
        "sealed_for": coordinator.fingerprint if coordinator else "",
    }
    head = json.dumps(header, sort_keys=True).encode("utf-8")
    signed_part = MAGIC_SIGNED + struct.pack(">I", len(head)) + head
    envelope = signed_part + device.sign(SIGNING_CONTEXT + signed_part) + bundle
    if coordinator is None:
        return envelope
    from nacl.public import SealedBox
    from nacl.signing import VerifyKey

    recipient = VerifyKey(coordinator.key).to_curve25519_public_key()
    return MAGIC_SEALED + bytes(recipient) + bytes(SealedBox(recipient).encrypt(envelope))


def open_bundle(
    data: bytes, where: str, *, coordinator: SigningKey | None = None, allow_unsigned: bool = False
) -> OpenedBundle:
    """Decrypt and verify a bundle; raises PackError before anything of it is used."""
    if data.startswith(MAGIC_SEALED):
        return _open_sealed(data, where, coordinator)
    if data.startswith(MAGIC_SIGNED):
        return _open_signed(data, where, sealed=False, expected_recipient="")
    if data.startswith(GZIP_MAGIC):
        if not allow_unsigned:
            raise PackError(
                f"{where}: this bundle is not signed (made by an older wsr-edu, or changed), "
                "so nothing shows it is unchanged; nothing was imported. Import it only if "
                "you know where it came from, with --allow-unsigned"
            )
        return OpenedBundle(data, "", None, sealed=False)
    raise PackError(f"{where}: not a wsr-edu bundle; choose a file made by 'db bundle-export'")


def _open_sealed(data: bytes, where: str, coordinator: SigningKey | None) -> OpenedBundle:
    from nacl.exceptions import CryptoError
    from nacl.public import SealedBox
    from nacl.signing import SigningKey as NaclSigningKey

    recipient = data[len(MAGIC_SEALED) : len(MAGIC_SEALED) + 32]
    if coordinator is None:
        raise PackError(
            f"{where}: this bundle is sealed for a coordinator; give the coordinator's "
            "key with --key COORDINATOR.key; nothing was imported"
        )
    private = NaclSigningKey(coordinator.seed).to_curve25519_private_key()
    if bytes(private.public_key) != recipient:
        raise PackError(
            f"{where}: this bundle is sealed for another coordinator key, not "
            f"{coordinator.public.fingerprint}; nothing was imported"
        )
    try:
        envelope = bytes(SealedBox(private).decrypt(data[len(MAGIC_SEALED) + 32 :]))
    except (CryptoError, ValueError, TypeError):
        raise PackError(
            f"{where}: the sealed bundle cannot be opened: it was changed or damaged in "
            "copying; nothing was imported"
        ) from None
    if not envelope.startswith(MAGIC_SIGNED):
        raise PackError(f"{where}: the sealed bundle holds no signed bundle; nothing was imported")
    return _open_signed(
        envelope, where, sealed=True, expected_recipient=coordinator.public.fingerprint
    )


def _open_signed(data: bytes, where: str, *, sealed: bool, expected_recipient: str) -> OpenedBundle:
    refused = PackError(
        f"{where}: the bundle's signature does not match: it was changed after it was "
        "made, or damaged in copying; nothing was imported"
    )
    start = len(MAGIC_SIGNED)
    if len(data) < start + 4:
        raise refused
    (length,) = struct.unpack(">I", data[start : start + 4])
    if length > MAX_HEADER or len(data) < start + 4 + length + 64:
        raise refused
    head = data[start + 4 : start + 4 + length]
    signature = data[start + 4 + length : start + 4 + length + 64]
    payload = data[start + 4 + length + 64 :]
    try:
        header = json.loads(head.decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError
        key = PublicKey(unb64(header.get("device_key"), 32, "the device key"))
    except (ValueError, UnicodeDecodeError, PackError):
        raise refused from None
    if not key.verify(SIGNING_CONTEXT + data[: start + 4 + length], signature):
        raise refused
    device_id = header.get("device_id")
    if (
        not isinstance(device_id, str)
        or header.get("payload_size") != len(payload)
        or header.get("payload_sha256") != hashlib.sha256(payload).hexdigest()
    ):
        raise refused
    if header.get("sealed_for", "") != expected_recipient:
        # A signed bundle taken out of its seal, or sealed again for someone else.
        raise PackError(
            f"{where}: the bundle was sealed for a different key than the one it arrived "
            "in; nothing was imported"
        )
    inner = _bundle_device(payload)
    if inner != device_id:
        raise PackError(
            f"{where}: the signed bundle says device {device_id} but its records say "
            f"{inner or 'nothing'}; nothing was imported"
        )
    return OpenedBundle(payload, device_id, key, sealed)


def _bundle_device(payload: bytes) -> str:
    """The device id in the bundle's first line (its header), without reading any record."""
    try:
        with gzip.open(io.BytesIO(payload), "rt", encoding="utf-8") as handle:
            header = json.loads(handle.readline(MAX_HEADER))
    except (OSError, EOFError, ValueError, UnicodeDecodeError):
        return ""
    value = header.get("device_id") if isinstance(header, dict) else None
    return value if isinstance(value, str) else ""


# Known devices: the first key seen for a device id is remembered; a different one is refused.


def _known_devices(paths: PackPaths) -> dict[str, str]:
    try:
        raw = json.loads(paths.known_devices_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {k: v for k, v in raw.items() if isinstance(k, str) and isinstance(v, str)}


def check_device(paths: PackPaths, opened: OpenedBundle, where: str) -> bool:
    """True when the device is new here; refuses a known device id with another key."""
    if opened.device_key is None:
        return False
    known = _known_devices(paths).get(opened.device_id)
    if known is None:
        return True
    if known != opened.device_key.fingerprint:
        raise PackError(
            f"{where}: signed by a different key than earlier bundles from device "
            f"{opened.device_id} (now {opened.device_key.fingerprint}, before {known}); "
            "someone may be posing as that laptop; nothing was imported"
        )
    return False


def remember_devices(paths: PackPaths, opened: list[OpenedBundle]) -> None:
    known = _known_devices(paths)
    for item in opened:
        if item.device_key is not None:
            known.setdefault(item.device_id, item.device_key.fingerprint)
    write_atomically(paths.known_devices_file, json.dumps(known, indent=1).encode("utf-8"))


def coordinator_key(paths: PackPaths) -> PublicKey | None:
    if not paths.coordinator_key_file.exists():
        return None
    return load_public_key(paths.coordinator_key_file)


def read_passphrase(prompt: str) -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise PackError(f"no passphrase: run in a terminal, or set {PASSPHRASE_ENV} for scripts")
    return getpass.getpass(prompt)


# The command line's two call sites (wsr_edu/records/db_commands.py) ------------------------


def _data_dir(args: argparse.Namespace) -> Path:
    from ..paths import AppPaths

    return AppPaths.resolve(getattr(args, "data_dir", None)).data_dir


def export_sealed(args: argparse.Namespace, records: Records) -> int:
    """`db bundle-export PATH`: export, sign with this device's key, seal when configured."""
    paths = PackPaths(_data_dir(args))
    target = Path(args.path)
    try:
        device = load_or_make_device_key(paths.device_key_file)
        coordinator = coordinator_key(paths)
        paths.staging_dir.mkdir(parents=True, exist_ok=True)
        # The plain bundle is made in the data folder, never on the stick it is going to.
        work = Path(tempfile.mkdtemp(dir=paths.staging_dir, prefix="bundle-"))
        try:
            plain = work / "bundle.gz"
            rows = records.export_bundle(plain, with_names=args.with_names)
            sealed = seal(plain.read_bytes(), device, records.device_id, coordinator)
            write_atomically(target, sealed)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    except PackError as exc:
        print(f"wsr-edu: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"wsr-edu: {target}: could not be written ({exc.strerror or exc})", file=sys.stderr)
        return 1
    how = f"signed by this device ({device.public.fingerprint})"
    if coordinator is not None:
        how += f", sealed for the coordinator key {coordinator.fingerprint}"
    else:
        how += "; not encrypted (no coordinator key is set: 'wsr-edu keys coordinator FILE')"
    print(f"{target}: {rows:,} record(s) written, {how}", file=sys.stderr)
    return 0


def import_sealed(args: argparse.Namespace, records: Records) -> int:
    """`db bundle-import PATH...`: every bundle is checked before any record is merged."""
    paths = PackPaths(_data_dir(args))
    work: Path | None = None
    try:
        coordinator = None
        if getattr(args, "key", None):
            coordinator = load_signing_key(
                Path(args.key), read_passphrase("Coordinator key passphrase: ")
            )
        opened: list[tuple[str, OpenedBundle, bool]] = []
        for raw in args.paths:
            path = Path(raw)
            try:
                if path.stat().st_size > MAX_BUNDLE:
                    raise PackError(f"{path}: larger than any bundle can be; nothing was imported")
                data = path.read_bytes()
            except OSError as exc:
                raise PackError(
                    f"{path}: cannot read the bundle ({exc.strerror or exc}); nothing was imported"
                ) from None
            item = open_bundle(
                data, str(path), coordinator=coordinator, allow_unsigned=args.allow_unsigned
            )
            new = check_device(paths, item, str(path))
            for _other, earlier, _new in opened:  # the same device twice in one import
                if earlier.device_id == item.device_id and earlier.device_key != item.device_key:
                    raise PackError(
                        f"{path}: signed by another key than {_other}, which names the same "
                        "device; someone may be posing as that laptop; nothing was imported"
                    )
            opened.append((raw, item, new))
        paths.staging_dir.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(dir=paths.staging_dir, prefix="import-"))
        plain: list[Path] = []
        for number, (_raw, item, _new) in enumerate(opened):
            file = work / f"{number}.gz"
            file.write_bytes(item.payload)
            plain.append(file)
        report = records.import_bundles(plain)
        remember_devices(paths, [item for _raw, item, _new in opened])
    except PackError as exc:
        print(f"wsr-edu: {exc}", file=sys.stderr)
        return 1
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
    for raw, item, new in opened:
        print(f"{raw}: {_describe(item, new)}", file=sys.stderr)
    print(report.describe(), file=sys.stderr)
    return 0


def _describe(item: OpenedBundle, new: bool) -> str:
    if item.device_key is None:
        return "NOT SIGNED: accepted because --allow-unsigned was given"
    text = f"from device {item.device_id}, key {item.device_key.fingerprint}"
    text += " (first bundle from this device)" if new else " (known device)"
    return text + (", sealed" if item.sealed else ", signed, not encrypted")
