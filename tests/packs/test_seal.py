"""Record bundles from the command line: signed by the device, sealed for the coordinator."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wsr_edu.cli import main
from wsr_edu.paths import AppPaths
from wsr_edu.records.repository import Records

from .conftest import PASSPHRASE, OrgKey


def _sessions(folder: Path) -> list[tuple[str, str]]:
    with Records.open(AppPaths.resolve(folder).ensure()) as records:
        return sorted((s.id, s.site) for s in records.list_sessions())


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    folder = tmp_path / "laptop"
    assert main(["--data-dir", str(folder), "db", "seed", "--sessions", "3", "--seed", "4"]) == 0
    return folder


def _export(laptop: Path, bundle: Path) -> None:
    assert main(["--data-dir", str(laptop), "db", "bundle-export", str(bundle)]) == 0


def _import(office: Path, *args: str) -> int:
    return main(["--data-dir", str(office), "db", "bundle-import", *args])


def test_a_signed_bundle_merges_and_names_its_device(
    laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "laptop.wsrbundle"
    _export(laptop, bundle)
    device = (laptop / "device-id").read_text().strip()
    office = tmp_path / "office"
    capsys.readouterr()
    assert _import(office, str(bundle)) == 0
    err = capsys.readouterr().err
    assert f"from device {device}" in err and "first bundle from this device" in err
    assert _sessions(office) == _sessions(laptop) and len(_sessions(office)) == 3
    assert _import(office, str(bundle)) == 0
    assert "(known device)" in capsys.readouterr().err


def test_a_changed_byte_is_refused_and_nothing_is_imported(
    laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.wsrbundle"
    _export(laptop, good)
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "bad.wsrbundle"
    bad.write_bytes(bytes(data))
    office = tmp_path / "office"
    capsys.readouterr()
    # Even with a good bundle beside it: every file is checked before any record is merged.
    assert _import(office, str(good), str(bad)) == 1
    err = capsys.readouterr().err
    assert "signature does not match" in err and "nothing was imported" in err
    assert "Traceback" not in err
    assert _sessions(office) == []


def test_sealed_for_the_coordinator_only_the_coordinator_opens_it(
    laptop: Path,
    tmp_path: Path,
    org_key: OrgKey,
    other_key: OrgKey,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--data-dir", str(laptop), "keys", "coordinator", str(org_key.public_file)]) == 0
    bundle = tmp_path / "sealed.wsrbundle"
    _export(laptop, bundle)
    assert "sealed for the coordinator key" in capsys.readouterr().err
    raw = bundle.read_bytes()
    device = (laptop / "device-id").read_text().strip()
    for _id, site in _sessions(laptop):
        assert site.encode() not in raw
    assert device.encode() not in raw and b"sessions" not in raw

    office = tmp_path / "office"
    monkeypatch.setenv("WSR_EDU_KEY_PASSPHRASE", PASSPHRASE)
    assert _import(office, str(bundle)) == 1
    assert "give the coordinator's key with --key" in capsys.readouterr().err
    assert _import(office, str(bundle), "--key", str(other_key.private_file)) == 1
    assert "sealed for another coordinator key" in capsys.readouterr().err
    assert _sessions(office) == []
    assert _import(office, str(bundle), "--key", str(org_key.private_file)) == 0
    assert f"from device {device}" in capsys.readouterr().err
    assert _sessions(office) == _sessions(laptop)


def test_unsigned_bundles_need_the_explicit_flag(
    laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    legacy = tmp_path / "legacy.wsrbundle"
    with Records.open(AppPaths.resolve(laptop).ensure()) as records:
        records.export_bundle(legacy)  # the plain gzip format older versions wrote
    office = tmp_path / "office"
    assert _import(office, str(legacy)) == 1
    assert "--allow-unsigned" in capsys.readouterr().err
    assert _sessions(office) == []
    assert _import(office, str(legacy), "--allow-unsigned") == 0
    assert "NOT SIGNED" in capsys.readouterr().err
    assert _sessions(office) == _sessions(laptop)


def test_a_laptop_posing_as_a_known_device_is_refused(
    laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = tmp_path / "office"
    first = tmp_path / "first.wsrbundle"
    _export(laptop, first)
    assert _import(office, str(first)) == 0
    # Another computer with a copy of the laptop's id, but not its key.
    impostor = tmp_path / "impostor"
    impostor.mkdir()
    shutil.copy(laptop / "device-id", impostor / "device-id")
    assert main(["--data-dir", str(impostor), "db", "seed", "--sessions", "1", "--seed", "9"]) == 0
    forged = tmp_path / "forged.wsrbundle"
    _export(impostor, forged)
    capsys.readouterr()
    assert _import(office, str(forged)) == 1
    assert "posing as that laptop" in capsys.readouterr().err
    assert len(_sessions(office)) == 3


def test_only_the_public_half_of_a_coordinator_key_is_kept(
    org_key: OrgKey, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "coordinator", str(org_key.private_file)]) == 0  # the wrong file
    kept = (data_dir / "coordinator.pub").read_text()
    assert "encrypted_seed" not in kept and "salt" not in kept
    assert org_key.signing.public.fingerprint in kept
    assert main(["keys", "coordinator"]) == 0
    assert org_key.signing.public.fingerprint in capsys.readouterr().out
    assert main(["keys", "coordinator", "--clear"]) == 0
    assert not (data_dir / "coordinator.pub").exists()
