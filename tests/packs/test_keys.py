"""Organisation keys: made, protected by a passphrase, shown as a fingerprint to read aloud."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from wsr_edu.cli import main
from wsr_edu.packs.errors import PackError
from wsr_edu.packs.keys import (
    PublicKey,
    load_or_make_device_key,
    load_public_key,
    load_signing_key,
    new_key_pair,
)

from .conftest import PASSPHRASE, OrgKey

FINGERPRINT = re.compile(r"^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$")


def test_keys_new_writes_an_encrypted_private_key_and_a_public_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WSR_EDU_KEY_PASSPHRASE", PASSPHRASE)
    assert main(["keys", "new", "--out", str(tmp_path / "k"), "--organisation", "CIW"]) == 0
    printed = capsys.readouterr().out
    private, public = tmp_path / "k" / "organisation.key", tmp_path / "k" / "organisation.pub"
    assert private.stat().st_mode & 0o077 == 0  # readable by its owner only
    key = load_public_key(public)
    assert key.organisation == "CIW"
    assert FINGERPRINT.match(key.fingerprint)
    assert key.fingerprint in printed
    # The seed is not in the file in any readable form, and the passphrase opens it.
    signing = load_signing_key(private, PASSPHRASE)
    assert signing.public.key == key.key
    raw = json.loads(private.read_text())
    assert raw["kdf"] == "argon2id" and "seed" not in raw
    assert key.verify(b"hello", signing.sign(b"hello"))
    assert not key.verify(b"hellO", signing.sign(b"hello"))

    assert main(["keys", "show", str(public)]) == 0
    assert key.fingerprint in capsys.readouterr().out
    # A second `keys new` into the same folder never overwrites the key.
    before = private.read_bytes()
    assert main(["keys", "new", "--out", str(tmp_path / "k")]) == 1
    assert "already exists" in capsys.readouterr().err
    assert private.read_bytes() == before


def test_a_wrong_passphrase_or_a_short_one_is_refused(org_key: OrgKey, tmp_path: Path) -> None:
    with pytest.raises(PackError, match="wrong passphrase"):
        load_signing_key(org_key.private_file, "not the passphrase")
    with pytest.raises(PackError, match="too short"):
        new_key_pair(tmp_path, "short", strength="interactive")
    assert not (tmp_path / "organisation.key").exists()


def test_a_public_key_whose_fingerprint_was_edited_is_refused(
    org_key: OrgKey, other_key: OrgKey, tmp_path: Path
) -> None:
    raw = json.loads(org_key.public_file.read_text())
    raw["fingerprint"] = other_key.signing.public.fingerprint
    forged = tmp_path / "forged.pub"
    forged.write_text(json.dumps(raw))
    with pytest.raises(PackError, match="does not match"):
        load_public_key(forged)
    for bad in (b"", b"{}", b"\xff\xfe", b"[1]"):
        forged.write_bytes(bad)
        with pytest.raises(PackError):
            load_public_key(forged)


def test_fingerprints_differ_per_key_and_read_in_groups(org_key: OrgKey, other_key: OrgKey) -> None:
    a, b = org_key.signing.public.fingerprint, other_key.signing.public.fingerprint
    assert a != b
    assert FINGERPRINT.match(a) and FINGERPRINT.match(b)
    assert PublicKey(bytes(32)).fingerprint != PublicKey(bytes(31) + b"\x01").fingerprint


def test_the_device_key_is_made_once_and_kept(tmp_path: Path) -> None:
    first = load_or_make_device_key(tmp_path / "device.key")
    again = load_or_make_device_key(tmp_path / "device.key")
    assert first.public.key == again.public.key
    assert (tmp_path / "device.key").stat().st_mode & 0o077 == 0
    (tmp_path / "device.key").write_text("damaged")
    with pytest.raises(PackError):
        load_or_make_device_key(tmp_path / "device.key")


def test_trust_list_and_untrust_from_the_command_line(
    org_key: OrgKey, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fp = org_key.signing.public.fingerprint
    # Without a terminal to ask on, trusting needs --yes (after comparing the fingerprint).
    assert main(["keys", "trust", str(org_key.public_file)]) == 1
    assert fp in capsys.readouterr().out
    assert main(["keys", "list"]) == 0
    assert fp not in capsys.readouterr().out
    assert main(["keys", "trust", str(org_key.public_file), "--yes"]) == 0
    capsys.readouterr()
    assert main(["keys", "list"]) == 0
    assert f"{fp}  Farmworker Coalition" in capsys.readouterr().out
    assert main(["keys", "untrust", fp.replace(" ", "")[:8]]) == 0
    capsys.readouterr()
    assert main(["keys", "list"]) == 0
    assert fp not in capsys.readouterr().out
