"""Property: every single-byte change to a pack or a sealed bundle is refused, cleanly.

Deterministic rather than drawn at random: each byte position of a tiny pack is changed in
several ways until 10,000 mutations are reached, so every header, the manifest, the
signature and every file's content are all covered on every run.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from wsr_edu.packs.errors import PackError
from wsr_edu.packs.install import install_pack
from wsr_edu.packs.keys import load_or_make_device_key
from wsr_edu.packs.seal import import_sealed, open_bundle, seal
from wsr_edu.packs.trust import PackPaths, TrustStore

from .conftest import OrgKey, installed, make_pack

MUTATIONS = 10_000


def _mutations(size: int, count: int, seed: int) -> list[tuple[int, int]]:
    """(position, xor mask) pairs covering every position, never a no-op."""
    rng = random.Random(seed)
    pairs = []
    while len(pairs) < count:
        for position in range(size):
            pairs.append((position, rng.randrange(1, 256)))
            if len(pairs) == count:
                break
    return pairs


@pytest.mark.slow
def test_every_single_byte_change_to_a_pack_is_refused(
    mini_copy: Path, org_key: OrgKey, trusted: TrustStore, pack_paths: PackPaths, tmp_path: Path
) -> None:
    good = make_pack(mini_copy, org_key.signing, tmp_path / "good.wsrpack").read_bytes()
    mutated = tmp_path / "mutated.wsrpack"
    mutated.write_bytes(good)
    accepted: list[int] = []
    messages: set[str] = set()
    fd = os.open(mutated, os.O_RDWR)
    try:
        for position, mask in _mutations(len(good), MUTATIONS, seed=17):
            os.pwrite(fd, bytes([good[position] ^ mask]), position)  # one byte changed...
            try:
                install_pack(mutated, pack_paths.data_dir, trusted)
            except PackError as exc:  # anything else is a traceback and fails the test
                messages.add(str(exc).split(": ", 1)[1][:40])
            else:
                accepted.append(position)
            os.pwrite(fd, good[position : position + 1], position)  # ...and put back
    finally:
        os.close(fd)
    assert accepted == []
    assert installed(pack_paths) == []
    assert len(messages) > 3  # refused at different checks, not by one catch-all
    mutated.write_bytes(good)
    install_pack(mutated, pack_paths.data_dir, trusted)  # the unchanged pack still installs
    assert installed(pack_paths) == ["mini"]


@pytest.mark.slow
def test_every_single_byte_change_to_a_sealed_bundle_is_refused(
    org_key: OrgKey, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from wsr_edu.paths import AppPaths
    from wsr_edu.records.repository import Records
    from wsr_edu.records.seed import seed

    with Records.open(AppPaths.resolve(tmp_path / "laptop").ensure()) as laptop:
        seed(laptop, 2, rng_seed=3)
        laptop.export_bundle(tmp_path / "plain.gz")
        device_id = laptop.device_id
    bundle = (tmp_path / "plain.gz").read_bytes()
    device = load_or_make_device_key(tmp_path / "device.key")
    coordinator = org_key.signing

    # Sealed for the coordinator: 10,000 mutations, each refused by decrypting and checking.
    good = seal(bundle, device, device_id, coordinator.public)
    assert open_bundle(good, "b", coordinator=coordinator).payload == bundle
    accepted = []
    for position, mask in _mutations(len(good), MUTATIONS, seed=18):
        data = bytearray(good)
        data[position] ^= mask
        try:
            open_bundle(bytes(data), "b", coordinator=coordinator)
        except PackError:  # anything else is a traceback and fails the test
            continue
        accepted.append(position)
    assert accepted == []

    # Signed only, through the import command's own path into a real database: nothing lands.
    signed = seal(bundle, device, device_id, None)
    mutated = tmp_path / "mutated.wsrbundle"
    office_dir = tmp_path / "office"
    args = argparse.Namespace(
        data_dir=str(office_dir), paths=[str(mutated)], key=None, allow_unsigned=False
    )
    with Records.open(AppPaths.resolve(office_dir).ensure()) as office:
        for position, mask in _mutations(len(signed), 2_000, seed=19):
            data = bytearray(signed)
            data[position] ^= mask
            mutated.write_bytes(bytes(data))
            assert import_sealed(args, office) == 1
        assert office.list_sessions() == []
        assert "Traceback" not in capsys.readouterr().err
        mutated.write_bytes(signed)
        assert import_sealed(args, office) == 0
        assert len(office.list_sessions()) == 2
