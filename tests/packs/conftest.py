"""Packs fixtures: one organisation key per test run (Argon2id is slow on purpose)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from wsr_edu.packs.build import build_pack
from wsr_edu.packs.keys import SigningKey, load_signing_key, new_key_pair
from wsr_edu.packs.trust import PackPaths, TrustStore

PASSPHRASE = "a long test passphrase"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@dataclass(frozen=True)
class OrgKey:
    signing: SigningKey
    private_file: Path
    public_file: Path


def _make_key(folder: Path, organisation: str) -> OrgKey:
    new_key_pair(folder, PASSPHRASE, organisation, strength="interactive")
    private = folder / "organisation.key"
    return OrgKey(load_signing_key(private, PASSPHRASE), private, folder / "organisation.pub")


@pytest.fixture(scope="session")
def org_key(tmp_path_factory: pytest.TempPathFactory) -> OrgKey:
    return _make_key(tmp_path_factory.mktemp("org-key"), "Farmworker Coalition")


@pytest.fixture(scope="session")
def other_key(tmp_path_factory: pytest.TempPathFactory) -> OrgKey:
    return _make_key(tmp_path_factory.mktemp("other-key"), "Grower Inc.")


@pytest.fixture
def pack_paths(data_dir: Path) -> PackPaths:
    return PackPaths(data_dir)


@pytest.fixture
def trusted(pack_paths: PackPaths, org_key: OrgKey) -> TrustStore:
    store = TrustStore(pack_paths.trusted_dir)
    store.add(org_key.public_file)
    return store


def edit_version(folder: Path, version: str, extra: str = "") -> None:
    toml = folder / "curriculum.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('version = "2.1.0"', f'version = "{version}"'), "utf-8")
    if extra:
        page = folder / "modules" / "water" / "en.md"
        page.write_text(page.read_text(encoding="utf-8") + extra, encoding="utf-8")


def make_pack(folder: Path, key: SigningKey, out: Path, **overrides: str) -> Path:
    from wsr_edu.curriculum.loader import load_curriculum

    curriculum = load_curriculum(folder).curriculum
    assert curriculum is not None
    values = {
        "curriculum_id": curriculum.id,
        "version": curriculum.version,
        "organisation": curriculum.organisation,
    }
    values.update(overrides)
    build_pack(folder, key, out, **values)
    return out


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    target = tmp_path / "src" / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    return target


def installed(paths: PackPaths) -> list[str]:
    """What is in the curricula folder, and anything left behind in staging."""
    found = (
        sorted(p.name for p in paths.curricula_dir.iterdir())
        if paths.curricula_dir.exists()
        else []
    )
    if paths.staging_dir.exists():
        found += [f"staging/{p.name}" for p in paths.staging_dir.iterdir()]
    return found
