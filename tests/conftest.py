"""Shared fixtures: every test runs offscreen, silent, and with its own temporary data folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Set before any Qt or SDL import so no test ever needs a screen or a sound card.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the app's data folder at a fresh temporary folder; the real one is never touched."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("WSR_EDU_DATA_DIR", str(data))
    monkeypatch.delenv("WSR_EDU_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "xdg-config"))
    return data


@pytest.fixture
def data_dir(_isolated_user_dirs: Path) -> Path:
    return _isolated_user_dirs


@pytest.fixture
def mini_curriculum(tmp_path: Path) -> Path:
    """A writable copy of the small two-language fixture curriculum."""
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    return target


@pytest.fixture
def starter_curriculum() -> Path:
    return REPO / "curricula" / "wsr-basics"
