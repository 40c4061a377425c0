"""Ed25519 key pairs: organisation keys (passphrase-protected files) and this device's key.

Key files are small JSON documents. The private key file holds the 32-byte Ed25519 seed
encrypted with XSalsa20-Poly1305 (libsodium's secretbox) under a key derived from the
passphrase with Argon2id. Fingerprints are the first 20 bytes of the SHA-256 of the public
key, written as eight groups of four base32 letters and digits, easy to read aloud.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import PackError

PUBLIC_FORMAT = "wsr-edu-public-key"
PRIVATE_FORMAT = "wsr-edu-private-key"
DEVICE_FORMAT = "wsr-edu-device-key"
KEY_VERSION = 1
PRIVATE_NAME = "organisation.key"
PUBLIC_NAME = "organisation.pub"
MIN_PASSPHRASE = 10
MAX_KEY_FILE = 64 * 1024
PASSPHRASE_ENV = "WSR_EDU_KEY_PASSPHRASE"


def fingerprint(public_key: bytes) -> str:
    """'ABCD EFGH ...': 160 bits of SHA-256 in base32, eight groups of four."""
    text = base64.b32encode(hashlib.sha256(public_key).digest()[:20]).decode("ascii")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def compact(fp: str) -> str:
    """A fingerprint as typed by a person: spaces and dashes dropped, upper case."""
    return "".join(ch for ch in fp.upper() if ch.isalnum())


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, size: int | None, what: str) -> bytes:
    if not isinstance(text, str):
        raise PackError(f"{what} is missing")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise PackError(f"{what} is not valid base64") from None
    if size is not None and len(data) != size:
        raise PackError(f"{what} has {len(data)} bytes instead of {size}")
    return data


@dataclass(frozen=True)
class PublicKey:
    key: bytes
    """The 32 raw bytes of the Ed25519 public key."""
    organisation: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": PUBLIC_FORMAT,
            "version": KEY_VERSION,
            "organisation": self.organisation,
            "public_key": b64(self.key),
            "fingerprint": self.fingerprint,
        }

    def verify(self, message: bytes, signature: bytes) -> bool:
        from nacl.exceptions import BadSignatureError, CryptoError
        from nacl.signing import VerifyKey

        try:
            VerifyKey(self.key).verify(message, signature)
        except (BadSignatureError, CryptoError, ValueError, TypeError):
            return False
        return True


@dataclass(frozen=True)
class SigningKey:
    seed: bytes
    public: PublicKey

    def sign(self, message: bytes) -> bytes:
        from nacl.signing import SigningKey as NaclSigningKey

        return bytes(NaclSigningKey(self.seed).sign(message).signature)


def _read_json(path: Path, what: str) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise PackError(f"{path}: too large for a {what}")
        raw = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise PackError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PackError(f"{path}: this is a folder; give the key file") from None
    except OSError as exc:
        raise PackError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except (ValueError, UnicodeDecodeError):
        raise PackError(f"{path}: not a {what} (it is not a wsr-edu key file)") from None
    if not isinstance(raw, dict):
        raise PackError(f"{path}: not a {what}")
    return raw


def public_from_json(raw: dict[str, Any], where: str) -> PublicKey:
    try:
        key = unb64(raw.get("public_key"), 32, "the public key")
    except PackError as exc:
        raise PackError(f"{where}: {exc}") from None
    organisation = raw.get("organisation", "")
    if not isinstance(organisation, str) or len(organisation) > 200:
        raise PackError(f"{where}: the organisation name is not valid text")
    public = PublicKey(key, _clean_name(organisation))
    stated = raw.get("fingerprint")
    if stated is not None and (
        not isinstance(stated, str) or compact(stated) != compact(public.fingerprint)
    ):
        raise PackError(f"{where}: the fingerprint written in the file does not match its key")
    return public


def load_public_key(path: Path) -> PublicKey:
    """A public key from an organisation.pub file, or the public half of an organisation.key."""
    raw = _read_json(path, "public key file")
    if raw.get("format") not in (PUBLIC_FORMAT, PRIVATE_FORMAT):
        raise PackError(f"{path}: not a wsr-edu public key file")
    return public_from_json(raw, str(path))


def _clean_name(text: str) -> str:
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _limits(strength: str) -> tuple[int, int]:
    from nacl.pwhash import argon2id

    if strength == "interactive":
        return argon2id.OPSLIMIT_INTERACTIVE, argon2id.MEMLIMIT_INTERACTIVE
    return argon2id.OPSLIMIT_MODERATE, argon2id.MEMLIMIT_MODERATE


def _derive(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    from nacl.pwhash import argon2id

    return bytes(
        argon2id.kdf(32, passphrase.encode("utf-8"), salt, opslimit=opslimit, memlimit=memlimit)
    )


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PackError(
            f"the passphrase is too short: use at least {MIN_PASSPHRASE} characters "
            "(a few words is easiest to remember)"
        )


def new_key_pair(
    folder: Path, passphrase: str, organisation: str = "", *, strength: str = "moderate"
) -> PublicKey:
    """Write DIR/organisation.key (encrypted) and DIR/organisation.pub; never overwrites."""
    from nacl.pwhash import argon2id
    from nacl.secret import SecretBox
    from nacl.signing import SigningKey as NaclSigningKey
    from nacl.utils import random

    check_passphrase(passphrase)
    private_path, public_path = folder / PRIVATE_NAME, folder / PUBLIC_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise PackError(
                f"{path}: already exists; a key is never overwritten. Choose another folder"
            )
    signing = NaclSigningKey.generate()
    public = PublicKey(bytes(signing.verify_key), _clean_name(organisation))
    opslimit, memlimit = _limits(strength)
    salt = random(argon2id.SALTBYTES)
    box = SecretBox(_derive(passphrase, salt, opslimit, memlimit))
    private = {
        "format": PRIVATE_FORMAT,
        "version": KEY_VERSION,
        "organisation": public.organisation,
        "public_key": b64(public.key),
        "fingerprint": public.fingerprint,
        "kdf": "argon2id",
        "opslimit": opslimit,
        "memlimit": memlimit,
        "salt": b64(salt),
        "encrypted_seed": b64(bytes(box.encrypt(bytes(signing)))),
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_private(private_path, json.dumps(private, indent=2).encode("utf-8"))
        write_atomically(public_path, json.dumps(public.to_json(), indent=2).encode("utf-8"))
    except OSError as exc:
        raise PackError(
            f"{folder}: the keys could not be written ({exc.strerror or exc})"
        ) from None
    return public


def load_signing_key(path: Path, passphrase: str) -> SigningKey:
    """Decrypt an organisation.key with its passphrase."""
    from nacl.exceptions import CryptoError
    from nacl.pwhash import argon2id
    from nacl.secret import SecretBox
    from nacl.signing import SigningKey as NaclSigningKey

    raw = _read_json(path, "private key file")
    if raw.get("format") != PRIVATE_FORMAT:
        if raw.get("format") == PUBLIC_FORMAT:
            raise PackError(f"{path}: this is a public key; signing needs the organisation.key")
        raise PackError(f"{path}: not a wsr-edu private key file")
    public = public_from_json(raw, str(path))
    opslimit, memlimit = raw.get("opslimit"), raw.get("memlimit")
    if (
        raw.get("kdf") != "argon2id"
        or not isinstance(opslimit, int)
        or not isinstance(memlimit, int)
        or not argon2id.OPSLIMIT_MIN <= opslimit <= argon2id.OPSLIMIT_SENSITIVE
        or not argon2id.MEMLIMIT_MIN <= memlimit <= argon2id.MEMLIMIT_SENSITIVE
    ):
        raise PackError(f"{path}: the key file's protection settings are not valid")
    try:
        salt = unb64(raw.get("salt"), argon2id.SALTBYTES, "the salt")
        sealed = unb64(raw.get("encrypted_seed"), None, "the encrypted key")
    except PackError as exc:
        raise PackError(f"{path}: {exc}") from None
    try:
        seed = bytes(SecretBox(_derive(passphrase, salt, opslimit, memlimit)).decrypt(sealed))
    except CryptoError:
        raise PackError(f"{path}: wrong passphrase (or a damaged key file)") from None
    signing = NaclSigningKey(seed)
    if bytes(signing.verify_key) != public.key:
        raise PackError(f"{path}: the private and public halves of this key do not match")
    return SigningKey(seed, public)


def load_or_make_device_key(path: Path) -> SigningKey:
    """This computer's own signing key for record bundles, made the first time it is needed.

    It is kept unencrypted (readable only by its owner) because a kiosk exports unattended.
    """
    from nacl.signing import SigningKey as NaclSigningKey

    try:
        raw = _read_json(path, "device key file")
        if raw.get("format") != DEVICE_FORMAT:
            raise PackError(f"{path}: not a wsr-edu device key")
        seed = unb64(raw.get("seed"), 32, f"{path}: the device key")
        signing = NaclSigningKey(seed)
        return SigningKey(seed, PublicKey(bytes(signing.verify_key)))
    except PackError:
        if path.exists():
            raise
    signing = NaclSigningKey.generate()
    data = {"format": DEVICE_FORMAT, "version": KEY_VERSION, "seed": b64(bytes(signing))}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_private(path, json.dumps(data).encode("utf-8"))
    except OSError as exc:
        raise PackError(
            f"{path}: this computer's bundle key could not be saved ({exc.strerror or exc})"
        ) from None
    return SigningKey(bytes(signing), PublicKey(bytes(signing.verify_key)))


def write_private(path: Path, data: bytes) -> None:
    """Write a secret file readable by its owner only, never replacing an existing file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".wsr-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # nothing written this way is secret; private keys use write_private
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
