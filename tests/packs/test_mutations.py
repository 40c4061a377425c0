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
from wsr_edu.packs.seal import open_bundle, seal
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


def test_every_single_byte_change_to_a_sealed_bundle_is_refused(
    org_key: OrgKey, tmp_path: Path
) -> None:
    import gzip
    import json

    device_id = "0b8c5f0e-3f50-4d53-9d3a-1f0c6f6b7c11"
    lines = [{"format": "wsr-edu-bundle", "version": 1, "device_id": device_id}]
    lines.append({"t": "sessions", "r": {"id": "s1", "site": "Farm", "headcount": 9}})
    bundle = gzip.compress("".join(json.dumps(x) + "\n" for x in lines).encode(), mtime=0)
    device = load_or_make_device_key(tmp_path / "device.key")
    coordinator = org_key.signing
    for recipient in (coordinator.public, None):
        good = seal(bundle, device, device_id, recipient)
        assert open_bundle(good, "b", coordinator=coordinator).payload == bundle
        count = MUTATIONS if recipient else MUTATIONS // 5
        accepted = []
        for position, mask in _mutations(len(good), count, seed=18):
            data = bytearray(good)
            data[position] ^= mask
            try:
                open_bundle(bytes(data), "b", coordinator=coordinator)
            except PackError:
                continue
            accepted.append(position)
        assert accepted == []
